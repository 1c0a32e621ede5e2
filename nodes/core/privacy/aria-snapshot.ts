import { mergedRanges, overlapsRanges, type MarkupReading, type TextPiece } from './markup-text-view.js';
import type { Entity } from './entities.js';
import { decodeQuoted, NAME_FIELD, NAME_VALUE } from './ui-automation-dump.js';
import { personalPhone } from './organisation-contacts.js';
import { namelessUnitMailbox } from './role-mailboxes.js';

/**
 * Playwright ARIA snapshots (`toMatchAriaSnapshot`, `locator.ariaSnapshot()`): a YAML-like tree, one node a line,
 * `- role "accessible name" [attributes]: text`. A form's field writes its label as the node's name and what is typed
 * in it as its text (`- textbox "Vorname": Jana`); a table writes a row's cells one a line under `- row:`; a link
 * writes its target in a child (`- /url: tel:01179243380`). Read as written, the roles and quotes read as neither
 * a label nor a table. This reader gives the text a person reads: a node's name and its text on one line
 * ("Vorname: Jana"), a row's cells on one line joined by " | " (a table's row, as the table readers know it), a
 * link's target on its name's line ("Call the salon: 01179243380"), a node's name alone (a button, a heading, a
 * price list's row) as a line of its own. The roles, attributes and the url's scheme are the format's own; what is
 * written there, and every line that is no node, keeps its findings read as written (fail closed).
 */

/** A node's line: indentation, "- ", a role (or a property like "/url"), then its name, attributes and text. */
const NODE =
  /^([ \t]*)- ([a-z][a-z-]*|\/[a-z]+)(?:[ \t]+"((?:[^"\\\n]|\\.){0,4000})")?((?:[ \t]*\[[^\]\n]{0,200}\])*)[ \t]*(:?)[ \t]*(.*)$/;
/** The roles of a snapshot (a text in the shape of a node but none of these is YAML of another kind). */
const ROLES = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox ' +
    'complementary contentinfo definition deletion dialog directory document emphasis feed figure form generic grid ' +
    'gridcell group heading img insertion link list listbox listitem log main marquee math meter menu menubar ' +
    'menuitem menuitemcheckbox menuitemradio navigation none note option paragraph presentation progressbar radio ' +
    'radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong ' +
    'subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid ' +
    'treeitem text'
  ).split(' '),
);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const ROW_ROLES = new Set(['row']);
/** A url's scheme (the format's own), before the number or address a tel:, sms: or mailto: link writes. */
const SCHEME = /^(?:tel|sms|callto|mailto|fax):/i;
/** A link's name that is the business's own call or mail action ("Call the salon", "Salon anrufen", "Email us"). */
const BUSINESS_ACTION =
  /^(?:(?:call|phone|ring|text|e-?mail|contact|write to)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:salon|studio|shop|spa|gym|clinic|reception|front desk|team|us|store|barbers?)|(?:salon|studio|praxis|empfang|uns|laden|team)[ \t]+(?:anrufen|kontaktieren|anschreiben)|(?:studio|salon)[ \t]+(?:e-?mail|telefon))$/i;
const MAX_LENGTH = 4_000_000;
const HEAD = 4_000;

interface Open {
  indent: number;
  role: string;
  /** The line key of the node's own line (its name and text); a row's cells have their own. */
  line: string;
  cells?: string;
  cellCount: number;
  name?: string;
  /** The table the node is in (itself for a table): found without walking the stack (a hostile deep tree). */
  table?: Open;
  /** A table's column headings (its last row of column headers). */
  headers?: string[];
}

/** A table's column heading that names the person of each row ("Client", "Kunde", "Gast", "Member"). */
const PERSON_COLUMN =
  /^(?:clients?|kund(?:e|in|en|innen)|customers?|guests?|gäste|gast|names?|namen?|full[ \t]name|members?|mitglied(?:er)?|patient(?:in|en)?|teilnehmer(?:in)?|participants?|person|inhaber(?:in)?|holder|attendees?|besucher(?:in)?|visitors?)$/i;
/** A cell written as a person's name: one to five words of letters, perhaps cut short by the table ("Sar…"). */
const NAME_CELL = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:,?[ \t]+\p{L}[\p{L}\p{M}'’.-]*?){0,4})(?:…|\.\.\.)?$/u;
const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);

/** Whether a url's scheme (tel:, mailto:, …) stands right before its value. */
const vsScheme = (text: string, at: number) =>
  /(?:tel|sms|callto|mailto|fax):$/i.test(text.slice(Math.max(0, at - 7), at));

/**
 * Whether a business action's link target may be the business's: a mobile (a stylist's own, a one-person salon's)
 * or a mailbox with a name in it ("jana.okafor@gmail.com" under "Email us") stays a person's (review 47).
 */
