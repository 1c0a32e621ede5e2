import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { cultures } from './names.js';
import { Taus113 } from './random.js';
import { card, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';
type Render = (r: Taus113, lang: Lang) => Builder;

interface Person {
  given: string;
  family: string;
  email: string;
  phone: string;
  dob: { d: number; m: number; y: number };
  address: string;
  female: boolean;
  country: string;
  /** The German-speaking mission abroad responsible for the home (homes abroad only). */
  mission: number;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
const pad = (n: number) => String(n).padStart(2, '0');
const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);
const hex = (r: Taus113, n: number) => Array.from({ length: n }, () => r.below(16).toString(16)).join('');
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** application/x-www-form-urlencoded: `+` for a space, `%40` for @, UTF-8 bytes as `%C3%BC`. */
const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');

/**
 * Homes of the people in the portals' traffic. German documents: Germans, Austrians and Swiss abroad (their
 * missions' portals) and applicants in DE, AT and CH to the missions of UK, IE, US, CA, AU and NZ. English
 * documents: British, Irish, American, Canadian, Australian and New Zealand citizens in DE, AT and CH, and
 * applicants abroad to the German-speaking missions.
 */
const HOMES: Record<
  Lang,
  { addr: (r: Taus113) => string; phone: (r: Taus113) => string; mail: string[]; country: string; mission?: number }[]
> = {
  de: [
    {
      addr: (r) =>
        `${r.int(2, 190)} ${r.pick(['Glebe Point Road', 'Crown Street', 'Bondi Road'])}, Sydney NSW 20${r.pick(['37', '10', '26'])}`,
      phone: (r) => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      mail: ['gmx.de', 'posteo.de', 'bigpond.com'],
      country: 'DE',
      mission: 0,
    },
    {
      addr: (r) =>
        `${r.int(2, 120)} ${r.pick(['Cuba Street', 'Aro Street', 'Tinakori Road'])}, Wellington 60${r.pick(['11', '21'])}`,
      phone: (r) => `+64 21 ${r.digits(3)} ${r.digits(4)}`,
      mail: ['web.de', 'xtra.co.nz'],
      country: 'DE',
      mission: 0,
    },
    {
      addr: (r) => `${r.int(10, 999)}/${r.int(1, 40)} Sukhumvit Soi ${r.int(11, 63)}, Bangkok 10110`,
      phone: (r) => `+66 8${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`,
      mail: ['t-online.de', 'gmail.com'],
      country: 'DE',
      mission: 2,
    },
    {
      addr: (r) =>
        `${r.pick(['Kloof Street', 'Bree Street', 'Main Road'])} ${r.int(2, 200)}, Cape Town 80${r.pick(['01', '05'])}`,
      phone: (r) => `+27 8${r.pick(['2', '3'])} ${r.digits(3)} ${r.digits(4)}`,
      mail: ['gmx.at', 'gmail.com'],
      country: 'AT',
      mission: 1,
    },
    {
      addr: (r) =>
        `${r.pick(['Rua da Prata', 'Rua de São Bento', 'Avenida Almirante Reis'])} ${r.int(2, 250)}, 1${r.int(100, 199)}-${r.digits(3)} Lisboa`,
      phone: (r) => `+351 9${r.pick(['1', '3', '6'])} ${r.digits(3)} ${r.digits(4)}`,
      mail: ['bluewin.ch', 'sunrise.ch'],
      country: 'CH',
      mission: 3,
    },
    {
      addr: (r) =>
        `${r.pick(['Greifswalder Straße', 'Boxhagener Straße', 'Sonnenallee'])} ${r.int(2, 220)}, 10${r.pick(['405', '245', '247'])} Berlin`,
      phone: (r) => `01${r.pick(['51', '60', '76'])} ${r.digits(8)}`,
      mail: ['freenet.de', 'gmx.de'],
      country: 'DE',
    },
    {
      addr: (r) =>
        `${r.pick(['Landstraßer Hauptstraße', 'Reindorfgasse', 'Thaliastraße'])} ${r.int(2, 160)}, 1${r.pick(['030', '150', '160'])} Wien`,
      phone: (r) => `+43 6${r.pick(['64', '99'])} ${r.digits(7)}`,
      mail: ['aon.at', 'gmx.at'],
      country: 'AT',
    },
  ],
  en: [
    {
      addr: (r) =>
        `${r.pick(['Leopoldstraße', 'Schleißheimer Straße', 'Belgradstraße'])} ${r.int(2, 200)}, 80${r.pick(['796', '797', '804'])} München`,
      phone: (r) => `+49 1${r.pick(['52', '70', '59'])} ${r.digits(8)}`,
      mail: ['gmail.com', 'btinternet.com', 'outlook.com'],
      country: 'DE',
    },
    {
      addr: (r) =>
        `${r.pick(['Effingerstrasse', 'Monbijoustrasse', 'Länggassstrasse'])} ${r.int(2, 90)}, 30${r.pick(['08', '11', '12'])} Bern`,
      phone: (r) => `+41 7${r.pick(['6', '8', '9'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      mail: ['icloud.com', 'eircom.net'],
      country: 'CH',
    },
    {
      addr: (r) =>
        `${r.pick(['Josefstädter Straße', 'Alser Straße', 'Neubaugasse'])} ${r.int(2, 90)}, 10${r.pick(['80', '90', '70'])} Wien`,
      phone: (r) => `+43 6${r.pick(['50', '76'])} ${r.digits(7)}`,
      mail: ['yahoo.co.uk', 'hotmail.com'],
      country: 'AT',
    },
    {
      addr: (r) =>
        `${r.int(100, 4800)} ${r.pick(['South Congress Ave', 'East Cesar Chavez St', 'Manor Rd'])}, Austin, TX 787${r.int(1, 45).toString().padStart(2, '0')}`,
      phone: (r) => `(512) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      mail: ['att.net', 'gmail.com'],
      country: 'US',
    },
    {
      addr: (r) =>
        `${r.int(2, 300)} ${r.pick(['Gloucester Road', 'Cheltenham Road', 'Stokes Croft'])}, Bristol BS${r.pick(['6 5QA', '7 8PL', '1 3QY'])}`,
      phone: (r) => `07${r.pick(['700', '812', '955'])} ${r.digits(6)}`,
      mail: ['sky.com', 'talktalk.net'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.int(2, 200)} ${r.pick(['Ponsonby Road', 'Karangahape Road', 'Dominion Road'])}, Auckland 10${r.pick(['11', '21', '24'])}`,
      phone: (r) => `+64 22 ${r.digits(3)} ${r.digits(4)}`,
      mail: ['xtra.co.nz', 'gmail.com'],
      country: 'NZ',
    },
    {
      addr: (r) =>
        `${r.int(2, 220)} ${r.pick(['Brunswick Street', 'Smith Street', 'Lygon Street'])}, Fitzroy VIC 30${r.pick(['65', '54'])}`,
      phone: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      mail: ['optusnet.com.au', 'bigpond.com'],
      country: 'AU',
    },
  ],
};

function person(r: Taus113, lang: Lang, abroad = false): Person {
  const c = r.pick(Object.values(cultures()));
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = r.pick(abroad ? HOMES.de.filter((h) => h.mission !== undefined) : HOMES[lang]);
  const local = r.chance(0.55)
    ? `${ascii(given)}.${ascii(family)}`
    : `${ascii(family)}.${ascii(given).slice(0, 1)}${r.int(1, 99)}`;
  return {
    given,
    family,
    email: `${local}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1938, 2008) },
    address: home.addr(r),
    female: r.chance(0.5),
    country: home.country,
    mission: home.mission ?? 0,
  };
}

