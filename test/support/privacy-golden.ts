import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';
import { documents } from '../../bench/privacy-scan.js';
import { ADVERSARIAL_CASES, ADVERSARIAL_LOOKALIKES } from './adversarial-corpus.js';
import { privacyCorpus } from './privacy-corpus.js';
import { privacyDevset } from './privacy-devset.js';
import { privacyTestSet } from './privacy-testset/index.js';
import { privacyTestSet2 } from './privacy-testset2/index.js';
import { privacyTestSet3 } from './privacy-testset3/index.js';
import { privacyTestSet4 } from './privacy-testset4/index.js';
import { privacyTestSet5 } from './privacy-testset5/index.js';
import { privacyTestSet6 } from './privacy-testset6/index.js';
import { privacyTestSet7 } from './privacy-testset7/index.js';
import { privacyTestSet8 } from './privacy-testset8/index.js';
import { privacyTestSet9 } from './privacy-testset9/index.js';
import { privacyTestSet10 } from './privacy-testset10/index.js';
import { privacyTestSet11 } from './privacy-testset11/index.js';
import { privacyTestSet12 } from './privacy-testset12/index.js';
import { privacyTestSet13 } from './privacy-testset13/index.js';
import { privacyTestSet14 } from './privacy-testset14/index.js';
import { privacyTestSet15 } from './privacy-testset15/index.js';
import { privacyTestSet16 } from './privacy-testset16/index.js';
import { privacyTestSet17 } from './privacy-testset17/index.js';
import { privacyTestSet18 } from './privacy-testset18/index.js';
import { privacyTestSet19 } from './privacy-testset19/index.js';
import { privacyTestSet20 } from './privacy-testset20/index.js';
import { privacyTestSet21 } from './privacy-testset21/index.js';
import { privacyTestSet22 } from './privacy-testset22/index.js';
import { privacyTestSet23 } from './privacy-testset23/index.js';
import { privacyTestSet24 } from './privacy-testset24/index.js';
import { privacyTestSet25 } from './privacy-testset25/index.js';
import { privacyTestSet26 } from './privacy-testset26/index.js';
import './pin-labelled-year.js';

/**
 * Fingerprints of what the privacy scan finds, per corpus: a sha256 of the canonical JSON of every
 * finding (all its fields) of every text. For whoever changes how the scan works but not what it
 * finds: record the hashes before (`node dist/test/support/privacy-golden.js > before.txt`), compare
 * after; any difference is a change in detection. The hashes are not committed: they are derived
 * from the code under test, and the held-out test sets must not be scored by a committed file.
 */

/**
 * String literals (and template literals without substitutions) in the privacy tests, per file: the
 * probe texts they scan. Per file, so that a new test file adds a line and leaves the others comparable.
 */
function literalsByFile(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    if (!name.endsWith('.ts')) continue;
    const file = join(dir, name);
    const texts: string[] = [];
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    out[`literals:${file}`] = texts;
  }
  return out;
}

/** The texts each corpus holds (a scan of each is hashed in order). */
function corpora(): Record<string, string[]> {
  return {
    devCorpus: privacyCorpus().map((t) => t.text),
    devset: privacyDevset().map((t) => t.text),
    testSet1: privacyTestSet().map((d) => d.text),
    testSet2: privacyTestSet2().map((d) => d.text),
    testSet3: privacyTestSet3().map((d) => d.text),
    testSet4: privacyTestSet4().map((d) => d.text),
    testSet5: privacyTestSet5().map((d) => d.text),
    testSet6: privacyTestSet6().map((d) => d.text),
    testSet7: privacyTestSet7().map((d) => d.text),
    testSet8: privacyTestSet8().map((d) => d.text),
    testSet9: privacyTestSet9().map((d) => d.text),
    testSet10: privacyTestSet10().map((d) => d.text),
    testSet11: privacyTestSet11().map((d) => d.text),
    testSet12: privacyTestSet12().map((d) => d.text),
    testSet13: privacyTestSet13().map((d) => d.text),
    testSet14: privacyTestSet14().map((d) => d.text),
    testSet15: privacyTestSet15().map((d) => d.text),
    testSet16: privacyTestSet16().map((d) => d.text),
    testSet17: privacyTestSet17().map((d) => d.text),
    testSet18: privacyTestSet18().map((d) => d.text),
    testSet19: privacyTestSet19().map((d) => d.text),
    testSet20: privacyTestSet20().map((d) => d.text),
    testSet21: privacyTestSet21().map((d) => d.text),
    testSet22: privacyTestSet22().map((d) => d.text),
    testSet23: privacyTestSet23().map((d) => d.text),
    testSet24: privacyTestSet24().map((d) => d.text),
    testSet25: privacyTestSet25().map((d) => d.text),
    testSet26: privacyTestSet26().map((d) => d.text),
    adversarial: [...ADVERSARIAL_CASES, ...ADVERSARIAL_LOOKALIKES].map((c) => c.text),
    benchMixed: documents(8 * 1024 * 1024, 2),
    benchDense: documents(8 * 1024 * 1024, 1),
    benchMixedEvasive: documents(8 * 1024 * 1024, 2, true),
    ...literalsByFile('test/core/privacy'),
  };
}

/** Canonical JSON: object keys sorted, so the hash depends on the findings, not on field order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function hashOf(scanner: PrivacyScanner, texts: string[]): { texts: number; findings: number; sha256: string } {
  const hash = createHash('sha256');
  let findings = 0;
  for (const text of texts) {
    const found = scanner.scan(text).map((e) => ({ ...e, value: text.slice(e.start, e.end) }));
    findings += found.length;
    hash.update(canonical(found));
    hash.update('\n');
  }
  return { texts: texts.length, findings, sha256: hash.digest('hex') };
}

/** One line per corpus and scanner: the default scanner, and one with custom terms and patterns. */
export function privacyGolden(): string[] {
  const scanners: Record<string, PrivacyScanner> = {
    default: new PrivacyScanner(),
    custom: new PrivacyScanner({
      minScore: 0.3,
      custom: [{ terms: ['Projekt Falke', 'Orion'], patterns: ['KD-\\d{6}', 'm[üu]ller'], level: 'confidential' }],
    }),
  };
  const lines: string[] = [];
  for (const [corpus, texts] of Object.entries(corpora()))
    for (const [name, scanner] of Object.entries(scanners)) {
      const { texts: n, findings, sha256 } = hashOf(scanner, texts);
      lines.push(`${corpus}\t${name}\ttexts=${n}\tfindings=${findings}\t${sha256}`);
    }
  return lines;
}

if (process.argv[1]?.endsWith('privacy-golden.js')) for (const line of privacyGolden()) console.log(line);
