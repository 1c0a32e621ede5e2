import assert from 'node:assert/strict';
import { flagged, found, unflagged } from '../../support/type-findings.js';

describe('names in prison, probation and youth justice records (round 46, set 43)', () => {
  it('reads whom a talk or a visit is about', () => {
    flagged('[00:00:05 --> 00:00:11] SPEAKER_00: Right, er, we’re here about Dexil.\n', 'PERSON', 'Dexil');
    flagged('[00:00:19 --> 00:00:25] SPEAKER_00: Okay, äh, wir sind hier wegen Parhat.\n', 'PERSON', 'Parhat');
    assert.ok(
      found('<v Officer>Visit for Gretl Pescollderungg, CELL-E1-361.\n', 'PERSON').includes('Gretl Pescollderungg'),
    );
    assert.ok(found('<v Beamter>Besuch für Skarma Chospel, CELL-D1-118.\n', 'PERSON').includes('Skarma Chospel'));
  });

  it('leaves a talk about a thing and a visit for a group', () => {
    unflagged('SPEAKER_00: Right, we’re here about Money.\n', 'PERSON', 'Money');
    unflagged('Visit for Families, Saturday 14:00.\n', 'PERSON', 'Families');
    unflagged('Wir sind hier wegen Lockerungen.\n', 'PERSON', 'Lockerungen');
  });

  it("reads a name after the trade's abbreviated roles and person nouns", () => {
    flagged('Auflagen zu 2/3 erfüllt.\nNächster Termin 07.07. – BewH Ernštreit', 'PERSON', 'Ernštreit');
    flagged('Can someone ring my aunt?\nActioned: Rev Annõ Vaļģis', 'PERSON', 'Annõ Vaļģis');
    flagged(
      'Yaotl Tzompantzi 09:14: client Coatl Acatzin missed reporting again, phone off.',
      'PERSON',
      'Coatl Acatzin',
    );
  });

  it('leaves the abbreviations alone or before ordinary words', () => {
    assert.deepEqual(found('Nächster Termin 07.07. – BewH\n', 'PERSON'), []);
    unflagged('Termin bei BewH Montag\n', 'PERSON', 'Montag');
    unflagged('The client Portal was down.\n', 'PERSON', 'Portal');
  });

  it('reads an enrolment surname first and a roll list keyed by prisoner numbers', () => {
    flagged(
      'Education dept – enrolment\nLearner: Tabane, Teekoa   A8831GS   ULN 4412098836\n',
      'PERSON',
      'Tabane, Teekoa',
    );
    flagged('Textiles workshop pay w/e 10/07\nA4471KN Ruusop E.   5 sessions £12.50\n', 'PERSON', 'Ruusop E.');
    flagged('Textiles workshop pay w/e 10/07\nA4471KN Baker E.   5 sessions £12.50\n', 'PERSON', 'Baker E.');
    flagged('Textiles pay\nA9120PL Sirenimwaur S. 4 sessions £10.00\n', 'PERSON', 'Sirenimwaur S.');
    flagged('Roll\nA9120PL Sirenimwaur, Kautu\n', 'PERSON', 'Sirenimwaur, Kautu');
  });

  it("leaves a roll list's headers", () => {
    assert.deepEqual(found('Prison no.   Name   Sessions   Pay\n', 'PERSON'), []);
    assert.deepEqual(found('Pay list\nA4471KN Textiles workshop 5 sessions\n', 'PERSON'), []);
  });

  it('reads an observation log and leaves a time before an ordinary word', () => {
    flagged('ACCT observation record – CELL-F1-104\n02:00 Tiarite asleep, breathing observed.\n', 'PERSON', 'Tiarite');
    unflagged('ACCT observation record\n02:00 Lights out.\n03:00 Cell quiet, observed.\n', 'PERSON', 'Lights');
    unflagged('ACCT observation record\n03:00 Prisoner asleep.\n', 'PERSON', 'Prisoner');
  });

  it("leaves the trade's role nouns and an inventory's goods", () => {
    unflagged('Unpaid work.\nAuthor: Tresek Trezise-Hocking, Probation Officer\n', 'PERSON', 'Probation Officer');
    flagged('Unpaid work.\nAuthor: Tresek Trezise-Hocking, Probation Officer\n', 'PERSON', 'Tresek Trezise-Hocking');
    unflagged('Rückruf an Proband unter 0171 9920413 erfolgt.\n', 'PERSON', 'Proband');
    unflagged('Gefunden: 1 Ladekabel, 2 Päckchen Tabak über Einkaufsmenge.\n', 'PERSON', 'Tabak');
    flagged('Rückruf an Jana Okafor unter 0171 9920413 erfolgt.\n', 'PERSON', 'Jana Okafor');
  });
});
