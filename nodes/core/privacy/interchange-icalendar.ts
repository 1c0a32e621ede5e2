import type { Entity } from './entities.js';
import { FIELD_SCORE, type ClosedField, type FieldReading, type Span } from './interchange.js';
import { contentLines, jcalProperties, type CalendarProperty } from './interchange-icalendar-lines.js';
import { birthDates } from './birth-dates.js';
import { organisationUser } from './calendar-users.js';
import { namelessMailbox } from './role-mailboxes.js';
import { FREE_MAIL } from './firm-signatures.js';
import { isKnownName } from './name-list.js';
import { readsAsPersonName } from './person-named-value.js';

/**
 * iCalendar (RFC 5545), the same text inside CalDAV's `calendar-data` (RFC 4791) and jCal (RFC 7265),
 * read by one property table: what a property holds is given by its name, not by the words around it.
 */
const HINT =
  /BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL)|^[ \t]*(?:ATTENDEE|ORGANIZER)(?:;|:mailto:)|\[\s*"v(?:calendar|event|todo)"/m;
const JCAL_HINT = /\[\s*"v(?:calendar|event|todo|journal)"/i;

/**
 * Properties that hold identifiers, stamps, rules and codes (RFC 5545 3.7, 3.8): never a person's value.
 * UID is "a globally unique identifier" often written `uuid@host` (3.8.4.7): no mailbox. DTSTART is
 * read apart (a birthday's start is a date of birth).
 */
const IMPERSONAL = new Set([
  'UID',
  'DTSTAMP',
  'CREATED',
  'LAST-MODIFIED',
  'SEQUENCE',
  'PRODID',
  'VERSION',
  'CALSCALE',
  'METHOD',
  'TZID',
  'TZNAME',
  'TZOFFSETFROM',
  'TZOFFSETTO',
  'RRULE',
  'EXDATE',
  'RDATE',
  'RECURRENCE-ID',
  'DTEND',
  'DUE',
  'DURATION',
  'STATUS',
  'TRANSP',
  'CLASS',
  'PRIORITY',
  'X-WR-TIMEZONE',
]);
/** Parameters whose values are codes (RFC 5545 3.2): everything but the common name (CN) and addresses. */
const PERSONAL_PARAMS = new Set(['CN', 'SENT-BY', 'DIR', 'EMAIL', 'DELEGATED-TO', 'DELEGATED-FROM', 'MEMBER']);
/** Calendar users (RFC 5545 3.8.4.1, 3.8.4.3): their CN parameter names them, their value is a mailbox. */
const CALENDAR_USERS = new Set(['ATTENDEE', 'ORGANIZER']);
/** A calendar user that is no person (CUTYPE, RFC 5545 3.2.3). */
const NOT_A_PERSON = /^(?:ROOM|RESOURCE|GROUP|UNKNOWN)$/i;
/** A display name: letters, blanks, hyphens, apostrophes and dots, one "Surname, Given" comma at most; no digits. */
const NAME_VALUE = /^\p{L}[\p{L}\p{M}'’.-]*(?:,?[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,4}$/u;
/** The score of a birthday's person (as sure as calendar-names.ts's CN: the summary says whose birthday it is). */
const NAME_SCORE = 0.9;

/** A birthday's words (SUMMARY, CATEGORIES, a calendar's name) in the languages of the sets. */
const BIRTHDAY =
  /birthday|b-?day|geburtstag|anniversaire|cumplea[ñn]os|compleanno|verjaardag|urodziny|f[öo]delsedag|f[øo]dselsdag|syntym[äa]p[äa]iv[äa]|anivers[áa]rio|narozeniny|sz[üu]let[ée]snap/i;
/** A DATE value (RFC 5545 3.3.4: YYYYMMDD; jCal 3.3.4: YYYY-MM-DD). */
const DATE_VALUE = /^((?:18|19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])$/;

const MAILBOX = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** A phone number's run of digits in free text ("0800 225 252", "+49 951 40677-0"). */
const PHONE_RUN = /\+?\d[\d \t()/-]{4,}\d/g;
const FREE_TEXT = new Set(['DESCRIPTION', 'LOCATION', 'COMMENT', 'CONTACT', 'SUMMARY']);
/**
 * A case, file, grave or register number after its label at the start of a text line ("Sterbefall-Nr.
 * 2024/756", "Case ref. PR-79996", "Az.: 88/25"): a file's number, never a phone. Only labels of files:
 * a person's number ("RV-Nr.", "Ausweis-Nr.", "Tel.-Nr.") keeps its findings.
 */
const REFERENCE =
  /(?:^|\n)[ \t]*(?:(?:Sterbefall|Fall|Vorgangs?|Grab|Akten|Register|Auftrags?|Urkunden)-?Nr|Az|Aktenzeichen|Case[ \t]+(?:ref|no|number)|File[ \t]+(?:ref|no)|Grave[ \t]+no|Plot)\.?:?[ \t]+([\p{L}\p{N}]*\d[\p{L}\p{N}/.-]*\d)/giu;
/** A birthday's summary around its person: "Anna Berg – Geburtstag", "Anna Berg’s birthday", "Birthday: Anna Berg". */
const BIRTHDAY_SUMMARY = new RegExp(
  `^(?:(?:${BIRTHDAY.source})[ \t]*[:–—-][ \t]*(.+)|(.+?)(?:[ \t]*[–—:-][ \t]*|’s[ \t]+|'s[ \t]+)(?:${BIRTHDAY.source}))[ \t]*$`,
  'iu',
);

/** A component's properties between its BEGIN and END (or jCal's component array). */
interface Component {
  properties: CalendarProperty[];
}

export function icalendarFields(text: string): FieldReading | undefined {
  if (!HINT.test(text)) return undefined;
  const properties = [...(JCAL_HINT.test(text) ? jcalProperties(text) : []), ...contentLines(text)];
  if (properties.length === 0) return undefined;
  const personal: Entity[] = [];
  const impersonal: Span[] = [];
  const closed: ClosedField[] = [];
  const method = properties
    .find((p) => p.name === 'METHOD')
    ?.value.trim()
    .toUpperCase();
  const calendarName = properties.find((p) => p.name === 'X-WR-CALNAME')?.value ?? '';
  for (const component of components(properties)) {
    readComponent(component, method === 'PUBLISH', calendarName, personal, impersonal, closed);
  }
  return { personal, impersonal, closed };
}

/** Properties grouped by component: a new one at each BEGIN (iCalendar) or each `["vevent"` (jCal). */
function components(properties: CalendarProperty[]): Component[] {
  const out: Component[] = [{ properties: [] }];
  for (const p of properties) {
    if (p.name === 'BEGIN' || p.name === 'END') out.push({ properties: [] });
    else out[out.length - 1].properties.push(p);
  }
  return out;
}

function readComponent(
  { properties }: Component,
  publicCalendar: boolean,
  calendarName: string,
  personal: Entity[],
  impersonal: Span[],
  closed: ClosedField[],
): void {
  const stamp = properties.find((p) => p.name === 'DTSTAMP' || p.name === 'CREATED')?.value.slice(0, 4);
  const yearly = properties.some((p) => p.name === 'RRULE' && /FREQ=YEARLY/i.test(p.value));
  const birthday =
    yearly &&
    properties.some(
      (p) =>
        ((p.name === 'SUMMARY' || p.name === 'CATEGORIES') && BIRTHDAY.test(p.value)) ||
        (p.name.startsWith('X-') && /BIRTHDAY/i.test(p.name)),
    );
  const firmMailboxes = new Set<string>();
  const firmNames: string[] = [];
  let attendees = 0;
  for (const p of properties) {
    for (const param of p.params) if (!PERSONAL_PARAMS.has(param.name)) impersonal.push(param.span);
    if (IMPERSONAL.has(p.name) && !(p.name === 'UID' && personalMailbox(p.value))) impersonal.push(p.span);
    else if (p.name === 'DTSTART') {
      // A yearly birthday's start is the date of birth when its year is not the year the entry was made.
      const date = DATE_VALUE.exec(p.value.trim());
      if (birthday && date && date[1] !== stamp)
        personal.push({ type: 'DATE_OF_BIRTH', ...p.span, score: FIELD_SCORE });
      else impersonal.push(p.span);
    } else if (CALENDAR_USERS.has(p.name)) {
      if (p.name === 'ATTENDEE') attendees++;
      const firm = readUser(p, calendarName, closed);
      if (firm === undefined) continue;
      firmMailboxes.add(mailboxOf(p.value).toLowerCase());
      if (firm !== '') firmNames.push(firm);
    }
  }
  // A firm's own mailbox written again in the text, and in a public event of a firm (no attendees) its phones too.
  const firmEvent = publicCalendar && attendees === 0 && firmMailboxes.size > 0;
  for (const p of properties) {
    if (!FREE_TEXT.has(p.name) || p.value.length > 5000) continue;
    readFreeText(p, birthday, personal, impersonal);
    if (p.name === 'LOCATION') readVenue(p, firmNames, closed);
    for (const m of p.value.matchAll(MAILBOX)) {
      if (firmMailboxes.has(m[0].toLowerCase()) || (firmEvent && namelessMailbox(m[0])))
        closed.push(spanIn(p, m.index, m.index + m[0].length));
    }
    if (firmEvent)
      // Impersonal, not closed: a phone written in a sentence ("Rückfragen an Anna Berg 0171 …") is still someone's.
      for (const m of p.value.matchAll(PHONE_RUN)) impersonal.push(spanIn(p, m.index, m.index + m[0].length));
  }
}

/**
 * A UID written as a person's mailbox ("doris.quelling@gmail.com": some clients take the owner's address):
 * a piece of its local part is a known name, or its domain is a free-mail provider's ("kqz77@web.de": no calendar
 * server mints ids there). A generated id ("4f1c…@host", "evt-1@host") is none.
 */
function personalMailbox(value: string): boolean {
  const m = /^([^\s@]+)@([^\s@]+\.\p{L}{2,})$/u.exec(value.trim());
  if (m === null) return false;
  if (
    m[2]
      .toLowerCase()
      .split('.')
      .some((label) => FREE_MAIL.has(label))
  )
    return true;
  return m[1].split(/[._+-]/).some((piece) => piece.length > 2 && isKnownName(piece));
}

/** "mailto:a@b" → "a@b". */
const mailboxOf = (value: string) => value.trim().replace(/^mailto:/i, '');

/**
 * An ATTENDEE's or ORGANIZER's mailbox: an organisation's own is impersonal (its CN is left out by
 * calendar-names.ts, which reads a person's CN early, so that the name is known through the text).
 * Returns the organisation's CN ('' without one), undefined for a person.
 */
function readUser(p: CalendarProperty, calendarName: string, closed: ClosedField[]): string | undefined {
  const cutype = p.params.find((q) => q.name === 'CUTYPE')?.value;
  const cnParam = p.params.find((q) => q.name === 'CN');
  const cn = cnParam ? cnParam.value.trim() : undefined;
  const mailbox = mailboxOf(p.value);
  const organisation =
    (cutype !== undefined && NOT_A_PERSON.test(cutype)) ||
    organisationUser(cn, mailbox) ||
    // A calendar named after its owner ("Doris Quelling") is hers: her CN in it stays a person's.
    (cn !== undefined && cn !== '' && cn === calendarName.trim() && !readsAsPersonName(cn));
  if (organisation) {
    if (/@/.test(mailbox)) closed.push(p.span);
    return cn ?? '';
  }
  return undefined;
}

/** The original span of part of a property's value (read unfolded: a fold inside stays inside the span). */
function spanIn(p: CalendarProperty, from: number, to: number): Span {
  return { start: p.offset(from), end: p.offset(to - 1) + 1 };
}

/**
 * A TEXT value (RFC 5545 3.3.11) read unescaped ("\\n" a line break, "\\," a comma) and unfolded, at the
 * same length so that every index stays the value's: a date of birth broken by a fold or glued to an
 * escaped line break is read, a case number after its label is no phone, a birthday's person is a name.
 */
function readFreeText(p: CalendarProperty, birthday: boolean, personal: Entity[], impersonal: Span[]): void {
  const value = p.value.replace(/\\[nN]/g, ' \n').replace(/\\([,;\\])/g, ' $1');
  for (const m of value.matchAll(REFERENCE)) {
    const at = m.index + m[0].length - m[1].length;
    impersonal.push(spanIn(p, at, at + m[1].length));
  }
  if (p.name !== 'SUMMARY') {
    for (const e of birthDates(value)) personal.push({ ...e, ...spanIn(p, e.start, e.end) });
    return;
  }
  if (!birthday) return;
  const m = BIRTHDAY_SUMMARY.exec(value.trim());
  const name = m ? (m[1] ?? m[2]).trim() : '';
  if (!NAME_VALUE.test(name)) return;
  const at = value.indexOf(name);
  personal.push({ type: 'PERSON', ...spanIn(p, at, at + name.length), score: NAME_SCORE });
}

/** What a venue's location holds of the venue's own. */
const VENUE_VALUES = ['POSTAL_ADDRESS', 'PHONE_NUMBER', 'EMAIL_ADDRESS'] as const;

/** Where a location goes on from the venue to a person or a second place. */
const HAND_OVER =
  /(?:^|[^\p{L}])(?:c\/o|bei|chez|presso|home of|house of|zu Hause|privat|danach|anschließend|afterwards|then|followed by)(?![\p{L}])|;/iu;

/** A venue of the trades: its address is the organisation's (a chapel's, a cemetery's, a crematorium's). */
const VENUE =
  /^(?:chapel|chapel of rest|hall of rest|cemetery|crematorium|memorial park|funeral home|kapelle|friedhofskapelle|trauerhalle|aussegnungshalle|friedhof|krematorium|bestattungshaus|aula)$/iu;

/**
 * A LOCATION (RFC 5545 3.8.1.7) that names a venue first ("Chapel\\, 5 Lincoln Row\\, …", "Trauerhalle\\,
 * …") or the organiser that is a firm ("Fernhallow Cemetery Office\\, …"): the address after it is the
 * venue's or the firm's own, not a person's home.
 */
function readVenue(p: CalendarProperty, firmNames: string[], closed: ClosedField[]): void {
  // The scanner's view may have dropped the escape before the comma already (normalize.ts).
  const comma = p.value.indexOf(',');
  if (comma <= 0) return;
  const head = p.value.slice(0, comma).replace(/\\$/, '').trim();
  if (!VENUE.test(head) && !firmNames.includes(head)) return;
  // The whole value (an address reader may take the venue's word into the address it finds), but only its
  // address and contact numbers: a person named in a location ("…, bei Anna Berg") stays someone's. A
  // location that goes on to a person's home ("c/o Anna Berg, …", "danach bei …", "; …") is closed up to there.
  const handOver = HAND_OVER.exec(p.value.slice(comma));
  const end = handOver ? spanIn(p, 0, comma + handOver.index).end : p.span.end;
  closed.push({ start: p.span.start, end, types: VENUE_VALUES });
}
