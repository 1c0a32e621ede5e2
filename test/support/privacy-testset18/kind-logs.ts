import { Stamp, firm, staffMail, type KindContext } from './common.js';
import { BIRTH, CARD, IDCARD, IP, MAIL, PASSPORT, PERSON, PHONE, json, plain, type Frag } from './fragments.js';
import { isoDate } from './people.js';
import { card, iccid, icaoNumber, imei, ipv4, ipv6 } from './values.js';

/**
 * Logs as an ingest receives them: a customer portal's web-server access log in the combined
 * format (client address, the user field with a login mailbox, request lines whose query strings
 * leak a mailbox, an MSISDN or a card number from a misconfigured checkout), and a telecom CRM's
 * audit trail as JSON lines (agent, action, subscriber, identity document, SIM and handset ids).
 */

const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Mobile Safari/537.36',
  'okhttp/4.12.0',
];

export function accessLog(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const f = firm(ctx, 'telecom');
  let t = Stamp.random(rng);
  const paths =
    lang === 'de'
      ? [
          '/kundencenter/uebersicht',
          '/kundencenter/rechnungen/2025-03.pdf',
          '/kundencenter/vertrag/tarifwechsel',
          '/kundencenter/sim/ersatzkarte',
          '/hilfe/stoerung-melden',
        ]
      : [
          '/account/overview',
          '/account/bills/2025-03.pdf',
          '/account/plan/change',
          '/account/sim/replacement',
          '/help/report-a-fault',
        ];
  const lines: Frag[] = [];
  const n = rng.int(7, 11);
  for (let i = 0; i < n; i++) {
    const p = people.next();
    const ip = rng.chance(0.75) ? ipv4(rng) : ipv6(rng);
    t = t.plus(rng.int(0, 3));
    const user = rng.chance(0.4) ? MAIL(p.email) : '-';
    const leak = rng.below(6);
    const request =
      leak === 0
        ? plain`GET /api/v2/lookup?email=${MAIL(p.email)}&src=portal HTTP/1.1`
        : leak === 1
          ? plain`GET /api/v2/porting/status?msisdn=${PHONE(p.e164.slice(1))} HTTP/1.1`
          : leak === 2 && i % 3 === 0
            ? plain`POST /checkout/confirm?cc_number=${CARD(card(rng))}&exp=0${rng.int(1, 9)}28 HTTP/1.1`
            : plain`${rng.pick(['GET', 'GET', 'POST'])} ${rng.pick(paths)} HTTP/2.0`;
    const status = rng.pick([200, 200, 200, 302, 304, 401, 404]);
    lines.push(
      plain`${IP(ip)} - ${user} [${t.clf}] "${request}" ${status} ${rng.int(312, 48_000)} "https://www.${f.domain}/" "${rng.pick(AGENTS)}"\n`,
    );
  }
  return plain`${lines}`;
}

export function auditJsonl(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const f = firm(ctx, 'telecom');
  const agent = people.next();
  const agentId = `agent-${rng.digits(4)}`;
  let t = Stamp.random(rng);
  const lines: Frag[] = [];
  const n = rng.int(3, 5);
  for (let i = 0; i < n; i++) {
    const c = people.next();
    t = t.plus(rng.int(2, 40));
    const passport = rng.chance(0.4);
    const doc = passport
      ? json`{"type":"${lang === 'de' ? 'Reisepass' : 'passport'}","issuer":"D","number":"${PASSPORT(icaoNumber(rng, 'passport'))}"}`
      : json`{"type":"${lang === 'de' ? 'Personalausweis' : 'national_id'}","issuer":"D","number":"${IDCARD(icaoNumber(rng, 'id'))}"}`;
    const note =
      lang === 'de'
        ? rng.pick([
            'Ausweis im Shop vorgelegt',
            'Identifikation per Video-Ident',
            'Kunde ruft aus dem Ausland an, Rückruf auf Bestandsnummer',
          ])
        : rng.pick(['ID shown in store', 'verified by video call', 'customer abroad, called back on number on file']);
    lines.push(
      json`{"ts":"${t.iso}","actor":{"id":"${agentId}","name":"${PERSON(agent.name)}","mail":"${MAIL(staffMail(agent, f))}"},"action":"sim_swap.identity_verified","subscriber":{"name":"${PERSON(c.name)}","dob":"${BIRTH(isoDate(c.birth))}","msisdn":"${PHONE(c.e164)}"},"document":${doc},"note":"${note}","src_ip":"${IP(ipv4(rng))}"}\n`,
    );
    lines.push(
      json`{"ts":"${t.plus(1).iso}","actor":{"id":"${agentId}"},"action":"sim_swap.completed","subscriber":{"msisdn":"${PHONE(c.e164)}"},"sim":{"old_iccid":"${iccid(rng, '49')}","new_iccid":"${iccid(rng, '49')}"},"device":{"imei":"${imei(rng)}"},"src_ip":"${IP(rng.chance(0.5) ? ipv4(rng) : ipv6(rng))}"}\n`,
    );
  }
  return plain`${lines}`;
}
