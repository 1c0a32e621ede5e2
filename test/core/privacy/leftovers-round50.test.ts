import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 50 (set 47: consular and diplomatic services), the hand-written part: chat speakers without times, a team
 * chat's channel before the speaker, "@" mentions, a cash book's and a case file's signers, a birth date given in
 * answer to a question for it; and embassies, consular ranks and an outline's lettered headings taken for names,
 * each beside the person's look-alike that stays. All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const people = (text: string) => found(text, 'PERSON');
const has = (text: string, part: string) => people(text).some((p) => p.includes(part));

describe('round 50 leftovers: people the hand-written consular documents name', () => {
  it('reads the speakers of a chat copied without times by their turns', () => {
    const chat =
      'Emineyar: hast du den Pass schon verlängert? Der läuft im Mai ab\n' +
      'Suleymanar: Termin ist am 8. April in Wien, ich brauch noch die Zustimmung von dir\n' +
      'Emineyar: ok schick mir das Formular\n' +
      'Suleymanar: weiß ich doch';
    assert.equal(people(chat).filter((p) => p === 'Suleymanar').length, 2);
    assert.equal(people(chat).filter((p) => p === 'Emineyar').length, 2);
  });
  it('reads no questions and answers, nor a form of labels, as a chat', () => {
    const faq =
      'Frage: wie lange dauert das?\nAntwort: etwa zwei Wochen.\nFrage: und die Kosten?\nAntwort: siehe unten.';
    assert.deepEqual(people(faq), []);
    const bug =
      'Erwartet: die Seite lädt\nTatsächlich: sie hängt\nErwartet: ein Fehler wird gezeigt\nTatsächlich: nichts';
    assert.deepEqual(people(bug), []);
    // Turns that do not take turns (one speaker, or three lines only) are no chat read so.
    assert.ok(
      !has('Suleymanar: eins zwei\nSuleymanar: drei vier\nSuleymanar: fünf sechs\nSuleymanar: und so', 'Suley'),
    );
  });
  it("reads a speaker after a team chat's channel", () => {
    const slack = '[#portal-dev] Tlacuilotzin 11:02\nkann jemand nachvollziehen warum die Zahlung hängt?';
    assert.ok(has(slack, 'Tlacuilotzin'));
  });
  it('reads a person addressed with "@" before a request, not a code annotation', () => {
    assert.ok(has('Der Parser dekodiert nicht vor dem Regex. @Costamolines kannst du schauen?', 'Costamolines'));
    assert.deepEqual(people('@Override public void run() {}\n@Autowired private Foo foo;'), []);
    assert.deepEqual(people('@Mittwoch geht es los'), []);
  });
  it("reads a case file's handler, a cash book's signers and a consular visitor", () => {
    assert.ok(has('keine Beteiligung der Botschaft.\nBearb.: Vallazzaor', 'Vallazzaor'));
    const cash = 'Summe;;;;256,00;\nKassenführer: Kostnerjoch · gegengezeichnet Demetzaor';
    assert.ok(has(cash, 'Kostnerjoch'));
    assert.ok(has(cash, 'Demetzaor'));
    assert.ok(has('Visited by: Caineyvel (Vice-Consul), 5 March 2026, 20 minutes.', 'Caineyvel'));
  });
  it('reads the date in an answer to a question for a birth date as a birth date', () => {
    const chat =
      '[14.03.26, 23:11] Bereitschaft Botschaft: Wie heißt Ihr Vater und wann ist er geboren?\n' +
      '[14.03.26, 23:13] Santuccia Ceccaldiolu: Dumenicucciu Ceccaldiolu, 02.08.1949. Wohnt in Bonn\n';
    assert.deepEqual(found(chat, 'DATE_OF_BIRTH'), ['02.08.1949']);
    const booking =
      '[14.03.26, 23:11] Bereitschaft Botschaft: Wann passt es Ihnen?\n' +
      '[14.03.26, 23:13] Santuccia Ceccaldiolu: am 02.08.2026 um neun\n';
    assert.deepEqual(found(booking, 'DATE_OF_BIRTH'), []);
  });
});

describe('round 50 leftovers: missions, ranks and headings are no people', () => {
  it("reads an embassy's duty phone as a chat speaker and a consular section's sign-off as no one", () => {
    const chat =
      '[14.03.26, 23:07] Santuccia Ceccaldiolu: Guten Abend, mein Vater ist gestürzt.\n' +
      '[14.03.26, 23:11] Bereitschaft Botschaft: Guten Abend, das tut mir leid.';
    assert.deepEqual(people(chat), ['Santuccia Ceccaldiolu']);
    const mail = 'Kind regards,\nConsular Section\nBritish Embassy Vienna';
    assert.ok(!has(mail, 'Consular'));
    assert.ok(!has('Electoral Registration Office\nBristol City Council\n\nMr Kofi Asante', 'Council'));
  });
  it('reads a consular rank alone as no one, a consul named so as a person', () => {
    assert.ok(!has('Approved by: Consul (signature on file)', 'Consul'));
    assert.ok(has('Approved by: Consul Jana Okafor', 'Jana Okafor'));
  });
  it("reads an outline's lettered headings as headings, a list of people by initial as people", () => {
    const form =
      'A. Angaben zur Person\nName: Lacsamanaan Dimaculangan\n\nB. Grund: beabsichtigte Einbürgerung in Thailand';
    assert.deepEqual(people(form), ['Lacsamanaan Dimaculangan']);
    assert.ok(has('Teilnehmer:\nA. Berg und Frau\nB. Okafor\n', 'Okafor'));
  });
});
