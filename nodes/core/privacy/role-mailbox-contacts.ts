import type { Entity } from './entities.js';
import { firstFrom } from './sorted-spans.js';
import { LineIndex } from './line-index.js';
import { OWNER_CUE, personalPhone } from './organisation-contacts.js';
import { folded, functionWordMailbox, personalDomain } from './role-mailboxes.js';
import { withoutDeniedOwnCues } from './config-organisation.js';
import { isGivenName, isKnownName } from './name-list.js';
import { institutionPlaceWords } from './institution-places.js';

/**
 * An organisation's role mailbox ("kundenservice@…", "hardship@…") and the phone number or account written beside
 * it on its contact line ("Kontakt: disputes@zahlwerk-payments.de, +49 69 2475 3300", "Queries: hardship@… / 1300
 * 729 552") are the organisation's, not a person's (GDPR Art. 4(1); the labelled sets 19–29 leave them unlabelled).
 *
 * Privacy first, a mailbox stays when anything says it could be a person's: a piece of its local part that is no
 * function word (role-mailboxes.ts), a free-mail or name domain, a word of a name found in the text in its domain
 * (a one-person business), an obfuscated form ("x at y dot com": its writer hides it), or a word on its line calling it someone's own ("my", "meine", "privat", "Inhaberin"). A phone or account goes
 * with it only when nothing but separators and contact labels stand between them, no PERSON is on the line or the
 * line above it, and
 * the phone is no mobile (a firm's switchboard is a landline).
 */

/** How far either side of a value its line is read for cues (bounded: a flattened page is one long line). */
const LINE_REACH = 160;
/**
 * Between a role mailbox and a value of the same contact: separators, contact labels and a BIC in brackets
 * ("LI21 … (RHRMLI22). Kontakt: compliance@…"). Alternation of fixed words and one character class: linear.
 */
