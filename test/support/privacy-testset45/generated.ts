import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import { Ranlxs0 } from './random.js';
import { card, cardPrinted, iban, icaoNumber, pensionNumber, taxId } from './values.js';

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
const hex = (r: Ranlxs0, n: number) => Array.from({ length: n }, () => r.below(16).toString(16)).join('');

/** Homes of customers, tenants and staff: German-speaking for German documents, else English-speaking. */
const HOMES: Record<
  Lang,
  { addr: (r: Ranlxs0) => string; phone: (r: Ranlxs0) => string; mail: string[]; country: string }[]
> = {
  de: [
    {
      addr: (r) =>
        `${r.pick(['Karl-Heine-Straße', 'Zschochersche Straße', 'Gießerstraße'])} ${r.int(2, 95)}, ${r.pick(['04229', '04177'])} Leipzig`,
      phone: (r) => `0${r.pick(['152', '160', '176'])} ${r.digits(8)}`,
      mail: ['posteo.de', 'gmx.de', 'freenet.de'],
      country: 'DE',
    },
    {
      addr: (r) => `${r.pick(['Hammer Straße', 'Wolbecker Straße'])} ${r.int(2, 140)}, 48153 Münster`,
      phone: (r) => `0251 ${r.digits(6)}`,
      mail: ['web.de', 'arcor.de'],
      country: 'DE',
    },
    {
      addr: (r) => `${r.pick(['Annenstraße', 'Lendplatz', 'Griesgasse'])} ${r.int(2, 60)}, 8020 Graz`,
      phone: (r) => `+43 ${r.pick(['664', '699'])} ${r.digits(7)}`,
      mail: ['aon.at', 'a1.net'],
      country: 'AT',
    },
    {
      addr: (r) => `${r.pick(['Klybeckstrasse', 'Feldbergstrasse'])} ${r.int(2, 120)}, 4057 Basel`,
      phone: (r) => `+41 ${r.pick(['78', '76'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      mail: ['sunrise.ch', 'gmx.ch'],
      country: 'CH',
    },
  ],
  en: [
    {
      addr: (r) =>
        `${r.int(2, 240)} ${r.pick(['Otley Road', 'Harehills Lane'])}, Leeds LS${r.pick(['6 3PX', '8 4DZ'])}`,
      phone: (r) => `07${r.pick(['723', '841', '962'])} ${r.digits(6)}`,
      mail: ['btinternet.com', 'hotmail.co.uk'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.int(2, 290)} ${r.pick(['Ormeau Road', 'Antrim Road'])}, Belfast BT${r.pick(['7 1EB', '15 2HX'])}`,
      phone: (r) => `+44 ${r.pick(['7712', '7835'])} ${r.digits(6)}`,
      mail: ['eircom.net', 'gmail.com'],
      country: 'IE',
    },
    {
      addr: (r) =>
        `${r.int(1000, 6900)} ${r.pick(['Quinpool Rd', 'Agricola St'])}, Halifax, NS B3${r.pick(['L 1A7', 'K 4C3'])}`,
      phone: (r) => `(902) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      mail: ['eastlink.ca', 'bell.net'],
      country: 'CA',
    },
    {
      addr: (r) => `${r.int(2, 300)} ${r.pick(['Elizabeth St', 'Sandy Bay Rd'])}, Hobart TAS 700${r.pick(['0', '5'])}`,
      phone: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      mail: ['bigpond.net.au', 'optusnet.com.au'],
      country: 'AU',
    },
    {
      addr: (r) => `${r.int(2, 180)} ${r.pick(['Cuba Street', 'Adelaide Road'])}, Wellington 60${r.pick(['11', '21'])}`,
      phone: (r) => `+64 21 ${r.digits(3)} ${r.digits(4)}`,
      mail: ['slingshot.co.nz', 'xtra.co.nz'],
      country: 'NZ',
    },
    {
      addr: (r) => `${r.int(100, 4900)} ${r.pick(['E Colfax Ave', 'Tennyson St'])}, Denver, CO 802${r.int(10, 39)}`,
      phone: (r) => `(303) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      mail: ['comcast.net', 'icloud.com'],
      country: 'US',
    },
  ],
};