function businessValue(value: string, text: string, german: boolean): boolean {
  if (value.includes('@')) return namelessUnitMailbox(value.replace(/[?#].*$/su, ''), new Set());
  // A German 07xx number under a German call action ("Salon anrufen"): Stuttgart's landline, no UK mobile.
  if (german && /^(?:\+49[ \t]?(?:\(0\)[ \t]?)?7|07)\d/u.test(value)) return true;
  return !personalPhone(value, value, text);
}

/** The nodes of a Playwright ARIA snapshot; undefined (cheaply) for a text that is none. */
export function ariaSnapshotPieces(text: string): MarkupReading | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const head = text.slice(0, HEAD);
  if (!/^[ \t]*- [a-z]+(?: "|:)/m.test(head)) return undefined;
  const pieces: TextPiece[] = [];
  let nodes = 0;
  let named = 0;
  let key = 0;
  const stack: Open[] = [];
  const business: { start: number; end: number }[] = [];
  const known: Entity[] = [];
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const lineEnd = text[end - 1] === '\r' ? end - 1 : end;
    const m = NODE.exec(text.slice(at, lineEnd));
    if (m && (ROLES.has(m[2]) || m[2].startsWith('/'))) {
      nodes++;
      const indent = m[1].replace(/\t/g, '    ').length;
      while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
      const parent = stack[stack.length - 1];
      const role = m[2];
      const prefix = m[1].length + 2 + role.length;
      let name: { start: number; end: number } | undefined;
      if (m[3] !== undefined && m[3].length > 0) {
        const q = text.indexOf('"', at + prefix);
        name = { start: q + 1, end: q + 1 + m[3].length };
        named++;
      }
      let value: { start: number; end: number } | undefined;
      if (m[5] === ':' && /\S/.test(m[6])) {
        let vs = lineEnd - m[6].length;
        let ve = lineEnd;
        while (ve > vs && /[ \t]/.test(text[ve - 1])) ve--;
        // A quoted text ("10:15"): its quotes are YAML's.
        if (ve - vs >= 2 && text[vs] === '"' && text[ve - 1] === '"') {
          vs++;
          ve--;
        }
        if (role.startsWith('/')) {
          const scheme = SCHEME.exec(text.slice(vs, ve));
          if (scheme) vs += scheme[0].length;
        }
        if (ve > vs) value = { start: vs, end: ve };
      }
      const node: Open = {
        indent,
        role,
        line: `n${key++}`,
        cellCount: 0,
        name: name ? text.slice(name.start, name.end).trim() : undefined,
      };
      node.table = TABLE_ROLES.has(role) ? node : parent?.table;
      if (CELL_ROLES.has(role) && parent && ROW_ROLES.has(parent.role)) {
        // A row's cell: on its row's line of cells.
        parent.cells ??= `r${key++}`;
        const table = parent.table;
        if (table && role === 'columnheader') {
          if (parent.cellCount === 0) table.headers = [];
          table.headers?.push(name ? text.slice(name.start, name.end).trim() : '');
        } else if (table?.headers && name) {
          // A cell under a column of people ("Client"): that row's person, as the table's heading says.
          const heading = table.headers[parent.cellCount] ?? '';
          const cell = NAME_CELL.exec(text.slice(name.start, name.end));
          if (PERSON_COLUMN.test(heading) && cell && !/\d/.test(cell[1]))
            known.push({ type: 'PERSON', start: name.start, end: name.start + cell[1].length, score: 0.85 });
        }
        const before = parent.cellCount++ > 0 ? ' | ' : undefined;
        if (name) pieces.push({ ...name, line: parent.cells, before });
        if (value) pieces.push({ ...value, line: parent.cells, before: name ? ' ' : before });
      } else if (
        role === '/url' &&
        parent?.role === 'link' &&
        value &&
        vsScheme(text, value.start) &&
        parent.name !== undefined &&
        BUSINESS_ACTION.test(parent.name) &&
        businessValue(
          text.slice(value.start, value.end),
          text,
          /anrufen|kontaktieren|anschreiben|telefon/i.test(parent.name),
        )
      ) {
        // A tel: or mailto: link named as the business's own call action ("Call the salon"): its number is the
        // business's, no person's: no piece, and its findings read as written are dropped (ownValuesAt).
        business.push(value);
      } else if (role.startsWith('/') && parent && value) {
        // A link's url (a property of its parent): on the parent's line, after its name.
        pieces.push({ ...value, line: parent.line, before: ': ' });
      } else {
        if (name) pieces.push({ ...name, line: node.line });
        if (value) pieces.push({ ...value, line: node.line, before: name ? ': ' : undefined });
        // A name field's text ("Gastname": Tschurtschell, Chaspertin): that person's name.
        if (name && value && NAME_FIELD.test(text.slice(name.start, name.end).trim())) {
          const v = text.slice(value.start, value.end).trim();
          if (NAME_VALUE.test(v) && /\p{Lu}/u.test(v) && text.startsWith(v, value.start))
            known.push({ type: 'PERSON', start: value.start, end: value.start + v.length, score: 0.9 });
        }
      }
      stack.push(node);
    }
    at = end + 1;
  }
  if (nodes < 2 || named === 0 || pieces.length === 0) return undefined;
  return {
    pieces,
    escapes: decodeQuoted,
    joiner: ' ',
    ...(known.length > 0 ? { known } : {}),
    ...(business.length > 0 ? { ownValuesAt: overlapsRanges(mergedRanges(business)) } : {}),
  };
}
