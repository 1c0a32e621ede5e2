import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { found } from '../../support/type-findings.js';

/*
 * Values inside URL-encoded bodies, query strings and curl form arguments (form-pairs.ts): a HAR's
 * `postData.text`, curl's `--data-raw '…'` and `-F key=value`, a request line's query string. The scanner's view
 * has decoded "%40", "%C3%BC" and "+" (decode-escapes.ts); a finding covers the value as it is written, encoded.
 * Every name, number and address here is made up.
 */

const thisYear = new Date().getFullYear();

const har = (body: string) =>
  '{\n  "log": {\n    "entries": [\n      {\n        "request": {\n          "method": "POST",\n' +
  '          "cookies": [{ "name": "JSESSIONID", "value": "a69a3e76c7288bb86b85df6122ce512a" }],\n' +
  '          "postData": {\n            "mimeType": "application/x-www-form-urlencoded",\n' +
  `            "text": "${body}"\n          }\n        }\n      }\n    ]\n  }\n}\n`;

describe('URL-encoded fields (form bodies, query strings, curl arguments)', () => {
  const booking =
    'lastname=Chaudharypur&firstname=Urmilabati&email=chaudharypur.u62%40web.de' +
    '&fields%5B0%5D.content=26.06.1987&fields%5B1%5D.content=KZMML3GT51&locationCode=canb&realmId=318' +
    '&categoryId=1003&captchaText=k7dp2m&action%3Aappointment_addAppointment=Speichern';

  it("reads a HAR's form body from its first pair, inside the JSON string", () => {
    const text = har(booking);
    const people = found(text, 'PERSON');
    assert.ok(people.includes('Chaudharypur'), JSON.stringify(people));
    assert.ok(people.includes('Urmilabati'), JSON.stringify(people));
    for (const v of ['k7dp2m', 'canb', '318', 'Speichern', 'a69a3e76c7288bb86b85df6122ce512a'])
      assert.ok(!people.some((p) => p.includes(v)), `${v} in ${JSON.stringify(people)}`);
  });

  it('covers a percent-encoded name as it is written', () => {
    const text = har('lastname=Bekaro%C4%9Fluni&firstname=Temel%C3%A7uri&email=t.bekarogluni%40xtra.co.nz');
    const people = found(text, 'PERSON');
    assert.ok(people.includes('Bekaro%C4%9Fluni'), JSON.stringify(people));
    assert.ok(people.includes('Temel%C3%A7uri'), JSON.stringify(people));
  });

  it("takes a date of birth from a numbered field of a form that names the person, not a booking's date", () => {
    const text = har(booking);
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['26.06.1987']);
    // The appointment's own date in a numbered field, this year: a booking's.
    const booked = har(booking.replace('26.06.1987', `14.10.${thisYear}`));
    assert.deepEqual(found(booked, 'DATE_OF_BIRTH'), []);
    // A numbered field's date in a form with no name key: nobody's birth said.
    const anonymous = har('fields%5B0%5D.content=26.06.1987&locationCode=canb&realmId=318&captchaText=k7dp2m');
    assert.deepEqual(found(anonymous, 'DATE_OF_BIRTH'), []);
    // An appointment's date under date= / termin=, beside a name: not a birth date.
    const appointment = har(`lastname=Chaudharypur&date=14.10.${thisYear}&termin=09%3A40&service=passport`);
    assert.deepEqual(found(appointment, 'DATE_OF_BIRTH'), []);
  });

  it('reads a passport number from a numbered field of a form that names the person, its check digit read', () => {
    const form = (fields: string) => har(`${fields}&locationCode=kaps&realmId=301&captchaText=d961d0`);
    const named = form(
      'lastname=Sicatpangga&firstname=Lourdesina&fields%5B0%5D.content=21.12.1950&fields%5B1%5D.content=HYMZYLXCL9',
    );
    assert.deepEqual(found(named, 'DE_PASSPORT'), ['HYMZYLXCL9']);
    // Nine letters and a digit elsewhere: a code, not a document (no name key, or not a numbered field).
    assert.deepEqual(found(form('fields%5B1%5D.content=HYMZYLXCL9'), 'DE_PASSPORT'), []);
    assert.deepEqual(found(form('lastname=Sicatpangga&voucher=HYMZYLXCL9'), 'DE_PASSPORT'), []);
    // A wrong check digit: no document number.
    assert.deepEqual(found(form('lastname=Sicatpangga&fields%5B1%5D.content=HYMZYLXCL8'), 'DE_PASSPORT'), []);
  });

  it("reads curl's --data-raw body from its first pair, German keys included", () => {
    const text =
      "curl 'https://visa.konsulat.example/antrag' \\\n  -H 'Cookie: JSESSIONID=9f2c41aa0b7d' \\\n" +
      "  --data-raw 'familienname=Kayitesiwe&vornamen=Iradukundabi&geburtsdatum=23.01.1983" +
      "&service=unterschriftsbeglaubigung&purpose=tourism&captchaText=k7dp2m'\n";
    const people = found(text, 'PERSON');
    assert.ok(people.includes('Kayitesiwe'), JSON.stringify(people));
    assert.ok(people.includes('Iradukundabi'), JSON.stringify(people));
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['23.01.1983']);
    for (const v of ['unterschriftsbeglaubigung', 'tourism', 'k7dp2m', '9f2c41aa0b7d'])
      assert.ok(!people.some((p) => p.includes(v)), `${v} in ${JSON.stringify(people)}`);
  });

  it("reads curl's -F arguments: the given names beside the surname", () => {
    const text =
      "curl -X POST 'https://passport.example/apply' \\\n    -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x.y' \\\n" +
      '    -F surname=Vallazzaor -F givenNames=Ciaterinela -F dateOfBirth=2006-06-17 -F purpose=tourism\n';
    const people = found(text, 'PERSON');
    assert.ok(people.includes('Vallazzaor'), JSON.stringify(people));
    assert.ok(people.includes('Ciaterinela'), JSON.stringify(people));
    assert.ok(!people.some((p) => p.includes('tourism')), JSON.stringify(people));
  });

  it("reads a query string's name, in a URL and in a request line, the encoded run as it stands", () => {
    const url =
      'GET https://eportal.lissabon.example/honorary/appointments?consul=Akinyiotieno+Owinoayany&service=unterschriftsbeglaubigung&locationCode=lisb\n';
    assert.deepEqual(found(url, 'PERSON'), ['Akinyiotieno+Owinoayany']);
    const line =
      '> POST /honorary/appointments?consul=Akinyiotieno+Owinoayany HTTP/2\n> Host: eportal.lissabon.example\n';
    assert.deepEqual(found(line, 'PERSON'), ['Akinyiotieno+Owinoayany']);
    const realm = '> GET /rktermin/extern/choose_realmList.do?realmId=318 HTTP/2\n> Host: termine.example\n';
    assert.deepEqual(found(realm, 'PERSON'), []);
  });

  it("reads an address under a person's address key, not a firm's", () => {
    const text = har(
      'antragsteller=Umutonigeza+Uwizeyimanawe&buerge_anschrift=Kloof+Street+122%2C+Cape+Town+8005&betrag=697&ticket=TG280',
    );
    assert.ok(
      found(text, 'POSTAL_ADDRESS').includes('Kloof+Street+122%2C+Cape+Town+8005'),
      JSON.stringify(found(text, 'POSTAL_ADDRESS')),
    );
    const firm = har('ticket=TG280&company_anschrift=Kloof+Street+122%2C+Cape+Town+8005&betrag=697');
    assert.ok(
      !found(firm, 'POSTAL_ADDRESS').some((a) => a.includes('Kloof')),
      JSON.stringify(found(firm, 'POSTAL_ADDRESS')),
    );
  });
});
