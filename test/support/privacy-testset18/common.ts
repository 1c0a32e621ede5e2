import { MONTHS_EN } from '../month-names.js';
import type { Frag } from './fragments.js';
import { mailLetters, type CountryCode, type People, type Person } from './people.js';
import type { Xoroshiro64 } from './random.js';

/** What every generated kind is given: the random stream, the people, the document's language. */
export interface KindContext {
  rng: Xoroshiro64;
  people: People;
  lang: 'de' | 'en';
}

export type Kind = (ctx: KindContext) => Frag;

/** Invented providers, publishers and broadcasters (with their mail domains) whose records the kinds export. */
export interface Firm {
  name: string;
  domain: string;
  /** Their own mailbox display name (a role, never a person). */
  desk: string;
  trade: Trade;
}

/** What a firm does: which stories it appears in. */
export type Trade = 'telecom' | 'hosting' | 'publisher' | 'print' | 'media';

export const FIRMS_DE: readonly Firm[] = [
  {
    name: 'Glasnetz Mittelland GmbH',
    domain: 'glasnetz-mittelland.de',
    desk: 'Kundenservice Glasnetz',
    trade: 'telecom',
  },
  { name: 'Funkbrücke Mobilfunk AG', domain: 'funkbruecke.de', desk: 'Funkbrücke Kundenbetreuung', trade: 'telecom' },
  { name: 'Donaukabel Telekom GmbH', domain: 'donaukabel.at', desk: 'Donaukabel Störungsannahme', trade: 'telecom' },
  { name: 'Alpenlink Kommunikation AG', domain: 'alpenlink.ch', desk: 'Alpenlink Support', trade: 'telecom' },
  { name: 'Serverhof Hosting GmbH', domain: 'serverhof.de', desk: 'Serverhof Technik', trade: 'hosting' },
  {
    name: 'Stadtanzeiger Verlag KG',
    domain: 'stadtanzeiger-verlag.de',
    desk: 'Leserservice Stadtanzeiger',
    trade: 'publisher',
  },
  {
    name: 'Druckhaus Kupferstich',
    domain: 'druckhaus-kupferstich.de',
    desk: 'Auftragsannahme Druckhaus',
    trade: 'print',
  },
];

export const FIRMS_EN: readonly Firm[] = [
  {
    name: 'Harbourline Broadband Ltd',
    domain: 'harbourline.co.uk',
    desk: 'Harbourline Customer Care',
    trade: 'telecom',
  },
  { name: 'Kestrel Mobile', domain: 'kestrelmobile.ie', desk: 'Kestrel Mobile Support', trade: 'telecom' },
  { name: 'Prairie Fibre Co-op', domain: 'prairiefibre.ca', desk: 'Prairie Fibre Help Desk', trade: 'telecom' },
  { name: 'Karoo Wireless (Pty) Ltd', domain: 'karoowireless.co.za', desk: 'Karoo Wireless Care', trade: 'telecom' },
  { name: 'Merlion Cloud Pte Ltd', domain: 'merlioncloud.sg', desk: 'Merlion Cloud Support', trade: 'hosting' },
  { name: 'Lagoon Telecom', domain: 'lagoontelecom.ng', desk: 'Lagoon Telecom Care', trade: 'telecom' },
  { name: 'Bayanihan Broadband', domain: 'bayanihanbb.ph', desk: 'Bayanihan Broadband Support', trade: 'telecom' },
  { name: 'Tallgrass Hosting LLC', domain: 'tallgrasshosting.com', desk: 'Tallgrass Abuse Desk', trade: 'hosting' },
  {
    name: 'Hill & Valley Publishing Ltd',
    domain: 'hillandvalley.co.uk',
    desk: 'Hill & Valley Subscriptions',
    trade: 'publisher',
  },
  { name: 'Signal North Audio', domain: 'signalnorth.fm', desk: 'Signal North Bookings', trade: 'media' },
];

/**
 * Where a customer of a German- or English-language record lives: mostly where the language is
 * spoken (so German records carry German, Austrian and Swiss homes), else anywhere (undefined).
 */
export const localCountry = (ctx: KindContext, share = 0.75): CountryCode | undefined =>
  ctx.rng.chance(share)
    ? ctx.rng.pick<CountryCode>(
        ctx.lang === 'de' ? ['DE', 'AT', 'CH'] : ['GB', 'IE', 'US', 'CA', 'ZA', 'SG', 'NG', 'PH'],
      )
    : undefined;

/** A firm of the document's language doing one of `trades` (by default an access or hosting provider). */
export const firm = (ctx: KindContext, ...trades: Trade[]): Firm => {
  const wanted = trades.length ? trades : ['telecom', 'hosting'];
  return ctx.rng.pick((ctx.lang === 'de' ? FIRMS_DE : FIRMS_EN).filter((f) => wanted.includes(f.trade)));
};

/** A staff member's mailbox at the firm (labelled like every mailbox). */
export const staffMail = (p: Person, f: Firm): string =>
  `${mailLetters(p.given.split(/[ -]/)[0])}.${mailLetters(p.family.replace(/^(bin|binti|Ó|Ní|Mac|Mhic) /, ''))}@${f.domain}`;

/** Incident numbers as service desks print them (a look-alike: never labelled). */
export const incident = (rng: Xoroshiro64): string => `INC${rng.digits(7)}`;

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** One moment in spring 2025, in the notations the formats use. */
export class Stamp {
  private constructor(private readonly t: Date) {}

  static random(rng: Xoroshiro64): Stamp {
    return new Stamp(
      new Date(Date.UTC(2025, rng.int(1, 4), rng.int(1, 28), rng.int(6, 21), rng.int(0, 59), rng.int(0, 59))),
    );
  }

  /** A later moment, `minutes` on. */
  plus(minutes: number): Stamp {
    return new Stamp(new Date(this.t.getTime() + minutes * 60_000));
  }

  get iso(): string {
    return this.t.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  get de(): string {
    return `${pad(this.t.getUTCDate())}.${pad(this.t.getUTCMonth() + 1)}.${this.t.getUTCFullYear()} ${pad(this.t.getUTCHours())}:${pad(this.t.getUTCMinutes())}`;
  }
  get clf(): string {
    const m = MONTHS_EN[this.t.getUTCMonth()].slice(0, 3);
    return `${pad(this.t.getUTCDate())}/${m}/${this.t.getUTCFullYear()}:${pad(this.t.getUTCHours())}:${pad(this.t.getUTCMinutes())}:${pad(this.t.getUTCSeconds())} +0000`;
  }
  get rfc2822(): string {
    const m = MONTHS_EN[this.t.getUTCMonth()].slice(0, 3);
    return `${DAYS[this.t.getUTCDay()]}, ${this.t.getUTCDate()} ${m} ${this.t.getUTCFullYear()} ${pad(this.t.getUTCHours())}:${pad(this.t.getUTCMinutes())}:${pad(this.t.getUTCSeconds())} +0000`;
  }
  get git(): string {
    const m = MONTHS_EN[this.t.getUTCMonth()].slice(0, 3);
    return `${DAYS[this.t.getUTCDay()]} ${m} ${this.t.getUTCDate()} ${pad(this.t.getUTCHours())}:${pad(this.t.getUTCMinutes())}:${pad(this.t.getUTCSeconds())} ${this.t.getUTCFullYear()} +0000`;
  }
  get epoch(): number {
    return Math.floor(this.t.getTime() / 1000);
  }
}
