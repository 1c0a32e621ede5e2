import { flagged } from '../../support/type-findings.js';

/**
 * Review 47 (hostile): the doors round 47 opened (accessibility trees, uiautomator dumps, ARIA snapshots, screen
 * reader speech logs, the personal-care trade's business contacts and class words). Each case is a natural person's
 * value put where a new rule declared text the format's own, a business's or no person; each must stay flagged.
 */
const dump = (attrs: string) =>
  `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation="0">` +
  `<node index="0" text="Mitglied" resource-id="" class="android.widget.TextView" package="de.fitwerk.app" bounds="[0,0][1080,96]" />` +
  `<node index="1" text="Profil" ${attrs} class="android.widget.TextView" package="de.fitwerk.app" bounds="[0,96][1080,240]" /></hierarchy>`;
const speech = (rows: string) =>
  `edit, Vorname, Mara\nSchalter, Speichern\ntable with 3 rows and 3 columns\n${rows}\nout of table\n`;

describe('review 47: accessibility trees, speech logs, personal-care business contacts', () => {
  describe('uiautomator: the format’s own attributes hold only their own shapes', () => {
    it('resource-id holding a mobile number', () =>
      flagged(dump('resource-id="01761234567"'), 'PHONE_NUMBER', '01761234567'));
    it('package holding a mobile number', () =>
      flagged(
        dump('resource-id="de.fitwerk:id/x"').replace(
          'package="de.fitwerk.app" bounds="[0,96]',
          'package="017612345678" bounds="[0,96]',
        ),
        'PHONE_NUMBER',
        '017612345678',
      ));
  });
  it('uiautomator: an unknown attribute on the dump’s one line keeps a number', () =>
    flagged(dump('resource-id="de.fitwerk:id/x" tooltip-text="01761234567"'), 'PHONE_NUMBER', '01761234567'));
  describe('ARIA snapshot: a business action link keeps a person’s value', () => {
    it('"Call the salon" over a stylist’s private mobile', () =>
      flagged(
        '- heading "Salon Haarwerk" [level=1]\n- link "Call the salon":\n  - /url: tel:+4917612345678\n- paragraph: Open daily\n',
        'PHONE_NUMBER',
        '+4917612345678',
      ));
    it('"Email us" over a person’s mailbox', () =>
      flagged(
        '- heading "Salon Haarwerk" [level=1]\n- link "Email us":\n  - /url: mailto:jana.okafor@gmail.com\n- paragraph: Open daily\n',
        'EMAIL_ADDRESS',
        'jana.okafor@gmail.com',
      ));
  });
  describe('speech log: a class cell and a thing field hold a person', () => {
    it('a timetable row whose class cell is a person’s name', () =>
      flagged(speech('Jana Okafor, 07:00, Raum 1\nYin Yoga, 08:00, Raum 2'), 'PERSON', 'Jana Okafor'));
    it('a motif naming a client’s daughter', () =>
      flagged('edit, Vorname, Mara\nedit, Motiv, Name meiner Tochter Lina\nSchalter, Speichern\n', 'PERSON', 'Lina'));
  });
  describe('business contacts: a one-person business and a person’s own values', () => {
    it('a mobile after "Call the salon:"', () =>
      flagged('Salon Haarwerk\nCall the salon: 0176 12345678\nSee you soon!', 'PHONE_NUMBER', '0176 12345678'));
    it('a one-person studio’s mailbox on the owner’s name', () =>
      flagged(
        'Yoga with Jana — questions? Email hello@janaokaforyoga.com any time.',
        'EMAIL_ADDRESS',
        'hello@janaokaforyoga.com',
      ));
    it('a mobile after "Studio Jana Okafor ·"', () =>
      flagged('Studio Jana Okafor · 0176 12345678 · Mo–Fr', 'PHONE_NUMBER', '0176 12345678'));
    it('a landline after a business named after its owner', () => {
      flagged('Studio Okafor · 0221 1234567 · Mo–Fr', 'PHONE_NUMBER', '0221 1234567');
      flagged('Friseur Huber, 0221 1234567', 'PHONE_NUMBER', '0221 1234567');
    });
    it('a mobile in a booking sentence', () =>
      flagged('Yoga studio news: Book in the app or call 0176 12345678.', 'PHONE_NUMBER', '0176 12345678'));
  });
  describe('class and treatment words: a person named like one', () => {
    it('"Yoga Okafor" after a title-less greeting', () =>
      flagged('Teilnehmerin: Yoga Okafor, geb. 03.04.1990', 'PERSON', 'Yoga Okafor'));
  });
});
