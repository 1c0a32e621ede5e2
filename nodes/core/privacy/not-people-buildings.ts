import { isGivenName } from './name-list.js';

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
  const space = value.lastIndexOf(' ');
  if (space <= 0 || !BUILDING_WORDS.has(value.slice(space + 1))) return false;
  return !value
    .slice(0, space)
    .split(/[ \t\n]+/)
    .some((w) => isGivenName(w));
}
