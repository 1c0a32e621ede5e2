import { PrivacyScanner } from '../nodes/core/privacy/detect.js';
import { privacyCorpus } from '../test/support/privacy-corpus.js';
import { percentile, round } from './support.js';

/** Ordinary business prose without personal data, German and English, between the labelled texts. */
const PROSE = [
  'Die Lieferung erfolgt in der nächsten Woche, sofern keine weiteren Verzögerungen im Lager auftreten. Bitte beachten Sie die geänderten Öffnungszeiten zwischen den Feiertagen.',
  'We expect the migration to finish before the end of the quarter, after which the old system will be retired and all reports will come from the new platform.',
  'Im dritten Quartal stieg der Umsatz um 4,2 Prozent auf 12,8 Millionen Euro; die Marge blieb mit 18 Prozent stabil. Für 2027 planen wir zwei neue Standorte.',
  'The committee reviewed 14 proposals and approved 9 of them; the remaining five will be revised and submitted again in March with updated cost estimates.',
  'Für die Installation werden mindestens 16 GB Arbeitsspeicher und 50 GB freier Speicherplatz benötigt. Ältere Versionen vor 3.2 werden nicht mehr unterstützt.',
  'Our support team answers tickets within one business day. Urgent incidents affecting production are handled around the clock by the on-call engineers.',
];

/**
 * A labelled text as an evader writes it (every second one): zero-width spaces between digits,
 * no-break spaces between words, a full-width "@". Such text takes the normaliser's slow path.
 */
const evasive = (text: string, i: number) =>
  i % 2 === 0
    ? text
    : text
        .replace(/(\d)(?=\d)/g, '$1\u200b')
        .replace(/ /g, '\u00a0')
        .replace('@', '＠');

/**
 * Documents of about 4 KiB: labelled texts (dense with personal data and look-alikes), each
 * followed by `prosePerText` paragraphs of ordinary prose; `evasively` writes half the labelled texts evasively.
 */
export function documents(targetBytes: number, prosePerText: number, evasively = false): string[] {
  const corpus = privacyCorpus();
  const docs: string[] = [];
  let doc = '';
  let total = 0;
  for (let i = 0; total < targetBytes; i++) {
    const text = corpus[i % corpus.length].text;
    doc += `${evasively ? evasive(text, i) : text}\n`;
    for (let p = 0; p < prosePerText; p++) doc += `${PROSE[(i + p) % PROSE.length]}\n`;
    doc += '\n';
    if (doc.length >= 4096) {
      docs.push(doc);
      total += Buffer.byteLength(doc);
      doc = '';
    }
  }
  return docs;
}

/**
 * The same text, one pass of one compiled regular expression: the candidate shapes of the detected
 * types in one alternation, with no validation, context or overlap handling. What a regex-only
 * scanner costs, measured in the same run.
 */
const SINGLE_PASS =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()./-]{5,}\d|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}|\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:Herr|Frau|Dr\.|Mr\.|Mrs\.|Ms\.|Dear)\s+[A-ZÄÖÜ][a-zäöüß]+|\b(?:geboren|born)\b/g;

/** Milliseconds for one pass over all documents; the sum keeps the work from being optimised away. */
function timePass(docs: string[], pass: (text: string) => number): number {
  const t = process.hrtime.bigint();
  let sink = 0;
  for (const d of docs) sink += pass(d);
  if (sink < 0) throw new Error('unreachable');
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function singleRegexPass(text: string): number {
  let n = 0;
  SINGLE_PASS.lastIndex = 0;
  while (SINGLE_PASS.exec(text)) n++;
  return n;
}

function measure(docs: string[], scanner: PrivacyScanner): Record<string, number> {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const scanPass = (text: string) => scanner.scan(text).length;
  // Two warm-up passes each, then interleaved rounds, so both see the same machine state.
  for (let r = 0; r < 2; r++) {
    timePass(docs, scanPass);
    timePass(docs, singleRegexPass);
  }
  const scan: number[] = [];
  const regex: number[] = [];
  for (let r = 0; r < 7; r++) {
    scan.push(timePass(docs, scanPass));
    regex.push(timePass(docs, singleRegexPass));
  }
  const scanMs = percentile(scan, 50);
  const regexMs = percentile(regex, 50);
  const entities = docs.reduce((n, d) => n + scanPass(d), 0);
  return {
    megabytes: round(bytes / 1e6),
    bytesPerEntity: Math.round(bytes / entities),
    scanMsMedian: round(scanMs),
    singleRegexPassMsMedian: round(regexMs),
    scanMBPerSecond: round(bytes / 1e6 / (scanMs / 1000), 1),
    singleRegexPassMBPerSecond: round(bytes / 1e6 / (regexMs / 1000), 1),
    ratioScanToSingleRegexPass: round(scanMs / regexMs),
  };
}

/**
 * Scan throughput on one core (this thread), German and English documents of about 4 KiB, at two
 * densities of personal data: "mixed" (a labelled text, then two paragraphs of prose: an entity
 * every few hundred bytes, more than business letters carry) and "dense" (one paragraph); and
 * "mixedEvasive", the mixed documents with half the labelled texts written evasively (the
 * normaliser's slow path; for information, no goal).
 */
export function benchPrivacyScan(): Record<string, unknown> {
  const scanner = new PrivacyScanner();
  return {
    mixed: measure(documents(8 * 1024 * 1024, 2), scanner),
    dense: measure(documents(8 * 1024 * 1024, 1), scanner),
    mixedEvasive: measure(documents(8 * 1024 * 1024, 2, true), scanner),
    goals: 'mixed text: at most 5x the single pass, at least 50 MB/s on one core',
  };
}
