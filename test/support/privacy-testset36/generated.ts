import type { TestDocument, TestLabel } from './markup.js';
import { COUNTRY_NAME, dob, homeIp, person, type Person } from './people.js';
import { Ranlxd2 } from './random.js';
import { card, cardPrinted, grouped, iban, IBAN_COUNTRIES, icaoNumber, pensionNumber, taxId } from './values.js';

/**
 * Set 36's generated documents: the CONFIGURATION AND INFRASTRUCTURE FILES of sports clubs, gyms, leagues and
 * event organisers as an ingest receives them from a deployment repository or an operations share — files
 * written for machines, where people's values stand as settings, seed data, allow-lists and comments:
 * - `.env` files (KEY=value, quoted or bare, `#` comments);
 * - Kubernetes manifests: a ConfigMap with `data:` and annotations, a Secret with `stringData:` (plain) beside
 *   `data:` (base64, only ever technical values), a CronJob with `env:` name/value pairs;
 * - Helm `values.yaml` overrides with seed lists and block scalars (`|`);
 * - Ansible inventories in INI form and `host_vars` YAML;
 * - Terraform state (`terraform.tfstate`, format version 4): resources, instances, attributes, where an
 *   address spans lines as a JSON string with a literal `\n` before the country;
 * - docker-compose files, TOML settings, INI files, nginx allow-lists, crontabs with MAILTO,
 *   Alertmanager receivers.
 * Two kinds carry no personal data at all (a NetworkPolicy, the state of a storage bucket).
 *
 * Format rules for the labels: a value is labelled over its characters as written, never the quotes of
 * the YAML, TOML, INI or JSON string around it, never the key; an address with a literal `\n` in a JSON string
 * or a YAML double-quoted string is one label that includes the two characters `\n`; an address in a block
 * scalar is one label over its lines. The same value in a comment, an annotation and a setting is labelled
 * in each place. Keys, resource names, image digests, uuids, member numbers, the club's role mailboxes,
 * office lines, servers (public or private) and IBANs of the club itself are never labelled; a member's
 * home IP in an allow-list is.
 */

type Lang = 'de' | 'en';

