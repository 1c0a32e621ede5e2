/**
 * Test set 7's own random generator and checksum values. Park–Miller "minimal standard" Lehmer
 * generator (multiplier 48271, modulus 2^31 − 1): unlike the generators of sets 3 to 6.
 */
export class Lehmer {
  private state: number;
  constructor(seed: number) {
    this.state = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  }
  next(): number {
    this.state = Number((BigInt(this.state) * 48271n) % 2147483647n);
    return (this.state - 1) / 2147483646;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

const BBAN: Record<string, (r: Lehmer) => string> = {
  DE: (r) => r.digits(18),
  AT: (r) => r.digits(16),
  NL: (r) => 'ABNA' + r.digits(10),
  FR: (r) => r.digits(10) + r.digits(11) + r.digits(2),
  GB: (r) => 'NWBK' + r.digits(14),
  ES: (r) => r.digits(20),
};

/** An IBAN with a correct check: the national part is drawn, the two check digits computed (ISO 13616). */
export function iban(r: Lehmer, country = 'DE', grouped = true): string {
  const bban = BBAN[country](r);
  const check = 98 - mod97(bban + country + '00');
  const raw = country + String(check).padStart(2, '0') + bban;
  return grouped ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
}

/** A card number with a correct Luhn digit, written in groups of four. */
export function card(r: Lehmer, prefix = '4', grouped = true): string {
  let body = prefix + r.digits(15 - prefix.length);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  body += String((10 - (sum % 10)) % 10);
  return grouped ? body.replace(/(.{4})(?=.)/g, '$1 ') : body;
}

/** A German tax id: ten digits, one of them twice, the first not 0, and the ISO 7064 MOD 11,10 check. */
export function taxId(r: Lehmer, style: 'plain' | 'threes' | 'pairs' = 'plain'): string {
  const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const nine = pool.slice(0, 9);
  const twice = nine[r.int(9)];
  const ten = [...nine];
  ten.splice(1 + r.int(9), 0, twice);
  if (ten[0] === 0) [ten[0], ten[1]] = [ten[1], ten[0]];
  let product = 10;
  for (const d of ten) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  const id = ten.join('') + String(check);
  if (style === 'threes') return `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`;
  if (style === 'pairs') return id.replace(/(\d{2})(?=\d)/g, '$1 ');
  return id;
}

/** A pension insurance number: area, birth date, initial, serial and the check digit. */
export function pensionNumber(r: Lehmer, birth: [number, number, number], initial: string, grouped = false): string {
  const area = r.pick(['12', '13', '15', '23', '24', '38', '42', '53', '65', '81']);
  const date =
    String(birth[0]).padStart(2, '0') + String(birth[1]).padStart(2, '0') + String(birth[2] % 100).padStart(2, '0');
  const letter = initial.toUpperCase();
  const serial = r.pick(['01', '02', '04', '06', '11', '23', '47', '50', '52', '63']);
  const digits = area + date + String(LETTERS.indexOf(letter) + 1).padStart(2, '0') + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  const check = String(sum % 10);
  return grouped ? `${area} ${date} ${letter} ${serial}${check}` : `${area}${date}${letter}${serial}${check}`;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
function icao(chars: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

/** A German identity card (first letter L M N P R T V W X Y) or passport (C F G H J K) number. */
export function document(r: Lehmer, kind: 'id' | 'passport'): string {
  let s = r.pick(kind === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  for (let i = 0; i < 8; i++) s += r.pick([...ICAO_CHARS]);
  return s + String(icao(s));
}
