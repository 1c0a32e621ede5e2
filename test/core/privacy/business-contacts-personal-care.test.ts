import { flagged, unflagged } from '../../support/type-findings.js';

describe("a salon's, studio's or club's own contacts (round 47, set 44)", () => {
  it("leaves the business's phone after its name in a signature or a footer", () => {
    unflagged('Termin am 19.05.\nIhr Team vom Salon Haarwerk · 0711 6158 220\n', 'PHONE_NUMBER', '0711 6158 220');
    unflagged('See you then.\nGloss & Grain Barbers · 0117 924 3380\n', 'PHONE_NUMBER', '0117 924 3380');
    unflagged(
      'Visceral fat level 7\nClub: Ironbark Fitness Newtown · (02) 9519 4410\n',
      'PHONE_NUMBER',
      '(02) 9519 4410',
    );
    unflagged('Kids Ballet at Studio 2. Book in the app or call (02) 9519 4410.\n', 'PHONE_NUMBER', '(02) 9519 4410');
    unflagged(
      'See you on 21/05.\nKind regards, Trichology Clinic, 44 Park Row, Leeds LS1 5HD\n',
      'POSTAL_ADDRESS',
      '44 Park Row, Leeds LS1 5HD',
    );
  });

  it("leaves the business's mailbox and the phone after it", () => {
    const text = 'Dietary: vegan. Questions? reply to stay@byronyoga.example or call 02 6685 1400.\n';
    unflagged(text, 'EMAIL_ADDRESS', 'stay@byronyoga.example');
    unflagged(text, 'PHONE_NUMBER', '02 6685 1400');
    unflagged(
      '  - link: mailto:studio@nadelstich.example\n  - text: Tel. +41 31 332 18 40\n',
      'PHONE_NUMBER',
      '+41 31 332 18 40',
    );
  });

  it('leaves a value its label gives as the business’s', () => {
    unflagged('Club phone +64 9 376 5520\n', 'PHONE_NUMBER', '+64 9 376 5520');
    unflagged('Studio-Hotline 0711 6158 220\n', 'PHONE_NUMBER', '0711 6158 220');
    unflagged('  - link "Salon anrufen":\n    - /url: tel:+4317134090\n', 'PHONE_NUMBER', '+4317134090');
    unflagged('  - link "Call the salon":\n    - /url: tel:01179243380\n', 'PHONE_NUMBER', '01179243380');
    unflagged("Club's collecting account IE64 IRCE 9205 0112 3456 78\n", 'IBAN_CODE', 'IE64 IRCE 9205 0112 3456 78');
    unflagged('Gläubiger-Konto des Studios CH56 0483 5012 3456 7800 9\n', 'IBAN_CODE', 'CH56 0483 5012 3456 7800 9');
  });

  it("keeps a person's own number beside a business word (fail closed)", () => {
    flagged('Call me on 0176 4455 6677, Salon Haarwerk\n', 'PHONE_NUMBER', '0176 4455 6677');
    flagged('Jana Berg, Salon Haarwerk · 0711 6158 220\n', 'PHONE_NUMBER', '0711 6158 220');
    flagged('Salon Haarwerk · 0176 4455 6677\n', 'PHONE_NUMBER', '0176 4455 6677');
    flagged('Salon Petra Huber · 0711 6158 220\n', 'PHONE_NUMBER', '0711 6158 220');
    flagged('Kind regards, Jana Berg, 44 Park Row, Leeds LS1 5HD\n', 'POSTAL_ADDRESS', '44 Park Row, Leeds LS1 5HD');
    flagged('Salon Haarwerk: book a call with me: 0711 6158 220\n', 'PHONE_NUMBER', '0711 6158 220');
  });
});