/** The text being written and its labels. */
class Out {
  text = '';
  labels: TestLabel[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  v(type: string, s: string): this {
    this.labels.push({ type, start: this.text.length, end: this.text.length + s.length });
    this.text += s;
    return this;
  }
}

const full = (p: Person) => `${p.given} ${p.family}`;
const hex = (rng: Ranlxd2, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[rng.below(16)]).join('');
const uuid = (rng: Ranlxd2) => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-8${hex(rng, 3)}-${hex(rng, 12)}`;
const digest = (rng: Ranlxd2) => `sha256:${hex(rng, 64)}`;
const memberNo = (rng: Ranlxd2) => `MG-${rng.digits(7)}`;
const privateIp = (rng: Ranlxd2) => `10.${rng.int(0, 40)}.${rng.int(0, 255)}.${rng.int(2, 250)}`;
/** The club's own server: documentation ranges of RFC 5737 are not used, so a public provider range. */
const serverIp = (rng: Ranlxd2) =>
  `${rng.pick(['49.12', '116.203', '95.217', '168.119'])}.${rng.int(1, 254)}.${rng.int(2, 250)}`;

interface Club {
  name: string;
  slug: string;
  domain: string;
  office: string;
  officeMail: string;
  iban: string;
}

const CLUBS: Record<Lang, [string, string, string][]> = {
  de: [
    ['TSV Eintracht Hohenlinden 1921 e.V.', 'tsv-hohenlinden', '08121 4470-0'],
    ['Ruderverein Neckarschleife e.V.', 'rv-neckarschleife', '07071 93310'],
    ['FitWerk Studios GmbH', 'fitwerk', '0341 2250 880'],
    ['Skiclub Arlberg-Ost', 'sc-arlberg-ost', '+43 5446 30 12'],
    ['Stadtlauf Bodensee Events UG', 'stadtlauf-bodensee', '07541 38 71 00'],
    ['Handballakademie Vorarlberg', 'hba-vorarlberg', '+43 5572 20 44'],
  ],
  en: [
    ['Harbourside Rowing Club', 'harbourside-rc', '0151 496 0208'],
    ['Northern Lakes Marathon Ltd', 'nl-marathon', '0161 850 3300'],
    ['IronGate Fitness', 'irongate', '(612) 338-4100'],
    ['Riverside Youth Football League', 'rsyfl', '(503) 224-6600'],
    ['Southern Cross Netball Association', 'scna', '(03) 9410 2200'],
    ['Cascadia Climbing Collective', 'cascadia-climb', '(206) 322-7800'],
  ],
};

function club(rng: Ranlxd2, lang: Lang): Club {
  const [name, slug, office] = rng.pick(CLUBS[lang]);
  const domain = `${slug}.${lang === 'de' ? rng.pick(['de', 'at']) : rng.pick(['org', 'org.uk', 'com'])}`;
  const officeMail = `${rng.pick(lang === 'de' ? ['geschaeftsstelle', 'info', 'mitglieder', 'noreply'] : ['office', 'membership', 'noreply', 'info'])}@${domain}`;
  return { name, slug, domain, office, officeMail, iban: grouped(iban(rng, rng.pick(['DE', 'AT', 'GB', 'NL']))) };
}

/** A person's mailbox at the club's own domain. */
const staffMail = (p: Person, c: Club) => `${p.email.split('@')[0].replace(/\d+$/, '')}@${c.domain}`;

type Kind = (rng: Ranlxd2, d: Out, lang: Lang, c: Club, people: Person[]) => void;

/** A `.env` file of a club's membership app. */
const dotenv: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(`# ${c.name} – ${lang === 'de' ? 'Mitgliederportal, Produktion' : 'member portal, production'}\n`);
  d.t(
    `APP_ENV=production\nAPP_URL=https://portal.${c.domain}\nDB_HOST=${privateIp(rng)}\nDB_PASSWORD=${hex(rng, 24)}\n`,
  );
  d.t(`MAIL_FROM_ADDRESS=${c.officeMail}\nMAIL_REPLY_TO="`).v('EMAIL_ADDRESS', staffMail(a, c)).t('"\n');
  d.t(`# ${lang === 'de' ? 'Ansprechpartnerin bei Störungen' : 'contact when it breaks'}: `).v('PERSON', full(a));
  d.t(', ').v('PHONE_NUMBER', a.phone).t('\n');
  d.t('ONCALL_SMS=')
    .v('PHONE_NUMBER', b.phone.replace(/[^\d+]/g, ''))
    .t('\n');
  d.t('TREASURER_NAME="').v('PERSON', full(b)).t('"\n');
  d.t(`SEPA_CREDITOR_ID=DE${rng.digits(2)}ZZZ${rng.digits(11)}\nSEPA_CREDITOR_IBAN=${c.iban.replace(/ /g, '')}\n`);
  if (rng.chance(0.5))
    d.t(`# ${lang === 'de' ? 'Testkonto (echtes Konto von' : 'test account (real account of'} `)
      .v('PERSON', b.given)
      .t(lang === 'de' ? ', bitte ersetzen!)\n' : ', replace!)\n')
      .t('SEPA_TEST_DEBTOR_IBAN=')
      .v('IBAN_CODE', iban(rng, rng.pick(IBAN_COUNTRIES)))
      .t('\n');
  d.t(`SENTRY_DSN=https://${hex(rng, 32)}@o${rng.digits(6)}.ingest.sentry.io/${rng.digits(7)}\n`);
};

