/**
 * Digits that a JSON key says are no phone number:
 * - a Unix time as a bare number (10 digits of seconds, 13 of milliseconds, 2011 to 2033) under a time key
 *   (`"ts":1787332294000`, `"createdAt":1792849976`, `"sent_at": …`): an event stream's or a queue's clock;
 * - a reference's digits inside the string of a reference key (`"entitlementRef":"BAMF-TN 023.9780.50"`,
 *   `"caseReference":"…"`): a file's or an entitlement's number.
 * A key holding a phone word ("phoneRef", "mobile_ts") says nothing here, and a number under `mobile` or `phone`
 * stays one. Bounded reads back from the number: constant per candidate.
 */

/** The key of the value that reaches `at`: `"key":` then blanks (a bare value), or `"key":"` and up to 60 characters. */
const KEY_BEFORE_BARE = /"([A-Za-z_][\w.-]{0,40})"[ \t]*:[ \t]*$/;
const KEY_BEFORE_QUOTED = /"([A-Za-z_][\w.-]{0,40})"[ \t]*:[ \t]*"[^"\n]{0,60}$/;
/** A Unix time in seconds or milliseconds, 2011 to 2033. */
const UNIX_TIME = /^1[3-9]\d{8}(?:\d{3})?$/;
/** Keys of a time: whole ("ts", "timestamp", JWT's "iat") or as the last part ("createdAt", "sent_at", "eventTime"). */
const TIME_KEY =
  /^(?:ts|t|time|timestamp|epoch|date|datetime|created|updated|modified|sent|received|published|expires|exp|iat|nbf|auth_time)$|(?:At|_at|Time|_time|Ts|_ts|Timestamp|_timestamp|Ms|_ms|Epoch|_epoch)$/;
/** The last part of a reference key. */
const REFERENCE_PART = /^(?:ref|reference|referenz|aktenzeichen)$/;
/** Words of a key that say its value may be reached by phone. */
const PHONE_PART =
  /^(?:phone|telephone|tel|telefon|mobile|mobil|handy|cell|fax|msisdn|whatsapp|sms|contact|caller|callback|call|rückruf|ruf|dial|line)$/;
/** A phone's word in a reference string before its digits ("Tel.", "mobil", "call"). */
const PHONE_WORD_IN_VALUE = /(?:tel|phone|fon|mob|handy|cell|call|ruf|whats|sms|fax)/i;

const keyParts = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[ _.-]+/)
    .filter(Boolean);

/** Whether the digits from `start` to `end` are a time or a reference by their JSON key. */
export function notPhoneByJsonKey(text: string, start: number, end: number): boolean {
  // Both key patterns need a quote before the number: look only in the window (a search to the end of a quote-less
  // text would be paid once per phone candidate).
  const before = text.slice(Math.max(0, start - 110), start);
  if (!before.includes('"')) return false;
  const bare = KEY_BEFORE_BARE.exec(before);
  if (bare) {
    const after = text[end];
    if (!UNIX_TIME.test(text.slice(start, end)) || (after !== undefined && !/[,}\]\s]/.test(after))) return false;
    return TIME_KEY.test(bare[1]) && !keyParts(bare[1]).some((p) => PHONE_PART.test(p));
  }
  const quoted = KEY_BEFORE_QUOTED.exec(before);
  if (!quoted) return false;
  const parts = keyParts(quoted[1]);
  if (parts.length === 0 || !REFERENCE_PART.test(parts[parts.length - 1]) || parts.some((p) => PHONE_PART.test(p)))
    return false;
  // A reference is written after its letters ("BAMF-TN 023…", "Az. 3 Ls …", "CR-…"); digits opening the string, a
  // "+" or a phone's word before them are a number to call (review 49: `"callerRef":"0176 1234 5678"`).
  const prefix = before.slice(before.lastIndexOf('"') + 1);
  // Two capitalised words before the digits name someone ("Jana Okafor 0176 …"): their number, no reference's.
  return (
    /\p{L}/u.test(prefix) &&
    !PHONE_WORD_IN_VALUE.test(prefix) &&
    !/\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+/u.test(prefix) &&
    text[start] !== '+'
  );
}
