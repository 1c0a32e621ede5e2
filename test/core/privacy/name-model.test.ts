import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import {
  candidatesOf,
  committedNameModel,
  contextFeatures,
  encodeWeights,
  findNames,
  shapeOf,
  useNameModel,
  wordFeatures,
} from '../../../nodes/core/privacy/name-model.js';
import { NAME_MODEL_WEIGHTS } from '../../../nodes/core/privacy/name-model-weights.js';
import { examplesOf, labelledSets, train, TRAINING } from '../../support/name-model-training.js';
import { privacyDevset } from '../../support/privacy-devset.js';

const scanner = new PrivacyScanner();
const people = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => text.slice(e.start, e.end));
/** The rules' PERSON findings alone (the scorer turned off), to show what the scorer adds. */
function rulesOnly(text: string): string[] {
  useNameModel(undefined);
  try {
    return people(text);
  } finally {
    useNameModel('committed');
  }
}
/**
 * PERSON findings with the committed weights at the former threshold 0.65: the committed threshold
 * (0.8, chosen for precision on left-out sets) leaves some borderline names (scores 0.65 to 0.8) the
 * tests below show the scorer ranking as names.
 */
function peopleAt065(text: string): string[] {
  useNameModel({ ...committedNameModel(), threshold: 0.65, lowerThreshold: 0.7 });
  try {
    return people(text);
  } finally {
    useNameModel('committed');
  }
}
const words = (text: string) => candidatesOf(text).candidates.map((c) => text.slice(c.start, c.end));

describe('name scorer: candidates and features', () => {
  it('reads shapes: capitalised, all capitals, lower case, initials, mixed, hyphenated names', () => {
    const shape = (text: string, word: string) => shapeOf(text, text.indexOf(word), text.indexOf(word) + word.length);
    assert.equal(shape('an Jana', 'Jana'), 'X');
    assert.equal(shape('an JANA', 'JANA'), 'A');
    assert.equal(shape('an jana', 'jana'), 'x');
    assert.equal(shape('gez. B. Okafor', 'B'), 'I');
    assert.equal(shape('Team B lädt ein', 'B'), 'A');
    assert.equal(shape('Ms McKay', 'McKay'), 'm');
    assert.equal(shape('an Ahlers-Pohl', 'Ahlers-Pohl'), 'X');
  });

  it('takes capitalised words and initials, not lone capitals or letters glued to digits', () => {
    assert.deepEqual(words('Rückruf an B. Okafor wegen Team A, Artikel GB29NWBK und Raum A4.'), [
      'Rückruf',
      'B',
      'Okafor',
      'Team',
      'Artikel',
      'Raum',
    ]);
  });

  it('reads every word of a text written in lower case, and names the casing of the text', () => {
    const lower = 'hi, kurze info: ayodele ist ab montag wieder da';
    assert.equal(candidatesOf(lower).casing, 'lower');
    assert.ok(words(lower).includes('ayodele'));
    assert.equal(candidatesOf('EMPFÄNGER: KENSHIN KOBAYAKAWA, GARTENSTR. 5A, GIESSEN').casing, 'upper');
    assert.equal(candidatesOf('Die Lieferung kommt am Montag, sagt Frau Okafor.').casing, 'mixed');
  });

  it('word features carry the endings that tell names from nouns, and are the same for the same word', () => {
    const text = 'Kovačević Verwaltung Kovačević';
    const first = wordFeatures(text, 0, 9, 'X');
    assert.deepEqual(wordFeatures(text, 21, 30, 'X'), first);
    const noun = wordFeatures(text, 10, 20, 'X');
    // Shared: the bias and the shape; not shared: the word, its endings and trigrams.
    assert.ok(first.filter((f) => noun.includes(f)).length <= 3);
  });

  it('context features see the column header above a table cell and the label before a colon', () => {
    const table = 'Vorname;Ort\nOyelaran;Bremen';
    const swapped = 'Ort;Vorname\nOyelaran;Bremen';
    const at = table.indexOf('Oyelaran');
    const a = contextFeatures(table, at, at + 8, 'X', 'mixed', false);
    const b = contextFeatures(swapped, at, at + 8, 'X', 'mixed', false);
    assert.notDeepEqual(a, b);
    const labelled = contextFeatures('Kontoinhaber: Oyelaran', 14, 22, 'X', 'mixed', false);
    const other = contextFeatures('Lieferant: Oyelaran', 11, 19, 'X', 'mixed', false);
    assert.notDeepEqual(labelled, other);
  });
});

