import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';
import { personalPhone } from './organisation-contacts.js';

/**
 * An organisation's service line, said so by the words around the number: "log in to the council portal or call
 * 04 …", "depot controller, 09 …", an office's address line ending "tel. 011 …", a firm's "Ratenzahlung auf Anfrage
 * unter 0421 …", and a vehicle's own phone ("the driver's work phone 021 … (fleet phone, stays with the vehicle)").
 * GDPR Art. 4(1): a number that reaches a post, a desk or a vehicle identifies no natural person.
 *
 * Privacy first, the number stays a person's when a PERSON stands on its line before it, when a word of someone's
 * own comes before it ("my", "private", "Handy", "direct"), or, except for a vehicle's phone the text says stays with
 * the vehicle, when it is a mobile number (organisation-contacts.ts `personalPhone`). A person's "work mobile" or
 * "call Anna on …" names no organisation and stays.
 */

/** Organisation words a "call …" sentence names before the verb (the organisation is named, no person is). */
const ORGANISATION_WORD = String.raw`(?:council|authority|portal|office|agency|department|depot|desk|centre|center|operator|company|helpdesk|hotline|service|services|team|control|station)`;
/**
 * The writing organisation's own desk named right before its number: "unser Büro", "unsere Zentrale", "Kundenservice",
 * "our (income) team on", "our office at". A desk word is no person, even where the name rules read it
 * as one ("Ansprechpartner Zentrale 0761 …").
 */
const DESK_LABEL = String.raw`(?:\bunser(?:e[mn]?)?[ \t]+(?:Büro|Zentrale|Kundenservice|Team|Geschäftsstelle|Verwaltung|Hausverwaltung)|\bour[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:office|team|desk)[ \t]+(?:on|at)|\b(?:Zentrale|Kundenservice|Kundendienst))`;
/**
 * A host's desk in its guests' letters: the reception with its hours and phone word, "call us on" (the writer is
 * the house; "call me on" stays a person's), and an "Office:" label opening a sentence inside a line of house
 * rules (a signature's "Office:" line opens its own line and is read by OFFICE_LINE's person check).
 */
const HOST_DESK = String.raw`(?:\b(?:rezeption|reception|front[ \t]+desk)\b[^\n.!?]{0,60}\b(?:tel|phone|telefon)\.?|\bcall[ \t]+us[ \t]+(?:on|at)|[.!?][ \t]+(?:the[ \t]+)?office[ \t]*:)`;
const DESK_BEFORE = new RegExp(String.raw`${DESK_LABEL}[ \t]*[,:]?[ \t]*$`, 'iu');
/**
 * A German department or service compound right before the number, alone or with its phone word: "Regressabteilung,
 * Telefon", "Vertriebsunterstützung, Tel.", "Schadenservice:". A department's line is the organisation's; a person
 * named before it on its line keeps it (the check below), and a mobile stays a person's (`personalPhone`). A phone
 * word or a colon must follow: "Für Fragen: Schadenservice, 058 …" is labelled a person's in set 15.
 */
const DEPARTMENT_LABEL = String.raw`(?<![\p{L}-])\p{L}{3,}(?:abteilung|service|unterstützung)(?:[ \t]*,?[ \t]*(?:Tel|Telefon|Fon)\.?|[ \t]*:)`;
/**
 * A public poison or emergency information centre's hotline (round 48, set 45: "Notruf Vergiftungsinformationszentrale:
 * 0761 19240" under a pest controller's safety sheet): an institution's line, no one's.
 */
