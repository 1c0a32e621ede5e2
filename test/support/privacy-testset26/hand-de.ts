import type { HandSource } from './markup.js';

const de = (kind: string, source: string): HandSource => ({ lang: 'de', kind, source });

/** Set 26's German hand-written documents: trials, pharma, pharmacies, labs, donation, vets, devices. */
export const HAND_DE: HandSource[] = [
  de(
    'screening-log',
    `Screening-Log Studie NEPH-214 · Zentrum 07 (Universitätsklinikum Gießen)
Nr. | Initialen | Screening | Ergebnis | Grund
07-001 | W.F. | 03.02.2026 | Screen failure | eGFR < 30
07-002 | H.O. | 05.02.2026 | eingeschlossen | –
07-003 | ⟦n:Ommo Käsweber⟧ (versehentlich ausgeschrieben, bitte schwärzen) | 09.02.2026 | eingeschlossen | –
Prüfärztin: ⟦n:Dr. Tjadeke Quenstedt⟧, Stand 10.02.2026`,
  ),
  de(
    'einwilligungserklaerung',
    `Einwilligungserklärung – Studie CARDIO-PREVENT-3 (EudraCT 2025-004417-22)
Name der Teilnehmerin: ⟦n:Swanhild Tretrop⟧, geb. am ⟦b:14.07.1961⟧
Anschrift: ⟦h:Kiebitzweg 12, 26603 Aurich⟧
Ich willige in die Teilnahme und die pseudonymisierte Verarbeitung meiner Daten ein. ☒ Zusatzprobe Biobank ☐ Genetik
Aufklärendes Gespräch geführt von ⟦n:Dr. med. Remigius Ahlgrimm⟧ am 02.03.2026, 10:40 Uhr.`,
  ),
  de(
    'sae-meldung',
    `SUSAR/SAE-Erstmeldung an Sponsor (Fax 069 9471 2200, pv-studien@)
Studie: ONK-PD1-07, Zentrum 112, Patient 112-0043, ♂, Geburtsjahr 1958
Ereignis: Pneumonitis Grad 3, Beginn 17.01.2026, stationär seit 19.01.2026
Meldender Prüfarzt: ⟦n:PD Dr. Dirrik Wiechmann-Süß⟧, Tel. ⟦t:0511 532-88412⟧
Kausalität: möglich. Prüfmedikation pausiert.`,
  ),
  de(
    'monitoring-bericht',
    `Monitoringbesuch (SDV) Zentrum 03, Praxis für Rheumatologie Bad Kreuznach, 24.02.2026
Anwesend: Studienkoordinatorin ⟦n:Wubke Spönemann⟧, CRA ⟦n:Djozef Ockelbrink⟧
Findings: 2 Einwilligungen ohne Uhrzeit; Temperaturlog Kühlschrank 2 lückenhaft (11.–13.02.).
Nächster Besuch: KW 14. Rückfragen an ⟦m:djozef.oyelaran@trialcraft-cro.de⟧.`,
  ),
  de(
    'pruefarzt-lebenslauf',
    `Kurzlebenslauf Prüfarzt (Stand 01/2026, GCP-Zertifikat gültig bis 11/2027)
⟦n:Dr. med. Lambiet Ackermeit⟧, geboren ⟦b:03.09.1974⟧ in Wismar
Privat: ⟦h:Lindholzstraße 4, 18439 Stralsund⟧ · RV-Nr. ⟦s:03091974 Ackermeit m⟧ · mobil ⟦t:+49 172 6044913⟧
2002–2008 Klinik für Innere Medizin, Greifswald; seit 2015 Leiter Studienzentrale
Teilnahme an 14 Phase-II/III-Studien, davon 5 als Hauptprüfer.
Reisepass-Nr. (für Visa Prüfertreffen Boston): ⟦r:⟧`,
  ),
  de(
    'reisekostenerstattung-teilnehmer',
    `Reisekostenerstattung Studienteilnehmer – Formular RK-3
Teilnehmer-Nr. 045-017 · Name: ⟦n:Klothilde Bämsch⟧
Fahrten: 4 × Visite (Oberhausen – Essen), 42 km einfach, 0,30 €/km = 100,80 €
Überweisung auf IBAN ⟦i:DE g⟧, Kontoinhaberin wie oben (Identität geprüft, Personalausweis ⟦k:⟧).
Steuer-ID (für Meldung an das Finanzamt): ⟦x:g⟧ · Rentenvers.-Nr.: ⟦s:06081955 Bämsch f⟧`,
  ),
  de(
    'nebenwirkungsmeldung-apotheke',
    `UAW-Meldung an die Arzneimittelkommission (Apotheke am Sebaldplatz, Nürnberg)
Patientin: Initialen E.R., 71 J., weiblich
Arzneimittel: Apixaban 5 mg, Ch.-B. HB7731, PZN 09256738
Ereignis: Zahnfleischblutungen seit 10 Tagen; Hausarzt informiert.
Meldende Apothekerin: ⟦n:Thekla Griesenbeck⟧, Tel. Apotheke 0911 224466`,
  ),
  de(
    'medizinische-anfrage',
    `Medical Information – Anfrage Nr. MI-DE-2026-0381
Anfragende: ⟦n:Dr. Eleonore Pfirsching⟧ (Kinderärztin), Rückruf unter ⟦t:0151 22906415⟧ oder ⟦m:e.pfirsching@t-online.de⟧
Frage: Darf das Suspensionspulver nach Rekonstitution eingefroren werden?
Antwort versandt am 12.03.2026 durch medinfo@ (Standardtext ST-114).`,
  ),
  de(
    'mustersendung-arzt',
    `Musteranforderung gemäß § 47 Abs. 4 AMG
Anfordernder Arzt: ⟦n:Dr. Jhempi Lüttgenhorst⟧, Praxisanschrift: Marktplatz 3, 59555 Lippstadt
Präparat: Dermacortin Creme 30 g, 2 Muster
Datum / Unterschrift: 06.03.2026 ⟦n:J. Lüttgenhorst⟧
Hinweis Innendienst: Höchstmenge 2 Muster pro Jahr beachten.`,
  ),
  de(
    'aussendienst-besuchsbericht',
    `Besuchsbericht Außendienst, Gebiet 34 (Ostwestfalen), KW 09
Besuchte Praxis: Dres. ⟦n:Hollweg⟧ & ⟦n:Tschirschnitz⟧, Detmold
Gesprächspartner: ⟦n:Dr. Ute Hollweg⟧; Interesse an Fortbildung zu SGLT2-Hemmern.
Nächster Termin: 21.04. – Referentin aus dem Innendienst anfragen.
Notiz: Praxis möchte keine Anrufe auf dem Handy.`,
  ),
  de(
    'rezept-abschrift',
    `Abschrift Muster 16 (Kassenrezept) für Rückfrage bei der Praxis
Krankenkasse: AOK Bayern · Versicherte: ⟦n:Trautchen Eckstaller⟧, geb. ⟦b:22.11.1949⟧
⟦h:Am Mühlbach 9, 83022 Rosenheim⟧
Rp. Metoprololsuccinat 95 mg N3 – Dosierung fehlt (Dj-Kennzeichen)!
Rückfrage telefonisch mit der Praxis am 04.03.2026, Dosierung 1-0-0 ergänzt.`,
  ),
  de(
    'e-rezept-token',
    `Kundin ruft an, E-Rezept lässt sich nicht einlösen. Token-Ausdruck (Kopie Kassenarbeitsplatz):
Task/160.000.100.387.529.44/$accept?ac=7a3f0d9b8c21e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1
Versicherte laut Fachdienst: ⟦n:Paraskeva Pritzkow⟧
Status: in-progress (andere Apotheke hat abgerufen). Kundin an Praxis verwiesen, Tel. der Kundin ⟦t:030 46981172⟧.`,
  ),
  de(
    'betaeubungsmittelbuch',
    `BtM-Kartei Apotheke, Blatt 17 – Fentanyl 25 µg/h Pflaster (PZN 02464452)
Datum | Zugang/Abgang | Lieferant bzw. Arzt / Patient | Bestand
01.03. | +10 | Großhandel Phoenix | 14
03.03. | −5 | Dr. ⟦n:Wenzeslaus Ibrügger⟧ / ⟦n:Lidija Schmeißer⟧ | 9
07.03. | −5 | Dr. ⟦n:Wenzeslaus Ibrügger⟧ / ⟦n:Josepha Krallinger⟧ | 4
Monatsprüfung durch Apothekenleiterin: i.O., 31.03.2026`,
  ),
  de(
    'botendienst-liste',
    `Botendienst Dienstag – Tour Süd (Fahrer: ⟦n:Milosz⟧)
1. ⟦n:Fr. Wachendorff⟧, ⟦h:Holunderweg 3, 73728 Esslingen⟧ – Insulin (Kühlbox!), Tel. ⟦t:0711 3709124⟧
2. ⟦n:Hr. Obermüller-Kranich⟧, ⟦h:Bergstaffel 17, 73732 Esslingen⟧ – bar kassieren 12,40 €
3. Pflegeheim Rosengarten (Station 2) – Blister, Übergabe an Pflegedienstleitung
Rückgabe Kühlbox bis 16 Uhr.`,
  ),
  de(
    'stationsapotheke-anforderung',
    `Stationsanforderung Station 4B an Zentralapotheke, 11.03.2026
Artikel: Heparin 25.000 IE Amp. × 20; Vancomycin 1 g Trockensubstanz × 10; NaCl 0,9 % 500 ml × 40
Sonderanforderung (nicht gelistet): Dantrolen – Begründung folgt telefonisch.
Angefordert: Stationsleitung 4B. Kostenstelle 4711-04B.`,
  ),
  de(
    'laborauftrag',
    `Laborauftrag (Überweisungsschein Muster 10) – Abschrift für Nachforderung
Patient: ⟦n:Tassilo Reinbrecht⟧, geb. ⟦b:05.05.1983⟧, ⟦h:Sandgrubenweg 21, 64807 Dieburg⟧
Anforderung: kl. Blutbild, CRP, TSH, HbA1c; Verdacht: Hyperthyreose
Einsender: Hausarztpraxis Dieburg-Nord, BSNR 461234500
Nachforderung: Ferritin (telefonisch am 12.03. durch Praxis).`,
  ),
  de(
    'laborbefund',
    `Laborbefund – Endbefund, Eingang 12.03.2026 07:58
Name: ⟦n:Rautgundis Flemmig⟧ · Geb.: ⟦b:1972-08-30⟧
TSH 0,08 mU/l (↓) · fT4 2,3 ng/dl (↑) · fT3 6,1 pg/ml (↑)
Beurteilung: Befundkonstellation vereinbar mit Hyperthyreose. Validiert: ⟦n:Dr. rer. nat. Bertomieu Venhaus⟧`,
  ),
  de(
    'probeneingang-protokoll',
    `Probeneingangsprotokoll Labor, 13.03.2026 – Charge Kurier 3
Proben: 148 Röhrchen, davon 3 hämolysiert, 1 ohne Etikett (verworfen, Einsender informiert)
Temperatur Transportbox bei Eingang: 6,2 °C (Soll 2–8 °C) – i.O.
Quittiert: Probenannahme Frühschicht. Keine Auffälligkeiten an den Transportbehältern.`,
  ),
  de(
    'kurierabholung',
    `Kurierauftrag Probenabholung (UN 3373, Kategorie B)
Abholung: Praxis ⟦n:Dr. Oda Gempfing⟧ (Ärztin, Privatadresse für Wochenendabholung): ⟦h:Hinter den Gärten 5, 97332 Volkach⟧
Ansprechpartnerin vor Ort mobil: ⟦t:0160 93317204⟧
Zeitfenster: Sa 09:00–10:00 · Ziel: Labor Würzburg, Annahme Rampe B`,
  ),
  de(
    'spenderregistrierung-blutspende',
    `Spenderregistrierung Blutspendedienst – Erstspende
Name: ⟦n:Ivvan Hafenrichter⟧ · geb. ⟦b:19.02.1998⟧ · Personalausweis-Nr. ⟦k:⟧
Anschrift: ⟦h:Flößerstraße 33, 83646 Bad Tölz⟧ · E-Mail: ⟦m:ivvan.hafenrichter@posteo.de⟧
Blutgruppe (Schnelltest): A Rh pos. · Hb 15,1 g/dl
Spendeausweis wird per Post zugesandt.`,
  ),
  de(
    'rueckstellungsschreiben-spender',
    `Sehr geehrte Frau ⟦n:Brünnhilde Vossgätter⟧,

bei Ihrer Spende am 28.02.2026 lag Ihr Hämoglobinwert unter dem Grenzwert. Wir müssen Sie daher
für 3 Monate zurückstellen. Ab dem 01.06.2026 freuen wir uns wieder auf Sie.

Ihre Spendernummer: 4471-2208-93 · Postanschrift: ⟦h:Erlengrund 2, 31515 Wunstorf⟧
Mit freundlichen Grüßen, Ihr Blutspendeteam`,
  ),
  de(
    'plasmaspende-verguetung',
    `Aufwandsentschädigung Plasmaspende – Quartalsübersicht Q1/2026 (Plasmazentrum Linz)
Spender: ⟦n:Vassili Hofstätter-Pruckner⟧, geb. ⟦b:11.12.1990⟧
Spenden: 19 × 25 € = 475 € · Auszahlung auf ⟦i:AT g⟧
Nächste Untersuchung (Jahrescheck) fällig: 04/2026`,
  ),
  de(
    'biobank-probenfreigabe',
    `Biobank – Freigabe von Proben für Projekt BB-2026-07 (Beschluss Use & Access Committee)
Freigegeben: 240 Serumaliquots, pseudonymisiert (Pseudonyme PSN-xxxxx), Kohorte „Lebergesund“
Auflagen: keine Re-Identifikation, Rückgabe Restmaterial bis 12/2027
Vorsitz UAC: Geschäftsstelle Biobank. Keine personenbezogenen Daten im Antrag enthalten.`,
  ),
  de(
    'tierhalter-stammdaten',
    `Tierarztpraxis am Deich – Stammblatt
Tier: „Pepper“, Border Collie, ♀, geb. 12.04.2021, Chip 276098106554321
Halter: ⟦n:Gritje Ohlrogge-Fehse⟧, ⟦h:Deichstraße 40, 25813 Husum⟧
Tel. ⟦t:04841 6639210⟧ · Zahlung per Lastschrift von ⟦i:DE⟧
Impfungen siehe Heimtierausweis.`,
  ),
  de(
    'heimtierausweis',
    `EU-Heimtierausweis – Abschrift Abschnitt I–IV (für Reisebüro)
Tier: Katze „Mücke“, EKH, Transponder 276 0981 0223 4411, Tollwutimpfung 02.09.2025 (gültig bis 01.09.2028)
Halter: ⟦n:Sjef Drewsenkamp⟧ · ⟦h:Auf der Wurth 6, 26723 Emden⟧
Tierärztin: Praxis Dr. ⟦n:Lübben⟧, Stempel vorhanden.`,
  ),
  de(
    'tiergesundheit-reklamation',
    `Reklamation an Tiergesundheitsfirma – Chargenproblem Entwurmungstablette
Charge V2231B, Verfall 08/2027: Tabletten zerbröseln in der Blisterpackung.
Meldende Praxis: Kleintierpraxis Uckermark, Rückfragen an die Praxis (Telefonzentrale).
Bitte Ersatz zusenden, 40 Packungen betroffen. Keine Tiere geschädigt.`,
  ),
  de(
    'vorkommnismeldung-medizinprodukt',
    `Vorkommnismeldung an das BfArM (Medizinprodukt) – Anwendermeldung
Produkt: Insulinpumpe InfuStar 3, SN IS3-220914-0077, UDI-DI (01)04051234567893
Ereignis: Okklusionsalarm blieb aus, BZ 412 mg/dl. Patientin: ⟦n:Theda Hinrichsmeyer⟧, geb. ⟦b:27.06.1988⟧
Meldender Anwender: Diabetesberatung ⟦n:Lieske Pollmächer⟧, Tel. ⟦t:0441 97011385⟧`,
  ),
  de(
    'rueckruf-apotheke',
    `Chargenrückruf (AMK-Meldung) – Aushang im Backoffice, keine Patientendaten
Betroffen: Ibuprofen 400 mg Filmtabletten, Ch.-B. 24K117 und 24K118, PZN 17283946
Grund: Verunreinigung (Nitrosamin) über dem Grenzwert. Bestände in Quarantäne (Fach Q2).
Rücksendung an den Großhandel bis 20.03.2026 mit Rückrufformular.`,
  ),
  de(
    'pseudonymisierungsliste-pruefzentrum',
    `Identifikationsliste (verbleibt im Prüfzentrum, NICHT an Sponsor!)
Pat.-Nr. | Name | Geburtsdatum | Rentenvers.-Nr. (für Versicherungsmeldung)
203-011 | ⟦n:Marje Anspach⟧ | ⟦b:08.03.1956⟧ | ⟦s:08031956 Anspach f⟧
203-012 | ⟦n:Waldemar Köhnlein⟧ | ⟦b:17.10.1949⟧ | ⟦s:17101949 Köhnlein m⟧
203-013 | ⟦n:Uljana Quenzmann⟧ | ⟦b:29.01.1962⟧ | ⟦s:29011962 Grabbe f⟧
203-014 | ⟦n:Harie Zinnkann⟧ | ⟦b:02.06.1958⟧ | ⟦s:02061958 Zinnkann m⟧
203-015 | ⟦n:Metty Ockenfels⟧ | ⟦b:21.12.1951⟧ | ⟦s:21121951 Ockenfels m⟧
203-016 | ⟦n:Thekla Brüninghoff⟧ | ⟦b:13.05.1964⟧ | ⟦s:13051964 Wessolleck f⟧
203-017 | ⟦n:Sjef Arntzenius⟧ | ⟦b:09.09.1947⟧ | ⟦s:09091947 Arntzenius m⟧`,
  ),
  de(
    'probandenversicherung-meldung',
    `Meldung an die Probandenversicherung (Schaden, Studie DERMA-11)
Versicherte Person: ⟦n:Truus Elverfeld⟧, geb. ⟦b:30.04.1967⟧, Rentenvers.-Nr. ⟦s:30041967 Elverfeld f⟧
Schaden: allergische Reaktion nach Pflastertest, ambulante Behandlung 03.03.2026
Bankverbindung für Erstattung: ⟦i:DE⟧ · Reisepass-Nr. zur Identifikation: ⟦r:⟧`,
  ),
  de(
    'studienhonorar-pruefarzt',
    `Honorarabrechnung Prüfärzte, Studie PULMO-4, Quartal 4/2025
⟦n:Dr. Gastonet Rehwinkel⟧ · Steuer-ID ⟦x:⟧ · RV-Nr. ⟦s:12041969 Rehwinkel m⟧ · IBAN ⟦i:DE g⟧ · 18 Visiten × 320 € = 5.760 €
⟦n:Dr. Józka Stromberger⟧ · Steuer-ID ⟦x:⟧ · RV-Nr. ⟦s:28021977 Stromberger f⟧ · IBAN ⟦i:DE g⟧ · 7 Visiten × 320 € = 2.240 €
Freigabe: Studienzentrale (Kostenstelle 88-PUL). Auszahlung KW 12.`,
  ),
  de(
    'firmenkreditkarte-pruefertreffen',
    `Prüfertreffen Wien, 15.–16.04.2026 – Hotelbuchung
Teilnehmer: ⟦n:Dr. Wojcech Wollschläger⟧, Ausweisnummer für Hotel-Meldeschein: ⟦k:⟧, Reisepass (Anschlussreise USA): ⟦r:⟧
Bezahlung Firmenkarte ⟦c:⟧ (Kostenstelle Medical Affairs), Gültig bis 09/28
Anreise: ICE 23, Ankunft Wien Hbf 14:02. Check-in ab 15 Uhr.`,
  ),
  de(
    'sicherheitsvorfall-studienportal',
    `IT-Sicherheitsmeldung ePRO-Portal: ungewöhnliche Anmeldungen beim Konto einer Teilnehmerin
Konto gehört ⟦n:Jolanthe Merkenich⟧ (⟦m:jolanthe.merkenich@gmx.de⟧)
Logins von ⟦a:185.220.101.47⟧ und ⟦a:2a02:8109:9c3f:4e00:d1a2:7b11:3c0e:5f21⟧ innerhalb von 4 Minuten.
Konto gesperrt; Entsperrung nach Video-Ident (Personalausweis ⟦k:⟧), Teilnehmerin telefonisch informiert. Ticket SEC-2026-118.`,
  ),
];