function person(r: Ranlxs0, lang: Lang): Person {
  const c = r.pick(Object.values(cultures()));
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = r.pick(HOMES[lang]);
  const local = r.chance(0.6)
    ? `${ascii(given)}.${ascii(family)}`
    : `${ascii(given).slice(0, 1)}${ascii(family)}${r.int(1, 99)}`;
  return {
    given,
    family,
    email: `${local}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1949, 2006) },
    address: home.addr(r),
    female: r.chance(0.5),
    country: home.country,
  };
}

/** A birth date as the API writes it: ISO in JSON and protobuf, sometimes a local form in a log line. */
function dobText(r: Ranlxs0, p: Person, lang: Lang, iso = true): string {
  const { d, m, y } = p.dob;
  if (iso) return `${y}-${pad(m)}-${pad(d)}`;
  if (r.chance(0.3)) return lang === 'de' ? `${d}. ${MONTHS_DE[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
  return lang === 'de' ? `${pad(d)}.${pad(m)}.${y}` : `${pad(d)}/${pad(m)}/${y}`;
}
/** A date that is no birth: a job slot, an inspection, a pickup. */
const someDay = (r: Ranlxs0) => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
const stamp = (r: Ranlxs0) =>
  `${someDay(r)}T${pad(r.int(5, 20))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${String(r.int(0, 999)).padStart(3, '0')}Z`;
const customerIp = (r: Ranlxs0) =>
  r.chance(0.7)
    ? `${r.pick([31, 84, 93, 109, 185, 217])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`
    : `2a01:${r.int(0x1000, 0xffff).toString(16)}:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;

/** Look-alikes never labelled: job, object and unit numbers, request and trace ids, amounts. */
const jobNo = (r: Ranlxs0) => `JOB-${r.digits(7)}`;
const objectNo = (r: Ranlxs0) => `OBJ-${r.digits(5)}`;
const unitNo = (r: Ranlxs0) => `WE ${r.int(1, 48)}.${r.int(1, 6)}`;
const reqId = (r: Ranlxs0) => `req_${hex(r, 12)}`;
const traceId = (r: Ranlxs0) => hex(r, 32);
const amount = (r: Ranlxs0) => `${r.int(18, 640)}.${r.pick(['00', '50', '90'])}`;

/** The firms: switchboards, role mailboxes and accounts are never labelled. */
const FIRMS: Record<Lang, { name: string; host: string; phone: string; mail: string; iban: string }[]> = {
  de: [
    {
      name: 'Glanzwerk Gebäudereinigung Leipzig GmbH',
      host: 'api.glanzwerk.example',
      phone: '0341 2290 410',
      mail: 'disposition@glanzwerk.example',
      iban: 'DE02 8605 5592 1090 0017 44',
    },
    {
      name: 'Hausmeisterdienst Krull & Söhne',
      host: 'dispo.krull-hausmeister.example',
      phone: '0251 49 30 12-0',
      mail: 'auftrag@krull-hausmeister.example',
      iban: 'DE75 4005 0150 0000 3321 08',
    },
    {
      name: 'Kaminkehrer- und Schornsteinfegerbetrieb Grazer Feld',
      host: 'grpc.kehrbezirk-graz.example',
      phone: '+43 316 71 28 80',
      mail: 'kehrtermine@kehrbezirk-graz.example',
      iban: 'AT61 1904 3002 3457 3201',
    },
    {
      name: 'Rheinknie Facility Services AG',
      host: 'gateway.rheinknie-fs.example',
      phone: '+41 61 690 44 00',
      mail: 'servicedesk@rheinknie-fs.example',
      iban: 'CH93 0076 2011 6238 5295 7',
    },
  ],
  en: [
    {
      name: 'Brightside Window Cleaning Leeds Ltd',
      host: 'api.brightside-windows.example',
      phone: '0113 496 0712',
      mail: 'rounds@brightside-windows.example',
      iban: 'GB33 BUKB 2020 1555 5555 55',
    },
    {
      name: 'Lagan Pest Control Services',
      host: 'dispatch.laganpest.example',
      phone: '028 9032 4410',
      mail: 'jobs@laganpest.example',
      iban: 'IE29 AIBK 9311 5212 3456 78',
    },
    {
      name: 'Harbourview Facility Management',
      host: 'fm.harbourview.example',
      phone: '(902) 555-0140',
      mail: 'workorders@harbourview.example',
      iban: 'GB94 BARC 1020 1530 0934 59',
    },
    {
      name: 'Southern Cross Laundry & Linen',
      host: 'grpc.sxlinen.example',
      phone: '(03) 6210 4400',
      mail: 'pickups@sxlinen.example',
      iban: 'GB29 NWBK 6016 1331 9268 19',
    },
  ],
};

type Render = (r: Ranlxs0, lang: Lang) => Builder;

/** A JSON string field `"key":"value"` with its value labelled (type null: unlabelled). */
const jf = (b: Builder, key: string, type: string | null, v: string, last = false) => {
  b.add(`"${key}":"`);
  if (type) b.val(type, v);
  else b.add(v);
  b.add(last ? '"' : '",');
};
/** A protobuf text field `key: "value"`, labelled, on its own line. */
const pf = (b: Builder, indent: string, key: string, type: string | null, v: string) => {
  b.add(`${indent}${key}: "`);
  if (type) b.val(type, v);
  else b.add(v);
  b.add('"\n');
};
const httpHead = (b: Builder, r: Ranlxs0, host: string, path: string, ip?: string) => {
  b.add(`POST ${path} HTTP/1.1\nHost: ${host}\nContent-Type: application/json\nX-Request-Id: ${reqId(r)}\n`);
  b.add(`traceparent: 00-${traceId(r)}-${hex(r, 16)}-01\n`);
  if (ip) b.add('X-Forwarded-For: ').val('IP_ADDRESS', ip).add('\n');
  b.add('Authorization: Bearer <redacted>\n\n');
};

/** 1. GraphQL query of a day's cleaning jobs and its response: edges, nodes, customers split over two fields. */
const gqlJobs: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  const day = someDay(r);
  httpHead(b, r, f.host, '/graphql');
  b.add(
    `{"operationName":"DayJobs","query":"query DayJobs($day: Date!, $first: Int) { jobs(day: $day, first: $first) { edges { node { id jobNumber slot customer { firstName lastName phone } site { objectNumber formattedAddress } } } pageInfo { hasNextPage endCursor } } }","variables":{"day":"${day}","first":${r.int(3, 20)}}}\n\n`,
  );
  b.add('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"data":{"jobs":{"edges":[');
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const p = person(r, lang);
    b.add(`{"node":{"id":"Sm9i${hex(r, 8)}",`);
    jf(b, 'jobNumber', null, jobNo(r));
    jf(b, 'slot', null, `${day}T${pad(r.int(6, 17))}:00:00`);
    b.add('"customer":{');
    jf(b, 'firstName', 'PERSON', p.given);
    jf(b, 'lastName', 'PERSON', p.family);
    jf(b, 'phone', 'PHONE_NUMBER', p.phone, true);
    b.add('},"site":{');
    jf(b, 'objectNumber', null, objectNo(r));
    jf(b, 'formattedAddress', 'POSTAL_ADDRESS', p.address, true);
    b.add(`}}}${i < n - 1 ? ',' : ''}`);
  }
  b.add(`],"pageInfo":{"hasNextPage":false,"endCursor":"Y3Vyc29y${hex(r, 6)}"}}}}`);
  return b;
};

