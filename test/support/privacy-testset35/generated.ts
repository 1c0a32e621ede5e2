import type { TestDocument, TestLabel } from './markup.js';
import { deviceIp, dob, person, type Person } from './people.js';
import { Ran3 } from './random.js';
import { card, cardPrinted, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/**
 * Set 35's generated documents: the events of transport operators, taxi and ride-hailing platforms, car
 * sharing and parking services AS A MESSAGE BROKER OR WEBHOOK CONSUMER HANDS THEM TO AN INGEST — dumped
 * from a topic or queue, not written for a person to read. Ten formats:
 * - `kcat -C -J`: one JSON envelope per record (topic, partition, offset, headers as a flat list, key), the
 *   event itself a JSON string inside it (every quote of the event escaped once, `\"`);
 * - `kafka-console-consumer` with print.timestamp, print.headers and print.key: tab-separated columns, the
 *   value compact JSON;
 * - `kafka-avro-console-consumer`: Avro's JSON encoding, every nullable field a union (`{"string": "…"}`);
 * - RabbitMQ management API "get messages": properties, headers and the payload as a JSON string;
 * - CloudEvents 1.0 in structured mode (application/cloudevents+json) and in binary mode (an HTTP request
 *   whose `ce-` headers carry the attributes, the body the data);
 * - a webhook delivery log in the Standard Webhooks shape (webhook-id, webhook-timestamp, webhook-signature);
 * - Amazon SQS ReceiveMessage output of an SNS notification: the notification is a JSON string in `Body`,
 *   the event a JSON string in the notification's `Message`, so the event's quotes are escaped twice (`\\\"`);
 * - `mosquitto_sub -v`: MQTT topic and payload per line;
 * - Google Pub/Sub push requests: attributes and base64 `data` (only telemetry with no personal data is
 *   base64-encoded here, so no label ever hides in base64).
 *
 * Format rules for the labels: a value is labelled over its characters inside its JSON string, never the
 * quotes or the escapes around it; values never hold a character JSON escapes (quote, backslash, line break),
 * so an escaping level never splits one. A value inside a free-text field ("note") is labelled inside that
 * string. The same value in the key, a header and the body is labelled in each place.
 */

type Lab = { t: string; v: string };
/** A string made of plain text and labelled values (a free-text field). */
type Txt = { txt: (string | Lab)[] };
type Tree = string | number | boolean | null | Lab | Txt | Tree[] | { [key: string]: Tree };

const L = (t: string, v: string): Lab => ({ t, v });
const isLab = (x: Tree): x is Lab => typeof x === 'object' && x !== null && !Array.isArray(x) && 't' in x && 'v' in x;
const isTxt = (x: Tree): x is Txt => typeof x === 'object' && x !== null && !Array.isArray(x) && 'txt' in x;

/** The text being written and its labels. */
class Out {
  text = '';
  labels: TestLabel[] = [];
  add(s: string): this {
    this.text += s;
    return this;
  }
  lab(l: Lab): this {
    if (/["\\\n]/.test(l.v)) throw new Error(`set 35: a value JSON would escape: ${l.v}`);
    this.labels.push({ type: l.t, start: this.text.length, end: this.text.length + l.v.length });
    this.text += l.v;
    return this;
  }
}

/** The quote of a JSON string nested `depth` times in other JSON strings: ", \", \\\". */
const quote = (depth: number) => '\\'.repeat(2 ** depth - 1) + '"';
const esc = (s: string, depth: number) => (depth === 0 ? s.replace(/"/g, '\\"') : s.replace(/"/g, quote(depth)));

interface JsonStyle {
  depth: number;
  /** Indent per level; '' writes compact JSON. */
  indent: string;
  /** Avro's JSON encoding: every string a union branch. */
  avro?: boolean;
}

function writeJson(out: Out, tree: Tree, style: JsonStyle, level = 0): void {
  const q = quote(style.depth);
  const nl = style.indent ? '\n' + style.indent.repeat(level + 1) : '';
  const close = style.indent ? '\n' + style.indent.repeat(level) : '';
  const colon = style.indent ? ': ' : ':';
  const comma = style.indent ? ',' : ',';
  const str = (write: () => void) => {
    if (style.avro) out.add(`{${q}string${q}${colon}`);
    out.add(q);
    write();
    out.add(q);
    if (style.avro) out.add('}');
  };
  if (tree === null || typeof tree === 'number' || typeof tree === 'boolean') out.add(String(tree));
  else if (typeof tree === 'string') str(() => out.add(esc(tree, style.depth)));
  else if (isLab(tree)) str(() => out.lab(tree));
  else if (isTxt(tree))
    str(() => {
      for (const p of tree.txt)
        if (typeof p === 'string') out.add(esc(p, style.depth));
        else out.lab(p);
    });
  else if (Array.isArray(tree)) {
    out.add('[');
    tree.forEach((t, i) => {
      out.add(i ? comma + nl : nl);
      writeJson(out, t, style, level + 1);
    });
    out.add(tree.length ? close + ']' : ']');
  } else {
    const entries = Object.entries(tree);
    out.add('{');
    entries.forEach(([k, v], i) => {
      out.add((i ? comma : '') + nl + q + k + q + colon);
      writeJson(out, v, style, level + 1);
    });
    out.add(entries.length ? close + '}' : '}');
  }
}

/** An event as its producer publishes it: type, source, subject (an id), the data, the topic it goes to. */
interface Event {
  type: string;
  source: string;
  topic: string;
  key: string;
  data: { [key: string]: Tree };
  /** Telemetry without personal data (may be base64-encoded). */
  telemetry?: boolean;
}

type Lang = 'de' | 'en';
const name = (p: Person) => L('PERSON', `${p.given} ${p.family}`);
const hex = (rng: Ran3, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[rng.below(16)]).join('');
const b62 = (rng: Ran3, n: number) =>
  Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[rng.below(36)]).join('');
const trip = (rng: Ran3) => `trp_${b62(rng, 14)}`;
const corr = (rng: Ran3) => `corr-${hex(rng, 8)}`;
const plate = (rng: Ran3, lang: Lang) =>
  lang === 'de'
    ? `${rng.pick(['L', 'EF', 'KI', 'R', 'SB', 'BZ'])}-${rng.pick(['AB', 'KX', 'T', 'MV'])} ${rng.int(10, 9999)}`
    : `${rng.pick(['LB', 'GX', 'WR'])}${rng.int(10, 75)} ${rng.pick(['KTA', 'HNZ', 'PVO'])}`;
const STATIONS = {
  de: ['Leipzig Hbf, Willy-Brandt-Platz 5', 'Flughafen Erfurt-Weimar, Terminal', 'Kiel Hbf, Ostseekai', 'Bautzen Bf'],
  en: ['Heathrow T5 drop-off', 'Union Station, 800 N Alameda St', 'Britomart Transport Centre', 'KL Sentral'],
};

const SCENARIOS: ((rng: Ran3, lang: Lang) => Event)[] = [
  // Ride-hailing: a completed trip with the rider's pickup at home.
  (rng, lang) => {
    const rider = person(rng, lang);
    const driver = person(rng, lang);
    return {
      type: 'com.rideflux.trip.completed',
      source: '/rideflux/dispatch/eu-central-1',
      topic: 'trips.completed.v3',
      key: trip(rng),
      data: {
        trip_id: trip(rng),
        rider: { name: name(rider), phone: L('PHONE_NUMBER', rider.phone), email: L('EMAIL_ADDRESS', rider.email) },
        driver: { display_name: L('PERSON', driver.given), driver_id: `drv_${b62(rng, 10)}` },
        pickup: { address: L('POSTAL_ADDRESS', rider.address), lat: 48 + rng.below(9000) / 1000 },
        dropoff: { address: rng.pick(STATIONS[lang]) },
        fare: { amount: rng.int(900, 7400) / 100, currency: lang === 'de' ? 'EUR' : 'GBP', card_last4: rng.digits(4) },
        client_ip: L('IP_ADDRESS', deviceIp(rng)),
      },
    };
  },
  // Public transport: a penalty fare with the passenger's identity document.
  (rng, lang) => {
    const p = person(rng, lang);
    const passport = rng.chance(0.4);
    return {
      type: 'de.verkehrsverbund.fahrgeldnachforderung.created',
      source: '/pruefdienst/mde/' + rng.int(100, 999),
      topic: 'revenue.penalty-fares',
      key: `EBE-${rng.int(2026000000, 2026999999)}`,
      data: {
        case: `EBE-${rng.int(2026000000, 2026999999)}`,
        passenger: {
          name: name(p),
          date_of_birth: L('DATE_OF_BIRTH', dob(rng, p, lang)),
          address: L('POSTAL_ADDRESS', p.address),
        },
        id_document: passport
          ? {
              type: lang === 'de' ? 'Reisepass' : 'German passport',
              number: L('DE_PASSPORT', icaoNumber(rng, 'passport')),
            }
          : {
              type: lang === 'de' ? 'Personalausweis' : 'German identity card',
              number: L('DE_ID_CARD', icaoNumber(rng, 'id')),
            },
        line: rng.pick(['S3', 'RE 7', 'Tram 11', 'Bus 160']),
        amount: 60,
        note:
          lang === 'de'
            ? {
                txt: [
                  'Fahrgast ohne gültigen Fahrschein, Ausweis kontrolliert. Prüfer ',
                  L('PERSON', person(rng, lang).family),
                  '.',
                ],
              }
            : {
                txt: [
                  'Passenger without a valid ticket; ID checked by inspector ',
                  L('PERSON', person(rng, lang).family),
                  '.',
                ],
              },
      },
    };
  },
  // A season-ticket subscription with a SEPA mandate.
  (rng, lang) => {
    const p = person(rng, lang);
    return {
      type: 'com.ticketwerk.subscription.created',
      source: '/ticketwerk/abo-service',
      topic: 'subscriptions',
      key: `ABO-${rng.digits(9)}`,
      data: {
        product: lang === 'de' ? 'Deutschlandticket Jobticket' : 'Annual Travelcard Zones 1-4',
        holder: {
          given_name: L('PERSON', p.given),
          family_name: L('PERSON', p.family),
          birth_date: L('DATE_OF_BIRTH', dob(rng, p, lang)),
          email: L('EMAIL_ADDRESS', p.email),
          postal_address: L('POSTAL_ADDRESS', p.address),
        },
        sepa: {
          iban: L('IBAN_CODE', iban(rng, rng.pick(['DE', 'AT', 'LU', 'NL', 'LT']))),
          mandate: `MNDT-${rng.digits(8)}`,
        },
        starts: `2026-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
      },
    };
  },
  // Car sharing: a member verified with a passport.
  (rng, lang) => {
    const p = person(rng, lang);
    return {
      type: 'io.stadtflitzer.member.verified',
      source: '/stadtflitzer/kyc',
      topic: 'members.kyc',
      key: `mbr_${b62(rng, 12)}`,
      data: {
        member: { full_name: name(p), phone: L('PHONE_NUMBER', p.phone), email: L('EMAIL_ADDRESS', p.email) },
        birth_date: L('DATE_OF_BIRTH', dob(rng, p, lang)),
        document: rng.chance(0.5)
          ? { kind: 'passport', issuing_state: 'D', number: L('DE_PASSPORT', icaoNumber(rng, 'passport')) }
          : { kind: 'id_card', issuing_state: 'D', number: L('DE_ID_CARD', icaoNumber(rng, 'id')) },
        licence: { classes: ['B'], number: `B${rng.digits(2)}${b62(rng, 6).toUpperCase()}` },
        address: L('POSTAL_ADDRESS', p.address),
        checked_from_ip: L('IP_ADDRESS', deviceIp(rng)),
      },
    };
  },
  // Taxi: a driver onboarded by a dispatch co-operative (payroll data).
  (rng, lang) => {
    const p = person(rng, lang);
    return {
      type: 'de.taxizentrale.driver.onboarded',
      source: '/taxizentrale/personal',
      topic: 'drivers.onboarding',
      key: `FAHRER-${rng.int(1000, 9999)}`,
      data: {
        driver: name(p),
        born: L('DATE_OF_BIRTH', dob(rng, p, lang)),
        home: L('POSTAL_ADDRESS', p.address),
        mobile: L('PHONE_NUMBER', p.phone),
        steuer_id: L('DE_TAX_ID', taxId(rng)),
        rv_nummer: L('DE_SOCIAL_SECURITY', pensionNumber(rng, p.birth, p.family, p.female)),
        payout_iban: L('IBAN_CODE', iban(rng, rng.pick(['DE', 'DE', 'AT', 'CH']))),
        p_schein: `FzF-${rng.digits(6)}`,
        vehicle: plate(rng, lang),
      },
    };
  },
  // Parking: a resident permit paid by card.
  (rng, lang) => {
    const p = person(rng, lang);
    const pan = card(rng);
    return {
      type: 'com.parkzone.permit.issued',
      source: '/parkzone/permits',
      topic: 'permits.resident',
      key: `PZ-${rng.digits(7)}`,
      data: {
        resident: name(p),
        address: L('POSTAL_ADDRESS', p.address),
        email: L('EMAIL_ADDRESS', p.email),
        plate: plate(rng, lang),
        zone: rng.pick(['A3', 'K12', 'Z4']),
        payment: {
          method: 'card',
          pan: L('CREDIT_CARD', rng.chance(0.5) ? pan : cardPrinted(pan, ' ')),
          expiry: `${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(27, 31)}`,
        },
        legacy_gateway: 'pz-gw-02',
      },
    };
  },
  // Lost property: the owner's contact details in free text.
  (rng, lang) => {
    const p = person(rng, lang);
    return {
      type: 'com.transitdesk.lostproperty.reported',
      source: '/transitdesk/forms',
      topic: 'customer.lost-property',
      key: `LP-${rng.digits(6)}`,
      data: {
        item:
          lang === 'de'
            ? rng.pick(['Rucksack, grau', 'Brieftasche', 'Kinderwagen'])
            : rng.pick(['grey backpack', 'wallet', 'laptop sleeve']),
        vehicle: rng.pick(['Bus 4711', 'Tram 2203', 'Taxi 118']),
        reporter: {
          name: name(p),
          contact:
            lang === 'de'
              ? {
                  txt: [
                    'Bitte Rückruf unter ',
                    L('PHONE_NUMBER', p.phone),
                    ' oder Mail an ',
                    L('EMAIL_ADDRESS', p.email),
                  ],
                }
              : { txt: ['Call me back on ', L('PHONE_NUMBER', p.phone), ' or mail ', L('EMAIL_ADDRESS', p.email)] },
        },
        desk_mailbox: 'fundbuero@transitdesk.example',
      },
    };
  },
  // A login alert from the ticketing app.
  (rng, lang) => {
    const p = person(rng, lang);
    return {
      type: 'com.ticketwerk.account.login_alert',
      source: '/ticketwerk/identity',
      topic: 'security.login-alerts',
      key: `acc_${b62(rng, 10)}`,
      data: {
        account_email: L('EMAIL_ADDRESS', p.email),
        ip: L('IP_ADDRESS', deviceIp(rng)),
        user_agent: 'TicketwerkApp/5.12 (Android 15)',
        edge: `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
        risk: rng.pick(['low', 'medium', 'high']),
      },
    };
  },
  // Accessibility assistance booked for a journey.
  (rng, lang) => {
    const p = person(rng, lang);
    return {
      type: 'com.railassist.booking.confirmed',
      source: '/railassist/bookings',
      topic: 'assistance.bookings',
      key: `RA-${rng.digits(8)}`,
      data: {
        traveller: name(p),
        phone: L('PHONE_NUMBER', p.phone),
        birth_date: L('DATE_OF_BIRTH', dob(rng, p, lang)),
        needs: lang === 'de' ? 'Rollstuhl, Einstiegshilfe' : 'wheelchair, ramp at boarding',
        from: rng.pick(STATIONS[lang]),
        companion: rng.chance(0.5) ? name(person(rng, lang)) : null,
      },
    };
  },
  // A refund to the customer's account.
  (rng, lang) => {
    const p = person(rng, lang);
    return {
      type: 'com.rideflux.refund.requested',
      source: '/rideflux/support',
      topic: 'payments.refunds',
      key: `RF-${rng.digits(7)}`,
      data: {
        customer: { name: name(p), email: L('EMAIL_ADDRESS', p.email) },
        iban: L('IBAN_CODE', iban(rng, rng.pick(['GB', 'DE', 'BG', 'CH']))),
        reason:
          lang === 'de'
            ? { txt: ['Doppelt abgebucht, ', L('PERSON', p.given), ' bittet um Erstattung'] }
            : { txt: ['Charged twice; ', L('PERSON', p.given), ' asks for a refund'] },
        agent: `agent-${rng.int(100, 999)}`,
      },
    };
  },
];

/** Telemetry without personal data: vehicle positions, parking sensors, chargers. */
const TELEMETRY = (rng: Ran3, lang: Lang): Event => ({
  type: rng.pick(['vehicle.position', 'parking.sensor.occupancy', 'charger.status']),
  source: '/telemetry/' + rng.pick(['fleet', 'sensors', 'chargers']),
  topic: 'telemetry.raw',
  key: `veh-${rng.int(1000, 9999)}`,
  telemetry: true,
  data: {
    device: `dev-${hex(rng, 6)}`,
    lat: 50 + rng.below(100000) / 100000,
    lon: 8 + rng.below(100000) / 100000,
    speed_kmh: rng.int(0, 60),
    occupied: rng.chance(0.5),
    firmware: `${rng.int(1, 4)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
    plate: plate(rng, lang),
  },
});

const iso = (ms: number) => new Date(ms).toISOString();
const uuid = (rng: Ran3) => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;
const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const compact: JsonStyle = { depth: 0, indent: '' };
const pretty: JsonStyle = { depth: 0, indent: '  ' };

type Render = (rng: Ran3, out: Out, events: Event[], at: number) => void;

const kcat: Render = (rng, out, events, at) => {
  let offset = rng.int(1000, 900000);
  for (const e of events) {
    out.add(
      `{"topic":"${e.topic}","partition":${rng.int(0, 11)},"offset":${offset++},"tstype":"create","ts":${at},"broker":${rng.int(1, 3)},"headers":["ce_type","${e.type}","traceparent","00-${hex(rng, 32)}-${hex(rng, 16)}-01","x-correlation-id","${corr(rng)}"],"key":"${e.key}","payload":"`,
    );
    writeJson(out, e.data, { depth: 1, indent: '' });
    out.add('"}\n');
    at += rng.int(5, 900);
  }
};

const consoleConsumer: Render = (rng, out, events, at) => {
  out.add(
    `$ kafka-console-consumer.sh --bootstrap-server kafka-0.msk.internal:9092 --topic ${events[0].topic} --from-beginning --property print.timestamp=true --property print.headers=true --property print.key=true\n`,
  );
  for (const e of events) {
    out.add(
      `CreateTime:${at}\tce_type:${e.type},content-type:application/json,x-correlation-id:${corr(rng)}\t${e.key}\t`,
    );
    writeJson(out, e.data, compact);
    out.add('\n');
    at += rng.int(5, 900);
  }
  out.add(`^CProcessed a total of ${events.length} messages\n`);
};

const avroConsumer: Render = (_rng, out, events) => {
  out.add(
    `$ kafka-avro-console-consumer --topic ${events[0].topic} --property schema.registry.url=http://schema-registry:8081 --from-beginning\n`,
  );
  for (const e of events) {
    writeJson(out, e.data, { depth: 0, indent: '', avro: true });
    out.add('\n');
  }
  out.add(`Processed a total of ${events.length} messages\n`);
};

const rabbit: Render = (rng, out, events, at) => {
  out.add(`GET /api/queues/%2Fmobility/${events[0].topic}/get  (ackmode=ack_requeue_true, count=${events.length})\n[`);
  events.forEach((e, i) => {
    out.add(
      `${i ? ',' : ''}\n  {\n    "payload_bytes": ${rng.int(300, 2000)},\n    "redelivered": ${rng.chance(0.3)},\n    "exchange": "mobility.events",\n    "routing_key": "${e.type}",\n    "message_count": ${events.length - i - 1},\n    "properties": {\n      "message_id": "${uuid(rng)}",\n      "timestamp": ${Math.floor(at / 1000)},\n      "content_type": "application/json",\n      "delivery_mode": 2,\n      "headers": {"x-correlation-id": "${corr(rng)}", "x-retry-count": ${rng.int(0, 3)}}\n    },\n    "payload": "`,
    );
    writeJson(out, e.data, { depth: 1, indent: '' });
    out.add('",\n    "payload_encoding": "string"\n  }');
  });
  out.add('\n]\n');
};

const cloudEventsStructured: Render = (rng, out, events, at) => {
  const batch = events.length > 1;
  if (batch) out.add('[');
  events.forEach((e, i) => {
    if (i) out.add(',');
    out.add(
      `${batch ? '\n' : ''}{\n  "specversion": "1.0",\n  "type": "${e.type}",\n  "source": "${e.source}",\n  "id": "${uuid(rng)}",\n  "time": "${iso(at + i * 1000)}",\n  "subject": "${e.key}",\n  "datacontenttype": "application/json",\n  "data": `,
    );
    writeJson(out, e.data, pretty, 1);
    out.add('\n}');
  });
  out.add(batch ? '\n]\n' : '\n');
};

const cloudEventsBinary: Render = (rng, out, events, at) => {
  for (const e of events) {
    out.add(
      `POST /ingest/events HTTP/1.1\nHost: ingest.internal:8443\nce-specversion: 1.0\nce-type: ${e.type}\nce-source: ${e.source}\nce-id: ${uuid(rng)}\nce-time: ${iso(at)}\nce-subject: ${e.key}\nContent-Type: application/json\n\n`,
    );
    writeJson(out, e.data, pretty);
    out.add('\n\n');
  }
};

const webhook: Render = (rng, out, events, at) => {
  for (const e of events) {
    const attempt = rng.int(1, 4);
    out.add(
      `Delivery msg_${b62(rng, 20)} · attempt ${attempt} of 5 · endpoint https://hooks.partner-ops.example/mobility\n> POST /mobility HTTP/1.1\n> content-type: application/json\n> webhook-id: msg_${b62(rng, 20)}\n> webhook-timestamp: ${Math.floor(at / 1000)}\n> webhook-signature: v1,${base64(hex(rng, 32)).slice(0, 43)}=\n>\n`,
    );
    writeJson(out, { type: e.type, timestamp: iso(at), data: e.data }, pretty);
    out.add(
      `\n< HTTP/1.1 ${attempt < 3 && rng.chance(0.5) ? '503 Service Unavailable' : '200 OK'} (${rng.int(40, 2900)} ms)\n\n`,
    );
    at += rng.int(30_000, 600_000);
  }
};

const sqsSns: Render = (rng, out, events, at) => {
  out.add(
    '$ aws sqs receive-message --queue-url https://sqs.eu-central-1.amazonaws.com/' +
      rng.digits(12) +
      `/${events[0].topic.replace(/\./g, '-')} --max-number-of-messages ${events.length}\n{\n    "Messages": [`,
  );
  events.forEach((e, i) => {
    out.add(
      `${i ? ',' : ''}\n        {\n            "MessageId": "${uuid(rng)}",\n            "ReceiptHandle": "AQEB${b62(rng, 40)}",\n            "MD5OfBody": "${hex(rng, 32)}",\n            "Body": "{\\n  \\"Type\\" : \\"Notification\\",\\n  \\"MessageId\\" : \\"${uuid(rng)}\\",\\n  \\"TopicArn\\" : \\"arn:aws:sns:eu-central-1:${rng.digits(12)}:${e.topic.replace(/\./g, '-')}\\",\\n  \\"Message\\" : \\"`,
    );
    writeJson(out, e.data, { depth: 2, indent: '' });
    out.add(`\\",\\n  \\"Timestamp\\" : \\"${iso(at)}\\",\\n  \\"SignatureVersion\\" : \\"1\\"\\n}"\n        }`);
  });
  out.add('\n    ]\n}\n');
};

const mqtt: Render = (_rng, out, events) => {
  out.add(`$ mosquitto_sub -h mqtt.fleet.internal -p 8883 -v -t 'mobility/#'\n`);
  for (const e of events) {
    out.add(`mobility/${e.topic.replace(/\./g, '/')}/${e.key} `);
    writeJson(out, e.data, compact);
    out.add('\n');
  }
};

const pubsub: Render = (rng, out, events, at) => {
  for (const e of events) {
    const data = new Out();
    writeJson(data, e.data, compact);
    out.add(
      `POST /push/telemetry HTTP/1.1\nContent-Type: application/json\n\n{\n  "message": {\n    "attributes": {"ce-type": "${e.type}", "device": "${e.key}"},\n    "data": "${base64(data.text)}",\n    "messageId": "${rng.digits(16)}",\n    "publishTime": "${iso(at)}"\n  },\n  "subscription": "projects/mobility-prod/subscriptions/telemetry-push"\n}\n\n`,
    );
  }
};

const FORMATS: { name: string; render: Render; telemetryOnly?: boolean }[] = [
  { name: 'kcat -J Kafka records', render: kcat },
  { name: 'kafka-console-consumer with headers and keys', render: consoleConsumer },
  { name: 'kafka-avro-console-consumer (Avro JSON unions)', render: avroConsumer },
  { name: 'RabbitMQ management get-messages JSON', render: rabbit },
  { name: 'CloudEvents structured mode', render: cloudEventsStructured },
  { name: 'CloudEvents binary mode HTTP request', render: cloudEventsBinary },
  { name: 'Standard Webhooks delivery log', render: webhook },
  { name: 'SQS receive-message of an SNS notification', render: sqsSns },
  { name: 'mosquitto_sub MQTT dump', render: mqtt },
  { name: 'Pub/Sub push with base64 data', render: pubsub, telemetryOnly: true },
];

/** `count` documents, the same for the same seed: one format each, one to three events of one producer. */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const rng = new Ran3(seed);
  const docs: Omit<TestDocument, 'id' | 'origin'>[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 ? 'en' : 'de';
    const format = rng.pick(FORMATS);
    const clean = format.telemetryOnly || rng.chance(0.07);
    const scenario = rng.pick(SCENARIOS);
    const n = rng.int(1, 3);
    const events = Array.from({ length: n }, () => (clean ? TELEMETRY(rng, lang) : scenario(rng, lang)));
    const out = new Out();
    format.render(rng, out, events, Date.UTC(2026, rng.int(0, 10), rng.int(1, 28), rng.int(5, 22), rng.int(0, 59)));
    docs.push({ lang, kind: format.name, text: out.text, entities: out.labels });
  }
  return docs;
}
