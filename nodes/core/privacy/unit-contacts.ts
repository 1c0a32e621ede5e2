import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';
import { nameNoWord } from './name-list.js';
import { personalPhone } from './organisation-contacts.js';
import { folded, namelessUnitMailbox } from './role-mailboxes.js';

/**
 * An organisation's unit line and unit mailbox named by the unit right before them: "Marina office: +356 …",
 * "Loodswezen planning: +31 …", "clinic line 01482 …", "Reederei-Notfallnummer (24 h): …", "24/7 emergency line …",
 * "Hafenpraxis Kiel, Tel. …", "Dienststelle Schiffssicherheit, psc@…". The text says whose the value is: the unit's,
 * an organisation's (GDPR Art. 4(1): no natural person is identified by it). A phone or a nameless mailbox written
 * right beside such a value in one contact sequence ("Office, mailbox, number") is the unit's too.
 *
 * Privacy first, a value stays when anything says it could be a person's: a person's name right before the label
 * ("Anna Berg, Tel. …": the label must end in a unit word, a name never does), a word of the writer's or someone's
 * own before the value ("direct", "Durchwahl", "mobil", "Handy", "privat", "my", "home"), a mobile number
 * (personalPhone), a mailbox with a name, an initial or a digit in its local part, a free-mail or name domain, or a
 * word of a person's name found in the text in it. A bare "Office:" or "Tel." (a signature's own rows) is no unit
 * label: the unit word must be qualified by a word or a compound ("Marina office", "Hafenmeisterei").
 */

/**
 * The unit words that end a label: an office, a desk, a line, a unit of a port or a public body, a practice or an
 * agency by its kind. Written in both cases at the start (standalone) and in lower case inside a compound
 * ("Hafenmeisterei", "Reederei-Notfallnummer", "Hafenpraxis"); "büro" only inside a compound ("Hafenbüro"): "im Büro"
 * after "Meine Nummer" is the writer's own.
 */
const UNIT_WORD = String.raw`(?:[Oo]ffice|büro|[Dd]esk|[Pp]lanning|[Pp]raxis(?!-?[Tt]elefon)|[Kk]linik|[Ss]ervices|[Dd]ispatch)`;
/**
 * Unit words that name a unit alone, which no person's own row is called ("Dienststelle X", "Hotline"); a line only
 * when an organisation's unit or service names it ("clinic line", "24/7 emergency line"): a person's event has its
 * own ("RSVP line +65 …" is the couple's mobile).
 */
const SELF_STANDING_UNIT_WORD =
  String.raw`(?:[Hh]otline|[Hh]elpline|[Aa]dvi(?:ce|sory)[ \t]+[Ll]ine|[Oo]ut[ \t-]+of[ \t-]+hours[ \t]+(?:[Nn]umber|[Ll]ine)|[Mm]eisterei|Praxis-?[Tt]elefon|[Pp]ractice[ \t]+(?:[Pp]hone|[Tt]elephone)|[Dd]ienststelle|[Aa]gentur|` +
  // An emergency number only when a firm's word names it: a bare "Notfallnummer:" on a school form is a parent's.
  String.raw`(?:Reederei|Firmen|Betriebs|Praxis|Klinik|Hafen|Werft|Service)-?[Nn]otfall(?:nummer|telefon)|` +
  String.raw`(?:[Cc]linic|[Pp]ractice|[Ss]urgery|[Ww]ard|[Oo]ffice|[Ee]mergency|[Ss]ervice|[Ss]upport|[Bb]ooking|` +
  String.raw`[Rr]eservations?|[Hh]elp|[Mm]ain|[Dd]uty|[Ii]nformation|[Ee]nquir(?:y|ies)|[Cc]ustomer)[ \t]+[Ll]ine)`;
/**
 * A qualified unit label ending right before the value: a qualifying word or a compound's head, the unit word, an
 * optional town or unit name ("Harbour Master's Office, Valletta", "Dienststelle Schiffssicherheit"), an optional
 * short bracket ("(24 h)"), then only separators and a phone word. Bounded repetitions on a bounded slice: linear.
 */
const UNIT_LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?<head>[\p{L}'’/0-9-]{1,30})[ \t]+|(?<compound>\p{L}[\p{L}-]{1,30}))?` +
    String.raw`(?:` +
    UNIT_WORD +
    String.raw`|(?<standalone>` +
    SELF_STANDING_UNIT_WORD +
    String.raw`))` +
    // Whom or what the line is for, and a verb of the sentence giving it ("Practice line for appointments:", "Out of
    // hours number for clients stays …"): still the unit's line.
    String.raw`(?:[ \t]+for[ \t]+\p{Ll}{3,20})?(?:[ \t]+(?:is|stays|remains|ist|bleibt))?` +
    String.raw`(?:,?[ \t]+\p{Lu}[\p{L}-]{1,30})?(?:[ \t]*\([^()\n]{1,16}\))?[ \t]*[,.:·|–-]?[ \t]*` +
    String.raw`(?:(?:Tel(?:efon)?\.?|Phone|Fon|E-?[Mm]ail)[ \t]*:?[ \t]*)?$`,
  'u',
);
/** A word before the unit word that makes the label someone's own ("direct line", "my office", "home office"). */
const OWN_WORD =
  /^(?:direct|direkt|durchwahl|mobile?|mobil|handy|cell|private?|privat|personal|home|my|mein\p{L}{0,2}|own|eigene?|his|her|their|your|the|a|an|sein\p{L}{0,2}|ihr\p{L}{0,2})$/iu;