/** 2. A GraphQL mutation booking a bulky-refuse pickup, with variables, and its response. */
const gqlPickup: Render = (r, lang) => {
  const p = person(r, lang);
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  httpHead(b, r, f.host, '/graphql', customerIp(r));
  b.add(
    '{"operationName":"BookPickup","query":"mutation BookPickup($input: BulkyPickupInput!) { bookBulkyPickup(input: $input) { booking { id pickupDate status } userErrors { field message } } }","variables":{"input":{"contact":{',
  );
  jf(b, 'givenName', 'PERSON', p.given);
  jf(b, 'familyName', 'PERSON', p.family);
  jf(b, 'email', 'EMAIL_ADDRESS', p.email);
  jf(b, 'phone', 'PHONE_NUMBER', p.phone, true);
  b.add('},');
  jf(b, 'pickupAddress', 'POSTAL_ADDRESS', p.address);
  const items = L(lang, '"Sofa 3-Sitzer","Lattenrost","Kühlschrank"', '"three-seat sofa","bed base","fridge"');
  b.add(
    `"items":[${items}],"volumeM3":${r.int(1, 6)},"accessNotes":"${L(lang, 'Hinterhof, Tor links', 'side gate, left')}"}}}\n\n`,
  );
  b.add('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"data":{"bookBulkyPickup":{"booking":{');
  jf(b, 'id', null, jobNo(r));
  jf(b, 'pickupDate', null, someDay(r));
  b.add('"status":"CONFIRMED"},"userErrors":[]}}}');
  return b;
};