const isoDob = (p: Person) => `${p.dob.y}-${pad(p.dob.m)}-${pad(p.dob.d)}`;
const localDob = (p: Person, lang: Lang) =>
  lang === 'de' ? `${pad(p.dob.d)}.${pad(p.dob.m)}.${p.dob.y}` : `${pad(p.dob.d)}/${pad(p.dob.m)}/${p.dob.y}`;

/** A date that is no birth: an appointment, a submission, an expiry. */
const someDay = (r: Taus113) => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
const stamp = (r: Taus113) =>
  `${someDay(r)}T${pad(r.int(6, 21))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${String(r.int(0, 999)).padStart(3, '0')}Z`;
const clfStamp = (r: Taus113) =>
  `${pad(r.int(1, 28))}/${r.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])}/2026:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0000`;
const clientIp = (r: Taus113) =>
  r.chance(0.7)
    ? `${r.pick([31, 49, 82, 90, 109, 185])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`
    : `2a01:${r.int(0x1000, 0xffff).toString(16)}:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;
const uuid = (r: Taus113) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;

/** Look-alikes never labelled: appointment, visa application and case numbers, session ids, request ids, fees. */
const apptNo = (r: Taus113) => `APT-${r.digits(8)}`;
const visaNo = (r: Taus113) => `VIS-2026-${r.digits(6)}`;
const caseNo = (r: Taus113) => `KA-${r.digits(5)}/26`;
const session = (r: Taus113) => hex(r, 32);
const fee = (r: Taus113) => `${r.pick([37, 60, 75, 81, 90, 105, 140])}.${r.pick(['00', '50'])}`;
const UA = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
];

/** The missions and their portals: switchboards, role mailboxes, fee accounts, premises and server IPs are never labelled. */
const MISSIONS: Record<
  Lang,
  { name: string; host: string; ip: string; phone: string; mail: string; iban: string; addr: string }[]
> = {
  de: [
    {
      name: 'Deutsche Botschaft Canberra',
      host: 'termine.canberra-diplo.example',
      ip: '203.0.113.41',
      phone: '+61 2 6270 1911',
      mail: 'rk-10@canberra-diplo.example',
      iban: 'DE66 5001 0517 0000 1447 01',
      addr: '119 Empire Circuit, Yarralumla ACT 2600',
    },
    {
      name: 'Generalkonsulat der Bundesrepublik Deutschland Kapstadt',
      host: 'portal.kapstadt-gk.example',
      ip: '198.51.100.17',
      phone: '+27 21 405 3000',
      mail: 'pass@kapstadt-gk.example',
      iban: 'DE44 5001 0517 0000 1447 09',
      addr: 'Roeland Street 19, Cape Town 8001',
    },
    {
      name: 'Österreichische Botschaft Bangkok',
      host: 'konsular.bangkok-obv.example',
      ip: '192.0.2.88',
      phone: '+66 2 105 6710',
      mail: 'konsularabteilung@bangkok-obv.example',
      iban: 'AT45 0100 0000 0550 4017',
      addr: '14 Soi Nandha, Sathorn Soi 1, Bangkok 10120',
    },
    {
      name: 'Schweizerische Botschaft in Portugal',
      host: 'eportal.lissabon-ch.example',
      ip: '203.0.113.162',
      phone: '+351 21 394 4090',
      mail: 'lisbon.consular@lissabon-ch.example',
      iban: 'CH77 0900 0000 3000 4051 8',
      addr: 'Travessa do Jardim 17, 1350-185 Lisboa',
    },
    {
      name: 'Britische Botschaft Berlin, Visa-Abteilung',
      host: 'appointments.berlin-ukvi.example',
      ip: '198.51.100.203',
      phone: '030 20457-0',
      mail: 'consular.berlin@berlin-ukvi.example',
      iban: 'GB32 BARC 2003 5355 1234 56',
      addr: 'Wilhelmstraße 70, 10117 Berlin',
    },
    {
      name: 'Botschaft von Irland, Wien',
      host: 'passport.wien-dfa.example',
      ip: '192.0.2.140',
      phone: '+43 1 715 4246',
      mail: 'vienna.embassy@wien-dfa.example',
      iban: 'IE55 BOFI 9000 1710 0277 45',
      addr: 'Rotenturmstraße 16-18, 1010 Wien',
    },
  ],
  en: [
    {
      name: 'British Consulate General Munich',
      host: 'consular.muc-fcdo.example',
      ip: '198.51.100.54',
      phone: '+49 89 211090',
      mail: 'munich.consular@muc-fcdo.example',
      iban: 'GB71 BARC 2004 1533 8822 01',
      addr: 'Möhlstraße 5, 81675 München',
    },
    {
      name: 'Embassy of the United States, Bern',
      host: 'acs.bern-usemb.example',
      ip: '203.0.113.77',
      phone: '+41 31 357 70 11',
      mail: 'bernacs@bern-usemb.example',
      iban: 'CH56 0483 5012 3456 7800 9',
      addr: 'Sulgeneckstrasse 19, 3007 Bern',
    },
    {
      name: 'Embassy of Canada to Austria',
      host: 'services.vienna-canada.example',
      ip: '192.0.2.201',
      phone: '+43 1 531 38 3000',
      mail: 'vienna.consular@vienna-canada.example',
      iban: 'AT20 1200 0100 2345 6789',
      addr: 'Laurenzerberg 2, 1010 Wien',
    },
    {
      name: 'Australian Embassy Berlin',
      host: 'citizenship.berlin-dfat.example',
      ip: '203.0.113.9',
      phone: '+49 30 880088-0',
      mail: 'consular.berlin@berlin-dfat.example',
      iban: 'DE26 1203 0000 1005 5555 00',
      addr: 'Wallstraße 76-79, 10179 Berlin',
    },
    {
      name: 'German Consulate General San Francisco',
      host: 'appointments.sf-diplo.example',
      ip: '198.51.100.120',
      phone: '+1 415 775-1061',
      mail: 'info@sf-diplo.example',
      iban: 'DE22 2005 0550 1002 0030 40',
      addr: '1960 Jackson Street, San Francisco, CA 94109',
    },
    {
      name: 'Embassy of Ireland, Berlin',
      host: 'passportonline.berlin-dfa.example',
      ip: '192.0.2.33',
      phone: '+49 30 220720',
      mail: 'berlinembassy@berlin-dfa.example',
      iban: 'IE29 AIBK 9311 5212 3456 78',
      addr: 'Jägerstraße 51, 10117 Berlin',
    },
  ],
};

/** HAR scaffolding: a creator, a page, and entries with their timings. */
const harHead = (r: Taus113, _lang: Lang, title: string) =>
  `{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "${r.pick(['WebInspector', 'Firefox'])}", "version": "${r.pick(['537.36', '133.0'])}" },\n    "pages": [{ "startedDateTime": "${stamp(r)}", "id": "page_${r.int(1, 9)}", "title": "${title}", "pageTimings": { "onLoad": ${r.int(300, 4000)} } }],\n    "entries": [\n`;
const harTail = '    ]\n  }\n}\n';
const timings = (r: Taus113) =>
  `"timings": { "blocked": ${r.int(0, 40)}, "dns": -1, "connect": -1, "send": 0, "wait": ${r.int(40, 900)}, "receive": ${r.int(1, 80)} }`;

/** 1. HAR of a German passport renewal appointment booked at a mission abroad (form-urlencoded, old passport number). */
const harPassport: Render = (r, lang) => {
  const p = person(r, 'de', true);
  const m = MISSIONS.de[p.mission];
  const old = icaoNumber(r, 'passport');
  const appt = apptNo(r);
  const sid = session(r);
  const b = new Builder();
  b.add(harHead(r, lang, L(lang, 'Terminvereinbarung Reisepass', 'Passport appointment')));
  b.add(
    `      {\n        "startedDateTime": "${stamp(r)}",\n        "time": ${r.int(80, 900)},\n        "request": {\n          "method": "POST",\n          "url": "https://${m.host}/rktermin/extern/appointment_addAppointment.do",\n          "httpVersion": "HTTP/2",\n          "cookies": [{ "name": "JSESSIONID", "value": "${sid}" }],\n          "headers": [\n            { "name": "content-type", "value": "application/x-www-form-urlencoded" },\n            { "name": "user-agent", "value": "${r.pick(UA)}" }\n          ],\n          "queryString": [],\n          "postData": {\n            "mimeType": "application/x-www-form-urlencoded",\n            "text": "lastname=`,
  );
  b.val('PERSON', enc(p.family))
    .add('&firstname=')
    .val('PERSON', enc(p.given))
    .add('&email=')
    .val('EMAIL_ADDRESS', enc(p.email));
  b.add('&emailrepeat=')
    .val('EMAIL_ADDRESS', enc(p.email))
    .add('&fields%5B0%5D.content=')
    .val('DATE_OF_BIRTH', enc(localDob(p, 'de')));
  b.add('&fields%5B1%5D.content=')
    .val('DE_PASSPORT', old)
    .add('&fields%5B2%5D.content=')
    .val('PHONE_NUMBER', enc(p.phone));
  b.add(
    `&locationCode=${m.host.split('.')[1].slice(0, 4)}&realmId=${r.int(100, 999)}&categoryId=${r.int(1000, 3999)}&captchaText=${hex(r, 6)}&action%3Aappointment_addAppointment=Speichern",\n            "params": [\n              { "name": "lastname", "value": "`,
  );
  b.val('PERSON', p.family).add('" },\n              { "name": "firstname", "value": "').val('PERSON', p.given);
  b.add('" },\n              { "name": "email", "value": "')
    .val('EMAIL_ADDRESS', p.email)
    .add('" }\n            ]\n          }\n        },\n');
  b.add(
    `        "response": {\n          "status": 200,\n          "statusText": "OK",\n          "httpVersion": "HTTP/2",\n          "headers": [{ "name": "content-type", "value": "text/html;charset=UTF-8" }],\n          "content": {\n            "size": ${r.int(4000, 9000)},\n            "mimeType": "text/html",\n            "text": "<div class=\\"info\\"><h2>${L(lang, 'Ihr Termin wurde gebucht', 'Your appointment has been booked')}</h2><p>${L(lang, 'Buchungsnummer', 'Booking number')}: ${appt}, ${someDay(r)} ${pad(r.int(8, 12))}:${r.pick(['00', '20', '40'])}, ${m.addr}. ${L(lang, 'Gebühr', 'Fee')}: ${fee(r)} EUR. ${L(lang, 'Rückfragen', 'Questions')}: ${m.mail}</p></div>"\n          },\n          "redirectURL": ""\n        },\n        "serverIPAddress": "${m.ip}",\n        ${timings(r)}\n      }\n`,
  );
  b.add(harTail);
  return b;
};

/** 2. curl -v of a visa application submitted to a UK, Irish or US portal from Germany, multipart/form-data. */
const curlVisa: Render = (r, lang) => {
  const m = r.pick([MISSIONS.de[4], MISSIONS.de[5], MISSIONS.en[1]]);
  const p = person(r, 'de');
  const boundary = `----WebKitFormBoundary${hex(r, 16)}`;
  const id = visaNo(r);
  const b = new Builder();
  b.add(
    `$ curl -v -X POST https://${m.host}/api/v2/applications/${id}/applicant \\\n    -H 'Authorization: Bearer ${hex(r, 40)}' \\\n    -F surname=`,
  );
  b.val('PERSON', p.family)
    .add(' -F givenNames=')
    .val('PERSON', p.given)
    .add(' -F dateOfBirth=')
    .val('DATE_OF_BIRTH', isoDob(p));
  b.add(` -F purpose=${r.pick(['tourism', 'family_visit', 'study', 'business'])} -F photo=@passfoto.jpg\n`);
  b.add(
    `*   Trying ${m.ip}:443...\n* Connected to ${m.host} (${m.ip}) port 443\n* ALPN: server accepted h2\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n`,
  );
  b.add(
    `> POST /api/v2/applications/${id}/applicant HTTP/2\n> Host: ${m.host}\n> user-agent: curl/8.5.0\n> accept: */*\n> content-length: ${r.int(30_000, 240_000)}\n> content-type: multipart/form-data; boundary=${boundary}\n>\n`,
  );
  b.add(
    `< HTTP/2 201\n< date: ${r.pick(['Mon', 'Tue', 'Wed', 'Thu'])}, ${pad(r.int(1, 28))} Mar 2026 ${pad(r.int(6, 18))}:${pad(r.int(0, 59))}:00 GMT\n< content-type: application/json\n< x-request-id: ${uuid(r)}\n<\n`,
  );
  b.add(`{"applicationId":"${id}","status":"${L(lang, 'EINGEREICHT', 'SUBMITTED')}","applicant":{"surname":"`);
  b.val('PERSON', p.family)
    .add('","givenNames":"')
    .val('PERSON', p.given)
    .add('","dateOfBirth":"')
    .val('DATE_OF_BIRTH', isoDob(p));
  b.add('","contact":{"email":"').val('EMAIL_ADDRESS', p.email).add('","phone":"').val('PHONE_NUMBER', p.phone);
  b.add(
    `"}},"biometricsAppointment":"${apptNo(r)}","fee":{"amount":"${fee(r)}","currency":"EUR"},"helpdesk":"${m.mail}"}\n* Connection #0 to host ${m.host} left intact\n`,
  );
  return b;
};

/** 3. HAR of a birth abroad registered with the mission (child, parents, home abroad). */
const harBirth: Render = (r, lang) => {
  const m = r.pick(lang === 'de' ? MISSIONS.de.slice(0, 4) : MISSIONS.en.slice(0, 4));
  const mother = person(r, lang);
  const father = person(r, lang);
  for (const parent of [mother, father]) parent.dob.y = r.int(1978, 2001);
  const child = { ...person(r, lang), family: mother.family };
  child.dob = { d: r.int(1, 28), m: r.int(1, 12), y: r.int(2024, 2025) };
  const b = new Builder();
  b.add(harHead(r, lang, L(lang, 'Geburtsanzeige / Nachbeurkundung', 'Consular Report of Birth Abroad')));
  b.add(
    `      {\n        "startedDateTime": "${stamp(r)}",\n        "time": ${r.int(200, 1500)},\n        "request": {\n          "method": "POST",\n          "url": "https://${m.host}/api/registrations/birth",\n          "httpVersion": "HTTP/1.1",\n          "headers": [{ "name": "Content-Type", "value": "application/json" }, { "name": "X-CSRF-Token", "value": "${hex(r, 24)}" }],\n          "postData": {\n            "mimeType": "application/json",\n            "text": "{\\"child\\":{\\"givenNames\\":\\"`,
  );
  b.val('PERSON', child.given)
    .add('\\",\\"surname\\":\\"')
    .val('PERSON', child.family)
    .add('\\",\\"dateOfBirth\\":\\"')
    .val('DATE_OF_BIRTH', isoDob(child));
  b.add(
    `\\",\\"placeOfBirth\\":\\"${L(lang, r.pick(['Sydney', 'Kapstadt', 'Bangkok']), r.pick(['München', 'Bern', 'Wien']))}\\"},\\"mother\\":{\\"name\\":\\"`,
  );
  b.val('PERSON', `${mother.given} ${mother.family}`)
    .add('\\",\\"dateOfBirth\\":\\"')
    .val('DATE_OF_BIRTH', isoDob(mother));
  b.add('\\"},\\"father\\":{\\"name\\":\\"')
    .val('PERSON', `${father.given} ${father.family}`)
    .add('\\",\\"dateOfBirth\\":\\"')
    .val('DATE_OF_BIRTH', isoDob(father));
  b.add('\\"},\\"address\\":\\"')
    .val('POSTAL_ADDRESS', mother.address)
    .add('\\",\\"email\\":\\"')
    .val('EMAIL_ADDRESS', mother.email);
  b.add(
    `\\",\\"documents\\":[\\"birth_certificate.pdf\\",\\"marriage_certificate.pdf\\"]}"\n          }\n        },\n        "response": {\n          "status": 202,\n          "content": { "mimeType": "application/json", "text": "{\\"caseNumber\\":\\"${caseNo(r)}\\",\\"received\\":\\"${stamp(r)}\\",\\"processingWeeks\\":${r.int(6, 30)},\\"fee\\":\\"${fee(r)} EUR\\"}" }\n        },\n        "serverIPAddress": "${m.ip}",\n        ${timings(r)}\n      }\n`,
  );
  b.add(harTail);
  return b;
};

/** 4. DevTools "Copy as fetch" of an apostille or legalisation order paid by card. */
const fetchApostille: Render = (r, lang) => {
  const p = person(r, lang);
  const cardNo = card(r);
  const b = new Builder();
  const host = L(lang, 'apostille.bva-legal.example', 'legalisation.fcdo-services.example');
  b.add(
    `fetch("https://${host}/orders/${hex(r, 12)}/checkout", {\n  "headers": {\n    "accept": "application/json",\n    "content-type": "application/x-www-form-urlencoded; charset=UTF-8",\n    "x-requested-with": "XMLHttpRequest"\n  },\n  "referrer": "https://${host}/orders/new",\n  "body": "name=`,
  );
  b.val('PERSON', enc(`${p.given} ${p.family}`))
    .add('&address=')
    .val('POSTAL_ADDRESS', enc(p.address))
    .add('&email=')
    .val('EMAIL_ADDRESS', enc(p.email));
  b.add(
    `&documents=${r.int(1, 4)}&docType=${L(lang, 'Geburtsurkunde', 'degree_certificate')}&country=${r.pick(['TH', 'ZA', 'AU', 'US'])}&cardNumber=`,
  );
  b.val('CREDIT_CARD', cardNo).add(
    `&expiry=${pad(r.int(1, 12))}%2F${r.int(27, 31)}&amount=${fee(r)}",\n  "method": "POST",\n  "mode": "cors",\n  "credentials": "include"\n});\n`,
  );
  return b;
};

/** 5. A proxy log of the overseas voter registration portal (client addresses, encoded e-mail in the query). */
const proxyVoter: Render = (r, lang) => {
  const b = new Builder();
  const host = L(lang, 'wahlregister.bundeswahlleiter-ausland.example', 'overseas.register-to-vote.example');
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = person(r, lang);
    const ip = clientIp(r);
    b.val('IP_ADDRESS', ip)
      .add(` - - [${clfStamp(r)}] "GET https://${host}/api/lookup?email=`)
      .val('EMAIL_ADDRESS', enc(p.email));
    b.add('&dob=')
      .val('DATE_OF_BIRTH', isoDob(p))
      .add(` HTTP/1.1" 200 ${r.int(200, 900)} "-" "${r.pick(UA)}"\n`);
    b.val('IP_ADDRESS', ip).add(
      ` - - [${clfStamp(r)}] "POST https://${host}/api/applications HTTP/1.1" 201 ${r.int(80, 300)} "https://${host}/apply" "${r.pick(UA)}"\n`,
    );
    b.add(
      `10.40.${r.int(0, 3)}.${r.int(2, 250)} - - [${clfStamp(r)}] "GET https://${host}/healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"\n`,
    );
  }
  return b;
};

/** 6. HAR of a pensioner's life certificate uploaded through a mission (pension number, tax id, IBAN). */
const harLifeCert: Render = (r, lang) => {
  const p = person(r, 'de', true);
  p.dob = { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1934, 1960) };
  const pension = pensionNumber(r, p.dob, p.family, p.female);
  const tax = taxId(r);
  const acc = iban(r, r.pick(['DE', 'AT', 'CH']));
  const m = MISSIONS.de[p.mission];
  const b = new Builder();
  b.add(
    harHead(r, lang, L(lang, 'Lebensbescheinigung Rentenservice Ausland', 'Life certificate (Rentenservice abroad)')),
  );
  b.add(
    `      {\n        "startedDateTime": "${stamp(r)}",\n        "time": ${r.int(300, 2500)},\n        "request": {\n          "method": "POST",\n          "url": "https://${m.host}/lebensbescheinigung/upload?vsnr=`,
  );
  b.val('DE_SOCIAL_SECURITY', pension)
    .add(`&lang=${lang}",\n          "httpVersion": "HTTP/2",\n          "queryString": [{ "name": "vsnr", "value": "`)
    .val('DE_SOCIAL_SECURITY', pension);
  const boundary = `----geckoformboundary${hex(r, 12)}`;
  b.add(
    `" }, { "name": "lang", "value": "${lang}" }],\n          "postData": {\n            "mimeType": "multipart/form-data; boundary=${boundary}",\n            "text": "--${boundary}\\r\\nContent-Disposition: form-data; name=\\"name\\"\\r\\n\\r\\n`,
  );
  b.val('PERSON', `${p.family}, ${p.given}`)
    .add(`\\r\\n--${boundary}\\r\\nContent-Disposition: form-data; name=\\"geburtsdatum\\"\\r\\n\\r\\n`)
    .val('DATE_OF_BIRTH', localDob(p, 'de'));
  b.add(`\\r\\n--${boundary}\\r\\nContent-Disposition: form-data; name=\\"steuerid\\"\\r\\n\\r\\n`).val(
    'DE_TAX_ID',
    tax,
  );
  b.add(`\\r\\n--${boundary}\\r\\nContent-Disposition: form-data; name=\\"iban\\"\\r\\n\\r\\n`).val('IBAN_CODE', acc);
  b.add(`\\r\\n--${boundary}\\r\\nContent-Disposition: form-data; name=\\"anschrift\\"\\r\\n\\r\\n`).val(
    'POSTAL_ADDRESS',
    p.address,
  );
  b.add(
    `\\r\\n--${boundary}\\r\\nContent-Disposition: form-data; name=\\"scan\\"; filename=\\"lebensbescheinigung_${r.digits(4)}.pdf\\"\\r\\nContent-Type: application/pdf\\r\\n\\r\\n(binary)\\r\\n--${boundary}--\\r\\n"\n          }\n        },\n        "response": {\n          "status": 200,\n          "content": { "mimeType": "application/json", "text": "{\\"ok\\":true,\\"vorgang\\":\\"${caseNo(r)}\\",\\"bestaetigtDurch\\":\\"${m.name}\\",\\"naechsteFaelligkeit\\":\\"${someDay(r)}\\"}" }\n        },\n        "serverIPAddress": "${m.ip}",\n        ${timings(r)}\n      }\n`,
  );
  b.add(harTail);
  return b;
};

