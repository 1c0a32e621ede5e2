import type { DecodedText } from './decode-escapes.js';

/**
 * Version control's view of changed data files (a unified diff, `git format-patch` mail, `git log -p`, a word diff,
 * a merge conflict, svn and hg diffs) read as the files would read. Read as written, every line of a hunk carries a
 * "-", "+" or " " prefix ("-kraft = Botlhale Tlhalerwa", "+E-2025-640;Ziigwan Mamakwa;…"), so the key/value, CSV
 * and YAML readers do not see their lines; a hunk header carries the first line of context after "@@ -5,8 +5,9 @@";
 * a word diff glues old and new ("Masika [-Lwamba-]{+Lwamba-Klanott+}"); conflict marker lines stand between two
 * versions of a row; and diff metadata reads as values ("index 0053283..02080e5 100644" as a phone number).
 *
 * The view (normalize.ts) blanks, one character for one (offsets map back as they are):
 * - a hunk line's prefix column ("+", "-"; a context line's blank is one already), a hunk header's "@@ … @@ "
 *   (its trailing context then reads as a line of the file), "\ No newline at end of file";
 * - diff metadata lines ("diff --git", "index", the "---"/"+++" file lines, similarity, rename, mode lines, svn's
 *   "Index:" and "=====" lines, hg's "diff -r"), git log's "Date:   Fri Jan 2 08:50:06 2026 -0500";
 * - conflict marker lines ("<<<<<<< HEAD", "|||||||", "=======", ">>>>>>> branch") but for their first character;
 * - word-diff marks "[-", "-]", "{+", "+}" (old and new stand as separate words).
 * LINE MARK: a line blanked whole keeps its first character. A line of blanks would end the block (table, record)
 * the file's rows stand in — the readers take a blank line for a block's end — and the rows after it would lose
 * their header, or the first row of a hunk would be read as a header.
 * FAIL CLOSED: nothing else changes; every character not named above reaches the detectors as written.
 * Recognised only by these marks: a hunk header, "diff --git", "--- a/" with "+++ b/", svn's "Index:" with
 * "=====", or a complete set of conflict markers. A Markdown list ("- item"), a "+49" phone at a line's start,
 * "> " quotes or "@@" mentions alone are none of these, and such a text reads as before.
 */

/** A unified hunk header: "@@ -5,8 +5,9 @@" (and its trailing context). Combined diffs ("@@@ … @@@") too. */
const HUNK = /^(@{2,3}) -\d+(?:,(\d+))? (?:-\d+(?:,\d+)? )?\+\d+(?:,(\d+))? \1(?: |$)/;
/**
 * Lines of diff metadata, never a file's line. Review 44: each shape is matched WHOLE, its paths as single tokens
 * without "@" (PATH), so a line that merely opens like metadata ("--- a/ Bitte an Jana Okafor …", "Index: Jana …",
 * "rename from Jana Okafor, Tel. …", "Binary files Jana … differ") is no metadata and reaches the detectors whole.
 */
