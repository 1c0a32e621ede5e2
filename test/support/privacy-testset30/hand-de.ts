import type { HandSource } from './markup.js';

/** German hand-written documents of set 30, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Bürgerbrief an das Wahlkreisbüro',
    source: `An das Wahlkreisbüro ⁅n:Dattatray Joglekar⁆ MdB
Große Straße 44 · 24937 Flensburg

Sehr geehrter Herr ⁅n:Joglekar⁆,

ich wende mich an Sie, weil mein Antrag auf Wohngeld seit fünf Monaten unbearbeitet ist (Az. WG-2025-11873).
Ich bin alleinerziehend und erreiche beim Amt niemanden. Bitte helfen Sie mir.

Mit freundlichen Grüßen
⁅n:Birthe Overgaard⁆
⁅h:Ulmenweg 9
24939 Flensburg⁆
Tel. ⁅t:0461 507733⁆ · ⁅m:birthe.overgaard@posteo.de⁆`,
  },
  {
    lang: 'de',
    kind: 'Fallnotiz Bürgerbüro',
    source: `FALLNOTIZ – Bürgersprechstunde 14.11.2025 (Aufnahme: ⁅n:Shubhangi Paranjape⁆, Büroleitung)

Petent: ⁅n:Tsiory Andrianarivelo⁆, geb. ⁅b:03.07.1991⁆, ⁅h:Talstraße 112, 99084 Erfurt⁆
Anliegen: Aufenthaltstitel läuft am 31.01.2026 ab, Termin bei der Ausländerbehörde erst im April.
Reisepass (madagassisch) liegt vor, Nr. bei Akte. Rückruf erbeten unter ⁅t:+49 152 44817203⁆.
Weiter: Schreiben an Ausländerbehörde Erfurt, cc Innenministerium; Wiedervorlage 28.11.`,
  },
  {
    lang: 'de',
    kind: 'Weiterleitung an Ministerium',
    source: `Wahlkreisbüro Erfurt-Nord · Anger 7 · 99084 Erfurt · Zentrale 0361 2209410 · buero@wk-erfurt-nord.de

An das Thüringer Ministerium für Soziales, Referat 34
Betreff: Eingabe ⁅n:Gurudatta Hebbar⁆ – Pflegegrad-Einstufung seiner Mutter ⁅n:Vanajakshi Hebbar⁆ (geb. ⁅b:12. März 1941⁆)

Sehr geehrte Damen und Herren,
Herr ⁅n:Hebbar⁆ (⁅h:Kastanienallee 31, 99085 Erfurt⁆) schildert, dass das Gutachten des Medizinischen Dienstes
die Demenzerkrankung nicht berücksichtigt. Wir bitten um Prüfung und Mitteilung an das Büro.
i. A. ⁅n:Lurdes Ávila⁆`,
  },
  {
    lang: 'de',
    kind: 'Mitgliedsantrag Partei',
    source: `AUFNAHMEANTRAG – Kreisverband Regensburg-Stadt

Name: ⁅n:Hiremath⁆                Vorname: ⁅n:Manjunath⁆
Geburtsdatum: ⁅b:1987-10-22⁆      Staatsangehörigkeit: deutsch
Anschrift: ⁅h:Am Wasserturm 5, 93047 Regensburg⁆
E-Mail: ⁅m:m.hiremath@gmx.de⁆      Mobil: ⁅t:0176 3349 8120⁆
Ich bin nicht Mitglied einer anderen Partei.
Beitrag nach Selbsteinschätzung: 12,00 € mtl.
SEPA-Lastschrift von IBAN ⁅i:DE g⁆, Kontoinhaber ⁅n:Manjunath Hiremath⁆
Gläubiger-ID der Partei: DE46ZZZ00000318240`,
  },
  {
    lang: 'de',
    kind: 'Beitragsmahnung',
    source: `Landesgeschäftsstelle · Mitgliederverwaltung · mitglieder@partei-sachsen.de · 0351 48870-0

Sehr geehrte Frau ⁅n:Žganjar⁆,
laut unseren Unterlagen sind die Mitgliedsbeiträge für Juli bis Oktober 2025 (48,00 €) offen.
Die Lastschrift von Ihrem Konto ⁅i:DE⁆ wurde von der Bank zurückgegeben.
Bitte überweisen Sie auf unser Beitragskonto DE12 8505 0300 0221 0475 19 (Ostsächsische Sparkasse).
Mitgliedsnummer 2019-04471`,
  },
  {
    lang: 'de',
    kind: 'Ortsverbandsliste',
    source: `Ortsverband Münster-Kreuzviertel – Mitgliederliste (nur für den Vorstand)

Nr. | Name                    | Eintritt | Telefon            | E-Mail
1   | ⁅n:Kilabuk, Aalasi⁆      | 2016     | ⁅t:0251 2849931⁆    | ⁅m:aalasi.kilabuk@web.de⁆
2   | ⁅n:Lauritzen, Thorkild⁆  | 2009     | ⁅t:+49 157 20439918⁆ | ⁅m:t.lauritzen@t-online.de⁆
3   | ⁅n:Sathaye, Vinayak⁆     | 2022     | ⁅t:0251 6091174⁆    | –
4   | ⁅n:Tagoe, Adjeley⁆       | 2024     | ⁅t:0172 5568 2019⁆   | ⁅m:adjeley.tagoe@posteo.de⁆`,
  },
  {
    lang: 'de',
    kind: 'Wahlhelfer-Erfassungsbogen',
    source: `Stadt Rostock – Wahlamt – Erfassung Wahlhelferinnen und Wahlhelfer (Bundestagswahl)

Name, Vorname: ⁅n:Mažuranić, Ljerka⁆
Geburtsdatum: ⁅b:19.05.1979⁆
Anschrift: ⁅h:Mühlgraben 14, 18055 Rostock⁆
Telefon: ⁅t:0381 4407712⁆
Funktion: Beisitzerin, Wahlbezirk 0412
Erfrischungsgeld 50 € an IBAN ⁅i:DE g⁆
Steuer-Identifikationsnummer: ⁅x:g⁆`,
  },
  {
    lang: 'de',
    kind: 'Antrag auf Briefwahl',
    source: `Wahlscheinantrag (online) – eingegangen 02.02.2025 09:14:31, IP ⁅a:91.64.203.117⁆

Familienname: ⁅n:Wagholikar⁆   Vornamen: ⁅n:Madhuri⁆
Geburtsdatum: ⁅b:08.11.1962⁆
Wohnanschrift: ⁅h:Schillerstraße 70, 66111 Saarbrücken⁆
Versand an abweichende Anschrift: c/o ⁅n:Bhide⁆, ⁅h:Hohe Geest 2, 48143 Münster⁆
Wählerverzeichnis-Nr. 0217/338`,
  },
  {
    lang: 'de',
    kind: 'Nominierung Direktkandidat',
    source: `NIEDERSCHRIFT über die Aufstellungsversammlung im Wahlkreis 296

Als Bewerber vorgeschlagen: ⁅n:Alpesh Kapadia⁆, geb. ⁅b:27.02.1975⁆, Beruf: Elektromeister,
Anschrift: ⁅h:Lindenhof 6, 66113 Saarbrücken⁆
Ergebnis: 61 von 74 gültigen Stimmen. Versammlungsleiter: ⁅n:Halfdan Bundgaard⁆; Schriftführerin: ⁅n:Ashwini Khadilkar⁆
Die Versicherung an Eides statt des Bewerbers liegt bei. Beglaubigung durch die Gemeinde Saarbrücken.`,
  },
  {
    lang: 'de',
    kind: 'Unterstützungsunterschriften Formblatt',
    source: `Formblatt Anlage 14 BWO – Unterstützungsunterschrift für Kreiswahlvorschlag (Partei für Gemeinwohl)

Familienname, Vorname | Geburtsdatum | Anschrift (Hauptwohnung)             | Unterschrift
⁅n:Damgaard-Holst, Vagn⁆ | ⁅b:02.04.1955⁆ | ⁅h:Talstraße 3, 93047 Regensburg⁆          | (unterschrieben)
⁅n:Okkema, Hiltsje⁆      | ⁅b:15.12.1990⁆ | ⁅h:Am Wasserturm 19, 93049 Regensburg⁆     | (unterschrieben)
⁅n:Vemuri, Sirisha⁆      | ⁅b:30.08.1983⁆ | ⁅h:Kastanienallee 2, 93051 Regensburg⁆     | (unterschrieben)
Bestätigung des Wahlrechts durch die Gemeindebehörde: ja (3)`,
  },
  {
    lang: 'de',
    kind: 'Volksbegehren Eintragungsliste',
    source: `Volksbegehren „Bezahlbares Wohnen“ – Eintragungsliste, Gemeinde Innsbruck

lfd. | Familienname, Vorname | Geburtsdatum | Wohnadresse
17 | ⁅n:Jelačić, Tomislav⁆ | ⁅b:1969-06-01⁆ | ⁅h:Herrengasse 8, 6020 Innsbruck⁆
18 | ⁅n:Linhares, Idalina⁆ | ⁅b:1998-01-24⁆ | ⁅h:Brunnweg 41, 6020 Innsbruck⁆
Identitätsnachweis vorgelegt (Personalausweis Nr. ⁅k:⁆ bzw. Reisepass Nr. ⁅r:⁆)`,
  },
  {
    lang: 'de',
    kind: 'Petition an den Petitionsausschuss',
    source: `Deutscher Bundestag – Petitionsausschuss – Platz der Republik 1, 11011 Berlin

Petent: ⁅n:Pravinchandra Sompura⁆, ⁅h:Talstraße 27, 01067 Dresden⁆, ⁅m:pravin.sompura@mailbox.org⁆
Gegenstand: Anerkennung ausländischer Meisterbriefe im Handwerk
Begründung: Mein indischer Abschluss wird trotz 20 Jahren Berufserfahrung nicht anerkannt ...
Ich bin mit der Veröffentlichung meines Namens nicht einverstanden.`,
  },
  {
    lang: 'de',
    kind: 'Eingangsbestätigung Petitionsausschuss',
    source: `Petitionsausschuss des Landtags – Pet 4-18/2291

Sehr geehrte Frau ⁅n:Gowdara⁆,
wir bestätigen den Eingang Ihrer Petition vom 03.10.2025. Sie wird als Sammelpetition geführt.
Berichterstatterinnen: die Abgeordneten ⁅n:Hemangini Panchal⁆ und ⁅n:Zvonimira Ćosić⁆.
Bitte richten Sie Rückfragen an petitionen@landtag.example oder 0611 350-0.`,
  },
  {
    lang: 'de',
    kind: 'Beschlussempfehlung Petitionen (ohne Personendaten)',
    source: `Sammelübersicht 47 zu Petitionen – Beschlussempfehlung

Pet 2-20-15-8272-001847: Verkehrswesen – Tempolimit auf Bundesautobahnen. Empfehlung: Überweisung an die Bundesregierung als Material.
Pet 3-20-11-2230-004410: Rentenversicherung – Anrechnung von Kindererziehungszeiten. Empfehlung: Abschluss.
Pet 1-20-06-2121-009931: Wahlrecht – Absenkung des Wahlalters auf 16 Jahre. Empfehlung: Berücksichtigung.
Abstimmung im Ausschuss: einstimmig bei Enthaltung einer Fraktion.`,
  },
  {
    lang: 'de',
    kind: 'Spendenquittung Partei',
    source: `Bestätigung über Zuwendungen an politische Parteien (§ 34g, § 10b EStG)

Name und Anschrift des Zuwendenden: ⁅n:Asbjørn Bundgaard⁆, ⁅h:Schillerstraße 12, 48143 Münster⁆
Betrag: 1.200,00 € (in Worten: eintausendzweihundert) – Tag der Zuwendung: 14.06.2025
Es handelt sich nicht um einen Mitgliedsbeitrag. Parteivorstand, Postfach 1212, 10117 Berlin`,
  },
  {
    lang: 'de',
    kind: 'Rechenschaftsbericht Großspenden',
    source: `Anlage zum Rechenschaftsbericht 2024 – Spenden über 10.000 € (natürliche Personen)

⁅n:Nagendra Byrappa⁆, ⁅h:Kastanienallee 88, 01067 Dresden⁆ – 25.000,00 €
⁅n:Steinunn Ketilsson⁆, ⁅h:Hohe Geest 4, 18055 Rostock⁆ – 12.500,00 €
Juristische Personen: Nordwind Energie GmbH, Hafenstraße 1, 18055 Rostock – 40.000,00 €`,
  },
  {
    lang: 'de',
    kind: 'Online-Spende Zahlungsprotokoll',
    source: `spenden.gruene-ov.example – Transaktion 88120417
Zeit: 2025-09-03T21:44:07+02:00   Betrag: 75,00 €   Zahlart: Kreditkarte
Karte: ⁅c: ⁆   Karteninhaber: ⁅n:Sumalatha Honnappa⁆
Rechnungsadresse: ⁅h:Ulmenweg 17, 48143 Münster⁆
Client-IP: ⁅a:2a02:8109:9c40:1e00:5d2b:7f11:a0c4:2b19⁆   3-D Secure: bestätigt`,
  },
  {
    lang: 'de',
    kind: 'Minijob-Personalbogen Wahlkreisbüro',
    source: `Personalfragebogen geringfügige Beschäftigung – Wahlkreisbüro Gera

Name: ⁅n:Naa Kwaley Odartey⁆   Geburtsdatum: ⁅b:16.04.2001⁆
Anschrift: ⁅h:Talstraße 5, 07545 Gera⁆
Steuer-ID: ⁅x:⁆   Rentenversicherungsnummer: ⁅s:16042001 Odartey f⁆
Bankverbindung: ⁅i:DE g⁆
Arbeitgeber: Abgeordnetenbüro, Sorge 12, 07545 Gera (Betriebsnummer 81346802)`,
  },
  {
    lang: 'de',
    kind: 'Referentenvertrag Fraktion',
    source: `Anlage 1 zum Arbeitsvertrag – Stammdaten
Mitarbeiter: ⁅n:Hrvoje Zrinski⁆, geb. ⁅b:5. Oktober 1988⁆
Wohnort: ⁅h:Am Wasserturm 23, 01069 Dresden⁆
SV-Nummer: ⁅s:05101988 Zrinski m⁆ · Steuer-ID: ⁅x:g⁆
Personalausweis: ⁅k:⁆
Dienstliche E-Mail: ⁅m:hrvoje.zrinski@fraktion-sachsen.example⁆`,
  },
  {
    lang: 'de',
    kind: 'Lobbyregister Eintrag',
    source: `Lobbyregister für die Interessenvertretung gegenüber dem Deutschen Bundestag – Registernummer R004417

Interessenvertreter: Verband der Pflegedienste e. V., Friedrichstraße 95, 10117 Berlin, Tel. 030 2061 4400, info@pflegeverband.example
Vertretungsberechtigte Person: ⁅n:Sreedevi Chirayil⁆ (Geschäftsführerin)
Betraute Personen: ⁅n:Ulbe Rintjema⁆, ⁅n:Emanuel Terceira⁆
Finanzielle Aufwendungen 2024: 410.001 bis 420.000 Euro`,
  },
  {
    lang: 'de',
    kind: 'Pressemitteilung Fraktion',
    source: `PRESSEMITTEILUNG der Fraktion im Landtag – Nr. 211/2025

„Die Kommunen brauchen Planungssicherheit“, erklärt die kommunalpolitische Sprecherin ⁅n:Jigna Brahmbhatt⁆.
Ihr Kollege ⁅n:Arlindo Silveira-Toste⁆ ergänzt, die Kürzungen träfen vor allem den ländlichen Raum.
Pressekontakt: Pressestelle der Fraktion, presse@fraktion.example, 0351 493-5500`,
  },
  {
    lang: 'de',
    kind: 'Presseanfrage Journalistin',
    source: `Von: ⁅n:Birthe Lauritzen⁆ <⁅m:b.lauritzen@freie-presse-nord.example⁆>
An: presse@fraktion.example
Betreff: Anfrage zu Reisekosten

Guten Tag, ich recherchiere zu Dienstreisen der Fraktion 2024. Bitte rufen Sie mich zurück: ⁅t:+49 171 6628104⁆.
Gruß ⁅n:Birthe Lauritzen⁆`,
  },
  {
    lang: 'de',
    kind: 'Wahlkampf-Helferliste',
    source: `Haustürwahlkampf Erfurt-Süd – Teams Samstag

Team A (Herrenberg): ⁅n:Siilaq Tagalik⁆ ⁅t:0160 9913 2247⁆, ⁅n:Rindra Rakotondrabe⁆ ⁅t:0361 5540218⁆
Team B (Wiesenhügel): ⁅n:Kittipong Limthongkul⁆ ⁅t:+49 176 50221987⁆
Treffpunkt 10 Uhr Wahlkampfbüro, Juri-Gagarin-Ring 12. Flyer: 2.000 Stk.`,
  },
  {
    lang: 'de',
    kind: 'Canvassing-Notizen',
    source: `Notizen Haustür, Straße: Mühlgraben (Nr. 1–30)

Nr. 4: ⁅n:Ketanbhai⁆ (Vorname, so vorgestellt) – unentschlossen, Thema Busverbindung; will Infos an ⁅m:ketan1964@web.de⁆
Nr. 11: niemand da
Nr. 17: ältere Dame, ⁅n:Thankamani Kottarathil⁆, wünscht Rückruf ⁅t:0381 2201196⁆ wegen Pflegeheimplätzen
Nr. 22: kein Interesse`,
  },
  {
    lang: 'de',
    kind: 'Kommunalwahl Ergebnisniederschrift (ohne Personendaten)',
    source: `Wahlniederschrift Stimmbezirk 0412 – Ergebnis der Gemeinderatswahl

Wahlberechtigte laut Verzeichnis: 1.417 – Wähler: 836 – ungültige Stimmzettel: 11
Liste 1: 2.381 Stimmen · Liste 2: 1.977 · Liste 3: 640 · Liste 4: 212
Beginn der Auszählung 18:00 Uhr, Ende 21:35 Uhr. Keine besonderen Vorkommnisse.`,
  },
  {
    lang: 'de',
    kind: 'Schweizer Unterschriftenbogen Volksinitiative',
    source: `Eidgenössische Volksinitiative «Für saubere Seen» – Unterschriftenliste Kanton Zürich, Gemeinde Zürich

Name, Vornamen (eigenhändig) | Geburtsdatum | Wohnadresse
⁅n:Tohannie, Yiska⁆ | ⁅b:11.03.1972⁆ | ⁅h:Seefeldstrasse 104, 8008 Zürich⁆
⁅n:Attakai, Dezba⁆ | ⁅b:29.09.1994⁆ | ⁅h:Bärengasse 7, 8001 Zürich⁆
Stimmrechtsbescheinigung: Die Stadtkanzlei bestätigt 2 Stimmberechtigte.`,
  },
  {
    lang: 'de',
    kind: 'Wahlkartenantrag Österreich',
    source: `Antrag auf Ausstellung einer Wahlkarte – Nationalratswahl
Familienname: ⁅n:Jadeja⁆ · Vorname: ⁅n:Mihir⁆ · Geburtsdatum: ⁅b:3.9.1966⁆
Wohnadresse: ⁅h:Lerchenfelder Straße 36, 1070 Wien⁆
Identitätsnachweis: Reisepass ⁅r:⁆
Zustellung per Post an Aufenthaltsort: ⁅h:Salzachkai 9, 5020 Salzburg⁆ · Tel. ⁅t:+43 664 2281937⁆`,
  },
  {
    lang: 'de',
    kind: 'Gemeinderat Anfrage Einwohnerfragestunde',
    source: `Einwohnerfragestunde am 20.11.2025 – schriftliche Frage

Fragesteller: ⁅n:Bergþór Arngrímsson⁆, ⁅h:Lindenhof 3, 24937 Flensburg⁆
Frage: Wann wird der Radweg Kastanienallee saniert?
Antwort der Bürgermeisterin ⁅n:Gordana Mažuranić⁆: Die Sanierung ist für das 2. Quartal 2026 vorgesehen.`,
  },
  {
    lang: 'de',
    kind: 'Ehrenamtsvereinbarung Wahlkampf',
    source: `Vereinbarung über ehrenamtliche Mitarbeit – Landtagswahlkampf

Ehrenamtliche: ⁅n:Jórunn Þorgrímsdóttir⁆, geb. ⁅b:21.01.2000⁆
Erreichbar: ⁅t:+49 151 2703 3398⁆ · ⁅m:jorunn.t@posteo.de⁆
Fahrtkosten-Erstattung auf ⁅i:DE⁆
Ansprechpartner im Büro: ⁅n:Halfdan Overgaard⁆ (⁅m:h.overgaard@wahlkampf-nord.example⁆)`,
  },
  {
    lang: 'de',
    kind: 'Parteischiedsgericht Beschluss',
    source: `Landesschiedskommission – Az. LSK 7/2025

In dem Verfahren des Mitglieds ⁅n:Vytenis Baltrušaitis⁆ (Antragsteller), ⁅h:Kastanienallee 60, 99084 Erfurt⁆,
gegen den Kreisvorstand Erfurt wegen Ausschluss aus der Mitgliederversammlung
hat die Kommission unter Vorsitz von ⁅n:Saulius Juodeikis⁆ beschlossen: Der Antrag ist begründet.`,
  },
  {
    lang: 'de',
    kind: 'Datenschutzauskunft Partei',
    source: `Auskunft nach Art. 15 DSGVO – Mitgliederdatenbank

Gespeicherte Daten zu ⁅n:Naulaq Ootoova⁆:
Geburtsdatum ⁅b:07.12.1958⁆ · Anschrift ⁅h:Talstraße 40, 93047 Regensburg⁆
Telefon ⁅t:0941 7702215⁆ · E-Mail ⁅m:naulaq.ootoova@gmx.net⁆
Letzte Anmeldung Mitgliederportal: 12.10.2025 von IP ⁅a:84.150.17.202⁆
Bankverbindung: ⁅i:DE g⁆`,
  },
  {
    lang: 'de',
    kind: 'Reisekostenabrechnung Delegierte',
    source: `Bundesparteitag Hannover – Reisekostenabrechnung Delegierte

Delegierte: ⁅n:Idalina Ávila⁆ (KV Münster)
Bahnfahrt 2. Kl. 118,40 € · Übernachtung 2 × 96,00 € · Tagegeld 28,00 €
Bezahlt mit privater Kreditkarte ⁅c:-⁆
Erstattung an ⁅i:DE g⁆`,
  },
  {
    lang: 'de',
    kind: 'Sitzungsprotokoll Kreisvorstand (ohne Personendaten)',
    source: `Protokoll der Sitzung des Kreisvorstands vom 04.11.2025

TOP 1 Genehmigung der Tagesordnung – einstimmig.
TOP 2 Haushalt 2026: Der Entwurf wird mit 7:1:1 angenommen.
TOP 3 Vorbereitung der Kommunalwahl: Die Listenaufstellung findet am 17.01.2026 statt.
TOP 4 Verschiedenes – keine Wortmeldungen. Ende 21:10 Uhr.`,
  },
];