/** 7. curl -v of a consular emergency notification (arrest or hospital admission), the citizen and a relative. */
const curlDistress: Render = (r, lang) => {
  const m = r.pick(MISSIONS[lang].slice(0, 4));
  const c = person(r, lang);
  const rel = person(r, lang);
  const type = r.pick(['ARREST', 'HOSPITAL_ADMISSION', 'DEATH_ABROAD', 'MISSING_PERSON'] as const);
  const place = {
    ARREST: L(lang, 'Polizeistation Patong', 'JVA Stadelheim'),
    HOSPITAL_ADMISSION: L(lang, 'Groote Schuur Hospital', 'Inselspital Bern'),
    DEATH_ABROAD: L(lang, 'Royal Prince Alfred Hospital', 'AKH Wien'),
    MISSING_PERSON: L(lang, 'Tafelberg, zuletzt gesehen am Platteklip Gorge', 'last seen at Hintertux glacier'),
  }[type];
  const b = new Builder();
  b.add(
    `$ curl -sv https://${m.host}/crisis/api/cases -H 'content-type: application/json' -d @case.json\n> POST /crisis/api/cases HTTP/1.1\n> Host: ${m.host}\n> User-Agent: curl/7.88.1\n> Content-Length: ${r.int(400, 900)}\n>\n} [${r.int(400, 900)} bytes data]\n< HTTP/1.1 201 Created\n< Server: nginx\n< Location: /crisis/api/cases/${caseNo(r).replace('/', '-')}\n<\n{"type":"${type}","citizen":{"name":"`,
  );
  b.val('PERSON', `${c.given} ${c.family}`)
    .add('","dob":"')
    .val('DATE_OF_BIRTH', isoDob(c))
    .add(`","location":"${place}"},"nextOfKin":{"name":"`);
  b.val('PERSON', `${rel.given} ${rel.family}`)
    .add('","phone":"')
    .val('PHONE_NUMBER', rel.phone)
    .add('","email":"')
    .val('EMAIL_ADDRESS', rel.email);
  b.add(`"},"dutyOfficerLine":"${m.phone}","opened":"${stamp(r)}"}\n`);
  return b;
};

