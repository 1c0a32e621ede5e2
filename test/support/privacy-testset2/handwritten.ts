import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';

/**
 * Hand-written documents of test set 2: letters, threads, chat exports, CSV/TSV exports, forms,
 * claims, tenancy papers, tickets, minutes, invoices, delivery notes, CVs, reports, school and bank
 * letters, about a tenth without personal data. Written after the second round of detector work,
 * by someone who has not seen the detectors' output on them.
 */
export interface HandWritten {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

export const HAND_WRITTEN: HandWritten[] = [...HAND_DE, ...HAND_EN];
