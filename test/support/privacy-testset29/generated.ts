import { mark, MARK, readMarks } from './markup.js';
import { dob, fullName, isoBirth, oneLine, person, two, type Person } from './people.js';
import { SFC64 } from './random.js';

/**
 * Set 29's generated documents: LLM ASSISTANT AND AGENT LOGS of payment, fintech and compliance
 * teams, as a RAG or agent platform stores and re-sends them. Format rules:
 * - Chat-completion bodies are JSON: `content` strings escape `"`, `\` and line breaks (`\n`), and
 *   some writers escape every non-ASCII character as `\uXXXX` (Python's json.dumps default). A value
 *   is labelled over its span AS WRITTEN: `M\u00fcller` is one PERSON label of eleven characters, an
 *   address whose line break stands as `\n` keeps the two characters inside its label.
 * - `tool_calls[].function.arguments` is a JSON string holding JSON, so its quotes stand as `\"` and
 *   an inner `\u00fc` as `\\u00fc`; the label covers the doubly escaped characters, never a quote.
 * - Tool-use blocks, Action Input lines, OpenTelemetry attribute values, JSONL lines and schema
 *   `example` values follow the same rule at whatever depth of escaping they stand.
 * - No value is split across two streamed chunks (none of these formats is written as a stream).
 * Keys vary by tool and writer (snake_case, camelCase, German keys, abbreviations); each tool's
 * variants are written out one by one, not derived from one list.
 */

type Lang = 'de' | 'en';
const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

interface Firm {
  name: string;
  domain: string;
  role: string;
  switchboard: string;
  iban: string;
  bic: string;
  merchantId: string;
}

const FIRMS_DE: Firm[] = [
  {
    name: 'Zahlwerk Payments GmbH',
    domain: 'zahlwerk-payments.de',
    role: 'disputes',
    switchboard: '+49 69 2475 3300',
    iban: 'DE02 1001 0010 0600 4455 08',
    bic: 'ZAHWDEF1XXX',
    merchantId: 'ZW-MID-4401',
  },
  {
    name: 'Alpenkonto Bank AG',
    domain: 'alpenkonto.at',
    role: 'kyc',
    switchboard: '+43 1 90 210 0',
    iban: 'AT48 3200 0000 1234 5864',
    bic: 'ALPKATW1',
    merchantId: 'AK-ONB-77',
  },
  {
    name: 'Rheintal Remit AG',
    domain: 'rheintal-remit.li',
    role: 'compliance',
    switchboard: '+423 237 55 00',
    iban: 'LI21 0881 0000 2324 013A A',
    bic: 'RHRMLI22',
    merchantId: 'RR-PAY-15',
  },
  {
    name: 'Kreditauskunft Mitte eG',
    domain: 'kam-auskunft.de',
    role: 'selbstauskunft',
    switchboard: '0611 97743-0',
    iban: 'DE89 3704 0044 0532 0130 00',
    bic: 'KAMEDE51',
    merchantId: 'KAM-SA-01',
  },
  {
    name: 'Schwarmkapital Crowd GmbH',
    domain: 'schwarmkapital.de',
    role: 'anleger',
    switchboard: '030 8145 2290',
    iban: 'DE12 1203 0000 1020 3040 50',
    bic: 'SWKADEB2',
    merchantId: 'SK-PRJ-208',
  },
  {
    name: 'Luxfin E-Money S.A.',
    domain: 'luxfin-emoney.lu',
    role: 'support',
    switchboard: '+352 27 86 44 1',
    iban: 'LU28 0019 4006 4475 0000',
    bic: 'LXFNLULL',
    merchantId: 'LXF-EMI-9',
  },
];
const FIRMS_EN: Firm[] = [
  {
    name: 'Brightpay Acquiring Ltd',
    domain: 'brightpay-acq.co.uk',
    role: 'chargebacks',
    switchboard: '+44 20 3880 4100',
    iban: 'GB33 BUKB 2020 1555 5555 55',
    bic: 'BPAQGB2L',
    merchantId: 'BPA-MID-220914',
  },
  {
    name: 'Harbourline Neobank',
    domain: 'harbourline.ie',
    role: 'cardservices',
    switchboard: '+353 1 699 2200',
    iban: 'IE29 AIBK 9311 5212 3456 78',
    bic: 'HBLNIE2D',
    merchantId: 'HBL-NB-31',
  },
  {
    name: 'Kestrel Remit Inc.',
    domain: 'kestrelremit.com',
    role: 'aml',
    switchboard: '+1 646 555 0142',
    iban: 'GB82 WEST 1234 5698 7654 32',
    bic: 'KSTRUS33',
    merchantId: 'KR-MSB-0048',
  },
  {
    name: 'Lionstep Exchange Pte Ltd',
    domain: 'lionstep.sg',
    role: 'travelrule',
    switchboard: '+65 6817 2400',
    iban: 'GB94 BARC 1020 1530 0934 59',
    bic: 'LNSTSGSG',
    merchantId: 'LSX-VASP-7',
  },
  {
    name: 'Paylater Oz Pty Ltd',
    domain: 'paylater-oz.com.au',
    role: 'hardship',
    switchboard: '1300 729 552',
    iban: 'GB29 NWBK 6016 1331 9268 19',
    bic: 'PLOZAU2S',
    merchantId: 'PLO-BNPL-55',
  },
  {
    name: 'Naira Bridge Transfers Ltd',
    domain: 'nairabridge.ng',
    role: 'compliance',
    switchboard: '+234 1 270 4455',
    iban: 'GB71 MIDL 4005 1552 6670 12',
    bic: 'NBTRNGLA',
    merchantId: 'NBT-IMTO-3',
  },
];
const firm = (rng: SFC64, lang: Lang) => rng.pick(lang === 'de' ? FIRMS_DE : FIRMS_EN);
const roleMail = (f: Firm) => `${f.role}@${f.domain}`;

