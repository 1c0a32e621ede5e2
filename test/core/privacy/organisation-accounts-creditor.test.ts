import { flagged, unflagged } from '../../support/type-findings.js';

const CREDITOR = 'GB94 BARC 1020 1530 0934 59';
const DEBTOR = 'GB61 TSBS 0594 4545 8787 24';

describe("a creditor's account is the collecting firm's (round 48, set 45)", () => {
  it("drops the creditor account in a refused mandate, keeps the debtor's IBAN beside it", () => {
    const text =
      `{"variables":{"iban":"${DEBTOR}","holder":"Jana Okafor"}}\n` +
      `{"errors":[{"message":"Mandate for Jana Okafor refused: creditor account ${CREDITOR} is blocked"}]}\n`;
    unflagged(text, 'IBAN_CODE', CREDITOR);
    flagged(text, 'IBAN_CODE', DEBTOR);
    unflagged(
      '{"message":"Lastschrift für Jana Okafor abgelehnt: Gläubiger-Konto CH93 0076 2011 6238 5295 7 ist gesperrt"}\n',
      'IBAN_CODE',
      'CH93 0076 2011 6238 5295 7',
    );
  });

  it('reads the creditor\'s label for every trade ("Gläubiger-Konto des Studios", "Gläubigerkonto der Firma")', () => {
    unflagged('Gläubiger-Konto des Studios CH56 0483 5012 3456 7800 9\n', 'IBAN_CODE', 'CH56 0483 5012 3456 7800 9');
    unflagged(`Gläubigerkonto der Hausverwaltung: ${CREDITOR}\n`, 'IBAN_CODE', CREDITOR);
  });

  it("keeps a creditor account that is someone's own or a person's named after the label", () => {
    flagged(`Bitte zahlen Sie auf mein Gläubiger-Konto ${CREDITOR}\n`, 'IBAN_CODE', CREDITOR);
    flagged(`Rent: my creditor account ${CREDITOR}\n`, 'IBAN_CODE', CREDITOR);
    flagged(`Mandate refused: debtor account ${DEBTOR} is blocked\n`, 'IBAN_CODE', DEBTOR);
  });
});
