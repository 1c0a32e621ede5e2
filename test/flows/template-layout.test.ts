import assert from 'node:assert/strict';
import { exampleFlow } from '../support/node-red.js';

const TEMPLATES = [
  '1 Document ingestion API',
  '2 Semantic search API',
  '3 RAG question answering API',
  '4 Privacy routing and pseudonymization API',
  '5 Scheduled backups',
  '6 Backup API',
  '7 Restore API',
  '9 Hybrid search API',
];

type FlowNode = Record<string, unknown> & { id: string; type: string };

/** What the editor shows on a node: its name, or the label its type gives it (close enough for a width). */
function label(n: FlowNode): string {
  if (n.name) return String(n.name);
  if (n.type === 'http in') return `[${String(n.method)}] ${String(n.url)}`;
  if (n.type === 'http response') return 'http (200)';
  return `${n.type.replace('ragwire-', '')} ${String(n.collection ?? '')}`.trim();
}

/**
 * The box the editor draws, roughly: at least 100 px wide, about 8 px per label character plus
 * icon and ports (measured in Chromium: 22 characters draw 220 px), 30 px high plus 15 px per
 * output beyond two. x and y are the centre.
 */
function box(n: FlowNode): { left: number; right: number; top: number; bottom: number } {
  const width = Math.max(100, label(n).length * 8 + 50);
  const outputs = Array.isArray(n.wires) ? n.wires.length : 0;
  const height = 30 + 15 * Math.max(0, outputs - 2);
  const x = Number(n.x);
  const y = Number(n.y);
  return { left: x - width / 2, right: x + width / 2, top: y - height / 2, bottom: y + height / 2 };
}

describe('flow templates: layout and configuration nodes', () => {
  for (const name of TEMPLATES) {
    it(`"${name}": no two nodes overlap`, () => {
      const nodes = (exampleFlow(name) as FlowNode[]).filter((n) => 'x' in n);
      const overlaps: string[] = [];
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++) {
          const a = box(nodes[i]);
          const b = box(nodes[j]);
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            overlaps.push(`${nodes[i].id} / ${nodes[j].id}`);
        }
      assert.deepEqual(overlaps, []);
    });
  }

  // Node-RED's import reuses an existing configuration node of the same id ("Import copy", or
  // "View nodes..." and "Import selected"); one it does not have yet gets a new id on "Import copy".
  // So every template carries all of them, and any order of imports ends with one of each.
  it('every template carries the same configuration nodes (ids and content), so importing several adds each once', () => {
    const byId = new Map<string, string>();
    const idByContent = new Map<string, string>();
    for (const name of TEMPLATES)
      for (const n of exampleFlow(name) as FlowNode[]) {
        if ('x' in n || n.type === 'tab') continue;
        const { id, ...content } = n;
        const text = JSON.stringify(content);
        assert.equal(byId.get(id) ?? text, text, `${id} differs in "${name}"`);
        byId.set(id, text);
        assert.equal(idByContent.get(text) ?? id, id, `"${name}" repeats ${idByContent.get(text)} as ${id}`);
        idByContent.set(text, id);
      }
    const ids = ['ragwire.azure', 'ragwire.ollama', 'ragwire.privacy', 'ragwire.qdrant'];
    assert.deepEqual([...byId.keys()].sort(), ids);
    for (const name of TEMPLATES) {
      const own = (exampleFlow(name) as FlowNode[]).filter((n) => !('x' in n)).map((n) => n.id);
      assert.deepEqual(own.sort(), ids, name);
    }
  });
});
