/**
 * Numbers that a label before them calls an order, an invoice, a ticket, a shipment or a case: "Order
 * #4915112345678", "Rechnung Nr. 4111111111111111", "Tracking: …". Such numbers are issued by shops and
 * carriers and may pass the Luhn check by chance; a card is never written after such a label. Only the
 * label right before the number counts ("Order #12: card 4111…" is a card): the label, then at most a
 * number sign, an abbreviation of "number" and separators, and nothing else up to the number.
 */
const REFERENCE_BEFORE =
  /(?<![A-Za-zÄÖÜäöüß])(?:order|orders|bestellung|bestell(?:nummer|nr)|auftrag|auftrags(?:nummer|nr)|invoice|rechnung|rechnungs(?:nummer|nr)|ticket|tracking|sendung|sendungs(?:nummer|nr)|paket|shipment|parcel|delivery|lieferung|liefer(?:schein)?(?:nummer|nr)?|case|vorgang|vorgangs(?:nummer|nr)|aktenzeichen|reference|referenz|ref|booking|buchung|buchungs(?:nummer|nr)|reservation|reservierung)(?:[ \t]*(?:#|no\.?|nr\.?|number|nummer|id|code))?[ \t]*[:#.=-]?[ \t]*#?[ \t]*$/i;

/** Whether the number at `index` is labelled as an order's, invoice's, ticket's, shipment's or case's. */
export function referenceLabelBefore(text: string, index: number): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, index - 40), index));
}
