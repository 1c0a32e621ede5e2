import type { Entity } from './entities.js';
import { firstFrom } from './sorted-spans.js';
import { LineIndex } from './line-index.js';
import { OWNER_CUE, personalPhone } from './organisation-contacts.js';
import { personalMailbox } from './role-mailboxes.js';
import { namesSomeone } from './config-infrastructure.js';
import { inPersonDirectoryEntry } from './directory-entries.js';
import { isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';

/**
 * An organisation's own account, line and mailbox in a configuration file or in its own prose are no person's
 * (GDPR Art. 4(1)):
 *
 * 1. a configuration KEY naming the organisation's own value or a service (`SEPA_CREDITOR_IBAN=…`, `CLUB_IBAN`,
 *    `SUPPORT_PHONE: …`, `event_office: …`, `SMTP_FROM=…`, `MAIL_FROM_ADDRESS=…`, `SUPPORT_MAILBOX: …`): the SEPA
 *    creditor is the collecting organisation (EPC SDD Rulebook, "Creditor Identifier"), a sender address is the
 *    system's, a support line is a desk's;
 * 2. a TOML section naming an organisation (`[club]`, `[verein]`, `[company]`) whose `name` is a club's or a firm's
 *    ("… e.V.", "… Ltd", "Skiclub …"): its iban, phone and mail values are that body's, and its name is no person;
 * 3. prose: an account introduced as the club's or firm's ("Vereinskonto: …", "Zahlung per Rechnung an IBAN …"), an
 *    office's, box office's, Geschäftsstelle's or practice's line, or a fax number.
 *
 * Privacy first, a value stays a person's when its key names a person or a private use (`TREASURER_IBAN`,
 * `ONCALL_PHONE`, `ESCALATION_CONTACT`, `DEBTOR_IBAN`, `TEST_IBAN`, `*_PRIVATE`), when a comment on the line above
 * names a person's account ("# Testkonto (echtes Konto von …)"), when a mailbox looks personal ("anna.berg@"), when
 * a phone is a mobile, when a PERSON stands on its line before it, or when the line says "privat", "mobile", "my".
 */

/** A config line up to its value: optional list dash or `export`, a key, ":" or "=", an optional quote. Linear. */
const KEY_BEFORE_VALUE =
  /^[ \t]*(?:-[ \t]+)?(?:export[ \t]+)?["']?([A-Za-z][\w.-]{0,60})["']?[ \t]*([:=])[ \t]*["']?$/u;
/** Key words naming the organisation's own value or a service's (each a whole piece of the key). */
const ORGANISATION_KEY_WORDS = new Set([
  'creditor',
  'club',
  'verein',
  'support',
  'office',
  'hotline',
  'helpdesk',
  'noreply',
  'mailbox',
  'company',
]);
/** Key words naming a person or a private use: the value stays a person's whatever else the key says. */
const PERSON_KEY_WORDS = new Set([
  'treasurer',
  'kassier',
  'kassenwart',
  'oncall',
  'escalation',
  'private',
  'privat',
  'personal',
  'debtor',
  'test',
  'member',
  'owner',
  'home',
  'mobile',
  'handy',
  'cell',
  'user',
  'customer',
  'athlete',
  'emergency',
  'contact',
  'admin',
  'manager',
  'coach',
  'trainer',
]);
/** A sender key: `SMTP_FROM`, `MAIL_FROM_ADDRESS`, `EMAIL_FROM` (the system's sender, not a person's). */
const SENDER_KEY = /^(?:smtp|mail|email)(?:from)/;
/** A comment line saying the next value is a person's ("# Testkonto (echtes Konto von …)", "# real account of …"). */
const PERSONAL_COMMENT =
  /^[ \t]*(?:#|\/\/|;)[^\n]*(?:privat|private|personal|persönlich|echte[sn]? Konto|real account|own account|eigene[sn]? Konto|\bvon \p{Lu}|\bof \p{Lu})/iu;

/** The pieces of a key, lower case: split at `_`, `.`, `-` and camel-case humps. */
export function keyPieces(key: string): string[] {
  return key
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_.-]+/)
    .filter((p) => p.length > 0);
}

/**
 * Whether a key is written as a configuration key, not a prose label ("Office: +44 …" may be a person's office line):
 * pieces joined by "_" or "." or camel case ("SUPPORT_PHONE", "event_office", "smtpFrom"), or one word in capitals
 * assigned with "=" ("HOTLINE=…").
 */
function configKey(key: string, separator: string): boolean {
  return /[_.]/.test(key) || /[a-z][A-Z]/.test(key) || (separator === '=' && /^[A-Z0-9]+$/.test(key));
}

/** Whether a config key names the organisation's own value or a service's, and no person's. */
function organisationKey(key: string): boolean {
  const pieces = keyPieces(key);
  if (pieces.some((p) => PERSON_KEY_WORDS.has(p))) return false;
  const joined = pieces.join('');
  // "event_office", "SUPPORT_PHONE", "SEPA_CREDITOR_IBAN", "CLUB_IBAN", "SUPPORT_MAILBOX"; "SMTP_FROM", "MAIL_FROM_ADDRESS".
  return pieces.some((p) => ORGANISATION_KEY_WORDS.has(p)) || SENDER_KEY.test(joined);
}

