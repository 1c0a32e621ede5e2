import { FREE_MAIL } from './firm-signatures.js';
import { isDictionaryWord, isGivenName, isKnownName } from './name-list.js';

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
    'salg indkoeb kundeservice regnskab bogholderi faktura job'
  ).split(/\s+/),
);
/** Department abbreviations a role mailbox may hold beside its words ("qs-reklamation@", "hr-team@"). */
const DEPARTMENT_ABBREVIATIONS = new Set('qs qa hr it pr kyc aml dpo vat ir cs ops'.split(' '));
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
    return label
      .split('-')
      .some(
        (w) =>
          w === 'dr' ||
          (w.length > 2 && (isGivenName(cap(w)) || (isKnownName(w) && !isDictionaryWord(w)))) ||
          nameRunTogether(w),
      );
  });
}

/**
 * Practice words and titles a one-person business writes before its owner's surname in one word ("praxisweber.de",
 * "drkowalczyk.at").
 */
const PRACTICE_HEADS = new Set('dr drs prof praxis kanzlei atelier studio'.split(' '));

/**
 * Whether a domain piece is a person's name written as one word: a given name of 4 letters or more, a title or a
 * practice word, then a surname of 6 letters or more from the name lists ("mariaschmidt", "lenakowalczyk",
 * "praxisokonkwo", "drkowalczyk"). Privacy first: a one-person business's domain is its owner's. Narrow on
 * purpose, since a split anywhere finds names inside ordinary place and firm words ("linden|platz", "wes|erland",
 * "meri|dian", "dr|ivewell"): the surname is no given name and no ordinary word, and a surname the lists lack
 * ("idaschwertfeger") is not read. At most 63 letters, one split each: linear.
 */
function nameRunTogether(piece: string): boolean {
  if (piece.length < 8 || piece.length > 63 || !/^\p{Ll}+$/u.test(piece)) return false;
  for (let i = 2; i <= piece.length - 6; i++) {
    const head = piece.slice(0, i);
    const tail = piece.slice(i);
    if (!isKnownName(tail) || isGivenName(cap(tail)) || isDictionaryWord(tail)) continue;
    if (PRACTICE_HEADS.has(head) || (head.length >= 4 && isGivenName(cap(head)) && !isDictionaryWord(head)))
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
export function functionWordMailbox(address: string, nameWords?: ReadonlySet<string>): boolean {
  const m = /^([^\s@]+)@([^\s@]+\.[^\s@]+)$/u.exec(address);
  if (!m) return false;
  // "no-reply", "do_not_reply": one function word written apart.
  const local = m[1].toLowerCase().replace(/(?<![^._-])(?:no|do[._-]?not)[._-]?reply(?![^._-])/, 'noreply');
  const pieces = local.split(/[._-]/);
  return pieces.every(functionPiece) && !personalDomain(m[2], nameWords);
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
