import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName, nameNoWord } from './name-list.js';
import { LOWER, UPPER } from './letters.js';
import { isWeekdayCell } from './not-people-buildings.js';

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
const PROPERTY_LABEL =
  '(?:[Aa]uthor|[Aa]utor(?:in)?|[Ll]ast[ -]modified[ -]by|[Zz]uletzt (?:gespeichert|geändert) von|[Mm]anager|[Oo]wner|[Vv]erantwortlich)';
const PROPERTY = new RegExp(`(?:^|\\t)${PROPERTY_LABEL}[ \\t]*:[ \\t]+(${RUN})[ \\t]*(?=\\t|\\r?\\n|$)`, 'gmu');
// "Brautpaar: Leif & Tove Amundsen", "Couple: Leif and Tove Amundsen", "Ablaufplan Hochzeit Leif & Tove Amundsen"
const COUPLE = new RegExp(
  `(?:Brautpaar|Hochzeit|Couple|Wedding(?: of)?)[ \\t]*:?[ \\t]+(${RUN})[ \\t]+(?:&|and|und)[ \\t]+(${RUN})`,
  'gu',
);
// The people around an event, and a production's crew, after their role.
const ROLE = `(?:Trauzeug(?:e|in)|Maid of honou?r|Best man|Bridesmaid|Brautjungfer|Fotograf(?:in)?|Photographer|Trauredner(?:in)?|Officiant|Produktionsleitung|Set-Aufnahmeleitung|Aufnahmeleitung|Courier|Kurier(?:in)?|Stagehands|Rigger|Stimmführung|Erstgutachten|Zweitgutachten|\\d(?:st|nd|rd|th) AD)`;
const ROLE_LABEL = new RegExp(`${ROLE}[ \\t]*(?::[ \\t]*|\\t[ \\t]*)(${RUN}(?:,[ \\t]*${RUN}){0,5})`, 'gu');
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
// A street and number after the comma: "Wohnung Halvorsen, Lindenweg 4" (not "Wohnung Patientin, 2. OG").
const STREET_AFTER = new RegExp(`^,[ \\t]+[${UPPER}][${LOWER}ß.-]+(?:[ \\t]+[${UPPER}]?[${LOWER}ß.-]+){0,3}[ \\t]+\\d`);
// A label on its own line and the value indented under it: "Leihgeber/in\n\tKazbek Nekhay".
const LABEL_ABOVE = new RegExp(
  `^(?:[${UPPER}][${LOWER}]{2,30}(?:\\/in|\\(in\\))|Lender|Borrower|Consignor|Artist|Owner)[ \\t]*\\r?\\n\\t(${RUN})[ \\t]*$`,
  'gmu',
);
// A submission log's entry: "#214  Anna Berg - literary fiction, 92k".
const LOG_ENTRY = new RegExp(`^#\\d{1,5}[ \\t]+(${RUN})[ \\t]+[—–-][ \\t]`, 'gmu');
// Teams and offices are no one, also where a person's name stands ("author=\"Tech Office\"").
const TEAM_WORD =
  /\b(?:office|team|desk|department|abteilung|büro|dramaturgie|redaktion|admin|support|service|technik|produktion|kasse|box)\b/i;
const CAPS_PAIR = new RegExp(`${CAPS}(?:\\/| ?, ?)${CAPS}(?: ${CAPS})?`, 'gu');

/*
 * Most texts hold none of these documents' labels, and a large pattern tried at every position of a long
 * text costs more than the rest of this module. So each line-bounded pattern runs only on the lines that
 * hold its key: a label before a colon (found from the colons, which indexOf finds fast) or a small
 * pattern of literals. No match spans a line break, so the matches on those lines are exactly the matches
 * on the whole text.
 */
// Where a role or property label ends (tried as a sticky lookbehind at one offset each).
const ROLE_END = new RegExp(`(?<=${ROLE})`, 'y');
const PROPERTY_END = new RegExp(`(?<=${PROPERTY_LABEL})`, 'y');
const COUPLE_KEY = /Brautpaar|Hochzeit|Couple|Wedding/g;
const HOME_KEY = /home of|Wohnung|Familie/g;
// A room type at a line's start (after a bar or a number): the start of ROOM_ROW, whose `^` also
// follows a carriage return or a Unicode line separator.
const ROOM_KEY =
  /(?:^|[\n\r\u2028\u2029])(?:\|[ \t]*)?(?:\d{1,4}[ \t]+)?(?:DZ|EZ|DBL|SGL|TWIN|TWN|TPL|TRP|SUITE|QUAD)\b/g;

