import { isValidIBAN } from 'ibantools';
import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import { ibanValid } from '../../../nodes/core/privacy/iban-validity.js';
import type { LaggedFibonacci } from './random.js';

/**
 * Checksum values for test set 9, made by this set's own code (check digits computed here) and
 * only confirmed with Ragwire's validators, which never decide what a value looks like.
 */

const digitsOf = (r: LaggedFibonacci, n: number) => Array.from({ length: n }, () => String(r.int(0, 9))).join('');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function mod97(s: string): number {
  let rest = 0;
  for (const c of s) rest = /\d/.test(c) ? (rest * 10 + Number(c)) % 97 : (rest * 100 + c.charCodeAt(0) - 55) % 97;
  return rest;
}

/** The national part of an IBAN of each country this set writes. */
const BBAN: Record<string, (r: LaggedFibonacci) => string> = {
  DE: (r) => digitsOf(r, 18),
  AT: (r) => digitsOf(r, 16),
  NL: (r) => Array.from({ length: 4 }, () => r.pick([...LETTERS])).join('') + digitsOf(r, 10),
  BE: (r) => digitsOf(r, 12),
  PL: (r) => digitsOf(r, 24),
  GB: (r) => Array.from({ length: 4 }, () => r.pick([...LETTERS])).join('') + digitsOf(r, 14),
  LU: (r) => digitsOf(r, 16),
  DK: (r) => digitsOf(r, 14),
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

/** A valid IBAN (ISO 13616 check digits; national check digits where a country has them, by trying). */
export function iban(r: LaggedFibonacci, country = 'DE'): string {
  for (;;) {
    const bban = BBAN[country](r);
    const check = String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
    const value = `${country}${check}${bban}`;
    if (isValidIBAN(value) && ibanValid(value)) return value;
  }
}

/** Groups of four, the way a bank statement prints an IBAN. */
export const grouped = (value: string, size = 4, sep = ' '): string =>
  value.match(new RegExp(`.{1,${size}}`, 'g'))!.join(sep);

/** A Luhn-valid card number: Visa, Mastercard or American Express. */
export function card(r: LaggedFibonacci): string {
  const kind = r.int(0, 2);
  const prefix = kind === 0 ? '4' : kind === 1 ? `5${r.int(1, 5)}` : r.pick(['34', '37']);
  const length = kind === 2 ? 15 : 16;
  const body = prefix + digitsOf(r, length - prefix.length - 1);
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

/** A German tax id: eleven digits, one digit repeated in the first ten, MOD 11,10 check digit. */
export function taxId(r: LaggedFibonacci): string {
  for (;;) {
    const body = String(r.int(1, 9)) + digitsOf(r, 9);
    for (let d = 0; d <= 9; d++) if (deTaxIdValid(body + d)) return body + d;
  }
}

/** A German pension number for a birth date and birth name: area, DDMMYY, initial, serial, check digit. */
export function pensionNumber(r: LaggedFibonacci, birth: { d: number; m: number; y: number }, name: string): string {
  const initial = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase();
  for (;;) {
    const body = `${String(r.pick([12, 13, 15, 18, 23, 24, 28, 38, 40, 42, 49, 53, 65])).padStart(2, '0')}${pad(birth.d)}${pad(birth.m)}${pad(birth.y % 100)}${initial || 'X'}${pad(r.int(0, 49))}`;
    for (let d = 0; d <= 9; d++) if (deSocialSecurityValid(body + d)) return body + d;
  }
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** A German identity card number (first letter L, M, N, P, R, T, V, W, X or Y) with its ICAO check digit. */
export function idCard(r: LaggedFibonacci): string {
  const body = r.pick([...'LMNPRTVWXY']) + Array.from({ length: 8 }, () => r.pick([...ICAO_CHARS])).join('');
  return body + icaoCheckDigit(body);
}

/** A German passport number (first letter C, F, G, H, J or K) with its ICAO check digit. */
export function passport(r: LaggedFibonacci): string {
  const body = r.pick([...'CFGHJK']) + Array.from({ length: 8 }, () => r.pick([...ICAO_CHARS])).join('');
  return body + icaoCheckDigit(body);
}

export function ipv4(r: LaggedFibonacci): string {
  const first = r.pick([31, 37, 46, 62, 77, 80, 85, 91, 93, 109, 134, 141, 178, 185, 188, 193, 212, 217]);
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

export function ipv6(r: LaggedFibonacci): string {
  const hex = () => r.int(0, 0xffff).toString(16);
  return r.chance(0.5)
    ? `2a02:${hex()}:${hex()}:${hex()}::${hex()}`
    : `2003:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
