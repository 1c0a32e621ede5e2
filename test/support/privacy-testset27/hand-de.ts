import type { HandSource } from './markup.js';

/** German hand-written documents of set 27, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Mandatsvereinbarung Einkommensteuer',
    source: `Steuerberatungskanzlei Hollerbusch & Partner mbB · Kaiserstraße 41 · 76133 Karlsruhe

Auftrag zur Erstellung der Einkommensteuererklärung 2024

Zwischen ⁅n:Ketill Steinþórsson⁆, ⁅h:Zeppelinstraße 8, 76185 Karlsruhe⁆, geb. ⁅b:03.11.1979⁆,
Steuer-ID ⁅x:⁆, und der Kanzlei wird folgende Vereinbarung geschlossen: Erstellung der ESt-Erklärung
einschließlich Anlagen N, KAP und V; Vergütung nach StBVV, Zehntelsatz 5/10.
Rückfragen bitte an Ihre Sachbearbeiterin ⁅n:Liis Kivistik⁆ (Durchwahl -24).

Karlsruhe, 14.02.2025`,
  },
  {
    lang: 'de',
    kind: 'Belegcheckliste Steuererklärung',
    source: `Checkliste Unterlagen ESt 2024 – Mandant ⁅n:Ruwan Wickremasinghe⁆ (Mdt.-Nr. 20417)

[x] Lohnsteuerbescheinigung(en)
[x] Spendenquittungen
[ ] Nachweise Handwerkerleistungen (Rechnung + Überweisung von ⁅i:DE g⁆)
[ ] Kinderbetreuungskosten – Kind ⁅n:Nalaka⁆, geb. ⁅b:22.06.2019⁆
[ ] Riester-Bescheinigung
Bitte bis 31.03. einreichen, gern über das Portal oder per Mail an ⁅m:r.wickremasinghe@posteo.de⁆.`,
  },
  {
    lang: 'de',
    kind: 'Vollmacht Finanzamt',
    source: `VOLLMACHT
für Angehörige der steuerberatenden Berufe

Vollmachtgeber: ⁅n:Bjørghild Hammershaimb⁆
Anschrift: ⁅h:Fischersand 12
24103 Kiel⁆
Geburtsdatum: ⁅b:17.05.1964⁆     IdNr.: ⁅x:g⁆
StNr. 20/140/31152

Bevollmächtigt wird die Kanzlei Brettschneider & Partner mbB, vertreten durch StB ⁅n:Jaanus Raudsepp⁆,
mich in allen Steuerangelegenheiten zu vertreten, einschließlich Empfang von Bescheiden.`,
  },
  {
    lang: 'de',
    kind: 'Schreiben Finanzamt Rückfrage',
    source: `Finanzamt Gießen · Schubertstraße 60 · 35392 Gießen
StNr. 20/831/40023 · Bearbeiter: Sachgebiet 21

Einkommensteuer 2023 – Ihre Erklärung vom 02.09.2024
Steuerpflichtige: ⁅n:Ainur Tokayeva⁆ und ⁅n:Zhanibek Kassymov⁆

Sehr geehrte Damen und Herren,
zur Prüfung der doppelten Haushaltsführung bitten wir um den Mietvertrag für die Wohnung
⁅h:Liebigstraße 19, 35390 Gießen⁆ sowie Nachweise der Familienheimfahrten.
Frist: 4 Wochen.`,
  },
  {
    lang: 'de',
    kind: 'Einspruch gegen Steuerbescheid',
    source: `An das Finanzamt Regensburg
Betreff: Einspruch gegen den ESt-Bescheid 2023 vom 11.03.2025
Steuerpflichtiger: ⁅n:Sardor Mirzaev⁆, IdNr. ⁅x:⁆, ⁅h:Salzgasse 7, 93047 Regensburg⁆

Namens und in Vollmacht unseres Mandanten legen wir Einspruch ein. Die Fahrtkosten zur ersten
Tätigkeitsstätte wurden nicht berücksichtigt. Wir beantragen Aussetzung der Vollziehung.

Mit freundlichen Grüßen
⁅n:Tiit Lepik⁆, Steuerberater`,
  },
  {
    lang: 'de',
    kind: 'Mandantenaufnahmebogen Buchhaltung',
    source: `MANDANTENAUFNAHME – Buchhaltung Einzelunternehmen
Firma: Schreibbüro Zeilenwerk (Inh. ⁅n:Gohar Arzumanyan⁆)
Privatanschrift Inhaberin: ⁅h:Ringelnatzweg 4, 04155 Leipzig⁆
Mobil privat: ⁅t:+49 176 50318842⁆
Geschäftskonto der Inhaberin: ⁅i:DE g⁆ (Sparkasse Leipzig)
USt-IdNr. DE318227104
Ausweis geprüft (GwG): Personalausweis ⁅k:⁆, gültig bis 08/2031
Gewinnermittlung: EÜR; Buchungsrhythmus monatlich.`,
  },
  {
    lang: 'de',
    kind: 'Rückfrage Kontoauszug Buchhaltung',
    source: `Hallo Frau ⁅n:Sulemankhel⁆,

beim Abgleich der Kontoauszüge Oktober ist uns eine Gutschrift von 1.200,00 € vom 17.10. unklar:
Auftraggeber ⁅n:Zalmai Karokhel⁆, IBAN ⁅i:DE⁆, Verwendungszweck „Darlehen zurück“.
Handelt es sich um ein privates Darlehen? Dann buchen wir auf Privateinlage.

Viele Grüße aus der Buchhaltung
⁅n:Kersti Vaher⁆`,
  },
  {
    lang: 'de',
    kind: 'Bewirtungsbeleg',
    source: `Restaurant Zum Stichling · Hafenstraße 3 · 18055 Rostock
Tisch 7   Bed. 04   19.09.2025 21:14
2x Scholle Finkenwerder       49,80
1x Grünkohl                   16,50
4x Pils 0,3                   15,60
Summe                         81,90
Bezahlt Karte VISA **** 4471

Angaben zum Nachweis der Höhe und der betrieblichen Veranlassung:
Bewirtete Personen: ⁅n:Sanath Gunaratne⁆, ⁅n:Lasantha Abeysekera⁆
Anlass: Jahresgespräch Buchhaltung   Ort, Datum: Rostock, 19.09.2025   Unterschrift: ⁅n:Rein Kuusik⁆`,
  },
  {
    lang: 'de',
    kind: 'Jahresabschluss Fragenliste',
    source: `Offene Punkte Jahresabschluss 31.12.2024 – Tischlerei Holzfreund GmbH

1. Forderung gg. ⁅n:Thupten Gelek Tsultrim⁆ (privat, 2.340 €): noch werthaltig? Letzte Zahlung 03/2024.
2. Geschäftsführergehalt ⁅n:Nodar Chubinidze⁆: Tantieme-Beschluss liegt nicht vor.
3. Pkw-Nutzung: Fahrtenbuch oder 1-%-Regelung?
4. Inventurliste Holzlager fehlt.
Rückmeldung bitte bis 15.05.`,
  },
  {
    lang: 'de',
    kind: 'Personalfragebogen Neueinstellung',
    source: `PERSONALFRAGEBOGEN (Lohnbüro Elbaue GmbH, lohn@elbaue-lohn.de)

Name, Vorname:        ⁅n:Ghimire, Anjana⁆
Geburtsname:          ⁅n:Dhungana⁆
Geburtsdatum/-ort:    ⁅b:09.04.1996⁆ / Pokhara
Anschrift:            ⁅h:Mühlgraben 22a, 01067 Dresden⁆
Telefon / E-Mail:     ⁅t:0351 4420917⁆ / ⁅m:anjana.ghimire@mailbox.org⁆
Steuer-ID:            ⁅x:⁆
Rentenvers.-Nr.:      ⁅s:09041996 Dhungana f⁆
Bankverbindung IBAN:  ⁅i:DE g⁆
Eintritt 01.11.2025, Teilzeit 30 Std., Steuerklasse 1`,
  },
  {
    lang: 'de',
    kind: 'Entgeltabrechnung Korrektur Rückfrage',
    source: `Betreff: Abrechnung September – Korrektur Überstunden

Liebe Kolleginnen im Lohnbüro,
bei ⁅n:Mbodj, Cheikh⁆ (Pers.-Nr. 10233) fehlen 12 Überstunden aus August. Bitte in der Oktober-Abrechnung
nachberechnen. Außerdem hat er eine neue Bankverbindung: ⁅i:DE⁆.
Gruß ⁅n:Ülle Kivistik⁆, Personal`,
  },
  {
    lang: 'de',
    kind: 'Krankmeldung Entgeltfortzahlung',
    source: `Meldung Arbeitsunfähigkeit – Entgeltfortzahlung

Mitarbeiterin: ⁅n:Lalise Jaleta⁆, Pers.-Nr. 4471
eAU abgerufen am 06.10.2025, AU vom 06.10. bis 17.10.2025
Vorerkrankungen (gleiche Diagnose) in den letzten 6 Monaten: nein
Entgeltfortzahlung bis 16.11.2025, danach Krankengeld – Meldung an Krankenkasse vorbereiten.
Rentenvers.-Nr. ⁅s:14031988 Jaleta f⁆`,
  },
  {
    lang: 'de',
    kind: 'Elternzeitantrag',
    source: `⁅n:Jānis Eglītis⁆
⁅h:Tannenhöhe 5
79098 Freiburg⁆

An die Personalabteilung der Treuhand Südwest AG

Antrag auf Elternzeit
Hiermit beantrage ich Elternzeit für mein Kind ⁅n:Laimdota⁆, geboren am ⁅b:02.08.2025⁆, für den Zeitraum
vom 03.10.2025 bis 02.04.2026. Während der Elternzeit möchte ich nicht in Teilzeit arbeiten.

Freiburg, 20.08.2025`,
  },
  {
    lang: 'de',
    kind: 'Pfändungs- und Überweisungsbeschluss Drittschuldnererklärung',
    source: `Drittschuldnererklärung nach § 840 ZPO
Amtsgericht Augsburg, Az. 2 M 4410/25
Schuldner: ⁅n:Habiba Sumaila⁆, geb. ⁅b:28.01.1990⁆, wohnhaft ⁅h:Kolpingring 61, 86150 Augsburg⁆
Gläubigerin: Stadtwerke Augsburg Energie GmbH

1. Die Forderung wird anerkannt; der Schuldner ist bei uns beschäftigt.
2. Pfändbarer Betrag derzeit 212,40 € monatlich; vorrangig besteht eine Abtretung an die Kreditbank.
3. Weitere Pfändungen: keine.`,
  },
  {
    lang: 'de',
    kind: 'Anmeldung betriebliche Altersversorgung',
    source: `Beitrittserklärung Entgeltumwandlung – Pensionskasse der Steuerberater VVaG

Versicherte Person: ⁅n:Dinara Iskakova⁆   geb. ⁅b:11.12.1987⁆
SV-Nummer: ⁅s:11121987 Iskakova f⁆
Anschrift: ⁅h:Ulmenhof 30, 99084 Erfurt⁆
Umwandlungsbetrag: 150,00 € monatlich ab 01.01.2026
Bezugsberechtigt im Todesfall: Ehemann ⁅n:Yerzhan Nurpeisov⁆`,
  },
  {
    lang: 'de',
    kind: 'Saldenbestätigung Prüfer',
    source: `SALDENBESTÄTIGUNG zum 31.12.2024

Sehr geehrter Herr ⁅n:Mthunzi Mngomezulu⁆,
unser Abschlussprüfer, die Revisa Wirtschaftsprüfung GmbH, bittet um Bestätigung Ihres Darlehenssaldos
gegenüber der Holzfreund GmbH. Laut unseren Büchern: 25.000,00 € (Gesellschafterdarlehen).
Bitte senden Sie die Bestätigung direkt an saldenbestaetigung@revisa-wp.de.

[ ] Saldo wird bestätigt   [ ] Saldo wird nicht bestätigt, abweichender Betrag: ______`,
  },
  {
    lang: 'de',
    kind: 'Prüfungsfeststellung Lohn',
    source: `Feststellung Nr. 7 – Lohnabrechnung (Prüfung JA 2024)

Bei zwei Arbeitnehmern wurde die Steuerklasse nicht nach den ELStAM-Änderungsmitteilungen angepasst
(⁅n:Pariona⁆, ⁅n:Quispicusi⁆). Zusätzlich erhielt ⁅n:Illari Sullca⁆ nach Austritt am 30.06. noch zwei
Monatsgehälter auf ⁅i:DE g⁆. Empfehlung: Vier-Augen-Prinzip bei Stammdatenänderungen und
Austrittsmeldungen; Rückforderung einleiten.`,
  },
  {
    lang: 'de',
    kind: 'Hinweisgebermeldung',
    source: `Eingang Hinweisgebersystem, Meldung #HG-2025-019 (anonym erfasst)

„Im Vertrieb werden private Tankquittungen als Dienstreisen abgerechnet. Betroffen ist vor allem
⁅n:Levani Jakeli⁆, der die Belege auch für seine Frau einreicht. Die Karte ⁅c: ⁆ läuft auf ihn privat,
erstattet wird trotzdem über die Firmenkostenstelle 4100.“

Bearbeitung: Compliance, Frist zur Eingangsbestätigung 7 Tage.`,
  },
  {
    lang: 'de',
    kind: 'Mahnschreiben Inkasso',
    source: `Inkasso Nordlicht GmbH · Speicherstadt 9 · 20457 Hamburg · mahnwesen@nordlicht-inkasso.de
Gläubiger-ID DE47ZZZ00002871104

⁅n:Haruna Kurawa⁆
⁅h:Brunnenstiege 3
48143 Münster⁆

Letzte Mahnung vor gerichtlichem Mahnverfahren – Az. IK-339018
Hauptforderung 412,90 € (Fitnessstudio Vitalis, Beiträge 01–05/2025), Zinsen 11,34 €, Kosten 70,20 €.
Zahlen Sie bis 30.10.2025 auf das unten genannte Konto unserer Mandantin.`,
  },
  {
    lang: 'de',
    kind: 'Ratenzahlungsvereinbarung',
    source: `RATENZAHLUNGSVEREINBARUNG
zwischen Inkasso Nordlicht GmbH (für Autohaus Grotemeyer) und
⁅n:Ousmane Diagne⁆, geb. ⁅b:30.07.1985⁆, ⁅h:Hagebuttenweg 17, 28199 Bremen⁆

Gesamtforderung 3.180,00 €; monatliche Raten 150,00 € zum 1., erstmals 01.11.2025, per SEPA-Lastschrift
von ⁅i:DE g⁆ (Kontoinhaber ⁅n:Ndèye Seck⁆, Ehefrau, Mandat liegt vor).
Bei Rückstand von zwei Raten wird die Restforderung fällig.`,
  },
  {
    lang: 'de',
    kind: 'Adressanfrage Meldebehörde',
    source: `An die Stadt Erfurt, Bürgeramt – Einfache Melderegisterauskunft (§ 44 BMG)

Gesucht: ⁅n:Rezîn Bêkes⁆, geb. ⁅b:14.09.1993⁆
letzte bekannte Anschrift: ⁅h:Juri-Gagarin-Ring 114, 99084 Erfurt⁆

Zweck: Durchsetzung einer Forderung (Az. IK-220874). Gebühr 10,00 € liegt als Verrechnungsscheck bei.
Antwort erbeten an: Inkasso Nordlicht GmbH, Speicherstadt 9, 20457 Hamburg`,
  },
  {
    lang: 'de',
    kind: 'Widerspruch Forderung Schuldner',
    source: `Von: ⁅m:sovannary.meas@gmx.de⁆
An: mahnwesen@nordlicht-inkasso.de
Betreff: Ihr Zeichen IK-451120 – Widerspruch

Ich widerspreche der Forderung ausdrücklich. Den Handyvertrag habe ich fristgerecht zum 31.03. gekündigt,
die Kündigungsbestätigung hänge ich an. Meine Rufnummer ⁅t:0157 33904128⁆ wurde bereits portiert.
Weitere Schreiben bitte nur noch an ⁅h:Am Kreuzacker 9, 70569 Stuttgart⁆.
⁅n:Sovannary Meas⁆`,
  },
  {
    lang: 'de',
    kind: 'Selbstauskunft Auskunftei',
    source: `Datenkopie nach Art. 15 DSGVO – Auszug
Person: ⁅n:Nhlanhla Magubane⁆, geb. ⁅b:05.02.1971⁆
Anschriften: ⁅h:Salzgasse 2, 66111 Saarbrücken⁆ (aktuell), ⁅h:Zeppelinstraße 77, 66113 Saarbrücken⁆ (bis 2021)
Einträge: Girokonto (2009), Kreditkarte (2016), Ratenkredit 12.000 € erledigt (2023)
Basisscore 97,41 %
Anfragen Dritter in den letzten 12 Monaten: 2 (Mobilfunk, Versandhandel)`,
  },
  {
    lang: 'de',
    kind: 'Gläubigerliste Insolvenzantrag',
    source: `Anlage 6 zum Antrag auf Eröffnung des Verbraucherinsolvenzverfahrens
Schuldnerin: ⁅n:Phindile Buthelezi-Dube⁆, ⁅h:Auf der Wacht 40, 35390 Gießen⁆

Nr. | Gläubiger                                    | Forderung
1   | Finanzamt Gießen, Schubertstraße 60          | 1.904,00
2   | Versandhaus Quelleck GmbH, Postfach 1140     |   688,12
3   | ⁅n:Kanat Sarsenbayev⁆ (privates Darlehen), ⁅h:Ulmenhof 8, 35392 Gießen⁆ | 3.500,00
4   | Stadtwerke Gießen AG                         |   241,77`,
  },
  {
    lang: 'de',
    kind: 'Lohnsteuer-Außenprüfung Prüfungsanordnung',
    source: `Finanzamt Münster-Innenstadt – Prüfungsanordnung Lohnsteuer-Außenprüfung
Arbeitgeber: Bäckerei Sonnenkorn GmbH, Steuernummer 337/5760/1142
Prüfungszeitraum 01.01.2021 – 31.12.2024
Prüfer: Steueramtsrat ⁅n:Artūrs Kalējs⁆
Beginn der Prüfung: 12.01.2026, 9:00 Uhr in den Geschäftsräumen.
Bitte halten Sie Lohnkonten, Reisekostenabrechnungen und Verträge mit Minijobbern bereit.`,
  },
  {
    lang: 'de',
    kind: 'Kassenbuch Kontrollbericht',
    source: `Kassensturz-Protokoll Filiale 3, 30.09.2025, 18:40 Uhr
Soll lt. Kassenbuch:    2.418,30 €
Ist gezählt:            2.398,30 €
Differenz:                -20,00 €
Gezählt von ⁅n:Vilayphone Luangrath⁆, gegengezeichnet ⁅n:Khamla Vorachith⁆.
Vermerk: Differenz vermutlich Wechselgeldfehler, Kassenbon 117 prüfen.`,
  },
  {
    lang: 'de',
    kind: 'Merkblatt Aufbewahrungsfristen',
    source: `Merkblatt für Mandanten: Aufbewahrungsfristen ab 2025

10 Jahre → 8 Jahre: Buchungsbelege (Rechnungen, Kontoauszüge) nach dem Bürokratieentlastungsgesetz IV
10 Jahre: Bücher, Inventare, Jahresabschlüsse, Lageberichte
6 Jahre: Handels- und Geschäftsbriefe, sonstige steuerlich bedeutsame Unterlagen
Die Frist beginnt mit dem Schluss des Kalenderjahres, in dem die Unterlage entstanden ist.
Fragen? Unser Sekretariat: 0721 93108-0, kanzlei@hollerbusch-stb.de`,
  },
  {
    lang: 'de',
    kind: 'Fristenkontrolle Teamprotokoll',
    source: `Protokoll Teamrunde Steuern, 06.10.2025
- Verlängerte Abgabefrist Erklärungen 2024 mit Berater: 30.04.2026
- Vorauszahlungsanpassungen bis 10.12. prüfen
- Neue Vorlage Mandantenanschreiben (Grundsteuer) ist im DMS
- Urlaubsplanung Dezember: Sekretariat besetzt bis 23.12.
Nächster Termin: 03.11.2025`,
  },
  {
    lang: 'de',
    kind: 'Kontenplan Auszug Erklärung',
    source: `Auszug SKR 04 – häufige Buchungen im Handwerk
1000 Kasse · 1800 Bank · 1200 Forderungen aus L+L · 3300 Verbindlichkeiten aus L+L
4400 Erlöse 19 % USt · 5400 Wareneingang 19 % VSt · 6020 Gehälter · 6110 Gesetzliche soziale Aufwendungen
6530 Laufende Kfz-Betriebskosten · 6640 Bewirtungskosten (70 % abziehbar)
Hinweis: Privatentnahmen auf 2100, Privateinlagen auf 2180 buchen.`,
  },
  {
    lang: 'de',
    kind: 'Schweizer Lohnausweis Begleitschreiben',
    source: `Treuhand Seeblick AG · Bahnhofplatz 2 · 6003 Luzern

Frau ⁅n:Bolormaa Jargalsaikhan⁆
⁅h:Hertensteinstrasse 31
6004 Luzern⁆

Lohnausweis 2024 und Quellensteuer-Abrechnung
Beiliegend erhalten Sie Ihren Lohnausweis. Da Sie der Quellensteuer unterliegen und Ihr Einkommen
120'000 CHF übersteigt, sind Sie zur nachträglichen ordentlichen Veranlagung verpflichtet.
Ihre AHV-Nr. haben wir auf dem Ausweis ergänzt. Rückfragen: ⁅n:Peidar Cadruvi⁆ über unsere Zentrale, Tel. 041 228 17 00.`,
  },
  {
    lang: 'de',
    kind: 'Österreich Arbeitnehmerveranlagung Aufstellung',
    source: `Arbeitnehmerveranlagung 2024 – Aufstellung Werbungskosten
Steuerpflichtige: ⁅n:Sindisiwe Mchunu⁆, ⁅h:Kolpingring 12, 8020 Graz⁆, Tel. ⁅t:+43 664 3918207⁆

Pendlerpauschale (kleines PP, 21 km)         696,00
Arbeitsmittel (Laptop, anteilig 60 %)        540,00
Fortbildung Bilanzbuchhalterin              1.180,00
Familienbonus Plus für ⁅n:Lungile⁆ (geb. ⁅b:10.05.2016⁆) beantragt.
Gutschrift bitte auf ⁅i:AT g⁆.`,
  },
  {
    lang: 'de',
    kind: 'Liechtenstein Treuhand KYC Notiz',
    source: `KYC-Aktennotiz (Sorgfaltspflichtgesetz), Treuhandbüro Rheinau Anstalt, Vaduz

Wirtschaftlich berechtigte Person: ⁅n:Hōhepa Rewiti⁆, geb. ⁅b:21.07.1968⁆, neuseeländischer Staatsangehöriger
Wohnsitz: ⁅h:54 Rata Street, Lower Hutt 5010⁆, Neuseeland
Zweitausweis: deutscher Reisepass (Doppelbürger) Nr. ⁅r:⁆
Kontoverbindung der Stiftung: LI21 0881 0000 2324 0130 0 (Stiftungskonto, nicht personenbezogen)
Herkunft der Mittel: Verkauf einer Beteiligung 2023, Kaufvertrag liegt vor.`,
  },
  {
    lang: 'de',
    kind: 'Zahlungsavis Lieferant',
    source: `ZAHLUNGSAVIS Nr. 2025-1187
Wir haben heute folgende Rechnungen zur Zahlung angewiesen:
RE 40-2291 vom 12.09.2025       1.428,00 €
RE 40-2317 vom 19.09.2025         312,35 €
abzgl. 2 % Skonto                 -34,81 €
Überweisungsbetrag              1.705,54 €
Empfänger: Holzgroßhandel Weserbogen KG, Kontoverbindung laut Rechnung.
Buchhaltung Tischlerei Holzfreund GmbH`,
  },
];
