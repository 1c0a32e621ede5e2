import { FREE_MAIL } from './firm-signatures.js';
import {
  isDictionaryWord,
  isEnglishWord,
  isGivenName,
  isKnownName,
  isListedGivenName,
  isListedSurname,
  nameNoWord,
} from './name-list.js';

/**
 * Mailboxes: whose is it? One module for the three readings the detectors use.
 *
 * - `functionWordMailbox`: an organisation's ROLE MAILBOX read from the address alone ("info@", "kundenservice@",
 *   "qs-reklamation@", "hardship@"): its local part is made of function words only. GDPR Art. 4(1): such a mailbox
 *   identifies no natural person, and the labelled sets 19–29 leave it unlabelled. The strictest reading, since it
 *   stands alone (no context says "firm"): used by role-mailbox-contacts.ts.
 * - `namelessMailbox`: a local part without a name or a digit ("trauerfall@", "deathclaims@"): looser, for readers
 *   whose context already says "organisation" (a calendar user whose CN the domain spells: calendar-users.ts).
 * - `personalMailbox`: could be a person's (the negation of a nameless mailbox, and a domain built of a given name):
 *   for an imprint footer or a slide's footer, whose firm context (legal form, register number, office address)
 *   already says "firm"; it reads "." and "_" as joining names ("jana.petersen@"), which a footer's mailbox has not.
 */

/**
 * Department and function words a role mailbox is made of, DE/EN/FR/NL/ES/IT/PL/DK. Each is a function, never a
 * person; a word that is also a name in the name lists ("press", "billing") counts as a function word here, since
 * it stands in a mailbox's local part as one.
 */
