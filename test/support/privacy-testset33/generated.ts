import type { TestDocument, TestLabel } from './markup.js';
import { ascii, dob, person, two, userIp, type Person } from './people.js';
import { Mrg } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/**
 * Set 33's generated documents: mail of online platforms' trust-and-safety and privacy teams as an ingest
 * receives it from E-MAIL ARCHIVE FORMATS, not as a message or a conversation (see index.ts):
 *
 * - "Outlook .msg streams": the compound file's storages and streams listed with their decoded contents
 *   (`__substg1.0_0037001F` the subject, `0C1A001F` the sender's name, `0C1F001F` the sender's address,
 *   `0E04001F` PidTagDisplayTo, `1000001F` the body, `007D001F` the transport headers, one
 *   `__recip_version1.0_#0000000n` storage per recipient with `3001001F` and `39FE001F`, attachments).
 * - "PST property dump": each message of a folder as MAPI properties, one per line, the body and transport
 *   headers a quoted string with CR LF written as the two escapes `\r\n` (so a value ends at a backslash).
 * - "mboxrd": Thunderbird's mbox file, the envelope `From ` line before each message, body lines that began
 *   with "From " (or ">From ") quoted with one more ">".
 * - "EWS GetItem": Exchange Web Services' SOAP response, `t:Message` items with `t:Mailbox` (`t:Name`,
 *   `t:EmailAddress`) elements; the body either `BodyType="Text"` or `BodyType="HTML"` with the HTML
 *   entity-escaped into the XML (`&lt;p&gt;`), non-ASCII letters kept as they are.
 *
 * Labelling: each value whole, over its span as written (no value contains a character any format escapes);
 * a name in "Family, Given" order one label. Role mailboxes and their display names, the platforms' own
 * server addresses (Received lines, relays), message ids, ticket, case, user and order numbers: never.
 */

type Piece = string | { type: string; value: string };
type Pieces = Piece[];

const V = (type: string, value: string): Piece => ({ type, value });
const N = (value: string) => V('PERSON', value);
const E = (value: string) => V('EMAIL_ADDRESS', value);
const T = (value: string) => V('PHONE_NUMBER', value);
const A = (value: string) => V('POSTAL_ADDRESS', value);
const B = (value: string) => V('DATE_OF_BIRTH', value);
const IP = (value: string) => V('IP_ADDRESS', value);

/** Text and values in order: the template's strings stay text, its holes are pieces. */
function P(strings: TemplateStringsArray, ...holes: (Piece | Pieces | number)[]): Pieces {
  const out: Pieces = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < holes.length) {
      const h = holes[i];
      if (Array.isArray(h)) out.push(...h);
      else out.push(typeof h === 'number' ? String(h) : h);
    }
  });
  return out;
}

/** A sender or recipient: a person (name and mailbox labelled) or an organisation's role mailbox (neither). */
interface Party {
  name: string;
  email: string;
  person: boolean;
  /** A person's family name, which may have several words ("Nic Aodha", "Ait Lahcen"). */
  family?: string;
}

interface Mail {
  from: Party;
  to: Party[];
  cc: Party[];
  subject: Pieces;
  /** Minutes since the scenario's first mail. */
  after: number;
  /** The device address the platform's mail gateway saw (a user's, labelled), when the mail came from outside. */
  clientIp?: string;
  body: Pieces;
  attachments: string[];
}

interface Scenario {
  kind: string;
  mails: (rng: Mrg, lang: 'de' | 'en') => Mail[];
}

const asParty = (p: Person): Party => ({
  name: `${p.given} ${p.family}`,
  email: p.email,
  person: true,
  family: p.family,
});
const role = (name: string, email: string): Party => ({ name, email, person: false });
const fullName = (p: Person) => N(`${p.given} ${p.family}`);

/** A staff member of a platform or authority: a natural person, with a personal mailbox at the firm's domain. */
function staff(rng: Mrg, lang: 'de' | 'en', domain: string): { p: Person; party: Party; direct: string } {
  const p = pick(rng, lang);
  const email = `${ascii(p.given)}.${ascii(p.family)}@${domain}`;
  return { p, party: { name: `${p.given} ${p.family}`, email, person: true, family: p.family }, direct: p.phone };
}

const pick = (rng: Mrg, lang: 'de' | 'en') => person(rng, lang);
const ticket = (rng: Mrg, prefix: string) => `${prefix}-${rng.int(100000, 999999)}`;

