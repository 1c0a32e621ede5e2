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
];
