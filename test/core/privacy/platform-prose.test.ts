import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
const emails = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'EMAIL_ADDRESS')
    .map((e) => text.slice(e.start, e.end));

describe('platform prose: names by their cue, look-alikes, role mailboxes (round 36)', () => {
  it('reads an agent introducing themselves before "from <desk>"', () => {
    has(personSpans("[09:41] Agent: Hi, I'm Nokuthembeka from Quillbyte support. How can I help?"), 'Nokuthembeka');
    hasNone(personSpans("[09:41] Agent: Hi, I'm Happy from the help desk."), 'Happy');
  });

  it('reads the person a report says is targeted', () => {
    has(personSpans('He opened 14 accounts to target Marietjie Voskuijl (a reporter).'), 'Marietjie Voskuijl');
    hasNone(personSpans('The ads target Android users in two regions.'), 'Android');
  });

  it('reads a payee naming themselves in an apposition, and a quoted signature', () => {
    has(personSpans('- 70 % to me, Thu Ky Le, paid monthly\n- 30 % to my partner'), 'Thu Ky Le');
    has(personSpans('Handed over at the door with signature "R. Pellowe" at 10:05.'), 'R. Pellowe');
  });

  it('reads an approver after "Freigabe:"', () => {
    has(personSpans('Auszahlung geprüft\nFreigabe: Reinhilde Kogelnigg (Vier-Augen-Prinzip)'), 'Reinhilde Kogelnigg');
    hasNone(personSpans('Auszahlung geprüft\nFreigabe: Teamleitung'), 'Teamleitung');
    hasNone(personSpans('- [ ] Freigabe: Erledigt'), 'Erledigt');
  });

  it('does not read idioms, prize words, legal citations or a city after "in" as names', () => {
    hasNone(personSpans('[ ] Eilfall (Gefahr für Leib und Leben)? Dann sofort Bereitschaft anrufen.'), 'Leib');
    hasNone(personSpans('Auszahlung Gewinn · Spielkonto 7781204'), 'Gewinn');
    hasNone(personSpans('EMERGENCY DISCLOSURE REQUEST (18 U.S.C. § 2702(b)(8))'), 'C.');
    const city = personSpans('He was served an order in Cape Town against Pieter Grobbelaar-Venter;');
    hasNone(city, 'Cape');
    has(city, 'Pieter Grobbelaar-Venter');
    // A given name before the settlement word stays a person's.
    has(personSpans('I met Maribel Town in Lisbon.'), 'Maribel Town');
  });

  it("drops a platform's role mailboxes and keeps a person's address beside them", () => {
    const text =
      'Law Enforcement Response (ler@glimmerpost.example), LE team (lert@raidhall.example).\n' +
      'Cc: safety-leads@glimmerpost.example, payouts@streamvale.example, dpa@streamvale.example\n' +
      'Von: rostering@plauschnetz.example\n' +
      'Reply to the reporter at n.vasquez@glimmerpost.example or odile.farrant.77@gmail.com.';
    const found = emails(text);
    for (const role of [
      'ler@glimmerpost.example',
      'lert@raidhall.example',
      'safety-leads@glimmerpost.example',
      'payouts@streamvale.example',
      'dpa@streamvale.example',
      'rostering@plauschnetz.example',
    ])
      assert.ok(!found.includes(role), `${role} in ${JSON.stringify(found)}`);
    assert.ok(found.includes('n.vasquez@glimmerpost.example'), JSON.stringify(found));
    assert.ok(found.includes('odile.farrant.77@gmail.com'), JSON.stringify(found));
  });

  it('reads the cues in linear time on a long line', () => {
    const unit = 'to me, Abc to target Xy Freigabe: I am Q signature "R. U.S.C. in Cape ';
    assertLinearTime('platform cues', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
