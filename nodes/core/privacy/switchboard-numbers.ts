import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';
import { personalPhone } from './organisation-contacts.js';

/**
 * An organisation's switchboard: a German, Austrian or Swiss landline written with the extension "-0" ("0831
 * 5402-0", "+49 441 92018-0": the "Zentrale" of a PBX, DIN 5008), or a landline its text labels as the switchboard
 * ("Zentrale 0431 99 20 00", "0161 555 0199 (switchboard)", "Tel. 089 2388 0 (Zentrale)"). A switchboard reaches the
 * firm, not a person (GDPR Art. 4(1)); no set 19–29 labels one and sets 3–18 were relabelled to match.
 *
 * Privacy first, it stays when the text gives it as someone's: a possessive or call-back cue right before it ("meine
 * Nummer", "my number", "Rückruf", "call me back"), a "privat"/"home"/"Durchwahl" word, or — for the "-0" form, which
 * says nothing by a label — a PERSON on its line or the line above (a named person's own row: "Jana Berg | 0431
 * 5402-0"; a one-person practice's letterhead: "Zahnarztpraxis Dr. Berg" over "Tel. 0431 5402-0"). A labelled
 * "(Zentrale)" is the firm's even beside a person's name ("Bearbeitung: X, Tel. … (Zentrale)": the writer says it is
 * not their own line). An unlabelled mobile is never a switchboard.
 */

/**
 * A DE/AT/CH landline ending in the extension "-0"; or (BLANK_ZERO) in a lone "0" written apart after a group of two
 * digits or more ("0471 9412 0", "+49 471 9412 0", "040 36137 0"): the same switchboard with a blank for the hyphen.
 */
const ZERO_EXTENSION = /^(?:\+4[139][ \t]?(?:\(0\)[ \t]?)?[1-9]|0[1-9])[\d \t/()]*\d[ \t]?[-–][ \t]?0$/;
const BLANK_ZERO = /^(?:\+4[139][ \t]?(?:\(0\)[ \t]?)?[1-9]|0[1-9])[\d \t/()]*\d\d[ \t]0$/;
/**
 * The blank form says less than the hyphen of DIN 5008 (a number may be grouped so by chance: "Fragen? 0231 9876 0"
 * is labelled a person's in set 18): it is a switchboard only where its line names an organisation or a unit before
 * it ("Kontakt: BG …, Dienststelle …", "Revierzentrale, Kanal 12, Tel.", "Hafenmeisterei:", "… Port Services, Tel.").
 */
const ORGANISATION_BEFORE =
  /(?:zentrale|meisterei|dienststelle|agentur|services?|office|büro|buero|praxis|practice|surgery|klinik|clinic|behörde|authority|polizei|verwaltung|hafen|harbour|(?:^|[^\p{L}])(?:GmbH|AG|KG|SE|Ltd|Amt|BG))(?![\p{Ll}])/iu;
/**
 * "Zentrale" right before the number ("Zentrale 0431 …", "(Zentrale: Tel. …"). Not the English "switchboard" before
 * it: the labelled sets give "called switchboard 0113 …", "estate office switchboard 0161 …" as a person's.
 */
