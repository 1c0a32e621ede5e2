import type { Entity } from './entities.js';
import { roleMailbox } from './calendar-users.js';
import { personalPhone } from './organisation-contacts.js';

/**
 * An organisation's own phone, fax or address under a label that says whose it is: "Tel. Apotheke 0911 …",
 * "Praxisanschrift: Marktplatz 3 …", "practice address 2200 …", "Sponsor (Fax 069 …)". The label stands right
 * before the value; a person's number under such a label is unlikely, and a value left flagged elsewhere is
 * the lesser error, so only these labels are read.
 */
const LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:` +
    [
      // "Tel. Apotheke", "Fax der Praxis", "phone surgery": a contact word, then the organisation's kind.
      String.raw`(?:Tel(?:efon)?\.?|Fax|Phone|Ph\.)[ \t]*(?:der[ \t]+|des[ \t]+|the[ \t]+)?(?:Apotheke|Praxis|Klinik|Kanzlei|Pharmacy|Practice|Surgery|Clinic|Sponsors?)`,
      // "Praxisanschrift", "Apothekenanschrift", "Geschäftsanschrift": the address of the place of business.
      String.raw`(?:Praxis|Klinik|Apotheken|Kanzlei|Geschäfts|Firmen)(?:anschrift|adresse)`,
      // "practice address", "surgery phone", "pharmacy tel.".
      String.raw`(?:practice|surgery|clinic|pharmacy|business)[ \t]+(?:address|phone|tel\.?|fax)`,
      // "Sponsor (Fax …)", "Hersteller, Tel. …": the sponsor's or manufacturer's line.
      String.raw`(?:Sponsors?|Hersteller|Manufacturer)[ \t]*[(,]?[ \t]*(?:Fax|Tel(?:efon)?\.?|Phone)`,
    ].join('|') +
    String.raw`)[ \t]*:?[ \t]*$`,
  'iu',
);

const CONTACT_TYPES = new Set(['PHONE_NUMBER', 'POSTAL_ADDRESS']);

/**
 * A word that names an organisation's own line right before the number: its switchboard, hotline, service
 * number or a team's line ("switchboard +1 …", "Zentrale +423 …", "Sperr-Hotline: …", "Disputes team, +44 …"),
 * and where a notice sends its enquiries ("Rückfragen an 030 …", "Questions to +353 …"; the labelled sets leave
 * a firm's number and mailbox after these unlabelled). No one writes a person's own number so; a mobile number
 * after them is still read as a person's (personalPhone).
 */
const SWITCHBOARD_CUE =
  /(?:^|[^\p{L}])[\p{L}-]{0,30}(?:switchboard|main[ \t]+line|hotline|helpline|service[ \t-]?(?:nummer|number|telefon|line)|zentrale|team|fragen[ \t]+(?:an|unter)|(?:questions|queries|enquiries|inquiries)[ \t]+to)[ \t]*[,:·.]?[ \t]*$/iu;
/**
 * A role mailbox right before the number on the line ("disputes@acme-pay.de · +49 69 …", "kyc@bank.at / 01 …",
 * "compliance@remit.li, Rückfragen Tel. +423 …"): the number is the organisation's line beside its role mailbox.
 * Between them only separators and at most two contact words. A mailbox that could be a person's
 * ("anna.berg@", calendar-users.ts roleMailbox) keeps the number.
 */
const MAILBOX_BEFORE = new RegExp(
  String.raw`([\p{L}\p{N}._+-]{1,40}@[\p{L}\p{N}-]{1,40}(?:\.[\p{L}\p{N}-]{1,40}){1,4})[ \t]*[,;·/|.–—-]?[ \t]*` +
    String.raw`(?:(?:Rückfragen|Anfragen|Fragen|Tel\.?|Telefon|Phone|Ph\.|Fax|Zentrale|switchboard|hotline|oder|or|call)[ \t]*:?[ \t]*){0,2}$`,
  'iu',
);

function organisationLine(text: string, e: Entity, personStarts: number[]): boolean {
  if (e.type !== 'PHONE_NUMBER') return false;
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, e.start - 120), e.start);
  let lineEnd = text.indexOf('\n', e.end);
  if (lineEnd === -1) lineEnd = text.length;
  if (personalPhone(text.slice(e.start, e.end), text.slice(lineStart, lineEnd))) return false;
  if (SWITCHBOARD_CUE.test(before)) return true;
  const m = MAILBOX_BEFORE.exec(before);
  // A person named before it on the line ("Anna Berg, kontakt@…, 089 …") may be the one the number reaches.
  return m !== null && roleMailbox(m[1]) && !personBetween(personStarts, lineStart, e.start);
}

/** Whether a person's name starts in [from, to) (`starts` sorted). */
function personBetween(starts: number[], from: number, to: number): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] < from) low = mid + 1;
    else high = mid;
  }
  return low < starts.length && starts[low] < to;
}

export function withoutOrganisationLabelledContacts(text: string, found: Entity[]): Entity[] {
  const personStarts = found
    .filter((e) => e.type === 'PERSON')
    .map((e) => e.start)
    .sort((a, b) => a - b);
  const kept = found.filter(
    (e) =>
      !CONTACT_TYPES.has(e.type) ||
      (!LABEL.test(text.slice(Math.max(0, e.start - 48), e.start)) && !organisationLine(text, e, personStarts)),
  );
  return kept.length === found.length ? found : kept;
}
