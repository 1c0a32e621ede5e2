import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';
import { personalMailbox } from './role-mailboxes.js';
import { IMPRINT_EXTRAS, legalForms } from './legal-forms.js';

/**
 * An organisation's own contact data in its imprint footer is not a person's: "Kranwerk GmbH · Hafenstraße 17 ·
 * 04179 Leipzig · Tel. 0341 55120-0 · kontakt@…" above "© 2026 Kranwerk GmbH", or a line with the firm's register
 * number ("HRB 99821", "Registered in England 08841732", "KvK …", "CVR …", "CHE-…"). The labelled sets leave such
 * footers unlabelled, while they label a firm's role mailbox elsewhere (in a letter, a mail's header, "contact us
 * at"), so only the footer line is read as the firm's.
 *
 * Privacy first: a line that names a person (a PERSON finding in it), or holds a mailbox whose local part could be a
 * person's ("jelena.markovic@", "f.weber@", "ilse@"), keeps every value in it; a letterhead without register number
 * or copyright line is left as it is.
 */
const CONTACT_TYPES = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'POSTAL_ADDRESS']);

/** A firm's register or VAT number on the line (with its legal form: a court's file number is none). */
const REGISTER_NUMBER =
  /(?:^|[^\p{L}])(?:HR[AB] ?\d|Registered in (?:England|Wales|Scotland|Northern Ireland|Ireland)|Company (?:no\.?|number|reg\.?)|KvK \d|CVR(?:-nr\.?)? \d|CHE-\d{3}\.\d{3}\.\d{3}|FN \d+ ?[a-z]\b|USt-?Id|UID(?:-Nr\.?)? ?(?:ATU|CHE)|VAT (?:no|reg|id))/iu;
/**
 * A legal form of a firm (legal-forms.ts), with the bare spellings imprints use ("Acme BV", "Kranwerk Group"). Not
 * "e.K." (a registered merchant is one person, their imprint is theirs) nor "GbR" (partners who are people); not
 * "gGmbH", "mbH", "KGaA" and "e.V." either, which this rule has not been measured with: reading them would drop
 * the contact values of charities' and associations' imprints.
 */
export const LEGAL_FORM = new RegExp(
  `(?:^|[^\\p{L}])(?:${legalForms(['GbR', 'gGmbH', 'mbH', 'KGaA', 'e.V.'], IMPRINT_EXTRAS)})(?![\\p{L}])`,
  'u',
);
/** A copyright notice on the line itself. */
const COPYRIGHT = /©|\(c\) (?:19|20)\d\d|Copyright\b/i;
/** The next line is a copyright notice: the line above it is the imprint. */
const COPYRIGHT_LINE = /^[ \t]*(?:©|\(c\) (?:19|20)\d\d|Copyright\b)/i;

// A footer's mailbox is read by role-mailboxes.ts `personalMailbox`: the imprint line's legal form and register
// number already say "firm", so it is looser than a role mailbox read alone (`functionWordMailbox`).
export { personalMailbox } from './role-mailboxes.js';

/**
 * A mobile number is a person's wherever it stands (a firm's switchboard is a landline): with a country code,
 * German +49 15/16/17, Austrian +43 65–69, Swiss +41 75–79, British +44 7; written nationally, German 015x–017x
 * always, and 06[5-9]/07[1-9] (Austrian, Swiss and British mobiles) unless the line's postcode is a German one:
 * there they are German landline area codes (Reutlingen 07121, Stuttgart 0711, Frankfurt 069).
 */
const MOBILE_ABROAD =
  /^(?:\+|00)(?:49[ \t/-]*(?:\(0\)[ \t]*)?0?1[5-7]|43[ \t/-]*(?:\(0\)[ \t]*)?0?6[5-9]|41[ \t/-]*(?:\(0\)[ \t]*)?0?7[5-9]|44[ \t/-]*(?:\(0\)[ \t]*)?0?7|356[ \t/-]*(?:7[79]|9[89])|350[ \t/-]*5[4-8])/;
