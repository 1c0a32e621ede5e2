import type { PrivacyScanner } from './detect.js';
import { levelOf, levelRank, type Entity } from './entities.js';

/**
 * How the messages are read together besides one by one: joined by a space (a surname in the turn
 * after the first name, an IBAN's digit groups over two turns) and joined by nothing (a value cut
 * in the middle of a word or a number).
 */
const JOINS = [' ', ''];

/**
 * What the scanner finds in each message, plus what it finds only when the messages are read as
 * one history: all of them in order, and each role's own (a user's half IBAN, the assistant's
 * answer, the other half). A finding that spans messages becomes a finding in each message it
 * touches, so every part of it is replaced or keeps the conversation local. Offsets stay offsets
 * into each original message.
 */
export function scanHistory(messages: { role: string; content: string }[], scanner: PrivacyScanner): Entity[][] {
  const found = messages.map((m) => scanner.scan(m.content));
  const all = messages.map((_m, i) => i);
  const byRole = [...new Set(messages.map((m) => m.role))].map((role) => all.filter((i) => messages[i].role === role));
  const groups = [all, ...byRole.filter((g) => g.length < all.length)].filter((g) => g.length > 1);
  for (const group of groups)
    for (const separator of JOINS) {
      const starts: number[] = [];
      let at = 0;
      for (const i of group) {
        starts.push(at);
        at += messages[i].content.length + separator.length;
      }
      for (const e of scanner.scan(group.map((i) => messages[i].content).join(separator))) {
        group.forEach((i, k) => {
          const start = Math.max(e.start, starts[k]) - starts[k];
          const end = Math.min(e.end, starts[k] + messages[i].content.length) - starts[k];
          if (start < end) found[i].push({ ...e, start, end });
        });
      }
    }
  return found.map(mergeOverlapping);
}

/** Overlapping findings become one covering both; it keeps the type of the higher level (then the longer span). */
function mergeOverlapping(entities: Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (!last || e.start >= last.end) {
      out.push(e);
      continue;
    }
    const rank = levelRank(levelOf(e)) - levelRank(levelOf(last));
    const base = rank > 0 || (rank === 0 && e.end - e.start > last.end - last.start) ? e : last;
    out[out.length - 1] = { ...base, start: last.start, end: Math.max(last.end, e.end) };
  }
  return out;
}
