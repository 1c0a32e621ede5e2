import { HAND_WRITTEN_25, privacyTestSet25 } from '../../support/privacy-testset25/index.js';
import { CODES, MARK, readMarks, unescaped } from '../../support/privacy-testset25/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset25/names.js';
import { AesCtr, ctrEncrypt, nextCounter } from '../../support/privacy-testset25/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset25/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 25,
  docs: privacyTestSet25,
  handWritten: HAND_WRITTEN_25,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦃⦄]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(25),
  least: {
    hand: 60,
    generated: 150,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 15,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 250,
    generatedCultures: 40,
  },
  // Look-alikes both halves carry, never labelled: waste codes, felling licences, commit hashes, column
  // and key names, bot accounts, market-location ids, build numbers, request ids.
  lookAlikes: [
    /\b(?:AVV|EWC) \d{2} \d{2} \d{2}\b/,
    /\bFL-\d{4}-\d{3}\b/,
    /\bcommit [0-9a-f]{12,40}\b/,
    /\b(?:first_name|last_name|CONTACT_NAME)\b/,
    /\b(?:dependabot|ci-runner)\b/,
    /\bMaLo-ID \d{11}\b/,
    /\bbuild \d+\.\d+\.\d+\.\d+\b/,
    /\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/,
  ],
  // Values stand with their escapes ('' \" %2B +); they are checked as read back, labelled as they stand.
  spoken: unescaped,
});

const buf = (hex: string) => Buffer.from(hex, 'hex');

describe('set 25 generator parts', () => {
  it('AES-128-CTR gives the NIST SP 800-38A F.5.1 known answers', () => {
    const key = buf('2b7e151628aed2a6abf7158809cf4f3c');
    const counter = buf('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
    const out = ctrEncrypt(key, counter, buf('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51'));
    assert.equal(out.subarray(0, 16).toString('hex'), '874d6191b620e3261bef6864990db6ce');
    assert.equal(out.subarray(16).toString('hex'), '9806f66b7970fdff8617187bb9fffdff');
    // The counter carries over all sixteen bytes.
    assert.equal(
      nextCounter(buf('000000000000000000000000ffffffff')).toString('hex'),
      '00000000000000000000000100000000',
    );
    assert.equal(nextCounter(counter).toString('hex'), 'f0f1f2f3f4f5f6f7f8f9fafbfcfdff00');
  });

  it('a seed and stream give one sequence; another seed or stream another', () => {
    const take = (r: AesCtr) => Array.from({ length: 40 }, () => r.nextU32());
    const first = take(new AesCtr(25));
    assert.deepEqual(take(new AesCtr(25)), first);
    assert.notDeepEqual(take(new AesCtr(26)), first);
    assert.notDeepEqual(take(new AesCtr(25, 1)), first);
    assert.equal(new Set(first).size, 40);
    const r = new AesCtr(0);
    const seen = new Set(Array.from({ length: 2000 }, () => r.below(10)));
    assert.equal(seen.size, 10);
  });

  it('check digits follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1); // the test card 4111 1111 1111 1111
    assert.equal(taxIdDigit('8609574271'), 9); // the BZSt's example 86095742719
    assert.equal(icaoDigit('L898902C3'), 6); // ICAO 9303 specimen passport number
    assert.equal(pensionDigit('65170839J00'), 3); // the DRV's example 65 170839 J 00 3
    assert.equal(ibanCheck('DE', '370400440532013000'), '89');
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('marks are stripped with labels on the values as they stand, escapes inside kept', () => {
    const { text, entities } = readMarks(`name='⦃n:Tefa''arere⦄' q=⦃t:%2B49+151+2233445⦄ iban=⦃i:DE⦄`, new AesCtr(1));
    assert.equal(text.slice(entities[0].start, entities[0].end), "Tefa''arere");
    assert.equal(text.slice(entities[1].start, entities[1].end), '%2B49+151+2233445');
    assert.match(text.slice(entities[2].start, entities[2].end), /^DE\d{20}$/);
  });

  it('values read back from the artefact for the checks: SQL quotes, escapes, URL encoding', () => {
    assert.equal(unescaped('PERSON', "Tefa''arere"), "Tefa'arere");
    assert.equal(unescaped('PERSON', "Pu\\'ara\\'i"), "Pu'ara'i");
    assert.equal(unescaped('PERSON', 'Hilar+Jossen'), 'Hilar Jossen');
    assert.equal(unescaped('PERSON', 'K%C4%95r%C4%95n+Uyp'), 'Kĕrĕn Uyp');
    assert.equal(unescaped('PHONE_NUMBER', '%2B49+151+2233445'), '+49 151 2233445');
    assert.equal(unescaped('PHONE_NUMBER', '+4915122334455'), '+4915122334455');
    assert.equal(unescaped('POSTAL_ADDRESS', 'Dünenweg 7\\n25980 Sylt'), 'Dünenweg 7\n25980 Sylt');
  });
});

describe('set 25 phone labels', () => {
  it('every North American number is one a phone can dial (area and exchange 2-9, no N11, no N9X area)', () => {
    const bad: string[] = [];
    for (const doc of privacyTestSet25())
      for (const e of doc.entities) {
        if (e.type !== 'PHONE_NUMBER') continue;
        const v = unescaped(e.type, doc.text.slice(e.start, e.end));
        const digits = v.replace(/\D/g, '');
        // North American forms: +1 …, (NPA) NXX-XXXX, NPA-NXX-XXXX, or an integer literal 1NPANXXXXXX.
        const nanp = /^\+1\b|^\+1\d{10}$|^\(\d{3}\)|^\d{3}-\d{3}-\d{4}$|^1\d{10}$/.test(v);
        if (!nanp) continue;
        const n = digits.length === 11 ? digits.slice(1) : digits;
        const ok = /^[2-9][0-8]\d[2-9]\d{6}$/.test(n) && n.slice(1, 3) !== '11' && n.slice(4, 6) !== '11';
        if (!ok) bad.push(`${doc.id}: ${v}`);
      }
    assert.deepEqual(bad, []);
  });
});
