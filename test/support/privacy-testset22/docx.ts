import type { TestLabel } from './markup.js';
import type { Philox } from './random.js';

/**
 * A word-processor document as a text converter writes it for a RAG ingest, with its review layer:
 * tracked changes and comments in one of four notations (pandoc's spans, CriticMarkup, docx2txt-style
 * [+ +]/[- -] with a comment list, Word comments exported as footnotes), page headers and footers
 * repeated at each page break, and a value the converter may break across a page.
 */
export type Notation = 'pandoc' | 'critic' | 'plain' | 'footnote';

const TOTAL = '\u0001';

export class Docx {
  private text = '';
  private labels: TestLabel[] = [];
  private page = 1;
  private notes: ((d: Docx) => void)[] = [];
  private commentNo = 0;

  /**
   * header writes the running header (it may label its owner); plainHeader is the header a page
   * break inside a value gets, which holds no personal data so that labels never nest.
   */
  constructor(
    readonly lang: 'de' | 'en',
    readonly notation: Notation,
    private readonly header: (d: Docx) => void,
  ) {}

  t(s: string): this {
    this.text += s;
    return this;
  }

  v(type: string, value: string): this {
    this.labels.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }

  private footer(): string {
    return this.lang === 'de' ? `Seite ${this.page} von ${TOTAL}` : `Page ${this.page} of ${TOTAL}`;
  }

  pageBreak(): this {
    this.text += `\n${this.footer()}\n\f`;
    this.page++;
    this.header(this);
    this.text += '\n';
    return this;
  }

  /** A value the converter broke across a page break: one label over both halves and the break between. */
  broken(type: string, first: string, second: string, plainHeader: string): this {
    const start = this.text.length;
    this.text += `${first}\n${this.footer()}\n\f${plainHeader}\n${second}`;
    this.page++;
    this.labels.push({ type, start, end: this.text.length });
    return this;
  }

  /** A tracked insertion or deletion by `author` (a PERSON); `body` writes the changed text. */
  change(kind: 'ins' | 'del', author: string, date: string, body: (d: Docx) => void): this {
    switch (this.notation) {
      case 'pandoc':
        this.t('[');
        body(this);
        return this.t(`]{.${kind === 'ins' ? 'insertion' : 'deletion'} author="`)
          .v('PERSON', author)
          .t(`" date="${date}"}`);
      case 'critic':
        this.t(kind === 'ins' ? '{++' : '{--');
        body(this);
        return this.t(kind === 'ins' ? '++}' : '--}');
      default:
        this.t(kind === 'ins' ? '[+' : '[-');
        body(this);
        return this.t(kind === 'ins' ? '+]' : '-]');
    }
  }

  /** A replacement: the old value deleted, the new one inserted. */
  replace(author: string, date: string, old: (d: Docx) => void, now: (d: Docx) => void): this {
    if (this.notation === 'critic') {
      this.t('{~~');
      old(this);
      this.t('~>');
      now(this);
      return this.t('~~}');
    }
    return this.change('del', author, date, old).change('ins', author, date, now);
  }

  /** A reviewer's comment; its author is a PERSON, the initials in a comment mark are not labelled. */
  comment(author: string, initials: string, date: string, note: string): this {
    this.commentNo++;
    const no = this.commentNo;
    switch (this.notation) {
      case 'pandoc':
        return this.t(`[${note}]{.comment-start id="${no - 1}" author="`)
          .v('PERSON', author)
          .t(`" date="${date}"}[]{.comment-end id="${no - 1}"}`);
      case 'critic':
        return this.t('{>>').v('PERSON', author).t(`: ${note}<<}`);
      case 'plain':
        this.t(`[${this.lang === 'de' ? 'Kommentar' : 'Comment'} ${initials}${no}: ${note}]`);
        this.notes.push((d) =>
          d
            .t(`${initials}${no}\t`)
            .v('PERSON', author)
            .t(`\t${date.slice(0, 10)}\t${note}\n`),
        );
        return this;
      default:
        this.t(`[^c${no}]`);
        this.notes.push((d) =>
          d
            .t(`[^c${no}]: `)
            .v('PERSON', author)
            .t(` — ${date.slice(8, 10)}.${date.slice(5, 7)}.: ${note}\n`),
        );
        return this;
    }
  }

  /** An ordinary footnote or endnote: its number in the text, its text at the end. */
  footnote(body: (d: Docx) => void): this {
    this.commentNo++;
    const no = this.commentNo;
    this.t(`[^${no}]`);
    this.notes.push((d) => {
      d.t(`[^${no}]: `);
      body(d);
      d.t('\n');
    });
    return this;
  }

  done(kind: string): { text: string; entities: TestLabel[]; kind: string; lang: 'de' | 'en' } {
    if (this.notes.length > 0) {
      this.t(this.notation === 'plain' ? `\n\n${this.lang === 'de' ? 'Kommentare' : 'Comments'}\n` : '\n\n');
      for (const note of this.notes) note(this);
    }
    this.text += `\n${this.footer()}\n`;
    // One character for the page total: the labels' offsets stay as they are (never ten pages here).
    const text = this.text.split(TOTAL).join(String(this.page));
    return { text, entities: this.labels, kind, lang: this.lang };
  }
}

/** An ISO time stamp in 2026 as pandoc writes revision dates. */
export function stamp(rng: Philox): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `2026-${p(rng.between(1, 11))}-${p(rng.between(1, 28))}T${p(rng.between(7, 19))}:${p(rng.int(60))}:00Z`;
}

/** Soft hyphens inside a long word, as a word processor's hyphenation leaves them. */
export function soft(word: string, rng: Philox): string {
  if (word.length < 9 || !rng.chance(0.6)) return word;
  const at = rng.between(4, word.length - 4);
  return `${word.slice(0, at)}\u00ad${word.slice(at)}`;
}
