import { createHash, timingSafeEqual } from 'node:crypto';
import type * as http from 'node:http';

/** What one endpoint accepts. */
export interface EndpointRule {
  /** Largest request body: bytes, or a size such as '256kb', '1mb'. Default '1mb'. */
  maxBody?: number | string;
  /**
   * Media types a request body may have. Default ['application/json']: a browser cannot send it
   * cross-origin without a CORS preflight, so other web pages cannot post into the flows.
   * 'text/*' or '*' widen it.
   */
  contentTypes?: string[];
  /** false: this endpoint answers without the token (e.g. a health check). Default true. */
  auth?: boolean;
}

export interface EndpointGuardOptions extends EndpointRule {
  /** When set, every endpoint (except those with auth: false) needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Rules per endpoint, keyed by the path of its `http in` node ('/ragwire/ingest'); a key ending in '*' is a prefix. */
  routes?: Record<string, EndpointRule>;
}

/** The request as an `http in` route sees it: Express adds route, body and _body. */
type GuardedRequest = http.IncomingMessage & { route?: { path?: unknown }; body?: unknown; _body?: boolean };
export type EndpointGuard = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: (err?: unknown) => void,
) => void;

export const DEFAULT_MAX_BODY = '1mb';
const DEFAULT_TYPES = ['application/json'];
const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** Bytes of a size such as 1048576, '512kb', '1 MB'. */
export function parseSize(size: number | string, field = 'maxBody'): number {
  if (typeof size === 'number' && Number.isInteger(size) && size > 0) return size;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(String(size));
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]) : NaN;
  if (!(bytes > 0)) throw new RangeError(`${field}: expected a size such as 1048576, '512kb' or '1mb', got ${size}`);
  return bytes;
}

