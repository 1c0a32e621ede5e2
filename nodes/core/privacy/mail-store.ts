import { htmlSourcePieces } from './html-source.js';
import {
  decodeJson,
  decodeXml,
  firstEndingAfter,
  insideRanges,
  mergedRanges,
  overlapsRanges,
  type Emit,
  type MarkupReading,
  type TextPiece,
} from './markup-text-view.js';
import { roleDisplayName } from './role-mailboxes.js';

/**
 * A mail store as an ingest meets it: an Outlook .msg stream listing (`__substg1.0_0C1A001F  PidTagSenderName = "…"`),
 * a PST property dump (`PidTagBody (0x1000001F, PT_UNICODE): "…"`, `PidTagDisplayName="…"; PidTagSmtpAddress="…"`),
 * an mboxrd file (`From ` envelope lines, `>From ` quoting) and Exchange Web Services GetItem XML (`<t:Mailbox>`,
 * a `<t:Body>` of entity-escaped HTML). The reading is the mail as its reader sees it: a property's string is a
 * labelled line ("Sender Name: …"), its C escapes decoded inside the piece (a body's `\r\n` ends a line of the view,
 * so a signature's name stands on a line of its own); an EWS body's HTML is read by html-source.ts's reader.
 *
 * The mail's OWN parts are markup, not values, and neither the view nor the document as written keeps their findings:
 * the property names and stream ids; message ids (RFC 5322 §3.6.4 msg-id: Message-ID, In-Reply-To, References,
 * Content-ID, PidTagInternetMessageId, `<t:InternetMessageId>`: an id shaped like an address is no one's address),
 * Thread-Index, DKIM/ARC signatures, MIME boundaries; a relay's IP in a trace field (RFC 5321 §4.4 `Received: from
 * HOST (TCP-info)`) where the line names the relay host by a domain name. An IP given for a client without a name
 * (`from [192.0.2.7]`, `(unknown [IP])`) and X-Originating-IP / X-Forwarded-For / Client-IP stay the user's. An
 * organisation's desk beside its role mailbox ("Support Team" beside `support@…`: role-mailboxes.ts
 * `roleDisplayName`) is the organisation's, name and mailbox; a person's name beside a role mailbox stays a person's.
 */

/** What only a mail store writes: .msg stream names, MAPI property names, EWS elements (plain searches: every text pays them). */
const STORE_MARKS = ['__substg1.0_', 'PidTag', '<t:Message', 'GetItemResponse'];
/** An mbox envelope line ("From sender date") with a header line right after it. */
const MBOX_ENVELOPE = /^From [^\s]{1,254} [^\n]{0,80}\d\n[\w-]{1,60}:/m;

type Kind = 'c' | 'xml' | 'html' | 'none';

