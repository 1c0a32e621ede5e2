import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { cultures } from './names.js';
import { Ran1 } from './random.js';
import { Lab, Str, highlighted, json, xmlField, type J } from './search.js';
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
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** An Elasticsearch auto-generated document id: 20 characters of URL-safe base64. */
const esId = (r: Ran1) => Array.from({ length: 20 }, () => r.pick([...B64URL])).join('');
const hex = (r: Ran1, n: number) => Array.from({ length: n }, () => r.below(16).toString(16)).join('');

const P = (v: string) => new Lab('PERSON', v);
const M = (v: string) => new Lab('EMAIL_ADDRESS', v);
const T = (v: string) => new Lab('PHONE_NUMBER', v);
const H = (v: string) => new Lab('POSTAL_ADDRESS', v);
const D = (v: string) => new Lab('DATE_OF_BIRTH', v);
const I = (v: string) => new Lab('IBAN_CODE', v);
const C = (v: string) => new Lab('CREDIT_CARD', v);
const A = (v: string) => new Lab('IP_ADDRESS', v);
const X = (v: string) => new Lab('DE_TAX_ID', v);
const S = (v: string) => new Lab('DE_SOCIAL_SECURITY', v);
const K = (v: string) => new Lab('DE_ID_CARD', v);
const R = (v: string) => new Lab('DE_PASSPORT', v);

/** Homes of voters, poll workers, petitioners and objectors: German documents in DE, AT and CH, English ones in the UK and NL. */
const HOMES: Record<
  Lang,
  { addr: (r: Ran1) => string; phone: (r: Ran1) => string; mail: string[]; country: string }[]
> = {
  de: [
    {
      addr: (r) =>
        `${r.pick(['Wiehre-Allee', 'Habsburgerstraße', 'Kartäuserstraße', 'Sundgauallee'])} ${r.int(1, 120)}, 791${r.pick(['00', '02', '04', '10'])} Freiburg im Breisgau`,
      phone: (r) => `0${r.pick(['157', '162', '178'])} ${r.digits(7)}`,
      mail: ['web.de', 'gmx.de', 'freenet.de'],
      country: 'DE',
    },
    {
      addr: (r) =>
        `${r.pick(['Lindenstraße', 'Am Brühl', 'Grüner Weg', 'Zollstockgürtel'])} ${r.int(1, 90)}, 50${r.pick(['667', '939', '968', '733'])} Köln`,
      phone: (r) => `+49 ${r.pick(['151', '176', '171'])} ${r.digits(4)} ${r.digits(4)}`,
      mail: ['t-online.de', 'posteo.de'],
      country: 'DE',
    },
    {
      addr: (r) =>
        `${r.pick(['Landstraßer Hauptstraße', 'Hernalser Gürtel', 'Praterstraße', 'Wiedner Hauptstraße'])} ${r.int(1, 150)}/${r.int(1, 24)}, 1${r.pick(['030', '170', '020', '040'])} Wien`,
      phone: (r) => `+43 ${r.pick(['660', '664', '688'])} ${r.digits(7)}`,
      mail: ['chello.at', 'gmx.at'],
      country: 'AT',
    },
    {
      addr: (r) =>
        `${r.pick(['Marktgasse', 'Lorrainestrasse', 'Breitenrainplatz', 'Seftigenstrasse'])} ${r.int(1, 70)}, 30${r.pick(['11', '13', '14', '07'])} Bern`,
      phone: (r) => `+41 ${r.pick(['77', '79', '76'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      mail: ['bluewin.ch', 'sunrise.ch'],
      country: 'CH',
    },
  ],
  en: [
    {
      addr: (r) =>
        `${r.int(2, 180)} ${r.pick(['Gloucester Road', 'St Michael’s Hill', 'Cheltenham Road', 'Whiteladies Road'])}, Bristol BS${r.int(1, 9)} ${r.int(1, 9)}${r.pick(['AH', 'JQ', 'TU', 'NB'])}`,
      phone: (r) => `07${r.digits(3)} ${r.digits(6)}`,
      mail: ['gmail.com', 'btinternet.com'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.int(1, 90)} ${r.pick(['Dalkeith Road', 'Leith Walk', 'Easter Road', 'Bruntsfield Place'])}, Edinburgh EH${r.int(3, 9)} ${r.int(1, 9)}${r.pick(['PW', 'LD', 'QG'])}`,
      phone: (r) => `+44 7${r.digits(3)} ${r.digits(6)}`,
      mail: ['outlook.com', 'yahoo.co.uk'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.int(3, 140)} ${r.pick(['Unthank Road', 'Magdalen Street', 'Earlham Road'])}, Norwich NR${r.int(1, 7)} ${r.int(1, 9)}${r.pick(['EZ', 'HB', 'SX'])}`,
      phone: (r) => `+44 16${r.digits(2)} ${r.digits(6)}`,
      mail: ['live.co.uk', 'proton.me'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.pick(['Oosterstraat', 'Herestraat', 'Nieuwe Ebbingestraat', 'Zuiderdiep'])} ${r.int(2, 200)}, 97${r.int(11, 47)} ${r.pick(['AC', 'EP', 'GK'])} Groningen`,
      phone: (r) => `+31 6 ${r.digits(8)}`,
      mail: ['ziggo.nl', 'xs4all.nl'],
      country: 'NL',
    },
  ],
};