const PATH = String.raw`[^\s@]+`;
// Where nothing else marks the token as a path, it must have a folder or an extension ("trunk/keys.csv", "keys.csv"):
// "Index: 01711234567" or "rename to Okafor" is no metadata.
const FILE = String.raw`(?=[^\s@]*(?:\/|\.[A-Za-z]))[^\s@]+`;
const SIDE = String.raw`(?:a\/${PATH}|\/dev\/null)(?:\t(?:\((?:revision \d+|working copy|nonexistent)\)|\d{4}-\d\d-\d\d [\d:.]+(?: [+-]\d{4})?))?`;
const SVN_SIDE = String.raw`${PATH}\t\((?:revision \d+|working copy|nonexistent)\)`;
const METADATA = new RegExp(
  String.raw`^(?:diff --git "?a\/${PATH} "?b\/${PATH}|diff --(?:cc|combined) ${FILE}|diff -r [0-9a-f]{6,}(?: -r [0-9a-f]{6,})? ${FILE}|` +
    String.raw`index [0-9a-f]{6,}\.\.[0-9a-f]{6,}(?: \d{6})?|index [0-9a-f]{6,},[0-9a-f]{6,}\.\.[0-9a-f]{6,}|(?:new|deleted) file mode \d{6}|` +
    String.raw`(?:old|new) mode \d{6}|(?:dis)?similarity index \d+%|(?:rename|copy) (?:from|to) ${FILE}|Binary files ${FILE} and ${FILE} differ|` +
    String.raw`Index: ${FILE}|={20,}|--- (?:${SIDE}|${SVN_SIDE})|\+\+\+ (?:${SIDE.replace('a\\/', 'b\\/')}|${SVN_SIDE}))$`,
);
/** The only line of a hunk that starts with a backslash; any other such line is read as written (fail closed). */
const NO_NEWLINE = /^\\ No newline at end of file$/;
/** git log's default date line ("Date:   Fri Jan 2 08:50:06 2026 -0500"): a commit's time, no value of the file. */
const GIT_DATE =
  /^Date: {3}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} \d\d:\d\d:\d\d \d{4} [+-]\d{4}$/;
/**
 * Conflict marker lines: seven of the same character, then a blank and a label (or nothing for "======="). Review
 * 44: the label is blanked only when it is a ref or a commit ("HEAD", "main", "feature/roster-2026", "3f2a1b9"):
 * one token of letters, digits and "._/-", with a digit, "/" or "_" in it or none of it upper case. Any other label
 * (">>>>>>> Jana Okafor", ">>>>>>> 3f2a1b9 (Add Jana's number)", a mailbox) keeps its words: only the marker goes.
 */
const CONFLICT = /^(?:<{7}|\|{7}|={7}|>{7})(?= |$)/;
const CONFLICT_LABEL = /^ (?:HEAD|[\w./-]*[\d/_][\w./-]*|[a-z.-]+)$/;
/**
 * Word-diff marks on one line: a removed "[-…-]" or an added "{+…+}" piece, the leftmost first, each closed by the
 * nearest closing mark. Review 44: read by indexOf, not a lazy pattern: a line of unclosed "[-" marks made the
 * pattern read to the line's end from each one (quadratic); once an opening mark has no close, none after it has.
 */
function wordMarks(line: string): [number, number][] {
  const marks: [number, number][] = [];
  let del = true;
  let add = true;
  for (let i = 0; i < line.length;) {
    const d = del ? line.indexOf('[-', i) : -1;
    const a = add ? line.indexOf('{+', i) : -1;
    if (d < 0 && a < 0) break;
    const isDel = d >= 0 && (a < 0 || d < a);
    const at = isDel ? d : a;
    const close = line.indexOf(isDel ? '-]' : '+}', at + 2);
    if (close < 0) {
      if (isDel) del = false;
      else add = false;
      continue;
    }
    marks.push([at, close]);
    i = close + 2;
  }
  return marks;
}

/** Whether the text is version control's output: cheap tests on its marks first. */
function isDiff(text: string): boolean {
  const hunk = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m.test(text);
  if (hunk) return true;
  if (/^diff --git /m.test(text)) return true;
  // "--- a/…" over "+++ b/…" (or svn's and diff's "--- file\t(revision 3482)", "--- file\t2026-03-01 …").
  if (/^--- (?:a\/|\/dev\/null|\S[^\n\t]*\t)[^\n]*\n\+\+\+ (?:b\/|\/dev\/null|\S[^\n\t]*\t)/m.test(text)) return true;
  if (/^Index: \S/m.test(text) && /^={20,}\r?$/m.test(text)) return true;
  return /^<{7}(?: |\r?$)/m.test(text) && /^={7}\r?$/m.test(text) && /^>{7}(?: |\r?$)/m.test(text);
}

