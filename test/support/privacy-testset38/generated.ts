import type { TestDocument, TestLabel } from './markup.js';
import { deviceIp, dob, person, two, type Person } from './people.js';
import { KnuthRan2002 } from './random.js';
import { card, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';
type Generated = Omit<TestDocument, 'id' | 'origin'>;

/** A document built piece by piece: plain text, and values labelled over their exact span. */
class Doc {
  text = '';
  entities: TestLabel[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  v(type: string, value: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
}

/** The hotels, agencies and operators whose services log: their own domain, hotline, office and servers. */
interface Org {
  name: string;
  service: string;
  domain: string;
  hotline: string;
  office: string;
  /** The firm's own hosts (never labelled). */
  hosts: string[];
  lang: Lang;
}

const ORGS: Org[] = [
  {
    name: 'Seehotel Wolfgangblick',
    service: 'pms-bridge',
    domain: 'seehotel-wolfgangblick.at',
    hotline: '+43 6138 2244-0',
    office: 'Seepromenade 9, 5360 St. Wolfgang',
    hosts: ['10.12.0.21', '10.12.0.22'],
    lang: 'de',
  },
  {
    name: 'Reisewelt Nordkap GmbH',
    service: 'booking-api',
    domain: 'reisewelt-nordkap.de',
    hotline: '0800 7734 2200',
    office: 'Am Sandtorkai 41, 20457 Hamburg',
    hosts: ['172.20.8.14', '172.20.8.15'],
    lang: 'de',
  },
  {
    name: 'Bergbahnen & Skischule Arlberg',
    service: 'skipass-shop',
    domain: 'skischule-arlberg.at',
    hotline: '+43 5583 3511',
    office: 'Dorfstraße 2, 6764 Lech',
    hosts: ['10.40.1.5', '10.40.1.6'],
    lang: 'de',
  },
  {
    name: 'Camping Ostseeperle',
    service: 'checkin-kiosk',
    domain: 'ostseeperle-camping.de',
    hotline: '04365 9790',
    office: 'Strandallee 100, 23730 Neustadt in Holstein',
    hosts: ['192.168.50.10', '192.168.50.11'],
    lang: 'de',
  },
  {
    name: 'Tiefblau Tauchreisen',
    service: 'trip-planner',
    domain: 'tiefblau-tauchreisen.de',
    hotline: '089 2154 880',
    office: 'Leopoldstraße 150, 80804 München',
    hosts: ['10.8.3.30', '10.8.3.31'],
    lang: 'de',
  },
  {
    name: 'Harbourline Cruises',
    service: 'manifest-svc',
    domain: 'harbourline-cruises.com',
    hotline: '+44 345 600 2210',
    office: 'Ocean Village, Southampton SO14 3TJ',
    hosts: ['10.0.14.7', '10.0.14.8'],
    lang: 'en',
  },
  {
    name: 'Kestrel Hotels Group',
    service: 'guest-profile',
    domain: 'kestrelhotels.com',
    hotline: '1-800-555-0199',
    office: '400 Pine Street, Seattle, WA 98101',
    hosts: ['10.64.2.40', '10.64.2.41'],
    lang: 'en',
  },
  {
    name: 'Southern Cross Adventures',
    service: 'tour-bookings',
    domain: 'southerncrossadventures.com.au',
    hotline: '1300 655 820',
    office: '88 George Street, Sydney NSW 2000',
    hosts: ['10.2.7.11', '10.2.7.12'],
    lang: 'en',
  },
  {
    name: 'Kilima Safaris',
    service: 'lodge-sync',
    domain: 'kilimasafaris.co.ke',
    hotline: '+254 20 444 1900',
    office: 'Riverside Drive 14, Nairobi 00100',
    hosts: ['10.30.0.2', '10.30.0.3'],
    lang: 'en',
  },
  {
    name: 'Atlantic Coast Surf Lodges',
    service: 'reservations',
    domain: 'atlanticcoastlodges.pt',
    hotline: '+351 261 860 400',
    office: 'Rua do Porto 12, 2655-320 Ericeira',
    hosts: ['10.9.9.20', '10.9.9.21'],
    lang: 'en',
  },
];

const fullName = (p: Person) => `${p.given} ${p.family}`;
const hex = (rng: KnuthRan2002, n: number) =>
  Array.from({ length: n }, () => '0123456789abcdef'[rng.below(16)]).join('');
const bookingNo = (rng: KnuthRan2002) => `BK-${rng.digits(7)}`;
/** A log's clock: one day of 2026, each call a little later than the one before (a shipper delivers in order). */
function clock(rng: KnuthRan2002): () => Date {
  let at = Date.UTC(
    2026,
    rng.below(12),
    rng.int(1, 28),
    rng.int(0, 8),
    rng.int(0, 59),
    rng.int(0, 59),
    rng.below(1000),
  );
  return () => {
    at += rng.int(40, 90_000);
    return new Date(at);
  };
}
const iso = (d: Date) => d.toISOString();
/** A value in a query string as browsers send it: percent-encoded, spaces as "+". */
const urlEnc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const germanSide = (p: Person) => ['DE', 'AT', 'CH'].includes(p.country);

const MSG: Record<Lang, Record<string, string>> = {
  de: {
    created: 'Buchung angelegt',
    updated: 'Gastprofil aktualisiert',
    checkin: 'Gast eingecheckt',
    failed: 'Zahlung abgelehnt',
    export: 'Meldeschein-Export fehlgeschlagen',
    payroll: 'Personalstammsatz übertragen',
  },
  en: {
    created: 'booking created',
    updated: 'guest profile updated',
    checkin: 'guest checked in',
    failed: 'payment declined',
    export: 'registration export failed',
    payroll: 'employee record synced',
  },
};

function logfmt(rng: KnuthRan2002, org: Org, people: Person[], lang: Lang): Doc {
  const d = new Doc();
  const now = clock(rng);
  for (const p of people) {
    const bk = bookingNo(rng);
    d.t(
      `ts=${iso(now())} level=info app=${org.service} host=${rng.pick(org.hosts)} msg="${MSG[lang].created}" booking=${bk} guest_name="`,
    )
      .v('PERSON', fullName(p))
      .t('" guest_email=')
      .v('EMAIL_ADDRESS', p.email)
      .t(' guest_phone="')
      .v('PHONE_NUMBER', p.phone)
      .t(`" nights=${rng.int(1, 14)} adults=${rng.int(1, 3)}\n`);
    if (rng.chance(0.6))
      d.t(
        `ts=${iso(now())} level=debug app=${org.service} msg="${MSG[lang].updated}" booking=${bk} field=birth_date old=null new="`,
      )
        .v('DATE_OF_BIRTH', dob(rng, p, lang))
        .t('"\n');
    if (rng.chance(0.5))
      d.t(`ts=${iso(now())} level=warn app=${org.service} msg="address normalised" booking=${bk} address="`)
        .v('POSTAL_ADDRESS', p.address)
        .t(`" source=web\n`);
  }
  d.t(`ts=${iso(now())} level=info app=${org.service} msg="queue drained" pending=0 upstream=${org.hosts[0]}:8443\n`);
  return d;
}

function ecs(rng: KnuthRan2002, org: Org, people: Person[], lang: Lang): Doc {
  const d = new Doc();
  const now = clock(rng);
  for (const p of people) {
    const ip = deviceIp(rng);
    d.t(
      `{"@timestamp":"${iso(now())}","log.level":"info","message":"${MSG[lang].checkin}","service.name":"${org.service}","user.name":"`,
    )
      .v('PERSON', fullName(p))
      .t('","user.email":"')
      .v('EMAIL_ADDRESS', p.email)
      .t('","client.ip":"')
      .v('IP_ADDRESS', ip)
      .t(
        `","host.ip":"${rng.pick(org.hosts)}","url.path":"/api/v2/checkin","url.query":"room=${rng.int(101, 560)}&lang=${lang}"`,
      );
    if (rng.chance(0.5)) d.t(',"labels.guest_b64":"').v('EMAIL_ADDRESS', b64(p.email)).t('"');
    d.t(`,"trace.id":"${hex(rng, 32)}"}\n`);
  }
  d.t(
    `{"@timestamp":"${iso(now())}","log.level":"info","message":"healthcheck ok","service.name":"${org.service}","host.ip":"${org.hosts[1]}"}\n`,
  );
  return d;
}

function syslog5424(rng: KnuthRan2002, org: Org, people: Person[], lang: Lang): Doc {
  const d = new Doc();
  const now = clock(rng);
  const host = `pms01.${org.domain}`;
  for (const p of people) {
    d.t(
      `<134>1 ${iso(now())} ${host} ${org.service} ${rng.int(1000, 9999)} GUEST [booking@32473 id="${bookingNo(rng)}" guest="`,
    )
      .v('PERSON', fullName(p))
      .t('" dob="')
      .v('DATE_OF_BIRTH', dob(rng, p, lang))
      .t(`" room="${rng.int(100, 499)}"][origin ip="${org.hosts[0]}"] ${MSG[lang].checkin}\n`);
    d.t(`<134>1 ${iso(now())} ${host} ${org.service} ${rng.int(1000, 9999)} CONTACT [contact@32473 phone="`)
      .v('PHONE_NUMBER', p.phone)
      .t('" home="')
      .v('POSTAL_ADDRESS', p.address)
      .t(`"] ${lang === 'de' ? 'Kontaktdaten übernommen' : 'contact details stored'}\n`);
  }
  d.t(`<13>1 ${iso(now())} ${host} cron - - - nightly audit finished, 0 exceptions\n`);
  return d;
}

function javaTrace(rng: KnuthRan2002, org: Org, people: Person[], lang: Lang): Doc {
  const d = new Doc();
  const now = clock(rng);
  const pkg = `com.${org.domain.split('.')[0].replace(/-/g, '')}.registration`;
  for (const p of people) {
    const german = germanSide(p) || rng.chance(0.5);
    const kind = rng.chance(0.5) ? 'id' : 'passport';
    d.t(`${iso(now()).replace('T', ' ').replace('Z', '')} ERROR [export-worker-${rng.int(1, 4)}] [guest=`)
      .v('PERSON', fullName(p))
      .t(` booking=${bookingNo(rng)} email=`)
      .v('EMAIL_ADDRESS', p.email)
      .t(`] ${pkg}.MeldescheinExporter - ${MSG[lang].export}\n`);
    d.t(`${pkg}.ValidationException: `);
    if (german) {
      d.t(lang === 'de' ? `Ausweisnummer '` : `document number '`)
        .v(kind === 'id' ? 'DE_ID_CARD' : 'DE_PASSPORT', icaoNumber(rng, kind))
        .t(lang === 'de' ? `' passt nicht zum Geburtsdatum '` : `' does not match birth date '`)
        .v('DATE_OF_BIRTH', dob(rng, p, lang))
        .t(`'\n`);
    } else {
      d.t(lang === 'de' ? `Anschrift unvollständig: '` : `address incomplete: '`)
        .v('POSTAL_ADDRESS', p.address)
        .t(`'\n`);
    }
    d.t(
      `\tat ${pkg}.MeldescheinExporter.validate(MeldescheinExporter.java:${rng.int(80, 240)})\n\tat ${pkg}.MeldescheinExporter.export(MeldescheinExporter.java:${rng.int(40, 79)})\n\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)\n\t... 3 more\n`,
    );
  }
  return d;
}

function accessLog(rng: KnuthRan2002, org: Org, people: Person[]): Doc {
  const d = new Doc();
  const now = clock(rng);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const zone = rng.pick(['+0000', '+0100', '+0200']);
  const stamp = () => {
    const t = now();
    return `[${two(t.getUTCDate())}/${months[t.getUTCMonth()]}/2026:${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())} ${zone}]`;
  };
  const ua = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)'];
  for (const p of people) {
    const ip = deviceIp(rng);
    d.v('IP_ADDRESS', ip).t(
      ` - - ${stamp()} "GET /search?arrival=2026-${two(rng.int(1, 12))}-${two(rng.int(1, 28))}&guests=${rng.int(1, 4)} HTTP/2.0" 200 ${rng.int(2000, 40000)} "-" "${rng.pick(ua)}"\n`,
    );
    d.v('IP_ADDRESS', ip)
      .t(` - - ${stamp()} "GET /book/confirm?name=`)
      .v('PERSON', urlEnc(fullName(p)))
      .t('&email=')
      .v('EMAIL_ADDRESS', urlEnc(p.email))
      .t('&phone=')
      .v('PHONE_NUMBER', urlEnc(p.phone))
      .t(`&ref=${bookingNo(rng)} HTTP/2.0" 302 0 "https://www.${org.domain}/book" "${rng.pick(ua)}"\n`);
  }
  d.t(`${org.hosts[0]} - - ${stamp()} "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n`);
  return d;
}

function otel(rng: KnuthRan2002, org: Org, people: Person[], lang: Lang): Doc {
  const d = new Doc();
  const now = clock(rng);
  d.t(
    `{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"${org.service}"}},{"key":"host.ip","value":{"stringValue":"${org.hosts[0]}"}}]},"scopeLogs":[{"scope":{"name":"${org.service}"},"logRecords":[\n`,
  );
  people.forEach((p, i) => {
    d.t(
      `{"timeUnixNano":"${now().getTime()}${rng.digits(6)}","severityText":"INFO","body":{"stringValue":"${MSG[lang].created}"},"attributes":[{"key":"enduser.id","value":{"stringValue":"${bookingNo(rng)}"}},{"key":"guest.name","value":{"stringValue":"`,
    )
      .v('PERSON', fullName(p))
      .t('"}},{"key":"guest.birth_date","value":{"stringValue":"')
      .v('DATE_OF_BIRTH', dob(rng, p, lang))
      .t('"}},{"key":"guest.phone","value":{"stringValue":"')
      .v('PHONE_NUMBER', p.phone)
      .t('"}},{"key":"client.address","value":{"stringValue":"')
      .v('IP_ADDRESS', deviceIp(rng))
      .t(`"}}],"traceId":"${hex(rng, 32)}","spanId":"${hex(rng, 16)}"}${i < people.length - 1 ? ',' : ''}\n`);
  });
  d.t(']}]}]}\n');
  return d;
}

function payment(rng: KnuthRan2002, org: Org, people: Person[], lang: Lang): Doc {
  const d = new Doc();
  const now = clock(rng);
  for (const p of people) {
    const pan = card(rng);
    const masked = `${pan.slice(0, 6)}${'*'.repeat(pan.length - 10)}${pan.slice(-4)}`;
    const ts = iso(now());
    d.t(
      `${ts} DEBUG gateway.client > POST https://api.payments.example/v1/authorisations amount=${rng.int(80, 2400)}00 currency=EUR card.masked=${masked} holder="`,
    )
      .v('PERSON', fullName(p))
      .t('"\n');
    d.t(`${ts} DEBUG gateway.client > raw_body={"card":{"number":"`)
      .v('CREDIT_CARD', pan)
      .t(`","expiry":"${two(rng.int(1, 12))}/${rng.int(27, 31)}","cvc":"***"},"shopperEmail":"`)
      .v('EMAIL_ADDRESS', p.email)
      .t('","shopperIP":"')
      .v('IP_ADDRESS', deviceIp(rng))
      .t('"}\n');
    if (rng.chance(0.5)) {
      const acc = iban(rng, rng.pick(['DE', 'AT', 'CH', 'NL', 'GB']));
      d.t(`${ts} WARN  gateway.client < 402 ${MSG[lang].failed}; fallback SEPA mandate iban=`)
        .v('IBAN_CODE', acc)
        .t(` creditor=${org.name.replace(/ /g, '_')}\n`);
    } else d.t(`${ts} INFO  gateway.client < 201 authorised psp_ref=${hex(rng, 16).toUpperCase()}\n`);
  }
  return d;
}

function interleaved(rng: KnuthRan2002, org: Org, people: Person[], lang: Lang): Doc {
  const d = new Doc();
  const now = clock(rng);
  const lines: ((d: Doc) => void)[] = [];
  people.forEach((p, i) => {
    const thread = `kiosk-${i + 1}`;
    const t = () => iso(now()).slice(11, 23).replace('.', ',');
    lines.push((d) => d.t(`${t()} [${thread}] INFO  KioskSession - session start terminal=${org.hosts[i % 2]}\n`));
    lines.push((d) =>
      d
        .t(`${t()} [${thread}] INFO  KioskSession - ${lang === 'de' ? 'Name erfasst' : 'name captured'}: `)
        .v('PERSON', fullName(p))
        .t('\n'),
    );
    lines.push((d) =>
      d
        .t(`${t()} [${thread}] DEBUG KioskSession - ${lang === 'de' ? 'Heimatanschrift' : 'home address'}: `)
        .v('POSTAL_ADDRESS', p.address)
        .t('\n'),
    );
    lines.push((d) => d.t(`${t()} [${thread}] DEBUG KioskSession - sms to `).v('PHONE_NUMBER', p.phone).t(' queued\n'));
  });
  // The threads' lines interleave as a shipper receives them; each thread keeps its own order.
  const queues = people.map((_, i) => lines.slice(i * 4, i * 4 + 4));
  while (queues.some((q) => q.length)) {
    const open = queues.filter((q) => q.length);
    rng.pick(open).shift()?.(d);
  }
  return d;
}

function payroll(rng: KnuthRan2002, org: Org, people: Person[], lang: Lang): Doc {
  const d = new Doc();
  const now = clock(rng);
  for (const p of people) {
    d.t(
      `level=info ts=${iso(now())} job=seasonal-staff-sync msg="${MSG[lang].payroll}" employee_no=EMP-${rng.digits(5)} name="`,
    )
      .v('PERSON', fullName(p))
      .t('" steuer_id=')
      .v('DE_TAX_ID', taxId(rng))
      .t(' rv_nr=')
      .v('DE_SOCIAL_SECURITY', pensionNumber(rng, p.birth, p.family, p.female))
      .t(' iban=')
      .v('IBAN_CODE', iban(rng, 'DE'))
      .t('\n');
  }
  d.t(
    `level=info ts=${iso(now())} job=seasonal-staff-sync msg="done" synced=${people.length} target=${org.hosts[1]}\n`,
  );
  return d;
}

function noPeople(rng: KnuthRan2002, org: Org): Doc {
  const d = new Doc();
  const now = clock(rng);
  for (let i = 0; i < rng.int(4, 7); i++)
    d.t(
      `ts=${iso(now())} level=info app=${org.service} host=${rng.pick(org.hosts)} msg="rate sync" channel=${rng.pick(['booking', 'expedia', 'gds', 'direct'])} rooms_updated=${rng.int(0, 80)} duration_ms=${rng.int(40, 900)} trace_id=${hex(rng, 32)}\n`,
    );
  d.t(
    `ts=${iso(now())} level=warn app=${org.service} msg="slow upstream" upstream=${org.hosts[0]}:5432 p99_ms=${rng.int(800, 3000)} ref=${bookingNo(rng)}\n`,
  );
  return d;
}

const KINDS = [
  'logfmt booking service log',
  'ECS JSON lines (check-in API)',
  'RFC 5424 syslog with structured data',
  'Java stack trace with MDC',
  'reverse-proxy access log (combined format)',
  'OpenTelemetry log records (OTLP JSON)',
  'payment gateway debug log',
  'interleaved multi-thread kiosk log',
  'payroll sync job log (seasonal staff)',
  'service log without personal data',
] as const;

/**
 * `count` application and service logs of hotels, agencies and tour operators as a log shipper delivers them,
 * the same for the same seed.
 */
export function generated(count = 170, seed = 38_2026_1206): Generated[] {
  const rng = new KnuthRan2002(seed);
  const docs: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length];
    const lang: Lang = Math.floor(i / KINDS.length) % 2 === 0 ? (i % 2 === 0 ? 'de' : 'en') : i % 2 === 0 ? 'en' : 'de';
    const org = rng.pick(ORGS.filter((o) => o.lang === lang));
    const people = Array.from({ length: rng.int(2, 4) }, () => person(rng, lang));
    let d: Doc;
    switch (kind) {
      case 'logfmt booking service log':
        d = logfmt(rng, org, people, lang);
        break;
      case 'ECS JSON lines (check-in API)':
        d = ecs(rng, org, people, lang);
        break;
      case 'RFC 5424 syslog with structured data':
        d = syslog5424(rng, org, people, lang);
        break;
      case 'Java stack trace with MDC':
        d = javaTrace(rng, org, people, lang);
        break;
      case 'reverse-proxy access log (combined format)':
        d = accessLog(rng, org, people);
        break;
      case 'OpenTelemetry log records (OTLP JSON)':
        d = otel(rng, org, people, lang);
        break;
      case 'payment gateway debug log':
        d = payment(rng, org, people, lang);
        break;
      case 'interleaved multi-thread kiosk log':
        d = interleaved(rng, org, people, lang);
        break;
      case 'payroll sync job log (seasonal staff)':
        d = payroll(rng, org, people, lang);
        break;
      default:
        d = noPeople(rng, org);
    }
    docs.push({ lang, kind, text: d.text, entities: d.entities });
  }
  return docs;
}
