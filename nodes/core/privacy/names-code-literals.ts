/**
 * Names as string literals in code: fixtures and seed files that a knowledge base takes in with the rest of a
 * repository. A literal counts where the code says it holds a person:
 * - under a key that is a person's label ("firstName: 'Mirela'", "'name' => '…'", `reporter="…"`,
 *   `"contact_name": "…"`, `vorname: '…'`): the key is split into words (camelCase, snake_case, kebab-case,
 *   quoted) and asked of the SAME vocabulary that reads "Name:" and "Ansprechpartner:" fields (labelStrength);
 * - an audit record's `subject="…"` where the line records an action (the data subject);
 * - as a setter's argument ("setLastName(\"…\")"), the key after "set";
 * - as the unquoted value of a config line under such a key ("owner = Taavi Rünk" in an INI or properties file);
 * - as a call's argument written as a name of two words with an e-mail literal as the next argument
 *   (`new Member("Waïa " + "Goa", "goa@…")`).
 * A concatenation ("Given " + "Family", across a line break too) is read as one name and found as one finding
 * per literal: a single finding would cover the `" + "` between them, and a placeholder there would break the
 * code and swallow its syntax; one per literal keeps each placeholder whole inside its quotes.
 * The view has decoded the escapes (\' and \" read as quotes), each mapped back to the whole escape, so a
 * finding over the view's content covers the original literal's content with its escapes; a doubled quote
 * ('O''Brien', SQL and Pascal style) is read as one quote here.
 * The value must read as a name (markupName): "North Field", "Bad Request" are ordinary words.
 *
 * Cost: one step of a global expression per quote after a separator; keys read back and literals read ahead
 * over a bounded number of characters.
 */
import type { Entity } from './entities.js';
import { isKeyCode, keyAsLabel } from './form-pairs.js';
import { markupName } from './names-markup-values.js';
import { endsName, isGivenName, isKnownName } from './name-list.js';
import { labelStrength, wordLike } from './names.js';
import { isWorkRole } from './names-work-roles.js';

