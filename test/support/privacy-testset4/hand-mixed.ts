import type { HandDoc } from './hand.js';

/** Hand-written documents of set 4, part 5: both languages, shapes the other parts lack. */
export const HAND_MIXED: HandDoc[] = [
  {
    lang: 'de',
    kind: 'website-contact-form',
    source: `Neue Anfrage über das Kontaktformular (www.zahnarzt-am-kanal.de) – 29.11.2026 22:41

Name: Graf ⟦N:Eberhard zu Wennerholm-Stolberg⟧
E-Mail: <a href="mailto:⟦EM:e.zu.stolberg@schloss-rheda.example.de⟧">⟦EM:e.zu.stolberg@schloss-rheda.example.de⟧</a>
Telefon: ⟦PH:05242 / 93 11-0⟧ (Sekretariat Frau ⟦N:Ben Ammar⟧)
Nachricht:
guten abend, ich bräuchte für meinen enkel ⟦N:Konstantin⟧ (12 jahre, geb. ⟦DOB:4.9.2014⟧) einen termin zur kontrolle,
am liebsten samstags. versichert ist er privat bei der Debeka.
IP: ⟦=IP/4⟧ · Formular v2.3 · Spam-Score 0.1`,
  },
  {
    lang: 'de',
    kind: 'chargeback-note',
    source: `Rückbelastung / Chargeback – Fall CB-2026-00912
Händler: Outdoorwelt Allgäu GmbH, Postfach 1120, 87401 Kempten (Händler-ID 4410092)
Karteninhaber: ⟦N:Hyun-soo Nam⟧
Karte: ⟦=CC⟧ (Ablauf 03/28)
Transaktion: 14.10.2026, 389,00 EUR, Autorisierung 0A77C1
Grund (Code 13.1): Ware nicht erhalten. Lieferadresse laut Bestellung: ⟦AD:Paul-Lincke-Ufer 8, 10999 Berlin⟧
Sendung laut Händler zugestellt am 17.10. an Nachbarn ⟦N:Ben Salem⟧, Sendungsnr. ⟦~TRACK⟧
Kontakt Karteninhaber: ⟦EM:hyunsoo.nam@kakao.com⟧, ⟦PH:+82 10 5521 0093⟧
Bearbeitung: ⟦N:Şükriye Ilgaz⟧, Team Disputes`,
  },
  {
    lang: 'de',
    kind: 'ausweis-kopie-notiz',
    source: `Identitätsprüfung Kontoeröffnung (Video-Ident), Protokoll 2026-11-27 / 14:05

Kunde legt Personalausweis vor. Geprüfte Angaben:
Name ....................... ⟦N:McAllister⟧
Vornamen ................... ⟦N:Fionnghuala Rhona⟧
Geburtsdatum ............... ⟦DOB:23.12.1991⟧
Geburtsort ................. Inverness
Staatsangehörigkeit ........ DEUTSCH
Ausweisnummer .............. ⟦=ID⟧
Gültig bis ................. 11.05.2033
Anschrift (Rückseite) ...... ⟦AD:Kaiser-Wilhelm-Ring 27, 50672 Köln⟧
Zweitdokument: Reisepass ⟦=PP⟧
Agent: ⟦N:Q. Yuwen⟧ · Ergebnis: bestanden · Vorgangs-ID VID-88a1-44f2`,
  },
  {
    lang: 'de',
    kind: 'no-pii-it-change',
    source: `Change CHG0041822 – Wartungsfenster Samstag 05.12.2026, 22:00–02:00 Uhr

Betroffen: Mailrelay (Postfix 3.8), VPN-Gateway (FortiOS 7.4.4), Fileserver FS-02
Ablauf:
1. Snapshot der VMs (vSphere 8.0 U2)
2. Update Firmware, Neustart
3. Funktionstest durch Rufbereitschaft Team Infrastruktur
Rollback: Snapshot zurückspielen, max. 30 Minuten.
Freigabe durch CAB am 01.12.2026. Liebe Kolleginnen und Kollegen, bitte speichert eure Arbeit vorher.`,
  },
  {
    lang: 'en',
    kind: 'firewall-log',
    source: `date=2026-11-30 time=02:14:55 devname="FGT-HQ" action="deny" srcip=⟦=IP/4⟧ dstport=3389 service="RDP" user="⟦EM:n.siriporn@chaiyaporn-trading.co.th⟧"
date=2026-11-30 time=02:15:03 devname="FGT-HQ" action="accept" srcip=⟦=IP/6⟧ dstport=443 service="HTTPS" user="⟦EM:n.siriporn@chaiyaporn-trading.co.th⟧"
date=2026-11-30 time=02:15:40 devname="FGT-HQ" action="accept" srcip=⟦=IP/4⟧ dstport=443 service="HTTPS" user="⟦EM:prasert.w@chaiyaporn-trading.co.th⟧"
date=2026-11-30 time=02:16:02 devname="FGT-HQ" action="deny" srcip=⟦=IP/4⟧ dstport=22 service="SSH" user="N/A" policyid=12 fw_version="7.2.8"`,
  },
  {
    lang: 'en',
    kind: 'lab-results-email',
    source: `From: Pathology Results <results@pathlab-northern.nhs.example.uk>
To: ⟦EM:dr.ahn@castlegate-surgery.co.uk⟧
Subject: Results ready — ⟦N:SJÖBERG, Åsa⟧ (⟦DOB:17/03/1969⟧)

Dear Dr ⟦N:Ahn⟧,

Results are available for your patient ⟦N:Åsa Sjöberg⟧, ⟦AD:5 Low Petergate, York YO1 7HZ⟧:
HbA1c 61 mmol/mol (H), eGFR 72, TSH 2.1. Sample 26-LAB-441209, received 29/11/2026.

Please do not reply to this mailbox. For queries call the lab on ⟦PH:01904 725 0000⟧.`,
  },
  {
    lang: 'en',
    kind: 'customer-letter-us',
    source: `Pacific Crest Credit Union · P.O. Box 4410 · Portland, OR 97208

November 30, 2026

Mr. ⟦N:Ezekiel ben David Abernathy⟧
⟦AD:2219 NE Alberta St, Portland, OR 97211⟧

Re: Account ending 0417 — change of joint owner

Dear Mr. ⟦N:Abernathy⟧,

As requested, we have removed ⟦N:Maddison J. Abernathy⟧ as joint owner of your savings account effective
December 1, 2026. Our records show your date of birth as ⟦DOB:February 29, 1964⟧ and your phone as ⟦PH:503-555-0148⟧.
If any of this is incorrect, call us at 1-800-555-0199 (Mon–Fri, 8am–6pm PT).

Sincerely,
Member Services, Pacific Crest Credit Union`,
  },
  {
    lang: 'en',
    kind: 'volunteer-roster',
    source: `Community Food Bank — Saturday rota (December)

Date    | Shift       | Volunteer                 | Contact
05 Dec  | 09:00-12:00 | ⟦N:Pim Chaiyaporn⟧             | ⟦PH:07700 900 066⟧
05 Dec  | 12:00-15:00 | ⟦N:Faadumo Dualeh⟧             | ⟦EM:faadumo.d@gmail.com⟧
12 Dec  | 09:00-12:00 | ⟦N:Bo-ram Seong⟧               | ⟦PH:07700 900 713⟧
12 Dec  | 12:00-15:00 | ⟦N:Jack O'Halloran⟧ (⟦N:Jacko⟧)    | ⟦EM:jacko.ohalloran@btinternet.com⟧
19 Dec  | 09:00-12:00 | ⟦N:Hope Winter⟧                | ⟦PH:+44 7700 900 342⟧

Collection point: St Mary's church hall, Hope Street. Key holder this month: ⟦N:Faadumo⟧.`,
  },
  {
    lang: 'en',
    kind: 'no-pii-recipe-card',
    source: `Grandma's Victoria sponge (serves 8)

225 g butter, 225 g caster sugar, 4 eggs, 225 g self-raising flour, 2 tsp baking powder.
Bake at 180 °C (160 °C fan, gas mark 4) for 20–25 minutes in two 20 cm tins.
Fill with raspberry jam and buttercream; dust with icing sugar.

From the Women's Institute cookbook, 3rd edition (2019), ISBN ⟦~ISBN⟧, page 114.
Pairs well with Earl Grey or Lady Grey tea.`,
  },
];
