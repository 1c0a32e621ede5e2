import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Random256Glibc2 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 50, German first. */
export const HAND_WRITTEN_50 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 50: hand-written documents of ARMED FORCES, RESERVISTS AND VETERANS' SERVICES (careers
 * offices and recruitment, the administrative side of medical fitness examinations, reservist call-ups and
 * exercises and their deferrals, the Swiss military service replacement tax, civilian service assignments, veterans'
 * welfare and pensions, service records and medal applications, service families' relocation, schools and spouses'
 * employment, war graves and next-of-kin searches, base visitor passes and contractor access) in DE, AT, CH, the UK,
 * Ireland, the Netherlands and Denmark; plus `generatedCount` documents of the same field as TERMINAL SESSIONS AS
 * RECORDED: asciinema v2 casts (a JSON header line, then `[time, "o", "text"]` events whose output arrives in chunks
 * that cut words and values, with ANSI SGR colour and cursor escapes, `\r\n`, input echoed key by key with
 * backspaces), `script(1)` typescripts, psql / mysql / sqlite3 output (bordered tables, aligned columns, `\x`
 * expanded records, row counts), mongosh and redis-cli printouts, `kubectl logs` and `journalctl` lines, shell
 * history whose arguments hold values, tmux `capture-pane` dumps with a status line; and sessions without a person
 * (migrations, `\dt` listings, counts per unit, uptime, failed logins of service accounts). The same for the same
 * seed. Written apart from the detectors, with its own names, markup and random generator (GSL's
 * `gsl_rng_random256_glibc2`, glibc's `random()` with a 256-byte state, seeded as GSL seeds it).
 *
 * Labelling rules:
 * - The text is labelled as it is stored: a cast file's JSON lines with their escapes written out (`\u001b[1m`,
 *   `\r\n`, `\b` as the JSON escape), a typescript with its raw control bytes. A value is labelled over the run a
 *   reader would call the value. When the value stands whole inside one event string, the label is that run. When a
 *   recorded chunk boundary (`", ⏎[0.412, "o", "`) or an SGR escape cuts the value, the label still runs from the
 *   value's first character to its last and so holds the cut (one value, one label): `Rutendomu", ⏎[0.2, "o",
 *   "chi Gumbomadzi` is one PERSON, `Nyasha\u001b[0m\u001b[1mdzai` too. Escapes and quotes that wrap the whole
 *   value stay outside. Split name fields (forename, surname columns) are two labels.
 * - Input typed with a backspace correction is labelled as stored: in a cast the echoed keystrokes
 *   (`M", ⏎[…, "o", "u`…) are chunk-cut like any output, and a typed `\b \b` erasure inside the value stays inside
 *   its label; the value a command line holds afterwards (in history, in the echoed SQL) is labelled where it stands.
 * - A name or the first letters of a surname typed as a search pattern (`ILIKE '%Surname%'`, `grep -i 'Thakr'`) is
 *   that person's name in the command line and is labelled PERSON over the typed letters only (the `%` wildcards and
 *   quotes stay outside); grep prints only the lines that hold its pattern.
 * - The services' own values are NOT labelled: service numbers of units, personnel and file references, unit and
 *   barracks codes and their postcodes, duty station switchboards, role mailboxes, ticket and call-up numbers,
 *   timestamps, cast timings, process ids, pod names, host and container names, service accounts, row ids. A
 *   recruit's, reservist's, conscript's, veteran's, relative's, spouse's, contractor's or clerk's name, private
 *   mailbox, phone, home address, birth date, card, account, device address and identity documents ARE labelled.
 */
export function privacyTestSet50(generatedCount = 170, seed = 50_1207): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Random256Glibc2(0x50_1207);
  const hand = HAND_WRITTEN_50.map((doc, i): TestDocument => ({
    id: `hand50-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen50-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
