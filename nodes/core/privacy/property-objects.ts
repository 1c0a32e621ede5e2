import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';

/**
 * The property a real-estate document is about is no person's home address: the address after a property-object
 * label ("Objekt:", "Property:", "Installation address:", "Anlage A1 (", "WEG …") or named by a
 * deal, an inspection, a viewing or an installation in a subject line or heading ("Inspection 31 …", "Sale of …",
 * "Sales progression – …", "Besichtigung …", "Tenant find fee, …"). GDPR Art. 4(1): a building for sale, let or
 * inspection identifies no natural person by itself.
 *
 * Privacy first: the address stays a person's when a person word ties it to someone's home in the same clause
 * ("Mieter X, Lindenhof 7", "wohnhaft", "home address", "Anschrift des Mieters", "where I live"), or when a PERSON
 * is found on the address's line or within three lines of it (a tenancy's parties, a client's or an owner's line,
 * a ticket's reporter, a sign-off: a person who lives or will live there), or when a line near it names an occupant
 * ("Mieter: …", "(tenant)").
 */

/** Property-object labels and deal words; each ends right before the address (an alternation of fixed words). */
const PROPERTY_LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}-])(?:` +
    // A label with its colon: "Objekt:", "Mietobjekt:", "Property:", "Installation address:", "Site address:".
    String.raw`(?:Objekt|Mietobjekt|Kaufobjekt|Verkaufsobjekt|Liegenschaft|Property|Installation[ \t]+address|Site[ \t]+address|Property[ \t]+address)[ \t]*:|` +
    // "Anlage A1 (Lindenhof 7)": an installation's number and its site in brackets.
    String.raw`Anlage[ \t]+[A-Z]{0,2}\d{1,3}[ \t]*\(|` +
    // "Objekt Lindenhof 7", "WEG Am Weinberg 14–18", "Besichtigung …", "Inspection …" ("Wohnung …" is no label: a
    // flat is someone's home, "Nutzungsvertrag über die Wohnung …", "Ziel: Wohnung …").
    String.raw`(?:Objekt|WEG|Besichtigung|Inspection|Viewing)|` +
    // A residential complex by its kind (round 48, set 45: "Objekt: OBJ-22014, Wohnanlage Hammer Straße 112–118").
    String.raw`(?:Wohnanlage|Wohnpark)|` +
    // A deal named before its property: "Sale of …", "Purchase of …", "Sales progression – …", "Tenant find fee, …".
    String.raw`(?:Sale|Purchase)[ \t]+of|Sales[ \t]+progression[ \t]*[–:-]|Tenant[ \t]+find[ \t]+fee[ \t]*,` +
    String.raw`)[ \t]*$`,
  'iu',
);
/** The same label opening the finding itself ("⟦Objekt Lindenhof 7⟧", "⟦Besichtigung Seefeldstrasse 88 …⟧"). */
const PROPERTY_LABEL_INSIDE = /^(?:Objekt|WEG|Besichtigung|Inspection|Viewing)[ \t]+\P{L}{0,3}\p{L}/iu;
/** Words tying the address to where someone lives, read in the clause around it. */
const HOME_WORD =
  /(?:^|[^\p{L}])(?:wohnhaft|wohnt|wohne|Wohnsitz|Wohnanschrift|Privatanschrift|Meldeanschrift|Mieter(?:in|s)?|Bewohner(?:in|s)?|Eigentümer(?:in|s)?|home|lives?|living|resident|residing|tenant['’]?s?|occupier|owner['’]?s?|my|mein\p{L}{0,2}|our|unser\p{L}{0,2}|privat\p{L}*|private)(?![\p{L}])/iu;
/**
 * A line near the property names who lives in it ("Tenant(s): X and Y" above it, "Mieter: X", "Ansprechpartnerin vor
 * Ort: Mieterin X", "Reported by: X (tenant)" below it): a tenancy agreement, a handover protocol or a repair ticket
 * from the home, so the address is the occupant's.
 */
const OCCUPANT_LINE =
  /(?:^|[^\p{L}])(?:Mieter(?:in|innen)?|Bewohner(?:in|innen)?|Nutzer(?:in)?|tenants?|residents?|occupants?|occupiers?|homeowners?)(?![\p{L}])/iu;
/** Verbs of living on the line below the property ("wohne dort", "we live there"); no bare "my"/"our". */
const LIVES_THERE =
  /(?:^|[^\p{L}])(?:wohnhaft|wohnt|wohne|wohnen|Wohnsitz|lebe|lebt|leben|live|lives|living|resident|residing|reside)(?![\p{L}])/iu;
/** An owners' association's or a residential complex's label, and a range of house numbers ("112–118", "14-18"). */
const COMPLEX_LABEL = /(?:^|[^\p{L}-])(?:WEG|Wohnanlage|Wohnpark)[ \t]*$|^(?:WEG|Wohnanlage|Wohnpark)[ \t]/u;
const HOUSE_RANGE = /(?<![\d.,])\d{1,4}[ \t]?[a-z]?[ \t]?[–-][ \t]?\d{1,4}[a-z]?(?![\d.,])/u;
/** A flat's word opening the line below a complex ("Wohnung 4: …"): a unit of it, someone's home (a reporter's line is not). */
const FLAT_WORD = /^[ \t]*(?:Wohnung|Whg|Wohneinheit|WE|Einheit|flat|apartment|apt|unit)(?![\p{L}])/iu;
/** How far before the address its label is read. */
const REACH = 80;
/** How many lines above and below the property a person or an occupant is looked for. */
const NEAR_LINES = 3;

/** The findings without the addresses of the properties a document is about. */
export function withoutPropertyObjects(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'POSTAL_ADDRESS')) return found;
  const lines = new LineIndex(text);
  const persons = found.filter((e) => e.type === 'PERSON');
  // The complexes' addresses left out: a name rule's reading of their street's words goes with them ("Hammer Straße").
  const complexes: Entity[] = [];
  const kept = found.filter((e) => {
    if (e.type !== 'POSTAL_ADDRESS') return true;
    const line = lines.lineOf(e.start);
    const lineStart = lines.lineStart(line);
    const before = text.slice(Math.max(lineStart, e.start - REACH), e.start);
    const value = text.slice(e.start, e.end);
    const label = PROPERTY_LABEL.exec(before);
    if (!label && !PROPERTY_LABEL_INSIDE.test(value)) return true;
    // The clause the address stands in: from the last sentence break before it to the next one after it.
    const clauseBefore = before.slice(Math.max(0, before.search(/[.!?;][^.!?;]*$/u) + 1));
    const lineEnd = lines.lineEnd(line);
    const after = text.slice(e.end, Math.min(lineEnd, e.end + REACH));
    const clauseAfter = after.slice(0, after.search(/[.!?;]|$/u));
    if (HOME_WORD.test(clauseBefore) || HOME_WORD.test(value) || HOME_WORD.test(clauseAfter)) return true;
    // The rest of its line naming an occupant ("… with Mr and Mrs Berg (current occupants)", "— Frau X zieht aus"),
    // or the next line saying someone lives there ("Objekt: …\nich wohne dort seit 2019").
    if (OCCUPANT_LINE.test(text.slice(e.end, Math.min(lineEnd, e.end + 4 * REACH)))) return true;
    const below = lines.lineOf(e.end) + 1;
    if (below <= lines.lastLine && LIVES_THERE.test(text.slice(lines.lineStart(below), lines.lineEnd(below))))
      return true;
    // The lines read around it: three above (an agreement's parties, a client's or an owner's line) and three below
    // (a handover's occupant, a sign-off). A person named there, or an occupant's word, ties the property to someone
    // who lives or will live in it ("Client: X\nProperty: …", "Property: …\nBest,\nNkiruka"): privacy first.
    // A complex of several houses ("WEG Hammer Straße 112–118", "Wohnanlage … 112–118"): a house-number range after an
    // owners' association's or a complex's label is many homes, no one's; only a person on its own line keeps it
    // (an owner's line "Frau X, WEG …"), not the letter's addressee or a ticket's reporter near it, nor a name rule's
    // reading of the address's or the label's own words ("WEG Hammer") (round 48).
    const complex = COMPLEX_LABEL.exec(before) ?? COMPLEX_LABEL.exec(value);
    if (complex && HOUSE_RANGE.test(value)) {
      const labelStart = complex.input === before ? e.start - (before.length - complex.index) : e.start;
      // Privacy first (review 48): a flat's word and a person on the line below ("Wohnung 4: Jana Okafor") is one home.
      const below = line < lines.lineOf(text.length) ? line + 1 : line;
      const flatBelow =
        below !== line &&
        FLAT_WORD.test(text.slice(lines.lineStart(below), lines.lineEnd(below))) &&
        persons.some((p) => lines.lineOf(p.start) === below);
      if (
        !flatBelow &&
        !persons.some((p) => lines.lineOf(p.start) === line && (p.end <= labelStart || p.start >= e.end))
      ) {
        complexes.push(e);
        return false;
      }
    }
    const first = nearLine(text, lines, line, -1);
    const last = nearLine(text, lines, lines.lineOf(e.end), 1);
    if (persons.some((p) => p.start >= lines.lineStart(first) && p.end <= lines.lineEnd(last))) return true;
    for (let l = first; l <= last; l++)
      if (l !== line && OCCUPANT_LINE.test(text.slice(lines.lineStart(l), lines.lineEnd(l)))) return true;
    return false;
  });
  if (complexes.length === 0) return kept;
  return kept.filter((e) => e.type !== 'PERSON' || !complexes.some((c) => e.start >= c.start && e.end <= c.end));
}

/**
 * A merge conflict's marker line ("<<<<<<< HEAD", "=======", ">>>>>>> branch", "||||||| base"): no line of the record.
 * A conflict inside a record ("Name: X\nPrio: 2\n<<<<<<< HEAD\nObjekt: A\n=======\nObjekt: B\n>>>>>>> fix") puts
 * the record's own lines farther from its property than they are: the markers and the other side's lines do not count.
 */
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:[ \t]|$)|^[<=>|][ \t]*$/;
/** In the view (version-control-diffs.ts) a marker line keeps its first character only: "<", "=", ">" and blanks. */
const CONFLICT_MIDDLE = /^=(?:={6})?[ \t]*$/;
const CONFLICT_OPEN = /^<(?:<{6})?(?:[ \t].*)?$/;
const CONFLICT_CLOSE = /^>(?:>{6})?(?:[ \t].*)?$/;

/**
 * The line NEAR_LINES record lines above (`step` -1) or below (`step` 1) `from`: a conflict's marker lines are skipped,
 * and so is the other side of the conflict (from "=======" on to the opening or closing marker), being the same place
 * in the other version.
 */
function nearLine(text: string, lines: LineIndex, from: number, step: -1 | 1): number {
  const lineText = (l: number) => text.slice(lines.lineStart(l), lines.lineEnd(l));
  let l = from;
  for (let counted = 0; counted < NEAR_LINES;) {
    const next = l + step;
    if (next < 0 || next > lines.lastLine) break;
    l = next;
    const t = lineText(l);
    if (!CONFLICT_MARKER.test(t)) {
      counted++;
      continue;
    }
    if (!CONFLICT_MIDDLE.test(t)) continue;
    // Over the other side, to its opening ("<<<<<<<") going up or its closing (">>>>>>>") going down.
    const stop = step < 0 ? CONFLICT_OPEN : CONFLICT_CLOSE;
    for (let k = l + step, seen = 0; k >= 0 && k <= lines.lastLine && seen < 40; k += step, seen++)
      if (stop.test(lineText(k))) {
        l = k;
        break;
      }
  }
  return l;
}
