import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { cultures } from './names.js';
import { Ran2 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';

interface Person {
  given: string;
  family: string;
  email: string;
  phone: string;
  dob: { d: number; m: number; y: number };
  address: string;
  female: boolean;
  country: string;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
const pad = (n: number) => String(n).padStart(2, '0');
const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);
const hex = (r: Ran2, n: number) => Array.from({ length: n }, () => r.below(16).toString(16)).join('');
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** Homes of clients, learners, translators and interpreters: German-speaking for German documents, else English-speaking. */
const HOMES: Record<
  Lang,
  { addr: (r: Ran2) => string; phone: (r: Ran2) => string; mail: string[]; country: string }[]
> = {
  de: [
    {
      addr: (r) =>
        `${r.pick(['Jöllenbecker Straße', 'Herforder Straße', 'Stapenhorststraße'])} ${r.int(2, 180)}, ${r.pick(['33613', '33602', '33615'])} Bielefeld`,
      phone: (r) => `0${r.pick(['151', '157', '173'])} ${r.digits(8)}`,
      mail: ['t-online.de', 'gmx.net', 'mailbox.org'],
      country: 'DE',
    },
    {
      addr: (r) => `${r.pick(['Friedrich-Ebert-Straße', 'Wilhelmshöher Allee'])} ${r.int(2, 230)}, 34119 Kassel`,
      phone: (r) => `0561 ${r.digits(6)}`,
      mail: ['web.de', 'outlook.de'],
      country: 'DE',
    },
    {
      addr: (r) => `${r.pick(['Wiener Straße', 'Dinghoferstraße', 'Landwiedstraße'])} ${r.int(2, 90)}, 4020 Linz`,
      phone: (r) => `+43 ${r.pick(['660', '676'])} ${r.digits(7)}`,
      mail: ['chello.at', 'gmx.at'],
      country: 'AT',
    },
    {
      addr: (r) =>
        `${r.pick(['Zürcherstrasse', 'Technikumstrasse', 'Tösstalstrasse'])} ${r.int(2, 150)}, 8400 Winterthur`,
      phone: (r) => `+41 ${r.pick(['79', '77'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      mail: ['bluewin.ch', 'hispeed.ch'],
      country: 'CH',
    },
  ],
  en: [
    {
      addr: (r) =>
        `${r.int(2, 260)} ${r.pick(['Alfreton Road', 'Mansfield Road', 'Carlton Road'])}, Nottingham NG${r.pick(['7 3NE', '5 2AP', '3 2DG'])}`,
      phone: (r) => `07${r.pick(['412', '598', '930'])} ${r.digits(6)}`,
      mail: ['virginmedia.com', 'yahoo.co.uk'],
      country: 'GB',
    },
    {
      // Cross-border: a home in Derry, an Irish mobile and an Irish bank.
      addr: (r) =>
        `${r.int(2, 140)} ${r.pick(['Strand Road', 'Northland Road', 'Culmore Road'])}, Derry BT48 ${r.pick(['7JL', '9DW'])}`,
      phone: (r) => `08${r.pick(['5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`,
      mail: ['eir.ie', 'gmail.com'],
      country: 'IE',
    },
    {
      addr: (r) =>
        `${r.int(1000, 1900)} ${r.pick(['Portage Ave', 'Sargent Ave', 'Pembina Hwy'])}, Winnipeg, MB R3${r.pick(['G 0P2', 'T 2N2'])}`,
      phone: (r) => `(204) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      mail: ['shaw.ca', 'mts.net'],
      country: 'CA',
    },
    {
      addr: (r) =>
        `${r.int(2, 320)} ${r.pick(['Prospect Rd', 'Henley Beach Rd'])}, Adelaide SA 50${r.pick(['82', '31'])}`,
      phone: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      mail: ['internode.on.net', 'tpg.com.au'],
      country: 'AU',
    },
    {
      addr: (r) => `${r.int(2, 200)} ${r.pick(['George Street', 'Princes Street'])}, Dunedin 90${r.pick(['16', '10'])}`,
      phone: (r) => `+64 27 ${r.digits(3)} ${r.digits(4)}`,
      mail: ['vodafone.co.nz', 'orcon.net.nz'],
      country: 'NZ',
    },
    {
      addr: (r) =>
        `${r.int(100, 5800)} ${r.pick(['Penn Ave', 'Forbes Ave', 'Murray Ave'])}, Pittsburgh, PA 152${r.int(10, 32)}`,
      phone: (r) => `(412) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      mail: ['verizon.net', 'aol.com'],
      country: 'US',
    },
  ],
};

function person(r: Ran2, lang: Lang): Person {
  const c = r.pick(Object.values(cultures()));
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = r.pick(HOMES[lang]);
  const local = r.chance(0.55)
    ? `${ascii(given)}.${ascii(family)}`
    : `${ascii(family)}.${ascii(given).slice(0, 1)}${r.int(1, 99)}`;
  return {
    given,
    family,
    email: `${local}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1946, 2009) },
    address: home.addr(r),
    female: r.chance(0.5),
    country: home.country,
  };
}

const whole = (p: Person) => `${p.given} ${p.family}`;
const isoDob = (p: Person) => `${p.dob.y}-${pad(p.dob.m)}-${pad(p.dob.d)}`;
const localDob = (p: Person, lang: Lang) =>
  lang === 'de' ? `${pad(p.dob.d)}.${pad(p.dob.m)}.${p.dob.y}` : `${pad(p.dob.d)}/${pad(p.dob.m)}/${p.dob.y}`;

/** A date that is no birth: an appointment, a course day, an issue date. */
const someDay = (r: Ran2) => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
const stamp = (r: Ran2) =>
  `${someDay(r)}T${pad(r.int(6, 21))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${String(r.int(0, 999)).padStart(3, '0')}Z`;
const epochMs = (r: Ran2) => String(1_767_225_600_000 + r.below(31_000_000) * 1000);
const clientIp = (r: Ran2) =>
  r.chance(0.7)
    ? `${r.pick([46, 78, 88, 151, 178, 212])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`
    : `2a02:${r.int(0x1000, 0xffff).toString(16)}:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;
const uuid = (r: Ran2) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;

/** Look-alikes never labelled: booking, order, course and certificate numbers, offsets, correlation ids, amounts. */
const bookingNo = (r: Ran2) => `BK-${r.digits(7)}`;
const orderNo = (r: Ran2) => `UE-${r.digits(6)}`;
const courseNo = (r: Ran2) => `KURS-${r.int(2026, 2026)}-${r.digits(4)}`;
const certNo = (r: Ran2, lang: Lang) =>
  L(lang, `G ${r.int(100, 2999)}/${r.int(1950, 2009)}`, `BC ${r.digits(3)} ${r.digits(4)}`);
const offset = (r: Ran2) => r.int(10_000, 990_000);
const amount = (r: Ran2) => `${r.int(38, 1450)}.${r.pick(['00', '50', '80'])}`;

/** The agencies, schools and public bodies: switchboards, role mailboxes and accounts are never labelled. */
const FIRMS: Record<Lang, { name: string; host: string; phone: string; mail: string; iban: string }[]> = {
  de: [
    {
      name: 'Sprachbrücke Übersetzungen & Dolmetschdienste GmbH',
      host: 'events.sprachbruecke.example',
      phone: '0521 98 76 20-0',
      mail: 'auftraege@sprachbruecke.example',
      iban: 'DE89 3704 0044 0532 0130 00',
    },
    {
      name: 'Dolmetscherpool Nordhessen e. V.',
      host: 'mq.dolmetscherpool-nh.example',
      phone: '0561 70 33 90',
      mail: 'einsatz@dolmetscherpool-nh.example',
      iban: 'DE98 5204 0021 0000 3345 01',
    },
    {
      name: 'Lingua Donau Sprachschule Linz',
      host: 'kafka.linguadonau.example',
      phone: '+43 732 77 41 00',
      mail: 'sekretariat@linguadonau.example',
      iban: 'AT61 1904 3002 3457 3201',
    },
    {
      name: 'Integrationskurse Eulachtal AG',
      host: 'broker.eulachtal-kurse.example',
      phone: '+41 52 260 18 00',
      mail: 'kursadministration@eulachtal-kurse.example',
      iban: 'CH93 0076 2011 6238 5295 7',
    },
  ],
  en: [
    {
      name: 'Trent Language Services Ltd',
      host: 'events.trentlanguage.example',
      phone: '0115 496 0380',
      mail: 'bookings@trentlanguage.example',
      iban: 'GB82 WEST 1234 5698 7654 32',
    },
    {
      name: 'Corrib Translation & Interpreting',
      host: 'mq.corribti.example',
      phone: '091 540 220',
      mail: 'office@corribti.example',
      iban: 'IE29 AIBK 9311 5212 3456 78',
    },
    {
      name: 'Red River Newcomer English Centre',
      host: 'kafka.redriver-english.example',
      phone: '(204) 555-0172',
      mail: 'registrar@redriver-english.example',
      iban: 'GB33 BUKB 2020 1555 5555 55',
    },
    {
      name: 'Southern Lights Interpreting Pty Ltd',
      host: 'broker.southernlights.example',
      phone: '(08) 8212 4400',
      mail: 'dispatch@southernlights.example',
      iban: 'GB29 NWBK 6016 1331 9268 19',
    },
  ],
};

/** Public bodies that book interpreters or receive invoices: their own switchboards and mailboxes. */
const BODIES: Record<Lang, { name: string; mail: string; phone: string }[]> = {
  de: [
    { name: 'Amtsgericht Bielefeld', mail: 'verwaltung@ag-bielefeld.example', phone: '0521 549-0' },
    { name: 'Klinikum Kassel, Zentrale Notaufnahme', mail: 'zna-sekretariat@klinikum-ks.example', phone: '0561 980-0' },
    { name: 'Jobcenter Linz-Land (AMS)', mail: 'dolmetsch@ams-linzland.example', phone: '+43 50 904 440' },
    { name: 'Polizeiinspektion Winterthur Nord', mail: 'einvernahmen@kapo-wthur.example', phone: '+41 52 267 51 51' },
    { name: 'Standesamt Bielefeld', mail: 'standesamt@bielefeld-stadt.example', phone: '0521 51-0' },
  ],
  en: [
    { name: "Nottingham Magistrates' Court", mail: 'listings@nottmags.example', phone: '0115 955 8111' },
    { name: 'University Hospital Galway, Patient Services', mail: 'interpreting@uhg.example', phone: '091 524 222' },
    { name: 'Winnipeg Police Service, Major Crimes', mail: 'interviews@wps.example', phone: '(204) 555-0199' },
    { name: 'Services Australia, Adelaide Service Centre', mail: 'tis-bookings@servicesau.example', phone: '132 850' },
    { name: 'Dunedin Registry Office', mail: 'registry@dunedin-bdm.example', phone: '0800 225 252' },
  ],
};

const LANGS = ['ar', 'fa', 'prs', 'ps', 'ti', 'so', 'uk', 'ru', 'tr', 'ku', 'sq', 'ro', 'pl', 'vi', 'zh', 'es'];

type Render = (r: Ran2, lang: Lang) => Builder;

/** A JSON string field `"key":"value"` with its value labelled (type null: unlabelled). */
const jf = (b: Builder, key: string, type: string | null, v: string, last = false) => {
  b.add(`"${key}":"`);
  if (type) b.val(type, v);
  else b.add(v);
  b.add(last ? '"' : '",');
};

/** 1. A CloudEvent (structured mode) of an interpreter booked for a hospital appointment. */
const ceHospital: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const body = BODIES[lang][1];
  const client = person(r, lang);
  const interp = person(r, lang);
  const b = new Builder();
  const id = bookingNo(r);
  b.add(
    `{"specversion":"1.0","type":"${f.host.split('.')[1]}.booking.created.v2","source":"//${f.host}/bookings","subject":"${id}","id":"${uuid(r)}","time":"${stamp(r)}","datacontenttype":"application/json","data":{`,
  );
  jf(b, 'bookingNumber', null, id);
  jf(b, 'requester', null, body.name);
  jf(b, 'requesterEmail', null, body.mail);
  jf(b, 'requesterPhone', null, body.phone);
  jf(b, 'language', null, `${r.pick(LANGS)}-${r.pick(['AF', 'IR', 'SY', 'ER', 'UA', 'TR'])}`);
  jf(b, 'appointment', null, `${someDay(r)}T${pad(r.int(7, 17))}:${r.pick(['00', '15', '30', '45'])}`);
  b.add('"client":{');
  jf(b, 'givenName', 'PERSON', client.given);
  jf(b, 'familyName', 'PERSON', client.family);
  jf(b, 'dateOfBirth', 'DATE_OF_BIRTH', isoDob(client));
  if (r.chance(0.6)) jf(b, 'mobile', 'PHONE_NUMBER', client.phone);
  jf(
    b,
    'ward',
    null,
    L(lang, r.pick(['Station 4B', 'ZNA', 'Geburtshilfe']), r.pick(['Ward 7', 'ED', 'Maternity'])),
    true,
  );
  b.add('},"interpreter":{');
  jf(b, 'displayName', 'PERSON', whole(interp));
  jf(b, 'mobile', 'PHONE_NUMBER', interp.phone);
  jf(b, 'poolId', null, `INT-${r.digits(4)}`, true);
  b.add(`},"durationMinutes":${r.pick([45, 60, 90, 120])},"mode":"${r.pick(['onsite', 'video', 'phone'])}"}}\n`);
  return b;
};

/** 2. kcat output of certified-translation orders (birth, marriage, school certificates) with headers and keys. */
const kcatTranslation: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  const part = r.int(0, 5);
  let off = offset(r);
  b.add(
    `$ kcat -C -b ${f.host}:9092 -t translation.orders -p ${part} -o -${r.int(2, 3)} -e -f '%t [%p] @%o key=%k %h: %s\\n'\n`,
  );
  const n = r.int(2, 3);
  for (let i = 0; i < n; i++) {
    const p = person(r, lang);
    const order = orderNo(r);
    const doc = r.pick(
      L(
        lang,
        'Geburtsurkunde|Heiratsurkunde|Abiturzeugnis|Führerschein',
        'birth certificate|marriage certificate|school leaving certificate|driving licence',
      ).split('|'),
    );
    b.add(
      `translation.orders [${part}] @${off} key=${order} ce_type=order.placed,correlation-id=${uuid(r)},source=webshop: {`,
    );
    jf(b, 'orderNo', null, order);
    b.add('"applicant":{');
    jf(b, 'firstName', 'PERSON', p.given);
    jf(b, 'lastName', 'PERSON', p.family);
    jf(b, 'email', 'EMAIL_ADDRESS', p.email);
    b.add('"postalAddress":"').val('POSTAL_ADDRESS', p.address).add('"},');
    jf(b, 'document', null, doc);
    jf(b, 'certificateNo', null, certNo(r, lang));
    jf(b, 'issued', null, `${r.int(1975, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`);
    if (p.country === 'DE' || r.chance(0.3)) jf(b, 'identityDocumentNo', 'DE_PASSPORT', icaoNumber(r, 'passport'));
    jf(b, 'sourceLang', null, r.pick(LANGS));
    jf(b, 'certified', null, 'true');
    jf(b, 'priceGross', null, amount(r), true);
    b.add('}\n');
    off += r.int(1, 40);
  }
  b.add(`% Reached end of topic translation.orders [${part}] at offset ${off}\n`);
  return b;
};

/** 3. MQTT messages (mosquitto_sub -v) of interpreters dispatched to courts and police interviews. */
const mqttDispatch: Render = (r, lang) => {
  // A court or the police.
  const body = BODIES[lang][r.pick([0, 3])];
  const b = new Builder();
  const id = bookingNo(r);
  const interp = person(r, lang);
  let ms = Number(epochMs(r));
  const ts = () => String((ms += r.int(20, 900) * 1000));
  b.add(`$ mosquitto_sub -h mqtt.local -t 'agency/bookings/#' -v\n`);
  b.add(
    `agency/bookings/${id}/requested {"requester":"${body.name}","phone":"${body.phone}","lang":"${r.pick(LANGS)}","ts":${ts()}}\n`,
  );
  b.add(`agency/bookings/${id}/assigned {"interpreter":"`).val('PERSON', whole(interp)).add('","mobile":"');
  b.add('').val('PHONE_NUMBER', interp.phone).add(`","qos":1,"ts":${ts()}}\n`);
  if (r.chance(0.6)) {
    const subj = person(r, lang);
    b.add(
      `agency/bookings/${id}/brief {"caseRef":"${L(lang, `Az. ${r.int(1, 9)} Ls ${r.int(10, 400)}/26`, `CR-${r.digits(6)}`)}","subjectSurname":"`,
    );
    b.val('PERSON', subj.family).add('","subjectGiven":"').val('PERSON', subj.given).add('","subjectBorn":"');
    b.val('DATE_OF_BIRTH', isoDob(subj)).add('"}\n');
  }
  b.add(`agency/bookings/${id}/status {"state":"${r.pick(['confirmed', 'en_route', 'on_site'])}","ts":${ts()}}\n`);
  b.add(`agency/interpreters/INT-${r.digits(4)}/heartbeat {"battery":${r.int(12, 99)},"lat":null,"lon":null}\n`);
  return b;
};

/** 4. A RabbitMQ management "get messages" dump of course-fee subsidy requests, names and IBANs base64 in headers. */
const rabbitSubsidy: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const p = person(r, lang);
  const b = new Builder();
  const account = iban(
    r,
    p.country === 'DE' || p.country === 'AT' || p.country === 'CH' ? p.country : r.pick(['GB', 'IE']),
  );
  b.add(
    `POST /api/queues/%2F/courses.subsidy/get {"count":1,"ackmode":"ack_requeue_true","encoding":"auto"}\n[{"payload_bytes":${r.int(300, 900)},"redelivered":false,"exchange":"courses","routing_key":"subsidy.requested","message_count":${r.int(0, 30)},"properties":{"message_id":"${uuid(r)}","correlation_id":"${courseNo(r)}","timestamp":${Math.floor(Number(epochMs(r)) / 1000)},"content_type":"application/json","headers":{`,
  );
  jf(b, 'x-learner_b64', 'PERSON', b64(whole(p)));
  jf(b, 'x-refund-iban_b64', 'IBAN_CODE', b64(account));
  jf(b, 'x-origin', null, f.host, true);
  b.add('}},"payload":"{\\"learner\\":{\\"given\\":\\"').val('PERSON', p.given).add('\\",\\"family\\":\\"');
  b.val('PERSON', p.family).add('\\",\\"born\\":\\"').val('DATE_OF_BIRTH', isoDob(p)).add('\\"},\\"course\\":\\"');
  b.add(`${courseNo(r)}\\",\\"fee\\":\\"${amount(r)}\\",\\"subsidyRate\\":0.${r.int(3, 8)},\\"refundTo\\":\\"`);
  b.val('IBAN_CODE', r.chance(0.5) ? grouped(account) : account).add('\\"}","payload_encoding":"string"}]\n');
  return b;
};

/** 5. kcat output of a dead-letter topic of exam registrations with error reasons (ID card checks). */
const dlqExam: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  const part = r.int(0, 2);
  b.add(`$ kcat -C -b ${f.host}:9092 -t exams.registrations.DLQ -o beginning -e -f '%t [%p] @%o key=%k %h: %s\\n'\n`);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const p = person(r, lang);
    const reason = r.pick([
      'schema validation failed: placeOfBirth is required',
      'exam session full: capacity 24 reached',
      'duplicate registration for candidate in session',
      'payment not captured within 72h',
    ]);
    b.add(
      `exams.registrations.DLQ [${part}] @${offset(r)} key=EX-${r.digits(6)} dlq.original.topic=exams.registrations,dlq.original.offset=${offset(r)},dlq.error.class=ValidationException,dlq.error.message=${reason}: {`,
    );
    jf(
      b,
      'exam',
      null,
      r.pick([
        'telc Deutsch B1 DTZ',
        'Goethe-Zertifikat B2',
        'IELTS Life Skills A1',
        'OET Nursing',
        'ÖSD Zertifikat A2',
      ]),
    );
    jf(b, 'session', null, someDay(r));
    b.add('"candidate":{');
    jf(b, 'surname', 'PERSON', p.family);
    jf(b, 'forename', 'PERSON', p.given);
    jf(b, 'birthDate', 'DATE_OF_BIRTH', r.chance(0.5) ? isoDob(p) : localDob(p, lang));
    jf(b, 'email', 'EMAIL_ADDRESS', p.email);
    if (r.chance(0.7)) jf(b, 'idCardNumber', 'DE_ID_CARD', icaoNumber(r, 'id'));
    jf(b, 'centre', null, `PZ-${r.digits(3)}`, true);
    b.add('}}\n');
  }
  return b;
};

/** 6. A CloudEvent in binary mode (ce- headers over HTTP) of an integration-course enrolment. */
const ceEnrolment: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const p = person(r, lang);
  const b = new Builder();
  b.add(
    `POST /events HTTP/1.1\nHost: ${f.host}\nce-specversion: 1.0\nce-type: ${L(lang, 'de.integrationskurs.enrolment.accepted', 'org.newcomer.enrolment.accepted')}\nce-source: /schools/${f.host.split('.')[1]}\nce-id: ${uuid(r)}\nce-subject: ${courseNo(r)}\nce-time: ${stamp(r)}\nContent-Type: application/json\n\n{`,
  );
  b.add('"participant":{');
  jf(b, 'firstName', 'PERSON', p.given);
  jf(b, 'lastName', 'PERSON', p.family);
  jf(b, 'dateOfBirth', 'DATE_OF_BIRTH', isoDob(p));
  b.add('"address":"').val('POSTAL_ADDRESS', p.address).add('",');
  jf(b, 'phone', 'PHONE_NUMBER', p.phone, true);
  b.add('},');
  jf(b, 'entitlementRef', null, L(lang, `BAMF-TN ${r.digits(3)}.${r.digits(4)}.${r.digits(2)}`, `IRCC-${r.digits(8)}`));
  jf(b, 'placementLevel', null, r.pick(['A1', 'A2', 'B1']));
  jf(b, 'modules', null, `${r.int(1, 6)}-${r.int(7, 9)}`);
  jf(b, 'schoolContact', null, f.mail, true);
  b.add('}\n');
  return b;
};

/** 7. MQTT messages of an online placement test: the learner's mailbox and device address beside session ids. */
const mqttPlacement: Render = (r, lang) => {
  const p = person(r, lang);
  const b = new Builder();
  const s = `PT-${hex(r, 6)}`;
  const day = someDay(r);
  let minute = r.int(8 * 60, 18 * 60);
  const at = () => {
    minute += r.int(3, 14);
    return `${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(r.int(0, 59))}Z`;
  };
  b.add(`$ mosquitto_sub -h broker.school.local -t 'school/placement/+/+' -v -F '%I %t %p'\n`);
  b.add(`${at()} school/placement/${s}/started {"email":"`).val('EMAIL_ADDRESS', p.email).add('","clientIp":"');
  b.val('IP_ADDRESS', clientIp(r)).add(`","ua":"Mozilla/5.0","form":"${r.pick(['DE-A', 'DE-B', 'EN-A', 'EN-C'])}"}\n`);
  for (let i = 0; i < r.int(1, 3); i++)
    b.add(`${at()} school/placement/${s}/section {"section":${i + 1},"score":${r.int(4, 30)},"of":30}\n`);
  b.add(`${at()} school/placement/${s}/result {"candidate":"`).val('PERSON', whole(p));
  b.add(`","level":"${r.pick(['A1.2', 'A2.1', 'B1.1', 'B2.1'])}","recommendedCourse":"${courseNo(r)}"}\n`);
  return b;
};

/** 8. An AMQP delivery dump of a course booking paid by card (properties, headers, text payload). */
const amqpCard: Render = (r, lang) => {
  const p = person(r, lang);
  const b = new Builder();
  const pan = card(r);
  b.add(
    `--- basic.deliver delivery_tag=${r.int(1, 900)} exchange=payments routing_key=course.paid redelivered=${r.pick(['false', 'true'])}\nproperties: content_type=application/json delivery_mode=2 priority=0 message_id=${uuid(r)} correlation_id=${courseNo(r)} timestamp=${Math.floor(Number(epochMs(r)) / 1000)} app_id=shop-checkout\nheaders: x-attempt=${r.int(1, 3)} x-psp=${r.pick(['adyen', 'stripe', 'payone'])}\npayload (text): {`,
  );
  jf(b, 'cardholder', 'PERSON', whole(p).toUpperCase());
  jf(b, 'pan', 'CREDIT_CARD', r.chance(0.5) ? pan : cardPrinted(pan, ' '));
  jf(b, 'expiry', null, `${pad(r.int(1, 12))}/${r.int(27, 31)}`);
  jf(b, 'billingEmail', 'EMAIL_ADDRESS', p.email);
  jf(b, 'clientIp', 'IP_ADDRESS', clientIp(r));
  jf(b, 'amount', null, amount(r));
  jf(b, 'currency', null, L(lang, 'EUR', r.pick(['GBP', 'CAD', 'AUD', 'NZD'])), true);
  b.add('}\n');
  return b;
};

/** 9. kcat output of a freelance interpreter's invoice to a public body (the interpreter's own tax id and account). */
const kcatInvoice: Render = (r, lang) => {
  const body = r.pick(BODIES[lang]);
  const p = person(r, lang);
  const b = new Builder();
  b.add(
    `billing.invoices [${r.int(0, 3)}] @${offset(r)} key=RE-2026-${r.digits(5)} content-type=application/json,producer=invoice-svc: {`,
  );
  b.add('"supplier":{');
  jf(b, 'name', 'PERSON', whole(p));
  b.add('"address":"').val('POSTAL_ADDRESS', p.address).add('",');
  if (lang === 'de') jf(b, 'steuerId', 'DE_TAX_ID', taxId(r));
  jf(
    b,
    'iban',
    'IBAN_CODE',
    grouped(
      iban(
        r,
        p.country === 'GB' || p.country === 'IE'
          ? p.country
          : p.country === 'AT' || p.country === 'CH'
            ? p.country
            : lang === 'de'
              ? 'DE'
              : 'GB',
      ),
    ),
    true,
  );
  b.add('},"customer":{');
  jf(b, 'name', null, body.name);
  jf(b, 'email', null, body.mail, true);
  b.add('},');
  jf(b, 'caseFile', null, L(lang, `${r.int(1, 9)} C ${r.int(10, 999)}/26`, `T2026${r.digits(4)}`));
  jf(b, 'serviceDate', null, someDay(r));
  jf(b, 'basis', null, L(lang, 'JVEG § 9 Abs. 5', 'hourly rate, 2h minimum'));
  jf(b, 'net', null, amount(r), true);
  b.add('}\n');
  return b;
};

/** 10. A RabbitMQ dead-letter message of a job-centre interpreter booking, with x-death and the rejection reason. */
const dlxJobcentre: Render = (r, lang) => {
  // The job centre (Services Australia for English documents).
  const body = BODIES[lang][2];
  const p = person(r, lang);
  const b = new Builder();
  b.add(
    `queue: bookings.dlq\nrouting_key: booking.jobcentre\nproperties:\n  message_id: ${uuid(r)}\n  correlation_id: ${bookingNo(r)}\n  headers:\n    x-death: [{count: 1, reason: rejected, queue: bookings.jobcentre, exchange: bookings, time: ${epochMs(r)}}]\n    x-first-death-reason: rejected\n    x-error: ${L(lang, 'Einwilligung zur Datenübermittlung fehlt', 'consent to share data missing')}\npayload:\n  {`,
  );
  jf(b, 'requester', null, body.name);
  jf(b, 'requesterPhone', null, body.phone);
  jf(b, 'customerNo', null, `${r.int(100, 999)}D${r.digits(6)}`);
  jf(b, 'clientName', 'PERSON', `${p.family}, ${p.given}`);
  if (lang === 'de' && r.chance(0.7))
    jf(b, 'rvNummer', 'DE_SOCIAL_SECURITY', pensionNumber(r, p.dob, p.family, p.female));
  jf(b, 'clientPhone', 'PHONE_NUMBER', p.phone);
  jf(b, 'language', null, r.pick(LANGS), true);
  b.add('}\n');
  return b;
};

/** 11. A CloudEvent of a staff interpreter onboarded to payroll (tax id, social security number, account). */
const ceOnboarding: Render = (r, lang) => {
  // A German agency's HR system (German tax id and pension number: Bielefeld or Kassel), its events in English or German.
  const f = r.pick(FIRMS.de.slice(0, 2));
  const p = person(r, 'de');
  const b = new Builder();
  b.add(
    `{"specversion":"1.0","type":"hr.employee.onboarded","source":"//${f.host}/hr","id":"${uuid(r)}","time":"${stamp(r)}","subject":"EMP-${r.digits(5)}","data":{`,
  );
  jf(b, 'employeeName', 'PERSON', whole(p));
  jf(b, 'role', null, L(lang, 'Dolmetscherin (Teilzeit)', 'staff interpreter (part-time)'));
  jf(b, 'taxId', 'DE_TAX_ID', taxId(r));
  jf(b, 'svNumber', 'DE_SOCIAL_SECURITY', pensionNumber(r, p.dob, p.family, p.female));
  jf(b, 'birthDate', 'DATE_OF_BIRTH', isoDob(p));
  jf(b, 'salaryIban', 'IBAN_CODE', iban(r, 'DE'));
  jf(b, 'privateEmail', 'EMAIL_ADDRESS', p.email);
  jf(b, 'startDate', null, someDay(r), true);
  b.add('}}\n');
  return b;
};

/** 12. kcat output of attendance events of a language course. */
const kcatAttendance: Render = (r, lang) => {
  const b = new Builder();
  const course = courseNo(r);
  const day = someDay(r);
  let off = offset(r);
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = person(r, lang);
    b.add(
      `courses.attendance [${r.int(0, 2)}] @${off} key=${course}: {"course":"${course}","date":"${day}","learner":"`,
    );
    b.val('PERSON', r.chance(0.5) ? whole(p) : `${p.family}, ${p.given}`);
    b.add(`","present":${r.pick(['true', 'true', 'false'])},"units":${r.int(0, 5)}}\n`);
    off += 1;
  }
  return b;
};

/** 13. kcat output of course schedule events (no person). */
const kcatSchedule: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  for (let i = 0; i < r.int(3, 5); i++)
    b.add(
      `courses.schedule [${r.int(0, 3)}] @${offset(r)} key=${courseNo(r)}: {"level":"${r.pick(['A1', 'A2', 'B1', 'B2', 'C1'])}","start":"${someDay(r)}","room":"${L(lang, 'Raum', 'Room')} ${r.int(1, 4)}.${pad(r.int(1, 20))}","seats":${r.int(8, 25)},"fee":"${amount(r)}","contact":"${f.mail}"}\n`,
    );
  b.add(`% Reached end of topic courses.schedule at offset ${offset(r)}\n`);
  return b;
};