// ---------- escaping that keeps the marks ----------

/** JSON string escaping of plain text; with `ascii`, every character above U+007E as \uXXXX. */
function esc(s: string, ascii: boolean): string {
  let out = '';
  for (const ch of s) {
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ascii && ch.charCodeAt(0) > 0x7e)
      for (let i = 0; i < ch.length; i++) out += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** Escape marked text as the inside of a JSON string: the marks stay, their values are escaped too. */
function escMarked(s: string, ascii: boolean): string {
  let out = '';
  let from = 0;
  for (const m of s.matchAll(new RegExp(MARK.source, 'g'))) {
    out += esc(s.slice(from, m.index), ascii) + mark(m[1], esc(m[2], ascii));
    from = m.index + m[0].length;
  }
  return out + esc(s.slice(from), ascii);
}

/** A JSON string literal of marked text. */
const str = (s: string, ascii = false) => `"${escMarked(s, ascii)}"`;

type JVal = string | number | boolean | null | JVal[] | { [k: string]: JVal } | Raw;
/** Text that is already JSON (a nested literal built by hand). */
class Raw {
  constructor(readonly json: string) {}
}
const raw = (json: string) => new Raw(json);

/** JSON of a value whose strings may hold marks; `indent` 0 writes one line. */
function json(v: JVal, ascii = false, indent = 2, depth = 0): string {
  if (v instanceof Raw) return v.json;
  if (typeof v === 'string') return str(v, ascii);
  if (v === null || typeof v !== 'object') return String(v);
  const pad = indent ? '\n' + ' '.repeat(indent * (depth + 1)) : '';
  const end = indent ? '\n' + ' '.repeat(indent * depth) : '';
  const sep = indent ? ',' : ', ';
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[${pad}${v.map((x) => json(x, ascii, indent, depth + 1)).join(sep + pad)}${end}]`;
  }
  const entries = Object.entries(v);
  if (!entries.length) return '{}';
  return `{${pad}${entries.map(([k, x]) => `${str(k)}: ${json(x, ascii, indent, depth + 1)}`).join(sep + pad)}${end}}`;
}

// ---------- shared pieces ----------

const n = (p: Person) => mark('n', fullName(p));
const hex = (rng: SFC64, k: number) => Array.from({ length: k }, () => rng.below(16).toString(16)).join('');
const b62 = (rng: SFC64, k: number) =>
  Array.from({ length: k }, () => rng.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'])).join(
    '',
  );
const callId = (rng: SFC64) => `call_${b62(rng, 24)}`;
const masked = (p: Person) => `${p.card.slice(0, 4)} ${p.card.slice(4, 6)}•• •••• ${p.card.slice(-4)}`;
const caseNo = (rng: SFC64, lang: Lang) =>
  rng.pick(L(lang, 'VM-2025-,AML-DE-,SA15-,RB-', 'CB-2025-,SAR-,DSAR-,KYC-').split(',')) + rng.digits(6);
const txId = (rng: SFC64) => `tx_${hex(rng, 8)}${hex(rng, 8)}`;
const amount = (rng: SFC64) => `${rng.int(12, 9800)}.${two(rng.int(0, 99))}`;
const model = (rng: SFC64) =>
  rng.pick([
    'gpt-4o-2024-08-06',
    'gpt-4.1-mini',
    'claude-3-5-sonnet-20241022',
    'mistral-large-2411',
    'llama-3.1-70b-instruct',
  ]);
const stamp = (rng: SFC64) =>
  `2025-${two(rng.int(1, 11))}-${two(rng.int(1, 28))}T${two(rng.int(6, 21))}:${two(rng.int(0, 59))}:${two(rng.int(0, 59))}Z`;
const phoneOrMail = (rng: SFC64, p: Person) => (rng.chance(0.5) ? mark('t', p.phone) : mark('m', p.email));
const addr = (p: Person, block = false) => mark('h', block ? `${p.street}\n${p.town}` : oneLine(p));

const SYSTEM = {
  de: [
    'Du bist der Assistent des Teams Zahlungsstreitigkeiten. Antworte knapp und sachlich auf Deutsch. Gib keine vollständigen Kartennummern aus.',
    'Du unterstützt die KYC-Prüfung. Nutze die Tools kyc_lookup und screen_sanctions. Entscheide nie allein über eine Kontosperre.',
    'Du hilfst bei Selbstauskünften nach Art. 15 DSGVO. Zitiere die Quellen mit [n].',
  ],
  en: [
    'You are the chargeback desk assistant. Answer briefly. Never print a full card number.',
    'You support customer due diligence. Use the tools when needed and cite the case id.',
    'You draft replies for the remittance compliance team. Use British English.',
  ],
};

/** A customer's message as pasted into a prompt: the values of one person, in the lang's wording. */
function customerText(rng: SFC64, p: Person, lang: Lang, f: Firm): string {
  const de = [
    `Hallo, hier ist ${n(p)}. Meine Karte endet auf ${p.card.slice(-4)} und wurde gestern in Lissabon belastet, obwohl ich zuhause war. Bitte sperren! Erreichbar unter ${mark('t', p.phone)}.`,
    `Kunde ${n(p)}, geb. ${mark('b', dob(rng, p, lang))}, wohnhaft ${addr(p)}, bittet um Rückbuchung der Lastschrift von ${amount(rng)} EUR auf ${mark('i', p.iban)}.`,
    `Selbstauskunft: ${n(p)} (${mark('m', p.email)}) fragt, welche Daten die ${f.name} über sie/ihn speichert. Ausweis liegt bei, Nr. ${mark('k', p.idCard)}.`,
    `Mittelherkunft: ${n(p)} hat 48.000 EUR aus einem Erbe eingezahlt. Steuer-ID ${mark('x', p.taxId)}, Rentenversicherungsnr. ${mark('s', p.pension)}.`,
  ];
  const en = [
    `Hi, this is ${n(p)}. I lost my card on the bus, please freeze it. The card number is ${mark('c', p.card)}. Call me on ${mark('t', p.phone)}.`,
    `Customer ${n(p)}, DOB ${mark('b', dob(rng, p, lang))}, of ${addr(p)}, disputes a charge of ${amount(rng)} GBP (${txId(rng)}).`,
    `Subject access request from ${n(p)} <${mark('m', p.email)}>: please send everything you hold about me, including the IP addresses I logged in from (e.g. ${mark('a', p.ip)}).`,
    `Source of funds: ${n(p)} says the 30k USD came from selling a flat. Passport ${mark('r', p.passport)}, mobile ${mark('t', p.phone)}.`,
  ];
  return rng.pick(lang === 'de' ? de : en);
}

// ---------- the kinds ----------

function chatRequest(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const f = firm(rng, lang);
  const ascii = rng.chance(0.4);
  return json(
    {
      model: model(rng),
      temperature: rng.pick([0, 0.2, 0.3]),
      messages: [
        { role: 'system', content: rng.pick(SYSTEM[lang]) },
        { role: 'user', content: customerText(rng, p, lang, f) },
      ],
      metadata: { case: caseNo(rng, lang), tenant: f.domain },
    },
    ascii,
    rng.pick([0, 2]),
  );
}

/** Tool arguments in one of several writers' key sets, as marked inner JSON. */
function toolArgs(rng: SFC64, p: Person, lang: Lang): { name: string; args: JVal } {
  const variant = rng.below(6);
  switch (variant) {
    case 0:
      return {
        name: 'kyc_lookup',
        args: { full_name: n(p), date_of_birth: mark('b', isoBirth(p)), country: p.country },
      };
    case 1:
      return {
        name: 'screenSanctions',
        args: { fullName: n(p), dob: mark('b', dob(rng, p, lang)), fuzzy: true, lists: ['EU', 'OFAC', 'UN'] },
      };
    case 2:
      return {
        name: 'kunde_suchen',
        args: {
          Name: mark('n', p.family),
          Vorname: mark('n', p.given),
          Geburtsdatum: mark('b', dob(rng, p, 'de')),
          Land: p.country,
        },
      };
    case 3:
      return {
        name: 'sepa_refund',
        args: { payer_iban: mark('i', p.iban), debtorName: n(p), amt_minor: rng.int(500, 90000), ccy: 'EUR' },
      };
    case 4:
      return {
        name: 'freeze_card',
        args: { pan: mark('c', p.card), reason: lang === 'de' ? 'verloren' : 'lost', notify: mark('t', p.phone) },
      };
    default:
      return {
        name: 'crm.update_contact',
        args: { cust_nm: n(p), adr: addr(p, rng.chance(0.3)), eml: mark('m', p.email) },
      };
  }
}

function toolCallResponse(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const { name, args } = toolArgs(rng, p, lang);
  const inner = json(args, rng.chance(0.5), 0);
  return json(
    {
      id: `chatcmpl-${b62(rng, 29)}`,
      object: 'chat.completion',
      created: 1735000000 + rng.int(0, 30000000),
      model: model(rng),
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: callId(rng), type: 'function', function: { name, arguments: raw(str(inner)) } }],
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: rng.int(300, 4000), completion_tokens: rng.int(20, 90) },
    },
    false,
    2,
  );
}

/** A KYC, payments or CRM tool's result, as marked JSON in the tool's own keys. */
function toolResult(rng: SFC64, p: Person, lang: Lang, f: Firm): JVal {
  switch (rng.below(5)) {
    case 0:
      return {
        match: true,
        subject: { name: n(p), birthDate: mark('b', isoBirth(p)), address: addr(p) },
        riskScore: rng.int(5, 95),
        pep: false,
      };
    case 1:
      return {
        status: 'ok',
        kunde: { name: n(p), anschrift: addr(p, true), telefon: mark('t', p.phone) },
        konto: { iban: mark('i', p.iban) },
        fall: caseNo(rng, lang),
      };
    case 2:
      return {
        hits: [{ list: 'OFAC SDN', score: 0.71, listed_name: 'unrelated entry', cleared: true }],
        query: { nm: n(p), dob: mark('b', dob(rng, p, lang)) },
      };
    case 3:
      return {
        transaction: { id: txId(rng), amount: amount(rng), card: masked(p), merchant: f.merchantId },
        cardholder: { name: n(p), email: mark('m', p.email), ip: mark('a', p.ip) },
      };
    default:
      return {
        documents: [
          { type: 'passport', number: mark('r', p.passport) },
          { type: 'id_card', number: mark('k', p.idCard) },
        ],
        holder: n(p),
        verified_at: stamp(rng),
      };
  }
}

function toolConversation(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const f = firm(rng, lang);
  const { name, args } = toolArgs(rng, p, lang);
  const id = callId(rng);
  const ascii = rng.chance(0.5);
  const answer = L(
    lang,
    `Ich habe ${n(p)} gefunden; der Fall ${caseNo(rng, lang)} ist angelegt. Antwort geht an ${roleMail(f)}.`,
    `Found ${n(p)}; case ${caseNo(rng, lang)} opened. Replies go to ${roleMail(f)}.`,
  );
  return json(
    [
      { role: 'system', content: rng.pick(SYSTEM[lang]) },
      { role: 'user', content: customerText(rng, p, lang, f) },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id, type: 'function', function: { name, arguments: raw(str(json(args, ascii, 0))) } }],
      },
      { role: 'tool', tool_call_id: id, content: raw(str(json(toolResult(rng, p, lang, f), ascii, 0))) },
      { role: 'assistant', content: answer },
    ],
    false,
    2,
  );
}

function reactTrace(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const f = firm(rng, lang);
  const { name, args } = toolArgs(rng, p, lang);
  const lines = [
    `> Entering new AgentExecutor chain...`,
    L(
      lang,
      `Thought: Ich muss den Kunden zuerst im KYC-System finden.`,
      `Thought: I need to look the customer up before answering.`,
    ),
    `Action: ${name}`,
    `Action Input: ${json(args, false, 0)}`,
    `Observation: ${json(toolResult(rng, p, lang, f), rng.chance(0.3), 0)}`,
    L(
      lang,
      `Thought: Treffer ist eindeutig, keine Sanktionsliste betroffen.`,
      `Thought: The hit is clear; no sanctions list involved.`,
    ),
    L(
      lang,
      `Final Answer: ${n(p)} ist verifiziert. Rückfragen an ${f.switchboard}.`,
      `Final Answer: ${n(p)} is verified. Questions to ${f.switchboard}.`,
    ),
    `> Finished chain.`,
  ];
  return lines.join('\n');
}

function langchainCallbacks(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const f = firm(rng, lang);
  const run = () => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;
  const parent = run();
  const question = customerText(rng, p, lang, f);
  const events: JVal[] = [
    { event: 'on_chain_start', run_id: parent, name: 'RetrievalQA', inputs: { query: question } },
    {
      event: 'on_retriever_end',
      run_id: run(),
      parent_run_id: parent,
      documents: [
        {
          page_content: L(
            lang,
            `Kontoinhaber: ${n(p)}\nIBAN: ${mark('i', p.iban)}`,
            `Account holder: ${n(p)}\nIBAN: ${mark('i', p.iban)}`,
          ),
          metadata: { source: `crm/${caseNo(rng, lang)}.txt` },
        },
      ],
    },
    {
      event: 'on_llm_end',
      run_id: run(),
      parent_run_id: parent,
      response: {
        generations: [
          [{ text: L(lang, `Die Rückbuchung für ${n(p)} ist angestoßen.`, `Refund for ${n(p)} initiated.`) }],
        ],
      },
    },
  ];
  return events.map((e) => json(e, rng.chance(0.3), 0)).join('\n');
}

function otelSpan(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const f = firm(rng, lang);
  const attrs: [string, string][] = [
    ['gen_ai.system', 'openai'],
    ['gen_ai.request.model', model(rng)],
    ['gen_ai.prompt.0.role', 'system'],
    ['gen_ai.prompt.0.content', rng.pick(SYSTEM[lang])],
    ['gen_ai.prompt.1.role', 'user'],
    ['gen_ai.prompt.1.content', customerText(rng, p, lang, f)],
    ['gen_ai.completion.0.role', 'assistant'],
    ['gen_ai.completion.0.content', L(lang, `Die Karte von ${n(p)} ist gesperrt.`, `The card of ${n(p)} is frozen.`)],
  ];
  if (rng.chance(0.5))
    return json(
      {
        traceId: hex(rng, 32),
        spanId: hex(rng, 16),
        name: 'chat ' + model(rng),
        attributes: attrs.map(([key, v]) => ({ key, value: { stringValue: v } })),
      },
      rng.chance(0.4),
      2,
    );
  return [`span ${hex(rng, 16)} (trace ${hex(rng, 32)})`, ...attrs.map(([k, v]) => `  ${k} = ${str(v)}`)].join('\n');
}

function ragPrompt(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const q = person(rng, lang);
  const f = firm(rng, lang);
  return [
    L(
      lang,
      'Beantworte die Frage nur anhand des Kontexts. Nenne die Quelle als [n].',
      'Answer only from the context. Cite sources as [n].',
    ),
    '',
    'Context:',
    `[1] (${caseNo(rng, lang)}.pdf) ${L(lang, 'Antragsteller', 'Applicant')}: ${n(p)}, ${mark('b', dob(rng, p, lang))}, ${addr(p)}.`,
    `[2] (${L(lang, 'Notiz', 'note')} ${stamp(rng)}) ${L(lang, 'Rückruf von', 'Call-back from')} ${n(q)} ${L(lang, 'unter', 'on')} ${mark('t', q.phone)}; ${L(lang, 'Karte', 'card')} ${masked(q)}.`,
    `[3] (policy.md) ${L(lang, `Meldungen an ${roleMail(f)}, Zentrale ${f.switchboard}.`, `Escalate to ${roleMail(f)}, switchboard ${f.switchboard}.`)}`,
    '',
    `${L(lang, 'Frage', 'Question')}: ${L(lang, `Ist ${mark('n', p.family)} dieselbe Person wie ${mark('n', q.family)}?`, `Is ${mark('n', p.family)} the same person as ${mark('n', q.family)}?`)}`,
  ].join('\n');
}

function markdownAnswer(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const f = firm(rng, lang);
  return [
    L(lang, `### Ergebnis der Sorgfaltsprüfung`, `### Customer due diligence result`),
    '',
    L(lang, '| Feld | Wert |', '| Field | Value |'),
    '|---|---|',
    `| Name | ${n(p)} |`,
    `| ${L(lang, 'Geburtsdatum', 'Date of birth')} | ${mark('b', dob(rng, p, lang))} |`,
    `| ${L(lang, 'Anschrift', 'Address')} | ${addr(p)} |`,
    `| IBAN | ${mark('i', p.iban)} |`,
    `| ${L(lang, 'Karte', 'Card')} | ${masked(p)} |`,
    '',
    `- ${L(lang, 'Kontakt', 'Contact')}: ${phoneOrMail(rng, p)}`,
    `- ${L(lang, 'Letzte Anmeldung von', 'Last login from')} ${mark('a', p.ip)}`,
    `- PEP: ${L(lang, 'nein', 'no')}; ${L(lang, 'Sanktionslisten', 'sanctions lists')}: ${L(lang, 'kein Treffer', 'no hit')}`,
    `- ${L(lang, 'Händler', 'Merchant')}: ${f.merchantId}, BIC ${f.bic}`,
  ].join('\n');
}

