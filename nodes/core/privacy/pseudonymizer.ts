import { randomBytes } from 'node:crypto';
import type { Entity } from './entities.js';
import type { ConversationSnapshot, SharedConversations } from './shared-conversations.js';
import { InputError } from '../errors.js';

interface Mapping {
  byValue: Map<string, string>;
  byPlaceholder: Map<string, string>;
  counters: Map<string, number>;
  expires: number;
}

/** What one pseudonymizing call sent out: its placeholders and their values, for restoring that call's answer only. */
interface IssuedCall {
  values: Map<string, string>;
  expires: number;
}

/** Markings and user terms say something about the whole text: hiding them would hide its level (see the cloud gate). */
const KEPT_IN_CLEAR = new Set<Entity['type']>(['CONFIDENTIALITY_MARKING', 'CUSTOM_TERM']);

/**
 * Text that looks like a placeholder, however disguised: angle brackets of any width or style
 * (<, ＜, ‹, 〈, ⟨, «, ﹤, &lt;), spaces inside, any case, `_`, `-` or spaces before the number.
 * A name of three characters at least, so HTML such as <h1> stays as it is.
 */
const PLACEHOLDER_SHAPE =
  /(?:[<＜‹〈⟨«﹤]|&lt;)\s*([\p{L}_][\p{L}_\s-]{2,40}?)[\s_-]*(\d{1,6})\s*(?:[>＞›〉⟩»﹥]|&gt;)/giu;

/** The shape of the ids {@link unguessableId} makes: anything else is never looked up in a shared store. */
const ISSUED_ID = /^[A-Za-z0-9_-]{22}$/;

/** An id no caller can guess (128 random bits). */
export function unguessableId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Caller text that looks like a placeholder loses its brackets, so it can never be taken for (or
 * restored as) one Ragwire issued: `<PERSON_1>` becomes `(PERSON_1)`.
 */
export function neutralisePlaceholders(text: string): string {
  return text.replace(
    PLACEHOLDER_SHAPE,
    (_m, name: string, n: string) => `(${name.replace(/[\s_-]+$/, '').trim()}_${n})`,
  );
}

/**
 * Replaces entities with stable placeholders (`<PERSON_1>`; the same value gets the same
 * placeholder within a conversation) and restores them in answers. Mappings live in this
 * process's memory and expire after `ttlMs` without use; with a shared store ({@link SharedConversations})
 * the conversation mappings are also kept there, encrypted, so other processes continue the same
 * conversation ({@link join}, {@link pseudonymizeTurn}). What one call sent out (the restore token)
 * never leaves this process: the call and its restore run in the same flow.
 *
 * Callers are untrusted: a conversation is addressed only by an id this object issued
 * ({@link conversation}), and an answer is restored only for the placeholders of the one call that
 * sent them out ({@link issue}, {@link restore}), so nobody gets back values they did not send.
 */
export class Pseudonymizer {
  private readonly conversations = new Map<string, Mapping>();
  private readonly calls = new Map<string, IssuedCall>();

  constructor(
    private readonly ttlMs = 30 * 60 * 1000,
    /** Most live conversations (and calls) kept; the least recently used go first. */
    private readonly maxEntries = 10_000,
    /** Where conversations are shared with other processes (none: this process only). */
    private readonly shared?: SharedConversations,
  ) {}

  /**
   * {@link conversation}, across processes: with a shared store, a requested id is honoured when
   * the store holds a live mapping for it (issued by any process with the same key), which is then
   * merged into this process's; a new conversation is stored at once so every process knows it.
   * Store or decryption failures throw {@link ConversationStoreError}: the caller refuses the request.
   */
  async join(requested?: string): Promise<string> {
    const conversation = await this.find(requested);
    await this.share(conversation);
    return conversation;
  }

  /**
   * One pseudonymizing call of a conversation, across processes: the conversation as {@link join}
   * finds it, the texts pseudonymized with its mapping ({@link pseudonymizeCall}), and the grown
   * mapping stored before anything is sent anywhere.
   */
  async pseudonymizeTurn(
    requested: string | undefined,
    texts: string[],
    findings: Entity[][],
  ): Promise<{ conversation: string; texts: string[]; replaced: number; token: string }> {
    const conversation = await this.find(requested);
    const out = this.pseudonymizeCall(conversation, texts, findings);
    await this.share(conversation);
    return { conversation, ...out };
  }

  /** The conversation to continue: from the shared store when there is one, else from this process. */
  private async find(requested: string | undefined): Promise<string> {
    if (!this.shared) return this.conversation(requested);
    if (requested && ISSUED_ID.test(requested)) {
      const stored = await this.shared.load(requested);
      if (stored) {
        this.absorb(requested, stored);
        return requested;
      }
    }
    return this.conversation();
  }

  /** Stores the conversation's mapping in the shared store, if there is one, with a fresh expiry. */
  private async share(conversation: string): Promise<void> {
    if (!this.shared) return;
    const m = this.conversations.get(conversation);
    if (!m) throw new InputError('pseudonymization: unknown conversation (ask for one with join())');
    this.touch(conversation);
    const snapshot: ConversationSnapshot = {
      byValue: [...m.byValue],
      counters: [...m.counters],
      expires: m.expires,
    };
    await this.shared.save(conversation, snapshot);
  }

