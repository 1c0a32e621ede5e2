import assert from 'node:assert/strict';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { Pseudonymizer } from '../../../nodes/core/privacy/pseudonymizer.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';

const scanner = new PrivacyScanner();
const route = (text: string) =>
  decideRoute({ messages: [{ role: 'user', content: text }] }, scanner, DEFAULT_POLICY).route;
const found = (text: string, type: EntityType) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const pseudonymized = (text: string) => {
  const p = new Pseudonymizer();
  const out = p.pseudonymizeCall(p.conversation(), [text], [scanner.scan(text)]);
  assert.equal(p.restore(out.token, out.texts[0]), text);
  return out.texts[0];
};

/** Personal data written with a view gap: each `value` must be covered whole by one finding of `type`. */
const CASES: { name: string; text: string; type: EntityType; value: string; parts: string[] }[] = [
  {
    name: 'a Markdown-escaped apostrophe in a name',
    text: "Kontakt: Sean O\\'Brien",
    type: 'PERSON',
    value: "Sean O\\'Brien",
    parts: ['Brien'],
  },
  {
    name: 'a Markdown-escaped hyphen in a double surname',
    text: 'Herr Müller\\-Lüdenscheidt kommt morgen.',
    type: 'PERSON',
    value: 'Müller\\-Lüdenscheidt',
    parts: ['Lüdenscheidt'],
  },
  {
    name: 'a Markdown-escaped underscore in an e-mail address',
    text: 'Bitte an Jana\\_Novak@example.de schreiben.',
    type: 'EMAIL_ADDRESS',
    value: 'Jana\\_Novak@example.de',
    parts: ['Jana', 'Novak'],
  },
  {
    name: 'a Markdown-escaped ordered-list dot in a birth date',
    text: 'Geburtsdatum: 12\\.03\\.1980',
    type: 'DATE_OF_BIRTH',
    value: '12\\.03\\.1980',
    parts: ['1980'],
  },
  {
    name: 'a name in an attachment file name with underscores',
    text: 'Anhang: Lebenslauf_Max_Mueller.pdf',
    type: 'PERSON',
    value: 'Max_Mueller',
    parts: ['Mueller'],
  },
  {
    name: 'a name in a file name with dots and hyphens',
    text: 'Anhang: Kuendigung-Jana.Novak-2026.docx',
    type: 'PERSON',
    value: 'Jana.Novak',
    parts: ['Novak'],
  },
  {
    name: 'a surname-first name in a CV file name',
    text: 'Anhang CV_Okafor_Tom_final(2).pdf',
    type: 'PERSON',
    value: 'Okafor_Tom',
    parts: ['Okafor'],
  },
  {
    name: 'an RFC 2231 file name continued over two parameters',
    text: "Content-Disposition: attachment;\r\n filename*0*=UTF-8''Lebenslauf%20Jana; filename*1*=%20Novak.pdf",
    type: 'PERSON',
    value: 'Jana; filename*1*=%20Novak',
    parts: ['Novak'],
  },
];