/** 3. A GraphQL error response: a direct-debit mandate refused, the customer named in the message and path. */
const gqlError: Render = (r, lang) => {
  const p = person(r, lang);
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  const country = lang === 'de' ? r.pick(['DE', 'AT', 'CH']) : r.pick(['GB', 'IE']);
  const acct = iban(r, country);
  b.add(
    `{"query":"mutation SetMandate($customerId: ID!, $iban: String!, $holder: String!) { setDirectDebit(customerId: $customerId, iban: $iban, accountHolder: $holder) { mandateReference } }","variables":{"customerId":"${objectNo(r)}",`,
  );
  jf(b, 'iban', 'IBAN_CODE', acct);
  jf(b, 'holder', 'PERSON', `${p.given} ${p.family}`, true);
  b.add('}}\n---\n{"errors":[{"message":"');
  b.add(L(lang, 'Mandat für ', 'Mandate for ')).val('PERSON', `${p.given} ${p.family}`);
  b.add(L(lang, ' abgelehnt: Gläubiger-Konto ', ' refused: creditor account ') + f.iban);
  b.add(L(lang, ' ist gesperrt', ' is blocked'));
  b.add(
    `","locations":[{"line":1,"column":${r.int(60, 90)}}],"path":["setDirectDebit"],"extensions":{"code":"MANDATE_REJECTED","requestId":"${reqId(r)}","support":"${f.mail}"}}],"data":{"setDirectDebit":null}}`,
  );
  return b;
};

