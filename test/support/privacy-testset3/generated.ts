import type { TestLabel } from './markup.js';
export function generated(_n: number, _seed: number): { lang: 'de' | 'en'; kind: string; text: string; entities: TestLabel[] }[] {
  return [];
}
