import type { HandSource } from './markup.js';

const de = (kind: string, source: string): HandSource => ({ lang: 'de', kind, source });

/** German hand-written documents of set 24: building sites, planners, surveyors, facility managers, developers. */
export const HAND_DE: HandSource[] = [
  de(
    'bautagebuch-eintrag',
    `Bautagebuch Nr. 47 – BV Wohnpark Ilmenauufer, Lüneburg
Datum: Di, 10.03.2026   Wetter: Regen, 4 °C   Bauleiter: ⟦n:Sönnich Ingwersen⟧

Personal: Polier ⟦n:Ketel Brodersen⟧, 4 Maurer, 2 Helfer (Fa. Quaderbau KG)
Geräte: Turmdrehkran LTK 65, Betonpumpe ab 10:30
Leistung: Wände 1. OG Achse A–D gemauert, OZ 02.03.0040; Decke EG ausgeschalt.
Besonderes: Prüfstatiker ⟦n:Mussner⟧ vor Ort 13:00, Bewehrung Balkonplatten abgenommen.
Behinderung: Anlieferung Kalksandstein 2 h verspätet (Nachtrag NT-2026-014 angekündigt).`,
  ),
  de(
    'nachunternehmerliste',
    `Nachunternehmerverzeichnis Los 4 – Stand 02/2026
Gewerk            | Firma                      | Ansprechpartner      | Mobil
Trockenbau        | Gipswerk Elbe GmbH          | ⟦n:Vaclavs Trūpa⟧      | ⟦t:0172 5518 240⟧
Estrich           | Estrichwerk Nord GmbH       | ⟦n:Józwa Treder⟧       | ⟦t:+49 160 9934127⟧
Fliesen           | Keramik Lorenz e. K.        | ⟦n:Ramazan Yulaev⟧     | ⟦t:0151 22 67 904⟧
Zentrale Bauleitung: 0421 55 80-0, bauleitung@quaderbau-example.de`,
  ),
  de(
    'baustellenausweis-antrag',
    `Antrag Baustellenausweis (Zutritt Baustelle Klinikum Nord, Haus C)
Name: ⟦n:Boryl Kotusov⟧
Geburtsdatum: ⟦b:17.08.1979⟧
Personalausweis-Nr.: ⟦k:⟧
Arbeitgeber: Gerüstbau Kalenderoğlu GmbH (USt-IdNr. DE284716630)
SOKA-BAU-Arbeitnehmernummer / RV-Nr.: ⟦s:17081979 Kotusov m⟧
Notfallkontakt: ⟦n:Kytna Kotusov⟧, ⟦t:0176 48 21 9037⟧`,
  ),
  de(
    'sicherheitsunterweisung-liste',
    `Teilnehmerliste Sicherheitsunterweisung gem. § 12 ArbSchG – Baustelle Brückenneubau B 51
Unterweisender: SiGeKo ⟦n:Luzius Schocher⟧, 09.02.2026, 07:00–07:45

1. ⟦n:Tilek Moldokulov⟧ ............ Unterschrift vorhanden
2. ⟦n:Aibek Zhusupbekov⟧ ........... Unterschrift vorhanden
3. ⟦n:Erk Ketelsen⟧ ................ krank, Nachschulung am 12.02.
Themen: Absturzsicherung, Arbeiten im Gleisbereich, Verhalten bei Kampfmittelfund.`,
  ),
  de(
    'unfallanzeige',
    `Unfallanzeige für die BG BAU (Entwurf, intern)
Versicherte Person: ⟦n:Sybyt Latikov⟧, geb. ⟦b:03.11.1987⟧
Anschrift: ⟦h:Zimmererstraße 19, 04315 Leipzig⟧
Rentenversicherungsnummer: ⟦s:03111987 Latikov m⟧
Unfallhergang: Beim Ausschalen der Stütze S12 löste sich ein Schalungsteil und traf die linke Schulter.
Erste Hilfe: ⟦n:Ocke Nommensen⟧ (Ersthelfer). D-Arzt: Klinikum St. Georg.
Arbeitgeber: Hochbau Lindqvist GmbH, Torgauer Str. 230, 04347 Leipzig, Tel. 0341 2250-0`,
  ),
  de(
    'planungsbesprechung-protokoll',
    `Protokoll Nr. 12 – Planungsbesprechung Neubau Grundschule Süd
Ort: Architekturbüro Zinsli + Partner, Besprechungsraum 2
Teilnehmer: Hr. ⟦n:Plazidus Zinsli⟧ (Architekt), Fr. ⟦n:Annetta Jenal⟧ (Tragwerksplanung), Hr. ⟦n:Dyolot Tyganov⟧ (TGA), Fr. ⟦n:Fidelia Guidon⟧ (Bauherrenvertretung)

TOP 1 Fassade: Variante B (Holz-Alu) wird weiterverfolgt. Verantw.: ⟦n:Zinsli⟧
TOP 2 Brandschutz: Stellungnahme Prüfsachverständiger bis KW 14. Verantw.: ⟦n:Jenal⟧
TOP 3 Kosten: Budget KG 300 um 4 % überschritten; Einsparliste folgt.
Verteiler: alle Teilnehmer, projekt-grundschule@zinsli-partner.ch`,
  ),
  de(
    'nachtragsangebot',
    `Nachtragsangebot NT-2026-031
Bauvorhaben: Umbau Bürogebäude Hafenstraße 8, Flurstück 412/7
Sehr geehrter Herr ⟦n:Sutlin⟧,
aufgrund der vorgefundenen Asbestplatten im Deckenhohlraum bieten wir zusätzlich an:
Pos. 1  Schadstoffsanierung TRGS 519, 240 m²  … 31.200,00 €
Pos. 2  Entsorgung inkl. Nachweis              …  4.850,00 €
Mit freundlichen Grüßen
⟦n:Göntje Paulsen-Bohn⟧, Kalkulation`,
  ),
  de(
    'honorarrechnung-architekt',
    `Architekturbüro Vijo Trebo · Laubengasse 4 · 39031 Bruneck
An ⟦n:Tresele Frenademez⟧
⟦h:Im Sandfeld 7, 93047 Regensburg⟧

3. Abschlagsrechnung nach HOAI, Leistungsphasen 3–4
Honorar netto 18.400,00 €, MwSt. 19 % 3.496,00 €, gesamt 21.896,00 €
Zahlbar innerhalb 14 Tagen auf IBAN DE89 3704 0044 0532 0130 00 (Büro).
Ihre Bankverbindung für die Rückerstattung der Vorauszahlung: ⟦i:DE g⟧`,
  ),
  de(
    'statik-pruefbericht',
    `Prüfbericht Nr. 3 zur Standsicherheit – Aufstockung Wohnhaus Kranichweg 12
Prüfingenieur: Dipl.-Ing. ⟦n:Ojöp Rubatscher⟧
Die Nachweise der Holzbalkendecke über 2. OG sind vollständig. Für den Unterzug U3 ist der
Auflagernachweis zu ergänzen (Pressung > 2,5 N/mm²). Rückfragen an den Aufsteller,
Herrn ⟦n:Vigilio Mussner⟧, ⟦m:v.mussner@tragwerk-mussner.it⟧.
Prüfergebnis: bedingt freigegeben.`,
  ),
  de(
    'maengelliste-wohnung',
    `Mängelliste Übergabe Whg. 14, Haus B – Käufer: ⟦n:Lyutta Taksami⟧ und ⟦n:Mykhin Taksami⟧
Nr. | Raum   | Mangel                              | Frist
1   | Flur   | Kratzer Parkett vor Garderobe       | 31.03.
2   | Bad    | Fuge Wanne/Wand gerissen            | 31.03.
3   | Balkon | Gefälle falsch, Pfützenbildung      | 15.04.
Gutachter der Käufer: ⟦n:Ytyk Pukhta⟧ (⟦t:0157 3380 1142⟧)`,
  ),
  de(
    'abnahmeprotokoll-gewerk',
    `Abnahmeprotokoll (förmliche Abnahme) Gewerk Dachabdichtung
Auftraggeber: Wohnungsbau Mühlbach GmbH, vertreten durch ⟦n:Mikulay Ayzenman⟧
Auftragnehmer: Dachtechnik Yantush & Co., vertreten durch ⟦n:Atner Yantush⟧
Ergebnis: Abnahme erteilt mit Vorbehalt der Mängel 1–3. Vertragsstrafe wird vorbehalten.
Gewährleistung bis 24.03.2031.
Unterschriften: ⟦n:Ayzenman⟧ / ⟦n:Yantush⟧`,
  ),
  de(
    'baugenehmigung-bescheid',
    `Landratsamt Musterkreis – Bauaufsicht
Az. 2026-0417-BA
Frau ⟦n:Genovefa Kuzminskis⟧, ⟦h:Ziegeleistraße 3, 97072 Würzburg⟧

Baugenehmigung für den Neubau eines Einfamilienhauses mit Doppelgarage auf Flurstück 1188/3
Der Bauantrag vom 05.01.2026 wird nach Art. 68 BayBO genehmigt. Nebenbestimmungen: siehe Anlage.
Gebühr: 1.240,00 €. Sachbearbeiter: Zimmer 214, Durchwahl -3320.`,
  ),
  de(
    'nachbarbeteiligung-einwendung',
    `Einwendung gegen Bauantrag 2026-0388, Flurstück 77/12
Von: ⟦n:Drupadi Vaswani⟧, ⟦h:Lehmkuhlenweg 21, 38102 Braunschweig⟧
Die geplante Grenzgarage überschreitet die zulässige Wandhöhe von 3 m. Außerdem fehlt die
Unterschrift meines Mannes ⟦n:Hemandas Vaswani⟧ als Miteigentümer. Ich bitte um Akteneinsicht.
Erreichbar unter ⟦m:d.vaswani@posteo.de⟧.`,
  ),
  de(
    'ausschreibung-submission',
    `Niederschrift über die Submission – Rohbauarbeiten Feuerwache 2
Eröffnung 14.04.2026, 10:00 Uhr, Verhandlungsleiterin ⟦n:Vladislava Leikuma⟧, Schriftführer ⟦n:Oļģerts Ivdris⟧
Bieter 1: Hochbau Lindqvist GmbH ........ 2.418.770,12 €
Bieter 2: Quaderbau KG ................. 2.390.004,50 €
Bieter 3: Bau-ARGE Elbtal ............... ausgeschlossen (verspätet)
Anwesende Bieter: keine.`,
  ),
  de(
    'schluesselquittung',
    `Schlüsselquittung – Objekt Bürohaus Westend
Hiermit bestätige ich, ⟦n:Nyadma Serotetto⟧, den Empfang folgender Schlüssel/Karten:
GHS-014 (Generalhauptschlüssel), Zutrittskarte Nr. 40011, Tiefgaragensender TG-22
Bei Verlust trägt der Empfänger die Kosten des Schließanlagentauschs.
Ausgegeben durch Hausmeister ⟦n:Vauli Vylka⟧, 02.03.2026`,
  ),
  de(
    'hausmeister-wochenplan',
    `Hausmeisterdienst – Wochenplan KW 11, Wohnanlage Kastanienhof
Mo  Treppenhäuser 1–4, Mülltonnen        ⟦n:Moiken⟧
Di  Außenanlagen, Spielplatzprüfung       ⟦n:Boy Hansen-Jappe⟧
Mi  Heizungsraum Sichtkontrolle           ⟦n:Moiken⟧
Do  Tiefgarage kehren                     ⟦n:Boy Hansen-Jappe⟧
Vertretung über die Objektbetreuung (Zentrale 0431 99 20 00).`,
  ),
  de(
    'stoermeldung-fm',
    `Störmeldung FM-20817 – Aufzug Haus 2 steht im 3. OG
Gemeldet von: ⟦n:Zöhrä Karimov⟧, Whg. 3.2, Rückruf ⟦t:0176 2210 4587⟧
Eingang: 11.03.2026 06:52 über Mieterportal (Login von ⟦a:91.64.118.203⟧)
Weitergeleitet an Aufzugsdienst, Techniker vor Ort 08:15. Ursache: Türkontakt defekt.`,
  ),
  de(
    'zaehlerablesung',
    `Zählerablesung Bürohaus Westend, 31.12.2025
Zähler-Nr.        Medium    Stand
1ESY1160293847    Strom     148.223 kWh
1EMH0041178203    Strom      39.917 kWh
WZ-7731-A         Wasser      2.114 m³
Abgelesen durch den Hausmeisterdienst; Werte an die Abrechnungsstelle übermittelt.`,
  ),
  de(
    'kaeuferliste-bautraeger',
    `Käuferliste Quartier Mühlbach, BA 1 (vertraulich)
Whg. | Käufer                          | Notartermin | Kaufpreis
1.01 | ⟦n:Galaina Mamanda⟧                | 12.02.2026  | 389.000 €
1.02 | ⟦n:Khyrkun Lyuzgin⟧, ⟦n:Tyvrun Lyuzgin⟧ | 19.02.2026  | 412.500 €
1.03 | ⟦n:Arung Palallo⟧                  | offen       | 355.000 €
Steuer-ID für Grunderwerbsteuer (1.03): ⟦x:g⟧`,
  ),
  de(
    'reservierungsvereinbarung',
    `Reservierungsvereinbarung
zwischen Bauträger Mühlbach GmbH und ⟦n:Besse Mappanyukki⟧, geb. ⟦b:22. Juli 1990⟧,
wohnhaft ⟦h:Mörtelgasse 5, 66111 Saarbrücken⟧
Reserviert wird die Wohnung 2.04 (3 Zimmer, 78 m²) bis zum 30.04.2026.
Reservierungsentgelt 3.000 € – per Kreditkarte ⟦c:s⟧ beglichen; wird auf den Kaufpreis angerechnet.`,
  ),
  de(
    'sonderwuensche',
    `Sonderwünsche Whg. 2.04 – ⟦n:Mappanyukki⟧
- Bodentiefe Dusche statt Wanne (Mehrpreis 1.450 €)
- Zusätzliche Netzwerkdose Arbeitszimmer (OZ 06.01.0120)
- Türen weiß lackiert statt CPL
Freigabe Bauleitung: ⟦n:Stanisłôw Majkowski⟧, 18.03.2026`,
  ),
  de(
    'musterwohnung-termine',
    `Musterwohnung Haus A – Besichtigungstermine Samstag
10:00  ⟦n:Qurbonsho Wakhoni⟧       ⟦t:0171 8830 215⟧
10:45  ⟦n:Gulbahor Qalandarov⟧         ⟦m:gulbahor.qalandarov@web.de⟧
11:30  frei
12:15  ⟦n:Ulkhi⟧ und ⟦n:Elkeni Uksak⟧
Schlüssel bei der Vertriebsassistenz.`,
  ),
  de(
    'vermessungsprotokoll',
    `Grenzvermessung – Flurstück 230/4, Gemarkung Oberau
Vermessungsstelle: ÖbVI Dipl.-Ing. ⟦n:Sakhidod Khushvaqtov⟧
Anwesend: Eigentümer ⟦n:Nigorbegim Mirzoshoev⟧, Nachbar ⟦n:Pirdodkhon Sangbekov⟧
Grenzpunkte 12, 13 und 17 wiederhergestellt, Punkt 14 neu abgemarkt (Kunststoffmarke).
Grenzniederschrift von allen Beteiligten anerkannt.`,
  ),
  de(
    'bauzeitenplan-ohne-personen',
    `Bauzeitenplan (Grobterminplan) Neubau Feuerwache 2
KW 10–14   Erdarbeiten, Verbau
KW 15–26   Rohbau UG/EG
KW 27–34   Rohbau OG, Dach
KW 35–44   Ausbau, TGA
KW 45–48   Außenanlagen, Abnahmen
Puffer: 3 Wochen vor Inbetriebnahme. Kritischer Pfad: Stahlbau Fahrzeughalle.`,
  ),
  de(
    'lv-auszug-ohne-personen',
    `Leistungsverzeichnis – Auszug Titel 02 Mauerarbeiten
OZ 02.01.0010  Kalksandstein-Mauerwerk 17,5 cm, KS 20-2,0, Dünnbettmörtel   480 m²
OZ 02.01.0020  Kalksandstein-Mauerwerk 24 cm                                 120 m²
OZ 02.02.0010  Stürze, Fertigteil, l = 1,26 m                                 36 St
Hinweis: Massen aus Ausführungsplanung Stand 01/2026.`,
  ),
  de(
    'betonierprotokoll-ohne-personen',
    `Betonierprotokoll Decke über EG, Abschnitt 2
Beton: C30/37 XC1, Konsistenz F3, Größtkorn 16 mm
Lieferscheine: 4411–4419, Gesamtmenge 64 m³
Lufttemperatur 8 °C, Betontemperatur 14 °C
Probekörper: 3 Würfel (Serie W-17), Nachbehandlung mit Folie 5 Tage.`,
  ),
  de(
    'wartungsvertrag-ohne-personen',
    `Wartungsplan Lüftungsanlagen (Auszug)
RLT-1  Filterwechsel halbjährlich, Hygieneinspektion nach VDI 6022 alle 3 Jahre
RLT-2  Keilriemen prüfen vierteljährlich
RLT-3  Wärmerückgewinnung reinigen jährlich
Dokumentation im CAFM-System, Zuständigkeit: Objektleitung.`,
  ),
  de(
    'bauherr-email-verzoegerung',
    `Von: ⟦n:Zaynulla Khamitov⟧ <⟦m:zaynulla.khamitov@gmx.at⟧>
An: bauleitung@quaderbau-example.at
Betreff: Fertigstellungstermin Haus ⟦n:Khamitov⟧

Sehr geehrter Herr ⟦n:Rubatscher⟧,
laut Vertrag sollte unser Haus in der Maurergasse am 31.03. bezugsfertig sein. Unsere Mietwohnung
ist gekündigt. Bitte rufen Sie mich heute noch an: ⟦t:+43 664 7712093⟧.
⟦n:Z. Khamitov⟧`,
  ),
  de(
    'sachverstaendigen-gutachten',
    `Kurzgutachten Feuchteschaden – Einfamilienhaus ⟦n:Ishmurat Babich⟧
Objekt: ⟦h:Steinbruchweg 14, 8010 Graz⟧
Ortstermin am 04.03.2026 mit dem Eigentümer und Frau ⟦n:Bibinur Babich⟧.
Befund: Durchfeuchtung der Kelleraußenwand Nord bis 60 cm Höhe, Ursache fehlende Horizontalsperre.
Sachverständiger: ⟦n:Trofim Vershinin⟧, ö. b. u. v. SV für Schäden an Gebäuden`,
  ),
  de(
    'arbeitszeitnachweis-kolonne',
    `Stundenzettel Kolonne ⟦n:Vylka⟧ – KW 10 – Baustelle Ilmenauufer
Name                Mo  Di  Mi  Do  Fr   Summe
⟦n:Khudi Vylka⟧         9   9   8   9   6    41
⟦n:Tyiko Laptander⟧     9   9   8   9   6    41
⟦n:Saneh Okotetto⟧      –   9   8   9   6    32
Lohnkonto für Abschlag ⟦n:Laptander⟧: ⟦i:DE⟧
Geprüft: Polier ⟦n:Ketel Brodersen⟧`,
  ),
  de(
    'vpn-zugang-planer',
    `Ticket IT-3321: VPN-Zugang für externen Planer
Antragsteller: ⟦n:Kōryō Higaonna⟧ (Fachplaner Brandschutz), ⟦m:k.higaonna@brandschutz-higaonna.de⟧
Zugriff auf Projektraum „Feuerwache 2“ freigeschaltet, feste IP des Büros 203.0.113.0/24,
letzte Anmeldung von ⟦a:2001:db8:85a3::8a2e:370:7334⟧ (privater Anschluss, Homeoffice).
Befristung bis 30.06.2026.`,
  ),
  de(
    'latex-protokoll-quelle',
    String.raw`\section*{Protokoll Baustellenbegehung BV Schulzentrum}
\begin{tabular}{ll}
\textbf{Teilnehmer} & \textbf{Funktion} \\
⟦n:Tanina Haddadou⟧ & Bauleitung \\
⟦n:Sayfiddin Mirzozoda⟧ & Prüfsachverst\"andiger \\
\end{tabular}
Frau~⟦n:Haddadou⟧ kl\"art bis Freitag die Brandschutzklappen (Nachtrag NT-2026-052).
R\"uckfragen: \href{mailto:⟦m:t.haddadou@schulzentrum-bau.de⟧}{⟦m:t.haddadou@schulzentrum-bau.de⟧}`,
  ),
];
