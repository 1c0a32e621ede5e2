import type { FieldReading } from './interchange.js';

/** Not read yet: see interchange.ts. */
export function hl7Fields(text: string): FieldReading | undefined {
  void text;
  return undefined;
}
