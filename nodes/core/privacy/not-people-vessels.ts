import type { Entity } from './entities.js';
import { isGivenName, nameNoWord } from './name-list.js';

/**
 * A ship's name read as a person's (read only around a PERSON finding, see not-people.ts). Shipping writes a
 * vessel's name after its type prefix ("MV Lady Valletta", "M/T Nordic Star", "S/Y Meltemi", "RMS Aurora"),
 * after a vessel label ("Schiff: Maas Trader", "Vessel: Baltic Osprey") or a vessel noun ("dredger
 * "Zeevalk"", "Fähre Nordlicht"). The name is the run of capitalised words right after it; a finding lying in
 * that run names the ship, and so does the same name written again elsewhere in the document without its
 * prefix ("… on board Baltic Osprey").
 *
 * Privacy first: "MS" is also "Ms", a woman's title. Only the capitals "MS" count (never "Ms", "Ms."), and
 * not before a given name ("MS Anna Berg" stays a person) unless the same name stands after an unambiguous
 * prefix elsewhere in the text, and only in a text that speaks of ships (a vessel, a crew, a berth, an IMO number); a line written all in capitals ("MS ANNA BERG") is read as a title. "MY" (a yacht,
 * and the word "my" in capitals: "MY NAME IS …") is read the same way.
 */

/** Prefixes that name a vessel's type and nothing else ("MV", "M/Y", "HMS"); "MS" and "MY" apart (see above). */
const TYPE_PREFIX = 'M/[VSTY]|MV|MT|SY|S/Y|RMS|FV|F/V|HMS|HMCS|HMAS|USS|USNS';
/** Labels of a vessel's field, the colon after them ("Schiff:", "Vessel name:"). */
const VESSEL_LABEL =
  "(?:[Ss]chiff|SCHIFF|[Ss]chiffsname|[Vv]essel(?:[ \\t]+name)?|VESSEL|[Ss]hip(?:'s)?(?:[ \\t]+name)?|[Yy]acht|YACHT|[Ff]ähre|[Ff]erry)[ \\t]*:";
/** Nouns of a vessel's kind written before its name ("dredger Zeevalk", "Fähre Nordlicht", "aboard the ferry"). */
const VESSEL_NOUN =
  '(?:[Ff]ähre|[Ff]erry|[Dd]redger|[Yy]acht|[Tt]anker|[Ff]rachter|[Mm]otorschiff|[Bb]agger|[Ss]chlepper|[Tt]ug|[Tt]rawler|[Kk]utter|[Cc]ruise[ \\t]+ship|[Kk]reuzfahrtschiff|[Bb]ulk[ \\t]+carrier|[Cc]ontainer[ \\t]+ship)';
/**
 * One place a vessel's name may follow: a label, a noun, a type prefix or the ambiguous "MS" (group 1), then an
 * optional type prefix after a label ("Schiff: MV Maas Trader") and an optional opening quote.
 */
const VESSEL_LEAD = new RegExp(
  `(?<![\\p{L}\\d/])(?:${VESSEL_LABEL}[ \\t]*(?:(?:${TYPE_PREFIX})[ \\t]+)?|${VESSEL_NOUN}[ \\t]+|(?:${TYPE_PREFIX})[ \\t]+|(MS|MY)[ \\t]+)["„“”'‚‘»«]?`,
  'gu',
);
/** The vessel's name: up to four capitalised words or a short number ("Queen Mary 2"), one blank between. */
const VESSEL_NAME =
  /\p{Lu}[\p{L}'’-]*(?:[ \t](?:\p{Lu}[\p{L}'’-]*|\d{1,3}(?![\d.,:/])|(?:of|the|del|de|van|von)(?=[ \t]\p{Lu}))){0,3}/uy;
/** A cheap check before any reading: no prefix, label or noun, no vessel. */
const VESSEL_HINT =
  /M[VSTY]|[MS]\/|RMS|FV|HMS|SY|hiff|essel|ähre|erry|redger|acht|anker|rachter|agger|lepper|Tug|rawler|utter|hip/;

/**
 * The vessels' names of one text, read once per scan, and where each was written right after its prefix, label or
 * noun (`leads`: the name's start offsets).
 */
export type VesselNames = { names?: string[]; leads?: Map<string, Set<number>> };

/** Whether the PERSON finding `e` lies in a vessel's name (see above). */
export function vesselNoPerson(text: string, e: Entity, vessels: VesselNames): boolean {
  if (vessels.names === undefined) {
    vessels.leads = new Map();
    vessels.names = VESSEL_HINT.test(text) ? vesselNames(text, vessels.leads) : [];
  }
  if (vessels.names.length === 0) return false;
  const value = text.slice(e.start, e.end);
  for (const name of vessels.names) {
    // The finding inside the name, or the name with its prefix inside the finding ("MV Lady Valletta").
    if (!name.includes(value) && !value.includes(name)) continue;
    if (value.length > name.length && !prefixOnlyAround(value, name)) continue;
    // A ship named after a person ("MV Henrike Solberg") names the ship right after its prefix; the same name
    // written elsewhere may be that person's: privacy first, a name beginning with a given name stays unless a ship's
    // phrase stands before it ("the crew of …", "on board …"), and any other stays where that place reads as a
    // person's (after a field label "Master:", "Owner:", or before a birth).
    const leads = vessels.leads?.get(name);
    const givenName = isGivenName(name.split(/[ \t]/)[0]);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (leads && !leads.has(at) && (givenName ? !shipPlace(text, at) : personPlace(text, at, at + name.length)))
        continue;
      const end = at + name.length;
      if (at <= e.start && e.end <= end && wordBounded(text, at, end)) return true;
      if (e.start <= at && end <= e.end && wordBounded(text, at, end)) return true;
    }
  }
  return false;
}