const FUNCTION_WORDS = new Set(
  // German
  (
    'info infos service kontakt presse pressestelle vertrieb einkauf verkauf kundenservice kundendienst kundenbetreuung ' +
    'buchung buchungen reservierung reservierungen personal personalabteilung bewerbung bewerbungen karriere jobs ' +
    'buero büro sekretariat zentrale empfang rechnung rechnungen buchhaltung finanzbuchhaltung lohn lohnbuchhaltung ' +
    'datenschutz sicherheit hilfe anfragen anfrage auftrag auftraege bestellung bestellungen versand lager werkstatt ' +
    'dispo disposition planung termine terminvergabe verwaltung hausverwaltung poststelle post mahnwesen inkasso ' +
    'reklamation reklamationen beschwerde beschwerden schaden schadensmeldung schaeden leistung leistungen anleger ' +
    'kasse kundencenter technik redaktion marketing ausschreibungen ausleihe bauleitung umzug umzuege ' +
    'selbstauskunft auskunft nachlass todesfall trauerfall vorstand geschaeftsleitung geschaeftsfuehrung ' +
    'zahlungsverkehr forderungen mitglieder mitgliederservice abrechnung kanzlei praxis dramaturgie ' +
    'kurbeitrag kurtaxe kurverwaltung gaestekarte touristinfo tourismus ' +
    'bauamt standesamt ordnungsamt buergeramt bürgeramt sozialamt jugendamt finanzamt zivilstandsamt ' +
    // English
    'contact contacts enquiries enquiry inquiries inquiry press media newsroom sales purchasing procurement support ' +
    'helpdesk help customerservice customercare care services tickets ticketing booking bookings reservations ' +
    'compliance aml kyc disputes dispute chargebacks chargeback hardship collections payroll hr people careers jobs ' +
    'recruiting recruitment talent office frontdesk reception billing invoices invoice accounts accounting finance ' +
    'payments legal privacy dpo security abuse noreply donotreply reply events tenders claims claim cases case status ' +
    'planning dispatch move moves relocation relocations relo admin administration orders order returns shipping ' +
    'operations ops team hello enquiries membership members clinic surgery appointments arrangements archives ' +
    'references confirmations alerts screening training control fleet travelrule cardservices merchants merchant ' +
    'partners partner investors investor vat tax treasury webmaster postmaster mail ' +
    // French, Dutch, Spanish, Italian, Polish, Danish
    'contact accueil commercial ventes achats clientele reclamations recrutement emploi comptabilite facturation ' +
    'juridique secretariat ' +
    'klantenservice verkoop inkoop boekhouding facturen administratie vacatures werving receptie ' +
    'contacto ventas compras soporte atencion atencioncliente reservas facturacion contabilidad empleo ' +
    'informazioni assistenza vendite acquisti amministrazione fatture contabilita prenotazioni ' +
    'kontakt biuro obsluga sprzedaz zakupy ksiegowosc faktury rekrutacja ' +
    'salg indkoeb kundeservice regnskab bogholderi faktura job ' +
    // Departments and services by kind of organisation (round 32): words of a kind, not only the ones seen.
    // Hospital / care (DE, EN)
    'aufnahme patientenaufnahme ambulanz notaufnahme pflege pflegedienst pflegedirektion verwaltungsdirektion ' +
    'sozialdienst entlassmanagement labor radiologie apotheke befund befunde rezepte rezeption patientenservice ' +
    'seelsorge hygiene qualitaetsmanagement medizincontrolling einsatz leitstelle serviceleitstelle notdienst ' +
    'results pathology radiology pharmacy referrals outpatients wards maternity safeguarding patients ' +
    'patientservices records medicalrecords pals bereavement volunteers volunteering donations fundraising ' +
    // Council / public office
    'buergerbuero bürgerbüro buergerservice meldeamt bauaufsicht bauordnung umweltamt gewerbeamt zulassungsstelle ' +
    'kaemmerei stadtkasse steueramt friedhof friedhofsverwaltung abfall abfallberatung wahlamt wahlen schulamt ' +
    'kita kitas aufenthalt auslaenderbehoerde ' +
    'council housing income rents repairs maintenance licensing parking waste recycling benefits registrar ' +
    'registrars electoral elections library libraries consumer complaints complaint ' +
    // Electoral offices (round 52: set 49): postal voting, returning officers', election management desks
    // ("briefwahl@", "landeswahlleitung@", "postalvotes@").
    'briefwahl briefwahlstelle wahlleitung wahlbuero wahlbüro wahlbehoerde wahlscheine abstimmungen ' +
    'postalvotes postalvote votes voting electoralservices returningofficer ' +
    // Insurance lines and desks (round 42: set 39): a line of business or a standby desk is a department's mailbox
    'hausrat wohngebaeude gebaeude haftpflicht rechtsschutz unfall kfz kraftfahrt krankenversicherung ' +
    'lebensversicherung sachversicherung regress bereitschaft bereitschaftsdienst antrag antraege vertrag ' +
    'vertraege makler maklerservice vermittler gutachten underwriting motor household liability recoveries ' +
    'subrogation renewals policies brokers adjusters ' +
    // Bank / insurer
    'kredit kredite baufinanzierung finanzierung immobilien kontoservice karten kartenservice wertpapiere depot ' +
    'vorsorge versicherung versicherungen filiale firmenkunden privatkunden geschaeftskunden beratung ' +
    'mortgages mortgage lending loans savings cards fraud underwriting pensions pension insurance investments ' +
    'deposits deposit ' +
    // University / school
    'pruefungsamt prüfungsamt studiensekretariat studierendensekretariat immatrikulation zulassung bibliothek ' +
    'rechenzentrum dekanat fakultaet fachschaft studienberatung auslandsamt stipendien forschung drittmittel ' +
    'admissions admission registry enrolment enrollment exams examinations students alumni research grants ' +
    'scholarships fees accommodation international ' +
    // A language school's subject ("registrar@redriver-english.example", "english@…"): a surname too, no person here.
    'english ' +
    // Publisher / media
    'leserservice aboservice abo abonnement anzeigen lektorat lizenzen manuskripte herstellung ' +
    'subscriptions subscription circulation editorial newsdesk letters advertising rights permissions royalties ' +
    'submissions ' +
    // Logistics / trade
    'spedition export exporte import importe zoll fuhrpark logistik sendungsverfolgung abholung zustellung ' +
    'transport fracht exports imports customs freight warehouse tracking delivery deliveries despatch ' +
    // Letting, utilities, HR, general
    'vermietung mieterservice hausmeister stoerung stoerungen zaehler zaehlerwechsel reparatur reparaturen ' +
    'instandhaltung reisestelle reisekosten entgelt gehalt gehaltsabrechnung personalservice zeiten zeiterfassung ' +
    'krankmeldung krankmeldungen abwesenheit rueckmeldung bestaetigung bestaetigungen ' +
    'lettings letting feedback absence absences secretary treasurer coordinator executive general enquiry ' +
    'switchboard mailroom facilities estates quality audit governance ' +
    // Property management (round 40): an owners' association's board ("beirat@weg-…"), a conveyancing desk, strata.
    'beirat verwaltungsbeirat eigentuemerbeirat conveyancing settlements strata ' +
    // Online platforms' trust and safety desks (round 36): the functions a platform's or an authority's mailbox names
    // (reports, verification, minors' and players' protection). Not "appeals" or "reports": "academic.appeals@" is
    // labelled one person's post (see wordMailbox).
    'safety leads trust integrity moderation payouts payout creators partnerships rostering escalations takedown ' +
    'takedowns lawenforcement subpoenas reporting verification verifizierung spielerschutz jugendschutz protection ' +
    'response enforcement meldestelle onboarding leadership ' +
    // Farming and veterinary bodies (round 37): an authority's, a breeders' association's, a practice's or a
    // registry's desks (ear tags, herd and stud books, animal welfare, disease control, reminders, drug safety).
    'tierkennzeichnung kennzeichnung zuchtbuch herdbuch zucht zuchtleitung tierschutz tierseuchen tierseuchenkasse ' +
    'tiergesundheit veterinaeramt veterinaerwesen lebensmittelueberwachung erinnerung erinnerungen impferinnerung ' +
    'tierhaltung pferdezucht besamung reminders reminder recall recalls vaccinations herdbook studbook registrations ' +
    'welfare pharmacovigilance biosecurity livestock movements ' +
    // Transport operators and mobility platforms (round 38): the desks a transit authority, a taxi or scooter
    // platform answers from (lost property, ticket machines, authorities' requests, fares, depots).
    'behoerden behörden behoerdenanfragen fundbuero fundbüro fundsachen automaten fahrkartenautomaten fahrausweise ' +
    'fahrgastservice fahrgastrechte fahrplan tarif verkehrsleitstelle betriebshof depots lostproperty fares ' +
    'farecollection ticketmachines authorities ' +
    // The security trade's desks: an alarm receiving centre (ARC), a Notruf- und Serviceleitstelle (NSL), its dispatch.
    'einsatzleitung notruf notrufzentrale alarmzentrale nsl arc monitoring keyholding guarding ' +
    // Clubs and leagues (round 39): a club's office and youth department, a league's fixtures and stadium-ban desks.
    'geschaeftsstelle jugendleitung jugendabteilung ansetzung ansetzungen stadionverbote stadionverbot spielbetrieb ' +
    // The gambling trade (round 45: set 42): a casino's or a betting shop's desks and an authority's supervision
    // ("aufsicht@", "cage@", "responsible.gambling@", "it-betrieb@"): the cashier's cage, the floor, the trade's lines.
    'aufsicht spielaufsicht glueckspielaufsicht betrieb cage kassa casino gambling safergambling saferplay ' +
    'responsiblegambling wetten sportwetten lotto lottery lotterie lotteries jackpot jackpots tronc vip affiliates ' +
    'affiliate trading risk ' +
    // Prisons, probation and youth justice (round 46: set 43): a prison's visits desk, its cashier for prisoners'
    // money, its victim liaison, a probation office's and an electronic monitoring centre's desks.
    'besuch besuche besucher besuchsabteilung besuchsdienst besuchsbuero zahlstelle gefangenengeld eigengeld ' +
    'opferschutz opferhilfe vollzug vollzugsleitung anstaltsleitung justizvollzug vollzugsgeschaeftsstelle ' +
    'bewaehrungshilfe gerichtshilfe fuehrungsaufsicht jugendgerichtshilfe straffaelligenhilfe seelsorge ' +
    'visit visits socialvisits legalvisits officialvisits visitsbooking victimcontact victimliaison victims ' +
    'probation resettlement chaplaincy offendermanagement omu ' +
    'youthjustice yot custody prisoners prisonermoney prisonerfinance familysupport familyservices ' +
    // Cleaning, caretaking and chimney sweeps (round 48: set 45): a firm's quotes desk, a sweep district's dates,
    // a window cleaner's rounds, a fire service's prevention desk ("angebote@", "kehrtermine@", "rounds@",
    // "fire.prevention@").
    'angebot angebote kostenvoranschlag kehrtermine kehrtermin kehrbezirk schornsteinfeger reinigung ' +
    'gebaeudereinigung glasreinigung winterdienst hausmeisterdienst objektbetreuung rounds round quotes quote ' +
    'estimates cleaning cleaners caretaking fire prevention fireprevention firesafety inspections schedule scheduling'
  ).split(/\s+/),
);
/** Department abbreviations a role mailbox may hold beside its words ("qs-reklamation@", "hr-team@"). */
// "ler"/"lert": a platform's law enforcement response (team); "dpa": a data protection authority or agreement desk;
// "asp": an authority's African swine fever desk (Afrikanische Schweinepest); "pos": a shop's point of sale;
// "ems": an electronic monitoring service; "jva", "hmp": a prison (Justizvollzugsanstalt, His Majesty's Prison).
const DEPARTMENT_ABBREVIATIONS = new Set(
  'qs qa hr it pr kyc aml dpo dpa ler lert vat ir cs ops dept abt div asp pos ems jva hmp'.split(' '),
);
/** A German or English compound ending in a function word of 5 letters or more ("deathclaims", "cardservices"). */
const COMPOUND_TAILS = [...FUNCTION_WORDS].filter((w) => w.length >= 5);