/**
 * International numbers of the countries whose mobile ranges MOBILE_ABROAD knows (Germany, Austria, Switzerland, the
 * UK, Malta, Gibraltar): only for them does "not a mobile" say anything; another country's number may be anyone's.
 */
export const MOBILE_PLAN_KNOWN = /^(?:(?:\+|00)(?:49|43|41|44|356|350)(?!\d)|0)/;
const MOBILE_GERMAN = /^01[5-7]/;
const MOBILE_NEIGHBOURS = /^0(?:6[5-9]|7[1-9])/;
/** A German postcode and town on the line ("72764 Reutlingen"): national numbers on it follow the German plan. */
const GERMAN_POSTCODE = /(?:^|[^\p{L}\p{N}.,/-])\d{5}[ \t]+\p{Lu}\p{Ll}/u;
/**
 * Liverpool's 0151 and Manchester's 0161 written the British way, four digits, three, four ("0151 230 7700"); a
 * German 0151 or 0160 mobile is written "0151 2345 6789" or "01511 2345678", never so.
 */
const UK_CITY_LANDLINE = /^01[56]1[ \t]\d{3}[ \t]\d{4}$/;
/**
 * Germany has no 0161 mobiles (the analogue C-Netz's code, closed in 2000 and not given out since): a 4-3-4
 * "0161 496 0500" is Manchester's on any page (a payout receipt in euros or dollars names no British postcode).
 */
const MANCHESTER = /^0161[ \t]/;
/** A British postcode ("L2 4SW", "M1 1AE"), "+44" or a pound sign: the page is a British one. */
const UK_PAGE = /£|\+44|(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\p{L}\d])/u;
/**
 * Whether a number is a mobile, a person's wherever it stands. `page` (the whole text, where the caller has it)
 * tells a British page: there a 4-3-4 "0151"/"0161" number is a city's landline, not a German mobile.
 */
export function personalPhone(value: string, line: string, page?: string): boolean {
  const digits = value.replace(/[()]/g, '').trim();
  if (MOBILE_ABROAD.test(digits)) return true;
  if (MOBILE_GERMAN.test(digits))
    return !(
      UK_CITY_LANDLINE.test(digits) &&
      (MANCHESTER.test(digits) || UK_PAGE.test(line) || (page !== undefined && UK_PAGE.test(page)))
    );
  return MOBILE_NEIGHBOURS.test(digits) && !GERMAN_POSTCODE.test(line);
}

/** Words by which a line marks its values as someone's own ("Privatadresse", "meine Nummer", "my home", "Handy"). */
export const PERSONAL_CUE =
  /(?:^|[^\p{L}])(?:privat\p{L}*|private|persönlich\p{L}*|personal|mein(?:e[nmrs]?)?|my|home|zuhause|zu Hause|wohn\p{L}*|handy|mobil\p{L}*|mobile|cell)(?![\p{L}])/iu;
/** Words of a sole trader's imprint: its owner is a person, so its address, phone and mailbox are theirs. */
export const OWNER_CUE =
  /(?:^|[^\p{L}])(?:Inhaber(?:in)?|Owner|Proprietor|Proprietress|e\.[ \t]?K(?:fm|fr|fm\.|fr\.)?\.|Einzelunternehme\p{L}*|[Ss]ole trader|[Ff]reiberuf\p{L}*|[Ss]elf-employed|[Ss]elbst(?:st)?ändig\p{L}*)(?![\p{L}])/u;
