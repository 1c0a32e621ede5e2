import {
  addressOf,
  card,
  dobOf,
  givenName,
  ibanOf,
  idCard,
  ipOf,
  mailOf,
  mark,
  name,
  passport,
  pensionOf,
  phoneOf,
  taxId,
  type Person,
} from './people.js';
import type { WichmannHill } from './random.js';

/**
 * What is said in set 15's generated conversations, apart from how an export writes it: a customer
 * (c), an agent or adviser (a) and sometimes a third person (x), on the set's domains. Each script
 * returns turns with marks; the formats (generated.ts) lay them out as chats, mails and transcripts.
 */
export interface Turn {
  who: 'c' | 'a' | 'x';
  text: string;
}
export interface Scene {
  r: WichmannHill;
  c: Person;
  a: Person;
  x: Person;
  /** Spoken: a call transcript (numbers as ASR writes them, no addresses over lines). */
  spoken: boolean;
}
export type Script = (s: Scene) => Turn[];

const num = (r: WichmannHill, n: number) => r.digits(n);
const meter = (r: WichmannHill) => `ZN15-${num(r, 6)}`;
const policy = (r: WichmannHill) => `POL-15-${num(r, 6)}`;
const claim = (r: WichmannHill) => `CLM-15-${num(r, 5)}`;
/** How speech-to-text writes a spelled-out number: digits, grouped by the pauses. */
const spokenDigits = (s: string) => s.replace(/\s+/g, '').replace(/(\d{3})(?=\d{4})/g, '$1 ');

function addressOrTown(s: Scene, p: Person, de: boolean): string {
  const adr = addressOf(s.r, p.country);
  if (adr) return mark('addr', adr);
  return de ? 'die alte Adresse' : 'the same address as before';
}

const phone = (s: Scene, p: Person) =>
  mark('tel', s.spoken ? spokenDigits(phoneOf(s.r, p.country)) : phoneOf(s.r, p.country));

