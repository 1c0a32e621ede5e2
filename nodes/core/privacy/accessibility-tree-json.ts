import { isJsonString, jsonObject, type Json, type JsonString } from './json-spans.js';
import { kindOfKey } from './record-fields.js';
import type { LineCopy, MarkupReading, TextPiece } from './markup-text-view.js';
import { around, objects, readDocument, wordOf } from './ocr-words-json.js';

/**
 * Chrome DevTools' accessibility tree (`Accessibility.getFullAXTree`, `{"nodes":[{"nodeId", "role", "name",
 * "value", "description", "childIds", …}]}`): a form's field is one node whose `name.value` is the field's label
 * ("Nachname") and whose `value.value` is what was typed ("Melkonik"); a text node's `name.value` is the text shown.
 * This adapter reads each node as the line a person would see: a field as "label: value", any other node's name
 * (and description) as a line of its own, so the ordinary label cues read a field's value with its label and a
 * lone UI label ("Summe", "Gast") stands alone. The format's own values (node ids, roles, property names) are
 * markup; every other string of the document keeps the findings of the document read as written (fail closed).
 */

const member = (v: Json | undefined, key: string): Json | undefined => jsonObject(v)?.[key];
/** An AX value's text (`{"type": "computedString", "value": "…"}`), when it is a string. */
const axText = (node: Json, key: string): JsonString | undefined => {
  const v = member(member(node, key), 'value');
  return isJsonString(v) ? v : undefined;
};

/** A node of the tree: an object with a `nodeId` and a `role` object (what no other JSON writes together). */
const isAxNode = (v: Json): boolean => {
  const o = jsonObject(v);
  return o !== undefined && o.nodeId !== undefined && jsonObject(o.role) !== undefined;
};

export function accessibilityTreePieces(text: string): MarkupReading | undefined {
  // Cheap marks first: a tree writes its node list, node ids and roles.
  if (!text.includes('"nodes"') || !text.includes('"nodeId"') || !text.includes('"role"')) return undefined;
  const doc = readDocument(text);
  if (!doc) return undefined;
  const words: TextPiece[] = [];
  const copies: LineCopy[] = [];
  let trees = 0;
  for (const o of objects(doc.root)) {
    const nodes = o.nodes;
    if (!Array.isArray(nodes) || !nodes.some(isAxNode)) continue;
    const tree = trees++;
    // A text node that only labels ("Name") and the text node right after it (the name shown) read as one field.
    let labelLine: string | undefined;
    nodes.forEach((node, i) => {
      if (!jsonObject(node)) return;
      const line = `ax ${tree} ${i}`;
      const name = wordOf(axText(node, 'name'), line);
      const value = wordOf(axText(node, 'value'), line);
      const shown = axText(node, 'name')?.text.trim() ?? '';
      if (name && !value && labelLine !== undefined) words.push({ ...name, line: labelLine, before: ': ' });
      else if (name) words.push(name);
      labelLine = name && !value && kindOfKey(shown.replace(/:$/, '')) !== undefined ? line : undefined;
      // A field's value after its label, as a form reads: "Nachname: Melkonik".
      if (value) words.push(name ? { ...value, before: ': ' } : value);
      const description = wordOf(axText(node, 'description'), `${line} description`);
      if (description) words.push(description);
    });
  }
  if (trees === 0 || words.length === 0) return undefined;
  around(text, doc, copies);
  return { pieces: words, lines: copies, escapes: 'json', markup: 'names' };
}