/** The firm a copyright line names: its first word after "©"/"(c)"/"Copyright" and the years. */
const COPYRIGHT_FIRM =
  /(?:©|\(c\)|Copyright)[ \t]*(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t,]*)?(?:by[ \t]+)?([\p{L}\p{N}&'-]{2,})/iu;

/** The findings without an organisation's contact values in its imprint lines. */
export function withoutOrganisationContacts(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => CONTACT_TYPES.has(e.type))) return found;
  // The lines that name a person, by their number (one pass over the findings: linear on dense footers).
  const lines = new LineIndex(text);
  const lineOf = (i: number) => lines.lineOf(i);
  const personLines = new Set<number>();
  // The text of the line holding offset i (for the country its postcode tells).
  const lineText = (i: number): string => {
    const line = lineOf(i);
    return text.slice(lines.lineStart(line), lines.lineEnd(line));
  };
  for (const e of found)
    if (
      e.type === 'PERSON' ||
      (e.type === 'EMAIL_ADDRESS' && personalMailbox(text.slice(e.start, e.end))) ||
      (e.type === 'PHONE_NUMBER' && personalPhone(text.slice(e.start, e.end), lineText(e.start), text))
    ) {
      personLines.add(lineOf(e.start));
      personLines.add(lineOf(e.end));
    }
  // Per line that holds a contact value: whether it is an imprint line of an organisation only.
  const verdicts = new Map<number, boolean>();
  const organisationLine = (start: number): boolean => {
    const line = lineOf(start);
    let verdict = verdicts.get(line);
    if (verdict === undefined) {
      verdict =
        !personLines.has(line) &&
        isImprintLine(text, lines.lineStart(line), lines.lineEnd(line), line > 0 && !personLines.has(line - 1));
      verdicts.set(line, verdict);
    }
    return verdict;
  };
  // A letterhead's address, and its switchboard when written as one ("0951 40677-0": the extension 0 is the
  // exchange); the labelled sets label a letterhead's other numbers and its mailbox as they label a firm's role
  // mailbox in a letter.
  const letterheadValue = (e: Entity) =>
    e.type === 'POSTAL_ADDRESS' || (e.type === 'PHONE_NUMBER' && SWITCHBOARD.test(text.slice(e.start, e.end)));
  // The document's first line that is not blank: the only one a letterhead can be.
  const firstLine = lineOf(text.search(/\S|$/));
  // Decided once (a text of one long line holds every value on its first line).
  let letterhead: boolean | undefined;
  const letterheadLine = (start: number): boolean => {
    if (lineOf(start) !== firstLine) return false;
    // A letterhead is one short line: a long one (a flattened page) is read as it is, fail closed.
    const from = lines.lineStart(firstLine);
    const to = lines.lineEnd(firstLine);
    letterhead ??= !personLines.has(firstLine) && to - from <= 300 && isLetterhead(text.slice(from, to));
    return letterhead;
  };
  return found.filter(
    (e) =>
      !CONTACT_TYPES.has(e.type) || (!organisationLine(e.start) && !(letterheadValue(e) && letterheadLine(e.start))),
  );
}

/**
 * Whether the line is a firm's imprint line: it names a firm by its legal form and bears a copyright notice or a
 * register number, or the copyright line under it names the firm this line names. Privacy first, a line is none
 * when it marks its values as someone's own, or when its block (the lines above it up to a blank one, and the
 * copyright line) names a sole trader's owner: a hostile caller who writes "© 2026 Acme GmbH" under a victim's
 * address hides nothing.
 */
function isImprintLine(text: string, lineStart: number, lineEnd: number, aboveNamesNoOne = false): boolean {
  const line = text.slice(lineStart, lineEnd);
  if (PERSONAL_CUE.test(line) || OWNER_CUE.test(line) || ownerAbove(text, lineStart)) return false;
  if (LEGAL_FORM.test(line) && REGISTER_NUMBER.test(line)) return true;
  // A signature's last line with the register number under the line naming the firm by its legal form ("Team Angebote
  // · Glanzwerk Gebäudereinigung Leipzig GmbH\nTel. 0341 2290 410 · Handelsregister HRB 30118"; round 48, set 45):
  // the two lines are one imprint. Not where the line above names a person or a sole trader's owner.
  if (aboveNamesNoOne && REGISTER_NUMBER.test(line) && lineStart > 0) {
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const above = text.slice(Math.max(aboveStart, lineStart - 201), lineStart - 1);
    if (LEGAL_FORM.test(above) && !PERSONAL_CUE.test(above) && !OWNER_CUE.test(above)) return true;
  }
  // A notice on the line itself: the firm it names is named once more (its name before, or its domain).
  if (COPYRIGHT.test(line)) return LEGAL_FORM.test(line) && namesFirmAgain(line, line);
  // The next line that is not blank (at most two lines on).
  let next = lineEnd + 1;
  for (let i = 0; i < 2 && next < text.length; i++) {
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd === -1) nextEnd = text.length;
    const after = text.slice(next, Math.min(nextEnd, next + 200));
    if (after.trim()) {
      if (!COPYRIGHT_LINE.test(after) || !LEGAL_FORM.test(after) || OWNER_CUE.test(after)) return false;
      // The firm of the copyright line is the one this line names (its name or its domain).
      return namesFirmAgain(after, line);
    }
    next = nextEnd + 1;
  }
  return false;
}

