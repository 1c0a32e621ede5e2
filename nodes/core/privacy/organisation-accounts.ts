import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';
import { legalForms } from './legal-forms.js';

/**
 * An organisation's own bank account and a ship's radio identity are no person's values:
 *
 * - an IBAN whose holder, named by a payer or holder label on its line ("Ausgezahlt von:", "Paid from:",
 *   "Kontoinhaber:", "Account holder:", "Bankverbindung:"), is a firm by its legal form ("Weser Reederei GmbH, IBAN
 *   DE…"). Not "e.K." nor "GbR" nor "PartG" (a registered merchant is one person, partners are people);
 * - an IBAN given for donations to a body ("Spenden an die Mission: IBAN …", "Donations to the chapel: IBAN …",
 *   "Spendenkonto: …"): a person's own account is not where a text asks for donations;
 * - a number after "MMSI": the Maritime Mobile Service Identity (ITU-R M.585, "ship station identity", nine digits
 *   after the ship's MID) names the ship's radio station, not anyone's phone.
 *
 * Privacy first: a person found between the label and the IBAN (a holder who is a person: "Kontoinhaber: Jana
 * Novak"), or a personal cue on the line ("privat", "mein", "my own"), keeps the IBAN; the view of office files
 * and web pages runs through this rule as plain text, so one rule serves them all.
 */

/** A payer or holder label before the holder's name; the label's stretch ends at the IBAN. */
const HOLDER_LABEL =
  /(?:^|[^\p{L}])(?:Ausgezahlt von|Überwiesen von|Zahlung von|Paid from|Paid by|Remitted by|Kontoinhaber(?:in)?|Account holder|Account name|Beneficiary|Begünstigter|Zahlungsempfänger|Bankverbindung|Bank details|Payee)[ \t]*:/iu;
/** Firms' legal forms; the forms of persons (GbR, PartG, e.K.) are left out: their accounts are people's. */
const FIRM_FORM = new RegExp(`(?:^|[^\\p{L}])(?:${legalForms(['GbR'], [])})(?![\\p{L}])`, 'u');
/** Donations asked for: the account is a body's ("Spenden an die Mission", "Spendenkonto", "Donations to the …"). */
const DONATIONS =
  /(?:^|[^\p{L}])(?:Spendenkonto|Spenden (?:an|für) (?:die|den|das|unsere?n?)[ \t]|Donations? (?:to|for) (?:the|our)[ \t]|Donation account)/iu;
/**
 * Words on the line saying the account is someone's own, or a family's or a relative's ("Spendenkonto Familie Berg",
 * "Donations to our neighbour Jana"): people, whatever else the line names.
 */
const PERSONAL_CUE =
  /(?:^|[^\p{L}])(?:privat\p{L}*|private|persönlich\p{L}*|personal|mein\p{L}{0,2}|my|own|eigene?n?|c\/o|z\.[ \t]?Hd\.?|Inhaber(?:in)?[ \t]+\p{Lu}|Famili\p{L}*|Sohn|Tochter|Kind(?:es)?|Kinder|Mutter|Vater|Eltern|Witwe[rn]?|Nachbar(?:in|n)?|Freund(?:in|e)?|family|son|daughter|child(?:ren)?|mother|father|parents|widow(?:er)?|neighbou?r|friend)(?![\p{L}])/iu;
/**
 * A public body's cash office named before the IBAN ("Staatsoberkasse Bayern", "Landeshauptkasse", "Stadtkasse"), a
 * firm's or an owners' association's own account ("auf unser Konto", "WEG-Konto", "Hausgeld-Konto"; "Konto der
 * Vermieterin" or "my account" is a person's and not named so), or a practice's, a yard's or a club's own account
 * ("to the yard's account", "the practice account"), an association's ("Vereinskonto") or the account a body collects
 * its fees on ("Our collection account:", round 51): an organisation's.
 */
