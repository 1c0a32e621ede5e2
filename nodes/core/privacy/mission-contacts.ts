import type { Entity } from './entities.js';
import { firstFrom } from './sorted-spans.js';
import { LineIndex } from './line-index.js';
import { OWN_CUE, flatSegment, keyPieces, ownValue, withoutDeniedOwnCues } from './config-organisation.js';
import { OWNER_CUE } from './organisation-contacts.js';
import { personalMailbox } from './role-mailboxes.js';
import { isListedSurname, nameNoWord } from './name-list.js';
import { PUBLIC_BODY_NAME } from './organisation-accounts.js';
import { JURISDICTION_BODY_BEFORE, isDeskName } from './not-people-desks.js';

/**
 * A diplomatic mission's own mailbox, line, account and premises (test set 47: embassies' and consulates' portals,
 * their HTTP captures and their letters) are a public body's, no person's (GDPR Art. 4(1); README "Whose values are
 * personal data": an organisation's role mailbox, switchboard, account and premises):
 *
 * 1. a payload key naming the mission's desk or account (`"dutyOfficerLine"`, `"emergencyLine"`,
 *    `"consularMailbox"`, `"helpdesk"`, a payment's `"merchantAccount"`, `"feeAccount"`), also inside an escaped
 *    JSON string (`\"merchantAccount\":\"…\"`);
 * 2. the contact values and address of a payload object naming a mission (`{"mission":"Deutsche Botschaft
 *    Canberra","address":"…","switchboard":"…","email":"…","feeAccount":"…"}`);
 * 3. an appointment confirmation's place (`Buchungsnummer: APT-…, 2026-11-26 08:00, <address>`) and its desk
 *    mailbox and line (`Rückfragen: …`, `Questions: …`, `Contact for changes: …`);
 * 4. a mission's letterhead or signature: the address, line and mailbox on the line naming the mission or on the two
 *    lines under it (`Deutsche Botschaft Canberra – Visastelle\n119 Empire Circuit …`, `Ihr Konsularteam\nTel. …`,
 *    `British Embassy Vienna | +43 1 716 13 0 | consular.vienna@…`), and "Notfallnummer der Botschaft …".
 *
 * Rules 3's desk and 4 serve any public body alike (round 51, set 48): a library's, an archive's, a museum's or a
 * registry office's letterhead (`Staatsarchiv X · Martinsgasse 2 · 4051 Basel`), its desk (`Auskunft: Tel. … oder
 * lesesaal@…`, `Rückfragen +49 …, recherche@…`), and a desk mailbox whose domain names such a body
 * (`fernleihe@stadtbib-….example`, `renewals@…-libraries.example`) wherever it stands.
 *
 * Privacy first, a value stays a person's when it is a mobile, when the mailbox carries a name or an initial
 * (`t.whaitirirua@…`, `jana.okafor@embassy…`), when a PERSON stands in its flat object, on its line or on the two
 * lines above it (a consular officer's own signature), and when a word of someone's own stands beside it ("my",
 * "privat", "home", "mein").
 */

/** A mission's name: an embassy, consulate, high commission, mission or one of its sections. */
const MISSION_NAME =
  /(?:^|[^\p{L}])(?:\p{L}*[Bb]otschaft|Embassy|Generalkonsulat|Honorarkonsulat|Konsulat|Consulate(?:[ \t]+General)?|High[ \t]+Commission|Permanent[ \t]+Mission|Ständige[ \t]+Vertretung|Konsularabteilung|Konsularreferat|Konsularteam|Consular[ \t]+(?:Section|Team|Department)|Visastelle|Visa-Abteilung|Visa[ \t]+Section)(?![\p{L}])/u;
/** A mission's or another public body's name (a library, an archive, a museum, a registry office). */
const BODY_NAME = new RegExp(`${MISSION_NAME.source}|${PUBLIC_BODY_NAME.source}`, 'u');
/** A desk's name opening the line, then its line's label: "Ausleihe, Tel. ", "Lesesaal · Telefon: ". Linear. */
const DESK_SIGNATURE = /^[ \t]*([\p{L}][\p{L} \t-]{1,40}?)[ \t]*[,·|–-][ \t]*(?:Tel\.?|Telefon|Phone)[ \t]*:?[ \t]*$/u;
/** A domain label naming a library, an archive, a museum, a registry office or a genealogy service. */
const BODY_DOMAIN_PIECE =
  /^\p{L}*(?:bib|bibliothek|bibliotheek|bibliotheca|bücherei|buecherei|archiv|archive|archives|library|libraries|museum|museen|genealogy|standesamt)$/u;
