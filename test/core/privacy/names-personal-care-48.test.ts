import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 48 (set 45: cleaning, caretaking, chimney sweeps, window cleaners): a week rota's name column, a worker called in sick or announced (names-personal-care.ts).
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('names-personal-care: week rotas, sick calls, announced visits', () => {
  it("finds a week rota's name column", () => {
    const rota =
      'Treppenhausreinigung – Plan Februar 2026\nKW 6: EG links – Houbiert Lambôtin\nKW 7: EG rechts – Ninwaya Odishoaya\nKW 8: 1. OG links – Treppenhaus nass';
    const names = found(rota, 'PERSON');
    assert.ok(names.includes('Houbiert Lambôtin') && names.includes('Ninwaya Odishoaya'));
    assert.ok(!names.some((n) => n.includes('Treppenhaus')));
  });
  it('finds a worker called in sick or announced on the road', () => {
    assert.ok(
      found('Bililoi Laclubar  7:02 AM\nNagamanikya called in sick — need cover', 'PERSON').includes('Nagamanikya'),
    );
    assert.ok(
      found('sorry we missed you on Tuesday – Tendaimoyo will be on your\n> road on Thursday', 'PERSON').includes(
        'Tendaimoyo',
      ),
    );
  });
  it('reads no weekday or word as a name', () => {
    assert.deepEqual(found('Tuesday – Monday will be on your road.', 'PERSON'), []);
    assert.deepEqual(found('Everyone called in sick today.', 'PERSON'), []);
  });
});