const INFO_HOTLINE = String.raw`(?:Giftnotruf\p{L}*|Gift(?:informations|notruf)zentr(?:ale|um)|Vergiftungs(?:informations)?zentr(?:ale|um)|poisons?[ \t]+(?:information|control)[ \t]+(?:cent(?:re|er)|line|hotline))`;
const INFO_HOTLINE_BEFORE = new RegExp(String.raw`${INFO_HOTLINE}[ \t]*[,:]?[ \t]*$`, 'iu');
/** A German area code and a public service number: "0761 19240" (Giftnotruf), "030 19222" (Krankentransport). */
const PUBLIC_SERVICE_NUMBER = /^\(?0[2-9]\d{1,3}\)?[ \t/-]?19(?:240|222)$/;
/**
 * Labels ending right before the number. Each alternation of fixed words on a bounded slice of one line: linear.
 * - "… the council portal or call": an organisation word, then within the sentence the verb "call".
 * - "depot controller,": a post (a controller or dispatcher of a depot, route, network or control room).
 * - "Office: 18 Baseline Road, Colombo 00900, tel.": an office's address line, then its phone word.
 * - "(Inkasso Nordwest). Ratenzahlung auf Anfrage unter": a firm's "on request at" (checked with a firm word).
 * - "Rezeption täglich 8–12 Uhr, Tel.", "call us on", "… 7 am. Office:": a hotel's or a park's own desk
 *   (HOST_DESK).
 * - "über unser Büro:", "Zentrale", "Kundenservice", "contact our income team on": a desk of the
 *   organisation that writes (DESK_LABEL).
 * - "Notruf Vergiftungsinformationszentrale:", "Poisons Information Centre": a public hotline (INFO_HOTLINE).
 * - "Call the office at": the verb, then the firm's desk (round 48; "call Jana at" names a person and stays).
 */
const SERVICE_LABEL = new RegExp(
  String.raw`(?:\b${ORGANISATION_WORD}\b[^.!?\n]{0,40}\bcall(?:[ \t]+(?:us|them))?(?:[ \t]+on)?|` +
    String.raw`\b(?:depot|route|fleet|network|traffic|control[ \t-]?room|duty|shift|operations)[ \t]+(?:controller|dispatcher|supervisor)|` +
    String.raw`^[ \t]*(?:office|head[ \t]+office|registered[ \t]+office|depot|büro|geschäftsstelle|sitz)[ \t]*:[^\n]{4,120}[,;·|][ \t]*(?:tel|phone|telefon|fon)\.?|` +
    String.raw`\bauf[ \t]+Anfrage[ \t]+unter|${DESK_LABEL}|${HOST_DESK}|${DEPARTMENT_LABEL}|${INFO_HOTLINE}|` +
    String.raw`\bcall[ \t]+(?:the|our)[ \t]+(?:office|depot|desk|helpdesk|hotline|yard)[ \t]+(?:on|at))[ \t]*[,:]?[ \t]*$`,
  'iu',
);
/**
 * The security trade's desks before their number (review 44): a control room, an alarm receiving centre (ARC), a
 * Leitstelle or NSL, a cash centre, a monitoring firm by its legal form, a firm's mobile response unit in a keyholder
 * list, and a loss or damage "unter … zu melden" line of a key register: "Ihre Leitstelle (0661 …", "Cash-Center 0721
 * …", "the control room on 01632 …", "Control room contact: 011 …", "Greywall Monitoring Ltd · 0113 …",
 * "Greywall ARC: alarm at your premises. Please call 0113 …". A mobile stays a person's (`personalPhone`); the desk's
 * word must be joined to the number ("on", ":", "("), and an on-call line keeps its number ("Out of hours: HOLD
 * control room 0113 …", "Bereitschaft gesamt: Leitstelle 040 …" are the duty person's, labelled so in set 9).
 */
const ON_CALL =
  /(?<![\p{L}])(?:out[ \t]+of[ \t]+hours|on[ \t-]+call|standby|stand-by|Bereitschaft\p{L}*|Rufbereitschaft|Notdienst|Dienst[ \t]+habend\p{L}*|diensthabend\p{L}*)(?![\p{L}])/iu;