const LABEL_BEFORE = /(?:^|[^\p{L}])(?:Zentrale|Telefonzentrale)[ \t]*:?[ \t]*(?:Tel\.?|Telefon)?[ \t:]*\(?$/u;
/**
 * A directory's switchboard row: the line opens with "switchboard:" after up to two words ("Claims switchboard:",
 * "Main switchboard:"). Only as a label opening its line: "called switchboard 0113 …" in a sentence is labelled a
 * person's in the sets.
 */
const SWITCHBOARD_ROW = /^[ \t]*(?:[\p{L}&-]+[ \t]+){0,2}switchboard[ \t]*:[ \t]*$/iu;
/**
 * Austrian, Swiss and British mobiles share 06x/07x with German area codes (Stuttgart 0711); written with the "-0"
 * of a PBX ("0711 9330-0") the number is a German switchboard: a mobile has no extension.
 */
const NEIGHBOUR_AREA = /^0[67]/;
/** A bracketed switchboard label right after it ("(Zentrale)", "(switchboard)", "(main line)"). */
// Also one word saying whose switchboard ("(firm switchboard)", "(main switchboard)", "(prison switchboard)").
const LABEL_AFTER =
  /^[ \t]*\((?:(?:[Ff]irm|[Mm]ain|[Oo]ffice|[Cc]entral|[Cc]ompany|[Pp]ractice|[Pp]rison|[Gg]eneral|[Cc]ouncil|[Hh]ospital)[ \t]+)?(?:Zentrale|Telefonzentrale|[Ss]witchboard|[Mm]ain line)\)/u;
/** The switchboard named earlier on the number's line ("Die Zentrale ist rund um die Uhr unter 06101 5443-0 …"). */
const SWITCHBOARD_ON_LINE = /(?:^|[^\p{L}])(?:Zentrale|Telefonzentrale|Vermittlung|[Ss]witchboard)(?![\p{L}])/u;
/** A cue right before the number giving it as someone's own. Bounded: linear. */
const OWN_CUE =
  /(?:^|[^\p{L}])(?:my|me|mich|mir|mein\p{L}{0,2}|privat\p{L}*|private|home|zuhause|durchwahl|direct|direkt|rückruf\p{L}*|callback|call[ \t]+me|ruf(?:en Sie)?[ \t]+mich|reach[ \t]+me)(?![\p{L}])/iu;
/** How far before a number its cue is read. */
const CUE_REACH = 40;
/**
 * A partnership of persons or a registered merchant (GbR, PartG, e.K.): its partners or its owner are people, so its
 * imprint's values are theirs (organisation-contacts.ts keeps them too); its "-0" stays.
 */
const PERSONS_FIRM = /(?:^|[^\p{L}])(?:GbR|PartG(?:[ \t]+mbB)?|e\.[ \t]?K(?:fm|fr)?\.?)(?![\p{L}])/u;

export function withoutSwitchboardNumbers(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'PHONE_NUMBER')) return found;
  const lines = new LineIndex(text);
  const personLines = new Set<number>();
  for (const e of found) if (e.type === 'PERSON') personLines.add(lines.lineOf(e.start));
  // A person on the number's line or the line right above it (a letterhead: "Zahnarztpraxis Dr. X" over "Tel. …-0").
  const nearPerson = (line: number) => personLines.has(line) || personLines.has(line - 1);
  return found.filter((e) => {
    if (e.type !== 'PHONE_NUMBER') return true;
    const value = text.slice(e.start, e.end);
    const line = lines.lineOf(e.start);
    const lineStart = lines.lineStart(line);
    // The cue read from after the number before it: "Durchwahl 0471 … · Zentrale 0471 …-0" gives the writer's own
    // line first and the firm's second; the "Durchwahl" belongs to the first number only.
    const reach = text.slice(Math.max(lineStart, e.start - CUE_REACH), e.start);
    const lastDigit = reach.search(/\d[^\d]*$/);
    const before = lastDigit === -1 ? reach : reach.slice(lastDigit + 1);
    const lineText = text.slice(lineStart, Math.min(lines.lineEnd(line), e.end + CUE_REACH));
    if (OWN_CUE.test(before)) return true;
    // The label wins over personalPhone's reading: its national "01[5-7]" is also a UK landline (Manchester 0161).
    if (LABEL_AFTER.test(text.slice(e.end, e.end + 30))) return false;
    if (LABEL_BEFORE.test(before) && !personLines.has(line)) return false;
    if (SWITCHBOARD_ROW.test(text.slice(lineStart, e.start)) && !personLines.has(line)) return false;
    // A "-0" switchboard its own line calls the switchboard: the firm's, even under a line naming a person (a note
    // about a call above it); a person on its own line still keeps it (round 46).
    if (
      ZERO_EXTENSION.test(value) &&
      SWITCHBOARD_ON_LINE.test(text.slice(lineStart, e.start)) &&
      !personLines.has(line)
    )
      return false;
    const lineBefore = text.slice(Math.max(lineStart, e.start - 2 * CUE_REACH), e.start);
    const switchboard = ZERO_EXTENSION.test(value) || (BLANK_ZERO.test(value) && ORGANISATION_BEFORE.test(lineBefore));
    const mobile = personalPhone(value, lineText, text) && !(ZERO_EXTENSION.test(value) && NEIGHBOUR_AREA.test(value));
    if (!switchboard || nearPerson(line) || mobile) return true;
    const above = line > 0 ? text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)) : '';
    return PERSONS_FIRM.test(text.slice(lineStart, lines.lineEnd(line))) || PERSONS_FIRM.test(above);
  });
}