/** 8. HAR of a repatriation or emergency loan: ID card number, IBAN of the relative who repays, card for the fee. */
const harLoan: Render = (r, lang) => {
  const m = r.pick(MISSIONS.de.slice(0, 3));
  const c = person(r, 'de');
  const payer = person(r, 'de');
  const id = icaoNumber(r, 'id');
  const acc = iban(r, 'DE');
  const b = new Builder();
  b.add(harHead(r, lang, L(lang, 'Rückführungsdarlehen – Antrag', 'Repatriation loan – application')));
  b.add(
    `      {\n        "startedDateTime": "${stamp(r)}",\n        "time": ${r.int(100, 700)},\n        "request": {\n          "method": "POST",\n          "url": "https://${m.host}/notfall/darlehen",\n          "httpVersion": "HTTP/2",\n          "cookies": [{ "name": "sid", "value": "${session(r)}" }, { "name": "lang", "value": "${lang}" }],\n          "postData": {\n            "mimeType": "application/x-www-form-urlencoded",\n            "text": "antragsteller=`,
  );
  b.val('PERSON', enc(`${c.given} ${c.family}`))
    .add('&ausweisnr=')
    .val('DE_ID_CARD', id)
    .add('&geburtsdatum=')
    .val('DATE_OF_BIRTH', enc(localDob(c, 'de')));
  b.add('&tel=')
    .val('PHONE_NUMBER', enc(c.phone))
    .add('&buerge=')
    .val('PERSON', enc(`${payer.given} ${payer.family}`))
    .add('&buerge_iban=')
    .val('IBAN_CODE', acc);
  b.add('&buerge_anschrift=').val('POSTAL_ADDRESS', enc(payer.address));
  b.add(
    `&betrag=${r.int(300, 1900)}&ticket=${r.pick(['LH', 'EK', 'QR', 'TG'])}${r.int(100, 999)}"\n          }\n        },\n        "response": {\n          "status": 303,\n          "headers": [{ "name": "location", "value": "/notfall/darlehen/${caseNo(r).replace('/', '-')}/danke" }],\n          "content": { "size": 0, "mimeType": "text/html" }\n        },\n        "serverIPAddress": "${m.ip}",\n        ${timings(r)}\n      }\n`,
  );
  b.add(harTail);
  return b;
};

