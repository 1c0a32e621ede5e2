import type { HandSource } from './markup.js';

/**
 * More German hand-written documents of set 36, each a different kind and layout: mail threads with
 * quoted replies and signatures, chat and messenger exports, CSV and pipe tables, forms of many wordings,
 * "Family, Given" lists, minutes, letters, incident reports, and documents with look-alikes only.
 */
export const HAND_DE_2: HandSource[] = [
  {
    lang: 'de',
    kind: 'E-Mail-Verlauf Vereinswechsel Jugendspieler',
    source: `Von: ⦗n:Dobromila Oravcová⦘ <⦗m:dobromila.oravcova@gmx.de⦘>
An: jugendleitung@sv-ampertal.de
Betreff: AW: Abmeldung ⦗n:Ctiboh Oravcová⦘ (U15)
Datum: Mi., 11. März 2026, 21:07

Hallo Frau ⦗n:Škofic⦘,

danke für die schnelle Antwort. Der Pass soll bitte direkt an den FC Isartal gehen, die neue Adresse ist ⦗h:Sportplatzweg 26, 33100 Paderborn⦘ – wir ziehen zum 1. April um. Mobil bin ich weiterhin unter ⦗t:0176 3391 8054⦘ erreichbar.

Viele Grüße
⦗n:Dobromila Oravcová⦘

Am 11.03.2026 um 18:22 schrieb ⦗n:Brina Škofic⦘ <⦗m:brina.skofic@sv-ampertal.de⦘>:
> Liebe Frau ⦗n:Oravcová⦘,
> die Abmeldung von ⦗n:Ctiboh⦘ (geb. ⦗b:07.06.2011⦘) haben wir erhalten. Offene Beiträge gibt es keine.
> Wohin sollen wir den Spielerpass schicken?
>
> Mit sportlichem Gruß
> ⦗n:Brina Škofic⦘
> Jugendleitung SV Ampertal 1948 e.V.
> Geschäftsstelle: 08131 66 02 10 | jugendleitung@sv-ampertal.de`,
  },
  {
    lang: 'de',
    kind: 'WhatsApp-Export Elterngruppe',
    source: `06.03.26, 18:41 - ⦗n:Tórálvur Hvannasunds⦘: Wer fährt Samstag zum Auswärtsspiel nach Moosburg? Ich hab noch 3 Plätze frei
06.03.26, 18:44 - ⦗n:Jógvanna Leynarbø⦘: Wir nehmen ⦗n:Búgvi⦘ und ⦗n:Sólgerð⦘ mit 🚗
06.03.26, 18:45 - ⦗n:Tórálvur Hvannasunds⦘: Super. Treffpunkt 8:15 am Vereinsheim
06.03.26, 19:02 - Trainer ⦗n:Rimvydas Ražanskas⦘: Bitte alle an die Schienbeinschoner denken. Bei Absage bitte bis Freitag 20 Uhr an mich: ⦗t:0151 2207 6683⦘
06.03.26, 19:10 - ⦗n:Jógvanna Leynarbø⦘: <Medien ausgeschlossen>
06.03.26, 19:11 - ⦗n:Jógvanna Leynarbø⦘: Meine neue Nummer übrigens ⦗t:0160 9145 3372⦘, die alte ist abgemeldet
07.03.26, 07:58 - ⦗t:+49 172 4410 3390⦘ hat die Gruppe verlassen`,
  },
  {
    lang: 'de',
    kind: 'Chatprotokoll Trainerteam',
    source: `#trainerteam-handball-damen (Export 14.04.2026)

[09:12] ⦗n:Velislava Pashova⦘: Kurzes Update zu ⦗n:Vierka⦘: Kreuzband ist durch, OP am 22.04.
[09:13] ⦗n:Dragomir Balabanov⦘: Oh nein. Wer ist ihr Ansprechpartner bei der Versicherung?
[09:15] ⦗n:Velislava Pashova⦘: Sie selbst, ⦗m:vierka.mrazikova@t-online.de⦘. Die Unfallmeldung geht über die Geschäftsstelle, Az. VBG-2026-1187
[09:16] ⦗n:Dragomir Balabanov⦘: Ok. Ich schreibe ihr heute Abend.
[09:20] ⦗n:Radko Genchev⦘: Für Samstag rückt ⦗n:Ugnė Sabonytė⦘ aus der Zweiten hoch, Spielberechtigung ist da.
[09:21] ⦗n:Velislava Pashova⦘: 👍 Halle 2 ab 16:30, Anwurf 18:00`,
  },
  {
    lang: 'de',
    kind: 'CSV-Export Mitgliederverwaltung',
    source: `Mitgliedsnr;Nachname;Vorname;Geburtsdatum;Anschrift;E-Mail;Abteilung;Beitrag
MG-0087214;⦗n:Trampuš⦘;⦗n:Lenart⦘;⦗b:1983-02-19⦘;"⦗h:Turnerstraße 17, 79108 Freiburg im Breisgau⦘";⦗m:lenart.trampus@mailbox.org⦘;Leichtathletik;168,00
MG-0087215;⦗n:Lavrinc⦘;⦗n:Polonca⦘;⦗b:2009-11-30⦘;"⦗h:Kampfbahnweg 4, 04229 Leipzig⦘";⦗m:polonca.lavrinc@web.de⦘;Turnen;96,00
MG-0087216;⦗n:Gregorič⦘;⦗n:Andraž⦘;⦗b:1971-08-05⦘;"⦗h:Am Stadionring 31, 45891 Gelsenkirchen⦘";;Tischtennis;168,00
MG-0087217;⦗n:Tachibanaki⦘;⦗n:Hinagiku⦘;⦗b:1995-04-12⦘;"⦗h:Ruderclubstraße 9, 24105 Kiel⦘";⦗m:hinagiku.t@posteo.de⦘;Rudern;204,00`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Mitgliederversammlung',
    source: `Protokoll der ordentlichen Mitgliederversammlung des Schwimmclub Delphin Winterthur-Süd
Datum: 20.03.2026, 19:30–21:45, Clubraum Hallenbad Geiselweid
Anwesend: 47 stimmberechtigte Mitglieder (Liste im Anhang)
Versammlungsleitung: ⦗n:Pol Bettendorff⦘ (Präsident); Protokoll: ⦗n:Fernande Zeimet⦘

TOP 3 Bericht der Kassenprüfer
Die Kassenprüferinnen ⦗n:Loeiz Kermarrec⦘ und ⦗n:Klervi Tréhin⦘ bestätigen eine einwandfreie Kassenführung.

TOP 5 Wahlen
Kassier: ⦗n:Norbi Pletschette⦘, einstimmig gewählt, nimmt die Wahl an.
Jugendobfrau: ⦗n:Morgane-Aela Le Cornec⦘ (⦗m:morgane.lecornec@bluewin.ch⦘, ⦗t:079 318 42 07⦘), 44 Ja, 3 Enthaltungen.

TOP 7 Verschiedenes
Der Beitrag bleibt bei CHF 240. Nächste Versammlung im März 2027.

Für das Protokoll: ⦗n:F. Zeimet⦘`,
  },
  {
    lang: 'de',
    kind: 'Kaderliste Nachname Vorname',
    source: `Landeskader Skilanglauf U18 – Meldeliste Deutscher Schülercup 2026

Nachname, Vorname        Jahrgang/geb.   Verein
⦗n:Kuoljok, Heaikka⦘          ⦗b:03.01.2009⦘      SC Oberstdorf-Nord
⦗n:Čokkáš, Ristenaš⦘          ⦗b:17.09.2008⦘      WSV Kiefersfelden
⦗n:Biedjovággi, Áilloš⦘       ⦗b:29.05.2009⦘      SV Ruhpolding-Zell
⦗n:Gáldojohka, Sárákku⦘       ⦗b:12.12.2008⦘      SC Oberstdorf-Nord

Betreuer: ⦗n:Guoŋku, Vuolleš⦘ (Trainer), ⦗n:Ávžejávri, Gáddjá⦘ (Wachsteam)
Meldeschluss 09.01.2026, Startgeld wird über den Landesverband abgerechnet.`,
  },
  {
    lang: 'de',
    kind: 'Anamnesebogen Sportphysiotherapie',
    source: `PHYSIO-TEAM Rheinufer – Anamnesebogen (bitte in Druckbuchstaben)

Zuname: ⦗n:Hoydalstún⦘                Rufname: ⦗n:Sverrisvin⦘
geb. am: ⦗b:21.7.1989⦘                 Sportart/Verein: Triathlon, TuS Rheinufer
Wohnhaft in: ⦗h:Kampfbahnweg 37, 04229 Leipzig⦘
Erreichbar (tagsüber): ⦗t:0172 6639 0417⦘
Mail für Terminerinnerungen: ⦗m:s.hoydalstun@icloud.com⦘
Krankenkasse: Techniker Krankenkasse, Versichertennr. bitte vorlegen
Hausarzt/-ärztin: Dr. ⦗n:Kukučínová⦘

Beschwerden seit: Januar 2026, Achillessehne links, belastungsabhängig
Einverständnis zur Weitergabe an den Vereinsarzt: ☑ ja ☐ nein`,
  },
  {
    lang: 'de',
    kind: 'Ereignisbericht Ordnungsdienst',
    source: `Ordnungsdienst – Ereignisbericht Nr. OD-26-0419
Spiel: SpVgg Talbach – FC Rheinau, 18.04.2026, Anpfiff 15:30
Verfasser: Abschnittsleiter Block C, Dienstnummer 0472

15:52 Uhr: Rauchtopf im Block C3 gezündet. Die Polizei nahm eine Person fest und stellte die Personalien fest:
Name: ⦗n:Svetozar Genchev⦘, geb. ⦗b:02.02.2001⦘
Ausweis: Personalausweis ⦗k:⦘
Meldeadresse: ⦗h:Am Stadionring 58, 45891 Gelsenkirchen⦘

16:10 Uhr: Zeuge ⦗n:Ilgvars Ievkalns⦘ (Ordner, Dienstnummer 0513) bestätigt den Vorgang, Videosequenz Kamera 14, Zeitstempel 15:51:48.
Weitere Verletzte: keine. Übergabe an Polizeiinspektion Talbach, Vorgangsnummer 2026-041811.`,
  },
  {
    lang: 'de',
    kind: 'Brief Erstattung Startgeld',
    source: `⦗n:Sniedze Bērzkalns⦘
⦗h:Laufbahnweg 6, 8020 Graz⦘

An den Veranstalter des Dreiländer-Halbmarathons
Organisationsbüro

Graz, 2. Mai 2026

Betreff: Rückerstattung Startgeld, Startnummer 2281

Sehr geehrte Damen und Herren,

wegen einer Stressfraktur (Attest anbei) kann ich nicht starten. Laut Ausschreibung erstatten Sie bei ärztlichem Attest 80 % des Startgelds. Bitte überweisen Sie den Betrag auf mein Konto ⦗i:AT⦘ oder schreiben Sie ihn der Kreditkarte ⦗c:d⦘ gut, mit der ich bezahlt habe.

Mit freundlichen Grüßen

⦗n:Sniedze Bērzkalns⦘`,
  },
  {
    lang: 'de',
    kind: 'Vereinsmitteilung Beitragseinzug',
    source: `Turn- und Sportgemeinde Kiel-Hasseldieksdamm von 1906 e.V.
Geschäftsstelle: Mo–Do 9–12 Uhr, Telefon 0431 705 22 80, Fax 0431 705 22 89, geschaeftsstelle@tsg-hasseldieksdamm.de

Mitteilung an alle Mitglieder: Beitragseinzug 2026

Der Jahresbeitrag wird am 15.02.2026 per SEPA-Lastschrift eingezogen.
Gläubiger-Identifikationsnummer: DE92ZZZ00000417256
Mandatsreferenz: Ihre Mitgliedsnummer (Format MG-0000000, z. B. MG-0012345)
Vereinskonto: Förde Sparkasse, IBAN DE20 5001 0517 0648 2139 75, BIC HELADEF1822

Rücklastschriften kosten den Verein 3,50 € Gebühr. Bitte teilen Sie Kontoänderungen bis 31.01. an mitglieder@tsg-hasseldieksdamm.de mit.
Hallenschlüssel: Ausgabe nur gegen Pfand (20 €), Quittungsnummer wird vermerkt.`,
  },
  {
    lang: 'de',
    kind: 'Bestellbestätigung Trikotsatz',
    source: `Bestellbestätigung Nr. 2026-004417-TS
Bestellt am 09.02.2026 um 14:32:07 über teamshop.sportausstatter-nord.de

Kunde: SV Ampertal 1948 e.V., Kundennummer K-301877
Lieferadresse: Vereinsheim, Sportplatz am Ampertal (Vereinsanschrift laut Kundenkonto)

Pos. 1  Trikotsatz Heim (15 Trikots, Nr. 1–15)  Art.-Nr. 4060112 39871  619,50 €
Pos. 2  Aufdruck Vereinswappen + Sponsor       Art.-Nr. 4060112 40012  187,00 €
Gesamt inkl. MwSt.: 806,50 €

Zahlung per Rechnung an IBAN DE13 7015 0000 0092 3177 45, Verwendungszweck 2026-004417-TS
Versand mit DHL, Sendungsnummer 00340434161094042557 (ab 12.02. verfolgbar)
Fragen: shop@sportausstatter-nord.de, Hotline 040 8765 4300 (Mo–Fr 8–18 Uhr)`,
  },
  {
    lang: 'de',
    kind: 'Schiedsrichteransetzung Pipe-Tabelle',
    source: `Schiedsrichteransetzungen Kreisliga A, 12. Spieltag (Stand 03.04.2026)

Spiel                      | SR                     | SR-Mail                                | SR-Mobil
TSV Lenggries – SC Moosach | ⦗n:Harold Andrés Pulgarín⦘ | ⦗m:harold.pulgarin@schiri-oberland.de⦘ | ⦗t:0176 5508 2219⦘
FC Penzberg – SV Ampertal  | ⦗n:Faiber Cárdenas Usme⦘   | ⦗m:faiber.cu@gmail.com⦘                | ⦗t:+49 152 0873 4461⦘
DJK Tölz – TuS Geretsried  | ⦗n:Wilber Chuquispuma⦘     | ⦗m:w.chuquispuma@web.de⦘               | ⦗t:0151 6620 1983⦘

Absagen bitte an die Ansetzerin ⦗n:Yordi Huaylinos⦘, ansetzung@schiri-oberland.de (kein privater Kontakt).`,
  },
  {
    lang: 'de',
    kind: 'Dopingkontrollformular',
    source: `Dopingkontrollformular (Urin) – Wettkampfkontrolle
Veranstaltung: Deutsche Meisterschaften Gewichtheben, Halle Leimen, 25.04.2026
Kontroll-Nr. 3841207, Probenflaschen-Nr. A 4417062 / B 4417062

Athlet/in: ⦗n:Garnik Movsisyan⦘   Geschlecht: m
Geburtsdatum: ⦗b:14.06.1997⦘
Ausweisdokument: Reisepass Nr. ⦗r:⦘
Anschrift für Benachrichtigungen: ⦗h:Ruderclubstraße 22, 24105 Kiel⦘
Benachrichtigt um 18:42 durch Chaperone ⦗n:Arshaluys Kirakosyan⦘
Angegebene Medikamente: keine
Unterschrift Athlet / DCO: liegt vor`,
  },
  {
    lang: 'de',
    kind: 'Registrierung Spielervermittler',
    source: `Registrierung als Spielervermittler beim Landesverband – Angaben zur Person

Familienname: ⦗n:Stamboliyski⦘
Vorname(n): ⦗n:Valko⦘
Geburtstag: ⦗b:28. Oktober 1979⦘
Wohnsitz: ⦗h:Sportplatzgasse 15, 6020 Innsbruck⦘
Steuerliche Identifikationsnummer (deutsch): ⦗x:⦘
Sozialversicherungsnummer (DRV): ⦗s:28101979 Stamboliyski m⦘
Personalausweis: ⦗k:⦘
Kontakt für Verbandspost: ⦗m:valko@stamboliyski-sportmanagement.at⦘, ⦗t:+43 699 318 5520⦘

Vermittlungsgebühr max. 3 % des Bruttogehalts; die Registrierungsgebühr von 500 € wird vom Konto des Verbands-Treuhänders eingezogen.`,
  },
  {
    lang: 'de',
    kind: 'Kontaktformular Kinderturnen Benachrichtigung',
    source: `Neue Nachricht über das Kontaktformular "Kinderturnen Anmeldung"
Gesendet: 2026-01-19 20:14:55 (Server-Zeit), Formular-ID 7, Eintrag #1183

Name des Kindes: ⦗n:Kärt Õunapuu⦘
Alter / Geburtsdatum: 4 Jahre (⦗b:14.08.2021⦘)
Name Elternteil: ⦗n:Andrus Õunapuu⦘
E-Mail-Adresse: ⦗m:andrus.ounapuu@freenet.de⦘
Telefon (optional): ⦗t:0160 4471 8826⦘
Nachricht: Gibt es noch Plätze in der Mittwochsgruppe? Unsere Tochter war schon im Eltern-Kind-Turnen.

--
IP-Adresse des Absenders: ⦗a:93.233.118.47⦘
Gesendet von https://www.tv-hasseldieksdamm.de/kinderturnen (WordPress 6.4, Contact Form 7)`,
  },
  {
    lang: 'de',
    kind: 'Thekendienst Absprache Messenger',
    source: `Vereinsheim Thekendienst – Gruppenchat (Auszug)

⦗n:Margus Tõniste⦘ 17:03
Kann jemand am Sonntag nach dem Heimspiel übernehmen? Ich hab Nachtschicht.

⦗n:Triin Põldroos⦘ 17:09
Ich mach's. Schlüssel hole ich bei dir? Bin ⦗h:Eisbahnweg 8, 7270 Davos Platz⦘, also direkt ums Eck.

⦗n:Margus Tõniste⦘ 17:11
Danke!! Kasse bitte abends an ⦗n:Siim Vähi⦘ übergeben, der zählt.

⦗n:Siim Vähi⦘ 17:40
Passt. Falls was ist: ⦗t:078 624 19 03⦘. Wechselgeld liegt im Tresor, Code hat nur der Vorstand.`,
  },
];
