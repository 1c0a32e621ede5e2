import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { htmlSourcePieces } from '../../../nodes/core/privacy/html-source.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** The findings as "TYPE text" over the page as written. */
function found(text: string): string[] {
  return scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}
const includes = (result: string[], ...wanted: string[]) =>
  wanted.forEach((w) => assert.ok(result.includes(w), `${w} not in: ${result.join(' | ')}`));
const none = (result: string[], word: string) =>
  assert.ok(!result.some((r) => r.includes(word)), `${word} flagged: ${result.join(' | ')}`);
const some = (result: string[], type: string, part: string) =>
  assert.ok(
    result.some((r) => r.startsWith(`${type} `) && r.includes(part)),
    `${type} over ${part} not in: ${result.join(' | ')}`,
  );

/** A page as a crawler stores it: doctype, head with its own attributes, a body. */
const page = (body: string, head = '') =>
  `<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Portal</title>\n` +
  `<link rel="stylesheet" href="/static/css/site.4f9a2c71.css">${head}\n</head>\n<body class="page">\n${body}\n</body>\n</html>\n`;

describe('web page source (html-source.ts)', () => {
  it('a page is read; a text that merely contains a tag stays plain text', () => {
    assert.ok(htmlSourcePieces(page('<p>Hallo</p>')));
    assert.equal(htmlSourcePieces('Bitte <b>nicht</b> vergessen: Termin am Montag.'), undefined);
  });

  it('a mail with an HTML part is no page: an address in angle brackets stays an address', () => {
    const mail =
      'Return-Path: <wiebke.oltmanns@beispielpost.de>\nFrom: "Wiebke Oltmanns" <wiebke.oltmanns@beispielpost.de>\n' +
      'Content-Type: text/html; charset=utf-8\n\n<html><body><div><p>Guten Tag,</p><p>bitte um R\u00fcckruf.</p>' +
      '<p>Gru\u00df</p></div></body></html>\n';
    assert.equal(htmlSourcePieces(mail), undefined);
    const result = found(mail);
    includes(result, 'EMAIL_ADDRESS wiebke.oltmanns@beispielpost.de');
    // Inside a page too, "<address>" in prose is text, no tag.
    const text = page('<p>Antwort an <wiebke.oltmanns@beispielpost.de> erbeten.</p>');
    includes(found(text), 'EMAIL_ADDRESS wiebke.oltmanns@beispielpost.de');
  });

  it('a phone number split by inline tags is found over its pieces', () => {
    const text = page(
      '<main>\n<p>Privat erreichbar unter Telefon: +49 <b>176</b> 5550&nbsp;<span>8213</span></p>\n</main>',
    );
    const result = found(text);
    some(result, 'PHONE_NUMBER', '+49');
    some(result, 'PHONE_NUMBER', '176');
    some(result, 'PHONE_NUMBER', '8213');
  });

  it('character references are decoded inside their piece: an address split by a tag around its "&#64;"', () => {
    const text = page('<p>Kontakt: wiebke.oltmanns<span>&#64;</span>beispielpost.de</p>');
    const result = found(text);
    includes(result, 'EMAIL_ADDRESS wiebke.oltmanns', 'EMAIL_ADDRESS beispielpost.de');
    none(result, 'PERSON');
  });

  it('JSON-LD: a Person’s address parts join into one address line, name and birth date labelled', () => {
    const json =
      '{"@context":"https://schema.org","@type":"Person","name":"Wiebke Oltmanns","birthDate":"1974-03-19",' +
      '"telephone":"+49 176 55508213","address":{"@type":"PostalAddress","streetAddress":"Kiebitzweg 17",' +
      '"postalCode":"26725","addressLocality":"Emden"}}';
    const text = page('<p>Profil</p>', `\n<script type="application/ld+json">${json}</script>`);
    const result = found(text);
    some(result, 'POSTAL_ADDRESS', 'Kiebitzweg 17');
    // The locality is an address only beside its street: read as one line.
    includes(result, 'POSTAL_ADDRESS Emden');
    some(result, 'DATE_OF_BIRTH', '1974-03-19');
    some(result, 'PERSON', 'Wiebke Oltmanns');
  });

  it('a state object’s strings are read with their \\u escapes decoded', () => {
    const state = '{"user":{"firstName":"Wiebke","lastName":"Oltmanns","email":"w.oltmanns\\u0040beispielpost.de"}}';
    const text = page(`<div id="app"></div>\n<script>window.__APP_STATE__ = ${state};</script>`);
    some(found(text), 'EMAIL_ADDRESS', 'w.oltmanns');
  });

  it('tel: and mailto: links are read percent-decoded, under the words before the link', () => {
    const text = page(
      '<p>Flugplatzgesellschaft Jadebusen mbH · Am Deich 4, 26386 Wilhelmshaven · ' +
        'Zentrale <a href="tel:%2B49%204421%205550">Anrufen</a></p>\n' +
        '<p>Ansprechpartnerin: Wiebke Oltmanns, Mobil <a href="tel:%2B49%20176%2055508213">Anrufen</a> · ' +
        '<a href="mailto:wiebke.oltmanns%40beispielpost.de">Schreiben</a></p>',
    );
    const result = found(text);
    some(result, 'PHONE_NUMBER', '55508213');
    some(result, 'EMAIL_ADDRESS', 'wiebke.oltmanns%40beispielpost.de');
    none(result, '4421');
  });

  it('a switchboard through markup is dropped, a person’s mobile on the same page stays', () => {
    const text = page(
      '<main>\n<p>Ansprechpartnerin: Wiebke Oltmanns, Mobil <a href="tel:+4917655508213">0176&nbsp;5550&nbsp;8213</a></p>\n</main>\n' +
        '<footer><p>Flugplatzgesellschaft Jadebusen mbH · Am Deich 4, 26386 Wilhelmshaven · ' +
        'Zentrale <a href="tel:+4944215550">+49&nbsp;4421&nbsp;5550</a></p></footer>',
    );
    const result = found(text);
    some(result, 'PHONE_NUMBER', '0176');
    some(result, 'PHONE_NUMBER', '4917655508213');
    none(result, '4421');
    none(result, '4944215550');
  });

  it('a table row’s cells stay apart: a name cell is a name, the next cell’s gate no address', () => {
    const row = (time: string, name: string, gate: string) =>
      `<tr data-badge="HX-${time.replace(':', '')}"><td>${time}</td><td>${name}</td><td>${gate}</td></tr>`;
    const text = page(
      '<table class="log">\n<thead><tr><th>Zeit</th><th>Name</th><th>Ort</th></tr></thead>\n<tbody>\n' +
        [row('05:41', 'Oltmanns, Wiebke', 'Tor 12'), row('06:02', 'Harmsen, Tjark', 'Tor 7')].join('\n') +
        '\n</tbody>\n</table>',
    );
    const result = found(text);
    some(result, 'PERSON', 'Oltmanns');
    some(result, 'PERSON', 'Tjark');
    none(result, 'Tor 12');
    none(result, 'Tor 7');
  });

  it('a filled form reads each value under its label', () => {
    const text = page(
      '<form method="post" action="/konto">\n<label for="gd">Geburtsdatum</label>\n' +
        '<input type="text" id="gd" name="gd" value="19.03.1974">\n' +
        '<label for="iban">IBAN</label>\n' +
        '<input type="text" id="iban" name="iban" value="DE02 1203 0000 0000 2020 51">\n' +
        '<label>Anschrift</label>\n<textarea name="adresse">Kiebitzweg 17\n26725 Emden</textarea>\n</form>',
    );
    const result = found(text);
    includes(result, 'DATE_OF_BIRTH 19.03.1974');
    some(result, 'IBAN_CODE', 'DE02 1203');
    some(result, 'POSTAL_ADDRESS', 'Kiebitzweg 17');
  });

  it('the page’s own attributes (classes, ids, paths, hashes) raise no name; an unknown attribute keeps its findings', () => {
    const text = page(
      '<div class="wiebke-oltmanns card" id="profil-4917655508213">\n' +
        '<img src="/img/9f86d081884c7d659a2feaa0c55ad015.png" alt="">\n' +
        '<img src="/scans/DE02120300000000202051.png" alt="">\n' +
        '<a href="/profil/4917655508213" rel="nofollow">Profil</a>\n' +
        '<p data-x="1">Willkommen</p>\n</div>',
    );
    const result = found(text);
    none(result, '4917655508213');
    none(result, '9f86d081');
    none(result, 'wiebke');
    // A value of a checked shape in the page's own places is flagged all the same: an IBAN's check digits hold for
    // one random string in 97, and a scan named for an account is the account's (privacy first).
    some(result, 'IBAN_CODE', 'DE02120300000000202051');
    // An attribute no list names is read as written, privacy first.
    const unknown = page('<p>Willkommen</p>\n<div x-kontakt="+49 176 55508213">Profil</div>\n<p>Ende</p>');
    some(found(unknown), 'PHONE_NUMBER', '55508213');
  });

  it('reads a long one-line page in linear time', () => {
    const unit =
      '<div class="row"><span>Wiebke</span> <b>Olt</b>manns &#64; <a href="tel:%2B4917655508213">Tel</a></div>';
    const small = `<!DOCTYPE html><html><body>${repeated(unit, 40_000)}</body></html>`;
    const large = `<!DOCTYPE html><html><body>${repeated(unit, 160_000)}</body></html>`;
    assertLinearTime('one-line page', (t) => scanner.scan(t), small, large);
  });
});
