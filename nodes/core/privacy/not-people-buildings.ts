import { isDictionaryWord, isGivenName, isKnownName } from './name-list.js';

/**
 * A BUILDING's name and a rota's WEEKDAY column taken for a person. "Westgate House", "Marlowe
 * Tower": a building named by a word and its kind, no given name among the words (a person called
 * "Penny House" keeps her given name and stays). "Mo  Treppenhäuser", "Mo  Di": a rota's or
 * timesheet's weekday abbreviation, then the column's gap (two blanks or a tab), is no given name.
 */
const BUILDING_WORDS = new Set(['House', 'Tower', 'Towers', 'Building', 'Mansions', 'Buildings', 'Centre', 'Center']);
const WEEKDAY = '(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const WEEKDAY_COLUMN = new RegExp(`^${WEEKDAY}(?:[ ]{2,}|\\t)`);
const WEEKDAY_CELL = new RegExp(`^${WEEKDAY}\\.?$`);

/** Whether a table cell is a weekday's abbreviation ("Mo", "Tue."): a rota's day, no name. */
export const isWeekdayCell = (cell: string) => WEEKDAY_CELL.test(cell);

export function buildingOrWeekdayNoPerson(value: string): boolean {
  // Only a column of tasks: a full name in the rota's cell ("Mo  Anna Schmidt") keeps the finding, privacy first;
  // a lone word that is also a given name ("Mo  Keller und Flure") is a task.
  const weekday = WEEKDAY_COLUMN.exec(value);
  if (weekday) {
    const words = value.slice(weekday[0].length).split(/[ \t\n]+/);
    return !words.some((w, i) => isGivenName(w) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? ''));
  }
  if (facilityFirstNoPerson(value)) return true;
  const space = value.lastIndexOf(' ');
  if (space <= 0 || !BUILDING_WORDS.has(value.slice(space + 1))) return false;
  return !value
    .slice(0, space)
    .split(/[ \t\n]+/)
    .some((w) => isGivenName(w));
}

/**
 * A public facility's German name, its kind first and its place after ("Freibad Haslach", "Turnhalle Weingarten",
 * "Bürgerhaus Zähringen", round 52: a signature team named after its pitch). Privacy first: every word after the kind
 * is no known name ("Rathaus Müller" stays), and surnames built like a kind ("Neuhaus", "Backhaus") are no kind here.
 */
const FACILITY_KIND =
  /^(?:\p{Lu}\p{Ll}+(?:bad|halle|schule|stadion|friedhof|bahnhof|zentrum|bibliothek)|Rathaus|Bürgerhaus|Gemeindehaus|Jugendhaus|Gemeinschaftshaus)$/u;
function facilityFirstNoPerson(value: string): boolean {
  const words = value.split(/[ \t]+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    FACILITY_KIND.test(words[0]) &&
    words.slice(1).every((w) => /^\p{Lu}/u.test(w) && !isKnownName(w))
  );
}

/** A run of weekday abbreviations, one blank apart (a timetable's header "Mo Di Mi Do Fr"). */
const WEEKDAY_RUN = new RegExp(`^${WEEKDAY}(?: ${WEEKDAY})+$`);
const WEEKDAY_NEXT = new RegExp(`^ ${WEEKDAY}(?![\\p{L}])`, 'u');
/** What a timetable runs on weekdays, besides the dictionary's words. */
const SCHEDULE_WORDS = new Set([
  'Unterricht',
  'Kurs',
  'Kurse',
  'Sprechzeiten',
  'Öffnungszeiten',
  'Classes',
  'Lessons',
  'Sprechstunde',
]);
/** A weekday range ("Mo–Fr", "Mon-Fri") ending a finding after one ordinary word ("Unterricht Mo–Fr"). */
const WEEKDAY_RANGE_END = new RegExp(`^(\\p{Lu}\\p{Ll}+) ${WEEKDAY}[–-]${WEEKDAY}$`, 'u');

/**
 * Whether a PERSON finding is a timetable's weekday header ("Mo Di" of "Mo Di Mi Do Fr": three days in a row at least,
 * with the one after the finding) or an ordinary word before a weekday range ("Unterricht Mo–Fr"). A given name before
 * the range keeps it ("Jana Mo–Fr" is Jana's shift), privacy first.
 */
export function weekdayRunNoPerson(text: string, e: { start: number; end: number }, value: string): boolean {
  if (WEEKDAY_RUN.test(value)) return value.split(' ').length >= 3 || WEEKDAY_NEXT.test(text.slice(e.end, e.end + 5));
  const range = WEEKDAY_RANGE_END.exec(value);
  return (
    range !== null &&
    (isDictionaryWord(range[1]) || SCHEDULE_WORDS.has(range[1])) &&
    !isGivenName(range[1]) &&
    !isKnownName(range[1])
  );
}
