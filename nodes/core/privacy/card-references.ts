/**
 * Numbers that a label before them calls an order, an invoice, a ticket, a shipment or a case: "Order
 * #4915112345678", "Rechnung Nr. 4111111111111111", "Tracking: …". Such numbers are issued by shops and
 * carriers and may pass the Luhn check by chance; a card is never written after such a label. Only the
 * label right before the number counts ("Order #12: card 4111…" is a card): the label, then at most a
 * number sign, an abbreviation of "number" and separators, and nothing else up to the number. A label
 * does not outweigh what the text says about the number itself: a card word earlier on the line ("Card used
 * for order: …", "Kreditkarte für Buchung: …") or an expiry or security code after it ("Buchung 4111… gültig
 * bis 12/27", "ref … CVV 123") make it a card whatever label stands right before it.
 */
const REFERENCE_BEFORE =
  /(?<![A-Za-zÄÖÜäöüß])(?:order|orders|bestellung|bestell(?:nummer|nr)|auftrag|auftrags(?:nummer|nr)|invoice|rechnung|rechnungs(?:nummer|nr)|ticket|tracking|sendung|sendungs(?:nummer|nr)|paket|shipment|parcel|delivery|lieferung|liefer(?:schein)?(?:nummer|nr)?|case|vorgang|vorgangs(?:nummer|nr)|aktenzeichen|reference|referenz|ref|booking|buchung|buchungs(?:nummer|nr)|reservation|reservierung)(?:[ \t]*(?:#|no\.?|nr\.?|number|nummer|id|code))?[ \t]*[:#.=-]?[ \t]*#?[ \t]*$/i;

/** A card word on the line before the number (the label may stand between). */
const CARD_WORD_BEFORE =
  /\b(?:card|karte|kreditkarte|debitkarte|visa|master ?card|amex|american express|maestro|girocard|diners)\b[^\n]*$/i;
/** An expiry or a security code shortly after the number. */
const CARD_DETAIL_AFTER =
  /^[^\n]{0,24}?\b(?:exp(?:iry|ires|\.)?|valid (?:thru|through|until|to)|gültig bis|gueltig bis|ablauf(?:datum)?|cvv2?|cvc2?|cv2|cid|prüfnummer|sicherheitscode|security code)\b/i;

/**
 * Whether the number from `index` to `end` is labelled as an order's, invoice's, ticket's, shipment's or
 * case's, and nothing around it says it is a card.
 */
export function referenceLabelBefore(text: string, index: number, end: number): boolean {
  if (!REFERENCE_BEFORE.test(text.slice(Math.max(0, index - 40), index))) return false;
  return (
    !CARD_WORD_BEFORE.test(text.slice(Math.max(0, index - 60), index)) &&
    !CARD_DETAIL_AFTER.test(text.slice(end, end + 48))
  );
}
