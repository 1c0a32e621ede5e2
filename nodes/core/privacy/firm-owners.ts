import { FIRST_NAMES } from './first-names.js';
import { legalForms } from './legal-forms.js';
import { isKnownName } from './name-list.js';

/**
 * A firm named after one person's whole name, its legal form right after ("Jana Novak LLP", "Maria Schmidt
 * GmbH", "Peter Weber & Söhne KG"): the firm's name names that person (a sole trader's or a one-person
 * company's name is personal data under the GDPR when it names a natural person), so the name stays a PERSON
 * finding where the legal form alone would make it a firm's. Still firms: a surname alone before the legal form
 * ("Novak LLP", "Schmidt GmbH"), partners' surnames ("Pemberton Lowe LLP", "Halden Pryce LLP": the first word is
 * no common given name), a trade between the name and the form ("Moritz Bau KG", "Hermann Schäfer Metallbau
 * GmbH": read by the rules as the firm's own name), and firms named after a famous founder (WELL_KNOWN_FIRMS).
 */

/**
 * A firm's legal form right after a finding, with blanks only between ("Pemberton Lowe LLP", "Elektro
 * Schumacher & Söhne KG"). Not after a comma ("Jana Okafor, GmbH-Geschäftsführerin", "Chinedu Okafor, SE Asia
 * lead": a person and their role), not as the start of a compound, and never "e. K.": a sole trader's firm
 * carries the owner's own name, so it names a person. Sticky: read at the finding's end.
 */
const LEGAL_FORM_AFTER = new RegExp(
  // Not "e.V." (an association is not named after one person) nor "KGaA" (a listed company's form).
  String.raw`(?:[ \t]*(?:&|und|and)[ \t]*(?:Söhne|Sons|Partner|Co\.?|Cie\.?)\b)?[ \t]*(?:${legalForms(['e.V.', 'KGaA'])})(?![\p{L}-])`,
  'uy',
);

/** Whether a legal form (LEGAL_FORM_AFTER) follows right after `end`. */
export function legalFormAfter(text: string, end: number): boolean {
  LEGAL_FORM_AFTER.lastIndex = end;
  return LEGAL_FORM_AFTER.test(text);
}

/**
 * Firms and brands named after their founder's whole name, widely known as firms (their founders' names are
 * the brand's, not a private person's): only pairs whose first word is a common given name are asked about.
 */
const WELL_KNOWN_FIRMS = new Set(
  [
    'Adam Opel',
    'Alexander McQueen',
    'Alfred Kärcher',
    'Axel Springer',
    'Ben Sherman',
    'Carl Schenck',
    'Carl Zeiss',
    'Charles Russell',
    'Charles Schwab',
    'Charlotte Tilbury',
    'David Lloyd',
    'Edward Jones',
    'Emma Bridgewater',
    'Ernst Klett',
    'Fritz Berger',
    'Georg Fischer',
    'Gerry Weber',
    'Gordon Ramsay',
    'Harold Benjamin',
    'Henry Schein',
    'Herbert Smith',
    'Howard Kennedy',
    'Hugo Boss',
    'Jack Wills',
    'James Fisher',
    'James Latham',
    'Jimmy Choo',
    'John Deere',
    'John Lewis',
    'John Menzies',
    'Karen Millen',
    'Karl Mayer',
    'Kenneth Cole',
    'Laura Ashley',
    'Levi Strauss',
    'Marc Cain',
    'Marc Jacobs',
    'Martha Stewart',
    'Mary Kay',
    'Max Bahr',
    'Otto Bock',
    'Otto Fuchs',
    'Paul Hartmann',
    'Paul Smith',
    'Peter Hahn',
    'Ralph Lauren',
    'Raymond James',
    'Richard Wolf',
    'Robert Bosch',
    'Robert Walters',
    'Rolf Benz',
    'Stella McCartney',
    'Thomas Cook',
    'Tom Ford',
    'Tom Tailor',
    'Victoria Plum',
    'Wilhelm Schimmel',
  ].map((name) => name.toLowerCase()),
);

/**
 * Whether the two words are a person's whole name as a firm's name before its legal form: a common given name
 * (the built-in list, not the world lists, which hold many surnames: "Halden", "Irwin"), then a listed name
 * ("Novak", "Schmidt", "Koch": not "Bau", "Textil", "Immobilien"), and no well-known firm.
 */
export function ownerWholeName(given: string, surname: string): boolean {
  const first = given.toLowerCase();
  return FIRST_NAMES.has(first) && isKnownName(surname) && !WELL_KNOWN_FIRMS.has(`${first} ${surname.toLowerCase()}`);
}

/** Whether a PERSON finding's last two words are a person's whole name (see ownerWholeName): "Jana Novak", "Kanzlei Jana Novak". */
export function endsInOwnerName(value: string): boolean {
  const words = value.split(/[\s,]+/).filter(Boolean);
  return words.length >= 2 && ownerWholeName(words[words.length - 2], words[words.length - 1]);
}
