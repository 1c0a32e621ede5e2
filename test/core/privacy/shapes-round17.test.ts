import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const births = valuesOf('DATE_OF_BIRTH');
const cards = valuesOf('CREDIT_CARD');
const phones = valuesOf('PHONE_NUMBER');
const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');
const passports = valuesOf('DE_PASSPORT');

/**
 * Round 17: utility, insurance, banking and farm conversations as chat apps and mail systems export them
 * (WhatsApp, Signal, Teams text and Graph JSON, Slack JSON, top-posted mail threads, digests, call
 * transcripts). Names and numbers are made up here, not taken from any set.
 */
describe('privacy detectors: shapes of round 17 (exported conversations)', () => {
  describe('birth dates asked for in one turn and answered in another', () => {
    it('reads a birth date answered after "I need your date of birth" (no question mark)', () => {
      const text =
        '[1:36 PM] Agent, Mo\nFor the port I need your date of birth as the old provider has it.\n\n[1:41 PM] Quist, Elin\n12 March 1961.\n';
      assert.deepEqual(births(text), ['12 March 1961']);
    });

    it('reads the answer after "Dafür brauche ich Ihr Geburtsdatum" in a WhatsApp export', () => {
      const text =
        '[28.11.26, 13:04:44] Berater: Dafür brauche ich Ihr Geburtsdatum zur Prüfung.\n[28.11.26, 13:09:52] Ilka Brenn: 18.12.1987\n';
      assert.deepEqual(births(text), ['18.12.1987']);
    });

    it("reads the answer in the next message's value of a Slack or Teams JSON export", () => {
      const slack = `[
  { "type": "message", "user": "U01",
    "text": "Dafür brauche ich Ihr Geburtsdatum.",
    "user_profile": { "real_name": "Tor Vik" },
    "ts": "1796245111.554592"
  },
  { "type": "message", "user": "U02",
    "text": "06.02.1971",
    "ts": "1796245200.000100"
  }
]`;
      assert.deepEqual(births(slack), ['06.02.1971']);
      const teams = `{ "value": [
    { "id": "1",
      "body": { "contentType": "html", "content": "<p>Can I take your date of birth and the meter reading?</p>" }
    },
    { "id": "2",
      "createdDateTime": "2026-12-06T16:26:47.455Z",
      "body": { "contentType": "html", "content": "<p>It's 23 July 1978, and the reading is 67831.</p>" }
    }
] }`;
      assert.deepEqual(births(teams), ['23 July 1978']);
    });

    it('reads the answer above the quoted question in a top-posted thread (English and German)', () => {
      const en =
        'Thanks.\n\nOn Wed, 2 Dec 2026 at 12:07, Ada Quist <a@example.org> wrote:\n> 28 February 1979.\n>\n> Ada\n>\n> On Wed, 2 Dec 2026 at 10:14, Mo Agent <m@example.com> wrote:\n> > Sure. For the port I need your date of birth as the old provider has it.\n';
      assert.deepEqual(births(en), ['28 February 1979']);
      const outlook =
        'From: Ada Quist <a@example.org>\nSent: Tuesday, December 22, 2026 00:31\nSubject: RE: Case 4411\n\n18/03/1994.\n\nKind regards\nAda\n\n-----Original Message-----\nFrom: Mo Agent <m@example.com>\nSent: Monday, December 21, 2026 18:02\nSubject: RE: Case 4411\n\nSure. For the port I need your date of birth.\n';
      assert.deepEqual(births(outlook), ['18/03/1994']);
      const de =
        'Danke.\n\nAm 12.11.2026 um 00:24 schrieb Ilka Brenn <ilka@example.org>:\n> 03.07.1974\n>\n> Am 11.11.2026 um 20:41 schrieb Tor Vik <tor@example.com>:\n> > Dafür brauche ich Ihr Geburtsdatum.\n';
      assert.deepEqual(births(de), ['03.07.1974']);
    });

    it('reads the answer in the next message of a mailing-list digest', () => {
      const text =
        'Subject: Frage\n\nDafür brauche ich Ihr Geburtsdatum zur Prüfung.\n------------------\nMessage: 3\nDate: Thu, 24 Dec 2026 21:46:44 +0100\nFrom: Ilka Brenn <ilka@example.org>\nSubject: AW: Frage\n\n03.03.1991\n';
      assert.deepEqual(births(text), ['03.03.1991']);
    });

    it("must keep: a meter-reading date, a contract date or this year's appointment answering nothing is no birth date", () => {
      const text =
        'Agent: Ihr Geburtsdatum bitte noch, wenn Sie es zur Hand haben.\nKunde: moment\nAgent: gut\nKunde: suche\nAgent: ok\nKunde: Ablesedatum: 01.11.2019\nAgent: Vertragsbeginn: 01.01.2020\nKunde: Termin 12.12.2026\n';
      assert.deepEqual(births(text), []);
      const above =
        'Termin: 04.05.1999\n\nOn Wed, 2 Dec 2026 at 12:07, Ada <a@example.org> wrote:\n> Can you confirm your date of birth?\n';
      assert.deepEqual(births(above), []);
    });

    it('leaves the birth dates of a herd register to the animals, and keeps a person table beside it', () => {
      const herd =
        '| Ohrmarke        | Geb.-Datum | Rasse |\n|---|---|---|\n| DE 09 471 88312 | 03.02.2024 | FL    |\n\n| Ear tag          | Breed | Sex | DOB        |\n|---|---|---|---|\n| UK 184402 300417 | LIMX  | F   | 12/03/2025 |\n';
      assert.deepEqual(births(herd), []);
      const people = '| Name       | Geb.-Datum |\n|---|---|\n| Ilka Brenn | 03.02.1984 |\n';
      assert.deepEqual(births(people), ['03.02.1984']);
    });
  });

  describe('cards', () => {
    it("reads a card at a chat line's end whose next line begins with digits", () => {
      const text =
        '21.11.26, 13:05 - Ilka Brenn: Ich zahle mit der Kreditkarte: 4111 1111 1111 1111.\n21.11.26, 13:09 - Tor Vik: Gut.';
      assert.deepEqual(cards(text), ['4111 1111 1111 1111']);
    });

    it('does not read a Teams id grouped 8-4-4 as a card or phone number; a card in a JSON value stays one', () => {
      const text =
        '{ "from": { "user": { "id": "46703567-3114-6871", "displayName": "Vik, Tor" } }, "card": "4111-1111-1111-1111" }';
      assert.deepEqual(cards(text), ['4111-1111-1111-1111']);
      assert.deepEqual(phones('{ "id": "02372708-2534-5637", "phone": "0171 5560 2281" }'), ['0171 5560 2281']);
    });
  });

  describe('phone numbers and their look-alikes', () => {
    it('does not read ear tags, a VAT number, a case or a farm number as phone numbers; real ones beside them stay', () => {
      const text =
        'Kuh mit Ohrmarke DE 09 837 43423 kalbt schwer, Handy 0171 5560 2281.\nMwSt. BE 0712.446.903 · Tel. +32 87 58 70 37\nSubject: RE: Case 1470207 - please call 0151 2345 6789\nBetriebsnummer der Genossenschaft 05 701 600 2259, Fax 05233 941 28';
      assert.deepEqual(phones(text), ['0171 5560 2281', '+32 87 58 70 37', '0151 2345 6789', '05233 941 28']);
    });

    it('reads a number after a list item number and a "+" number right after a time', () => {
      const text =
        'Rufnummern:\n  1. 05233 941 27  (Festnetz)\n  2. 05233 941 28  (Fax)\n01.12.26 19:40 +49 171 5560 2281 → ok';
      assert.deepEqual(phones(text), ['05233 941 27', '05233 941 28', '+49 171 5560 2281']);
    });
  });

  describe('documents without personal data (circulars, price sheets)', () => {
    it("does not read a customer centre's or water supplier's address as a home; a customer's address beside it stays", () => {
      const text =
        'Kundin: Eva Brenn, Lindenweg 4, 32010 Warburg.\nBankverbindung unverändert, BIC BCEELULL. Kundencenter: Bahnhofstraße 41, 32010 Warburg.\nWasserversorgung Oberes Fuldatal, Brunnenweg 2, 36129 Gersfeld (Rhön).';
      assert.deepEqual(addresses(text), ['Lindenweg 4, 32010 Warburg']);
      assert.deepEqual(people(text), ['Eva Brenn']);
    });

    it('does not read a quoted tariff as a name; a quoted customer stays', () => {
      const text =
        'Preisblatt Wärmestrom „Hildegard Natur“ – gültig ab 01.01.2027.\nDer Tarif „Hildegard Natur“ ist neu. Kundin „Anna Weber“ hat gewechselt.';
      assert.deepEqual(people(text), ['Anna Weber']);
    });
  });

  describe('references that look like document numbers', () => {
    it('does not read a claim or customer reference as a passport; a passport number after its word stays', () => {
      const text = 'Claim CLM-15-66102 on policy POL-15-902214. Kundennummer: K-5502-88170.';
      assert.deepEqual(passports(text), []);
      assert.deepEqual(passports('Reisepass CLM-15-66102'), ['CLM-15-66102']);
    });
  });

  describe('names in exported conversations', () => {
    it('does not read "Me" (the exporting user in Signal) as a name; the other speaker stays', () => {
      const text =
        '[2026-12-06 15:02] Me: To open the account I need your ID.\n[2026-12-06 15:05] Ilka Brenn: Here it is.';
      assert.deepEqual(people(text), ['Ilka Brenn']);
    });

    it('does not read the first word of a dialogue turn after a role as a name; a name opening a turn stays', () => {
      const text =
        '- customer: Heifer with tag UK 184402 285971 is lame.\n- us: ok\n- customer: Yes, past the top paddock.\n- Kunde: Guten Tag, ich ziehe um.\n- Kunde: Jana Okafor, ich bin die Mieterin.\n- Kunde: Müller hier, ich rufe an.';
      const found = people(text);
      assert.ok(found.includes('Jana Okafor') && found.includes('Müller'), found.join('|'));
      for (const word of ['Heifer', 'Yes', 'Guten Tag']) assert.ok(!found.includes(word), found.join('|'));
      const fields =
        'Kunde: Hallgrímur Brynjólfsson, geb. 12. Mai 1958\nCustomer: Ratchanee Srisuwan 3rd of March 85\nMitarbeiter: Savely Skvortsova (Achtung: im System falsch)';
      const named = people(fields);
      for (const name of ['Hallgrímur Brynjólfsson', 'Ratchanee Srisuwan', 'Savely Skvortsova'])
        assert.ok(named.includes(name), named.join('|'));
    });

    it("does not read a business chat's name on the encryption notice as a name; a contact's name there stays", () => {
      const firm =
        '[05.12.26, 18:43:37] Glasfaser Nordwald: \u200eNachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.';
      assert.deepEqual(people(firm), []);
      const contact = '[05.12.26, 18:43:37] Jana Okafor: \u200eMessages and calls are end-to-end encrypted.';
      assert.deepEqual(people(contact), ['Jana Okafor']);
    });

    it('does not read the firm before "mein Name ist" as a name; the agent after it stays', () => {
      const text = 'Agent: Stadtwerke Weserbergland, mein Name ist Jana Okafor, was kann ich tun?';
      assert.deepEqual(people(text), ['Jana Okafor']);
    });

    it('reads the speaker of a Teams header "[07:20] Surname, Given" with the message on the next line', () => {
      const text = '[07:20] Ockenfels, Wolfhart\nBin in 30 Minuten da.\n\n[07:29] Tamm-Saar, Tõnis\nAlles klar.';
      const found = people(text);
      assert.ok(found.includes('Ockenfels, Wolfhart') && found.includes('Tamm-Saar, Tõnis'), found.join('|'));
    });
  });
});