const CULTURES = () => Object.values(cultures());

function person(r: Ran1, lang: Lang): Person {
  const c = r.pick(CULTURES());
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = r.pick(HOMES[lang]);
  const g = ascii(given);
  const f = ascii(family);
  const local = r.pick([
    `${g}.${f}`,
    `${g[0]}${f}`,
    `${g}${r.int(1, 99)}`,
    `${f}.${g.slice(0, 3)}`,
    `${g}-${f.slice(0, 5)}`,
  ]);
  return {
    given,
    family,
    email: `${local}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1938, 2008) },
    address: home.addr(r),
    female: r.chance(0.5),
    country: home.country,
  };
}

const full = (p: Person) => `${p.given} ${p.family}`;
const iso = (p: Person) => `${p.dob.y}-${pad(p.dob.m)}-${pad(p.dob.d)}`;
const dotted = (p: Person) => `${pad(p.dob.d)}.${pad(p.dob.m)}.${p.dob.y}`;
/** A timestamp of the election year as Elasticsearch stores it. */
const stamp = (r: Ran1) =>
  `2026-${pad(r.int(1, 9))}-${pad(r.int(1, 28))}T${pad(r.int(6, 21))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${String(r.int(0, 999)).padStart(3, '0')}Z`;
const station = (r: Ran1, lang: Lang) =>
  lang === 'de'
    ? `WB-${String(r.int(101, 2480)).padStart(4, '0')}`
    : `PS-${r.pick(['BR', 'ED', 'NR', 'GR'])}-${String(r.int(1, 180)).padStart(3, '0')}`;
const register = (r: Ran1) => `WV/${pad(r.int(1, 48))}/${r.digits(6)}`;
const petition = (r: Ran1) => `PET-2026-${r.digits(5)}`;
const ip = (r: Ran1) =>
  r.chance(0.75)
    ? `${r.pick(['84', '91', '178', '185', '217', '31', '86'])}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`
    : `2a02:${hex(r, 4).replace(/^0+/, '') || '1'}:${hex(r, 3)}:${hex(r, 4).replace(/^0+/, '') || 'a'}::${hex(r, 3).replace(/^0+/, '') || 'b'}`;
const score = (r: Ran1) => Math.round((r.int(200, 1900) / 100) * 1000) / 1000 + r.below(1000) / 1e6;
const took = (r: Ran1) => r.int(1, 60);
const shards = (r: Ran1): J => {
  const total = r.pick([1, 2, 3, 5]);
  return { total, successful: total, skipped: 0, failed: 0 };
};
const bankCountry = (p: Person) => (p.country === 'GB' ? 'GB' : p.country);
/**
 * Hits as a search engine returns them: best score first, and the list's max_score is its first hit's score (the
 * drawn `fallback` only when no hit carries a score). Sorts `hits` in place.
 */
const ranked = (hits: J[], fallback: number): number => {
  const scoreOf = (h: J) => (h as { _score?: unknown; score?: unknown })._score ?? (h as { score?: unknown }).score;
  const scored = hits.filter((h) => typeof scoreOf(h) === 'number');
  if (!scored.length) return fallback;
  hits.sort((a, b) => ((scoreOf(b) as number) ?? 0) - ((scoreOf(a) as number) ?? 0));
  return scoreOf(hits[0]) as number;
};
/** Terms-aggregation buckets as Elasticsearch returns them: one bucket per key, largest doc_count first. */
const termsBuckets = <T extends { key: string; doc_count: number }>(buckets: T[]): T[] =>
  buckets.filter((x, i) => buckets.findIndex((y) => y.key === x.key) === i).sort((a, b) => b.doc_count - a.doc_count);
/** A hit list wrapper as Elasticsearch writes it. */
const response = (r: Ran1, hits: J[], extra: Record<string, J> = {}, total = hits.length): J => ({
  took: took(r),
  timed_out: false,
  _shards: shards(r),
  hits: { total: { value: total, relation: 'eq' }, max_score: hits.length ? ranked(hits, score(r)) : null, hits },
  ...extra,
});
const hitOf = (r: Ran1, index: string, source: J, extra: Record<string, J> = {}): J => ({
  _index: index,
  _id: esId(r),
  _score: score(r),
  _source: source,
  ...extra,
});
/** The request line a console copy starts with. */
const request = (b: Builder, line: string) => b.add(`${line}\n`);
const marks = (r: Ran1, n: number) => {
  const m = Array.from({ length: n }, () => r.chance(0.5));
  if (!m.some(Boolean)) m[r.below(n)] = true;
  return m;
};

type Render = (r: Ran1, lang: Lang) => Builder;

/** Poll-worker recruitment: the office's index of applications, one hit per applicant with the allowance account. */
const pollWorkers: Render = (r, lang) => {
  const b = new Builder();
  const index = L(lang, 'wahlhelfer-2026', 'poll-staff-2026');
  request(
    b,
    `GET /${index}/_search?pretty\n${L(lang, '# Wahlamt: offene Meldungen Beisitzer/innen', '# Electoral Services: unassigned poll clerks')}`,
  );
  const hits = Array.from({ length: r.int(2, 4) }, () => {
    const p = person(r, lang);
    return hitOf(r, index, {
      [L(lang, 'name', 'name')]: P(full(p)),
      [L(lang, 'email', 'email')]: M(p.email),
      [L(lang, 'telefon', 'phone')]: T(p.phone),
      [L(lang, 'anschrift', 'home_address')]: H(p.address),
      [L(lang, 'geburtsdatum', 'date_of_birth')]: D(iso(p)),
      [L(lang, 'funktion', 'role')]: L(
        lang,
        r.pick(['Beisitzer/in', 'Schriftführer/in', 'Wahlvorsteher/in']),
        r.pick(['poll clerk', 'presiding officer', 'count assistant']),
      ),
      [L(lang, 'wahlbezirk', 'polling_station')]: station(r, lang),
      [L(lang, 'iban_erfrischungsgeld', 'fee_iban')]: I(iban(r, bankCountry(p))),
      [L(lang, 'gemeldet_am', 'applied_at')]: stamp(r),
      // Applicants already employed elsewhere give their numbers for the marginal-employment check.
      ...(lang === 'de' && p.country === 'DE' && r.chance(0.5)
        ? { rv_nummer: S(pensionNumber(r, p.dob, p.family, p.female)), steuer_id: X(taxId(r)) }
        : {}),
    });
  });
  json(b, response(r, hits), true);
  return b;
};

/** Postal-vote applications searched by surname: split name fields and highlight fragments with `<em>` tags. */
const postalVotes: Render = (r, lang) => {
  const b = new Builder();
  const index = L(lang, 'briefwahl-antraege-2026', 'postal-vote-applications');
  const p = person(r, lang);
  request(
    b,
    `POST /${index}/_search?pretty\n{"query":{"multi_match":{"query":"${p.family}","fields":["nachname","full_name"]}},"highlight":{"fields":{"*":{}}}}`.replace(
      '"nachname"',
      L(lang, '"nachname"', '"surname"'),
    ),
  );
  // The query echo above names the person too.
  const first = b.text.indexOf(p.family);
  b.entities.push({ type: 'PERSON', start: first, end: first + p.family.length });
  const hits = [p, ...Array.from({ length: r.int(0, 2) }, () => ({ ...person(r, lang), family: p.family }))].map(
    (q) => {
      const source: Record<string, J> = {
        [L(lang, 'vorname', 'forename')]: P(q.given),
        [L(lang, 'nachname', 'surname')]: P(q.family),
        full_name: P(full(q)),
        [L(lang, 'geburtsdatum', 'dob')]: D(iso(q)),
        [L(lang, 'wohnanschrift', 'registered_address')]: H(q.address),
        [L(lang, 'wählerverzeichnis_nr', 'elector_number')]: register(r),
        status: L(
          lang,
          r.pick(['Unterlagen versandt', 'eingegangen', 'zurückgewiesen']),
          r.pick(['pack issued', 'returned', 'rejected – signature mismatch']),
        ),
      };
      if (lang === 'de') source.ausweis_nr = K(icaoNumber(r, 'id'));
      else if (r.chance(0.5)) source.german_passport_no = R(icaoNumber(r, 'passport'));
      return hitOf(r, index, source, {
        highlight: {
          [L(lang, 'nachname', 'surname')]: [highlighted('PERSON', q.family, [true])],
          full_name: [
            highlighted(
              'PERSON',
              full(q),
              full(q)
                .split(' ')
                .map((w) => w === q.family || r.chance(0.2)),
            ),
          ],
        },
      });
    },
  );
  json(b, response(r, hits), true);
  return b;
};

/** Petition documents with their matching signatures as inner hits of a nested field. */
const petitionInner: Render = (r, lang) => {
  const b = new Builder();
  const id = petition(r);
  request(
    b,
    `GET /petition-signatures/_search?pretty\n# ${L(lang, 'Unterschriften mit Mehrfachverdacht', 'signatures flagged as possible duplicates')} ${id}`,
  );
  const inner = Array.from({ length: r.int(2, 3) }, (_, i) => {
    const p = person(r, lang);
    return {
      _index: 'petition-signatures',
      _id: esId(r),
      _nested: { field: 'signatures', offset: r.int(0, 4000) + i },
      _score: score(r),
      _source: {
        name: P(full(p)),
        address: H(p.address),
        email: M(p.email),
        signed_at: stamp(r),
        client_ip: A(ip(r)),
        confirmed: r.chance(0.7),
      },
    };
  });
  const hit = hitOf(
    r,
    'petitions',
    {
      case_no: id,
      title: L(
        lang,
        r.pick(['Erhalt des Freibads Haslach', 'Tempo 30 vor Grundschulen', 'Bürgerbegehren Stadtbahn Nord']),
        r.pick([
          'Save the Easton community library',
          'Safe crossing on Gloucester Road',
          'Keep the Zuiderdiep market on Saturdays',
        ]),
      ),
      signature_count: r.int(800, 14000),
    },
    {
      inner_hits: {
        signatures: {
          hits: { total: { value: inner.length, relation: 'eq' }, max_score: ranked(inner, score(r)), hits: inner },
        },
      },
    },
  );
  json(b, response(r, [hit]), true);
  return b;
};

/** A duplicate check: terms aggregation of signers by name (keys are names) and by postcode (district, unlabelled). */
const signerBuckets: Render = (r, lang) => {
  const b = new Builder();
  request(
    b,
    `GET /petition-signatures/_search?size=0&pretty\n# ${L(lang, 'Doppelte Unterschriften', 'duplicate signatures')} ${petition(r)}`,
  );
  const names = Array.from({ length: r.int(3, 5) }, () => full(person(r, lang)));
  const postcodes = Array.from({ length: 3 }, () =>
    lang === 'de' ? `791${r.pick(['00', '02', '04', '08', '11'])}` : `BS${r.int(1, 9)}`,
  );
  json(
    b,
    response(
      r,
      [],
      {
        aggregations: {
          by_signer: {
            doc_count_error_upper_bound: 0,
            sum_other_doc_count: r.int(400, 9000),
            buckets: names.map((n, i) => ({ key: P(n), doc_count: 4 - Math.min(i, 2) })),
          },
          by_postcode: {
            doc_count_error_upper_bound: 0,
            sum_other_doc_count: r.int(100, 900),
            buckets: termsBuckets(postcodes.map((k) => ({ key: k, doc_count: r.int(40, 900) }))),
          },
        },
      },
      r.int(1200, 20000),
    ),
    true,
  );
  return b;
};

/** `_bulk` NDJSON: corrections to the electoral roll, an action line and a source line each. */
const rollBulk: Render = (r, lang) => {
  const b = new Builder();
  b.add(`POST /_bulk\n`);
  for (let i = r.int(2, 4); i > 0; i--) {
    const p = person(r, lang);
    const action = r.pick(['index', 'update']);
    json(
      b,
      { [action]: { _index: L(lang, 'waehlerverzeichnis-2026', 'electoral-register-2026'), _id: register(r) } },
      false,
    );
    b.add('\n');
    const doc: Record<string, J> = {
      [L(lang, 'familienname', 'surname')]: P(p.family),
      [L(lang, 'vornamen', 'forenames')]: P(p.given),
      [L(lang, 'geburtsdatum', 'date_of_birth')]: D(iso(p)),
      [L(lang, 'anschrift_neu', 'new_address')]: H(p.address),
      [L(lang, 'grund', 'reason')]: L(
        lang,
        r.pick(['Umzug innerhalb der Gemeinde', 'Schreibfehler Name', 'Zuzug']),
        r.pick(['moved within ward', 'name misspelt', 'attainer added']),
      ),
      [L(lang, 'wahlbezirk', 'polling_district')]: station(r, lang),
    };
    if (lang === 'en' && r.chance(0.7)) doc.passport_no_overseas_german = R(icaoNumber(r, 'passport'));
    json(b, action === 'update' ? { doc } : doc, false);
    b.add('\n');
  }
  return b;
};

/** Solr JSON: supporters' signatures of a nomination, with a `highlighting` block keyed by document id. */
const solrSupporters: Render = (r, lang) => {
  const b = new Builder();
  const q = person(r, lang);
  b.add(`GET /solr/${L(lang, 'unterstuetzungsunterschriften', 'nomination_papers')}/select?q=supporter_name:`);
  // A surname with a space goes in quotes, as a query string needs it to stay one phrase.
  const quote = /\s/.test(q.family) ? '"' : '';
  b.add(quote);
  b.val('PERSON', q.family);
  b.add(`${quote}&hl=true&wt=json\n`);
  const docs = [q, ...Array.from({ length: r.int(1, 3) }, () => person(r, lang))].map((p) => ({
    p,
    id: `UU-${r.digits(6)}`,
  }));
  const hl: Record<string, J> = {};
  for (const { p, id } of docs)
    hl[id] = {
      supporter_name: [
        highlighted(
          'PERSON',
          full(p),
          full(p)
            .split(' ')
            .map((w) => q.family.split(' ').includes(w)),
        ),
      ],
    };
  json(
    b,
    {
      responseHeader: {
        status: 0,
        QTime: took(r),
        params: { q: new Str([`supporter_name:${quote}`, P(q.family), quote]), hl: 'true', wt: 'json' },
      },
      response: {
        numFound: docs.length,
        start: 0,
        numFoundExact: true,
        docs: docs.map(({ p, id }) => ({
          id,
          supporter_name: P(full(p)),
          birth_date: D(lang === 'de' ? dotted(p) : iso(p)),
          address: H(p.address),
          [L(lang, 'wahlvorschlag', 'role')]: L(
            lang,
            r.pick(['Freie Wähler Wiehre', 'Einzelbewerberin Bezirk 7', 'Liste Junge Mitte']),
            r.pick(['proposer', 'seconder', 'assentor']),
          ),
          verified: r.chance(0.8),
        })),
      },
      highlighting: hl,
    },
    true,
  );
  return b;
};

/** Solr XML: objections to a planning application, each `<doc>` with `<str name="…">` fields. */
const solrObjections: Render = (r, lang) => {
  const b = new Builder();
  b.add('<?xml version="1.0" encoding="UTF-8"?>\n<response>\n<lst name="responseHeader">\n');
  b.add(`  <int name="status">0</int>\n  <int name="QTime">${took(r)}</int>\n</lst>\n`);
  const n = r.int(2, 3);
  b.add(`<result name="response" numFound="${n}" start="0">\n`);
  const ref = L(lang, `BP-${r.int(2024, 2026)}-${r.digits(3)}`, `${r.int(24, 26)}/${r.digits(5)}/FUL`);
  for (let i = 0; i < n; i++) {
    const p = person(r, lang);
    b.add('  <doc>\n');
    xmlField(b, '    ', 'str', 'id', `OBJ-${r.digits(7)}`);
    xmlField(b, '    ', 'str', 'application', ref);
    xmlField(b, '    ', 'str', L(lang, 'einwender', 'objector'), P(full(p)));
    xmlField(b, '    ', 'str', L(lang, 'anschrift', 'address'), H(p.address));
    if (r.chance(0.6)) xmlField(b, '    ', 'str', 'email', M(p.email));
    else xmlField(b, '    ', 'str', L(lang, 'telefon', 'phone'), T(p.phone));
    xmlField(b, '    ', 'date', 'received', stamp(r));
    xmlField(
      b,
      '    ',
      'str',
      L(lang, 'kurztext', 'summary'),
      L(
        lang,
        r.pick([
          'Verschattung unseres Gartens durch den Neubau',
          'Parkdruck in der Anwohnerstraße',
          'Verlust der Streuobstwiese',
        ]),
        r.pick(['loss of light to rear garden', 'traffic on a narrow lane', 'overlooking & loss of privacy']),
      ),
    );
    b.add('  </doc>\n');
  }
  b.add('</result>\n</response>\n');
  return b;
};

/** Kibana Discover CSV export of the petition portal's access log. */
const kibanaCsv: Render = (r, lang) => {
  const b = new Builder();
  b.add('"@timestamp","client.ip","user.email","user.full_name","url.path","http.response.status_code"\n');
  for (let i = r.int(3, 5); i > 0; i--) {
    const p = person(r, lang);
    const month = r.pick(['Mar', 'Apr', 'May', 'Jun']);
    b.add(
      `"${month} ${r.int(1, 28)}, 2026 @ ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${String(r.int(0, 999)).padStart(3, '0')}","`,
    );
    b.val('IP_ADDRESS', ip(r));
    b.add('","');
    b.val('EMAIL_ADDRESS', p.email);
    b.add('","');
    b.val('PERSON', full(p));
    b.add(
      `","/petitions/${petition(r)}/${r.pick(['sign', 'confirm', 'withdraw'])}","${r.pick([200, 200, 302, 409])}"\n`,
    );
  }
  return b;
};

/** `_explain`: why a signature matched an entry of the register (a keyword term on the whole name). */
const explainMatch: Render = (r, lang) => {
  const b = new Builder();
  const p = person(r, lang);
  const id = register(r);
  b.add(
    `GET /${L(lang, 'waehlerverzeichnis-2026', 'electoral-register-2026')}/_explain/${encodeURIComponent(id)}?pretty\n`,
  );
  const w = score(r);
  json(
    b,
    {
      _index: L(lang, 'waehlerverzeichnis-2026', 'electoral-register-2026'),
      _id: id,
      matched: true,
      explanation: {
        value: w,
        description: 'sum of:',
        details: [
          {
            value: w,
            description: new Str([
              'weight(full_name.keyword:',
              P(full(p)),
              ` in ${r.int(0, 900)}) [PerFieldSimilarity], result of:`,
            ]),
            details: [{ value: w, description: 'score(freq=1.0), computed as boost * idf * tf from:', details: [] }],
          },
          { value: 0, description: 'match on required clause, product of:', details: [] },
        ],
      },
    },
    true,
  );
  return b;
};

/** A `profile` fragment of a search by name and postcode. */
const profileFragment: Render = (r, lang) => {
  const b = new Builder();
  const p = person(r, lang);
  b.add(`GET /${L(lang, 'schoeffen-vorschlaege', 'lay-magistrate-applications')}/_search?pretty  (profile: true)\n`);
  const nanos = r.int(20_000, 900_000);
  // Drawn in the order the object literal drew them before: took, the list's score, the hit.
  const tookMs = took(r);
  const drawn = score(r);
  const hits = [hitOf(r, 'candidates', { name: P(full(p)), email: M(p.email) })];
  json(
    b,
    {
      took: tookMs,
      timed_out: false,
      hits: {
        total: { value: 1, relation: 'eq' },
        max_score: ranked(hits, drawn),
        hits,
      },
      profile: {
        shards: [
          {
            id: `[${esId(r).slice(0, 22)}][${L(lang, 'schoeffen-vorschlaege', 'lay-magistrate-applications')}][0]`,
            searches: [
              {
                query: [
                  {
                    type: 'BooleanQuery',
                    description: new Str([
                      '+name.keyword:',
                      P(full(p)),
                      ` +postcode:${lang === 'de' ? '79102' : 'BS6'}`,
                    ]),
                    time_in_nanos: nanos,
                    breakdown: {
                      create_weight: r.int(1000, 9000),
                      build_scorer: r.int(1000, 9000),
                      next_doc: r.int(100, 900),
                      score: r.int(100, 900),
                    },
                  },
                ],
                rewrite_time: r.int(1000, 9000),
              },
            ],
          },
        ],
      },
    },
    true,
  );
  return b;
};

/** Lay-judge (Schöffen) nominations, paged with `search_after`: each hit's `sort` values. */
const layJudges: Render = (r, lang) => {
  const b = new Builder();
  b.add(
    `POST /${L(lang, 'schoeffen-vorschlaege', 'lay-magistrate-applications')}/_search?pretty\n{"size":3,"sort":[{"eingang":"asc"},{"_id":"asc"}],"search_after":[1767225600000,"${esId(r)}"]}\n`,
  );
  const hits = Array.from({ length: r.int(2, 3) }, () => {
    const p = person(r, lang);
    const id = esId(r);
    return {
      _index: L(lang, 'schoeffen-vorschlaege', 'lay-magistrate-applications'),
      _id: id,
      _score: null,
      _source: {
        [L(lang, 'bewerber', 'applicant')]: {
          [L(lang, 'vorname', 'first_name')]: P(p.given),
          [L(lang, 'nachname', 'last_name')]: P(p.family),
          [L(lang, 'geburtsdatum', 'born')]: D(lang === 'de' ? dotted(p) : iso(p)),
          [L(lang, 'anschrift', 'address')]: H(p.address),
          [L(lang, 'beruf', 'occupation')]: L(
            lang,
            r.pick(['Hebamme', 'Schreiner', 'Bibliothekarin', 'Busfahrer']),
            r.pick(['midwife', 'joiner', 'librarian', 'bus driver']),
          ),
        },
        [L(lang, 'vorgeschlagen_von', 'nominated_by')]: L(
          lang,
          r.pick(['Gemeinderat Fraktion Grüne Liste', 'Ortschaftsrat Haslach', 'Eigenbewerbung']),
          r.pick(['self-nominated', 'Bench Advisory Committee', 'community council']),
        ),
      },
      sort: [1767225600000 + r.int(0, 9e6), id],
    };
  });
  // Sorted ascending by `eingang`, as the request asks.
  hits.sort((a, b) => (a.sort[0] as number) - (b.sort[0] as number));
  json(
    b,
    {
      took: took(r),
      timed_out: false,
      hits: { total: { value: r.int(40, 300), relation: 'eq' }, max_score: null, hits },
    },
    true,
  );
  return b;
};

/** The allowance payroll of poll workers: tax id and pension number in German offices, account everywhere. */
const allowancePayroll: Render = (r, lang) => {
  const b = new Builder();
  b.add(
    `GET /${L(lang, 'wahlhelfer-auszahlung', 'poll-staff-fees')}/_search?pretty&q=status:${L(lang, 'freigegeben', 'approved')}\n`,
  );
  const hits = Array.from({ length: r.int(2, 3) }, () => {
    let p = person(r, lang);
    // German offices pay German residents here: the pension number needs a German home.
    while (lang === 'de' && p.country !== 'DE') p = person(r, lang);
    const source: Record<string, J> = {
      name: P(full(p)),
      [L(lang, 'geburtsdatum', 'dob')]: D(iso(p)),
      iban: I(iban(r, bankCountry(p))),
      [L(lang, 'betrag', 'amount')]: lang === 'de' ? r.pick([35, 50, 60]) : r.pick([185, 240, 310]),
      [L(lang, 'wahlbezirk', 'station')]: station(r, lang),
    };
    if (lang === 'de') {
      source.steuer_id = X(taxId(r));
      source.rv_nummer = S(pensionNumber(r, p.dob, p.family, p.female));
    }
    return hitOf(r, L(lang, 'wahlhelfer-auszahlung', 'poll-staff-fees'), source);
  });
  json(b, response(r, hits), true);
  return b;
};

/** A failed query whose error body echoes the name it was given. */
const errorEcho: Render = (r, lang) => {
  const b = new Builder();
  const p = person(r, lang);
  const idx = L(lang, 'briefwahl-antraege-2026', 'postal-vote-applications');
  // A surname with a space goes in quotes, as a query string needs it to stay one term.
  const term = /\s/.test(p.family) ? `"${p.family}"` : p.family;
  b.add(`GET /${idx}/_search?q=${L(lang, 'geburtsdatum', 'dob')}:${term}\n`);
  const first = b.text.indexOf(p.family);
  b.entities.push({ type: 'PERSON', start: first, end: first + p.family.length });
  const reason = () =>
    new Str([
      'failed to parse date field [',
      P(p.family),
      '] with format [strict_date_optional_time||epoch_millis]: [failed to parse date field [',
      P(p.family),
      ']]',
    ]);
  json(
    b,
    {
      error: {
        root_cause: [{ type: 'parse_exception', reason: reason() }],
        type: 'search_phase_execution_exception',
        reason: 'all shards failed',
        phase: 'query',
        grouped: true,
        failed_shards: [
          { shard: 0, index: idx, node: esId(r).slice(0, 22), reason: { type: 'parse_exception', reason: reason() } },
        ],
      },
      status: 400,
    },
    true,
  );
  return b;
};

/** Solr highlighting of consultation submissions: fragments of the residents' own text with names and mailboxes. */
const solrConsultation: Render = (r, lang) => {
  const b = new Builder();
  b.add(
    `GET /solr/${L(lang, 'beteiligung', 'consultation')}/select?q=body:${L(lang, 'Radweg', 'cycle')}&fl=id,score&hl=true&hl.fl=body&wt=json\n`,
  );
  const docs = Array.from({ length: r.int(2, 3) }, () => ({ p: person(r, lang), id: `SUB-${r.digits(6)}` }));
  const hl: Record<string, J> = {};
  for (const { p, id } of docs)
    hl[id] = {
      body: [
        new Str([
          L(lang, 'Als Anwohnerin der ', 'As a resident of '),
          new Lab('POSTAL_ADDRESS', p.address),
          L(lang, ' befürworte ich den <em>Radweg</em>, aber', ' I support the <em>cycle</em> lane, but'),
        ]),
        new Str([
          L(lang, 'Rückfragen gern an ', 'Questions to '),
          M(p.email),
          L(lang, ' oder ', ' or '),
          T(p.phone),
          ' – ',
          ...highlighted('PERSON', full(p), marks(r, full(p).split(' ').length)).parts,
        ]),
      ],
    };
  // Drawn in the order the object literal drew them before; docs best score first.
  const qTime = took(r);
  const numFound = r.int(docs.length, 90);
  const drawn = score(r);
  const scored: J[] = docs.map(({ id }) => ({ id, score: score(r) }));
  const maxScore = ranked(scored, drawn);
  json(
    b,
    {
      responseHeader: {
        status: 0,
        QTime: qTime,
        params: { q: L(lang, 'body:Radweg', 'body:cycle'), hl: 'true', fl: 'id,score' },
      },
      response: {
        numFound,
        start: 0,
        maxScore,
        docs: scored,
      },
      // Solr lists the highlighting in the order of the docs.
      highlighting: Object.fromEntries(scored.map((d) => [(d as { id: string }).id, hl[(d as { id: string }).id]])),
    },
    true,
  );
  return b;
};

/** Card payments indexed by mistake: candidates' deposits and petition-campaign donations. */
const paymentLog: Render = (r, lang) => {
  const b = new Builder();
  b.add(`GET /payments-2026/_search?pretty&q=type:${L(lang, 'kaution', 'deposit')}\n`);
  const hits = Array.from({ length: r.int(1, 3) }, () => {
    const p = person(r, lang);
    const number = card(r);
    return hitOf(r, 'payments-2026', {
      cardholder: P(full(p)),
      card_number: C(r.chance(0.5) ? number : cardPrinted(number, r.pick([' ', '-']))),
      amount: lang === 'de' ? r.pick([50, 100, 250]) : r.pick([500, 25, 50]),
      currency: lang === 'de' ? r.pick(['EUR', 'CHF']) : r.pick(['GBP', 'EUR']),
      client_ip: A(ip(r)),
      '@timestamp': stamp(r),
    });
  });
  json(b, response(r, hits), true);
  return b;
};

/** Turnout per district: aggregations keyed by polling district and postcode. No person. */
const turnout: Render = (r, lang) => {
  const b = new Builder();
  b.add(`GET /${L(lang, 'wahlbeteiligung-2026', 'turnout-2026')}/_search?size=0&pretty\n`);
  json(
    b,
    response(
      r,
      [],
      {
        aggregations: {
          by_district: {
            buckets: termsBuckets(
              Array.from({ length: r.int(3, 6) }, () => ({
                key: station(r, lang),
                doc_count: r.int(300, 2400),
                turnout: { value: r.int(3800, 8200) / 100 },
                postal_share: { value: r.int(1200, 5200) / 100 },
              })),
            ),
          },
          by_postcode: {
            buckets: termsBuckets(
              Array.from({ length: 3 }, () => ({
                key: lang === 'de' ? `791${r.pick(['00', '02', '04', '08'])}` : `NR${r.int(1, 7)}`,
                doc_count: r.int(900, 9000),
              })),
            ),
          },
        },
      },
      r.int(9000, 90000),
    ),
    true,
  );
  return b;
};

/** Index settings and mapping of a register index. No person. */
const mapping: Render = (r, lang) => {
  const b = new Builder();
  const idx = L(lang, 'waehlerverzeichnis-2026', 'electoral-register-2026');
  b.add(`GET /${idx}/_mapping,_settings?pretty\n`);
  json(
    b,
    {
      [idx]: {
        mappings: {
          properties: {
            full_name: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 256 } } },
            date_of_birth: { type: 'date', format: 'strict_date_optional_time||epoch_millis' },
            polling_district: { type: 'keyword' },
            address: { type: 'text', analyzer: L(lang, 'german', 'english') },
          },
        },
        settings: {
          index: {
            number_of_shards: String(r.pick([1, 3])),
            number_of_replicas: String(r.pick([0, 1])),
            uuid: esId(r),
            version: { created: '8110399' },
            creation_date: String(1767225600000 + r.int(0, 9e8)),
          },
        },
      },
    },
    true,
  );
  return b;
};

