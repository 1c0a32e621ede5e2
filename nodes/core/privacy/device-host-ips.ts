import { isPrivateIPv4 } from './service-host-ips.js';

/**
 * The security trade's fixed devices written in prose or a table, not as a `key: value` (log-host-keys.ts reads
 * those): "Panel 10.20.14.77 meldet Übertragungsfehler", "Zentrale: Typ MZ-5000, Firmware 4.12.3, IP 192.168.20.15",
 * "Firmware 6.2.1 · IP 10.20.31.4" on a commissioning sheet, and a door-access or zone table's `panel` / `panel_ip`
 * column. An alarm panel's, recorder's or reader's private address lives inside the site's network and names the
 * device, no person's connection (the README's convention labels private ranges never). Privacy first: private
 * ranges only (a public address stays flagged), and a line that speaks of someone's own device keeps it.
 *
 * A print job's attributes as ipptool or CUPS list them name the printer and the print client the same way:
 * `printer-uri (uri) = ipp://192.168.3.84/printers/office-mfp`, `job-originating-host-name (nameWithoutLanguage) =
 * 172.20.9.210` (a workstation or till inside the firm's network). The job's user name attribute is a value like any.
 */

/** A device's word right before the address ("Panel 10.…", "NVR 192.…", "Kamera 3 10.…"). Bounded slice: linear. */
const DEVICE_BEFORE =
  /(?<![\p{L}])(?:panel|zentrale|einbruchmeldezentrale|emz|nvr|dvr|recorder|camera|kamera|cam|reader|leser|controller|übertragungsgerät|ütg)(?:[ \t]+[A-Z]?\d{1,3})?[ \t]*[:=#]?[ \t]*$/iu;
/** "IP" right before the address, on a line that opens with a device's label or names its firmware. */
const IP_WORD_BEFORE = /(?<![\p{L}])IP(?:-Adresse)?[ \t]*:?[ \t]*$/u;
const DEVICE_LINE =
  /^[ \t>*-]*(?:panel|zentrale|einbruchmeldezentrale|nvr|dvr|recorder|kamera|camera|reader|leser|controller|übertragungsgerät)\b|(?<![\p{L}])firmware(?![\p{L}])/iu;
/** Someone's own device on the line: the address stays. */
const OWN_DEVICE =
  /(?<![\p{L}])(?:my|mein\p{L}{0,2}|his|her|sein\p{L}{0,2}|ihr\p{L}{0,2}|home|privat\p{L}*|private|handy|smartphone|iphone|laptop|user|nutzer|kunde|customer|guest|gast)(?![\p{L}])/iu;
/** An IPP attribute holding a printer's or print client's address: `name (syntax) = ` and a URI's scheme. */
const IPP_ATTRIBUTE_BEFORE =
  /^[ \t]*(?:job-originating-host-name|printer-uri|printer-uri-supported|job-printer-uri|job-uri|printer-more-info|device-uri)[ \t]*\([\w -]{1,40}\)[ \t]*=[ \t]*(?:(?:ipps?|socket|lpd|https?):\/\/)?$/;
/** A table's heading for a device's address. */
const DEVICE_HEADING =
  /^(?:panel|zentrale|nvr|dvr|recorder|camera|kamera|reader|leser|controller)(?:[ _-]?(?:ip|addr|address|adresse))?$/i;

/** The heading of the delimited column holding `index`: the nearest line above with as many cells, all words. */
function columnHeading(text: string, lineStart: number, index: number): string | undefined {
  const lineEnd = text.indexOf('\n', index);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const delimiter = [';', ',', '\t', '|'].find((d) => line.split(d).length >= 3);
  if (!delimiter) return undefined;
  const cells = line.split(delimiter);
  const column = text.slice(lineStart, index).split(delimiter).length - 1;
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < 60; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end).replace(/^[ +-]/, '');
    const headings = above.split(delimiter);
    if (
      headings.length === cells.length &&
      headings.every((h) => /^[ \t"]*[\p{L}_][\p{L}\d_ .-]{0,30}[ \t"]*$/u.test(h))
    )
      return headings[column]?.replace(/["\s]/g, '');
    end = start - 1;
  }
  return undefined;
}

/** Whether the private dotted quad at `index` is an alarm panel's, recorder's, camera's or reader's own address. */
export function isDeviceHostAddress(text: string, index: number, address: string): boolean {
  if (!isPrivateIPv4(address)) return false;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (line.length > 2000 || OWN_DEVICE.test(line)) return false;
  const before = text.slice(Math.max(lineStart, index - 60), index);
  if (DEVICE_BEFORE.test(before)) return true;
  if (IP_WORD_BEFORE.test(before) && DEVICE_LINE.test(line)) return true;
  if (IPP_ATTRIBUTE_BEFORE.test(text.slice(lineStart, index))) return true;
  const heading = columnHeading(text, lineStart, index);
  return heading !== undefined && DEVICE_HEADING.test(heading);
}
