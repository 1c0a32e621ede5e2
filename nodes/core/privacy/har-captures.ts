import type { Entity } from './entities.js';
import { isGivenName, isKnownName, isListedSurname } from './name-list.js';

/**
 * A browser capture's own words read as people (round 50: set 47's HAR files, curl transcripts and DevTools
 * snippets). Dropped, each narrowly:
 * - the HAR's creator or browser (`"creator": { "name": "Firefox", "version": … }`, "WebInspector");
 * - the `name` of a HAR name/value pair in `headers`, `cookies`, `queryString`, `params` (`{ "name": "JSESSIONID",
 *   "value": … }`, `{ "name": "X-CSRF-Token", … }`): a field's name. Its `value` is never touched here, so
 *   `{ "name": "lastname", "value": "Chaudharypur" }` and `{ "name": "X-Applicant", "value": "Jana Okafor" }` stay;
 * - a word of a HAR page's `title` (`{ "id": "page_8", "title": "Rückführungsdarlehen – Antrag", … }`) that is no
 *   listed or known name: the portal's page;
 * - the file name after curl's `@` (`-F photo=@passfoto.jpg`, `-H @headers.txt`, `--data-binary @body.json`) when no
 *   part of it is a listed or known name (`-F photo=@jana_okafor.jpg` stays: a file named after a person);
 * - a label of a URL's host name (`https://citizenship.berlin-dfat.example/…`) when no label part is a listed or known
 *   name (`https://jana-okafor.example` stays).
 * Bounded slices around each finding: linear in the findings.
 */

/** The JSON key whose string value starts right at the finding: `"name": "` (quotes maybe escaped). */
const NAME_VALUE_BEFORE = /"name"[ \t]*:[ \t]*"$/;
/** A HAR creator's or browser's object opening before its "name". */
const CREATOR_OPEN = /"(?:creator|browser)"[ \t]*:[ \t]*\{[ \t\r\n]*$/;
/** A HAR creator's "version" right after its name's closing quote. */
const CREATOR_VERSION_AFTER = /^"[ \t]*,[ \t\r\n]*"version"[ \t]*:/;
/** A HAR pair's "value" right after the name's closing quote. */
const PAIR_VALUE_AFTER = /^"[ \t]*,[ \t\r\n]*"value"[ \t]*:/;
/** The array a HAR pair lives in. */
const PAIR_ARRAY_BEFORE = /"(?:headers|cookies|queryString|params)"[ \t]*:[ \t]*\[[^\]]*$/;
/** A HAR page's id then its title, the finding inside the title's string. */
const PAGE_TITLE_BEFORE = /"id"[ \t]*:[ \t]*"page_[\w-]{1,20}"[ \t]*,[ \t]*"title"[ \t]*:[ \t]*"[^"\n]{0,160}$/;
/** curl's file argument: an option, maybe a form field's name and "=", then "@" right before the file's name. */
const CURL_FILE_BEFORE =
  /(?:^|[ \t])(?:-F|--form|-H|--header|-d|--data(?:-binary|-raw|-urlencode|-ascii)?|-T|--upload-file|-K|--config)[ \t]+['"]?(?:[\w.[\]-]{1,40}=)?@[\w./-]{0,80}$/;
/** A URL's scheme and host labels up to the finding. */
const URL_HOST_BEFORE = /https?:\/\/(?:[A-Za-z0-9-]{1,63}\.){0,6}[A-Za-z0-9-]{0,63}$/;
/** The rest of a host name after the finding: more labels, then the path, port, query or the URL's end. */
const URL_HOST_AFTER = /^[A-Za-z0-9-]{0,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}(?:[/:?#"'\s\\]|$)/;

/** Whether any part of a token (split at dashes, dots, underscores, blanks) is a listed or known name. */
function namesSomeone(token: string): boolean {
  for (const word of token.match(/\p{L}{2,30}/gu) ?? []) {
    const name = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    if (isGivenName(name) || isListedSurname(name) || isKnownName(name)) return true;
  }
  return false;
}

/** Whether the PERSON finding is one of a capture's own words (see above). */
function isCaptureOwnWord(text: string, e: Entity): boolean {
  const before = text.slice(Math.max(0, e.start - 400), e.start);
  const value = text.slice(e.start, e.end);
  if (NAME_VALUE_BEFORE.test(before) && text[e.end] === '"') {
    const keyAt = before.lastIndexOf('"name"');
    // A name of words, one of them someone's ("Jana Okafor"), is a person's even here: no header, cookie or browser
    // name has a blank in it that is also a person's name (review 50).
    const personLike = /\s/.test(value) && namesSomeone(value);
    // A HAR creator has its version beside its name; `"creator": {"name": "Jana Okafor", "email": …}` is a person.
    if (
      !personLike &&
      CREATOR_OPEN.test(before.slice(0, keyAt)) &&
      CREATOR_VERSION_AFTER.test(text.slice(e.end, e.end + 40))
    )
      return true;
    if (
      !personLike &&
      PAIR_VALUE_AFTER.test(text.slice(e.end, e.end + 24)) &&
      PAIR_ARRAY_BEFORE.test(before.slice(0, keyAt))
    )
      return true;
  }
  if (PAGE_TITLE_BEFORE.test(before) && !namesSomeone(value)) return true;
  if (CURL_FILE_BEFORE.test(before)) {
    const file = /^[\w./-]{0,80}/.exec(text.slice(e.start, e.start + 80))?.[0] ?? '';
    const stem = before.slice(before.lastIndexOf('@') + 1) + file;
    return !namesSomeone(stem.replace(/\.[A-Za-z0-9]{1,5}$/, ''));
  }
  if (URL_HOST_BEFORE.test(before) && URL_HOST_AFTER.test(text.slice(e.end, e.end + 200))) {
    const host = /[A-Za-z0-9.-]*$/.exec(before)?.[0] ?? '';
    return !/\s/.test(value) && !namesSomeone(host + value);
  }
  return false;
}

/** The findings without a capture's own words read as people. */
export function withoutHarCaptureWords(text: string, found: Entity[]): Entity[] {
  if (!text.includes('"name"') && !text.includes('@') && !text.includes('://')) return found;
  return found.filter((e) => e.type !== 'PERSON' || !isCaptureOwnWord(text, e));
}