/** Whether one piece of a local part is a function word, a listed abbreviation or a compound of them. */
function functionPiece(piece: string): boolean {
  if (!/^\p{Ll}+$/u.test(piece)) return false;
  if (FUNCTION_WORDS.has(piece) || DEPARTMENT_ABBREVIATIONS.has(piece)) return true;
  // A compound: its head is a function word, its first part no name ("annaservice@" is Anna's).
  return COMPOUND_TAILS.some((tail) => {
    if (!piece.endsWith(tail)) return false;
    const head = piece.slice(0, piece.length - tail.length).replace(/s$/, '');
    // A unit's abbreviation before the word ("possupport", "itsupport"), or a head of 3 letters or more no name.
    if (DEPARTMENT_ABBREVIATIONS.has(piece.slice(0, piece.length - tail.length)) && !isKnownName(piece)) return true;
    return head.length >= 3 && !isKnownName(head) && !isKnownName(piece);
  });
}

/**
 * Whether a domain could be a person's: a free-mail provider's, or a label spelling a name ("anna-schmidt.de",
 * "praxis-dr-weber.de": a given name, or a known name that is no ordinary word, so "council-example" is none), or a word of a name found in the text ("hollerbusch-stb.de" beside "Karl Hollerbusch").
 * A one-person business's domain of its owner's name is that person's: its info@ is theirs.
 */