/** TOML section names that name an organisation. */
const ORGANISATION_SECTION =
  /^[ \t]*\[(?:club|verein|company|firm|organi[sz]ation|society|association|business|studio|gym)\][ \t]*$/iu;
/** Any TOML section header (where the section ends). */
const SECTION_HEADER = /^[ \t]*\[{1,2}[^\]\n]{1,80}\]{1,2}[ \t]*$/u;
/** The section's `name = "…"`. */
const NAME_ENTRY = /^[ \t]*name[ \t]*=[ \t]*["']([^"'\n]{2,120})["'][ \t]*$/u;
/** A club's or a firm's name: a legal form or a club word. */
const ORGANISATION_NAME =
  /(?:^|[^\p{L}])(?:e\.[ \t]?V\.|GmbH|AG|Ltd|Limited|LLC|Inc|plc|B\.?V\.?|S\.?A\.?|KG|\p{L}*(?:club|klub|verein|verband|liga|league)|SC|FC|SV|TSV|TSG|VfB|VfL|Studios?|Fitness|Gym|Marathon|Sports?|Athletics|Harriers|Society|Association)(?![\p{L}])/iu;
/** Keys of a section whose values are the organisation's own. */
const OWN_VALUE_KEY =
  /^[ \t]*(?:iban|bic|account|konto|creditor_id|phone|tel|telephone|telefon|fax|email|mail|e_mail|hotline)[ \t]*=/iu;
/** How far a config key's value may stand from its line's start (a key, a separator, a quote). */
const KEY_REACH = 100;
/** How far either side of a prose value its line is read for labels and cues. */
const LINE_REACH = 160;
/** How many lines up a value looks for its section header (a config section is short). */
const SECTION_REACH = 40;

/** Prose labels right before an account saying it is the club's or firm's. */
const ORGANISATION_ACCOUNT_LABEL =
  /(?:^|[^\p{L}])(?:Vereinskonto|Clubkonto|Klubkonto|Firmenkonto|club account|company account|Zahlung (?:per Rechnung )?an IBAN)[^\n]{0,60}$/iu;
/**
 * Prose labels right before a phone number saying it is a unit's line: a unit's label opening the line or a part of
 * it ("Geschäftsstelle: …", "| Sekretariat …"), "our box office", or "an die Praxis, Telefon". Linear.
 */
const ORGANISATION_LINE_LABEL =
  /(?:(?:^|[|·•;][ \t]*)(?:Geschäftsstelle|Sekretariat|Vereinsbüro)[ \t]*:?|(?:our|unsere?r?)[ \t]+(?:box[ \t]+office|Geschäftsstelle)|an[ \t]+die[ \t]+Praxis,?[ \t]+Telefon)[ \t]*$/iu;
/**
 * "Office" opening a line or a part of it, or "Fax", right before the number: a unit's only on a line naming the
 * organisation ("Office +44 … | www.…", "Geschäftsstelle: …, Fax …"). Alone, "Office: +44 …" may be a person's own
 * office line, and a farm's "…, Fax 05233 …" is the farmer's: they stay.
 */
const OFFICE_OR_FAX_LABEL = /(?:(?:^|[|·•;][ \t]*)Office[ \t]*:?|(?:^|[^\p{L}])(?:Fax|Telefax)[ \t]*[:.]?)[ \t]*$/iu;
const ORGANISATION_ON_LINE =
  /(?:^|[^\p{L}])(?:Geschäftsstelle|Sekretariat|Vereinsbüro|e\.[ \t]?V\.|GmbH|Ltd|Limited|Inc|LLC|plc)(?![\p{L}])|www\.\p{L}/iu;

/** Words on the line making a value someone's own. */
export const OWN_CUE =
  /(?:^|[^\p{L}])(?:privat\p{L}*|private|persönlich|personal|home|zuhause|zu[ \t]+hause|daheim|mobile?|mobil|handy|cell|my|mein\p{L}{0,2}|direkt|direct|Durchwahl)(?![\p{L}])/iu;
/** "kein privater Kontakt", "not a private line": the cue denied. Fixed words, bounded: linear. */
const DENIED_OWN =
  /(?:^|[^\p{L}])(?:kein\p{L}{0,2}|nicht|not(?:[ \t]+a)?|no)[ \t]+(?:privat\p{L}{0,2}|private|persönlich\p{L}{0,2}|personal)(?![\p{L}])/giu;
/** A line with its denied personal cues blanked ("an ansetzung@… (kein privater Kontakt)" calls the box no one's own). */
export function withoutDeniedOwnCues(line: string): string {
  return line.replace(DENIED_OWN, ' ');
}

