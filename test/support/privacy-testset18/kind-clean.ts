import { Stamp, firm, incident, type KindContext } from './common.js';
import { plain, xml, type Frag } from './fragments.js';

/**
 * The two generated kinds without personal data: a provider's status page as an Atom feed
 * (incidents, components, host names, incident numbers, no people, no mailboxes, no addresses of
 * any kind) and release notes in Markdown (versions, build hashes, CVE ids, MAC prefixes, ticket
 * numbers). Their look-alikes are never labelled.
 */

export function statusFeed(ctx: KindContext): Frag {
  const { rng, lang } = ctx;
  const f = firm(ctx);
  let t = Stamp.random(rng);
  const site = `status.${f.domain}`;
  const components =
    lang === 'de'
      ? [
          'Glasfaser Region Nord',
          'Mobilfunk 5G',
          'Kundenportal',
          'E-Mail-Postfächer',
          'VoIP-Telefonie',
          'Rechenzentrum FRA2',
        ]
      : ['Fibre North', 'Mobile 5G', 'Customer portal', 'Mailboxes', 'VoIP', 'Data centre LON3'];
  const entries = Array.from({ length: rng.int(2, 4) }, () => {
    const no = incident(rng);
    const c = rng.pick(components);
    t = t.plus(rng.int(120, 4000));
    const [title, update] =
      lang === 'de'
        ? rng.pick([
            [
              `Erhöhte Latenzen – ${c}`,
              `Wir beobachten erhöhte Latenzen auf den Routern core-${rng.int(1, 9)}.fra2. Ein Workaround ist aktiv, die Ursache wird untersucht.`,
            ],
            [
              `Geplante Wartung – ${c}`,
              `Zwischen 01:00 und 04:00 Uhr wird die Firmware der Zugangsknoten auf Version ${rng.int(7, 9)}.${rng.int(0, 12)}.${rng.int(0, 30)} aktualisiert. Kurze Unterbrechungen sind möglich.`,
            ],
            [
              `Störung behoben – ${c}`,
              `Ein defekter Linecard-Port in olt-${rng.int(10, 99)} wurde getauscht. Alle Dienste laufen wieder normal.`,
            ],
          ])
        : rng.pick([
            [
              `Elevated latency – ${c}`,
              `We are seeing elevated latency on routers core-${rng.int(1, 9)}.lon3. A workaround is in place while we investigate.`,
            ],
            [
              `Scheduled maintenance – ${c}`,
              `Between 01:00 and 04:00 the access nodes will be upgraded to firmware ${rng.int(7, 9)}.${rng.int(0, 12)}.${rng.int(0, 30)}. Brief interruptions are possible.`,
            ],
            [
              `Resolved – ${c}`,
              `A faulty line card port in olt-${rng.int(10, 99)} has been replaced. All services are operating normally.`,
            ],
          ]);
    return xml`  <entry>
    <id>tag:${site},2025:Incident/${no}</id>
    <published>${t.iso}</published>
    <updated>${t.plus(rng.int(10, 300)).iso}</updated>
    <link rel="alternate" type="text/html" href="https://${site}/incidents/${no.toLowerCase()}"/>
    <title>${title} (${no})</title>
    <content type="html">&lt;p&gt;${update}&lt;/p&gt;</content>
  </entry>
`;
  });
  return xml`<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="${lang}" xmlns="http://www.w3.org/2005/Atom">
  <id>tag:${site},2025:/history</id>
  <title>${f.name} – ${lang === 'de' ? 'Statusseite' : 'Status'}</title>
  <updated>${t.iso}</updated>
${entries}</feed>
`;
}

export function releaseNotes(ctx: KindContext): Frag {
  const { rng, lang } = ctx;
  const major = rng.int(3, 9);
  const minor = rng.int(0, 20);
  const sha = () => Array.from({ length: 7 }, () => '0123456789abcdef'[rng.below(16)]).join('');
  const cve = () => `CVE-2025-${rng.int(20000, 39999)}`;
  const oui = () =>
    Array.from({ length: 3 }, () => rng.below(256).toString(16).padStart(2, '0').toUpperCase()).join(':');
  const product = rng.pick(['RouterOS Home', 'HelpDesk Cloud', 'StreamBox Player', 'MailGate', 'ProvisionHub']);
  const added =
    lang === 'de'
      ? [
          'Tarifwechsel im Kundenportal ohne erneute Anmeldung',
          'IPv6-Präfixdelegation jetzt auch für Geschäftskunden-Tarife',
          'WPA3-Übergangsmodus für ältere Geräte',
          'Export der Anrufliste als CSV',
          'Dunkles Farbschema im Ticket-Editor',
          'Webhook bei Statuswechsel eines Tickets',
        ]
      : [
          'Plan changes in the customer portal without signing in again',
          'IPv6 prefix delegation for business plans',
          'WPA3 transition mode for older devices',
          'Call log export as CSV',
          'Dark theme in the ticket editor',
          'Webhook when a ticket changes status',
        ];
  const fixed =
    lang === 'de'
      ? [
          () => `${cve()}: Pufferüberlauf im SIP-Parser (CVSS ${rng.int(5, 9)}.${rng.int(0, 9)})`,
          () => `Geräte mit Herstellerpräfix ${oui()} wurden im Gastnetz abgewiesen`,
          () => 'Zeitzone in Rechnungs-PDFs war bei Sommerzeit um eine Stunde versetzt',
          () => `Speicherleck im DHCP-Dienst nach ${rng.int(3, 30)} Tagen Laufzeit`,
          () => `${cve()}: Pfadtraversierung im Datei-Upload`,
        ]
      : [
          () => `${cve()}: buffer overflow in the SIP parser (CVSS ${rng.int(5, 9)}.${rng.int(0, 9)})`,
          () => `Devices with vendor prefix ${oui()} were refused on the guest network`,
          () => 'Time zone in invoice PDFs was off by an hour during daylight saving time',
          () => `Memory leak in the DHCP service after ${rng.int(3, 30)} days of uptime`,
          () => `${cve()}: path traversal in file upload`,
        ];
  const bullets = <T>(pool: readonly T[], n: number) => rng.shuffled(pool).slice(0, n);
  const sections = Array.from({ length: rng.int(2, 3) }, (_, i) => {
    const v = `${major}.${minor}.${rng.int(0, 9) + i * 10}`;
    const news = bullets(added, rng.int(1, 3))
      .map((b) => `- ${b} (${incident(rng)})\n`)
      .join('');
    const fixes = bullets(fixed, rng.int(2, 3))
      .map((b) => `- ${b()}\n`)
      .join('');
    return lang === 'de'
      ? plain`## ${product} ${v} (Build ${sha()})\n\n### Neu\n${news}\n### Behoben\n${fixes}\n`
      : plain`## ${product} ${v} (build ${sha()})\n\n### Added\n${news}\n### Fixed\n${fixes}\n`;
  });
  return plain`# ${lang === 'de' ? 'Versionshinweise' : 'Release notes'} – ${product}

${sections}`;
}