type Line = [start: number, end: number];

/** The line of `at` as [start, end) without its break, unless `at` lies on the last line in `lines`. */
function pushLine(text: string, lines: Line[], at: number): void {
  if (lines.length > 0 && at <= lines[lines.length - 1][1]) return;
  const end = text.indexOf('\n', at);
  lines.push([text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end]);
}

/** The lines holding a match of `key` (a global pattern), in order, each once. */
function linesWithKey(text: string, key: RegExp): Line[] {
  const lines: Line[] = [];
  key.lastIndex = 0;
  for (let m = key.exec(text); m; m = key.exec(text)) {
    // A match may start with the line break before its line.
    pushLine(text, lines, text[m.index] === '\n' ? m.index + 1 : m.index);
    // The rest of this line is read anyway: go on from the next line.
    key.lastIndex = Math.max(key.lastIndex, lines[lines.length - 1][1]);
    if (m[0] === '') key.lastIndex++;
  }
  return lines;
}

/**
 * The lines on which a label (`labelEnd`, a sticky lookbehind) ends right before blanks and a colon, or
 * with `tabs` a tab. The blanks before each separator are walked once: a separator in the same run of
 * blanks as a tab before it takes that tab's label end, so a long run of tabs stays linear.
 */
function linesWithLabel(text: string, labelEnd: RegExp, tabs: boolean): Line[] {
  const lines: Line[] = [];
  let colon = text.indexOf(':');
  let tab = tabs ? text.indexOf('\t') : -1;
  let previous = -1;
  let previousEnd = 0;
  while (colon >= 0 || tab >= 0) {
    const at = tab < 0 || (colon >= 0 && colon < tab) ? colon : tab;
    if (at === colon) colon = text.indexOf(':', at + 1);
    else tab = text.indexOf('\t', at + 1);
    let end = at;
    while (end > previous + 1 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end === previous + 1 && previous >= 0 && text[previous] === '\t') end = previousEnd;
    previous = at;
    previousEnd = end;
    labelEnd.lastIndex = end;
    if (labelEnd.test(text)) pushLine(text, lines, at);
  }
  return lines;
}

/** The matches of a line-bounded global pattern on the given lines; each index is an offset in the whole text. */
function matchesOnLines(text: string, pattern: RegExp, lines: Line[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const [start, end] of lines)
    for (const m of text.slice(start, end).matchAll(pattern) as IterableIterator<RegExpExecArray>) {
      m.index += start;
      out.push(m);
    }
  return out;
}

