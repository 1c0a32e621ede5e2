import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { readMarks, type TestDocument, type TestLabel } from './markup.js';
import { dob, person, two, type Person } from './people.js';
import { PCG64DXSM } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/**
 * Set 30's generated documents: STRUCTURED OCR ENGINE OUTPUT of scanned political forms and letters,
 * as a document-AI pipeline hands it to a RAG ingest. Seven formats, each with word boxes and
 * confidences:
 * - hOCR: HTML, `ocr_page` / `ocr_carea` / `ocr_line` / `ocrx_word` spans with `title='bbox …; x_wconf …'`;
 * - ALTO XML v4: `<TextLine>` of `<String CONTENT="…" HPOS VPOS WIDTH HEIGHT WC/>` with `<SP/>`, a long
 *   word broken at a line end as HypPart1 / `<HYP CONTENT="-"/>` / HypPart2 with SUBS_CONTENT;
 * - PAGE XML 2019: `<TextLine>` with `<Word>`s, each with `<TextEquiv conf><Unicode>`, and the line's own `<TextEquiv>`;
 * - Tesseract TSV: `level page_num block_num par_num line_num word_num left top width height conf text`;
 * - AWS Textract-style JSON: `Blocks` of PAGE, LINE, WORD and KEY_VALUE_SET (KEY/VALUE) with CHILD / VALUE relationships;
 * - Azure Document Intelligence-style JSON (prebuilt-layout / read): `content`, `pages[].words[]` with
 *   `content`, `span {offset,length}` and `confidence`, `pages[].lines[]` and `keyValuePairs`;
 * - Google Document AI-style JSON: `text`, `pages[].tokens[]` / `lines[]` whose `layout.textAnchor.textSegments`
 *   point into `text`, and `formFields` with `fieldValue.textAnchor.content`.
 *
 * Format rules of the labels:
 * - A value whole inside one element or string (a `content`, `text`, LINE `Text`, the line's own
 *   `TextEquiv`, a key-value pair's value, ALTO's `SUBS_CONTENT`) is one label over the value as it stands
 *   there (attribute values over the value only, not the quotes).
 * - A value the engine split into several word elements (`ocrx_word`, `String`, `Word`, TSV row, WORD
 *   block, `words[]` entry) is labelled PER WORD ELEMENT, over each element's text as written: a name's
 *   words, a phone's digit groups, an address's street, number and town words, a date's day, month and year.
 *   Each such label is a part of the whole value it belongs to (`wholeValueOf`); the structure test checks
 *   the whole value. Punctuation the engine kept on a word ("Flensburg," "Okkema,") stays in the label when it
 *   is part of the value as written (an address's comma) and outside when it only follows it.
 *   Token `textSegments` of Google's JSON carry offsets, not text: nothing in them is labelled.
 * - OCR noise: words below the confidence threshold keep their text; a misread letter inside a name
 *   (rn read as m, l as I, e as c) stays labelled as written: it is still that person's name as the
 *   ingest receives it. Digits of values are never misread here (a misread number is noise the set leaves out).
 * - Bounding boxes, confidences, block ids, page numbers, reference numbers (WK-2025-00412) are never values.
 */

type Seg = { t: string; code?: string };
type Line = Seg[];
interface Draft {
  kind: string;
  lines: Line[];
  /** Key-value pairs the engine found (key text, value segment). */
  pairs: [string, Seg][];
}

/** The kinds of scanned page, the same name in both languages. */
const KINDS = [
  'constituent letter',
  'membership application',
  'signature sheet',
  'poll worker form',
  'donation form',
  'staff data sheet',
  'count record',
];

const FORMATS = [
  'hOCR',
  'ALTO XML',
  'PAGE XML',
  'Tesseract TSV',
  'Textract JSON',
  'Azure DI JSON',
  'Document AI JSON',
] as const;

/** Label parts and the whole values they belong to. */
const WHOLE = new WeakMap<TestLabel, string>();
/** The whole value a label is part of (its own text when it is whole). */
export const wholeValueOf = (label: TestLabel, text: string): string =>
  WHOLE.get(label) ?? text.slice(label.start, label.end);

const v = (code: string, t: string): Seg => ({ t, code });
const p = (t: string): Seg => ({ t });

