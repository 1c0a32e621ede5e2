import { Stamp, firm, staffMail, type KindContext } from './common.js';
import {
  ADDR,
  BIRTH,
  CARD,
  IBAN,
  IP,
  MAIL,
  PENSION,
  PERSON,
  PHONE,
  TAX,
  json,
  jsonEscape,
  plain,
  xml,
  type Frag,
  type Value,
} from './fragments.js';
import { isoDate, type Person } from './people.js';
import { card, cardPrinted, iban, ipv4, pensionNumber, taxId } from './values.js';

/**
 * Office and team records of IT firms as an ingest receives them: SpreadsheetML (Excel 2003 XML)
 * staff and subscriber sheets, wiki pages in Markdown with on-call and escalation tables, LDAP
 * directory exports (LDIF), a team chat export (Slack-style JSON with user profiles) and a git
 * history with author lines and trailers.
 */

const cell = (v: string | Value, type = 'String') => xml`<Cell><Data ss:Type="${type}">${v}</Data></Cell>`;

export function spreadsheetMl(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const payroll = lang === 'de' || rng.chance(0.5);
  const head = payroll
    ? lang === 'de'
      ? ['Name', 'Geburtsdatum', 'Steuer-ID', 'RV-Nummer', 'IBAN', 'Mobil', 'E-Mail']
      : ['Name', 'Date of birth', 'Tax ID (DE)', 'Pension no. (DE)', 'IBAN', 'Mobile', 'Email']
    : ['Subscriber', 'Postal address', 'Email', 'Phone', 'Card', 'Plan'];
  const rows: Frag[] = [];
  const n = rng.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = people.next({ country: payroll ? 'DE' : undefined, address: !payroll });
    const name = rng.chance(0.5) ? `${p.family}, ${p.given}` : p.name;
    const cells = payroll
      ? [
          cell(PERSON(name)),
          rng.chance(0.5)
            ? xml`<Cell ss:StyleID="d"><Data ss:Type="DateTime">${BIRTH(isoDate(p.birth))}T00:00:00.000</Data></Cell>`
            : cell(BIRTH(`${String(p.birth.d).padStart(2, '0')}.${String(p.birth.m).padStart(2, '0')}.${p.birth.y}`)),
          cell(TAX(taxId(rng)), 'Number'),
          cell(PENSION(pensionNumber(rng, p.birth, p.family, p.female))),
          cell(IBAN(iban(rng, 'DE'))),
          cell(PHONE(p.e164.slice(1)), 'Number'),
          cell(MAIL(p.email)),
        ]
      : [
          cell(PERSON(name)),
          cell(ADDR(p.address!)),
          cell(MAIL(p.email)),
          cell(PHONE(p.phone)),
          cell(CARD(cardPrinted(card(rng), ' '))),
          cell(rng.pick(['Digital + Print', 'Digital', 'Weekend'])),
        ];
    rows.push(xml`   <Row>${cells}</Row>\n`);
  }
  const sheet = payroll ? (lang === 'de' ? 'Personalstamm' : 'Staff Berlin') : 'Subscribers';
  return xml`<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles><Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style></Styles>
 <Worksheet ss:Name="${sheet}">
  <Table>
   <Row>${head.map((h) => cell(h))}</Row>
${rows}  </Table>
 </Worksheet>
</Workbook>
`;
}