function jsonlFinetune(rng: SFC64, lang: Lang): string {
  const lines: string[] = [];
  for (let i = rng.int(2, 4); i > 0; i--) {
    const p = person(rng, lang);
    const f = firm(rng, lang);
    const ex = {
      messages: [
        { role: 'system', content: rng.pick(SYSTEM[lang]) },
        { role: 'user', content: customerText(rng, p, lang, f) },
        {
          role: 'assistant',
          content: L(
            lang,
            `Danke, ${mark('n', p.given)}. Wir melden uns unter ${phoneOrMail(rng, p)}.`,
            `Thanks, ${mark('n', p.given)}. We will get back to you at ${phoneOrMail(rng, p)}.`,
          ),
        },
      ],
    };
    lines.push(json(ex, rng.chance(0.5), 0));
  }
  return lines.join('\n');
}

function jsonlEval(rng: SFC64, lang: Lang): string {
  const lines: string[] = [];
  for (let i = rng.int(2, 4); i > 0; i--) {
    const p = person(rng, lang);
    const item = {
      id: `eval-${rng.digits(5)}`,
      input: L(
        lang,
        `Extrahiere Name und IBAN: "${n(p)} überweist von ${mark('i', p.iban)}"`,
        `Extract name and IBAN: "${n(p)} pays from ${mark('i', p.iban)}"`,
      ),
      expected: { name: n(p), iban: mark('i', p.iban) },
      meta: { split: rng.pick(['dev', 'test']), tags: ['extraction', lang] },
    };
    lines.push(json(item, rng.chance(0.5), 0));
  }
  return lines.join('\n');
}

