import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';

/**
 * A sports club's, a team's and an event's words where a name would stand, read around a PERSON finding:
 * - a fixture line, two teams either side of "v"/"vs" with a kick-off time before or a court or pitch after
 *   ("10:00  Bayside Hawks v Eastern Rangers (Court 3)"): teams, no people. Prose with a role ("coach Ada Lind v.
 *   the club") is no fixture line and stays;
 * - a club's or an event's name: the finding right after a club's compound or letters ("Schwimmclub Delphin",
 *   "FC Ada") or right before its word ("Northern Lakes Marathon", "Kirkstall Lawn Tennis Club", "… Harriers"),
 *   or a club's compound inside the finding ("Skiclub Arlberg-Ost");
 * - an agency's letters and its country ("NADA Germany");
 * - "Uhr" after a clock time ("15:52 Uhr:"), a form's or a rota's heading word ("New Patient Form", "Marshal
 *   Roster", "Roles:", "Halle:"), a role noun alone before "/" ("Athlet / DCO"), a stand's section ("Abschnittsleiter
 *   Block C") and a Japanese ward or district ("Shinjuku-ku", "-machi").
 * A finding with a listed given name in it is read as a person before an event's word (privacy first); only a
 * fixture line or a club's letters or compound before it say otherwise.
 */
const CLUB_BEFORE = /(?:^|[^\p{L}])(?:\p{L}*(?:club|klub|verein)|FC|SC|TSV|VfB|VfL|SpVgg)[ \t]+$/iu;
const CLUB_COMPOUND = /^\p{L}*(?:club|klub|verein)$/iu;
/** Words naming a club or an event after its place or emblem. */
const EVENT_WORD =
  /^(?:Club|Klub|Harriers|Marathon|Half[ \t]+Marathon|Halbmarathon|Festival|Trail|Triathlon|Ultra|Fun[ \t]+Run|Athletics|Rowing|Sailing|Hockey|Rugby|Cricket|Tennis|Golf|Striders|Runners|Rovers|United|Wanderers|Collective|League|Regatta|Turnier|Pokal)(?![\p{L}])/u;
/** Up to two capitalised words between the finding and the event's word ("Cape Town ⟨Trail⟩ Festival"). */
const EVENT_AFTER = new RegExp(String.raw`^(?:[ \t]+\p{Lu}[\p{L}'-]*){0,2}?[ \t]+` + EVENT_WORD.source.slice(1), 'u');
const FIXTURE_LINE =
  /^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]+)?\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,3}[ \t]+(?:v|vs\.?|gegen)[ \t]+\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,3}[ \t]*(\([^()\n]{0,30}\))?[ \t]*\r?$/u;
const FIXTURE_HINT = /^[ \t]*\d{1,2}[:.]\d{2}|\((?:Court|Pitch|Field|Ground|Platz|Feld|Halle|Rink|Table)\b/u;
const AGENCY_COUNTRY =
  /^\p{Lu}{2,6}[ \t]+(?:Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|UK|USA|Canada|Australia|France|Italy|Spain|Japan|Ireland|Netherlands|International)$/u;
const HEADING_LAST = /(?:^|[ \t])(?:Form|Formular|Roster|Rota|Roles|Rollen|Halle|Dienstplan|Schedule)$/u;
const ROLE_ALONE = /^(?:Athlet|Athletin|Athlete|Sportler|Sportlerin|Spieler|Spielerin|Player)$/u;
const STAND_SECTION = /(?:^|[ \t])(?:Block|Sektor|Abschnitt|Tribüne|Section|Stand)$/u;
const WARD = /^\p{Lu}[\p{L}]+-(?:ku|machi|cho|chō|shi|gun|mura|son)$/u;

export function sportsNoPerson(text: string, e: Entity, value: string): boolean {
  const words = value.split(/[ \t]+/);
  const personShaped = words.length >= 2 && isGivenName(words[0]);
  // The line around the finding, read at most 120 characters either side: a long line (a hostile one too) costs
  // no more per finding than a short one.
  let lineFrom = e.start;
  while (lineFrom > 0 && e.start - lineFrom < 120 && text[lineFrom - 1] !== '\n') lineFrom--;
  let lineTo = e.end;
  while (lineTo < text.length && lineTo - e.end < 120 && text[lineTo] !== '\n') lineTo++;
  const whole = (lineFrom === 0 || text[lineFrom - 1] === '\n') && (lineTo === text.length || text[lineTo] === '\n');
  if (whole && lineTo - lineFrom < 120) {
    const line = text.slice(lineFrom, lineTo);
    if (FIXTURE_LINE.test(line) && FIXTURE_HINT.test(line)) return true;
  }
  if (CLUB_BEFORE.test(text.slice(Math.max(lineFrom, e.start - 30), e.start))) return true;
  if (words.some((w) => CLUB_COMPOUND.test(w))) return true;
  if (AGENCY_COUNTRY.test(value) || WARD.test(value)) return true;
  if (value === 'Uhr' && /\d{1,2}[:.]\d{2}[ \t]*$/.test(text.slice(Math.max(0, e.start - 8), e.start))) return true;
  const after = text.slice(e.end, Math.min(lineTo, e.end + 60));
  if (!personShaped && HEADING_LAST.test(value) && (words.length > 1 || /^[ \t]*(?::|\r?$)/.test(after))) return true;
  if (ROLE_ALONE.test(value) && /^[ \t]*\//.test(after)) return true;
  if (!personShaped && STAND_SECTION.test(value) && /^[ \t]+[A-Z0-9]{1,3}(?![\p{L}\d])/u.test(after)) return true;
  // Nobody is called "Roster" or "Dienstplan", even after a given name ("Marshal Roster"); "Rota" is a surname too
  // ("Hausmeister Ole Rota"), so it is a heading only where no given name opens the finding (above).
  if (/(?:^|[ \t])(?:Roster|Dienstplan)$/u.test(value)) return true;
  // A listed given name before an event's word may be its runner ("Ada Marathon results"): privacy first.
  if (words.some((w) => isGivenName(w))) return false;
  // The event's or club's word ends the finding itself ("Cascadia Climbing Collective").
  if (words.length > 1 && EVENT_WORD.test(words[words.length - 1])) return true;
  return EVENT_AFTER.test(after);
}
