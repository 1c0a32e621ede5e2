import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { namesInWikiMarkup } from '../../../nodes/core/privacy/names-wiki.js';
import { namesInMarkupTables } from '../../../nodes/core/privacy/names-markup-tables.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

const persons = valuesOf('PERSON');
const scanner = new PrivacyScanner();
const has = (text: string, name: string) => persons(text).includes(name);

/**
 * Round 26 (part B): names in wiki and lightweight-markup sources ingested as text (MediaWiki, DokuWiki,
 * Confluence wiki markup, Org-mode, AsciiDoc, reStructuredText, Textile). The DISPLAYED name of a user link or
 * a mention is a person, its login handle is not; header attributes and role fields hold names, their keys do
 * not; a heading names a flat's buyer after a dash; markup tables name people under a person's heading or
 * beside a phone. Probes written here; look-alikes beside them.
 */
describe('privacy detectors: shapes of round 26 (names in wiki and lightweight markup)', () => {
  describe('user links, signatures and mentions', () => {
    it('reads the displayed name of a user link, a single given name too', () => {
      const sig = 'Plan revised. -- [[User:HWendeborn|Hauke Wendeborn]] 09:12, 4 May 2026 (UTC)\n';
      assert.ok(has(sig, 'Hauke Wendeborn'), JSON.stringify(persons(sig)));
      const de = 'Termin bestätigt.\n[[Benutzer:ISchwertfeger|Imke]] (Diskussion) 11:40, 2. Mai 2026 (CEST)\n';
      assert.ok(has(de, 'Imke'), JSON.stringify(persons(de)));
      const witness = '* Witness: [[User:PQuarless|Pernille]]\n* Next step: see [[Ladder log|log]]\n';
      assert.ok(has(witness, 'Pernille'), JSON.stringify(persons(witness)));
    });

    it('never takes the login handle, the talk link or a thing as a link label', () => {
      const sig = 'Done. --[[User:HWendeborn|Hauke Wendeborn]] ([[User talk:HWendeborn|talk]]) 09:14, 4 May 2026\n';
      const found = persons(sig);
      assert.ok(found.includes('Hauke Wendeborn'), JSON.stringify(found));
      assert.ok(!found.some((p) => p.includes('HWendeborn') || p === 'talk'), JSON.stringify(found));
      const things = 'Sperrung über [[lager:schluessel|Schließanlage]], siehe [[Brandschutz|Brandschutzordnung]].\n';
      assert.deepEqual(persons(things), []);
      const mention = 'Geprüft von [~hwendeborn] und [~ischwertfeger], Rückfragen an die Bauleitung.\n';
      assert.ok(!persons(mention).some((p) => /wendeborn|schwertfeger/i.test(p)), JSON.stringify(persons(mention)));
    });

    it('reads a Confluence mention with the name written beside it', () => {
      const text = '{info}Abnahme durch Prüfer [~okrogmann] (Ole Krogmann){info}\n';
      assert.ok(has(text, 'Ole Krogmann'), JSON.stringify(persons(text)));
      const link = 'Assigned to [Maren Ostendorp|~mostendorp] today.\n';
      assert.ok(has(link, 'Maren Ostendorp'), JSON.stringify(persons(link)));
    });
  });

  describe('authors in header attributes and role fields', () => {
    it('reads Org, AsciiDoc and rST authors', () => {
      const org = '#+TITLE: Mängelliste Haus 3\n#+AUTHOR: Fenja Oltmanns\n#+DATE: <2026-05-02>\n';
      assert.ok(has(org, 'Fenja Oltmanns'), JSON.stringify(persons(org)));
      const adoc = '= Prüfbericht Tiefgarage\nBrage Tönnies <brage.t@example.org>\n:toc:\n\nText.\n';
      assert.ok(has(adoc, 'Brage Tönnies'), JSON.stringify(persons(adoc)));
      const attr = '= Report\n:author: Wiebke Harms\n:revnumber: 2\n';
      assert.ok(has(attr, 'Wiebke Harms'), JSON.stringify(persons(attr)));
      const rst = 'Site report\n===========\n\n:Author: Talke Ubbens\n:Date: 2026-05-02\n';
      assert.ok(has(rst, 'Talke Ubbens'), JSON.stringify(persons(rst)));
    });

    it('reads template fields whose key names a person', () => {
      const box =
        '{{Unfall\n| injured = Fiete Lührs\n| first_aider = Gesa Brodersen\n| ort = Halle 2\n| firma = Nordbau GmbH\n}}\n';
      const found = persons(box);
      assert.ok(found.includes('Fiete Lührs') && found.includes('Gesa Brodersen'), JSON.stringify(found));
      assert.ok(!found.some((p) => /Halle|Nordbau|injured|first/.test(p)), JSON.stringify(found));
      const de = '{{Infobox\n|bauherr=Tjark Ommen\n|ersthelfer = Ilka Jansen\n|name=Meike Rolfs\n}}\n';
      const de2 = persons(de);
      assert.ok(
        ['Tjark Ommen', 'Ilka Jansen', 'Meike Rolfs'].every((n) => de2.includes(n)),
        JSON.stringify(de2),
      );
    });

    it('leaves a key, a thing and a firm under the same fields', () => {
      const box = '{{Infobox Gebäude\n| name = Nordflügel\n| bauherr = Stadtwerke Husum GmbH\n| status = offen\n}}\n';
      assert.deepEqual(persons(box), []);
    });
  });

  describe('headings, emphasis and quotes', () => {
    it('reads a buyer after a unit in a TODO heading and a Textile heading', () => {
      const org = '* TODO Wohnung 12 -- Rieke Stührmann\n  :PROPERTIES:\n  :END:\n* DONE Unit 7 -- Okke Feddersen\n';
      const found = persons(org);
      assert.ok(found.includes('Rieke Stührmann') && found.includes('Okke Feddersen'), JSON.stringify(found));
      const textile = 'h2. Sonderwünsche Haus 4 -- Hilke Dirksen\n\n# Steckdose Bad\n';
      assert.ok(has(textile, 'Hilke Dirksen'), JSON.stringify(persons(textile)));
    });

    it('leaves a heading whose dash is followed by a thing', () => {
      const org = '* TODO Wohnung 12 -- Abnahme offen\n* DONE Haus 3 -- Estrich trocken\n';
      assert.deepEqual(persons(org), []);
    });

    it('reads an emphasised name after a cue or before a role', () => {
      const doku = 'Verlust gemeldet von //Swantje// -- Karte gesperrt.\n';
      assert.ok(has(doku, 'Swantje'), JSON.stringify(persons(doku)));
      const textile = 'Instructed by: _Momme Carstens_ (safety coordinator)\n';
      assert.ok(has(textile, 'Momme Carstens'), JSON.stringify(persons(textile)));
      assert.deepEqual(persons('Status: //offen// -- siehe _Anhang_ (PDF)\n'), []);
    });

    it('reads the sign-off name of a quote', () => {
      const text = '{quote}Heating in room 2.07 is off again. -- Jördis{quote}\n';
      assert.ok(has(text, 'Jördis'), JSON.stringify(persons(text)));
      assert.deepEqual(persons('{quote}Fire doors must stay closed. -- Site rules{quote}\n'), []);
    });
  });

  describe('markup tables', () => {
    it('reads names under a person heading in DokuWiki, Textile and Confluence tables', () => {
      const doku =
        '^ Nr. ^ Inhaber ^ Bereich ^\n| SK-12 | Thies Hinrichs | Keller |\n| SK-19 | Marret Bohlen | Dach |\n';
      const d = persons(doku);
      assert.ok(d.includes('Thies Hinrichs') && d.includes('Marret Bohlen'), JSON.stringify(d));
      assert.ok(!d.some((p) => /Keller|Dach|Inhaber/.test(p)), JSON.stringify(d));
      // A DokuWiki section heading "====== … ======" right above: no quoted-printable soft break joins the lines.
      const headed = '====== Schlüsselliste -- Nordflügel, Bauteil C ======\n' + doku;
      const h = persons(headed);
      assert.ok(h.includes('Thies Hinrichs') && h.includes('Marret Bohlen'), JSON.stringify(h));
      // A name whose last word is also a prize's ("Shield") stays a name in a person's column.
      const shield = '^ Nr. ^ Inhaber ^\n| SK-3 | Winona Good Shield |\n';
      assert.ok(has(shield, 'Winona Good Shield'), JSON.stringify(persons(shield)));
      const textile = '|_. Neighbour |_. Address |\n| Sönke Petersen | 4 Quay Street, Bristol BS1 4QA |\n';
      assert.ok(has(textile, 'Sönke Petersen'), JSON.stringify(persons(textile)));
      const conf = '||Owner||Area||\n|Ubbo Janssen|Plant room|\n';
      assert.ok(has(conf, 'Ubbo Janssen'), JSON.stringify(persons(conf)));
    });

    it('reads a MediaWiki row whose name stands beside a phone', () => {
      const wiki =
        '{| class="wikitable"\n! Name !! Gewerk !! Telefon\n|-\n| Hinnerk Ohlsen || Maurer || 0171 2233445\n|}\n';
      assert.ok(has(wiki, 'Hinnerk Ohlsen'), JSON.stringify(persons(wiki)));
      // One heading and one cell per line: the cell's column counts from the row's "|-".
      const lines = '{|\n! Bauteil\n! Inhaber\n|-\n| Kellerabteil 4\n| Jorke Tadsen\n|}\n';
      const cells = namesInMarkupTables(lines).map((e) => lines.slice(e.start, e.end));
      assert.deepEqual(cells, ['Jorke Tadsen']);
    });

    it('leaves things under other headings', () => {
      const doku =
        '^ Raum ^ Mangel ^ Frist ^\n| Flur | Parkett verkratzt | 31.03. |\n| Bad | Fuge gerissen | 31.03. |\n';
      assert.deepEqual(persons(doku), []);
      // Buildings under a "Name" heading are not read as people by the table reader.
      assert.deepEqual(namesInMarkupTables('^ Name ^ Etagen ^\n| Harbour House | 6 |\n| Westkai Tower | 12 |\n'), []);
      // A Markdown table is tables.ts's: its firm beside a phone is not read here.
      const md =
        '| Firma | Ansprechpartner | Telefon |\n|---|---|---|\n| Nordhafen Dental | Jorke Tadsen | 040 1234567 |\n';
      assert.deepEqual(namesInMarkupTables(md), []);
      const wiki =
        '{| class="wikitable"\n! Bauteil !! Firma !! Telefon\n|-\n| Dachrinne || Nordblech GmbH || 040 1234567\n|}\n';
      assert.deepEqual(persons(wiki), []);
    });
  });

  describe('cost', () => {
    it('stays linear on huge wiki pages, long tables and unclosed markup', () => {
      const page = repeated(
        'Text [[User:AB|Anna Berg]] and [[Foo|bar]] {{Box\n| name = Jo Ek\n}} -- [~ab] (Jo Ek)\n',
        20_000,
      );
      const pageL = repeated(
        'Text [[User:AB|Anna Berg]] and [[Foo|bar]] {{Box\n| name = Jo Ek\n}} -- [~ab] (Jo Ek)\n',
        80_000,
      );
      assertLinearTime('wiki page', (t) => namesInWikiMarkup(t), page, pageL);
      const rows = (n: number) => '^ Nr ^ Inhaber ^\n' + '| K-1 | Anna Berg |\n'.repeat(n);
      assertLinearTime('markup tables', (t) => namesInMarkupTables(t), rows(2000), rows(8000));
      const open = (n: number) => '[[User:' + 'x|'.repeat(n) + '{{'.repeat(n) + '//a '.repeat(n);
      assertLinearTime('unclosed markup', (t) => namesInWikiMarkup(t), open(5000), open(20000));
      assertLinearTime('scan of a wiki page', (t) => scanner.scan(t), page, pageL);
    });
  });
});