/** 14. MQTT retained messages of the interpreter pool's availability by language (no person). */
const mqttPool: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  b.add(`$ mosquitto_sub -h ${f.host} -t 'agency/pool/+/availability' -v -R\n`);
  for (let i = 0; i < r.int(3, 6); i++)
    b.add(
      `agency/pool/${r.pick(LANGS)}/availability {"onsite":${r.int(0, 9)},"video":${r.int(0, 12)},"nextSlot":"${someDay(r)}T${pad(r.int(7, 18))}:00","hotline":"${f.phone}"}\n`,
    );
  return b;
};

/** 15. RabbitMQ queue statistics and the dead-letter summary (no person). */
const rabbitStats: Render = (r) => {
  const b = new Builder();
  b.add(
    '$ rabbitmqctl list_queues name messages consumers message_bytes\nTimeout: 60.0 seconds ...\nListing queues for vhost / ...\nname\tmessages\tconsumers\tmessage_bytes\n',
  );
  for (const q of [
    'bookings.hospital',
    'bookings.court',
    'bookings.jobcentre',
    'bookings.dlq',
    'courses.subsidy',
    'exams.registrations',
    'translation.orders',
  ])
    b.add(`${q}\t${r.int(0, 400)}\t${r.int(0, 6)}\t${r.int(0, 900_000)}\n`);
  b.add(
    `# dlq reasons (last 24h): rejected=${r.int(0, 30)} expired=${r.int(0, 12)} maxlen=${r.int(0, 3)} correlation=${bookingNo(r)}\n`,
  );
  return b;
};

