import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { readSpokenNumbers } from '../../../nodes/core/privacy/spoken-numbers.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

const phones = valuesOf('PHONE_NUMBER');
const births = valuesOf('DATE_OF_BIRTH');
const ips = valuesOf('IP_ADDRESS');
const scanner = new PrivacyScanner();
const view = (text: string) => readSpokenNumbers(text)?.text ?? text;

/**
 * Round 22 (part A): numbers a speech recogniser writes as words. The view reads runs of number words
 * as the digits they stand for, so every detector sees digits and a finding covers the whole words.
 * Examples written here; look-alikes (counts, amounts, times, callsigns, a lone number word) beside them.
 */
describe('privacy detectors: shapes of round 22 (numbers spoken in words)', () => {
  describe('the view', () => {
    it('reads digit by digit, with "oh", "zwo", "double" and "triple" inside a digit run', () => {
      assert.equal(
        view('ruf an unter null eins fünf eins zwo drei vier vier acht neun eins'),
        'ruf an unter 01512344891',
      );
      assert.equal(view('my number is oh seven seven double four triple nine one two'), 'my number is 0774499912');
      assert.equal(view('mobile 0152 drei acht null vier vier'), 'mobile 0152 38044');
    });

    it('reads tens, compounds, hundreds and years', () => {
      assert.equal(view('he lives at forty-three elm row'), 'he lives at 43 elm row');
      assert.equal(view('wohnt lindenallee zweiundvierzig in 04109 leipzig'), 'wohnt lindenallee 42 in 04109 leipzig');
      assert.equal(view('wohnt am ring sieben 8010 graz'), 'wohnt am ring 7 8010 graz');
      assert.equal(view('lindenweg vierzehn null vier eins null neun leipzig'), 'lindenweg 14 04109 leipzig');
      assert.equal(view('born nineteen sixty eight'), 'born 1968');
      assert.equal(view('geboren neunzehnhundertzweiundsechzig'), 'geboren 1962');
      assert.equal(view('in two thousand and four'), 'in 2004');
      assert.equal(view('at one hundred and two high street'), 'at 102 high street');
    });

    it('reads an ordinal day next to a month, and "dot"/"punkt" between number groups', () => {
      assert.equal(view('march twenty second nineteen eighty'), 'march 22 1980');
      assert.equal(view('the third of june'), 'the 3 of june');
      assert.equal(view('am vierundzwanzigsten mai'), 'am 24. mai');
      assert.equal(view('address ten dot four dot one dot two hundred'), 'address 10.4.1.200');
      assert.equal(view('ip 172 punkt 16 punkt 4 punkt 9'), 'ip 172.16.4.9');
    });

    it('leaves look-alikes as words: a lone "one", "oh" in speech, ordinals without a month, a cut-off word', () => {
      assert.equal(view('one of them is hurt, oh no'), 'one of them is hurt, oh no');
      assert.equal(view('the second car, the first time'), 'the second car, the first time');
      assert.equal(view('sixty- no sorry'), 'sixty- no sorry');
      // A lone number word without a number or month beside it is a count or an hour.
      assert.equal(
        view('I see two payments, the car park closes at eight.'),
        'I see two payments, the car park closes at eight.',
      );
      assert.equal(view('Vor Ort holt Sie Hendrikje ten Cate ab'), 'Vor Ort holt Sie Hendrikje ten Cate ab');
      assert.equal(view('email anna dot berg at mail dot com'), 'email anna dot berg at mail dot com');
      assert.equal(readSpokenNumbers('Keine Zahlen hier, nur Worte.'), undefined);
    });
  });

  describe('detectors read the words', () => {
    it('finds a German mobile number spoken digit by digit and covers the whole words', () => {
      const text = 'anrufer: erreichbar unter null eins sieben sechs zwo drei vier eins acht acht neun null bitte';
      assert.deepEqual(phones(text), ['null eins sieben sechs zwo drei vier eins acht acht neun null']);
    });

    it('finds a British mobile spoken with "oh" and "double", and one begun with digits', () => {
      assert.deepEqual(phones('caller: you can reach me on oh seven seven double four one two three nine eight six'), [
        'oh seven seven double four one two three nine eight six',
      ]);
      assert.deepEqual(phones('anruferin: handy 0171 vier vier zwei neun eins null acht danke'), [
        '0171 vier vier zwei neun eins null acht',
      ]);
    });

    it('finds a birth date with the day and the year in words', () => {
      assert.deepEqual(births('caller: date of birth march twenty second nineteen eighty'), [
        'march twenty second nineteen eighty',
      ]);
      assert.deepEqual(births('anrufer: geburtsdatum dritten juni neunzehnhundertvierundfünfzig'), [
        'dritten juni neunzehnhundertvierundfünfzig',
      ]);
    });

    it('finds a birth date said in words and then again in digits, both writings', () => {
      assert.deepEqual(births('Agent: Ihr Geburtsdatum bitte?\nKundin: neunter Mai siebenundfünfzig, also 09.05.57.'), [
        'neunter Mai siebenundfünfzig',
        '09.05.57',
      ]);
    });

    it('finds an IP address spoken with "dot" or "punkt"', () => {
      assert.deepEqual(ips('is that you on 145 dot 53 dot 210 dot 12 logging in'), ['145 dot 53 dot 210 dot 12']);
      assert.deepEqual(ips('ihre ip ist 93 punkt 184 punkt 7 punkt 201'), ['93 punkt 184 punkt 7 punkt 201']);
    });

    it('finds no phone in counts, amounts, times, callsigns or a lone number word', () => {
      for (const text of [
        'zwei patienten, drei fahrzeuge, vier personen vor ort, akku hat noch zwanzig prozent',
        'two patients and one of them is trapped, battery is about nineteen percent',
        'treffen um halb acht, dann um viertel nach neun, ende siebzehn uhr',
        'christoph vierzehn ist informiert, florian kempten eins vierundvierzig eins',
        'we need three engines and two ambulances at half past seven',
        'ninety',
      ])
        assert.deepEqual(phones(text), [], text);
    });

    it('takes no year before a transcript timestamp on the next line for a phone number', () => {
      for (const year of ['neunzehnhundertvierundsiebzig', '1974'])
        assert.deepEqual(phones(`anruferin: dritten mai ${year}\n00:01:16.442 --> 00:01:21.748\nok`), [], year);
      // A number and then a time on the same line stays a number.
      assert.deepEqual(phones('ruf mich an unter 0171 5552019\n09:45 verpasst'), ['0171 5552019']);
      // The number without the bracket that closes its line.
      assert.deepEqual(phones('Rückruf bitte (Handy 0170 2281934)\n12:30 Termin'), ['0170 2281934']);
    });
  });

  it('reads dense number words in linear time', () => {
    const unit = 'null eins sieben zwo drei neunzehnhundertzweiundsechzig forty two oh double five dot ';
    assertLinearTime('spoken numbers', (t) => readSpokenNumbers(t), unit.repeat(2000), unit.repeat(8000));
    // The whole scan too: one long run of digit words is one long digit string for the phone detector.
    const digits = 'null eins sieben zwo drei oh seven double five ';
    assertLinearTime('spoken digits scanned', (t) => scanner.scan(t), digits.repeat(1000), digits.repeat(4000));
  });
});