/** 4. A GraphQL query with a fragment for caretaker staff (mini-job payroll) and its response. */
const gqlStaff: Render = (r, lang) => {
  const p = person(r, lang);
  const f = r.pick(FIRMS.de);
  const b = new Builder();
  httpHead(b, r, f.host, '/graphql');
  b.add(
    'query StaffPayroll($id: ID!) {\n  employee(id: $id) {\n    ...PayrollFields\n    assignedObjects { objectNumber }\n  }\n}\n\nfragment PayrollFields on Employee {\n  givenName\n  familyName\n  birthDate\n  taxId\n  pensionInsuranceNumber\n  idCardNumber\n  passportNumber\n  salaryAccount { iban }\n}\n\n',
  );
  b.add(`variables: {"id": "EMP-${r.digits(4)}"}\n\nHTTP/1.1 200 OK\n\n{"data":{"employee":{`);
  jf(b, 'givenName', 'PERSON', p.given);
  jf(b, 'familyName', 'PERSON', p.family);
  jf(b, 'birthDate', 'DATE_OF_BIRTH', dobText(r, p, lang));
  jf(b, 'taxId', 'DE_TAX_ID', taxId(r));
  jf(b, 'pensionInsuranceNumber', 'DE_SOCIAL_SECURITY', pensionNumber(r, p.dob, p.family, p.female));
  // The identity document seen at hiring: a German ID card, or a German passport for staff hired abroad.
  if (lang === 'de') jf(b, 'idCardNumber', 'DE_ID_CARD', icaoNumber(r, 'id'));
  else jf(b, 'passportNumber', 'DE_PASSPORT', icaoNumber(r, 'passport'));
  b.add('"salaryAccount":{');
  jf(b, 'iban', 'IBAN_CODE', iban(r, 'DE'), true);
  b.add(`},"assignedObjects":[{"objectNumber":"${objectNo(r)}"},{"objectNumber":"${objectNo(r)}"}]}}}`);
  if (lang === 'en') b.add(`\n# ${f.name}, payroll export for the UK parent company`);
  return b;
};

/** 5. grpcurl calling a chimney sweep's inspection service; JSON output as grpcurl prints it. */
const grpcSweep: Render = (r, lang) => {
  const p = person(r, lang);
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  const obj = objectNo(r);
  b.add(
    `$ grpcurl -plaintext -d '{"object_id": "${obj}"}' ${f.host.replace(/^\w+\./, 'grpc.')}:50051 sweep.v1.InspectionService/GetNotice\n{\n  "noticeId": "${jobNo(r)}",\n  "objectId": "${obj}",\n  "kind": "${r.pick([L(lang, 'FEUERSTAETTENSCHAU', 'SAFETY_INSPECTION'), 'EMISSION_MEASUREMENT', 'SWEEPING'])}",\n  "owner": {\n    "givenName": "`,
  );
  b.val('PERSON', p.given).add('",\n    "familyName": "').val('PERSON', p.family).add('",\n    "phone": "');
  b.val('PHONE_NUMBER', p.phone).add('"\n  },\n  "siteAddress": "').val('POSTAL_ADDRESS', p.address);
  b.add(
    `",\n  "appliances": [\n    {\n      "type": "${L(lang, 'Gas-Brennwerttherme', 'gas condensing boiler')}",\n      "lastChecked": "${someDay(r)}"\n    },\n    {\n      "type": "${L(lang, 'Kaminofen', 'wood stove')}",\n      "lastChecked": "${someDay(r)}"\n    }\n  ],\n  "scheduledFor": "${stamp(r)}",\n  "office": "${f.phone}"\n}`,
  );
  return b;
};

/** 6. A pest-control job in protobuf text format, as a dispatcher's debug dump writes it. */
const protoPest: Render = (r, lang) => {
  const p = person(r, lang);
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  b.add(`# proto-file: pest/v2/job.proto\n# proto-message: pest.v2.Job\njob_number: "${jobNo(r)}"\n`);
  b.add(`status: ${r.pick(['SCHEDULED', 'IN_PROGRESS', 'FOLLOW_UP_REQUIRED'])}\ncustomer {\n`);
  pf(b, '  ', 'given_name', 'PERSON', p.given);
  pf(b, '  ', 'family_name', 'PERSON', p.family);
  pf(b, '  ', 'email', 'EMAIL_ADDRESS', p.email);
  pf(b, '  ', 'mobile', 'PHONE_NUMBER', p.phone);
  b.add('}\nsite {\n');
  pf(b, '  ', 'object_number', null, objectNo(r));
  pf(b, '  ', 'formatted', 'POSTAL_ADDRESS', p.address);
  pf(b, '  ', 'unit', null, unitNo(r));
  b.add('}\n');
  for (const pest of L(lang, 'Hausmaus|Deutsche Schabe', 'house mouse|German cockroach').split('|'))
    b.add(
      `treatments {\n  target: "${pest}"\n  bait_stations: ${r.int(2, 12)}\n  next_visit { seconds: ${r.int(1_780_000_000, 1_790_000_000)} }\n}\n`,
    );
  b.add(`price_net { currency_code: "EUR" units: ${r.int(80, 400)} }\nbranch_phone: "${f.phone}"\n`);
  return b;
};

