import type { Entity } from './entities.js';
import { headerOf } from './name-model.js';

/**
 * A column whose heading names the name of a thing ("file_names", "hostname", "Projektname", "product name"):
 * its cells are files, hosts and projects, not people, though the heading says "name" as a name column's does.
 * Headings of people's names ("given_names", "Rufnamen", "display_name", "user_name") are not among them.
 */
const THING_NAME_HEADING = new RegExp(
  '^(?:file|datei|host|domain|table|tabellen|column|spalten|field|feld|product|produkt|company|firmen|street|straßen|strassen|' +
    'project|projekt|device|geräte|app|model|modell|brand|marken|path|pfad|dataset|city|stadt|orts|country|länder|' +
    'team|group|gruppen|school|schul|event|venue|room|raum|server|service|dienst|package|paket|class|klassen|sheet|' +
    'blatt|tag|variable|key|attribute|attribut|feature|node|knoten|job|task|branch|repo|bucket|queue|topic|image|' +
    'container|pod|cluster|namespace|bank|hotel|ship|schiffs|vessel|course|kurs|folder|ordner|document|dokument)' +
    '(?:names?|namen)$',
);

/** `found` without PERSON findings in a column of things' names (the same array when none is). */
export function withoutThingNameColumns(text: string, found: Entity[]): Entity[] {
  const kept = found.filter((e) => {
    if (e.type !== 'PERSON') return true;
    const heading = headerOf(text, e.start);
    return heading === undefined || !THING_NAME_HEADING.test(heading);
  });
  return kept.length === found.length ? found : kept;
}
