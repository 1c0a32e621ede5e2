import assert from 'node:assert/strict';
import { parseAliasActions } from '../../../nodes/core/store/aliases.js';
import { parseJsonPath } from '../../../nodes/core/store/json-path.js';
import { parseQueryNode } from '../../../nodes/core/store/query-tree.js';

/** A 4xx with a message, not a TypeError or a stack overflow (which the server answers with 500). */
const refused = (run: () => unknown, message: RegExp) =>
  assert.throws(
    run,
    (err: Error & { status?: number }) =>
      (err.status ?? 0) >= 400 && (err.status ?? 0) < 500 && message.test(err.message),
  );

describe('embedded store: hostile request shapes are refused by name', () => {
  it('an alias action named like an Object property is an unknown variant', () => {
    refused(() => parseAliasActions({ actions: [{ constructor: {} }] }), /unknown variant `constructor`/);
    refused(() => parseAliasActions({ actions: [{ toString: {} }] }), /unknown variant/);
  });

  it('a JSON path deeper than a payload may be nested is refused; one as deep is read', () => {
    refused(() => parseJsonPath(Array.from({ length: 5000 }, () => 'a').join('.'), 'key'), /more than 100 steps/);
    assert.equal(parseJsonPath(Array.from({ length: 100 }, () => 'a').join('.'), 'key').length, 100);
  });

  it('a query with more prefetches than a request may hold is refused before any search', () => {
    const prefetch = Array.from({ length: 300 }, () => ({ query: 1, limit: 1 }));
    refused(() => parseQueryNode({ prefetch, query: { fusion: 'rrf' } }, ''), /more than 256 queries/);
    assert.equal(
      parseQueryNode({ prefetch: prefetch.slice(0, 200), query: { fusion: 'rrf' } }, '').prefetch.length,
      200,
    );
  });
});
