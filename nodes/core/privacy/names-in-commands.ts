/**
 * Names typed as a command's argument in a terminal session, a shell history or a runbook:
 * - the pattern of a text search run over a data file (`grep -i 'Okonkwo' /srv/export/members.csv`, `rg Okonkwo
 *   claims.jsonl`, `zgrep -e "Anna Berg" mail.log.gz`, `Select-String -Pattern 'Okonkwo' -Path roster.csv`,
 *   `findstr /i "Okonkwo" roster.txt`): what the operator searched a person by. Only a pattern that reads as a name
 *   (names-markup-values.ts markupName: capitalised, no ordinary word, no code identifier) over at least one file
 *   whose extension says data (csv, json, log, sql …) counts: `grep -i 'Timeout' app.log`, `grep -rn 'Config' src/`
 *   and `grep 'TODO' main.ts` are left. Regex anchors and a trailing `.*` are read around the name, alternatives
 *   (`Okonkwo\|Berg`) one by one;
 * - the value of a flag that names a person (`passctl show --visitor Okonkwo`, `--patient "Anna Berg"`,
 *   `--surname=Okonkwo`). The generic `--name` also names containers, releases and hosts: only two name words count.
 * Fail closed where it is cheap: these only add findings, nothing here drops one.
 *
 * Cost: one global expression for the commands and one for the flags; each command line is read once, up to
 * MAX_LINE characters.
 */
import type { Entity } from './entities.js';
import { isGivenName, isKnownName } from './name-list.js';
import { markupName } from './names-markup-values.js';

