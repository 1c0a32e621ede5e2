import assert from 'node:assert/strict';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { namesInCandidateLists } from '../../../nodes/core/privacy/names-candidate-lists.js';
import { searchEngineRequests } from '../../../nodes/core/privacy/search-engine-requests.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

/** Each finding of `type` in `text`, as its text. */
const found = (text: string, type: EntityType) => valuesOf(type)(text);

describe('review 52: the doors of the election round', () => {
  it('keeps "the Jane Ward" a person; "the Brookfield Ward" stays an electoral area', () => {
    assert.ok(found('We met the Jane Ward yesterday.', 'PERSON').includes('Jane Ward'));
    assert.ok(found('Thanks to the Petra Ward for the flowers.', 'PERSON').includes('Petra Ward'));
    // Look-alike: an electoral area after "the", no given name in it.
    assert.deepEqual(found('Results for the Brookfield Ward were declared.', 'PERSON'), []);
    assert.deepEqual(found('Election of a Councillor for the Petra Ward\n', 'PERSON'), []);
  });

  it("keeps a councillor's surname after a party group's word; a group's own name stays a body", () => {
    assert.ok(
      found('Minutes: Fraktion Kowalewsky (Grüne) beantragt Vertagung.', 'PERSON').join().includes('Kowalewsky'),
    );
    // Look-alike: a council's party group named by two words.
    assert.deepEqual(found('Antrag: "Kreistag Fraktion Freie Wähler"', 'PERSON'), []);
  });

  it("keeps a card number with a stray full stop after a card number's field word", () => {
    assert.deepEqual(found('PAN 5500.000000000004', 'CREDIT_CARD'), ['5500.000000000004']);
    assert.deepEqual(found('cc_number: 4111111111.111111', 'CREDIT_CARD'), ['4111111111.111111']);
    // Look-alike: a search hit's score with its fraction is no card.
    assert.deepEqual(found('{"_score": 5500000000.000004}', 'CREDIT_CARD'), []);
  });

  it("reads Lucene's escaped blank as part of the searched name, the offsets on the original text", () => {
    const url = 'GET /petitions/_search?q=objector_name:Zora\\ Kellermann HTTP/1.1';
    assert.deepEqual(
      searchEngineRequests(url).map((e) => url.slice(e.start, e.end)),
      ['Zora\\ Kellermann'],
    );
    const encoded = 'GET /idx/_search?q=surname:%22Van%20Dalen%22 HTTP/1.1';
    assert.deepEqual(
      searchEngineRequests(encoded).map((e) => encoded.slice(e.start, e.end)),
      ['Van%20Dalen'],
    );
    const solr = '<doc><str name="objector">  Zora Kellermann </str></doc>';
    assert.deepEqual(
      searchEngineRequests(solr).map((e) => solr.slice(e.start, e.end)),
      ['Zora Kellermann'],
    );
    // Look-alike: an escaped blank in a thing's field is none.
    assert.deepEqual(searchEngineRequests('GET /x/_search?q=title:Annual\\ Report'), []);
  });

  it("reads every bucket of a person's aggregation, a log line's stray quote before the JSON not in the way", () => {
    const response =
      'note: "unterminated\n{"aggregations":{"by_signer":{"buckets":[\n' +
      '{"key":"Zora Kellermann","doc_count":2,"inner":{"x":[1,{"y":"}"}]}},\n' +
      '{"key":"Tilo Brandtwieser","doc_count":1}]}}}';
    assert.deepEqual(
      searchEngineRequests(response).map((e) => response.slice(e.start, e.end)),
      ['Zora Kellermann', 'Tilo Brandtwieser'],
    );
    // Look-alike: a status aggregation's buckets are no people.
    assert.deepEqual(searchEngineRequests('{"by_status":{"buckets":[{"key":"Open Review","doc_count":2}]}}'), []);
  });

  it('reads nested aggregations and long query strings in linear time', () => {
    const nested = (n: number) => repeated('{"by_signer":{"buckets":[{"key":"Zora Kellermann",', n);
    assertLinearTime('nested aggregations', searchEngineRequests, nested(100_000), nested(400_000));
    const query = (n: number) => 'GET /_search?q=' + repeated('surname:Kellermann AND ', n);
    assertLinearTime('long query', searchEngineRequests, query(100_000), query(400_000));
    const solr = (n: number) => repeated('<arr name="signer"><str>Zora Kellermann</str>', n);
    assertLinearTime('Solr arrays', searchEngineRequests, solr(100_000), solr(400_000));
  });

  it('reads a candidate list with long blank runs in linear time, and still reads its names', () => {
    assert.deepEqual(namesInCandidateLists('Candidates\nKELLERMANN ZORA – Independent\n').length, 1);
    const blanks = (n: number) => 'Candidates\nZora' + ' '.repeat(n) + 'x\n';
    assertLinearTime('blank run in a list line', namesInCandidateLists, blanks(100_000), blanks(400_000));
    const commas = (n: number) => 'Candidates\nZora' + repeated(' ,', n) + '\n';
    assertLinearTime('blank-comma runs in a list line', namesInCandidateLists, commas(100_000), commas(400_000));
  });
});
