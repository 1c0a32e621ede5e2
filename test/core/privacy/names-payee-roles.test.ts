import assert from 'node:assert/strict';
import { found } from '../../support/type-findings.js';
import { namesByPayeeRoles } from '../../../nodes/core/privacy/names-payee-roles.js';

const names = (text: string) => found(text, 'PERSON');
const own = (text: string) => namesByPayeeRoles(text).map((e) => text.slice(e.start, e.end));

describe('privacy: names in the payout trade (names-payee-roles.ts)', () => {
  it('reads a name after a role noun with a gender mark', () => {
    assert.ok(names('Kasse 4 / Kassierer/in Kmenlang Lamare\n').includes('Kmenlang Lamare'));
    assert.deepEqual(own('Sachbearbeiter*in Dweh Kaler\nMitarbeiter/-in Chawngliana Hauhnar\n'), [
      'Dweh Kaler',
      'Chawngliana Hauhnar',
    ]);
    assert.deepEqual(own('Berater:in Kmenlang Lamare'), ['Kmenlang Lamare']);
    assert.deepEqual(own('Kassierer(in) Kmenlang Lamare'), ['Kmenlang Lamare']);
  });

  it('leaves a desk or a till after a gendered role', () => {
    assert.deepEqual(names('Kassierer/in: Kasse 3'), []);
    assert.deepEqual(own('Mitarbeiter/in: Schalter 2'), []);
    // A table's header row: the next column's title is no name.
    assert.deepEqual(own('Nr.  Künstler/in           Titel                Preis'), []);
    assert.deepEqual(own('Tel.\tMitarbeiter/in\tGeb.\tVorgang'), []);
  });

  it('reads a name after a payee label', () => {
    assert.ok(names('72 724 moveto (Gewinner: Chalse Quirk-Callister) show').includes('Chalse Quirk-Callister'));
    assert.deepEqual(own('Payee: Kmenlang Lamare'), ['Kmenlang Lamare']);
  });

  it('leaves a team or a thing after a payee label', () => {
    assert.deepEqual(names('Gewinner: Team Blau'), []);
    assert.deepEqual(own('Winner: Jackpot'), []);
    // A public office or a firm as the payee ("Bundeskasse Trier", "Vejle Auto Parts ApS").
    assert.deepEqual(own('Zahlungsempfänger: Bundeskasse Trier – Gläubiger-ID DE34ZZZ00000'), []);
    assert.deepEqual(own('Empfänger: Vejle Auto Parts ApS, Industrivej 2'), []);
    assert.deepEqual(own('Gewinner: Nr. 3. Benachrichtigung telefonisch'), []);
  });

  it('reads the callee a caller asks for', () => {
    assert.ok(names("Agent: Hi, is that Kuutsiq? I'm calling from the club.").includes('Kuutsiq'));
    assert.deepEqual(names('Agent: Hi, is that the right number?'), []);
    assert.deepEqual(own('Is that Jackpot?'), []);
  });

  it('reads a dash sign-off at the end of a message', () => {
    assert.ok(names('[Fri 21:09] Your table is confirmed. – Catreeney\n').includes('Catreeney'));
    assert.deepEqual(own('[Fri 21:09] Your table is confirmed. – Ende\n'), []);
    assert.deepEqual(own('Your table is confirmed. – Casino\n'), []);
    // After an abbreviation's full stop the dash opens a note or a title ("bis Fr. – Rückruf Hafenmeister").
    assert.deepEqual(own('AP: Lizarraga bis Fr. – Rückruf Hafenmeister\n'), []);
    assert.deepEqual(own('Islamische Gemeinde Mannheim e.V. – Mitgliedsantrag\n'), []);
  });

  it('reads a name right before a street address after a payee preposition', () => {
    assert.ok(
      names('House prize $1,500 paid in cash to Tiewlin Sohtun, 14 Victoria Ave, Whanganui 4500').includes(
        'Tiewlin Sohtun',
      ),
    );
    assert.ok(!names('paid to Acme Ltd, 14 Victoria Ave, Whanganui 4500').includes('Acme Ltd'));
  });

  it('reads a holder in its column after a card number', () => {
    assert.deepEqual(own('Chipkauf Karte   2.000 EUR   4941-0506-2074-9993   Ayder Refatova\n'), ['Ayder Refatova']);
    assert.deepEqual(own('Chipkauf Karte   4941-0506-2074-9993   Tronc Einzahlung\n'), []);
  });

  it('reads a German article before a name in a chat line, not before a word', () => {
    assert.ok(names('[18:03] Panaiot: ok. war der Hothi mit den kombis wieder da?').includes('Hothi'));
    assert.deepEqual(own('[18:03] Panaiot: ok. war der Jackpot wieder da?'), []);
    assert.deepEqual(own('[18:03] Panaiot: ok. war der Automat mit den kombis wieder da?'), []);
    assert.deepEqual(own('[30.11.26, 21:53] Bogumił: Danke. Und der Paketbote hat wieder was'), []);
    assert.deepEqual(own('[21:50] Ole: war der Paketbote heute da?'), []);
    assert.deepEqual(own('[21:50] Ole: Winterweizen auf der Müllerwiese und dem Kappelacker'), []);
    // Outside a chat line the article is not read.
    assert.deepEqual(own('Gestern war der Hothi mit den kombis da.'), []);
  });
});
