import type { Entity } from './entities.js';

interface Mapping {
  byValue: Map<string, string>;
  byPlaceholder: Map<string, string>;
  counters: Map<string, number>;
  expires: number;
}

/**
 * Replaces entities with stable placeholders (`<PERSON_1>`; the same value gets the same
 * placeholder within a conversation) and restores them in answers. Mappings stay in this
 * process's memory only and expire after `ttlMs` without use.
 */
export class Pseudonymizer {
  private readonly conversations = new Map<string, Mapping>();

  constructor(private readonly ttlMs = 30 * 60 * 1000) {}

  pseudonymize(conversation: string, text: string, entities: Entity[]): { text: string; replaced: number } {
    const mapping = this.mapping(conversation);
    let out = '';
    let pos = 0;
    let replaced = 0;
    for (const e of [...entities].sort((a, b) => a.start - b.start)) {
      if (e.start < pos) continue;
      const value = text.slice(e.start, e.end);
      let placeholder = mapping.byValue.get(value);
      if (!placeholder) {
        const n = (mapping.counters.get(e.type) ?? 0) + 1;
        mapping.counters.set(e.type, n);
        placeholder = `<${e.type}_${n}>`;
        mapping.byValue.set(value, placeholder);
        mapping.byPlaceholder.set(placeholder, value);
      }
      out += text.slice(pos, e.start) + placeholder;
      pos = e.end;
      replaced++;
    }
    return { text: out + text.slice(pos), replaced };
  }

  /** Puts the original values back wherever the answer repeats a placeholder. */
  restore(conversation: string, text: string): string {
    const mapping = this.conversations.get(conversation);
    if (!mapping) return text;
    mapping.expires = Date.now() + this.ttlMs;
    return text.replace(/<([A-Z_]+_\d+)>/g, (m) => mapping.byPlaceholder.get(m) ?? m);
  }

  forget(conversation: string): void {
    this.conversations.delete(conversation);
  }

  private mapping(conversation: string): Mapping {
    const now = Date.now();
    for (const [key, m] of this.conversations) if (m.expires < now) this.conversations.delete(key);
    let m = this.conversations.get(conversation);
    if (!m) {
      m = { byValue: new Map(), byPlaceholder: new Map(), counters: new Map(), expires: 0 };
      this.conversations.set(conversation, m);
    }
    m.expires = now + this.ttlMs;
    return m;
  }
}