/** 7. A winter road-clearing route in protobuf text: repeated stops, each with a resident on call. */
const protoWinter: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  b.add(
    `route {\n  route_id: "WD-${r.int(10, 99)}"\n  service: ${r.pick(['CLEAR_AND_GRIT', 'GRIT_ONLY'])}\n  start_after: "${stamp(r)}"\n`,
  );
  const n = r.int(2, 3);
  for (let i = 0; i < n; i++) {
    const p = person(r, lang);
    b.add(`  stops {\n    sequence: ${i + 1}\n    object_number: "${objectNo(r)}"\n    resident_contact {\n`);
    pf(b, '      ', 'given_name', 'PERSON', p.given);
    pf(b, '      ', 'family_name', 'PERSON', p.family);
    pf(b, '      ', 'phone', 'PHONE_NUMBER', p.phone);
    b.add('    }\n');
    pf(b, '    ', 'address', 'POSTAL_ADDRESS', p.address);
    b.add(`    footpath_m: ${r.int(8, 60)}\n  }\n`);
  }
  b.add(`}\ndispatcher_line: "${f.phone}"\n`);
  return b;
};

/** 8. A server log of a laundry pickup booked through GraphQL: the request, the customer's address, the response. */
const logLaundry: Render = (r, lang) => {
  const p = person(r, lang);
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  const t = stamp(r);
  const rid = reqId(r);
  b.add(`${t} INFO  http.request method=POST path=/graphql request_id=${rid} trace_id=${traceId(r)} client_ip=`);
  b.val('IP_ADDRESS', customerIp(r)).add(` user_agent="LaundryApp/4.${r.int(0, 9)}.${r.int(0, 30)} (iOS 17.5)"\n`);
  b.add(`${t} DEBUG graphql.operation name=SchedulePickup request_id=${rid} variables={"input":{"customer":{`);
  jf(b, 'firstName', 'PERSON', p.given);
  jf(b, 'lastName', 'PERSON', p.family);
  jf(b, 'email', 'EMAIL_ADDRESS', p.email, true);
  b.add('},');
  jf(b, 'address', 'POSTAL_ADDRESS', p.address);
  b.add(`"bags":${r.int(1, 4)},"service":"${r.pick(['WASH_FOLD', 'SHIRTS', 'DUVET'])}","payment":{`);
  jf(b, 'cardNumber', 'CREDIT_CARD', card(r), true);
  b.add('}}}\n');
  b.add(
    `${t} INFO  http.response request_id=${rid} status=200 duration_ms=${r.int(12, 480)} bytes=${r.int(200, 900)} response={"data":{"schedulePickup":{"pickupId":"${jobNo(r)}","window":"${someDay(r)} 08-12","total":"${amount(r)}"}}}\n`,
  );
  b.add(`${t} INFO  notify.sms to="`)
    .val('PHONE_NUMBER', p.phone)
    .add(`" from="${f.phone}" template=pickup_confirmed\n`);
  return b;
};

