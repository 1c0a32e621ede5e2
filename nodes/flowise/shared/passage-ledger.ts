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
/**
 * Passages are found by their first KEY characters: the router looks up every KEY-character window
 * of its prompt (linear in the prompt's length) instead of searching the prompt for each of up to
 * MAX_PASSAGES texts on every call. Shorter passages are few and searched for directly.
 */
const KEY = 24;

/** Noted passages by text, oldest first (re-noting one makes it newest). */
const ledger = new Map<string, Passage>();
/** Texts of at least KEY characters by their first KEY characters. */
const byKey = new Map<string, Set<string>>();
/** Texts shorter than KEY characters. */
const short = new Set<string>();

function forget(text: string): void {
  ledger.delete(text);
  if (text.length < KEY) {
    short.delete(text);
    return;
  }
  const key = text.slice(0, KEY);
  const bucket = byKey.get(key);
  bucket?.delete(text);
  if (bucket?.size === 0) byKey.delete(key);
}

export function notePassages(passages: Passage[]): void {
  for (const p of passages) {
    if (p.classification === 'public' || !p.text.trim()) continue;
    forget(p.text);
    ledger.set(p.text, p);
    if (p.text.length < KEY) short.add(p.text);
    else {
      const key = p.text.slice(0, KEY);
      const bucket = byKey.get(key) ?? new Set<string>();
      bucket.add(p.text);
      byKey.set(key, bucket);
    }
    if (ledger.size > MAX_PASSAGES) forget(ledger.keys().next().value!);
  }
}

/** The noted passages whose text appears in one of `texts`. */
export function passagesIn(texts: string[]): Passage[] {
  const found = new Set<string>();
  for (const t of texts) {
    for (const text of short) if (t.includes(text)) found.add(text);
    if (byKey.size === 0) continue;
    for (let i = 0; i + KEY <= t.length; i++) {
      const bucket = byKey.get(t.slice(i, i + KEY));
      if (bucket) for (const text of bucket) if (t.startsWith(text, i)) found.add(text);
    }
  }
  return [...found].map((text) => ledger.get(text)!);
}

/** Forgets every noted passage (tests). */
export function clearPassages(): void {
  ledger.clear();
  byKey.clear();
  short.clear();
}