export function withoutConfigOrganisationValues(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'IBAN_CODE' || e.type === 'PHONE_NUMBER' || e.type === 'EMAIL_ADDRESS'))
    return found;
  const lines = new LineIndex(text);
  const persons = found.filter((e) => e.type === 'PERSON');
  const sectionNames: Array<[number, number]> = [];
  const dropped = new Set<Entity>();
  for (const e of found) {
    if (e.type !== 'IBAN_CODE' && e.type !== 'PHONE_NUMBER' && e.type !== 'EMAIL_ADDRESS') continue;
    const line = lines.lineOf(e.start);
    const lineStart = lines.lineStart(line);
    // Bounded reads (a flattened page is one long line): a config key stands within KEY_REACH of its line's start,
    // prose cues within LINE_REACH of the value.
    const keyLine = e.start - lineStart <= KEY_REACH;
    const before = text.slice(Math.max(lineStart, e.start - LINE_REACH), e.start);
    const value = text.slice(e.start, e.end);
    const lineText = text.slice(
      Math.max(lineStart, e.start - LINE_REACH),
      Math.min(lines.lineEnd(line), e.end + LINE_REACH),
    );
    if (!ownValue(e.type, value, lineText)) continue;
    const key = keyLine ? KEY_BEFORE_VALUE.exec(before) : null;
    if (key) {
      // A person's directory entry (`GivenName : …` beside `OfficePhone : …`): every value in it is the user's own.
      if (inPersonDirectoryEntry(text, lines, line)) continue;
      // A person or an owner's word on the value's line or in a comment right above or below it
      // ("creditor_iban = … # mein Konto", "# Kassiererin Anna Berg") makes the value theirs, whatever the key says.
      if (personBeside(text, lines, line, persons) || OWN_CUE.test(withoutDeniedOwnCues(lineText))) continue;
      // A comment on the line naming someone ("CLUB_PHONE=… # Kerstin") makes it theirs.
      const comment = /[ \t][#;][^\n]*$/u.exec(lineText);
      if (comment && namesSomeone(comment[0])) continue;
      if (personalComment(text, lines, line)) continue;
      if (configKey(key[1], key[2]) && organisationKey(key[1]) && !personalComment(text, lines, line)) dropped.add(e);
      else if (OWN_VALUE_KEY.test(before)) {
        const section = organisationSection(text, lines, line);
        if (section) {
          dropped.add(e);
          sectionNames.push(section);
        }
      }
      continue;
    }
    // Prose: a person named before the value on its line or on the line above (a signature), or after it in its own
    // clause ("Geschäftsstelle: 05233 … (Kerstin Wollmann)"), keeps it; a later clause (", oder direkt an den
    // Therapeuten", "| www… | …") speaks of another contact. So does an owner's cue.
    const clauseAfter = /^[^,;|\n]{0,60}/u.exec(text.slice(e.end, e.end + 60))![0];
    const from = line > 0 ? lines.lineStart(line - 1) : lineStart;
    if (persons.some((p) => p.start >= from && p.end <= e.end + clauseAfter.length)) continue;
    // A sole trader's own account or line ("Geschäftskonto der Inhaberin") is hers.
    const ownClause = before + clauseAfter;
    if (OWN_CUE.test(withoutDeniedOwnCues(ownClause)) || OWNER_CUE.test(lineText)) continue;
    if (e.type === 'IBAN_CODE' && ORGANISATION_ACCOUNT_LABEL.test(before)) dropped.add(e);
    if (e.type !== 'PHONE_NUMBER') continue;
    const label = before.slice(-60);
    if (ORGANISATION_LINE_LABEL.test(label) || (OFFICE_OR_FAX_LABEL.test(label) && ORGANISATION_ON_LINE.test(lineText)))
      dropped.add(e);
  }
  if (dropped.size === 0) return found;
  // A phone read inside a dropped account's digits ("GB57 HBUK 0969 4110 …") is part of that account.
  const accounts = [...dropped].filter((e) => e.type === 'IBAN_CODE');
  return found.filter(
    (e) =>
      !dropped.has(e) &&
      !(e.type === 'PHONE_NUMBER' && accounts.some((a) => e.start >= a.start && e.end <= a.end)) &&
      !(e.type === 'PERSON' && sectionNames.some(([start, end]) => e.start >= start && e.end <= end)),
  );
}

/** Whether a value can be an organisation's by itself: no personal-looking mailbox, no mobile. */
export function ownValue(type: string, value: string, lineText: string): boolean {
  if (type === 'EMAIL_ADDRESS') return /^[^\s@]+@[^\s@]+$/u.test(value) && !personalMailbox(value);
  if (type === 'PHONE_NUMBER') return !personalPhone(value, lineText);
  return true;
}

/** A comment line (`#`, `;`, `//`). */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|;)/;

/**
 * Whether a PERSON stands on the value's line or on a comment line right above it (a config comment describes the
 * line below it: a comment after the value belongs to the next key).
 */
function personBeside(text: string, lines: LineIndex, line: number, persons: Entity[]): boolean {
  let from = lines.lineStart(line);
  const to = lines.lineEnd(line);
  if (line > 0 && COMMENT_LINE.test(text.slice(lines.lineStart(line - 1), lines.lineStart(line - 1) + 20)))
    from = lines.lineStart(line - 1);
  return persons.some((p) => p.start >= from && p.end <= to);
}

/** Whether the line above is a comment naming a person's or a private account. */
function personalComment(text: string, lines: LineIndex, line: number): boolean {
  if (line === 0) return false;
  return PERSONAL_COMMENT.test(text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)));
}

/**
 * The span of the organisation's `name` value when the line sits in a TOML section naming an organisation whose name
 * is a club's or a firm's; undefined otherwise.
 */
