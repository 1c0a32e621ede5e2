import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');
const scanner = new PrivacyScanner();
const route = (text: string) =>
  decideRoute({ messages: [{ role: 'user', content: text }] }, scanner, DEFAULT_POLICY).route;

/**
 * Fix 13: leaks reviews found and left open. A given name before a surname that is an English word,
 * a surname written in mixed case after a title, a name after club letters cut short. Names are made up.
 */
describe('fix 13: a given name and a surname that is an English word, acting as a person', () => {
  it('finds the pair before a verb of speech or action, or after a verb addressing a person', () => {
    for (const [text, name] of [
      ['Gerard Way called about the invoice.', 'Gerard Way'],
      ['Gerard Way called me yesterday.', 'Gerard Way'],
      ['Florence Way wrote to us on Monday.', 'Florence Way'],
      ['Jordan Trophy said he would pay next week.', 'Jordan Trophy'],
      ['Chelsea Flower asked for a refund.', 'Chelsea Flower'],
      ['Jordan River called about the invoice.', 'Jordan River'],
      ['Gerard Way rief gestern an.', 'Gerard Way'],
      ['Florence Way schrieb uns eine Mail.', 'Florence Way'],
      ['Please call Florence Way on Monday.', 'Florence Way'],
      ['Please ask Jordan Trophy about the delivery.', 'Jordan Trophy'],
      ['Can you email Gerard Way the contract?', 'Gerard Way'],
    ]) {
      assert.ok(
        people(text).some((p) => p.includes(name)),
        `${text} → ${JSON.stringify(people(text))}`,
      );
      assert.equal(route(text), 'local', text);
    }
  });

  it('reads a kin word after a given name as no surname, whatever verb follows', () => {
    for (const text of ['Maria Sister called.', 'Anna Mum said no.']) assert.deepEqual(people(text), [], text);
  });

  it('reads no column heading before the pair as a verb addressing a person', () => {
    const text = 'Name\tTelefon\tE-Mail\tTage\tSprachen\nEdelgard Pfennigwerth\t0351 1234567\te@example.org\tMo\tDE';
    assert.ok(!people(text).some((p) => p.includes('Sprachen')), JSON.stringify(people(text)));
  });

  it('keeps people next to the look-alikes', () => {
    for (const [text, name] of [
      ['Florence Nightingale Way 12 is where Anna Schmidt lives.', 'Anna Schmidt'],
      ['We visited the Chelsea Flower Show with Tom Baker.', 'Tom Baker'],
    ]) {
      assert.ok(people(text).includes(name), text);
      assert.equal(route(text), 'local', text);
    }
  });

  // "The Chelsea Flower Show opens", "The Jordan River flows …" were found before this fix (by the known
  // second word) and still are: a false alarm, no drop added here.
  it('does not read a street without a person verb as the pair', () => {
    for (const text of [
      'The office is on Florence Nightingale Way near the station.',
      'The road to Gerard Way is closed.',
      'Turn left into Florence Way after the bridge.',
    ])
      assert.ok(!people(text).some((p) => /Way/.test(p)), `${text} → ${JSON.stringify(people(text))}`);
  });
});

describe('fix 13: a surname in mixed case after a title', () => {
  it('finds the whole word after Herr, Frau, Mr', () => {
    for (const [text, name] of [
      ['Herr M&Uuml;ller hat angerufen.', 'M&Uuml;ller'],
      ['Herr MÜller hat angerufen.', 'MÜller'],
      ['Herr MüLLER hat angerufen.', 'MüLLER'],
      ['Frau SchMidt bittet um Rückruf.', 'SchMidt'],
      ['Mr McDONALD called.', 'McDONALD'],
    ]) {
      assert.ok(
        people(text).some((p) => p.includes(name)),
        `${text} → ${JSON.stringify(people(text))}`,
      );
      assert.equal(route(text), 'local', text);
    }
  });

  it('still finds plain and all-capitals surnames after a title', () => {
    for (const [text, name] of [
      ['Herr Müller hat angerufen.', 'Müller'],
      ['Mrs OPREA Lăcrămioara called.', 'OPREA Lăcrămioara'],
      ['Herr McDonald hat angerufen.', 'McDonald'],
    ])
      assert.ok(
        people(text).some((p) => p.includes(name)),
        `${text} → ${JSON.stringify(people(text))}`,
      );
  });
});

describe('fix 13: a name after club letters is found whole', () => {
  it('covers the surname after "TSV Maria"', () => {
    const text = 'Lieber Vorstand des TSV, wie besprochen: TSV Maria Huber tritt aus.';
    assert.ok(
      people(text).some((p) => p.includes('Maria Huber')),
      `${text} → ${JSON.stringify(people(text))}`,
    );
    assert.equal(route(text), 'local', text);
  });

  it('still finds a capitals surname before a given name', () => {
    for (const [text, name] of [
      ['SANDOVAL Rose, geboren am 3.4.1980', 'SANDOVAL Rose'],
      ['passed it on to BARZANI Jiyan yesterday', 'BARZANI Jiyan'],
    ])
      assert.ok(
        people(text).some((p) => p.includes(name)),
        `${text} → ${JSON.stringify(people(text))}`,
      );
  });
});

describe('fix 13: a given name after a kin word', () => {
  // The scorer retrained after this fix's rules lost "erreichbar über Tochter Rose" (test set 6): a kin
  // word before a given name is a cue of its own, as a title is.
  it('finds the name after Tochter, Sohn, Bruder, my daughter, his brother', () => {
    for (const [text, name] of [
      ['Herr Qassem ist erreichbar über Tochter Rose.', 'Rose'],
      ['Begleitung durch Bruder Mursal, der übersetzt.', 'Mursal'],
      ['Please ring my daughter Grace after five.', 'Grace'],
    ]) {
      assert.ok(
        people(text).some((p) => p.includes(name)),
        `${text} → ${JSON.stringify(people(text))}`,
      );
      assert.equal(route(text), 'local', text);
    }
  });

  it('reads no word or firm after a kin word as a name', () => {
    for (const text of ['Die Tochter Firma ist verkauft.', 'The Brother Printer is jammed.', 'Meier & Sohn GmbH'])
      assert.deepEqual(people(text), [], text);
  });
});
