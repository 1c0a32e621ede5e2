import type { HandSource } from './markup.js';

/** German hand-written documents of set 37, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Mieterselbstauskunft',
    source: `Mieterselbstauskunft – Objekt Lindenhof 7, 3. OG links, 22303 Hamburg (Whg. 0317)

Name, Vorname: ⸢n:Trajkovski⸣, ⸢n:Blagoja⸣
Geburtsdatum: ⸢b:14.02.1986⸣
Derzeitige Anschrift: ⸢h:Mühlenkamp 41, 22303 Hamburg⸣
Mobil: ⸢t:0151 2270 4518⸣
E-Mail: ⸢m:blagoja.trajkovski@gmx.net⸣
Arbeitgeber: Hafenlogistik Nord GmbH, seit 2019, Nettoeinkommen 3.480 €
Mietschuldenfreiheitsbescheinigung des Vorvermieters liegt bei.
Ausweisnummer (Personalausweis): ⸢k:⸣

Ich versichere die Richtigkeit meiner Angaben.
Hamburg, 02.11.2026 – ⸢n:Blagoja Trajkovski⸣`,
  },
  {
    lang: 'de',
    kind: 'Mahnung Mietrückstand',
    source: `Hausverwaltung Elbblick GmbH · Schwanenwall 2 · 44135 Dortmund
Tel. 0231 880 4400 · mietbuchhaltung@elbblick-verwaltung.de

Frau ⸢n:Snežana Stojanoska⸣
⸢h:Tulpenstieg 9
44135 Dortmund⸣

2. Mahnung – Mietkonto 4471-09

Sehr geehrte Frau ⸢n:Stojanoska⸣,

für die Monate September und Oktober 2026 sind Mietzahlungen von insgesamt 1.764,00 € offen. Bitte überweisen Sie den Betrag bis zum 20.11.2026 auf unser Konto DE89 3704 0044 0532 0130 00. Sollte es Ihnen nicht möglich sein, sprechen Sie uns an – eine Ratenzahlung ist möglich.

Mit freundlichen Grüßen
Abteilung Mietbuchhaltung`,
  },
  {
    lang: 'de',
    kind: 'Nebenkostenabrechnung Begleitschreiben',
    source: `Betriebskostenabrechnung 2025 – Mieter ⸢n:Mirsad Hadžiabdić⸣, Wohnung 12, ⸢h:Wilhelm-Raabe-Straße 23, 79098 Freiburg im Breisgau⸣

Abrechnungszeitraum 01.01.–31.12.2025, Ihre Vorauszahlungen: 2.160,00 €, Ihr Anteil: 2.311,48 €.
Nachzahlung: 151,48 €. Wir buchen den Betrag am 15.12. von Ihrem Konto ⸢i:DE g⸣ ab (SEPA-Lastschriftmandat vom März 2022).

Heizkosten nach HeizkostenV 70 % Verbrauch / 30 % Fläche. Belegeinsicht nach Terminvereinbarung unter 0761 155 20-0.`,
  },
  {
    lang: 'de',
    kind: 'Einladung Eigentümerversammlung (ohne Personendaten)',
    source: `Einladung zur ordentlichen Eigentümerversammlung der WEG Am Weinberg 14–18

Termin: Donnerstag, 26.11.2026, 18:30 Uhr, Gemeindesaal St. Petri
Tagesordnung:
1. Begrüßung und Feststellung der Beschlussfähigkeit
2. Jahresabrechnung 2025 und Einzelabrechnungen
3. Wirtschaftsplan 2027
4. Erneuerung der Tiefgaragentore (drei Angebote liegen vor)
5. Erhöhung der Erhaltungsrücklage
6. Verschiedenes

Vollmachten bitte bis zum Vortag an die Verwaltung. Die Unterlagen stehen im Eigentümerportal bereit.`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Eigentümerversammlung',
    source: `Niederschrift der Eigentümerversammlung WEG Ulmenhof, 26.11.2026
Anwesend: 11 von 16 Einheiten (682/1000 MEA), Versammlungsleitung: Verwalter
Protokoll: ⸢n:Verica Nikoloska⸣ (Whg. 5)

TOP 4 – Die Eigentümerin ⸢n:Adisa Bešlagić⸣ beantragt, die Balkonsanierung vorzuziehen. Ihr Sohn ⸢n:Nedžad Omerbašić⸣ erläutert den Schaden (Fotos im Anhang).
Beschluss: 9 Ja, 2 Nein. Angenommen.
TOP 6 – Herr ⸢n:Kočo Kostovski⸣ bittet um Rückruf wegen des Stellplatzes: ⸢t:+49 175 4409 2231⸣.

Verwaltungsbeirat: ⸢n:Biljana Petreska⸣, ⸢n:Haris Halilović⸣`,
  },
  {
    lang: 'de',
    kind: 'Hausmeister-Schadensmeldung',
    source: `Schadensmeldung Nr. 2026-1187 (Hausmeisterdienst Kornfeld)
Objekt: Ferdinand-Raimund-Weg 3, 1030 Wien, Stiege 2
Gemeldet von: ⸢n:Lejla Kurtović⸣, Top 14, Tel. ⸢t:+43 664 318 2290⸣
Schaden: Wasserfleck an der Decke Badezimmer, vermutlich aus Top 18 (⸢n:Muhamed Mujkanović⸣ – nicht erreichbar).
Maßnahme: Installateur Fa. Brenner beauftragt, Termin Mo. 9:00. Schlüssel beim Hausmeister.
Rückfragen: hausmeister@kornfeld-hausservice.at`,
  },
  {
    lang: 'de',
    kind: 'Besichtigungstermine Liste',
    source: `Besichtigung Seefeldstrasse 88, 8008 Zürich – 3,5 Zimmer, Samstag

10:00 ⸢n:Ninuca Tseretlishvili⸣ – ⸢t:+41 79 442 18 07⸣ – ⸢m:ninuca.ts@bluewin.ch⸣
10:20 ⸢n:Levaniko Javakhadze⸣ und ⸢n:Ketino Abashmadze⸣ – ⸢t:+41 77 310 55 62⸣
10:40 ⸢n:Efisiu Pinnedda⸣ – kommt mit Dolmetscher
11:00 frei
11:20 ⸢n:Jurjo Nowakec-Krawcec⸣ – ⸢m:jurjo.nowakec@mailbox.org⸣

Schlüssel beim Concierge, Treffpunkt Haupteingang.`,
  },
  {
    lang: 'de',
    kind: 'Exposé Eigentumswohnung (ohne Personendaten)',
    source: `Exposé – Helle 2-Zimmer-Wohnung mit Loggia in Rostock-Kröpeliner-Tor-Vorstadt

Wohnfläche ca. 61 m², 2. OG, Baujahr 1911, Kernsanierung 2018
Kaufpreis: 289.000 €, Käuferprovision 3,57 % inkl. MwSt.
Hausgeld: 312 € monatlich, davon 96 € Rücklage
Energieausweis: Verbrauchsausweis, 118 kWh/(m²·a), Gas
Ausstattung: Dielen, Wannenbad mit Fenster, Keller, Fahrradraum
Besichtigungen über unser Büro: 0381 440 770, Montag bis Freitag.`,
  },
  {
    lang: 'de',
    kind: 'Notarielle Kaufvertragsvorbereitung',
    source: `Notariat am Domplatz – Datenblatt zur Vorbereitung des Kaufvertrags (UR-Nr. 1842/2026)

Verkäuferin: ⸢n:Hrefnhildur Þorgeirsson⸣, geb. ⸢b:03.07.1961⸣, wohnhaft ⸢h:Herrengasse 17, 5020 Salzburg⸣
Steuer-ID: ⸢x:g⸣
Käufer: ⸢n:Zurabiko Kvaratskheli⸣, geb. ⸢b:22. Januar 1990⸣, Reisepass Nr. ⸢r:⸣
Kaufgegenstand: Wohnungseigentum Nr. 7, Grundbuch von Dresden Blatt 20871
Kaufpreis: 412.000 €; Finanzierung über Sparkasse, Grundschuld 330.000 €
Kaufpreiskonto des Käufers: ⸢i:DE⸣`,
  },
  {
    lang: 'de',
    kind: 'Übergabeprotokoll Wohnung',
    source: `Wohnungsübergabeprotokoll – Einzug
Mietobjekt: ⸢h:Am Weinberg 14, EG rechts, 01097 Dresden⸣
Mieter: ⸢n:Vardges Hakobjanyan⸣ und ⸢n:Siranoush Ghazarosyan⸣
Neue Telefonnummer der Mieter: ⸢t:0163 5521 0087⸣

Zählerstände: Strom 41877 kWh, Wasser kalt 227,4 m³, Heizkostenverteiler 0/0/0
Schlüssel: 2 Haustür, 2 Wohnung, 1 Briefkasten
Mängel: Kratzer Parkett Flur, Silikonfuge Bad.
Unterschriften: ⸢n:V. Hakobjanyan⸣, ⸢n:S. Ghazarosyan⸣, für die Vermieterin Hausverwaltung Elbblick`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Mietvertrag',
    source: `⸢n:Gurgenik Mkrtumyan⸣
⸢h:Linzer Gasse 52, 4020 Linz⸣

An: Wohnbaugenossenschaft Donaublick, Mitgliederservice

Kündigung meines Mietvertrags Nr. 88-1204

Hiermit kündige ich den Nutzungsvertrag für die Wohnung Linzer Gasse 52/7 fristgerecht zum 28.02.2027. Die Kaution überweisen Sie bitte auf mein Konto ⸢i:AT⸣. Meine neue Adresse ab März: ⸢h:Údolní 33, 60200 Brno⸣.

⸢n:Gurgenik Mkrtumyan⸣`,
  },
  {
    lang: 'de',
    kind: 'Kautionsbürgschaft Antrag',
    source: `Antrag Mietkautionsbürgschaft – KautionsDirekt AG
Antragstellerin: ⸢n:Aminatu Dankwambau⸣
Geburtsdatum: ⸢b:1994-05-30⸣
Staatsangehörigkeit: nigerianisch, Aufenthaltstitel liegt vor
Rentenversicherungsnummer: ⸢s:30051994 Dankwambau f⸣
Anschrift der Mietwohnung: ⸢h:Vestergade 12, 8000 Aarhus C⸣ – bis 31.12., danach Hamburg
Kautionshöhe: 2.400 €, Jahresprämie 4,9 %
Zahlung per Kreditkarte: ⸢c:⸣`,
  },
  {
    lang: 'de',
    kind: 'Messenger-Nachricht an Verwalterin',
    source: `[09:14] ⸢n:Zarminay Yousafkhel⸣: Guten Morgen Frau ⸢n:Janevska⸣, die Heizung im 2. OG ist wieder kalt, seit gestern Abend 😕
[09:16] ⸢n:Slavica Janevska⸣: Danke! Ich schicke den Notdienst. Sind Sie ab 11 zu Hause?
[09:17] ⸢n:Zarminay Yousafkhel⸣: Ja. Meine Nummer für den Techniker: ⸢t:0179 4120 6631⸣
[09:18] ⸢n:Slavica Janevska⸣: 👍 Der Notdienst erreicht Sie über die Zentrale 0800 200 4711.`,
  },
  {
    lang: 'de',
    kind: 'Ferienwohnung Gästeregistrierung',
    source: `Gästeblatt / Meldeschein – Ferienwohnung „Möwennest“, Strandweg 4, Zingst
Anreise 14.08.2026, Abreise 21.08.2026, Kurtaxe 2,50 €/Tag

1. ⸢n:Batbayarmaa Tserendorjiin⸣, geb. ⸢b:09.10.1979⸣, ⸢h:Istedgade 61, 1650 København V⸣
2. ⸢n:Ganboldbaatar Dashdondogiin⸣, geb. ⸢b:17.03.1977⸣
3. Kind, 6 Jahre

Ausweis Hauptgast: Reisepass, Nummer wird nicht gespeichert.
Zahlung: Anzahlung über Buchungsportal, Rest bar.`,
  },
  {
    lang: 'de',
    kind: 'Maklerauftrag Alleinauftrag',
    source: `Qualifizierter Alleinauftrag – Verkauf Reihenhaus
Auftraggeber: ⸢n:Seremaia Waqanivalu⸣ und ⸢n:Makereta Tuilovoni⸣
Anschrift: ⸢h:Bloemgracht 118, 1015 TJ Amsterdam⸣
Kontakt: ⸢t:+31 6 4418 2093⸣, ⸢m:s.waqanivalu@proton.me⸣
Objekt: Reihenhaus Vestergade 3 – nein, Irrtum: Objekt Mühlenkamp 19, 22303 Hamburg
Angebotspreis: 695.000 €, Laufzeit 6 Monate, Innenprovision 3 % zzgl. MwSt.
Makler: Hanse Wohnen Immobilien, Büro Winterhude, verkauf@hansewohnen.de`,
  },
  {
    lang: 'de',
    kind: 'Hausgeldrückstand Beschlussvorlage',
    source: `Beschlussvorlage TOP 7: Geltendmachung von Hausgeldrückständen
Die Einheit Nr. 9 (Eigentümer: ⸢n:Lawali Bichiyo⸣) weist einen Rückstand von 2.873,40 € auf (Stand 31.10.2026).
Der Verwalter wird ermächtigt, die Forderung gerichtlich geltend zu machen und einen Rechtsanwalt zu beauftragen.
Kosten trägt die Gemeinschaft vorläufig; Erstattung durch den Schuldner.
Zahlungen bitte auf das WEG-Konto DE02 1203 0000 0000 2020 51.`,
  },
  {
    lang: 'de',
    kind: 'SCHUFA-Auskunft Zusammenfassung',
    source: `Bonitätsauskunft für Vermieter – Kurzfassung
Person: ⸢n:Dritëroja Kadarëja⸣
Geburtsdatum: ⸢b:28.11.1992⸣
Anschrift laut Auskunft: ⸢h:Götgatan 48, 11846 Stockholm⸣ (Voranschrift: ⸢h:Spalenberg 12, 4051 Basel⸣)
Score: 97,4 % – sehr geringes Risiko
Negativmerkmale: keine
Abgefragt durch: Hausverwaltung Elbblick GmbH, Vorgang 55-0912`,
  },
  {
    lang: 'de',
    kind: 'Reparaturauftrag Handwerker',
    source: `Auftrag Nr. R-26-3306 an Sanitär Kowalczyk & Söhne
Objekt: ⸢h:Schwanenwall 2, 44135 Dortmund⸣, Whg. 21
Ansprechpartnerin vor Ort: Mieterin ⸢n:Hodanleh Xirsiyo⸣, erreichbar ⸢t:0152 3318 7740⸣ (bitte vorher anrufen, Schichtdienst)
Leistung: Austausch Spülkasten WC, Dichtung Waschtisch
Kostenrahmen bis 600 € netto, Rechnung an die Verwaltung.`,
  },
  {
    lang: 'de',
    kind: 'Mieterhöhungsverlangen',
    source: `Herrn ⸢n:Libaan Cilmiyo⸣
⸢h:Vinohradská 14, 12000 Praha 2⸣

Mieterhöhungsverlangen nach § 558 BGB – Wohnung Tulpenstieg 9, 1. OG

Sehr geehrter Herr ⸢n:Cilmiyo⸣,
die Nettokaltmiete von 640,00 € soll ab 01.02.2027 auf 704,00 € steigen (Mietspiegel Dortmund 2025, Feld C4). Bitte stimmen Sie bis zum 31.01.2027 zu.`,
  },
  {
    lang: 'de',
    kind: 'Wohnungsgenossenschaft Mitgliedsantrag',
    source: `Beitrittserklärung – Wohnungsgenossenschaft Freiburg-Süd eG
Mitglied: ⸢n:Flutra Lleshanaku⸣, geb. ⸢b:6. Mai 1988⸣
Anschrift: ⸢h:Am Weinberg 22, 01097 Dresden⸣
Telefon: ⸢t:+49 171 2208 9934⸣, E-Mail: ⸢m:flutra.lleshanaku@web.de⸣
Geschäftsanteile: 3 × 200 €, Eintrittsgeld 50 €
Steuerliche Identifikationsnummer (für Dividenden): ⸢x:⸣
Bankverbindung: ⸢i:DE g⸣`,
  },
  {
    lang: 'de',
    kind: 'Wartungsplan Aufzug (ohne Personendaten)',
    source: `Wartungsplan 2027 – Aufzugsanlagen der Liegenschaften Nord

Anlage A1 (Lindenhof 7): Hauptprüfung ZÜS im März, Zwischenprüfung September
Anlage A2 (Mühlenkamp 41): Wartung quartalsweise, Notrufsystem getestet
Anlage A3 (Schwanenwall 2): Seilwechsel geplant Q2, Stillstand ca. 3 Tage
Störungsmeldungen: Notruf-Leitstelle 0800 112 3344 (24/7)
Auftragnehmer: Aufzugsdienst Weser-Ems GmbH`,
  },
  {
    lang: 'de',
    kind: 'Untermieterlaubnis Anfrage',
    source: `Von: ⸢m:ninuca.t-ws@hotmail.com⸣
An: vermietung@wohnbau-seefeld.ch
Betreff: Untervermietung eines Zimmers

Guten Tag,
ich möchte ein Zimmer meiner Wohnung ab Januar an ⸢n:Hashké Tsinnijinnie⸣ (Austauschstudent, geb. ⸢b:02.04.2003⸣) untervermieten. Die Zustimmung wäre sehr nett.

Freundliche Grüsse
⸢n:Ninuca Tseretlishvili⸣
⸢t:+41 79 442 18 07⸣`,
  },
  {
    lang: 'de',
    kind: 'Grundsteuer Umlage Rückfrage',
    source: `Notiz Telefonat 12.11.2026, 14:05 – Sachbearbeitung Betriebskosten
Anrufer: ⸢n:Wapastim Bearskin⸣, Mieter Lindenhof 7, Whg. 0211
Anliegen: Grundsteuer 2025 deutlich höher als 2024 – warum?
Auskunft: Neubewertung nach Grundsteuerreform, Umlage nach Wohnfläche korrekt.
Rückruf gewünscht durch Teamleitung unter ⸢t:0175 9081 2246⸣.
Erledigt: nein`,
  },
  {
    lang: 'de',
    kind: 'Zwangsvollstreckung Räumungstitel Vermerk',
    source: `Vermerk Rechtsabteilung – Räumungssache ⸢n:Kwasinyo Oseibonsu⸣
Titel: Versäumnisurteil AG Dortmund, Az. 425 C 1187/26
Letzte bekannte Anschrift: ⸢h:Schwanenwall 2, 44135 Dortmund⸣
Geburtsdatum lt. Titel: ⸢b:19.08.1983⸣
Gerichtsvollzieherin beauftragt; Räumungstermin 08.01.2027, 9:00 Uhr.
Sozialamt informiert (Obdachlosigkeit vermeiden).`,
  },
  {
    lang: 'de',
    kind: 'Energieausweis Bestellung (ohne Personendaten)',
    source: `Bestellung Energieausweis – Bedarfsausweis für Mehrfamilienhaus
Objekt: Wilhelm-Raabe-Straße 21–25, Freiburg, 18 Einheiten, Baujahr 1965
Beheizung: Fernwärme, Warmwasser zentral
Unterlagen: Grundrisse, Schnitte, Ansichten, Heizungsdaten 2022–2025
Liefertermin: 4 Wochen, Preis 690 € netto
Bestellt durch die Verwaltung, Ansprechpartner Zentrale 0761 155 20-0.`,
  },
  {
    lang: 'de',
    kind: 'Ummeldung Wohnungsgeberbestätigung',
    source: `Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz

Wohnungsgeber: Hausverwaltung Elbblick GmbH, Schwanenwall 2, 44135 Dortmund
Einzug am 01.12.2026 in die Wohnung: ⸢h:Tulpenstieg 11, 44135 Dortmund⸣, 2. OG
Meldepflichtige Personen:
– ⸢n:Sokhalina Chhayvann⸣
– ⸢n:Vuthea Sokhomphal⸣
Personalausweis der Erstgenannten: ⸢k:⸣`,
  },
  {
    lang: 'de',
    kind: 'Heizkostenablesung Zutrittsankündigung',
    source: `Aushang Treppenhaus – Ablesung der Heizkostenverteiler am 09.12.2026, 8–12 Uhr

Wer nicht anwesend sein kann, hinterlegt bitte einen Schlüssel beim Hausmeister oder meldet sich direkt bei unserer Ableserin Frau ⸢n:Kuralay Tokayuly⸣, Diensthandy ⸢t:0159 0612 4478⸣.

Ablesefirma: Wärmedienst Mitte, Kundenservice 0231 9988 100`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde Lärmbelästigung',
    source: `Sehr geehrte Damen und Herren,

seit Wochen läuft in der Wohnung über mir (Familie ⸢n:Purevdorjiin⸣) nachts laute Musik, zuletzt am 07.11. bis 2:30 Uhr. Ich bitte um Abmahnung.

⸢n:Hańžka Wjeńkec⸣
⸢h:Mühlenkamp 41, 22303 Hamburg⸣, 4. OG
⸢m:hanzka.wjenkec@posteo.de⸣`,
  },
  {
    lang: 'de',
    kind: 'Stellplatzmietvertrag Auszug',
    source: `Stellplatzmietvertrag Tiefgarage Seefeld, Platz Nr. 47
Mieter: ⸢n:Nodari Chikovani⸣, ⸢h:Seefeldstrasse 88, 8008 Zürich⸣
Miete: 180 CHF monatlich, Kaution 360 CHF
Zahlung auf das Konto der Vermieterin: CH93 0076 2011 6238 5295 7
Lastschrift vom Konto des Mieters: ⸢i:CH g⸣
Kontakt Mieter: ⸢t:+41 79 208 31 44⸣`,
  },
  {
    lang: 'de',
    kind: 'Verwaltervertrag Kündigung (ohne Personendaten)',
    source: `Die Wohnungseigentümergemeinschaft Ulmenhof kündigt den Verwaltervertrag mit der Verwaltung Rheinblick GmbH zum 31.12.2026 gemäß Beschluss vom 26.11.2026 (TOP 3).

Die Unterlagen (Beschlusssammlung, Kontoauszüge, Verträge) sind bis 15.01.2027 an die neue Verwaltung zu übergeben.

Für den Verwaltungsbeirat – Kontakt über beirat@weg-ulmenhof.de`,
  },
  {
    lang: 'de',
    kind: 'Eigentümerportal Login-Benachrichtigung',
    source: `Sicherheitshinweis Eigentümerportal

Hallo ⸢n:Hólmfríður Steingrímsson⸣,
am 10.11.2026 um 21:43 Uhr wurde Ihr Konto von einem neuen Gerät angemeldet.
IP-Adresse: ⸢a:93.211.47.19⸣ (Hamburg, DE) · Browser: Firefox 133
Waren Sie das nicht? Ändern Sie Ihr Passwort und schreiben Sie an sicherheit@eigentuemerportal.de.
Server: portal-web-02 (10.8.0.14)`,
  },
];