export const SCRIPTS_DE: Script[] = [
  (s) => [
    {
      who: 'c',
      text: `Guten Tag, ich ziehe zum 1. um und möchte den Strom ummelden. Neue Adresse: ${addressOrTown(s, s.c, true)}.`,
    },
    { who: 'a', text: `Gern. Nennen Sie mir bitte Ihr Geburtsdatum und den Zählerstand, Zähler ${meter(s.r)}.` },
    { who: 'c', text: `Geboren am ${mark('dob', dobOf(s.r, s.c, 'de', s.spoken))}, Stand ${num(s.r, 5)} kWh.` },
    { who: 'a', text: `Danke. Soll der Abschlag per Lastschrift laufen?` },
    { who: 'c', text: `Ja, IBAN ${mark('iban', ibanOf(s.r, s.c))}.` },
    { who: 'a', text: `Ist notiert. Die Bestätigung geht an ${mark('mail', mailOf(s.r, s.c))}.` },
  ],
  (s) => [
    {
      who: 'c',
      text: `Ich habe die Sperrandrohung bekommen, Vertragskonto ${num(s.r, 4)}-${num(s.r, 3)}. Kann ich in Raten zahlen?`,
    },
    { who: 'a', text: `Ja, sechs Raten sind möglich. Unter welcher Nummer erreiche ich Sie für die Vereinbarung?` },
    { who: 'c', text: `${phone(s, s.c)}, am besten abends. Meine Frau ${name(s.x)} kann auch unterschreiben.` },
    { who: 'c', text: `Die erste Rate kann ich gleich mit der Kreditkarte zahlen: ${mark('card', card(s.r))}.` },
    { who: 'a', text: `Gut, ich setze die Sperre bis zum Rückruf aus. Ihr Berater ist ${name(s.a)}.` },
  ],
  (s) => [
    { who: 'c', text: `Ich möchte meine Rufnummer ${phone(s, s.c)} zu Ihnen mitnehmen.` },
    { who: 'a', text: `Dafür brauche ich Ihr Geburtsdatum zur Prüfung beim alten Anbieter.` },
    { who: 'c', text: `${mark('dob', dobOf(s.r, s.c, 'de', s.spoken))}` },
    {
      who: 'a',
      text: `Danke. Der Techniker ${name(s.x)} kommt am Dienstag zwischen 8 und 12 Uhr, Auftrag A15-${num(s.r, 7)}.`,
    },
  ],
  (s) => [
    { who: 'c', text: `Das Internet bricht seit Tagen abends ab. Laut Router ist meine IP ${mark('ip', ipOf(s.r))}.` },
    { who: 'a', text: `Ich sehe CRC-Fehler auf der Leitung. Ich schalte Sie auf ein stabileres Profil.` },
    { who: 'c', text: `Danke. Schicken Sie mir das Ergebnis an ${mark('mail', mailOf(s.r, s.c))}?` },
    { who: 'a', text: `Mache ich. Ticket T-15-${num(s.r, 6)}, Rückfragen an ${mark('tel', phoneOf(s.r, 'DE'))}.` },
  ],
  (s) => [
    { who: 'c', text: `Ich möchte einen Unfall melden, Versicherungsschein ${policy(s.r)}.` },
    { who: 'a', text: `Wer war der Unfallgegner?` },
    { who: 'c', text: `${name(s.x)}, Telefon ${phone(s, s.x)}. Er ist mir beim Wenden in die Seite gefahren.` },
    {
      who: 'a',
      text: `Ich lege den Schaden ${claim(s.r)} an. Die Selbstbeteiligung buchen wir von der Karte ${mark('card', card(s.r))} ab?`,
    },
    { who: 'c', text: `Ja, bitte.` },
  ],
  (s) => [
    { who: 'a', text: `Für die Kontoeröffnung brauche ich Ihren Ausweis.` },
    { who: 'c', text: `Personalausweis ${mark('ausw', idCard(s.r))}, gültig bis 2031.` },
    { who: 'a', text: `Und Ihre Steuer-ID für den Freistellungsauftrag?` },
    {
      who: 'c',
      text: `${mark('stid', taxId(s.r, s.r.chance(0.5)))}. Wohnhaft bin ich ${addressOrTown(s, s.c, true)}.`,
    },
    { who: 'a', text: `Für das Depot brauche ich zusätzlich den Reisepass, falls vorhanden.` },
    { who: 'c', text: `Reisepass ${mark('pass', passport(s.r))}, ausgestellt 2024.` },
    { who: 'a', text: `Danke, ${name(s.c)}. Die Karte kommt in fünf Tagen.` },
  ],
  (s) => [
    { who: 'x', text: `Für die Anmeldung der neuen Erntehelferin brauche ich noch ihre Daten.` },
    {
      who: 'c',
      text: `${name(s.a)}, geb. ${mark('dob', dobOf(s.r, s.a, 'de', s.spoken))}, RV-Nummer ${mark('rvnr', pensionOf(s.r, s.a))}.`,
    },
    { who: 'x', text: `Steuer-ID?` },
    {
      who: 'c',
      text: `${mark('stid', taxId(s.r))}. Lohn bitte auf ${mark('iban', ibanOf(s.r, s.a))}. ${s.r.chance(0.5) ? `Reisepass ${mark('pass', passport(s.r))}` : `Personalausweis ${mark('ausw', idCard(s.r))}`} liegt in Kopie vor.`,
    },
  ],
  (s) => [
    { who: 'c', text: `Kuh mit Ohrmarke DE 09 ${num(s.r, 3)} ${num(s.r, 5)} kalbt schwer, können Sie kommen?` },
    { who: 'a', text: `Bin in 30 Minuten da. Ist der Hof ${addressOrTown(s, s.c, true)}?` },
    {
      who: 'c',
      text: `Ja, hinter der Müllerwiese. Mein Sohn ${givenName(s.x)} wartet am Tor, Handy ${phone(s, s.x)}.`,
    },
    { who: 'a', text: `Alles klar, ich rufe ihn an, wenn ich im Dorf bin.` },
  ],
  (s) => [
    { who: 'c', text: `Meine Mutter ist verstorben. Ich habe eine Vollmacht über den Tod hinaus für ihr Konto.` },
    { who: 'a', text: `Mein Beileid. Wie war der Name Ihrer Mutter?` },
    { who: 'c', text: `${name(s.x)}, geboren ${mark('dob', dobOf(s.r, s.x, 'de', s.spoken))}.` },
    { who: 'a', text: `Bitte bringen Sie die Sterbeurkunde und Ihren Ausweis mit.` },
    {
      who: 'c',
      text: `${s.r.chance(0.5) ? `Reisepass ${mark('pass', passport(s.r))}` : `Ausweis ${mark('ausw', idCard(s.r))}`}. Ich komme Donnerstag.`,
    },
  ],
  (s) => [
    { who: 'c', text: `Hagel gestern Abend, Winterweizen auf der Müllerwiese und dem Kappelacker liegt flach.` },
    { who: 'a', text: `Ich schicke Ihnen den Schätzer ${name(s.x)}. Schaden ${claim(s.r)}, Vertrag ${policy(s.r)}.` },
    { who: 'c', text: `Er soll mich vorher anrufen: ${phone(s, s.c)}.` },
  ],
];

