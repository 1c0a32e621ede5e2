import type { Entity } from './entities.js';
import type { MarkupReading, TextPiece } from './markup-text-view.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';
import { person, wordLike } from './names.js';
import { transcriptRole } from './transcript-turns.js';

/**
 * Subtitle files (WebVTT, SubRip/SRT) as speech recognisers and video-visit tools write them: cues, each a
 * timing line ("00:00:04.710 --> 00:00:07.510 line:85% align:start"), in SRT a cue number before it, then the
 * cue's text, often opening with a voice tag ("<v Gretl>", "<v Mayalmit Lepcha-Tamsang>"). A cue ends where a
 * sentence does not: "<v Officer>Visit for Gretl" / "Pescollderungg, CELL-E1-361." is one sentence over two cues.
 *
 * Read as a markup adapter (markup-text-view.ts), not as a view stage of normalize.ts: the core already maps a
 * finding over two pieces back onto each piece (the name over two cues), keeps every finding of the file as
 * written outside the pieces (fail closed: a cue identifier, a STYLE block, prose around the file), and takes the
 * format's own values (`ownValuesAt`: timing and cue number lines) and what the structure says (`known`: a voice
 * tag's name) as the other adapters give them.
 *
 * The view: each cue's text a run of pieces (tags cut out); consecutive cues of one voice (a cue with no voice
 * tag continues the voice before it) one line joined by a blank; a new voice a new line, written "Voice: text" so
 * the scanner's own readers of a transcript's turns read its label (a role label, "Officer", "Beamter", is no
 * one: transcript-turns.ts) and the label's words said alone later ("um hi, it's Mayalmit.") as the same person
 * (names-shapes.ts `repeatedNames`, the one reader of a name found elsewhere in the document). The header's
 * title and a NOTE block's lines are lines of their own.
 *
 * Cost: one test of the text's first characters for "WEBVTT" and a timing line; then one pass over its lines.
 * Bounds: a file of more than MAX_CUES cues, or a voice tag longer than MAX_VOICE, is read as written only.
 */

/** A timing line: start and end times ("00:00:01.610", "00:01,000", "1:02:03.4"), then cue settings. */
const TIMING =
  /^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:[ \t][^\n]*)?$/;
/** A timing line somewhere in the text's first characters (one pass of an anchored pattern per line). */
const TIMING_ANY = /^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}/m;
const CUE_NUMBER = /^[ \t]*\d{1,7}[ \t]*$/;
/**
 * A timing line's own part (review 46): the two times and the cue settings of WebVTT's and SRT's own shapes
 * ("line:85%", "align:start", "region:fred", "X1:100"). Whatever follows (a mailbox, a number, a name) is no
 * setting and keeps its findings as written.
 */
const TIMING_OWN =
  /^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:[ \t]+(?:vertical:(?:rl|lr)|line:-?\d{1,3}(?:\.\d{1,3})?%?(?:,(?:start|center|end))?|position:\d{1,3}(?:\.\d{1,3})?%(?:,(?:line-left|center|line-right|auto))?|size:\d{1,3}(?:\.\d{1,3})?%|align:(?:start|center|end|left|right|middle)|region:[A-Za-z][\w-]{0,30}|[XY][12]:\d{1,4}))*[ \t]*(?=[ \t]|$)/;
/** A tag of the formats' own shapes: a timestamp, a closing tag, a class or voice tag with short class names. */
const OWN_TAG =
  /^<(?:\/?[\w.-]{0,60}|\d{1,3}:\d{2}(?::\d{2})?[.,]\d{1,3}|v(?:\.[\w.-]{1,40})?[ \t][^<>]*|lang(?:\.[\w.-]{1,40})?[ \t][\w-]{1,20})>$/;
