import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 48 (set 45: cleaning, caretaking, chimney sweeps, window cleaners): a residential complex with a house-number range (property-objects.ts).
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe("property-objects: an owners' association's or a complex's range of houses", () => {
  it("reads WEG and Wohnanlage with a range as no one's, the street's words no name", () => {
    const letter =
      'Hausmeisterdienst Krull & Söhne\nz. Hd. Frau Oebeltsje Dijkstraet\n\nKündigung des Hausmeistervertrags für die WEG Hammer Straße 112–118 (OBJ-22014)\n\nSehr geehrte Frau Dijkstraet,';
    assert.deepEqual(found(letter, 'POSTAL_ADDRESS'), []);
    assert.ok(!found(letter, 'PERSON').some((n) => n.includes('Hammer')));
    const ticket = 'Auftrag\nObjekt: OBJ-22014, Wohnanlage Hammer Straße 112–118\nMeldende Person: Gusti Thille';
    assert.deepEqual(found(ticket, 'POSTAL_ADDRESS'), []);
  });
  it("keeps an owner's line and a single house", () => {
    assert.deepEqual(found('Frau Jana Okafor, WEG Hammer Straße 112–118, Eigentümerin.', 'POSTAL_ADDRESS'), [
      'Hammer Straße 112–118',
    ]);
    assert.deepEqual(found('Wohnanlage Hammer Straße 112\nMeldende Person: Gusti Thille', 'POSTAL_ADDRESS'), [
      'Hammer Straße 112',
    ]);
  });
});