function organisationSection(text: string, lines: LineIndex, line: number): [number, number] | undefined {
  let header = -1;
  for (let l = line - 1; l >= 0 && l >= line - SECTION_REACH; l--) {
    // A header line is short: read at most 200 characters of each line looked at.
    const t = text.slice(lines.lineStart(l), Math.min(lines.lineEnd(l), lines.lineStart(l) + 200));
    if (SECTION_HEADER.test(t)) {
      if (ORGANISATION_SECTION.test(t)) header = l;
      break;
    }
  }
  if (header < 0) return undefined;
  const last = lines.lineOf(text.length);
  for (let l = header + 1; l <= last && l <= header + SECTION_REACH; l++) {
    const start = lines.lineStart(l);
    const t = text.slice(start, Math.min(lines.lineEnd(l), start + 200));
    if (SECTION_HEADER.test(t)) break;
    const name = NAME_ENTRY.exec(t);
    // "Kerstin Wollmann Fitness": a sole trader's business carries her name, and its account is hers.
    if (name && ORGANISATION_NAME.test(name[1]) && !namesSomeone(name[1])) {
      const at = start + t.indexOf(name[1]);
      return [at, at + name[1].length];
    }
  }
  return undefined;
}

/*
 * API payloads of a firm's scheduling and dispatch software (JSON, GraphQL responses, protobuf text, a log's
 * key="value" pairs; test set 45): the firm's own line and mailbox stand under a key that says they are the firm's,
 * read the way a config key is read above:
 * 1. a quoted value under a key naming the firm's line or desk (`"office": "…"`, `branch_phone: "…"`,
 *    `hotline: "…"`, `dispatcher_line: "…"`, `mailbox: "…"`, a GraphQL error's `"support":"…"`);
 * 2. the `phone` and `email` of an object under a firm's key (`"company":{"name":"… GmbH","phone":…,"email":…}`),
 *    and that object's `name` when it carries a firm word or legal form and no given name;
 * 3. the sender (`from="…"`) of an outgoing notification's log line (`notify.sms to="…" from="…"`);
 * 4. a comment line giving the firm's desk (`# Rückfragen: …`, `# queries: …`) or its name and line
 *    (`# Brightside Window Cleaning Leeds Ltd · 0113 …`).
 * Privacy first, a value stays a person's when it is a mobile or a mailbox with a name (ownValue), when its key or
 * its enclosing object's key names a person (`customer`, `contact`, `owner`, `tenant`, `to`, `recipient`, …), when
 * a PERSON stands in its flat object or on its comment line, when a word of someone's own is beside it ("home",
 * "privat", "my"), and when the firm's name carries a given name (a one-person firm "Jana Okafor Reinigung").
 */

/** Key pieces naming the firm's own line, desk or mailbox in a payload. */
const PAYLOAD_FIRM_KEY_WORDS = new Set([
  'office',
  'hotline',
  'branch',
  'support',
  'helpdesk',
  'servicedesk',
  'switchboard',
  'mailbox',
  'dispatch',
  'company',
  'firm',
]);
/** Key pieces naming a person in a payload: the value, or every value of the object under it, stays a person's. */
const PAYLOAD_PERSON_KEY_WORDS = new Set([
  ...PERSON_KEY_WORDS,
  'to',
  'recipient',
  'caller',
  'tenant',
  'resident',
  'holder',
  'client',
  'guest',
  'patient',
  'driver',
  'worker',
  'employee',
  'staff',
  'technician',
  'cleaner',
  'agent',
  'direct',
  'person',
  'people',
  'family',
  'given',
  'first',
  'last',
  'surname',
]);
/** Enclosing object keys naming the firm (`"company":{…}`, `organisation { … }`). */
const PAYLOAD_FIRM_OBJECT_WORDS = new Set([
  'company',
  'firm',
  'organisation',
  'organization',
  'branch',
  'business',
  'vendor',
  'provider',
  'operator',
]);
/** Keys of a firm object's contact values. */
const PAYLOAD_CONTACT_KEY =
  /^(?:phone|tel|telephone|telefon|fax|email|mail|e_?mail|hotline|office|main_?phone|main_?line)$/iu;
