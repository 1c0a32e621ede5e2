import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ranlux } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 48, German first. */
export const HAND_WRITTEN_48 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 48: hand-written documents of PUBLIC LIBRARIES, ARCHIVES AND GENEALOGY RESEARCH SERVICES
 * (library cards and registrations, interlibrary loans, overdue fines and reminders, reading-room admissions with
 * identity checks, archive requests for birth, marriage and death records, genealogy enquiries and reports, estate
 * papers and gifts, friends' associations, reading-room staff) in DE, AT, CH, the UK, Ireland and the Netherlands;
 * plus `generatedCount` documents of the same field as JUPYTER NOTEBOOKS in which the institutions' analysts explore
 * and clean their records: nbformat 4 JSON (`cells[]` with `source` and output `text` as arrays of lines, `stream`,
 * `execute_result` and `display_data` outputs holding a pandas DataFrame's fixed-width `text/plain` repr with
 * truncated middle columns and its `text/html` table, `error` outputs with ANSI-coloured tracebacks, `%%sql` cell
 * magics with ipython-sql's prettytable, printed dicts and `json.dumps` lines with non-ASCII escaped, notebook
 * `metadata` with `kernelspec` and the author in `authors`), and exports of them (nbconvert to Markdown and to a
 * Python script with `# In[n]:` markers, nbdime's `nbdiff`); and notebooks without a person (loan statistics, room
 * occupancy, budgets, a failing read of a missing export). The same for the same seed. Written apart from the
 * detectors, with its own names, markup and random generator (GSL's `gsl_rng_ranlux`, Lüscher's RANLUX as GSL
 * implements it, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: earlier sets wrote CSV and pipe tables, JSON API bodies and HAR files.
 * Here a table stands twice in one file, as pandas' right-justified fixed-width repr (a name's columns possibly
 * split by the `...` of truncated columns) and as HTML cells, each line a separate JSON string ending in `\n`, the
 * whole inside nbformat's sorted, one-space-indented JSON; values stand in Python code (`df.loc[df.name == "…"]`),
 * in Python dict reprs, in ANSI-coloured tracebacks and in Python's ASCII-escaped JSON (`\\u00e9` inside a JSON string).
 *
 * Labelling rules:
 * - A value is labelled over its exact run as it stands: a name ASCII-escaped by `json.dumps` over its escaped run
 *   (`Ma\\u00efwennig`); a given and a family column are two labels; "Surname, Given" or a whole name one.
 * - The institutions' own values are NOT labelled: switchboards, role mailboxes, database users in connection
 *   strings, their collection accounts, gateway and proxy addresses; reader, admission, interlibrary-loan, archive
 *   and register numbers, cell ids, execution counts, kernel names, library versions, file paths, hashes, loan and
 *   reminder dates, fees and masked cards. A reader's, client's, heir's, ancestor's, analyst's or staff member's
 *   name, mailbox, phone, home address, birth date, card, account, device address and documents ARE labelled (the
 *   dead in genealogy records too, as in every earlier set).
 */
export function privacyTestSet48(generatedCount = 170, seed = 48_1207): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ranlux(0x48_1207);
  const hand = HAND_WRITTEN_48.map((doc, i): TestDocument => ({
    id: `hand48-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen48-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