const TRADE_DESK = String.raw`(?:control[ \t-]?room|alarm[ \t]+receiving[ \t]+cent(?:re|er)|monitoring[ \t]+cent(?:re|er)|ARC|NSL|Notruf-?[ \t]+und[ \t]+Serviceleitstelle|(?:Notruf|Alarm|Einsatz)?[Ll]eitstelle|Alarmzentrale|Cash-?[ \t]?Cent(?:er|re)|Geldbearbeitung)`;
const TRADE_LABEL = new RegExp(
  String.raw`(?:(?<![\p{L}])${TRADE_DESK}(?:[ \t]+(?:contact|number|line|Nummer|Telefon|Tel\.?))?[ \t]*(?:[,:(]|[ \t]on|[ \t]at|[ \t]unter)|` +
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}&-]*[ \t]+){0,3}(?:Monitoring|Security|Alarm|Guarding|Sicherheit|Wach)\p{L}*[ \t]+(?:Ltd|Limited|GmbH|LLC|Inc|Pty)\.?[ \t]*[·,|:]?|` +
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}&-]*[ \t]+){0,3}(?:mobile|patrol)[ \t]+(?:response|patrol|unit)[ \t]*[;,:|·]?|` +
    String.raw`(?<![\p{L}])${TRADE_DESK}\b[^\n]{0,80}\b(?:call|anrufen|rufen[ \t]+Sie)(?:[ \t]+(?:us|uns))?(?:[ \t]+(?:on|at|unter))?|` +
    String.raw`(?<![\p{L}])(?:Verlust|Diebstahl|Beschädigung|loss|damage)\b[^.!?\n]{0,50}\bunter)[ \t]*$`,
  'iu',
);
/** A firm named before "auf Anfrage unter" (legal form or a trade's word), within the reach read. */
const FIRM_WORD =
  /\b(?:GmbH|AG|KG|mbH|e\.\s?V\.|Inkasso|Verwaltung|Kanzlei|Stadtwerke|Verkehrsbetriebe|Versicherung|Bank)\b/u;