/** A Kubernetes ConfigMap with annotations and data. */
const configMap: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${c.slug}-booking-config\n  namespace: ${c.slug}\n  annotations:\n`,
  );
  d.t('    owner: "').v('PERSON', full(a)).t('"\n    owner-email: ').v('EMAIL_ADDRESS', a.email).t('\n');
  d.t(
    `    config.kubernetes.io/origin: repo ${c.slug}-infra\n  labels:\n    app.kubernetes.io/part-of: booking\ndata:\n`,
  );
  d.t(`  COURT_BOOKING_OPEN: "07:00"\n  SUPPORT_MAILBOX: ${c.officeMail}\n  SUPPORT_PHONE: "${c.office}"\n`);
  d.t('  ESCALATION_CONTACT: ').v('PERSON', full(b)).t('\n  ESCALATION_PHONE: "').v('PHONE_NUMBER', b.phone).t('"\n');
  d.t('  welcome.txt: |\n');
  d.t(
    lang === 'de'
      ? '    Willkommen! Fragen zur Platzbuchung beantwortet '
      : '    Welcome! Questions about court bookings go to ',
  );
  d.v('PERSON', a.given)
    .t(lang === 'de' ? ' unter ' : ' at ')
    .v('EMAIL_ADDRESS', a.email)
    .t('.\n');
  d.t(`  image: registry.${c.domain}/booking@${digest(rng)}\n`);
};

/** A Kubernetes Secret: plain stringData beside base64 data that holds only technical values. */
const secret: Kind = (rng, d, lang, c, [a, b]) => {
  const tech = Buffer.from(hex(rng, 20)).toString('base64');
  d.t(
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.slug}-payments\n  namespace: ${c.slug}\ntype: Opaque\ndata:\n  webhook-token: ${tech}\n`,
  );
  d.t('stringData:\n');
  d.t(`  # ${lang === 'de' ? 'Übergangsweise: Kreditkarte von' : 'temporary: card of'} `).v('PERSON', full(a));
  d.t(lang === 'de' ? ' für Hallenmiete\n' : ' for the hall rental\n');
  const v = card(rng);
  d.t('  fallback-card: "')
    .v('CREDIT_CARD', rng.chance(0.5) ? v : cardPrinted(v, ' '))
    .t('"\n');
  d.t(`  fallback-card-expiry: "${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(27, 31)}"\n`);
  d.t('  payout-iban: ')
    .v('IBAN_CODE', grouped(iban(rng, rng.pick(IBAN_COUNTRIES))))
    .t('\n');
  d.t('  payout-holder: "').v('PERSON', full(b)).t('"\n');
  d.t(`  stripe-key: sk_live_${hex(rng, 24)}\n`);
};

/** A Kubernetes CronJob whose env carries a payroll export's people. */
const cronJob: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(
    `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${lang === 'de' ? 'uebungsleiter-abrechnung' : 'coach-payroll-export'}\n  namespace: ${c.slug}\nspec:\n  schedule: "0 3 1 * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: export\n              image: ghcr.io/${c.slug}/payroll@${digest(rng)}\n              env:\n`,
  );
  d.t('                - name: REPORT_TO\n                  value: ').v('EMAIL_ADDRESS', b.email).t('\n');
  d.t(`                # ${lang === 'de' ? 'Testdatensatz' : 'test record'}: `)
    .v('PERSON', full(a))
    .t('\n');
  d.t('                - name: TEST_TAX_ID\n                  value: "').v('DE_TAX_ID', taxId(rng)).t('"\n');
  d.t('                - name: TEST_PENSION_NO\n                  value: "');
  d.v('DE_SOCIAL_SECURITY', pensionNumber(rng, a.birth, a.family, a.female)).t('"\n');
  d.t('                - name: TEST_BIRTH_DATE\n                  value: "')
    .v('DATE_OF_BIRTH', dob(rng, a, lang))
    .t('"\n');
  d.t(`          restartPolicy: OnFailure\n`);
};

/** Helm values overrides with seed members and a maintainer. */
const helmValues: Kind = (rng, d, lang, c, people) => {
  const [a, ...seeds] = people;
  d.t(
    `# values-prod.yaml – ${c.name}\nreplicaCount: 2\nimage:\n  repository: registry.${c.domain}/clubdesk\n  tag: "4.${rng.int(0, 12)}.${rng.int(0, 30)}"\n`,
  );
  d.t('maintainers:\n  - name: ').v('PERSON', full(a)).t('\n    email: ').v('EMAIL_ADDRESS', staffMail(a, c)).t('\n');
  d.t(`ingress:\n  hosts:\n    - verein.${c.domain}\n  allowlist:\n    - ${serverIp(rng)}/32  # office\n`);
  d.t('    - ')
    .v('IP_ADDRESS', homeIp(rng))
    .t(`  # ${lang === 'de' ? 'Heimanschluss' : 'home line of'} `)
    .v('PERSON', a.given)
    .t('\n');
  d.t(`seed:\n  enabled: ${rng.chance(0.5)}\n  members:\n`);
  for (const p of seeds) {
    d.t(`    - number: ${memberNo(rng)}\n      name: "`)
      .v('PERSON', `${p.family}, ${p.given}`)
      .t('"\n');
    d.t('      born: ')
      .v('DATE_OF_BIRTH', `${p.birth.y}-${String(p.birth.m).padStart(2, '0')}-${String(p.birth.d).padStart(2, '0')}`)
      .t('\n');
    d.t('      address: |\n        ').v('POSTAL_ADDRESS', p.lines.join('\n        ')).t('\n');
    d.t(
      `      team: ${rng.pick(lang === 'de' ? ['U17', 'Damen 1', 'Senioren', 'U13'] : ['U17', 'Women 1', 'Masters', 'U13'])}\n`,
    );
  }
};