/** A property with a quoted string value: `PidTagX = "…"`, `PidTagX (0x…, PT_UNICODE): "…"`, `PidTagX="…"`. */
const PROPERTY_STRING = /PidTag(\w{1,60})(?:[ \t]*\([^()\n"]{0,80}\))?[ \t]*[=:][ \t]*"((?:[^"\\\n]|\\.)*)"/g;
/** The format's own names: property tags, stream names, property ids and types. */
const OWN_NAMES =
  /PidTag\w{1,60}|__\w{1,40}_version1\.0\S{0,40}|__substg1\.0_[0-9A-Fa-f]{1,8}|\b0x[0-9A-Fa-f]{4,8}\b|\bPT_\w{1,20}/g;
/** A message id's field and its ids (References lists several): RFC 5322 §3.6.4. */
const MESSAGE_ID_FIELD =
  /\b(?:Message-ID|In-Reply-To|References|Content-ID|Resent-Message-ID|X-MS-Exchange-Parent-Message-Id)[ \t]*:[ \t]*((?:<[^<>\s"\\]{1,250}>[ \t,]*){1,50})/gi;
/** A message id in its element or property: `<t:InternetMessageId>&lt;…&gt;`, `PidTagInternetMessageId = "<…>"`. */
const MESSAGE_ID_ELEMENT =
  /<t:(?:InternetMessageId|InReplyTo|References)>([^<]{1,2000})<|PidTag(?:InternetMessageId|InReplyToId|InternetReferences)[^"\n]{0,80}"([^"\n]{1,2000})"/g;
/** Header fields that are the mail system's own signatures and ids (DKIM, ARC, Thread-Index), to the line's end. */
const OWN_HEADER =
  /^(?:DKIM-Signature|ARC-Seal|ARC-Message-Signature|ARC-Authentication-Results|Thread-Index|X-Google-DKIM-Signature)[ \t]*:[^\n]*(?:\n[ \t][^\n]*){0,60}/gim;
/** A MIME boundary's parameter and its delimiter lines. */
const BOUNDARY = /boundary="?([^"\s;]{1,200})"?/gi;
/**
 * RFC 5321 §4.4 trace: `from` (or `by`) a host named by a domain name, then its TCP-info in parentheses; the IPs
 * there are the named relay's. A bracketed literal or "unknown" is a client without a name: not matched.
 */
const RELAY =
  /\b(?:from|by)[ \t]+([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,10})[ \t]+\(([^()\n\\]{1,200})\)/g;
/** A trace field's start, its end (a line break not followed by folding white space, as written or C-escaped). */
const RECEIVED = /(?<![\w-])Received[ \t]*:/gi;
const RECEIVED_END = /\n(?![ \t])|\\r\\n(?![ \t]|\\t)|\\n(?![ \t]|\\t)|"/;
const MAX_TRACE_FIELD = 2000;
/** Host or TCP-info names of a subscriber's line or a person's own machine (dial-up pools, home routers, .local). */
const CLIENT_HOST =
  /(?:^|[.\s(-])(?:dip\d*|dyn|dynamic|dynip|pool|dsl|adsl|vdsl|cable|customer|cust|ppp|pppoe|dialup|dial|broadband|residential|home|client|fritz|speedport|local|lan|localdomain)(?=$|[.\s)\]-])/i;
/**
 * Whether a message id's `local@domain` is a mail system's (digits in a token of its own, "574530.2344AB", "CAKx7…"),
 * not a person's mailbox written as one ("anna.berg", "jan_k1990"): a name-like local part keeps the value, privacy first.
 */
function machineId(id: string): boolean {
  const at = id.lastIndexOf('@');
  const local = at === -1 ? id : id.slice(0, at);
  return !/^\p{L}+(?:[._+-]\p{L}+)*\d{0,4}$/u.test(local);
}
const IP_IN_INFO = /\[?(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]{2,39}:[0-9A-Fa-f]{1,4}|IPv6:[0-9A-Fa-f:.]{2,45})\]?/g;
/** The display-name properties and elements, and the mailbox values that can stand beside them. */
const DISPLAY_NAME =
  /PidTag(?:DisplayName|SenderName|SentRepresentingName|DisplayTo|DisplayCc|ReceivedByName|ReceivedRepresentingName)\b[^"\n]{0,80}"([^"\\\n]{1,200})"|<t:Name>([^<\n]{1,200})<\/t:Name>|^(?:From|To|Cc|Reply-To|Sender)[ \t]*:[ \t]*"?([^"<>\n,]{1,100}?)"?[ \t]*(?=<[^<>\s]{1,254}>)/gm;
const MAILBOX = /[^\s"<>;@]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/g;
/** At most this many distinct names and mailboxes are paired (a hostile text's thousands are read as written). */
const MAX_PAIRS = 200;
/** Properties whose value is a text of its own (a body, a header block): read without a label. */
const UNLABELLED = /^(?:Body|BodyHtml|Html|TransportMessageHeaders|RtfCompressed)$/;
const EWS_TEXT = /<(?:t:|m:)?(\w{1,60})(?:[ \t][^<>]{0,2000})?>([^<]+)<\//g;

export function mailStorePieces(text: string): MarkupReading | undefined {
  const store = STORE_MARKS.some((mark) => text.includes(mark));
  const mbox = !store && (text.startsWith('From ') || text.includes('\nFrom ')) && MBOX_ENVELOPE.test(text);
  if (!store && !mbox) return undefined;
  const own = ownRanges(text);
  const isOwn = insideRanges(own);
  const kinds = new Map<number, Kind>();
  const htmlPieces = new Map<number, { chars: { ch: string; from: number; to: number }[] }>();
  const pieces: TextPiece[] = [];
  const taken: { start: number; end: number }[] = [];
  let key = 0;
  const add = (start: number, end: number, kind: Kind, line: string, before?: string) => {
    // A piece never holds an own part: cut around them (the view's line reads on without it).
    let at = start;
    let first = true;
    for (let i = firstEndingAfter(own, start); i < own.length && own[i].start < end; i++) {
      const o = own[i];
      if (o.start > at) push(at, o.start);
      at = Math.max(at, o.end);
    }
    if (at < end) push(at, end);
    taken.push({ start, end });
    function push(s: number, e: number) {
      if (!/\S/.test(text.slice(s, e))) return;
      kinds.set(s, kind);
      pieces.push({ start: s, end: e, line, before: first ? before : undefined });
      first = false;
    }
  };
  for (const m of text.matchAll(PROPERTY_STRING)) {
    const start = m.index + m[0].length - 1 - m[2].length;
    const label = UNLABELLED.test(m[1]) ? '' : m[1].replace(/([a-z])([A-Z])/g, '$1 $2') + ': ';
    add(start, start + m[2].length, 'c', `p${key++}`, label);
  }
  const isXml = text.includes('<t:Message') || text.includes('GetItemResponse');
  if (isXml)
    for (const m of text.matchAll(EWS_TEXT)) {
      const start = m.index + m[0].length - 2 - m[2].length;
      if (!/\S/.test(m[2])) continue;
      if (m[1] === 'Body' && /^\s*&lt;/.test(m[2])) {
        readHtmlBody(text, start, start + m[2].length, `b${key++}`);
        continue;
      }
      add(start, start + m[2].length, 'xml', `x${key++}`);
    }
  // Every other line as written: an mbox's headers and body, a listing's body lines after its tree and "| " prefix.
  const read = overlapsRanges(mergedRanges(taken));
  if (!isXml)
    for (let from = 0; from < text.length;) {
      let to = text.indexOf('\n', from);
      if (to === -1) to = text.length;
      let s = from;
      // mboxrd quotes a body's "From " line as ">From " (and ">>From " as ">>>From "): one ">" is the format's.
      if (/^>+From /.test(text.slice(s, s + 80))) s++;
      const prefix = /^[│├└─|\t ]*(?:\| ?)?/.exec(text.slice(s, Math.min(to, s + 80)));
      if (prefix && /[│├└|]/.test(prefix[0])) s += prefix[0].length;
      if (s < to && !read(from, to)) add(s, to, 'none', `l${key++}`);
      from = to + 1;
    }
  pieces.sort((a, b) => a.start - b.start);

  function readHtmlBody(t: string, start: number, end: number, line: string) {
    // Once decoded (the XML's entities), the body is an HTML page: html-source.ts reads its pieces.
    const chars: { ch: string; from: number; to: number }[] = [];
    decodeXml(t, start, end, (ch, from, to) => chars.push({ ch, from, to }));
    const html = chars.map((c) => c.ch).join('');
    const reading = htmlSourcePieces(html);
    if (!reading || typeof reading.escapes !== 'function') {
      add(start, end, 'xml', line);
      return;
    }
    taken.push({ start, end });
    const decode = reading.escapes;
    const lineKeys = new Map<string, boolean>();
    for (const p of reading.pieces) {
      if (p.end <= p.start) continue;
      const rawStart = chars[p.start].from;
      const rawEnd = chars[p.end - 1].to;
      if (isOwn(rawStart, rawEnd)) continue;
      const fresh = !lineKeys.has(p.line);
      lineKeys.set(p.line, true);
      htmlPieces.set(rawStart, { chars: [] });
      const inner: { ch: string; from: number; to: number }[] = [];
      decode(html, p.start, p.end, (ch, from, to) => inner.push({ ch, from: chars[from].from, to: chars[to - 1].to }));
      htmlPieces.get(rawStart)!.chars = inner;
      kinds.set(rawStart, 'html');
      pieces.push({
        start: rawStart,
        end: rawEnd,
        line: `${line}.${p.line}`,
        before: fresh ? p.before : (p.before ?? reading.joiner ?? ''),
      });
    }
  }

  return {
    pieces,
    escapes: (t: string, start: number, end: number, emit: Emit) => {
      const kind = kinds.get(start) ?? 'none';
      if (kind === 'html') {
        for (const c of htmlPieces.get(start)?.chars ?? []) emit(c.ch, c.from, c.to);
      } else if (kind === 'c') decodeC(t, start, end, emit);
      else if (kind === 'xml') decodeXml(t, start, end, emit);
      else for (let i = start; i < end; i++) emit(t[i], i, i + 1);
    },
    joiner: '',
    ownValuesAt: isOwn,
  };
}

/** A C-escaped string: `\r\n` one line break (the "\r" is no character of the view), `\"`, `\\`, `\t`, `\uXXXX`. */
function decodeC(text: string, start: number, end: number, emit: Emit): void {
  decodeJson(text, start, end, (ch, from, to) => {
    if (ch === '\r' && text.startsWith('\\n', to)) return;
    emit(ch === '\r' ? '\n' : ch, from, to);
  });
}

/** The mail's own parts, sorted and disjoint: names of the format, message ids, signatures, relays, desks. */
function ownRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const span = (start: number, length: number) => out.push({ start, end: start + length });
  for (const m of text.matchAll(OWN_NAMES)) span(m.index, m[0].length);
  for (const m of text.matchAll(MESSAGE_ID_FIELD)) {
    const at = m.index + m[0].length - m[1].length;
    for (const id of m[1].matchAll(/<([^<>]{1,250})>/g)) if (machineId(id[1])) span(at + id.index, id[0].length);
  }
  for (const m of text.matchAll(MESSAGE_ID_ELEMENT)) {
    const v = m[1] ?? m[2];
    if (!machineId(v.replace(/^(?:<|&lt;)|(?:>|&gt;)$/g, ''))) continue;
    span(m.index + m[0].indexOf(v, m[0].indexOf(m[1] !== undefined ? '>' : '"')), v.length);
  }
  for (const m of text.matchAll(OWN_HEADER)) span(m.index, m[0].length);
  for (const m of text.matchAll(BOUNDARY)) {
    span(m.index, m[0].length);
    for (let at = text.indexOf('--' + m[1]); at !== -1; at = text.indexOf('--' + m[1], at + 2))
      span(at, m[1].length + 4);
  }
  for (const r of text.matchAll(RECEIVED)) {
    // Only inside a Received field, to its unfolded line's end: "from home.example (IP)" in prose is no trace field.
    const field = text.slice(r.index, Math.min(text.length, r.index + MAX_TRACE_FIELD));
    const end = RECEIVED_END.exec(field)?.index ?? field.length;
    for (const m of field.slice(0, end).matchAll(RELAY)) {
      if (/^\d+(?:\.\d+){3}$/.test(m[1]) || /\bunknown\b/i.test(m[2])) continue;
      // A client's own machine or a subscriber line named in the trace is a person's connection.
      if (CLIENT_HOST.test(m[1]) || CLIENT_HOST.test(m[2])) continue;
      const infoStart = r.index + m.index + m[0].length - 1 - m[2].length;
      for (const ip of m[2].matchAll(IP_IN_INFO)) if (/\d/.test(ip[0])) span(infoStart + ip.index, ip[0].length);
    }
  }
  // A desk's name and its role mailbox: the desk's name wherever it is written beside a mailbox of the mail.
  const addresses = new Set<string>();
  for (const m of text.matchAll(MAILBOX)) if (addresses.size < MAX_PAIRS) addresses.add(m[0]);
  const desks = new Map<string, string | undefined>();
  for (const m of text.matchAll(DISPLAY_NAME)) {
    const name = m[1] ?? m[2] ?? m[3];
    const nameStart = m.index + (m[1] !== undefined ? m[0].length - 1 - name.length : m[0].indexOf(name));
    if (!desks.has(name))
      desks.set(name, desks.size < MAX_PAIRS ? [...addresses].find((a) => roleDisplayName(name, a)) : undefined);
    const address = desks.get(name);
    if (!address) continue;
    span(nameStart, name.length);
  }
  const deskAddresses = new Set([...desks.values()].filter((a) => a !== undefined));
  for (const m of text.matchAll(MAILBOX)) if (deskAddresses.has(m[0])) span(m.index, m[0].length);
  return mergedRanges(out);
}
