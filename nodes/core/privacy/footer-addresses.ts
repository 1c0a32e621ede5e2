import { LineIndex } from './line-index.js';
import type { Entity } from './entities.js';
import { LEGAL_FORM } from './organisation-contacts.js';
import { personalMailbox } from './role-mailboxes.js';

/**
 * A slide's or sheet's footer: the firm's address beside its role mailbox ("Obere Donaustraße 95, 1020 Wien ·
 * move@firm.at", or the mailbox on the line above or below), repeated on the closing slide or under a sheet. An
 * organisation's office address is not a person's (the labelled sets' rule for imprints), so such an address is
 * dropped. Privacy first: only when the address line holds nothing but the address and a role mailbox (no word,
 * no name, no other value), and the mailbox is no one's own ("jana.petersen@", a free-mail box keeps it).
 *
 * A workbook's footer is its closing line: "Kestrel Partners GmbH – Einsatzblatt.ods" on top, the sheets, a blank
 * line, the firm's address alone at the end. Only when the file's title names a firm by its legal form and the
 * line holds the address alone.
 */
export function withoutFooterAddresses(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'POSTAL_ADDRESS')) return found;
  const lines = new LineIndex(text);
  const lineOf = (i: number) => lines.lineOf(i);
  const lineStart = (line: number) => lines.lineStart(line);
  const lineEnd = (line: number) => lines.lineEnd(line);
  // The findings of each line (a finding across lines belongs to each of them).
  const byLine = new Map<number, Entity[]>();
  for (const e of found)
    for (let line = lineOf(e.start), last = lineOf(e.end); line <= last; line++) {
      const list = byLine.get(line);
      if (list) list.push(e);
      else byLine.set(line, [e]);
    }
  // Whether the line holds nothing but the given findings and separators.
  const onlySeparators = (line: number, spans: Entity[]) => {
    let rest = '';
    let at = lineStart(line);
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      rest += text.slice(at, Math.max(at, s.start));
      at = Math.max(at, s.end);
    }
    rest += text.slice(at, Math.max(at, lineEnd(line)));
    return /^[\s·•.|,;–-]*$/.test(rest);
  };
  // An e-mail finding may have swept up the word before a bullet ("Leipzig · team@…": the bullet reads as an
  // obfuscated dot); the mailbox is its last unspaced run.
  const roleMailbox = (e: Entity) =>
    e.type === 'EMAIL_ADDRESS' && !personalMailbox(/\S+$/.exec(text.slice(e.start, e.end))?.[0] ?? '');
  // A footer line holds an address and at most a mailbox or two: a longer line is read as it is.
  const footerLine = (line: number) => {
    const list = byLine.get(line) ?? [];
    return (
      list.length <= 3 && list.every((e) => e.type === 'POSTAL_ADDRESS' || roleMailbox(e)) && onlySeparators(line, list)
    );
  };
  const mailboxAlone = (line: number) => {
    if (line < 0 || line > lines.lastLine) return false;
    const list = byLine.get(line) ?? [];
    return list.length === 1 && roleMailbox(list[0]) && onlySeparators(line, list);
  };
  // A person's own footer (a sole trader's, a freelancer's): her name on the address line or right beside it, or
  // a word of a name found in the text in the mailbox's domain ("info@petersen-foto.de"), keeps the address.
  const personLine = (line: number) => (byLine.get(line) ?? []).some((e) => e.type === 'PERSON');
  const nameWords = new Set<string>();
  for (const e of found)
    if (e.type === 'PERSON')
      for (const w of text
        .slice(e.start, e.end)
        .toLowerCase()
        .split(/[^\p{L}]+/u))
        if (w.length >= 4) nameWords.add(w);
  const namedDomain = (line: number) =>
    (byLine.get(line) ?? []).some((e) => {
      if (e.type !== 'EMAIL_ADDRESS') return false;
      const value = text.slice(e.start, e.end).toLowerCase();
      const domain = value.slice(value.indexOf('@') + 1);
      return domain.split(/[^\p{L}]+/u).some((w) => nameWords.has(w));
    });
  const someonesFooter = (line: number) => [line - 1, line, line + 1].some((l) => personLine(l) || namedDomain(l));
  const firms = new Set<Entity>();
  // The closing line of a firm's workbook or deck, after a blank line: its address alone.
  const last = lastLineAfterBlank(text);
  if (last !== undefined && firmFileTitle(text)) {
    const line = lineOf(last);
    const list = byLine.get(line) ?? [];
    // (The same address may stand found twice, by two detectors.)
    if (
      list.length <= 3 &&
      list.every((e) => e.type === 'POSTAL_ADDRESS') &&
      onlySeparators(line, list) &&
      !someonesFooter(line)
    )
      for (const e of list) firms.add(e);
  }
  for (const e of found) {
    if (e.type !== 'POSTAL_ADDRESS') continue;
    const line = lineOf(e.start);
    if (lineOf(e.end) !== line || !footerLine(line) || someonesFooter(line)) continue;
    const list = byLine.get(line) ?? [];
    if (list.some((o) => o.type === 'EMAIL_ADDRESS') || mailboxAlone(line - 1) || mailboxAlone(line + 1)) firms.add(e);
  }
  return firms.size === 0 ? found : found.filter((e) => !firms.has(e));
}

/** An office file's name on the first line ("Kestrel Partners GmbH – Einsatzblatt.ods") that names a firm by its legal form. */
const OFFICE_FILE = /\.(?:xlsx|xlsm|xls|ods|csv|pptx|ppt|odp|key|numbers)[ \t]*$/i;
function firmFileTitle(text: string): boolean {
  const start = text.search(/\S/);
  if (start === -1) return false;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  const title = text.slice(start, Math.min(end, start + 200));
  return OFFICE_FILE.test(title) && LEGAL_FORM.test(title);
}

/** The start of the text's last line that is not blank, when a blank line stands right above it; or undefined. */
function lastLineAfterBlank(text: string): number | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end === 0) return undefined;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (start < 2) return undefined;
  const above = text.lastIndexOf('\n', start - 2) + 1;
  return text.slice(above, start - 1).trim() === '' ? start : undefined;
}
