import assert from 'node:assert/strict';
import { has, hasNone, personSpans } from '../../support/person-spans.js';

describe('names that end in "-ing" are no English verb forms', () => {
  it('reads a self-introduced name ending in -ing (Tibetan, Burmese, Indonesian, Chinese) and its repetition', () => {
    const sms = personSpans(
      "[SMS from 07958 220613] YES. it's Choeying by the way, my dad's the policyholder\n[SMS to 07958 220613] Thanks Choeying, noted.",
    );
    assert.equal(sms.filter((n) => n === 'Choeying').length, 2, JSON.stringify(sms));
    has(personSpans('Hi, this is Hlaing from the garage'), 'Hlaing');
    has(personSpans('Name: Guiying Sihombing'), 'Guiying Sihombing');
  });

  it('keeps the -ing forms of words unflagged after a person cue', () => {
    for (const text of [
      'Ansprechpartner: Onboarding',
      'Kontakt: Ticketing',
      'Owner: Marketing',
      'Reviewed by: Controlling',
      'Contact: Recycling',
    ])
      hasNone(personSpans(text), text.split(': ')[1]);
  });
});
