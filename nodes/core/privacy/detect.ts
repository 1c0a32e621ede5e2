import { DETECTORS } from './detectors.js';
import { isKubernetesKind, withoutConfigResourceNames } from './config-infrastructure.js';
import { withoutClaimNotes } from './not-people-claim-notes.js';
import { withoutHarCaptureWords } from './har-captures.js';
import { sortedByStart, type Entity, type SensitivityLevel } from './entities.js';
import { KeywordPattern } from './keyword-pass.js';
import { namesByModel } from './name-model.js';
import { normalizeForDetection } from './normalize.js';
import { capitalRepeatsOfFoundNames } from './names-capital-repeats.js';
import { mentionsOfFoundNames } from './mentions.js';
import { withoutNonPeople } from './not-people.js';
import { withoutOrganisationLabelledContacts } from './organisation-labels.js';
import { withoutAnimalBirthDates } from './not-people-animals.js';
import { withoutThingNameColumns } from './not-people-columns.js';
import { withoutSpokenLookAlikes } from './not-people-spoken.js';
import { withoutThingValues } from './not-people-thing-values.js';
import { withoutPublicPlaces } from './public-places.js';
import { withoutLeadingWords } from './names-leading-words.js';
import { withSurnamesInCapitals } from './names-capitals.js';
import { withBrokenNamesJoined } from './names-signatures.js';
import { namesBeforeAddresses } from './names-before-addresses.js';
import { forgetScanCaches } from './per-scan-caches.js';
import { withoutOrganisationContacts } from './organisation-contacts.js';
import { withoutFooterAddresses } from './footer-addresses.js';
import { withoutRoleMailboxContacts } from './role-mailbox-contacts.js';
import { withoutInstitutionPlaces } from './institution-places.js';
import { withoutCloudResourceIds } from './cloud-resource-ids.js';
import { withoutServiceLines } from './service-lines.js';
import { withoutPropertyObjects } from './property-objects.js';
import { withoutOrganisationsPostalAddresses } from './ldif-records.js';
import { withoutFreephoneNumbers } from './freephone-numbers.js';
import { withoutReceiptHeaderLines } from './receipt-header-lines.js';
import { withoutShiftReportAccounts } from './shift-report-accounts.js';
import { withoutSwitchboardNumbers } from './switchboard-numbers.js';
import { withoutPersonalCareBusinessContacts } from './business-contacts-personal-care.js';
import { withoutUnitContacts } from './unit-contacts.js';
import { withoutOrganisationAccounts } from './organisation-accounts.js';
import { withoutApiPayloadFirmValues, withoutConfigOrganisationValues } from './config-organisation.js';
import { withoutMissionValues } from './mission-contacts.js';
import { withoutOrganisationDirectoryAddresses, withoutServiceAccountValues } from './directory-entries.js';
import { withoutRoleDisplayNames } from './role-display-names.js';
import { mailStorePieces } from './mail-store.js';
import { terminalCastPieces } from './terminal-casts.js';
import { terminalTextAsWritten } from './terminal-controls.js';
import { databaseDumpPieces } from './database-dump.js';
import { accessibilityTreePieces } from './accessibility-tree-json.js';
import { uiautomatorPieces } from './uiautomator-xml.js';
import { handlesOfNames } from './names-handles.js';
import { namesInPagePlaces } from './names-bylines.js';
import { namesInReviewLayer, withoutReviewLayerLookAlikes } from './names-review-layer.js';
import { mentionsOfDeckNames, namesInDecks } from './names-decks.js';
import { withoutSheetLookAlikes } from './names-sheets.js';
import { namesAfterMergeFields } from './names-merge-fields.js';
import { namesAfterPluralTitles } from './names-plural-titles.js';
import { namesAfterMailInBrackets } from './names-mail-brackets.js';
import { namesInServiceLines } from './names-in-service-lines.js';
import { namesInCandidateLists } from './names-candidate-lists.js';
import { withNamesOverParticles } from './name-particles.js';
import { namesByOneWordRoles } from './names-one-word-roles.js';
import { namesByPayeeRoles } from './names-payee-roles.js';
import { namesInLatexLetters } from './names-latex.js';
import { namesInWikiMarkup, withoutWikiHandles } from './names-wiki.js';
import { namesInMarkupTables } from './names-markup-tables.js';
import { withInterchangeFields } from './interchange.js';
import { withUnknownSurnames } from './names-unknown-surname.js';
import { birthDatesInPersonRows } from './birth-dates-in-person-rows.js';
import { findingsOutsidePieces, findingsOverPieces, type MarkupAdapter } from './markup-text-view.js';
import { birthDatesInCrewRows } from './birth-dates-in-crew-rows.js';
import { birthDatesAfterNames } from './birth-dates-after-names.js';
import { birthDatesInHeaderlessRows } from './birth-dates-headerless-rows.js';
import { namesByColumnConsensus } from './names-by-column-consensus.js';
import { altoWords, hocrWords, pageXmlWords } from './ocr-xml.js';
import { azureWords, documentAiWords, textractWords } from './ocr-words-json.js';
import { awsTranscribeWords, googleSpeechWords, whisperWords } from './speech-words-json.js';
import { tesseractTsvWords } from './ocr-words-tsv.js';
import { drawingMlPieces, odfPieces, wordprocessingMlPieces } from './office-xml.js';
import { sheetPieces } from './office-sheets.js';
import { rtfPieces } from './office-rtf.js';
import { htmlSourcePieces } from './html-source.js';
import { subtitlePieces } from './subtitle-cues.js';
import { uiAutomationPieces } from './ui-automation-dump.js';
import { ariaSnapshotPieces } from './aria-snapshot.js';
import { speechLogPieces } from './screen-reader-speech.js';
import { notebookPieces } from './notebook-pieces.js';

