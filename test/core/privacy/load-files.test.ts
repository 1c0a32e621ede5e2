import assert from 'node:assert/strict';
import { flags, leaves, spansOf } from '../../support/person-spans.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { readLoadFile } from '../../../nodes/core/privacy/load-files.js';

/**
 * Round 42: litigation productions' load files (load-files.ts). A Concordance DAT's fields stand between þ
 * qualifiers, separated by ASCII 20 (or "|", "^", ","), with ® between values and ¶ for a line break; its
 * CUSTODIAN, FROM, TO, CC … fields hold persons and addresses. An Opticon image cross-reference holds none.
 * Names, addresses and Bates numbers are made up here; look-alikes stand beside them.
 */
const q = 'þ';
const dat = (sep: string, rows: string[][]) => rows.map((r) => r.map((c) => q + c + q).join(sep)).join('\n') + '\n';
const HEAD = ['BEGDOC', 'ENDDOC', 'CUSTODIAN', 'FROM', 'TO', 'CC', 'SUBJECT', 'DATESENT', 'FILENAME', 'MD5HASH'];

describe('privacy detectors: load files of a production (Concordance DAT, Opticon)', () => {
  it('reads a DAT with ASCII 20 and þ: custodians as persons, addresses without the qualifiers', () => {
    const text = dat('\u0014', [
      HEAD,
      [
        'KLMR-0000101',
        'KLMR-0000103',
        'Ozturkova, Velimira',
        'velimira.ozturkova@gmail.com',
        'tbrandqvist27@proton.me',
        'claims@insurer-example.com',
        'Claim update – escape of water',
        '2025-04-11',
        'KLMR-0000101.msg',
        '9e107d9d372bb6826bd81d3542a419d6',
      ],
      [
        'KLMR-0000104',
        'KLMR-0000104',
        'Quenneville, Aurèle',
        'aurele.q@posteo.de',
        'Ysolde Marchetti-Ruiz <ysolde.mr@gmx.de>; Brandqvist, Tove <tove.b@web.de>',
        'hjalmar.ekwueme@outlook.com; claims@insurer-example.com',
        'Subrogation demand',
        '2025-04-12',
        'KLMR-0000104.msg',
        'e4d909c290d0fb1ca068ffaddf22cbd0',
      ],
    ]);
    for (const name of ['Ozturkova, Velimira', 'Quenneville, Aurèle', 'Ysolde Marchetti-Ruiz', 'Brandqvist, Tove'])
      flags(text, 'PERSON', name);
    const mails = spansOf(text, 'EMAIL_ADDRESS');
    for (const mail of [
      'velimira.ozturkova@gmail.com',
      'tbrandqvist27@proton.me',
      'aurele.q@posteo.de',
      'ysolde.mr@gmx.de',
      'tove.b@web.de',
      'hjalmar.ekwueme@outlook.com',
    ])
      assert.ok(mails.includes(mail), `${mail} in ${JSON.stringify(mails)}`);
    // No finding takes a qualifier along; the insurer's role mailbox is no one's ("proton.me" beside it is no "me").
    for (const type of ['PERSON', 'EMAIL_ADDRESS']) assert.ok(!spansOf(text, type).some((f) => f.includes('þ')), type);
    leaves(text, 'EMAIL_ADDRESS', 'claims@');
    // Bates numbers, subjects, dates sent, file names and hashes are no personal data.
    for (const word of ['KLMR', 'Subrogation', 'escape', '9e107d9d', 'e4d909c2'])
      for (const type of ['PERSON', 'PHONE_NUMBER', 'ID_DOCUMENT', 'DATE_OF_BIRTH']) leaves(text, type, word);
    assert.deepEqual(
      spansOf(text, 'PERSON').filter((f) => /Claim|Subrogation|msg|2025/.test(f)),
      [],
    );
  });

  it('reads "|" and "^" delimiters, ® between values and ¶ inside a field', () => {
    for (const sep of ['|', '^']) {
      const text = dat(sep, [
        ['BEGBATES', 'ENDBATES', 'ALL_CUSTODIANS', 'AUTHOR', 'TITLE'],
        [
          'KLMR-0000201',
          'KLMR-0000202',
          'Ferreira-Lund, Oskarina®Tvardovska, Milena',
          'Halvard Skjeggestad',
          'Schedule¶of loss',
        ],
      ]);
      for (const name of ['Ferreira-Lund, Oskarina', 'Tvardovska, Milena', 'Halvard Skjeggestad'])
        flags(text, 'PERSON', name);
      leaves(text, 'PERSON', 'Schedule');
      leaves(text, 'PERSON', 'KLMR');
    }
  });

  it('reads a comma-delimited DAT: a comma inside a þ-qualified field belongs to the value', () => {
    const text = dat(',', [
      ['BEGDOC', 'ENDDOC', 'CUSTODIAN', 'SENDER'],
      ['KLMR-0000301', 'KLMR-0000301', 'Lindqvist-Amadi, Saoirse', 'Pereira Kowalczyk, Janek'],
    ]);
    flags(text, 'PERSON', 'Lindqvist-Amadi, Saoirse');
    flags(text, 'PERSON', 'Pereira Kowalczyk, Janek');
  });

  it("reads a German export's person fields (Verwahrer, Absender, Empfänger)", () => {
    const text = dat('\u0014', [
      ['BEGDOC', 'ENDDOC', 'Verwahrer', 'Absender', 'Empfänger', 'Betreff'],
      [
        'KLMR-0000401',
        'KLMR-0000402',
        'Wendelstein, Rike',
        'Jorinde Pfaffenrath',
        'schaden@versicherer-beispiel.de',
        'Regress Kfz-Haftpflicht',
      ],
    ]);
    flags(text, 'PERSON', 'Wendelstein, Rike');
    flags(text, 'PERSON', 'Jorinde Pfaffenrath');
    leaves(text, 'PERSON', 'Regress');
    leaves(text, 'PERSON', 'schaden');
  });

  it('reads a CSV load file with a Bates heading the same way; a schedule with From and To is no load file', () => {
    const csv =
      'Begin Bates,End Bates,Custodian,From\n' +
      'KLMR-0000501,KLMR-0000502,"Achterberg, Liesje","Teodor Brankovan <teo.b@gmx.de>"\n';
    flags(csv, 'PERSON', 'Achterberg, Liesje');
    flags(csv, 'PERSON', 'Teodor Brankovan');
    const schedule = 'Route;From;To;End\nR1;Rosenheim;Traunstein;17:40\nR2;Ingolstadt;Eichstätt;18:05\n';
    for (const place of ['Rosenheim', 'Traunstein', 'Ingolstadt', 'Eichstätt']) leaves(schedule, 'PERSON', place);
  });

  it('flags nothing in an Opticon image cross-reference', () => {
    const text =
      'KLMR-0000101,VOL001,IMAGES\\001\\KLMR-0000101.tif,Y,,,3\n' +
      'KLMR-0000102,VOL001,IMAGES\\001\\KLMR-0000102.tif,,,,\n' +
      'KLMR-0000103,VOL001,IMAGES\\001\\KLMR-0000103.tif,,,,\n';
    assert.deepEqual(spansOf(text, 'PERSON'), []);
    assert.deepEqual(
      new PrivacyScanner().scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`),
      [],
    );
  });

  it('reads only a text whose first line is a header of þ-qualified field names', () => {
    assert.equal(readLoadFile('Delimiters: field DC4 (ASCII 20), quote þ, newline ®.'), undefined);
    assert.equal(readLoadFile('Guðþór Ásmundsson, þökk fyrir'), undefined);
    const view = readLoadFile('þBEGDOCþ\u0014þCUSTODIANþ\nþA-1þ\u0014þBerg, Ann®Lund, Ole¶xþ\n');
    assert.equal(view?.text, '"BEGDOC"\t"CUSTODIAN"\n"A-1"\t"Berg, Ann;Lund, Ole x"\n');
  });
});
