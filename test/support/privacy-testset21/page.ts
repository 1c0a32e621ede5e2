import type { TestLabel } from './markup.js';
import type { Well512a } from './random.js';

/**
 * A scraped page as it is built: plain pieces and labelled values in order. A page may keep the
 * HTML entities its scraper did not decode; then every piece, labelled or not, is escaped the same
 * way, and a label covers its value's escaped characters as they stand.
 */
export class Page {
  private readonly parts: { text: string; type?: string }[] = [];

  /** Plain text: boilerplate, headings, prose. */
  t(...text: string[]): this {
    for (const s of text) this.parts.push({ text: s });
    return this;
  }

  /** A labelled value. */
  v(type: string, value: string): this {
    this.parts.push({ text: value, type });
    return this;
  }

  /** The text and its labels; `escape` turns non-ASCII letters into entities and "&" into "&amp;". */
  done(escape?: 'named' | 'numeric' | 'hex'): { text: string; entities: TestLabel[] } {
    let text = '';
    const entities: TestLabel[] = [];
    for (const p of this.parts) {
      const s = escape ? escaped(p.text, escape) : p.text;
      if (p.type) entities.push({ type: p.type, start: text.length, end: text.length + s.length });
      text += s;
    }
    return { text, entities };
  }
}

const NAMED: Record<string, string> = {
  ä: 'auml',
  ö: 'ouml',
  ü: 'uuml',
  Ä: 'Auml',
  Ö: 'Ouml',
  Ü: 'Uuml',
  ß: 'szlig',
  é: 'eacute',
};

function escaped(s: string, how: 'named' | 'numeric' | 'hex'): string {
  // An entity the page already holds (&nbsp;) stays as it is.
  return s.replace(/&(?![a-z]+;|#)/gi, '&amp;').replace(/[^\x20-\x7e\n]/gu, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (how === 'named' && NAMED[ch]) return `&${NAMED[ch]};`;
    return how === 'hex' ? `&#x${cp.toString(16).toUpperCase()};` : `&#${cp};`;
  });
}

/** The bits of a page a scraper keeps around the content, in the page's language. */
export interface Site {
  /** The language the site's pages are written in. */
  lang: 'de' | 'en';
  name: string;
  /** The company's imprint: its own address, switchboard and mailbox, never labelled. */
  imprint: string;
  domain: string;
}

export const SITES: readonly Site[] = [
  {
    lang: 'de',
    name: 'Autohaus am Stadtring GmbH',
    imprint:
      'Autohaus am Stadtring GmbH · Ringstraße 88 · 72762 Reutlingen · Tel. 07121 9870-0 · info@autohaus-stadtring.de',
    domain: 'autohaus-stadtring.de',
  },
  {
    lang: 'de',
    name: 'FlinkDrive Carsharing GmbH',
    imprint: 'FlinkDrive Carsharing GmbH, Hansaring 12, 50670 Köln, HRB 99821, service@flinkdrive.de',
    domain: 'flinkdrive.de',
  },
  {
    lang: 'de',
    name: 'Paketwerk Logistik AG',
    imprint: 'Paketwerk Logistik AG | Industriepark Süd 3 | 4030 Linz | FN 481223k | kundenservice@paketwerk.at',
    domain: 'paketwerk.at',
  },
  {
    lang: 'de',
    name: 'Rheintal Fahrschule AG',
    imprint:
      'Rheintal Fahrschule AG, Bahnhofstrasse 21, 9450 Altstätten SG, CHE-301.448.902, info@rheintal-fahrschule.ch',
    domain: 'rheintal-fahrschule.ch',
  },
  {
    lang: 'en',
    name: 'Meridian Fleet Services Ltd',
    imprint:
      'Meridian Fleet Services Ltd, Unit 4 Lakeside Park, Warwick CV34 6RH · Registered in England 08841732 · support@meridianfleet.co.uk',
    domain: 'meridianfleet.co.uk',
  },
  {
    lang: 'en',
    name: 'Shannon Freight & Customs Ltd',
    imprint:
      'Shannon Freight & Customs Ltd, Smithstown Industrial Estate, Shannon, Co. Clare · Tel +353 61 555 010 · ops@shannonfreight.ie',
    domain: 'shannonfreight.ie',
  },
  {
    lang: 'en',
    name: 'Great Lakes Auto Group',
    imprint:
      'Great Lakes Auto Group, 2200 Woodward Ave, Detroit, MI 48201 · (313) 555-0100 · customercare@greatlakesauto.com',
    domain: 'greatlakesauto.com',
  },
  {
    lang: 'en',
    name: 'Noord Mobiliteit B.V.',
    imprint: 'Noord Mobiliteit B.V., Transportweg 9, 9723 JB Groningen, KvK 77120483, info@noordmobiliteit.nl',
    domain: 'noordmobiliteit.nl',
  },
  {
    lang: 'de',
    name: 'Werk Süd – Intranet',
    imprint: 'Präzisionsteile Süd GmbH · Werk 2 · Gewerbestraße 40 · 73037 Göppingen · IT-Service-Desk Durchwahl -4400',
    domain: 'intranet.praezisionsteile-sued.local',
  },
  {
    lang: 'en',
    name: 'Nordisk Vejhjælp A/S',
    imprint: 'Nordisk Vejhjælp A/S, Industrivej 7, 7100 Vejle, CVR 39112876, kundeservice@vejhjaelp.dk',
    domain: 'vejhjaelp.dk',
  },
];