export function personalDomain(domain: string, nameWords: ReadonlySet<string> = new Set()): boolean {
  const labels = domain.toLowerCase().split('.');
  if (labels.some((label) => FREE_MAIL.has(label))) return true;
  return labels.slice(0, -1).some((label) => {
    if (nameWords.size > 0 && spellsNameWord(label, nameWords)) return true;
    // A prison's domain: an institution's abbreviation before its place ("jva-tonna", "hmp-wandsworth"); the place
    // reads like a surname but names the prison (round 46). A word of a name found in the text still counts above.
    if (/^(?:jva|jsa|hmp|hmyoi|yoi|justiz|justizanstalt|prison|gefaengnis)-\p{Ll}{3,30}$/u.test(label)) return false;
    if (familyDomainLabel(label)) return true;
    if (ownerTradeLabel(label)) return true;
    return label.split('-').some(
      (w) =>
        w === 'dr' ||
        // A function word is the firm's trade, no name ("casino-donaublick.at"); a given name still counts.
        (w.length > 2 && (isGivenName(cap(w)) || (isKnownName(w) && !isDictionaryWord(w) && !FUNCTION_WORDS.has(w)))) ||
        soleTraderWord(w),
    );
  });
}

/**
 * A personal-care trade's word in a one-person business's domain label: a part of its own ("yoga-with-jana-okafor")
 * or the label's end ("janaokaforyoga"); never inside another word ("gymnasium-am-wall", "tierarzt-einkauf").
 */
const TRADE_WORD =
  /(?:^|-)(?:yoga|pilates|salon|studio|fitness|nails|beauty|hair|haar|tattoo|ink|barber|spa|massage|coaching|gym|dance|tanz|club)(?=-|$)|(?:yoga|pilates|salon|studio|fitness|nails|beauty|hair|tattoo|barber|massage|coaching)$/gu;
/** A place's ending after a tree's or a flower's name ("lindenhof", "rosengarten"): a spa's place, no surname. */
const PLACE_END = /(?:hof|garten|park|therme|bad|quelle|blick|oase|insel|aue?|tal|see)$/u;
/**
 * A one-person business's domain label: a given name of three letters or more, then three or more letters of a
 * surname, beside the trade's word ("janaokaforyoga", "jana-okafor-yoga", "yoga-with-jana-okafor"): its owner's, a
 * natural person's (review 47). A place's name before the trade's word ("lindenhof-spa") is the spa's.
 */
