import { describe, it } from 'mocha';
import { has, hasNone, personSpans } from '../../support/person-spans.js';

describe('review 27: round 29 look-alike rules keep people', () => {
  it('a full name on an item line is a person; a dish stays out', () => {
    const found = personSpans('Tickets Sommerkonzert\n2x Wiebke Stolzenau   49,80\n1x Pizza Margherita   8,50\n');
    has(found, 'Wiebke Stolzenau');
    hasNone(found, 'Margherita');
  });

  it('a surname glued to a digit after a label is a person; a login in capitals is none', () => {
    has(personSpans('Bearbeiter: Quernheim2\nStatus: offen'), 'Quernheim');
    hasNone(personSpans('USER: KT4471\nTERMINAL: 07'), 'KT');
  });

  it('a surname that names a room is a person with a title or a phone number after it', () => {
    has(personSpans('Sachbearbeiter: Herr Zimmer 0761 208119\nAktenzeichen: 4 K 12/25'), 'Zimmer');
    has(personSpans('Sachbearbeiter: Zimmer 0761 208119'), 'Zimmer');
    hasNone(personSpans('Sachbearbeiter: Zimmer 214\nAktenzeichen: 4 K 12/25'), 'Zimmer');
  });
});