/** After the number: the text says it is a vehicle's or a pool's phone that stays with it. */
const VEHICLE_PHONE_AFTER =
  /^[ \t]*\((?:fleet|pool|vehicle|depot|shared|duty)[ \t]+phone\b|^[^\n]{0,40}\bstays[ \t]+with[ \t]+the[ \t]+(?:vehicle|bus|car|cab|taxi|train|van)\b/iu;
/** Words before the number that make it someone's own. */
const OWN_WORD =
  /(?:^|[^\p{L}])(?:my|mein\p{L}{0,2}|private?|privat\p{L}*|personal|home|handy|mobil|direct|direkt|durchwahl)(?![\p{L}])/iu;
/**
 * A post held by one person between the organisation word and "call" ("team lead, call …", "office manager: call"):
 * the number reaches that person, not a desk.
 */
const PERSON_POST =
  /\b(?:lead|leader|manager|head(?![ \t]+office)|chief|boss|assistant|secretary|colleague|member|contact person|ansprechpartner\p{L}*|leiter\p{L}*|chef\p{L}*)\b/iu;
/** The office address line's label (SERVICE_LABEL's third form). */
const OFFICE_LINE =
  /^[ \t]*(?:office|head[ \t]+office|registered[ \t]+office|depot|büro|geschäftsstelle|sitz)[ \t]*:/iu;
/**
 * A greeting before a person ("Hi Tama, … call us on …"): the letter's reader, who is not the owner of the desk's
 * number the letter gives. The number still needs a service label to be dropped.
 */
const ADDRESSEE_BEFORE = /(?:^|[^\p{L}])(?:hi|hello|dear|hallo|liebe[rs]?|sehr[ \t]+geehrte[rs]?)[ \t]+$/iu;
/** The department label alone (SERVICE_LABEL's department form), and how many lines above a signature's name is read. */
const DEPARTMENT_ONLY = new RegExp(String.raw`${DEPARTMENT_LABEL}[ \t]*[,:]?[ \t]*$`, 'iu');
const SIGNATURE_REACH = 3;
/**
 * "or call 0121 555 0400 (Mon–Fri)": the verb "call" right before the number and the opening days right after it
 * in brackets. Hours are a desk's; a person's number given with "call me on" or "call Anna on" matches neither
 * (the verb must touch the number), and a mobile stays (personalPhone below).
 */
const CALL_BEFORE = /(?:^|[^\p{L}])(?:call|ring|phone)(?:[ \t]+us)?(?:[ \t]+on)?[ \t]*$/iu;
const HOURS_AFTER = /^[ \t]*\((?:Mon|Mo|Tue|Di)\.?[ \t]*[–-][ \t]*(?:Fri|Fr|Sat|Sa|Sun|So|Thu|Do)\b[^()\n]{0,30}\)/iu;
/** How far before a number its label is read. */
const REACH = 160;

export function withoutServiceLines(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'PHONE_NUMBER')) return found;
  const lines = new LineIndex(text);
  const personLines = new Map<number, number[]>();
  for (const e of found)
    if (e.type === 'PERSON' && !ADDRESSEE_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start))) {
      const line = lines.lineOf(e.start);
      personLines.set(line, [...(personLines.get(line) ?? []), e.end]);
    }
  const personStarts = found.filter((e) => e.type === 'PERSON').map((e) => [e.start, e.end]);
  return found.filter((e) => {
    if (e.type !== 'PHONE_NUMBER') return true;
    const line = lines.lineOf(e.start);
    const from = Math.max(lines.lineStart(line), e.start - REACH);
    const before = text.slice(from, e.start);
    // A person read inside the desk's own words ("Zentrale") is the desk, not a person before the number.
    // So is one inside a security firm's desk ("Greywall Monitoring Ltd ·", "Greywall mobile response;").
    const desk = DESK_BEFORE.exec(before) ?? (ON_CALL.test(before) ? null : TRADE_LABEL.exec(before));
    const deskStart = desk ? from + desk.index : e.start;
    if ((personLines.get(line) ?? []).some((end) => end <= deskStart && end >= from)) return true;
    const after = text.slice(e.end, Math.min(lines.lineEnd(line), e.end + 80));
    const value = text.slice(e.start, e.end);
    // Privacy first: a person named right after the number on its line ("call 030 … and ask for Jonas Wendt") or a
    // word of someone's own after it ("(her private line)", "at home") makes it that person's number.
    if (personStarts.some(([start]) => start >= e.end && start <= e.end + 80 && lines.lineOf(start) === line))
      return true;
    if (OWN_WORD.test(after) && !VEHICLE_PHONE_AFTER.test(after)) return true;
    if (VEHICLE_PHONE_AFTER.test(after)) return false;
    const label =
      SERVICE_LABEL.exec(before) ??
      (ON_CALL.test(before) ? null : TRADE_LABEL.exec(before)) ??
      (HOURS_AFTER.test(after) ? CALL_BEFORE.exec(before) : null);
    // A German area code before the public service number 19240 (the poison centres') or 19222 (ambulance transport):
    // "0761 19240" reads like a Swiss mobile to personalPhone, but under a hotline's label it is the centre's.
    if (label && INFO_HOTLINE_BEFORE.test(label[0]) && PUBLIC_SERVICE_NUMBER.test(value)) return false;
    if (!label || OWN_WORD.test(label[0]) || PERSON_POST.test(label[0]) || personalPhone(value, before)) return true;
    // An office's address line of a practice or firm run by a person named just before it ("Praxis Dr. Mira Lenz\n
    // Office: …, tel. …"): the one person's line, kept.
    if (OFFICE_LINE.test(label[0]) && personStarts.some(([start]) => line > 0 && lines.lineOf(start) === line - 1))
      return true;
    if (/auf[ \t]+Anfrage/i.test(label[0]) && !FIRM_WORD.test(before)) return true;
    // A department's label under a signature's name ("Jana Berg\nSachbearbeiterin\nRegressabteilung, Telefon
    // 06131 555-231", review 42): the handler's direct line. Only a switchboard's "-0" is the department's there.
    if (
      DEPARTMENT_ONLY.test(label[0]) &&
      !/-[ \t]?0$/.test(value) &&
      personStarts.some(([start]) => lines.lineOf(start) < line && lines.lineOf(start) >= line - SIGNATURE_REACH)
    )
      return true;
    return false;
  });
}