export function ownerTradeLabel(label: string): boolean {
  if (label.length > 60 || !TRADE_WORD.test(label)) return false;
  TRADE_WORD.lastIndex = 0;
  const rest = label
    .replace(TRADE_WORD, '')
    .replace(/(?:^|-)(?:with|mit|by|bei)(?=-)/gu, '')
    .replace(/[^\p{L}]/gu, '');
  if (rest.length > 40 || PLACE_END.test(rest)) return false;
  for (let i = 3; i <= rest.length - 3; i++) if (isGivenName(cap(rest.slice(0, i)))) return true;
  return false;
}

/** The word for a family, in the languages the role words cover. */
const FAMILY_WORD = /^(?:familie|family|famille|familia|famiglia|familj|rodzina)$/;
/**
 * A family's own domain ("familie-berg.de", "thebergfamily.org", "family-okafor.com") is its members': natural
 * persons, so even its info@ is personal. A compound that names a service for families is no family's:
 * "familienkasse", "familienrecht", "familyoffice" (German "Familien-" compounds, "family" before a noun).
 */
function familyDomainLabel(label: string): boolean {
  if (label.split('-').some((w) => FAMILY_WORD.test(w))) return true;
  // "thebergfamily", "okaforfamilie": a name before the family word.
  if (/^\p{Ll}{3,}(?:family|familie)$/u.test(label)) return true;
  // "familieberg", "familyokafor"; "familienkasse", "familylaw" name a service (a compound or an ordinary word).
  // "familiesoutside", "familiesfirst": the plural before a word names a service for families (round 46); not
  // "familieschmidt" (the Schmidts: the rest after "families" no word).
  const plural = /^families(\p{Ll}{3,})$/u.exec(label)?.[1];
  if (plural !== undefined && isDictionaryWord(plural) && !isKnownName(plural)) return false;
  const rest = /^(?:familie|family)(?!n)(\p{Ll}{3,})$/u.exec(label)?.[1];
  return rest !== undefined && !isDictionaryWord(rest);
}

/** A title or a one-person practice's word written before its owner's surname ("praxisweber", "drkovac"). */
const OWNER_TITLES = [
  'dr',
  'prof',
  'praxis',
  'kanzlei',
  'studio',
  'atelier',
  'salon',
  'rechtsanwalt',
  'rechtsanwaeltin',
  'ra',
  'notar',
  'steuerberater',
  'stb',
  'zahnarzt',
  'tierarzt',
  'physio',
  'architekt',
  'foto',
  'fotostudio',
  'malermeister',
  'ing',
];
/** A trade word written after its owner's given name ("jonasfotografie", "annadesign", "lisayoga"). */
const OWNER_TRADES = new Set(
  (
    'fotografie photography photo foto design designs grafik art arts kunst coaching beratung consulting yoga ' +
    'massage therapie therapy physio friseur hair beauty kosmetik nails music musik malerei tischlerei schreinerei ' +
    'catering texte text writes writing translations uebersetzungen illustration illustrations ceramics keramik ' +
    'goldschmiede schmuck jewellery tattoo tattoos makeup films film video lektorat'
  ).split(' '),
);

/**
 * Whether one word of a domain spells a one-person business written as ONE word (a sole trader's domain is theirs:
 * its info@ stays flagged): a given name and a surname ("mariaschmidt"), a title or practice word and a surname
 * ("praxisweber", "drkovac"), a given name and a trade word ("jonasfotografie"). Each split point is tried once over
 * a word of at most 30 letters: bounded, linear.
 */
function soleTraderWord(w: string): boolean {
  if (w.length < 6 || w.length > 30 || !/^\p{Ll}+$/u.test(w)) return false;
  // A title's surname may be any name that is no ordinary word: the title already says "a person's practice".
  for (const title of OWNER_TITLES) {
    const rest = w.slice(title.length);
    if (w.startsWith(title) && rest.length >= 4 && (isListedSurname(rest) || nameNoWord(rest))) return true;
  }
  // After a given name only a listed surname or a trade word: the 60,000 known names match too many runs of letters
  // ("linden" + "platz", "savannah" + "ledger").
  for (let i = 3; i <= w.length - 4; i++) {
    if (!isGivenName(cap(w.slice(0, i)))) continue;
    const rest = w.slice(i);
    if (OWNER_TRADES.has(rest) || isListedSurname(rest)) return true;
    // Or a surname of 6 letters or more from the broad lists that is no given name and no ordinary word, after a
    // given name of 4 or more that is no ordinary word ("lenakowalczyk"): narrow enough that place and firm words
    // ("linden|platz", "meri|dian") stay firms' (checked against every labelled set in review 31).
    if (i >= 4 && rest.length >= 6 && !isDictionaryWord(w.slice(0, i)) && nameNoWord(rest) && !isGivenName(cap(rest)))
      return true;
  }
  return false;
}

