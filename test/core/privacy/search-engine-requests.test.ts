import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { searchEngineRequests } from '../../../nodes/core/privacy/search-engine-requests.js';
import { valuesOf } from '../../support/privacy-found.js';

/*
 * Search back-end traffic (set 49's class): Lucene/Solr query strings, an engine's date-parse error echoing a name
 * typed into a birth-date field, Solr XML fields, terms-aggregation buckets. All names and values are made up.
 */

const persons = valuesOf('PERSON');
/** What this module alone finds. */
const own = (text: string) => searchEngineRequests(text).map((e) => text.slice(e.start, e.end));

describe('names in search-engine requests and responses', () => {
  it('reads a query field naming a person, in the URL and in the echoed params, quoted and in boolean queries', () => {
    const text =
      'GET /signatures/select?q=supporter_name:Obiageluwa&hl=true&wt=json\n' +
      '{ "responseHeader" : { "params" : { "q" : "supporter_name:Obiageluwa", "wt" : "json" } } }\n' +
      'GET /register/_search?q=applicant.surname:Nwachukwuike+AND+dob:1990-01-01\n' +
      'GET /register/_search?q=nachname:"Ebere Okparaocha"\n';
    const found = own(text);
    assert.deepEqual(found, ['Obiageluwa', 'Obiageluwa', 'Nwachukwuike', 'Ebere Okparaocha']);
  });

  it('leaves fields of things, index names, status and district words and the match-all query', () => {
    const text =
      'GET /supporter-names/_search?q=status:eingegangen\n' +
      'GET /register/_search?q=district:Haslach\n' +
      'GET /register/_search?q=*:*\n' +
      'GET /logs/_search?q=host.name:Zorbatheon\n' +
      'GET /logs/_search?q=service.name:Quelloria\n';
    assert.deepEqual(own(text), []);
  });

  it('takes a capitalised word queried in a birth-date field as a name, with every echo of the engine error', () => {
    const text =
      'GET /postal-votes/_search?q=dob:Okwuosaike\n' +
      '{ "error" : { "root_cause" : [ { "type" : "parse_exception",\n' +
      '  "reason" : "failed to parse date field [Okwuosaike] with format [strict_date_optional_time||epoch_millis]" } ],\n' +
      '  "caused_by" : { "reason" : "failed to parse date field [Okwuosaike]" } }, "status" : 400 }\n';
    assert.deepEqual(own(text), ['Okwuosaike', 'Okwuosaike', 'Okwuosaike']);
    assert.ok(persons(text).length >= 3, 'every echo is a person in the full scan');
  });

  it('takes no malformed date, range, wildcard or month typed in a birth-date field for a name', () => {
    const text =
      'GET /votes/_search?q=dob:31.02.1990\nGET /votes/_search?q=dob:abc123\nGET /votes/_search?q=geburtsdatum:*\n' +
      'GET /votes/_search?q=dob:[1990 TO 2000]\nGET /votes/_search?q=dob:March\n' +
      '"reason" : "failed to parse date field [abc123]"\n';
    assert.deepEqual(own(text), []);
  });

  it('reads Solr XML fields and arrays naming a person, not the application number or the district', () => {
    const text =
      '<response><result name="response" numFound="1" start="0"><doc>\n' +
      '  <str name="id">OBJ-55120</str>\n  <str name="application">BP-2031-017</str>\n' +
      '  <str name="einwender">Chidinma Okafor-Eze</str>\n  <str name="objector">Adaugo Nnamdike</str>\n' +
      '  <str name="district">Oberweiler</str>\n' +
      '  <arr name="supporters">\n    <str>Ifeoma Chukwuemeka</str>\n    <str>Somto Anyanwuike</str>\n  </arr>\n' +
      '  <arr name="tags"><str>Verkehr</str></arr>\n</doc></result></response>';
    assert.deepEqual(own(text), ['Chidinma Okafor-Eze', 'Adaugo Nnamdike', 'Ifeoma Chukwuemeka', 'Somto Anyanwuike']);
  });

  it('reads bucket keys of an aggregation named for people, not postcode or status buckets', () => {
    const text = JSON.stringify(
      {
        aggregations: {
          by_signer: {
            doc_count_error_upper_bound: 0,
            sum_other_doc_count: 12,
            buckets: [
              { key: 'Nnenna Obiorah', doc_count: 3, by_ward: { buckets: [{ key: 'Nordstadt', doc_count: 3 }] } },
              { key: 'Kelechi Umeadi', doc_count: 2 },
            ],
          },
          by_postcode: { buckets: [{ key: '79104', doc_count: 9 }] },
          by_status: { buckets: [{ key: 'Eingegangen', doc_count: 9 }] },
        },
      },
      null,
      2,
    );
    assert.deepEqual(own(text), ['Nnenna Obiorah', 'Kelechi Umeadi']);
  });

  it('keeps a real name in a not-name field to the other rules (hostile)', () => {
    // This module finds nothing in a district field; the scan's own name finders still may.
    const text =
      'GET /register/_search?q=district:Haslach\n{ "hits" : { "hits" : [ { "_source" : { "vorname" : "Amara", "nachname" : "Okonkwo-Bell", "geburtsdatum" : "1984-03-02" } } ] } }';
    assert.deepEqual(own(text), []);
    assert.ok(persons(text).some((p) => p.includes('Okonkwo-Bell')));
  });

  it('reads objector, supporter, signer and candidate as person labels (the same vocabulary as the fields)', () => {
    const text = 'Einwender: Tobenna Ezeagu\nObjector: Parish Council\nSigner: Uzoamaka Ibekwe-Dike\n';
    const found = persons(text);
    assert.ok(found.some((p) => p.includes('Tobenna Ezeagu')));
    assert.ok(found.some((p) => p.includes('Uzoamaka Ibekwe-Dike')));
    assert.ok(!found.some((p) => p.includes('Parish')));
  });
});