/** The view of a diff, or undefined when the text is none. */
export function readVersionControlDiff(text: string): DecodedText | undefined {
  if (!(text.includes('@@ -') || text.includes('\n---') || text.includes('<<<<<<<') || text.includes('Index: ')))
    return undefined;
  if (!isDiff(text)) return undefined;
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  // Lines as [start, end) without the line break.
  const lines: [number, number][] = [];
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e === -1) e = text.length;
    lines.push([s, e > s && text[e - 1] === '\r' ? e - 1 : e]);
    s = e + 1;
  }
  const conflicts = /^<{7}(?: |\r?$)/m.test(text) && /^>{7}(?: |\r?$)/m.test(text);
  /** Blanks a file line's own marks (conflict markers, word-diff marks) from `from` on. */
  const fileLine = (from: number, end: number) => {
    const line = text.slice(from, end);
    // A conflict marker line keeps its first character (see LINE MARK above).
    if (conflicts && CONFLICT.test(line)) {
      const label = line.slice(7);
      return blank(from + 1, label === '' || CONFLICT_LABEL.test(label) ? end : from + 7);
    }
    for (const [open, close] of wordMarks(line)) {
      blank(from + open, from + open + 2);
      blank(from + close, from + close + 2);
    }
  };
  for (let k = 0; k < lines.length; k++) {
    const [s, e] = lines[k];
    const line = text.slice(s, e);
    const hunk = HUNK.exec(line);
    if (hunk) {
      // A header without trailing context keeps its first "@" (see LINE MARK above).
      blank(s + (s + hunk[0].length >= e ? 1 : 0), s + hunk[0].length);
      // Its trailing context is the file's first line of the hunk.
      fileLine(s + hunk[0].length, e);
      let old = hunk[2] === undefined ? 1 : Number(hunk[2]);
      let neu = hunk[3] === undefined ? 1 : Number(hunk[3]);
      const width = hunk[1].length - 1;
      // The hunk's lines: prefixed lines (the counts say how many), or a word diff's unprefixed lines.
      const prefixed: number[] = [];
      let j = k + 1;
      let wordDiff = false;
      for (; j < lines.length && (old > 0 || neu > 0); j++) {
        const [ls, le] = lines[j];
        const c = text[ls];
        if (le === ls) {
          old--;
          neu--;
          continue;
        }
        if (c === '\\' && NO_NEWLINE.test(text.slice(ls, le))) {
          prefixed.push(j);
          continue;
        }
        const cols = text.slice(ls, ls + width);
        if (!/^[ +-]+$/.test(cols) || cols.length < width) {
          wordDiff = true;
          break;
        }
        if (cols.includes('-')) old--;
        if (cols.includes('+')) neu--;
        if (!cols.includes('-') && !cols.includes('+')) {
          old--;
          neu--;
        }
        prefixed.push(j);
      }
      if (wordDiff) {
        // A word diff writes no prefix column: its lines run to the next header or metadata line.
        for (j = k + 1; j < lines.length; j++) {
          const [ls, le] = lines[j];
          const l = text.slice(ls, le);
          if (HUNK.test(l) || METADATA.test(l) || /^(?:commit [0-9a-f]{7,}|From [0-9a-f]{40} )/.test(l)) break;
          fileLine(ls, le);
        }
        k = j - 1;
        continue;
      }
      for (const p of prefixed) {
        const [ls, le] = lines[p];
        if (text[ls] === '\\' && NO_NEWLINE.test(text.slice(ls, le))) {
          blank(ls + 1, le);
          continue;
        }
        blank(ls, ls + width);
        fileLine(ls + width, le);
      }
      k = j - 1;
      continue;
    }
    if (METADATA.test(line) || GIT_DATE.test(line)) {
      blank(s + 1, e);
      continue;
    }
    fileLine(s, e);
  }
  return { text: out.join(''), pieces: [] };
}