/**
 * Readers of text written as pieces inside markup (markup-text-view.ts): structured OCR engine output, office
 * document parts and web page source. The first that recognises a document reads it. A document one of them reads is scanned as the plain text its pieces say, the findings mapped
 * back onto each piece.
 */
const MARKUP_ADAPTERS: readonly MarkupAdapter[] = [
  // First: a Jupyter notebook's outputs hold HTML tables and OCR or speech JSON printed as text, all its own strings.
  notebookPieces,
  // A terminal session recorded as an asciinema cast: the output events' strings read as the text they print.
  terminalCastPieces,
  hocrWords,
  altoWords,
  pageXmlWords,
  tesseractTsvWords,
  textractWords,
  azureWords,
  documentAiWords,
  awsTranscribeWords,
  googleSpeechWords,
  whisperWords,
  wordprocessingMlPieces,
  drawingMlPieces,
  odfPieces,
  sheetPieces,
  rtfPieces,
  // Before the HTML reader: an EWS body is HTML inside a mail store's XML.
  mailStorePieces,
  // After the mail store (a mail's body may quote an INSERT), before HTML: a dump's values may hold markup.
  databaseDumpPieces,
  // Before the HTML reader: a WebVTT cue's voice and styling tags are no page's markup.
  subtitlePieces,
  // Accessibility trees and screen captures of apps: a field's label and its value in separate nodes or attributes,
  // read as one line (a DevTools AX tree as JSON, UI Automation dumps, Playwright ARIA snapshots, a screen reader's
  // speech log "edit, First name, Catalineta"; an Android uiautomator dump is XML, so it comes before HTML).
  accessibilityTreePieces,
  uiAutomationPieces,
  ariaSnapshotPieces,
  speechLogPieces,
  uiautomatorPieces,
  // Last: hOCR is HTML too, and its own adapter reads it by its word boxes.
  htmlSourcePieces,
];

export interface CustomRule {
  /** Exact terms (project code names), matched as whole words, case-insensitive, on the normalised text. */
  terms?: string[];
  /** Regular expressions (source text), matched case-insensitively on the original and the normalised text. */
  patterns?: string[];
  level: SensitivityLevel;
}

export interface DetectOptions {
  /** Candidates scoring below this are dropped (default 0.5). */
  minScore?: number;
  custom?: CustomRule[];
}

/** A word also written letter-spaced ("V E R T R A U L I C H", "c.o.n.f.i.d.e.n.t.i.a.l"). */
const spaced = (word: string) => `${word}|${[...word].join('[ ._-]')}`;

/** The words of the markings below, each also letter-spaced. */
const MARKING_WORDS = ['vertraulich', 'confidential', 'geheim', 'secret', 'intern'];

