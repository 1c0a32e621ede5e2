import { buildingOrWeekdayNoPerson, weekdayRunNoPerson } from './not-people-buildings.js';
import { propertyNoPerson } from './not-people-property.js';
import { travelNoPerson } from './not-people-travel.js';
import { languageNoPerson, languageSchoolNoPerson } from './not-people-languages.js';
import { deskNoPerson } from './not-people-desks.js';
import { missionNoPerson } from './not-people-missions.js';
import { orderLineItem } from './not-people-order-lines.js';
import { numberedUnit } from './numbered-units.js';
import { partnersFirmNoPerson, tradeCompoundNoPerson, tradeFirmNoPerson } from './not-people-trade-firms.js';
import { definitionQuestionNoPerson } from './not-people-questions.js';
import { CONTINENTAL_FORMS, legalForms } from './legal-forms.js';
import { isFamilyWord } from './family-words.js';
import { isRegisterRole } from './names-register-roles.js';
import { isWhiteSpace } from './code-units.js';
import { PERSONAL_DATA_TYPES, type Entity } from './entities.js';
import { endsInOwnerName, legalFormAfter } from './firm-owners.js';
import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName, nameNoWord } from './name-list.js';
import { addressingNoPerson } from './not-people-addressing.js';
import { courtNoPerson } from './not-people-courts.js';
import { namedThingNoPerson, quotedThingNoPerson, thingListNoPerson, thingNoPerson } from './not-people-things.js';
import { NO_ONE, wholeCell } from './tables.js';
import { animalNoPerson } from './not-people-animals.js';
import { codeNoPerson } from './not-people-codes.js';
import { fieldLabelNoPerson } from './not-people-fields.js';
import { initialsNoPerson, letteredHeadingNoPerson } from './not-people-initials.js';
import { markupNoPerson } from './not-people-markup.js';
import { labelledThingNoPerson } from './not-people-thing-labels.js';
import { recordSourceNoPerson } from './not-people-record-sources.js';
import { inRoleHandle } from './names-handles.js';
import { brandNoPerson } from './not-people-brands.js';
import { spelledRightAfter } from './names-spelled.js';
import { vesselNoPerson, type VesselNames } from './not-people-vessels.js';
import { seafaringNoPerson } from './not-people-seafaring.js';
import { securityTradeNoPerson } from './not-people-security-trade.js';
import { justiceTradeNoPerson } from './not-people-justice-trade.js';
import { personalCareNoPerson } from './not-people-personal-care.js';
import { facilityServicesNoPerson } from './not-people-facility-services.js';
import { gamblingTradeNoPerson } from './not-people-gambling-trade.js';
import { gamblingPaperworkNoPerson } from './not-people-gambling-paperwork.js';
import { sportsNoPerson } from './not-people-sports.js';

/**
 * Words that look like names but name no person, by how they are written, read only around a
 * PERSON finding (rules' or the scorer's), so a text with no name costs nothing here:
 * - products, brands and dishes named after a person ("Dr. Oetker", "Henry Hoover", "Earl Grey",
 *   "Beef Wellington", "Victoria Sponge", "Martha Stewart Living"): the person's name is part of a
 *   fixed phrase, and the phrase is not about that person;
 * - a group, role or department where a name would stand ("Dear Colleague", "Dear Sirs", a sign-off
 *   "Cheers,\nFacilities", "Viele Grüße\nEuer Elternbeirat");
 * - a firm named after its founders, the legal form right after ("Pemberton Lowe LLP", "Elektro
 *   Schumacher & Söhne KG"), unless a person's whole name ("Jana Novak LLP": firm-owners.ts);
 * - the name a chatbot or virtual assistant is introduced with (Chatbot „Finja“, virtual assistant
 *   "Skye"): a product's name, wherever it then speaks;
 * - the first words of what a speaker says ("Customer: Band practice is cancelled", "Agent: Parking
 *   near …", "Vermieter (08:43): Ok 👍"): after a speaker's label, an ordinary word first and no word
 *   of the name lists, with the sentence going on in lower case, or a contraction ("We'll");
 * - an ordinary word as a label opening a line before a colon ("Fee: £95.00", "Wines: …"), a calendar's or card's
 *   block after "BEGIN:" or "END:" ("BEGIN:VCALENDAR"); a placeholder's type in capitals ("IBAN-CODE");
 * - a saint's name, for a church, school or street ("Kirche St. Ansgar", "St Thomas More Primary");
 * - a name after the English article, a ship, a pub, a band ("The Queen Mary 2", "the Red Lion"), a
 *   royal title and a name after it ("the Queen Victoria pub");
 * - a title alone, a German role noun in both forms, a street or building in an address line
 *   (not-people-addressing.ts); a dish, a practice named by its street, a quoted product's or hotel's
 *   name beside its noun, a street, prize, club, business or car named after someone (not-people-things.ts);
 * - a court's name or the town it sits in ("Amtsgericht Regensburg", "High Court", "Regionalgericht
 *   Oberland, Thun": not-people-courts.ts).
 */

