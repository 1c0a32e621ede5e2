import type { HandSource } from './markup.js';

const de = (kind: string, source: string): HandSource => ({ lang: 'de', kind, source: source.trim() });

/** German hand-written documents of set 19: research, archives, faith communities and clubs. */
export const HAND_DE: HandSource[] = [
  de(
    'Einwilligungserklärung Prüfzentrum',
    `
Universitätsklinikum – Prüfzentrum 07, Studie RHEUMA-LINK (EudraCT 2024-001873-22)
Einwilligungserklärung zur Teilnahme

Name, Vorname der Teilnehmerin: ⁅n:Stäbler⁆, ⁅n:Gotthilf⁆
geb. am ⁅b:14.02.1961⁆
Anschrift: ⁅h:Gerberau 17, 79098 Freiburg im Breisgau⁆
Telefon für Rückfragen: ⁅t:0761 4589213⁆

Ich wurde von Frau Dr. ⁅n:Wendelgard Kowarjec⁆ mündlich und schriftlich über Wesen, Bedeutung und
Tragweite der Studie aufgeklärt. Ich willige ein, dass meine pseudonymisierten Daten an den Sponsor
übermittelt werden.

Freiburg, 03.03.2025          Unterschrift: ⁅n:G. Stäbler⁆
`,
  ),
  de(
    'Screening-Log Prüfzentrum',
    `
SCREENING-LOG  Zentrum 12 (Tübingen)  Protokoll NEPHRO-3, NCT06123458
Lfd | Initialen | Geb.-Datum | Einschluss | Grund
01  | K. H.     | ⁅b:1958-07-22⁆ | ja   | –
02  | G. R.     | ⁅b:1949-11-03⁆ | nein | eGFR < 20
03  | L. D.     | ⁅b:1966-01-30⁆ | ja   | –
Geführt von: ⁅n:Měrćin Häfele⁆ (Study Nurse), Durchwahl ⁅t:07071 29-86412⁆
Die Liste verbleibt im Prüfarztordner und wird nicht an den Sponsor geschickt.
`,
  ),
  de(
    'Personalbogen Drittmittelprojekt',
    `
Personalbogen – Einstellung aus Drittmitteln (DFG-Projekt 512874301)
Institut für Geschichtswissenschaften, Universität Bonn

Name: ⁅n:Wübbena⁆          Vorname: ⁅n:Pawoł⁆
Geburtsdatum: ⁅b:09.06.1994⁆   Geburtsname: ⁅n:Tjarks⁆
Wohnanschrift: ⁅h:Kessenicher Straße 122, 53129 Bonn⁆
Steuer-ID: ⁅x:g⁆
Rentenversicherungsnummer: ⁅s:09061994 Tjarks f⁆
Bankverbindung (IBAN): ⁅i:DE g⁆
E-Mail (privat): ⁅m:pawol.wuebbena@posteo.de⁆
ORCID: 0000-0002-7731-4106
Vertragsbeginn: 01.10.2025, 65 % E 13, befristet bis 30.09.2028
`,
  ),
  de(
    'Laborbuch-Eintrag',
    `
Laborbuch AG ⁅n:Nuk⁆, Band 14, S. 88
Datum: 12.11.2025   Bearbeiter: ⁅n:Wórša Zarjenk⁆

Versuch 14-88: Western Blot, Proben P3–P9 (Zelllinie HEK293, Passage 21)
Antikörper anti-GFP 1:2000, ÜN 4 °C. Membran geblockt 1 h 5 % Milchpulver.
Bemerkung: Probe P6 verworfen (Gel gerissen). Rücksprache mit ⁅n:Irmengard⁆ wegen neuer Charge Puffer.
Gegengezeichnet: ⁅n:O. Zehetmair⁆, 13.11.2025
`,
  ),
  de(
    'Antrag Benutzerausweis Staatsbibliothek',
    `
Antrag auf einen Benutzerausweis – Bayerische Staatsbibliothek (Lesesaal)

Familienname: ⁅n:Oberprieler⁆
Vorname(n): ⁅n:Hajko Bogna⁆
Geburtsdatum: ⁅b:23. April 1987⁆
Anschrift: ⁅h:Türkenstraße 58, 80799 München⁆
E-Mail: ⁅m:n.oberprieler@mail.de⁆
Vorgelegter Ausweis: Personalausweis Nr. ⁅k:⁆
Ausweisnummer der Bibliothek: 1120 0459 7712 (wird vergeben)
Ich erkenne die Benutzungsordnung an.
`,
  ),
  de(
    'Mahnung Fernleihe',
    `
Stadtbibliothek Reutlingen – 2. Mahnung

Frau
⁅n:Luitgard Mühleisen⁆
⁅h:Gartenstraße 9
72764 Reutlingen⁆

Sehr geehrte Frau ⁅n:Mühleisen⁆,
die folgende Fernleihe ist seit dem 04.12.2025 überfällig:
„Pietismus in Württemberg“, ISBN 978-3-17-032211-9, Signatur FL 25/4471
Bitte geben Sie das Buch bis zum 19.12.2025 zurück. Mahngebühr: 5,00 €.
Ihr Bibliotheksteam (ausleihe@stadtbibliothek-reutlingen.de, 07121 303-2855)
`,
  ),
  de(
    'Leihvertrag Museum privater Leihgeber',
    `
LEIHVERTRAG Nr. LV-2025-031
zwischen
⁅n:Hindrik Rominger⁆, ⁅h:Am Kräherwald 201, 70193 Stuttgart⁆ (Leihgeber)
und dem Landesmuseum Württemberg, Schillerplatz 6, 70173 Stuttgart (Leihnehmer)

Leihgabe: Schwarzwälder Lackschilduhr, um 1840, Inv. privat
Versicherungswert: 8.500 € (Nagel-zu-Nagel)
Leihdauer: 15.03.2026 – 31.08.2026, Ausstellung „Zeit im Südwesten“
Erreichbarkeit des Leihgebers: ⁅t:0711 6573390⁆, ⁅m:e.rominger@t-online.de⁆
`,
  ),
  de(
    'Schenkungsvereinbarung Museum',
    `
Schenkungsvereinbarung
Die Schenkerin ⁅n:Zdislava Wjelan⁆, wohnhaft ⁅h:Bergmannstraße 44, 10961 Berlin⁆, übereignet dem
Museum Europäischer Kulturen unentgeltlich:
– 1 Trachtenhaube, Mähren, um 1910
– 3 Fotografien (Hochzeit ihrer Großeltern ⁅n:Rixt⁆ und ⁅n:Jitske Hrjehor⁆, 1923)
Die Schenkerin ist mit der Nennung ihres Namens im Bestandskatalog einverstanden.
Berlin, den 22.09.2025
`,
  ),
  de(
    'Anfrage Geburtseintrag Stadtarchiv',
    `
Betreff: Anfrage Geburtseintrag meines Urgroßvaters

Sehr geehrte Damen und Herren des Stadtarchivs Hildesheim,
für meine Familienforschung suche ich den Geburtseintrag von ⁅n:Sjúrður Ahlrichs⁆, geboren am
⁅b:3. Mai 1881⁆ in Hildesheim, Sohn des Schuhmachers ⁅n:Tönnies Ahlrichs⁆. Laut Familienbibel wurde
er in der St.-Andreas-Kirche getauft. Ich bin ein direkter Nachfahre und lege einen Nachweis bei.

Mit freundlichen Grüßen
⁅n:Jelto Poppinga⁆
⁅h:Deichstraße 3, 26721 Emden⁆ · ⁅t:04921 589 77 03⁆
`,
  ),
  de(
    'Taufbuchauszug',
    `
Kath. Pfarramt St. Korbinian, Freising
AUSZUG AUS DEM TAUFBUCH   Jahrgang 1972, Seite 41, Nr. 17

Täufling: ⁅n:Heðin Rieplhuber⁆
geboren: ⁅b:11.08.1972⁆ in Freising
getauft: 27.08.1972 durch Pfarrer ⁅n:A. Kowarjec⁆
Vater: ⁅n:Bárður Rieplhuber⁆, kath.
Mutter: ⁅n:Gunnvør Rieplhuber⁆ geb. ⁅n:Nuk⁆, kath.
Paten: ⁅n:Irmengard Stangassinger⁆
Vermerke: Firmung 1985 in Freising; Eheschließung 1999 (vgl. Trauungsbuch)
Für die Richtigkeit: Pfarramt, Siegel
`,
  ),
  de(
    'Matrikenauszug Trauungsbuch Österreich',
    `
Röm.-kath. Pfarre Gaming (Diözese St. Pölten) – Trauungsbuch Tom. IX fol. 12
Trauung am 14. Juni 1958

Bräutigam: ⁅n:Gundakar Pfaffenbichler⁆, Holzknecht, geb. ⁅b:2.1.1931⁆, wohnhaft Gaming
Braut: ⁅n:Jógvan Ennsthaler⁆, Magd, geb. ⁅b:17. 9. 1935⁆, wohnhaft Lunz am See
Trauzeugen: ⁅n:Sólja Šołćic⁆, ⁅n:Adalbero Sieswerda⁆
Ausgestellt auf Antrag der Enkelin ⁅n:Ásgerður Pöchhacker⁆, ⁅h:Linzer Straße 12/4, 3100 St. Pölten⁆
Gebühr: 14,30 €
`,
  ),
  de(
    'Familienforschung Mail Diözesanarchiv',
    `
Von: ⁅m:sigthrudur.hoegnesen@gmx.net⁆
An: archiv@drs.de
Betreff: Kirchenbücher Gschwend 1840–1870

Guten Tag,
ich suche die Geburt von ⁅n:Guðríður Dürrwächter⁆ (ca. ⁅b:1846⁆) und seiner Schwester ⁅n:Snæbjörn⁆, deren
Geburtstag die Familie mit ⁅b:24.12.1849⁆ überliefert. Sind die Kirchenbücher von Gschwend digitalisiert
oder muss ich in den Lesesaal kommen?

Viele Grüße
⁅n:Sigþrúður Høgnesen⁆, Schorndorf
`,
  ),
  de(
    'Kirchensteuer Schreiben Kirchensteueramt',
    `
Evangelisches Kirchensteueramt Nürnberg
Herrn
⁅n:Traugott Wörner⁆
⁅h:Pillenreuther Straße 33
90459 Nürnberg⁆

Besonderes Kirchgeld in glaubensverschiedener Ehe – Veranlagung 2024
Steuer-Identifikationsnummer: ⁅x:⁆
Sehr geehrter Herr ⁅n:Wörner⁆,
für das Jahr 2024 setzen wir das besondere Kirchgeld auf 240 € fest. Bitte überweisen Sie den
Betrag, soweit er nicht vom Finanzamt einbehalten wurde, auf unser Konto bei der Evangelischen Bank.
Ihr SEPA-Mandat für das Konto ⁅i:DE g⁆ gilt weiter.
`,
  ),
  de(
    'Anmeldung Firmung',
    `
Anmeldung zur Firmvorbereitung 2026 – Pfarreiengemeinschaft Landsberg

Firmling: ⁅n:Hallveig-Maximilian Nolsøe⁆
Geburtsdatum: ⁅b:05.03.2012⁆    getauft in: St. Ulrich, Augsburg
Anschrift: ⁅h:Hinteranger 7, 86899 Landsberg am Lech⁆
Handy Firmling: ⁅t:0157 3948 2217⁆
Erziehungsberechtigte: ⁅n:Ásllat Nolsøe⁆, ⁅m:asllat.nolsoe@web.de⁆
Wunschgruppe: ☒ Dienstag  ☐ Donnerstag
Einverständnis Fotos im Pfarrbrief: ☐ ja  ☒ nein
`,
  ),
  de(
    'Mitgliedsantrag Moscheegemeinde',
    `
Islamische Gemeinde Mannheim e.V. – Mitgliedsantrag

Name: ⁅n:Jovnna Gaardlykke⁆
Geburtsdatum: ⁅b:19.10.1979⁆
Adresse: ⁅h:Luisenring 28, 68159 Mannheim⁆
Telefon: ⁅t:+49 621 43915578⁆
Monatsbeitrag: 15 €   Zahlweise: ☒ SEPA-Lastschrift ☐ bar

SEPA-Lastschriftmandat (Gläubiger-ID DE55ZZZ00000481236)
Kontoinhaber: ⁅n:Risten Gaardlykke⁆
IBAN: ⁅i:DE⁆
Mannheim, 01.02.2025
`,
  ),
  de(
    'Mitgliedsbescheinigung Synagogengemeinde',
    `
Jüdische Gemeinde Frankfurt am Main K.d.ö.R.
Bescheinigung

Hiermit bestätigen wir, dass Herr ⁅n:Avraham Gottesdiener⁆, geboren am ⁅b:14.09.1964⁆,
wohnhaft ⁅h:Bockenheimer Landstraße 90, 60323 Frankfurt am Main⁆, seit 1991 Mitglied unserer Gemeinde ist.
Die Bescheinigung wird zur Vorlage beim Standesamt ausgestellt.
Frankfurt, 7. Januar 2026
Gemeindebüro
`,
  ),
  de(
    'Zuwendungsbestätigung Tempelverein',
    `
Sri Kamadchi Ampal Tempel e.V., Hamm
Bestätigung über Geldzuwendungen im Sinne des § 10b EStG

Name und Anschrift des Zuwendenden:
⁅n:Ánte Þórarinsdóttir⁆, ⁅h:Südring 14, 59065 Hamm⁆
Betrag der Zuwendung: 600,00 € (in Worten: sechshundert)
Tag der Zuwendung: 15.08.2025, Überweisung vom Konto ⁅i:DE⁆
Es handelt sich nicht um den Verzicht auf die Erstattung von Aufwendungen.
Wir sind wegen Förderung der Religion nach dem Freistellungsbescheid des Finanzamts Hamm,
StNr. 322/5741/0098, von der Körperschaftsteuer befreit.
`,
  ),
  de(
    'Aufnahmeantrag Turnverein',
    `
TSV Grünwald 1898 e.V. – AUFNAHMEANTRAG
Abteilung: ☐ Fußball ☒ Turnen ☐ Tennis ☒ Ski

Nachname           Vorname        geb. am
⁅n:Zehetmair⁆       ⁅n:Gáddja⁆         ⁅b:30.11.2016⁆
Straße, PLZ, Ort: ⁅h:Tölzer Straße 5, 82031 Grünwald⁆
Telefon der Eltern: ⁅t:089 64918823⁆   E-Mail: ⁅m:zehetmair.familie@gmx.de⁆

Kontoinhaber: ⁅n:Bogna Zehetmair⁆
IBAN: ⁅i:DE g⁆   BIC: GENODEF1M01
Familienbeitrag 180 € jährlich, Einzug im Januar.
`,
  ),
  de(
    'Protokoll Jahreshauptversammlung',
    `
Protokoll der Jahreshauptversammlung des Kleingartenvereins „Am Wasserturm“ e.V.
Datum: 21.03.2025, 19:00–21:10 Uhr, Vereinsheim

Anwesend: 23 Mitglieder (Liste liegt bei), darunter der Vorstand: ⁅n:Wübbe Hrafnkelsson⁆ (1. Vors.),
⁅n:Ovllá Duhme⁆ (Kassiererin), ⁅n:Fokke Hinrichsen⁆ (Schriftführer)
Entschuldigt: ⁅n:Väinö-Aulikki Eilers-Kruse⁆

TOP 3 Kassenbericht: Frau ⁅n:Duhme⁆ berichtet über Einnahmen von 11.240 €. Die Kassenprüfer
empfehlen Entlastung; einstimmig angenommen.
TOP 5 Wahlen: Herr ⁅n:Hrafnkelsson⁆ wird mit 21 Ja-Stimmen bei 2 Enthaltungen wiedergewählt.
`,
  ),
  de(
    'Kassenbericht Schützenverein',
    `
Schützenverein Hubertus Hochstadt – Kassenbericht 2025

Kontostand 01.01.: 4.811,20 €        Kontostand 31.12.: 5.206,75 €
Auslagenerstattungen:
  ⁅n:Gerbrich Snæbjörnsdóttir⁆ (Königsball Deko) 212,40 € an ⁅i:DE⁆
  ⁅n:Tuomo Tjalsma⁆ (Munition Jugend) 386,00 € an ⁅i:DE g⁆
Vereinskonto: Sparkasse, IBAN des Vereins siehe Briefkopf
Kassenprüfer: ⁅n:Lahja Ásmundarson⁆, ⁅n:Jalmari Rinsma⁆ – Prüfung ohne Beanstandung am 12.01.2026
`,
  ),
  de(
    'Anmeldung Vorstandsänderung Vereinsregister',
    `
An das Amtsgericht Charlottenburg – Vereinsregister VR 38821 B
Anmeldung der Änderung des Vorstands

Aus dem Vorstand ausgeschieden: ⁅n:Sinikka Eyvindsdóttir⁆
Neu gewählt zur Vorsitzenden: ⁅n:Heiki Hólmgeirsson⁆, geb. ⁅b:27.04.1975⁆, ⁅h:Wühlischstraße 19, 10245 Berlin⁆
Neu gewählt zum Kassenwart: ⁅n:Ülo Þorbergsdóttir⁆, geb. ⁅b:02.12.1968⁆, ⁅h:Boxhagener Str. 72, 10245 Berlin⁆
Die Vorsitzende wies sich aus durch Personalausweis Nr. ⁅k:⁆.
Beglaubigung der Unterschriften durch Notar Dr. ⁅n:H. Zarjenk⁆, UR-Nr. 1173/2025
`,
  ),
  de(
    'Erklärung Übungsleiterfreibetrag',
    `
Erklärung zur Übungsleiterpauschale (§ 3 Nr. 26 EStG) – Ski-Club Oberstdorf e.V.

Übungsleiter/in: ⁅n:Bárður Hochstrasser⁆
Geburtsdatum: ⁅b:12.07.1983⁆
Steuerliche Identifikationsnummer: ⁅x:⁆
Rentenversicherungsnummer (für die Minijob-Meldung): ⁅s:12071983 Hochstrasser m⁆
Ich versichere, dass ich den Freibetrag von 3.000 € im Jahr 2025 nicht bei einem anderen Verein in
Anspruch nehme. Vergütung: 150 € monatlich auf ⁅i:DE⁆.
Oberstdorf, 10.01.2025
`,
  ),
  de(
    'Reisekostenabrechnung Tagung',
    `
Reisekostenabrechnung – Dienstreise zur Tagung „Frühe Neuzeit digital“, Wien, 5.–7.11.2025
Reisende: ⁅n:Reet Utsi⁆, wiss. Mitarbeiterin, Lehrstuhl für Osteuropäische Geschichte

Bahn München–Wien 2. Kl.: 119,80 € (bezahlt mit Kreditkarte ⁅c:s⁆)
Hotel 2 Nächte: 236,00 €
Tagungsgebühr: 60,00 €
Erstattung auf: ⁅i:DE⁆
Privatanschrift: ⁅h:Gollierstraße 40, 80339 München⁆
`,
  ),
  de(
    'SUSAR-Meldung Ethikkommission',
    `
Meldung eines Verdachts auf eine unerwartete schwerwiegende Nebenwirkung (SUSAR)
Prüfzentrum: Klinikum Nürnberg Nord, Prüferin: Dr. ⁅n:Snæbjörn Gscheidle⁆

Patient/in: Pat.-Nr. 07-014, Initialen M.H., geb. ⁅b:06/1952⁆, weiblich
Ereignis: akutes Nierenversagen am 18.10.2025, stationär aufgenommen
Kausalität: möglich; Prüfmedikation abgesetzt
Meldende Person: ⁅n:Ásgerður Buljo⁆, ⁅t:0911 398-22457⁆
`,
  ),
  de(
    'Quittung Aufwandsentschädigung Proband',
    `
Quittung – Aufwandsentschädigung Probandenstudie SCHLAF-02
Institut für Psychologie, Universität Basel

Ich, ⁅n:Priit-Ansis Keskitalo⁆, geb. ⁅b:28.02.2001⁆, bestätige den Erhalt von CHF 180.– in bar.
Identität geprüft anhand: deutscher Reisepass ⁅r:⁆ (Doppelbürger)
Basel, 04.12.2025
Ausgezahlt durch: ⁅n:Zigrīda Vähäkangas⁆
`,
  ),
  de(
    'Benutzungsantrag Staatsarchiv Schweiz',
    `
Staatsarchiv des Kantons Bern – Benutzungsantrag

Name, Vorname: ⁅n:Aeschlimann, Ursin⁆
Adresse: ⁅h:Länggassstrasse 61, 3012 Bern⁆
E-Mail: ⁅m:ursin.aeschlimann@bluewin.ch⁆   Tel. ⁅t:+41 31 302 48 16⁆
Zweck: ☐ amtlich ☐ wissenschaftlich ☒ privat (Familienforschung)
Gesuchte Bestände: Burgerrodel Trub, Taufrödel Langnau 1790–1830
Schutzfristen: Ich nehme zur Kenntnis, dass Personendaten unter 80 Jahre gesperrt sind.
`,
  ),
  de(
    'Telefonkette Kirchenchor',
    `
Telefonkette Kirchenchor St. Gallus (bei Probenausfall bitte weitergeben)

Chorleiterin ⁅n:Uldis-Māra Ruotsalainen⁆ ruft an:
  → ⁅n:Arvydas⁆ (Sopran) ⁅t:044 781 23 90⁆
      → ⁅n:Kęstutis-Birutė Kiviniemi⁆ (Tenor) ⁅t:079 455 61 02⁆
  → ⁅n:Wendelgard Schneebeli⁆ (Alt) ⁅t:044 781 77 14⁆
      → ⁅n:Nöldi⁆ (Bass) ⁅t:076 320 18 85⁆
Wer niemanden erreicht, meldet sich im Pfarreisekretariat (044 781 10 10).
`,
  ),
  de(
    'Geburtstagsliste Pfarrbrief',
    `
Pfarrbrief Advent 2025 – Wir gratulieren herzlich!

Zum 90. Geburtstag: ⁅n:Aušrinė-Luitgard Stäbler⁆ (⁅b:02.12.1935⁆)
Zum 85. Geburtstag: ⁅n:Guðríður Häfele⁆ (⁅b:19. Dezember 1940⁆)
Zum 80. Geburtstag: ⁅n:Gotthilf Høgnesen⁆ (⁅b:07.01.1946⁆)
Wer nicht im Pfarrbrief genannt werden möchte, gibt bitte im Pfarrbüro Bescheid.
`,
  ),
  de(
    'Tourenanmeldung Alpenverein',
    `
Alpenverein Sektion Innsbruck – Anmeldung Hochtour Wildspitze, 12.–13.07.2025

Teilnehmer: ⁅n:Vaidotas Väänänen⁆
Geburtsdatum: ⁅b:1990-05-18⁆
Mobil: ⁅t:+43 664 2187 345⁆
Notfallkontakt: ⁅n:Sólja Väänänen⁆ (Vater), ⁅t:+43 5512 3389⁆
Erfahrung: ☒ Gletscherkurs ☒ Spaltenbergung ☐ keine
Tourenführer: ⁅n:Adalbero Schwarzenlander⁆
`,
  ),
  de(
    'Reklamation Kartenzahlung Museumsshop',
    `
Betreff: Doppelte Abbuchung im Museumsshop

Hallo,
am 2.11. habe ich im Shop des Deutschen Museums einen Katalog für 34,90 € gekauft. Auf meiner
Kreditkartenabrechnung erscheint der Betrag zweimal (Karte ⁅c:⁆). Bitte erstatten Sie eine Buchung.
Beleg-Nr. 2025-11-02-0447.

Mit freundlichen Grüßen
⁅n:Kerttu Halttunen⁆, ⁅m:kerttu.halttunen@kolumbus.fi⁆
`,
  ),
  de(
    'Aushang Öffnungszeiten Lesesaal',
    `
Universitätsarchiv – Lesesaal
Öffnungszeiten ab 1. Januar 2026
Mo–Do 9:00–16:30 Uhr, Fr 9:00–13:00 Uhr
Bestellungen von Archivgut bis 11:00 Uhr werden am selben Tag ausgehoben.
Zwischen Weihnachten und Neujahr bleibt der Lesesaal geschlossen.
Bitte Taschen in die Schließfächer; Bleistift statt Kugelschreiber.
`,
  ),
  de(
    'Zusammenfassung Studienergebnisse',
    `
Zusammenfassung (veröffentlicht, DRKS00031277)
Hintergrund: Ob Chorsingen die Lungenfunktion nach COVID-19 verbessert, ist unklar.
Methoden: Randomisierte Studie an 4 Zentren, 212 Teilnehmende, 12 Wochen Chorprobe vs. Wartegruppe.
Ergebnisse: FEV1 stieg um 3,1 % (95 %-KI 0,4–5,8); Lebensqualität (SGRQ) −4,2 Punkte.
Schlussfolgerung: Chorsingen ist sicher und verbessert die Lebensqualität mäßig.
Förderung: Deutsche Forschungsgemeinschaft. ISBN des Tagungsbands 978-3-11-071842-5.
`,
  ),
  de(
    'Gottesdienstordnung Aushang',
    `
Gottesdienstordnung der Pfarrei St. Martin – Dezember 2026
So 10:00 Hochamt mit Kirchenchor
Mi 18:30 Rorate bei Kerzenschein, anschließend Frühstück im Pfarrheim
Do 24.12. 16:00 Kindermette, 22:00 Christmette
Beichtgelegenheit: Sa 17:00–17:45 Uhr
Kollekte am 3. Advent: Adveniat
`,
  ),
];