/** A separator and a literal's opening quote: "key: '", "key = \"", "'key' => '", "(\"", ", \"". */
const LITERAL_AFTER = /(=>|[:=(,])[ \t]*(\\{0,7})(["'])/g;
const MAX_KEY = 40;
const MAX_LITERAL = 100;
/** At most this many literals joined by "+". */
const MAX_PARTS = 3;
/**
 * An operator joining two literals, a line break around it allowed: "+" (JS, Java, Python), "." (PHP, Perl),
 * "&" (VB), "||" (SQL), "~" (Raku, Twig). A hostile or merely PHP fixture must not hide its parts.
 */
const PLUS = /[ \t]*(?:\r?\n[ \t]*)?(?:\+|\.|&|\|\||~)[ \t]*(?:\r?\n[ \t]*)?(["'])/y;
/** An e-mail literal as the next argument. */
const NEXT_EMAIL = /[ \t]*,[ \t]*(?:\r?\n[ \t]*)?["'][^"'\s@]{1,64}@[^"'\s@]{1,255}["']/y;

/** A namespaced attribute's name before "=": "ss:Name", "xlink:title". */
const XML_PREFIX = /[A-Za-z][\w-]*:[A-Za-z][\w-]*$/;
/** A line of an audit trail: an action or a field changed, as a key. */
const AUDIT_LINE = /(?:^|[ \t])(?:action|field|op|operation|event)=/;
/** The line around `at`, bounded either side. */
function lineAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('\n', at) + 1, at - 300);
  let to = text.indexOf('\n', at);
  if (to === -1 || to - at > 300) to = Math.min(text.length, at + 300);
  return text.slice(from, to);
}

interface Literal {
  /** Content start and end in the text (quotes excluded). */
  start: number;
  end: number;
  /** The content read: a doubled quote as one. */
  value: string;
}

/** The literal opened by the quote at `open`, on one line and bounded, or undefined. */
function readLiteral(text: string, open: number): Literal | undefined {
  const quote = text.charCodeAt(open);
  let value = '';
  for (let i = open + 1; i < text.length && i - open <= MAX_LITERAL; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return undefined;
    if (c === 92) {
      // An escape the view kept ("\\"): the escaped character is content.
      value += text[i + 1] ?? '';
      i++;
      continue;
    }
    if (c === quote) {
      // 'Ngata''ira': a doubled quote before a letter is one quote of the content.
      if (text.charCodeAt(i + 1) === quote && /\p{L}/u.test(text[i + 2] ?? '')) {
        value += text[i];
        i++;
        continue;
      }
      return { start: open + 1, end: i, value };
    }
    value += text[i];
  }
  return undefined;
}

/**
 * A literal of JSON escaped inside a string, its quote after `escapes` backslashes: the content up to the same
 * backslashes and quote, with no quote or backslash inside (a name's literal holds neither), bounded.
 */
function escapedLiteral(text: string, open: number, escapes: number): Literal[] {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < text.length && i - open <= MAX_LITERAL; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === quote) return [];
    if (c !== 92) continue;
    let run = 0;
    while (text.charCodeAt(i + run) === 92) run++;
    if (run !== escapes || text.charCodeAt(i + run) !== quote) return [];
    return [{ start: open + 1, end: i, value: text.slice(open + 1, i) }];
  }
  return [];
}

/** The literals of a concatenation starting at the quote `open`: one, or several joined by "+". */
function readConcatenation(text: string, open: number): Literal[] {
  const parts: Literal[] = [];
  let at = open;
  while (parts.length < MAX_PARTS) {
    const literal = readLiteral(text, at);
    if (!literal) break;
    parts.push(literal);
    PLUS.lastIndex = literal.end + 1;
    if (!PLUS.exec(text)) break;
    at = PLUS.lastIndex - 1;
  }
  return parts;
}

/** The key before the separator at `sep` (a closing quote and blanks skipped), or ''. */
function keyBefore(text: string, sep: number, unwrap = true): string {
  let end = sep;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const closing = text.charCodeAt(end - 1);
  if (closing === 34 || closing === 39) end--;
  // A key of JSON escaped inside a string (`\"companion\":`): its escapes are no part of it.
  while (end > 0 && text.charCodeAt(end - 1) === 92) end--;
  let start = end;
  while (start > 0 && end - start < MAX_KEY && isKeyCode(text.charCodeAt(start - 1))) start--;
  // "$row->name", "self.name": the last part is the key.
  const key = text.slice(start, end).replace(/^.*[.>]/, '');
  // An Avro union's branch (Avro 1.x JSON encoding: a union value is written as {"<type name>": value}):
  // `"full_name":{"string":"…"}` is named by the key outside the wrapper, "string" names only its type.
  if (unwrap && AVRO_BRANCH.test(key)) {
    let open = start - 1;
    if (text.charCodeAt(open) === 34 || text.charCodeAt(open) === 39) open--;
    while (open > 0 && text.charCodeAt(open) === 92) open--;
    while (open > 0 && (text.charCodeAt(open) === 32 || text.charCodeAt(open) === 9)) open--;
    if (text.charCodeAt(open) !== 123) return key;
    let sep = open - 1;
    while (sep > 0 && (text.charCodeAt(sep) === 32 || text.charCodeAt(sep) === 9)) sep--;
    if (text.charCodeAt(sep) === 58) return keyBefore(text, sep, false);
  }
  return key;
}
/** The keys of a name object's parts. */
const NAME_PART = /^(?:first|last|given|family|middle|sur)$/;
/** Who travels or lives with the person a record is about: a companion, an escort, a resident. */
const COMPANION_KEY =
  /^(?:companion|travel companion|escort|begleitperson|begleiter(?:in)?|residents?|bewohner(?:in)?)$/;
/** Whether a key's label (keyAsLabel) names who travels or lives with a record's person. */
export const isCompanionKey = (label: string) => COMPANION_KEY.test(label);
/**
 * Keys of a course's or an agency's person that the field labels leave out ("learner", "translator",
 * "candidate"): as labels of prose and YAML records they pulled a record's next fields in ("course: Irish").
 * Weak: the value must be a name of two words at least ("Afridikhelwal, Naziboo").
 */
const LEARNER_KEY = /^(?:learner|lernende[rn]?|translator|übersetzer(?:in)?|candidate|kandidat(?:in)?)$/;
/**
 * The key naming the value whose separator is at `sep`: the key outside an Avro union's wrapper
 * (`"full_name":{"string":"…"}` is named "full_name"), escapes of JSON inside a string skipped.
 */
export const keyNamingValue = (text: string, sep: number) => keyBefore(text, sep);
/**
 * Whether the object holding the key before `sep` is a name's: the value of a "name" key (`"name": {"first": …`)
 * or of a person's key (`"learner": {"given": …, "family": …}`, `"student": {…}`: a strong person label).
 */
function nameObjectAround(text: string, sep: number): boolean {
  const open = text.lastIndexOf('{', sep);
  if (open === -1 || sep - open > 300 || text.lastIndexOf('}', sep) > open) return false;
  let colon = open - 1;
  while (colon > 0 && /\s/.test(text[colon])) colon--;
  if (text.charCodeAt(colon) !== 58) return false;
  const key = keyBefore(text, colon, false);
  // A numbered person ("spouse1", "parent_2", "child3"): the number says which one.
  const label = keyAsLabel(key).replace(/ ?\d+$/, '');
  return (
    /^(?:name|names|fullname|full_name)$/i.test(key) ||
    labelStrength(label) === 'strong' ||
    LEARNER_KEY.test(label) ||
    REGISTER_PERSON_KEY.test(label)
  );
}
/**
 * Persons of a civil register's record (a marriage, a birth, a death abroad) that the field labels leave out:
 * `"bride": {"given": …}`, `"deceased": {…}`. Only as the key of a name object (nameObjectAround).
 */
const REGISTER_PERSON_KEY =
  /^(?:bride|groom|husband|wife|deceased|decedent|newborn|ehegatte|ehegattin|ehefrau|ehemann|braut|bräutigam|verstorbene[rn]?)$/;
/**
 * Keys of the family name spouses declare at or after a marriage (`"nameDeclaration":"Obuyaobiro-Vaneevkar"`,
 * "familyNameAfterMarriage", "Ehename"): read as a family name's key.
 */
const DECLARED_NAME_KEY =
  /^(?:name declaration|namenserklärung|namenserklaerung|(?:family |sur)?name after marriage|married surname|ehename|familienname nach (?:der )?eheschließung)$/;
/**
 * A header or key that says its value is written in base64 ("X-Applicant-B64", "x-learner_b64", "holderBase64"): the
 * view has decoded the value (decode-base64.ts), the key's words before the suffix say whose it is.
 */
const BASE64_KEY_SUFFIX = / (?:b64|base64)$/;
const X_HEADER_PREFIX = /^x /;
/** A key's label with a header's "X-" and a base64 suffix left off. */
const unwrappedLabel = (label: string) =>
  BASE64_KEY_SUFFIX.test(label) ? label.replace(BASE64_KEY_SUFFIX, '').replace(X_HEADER_PREFIX, '') : label;
/**
 * A compound key ending in a name's part without the word "name" ("subjectGiven", "holder_family"): the given or
 * family name of the person its first words name. "given" says it alone; "family" also names a product's or a
 * font's family ("productFamily", "fontFamily"), so there the first words must name a person.
 */
const COMPOUND_NAME_PART = /^(.+) (given|family)$/;
const NAMED_PERSON = /^(?:subject|data subject|holder|person|learner|student|participant|applicant|guest|customer)$/;
function compoundNamePart(label: string): boolean {
  const m = COMPOUND_NAME_PART.exec(label);
  if (!m) return false;
  return m[2] === 'given' || NAMED_PERSON.test(m[1]) || LEARNER_KEY.test(m[1]) || labelStrength(m[1]) === 'strong';
}
/**
 * Columns and variables of data code that hold the person a record is about and that the field labels leave out
 * (a client, a reader, a borrower, the deceased of an estate): `enq.client == "…"`, `deceased = "…"`. Only where
 * code compares or assigns a literal (not as a JSON key: "client": "Firefox" names a program), and weak: the
 * value must be a name of two words at least.
 */
const RECORD_PERSON_KEY =
  /^(?:clients?|readers?|borrowers?|deceased|decedent|leser(?:in)?|ausleiher(?:in)?|klient(?:in)?|mandant(?:in)?|verstorbene[rn]?|erblasser(?:in)?)$/;
/** The label a record's person key is read as (weak: see RECORD_PERSON_KEY). */
const RECORD_PERSON_LABEL = 'record person';
/** A compared column's label: a record's person read as one (weak), any other as it is. */
const comparedLabel = (label: string) => (RECORD_PERSON_KEY.test(label) ? RECORD_PERSON_LABEL : label);
/**
 * The key compared by the operator ending at `sep` ("==", "!=", "==="): the column before it, read through a
 * subscript's bracket (`row["client"] ==`) as through an attribute's dot (`df.client ==`).
 */
function comparedKey(text: string, sep: number): string {
  let at = sep;
  while (at > 0 && sep - at < 3 && (text.charCodeAt(at - 1) === 61 || text.charCodeAt(at - 1) === 33)) at--;
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  if (text.charCodeAt(at - 1) === 93) at--;
  return keyBefore(text, at);
}
/** A name written surname first: one word, a comma, then one or two words. */
const SURNAME_COMMA_GIVEN = /^([^\s,]+), ([^\s,]+(?: [^\s,]+)?)$/;
/** The type names an Avro union's branch is written under. */
const AVRO_BRANCH = /^(?:string|bytes)$/;

/** Findings for the parts of a concatenation read as one name (each part without its edge blanks). */
function partsAsFindings(text: string, parts: Literal[], out: Entity[]): void {
  for (const part of parts) {
    let start = part.start;
    let end = part.end;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ type: 'PERSON', start, end, score: 0.9 });
  }
}

