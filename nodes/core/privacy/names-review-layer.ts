import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { LOWER, UPPER } from './letters.js';

/**
 * Names in word-processor documents converted to plain text with their review layer, and the
 * look-alikes beside them. Such a document writes people in places the name scorer reads too rarely:
 * - the authors of tracked changes and comments in every notation: pandoc's `{.insertion author="…"}`,
 *   a footnote comment "[^c1]: Anna Berg — 12.03.: …", a comment list "AB1  Anna Berg  12.03.2026";
 * - document properties ("Last modified by:", "Zuletzt gespeichert von:", "Manager:");
 * - a wedding plan's couple ("Brautpaar: Leif & Tove Amundsen") and the people around it
 *   ("Trauzeugin:", "Maid of honour:"), a call sheet's crew ("Produktionsleitung: Halvorsen");
 * - the actor column of a cast list ("Rolle | Darsteller/in", "Character | Cast", "Besetzung");
 * - a rooming list's "SURNAME/GIVEN" or "SURNAME, GIVEN" in capitals.
 * And it writes words that read like names but are none: a cast list's characters, the organisation
 * of the "Company:" property and of the running header repeated on every page, raw mail-merge fields
 * ("MERGEFIELD Ort", «Vorname», {{first_name}}), and software in a person's place ("Jenkins").
 * Every pattern is line-bounded with bounded repetitions; linear in the text's length.
 */

const W = `[${UPPER}](?:['’][${UPPER}])?[${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:['’-][${UPPER}]?[${LOWER}]+){0,3}`;
/** One to four name words on one line. */
const RUN = `${W}(?:[ ](?:${W})){0,3}`;

const person = (start: number, end: number, score: number): Entity => ({ type: 'PERSON', start, end, score });

/** Not only words of the language: some word is a known name or no dictionary word at all. */
function nameLike(run: string): boolean {
  const words = run.split(/[ \t]+/).filter(Boolean);
  if (words.length === 0) return false;
  return words.some(
    (w) => isKnownName(w) || isGivenName(w) || (!isDictionaryWord(w) && !isEnglishWord(w) && !isCommonWord(w)),
  );
}

/** A name run that may stand alone: two words, or one word that is a name and no word of the language. */
function personRun(run: string): boolean {
  if (!nameLike(run)) return false;
  if (/[ \t]/.test(run)) return true;
  return !isDictionaryWord(run) && !isEnglishWord(run) && !isCommonWord(run);
}

// pandoc: [text]{.insertion author="Jana Petersen" date="…"}, {.comment-start id="3" author="…"}
const AUTHOR_ATTRIBUTE = new RegExp(`\\{\\.[a-z-]{3,20}[^{}\\n]{0,80}?\\bauthor="(${RUN})"`, 'gu');
// "[^c1]: Anna Berg — 12.03.: text"
const FOOTNOTE_COMMENT = new RegExp(`^\\[\\^[\\w-]{1,12}\\]:[ \\t]+(${RUN})[ \\t]+[—–-][ \\t]`, 'gmu');
// A comment list: "AB1  Anna Berg  12.03.2026 text", "[Comment AB1]: Anna Berg"
const COMMENT_ROW = new RegExp(`^\\[?(?:[${UPPER}]{1,3}\\d{1,3})\\]?(?:[ ]{2,}|\\t)(${RUN})(?:[ ]{2,}|\\t)\\d`, 'gmu');
// Document properties and header cells that name a person.
const PROPERTY = new RegExp(
  `(?:^|\\t)(?:[Aa]uthor|[Aa]utor(?:in)?|[Ll]ast[ -]modified[ -]by|[Zz]uletzt (?:gespeichert|geändert) von|[Mm]anager|[Oo]wner|[Vv]erantwortlich)[ \\t]*:[ \\t]+(${RUN})[ \\t]*(?=\\t|\\r?\\n|$)`,
  'gmu',
);
// "Brautpaar: Leif & Tove Amundsen", "Couple: Leif and Tove Amundsen", "Ablaufplan Hochzeit Leif & Tove Amundsen"
const COUPLE = new RegExp(
  `(?:Brautpaar|Hochzeit|Couple|Wedding(?: of)?)[ \\t]*:?[ \\t]+(${RUN})[ \\t]+(?:&|and|und)[ \\t]+(${RUN})`,
  'gu',
);
// The people around an event, and a production's crew, after their role.
const ROLE_LABEL = new RegExp(
  `(?:Trauzeug(?:e|in)|Maid of honou?r|Best man|Bridesmaid|Brautjungfer|Fotograf(?:in)?|Photographer|Trauredner(?:in)?|Officiant|Produktionsleitung|Set-Aufnahmeleitung|Aufnahmeleitung|Courier|Kurier(?:in)?|Stagehands|Rigger|Stimmführung|Erstgutachten|Zweitgutachten|\\d(?:st|nd|rd|th) AD)[ \\t]*(?::[ \\t]*|\\t[ \\t]*)(${RUN}(?:,[ \\t]*${RUN}){0,5})`,
  'gu',
);
// "home of Halvorsen, 12 Main Street", "Wohnung Familie Halvorsen, Am Kalkofen 45"
const HOME_OF = new RegExp(
  `(?:home of|Wohnung(?:[ \\t]+(?:der[ \\t]+)?Familie)?|Haus[ \\t]+Familie)[ \\t]+(${W})(?=,)`,
  'gu',
);
// A rooming list's row: room type, then "SURNAME/GIVEN" or "SURNAME, GIVEN" in capitals.
const CAPS = `[${UPPER}][${UPPER}'’-]{1,30}`;
const ROOM_ROW = new RegExp(
  `^(?:\\|[ \\t]*)?(?:\\d{1,4}[ \\t]+)?(?:DZ|EZ|DBL|SGL|TWIN|TWN|TPL|TRP|SUITE|QUAD)\\b[ \\t|]+((?:${CAPS}(?:\\/| ?, ?)${CAPS}(?: ${CAPS})?)(?:[ \\t]*\\/[ \\t]*${CAPS}(?:\\/| ?, ?)${CAPS})*)`,
  'gmu',
);
const CAPS_PAIR = new RegExp(`${CAPS}(?:\\/| ?, ?)${CAPS}(?: ${CAPS})?`, 'gu');