/** 9. DevTools "Copy as cURL" of an emergency travel document request (ID card, date of birth, phone). */
const copyCurlEtd: Render = (r, lang) => {
  const m = r.pick(MISSIONS.de.slice(0, 4));
  const p = person(r, 'de');
  const id = icaoNumber(r, 'id');
  const b = new Builder();
  b.add(
    `curl 'https://${m.host}/reiseausweis/antrag' \\\n  -H 'accept: text/html,application/xhtml+xml' \\\n  -H 'content-type: application/x-www-form-urlencoded' \\\n  -b 'JSESSIONID=${session(r)}; cookie_consent=essential' \\\n  -H 'origin: https://${m.host}' \\\n  -H 'user-agent: ${r.pick(UA)}' \\\n  --data-raw 'familienname=`,
  );
  b.val('PERSON', enc(p.family))
    .add('&vornamen=')
    .val('PERSON', enc(p.given))
    .add('&geburtsdatum=')
    .val('DATE_OF_BIRTH', enc(localDob(p, 'de')));
  b.add('&personalausweis=')
    .val('DE_ID_CARD', id)
    .add(`&verlust=${L(lang, 'Diebstahl', 'theft')}&polizeiliche_anzeige=${r.digits(6)}%2F26&mobil=`)
    .val('PHONE_NUMBER', enc(p.phone));
  b.add(`&abflug=${someDay(r)}&gebuehr=${fee(r)}'\n`);
  return b;
};

