import { firm, incident, localCountry, type Firm, type KindContext } from './common.js';
import { ADDR, BIRTH, IBAN, IDCARD, PASSPORT, PERSON, PHONE, plain, type Frag, type Value } from './fragments.js';
import { birthText, type Person } from './people.js';
import { grouped, iban, icaoNumber, imei, mac } from './values.js';

/**
 * What a helpdesk ticket says, before an exporter writes it as JSON or XML: the customer's first
 * message, the agent's answer and an internal note, and the ticket's custom fields. The same
 * stories feed both ticket kinds, so the two formats differ only in how they are written.
 */
export interface TicketStory {
  firm: Firm;
  number: string;
  subject: string;
  customer: Person;
  agent: Person;
  fields: { label: string; value: string | Value }[];
  first: Frag;
  answer: Frag;
  note: Frag;
}

export function ticketStory(ctx: KindContext): TicketStory {
  const { rng, people, lang } = ctx;
  const f = firm(ctx);
  const customer = people.next({ address: true, country: localCountry(ctx) });
  const agent = people.next();
  const number = incident(rng);
  const contract = lang === 'de' ? `VK-${rng.digits(8)}` : `AC-${rng.digits(8)}`;
  const variant = rng.below(3);
  const addr = customer.address!;
  const born = BIRTH(birthText(rng, customer.birth, lang));
  if (lang === 'de') {
    if (variant === 0)
      return {
        firm: f,
        number,
        customer,
        agent,
        subject: 'Kein Internet seit gestern Abend',
        fields: [
          { label: 'Vertragsnummer', value: contract },
          { label: 'Router-MAC', value: mac(rng) },
          { label: 'Anschlussadresse', value: ADDR(addr) },
        ],
        first: plain`Guten Tag,\nseit gestern Abend blinkt die DSL-Leuchte am Router rot, ein Neustart hilft nicht. Anschluss: ${ADDR(addr)}.\nBitte rufen Sie mich unter ${PHONE(customer.phone)} zurück, ich bin ab 17 Uhr zu Hause.\nViele Grüße\n${PERSON(customer.name)}`,
        answer: plain`Hallo ${PERSON(customer.given)},\nwir sehen eine Störung am Kabelverzweiger in Ihrer Straße. Ein Techniker ist für Donnerstag zwischen 8 und 12 Uhr eingeplant. Die Ticketnummer ${number} bitte bei Rückfragen angeben.\nFreundliche Grüße\n${PERSON(agent.name)}`,
        note: plain`Rückruf an ${PHONE(customer.e164)} um 17:20 erledigt, Kunde hat zur Verifikation das Geburtsdatum ${born} genannt. Gutschrift 3 Tage prüfen.`,
      };
    if (variant === 1)
      return {
        firm: f,
        number,
        customer,
        agent,
        subject: 'Handy gestohlen – bitte SIM sperren',
        fields: [
          { label: 'Vertragsnummer', value: contract },
          { label: 'IMEI', value: imei(rng) },
          { label: 'Rufnummer', value: PHONE(customer.e164) },
        ],
        first: plain`Hallo,\nmir wurde gestern in der S-Bahn das Handy gestohlen. Bitte sperren Sie sofort die Karte zu ${PHONE(customer.phone)} und schicken Sie eine Ersatz-SIM an ${ADDR(addr)}.\n${PERSON(customer.name)}`,
        answer: plain`Guten Tag ${PERSON(customer.name)},\ndie Karte ist gesperrt. Für die Ersatz-SIM brauchen wir zur Identifikation Ihr Geburtsdatum und die Nummer Ihres Personalausweises – bitte antworten Sie auf diese Nachricht.\nMit freundlichen Grüßen\n${PERSON(agent.name)}, Kundenbetreuung`,
        note: plain`Kunde hat geantwortet: geb. ${born}, Ausweis ${IDCARD(icaoNumber(rng, 'id'))}. Abgleich mit Vertragsdaten ok, Ersatz-SIM an Meldeadresse beauftragt.`,
      };
    return {
      firm: f,
      number,
      customer,
      agent,
      subject: 'Neue Bankverbindung für Lastschrift',
      fields: [
        { label: 'Vertragsnummer', value: contract },
        { label: 'Zahlart', value: 'SEPA-Lastschrift' },
      ],
      first: plain`Sehr geehrte Damen und Herren,\nbitte ziehen Sie die Rechnungen ab April von meinem neuen Konto ein: ${IBAN(grouped(iban(rng, customer.bank)))}. Das Konto läuft auf ${PERSON(people.next().given + ' ' + customer.family)}, wir wohnen zusammen.\nMit freundlichen Grüßen\n${PERSON(customer.name)}\n${ADDR(addr)}`,
      answer: plain`Guten Tag ${PERSON(customer.name)},\nfür ein Konto einer anderen Person brauchen wir ein unterschriebenes SEPA-Mandat der kontoführenden Person. Das Formular liegt im Kundenportal unter „Zahlungsdaten“.\nViele Grüße\n${PERSON(agent.given)} vom Kundenservice`,
      note: plain`Mandat per Post eingegangen, Unterschrift passt. Kunde telefonisch informiert (${PHONE(customer.phone)}).`,
    };
  }
  if (variant === 0)
    return {
      firm: f,
      number,
      customer,
      agent,
      subject: 'Broadband down since Sunday',
      fields: [
        { label: 'Account number', value: contract },
        { label: 'ONT serial', value: `HWTC${rng.digits(8)}` },
        { label: 'Service address', value: ADDR(addr) },
      ],
      first: plain`Hi,\nmy fibre has been down since Sunday evening, the ONT shows a red LOS light and rebooting does nothing. Service address: ${ADDR(addr)}.\nBest number to reach me is ${PHONE(customer.phone)} (after 5pm).\nThanks,\n${PERSON(customer.name)}`,
      answer: plain`Hi ${PERSON(customer.given)},\nsorry about this. We can see a fault on the street cabinet and an engineer is booked for Thursday, 8am to 12pm. Please quote ${number} if you call us.\nKind regards,\n${PERSON(agent.name)}`,
      note: plain`Called back on ${PHONE(customer.e164)}, customer confirmed DOB ${born}. Offered 3 days' credit.`,
    };
  if (variant === 1)
    return {
      firm: f,
      number,
      customer,
      agent,
      subject: 'Phone stolen - please block my SIM',
      fields: [
        { label: 'Account number', value: contract },
        { label: 'IMEI', value: imei(rng) },
        { label: 'MSISDN', value: PHONE(customer.e164) },
      ],
      first: plain`Hello,\nmy phone was stolen on the bus this morning. Please block the SIM for ${PHONE(customer.phone)} straight away and post a replacement to ${ADDR(addr)}.\n${PERSON(customer.name)}`,
      answer: plain`Dear ${PERSON(customer.name)},\nthe SIM is blocked. Before we send a replacement we need to verify you: please reply with your date of birth and the number of a photo ID.\nBest regards,\n${PERSON(agent.name)}, Customer Care`,
      note: plain`Customer replied: DOB ${born}, German passport ${PASSPORT(icaoNumber(rng, 'passport'))}. Matches account, replacement SIM ordered to billing address.`,
    };
  return {
    firm: f,
    number,
    customer,
    agent,
    subject: 'Charged twice this month',
    fields: [
      { label: 'Account number', value: contract },
      { label: 'Payment method', value: 'card ending ' + rng.digits(4) },
    ],
    first: plain`Hello,\nI was charged twice for my March bill. Please refund the second payment. You can call me on ${PHONE(customer.phone)}.\nRegards,\n${PERSON(customer.name)}\n${ADDR(addr)}`,
    answer: plain`Hi ${PERSON(customer.given)},\nyou're right, the payment was taken twice after a timeout at our payment provider. The refund is on its way and should reach your card within 5 working days.\nCheers,\n${PERSON(agent.given)}`,
    note: plain`Refund approved by ${PERSON(people.next().name)} (team lead). Customer DOB on file ${born}.`,
  };
}
