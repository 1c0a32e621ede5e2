import type { Entity } from './entities.js';
import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName, isListedGivenName } from './name-list.js';

/**
 * A deployment file's own infrastructure, which is nobody's personal data: the host a config key points at
 * (`DB_HOST=10.…`, `[controller]\nhost=10.…`, `db1 ansible_host=…`), a DSN's or connection string's userinfo
 * (`https://<key>@o1.ingest.sentry.io/2`, `postgres://app:pw@db`), a Kubernetes object's `kind: Secret`, and a
 * resource's own name (Terraform state `"name": "clubhouse_camera"`, Kubernetes `namespace: acme`).
 * Privacy first throughout: a person's key (`home_ip`, `client_ip`), a comment saying whose the machine is
 * ("belongs to …", "from home of …") or a `mailto:` keep the value flagged.
 */

/**
 * The config key that starts the value's line (`KEY=`, `  key: "`, `- host: `), or follows an inventory line's host
 * (`db1 ansible_host=`). Bounded slice of one line start.
 */
const KEY_BEFORE = /^[ \t]*(?:-[ \t]+)?(?:[\w.-]+[ \t]+)?["']?([A-Za-z][\w.-]{0,48})["']?[ \t]*[=:][ \t]*["']?$/;
/** Config keys are written in one case (`db_host`, `DB_HOST`): a capitalised word ("Server: …") is prose. */
const ONE_CASE_KEY = /^(?:[a-z][a-z0-9_.-]*|[A-Z][A-Z0-9_.-]*)$/;
/** Keys that name where a service runs. */
const HOST_KEY =
  /(?:^|[._-])(?:host|hostname|hosts|server|servers|bind|listen|upstream|endpoint)$|^(?:ansible_host|host|bind|listen|upstream|endpoint)$|^(?:db|database|redis|smtp|mysql|postgres|pg|mongo|amqp|rabbitmq|kafka|ldap|ntp|dns|mail|cache|memcached|elastic|es)[._-]/i;
/** Keys that say the address is a person's or a client's connection, not the deployment's. */
const PERSONAL_KEY =
  /home|client|user|remote|private|privat|guest|customer|member|visitor|caller|origin|source|src|peer/i;
/** Words of a comment or key that make the machine someone's own. Fixed words: linear. */
const OWN_MACHINE =
  /(?<![\p{L}])(?:home|zuhause|zu hause|daheim|wohnung|wohnt|privat\p{L}*|private|personal|persönlich\p{L}*|belongs|belonging|gehört|gehoert|owner|besitzer\p{L}*|eigentum|laptop|notebook|handy|phone|iphone|my|mein\p{L}{0,2}|his|her|sein\p{L}{0,2}|ihr\p{L}{0,2})(?![\p{L}])/iu;

