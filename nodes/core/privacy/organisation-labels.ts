import type { Entity } from './entities.js';

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

export function withoutOrganisationLabelledContacts(text: string, found: Entity[]): Entity[] {
  const kept = found.filter(
    (e) => !CONTACT_TYPES.has(e.type) || !LABEL.test(text.slice(Math.max(0, e.start - 48), e.start)),
  );
  return kept.length === found.length ? found : kept;
}
