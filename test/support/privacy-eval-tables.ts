import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivacyGuard } from '../../nodes/core/privacy/guard.js';
import { PEERS } from './privacy-peers.js';
import { scoreTable, type Scored, type Scores, type TypeScore } from './privacy-scoring.js';

/** Peer figures as `npm run eval:privacy -- --write` stores them (the peers are too slow for `npm test`). */
export interface PeerFigures {
  /** Which test set they were measured on (see testSetFingerprint). */
  testSet: string;
  peers: { name: string; perType: TypeScore[]; overall: TypeScore }[];
  /** The same for test set 2 (`privacy-testset2/`). */
  testSet2?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 3 (`privacy-testset3/`). */
  testSet3?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 4 (`privacy-testset4/`). */
  testSet4?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 5 (`privacy-testset5/`). */
  testSet5?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 6 (`privacy-testset6/`). */
  testSet6?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 7 (`privacy-testset7/`). */
  testSet7?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 8 (`privacy-testset8/`). */
  testSet8?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 9 (`privacy-testset9/`). */
  testSet9?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 10 (`privacy-testset10/`). */
  testSet10?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 11 (`privacy-testset11/`). */
  testSet11?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 12 (`privacy-testset12/`). */
  testSet12?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 13 (`privacy-testset13/`). */
  testSet13?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 14 (`privacy-testset14/`). */
  testSet14?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 15 (`privacy-testset15/`). */
  testSet15?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 16 (`privacy-testset16/`). */
  testSet16?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 17 (`privacy-testset17/`). */
  testSet17?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 18 (`privacy-testset18/`). */
  testSet18?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 19 (`privacy-testset19/`). */
  testSet19?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 20 (`privacy-testset20/`). */
  testSet20?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 21 (`privacy-testset21/`). */
  testSet21?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 22 (`privacy-testset22/`). */
  testSet22?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 23 (`privacy-testset23/`). */
  testSet23?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 24 (`privacy-testset24/`). */
  testSet24?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 25 (`privacy-testset25/`). */
  testSet25?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 26 (`privacy-testset26/`). */
  testSet26?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 27 (`privacy-testset27/`). */
  testSet27?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 28 (`privacy-testset28/`). */
  testSet28?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 29 (`privacy-testset29/`). */
  testSet29?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 30 (`privacy-testset30/`). */
  testSet30?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 31 (`privacy-testset31/`). */
  testSet31?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 32 (`privacy-testset32/`). */
  testSet32?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 33 (`privacy-testset33/`). */
  testSet33?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 34 (`privacy-testset34/`). */
  testSet34?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 35 (`privacy-testset35/`). */
  testSet35?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 36 (`privacy-testset36/`). */
  testSet36?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 37 (`privacy-testset37/`). */
  testSet37?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 38 (`privacy-testset38/`). */
  testSet38?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 39 (`privacy-testset39/`). */
  testSet39?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 40 (`privacy-testset40/`). */
  testSet40?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 41 (`privacy-testset41/`). */
  testSet41?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 42 (`privacy-testset42/`). */
  testSet42?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 43 (`privacy-testset43/`). */
  testSet43?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 44 (`privacy-testset44/`). */
  testSet44?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 45 (`privacy-testset45/`). */
  testSet45?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 46 (`privacy-testset46/`). */
  testSet46?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 47 (`privacy-testset47/`). */
  testSet47?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 48 (`privacy-testset48/`). */
  testSet48?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 49 (`privacy-testset49/`). */
  testSet49?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
  /** The same for held-out test set 50 (`privacy-testset50/`). */
  testSet50?: { testSet: string; peers: { name: string; perType: TypeScore[]; overall: TypeScore }[] };
}

/** The numbers of the test sets after the first, each with its own README block and cached peer figures. */
export type LaterSet =
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22
  | 23
  | 24
  | 25
  | 26
  | 27
  | 28
  | 29
  | 30
  | 31
  | 32
  | 33
  | 34
  | 35
  | 36
  | 37
  | 38
  | 39
  | 40
  | 41
  | 42
  | 43
  | 44
  | 45
  | 46
  | 47
  | 48
  | 49
  | 50;

export const PEER_FIGURES_FILE = 'test/support/privacy-peer-figures.json';

/** Changes whenever a text or label of the set changes: cached peer figures must be re-measured then. */
export function testSetFingerprint(docs: Scored[]): string {
  return createHash('sha256')
    .update(JSON.stringify(docs.map((d) => [d.text, d.entities])))
    .digest('hex')
    .slice(0, 16);
}

export interface DocumentFigures {
  personal: number;
  personalKeptLocal: number;
  other: number;
  otherKeptLocal: number;
}