export const nav = (rng: Well512a, lang: 'de' | 'en'): string =>
  rng.pick(
    lang === 'de'
      ? [
          'Startseite | Service | Fahrzeuge | Karriere | Kontakt | Login',
          '☰ Menü  Start  Angebote  Werkstatt  Über uns  Suche 🔍',
          '[Zum Inhalt springen](#main)\nStartseite · Produkte · Hilfe · Mein Konto',
        ]
      : [
          'Home | Services | Vehicles | Careers | Contact | Sign in',
          '☰ Menu  Home  Offers  Service  About us  Search 🔍',
          '[Skip to content](#main)\nHome · Products · Help · My account',
        ],
  );

export const crumbs = (lang: 'de' | 'en', path: string[]): string =>
  [lang === 'de' ? 'Startseite' : 'Home', ...path].join(' › ');

export const cookie = (rng: Well512a, lang: 'de' | 'en'): string =>
  rng.pick(
    lang === 'de'
      ? [
          'Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. [Alle akzeptieren] [Nur notwendige] [Einstellungen]',
          '🍪 Diese Seite nutzt Cookies & ähnliche Technologien. Mehr in der [Datenschutzerklärung](/datenschutz). [OK]',
        ]
      : [
          'We use cookies to give you the best experience on our website. [Accept all] [Reject non-essential] [Settings]',
          '🍪 This site uses cookies & similar technologies. See our [privacy policy](/privacy). [Got it]',
        ],
  );

export const share = (lang: 'de' | 'en'): string =>
  lang === 'de'
    ? 'Teilen auf: [Facebook](#) [LinkedIn](#) [X](#) [E-Mail](#)'
    : 'Share on: [Facebook](#) [LinkedIn](#) [X](#) [Email](#)';

export const footer = (lang: 'de' | 'en', site: Site): string =>
  lang === 'de'
    ? `\n---\n[Impressum](/impressum) | [Datenschutz](/datenschutz) | [AGB](/agb) | [Barrierefreiheit](/barrierefreiheit)\n${site.imprint}\n© 2026 ${site.name}. Alle Rechte vorbehalten.`
    : `\n---\n[Imprint](/imprint) | [Privacy](/privacy) | [Terms](/terms) | [Accessibility](/accessibility)\n${site.imprint}\n© 2026 ${site.name}. All rights reserved.`;

export const pagination = (rng: Well512a, lang: 'de' | 'en'): string => {
  const n = rng.range(2, 9);
  return lang === 'de'
    ? `« Zurück  1 … ${n} [${n + 1}] ${n + 2} …  Weiter »`
    : `« Prev  1 … ${n} [${n + 1}] ${n + 2} …  Next »`;
};
