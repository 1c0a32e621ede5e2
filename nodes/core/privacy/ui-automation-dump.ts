import type { Entity } from './entities.js';
import { escapesDecoder, type MarkupReading, type TextPiece } from './markup-text-view.js';

/**
 * Windows UI Automation tree dumps (Inspect, Accessibility Insights, FlaUI and pywinauto's `print_control_identifiers`
 * as booking and till software's support logs write them): one control a line, `ControlType: Edit  Name: "Gastname"
 * Value: "Tschurtschell, Chaspertin"  AutomationId: "txtGuest"`. A field's label (its Name) and what is typed in it
 * (its Value) sit in separate attributes; read as written, every control's Name follows the key "Name:" and reads as
 * a person's name ("Name: \"Summe 82,50 €\""). This reader gives the text a person sees: a control's Name and Value
 * on one line ("Gastname: Tschurtschell, Chaspertin"), a control with a Name alone (a button, a window's title, a
 * text label) as a line of its own. The format's own attributes (ControlType, AutomationId, ClassName, bounds) are
 * no pieces: what the document says there keeps its findings read as written (fail closed), as does every line
 * that is no control.
 */

/** A control's line: indentation (or a tree's drawing), "ControlType:" and its type. */
const CONTROL = /^[ \t|`+\\-]*(?:\d+[.:)]?[ \t]*)?ControlType:[ \t]*"?[A-Za-z]+"?/;
/** An attribute of a control's line: a key, a colon and a quoted value (backslash escapes). */
const ATTRIBUTE = /([A-Za-z][A-Za-z]*)[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){0,4000})"/g;
/** The attributes that hold text a person reads (all others are the format's own). */
const TEXT_KEYS = new Set(['name', 'value', 'legacyiaccessible.value', 'helptext', 'fulldescription']);
/** Not read beyond this (a hostile dump): read as written instead, every finding kept. */
/**
 * A field's label that asks for a person's name ("Gastname", "Guest name", "Name des Kunden", "Nachname"): what is
 * typed in it is that person's name, as its shape allows (NAME_VALUE).
 */
export const NAME_FIELD =
  /^(?:(?:gast|gäste|kunden|kundinnen|patienten|mitglieds?|teilnehmer|vor|nach|familien|ruf|geburts|inhaber)-?name|name(?:[ \t]+(?:des|der)[ \t]+(?:gastes|kunden|kundin|mitglieds|patienten|karteninhabers))?|(?:guest|client|customer|member|patient|full|first|last|given|family|card[ \t]?holder|holder)(?:'s)?[ \t]+name|surname|forename)[ \t]*:?$/iu;
/** A value written as a person's name: two to five words of letters (a comma after the surname), no digit. */
export const NAME_VALUE = /^\p{L}[\p{L}\p{M}'’.-]*(?:,?[ \t]+\p{L}[\p{L}\p{M}'’.-]*){1,4}$/u;
const MAX_LENGTH = 4_000_000;
const HEAD = 4_000;

/** A quoted value's backslash escapes decoded (`\"`, `\\`, `\'`, `\uXXXX`; a newline or tab escape read as a blank). */
export const decodeQuoted = escapesDecoder({ '"': '"', '\\': '\\', "'": "'", n: ' ', t: ' ' });

/** The controls of a UI Automation dump; undefined (cheaply) for a text that is none. */
export function uiAutomationPieces(text: string): MarkupReading | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const head = text.slice(0, HEAD);
  if (!head.includes('ControlType')) return undefined;
  const pieces: TextPiece[] = [];
  const known: Entity[] = [];
  let controls = 0;
  let key = 0;
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (CONTROL.test(line)) {
      controls++;
      let name: { start: number; end: number } | undefined;
      let value: { start: number; end: number } | undefined;
      const others: { start: number; end: number }[] = [];
      ATTRIBUTE.lastIndex = 0;
      for (let m = ATTRIBUTE.exec(line); m; m = ATTRIBUTE.exec(line)) {
        const k = m[1].toLowerCase();
        const start = at + m.index + m[0].length - 1 - m[2].length;
        const span = { start, end: start + m[2].length };
        if (!TEXT_KEYS.has(k) || !/\S/.test(m[2])) continue;
        if (k === 'name' && !name) name = span;
        else if (k === 'value' && !value) value = span;
        else others.push(span);
      }
      const lineKey = `c${key++}`;
      // A name field's value: that person's name, whatever the name lists say of its words.
      if (name && value && NAME_FIELD.test(text.slice(name.start, name.end).trim())) {
        const v = text.slice(value.start, value.end);
        const lead = v.length - v.trimStart().length;
        if (NAME_VALUE.test(v.trim()) && /\p{Lu}/u.test(v))
          known.push({
            type: 'PERSON',
            start: value.start + lead,
            end: value.start + lead + v.trim().length,
            score: 0.9,
          });
      }
      // Each control a paragraph of its own (a blank line between, view only): a button's or a label's Name alone
      // is no continuation of the window's title before it.
      if (name) pieces.push({ ...name, line: lineKey, before: '\n' });
      if (value) pieces.push({ ...value, line: lineKey, before: name ? ': ' : '\n' });
      for (const o of others) pieces.push({ ...o, line: `c${key++}`, before: '\n' });
    }
    at = end + 1;
  }
  if (controls < 2 || pieces.length === 0) return undefined;
  return { pieces, escapes: decodeQuoted, joiner: ' ', ...(known.length > 0 ? { known } : {}) };
}
