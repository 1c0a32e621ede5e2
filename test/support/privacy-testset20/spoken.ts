/**
 * Numbers as a speech recogniser writes them out: German and English number words, digit by digit
 * ("null eins sieben eins", "oh seven seven double oh"), years ("neunzehnhundertachtundachtzig",
 * "nineteen eighty"), ordinal days. `readSpoken` is the inverse the structure test needs: it reads
 * spoken digits, "plus", "punkt"/"dot" and "at" back, so a value labelled in words can be checked.
 */

const DE_UNITS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const DE_TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const DE_TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–99 in German, one word ("dreiundzwanzig"). */
export function deNumber(n: number): string {
  if (n < 10) return DE_UNITS[n];
  if (n < 20) return DE_TEENS[n - 10];
  const unit = n % 10;
  const tens = DE_TENS[Math.floor(n / 10)];
  return unit === 0 ? tens : `${unit === 1 ? 'ein' : DE_UNITS[unit]}und${tens}`;
}

/** 0–999 in German. */
export function deHundreds(n: number): string {
  if (n < 100) return deNumber(n);
  const h = Math.floor(n / 100);
  const rest = n % 100;
  return `${h === 1 ? 'ein' : DE_UNITS[h]}hundert${rest ? (rest === 1 ? 'eins' : deNumber(rest)) : ''}`;
}

/** A year as one German word: "neunzehnhundertachtundachtzig", "zweitausendvier". */
export function deYear(y: number): string {
  const rest = y % 100;
  const tail = rest === 0 ? '' : rest === 1 ? 'eins' : deNumber(rest);
  return y >= 2000 ? `zweitausend${tail}` : `${deNumber(Math.floor(y / 100))}hundert${tail}`;
}

/** The day of the month after "am": "ersten", "dritten", "dreiundzwanzigsten". */
export function deDay(d: number): string {
  const special: Record<number, string> = { 1: 'ersten', 3: 'dritten', 7: 'siebten', 8: 'achten' };
  if (special[d]) return special[d];
  return d < 20 ? `${deNumber(d)}ten` : `${deNumber(d)}sten`;
}

/** 0–99 in English as a recogniser writes it ("twenty one"). */
export function enNumber(n: number): string {
  if (n < 10) return EN_UNITS[n];
  if (n < 20) return EN_TEENS[n - 10];
  const unit = n % 10;
  return unit === 0 ? EN_TENS[Math.floor(n / 10)] : `${EN_TENS[Math.floor(n / 10)]} ${EN_UNITS[unit]}`;
}

/** A year in English words: "nineteen eighty eight", "nineteen oh five", "two thousand four". */
export function enYear(y: number): string {
  if (y >= 2000 && y < 2010) return `two thousand ${y === 2000 ? '' : EN_UNITS[y - 2000]}`.trim();
  const rest = y % 100;
  const tail = rest === 0 ? 'hundred' : rest < 10 ? `oh ${EN_UNITS[rest]}` : enNumber(rest);
  return `${enNumber(Math.floor(y / 100))} ${tail}`;
}

const EN_ORD: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  5: 'fifth',
  8: 'eighth',
  9: 'ninth',
  12: 'twelfth',
  20: 'twentieth',
  30: 'thirtieth',
};

/** An English ordinal day: "fourth", "twenty first". */
export function enDay(d: number): string {
  if (EN_ORD[d]) return EN_ORD[d];
  if (d < 20) return `${enNumber(d)}th`;
  return `${EN_TENS[Math.floor(d / 10)]} ${EN_ORD[d % 10] ?? `${EN_UNITS[d % 10]}th`}`;
}

/** A digit string spoken digit by digit in German ("zwo" now and then, as callers say on the phone). */
export function deDigits(s: string, zwo = false): string {
  return [...s].map((ch) => (ch === '2' && zwo ? 'zwo' : DE_UNITS[Number(ch)])).join(' ');
}

/** A digit string spoken in British fashion: "oh" for 0, "double" and "triple" for runs. */
export function enDigits(s: string, british = true): string {
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    let run = 1;
    while (run < 3 && s[i + run] === s[i]) run++;
    const word = s[i] === '0' && british ? 'oh' : EN_UNITS[Number(s[i])];
    if (british && run === 3) out.push(`triple ${word}`);
    else if (british && run === 2) out.push(`double ${word}`);
    else for (let k = 0; k < run; k++) out.push(word);
    i += run;
  }
  return out.join(' ');
}

const DIGIT_WORD: Record<string, string> = Object.fromEntries([
  ...DE_UNITS.map((w, i) => [w, String(i)]),
  ...EN_UNITS.map((w, i) => [w, String(i)]),
  ['zwo', '2'],
  ['oh', '0'],
]);

/**
 * A spoken value read back as written: digit words become digits (a run of them one number),
 * "double"/"triple" repeat the next digit, "plus" is "+"; in e-mail and IP addresses "punkt"/"dot"
 * are "." and "at"/"ät" "@", and the spaces go. Other values keep their words and spaces.
 */
export function readSpoken(type: string, value: string): string {
  // Names and dates stand in words anyway ("Two Bulls", "fourth of march"): nothing to read back.
  if (type === 'PERSON' || type === 'DATE_OF_BIRTH') return value;
  const tokens = value.split(/\s+/);
  const joins = type === 'EMAIL_ADDRESS' || type === 'IP_ADDRESS';
  const out: string[] = [];
  let spokenRun = false;
  let at = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].toLowerCase();
    let digits: string | undefined = DIGIT_WORD[t];
    if ((t === 'double' || t === 'triple') && DIGIT_WORD[tokens[i + 1]?.toLowerCase()]) {
      digits = DIGIT_WORD[tokens[++i].toLowerCase()].repeat(t === 'double' ? 2 : 3);
    }
    // Spoken digits run together into one number; written digit groups stay as they were written.
    if (digits !== undefined) {
      if (spokenRun) out[out.length - 1] += digits;
      else out.push(digits);
      spokenRun = true;
      continue;
    }
    spokenRun = false;
    if (t === 'plus') out.push('+');
    else if (joins && (t === 'punkt' || t === 'dot')) out.push('.');
    // An address has one "@": a later "at" is the Austrian top-level domain.
    else if (joins && !at && (t === 'at' || t === 'ät')) {
      out.push('@');
      at = true;
    } else out.push(tokens[i]);
  }
  const joined = out.join(' ').replace(/\+ /, '+');
  return joins ? joined.replace(/\s+/g, '') : joined;
}
