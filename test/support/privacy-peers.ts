import { OpenRedaction } from '@openredaction/openredaction';
import nlp from 'compromise';
import { SyncRedactor } from 'redact-pii';
import type { Finder, Span } from './privacy-scoring.js';

/**
 * Peer libraries, run on the same texts as Ragwire and mapped onto Ragwire's entity types. Types a
 * peer reports that have no Ragwire counterpart (URLs, crypto addresses, generic digit runs, …) are
 * dropped: they neither count for nor against the peer. Only for `npm run eval:privacy` (slow).
 */

/** compromise: `nlp(text).people()`, an English rule-and-lexicon tagger; it finds names only. */
export const compromisePeople: Finder = (text) =>
  nlp(text)
    .people()
    .json({ offset: true })
    .map((p: { text: string; offset: { start: number; length: number } }) => {
      // Its match text carries trailing punctuation ("Müller,"); the span is the name.
      const trimmed = p.text.replace(/[\s,.;:!?)"']+$/u, '');
      return { type: 'PERSON', start: p.offset.start, end: p.offset.start + trimmed.length };
    });

/** redact-pii's replacement words → Ragwire types. */
export const REDACT_PII_TYPES: Record<string, string> = {
  PERSON_NAME: 'PERSON',
  EMAIL_ADDRESS: 'EMAIL_ADDRESS',
  PHONE_NUMBER: 'PHONE_NUMBER',
  CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  IP_ADDRESS: 'IP_ADDRESS',
  STREET_ADDRESS: 'POSTAL_ADDRESS',
  ZIPCODE: 'POSTAL_ADDRESS',
  US_SOCIAL_SECURITY_NUMBER: 'DE_SOCIAL_SECURITY',
};

interface Origin {
  from: number;
  to: number;
  word?: string;
}

interface ChainRedactor {
  redact(text: string): string;
  replaceWith: string;
}

/**
 * redact-pii only returns redacted text. Its redactors run one after another, each replacing its
 * matches with one word (PERSON_NAME, …); following that chain step by step recovers which
 * characters of the original each word replaced.
 */
export function redactPiiSpans(redactor = new SyncRedactor()): Finder {
  const chain = (redactor as unknown as { childRedactors: ChainRedactor[] }).childRedactors;
  return (original) => {
    let text = original;
    // Per character of the current text: the original range it stands for, and the word if it replaced something.
    let chars: Origin[] = Array.from({ length: original.length }, (_, i) => ({ from: i, to: i + 1 }));
    for (const step of chain) {
      const after = step.redact(text);
      if (after === text) continue;
      // `after` is text with some stretches replaced by the step's word: find each stretch between the kept parts.
      const parts = after.split(step.replaceWith);
      const next: Origin[] = [];
      let pos = 0;
      parts.forEach((part, k) => {
        let at = 0;
        if (k > 0) {
          at = k === parts.length - 1 ? text.length - part.length : text.indexOf(part, pos + 1);
          if (at < pos + 1) at = pos + 1; // not found: the word replaced one character
          const replaced = chars.slice(pos, at);
          const origin = {
            from: Math.min(...replaced.map((c) => c.from)),
            to: Math.max(...replaced.map((c) => c.to)),
            word: step.replaceWith,
          };
          for (let i = 0; i < step.replaceWith.length; i++) next.push(origin);
        }
        next.push(...chars.slice(at, at + part.length));
        pos = at + part.length;
      });
      text = after;
      chars = next;
    }
    const spans: Span[] = [];
    for (const c of chars) {
      const type = c.word && REDACT_PII_TYPES[c.word];
      const last = spans.at(-1);
      if (type && !(last && last.start === c.from && last.end === c.to && last.type === type))
        spans.push({ type, start: c.from, end: c.to });
    }
    return spans;
  };
}

/** openredaction's pattern types → Ragwire types (by the kind of value each pattern finds). */
export function openRedactionType(type: string): string | undefined {
  if (type === 'NAME') return 'PERSON';
  if (type === 'EMAIL') return 'EMAIL_ADDRESS';
  if (/^PHONE_(UK|US|UK_MOBILE|INTERNATIONAL)$/.test(type)) return 'PHONE_NUMBER';
  if (type === 'IBAN' || type === 'UK_BANK_ACCOUNT_IBAN') return 'IBAN_CODE';
  if (type === 'CREDIT_CARD') return 'CREDIT_CARD';
  if (type === 'IPV4' || type === 'IPV6') return 'IP_ADDRESS';
  if (type === 'GERMAN_TAX_ID' || type === 'TAX_ID') return 'DE_TAX_ID';
  if (type === 'DATE_OF_BIRTH') return 'DATE_OF_BIRTH';
  if (/^(ADDRESS_STREET|ADDRESS_PO_BOX|POSTCODE_UK|ZIP_CODE_US)$/.test(type)) return 'POSTAL_ADDRESS';
  if (/PASSPORT/.test(type)) return 'DE_PASSPORT';
  if (/NATIONAL_ID/.test(type)) return 'DE_ID_CARD';
  if (/SOCIAL_SECURITY|^SSN$|NATIONAL_INSURANCE/.test(type)) return 'DE_SOCIAL_SECURITY';
  return undefined;
}

/** @openredaction/openredaction with its defaults: regex patterns (558+) with context scoring. */
export function openRedactionSpans(detector = new OpenRedaction()): Finder {
  return (text) =>
    detector.detect(text).detections.flatMap((d) => {
      const type = openRedactionType(d.type);
      return type ? [{ type, start: d.position[0], end: d.position[1] }] : [];
    });
}

export const PEERS: { name: string; make: () => Finder }[] = [
  { name: 'compromise', make: () => compromisePeople },
  { name: 'redact-pii', make: () => redactPiiSpans() },
  { name: 'openredaction', make: () => openRedactionSpans() },
];