function functionSchema(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const variants: JVal[] = [
    {
      customer_name: { type: 'string', example: n(p) },
      birth_date: { type: 'string', format: 'date', example: mark('b', isoBirth(p)) },
      iban: { type: 'string', example: mark('i', p.iban) },
    },
    {
      Name: { type: 'string', beispiel: n(p) },
      Steuer_ID: { type: 'string', pattern: '^\\d{11}$', beispiel: mark('x', p.taxId) },
      Anschrift: { type: 'string', beispiel: addr(p) },
    },
    {
      holderName: { type: 'string', example: n(p) },
      panNumber: { type: 'string', example: mark('c', p.card) },
      billingEmail: { type: 'string', example: mark('m', p.email) },
    },
    {
      nm: { type: 'string', examples: [n(p)] },
      tel: { type: 'string', examples: [mark('t', p.phone)] },
      doc_no: { type: 'string', examples: [mark('r', p.passport)] },
    },
  ];
  return json(
    {
      type: 'function',
      function: {
        name: rng.pick(['open_account', 'kontoEroeffnen', 'create_dispute', 'submitTravelRule']),
        description: L(lang, 'Legt den Vorgang an.', 'Creates the case.'),
        parameters: { type: 'object', properties: rng.pick(variants) },
      },
    },
    rng.chance(0.4),
    2,
  );
}