/** Whether a word of 4 to 24 letters of the label is one of the names (bounded per label, not per name: linear). */
function spellsNameWord(label: string, nameWords: ReadonlySet<string>): boolean {
  const word = label.slice(0, 63);
  for (let i = 0; i + 4 <= word.length; i++)
    for (let j = i + 4; j <= Math.min(word.length, i + 24); j++) if (nameWords.has(word.slice(i, j))) return true;
  return false;
}

/**
 * Whether a plain address ("local@domain") is an organisation's role mailbox read from itself: its local part
 * only function words joined by ".", "-" or "_" (no digit, no name, no initials), its domain no person's.
 */
export function functionWordMailbox(
  address: string,
  nameWords?: ReadonlySet<string>,
  localNameWords?: ReadonlySet<string>,
  unitWords?: ReadonlySet<string>,
): boolean {
  const m = /^([^\s@]+)@([^\s@]+\.[^\s@]+)$/u.exec(address);
  if (!m) return false;
  // "no-reply", "do_not_reply": one function word written apart.
  const local = m[1].toLowerCase().replace(/(?<![^._-])(?:no|do[._-]?not)[._-]?reply(?![^._-])/, 'noreply');
  // A domain label that is a place of the text's prisons ("visits@mountjoy.example" beside "Mountjoy Prison") is
  // the prison's, not a person's; any other label still decides alone.
  const labels = m[2].toLowerCase().split('.');
  const personalLabel = (label: string) => !unitWords?.has(label) && personalDomain(`${label}.x`, nameWords);
  if (
    unitWords === undefined || unitWords.size === 0
      ? personalDomain(m[2], nameWords)
      : labels.some((label) => FREE_MAIL.has(label)) || labels.slice(0, -1).some(personalLabel)
  )
    return false;
  const pieces = local.split(/[._-]/);
  // A piece that is a word of a name found in the text is that person's, even when it is also a function word
  // ("Tobias Zoll, zoll@…", "Petra Kredit: kredit@…"): privacy first.
  if (localNameWords && pieces.some((piece) => localNameWords.has(piece))) return false;
  // Nor a local part written as one word holding a name found in the text ("Chin Hock Seah, chinhock@…").
  if (localNameWords && [...localNameWords].some((name) => local.includes(name))) return false;
  if (pieces.every(functionPiece) || wordMailbox(pieces) || mailingList(local, m[2])) return true;
  // An institution's place named in the text ("HMP Wandsworth", "JVA Tonna") beside a function word
  // ("socialvisits.wandsworth@", "besuch.tonna@"): the institution's desk, though the place reads like a surname.
  // Never the place alone, never beside a piece that is no function word ("jana.wandsworth@" stays).
  return (
    unitWords !== undefined &&
    pieces.length > 1 &&
    pieces.some((piece) => !unitWords.has(piece) && functionPiece(piece)) &&
    pieces.every((piece) => unitWords.has(piece) || functionPiece(piece))
  );
}

/**
 * Whether a local part is made of ordinary words, read by what each piece IS rather than by a list of roles
 * ("crewing@", "excursions@", "guest.services@", "harbourmaster@", "psc.southampton@"): every piece a word of the
 * dictionaries that no name list holds, a compound of two such words, a function word or a department abbreviation;
 * or, beside at least one word, an abbreviation written without a vowel ("psc", "wsp"). Privacy first, a piece that
 * is a given name or a known name ("marina@", "manning@", "jana@"), a single letter ("k.berg@": an initial) or any
 * other unknown word keeps the mailbox a person's; a known name that is also an English word ("crew") counts only
 * beside a department word or abbreviation ("crew.dept@"), where the mailbox already names a unit.
 */