/** A quoted value's key right before it: `"office": "`, `branch_phone: "`, `from="`, `'support':'`. Linear. */
const PAYLOAD_KEY_BEFORE = /(?:^|[\s{,[(])["']?([A-Za-z][\w.-]{0,60})["']?[ \t]*[:=][ \t]*["']$/u;
/** An object's key right before its opening brace: `"company":{`, `company {`, `contact: {`. Linear. */
const OBJECT_KEY_BEFORE = /["']?([A-Za-z][\w.-]{0,60})["']?[ \t]*:?[ \t]*\{$/u;
/** The object's `name` value in its flat segment. */
const PAYLOAD_NAME = /["']?name["']?[ \t]*:[ \t]*["']([^"'\n{}]{2,120})["']/u;
/** A firm's word or legal form in its name: "… GmbH", "Hausmeisterdienst …", "… Laundry & Linen", "… Facility Management". */
const FIRM_NAME_WORD =
  /(?:^|[^\p{L}])(?:GmbH|AG|Ltd|Limited|LLC|Inc|plc|KG|OG|Söhne|Sons|Co\.|\p{L}*(?:dienste?|reinigung|betrieb|service|services|management|cleaning|cleaners|laundry|linen|wäscherei|pest|sweeps?|kehrer|facility|facilities|verwaltung))(?![\p{L}])/iu;
/** An outgoing notification's log line (`notify.sms`, `notify.email`, `sms.send`). */
const NOTIFY_LINE = /(?:^|[^\p{L}])(?:notify|notification|sms|smtp|mail)[._](?:sms|email|mail|send|out)\b/iu;
/** A comment line's label giving the firm's desk right before the value. */
const COMMENT_DESK_LABEL =
  /^[ \t]*(?:#|\/\/)[ \t]*(?:Rückfragen|Fragen|Anfragen|queries|questions|enquiries|inquiries)[ \t]*:[ \t]*$/iu;
/** A comment line's firm name and a separator right before the value (the scan's view reads "·" as " . "). */
const COMMENT_FIRM_NAME = /^[ \t]*(?:#|\/\/)[ \t]*([^\n#]{3,120}?)(?:[ \t]*[·•|–—]|[ \t]+[.-])[ \t]*$/u;
/** How far a payload value's flat object is read either side of it. */
const OBJECT_REACH = 400;
/** How far back the enclosing objects' keys are read (review 48: a customer's object above the value's own object). */
const ANCESTOR_REACH = 2000;
/** How many enclosing objects are read at most (deep nesting stays linear). */
const ANCESTOR_LEVELS = 8;
/** A legal form in a firm's name: a legal person, whose values are its own (no one-person firm). */
const LEGAL_FORM =
  /(?:^|[^\p{L}])(?:GmbH|gGmbH|mbH|AG|UG|SE|KG|KGaA|OG|OHG|eG|e\.[ \t]?V\.|Ltd|Limited|LLC|LLP|Inc|Corp|plc|S\.A\.|B\.V\.|N\.V\.)(?![\p{L}])/u;
/** An inbound message's words on a log line: the sender is the one replying, a customer (review 48). */
const INBOUND_LINE =
  /(?:^|[^\p{L}])(?:inbound|incoming|received|receive|reply|replied|antwort|eingehend|eingang|direction=["']?in|sms[._]in|mo)(?![\p{L}])/iu;

/**
 * The keys of the objects enclosing a position, innermost first (`"customer":{"address":{…` gives address, customer),
 * read back at most ANCESTOR_REACH characters: one backward pass, linear.
 */
function ancestorKeys(text: string, at: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let levels = 0;
  const low = Math.max(0, at - ANCESTOR_REACH);
  for (let i = at - 1; i >= low; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth > 0) depth--;
      else {
        const key = OBJECT_KEY_BEFORE.exec(text.slice(Math.max(0, i - 80), i + 1));
        if (key) keys.push(key[1]);
        if (++levels >= ANCESTOR_LEVELS) break;
      }
    }
  }
  return keys;
}

/** Whether a payload key names the firm's own line or mailbox and no person. */
function payloadFirmKey(key: string): boolean {
  const pieces = keyPieces(key);
  // A school's desk in an enrolment payload (`"schoolContact":"registrar@…"`, set 46): the school's, not a person's.
  if (pieces.length === 2 && pieces[0] === 'school' && SCHOOL_DESK_PIECES.has(pieces[1])) return true;
  if (pieces.some((p) => PAYLOAD_PERSON_KEY_WORDS.has(p))) return false;
  return pieces.some((p) => PAYLOAD_FIRM_KEY_WORDS.has(p)) || pieces.join('') === 'dispatcherline';
}

/** Whether a firm's name is one: a firm word or legal form, and no given name (a one-person firm is its owner's). */
function firmName(name: string): boolean {
  return (FIRM_NAME_WORD.test(name) || ORGANISATION_NAME.test(name)) && !namesSomeone(name);
}

/** The flat object around a position: from the last brace before it to the first brace after it (bounded). */
export function flatSegment(text: string, at: number, end: number): [number, number] {
  let from = at;
  const low = Math.max(0, at - OBJECT_REACH);
  while (from > low && text[from - 1] !== '{' && text[from - 1] !== '}') from--;
  let to = end;
  const high = Math.min(text.length, end + OBJECT_REACH);
  while (to < high && text[to] !== '{' && text[to] !== '}') to++;
  return [from, to];
}

export function withoutApiPayloadFirmValues(text: string, found: Entity[]): Entity[] {
  found = withoutPayloadBodyRecordValues(text, found);
  if (!found.some((e) => e.type === 'PHONE_NUMBER' || e.type === 'EMAIL_ADDRESS')) return found;
  const lines = new LineIndex(text);
  const persons = found.filter((e) => e.type === 'PERSON');
  const dropped = new Set<Entity>();
  const firmNames: Array<[number, number]> = [];
  for (const e of found) {
    if (e.type !== 'PHONE_NUMBER' && e.type !== 'EMAIL_ADDRESS') continue;
    const line = lines.lineOf(e.start);
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const lineText = text.slice(Math.max(lineStart, e.start - LINE_REACH), Math.min(lineEnd, e.end + LINE_REACH));
    if (!ownValue(e.type, text.slice(e.start, e.end), lineText)) continue;
    const before = text.slice(Math.max(lineStart, e.start - KEY_REACH), e.start);
    // 4. A comment line: the firm's desk or its name before the value, no person and no owner's word on the line.
    const comment = COMMENT_DESK_LABEL.test(before) ? [] : COMMENT_FIRM_NAME.exec(before);
    if (comment) {
      if (persons.some((p) => p.start >= lineStart && p.end <= lineEnd)) continue;
      if (OWN_CUE.test(withoutDeniedOwnCues(lineText)) || OWNER_CUE.test(lineText)) continue;
      if (comment.length === 0 || firmName(comment[1])) dropped.add(e);
      continue;
    }
    const key = PAYLOAD_KEY_BEFORE.exec(before);
    if (!key) continue;
    const [segStart, segEnd] = flatSegment(text, e.start, e.end);
    const segment = text.slice(segStart, segEnd);
    if (OWN_CUE.test(withoutDeniedOwnCues(segment)) || OWNER_CUE.test(segment)) continue;
    const objectKey =
      segStart > 0 && text[segStart - 1] === '{'
        ? OBJECT_KEY_BEFORE.exec(text.slice(Math.max(0, segStart - 80), segStart))
        : null;
    const objectPieces = objectKey ? keyPieces(objectKey[1]) : [];
    if (objectPieces.some((p) => PAYLOAD_PERSON_KEY_WORDS.has(p))) continue;
    // Privacy first (review 48): an object above it naming a person (`"customer":{"address":{"office":…}}`).
    if (
      segStart > 0 &&
      ancestorKeys(text, segStart).some((k) => keyPieces(k).some((p) => PAYLOAD_PERSON_KEY_WORDS.has(p)))
    )
      continue;
    const name = PAYLOAD_NAME.exec(segment);
    const nameSpan: [number, number] | undefined = name
      ? [
          segStart + name.index + name[0].indexOf(name[1]),
          segStart + name.index + name[0].indexOf(name[1]) + name[1].length,
        ]
      : undefined;
    // A firm object's name that is a firm's: the PERSON read inside it is no one.
    const firmObject = objectPieces.some((p) => PAYLOAD_FIRM_OBJECT_WORDS.has(p));
    // A firm's name without a legal form that holds a PERSON ("Okafor & Söhne", "Okafor Services"): a sole trader's or
    // a family's business, its values are its owner's (review 48).
    const ownerInName =
      name !== null &&
      nameSpan !== undefined &&
      !LEGAL_FORM.test(name[1]) &&
      persons.some(
        (p) => p.start >= nameSpan[0] && p.end <= nameSpan[1] && !FIRM_NAME_WORD.test(text.slice(p.start, p.end)),
      );
    const namedFirm = name !== null && firmName(name[1]) && !ownerInName;
    const otherPerson = persons.some(
      (p) =>
        p.start >= segStart &&
        p.end <= segEnd &&
        !(namedFirm && nameSpan && p.start >= nameSpan[0] && p.end <= nameSpan[1]),
    );
    if (otherPerson) continue;
    // An object whose name is a person's ("Jana Okafor", a one-person firm) keeps its values.
    if (name && !namedFirm) continue;
    const keyName = key[1];
    let firm = false;
    if (firmObject && (PAYLOAD_CONTACT_KEY.test(keyName) || payloadFirmKey(keyName))) firm = true;
    // 1. A firm key on a quoted value.
    else if (payloadFirmKey(keyName)) firm = true;
    // 3. The sender of an outgoing notification beside its recipient.
    else if (
      /^(?:from|sender)$/iu.test(keyName) &&
      NOTIFY_LINE.test(lineText) &&
      /(?:^|\s)to=/u.test(lineText) &&
      !INBOUND_LINE.test(lineText)
    )
      firm = true;
    if (!firm) continue;
    dropped.add(e);
    if (firmObject && namedFirm && nameSpan) firmNames.push(nameSpan);
  }
  if (dropped.size === 0) return found;
  return found.filter(
    (e) =>
      !dropped.has(e) && !(e.type === 'PERSON' && firmNames.some(([start, end]) => e.start >= start && e.end <= end)),
  );
}

/*
 * Booking and invoice payloads of an agency's software (test set 46): a record's `requester`, `customer` or
 * `supplier` may be an organisation ("Klinikum Kassel, Zentrale Notaufnahme", "Nottingham Magistrates' Court",
 * "Jobcenter Linz-Land (AMS)", "Sprachbrücke … GmbH"). Its name is no person, and the values tied to it in the same
 * flat record are the organisation's: a key prefixed with its role (`requesterPhone`, `customerEmail`,
 * `supplierPhone`), the contact values of an object under its role (`"customer":{"name":"…","email":"…"}`), a plain
 * `phone`/`email` beside it when it is the record's only party, and an invoice's plain `iban` beside its supplier.
 * Privacy first, a value stays a person's when the name carries a given name or a PERSON without an institution
 * word or legal form (a sole trader "Jana Okafor Übersetzungen"), when the value is a mobile or a person-shaped
 * mailbox (ownValue), when its key says mobile, private, home or direct, when a word of someone's own stands in the
 * value's key and value, and when another PERSON stands in the record (review 49: a patient beside `requesterPhone`).
 * A name whose only organisation words a sole trader's business carries too ("Okafor Translations", "Okafor
 * Services") and that holds a surname is its owner's (review 49).
 */

/** An institution's word in the head of a requester's or customer's name (before a comma or bracket). */
const PUBLIC_BODY_WORD =
  /(?:^|[^\p{L}])(?:Klinikum|Klinik|Kliniken|Krankenhaus|Spital|Hospital|Clinic|Infirmary|Court|Magistrates|Tribunal|\p{Lu}\p{Ll}*gericht|Gericht|Polizei\p{Ll}*|Police|Constabulary|Jobcenter|Arbeitsagentur|Agentur|AMS|\p{Lu}\p{Ll}+amt|Behörde|Services|Service|Centre|Center|Registry|Council|Ministry|Ministerium|Department|Universität|University|Landratsamt|Bezirkshauptmannschaft|Gemeinde|Stadtverwaltung|Kreisverwaltung)(?![\p{L}])/u;
/** A language-services firm's word in a supplier's name ("Corrib Translation & Interpreting"). */
const LANGUAGE_FIRM_WORD =
  /(?:^|[^\p{L}])(?:Translations?|Interpreting|Interpreters|Language|Languages|Linguistics|\p{Lu}\p{Ll}*(?:übersetzungen|dolmetschdienste?|sprachschule|kurse)|Übersetzungen|Übersetzungsbüro|Dolmetscherpool|Dolmetschdienste?|Sprachschule|Sprachendienst|Integrationskurse|School|Academy|Akademie)(?![\p{L}])/u;
/** A party's name in a payload: `"requester":"…"`, `"customer":"…"`, `"supplier":"…"` or an object's `"name":"…"`. */
const PAYLOAD_PARTY = /"(requester|customer|supplier|name)"[ \t]*:[ \t]*"([^"\n{}\\]{2,120})"/gu;
/** The roles a party's name stands under. */
const PARTY_ROLES = new Set(['requester', 'customer', 'supplier']);
/** Contact keys tied to a party: after its role (`requesterPhone`) or alone in its object (`email`). */
const PARTY_CONTACT_PIECES = new Set([
  'phone',
  'tel',
  'telephone',
  'telefon',
  'fax',
  'email',
  'mail',
  'iban',
  'hotline',
]);
/** Key pieces making a value someone's own whatever the party. */
const OWN_KEY_PIECES = new Set(['mobile', 'handy', 'cell', 'private', 'privat', 'personal', 'home', 'direct']);
/** A school's desk key's second piece (`schoolContact`, `schoolEmail`). */
const SCHOOL_DESK_PIECES = new Set(['contact', 'email', 'mail', 'phone', 'office']);

interface PartyRecord {
  role: string;
  name: [number, number];
  segment: [number, number];
  inObject: boolean;
}

/**
 * Words of an organisation that also name a one-person business after its owner (review 49: "Okafor Services",
 * "Okafor Translations", "Okafor Übersetzungsbüro", "Okafor Clinic"): beside a surname they say no organisation.
 */
const OWNER_BUSINESS_WORD =
  /^(?:Services?|Centre|Center|Clinic|Court|Hospital|Infirmary|Registry|Department|Council|Agentur|Languages?|Linguistics|\p{L}*(?:[Tt]ranslat|[Ii]nterpret|[Üü]bersetz|[Dd]olmetschdienst|dienst|service|management|cleaning|cleaners|laundry|linen|wäscherei|pest|sweep|kehrer|facilit|verwaltung|reinigung|betrieb)\p{L}*|Söhne|Sons|Co)$/u;
/** A word that is a surname and no ordinary word ("Okafor", "Jordan"; not "River", "Court"). */
const surnameWord = (word: string) => isKnownName(word) && !isEnglishWord(word) && !isDictionaryWord(word);

/**
 * Whether a party's name is an organisation's: an institution in its head or a firm's word, and no given name. A
 * name whose only such words are ones a sole trader's business carries ("Services", "Translations") and that holds a
 * surname is its owner's: no organisation, unless a legal form says so.
 */
function organisationParty(name: string, role: string): boolean {
  const head = /^[^,(]*/u.exec(name)![0];
  if (namesSomeone(head)) return false;
  const organisation =
    (role !== 'supplier' && PUBLIC_BODY_WORD.test(head)) ||
    LEGAL_FORM.test(name) ||
    FIRM_NAME_WORD.test(name) ||
    LANGUAGE_FIRM_WORD.test(name);
  if (!organisation || LEGAL_FORM.test(name)) return organisation;
  const words = head.match(/\p{L}+/gu) ?? [];
  const plain = words.filter((w) => !OWNER_BUSINESS_WORD.test(w));
  const strong = plain.some((w) => PUBLIC_BODY_WORD.test(w) || LANGUAGE_FIRM_WORD.test(w) || FIRM_NAME_WORD.test(w));
  return strong || !plain.some(surnameWord);
}

/** Contact pieces of one kind: a line, or a mailbox. */
const PHONE_PIECES = new Set(['phone', 'tel', 'telephone', 'telefon', 'mobile', 'handy', 'cell', 'mobil']);
const MAIL_PIECES = new Set(['email', 'mail']);
/** A flat record's keys (bounded segment). */
const RECORD_KEY = /"([A-Za-z][\w.-]{0,60})"[ \t]*:/g;

/**
 * Whether a flat record holds another party's contact of the same kind as a role's key (`clientPhone` beside
 * `requesterPhone`): then the person named in the record has their own, and the role's value is the role's.
 */
function othersOwnContact(segment: string, pieces: string[]): boolean {
  const kind = PHONE_PIECES.has(pieces[1]) ? PHONE_PIECES : MAIL_PIECES.has(pieces[1]) ? MAIL_PIECES : undefined;
  if (!kind) return false;
  for (const m of segment.matchAll(RECORD_KEY)) {
    const other = keyPieces(m[1]);
    if (other.length > 0 && other[0] !== pieces[0] && kind.has(other[other.length - 1])) return true;
  }
  return false;
}

/** The PERSON findings (sorted by start) lying within [from, to): read from a binary search, bounded by the span. */
function personsWithin(persons: readonly Entity[], from: number, to: number): Entity[] {
  const out: Entity[] = [];
  for (let i = firstFrom(persons, from); i < persons.length && persons[i].start < to; i++)
    if (persons[i].end <= to) out.push(persons[i]);
  return out;
}

function withoutPayloadBodyRecordValues(text: string, found: Entity[]): Entity[] {
  if (!text.includes('"requester"') && !text.includes('"customer"') && !text.includes('"supplier"')) return found;
  // Sorted by start: every look-up below is a binary search and a bounded walk (review 49: linear in many records).
  const persons = found.filter((e) => e.type === 'PERSON').sort((a, b) => a.start - b.start);
  const records: PartyRecord[] = [];
  for (const m of text.matchAll(PAYLOAD_PARTY)) {
    const start = m.index + m[0].lastIndexOf(m[2]);
    const nameSpan: [number, number] = [start, start + m[2].length];
    const [segStart, segEnd] = flatSegment(text, m.index, m.index + m[0].length);
    let role = m[1];
    const inObject = role === 'name';
    if (inObject) {
      if (segStart === 0 || text[segStart - 1] !== '{') continue;
      const objectKey = OBJECT_KEY_BEFORE.exec(text.slice(Math.max(0, segStart - 80), segStart));
      if (!objectKey) continue;
      role = objectKey[1];
    }
    if (!PARTY_ROLES.has(role)) continue;
    const name = m[2];
    if (!organisationParty(name, role)) continue;
    // A PERSON in the name with no institution or firm word of its own and no legal form: its owner's business.
    const ownerInName = personsWithin(persons, nameSpan[0], nameSpan[1]).some(
      (p) =>
        !LEGAL_FORM.test(name) &&
        !PUBLIC_BODY_WORD.test(text.slice(p.start, p.end)) &&
        !FIRM_NAME_WORD.test(text.slice(p.start, p.end)) &&
        !LANGUAGE_FIRM_WORD.test(text.slice(p.start, p.end)),
    );
    if (ownerInName) continue;
    records.push({ role, name: nameSpan, segment: [segStart, segEnd], inObject });
  }
  if (records.length === 0) return found;
  // Records come in text order, their segments (a name's flat object, at most 2 * OBJECT_REACH around it) too.
  const starts = records.map((r) => ({ start: r.segment[0] }));
  const around = (e: Entity): PartyRecord[] => {
    const out: PartyRecord[] = [];
    for (let i = firstFrom(starts, e.start - 2 * OBJECT_REACH - 160); i < records.length; i++) {
      if (records[i].segment[0] > e.start) break;
      if (e.start >= records[i].segment[0] && e.end <= records[i].segment[1]) out.push(records[i]);
    }
    return out;
  };
  const inName = (e: Entity): boolean => around(e).some((r) => e.start >= r.name[0] && e.end <= r.name[1]);
  const dropped = new Set<Entity>();
  for (const e of found) {
    if (e.type === 'PERSON') {
      if (inName(e)) dropped.add(e);
      continue;
    }
    if (e.type !== 'PHONE_NUMBER' && e.type !== 'EMAIL_ADDRESS' && e.type !== 'IBAN_CODE') continue;
    const mine = around(e);
    if (mine.length === 0) continue;
    const value = text.slice(e.start, e.end);
    const key = PAYLOAD_KEY_BEFORE.exec(text.slice(Math.max(mine[0].segment[0], e.start - 80), e.start));
    if (!key) continue;
    if (!ownValue(e.type, value, key[0] + value)) continue;
    const pieces = keyPieces(key[1]);
    if (pieces.some((p) => OWN_KEY_PIECES.has(p))) continue;
    if (OWN_CUE.test(key[0] + value)) continue;
    const [segStart, segEnd] = mine[0].segment;
    const otherPerson = personsWithin(persons, segStart, segEnd).some((p) => !inName(p));
    const contact = pieces.length > 0 && PARTY_CONTACT_PIECES.has(pieces[pieces.length - 1]);
    if (!contact) continue;
    let tied = false;
    // A person named in the same flat record (a patient beside `requesterPhone`, review 49) may be the one reached
    // there: the value stays, unless the record gives that person a line or mailbox of their own (`clientPhone`).
    if (otherPerson && (pieces.length !== 2 || !othersOwnContact(text.slice(segStart, segEnd), pieces))) continue;
    if (pieces.length === 2 && mine.some((r) => !r.inObject && r.role === pieces[0])) tied = true;
    else if (pieces.length === 1) {
      const inObject = mine.filter((r) => r.inObject);
      const flat = mine.filter((r) => !r.inObject);
      const parties = (text.slice(segStart, segEnd).match(/"(?:requester|customer|supplier)"[ \t]*:[ \t]*"/gu) ?? [])
        .length;
      if (inObject.length === 1 && parties === 0) tied = true;
      // A record with one party only; an invoice's plain account is its supplier's.
      else if (inObject.length === 0 && parties === 1 && flat.length === 1) tied = true;
      else if (pieces[0] === 'iban' && flat.some((r) => r.role === 'supplier')) tied = true;
    }
    if (tied) dropped.add(e);
  }
  if (dropped.size === 0) return found;
  return found.filter((e) => !dropped.has(e));
}