function toolUseBlocks(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const f = firm(rng, lang);
  const id = `toolu_${b62(rng, 24)}`;
  const { name, args } = toolArgs(rng, p, lang);
  return json(
    {
      model: model(rng),
      messages: [
        { role: 'user', content: [{ type: 'text', text: customerText(rng, p, lang, f) }] },
        { role: 'assistant', content: [{ type: 'tool_use', id, name, input: args }] },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: id, content: raw(str(json(toolResult(rng, p, lang, f), false, 0))) },
          ],
        },
      ],
    },
    rng.chance(0.3),
    2,
  );
}

function llamaindexEvents(rng: SFC64, lang: Lang): string {
  const p = person(rng, lang);
  const f = firm(rng, lang);
  const t = stamp(rng).replace('T', ' ').replace('Z', '');
  return [
    `${t} INFO llama_index.core.instrumentation [QueryStartEvent] query=${str(customerText(rng, p, lang, f))}`,
    `${t} DEBUG llama_index.core.instrumentation [RetrievalEndEvent] nodes=${json([{ id_: hex(rng, 12), score: 0.83, text: L(lang, `Vertrag ${caseNo(rng, lang)}: Darlehensnehmer ${n(p)}, ${addr(p)}`, `Agreement ${caseNo(rng, lang)}: borrower ${n(p)}, ${addr(p)}`) }], rng.chance(0.4), 0)}`,
    `${t} INFO llama_index.core.instrumentation [LLMChatEndEvent] response=${str(L(lang, `assistant: ${n(p)} hat zwei offene Raten.`, `assistant: ${n(p)} has two instalments outstanding.`))}`,
  ].join('\n');
}

