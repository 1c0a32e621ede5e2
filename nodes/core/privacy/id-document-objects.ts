/**
 * An ID document written as an object in a payload: a `number` key (an Avro union `{"string":"…"}` around its value
 * allowed) inside an object whose `type` names an identity card or a passport (`"id_document":{"type":{"string":
 * "German ID card"},"issuing_state":…,"number":{"string":"R4…"}}`). The object's type is the document word a
 * number otherwise needs before it; the number's check digit is still read by the ID document detector.
 * Escaped JSON (a payload inside a string, `\"number\"`) reads alike. Bounded slices, linear patterns.
 */

/** The `number` key (or `no`, `nr`, `document_number`) right before the value, through an Avro union. */
const NUMBER_KEY_BEFORE =
  /"(?:number|no|nr|nummer|document[_-]?number|doc[_-]?number)\\{0,7}"[ \t]*:[ \t]*(?:\{[ \t]*\\{0,7}"(?:string)\\{0,7}"[ \t]*:[ \t]*)?\\{0,7}"$/i;
/** A `type` key whose value names an identity card or a passport, through an Avro union. */
const DOCUMENT_TYPE =
  /"(?:type|document[_-]?type|kind)\\{0,7}"[ \t]*:[ \t]*(?:\{[ \t]*\\{0,7}"string\\{0,7}"[ \t]*:[ \t]*)?\\{0,7}"([^"\\]{1,60})/gi;
const ID_DOCUMENT_NAME =
  /\b(?:id[ _-]?card|identity[ _-]?card|national[ _-]?id|personalausweis|ausweis|passport|reisepass)\b/i;
/** How far back the object's type is looked for. */
const OBJECT_REACH = 400;

/** Whether the value at `start` is the number of an ID document object whose type names a card or passport. */
export function inIdDocumentObject(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - OBJECT_REACH), start);
  if (!NUMBER_KEY_BEFORE.test(before.slice(-80))) return false;
  let last: RegExpExecArray | undefined;
  DOCUMENT_TYPE.lastIndex = 0;
  for (let m = DOCUMENT_TYPE.exec(before); m; m = DOCUMENT_TYPE.exec(before)) last = m;
  if (!last || !ID_DOCUMENT_NAME.test(last[1])) return false;
  // The same object: between its type and the number no brace closes more than it opened (the type's own Avro
  // union, opened in the match, closes first).
  let depth = last[0].includes('{') ? 1 : 0;
  for (let i = last.index + last[0].length; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth < 0) return false;
  }
  return true;
}

/**
 * A JSON key naming an identity document right before the value (`"idDocument":"…"`, `"identity_document_number":`):
 * the key is the document word; the number's first letter says which (a German passport's starts C, F, G, H, J or K).
 */
const ID_DOCUMENT_KEY_BEFORE =
  /"(?:id|identity|ident)[_-]?doc(?:ument)?(?:[_-]?(?:number|no|nr|nummer|id))?"[ \t]*:[ \t]*"$/i;
export function underIdDocumentKey(text: string, start: number): boolean {
  return ID_DOCUMENT_KEY_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