const SCENARIOS: Scenario[] = [
  {
    kind: 'Auskunftsersuchen Art. 15 DSGVO / subject access request',
    mails: (rng, lang) => {
      const u = pick(rng, lang);
      const ip1 = userIp(rng);
      const ip2 = userIp(rng);
      const t = ticket(rng, 'DSR');
      const org =
        lang === 'de'
          ? role('Herzfunke Datenschutz', 'datenschutz@herzfunke.app')
          : role('SparkLine Privacy', 'privacy@sparkline.dating');
      const ask: Mail = {
        from: asParty(u),
        to: [org],
        cc: [],
        subject: lang === 'de' ? P`Auskunft nach Art. 15 DSGVO` : P`Subject access request (UK GDPR Art. 15)`,
        after: 0,
        clientIp: ip1,
        body:
          lang === 'de'
            ? P`Sehr geehrte Damen und Herren,\n\nich bitte um Auskunft über alle zu meinem Konto gespeicherten Daten, einschließlich Standortdaten, Chatverläufe und der Gründe für meine Sperre.\n\nName: ${fullName(u)}\nGeburtsdatum: ${B(dob(rng, u, lang))}\nAnschrift: ${A(u.address)}\nMobil (Login): ${T(u.phone)}\nIch habe mich zuletzt von ${IP(ip2)} eingeloggt.\n\nMit freundlichen Grüßen\n${fullName(u)}`
            : P`Hello,\n\nplease send me a copy of all personal data you hold about me, including swipe history, reports made against me and the reason my profile was hidden.\n\nName: ${fullName(u)}\nDate of birth: ${B(dob(rng, u, lang))}\nPostal address: ${A(u.address)}\nPhone on the account: ${T(u.phone)}\nFrom my last login your app showed ${IP(ip2)} as the device address.\n\nRegards,\n${fullName(u)}`,
        attachments: [],
      };
      const reply: Mail = {
        from: org,
        to: [asParty(u)],
        cc: [],
        subject: lang === 'de' ? P`AW: Auskunft nach Art. 15 DSGVO [${t}]` : P`RE: Subject access request [${t}]`,
        after: rng.int(600, 4000),
        body:
          lang === 'de'
            ? P`Guten Tag ${N(u.family)},\n\nwir haben Ihre Anfrage unter ${t} erfasst. Zur Bestätigung Ihrer Identität senden wir einen Code an ${E(u.email)}. Die Auskunft erhalten Sie innerhalb eines Monats.\n\nIhr Datenschutzteam`
            : P`Dear ${N(u.given)},\n\nwe have logged your request as ${t}. To confirm it is you we have sent a code to ${E(u.email)}. We will respond within one month.\n\nSparkLine Privacy Team`,
        attachments: [],
      };
      return [ask, reply];
    },
  },
  {
    kind: 'Löschung nach Art. 17 / erasure confirmation',
    mails: (rng, lang) => {
      const u = pick(rng, lang);
      const s = staff(rng, lang, lang === 'de' ? 'stoeberplatz.de' : 'tradewell.co.uk');
      const t = ticket(rng, 'ER');
      return [
        {
          from: s.party,
          to: [asParty(u)],
          cc: [
            role(
              lang === 'de' ? 'Stöberplatz Datenschutz' : 'Tradewell Data Protection',
              lang === 'de' ? 'dsb@stoeberplatz.de' : 'dpo@tradewell.co.uk',
            ),
          ],
          subject: lang === 'de' ? P`Ihr Löschantrag ${t}` : P`Your erasure request ${t}`,
          after: 0,
          body:
            lang === 'de'
              ? P`Hallo ${fullName(u)},\n\nIhr Konto bei Stöberplatz wurde gelöscht. Entfernt wurden: Profil, Anzeigen, Nachrichten, die Lieferadresse ${A(u.address)} und die Telefonnummer ${T(u.phone)}.\nAufbewahrt werden wegen § 147 AO nur die Rechnungen zu den Bestellungen 4471-${rng.digits(6)} und 4471-${rng.digits(6)}.\n\nBei Fragen erreichen Sie mich direkt unter ${T(s.direct)}.\n\nViele Grüße\n${fullName(s.p)}\nTeam Datenschutz · Hotline 0800 330 2100`
              : P`Hi ${N(u.given)},\n\nyour Tradewell account has been erased. We deleted your profile, listings, messages, the delivery address ${A(u.address)} and the phone number ${T(u.phone)}.\nWe keep invoices for orders TW-${rng.digits(7)} and TW-${rng.digits(7)} for six years (HMRC record keeping).\n\nIf anything is unclear you can call me on ${T(s.direct)}.\n\nKind regards\n${fullName(s.p)}\nData Protection Team · Helpline 0800 046 1188`,
          attachments: ['Loeschprotokoll.pdf'],
        },
      ];
    },
  },
  {
    kind: 'Identitätsprüfung KYC / identity verification',
    mails: (rng, lang) => {
      const u = pick(rng, lang);
      const s = staff(rng, lang, lang === 'de' ? 'quotenhaus.at' : 'betharbour.com');
      const doc = rng.chance(0.5) ? 'id' : 'passport';
      const no = V(doc === 'id' ? 'DE_ID_CARD' : 'DE_PASSPORT', icaoNumber(rng, doc));
      const ip = userIp(rng);
      return [
        {
          from: asParty(u),
          to: [
            role(
              lang === 'de' ? 'Quotenhaus Verifizierung' : 'BetHarbour Verification',
              lang === 'de' ? 'verifizierung@quotenhaus.at' : 'kyc@betharbour.com',
            ),
          ],
          cc: [],
          subject:
            lang === 'de'
              ? P`Unterlagen Verifizierung Konto ${rng.int(1000000, 9999999)}`
              : P`Documents for account verification`,
          after: 0,
          clientIp: ip,
          body:
            lang === 'de'
              ? P`Hallo,\n\nanbei Vorder- und Rückseite meines ${doc === 'id' ? 'Personalausweises' : 'Reisepasses'}, Nummer ${no}.\nIch heiße ${fullName(u)}, geboren am ${B(dob(rng, u, lang))}, wohnhaft ${A(u.address)}.\nBitte schalten Sie die Auszahlung frei.\n\nGruß ${N(u.given)}`
              : P`Hi,\n\nattached are scans of my German ${doc === 'id' ? 'ID card' : 'passport'} (number ${no}) and a utility bill.\nFull name: ${fullName(u)}\nDOB: ${B(dob(rng, u, lang))}\nAddress: ${A(u.address)}\nPlease unlock my withdrawal.\n\n${N(u.given)}`,
          attachments: [doc === 'id' ? 'ausweis_vorne.jpg' : 'passport_page2.jpg', 'nachweis.pdf'],
        },
        {
          from: s.party,
          to: [asParty(u)],
          cc: [],
          subject: lang === 'de' ? P`AW: Unterlagen Verifizierung` : P`RE: Documents for account verification`,
          after: rng.int(30, 900),
          body:
            lang === 'de'
              ? P`Hallo ${N(u.given)},\n\ndanke, die Prüfung ist abgeschlossen: Name und Geburtsdatum stimmen mit dem Dokument überein, die Altersprüfung ist bestanden. Die Auszahlung geht heute raus.\n\n${fullName(s.p)}\nCompliance · ${T(s.direct)}`
              : P`Hello ${N(u.given)},\n\nthanks, the check is complete: name and date of birth match the document and the age check passed. Your withdrawal is released today.\n\n${fullName(s.p)}\nCompliance Analyst · direct ${T(s.direct)}`,
          attachments: [],
        },
      ];
    },
  },
  {
    kind: 'Rückbuchung und Betrugsring / chargeback and fraud ring',
    mails: (rng, lang) => {
      const u = pick(rng, lang);
      const v = pick(rng, lang);
      const s = staff(rng, lang, lang === 'de' ? 'markthalle24.de' : 'cratelane.com');
      const c = card(rng);
      const shown = rng.chance(0.5) ? cardPrinted(c, ' ') : c;
      const ipA = userIp(rng);
      const ipB = userIp(rng);
      return [
        {
          from: s.party,
          to: [role(lang === 'de' ? 'Acquirer Disputes' : 'Acquirer Disputes', 'disputes@payvault-acquiring.eu')],
          cc: [role('Fraud Operations', lang === 'de' ? 'fraud@markthalle24.de' : 'fraud@cratelane.com')],
          subject:
            lang === 'de'
              ? P`Chargeback ${ticket(rng, 'CB')} – Stellungnahme`
              : P`Chargeback ${ticket(rng, 'CB')} – representment`,
          after: 0,
          body:
            lang === 'de'
              ? P`Hallo zusammen,\n\nzur Rückbuchung auf Karte ${V('CREDIT_CARD', shown)} (Karteninhaber ${fullName(u)}):\nDie Bestellung wurde von ${IP(ipA)} aufgegeben, dieselbe Adresse nutzten drei weitere Konten, darunter das von ${fullName(v)} (${E(v.email)}). Lieferadresse in allen Fällen ${A(v.address)}.\nWir gehen von einem Betrugsring aus und widersprechen der Rückbuchung nicht.\n\nGrüße\n${fullName(s.p)} · Fraud Ops · ${T(s.direct)}`
              : P`Hi team,\n\nre the chargeback on card ${V('CREDIT_CARD', shown)} (cardholder ${fullName(u)}):\nThe order came from ${IP(ipA)}; the same device fingerprint logged in from ${IP(ipB)} to three more accounts, one of them ${fullName(v)} (${E(v.email)}). All parcels went to ${A(v.address)}.\nWe treat this as a fraud ring and accept the chargeback.\n\nThanks\n${fullName(s.p)}, Fraud Operations, ${T(s.direct)}`,
          attachments: ['device_graph.png'],
        },
      ];
    },
  },
  {
    kind: 'Creator-Auszahlung / creator payout details',
    mails: (rng, lang) => {
      const u = pick(rng, lang);
      const ib = iban(rng, rng.pick(lang === 'de' ? ['DE', 'AT', 'CH', 'DE'] : ['GB', 'IE', 'NL', 'GR', 'RO', 'DE']));
      const shownIban = rng.chance(0.5) ? grouped(ib) : ib;
      const tax = taxId(rng);
      const shownTax = rng.chance(0.5)
        ? `${tax.slice(0, 2)} ${tax.slice(2, 5)} ${tax.slice(5, 8)} ${tax.slice(8)}`
        : tax;
      return [
        {
          from: asParty(u),
          to: [
            role(
              lang === 'de' ? 'Streamkiosk Creator Support' : 'Vidora Creator Payouts',
              lang === 'de' ? 'creator@streamkiosk.de' : 'payouts@vidora.tv',
            ),
          ],
          cc: [],
          subject: lang === 'de' ? P`Neue Bankverbindung für Auszahlungen` : P`Updated payout details`,
          after: 0,
          clientIp: userIp(rng),
          body:
            lang === 'de'
              ? P`Hi,\n\nbitte ab dem nächsten Zyklus auf mein neues Konto auszahlen:\nKontoinhaber: ${fullName(u)}\nIBAN: ${V('IBAN_CODE', shownIban)}\nSteuer-ID: ${V('DE_TAX_ID', shownTax)}\nRechnungsadresse: ${A(u.address)}\nKanal: @${ascii(u.given)}plays (Partner-ID ${rng.int(10000, 99999)})\n\nLG ${N(u.given)}`
              : P`Hello,\n\nplease pay my creator earnings to the new account from the next cycle.\nAccount holder: ${fullName(u)}\nIBAN: ${V('IBAN_CODE', shownIban)}\nGerman tax ID (I am resident in Germany): ${V('DE_TAX_ID', shownTax)}\nBilling address: ${A(u.address)}\nMobile for the 2FA code: ${T(u.phone)}\n\nCheers,\n${N(u.given)}`,
          attachments: ['W-8BEN.pdf'],
        },
      ];
    },
  },
  {
    kind: 'Doxxing-Meldung / doxxing report',
    mails: (rng, lang) => {
      const u = pick(rng, lang);
      const ipR = userIp(rng);
      const t = ticket(rng, 'SAFE');
      return [
        {
          from: asParty(u),
          to: [
            role(
              lang === 'de' ? 'Plauderplatz Sicherheit' : 'Chirpnest Safety',
              lang === 'de' ? 'sicherheit@plauderplatz.de' : 'safety@chirpnest.social',
            ),
          ],
          cc: [],
          subject:
            lang === 'de' ? P`Meine Adresse wurde veröffentlicht – dringend` : P`Urgent: my home address was posted`,
          after: 0,
          clientIp: ipR,
          body:
            lang === 'de'
              ? P`Hallo,\n\nder Account @nachtfalke_${rng.int(10, 99)} hat heute meine Wohnadresse ${A(u.address)} und meine Handynummer ${T(u.phone)} gepostet, dazu ein Foto meiner Haustür.\nIch heiße ${fullName(u)} und bekomme seitdem Anrufe. Bitte löschen Sie die Beiträge und sperren Sie das Konto.\n\n${N(u.given)}`
              : P`Hello,\n\nthe account @grimlantern${rng.int(10, 99)} has posted my home address (${A(u.address)}) and my mobile ${T(u.phone)}, with a picture of my front door.\nMy name is ${fullName(u)}. I have had calls all evening. Please take the posts down and suspend the account.\n\n${N(u.given)}`,
          attachments: ['screenshot_1.png', 'screenshot_2.png'],
        },
        {
          from: role(
            lang === 'de' ? 'Plauderplatz Sicherheit' : 'Chirpnest Safety',
            lang === 'de' ? 'sicherheit@plauderplatz.de' : 'safety@chirpnest.social',
          ),
          to: [asParty(u)],
          cc: [],
          subject:
            lang === 'de'
              ? P`AW: Meine Adresse wurde veröffentlicht [${t}]`
              : P`RE: Urgent: my home address was posted [${t}]`,
          after: rng.int(20, 200),
          body:
            lang === 'de'
              ? P`Hallo ${N(u.given)},\n\nwir haben die drei Beiträge entfernt und das Konto gesperrt (Fall ${t}). Wenn Sie sich bedroht fühlen, wenden Sie sich bitte an die Polizei unter 110.\n\nDein Plauderplatz-Sicherheitsteam`
              : P`Hi ${N(u.given)},\n\nwe removed the three posts and suspended the account (case ${t}). If you feel unsafe please contact the police.\n\nChirpnest Safety`,
          attachments: [],
        },
      ];
    },
  },
  {
    kind: 'Behördenanfrage Bestandsdaten / law-enforcement data request',
    mails: (rng, lang) => {
      const officer = staff(rng, lang, lang === 'de' ? 'polizei.bayern.de' : 'met.police.uk');
      const u = pick(rng, lang);
      const ips = [userIp(rng), userIp(rng)];
      const team =
        lang === 'de'
          ? role('Pixelschmiede Law Enforcement Response', 'ler@pixelschmiede.games')
          : role('Raidforge LE Response', 'lert@raidforge.gg');
      return [
        {
          from: officer.party,
          to: [team],
          cc: [],
          subject:
            lang === 'de'
              ? P`Auskunftsersuchen nach § 22 TDDDG – Az. ${rng.int(100, 999)} Js ${rng.int(1000, 9999)}/26`
              : P`Data request under IPA 2016 – ref. ${rng.pick(['OP', 'CAD'])}${rng.digits(6)}`,
          after: 0,
          body:
            lang === 'de'
              ? P`Sehr geehrte Damen und Herren,\n\nim Ermittlungsverfahren wegen Betrugs bitten wir um Bestandsdaten zum Spielerkonto "Ruinenwolf${rng.int(1, 99)}" (Nutzer-ID ${rng.digits(9)}) sowie um die Login-IP-Adressen vom 02.03. bis 09.03.\n\nRückfragen bitte an mich: ${T(officer.direct)}\n\n${fullName(officer.p)}\nKriminalhauptkommissar, K 31`
              : P`Dear LE Response team,\n\nin an investigation into fraud we request subscriber information for the player account "ashpilgrim${rng.int(1, 99)}" (user id ${rng.digits(9)}) and login IP addresses from 2 to 9 March.\n\nPlease direct any questions to me on ${T(officer.direct)}.\n\nDC ${fullName(officer.p)}\nEconomic Crime Unit`,
          attachments: ['Beschluss.pdf'],
        },
        {
          from: team,
          to: [officer.party],
          cc: [],
          subject: lang === 'de' ? P`AW: Auskunftsersuchen – Antwort` : P`RE: Data request – response`,
          after: rng.int(1440, 6000),
          body:
            lang === 'de'
              ? P`Sehr geehrte/r ${fullName(officer.p)},\n\nzum angefragten Konto liegen vor:\nName: ${fullName(u)}\nE-Mail: ${E(u.email)}\nTelefon: ${T(u.phone)}\nLogins: ${IP(ips[0])} (03.03.), ${IP(ips[1])} (07.03.)\nServer der Pixelschmiede: 185.107.${rng.int(1, 254)}.${rng.int(1, 254)} (Spielserver FRA-2)\n\nMit freundlichen Grüßen\nLaw Enforcement Response`
              : P`Dear DC ${N(officer.p.family)},\n\nfor the account requested we hold:\nName: ${fullName(u)}\nEmail: ${E(u.email)}\nPhone: ${T(u.phone)}\nLogins: ${IP(ips[0])} (3 March), ${IP(ips[1])} (7 March)\nOur game server in those sessions: 185.107.${rng.int(1, 254)}.${rng.int(1, 254)} (LON-4)\n\nRegards\nRaidforge LE Response`,
          attachments: ['subscriber_record.csv'],
        },
      ];
    },
  },
  {
    kind: 'Selbstsperre Glücksspiel / gambling self-exclusion',
    mails: (rng, lang) => {
      const u = pick(rng, lang);
      const org =
        lang === 'de'
          ? role('Glückskanal Spielerschutz', 'spielerschutz@glueckskanal.de')
          : role('SpinDistrict Safer Gambling', 'safer@spindistrict.co.uk');
      return [
        {
          from: asParty(u),
          to: [org],
          cc: [],
          subject: lang === 'de' ? P`Selbstsperre – bitte sofort` : P`Please self-exclude me`,
          after: 0,
          clientIp: userIp(rng),
          body:
            lang === 'de'
              ? P`Hallo,\n\nich möchte mich für mindestens ein Jahr sperren lassen, auch im OASIS-Sperrsystem.\n${fullName(u)}, geb. ${B(dob(rng, u, lang))}\n${A(u.address)}\nTel. ${T(u.phone)}\n\nBitte keine Werbung mehr an ${E(u.email)}.`
              : P`Hi,\n\nI want to self-exclude for five years and join GAMSTOP as well.\n${fullName(u)}, born ${B(dob(rng, u, lang))}\n${A(u.address)}\nMobile ${T(u.phone)}\n\nPlease stop all marketing to ${E(u.email)}.`,
          attachments: [],
        },
        {
          from: org,
          to: [asParty(u)],
          cc: [],
          subject: lang === 'de' ? P`AW: Selbstsperre – bestätigt` : P`RE: Please self-exclude me – confirmed`,
          after: rng.int(5, 90),
          body:
            lang === 'de'
              ? P`Hallo ${N(u.given)},\n\nIhre Sperre ist aktiv, das Guthaben von 37,50 EUR wird zurücküberwiesen. Hilfe bietet die BZgA-Hotline 0800 1 37 27 00.\n\nIhr Spielerschutz-Team`
              : P`Hello ${N(u.given)},\n\nyour self-exclusion is active and your balance of £18.20 will be returned. Free support: National Gambling Helpline 0808 8020 133.\n\nSafer Gambling Team`,
          attachments: [],
        },
      ];
    },
  },
  {
    kind: 'Onboarding Content-Moderation / moderator onboarding',
    mails: (rng, lang) => {
      const u = pick(rng, lang);
      const hr = staff(rng, lang, lang === 'de' ? 'sichtpruefung.de' : 'clearqueue.eu');
      const birth = dob(rng, u, lang);
      const female = u.female;
      return [
        {
          from: asParty(u),
          to: [hr.party],
          cc: [role('HR Onboarding', lang === 'de' ? 'personal@sichtpruefung.de' : 'onboarding@clearqueue.eu')],
          subject:
            lang === 'de'
              ? P`Unterlagen für den Vertrag (Moderation, Team Berlin)`
              : P`My onboarding details (content review, Berlin site)`,
          after: 0,
          clientIp: userIp(rng),
          body:
            lang === 'de'
              ? P`Hallo ${N(hr.p.given)},\n\nhier meine Daten für die Lohnabrechnung:\nName: ${fullName(u)}\nGeburtsdatum: ${B(birth)}\nAnschrift: ${A(u.address)}\nSteuer-ID: ${V('DE_TAX_ID', taxId(rng))}\nRentenversicherungsnummer: ${V('DE_SOCIAL_SECURITY', pensionNumber(rng, u.birth, u.family, female))}\nReisepass (für die Arbeitserlaubnis-Prüfung): ${V('DE_PASSPORT', icaoNumber(rng, 'passport'))}\nIBAN: ${V('IBAN_CODE', grouped(iban(rng, 'DE')))}\n\nViele Grüße\n${N(u.given)}`
              : P`Hi ${N(hr.p.given)},\n\nhere are my details for payroll in Germany:\nName: ${fullName(u)}\nDate of birth: ${B(birth)}\nAddress: ${A(u.address)}\nTax ID (Steuer-ID): ${V('DE_TAX_ID', taxId(rng))}\nPension insurance number: ${V('DE_SOCIAL_SECURITY', pensionNumber(rng, u.birth, u.family, female))}\nGerman passport for the right-to-work check: ${V('DE_PASSPORT', icaoNumber(rng, 'passport'))}\nIBAN: ${V('IBAN_CODE', iban(rng, 'DE'))}\n\nThanks,\n${N(u.given)}`,
          attachments: ['Sozialversicherungsausweis.pdf'],
        },
      ];
    },
  },
  {
    kind: 'Transparenzbericht ohne Personenbezug / transparency digest',
    mails: (rng, lang) => {
      const n = rng.int(1200, 9800);
      const k = rng.int(40, 300);
      const from =
        lang === 'de'
          ? role('Trust & Safety Reporting', 'ts-reporting@plauderplatz.de')
          : role('T&S Reporting', 'ts-reporting@chirpnest.social');
      const to =
        lang === 'de'
          ? role('Geschäftsführung', 'gf@plauderplatz.de')
          : role('Leadership', 'leadership@chirpnest.social');
      return [
        {
          from,
          to: [to],
          cc: [],
          subject:
            lang === 'de'
              ? P`Transparenzbericht DSA, KW ${rng.int(2, 50)}`
              : P`DSA transparency digest, week ${rng.int(2, 50)}`,
          after: 0,
          body:
            lang === 'de'
              ? P`Hallo zusammen,\n\nin dieser Woche: ${n} Meldungen, davon ${k} nach § 3 NetzDG bzw. Art. 16 DSA; mittlere Bearbeitungszeit 14,2 Stunden. Behördenanfragen: ${rng.int(3, 40)}, davon ${rng.int(1, 3)} abgelehnt.\nFrom-Header-Spoofing in Meldungen ist zurückgegangen. Details im Dashboard.\n\nTrust & Safety Reporting`
              : P`Hi all,\n\nthis week: ${n} user reports, ${k} of them notices under Art. 16 DSA; median handling time 14.2 hours. Law-enforcement requests: ${rng.int(3, 40)}, ${rng.int(1, 3)} declined.\nFrom now on the digest also lists appeals (Art. 20 DSA).\n\nT&S Reporting`,
          attachments: ['dsa_week.xlsx'],
        },
      ];
    },
  },
];