export function wikiTable(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const f = firm(ctx);
  const oncall = Array.from({ length: rng.int(3, 5) }, () => people.next());
  const weeks = oncall.map((p, i) => {
    const backup = oncall[(i + 1) % oncall.length];
    return plain`| KW ${14 + i} | ${PERSON(p.name)} | ${PHONE(p.phone)} | ${MAIL(staffMail(p, f))} | ${PERSON(backup.given)} |\n`;
  });
  const contacts = Array.from({ length: rng.int(2, 3) }, () => {
    const p = people.next();
    const client =
      lang === 'de'
        ? rng.pick(['Stadtwerke Aue', 'Praxis am Markt', 'Kanzlei Wehrle', 'Autohaus Brinkmeier', 'Hotel Seeblick'])
        : rng.pick([
            'Northgate Dental',
            'Riverside Veterinary',
            'Kingfisher Accountants',
            'Harbour Lights Hotel',
            'Cedar Lane Clinic',
          ]);
    return plain`| ${client} | ${PERSON(p.name)} | ${PHONE(p.phone)} | ${MAIL(p.email)} |\n`;
  });
  const weeksEn = weeks.map((w) => w.map((t) => t.replace(/^\| KW /, '| Week ')));
  if (lang === 'de')
    return plain`# Rufbereitschaft Q2 – ${f.name}

> Diese Seite ist intern. Änderungen bitte mit der Teamleitung abstimmen.

## Bereitschaftsplan

| Woche | Bereitschaft | Mobil | E-Mail | Vertretung |
|-------|--------------|-------|--------|------------|
${weeks}
## Eskalationskontakte bei Kunden

| Kunde | Ansprechpartner | Telefon | E-Mail |
|-------|-----------------|---------|--------|
${contacts}
Bei P1-Störungen zuerst Ticket anlegen (${`INC${rng.digits(7)}`} als Vorlage), dann anrufen.
`;
  return plain`# On-call rota Q2 – ${f.name}

> Internal page. Please agree changes with the team lead.

## Rota

| Week | On call | Mobile | Email | Backup |
|------|---------|--------|-------|--------|
${weeksEn}
## Customer escalation contacts

| Customer | Contact | Phone | Email |
|----------|---------|-------|-------|
${contacts}
For P1 incidents open a ticket first (${`INC${rng.digits(7)}`} is the template), then call.
`;
}

/**
 * One LDIF attribute line: a value with a character outside printable ASCII is written base64
 * after a double colon (`title:: R2VzY2jDpGZ0c2bDvGhydW5n`), as every LDIF exporter writes it.
 */
const ldifLine = (attribute: string, value: string): string =>
  /^[ -~]*$/.test(value) ? `${attribute}: ${value}` : `${attribute}:: ${Buffer.from(value, 'utf8').toString('base64')}`;

/** An LDIF value that needs no base64: the people of this kind are drawn with ASCII names and homes. */
export function ldif(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const org = rng.pick(
    lang === 'de'
      ? ['praxis-am-markt', 'kanzlei-wehrle', 'stadtwerke-aue']
      : ['northgate-dental', 'kingfisher-acc', 'cedarlane-clinic'],
  );
  const tld = lang === 'de' ? 'de' : 'co.uk';
  const entries = Array.from({ length: rng.int(2, 4) }, () => {
    const p: Person = people.next({ ascii: true, asciiHome: true, address: true });
    const uid = `u${rng.digits(5)}`;
    const cut = p.address!.indexOf(', ');
    const [street, town] = [p.address!.slice(0, cut), p.address!.slice(cut + 2)];
    const title =
      lang === 'de'
        ? rng.pick(['Praxismanagement', 'Buchhaltung', 'Empfang', 'Geschäftsführung'])
        : rng.pick(['Practice manager', 'Accounts', 'Reception', 'Director']);
    return plain`dn: uid=${uid},ou=people,dc=${org},dc=${tld.split('.').join(',dc=')}
objectClass: inetOrgPerson
uid: ${uid}
cn: ${PERSON(p.name)}
sn: ${PERSON(p.family)}
givenName: ${PERSON(p.given)}
${ldifLine('title', title)}
mail: ${MAIL(p.email)}
telephoneNumber: ${PHONE(p.phone)}
mobile: ${PHONE(p.e164)}
homePostalAddress: ${ADDR(`${street}$${town}`)}
description: ${lang === 'de' ? 'Konto angelegt durch MSP, Ticket' : 'Account created by MSP, ticket'} INC${rng.digits(7)}

`;
  });
  return plain`version: 1

${entries}`;
}

