import { describe, it } from 'mocha';
import { flagged, unflagged } from '../../support/type-findings.js';

/*
 * Set 44's leftovers after round 47's helpers. Role columns of a trade's exports (names-table-columns.ts): who redeemed, booked or bought something is a person,
 * a Gaelic or Irish surname's prefix before a capital ("NicLeòidich", "MacKay") is no tool's camel case, and a
 * walk-in or the online shop in such a column is no one; a salon's "Danke für Ihren Besuch!" closes a note like "Danke!"
 * does, so the stylist signing under it is a person; a programme's times and events are no rota; a spa named after its place ("lindenhof-spa") is no one-person studio. All names here are made up.
 */
describe('set 44’s leftovers: role columns and a salon’s closing (round 47)', () => {
  it('reads the cells under "redeemed_by", "booked by", "purchased by" as people', () => {
    flagged('voucher,redeemed_by,date\nBK-1,Mòragag NicLeòidich,03/04/2026\n', 'PERSON', 'Mòragag NicLeòidich');
    flagged('Nr;booked by;Datum\nBK-2;Jana Okafor;03/04/2026\n', 'PERSON', 'Jana Okafor');
    flagged('id\tpurchased by\tamount\n7\tSeonagh MacKay\t40.00\n', 'PERSON', 'Seonagh MacKay');
  });

  it('keeps a tool with a capital inside, a walk-in and the online shop out of a role column', () => {
    unflagged('Operator;Shift\nChrome DevTools;A\n', 'PERSON', 'DevTools');
    unflagged('voucher,redeemed_by,date\nBK-2,walk-in (no name),04/04/2026\n', 'PERSON', 'walk-in');
    unflagged('voucher,redeemed_by,date\nBK-3,online shop,05/04/2026\n', 'PERSON', 'online');
  });

  it('reads the name under "Danke für Ihren Besuch!" or "Thank you for your visit" as a signature', () => {
    flagged(
      'Danke für Ihren Besuch!\nSeonagag MacRathaich - Meisterfriseurin\nSalon Haarwerk',
      'PERSON',
      'MacRathaich',
    );
    flagged('Thank you for your visit!\nJana Okafor\nGloss & Grain Barbers', 'PERSON', 'Jana Okafor');
    unflagged('Danke für Ihren Besuch!\nIhr Team vom Salon Haarwerk', 'PERSON', 'Team');
  });

  it('reads a programme of times and events as no rota: its last column names events', () => {
    unflagged('Probenplan\nMi 19 Uhr     Generalprobe\nDo 19.30 Uhr  Konzert\n', 'PERSON', 'Generalprobe');
    unflagged('Probenplan\nMi 19 Uhr     Generalprobe\nDo 19.30 Uhr  Konzert\n', 'PERSON', 'Konzert');
  });

  it('reads a spa named after its place as the spa’s mailbox, an owner-named studio’s as its owner’s', () => {
    unflagged('Fragen? rezeption@lindenhof-spa.example', 'EMAIL_ADDRESS', 'rezeption@lindenhof-spa.example');
    flagged('Fragen? hello@janaokaforyoga.com', 'EMAIL_ADDRESS', 'hello@janaokaforyoga.com');
    flagged('Schreib an hi@yoga-with-jana-okafor.com', 'EMAIL_ADDRESS', 'hi@yoga-with-jana-okafor.com');
    // A trade's word inside another word is no trade: a school's and a shop's role mailboxes stay theirs.
    unflagged('An: sekretariat@gymnasium-am-wall.de', 'EMAIL_ADDRESS', 'sekretariat@');
    unflagged('Bestellungen über bestellung@tierarzt-einkauf.example.de', 'EMAIL_ADDRESS', 'bestellung@');
  });
});
