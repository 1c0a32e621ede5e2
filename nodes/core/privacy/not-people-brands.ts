import type { Entity } from './entities.js';
import { isEnglishWord, isGivenName, isKnownName } from './name-list.js';

/**
 * Brands, makers' models, firms and football clubs whose names read as a person's ("Aston Villa",
 * "Miele Triflex", "Land Rover Defender", "Balfour Beatty"). No package keeps such a list, so it is a
 * short one here, of names that do read as people: professional football clubs of the UK, German,
 * Austrian and Swiss leagues whose names are two name-shaped words, firms named like a person, and
 * makers whose model names follow them as a capitalised word. A finding is let through only when it
 * lies wholly inside such a phrase, written in its order: "Villa, Aston" in a name column, "Mr Hoover",
 * "Henry" alone or "Beatty" alone stay found; and a maker's name followed by a given name ("Ford
 * Kelly", "Sage Williams") is a person, as is a name before the maker ("Sabine Schwarzkopf").
 */

/** Clubs whose names are two name-shaped words (first team names as fans and fixtures write them). */
const CLUBS = [
  'Aston Villa',
  'Nottingham Forest',
  'Crystal Palace',
  'Leyton Orient',
  'Tottenham Hotspur',
  'Sheffield Wednesday',
  'Preston North End',
  'Charlton Athletic',
  'Wigan Athletic',
  'Oldham Athletic',
  'Plymouth Argyle',
  'Bristol Rovers',
  'Blackburn Rovers',
  'Tranmere Rovers',
  'Doncaster Rovers',
  'Partick Thistle',
  'Hamilton Academical',
  'Queen of the South',
  'Heart of Midlothian',
  'Alemannia Aachen',
  'Arminia Bielefeld',
  'Fortuna Düsseldorf',
  'Kickers Offenbach',
  'Hansa Rostock',
  'Dynamo Dresden',
  'Erzgebirge Aue',
  'Hertha BSC',
  'Werder Bremen',
  'Eintracht Frankfurt',
  'Borussia Dortmund',
  'Borussia Mönchengladbach',
  'Austria Wien',
  'Rapid Wien',
  'Sturm Graz',
  'Austria Lustenau',
  'Young Boys',
  'Grasshopper Club',
];
/** Firms named like a person, whose whole name is never written as one person's. */
const FIRMS = ['Balfour Beatty', 'Worcester Bosch', 'Dow Jones', 'Marks (?:&|and) Spencer', 'Dolce (?:&|and) Gabbana'];
/** Makers whose models follow them as a capitalised word ("Miele Triflex", "Schwarzkopf Igora"). */
const MAKERS = [
  'Miele',
  'Schwarzkopf',
  'Sage',
  'Land Rover',
  'Worcester Bosch',
  'Vorwerk',
  'Kärcher',
  'Numatic',
  'Wella',
  'Ford',
  'Vauxhall',
  'Morphy Richards',
  'Russell Hobbs',
];
/** A model after its maker: a capitalised word, or one with digits ("Greenstar 30i"). */
const PHRASE = new RegExp(
  `(?<![\\p{L}])(?:${[...CLUBS, ...FIRMS].join('|')})(?![\\p{L}])|(?<![\\p{L}])(?:${MAKERS.join('|')})[ \\t]+(\\p{Lu}[\\p{L}'’-]*)`,
  'gu',
);
/** "a Henry Hoover", "our Henry hoover": Numatic's vacuum after an article or a possessive, never "Henry Hoover" alone. */
const HENRY_HOOVER =
  /(?<![\p{L}])(?:a|an|the|my|our|your|his|her|their|new|old)[ \t]+Henry[ \t]+[Hh]oover(?![\p{L}])/gu;
/** The words of those phrases: only a finding holding one is read around (cheap first). */
const PHRASE_WORD = new RegExp(
  [...CLUBS, ...FIRMS, ...MAKERS, 'Henry Hoover']
    .flatMap((phrase) => phrase.split(/[^\p{L}]+/u))
    .filter((word) => word.length > 3 && !['Club', 'South', 'North', 'Young', 'Queen'].includes(word))
    .join('|'),
  'u',
);

/**
 * A person's title or a letter's salutation right before a phrase ("Mrs Sage Tshabalala", "Herr Vorwerk Adebayo",
 * "Dear Sage …"): nobody writes it before a maker's model, so it is a person, privacy first.
 */
const PERSON_TITLE_BEFORE =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Herrn|Frau|Dear|Hi|Hello|Liebe|Lieber|geehrte|geehrter)\.?,?[ \t]+$/u;

/** Words a finding took in before the phrase ("Watching Aston Villa"): ordinary English words, none a name. */
function ordinaryLead(lead: string): boolean {
  if (lead.length > 24 || !/^(?:\p{L}+[ \t]+)+$/u.test(lead)) return false;
  return lead
    .trim()
    .split(/[ \t]+/)
    .every((w) => isEnglishWord(w.toLowerCase()) && !isGivenName(w) && !isKnownName(w));
}

/**
 * Whether a phrase of `pattern` around the finding holds it, or all of it but ordinary words before
 * ("Watching Aston Villa"); `accepted` checks the match.
 */
function inside(text: string, e: Entity, pattern: RegExp, accepted: (m: RegExpExecArray) => boolean): boolean {
  const from = Math.max(0, e.start - 40);
  const window = text.slice(from, Math.min(text.length, e.end + 40));
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    const start = from + m.index;
    if (
      e.end <= start + m[0].length &&
      accepted(m) &&
      // Only a maker's "model" can be a person's name; "Dear Aston Villa fans" stays a club.
      (m[1] === undefined || !PERSON_TITLE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) &&
      (start <= e.start || ordinaryLead(text.slice(e.start, start)))
    )
      return true;
  }
  return false;
}

/** Two capitalised words joined by a hyphen ("Mbeki-Odhiambo"): a double surname; a model has digits ("F-150"). */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** Whether the finding is a club, a firm, or a maker's model named like a person (see above). */
export function brandNoPerson(text: string, e: Entity, value: string): boolean {
  if (value.length > 40 || !PHRASE_WORD.test(value)) return false;
  // A "model" that is a name ("Ford Kelly", "Sage Williams"): a person, privacy first.
  // Each part of a double-barrelled "model" is read ("Sage Okafor-Lindqvist": a surname, no model).
  const notGiven = (m: RegExpExecArray) =>
    m[1] === undefined ||
    (!DOUBLE_BARRELLED.test(m[1]) && m[1].split(/[-'’]/).every((part) => !isGivenName(part) && !isKnownName(part)));
  return inside(text, e, PHRASE, notGiven) || inside(text, e, HENRY_HOOVER, () => true);
}
