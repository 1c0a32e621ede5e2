/** Luhn (credit cards). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * IBAN check digits (ISO 13616, ISO 7064 MOD 97-10): the country code and check digits moved to the
 * end, letters read as 10 … 35, the number modulo 97 is 1. Upper-case letters and digits only.
 */
export function ibanChecksumValid(iban: string): boolean {
  if (iban.length < 5) return false;
  let rest = 0;
  for (let k = 0; k < iban.length; k++) {
    const code = iban.charCodeAt((k + 4) % iban.length);
    if (code >= 48 && code <= 57) rest = (rest * 10 + code - 48) % 97;
    else if (code >= 65 && code <= 90) rest = (rest * 100 + code - 55) % 97;
    else return false;
  }
  return rest === 1;
}

/**
 * German tax identification number (Steuer-ID, 11 digits): ISO 7064 MOD 11,10 check digit; the
 * first digit is not 0; in the first ten digits exactly one digit repeats (twice or three times).
 */
export function deTaxIdValid(id: string): boolean {
  if (!/^[1-9]\d{10}$/.test(id)) return false;
  // How often each digit occurs in the first ten (an array, not a map: this runs for every 11-digit candidate).
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[id.charCodeAt(i) - 48]++;
  let repeatedDigits = 0;
  let repeats = 0;
  for (const n of counts)
    if (n > 1) {
      repeatedDigits++;
      repeats = n;
    }
  if (repeatedDigits !== 1 || repeats > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(id[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(id[10]);
}

/**
 * German pension insurance number (Rentenversicherungsnummer, "Sozialversicherungsnummer"):
 * area (2 digits), birth date DDMMYY, first letter of the birth name, serial (2 digits), check
 * digit. The letter counts as its two-digit alphabet position; weights 2,1,2,5,7,1,2,1,2,1,2,1.
 */
export function deSocialSecurityValid(raw: string): boolean {
  const s = raw.replace(/\s/g, '').toUpperCase();
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/.exec(s);
  if (!m) return false;
  const day = Number(m[2]);
  const month = Number(m[3]);
  if (day < 1 || day > 31 + 40 || (day > 31 && day < 41) || month < 1 || month > 12) return false;
  const letter = String(m[5].charCodeAt(0) - 64).padStart(2, '0');
  const digits = `${m[1]}${m[2]}${m[3]}${m[4]}${letter}${m[6]}`;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(m[7]);
}

/** ICAO 9303 check digit (weights 7, 3, 1; letters A=10 … Z=35), used by German ID cards and passports. */
export function icaoCheckDigit(chars: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    // The MRZ's filler `<` counts as 0 (ICAO 9303 Part 3, 4.9).
    const v = c === '<' ? 0 : c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * weights[i % 3];
  }
  return sum % 10;
}