/** 10. HAR of a visa fee paid by card, with the portal's masked echo (unlabelled) in the response. */
const harVisaFee: Render = (r, lang) => {
  const m = r.pick(lang === 'de' ? [MISSIONS.en[3], MISSIONS.de[4]] : MISSIONS.de.slice(0, 3));
  const p = person(r, lang === 'de' ? 'en' : 'de');
  const cardNo = card(r);
  const id = visaNo(r);
  const ip = clientIp(r);
  const b = new Builder();
  b.add(harHead(r, lang, L(lang, 'Visumgebühr bezahlen', 'Pay visa fee')));
  b.add(
    `      {\n        "startedDateTime": "${stamp(r)}",\n        "time": ${r.int(300, 1800)},\n        "request": {\n          "method": "POST",\n          "url": "https://${m.host}/payments/${id}",\n          "httpVersion": "HTTP/2",\n          "headers": [{ "name": "content-type", "value": "application/json" }, { "name": "x-request-id", "value": "${uuid(r)}" }],\n          "postData": {\n            "mimeType": "application/json",\n            "text": "{\\"cardholder\\":\\"`,
  );
  b.val('PERSON', `${p.given} ${p.family}`.toUpperCase())
    .add('\\",\\"pan\\":\\"')
    .val('CREDIT_CARD', cardNo)
    .add(
      `\\",\\"exp\\":\\"${pad(r.int(1, 12))}/${r.int(27, 31)}\\",\\"amount\\":\\"${fee(r)}\\",\\"applicationId\\":\\"${id}\\"}"\n          }\n        },\n        "response": {\n          "status": 200,\n          "content": { "mimeType": "application/json", "text": "{\\"status\\":\\"captured\\",\\"card\\":\\"**** **** **** ${cardNo.slice(-4)}\\",\\"clientIp\\":\\"`,
    );
  b.val('IP_ADDRESS', ip).add(
    `\\",\\"receipt\\":\\"R${r.digits(9)}\\",\\"merchantAccount\\":\\"${m.iban}\\"}" }\n        },\n        "serverIPAddress": "${m.ip}",\n        ${timings(r)}\n      }\n`,
  );
  b.add(harTail);
  return b;
};