/** Whether a desk mailbox's domain names a public body (`lesesaal@landesarchiv-….example`). */
function bodyDomainMailbox(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0 || !missionMailbox(address)) return false;
  const labels = address
    .slice(at + 1)
    .toLowerCase()
    .split('.');
  return labels
    .slice(0, -1)
    .join('-')
    .split(/[-_]/)
    .some((piece) => BODY_DOMAIN_PIECE.test(piece));
}
/** A desk mailbox right after a line, in the same clause ("…-4335, lesesaal@…", "… oder recherche@…"). Linear. */
const MAILBOX_AFTER =
  /^[ \t]*(?:,|;|·|\/|oder|or|und|and)[ \t]*(?:(?:E-?Mail|Mail)[ \t]*:?[ \t]*)?([\p{L}\d._+-]{1,64}@[\p{L}\d.-]{1,120}\.[\p{L}]{2,24})/iu;

/**
 * A line that addresses a body or names it as the subject's recipient ("Dear Central Library,", "An die
 * Stadtbibliothek", "Sehr geehrtes Museum", "Betreff: Fernleihe an das Landesarchiv"): a reader writing TO a library
 * names it there, and the reader's own line after "Rückfragen:" or under the salutation is no desk's (review 51).
 */
const ADDRESSING_LINE =
  /^[ \t]*(?:An|To|Dear|Liebe[rs]?|Sehr|Hallo|Hi|Hello|Betreff|Betr\.|Subject|Re|Attn|z\.[ \t]?Hd)(?![\p{L}])[^\n]*/gimu;
/** The text with its addressing lines blanked (same length, so offsets hold): built once per scan. Linear. */
const withoutAddressedBodies = (text: string) => text.replace(ADDRESSING_LINE, (m) => ' '.repeat(m.length));
/**
 * Whether a mission is named in the text before `at`, or a public body other than on an addressing line (the body
 * writing: its letterhead, its signature, its desk). Bounded: 3000 characters back.
 */
function bodyBefore(text: string, addressed: string, at: number): boolean {
  const from = Math.max(0, at - 3000);
  return MISSION_NAME.test(text.slice(from, at)) || PUBLIC_BODY_NAME.test(addressed.slice(from, at));
}

/**
 * Whether a public body's name heads a line, as on its letterhead or under its desk's signature ("Steiermärkische
 * Landesbibliothek · …", "Cork City and County Archives", "Staatsarchiv Basel-Stadt – Lesesaal"): only capitalised
 * words and connectors before it. A person's own signature naming the body they volunteer at or belong to
 * ("Ehrenamtlich in der Stadtbücherei", "Friends of the Central Library", "Mitglied im Förderverein …") does not, and
 * the line under it stays theirs (review 51).
 */
const LINE_CONNECTOR = /^(?:and|und|&|of|the|for|de|du|la|le|der|des|die|dem|den|für|an|am|zu|vom|zum|zur|beim)$/u;
const SUPPORTER_WORD =
  /^(?:Friends?|Freunde|Freundeskreis|Förderverein|Förderkreis|Mitglied|Member|Volunteer|Ehrenamt\p{L}*)$/u;
function bodyHeadsLine(line: string): boolean {
  const m = PUBLIC_BODY_NAME.exec(line);
  if (!m) return false;
  const words = line.slice(0, m.index + 1).match(/\p{L}+/gu) ?? [];
  const first = words[0];
  if (first !== undefined && SUPPORTER_WORD.test(first)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || LINE_CONNECTOR.test(w));
}

