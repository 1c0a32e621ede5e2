import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 49 (set 46: translation and interpreting agencies, language schools, integration courses): languages, schools,
 * desks and timetable headers taken for names, each beside the person's look-alike that stays.
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const people = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => text.slice(e.start, e.end));
const has = (text: string, part: string) => people(text).some((p) => p.includes(part));

describe('round 49 leftovers: languages are no names', () => {
  it('reads a language before Interpreter or "language teacher" as a language', () => {
    const text = 'From: Serignemousse Gueyembayène, Wolof/French Interpreter (sole trader)\n88 Mansfield Road';
    assert.ok(!has(text, 'French'));
    assert.ok(has(text, 'Gueyembayène'));
    const hr = 'Employee: Ondrejvozh Kuzebayev, German language teacher, posted from Prague';
    assert.ok(!has(hr, 'German'));
    assert.ok(has(hr, 'Kuzebayev'));
  });
  it('reads a languages list and "free for Dari" in an interpreting chat as languages', () => {
    assert.ok(!has('Interpreter profile\nLanguages: Chamorro, English, German · Rate: AUD 68/h', 'Chamorro'));
    const chat = 'Team chat (Interpreting)\n[08:02] Akisuarjuk: anyone free for Dari at Services Australia 10:30?';
    assert.ok(!has(chat, 'Dari'));
  });
  it('keeps a person named like a language', () => {
    assert.ok(has('Teacher: Jana German, room 4', 'German'));
    assert.ok(has('Please ask Mr English, teacher of year 9.', 'English'));
    assert.ok(has('Interpreting booking for Mark English on Monday.', 'English'));
  });
});

describe('round 49 leftovers: schools, courts and desks', () => {
  it('reads "Red River Newcomer English Centre" as a school, a person\'s school stays', () => {
    assert.ok(!has('Certificate no. RR-B1-2026-0148 · Red River Newcomer English Centre, Winnipeg MB', 'Newcomer'));
    assert.ok(has('Certificate · Jana Novak English Academy, Winnipeg MB', 'Novak'));
  });
  it('reads a translation firm as sender, a sole trader named so stays', () => {
    assert.ok(
      !has('Von: Sprachbrücke Übersetzungen <auftraege@sprachbruecke.example>\nAn: x@y.example', 'Sprachbrücke'),
    );
    assert.ok(has('Von: Jana Novak Übersetzungen <jana.novak@gmail.example>\nAn: x@y.example', 'Novak'));
  });
  it('reads "HM Courts & Tribunals Service" as a court', () => {
    assert.ok(!has("To: HM Courts & Tribunals Service, Nottingham Magistrates' Court, Accounts Payable", 'Courts'));
  });
  it('reads a desk as sender or signature, a person at the desk stays', () => {
    assert.ok(!has('Barzahlung 45,00 €, Quittung Nr. 0077 ausgegeben. – Theke', 'Theke'));
    assert.ok(!has('Am 16.02.2026 um 17:42 schrieb ZNA Sekretariat:\n> wir benötigen morgen', 'Sekretariat'));
    assert.ok(has('Am 16.02.2026 um 17:42 schrieb Jana Okafor:\n> wir benötigen morgen', 'Okafor'));
    assert.ok(
      !has('Sprache     | Dolmetscher/in   | Mobil\nUkrainisch  | Pool-Hotline     | 0561 70 33 90', 'Hotline'),
    );
  });
});

describe('round 49 leftovers: timetable words', () => {
  it('reads a weekday header and "Unterricht Mo–Fr" as no names, a given name before a range stays', () => {
    const table =
      'Sprache     | Dolmetscher/in      | Mobil         | Mo Di Mi Do Fr\nTigrinya    | Eteneshwork Kebedework | 0157 44120938 | x x';
    assert.ok(!has(table, 'Mo Di'));
    assert.ok(has(table, 'Kebedework'));
    assert.ok(!has('Unterricht Mo–Fr 8:30–12:45 Uhr, Pausen 10:00–10:15 Uhr.', 'Unterricht'));
    assert.ok(has('Schicht: Jana Okafor Mo–Fr 8:30–12:45 Uhr.', 'Okafor'));
  });
});

describe("round 49 leftovers: a registry office's town", () => {
  it('reads the town after "civil registry office of" as a place, a known name there stays', () => {
    const text =
      'birth certificate of Kamaugithinji Wachiranyaga, born 9 October 2002, issued\nby the civil registry office of Kharkiv on 14/10/2002.';
    assert.ok(!has(text, 'Kharkiv'));
    assert.ok(has(text, 'Wachiranyaga'));
  });
  it("reads a desk in a roster's name column as no name, the interpreters stay", () => {
    const t =
      'Pool Nordhessen – Bereitschaft KW 9\nSprache     | Dolmetscher/in             | Mobil            | Mo Di Mi Do Fr\n' +
      'Tigrinya    | Eteneshwork Kebedework       | 0157 44120938 | x  x  -  x  x\n' +
      'Dari/Farsi  | Palwashagul Wardakzai      | 0160 2271903  | x  -  x  x  -\n' +
      'Französisch | Mawunyoefia Agbenyegahvi       | 0176 51128840 | -  x  x  -  x\n' +
      'Ukrainisch  | Pool-Hotline                | 0561 70 33 90    | x  x  x  x  x';
    assert.ok(!has(t, 'Hotline'));
    assert.ok(has(t, 'Wardakzai') && has(t, 'Agbenyegahvi'));
  });
});
