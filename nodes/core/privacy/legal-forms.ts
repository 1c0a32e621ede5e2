/**
 * The legal forms of firms, one list for the detectors that ask whether a name is a firm's: the address
 * detector (a firm's letterhead or imprint is left alone), the firm-owner rule (a person's whole name before a
 * legal form stays a name) and the imprint lines of organisations (their contact values are the firm's). Each
 * use leaves out the forms it must not read, and says why (legalForms).
 */

/** Every legal form, by its written form, as pattern source (a full stop after an abbreviation is optional). */
const FORMS: Readonly<Record<string, string>> = {
  // German, Austrian and Swiss.
  GmbH: 'GmbH',
  gGmbH: 'gGmbH',
  mbH: 'mbH',
  AG: 'AG',
  KG: 'KG',
  KGaA: 'KGaA',
  OHG: 'OHG',
  UG: 'UG',
  GbR: 'GbR',
  'e.V.': String.raw`e\.[ \t]?V\.`,
  SE: 'SE',
  // British, Irish and American.
  Ltd: String.raw`Ltd\.?`,
  Limited: 'Limited',
  plc: 'plc',
  PLC: 'PLC',
  LLP: 'LLP',
  LLC: 'LLC',
  Inc: String.raw`Inc\.?`,
  Corp: String.raw`Corp\.?`,
  // Romance, Dutch and Nordic.
  'S.A.': String.raw`S\.A\.`,
  'S.A.R.L.': String.raw`S\.A\.R\.L\.`,
  SARL: 'SARL',
  'S.r.l.': String.raw`S\.r\.l\.`,
  'S.p.A.': String.raw`S\.p\.A\.`,
  'B.V.': String.raw`B\.V\.`,
  'N.V.': String.raw`N\.V\.`,
  'A/S': String.raw`A\/S`,
  ApS: 'ApS',
  AB: 'AB',
  Oy: 'Oy',
};

/**
 * Spellings without full stops and a group's word ("Acme BV", "Vortex SA", "Norsk AS", "Lumo Srl", "Kranwerk
 * Group"): common in imprint footers, but words or initials elsewhere ("SA" for South Australia, "AS" for a
 * level), so only a line that also bears a register number or copyright notice reads them (IMPRINT_EXTRAS).
 */
const BARE_FORMS: Readonly<Record<string, string>> = { BV: 'BV', SA: 'SA', AS: 'AS', Srl: 'Srl', Group: 'Group' };

/** The forms a firm's imprint line may carry: the whole list and the bare spellings. */
export const IMPRINT_EXTRAS: readonly string[] = Object.keys(BARE_FORMS);

/**
 * The legal forms as one alternation (pattern source, no group around it), without the forms in `except`;
 * `extras` adds forms of BARE_FORMS. Unknown names are refused, so a typo cannot widen or narrow a use unseen.
 */
export function legalForms(except: readonly string[] = [], extras: readonly string[] = []): string {
  for (const name of except)
    if (!(name in FORMS)) throw new Error(`legal forms: no form ${JSON.stringify(name)} to leave out`);
  for (const name of extras)
    if (!(name in BARE_FORMS)) throw new Error(`legal forms: no bare form ${JSON.stringify(name)}`);
  return [
    ...Object.keys(FORMS)
      .filter((name) => !except.includes(name))
      .map((name) => FORMS[name]),
    ...extras.map((name) => BARE_FORMS[name]),
  ].join('|');
}