/** A field label right before a value on its line ("Master: ", "Owner / Eigner: "), not a vessel's own label. */
const FIELD_LABEL_BEFORE = /(?:^|[,;|\t])[ \t]*\p{L}[\p{L} ./'’-]{0,30}:[ \t]*$/u;
const VESSEL_LABEL_BEFORE = new RegExp(`${VESSEL_LABEL}[ \\t]*$`, 'u');
/** A birth written after a name on its line ("…, born 04.09.1968", "geb. 1971", "DOB"). */
const BIRTH_AFTER = /^[^\n]{0,40}?(?:\b[Bb]orn\b|\b[Gg]eb(?:\.|oren\b)|\bDOB\b|[Dd]ate of [Bb]irth|\*[ \t]*\d)/u;
/** Men's and other titles in capitals before a name ("MR Petersen", "MRS Lund"): "MS" beside them is a title too. */
const CAPITAL_TITLES = /(?<![\p{L}])(?:MR|MRS|MISS|DR|MX)\.?[ \t]+\p{Lu}/u;
/** Whether "MS" at text[at] before `name` reads as a woman's title (see vesselNames). */
function msTitle(text: string, at: number, name: string): boolean {
  const first = name.split(/[ \t]/)[0];
  if (isGivenName(first) || nameNoWord(first) || allCapitals(name)) return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 40), at);
  if (FIELD_LABEL_BEFORE.test(before) && !VESSEL_LABEL_BEFORE.test(before)) return true;
  return CAPITAL_TITLES.test(text);
}

/** Words that put a ship's name right after them ("the crew of ", "on board ", "an Bord der "). */
const SHIP_PHRASE_BEFORE =
  /(?:[Cc]rew of|[Oo]n board(?: of)?(?: the)?|[Aa]board(?: the)?|[Aa]n [Bb]ord(?: der)?|[Bb]esatzung der|[Ll]iegeplatz der|[Aa]longside)[ \t]+$/u;
/** Whether the name written at text[start] stands where a ship's name does, even one named after a person. */
const shipPlace = (text: string, start: number) => SHIP_PHRASE_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/** Whether a name written at text[start, end) stands where a person's name does (see vesselNoPerson). */
function personPlace(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  if (FIELD_LABEL_BEFORE.test(before) && !VESSEL_LABEL_BEFORE.test(before)) return true;
  return BIRTH_AFTER.test(text.slice(end, end + 60));
}

const PREFIX_ALONE = new RegExp(`^(?:${TYPE_PREFIX}|MS|MY)$`, 'u');
/** Whether what the finding holds besides the vessel's name is only its prefix ("MV ", "MS "). */
function prefixOnlyAround(value: string, name: string): boolean {
  return PREFIX_ALONE.test(value.replace(name, '').trim());
}

/** Whether text[start, end) is a whole run of words (no letter glued on either side). */
const wordBounded = (text: string, start: number, end: number) =>
  !/[\p{L}\d]/u.test(text[start - 1] ?? '') && !/[\p{L}\d]/u.test(text[end] ?? '');

/** Every vessel name written after a prefix, label or vessel noun; "MS" names only where they are no person's. */
function vesselNames(text: string, leads: Map<string, Set<number>>): string[] {
  const sure = new Set<string>();
  const afterMs: string[] = [];
  VESSEL_LEAD.lastIndex = 0;
  for (let m = VESSEL_LEAD.exec(text); m; m = VESSEL_LEAD.exec(text)) {
    VESSEL_NAME.lastIndex = m.index + m[0].length;
    const name = VESSEL_NAME.exec(text)?.[0];
    if (name === undefined) continue;
    const at = m.index + m[0].length;
    leads.set(name, (leads.get(name) ?? new Set<number>()).add(at));
    if (m[1] === undefined) sure.add(name);
    // After "MS" a given name or a family name that is no ordinary word ("MS Halvorsen") is a woman's title and her
    // name, shipping text or not; so is any name after "MS" standing in a person's field ("Attendees: MS Oltmanns")
    // or in a text that writes men's titles in capitals too ("…, MR Petersen"): privacy first.
    else if (!msTitle(text, m.index, name)) afterMs.push(name);
    VESSEL_LEAD.lastIndex = Math.max(VESSEL_LEAD.lastIndex, VESSEL_NAME.lastIndex);
  }
  if (afterMs.length > 0 && SHIPPING_CONTEXT.test(text)) for (const name of afterMs) sure.add(name);
  return [...sure];
}

/**
 * Words that say a text is about ships: only there is "MS" a motor ship's prefix ("Attendees: MS Tveitane" is a
 * woman's title in capitals).
 */
const SHIPPING_CONTEXT =
  /IMO[ \t]?\d{7}|[Vv]essel|[Ss]chiff|\b[Ss]hip\b|[Cc]ruise|[Kk]reuzfahrt|[Bb]ord(?:hospital|arzt|karte)|\ban [Bb]ord\b|[Aa]board|[Oo]n board|[Rr]eederei|[Bb]esatzung|\b[Cc]rew\b|[Mm]anifest|[Ll]iegeplatz|[Bb]erth|[Ee]mbarkation|[Ee]inschiffung|[Hh]afen|\b[Pp]ort of\b|[Ff]lag(?:ge)?\b/;
/** A name written all in capitals: after "MS" a title in a line written in capitals ("MS ANNA BERG"). */
const allCapitals = (name: string) => name === name.toUpperCase();
