import type { HandSource } from './markup.js';

const de = (kind: string, source: string): HandSource => ({ lang: 'de', kind, source });

/** German hand-written documents of set 21, each a different kind. */
export const HAND_DE: HandSource[] = [
  de(
    'Werkstattauftrag',
    `AUTOHAUS AM STADTRING GmbH – Werkstattauftrag Nr. WA-26-04417
Annahme: 09.03.2026, 07:42 Uhr · Serviceberater: ⦃n:Ilgiz Yumaguzhin⦄

Kunde: ⦃n:Agabala Kapiev⦄
Anschrift: ⦃h:Weidenkamp 17, 72764 Reutlingen⦄
Tel. tagsüber: ⦃t:0157 412 8803⦄
Fahrzeug: VW Passat Variant, RT-AK 2211, FIN WVWZZZ3CZLE041187, km 148.300

Pos. 1  Inspektion nach Herstellervorgabe
Pos. 2  Bremsen vorne klappern – prüfen
Pos. 3  Klimaanlage desinfizieren (nur nach Rücksprache!)

Freigabe bis 600 € ohne Rückfrage. Abholung durch Ehefrau ⦃n:Selimat Kapieva⦄.
Unterschrift Kunde: ____________`,
  ),
  de(
    'Probefahrtvereinbarung',
    `Probefahrtvereinbarung (Vorführwagen)
Fahrzeug: Škoda Enyaq 85, rotes Kennzeichen 0 6 1 4 2
Fahrer/in: ⦃n:Marpa Lytkin⦄, geb. ⦃b:14.07.1991⦄
Wohnanschrift: ⦃h:Brunnenring 4, 38440 Wolfsburg⦄
Personalausweis-Nr.: ⦃k:⦄  (Kopie wird nach Rückgabe vernichtet)
Führerschein Klasse B seit 2010
Beginn 15:10, Ende spätestens 16:30. Selbstbeteiligung bei Schäden 1.000 €.
Verkäufer: ⦃n:Gust Hoffelt⦄`,
  ),
  de(
    'Garantieantrag an Hersteller',
    `Garantieantrag G-2026-118 – Händler 40721
Schadenstag: 02.02.2026 · Laufleistung 61.480 km · FIN WBA71GD0X0LV83311
Beanstandung lt. Kunde ⦃n:Bulgun Ochirov⦄: "Motorkontrollleuchte, Leistungsverlust".
Befund: Injektor Zyl. 3 undicht, Teilenr. 13 53 8 627 410.
Arbeitswerte: 18 AW, Material 412,60 €.
Kulanzanteil Kunde: 0 %.
Bearbeiter Garantie: ⦃n:Ruslanbek Mirzebekov⦄, Durchwahl -214`,
  ),
  de(
    'Carsharing-Registrierung (E-Mail)',
    `Von: FlinkDrive <noreply@flinkdrive.de>
An: ⦃m:tetyana.zelcs@posteo.de⦄
Betreff: Willkommen bei FlinkDrive – bitte Führerschein prüfen lassen

Hallo ⦃n:Tetyana⦄,

danke für deine Registrierung. Damit du losfahren kannst, fehlt nur noch die Führerscheinprüfung per Video-Ident.
Hinterlegte Mobilnummer: ⦃t:+49 176 55208134⦄
Hinterlegte Karte: ⦃c:s⦄ (wird erst bei der ersten Fahrt belastet)

Dein FlinkDrive-Team
FlinkDrive Carsharing GmbH · Hansaring 12 · 50670 Köln`,
  ),
  de(
    'Übergabeprotokoll Mietwagen',
    `ÜBERGABEPROTOKOLL – Station Graz Hbf
Mietvertrag 7730152 · Fahrzeug G-482 LX · Tank 8/8 · km 22.140
Mieter: ⦃n:Erdni Badmaev⦄
Zweitfahrer: ⦃n:Delyash Basanova⦄, geb. ⦃b:03.11.1988⦄
Kontakt während der Miete: ⦃t:+43 664 2281093⦄
Vorschäden (Skizze): Kratzer Tür hinten links, Steinschlag Frontscheibe
Übergeben von: ⦃n:Kuaima⦄ (Stationsmitarbeiter)
Rückgabe: 12.04.2026, 18:00`,
  ),
  de(
    'Fahrerbenennung an Bußgeldstelle',
    `Mietwagen Süd GmbH · Fahrzeugvermietung · Postfach 1140 · 85001 Ingolstadt

An die Zentrale Bußgeldstelle
Ihr Az.: 602.44.118733.8 – Anhörung als Zeuge

Das Fahrzeug IN-MS 4410 war zur Tatzeit (21.01.2026, 08:14 Uhr) vermietet an:
⦃n:Bortolo Gheller⦄
⦃h:Via dei Campi 12, 39100 Bolzano⦄, Italien
geboren am ⦃b:30.05.1979⦄
Kopie des Mietvertrags anbei.
Mit freundlichen Grüßen
i. A. ⦃n:Nanesse Houyoux⦄, Schadenabteilung`,
  ),
  de(
    'Dauerparkvertrag mit SEPA-Mandat',
    `Parkhaus Bahnhof Nord – Dauerparkvertrag Stellplatz 3.17
Mieter: ⦃n:Arminio Slaviero⦄, ⦃h:Schlehenstraße 9, 04109 Leipzig⦄
E-Mail für Rechnungen: ⦃m:a.slaviero@mailbox.org⦄
Monatsmiete 95,00 € inkl. USt.

SEPA-Lastschriftmandat
Gläubiger-ID: DE71ZZZ00001204455 · Mandatsreferenz PH-3-17-2026
Kontoinhaber: ⦃n:Arminio Slaviero⦄
IBAN: ⦃i:DE g⦄
Ort, Datum: Leipzig, 01.03.2026   Unterschrift: ____________`,
  ),
  de(
    'Mauterstattungsantrag (Österreich)',
    `Antrag auf Erstattung der Streckenmaut – A13 Brennerautobahn
Fahrzeughalter: ⦃n:Kalcidon Zorzenon⦄
Anschrift: ⦃h:Kalvarienberggasse 21/3, 1170 Wien⦄
Grund: Doppelte Abbuchung Videomaut am 18.02.2026 (Buchungsnr. 88402117 und 88402118)
Erstattung auf: ⦃i:AT⦄
Rückfragen: ⦃m:k.zorzenon@aon.at⦄`,
  ),
  de(
    'Ausbildungsvertrag Fahrschule',
    `Rheintal Fahrschule AG – Ausbildungsvertrag Kat. B
Fahrschüler: ⦃n:Ineshke Tsygankin⦄
Geburtsdatum: ⦃b:22. August 2008⦄
Adresse: ⦃h:Obstgartenweg 6, 9450 Altstätten⦄
Natel: ⦃t:079 318 44 20⦄
Erziehungsberechtigte/r (unter 18): ⦃n:Kemal Tsygankin⦄
Grundgebühr CHF 180.–, Fahrlektion 45 Min. CHF 98.–
Fahrlehrer: ⦃n:Tonî Remacle⦄`,
  ),
  de(
    'Fahrtenbuch (Seite)',
    `Fahrtenbuch Firmenwagen GP-PT 740 – März 2026
Fahrer: ⦃n:Istor Frigo⦄

Datum | km Start | km Ende | Ziel / Zweck | privat
02.03. | 48.112 | 48.301 | Kunde Ulm, Reklamation | –
03.03. | 48.301 | 48.322 | Wohnung – Werk | –
07.03. | 48.322 | 48.410 | privat: ⦃h:Am Mühlbach 3, 73033 Göppingen⦄ (Eltern) | x
Unterschrift: ⦃n:I. Frigo⦄`,
  ),
  de(
    'Antrag Tankkarte Außendienst',
    `Antrag auf Tankkarte – Außendienst Vertrieb Süd
Mitarbeiter: ⦃n:Bertile Tonezzer⦄, Personalnr. 40815
Fahrzeug: GP-PT 733 (Diesel)
Limit: 400 € / Monat, nur Kraftstoff und AdBlue
Genehmigt: ⦃n:Gelsa Cappellari⦄ (Leitung Fuhrpark)
Ausgegeben: Karte ⦃c:⦄, PIN separat per Post`,
  ),
  de(
    'Schichtübergabebuch Presswerk',
    `Schichtübergabe Presse P4 – Spätschicht an Nachtschicht, 10.03.2026
Übergabe: ⦃n:Effendi Alibekov⦄ → ⦃n:Kurbanaliev⦄
- Werkzeug 4711-B: Gratbildung links, QS informiert
- Stapler 12 Batterie schwach, Ladung läuft
- Kollege ⦃n:Nadir Shakhbazov⦄ ab 23 Uhr krank nach Hause (Durchwahl Meister -221)
Stückzahl: 2.840 i.O. / 31 n.i.O.`,
  ),
  de(
    'Anhörung Betriebsrat zur Kündigung',
    `An den Betriebsrat – Anhörung nach § 102 BetrVG
Beabsichtigte ordentliche Kündigung von
Herrn ⦃n:Sharkan Vedyashkin⦄, geb. ⦃b:09.12.1972⦄, wohnhaft ⦃h:Zur Ziegelei 8, 67059 Ludwigshafen⦄
Beschäftigt seit 01.04.2011 als Maschinenbediener, Lohngruppe 6, verheiratet, 2 Kinder.
Grund: Wegfall des Arbeitsplatzes durch Verlagerung der Linie 2.
Sozialauswahl: siehe Anlage. Bitte um Stellungnahme binnen einer Woche.
Personalleitung, ⦃n:Zuzanna Kemps⦄`,
  ),
  de(
    '8D-Bericht (Papier)',
    `8D-Report Nr. 8D-2026-031 · Kunde: Noord Mobiliteit B.V.
D1 Team: ⦃n:Savi Chavain⦄ (Leitung), ⦃n:Unavi Shketan⦄ (Werkerin Linie 5), ⦃n:Akpatyr Eshpay⦄ (Prüfmittel)
D2 Fehler: Stecker X12 nicht eingerastet, 14 Fahrzeuge betroffen
D3 Sofortmaßnahme: 100 %-Prüfung ab 05.03.
D4 Ursache: Einrastgeräusch bei Lärm nicht hörbar
D5 Abstellmaßnahme: Zugprüfung 30 N
D8 Abschluss: 28.03.2026, gez. ⦃n:S. Chavain⦄`,
  ),
  de(
    'Zutrittsprotokoll Werksausweis',
    `Auszug Zutrittskontrolle – Ausweis 0041-2277 (⦃n:Dina Zuca⦄)
Zeitraum 01.–03.03.2026, angefordert vom Betriebsrat

01.03. 05:51 Tor 1 Ein · 14:07 Tor 1 Aus
02.03. 05:49 Tor 1 Ein · 09:12 Serverraum ABGELEHNT · 14:02 Tor 1 Aus
03.03. —
Web-Terminal Zeiterfassung, Anmeldung von ⦃a:192.168.44.117⦄
Hinweis: Auswertung nur mit Zustimmung BR (BV Zutritt § 4).`,
  ),
  de(
    'Zustellnachweis (Paketdienst)',
    `Zustellnachweis – Sendung 00340434161094021637
Zugestellt am 06.03.2026 um 11:24
Empfangen von: ⦃n:Sardaana Ellyay⦄ (Nachbarin)
Zustelladresse: ⦃h:Hafenstraße 112, 28195 Bremen⦄
Ursprünglicher Empfänger: ⦃n:Voon⦄
Unterschrift: [digitale Signatur]
Zusteller-ID 4471 · Tour 18`,
  ),
  de(
    'Retourenschein',
    `RETOURE – bitte dem Paket beilegen
Bestellnr. 302-1187441 · Artikel: Dachbox 420 l (2×)
Absender: ⦃n:Kuyaana Oyunsky⦄, ⦃h:Auf der Heide 27, 66111 Saarbrücken⦄
Grund: ☐ gefällt nicht ☒ beschädigt ☐ falscher Artikel
Erstattung auf Zahlungsmittel der Bestellung.
Rückfragen an: ⦃m:kuyaana.oyunsky@web.de⦄`,
  ),
  de(
    'Benachrichtigungskarte Zustellhindernis',
    `Wir waren da! Leider haben wir Sie nicht angetroffen.
Für: ⦃n:Jempi Kinsch⦄
Ihr Paket liegt ab 16 Uhr in der Filiale Kirchstraße 4.
Abholung mit Ausweis und dieser Karte, bis 17.03.
Oder online umleiten: paketwerk.at/umleiten, Code 7H2K-Q9
Zusteller: Tour 22`,
  ),
  de(
    'CMR-Frachtbrief',
    `CMR – Internationaler Frachtbrief Nr. CMR-26-004182
1 Absender: Präzisionsteile Süd GmbH, Gewerbestraße 40, 73037 Göppingen
2 Empfänger: Vejle Auto Parts ApS, Industrivej 22, 7100 Vejle, DK
3 Auslieferungsort: Vejle, Rampe 4
16 Frachtführer: Paketwerk Logistik AG, Linz · Zugmaschine L-PW 881
Fahrer: ⦃n:Omarasxab Gamzatov⦄, Tel. ⦃t:+43 676 118 2290⦄
6–9: 18 Paletten Bremssättel, 6.420 kg
23 Unterschrift Frachtführer: ⦃n:O. Gamzatov⦄`,
  ),
  de(
    'Zollvollmacht',
    `Vollmacht zur indirekten Zollvertretung
Hiermit bevollmächtige ich, ⦃n:Gadzhibek Ramazanova⦄, geboren am ⦃b:17.01.1985⦄,
ausgewiesen durch Reisepass Nr. ⦃r:⦄,
die Shannon Freight & Customs Ltd, meine Umzugsgüter (Übersiedlungsgut) bei der Einfuhr nach Irland zu verzollen.
Anschrift bisher: ⦃h:Annenstraße 55, 8020 Graz⦄
Datum: 11.03.2026   Unterschrift: ____________`,
  ),
  de(
    'Zulassungsantrag mit SEPA-Mandat Kfz-Steuer',
    `Antrag auf Zulassung eines Fahrzeugs – Landratsamt Göppingen
Halter: ⦃n:Goderdzi Margiani⦄
geb. ⦃b:04.04.1994⦄ in Tiflis
Wohnort: ⦃h:Kastanienweg 2, 73033 Göppingen⦄
Personalausweis: ⦃k:⦄
Wunschkennzeichen: GP-GM 404 (reserviert bis 20.03.)
SEPA-Mandat Kfz-Steuer, Hauptzollamt Ulm: IBAN ⦃i:DE g⦄`,
  ),
  de(
    'Pannenhilfe-Einsatzprotokoll',
    `Einsatzprotokoll Straßenwacht – Auftrag 26-1182230
Einsatzort: A8 Fahrtrichtung München, km 128,4, Standstreifen
Mitglied: ⦃n:Saigid Chupalaev⦄, Mitgliedsnr. 402 118 377
Rückruf-Nr.: ⦃t:0173 884 1029⦄
Fahrzeug: S-AC 1990, Opel Astra, Batterie tiefentladen
Maßnahme: Starthilfe, Batterietest 11,2 V → Werkstatt empfohlen
Straßenwachtfahrer: ⦃n:Tagirbekov⦄ · Dauer 35 Min.`,
  ),
  de(
    'Personalfragebogen Lager',
    `Personalfragebogen – Neueinstellung Logistikzentrum Linz
Name, Vorname: ⦃n:Hamiche, Ouiza⦄
Geburtsdatum: ⦃b:12.03.1990⦄
Anschrift: ⦃h:Feldweg 14, 4020 Linz⦄
Steuer-ID (bei Wohnsitz DE): ⦃x:g⦄
Rentenversicherungsnummer (DE, aus früherer Tätigkeit): ⦃s:12031990 Hamiche f⦄
Bankverbindung: ⦃i:AT⦄
Staplerschein: ja (2019)`,
  ),
  de(
    'Reisekostenabrechnung Monteur',
    `Reisekostenabrechnung – Montageeinsatz Vejle (DK) 02.–06.03.2026
Monteur: ⦃n:Iguerbouchène, Lounès⦄
Steuer-ID: ⦃x:⦄
Hotel 4 Nächte: 612,00 € – bezahlt mit Firmenkreditkarte, Nachweis Karte ⦃c:d⦄
Verpflegungspauschale Ausland: 4 × 39 €
Erstattung Restbetrag auf: ⦃i:DE⦄
Geprüft: ⦃n:Tassadit Mezdad⦄, Lohnbuchhaltung`,
  ),
  de(
    'Abschleppauftrag',
    `ABSCHLEPPAUFTRAG Nr. 2219 – Abschleppdienst Innsbruck Süd
Auftraggeber: ⦃n:Bukar Shettima⦄, ⦃t:+43 660 4418827⦄
Standort: Parkplatz Einkaufszentrum, Ebene -1
Fahrzeug: I-BS 44, Toyota Corolla, Motor springt nicht an
Ziel: Vertragswerkstatt Innsbruck, Grabenweg 65
Pauschale 189 € + 2,40 €/km, bar bezahlt.
Fahrer: ⦃n:Kyari⦄`,
  ),
  de(
    'Kundenbeschwerde Garage (Schweiz)',
    `Von: ⦃m:falmata.zulum@bluewin.ch⦄
An: kundendienst@garage-rebhalde.ch
Betreff: Rechnung 18044 – nicht vereinbarte Arbeiten

Grüezi miteinander
Bei der Vorführung meines Wagens (ZH 418 223) wurden mir Bremsbeläge für CHF 386.– verrechnet, die ich nicht freigegeben habe. Herr ⦃n:Modu⦄ an der Annahme hatte nur den MFK-Test besprochen.
Ich bitte um Gutschrift. Erreichbar unter ⦃t:076 442 18 90⦄.
Freundliche Grüsse
⦃n:Falmata Zulum⦄`,
  ),
  de(
    'Kaufvertrag Gebrauchtwagen privat',
    `Kaufvertrag über ein gebrauchtes Kraftfahrzeug (privat)
Verkäufer: ⦃n:Chanda Mwanawasa⦄, ⦃h:Seefeldstrasse 140, 8008 Zürich⦄, Ausweis-Nr. ⦃k:⦄
Käufer: ⦃n:Chileshe Katongo⦄, ⦃h:Lindenhofweg 3, 6003 Luzern⦄, Tel. ⦃t:+41 78 209 11 54⦄
Fahrzeug: Mazda CX-5, Stammnummer 418.223.907, km 97.000
Kaufpreis CHF 14'800.–, bar erhalten.
Gekauft wie gesehen unter Ausschluss jeder Gewährleistung.`,
  ),
  de(
    'Europäischer Unfallbericht (Abschrift)',
    `Unfallbericht – Abschrift Seite 1
Ort: Kreisverkehr B10/Heidenheimer Str., Ulm · 04.03.2026, 17:20
Fahrzeug A: Fahrer ⦃n:Tjikuua, Vetaruhe⦄, ⦃h:Weidenkamp 9, 89073 Ulm⦄, Tel. ⦃t:0176 22019384⦄
Fahrzeug B: Fahrerin ⦃n:Ueitjiua Kandjii⦄, Firmenwagen Meridian Fleet, Tel. ⦃t:+44 7700 918234⦄
Zeugen: keine
Skizze: B fährt in Kreisverkehr ein, A bereits im Kreis.`,
  ),
  de(
    'Minijob-Vertrag Waschstraße',
    `Vertrag über eine geringfügige Beschäftigung (Minijob) – Waschstraße Autohaus am Stadtring
Beschäftigte: ⦃n:Alsou Galiakhmetov⦄, geb. ⦃b:25.06.2004⦄
Anschrift: ⦃h:Brunnenring 31, 72764 Reutlingen⦄
Steuer-ID: ⦃x:⦄ · Rentenversicherungsnummer: ⦃s:25062004 Galiakhmetov f⦄
Befreiung von der Rentenversicherungspflicht beantragt: nein
Einsatz: Sa 8–14 Uhr, 538 € / Monat
Lohn auf: ⦃i:DE⦄`,
  ),
  de(
    'Meldebescheinigung zur Sozialversicherung',
    `Meldebescheinigung zur Sozialversicherung nach § 25 DEÜV – Kopie für die Personalakte
Arbeitgeber: Paketwerk Logistik Deutschland GmbH, Betriebsnummer 51778342
Beschäftigter: ⦃n:Timerbulat Sultangareev⦄
Versicherungsnummer: ⦃s:03101987 Sultangareev m⦄
Meldegrund 30 (Abmeldung wegen Ende der Beschäftigung), Zeitraum 01.01.–28.02.2026
Personengruppe 101, Beitragsgruppe 1111, Tätigkeitsschlüssel 52122 (Berufskraftfahrer)
Beitragspflichtiges Entgelt: 6.840 €`,
  ),
  de(
    'Betriebsanweisung Gabelstapler',
    `BETRIEBSANWEISUNG Nr. BA-LOG-07 – Flurförderzeuge (Gabelstapler)
Anwendungsbereich: Lager Halle 3 und Außenlager
Gefahren: Umkippen, Anfahren von Personen, herabfallende Last
Schutzmaßnahmen: Nur mit Fahrausweis fahren. Gurt anlegen. Last bergseitig. Max. 10 km/h in Hallen.
Verhalten bei Störungen: Stapler abstellen, Schlüssel abziehen, Meister informieren (Durchwahl -221).
Erste Hilfe: Notruf 112, Ersthelfer laut Aushang.
Stand 01/2026 · Freigabe Fachkraft für Arbeitssicherheit`,
  ),
  de(
    'Werkstatt-Preisaushang',
    `Unsere Festpreise (inkl. 19 % MwSt.)
Ölwechsel inkl. Filter, bis 5 l ....... 119 €
Klimaservice ........................... 99 €
Räderwechsel ........................... 29 €
Einlagerung Saison ..................... 49 €
HU/AU (Prüfstützpunkt, Di + Do) ....... 149 €
Termine: 07121 9870-0 oder online unter autohaus-stadtring.de/termin`,
  ),
  de(
    'Qualitätskennzahlen Monatsbericht',
    `Monatsbericht Qualität Werk 2 – Februar 2026
PPM extern: 38 (Ziel < 50)
Reklamationen: 4 (davon 2 berechtigt)
Ausschussquote Presswerk: 1,1 %
First Pass Yield Montage: 96,4 %
Offene 8D: 8D-2026-031, 8D-2026-034
Audit VDA 6.3 am 19.03. – Vorbereitung durch Team Qualitätsplanung.`,
  ),
  de(
    'Ausschreibung Speditionsleistung',
    `Ausschreibung Teilladungsverkehre 2026/27
Relationen: Göppingen → Linz (2×/Woche), Göppingen → Groningen (1×/Woche), Göppingen → Vejle (14-täglich)
Anforderungen: Planenauflieger 13,6 m, Kantenschutz, GPS-Tracking, CMR-Versicherung
Angebotsabgabe bis 31.03.2026 über das Lieferantenportal, Los 1–3 einzeln anbietbar.
Rückfragen ausschließlich über das Portal.`,
  ),
];
