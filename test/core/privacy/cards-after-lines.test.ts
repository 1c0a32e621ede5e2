import { flags, leaves } from '../../support/person-spans.js';

describe('a card number on the line after another number', () => {
  it('reads the card when a phone number or an amount ends the line above', () => {
    for (const above of ['+41 44 381 22 00', '0171 2345678', 'Betrag 1200', '+41 44 381 22 00\n\n'])
      flags(`${above}\n2221 8818 3293 4832`, 'CREDIT_CARD', '2221 8818 3293 4832');
    flags('IBAN DE89 3704 0044 0532 0130 00\n4111 1111 1111 1111', 'CREDIT_CARD', '4111 1111 1111 1111');
  });

  it('still reads a card wrapped onto the next line, and no card inside a longer number on one line', () => {
    flags('Karte 3562 0471\n8830 2157', 'CREDIT_CARD', '3562 0471');
    leaves('Konto 12 2221 8818 3293 4832', 'CREDIT_CARD', '2221');
  });
});
