import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();

/** Each postal address the scanner finds in `text`, as its text. */
const addresses = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'POSTAL_ADDRESS')
    .map((e) => text.slice(e.start, e.end));

describe('addresses: Australian and New Zealand street types, and a property between conflict markers', () => {
  it('reads the AU/NZ abbreviations of street types in prose, a CSV cell and a key', () => {
    assert.deepEqual(addresses('Subject: Juya Jayariyú, 8 Grevillea Pde, Fremantle WA 6160\n06:40 in position.'), [
      '8 Grevillea Pde, Fremantle WA 6160',
    ]);
    assert.deepEqual(
      addresses('ARC-2504-51;Ziigwan Wassaykeesic;0412 372 512;2;"93 Grevillea Pde, Fremantle WA 6160"\n'),
      ['93 Grevillea Pde, Fremantle WA 6160'],
    );
    assert.deepEqual(addresses('customer = Ziigwan Mamakwa\naddress = 34 Grevillea Pde, Fremantle WA 6160\n'), [
      '34 Grevillea Pde, Fremantle WA 6160',
    ]);
    for (const street of [
      'Banksia Cres',
      'Lakeview Cct',
      'Marine Tce',
      'Ocean Esp',
      'Kings Bvd',
      'Wattle Gr',
      'Jacaranda Cl',
    ])
      assert.deepEqual(addresses(`She lives at 12 ${street}, Brisbane QLD 4000.`), [`12 ${street}, Brisbane QLD 4000`]);
  });

  it('leaves a firm tenancy after an office floor unflagged, but not a home', () => {
    assert.deepEqual(
      addresses(
        'Master Key Register – System MK-4417 – Level 3, 120 Collins St, Melbourne VIC 3000 (tenancy)\nKey  Level\n',
      ),
      [],
    );
    assert.deepEqual(addresses('Ms Tran lives at Level 3, 120 Collins St, Melbourne VIC 3000.'), [
      '120 Collins St, Melbourne VIC 3000',
    ]);
  });

  it('leaves lower-case words after a number alone', () => {
    assert.deepEqual(addresses('We ordered 12 pde units and 4 cres panels.'), []);
  });

  it('reads a guarded home between merge conflict markers as the record’s', () => {
    const text =
      'Konto: ARC-3120-21\nName: Oumou-Kalsoum Djigo\nMobil: +41 79 807 31 57\nPrio: 2\n<<<<<<< HEAD\nObjekt: Spitalgasse 101, 3011 Bern\n=======\nObjekt: Lerchenfelder Gürtel 38, 1160 Wien\n>>>>>>> hotfix/roster-kw12\n';
    assert.deepEqual(addresses(text), ['Spitalgasse 101, 3011 Bern', 'Lerchenfelder Gürtel 38, 1160 Wien']);
  });

  it('still drops a property object far from any person', () => {
    assert.deepEqual(
      addresses(
        'Verkaufsunterlagen\n\nBaujahr 1998\nZimmer 4\nHeizung Gas\nKeller ja\nObjekt: Spitalgasse 101, 3011 Bern\n',
      ),
      [],
    );
  });
});
