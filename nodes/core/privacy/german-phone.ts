import { getCountries, getCountryCallingCode, Metadata } from 'libphonenumber-js';

/**
 * Whether libphonenumber (default country DE) would call a German number valid, decided without it
 * for the common shapes: "+49 …" and national "0…" written with digits, spaces, dots, slashes and
 * dashes, "0049 …" and "(0…)". The phone detector asks this for every candidate, and libphonenumber's parse builds its
 * regular expressions anew on each call (about 9 µs a number, a fifth of the whole scan); this
 * compiles them once. It follows libphonenumber's own steps for such input, reading the same
 * metadata (national prefix "0" stripped unless the number is valid only with it or too short
 * without it, then the national number pattern), and answers `undefined` for every other shape,
 * which the caller then gives to libphonenumber. A differential test compares it with libphonenumber.
 */

/** The parts of libphonenumber's numbering plan this reads; its typings leave them out. */
interface Plan {
  nationalNumberPattern(): string;
  possibleLengths(): number[];
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  hasTypes(): boolean;
  IDDPrefix(): string;
}

/** libphonenumber's bounds: longer input is no number; national numbers have 2 to 17 digits. */
const MAX_INPUT_LENGTH = 250;
const MIN_NATIONAL = 2;
const MAX_NATIONAL = 17;

interface GermanPlan {
  valid: RegExp;
  lengths: number[];
}

/**
 * DE's plan, if it still has the shape the steps below assume (one country on +49, national prefix
 * "0" without a transform rule, international prefix "00", no number types); otherwise undefined
 * and every number goes to libphonenumber.
 */
function germanPlan(): GermanPlan | undefined {
  const metadata = new Metadata();
  metadata.selectNumberingPlan('DE');
  const plan = metadata.numberingPlan as unknown as Plan | undefined;
  if (!plan) return undefined;
  const sharing = getCountries().filter((c) => getCountryCallingCode(c) === '49');
  const lengths = plan.possibleLengths();
  if (
    sharing.length !== 1 ||
    plan.nationalPrefixForParsing() !== '0' ||
    plan.nationalPrefixTransformRule() ||
    plan.hasTypes() ||
    plan.IDDPrefix() !== '00' ||
    !lengths?.length
  )
    return undefined;
  return { valid: new RegExp(`^(?:${plan.nationalNumberPattern()})$`), lengths };
}
const PLAN = germanPlan();

/** libphonenumber's length check ("checkNumberLength"): whether a number this long may still be a number. */
function possibleLength(digits: number, lengths: number[]): boolean {
  if (digits === lengths[0]) return true;
  if (digits < lengths[0]) return false;
  if (digits > lengths[lengths.length - 1]) return true;
  return lengths.indexOf(digits, 1) >= 0;
}

/** The national number after libphonenumber's national prefix step ("extractNationalNumber"). */
function nationalNumber(number: string, plan: GermanPlan): string {
  if (number[0] !== '0') return number;
  const after = number.slice(1);
  // Kept when only the number with its "0" is valid, or when the rest is too short to be one.
  if (plan.valid.test(number) && !plan.valid.test(after)) return number;
  return possibleLength(after.length, plan.lengths) ? after : number;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;
/**
 * Space, dot, slash, dash and round brackets: punctuation libphonenumber skips and that can begin
 * no extension ("x", "#", "ext", ",", ";" can).
 */
const isPlainSeparator = (code: number) =>
  code === 32 || code === 46 || code === 47 || code === 45 || code === 40 || code === 41;

/**
 * The German number in the candidate's digits, as libphonenumber finds the country: after "+" or
 * the international prefix "00" the calling code must be 49; without them the digits are national,
 * unless they start with 49 (then libphonenumber may read them as international without "+").
 * Undefined for every other case.
 */
function germanDigits(digits: string, plus: boolean): string | undefined {
  if (plus) return digits.startsWith('49') ? digits.slice(2) : undefined;
  // "00" and a digit other than 0 is the international prefix; "000…" is a national number.
  if (digits.startsWith('00') && digits[2] !== '0') return digits.startsWith('49', 2) ? digits.slice(4) : undefined;
  return digits.startsWith('49') ? undefined : digits;
}

/**
 * `parsePhoneNumberFromString(candidate, 'DE')?.isValid() === true` for candidates of digits and
 * plain separators, perhaps with a leading "+", whose calling code is Germany's or that are
 * national; undefined for any other candidate.
 */
export function germanPhoneValidity(candidate: string): boolean | undefined {
  if (!PLAN || candidate.length > MAX_INPUT_LENGTH) return undefined;
  const plus = candidate[0] === '+';
  let digits = '';
  for (let i = plus ? 1 : 0; i < candidate.length; i++) {
    const code = candidate.charCodeAt(i);
    if (isDigitCode(code)) digits += candidate[i];
    else if (!isPlainSeparator(code)) return undefined;
  }
  // Fewer than three digits: libphonenumber's test of a viable number decides, not the steps below.
  if (digits.length < 3) return undefined;
  const number = germanDigits(digits, plus);
  if (!number) return undefined;
  const national = nationalNumber(number, PLAN);
  if (national.length < MIN_NATIONAL || national.length > MAX_NATIONAL) return false;
  return PLAN.valid.test(national);
}