/** The section the line at `index` sits in: back to an INI/inventory header `[…]` or a blank line, at most 600 characters. */
function sectionBefore(text: string, index: number): string {
  const slice = text.slice(Math.max(0, index - 600), index);
  const header = slice.lastIndexOf('\n[');
  const blank = slice.lastIndexOf('\n\n');
  return slice.slice(Math.max(header, blank, 0));
}
/** Comment lines (`#`, `;`) of a section, and a trailing comment of the value's own line. */
const COMMENT = /(?:^|\n)[ \t]*[#;][^\n]*|[ \t][#;][^\n]*/g;

/**
 * An allow-list entry whose own trailing comment names only the organisation's place or machine
 * (`- 49.12.1.2/32  # office`, `allow 10.1.2.3; # monitoring`): a comment naming anyone or anything else stays flagged.
 */
const ORGANISATION_COMMENT_AFTER =
  /^(?:\/\d{1,2})?["']?[;,]?[ \t]+[#;][ \t]*(?:office|büro|buero|geschäftsstelle|geschaeftsstelle|server|monitoring|uptime|backup|vpn gateway|gateway|ci|ci runner|data ?cent(?:er|re)|rechenzentrum|status page|load balancer)[ \t]*(?:\r?\n|$)/iu;

/** Whether the dotted quad at `index` is the host a deployment's config key points at. */
export function isConfigHostAddress(text: string, index: number, address: string): boolean {
  if (address === '127.0.0.1') return true; // loopback: the machine itself, no one's connection
  if (ORGANISATION_COMMENT_AFTER.test(text.slice(index + address.length, index + address.length + 48))) return true;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (index - lineStart > 96) return false;
  const key = KEY_BEFORE.exec(text.slice(lineStart, index));
  if (!key || !ONE_CASE_KEY.test(key[1]) || !HOST_KEY.test(key[1]) || PERSONAL_KEY.test(key[1])) return false;
  const lineEnd = text.indexOf('\n', index);
  const section = sectionBefore(text, index) + text.slice(index, lineEnd < 0 ? text.length : lineEnd);
  for (const comment of section.match(COMMENT) ?? []) if (whoseMachine(comment)) return false;
  // The section's header (`[home]`, `[anna]`) and the inventory host's own name before the key
  // ("laptop-anna ansible_host=", "anna ansible_host=") may say whose it is too.
  const header = /(?:^|\n)\[([^\]\n]{1,80})\]/.exec(section);
  if (header && whoseMachine(header[1].replace(/[-_.:]/g, ' '))) return false;
  return !whoseMachine(text.slice(lineStart, index).replace(/[-_.]/g, ' '));
}

/** Whether a comment, header or host name says whose the machine is: an owner's word or a person's given name. */
function whoseMachine(words: string): boolean {
  return OWN_MACHINE.test(words) || namesSomeone(words);
}

/** Whether words hold a person's given name, in any case ("# Kerstin", `[kerstin]`, "Annas Rechner"). */
export function namesSomeone(words: string): boolean {
  // "# Zugang für Anna Berg", "# Annas Rechner", `[anna]`: a given name (genitive "s" dropped) is a person's machine.
  for (const word of words.match(/\p{L}{3,20}/gu) ?? []) {
    const name = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    if (isGivenName(name) || (name.endsWith('s') && isGivenName(name.slice(0, -1)))) return true;
  }
  return false;
}

/**
 * A URL's userinfo before "@" (`https://<hex>@o1.ingest.sentry.io/2`, `postgres://app:pw@db.internal/x`): a DSN's
 * key or a connection string's account, no mailbox. The scheme and "//" must run up to the userinfo without a
 * blank; `mailto:` has no "//" and stays an address. `localStart` is where the detector's local part begins.
 */
const URL_USERINFO_BEFORE = /([a-z][a-z0-9+.-]{1,20}):\/\/([^\s/@]{0,80})$/i;
export function isUrlUserinfo(text: string, localStart: number, atIndex: number): boolean {
  const m = URL_USERINFO_BEFORE.exec(text.slice(Math.max(0, localStart - 110), atIndex));
  if (!m || /^mailto$/i.test(m[1])) return false;
  const userinfo = m[2];
  // `smtp://anna.berg@gmx.de:pw@mail…`: a second "@" in the same authority makes the userinfo a mailbox, a person's.
  const after = text.slice(atIndex + 1, atIndex + 200);
  const authorityEnd = after.search(/[\s/?#]|$/);
  if (after.slice(0, authorityEnd).includes('@')) return false;
  // A key (hex, 16+), a user:password pair, or any userinfo of a non-web scheme (a database's or broker's account).
  return /^[0-9a-f]{16,}(?::[0-9a-f]*)?$/i.test(userinfo) || userinfo.includes(':') || !/^https?$/i.test(m[1]);
}

/**
 * `kind: Secret` of a Kubernetes object: the object's type after its `apiVersion:`, not a marking of the text.
 * `start` is the marking word's start; the word must be the whole value of a `kind:` key at a line's start.
 */
export function isKubernetesKind(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*kind:[ \t]*["']?$/.test(text.slice(lineStart, start))) return false;
  if (!/^["']?[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 4))) return false;
  return /(?:^|\n)[ \t-]*apiVersion:[ \t]*\S/.test(text.slice(Math.max(0, start - 400), start));
}

/**
 * A resource's own name: Terraform state's `"name"` in an object whose `"type"` is a provider's resource
 * (`"type": "cloudflare_record"`), and Kubernetes `metadata.name`/`namespace`. Written as resources are named
 * (lower case, parts joined by `_`, `-` or `.`); a person's name ("Anna Berg", a capital, a blank) stays flagged.
 */
const RESOURCE_NAME = /^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*$/;
const TERRAFORM_NAME_BEFORE = /"type"[ \t]*:[ \t]*"[a-z][a-z0-9]*_[a-z0-9_]+"[ \t]*,\s*"name"[ \t]*:[ \t]*"$/;
const TERRAFORM_NAME_AFTER_TYPE = /"name"[ \t]*:[ \t]*"$/;
const K8S_KEY_BEFORE = /(?:^|\n)([ \t]*)(name|namespace):[ \t]*["']?$/;

function isResourceName(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!RESOURCE_NAME.test(name)) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  if (TERRAFORM_NAME_BEFORE.test(before)) return true;
  if (TERRAFORM_NAME_AFTER_TYPE.test(before)) {
    // `"name": "…", "type": "aws_instance"` written the other way round.
    const after = text.slice(end, end + 120);
    if (/^"[ \t]*,\s*"type"[ \t]*:[ \t]*"[a-z][a-z0-9]*_[a-z0-9_]+"/.test(after)) return true;
  }
  const k8s = K8S_KEY_BEFORE.exec(before);
  if (!k8s) return false;
  return underMetadata(text, start - (before.length - k8s.index - (k8s[0].startsWith('\n') ? 1 : 0)), k8s[1].length);
}

/** Whether the key line at `keyLine` (indented by `indent`) sits right under `metadata:` of a document with a `kind:`. */
function underMetadata(text: string, keyLine: number, indent: number): boolean {
  if (keyLine > 0 && text.charCodeAt(keyLine - 1) !== 10) return false;
  const upTo = text.slice(Math.max(0, keyLine - 400), keyLine);
  const lines = upTo.split('\n');
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i];
    const own = line.length - line.trimStart().length;
    if (line.trim() === '' || own >= indent) continue;
    return /^[ \t]*metadata:[ \t]*$/.test(line) && /(?:^|\n)[ \t]*kind:[ \t]*\S/.test(upTo);
  }
  return false;
}

/**
 * A message broker's own names (test set 46): a queue's name in the first column of `rabbitmqctl list_queues`
 * output under its `name<TAB>messages…` header ("bookings.court", "translation.orders"), the literal "vhost" of its
 * "Listing queues for vhost / ..." line, and a two-letter language code as a whole segment of an MQTT topic path at
 * a line's start (`agency/pool/vi/availability {…}`). Written in lower case as identifiers are; a capitalised or
 * blank-holding name stays flagged, and so does a longer topic segment (a user's handle may stand there).
 */
const QUEUE_LISTING_HEADER = /(?:^|\n)name\tmessages(?:\t|\n|$)/;
const LISTING_FOR_VHOST = /Listing[ \t]+[a-z_ ]{1,40}[ \t]+for[ \t]+$/;
const TOPIC_PATH_TOKEN = /^[a-z0-9_-]+(?:\/[A-Za-z0-9_.+#-]+){2,}$/;

/**
 * A queue name's piece that may be a person's (review 49: `jana.okafor`, `okafor`): a given name of the lists or a
 * known name that is no ordinary word ("court", "orders" are words).
 */
const personWord = (piece: string) =>
  isListedGivenName(piece) || (isKnownName(piece) && !isEnglishWord(piece) && !isDictionaryWord(piece));

function isBrokerName(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!RESOURCE_NAME.test(name)) return false;
  if (name === 'vhost' && LISTING_FOR_VHOST.test(text.slice(Math.max(0, start - 60), start))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (
    lineStart === start &&
    /^\t\d/.test(text.slice(end, end + 2)) &&
    QUEUE_LISTING_HEADER.test(text.slice(Math.max(0, start - 4000), start))
  )
    return !name.split(/[_.-]/).some(personWord);
  // A two-letter given name or surname ("li", "bo", "yu", "al", "jo", "vi") may be a user's handle there.
  if (!/^[a-z]{2}$/.test(name) || text[start - 1] !== '/' || text[end] !== '/' || isKnownName(name)) return false;
  const tokenEnd = /^[^\s]*/.exec(text.slice(end, end + 200))![0].length + end;
  const token = text.slice(lineStart, tokenEnd);
  return TOPIC_PATH_TOKEN.test(token);
}

/** Drops PERSON findings that are a Terraform or Kubernetes resource's own name or a message broker's. */
export function withoutConfigResourceNames(text: string, found: Entity[]): Entity[] {
  const config = text.includes('"type"') || text.includes('metadata:');
  const broker = text.includes('\tmessages') || text.includes('Listing ') || text.includes('/');
  if (!config && !broker) return found;
  return found.filter(
    (e) =>
      e.type !== 'PERSON' ||
      !((config && isResourceName(text, e.start, e.end)) || (broker && isBrokerName(text, e.start, e.end))),
  );
}
