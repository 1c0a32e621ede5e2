import type { HandSource } from './markup.js';

/** German hand-written documents of set 28, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Bestattungsauftrag',
    source: `Pietät Abendfrieden GmbH · Hainstraße 21 · 96047 Bamberg · Tel. 0951 40677-0

BESTATTUNGSAUFTRAG                                   Sterbefall-Nr. 2025/417

Verstorbene:  ⸢n:Ásbjörg Hrafnkelsdóttir⸣, geb. ⸢n:Vigfúsdóttir⸣
geboren am:   ⸢b:04.09.1938⸣ in Reykjavík        verstorben am: 28.10.2025
letzte Anschrift: ⸢h:Am Urnenfeld 3, 96049 Bamberg⸣

Auftraggeber: ⸢n:Kolfinnur Þorvaldsson⸣ (Sohn), ⸢h:Holunderstieg 17, 96050 Bamberg⸣
Telefon: ⸢t:0951 5093318⸣ · mobil ⸢t:+49 162 4471902⸣ · E-Mail: ⸢m:kolfinnur.thorvaldsson@posteo.de⸣
Bestattungsart: Urnenbeisetzung, Hauptfriedhof, Grab-Nr. B-07-112
Abrechnung per Lastschrift vom Konto ⸢i:DE g⸣ (Kontoinhaber: ⸢n:Kolfinnur Þorvaldsson⸣)`,
  },
  {
    lang: 'de',
    kind: 'Sterbefallanzeige an das Standesamt',
    source: `An das Standesamt Görlitz
Anzeige eines Sterbefalls (§ 28 PStG)

Name, Vorname:        ⸢n:Dermenci, Todorka⸣
Geburtsname:          ⸢n:Kuroglo⸣
Geburtsdatum/-ort:    ⸢b:17.02.1944⸣, Comrat (Moldau)
Familienstand:        verwitwet
Wohnung:              ⸢h:Kapellenstraße 41
02826 Görlitz⸣
Sterbezeitpunkt:      02.11.2025, 03:40 Uhr, Städtisches Klinikum Görlitz

Anzeigende(r): ⸢n:Kostandin Bakal⸣ (Enkel), Personalausweis-Nr. ⸢k:⸣
Die Anzeige erfolgt durch das beauftragte Bestattungsunternehmen.`,
  },
  {
    lang: 'de',
    kind: 'Notiz zum Trauergespräch',
    source: `Trauergespräch 06.11., 15:00, bei der Familie zu Hause (⸢h:Steinmetzgasse 8, 54290 Trier⸣)
Anwesend: Witwe ⸢n:Ulrica Kastlunger⸣, Tochter ⸢n:Noemi⸣ mit Ehemann ⸢n:Vigile Tavella⸣; von uns Frau ⸢n:Comploj⸣.
- Verstorbener ⸢n:Ciriaco Kastlunger⸣ (⸢b:12. März 1936⸣) war Ladiner aus Gröden, Wunsch: Lied auf Ladinisch
- Traueranzeige im Trierischen Volksfreund, Text kommt per Mail von ⸢m:noemi.tavella@freenet.de⸣
- Rückruf der Tochter bitte nur mobil: ⸢t:0173 2206418⸣
- Urne soll später nach St. Ulrich überführt werden → Leichenpass klären`,
  },
  {
    lang: 'de',
    kind: 'Rechnung Bestattung',
    source: `Bestattungshaus Lindenhof e.K. · Lindenallee 2 · 26122 Oldenburg · USt-IdNr. DE287443190
Bankverbindung: Landessparkasse zu Oldenburg, IBAN DE58 2805 0100 0091 2244 60

Herrn
⸢n:Wynand Bezuidenhout⸣
⸢h:Zum Ehrenhain 19
26127 Oldenburg⸣

Rechnung Nr. 2025-1183 vom 14.11.2025 – Bestattung ⸢n:Hendrina Bezuidenhout⸣

Sarg Kiefer natur ........................  1.180,00 €
Überführung, Versorgung ..................    640,00 €
Trauerfeier Kapelle Gertrudenfriedhof ....    390,00 €
Gesamt (inkl. 19 % MwSt.) ................  2.210,00 €

Der Betrag wird am 01.12.2025 von Ihrem Konto ⸢i:DE g⸣ abgebucht (Mandatsreferenz LH-2025-1183).`,
  },
  {
    lang: 'de',
    kind: 'Entwurf Traueranzeige',
    source: `ENTWURF – bitte Korrektur bis Mittwoch an ⸢m:aufgabe-anzeige.jehkinen@gmx.net⸣

In Liebe und Dankbarkeit nehmen wir Abschied von

⸢n:Feodosija Jehkinen⸣
geb. ⸢n:Remsujeva⸣
* ⸢b:9. Januar 1931⸣   † 3. November 2025

In stiller Trauer
⸢n:Iljuha⸣ und ⸢n:Santra Virolainen⸣
⸢n:Lukerja Mäkeläinen⸣ mit Familie

Die Trauerfeier findet am Freitag, 14. November, um 11 Uhr in der Friedhofskapelle Jena-Nord statt.
Kondolenzanschrift: Familie ⸢n:Virolainen⸣, ⸢h:Friedhofsweg 5, 07743 Jena⸣`,
  },
  {
    lang: 'de',
    kind: 'Antrag auf Feuerbestattung',
    source: `Krematorium Donautal GmbH, Salzburger Straße 180, 4600 Wels
ANTRAG AUF EINÄSCHERUNG

1. Verstorbene Person: ⸢n:Ghjacumini, Dumenica⸣, geb. am ⸢b:1939-06-21⸣
2. Letzter Wohnsitz: ⸢h:Grabengasse 12, 4600 Wels⸣
3. Antragsteller/in: ⸢n:Lisandru Orsoni⸣, ⸢h:Marienweg 4, 9500 Villach⸣, Tel. ⸢t:+43 664 3198820⸣
4. Verwandtschaftsverhältnis: Neffe
5. Zweite Leichenschau durchgeführt am 10.11.2025 durch Amtsarzt (Bescheinigung liegt bei)
Die Asche soll an die Friedhofsverwaltung Villach, Urnenhain, übergeben werden.

Wels, am 11.11.2025          Unterschrift: ⸢n:L. Orsoni⸣`,
  },
  {
    lang: 'de',
    kind: 'Grabnutzungsvertrag',
    source: `Friedhofsverwaltung der Stadt Görlitz – Biesnitzer Straße 54 – 02826 Görlitz
Verleihung eines Nutzungsrechts an einer Wahlgrabstätte

Grabstätte: Abteilung K, Grab-Nr. K-14-086, zweistellig, Ruhezeit 20 Jahre
Nutzungsberechtigte/r: ⸢n:Anthamatten, Annamarie⸣, geb. ⸢b:30.08.1952⸣
Anschrift: ⸢h:Zum Ehrenhain 7, 02827 Görlitz⸣
Nachfolger/in im Nutzungsrecht: ⸢n:Leodegar Anthamatten⸣ (Sohn), ⸢h:Rebbergweg 22, 3600 Thun⸣

Gebühr 1.460,00 € – Überweisung an Stadtkasse Görlitz, IBAN DE61 8505 0100 3000 0071 15,
Verwendungszweck K-14-086. Rückfragen: friedhof@goerlitz-verwaltung.de, 03581 67-2210.`,
  },
  {
    lang: 'de',
    kind: 'Antrag auf Umbettung',
    source: `An die Friedhofsverwaltung Passau, Innstadtfriedhof

Antrag auf Umbettung einer Urne

Ich beantrage die Umbettung der Urne meines Vaters ⸢n:Alois Schmidhalter⸣ (* ⸢b:02.05.1929⸣, † 2011) aus
dem Urnengrab U-03-021 in das Familiengrab in Brig (Schweiz), Friedhof Glis.
Antragsteller: ⸢n:Martha Venetz-Schmidhalter⸣, ⸢h:Sihlfeldstrasse 90, 8400 Winterthur⸣,
Telefon ⸢t:+41 52 318 44 07⸣, ⸢m:martha.venetz@bluewin.ch⸣
Einverständnis der Geschwister ⸢n:Biner⸣ liegt bei. Reisepass-Nr. der Antragstellerin (dt. Pass): ⸢r:⸣`,
  },
  {
    lang: 'de',
    kind: 'Grabpflegeauftrag',
    source: `Friedhofsgärtnerei Immergrün · Dauergrabpflege

Auftraggeberin: ⸢n:Yelisaveta Radova⸣ · ⸢h:Holunderstieg 3, 94032 Passau⸣ · ⸢m:y.radova@web.de⸣
Grabstätte: ⸢n:Panteley Radova⸣, Grab-Nr. C-22-310, St.-Severin-Friedhof
Leistungen: Frühjahrs- und Herbstbepflanzung, Gießen Mai–September, Gesteck zu Allerheiligen
Jahrespreis: 420,00 € – Zahlung per Kreditkarte ⸢c:⸣ (gültig bis 09/28), Einzug jeweils im März.
Kreditkartenbelege werden an obige Mailadresse geschickt; Karte auf **** 8842 endend wird nicht mehr belastet.`,
  },
  {
    lang: 'de',
    kind: 'Grabmalauftrag Steinmetz',
    source: `Steinmetz Grabmalkunst Wendelin Oehme – Paulinstraße 112 – 54292 Trier

Auftrag Grabmal, Material Muschelkalk, Schrift vertieft, vergoldet

Inschrift (bitte genau so):
    ⸢n:HÉLENA SZMËDT⸣
    geb. ⸢n:PÒPKÒWSKÔ⸣
    ⸢b:11.4.1947⸣ – 20.9.2025

Besteller: ⸢n:Derc, Stanisłôwa⸣ – ⸢h:Steinmetzgasse 14, 54292 Trier⸣ – ⸢t:+48 601 338 210⸣ (polnische Nummer, WhatsApp)
Anzahlung 30 % bei Auftrag, Rest nach Aufstellung. Genehmigung der Friedhofsverwaltung holen wir ein.`,
  },
  {
    lang: 'de',
    kind: 'Erbscheinsantrag',
    source: `Amtsgericht Lüneburg – Nachlassgericht – Az. 15 VI 882/25

Antrag auf Erteilung eines Erbscheins

Erblasser: ⸢n:Sæmundarson, Eysteinn Már⸣, geboren ⸢b:22.12.1940⸣, verstorben 19.07.2025 in Lüneburg,
zuletzt wohnhaft ⸢h:Am Totenacker 9, 21335 Lüneburg⸣.
Gesetzliche Erben: die Ehefrau ⸢n:Hlédís Sæmundarson⸣ zu 1/2, die Kinder ⸢n:Snæúlfur⸣ und ⸢n:Vígdögg Sæmundarson⸣ zu je 1/4.
Steuer-ID der Antragstellerin: ⸢x:g⸣
Ein Testament ist nicht vorhanden. Die Richtigkeit versichere ich an Eides statt.`,
  },
  {
    lang: 'de',
    kind: 'Nachlassverzeichnis',
    source: `Nachlassverzeichnis ⸢n:Lovina Beiler⸣ (⸢b:1945-11-03⸣ – 2025-08-30)
erstellt von Testamentsvollstrecker ⸢n:Menno Zook⸣, ⸢h:Lindenallee 66, 96047 Bamberg⸣

Aktiva
  Girokonto Sparkasse Bamberg ⸢i:DE g⸣ ........ 18.442,17 €
  Tagesgeld ⸢i:DE⸣ ............................... 40.000,00 €
  Lebensversicherung Hanseatica, Vers.-Nr. LV 7741203 ....... 25.000,00 €
Passiva
  Bestattungskosten ..................................... 6.890,00 €
  Pflegeheim Oktober (anteilig) ......................... 1.210,40 €
Die Erbin ⸢n:Rebekah Glick⸣ (Steuer-ID ⸢x:⸣) hat das Verzeichnis erhalten.`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Testamentseröffnung',
    source: `Amtsgericht Jena, Nachlassgericht, Az. 3 IV 144/25 – Eröffnungsprotokoll

Am 20.10.2025 wurde das handschriftliche Testament der am 30.09.2025 verstorbenen
⸢n:Xosefa Outeiriño⸣, geb. ⸢b:5.5.1933⸣, eröffnet.
Als Alleinerbe ist eingesetzt: ⸢n:Telmo Cancela Outeiriño⸣, ⸢h:Calle del Cementerio 12, 15705 Santiago de Compostela⸣ (Spanien).
Vermächtnis: die Nachbarin ⸢n:Brégida Louzao⸣ erhält das Klavier.
Benachrichtigung erfolgt an die Beteiligten; das Original verbleibt in der Akte.`,
  },
  {
    lang: 'de',
    kind: 'Anschreiben Erbenermittler',
    source: `Erbenermittlung Lauterbach & Söhne KG · Theaterwall 9 · 26122 Oldenburg
nachlass@erben-lauterbach.de · +49 441 92018-0

Frau
⸢n:Jordina Farreras⸣
⸢h:Carrer de la Pau 33
17004 Girona⸣
SPANIEN

Nachlass ⸢n:Arnau Sunyer⸣ – unser Zeichen L-25-0917

Sehr geehrte Frau ⸢n:Farreras⸣,
wir sind vom Nachlasspfleger beauftragt, die Erben des am 14.03.2024 in Oldenburg verstorbenen
Herrn ⸢n:Sunyer⸣ (geb. ⸢b:26.01.1941⸣ in Figueres) zu ermitteln. Nach unseren Recherchen sind Sie
möglicherweise erbberechtigt. Bitte antworten Sie an die obige Adresse; eine Kopie dieses Schreibens
geht an Ihre private Adresse ⸢m:jordina.farreras@telefonica.net⸣, die uns das Konsulat genannt hat.`,
  },
  {
    lang: 'de',
    kind: 'Genealogische Stammbaumnotiz',
    source: `Ahnenreihe ⸢n:Hettema⸣/⸢n:Sybesma⸣ – Notizen für Erbenermittlung (Stand 08.11.2025)

I.   ⸢n:Sipke Hettema⸣, * ⸢b:1889⸣ Harlingen, † 1961 – verh. mit ⸢n:Baukje Sybesma⸣
II.  ⸢n:Oene Hettema⸣ (Sohn), * ⸢b:14.06.1921⸣, ausgewandert 1952 nach Kanada
III. ⸢n:Trynke Westra⸣, geb. ⸢n:Hettema⸣, * ⸢b:03.10.1950⸣, lebt in ⸢h:Kerkhoflaan 8, 8011 PK Zwolle⸣
     Tel. ⸢t:+31 38 421 9076⸣ – Kontakt bestätigt am 02.11.
IV.  ⸢n:Auke Ypma⸣ (Enkel von ⸢n:Trynke⸣), ⸢m:auke.ypma@ziggo.nl⸣

Offen: Sterbeurkunde ⸢n:Oene⸣ aus Ontario anfordern.`,
  },
  {
    lang: 'de',
    kind: 'Archivanfrage Kirchenbuch',
    source: `Betreff: Anfrage Taufregister Pfarrei St. Ulrich in Gröden, Jahrgänge 1898–1905

Sehr geehrte Damen und Herren,
für eine Nachlassangelegenheit suche ich den Taufeintrag von ⸢n:Franz Jepele Pizzinini⸣, geboren vermutlich
am ⸢b:19.03.1901⸣, Sohn der ⸢n:Giuditta Rifesser⸣ und des ⸢n:Ciriaco Pizzinini⸣ (Angaben laut Familienbuch).
Die Gebühr überweise ich gern von meinem Konto ⸢i:AT g⸣.

Mit freundlichen Grüßen
⸢n:Vigile Comploj⸣, Genealoge
⸢h:Kalvarienberggasse 7, 1110 Wien⸣ · ⸢t:+43 1 7491203⸣`,
  },
  {
    lang: 'de',
    kind: 'Geburtsanzeige Standesamt',
    source: `Geburtsanzeige – Standesamt Trier, eingegangen 03.11.2025

Kind:     ⸢n:Tiziri Ould Hamouda⸣, weiblich, geboren ⸢b:31.10.2025⸣, 06:12 Uhr, Klinikum Mutterhaus
Mutter:   ⸢n:Taous Ould Hamouda⸣, geb. ⸢n:Belaïd⸣, * ⸢b:12.07.1994⸣, Staatsangehörigkeit: algerisch
Vater:    ⸢n:Akli Mohand Ould Hamouda⸣, * ⸢b:02.02.1990⸣
Wohnung:  ⸢h:Friedhofsweg 28, 54290 Trier⸣
Die Eltern sind miteinander verheiratet (Heiratsurkunde Standesamt Trier 2021/0344).`,
  },
  {
    lang: 'de',
    kind: 'Anmeldung zur Eheschließung',
    source: `Standesamt Bamberg – Anmeldung der Eheschließung, Termin 12.12.2025

Verlobte/r 1: ⸢n:Kunċetta Mangion⸣, * ⸢b:18.04.1987⸣ in Valletta, ledig,
              ⸢h:Holunderstieg 30, 96050 Bamberg⸣, Reisepass (Malta) – Nr. auf Kopie
Verlobte/r 2: ⸢n:Salvu Bugeja⸣, * ⸢b:09.09.1985⸣, geschieden,
              deutscher Personalausweis ⸢k:⸣
Künftiger Ehename: ⸢n:Bugeja⸣
Trauzeugen: keine. Dolmetscherin für Maltesisch wird nicht benötigt.`,
  },
  {
    lang: 'de',
    kind: 'Namenserklärung',
    source: `Erklärung zur Namensführung nach dem Tod des Ehegatten (§ 1355 Abs. 5 BGB)

Ich, ⸢n:Ainagul Iskakov⸣, geb. ⸢n:Abenova⸣, geboren am ⸢b:23.05.1962⸣, wohnhaft ⸢h:Kapellenstraße 2, 07743 Jena⸣,
erkläre gegenüber dem Standesamt, dass ich künftig wieder meinen Geburtsnamen ⸢n:Abenova⸣ führe.
Mein Ehemann ⸢n:Daulet Iskakov⸣ ist am 01.08.2025 verstorben (Sterbeurkunde Nr. 2025/611).

Jena, 10.11.2025`,
  },
  {
    lang: 'de',
    kind: 'Online-Bestellung Sterbeurkunde',
    source: `Bestellung über das Bürgerportal – Eingang 07.11.2025 09:14:52

Urkundenart:    Sterbeurkunde, 3 Exemplare
Verstorbene/r:  ⸢n:Bator Tsydenov⸣, verstorben 12.10.2025 in Görlitz
Besteller/in:   ⸢n:Yanzhima Tsybikova⸣ (Tochter)
Anschrift:      ⸢h:Zum Ehrenhain 40, 02826 Görlitz⸣
E-Mail:         ⸢m:yanzhima.tsybikova@t-online.de⸣
Zahlung:        Kreditkarte ⸢c:-⸣, 36,00 €
Client-IP:      ⸢a:93.214.18.77⸣  Session 7f3a-19c2
Hinweis: Das Portal ist unter der Adresse 10.0.4.12 (intern) erreichbar – keine Kundendaten.`,
  },
  {
    lang: 'de',
    kind: 'Leistungsantrag Lebensversicherung Todesfall',
    source: `Lebensversicherung Hanseatica AG – Leistungsabteilung – Ballindamm 40 – 20095 Hamburg

Leistungsantrag im Todesfall – Vertrag LV 4419 2203

Versicherte Person: ⸢n:Gerhardus Lourens⸣, geb. ⸢b:15.01.1958⸣, verstorben 29.09.2025
Bezugsberechtigte:  ⸢n:Marietjie Lourens⸣ (Ehefrau), ⸢h:Lindenallee 9, 20095 Hamburg⸣
Auszahlung auf:     ⸢i:DE g⸣, Kontoinhaberin ⸢n:Marietjie Lourens⸣
Steuer-ID der Bezugsberechtigten: ⸢x:⸣
Beigefügt: Sterbeurkunde, ärztliches Zeugnis zur Todesursache, Versicherungsschein.
Rückfragen an todesfall@hanseatica-leben.de oder Durchwahl 040 3300 8715.`,
  },
  {
    lang: 'de',
    kind: 'Schreiben Versicherung an Bezugsberechtigte',
    source: `Sehr geehrte Frau ⸢n:Tarabukina⸣,

zum Tod Ihres Bruders ⸢n:Aial Nikolaeva-Syuryun⸣ sprechen wir Ihnen unser Beileid aus.
Die Versicherungssumme von 15.000,00 € haben wir heute auf Ihr Konto ⸢i:DE⸣ überwiesen.
Für die Steuererklärung: Die Auszahlung ist nach § 20 EStG nicht steuerpflichtig; eine Meldung an das
Finanzamt erfolgt nach § 33 ErbStG unter Ihrer Steuer-Identifikationsnummer ⸢x:g⸣.

Mit freundlichen Grüßen
⸢n:Dalaana Kulakovskaya⸣, Leistungsabteilung`,
  },
  {
    lang: 'de',
    kind: 'Antrag Hinterbliebenenrente',
    source: `Deutsche Rentenversicherung – Antrag auf Witwenrente / Vorschuss Sterbevierteljahr

Verstorbener Versicherter: ⸢n:Kenzhebekov, Zhanbolat⸣, Vers.-Nr. ⸢s:14071951 Kenzhebekov m⸣
Antragstellerin: ⸢n:Nurzhamal Kenzhebekov⸣, Vers.-Nr. ⸢s:03031955 Kenzhebekov f⸣, geb. ⸢b:03.03.1955⸣
Anschrift: ⸢h:Liebfrauenstraße 6, 26122 Oldenburg⸣
Bankverbindung für die Rentenzahlung: ⸢i:DE g⸣
Die Rente des Verstorbenen wurde bis 31.10.2025 gezahlt (Renten-Service Deutsche Post).`,
  },
  {
    lang: 'de',
    kind: 'Bericht Gerichtskommissär Verlassenschaft (AT)',
    source: `Öffentlicher Notar als Gerichtskommissär – Verlassenschaftssache 7 A 311/25, BG Villach

nach ⸢n:Hainsalu Liina⸣, geb. ⸢b:11.11.1942⸣, zuletzt ⸢h:Marienweg 15, 9500 Villach⸣, verstorben 02.09.2025

Erbantrittserklärungen: ⸢n:Ants Hainsalu⸣ (Sohn, ⸢h:Hämeenkatu 12, 33100 Tampere⸣, Finnland) und
⸢n:Maie Lillesaar⸣ (Tochter), je zur Hälfte, unbedingt.
Aktiva: Sparbuch Raiffeisen Villach, Wohnungseigentum W 4; Passiva: Begräbniskosten 7.420,00 €.
Vorladung der Erben zur Tagsatzung am 02.12.2025, 10 Uhr, in der Kanzlei.`,
  },
  {
    lang: 'de',
    kind: 'Antrag Erbenbescheinigung (CH)',
    source: `Bezirksgericht Winterthur, Einzelgericht Erbschaftssachen

Gesuch um Ausstellung einer Erbenbescheinigung

Erblasser: ⸢n:Supersaxo Leodegar⸣, von Saas-Fee VS, geboren ⸢b:7. August 1934⸣, gestorben 15.10.2025
Gesuchstellerin: ⸢n:Annamarie Biner-Supersaxo⸣, ⸢h:Friedhofstrasse 3, 8400 Winterthur⸣,
Tel. ⸢t:+41 79 512 60 34⸣
Weitere gesetzliche Erben: ⸢n:Alois Supersaxo⸣ (Sohn), Adresse unbekannt, letzte bekannte Mail
⸢m:alois.supersaxo@sunrise.ch⸣.
Gebühr CHF 300.– wird nach Rechnungsstellung bezahlt.`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Angehörige an Bestatter',
    source: `Von: ⸢n:Xerardo Figueiroa⸣ <⸢m:xerardo.figueiroa@gmx.net⸣>
An: trauerfall@abendfrieden-bestattungen.de
Betreff: Mama – Unterlagen

Hallo Frau ⸢n:Brea⸣,
anbei wie besprochen Mamas Personalausweis (Nr. ⸢k:⸣), das Familienstammbuch und die Rentenmitteilung.
Ihr Geburtsdatum steht im Stammbuch falsch, richtig ist der ⸢b:14.02.1937⸣.
Die Blumen zahle ich separat mit Karte ⸢c:⸣ – geht das telefonisch?
Ich bin ab Montag wieder unter ⸢t:0176 44821903⸣ erreichbar.

Viele Grüße
⸢n:Xerardo⸣`,
  },
  {
    lang: 'de',
    kind: 'Moderationsprotokoll Online-Kondolenzbuch',
    source: `Kondolenzbuch ⸢n:Kaszëbka Kònkòl⸣ – Moderationsprotokoll

2025-11-08 19:42  freigegeben  „Ruhe in Frieden, Tante ⸢n:Kaszëbka⸣" – ⸢n:Reginë Czedrowskô⸣ (IP ⸢a:188.97.14.202⸣)
2025-11-08 21:05  gesperrt     Werbung für Grabsteine – Absender-IP 203.0.113.44 (Spam-Liste, Testnetz)
2025-11-09 08:13  freigegeben  „Wir denken an euch" – Familie ⸢n:Bòrzëszkòwskô⸣ (IP ⸢a:2001:16b8:5c21:9e00::3f⸣)
2025-11-09 10:30  Kerze        anonym – keine Angaben gespeichert
Moderation: Team Online-Gedenken, Sterbefall-Nr. 2025/502`,
  },
  {
    lang: 'de',
    kind: 'Leichenpass Überführung ins Ausland',
    source: `Antrag auf Ausstellung eines Leichenpasses (Internationales Abkommen über Leichenbeförderung)

Verstorbene/r: ⸢n:Pândelli Boiagi⸣, geb. ⸢b:01.12.1940⸣, Staatsangehörigkeit deutsch,
Reisepass-Nr. ⸢r:⸣, verstorben 04.11.2025 in Trier
Bestimmungsort: Friedhof Kruševo, Nordmazedonien
Begleitperson: ⸢n:Toli Mitreanu⸣, Reisepass ⸢r:⸣, Telefon ⸢t:+49 152 9930611⸣
Beförderung: Zinksarg, verlötet, per Kfz über Österreich, Slowenien, Kroatien, Serbien.`,
  },
  {
    lang: 'de',
    kind: 'Kontoauflösung Bank im Erbfall',
    source: `Sparkasse Bamberg – Nachlassabteilung – Auflösung der Konten im Erbfall

Kontoinhaber (verstorben): ⸢n:Bacaloglu, Yioryi⸣, Konto ⸢i:DE⸣
Legitimation der Erbin: ⸢n:Mara Ciumetti⸣, Personalausweis ⸢k:⸣, gültig bis 2031
Auszahlung des Guthabens auf: ⸢i:DE g⸣
Die Erbin hat einen Erbschein (AG Bamberg, Az. 2 VI 601/25) vorgelegt. Daueraufträge wurden zum 30.11.
gelöscht; die Lastschrift der Friedhofsverwaltung (Gläubiger-ID DE44ZZZ00000298110) bleibt bestehen.`,
  },
  {
    lang: 'de',
    kind: 'Bestattungsvorsorgevertrag',
    source: `Bestattungsvorsorgevertrag Nr. V-2025-066

Vorsorgende Person: ⸢n:Efisia Ruju⸣, geb. ⸢b:27. September 1949⸣, ⸢h:Via San Michele 18, 39100 Bolzano⸣
Wünsche: Erdbestattung im Familiengrab ⸢n:Mureddu⸣ in Nuoro, Messe auf Sardisch, keine Traueranzeige.
Vertrauensperson: ⸢n:Priamo Ladu⸣, ⸢t:+39 340 118 2290⸣, ⸢m:priamo.ladu@tiscali.it⸣
Der Vorsorgebetrag von 6.500,00 € wird auf ein Treuhandkonto eingezahlt (Deutsche Bestattungsvorsorge Treuhand AG).`,
  },
  {
    lang: 'de',
    kind: 'Gebührenordnung Friedhof (Auszug)',
    source: `Friedhofsgebührensatzung der Stadt Passau – Auszug, gültig ab 01.01.2026

§ 4 Nutzungsgebühren
  Reihengrab Erdbestattung (20 Jahre) ............ 1.180,00 €
  Urnenreihengrab (15 Jahre) ...................... 640,00 €
  Urnengemeinschaftsanlage „Baumhain" ............. 910,00 €
§ 7 Bestattungsgebühren
  Öffnen und Schließen eines Erdgrabes ............ 780,00 €
  Benutzung der Trauerhalle (je angefangene Stunde)  95,00 €
Zahlbar an die Stadtkasse Passau, IBAN DE12 7405 0000 0000 0331 10.`,
  },
  {
    lang: 'de',
    kind: 'Checkliste Todesfall',
    source: `Was tun im Todesfall? – Checkliste für Angehörige

[ ] Arzt rufen, Totenschein ausstellen lassen
[ ] Bestatter beauftragen (auch nachts erreichbar)
[ ] Stammbuch, Personalausweis, Geburts- und Heiratsurkunde bereitlegen
[ ] Sterbefall beim Standesamt anzeigen (innerhalb von 3 Werktagen)
[ ] Arbeitgeber, Rentenservice, Krankenkasse und Versicherungen informieren
[ ] Testament beim Nachlassgericht abliefern
[ ] Daueraufträge, Abos und Mitgliedschaften kündigen
Hinweis: Lebensversicherungen müssen oft innerhalb von 72 Stunden benachrichtigt werden.`,
  },
  {
    lang: 'de',
    kind: 'Pressemitteilung Krematorium',
    source: `PRESSEMITTEILUNG – Krematorium Donautal GmbH, Wels, 03.11.2025

Neue Filteranlage in Betrieb genommen

Nach achtmonatiger Umbauzeit arbeitet die Kremationslinie 2 seit Oktober mit einer neuen
Rauchgasreinigung. Die Emissionswerte liegen deutlich unter den Grenzwerten der
Feuerbestattungsverordnung. Am Tag der offenen Tür (22.11., 10–16 Uhr) zeigen wir die Anlage.
Pressekontakt: presse@krematorium-donautal.at, +43 7242 45510-30`,
  },
  {
    lang: 'de',
    kind: 'Preisliste Steinmetz',
    source: `Grabmalkunst Oehme – Preisliste 2026 (Auszug)

Urnenstein, Granit Impala, 40 × 40 cm, Schrift vertieft ....... ab 890,00 €
Liegestein Muschelkalk, 60 × 40 cm ........................... ab 1.240,00 €
Stehendes Grabmal Sandstein, 110 cm, mit Ornament ............ ab 3.480,00 €
Nachschrift je Buchstabe (vertieft, vergoldet) ................ 9,50 €
Fundament und Aufstellung inkl. Standsicherheitsprüfung ....... 310,00 €
Alle Preise inkl. 19 % MwSt. – Beratung nach Terminvereinbarung unter 0651 993417.`,
  },
];