/** Payload keys (joined lower case) naming the mission's desk, duty line or account. */
const MISSION_KEYS = new Set([
  'dutyofficerline',
  'dutyline',
  'emergencyline',
  'consularmailbox',
  'consularemail',
  'consularline',
  'consularphone',
  'helpdesk',
  'merchantaccount',
  'feeaccount',
  'switchboard',
]);
/** Keys of a mission object's own values. */
const MISSION_OBJECT_VALUE_KEYS = new Set([
  'address',
  'email',
  'mail',
  'phone',
  'tel',
  'telephone',
  'fax',
  'iban',
  'account',
  'switchboard',
  'feeaccount',
  'helpdesk',
]);
/** A payload object's mission name: `"mission":"…"`, `"embassy":"…"`, `"consulate":"…"`, possibly escaped. */
const MISSION_ENTRY = /\\*"(?:mission|embassy|consulate|post)\\*"[ \t]*:[ \t]*\\*"([^"\\\n{}]{3,120})\\*"/u;
/** A quoted value's key right before it, possibly inside an escaped JSON string (`\"merchantAccount\":\"`). Linear. */
const KEY_BEFORE = /(?:^|[\s{,[])\\*["']([A-Za-z][\w.-]{0,60})\\*["'][ \t]*:[ \t]*\\*["']$/u;
/** An appointment's booking line right before its place: "Buchungsnummer: APT-…, <date> <time>, ". Linear. */
const BOOKING_BEFORE_PLACE =
  /(?:Buchungsnummer|Booking[ \t]+number|Appointment|Termin(?:nummer)?)[ \t]*:[ \t]*APT-\d{4,12},[ \t]*[\d.\-/: \p{L}]{4,40},[ \t]*$/u;
/** A consular appointment's booking number earlier on the line ("Buchungsnummer: APT-09575670, …"). */
const BOOKING_ON_LINE =
  /(?:Buchungsnummer|Booking[ \t]+number|Appointment|Termin(?:nummer)?)[ \t]*:[ \t]*APT-\d{4,12}/u;
/**
 * A desk's label before its mailbox or line: "Rückfragen:", "Questions:", "Contact for changes:", "Auskunft: Tel.";
 * without its colon only right before the value ("Rückfragen +49 …", "queries 01…"). Linear.
 */
const DESK_LABEL =
  /(?:^|[^\p{L}])(?:[Rr]ückfragen|Questions|[Qq]ueries|[Ee]nquiries|Auskunft|Auskünfte|Contact[ \t]+for[ \t]+changes|Ansprechpartner)(?:[ \t]*:[^\n:]{0,80}|[ \t]+(?:(?:Tel\.?|Telefon|phone)[ \t]*)?)$/u;
/** "Notfallnummer der Botschaft bleibt …": the mission's emergency line named right before it. Linear. */
const MISSION_LINE_PHRASE =
  /(?:Notfallnummer|Notrufnummer|Bereitschaftsnummer|emergency[ \t]+(?:number|line))[ \t]+(?:der|des|of[ \t]+the)[ \t]+(?:Botschaft|Generalkonsulats?|Konsulats?|Embassy|Consulate|High[ \t]+Commission)[^\n\d]{0,20}$/iu;
/** An undertaking's repayment account: "repay this amount … to the account …". Linear. */
const REPAYMENT_ACCOUNT =
  /(?:repay|zurückzahlen|zurückzuzahlen|zurück[ \t]+zu[ \t]+zahlen)[^\n.]{0,60}(?:to[ \t]+the|auf[ \t]+das)[ \t]+(?:account|Konto)[ \t]*:?[ \t]*$/iu;
/** The undertaking to repay a loan: "I undertake to repay", "verpflichte mich … zurückzuzahlen". */
const UNDERTAKING = /(?:^|[^\p{L}])(?:undertake|verpflichte)(?![\p{L}])/iu;
/** A refund to someone's own account, or the account's holder named: the account is that person's. */
const REFUND_CUE =
  /(?:^|[^\p{L}])(?:overpaid|refund\w*|reimburse\w*|erstatt\w*|zurückerstatt\w*|überzahlt\w*|holder|Inhaber\w*|Kontoinhaber\w*|my|mein\w*)(?![\p{L}])/iu;

/** Desk keys any organisation or person's record may have: read as a mission's only in consular text. */
const GENERIC_DESK_KEYS = new Set(['emergencyline', 'dutyline', 'helpdesk', 'switchboard']);
/** Consular words: a mission, its consular desk or its diplomats, a mission's host ("canberra-diplo"), RK-Termin. */
const CONSULAR_WORD =
  /(?:^|[^\p{L}])(?:consul(?!t)|konsul(?!t)|diplomat|diplo(?![\p{L}]))|embassy|botschaft|rktermin/iu;

/** Whether a mission or its consular desk is named within 3,000 characters of a value. Bounded slice. */
function consularNear(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 3000), Math.min(text.length, end + 3000));
  return MISSION_NAME.test(near) || CONSULAR_WORD.test(near);
}

/** Words giving a value as someone's residence ("Wohnt in", "Home address", "lives at"). */
const RESIDENCE_CUE =
  /(?:^|[^\p{L}])(?:wohnt|wohnhaft|Wohnanschrift|Wohnort|Wohnadresse|Meldeadresse|Meldeanschrift|lives|living|resides|residing|residence|resident)(?![\p{L}])/iu;
/** How far a key or label is read back from its value. */
const REACH = 120;
const TYPES = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'IBAN_CODE', 'POSTAL_ADDRESS']);

/**
 * Whether a mailbox may be a mission's desk: after its digits (`rk-10`) and separators no piece is a name or an
 * initial (`t.whaitirirua`, `jana.okafor`) and the domain is no free mail's.
 */
