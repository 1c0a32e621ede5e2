import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';

/**
 * The gambling trade's own things read as a person's name (read only around a PERSON finding, see not-people.ts;
 * set 42: betting shops, casinos, lotteries, their print streams):
 * - an operator's or a venue's name: the finding right before the trade's word ("Silver Fern ⟨Gaming Trust⟩",
 *   "Golden Mile ⟨Amusements⟩", "Silver Strike ⟨Casino⟩", "Weekly Charity ⟨Lottery⟩"), or opened by it and followed
 *   only by a word that is no given name ("Casino Donaublick", "Casino Cage");
 * - a fixture on a bet slip: two teams either side of "v", "vs" or " - " on a line of its own, the next line a
 *   selection and its odds ("Rovers v Albion\n  1 @ 3.57", "FC Tal 04 - SV Kamp\n  X @ 5.34"). The odds line is what
 *   says "fixture": a team's word alone ("Rovers") says nothing, and a line of two people without odds under it
 *   stays.
 * Privacy first: a finding that opens with a listed given name keeps its person before a venue's word ("Anna Berg
 * Casino" could be her own bar), and a venue's word before a given name ("Casino Anna") keeps it too.
 */

/** The trade's words that end an operator's or a venue's name. */
const TRADE_WORD =
  '(?:Gaming|Casinos?|Amusements?|Lotter(?:y|ies)|Lotto|Betting|Bookmakers?|Spielbank|Spielhalle|Spielothek|Wettbüro|Bingo|Racecourse|Racing|Sportsbook|Jackpots?)';
/** Up to one capitalised word between the finding and the trade's word ("Silver Fern ⟨Gaming⟩ Trust"). */
const TRADE_AFTER = new RegExp(String.raw`^[ \t]+(?:\p{Lu}\p{L}+[ \t]+)?${TRADE_WORD}(?![\p{L}])`, 'u');
/** A finding opened by the trade's word ("Casino Donaublick", "Casino, Reno", "Casino Cage"). */
const TRADE_FIRST = new RegExp(String.raw`^${TRADE_WORD}[ \t,]+\p{Lu}\p{L}+$`, 'u');
/** A fixture: one to four words (a club's letters, a year "04") either side of "v", "vs", "gegen" or a spaced dash. */
const TEAM = String.raw`(?:\p{Lu}[\p{L}'.]*|\d{2})(?:[ \t]+(?:\p{Lu}[\p{L}'.]*|\d{2})){0,3}`;
const FIXTURE_LINE = new RegExp(
  String.raw`^[ \t]*(?:\p{Lu}\p{L}+:[ \t]+)?${TEAM}[ \t]+(?:v|vs\.?|gegen|-|–)[ \t]+${TEAM}[ \t]*$`,
  'u',
);
/** A selection and its decimal odds on the line after the fixture ("  1 @ 3.57", "  Over 2.5 @ 10.58"). */
const ODDS_LINE =
  /^[ \t]*(?:[12X]|Win|Draw|Sieg|Unentschieden|(?:Over|Under|Über|Unter)[ \t]+\d+(?:[.,]\d)?)[ \t]+@[ \t]+\d{1,4}[.,]\d{2}[ \t]*$/u;

export function gamblingTradeNoPerson(text: string, e: Entity, value: string): boolean {
  const words = value.split(/[ \t,]+/);
  if (!isGivenName(words[0]) && TRADE_AFTER.test(text.slice(e.end, e.end + 40))) return true;
  if (TRADE_FIRST.test(value) && !isGivenName(words[words.length - 1])) return true;
  // A side that is a person's full name ("Anna Berg v Max Mustermann" over "1 @ 1.85": a local match, a darts league)
  // stays: only a side whose first word is no given name is a team's (round 45 review).
  if (words.length >= 2 && isGivenName(words[0])) return false;
  return onFixtureLine(text, e);
}

/** Whether the finding stands on a fixture line of its own with a selection's odds on the next line. */
function onFixtureLine(text: string, e: Entity): boolean {
  // Bounded either side, searched only that far (a finding on a line of thousands must not scan the whole line: the
  // check runs for every name found): a long line is no fixture.
  const before = text.slice(Math.max(0, e.start - 81), e.start);
  const lineBreak = before.lastIndexOf('\n');
  if (lineBreak === -1 && e.start > 80) return false;
  const from = e.start - before.length + lineBreak + 1;
  const ahead = text.slice(e.end, e.end + 81).indexOf('\n');
  if (ahead === -1) return false;
  const to = e.end + ahead;
  const line = text.slice(from, to).replace(/\r$/, '');
  if (!FIXTURE_LINE.test(line)) return false;
  // The next line, at most 60 characters, ends at a line break or the text's end.
  const following = text.slice(to + 1, to + 62);
  const nextBreak = following.indexOf('\n');
  if (nextBreak === -1 && to + 1 + following.length < text.length) return false;
  const next = nextBreak === -1 ? following : following.slice(0, nextBreak);
  if (next.length > 59) return false;
  return ODDS_LINE.test(next.replace(/\r$/, ''));
}
