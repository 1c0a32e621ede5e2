import type { HandSource } from './markup.js';

/** German hand-written documents of set 39 (insurance: claims, brokers, adjusters, underwriting), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Kfz-Schadenanzeige',
    source: `Schadenanzeige Kraftfahrt – Schaden-Nr. KS-2026-118402
Versicherungsnehmer: ⟪n:Tornike Lortkipanidze⟫, geb. ⟪b:14.03.1981⟫
Anschrift: ⟪h:Hohenzollernring 44, 50672 Köln⟫
Telefon tagsüber: ⟪t:0176 48823019⟫
Unfallgegner: ⟪n:Leysan Galiullina⟫, Kennzeichen K-LG 310
Schadenhergang: Auffahrunfall an der Ampel Aachener Straße, Personenschaden keiner.
Bitte Rückruf durch Schadenservice: 0221 148-0 (Zentrale).`,
  },
  {
    lang: 'de',
    kind: 'Hausratschaden E-Mail mit Zitat',
    source: `Von: ⟪n:Shahnoza Rakhimova⟫ <⟪m:shahnoza.rakhimova@gmx.de⟫>
An: hausrat@provinzia-versicherung.de
Betreff: AW: Wasserschaden Küche – Ihr Zeichen HR-77310

Guten Tag,
anbei die Fotos. Der Handwerker kommt am Donnerstag.

> Sehr geehrte Frau ⟪n:Rakhimova⟫,
> bitte senden Sie uns Fotos und die Rechnung des Installateurs.
> Mit freundlichen Grüßen, Ihr Hausrat-Team

Viele Grüße
⟪n:Shahnoza Rakhimova⟫
⟪h:Lindenstraße 9a, 04109 Leipzig⟫`,
  },
  {
    lang: 'de',
    kind: 'Regressschreiben Haftpflicht',
    source: `Regressforderung gemäß § 86 VVG
Unser Zeichen: RG-5521/26 – Leitungswasserschaden vom 02.02.2026

Sehr geehrter Herr ⟪n:Sherbaz Wazirzada⟫,
wir haben unserem Versicherungsnehmer den Schaden in Höhe von 8.412,50 EUR ersetzt. Die Ursache liegt
nach dem Gutachten in Ihrer Wohnung (⟪h:Gartenfeldstraße 3, 55118 Mainz⟫). Wir fordern Sie auf, den Betrag
bis zum 30.04.2026 auf unser Konto DE89 3704 0044 0532 0130 00 zu überweisen oder uns Ihren
Haftpflichtversicherer zu benennen.
Regressabteilung, Telefon 06131 555-200`,
  },
  {
    lang: 'de',
    kind: 'Gesundheitsfragebogen Berufsunfähigkeit',
    source: `Antrag auf Berufsunfähigkeitsversicherung – Gesundheitsfragen (Teil B)
Zu versichernde Person: ⟪n:Harilala Rakotoarisoa⟫   Geburtsdatum: ⟪b:02/07/1990⟫
Steuer-ID (für Beitragsbescheinigung): ⟪x:g⟫
Sozialversicherungsnummer: ⟪s:02071990 Rakotoarisoa f⟫
1. Waren Sie in den letzten 5 Jahren in ärztlicher Behandlung? ja – Bandscheibe L4/L5, 2023
2. Hausärztin: Dr. med. ⟪n:Itriedda Mastinu⟫, Praxis Marktplatz 4, 72070 Tübingen
Unterschrift: ____________`,
  },
  {
    lang: 'de',
    kind: 'Maklervollmacht',
    source: `Maklervollmacht und Maklerauftrag

Hiermit beauftrage ich, ⟪n:Rustem Khairullin⟫, wohnhaft ⟪h:Am Kupferhammer 17, 90402 Nürnberg⟫,
geboren am ⟪b:19. Juni 1975⟫, die Firma Franken Assekuranzmakler GmbH, Königstraße 2, 90402 Nürnberg,
mit der Verwaltung meiner Versicherungsverträge.
Kontakt Makler: ⟪n:Aloyse Wohlfart⟫, Durchwahl ⟪t:0911 23740-118⟫, ⟪m:a.wohlfart@franken-assekuranz.de⟫
Ort, Datum: Nürnberg, 03.03.2026`,
  },
  {
    lang: 'de',
    kind: 'Gutachterbericht Sturmschaden',
    source: `Gutachten Nr. G-26-0347 – Sturmschaden Dach
Auftraggeber: Alpina Wohngebäude AG, Schadenabteilung
Besichtigung am 11.02.2026 in Anwesenheit der Eigentümerin ⟪n:Marcelle Biever⟫
Objekt: Einfamilienhaus ⟪h:Waldweg 8, 87435 Kempten (Allgäu)⟫
Feststellungen: 34 Dachziegel verschoben, Unterspannbahn eingerissen, Feuchtigkeit im Dachgeschoss.
Kosten laut Angebot Dachdeckerei: 6.980,00 EUR netto.
Sachverständiger: ⟪n:Gocha Mchedlidze⟫, öbuv. Sachverständiger, Mobil ⟪t:+49 160 97712043⟫`,
  },
  {
    lang: 'de',
    kind: 'Beitragsrückstand Mahnung',
    source: `Zahlungserinnerung – Versicherungsschein 44-882190-LV
Sehr geehrte Frau ⟪n:Mavluda Norqulova⟫,
der Beitrag für März ist nicht eingegangen. Die Lastschrift von Ihrem Konto ⟪i:DE g⟫ wurde von Ihrer Bank
zurückgegeben. Bitte überweisen Sie 84,20 EUR zuzüglich 3,00 EUR Rücklastschriftgebühr.
Nach § 38 VVG setzen wir Ihnen eine Frist von zwei Wochen.
Kundenservice: 0800 2214400 (kostenfrei)`,
  },
  {
    lang: 'de',
    kind: 'Ombudsmann Beschwerde',
    source: `An den Versicherungsombudsmann e.V., Postfach 08 06 32, 10006 Berlin

Beschwerde gegen die Rheintal Leben AG, Vertrag RL-3019-22

Ich, ⟪n:Ildar Minnikhanov⟫, ⟪h:Sonnenstraße 21, 80331 München⟫, Tel. ⟪t:089 51446302⟫,
beschwere mich über die Ablehnung meiner Leistung aus der Unfallversicherung. Der Versicherer behauptet,
ich hätte eine Vorerkrankung verschwiegen. Das ist falsch.
E-Mail für Rückfragen: ⟪m:ildar.m@posteo.de⟫`,
  },
  {
    lang: 'de',
    kind: 'Interne Notiz Betrugsverdacht',
    source: `SIU – interne Notiz, nicht an Kunden weitergeben
Fall: Diebstahl Fahrrad, gemeldet 3x in 18 Monaten
VN: ⟪n:Tolkyn Temirkhanova⟫, geb. ⟪b:1993-10-28⟫
Bankverbindung für Auszahlung geändert am Vortag auf ⟪i:DE⟫ (Konto einer Dritten: ⟪n:Zilola Xolmatova⟫)
Login aus IP ⟪a:93.221.14.187⟫, gleiche IP wie bei Vorschaden 2025.
Empfehlung: Auszahlung stoppen, Zeugenbefragung.`,
  },
  {
    lang: 'de',
    kind: 'Reiserücktritt Leistungsantrag',
    source: `Leistungsantrag Reiserücktrittsversicherung
Versicherte Personen:
1) ⟪n:Nahid Samadi⟫, geb. ⟪b:05.09.1968⟫
2) ⟪n:Sohrab Ghorbandi⟫, geb. ⟪b:22.01.1966⟫
Reise: Madeira, 12.–26.04.2026, Reisepreis 3.480 EUR
Grund: akute Erkrankung (Attest liegt bei)
Erstattung auf Konto ⟪i:DE g⟫, Kontoinhaberin ⟪n:Nahid Samadi⟫`,
  },
  {
    lang: 'de',
    kind: 'Telefonnotiz Schadenmeldung',
    source: `Telefonnotiz 09:42 – Eingang Hotline
Anruferin: ⟪n:Freshta Herawi⟫, Rückrufnummer ⟪t:0151 20938814⟫
Glasbruch Wintergarten nach Hagel, Fotos per Mail an schaden@zentralversicherung.de.
Adresse lt. Vertrag: ⟪h:Birkenhang 2, 34131 Kassel⟫ – stimmt.
Weiterleitung an Team Gebäude.`,
  },
  {
    lang: 'de',
    kind: 'Lebensversicherung Bezugsrecht',
    source: `Änderung des Bezugsrechts – Lebensversicherung Nr. 7781-0042
Versicherungsnehmer: ⟪n:Wahid Mojaddedi⟫
Bisherige Bezugsberechtigte: ⟪n:Parwana Yaftali⟫ (geschiedene Ehefrau)
Neue Bezugsberechtigte: ⟪n:Homaira Mojaddedi⟫, geb. ⟪b:30.12.2004⟫, wohnhaft ⟪h:Bergstraße 115, 69121 Heidelberg⟫
Unwiderruflich: nein`,
  },
  {
    lang: 'de',
    kind: 'Chat Kundenportal',
    source: `[10:02] Bot: Willkommen im Kundenportal. Wie können wir helfen?
[10:02] Kundin: Ich bin umgezogen, neue Adresse ⟪h:Schillerplatz 6, 01309 Dresden⟫
[10:03] Agent: Danke. Bitte bestätigen Sie Ihr Geburtsdatum.
[10:03] Kundin: ⟪b:8.8.1984⟫
[10:04] Agent: Danke Frau ⟪n:Umida Mirzayeva⟫, die Adresse ist geändert. Neuer Versicherungsschein folgt per Post.`,
  },
  {
    lang: 'de',
    kind: 'CSV Schadenliste Flotte',
    source: `Schaden-Nr;Fahrzeug;Fahrer;Datum;Betrag
FL-2201;HH-AV 1203;⟪n:Sardorbek Yuldashev⟫;04.01.2026;1.240,00
FL-2202;HH-AV 1188;⟪n:Lochinbek Toshpulatov⟫;11.01.2026;380,50
FL-2203;HH-AV 1203;⟪n:Sardorbek Yuldashev⟫;29.01.2026;2.915,00
FL-2204;HH-AV 1040;Pool (kein fester Fahrer);02.02.2026;610,00`,
  },
  {
    lang: 'de',
    kind: 'Rundschreiben ohne Personendaten',
    source: `Rundschreiben 04/2026 an alle Agenturen
Ab 1. Mai gelten neue Annahmerichtlinien für Photovoltaikanlagen in der Wohngebäudeversicherung.
Anlagen bis 30 kWp sind beitragsfrei mitversichert; größere Anlagen benötigen eine Einzelanfrage.
Fragen bitte an die Vertriebsunterstützung, Tel. 0711 9330-0.`,
  },
  {
    lang: 'de',
    kind: 'Zeugenfragebogen Verkehrsunfall',
    source: `Zeugenfragebogen – Unfall vom 17.02.2026, Kreuzung Ring/Bahnhofstraße
Name des Zeugen: ⟪n:Kallpa Quispetupa⟫
Anschrift: ⟪h:Turmgasse 5, 93047 Regensburg⟫
Telefon: ⟪t:0941 7896512⟫
Haben Sie den Unfall gesehen? Ja, der blaue Kombi fuhr bei Rot.
Wurden Sie von Dritten angesprochen? Nein.`,
  },
  {
    lang: 'de',
    kind: 'Ausweiskopie Legitimationsprüfung',
    source: `Legitimationsprüfung nach GwG (Einmalbeitrag Rentenversicherung 85.000 EUR)
Kunde: ⟪n:Nicky Olinger⟫, geb. ⟪b:11.11.1959⟫
Ausweisart: Personalausweis, Nr. ⟪k:⟫, gültig bis 2031
Geprüft durch: Agentur Süd-West, Agenturnummer 3301-77
Anschrift lt. Ausweis: ⟪h:Ringstraße 40, 66111 Saarbrücken⟫`,
  },
  {
    lang: 'de',
    kind: 'Auslandskrankenversicherung Rechnungseinreichung',
    source: `Einreichung Arztrechnungen Ausland
Versicherter: ⟪n:Antoneddu Demurtas⟫, Reisepass ⟪r:⟫
Behandlung in Cagliari, 3 Rechnungen, Gesamtbetrag 412,00 EUR
Kreditkarte (Zahlung vor Ort): ⟪c:⟫
Erstattung bitte auf ⟪i:DE⟫
Rückfragen: ⟪m:antoneddu.demurtas@web.de⟫`,
  },
  {
    lang: 'de',
    kind: 'Agenturübergabe Notiz',
    source: `Übergabe Bestand Agentur Süd an Agentur Mitte
Kontaktperson Agentur Mitte: ⟪n:Trëss Mathekowitsch⟫ (Mobil ⟪t:0172 6620418⟫)
Offene Vorgänge: 14 Anträge, 3 Schäden, 1 Kündigung.
Schlüsselkunden werden persönlich angerufen.`,
  },
  {
    lang: 'de',
    kind: 'Tabelle Gutachtereinsatz',
    source: `| Gutachter | Region | Mobil | E-Mail |
|---|---|---|---|
| ⟪n:Mahefa Andrianasolo⟫ | Nord | ⟪t:0171 3304928⟫ | ⟪m:m.andrianasolo@gutachten-nord.de⟫ |
| ⟪n:Palden Drakpa⟫ | Süd | ⟪t:0162 8841270⟫ | ⟪m:palden.drakpa@t-online.de⟫ |
| Bereitschaft | alle | 0800 7272700 | bereitschaft@gutachten-nord.de |`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Kfz-Versicherung',
    source: `⟪n:Kalsang Gyurme⟫
⟪h:Uhlandstraße 32
70182 Stuttgart⟫

Kündigung meiner Kfz-Haftpflicht, Vertrag KH-558201, zum 31.12.2026.
Bitte bestätigen Sie die Kündigung schriftlich an ⟪m:kalsang.gyurme@mailbox.org⟫.
Mit freundlichen Grüßen`,
  },
  {
    lang: 'de',
    kind: 'Betriebshaftpflicht Anfrage Einzelunternehmer',
    source: `Anfrage Betriebshaftpflicht – Malerbetrieb
Inhaber: ⟪n:Yersultan Kudaibergenov⟫, Malermeister (Einzelunternehmen)
Betriebsanschrift: ⟪h:Gewerbestraße 12, 33602 Bielefeld⟫
Web: kudaibergenov-malerei.de, E-Mail ⟪m:info@kudaibergenov-malerei.de⟫
Umsatz 2025: 210.000 EUR, 2 Gesellen
USt-IdNr. DE 318 442 019`,
  },
  {
    lang: 'de',
    kind: 'Leistungsabrechnung private Krankenversicherung',
    source: `Leistungsabrechnung vom 19.03.2026
Versicherte Person: ⟪n:Kuanysh Baitursynov⟫, Versicherungsnummer PKV 0033-871190
Rechnung Zahnarzt 1.204,50 EUR – erstattet 842,15 EUR
Auszahlung an: ⟪i:DE g⟫
Rentenversicherungsnummer (Zuschuss): ⟪s:21041972 Baitursynov m⟫`,
  },
  {
    lang: 'de',
    kind: 'Ablehnungsschreiben Obliegenheitsverletzung',
    source: `Sehr geehrter Herr ⟪n:Raiarii Ariitai⟫,
leider müssen wir die Leistung aus dem Schaden vom 04.01.2026 ablehnen. Sie haben den Diebstahl erst
nach 19 Tagen bei der Polizei angezeigt (§ 28 VVG, Obliegenheitsverletzung).
Sie können diese Entscheidung durch den Versicherungsombudsmann prüfen lassen.
Mit freundlichen Grüßen – Ihr Schadenteam Hausrat`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Teamsitzung ohne Personendaten',
    source: `Protokoll Schadenrunde KW 11
- Rückstau Glasbruch: 212 offene Fälle, Ziel < 150 bis Monatsende
- Neues Gutachternetz ab Q3
- Schulung Betrugserkennung am 24.03. im Raum 2.14
Nächste Runde: Montag, 10 Uhr.`,
  },
  {
    lang: 'de',
    kind: 'Hinterbliebenenleistung Antrag',
    source: `Antrag auf Todesfallleistung
Verstorbene versicherte Person: ⟪n:Giuannicu Scanu⟫, geb. ⟪b:3. Februar 1948⟫
Antragstellerin: ⟪n:Mintonia Scanu⟫, Tochter, ⟪h:Via Roma 22, 07100 Sassari⟫, Italien
Telefon: ⟪t:+39 347 2281904⟫
Steuer-ID der Verstorbenen: ⟪x:⟫`,
  },
  {
    lang: 'de',
    kind: 'Schadenfoto Upload Protokoll',
    source: `Upload-Protokoll Schadenportal
Vorgang: HR-90127
Hochgeladen von Nutzer kd-4471 (⟪n:Ulloriaq Nungaq⟫) am 22.03.2026 14:11 von IP ⟪a:2a02:8070:d81:4b00:9c2e:11ff:fe20:5a31⟫
Dateien: kueche1.jpg, kueche2.jpg, rechnung.pdf
Prüfstatus: vollständig`,
  },
  {
    lang: 'de',
    kind: 'Vermittlerregister Auszug',
    source: `Auszug Vermittlerregister (Kopie für Akte)
Registrierungsnummer: D-W0U1-K7T2P-31
Name: ⟪n:Bakytzhan Smagulova⟫
Geschäftsanschrift: ⟪h:Marktstraße 3, 26122 Oldenburg⟫
Tätigkeit: Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO`,
  },
  {
    lang: 'de',
    kind: 'Kreditkarte Beitragszahlung Formular',
    source: `Zahlungsart ändern – Reiseversicherung Jahresvertrag
Karteninhaber: ⟪n:Aningaaq Amarualik⟫
Kartennummer: ⟪c:-⟫   gültig bis 09/28
E-Mail für Beleg: ⟪m:aningaaq.amarualik@icloud.com⟫`,
  },
  {
    lang: 'de',
    kind: 'Kfz Wildschaden Bescheinigung',
    source: `Wildunfallbescheinigung des Jagdpächters
Unfall am 09.03.2026, 06:15 Uhr, K 7712 zwischen Ebersbach und Dörfles, Reh
Fahrer: ⟪n:Wapistan Moosomin⟫, Führerschein vorgelegt
Jagdpächter: ⟪n:Aloyse Wohlfart⟫, ⟪h:Forsthaus 1, 96450 Coburg⟫, ⟪t:09561 870334⟫`,
  },
  {
    lang: 'de',
    kind: 'Rechtsschutz Deckungsanfrage Anwalt',
    source: `Deckungsanfrage Rechtsschutz – Arbeitsrecht
Mandantin: ⟪n:Heilala Tuakalau⟫, ⟪h:Schwanenweg 14, 24105 Kiel⟫, geb. ⟪b:17.04.1979⟫
Gegner: Logistik Nord GmbH (Arbeitgeber), Kündigung vom 01.03.2026
Reisepass der Mandantin (für Identifikation, Kopie anbei): ⟪r:⟫
Kanzlei am Hafen, Tel. 0431 66870-0`,
  },
  {
    lang: 'de',
    kind: 'Portal-Weiterleitungslink Schadenmeldung',
    source: `Automatische Weiterleitung aus dem Schadenportal (Vorgang KS-2026-120931)
Rückfrage-Link für die Sachbearbeitung:
https://portal.versicherung-beispiel.de/r?vorgang=KS-2026-120931&kunde_b64=⟪m:Z3VsbWFrYWkubWFuZG9raGVsQGdteC5hdA==⟫&name_b64=⟪n:Wmlsb2xhIFhvbG1hdG92YQ==⟫
Hinweis: Der Link ist 14 Tage gültig.`,
  },
];
