import { flagged } from '../../support/type-findings.js';

/**
 * Review 46 (hostile): the doors round 46 opened. Each case is a natural person's value put where a new rule
 * declared text the format's own or no person; each must stay flagged (fail closed).
 */
const T = '00:00:01.000 --> 00:00:02.000';
const awsItem = '{"start_time":"0.1","type":"pronunciation","alternatives":[{"confidence":"0.9","content":"hello"}]}';
const aws = (extra: string, item = awsItem) =>
  `{"results":{${extra}"transcripts":[{"transcript":"hello"}],"items":[${item}]}}`;
const google = (extra: string, word = '"startTime":"0s","word":"hello"') =>
  `{${extra}"results":[{"alternatives":[{"transcript":"hello there","words":[{${word}}]}]}]}`;
const whisper = (extra: string, word = '"word":" hi","start":0,"end":1,"probability":0.9') =>
  `{${extra}"text":"hi","segments":[{"text":"hi","avg_logprob":-0.1,"words":[{${word}}]}]}`;

describe('review 46: speech and subtitle files, prisons’ words', () => {
  describe('a speech recogniser’s own keys hold only their own shapes', () => {
    it('AWS accountId holding a phone number', () =>
      flagged(`{"accountId":"+49 171 2345678",${aws('').slice(1)}`, 'PHONE_NUMBER', '171 2345678'));
    it('AWS speaker_label holding a phone number', () =>
      flagged(
        aws('', awsItem.replace('"type"', '"speaker_label":"Jana Okafor, 0171 2345678","type"')),
        'PHONE_NUMBER',
        '0171 2345678',
      ));
    it('AWS status and language_code holding a mailbox', () => {
      flagged(
        aws('', awsItem.replace('"type"', '"status":"jana.okafor@gmail.com","type"')),
        'EMAIL_ADDRESS',
        'jana.okafor@gmail.com',
      );
      flagged(aws('"language_code":"jana.okafor@gmail.com",'), 'EMAIL_ADDRESS', 'jana.okafor@gmail.com');
    });
    it('Google requestId, languageCode, speakerLabel, startTime', () => {
      flagged(google('"requestId":"jana.okafor@gmail.com",'), 'EMAIL_ADDRESS', 'jana.okafor@gmail.com');
      flagged(google('"languageCode":"+49 171 2345678",'), 'PHONE_NUMBER', '171 2345678');
      flagged(
        google('', '"startOffset":"0s","word":"hello","speakerLabel":"+49 171 2345678"'),
        'PHONE_NUMBER',
        '171 2345678',
      );
      flagged(google('', '"startTime":"+49 171 2345678","word":"hello"'), 'PHONE_NUMBER', '171 2345678');
    });
    it('Whisper language and task', () => {
      flagged(whisper('"language":"jana.okafor@gmail.com",'), 'EMAIL_ADDRESS', 'jana.okafor@gmail.com');
      flagged(whisper('"task":"+49 171 2345678",'), 'PHONE_NUMBER', '171 2345678');
      flagged(
        whisper('', '"word":" call","language":"0171 2345678","probability":0.9'),
        'PHONE_NUMBER',
        '0171 2345678',
      );
    });
  });

  describe('a subtitle file’s own lines', () => {
    it('a timing line’s tail that is no cue setting keeps its findings', () => {
      flagged(
        `WEBVTT\n\n${T} jana.okafor@gmail.com line:85%\n<v Anna>hello\n`,
        'EMAIL_ADDRESS',
        'jana.okafor@gmail.com',
      );
      flagged(`WEBVTT\n\n${T} call 0171 2345678\n<v Anna>hello\n`, 'PHONE_NUMBER', '0171 2345678');
      flagged(`WEBVTT\n\n${T} region:jana.okafor@gmail.com\nhello\n`, 'EMAIL_ADDRESS', 'jana.okafor@gmail.com');
      flagged(
        `1\n${T} +49 171 2345678\nhello\n\n2\n00:00:03,000 --> 00:00:04,000\nbye\n`,
        'PHONE_NUMBER',
        '171 2345678',
      );
    });
    it('a phone number in a voice tag or a class name', () => {
      // The voice is no role any more: its tag is read as a person's label, the number inside that finding.
      flagged(`WEBVTT\n\n${T}\n<v Officer 0171 2345678>hello there\n`, 'PERSON', '0171 2345678');
      flagged(`WEBVTT\n\n${T}\n<c.0171-2345678>hello</c> <v Anna>x\n`, 'PHONE_NUMBER', '0171-2345678');
    });
    it('a role word before a surname is a person’s title', () => {
      flagged(`WEBVTT\n\n${T}\n<v Officer Baker>Visit is over.\n`, 'PERSON', 'Baker');
    });
  });

  describe('a role word as a surname', () => {
    it('after a title of address stays a person', () => {
      flagged('Mr Chaplain called about the visit.', 'PERSON', 'Chaplain');
      flagged('Frau Proband rief an.', 'PERSON', 'Proband');
    });
  });
});

describe('review 46: an institution network label before a person’s own device', () => {
  it('a home router after "Anstaltsnetz" or "Server intern" stays flagged', () => {
    flagged('Anstaltsnetz 192.168.178.1 (Fritzbox bei mir zu Hause)', 'IP_ADDRESS', '192.168.178.1');
    flagged('Server intern: 10.8.0.14 (my VPN at home)', 'IP_ADDRESS', '10.8.0.14');
  });
});