/** A trace of merchant analytics: organisations' values only, no personal data. */
function merchantMetrics(rng: SFC64, lang: Lang): string {
  const f = firm(rng, lang);
  return json(
    {
      span: 'tool.merchant_stats',
      attributes: {
        'gen_ai.tool.name': 'merchant_stats',
        'gen_ai.tool.call.arguments': raw(
          str(json({ merchant_id: f.merchantId, window_days: rng.pick([30, 90]) }, false, 0)),
        ),
        'gen_ai.completion.0.content': L(
          lang,
          `Chargeback-Quote ${rng.int(1, 19) / 10} %, ${rng.int(3, 80)} offene Fälle. Auszahlungskonto ${f.iban} (${f.bic}). Kontakt: ${roleMail(f)}, ${f.switchboard}.`,
          `Chargeback ratio ${rng.int(1, 19) / 10}%, ${rng.int(3, 80)} open cases. Settlement account ${f.iban} (${f.bic}). Contact: ${roleMail(f)}, ${f.switchboard}.`,
        ),
      },
    },
    false,
    2,
  );
}

/** A prompt template before it is filled: placeholders only, no personal data. */
function promptTemplate(rng: SFC64, lang: Lang): string {
  const f = firm(rng, lang);
  return [
    `# prompt: ${rng.pick(['dispute_reply', 'sar_draft', 'kyc_summary'])} v${rng.int(1, 9)}`,
    L(lang, `Du schreibst im Namen der ${f.name}.`, `You write on behalf of ${f.name}.`),
    'Context:',
    '{% for doc in retrieved %}[{{ loop.index }}] {{ doc.text }}',
    '{% endfor %}',
    L(lang, 'Kunde: {{ customer_name }}, Fall {{ case_id }}', 'Customer: {{ customer_name }}, case {{ case_id }}'),
    L(lang, `Rückfragen: ${roleMail(f)} / ${f.switchboard}`, `Queries: ${roleMail(f)} / ${f.switchboard}`),
    `Merchant: ${f.merchantId}`,
  ].join('\n');
}

