import { personSpans } from '../../support/person-spans.js';
import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const people = valuesOf('PERSON');
const scanner = new PrivacyScanner();

/**
 * Round 23: names in pages scraped to plain text (wiki exports, forums, review pages, portals): HTML
 * entities left undecoded, @handles built from names, bylines with an initial, names alone under a
 * column heading that names a person's role, names after bold labels, checklist items and delivery
 * notes. Names and wording are made up here, not taken from any set; look-alikes stand beside them.
 */
describe('privacy detectors: shapes of round 23 (names in scraped pages)', () => {
  it('reads undecoded HTML entities and reports the whole escaped name', () => {
    const text = 'Bewertung von Bo&#382;ena Kr&#xE1;lov&aacute; am 3. M&auml;rz.\nFahrer: J&ouml;rg Wei&szlig;gerber';
    const found = personSpans(text);
    assert.ok(found.includes('Bo&#382;ena Kr&#xE1;lov&aacute;'), JSON.stringify(found));
    assert.ok(found.includes('J&ouml;rg Wei&szlig;gerber'), JSON.stringify(found));
    // "&" in prose is no reference: the firm stays as written and no name.
    assert.deepEqual(people('Wir liefern mit Brandt & Co und AT&T Kunden.'), []);
  });

  it('finds @handles built from names, and leaves team handles and addresses alone', () => {
    const text =
      '**Teilnehmer:** @wiremu.tane, @h.oyelaran, @dovile.k\n' +
      '- [ ] Ersatzteile bestellen @kalani-rose.m\n' +
      'Teamlead: @farrukh.ismoilov · cc @lager-team @here @channel @admin\n' +
      'Mail an lager@spedition-nord.de oder @support';
    const found = personSpans(text);
    for (const h of ['wiremu.tane', 'h.oyelaran', 'dovile.k', 'kalani-rose.m', 'farrukh.ismoilov'])
      assert.ok(found.includes(h), `${h} in ${JSON.stringify(found)}`);
    for (const f of found) assert.ok(!/team|here|channel|admin|support|spedition/.test(f), f);
  });

  it('leaves code decorators, package scopes and domains after "@" alone', () => {
    const text =
      '@app.route("/status")\ndef status():\n    return "ok"\n\nimport x from "@babel.core/preset";\n@media screen { a { color: red } }\nSee @example.com for more.';
    assert.deepEqual(people(text), []);
    // A quoted JSON key after "@" is no handle.
    const json = '{ "@odata.context": "https://graph.example.com/v1.0/$metadata#users", "@search.score": 1 }';
    for (const f of people(json)) assert.ok(!f.includes('.'), f);
  });

  it('finds bylines with an initial in forum posts and review pages', () => {
    const text =
      'Posted by Tawia B. » Mon 4 May 2026\n> quoted text\nGreat tip, thanks.\n\n' +
      'Beitrag von Ilkka M. » Di 5. Mai 2026\nDanke!\n\n' +
      '★★★★☆ by Saoirse K. · Sun 3 May 2026\nFriendly staff.\n\n' +
      '&#9733;&#9733;&#9734; by Nazl&#305; &#214;. &#183; Fri 1 May 2026\nSlow.';
    const found = personSpans(text);
    for (const n of ['Tawia B.', 'Ilkka M.', 'Saoirse K.', 'Nazl&#305; &#214;.'])
      assert.ok(found.includes(n), `${n} in ${JSON.stringify(found)}`);
    // A byline of a role or a team is no person.
    assert.deepEqual(
      people(
        'Posted by Admin » Mon 4 May 2026\n★★★★★ by Verified Customer · Sun 3 May 2026\nAntwort von Kilometerfresser · Mo 4. Mai 2026',
      ),
      [],
    );
  });

  it('finds names alone under a column whose heading names a person role, not the other columns', () => {
    const text =
      '| Tag | Strecke | Ausbilder | Min |\n|---|---|---|---|\n| Mo 4. Mai | Autobahn | Oyelaran | 90 |\n| Di 5. Mai | Stadt | Oyelaran | 45 |\n\n' +
      '| Date | Route | Instructor | Min |\n|---|---|---|---|\n| Mon 4 May | Rural | Thorvaldsen | 45 |\n\n' +
      '| Shift | Line | Operator |\n|---|---|---|\n| Early | Press 3 | Mbeki |';
    const found = people(text);
    for (const n of ['Oyelaran', 'Thorvaldsen', 'Mbeki'])
      assert.ok(found.includes(n), `${n} in ${JSON.stringify(found)}`);
    for (const f of found) assert.ok(!/Autobahn|Stadt|Rural|Press|Early|Ausbilder|Instructor/.test(f), f);
  });

  it('finds names after bold labels, in checklist items and in delivery notes', () => {
    const text =
      '**Leitung:** Wiremu Tane\n' +
      '- [x] Springerliste gepflegt @t.okafor\n' +
      '- [ ] Unterweisung nachholen: Dovile\n' +
      '- [ ] Catch up on forklift training: Farrukh\n' +
      'Empfänger nicht angetroffen – abgegeben bei Nachbar/in Oyelaran\n' +
      'Recipient not home – left with neighbour Thorvaldsen\n' +
      'Card reported lost by Kalani from the portal';
    const found = people(text);
    for (const n of ['Wiremu Tane', 'Dovile', 'Farrukh', 'Oyelaran', 'Thorvaldsen', 'Kalani'])
      assert.ok(found.includes(n), `${n} in ${JSON.stringify(found)}`);
  });

  it('leaves checklist values that are no names alone', () => {
    const text =
      '- [ ] Status: Offen\n- [x] Werkzeug: Drehmomentschlüssel\n- [ ] Deadline: Friday\n- [ ] Route: Autobahn';
    assert.deepEqual(people(text), []);
    // Also in a list that assigns items to people by handle.
    assert.deepEqual(people(`- [x] Plan gepflegt @t.okafor\n${text}\n- [ ] Freigabe: Erledigt`), ['t.okafor']);
  });

  it('finds the name in a key-value table row and the heading of a person profile page', () => {
    const text =
      '# Meine Daten\n| Feld | Wert |\n|---|---|\n| Name | Oluwaseun Adeyemi-Brandt |\n| Eintritt | 01.03.2021 |\n\n' +
      'Home › People › Profile\n\n# Tavita Leiataua\nForklift driver warehouse 2 · Manager: @r.oyelaran\nExtension -4411\n';
    const found = people(text);
    for (const n of ['Oluwaseun Adeyemi-Brandt', 'Tavita Leiataua'])
      assert.ok(found.includes(n), `${n} in ${JSON.stringify(found)}`);
    // Headings of other pages and rows of other keys are no names.
    const other =
      '# Schichtplan Halle\nStand 04.05.2026 · Verantwortlich: Werkleitung\n\n# Quality Report\nPlant 2 · Manager: see below\n| Feld | Wert |\n|---|---|\n| Status | Offen Geblieben |';
    assert.deepEqual(people(other), []);
  });

  it('stays linear on dense entities, handles and tables', () => {
    const unit =
      '&#353;&#xF2;&auml;&amp; @ab.cd @x.y-team, @q.r @s.t\n| Datum | Fahrer | Min |\n|---|---|---|\n| Mo | Oyelaran | 45 |\n' +
      'Posted by Tawia B. » Mon 4 May\n- [ ] Check: Dovile\n';
    assertLinearTime('round 23 pages', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
