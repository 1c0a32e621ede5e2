import type { Mt19937 } from './random.js';
import type { TestLabel } from './markup.js';

/**
 * A transcript as a speech recogniser and a diariser hand it to a RAG ingest. Turns carry a header
 * in one of four layouts; plain text gets fillers and misheard words, labelled values are appended
 * as they stand, so every label's offsets are exact by construction.
 */

/** A part of a turn: plain words, or a labelled value [type, value]. */
export type Part = string | [string, string];

const FILLERS = {
  de: ['äh ', 'ähm ', 'also ', 'ja ', 'öhm ', 'genau '],
  en: ['uh ', 'um ', 'you know ', 'like ', 'er ', 'so '],
};

/** What the recogniser got wrong: a right word and what it wrote instead. */
const MISHEARD = {
  de: [
    ['rettungswagen', 'rettungs wagen'],
    ['notaufnahme', 'not aufnahme'],
    ['feuerwehr', 'feuer wehr'],
    ['sanitäter', 'sanitär'],
    ['blutspende', 'blut spende'],
    ['bergwacht', 'berg wacht'],
    ['einsatz', 'ein satz'],
    ['kreislauf', 'kreis lauf'],
  ],
  en: [
    ['ambulance', 'am balance'],
    ['paramedic', 'para medic'],
    ['casualty', 'casual tea'],
    ['lifeboat', 'life boat'],
    ['steward', 'stewart'],
    ['donor', 'doner'],
    ['dispatch', 'this patch'],
    ['injured', 'in jured'],
  ],
};

const clock = (s: number) =>
  [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');

export class Transcript {
  text = '';
  readonly entities: TestLabel[] = [];
  private seconds: number;
  private millis = 100;
  private readonly layout: number;
  private readonly misheard: boolean;
  private readonly speakers = new Map<string, string>();

  constructor(
    private readonly rng: Mt19937,
    readonly lang: 'de' | 'en',
    header: string,
  ) {
    this.layout = rng.below(4);
    this.seconds = rng.int(0, 4);
    this.misheard = rng.chance(0.7);
    this.text = header ? `${header}\n` : '';
  }

  /** Plain words with "~" as a place for a filler (or none), misheard as the recogniser may. */
  private plain(s: string): string {
    let out = s.replace(/~/g, () => (this.rng.chance(0.5) ? this.rng.pick(FILLERS[this.lang]) : ''));
    if (this.misheard)
      for (const [right, wrong] of MISHEARD[this.lang]) if (this.rng.chance(0.5)) out = out.split(right).join(wrong);
    return out;
  }

  private id(speaker: string): string {
    let id = this.speakers.get(speaker);
    if (!id) {
      id = `SPEAKER_${String(this.speakers.size).padStart(2, '0')}`;
      this.speakers.set(speaker, id);
    }
    return id;
  }

  private head(speaker: string): string {
    const speakerId = this.id(speaker);
    const from = this.seconds;
    const fromMs = this.millis;
    this.seconds += this.rng.int(2, 14);
    this.millis = this.rng.int(100, 999);
    switch (this.layout) {
      case 0:
        return `[${clock(from)}] ${speaker}: `;
      case 1:
        return `${speakerId}: `;
      case 2:
        return `${clock(from)}.${fromMs} --> ${clock(this.seconds)}.${this.millis}\n${speaker.toLowerCase()}: `;
      default:
        return `[${speakerId} ${clock(from)}] `;
    }
  }

  /** One turn. Now and then the diariser gives the rest of it to the other speaker, mid-sentence. */
  say(speaker: string, ...parts: Part[]): this {
    this.text += this.head(speaker);
    const breakAt = parts.length > 2 && this.rng.chance(0.15) ? this.rng.int(1, parts.length - 1) : -1;
    parts.forEach((part, i) => {
      if (i === breakAt) {
        const other = [...this.speakers.keys()].find((s) => s !== speaker) ?? 'unbekannt';
        this.text = this.text.replace(/ $/, '') + '\n' + this.head(other);
      }
      if (typeof part === 'string') this.text += this.plain(i === breakAt ? part.trimStart() : part);
      else {
        this.entities.push({ type: part[0], start: this.text.length, end: this.text.length + part[1].length });
        this.text += part[1];
      }
    });
    this.text = this.text.replace(/ +$/, '') + '\n';
    return this;
  }

  /** A voicemail: one speaker, no turns, timestamps now and then. */
  voicemail(...parts: Part[]): this {
    parts.forEach((part) => {
      if (typeof part === 'string') {
        if (this.rng.chance(0.25)) {
          const gap = this.text === '' || /\s$/.test(this.text) ? '' : ' ';
          this.text += `${gap}(${clock(this.seconds).slice(3)}) ${this.plain(part.trimStart())}`;
          this.seconds += this.rng.int(3, 9);
        } else this.text += this.plain(part);
      } else {
        this.entities.push({ type: part[0], start: this.text.length, end: this.text.length + part[1].length });
        this.text += part[1];
      }
    });
    this.text = this.text.replace(/ +$/, '') + '\n';
    return this;
  }
}