const SCORE = 0.85;
const MAX_LINE = 2000;
/** A search command at a line's start, after a prompt, a history number, a pipe or a `;`/`&&`. */
const SEARCH_COMMAND = /(?:^|[\s|;&(`$>])(?:[ezf]?grep|zgrep|rg|ag|ack|ugrep|findstr|Select-String)(?=[ \t])/gimu;
/** A file the search reads whose extension says it holds records (compressed copies too). */
const DATA_FILE =
  /\.(?:csv|tsv|json|jsonl|ndjson|xml|xlsx?|ods|dat|sql|ldif|vcf|eml|mbox|bak|dump|lst)(?:\.(?:gz|bz2|xz|zst|\d))?$/i;
/**
 * A log, a program's output or a text file: searched for people too (`grep 'Okonkwo' mail.log`), but more often for a message's
 * word that no dictionary holds ("Timeout", "Nullpointer"): there the pattern must hold a known name word.
 */
const LOG_FILE = /\.(?:log|out|err|trace|txt|md)(?:\.(?:gz|bz2|xz|zst|\d))?$/i;
/** Options whose value is the next argument (grep, rg, ack, Select-String). */
const TAKES_VALUE =
  /^(?:-[ABCmfdgt]|--(?:after-context|before-context|context|max-count|file|include|exclude|type|glob)|-[Pp]ath|-[Ee]ncoding)$/;
/** The options that say the next argument is the pattern. */
const PATTERN_OPTION = /^(?:-e|--regexp|-Pattern)$/i;
/** A flag naming a person, and its value (quoted, or one bare word). */
const PERSON_FLAG =
  /(?<![\w-])--((?:visitor|patient|applicant|surname|last-?name|first-?name|given-?name|family-?name|full-?name|forename|member|employee|customer|passenger|guest|recipient|person|holder|name))(?:=|[ \t]+)(?:'([^'\n]{1,80})'|"([^"\n]{1,80})"|([^\s'"|;&]{1,80}))/giu;

export function namesInCommands(text: string): Entity[] {
  const out: Entity[] = [];
  SEARCH_COMMAND.lastIndex = 0;
  for (let m = SEARCH_COMMAND.exec(text); m; m = SEARCH_COMMAND.exec(text)) {
    const from = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', from);
    const end = Math.min(lineEnd === -1 ? text.length : lineEnd, from + MAX_LINE);
    readSearch(text, from, end, out);
    SEARCH_COMMAND.lastIndex = end;
  }
  PERSON_FLAG.lastIndex = 0;
  for (let m = PERSON_FLAG.exec(text); m; m = PERSON_FLAG.exec(text)) {
    const value = m[2] ?? m[3] ?? m[4];
    const generic = m[1].toLowerCase() === 'name';
    if (!markupName(value.trim(), generic)) continue;
    const start = m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    const lead = value.length - value.trimStart().length;
    out.push({ type: 'PERSON', start: start + lead, end: start + value.trimEnd().length, score: SCORE });
  }
  return out;
}

interface Argument {
  start: number;
  end: number;
  /** The argument without its quotes. */
  value: string;
}

/** The arguments of a command line from `from` to `end`, up to a pipe or a command separator. */
function argumentsOf(text: string, from: number, end: number): Argument[] {
  const args: Argument[] = [];
  let i = from;
  while (i < end) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '|' || c === ';' || c === '&' || c === '>' || c === '<') break;
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close === -1 || close >= end) break;
      args.push({ start: i + 1, end: close, value: text.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    // A bare argument; a quoted part inside it (`--regexp='A|B'`) is part of it, separators and all.
    let j = i;
    while (j < end && !/[ \t\r|;&<>]/.test(text[j])) {
      const q = text[j];
      const close = q === "'" || q === '"' ? text.indexOf(q, j + 1) : -1;
      j = close !== -1 && close < end ? close + 1 : j + 1;
    }
    args.push({ start: i, end: j, value: text.slice(i, j) });
    i = j;
  }
  return args;
}

function readSearch(text: string, from: number, end: number, out: Entity[]): void {
  const args = argumentsOf(text, from, end);
  let pattern: Argument | undefined;
  const files: Argument[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    const [option, inline] = splitOption(a.value);
    if (PATTERN_OPTION.test(option)) {
      if (inline !== undefined) pattern ??= unquoted({ start: a.end - inline.length, end: a.end, value: inline });
      else if (args[k + 1]) pattern ??= args[++k];
      continue;
    }
    if (/^(?:-|\/[a-z]$)/i.test(a.value) && a.value !== '-') {
      if (/^-Path$/i.test(option) && args[k + 1]) files.push(args[k + 1]);
      if (TAKES_VALUE.test(option) && inline === undefined) k++;
      continue;
    }
    if (pattern === undefined) pattern = a;
    else files.push(a);
  }
  if (!pattern) return;
  const data = files.some((f) => DATA_FILE.test(f.value));
  if (!data && !files.some((f) => LOG_FILE.test(f.value))) return;
  for (const part of alternatives(pattern)) {
    if (!markupName(part.value)) continue;
    if (!data && !part.value.split(/[ \t]+/).some((w) => isKnownName(w) || isGivenName(w))) continue;
    out.push({ type: 'PERSON', start: part.start, end: part.end, score: SCORE });
  }
}

/** An inline value without the quotes around it (`--regexp='A'`). */
function unquoted(a: Argument): Argument {
  const q = a.value[0];
  if (a.value.length < 2 || (q !== "'" && q !== '"') || !a.value.endsWith(q)) return a;
  return { start: a.start + 1, end: a.end - 1, value: a.value.slice(1, -1) };
}

/** `--regexp=X` as option and value; a short option as itself. */
function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** The pattern's alternatives (`A\|B`, `A|B`), each without regex anchors and a trailing `.*` around it. */
function alternatives(pattern: Argument): { start: number; end: number; value: string }[] {
  const parts: { start: number; end: number; value: string }[] = [];
  const split = /\\?\|/g;
  let from = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    const v = pattern.value;
    if (v[a] === '^') a++;
    if (v.slice(a, a + 2) === '\\b') a += 2;
    if (v[b - 1] === '$') b--;
    if (v.slice(b - 2, b) === '.*') b -= 2;
    if (v.slice(b - 2, b) === '\\b') b -= 2;
    while (a < b && v[a] === ' ') a++;
    while (b > a && v[b - 1] === ' ') b--;
    if (b > a) parts.push({ start: pattern.start + a, end: pattern.start + b, value: v.slice(a, b) });
  };
  for (let m = split.exec(pattern.value); m; m = split.exec(pattern.value)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, pattern.value.length);
  return parts;
}
