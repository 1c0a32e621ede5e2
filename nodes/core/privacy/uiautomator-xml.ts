import { insideRanges, mergedRanges, type MarkupReading, type TextPiece } from './markup-text-view.js';

/**
 * Android's `uiautomator dump` XML (`<hierarchy rotation="0"><node index="0" text="…" resource-id="…"
 * class="android.widget.EditText" content-desc="…" hint="…" bounds="[0,96][1080,240]" …/>`): every view is an
 * empty or nesting `node` tag whose visible text is its `text` attribute and whose spoken description is its
 * `content-desc` ("Profilfoto von Rebekika"); a field's label is its `hint`, or a short label a TextView right
 * before it shows. This adapter reads each node as the line a person (or TalkBack) would read: the description as
 * a line of its own, the text after its label ("Vorname: Rebekika"). The format's own values (indexes, resource
 * ids, class and package names, booleans, bounds) are markup; any other attribute keeps the findings of the
 * document read as written (fail closed).
 */

/** A node's tag, up to its end (no `<` inside: an attribute value writes it as `&lt;`). */
const NODE_TAG = /<node\b([^<>]*)>?/g;
/** An attribute of a tag (a value without `<`, as XML requires). */
const ATTRIBUTE = /\s*([\w:.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** The shapes of the format's own attribute values: only a value of its attribute's own shape is markup. */
const BOOLEAN = /^(?:true|false)$/;
const OWN_VALUES: ReadonlyMap<string, RegExp> = new Map([
  ['index', /^\d{1,6}$/],
  ['resource-id', /^(?:[\w.]+:id\/)?[\w.]+$/],
  ['class', /^[\w.$]+$/],
  ['package', /^[\w.]+$/],
  ['bounds', /^(?:\[-?\d{1,6},-?\d{1,6}\]){2}$/],
  ['rotation', /^\d$/],
  ['drawing-order', /^\d{1,6}$/],
  ...[
    'checkable',
    'checked',
    'clickable',
    'enabled',
    'focusable',
    'focused',
    'scrollable',
    'long-clickable',
    'password',
    'selected',
    'visible-to-user',
    'important-for-accessibility',
    'displayed',
    'NAF',
  ].map((k): [string, RegExp] => [k, BOOLEAN]),
]);

/** The format's own attributes of numbers and flags (their findings are its markup). */
const NUMERIC_OWN = new Set([...OWN_VALUES.keys()].filter((k) => !['resource-id', 'class', 'package'].includes(k)));
/** The format's own attributes of names, never of numbers. */
const NAME_LIKE = new Set(['resource-id', 'class', 'package']);
/** A label a TextView shows before a field: a few words, no digits, maybe a colon. */
const SHORT_LABEL = /^[\p{L}][\p{L} ./'’()-]{0,30}:?$/u;
/** At most this many nodes are read (a dump holds a screen: hundreds). */
const MAX_NODES = 20_000;

interface Attr {
  start: number;
  end: number;
  value: string;
}

export function uiautomatorPieces(text: string): MarkupReading | undefined {
  // Cheap marks first: a dump's root and its nodes' bounds.
  if (!text.includes('<hierarchy') || !text.includes('<node ') || !text.includes('bounds="[')) return undefined;
  const pieces: TextPiece[] = [];
  const own: { start: number; end: number }[] = [];
  let previousLabel: string | undefined;
  let n = 0;
  for (const m of text.matchAll(NODE_TAG)) {
    if (++n > MAX_NODES) break;
    const attrs = new Map<string, Attr>();
    ATTRIBUTE.lastIndex = m.index + 5;
    for (let a = ATTRIBUTE.exec(text); a; a = ATTRIBUTE.exec(text)) {
      if (a.index >= m.index + m[0].length) break;
      const value = a[2] ?? a[3];
      const end = a.index + a[0].length - 1;
      attrs.set(a[1], { start: end - value.length, end, value });
      const shape = OWN_VALUES.get(a[1]);
      // A name-like attribute (resource-id, class, package) never holds six digits: a phone number written there
      // is kept, privacy first (review 47).
      if (shape?.test(value) && !(NAME_LIKE.has(a[1]) && /(?:\d\D?){6}/.test(value)))
        own.push({ start: end - value.length, end });
    }
    const line = `node ${m.index}`;
    const piece = (a: Attr | undefined, key: string, before?: string) => {
      if (!a || !/[\p{L}\p{N}]/u.test(a.value)) return false;
      const lead = a.value.length - a.value.trimStart().length;
      const trail = a.value.length - a.value.trimEnd().length;
      pieces.push({ start: a.start + lead, end: a.end - trail, line: key, ...(before ? { before } : {}) });
      return true;
    };
    const shown = attrs.get('text');
    const desc = attrs.get('content-desc');
    const hint = attrs.get('hint');
    const hasText = shown !== undefined && /[\p{L}\p{N}]/u.test(shown.value);
    const field = /EditText|TextInput|AutoComplete/i.test(attrs.get('class')?.value ?? '');
    const descLabel = desc !== undefined && SHORT_LABEL.test(desc.value.trim()) ? desc : undefined;
    if (hasText && hint && hint.value.trim() && hint.value.trim() !== shown.value.trim()) {
      // "hint: text": the hint says what the field holds.
      piece(hint, line);
      piece(shown, line, ': ');
      piece(desc, `${line} desc`);
    } else if (hasText && descLabel && descLabel.value.trim() !== shown.value.trim()) {
      // A short description beside a text labels it ("Mitglied" on the member's name).
      piece(descLabel, line);
      piece(shown, line, ': ');
    } else if (hasText && field && previousLabel !== undefined) {
      pieces.push({ ...trimmedOf(shown), line, before: `${previousLabel}: ` });
      piece(desc, `${line} desc`);
    } else {
      piece(shown, line);
      piece(desc, `${line} desc`);
      if (!hasText) piece(hint, `${line} hint`);
    }
    // A TextView's short text labels the field after it (read only as that field's label).
    const label = hasText && !field ? shown.value.trim().replace(/:$/, '') : undefined;
    previousLabel = label !== undefined && SHORT_LABEL.test(label) ? label : undefined;
  }
  if (pieces.length === 0) return undefined;
  return {
    pieces,
    escapes: 'xml',
    // Only the format's number and flag attributes are its markup: a value written in any other attribute
    // (resource-id, package, a tooltip) keeps its finding unless it is of its attribute's own shape (review 47).
    markup: 'tags',
    ownAttribute: (element, attribute) => element === 'node' && NUMERIC_OWN.has(attribute),
    ...(own.length > 0 ? { ownValuesAt: insideRanges(mergedRanges(own)) } : {}),
  };
}

function trimmedOf(a: Attr): { start: number; end: number } {
  const lead = a.value.length - a.value.trimStart().length;
  const trail = a.value.length - a.value.trimEnd().length;
  return { start: a.start + lead, end: a.end - trail };
}
