import type { HandSource } from './markup.js';

/** German hand-written documents of set 32, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Dienstplanänderung Kabinenpersonal per E-Mail',
    source: `Von: crewcontrol@alpenflug-regional.de
An: ⁅m:k.fussenegger@alpenflug-regional.de⁆
Betreff: Umplanung 14.11. – Standby STR

Hallo Frau ⁅n:Fussenegger⁆,

wegen Krankmeldung von ⁅n:Ottilia Walpen⁆ übernehmen Sie bitte den Umlauf AQ 412/413 STR–VIE–STR (D-AQKL).
Check-in 05:10 im Crew-Room, Purserin ist ⁅n:Kreszentia Nachbaur⁆.
Bei Rückfragen erreichen Sie uns unter 0711 948 4400 (Crew Control, 24 h).

Viele Grüße
⁅n:Jodok Imseng⁆, Crew Control`,
  },
  {
    lang: 'de',
    kind: 'Personalstammblatt Flugbegleiterin',
    source: `PERSONALSTAMMBLATT – Kabinenpersonal
Name: ⁅n:Bischofberger⁆          Vorname: ⁅n:Irmingard⁆
Geburtsdatum: ⁅b:03.09.1991⁆      Geburtsort: Dornbirn
Anschrift: ⁅h:Birkenallee 14, 65451 Kelsterbach⁆
Mobil: ⁅t:+49 176 4418 2093⁆   E-Mail privat: ⁅m:irmi.bischofberger@gmx.de⁆
Steuer-ID: ⁅x:g⁆
Rentenversicherungsnr.: ⁅s:03091991 Bischofberger f⁆
Bankverbindung: ⁅i:DE g⁆
Personalausweis: ⁅k:⁆
Crew-ID: FA-20931 · Base FRA · Eintritt 01.04.2019`,
  },
  {
    lang: 'de',
    kind: 'Fluglizenz-Auszug Part-FCL (Personaldatenteil)',
    source: `BUNDESREPUBLIK DEUTSCHLAND – LUFTFAHRT-BUNDESAMT
Lizenz für Flugzeugführer nach Part-FCL · Lizenznummer DE.FCL.PL.118273
I.  Name und Vorname: ⁅n:MITTELBERGER, Konradin⁆
II. Geburtsdatum: ⁅b:17.02.1986⁆
III. Anschrift: ⁅h:Lilienthalstraße 22
85356 Freising⁆
XII. Berechtigungen: ATPL(A) · A320 (PIC) · IR · ME
Ausstellende Behörde: Luftfahrt-Bundesamt, Hermann-Blenk-Str. 26, 38108 Braunschweig`,
  },
  {
    lang: 'de',
    kind: 'Tauglichkeitszeugnis Klasse 1 (Fliegerarzt)',
    source: `Flugmedizinisches Tauglichkeitszeugnis Klasse 1
Inhaber: ⁅n:Ölvir Ástvaldsson⁆, geb. ⁅b:9. April 1979⁆
Staatsangehörigkeit: isländisch
Auflagen: VML – Korrekturgläser tragen, Ersatzbrille mitführen
Untersuchung am 02.10.2026 durch Fliegerarzt Dr. med. ⁅n:Fidelis Rhomberg⁆ (AME DE-0417)
Gültig bis 02.10.2027 (Klasse 1), 02.10.2028 (Klasse 2)`,
  },
  {
    lang: 'de',
    kind: 'Antrag Zuverlässigkeitsüberprüfung (Papierformular)',
    source: `Antrag auf Überprüfung der Zuverlässigkeit gemäß § 7 LuftSiG
1. Familienname: ⁅n:Rzayev⁆   Vorname(n): ⁅n:Elşən⁆
2. Geburtsdatum/-ort: ⁅b:22.12.1994⁆ / Gəncə
3. Wohnanschrift (auch der letzten 10 Jahre): ⁅h:Mörfelder Landstraße 77, 60598 Frankfurt am Main⁆; davor Bakı
4. Ausweisdokument: Reisepass der Bundesrepublik Deutschland Nr. ⁅r:⁆
5. Arbeitgeber: Rhein-Main Ground Services GmbH, Gebäude 458, 60549 Frankfurt am Main
6. Tätigkeit: Vorfeldarbeiter (Gepäck)
Ort, Datum: Frankfurt, 12.10.2026 · Unterschrift`,
  },
  {
    lang: 'de',
    kind: 'Flughafenausweis-Verlustmeldung',
    source: `Verlustmeldung Flughafenausweis
Ausweisinhaber: ⁅n:Gyöngyike Kozma-Kedves⁆, Firma Glattal Aviation Services
Ausweis-Nr.: ZRH-204718, Farbe Rot (Vorfeld)
Verlust vermutlich am 03.11. zwischen Dock E und Personalparkplatz P9.
Sperre veranlasst durch Ausweisstelle (ausweisstelle@glattal-aviation.ch) um 07:42 Uhr.
Rückruf an die Mitarbeiterin: ⁅t:+41 79 318 44 09⁆`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde Fluggast Annullierung mit Entschädigungsforderung',
    source: `Sehr geehrte Damen und Herren,

mein Flug DN 238 von Wien nach Hamburg am 21.09. wurde zwei Stunden vor Abflug annulliert (Buchungscode Q7XK4M).
Ich fordere die Ausgleichsleistung nach Art. 7 der Verordnung (EG) Nr. 261/2004 in Höhe von 250 € für mich und meine Tochter ⁅n:Ndeshi Kimambo⁆.
Bitte überweisen Sie den Betrag auf mein Konto ⁅i:DE g⁆.

Mit freundlichen Grüßen
⁅n:Elikunda Kimambo⁆
⁅h:Heideweg 5, 22335 Hamburg⁆
⁅m:elikunda.kimambo@web.de⁆`,
  },
  {
    lang: 'de',
    kind: 'Antwortschreiben Airline Entschädigung abgelehnt',
    source: `Ihr Anliegen vom 24.09.2026 – Vorgang CLM-558201

Sehr geehrter Herr ⁅n:Sodré⁆,

die Verspätung des Fluges AQ 117 beruhte auf einem Vogelschlag beim Startlauf. Dabei handelt es sich nach der Rechtsprechung des EuGH um einen außergewöhnlichen Umstand; ein Anspruch auf Ausgleichszahlung besteht daher nicht.
Die Verpflegungskosten (18,40 €) erstatten wir gern.

Freundliche Grüße
Kundenbetreuung · claims@alpenflug-regional.de · 0711 948 2222`,
  },
  {
    lang: 'de',
    kind: 'Property Irregularity Report (verspätetes Gepäck)',
    source: `PROPERTY IRREGULARITY REPORT · MUCLH41827
Name/Initial: ⁅n:SAKURABA/SHIORI⁆ MS
Flug/Datum: LH 715 HND–MUC 08NOV
Gepäckschein: LH 220 481 937 · Typ 22 · Farbe BK
Zustelladresse (vorübergehend): Hotel Kranich, Zimmer 214, Zeppelinstraße 9, 85356 Freising
Heimatadresse: ⁅h:2-14-7 Haneda, Ota-ku, Tokyo 144-0041⁆
Telefon: ⁅t:+81 90-4471-2386⁆
E-Mail: ⁅m:shiori.sakuraba@icloud.com⁆`,
  },
  {
    lang: 'de',
    kind: 'Notiz Lost & Found Übergabe',
    source: `Fundbüro Terminal 1 – Übergabeprotokoll
Fundsache F-26-11873: graues Tablet, gefunden Gate B44
Abgeholt am 05.11.2026 von ⁅n:Dalvanira Carneiro-Leão⁆ gegen Vorlage Personalausweis ⁅k:⁆
Rückfragen: ⁅t:+55 11 97402-6631⁆
Übergeben durch: ⁅n:Aikande Mallya⁆ (Fundbüro)`,
  },
  {
    lang: 'de',
    kind: 'Fluglärmbeschwerde Bürger per Kontaktformular',
    source: `Kontaktformular „Fluglärm“ – Eingang 02.11.2026, 23:58
Name: ⁅n:Hildegarda Pielorz⁆
Straße, Ort: ⁅h:Am Rollfeld 12, 01109 Dresden⁆
Telefon: ⁅t:0351 4418276⁆
Nachricht: Schon wieder Frachtflieger nach 23 Uhr über Klotzsche. Ich bitte um Auskunft, ob die Nachtflugbeschränkung noch gilt.`,
  },
  {
    lang: 'de',
    kind: 'Schulungsnachweis Bodenabfertigung (ohne Personendaten)',
    source: `Schulungsplan Vorfeld – Winterdienst 2026/27
Modul 1: Enteisung Typ I/IV, Haltezeiten-Tabellen
Modul 2: Pushback bei Schneeglätte, Schleppstange vs. Towbarless
Modul 3: Funkphraseologie Vorfeldkontrolle (121,755 MHz)
Ort: Schulungsraum Gebäude 458, Anmeldung über training@rmgs-fra.de
Dauer je Modul 4 Stunden · max. 12 Teilnehmende`,
  },
  {
    lang: 'de',
    kind: 'Anmeldung Flugschule PPL-Ausbildung',
    source: `Anmeldung zur PPL(A)-Ausbildung – Flugschule Bodensee-Air (Inh. ⁅n:Benedikta Lauber⁆)
Schüler: ⁅n:Zhandos Amanzholov⁆, geb. ⁅b:30.06.2002⁆
Anschrift: ⁅h:Flughafenring 3, 70629 Stuttgart⁆
Mobil: ⁅t:+49 157 3390 4417⁆ · ⁅m:zhandos.amanzholov@outlook.com⁆
Medical Klasse 2 beantragt bei Fliegerarzt in Friedrichshafen.
Zahlung der Anzahlung (1.500 €) per Kreditkarte ⁅c:-⁆
Rückfragen an die Inhaberin: ⁅m:info@benedikta-lauber.de⁆ · ⁅t:+49 171 2278 301⁆`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Vorstandssitzung Segelflugverein',
    source: `Protokoll Vorstandssitzung LSV Elbtal e. V., 06.11.2026
Anwesend: ⁅n:Ernest Kuśka⁆ (1. Vors.), ⁅n:Elfryda Szafranek⁆ (Kasse), ⁅n:Teodor Mrzyk⁆ (Ausbildung)
TOP 1: Winterarbeit an D-5218 und D-KELB, Termine über die Vereinsliste.
TOP 2: Beitragsrückstände – Mahnung an ⁅n:Ryszard Kaptur⁆, ⁅h:Heideweg 41, 01109 Dresden⁆.
TOP 3: Windenfahrer-Lehrgang im März.
Protokoll: ⁅n:E. Szafranek⁆`,
  },
  {
    lang: 'de',
    kind: 'Registrierung Drohnenbetreiber (LBA-Bestätigung)',
    source: `Bestätigung der Registrierung als UAS-Betreiber
Registrierungsnummer: DEU8kz4r7tq3m2p
Betreiber: ⁅n:Vüqar Hacıyev⁆
Geburtsdatum: ⁅b:11.01.1988⁆
Anschrift: ⁅h:Zeppelinstraße 64, 40474 Düsseldorf⁆
E-Mail: ⁅m:vuqar.haciyev@proton.me⁆
Haftpflichtversicherung: Police LV-22-7781 (Versicherer-Hotline 0800 772 1100)`,
  },
  {
    lang: 'de',
    kind: 'Auftrag Ambulanzflug Rückholung',
    source: `Auftrag Ambulanzflug – Hanse Medflight
Patient: ⁅n:Serafim Moraru-Rotari⁆, geb. ⁅b:04.05.1957⁆, Schenkelhalsfraktur, liegend
Von: Antalya (AYT), Klinik Muratpaşa · Nach: Hamburg (HAM), UKE
Luftfahrzeug: D-HMFA (Learjet 45), Crew 2 + Notarzt + Intensivpfleger
Angehöriger vor Ort: Sohn ⁅n:Iurie Moraru-Rotari⁆, ⁅t:+90 532 418 27 06⁆
Kostenträger: Reiseversicherung, Schadennr. 2026-RV-88127, Hotline +49 89 5500 9988`,
  },
  {
    lang: 'de',
    kind: 'Meldung Laserblendung an Flugsicherung',
    source: `Ereignismeldung nach VO (EU) 376/2014
Luftfahrzeug: D-AIWT, A321, Flug DN 611, Anflug Piste 25R Frankfurt
Zeit: 19:42 UTC, Höhe 3.000 ft
Ereignis: grüner Laser aus Richtung Raunheim, Kopilot kurz geblendet
Meldender: Kapitän ⁅n:Yerbol Sadvakasov⁆, dienstlich erreichbar über safety@danubia-air.at
Keine Verletzten, Landung normal.`,
  },
  {
    lang: 'de',
    kind: 'Sitzplatzreservierung Assistenzbedarf (Mail an Station)',
    source: `Von: ⁅m:rosalie.savoie@gmail.com⁆
An: assistance@shannonside.ie
Betreff: Rollstuhl für meinen Vater

Guten Tag,
mein Vater ⁅n:Alcide Savoie⁆ (geb. ⁅b:19.08.1939⁆) fliegt am 28.11. mit SQ 904 von Düsseldorf nach Shannon. Er benötigt einen Rollstuhl bis zum Sitz (WCHC) und einen Platz am Gang.
Meine Handynummer für Rückfragen: ⁅t:+49 172 6631 4508⁆

Danke, ⁅n:Rosalie Eve Savoie⁆`,
  },
  {
    lang: 'de',
    kind: 'Passagierliste Charterflug (APIS-Auszug)',
    source: `APIS – Advance Passenger Information · Flug BK 1822 IST–STR · 09.11.2026
NR NAME                         GEB.        NAT DOK
01 ⁅n:KARAKAVAK/TULIN⁆           ⁅b:14.07.1982⁆  TUR P U21871263
02 ⁅n:KARAKAVAK/ERKUT⁆           ⁅b:02.02.1979⁆  DEU P ⁅r:⁆
03 ⁅n:DAGDEVIRENOGLU/SAHINDE⁆    ⁅b:29.10.1960⁆  TUR P U08733190
04 ⁅n:ESKIKAYA/CIHANGIR⁆         ⁅b:06.03.2001⁆  DEU I ⁅k:⁆
Übermittelt an Bundespolizei, Referenz 26-API-004412`,
  },
  {
    lang: 'de',
    kind: 'Abrechnung Flugstunden Freelance-Fluglehrer',
    source: `RECHNUNG Nr. 2026-041
⁅n:Valeriu Guțu⁆ · Freiberuflicher Fluglehrer (FI(A), CRI)
⁅h:Kranichweg 18, 90411 Nürnberg⁆ · ⁅t:+49 160 2231 8847⁆ · ⁅m:valeriu.gutu@web.de⁆
An: Aeroclub Nürnberg e. V., Flughafenstraße 100, 90411 Nürnberg

Oktober 2026: 31,5 Std. Flugausbildung à 48,00 € = 1.512,00 €
Kleinunternehmer nach § 19 UStG.
Bankverbindung: ⁅i:DE g⁆ · Steuer-ID ⁅x:⁆`,
  },
  {
    lang: 'de',
    kind: 'Arbeitsvertrag Auszug Flugzeugmechaniker',
    source: `§ 1 Vertragsparteien
Zwischen der Flughafen Elbtal GmbH, Wilhelmine-Reichard-Ring 1, 01109 Dresden (Arbeitgeberin)
und Herrn ⁅n:Shapour Lashkajani⁆, geboren am ⁅b:16.05.1990⁆, wohnhaft ⁅h:Hangarstraße 9, 01109 Dresden⁆ (Arbeitnehmer)
§ 2 Tätigkeit: Fluggerätmechaniker (B1), Line Maintenance
§ 5 Vergütung: EG 8, Stufe 3, zahlbar auf ⁅i:DE g⁆
Sozialversicherung: RV-Nr. ⁅s:16051990 Lashkajani m⁆`,
  },
  {
    lang: 'de',
    kind: 'Chat-Nachricht Schichtleiter Vorfeld',
    source: `[06:12] ⁅n:Kamphaeng Phonsawan⁆: Pushback-Schlepper 7 defekt, nehme 9. Position V144 frei ab 06:30.
[06:13] ⁅n:Bunsong⁆: ok, B737 TC-JVK steht noch an V146, Crew wartet auf Beladeliste.
[06:15] ⁅n:Kamphaeng Phonsawan⁆: Loadcontrol ist informiert, Durchwahl 44213.
[06:20] ⁅n:Daoruang Saensuk⁆: bin heute krank, bitte ruf mich privat an ⁅t:0176 22198430⁆ wenn was ist`,
  },
  {
    lang: 'de',
    kind: 'Hinweisblatt Sicherheitskontrolle Personal (ohne Personendaten)',
    source: `Merkblatt Personalkontrolle Sicherheitsbereich
– Flughafenausweis sichtbar tragen, keine Weitergabe.
– Mitgeführte Werkzeuge sind vorab bei der Werkzeugausgabe zu registrieren.
– Flüssigkeiten über 100 ml nur mit Freigabe der Luftsicherheit.
– Verstöße meldet die Kontrollstelle an die Ausweisstelle (Gebäude 101, Tel. +49 69 690 70100).
Stand: 10/2026`,
  },
  {
    lang: 'de',
    kind: 'Schadensmeldung beschädigter Koffer mit Zahlungsdaten',
    source: `Schadensmeldung Reisegepäck (Montrealer Übereinkommen, Art. 17)
Fluggast: ⁅n:Gulmira Tulegenova⁆, ⁅h:Am Rollfeld 3, 12529 Schönefeld⁆
Flug: OS 231 VIE–BER, 30.10.2026 · Gepäckschein OS 190 773 120
Schaden: Rollen abgerissen, Schale gebrochen (Foto anbei)
Erstattung Neupreis 189,00 € bitte auf die Kreditkarte ⁅c:⁆ oder Konto ⁅i:DE g⁆
Telefon: ⁅t:+49 152 0447 3116⁆`,
  },
  {
    lang: 'de',
    kind: 'Besatzungsausweis Antrag (Crew Member Certificate)',
    source: `Antrag auf Ausstellung eines Crew Member Certificate (CMC)
Airline: Danubia Air AG, Office Park 3, 1300 Wien-Flughafen
Antragstellerin: ⁅n:Aurica Plămădeală⁆
Geburtsdatum: ⁅b:07.07.1993⁆ · Geburtsort: Chișinău
Staatsangehörigkeit: rumänisch · Reisepass ROU 051827734
Funktion: Flugbegleiterin seit 03/2021, Base VIE
Private Anschrift: ⁅h:Ebreichsdorfer Gasse 11, 1300 Schwechat⁆`,
  },
  {
    lang: 'de',
    kind: 'IT-Ticket Crew-App Login gesperrt',
    source: `Ticket #INC-77812 · Crew-App „MyRoster“
Gemeldet von: ⁅n:Yathiraj Byregowda⁆ (⁅m:yathiraj.byregowda@alpenflug-regional.de⁆)
Beschreibung: Nach drei Fehlversuchen gesperrt, Zugriff zuletzt von ⁅a:91.42.118.207⁆ (Hotel-WLAN Pune) und ⁅a:2a02:8108:1c40:7e00::5d⁆ (privat).
Maßnahme: Konto entsperrt, MFA neu registriert. Server crewapp-02 (10.40.0.12) unauffällig.
Bearbeiter: Service Desk`,
  },
  {
    lang: 'de',
    kind: 'Trainingsplan Simulator Type Rating',
    source: `Type Rating A320 – Simulatorplan Kurs 26/07
SIM 1–4: Normal Procedures · SIM 5–8: Abnormals · LOFT · Skill Test
Trainees: F/O ⁅n:Libin Mundackal⁆, F/O ⁅n:Ngendo Kibicho⁆
Instruktor (TRI): ⁅n:Hooshang Rudsari⁆
Ort: Simulatorzentrum Berlin, Gerät FFS A320-2, Slots 02:00–06:00 UTC`,
  },
  {
    lang: 'de',
    kind: 'Abschiedsmail Kollegin Ruhestand',
    source: `Liebe Kolleginnen und Kollegen,

nach 34 Jahren im Check-in und an den Gates ist heute mein letzter Arbeitstag. Danke für alles!
Wer in Kontakt bleiben will: ⁅m:wiborada.bumann@bluewin.ch⁆ oder ⁅t:+41 78 622 19 04⁆.
Ab Januar wohne ich bei meiner Schwester in ⁅h:Obstgartenweg 7, 8302 Kloten⁆ – Besuch ist willkommen.

Eure ⁅n:Wiborada Bumann⁆`,
  },
  {
    lang: 'de',
    kind: 'Übersicht Flughafenentgelte (ohne Personendaten)',
    source: `Entgeltordnung 2027 – Auszug
Start- und Landeentgelt je Tonne MTOW: 4,21 €
Lärmzuschlag Kategorie 5 (Nacht 22–06 Uhr): 2.150,00 € je Bewegung
Passagierentgelt Abflug: 16,80 € (Umsteiger 10,10 €)
Abstellentgelt ab der 4. Stunde: 0,14 € je Tonne und Stunde
Rückfragen: entgelte@flughafen-elbtal.de · IBAN für Entgelte DE89 8505 0300 3120 0004 81`,
  },
  {
    lang: 'de',
    kind: 'Gesprächsnotiz Betriebsarzt Flugbegleiter',
    source: `Gesprächsnotiz Betriebsärztlicher Dienst – vertraulich
Mitarbeiter: ⁅n:Kauã Vilaça⁆, Personalnr. 60317, geb. ⁅b:25.12.1996⁆
Anlass: Wiedereingliederung nach Bandscheibenvorfall
Empfehlung: zunächst nur Kurzstrecke, keine Umläufe über 10 Std. Dienstzeit, Kontrolle in 6 Wochen.
Erreichbar: ⁅t:+49 173 8816 2204⁆`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Hangarstellplatz Privatpilot',
    source: `⁅n:Irmingard Natter⁆
⁅h:Alpenstraße 36, 5020 Salzburg⁆

An die Flughafen Salzburg Hangar GmbH

Kündigung Hangarstellplatz Nr. 14 (D-EFGH, Piper PA-28)

Hiermit kündige ich den Stellplatz fristgerecht zum 31.12.2026. Die Kaution bitte auf mein Konto ⁅i:AT⁆ zurücküberweisen.

Mit freundlichen Grüßen
⁅n:I. Natter⁆`,
  },
  {
    lang: 'de',
    kind: 'Bodenabfertigung Übergabeprotokoll Nachtschicht',
    source: `Übergabe Nachtschicht → Frühschicht, 08.11.2026
– Enteisungsanlage 2 Druckabfall, Technik informiert (Ticket T-4471)
– Fracht A6-GWB verspätet, Ladeliste fehlt
– Vorfeldaufsicht: ⁅n:Evariste Broussard⁆ bis 06:00, danach ⁅n:Onezime Arceneaux⁆
– Fundstück: Dienstausweis von ⁅n:Dudley Trahan⁆ am Bus 12 gefunden, im Schichtbüro hinterlegt`,
  },
];