describe('fix 15: Markdown escapes, file names and parameter continuations are read in the view', () => {
  for (const c of CASES)
    it(`${c.name}: found whole, kept local, no part reaches the cloud`, () => {
      assert.ok(found(c.text, c.type).includes(c.value), `${c.type}: ${JSON.stringify(found(c.text, c.type))}`);
      assert.equal(route(c.text), 'local', c.name);
      const out = pseudonymized(c.text);
      for (const part of c.parts) assert.ok(!out.includes(part), `${c.name}: ${out}`);
    });

  it('JSON escapes inside a chat export are read (\\", \\/, \\n, \\u00fc)', () => {
    const text =
      '{"user":{"real_name":"Jana \\"JN\\" Novak","title":"HR\\/Recruiting","text":"Gr\\u00fc\\u00dfe\\nTom Okafor"}}';
    assert.equal(
      normalizeForDetection(text).text,
      '{"user":{"real_name":"Jana "JN" Novak","title":"HR/Recruiting","text":"Grüße\nTom Okafor"}}',
    );
    assert.ok(found(text, 'PERSON').includes('Tom Okafor'), JSON.stringify(found(text, 'PERSON')));
  });

  it('a line break written "\\n" inside a JSON log record joins the address lines (no other escape in the record)', () => {
    const text =
      '{"event":"checkout","customer":{"name":"Semi Qarase","ship_to":"168 Harbour View Road\\nLeeds LS6 2QT"}}';
    assert.ok(
      found(text, 'POSTAL_ADDRESS').includes('168 Harbour View Road\\nLeeds LS6 2QT'),
      JSON.stringify(found(text, 'POSTAL_ADDRESS')),
    );
  });

  it("a MySQL dump's backslash-escaped quote keeps the rows after it (the quote does not end the value)", () => {
    const text = "INSERT INTO `p` (`id`,`name`,`dob`) VALUES (1,'O\\'Brien','1961-04-12'),(2,'Ng','1985-03-12');";
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['1961-04-12', '1985-03-12']);
    assert.ok(found(text, 'PERSON').includes('Ng'), JSON.stringify(found(text, 'PERSON')));
  });

  it('keeps the offsets around an undone escape exact', () => {
    const text = "Herr Max Müller (O\\'Brien-Akte) ruft 0171 2345678 an, Mail max\\_mueller@example.de";
    assert.ok(found(text, 'PERSON').includes('Max Müller'), JSON.stringify(found(text, 'PERSON')));
    assert.deepEqual(found(text, 'PHONE_NUMBER'), ['0171 2345678']);
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['max\\_mueller@example.de']);
  });
});

/** Look-alikes that must add no false alarm and keep their findings. */
describe('fix 15: Windows paths, regexes, identifiers, addresses and URLs stay as they are', () => {
  it('a backslash before a letter, a digit or a backslash is left as written', () => {
    for (const text of [
      'C:\\Users\\jana\\Documents\\notes.txt',
      '\\\\fileserver\\share\\2024\\Berichte',
      'Pattern: ^\\d{3}\\w+\\s*$',
      'printf("%d\\n", x); \\\\ a comment',
    ])
      assert.equal(normalizeForDetection(text).text, text, text);
  });

  it('regexes and escaped Markdown in prose add no finding', () => {
    for (const text of [
      'Regex: ^\\d{3}\\.\\d{2}\\-\\d+$ und \\(optional\\)',
      'Das ist \\*kein\\* Fettdruck und 50\\% Rabatt \\#hashtag',
      'snake_case: user_name = get_user_id(account_id)',
      'Datei config_local.yaml und build_output.log',
    ]) {
      assert.deepEqual(
        scanner.scan(text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`),
        [],
        text,
      );
      assert.equal(route(text), 'cloud', text);
    }
  });

  it('identifiers and e-mail addresses with underscores are not split in the view', () => {
    for (const text of [
      'user_name = get_user_id()',
      'max_mustermann@example.de',
      'https://files.example.com/max_data/x',
    ])
      assert.equal(normalizeForDetection(text).text, text, text);
    assert.deepEqual(found('Mail: max_mustermann@example.de', 'EMAIL_ADDRESS'), ['max_mustermann@example.de']);
  });

  it('file names without a name add no finding; digits in a file name stay joined in the view', () => {
    assert.equal(normalizeForDetection('Foto IMG_20240312_143055.jpg').text, 'Foto IMG_20240312_143055.jpg');
    for (const text of [
      'Siehe https://files.example.com/docs/report_final_v2.pdf und build_2024-03.zip',
      'Bild IMG_20240312_143055.jpg und Scan_001.pdf, Vorlage E-Mail-Vorlage_Kunde.docx',
    ]) {
      assert.deepEqual(scanner.scan(text), [], text);
      assert.equal(route(text), 'cloud', text);
    }
  });

  it('real people and addresses next to paths and file names are still found', () => {
    const text = 'Max Müller, Hauptstraße 5, 10115 Berlin, legte C:\\Users\\mmueller\\Lebenslauf.pdf ab.';
    assert.ok(found(text, 'PERSON').includes('Max Müller'), JSON.stringify(found(text, 'PERSON')));
    assert.ok(found(text, 'POSTAL_ADDRESS').length > 0);
  });
});
