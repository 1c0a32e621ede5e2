import assert from 'node:assert/strict';
import { KeywordPattern } from '../../../nodes/core/privacy/keyword-pass.js';

/** What the pattern's own global search finds from `from`, the reference `matchFrom` must equal. */
function globalFrom(pattern: RegExp, text: string, from: number): (number | string | undefined)[] | null {
  const global = new RegExp(pattern.source, 'gi');
  global.lastIndex = from;
  const m = global.exec(text);
  return m ? [m.index, ...m] : null;
}
const shape = (m: RegExpExecArray | null) => (m ? [m.index, ...m] : null);

describe('keyword pass (several case-insensitive patterns in one pass)', () => {
  // Patterns of the kinds the detectors register: a word boundary first, groups, overlapping prefixes.
  const marking = /\b(?:(streng\s+)?(geheim|g[ ._-]e[ ._-]h)|intern(?:al)?)\b/i;
  const label = /address|adresse|wohnort|lives at/i;
  const hint = /geb|born|dob/i;
  const patterns = [
    new KeywordPattern(marking, ['streng', 'geheim', 'g[ ._-]e', 'intern']),
    new KeywordPattern(label, ['address', 'adresse', 'wohnort', 'lives at']),
    new KeywordPattern(hint, ['geb', 'born', 'dob']),
  ];
  const sources = [marking, label, hint];
  const texts = [
    'STRENG GEHEIM: Adresse Wohnort, geb. 1.2.1980; internal memo, Internet, interne Notiz',
    'g.e.h.e.i.m and G-E-H, ageheim (no boundary), gebgeb born reborn DOB dob, lives at 12 Lives At',
    'Addressaddress adresseadresse — streng   geheim\ngeheim geb',
    'nothing to find here at all',
    '',
  ];

  it('finds from every place exactly what each pattern’s own global search finds', () => {
    for (const text of texts)
      for (let p = 0; p < patterns.length; p++)
        for (let from = 0; from <= text.length + 1; from++)
          assert.deepEqual(
            shape(patterns[p].matchFrom(text, from)),
            globalFrom(sources[p], text, from),
            `${sources[p]} from ${from} in ${JSON.stringify(text)}`,
          );
  });

  it('keeps the groups of a match', () => {
    const m = patterns[0].matchFrom('Vermerk: streng geheim', 0);
    assert.equal(m?.[0], 'streng geheim');
    assert.equal(m?.[1], 'streng ');
  });

  it('a pattern added after a text was searched is found in the next search of that text', () => {
    const text = 'Ein Zeuge und eine Zeugin';
    assert.equal(patterns[1].matchFrom(text, 0), null);
    const late = new KeywordPattern(/zeug(?:e|in)/i, ['zeug']);
    assert.deepEqual(shape(late.matchFrom(text, 0)), [4, 'Zeuge']);
    assert.deepEqual(shape(late.matchFrom(text, 5)), [19, 'Zeugin']);
  });

  it('refuses patterns the shared pass cannot search exactly', () => {
    assert.throws(() => new KeywordPattern(/geb/, ['geb']), /case-insensitive/);
    assert.throws(() => new KeywordPattern(/geb/iu, ['geb']), /Unicode/);
    assert.throws(() => new KeywordPattern(/\.geb/i, ['\\.geb']), /lower-case letter/);
  });
});