/** A possessive head ("the Defendant's office", "Jana's desk"): someone's own office or line. */
const POSSESSIVE = /['’]s?$/u;
/** A cue anywhere in the label's stretch giving the value as someone's own. */
const OWN_CUE =
  /(?:^|[^\p{L}])(?:direct|direkt|durchwahl|mobil\p{L}*|mobile|handy|cell|privat\p{L}*|private|persönlich|personal|home|zuhause|my|me|mich|mir|mein\p{L}{0,2})(?![\p{L}])/iu;
/** Between two values of one contact sequence: separators (the view writes "·" as ".") and contact words only. Linear. */
const SEQUENCE_GAP = /^(?:[\s.·•,;:|/–—-]|Tel\.?|Telefon|Phone|Fon|E-?Mail|oder|or)*$/iu;
/** How far before a value its label is read. */
const LABEL_REACH = 80;
/** At most this many characters between two values of one contact sequence. */
const GAP_REACH = 40;

export function withoutUnitContacts(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'PHONE_NUMBER' || e.type === 'EMAIL_ADDRESS')) return found;
  const lines = new LineIndex(text);
  const persons = found.filter((e) => e.type === 'PERSON');
  // The words of the persons' names: a mailbox holding one is theirs ("Tobias Zoll, zoll@…").
  const nameWords = new Set<string>();
  for (const p of persons)
    for (const w of text.slice(p.start, p.end).split(/[^\p{L}]+/u))
      if (w.length >= 4) {
        nameWords.add(w.toLowerCase());
        nameWords.add(folded(w));
      }
  const lineText = (e: Entity) => {
    const line = lines.lineOf(e.start);
    return text.slice(lines.lineStart(line), lines.lineEnd(line));
  };
  // Whether the value itself could be a unit's: a landline, or a mailbox without a name.
  const unitValue = (e: Entity) => {
    const value = text.slice(e.start, e.end);
    if (e.type === 'PHONE_NUMBER') return !personalPhone(value, lineText(e));
    if (e.type === 'EMAIL_ADDRESS') return namelessUnitMailbox(value, nameWords);
    return false;
  };
  const afterOnLine = (e: Entity) => text.slice(e.end, Math.min(lines.lineEnd(lines.lineOf(e.start)), e.end + 30));
  const unit = new Set<Entity>();
  for (const e of found) {
    if ((e.type !== 'PHONE_NUMBER' && e.type !== 'EMAIL_ADDRESS') || !unitValue(e)) continue;
    const lineStart = lines.lineStart(lines.lineOf(e.start));
    const from = Math.max(lineStart, e.start - LABEL_REACH);
    const before = text.slice(from, e.start);
    const m = UNIT_LABEL.exec(before);
    if (!m || !(m.groups?.head || m.groups?.compound || m.groups?.standalone)) continue;
    if (m.groups?.head && (OWN_WORD.test(m.groups.head) || POSSESSIVE.test(m.groups.head))) continue;
    if (OWN_CUE.test(m[0])) continue;
    // A known name that is no ordinary word ("Kowalczyk", not "Marina" or "Harbour") naming the office ("Kowalczyk
    // Office"): one person's, even where the name rules did not read it as one. Privacy first. (A name after the
    // unit word is read as its town: "Hafenpraxis Kiel".)
    if (m.groups?.head && nameNoWord(m.groups.head)) continue;
    // A word of the writer's own right after the value ("040 … - ask for me", "(my home)"): privacy first.
    if (OWN_CUE.test(afterOnLine(e))) continue;
    // A person's name ending in or right before the label ("Anna Berg Office: …") keeps the value theirs.
    const labelStart = from + m.index;
    if (persons.some((p) => p.end > labelStart - 3 && p.start < e.start)) continue;
    unit.add(e);
  }
  if (unit.size === 0) return found;
  // A value in the same contact sequence as a unit's value is the unit's too (both directions, once each way).
  const candidates = found
    .filter((e) => (e.type === 'PHONE_NUMBER' || e.type === 'EMAIL_ADDRESS') && !unit.has(e) && unitValue(e))
    .sort((a, b) => a.start - b.start);
  const units = [...unit].sort((a, b) => a.start - b.start);
  const beside = (a: Entity, b: Entity) => {
    const gap = a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : '';
    return gap.length > 0 && gap.length <= GAP_REACH && !gap.includes('\n') && SEQUENCE_GAP.test(gap);
  };
  for (const c of candidates) {
    if (OWN_CUE.test(text.slice(Math.max(lines.lineStart(lines.lineOf(c.start)), c.start - 20), c.start))) continue;
    if (units.some((u) => beside(u, c))) unit.add(c);
  }
  return found.filter((e) => !unit.has(e));
}