/** An Ansible inventory in INI form: hosts, and a coach's home machine for the streaming of matches. */
const inventory: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(
    `# inventories/prod/hosts.ini – ${c.slug}\n[web]\nweb1.${c.domain} ansible_host=${serverIp(rng)}\nweb2.${c.domain} ansible_host=${serverIp(rng)}\n\n[db]\ndb1 ansible_host=${privateIp(rng)}\n\n`,
  );
  d.t(`[streaming]\n# ${lang === 'de' ? 'Laptop Hallenstream, gehört' : 'hall streaming laptop, belongs to'} `)
    .v('PERSON', full(a))
    .t('\n');
  d.t('hall-cam ansible_host=').v('IP_ADDRESS', homeIp(rng)).t(' ansible_user=stream\n\n');
  d.t('[all:vars]\nadmin_contact=').v('EMAIL_ADDRESS', b.email).t('\n');
  d.t('admin_contact_name="').v('PERSON', full(b)).t('"\n');
  d.t(`ntp_server=${privateIp(rng)}\n`);
};

/** Ansible host_vars of a timing box at a race, with the race director and a medical contact. */
const hostVars: Kind = (rng, d, _lang, c, [a, b]) => {
  d.t(
    `---\n# host_vars/timing-${rng.int(1, 9)}.yml\ntiming_vendor: ${rng.pick(['mylaps', 'racetec', 'chronotrack'])}\ntiming_box_id: TB-${rng.digits(5)}\n`,
  );
  d.t('race_director:\n  name: ').v('PERSON', full(a)).t('\n  mobile: "').v('PHONE_NUMBER', a.phone).t('"\n');
  d.t(`medical_lead:\n  name: "Dr. `).v('PERSON', full(b)).t('"\n  mobile: ').v('PHONE_NUMBER', b.phone).t('\n');
  d.t('  home: "').v('POSTAL_ADDRESS', b.address).t('"\n');
  d.t(`event_office: "${c.office}"\nevent_mail: ${c.officeMail}\n`);
};

/** JSON string content: quotes and backslashes escaped. */
const js = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** Terraform state: user accounts of coaches with tags, and a DNS record pointing at a volunteer's home. */
const tfstate: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(
    `{\n  "version": 4,\n  "terraform_version": "1.${rng.int(5, 9)}.${rng.int(0, 5)}",\n  "serial": ${rng.int(3, 400)},\n  "lineage": "${uuid(rng)}",\n  "outputs": {},\n  "resources": [\n`,
  );
  d.t(
    `    {\n      "mode": "managed",\n      "type": "google_workspace_user",\n      "name": "coach_${rng.int(1, 40)}",\n      "provider": "provider[\\"registry.terraform.io/hashicorp/googleworkspace\\"]",\n      "instances": [\n        {\n          "schema_version": 0,\n          "attributes": {\n`,
  );
  d.t('            "primary_email": "').v('EMAIL_ADDRESS', staffMail(a, c)).t('",\n');
  d.t('            "name": [{ "given_name": "')
    .v('PERSON', js(a.given))
    .t('", "family_name": "')
    .v('PERSON', js(a.family))
    .t('" }],\n');
  d.t('            "phones": [{ "type": "mobile", "value": "').v('PHONE_NUMBER', a.phone).t('" }],\n');
  d.t('            "addresses": [{ "type": "home", "formatted": "')
    .v('POSTAL_ADDRESS', `${js(a.address)}\\n${COUNTRY_NAME[a.country]}`)
    .t('" }],\n');
  d.t(`            "id": "${rng.digits(21)}"\n          }\n        }\n      ]\n    },\n`);
  d.t(
    `    {\n      "mode": "managed",\n      "type": "cloudflare_record",\n      "name": "${lang === 'de' ? 'vereinsheim_kamera' : 'clubhouse_camera'}",\n      "instances": [\n        {\n          "attributes": {\n            "name": "cam.${c.domain}",\n            "type": "A",\n`,
  );
  d.t('            "value": "').v('IP_ADDRESS', homeIp(rng)).t('",\n');
  d.t('            "comment": "')
    .v('PERSON', js(full(b)))
    .t(lang === 'de' ? ' (Zuhause, Fritzbox)' : ' (home router)')
    .t('",\n');
  d.t(`            "zone_id": "${hex(rng, 32)}"\n          }\n        }\n      ]\n    }\n  ]\n}\n`);
};

