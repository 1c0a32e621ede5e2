import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

/**
 * Hostile review of round 34's plain-text rules: a person's value the scanner flagged before must not be dropped
 * as a ship's, a unit's or an organisation's.
 */
const scanner = new PrivacyScanner();

function found(text: string): string[] {
  return scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}

describe('review 34: a ship named after a person leaves the person', () => {
  it('keeps the master who shares the ship name (written after a person label)', () => {
    const text = 'Crew list of MV Wibke Tallgren, IMO 9387112\nMaster: Wibke Tallgren, born 04.09.1968';
    const f = found(text);
    assert.ok(f.filter((x) => x === 'PERSON Wibke Tallgren').length >= 1, f.join(' | '));
    // The ship's own name right after its prefix stays the ship's.
    assert.ok(!scanner.scan(text).some((e) => e.type === 'PERSON' && e.start === text.indexOf('Wibke')), f.join(' | '));
  });

  it('keeps the owner of a yacht named after him', () => {
    const text = 'Yacht: Ossian Varg\nOwner: Ossian Varg, Kungsgatan 12, Göteborg';
    const f = found(text);
    assert.ok(f.includes('PERSON Ossian Varg'), f.join(' | '));
  });

  it('keeps a passenger of a ferry that bears the same name', () => {
    const text = 'The ferry Linnea Dahlquist leaves at 9. Linnea Dahlquist (passenger, seat 14) was late.';
    const f = found(text);
    assert.ok(f.includes('PERSON Linnea Dahlquist'), f.join(' | '));
  });

  it('still reads a ship name without a given name as the ship everywhere', () => {
    const text = 'Vessel: Baltic Ospreyfield\nAll crew on board Baltic Ospreyfield by 18:00. IMO 9387112';
    const f = found(text);
    assert.ok(!f.some((x) => x.startsWith('PERSON') && x.includes('Ospreyfield')), f.join(' | '));
  });
});

describe('review 34: family names that are words of the sea stay persons', () => {
  it('keeps a family name that is a firth', () => {
    const f = found('Guests: Rowan Firth and Isla Firth, room 12');
    assert.ok(f.includes('PERSON Rowan Firth') && f.includes('PERSON Isla Firth'), f.join(' | '));
    // A firth without a given name stays water.
    assert.ok(!found('The ferry crosses the Cromarty Firth at dawn.').some((x) => x.includes('Firth')));
  });

  it('keeps a rank word written as a family name after a title', () => {
    for (const [text, name] of [
      ['Sehr geehrter Herr Steuermann,\nvielen Dank für Ihre Nachricht.', 'Steuermann'],
      ['Liebe Frau Bootsmann, anbei die Rechnung.', 'Bootsmann'],
      ['Mr Seaman called about the invoice.', 'Seaman'],
    ]) {
      const f = found(text);
      assert.ok(f.includes(`PERSON ${name}`), `${text}: ${f.join(' | ')}`);
    }
    // A rank alone or two rank words stay no one's.
    assert.ok(!found('Crew change: Chief Officer and Bosun sign off in Kiel.').some((x) => x.startsWith('PERSON')));
  });
});

describe("review 34: a unit label leaves a person's own line", () => {
  it('keeps the line of an office named by a family name', () => {
    const f = found('Kowalczyk Office, 040 3318274');
    assert.ok(f.includes('PHONE_NUMBER 040 3318274'), f.join(' | '));
    // An office named by an ordinary word stays the unit's.
    assert.ok(!found('Marina office: 040 3318274').some((x) => x.startsWith('PHONE_NUMBER')));
  });

  it('keeps a unit line the writer gives as their own right after it', () => {
    const f = found('Support line 040 3318274 - ask for me, Jana');
    assert.ok(f.includes('PHONE_NUMBER 040 3318274'), f.join(' | '));
  });
});

describe('review 34: "MS" before a family name in a shipping text is a title', () => {
  it('keeps a woman named after "MS" in a crew meeting', () => {
    const text = 'Crew planning meeting, 4 May. Attendees: MS Oltmanns (crew manager), MR Petersen';
    const f = found(text);
    assert.ok(f.includes('PERSON Oltmanns'), f.join(' | '));
    // A family name the lists do not hold, after a person's field label.
    const g = found('Crew change at the berth, 9 June.\nContact person: MS Quendrith');
    assert.ok(g.includes('PERSON Quendrith'), g.join(' | '));
    // A ship's name after "MS" that is no one's name stays the ship's.
    const ship = 'Crew change on board MS Nordwindfahrer in Kiel, IMO 9387112.';
    assert.ok(!found(ship).some((x) => x.startsWith('PERSON')), found(ship).join(' | '));
  });
});

describe('review 34: the new readings stay linear', () => {
  it('reads a long line of vessel names, titles and labels in linear time', () => {
    const unit = 'Vessel: MS Quendrith Lund, Owner: Quendrith Lund born 1970; Attendees: MS Oltmanns MR Berg. ';
    assertLinearTime('vessel names and titles', (t) => scanner.scan(t), unit.repeat(40), unit.repeat(320));
  });
});

describe("review 34: a first and family name written as one mailbox word stays a person's", () => {
  it('keeps given name + word-surname mailboxes at a firm', () => {
    for (const address of [
      'gracebaker@quayline-supply.com',
      'summerfisher@nordmole-logistik.de',
      'jackbrown@tugline.nl',
    ]) {
      const f = found(`Contact: ${address}`);
      assert.ok(f.includes(`EMAIL_ADDRESS ${address}`), `${address}: ${f.join(' | ')}`);
    }
    // Compounds of ordinary words stay the organisation's.
    for (const address of ['harbourmaster@quayline-supply.com', 'guestservices@quayline-supply.com']) {
      const f = found(`Contact: ${address}`);
      assert.ok(!f.some((x) => x.startsWith('EMAIL_ADDRESS')), `${address}: ${f.join(' | ')}`);
    }
  });
});