/** 9. A gRPC server log of a key handover: the identity check with document numbers and birth date. */
const logKeys: Render = (r, lang) => {
  const p = person(r, lang);
  const f = r.pick(FIRMS.de);
  const b = new Builder();
  const t = stamp(r);
  const passport = r.chance(0.4);
  b.add(
    `{"level":"info","ts":"${t}","caller":"keysvc/handover.go:${r.int(40, 300)}","msg":"started call","grpc.service":"keys.v1.HandoverService","grpc.method":"VerifyHolder","peer.address":"10.${r.int(0, 40)}.${r.int(0, 9)}.${r.int(2, 60)}:${r.int(40000, 60000)}","request_id":"${reqId(r)}"}\n`,
  );
  b.add(`{"level":"debug","ts":"${t}","msg":"request","grpc.request.content":{"holder":{`);
  jf(b, 'given_name', 'PERSON', p.given);
  jf(b, 'family_name', 'PERSON', p.family);
  jf(b, 'birth_date', 'DATE_OF_BIRTH', dobText(r, p, lang), true);
  b.add(`},"document":{"type":"${passport ? 'PASSPORT' : 'ID_CARD'}",`);
  jf(b, 'number', passport ? 'DE_PASSPORT' : 'DE_ID_CARD', icaoNumber(r, passport ? 'passport' : 'id'), true);
  b.add(`},"object_number":"${objectNo(r)}","unit":"${unitNo(r)}","keys":${r.int(1, 4)}}}\n`);
  b.add(
    `{"level":"info","ts":"${t}","msg":"finished call","grpc.code":"OK","grpc.time_ms":${r.int(3, 90)}.${r.int(100, 999)},"grpc.response.content":{"handover_id":"${jobNo(r)}","verified":true}}\n`,
  );
  b.add(`# ${L(lang, 'Rückfragen', 'queries')}: ${f.mail}\n`);
  return b;
};

/** 10. A GraphQL subscription checkout for home cleaning, card number logged by a debug middleware. */
const gqlCard: Render = (r, lang) => {
  const p = person(r, lang);
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  const v = card(r);
  const printed = r.chance(0.5) ? v : cardPrinted(v, r.pick([' ', '-']));
  b.add(`[${stamp(r)}] WARN payments: raw GraphQL variables logged (debug flag left on) request_id=${reqId(r)}\n`);
  b.add(
    'mutation StartPlan($plan: PlanInput!, $card: CardInput!) { startCleaningPlan(plan: $plan, card: $card) { plan { id nextVisit } } }\n',
  );
  b.add('{"plan":{"frequency":"' + r.pick(['WEEKLY', 'FORTNIGHTLY']) + `","hours":${r.int(2, 5)},`);
  jf(b, 'homeAddress', 'POSTAL_ADDRESS', p.address);
  b.add('"contact":{');
  jf(b, 'firstName', 'PERSON', p.given);
  jf(b, 'lastName', 'PERSON', p.family);
  jf(b, 'email', 'EMAIL_ADDRESS', p.email, true);
  b.add('}},"card":{');
  jf(b, 'number', 'CREDIT_CARD', printed);
  b.add(`"expMonth":${r.int(1, 12)},"expYear":${r.int(2027, 2031)},"cvc":"***"}}\n`);
  b.add(`{"data":{"startCleaningPlan":{"plan":{"id":"${jobNo(r)}","nextVisit":"${someDay(r)}"}}}}\n`);
  b.add(`# ${f.name} · ${f.phone}\n`);
  return b;
};

/** 11. A GraphQL price-list query and its response (no person). */
const gqlPrices: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  b.add('query Services { services(active: true) { code name unit priceNet } company { name phone email } }\n\n');
  b.add('{"data":{"services":[');
  const names = L(
    lang,
    'Unterhaltsreinigung Büro|Grundreinigung|Glas- und Rahmenreinigung|Treppenhausreinigung|Sperrmüllabholung|Winterdienst Saison',
    'office cleaning|deep clean|windows and frames|stairwell cleaning|bulky waste collection|winter gritting season',
  ).split('|');
  names.forEach((n, i) => {
    b.add(
      `{"code":"SV-${r.digits(3)}","name":"${n}","unit":"${r.pick(['h', 'm2', L(lang, 'pauschal', 'flat')])}","priceNet":"${amount(r)}"}`,
    );
    if (i < names.length - 1) b.add(',');
  });
  b.add(`],"company":{"name":"${f.name}","phone":"${f.phone}","email":"${f.mail}"}}}`);
  return b;
};