/** Per document, under the default policy: does a document with personal data stay off the cloud? */
export function documentFigures(docs: Scored[], guard = new PrivacyGuard()): DocumentFigures {
  const f = { personal: 0, personalKeptLocal: 0, other: 0, otherKeptLocal: 0 };
  for (const d of docs) {
    const local = guard.decide({ question: d.text }).route !== 'cloud';
    if (d.entities.length > 0) {
      f.personal++;
      if (local) f.personalKeptLocal++;
    } else {
      f.other++;
      if (local) f.otherKeptLocal++;
    }
  }
  return f;
}

export function documentLine(f: DocumentFigures): string {
  return (
    `Documents with personal data kept local under the default policy: ${f.personalKeptLocal} of ${f.personal} ` +
    `(${((100 * f.personalKeptLocal) / f.personal).toFixed(1)}%); documents without personal data kept local: ` +
    `${f.otherKeptLocal} of ${f.other}.`
  );
}

const cell = (s: TypeScore | undefined) =>
  !s || s.predicted === 0 ? '–' : `${s.recall.toFixed(3)} / ${s.precision.toFixed(3)} / ${s.f2.toFixed(3)}`;

/** Ragwire and each peer on the same set, per type: recall / precision / F2 ("–": the tool reports no such type). */
export function peerTable(ragwire: Scores, peers: PeerFigures['peers']): string {
  const tools = [{ name: 'Ragwire', perType: ragwire.perType, overall: ragwire.overall }, ...peers];
  const types = ragwire.perType.map((s) => s.type);
  const row = (label: string, labelled: number, scores: (TypeScore | undefined)[]) =>
    `| ${label} | ${labelled} | ${scores.map(cell).join(' | ')} |`;
  return [
    `| Entity type | Labelled | ${tools.map((t) => t.name).join(' | ')} |`,
    `| --- | ---: | ${tools.map(() => '---:').join(' | ')} |`,
    ...types.map((type) =>
      row(
        type,
        ragwire.perType.find((s) => s.type === type)!.gold,
        tools.map((t) => t.perType.find((s) => s.type === type)),
      ),
    ),
    row(
      '**all types**',
      ragwire.overall.gold,
      tools.map((t) => t.overall),
    ),
  ].join('\n');
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, trimmed, or undefined. */
export function readmeSection(readme: string, name: string): string | undefined {
  return new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(readme)?.[1].trim();
}

export function replaceReadmeSection(readme: string, name: string, body: string): string {
  const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!re.test(readme)) throw new Error(`README has no ${name} section`);
  return readme.replace(re, (_, a: string, b: string) => `${a}\n\n${body}\n\n${b}`);
}

/**
 * The README block for a test set after the first (`name`: "test set 2"): Ragwire's per-type table,
 * the documents-kept-local line, and Ragwire beside the peers on the same documents.
 */
export function testSetBlock(
  name: string,
  table: string,
  documents: string,
  ragwire: Scores,
  peers: PeerFigures['peers'],
): string {
  return [
    table,
    documents,
    `Ragwire and the peers on ${name} (recall / precision / F2; "–": the library reports no such type):`,
    peerTable(ragwire, peers),
  ].join('\n\n');
}

/** Markdown as Prettier may pad it: tables cell by cell, prose by words. */
export const normaliseMarkdown = (block: string) =>
  block
    .trim()
    .split(/\n\s*\n/)
    .map((part) =>
      part.trim().startsWith('|')
        ? part
            .trim()
            .split('\n')
            .map((line) =>
              line
                .split('|')
                .map((cell) => cell.trim().replace(/^:?-+(:?)$/, '---$1'))
                .join('|'),
            )
            .join('\n')
        : part.replace(/\s+/g, ' ').trim(),
    )
    .join('\n\n');

/**
 * Asserts that the README block of test set 2 to 50 and its cached peer figures are what
 * `npm run eval:privacy -- --write` computes on `docs` now.
 */
export function assertTestSetBlock(root: string, set: LaterSet, docs: Scored[], scores: Scores): void {
  const cached = (JSON.parse(readFileSync(join(root, PEER_FIGURES_FILE), 'utf8')) as PeerFigures)[`testSet${set}`];
  assert.ok(cached, `peer figures for test set ${set} cached`);
  assert.equal(cached.testSet, testSetFingerprint(docs), 'peer figures measured on this set');
  assert.deepEqual(
    cached.peers.map((p) => p.name),
    PEERS.map((p) => p.name),
  );
  const block = readmeSection(readFileSync(join(root, 'README.md'), 'utf8'), `privacy-testset${set}`);
  assert.ok(block !== undefined, `README has the privacy-testset${set} section`);
  const expected = testSetBlock(
    `test set ${set}`,
    scoreTable(scores),
    documentLine(documentFigures(docs)),
    scores,
    cached.peers,
  );
  assert.equal(normaliseMarkdown(block), normaliseMarkdown(expected));
}
