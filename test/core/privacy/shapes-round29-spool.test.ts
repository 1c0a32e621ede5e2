import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const emails = valuesOf('EMAIL_ADDRESS');
const postal = valuesOf('POSTAL_ADDRESS');
const people = valuesOf('PERSON');
const phones = valuesOf('PHONE_NUMBER');

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
  it('reads family and given names by the column their heading word starts, values cut at the width', () => {
    const text = [
      '1GEHALTSLISTE  MUSTERWERK GMBH                 MONAT 03/2026   SEITE 1',
      '0PERS-N NAME           VORNAME    SK       BRUTTO     NETTO',
      ' ----------------------------------------------------------------',
      '  4410   OKONKWO-BELL   Adaeze     1     4.210,00   2.801,10',
      '  4411   WIJESEKERAHAMI Gunawathie 3     3.100,50   2.050,00',
      '\f1GEHALTSLISTE  MUSTERWERK GMBH                 MONAT 03/2026   SEITE 2',
      '0PERS-N NAME           VORNAME    SK       BRUTTO     NETTO',
      ' ----------------------------------------------------------------',
      '         LAGE          ',
      '0 4412   VAN DER POEL   Maartje    4     2.900,00   1.990,00',
      '0 SUMME MANDANT                    10.210,50',
    ].join('\n');
    const found = people(text);
    for (const name of ['OKONKWO-BELL', 'Adaeze', 'WIJESEKERAHAMI', 'Gunawathie', 'LAGE', 'VAN DER POEL', 'Maartje'])
      assert.ok(found.includes(name), `${name}: ${found.join(' | ')}`);
    assert.ok(!found.includes('MANDANT'), found.join(' | '));
  });

  it('reads "Family, Given" cells under a client heading, firms beside them left out', () => {
    const text = [
      '1FRISTENLISTE 2025    USER: QX1234    SEITE 1',
      ' MDT    MANDANT                 STEUER-ID       FRIST',
      ' ..........................................................',
      ' 31415  Ørsted-Lind, Sunniva    12 345 678 901  31.07.2026',
      ' 27182  Quellwerk Bau GmbH      98765432109     30.09.2026',
    ].join('\n');
    const found = people(text);
    assert.ok(found.includes('Ørsted-Lind, Sunniva'), found.join(' | '));
    assert.ok(!found.some((p) => p.includes('Quellwerk')), found.join(' | '));
  });

  it("leaves a ledger's account names under NAME alone", () => {
    const text = [
      '1TRIAL BALANCE PERIOD 04   PAGE 1',
      ' ACCT  NAME                         DEBIT          CREDIT',
      ' 0040 Motor vehicles               12,400.00',
      ' 4000 Sales                                       88,120.55',
      ' 7100 Rent                          9,600.00',
      ' 7006 Employer pension              3,210.40',
    ].join('\n');
    assert.deepEqual(people(text), []);
  });

  it('reads printed tables in linear time', () => {
    const scanner = new PrivacyScanner();
    const head = ' NR     NAME           VORNAME    SK\n';
    const row = '  4410   OKONKWO        Adaeze     1\n';
    assertLinearTime(
      'printed columns',
      (t) => scanner.scan(t),
      head + repeated(row, 20_000),
      head + repeated(row, 80_000),
    );
  });
  it("leaves an operator's id after a user label alone, a name after it still found", () => {
    assert.deepEqual(people('1KONTENBLATT 2026   USER: AU4471   SEITE 1\n'), []);
    assert.deepEqual(people('Benutzer: LI2290   Stand 04/2026\n'), []);
    assert.ok(people('User: Brigida Haverkamp\n').includes('Brigida Haverkamp'));
  });
  it('reads a heading repeated on the next page as no row, the rows after it still', () => {
    const text = [
      '1NEUANMELDUNGEN BAV   USER: QX1234   BLATT 1',
      ' NAME             GEB.-DATUM   RV-NUMMER',
      ' Gisela Hubertus   03.04.71     53030471H112',
      '\f1NEUANMELDUNGEN BAV   USER: QX1234   BLATT 2',
      ' NAME             GEB.-DATUM   RV-NUMMER',
      ' Ottokar Lindqvist 19.09.66     12190966L318',
    ].join('\n');
    const found = people(text);
    assert.ok(!found.includes('NAME'), found.join(' | '));
    assert.ok(found.includes('Ottokar Lindqvist'), found.join(' | '));
  });
  it("reads a ledger amount's tail and the account number below it as no phone number", () => {
    const text = [
      ' 1200 Bank current account          2,318.40      37,061.19 ',
      ' 1100 Trade debtors                 51,004.77 ',
      ' 2100 Trade creditors                              6,093.15 ',
      ' 7000 Gross wages                   40,112.60',
    ].join('\n');
    assert.deepEqual(phones(text), []);
    assert.deepEqual(phones('Rückruf bitte unter 0391 5560417.\n'), ['0391 5560417']);
  });
  it('reads a form in capitals with labels below it as no printed table, and a CSV phone after a date as a phone', () => {
    const form = [
      'LABOR-ANFORDERUNG',
      'SURNAME OKAFOR   FORENAME TEMPERANCE',
      'DOB 1971-02-11   SEX F   WARD: Linde 3',
      'Clinical notes: fasting sample',
      'Collected by: Roswitha 08:15',
    ].join('\n');
    const found = people(form);
    assert.ok(!found.some((p) => /Clinical|Collected/.test(p)), found.join(' | '));
    assert.deepEqual(phones('date,phone,ref\n1982-04-09,0049 40 318 2275,K-10442\n'), ['0049 40 318 2275']);
  });
  it('reads the debtor after a leader in a dunning run, a firm as debtor left out', () => {
    const text = leaderBlock([
      ['Schuldner', 'YIM, Sopheap'],
      ['Anschrift', 'Quittenweg 17, 79100 Freiburg'],
    ]);
    assert.ok(people(text).includes('YIM, Sopheap'), people(text).join(' | '));
    assert.deepEqual(people(leaderBlock([['Debtor', 'Northwind Logistics Ltd']])), []);
  });
});
