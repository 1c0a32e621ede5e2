import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * French, Italian, Spanish and Portuguese streets begin with their street word in lower case ("54 impasse des
 * Vignes"), which the English-order reader took for prose unless a label ("Adresse:") stood before it; Danish and
 * Norwegian streets end in compounds the German list did not know ("Åboulevarden", "Kongens Nytorv", "Strøget").
 */
describe('privacy detectors: Romance and Nordic street layouts after prose', () => {
  it('finds a French or Italian street in lower case after a name or after prose', () => {
    assert.deepEqual(addresses('Empfänger: Léa Marchand, 8 chemin des Écoliers, 38000 Grenoble'), [
      '8 chemin des Écoliers, 38000 Grenoble',
    ]);
    assert.deepEqual(addresses('The tenant, who lives at 3 rue Émile Zola, 13001 Marseille, called.'), [
      '3 rue Émile Zola, 13001 Marseille',
    ]);
    assert.deepEqual(addresses('Consegna a 14 via Garibaldi, 20121 Milano entro venerdì'), [
      '14 via Garibaldi, 20121 Milano',
    ]);
  });

  it('finds a Danish street compound before its postcode and town', () => {
    assert.deepEqual(addresses('Ny adresse: Strandboulevarden 88, 2100 København'), [
      'Strandboulevarden 88, 2100 København',
    ]);
    assert.deepEqual(addresses('moved to Kastanie Allé 4, 8000 Aarhus last spring').length, 1);
    assert.deepEqual(addresses('bor nu på Rosenvænget 9, 5000 Odense').length, 1);
  });

  it('leaves a lower-case street word without a capitalised name, or without a house number, alone', () => {
    assert.deepEqual(addresses('see 3 rue for details, 2000 units'), []);
    assert.deepEqual(addresses('we ordered 12 via satellite, 1200 Euro'), []);
    assert.deepEqual(addresses('Rendez-vous place de la Gare, 10 heures'), []);
  });
});
