import type { Passage } from '../../core/rag/index.js';

/**
 * The classifications of passages the Ragwire retriever handed out, for the privacy router. In
 * Node-RED the passages travel with the message; in a Flowise chain the retriever's documents reach
 * the chat model only as text inside the prompt. So the retriever notes every classified passage
 * here and the router finds those whose text its prompt contains: a confidential passage keeps a
 * prompt out of the cloud even when no detector would flag its words. Public passages are not
 * noted (they change no decision). The newest MAX_PASSAGES are kept; the text is already in this
 * process (it was just retrieved), and it stays in memory only.
 */
const MAX_PASSAGES = 20_000;

const ledger = new Map<string, Passage>();

export function notePassages(passages: Passage[]): void {
  for (const p of passages) {
    if (p.classification === 'public' || !p.text.trim()) continue;
    ledger.delete(p.text);
    ledger.set(p.text, p);
    if (ledger.size > MAX_PASSAGES) ledger.delete(ledger.keys().next().value!);
  }
}

/** The noted passages whose text appears in one of `texts`. */
export function passagesIn(texts: string[]): Passage[] {
  const found: Passage[] = [];
  for (const [text, passage] of ledger) if (texts.some((t) => t.includes(text))) found.push(passage);
  return found;
}

/** Forgets every noted passage (tests). */
export function clearPassages(): void {
  ledger.clear();
}
