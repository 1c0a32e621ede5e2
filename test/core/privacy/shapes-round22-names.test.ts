import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime } from '../../support/linear-time.js';

const people = valuesOf('PERSON');

/**
 * Round 22 B: names in speech transcripts (a recogniser's lower-case output, speaker turns with times). Probes are
 * made up here, not taken from any set.
 */
describe('privacy detectors: shapes of round 22 B (names in speech transcripts)', () => {
  it('takes no role or office that labels a turn for a name; a person labelling a turn stays a name', () => {
    const call = [
      '[00:00:02] Wasserwacht: wasserwacht hören',
      '[00:00:09] Bootsführer: wir treiben vor der mole der motor ist aus',
      '[00:00:15] Wasserwacht: wie viele personen an bord',
      '[00:00:21] Bootsführer: drei',
    ].join('\n');
    assert.deepEqual(people(call), []);
    const english = [
      '[00:00:01] Dispatch: ambulance service what is the address',
      '[00:00:07] Lifeguard: the beach car park by the pier',
      '[00:00:12] Dispatch: is he breathing',
    ].join('\n');
    assert.deepEqual(people(english), []);
    // Look-alike: people as speakers, one given name, one surname.
    const chat = ['[09:12] Jana: bin gleich da', '[09:13] Okonkwo: ok ich warte unten'].join('\n');
    assert.deepEqual(people(chat), ['Jana', 'Okonkwo']);
  });

  it('takes no spelling-alphabet word and no spoken number for a name', () => {
    for (const text of [
      'anrufer: ich buchstabiere p wie paula und die nummer ist null eins sechs zwo sechs',
      'caller: that is k for kilo and the house number is sixty',
      'anruferin: m wie martha a wie anton danke',
    ])
      assert.deepEqual(people(text), [], text);
  });

  it('reads the start of the answer to a question for a name as a name, in lower case too', () => {
    const de = [
      '[00:00:10] Leitstelle: wie ist ihr name bitte',
      '[00:00:14] Anrufer: tomasz wielgosz äh ich bin am see',
    ].join('\n');
    assert.deepEqual(people(de), ['tomasz wielgosz']);
    const en = ["SPEAKER_00: and the patient's name", "SPEAKER_01: keoni akana he's breathing now"].join('\n');
    assert.deepEqual(people(en), ['keoni akana']);
    const injured = ['SPEAKER_00: name des verletzten', 'SPEAKER_01: ödön várkonyi er blutet'].join('\n');
    assert.deepEqual(people(injured), ['ödön várkonyi']);
  });

  it('takes no ordinary answer, and no answer to a question for the name of a thing, for a name', () => {
    for (const text of [
      ["SPEAKER_00: what's the name of the street", 'SPEAKER_01: harbour road by the slipway'].join('\n'),
      ['Agent: your name please', 'Caller: yes of course one moment'].join('\n'),
      ['SPEAKER_00: name der straße', 'SPEAKER_01: am mühlbach hinter der brücke'].join('\n'),
    ])
      assert.deepEqual(people(text), [], text);
  });

  it('takes a word and its spelling letter by letter for a name', () => {
    const text = 'caller: it is ngata wairua w a i r u a and i am at the hut';
    assert.ok(
      people(text).some((v) => v.includes('wairua')),
      JSON.stringify(people(text)),
    );
    // Look-alike: letters that spell no word beside them (a registration) are no name.
    assert.deepEqual(people('caller: the van is k l m and white'), []);
  });

  it('reads dense transcripts in linear time', () => {
    const scanner = new PrivacyScanner();
    const turn = (i: number) =>
      `[00:${String(i % 60).padStart(2, '0')}:0${i % 10}] Leitstelle: ihr name bitte\n` +
      `[00:${String(i % 60).padStart(2, '0')}:1${i % 10}] Anrufer: aleksi ${i} g e r d wie gustav null sechs\n`;
    const build = (n: number) => Array.from({ length: n }, (_, i) => turn(i)).join('');
    assertLinearTime('round 22 transcripts', (t: string) => scanner.scan(t), build(400), build(1600));
  });
});