/** Findings of the review layer and of the documents' fixed places (see the module comment). */
export function namesInReviewLayer(text: string): Entity[] {
  const out: Entity[] = [];
  const add = (m: RegExpMatchArray, group: number, score: number, test = personRun) => {
    const value = m[group];
    if (!value || !test(value)) return;
    const start = (m.index ?? 0) + m[0].lastIndexOf(value);
    out.push(person(start, start + value.length, score));
  };
  if (text.includes('author="'))
    for (const m of text.matchAll(AUTHOR_ATTRIBUTE)) add(m, 1, 0.9, (v) => nameLike(v) && !TEAM_WORD.test(v));
  if (text.includes('[^')) for (const m of text.matchAll(FOOTNOTE_COMMENT)) add(m, 1, 0.9, nameLike);
  for (const m of text.matchAll(COMMENT_ROW)) add(m, 1, 0.85, nameLike);
  for (const m of matchesOnLines(text, PROPERTY, linesWithLabel(text, PROPERTY_END, false)))
    add(m, 1, 0.9, (v) => /[ \t]/.test(v) && nameLike(v));
  for (const m of matchesOnLines(text, COUPLE, linesWithKey(text, COUPLE_KEY))) {
    const start1 = (m.index ?? 0) + m[0].indexOf(m[1], m[0].search(/[ \t:]/));
    if (nameLike(m[1]) && nameLike(m[2])) {
      out.push(person(start1, start1 + m[1].length, 0.9));
      const start2 = (m.index ?? 0) + m[0].length - m[2].length;
      out.push(person(start2, start2 + m[2].length, 0.9));
    }
  }
  for (const m of matchesOnLines(text, ROLE_LABEL, linesWithLabel(text, ROLE_END, true))) {
    const listStart = (m.index ?? 0) + m[0].length - m[1].length;
    let at = listStart;
    for (const part of m[1].split(',')) {
      const value = part.trim();
      const start = text.indexOf(value, at);
      at = start + value.length;
      if (personRun(value)) out.push(person(start, start + value.length, 0.85));
    }
  }
  // "Wohnung Kansakar" alone needs a known name ("Wohnung Patientin" is none); "home of", "Familie" need less.
  for (const m of matchesOnLines(text, HOME_OF, linesWithKey(text, HOME_KEY)))
    add(
      m,
      1,
      0.85,
      (v) =>
        personRun(v) &&
        (/home of|Familie/.test(m[0]) || isKnownName(v) || STREET_AFTER.test(text.slice((m.index ?? 0) + m[0].length))),
    );
  // The value under its label starts a line with a tab.
  if (text.includes('\n\t')) for (const m of text.matchAll(LABEL_ABOVE)) add(m, 1, 0.85);
  if (text.includes('#')) for (const m of text.matchAll(LOG_ENTRY)) add(m, 1, 0.85, nameLike);
  for (const zone of castLeaders(text)) if (zone.actor) out.push(person(zone.start, zone.end, 0.85));
  for (const m of matchesOnLines(text, ROOM_ROW, linesWithKey(text, ROOM_KEY))) {
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
  // A table's row has tabs or bars; the case-blind word test costs more, so it comes second.
  if (!text.includes('\t') && !text.includes('|')) return cells;
  if (!/darsteller|schauspieler|besetzung|cast|actor|actress|artist|performer/i.test(text)) return cells;
  let actorColumn = -1;
  let roleColumn = -1;
  let columns = 0;
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
        columns = split.length;
        bars = line.includes('|');
        // The heading row names columns, no one ("Rolle\tDarsteller/in").
        for (const c of split) cells.push({ start: lineStart + c[0], end: lineStart + c[1], actor: false });
      } else if (actorColumn >= 0 && split.length === columns && bars === line.includes('|')) {
        if (!/^[ \t|:-]+$/.test(line)) {
          const a = split[actorColumn];
          const value = actorName(line.slice(a[0], a[1]));
          if (value) {
            const at = lineStart + line.indexOf(value, a[0]);
            cells.push({ start: at, end: at + value.length, actor: true });
          }
          const r = roleColumn >= 0 ? split[roleColumn] : undefined;
          if (r) cells.push({ start: lineStart + r[0], end: lineStart + r[1], actor: false });
        }
        // A running header after a page break leaves the table open: its rows go on under it.
      } else if (line[0] !== '\f') actorColumn = -1;
    }
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

// A cast list's heading at a line's start: "Besetzung „Die Möwe“", "… — COMPANY LIST", "Cast:".
const CAST_CUE =
  /(?:^|[—–-][ \t]*)(?:Besetzung|BESETZUNG|Cast(?:[ \t]+list)?|CAST(?:[ \t]+LIST)?|Company[ \t]+list|COMPANY[ \t]+LIST|Dramatis[ \t]+personae)\b/m;
const CAST_CUE_KEYS = ['Besetzung', 'BESETZUNG', 'Cast', 'CAST', 'Company', 'COMPANY', 'Dramatis'];
// A cast list's line once its dotted leader is read as a colon: "Ranevskaya: Halaevalu Veikune".
const CAST_LINE = new RegExp(`^(${W}(?: ${W})?):[ \\t]+(${RUN})`, 'gmu');

/**
 * A cast list written "Character ........ Actor" (normalisation reads the leader as ": "): three such
 * lines in a row under a cast cue; the left side is a character, the right an actor.
 */