function wordMailbox(pieces: string[]): boolean {
  if (pieces.some((piece) => !/^\p{Ll}{2,30}$/u.test(piece))) return false;
  const words = pieces.filter((piece) => functionPiece(piece) || wordPiece(piece));
  const department = pieces.some((piece) => DEPARTMENT_ABBREVIATIONS.has(piece) || FUNCTION_WORDS.has(piece));
  // Several ordinary words without a function word or a unit's abbreviation may name one person's post
  // ("practice.manager@", "academic.appeals@" are labelled a person's): privacy first, they stay.
  if (pieces.length > 1 && !department && !pieces.some((piece) => /^[b-df-hj-np-tv-xz]{2,4}$/.test(piece)))
    return false;
  return pieces.every(
    (piece) =>
      words.includes(piece) ||
      (words.length > 0 && /^[b-df-hj-np-tv-xz]{2,4}$/.test(piece)) ||
      (department &&
        isEnglishWord(piece) &&
        !isGivenName(cap(piece)) &&
        !isListedSurname(piece) &&
        // Review 42: a known name beside a line-of-business word alone ("motor.king@", "hausrat.wolf@") is a
        // surname after a desk word, a person's; beside a unit's abbreviation ("crew.dept@") it names the unit.
        (!isKnownName(piece) || pieces.some((p) => DEPARTMENT_ABBREVIATIONS.has(p)))),
  );
}

/** An ordinary word no name list holds ("crewing", "nautical"), or two of them written as one ("harbourmaster"). */
function wordPiece(piece: string): boolean {
  if (piece.length < 4 || isKnownName(piece) || isGivenName(cap(piece)) || isListedSurname(piece)) return false;
  if (plainWord(piece)) return true;
  // A compound: each split point tried once over a piece of at most 30 letters (bounded, linear); its parts may be
  // names that are also words ("harbour"), the whole is no name.
  // Each part four letters or more: shorter ones match too many runs of a nickname's letters ("klar|yea").
  // A given name then a word ("gracebaker", "summerfisher", "markstone") is a person's first and family name
  // written as one, unless the tail names a unit ("marinaoffice"): privacy first, whichever other split also reads.
  for (let i = 3; i <= piece.length - 3; i++)
    if (isListedGivenName(piece.slice(0, i)) && plainWord(piece.slice(i)) && !functionPiece(piece.slice(i)))
      return false;
  for (let i = 4; i <= piece.length - 4; i++)
    if (plainWord(piece.slice(0, i)) && plainWord(piece.slice(i)) && !nameNoWord(piece.slice(i))) return true;
  return false;
}
const plainWord = (w: string) => isDictionaryWord(w) || isEnglishWord(w);

/** A mailing list's own suffix (Mailman, LISTSERV: "members-chat@", "users-request@", "ALUMNI-L@"). */
const LIST_SUFFIXES = new Set(['l', 'request', 'announce', 'chat', 'discuss', 'owner', 'bounces', 'digest']);

/**
 * Whether an address is a mailing list's: a list host ("lists.example.org", "list.x.de", "lists-x.org") or a list
 * suffix joined by "-" ("-request", "-announce", "-chat", "-discuss"; the one-letter LISTSERV "-l" only on a list
 * host: "mahmoudi.l@" is a person's initial). A list reaches many, it is no one's mailbox; its other pieces must
 * still be free of digits and names ("anna-chat@" could be Anna's).
 */
function mailingList(local: string, domain: string): boolean {
  const host = domain.toLowerCase().split('.')[0];
  const listHost = host === 'lists' || host === 'list' || host.startsWith('lists-');
  const dash = local.lastIndexOf('-');
  const suffix = dash > 0 ? local.slice(dash + 1) : '';
  const hasSuffix = LIST_SUFFIXES.has(suffix) && (suffix.length > 1 || listHost);
  if (!listHost && !hasSuffix) return false;
  const pieces = (hasSuffix ? local.slice(0, dash) : local).split(/[._-]/);
  return pieces.every(
    (piece) => functionPiece(piece) || (/^\p{Ll}{3,}$/u.test(piece) && !isKnownName(piece) && !isGivenName(cap(piece))),
  );
}

/**
 * Whether a mailbox's local part holds no name and no digit ("bdm.enquiries@", "trauerfall@"; not "anna.berg@",
 * "ab1970@") and no free-mail provider holds it.
 */
export function namelessMailbox(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0) return false;
  const pieces = address.slice(0, at).split(/[._+-]/);
  if (pieces.some((piece) => piece === '' || /[^\p{L}]/u.test(piece) || (piece.length > 1 && isKnownName(piece))))
    return false;
  return !address
    .slice(at + 1)
    .toLowerCase()
    .split('.')
    .some((label) => FREE_MAIL.has(label));
}