const KINDS: [string, (rng: SFC64, lang: Lang) => string][] = [
  ['chat-completion request body', chatRequest],
  ['chat-completion response with tool_calls', toolCallResponse],
  ['messages array with tool results', toolConversation],
  ['ReAct agent run trace', reactTrace],
  ['LangChain callback events (JSONL)', langchainCallbacks],
  ['OpenTelemetry GenAI span attributes', otelSpan],
  ['RAG prompt with retrieved context', ragPrompt],
  ['Markdown assistant answer', markdownAnswer],
  ['JSONL fine-tuning dataset', jsonlFinetune],
  ['JSONL evaluation dataset', jsonlEval],
  ['function schema with examples', functionSchema],
  ['tool_use / tool_result content blocks', toolUseBlocks],
  ['LlamaIndex instrumentation log', llamaindexEvents],
  ['merchant analytics span without personal data', merchantMetrics],
  ['unfilled prompt template', promptTemplate],
];

export interface Generated {
  lang: Lang;
  kind: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

export function generated(count: number, seed: number): Generated[] {
  const rng = new SFC64(BigInt(seed), 0x29_11_03n, 0x5eed_29n);
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, make] = KINDS[Math.floor(i / 2) % KINDS.length];
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    out.push({ lang, kind, ...readMarks(make(rng, lang)) });
  }
  return out;
}