export function missionMailbox(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0) return false;
  const pieces = address
    .slice(0, at)
    .split(/[._+-]/)
    .filter((p) => p.length > 0 && !/^\d{1,4}$/.test(p));
  if (pieces.length === 0 || pieces.some((p) => p.length < 2 || !/^[\p{L}\p{N}]+$/u.test(p))) return false;
  if (personalDomain(address.slice(at + 1))) return false;
  return !personalMailbox(`${pieces.join('-')}@${address.slice(at + 1)}`);
}

/**
 * Whether a mailbox's domain is a family's or a person's own (`info@familie-okafor.de`, `kontakt@okafor.de`, review
 * 50): a family word or a surname among its labels before the top-level one.
 */
function personalDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  for (const piece of labels.slice(0, -1).join('-').split(/[-_]/)) {
    if (/^(?:familie|family|famille|famiglia|familia)/u.test(piece)) return true;
    if (piece.length < 3 || !/^\p{L}+$/u.test(piece)) continue;
    const word = piece.charAt(0).toUpperCase() + piece.slice(1);
    if (isListedSurname(word) || nameNoWord(word)) return true;
  }
  return false;
}

/** Whether a value may be the mission's: no mobile, no mailbox with a name. */
function missionValue(type: string, value: string, lineText: string): boolean {
  if (type === 'EMAIL_ADDRESS') return missionMailbox(value);
  if (type === 'PHONE_NUMBER') return ownValue(type, value, lineText);
  return true;
}

export function withoutMissionValues(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => TYPES.has(e.type))) return found;
  const lines = new LineIndex(text);
  // Sorted by start and searched by halves (sorted-spans.ts), as each contact finding asks about the persons near it.
  const persons = found.filter((e) => e.type === 'PERSON').sort((a, b) => a.start - b.start);
  const personIn = (from: number, to: number, except?: [number, number]) => {
    for (let i = firstFrom(persons, from); i < persons.length && persons[i].start < to; i++) {
      const p = persons[i];
      if (p.end > to || (except && p.start >= except[0] && p.end <= except[1])) continue;
      // A public body's name read as a person ("Leihnehmer: Steiermärkische Landesbibliothek") is none, nor the
      // jurisdiction after a public archive's or library's name ("Staatsarchiv Basel-Stadt", "Stadtarchiv Kleinau").
      if (BODY_NAME.test(text.slice(p.start, p.end))) continue;
      if (JURISDICTION_BODY_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) continue;
      return true;
    }
    return false;
  };
  const dropped = new Set<Entity>();
  let addressed: string | undefined;
  for (const e of found) {
    if (!TYPES.has(e.type)) continue;
    const line = lines.lineOf(e.start);
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const lineText = text.slice(Math.max(lineStart, e.start - 160), Math.min(lineEnd, e.end + 160));
    const value = text.slice(e.start, e.end);
    if (!missionValue(e.type, value, lineText)) continue;
    const before = text.slice(Math.max(lineStart, e.start - REACH), e.start);
    const key = KEY_BEFORE.exec(before);
    if (key) {
      if (payloadMissionValue(text, e, key[1], personIn)) dropped.add(e);
      continue;
    }
    addressed ??= withoutAddressedBodies(text);
    if (proseMissionValue(text, lines, e, line, before, personIn, addressed)) dropped.add(e);
  }
  if (dropped.size === 0) return found;
  return found.filter((e) => !dropped.has(e));
}

/** 1, 2: a payload value under a mission's key, or a contact value of an object naming a mission. */
function payloadMissionValue(
  text: string,
  e: Entity,
  key: string,
  personIn: (from: number, to: number, except?: [number, number]) => boolean,
): boolean {
  const [segStart, segEnd] = flatSegment(text, e.start, e.end);
  const segment = text.slice(segStart, segEnd);
  if (OWN_CUE.test(withoutDeniedOwnCues(segment)) || OWNER_CUE.test(segment)) return false;
  const joined = keyPieces(key).join('');
  const mission = MISSION_ENTRY.exec(segment);
  const missionSpan: [number, number] | undefined =
    mission && MISSION_NAME.test(mission[1])
      ? [
          segStart + mission.index + mission[0].indexOf(mission[1]),
          segStart + mission.index + mission[0].indexOf(mission[1]) + mission[1].length,
        ]
      : undefined;
  if (personIn(segStart, segEnd, missionSpan)) return false;
  if (e.type === 'POSTAL_ADDRESS') return missionSpan !== undefined && joined === 'address';
  // A generic desk key only in consular text (a mission or its consular desk named near it): a patient's or tenant's
  // "emergencyLine" or "switchboard" stays theirs (review 50).
  if (MISSION_KEYS.has(joined))
    return (
      (e.type !== 'IBAN_CODE' || /account$/u.test(joined)) &&
      (!GENERIC_DESK_KEYS.has(joined) || consularNear(text, e.start, e.end))
    );
  return missionSpan !== undefined && MISSION_OBJECT_VALUE_KEYS.has(joined);
}

