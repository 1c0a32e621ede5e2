import { has, hasNone, personSpans } from '../../support/person-spans.js';
import { namesThanked } from '../../../nodes/core/privacy/names-thanked.js';
import { namesAskedAbout } from '../../../nodes/core/privacy/names-asked-about.js';
import { tableColumns } from '../../../nodes/core/privacy/tables.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

describe('shapes of round 31: names in LLM conversations (set 29)', () => {
  it("reads the name an assistant's reply thanks inside a JSON string value", () => {
    const text =
      '{"messages": [{"role": "user", "content": "Meine Karte ist weg."}, ' +
      '{"role": "assistant", "content": "Danke, Ilvanka. Wir melden uns unter 030 5512093."}]}\n' +
      '{"messages": [{"role": "assistant", "content": "Thanks, J\\u00f6rgvin. We will get back to you shortly."}]}';
    const found = personSpans(text);
    has(found, 'Ilvanka');
    has(found, 'J\\u00f6rgvin');
  });

  it('leaves a team or a word thanked alone', () => {
    const found = personSpans(
      'Danke, Team. Wir melden uns.\nThanks, Support! We will call.\nThanks, Everyone. See you.',
    );
    hasNone(found, 'Team');
    hasNone(found, 'Support');
    hasNone(found, 'Everyone');
  });

  it('reads both names of a "same person as" question, with particles', () => {
    const found = personSpans(
      'Frage: Ist Brodowski dieselbe Person wie Halvorsen?\nQuestion: Is Quennell the same person as van der Kamp?',
    );
    for (const name of ['Brodowski', 'Halvorsen', 'Quennell', 'van der Kamp']) has(found, name);
  });

  it('leaves a comparison of firms or things alone', () => {
    const found = personSpans('Is Acme the same company as Globex? Ist Version 2 dieselbe wie Version 3?');
    hasNone(found, 'Acme');
    hasNone(found, 'Globex');
  });

  it("does not read a Markdown answer's key column as names under a key-value row", () => {
    const text =
      'Here is the record:\n\n| Field | Value |\n|---|---|\n| Name | Orla Brennickson |\n' +
      '| Date of birth | March 3, 1977 |\n| Address | 12 Elm Row, Dayton, OH 45402 |\n| Card | 5296 22•• •••• 0872 |\n';
    const found = personSpans(text);
    has(found, 'Orla Brennickson');
    hasNone(found, 'Address');
    hasNone(found, 'Card');
    hasNone(found, 'Date of birth');
  });

  it('reads thanks, comparisons and Markdown rows in linear time', () => {
    const thanks = (n: number) => repeated('"Danke, Ilvanka. Wir melden uns. Danke, Danke, ', n);
    assertLinearTime('thanked', namesThanked, thanks(50_000), thanks(200_000));
    const same = (n: number) => repeated('Ist van der van der Brodowski Halvorsen dieselbe Person wie de ', n);
    assertLinearTime('same person', namesAskedAbout, same(50_000), same(200_000));
    const table = (n: number) => '| Field | Value |\n|---|---|\n' + repeated('| Name | Orla Brennickson |\n', n);
    assertLinearTime('markdown rows', tableColumns, table(50_000), table(200_000));
  });
});
