import assert from 'node:assert/strict';
import { flagged, unflagged } from '../../support/type-findings.js';
import { birthDatesInCrewRows } from '../../../nodes/core/privacy/birth-dates-in-crew-rows.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

describe("crew lists' dates of birth, and names after kin, user and countersign cues", () => {
  it('reads the date opening a cell of a crew-list row with a person and a nationality (IMO FAL Form 5)', () => {
    const text =
      'CREW LIST\n' +
      "1 | Tveitane, Ingrid | Master | Norwegian | 12.04.1971, Ålesund | Seaman's book NO-771\n" +
      '2 | Dalsgaard, Henrike | Bosun | kroatisch | 30.09.1988 Rijeka | Passport X1\n';
    flagged(text, 'DATE_OF_BIRTH', '12.04.1971');
    // The rule itself, given both rows' people (whether the scanner takes "Dalsgaard, Henrike" for a name is the
    // name rules' and the trained scorer's matter, not this rule's).
    const person = (name: string) => ({
      type: 'PERSON' as const,
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      score: 0.9,
    });
    const dates = birthDatesInCrewRows(text, [person('Tveitane, Ingrid'), person('Dalsgaard, Henrike')]).map((e) =>
      text.slice(e.start, e.end),
    );
    assert.deepEqual(dates.sort(), ['12.04.1971', '30.09.1988']);
  });

  it('reads "Name, date, nationality" rows', () => {
    const text = 'Skipper: Henrike Dalsgaard, 21.10.1979, Croatian\nCrew: Jorunn Tveitane, 02.02.1986, Norwegian';
    flagged(text, 'DATE_OF_BIRTH', '21.10.1979');
    flagged(text, 'DATE_OF_BIRTH', '02.02.1986');
  });

  it('leaves recent dates and rows without a nationality alone', () => {
    unflagged('Skipper: Henrike Dalsgaard, 21.10.2025, Croatian', 'DATE_OF_BIRTH', '21.10.2025');
    unflagged('1 | Dalsgaard, Henrike | Bosun | signed on | 30.09.1988 |', 'DATE_OF_BIRTH', '30.09.1988');
    unflagged('1 | Dry dock | Bosun | Norwegian | 30.09.1988 |', 'DATE_OF_BIRTH', '30.09.1988');
  });

  it("reads names after kin, user and countersign cues, and a sole trader's surname", () => {
    has(personSpans('He reports unpaid wages; wife Sumirah in Padang has no income.'), 'Sumirah');
    has(personSpans('Traffic from cabin 214, user Tamaroa, was blocked.'), 'Tamaroa');
    has(personSpans('Vom Kapitän gegengezeichnet: Zhuravetsky'), 'Zhuravetsky');
    has(personSpans('Die Seeleute sind mobil erreichbar: Tabangcura +63 917 000 1122.'), 'Tabangcura');
    has(personSpans('INVOICE 2026-0402 – Vandergroes Yacht Services (sole trader)'), 'Vandergroes');
  });

  it('leaves ordinary words after the cues alone', () => {
    hasNone(personSpans('See the user Guide for cabin internet.'), 'Guide');
    hasNone(personSpans('INVOICE 2026-0402 – Harbour Yacht Services (sole trader)'), 'Harbour');
    hasNone(personSpans('His wife In the meantime moved.'), 'In');
  });

  it('reads long rows in linear time', () => {
    const scanner = new PrivacyScanner();
    const unit =
      '| Tveitane, Jorunn | Master | Norwegian | 12.04.1971 | wife Sumirah, user Tamaroa, Vandergroes Yacht (sole trader)\n';
    assertLinearTime('crew rows', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});

describe('cue names: table headings and a trade before the owner', () => {
  it('reads no name in a heading row after "Benutzer", and the owner after the trade of a sole trader\'s firm', () => {
    hasNone(personSpans(' Opt  Subsystem/Job  Benutzer    Typ  CPU %  Funktion\n'), 'Typ');
    hasNone(personSpans('Datum\tUhrzeit\tBenutzer\tVorgang\tQuell-IP\n'), 'Vorgang');
    const found = personSpans('Firmierung: Glasbläserwerkstatt Vohwinkel (Einzelunternehmen)');
    hasNone(found, 'Glasbläserwerkstatt');
  });
});
