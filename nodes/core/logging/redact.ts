/** What stands in a log line where a secret was. */
export const REDACTED = '[REDACTED]';

/**
 * Key names whose values are secrets, compared lower-cased without separators and by their end:
 * `apiKey`, `x-api-key`, `OPENAI_API_KEY`, `accessToken`, `client_secret`, `Authorization`,
 * `credentials`, `set-cookie`. Only whole words at the end: `maxTokens` or `tokenCount` are counts.
 */
const SECRET_KEY_ENDINGS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'authorization',
  'credential',
  'credentials',
  'cookie',
  'sessionid',
];

export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_KEY_ENDINGS.some((end) => k.endsWith(end));
}

const SECRET_WORD =
  'password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|cookie|session[_-]?id';

/**
 * Secrets as they appear in text: an HTTP authorization value, the password in a URL, a secret
 * key's value in `key=value`, `key: value` or JSON (`"apiKey":"…"`, `OPENAI_API_KEY=…`), and API
 * keys by their well-known shape (OpenAI's `sk-…`). Each match keeps what names the secret and
 * loses the value. Every run before a fixed part is bounded, so a long line costs linear time.
 */
const SECRET_IN_TEXT = new RegExp(
  [
    String.raw`(?<scheme>\b(?:Bearer|Basic|Token)\s+)[A-Za-z0-9._~+/=-]{16,}`,
    String.raw`(?<url>\b[a-z][a-z0-9+.-]{0,15}:\/\/[^\s:/@]{1,256}:)[^\s/@]{1,256}(?=@)`,
    String.raw`(?<pair>(?:${SECRET_WORD})"?[ \t]{0,8}[:=][ \t]{0,8}"?)[^\s",;&}]+`,
    String.raw`\bsk-[A-Za-z0-9_-]{16,}`,
  ].join('|'),
  'gi',
);

/** The text with the secrets SECRET_IN_TEXT recognises replaced by REDACTED. */
export function redactText(text: string): string {
  // A cheap test first: most log lines hold nothing that could be a secret.
  SECRET_IN_TEXT.lastIndex = 0;
  if (!SECRET_IN_TEXT.test(text)) return text;
  return text.replace(SECRET_IN_TEXT, (...args) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    return `${groups.scheme ?? groups.url ?? groups.pair ?? ''}${REDACTED}`;
  });
}

const MAX_DEPTH = 6;
const MAX_ITEMS = 100;

/**
 * A JSON-safe copy of a value logged as an object: secret-named keys redacted, secrets in strings
 * redacted, cycles, functions and deep or long structures cut (a logged msg may hold an HTTP
 * request with its socket).
 */
export function redactValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[Array]' : '[Object]';
  if (Buffer.isBuffer(value)) return `[Buffer ${value.length} bytes]`;
  if (value instanceof Date) return value.toISOString();
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const items = value.slice(0, MAX_ITEMS).map((v) => redactValue(v, depth + 1, seen) ?? null);
      if (value.length > MAX_ITEMS) items.push(`[${value.length - MAX_ITEMS} more]`);
      return items;
    }
    const out: Record<string, unknown> = {};
    let n = 0;
    for (const key of Object.keys(value)) {
      if (n++ === MAX_ITEMS) {
        out['…'] = 'more keys left out';
        break;
      }
      out[key] = isSecretKey(key) ? REDACTED : redactValue((value as Record<string, unknown>)[key], depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
