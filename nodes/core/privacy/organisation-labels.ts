import type { Entity } from './entities.js';
import { PERSONAL_CUE, personalPhone } from './organisation-contacts.js';
import { legalForms } from './legal-forms.js';

/**
 * An organisation's own phone, fax or address under a label that says whose it is: "Tel. Apotheke 0911 …",
 * "Praxisanschrift: Marktplatz 3 …", "practice address 2200 …", "Sponsor (Fax 069 …)". The label stands right
 * before the value; a person's number under such a label is unlikely, and a value left flagged elsewhere is
 * the lesser error, so only these labels are read.
 */
const LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:` +
    [
      // "Tel. Apotheke", "Fax der Praxis", "phone surgery": a contact word, then the organisation's kind.
      String.raw`(?:Tel(?:efon)?\.?|Fax|Phone|Ph\.)[ \t]*(?:der[ \t]+|des[ \t]+|the[ \t]+)?(?:Apotheke|Praxis|Klinik|Kanzlei|Pharmacy|Practice|Surgery|Clinic|Sponsors?)`,
      // "Praxisanschrift", "Apothekenanschrift", "Geschäftsanschrift": the address of the place of business.
      String.raw`(?:Praxis|Klinik|Apotheken|Kanzlei|Geschäfts|Firmen)(?:anschrift|adresse)`,
      // "practice address", "surgery phone", "pharmacy tel.".
      String.raw`(?:practice|surgery|clinic|pharmacy|business)[ \t]+(?:address|phone|tel\.?|fax)`,
      // "Sponsor (Fax …)", "Hersteller, Tel. …": the sponsor's or manufacturer's line.
      String.raw`(?:Sponsors?|Hersteller|Manufacturer)[ \t]*[(,]?[ \t]*(?:Fax|Tel(?:efon)?\.?|Phone)`,
    ].join('|') +
    String.raw`)[ \t]*:?[ \t]*$`,
  'iu',
);

const CONTACT_TYPES = new Set(['PHONE_NUMBER', 'POSTAL_ADDRESS']);
/**
 * "Geschäftsanschrift:" or "Firmenanschrift:" under a line naming a person ("Name: X" over it, a register's entry of a
 * sole trader or a broker) or after a person on its own line: the business is that person's, and so is its address
 * (README's convention: a one-person business's values are its owner's). A firm's legal form there makes it the firm's.
 */
const BUSINESS_LABEL = /(?:Geschäfts|Firmen)(?:anschrift|adresse)[ \t]*:?[ \t]*$/iu;
/**
 * The address read with the practice's own word in front ("…, Praxis Marktplatz 4, 72070 Tübingen"): the practice's
 * premises, read as "Praxisanschrift:" is (set 39 leaves a doctor's practice address so unlabelled).
 */
const PREMISES_WORD = /^(?:Praxis|Kanzlei|Apotheke)[ \t]+\p{Lu}/u;
const FIRM_FORM = new RegExp(`(?:^|[^\\p{L}])(?:${legalForms(['GbR'], [])})(?![\\p{L}])`, 'u');
/** How many lines above the label a person's name makes the business theirs. */
const OWNER_LINES = 3;
/** Whether a PERSON is named on the label's line before the value or on the lines above it, with no firm's form. */
function ownersBusiness(text: string, e: Entity, personStarts: number[]): boolean {
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  // Up to three lines above (review 42): a register's entry puts the trade or a blank line between the name and the
  // address ("Name: X\nTätigkeit: Versicherungsmakler\nGeschäftsanschrift: …").
  let aboveStart = lineStart;
  for (let n = 0; n < OWNER_LINES && aboveStart > 0; n++) aboveStart = text.lastIndexOf('\n', aboveStart - 2) + 1;
  if (FIRM_FORM.test(text.slice(aboveStart, e.start))) return false;
  return personBetween(personStarts, aboveStart, e.start);
}

/**
 * A member of parliament's or a party's office right before an address: "Wahlkreisbüro Erfurt-Nord · …", "An das
 * Wahlkreisbüro <name> MdB\n…", "Abgeordnetenbüro, …", "Constituency Office, …", "Bürgerbüro …". The office is the
 * organisation's place of work (a parliament's or a party's), never the member's home; the office's name may carry its
 * district or its member's name and mandate ("MdB", "MP") before the address. Bounded repetitions: linear.
 */
const OFFICE_LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:Wahlkreis|Bürger|Buerger|Abgeordneten|Wahlkampf|Fraktions|[Cc]onstituency[ \t]+|[Ee]lectorate[ \t]+)` +
    String.raw`(?:büro|buero|[Oo]ffice)(?:[ \t]+[\p{Lu}][\p{L}.'’-]{0,30}){0,4}(?:[ \t]+(?:MdB|MdL|MdEP|MP|MEP|MSP|MLA|TD))?` +
    String.raw`[ \t]*[,.·:–-]?[ \t]*\n?[ \t]*$`,
  'u',
);