export const SCRIPTS_EN: Script[] = [
  (s) => [
    {
      who: 'c',
      text: `Hi, I'm moving in on the 1st and want to open an account. The address is ${addressOrTown(s, s.c, false)}.`,
    },
    { who: 'a', text: `No problem. Can I take your date of birth and the meter reading? Meter serial ${meter(s.r)}.` },
    { who: 'c', text: `It's ${mark('dob', dobOf(s.r, s.c, 'en', s.spoken))}, and the reading is ${num(s.r, 5)}.` },
    { who: 'a', text: `Thanks. I'll send the welcome pack to ${mark('mail', mailOf(s.r, s.c))}.` },
  ],
  (s) => [
    {
      who: 'c',
      text: `I got a disconnection notice for account ${num(s.r, 2)}-${num(s.r, 3)}-${num(s.r, 4)}. Can I set up a payment plan?`,
    },
    { who: 'a', text: `Yes, we can spread it over 6 months. What's the best number to call you back on?` },
    { who: 'c', text: `${phone(s, s.c)}. My partner ${name(s.x)} is on the account too.` },
    { who: 'c', text: `I can pay the first instalment now by card, ${mark('card', card(s.r))}.` },
    { who: 'a', text: `Great, I've put a hold on the account. Your case handler is ${name(s.a)}.` },
  ],
  (s) => [
    { who: 'c', text: `I want to port my number ${phone(s, s.c)} over to you.` },
    { who: 'a', text: `Sure. For the port I need your date of birth as the losing provider has it.` },
    { who: 'c', text: `${mark('dob', dobOf(s.r, s.c, 'en', s.spoken))}.` },
    { who: 'a', text: `Thanks. Our engineer ${name(s.x)} is booked for Tuesday morning, order ${num(s.r, 8)}.` },
  ],
  (s) => [
    {
      who: 'c',
      text: `The broadband keeps dropping every evening. My router says the public IP is ${mark('ip', ipOf(s.r))}.`,
    },
    { who: 'a', text: `I can see line errors. I'll move you to a stable profile and monitor it for 48 hours.` },
    { who: 'c', text: `Thanks, can you email the result to ${mark('mail', mailOf(s.r, s.c))}?` },
    {
      who: 'a',
      text: `Will do. Fault ref FLT-15-${num(s.r, 6)}; the fault line is ${mark('tel', phoneOf(s.r, s.c.country))}.`,
    },
  ],
  (s) => [
    { who: 'c', text: `I need to report an accident, policy ${policy(s.r)}.` },
    { who: 'a', text: `Sorry to hear that. Do you have the other driver's details?` },
    { who: 'c', text: `${name(s.x)}, phone ${phone(s, s.x)}. He reversed into me in the mart car park.` },
    {
      who: 'a',
      text: `I've opened claim ${claim(s.r)}. Shall I take the excess from the card ending ${num(s.r, 4)} or a new card?`,
    },
    { who: 'c', text: `New card please: ${mark('card', card(s.r))}.` },
  ],
  (s) => [
    { who: 'a', text: `To open the account I need to see ID. Are you the German national we spoke about?` },
    {
      who: 'c',
      text: `Yes, German ID card ${mark('ausw', idCard(s.r))}, and my German tax ID is ${mark('stid', taxId(s.r, s.r.chance(0.5)))}. I have my German passport too, ${mark('pass', passport(s.r))}.`,
    },
    { who: 'a', text: `And your home address here?` },
    { who: 'c', text: `${addressOrTown(s, s.c, false)}. Statements by email please.` },
    { who: 'a', text: `Thanks ${givenName(s.c)}, the card will arrive in 5 working days.` },
  ],
  (s) => [
    { who: 'x', text: `Payroll needs the new picker's details before Friday.` },
    {
      who: 'c',
      text: `${name(s.a)}, DOB ${mark('dob', dobOf(s.r, s.a, 'en', s.spoken))}, German pension number ${mark('rvnr', pensionOf(s.r, s.a))}.`,
    },
    { who: 'x', text: `Passport?` },
    {
      who: 'c',
      text: `${s.r.chance(0.5) ? `German passport ${mark('pass', passport(s.r))}` : `No passport with her, German ID card ${mark('ausw', idCard(s.r))}`}. Wages to ${mark('iban', ibanOf(s.r, s.c))}.`,
    },
  ],
  (s) => [
    { who: 'c', text: `Heifer with tag UK 184402 ${num(s.r, 6)} is struggling to calve, can someone come out?` },
    { who: 'a', text: `On my way, 30 minutes. Is it the farmhouse at ${addressOrTown(s, s.c, false)}?` },
    {
      who: 'c',
      text: `Yes, past the top paddock. My son ${givenName(s.x)} will open the gate, his mobile is ${phone(s, s.x)}.`,
    },
    { who: 'a', text: `Grand, I'll ring him from the road.` },
  ],
  (s) => [
    { who: 'c', text: `My father passed away last week and I'm the executor.` },
    { who: 'a', text: `I'm very sorry. What was your father's full name and date of birth?` },
    { who: 'c', text: `${name(s.x)}, born ${mark('dob', dobOf(s.r, s.x, 'en', s.spoken))}.` },
    {
      who: 'a',
      text: `Thank you. Please send the death certificate to ${'bereavement@' + s.r.pick(['fieldbank.co.uk', 'kiwirural.co.nz', 'prairiecu.org'])}.`,
    },
  ],
  (s) => [
    { who: 'c', text: `Hail last night flattened the barley on the Long Meadow and the Top Forty.` },
    { who: 'a', text: `I'll send our adjuster ${name(s.x)}. Claim ${claim(s.r)} on policy ${policy(s.r)}.` },
    { who: 'c', text: `Ask them to ring me first on ${phone(s, s.c)}.` },
    { who: 'a', text: `Will do. IBAN for the payout, if it's not the one on file: ${mark('iban', ibanOf(s.r, s.c))}?` },
  ],
];