/** Cluster health and `_cat/indices`. No person. */
const clusterHealth: Render = (r, lang) => {
  const b = new Builder();
  b.add('GET /_cluster/health?pretty\n');
  json(
    b,
    {
      cluster_name: L(lang, 'wahlamt-suche', 'elections-search'),
      status: r.pick(['green', 'yellow']),
      timed_out: false,
      number_of_nodes: r.int(1, 5),
      active_primary_shards: r.int(10, 60),
      active_shards: r.int(20, 120),
      unassigned_shards: r.int(0, 4),
      active_shards_percent_as_number: r.int(900, 1000) / 10,
    },
    true,
  );
  b.add('\n\nGET /_cat/indices?v\nhealth status index                         pri rep docs.count store.size\n');
  for (const name of L(
    lang,
    'wahlhelfer-2026 briefwahl-antraege-2026 petition-signatures',
    'poll-staff-2026 postal-vote-applications petition-signatures',
  ).split(' '))
    b.add(
      `${r.pick(['green ', 'yellow'])} open   ${name.padEnd(29)} ${r.int(1, 3)}   ${r.int(0, 1)}   ${String(r.int(100, 99000)).padStart(10)} ${String(r.int(1, 900)).padStart(8)}mb\n`,
    );
  return b;
};

/** A query that failed to parse: the error body with no person. */
const parseError: Render = (r, lang) => {
  const b = new Builder();
  b.add(
    `POST /${L(lang, 'petitionen', 'petitions')}/_search\n{"query":{"match":{"status":"open"}},"aggs":{"by_ward":{"terms":{"field":"ward"}}}\n`,
  );
  json(
    b,
    {
      error: {
        root_cause: [
          {
            type: 'x_content_parse_exception',
            reason: `[1:${r.int(60, 90)}] Unexpected end-of-input: expected close marker for Object`,
          },
        ],
        type: 'x_content_parse_exception',
        reason: `[1:${r.int(60, 90)}] Unexpected end-of-input: expected close marker for Object`,
      },
      status: 400,
    },
    true,
  );
  return b;
};