/**
 * Whether a mail header's display name beside a role mailbox is the organisation's own, not a person's
 * ("Leserservice Stadtanzeiger <service@stadtanzeiger-verlag.de>", "Prairie Fibre Help Desk <care@…>"; an RFC 2047
 * encoded word is read decoded, as the scanner's view gives it): the mailbox is a role mailbox, at least one word of
 * the name is a function word, and every other word is an ordinary word or a word of the mailbox's domain, none a
 * given name or a name that is no ordinary word. Privacy first: "Anna Berg (Kundenservice) <service@…>",
 * "Kundenservice Jana <service@…>" stay a person's.
 */
export function roleDisplayName(display: string, address: string): boolean {
  const words = display.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 8) return false;
  const domainWords = new Set(
    address
      .slice(address.indexOf('@') + 1)
      .toLowerCase()
      .split(/[.-]/),
  );
  if (!functionWordMailbox(address) && !deskInitials(words, address, domainWords)) return false;
  let role = false;
  for (const written of words) {
    const w = folded(written);
    if (isGivenName(cap(w)) || nameNoWord(written) || isListedSurname(w)) return false;
    if (functionPiece(w)) role = true;
    else if (!plainWord(w) && !domainWords.has(w) && !(written.length >= 2 && written === written.toUpperCase()))
      return false;
  }
  return role;
}

/**
 * Whether a mailbox's local part is the initials of its desk's name, the organisation's own name left out
 * ("Pixelschmiede Law Enforcement Response <ler@pixelschmiede.games>"): two to six letters, one per word of two
 * words or more, at a domain no person's. Only beside that name, and only where roleDisplayName finds every word a
 * function word or an ordinary word (a person's initials beside a person's name stay: "Anna Berg <ab@…>").
 */
function deskInitials(words: string[], address: string, domainWords: ReadonlySet<string>): boolean {
  const at = address.indexOf('@');
  const local = address.slice(0, at).toLowerCase();
  if (!/^[a-z]{2,6}$/.test(local) || personalDomain(address.slice(at + 1))) return false;
  const own = words.filter((w) => !domainWords.has(folded(w)));
  return own.length >= 2 && own.map((w) => folded(w)[0]).join('') === local;
}

/**
 * Whether a mailbox its text already gives as a unit's ("Dienststelle Schiffssicherheit, psc@…", "Marina office: …,
 * berths@…": unit-contacts.ts) holds no person's mark: every piece of its local part two letters or more, no digit,
 * no given or known name, no listed surname, no word of a name found in the text (`nameWords`), and a domain that is
 * no person's (personalDomain). Looser than functionWordMailbox ("psc" is no word), stricter than namelessMailbox
 * (a single letter is an initial: "k.berg@").
 */
export function namelessUnitMailbox(address: string, nameWords: ReadonlySet<string>): boolean {
  const m = /^([^\s@]+)@([^\s@]+\.[^\s@]+)$/u.exec(address);
  if (!m || personalDomain(m[2], nameWords)) return false;
  return m[1]
    .toLowerCase()
    .split(/[._-]/)
    .every(
      (piece) =>
        /^\p{Ll}{2,30}$/u.test(piece) &&
        !nameWords.has(piece) &&
        (functionPiece(piece) || (!isKnownName(piece) && !isGivenName(cap(piece)) && !isListedSurname(piece))),
    );
}

/**
 * Whether a mailbox could be a person's: names joined by "." or "_", or a known name in its local part; a
 * free-mail provider's box ("mausi@gmail.com": no firm's), or a domain built of a given name ("kontakt@anna-schmidt.de").
 */
export function personalMailbox(address: string): boolean {
  const at = address.indexOf('@');
  const local = at === -1 ? address : address.slice(0, at);
  // Spaced or spelled "@" forms, odd characters: not read, kept.
  if (!/^[\p{L}\p{N}+-]+$/u.test(local)) return true;
  if (local.split(/[+-]/).some((piece) => /\d/.test(piece) || (piece.length > 1 && isKnownName(piece)))) return true;
  const labels = address
    .slice(at + 1)
    .toLowerCase()
    .split('.');
  if (labels.some((label) => FREE_MAIL.has(label))) return true;
  return labels.slice(0, -1).some((label) => label.split('-').some((w) => w.length > 2 && isGivenName(cap(w))));
}
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Lower case as a domain spells it: umlauts as two letters, other accents dropped ("Rübsamen" in "ruebsamen-moebel.de"). */
export function folded(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
