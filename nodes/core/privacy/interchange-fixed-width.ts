import type { FieldReading } from './interchange.js';

/** Not read yet: see interchange.ts. */
export function fixedWidthFields(text: string): FieldReading | undefined {
  void text;
  return undefined;
}