/** The output being written, with a label on every value. */
class Out {
  text = '';
  entities: TestLabel[] = [];
  add(s: string): void {
    this.text += s;
  }
  val(type: string, value: string): void {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
  }
  /** Pieces through the format's escaping; a value passes through it unchanged (checked). */
  pieces(ps: Pieces, esc: (s: string) => string = (s) => s): void {
    for (const p of ps)
      if (typeof p === 'string') this.add(esc(p));
      else {
        if (esc(p.value) !== p.value) throw new Error(`set 33: a value the format escapes: ${p.value}`);
        this.val(p.type, p.value);
      }
  }
  /** A party's name or mailbox; `esc` is the format's escaping, which a person's value passes unchanged. */
  party(p: Party, part: 'name' | 'email', esc: (s: string) => string = (s) => s): void {
    const v = part === 'name' ? p.name : p.email;
    if (!p.person) return this.add(esc(v));
    if (esc(v) !== v) throw new Error(`set 33: a value the format escapes: ${v}`);
    this.val(part === 'name' ? 'PERSON' : 'EMAIL_ADDRESS', v);
  }
}

/** Lines of pieces: a piece with line breaks split, so each line can be written on its own. */
function lines(ps: Pieces): Pieces[] {
  const out: Pieces[] = [[]];
  for (const p of ps) {
    if (typeof p !== 'string') {
      out[out.length - 1].push(p);
      continue;
    }
    p.split('\n').forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1].push(part);
    });
  }
  return out;
}