/** Findings of the review layer and of the documents' fixed places (see the module comment). */
export function namesInReviewLayer(text: string): Entity[] {
  const out: Entity[] = [];
  const add = (m: RegExpMatchArray, group: number, score: number, test = personRun) => {
    const value = m[group];
    if (!value || !test(value)) return;
    const start = (m.index ?? 0) + m[0].lastIndexOf(value);
    out.push(person(start, start + value.length, score));
  };
  if (text.includes('author="')) for (const m of text.matchAll(AUTHOR_ATTRIBUTE)) add(m, 1, 0.9, nameLike);
  if (text.includes('[^')) for (const m of text.matchAll(FOOTNOTE_COMMENT)) add(m, 1, 0.9, nameLike);
  for (const m of text.matchAll(COMMENT_ROW)) add(m, 1, 0.85, nameLike);
  for (const m of text.matchAll(PROPERTY)) add(m, 1, 0.9, (v) => /[ \t]/.test(v) && nameLike(v));
  for (const m of text.matchAll(COUPLE)) {
    const start1 = (m.index ?? 0) + m[0].indexOf(m[1], m[0].search(/[ \t:]/));
    if (nameLike(m[1]) && nameLike(m[2])) {
      out.push(person(start1, start1 + m[1].length, 0.9));
      const start2 = (m.index ?? 0) + m[0].length - m[2].length;
      out.push(person(start2, start2 + m[2].length, 0.9));
    }
  }
  for (const m of text.matchAll(ROLE_LABEL)) {
    const listStart = (m.index ?? 0) + m[0].length - m[1].length;
    let at = listStart;
    for (const part of m[1].split(',')) {
      const value = part.trim();
      const start = text.indexOf(value, at);
      at = start + value.length;
      if (personRun(value)) out.push(person(start, start + value.length, 0.85));
    }
  }
  for (const m of text.matchAll(HOME_OF)) add(m, 1, 0.85);
  for (const m of text.matchAll(ROOM_ROW)) {
    const base = (m.index ?? 0) + m[0].length - m[1].length;
    for (const p of m[1].matchAll(CAPS_PAIR))
      out.push(person(base + (p.index ?? 0), base + (p.index ?? 0) + p[0].length, 0.9));
  }
  for (const zone of castTables(text)) if (zone.actor) out.push(person(zone.start, zone.end, 0.85));
  return out;
}

interface CastCell {
  start: number;
  end: number;
  /** The actor's cell (a person); else the character's (no person). */
  actor: boolean;
}

const ACTOR_HEAD =
  /^(?:darsteller(?:\/in|\(in\)|in)?|schauspieler(?:\/in|in)?|besetzung|cast|actor|actress|artist|performer)$/i;
const ROLE_HEAD = /^(?:rolle|role|character|figur|part)$/i;

/**
 * The cells of cast lists and rehearsal plans: a heading row with an actor column ("Darsteller/in",
 * "Cast", "Besetzung") and perhaps a role column ("Rolle", "Character"); the rows under it up to the
 * first line that is no row. Cells are split by tabs or bars. Each line is split once: linear.
 */