const BODY_ACCOUNT_BEFORE =
  /(?:^|[^\p{L}])(?:(?:Staats|Landes|Bundes|Kreis|Stadt|Gemeinde|Amts|Gerichts|Landeshaupt|Staatsober|Landesober)kasse|(?:WEG|Hausgeld|Rücklagen|Instandhaltungsrücklagen|Vereins)[ \t-]?[Kk]onto|(?:the|our)[ \t]+(?:yard|practice|surgery|clinic|club|society|association|stables?|collection)(?:['’]s)?[ \t]+account)(?![\p{L}])/iu;
/**
 * "auf unser Konto" is an organisation's account only in a letter naming an organisation (a legal form, a property
 * manager, an owners' association): a couple or two tenants writing "bitte auf unser Konto" give their own account.
 */
const OUR_ACCOUNT_BEFORE =
  /(?:^|[^\p{L}])(?:unser(?:e[mn]?)?[ \t]+Konto|(?:to|into|in)[ \t]+our[ \t]+(?:bank[ \t]+)?account)(?![\p{L}])/iu;
const ORGANISATION_NAMED =
  /(?:^|[^\p{L}])(?:Hausverwaltung|Immobilienverwaltung|Verwaltung|WEG|Wohnungseigentümergemeinschaft|Eigentümergemeinschaft|Genossenschaft|Immobilien)(?![\p{L}])/u;
/**
 * A public library's, an archive's, a museum's or a registry office's name ("Steiermärkische Landesbibliothek",
 * "Staatsarchiv", "Stadtbücherei", "Cork City and County Archive", "Record Office", round 51: set 48): a public body,
 * whose letter's "unser Konto" and whose name in brackets after an IBAN make the account its own. A family's or a
 * private archive or library ("Familienarchiv", "Privatarchiv", "Hausbibliothek") is a person's (review 51).
 */
export const PUBLIC_BODY_NAME =
  /(?:^|[^\p{L}])(?!(?:[Ff]amilie|[Ff]amily|[Pp]rivat|[Hh]aus)\p{L}*(?:bibliothek|bücherei|archiv|museum))(?:\p{L}*(?:bibliothek|bücherei|archiv|museum)(?:s|es)?|Standesamt(?:es|s)?|Librar(?:y|ies)|Archives?|Museum|Record[ \t]+Office|Registry[ \t]+Office|Register[ \t]+Office)(?![\p{L}])/u;
/**
 * A public body writing the letter: its name on the text's first line, the letterhead ("Steiermärkische
 * Landesbibliothek · Kalchberggasse 2 · 8010 Graz"). A reader writing TO it names it too ("An die Stadtbibliothek",
 * "Dear Central Library,", "Sehr geehrtes Museum") and then "unser Konto" is the reader's family's (review 51).
 */
const ADDRESSING_OPENER =
  /^[ \t]*(?:An|To|Dear|Liebe[rs]?|Sehr|Hallo|Hi|Hello|Betreff|Betr\.|Subject|Re|Attn|z\.[ \t]?Hd)(?![\p{L}])/iu;
function publicBodyLetterhead(text: string): boolean {
  const first = /^\s*([^\n]{0,200})/u.exec(text)![1];
  return PUBLIC_BODY_NAME.test(first) && !ADDRESSING_OPENER.test(first);
}
/**
 * An insurer writing as one (round 42, set 39's recovery letters): "unserem Versicherungsnehmer", "our insured", a
 * recovery or claims department signing ("Regressabteilung", "Recoveries Team"). A policyholder writing to the
 * insurer names "Versicherung" too, so the insurer's word alone does not say who writes "unser Konto".
 */
const INSURER_WRITES =
  /(?:^|[^\p{L}])(?:unser(?:e[mnrs]?)?[ \t]+Versicherungsnehmer\p{L}*|unser(?:e[mnrs]?)?[ \t]+Versicherte\p{L}*|our[ \t]+(?:insured|policyholder)s?|(?:Regress|Schaden|Leistungs)abteilung|(?:Recoveries|Recovery|Subrogation|Claims)[ \t]+(?:Team|Department|Unit))(?![\p{L}])/u;
/**
 * The insurer's cue is the writer's only where it is not the addressee's (review 42): "Sehr geehrte
 * Regressabteilung", "An die Schadenabteilung", "Dear Claims Department" are written TO the insurer, by a
 * policyholder whose "unser Konto" is their own. Up to three words between the greeting and the cue
 * ("To: Meridian General Claims Department").
 */
const ADDRESSEE_BEFORE =
  /(?:^|[^\p{L}])(?:an|to|dear|sehr[ \t]+geehrte[rs]?|liebe[rs]?|your|ihre[mnrs]?|attn\.?|fao|z\.[ \t]?Hd\.?|zu[ \t]+Händen)[ \t:]+(?:[\p{L}&.-]+[ \t]+){0,3}$/iu;
/** "our insured jewellery": a policyholder's own insured things, no insurer's "our insured". */
const INSURED_THING_AFTER =
  /^[ \t]+(?:items?|property|goods|jewel\p{L}*|car|cars|vehicles?|house|home|contents|belongings|possessions|value|sum|amount|risks?|bikes?|bicycles?|watch\p{L}*|Sachen|Gegenstände|Schmuck|Hausrat|Fahrzeug\p{L}*|Wert\p{L}*|Summe|numbers?|nummer)(?![\p{L}])/iu;
/**
 * A broker or agent named beside a person ("Jens Kowalczyk – Versicherungsmakler", "Inh. Jana Berg, Generalagentur"):
 * often a sole trader, whose "unser Konto" is the owner's (README: a one-person business's values are its owner's).
 * A firm's legal form in the letter still makes it a firm's (FIRM_FORM above).
 */
const AGENT_WORD =
  /(?:^|[^\p{L}])(?:Versicherungsmakler\p{L}*|Makler(?:in)?|Maklerbüro|Versicherungsvertret\p{L}*|Versicherungsagentur|Generalagentur|Agentur|Vermittler\p{L}*|Mehrfachagent\p{L}*|Ausschließlichkeitsvertret\p{L}*|(?:insurance[ \t]+)?(?:broker|agent)s?)(?![\p{L}])/giu;
/** How near a person's name an agent word makes the business that person's. */
const AGENT_NEAR = 80;

/** Whether the text is written by an insurer (INSURER_WRITES as the writer's words, no sole agent's letterhead). */
function insurerWrites(text: string, persons: Entity[]): boolean {
  for (const m of text.matchAll(AGENT_WORD))
    if (persons.some((p) => p.end >= m.index - AGENT_NEAR && p.start <= m.index + m[0].length + AGENT_NEAR))
      return false;
  const cue = new RegExp(INSURER_WRITES.source, 'gu');
  for (const m of text.matchAll(cue)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineBefore = text.slice(lineStart, m.index + (m[0].length - m[0].trimStart().length));
    if (ADDRESSEE_BEFORE.test(lineBefore)) continue;
    // A department signs where it opens its line (a signature, a letterhead: "Recoveries Team, Meridian General"):
    // "… Claims Department please confirm." in a policyholder's sentence is no signature.
    if (!/^[^\p{L}]?(?:our|unser)/iu.test(m[0]) && !/^[ \t]*(?:[\p{L}&.-]+[ \t]+){0,3}$/u.test(lineBefore)) continue;
    if (
      /^[^\p{L}]?(?:our|unser)/iu.test(m[0]) &&
      INSURED_THING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
    )
      continue;
    return true;
  }
  return false;
}

/**
 * A creditor's account named right before the IBAN ("refused: creditor account GB94 …", "Gläubiger-Konto CH93 …",
 * "Gläubigerkonto des Studios: …"): in a direct debit the creditor is the party collecting (EPC SDD Rulebook), the
 * firm; the debtor's account stays a person's. Only the label itself right before the IBAN, no person named between.
 */
const CREDITOR_ACCOUNT_BEFORE =
  /(?:^|[^\p{L}])(?:creditor(?:['’]s)?[ \t]+(?:bank[ \t]+)?account|Gläubiger-?[Kk]onto|Konto[ \t]+des[ \t]+Gläubigers)(?:[ \t]+(?:des|der|unseres|unserer)[ \t]+\p{L}+)?[ \t]*(?:\(IBAN\)|IBAN)?[ \t]*:?[ \t]*$/u;

/** A private loan's words before a creditor's account: the creditor is a person (review 48). */
const PRIVATE_LOAN =
  /(?:^|[^\p{L}])(?:\p{L}*darlehen\p{L}*|privatkredit\p{L}*|privater[ \t]+kredit|leih\p{L}*|geliehen|loan\p{L}*|lent|lend\p{L}*|borrow\p{L}*|IOU|Schuldschein)(?![\p{L}])/iu;

/** A sentence's end or a turn away between the cash office and the IBAN ("Stadtkasse? Nein, bitte auf DE…"). */
const TURN_AWAY =
  /[.?!;]|(?:^|[^\p{L}])(?:nicht|nein|kein\p{L}*|sondern|stattdessen|statt|anstatt|not|no|instead|but|rather)(?![\p{L}])/iu;
/** A body's cash office or an organisation's account named in the same clause as the IBAN, not turned away from. */
function accountNamedBefore(before: string, account: RegExp): boolean {
  const m = new RegExp(account.source, 'giu');
  let last: RegExpExecArray | undefined;
  for (let x = m.exec(before); x; x = m.exec(before)) last = x;
  return last !== undefined && !TURN_AWAY.test(before.slice(last.index + last[0].length));
}
/** The same written in brackets right after the IBAN ("… (Praxis)", "(practice account)", "(Kanzlei)"). */
const BODY_ACCOUNT_AFTER =
  /^[ \t]*\((?:Praxis|Tierarztpraxis|Klinik|Kanzlei|Verein|Practice|Surgery|Clinic|Yard|Club)(?:[ \t]*(?:konto|account))?\)/u;
/**
 * A public body or its cash office named in brackets right after the IBAN ("… (Stadtkasse)", "(Staatsarchiv)", "(Cork
 * City and County Archive)", round 51): up to five words before the body's name, nothing after it but the bracket.
 * A bank's name there ("(Sparkasse)", "(Volksbank)") names the holder's bank, not the holder: no such word.
 */
const PUBLIC_BODY_AFTER = new RegExp(
  `^[ \\t]*\\((?:[\\p{L}.&-]+[ \\t]+){0,5}(?:\\p{L}*(?:bibliothek|bücherei|archiv|museum)|(?:Stadt|Staats|Landes|Kreis|Gemeinde|Amts|Gerichts|Bundes)kasse|Librar(?:y|ies)|Archives?|Museum|Record[ \\t]+Office)\\)`,
  'u',
);
/** A bank's name ("Deutsche Bank AG", "Sparkasse Köln"): its legal form is the bank's, and says nothing of the holder. */
const BANK_NAME = /(?:bank|sparkasse|kasse|banque|banco|banca|kredit|credit|savings|building society)/iu;
/** What may stand between a person's name and a legal form that continues it ("Stuurman & Zn. Shipping B.V."). */
const NAME_CONTINUES = /^[^(),;:/[\]–—]*$/u;
/** "MMSI" right before the number, with an optional "Nr." and separator. */
const MMSI_BEFORE = /(?:^|[^\p{L}])MMSI[ \t]*(?:No\.?|Nr\.?|number|Nummer)?[ \t]*[:#]?[ \t]*$/u;
/** An MMSI as written: nine digits (ITU-R M.585), the first of a ship's MID being 2 to 7. */
const MMSI_VALUE = /^[2-7]\d{8}$/;

export function withoutOrganisationAccounts(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'IBAN_CODE' || e.type === 'PHONE_NUMBER')) return found;
  const lines = new LineIndex(text);
  const persons = found.filter((e) => e.type === 'PERSON');
  return found.filter((e) => {
    if (e.type === 'PHONE_NUMBER') {
      const lineStart = lines.lineStart(lines.lineOf(e.start));
      return !(
        MMSI_VALUE.test(text.slice(e.start, e.end)) &&
        MMSI_BEFORE.test(text.slice(Math.max(lineStart, e.start - 20), e.start))
      );
    }
    if (e.type !== 'IBAN_CODE') return true;
    const line = lines.lineOf(e.start);
    // An IBAN opening its line is read with the line above, where its label ends ("… auf unser Konto\nAT42 …").
    const lineStart =
      line > 0 && /^[ \t]*$/u.test(text.slice(lines.lineStart(line), e.start))
        ? lines.lineStart(line - 1)
        : lines.lineStart(line);
    const before = text.slice(lineStart, e.start).replace(/\n/gu, ' ');
    if (PERSONAL_CUE.test(before)) return true;
    // A body's cash office or a practice's account, with no person named between the line's start and the IBAN.
    if (
      accountNamedBefore(before, OUR_ACCOUNT_BEFORE) &&
      (FIRM_FORM.test(text) ||
        ORGANISATION_NAMED.test(text) ||
        publicBodyLetterhead(text) ||
        insurerWrites(text, persons))
    )
      return persons.some((p) => p.start >= lineStart && p.end <= e.start);
    if (accountNamedBefore(before, BODY_ACCOUNT_BEFORE))
      return persons.some((p) => p.start >= lineStart && p.end <= e.start);
    // A practice may be one practitioner's: its "(Praxis)" account stays theirs when a person is named on the lines
    // right after it ("… (Praxiskonto).\nBehandelnder Tierarzt: X" is labelled the vet's own in set 15).
    // A public body's cash office or its name in brackets after the IBAN: a person on its line or in it keeps it.
    const bracket = PUBLIC_BODY_AFTER.exec(text.slice(e.end, Math.min(text.length, e.end + 80)));
    if (bracket && !PERSONAL_CUE.test(text.slice(e.end, lines.lineEnd(lines.lineOf(e.end)))))
      return persons.some((p) => p.start >= lineStart && p.end <= e.end + bracket[0].length);
    if (BODY_ACCOUNT_AFTER.test(text.slice(e.end, Math.min(text.length, e.end + 40)))) {
      const after = lines.lineEnd(Math.min(lines.lineOf(e.end) + 2, lines.lineOf(text.length)));
      return persons.some((p) => (p.start >= lineStart && p.end <= e.start) || (p.start >= e.end && p.end <= after));
    }
    // A creditor's account, the label right before the IBAN: the debtor named earlier on the line is not its holder.
    const creditor = CREDITOR_ACCOUNT_BEFORE.exec(before);
    // Privacy first (review 48): a person named right after it on its line ("… (Jana Okafor)") is its holder, and a
    // private loan's creditor is a person ("Darlehen", "loan", "leiht").
    if (creditor)
      return (
        persons.some(
          (p) =>
            (p.start >= lineStart + creditor.index && p.end <= e.start) ||
            (p.start >= e.end && p.end <= Math.min(lines.lineEnd(line), e.end + 80)),
        ) || PRIVATE_LOAN.test(text.slice(Math.max(0, e.start - 400), e.start))
      );
    if (DONATIONS.test(before)) return persons.some((p) => p.start >= lineStart && p.end <= e.start);
    const label = HOLDER_LABEL.exec(before);
    if (!label) return true;
    const holderStart = lineStart + label.index + label[0].length;
    const holder = text.slice(holderStart, e.start);
    if (!FIRM_FORM.test(holder)) return true;
    // The legal form of the bank a "Bankverbindung:" names is no holder's: a person's letter gives it too.
    if (BANK_NAME.test(holder)) return true;
    // A person in the holder's stretch keeps the IBAN, unless the legal form continues the name in the same words
    // (the firm's name: "Stuurman & Zn. Shipping B.V." read as a person by the name rules is still the firm); a
    // firm after a bracket or comma ("Anna Berg (Berg Transporte GmbH)") is hers, not the holder's name.
    return persons.some((p) => {
      if (p.start < holderStart || p.end > e.start) return false;
      const after = text.slice(p.end, e.start);
      const form = FIRM_FORM.exec(after);
      return !form || !NAME_CONTINUES.test(after.slice(0, form.index + 1));
    });
  });
}
