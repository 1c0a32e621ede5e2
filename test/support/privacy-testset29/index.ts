import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { SFC64 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 29, German first. */
export const HAND_WRITTEN_29 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 29: PAYMENTS, FINTECH AND FINANCIAL-CRIME COMPLIANCE. Hand-written
 * documents of payment service providers and acquirers (chargebacks, disputes, merchant onboarding),
 * neobanks and e-money issuers (account opening, card freezes, lost cards), KYC/AML teams (customer
 * due diligence, PEP and sanctions screening hits, suspicious-activity reports, source-of-funds
 * requests), remittance services, crowdfunding and crowdlending platforms, online brokers and crypto
 * exchanges (KYC, travel-rule data), credit bureaus (self-disclosure under GDPR Art. 15) and BNPL
 * providers, in DE, AT, CH, LI, LU, the UK, Ireland, the US, Canada, Australia, Singapore, Nigeria,
 * Kenya, India, the Philippines, Turkey, Brazil and Mexico; plus `generatedCount` LLM ASSISTANT AND
 * AGENT LOGS of the same trades as a RAG or agent platform stores and re-sends them (chat-completion
 * request and response bodies, `tool_calls` whose arguments are JSON inside a JSON string, tool
 * results, tool_use blocks, ReAct run traces, LangChain callback events, LlamaIndex instrumentation
 * lines, OpenTelemetry GenAI span attributes, RAG prompts filled with context, Markdown answers,
 * JSONL fine-tuning and evaluation sets, function schemas with examples; see generated.ts); the same
 * for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (SFC64, Doty-Humphrey's Small Fast Chaotic PRNG, seeded with a, b, c, counter 1 and
 * twelve rounds discarded).
 *
 * How the method differs from earlier ones: set 13 wrapped single values in transport encodings
 * (quoted-printable, URL encoding, entities, JSON escapes of one field); here the escaping is the
 * nesting of a conversation protocol (a JSON string that holds JSON that holds a customer's message),
 * up to two levels deep, mixed with agent prose. Set 15 exported human conversations from messengers
 * and mail; here the speakers are a model, its tools and its system prompt. Set 18 wrote IT machine
 * records (logs, LDAP, mail headers) and set 25 developer artefacts (SQL, stack traces, git); neither
 * carried prompts, tool schemas, traces of agent reasoning or training-data lines.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written: inside a JSON string its escapes stay inside
 *   (`Ni\u00f1o`, `\\u00e9` at the second level, an address's `\n`); the quotes never do.
 * - Every value of a natural person is labelled: customers, cardholders, payers and payees who are
 *   private persons, applicants, beneficial owners, remitters and beneficiaries, PEPs and screened
 *   names, staff named as persons (also a given or family name alone), their home addresses,
 *   personal phones and mailboxes (also name@firm), dates of birth, IBANs, full card numbers, IP
 *   addresses of their devices, German tax ids, pension numbers, ID card and passport numbers.
 *   Example values in a function schema are labelled like any other (fail closed: they look like
 *   a person's and are re-sent as such).
 * - "FAMILY, Given" or "Given Family" in one place is one label; family and given name in separate
 *   fields are separate labels. Titles and forms of address (Frau, Herr, Mr, Ms, Dr.) are outside.
 * - An address in one line or in a letter's block (street line, town line) is one label, the line
 *   break inside; the country name on its own line is outside.
 * - A masked card number (`4111 11•• •••• 1234`, "ending 1234") is NOT labelled: it no longer
 *   identifies the card. Nor are amounts, dates of transactions, case, ticket, dispute and SAR
 *   numbers, transaction, call and trace ids, merchant ids, BINs, BICs, creditor ids, VAT ids, LEIs
 *   and wallet addresses of exchanges.
 * - An organisation's own values are NOT labelled: its imprint address, switchboard, role mailboxes
 *   (disputes@, kyc@), its bank accounts and a person's name inside a firm's name.
 */
export function privacyTestSet29(generatedCount = 170, seed = 29_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new SFC64(29_29n, 0x29n, 0x1205n);
  const hand = HAND_WRITTEN_29.map((doc, i): TestDocument => ({
    id: `hand29-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen29-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