function castTables(text: string): CastCell[] {
  const cells: CastCell[] = [];
  if (!/darsteller|schauspieler|besetzung|cast|actor|actress|artist|performer/i.test(text)) return cells;
  let actorColumn = -1;
  let roleColumn = -1;
  let bars = false;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const split = splitCells(line);
    if (split.length >= 2) {
      const heads = split.map((c) => line.slice(c[0], c[1]).trim());
      const actor = heads.findIndex((h) => ACTOR_HEAD.test(h));
      if (actor >= 0) {
        actorColumn = actor;
        roleColumn = heads.findIndex((h) => ROLE_HEAD.test(h));
        bars = line.includes('|');
        // The heading row names columns, no one ("Rolle\tDarsteller/in").
        for (const c of split) cells.push({ start: lineStart + c[0], end: lineStart + c[1], actor: false });
      } else if (actorColumn >= 0 && bars === line.includes('|')) {
        if (!/^[ \t|:-]+$/.test(line)) {
          const a = split[actorColumn];
          if (a) {
            const value = actorName(line.slice(a[0], a[1]));
            if (value) {
              const at = lineStart + line.indexOf(value, a[0]);
              cells.push({ start: at, end: at + value.length, actor: true });
            }
          }
          const r = roleColumn >= 0 ? split[roleColumn] : undefined;
          if (r) cells.push({ start: lineStart + r[0], end: lineStart + r[1], actor: false });
        }
      } else actorColumn = -1;
    } else actorColumn = -1;
    lineStart = lineEnd + 1;
  }
  return cells;
}

/** The [start, end) of each cell of a row split by tabs or bars (none if the line has neither). */
function splitCells(line: string): [number, number][] {
  const separator = line.includes('\t') ? '\t' : line.includes('|') ? '|' : '';
  if (!separator) return [];
  const out: [number, number][] = [];
  let from = separator === '|' && line.trimStart().startsWith('|') ? line.indexOf('|') + 1 : 0;
  while (from <= line.length) {
    let to = line.indexOf(separator, from);
    if (to < 0) to = line.length;
    if (to > from || separator === '\t') out.push([from, to]);
    from = to + 1;
  }
  if (separator === '|' && out.length > 0 && line.slice(out[out.length - 1][0]).trim() === '') out.pop();
  return out;
}

const ACTOR_VALUE = new RegExp(`^[ \\t]*(${RUN})`, 'u');

/** The name leading an actor's cell ("Zarema Emirbekov (alternierend mit …)"), if it is one. */
function actorName(cell: string): string | undefined {
  const m = ACTOR_VALUE.exec(cell);
  return m && personRun(m[1]) ? m[1] : undefined;
}

// The organisation of the document properties: "Company: Galerie Nordlicht", "Firma: …".
const COMPANY = /^(?:[Cc]ompany|[Ff]irma|[Oo]rgani[sz]ation|[Uu]nternehmen)[ \t]*:[ \t]+([^\n\t]{3,80}?)[ \t]*$/gm;
// The first cell of a running header after a page break: "\fKammeroper Nordlicht\tProbenplan KW 9".
const PAGE_HEADER = /\f([^\n\t:]{3,80}?)[ \t]*\t/g;
// Raw mail-merge fields: MERGEFIELD Ort, «Vorname», {{first_name}}, <<Nachname>>.
const MERGE_FIELD =
  /MERGEFIELD[ \t]+[\p{L}_][\p{L}\d_]{0,30}|«[\p{L}_][\p{L}\d_]{0,30}»|\{\{[ \t]*[\p{L}_][\p{L}\d_.]{0,30}[ \t]*\}\}|<<[\p{L}_][\p{L}\d_]{0,30}>>/gu;
// A character after its cue: "Rolle: Tamino", "Rolle JONAS", "spielt Mephisto", "plays Ophelia".
const ROLE_CUE =
  /(?:\b(?:[Rr]olle|[Rr]ole|[Cc]haracter|[Ff]igur)(?:[ \t]+(?:de[rs]|of))?[ \t]*:?|\b(?:spielt|plays|played|spielte))[ \t]+$/;
