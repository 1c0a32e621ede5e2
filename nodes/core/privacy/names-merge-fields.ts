import type { Entity } from './entities.js';
import { isCommonWord, isKnownName } from './name-list.js';

/** The literals that start a raw merge field: the key of a line that may hold one. */
const MERGE_KEY = /MERGEFIELD|«|\{\{|<</;
/**
 * A raw mail-merge field («Nachname», {{last_name}}, <<Vorname>>, MERGEFIELD Vorname) and the one or two
 * capitalised words written right after it, up to a comma, full stop, line end or the end of the text.
 */
const FIELD_THEN_WORDS =
  /(?:MERGEFIELD[ \t]+[\p{L}_][\p{L}\d_]{0,30}|«[\p{L}_][\p{L}\d_]{0,30}»|\{\{[ \t]*[\p{L}_][\p{L}\d_.]{0,30}[ \t]*\}\}|<<[\p{L}_][\p{L}\d_]{0,30}>>)[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)(?=[ \t]*(?:[,.;:!?]|\n|$))/gu;

/**
 * A real name written after a raw merge field ("Sehr geehrter Herr «Nachname» Hofbauer,", "Liebe «Vorname»
 * Maria,"): the field is no name, but it keeps the name after it from the salutation and label rules, which read
 * the words right after "Herr" or "Kontakt:". Every word must be a known name and no common word, so "«Firma»
 * GmbH" or "{{first_name}} Team" stay unnamed. Only lines that hold a field's opening literal are read.
 */
export function namesAfterMergeFields(text: string): Entity[] {
  if (!MERGE_KEY.test(text)) return [];
  const out: Entity[] = [];
  for (const m of text.matchAll(FIELD_THEN_WORDS)) {
    const words = m[1].split(/[ \t]+/);
    if (!words.every((w) => isKnownName(w) && !isCommonWord(w))) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.85 });
  }
  return out;
}