function readableSize(bytes: number): string {
  if (bytes >= UNITS.mb && bytes % UNITS.kb === 0) return `${+(bytes / UNITS.mb).toFixed(1)} MB`;
  if (bytes >= UNITS.kb) return `${+(bytes / UNITS.kb).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

interface Rule {
  maxBody: number;
  contentTypes: string[];
  auth: boolean;
}

const RULE_KEYS = ['maxBody', 'contentTypes', 'auth'];

/** A misspelt setting ("maxbody") would silently keep the default: name it instead. */
function checkKeys(options: object, allowed: string[], where: string): void {
  const unknown = Object.keys(options).filter((k) => !allowed.includes(k));
  if (unknown.length)
    throw new RangeError(`${where}${unknown[0]}: not an endpoint setting; expected one of ${allowed.join(', ')}`);
}

function resolveRule(base: EndpointRule, own: EndpointRule, where: string): Rule {
  checkKeys(own, RULE_KEYS, where);
  const merged = { ...base, ...own };
  const types: unknown = merged.contentTypes ?? DEFAULT_TYPES;
  if (!Array.isArray(types) || types.length === 0 || types.some((t) => typeof t !== 'string'))
    throw new RangeError(`${where}contentTypes: expected a list of media types such as ["application/json"]`);
  const contentTypes = types.map((t: string) => t.trim().toLowerCase());
  return {
    maxBody: parseSize(merged.maxBody ?? DEFAULT_MAX_BODY, `${where}maxBody`),
    contentTypes,
    auth: merged.auth !== false,
  };
}

function typeAllowed(type: string, allowed: string[]): boolean {
  return allowed.some(
    (a) => a === '*' || a === '*/*' || a === type || (a.endsWith('/*') && type.startsWith(a.slice(0, -1))),
  );
}

const isJson = (type: string) => type === 'application/json' || type.endsWith('+json');

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * Answers `status` with `{"error": ...}`. A body still unread is thrown away as it arrives and the
 * connection closes after the answer, so a refused client cannot keep the server reading.
 */
function refuse(
  req: GuardedRequest,
  res: http.ServerResponse,
  status: number,
  error: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  const unread = !req._body && !req.readableEnded;
  res.writeHead(status, { 'content-type': 'application/json', ...(unread ? { connection: 'close' } : {}), ...headers });
  res.end(JSON.stringify({ error }));
  if (unread) req.resume();
}

/**
 * A guard for the HTTP endpoints of flows (`http in` nodes): a bearer token, the accepted content
 * types (JSON only by default) and a body size limit per endpoint. It reads the body itself, counting
 * bytes as they arrive, and answers 401/413/415/400 with a JSON `{"error": ...}` before anything
 * is buffered beyond the limit or parsed; what it accepts reaches the flow as Node-RED would give it
 * (JSON as an object). Use it as `httpNodeMiddleware` in Node-RED's settings.js; `ragwire start`
 * installs it.
 */
export function endpointGuard(options: EndpointGuardOptions = {}): EndpointGuard {
  checkKeys(options, [...RULE_KEYS, 'token', 'routes'], '');
  const base: EndpointRule = {
    maxBody: options.maxBody,
    contentTypes: options.contentTypes,
    auth: options.auth,
  };
  const fallback = resolveRule(base, {}, '');
  const exact = new Map<string, Rule>();
  const prefixes: [string, Rule][] = [];
  for (const [route, own] of Object.entries(options.routes ?? {})) {
    const rule = resolveRule(base, own, `routes["${route}"].`);
    if (route.endsWith('*')) prefixes.push([route.slice(0, -1), rule]);
    else exact.set(route, rule);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const token = options.token ? digest(options.token) : undefined;

  function ruleFor(req: GuardedRequest): Rule {
    const routePath = typeof req.route?.path === 'string' ? req.route.path : undefined;
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const p of [routePath, pathname]) {
      if (p === undefined) continue;
      const rule = exact.get(p) ?? prefixes.find(([prefix]) => p.startsWith(prefix))?.[1];
      if (rule) return rule;
    }
    return fallback;
  }

  return (request, res, next) => {
    const req = request as GuardedRequest;
    const rule = ruleFor(req);
    if (token && rule.auth) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      const challenge = { 'www-authenticate': 'Bearer realm="ragwire"' };
      if (!m)
        return refuse(
          req,
          res,
          401,
          'This endpoint needs a token: send the header "Authorization: Bearer <token>".',
          challenge,
        );
      if (!timingSafeEqual(digest(m[1]), token))
        return refuse(req, res, 401, 'The token is not valid for this endpoint.', challenge);
    }
    const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (!hasBody) return next();
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!typeAllowed(type, rule.contentTypes)) {
      return refuse(
        req,
        res,
        415,
        `This endpoint takes ${rule.contentTypes.join(' or ')} (the request was ${type || 'sent without a content type'}): send the header "Content-Type: ${rule.contentTypes[0]}".`,
      );
    }
    const tooLarge = () =>
      `The request body is larger than this endpoint takes (at most ${readableSize(rule.maxBody)}); send less, or raise the endpoint's maxBody.`;
    // A body some earlier step read already (Node-RED's "Don't parse the body" option): check its size only.
    if (req._body || req.readableEnded) {
      const size = Buffer.isBuffer(req.body) || typeof req.body === 'string' ? Buffer.byteLength(req.body) : 0;
      return size > rule.maxBody ? refuse(req, res, 413, tooLarge()) : next();
    }
    const declared = Number(req.headers['content-length']);
    if (declared > rule.maxBody) return refuse(req, res, 413, tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= rule.maxBody) return void chunks.push(chunk);
      settled = true;
      chunks.length = 0;
      req.off('data', onData);
      refuse(req, res, 413, tooLarge());
    };
    req.on('data', onData);
    req.once('error', (err) => {
      if (settled) return;
      settled = true;
      next(err);
    });
    req.once('end', () => {
      if (settled) return;
      settled = true;
      const body = Buffer.concat(chunks);
      if (isJson(type)) {
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(body);
        } catch {
          return refuse(req, res, 400, 'The request body is not valid UTF-8 text; JSON must be sent as UTF-8.');
        }
        try {
          req.body = JSON.parse(text);
        } catch (err) {
          return refuse(req, res, 400, `The request body is not valid JSON (${(err as Error).message}).`);
        }
      } else if (type === 'application/x-www-form-urlencoded') {
        req.body = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
      } else {
        req.body = type.startsWith('text/') ? body.toString('utf8') : body;
      }
      req._body = true; // Node-RED's own body parsers leave a read body alone
      next();
    });
  };
}
