import { birthDateAt } from './birth-dates.js';
import type { Entity } from './entities.js';

/**
 * Birth dates after the short signs for "born": the asterisk of German records and letters
 * ("Volkan Erdem, * 02.12.58") and English "b." ("Patient: Khanh Hoang, b. 03/11/60"). Only after a
 * name or a comma on the same line, never at a line's start, where "*" is a list bullet and "b." an
 * item letter ("* 02.12.2025 Teammeeting", "b. 12/03/2026 deadline").
 */
const BORN_SIGN = /(?<=\p{L}[ \t]|[,;(][ \t]?)(?:\*|b\.)[ \t]?(?=\d|\p{L})/gu;

export function bornSigns(text: string): Entity[] {
  const out: Entity[] = [];
  BORN_SIGN.lastIndex = 0;
  for (let m = BORN_SIGN.exec(text); m; m = BORN_SIGN.exec(text)) {
    const start = m.index + m[0].length;
    const end = birthDateAt(text, start);
    if (end !== undefined) out.push({ type: 'DATE_OF_BIRTH', start, end, score: 0.9 });
  }
  return out;
}
