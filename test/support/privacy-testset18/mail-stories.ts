import { firm, localCountry, staffMail, type Firm, type KindContext } from './common.js';
import { ADDR, BIRTH, IBAN, MAIL, PERSON, PHONE, plain, type Frag } from './fragments.js';
import { birthText, homeAddress, type Person } from './people.js';
import { grouped, iban } from './values.js';

/**
 * What an e-mail between a customer and a provider, publisher or print shop says, before it is
 * written as a MIME message or an HTML body: paragraphs of plain text with labelled values.
 * The people are drawn with plain ASCII names, because a quoted-printable or entity-encoded name
 * ("J=C3=BCrgen", "J&uuml;rgen") is no value the shared name validator accepts (see the notes).
 */
export interface MailStory {
  firm: Firm;
  customer: Person;
  /** Whether the customer writes (else the firm writes to the customer). */
  fromCustomer: boolean;
  subject: string;
  paragraphs: Frag[];
  staff?: Person;
}

export function mailStory(ctx: KindContext): MailStory {
  const { rng, people, lang } = ctx;
  const variant = rng.below(3);
  const f = firm(ctx, variant === 0 ? 'publisher' : variant === 1 ? 'telecom' : lang === 'de' ? 'print' : 'media');
  const customer = people.next({
    ascii: true,
    address: true,
    country: localCountry(ctx, ctx.lang === 'de' ? 1 : 0.75),
  });
  const staff = people.next({ ascii: true });
  const addr = customer.address!;
  const sign = plain`${PERSON(staff.name)}\n${f.name}\nTel. ${PHONE(staff.phone)} | ${MAIL(staffMail(staff, f))}`;
  if (lang === 'de') {
    if (variant === 0)
      return {
        firm: f,
        customer,
        fromCustomer: true,
        subject: `Kündigung Abonnement Nr. ${rng.digits(7)}`,
        paragraphs: [
          plain`Sehr geehrte Damen und Herren,`,
          plain`hiermit kündige ich mein Abonnement zum nächstmöglichen Termin. Bitte bestätigen Sie mir die Kündigung schriftlich an meine Adresse:\n${PERSON(customer.name)}\n${ADDR(addr)}`,
          plain`Die Abbuchungen von meinem Konto ${IBAN(grouped(iban(rng, customer.bank)))} stellen Sie bitte danach ein. Für Rückfragen bin ich unter ${PHONE(customer.phone)} erreichbar.`,
          plain`Mit freundlichen Grüßen\n${PERSON(customer.name)}`,
        ],
      };
    if (variant === 1)
      return {
        firm: f,
        customer,
        fromCustomer: true,
        subject: 'Umzug – Anschluss mitnehmen',
        paragraphs: [
          plain`Guten Tag,`,
          plain`ich ziehe zum 1. Juni um und möchte meinen Internetanschluss mitnehmen. Bisherige Anschrift: ${ADDR(homeAddress(rng, customer.country) ?? addr)}, neue Anschrift: ${ADDR(addr)}. Geburtsdatum zur Zuordnung: ${BIRTH(birthText(rng, customer.birth, 'de'))}.`,
          plain`Der Router kann gerne mit umziehen. Erreichbar bin ich tagsüber unter ${PHONE(customer.phone)}.`,
          plain`Viele Grüße\n${PERSON(customer.name)}`,
        ],
      };
    return {
      firm: f,
      customer,
      staff,
      fromCustomer: false,
      subject: `Auftragsbestätigung ${rng.digits(6)} – Visitenkarten`,
      paragraphs: [
        plain`Guten Tag ${PERSON(customer.name)},`,
        plain`vielen Dank für Ihren Auftrag: 500 Visitenkarten, 350 g Bilderdruck matt, beidseitig 4/4-farbig. Lieferung an: ${ADDR(addr)}. Wir melden uns vor dem Druck unter ${PHONE(customer.phone)}, falls am Druckbogen etwas unklar ist.`,
        plain`Das Korrekturexemplar (PDF) schicken wir an ${MAIL(customer.email)}.`,
        plain`Mit freundlichen Grüßen`,
        sign,
      ],
    };
  }
  if (variant === 0)
    return {
      firm: f,
      customer,
      fromCustomer: true,
      subject: `Cancel subscription ${rng.digits(7)}`,
      paragraphs: [
        plain`Dear Sir or Madam,`,
        plain`please cancel my magazine subscription at the end of the current term and confirm in writing to:\n${PERSON(customer.name)}\n${ADDR(addr)}`,
        plain`The direct debit from ${IBAN(grouped(iban(rng, customer.bank)))} should stop after that. You can reach me on ${PHONE(customer.phone)}.`,
        plain`Kind regards,\n${PERSON(customer.name)}`,
      ],
    };
  if (variant === 1)
    return {
      firm: f,
      customer,
      fromCustomer: true,
      subject: 'Moving house - keep my broadband',
      paragraphs: [
        plain`Hello,`,
        plain`I'm moving on 1 June and would like to take my broadband with me. Old address: ${ADDR(homeAddress(rng, customer.country) ?? addr)}, new address: ${ADDR(addr)}. Date of birth for security: ${BIRTH(birthText(rng, customer.birth, 'en'))}.`,
        plain`Happy to bring the router. Best number during the day is ${PHONE(customer.phone)}.`,
        plain`Thanks,\n${PERSON(customer.name)}`,
      ],
    };
  return {
    firm: f,
    customer,
    staff,
    fromCustomer: false,
    subject: 'Your guest slot on our podcast is confirmed',
    paragraphs: [
      plain`Hi ${PERSON(customer.given)},`,
      plain`thanks for agreeing to join us! Recording is on Tuesday at 10:00 in our studio. We will send the release form to ${MAIL(customer.email)} and a courier will pick up the signed copy from ${ADDR(addr)}.`,
      plain`If anything changes, call or text me on ${PHONE(staff.phone)}.`,
      plain`Best,`,
      sign,
    ],
  };
}