export function slackExport(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const team = [people.next(), people.next(), people.next()];
  const customer = people.next({ address: true });
  let t = Stamp.random(rng);
  const ids = team.map(() => `U0${rng.digits(2)}${String.fromCharCode(65 + rng.below(26))}${rng.digits(4)}`);
  const texts: Frag[] =
    lang === 'de'
      ? [
          plain`<@${ids[1]}> kannst du dir den Anschluss von ${PERSON(customer.name)} anschauen? ${ADDR(customer.address!)}, Ticket INC${rng.digits(7)}`,
          plain`Schau ich mir an. Die Leitung synchronisiert nur mit 16 Mbit. Rückrufnummer?`,
          plain`${PHONE(customer.phone)}, ab 16 Uhr. Achtung: hat im Chat die Kreditkarte geschickt (${CARD(card(rng))}), ich hab die Nachricht im Ticket geschwärzt.`,
          plain`Danke. Login-Versuche kamen übrigens von ${IP(ipv4(rng))}, das ist nicht der Anschluss der Kundschaft.`,
        ]
      : [
          plain`<@${ids[1]}> can you look at the line for ${PERSON(customer.name)}? ${ADDR(customer.address!)}, ticket INC${rng.digits(7)}`,
          plain`On it. Line only syncs at 16 Mbit. Callback number?`,
          plain`${PHONE(customer.phone)}, after 4pm. Heads-up: they pasted their credit card in the chat (${CARD(card(rng))}), I've redacted it in the ticket.`,
          plain`Thanks. The login attempts came from ${IP(ipv4(rng))} by the way, that's not their line.`,
        ];
  const order = [0, 1, 0, 2];
  const msgs = texts.map((text, i) => {
    const who = team[order[i]];
    t = t.plus(rng.int(1, 9));
    return json`  {
    "type": "message",
    "user": "${ids[order[i]]}",
    "text": "${text.map(jsonEscape)}",
    "ts": "${t.epoch}.${rng.digits(6)}",
    "user_profile": { "real_name": "${PERSON(who.name)}", "first_name": "${PERSON(who.given)}", "display_name": "", "team": "T0${rng.digits(8)}" }
  }`;
  });
  return json`[
${msgs.map((m, i) => (i ? json`,\n${m}` : m))}
]
`;
}

export function gitLog(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const f = firm(ctx);
  const devs = [people.next(), people.next()];
  const leaked = people.next();
  let t = Stamp.random(rng);
  const sha = () => Array.from({ length: 40 }, () => '0123456789abcdef'[rng.below(16)]).join('');
  const author = (p: Person) => plain`${PERSON(p.name)} <${MAIL(staffMail(p, f))}>`;
  const commit = (a: Person, c: Person, subject: string, body: Frag) => {
    t = t.plus(rng.int(30, 600));
    return plain`commit ${sha()}
Author:     ${author(a)}
AuthorDate: ${t.git}
Commit:     ${author(c)}
CommitDate: ${t.plus(3).git}

    ${subject}

${body}
`;
  };
  const fixture = plain`diff --git a/test/fixtures/porting.json b/test/fixtures/porting.json
--- a/test/fixtures/porting.json
+++ b/test/fixtures/porting.json
@@ -3,4 +3,4 @@
-  "name": "${PERSON(leaked.name)}",
-  "msisdn": "${PHONE(leaked.e164)}",
-  "iban": "${IBAN(iban(rng, 'DE'))}",
+  "name": "TEST_NAME",
+  "msisdn": "TEST_MSISDN",
+  "iban": "TEST_IBAN",
`;
  if (lang === 'de')
    return plain`${commit(
      devs[0],
      devs[0],
      'Portierung: Status 409 bei doppelter Anfrage abfangen',
      plain`    Der Abgebende meldet bei wiederholter Anfrage 409, wir werten das jetzt
    als „bereits beantragt“ statt als Fehler.

    Gemeldet-von: ${author(devs[1])}
    Refs: INC${rng.digits(7)}
`,
    )}${commit(
      devs[1],
      devs[0],
      'Echte Kundendaten aus Testdaten entfernt',
      plain`    Die Fixture enthielt die Daten einer echten Portierung. Ersetzt durch
    Platzhalter; Vorfall an Datenschutz gemeldet.

    Co-authored-by: ${author(devs[0])}

${fixture}`,
    )}`;
  return plain`${commit(
    devs[0],
    devs[0],
    'Porting: treat 409 on duplicate request as pending',
    plain`    The losing carrier answers 409 when a request is repeated; we now treat
    it as "already requested" instead of an error.

    Reported-by: ${author(devs[1])}
    Refs: INC${rng.digits(7)}
`,
  )}${commit(
    devs[1],
    devs[0],
    'Remove real customer data from fixtures',
    plain`    The fixture held a real porting request. Replaced with placeholders;
    incident reported to the DPO.

    Co-authored-by: ${author(devs[0])}

${fixture}`,
  )}`;
}
