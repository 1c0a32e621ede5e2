import assert from 'node:assert/strict';
import { postJson } from '../support/node-red.js';
import { shippedTemplate } from '../support/templates.js';

interface Result {
  id: string;
  score: number;
  text: string;
  source: string;
}

describe('flow template "9 Hybrid search API", as shipped, over real HTTP', () => {
  const flow = shippedTemplate('9 Hybrid search API');

  it('ingests into a hybrid collection and finds documents by exact code and German compound', async () => {
    const documents = [
      ...Array.from({ length: 6 }, (_, i) => ({
        id: `pump-${i}`,
        text: `Die Kreiselpumpe KP-${700 + i * 11} fördert ${30 + i} Kubikmeter pro Stunde bei ${4 + i} bar.`,
        metadata: { lang: 'de' },
      })),
      {
        id: 'warranty',
        text: 'Die Gewährleistungsfrist für alle Pumpen beträgt zwei Jahre ab Lieferung.',
        metadata: { lang: 'de' },
      },
      { id: 'shipping', text: 'Orders ship within three working days from our warehouse.', metadata: { lang: 'en' } },
    ];
    const ingested = await postJson(`${flow().url}/ragwire/hybrid/ingest`, { documents });
    assert.equal(ingested.status, 200, JSON.stringify(ingested.body));
    assert.equal(ingested.body.ingested, 8);
    const search = async (query: string) => {
      const r = await postJson(`${flow().url}/ragwire/hybrid/search`, { query, limit: 3 });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return r.body.results as Result[];
    };
    assert.equal((await search('Wie viel fördert KP-744?'))[0].source, 'pump-4');
    assert.equal((await search('Frist der Gewährleistung'))[0].source, 'warranty');
    const results = await search('When do orders ship?');
    assert.equal(results[0].source, 'shipping');
    assert.ok(results[0].score > 0 && results[0].score <= 1, 'a fused (RRF) score');
    const missing = await postJson(`${flow().url}/ragwire/hybrid/search`, { limit: 3 });
    assert.equal(missing.status, 400);
  });
});
