import { InputError } from '../../core/errors.js';
import { httpStatusOf } from './http-status.js';
import { privacyArea } from './privacy-area.js';
import type { Node, NodeMessage } from './types.js';

/** Node status text is short: the first clause of an error message, at most 40 characters. */
export function shortReason(err: unknown): string {
  const text = (err as Error)?.message ?? String(err);
  const first = text.split(/[:;]\s/).slice(-1)[0] ?? text;
  return first.length > 40 ? `${first.slice(0, 39)}…` : first;
}

/**
 * The error a Ragwire node reports: Node-RED gives Catch nodes (and so HTTP answers) `err.toString()`,
 * which puts the class name in front ("ModelError: ..."). This one reads as the sentence itself.
 */
export class FlowError extends Error {
  override toString(): string {
    return this.message;
  }
}

/** The message of err as a sentence ending with a full stop, without the error's class name. */
export function asSentence(err: unknown): string {
  const text = String((err as Error)?.message ?? err).trim() || 'Something went wrong';
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The one way a Ragwire node handles a message: blue status while working, green with a summary
 * when done, red with the reason on failure. Failures go to done(err) so Catch nodes see them,
 * with msg.statusCode set for flows exposed as HTTP endpoints, and msg.privacy set to the audit
 * record of a privacy block.
 */
export function handleInput(
  node: Node,
  working: string,
  work: (msg: NodeMessage, send: (msg: NodeMessage | (NodeMessage | null)[]) => void) => Promise<string>,
): void {
  node.on('input', (msg, send, done) => {
    node.status({ fill: 'blue', shape: 'dot', text: working });
    work(msg, (m) => send(m)).then(
      (summary) => {
        node.status({ fill: 'green', shape: 'dot', text: summary });
        done();
      },
      (err: unknown) => {
        node.status({ fill: 'red', shape: 'ring', text: shortReason(err) });
        msg.statusCode = httpStatusOf(err);
        if (err instanceof privacyArea().PrivacyBlockedError) msg.privacy = err.decision;
        done(new FlowError(asSentence(err)));
      },
    );
  });
}

/** A message property that may override a node setting, checked for its type. */
export function override<T>(
  msg: NodeMessage,
  key: string,
  fallback: T,
  check: (v: unknown) => v is T,
  expected: string,
): T {
  const value = msg[key];
  if (value === undefined || value === null || value === '') return fallback;
  if (!check(value)) throw new InputError(`msg.${key}: expected ${expected}, got ${JSON.stringify(value)}`);
  return value;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isPositiveInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