function castLeaders(text: string): CastCell[] {
  const cells: CastCell[] = [];
  // The cue's words found by indexOf first: the pattern tried at every line start costs more.
  if (!CAST_CUE_KEYS.some((key) => text.includes(key)) || !CAST_CUE.test(text)) return cells;
  let run: CastCell[] = [];
  let lines = 0;
  let previousStart = -2;
  const flush = () => {
    if (lines >= 3) cells.push(...run);
    run = [];
    lines = 0;
  };
  for (const m of text.matchAll(CAST_LINE)) {
    // Consecutive lines only: the match before started the line before this one.
    if (text.lastIndexOf('\n', m.index - 2) + 1 !== previousStart || m.index === 0) flush();
    previousStart = m.index;
    run.push({ start: m.index, end: m.index + m[1].length, actor: false });
    const right = m.index + m[0].length - m[2].length;
    // Only lines with an actor count towards the three; "Dorn: Gast: …" goes along.
    if (personRun(m[2])) {
      run.push({ start: right, end: right + m[2].length, actor: true });
      lines++;
    }
  }
  flush();
  return cells;
}

// The organisation of the document properties: "Company: Galerie Nordlicht", "Firma: …".
const COMPANY_LABEL = '(?:[Cc]ompany|[Ff]irma|[Oo]rgani[sz]ation|[Uu]nternehmen)';
const COMPANY = new RegExp(`^${COMPANY_LABEL}[ \\t]*:[ \\t]+([^\\n\\t]{3,80}?)[ \\t]*$`, 'gm');
const COMPANY_END = new RegExp(`(?<=${COMPANY_LABEL})`, 'y');
// The first cell of a running header after a page break: "\fKammeroper Nordlicht\tProbenplan KW 9".
const PAGE_HEADER = /\f([^\n\t:]{3,80}?)[ \t]*\t/g;
// A converted document's title property; a subject line or a form's "Title: Ms" is none.
const TITLE = /^(?:[Tt]itle|[Tt]itel)[ \t]*:[ \t]+((?:[^\n\t: ]|[ ](?! )){3,80}?)[ \t]*$/gm;
const PROPERTIES_LABEL = '(?:[Rr]evision|[Ee]rstellt|[Cc]reated)';
const PROPERTIES = new RegExp(`^${PROPERTIES_LABEL}[ \\t]*:[ \\t]*\\S`, 'm');
const PROPERTIES_END = new RegExp(`(?<=${PROPERTIES_LABEL})`, 'y');
// The literals that start a merge field, and the ") :" of a breakdown: keys of their lines.
const MERGE_KEY = /MERGEFIELD|«|\{\{|<</g;
const BREAKDOWN_KEY = /\):/g;
// Venues and ensembles named by a place or a founder: "Galerie Sainte-Claire", "Kammeroper Mariahilf", "Gut Rosenhof".
const VENUE_WORD =
  /^(?:Galerie|Gallery|Kammeroper|Oper|Opera|Orchester|Orchestra|Ensemble|Chor|Choir|Kunsthalle|Museum|Theater|Theatre|Playhouse|Festival|Philharmonie|Kino|Cinema|Hotel|Gut|Schloss|Weingut|Atelier|Studio|Verlag)$/;
const VENUE_BEFORE = new RegExp(`(?:^|[ \\t])(${VENUE_WORD.source.slice(4, -2)})[ \\t]+$`);
// A function's line, not a person's: "Kasse: +43 1 405 6633 · booking@…", "Fee: EUR 6,500", a merge field's label.
const FUNCTION_VALUE =
  /^:[ \t]*(?:MERGEFIELD\b|«|<<|\{\{|(?:EUR|USD|GBP|CHF|€|\$|£)[ \t]*\d|[^\n]{0,60}\b(?:booking|info|tickets?|kasse|office|kontakt|contact|service|hello|presse|press|team)@)/;
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
  for (const m of matchesOnLines(text, COMPANY, linesWithLabel(text, COMPANY_END, false)))
    if (organisationLike(m[1])) orgs.add(m[1]);
  // The document's title ("Titel: Leihvertrag Privatleihgabe") recurs in its running header; a title with a name is left alone.
  if (linesWithLabel(text, PROPERTIES_END, false).some(([start, end]) => PROPERTIES.test(text.slice(start, end))))
    for (const m of text.matchAll(TITLE)) if (!m[1].split(/[ \t]+/).some(nameNoWord)) orgs.add(m[1]);
  if (text.includes('\f'))
    for (const m of text.matchAll(PAGE_HEADER)) if (!nameOnly(m[1]) && organisationLike(m[1])) orgs.add(m[1].trim());
  for (const org of [...orgs].slice(0, 8))
    for (let at = text.indexOf(org); at >= 0; at = text.indexOf(org, at + org.length))
      zones.push([at, at + org.length]);
  const mergeFields: [number, number][] = [];
  for (const m of matchesOnLines(text, MERGE_FIELD, linesWithKey(text, MERGE_KEY))) {
    zones.push([m.index, m.index + m[0].length]);
    mergeFields.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesOnLines(text, BREAKDOWN, linesWithKey(text, BREAKDOWN_KEY)))
    zones.push([m.index, m.index + m[1].length]);
  for (const cell of castLeaders(text)) if (!cell.actor) zones.push([cell.start, cell.end]);
  for (const cell of castTables(text)) if (!cell.actor) zones.push([cell.start, cell.end]);
  zones.sort((a, b) => a[0] - b[0]);
  // Where persons' findings end: the actor before "spielt" or "as" (a set, so each look-up is constant).
  // The line starts of phone and mail findings, found in one walk over the text (a long line stays linear).
  const contactLines = lineStartsOf(
    text,
    found.filter((e) => e.type === 'PHONE_NUMBER' || e.type === 'EMAIL_ADDRESS').map((e) => e.start),
  );
  const personEnds = new Set(found.filter((e) => e.type === 'PERSON').map((e) => e.end));
  const out: Entity[] = [];
  for (const split of splitAtTabs(text, found)) {
    if (split.type !== 'PERSON') {
      out.push(split);
      continue;
    }
    if (inZone(zones, split)) continue;
    const e = afterMergeField(text, mergeFields, split);
    if (!e) continue;
    const before = text.slice(Math.max(0, e.start - 30), e.start);
    const cue = ROLE_CUE.exec(before);
    // After a verb ("spielt", "plays") the name is a character only when the actor is its subject right
    // before it ("Ingolf Weyrather spielt Hedda Gabler"); "Heute spielt Anna Schmidt" names the actor.
    // A person's phone or mail on the name's line or the next makes it a contact, not a character ("Rolle: … \n Tel.").
    if (
      cue &&
      (!VERB_CUE.test(cue[0]) || actorBefore(text, personEnds, e.start - cue[0].length)) &&
      !contactNear(text, contactLines, e.start)
    )
      continue;
    const as = /[ \t]+(?:as|als)[ \t]+$/.exec(before);
    if (as && AS_CUE.test(as[0]) && personEnds.has(e.start - as[0].length)) continue;
    const words = text.slice(e.start, e.end).split(/[ \t]+/);
    if (VENUE_WORD.test(words[0]) || (words.length === 1 && VENUE_BEFORE.test(before))) continue;
    if (words.length === 1) {
      const after = text.slice(e.end, e.end + 80);
      // "Dear Finance team", "Kasse: … booking@…"
      if (/^[ \t-]*(?:team|Team)\b/.test(after) && !isGivenName(words[0])) continue;
      if ((e.start === 0 || text[e.start - 1] === '\n') && FUNCTION_VALUE.test(after) && !isGivenName(words[0]))
        continue;
    }
    const value = text.slice(e.start, e.end).toLowerCase().replace(/\s+/g, ' ');
    if (
      SOFTWARE.has(value) &&
      !HONORIFIC_BEFORE.test(before) &&
      (/ /.test(value) || BUILD_CONTEXT.test(lineOf(text, e.start)))
    )
      continue;
    out.push(e);
  }
  // A name that is a person somewhere in the document is one everywhere: a look-alike rule that drops one
  // mention ("Rolle: Anna Schmidt" beside "Kontakt: Anna Schmidt") would leave that mention readable.
  const kept = new Set(out.filter((e) => e.type === 'PERSON').map((e) => text.slice(e.start, e.end)));
  const present = new Set(out);
  const restored = found.filter(
    (e) =>
      e.type === 'PERSON' &&
      kept.has(text.slice(e.start, e.end)) &&
      !present.has(e) &&
      !/\t/.test(text.slice(e.start, e.end)),
  );
  return restored.length === 0 ? out : [...out, ...restored];
}

/**
 * A person's finding that begins inside a raw merge field and runs on past it ("MERGEFIELD Vorname Maria",
 * "«Nachname» Hofbauer"): the field is no name, the name written after it is, so the finding keeps only what
 * follows the field; nothing follows, nothing is kept. `fields` are sorted and do not overlap.
 */
function afterMergeField(text: string, fields: [number, number][], e: Entity): Entity | undefined {
  let lo = 0;
  let hi = fields.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fields[mid][0] <= e.start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (at < 0 || e.start >= fields[at][1]) return e;
  let start = fields[at][1];
  while (start < e.end && (text[start] === ' ' || text[start] === '\t')) start++;
  return start < e.end ? { ...e, start } : undefined;
}

/** The start of the line holding each offset, for offsets in any order: one pass over the text's line breaks. */
function lineStartsOf(text: string, offsets: number[]): Set<number> {
  const out = new Set<number>();
  let lineStart = 0;
  // The next line break at or after lineStart (the text's length when none): each break is found once.
  let next = text.indexOf('\n');
  if (next < 0) next = text.length;
  for (const at of [...offsets].sort((a, b) => a - b)) {
    while (next < at) {
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
      if (next < 0) next = text.length;
    }
    out.add(lineStart);
  }
  return out;
}

/** Whether a phone or mail finding starts on the line of `at` or on the next line (`contactLines`: their line starts). */
function contactNear(text: string, contactLines: Set<number>, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  return contactLines.has(lineStart) || (next >= 0 && contactLines.has(next + 1));
}

/** "spielt", "plays": a verb cue, not a label ("Rolle:"). */
const VERB_CUE = /(?:spielt|plays|played|spielte)[ \t]+$/;
/** Whether a person found ends just before `at`, blanks aside (the verb's subject). */
function actorBefore(text: string, personEnds: Set<number>, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return personEnds.has(end);
}
/** A title before a surname that is also software ("Frau Jenkins", "Mr Jenkins"): a person. */
const HONORIFIC_BEFORE = /\b(?:Herrn?|Frau|Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+$/;
/**
 * Whether a running header's first cell or a company property names an organisation, not a person (a sole
 * trader's documents carry her own name there): no given name in it, and a word of a venue or ensemble
 * ("Kammerchor", "Theater"), a legal form, or a small word no name has ("Theater am Fluss").
 */
function organisationLike(cell: string): boolean {
  const words = cell.trim().split(/[ \t]+/);
  if (words.some((w) => isGivenName(w.replace(/[.,]$/, '')))) return false;
  return words.some((w) => /^\p{Ll}/u.test(w) || ORGANISATION_WORD.test(w));
}
const ORGANISATION_WORD =
  /(?:chor|choir|theater|theatre|oper|opera|orchester|orchestra|ensemble|galerie|gallery|museum|halle|hall|bühne|verein|verlag|stiftung|studio|atelier|festival|kino|cinema|hotel|schloss|weingut|kirche|schule|akademie|institut|klinik|kanzlei|agentur|gruppe|group|company|playhouse|philharmonie|GmbH|AG|KG|Ltd|Inc|LLC|e\.V\.)$/i;

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
 * "Museum of Art\tLoan") is cut at its tabs, and only its first piece that reads like a name is kept.
 */
function splitAtTabs(text: string, found: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of found) {
    if (e.type !== 'PERSON' || !/(?<!\n)\t/.test(text.slice(e.start, e.end))) {
      out.push(e);
      continue;
    }
    let from = e.start;
    for (let i = e.start; i <= e.end; i++) {
      // A tab after a line break folds a line (iCalendar "Wolkenstein-Ha\r\n\trtmann"): no cell border.
      if (i < e.end && (text[i] !== '\t' || text[i - 1] === '\n')) continue;
      const piece = text.slice(from, i);
      const trimmed = piece.trim();
      const start = from + piece.indexOf(trimmed);
      if (trimmed && pieceIsName(trimmed)) {
        // One person per finding: the first piece that reads as a name; the cells after it are other fields.
        out.push({ ...e, start, end: start + trimmed.length });
        break;
      }
      from = i + 1;
    }
  }
  return out;
}

function pieceIsName(piece: string): boolean {
  const words = piece.split(/[ ]+/);
  // A word in capitals alone is a role or a heading here ("KOMMISSARIN"), not a name; nor is a rota's weekday
  // ("Mo\tAnna Schmidt": the person is the cell after it).
  if (words.length === 1 && (piece === piece.toUpperCase() || isWeekdayCell(piece))) return false;
  return nameLike(piece);
}
