/**
 * A one-character pattern as a test of UTF-16 code units: the pattern is asked once per code unit,
 * the first time one is met, and the answer kept in a table. The detectors test single characters
 * around their candidates hundreds of thousands of times per megabyte; a pattern call on a
 * one-character string each time cost several milliseconds per 8 MB.
 *
 * The answer for a code unit is the pattern's answer for the one-character string of it (the same
 * string `text[i]` is), so a call site that read `PATTERN.test(text[i])` reads
 * `test(text.charCodeAt(i))` with the same result. Past either end of the text (`charCodeAt` gives
 * NaN) the answer is false: a call site where `text[i]` could be undefined must say what it wants there.
 */
export function codeUnitTest(pattern: RegExp): (code: number) => boolean {
  if (pattern.global || pattern.sticky) throw new Error(`codeUnitTest: ${pattern} keeps a lastIndex`);
  /** 0 not asked yet, 1 yes, 2 no. */
  const answers = new Uint8Array(0x10000);
  return (code) => {
    // NaN: no character.
    if (!(code >= 0)) return false;
    let answer = answers[code];
    if (answer === 0) answers[code] = answer = pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return answer === 1;
  };
}

/**
 * Whether the code unit is white space or a line terminator as ECMAScript lists them: what `\s` matches
 * and `String.prototype.trim` removes. Written out, since the detectors call it per character.
 */
export function isWhiteSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER = /\p{L}/u;
/** Whether the character (a string's code unit, undefined past its ends) is a letter of any script. */
export const isLetterChar = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