/** 12. grpcurl listing and describing the dispatch services (no person). */
const grpcList: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  const host = `${f.host.replace(/^\w+\./, 'grpc.')}:50051`;
  b.add(
    `$ grpcurl -plaintext ${host} list\ndispatch.v3.JobService\ngrpc.health.v1.Health\ngrpc.reflection.v1alpha.ServerReflection\n`,
  );
  b.add(
    `$ grpcurl -plaintext ${host} describe dispatch.v3.Contact\ndispatch.v3.Contact is a message:\nmessage Contact {\n  string given_name = 1;\n  string family_name = 2;\n  string phone = 3;\n  string email = 4;\n  repeated string notes = ${r.int(5, 9)};\n}\n`,
  );
  b.add(`$ grpcurl -plaintext ${host} grpc.health.v1.Health/Check\n{\n  "status": "SERVING"\n}\n`);
  return b;
};

/** 13. A server log of health checks and slow queries of the dispatch API (no person). */
const logHealth: Render = (r, lang) => {
  const b = new Builder();
  for (let i = 0; i < r.int(4, 7); i++) {
    const route = r.pick(['/healthz', '/graphql', '/metrics', '/readyz']);
    b.add(
      `${stamp(r)} INFO  http.request method=${route === '/graphql' ? 'POST' : 'GET'} path=${route} status=200 duration_ms=${r.int(1, 900)} request_id=${reqId(r)} trace_id=${traceId(r)}\n`,
    );
  }
  b.add(
    `${stamp(r)} WARN  graphql.slow operation=${L(lang, 'Tourenplan', 'RoutePlan')} jobs=${r.int(40, 300)} complexity=${r.int(200, 999)} job=${jobNo(r)}\n`,
  );
  return b;
};

/** 14. A waste and bulky-refuse collection calendar in protobuf text (no person). */
const protoCalendar: Render = (r, lang) => {
  const f = r.pick(FIRMS[lang]);
  const b = new Builder();
  b.add(`district: "${L(lang, 'Bezirk', 'Zone')} ${r.int(1, 12)}"\n`);
  for (const fraction of L(lang, 'RESTMUELL|BIOTONNE|PAPIER|SPERRMUELL', 'GENERAL|ORGANIC|RECYCLING|BULKY').split('|'))
    b.add(
      `collections {\n  fraction: ${fraction}\n  dates: "${someDay(r)}"\n  dates: "${someDay(r)}"\n  container_count: ${r.int(2, 40)}\n}\n`,
    );
  b.add(`object_number: "${objectNo(r)}"\nhotline: "${f.phone}"\nmailbox: "${f.mail}"\n`);
  return b;
};

const KINDS = [
  ['GraphQL query and response cleaning jobs', gqlJobs, 5],
  ['GraphQL mutation bulky-refuse pickup with variables', gqlPickup, 4],
  ['GraphQL error response direct-debit mandate', gqlError, 4],
  ['GraphQL fragment caretaker payroll', gqlStaff, 4],
  ['grpcurl JSON chimney sweep notice', grpcSweep, 4],
  ['protobuf text pest-control job', protoPest, 4],
  ['protobuf text winter-service route', protoWinter, 3],
  ['server log GraphQL laundry pickup', logLaundry, 4],
  ['gRPC server log key handover identity check', logKeys, 4],
  ['GraphQL debug log cleaning plan card', gqlCard, 3],
  ['GraphQL price list (no person)', gqlPrices, 2],
  ['grpcurl list and describe (no person)', grpcList, 1],
  ['server log health checks (no person)', logHealth, 2],
  ['protobuf text collection calendar (no person)', protoCalendar, 1],
] as const;

/** `count` documents of the firms' API traffic, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Ranlxs0(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang));
}