const CONTACT_GAP =
  /^(?:[\s·•.,;:|/–—-]|\((?:[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\)|Tel\.?|Telefon|Phone|Fon|Kontakt|Contact|Queries|Rückfragen|Fragen|Questions|oder|or)*$/iu;
/**
 * Between a role mailbox and an account: a payment label ("…@jva-tonna.example, Überweisungen an DE54 …", "… or
 * visits@…, payments to GB33 …"): the institution's account in its boilerplate. Read only in a text naming no person
 * (round 46): in a letter naming someone, "payments to" may give a family member's account. Linear.
 */
const PAYMENT_GAP =
  /^[\s·•.,;:|/–—-]*(?:(?:and|und|or|oder)[ \t]+)?(?:payments?|bank[ \t]+transfers?|transfers?|deposits?|Überweisungen|Überweisung|Zahlungen|Einzahlungen|Spenden|donations)[ \t]+(?:to|an|auf|into)(?:[ \t]+(?:the[ \t]+)?(?:account|Konto|IBAN))?[\s:]*$/iu;
/**
 * Words by which a line calls a value someone's own: a word of its own ("privat", "Handy", "Durchwahl", "home"),
 * the writer as its holder ("schreiben Sie mir", "contact me"), or a possessive before a contact word ("my mailbox",
 * "meine private Adresse"); "meinen Stromvertrag" is none. Narrower than organisation-contacts.ts PERSONAL_CUE, whose
 * "mobil…" would read a firm's name ("Noord Mobiliteit", "Mobilfunk AG") as a cue. Bounded repetitions: linear.
 */
const OWN_CUE =
  /(?:^|[^\p{L}])(?:privat\p{L}{0,2}|privately|persönlich|personal(?![ \t]+data)|personally|home|zuhause|handy|mobil|mobile|cell|direkt|direct|durchwahl|mich|mir|me|(?:my|mein\p{L}{0,2})(?:[ \t]+\p{L}{1,20}){0,2}?[ \t]+(?:e-?mail\p{L}*|mail\p{L}*|mailbox|inbox|address\p{L}*|adresse\p{L}*|postfach|nummer|number|phone|telefon\p{L}*|kontakt\p{L}*|contact|konto|account|bankverbindung|iban))(?![\p{L}])/iu;
/** An e-mail address as a line holds it (bounded parts: linear). */
const ADDRESS_ON_LINE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;
/** How many lines above a contact line a person's name makes it their signature (name, title, blank line). */
const SIGNATURE_LINES = 3;
/** The longest line (a title, a department) that may stand between a signature's name and its contact line. */
const SIGNATURE_LINE_LENGTH = 40;
/** At most this many characters between a role mailbox and a value of its contact line. */
const GAP_REACH = 80;
/** A word swept up before a spaced bullet ("Zürich · jobs@…": the bullet read as an obfuscated dot). */
const SWEPT_WORD = /^([\p{L}\p{N}]+)[ \t]+[.·•][ \t]+(\S+)$/u;

/**
 * A label right before a mailbox naming it a desk's or a team's ("team mailbox cid.ops@…", a payload's
 * `"desk_mailbox": "…"`, "Funktionspostfach: …"): bounded slice, fixed words, linear.
 */
const DESK_LABEL =
  /(?:desk|team|shared|functional|group|unit)[ _-]?(?:mail[ _-]?box|inbox|e-?mail|address)["'\\\s:=]{0,12}$|(?:funktions|team|sammel|gruppen)postfach[\s:]{0,4}$/i;
/**
 * Whether a mailbox is a desk's by the label before it: its local part holds no digit and no word of a name found
 * in the text, and no free-mail or name domain holds it (privacy first: "team mailbox anna.berg7@gmail.com" stays).
 */
function deskLabelled(
  text: string,
  start: number,
  address: string,
  nameWords: ReadonlySet<string>,
  localNameWords: ReadonlySet<string>,
): boolean {
  if (!DESK_LABEL.test(text.slice(Math.max(0, start - 40), start))) return false;
  const at = address.indexOf('@');
  if (at <= 0 || personalDomain(address.slice(at + 1), nameWords)) return false;
  const pieces = address
    .slice(0, at)
    .toLowerCase()
    .split(/[._+-]/);
  // A given name in the local part ("team mailbox: anna.berg@…") makes it a person's mailbox whatever the label says.
  return pieces.every(
    (piece) =>
      /^\p{Ll}{2,30}$/u.test(piece) &&
      !localNameWords.has(piece) &&
      !isGivenName(piece[0].toUpperCase() + piece.slice(1)),
  );
}

export function withoutRoleMailboxContacts(text: string, found: Entity[]): Entity[] {
  if (!text.includes('@') || !found.some((e) => e.type === 'EMAIL_ADDRESS')) return found;
  const lines = new LineIndex(text);
  const personLines = new Set<number>();
  const nameWords = new Set<string>();
  const nameOpens = new Set<number>();
  // The words of names not written in capitals: a mailbox's local part that is one of them is that person's
  // ("Tobias Zoll, zoll@…"); a word in capitals is the mailbox's own role or acronym ("PALS <pals@…>", "PALS Officer").
  const localNameWords = new Set<string>();
  for (const e of found)
    if (e.type === 'PERSON') {
      const first = lines.lineOf(e.start);
      // A name opening its line signs a contact below it; a speaker's turn ("Sevil: So your new number is …") does not.
      if (text.slice(lines.lineStart(first), e.start).trim() === '' && !/^[ \t]*:/.test(text.slice(e.end, e.end + 4)))
        nameOpens.add(first);
      for (let l = lines.lineOf(e.start), last = lines.lineOf(e.end); l <= last; l++) personLines.add(l);
      const words = text.slice(e.start, e.end).split(/[^\p{L}]+/u);
      // The initials of a name of three or more words are that person's mailbox too ("Lena Emmerich Roth <ler@…>"),
      // even where they spell a desk's abbreviation; two letters would take too many units' ("hr@", "it@") away.
      const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toLowerCase());
      if (initials.length >= 3 && initials.length <= 4) localNameWords.add(folded(initials.join('')));
      for (const written of words)
        if (written.length >= 4) {
          const w = written.toLowerCase();
          // As written and as a domain spells it ("Rübsamen": "ruebsamen-moebel.de").
          nameWords.add(w);
          nameWords.add(folded(w));
          if (/\p{Ll}/u.test(written)) localNameWords.add(folded(w));
        }
    }
  // The places of the text's prisons ("HMP Wandsworth"): a mailbox piece spelling one beside a function word is the
  // prison's desk ("socialvisits.wandsworth@"), unless the place is also a word of a name found in the text.
  const unitWords = new Set([...institutionPlaceWords(text)].filter((w) => !localNameWords.has(w)));
  // The line around a span, bounded, with the span itself blanked (a mailbox "personal@" is no cue of its own).
  const around = (e: Entity) => {
    const line = lines.lineOf(e.start);
    const from = Math.max(lines.lineStart(line), e.start - LINE_REACH);
    const to = Math.min(lines.lineEnd(line), e.end + LINE_REACH);
    // Other addresses on the line are no cue either: "proton.me" is no "me", "home@…" no "home" (a load file's row
    // lists a message's parties on one line).
    return (text.slice(from, e.start) + ' ' + text.slice(e.end, to)).replace(ADDRESS_ON_LINE, ' ');
  };
  const roles: Entity[] = [];
  for (const e of found) {
    if (e.type !== 'EMAIL_ADDRESS' || lines.lineOf(e.start) !== lines.lineOf(e.end)) continue;
    const raw = text.slice(e.start, e.end);
    let address = raw;
    if (/\s/.test(raw)) {
      const swept = SWEPT_WORD.exec(raw);
      // "anna · info@…" could be "anna.info@…": a name before the bullet keeps it.
      if (!swept || nameWords.has(swept[1].toLowerCase()) || !/^[\p{Lu}\p{N}]/u.test(swept[1]) || isKnownName(swept[1]))
        continue;
      address = swept[2];
    }
    // A PERSON on the mailbox's line is no reason to keep it ("Es tut uns leid, Frau Berg. Bitte melden Sie sich unter
    // service@…": she is the addressee); a word of her name in its domain is (personalDomain).
    const desk = deskLabelled(text, e.start, address, nameWords, localNameWords);
    if (!desk && !functionWordMailbox(address, nameWords, localNameWords, unitWords)) continue;
    // "(kein privater Kontakt)": a denied cue calls the mailbox no one's own (config-organisation.ts).
    const line = withoutDeniedOwnCues(around(e));
    // A desk's label right before the mailbox says whose it is: the team's, whatever else the line says.
    if (!desk && (OWN_CUE.test(line) || OWNER_CUE.test(line))) continue;
    roles.push(e);
  }
  if (roles.length === 0) return found;
  const dropped = new Set<Entity>(roles);
  // The role mailboxes by start, so each value looks only at those within reach of it (linear on dense lines).
  const sorted = [...roles].sort((a, b) => a.start - b.start);
  // Whether the text names any person: then a payment label beside a mailbox no longer says whose the account is.
  const namesPerson = found.some((e) => e.type === 'PERSON');
  const besideRole = (e: Entity, line: number) => {
    for (
      let i = firstFrom(sorted, e.start - GAP_REACH - 320);
      i < sorted.length && sorted[i].start <= e.end + GAP_REACH;
      i++
    ) {
      const r = sorted[i];
      if (lines.lineOf(r.start) !== line) continue;
      const gap = r.start >= e.end ? text.slice(e.end, r.start) : r.end <= e.start ? text.slice(r.end, e.start) : '';
      if (gap.length <= GAP_REACH && CONTACT_GAP.test(gap)) return true;
      if (
        e.type === 'IBAN_CODE' &&
        r.end <= e.start &&
        !namesPerson &&
        gap.length <= GAP_REACH &&
        PAYMENT_GAP.test(gap)
      )
        return true;
    }
    return false;
  };
  // A signature: the name opens its line, only short lines (a title, a blank line) stand between it and the contact
  // line ("Anna Berg\nVertrieb\n\nvertrieb@… · 030 …"; not "Dear Mr Phua,\n<a paragraph>\nCompliance team, …").
  const signatureAbove = (line: number) => {
    for (let l = line - 2; l >= line - SIGNATURE_LINES && l >= 0; l--) {
      if (lines.lineEnd(l + 1) - lines.lineStart(l + 1) > SIGNATURE_LINE_LENGTH) return false;
      if (nameOpens.has(l)) return true;
    }
    return false;
  };
  const personAbove = (line: number) => personLines.has(line) || personLines.has(line - 1) || signatureAbove(line);
  for (const e of found) {
    if (e.type !== 'PHONE_NUMBER' && e.type !== 'IBAN_CODE') continue;
    const line = lines.lineOf(e.start);
    // A person on the line, or on one of the lines above (a contact card: "Anna Berg, Head of Press\n+44 … · press@…";
    // a signature: "Anna Berg\nVertrieb\n\nvertrieb@… · 030 …", her title and a blank line between), may own the number.
    if (personAbove(line) || lines.lineOf(e.end) !== line) continue;
    if (e.type === 'PHONE_NUMBER') {
      // The line's postcode tells the country (bounded: a mobile read where none is seen keeps the number).
      const lineText = text.slice(
        Math.max(lines.lineStart(line), e.start - LINE_REACH),
        Math.min(lines.lineEnd(line), e.end + LINE_REACH),
      );
      if (
        personalPhone(text.slice(e.start, e.end), lineText, text) ||
        OWN_CUE.test(around(e)) ||
        OWNER_CUE.test(around(e))
      )
        continue;
    }
    if (besideRole(e, line)) dropped.add(e);
  }
  return found.filter((e) => !dropped.has(e));
}
