import type { LineCopy, MarkupReading, TextPiece } from './markup-text-view.js';

/**
 * Adapters of the XML formats of OCR engines (markup-text-view.ts reads what they return): hOCR, ALTO and PAGE XML.
 * Each finds its word elements with one forward pass of patterns that stop at the next tag, so a document costs
 * time linear in its length, and a text without the format's marks costs one `includes`.
 */

/** An attribute of a tag, read from just after the tag's name or the attribute before it (no `<` in a value). */
const ATTRIBUTE = /\s+([\w:.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

type Attributes = Map<string, { start: number; end: number }>;

/** The attributes of the tag whose name ends at `from`: each value's offsets (inside the quotes). */
function attributesAt(text: string, from: number): Attributes {
  const found: Attributes = new Map();
  ATTRIBUTE.lastIndex = from;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    const value = m[2] ?? m[3];
    const end = m.index + m[0].length - 1;
    found.set(m[1], { start: end - value.length, end });
  }
  return found;
}

/** hOCR's line elements (the spec's `ocr_line` and its kin for headers, captions and floating text) and words. */
const HOCR_CLASS = /\bclass\s*=\s*(["'])(ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)(?:\s[^"'<>]*)?\1/g;
/** Inline formatting an engine may wrap a word's text in (`<strong>`, `<em>`). */
const HOCR_INLINE = /^(?:<(?:strong|em|b|i)>)+/;

/**
 * hOCR (HTML): the text of each `ocrx_word` element, grouped by the `ocr_line` around it. The word's text is what
 * stands between its tag and the next one, entity-decoded.
 */
export function hocrWords(text: string): MarkupReading | undefined {
  if (!text.includes('ocrx_word')) return undefined;
  const words: TextPiece[] = [];
  let line = 'line 0';
  let lines = 0;
  // Each element is read only up to the next element's class: an unclosed tag or a text without "<" (a chat
  // naming the class) must not make every word run to the end of the text, read again per word (quadratic).
  const marks = [...text.matchAll(HOCR_CLASS)];
  marks.forEach((m, k) => {
    const from = m.index + m[0].length;
    const upTo = text.slice(from, k + 1 < marks.length ? marks[k + 1].index : text.length);
    const tagEnd = upTo.indexOf('>');
    if (tagEnd < 0) return;
    if (m[2] !== 'ocrx_word') {
      line = `line ${++lines}`;
      return;
    }
    let start = tagEnd + 1;
    const inline = HOCR_INLINE.exec(upTo.slice(start, start + 40));
    if (inline) start += inline[0].length;
    let end = upTo.indexOf('<', start);
    if (end < 0) end = upTo.length;
    if (upTo.slice(start, end).trim()) words.push(trimmed(text, { start: from + start, end: from + end, line }));
  });
  return words.length > 0 ? { pieces: words, escapes: 'xml' } : undefined;
}

/** A word's span without the blanks around its text (a pretty-printed element's indentation). */
function trimmed(text: string, w: TextPiece): TextPiece {
  let { start, end } = w;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { ...w, start, end };
}

const ALTO_TAG = /<(TextLine|String)\b/g;

/**
 * ALTO: each `<String CONTENT="…"/>` is a word of the `<TextLine>` around it (`<SP/>` between words is the blank).
 * A word broken at a line's end is written as SUBS_TYPE "HypPart1" (before `<HYP/>`) and "HypPart2" (on the next
 * line), each with the whole word in SUBS_CONTENT (ALTO's "substitution" of a hyphenated word): the whole word is
 * read once, on the first half's line, and a finding over it covers both halves and both substitutions.
 */
export function altoWords(text: string): MarkupReading | undefined {
  if (!text.includes('<String') || !text.includes('CONTENT=') || !/<alto\b/i.test(text)) return undefined;
  const words: TextPiece[] = [];
  let line = 'line 0';
  let lines = 0;
  let broken: TextPiece | undefined;
  for (const m of text.matchAll(ALTO_TAG)) {
    if (m[1] === 'TextLine') {
      line = `line ${++lines}`;
      continue;
    }
    const attributes = attributesAt(text, m.index + m[0].length);
    const content = attributes.get('CONTENT');
    if (!content || content.end === content.start) continue;
    const type = text.slice(attributes.get('SUBS_TYPE')?.start ?? 0, attributes.get('SUBS_TYPE')?.end ?? 0);
    const whole = attributes.get('SUBS_CONTENT');
    if (type === 'HypPart1' && whole && whole.end > whole.start) {
      broken = { ...whole, line, copies: [content] };
      words.push(broken);
    } else if (type === 'HypPart2' && broken) {
      broken.copies?.push(content, ...(whole ? [whole] : []));
      broken = undefined;
    } else {
      words.push({ ...content, line });
      broken = undefined;
    }
  }
  return words.length > 0 ? { pieces: words, escapes: 'xml' } : undefined;
}

const PAGE_TAG = /<(\/?)(TextRegion|TextLine|Word|Glyph|TextEquiv)\b[^<>]*>|<Unicode>([^<]*)<\/Unicode>/g;

/**
 * PAGE XML: each `<Word>`'s first `<TextEquiv><Unicode>` is a word of its `<TextLine>`. The line's own TextEquiv
 * repeats the line as one string: a finding over the line's words is also one finding over the same characters
 * there (the set labels a value whole inside it). A region's own TextEquiv, or a line's that reads otherwise than
 * its words, is read as a line of its own.
 */
export function pageXmlWords(text: string): MarkupReading | undefined {
  if (!text.includes('<Unicode>') || !text.includes('<TextLine')) return undefined;
  const words: TextPiece[] = [];
  const copies: LineCopy[] = [];
  let line = '';
  let lines = 0;
  let regions = 0;
  let region = '';
  let inWord = false;
  let inGlyph = false;
  // Only the first TextEquiv of an element counts (PAGE allows alternatives, ranked by index).
  let taken = false;
  for (const m of text.matchAll(PAGE_TAG)) {
    const [, closing, tag, unicode] = m;
    if (tag === 'TextRegion') {
      region = closing ? '' : `region ${++regions}`;
      taken = false;
    } else if (tag === 'TextLine') {
      line = closing ? '' : `line ${++lines}`;
      taken = false;
    } else if (tag === 'Word') {
      inWord = !closing;
      taken = false;
    } else if (tag === 'Glyph') inGlyph = !closing;
    else if (unicode !== undefined && !inGlyph && !taken) {
      const start = m.index + '<Unicode>'.length;
      const span = trimmed(text, { start, end: start + unicode.length, line });
      taken = true;
      if (span.end === span.start) continue;
      if (inWord && line) words.push(span);
      else if (!inWord && line) copies.push(span);
      else if (!inWord && region) copies.push({ ...span, line: region });
    }
  }
  return words.length + copies.length > 0 ? { pieces: words, lines: copies, escapes: 'xml' } : undefined;
}
