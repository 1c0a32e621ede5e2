import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';
import { namesSomeone } from './config-infrastructure.js';
import { personalMailbox } from './role-mailboxes.js';

/**
 * Directory and identity exports (`Get-ADUser … | Format-List`, SCIM 2.0 Users, `getent passwd`): whose value is it.
 *
 * 1. A PERSON'S ENTRY (a block of `Key : value` lines with a person's name attribute: `GivenName`, `Surname`, `sn`,
 *    `cn`, `DisplayName`) holds that person's values: its `OfficePhone` is the user's own direct line, whatever the
 *    word "Office" says elsewhere (config-organisation.ts asks `inPersonDirectoryEntry` before reading a key as the
 *    organisation's).
 * 2. A SERVICE ACCOUNT's passwd line (passwd(5): `login:password:UID:GID:GECOS:home:shell`) is the organisation's:
 *    a `svc-` style login or "service" in the GECOS full name, with a system UID or a `nologin`/`false` shell. Its
 *    GECOS phone and name are no person's; a comment about "service accounts" gives a role mailbox. The shell field
 *    (`/usr/sbin/nologin`) of any passwd line is a path, never a name.
 * 3. The ORGANISATION's address in a person's entry: AD's `StreetAddress`/`Office` value repeated for users of two or
 *    more surnames (the firm's one office; one family's members share a home), SCIM `addresses[]` entries with `"type": "work"` (RFC 7643 §4.1.2: "work" vs "home").
 *
 * Privacy first: a service account whose login or GECOS name holds a given name ("svc-anna", "Anna Berg (service)")
 * stays a person's; a SCIM address marked "home" or "other", or a "work" one that is a "home office", stays; an AD
 * address given to one user only, or to one family, stays.
 */

/** A Format-List or LDIF-like attribute line: a key, blanks, ":" and the value. Linear (the key has no blank). */
const ATTRIBUTE_LINE = /^[ \t]*([A-Za-z][\w-]{0,40})[ \t]*:[ \t]*(\S[^\n]{0,300})?$/u;
/**
 * The attributes naming a person in a directory entry (AD, LDAP inetOrgPerson). A bare `name` is not among them: a
 * config's `name: Club …` names the club.
 */
const PERSON_NAME_ATTRIBUTE = /^(?:givenname|surname|sn|cn|displayname|firstname|lastname)$/iu;
/** How many lines an entry may run each way from a value (an AD user has ~40 properties; `-Properties *` ~100). */
const ENTRY_REACH = 150;

/**
 * Whether the line sits in a flat entry of attribute lines (one indentation, up to a blank or other line) that names a
 * person by an attribute. Flat: a YAML block's nested `name:` under `medical_lead:` names no owner of the top-level
 * `event_office:` beside it.
 */
export function inPersonDirectoryEntry(text: string, lines: LineIndex, line: number): boolean {
  const last = lines.lineOf(text.length);
  const indent = (l: number) => /^[ \t]*/u.exec(text.slice(lines.lineStart(l), lines.lineStart(l) + 40))![0].length;
  const own = indent(line);
  const attribute = (l: number) =>
    indent(l) === own ? ATTRIBUTE_LINE.exec(text.slice(lines.lineStart(l), lines.lineEnd(l)).slice(0, 360)) : null;
  if (!attribute(line)) return false;
  for (const step of [-1, 1]) {
    for (let l = line, n = 0; l >= 0 && l <= last && n <= ENTRY_REACH; l += step, n++) {
      const m = attribute(l);
      if (!m) break;
      if (m[2] && PERSON_NAME_ATTRIBUTE.test(m[1])) return true;
    }
  }
  return false;
}

/** A passwd(5) line: login, password, UID, GID, GECOS, home, shell. Each field excludes ":": linear. */
const PASSWD_LINE =
  /^([a-z_][\w.-]{0,31}\$?):[^:\n]{0,200}:(\d{1,10}):(\d{1,10}):([^:\n]{0,300}):([^:\n]{0,300}):([^:\n]{0,120})$/dgmu;
