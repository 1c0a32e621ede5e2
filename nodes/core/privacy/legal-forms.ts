/**
 * The legal forms of firms, one list for every detector that asks whether a name is a firm's: the address
 * detector (a firm's letterhead or imprint is left alone), the firm-owner rule (a person's whole name before a
 * legal form stays a name), the imprint lines of organisations (their contact values are the firm's), the name
 * rules that stop at a firm (detectors, names, not-people, case titles), a signature's firm line and the small
 * German forms of postal shapes. Each use leaves out the forms it must not read, and says why (legalForms).
 * Not here: the scorer's LEGAL_FORM feature (name-model.ts, part of what the committed weights were trained on)
 * and the lower-case word lists of life events and the review layer, where forms stand among shop and venue words.
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
  // Turkish (anonim şirket) and Brazilian (sociedade limitada): payment firms' imprints in Istanbul and São Paulo.
  'A.Ş.': String.raw`A\.[ \t]?Ş\.`,
  Ltda: String.raw`Ltda\.?`,
};

/**
 * Forms a use reads only when it asks for them (`extras` of legalForms).
 * - Spellings without full stops and a group's word ("Acme BV", "Vortex SA", "Norsk AS", "Lumo Srl", "Kranwerk
 *   Group"): common in imprint footers, but words or initials elsewhere ("SA" for South Australia, "AS" for a
 *   level), so only a line that also bears a register number or copyright notice reads them (IMPRINT_EXTRAS).
 * - Small German forms: a cooperative (eG, lower-case first), a registered sole trader (e.K., e.Kfm.), a
 *   partnership of professionals (PartG, mbB). A sole trader's firm name is often the person's own name and home,
 *   so the uses that decide about a person's name or address choose them one by one.
 */
const OPTIONAL_FORMS: Readonly<Record<string, string>> = {
  BV: 'BV',
  SA: 'SA',
  AS: 'AS',
  Srl: 'Srl',
  Group: 'Group',
  eG: 'eG',
  'e.K.': String.raw`e\.[ \t]?K\.`,
  'e.Kfm.': String.raw`e\.[ \t]?Kfm\.`,
  PartG: 'PartG',
  mbB: 'mbB',
};

/** The forms a firm's imprint line may carry: the whole list and the bare spellings. */
export const IMPRINT_EXTRAS: readonly string[] = ['BV', 'SA', 'AS', 'Srl', 'Group'];

/** The Romance, Dutch and Nordic forms, which the German- and English-only uses leave out as one. */
export const CONTINENTAL_FORMS: readonly string[] = [
  'S.A.',
  'S.A.R.L.',
  'SARL',
  'S.r.l.',
  'S.p.A.',
  'B.V.',
  'N.V.',
  'A/S',
  'ApS',
  'AB',
  'Oy',
  'A.Ş.',
  'Ltda',
];

/** Every form of the main list but `keep`: for a use that reads only a few of them. */
export function allFormsBut(keep: readonly string[]): string[] {
  return Object.keys(FORMS).filter((name) => !keep.includes(name));
}

function checked(except: readonly string[], extras: readonly string[]): void {
  for (const name of except)
    if (!(name in FORMS)) throw new Error(`legal forms: no form ${JSON.stringify(name)} to leave out`);
  for (const name of extras)
    if (!(name in OPTIONAL_FORMS)) throw new Error(`legal forms: no optional form ${JSON.stringify(name)}`);
}

/**
 * The legal forms as one alternation (pattern source, no group around it), without the forms in `except`;
 * `extras` adds forms of OPTIONAL_FORMS. Unknown names are refused, so a typo cannot widen or narrow a use unseen.
 */
export function legalForms(except: readonly string[] = [], extras: readonly string[] = []): string {
  checked(except, extras);
  return [
    ...Object.keys(FORMS)
      .filter((name) => !except.includes(name))
      .map((name) => FORMS[name]),
    ...extras.map((name) => OPTIONAL_FORMS[name]),
  ].join('|');
}

/** The same choice as words, for a use that compares whole tokens: the forms written without full stops or slashes. */
export function legalFormWords(except: readonly string[] = [], extras: readonly string[] = []): string[] {
  checked(except, extras);
  return [...Object.keys(FORMS).filter((name) => !except.includes(name)), ...extras].filter((name) =>
    /^\p{L}+$/u.test(name),
  );
}

/** A firm's partners after an owner's name ("& Co.", "+ Partner", "& Söhne"): pattern source for a `u` pattern, no group around it. */
export const FIRM_PARTNERS = String.raw`[&+][ \t]*(?:Co|Partners?|Söhne|Sons|Sohn)(?![\p{L}])`;

/** A firm's partners right after a name ("Quistorp & Partner", "Brakelmann & Söhne"). */
export const PARTNERS_AFTER_NAME = new RegExp(`^[ \\t]*${FIRM_PARTNERS}`, 'u');

/** Firm evidence right after a name: its partners or a legal form ("Meier + Partner", "Yantush & Co.", "Ohlendiek GmbH"). */
export const FIRM_AFTER_NAME = new RegExp(`^[ \\t]*(?:${FIRM_PARTNERS}|(?:${legalForms()})(?![\\p{L}]))`, 'u');