/**
 * A word that names an organisation's own line right before the number: its switchboard, hotline, service
 * number or a team's line ("switchboard +1 …", "Zentrale +423 …", "Sperr-Hotline: …", "Disputes team, +44 …").
 * No one writes a person's own number so; a mobile number after them is still read as a person's (personalPhone).
 * Where a text sends its questions ("Rückfragen an +49 30 …", "Questions to …") is no such cue: a person writes
 * their own direct line so too (fail closed).
 */
const SWITCHBOARD_CUE =
  /(?:^|[^\p{L}])[\p{L}-]{0,30}(?:switchboard|main[ \t]+line|hotline|helpline|service[ \t-]?(?:nummer|number|telefon|line)|zentrale|team)[ \t]*[,:·.]?[ \t]*$/iu;
/**
 * Whether the phone is an organisation's line by the cue right before it. Only a number written in international
 * form ("+423 …", "0041 …") is read so: the labelled sets label a national hotline or switchboard number in a
 * letter or a chat ("Unsere Hotline 0800 …", "Rückfragen an 05567 …" from a person in a chat), while a number
 * written for callers abroad after such a cue is the firm's published line.
 */
function organisationLine(text: string, e: Entity, personStarts: number[]): boolean {
  if (e.type !== 'PHONE_NUMBER') return false;
  const value = text.slice(e.start, e.end);
  if (!INTERNATIONAL.test(value)) return false;
  // The line around the number, at most NEAR characters each side: a long line is not searched from each number.
  const before = text.slice(Math.max(0, e.start - NEAR), e.start);
  const after = text.slice(e.end, e.end + NEAR);
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const newline = after.indexOf('\n');
  const lineAfter = newline === -1 ? after : after.slice(0, newline);
  if (personalPhone(value, lineBefore + value + lineAfter)) return false;
  if (!SWITCHBOARD_CUE.test(lineBefore.slice(-80))) return false;
  // Privacy first, the line is a person's when it says so ("Meine Nummer fürs Team: +49 …", "ich bin im Team
  // +41 …") or names a person before the number ("Jonas Weber, Vertriebsteam, +49 30 …"): their direct line
  // in their team, as a signature gives it.
  if (PERSONAL_CUE.test(lineBefore) || FIRST_PERSON.test(lineBefore)) return false;
  return !personBetween(personStarts, e.start - lineBefore.length, e.start);
}
/** The writer speaking of themself ("ich", "mich", "me", "I"): the number after the cue is theirs. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:[Ii]ch|[Mm]ich|[Mm]ir|[Mm]e|I)(?![\p{L}'’])/u;

/** Whether a person's name starts in [from, to): `starts` sorted, searched by halves. */
function personBetween(starts: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] < to;
}
const INTERNATIONAL = /^(?:\+|00)[1-9]/;
const NEAR = 200;

/** Whether a label before the value (or the practice's word opening it) gives it as the organisation's. */
function organisationLabel(text: string, e: Entity, personStarts: number[]): boolean {
  const before = text.slice(Math.max(0, e.start - 48), e.start);
  if (e.type === 'POSTAL_ADDRESS' && PREMISES_WORD.test(text.slice(e.start, e.end))) return true;
  if (!LABEL.test(before)) return false;
  return !(BUSINESS_LABEL.test(before) && ownersBusiness(text, e, personStarts));
}

export function withoutOrganisationLabelledContacts(text: string, found: Entity[]): Entity[] {
  const personStarts = found
    .filter((e) => e.type === 'PERSON')
    .map((e) => e.start)
    .sort((a, b) => a - b);
  // An office's address: its street read as a name inside it goes with it ("Große Straße" is no person).
  const offices = found.filter(
    (e) => e.type === 'POSTAL_ADDRESS' && OFFICE_LABEL.test(text.slice(Math.max(0, e.start - 120), e.start)),
  );
  const inOffice = (e: Entity) =>
    offices.includes(e) || (e.type === 'PERSON' && offices.some((o) => o.start <= e.start && e.end <= o.end));
  const kept = found.filter(
    (e) =>
      !inOffice(e) &&
      (!CONTACT_TYPES.has(e.type) ||
        (!organisationLabel(text, e, personStarts) && !organisationLine(text, e, personStarts))),
  );
  return kept.length === found.length ? found : kept;
}