const textOf = (ps: Pieces) => ps.map((p) => (typeof p === 'string' ? p : p.value)).join('');

interface Stamp {
  at: Date;
}
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rfc5322 = (d: Date) =>
  `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
const asctime = (d: Date) =>
  `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const when = (s: Stamp, m: Mail) => new Date(s.at.getTime() + m.after * 60_000);

/** The platform's own relay (never labelled): a host name and an address of its range. */
function relay(rng: Mrg): string {
  return `${rng.pick(['mx-in-03', 'edge-fra-2', 'smtp-relay-7', 'mta12'])}.mail.${rng.pick(['plat-ops.net', 'tsmail.eu'])} (185.${rng.int(16, 250)}.${rng.int(0, 255)}.${rng.int(1, 254)})`;
}

const msgid = (rng: Mrg) =>
  `<${rng.digits(6)}.${rng.int(1000, 9999)}${rng.pick(['AB', 'QX', 'KZ'])}@${rng.pick(['mail.gmail.com', 'mx.plat-ops.net', 'EUR03.prod.outlook.com'])}>`;

// ---------------------------------------------------------------------------------------------
// Outlook .msg: the compound file's streams listed with their decoded contents

function renderMsg(rng: Mrg, out: Out, mails: Mail[], stamp: Stamp): void {
  const m = mails[0];
  const file = `${rng.pick(['Anfrage', 'Case', 'Ticket', 'Fwd'])}_${rng.int(10000, 99999)}.msg`;
  const tree = rng.chance(0.5);
  const line = (depth: number, name: string) =>
    tree ? `${'│  '.repeat(depth)}├─ ${name}` : `${'  '.repeat(depth)}${name}`;
  out.add(`$ msgdump --decode ${file}\nRoot Entry (CLSID 00020D0B-0000-0000-C000-000000000046)\n`);
  out.add(`${line(0, '__nameid_version1.0/')}\n${line(1, '__substg1.0_00020102  (288 bytes)')}\n`);
  out.add(
    `${line(0, '__properties_version1.0  (')}${rng.int(300, 900)} bytes; PidTagMessageDeliveryTime ${iso(when(stamp, m))})\n`,
  );
  out.add(`${line(0, '__substg1.0_001A001F  PidTagMessageClass          = "IPM.Note"')}\n`);
  out.add(`${line(0, '__substg1.0_0037001F  PidTagSubject               = "')}`);
  out.pieces(m.subject);
  out.add(`"\n${line(0, '__substg1.0_0042001F  PidTagSentRepresentingName  = "')}`);
  out.party(m.from, 'name');
  out.add(`"\n${line(0, '__substg1.0_0C1A001F  PidTagSenderName            = "')}`);
  out.party(m.from, 'name');
  out.add(`"\n${line(0, '__substg1.0_0C1F001F  PidTagSenderEmailAddress    = "')}`);
  out.party(m.from, 'email');
  out.add(`"\n${line(0, '__substg1.0_0E04001F  PidTagDisplayTo             = "')}`);
  m.to.forEach((p, i) => {
    if (i) out.add('; ');
    out.party(p, 'name');
  });
  out.add(`"\n`);
  if (m.cc.length) {
    out.add(`${line(0, '__substg1.0_0E03001F  PidTagDisplayCc             = "')}`);
    m.cc.forEach((p, i) => {
      if (i) out.add('; ');
      out.party(p, 'name');
    });
    out.add(`"\n`);
  }
  out.add(`${line(0, '__substg1.0_1000001F  PidTagBody')} (${textOf(m.body).length * 2} bytes, UTF-16LE):\n`);
  for (const l of lines(m.body)) {
    out.add(`${tree ? '│    ' : '    '}| `);
    out.pieces(l);
    out.add('\n');
  }
  out.add(`${line(0, '__substg1.0_007D001F  PidTagTransportMessageHeaders')}:\n`);
  const pre = tree ? '│    | ' : '    | ';
  out.add(`${pre}Received: from ${relay(rng)}\n`);
  if (m.clientIp) {
    out.add(`${pre}X-Originating-IP: [`);
    out.val('IP_ADDRESS', m.clientIp);
    out.add(']\n');
  }
  out.add(`${pre}Message-ID: ${msgid(rng)}\n`);
  [...m.to, ...m.cc].forEach((p, i) => {
    out.add(`${line(0, `__recip_version1.0_#${String(i).padStart(8, '0')}/`)}\n`);
    out.add(
      `${line(1, '__substg1.0_0C150003  PidTagRecipientType = ')}${i < m.to.length ? '1 (MAPI_TO)' : '2 (MAPI_CC)'}\n`,
    );
    out.add(`${line(1, '__substg1.0_3001001F  PidTagDisplayName   = "')}`);
    out.party(p, 'name');
    out.add(`"\n${line(1, '__substg1.0_39FE001F  PidTagSmtpAddress   = "')}`);
    out.party(p, 'email');
    out.add(`"\n`);
  });
  m.attachments.forEach((a, i) => {
    out.add(`${line(0, `__attach_version1.0_#${String(i).padStart(8, '0')}/`)}\n`);
    out.add(`${line(1, '__substg1.0_3707001F  PidTagAttachLongFilename = "')}${a}"\n`);
    out.add(`${line(1, '__substg1.0_37010102  PidTagAttachDataBinary   (')}${rng.int(20000, 900000)} bytes)\n`);
  });
}

// ---------------------------------------------------------------------------------------------
// PST: each message of a folder as MAPI properties, strings quoted with C escapes

const cEscape = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\r\\n');

function renderPst(rng: Mrg, out: Out, mails: Mail[], stamp: Stamp, lang: 'de' | 'en'): void {
  const folder =
    lang === 'de'
      ? rng.pick(['Posteingang/Trust & Safety', 'Posteingang/Datenschutz/Anfragen', 'Gesendete Elemente'])
      : rng.pick(['Inbox/Trust & Safety', 'Inbox/Privacy/DSAR', 'Sent Items']);
  const total = mails.length + rng.int(0, 40);
  out.add(
    `pst-props: ${rng.pick(['ts-archive-2026.pst', 'privacy-team.pst', 'export_q1.pst'])}\nFolder: Top of Outlook data file/${folder} (${total} items)\n`,
  );
  const first = rng.int(1, total - mails.length + 1);
  mails.forEach((m, k) => {
    out.add(
      `\n== Message ${first + k} of ${total}, NID 0x${rng.int(0x200000, 0x2fffff).toString(16).toUpperCase()}4\n`,
    );
    out.add(`PidTagMessageClass (0x001A001F, PT_UNICODE): "IPM.Note"\n`);
    out.add(
      `PidTagClientSubmitTime (0x00390040, PT_SYSTIME): ${iso(when(stamp, m)).replace('T', ' ').replace('Z', ' UTC')}\n`,
    );
    out.add(`PidTagSubject (0x0037001F, PT_UNICODE): "`);
    out.pieces(m.subject, cEscape);
    out.add(`"\nPidTagSenderName (0x0C1A001F, PT_UNICODE): "`);
    out.party(m.from, 'name');
    out.add(`"\nPidTagSenderEmailAddress (0x0C1F001F, PT_UNICODE): "`);
    out.party(m.from, 'email');
    out.add(`"\nPidTagSenderAddressType (0x0C1E001F, PT_UNICODE): "SMTP"\nPidTagDisplayTo (0x0E04001F, PT_UNICODE): "`);
    m.to.forEach((p, i) => {
      if (i) out.add('; ');
      out.party(p, 'name');
    });
    out.add(`"\nPidTagBody (0x1000001F, PT_UNICODE): "`);
    out.pieces(m.body, cEscape);
    out.add(`\\r\\n"\nPidTagTransportMessageHeaders (0x007D001F, PT_UNICODE): "Received: from ${relay(rng)}\\r\\n`);
    if (m.clientIp) {
      out.add('X-Originating-IP: [');
      out.val('IP_ADDRESS', m.clientIp);
      out.add(']\\r\\n');
    }
    out.add(`Message-ID: ${msgid(rng)}\\r\\n"\n`);
    [...m.to, ...m.cc].forEach((p, i) => {
      out.add(`Recipient ${i}: PidTagRecipientType=${i < m.to.length ? 1 : 2}; PidTagDisplayName="`);
      out.party(p, 'name');
      out.add(`"; PidTagSmtpAddress="`);
      out.party(p, 'email');
      out.add(`"\n`);
    });
    m.attachments.forEach((a, i) =>
      out.add(`Attachment ${i}: PidTagAttachLongFilename="${a}"; PidTagAttachSize=${rng.int(20000, 900000)}\n`),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// mboxrd: the envelope From_ line before each message, "From " body lines quoted

function renderMbox(rng: Mrg, out: Out, mails: Mail[], stamp: Stamp): void {
  const addressLine = (label: string, ps: Party[]) => {
    out.add(`${label}: `);
    ps.forEach((p, i) => {
      if (i) out.add(', ');
      const family = p.name.includes(' ') && p.person && rng.chance(0.3);
      if (family) {
        // "Family, Given" as a mail client writes a display name from a directory: one label.
        // The whole family name goes first, also when it has a particle ("Nic Aodha, Odhrán").
        const cut = p.family ? p.name.length - p.family.length - 1 : p.name.lastIndexOf(' ');
        out.add('"');
        out.val('PERSON', `${p.name.slice(cut + 1)}, ${p.name.slice(0, cut)}`);
        out.add('"');
      } else out.party(p, 'name');
      out.add(' <');
      out.party(p, 'email');
      out.add('>');
    });
    out.add('\n');
  };
  mails.forEach((m, k) => {
    const d = when(stamp, m);
    if (k) out.add('\n');
    out.add('From ');
    out.party(m.from, 'email');
    out.add(` ${asctime(d)}\nX-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nReturn-Path: <`);
    out.party(m.from, 'email');
    out.add(
      `>\nReceived: from ${relay(rng)}\n\tby ${rng.pick(['mbx-ts-01', 'mbx-priv-02'])}.internal with ESMTPS; ${rfc5322(d)}\n`,
    );
    addressLine('From', [m.from]);
    addressLine('To', m.to);
    if (m.cc.length) addressLine('Cc', m.cc);
    out.add('Subject: ');
    out.pieces(m.subject);
    out.add(`\nDate: ${rfc5322(d)}\nMessage-ID: ${msgid(rng)}\n`);
    if (m.clientIp) {
      out.add('X-Originating-IP: [');
      out.val('IP_ADDRESS', m.clientIp);
      out.add(']\n');
    }
    out.add('MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n');
    for (const l of lines(m.body)) {
      // mboxrd: a line matching /^>*From / gets one more ">".
      if (typeof l[0] === 'string' && /^>*From /.test(l[0])) out.add('>');
      out.pieces(l);
      out.add('\n');
    }
    if (k === mails.length - 1 && m.attachments.length)
      out.add(`\n[${m.attachments.length} attachment(s) detached: ${m.attachments.join(', ')}]\n`);
  });
}

// ---------------------------------------------------------------------------------------------
// EWS GetItem: SOAP response with t:Message items

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderEws(rng: Mrg, out: Out, mails: Mail[], stamp: Stamp): void {
  const html = rng.chance(0.5);
  const mailbox = (tag: string, ps: Party[], list: boolean) => {
    out.add(`          <t:${tag}>${list ? '\n' : ''}`);
    for (const p of ps) {
      out.add(`${list ? '            ' : ''}<t:Mailbox><t:Name>`);
      // A role's display name such as "T&S Reporting" is XML text too.
      out.party(p, 'name', xmlEscape);
      out.add('</t:Name><t:EmailAddress>');
      out.party(p, 'email', xmlEscape);
      out.add(
        `</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType><t:MailboxType>${p.person ? 'OneOff' : 'Mailbox'}</t:MailboxType></t:Mailbox>${list ? '\n' : ''}`,
      );
    }
    out.add(`${list ? '          ' : ''}</t:${tag}>\n`);
  };
  out.add(
    `<?xml version="1.0" encoding="utf-8"?>\n<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">\n  <s:Header><h:ServerVersionInfo MajorVersion="15" MinorVersion="20" MajorBuildNumber="${rng.int(7000, 8999)}" MinorBuildNumber="${rng.int(10, 60)}" xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"/></s:Header>\n  <s:Body>\n    <m:GetItemResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">\n      <m:ResponseMessages>\n`,
  );
  for (const m of mails) {
    out.add(
      `        <m:GetItemResponseMessage ResponseClass="Success">\n        <m:ResponseCode>NoError</m:ResponseCode>\n        <m:Items>\n        <t:Message>\n`,
    );
    out.add(
      `          <t:ItemId Id="AAMkAD${rng.digits(6)}LTk${rng.digits(4)}AAA=" ChangeKey="CQAAABYAAA${rng.digits(4)}"/>\n          <t:Subject>`,
    );
    out.pieces(m.subject, xmlEscape);
    out.add(`</t:Subject>\n          <t:Body BodyType="${html ? 'HTML' : 'Text'}" IsTruncated="false">`);
    if (html) {
      out.add('&lt;html&gt;&lt;body&gt;');
      for (const l of lines(m.body)) {
        out.add('&lt;p&gt;');
        // HTML text ("T&amp;S") escaped once more as XML text.
        out.pieces(l, (t) => xmlEscape(xmlEscape(t)));
        out.add('&lt;/p&gt;');
      }
      out.add('&lt;/body&gt;&lt;/html&gt;');
    } else out.pieces(m.body, xmlEscape);
    out.add(`</t:Body>\n`);
    if (m.attachments.length) {
      out.add('          <t:Attachments>\n');
      for (const a of m.attachments)
        out.add(
          `            <t:FileAttachment><t:Name>${a}</t:Name><t:Size>${rng.int(20000, 900000)}</t:Size></t:FileAttachment>\n`,
        );
      out.add('          </t:Attachments>\n');
    }
    out.add(`          <t:DateTimeReceived>${iso(when(stamp, m))}</t:DateTimeReceived>\n`);
    mailbox('Sender', [m.from], false);
    mailbox('ToRecipients', m.to, true);
    if (m.cc.length) mailbox('CcRecipients', m.cc, true);
    mailbox('From', [m.from], false);
    out.add(`          <t:InternetMessageId>${xmlEscape(msgid(rng))}</t:InternetMessageId>\n`);
    if (m.clientIp) {
      out.add(
        '          <t:ExtendedProperty><t:ExtendedFieldURI DistinguishedPropertySetId="InternetHeaders" PropertyName="X-Originating-IP" PropertyType="String"/><t:Value>[',
      );
      out.val('IP_ADDRESS', m.clientIp);
      out.add(']</t:Value></t:ExtendedProperty>\n');
    }
    out.add(`        </t:Message>\n        </m:Items>\n        </m:GetItemResponseMessage>\n`);
  }
  out.add('      </m:ResponseMessages>\n    </m:GetItemResponse>\n  </s:Body>\n</s:Envelope>\n');
}

type Render = (rng: Mrg, out: Out, mails: Mail[], stamp: Stamp, lang: 'de' | 'en') => void;

const FORMATS: { name: string; render: Render }[] = [
  { name: 'Outlook .msg streams', render: (rng, out, mails, s) => renderMsg(rng, out, mails, s) },
  { name: 'PST property dump', render: renderPst },
  { name: 'mboxrd', render: (rng, out, mails, s) => renderMbox(rng, out, mails, s) },
  { name: 'EWS GetItem', render: (rng, out, mails, s) => renderEws(rng, out, mails, s) },
];

/**
 * `count` documents from `seed`: document i is format i mod 4 and scenario ⌊i / 4⌋ mod 10, written in German
 * for the first forty, in English for the next forty, and so on, so every kind comes in both languages.
 */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const rng = new Mrg(seed);
  const docs: Omit<TestDocument, 'id' | 'origin'>[] = [];
  const block = FORMATS.length * SCENARIOS.length;
  for (let i = 0; i < count; i++) {
    const format = FORMATS[i % FORMATS.length];
    const scenario = SCENARIOS[Math.floor(i / FORMATS.length) % SCENARIOS.length];
    const lang = Math.floor(i / block) % 2 === 0 ? 'de' : 'en';
    const mails = scenario.mails(rng, lang);
    const stamp = {
      at: new Date(Date.UTC(2026, rng.int(0, 10), rng.int(1, 28), rng.int(6, 21), rng.int(0, 59), rng.int(0, 59))),
    };
    const out = new Out();
    format.render(rng, out, mails, stamp, lang);
    docs.push({ lang, kind: `${format.name} · ${scenario.kind}`, text: out.text, entities: out.entities });
  }
  return docs;
}