/** docker-compose of a tournament accreditation service with a seeded test athlete. */
const compose: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(
    `services:\n  accreditation:\n    image: ghcr.io/${c.slug}/accreditation@${digest(rng)}\n    ports:\n      - "8080:8080"\n    environment:\n`,
  );
  d.t('      - SEED_ATHLETE_NAME=').v('PERSON', full(a)).t('\n');
  d.t('      - SEED_ATHLETE_DOB=')
    .v('DATE_OF_BIRTH', dob(rng, a, lang))
    .t('\n');
  d.t('      - SEED_ATHLETE_ID_CARD=').v('DE_ID_CARD', icaoNumber(rng, 'id')).t('\n');
  if (rng.chance(0.6)) d.t('      - SEED_ATHLETE_PASSPORT=').v('DE_PASSPORT', icaoNumber(rng, 'passport')).t('\n');
  d.t(`      - SMTP_FROM=${c.officeMail}\n      - ADMIN_EMAIL=`).v('EMAIL_ADDRESS', b.email).t('\n');
  d.t(`  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n`);
};

/** TOML settings of a club's dues run. */
const toml: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(
    `# dues.toml\n[club]\nname = "${c.name}"\niban = "${c.iban}"\ncreditor_id = "DE${rng.digits(2)}ZZZ${rng.digits(11)}"\n\n`,
  );
  d.t('[treasurer]\nname = "')
    .v('PERSON', full(a))
    .t('"\nemail = "')
    .v('EMAIL_ADDRESS', a.email)
    .t('"\nphone = "')
    .v('PHONE_NUMBER', a.phone)
    .t('"\n\n');
  d.t(`[[exceptions]]\nmember = "${memberNo(rng)}"\nholder = "`)
    .v('PERSON', full(b))
    .t('"\niban = "');
  d.t('')
    .v('IBAN_CODE', iban(rng, rng.pick(IBAN_COUNTRIES)))
    .t(`"\nreason = "${lang === 'de' ? 'Härtefall, halber Beitrag' : 'hardship, half dues'}"\n`);
};

/** An INI file of a gym's door-access controller. */
const ini: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(
    `; door-controller.ini – ${c.name}\n[controller]\nhost=${privateIp(rng)}\nport=4370\nfirmware=${rng.int(3, 7)}.${rng.int(0, 9)}.${rng.int(0, 99)}\n\n[alerts]\n`,
  );
  d.t('notify=')
    .v('EMAIL_ADDRESS', a.email)
    .t(`; ${lang === 'de' ? 'Studioleitung' : 'studio manager'} `)
    .v('PERSON', full(a))
    .t('\n');
  d.t('sms=').v('PHONE_NUMBER', a.phone).t('\n\n[remote]\n');
  d.t(`; ${lang === 'de' ? 'Fernwartung nur von zu Hause aus' : 'remote maintenance only from home of'} `)
    .v('PERSON', b.given)
    .t('\n');
  d.t('allow=')
    .v('IP_ADDRESS', homeIp(rng))
    .t(`,${serverIp(rng)}\n`);
};

/** nginx allow-list of a results service during a marathon. */
const nginx: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(
    `# /etc/nginx/conf.d/results-admin.conf\nserver {\n    listen 443 ssl;\n    server_name admin.results.${c.domain};\n    location / {\n`,
  );
  d.t(`        allow ${privateIp(rng)}/24;\n        allow `)
    .v('IP_ADDRESS', homeIp(rng))
    .t(';  # ')
    .v('PERSON', full(a))
    .t('\n');
  d.t('        allow ')
    .v('IP_ADDRESS', homeIp(rng))
    .t(';  # ')
    .v('PERSON', full(b))
    .t(lang === 'de' ? ' (Zeitnahme)\n' : ' (timing)\n');
  d.t(`        deny all;\n        proxy_pass http://127.0.0.1:3000;\n    }\n}\n`);
};

