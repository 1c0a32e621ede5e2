import assert from 'node:assert/strict';
import type { Entity } from '../../../nodes/core/privacy/entities.js';
import { birthDates } from '../../../nodes/core/privacy/birth-dates.js';
import { withoutNonPeople } from '../../../nodes/core/privacy/not-people.js';
import { recordFields } from '../../../nodes/core/privacy/record-fields.js';

/**
 * The shortcuts that let the scan pass over places cheaply (speed round 7) find what the full reading
 * found: a date after a birth label beginning with any of its first characters, vCard and LDIF keys on
 * the first line as on any other, and speakers' labels however many a text has.
 */
const valuesOf = (text: string, found: Entity[], type: string) =>
  found.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));

describe('privacy scan shortcuts (speed round 7): same findings as the full reading', () => {
  it('finds birth dates after a label whatever they begin with: a digit, OCR "O", an article, a day word, a month', () => {
    const cases: [string, string][] = [
      ['Geburtsdatum: 03.03.1985', '03.03.1985'],
      ['DOB: O3.O3.1985', 'O3.O3.1985'],
      ['date of birth: the 3rd of March 1985', 'the 3rd of March 1985'],
      ['geboren am einundzwanzigsten März 1985', 'einundzwanzigsten März 1985'],
      ['born in Izmir on March 3rd, 1985', 'March 3rd, 1985'],
      ['born on Sept 3, 1985', 'Sept 3, 1985'],
      ['geb. Okt. 3, 1985', 'Okt. 3, 1985'],
      ['Geburtsdatum bitte?\nJana Okafor | 12:02 | fünften Mai 1985', 'fünften Mai 1985'],
      ['am dritten März 1985 geboren', 'dritten März 1985'],
    ];
    for (const [text, date] of cases) assert.deepEqual(valuesOf(text, birthDates(text), 'DATE_OF_BIRTH'), [date], text);
    // A label with no date after it, and words that begin like a date but are none.
    assert.deepEqual(birthDates('born in Marseille, moved to Frankfurt in 2019'), []);
  });

  it('reads vCard BDAY lines in capitals at a line start only, the first line too', () => {
    const text = 'BDAY:1983-09-27\nNOTE: xBDAY:1984-01-02\nbday:1985-02-03\nBDAY;VALUE=date:19830927';
    assert.deepEqual(valuesOf(text, birthDates(text), 'DATE_OF_BIRTH'), ['1983-09-27', '19830927']);
  });

  it('reads LDIF and vCard name keys on the first line as on the others', () => {
    const ldif = 'sn: Okafor\ncn: Jana Okafor\ngivenName: Jana\n';
    assert.deepEqual(valuesOf(ldif, recordFields(ldif), 'PERSON'), ['Okafor', 'Jana Okafor', 'Jana']);
    // A group's entry: a "cn" with no person's attribute near it is no name.
    const group = 'cn: Domain Admins\nobjectClass: groupOfNames\n';
    assert.deepEqual(valuesOf(group, recordFields(group), 'PERSON'), []);
    const card = 'N:Okafor;Jana;;;\nFN:Jana Okafor\nTEL:0151 2345678\n';
    assert.deepEqual(valuesOf(card, recordFields(card), 'PERSON'), ['Okafor', 'Jana', 'Jana Okafor']);
    // vCard keys are read in capitals only; "fn:" and "n:" in a chat are no card's.
    const chat = 'n:Okafor;Jana\nfn: Jana Okafor\nFNX: Jana Okafor\n';
    assert.deepEqual(valuesOf(chat, recordFields(chat), 'PERSON'), []);
    // Keys with parameters, at the start and later.
    const params = 'N;CHARSET=UTF-8:Okafor;Jana;;;\ndisplayName;lang-de: Jana Okafor\nsn: Okafor\n';
    assert.deepEqual(valuesOf(params, recordFields(params), 'PERSON'), ['Okafor', 'Jana', 'Jana Okafor', 'Okafor']);
  });

  it('drops the first word of what a speaker says however many labels a text has, and keeps a form label’s', () => {
    for (const others of [0, 3, 20]) {
      let text = '';
      const found: Entity[] = [];
      const line = (label: string) => {
        const start = text.length + label.length + 2;
        text += `${label}: Parking near the gate is closed today\n`;
        found.push({ type: 'PERSON', start, end: start + 'Parking'.length, score: 0.9 });
      };
      // Labels that open one line each (a form's fields), then a speaker who talks twice.
      for (let i = 0; i < others; i++) line(`Feld${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i)}`);
      line('Customer');
      line('Customer');
      const kept = withoutNonPeople(text, found);
      assert.equal(kept.length, others, `${others} one-off labels: ${kept.length} kept`);
      assert.ok(
        kept.every((e) => !text.slice(Math.max(0, e.start - 10), e.start).includes('Customer')),
        'the speaker’s words are dropped',
      );
    }
  });
});
