import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { multiLineAddresses } from '../../../nodes/core/privacy/multi-line-addresses.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` in `text`, as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('addresses over the lines of a configuration value, dates of birth beside names and under start-list headings', () => {
  it('reads an address in a YAML block scalar as one value over its lines (Dutch, Czech, Norwegian, Croatian, Indian)', () => {
    const yaml = (lines: string) =>
      `squad:\n  - number: 7\n    born: 1990-02-03\n    address: |\n${lines}    team: U15\n`;
    assert.deepEqual(found(yaml('      Duinweg 42\n      7311 KB Apeldoorn\n'), 'POSTAL_ADDRESS'), [
      'Duinweg 42\n      7311 KB Apeldoorn',
    ]);
    assert.deepEqual(found(yaml('      Běžecká 1204/7\n      160 00 Praha 6\n'), 'POSTAL_ADDRESS'), [
      'Běžecká 1204/7\n      160 00 Praha 6',
    ]);
    assert.deepEqual(found(yaml('      Skiløypa 18\n      0791 Oslo\n'), 'POSTAL_ADDRESS'), [
      'Skiløypa 18\n      0791 Oslo',
    ]);
    assert.deepEqual(found(yaml('      Obalna ulica 12\n      51000 Rijeka\n'), 'POSTAL_ADDRESS'), [
      'Obalna ulica 12\n      51000 Rijeka',
    ]);
    assert.deepEqual(found(yaml('      Gandhi Nagar Road, 14\n      Andheri East, Pune 411001\n'), 'POSTAL_ADDRESS'), [
      'Gandhi Nagar Road, 14\n      Andheri East, Pune 411001',
    ]);
    // Look-alikes: a description in a block scalar, and a firm's office address.
    assert.deepEqual(
      found(
        'service:\n  description: |\n    Runs 3 times a day\n    1200 Requests max\n  port: 80\n',
        'POSTAL_ADDRESS',
      ),
      [],
    );
    assert.deepEqual(
      found('club:\n  address: |\n    Reminder for 3 teams\n    see the wiki\n  name: x\n', 'POSTAL_ADDRESS'),
      [],
    );
  });

  it('reads an address in a JSON string with a line break (escaped or decoded) and its country after it', () => {
    const scim = '  "addresses": [{ "type": "home", "formatted": "Kanalstraat 31, 3511 AB Utrecht\\nNetherlands" }],\n';
    assert.deepEqual(found(scim, 'POSTAL_ADDRESS'), ['Kanalstraat 31, 3511 AB Utrecht\\nNetherlands']);
    assert.deepEqual(found('{ "home": "Fjordgata 9\\n7010 Trondheim" }', 'POSTAL_ADDRESS'), [
      'Fjordgata 9\\n7010 Trondheim',
    ]);
    // Look-alikes: a "formatted" string outside any address, a work address.
    assert.deepEqual(found('{ "formatted": "Build 12 done\\n3511 Tests passed" }', 'POSTAL_ADDRESS'), []);
    assert.deepEqual(
      multiLineAddresses(
        '"addresses": [{ "type": "work", "formatted": "Kanalstraat 31, 3511 AB Utrecht\\nNetherlands" }]',
      ),
      [],
    );
  });

  it('reads a Japanese address under an unquoted YAML key', () => {
    const text = 'contact:\n  home: "Sakura-machi, 14, Meguro-ku, Tokyo 153-0051"\n  office: "Tokyo"\n';
    assert.deepEqual(found(text, 'POSTAL_ADDRESS'), ['Sakura-machi, 14, Meguro-ku, Tokyo 153-0051']);
    assert.deepEqual(found('settings:\n  home: "/var/lib/app 2"\n', 'POSTAL_ADDRESS'), []);
  });

  it('takes a whole date alone in brackets after a person as the date of birth, not a dated note', () => {
    assert.deepEqual(found('Befund\n\nPatient: Marek Hołubiec (1994-03-17), Volleyball\n', 'DATE_OF_BIRTH'), [
      '1994-03-17',
    ]);
    assert.deepEqual(found('Report\n\nPlayer: Tobias Wendrich (2001/10/05)\nCoach: n/a\n', 'DATE_OF_BIRTH'), [
      '2001/10/05',
    ]);
    // Look-alikes: a word before the date in the brackets says what it is; a date of this year is no birth.
    assert.deepEqual(found('Player: Tobias Wendrich (Stand: 2026-03-01)\n', 'DATE_OF_BIRTH'), []);
    assert.deepEqual(found('Trainer: Marek Hołubiec (seit 2019-08-01)\n', 'DATE_OF_BIRTH'), []);
    assert.deepEqual(found('Player: Tobias Wendrich (2026-03-01)\n', 'DATE_OF_BIRTH'), []);
  });

  it('reads whole dates under a start list\'s "Jahrgang/geb." heading, not the race times beside them', () => {
    const list =
      'Meldeliste Kreiscup\n\nNachname, Vorname      Jahrgang/geb.    Zeit\n' +
      'Brenneis, Lotta        14.02.2010       12:31.4\n' +
      'Vollrath, Jonte        30.11.2009       12:58.0\n';
    assert.deepEqual(found(list, 'DATE_OF_BIRTH'), ['14.02.2010', '30.11.2009']);
    assert.deepEqual(found(list, 'DATE_OF_BIRTH').includes('12:31.4'), false);
  });

  it('reads long configuration texts in linear time', () => {
    const unit = '  address: |\n    Duinweg 42\n    7311 KB Apeldoorn\n  "home": "a\\nb", "formatted": "x';
    assertLinearTime('multi-line addresses', multiLineAddresses, unit.repeat(2000), unit.repeat(8000));
    const hostile = '"address": "' + 'Duinweg 42 '.repeat(50);
    assertLinearTime('unclosed values', multiLineAddresses, hostile.repeat(200), hostile.repeat(800));
  });
});
