import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';

/**
 * Words of a regulated trade's paperwork read as a person's name (read only around a PERSON finding, see
 * not-people.ts; set 42: gambling licences, AML worksheets, affiliate sheets, direct-debit forms):
 * - a label's parenthesis: a kind of payment or of identity document in brackets between a form's label and its
 *   colon ("IBAN (Lastschrift):", "Ausweis (Personalausweis):") says what kind of value follows, it names no one.
 *   Only the kinds listed: "Internal note (Tamizhselvi):", "AGENT (Rungnapa):" name their writer there;
 * - an authority's or a firm's unit: "Referat Erlaubnisse", "Dezernat 3" (a German authority's units), and a
 *   capitalised word before a lower-case unit noun ("Partners desk", "Payments team"): a person's name ends in no
 *   lower-case noun;
 * - a law's title: "Title 31" (the US Bank Secrecy Act's title) before its number;
 * - a US city before its state's code ("Silver Strike Casino, Reno NV"): the finding ends in the city after a
 *   comma, the state's two letters follow.
 * Privacy first: the unit noun keeps a finding with a listed given name in it ("Anna desk"), and before a state's code only a city after a comma goes, and only when no given name stands before
 * the comma ("Reno Okafor", "Anna Berg NV", "Anna Berg, Reno NV" stay).
 */

/** A label's parenthesis: the line's label, "(", the finding, "):" (bounded label: linear). */
const LABEL_BEFORE = /(?:^|\n)[ \t]*\p{L}[\p{L}\p{N} ./-]{0,30}[ \t]*\($/u;
const LABEL_AFTER = /^\)[ \t]*:/;
/** The kinds of payment and of identity document a label's parenthesis names. */
const VALUE_KIND =
  /^(?:(?:SEPA-)?Lastschrift|Überweisung|Dauerauftrag|Auszahlung|Einzahlung|Gutschrift|Personalausweis|Reisepass|Pass|Führerschein|Aufenthaltstitel|Aufenthaltserlaubnis|Passport|Debit|Payout|Refund|Deposit|Withdrawal)$/iu;
/** An authority's unit words before the unit's name or number. */
const AUTHORITY_UNIT = /^(?:Referat|Dezernat|Sachgebiet|Fachbereich|Abteilung)(?:[ \t]+\p{Lu}?[\p{L}\p{N}-]+){0,2}$/u;
/** A capitalised word or two before a lower-case unit noun. */
const UNIT_NOUN = /^\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?[ \t]+(?:desk|team|office|unit|hotline|helpdesk)$/u;
/** A law's title and its number ("Title 31 compliance", "Title 31 CFR"). */
const LAW_TITLE_AFTER = /^[ \t]+\d{1,2}(?![\d.,:/])/;
/** The US states' and DC's postal codes. */
const US_STATE =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY';
const STATE_AFTER = new RegExp(String.raw`^[ \t]+(?:${US_STATE.split(' ').join('|')})(?![\p{L}\p{N}])`, 'u');

export function gamblingPaperworkNoPerson(text: string, e: Entity, value: string): boolean {
  const words = value.split(/[ \t,]+/).filter((w) => w !== '');
  const anyGiven = words.some((w) => isGivenName(w));
  if (
    VALUE_KIND.test(value) &&
    LABEL_AFTER.test(text.slice(e.end, e.end + 4)) &&
    LABEL_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start))
  )
    return true;
  if (!anyGiven && (AUTHORITY_UNIT.test(value) || UNIT_NOUN.test(value))) return true;
  if (value === 'Title' && LAW_TITLE_AFTER.test(text.slice(e.end, e.end + 6))) return true;
  // "…, Reno NV": the city after a comma inside the finding, the state's code right after it.
  const comma = value.lastIndexOf(',');
  if (
    comma > 0 &&
    /^[ \t]*\p{Lu}\p{L}+$/u.test(value.slice(comma + 1)) &&
    !value
      .slice(0, comma)
      .split(/[ \t]+/)
      .some((w) => isGivenName(w)) &&
    STATE_AFTER.test(text.slice(e.end, e.end + 5))
  )
    return true;
  return false;
}
