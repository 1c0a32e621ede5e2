import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Taus2 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 42, German first. */
export const HAND_WRITTEN_42 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 42: hand-written documents of GAMBLING, LOTTERIES AND GAMING (betting shops and online
 * sportsbooks with bet slips, payout receipts, KYC, affordability and source-of-funds reviews; casinos and
 * arcades with player cards, entry logs, jackpot payouts and cash transaction reports; state, charity and
 * subscription lotteries with winner claims and mandates; OASIS and GAMSTOP self-exclusion, responsible-gambling
 * interventions, regulator letters, affiliate and VIP host notes; players, winners, hosts and staff in DE, AT, CH,
 * UK, IE, MT, GI, US, CA, AU and NZ); plus `generatedCount` documents of the same trade as PRINT JOBS CAPTURED ON
 * THE WAY TO A PRINTER, as a data-loss-prevention tool sees them: ESC/POS thermal receipts with real control
 * bytes (ESC @, ESC E bold, GS V cut) or in `<ESC>` notation, ZPL player cards (`^XA`, `^FO`, `^FD…^FS`, `^FH`
 * hex fields, `^XZ`), EPL and TSPL entry labels, PostScript payout forms (`(text) show`, `\(` and octal escapes),
 * PCL cash transaction reports (text between `ESC &a…h…V` cursor moves), uncompressed PDF content streams (`Tj`,
 * and `TJ` arrays whose kerning numbers split a name), IPP/CUPS job attributes (job-originating-user-name,
 * job-name) before a form's text; and jobs without a person (shift totals, odds labels, regulator bulletins). The
 * same for the same seed. Written apart from the detectors, with its own names, markup and random generator
 * (GSL's `gsl_rng_taus2`, L'Ecuyer's maximally equidistributed combined Tausworthe generator, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 41 wrote VERSION CONTROL DIFFS, set 40 PDF FORM FIELD DATA, set 39
 * E-DISCOVERY LOAD FILES, set 38 APPLICATION LOGS, set 27 LINE-PRINTER REPORTS (plain text with carriage control).
 * None wrote a printer's command language: here a value sits between printer commands, a bold toggle or a TJ
 * kerning number splits a name, a non-ASCII name is written as PostScript octal escapes or ZPL `_XX` hex, and slip
 * numbers, terminal ids, odds, stakes and jackpot amounts stand beside the values.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written; inside a PostScript or PDF string over its characters
 *   only, never the parentheses. A value split by a printer command (ESC/POS bold off, a TJ kerning number) or
 *   written with escapes (PostScript octal, ZPL `^FH` hex) is one label over its whole encoded run. A name in
 *   "Family, Given" order is one label; a given or family name alone is labelled; forms of address are outside.
 * - Organisations' own values are NOT labelled: role mailboxes (kyc@, compliance@, gewinne@), switchboards and
 *   helplines, operators' IBANs and addresses, slip, receipt, terminal, player-card, CTR and account numbers,
 *   print servers' and workstations' private addresses, print queues' service user names, odds, stakes, jackpot
 *   amounts and dates of events. A person's mailbox (also at an operator), direct line, mobile and home address
 *   ARE labelled, and so is a customer's login IP address.
 * - Masked cards, foreign licence, ID and passport numbers, SSNs and NZ bank account numbers are never values.
 */
export function privacyTestSet42(generatedCount = 170, seed = 42_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Taus2(0x42_1206);
  const hand = HAND_WRITTEN_42.map((doc, i): TestDocument => ({
    id: `hand42-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen42-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
