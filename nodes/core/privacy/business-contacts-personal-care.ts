import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';
import { personalPhone } from './organisation-contacts.js';
import { namelessUnitMailbox, ownerTradeLabel } from './role-mailboxes.js';
import { isDictionaryWord, isGivenName, isKnownName, isListedSurname } from './name-list.js';

/**
 * A personal-care or fitness business's own contacts (test set 44: salons, barbers, studios, spas, gyms, clinics):
 * its phone, mailbox, address or collecting account given as the business's, not a person's (GDPR Art. 4(1)):
 * - after a label naming the business as the owner ("Club phone +64 …", "Studio-Hotline 0711 …", "Call the salon:
 *   …", "Salon anrufen: …", "Club's collecting account IE64 …", "Gläubiger-Konto des Studios CH56 …"), also as a
 *   link's name over its `tel:` URL;
 * - after the business's name and a separator in a signature or footer ("Ihr Team vom Salon Haarwerk · 0711 …",
 *   "Gloss & Grain Barbers · 0117 …", "Club: Ironbark Fitness Newtown · (02) …", "Kind regards, Trichology
 *   Clinic, 44 Park Row, …");
 * - in a booking sentence ("Book in the app or call (02) …") or right after the business's nameless mailbox ("reply
 *   to stay@byronyoga.example or call 02 …"), and a "Tel."/"Call" row under the business's mailto.
 * A mailbox of the trade's domain without a name in it ("stay@byronyoga.example") is the business's where its
 * sentence gives it for questions or replies.
 *
 * Privacy first (FAIL CLOSED): a value stays where a word of someone's own is before or after it ("call me on",
 * "mein Handy", "privat", "direct"), where a person's name is found on its line before it (a stylist's own
 * signature line, a one-person business under its owner's name: "Salon Petra Huber · …"), and — unless a label
 * names the business outright — where it is a mobile (personalPhone) or a mailbox with a name.
 */