  /**
   * Merges a stored mapping into this process's: values it does not know yet take their stored
   * placeholders (unless that placeholder is taken here by another value: two processes served
   * the same conversation at the same moment), and each counter goes to the higher of the two.
   */
  private absorb(conversation: string, stored: ConversationSnapshot): void {
    let m = this.conversations.get(conversation);
    if (!m) {
      m = { byValue: new Map(), byPlaceholder: new Map(), counters: new Map(), expires: 0 };
      this.conversations.set(conversation, m);
      this.bound(this.conversations);
    }
    for (const [value, placeholder] of stored.byValue) {
      if (m.byValue.has(value) || m.byPlaceholder.has(placeholder)) continue;
      m.byValue.set(value, placeholder);
      m.byPlaceholder.set(placeholder, value);
    }
    for (const [type, n] of stored.counters) m.counters.set(type, Math.max(n, m.counters.get(type) ?? 0));
    this.touch(conversation);
  }

  /**
   * The id of the live conversation the caller asked for, or a new one. A caller's own string is
   * never adopted as an id: an unknown or expired id gets a fresh, unguessable one.
   */
  conversation(requested?: string): string {
    this.expire();
    if (requested && this.conversations.has(requested)) {
      this.touch(requested);
      return requested;
    }
    const id = unguessableId();
    this.conversations.set(id, { byValue: new Map(), byPlaceholder: new Map(), counters: new Map(), expires: 0 });
    this.touch(id);
    this.bound(this.conversations);
    return id;
  }

  /**
   * The text with each entity replaced by its placeholder (markings and user terms stay), and
   * placeholder-shaped caller text neutralised. `placeholders` lists what this text carries.
   */
  pseudonymize(
    conversation: string,
    text: string,
    entities: Entity[],
  ): { text: string; replaced: number; placeholders: Map<string, string> } {
    const mapping = this.conversations.get(conversation);
    if (!mapping) throw new InputError('pseudonymization: unknown conversation (ask for one with conversation())');
    this.touch(conversation);
    let out = '';
    let pos = 0;
    let replaced = 0;
    const placeholders = new Map<string, string>();
    for (const e of [...entities].sort((a, b) => a.start - b.start)) {
      if (e.start < pos || KEPT_IN_CLEAR.has(e.type)) continue;
      const value = text.slice(e.start, e.end);
      let placeholder = mapping.byValue.get(value);
      if (!placeholder) {
        const n = (mapping.counters.get(e.type) ?? 0) + 1;
        mapping.counters.set(e.type, n);
        placeholder = `<${e.type}_${n}>`;
        mapping.byValue.set(value, placeholder);
        mapping.byPlaceholder.set(placeholder, value);
      }
      placeholders.set(placeholder, value);
      out += neutralisePlaceholders(text.slice(pos, e.start)) + placeholder;
      pos = e.end;
      replaced++;
    }
    return { text: out + neutralisePlaceholders(text.slice(pos)), replaced, placeholders };
  }

  /**
   * Pseudonymizes every text one call sends out, and returns the token that restores that call's
   * answer (see {@link restore}).
   */
  pseudonymizeCall(
    conversation: string,
    texts: string[],
    findings: Entity[][],
  ): { texts: string[]; replaced: number; token: string } {
    const issued = new Map<string, string>();
    let replaced = 0;
    const out = texts.map((text, i) => {
      const one = this.pseudonymize(conversation, text, findings[i] ?? []);
      replaced += one.replaced;
      for (const [placeholder, value] of one.placeholders) issued.set(placeholder, value);
      return one.text;
    });
    return { texts: out, replaced, token: this.issue(issued) };
  }

  /** Records what one call sent out; the returned token (opaque, unguessable) restores that call's answer. */
  issue(placeholders: Map<string, string>): string {
    this.expire();
    const token = unguessableId();
    this.calls.set(token, { values: new Map(placeholders), expires: Date.now() + this.ttlMs });
    this.bound(this.calls);
    return token;
  }

  /**
   * Puts the original values back where the answer repeats a placeholder the call behind `token`
   * sent out; any other placeholder-like text stays as it is. A token restores one answer.
   */
  restore(token: string, text: string): string {
    this.expire();
    const call = this.calls.get(token);
    if (!call) return text;
    this.calls.delete(token);
    return text.replace(/<[A-Z_]+_\d+>/g, (m) => call.values.get(m) ?? m);
  }

  /** Drops the conversation here and, with a shared store, there too. */
  async forget(conversation: string): Promise<void> {
    this.conversations.delete(conversation);
    await this.shared?.forget(conversation);
  }

  private touch(conversation: string): void {
    const m = this.conversations.get(conversation);
    if (!m) return;
    // Re-inserted so the map's order is least recently used first.
    this.conversations.delete(conversation);
    m.expires = Date.now() + this.ttlMs;
    this.conversations.set(conversation, m);
  }

  private expire(): void {
    const now = Date.now();
    for (const map of [this.conversations, this.calls] as Map<string, { expires: number }>[])
      for (const [key, m] of map) if (m.expires < now) map.delete(key);
  }

  private bound(map: Map<string, unknown>): void {
    for (const key of map.keys()) {
      if (map.size <= this.maxEntries) break;
      map.delete(key);
    }
  }
}