// " as Lady Bracknell" after an actor found before it.
const AS_CUE = /^[ \t]+(?:as|als)[ \t]+$/;
// A casting breakdown's character: "ROSIE (8–10): …", "DAVID (50s): …".
const BREAKDOWN = new RegExp(
  `^([${UPPER}][${UPPER}'’ .-]{1,30}) \\((?:\\d{1,2}(?:[–-]\\d{1,2})?|\\d0s)[^)\\n]{0,12}\\):`,
  'gmu',
);
// A dotted-leader cast list: "Ranevskaya ........ Halaevalu Veikune"; the left side is the character.
const LEADER = new RegExp(`^([^\\n.]{1,40}?)[ \\t]*\\.{4,}[ \\t]*(?:${W})`, 'gmu');
// Software, machines and bots in a person's place.
const SOFTWARE = new Set(
  'github actions|gitlab ci|travis ci|circleci|claude|claude code|chatgpt|copilot|github copilot|dependabot|renovate|renovate bot|sonarqube|snyk|codecov|jenkins|buildkite|teamcity|bamboo|argo cd|argocd|azure pipelines|codex|gemini|cursor|devin|mergify|semaphore'.split(
    '|',
  ),
);
const BUILD_CONTEXT =
  /\b(?:build|deploy|pipeline|ci|job|workflow|bot|reviewer|run|runs|written|generated|automated|staging|release)\b/i;

/** The findings without the look-alikes of reviewed documents (see the module comment). */
export function withoutReviewLayerLookAlikes(text: string, found: Entity[]): Entity[] {
  const zones: [number, number][] = [];
  const orgs = new Set<string>();
  for (const m of text.matchAll(COMPANY)) orgs.add(m[1]);
  if (text.includes('\f')) for (const m of text.matchAll(PAGE_HEADER)) if (!nameOnly(m[1])) orgs.add(m[1].trim());
  for (const org of [...orgs].slice(0, 8))
    for (let at = text.indexOf(org); at >= 0; at = text.indexOf(org, at + org.length))
      zones.push([at, at + org.length]);
  for (const m of text.matchAll(MERGE_FIELD)) zones.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(BREAKDOWN)) zones.push([m.index, m.index + m[1].length]);
  for (const m of text.matchAll(LEADER)) zones.push([m.index, m.index + m[1].length]);
  for (const cell of castTables(text)) if (!cell.actor) zones.push([cell.start, cell.end]);
  zones.sort((a, b) => a[0] - b[0]);
  const persons = found.filter((e) => e.type === 'PERSON').sort((a, b) => a.start - b.start);
  const out: Entity[] = [];
  for (const e of splitAtTabs(text, found)) {
    if (e.type !== 'PERSON') {
      out.push(e);
      continue;
    }
    if (inZone(zones, e)) continue;
    const before = text.slice(Math.max(0, e.start - 30), e.start);
    if (ROLE_CUE.test(before)) continue;
    const as = /[ \t]+(?:as|als)[ \t]+$/.exec(before);
    if (as && AS_CUE.test(as[0]) && persons.some((p) => p.end === e.start - as[0].length)) continue;
    const value = text.slice(e.start, e.end).toLowerCase().replace(/\s+/g, ' ');
    if (SOFTWARE.has(value) && (/ /.test(value) || BUILD_CONTEXT.test(lineOf(text, e.start)))) continue;
    out.push(e);
  }
  return out;
}

/** Whether the finding lies inside one of the sorted zones (a binary search). */
function inZone(zones: [number, number][], e: Entity): boolean {
  let lo = 0;
  let hi = zones.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (zones[mid][0] <= e.start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Zones may nest or overlap: look back over the few that start before the finding.
  for (let i = best; i >= 0 && i > best - 8; i--) if (zones[i][0] <= e.start && e.end <= zones[i][1]) return true;
  return false;
}

function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** A header cell that is only a person's name ("Anna Berg\tLebenslauf") is kept out of the organisations. */
function nameOnly(cell: string): boolean {
  return cell
    .trim()
    .split(/[ \t]+/)
    .every((w) => isKnownName(w) && !isDictionaryWord(w) && !isEnglishWord(w));
}

/**
 * A name never spans two table cells: a finding across a tab ("KOMMISSARIN\tSolveig Haugland",
 * "Museum of Art\tLoan") is cut at its tabs, and only the pieces that read like names are kept.
 */
function splitAtTabs(text: string, found: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of found) {
    if (e.type !== 'PERSON' || !text.slice(e.start, e.end).includes('\t')) {
      out.push(e);
      continue;
    }
    let from = e.start;
    for (let i = e.start; i <= e.end; i++) {
      if (i < e.end && text[i] !== '\t') continue;
      const piece = text.slice(from, i);
      const trimmed = piece.trim();
      const start = from + piece.indexOf(trimmed);
      if (trimmed && pieceIsName(trimmed)) out.push({ ...e, start, end: start + trimmed.length });
      from = i + 1;
    }
  }
  return out;
}

function pieceIsName(piece: string): boolean {
  const words = piece.split(/[ ]+/);
  // A word in capitals alone is a role or a heading here ("KOMMISSARIN"), not a name.
  if (words.length === 1 && piece === piece.toUpperCase()) return false;
  return nameLike(piece);
}