/** A service login: a `svc-`, `srv-`, `service-`, `sys-` or `daemon-` prefix. */
const SERVICE_LOGIN = /^(?:svc|srv|service|sys|daemon|app|bot)[-_.]/iu;
/** A GECOS full name saying the account is a service's ("scan service", "backup daemon", "system account"). */
const SERVICE_GECOS = /(?:^|[^\p{L}])(?:service|daemon|system|dienst|bot|account|konto)(?![\p{L}])/iu;
/** A shell no one logs in with. */
const NO_LOGIN_SHELL = /(?:^|\/)(?:nologin|false)$/u;
/** Below this UID an account is a system's (Debian policy 9.2.2: 0-999 are system UIDs). */
const FIRST_USER_UID = 1000;
/** A comment about the service accounts naming their mailbox ("# mail for all service accounts goes to …"). */
const SERVICE_ACCOUNTS_COMMENT = /^[ \t]*#[^\n]{0,200}(?:service[ \t-]*accounts?|dienstkont\p{L}*|service-?konten)/iu;

interface PasswdLine {
  gecos: [number, number];
  shell: [number, number];
  service: boolean;
}

/** The passwd lines of a text with their GECOS and shell spans, and whether each is a service account's. */
function passwdLines(text: string): PasswdLine[] {
  const found: PasswdLine[] = [];
  for (const m of text.matchAll(PASSWD_LINE)) {
    const [gecosStart, gecosEnd] = m.indices![4]!;
    const [shellStart, shellEnd] = m.indices![6]!;
    const fullName = m[4].split(',')[0];
    const login = m[1];
    const systemAccount = Number(m[2]) < FIRST_USER_UID || NO_LOGIN_SHELL.test(m[6]);
    const serviceWords = SERVICE_LOGIN.test(login) || SERVICE_GECOS.test(fullName);
    // "svc-anna", "Anna Berg (service)": a person's own account behind the service word stays theirs.
    const namesPerson =
      namesSomeone(login.replace(SERVICE_LOGIN, '')) || namesSomeone(fullName.replace(SERVICE_GECOS, ' '));
    found.push({
      gecos: [gecosStart, gecosEnd],
      shell: [shellStart, shellEnd],
      service: systemAccount && serviceWords && !namesPerson,
    });
  }
  return found;
}

/** The findings without a service account's GECOS values, passwd shells read as names, and the service-account mailbox. */
export function withoutServiceAccountValues(text: string, found: Entity[]): Entity[] {
  if (!text.includes(':/') || !/:\d{1,10}:\d{1,10}:/u.test(text)) return found;
  const accounts = passwdLines(text);
  if (accounts.length === 0) return found;
  const inside = (e: Entity, [from, to]: [number, number]) => e.start >= from && e.end <= to;
  const lines = new LineIndex(text);
  return found.filter((e) => {
    if (e.type === 'PERSON' && accounts.some((a) => inside(e, a.shell))) return false;
    if (accounts.some((a) => a.service && inside(e, a.gecos)))
      return !['PHONE_NUMBER', 'EMAIL_ADDRESS', 'PERSON'].includes(e.type);
    if (e.type === 'EMAIL_ADDRESS' && !personalMailbox(text.slice(e.start, e.end))) {
      const line = lines.lineOf(e.start);
      const lineText = text.slice(lines.lineStart(line), Math.min(lines.lineEnd(line), lines.lineStart(line) + 300));
      if (SERVICE_ACCOUNTS_COMMENT.test(lineText) && !namesSomeone(lineText.replace(/\S+@\S+/gu, ' '))) return false;
    }
    return true;
  });
}

