/**
 * Line numbers of offsets in a text, for rules that group findings by line (imprint lines, footers): the
 * offsets of the line breaks once, then a binary search per offset, so a long line or a dense footer costs
 * no walk back.
 */
export class LineIndex {
  private readonly breaks: number[] = [];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** The number of lines' breaks: the last line's number. */
  get lastLine(): number {
    return this.breaks.length;
  }

  /** The number of the line holding offset `i` (0 for the first). */
  lineOf(i: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where line `line` starts. */
  lineStart(line: number): number {
    return line === 0 ? 0 : this.breaks[line - 1] + 1;
  }

  /** Where line `line` ends (its break, or the text's end). */
  lineEnd(line: number): number {
    return line < this.breaks.length ? this.breaks[line] : this.text.length;
  }
}

/** The text before `at` on its line, at most `reach` characters of it (a bounded read for a cue before a value). */
export function lineBefore(text: string, at: number, reach: number): string {
  const slice = text.slice(Math.max(0, at - reach), at);
  return slice.slice(slice.lastIndexOf('\n') + 1);
}

/** The text after `at` on its line, at most `reach` characters of it. */
export function lineAfter(text: string, at: number, reach: number): string {
  const slice = text.slice(at, at + reach);
  const newline = slice.indexOf('\n');
  return newline < 0 ? slice : slice.slice(0, newline);
}