/**
 * Markings that classify a whole document, in one pass: the first group is a confidential marking,
 * the second an internal one. Read on the normalised text, so zero-width characters and look-alike
 * letters inside do not hide them. Searched in the shared keyword pass (keyword-pass.ts): every
 * marking begins with "streng", "strictly", "nur" or one of the words, whole or letter-spaced.
 */
const MARKINGS = new KeywordPattern(
  new RegExp(
    `\\b(?:((?:streng\\s+|strictly\\s+)?(?:${spaced('vertraulich')}|${spaced('confidential')})|${spaced('geheim')}|${spaced('secret')})|(nur\\s+für\\s+den\\s+internen\\s+gebrauch|internal\\s+use\\s+only|${spaced('intern')}))\\b`,
    'gi',
  ),
  ['streng', 'strictly', 'nur', ...MARKING_WORDS.flatMap((w) => [w, `${w[0]}[ ._-]${w[1]}[ ._-]${w[2]}`])],
);

/** Whether the word between start and end is a part of an e-mail address or a host name (a dot or "@" joins it to a word). */
function insideAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before === '@' || before === '.' || ((after === '.' || after === '@') && /\w/.test(text[end + 1] ?? ''));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled detector set: built once per configuration, run per message. */
export class PrivacyScanner {
  private readonly minScore: number;
  private readonly custom: { pattern: RegExp; level: SensitivityLevel; onOriginal: boolean }[];

