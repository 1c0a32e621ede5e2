/**
 * The turn labels of speech transcripts at a line's start ("SPEAKER_01: ", "Speaker 1: ", "[SPEAKER_01 00:00:12] ",
 * "[00:00:12] Caller: "): the recogniser's words and capitals, not the speaker's. Read by the spoken-number view
 * (a value one speaker's two turns split) and by the address reader (a lower-case turn under a capitalised label).
 */
const TURN_LABEL = /^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?:[\p{L}\d_ .-]{1,30}:[ \t]*)?/u;
/** How far a label may reach into its line. */
const MAX_LABEL = 80;

/** The turn label at the start of `line` (a bracket or a colon ends it, blanks after it included), or ''. */
export function turnLabel(line: string): string {
  const head = line.slice(0, MAX_LABEL);
  // Asked for every line of a text, and most lines have neither a bracket nor a colon near their start: no label.
  if (!head.includes(':') && !head.includes(']')) return '';
  const label = TURN_LABEL.exec(head)?.[0] ?? '';
  return /[\]:][ \t]*$/.test(label) ? label : '';
}

/** Where the line holding `at` starts, looked for at most `reach` characters back (bounded: linear on long lines). */
export function lineStartWithin(text: string, at: number, reach: number): number {
  let start = at;
  while (start > 0 && at - start < reach && text.charCodeAt(start - 1) !== 10) start--;
  return start;
}

/** Who speaks, from a turn label: its words without timestamps, brackets and blanks ("speaker_01", "caller"). */
export const speakerOf = (label: string): string =>
  label
    .replace(/\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?/g, '')
    .replace(/[[\]:\s]/g, '')
    .toLowerCase();