/**
 * Fixed phrases with a person's name in them that name a product, a brand or a dish. Only phrases
 * nobody is called count alone (dishes, possessive brands, "Mr Muscle"); a brand that is also a
 * plausible name ("Earl Grey", "Captain Morgan", "Calvin Klein", "Dr. Martens" — a doctor is called
 * that) counts only with its product beside it ("Earl Grey tea", "a bottle of Jim Beam"), so a person
 * who shares a brand's name is never let through on the name alone.
 */
const CONTAINER_BEFORE =
  '(?:(?:bottles?|glass(?:es)?|shots?|cans?|pots?|cups?|mugs?|pairs?|box(?:es)?) of|Flasche|Glas|Dose|Tasse|Kanne|Paar)[ \\t]+';
const withProduct = (brand: string, products: string) =>
  `${CONTAINER_BEFORE}(?:${brand})|(?:${brand})[ \\t]+(?:${products})`;
const EPONYMS = [
  'Dr\\.? Oetker',
  'Mr\\.? Muscle',
  'Mr\\.? Proper',
  'Meister Proper',
  'Mrs\\.? Doubtfire',
  'Martha Stewart Living',
  "Ben & Jerry's",
  "Uncle Ben's",
  "Jack Daniel's",
  'Beef Wellington',
  'Victoria Sponge',
  'Peach Melba',
  'Crêpes? Suzette',
  'Eggs Benedict',
  'Pizza Margherita',
  'Fürst[- ]Pückler',
  'Bismarckhering',
  'Florence Nightingale (?:Museum|Hospital|Ward)',
  withProduct('Earl Grey', '[Tt]ea|Tee'),
  withProduct('Dr\\.? Martens|Doc Martens', 'boots?|shoes?|Stiefel|Schuhe'),
  withProduct('Henry Hoover', 'vacuum|Staubsauger'),
  'Henry hoover',
  withProduct('Captain Morgan', '[Rr]um|Spiced'),
  withProduct('Johnnie Walker', '(?:Red|Black|Blue|Gold|Green) Label|[Ww]hiske?y'),
  withProduct('Jim Beam', '[Ww]hiske?y|[Bb]ourbon'),
  // Not "can": "Dr. Pepper can see you on Tuesday" is a doctor.
  withProduct('Dr\\.? Pepper', 'cans|can of|bottles?|Dosen?|Flaschen?'),
  withProduct('Mr\\.? Kipling', 'cakes?|pies?|slices?'),
  withProduct(
    'Tommy Hilfiger|Calvin Klein|Hugo Boss|Ralph Lauren',
    // Nouns only, never a verb a person does ("Calvin Klein stores his insulin", "… suits me").
    'jeans|Jeans|shirts?|Hemd|Hemden|jackets?|Jacke|perfume|Parfu[mü]m?|outlet|Outlet|Anzug|underwear|Unterwäsche',
  ),
];
/** The words of those phrases (titles left out): only a finding with one of them is read around. */
const EPONYM_WORD = new RegExp(
  [...new Set(EPONYMS.flatMap((phrase) => phrase.split(/[^\p{L}']+/u)))]
    .filter((word) => word.length > 3 && !['Museum', 'Hospital', 'Ward'].includes(word))
    .join('|'),
  'u',
);
const EPONYM = new RegExp(`(?<![\\p{L}])(?:${EPONYMS.join('|')})(?![\\p{L}])`, 'gu');

/** Groups, roles and departments written where a name would stand. */
const GROUP_WORDS = new Set(
  [
    'colleague',
    'colleagues',
    'sir',
    'sirs',
    'madam',
    'team',
    'facilities',
    'support',
    'reception',
    'accounts',
    'admin',
    'management',
    'office',
    'kollegium',
    'elternbeirat',
    'elternvertretung',
    'vorstand',
    'betriebsrat',
    'personalrat',
    'hausverwaltung',
    'verwaltung',
    'buchhaltung',
    'personalabteilung',
    'kundenservice',
    'kundendienst',
    'empfang',
    'sekretariat',
    'praxisteam',
    'orga-team',
    'tenant',
    'tenants',
    'resident',
    'residents',
    'member',
    'members',
    'customer',
    'customers',
    'service',
    'services',
    'chef',
    'chefin',
    'mieter',
    'mieterin',
    'nachbarn',
    // Job titles on a signature's line ("Senior Consultant") or an agenda's ("Captain – …"): no one is called so.
    'senior',
    'junior',
    'consultant',
    'manager',
    'director',
    'coordinator',
    'officer',
    'captain',
    'treasurer',
  ].map((w) => w.toLowerCase()),
);
/** One word ending in an office's or a practice's noun ("Lohnbüro", "Treuhandbüro", "Steuerkanzlei"). */
const OFFICE_COMPOUND = /^\p{L}*(?:büro|buero|kanzlei)$/iu;
/** Possessives and articles before a group in a sign-off ("Euer Elternbeirat", "Your Support Team"). */
const GROUP_LEAD = new Set(['euer', 'eure', 'ihr', 'ihre', 'dein', 'deine', 'your', 'the', 'das', 'der', 'die']);

/**
 * A law firm named after its partners, the firm's word right after the names ("Ruhnau & Partner
 * Rechtsanwälte", "Majithia & Ladurner Solicitors", "Sivagnanam &\nGyulai Solicitors", "Namgyal\nAttorneys
 * Inc.", "Hayashida Rechtsanwälte PartG mbB"), or "Kanzlei" right before them ("Kanzlei Vossgraf Khadka",
 * "Kanzlei Pfannstiel Rechtsanwälte"): organisations, named by convention, not people. Plural firm words
 * only ("Rechtsanwältin", "Attorney at Law" after a name are a lawyer's own title), and at most one more
 * name joined by "&": a person named on the line above a firm ("Anna Berg\nPemberton LLP") stays.
 */
const LAW_FIRM_AFTER =
  /(?:[ \t]*\n?[ \t]*(?:&|und|and)[ \t]*\n?[ \t]*\p{Lu}[\p{L}'’-]+)?[ \t]*\n?[ \t]*(?:Rechtsanwälte|Rechtsanwaltsgesellschaft|Anwälte|Solicitors|Attorneys|Advocates|Barristers|Notare|PartG|LLP)(?![\p{L}])/uy;
/** "Kanzlei" and up to two more words before the finding, on its line ("Kanzlei ", "Kanzlei Vossgraf ", "Kanzlei bin Mokhtar "). */
const KANZLEI_BEFORE = /(?:^|[^\p{L}])Kanzlei[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}$/u;
const KANZLEI_FIRST = /^Kanzlei[ \t]+\S+(?:[ \t]+\S+){0,3}$/u;

function lawFirmName(text: string, e: Entity, value: string): boolean {
  // A firm named after one person's whole name ("Jana Novak Solicitors", "Kanzlei Jana Novak") names her:
  // a finding opening with a given name stays, privacy first.
  if (opensWithGivenName(value)) return false;
  LAW_FIRM_AFTER.lastIndex = e.end;
  if (LAW_FIRM_AFTER.test(text)) return true;
  if (value.startsWith('Kanzlei') && KANZLEI_FIRST.test(value)) return true;
  const before = text.slice(Math.max(0, e.start - 40), e.start);
  return before.includes('Kanzlei') && KANZLEI_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** Whether the finding's first word (after "Kanzlei") is a given name. */
function opensWithGivenName(value: string): boolean {
  const words = value.split(/[\s,]+/).filter(Boolean);
  const first = words[0] === 'Kanzlei' ? words[1] : words[0];
  return first !== undefined && isGivenName(first);
}

/** A legal form as the finding's last word ("Pemberton Lowe LLP"). */
/** One capitalised word right after a finding. */
const FIRM_WORD_AFTER = /^ \p{Lu}[\p{L}-]*/u;
const LEGAL_FORM_END = new RegExp(
  `[ \\t](?:${legalForms([...CONTINENTAL_FORMS, 'gGmbH', 'mbH', 'KGaA', 'e.V.', 'SE', 'plc'])})$`,
);

/** Where an assistant may be introduced: the words, in any case. */
const BOT_HINT = /bot|assist/i;

/** An assistant introduced by name: Chatbot „Finja“, virtual assistant "Skye", Assistent 'Max'. */
const BOT_NAME =
  /(?:chat[ -]?bot|bot|virtual assistant|digital assistant|assistant|virtuelle[rn]?[ \t]+assistent(?:in)?|assistent(?:in)?)[ \t]*[„"“”'‚‘«»]\s*(\p{Lu}[\p{L}-]+)\s*[“”"'‘’«»]/giu;

/** PERSON findings that name no person (see above) dropped; other findings as they are. */
export function withoutNonPeople(text: string, found: Entity[]): Entity[] {
  let people = 0;
  for (const e of found) if (e.type === 'PERSON') people++;
  if (people === 0) return found;
  const bots: { names?: Set<string> } = {};
  const vessels: VesselNames = {};
  const lines = new LineStarts(text);
  const kept = found.filter((e) => e.type !== 'PERSON' || mayBePerson(text, e, bots, vessels, lines));
  return kept.length === found.length ? found : kept;
}

/**
 * Whether a PERSON finding may name a person (none of the tests above says no). Each test is asked
 * only where a character or word check lets it apply: this runs for every finding of every scan.
 */
function mayBePerson(
  text: string,
  e: Entity,
  bots: { names?: Set<string> },
  vessels: VesselNames,
  lines: LineStarts,
): boolean {
  const value = text.slice(e.start, e.end);
  // "caller: suvarna uh that's s u v a r n a": a name its speaker spells out is one, whatever else it looks like.
  if (spelledRightAfter(text, e.start, e.end)) return true;
  if (EPONYM_WORD.test(value) && insideEponym(text, e)) return false;
  if (onlyGroupWords(value) || teamNoPerson(text, e, value)) return false;
  // "Aston Villa", "Miele Triflex", "Balfour Beatty": a club, a maker's model, a firm named like a person.
  if (brandNoPerson(text, e, value)) return false;
  // "Bayside Hawks v Eastern Rangers", "Schwimmclub Delphin", "Northern Lakes Marathon": teams, clubs, events.
  if (sportsNoPerson(text, e, value)) return false;
  // "NGINX", "NULL", "N/A" alone in a table's cell: a placeholder or a program, nobody's name.
  if (NO_ONE.test(value) && wholeCell(text, e.start, e.end)) return false;
  if (markupNoPerson(text, e, value)) return false;
  if (fieldLabelNoPerson(text, e.start, e.end, value)) return false;
  if (initialsNoPerson(text, e.start, value)) return false;
  // "A. Angaben zur Person" over "B. Grund:": an outline's lettered headings (not-people-initials.ts).
  if (letteredHeadingNoPerson(text, e.start, e.end, value)) return false;
  if (animalNoPerson(text, e.start, e.end)) return false;
  if (codeNoPerson(text, e.start, e.end, value)) return false;
  if (addressingNoPerson(text, e, value) || thingNoPerson(value) || courtNoPerson(text, e, value)) return false;
  if (quotedThingNoPerson(text, e.start, e.end) || namedThingNoPerson(text, e.start, e.end, value)) return false;
  if (thingListNoPerson(text, e.start, e.end, value)) return false;
  if (labelledThingNoPerson(text, e.start, value)) return false;
  // "KB Göda Taufen 1811", "Grazer Häuserbuch", "Convention of Royal Burghs", "First name:" (not-people-record-sources.ts).
  if (recordSourceNoPerson(text, e.start, e.end, value)) return false;
  // "MV Lady Valletta", "Schiff: Maas Trader", a port, a sea, an authority or a rank of the sea (seafaring words).
  if (vesselNoPerson(text, e, vessels) || seafaringNoPerson(text, e, value)) return false;
  // "Melder: Rauch", "Objekt:", "Schichtübergabe NSL", "Garda member": the security trade's words.
  if (securityTradeNoPerson(text, e, value)) return false;
  // "…, Probation Officer", "Rückruf an Proband", "2 Päckchen Tabak": the justice trade's roles and goods.
  if (justiceTradeNoPerson(text, e, value)) return false;
  // "Yin Yoga", "Tango Argentino", "Sonnenstudio Goldbraun", "Schwalbe Unterarm": the personal-care trade's words.
  if (personalCareNoPerson(text, e, value)) return false;
  // "Grundreinigung", a catalogue item's "name", "Headingley Dental Practice", "issued by Germany", "Elizabeth St".
  if (facilityServicesNoPerson(text, e, value)) return false;
  // "Silver Fern Gaming Trust", "Casino Donaublick", a bet slip's "Rovers v Albion" over its odds: the gambling trade's.
  if (gamblingTradeNoPerson(text, e, value)) return false;
  // "IBAN (Lastschrift):", "Referat Erlaubnisse", "Partners desk", "Title 31", "Casino, Reno NV" (paperwork words).
  if (gamblingPaperworkNoPerson(text, e, value)) return false;
  // "@dispo-team" in a table's name column: a team's or a role's handle is no one's (names-handles.ts).
  if (value[0] === '@' && inRoleHandle(text, e.start + 1, e.end)) return false;
  // A firm's legal form right after the finding or ending it; a person's whole name before the form stays (firm-owners.ts).
  if ((legalFormAfter(text, e.end) && !endsInOwnerName(value)) || LEGAL_FORM_END.test(value)) return false;
  // A firm's first word before its second and its legal form ("Nordisk" of "Nordisk Vejhjælp A/S"); an owner's whole name stays.
  // One word only, one blank to the next (a table's tab separates a person's column from a firm's: "Dimitrios Georgiou\tNordlicht AG").
  const nextWord = /[ \t\n]/.test(value) ? null : FIRM_WORD_AFTER.exec(text.slice(e.end, e.end + 40));
  if (nextWord && legalFormAfter(text, e.end + nextWord[0].length) && !endsInOwnerName(value + nextWord[0]))
    return false;
  // A firm whose legal form the finding cut into ("Havbrug Nord Ap" of "Havbrug Nord ApS"): the form starts at its last word.
  const lastBlank = value.lastIndexOf(' ');
  if (lastBlank > 0 && legalFormAfter(text, e.start + lastBlank) && !endsInOwnerName(value.slice(0, lastBlank)))
    return false;
  if (firmGreeting(text, e, value)) return false;
  // "Architekturbüro Zinsli + Partner", "Dachtechnik Yantush & Co.": a firm named after its owner, its trade before.
  // An owner's whole name before the legal form stays ("Firma Maria Schmidt GmbH", firm-owners.ts).
  if (!endsInOwnerName(value) && tradeFirmNoPerson(text, e, value)) return false;
  if (partnersFirmNoPerson(text, e, value)) return false;
  if (tradeCompoundNoPerson(value)) return false;
  if (buildingOrWeekdayNoPerson(value) || weekdayRunNoPerson(text, e, value)) return false;
  if (propertyNoPerson(text, e, value)) return false;
  // "Hotel Seeblick", "Reef Point Divers", "Playa Dorada", "Nov–Dez": lodgings, operators, places (not-people-travel.ts).
  if (travelNoPerson(text, e, value)) return false;
  // "Wolof/French Interpreter", "German language teacher", "Languages: Chamorro, English" (not-people-languages.ts).
  if (languageNoPerson(text, e, value) || languageSchoolNoPerson(text, e, value)) return false;
  // "– Theke", "schrieb ZNA Sekretariat:", "Pool-Hotline": an organisation's desk (not-people-desks.ts).
  if (deskNoPerson(text, e, value)) return false;
  // "Bereitschaft Botschaft", "Consular Section", "Bristol City Council", "Consul": a mission or a council (not-people-missions.ts).
  if (missionNoPerson(text, e, value)) return false;
  // "Lohnbüro", "Treuhandbüro", "Steuerkanzlei": one word naming an office or a firm's trade, never a person.
  if (OFFICE_COMPOUND.test(value)) return false;
  if (orderLineItem(text, e.start, e.end)) return false;
  // "Sachbearbeiter: Zimmer 214", "Bearbeiter: Sachgebiet 21": the desk or unit that handles a case, with its number.
  if (numberedUnit(value, text.slice(e.end, e.end + 16), text.slice(Math.max(0, e.start - 8), e.start))) return false;
  if (definitionQuestionNoPerson(text, e, value)) return false;
  if (lawFirmName(text, e, value)) return false;
  // "BIC BCEELULL", "SWIFT: GENODEF1HLM": a bank's code in capitals after its label.
  if (BIC_SHAPE.test(value) && BIC_LABEL_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start))) return false;
  let b = e.start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  const before = text[b - 1];
  if (before === ':' && (sentenceAfterSpeaker(text, e, lines) || dialogueTurnOpening(text, e, b - 1))) return false;
  if (before === ':' && CARD_FRAME_BEFORE.test(text.slice(Math.max(0, b - 7), b))) return false;
  if (isCapitalCode(value.charCodeAt(0)) && isCapitalCode(value.charCodeAt(1)) && placeholderType(value)) return false;
  if (text[e.end] === ':' && labelWord(text, e)) return false;
  // A saint or the article before: one word only ("St. Ansgar", "the Titanic"); a full name after
  // them is still a person ("High St. Chinedu Adeyemi is with me", "pass it to the Jana Okafor in accounts").
  const oneWord = !/[ \t\n]/.test(value);
  if (oneWord && (before === 't' || before === '.') && SAINT_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)))
    return false;
  if (
    before === 'e' &&
    (oneWord || royalPlace(text, e, value)) &&
    THE_BEFORE.test(text.slice(Math.max(0, e.start - 5), e.start))
  )
    return false;
  // A family word alone, also in the possessive ("Mum's birthday", "Omas Geburtstag"): how one calls a relative, no name.
  if (oneWord && isFamilyWord(value)) return false;
  // "Bräutigam: …", "Sponsor: …": a register's role labelling the name after it (names-register-roles.ts).
  if (oneWord && text[e.end] === ':' && isRegisterRole(value)) return false;
  if ((value[0] === 'S' && SAINT_FIRST.test(value)) || (value[0] === 'T' && THE_FIRST.test(value))) return false;
  // A chatbot speaks under its name ("Finja: Hallo!"): only a speaker's name is looked up.
  if (text[e.end] !== ':') return true;
  bots.names ??= BOT_HINT.test(text) ? botNames(text) : new Set();
  return !bots.names.has(value);
}

/**
 * "BEGIN:" or "END:" opening a line: what follows names the block of a calendar or address card ("BEGIN:VCALENDAR",
 * "END:VCARD"), never a person.
 */
const CARD_FRAME_BEFORE = /(?:^|\n)[ \t]*(?:BEGIN|END):$/;
/**
 * A placeholder's type written in capitals, its parts joined anyhow ("IBAN-CODE", "EMAIL ADDRESS", "PERSON"): what
 * pseudonymized text and its disguised echoes carry ("〈IBAN-CODE-1〉"), never a name.
 */
const PLACEHOLDER_TYPES = new Set<string>(PERSONAL_DATA_TYPES);
const PLACEHOLDER_JOINS = /[ \t-]+/g;
const placeholderType = (value: string) => PLACEHOLDER_TYPES.has(value.replace(PLACEHOLDER_JOINS, '_'));
/** An ASCII capital (asked first: most findings are no placeholder's type in capitals). */
const isCapitalCode = (code: number) => code >= 65 && code <= 90;
const BIC_SHAPE = /^[A-Z]{6}[A-Z\d]{2}(?:[A-Z\d]{3})?$/;
const BIC_LABEL_BEFORE = /(?:^|[^\p{L}])(?:bic|swift(?:[ \t]*code)?|bic\/swift)[ \t]*[:.]?[ \t]*$/iu;

/**
 * A call answered with the firm's name, then the agent's own ("Stadtwerke Weserbergland, mein Name ist Baljeet Sahota",
 * "thank you for calling Prairie Credit Union my name is …"): the words before "mein Name ist" / "my name is" are the
 * firm's. One word of the firm's name may stand between ("Union"). A finding that begins with a given name is kept.
 */
function firmGreeting(text: string, e: Entity, value: string): boolean {
  OWN_NAME_AFTER.lastIndex = e.end;
  if (!OWN_NAME_AFTER.test(text)) return false;
  // Someone addressed or introduced before it ("Hi Mr Baker, my name is …", "hier ist Hagedorn, mein Name ist …")
  // is a person, and so is a surname that is no ordinary word ("Stadtwerke Kiel, Novak, mein Name ist …").
  if (PERSON_CUE_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start))) return false;
  const words = value.match(/[\p{L}'’-]+/gu) ?? [];
  // (The last word: "Dales Broadband" ends with an ordinary word, a firm's.)
  const last = words[words.length - 1];
  if (last && nameNoWord(last)) return false;
  return !opensWithGivenName(value);
}
/** An honorific, a greeting or a self-introduction right before a finding: the words after it are a person's name. */
const PERSON_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:herr|herrn|frau|mr|mrs|ms|miss|dr|prof|hallo|hello|hi|hey|dear|liebe[rs]?|geehrte[rs]?|hier[ \t]+ist|this[ \t]+is|ich[ \t]+bin|i[ \t]+am|i'm)\.?[ \t]*$/iu;
const OWN_NAME_AFTER = /(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]*,?[ \t]*(?:[Mm]ein [Nn]ame ist|[Mm]y name is|[Mm]y name's)\b/uy;

/** Whether the finding lies in a product, brand or dish phrase read around it. */
function insideEponym(text: string, e: Entity): boolean {
  const from = Math.max(0, e.start - 24);
  const window = text.slice(from, e.end + 24);
  EPONYM.lastIndex = 0;
  for (let m = EPONYM.exec(window); m; m = EPONYM.exec(window)) {
    const start = from + m.index;
    if (start < e.end && e.start < start + m[0].length) return true;
  }
  return false;
}

/** Whether every word of the finding is a group, role or department (after a possessive or article). */
function onlyGroupWords(value: string): boolean {
  // The last word first, without splitting or a pattern: most findings end in a name.
  let last = value.length;
  while (last > 0 && !blankOrComma(value.charCodeAt(last - 1))) last--;
  if (!GROUP_WORDS.has(value.slice(last).toLowerCase())) return false;
  const words = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && GROUP_LEAD.has(words[i])) i++;
  if (i === words.length) return false;
  for (; i < words.length; i++) if (!GROUP_WORDS.has(words[i])) return false;
  return true;
}

/**
 * A team where an author or a sender stands (a notebook's `"authors": [{"name": "Collections data team"}]`, a sign-off):
 * one word ending in "team" ("Lesesaalteam", "Redaktionsteam"); "Team" and one word that is no listed name ("Team
 * Statistik"; "Team Müller" stays); one word that a quoted value opens and lower-case words then "team" or "group" end
 * ("Library statistics team"). A person's name beside a team ("Ana Ruiz, data team", "Team Müller") stays.
 */
const TEAM_COMPOUND = /^\p{Lu}\p{Ll}{2,}team$/u;
const TEAM_OF = /^(?:Team|Gruppe|Group)[ \t]+(\p{Lu}\p{Ll}+)$/u;
const TEAM_AFTER = /^(?:[ \t]+\p{Ll}+){0,3}[ \t]+(?:team|group|gruppe)["']/u;
/** A German topic's compound by its ending ("Bestandsentwicklung", "Informatik", "Öffentlichkeitsarbeit"). */
const TOPIC_WORD = /^\p{Lu}\p{Ll}{3,}(?:ung|ik|schaft|heit|keit|ion|tät|arbeit|wesen|dienst|management)$/u;
function teamNoPerson(text: string, e: Entity, value: string): boolean {
  if (TEAM_COMPOUND.test(value)) return true;
  const of = TEAM_OF.exec(value);
  // The team's word must be an ordinary word ("Team Statistik", "Library statistics team"): a surname that no list
  // holds ("Team Oyelaran", "Oyelaran data team") names a person's team and stays (review 51).
  const plainWord = (w: string) =>
    (isDictionaryWord(w) || isEnglishWord(w) || TOPIC_WORD.test(w)) && !isGivenName(w) && !isKnownName(w);
  if (of) return plainWord(of[1]);
  const open = text[e.start - 1];
  if ((open !== '"' && open !== "'") || /[ \t]/.test(value)) return false;
  return TEAM_AFTER.test(text.slice(e.end, e.end + 60)) && plainWord(value);
}

/** A comma or what `\s` matches. */
function blankOrComma(c: number): boolean {
  return c === 44 || isWhiteSpace(c);
}

/** The names assistants are introduced with in the text. */
function botNames(text: string): Set<string> {
  const names = new Set<string>();
  BOT_NAME.lastIndex = 0;
  for (let m = BOT_NAME.exec(text); m; m = BOT_NAME.exec(text)) names.add(m[1]);
  return names;
}

/**
 * A speaker's label from the line's start to the finding: "Customer: ", "Agent: ", "Vermieter (08:43): ".
 * Read on a window that starts with "\n" only where a line really starts (see sentenceAfterSpeaker).
 */
const SPEAKER_BEFORE = /\n[ \t]*\p{L}[\p{L} .'()0-9:-]{0,30}:[ \t]+$/u;
/** A contraction: "We'll", "I'm", "Don't" are no names. */
const CONTRACTION = /^\p{L}+['’](?:ll|re|ve|d|m|s|t)$/u;
/** What follows a sentence's first words ("Band practice", "Lovely.", "Hi, yeah", "Account 1100"), not a line's end or a capital. */
const SENTENCE_GOES_ON = /^(?:[ \t]*[.!?,;]|[ \t]+[\p{Ll}\p{So}\d])/u;

/** Whether the finding opens what a speaker says, as a sentence, not a name (see above). */
function sentenceAfterSpeaker(text: string, e: Entity, lines: LineStarts): boolean {
  const from = Math.max(0, e.start - 40);
  const window = (from === 0 || text[from - 1] === '\n' ? '\n' : '') + text.slice(from, e.start);
  const before = SPEAKER_BEFORE.exec(window);
  if (!before || !lines.opensTwoLines(before[0])) return false;
  const value = text.slice(e.start, e.end);
  if (CONTRACTION.test(value)) return true;
  const words = value.match(/[\p{L}'’-]+/gu) ?? [];
  // Only a single word: "Customer: Reporter Golnaz Mbeki from number 4" still names a person.
  if (words.length !== 1) return false;
  const first = words[0];
  if (!(isDictionaryWord(first) || isEnglishWord(first))) return false;
  // A word of the lists' names anywhere ("Patient: Jung, Jiho, born …", "Inducted by: Coach Rayna on …") keeps it a name.
  if (words.some((w) => isGivenName(w) || isKnownName(w))) return false;
  return SENTENCE_GOES_ON.test(text.slice(e.end, e.end + 16));
}

/**
 * A dialogue's turn, not a field: "- Kunde: Kuh mit Ohrmarke … kalbt schwer", "- customer: Yes, past the top paddock",
 * "- Kunde: Guten Tag, ich ziehe …", "[10:04] Customer: Hi, do you deliver …" (a chat's time before the role). After a role at the line's start (`colon` ends it), the words after the colon open
 * a message (lower-case words follow on the line); its first capitalised words are a name only if they are one: a given
 * name among them, a surname that is no ordinary word ("Müller hier, …"), or several words one of them a known name or
 * the last no ordinary word.
 */
function dialogueTurnOpening(text: string, e: Entity, colon: number): boolean {
  let lineStart = colon;
  while (lineStart > 0 && colon - lineStart < 48 && text[lineStart - 1] !== '\n') lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  if (!CHAT_ROLE_LABEL.test(text.slice(lineStart, colon))) return false;
  if (!MESSAGE_GOES_ON.test(text.slice(e.end, e.end + 24))) return false;
  // "Customer: Baker here, …", "Kunde: Weber sagt, …": a word that introduces or quotes someone follows a name.
  if (SPEAKS_AFTER.test(text.slice(e.end, e.end + 24))) return false;
  // "Kundin: Wolf, ich wohne …": a name, then the speaker goes on about themselves (not "Ja, ich …").
  if (SELF_AFTER.test(text.slice(e.end, e.end + 8)) && !INTERJECTION.test(text.slice(e.start, e.end))) return false;
  const words = text.slice(e.start, e.end).match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length === 0 || words.some((w) => isGivenName(w))) return false;
  if (words.length === 1) return !isKnownName(words[0]) || isDictionaryWord(words[0]);
  // Several words: none a known name, and the last an ordinary word ("Guten Tag"); "Reporter Golnaz Mbeki" stays.
  const last = words[words.length - 1];
  return !words.some((w) => isKnownName(w)) && (isDictionaryWord(last) || isEnglishWord(last));
}
const CHAT_ROLE_LABEL =
  /^[ \t]*(?:[-–•][ \t]*)?(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}:\d{2}[ \t]+)?(?:kunde|kundin|customer|client|caller|anrufer(?:in)?|agent(?:in)?|berater(?:in)?|mitarbeiter(?:in)?)[ \t]*$/i;
/**
 * A lower-case word right after the first words ("Kuh mit …", "Yes, past …", "Guten Tag, ich …"): a message goes on.
 * A field's value goes on with a date, a code or an abbreviated label ("Hallgrímur Brynjólfsson, geb. 12. Mai 1958",
 * "Ratchanee Srisuwan 3rd of March", "Savely Skvortsova (Achtung: …)").
 */
const SPEAKS_AFTER =
  /^[,!]?[ \t]+(?:hier|here|speaking|am[ \t]+apparat|sagt|says|said|meint|fragt|asks|asked|schreibt|writes|wrote|schrieb|von|from)(?![\p{L}])/iu;
const SELF_AFTER = /^,[ \t]+(?:ich|i|I)(?![\p{L}'’])/u;
const INTERJECTION =
  /^(?:guten[ \t]+(?:tag|morgen|abend)|good[ \t]+(?:morning|afternoon|evening|day)|ja|nein|jo|yes|no|yeah|yep|nope|hallo|hello|hi|hey|ok|okay|gut|good|danke|thanks|moin|servus|genau|sure|right|well|also|so|na|ach|oh|ah|sorry|entschuldigung|bitte|please)$/i;
const MESSAGE_GOES_ON = /^[,!]?[ \t]+[a-zäöüß]{2,}(?![.\p{L}])/u;

/**
 * How many of the text's lines open with a word, asked per speaker's label. A speaker talks more than
 * once in a dialogue: the label's first word opens two lines or more. A form's field label ("Next of
 * kin: Ploy …") stands once. The first few words asked are searched for (a native search for the line
 * break and the word, stopping at the second line; most texts ask about one or two labels); from then
 * on every line's first word is counted once, so a text full of labels stays linear.
 */
class LineStarts {
  private answers?: Map<string, boolean>;
  private counts?: Map<string, number>;

  constructor(private readonly text: string) {}

  opensTwoLines(label: string): boolean {
    const word = LINE_WORD.exec(label)?.[0];
    if (word === undefined) return false;
    if (this.counts) return (this.counts.get(word) ?? 0) >= 2;
    this.answers ??= new Map();
    const known = this.answers.get(word);
    if (known !== undefined) return known;
    if (this.answers.size >= SEARCHED_WORDS) {
      this.counts = lineStartCounts(this.text);
      return (this.counts.get(word) ?? 0) >= 2;
    }
    const answer = linesOpenedBy(this.text, word, 2) >= 2;
    this.answers.set(word, answer);
    return answer;
  }
}
const LINE_WORD = /\p{L}[\p{L}'-]*/u;
const LINE_START_WORD = /(?:^|\n)(\p{L}[\p{L}'-]*)/gu;
/** Labels searched for one by one before every line's first word is counted instead. */
const SEARCHED_WORDS = 8;
/** What may go on a word of LINE_START_WORD: right after the word, the line's first word is longer. */
const WORD_GOES_ON = /[\p{L}'-]/uy;

function lineStartCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  LINE_START_WORD.lastIndex = 0;
  for (let m = LINE_START_WORD.exec(text); m; m = LINE_START_WORD.exec(text))
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts;
}

/** The lines whose first word (as LINE_START_WORD reads it) is `word`, counted up to `enough`. */
function linesOpenedBy(text: string, word: string, enough: number): number {
  const opens = (at: number) => {
    if (!text.startsWith(word, at)) return false;
    WORD_GOES_ON.lastIndex = at + word.length;
    return !WORD_GOES_ON.test(text);
  };
  let n = opens(0) ? 1 : 0;
  const needle = `\n${word}`;
  for (let at = text.indexOf(needle); at !== -1 && n < enough; at = text.indexOf(needle, at + 1))
    if (opens(at + 1)) n++;
  return n;
}

/**
 * A form's or a list's label, an ordinary word opening its line before a colon ("Fee: £95.00",
 * "Wines: Château …", "Kasse: AOK"): no word of the name lists, where a speaker's name would stand.
 */
function labelWord(text: string, e: Entity): boolean {
  if (text[e.end] !== ':' || (e.start > 0 && text[e.start - 1] !== '\n')) return false;
  const value = text.slice(e.start, e.end);
  if (!/^\p{L}+$/u.test(value) || isGivenName(value) || isKnownName(value)) return false;
  return isDictionaryWord(value) || isEnglishWord(value);
}

/** "St. ", "St ", "Sankt ", "Saint ", "Hl. " right before the finding. */
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:St\.?|Sankt|Saint|Hl\.)[ \t]+$/u;
/** The finding opening with "St" or "Saint". */
const SAINT_FIRST = /^(?:St\.?|Sankt|Saint)[ \t]+\p{Lu}/u;
/** The finding opening with the English article ("The Queen Mary"). */
const THE_FIRST = /^The[ \t]+\p{Lu}/u;
/**
 * A royal or noble title opening the finding: after the article, a pub, a ship or a hall ("the Queen
 * Mary 2", "The Queen Victoria pub", "the Duke of York"), never how a private person is written.
 */
const ROYAL_FIRST = /^(Queen|King|Prince|Princess|Duke|Duchess|Earl)[ \t]+(\p{Lu}\p{L}*)$/u;
/** A household or a person's belongings after the finding ("the King Adeyemi family", "the Prince Okafor house"). */
const HOUSEHOLD_AFTER =
  /^(?:'s|’s|[ \t]+(?:family|household|house|home|twins|kids|children|Familie|Haushalt))(?![\p{L}])/u;

/**
 * Given names of British kings and queens, what pubs, ships and halls after a royal are named for
 * ("the Prince Albert", "the Queen Mary 2", "the King George"). A given name that is also a surname
 * ("Jones", "Taylor") is no royal's, so "the Earl Jones" stays a person.
 */
const REGNAL_NAMES = new Set(
  'Albert Alfred Alexandra Anne Arthur Charles Edward Elizabeth Frederick George Henry James John Louise Margaret Mary Matilda Philip Richard Stephen Victoria William'.split(
    ' ',
  ),
);
/** A venue after the finding: "The Earl Grey Arms", "the Duke Ellington bar" are places, whatever the name. */
const VENUE_AFTER = /^[ \t]+(?:Arms|Inn|Tavern|Hotel|Pub|pub|bar|Bar|Hall|Lounge)(?![\p{L}])/u;

/**
 * Whether a royal title and one given name after the article name a pub, a ship or a hall ("the
 * Prince Albert", "the Queen Mary 2"): a royal's given name after a royal title, not a surname ("the
 * Prince Okonkwo", "the Earl Jones"), or a venue word after it ("The Earl Grey Arms"); never with a
 * household after it ("the King Adeyemi family"): "King", "Prince", "Earl" are surnames and given
 * names of private people too.
 */
function royalPlace(text: string, e: Entity, value: string): boolean {
  const m = ROYAL_FIRST.exec(value);
  if (m === null) return false;
  const after = text.slice(e.end, e.end + 12);
  if (VENUE_AFTER.test(after)) return true;
  return m[1] !== 'Earl' && REGNAL_NAMES.has(m[2]) && !HOUSEHOLD_AFTER.test(after);
}
/** The English article right before the finding. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;