function address(x: Person): string {
  return `${x.street}, ${x.town}`;
}

function dobDe(rng: PCG64DXSM, x: Person): string {
  const { d, m, y } = x.birth;
  return rng.pick([`${two(d)}.${two(m)}.${y}`, `${d}. ${MONTHS_DE[m - 1]} ${y}`, dob(rng, x, 'de')]);
}
function dobEn(rng: PCG64DXSM, x: Person): string {
  const { d, m, y } = x.birth;
  return rng.pick([`${d} ${MONTHS_EN[m - 1]} ${y}`, `${two(d)}/${two(m)}/${y}`, dob(rng, x, 'en')]);
}

/** The drafts of the seven kinds of scanned pages, German and English. */
function draft(rng: PCG64DXSM, template: number, lang: 'de' | 'en'): Draft {
  const de = lang === 'de';
  const a = person(rng, lang);
  const b = person(rng, lang);
  const c = person(rng, lang);
  const birth = (x: Person) => (de ? dobDe(rng, x) : dobEn(rng, x));
  const ref = `${de ? 'WK' : 'CW'}-20${rng.int(24, 26)}-${rng.digits(5)}`;
  const name = (x: Person) =>
    v('n', misread(rng, rng.chance(0.3) ? `${x.family}, ${x.given}` : `${x.given} ${x.family}`));
  const cc = de ? 'DE' : rng.pick(['GB', 'IE', 'NL', 'PT']);
  const ibanValue = () => {
    const raw = iban(rng, a.country === 'AT' || a.country === 'CH' ? a.country : cc);
    return rng.chance(0.6) ? grouped(raw) : raw;
  };
  switch (template) {
    case 0: {
      const lines: Line[] = de
        ? [
            [p('An das Wahlkreisbüro, Marktplatz 3 – Az.'), p(ref)],
            [p('Sehr geehrte Damen und Herren, ich bitte um Hilfe in meiner Angelegenheit mit dem Jobcenter.')],
            [p('Mit freundlichen Grüßen')],
            [name(a)],
            [v('h', address(a))],
            [p('Tel.'), v('t', a.phone), p('E-Mail'), v('m', a.email)],
          ]
        : [
            [p('Constituency Office, 12 Market Place – ref'), p(ref)],
            [p('Dear Member, I am writing about the closure of our local surgery.')],
            [p('Yours faithfully,')],
            [name(a)],
            [v('h', address(a))],
            [p('Tel'), v('t', a.phone), p('Email'), v('m', a.email)],
          ];
      return {
        kind: de ? 'Bürgerbrief' : 'constituent letter',
        lines,
        pairs: [[de ? 'Absender' : 'From', v('n', `${a.given} ${a.family}`)]],
      };
    }
    case 1: {
      const mail = v('m', a.email);
      const lines: Line[] = [
        [p(de ? 'MITGLIEDSANTRAG Kreisverband' : 'MEMBERSHIP APPLICATION Branch'), p(ref)],
        [p(de ? 'Name:' : 'Name:'), name(a)],
        [p(de ? 'Geburtsdatum:' : 'Date of birth:'), v('b', birth(a))],
        [p(de ? 'Anschrift:' : 'Address:'), v('h', address(a))],
        [p(de ? 'E-Mail:' : 'Email:'), mail, p(de ? 'Mobil:' : 'Mobile:'), v('t', a.phone)],
        [p(de ? 'IBAN für den Beitrag:' : 'Bank account (IBAN):'), v('i', ibanValue())],
      ];
      return {
        kind: de ? 'Mitgliedsantrag' : 'membership application',
        lines,
        pairs: [
          [de ? 'Geburtsdatum' : 'Date of birth', lines[2][1]],
          [de ? 'E-Mail' : 'Email', mail],
        ],
      };
    }
    case 2: {
      const row = (x: Person): Line => [name(x), v('b', birth(x)), v('h', address(x))];
      const lines: Line[] = [
        [p(de ? 'Unterstützungsunterschriften – Blatt' : 'Signature sheet – page'), p(String(rng.int(2, 40))), p(ref)],
        [p(de ? 'Name, Vorname | Geburtsdatum | Anschrift' : 'Name | Date of birth | Address')],
        row(a),
        row(b),
        row(c),
      ];
      return { kind: de ? 'Unterschriftenbogen' : 'signature sheet', lines, pairs: [] };
    }
    case 3: {
      const lines: Line[] = [
        [p(de ? 'Wahlhelfer-Meldebogen Wahlbezirk' : 'Poll worker form, polling district'), p(ref)],
        [p(de ? 'Name:' : 'Name:'), name(a), p(de ? 'geb.' : 'born'), v('b', birth(a))],
        [p(de ? 'Anschrift:' : 'Address:'), v('h', address(a))],
        [p(de ? 'Telefon:' : 'Phone:'), v('t', a.phone)],
        [p(de ? 'Erfrischungsgeld an IBAN' : 'Payment to IBAN'), v('i', ibanValue())],
        de ? [p('Steuer-ID'), v('x', taxId(rng))] : [p('Passport no. (ID check)'), v('r', icaoNumber(rng, 'passport'))],
      ];
      return {
        kind: de ? 'Wahlhelfer-Meldebogen' : 'poll worker form',
        lines,
        pairs: [[de ? 'Telefon' : 'Phone', lines[3][1]]],
      };
    }
    case 4: {
      const raw = card(rng);
      const cardValue = rng.chance(0.5) ? cardPrinted(raw, ' ') : raw;
      const ip = rng.chance(0.5)
        ? `${rng.int(31, 212)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
        : `2a02:${rng.int(0x1000, 0xffff).toString(16)}:${rng.int(0x10, 0xffff).toString(16)}::${rng.int(0x10, 0xffff).toString(16)}`;
      const lines: Line[] = [
        [p(de ? 'Spendenformular (Ausdruck) – Vorgang' : 'Donation form (printout) – transaction'), p(ref)],
        [p(de ? 'Spender:' : 'Donor:'), name(a)],
        [p(de ? 'Adresse:' : 'Address:'), v('h', address(a))],
        [p(de ? 'Karte:' : 'Card:'), v('c', cardValue), p(de ? 'Betrag 50,00 EUR' : 'Amount 50.00')],
        [p('IP:'), v('a', ip), p(de ? 'E-Mail:' : 'Email:'), v('m', a.email)],
      ];
      return { kind: de ? 'Spendenformular' : 'donation form', lines, pairs: [[de ? 'Karte' : 'Card', lines[3][1]]] };
    }
    case 5: {
      const female = a.female;
      const lines: Line[] = [
        [p(de ? 'Personalbogen Abgeordnetenbüro' : 'Staff data sheet, parliamentary office'), p(ref)],
        [p('Name:'), name(a), p(de ? 'Geburtsdatum:' : 'DOB:'), v('b', birth(a))],
        [p(de ? 'Steuer-ID:' : 'German tax ID:'), v('x', taxId(rng))],
        [p(de ? 'RV-Nummer:' : 'German pension no.:'), v('s', pensionNumber(rng, a.birth, a.family, female))],
        [p(de ? 'Personalausweis:' : 'German ID card:'), v('k', icaoNumber(rng, 'id'))],
        [p(de ? 'Kontakt:' : 'Contact:'), v('m', a.email), v('t', a.phone)],
      ];
      return {
        kind: de ? 'Personalbogen' : 'staff data sheet',
        lines,
        pairs: [[de ? 'Steuer-ID' : 'Tax ID', lines[2][1]]],
      };
    }
    default: {
      const n = () => String(rng.int(40, 2400));
      const lines: Line[] = de
        ? [
            [p('Wahlniederschrift Stimmbezirk'), p(ref)],
            [p('Wahlberechtigte'), p(n()), p('Wähler'), p(n())],
            [p('Liste 1'), p(n()), p('Liste 2'), p(n()), p('Liste 3'), p(n())],
            [p('Beginn der Auszählung 18:00 Uhr, keine Vorkommnisse.')],
          ]
        : [
            [p('Verification statement, ballot box'), p(ref)],
            [p('Ballot papers issued'), p(n()), p('found in box'), p(n())],
            [p('Postal votes'), p(n()), p('rejected'), p(String(rng.int(0, 30)))],
            [p('Count started 22:00, no incidents.')],
          ];
      return { kind: de ? 'Wahlniederschrift' : 'verification statement', lines, pairs: [] };
    }
  }
}

interface Word {
  w: string;
  code?: string;
  whole?: string;
}

/** OCR noise on a name word: one letter misread as a look-alike letter. */
function misread(rng: PCG64DXSM, w: string): string {
  if (!rng.chance(0.04)) return w;
  if (w.includes('rn')) return w.replace('rn', 'm');
  if (/l/.test(w)) return w.replace('l', 'I');
  return w.replace('e', 'c');
}

/** The word elements of a line: plain text split at spaces, values split at spaces, each part marked. */
function wordsOf(line: Line): Word[] {
  return line.flatMap((s) => {
    const parts = s.t.split(' ').filter(Boolean);
    if (!s.code) return parts.map((w) => ({ w }));
    return parts.map((w) => ({ w, code: s.code, whole: s.t }));
  });
}

/** Placeholders keep the order of marks and their whole values while a format is rendered. */
class Marks {
  readonly wholes: (string | undefined)[] = [];
  mark(code: string, value: string, whole?: string): string {
    this.wholes.push(whole !== undefined && whole !== value ? whole : undefined);
    return `\ue001${this.wholes.length - 1}\ue002${code}\ue003${value}\ue004`;
  }
  /** A word element's text: a name word's trailing comma outside, any other value's comma inside. */
  word(x: Word, esc: (s: string) => string = (s) => s): string {
    if (!x.code) return esc(x.w);
    if (x.code === 'n' && x.w.endsWith(',')) return this.mark('n', esc(x.w.slice(0, -1)), x.whole) + ',';
    return this.mark(x.code, esc(x.w), x.whole);
  }
  /** A whole line or string with its values marked. */
  line(l: Line, esc: (s: string) => string = (s) => s, sep = ' '): string {
    return l.map((s) => (s.code ? this.valueOf(s, esc) : esc(s.t))).join(sep);
  }
  valueOf(s: Seg, esc: (s: string) => string = (x) => x): string {
    return this.mark(s.code ?? 'n', esc(s.t));
  }
  /** The source with the set's marks, and the whole values in the order of the marks. */
  finish(rendered: string): { source: string; wholes: (string | undefined)[] } {
    const order: (string | undefined)[] = [];
    const source = rendered.replace(
      /\ue001(\d+)\ue002([a-z])\ue003([^\ue004]*)\ue004/g,
      (_m, i: string, code: string, value: string) => {
        order.push(this.wholes[Number(i)]);
        return `⁅${code}:${value}⁆`;
      },
    );
    return { source, wholes: order };
  }
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const json = (s: string) => JSON.stringify(s).slice(1, -1);

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  conf: number;
}

function layout(rng: PCG64DXSM, lines: Word[][]): Box[][] {
  return lines.map((ws, li) => {
    let x = 180 + rng.int(0, 30);
    const y = 240 + li * 62 + rng.int(0, 6);
    return ws.map((w) => {
      const width = Math.max(14, w.w.length * rng.int(17, 21));
      const box = { x, y, w: width, h: rng.int(30, 38), conf: rng.chance(0.08) ? rng.int(31, 69) : rng.int(82, 97) };
      x += width + rng.int(14, 22);
      return box;
    });
  });
}

function renderFormat(
  rng: PCG64DXSM,
  format: (typeof FORMATS)[number],
  d: Draft,
  file: string,
  lang: 'de' | 'en',
): { source: string; wholes: (string | undefined)[] } {
  const m = new Marks();
  const lines = d.lines.map(wordsOf);
  const boxes = layout(rng, lines);
  const out: string[] = [];
  switch (format) {
    case 'hOCR': {
      out.push(
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<html xmlns="http://www.w3.org/1999/xhtml"><head><meta name='ocr-system' content='tesseract 5.3.4' /></head><body>`,
      );
      out.push(`<div class='ocr_page' id='page_1' title='image "${file}"; bbox 0 0 2480 3508; ppageno 0'>`);
      out.push(
        ` <div class='ocr_carea' id='block_1_1'><p class='ocr_par' id='par_1_1' lang='${lang === 'de' ? 'deu' : 'eng'}'>`,
      );
      lines.forEach((ws, li) => {
        const bs = boxes[li];
        const last = bs[bs.length - 1];
        out.push(
          `  <span class='ocr_line' id='line_1_${li + 1}' title="bbox ${bs[0].x} ${bs[0].y} ${last.x + last.w} ${bs[0].y + 38}; baseline 0 -8; x_size 38">`,
        );
        ws.forEach((w, wi) => {
          const b = bs[wi];
          out.push(
            `   <span class='ocrx_word' id='word_1_${li + 1}_${wi + 1}' title='bbox ${b.x} ${b.y} ${b.x + b.w} ${b.y + b.h}; x_wconf ${b.conf}'>${m.word(w, xml)}</span>`,
          );
        });
        out.push('  </span>');
      });
      out.push(' </p></div>', '</div></body></html>');
      break;
    }
    case 'ALTO XML': {
      out.push(`<?xml version="1.0" encoding="UTF-8"?>`, `<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">`);
      out.push(
        `<Description><MeasurementUnit>pixel</MeasurementUnit><sourceImageInformation><fileName>${file}</fileName></sourceImageInformation></Description>`,
      );
      out.push(`<Layout><Page ID="p1" PHYSICAL_IMG_NR="1" WIDTH="2480" HEIGHT="3508"><PrintSpace><TextBlock ID="b1">`);
      lines.forEach((ws, li) => {
        const bs = boxes[li];
        out.push(`<TextLine ID="l${li + 1}" HPOS="${bs[0].x}" VPOS="${bs[0].y}" HEIGHT="38">`);
        const parts: string[] = [];
        ws.forEach((w, wi) => {
          const b = bs[wi];
          const at = `HPOS="${b.x}" VPOS="${b.y}" WIDTH="${b.w}" HEIGHT="${b.h}" WC="${(b.conf / 100).toFixed(2)}"`;
          // A long name word at the line's end: the engine keeps the hyphenated halves and the whole word.
          if (
            w.code === 'n' &&
            wi === ws.length - 1 &&
            li < lines.length - 1 &&
            w.w.length >= 12 &&
            !w.w.includes(',') &&
            rng.chance(0.5)
          ) {
            const cut = Math.floor(w.w.length / 2);
            const whole = m.mark('n', xml(w.w), w.whole);
            parts.push(
              `<String CONTENT="${m.mark('n', xml(w.w.slice(0, cut)), w.whole)}" SUBS_TYPE="HypPart1" SUBS_CONTENT="${whole}" ${at}/><HYP CONTENT="-"/>`,
            );
            out.push(parts.join('<SP/>'), '</TextLine>');
            parts.length = 0;
            out.push(
              `<!-- continued --><TextLine ID="l${li + 1}h" HPOS="${bs[0].x}" VPOS="${bs[0].y + 40}" HEIGHT="38"><String CONTENT="${m.mark('n', xml(w.w.slice(cut)), w.whole)}" SUBS_TYPE="HypPart2" SUBS_CONTENT="${m.mark('n', xml(w.w), w.whole)}" HPOS="${bs[0].x}" VPOS="${bs[0].y + 40}" WIDTH="${w.w.length * 9}" HEIGHT="${b.h}" WC="${(b.conf / 100).toFixed(2)}"/>`,
            );
            return;
          }
          parts.push(`<String CONTENT="${m.word(w, xml)}" ${at}/>`);
        });
        out.push(parts.join('<SP/>'), '</TextLine>');
      });
      out.push(`</TextBlock></PrintSpace></Page></Layout></alto>`);
      break;
    }
    case 'PAGE XML': {
      out.push(
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">`,
      );
      out.push(`<Page imageFilename="${file}" imageWidth="2480" imageHeight="3508"><TextRegion id="r1">`);
      lines.forEach((ws, li) => {
        const bs = boxes[li];
        out.push(
          ` <TextLine id="r1_l${li + 1}"><Coords points="${bs[0].x},${bs[0].y} ${bs[0].x + 1600},${bs[0].y + 38}"/>`,
        );
        ws.forEach((w, wi) => {
          const b = bs[wi];
          out.push(
            `  <Word id="r1_l${li + 1}_w${wi + 1}"><Coords points="${b.x},${b.y} ${b.x + b.w},${b.y + b.h}"/><TextEquiv conf="${(b.conf / 100).toFixed(2)}"><Unicode>${m.word(w, xml)}</Unicode></TextEquiv></Word>`,
          );
        });
        out.push(`  <TextEquiv><Unicode>${m.line(d.lines[li], xml)}</Unicode></TextEquiv>`, ' </TextLine>');
      });
      out.push('</TextRegion></Page></PcGts>');
      break;
    }
    case 'Tesseract TSV': {
      out.push('level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext');
      out.push(
        '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
        '2\t1\t1\t0\t0\t0\t160\t220\t2100\t900\t-1\t',
        '3\t1\t1\t1\t0\t0\t160\t220\t2100\t900\t-1\t',
      );
      lines.forEach((ws, li) => {
        const bs = boxes[li];
        out.push(`4\t1\t1\t1\t${li + 1}\t0\t${bs[0].x}\t${bs[0].y}\t1600\t38\t-1\t`);
        ws.forEach((w, wi) => {
          const b = bs[wi];
          out.push(
            `5\t1\t1\t1\t${li + 1}\t${wi + 1}\t${b.x}\t${b.y}\t${b.w}\t${b.h}\t${b.conf}.${rng.digits(6)}\t${m.word(w)}`,
          );
        });
      });
      break;
    }
    case 'Textract JSON': {
      const blocks: string[] = [];
      let id = 0;
      const nextId = () =>
        `${(++id).toString(16).padStart(8, '0')}-7c1e-4b${rng.digits(2)}-9a${rng.digits(2)}-${rng.digits(12)}`;
      const wordIds: string[][] = lines.map((ws) => ws.map(() => nextId()));
      const lineIds = lines.map(() => nextId());
      blocks.push(
        `{"BlockType": "PAGE", "Id": "${nextId()}", "Relationships": [{"Type": "CHILD", "Ids": [${lineIds.map((x) => `"${x}"`).join(', ')}]}]}`,
      );
      lines.forEach((ws, li) => {
        const bs = boxes[li];
        blocks.push(
          `{"BlockType": "LINE", "Confidence": ${bs[0].conf}.${rng.digits(4)}, "Text": "${m.line(d.lines[li], json)}", "Geometry": {"BoundingBox": {"Width": 0.6${rng.digits(3)}, "Height": 0.011, "Left": 0.07${rng.digits(2)}, "Top": ${(bs[0].y / 3508).toFixed(4)}}}, "Id": "${lineIds[li]}", "Relationships": [{"Type": "CHILD", "Ids": [${wordIds[li].map((x) => `"${x}"`).join(', ')}]}]}`,
        );
        ws.forEach((w, wi) => {
          blocks.push(
            `{"BlockType": "WORD", "Confidence": ${bs[wi].conf}.${rng.digits(4)}, "Text": "${m.word(w, json)}", "TextType": "PRINTED", "Id": "${wordIds[li][wi]}"}`,
          );
        });
      });
      for (const [key, value] of d.pairs) {
        const k = nextId();
        const val = nextId();
        blocks.push(
          `{"BlockType": "KEY_VALUE_SET", "EntityTypes": ["KEY"], "Confidence": 9${rng.digits(1)}.${rng.digits(3)}, "Id": "${k}", "Relationships": [{"Type": "VALUE", "Ids": ["${val}"]}], "KeyText": "${json(key)}"}`,
        );
        blocks.push(
          `{"BlockType": "KEY_VALUE_SET", "EntityTypes": ["VALUE"], "Confidence": 9${rng.digits(1)}.${rng.digits(3)}, "Id": "${val}", "ValueText": "${m.valueOf(value, json)}"}`,
        );
      }
      out.push(
        `{"DocumentMetadata": {"Pages": 1}, "Blocks": [`,
        blocks.map((x) => `  ${x}`).join(',\n'),
        `], "AnalyzeDocumentModelVersion": "1.0"}`,
      );
      break;
    }
    case 'Azure DI JSON': {
      // content: the lines joined by \n (offsets counted on the string, not its JSON escape).
      const plain = lines.map((ws) => ws.map((w) => w.w).join(' '));
      const content = d.lines.map((l) => m.line(l, json)).join('\\n');
      let offset = 0;
      const words: string[] = [];
      const lineObjs: string[] = [];
      lines.forEach((ws, li) => {
        // A line's content repeats its values whole: marked like the page's content.
        lineObjs.push(
          `{"content": "${m.line(d.lines[li], json)}", "spans": [{"offset": ${offset}, "length": ${plain[li].length}}]}`,
        );
        let o = offset;
        ws.forEach((w, wi) => {
          words.push(
            `{"content": "${m.word(w, json)}", "polygon": [${boxes[li][wi].x}, ${boxes[li][wi].y}], "confidence": 0.${boxes[li][wi].conf}${rng.digits(1)}, "span": {"offset": ${o}, "length": ${w.w.length}}}`,
          );
          o += w.w.length + 1;
        });
        offset += plain[li].length + 1;
      });
      const kv = d.pairs.map(
        ([key, value]) =>
          `{"key": {"content": "${json(key)}"}, "value": {"content": "${m.valueOf(value, json)}"}, "confidence": 0.${rng.int(70, 98)}}`,
      );
      out.push(`{"apiVersion": "2024-11-30", "modelId": "prebuilt-layout", "content": "${content}",`);
      out.push(
        `"pages": [{"pageNumber": 1, "unit": "pixel", "width": 2480, "height": 3508, "words": [`,
        words.map((x) => `  ${x}`).join(',\n'),
        `], "lines": [${lineObjs.join(', ')}]}],`,
      );
      out.push(`"keyValuePairs": [${kv.join(', ')}]}`);
      break;
    }
    default: {
      // Google Document AI: tokens and lines point into text by offsets only.
      const plain = lines.map((ws) => ws.map((w) => w.w).join(' '));
      const text = d.lines.map((l) => m.line(l, json)).join('\\n');
      let offset = 0;
      const tokens: string[] = [];
      const lineObjs: string[] = [];
      plain.forEach((pl, li) => {
        lineObjs.push(
          `{"layout": {"textAnchor": {"textSegments": [{"startIndex": "${offset}", "endIndex": "${offset + pl.length}"}]}, "confidence": 0.9${rng.digits(2)}}}`,
        );
        let o = offset;
        lines[li].forEach((w) => {
          tokens.push(
            `{"layout": {"textAnchor": {"textSegments": [{"startIndex": "${o}", "endIndex": "${o + w.w.length}"}]}, "confidence": 0.${rng.int(55, 99)}}}`,
          );
          o += w.w.length + 1;
        });
        offset += pl.length + 1;
      });
      const fields = d.pairs.map(
        ([key, value]) =>
          `{"fieldName": {"textAnchor": {"content": "${json(key)}"}}, "fieldValue": {"textAnchor": {"content": "${m.valueOf(value, json)}"}, "confidence": 0.${rng.int(60, 99)}}}`,
      );
      out.push(`{"document": {"mimeType": "image/tiff", "uri": "gs://ingest-scans/${file}", "text": "${text}",`);
      out.push(
        `"pages": [{"pageNumber": 1, "dimension": {"width": 2480, "height": 3508, "unit": "pixels"}, "lines": [${lineObjs.join(', ')}],`,
        `"tokens": [`,
        tokens.map((x) => `  ${x}`).join(',\n'),
        `], "formFields": [${fields.join(', ')}]}]}}`,
      );
    }
  }
  return m.finish(out.join('\n'));
}

/** `count` generated documents for `seed`, the same for the same seed. */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const rng = new PCG64DXSM((BigInt(seed) << 64n) | 0x3030_0000_0000_1205n, 0x2026_3030_0001n + BigInt(seed) * 2n);
  const docs: Omit<TestDocument, 'id' | 'origin'>[] = [];
  for (let i = 0; i < count; i++) {
    const format = FORMATS[i % FORMATS.length];
    const template = Math.floor(i / 7) % 7;
    const lang: 'de' | 'en' = Math.floor(i / 49) % 2 === 0 ? 'de' : 'en';
    const d = draft(rng, template, lang);
    const file = `scan_${rng.digits(6)}.tif`;
    const { source, wholes } = renderFormat(rng, format, d, file, lang);
    const { text, entities } = readMarks(source);
    entities.forEach((e, k) => {
      const whole = wholes[k];
      if (whole !== undefined) WHOLE.set(e, whole);
    });
    docs.push({ lang, kind: `${format}: ${KINDS[template]}`, text, entities });
  }
  return docs;
}
