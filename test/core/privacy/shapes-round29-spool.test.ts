import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const emails = valuesOf('EMAIL_ADDRESS');
const postal = valuesOf('POSTAL_ADDRESS');
const people = valuesOf('PERSON');

/** A line printer's record block: each label filled to its column with dots, the value right after. */
const leaderBlock = (fields: [string, string][]) =>
  fields.map(([label, value]) => ` ${label}${'.'.repeat(30 - label.length)}${value}`).join('\n') + '\n';

/**
 * The classes round 29 covers (print-spool output of business software): values after dotted leaders
 * that touch both their label and their value. Examples written here.
 */
describe('privacy detectors: shapes of round 29 (print-spool reports)', () => {
  it('finds a mailbox glued to the last dot of a leader, without the leader', () => {
    const text = leaderBlock([
      ['Kontonummer', '40017'],
      ['E-Mail', 'wendelin.abaroa@posteo.de'],
      ['Mahnstufe', '2'],
    ]);
    assert.deepEqual(emails(text), ['wendelin.abaroa@posteo.de']);
  });

  it('keeps dots inside a local part and two dots as no leader', () => {
    // A run of two dots is no leader: the detector keeps failing closed on the whole piece after it.
    assert.deepEqual(emails('Kontakt: jo.ma.rt@example.org'), ['jo.ma.rt@example.org']);
    assert.deepEqual(emails('Mail ...thea.ruskin@fastmail.com bitte'), ['thea.ruskin@fastmail.com']);
  });

  it('reads a postal address and a "Family, Given" name after a leader touching the label', () => {
    const text = leaderBlock([
      ['Name, Vorname', 'OBERHOLLENZER, Ailbhe'],
      ['Anschrift', 'Quittenweg 17, 79100 Freiburg'],
      ['E-Mail', 'a.oberhollenzer@web.de'],
      ['Mahnstufe', '3'],
    ]);
    assert.deepEqual(postal(text), ['Quittenweg 17, 79100 Freiburg']);
    assert.ok(people(text).includes('OBERHOLLENZER, Ailbhe'), people(text).join(' | '));
    assert.ok(!people(text).some((p) => p.includes('.')), people(text).join(' | '));
  });

  it('leaves a short ellipsis touching its word as prose', () => {
    const text = 'Er sagte nur: warte....dann ging er.\n';
    assert.deepEqual(postal(text), []);
    assert.deepEqual(people(text), []);
  });

  it('reads long leader rows in linear time', () => {
    const scanner = new PrivacyScanner();
    const unit = leaderBlock([
      ['Anschrift', 'Quittenweg 17, 79100 Freiburg'],
      ['E-Mail', 'a.b@web.de'],
    ]);
    assertLinearTime('leaders', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
    assertLinearTime(
      'dots before @',
      (t) => scanner.scan(t),
      repeated('x' + '.'.repeat(200) + '@', 20_000),
      repeated('x' + '.'.repeat(200) + '@', 80_000),
    );
  });
});