/** 3, 4: an appointment's place and desk, a mission's letterhead or signature, its named emergency line. */
function proseMissionValue(
  text: string,
  lines: LineIndex,
  e: Entity,
  line: number,
  before: string,
  personIn: (from: number, to: number) => boolean,
  addressed: string,
): boolean {
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  // A person or someone's own word on the value's line or in its clause keeps it.
  if (personIn(lineStart, lineEnd)) return false;
  const clause = before.slice(-80) + /^[^\n,;|]{0,40}/u.exec(text.slice(e.end, e.end + 40))![0];
  if (OWN_CUE.test(withoutDeniedOwnCues(clause)) || OWNER_CUE.test(clause) || RESIDENCE_CUE.test(clause)) return false;
  // The booking's place only in a mission's text: a home visit's address after a booking line stays (review 50).
  if (e.type === 'POSTAL_ADDRESS' && BOOKING_BEFORE_PLACE.test(before) && consularNear(text, e.start, e.end))
    return true;
  // A desk's mailbox after its label; a line only beside that mailbox ("Rückfragen: rk-10@…, Tel. …"): a line alone
  // after "Für Rückfragen:" may be the writer's own (set 45: a tenant's notice signed below it).
  // A desk mailbox whose domain names a public body is the body's wherever it stands (no name in it: missionMailbox).
  if (e.type === 'EMAIL_ADDRESS' && bodyDomainMailbox(text.slice(e.start, e.end))) return true;
  const desk = DESK_LABEL.exec(before);
  // Only in a mission's or a public body's own text (one named in it): "Questions: liibaan.caydiid@…" in an offer
  // letter is a person's (set 5). A line only beside the desk's mailbox, before it or after it.
  if (desk && e.type === 'PHONE_NUMBER' && !/@/u.test(desk[0])) {
    const mailbox = MAILBOX_AFTER.exec(text.slice(e.end, Math.min(lineEnd, e.end + 160)));
    if (
      mailbox !== null &&
      missionMailbox(mailbox[1]) &&
      (bodyDomainMailbox(mailbox[1]) || bodyBefore(text, addressed, e.start))
    )
      return true;
  } else if (
    desk &&
    (bodyBefore(text, addressed, e.start) || BOOKING_ON_LINE.test(before)) &&
    (e.type === 'EMAIL_ADDRESS' || e.type === 'PHONE_NUMBER')
  )
    return true;
  if (e.type === 'PHONE_NUMBER' && MISSION_LINE_PHRASE.test(before)) return true;
  // A public body's desk signing its letter with its line ("Ausleihe, Tel. …", "Lesesaal · Tel. …"): the desk's
  // name alone opens the line, and a public body is named in the text before.
  const signer = DESK_SIGNATURE.exec(before);
  if (e.type === 'PHONE_NUMBER' && signer && isDeskName(signer[1]) && bodyBefore(text, addressed, e.start)) return true;
  // A loan's undertaking ("I undertake to repay this amount … to the account"), never a refund asked for to the
  // writer's own account ("Kindly repay the overpaid fee to the account …", review 50).
  if (e.type === 'IBAN_CODE')
    return (
      REPAYMENT_ACCOUNT.test(before) &&
      UNDERTAKING.test(text.slice(Math.max(lineStart, e.start - 200), e.start)) &&
      !REFUND_CUE.test(text.slice(Math.max(lineStart, e.start - 200), Math.min(lineEnd, e.end + 80)))
    );
  // A letterhead or signature: the mission named on the value's line or on one of the two lines above it (at its
  // start, a short line), no person on those lines.
  for (let l = line; l >= 0 && l >= line - 2; l--) {
    const start = lines.lineStart(l);
    const head = text.slice(start, Math.min(lines.lineEnd(l), start + 120));
    if (l < line && personIn(start, lines.lineEnd(l))) return false;
    // Above the value, a heading: a short line that ends no sentence.
    if (l < line && (head.trim().length > 90 || /[.?!]\s*$/u.test(head))) continue;
    const seen = l === line ? before : head;
    if (MISSION_NAME.test(seen)) return true;
    if (bodyHeadsLine(l === line ? seen : addressed.slice(start, start + head.length))) return true;
  }
  return false;
}
