import type { HandSource } from './markup.js';

/** Set 25's hand-written German documents: environment, waste, forestry, hunting and fishing, mining, renewables. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Lärmbeschwerde Windpark',
    source: `Landratsamt Nordfriesland – Fachdienst Umwelt, Immissionsschutz
Eingang: 03.11.2026, telefonisch, aufgenommen von ⦃n:Ingke Momsen⦄

Beschwerdeführerin: ⦃n:Ellin Brarens⦄, ⦃h:Dünenweg 7, 25980 Sylt⦄
Rückruf unter ⦃t:0176 4418203⦄ (nur abends)

Gegenstand: tieffrequentes Brummen der WEA 4 und 5 (Windpark Osterkoog) seit ca. 20. Oktober,
besonders nachts bei Westwind. Frau ⦃n:Brarens⦄ führt ein Lärmtagebuch und schickt es an
⦃m:ellin.brarens@posteo.de⦄. Betreiber um Stellungnahme gebeten, Messung nach TA Lärm prüfen.`,
  },
  {
    lang: 'de',
    kind: 'Geruchsbeschwerde Kompostwerk (Aktenvermerk)',
    source: `AKTENVERMERK  –  BH Leoben, Umweltrecht                         GZ: LEB-UR-2026/0881

Am 14.10.2026 um 07:40 meldete sich Herr ⦃n:Oswin Jossen⦄ (⦃h:Haldenstraße 22, 8700 Leoben⦄,
Tel. ⦃t:+43 664 2093117⦄) wegen starken Geruchs aus der Kompostieranlage Göß.
Er gibt an, seit drei Wochen die Fenster nicht öffnen zu können; seine Nachbarin, Frau ⦃n:Agatha Zurbriggen⦄,
bestätigt dies. Rückmeldung per Mail erbeten an ⦃m:o.jossen@gmx.at⦄.
Veranlasst: unangekündigte Überprüfung der Mietenumsetzung, Bericht an den ASV.`,
  },
  {
    lang: 'de',
    kind: 'wasserrechtliche Erlaubnis (Bescheid Hausbrunnen)',
    source: `Landkreis Goslar · Untere Wasserbehörde
Az. 66.21-WE-118/26

Herrn
⦃n:Knudt Tedsen⦄
⦃h:Am Sägewerk 4
38640 Goslar⦄

Erlaubnis zur Entnahme von Grundwasser aus einem Hausbrunnen

Sehr geehrter Herr ⦃n:Tedsen⦄,
auf Ihren Antrag vom 02.09.2026 wird Ihnen die widerrufliche Erlaubnis erteilt, bis zu 300 m³/a
Grundwasser zur Gartenbewässerung zu entnehmen. Die Verwaltungsgebühr von 85,00 € buchen wir von
Ihrem Konto ⦃i:DE g⦄ ab.`,
  },
  {
    lang: 'de',
    kind: 'Auskunft Altlastenkataster',
    source: `Auskunft aus dem Altlastenkataster (§ 11 BBodSchG)
Antragsteller:      ⦃n:Staņislavs Kairāns⦄
Anschrift:          ⦃h:Schachtstraße 31, 09599 Freiberg⦄
Grundstück:         Gemarkung Freiberg, Flurstück 1207/3
Ergebnis:           Fläche als altlastverdächtig erfasst (ehem. Erzwäsche, Schwermetalle).
Hinweis:            Für eine Bebauung ist eine orientierende Untersuchung erforderlich.
Gebühr:             40,00 € – Zahlung erfolgte per Karte ⦃c:s⦄.`,
  },
  {
    lang: 'de',
    kind: 'Messbericht Staubniederschlag (ohne Personenbezug)',
    source: `Messbericht Staubniederschlag – Bergerhoff-Verfahren, Messzeitraum Juli bis September 2026

Messpunkt | Lage                          | Staubniederschlag g/(m²·d) | Immissionswert
MP 1      | Zufahrt Steinbruch Nord       | 0,21                       | 0,35
MP 2      | Ortsrand Kirchweg             | 0,12                       | 0,35
MP 3      | Kleingartenanlage             | 0,09                       | 0,35

Alle Werte unterschreiten den Immissionswert der TA Luft. Nächste Messung ab Januar 2027.`,
  },
  {
    lang: 'de',
    kind: 'Sperrmüll-Anmeldung',
    source: `Sperrmüll-Abholung – Ihre Anmeldung Nr. SPM-26-44817

Name: ⦃n:Kaszper Rompca⦄
Abholadresse: ⦃h:Heideblick 12, 29614 Soltau⦄
Telefon für Rückfragen: ⦃t:05191 982214⦄
Gegenstände: 1 Sofa, 2 Matratzen, 1 Kleiderschrank (zerlegt)
Termin: Mittwoch, 18.11.2026 – bitte ab 6:00 Uhr am Straßenrand bereitstellen.
Elektrogeräte werden gesondert abgeholt.`,
  },
  {
    lang: 'de',
    kind: 'Auftragsbestätigung Containermiete',
    source: `Entsorgung Tirol Mitte GmbH · Container-Service · Gewerbepark 3, 6020 Innsbruck
Auftragsbestätigung 2026-C-3318

Auftraggeberin:  ⦃n:Hafija Dudaš⦄, ⦃h:Almweg 9, 6020 Innsbruck⦄
Container:       Absetzmulde 7 m³, Bauschutt (AVV 17 01 07)
Stellzeit:       09.–13.11.2026
Preis:           389,00 € inkl. USt
Zahlung per SEPA-Lastschrift von ⦃i:AT g⦄
Bei Fragen: dispo@etm-container.at oder 0512 880 44 (Zentrale).`,
  },
  {
    lang: 'de',
    kind: 'Begleitschein gefährliche Abfälle (Abschrift)',
    source: `Begleitschein Nr. BGS-418273 – Abschrift für Akte
Abfallschlüssel: AVV 17 06 05 (asbesthaltige Baustoffe), Menge 1,8 t
Erzeuger: Privathaushalt ⦃n:Bepo Cozzutti⦄, ⦃h:Torfmoorweg 2, 94481 Grafenau⦄
Beförderer: Schadstoff-Logistik Bayern GmbH, Fahrer ⦃n:Tomba Yumnam⦄
Entsorger: Deponie Außernzell, Annahme 21.10.2026, Wiegeschein 77120
Hinweis des Erzeugers: telefonisch erreichbar ⦃t:0160 7734512⦄.`,
  },
  {
    lang: 'de',
    kind: 'Wiegeschein Wertstoffhof',
    source: `WERTSTOFFHOF SIEGEN-OST            WIEGESCHEIN 0088214
Datum 07.11.2026   Einfahrt 10:14   Ausfahrt 10:31
Kennzeichen SI-HK 212       Anlieferer ⦃n:Lienhard Heinzmann⦄
Brutto 2.840 kg   Tara 2.110 kg   Netto 730 kg
Fraktion: Grünschnitt (AVV 20 02 01)
Kostenpflichtig ab 500 kg – 23,36 € bar bezahlt.
Unterschrift Anlieferer: ____________`,
  },
  {
    lang: 'de',
    kind: 'Fällgenehmigung Baumschutzsatzung',
    source: `Stadt Halle (Saale) – Fachbereich Umwelt, Baumschutz

Genehmigung Nr. BS-2026-611
Antragstellerin: ⦃n:Geņovefa Počs⦄, wohnhaft ⦃h:Wiesengrund 15, 06108 Halle (Saale)⦄

Die Fällung einer Rotbuche (Stammumfang 190 cm) auf Ihrem Grundstück wird genehmigt.
Als Ersatz ist bis 31.03.2027 ein standortgerechter Laubbaum zu pflanzen.
Rückfragen: Sachbearbeiter ⦃n:Boh Ocksen⦄, ⦃m:boh.ocksen@halle.de⦄.`,
  },
  {
    lang: 'de',
    kind: 'Holzverkaufsvertrag Privatwald',
    source: `HOLZKAUFVERTRAG (Stehendverkauf)
Verkäuferin: ⦃n:Tadje Bohnsack⦄, ⦃h:Köhlerweg 3, 78098 Triberg⦄, Steuer-ID ⦃x:g⦄
Käufer: Sägewerk Gutach KG
Los: Abt. 14b, Fichte Sturmholz, ca. 240 fm
Preis: 62 €/fm, Abrechnung nach Werksmaß
Zahlung auf ⦃i:DE⦄ innerhalb 30 Tagen nach Abfuhr.
Triberg, 22.09.2026`,
  },
  {
    lang: 'de',
    kind: 'Waldbrand-Wachplan Feuerwachturm',
    source: `Waldbrandüberwachung Revier Lieberose – Wachplan KW 32

Tag   | Turm Süd              | Turm Nord            | Bereitschaft Telefon
Mo    | ⦃n:Zoica Cușa⦄          | ⦃n:Naum Bojagi⦄         | ⦃t:0151 22019874⦄
Di    | ⦃n:Naum Bojagi⦄         | ⦃n:Fedir Fejsa⦄         | ⦃t:0171 9042235⦄
Mi    | ⦃n:Fedir Fejsa⦄         | ⦃n:Zoica Cușa⦄          | ⦃t:0151 22019874⦄

Bei Warnstufe 4: Doppelbesetzung, Meldung an Leitstelle.`,
  },
  {
    lang: 'de',
    kind: 'Antrag Jagdschein',
    source: `Antrag auf Erteilung eines Jahresjagdscheins – Untere Jagdbehörde

1. Name, Vorname: ⦃n:Kalbermatten⦄, ⦃n:Hilar⦄
2. Geburtsdatum: ⦃b:11.05.1979⦄
3. Anschrift: ⦃h:Fischerstieg 8, 57072 Siegen⦄
4. Personalausweis-Nr.: ⦃k:⦄
5. Jägerprüfung bestanden am 14.06.2001 (Kreis Olpe)
6. Haftpflichtversicherung nachgewiesen: ja
Gebühr 75 € · Zuverlässigkeitsprüfung eingeleitet.`,
  },
  {
    lang: 'de',
    kind: 'Wildschadensmeldung',
    source: `Meldung eines Wildschadens (§ 34 BJagdG)

Geschädigter:    ⦃n:Ibomcha Konsam⦄, Landwirt, ⦃h:Am Kohlenmeiler 5, 29614 Soltau⦄
Jagdpächter:     ⦃n:Nazife Hopalı⦄
Schaden:         Schwarzwild, Maisschlag ca. 0,6 ha, festgestellt 28.08.2026
Ortstermin:      04.09.2026, 10 Uhr, mit Wildschadensschätzer
Ersatz auf:      ⦃i:DE g⦄`,
  },
  {
    lang: 'de',
    kind: 'Fischereipatent Kanton',
    source: `Kanton Wallis – Dienststelle für Jagd, Fischerei und Wildtiere
FISCHEREIPATENT 2027 – Jahrespatent Fliessgewässer

Inhaber:        ⦃n:Andenmatten⦄ ⦃n:Agatha⦄
Geboren:        ⦃b:02.02.1991⦄
Adresse:        ⦃h:Bergstrasse 14, 3920 Zermatt⦄
Mobile:         ⦃t:+41 79 318 22 04⦄
SaNa-Ausweis Nr. 41-88310 · Gebühr CHF 180 bezahlt am 20.12.2026`,
  },
  {
    lang: 'de',
    kind: 'Mitgliederliste Angelverein',
    source: `ASV Petri Heil Lienz – Mitgliederstand 01.11.2026 (nur für den Vorstand)

Nr. | Name                  | Geb.        | Telefon            | Beitrag
17  | ⦃n:Mükerrem Kuloğlu⦄    | ⦃b:14.03.1968⦄ | ⦃t:0664 5582190⦄      | bez.
18  | ⦃n:Temel Arhavili⦄      | ⦃b:30.07.1984⦄ | ⦃t:0664 7729301⦄      | offen
19  | ⦃n:Ritsa Gogua⦄         | ⦃b:09.12.1999⦄ | –                  | bez.

Offene Beiträge bitte bis Jahresende.`,
  },
  {
    lang: 'de',
    kind: 'Sprengankündigung Steinbruch (Aushang, ohne Personenbezug)',
    source: `HINWEIS AN DIE ANWOHNER

Im Steinbruch Hohe Warte finden in der Woche vom 16. bis 20. November 2026 Gewinnungssprengungen
statt, jeweils zwischen 12:00 und 12:30 Uhr. Vor jeder Sprengung ertönt ein langes Hupsignal,
nach der Sprengung zwei kurze Signale. Der Feldweg zum Hochbehälter ist in dieser Zeit gesperrt.
Erschütterungsmessungen erfolgen an den Messpunkten Kirche und Schule.
Fragen beantwortet das Werksbüro unter 09545 440-0.`,
  },
  {
    lang: 'de',
    kind: 'Schichtbuch Steinbruch',
    source: `Schichtbuch Brecheranlage – Frühschicht 12.11.2026
Schichtführer: ⦃n:Dzhimbinov⦄
Besetzung: ⦃n:Basan Mutaev⦄ (Radlader), ⦃n:Gilyan Naminova⦄ (Brecher), ⦃n:Mutul Bembeev⦄ (Waage)
06:10 Anlauf Vorbrecher, Siebband 2 läuft schief – nachgestellt
08:45 Stillstand 20 min, Fremdkörper im Brecher
11:30 Sprengung Sohle 3 (Meldung an Leitstand)
Übergabe an Spätschicht ⦃n:Kichikova⦄ ohne besondere Vorkommnisse.`,
  },
  {
    lang: 'de',
    kind: 'Staubbeschwerde (Antwortschreiben Gemeinde)',
    source: `Gemeinde Fiesch – Bauverwaltung und Umwelt

Sehr geehrte Frau ⦃n:Nele Tavagnutti⦄

Wir danken für Ihre Meldung vom 5. Oktober betreffend Staub aus dem Kieswerk Ze Binne. Der Betreiber
hat zugesagt, die Fahrwege ab sofort zweimal täglich zu bewässern. Eine Kontrolle findet am
28. Oktober statt; Sie können gerne teilnehmen. Wir schreiben Ihnen an ⦃h:Furkastrasse 40, 3984 Fiesch⦄
oder per E-Mail an ⦃m:nele.tavagnutti@bluewin.ch⦄.

Freundliche Grüsse
⦃n:Lienhard Zumtaugwald⦄, Gemeindeschreiber`,
  },
  {
    lang: 'de',
    kind: 'Nutzungsvertrag Windenergie (Grundeigentümer)',
    source: `NUTZUNGSVERTRAG – Windenergieanlage WEA 07, Gemarkung Hohenwarte
zwischen
⦃n:Ursule Pascolat⦄, geb. ⦃b:19.04.1962⦄, ⦃h:Am Sägewerk 17, 94481 Grafenau⦄ (Eigentümerin),
ausgewiesen durch Personalausweis Nr. ⦃k:⦄,
und der Windpark Hohenwarte GmbH & Co. KG (Betreiberin)

§ 4 Nutzungsentgelt: 6,5 % der Stromerlöse, mindestens 18.000 € jährlich.
§ 5 Zahlung auf das Konto der Eigentümerin ⦃i:DE g⦄. Steuer-Identifikationsnummer ⦃x:⦄.
§ 9 Rückbausicherheit durch Bankbürgschaft.`,
  },
  {
    lang: 'de',
    kind: 'Mitgliederliste Bürgerenergiegenossenschaft',
    source: `BürgerEnergie Oberlausitz eG – Mitgliederverzeichnis (Auszug, § 30 GenG)

lfd. Nr. | Mitglied                   | Anteile | Eintritt
201      | ⦃n:Truda Bieszk⦄             | 3       | 12.03.2024
202      | ⦃n:Augustyn Łajming⦄         | 1       | 12.03.2024
203      | ⦃n:Floriana Pòtrëkùs⦄        | 10      | 02.05.2025
204      | ⦃n:Brigida Rompca⦄           | 2       | 17.01.2026

Kontakt Vorstand: vorstand@be-oberlausitz.de`,
  },
  {
    lang: 'de',
    kind: 'Netzanschlussbegehren PV-Dachanlage',
    source: `Netzanschlussbegehren – Erzeugungsanlage bis 30 kW (Verteilnetz)
Anlagenbetreiber: ⦃n:Veronika Bruņa Seiksts⦄
Anlagenanschrift: ⦃h:Heideblick 3, 02625 Bautzen⦄
E-Mail: ⦃m:v.seiksts@mailbox.org⦄   Telefon: ⦃t:+49 3591 270415⦄
Modulleistung 9,8 kWp, Wechselrichter 8,0 kVA, Speicher 10 kWh
Zählpunkt: MaLo-ID 50412283917
Installateur: Solartechnik Spree GmbH (eingetragen im Installateurverzeichnis)`,
  },
  {
    lang: 'de',
    kind: 'Förderantrag Wärmepumpe',
    source: `Antrag Heizungsförderung – Zusammenfassung vor Absenden

Antragsteller/in: ⦃n:Rinkit Lucksom⦄
Geburtsdatum: ⦃b:23.08.1975⦄
Steuerliche Identifikationsnummer: ⦃x:⦄
Förderobjekt: ⦃h:Wiesengrund 2, 24941 Flensburg⦄ (selbst genutztes Einfamilienhaus)
Maßnahme: Luft-Wasser-Wärmepumpe, Heizungstausch Öl
Auszahlungskonto: ⦃i:DE⦄
Antrag gestellt von IP ⦃a:91.44.128.17⦄ am 03.12.2026 19:22`,
  },
  {
    lang: 'de',
    kind: 'Teilnehmerliste Fischerprüfung',
    source: `Staatliche Fischerprüfung Herbst 2026 – Prüfungsort Grafenau – Teilnehmerliste

Platz 1  ⦃n:Chumkit Fonning⦄      geb. ⦃b:01.06.2009⦄   bestanden
Platz 2  ⦃n:Pintso Adong⦄         geb. ⦃b:17.11.1988⦄   bestanden
Platz 3  ⦃n:Ongden Sadamit⦄       geb. ⦃b:25.02.2011⦄   nicht bestanden (Praxis)

Prüfungskommission: Landratsamt Freyung-Grafenau`,
  },
  {
    lang: 'de',
    kind: 'Abfuhrkalender (ohne Personenbezug)',
    source: `Abfuhrkalender 2027 – Bezirk 4 (Kirchberg, Unterdorf, Mühlbach)

Restmüll      14-täglich Dienstag   (7. Jan, 21. Jan, 4. Feb …)
Biotonne      wöchentlich Freitag, im Winter 14-täglich
Papier        alle 4 Wochen Montag
Gelber Sack   14-täglich Donnerstag
Problemstoffe Schadstoffmobil am Parkplatz Rathaus, Sa 13. März, 9–12 Uhr
Bitte Behälter bis 6:00 Uhr bereitstellen.`,
  },
  {
    lang: 'de',
    kind: 'Alarmliste Grubenwehr',
    source: `Grubenwehr Bergwerk Sondershausen – Alarmierungsliste (Stand 11/2026)

Oberführer        ⦃n:Nanjappa Kodandera⦄       ⦃t:0171 3308812⦄
Truppführer       ⦃n:Bopanna Puliyanda⦄        ⦃t:0160 9021177⦄
Gerätewart        ⦃n:Kaveramma Mandepanda⦄     ⦃t:0151 44809123⦄
Sanitäter         ⦃n:Ponnappa Kuppanda⦄        ⦃t:0176 1182290⦄

Alarmierung über Leitstand, bei Ausfall Telefonkette in dieser Reihenfolge.`,
  },
  {
    lang: 'de',
    kind: 'Streckenliste Hegering',
    source: `Hegering Rosenheim-Süd · Streckenliste Drückjagd 21.11.2026

Schütze                 Wildart        Stück
⦃n:Dilovarsho Pirshoev⦄   Rehwild        2
⦃n:Gulbegim Davlatshoeva⦄ Schwarzwild    1
⦃n:Nazarmamad⦄            Fuchs          1
Jagdleiter: ⦃n:Rukhshona Yormamadova⦄
Nachsuche: Hundeführer ⦃n:Khushvaqt Alibakhshov⦄, Schweißhund „Brenta“`,
  },
  {
    lang: 'de',
    kind: 'Telefonnotiz Umweltamt',
    source: `TELEFONNOTIZ
für: Referat Wasserrecht (Abt. Umweltschutz)     von: Sekretariat
Datum: 27.11.26, 14:05

Es rief ⦃n:Fadimata Ag Intalla⦄ an, Betreiberin der Kleinwasserkraftanlage am Debantbach.
Sie fragt nach dem Stand ihrer Verlängerung des Wasserrechts und bittet um Rückruf unter
⦃t:0664 8812047⦄ oder per Mail ⦃m:fadimata.agintalla@gmx.at⦄.`,
  },
  {
    lang: 'de',
    kind: 'Pressemitteilung Inbetriebnahme (ohne Personenbezug)',
    source: `PRESSEMITTEILUNG

Solarpark Mühlbach speist ein: 28 MWp auf ehemaliger Kiesgrube

Der Solarpark auf der rekultivierten Kiesgrube Mühlbach ist seit Montag am Netz. Die 51.000 Module
erzeugen rechnerisch Strom für rund 8.500 Haushalte. Zwischen den Modulreihen wurden Blühstreifen
angelegt, ein Teil der Fläche bleibt Schafweide. Bürgerinnen und Bürger konnten sich über
Nachrangdarlehen beteiligen; das Angebot war nach elf Tagen gezeichnet.
Pressekontakt: presse@solarpark-muehlbach.de`,
  },
  {
    lang: 'de',
    kind: 'Biberschaden-Entschädigung (Liechtenstein)',
    source: `Amt für Umwelt, Vaduz – Abteilung Wald, Natur und Landschaft

Entschädigung Biberschaden – Auszahlungsanordnung
Empfänger: ⦃n:Zef Stamati⦄, ⦃h:Landstrasse 118, 9490 Vaduz⦄
Schaden: Fraßschäden an 14 Obstbäumen, Vernässung Wiese, Besichtigung 12.08.2026
Betrag: CHF 2'340.– auf ⦃i:LI g⦄
Sozialversicherungsnummer Deutschland (für Grenzgänger-Meldung): ⦃s:03071966 Stamati m⦄`,
  },
  {
    lang: 'de',
    kind: 'Unfallmeldung Forstarbeit',
    source: `Unfallanzeige (Auszug) – Forstbetrieb Schwarzwald-Baar
Verletzter: ⦃n:Jiraataa Balchaa⦄, Forstwirt, geb. ⦃b:08.10.1993⦄
Rentenversicherungsnummer: ⦃s:08101993 Balchaa m⦄
Hergang: Beim Fällen einer Fichte (Abt. 7a) schlug ein Ast zurück; Prellung Schulter.
Ersthelfer: ⦃n:Galaanaa Tufaa⦄, Rettungspunkt VS-318 angefahren.
Ausfall voraussichtlich 10 Arbeitstage.`,
  },
  {
    lang: 'de',
    kind: 'Ausländischer Jagdgast – Jagderlaubnisschein',
    source: `Jagderlaubnisschein (entgeltlich) – Gastjäger

Jagdbezirk: Gemeinschaftsjagd Oberharz II
Gast: ⦃n:Tuarii Teihotu⦄, Reisepass-Nr. ⦃r:⦄
Ausgestellt von: Jagdpächter ⦃n:Moea Tevaearai⦄
Gültig: 01.–03.12.2026, Rehwild weiblich, Schwarzwild
Begleitung durch ortskundigen Jäger ist Pflicht.`,
  },
];
