import { isDictionaryWord, isGivenName, isKnownName } from './name-list.js';
import { lineAfter, lineBefore } from './line-index.js';
import { isLogHostKeyAddress } from './log-host-keys.js';

/**
 * A private (RFC 1918) IPv4 address named for one of the organisation's own service hosts: "auth-gw-1
 * (172.31.8.4)", "Quelle: auth-svc-eu-2 (10.20.4.17)", "risk-engine (172.31.9.20)". Such an address only
 * exists inside the organisation's network and names its machine, not a person's connection. Decided
 * narrowly, failing closed: the host's name right before the bracket must be written as services are
 * named (lower case, parts joined by dashes) with at least one part that names a service's job, and no
 * part that names a device a person carries or a person ("Annas-iPhone (192.168.1.5)", "anna-laptop
 * (10.0.0.7)", "login from 10.0.0.7" stay flagged). Public addresses always stay flagged. A VPN
 * concentrator names no service part here: the address it hands out is a person's connection.
 */

/** RFC 1918's private ranges: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16. */
export function isPrivateIPv4(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}
/** A service host's name in lower case, parts joined by dashes, then " (" right before the address. Bounded slice. */
const HOST_BEFORE = /(?<![\p{L}\d._-])([a-z][a-z0-9]*(?:-[a-z0-9]+){1,5})[ \t]*\($/u;
/** Parts that name a service's job. */
const SERVICE_PART =
  /^(?:auth|authn|authz|gw|gateway|svc|service|api|db|sql|pg|postgres|mysql|redis|kafka|rabbitmq|mq|proxy|lb|worker|engine|risk|mta|smtp|relay|mx|web|app|srv|server|cache|queue|dns|ldap|k8s|cluster|ingress|egress|backend|frontend|sso|idp|iam|fw|firewall|nas|backup|storage|search|payment|payments|billing|fraud|scoring|ledger|core|batch|cron|scheduler|monitor|metrics|logs|logging|siem|bastion|jump|mail|mbx|edge|node|broker|registry|ci|build|runner)$/;
/** Parts that name a device a person uses or a person's own machine: the address is then a person's connection. */
const PERSONAL_PART =
  /^(?:iphone|ipad|android|galaxy|pixel|phone|handy|mobile|laptop|notebook|macbook|mac|pc|desktop|tablet|home|privat|private|my|mein|meine|guest|gast|user|users|client|kid|kids)$/;

/** Whether the dotted quad `address` at `index` is a private address named for a service host. */
export function isServiceHostAddress(text: string, index: number, address: string): boolean {
  if (!isPrivateIPv4(address)) return false;
  const host = HOST_BEFORE.exec(text.slice(Math.max(0, index - 48), index));
  if (!host) return false;
  const parts = host[1].split('-');
  // "jan-api (10.1.2.3)", "anna-web": a part that is a given name names a person's own host or sandbox.
  return parts.some((p) => SERVICE_PART.test(p)) && !parts.some((p) => PERSONAL_PART.test(p) || nameWord(p));
}

/** A host name's part that is a person's name ("jan", "anna"), not a service's word. */
function nameWord(part: string): boolean {
  if (part.length < 3 || SERVICE_PART.test(part)) return false;
  return isGivenName(part[0].toUpperCase() + part.slice(1)) || (isKnownName(part) && !isDictionaryWord(part));
}

/**
 * An address that names the platform's own infrastructure by the label right before it: an edge server, a load
 * balancer, a proxy, a WAF or CDN node (`"edge": "10.45.…"`, "Edge servers involved: 10.40.2.11, 10.40.2.12"); a
 * list of addresses may stand between label and address. The label must end right before the value (quotes,
 * escapes, colon), so "login from 81.2.69.160 via the edge" and a `"client_ip"` stay a person's connection.
 * Bounded slice, one alternation of fixed words: linear.
 */
const INFRASTRUCTURE_LABEL =
  /(?<![\p{L}\d_-])(?:edge(?:[ _-]?(?:servers?|nodes?|hosts?|ips?|pops?))?|load[ _-]?balancers?|reverse[ _-]?prox(?:y|ies)|prox(?:y|ies)|waf|cdn(?:[ _-]?nodes?)?)(?:[ \t]+involved)?["'\\\s:=]{0,16}(?:(?:\d{1,3}\.){3}\d{1,3}[ \t]*,[ \t]*){0,8}$/iu;
/**
 * A network range, not a host: a CIDR prefix shorter than /32 after the address ("45.133.0.0/16"). And a hosting
 * provider's address, so said in the bracket right after it ("45.133.12.7 (hosting, not a rider)"): a data centre's
 * machine, no person's line.
 */
const RANGE_OR_HOSTING_AFTER =
  /^(?:\/(?:[0-9]|[12][0-9]|3[01])(?!\d)|[ \t]*\((?:hosting|data[ -]?cent(?:er|re)|datacenter)\b)/iu;

/**
 * Words that make the address someone's own connection, read on its line within a short reach before the label and
 * after the address ("my home proxy 91.…", "(hosting provider says it is a residential line)", "… is her home
 * router"): privacy first, then no label or bracket makes it infrastructure. Fixed words, bounded slices: linear.
 */
const OWN_CONNECTION =
  /(?<![\p{L}])(?:my|mein\p{L}{0,2}|her|his|home|private|privat\p{L}*|residential|residence|household|customer|subscriber|dsl|fibre|fiber|broadband|wohnung|zuhause|daheim)(?![\p{L}])/iu;
/**
 * A private address named as an institution's own network or server, the label right before it ("Anstaltsnetz
 * 10.37.7.195", "prison network 10.37.9.100", "Server intern 10.42.7.20", round 46: set 43): the prison's or the
 * office's machine, not a visitor's or a person's line (a public "visitor client" address beside it stays). A network's
 * gateway named so ("Gateway 10.13.82.1, Proxy 10.13.82.3" in a library's Wi-Fi abuse report, round 51) is its
 * router's own address, handed to every reader's device; a home router said so after it ("Fritzbox") stays. Fixed
 * words, a bounded slice: linear.
 */
const OWN_NETWORK_LABEL =
  /(?<![\p{L}\d_-])(?:(?:prison|institution(?:al)?|internal|corporate|office|staff|establishment|site)[ \t]+(?:network|lan|server)|(?:anstalts|behörden|verwaltungs|dienst|büro)netz(?:werk)?|intranet|server[ \t]+intern|interne[rn]?[ \t]+server|(?:default[ \t]+|standard[ \t-]?)?gateway)[ \t:=]{0,4}$/iu;

/** A person's own device or place after an address: "bei mir", "zu Hause", "at home", a home router or VPN. */
const PERSONAL_AFTER =
  /(?<![\p{L}])(?:bei[ \t]+mir|zu[ \t]+hause|at[ \t]+home|fritz!?box|speedport|easybox|router|vpn|handy|laptop|mobile|phone|iphone|android)(?![\p{L}])/iu;

/**
 * The server a capture connected to, by the capture's own words (round 50: set 47's HAR files and curl transcripts):
 * a HAR entry's `"serverIPAddress": "…"`, curl -v's `*   Trying 203.0.113.77:443...` and `* Connected to host
 * (203.0.113.77) port 443` at a line's start, a squid log's hierarchy code and peer (`HIER_DIRECT/198.51.100.54`).
 * The client's side (`clientIPAddress`, `X-Forwarded-For`, an access log's first column) is never read here.
 * Fixed shapes, bounded slices: linear.
 */
const CAPTURE_SERVER_BEFORE =
  /(?:"serverIPAddress"[ \t]*:[ \t]*"|(?:^|\n)\*[ \t]+Trying[ \t]+|(?:^|\n)\*[ \t]+Connected[ \t]+to[ \t]+[A-Za-z0-9.-]{1,120}[ \t]+\(|[ \t](?:HIER_DIRECT|DIRECT|FIRSTUP_PARENT|FIRST_PARENT_MISS|CLOSEST_PARENT(?:_MISS)?|PARENT_HIT|DEFAULT_PARENT|SINGLE_PARENT|ROUNDROBIN_PARENT|CARP|SOURCEHASH_PARENT|ORIGINAL_DST|ANY_OLD_PARENT|SIBLING_HIT|CD_PARENT_HIT|CD_SIBLING_HIT|TIMEOUT_DIRECT|TIMEOUT_FIRSTUP_PARENT)\/)$/;
/** What must follow in each shape: the key's closing quote, curl's port, the bracket's "port", a blank. */
const CAPTURE_SERVER_AFTER = /^(?:"|:\d{1,5}\.{3}|\)[ \t]+port[ \t]+\d{1,5}|[ \t]|$)/;
/** A curl -v capture's own marks: the command, or its request and response lines ("> GET /", "< HTTP/2 200"). */
const CURL_CAPTURE =
  /(?:^|[\s$>])curl[ \t]+-|(?:^|\n)>[ \t]+(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+\S|(?:^|\n)<[ \t]+HTTP\/[\d.]+[ \t]+\d{3}/;
let curlText: string | undefined;
let curlCapture = false;
/** Whether the text is a curl capture, read once per text (many addresses stay linear). */
function isCurlCapture(text: string): boolean {
  if (text !== curlText) {
    curlText = text;
    curlCapture = CURL_CAPTURE.test(text);
  }
  return curlCapture;
}
/**
 * Whether the address at `index` is the server a capture names by its own words (see above). A server named in prose
 * ("Server 203.0.113.41 unverändert", "Der Server 100.41.4.218 antwortet nicht") stays: the development sets label such
 * addresses, and a report's "server" may be anyone's machine.
 */
function isNamedServerAddress(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - 160), index);
  if (!CAPTURE_SERVER_BEFORE.test(before) || !CAPTURE_SERVER_AFTER.test(text.slice(end, end + 24))) return false;
  // curl's "* Trying"/"* Connected to" only in a curl capture (its command or its request and response lines): the
  // same words in someone's chat about her own machine ("* Connected to jana-pc (84.158.12.77) port 22") stay.
  if (/\*[ \t]+(?:Trying|Connected)[ \t]+[^\n]*$/.test(before)) return isCurlCapture(text);
  return true;
}

/** Whether the dotted quad at `index` names infrastructure (an edge, a proxy, a range, a hosting machine, a log's host). */
export function isInfrastructureAddress(text: string, index: number, address: string): boolean {
  const end = index + address.length;
  const after = lineAfter(text, end, 80);
  if (OWN_CONNECTION.test(after)) return false;
  if (RANGE_OR_HOSTING_AFTER.test(text.slice(end, end + 24))) return true;
  if (isNamedServerAddress(text, index, end)) return true;
  // A log line's host key (`host=`, `"host.ip":`, `[origin ip=`): the service's own private machine.
  if (isPrivateIPv4(address) && isLogHostKeyAddress(text, index, address)) return true;
  if (isPrivateIPv4(address) && OWN_NETWORK_LABEL.test(text.slice(Math.max(0, index - 40), index))) {
    const own = OWN_NETWORK_LABEL.exec(text.slice(Math.max(0, index - 40), index));
    // Review 46: nor a person's own words right after the address ("Server intern 192.168.178.1 (Fritzbox bei
    // mir zu Hause)"): a home router or VPN stays a person's.
    const after = text.slice(end, end + 60).split('\n')[0];
    if (
      own &&
      !OWN_CONNECTION.test(lineBefore(text, index - own[0].length, 40)) &&
      !OWN_CONNECTION.test(after) &&
      !PERSONAL_AFTER.test(after)
    )
      return true;
  }
  const label = INFRASTRUCTURE_LABEL.exec(text.slice(Math.max(0, index - 200), index));
  if (!label) return false;
  // Words of someone's own just before the label ("my home proxy", "unser Heim-Proxy") keep the address a person's.
  return !OWN_CONNECTION.test(lineBefore(text, index - label[0].length, 40));
}
