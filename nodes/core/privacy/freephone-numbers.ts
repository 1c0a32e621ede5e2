import type { Entity } from './entities.js';

/**
 * Freephone, shared-cost and premium-rate SERVICE numbers (DE 0800/0180x/0900, AT 0800/0810/0820/0900, CH
 * 0800/084x/0900, UK 0800/0808/084x/087x/03xx, IE 1800/1850/1890, AU 1300/1800/13 xx xx, NZ 0800/0508, US/CA
 * 1-800/888/877/866/855/844/833, NL 0800/0900; national or international form) are an organisation's lines: a
 * regulator assigns these ranges to service providers, never to a private subscriber's line, so such a number is
 * no person's (GDPR Art. 4(1)) wherever it stands — also in a named person's row ("Kalolaine Moala | Rural Claims |
 * 0800 …": her team's line). One exception, privacy first: a number the text gives as the writer's or someone's own
 * right before it ("ring me on 866-…", "Handy 0900 …", "my number") stays — either it is mistyped or the writer
 * says it reaches a person, and a wrong "no" costs more than a false alarm. No set 19–29 labels service numbers, and
 * sets 3–18 were relabelled to match.
 *
 * A UK 03/084x/087x number is read only in its written grouping 4-3-4 ("0330 088 4416"), a Swiss 084x one as 4-3-3,
 * and never where a German four-digit area code has the same digits (0345 Halle, 0371 Chemnitz, 0871 Landshut:
 * "0345 740 3303" is read as Halle's, fail closed; "+44 345 …" is the UK's); a German five-digit area code has a first
 * group of five ("08441 …", "03431 …"), so it is no UK or Swiss number. Personal 0700 numbers ("persönliche Rufnummer") are not read: a
 * private person can hold one.
 */

/** International form, by country code and range: the digits after "+" with a "(0)" dropped. */
const INTERNATIONAL_SERVICE =
  /^(?:49(?:800|180[1-7]|900)|43(?:800|810|820|900)|41(?:800|84[0248]|900)|44(?:800|808|84[2-5]|87[0-3]|3(?:0[036]|3[03]|4[345]|7[0-3])|9)|3531(?:800|850|890)|61(?:1[38]00|13\d{4}$)|64(?:800|508)|1(?:800|888|877|866|855|844|833)|31(?:800|900))\d*$/;
/** National form with no area-code clash, by its digits: 0800, 0180x, 0900, 1300/1800/1850/1890. */
const NATIONAL_SERVICE = /^(?:0800\d{5,8}|0180[1-7]\d{4,8}|0900\d{5,8}|1(?:300|800|850|890)\d{6})$/;
/**
 * US/CA toll-free 8xx only in the North American grouping 3-3-4 ("1-800-555-0142", "(888) 555 0142"): as bare
 * digits "18881234567" is also a Chinese mobile (188, 185, 180 …) and "8881234567" an Indian one — fail closed.
 */
const NANP_TOLL_FREE =
  /^(?:1[ \t.-]?)?(?:\((?:800|888|877|866|855|844|833)\)[ \t]?|(?:800|888|877|866|855|844|833)[ \t.-])\d{3}[ \t.-]\d{4}$/;
/** UK 0808 and NZ 0508 written with their own first group ("0808 157 0192"): DE 08081 and 05082 are area codes. */
const GROUPED_FREEPHONE = /^0[58]0[8][ \t-]\d/;
/** UK non-geographic 03/084x/087x numbers written 4-3-4 (or 4-3-2-2 where no German area code shares the prefix). */
const UK_GROUPED = /^0(?:3(?:0[036]|3[03]|4[34]|7[023])|84[2-5]|87[023])[ \t]\d{3}[ \t](?:\d{4}|\d\d[ \t]\d\d)$/;
/**
 * Swiss 084x and Austrian 0810/0820 numbers: a first group of exactly four digits written apart, ten digits in all.
 * Unseparated, "0820212345" is as well a German number of area code 08202 (Althegnenberg), "0840212345" one of
 * 08402: fail closed.
 */
const ALPINE_GROUPED = /^0(?:84[0248]|8[12]0)[ \t/-]\d{3}[ \t]?\d{3}$/;
/** Australian "13 xx xx". */
const AU_SHORT = /^13[ \t]\d\d[ \t]\d\d$/;

/** Whether a phone finding's value is a service number. */
export function serviceNumber(value: string): boolean {
  const written = value.trim();
  const compact = written.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (compact.startsWith('+')) return INTERNATIONAL_SERVICE.test(compact.slice(1));
  if (compact.startsWith('00')) return INTERNATIONAL_SERVICE.test(compact.slice(2));
  if (
    NATIONAL_SERVICE.test(compact) ||
    NANP_TOLL_FREE.test(written) ||
    GROUPED_FREEPHONE.test(written) ||
    AU_SHORT.test(written) ||
    ALPINE_GROUPED.test(written)
  )
    return true;
  return UK_GROUPED.test(written);
}

/** A cue right before a number giving it as someone's own ("me", "my", "Handy", "privat"). Bounded: linear. */
const OWN_CUE =
  /(?:^|[^\p{L}])(?:me|my|mich|mir|mein\p{L}{0,2}|handy|mobil\p{L}*|mobile|cell|privat\p{L}*|private|zuhause|durchwahl|direct[ \t]+dial|rückruf\p{L}*|callback)(?![\p{L}])[^\n]*$/iu;
/** How far before a number its cue is read. */
const CUE_REACH = 40;
export function withoutFreephoneNumbers(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'PHONE_NUMBER')) return found;
  return found.filter(
    (e) =>
      e.type !== 'PHONE_NUMBER' ||
      !serviceNumber(text.slice(e.start, e.end)) ||
      // Privacy first: "Ruf mich an: 0800 … (kostenlos)" is the writer's own, whatever the bracket says.
      OWN_CUE.test(text.slice(Math.max(0, e.start - CUE_REACH), e.start)),
  );
}
