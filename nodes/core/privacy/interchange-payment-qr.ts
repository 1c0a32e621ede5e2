import type { Entity } from './entities.js';
import { FIELD_SCORE, type FieldReading, type Span } from './interchange.js';
import { ibanValid } from './iban-validity.js';
import { nameWordLabels, organisationName } from './interchange-swift-names.js';

/**
 * Payment QR payloads, one element per line, read by line number:
 * - EPC QR ("GiroCode", EPC069-12): BCD / version / character set / identification (SCT, INST) / BIC /
 *   beneficiary name / beneficiary IBAN / amount / purpose / structured reference / remittance text / info.
 * - Swiss QR-bill (Swiss Implementation Guidelines QR-bill, v2): SPC / 0200 / 1 / IBAN / creditor
 *   (address type, name, street or address line 1, building number or line 2, postcode, town, country) /
 *   ultimate creditor (7 lines, reserved) / amount / currency / ultimate debtor (7 lines) / reference
 *   type / reference / unstructured message / trailer EPD / billing information.
 */

export function paymentQrFields(text: string): FieldReading | undefined {
  if (!text.includes('BCD') && !text.includes('SPC')) return undefined;
  const personal: Entity[] = [];
  const impersonal: Span[] = [];
  const lines = linesWithSpans(text);
  for (let i = 0; i < lines.length; i++) {
    const value = (k: number) => (lines[i + k] ? text.slice(lines[i + k].start, lines[i + k].end) : undefined);
    if (value(0) === 'BCD' && /^00[12]$/.test(value(1) ?? '') && /^(?:SCT|INST)$/.test(value(3) ?? ''))
      readEpc(text, lines.slice(i, i + 12), personal, impersonal);
    else if (value(0) === 'SPC' && /^0[12]\d\d$/.test(value(1) ?? '') && value(2) === '1')
      readSwiss(text, lines.slice(i, i + 34), personal, impersonal);
  }
  return personal.length > 0 || impersonal.length > 0 ? { personal, impersonal } : undefined;
}

/** EPC069-12, lines 1–12 (index 0–11). */
function readEpc(text: string, lines: Span[], personal: Entity[], impersonal: Span[]): void {
  let l = lines;
  const line = (k: number) => (l[k] ? text.slice(l[k].start, l[k].end) : '');
  // BIC is optional since version 002; a generator that leaves out its empty line moves the name up
  // to line 5 and the IBAN to line 6: read them where they are.
  if (line(4) !== '' && !EPC_CODE_LINE[4].test(line(4)) && ibanValid(line(5).replace(/ /g, '')))
    l = [...l.slice(0, 4), { start: l[4].start, end: l[4].start }, ...l.slice(4)];
  // Service tag, version, character set, identification (checked before reading), BIC, amount, purpose
  // code, structured creditor reference: codes, each only when it has its shape, so that a line out of
  // place (a name, a note with a phone) stays with the free-text detectors (fail closed).
  for (const k of [0, 1, 2, 3]) if (l[k]) impersonal.push(l[k]);
  for (const k of [4, 7, 8, 9]) if (l[k] && EPC_CODE_LINE[k].test(line(k))) impersonal.push(l[k]);
  readParty(text, l[5], l[6], [], personal, impersonal);
}

/** The shapes of EPC069-12's code lines: BIC, amount ("EUR12.30"), purpose code, structured reference. */
const EPC_CODE_LINE: Record<number, RegExp> = {
  4: /^(?:[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)?$/,
  7: /^(?:[A-Z]{3}\d{1,9}(?:[.,]\d{1,2})?)?$/,
  8: /^[A-Z0-9]{0,4}$/,
  9: /^\S{0,35}$/,
};

/** Swiss QR-bill, lines 1–34 (index 0–33). */
function readSwiss(text: string, l: Span[], personal: Entity[], impersonal: Span[]): void {
  for (const k of [0, 1, 2, 4, 10, 17, 18, 19, 20, 26, 27, 28, 30]) if (l[k]) impersonal.push(l[k]);
  // Creditor: name line 6, address lines 7–10 (index 6–9); the IBAN on line 4.
  readParty(text, l[5], l[3], l.slice(6, 10), personal, impersonal);
  // Ultimate debtor: name line 22, address lines 23–26 (index 22–25); the payer, a person unless a firm's name.
  readParty(text, l[21], undefined, l.slice(22, 26), personal, impersonal);
}

/**
 * A party: its name line, its account (IBAN) and its address lines (one label from the first to the
 * last non-empty line: nothing but line breaks comes between them). A firm's values are its own: read
 * as codes. A QR-IBAN (institution id 30000–31999) is a biller's: never a person's account.
 */
function readParty(
  text: string,
  name: Span | undefined,
  iban: Span | undefined,
  address: (Span | undefined)[],
  personal: Entity[],
  impersonal: Span[],
): void {
  const nameText = name ? text.slice(name.start, name.end) : '';
  const ibanText = iban ? text.slice(iban.start, iban.end).replace(/ /g, '') : '';
  const filled = address.filter((a): a is Span => a !== undefined && a.end > a.start);
  if (!nameText) {
    if (iban) impersonal.push(iban);
    return;
  }
  if (organisationName(nameText)) {
    for (const s of [name, iban, ...filled]) if (s) impersonal.push(s);
    return;
  }
  const words = nameWordLabels(text, name!.start, name!.end);
  personal.push(...words);
  impersonal.push(name!);
  if (iban && ibanValid(ibanText)) {
    if (qrIban(ibanText)) impersonal.push(iban);
    else personal.push({ type: 'IBAN_CODE', start: iban.start, end: iban.end, score: FIELD_SCORE });
  }
  if (filled.length > 0) {
    const span = { start: filled[0].start, end: filled[filled.length - 1].end };
    personal.push({ type: 'POSTAL_ADDRESS', ...span, score: FIELD_SCORE });
    impersonal.push(span);
  }
}

/** A Swiss or Liechtenstein QR-IBAN: the institution id (IBAN positions 5–9) is 30000–31999. */
const qrIban = (iban: string) => /^(?:CH|LI)\d\d3[01]\d{3}/.test(iban);

/** Every line's span without its line break and surrounding blanks (an empty line is an empty span). */
function linesWithSpans(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let a = s;
    let b = e;
    while (a < b && /[ \t]/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    out.push({ start: a, end: b });
    s = e + 1;
  }
  return out;
}