/** The response to a `_bulk` request: created, updated and a version conflict. No person. */
const bulkResponse: Render = (r, lang) => {
  const b = new Builder();
  const idx = L(lang, 'waehlerverzeichnis-2026', 'electoral-register-2026');
  json(
    b,
    {
      took: r.int(5, 300),
      errors: true,
      items: Array.from({ length: r.int(3, 5) }, (_, i): J =>
        i === 1
          ? {
              update: {
                _index: idx,
                _id: register(r),
                status: 409,
                error: {
                  type: 'version_conflict_engine_exception',
                  reason:
                    'version conflict, required seqNo [412], primary term [1]. current document has seqNo [413] and primary term [1]',
                },
              },
            }
          : {
              index: {
                _index: idx,
                _id: register(r),
                _version: r.int(1, 4),
                result: r.pick(['created', 'updated']),
                _seq_no: r.int(100, 900),
                _primary_term: 1,
                status: r.pick([200, 201]),
              },
            },
      ),
    },
    true,
  );
  return b;
};

/** Every generated kind: name, render, weight. */
const KINDS: readonly (readonly [string, Render, number])[] = [
  ['es _search poll-worker applications', pollWorkers, 4],
  ['es _search highlight postal-vote applications', postalVotes, 4],
  ['es inner_hits petition signatures', petitionInner, 4],
  ['es terms aggregation of signers', signerBuckets, 4],
  ['es _bulk NDJSON electoral-roll corrections', rollBulk, 4],
  ['solr json nomination supporters', solrSupporters, 4],
  ['solr xml planning objections', solrObjections, 4],
  ['kibana discover csv petition portal', kibanaCsv, 4],
  ['es _explain signature check', explainMatch, 4],
  ['es profile search by name', profileFragment, 4],
  ['es search_after lay-judge nominations', layJudges, 4],
  ['es _search poll-worker allowance payroll', allowancePayroll, 5],
  ['es error body echoing a name', errorEcho, 4],
  ['solr highlighting consultation submissions', solrConsultation, 4],
  ['es _search card payments', paymentLog, 5],
  ['es turnout aggregations (no person)', turnout, 2],
  ['es mapping and settings (no person)', mapping, 2],
  ['es cluster health and cat indices (no person)', clusterHealth, 2],
  ['es parse error (no person)', parseError, 3],
  ['es bulk response (no person)', bulkResponse, 3],
];

/** `count` documents of the search back ends, every kind twice first (German, then English). */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Ran1(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang));
}