/** A crontab with MAILTO and a comment on whose job it is. */
const crontab: Kind = (rng, d, lang, c, [a, b]) => {
  d.t(`# crontab -l (user backup) on ${c.slug}-ops\nSHELL=/bin/bash\nMAILTO=`).v('EMAIL_ADDRESS', a.email).t('\n');
  d.t(`# ${lang === 'de' ? 'Sicherung der Mitgliederdatenbank, verantwortlich' : 'member database backup, owner'}: `)
    .v('PERSON', full(a))
    .t('\n');
  d.t(`15 2 * * * /opt/backup/run.sh --target s3://${c.slug}-backup >/dev/null\n`);
  d.t(
    `# ${lang === 'de' ? 'Geburtstagsmail an Jugendtrainer, Rückfragen' : 'birthday mail to youth coaches, questions to'} `,
  )
    .v('PERSON', full(b))
    .t(' ')
    .v('PHONE_NUMBER', b.phone)
    .t('\n');
  d.t(`0 7 * * * /opt/clubdesk/bin/birthdays --team U${rng.pick(['11', '13', '15'])}\n`);
};

/** Alertmanager receivers: a person's mail and SMS number. */
const alertmanager: Kind = (_rng, d, lang, c, [a, b]) => {
  d.t(
    `route:\n  receiver: ops\n  group_wait: 30s\nreceivers:\n  - name: ops\n    email_configs:\n      - to: ${c.officeMail}\n`,
  );
  d.t('      - to: ').v('EMAIL_ADDRESS', staffMail(a, c)).t('\n');
  d.t(`    webhook_configs:\n      - url: https://sms-gw.${c.domain}/send?to=`)
    .v('PHONE_NUMBER', b.phone.replace(/[^\d+]/g, '').replace('+', '00'))
    .t('\n');
  d.t(`# ${lang === 'de' ? 'Rufbereitschaft' : 'on call'}: `)
    .v('PERSON', full(a))
    .t(' / ')
    .v('PERSON', full(b))
    .t('\n');
};

/** Clean kinds: nothing personal in them. */
const networkPolicy: Kind = (rng, d, _lang, c) => {
  d.t(
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-booking\n  namespace: ${c.slug}\nspec:\n  podSelector:\n    matchLabels:\n      app: booking\n  ingress:\n    - from:\n        - ipBlock:\n            cidr: ${privateIp(rng)}/16\n      ports:\n        - protocol: TCP\n          port: 8080\n`,
  );
};
const bucketState: Kind = (rng, d, _lang, c) => {
  d.t(
    `{\n  "version": 4,\n  "terraform_version": "1.${rng.int(5, 9)}.${rng.int(0, 5)}",\n  "serial": ${rng.int(3, 400)},\n  "lineage": "${uuid(rng)}",\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "aws_s3_bucket",\n      "name": "results",\n      "instances": [\n        { "attributes": { "bucket": "${c.slug}-results-${rng.int(2020, 2026)}", "region": "eu-central-1", "arn": "arn:aws:s3:::${c.slug}-results" } }\n      ]\n    }\n  ]\n}\n`,
  );
};

const KINDS: { name: string; write: Kind; people: number }[] = [
  { name: '.env', write: dotenv, people: 2 },
  { name: 'Kubernetes ConfigMap', write: configMap, people: 2 },
  { name: 'Kubernetes Secret', write: secret, people: 2 },
  { name: 'Kubernetes CronJob', write: cronJob, people: 2 },
  { name: 'Helm values', write: helmValues, people: 3 },
  { name: 'Ansible inventory', write: inventory, people: 2 },
  { name: 'Ansible host_vars', write: hostVars, people: 2 },
  { name: 'terraform.tfstate', write: tfstate, people: 2 },
  { name: 'docker-compose', write: compose, people: 2 },
  { name: 'TOML', write: toml, people: 2 },
  { name: 'INI', write: ini, people: 2 },
  { name: 'nginx', write: nginx, people: 2 },
  { name: 'crontab', write: crontab, people: 2 },
  { name: 'Alertmanager', write: alertmanager, people: 2 },
  { name: 'Kubernetes NetworkPolicy', write: networkPolicy, people: 0 },
  { name: 'terraform.tfstate bucket', write: bucketState, people: 0 },
];

/** `count` documents, the same for the same seed: the kinds in turn, each in German and English. */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const rng = new Ranlxd2(seed);
  const docs: Omit<TestDocument, 'id' | 'origin'>[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 ? 'en' : 'de';
    const kind = KINDS[(i >> 1) % KINDS.length];
    const c = club(rng, lang);
    const people = Array.from({ length: kind.people + (kind.people && rng.chance(0.3) ? 1 : 0) }, () =>
      person(rng, lang),
    );
    const d = new Out();
    kind.write(rng, d, lang, c, people);
    docs.push({ lang, kind: kind.name, text: d.text, entities: d.labels });
  }
  return docs;
}