/** A tag's text holding what no tag of the format holds: a run of digits or a mailbox sign. */
const TAG_VALUE = /\d{5}|\d[ \t./-]\d{3}|@/;
/** A voice tag opening a cue's text: "<v Gretl>", "<v.loud Mayalmit Lepcha-Tamsang>". */
const VOICE = /^<v(?:\.[\w.-]{1,40})?[ \t]+([^<>\n]{1,80})>/;
/** A speaker's name in brackets opening a cue's text: "[ÁNDE] …", "[KISIKAW COONISHISH] …". */
const BRACKET_SPEAKER = /^[ \t]*\[(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\]/u;
/** A subtitle's sound and caption labels in brackets, which no word list may hold ("[CROSSTALK]", "[UNVERSTÄNDLICH]"). */
const SOUND_LABEL =
  /^(?:crosstalk|inaudible|unintelligible|laughter|laughs|laughing|music|applause|silence|pause|noise|static|beep|sighs|coughs|unverständlich|lachen|lacht|musik|applaus|stille|pause|rauschen|räuspert|husten|seufzt)$/iu;
/** A cue's text labelling its speaker otherwise: "[JUDGE] …", "- …", "JUDGE: …" (a new turn, a new line). */
const OWN_TURN = /^(?:\[[^\]\n]{1,40}\]|-[ \t]|\p{Lu}[\p{L}\p{M}' .-]{0,30}:[ \t])/u;
/** Any tag inside a cue's text ("<i>", "</v>", "<c.yellow>", "<00:00:01.000>"). */
const TAG = /<[^<>\n]{0,100}>/g;
const MAX_CUES = 50_000;
const SENTENCE_END = /[.!?…][ \t"'’”»)\]]*$/u;
const HEAD = 4_000;
const MAX_VOICE_WORDS = 1_000;

interface Line {
  start: number;
  end: number;
}

/**
 * Voice tags that label a cue by its speaker's role or office, which no word list holds ("Beamter", "Seelsorge") or
 * holds as a name too ("Guard"): in lower case, compared whole.
 */
const ROLE_WORDS = new Set(
  (
    'officer beamter beamtin beamte wache wärter wärterin justizbeamter justizbeamtin seelsorge seelsorger ' +
    'seelsorgerin chaplain chaplaincy guard staff judge richter richterin narrator erzähler erzählerin interviewer ' +
    'moderator moderatorin host presenter reporter interpreter translator dolmetscher dolmetscherin caller anrufer ' +
    'anruferin agent operator nurse doctor arzt ärztin teacher lehrer lehrerin defendant angeklagter angeklagte ' +
    'witness zeuge zeugin prisoner inmate häftling gefangener gefangene visitor besucher besucherin speaker ' +
    'sprecher sprecherin unknown unbekannt crowd all alle man woman mann frau child kind mother father mutter vater ' +
    'mum mom dad mama papa counsel solicitor anwalt anwältin clerk clerkin registrar chair vorsitz vorsitzender ' +
    'vorsitzende probation bewährungshilfe sozialdienst social worker jugendamt'
  ).split(' '),
);

/** Whether a voice tag's name is a role ("Officer", "Beamter", "Prison Officer", "Speaker 2"), not a person. */
function roleVoice(text: string, voice: string): boolean {
  const tokens = voice.split(/[ \t]+/).filter(Boolean);
  let role = false;
  for (const t of tokens) {
    const lower = t.toLowerCase();
    if (ROLE_WORDS.has(lower) || /^(?:speaker|sprecher)[_\d]*$/.test(lower)) role = true;
    // A capitalised word after the role is its holder's surname ("Officer Baker", "Nurse Brown"): a person (review 46).
    else if (role && /^\p{Lu}\p{Ll}/u.test(t)) return false;
    // A number of a speaker ("Speaker 2", "#1"), not a longer run (a phone number in a voice tag: review 46).
    else if (!/^[_#.-]*\d{0,3}[_#.-]*$/.test(t) && !(isEnglishWord(t) && !isGivenName(t))) return false;
  }
  if (role) return true;
  return tokens.length === 1 && (transcriptRole(text, { end: 0, tokens }) || wordLike(tokens[0]));
}

/** A word of a person's voice tag that names them when said alone: capitalised, no word of a language list. */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}]{2,30}/gu;
const nameWordOf = (w: string) =>
  !isCommonWord(w) &&
  (isGivenName(w) || (!isDictionaryWord(w) && !isEnglishWord(w))) &&
  !ROLE_WORDS.has(w.toLowerCase());

/** The cues of a WebVTT or SRT file; undefined (cheaply) for a text that is none. */
export function subtitlePieces(text: string): MarkupReading | undefined {
  const head = text.slice(0, HEAD);
  const vtt = /^\uFEFF?[ \t]*WEBVTT(?![\p{L}\p{N}])/u.test(head);
  if (!vtt && !TIMING_ANY.test(head)) return undefined;
  const lines: Line[] = [];
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lines.push({ start: at, end: text[end - 1] === '\r' ? end - 1 : end });
    at = end + 1;
  }
  const lineText = (l: Line) => text.slice(l.start, l.end);
  const blank = (l: Line) => !/\S/.test(lineText(l));
  const pieces: TextPiece[] = [];
  const own: Line[] = [];
  const known: Entity[] = [];
  let cues = 0;
  // The name words of the people voice tags name: said alone in a cue ("um hi, it's Mayalmit."), that person's name.
  const voiceWords = new Set<string>();
  const voicePieces = new Set<TextPiece>();
  let lineKey = 0;
  let voice: string | undefined;
  // Whether the next cue's text continues the line of the cue before (same voice, no turn of its own).
  let open = false;
  const textPieces = (from: number, to: number, first: string | undefined) => {
    const line = text.slice(from, to);
    let before = first;
    let at = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(line); ; m = TAG.exec(line)) {
      const end = m ? m.index : line.length;
      if (end > at) {
        pieces.push({
          start: from + at,
          end: from + end,
          line: `cue ${lineKey}`,
          ...(before === undefined ? {} : { before }),
        });
        before = undefined;
      }
      if (!m) break;
      // A tag holding a number or a mailbox (`<c.0171-2345678>`): its text a line of its own, read (fail closed).
      if (
        !OWN_TAG.test(m[0]) ||
        (!/^<\/?v[ .>]/.test(m[0]) && TAG_VALUE.test(m[0].replace(/^<\d{1,3}:\d{2}(?::\d{2})?[.,]\d{1,3}>$/, '')))
      )
        pieces.push({
          start: from + m.index + 1,
          end: from + m.index + m[0].length - 1,
          line: `tag ${from + m.index}`,
        });
      at = m.index + m[0].length;
    }
  };
  let i = 0;
  if (vtt) {
    // The header's title: "WEBVTT - JVA Tonna Videobesuch BUCH-371189".
    const first = lines[0];
    const m = /^\uFEFF?[ \t]*WEBVTT[ \t-]*/.exec(lineText(first));
    if (m && first.start + m[0].length < first.end) {
      lineKey++;
      pieces.push({ start: first.start + m[0].length, end: first.end, line: `cue ${lineKey}` });
    }
    own.push({ start: first.start, end: first.start + (m ? m[0].length : 0) });
    i = 1;
  }
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (blank(l)) continue;
    const s = lineText(l);
    let timing = i;
    if (!TIMING.test(s)) {
      // An SRT cue number or a WebVTT cue identifier right before a timing line.
      if (i + 1 < lines.length && TIMING.test(lineText(lines[i + 1]))) {
        if (CUE_NUMBER.test(s)) own.push(l);
        timing = i + 1;
      } else if (vtt && /^[ \t]*NOTE(?:[ \t]|$)/.test(s)) {
        // A NOTE block: its lines, each a line of its own, until a blank line.
        for (; i < lines.length && !blank(lines[i]); i++) {
          const n = lines[i];
          const from = i === timing ? n.start + s.indexOf('NOTE') + 4 : n.start;
          if (/\S/.test(text.slice(from, n.end))) {
            lineKey++;
            pieces.push({ start: from, end: n.end, line: `cue ${lineKey}` });
          }
        }
        open = false;
        continue;
      } else {
        // Anything else (a STYLE or REGION block, prose): read as written only.
        open = false;
        continue;
      }
    }
    if (++cues > MAX_CUES) return undefined;
    {
      const t = lines[timing];
      const m = TIMING_OWN.exec(lineText(t));
      own.push({ start: t.start, end: t.start + (m ? m[0].length : 0) });
    }
    i = timing + 1;
    let firstLine = true;
    for (; i < lines.length && !blank(lines[i]); i++) {
      const c = lines[i];
      let from = c.start;
      let before: string | undefined = ' ';
      if (firstLine) {
        const cue = lineText(c);
        const v = VOICE.exec(cue);
        if (v) {
          const name = v[1].trim();
          const nameStart = c.start + cue.indexOf(v[1]) + v[1].indexOf(name);
          from = c.start + v[0].length;
          const role = roleVoice(text, name);
          if (!open || name !== voice) {
            lineKey++;
            // A role's label is left out of the view (read as written only): "Beamter: …" would read as a person's turn.
            if (!role) {
              const piece: TextPiece = { start: nameStart, end: nameStart + name.length, line: `cue ${lineKey}` };
              pieces.push(piece);
              voicePieces.add(piece);
              before = ': ';
            } else before = undefined;
          }
          voice = name;
          if (!role) {
            known.push(person(nameStart, nameStart + name.length, 0.85));
            if (voiceWords.size < MAX_VOICE_WORDS)
              for (const w of name.match(NAME_WORD) ?? []) if (nameWordOf(w)) voiceWords.add(w);
          }
        } else if (!open || OWN_TURN.test(cue)) {
          lineKey++;
          voice = undefined;
          before = undefined;
          // A speaker in brackets opening the cue ("[ÁNDE] Hallo!") names its speaker as a voice tag does, unless
          // it is a role or a sound ("[JUDGE]", "[MUSIC]", "[SPEAKER 2]").
          const bracket = BRACKET_SPEAKER.exec(cue);
          if (
            bracket &&
            !SOUND_LABEL.test(bracket[1]) &&
            !roleVoice(text, bracket[1]) &&
            !roleVoice(text, bracket[1].toLowerCase())
          ) {
            const nameStart = c.start + bracket.index + bracket[0].indexOf(bracket[1]);
            known.push(person(nameStart, nameStart + bracket[1].length, 0.85));
          }
        }
        firstLine = false;
      }
      textPieces(from, c.end, before);
    }
    // A cue ending a sentence ends its line: the next cue, of the same voice too, opens a line of its own (a
    // monologue is not one long line, and a line's start reads as the file's cue starts).
    open = !SENTENCE_END.test(lineText(lines[i - 1]));
    i--;
  }
  if (cues < 2 && !vtt) return undefined;
  // A blank line between two lines of the view, as between the file's cues: a turn's words are not read as a
  // heading over the next turn's (a speaker's line above an office's number would lend it to the speaker).
  for (let k = 1; k < pieces.length; k++)
    if (pieces[k].line !== pieces[k - 1].line) pieces[k].before = `\n${pieces[k].before ?? ''}`;
  if (voiceWords.size > 0)
    for (const p of pieces) {
      // Not the voice tags' own names (found whole above): only a cue's text, where a word alone stands.
      if (voicePieces.has(p)) continue;
      const piece = text.slice(p.start, p.end);
      NAME_WORD.lastIndex = 0;
      for (let m = NAME_WORD.exec(piece); m; m = NAME_WORD.exec(piece)) {
        const at = p.start + m.index;
        const end = at + m[0].length;
        if (voiceWords.has(m[0]) && !/[\p{L}\p{N}]/u.test(text[end] ?? '') && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ''))
          known.push(person(at, end, 0.8));
      }
    }
  own.sort((a, b) => a.start - b.start);
  const ownValuesAt = (start: number, end: number) => {
    let lo = 0;
    let hi = own.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (own[mid].end < end) lo = mid + 1;
      else hi = mid;
    }
    return lo < own.length && own[lo].start <= start && end <= own[lo].end;
  };
  return { pieces, escapes: 'xml', joiner: '', known, ownValuesAt };
}
