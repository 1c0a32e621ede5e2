import { grouped, iban, luhn, pensionNumber, icaoCheck, taxCheck } from './values.js';

/** A hand-written document: its language, its kind and its marked-up text. */
export interface HandDoc {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

export const HAND_DE: HandDoc[] = [];