/** 11. curl -v of a notarial appointment with an honorary consul (signature certification, name declaration). */
const curlNotarial: Render = (r, lang) => {
  const m = r.pick(MISSIONS[lang]);
  const p = person(r, lang);
  const hc = person(r, lang);
  const b = new Builder();
  b.add(`$ curl -v "https://${m.host}/honorary/appointments?consul=`);
  b.val('PERSON', enc(`${hc.given} ${hc.family}`)).add(
    `&service=${L(lang, 'unterschriftsbeglaubigung', 'notarial_signature')}&date=${someDay(r)}" \\\n    --data-urlencode "name=`,
  );
  b.val('PERSON', `${p.given} ${p.family}`)
    .add('" --data-urlencode "email=')
    .val('EMAIL_ADDRESS', p.email)
    .add('" --data-urlencode "phone=')
    .val('PHONE_NUMBER', p.phone);
  b.add(`"\n> POST /honorary/appointments?consul=`)
    .val('PERSON', enc(`${hc.given} ${hc.family}`))
    .add(
      ` HTTP/2\n> Host: ${m.host}\n> Content-Type: application/x-www-form-urlencoded\n>\n< HTTP/2 200\n< set-cookie: hcsess=${session(r)}; Path=/; Secure; HttpOnly\n<\n{"appointment":"${apptNo(r)}","office":"${L(lang, 'Honorarkonsulat', 'Honorary Consulate')} ${lang === 'de' ? r.pick(['Perth', 'Chiang Mai', 'Durban', 'Porto']) : r.pick(['Hamburg', 'Graz', 'Basel', 'Stuttgart'])}","bring":["${L(lang, 'Reisepass', 'passport')}","${L(lang, 'Gebühr in bar', 'fee in cash')}"],"fee":"${fee(r)}"}\n`,
    );
  return b;
};

/** 12. HAR of a marriage abroad registered (both spouses, the name declaration), JSON request and response. */
const harMarriage: Render = (r, lang) => {
  const m = r.pick(MISSIONS[lang]);
  const a = person(r, lang);
  const c = person(r, lang);
  const b = new Builder();
  b.add(harHead(r, lang, L(lang, 'Nachbeurkundung Eheschließung', 'Registration of a marriage abroad')));
  b.add(
    `      {\n        "startedDateTime": "${stamp(r)}",\n        "time": ${r.int(100, 600)},\n        "request": {\n          "method": "PUT",\n          "url": "https://${m.host}/api/marriages/${caseNo(r).replace('/', '-')}",\n          "httpVersion": "HTTP/2",\n          "postData": {\n            "mimeType": "application/json",\n            "text": "{\\"spouse1\\":{\\"given\\":\\"`,
  );
  b.val('PERSON', a.given)
    .add('\\",\\"family\\":\\"')
    .val('PERSON', a.family)
    .add('\\",\\"born\\":\\"')
    .val('DATE_OF_BIRTH', isoDob(a));
  b.add('\\"},\\"spouse2\\":{\\"given\\":\\"')
    .val('PERSON', c.given)
    .add('\\",\\"family\\":\\"')
    .val('PERSON', c.family)
    .add('\\",\\"born\\":\\"')
    .val('DATE_OF_BIRTH', isoDob(c));
  b.add(`\\"},\\"marriedOn\\":\\"${someDay(r)}\\",\\"nameDeclaration\\":\\"`)
    .val('PERSON', `${a.family}-${c.family}`)
    .add('\\",\\"contact\\":\\"')
    .val('EMAIL_ADDRESS', a.email);
  b.add(
    `\\"}"\n          }\n        },\n        "response": {\n          "status": 200,\n          "content": { "mimeType": "application/json", "text": "{\\"status\\":\\"IN_PRUEFUNG\\",\\"standesamt\\":\\"Standesamt I in Berlin\\",\\"fee\\":\\"${fee(r)}\\"}" }\n        },\n        "serverIPAddress": "${m.ip}",\n        ${timings(r)}\n      }\n`,
  );
  b.add(harTail);
  return b;
};

/** 13. curl -v to a case system with the applicant in base64 headers (X-Applicant-B64, X-Contact-B64). */
const curlB64: Render = (r, lang) => {
  const m = r.pick(MISSIONS[lang]);
  const p = person(r, lang);
  const b = new Builder();
  const path = `/casework/v1/cases/${caseNo(r).replace('/', '-')}`;
  b.add(
    `$ curl -v -X PATCH https://${m.host}${path} -H @headers.txt -d '{"status":"${r.pick(['APPROVED', 'DOCUMENTS_MISSING', 'READY_FOR_COLLECTION'])}"}'\n> PATCH ${path} HTTP/2\n> Host: ${m.host}\n> X-Applicant-B64: `,
  );
  b.val('PERSON', b64(`${p.given} ${p.family}`))
    .add('\n> X-Contact-B64: ')
    .val('EMAIL_ADDRESS', b64(p.email));
  b.add(
    `\n> X-Request-Id: ${uuid(r)}\n> X-Officer-Role: ${L(lang, 'Sachbearbeitung Pass', 'passport_caseworker')}\n>\n< HTTP/2 204\n< x-trace: ${hex(r, 16)}\n<\n* Connection #0 to host ${m.host} left intact\n`,
  );
  return b;
};