/** 16. A CloudEvent of an agency's invoice to a public body, with no person named (no person). */
const ceInvoiceBody: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const body = r.pick(BODIES[lang]);
  const b = new Builder();
  b.add(
    `{"specversion":"1.0","type":"billing.invoice.issued","source":"//${f.host}/billing","id":"${uuid(r)}","time":"${stamp(r)}","subject":"RE-2026-${r.digits(5)}","data":{"supplier":"${f.name}","supplierEmail":"${f.mail}","supplierPhone":"${f.phone}","iban":"${f.iban}","customer":"${body.name}","customerEmail":"${body.mail}","lines":[{"booking":"${bookingNo(r)}","hours":${r.int(1, 6)},"net":"${amount(r)}"},{"booking":"${bookingNo(r)}","travel":"${amount(r)}"}],"dueDate":"${someDay(r)}"}}\n`,
  );
  return b;
};

const KINDS = [
  ['CloudEvents interpreter booking hospital', ceHospital, 5],
  ['kcat certified translation orders', kcatTranslation, 5],
  ['MQTT interpreter dispatch court and police', mqttDispatch, 4],
  ['RabbitMQ get messages course-fee subsidy base64', rabbitSubsidy, 4],
  ['kcat dead-letter exam registrations', dlqExam, 4],
  ['CloudEvents binary mode integration course enrolment', ceEnrolment, 4],
  ['MQTT online placement test', mqttPlacement, 3],
  ['AMQP delivery course payment card', amqpCard, 3],
  ['kcat freelance interpreter invoice', kcatInvoice, 3],
  ['RabbitMQ dead-letter job-centre booking', dlxJobcentre, 3],
  ['CloudEvents staff interpreter onboarding', ceOnboarding, 3],
  ['kcat course attendance', kcatAttendance, 3],
  ['kcat course schedule (no person)', kcatSchedule, 2],
  ['MQTT interpreter pool availability (no person)', mqttPool, 2],
  ['RabbitMQ queue statistics (no person)', rabbitStats, 1],
  ['CloudEvents agency invoice to public body (no person)', ceInvoiceBody, 2],
] as const;

/** `count` documents of the agencies' and schools' event streams and queues, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Ran2(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang));
}