  constructor(options: DetectOptions = {}) {
    this.minScore = options.minScore ?? 0.5;
    this.custom = (options.custom ?? []).flatMap((rule) => [
      ...(rule.terms ?? []).filter(Boolean).map((t) => ({
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${termPattern(t)}(?![\\p{L}\\p{N}])`, 'giu'),
        level: rule.level,
        onOriginal: false,
      })),
      ...(rule.patterns ?? [])
        .filter(Boolean)
        .map((p) => ({ pattern: new RegExp(p, 'gi'), level: rule.level, onOriginal: true })),
    ]);
  }

  /**
   * Entities in the text, by position in the ORIGINAL text; overlapping findings keep the
   * higher-scoring one. Detectors read the normalised view (see normalize.ts); every finding is
   * mapped back to the whole original characters it came from.
   */
  scan(text: string): Entity[] {
    for (const read of MARKUP_ADAPTERS) {
      const reading = read(text);
      if (!reading) continue;
      // The pieces are read as the plain text they say. Fail closed: the document is also read as written, and what
      // it says outside the pieces (prose around the output, a file name, a note) keeps its findings; only findings
      // over the pieces (the view reads them) and the markup's own names and values are left out.
      const overPieces = findingsOverPieces(text, reading, (view) => this.scanText(view));
      return resolveOverlaps(text, [...overPieces, ...findingsOutsidePieces(text, reading, this.scanText(text))]);
    }
    return this.scanText(text);
  }

  /** `scan` of a text read as written (no OCR output, or the plain text of one). */
  private scanText(text: string): Entity[] {
    // Terminal output: the screen's view deletes control sequences and rubbed-out keys, and a letter or a value it
    // deletes is still in the text (terminal-controls.ts). Fail closed: the text as written is read too.
    const asWritten = terminalTextAsWritten(text);
    const found = this.scanView(text);
    return asWritten === undefined ? found : resolveOverlaps(text, [...found, ...this.scanView(asWritten)]);
  }

  /** The findings of one reading of `text` (a text of the same length, read through its normalised view). */
  private scanView(text: string): Entity[] {
    const view = normalizeForDetection(text);
    const seen = view.text;
    // The detectors of one scan share per-text caches; they are let go even when a detector throws.
    let found: Entity[];
    try {
      found = this.findings(seen);
    } finally {
      forgetScanCaches();
    }
    const onOriginal: Entity[] = [];
    for (const { pattern, level, onOriginal: both } of this.custom) {
      for (const m of seen.matchAll(pattern))
        if (m[0]) found.push({ type: 'CUSTOM_TERM', start: m.index, end: m.index + m[0].length, score: 1, level });
      // A user's pattern may be written for the text as typed (accents, symbols NFKC changes): it reads both.
      if (both && !view.unchanged)
        for (const m of text.matchAll(pattern))
          if (m[0])
            onOriginal.push({ type: 'CUSTOM_TERM', start: m.index, end: m.index + m[0].length, score: 1, level });
    }
    const mapped = view.unchanged ? found : found.map((e) => ({ ...e, ...view.toOriginal(e.start, e.end) }));
    return resolveOverlaps(text, onOriginal.length > 0 ? [...mapped, ...onOriginal] : mapped);
  }

  /** The built-in detectors' findings on the normalised text (custom terms are added by `scan`). */
  private findings(seen: string): Entity[] {
    let found: Entity[] = [];
    for (const detect of DETECTORS) for (const e of detect(seen)) if (e.score >= this.minScore) found.push(e);
    // Names right before the addresses just found (read only around those few addresses).
    for (const e of namesBeforeAddresses(seen, found)) if (e.score >= this.minScore) found.push(e);
    for (const e of namesByModel(seen, found)) if (e.score >= this.minScore) found.push(e);
    // Scraped pages: name-built @handles, bylines, delivery notes and checklist assignees (names-handles.ts, names-bylines.ts).
    const handles = handlesOfNames(seen);
    const handleParts = new Set(handles.flatMap((e) => seen.slice(e.start, e.end).toLowerCase().split(/[.-]/)));
    for (const e of [...handles, ...namesInPagePlaces(seen, handleParts)]) if (e.score >= this.minScore) found.push(e);
    // Reviewed word-processor documents: revision authors, couples, cast lists, rooming lists (names-review-layer.ts).
    for (const e of namesInReviewLayer(seen)) if (e.score >= this.minScore) found.push(e);
    // Slide decks and workbooks: "Surname, Given" lines, buddies, households, note authors, alt texts (names-decks.ts).
    const decks = namesInDecks(seen);
    for (const e of decks) if (e.score >= this.minScore) found.push(e);
    // A real name right after a raw merge field ("Herr «Nachname» Hofbauer", names-merge-fields.ts).
    for (const e of namesAfterMergeFields(seen)) if (e.score >= this.minScore) found.push(e);
    // A joint practice's physicians after the plural title ("Dres. Ahlers & Wennemann", names-plural-titles.ts).
    for (const e of namesAfterPluralTitles(seen)) if (e.score >= this.minScore) found.push(e);
    // An account's holder after its mailbox in one bracket ("(k.ostrander@…, Kerrin Ostrander)", or before it, names-mail-brackets.ts).
    for (const e of namesAfterMailInBrackets(seen)) if (e.score >= this.minScore) found.push(e);
    // A served party, a door log's card holder, a text message's dash sign-off (names-in-service-lines.ts).
    for (const e of namesInServiceLines(seen)) if (e.score >= this.minScore) found.push(e);
    // The sender and recipient a LaTeX letter's class places (\signature{…}, \begin{letter}{…}; names-latex.ts).
    for (const e of namesInLatexLetters(seen)) if (e.score >= this.minScore) found.push(e);
    // One-word names after staff roles, before a role in brackets, in a chat's speaker column or a numbered list of names (names-one-word-roles.ts).
    for (const e of namesByOneWordRoles(seen, found)) if (e.score >= this.minScore) found.push(e);
    // Gendered role nouns, payee labels, a callee's question, a dash sign-off, a card's holder column (names-payee-roles.ts).
    for (const e of namesByPayeeRoles(seen)) if (e.score >= this.minScore) found.push(e);
    found = withoutNonPeople(seen, found);
    // A pet's or a horse's birth date in the field that names the animal.
    found = withoutAnimalBirthDates(seen, found);
    // Wiki and lightweight-markup sources: user links' labels, authors, role fields, markup tables (names-wiki.ts).
    // After the look-alikes of running text: a place that holds a person's name says more than how its words read
    // ("| Holder |" over "Winona Good Shield" is no prize's shield); the checks after still apply.
    for (const e of namesInWikiMarkup(seen)) if (e.score >= this.minScore) found.push(e);
    for (const e of namesInMarkupTables(seen)) if (e.score >= this.minScore) found.push(e);
    // Statements of persons nominated, ballot and candidate lists: one name a line under their heading (names-candidate-lists.ts).
    for (const e of namesInCandidateLists(seen)) if (e.score >= this.minScore) found.push(e);
    found = withoutSpokenLookAlikes(seen, found);
    found = withoutThingNameColumns(seen, found);
    // Values of thing keys ("&water=River+Tay", "'club' => '…'"), cron's sender, no-reply mailboxes.
    found = withoutThingValues(seen, found);
    // Stations, stops, offices' addresses, party roles and owners' firm words (public-places.ts).
    found = withoutPublicPlaces(seen, found);
    // "Mutter, Hildegard Strupp", "CV Jens Okafor": the finding starts at the name.
    found = withoutLeadingWords(seen, found);
    // "Anna SCHMIDT": the whole name outweighs its given name alone.
    found = withSurnamesInCapitals(seen, found);
    // "ROSALIND QUENBY": a given name found alone takes in the unknown surname after it (names-unknown-surname.ts).
    found = withUnknownSurnames(seen, found);
    found = withBrokenNamesJoined(seen, found);
    // "Tadellaght| Ag Intallakan", "Mohamed Ould| Brahim": a name cut at its particle goes on (name-particles.ts).
    found = withNamesOverParticles(seen, found);
    // Characters, organisations of the properties and running headers, merge fields, software.
    found = withoutReviewLayerLookAlikes(seen, found);
    // Formulas, gendered labels, heading rows and closing slides' sentences (names-sheets.ts).
    found = withoutSheetLookAlikes(seen, found);
    // Machine messages (HL7, X12, EDIFACT, SWIFT, MRZ …): values typed by their field (interchange.ts);
    // before the mentions, so a patient's name in a message is found again in the ticket's prose.
    found = withInterchangeFields(seen, found);
    for (const e of mentionsOfFoundNames(seen, found)) if (e.score >= this.minScore) found.push(e);
    // "ROSALIND QUENBY" again in capitals after NM1 named her (names-capital-repeats.ts).
    for (const e of capitalRepeatsOfFoundNames(seen, found)) if (e.score >= this.minScore) found.push(e);
    // A name found once, mentioned again alone in a note or a cell (names-decks.ts).
    for (const e of mentionsOfDeckNames(seen, found, decks)) if (e.score >= this.minScore) found.push(e);
    // A prison's place after its institution word ("JVA Tonna", "HMP Wandsworth") names no person (institution-places.ts).
    found = withoutInstitutionPlaces(seen, found);
    // A header's display name that names a desk beside its role mailbox ("Leserservice X <service@…>").
    found = withoutRoleDisplayNames(seen, found);
    // A firm's imprint footer: its address, switchboard and role mailbox are no person's.
    found = withoutOrganisationContacts(seen, found);
    // An organisation's phone or address under a label saying whose ("Tel. Apotheke …", "Praxisanschrift:").
    found = withoutOrganisationLabelledContacts(seen, found);
    // The property a document is about ("Objekt:", "Property:", "Sale of …"), not someone's home (property-objects.ts).
    found = withoutPropertyObjects(seen, found);
    // An organisation's LDIF postalAddress (its office, shared by the staff), also where a street detector read a part.
    found = withoutOrganisationsPostalAddresses(seen, found);
    // A slide's or sheet's footer: the firm's address beside its role mailbox.
    found = withoutFooterAddresses(seen, found);
    // An organisation's role mailbox and the phone or account beside it on its contact line (role-mailbox-contacts.ts).
    found = withoutRoleMailboxContacts(seen, found);
    // Cloud platforms' account ids, UUIDs and message ids hold no phone or card number (cloud-resource-ids.ts).
    found = withoutCloudResourceIds(seen, found);
    // A number the words around it give as a service line or a vehicle's phone (service-lines.ts).
    found = withoutServiceLines(seen, found);
    // Freephone, shared-cost and premium numbers: an organisation's service lines (freephone-numbers.ts).
    found = withoutFreephoneNumbers(seen, found);
    // A switchboard ("0831 5402-0", "Zentrale 0431 …") unless given as someone's own (switchboard-numbers.ts).
    found = withoutSwitchboardNumbers(seen, found);
    // A receipt's header: the operator's phone on the line under its name and legal form (receipt-header-lines.ts).
    found = withoutReceiptHeaderLines(seen, found);
    // A unit's line or mailbox named by the unit right before it ("Marina office: …", "clinic line …", unit-contacts.ts).
    found = withoutUnitContacts(seen, found);
    // A salon's, studio's or club's own phone, mailbox, address or account (business-contacts-personal-care.ts).
    found = withoutPersonalCareBusinessContacts(seen, found);
    // A firm's account named by its payer or holder label, a donations account, a ship's MMSI (organisation-accounts.ts).
    found = withoutOrganisationAccounts(seen, found);
    // A till's shift report naming no one: the operator's settlement account under its totals (shift-report-accounts.ts).
    found = withoutShiftReportAccounts(seen, found);
    // A config key or TOML section naming the organisation's own value, a club's account or office line (config-organisation.ts).
    found = withoutConfigOrganisationValues(seen, found);
    // An API payload's firm key on its line or mailbox (`"office": "…"`, `"company":{…}`, `notify.sms … from=`).
    found = withoutApiPayloadFirmValues(seen, found);
    // A diplomatic mission's desk, duty line, account and premises in its portal's payloads and letters (mission-contacts.ts).
    found = withoutMissionValues(seen, found);
    // Directory exports: a service account's passwd values, the firm's office address in its users' entries.
    found = withoutServiceAccountValues(seen, found);
    found = withoutOrganisationDirectoryAddresses(seen, found);
    // A wiki login handle, a labelled link's page name and a thing as its label are no person's name.
    found = withoutWikiHandles(seen, found);
    // A Terraform or Kubernetes resource's own name (`"name": "clubhouse_camera"`, `namespace: acme`) is no person's.
    found = withoutConfigResourceNames(seen, found);
    // A claims list's "Pool (kein fester Fahrer)", "X, Malermeister", "Nächste Runde:" (not-people-claim-notes.ts).
    found = withoutClaimNotes(seen, found);
    // A column's or a repeated key's other values are names when most of them are found (names-by-column-consensus.ts).
    for (const e of namesByColumnConsensus(seen, found)) if (e.score >= this.minScore) found.push(e);
    // A HAR's creator, its name/value pairs' names and page titles, curl's file names, a URL's host (har-captures.ts);
    // after the consensus, which reads a HAR's "name" keys as one column and would add its pairs' names back.
    found = withoutHarCaptureWords(seen, found);
    // "Applicant: Lotte Brandt, 3.7.1989, Lindenweg 4, 24105 Kiel": the date between a person and their address.
    for (const e of birthDatesInPersonRows(seen, found)) if (e.score >= this.minScore) found.push(e);
    // "| Novak, Jana | Master | Croatian | 04.05.1976, Split |", "Skipper: Jana Novak, 11.11.1980, Croatian": crew lists.
    for (const e of birthDatesInCrewRows(seen, found)) if (e.score >= this.minScore) found.push(e);
    // "Patient: Jana Novak (1987-04-12)": a whole date alone in brackets after a name (birth-dates-after-names.ts).
    for (const e of birthDatesAfterNames(seen, found)) if (e.score >= this.minScore) found.push(e);
    // A register's rows shown without their header (a diff's hunk): an old dates' column beside names (birth-dates-headerless-rows.ts).
    for (const e of birthDatesInHeaderlessRows(seen, found)) if (e.score >= this.minScore) found.push(e);
    for (let m = MARKINGS.matchFrom(seen, 0); m; m = MARKINGS.matchFrom(seen, m.index + m[0].length))
      // "intern" in "a.b@intern.example.de" is part of an address, not a marking.
      // `kind: Secret` after `apiVersion:` is a Kubernetes object's type (config-infrastructure.ts).
      if (
        !insideAddress(seen, m.index, m.index + m[0].length) &&
        !isKubernetesKind(seen, m.index, m.index + m[0].length)
      )
        found.push({
          type: 'CONFIDENTIALITY_MARKING',
          start: m.index,
          end: m.index + m[0].length,
          score: 1,
          level: m[1] ? 'confidential' : 'internal',
        });
    return found;
  }
}

/** A custom term as a pattern on the normalised text: normalised itself, any whitespace inside it matching any. */
function termPattern(term: string): string {
  return normalizeForDetection(term.trim()).text.split(/\s+/).map(escapeRegExp).join('\\s+');
}

/**
 * Where findings overlap, the higher score (then the longer span) wins (a name cut by an e-mail
 * address keeps its other words, see `greedy`). Findings are grouped into runs of transitively
 * overlapping spans, so the greedy choice only compares within a run.
 */
function resolveOverlaps(text: string, entities: Entity[]): Entity[] {
  const byStart = sortedByStart(entities);
  const kept: Entity[] = [];
  // The run is byStart[runFrom, i): no array per run, most runs are one finding.
  let runFrom = 0;
  let runEnd = -1;
  for (let i = 0; i < byStart.length; i++) {
    const e = byStart[i];
    if (e.start >= runEnd) {
      settle(text, byStart, runFrom, i, kept);
      runFrom = i;
    }
    if (e.end > runEnd) runEnd = e.end;
  }
  settle(text, byStart, runFrom, byStart.length, kept);
  return kept;
}

/** The findings of the run byStart[from, to) that are kept, into `kept`. */
function settle(text: string, byStart: Entity[], from: number, to: number, kept: Entity[]): void {
  if (to - from === 1) kept.push(byStart[from]);
  else if (to - from > 1) kept.push(...greedy(text, byStart.slice(from, to)));
}

/**
 * The best findings of an overlapping run, highest score (then longest) first, each kept unless it
 * overlaps one kept before. Which characters are taken is marked per character of the run, so a long
 * chain of overlapping findings (addresses written one after another on one line) costs the total
 * length of its findings, not one comparison per pair.
 */
function greedy(text: string, run: Entity[]): Entity[] {
  const sorted = [...run].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  let from = Infinity;
  let to = 0;
  for (const e of run) {
    if (e.start < from) from = e.start;
    if (e.end > to) to = e.end;
  }
  // Per character of the run: free, or taken by an e-mail address, or by another finding.
  const taken = new Uint8Array(to - from);
  const kept: Entity[] = [];
  for (const e of sorted) {
    let free = true;
    let onlyEmail = true;
    for (let i = e.start - from; i < e.end - from; i++) {
      if (taken[i] !== FREE) free = false;
      if (taken[i] === BY_OTHER) onlyEmail = false;
    }
    if (free) {
      taken.fill(e.type === 'EMAIL_ADDRESS' ? BY_EMAIL : BY_OTHER, e.start - from, e.end - from);
      kept.push(e);
    } else if ((e.type === 'PERSON' || e.type === 'POSTAL_ADDRESS') && onlyEmail) {
      // Privacy first: in "Jana Novak@web.de" the address wins "Novak"; "Jana" is still a name, not
      // text for the cloud. A bullet before a mailbox reads as a dot ("Berlin · kontakt@…" as an
      // obfuscated "Berlin.kontakt@…"), so the mailbox can take a postal address's town: its street and
      // postcode stay an address. (Other losers are look-alikes of their winner or cut-offs of one value.)
      for (const piece of uncoveredPieces(text, e, taken, from)) {
        taken.fill(BY_OTHER, piece.start - from, piece.end - from);
        kept.push(piece);
      }
    }
  }
  return sortedByStart(kept);
}

const FREE = 0;
const BY_EMAIL = 1;
const BY_OTHER = 2;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /\p{Lu}/u;

/** The stretches of `e` not yet taken, trimmed to letters and digits at both ends: two or more, a capital (an address: or a digit) first. */
function uncoveredPieces(text: string, e: Entity, taken: Uint8Array, from: number): Entity[] {
  const pieces: Entity[] = [];
  let i = e.start;
  while (i < e.end) {
    while (i < e.end && taken[i - from] !== FREE) i++;
    let end = i;
    while (end < e.end && taken[end - from] === FREE) end++;
    let start = i;
    let last = end;
    while (start < last && !LETTER_OR_DIGIT.test(text[start])) start++;
    while (last > start && !LETTER_OR_DIGIT.test(text[last - 1])) last--;
    // A capital first: what a name finding swept up before the address in lower case is prose ("mail bleibt");
    // a postal address may start with its house number ("12 Harcourt Road").
    const first = text[start];
    if (last - start >= 2 && (UPPER_FIRST.test(first) || (e.type === 'POSTAL_ADDRESS' && /\d/.test(first))))
      pieces.push({ ...e, start, end: last });
    i = end;
  }
  return pieces;
}