/** A switchboard's number: its extension 0, the exchange ("0951 40677-0", "+49 441 92018-0"). */
const SWITCHBOARD = /[-–][ \t]?0$/;
/**
 * The first part of a letterhead line, up to its first separator: " · " (a "." in the normalised view), " | ",
 * " – ", ", ". Bounded, so linear.
 */
const FIRST_PART = /^[ \t]*([^\n]{2,80}?)(?:[ \t]+[·.|–—-][ \t]+|,[ \t])/u;
/** A street number or a postcode after the firm's name: the line goes on with the firm's address. */
const ADDRESS_PART = /\d/;
/**
 * The words of a firm's name only: each opens with a capital, a digit or "&", but for the joining words names hold
 * ("und", "of", "für", "van"). A sentence before the legal form ("I bought from Acme Ltd, please send …") is no
 * letterhead: the address after it is the writer's.
 */
const NAME_WORD = String.raw`(?:[\p{Lu}\p{N}&]\S*|und|and|of|for|für|der|die|das|den|des|de|du|la|le|van|von|zu|zum|zur|am|an|im|in|e\.K\.?)`;
const NAME_WORDS = new RegExp(`^${NAME_WORD}(?:[ \t]+${NAME_WORD})*$`, 'u');

/**
 * Whether the line is a firm's letterhead: the document's first line that is not blank, opening with the firm's
 * name in its legal form, then its address or phone ("Pietät Morgenrot GmbH · Hainweg 4 · 96047 Bamberg · Tel. …",
 * "Keystone Collections Inc. · 400 Market Street"). A letter's head is its sender's: a firm's own address and
 * switchboard (a person's name on the line keeps its values: withoutOrganisationContacts; its mailbox and other
 * numbers stay, as the labelled sets label a firm's role mailbox and direct numbers in a letter).
 */
function isLetterhead(line: string): boolean {
  if (PERSONAL_CUE.test(line) || OWNER_CUE.test(line)) return false;
  const first = FIRST_PART.exec(line);
  return (
    first !== null &&
    LEGAL_FORM.test(first[1]) &&
    NAME_WORDS.test(first[1].trim()) &&
    ADDRESS_PART.test(line.slice(first[0].length))
  );
}

/** Whether `line` names the firm of the copyright notice in `notice` outside that notice (its name or its domain). */
function namesFirmAgain(notice: string, line: string): boolean {
  const m = COPYRIGHT_FIRM.exec(notice);
  if (!m) return false;
  const firm = m[1].toLowerCase();
  const lower = line.toLowerCase();
  const first = lower.indexOf(firm);
  if (notice !== line) return first !== -1;
  // The same line: a mention other than the notice's own.
  const own = m.index + m[0].length - m[1].length;
  return first !== -1 && (first !== own || lower.indexOf(firm, own + firm.length) !== -1);
}

/** Whether one of the three lines above (up to a blank line) names a sole trader's owner. */
function ownerAbove(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let i = 0; i < 3 && end > 0; i++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(Math.max(start, end - 200), end);
    if (!above.trim()) return false;
    if (OWNER_CUE.test(above)) return true;
    end = start - 1;
  }
  return false;
}