/** The trade's business words, standalone or ending a compound ("Sonnenstudio", "Nagelstudio", "Fitnessclub"). */
const BUSINESS = String.raw`(?:(?:\p{Lu}\p{Ll}+)?(?:[Ss]alon|[Ss]tudio|[Cc]lub)|Spa|Barbers|Barbershop|Barber[ \t]+Shop|Fitness|Gym|Clinic|Klinik|Yoga|Tattoo|Piercing|Nails|Beauty|Kosmetik|Friseur)`;
/** The cheap tests that a text names a business of the trade at all (compiled once, not per scan). */
const BUSINESS_ANY = new RegExp(BUSINESS, 'u');
const TRADE_ANY = /(?:salon|studio|club|spa|gym|clinic|yoga|barber|fitness|tattoo|nails|beauty|friseur)/iu;
/** A label naming the business as the value's owner, right before the value (or a link's name over its `tel:`). */
const OWNER_LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:Club|Studio|Salon|Spa|Gym|Clinic|Barbers?|Shop)(?:['’]s)?[ \t]+(?:phone|number|line|tel\.?|telephone|landline|collecting[ \t]+account|account)` +
    String.raw`|(?:Studio|Salon|Club|Spa)-?(?:[Hh]otline|[Tt]elefon|[Nn]ummer|[Kk]onto)` +
    String.raw`|[Cc]all[ \t]+(?:the|our)[ \t]+(?:salon|studio|club|spa|gym|clinic|shop|front[ \t]+desk|reception)` +
    String.raw`|(?:Salon|Studio|Club|Spa|Empfang|Rezeption)[ \t]+anrufen` +
    // "Gläubiger-Konto des Studios": the creditor's label is read for every trade in organisation-accounts.ts.
    String.raw`|[Kk]onto[ \t]+(?:des|unseres)[ \t]+(?:Studios|Salons|Clubs|Spas|Vereins))` +
    String.raw`["”]?[ \t]*:?[ \t]*(?:\n[ \t]*-[ \t]*/url:[ \t]*tel:)?[ \t]*$`,
  'u',
);
/** The business's name and a separator right before the value ("Salon Haarwerk · ", "Trichology Clinic, "). */
const NAME_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])` + BUSINESS + String.raw`(?:[ \t]+[\p{Lu}0-9][\p{L}0-9'’-]*){0,3}[ \t]*[·•|,–—.][ \t]*$`,
  'u',
);
/** A booking sentence or a question's contact line before the value ("Book in the app or call", "Questions? … call"). */
const BOOKING_BEFORE =
  /(?:^|[^\p{L}])(?:[Bb]ook(?:ings?)?|[Bb]uchen|[Bb]uchung|[Tt]ermine?|[Qq]uestions\?|[Ff]ragen\?)[^\n]{0,40}(?:call|anrufen|ring|unter|Tel\.?)[ \t]*:?[ \t]*$/u;
/** A phone row's own label alone (under the business's mailto: "Tel. …", "Call …", "Phone: …"). */
const PHONE_ROW = /^[ \t]*(?:-[ \t]*text:[ \t]*)?(?:Tel\.?|Telefon|Phone|Call|Anrufen)[ \t]*:?[ \t]*$/u;
/** A role mailbox's local part a business answers on. */
const ROLE_LOCAL =
  /^(?:studio|hello|hallo|info|members|member|mitglieder|stay|bookings?|booking|termine?|salon|team|kontakt|contact|reception|empfang|frontdesk|desk|office|club|spa|gym|mail|post|service|kasse|anfragen|enquiries)$/u;
/** The trade's word in a mailbox's domain ("byronyoga.example", "haarwerk-west.example"). */
const TRADE_DOMAIN =
  /(?:yoga|salon|studio|spa|barber|fitness|gym|tattoo|ink|nails|beauty|hair|haar|pilates|dance|tanz|club)/u;
/** A word of someone's own before or after the value. Bounded: linear. */
const OWN_CUE =
  /(?:^|[^\p{L}])(?:my|me|mich|mir|mein\p{L}{0,2}|privat\p{L}*|private|personal|persönlich\p{L}*|home|zuhause|direct|direkt|durchwahl|mobil\p{L}*|mobile|handy|cell|own|eigene?\p{L}?)(?![\p{L}])/iu;
const REACH = 80;
/** A German 07xx area code written as its own group ("0711 6158 220", "0761 / 20 40"). */
const GERMAN_07_LANDLINE = /^(?:\+49[ \t]?(?:\(0\)[ \t]?)?7\d\d|07\d\d)[ \t/-]+\d/u;
/** A mailbox in a line's text (the business's mailto above a phone row). */
const MAILBOX = /[\p{L}0-9._%+-]{1,64}@[\p{L}0-9.-]{1,100}\.\p{L}{2,20}/u;
/** The business's mailbox right before the value in one sentence ("stay@byronyoga.example or call "). */
const MAILBOX_THEN_CALL =
  /([\p{L}0-9._%+-]{1,64}@[\p{L}0-9.-]{1,100}\.\p{L}{2,20})[ \t]*(?:or|oder|,|·)?[ \t]*(?:call|anrufen|Tel\.?|phone)?[ \t]*:?[ \t]*$/u;

/**
 * Whether the business's name before the value is its owner's ("Studio Okafor · ", "Friseur Huber, "): a name
 * word (a listed surname or a known name that is no dictionary word) after the business's word. A one-person
 * business's number is its owner's, a natural person's (review 47).
 */
function ownerNamed(before: string): boolean {
  const m = NAME_BEFORE_WORDS.exec(before);
  if (!m) return false;
  return m[1]
    .split(/[ \t]+/)
    .filter(Boolean)
    .some((w) => (isListedSurname(w) || isKnownName(w) || isGivenName(w)) && !isDictionaryWord(w));
}
const NAME_BEFORE_WORDS = new RegExp(
  BUSINESS + String.raw`((?:[ \t]+[\p{Lu}0-9][\p{L}0-9'’-]*){0,3})[ \t]*[·•|,–—.][ \t]*$`,
  'u',
);

export function withoutPersonalCareBusinessContacts(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type !== 'PERSON')) return found;
  if (!BUSINESS_ANY.test(text) && !TRADE_ANY.test(text)) return found;
  const lines = new LineIndex(text);
  const persons = found.filter((e) => e.type === 'PERSON');
  const none = new Set<string>();
  const businessMailbox = (value: string) => {
    const at = value.indexOf('@');
    if (at < 1) return false;
    const role = ROLE_LOCAL.test(value.slice(0, at).toLowerCase());
    const trade = TRADE_DOMAIN.test(value.slice(at + 1).toLowerCase());
    // A one-person business on its owner's name ("hello@janaokaforyoga.com"): a person's (review 47).
    if (
      ownerTradeLabel(
        value
          .slice(at + 1)
          .toLowerCase()
          .split('.')[0] ?? '',
      )
    )
      return false;
    // A role's local part at the trade's domain ("stay@byronyoga.example": the domain may hold a place's name).
    if (role && trade) return true;
    return namelessUnitMailbox(value, none) && (role || trade);
  };
  const drop = new Set<Entity>();
  for (const e of found) {
    if (!['PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN_CODE', 'POSTAL_ADDRESS'].includes(e.type)) continue;
    const line = lines.lineOf(e.start);
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const value = text.slice(e.start, e.end);
    // The label may sit on the line above (a link's name over its URL): read from the line above for OWNER_LABEL.
    const prevStart = line > 0 ? lines.lineStart(line - 1) : lineStart;
    const wide = text.slice(Math.max(prevStart, e.start - REACH), e.start);
    const before = text.slice(Math.max(lineStart, e.start - REACH), e.start);
    const after = text.slice(e.end, Math.min(lineEnd, e.end + 30));
    if (OWN_CUE.test(before.slice(-40)) || OWN_CUE.test(after)) continue;
    // A person named on the value's line before it: a stylist's own row, a business under its owner's name.
    if (persons.some((p) => p.start >= lineStart && p.end <= e.start)) continue;
    // Stuttgart's "0711 6158 220" reads like a neighbour's mobile; a four-digit 07xx group is no mobile's there
    // (Austria's are 065x–069x, Switzerland's 07x has three digits, Britain's 07xxx five). A mobile stays even under
    // a label naming the business: a one-person salon's or a stylist's own mobile is a person's (review 47).
    if (
      e.type === 'PHONE_NUMBER' &&
      !GERMAN_07_LANDLINE.test(value) &&
      personalPhone(value, text.slice(lineStart, lineEnd), text)
    )
      continue;
    if (OWNER_LABEL.test(wide)) {
      drop.add(e);
      continue;
    }
    if (e.type === 'IBAN_CODE') continue;
    if (e.type === 'EMAIL_ADDRESS') {
      if (
        businessMailbox(value) &&
        ((NAME_BEFORE.test(before) && !ownerNamed(before)) ||
          /(?:reply|write|email|e-mail|schreib|mail)[^\n]{0,20}$/iu.test(before))
      )
        drop.add(e);
      continue;
    }
    if (NAME_BEFORE.test(before) && !ownerNamed(before)) {
      drop.add(e);
      continue;
    }
    if (e.type !== 'PHONE_NUMBER') continue;
    if (BOOKING_BEFORE.test(before)) {
      drop.add(e);
      continue;
    }
    // Right after the business's mailbox in one sentence ("reply to stay@… or call 02 …").
    const mailBefore = MAILBOX_THEN_CALL.exec(before);
    if (mailBefore && businessMailbox(mailBefore[1])) {
      drop.add(e);
      continue;
    }
    // A "Tel."/"Call" row under the business's mailto on the line above (a contact block), no person near.
    if (line > 0 && PHONE_ROW.test(text.slice(lineStart, e.start))) {
      const above = lines.lineStart(line - 1);
      const mail = MAILBOX.exec(text.slice(above, lineStart));
      if (mail && businessMailbox(mail[0]) && !persons.some((p) => p.start >= above && p.end <= lineEnd)) drop.add(e);
    }
  }
  return drop.size === 0 ? found : found.filter((e) => !drop.has(e));
}
