import type { FieldReading } from './interchange.js';

/** Not read yet: see interchange.ts. */
export function x12Fields(text: string): FieldReading | undefined {
  void text;
  return undefined;
}
