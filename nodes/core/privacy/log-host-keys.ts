/**
 * A service log's own machines: a private address that is the value of a key naming where the service runs or
 * what it talks to, anywhere on a log line (logfmt `host=10.…`, `upstream=10.…:5432`, an MDC field `terminal=10.…`,
 * ECS JSON `"host.ip":"10.…"`, an OpenTelemetry attribute `{"key":"host.ip","value":{"stringValue":"10.…"}}`, RFC 5424
 * structured data `[origin ip="10.…"]`), and the first column of an access log line written by the platform's own
 * health prober. Such an address lives inside the organisation's network and names its machine.
 * Privacy first: a key naming a client, source, remote end, user, guest or peer (`client.ip`, `remote_addr`,
 * `X-Forwarded-For`, `guest_ip`) is never read as a host, and a line that speaks of handing an address to a device
 * (a hotspot, a DHCP lease, "assigned to …", a guest network) keeps every address on it flagged.
 */

/** The key right before the value: `key=`, `"key":"`, `key: ` after a blank, bracket, brace, comma or line start. */
const KEY_BEFORE = /(?:^|[\s,{[|;])["']?([A-Za-z][\w.@-]{0,47})["']?[ \t]*[=:][ \t]*["']?$/;
/** An OpenTelemetry attribute: the key and its value are separate JSON members of one `{"key":…,"value":{…}}` object. */
const OTEL_KEY_BEFORE =
  /"key"[ \t]*:[ \t]*"([\w.@-]{1,48})"[ \t]*,[ \t]*"value"[ \t]*:[ \t]*\{[ \t]*"stringValue"[ \t]*:[ \t]*"$/;
/**
 * RFC 5424 §7.2: the SD-ID "origin" holds the "ip" parameter, "the IP address that the originator knows it has" —
 * the sending machine's own address. The element's ID after the last "[" before the value.
 */
const SD_ELEMENT_BEFORE = /\[([A-Za-z][\w.-]{0,31})(?:@\d{1,10})?[ \t][^[\]]*$/;

/**
 * Key parts that name where a service runs or what it talks to, and the security trade's fixed devices (an alarm
 * panel, its Zentrale, a video recorder, a camera, a door reader or controller: `panel: 10.…`, `panel_ip`).
 */
const INFRASTRUCTURE_PART =
  /^(?:host|hostname|server|node|upstream|target|terminal|origin|backend|observer|destination|dest|dst|bind|listen|panel|zentrale|nvr|dvr|recorder|camera|kamera|cam|reader|leser|controller|übertragungsgerät)$/i;
/** Key parts that make the address a person's connection: any of them wins. */
const PERSONAL_PART =
  /^(?:client|clients|source|src|remote|user|usr|guest|gast|peer|forwarded|xff|customer|visitor|caller|member|home|private|device|real|subscriber)$/i;
/** A line that hands an address to a device: the address is then someone's. Fixed words: linear. */
const DEVICE_LINE =
  /(?<![\p{L}])(?:hotspot|dhcp|lease[ds]?|assigned|zugewiesen|vergeben|guest[ _-]?(?:wifi|wi-fi|wlan|network|device)s?|gast[ _-]?(?:wlan|netz)|captive)(?![\p{L}])/iu;
/**
 * A line that speaks of someone's own machine ("my home server", "Jana's NAS", "own laptop", a person's device):
 * the address is then a person's whatever its key. Fixed words and a possessive's "'s": linear.
 */
const OWN_MACHINE_LINE =
  /(?<![\p{L}])(?:my|mine|mein\p{L}{0,2}|our|unser\p{L}{0,2}|own|owner|eigene?\p{L}{0,2}|home|private|privat\p{L}*|personal|persönlich\p{L}*|zuhause|daheim|laptop|notebook|smartphone|iphone|handy|tablet|ipad)(?![\p{L}])|\p{L}['’]s(?![\p{L}])/iu;
/** A health prober's user agent and a health endpoint's request: the platform polling itself. */
const HEALTH_PROBE_LINE =
  /"(?:GET|HEAD) (?:https?:\/\/[A-Za-z0-9.-]{1,120}(?::\d{1,5})?)?\/(?:healthz?|readyz?|livez|health-check|healthcheck|ping|status)(?:[/?][^"\s]*)? HTTP\/[\d.]+" \d{3} [\d-]+ "[^"]*" "(?:kube-probe|ELB-HealthChecker|GoogleHC|Consul Health Check|HAProxy|Envoy\/HC)/;
/**
 * A common-log line without referrer and user agent whose request is a health endpoint proper (not "/status" or
 * "/ping", which a person's page may be): `10.20.0.5 - - […] "GET /healthz HTTP/1.1" 200 2` (round 50: set 47).
 */
const HEALTH_ENDPOINT_LINE =
  /"(?:GET|HEAD) (?:https?:\/\/[A-Za-z0-9.-]{1,120}(?::\d{1,5})?)?\/(?:healthz?|readyz|livez|health-check|healthcheck)(?:[/?][^"\s]*)? HTTP\/[\d.]+" \d{3} [\d-]+[ \t]*$/;
/**
 * A squid access log's line (`time elapsed client code/status bytes method URL`) whose request is a health endpoint:
 * the platform polling itself. Other squid lines keep their client: a workstation behind the proxy is a person's.
 */
const SQUID_HEALTH_LINE =
  /^\d{9,10}\.\d{3}[ \t]+\d+[ \t]+(\S+)[ \t]+[A-Z_]+\/\d{3}[ \t]+\d+[ \t]+(?:GET|HEAD)[ \t]+https?:\/\/[A-Za-z0-9.-]{1,120}(?::\d{1,5})?\/(?:healthz?|readyz|livez|health-check|healthcheck)(?:[/?]\S*)?[ \t]/;

/** Whether a key (`host.ip`, `upstream_addr`, `terminal`) names the service's own side and no person's. */
function isInfrastructureKey(key: string): boolean {
  const parts = key.split(/[._@-]/);
  return parts.some((p) => INFRASTRUCTURE_PART.test(p)) && !parts.some((p) => PERSONAL_PART.test(p));
}

/** Whether the private address at `index` is the value of a log line's host key, or an access log's health prober. */
export function isLogHostKeyAddress(text: string, index: number, address: string): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  if (line.length > 4000 || DEVICE_LINE.test(line) || OWN_MACHINE_LINE.test(line)) return false;
  if (index === lineStart)
    // No signed-in user ("10.20.0.5 - jana.okafor [...]"): a person's own request from her machine (review 50).
    return line.startsWith(`${address} - - `) && (HEALTH_PROBE_LINE.test(line) || HEALTH_ENDPOINT_LINE.test(line));
  const squid = SQUID_HEALTH_LINE.exec(line);
  if (squid && squid[1] === address && line.indexOf(address) === index - lineStart) return true;
  const before = text.slice(Math.max(lineStart, index - 160), index);
  const otel = OTEL_KEY_BEFORE.exec(before);
  if (otel) return isInfrastructureKey(otel[1]);
  const key = KEY_BEFORE.exec(before);
  if (!key) return false;
  if (/^ip$/i.test(key[1])) {
    const element = SD_ELEMENT_BEFORE.exec(before);
    return element !== null && /^origin$/i.test(element[1]);
  }
  return isInfrastructureKey(key[1]);
}
