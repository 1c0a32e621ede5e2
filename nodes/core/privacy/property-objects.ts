import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';

/**
 * The property a real-estate document is about is no person's home address: the address after a property-object
 * label ("Objekt:", "Property:", "Installation address:", "Anlage A1 (", "Wohnung …", "WEG …") or named by a
 * deal, an inspection, a viewing or an installation in a subject line or heading ("Inspection 31 …", "Sale of …",
 * "Sales progression – …", "Besichtigung …", "Tenant find fee, …"). GDPR Art. 4(1): a building for sale, let or
 * inspection identifies no natural person by itself.
 *
 * Privacy first: the address stays a person's when a person word ties it to someone's home in the same clause
 * ("Mieter X, Lindenhof 7", "wohnhaft", "home address", "Anschrift des Mieters", "where I live"), or when a PERSON
 * is found between the label and the address ("Objekt: Wohnung von Jana Berg, …"), or when a line near it names
 * the occupant: a tenancy agreement's "Tenant(s): X" or "Mieter: X" above "Property: …" (the let property is the
 * tenants' home), a handover's "Mieter: X" or a ticket's "Reported by: X (tenant)" below it, or a name signing
 * off right below it (a customer's own message about her home).
 */

/** Property-object labels and deal words; each ends right before the address (an alternation of fixed words). */
const PROPERTY_LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}-])(?:` +
    // A label with its colon: "Objekt:", "Mietobjekt:", "Property:", "Installation address:", "Site address:".
    String.raw`(?:Objekt|Mietobjekt|Kaufobjekt|Verkaufsobjekt|Liegenschaft|Property|Installation[ \t]+address|Site[ \t]+address|Property[ \t]+address)[ \t]*:|` +
    // "Anlage A1 (Lindenhof 7)": an installation's number and its site in brackets.
    String.raw`Anlage[ \t]+[A-Z]{0,2}\d{1,3}[ \t]*\(|` +
    // "Objekt Lindenhof 7", "Wohnung Tulpenstieg 9", "WEG Am Weinberg 14–18", "Besichtigung …", "Inspection …".
    String.raw`(?:Objekt|Wohnung|WEG|Besichtigung|Inspection|Viewing)|` +
    // A deal named before its property: "Sale of …", "Purchase of …", "Sales progression – …", "Tenant find fee, …".
    String.raw`(?:Sale|Purchase)[ \t]+of|Sales[ \t]+progression[ \t]*[–:-]|Tenant[ \t]+find[ \t]+fee[ \t]*,` +
    String.raw`)[ \t]*$`,
  'iu',
);
/** The same label opening the finding itself ("⟦Objekt Lindenhof 7⟧", "⟦Besichtigung Seefeldstrasse 88 …⟧"). */
const PROPERTY_LABEL_INSIDE = /^(?:Objekt|Wohnung|WEG|Besichtigung|Inspection|Viewing)[ \t]+\P{L}{0,3}\p{L}/iu;
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
/** How far before the address its label is read. */
const REACH = 80;
/** How many lines above the property a tenancy's parties are read. */
const OCCUPANT_LINES_ABOVE = 3;
/** How many lines below the property a sign-off is read. */
const SIGNATURE_LINES_BELOW = 3;

/** The findings without the addresses of the properties a document is about. */
export function withoutPropertyObjects(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'POSTAL_ADDRESS')) return found;
  const lines = new LineIndex(text);
  const persons = found.filter((e) => e.type === 'PERSON');
  return found.filter((e) => {
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
    // The rest of its line naming an occupant ("… with Mr and Mrs Berg (current occupants)", "— Frau X zieht aus",
    // ". X will let you in"): a person at the property is named, so it may be their home.
    const restOfLine = text.slice(e.end, Math.min(lineEnd, e.end + 4 * REACH));
    if (OCCUPANT_LINE.test(restOfLine) || persons.some((p) => p.start >= e.end && p.end <= lineEnd)) return true;
    // The next line saying someone lives there ("Objekt: …\nich wohne dort seit 2019").
    const below = lines.lineOf(e.end) + 1;
    if (below <= lines.lastLine && LIVES_THERE.test(text.slice(lines.lineStart(below), lines.lineEnd(below))))
      return true;
    // The lines read around it: three above (an agreement's parties) and one below (a handover's occupant).
    const first = Math.max(0, line - OCCUPANT_LINES_ABOVE);
    const last = Math.min(lines.lastLine, lines.lineOf(e.end) + 1);
    for (let l = first; l <= last; l++)
      if (l !== line && OCCUPANT_LINE.test(text.slice(lines.lineStart(l), lines.lineEnd(l)))) return true;
    // A person named on the lines right above it ("Kundin: X", "Client: X", "Property owner: X", "Account holder: X"
    // above "Objekt:"/"Property:"/"Installation address:"): the customer's or owner's own home, privacy first.
    if (persons.some((p) => p.start >= lines.lineStart(first) && p.start < lineStart)) return true;
    // A person's own message signed just below ("Property: 14 … RG1 5NE\nBest,\nNkiruka"): the writer's home.
    const signedBelow = Math.min(lines.lastLine, lines.lineOf(e.end) + SIGNATURE_LINES_BELOW);
    if (
      persons.some((p) => {
        const l = lines.lineOf(p.start);
        return (
          l > line &&
          l <= signedBelow &&
          text.slice(lines.lineStart(l), lines.lineEnd(l)).trim() === text.slice(p.start, p.end)
        );
      })
    )
      return true;
    // A person found on the line before the address (between the label and it) ties it to that person.
    return persons.some((p) => p.start >= lineStart && p.end <= e.start);
  });
}
