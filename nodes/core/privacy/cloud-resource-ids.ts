import type { Entity } from './entities.js';
import { insideRanges, mergedRanges } from './markup-text-view.js';

/**
 * Cloud platforms' own identifiers are no person's phone or card number: an AWS account id in an ARN's account
 * field ("arn:aws:sns:eu-central-1:091949932825:topic", ARN format: partition:service:region:account-id:resource)
 * or in a service URL's first path segment (SQS "https://sqs.<region>.amazonaws.com/<account-id>/<queue>"), an ECR
 * registry host ("<account-id>.dkr.ecr.<region>.amazonaws.com"), a UUID (CloudEvents ids, Azure subscription ids),
 * and the value of a message's own id key (Pub/Sub `messageId`, CloudEvents `ce-id`, `eventId`). Digits in them
 * are counters and account numbers of the platform, so PHONE_NUMBER and CREDIT_CARD findings inside them are
 * dropped; every other kind (an e-mail, a name) stays, and a phone beside them is untouched.
 */

/** The account field of an ARN (partition, service, region, then the 12-digit account). Fixed parts: linear. */
const ARN_ACCOUNT = /\barn:aws[a-z-]{0,12}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:(\d{12})(?=:)/g;
/** An AWS service URL's account path segment (SQS queue URLs and the like). */
const AWS_URL_ACCOUNT = /\b[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){0,3}\.amazonaws\.com(?:\.cn)?\/(\d{12})(?=\/)/gi;
/** An ECR registry host: the account id opens the host name. */
const ECR_ACCOUNT = /(?<![\w.-])(\d{12})(?=\.dkr\.ecr\.)/g;
/** A UUID (RFC 9562's 8-4-4-4-12 hex groups). */
const UUID = /(?<![\w-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gi;
/**
 * A message's own id under its key, as JSON or as a header writes it (`"messageId": "6096…"`, "ce-id: 0772…",
 * escaped quotes inside a string): the value up to its closing quote, comma or line end.
 */
const MESSAGE_ID_VALUE =
  /(?<![\w-])(?:message[_-]?id|ce[_-]id|event[_-]?id|delivery[_-]?id|request[_-]?id|ack[_-]?id)\\{0,7}["']?[ \t]*[:=][ \t]*\\{0,7}["']?([^"'\\\s,;}]{1,100})/gi;

/**
 * A card number written in its printed groups ("4111-1111-1111-1111", "4111 1111 …"): a card as a person copies
 * it, never a platform's counter (ids run their digits together or are UUIDs). It stays a card under any key.
 */
const GROUPED_CARD = /^\d{4}(?:[ -]\d{4,6}){1,3}(?:[ -]\d{1,4})?$/;

const CUES = /arn:aws|amazonaws\.com|[0-9a-f]{8}-[0-9a-f]{4}-|(?:message|event|delivery|request|ack)[_-]?id|ce[_-]id/i;
/**
 * How far around a phone or card finding an identifier holding it is looked for: an ARN, a URL's host and path, a
 * message id's key before its value all end within this reach. Reading only these windows keeps the cost to the
 * findings, not to the length of the text (the cues are rare and a whole-text search for them costs every scan).
 */
const REACH = 256;

export function withoutCloudResourceIds(text: string, found: Entity[]): Entity[] {
  const numbers = found.filter((e) => e.type === 'PHONE_NUMBER' || e.type === 'CREDIT_CARD');
  if (numbers.length === 0) return found;
  const windows = mergedRanges(
    numbers.map((e) => ({ start: Math.max(0, e.start - REACH), end: Math.min(text.length, e.end + REACH) })),
  );
  const ranges: Array<{ start: number; end: number }> = [];
  for (const w of windows) {
    // One character before the window, so a pattern's look-behind sees what stands before its first match.
    const from = Math.max(0, w.start - 1);
    const slice = text.slice(from, w.end);
    if (!CUES.test(slice)) continue;
    const add = (index: number, length: number) => {
      if (from + index >= w.start) ranges.push({ start: from + index, end: from + index + length });
    };
    for (const pattern of [ARN_ACCOUNT, AWS_URL_ACCOUNT, ECR_ACCOUNT, MESSAGE_ID_VALUE])
      for (const m of slice.matchAll(pattern)) add((m.index ?? 0) + m[0].length - m[1].length, m[1].length);
    for (const m of slice.matchAll(UUID)) add(m.index ?? 0, m[0].length);
  }
  if (ranges.length === 0) return found;
  const inside = insideRanges(mergedRanges(ranges));
  return found.filter(
    (e) =>
      (e.type !== 'PHONE_NUMBER' && e.type !== 'CREDIT_CARD') ||
      !inside(e.start, e.end) ||
      (e.type === 'CREDIT_CARD' && GROUPED_CARD.test(text.slice(e.start, e.end))),
  );
}
