import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

/**
 * Hostile review of round 35: a person's value the scanner flagged before must not be dropped as a web page's own
 * markup, a firm's account or a travel document's number.
 */
const scanner = new PrivacyScanner();

function found(text: string): string[] {
  return scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}

function has(text: string, type: string, value: string): void {
  const f = found(text);
  assert.ok(
    f.some((x) => x.startsWith(`${type} `) && x.includes(value)),
    `${type} ${value} missing: ${f.join(' | ')}`,
  );
}

function hasNo(text: string, value: string): void {
  const f = found(text);
  assert.ok(!f.some((x) => x.includes(value)), `${value} flagged: ${f.join(' | ')}`);
}

const page = (body: string) =>
  `<!DOCTYPE html>\n<html lang="de">\n<head><meta charset="utf-8"><title>Kontakt</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

describe('review 35: web page source keeps what a page says outside its text', () => {
  it('reads an aria-label (what a screen reader says) as text; an aria state stays the page’s own', () => {
    const text = page('<p><a href="#" aria-label="Rückruf an Ilka Wendorf, Tel. 0176 41829375">Anrufen</a></p>');
    has(text, 'PERSON', 'Ilka Wendorf');
    has(text, 'PHONE_NUMBER', '41829375');
    const state = page('<p><button aria-controls="panel-017641829375" aria-expanded="false">Mehr</button></p>');
    hasNo(state, '41829375');
  });

  it('keeps an e-mail address written in an id, a path or a form field’s name', () => {
    has(page('<div id="user-ilka.wendorf@example.net">Profil</div>\n<p>Hallo</p>'), 'EMAIL_ADDRESS', 'ilka.wendorf@');
    has(page('<p><img src="/avatars/ilka.wendorf@example.net.png" alt=""></p>'), 'EMAIL_ADDRESS', 'ilka.wendorf@');
    has(page('<form action="/send?email=ilka.wendorf%40example.net"><p>x</p></form>'), 'EMAIL_ADDRESS', 'ilka.wendorf');
  });

  it('reads a link’s query parameters that name a person’s value; the path and a cache buster stay the page’s own', () => {
    const text = page(
      '<p><a href="https://crm.example.net/lead?name=Ilka+Wendorf&amp;phone=017641829375&amp;iban=DE89370400440532013000">Lead</a></p>',
    );
    has(text, 'PHONE_NUMBER', '017641829375');
    has(text, 'IBAN_CODE', 'DE89370400440532013000');
    const own = page('<p><a href="/profil/4917641829375?v=20240512&amp;ref=017641829375">Profil</a></p>');
    hasNo(own, '4917641829375');
    hasNo(own, '017641829375');
  });

  it('keeps a pre block’s line breaks: a name stops at its line', () => {
    const text = page('<pre>Name: Ilka Wendorf\nTelefon: 0176 41829375</pre>');
    const f = found(text);
    assert.ok(f.includes('PERSON Ilka Wendorf'), f.join(' | '));
    has(text, 'PHONE_NUMBER', '41829375');
  });

  it('keeps the findings of prose a "<" made look like a tag, and of a style sheet’s strings', () => {
    const prose = page('<p>if a<b then call Ilka Wendorf, Tel. 0176 41829375, and b>c</p>');
    has(prose, 'PERSON', 'Ilka Wendorf');
    has(prose, 'PHONE_NUMBER', '41829375');
    const sheet = `<!DOCTYPE html><html><head><style>.card::after { content: 'Tel. 0176 41829375' }</style></head><body><p>x</p></body></html>`;
    has(sheet, 'PHONE_NUMBER', '41829375');
    // The style sheet's rules and a boolean attribute stay the page's own.
    hasNo(page('<p hidden class="c-017641829375">x</p>'), '41829375');
  });

  it('reads a search link’s query as text', () => {
    has(page('<p><a href="/suche?q=Ilka+Wendorf+0176+41829375">x</a></p>'), 'PHONE_NUMBER', '41829375');
  });

  it('reads a page with many query links and aria labels in linear time', () => {
    const unit =
      '<p><a href="/x?phone=017641829375&amp;v=1" aria-label="Ilka Wendorf">x</a><img src="/a/b@c.de.png"></p>';
    const small = page(unit.repeat(3_000));
    const large = page(unit.repeat(12_000));
    assertLinearTime('query links', (t) => scanner.scan(t), small, large);
  });
});

describe('review 35: an account or a phone stays a person’s', () => {
  it('keeps the IBAN of a person holder whose firm stands in brackets or after a comma', () => {
    has('Kontoinhaber: Ilka Wendorf (Wendorf Logistik GmbH), IBAN DE89370400440532013000', 'IBAN_CODE', 'DE89');
    has(
      'Kontoinhaber: Ilka Wendorf, Inhaberin der Wendorf Logistik GmbH, IBAN DE89370400440532013000',
      'IBAN_CODE',
      'DE89',
    );
    // A firm by its legal form alone stays the firm's.
    hasNo('Kontoinhaber: Wendorf Logistik GmbH & Co. KG, IBAN DE89370400440532013000', 'DE89');
  });

  it('keeps a person’s IBAN after "Bankverbindung:" naming the bank (the legal form is the bank’s)', () => {
    has('Bankverbindung: Nordbank Kiel AG, IBAN DE89370400440532013000', 'IBAN_CODE', 'DE89');
    has('Bankverbindung: Sparkasse Lübeck AG, IBAN DE89370400440532013000', 'IBAN_CODE', 'DE89');
  });

  it('keeps a donation account given for a family, a child or a neighbour', () => {
    has('Spendenkonto Familie Wendorf: IBAN DE89370400440532013000', 'IBAN_CODE', 'DE89');
    has('Spenden an die Familie Wendorf nach dem Brand: IBAN DE89370400440532013000', 'IBAN_CODE', 'DE89');
    has('Donations to our neighbour after the fire – IBAN GB82WEST12345698765432', 'IBAN_CODE', 'GB82');
    // A body's donations account stays the body's.
    hasNo('Spenden an die Seemannsmission: IBAN DE89370400440532013000', 'DE89');
  });

  it('keeps a phone after a travel document label unless it is written as a document number', () => {
    has('Reisepass DEU +49 176 41829375', 'PHONE_NUMBER', '41829375');
    has('Personalausweis: 0176 41829375', 'PHONE_NUMBER', '41829375');
    has('Passport 017641829375', 'PHONE_NUMBER', '017641829375');
    hasNo('Reisepass ROU 073519426', '073519426');
  });
});