/** Whether every word is an ordinary word and none a listed given name. */
const onlyOrdinaryWords = (value: string) =>
  value.split(' ').every((w) => wordLike(w.replace(/[.'’-]+$/, '')) && !isGivenName(w));

/**
 * A service's or an account's name: words that are no listed names, then an organisation's word that ends a
 * name ("Backup Service", "Print Team"; endsName). A listed name before it ("Grace Service") stays a person's.
 */
function serviceName(value: string): boolean {
  const words = value.split(' ');
  return (
    words.length >= 2 &&
    endsName(words[words.length - 1]) &&
    !words.slice(0, -1).some((w) => isKnownName(w) || isGivenName(w))
  );
}

/** The name a concatenation spells, its blanks collapsed. */
const joined = (parts: Literal[]) =>
  parts
    .map((p) => p.value)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

export function namesInCodeLiterals(text: string): Entity[] {
  const out: Entity[] = [];
  LITERAL_AFTER.lastIndex = 0;
  // Every match ends in a quote: a text without one (most prose) is not searched at each comma and colon.
  const quoted = text.includes('"') || text.includes("'");
  for (let m = quoted ? LITERAL_AFTER.exec(text) : null; m; m = LITERAL_AFTER.exec(text)) {
    const sep = m.index;
    const open = sep + m[0].length - 1;
    const kind = m[1];
    let label = '';
    let call = false;
    if (kind === '(') {
      const before = keyBefore(text, sep);
      // A setter: "setFirstName(" is the key "FirstName"; another call may pass a name beside an e-mail.
      if (/^set[A-Z_]/.test(before)) label = keyAsLabel(before.slice(3));
      else call = true;
    } else if (kind === ',') call = true;
    else if (kind === '=' && (text.charCodeAt(sep - 1) === 61 || text.charCodeAt(sep - 1) === 33)) {
      // A comparison (`df.client == "…"`, `row["reader"] != '…'`): the compared column's key names the literal.
      label = comparedLabel(keyAsLabel(comparedKey(text, sep)));
    } else {
      // XML's namespaced attributes ('ss:Name="Staff Berlin"' names a worksheet) are markup, not code.
      if (kind === '=' && text.charCodeAt(sep - 1) !== 32 && XML_PREFIX.test(text.slice(Math.max(0, sep - 50), sep)))
        continue;
      const key = keyBefore(text, sep);
      label = unwrappedLabel(keyAsLabel(key));
      if (kind === '=' && RECORD_PERSON_KEY.test(label)) label = RECORD_PERSON_LABEL;
      // A HAR header entry (`{"name":"X-Applicant-B64","value":"…"}`): a base64 header's name names its value.
      if (label === 'value') label = harHeaderLabel(text, sep) ?? label;
      if (DECLARED_NAME_KEY.test(label)) label = 'family name';
      // An audit record's data subject (`action=VIEW subject="…" field=phone`): a person where the line records an action.
      if (label === 'subject' && AUDIT_LINE.test(lineAround(text, sep))) label = 'person';
    }
    if (!label && !call) continue;
    // JSON written into a string, once or more (a queue's message in an envelope: `\"companion\":\"…\"`).
    const parts = m[2] ? (kind === ':' ? escapedLiteral(text, open, m[2].length) : []) : readConcatenation(text, open);
    if (parts.length === 0) continue;
    const value = joined(parts);
    // Ordinary words alone ("Backup Service", "Guest User"): an account's or a service's name, nobody's.
    if (!value || onlyOrdinaryWords(value) || serviceName(value)) continue;
    if (label) {
      // A work role as the key ('ghillie' => '…', {"warden": "…"}) names its holder: a weak label, two words at least.
      // A part of a name object (`"name": {"first": "…", "last": "…"}`): the part's key says which part.
      if ((NAME_PART.test(label) && nameObjectAround(text, sep)) || compoundNamePart(label)) label += ' name';
      const strength =
        labelStrength(label) ??
        (isWorkRole(label) || COMPANION_KEY.test(label) || LEARNER_KEY.test(label) || label === RECORD_PERSON_LABEL
          ? 'weak'
          : undefined);
      if (!strength) continue;
      // A bare "name" also names sites, waters and files with one word: two words at least there.
      const several = /^(?:name|namen?)$/.test(label) || strength === 'weak';
      // "Surname, Given" (a register's order, `"learner":"Afridikhelwal, Naziboo"`) reads as the name turned round.
      // Only under a person's key (strong, or a learner's): "owner" also holds "Berlin, Germany".
      const turned = strength === 'strong' || LEARNER_KEY.test(label) ? SURNAME_COMMA_GIVEN.exec(value) : null;
      if (!markupName(turned ? `${turned[2]} ${turned[1]}` : value, several)) continue;
    } else {
      // A call's argument: a name of two words or more, with an e-mail as the next argument.
      NEXT_EMAIL.lastIndex = parts[parts.length - 1].end + 1;
      if (!NEXT_EMAIL.test(text) || !markupName(value, true)) continue;
    }
    partsAsFindings(text, parts, out);
    // The literals read are not read again as the next match's start.
    LITERAL_AFTER.lastIndex = Math.max(LITERAL_AFTER.lastIndex, parts[parts.length - 1].end + 1);
  }
  configLineValues(text, out);
  base64HeaderValues(text, out);
  return out;
}

/** A HAR entry's name before its "value" key: `"name":"X-Applicant-B64",` (a base64 header's only). */
const HAR_ENTRY_NAME = /"name"[ \t]*:[ \t]*"([A-Za-z][\w-]{0,59})"[ \t]*,[ \t]*"value"[ \t]*$/;
function harHeaderLabel(text: string, sep: number): string | undefined {
  const m = HAR_ENTRY_NAME.exec(text.slice(Math.max(0, sep - 100), sep));
  if (!m) return undefined;
  const label = keyAsLabel(m[1]);
  return BASE64_KEY_SUFFIX.test(label) ? unwrappedLabel(label) : undefined;
}

/**
 * A header line whose name says its value is base64 (`> X-Applicant-B64: UGllcmV0by…` in a `curl -v` transcript,
 * read decoded in the view): the name's words before the suffix are the label of the decoded value.
 */
const BASE64_HEADER_LINE =
  /^[ \t]*(?:[<>][ \t]*)?([A-Za-z][\w-]{0,39}[-_](?:b64|base64))[ \t]*:[ \t]*([^\s"'=#;:<>][^\n\r=#;"'<>:]{0,80}?)[ \t]*\r?$/gim;
function base64HeaderValues(text: string, out: Entity[]): void {
  if (!/b(?:ase)?64[ \t]*:/i.test(text)) return;
  BASE64_HEADER_LINE.lastIndex = 0;
  for (let m = BASE64_HEADER_LINE.exec(text); m; m = BASE64_HEADER_LINE.exec(text)) {
    const label = unwrappedLabel(keyAsLabel(m[1]));
    const strength = labelStrength(label) ?? (LEARNER_KEY.test(label) ? 'weak' : undefined);
    if (!strength || !markupName(m[2], strength === 'weak')) continue;
    const start = m.index + m[0].length - m[0].replace(/^[^:]*:[ \t]*/, '').length;
    out.push({ type: 'PERSON', start, end: start + m[2].length, score: 0.9 });
  }
}

/**
 * "owner = Taavi Rünk", "Antragsteller=Jolanta Wierzbicka": a config line's whole unquoted value (no quote, "=", or
 * comment in it), read as the quoted literals are. Bounded per line: linear.
 */
const CONFIG_LINE = /^[ \t]*([A-Za-z][\w.-]{0,39})[ \t]*=[ \t]*([^"'\s=#;][^\n\r=#;"']{0,80}?)[ \t]*\r?$/gm;
function configLineValues(text: string, out: Entity[]): void {
  if (!text.includes('=')) return;
  CONFIG_LINE.lastIndex = 0;
  for (let m = CONFIG_LINE.exec(text); m; m = CONFIG_LINE.exec(text)) {
    const label = unwrappedLabel(keyAsLabel(m[1]));
    const strength = labelStrength(label);
    if (!strength) continue;
    const bare = /^(?:name|namen?)$/.test(label);
    if (!markupName(m[2], bare || strength === 'weak')) continue;
    // A config's bare "name" names its job, site or service ("name = Kiesgrube Nord"): a listed given name there.
    if (bare && !m[2].split(/[ \t]+/).some((w) => isGivenName(w))) continue;
    const start = m.index + m[0].length - m[0].replace(/^[^=]*=[ \t]*/, '').length;
    out.push({ type: 'PERSON', start, end: start + m[2].length, score: 0.9 });
  }
}
