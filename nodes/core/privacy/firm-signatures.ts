import type { Entity } from './entities.js';
import { CONTINENTAL_FORMS, legalForms } from './legal-forms.js';
import { HOME_CUE } from './postal-shapes.js';

/**
 * Firm addresses in e-mail signatures: "--\nName\nSekretariat | Kanzlei am Lindenplatz\nTel. 040 …\nLindenplatz 3,
 * 20099 Hamburg". An address that is the whole last line of a signature block, right under a contact
 * line (a phone or an e-mail), is the office's when the block itself names a firm or a role in one (a
 * legal form, a practice or office word, a job title), or when the same address closes the signatures
 * of different senders at one mail domain that is no free-mail provider's (colleagues), or when the contact line
 * gives a phone extension (a switchboard's). A home stays: any home cue in
 * the block ("privat", "wohnhaft", "c/o") keeps it, and a private sender's block (name, phone, home)
 * names no firm or role. Quote prefixes ("> > ") are read past, so quoted signatures keep their shape.
 * Each look-back is bounded: at most BLOCK_LINES lines of at most LINE_REACH characters.
 */

const BLOCK_LINES = 4;
const LINE_REACH = 200;
/** A quote prefix: "> ", "> > ", ">>" (with blanks between). */
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)*/;
/** A contact line: a phone label with digits after it, or an e-mail address. */
const CONTACT_LINE =
  /(?:(?<![\p{L}])(?:Tel|Tel\.|Telefon|Fon|Phone|Mobil|Mobile|Mob|T|Direct[ \t]+line|Durchwahl)[.:]?[ \t]*[+(0-9])|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/iu;
/**
 * A firm named in the block: a legal form after a capitalised name ("Kanzlei Brandt & Ohm PartG mbB",
 * "Pemberton Lowe LLP"), or a practice or office word before one ("Kanzlei am Lindenplatz", "Praxis
 * Dr. Okafor", "Zahnarztpraxis Weber"). Case-sensitive and nothing else on purpose: role words (Team,
 * Partner, Head, Manager, Büro), surnames that are such words ("Anna Leiter") and "5 kg" in a sentence
 * are no firm, and a sole trader's trade line ("Übersetzungen Englisch-Deutsch", "Inhaberin") names the
 * person, whose home is often the business address; nor e.K. or e.V., which a person's home often is.
 */
/** The legal forms a signature's firm line ends in: German and English, with the partnerships (PartG mbB). */
const FIRM_FORMS = legalForms([...CONTINENTAL_FORMS, 'mbH', 'KGaA', 'e.V.', 'SE', 'Corp'], ['mbB', 'PartG']);
const FIRM = new RegExp(
  String.raw`\p{Lu}[\p{L}&.'’-]*[ \t]+(?:[\p{Lu}&][\p{L}&.'’-]*[ \t]+){0,4}(?:${FIRM_FORMS})(?![\p{L}])|(?<![\p{L}])(?:Kanzlei|Praxis|\p{Lu}\p{Ll}*praxis|Steuerberatung|Personalberatung|Hausverwaltung|Kita)[ \t]+(?:am|an der|im|in der|Dr\.|\p{Lu})`,
  'u',
);

/**
 * A phone extension on the contact line ("+44 117 4960733 ext. 16", "Durchwahl 19", "Dw. 42"): a
 * switchboard's, so an office's — no home phone has one. A number alone after a hyphen ("0117-496
 * 0288-42") is not read: German numbers are written so without an extension too.
 */
const EXTENSION = /(?<![\p{L}])(?:ext\.?|extension|Durchwahl|Dw\.)[ \t]*\d{1,5}(?![\d])/iu;

/** After an address on its own line: punctuation, or a postcode and town. */
const LINE_REST = /^(?:[ \t]*[,·|]?[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+\p{L}[\p{L} .-]{0,40})?[ \t.,;]*\r?$/u;

interface Line {
  start: number;
  end: number;
  /** The line without its quote prefix. */
  body: string;
}

/** The line ending right before `before` (a line break at before-1), its start at most LINE_REACH back. */
function lineBefore(text: string, before: number): Line | undefined {
  if (before <= 0) return undefined;
  const end = before - 1;
  if (text.charCodeAt(end) !== 10) return undefined;
  let start = end;
  const floor = Math.max(0, end - LINE_REACH);
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
  const raw = text.slice(start, end).replace(/\r$/, '');
  return { start, end, body: raw.replace(QUOTE_PREFIX, '') };
}

/** The line around an address, if the address is its whole content (after a quote prefix). */
function ownLine(text: string, entity: Entity): Line | undefined {
  let start = entity.start;
  const floor = Math.max(0, start - LINE_REACH);
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return undefined;
  if (!/^[ \t]*(?:>[ \t]?)*[ \t]*$/.test(text.slice(start, entity.start))) return undefined;
  let end = entity.end;
  const ceiling = Math.min(text.length, end + LINE_REACH);
  while (end < ceiling && text.charCodeAt(end) !== 10) end++;
  // The rest of the line: nothing, or the postcode and town an address reading left outside ("lindenplatz 3, 20099 hamburg").
  if (!LINE_REST.test(text.slice(entity.end, end))) return undefined;
  return { start, end, body: text.slice(entity.start, entity.end) };
}

/** An e-mail's local part ("mailto:" or a display name around it changes nothing). */
const EMAIL_LOCAL = /([\w.+-]+)@[\w-]+(?:\.[\w-]+)+/;
/** An e-mail's domain. */
const EMAIL_DOMAIN = /@([\w-]+(?:\.[\w-]+)+)/;
/** Mail providers anyone uses privately: a domain of theirs says nothing about a firm. */
export const FREE_MAIL = new Set(
  'gmail googlemail gmx web t-online yahoo ymail outlook hotmail live msn icloud me mac posteo mailbox aol freenet arcor vodafone btinternet sky virginmedia talktalk protonmail proton pm yandex mail email online hushmail zoho fastmail tutanota tuta'.split(
    ' ',
  ),
);
/** The e-mail domain on a contact line when it is no free-mail provider's (a firm's or a person's own), else undefined. */
function ownDomain(line: string): string | undefined {
  const domain = EMAIL_DOMAIN.exec(line)?.[1].toLowerCase();
  if (!domain) return undefined;
  return domain.split('.').some((label) => FREE_MAIL.has(label)) ? undefined : domain.replace(/^mail\./, '');
}

interface SignatureAddress {
  entity: Entity;
  contact: string;
  /** The contact line's e-mail domain, not a free-mail provider's. */
  domain: string | undefined;
  firm: boolean;
  home: boolean;
}

/** The signature around an address closing a block under a contact line, or undefined. */
function signatureOf(text: string, entity: Entity): SignatureAddress | undefined {
  const own = ownLine(text, entity);
  if (!own) return undefined;
  const contact = lineBefore(text, own.start);
  if (!contact || !CONTACT_LINE.test(contact.body)) return undefined;
  let firm = EXTENSION.test(contact.body);
  let home = HOME_CUE.test(contact.body) || /c\/o/i.test(contact.body);
  let line: Line | undefined = contact;
  for (let n = 0; n < BLOCK_LINES && line; n++) {
    if (/^[ \t]*$/.test(line.body) || /^--[ \t]*$/.test(line.body)) break;
    if (FIRM.test(line.body)) firm = true;
    if (HOME_CUE.test(line.body) || /c\/o/i.test(line.body)) home = true;
    line = lineBefore(text, line.start);
  }
  const mail = EMAIL_LOCAL.exec(contact.body)?.[1].toLowerCase() ?? contact.body.trim().toLowerCase();
  return { entity, contact: mail, domain: ownDomain(contact.body), firm, home };
}

const normalised = (text: string, entity: Entity) =>
  text
    .slice(entity.start, entity.end)
    .toLowerCase()
    .replace(/[\s,·|]+/g, ' ')
    .trim();

/** The addresses minus those that are a firm's in an e-mail signature (see above). */
export function withoutFirmSignatures(text: string, addresses: Entity[]): Entity[] {
  if (addresses.length === 0) return addresses;
  const signatures = new Map<Entity, SignatureAddress>();
  /** Per address text and e-mail domain: the distinct senders (e-mail local parts) above it in signatures. */
  const contacts = new Map<string, Set<string>>();
  /** The address-and-domain keys of which some block names a firm. */
  const firmKeys = new Set<string>();
  for (const entity of addresses) {
    if (entity.type !== 'POSTAL_ADDRESS') continue;
    const signature = signatureOf(text, entity);
    if (!signature) continue;
    signatures.set(entity, signature);
    if (!signature.domain) continue;
    const key = `${normalised(text, entity)}\n${signature.domain}`;
    let seen = contacts.get(key);
    if (!seen) contacts.set(key, (seen = new Set()));
    if (seen.size < 4) seen.add(signature.contact);
    if (signature.firm) firmKeys.add(key);
  }
  if (signatures.size === 0) return addresses;
  return addresses.filter((entity) => {
    const signature = signatures.get(entity);
    if (!signature || signature.home) return true;
    if (signature.firm) return false;
    // Colleagues: the same address under different senders at one mail domain that is no free-mail
    // provider's, and a firm named in one of those blocks (signatures drift from message to message). Without
    // a firm named it may be a family's own domain and their home: kept.
    if (!signature.domain) return true;
    const key = `${normalised(text, entity)}\n${signature.domain}`;
    return !firmKeys.has(key) || (contacts.get(key)?.size ?? 0) < 2;
  });
}
