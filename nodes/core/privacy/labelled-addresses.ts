import type { Entity } from './entities.js';
import { isLetterChar } from './code-units.js';
import { KeywordPattern } from './keyword-pass.js';

/**
 * Postal addresses under a label that says whose address it is: "Anschrift:", "Wohnort:",
 * "Home address:", "Address:" in forms, CVs and claims. The street detector (addresses.ts) needs a
 * street it recognises ("…straße 12", "12 Baker Street"); a label lets streets of any name through
 * ("Sonnenhang 14, 34117 Kassel", "12 Station Approach\nExeter EX4 6PX"), as long as the value
 * still looks like an address: a house number next to a word, and a postcode on its line or the next.
 *
 * Labels of addresses that are not a person's postal address are left out: e-mail, IP, web and
 * server addresses, and a firm's (company, business, office address; Firmen-, Geschäftsanschrift).
 */
/**
 * The word that ends an address label, found with a pattern without Unicode mode (the pass over
 * the whole text is the cost): "Address", "Anschrift", "Wohnort"; compounds are read around it.
 */
const LABEL_WORDS = [
  'address',
  'adresse',
  'anschrift',
  'anschr\\.',
  'wohnort',
  'wohnsitz',
  'wohnhaft',
  'lives at',
  'residing at',
  // As keys of key-value and JSON records only ("home": "…", "residence": "…"): see KEY_CLOSE.
  'home',
  'residence',
];
/** Searched in the shared keyword pass (keyword-pass.ts) with the other labels and markings. */
const LABEL_WORD = new KeywordPattern(new RegExp(LABEL_WORDS.join('|'), 'gi'), LABEL_WORDS);
/** What may stand before the label word, glued to it, for a person's address: "Wohn|anschrift", "Melde|adresse". */
const PERSONAL_COMPOUND = /(?:wohn|privat|melde|heimat)$/i;
/** How far back a compound's first part is read ("Hauptwohn|sitz"); a longer run of letters is no label. */
const MAX_COMPOUND = 20;
/** After the label word: a note in brackets, then a colon or a tab (a form's field); prose labels need neither. */
const AFTER_LABEL = /(?:[ \t]+in)?(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*[:\t][ \t]*/y;
const AFTER_PROSE_LABEL = /(?:[ \t]+in)?[ \t]+/y;
const PROSE_LABEL = /^(?:wohnhaft|lives at|residing at)$/i;
/** Label words that name an address only as a record's key, never after a colon in prose ("Home: 0151 …", "residence: permit"). */
const KEY_ONLY_LABEL = /^(?:home|residence)$/i;
/**
 * A JSON or key-value record's key closing after the label word, then the value's opening quote: "address": "…",
 * \"home\":\"…\" (a JSON string inside a JSON string), Avro's union "address":{"string":"…"}, address='…'.
 * The key's quote says the whole value stands up to the closing quote.
 */
const KEY_CLOSE = /\\*["'][ \t]*[:=][ \t]*(?:\{[ \t]*\\*"string\\*"[ \t]*:[ \t]*)?\\*["']/y;
/** What opens a key before the label word: a quote, perhaps a prefix glued with "_" or "-" ("postal_address", "pickup-address"). */
const KEY_OPEN = /["'][A-Za-z]{0,12}[_-]?$/;
/** A label in a sentence, its verb before the value: "The taxpayer's mailing address is …", "Ihre Anschrift lautet …". */
const LABEL_VERB = /(?:[ \t]+(?:is|was|ist|lautet))(?:[ \t]+(?:now|jetzt|nun))?[ \t]+(?=[0-9A-ZÄÖÜ])/y;
/** A word right before the label that makes it some other kind of address. */
const NOT_POSTAL_BEFORE =
  /(?:e-?mail|mail|ip|mac|web|server|url|internet|company|business|office|firm|bank|firmen|geschäfts|büro|praxis|rechnungs|liefer)[ \t_-]*$/i;
/** Where an address value on the label's line ends: a separator between fields, or the line's end. */
/** The sentence's end ("…, 37073 Göttingen. Kind: …") ends a value in prose too. */
const VALUE_END = /[ \t]+[·|•][ \t]+|[ \t]{3,}|\t|;|\n|\.[ \t]+(?=[A-ZÄÖÜ])|$/g;
/** After a label the value may be written in lower case ("adresse: zum steinbruch 57, 54290 trier"). */
const HOUSE_NUMBER_BESIDE_WORD =
  /\p{L}{2,}\.?[ \t]+\d{1,5}[ \t]?[a-hA-H]?\b|\b\d{1,5}[ \t]?[a-hA-H]?,?[ \t]+\p{L}{2,}/u;
/** German postcode and town, British postcode, US state and ZIP, in either case. */
const POSTCODE =
  /(?<!\d)\d{5}[ \t]+\p{L}{2,}|\b[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}\b|\b[A-Za-z]{2}[ \t]+\d{5}(?:-\d{4})?\b/u;
/** A next line that only holds the postcode and town ("99084 Erfurt", "Exeter EX4 6PX"). */
const POSTCODE_LINE =
  /^[ \t]*(?:\d{5}[ \t]+\p{Lu}[\p{L}.-]*(?:[ \t]+[\p{L}(][\p{L}.()-]*){0,3}|\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2},?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})[ \t]*(?=\n|$)/u;
const MAX_VALUE = 120;
/** An Austrian or Swiss postcode and town ("9020 Klagenfurt", "3013 Bern"), read only where a heading says "address". */
const FOUR_DIGIT_POSTCODE = /(?<!\d)\d{4}[ \t]+\p{Lu}\p{L}{2,}/u;

/**
 * Whether a table's cell under an address heading ("Anschrift", "Address") is shaped as one: a house number
 * beside a word and a postcode. The heading stands for the label, so four-digit postcodes count as well.
 */
export const addressShapedCell = (value: string) =>
  HOUSE_NUMBER_BESIDE_WORD.test(value) && (POSTCODE.test(value) || FOUR_DIGIT_POSTCODE.test(value));

/** Where the value after an address label at `m` starts, or undefined when it is no (personal) address label. */
function valueStart(text: string, m: RegExpExecArray): { start: number; keyed: boolean } | undefined {
  let start = m.index;
  if (isLetterChar(text[start - 1])) {
    // At most MAX_COMPOUND letters back: walking a long run of letters before every label would
    // make this quadratic on hostile text.
    let wordStart = start;
    while (wordStart > 0 && start - wordStart <= MAX_COMPOUND && isLetterChar(text[wordStart - 1])) wordStart--;
    if (isLetterChar(text[wordStart - 1]) || !PERSONAL_COMPOUND.test(text.slice(wordStart, start))) return undefined;
    start = wordStart;
  }
  const end = m.index + m[0].length;
  if (isLetterChar(text[end]) || text[start - 1] === '-') return undefined;
  if (NOT_POSTAL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return undefined;
  KEY_CLOSE.lastIndex = end;
  const key = KEY_OPEN.test(text.slice(Math.max(0, start - 14), start)) ? KEY_CLOSE.exec(text) : null;
  if (key) return { start: end + key[0].length, keyed: true };
  if (KEY_ONLY_LABEL.test(m[0])) return undefined;
  AFTER_LABEL.lastIndex = end;
  let gap = AFTER_LABEL.exec(text);
  if (!gap && PROSE_LABEL.test(m[0])) {
    AFTER_PROSE_LABEL.lastIndex = end;
    gap = AFTER_PROSE_LABEL.exec(text);
  }
  if (!gap) {
    LABEL_VERB.lastIndex = end;
    gap = LABEL_VERB.exec(text);
  }
  return gap ? { start: end + gap[0].length, keyed: false } : undefined;
}

/**
 * A keyed value's town, last after a comma: capitalised words, a postcode before them (perhaps with its
 * country's prefix, "L-9053 Ettelbruck") or after them ("Addis Ababa 1000", "Medellín 050021").
 */
const TOWN_PART =
  /^(?:(?:[A-Z]{1,2}-)?\d{4,6}[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|do|di|es|la|sur|am|an|im|upon|on)){0,3}(?:[ \t]+\d{4,6})?$/u;
/** A street's part: its number and name either way round ("Gedimino pr. 93", "135", "House 418", "Calle 10 # 55-65"). */
const NUMBERED_STREET_PART =
  /^(?:(?:House|Plot|Flat|No\.?)[ \t]+)?\d{1,5}[A-Za-z]?(?:[ \t]+\p{L}[\p{L}'’.-]*){0,5}$|^\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}\d'’.-]+){0,5}[ \t]+(?:#[ \t]*)?\d{1,5}[A-Za-z]?(?:[ \t]*[-/][ \t]*\d{1,4})?$/u;
/** A place's words, not a home's: a station, airport, terminal or car park under an "address" key ("Kiel Hbf, Ostseekai 1"). */
const PUBLIC_PLACE =
  /(?<![\p{L}])(?:Hbf|Bahnhof|Station|Airport|Flughafen|Terminal|Gate|Platform|Gleis|Bahnsteig|Parkhaus|Car park|Parking|Level|Ebene|Haltestelle|Stop)(?![\p{L}])/u;
const MAX_PARTS = 5;

/**
 * Whether a value under an address key is an address whatever its country's layout: a numbered street part,
 * a named part, the town last ("3, Grand-Rue, L-9053 Ettelbruck", "Plot 61, Samora Avenue, Dar es Salaam
 * 11101"). The key says what the value is; the shape keeps a place's name ("Kiel Hbf, Ostseekai") out.
 */
function keyedAddressShape(value: string): boolean {
  if (value.length > MAX_VALUE || /[@/\\]|https?:/.test(value) || PUBLIC_PLACE.test(value)) return false;
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length < 2 || parts.length > MAX_PARTS || !TOWN_PART.test(parts[parts.length - 1])) return false;
  const streetParts = parts.slice(0, -1);
  return (
    streetParts.some((part) => NUMBERED_STREET_PART.test(part)) && streetParts.some((part) => /\p{L}{3,}/u.test(part))
  );
}

export function labelledAddresses(text: string): Entity[] {
  const out: Entity[] = [];
  // Where the search for the next label goes on: after the label, or after the address found.
  let from: number;
  for (let m = LABEL_WORD.matchFrom(text, 0); m; m = LABEL_WORD.matchFrom(text, from)) {
    from = m.index + m[0].length;
    const found = valueStart(text, m);
    if (found === undefined) continue;
    const start = found.start;
    if (found.keyed) {
      // The value stands up to its closing quote (escaped as its opening one was).
      const quote = text[start - 1] === "'" ? /['\\\n]/ : /["\\\n]/;
      const close = text.slice(start, start + MAX_VALUE + 1).search(quote);
      if (close < 6) continue;
      const value = text.slice(start, start + close).trimEnd();
      if (
        !HOUSE_NUMBER_BESIDE_WORD.test(value) ||
        !(POSTCODE.test(value) || FOUR_DIGIT_POSTCODE.test(value) || keyedAddressShape(value))
      )
        continue;
      out.push({ type: 'POSTAL_ADDRESS', start, end: start + value.length, score: 0.9 });
      from = start + value.length;
      continue;
    }
    // Looked for within the longest value only (searching a long line from every label is quadratic).
    const window = text.slice(start, start + MAX_VALUE + 4);
    VALUE_END.lastIndex = 0;
    const stop = VALUE_END.exec(window);
    let end = start + (stop ? stop.index : window.length);
    while (end > start && /[ \t,.]/.test(text[end - 1])) end--;
    if (end - start < 6 || end - start > MAX_VALUE) continue;
    const value = text.slice(start, end);
    if (!HOUSE_NUMBER_BESIDE_WORD.test(value)) continue;
    // After the label an Austrian or Swiss postcode counts as well ("Anschrift: Sandweg 9, 4020 Linz").
    if (!POSTCODE.test(value) && !FOUR_DIGIT_POSTCODE.test(value)) {
      // The postcode and town may stand on the next line (address blocks in forms and letters).
      if (text[end] !== '\n' && !(stop && window[stop.index] === '\n')) continue;
      const lineStart = text.indexOf('\n', end) + 1;
      const next = POSTCODE_LINE.exec(text.slice(lineStart, lineStart + 80));
      if (!next) continue;
      end = lineStart + next[0].trimEnd().length;
    }
    out.push({ type: 'POSTAL_ADDRESS', start, end, score: 0.9 });
    from = end;
  }
  return out;
}