describe('privacy detectors: shapes of round 22 B (people a caller names, lower case)', () => {
  it('reads the names after a relation or company word, and after a question turn in brackets with the label', () => {
    const text = [
      '[SPEAKER_00 00:00:02] wasserrettung sprechen sie',
      '[SPEAKER_01 00:00:09] wir kentern äh mit mir an bord noch wairimu kamau und tjorven',
      '[SPEAKER_00 00:00:12] ihr name und die handynummer',
      '[SPEAKER_01 00:00:18] kalani mahoe ähm handy',
    ].join('\n');
    assert.deepEqual(people(text), ['wairimu kamau', 'tjorven', 'kalani mahoe']);
    assert.deepEqual(people('caller: my friend um ngaio tawhiri hurt her knee'), ['ngaio tawhiri']);
    // Look-alikes: ordinary words after the cue.
    assert.deepEqual(people('caller: my friend is hurt and the car is stuck'), []);
    assert.deepEqual(people('anrufer: meine tochter hat fieber seit gestern'), []);
  });
});

describe('privacy detectors: shapes of round 22 B (lower-case look-alikes)', () => {
  it('takes no filler, greeting or lower-case role label for a name', () => {
    const text = [
      '00:00:01.000 --> 00:00:04.000',
      'lifeguard: lifeguard ähm go ahead',
      '00:00:04.000 --> 00:00:09.000',
      'dispatcher: servus ja ciao',
    ].join('\n');
    assert.deepEqual(people(text), []);
  });
});

describe('privacy detectors: shapes of round 22 B (answers for a birth date or a document number)', () => {
  it('takes a date or a document number that answers the question for it', () => {
    const text = [
      '[00:00:05] Leitstelle: geburtsdatum bitte',
      '[00:00:09] Anrufer: äh 7/3/1952 und er wohnt am see',
      '[00:00:15] Leitstelle: die ausweisnummer',
      '[00:00:21] Anrufer: t4kq9z2lm1',
    ].join('\n');
    assert.deepEqual(valuesOf('DATE_OF_BIRTH')(text), ['7/3/1952']);
    assert.deepEqual(valuesOf('DE_ID_CARD')(text), ['t4kq9z2lm1']);
    const en = ['SPEAKER_00: and the date of birth', 'SPEAKER_01: uh march 4 1987 she lives in leeds'].join('\n');
    assert.deepEqual(valuesOf('DATE_OF_BIRTH')(en), ['march 4 1987']);
  });

  it('takes no date that answers another question', () => {
    const text = ['[00:00:05] Leitstelle: wann war der unfall', '[00:00:09] Anrufer: 7/3/2024 am abend'].join('\n');
    assert.deepEqual(valuesOf('DATE_OF_BIRTH')(text), []);
  });
});

describe('privacy detectors: shapes of round 22 B (look-alikes of callsigns and spellings)', () => {
  it('drops a fire service callsign but keeps a name before a quota or a date in slashes', () => {
    assert.deepEqual(people('lagemeldung: Florian Landshut 2/47/1 ist wieder einsatzbereit'), []);
    assert.ok(people('Erben:\nOkonjo, Chidiebere      1/2        12.03.1970').some((v) => v.startsWith('Okonjo')));
    assert.ok(people('Rückruf notiert von: Siobhán 30/11 14:05').includes('Siobhán'));
  });

  it('takes no letter-spaced heading for a spelled name', () => {
    assert.deepEqual(people('Anmeldung zur Freizeit\n\nA N M E L D U N G\n\nBitte ausfüllen.'), []);
  });
});

describe('privacy detectors: shapes of round 22 B (a field is no question)', () => {
  it('takes no date after a birth date field with its value for an answer', () => {
    const text = 'Patient: K. Obi   DOB: 3-Mar-1961\nAdmitted: 04/02/2026   Discharged: 09/02/2026';
    assert.ok(!valuesOf('DATE_OF_BIRTH')(text).includes('04/02/2026'), JSON.stringify(valuesOf('DATE_OF_BIRTH')(text)));
  });
});