describe('name scorer: names the rules miss, look-alikes it leaves alone (issue 9)', () => {
  it('finds names under a name column of a table whose heading the rules do not read', () => {
    const text =
      'matrikel\tfamily_name\tholder\tstatus\nm2611042\tTsetsegmaa\tRavelomanana\tENROLLED\nm2611057\tRakotomalala\tHeriniaina\tDEFERRED';
    // Under "holder" (a heading no rule reads as a name's), beside the surnames under "family_name", the rules
    // miss the given names; the scorer takes the column when most of its cells score as names. Two rows are thin
    // evidence for a whole column: since the retraining on set 23 the word model alone scores "Heriniaina" below
    // one half, so the two-row column is no longer taken; five rows are, below.
    assert.deepEqual(rulesOnly(text).includes('Heriniaina'), false);
    // A longer export: every row's given name, not one in five.
    const longer = `${text}\nm2611063\tOyelaran\tAdebayo\tENROLLED\nm2611070\tKowalczyk\tZbigniew\tENROLLED\nm2611088\tHaddad\tYara\tDEFERRED`;
    const all = peopleAt065(longer);
    for (const name of ['Ravelomanana', 'Heriniaina', 'Adebayo', 'Zbigniew', 'Yara'])
      assert.ok(all.includes(name), all.join('|'));
  });

  it('ranks a lower-case name in a lower-case chat above its ordinary words', () => {
    const text = 'moin, kurze info: oyunbileg ist ab montag wieder da, der drucker geht wieder.';
    assert.deepEqual(rulesOnly(text), []);
    // Since the retraining on sets 1 to 25 (after round 27's pre-release fixes) the name scores about 0.54, below
    // the committed threshold for words in lower case (0.7): the scan no longer takes it (a known loss, in the
    // README). The scorer still separates it from every ordinary word of the chat: at 0.5 it is the one word taken.
    useNameModel({ ...committedNameModel(), threshold: 0.5, lowerThreshold: 0.5 });
    try {
      assert.deepEqual(people(text), ['oyunbileg']);
    } finally {
      useNameModel('committed');
    }
  });

  it('finds a name mentioned again with "@" after the rules found it in full', () => {
    const text =
      'Kommentar von Heriniaina Rakotomalala (14.11.2026 11:02): passt.\nDanke! @Heriniaina bitte auch prüfen.';
    const found = peopleAt065(text);
    assert.ok(found.filter((p) => p.includes('Heriniaina')).length >= 2, found.join('|'));
  });

  it('leaves salutations to groups, German nouns at line starts, streets, towns beside dates and products alone', () => {
    for (const text of [
      'Sehr geehrte Damen und Herren,\nanbei erhalten Sie die Unterlagen.',
      'Liebe Kolleginnen und Kollegen,\nbitte beachten Sie die neuen Öffnungszeiten.',
      'Lieferung erfolgt morgen.\nVerwaltung bittet um Rückmeldung.\nBestellung 4711 ist unterwegs.',
      'Eichendorffstraße 15\n04277 Leipzig',
      'Berlin, 12.03.2026\nProtokoll der Sitzung',
      'Wir stellen auf Microsoft Teams und Adobe Acrobat um.',
      'id;Ort;Produkt\n1;Rosenheim;Kaffeevollautomat\n2;Wolfsburg;Gartenschlauch',
      'einkauf: tomaten, gurken, zwiebeln, paprika, oliven, feta',
    ])
      assert.deepEqual(people(text), [], text);
  });

  it('scores below the rules, so a rule finding wins where both find something', () => {
    const text =
      'matrikel\tfamily_name\tholder\tstatus\nm2611042\tTsetsegmaa\tRavelomanana\tENROLLED\nm2611057\tRakotomalala\tHeriniaina\tDEFERRED';
    const found = findNames(text, { ...committedNameModel(), threshold: 0.65 });
    assert.ok(found.length >= 2, JSON.stringify(found));
    for (const e of found) assert.ok(e.score >= 0.5 && e.score <= 0.65, JSON.stringify(e));
  });
});

describe('name scorer: training', () => {
  it('is deterministic: the same examples give the same weights', function () {
    this.timeout(60_000);
    const docs = privacyDevset().slice(0, 60);
    const examples = examplesOf(docs, () => []);
    const a = train([examples], 0.5, { epochs: 2 });
    const b = train([examples], 0.5, { epochs: 2 });
    assert.deepEqual(a.weights, b.weights);
    assert.deepEqual(a.wordWeights, b.wordWeights);
    assert.equal(a.gate, b.gate);
    assert.ok(a.weights.some((w) => w !== 0));
  });

  it('the committed weights are what training on the labelled sets gives now (else: npm run train:names)', function () {
    this.timeout(180_000);
    useNameModel(undefined);
    try {
      const rules = new PrivacyScanner();
      const examples = labelledSets().map(([, docs]) => examplesOf(docs, (text) => rules.scan(text)));
      const model = train(examples, NAME_MODEL_WEIGHTS.threshold, TRAINING);
      assert.equal(model.gate, NAME_MODEL_WEIGHTS.gate);
      assert.ok(encodeWeights(model.wordWeights).weights === NAME_MODEL_WEIGHTS.wordWeights, 'word model');
      assert.ok(encodeWeights(model.weights).weights === NAME_MODEL_WEIGHTS.weights, 'context model');
    } finally {
      useNameModel('committed');
    }
  });

  it('the committed weights decode to full tables with a threshold between 0 and 1', () => {
    const model = committedNameModel();
    assert.equal(model.weights.length, 1 << NAME_MODEL_WEIGHTS.bits);
    assert.equal(model.wordWeights.length, 1 << NAME_MODEL_WEIGHTS.wordBits);
    assert.ok(model.threshold > 0 && model.threshold < 1);
    assert.ok(model.weights.some((w) => w !== 0));
  });
});

describe('name scorer: the same text, the same scores', () => {
  it('scores words it reads for the first time as it scores them from its caches later', () => {
    // Made-up names nobody scanned before in this process: the first scan computes their sums, the
    // second reads them from the caches (which once held them rounded to 32 bits).
    const text =
      'Kontakt;Telefon;Ort\nZelvarin Oksutepe;0641 123;Gießen\nTravelling with: Yelvadur Nkemdirim\nthanks, quorvith';
    const scanner = new PrivacyScanner();
    const first = scanner.scan(text);
    assert.ok(
      first.some((e) => e.type === 'PERSON' && e.score < 0.7),
      'a finding of the scorer',
    );
    assert.deepEqual(scanner.scan(text), first);
  });
});