/** 14. HAR of the appointment calendar's free slots, the response base64-encoded (no person). */
const harSlots: Render = (r, lang) => {
  const m = r.pick(MISSIONS[lang]);
  const slots = Array.from(
    { length: r.int(3, 6) },
    () =>
      `{"date":"${someDay(r)}","time":"${pad(r.int(8, 15))}:${r.pick(['00', '15', '30', '45'])}","free":${r.int(0, 6)}}`,
  );
  const body = `{"location":"${m.name}","service":"${r.pick(['passport', 'visa', 'notarial', 'citizenship'])}","slots":[${slots.join(',')}]}`;
  const b = new Builder();
  b.add(harHead(r, lang, L(lang, 'Terminkalender', 'Appointment calendar')));
  b.add(
    `      {\n        "startedDateTime": "${stamp(r)}",\n        "time": ${r.int(30, 300)},\n        "request": { "method": "GET", "url": "https://${m.host}/api/slots?from=${someDay(r)}&service=${r.int(10, 99)}", "httpVersion": "HTTP/2", "headers": [{ "name": "accept", "value": "application/json" }] },\n        "response": {\n          "status": 200,\n          "content": { "size": ${body.length}, "mimeType": "application/json", "encoding": "base64", "text": "${b64(body)}" }\n        },\n        "serverIPAddress": "${m.ip}",\n        ${timings(r)}\n      }\n`,
  );
  b.add(harTail);
  return b;
};

/** 15. curl -v of the portal's fee schedule and opening hours (no person). */
const curlFees: Render = (r, lang) => {
  const m = r.pick(MISSIONS[lang]);
  const b = new Builder();
  b.add(
    `$ curl -v https://${m.host}/api/public/fees\n*   Trying ${m.ip}:443...\n* Connected to ${m.host} (${m.ip}) port 443\n> GET /api/public/fees HTTP/2\n> Host: ${m.host}\n> user-agent: curl/8.5.0\n>\n< HTTP/2 200\n< cache-control: max-age=3600\n< etag: "${hex(r, 20)}"\n<\n{"mission":"${m.name}","address":"${m.addr}","switchboard":"${m.phone}","email":"${m.mail}","feeAccount":"${m.iban}","fees":{"passport":"${fee(r)}","emergencyTravelDocument":"${fee(r)}","apostille":"${fee(r)}","lifeCertificate":"0.00"},"validFrom":"${someDay(r)}","hours":"${L(lang, 'Mo–Fr 08:30–12:00', 'Mon–Fri 08:30–12:00')}"}\n`,
  );
  return b;
};

/** 16. A proxy log of static assets, captcha and health checks (no person: the portals' own servers). */
const proxyStatic: Render = (r, lang) => {
  const m = r.pick(MISSIONS[lang]);
  const b = new Builder();
  const assets: [string, string][] = [
    ['static/app.js', 'application/javascript'],
    ['static/styles.css', 'text/css'],
    ['captcha/image', 'image/png'],
    ['healthz', 'text/plain'],
    ['favicon.ico', 'image/x-icon'],
    [`i18n/${lang}.json`, 'application/json'],
  ];
  // The clients here are the mission's own monitoring host and load balancer, never a visitor.
  for (let i = 0; i < r.int(4, 7); i++) {
    const [path, mime] = r.pick(assets);
    b.add(
      `${Math.floor(Date.UTC(2026, r.int(0, 5), r.int(1, 28)) / 1000)}.${r.digits(3)} ${r.int(1, 900)} 10.40.${r.int(0, 3)}.${r.int(2, 250)} TCP_${r.pick(['HIT', 'MISS', 'REFRESH_MODIFIED'])}/${r.pick(['200', '304'])} ${r.int(200, 90_000)} GET https://${m.host}/${path} - HIER_DIRECT/${m.ip} ${mime}\n`,
    );
  }
  return b;
};

/** 17. DevTools "Copy as fetch" of the country information API (no person: travel advice and the mission's contacts). */
const fetchCountry: Render = (r, lang) => {
  const m = r.pick(MISSIONS[lang]);
  const b = new Builder();
  b.add(
    `fetch("https://${m.host}/api/travel-advice/${r.pick(['th', 'za', 'au', 'pt', 'us', 'at'])}?lang=${lang}", {\n  "headers": { "accept": "application/json", "x-client-version": "${r.int(3, 9)}.${r.int(0, 20)}.${r.int(0, 9)}" },\n  "referrer": "https://${m.host}/${L(lang, 'reisehinweise', 'travel-advice')}",\n  "body": null,\n  "method": "GET",\n  "mode": "cors"\n}).then((res) => res.json()); // → {"updated":"${stamp(r)}","level":${r.int(1, 4)},"emergencyLine":"${m.phone}","consularMailbox":"${m.mail}"}\n`,
  );
  return b;
};

const KINDS = [
  ['HAR passport renewal appointment form-urlencoded', harPassport, 6],
  ['curl -v visa application multipart', curlVisa, 5],
  ['HAR birth abroad registration JSON', harBirth, 4],
  ['Copy as fetch apostille order with card', fetchApostille, 4],
  ['proxy log overseas voter registration', proxyVoter, 3],
  ['HAR life certificate multipart pension number', harLifeCert, 5],
  ['curl -v citizen in distress case', curlDistress, 4],
  ['HAR repatriation loan form-urlencoded', harLoan, 3],
  ['Copy as cURL emergency travel document', copyCurlEtd, 3],
  ['HAR visa fee card payment', harVisaFee, 3],
  ['curl -v honorary consul notarial appointment', curlNotarial, 3],
  ['HAR marriage abroad registration', harMarriage, 3],
  ['curl -v case update base64 headers', curlB64, 3],
  ['HAR appointment slots base64 (no person)', harSlots, 3],
  ['curl -v fee schedule (no person)', curlFees, 2],
  ['proxy log static assets (no person)', proxyStatic, 2],
  ['Copy as fetch travel advice (no person)', fetchCountry, 2],
] as const;

/** `count` documents of the missions' portal traffic, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Taus113(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang));
}
