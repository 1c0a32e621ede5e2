import type { HandDoc } from './hand-de.js';

/** More hand-written documents of test set 5 (particles, nicknames, transcripts); markup as in hand-de.ts. */
export const HAND_MORE: HandDoc[] = [
  {
    lang: 'de',
    kind: 'call centre transcript',
    source: `Gesprächsprotokoll Hotline Stadtwerke – 12.11.2026, 16:02 Uhr, Agentin: «N:Machteld Oosterhuis»
AGENTIN: Stadtwerke Lindholm, Sie sprechen mit Frau «N:Oosterhuis», was kann ich für Sie tun?
KUNDE: Ja, «N:Friedemann von Lützenkirchen zu Tegtmeier» hier, ich ziehe um und will den Zähler abmelden.
AGENTIN: Gern. Zur Verifizierung bitte Ihr Geburtsdatum.
KUNDE: «B:dritter Juli sechsundsiebzig», also «B:03.07.76».
AGENTIN: Danke. Neue Anschrift?
KUNDE: «A:Overbeckstraße 19, 23564 Lübeck». Und die Schlussrechnung bitte an meine Frau, «N:Hedwig»,
die Mail ist «M:hedwig.vq (at) freenet (dot) de».
AGENTIN: Notiert. Rückrufnummer?
KUNDE: «T:0049 451 70 88 13».
`,
  },
  {
    lang: 'de',
    kind: 'TSV export with unusual headers',
    source: `Ansprechpartner (Anzeige)	Kontakt_Mobil	Mail geschäftlich	Rolle	Kürzel
«N:Ziyad bin Zureikat»	«T:+49 (0)1522 448 90 17»	«M:z.zureikat@levante-import.de»	GF	MBZ
«N:Ruba ibn Dajani-Jabbour»	«T:0172-33 81 904»	«M:ruba.dajani@levante-import.de»	Buchhaltung	RDH
«N:Xamar Ducaale» ("«N:Xami»")	«T:+44 7700 900 553»	«M:xami@ducaale-shipping.co.uk»	Spedition	XD
«N:Jost zu Rübsamen»	«T:0 52 41 / 77 30 - 0»	«M:info@ruebsamen-moebel.de»	Zentrale	–
`,
  },
  {
    lang: 'de',
    kind: 'CRM note lower case with nicknames',
    source: `notiz 12.11. (tel. mit "«N:Kalle»" = «N:Karl-Heinz Brockschmidt», inhaber autohaus brockschmidt):
will 3 transporter leasen, sohn «N:Benni» (eigentlich «N:Benedikt Brockschmidt») macht das operative.
benni erreichbar unter «T:0151-44207781», «M:benni@autohaus-brockschmidt.de».
nicht vergessen: geb.-tag vom alten herrn ist am «B:12.12.1951», 75. geburtstag -> karte schicken!
`,
  },
  {
    lang: 'de',
    kind: 'police report extract',
    source: `Polizeiinspektion Nord – Anzeigenaufnahme Vg.-Nr. 2026/118834

Geschädigte: «N:Al-Khalidi, Nuha»
Geburtsdatum: «B:27.10.1989»   Staatsangehörigkeit: jordanisch
Wohnhaft: «A:Bremer Heerstraße 212, 26135 Oldenburg»
Reisepass-Nr.: «Q»   Telefon: «T:0441 / 988 401 27»

Sachverhalt: Am 11.11.2026 gegen 18:40 Uhr wurde der Geschädigten am Bahnhof die Handtasche entwendet.
Zeuge: «N:Reinout Blankevoort», NL-Tourist, erreichbar über «T:+31 6 4411 0982».
Sachbearbeiter: POK «N:Zwanenburg»
`,
  },
  {
    lang: 'en',
    kind: 'genealogy note with née',
    source: `Family record – for the probate file
«N:Adelheid Attenborough», née «N:Higginbottom», born «B:2 February 1931» in Bolton, died 14 August 2026.
Married «N:Hereward Attenborough» (born «B:11th of June 1928», d. 2009).
Executor: their grandson «N:Quentin Attenborough-Odunsi», «A:Flat 6, 21 Canning Street, Liverpool L8 7NP»,
mobile «T:+44 (0) 7700 900 281», email «M:quentin@attenborough-odunsi.me.uk».
`,
  },
  {
    lang: 'en',
    kind: 'Microsoft Teams meeting chat',
    source: `Meeting chat – "Vendor review (APAC)" – 12 Nov 2026
[09:01] «N:Yudhistira Prawiranegara»: morning all, can you hear me?
[09:01] «N:Ratih Sulistyo»: yes 👍
[09:02] «N:Apinya Charoensuk»: joining from phone, my laptop died. number is «T:+66 2 254 1190 ext. 31»
[09:05] «N:Emmanuelito Katigbak» ("«N:Manny»"): slides shared in the channel, v4 final_FINAL.pptx
[09:20] «N:Ratih Sulistyo»: @«N:Manny» please send the vendor contacts to «M:ratih.sulistyo@apac.procure.example.com»
[09:21] «N:Emmanuelito Katigbak» ("«N:Manny»"): done
`,
  },
  {
    lang: 'en',
    kind: 'IT access request with IPv6',
    source: `ACCESS REQUEST AR-20261112-04
Requested for: «N:Signe Gulbrandsen» (contractor)
Manager approval: «N:Arvid Hagelund»
Source addresses to whitelist: «V», «V»
Contact: «M:signe.gulbrandsen@kontraktor.no», «T:+47 412 55 093»
Justification: nightly ETL from the Oslo office, DB version 15.4
Expires: 31/03/2027
`,
  },
  {
    lang: 'en',
    kind: 'US HR form',
    source: `EMPLOYEE INFORMATION UPDATE
Full legal name: «N:Adenilson Medeiros-Bragança»      Preferred name: «N:Deni»
Date of Birth (MM/DD/YYYY): «B:08/23/1984»
Mailing address: «A:1802 N Sedgwick St, Unit 3R, Chicago, IL 60614»
Cell: «T:(773) 555-0148»     Personal email: «M:deni.vd@icloud.com»
Direct deposit – routing and account on file; IBAN for EU payroll: «I»
Emergency contact: «N:Valdirene Medeiros» (sister) «T:+55 11 98877-4410»
`,
  },
  {
    lang: 'de',
    kind: 'WhatsApp group shift swap',
    source: `[12.11.26, 21:14:07] «N:Adelheid Wiesenthal»: Kann jemand Samstag Frühdienst mit mir tauschen? 🙏
[12.11.26, 21:15:40] «N:Kehinde Akintola»: Ich könnte, dann nehm ich deinen Sonntag
[12.11.26, 21:16:02] «N:Adelheid Wiesenthal»: Du bist die Beste!! Sag ich Frau «N:Ahlers-Pohl» Bescheid
[12.11.26, 21:30:55] «N:Jostein Kjærgaard»: Info: neue Handynummer «T:0176 / 30 55 81 29», die alte geht nicht mehr
[12.11.26, 21:31:10] ‎«N:Kehinde Akintola» hat «N:Signe Solheim» hinzugefügt
[12.11.26, 21:32:44] «N:Signe Solheim»: Hallo zusammen 👋 bin die Neue in der Pflege, Station 3B
`,
  },
  {
    lang: 'de',
    kind: 'Zendesk ticket German',
    source: `Ticket #77104 – Rücksendung Kaffeevollautomat
Anfragende/r: «N:Thuraya Kanaan» <«M:thuraya.kanaan@t-online.de»>
Status: Offen · Gruppe: Retouren · Zugewiesen an: «N:Gisbert Osterloh»

«N:Thuraya Kanaan», 11. Nov. 2026, 19:48
Guten Abend, das Gerät (Seriennr. SN-44-8812-0071) pumpt nicht mehr. Abholung bitte an
«A:Rosenstraße 3, 55116 Mainz», ich bin ab 16 Uhr zu Hause. Tel. «T:06131 / 2 34 55 90».

«N:Gisbert Osterloh», 12. Nov. 2026, 08:12 (interne Notiz)
Garantie bis 03/2027, Abholung beauftragt (DHL Retoure 1Z2A44X916008130). Kundin ist Stammkundin seit 2019.
`,
  },
  {
    lang: 'de',
    kind: 'no personal data: Betriebsanweisung',
    source: `BETRIEBSANWEISUNG gem. § 14 GefStoffV – Nr. BA-017 (Version 3.1)
Arbeitsbereich: Werkstatt Halle 2 · Tätigkeit: Reinigen mit Kaltreiniger "Meister Proper Industrie"

GEFAHREN FÜR MENSCH UND UMWELT: Dämpfe können Schläfrigkeit verursachen.
SCHUTZMASSNAHMEN: Nur bei Absaugung verwenden. Schutzhandschuhe Nitril (Marke Uvex, Art. 60557).
VERHALTEN IM GEFAHRFALL: Notruf 112, Ersthelfer siehe Aushang im Flur Kaiser-Wilhelm-Ring.
Liebe Kolleginnen und Kollegen, diese Anweisung gilt ab 01.12.2026 und ersetzt BA-017 Version 3.0.
`,
  },
  {
    lang: 'de',
    kind: 'AU note to HR',
    source: `Arbeitsunfähigkeitsbescheinigung (Ausdruck für den Arbeitgeber)
Versicherte/r: «N:Odunsi, Damilola»   geb. am «B:19.04.1995»
Arbeitsunfähig seit: 10.11.2026   voraussichtlich bis: 17.11.2026   Erstbescheinigung
Arztpraxis Dr. «N:Oyinlola-Heitkamp», Hauptstr. 55, 68161 Mannheim, BSNR 532118800
`,
  },
  {
    lang: 'en',
    kind: 'WhatsApp export English',
    source: `11/11/2026, 18:02 - «N:Omolara»: r u still coming to the school thing tmrw
11/11/2026, 18:05 - «N:Ayotunde Fagbemi»: yeah but late, meeting til 5. can u save me a seat
11/11/2026, 18:05 - «N:Omolara»: ok. Mrs «N:Sumulong» said bring the consent form signed
11/11/2026, 18:06 - «N:Ayotunde Fagbemi»: <Media omitted>
11/11/2026, 18:09 - «N:Omolara»: also «N:Lysander»'s mum asked for ur number, gave her «T:07700 900 614» hope thats ok
`,
  },
  {
    lang: 'en',
    kind: 'school report list',
    source: `Year 10 Science – Autumn assessment (teacher: Mr «N:Wainwright»)
Candidate; Name; Mark /80; Grade; Comment
4471; «N:Adetokunbo Olagunju»; 71; 8; excellent practical write-up
4472; «N:Bjørnstad, Vemund»; 55; 6; revise electrolysis
4473; «N:Rhodora Malabanan»; 62; 7;
4474; «N:Willemijn ter Horst»; 48; 5; absent for paper 2 (resit 02/12)
4475; «N:Nasrallah, Jalal»; 39; 4; see Ms «N:Kanaan» re: exam access
`,
  },
  {
    lang: 'en',
    kind: 'no personal data: job advert',
    source: `We're hiring: Warehouse Team Leader (m/f/d) – Dartford

Join Northfield Freight Ltd, part of the Sterling Logistics Group, on our Victoria Road site. You'll lead a
team of 12, work with our WMS (version 9.2) and report to the Depot Manager.

Salary £34,000–£38,000, 25 days' holiday plus bank holidays (25 Dec, 26 Dec, 1 Jan …).
Apply via our careers portal quoting reference INV-2026114 – no agencies please. Dear Sir or Madam letters will not be read!
`,
  },
  {
    lang: 'en',
    kind: 'child benefit claim',
    source: `CHILD BENEFIT CLAIM – section 2: about the child
Child's full name: «N:Fenna Wijnbergen-Odunsi»
Date of birth: «B:05.03.2024»     Place of birth: Rotterdam
Claimant: «N:Hidde Wijnbergen», «A:27 Orchard Way, Cheltenham GL51 3PJ»
Partner: «N:Damilola Odunsi» (see sick note file)  NI number on file
Bank: «I»   Contact «T:+44 1242 496 018», «M:hidde.wijnbergen@btinternet.com»
`,
  },
  {
    lang: 'de',
    kind: 'Slack export German',
    source: `#buchhaltung-intern
«N:Waltraut Lützenkirchen» 08:47
moin, die Rechnung von Herrn «N:Taysir Hourani» ist doppelt gebucht, kann das wer stornieren? RE-2026-004417
«N:Korbinian Dreesmann» 08:52
mach ich. Er hat übrigens eine neue IBAN geschickt: «I» – bitte im Kreditorenstamm ändern
«N:Waltraut Lützenkirchen» 08:53
erst nach Rückruf zur Verifizierung (Betrugsmasche!), Nummer aus dem Altvertrag: «T:+49 6221 43 99 170»
`,
  },
  {
    lang: 'de',
    kind: 'JSON HR record German',
    source: `{
  "personalnummer": 20417,
  "nachname": "«N:Gyamfi-Rübsamen»",
  "vorname": "«N:Akua»",
  "geburtsdatum": "«B:1983-11-09»",
  "steuerId": "«S»",
  "svNummer": "«R»",
  "bank": { "iban": "«I»", "bic": "GENODEF1S12" },
  "kontakt": { "mail": "«M:akua.gyamfi@gmx.de»", "mobil": "«T:+49 157 33 82 10 46»" },
  "kostenstelle": "4100-Vertrieb"
}
`,
  },
  {
    lang: 'de',
    kind: 'hotel registration form',
    source: `MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN
Ankunft: 10.11.2026   Abreise: 13.11.2026   Zimmer 214
Familienname: «N:Kusumawardani»   Vorname: «N:Retno»
Geburtsdatum: «B:22.08.1990»   Staatsangehörigkeit: indonesisch
Anschrift: «A:Jl. Kemang Raya No. 18, Jakarta Selatan 12730»
Reisepass: Kopie liegt vor
Mitreisende: «N:Bayu Kusumawardani» (Ehemann), 1 Kind
`,
  },
  {
    lang: 'en',
    kind: 'letter before action',
    source: `LETTER BEFORE ACTION – WITHOUT PREJUDICE SAVE AS TO COSTS

Ms «N:Felicity Postlethwaite»
«A:Rose Cottage, 4 Church Lane, Much Wenlock TF13 6AA»

Our ref: HL/2291/CP   Your account: 40018832

Dear Ms «N:Postlethwaite»,
Despite our letters of 2 and 16 October, the sum of £1,284.50 remains outstanding. Unless payment is received
within 14 days we will issue proceedings without further notice. You may call «N:Quentin Fotheringham» in our
recoveries team on «T:01952 496 771».
`,
  },
  {
    lang: 'en',
    kind: 'pipe table staff directory',
    source: `| Ext  | Dept      | Who                          | Direct line          | Notes            |
|------|-----------|------------------------------|----------------------|------------------|
| 2204 | Finance   | «N:Ziyad Tarabulsi»              | «T:+44 20 7946 2204»     | part-time M–W    |
| 2210 | Legal     | «N:Sawsan Qabbani-Heitkamp»      | «T:+44 20 7946 2210»     |                  |
| 2231 | Ops       | «N:Valdirene Siqueira»           | «T:+44 20 7946 2231»     | nickname «N:Val»     |
| 0    | Reception | (switchboard)                | «T:+44 20 7946 2000»     | 8am–6pm          |
`,
  },
  {
    lang: 'en',
    kind: 'lab request form',
    source: `PATHOLOGY REQUEST
Surname: «N:ZEWDIE-GEBREYESUS»   Forename(s): «N:MAHLET»   Sex: F
D.O.B.: «B:30/06/67»   Hosp no: RX4 118 802
Address: «A:15 Gladstone Terrace, Edinburgh EH9 1LS»
Tests: FBC, U&E, LFT, TFT      Clinical details: fatigue, ?hypothyroid
Requesting clinician: Dr «N:Kleanthis Psaroudakis», bleep 4471
`,
  },
];