/** The surname attribute of the flat entry around a line (`Surname`, `sn`), lower-cased; undefined if none. */
function entrySurname(text: string, lines: LineIndex, line: number): string | undefined {
  const last = lines.lineOf(text.length);
  for (const step of [-1, 1]) {
    for (let l = line, n = 0; l >= 0 && l <= last && n <= ENTRY_REACH; l += step, n++) {
      const m = ATTRIBUTE_LINE.exec(text.slice(lines.lineStart(l), lines.lineEnd(l)).slice(0, 360));
      if (!m) break;
      if (m[2] && /^(?:surname|sn|lastname)$/iu.test(m[1])) return m[2].trim().toLowerCase();
    }
  }
  return undefined;
}

/** AD attributes holding an office's address (`StreetAddress`, `Office`, `physicalDeliveryOfficeName`). */
const OFFICE_ADDRESS_ATTRIBUTE = /^(?:streetaddress|office|physicaldeliveryofficename)$/iu;
/** A SCIM address object's type "work" (RFC 7643 §4.1.2 "addresses": "work", "home", "other"). */
const WORK_TYPE = /"type"[ \t]*:[ \t]*"work"/u;
/** A "work" address that is someone's home ("home office", "Homeoffice", "privat", "remote"): the person's. */
const HOME_OFFICE =
  /(?:^|[^\p{L}])(?:home|homeoffice|heimarbeit\p{L}*|privat\p{L}*|private|remote|wohnung)(?![\p{L}])/iu;
/** How far an address value may stand inside its SCIM object from either brace. */
const OBJECT_REACH = 400;

/** The findings without the organisation's office address in its users' directory entries. */
export function withoutOrganisationDirectoryAddresses(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'POSTAL_ADDRESS')) return found;
  const lines = new LineIndex(text);
  // The office attributes' values with how often each stands in the text (AD: the same office for several users).
  const officeValues = new Map<string, Set<string>>();
  // The words first (a cheap search): the line-anchored patterns are tried only in a text that holds them.
  const hasFormatList =
    (text.includes('StreetAddress') && /^[ \t]*StreetAddress[ \t]+:/mu.test(text)) ||
    (text.includes('Office') && /^[ \t]*Office[ \t]+:/mu.test(text));
  if (hasFormatList)
    for (const m of text.matchAll(
      /^[ \t]*(StreetAddress|Office|physicalDeliveryOfficeName)[ \t]+:[ \t]*(\S[^\n]{0,200})$/gmu,
    )) {
      const key = `${m[1].toLowerCase()}\u0000${m[2].trim()}`;
      const surnames = officeValues.get(key) ?? new Set<string>();
      surnames.add(entrySurname(text, lines, lines.lineOf(m.index!)) ?? `#${m.index}`);
      officeValues.set(key, surnames);
    }
  const scim = text.includes('"addresses"');
  return found.filter((e) => {
    if (e.type !== 'POSTAL_ADDRESS') return true;
    if (hasFormatList) {
      const line = lines.lineOf(e.start);
      const m = ATTRIBUTE_LINE.exec(text.slice(lines.lineStart(line), lines.lineEnd(line)).slice(0, 360));
      if (m && m[2] && OFFICE_ADDRESS_ATTRIBUTE.test(m[1])) {
        // Users of two or more families: one family's members share their home, not an office.
        const repeated = (officeValues.get(`${m[1].toLowerCase()}\u0000${m[2].trim()}`)?.size ?? 0) >= 2;
        if (repeated && inPersonDirectoryEntry(text, lines, line)) return false;
      }
    }
    if (scim) {
      const open = text.lastIndexOf('{', e.start);
      const close = text.indexOf('}', e.end);
      if (open < 0 || close < 0 || e.start - open > OBJECT_REACH || close - e.end > OBJECT_REACH) return true;
      if (text.slice(open, e.start).includes('}')) return true;
      const object = text.slice(open, close);
      if (
        WORK_TYPE.test(object) &&
        !HOME_OFFICE.test(object) &&
        /"addresses"[ \t]*:[ \t]*\[[^\]]*$/u.test(text.slice(Math.max(0, open - 1200), open))
      )
        return false;
    }
    return true;
  });
}
