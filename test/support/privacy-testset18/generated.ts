import type { Kind } from './common.js';
import { statusFeed, releaseNotes } from './kind-clean.js';
import { accessLog, auditJsonl } from './kind-logs.js';
import { eml, htmlMail } from './kind-mail.js';
import { gitLog, ldif, slackExport, spreadsheetMl, wikiTable } from './kind-office.js';
import { ticketJson, ticketXml } from './kind-tickets.js';
import { srt, webvtt } from './kind-transcripts.js';
import { People } from './people.js';
import { Xoroshiro64 } from './random.js';

/**
 * Set 18's generated half: machine formats of IT and messaging systems as a RAG ingest receives
 * them, thirteen kinds with personal data and two without, taken in turn so that each kind gets
 * count / 15 documents and alternates its language.
 */
export const KINDS: readonly [string, Kind][] = [
  ['helpdesk ticket JSON export', ticketJson],
  ['helpdesk ticket XML export', ticketXml],
  ['MIME e-mail (multipart/alternative, quoted-printable)', eml],
  ['HTML e-mail body with character entities', htmlMail],
  ['WebVTT call transcript with voice tags', webvtt],
  ['SRT broadcast subtitles with speaker tags', srt],
  ['web server access log (combined format)', accessLog],
  ['CRM audit trail as JSON lines', auditJsonl],
  ['SpreadsheetML workbook', spreadsheetMl],
  ['wiki page with Markdown tables', wikiTable],
  ['LDAP directory export (LDIF)', ldif],
  ['team chat export (Slack-style JSON)', slackExport],
  ['git history with trailers', gitLog],
  ['status page Atom feed (no personal data)', statusFeed],
  ['release notes in Markdown (no personal data)', releaseNotes],
];

export interface GeneratedDocument {
  lang: 'de' | 'en';
  kind: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

export function generated(count: number, seed: number): GeneratedDocument[] {
  const rng = new Xoroshiro64(seed);
  const people = new People(rng);
  const out: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, make] = KINDS[i % KINDS.length];
    const round = Math.floor(i / KINDS.length);
    const lang = ((i % KINDS.length) + round) % 2 === 0 ? 'de' : 'en';
    out.push({ lang, kind, ...make({ rng, people, lang }).render() });
  }
  return out;
}
