import type { HandSource } from './markup.js';

/** German hand-written documents of set 42 (betting, casinos, arcades and lotteries in DE, AT and CH), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'OASIS-Sperrantrag (Selbstsperre, Formular)',
    source: `Antrag auf Selbstsperre im Spielersperrsystem OASIS
Name, Vorname: ⦗n:Kitikov, Oshvi⦘
Geburtsdatum: ⦗b:14.03.1987⦘   Geburtsort: Kasan
Anschrift: ⦗h:Zechenstraße 41, 44787 Bochum⦘
Sperrdauer: 12 Monate (Mindestdauer 3 Monate)
Annahmestelle: Spielhalle Glückshafen, Bremerhaven – Konzession SH-0471-22
Unterschrift Antragsteller/in: ______`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Kundenservice Sportwetten mit Zitat',
    source: `Von: kundenservice@zechenblick-wetten.de
An: ⦗m:ayvika.shkalikov@freenet.de⦘
Betreff: AW: Auszahlung seit 5 Tagen offen

Guten Tag Frau ⦗n:Shkalikov⦘,
die Auszahlung über 740,00 EUR ist nach Abschluss der Verifizierung am 02.06. veranlasst worden.

Mit freundlichen Grüßen
Ihr Kundenservice Zechenblick Wetten · Tel. 0234 588 120-0

> Am 31.05.2026 schrieb ⦗n:Ayvika Shkalikov⦘ <⦗m:ayvika.shkalikov@freenet.de⦘>:
> Ich warte seit Freitag auf mein Geld. Wettkonto 88120447, IBAN ⦗i:DE g⦘.`,
  },
  {
    lang: 'de',
    kind: 'Notiz Sozialkonzept-Intervention Spielhalle',
    source: `Sozialkonzept – Gesprächsnotiz Frühintervention
Datum: 09.07.2026, 21:40 Uhr, Aufsicht: ⦗n:Toydemar⦘ (MA-Nr. 117)
Gast: ⦗n:Kurkchi⦘ (Stammgast, Spielerkarte 300418), seit 14 Uhr an Geräten 4 und 5,
drei Abhebungen am Automaten der Nachbarfiliale erwähnt. Infomaterial Beratungsstelle übergeben,
Gast lehnt Fremdsperre ab. Rückruf angeboten unter ⦗t:0160 4471822⦘ (vom Gast genannt).`,
  },
  {
    lang: 'de',
    kind: 'Jackpot-Auszahlungsprotokoll Casino (AT)',
    source: `Casino Donaublick – Jackpot-Protokoll JP-26-0914
Automat: Slot 221 "Golden Danube", Jackpot 18.420,00 EUR, 23:12 Uhr
Gewinner: ⦗n:Tanasa Mitioglo⦘, geb. ⦗b:2. Februar 1979⦘
Ausweis: Personalausweis ⦗k:⦘ (deutsch), geprüft durch Cage-Kassier ⦗n:Pilu Dimaci⦘
Überweisung auf ⦗i:AT g⦘ – Zeuge Saalchef ⦗n:Lyudvig Zagrebin⦘`,
  },
  {
    lang: 'de',
    kind: 'Lotto-Gewinnanforderung mit Steuer-ID',
    source: `Gewinnanforderung Großgewinn (ab 5.000 EUR) – Quittungsnummer 7734-0219-5510-08
Spielteilnehmer: ⦗n:Rasolofomanana, Lova⦘
Anschrift: ⦗h:Hopfengarten 9, 85049 Ingolstadt⦘
Telefon: ⦗t:0841 9312277⦘, E-Mail: ⦗m:lova.raso@gmx.de⦘
Steuerliche Identifikationsnummer: ⦗x:g⦘
Ausweis (Personalausweis): ⦗k:⦘
Bankverbindung: ⦗i:DE⦘
Annahmestelle 4471 (Kiosk am Nordbahnhof) bestätigt Spielquittung im Original.`,
  },
  {
    lang: 'de',
    kind: 'Chat Wettbüro-Team (Schichtwechsel)',
    source: `[18:02] ⦗n:Kechevi⦘: übergabe: terminal TRM-4471-C hängt wieder beim druck, bon-rolle neu eingelegt
[18:03] ⦗n:Panaiot⦘: ok. war der ⦗n:Hothi⦘ mit den kombis wieder da?
[18:03] ⦗n:Kechevi⦘: nein, heute nicht. aber der ⦗n:Gitinov⦘ will morgen 2.400 auszahlen, ausweis nicht vergessen
[18:04] ⦗n:Panaiot⦘: 👍`,
  },
  {
    lang: 'de',
    kind: 'Brief Glücksspielbehörde an Betreiber (ohne Personenbezug)',
    source: `Gemeinsame Glücksspielbehörde der Länder · Referat Erlaubnisse
An die Wettbüro Zechenblick GmbH, Zechenstraße 2, 44787 Bochum

Az. GGL-E-2026-3318 – Anzeige der Änderung der Wettvermittlungsstelle

Sehr geehrte Damen und Herren,
die Anzeige vom 3. Juni 2026 ist vollständig. Bitte reichen Sie das aktualisierte Sozialkonzept
bis zum 31.08.2026 ein. Rückfragen an poststelle@ggl.example oder Zentrale 0391 555 00-0.

Mit freundlichen Grüßen
Referat Erlaubnisse`,
  },
  {
    lang: 'de',
    kind: 'Einlasskontrolle Spielbank (Liste)',
    source: `Spielbank Einlassliste 14.06.2026 – Schicht Abend, Rezeption 2
19:05  ⦗n:Ibetombi Angom⦘   geb. ⦗b:03.11.1990⦘   RP ⦗r:⦘   OASIS: frei
19:22  ⦗n:Ivukov, Jeejal⦘   geb. ⦗b:27.01.1962⦘   OASIS: frei
19:40  Gast ohne Ausweis – Einlass verweigert
19:58  ⦗n:Koli Baboglo⦘   geb. ⦗b:08.08.1970⦘   PA ⦗k:⦘   OASIS: frei
20:11  ⦗n:Kunjabihari Haobam⦘   geb. ⦗b:19.08.1999⦘   OASIS: GESPERRT – Einlass verweigert`,
  },
  {
    lang: 'de',
    kind: 'Bargeld-Verdachtsmeldung (Geldwäsche, Entwurf)',
    source: `Entwurf Verdachtsmeldung goAML – nur intern
Betroffene Person: ⦗n:Hairbiyar Sanjrani⦘, geb. ⦗b:1984-05-30⦘, ⦗h:Thaliastraße 112, 1160 Wien⦘
Reisepass: ⦗r:⦘
Sachverhalt: Bareinzahlung 9.800 EUR in Stückelung 50er an Kasse 3, unmittelbar danach Auszahlung
gegen Scheck, kaum Spieltätigkeit (Einsatz gesamt 310 EUR). Geldwäschebeauftragte: ⦗n:Sabriye Zaatov⦘`,
  },
  {
    lang: 'de',
    kind: 'Lotterie-Abo SEPA-Lastschriftmandat',
    source: `SEPA-Lastschriftmandat – Lotterie-Genossenschaft Rheinknie
Gläubiger-ID CH12ZZZ00000012345, Mandatsreferenz LRK-ABO-0049182
Kontoinhaber/in: ⦗n:Sohni Bughio⦘
Anschrift: ⦗h:Feldbergstrasse 77, 4057 Basel⦘
IBAN: ⦗i:CH g⦘
Ort, Datum: Basel, 12.05.2026   Unterschrift: ⦗n:S. Bughio⦘`,
  },
  {
    lang: 'de',
    kind: 'Affiliate-Abrechnung CSV',
    source: `affiliate_id;name;email;kanal;ftd;provision_eur
AF-2210;⦗n:Likuna Gasviani⦘;⦗m:likuna.g@posteo.de⦘;YouTube;41;2460,00
AF-2214;Tipster Media UG;abrechnung@tipstermedia.example;Telegram;118;7080,00
AF-2230;⦗n:Murtaz Pirveliani⦘;⦗m:m.pirveliani@web.de⦘;Blog;9;540,00`,
  },
  {
    lang: 'de',
    kind: 'VIP-Host-Notiz CRM',
    source: `CRM · VIP-Stufe Platin · Host: ⦗n:Zoya Vladykin⦘
Kunde ⦗n:Akhmednabiev⦘ (Konto 4418-2290) – Geburtstag am ⦗b:22.09.1971⦘, wünscht Tisch 7 beim Pokerturnier.
Erreichbar nur mobil ⦗t:+49 178 30418822⦘ nach 18 Uhr. Achtung: Einzahlungslimit 30.000 EUR/Monat erreicht,
Affordability-Prüfung durch Compliance (compliance@casino-donaublick.at) steht aus.`,
  },
  {
    lang: 'de',
    kind: 'Personalbogen Spielhallen-Aufsicht',
    source: `Personalbogen – Glückshafen GmbH & Co. KG, Filiale Bremerhaven-Mitte
Name: ⦗n:Ikoisa Mosolova⦘, geb. ⦗b:06.06.1995⦘
Anschrift: ⦗h:Lotsenstieg 3, 27568 Bremerhaven⦘
SV-Nummer: ⦗s:06061995 Mosolova f⦘   Steuer-ID: ⦗x:⦘
Sachkundenachweis Spielerschutz vom 18.02.2026, Schulungsnummer SK-26-0311`,
  },
  {
    lang: 'de',
    kind: 'Tippgemeinschaft WhatsApp',
    source: `[12.06.26, 09:14] ⦗n:Kyndyl⦘: Leute, Einsatz für die Lotto-Tippgemeinschaft bitte bis Freitag aufs Konto von ⦗n:Boovai⦘
[12.06.26, 09:15] ⦗n:Boovai Chonov⦘: genau, ⦗i:DE g⦘, Verwendungszweck "Tipp KW24"
[12.06.26, 09:20] ⦗n:Dyulustan⦘: überwiesen 👍
[12.06.26, 09:31] ⦗n:Kyndyl⦘: 6 aus 49 Quittung hab ich fotografiert, Nr. 5510 0219 7734`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde an Schlichtungsstelle (Brief)',
    source: `⦗n:Sokrat Bzhania⦘
⦗h:Annenstraße 18, 8020 Graz⦘

An die Spielerschutz-Ombudsstelle Österreich

Beschwerde gegen Valletta Crown Gaming plc – Kontosperre ohne Begründung
Mein Spielerkonto (Nutzer: sokrat_b) wurde am 3.4. gesperrt, Guthaben 1.912,40 EUR.
Ich bitte um Vermittlung. Erreichbar unter ⦗t:+43 660 4127780⦘ oder ⦗m:sokrat.bzhania@chello.at⦘.

⦗n:Sokrat Bzhania⦘`,
  },
  {
    lang: 'de',
    kind: 'Druckerwarteschlange Auszug (Störungsticket)',
    source: `Ticket IT-5521: Bondrucker Kasse 2 druckt Auszahlungsbelege doppelt
Auszug aus der Warteschlange (lpstat -W not-completed):
kasse2-411  kasse03  4096  Mo 15 Jun 2026 22:10:04  "Auszahlung ⦗n:Ulzy Ardashev⦘.pdf"
kasse2-412  kasse03  4096  Mo 15 Jun 2026 22:10:05  "Auszahlung ⦗n:Ulzy Ardashev⦘.pdf"
Treiber neu installiert durch IT-Dienstleister (support@kassen-it.example). Status: gelöst.`,
  },
  {
    lang: 'de',
    kind: 'Spielersperre Fremdsperre Antrag Angehörige',
    source: `Antrag auf Fremdsperre (§ 8a GlüStV 2021)
Antragstellerin: ⦗n:Ony Ravelojaona⦘, Ehefrau, ⦗t:0681 3309412⦘
Zu sperrende Person: ⦗n:Vonjy Ravelojaona⦘, geb. ⦗b:11.12.1980⦘, Personalausweis ⦗k:⦘
Anschrift beider: ⦗h:Kiebitzweg 22, 66111 Saarbrücken⦘
Begründung: Überschuldung, Rückbuchungen von Lastschriften seit Februar; Nachweise in Anlage 1–3.`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Testkauf Jugendschutz (ohne Personenbezug)',
    source: `Testkauf-Protokoll Jugendschutz – Annahmestellen Bezirk Nord, 22.05.2026
Annahmestelle 4471: Rubbellos an Testkäufer (17 J.) verkauft – Verstoß, Ermahnung
Annahmestelle 4490: Alterskontrolle erfolgt, Verkauf verweigert – ohne Beanstandung
Annahmestelle 4502: geschlossen
Nachschulung Verkaufspersonal über vertrieb@lotto-nord.example angefordert.`,
  },
  {
    lang: 'de',
    kind: 'Ausweiskopie-Vermerk Online-Casino-KYC',
    source: `KYC-Vermerk Ticket #88231 – Stufe 2
Kunde: ⦗n:Pehlaj Nizamani⦘, Konto-ID 7002188
Dokument: deutscher Reisepass ⦗r:⦘, gültig bis 2031
Adressnachweis: Stromrechnung, ⦗h:Auf der Heide 5, 44787 Bochum⦘ – stimmt mit Registrierung überein
Anmelde-IP bei Registrierung: ⦗a:86.144.201.17⦘ (Deutschland, plausibel)`,
  },
  {
    lang: 'de',
    kind: 'Spielerschutz-Limitänderung Bestätigung',
    source: `Betreff: Ihr Einzahlungslimit wurde geändert

Hallo ⦗n:Gulisa⦘,
Ihr monatliches Einzahlungslimit wurde auf 300 EUR gesenkt (sofort wirksam). Eine Erhöhung ist frühestens
nach 7 Tagen möglich. Fragen? spielerschutz@rockstraits.gi

Dein Team von Rock Straits Betting`,
  },
  {
    lang: 'de',
    kind: 'Kassenbuch-Auszug Spielbank Cage',
    source: `Cage-Kassenbuch 14.06.2026 – Schicht B
22:31  Chipkauf bar   5.000 EUR   ⦗n:Mumine Seitveliev⦘   Kartenleser-ID CG-07
22:48  Chiprücktausch   12.350 EUR   ⦗n:Mumine Seitveliev⦘   Meldung CTR-26-004812
23:05  Chipkauf Karte   2.000 EUR   ⦗c:-⦘   ⦗n:Ayder Refatova⦘
23:40  Tronc-Einzahlung   840 EUR   (Personal, kein Gast)`,
  },
  {
    lang: 'de',
    kind: 'Gewinnbenachrichtigung Soziallotterie',
    source: `Lotterie-Genossenschaft Rheinknie · Gewinnabteilung

⦗n:Sakinat Ramazanov⦘
⦗h:Rue de Carouge 48, 1205 Genève⦘

Gewinnbenachrichtigung – Los 0044-771-9
Sehr geehrte Frau ⦗n:Ramazanov⦘,
Ihr Los hat in der Ziehung vom 1. Juni 2026 einen Sachpreis (E-Bike) gewonnen. Bitte melden Sie sich
unter gewinne@los-rheinknie.ch oder +41 61 555 20 00.`,
  },
  {
    lang: 'de',
    kind: 'Mitarbeiter-Mail Verdacht Mehrfachkonten',
    source: `Von: ⦗n:Ekhi Loidi⦘ <⦗m:ekhi.loidi@zechenblick-wetten.de⦘>
An: risk@zechenblick-wetten.de
Betreff: Mehrfachkonten?

Hi zusammen,
die Konten 5512 und 5519 loggen sich beide von ⦗a:77.183.40.212⦘ ein, gleiche Geräte-ID, Namen
⦗n:Zhirgal Tsebekov⦘ und ⦗n:Altan Tsebekov⦘ (Geschwister?). Bonusmissbrauch möglich.

Gruß
⦗n:Ekhi⦘
Risk Analyst · Durchwahl ⦗t:0234 588 120-47⦘`,
  },
  {
    lang: 'de',
    kind: 'Wartungsbericht Geldspielgerät (ohne Personenbezug)',
    source: `Wartungsbericht GSG-Service · Filiale Rostock, Gerät Nr. 12 (Bauartzulassung PTB 1.2-44 018)
Fehler: Münzprüfer blockiert, Fehlercode E-31; Kontrollstreifen gedruckt, Zählwerk 0441188
Maßnahme: Münzprüfer getauscht, Testspiel 20 Runden ohne Befund
Techniker-Kürzel: HW · Rückfragen Hotline 0800 555 0199`,
  },
  {
    lang: 'de',
    kind: 'Quellenprüfung Einkommen (Affordability-Formular)',
    source: `Prüfung der finanziellen Leistungsfähigkeit – Stufe 3
Kunde: ⦗n:Jagannath Khuntia⦘   Geburtsdatum: ⦗b:30.04.1976⦘
Arbeitgeber: Stadtwerke (Gehaltsnachweise 03–05/2026 liegen vor)
Gehaltskonto: ⦗i:DE g⦘
Einzahlungen letzte 90 Tage: 14.600 EUR – Quote 61 % des Nettoeinkommens → Limit 1.000 EUR/Monat
Bearbeiter: ⦗n:Ametz Beitia⦘`,
  },
  {
    lang: 'de',
    kind: 'Hausverbot Spielhalle (Schreiben)',
    source: `Spielhalle Glückshafen GmbH & Co. KG

Herrn ⦗n:Nongdamba Elangbam⦘
⦗h:Zechenstraße 8, 44787 Bochum⦘

Hausverbot
Aufgrund Ihres Verhaltens am 11.06.2026 (Beschädigung von Gerät 7) erteilen wir Ihnen für sämtliche
Filialen ein Hausverbot für 24 Monate.
Filialleitung`,
  },
  {
    lang: 'de',
    kind: 'Telefonnotiz Beratungsstelle Glücksspielsucht',
    source: `Telefonnotiz Fachstelle Glücksspielsucht, 16.06.2026
Anruferin: ⦗n:Sunnvá Kallsberg⦘, Mutter von ⦗n:Dánjal⦘ (19), Rückruf ⦗t:+49 151 22094418⦘
Sohn wettet auf Tennis-Livewetten, Schulden ca. 3.000 EUR. Termin Erstgespräch 23.06., 15 Uhr.
Infoblatt Sperrantrag OASIS per Post an ⦗h:Auf der Heide 27, 44787 Bochum⦘`,
  },
  {
    lang: 'de',
    kind: 'Pokerturnier-Teilnehmerliste',
    source: `Turnier "Donau Deepstack" 20.06.2026 – Buy-in 250 EUR – Startliste (Auszug)
Platz 1  ⦗n:Kirsan Burulov⦘        Spielerkarte 411902
Platz 2  ⦗n:Maguette Kébé⦘        Spielerkarte 411377
Platz 3  ⦗n:Inga Avidzba⦘         Spielerkarte 410051
Preisgeld Platz 1: 9.850 EUR – Auszahlung an der Cage gegen Ausweis`,
  },
  {
    lang: 'de',
    kind: 'Rückbuchungsanfrage Zahlungsdienstleister',
    source: `Chargeback-Anfrage #CB-66120 · Händler: Valletta Crown Gaming plc
Karteninhaber: ⦗n:Daiaphi Khongwir⦘
Kartennummer: ⦗c:⦘
Transaktion 04.05.2026, 200,00 EUR, Grund: "nicht autorisiert"
Unsere Logs: Einzahlung von ⦗a:2a01:c23:7e41::1b⦘, 3-D-Secure bestätigt. Bitte Stellungnahme bis 20.06.`,
  },
  {
    lang: 'de',
    kind: 'Meldung Sperrdatei-Abgleich Fehler (intern)',
    source: `Von: it-betrieb@glueckshafen-spiel.de
An: aufsicht@glueckshafen-spiel.de
Betreff: OASIS-Schnittstelle 16.06. 03:00–04:10 gestört

Während der Störung wurde kein Einlass per Abgleich geprüft. Betroffen: Filialen Bremerhaven und Rostock.
Liste der Einlässe im Zeitraum liegt vor (7 Einträge), Nachprüfung durch Filialleitung heute.
Gruß, IT-Betrieb · Zentrale 0471 90 33 0`,
  },
  {
    lang: 'de',
    kind: 'Mahnung Wettschulden Privatperson (Brief)',
    source: `⦗n:Teyfuk Osmanov⦘ · ⦗h:Kaigasse 6, 5020 Salzburg⦘

An ⦗n:Hammal Lehri⦘

Sehr geehrter Herr ⦗n:Lehri⦘,
Sie schulden mir aus unserer privaten Wette zum Cupfinale noch 450 EUR. Bitte überweisen Sie bis 30.06.
auf ⦗i:AT⦘. Sonst muss ich weitere Schritte einleiten.

⦗n:Teyfuk Osmanov⦘, Tel. ⦗t:+43 650 9921034⦘`,
  },
  {
    lang: 'de',
    kind: 'Gehaltsabrechnung Croupier (Auszug)',
    source: `Casino Donaublick AG · Entgeltabrechnung Juni 2026 · Personalnummer 20417
⦗n:Dilyaver Chapchakchi⦘, ⦗h:Hopfengarten 31, 85049 Ingolstadt⦘ (Grenzgänger, Wohnsitz Deutschland)
Steuer-ID ⦗x:⦘ · SV-Nr. ⦗s:19071990 Chapchakchi m⦘
Grundgehalt 2.640,00 EUR, Tronc-Anteil 1.118,40 EUR, Nachtzuschlag 212,00 EUR
Auszahlung auf ⦗i:DE g⦘`,
  },
];
