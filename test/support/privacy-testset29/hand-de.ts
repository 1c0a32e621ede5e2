import type { HandSource } from './markup.js';

/** German hand-written documents of set 29, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Rückbuchungsanfrage (Chargeback) eines Händlers',
    source: `Zahlwerk Payments GmbH · Mainzer Landstraße 50 · 60325 Frankfurt am Main
Team Zahlungsstreitigkeiten · disputes@zahlwerk-payments.de · +49 69 2475 3300

Händler-ID: ZW-MID-4401          Vorgang: CB-2025-118204
Kartennummer (maskiert): 4917 48•• •••• 2290      Betrag: 219,90 EUR

Sehr geehrte Frau ⟦n:Brockmann⟧,

die Karteninhaberin ⟦n:Dörte Brockmann⟧ hat die Belastung vom 14.10.2025 beanstandet
(Grund: Ware nicht erhalten). Bitte senden Sie uns bis 04.11.2025 den Versandnachweis an die
Lieferanschrift ⟦h:Kiebitzweg 12, 28259 Bremen⟧ sowie die Kommunikation mit der Kundin.

Mit freundlichen Grüßen
⟦n:Jörn Lüdemann⟧, Dispute Analyst`,
  },
  {
    lang: 'de',
    kind: 'Kontoeröffnungsantrag einer Neobank',
    source: `ALPENKONTO – Antrag auf Eröffnung eines Girokontos (online)

Vorname:            ⟦n:Elfriede⟧
Nachname:           ⟦n:Steinbichler⟧
Geburtsdatum:       ⟦b:03.11.1958⟧
Anschrift:          ⟦h:Radetzkystraße 14/3, 1030 Wien⟧
Mobil:              ⟦t:+43 664 3817702⟧
E-Mail:             ⟦m:elfriede.steinbichler@aon.at⟧
Referenzkonto:      ⟦i:AT g⟧
Ausweis (Reisepass) Nr.: ⟦r:⟧
Steuerlich ansässig in: Österreich
Antrag eingegangen: 02.09.2025, 21:14 Uhr, IP ⟦a:81.217.40.166⟧`,
  },
  {
    lang: 'de',
    kind: 'Notiz zur Kartensperre (Verlustmeldung)',
    source: `Kartensperre – Gesprächsnotiz Hotline 2. Level
Datum: 18.08.2025, 07:52     Agent: ⟦n:Ilka Harms⟧

Anrufer: ⟦n:Torben Ehlers⟧, verifiziert über Geburtsdatum ⟦b:29.06.1987⟧ und PLZ.
Karte ⟦c:s⟧ seit gestern Abend vermisst (vermutlich Biergarten).
Sperre gesetzt 07:55, Ersatzkarte an ⟦h:Ulmenallee 7, 24105 Kiel⟧.
Rückrufnummer des Kunden: ⟦t:0431 5520198⟧. Kein Betrug festgestellt, keine Transaktionen nach 22:10.`,
  },
  {
    lang: 'de',
    kind: 'Verdachtsmeldung an die FIU (Sachverhaltsschilderung)',
    source: `Verdachtsmeldung nach § 43 GwG – Sachverhalt (Entwurf, intern)
Meldepflichtiger: Rheintal Remit AG, Vaduz (Kopie an compliance@rheintal-remit.li)
Aktenzeichen intern: AML-LI-2025-0417

Betroffene Person: ⟦n:Hägele, Friederike⟧, geb. ⟦b:12.02.1979⟧,
wohnhaft ⟦h:Im Malarsch 9, 9494 Schaan⟧, Tel. ⟦t:+423 791 44 20⟧.

Zwischen 03.06. und 28.06.2025 gingen 14 Bareinzahlungen zwischen 4.800 und 9.900 CHF ein,
jeweils knapp unter der Schwelle, weitergeleitet an ⟦i:DE g⟧ (Empfänger laut Auftrag
⟦n:Usman Kurfi⟧). Auf Nachfrage verweigerte die Kundin Angaben zur Mittelherkunft.`,
  },
  {
    lang: 'de',
    kind: 'Anforderung von Nachweisen zur Mittelherkunft',
    source: `Schwarmkapital Crowd GmbH · Anlegerbetreuung · Schlesische Straße 26 · 10997 Berlin

Herrn
⟦n:Bernd Jürgensen⟧
⟦h:Grotenburgstraße 31
90429 Nürnberg⟧

Ihre Investition in das Projekt „Quartier am Hafen“ – Nachweis der Mittelherkunft

Sehr geehrter Herr ⟦n:Jürgensen⟧,

für Ihre Zeichnung über 62.000 EUR benötigen wir nach dem Geldwäschegesetz einen Nachweis
(z. B. Kaufvertrag, Erbschein, Gehaltsnachweise). Bitte laden Sie die Unterlagen im Portal hoch
oder senden Sie sie an anleger@schwarmkapital.de. Ihre Steuer-ID ⟦x:g⟧ haben wir erfasst.

Freundliche Grüße
Anlegerbetreuung`,
  },
  {
    lang: 'de',
    kind: 'Selbstauskunftsantrag an eine Auskunftei (Art. 15 DSGVO)',
    source: `⟦n:Annerose Schwämmle⟧
⟦h:Im Lerchenfeld 4
79100 Freiburg im Breisgau⟧

An die Kreditauskunft Mitte eG
Datenschutz / Selbstauskunft
65185 Wiesbaden

Antrag auf unentgeltliche Auskunft nach Art. 15 DSGVO

Ich bitte um Auskunft über alle zu meiner Person gespeicherten Daten einschließlich Score-Werte
und Empfänger der letzten zwölf Monate. Zur Identifizierung: geboren am ⟦b:21. März 1962⟧,
Voranschrift ⟦h:Häldelestraße 2, 72108 Rottenburg⟧. Antwort gern an ⟦m:a.schwaemmle@gmx.net⟧.

Freiburg, den 09.10.2025
⟦n:Annerose Schwämmle⟧`,
  },
  {
    lang: 'de',
    kind: 'Antwortschreiben der Auskunftei mit Datenübersicht',
    source: `Kreditauskunft Mitte eG · Postfach 1120 · 65001 Wiesbaden · selbstauskunft@kam-auskunft.de

Ihre Selbstauskunft vom 14.10.2025 – Vorgang SA15-004471

Gespeicherte Personendaten:
Name:          ⟦n:Schwämmle⟧, ⟦n:Annerose⟧
Geburtsdatum:  ⟦b:21.03.1962⟧
Anschriften:   ⟦h:Im Lerchenfeld 4, 79100 Freiburg im Breisgau⟧ (aktuell)
               ⟦h:Häldelestraße 2, 72108 Rottenburg⟧ (bis 2019)
Vertragsdaten: Girokonto seit 1988; Ratenkredit 2021 (erledigt)
Basisscore:    97,4 %

Anfragen Dritter in den letzten 12 Monaten: 2 (Versandhandel, Mobilfunk).`,
  },
  {
    lang: 'de',
    kind: 'Ratenkauf-Mahnung (BNPL)',
    source: `Zahlung offen – 2. Erinnerung

Hallo ⟦n:Damla⟧,

deine Rate 3 von 4 über 37,49 EUR für die Bestellung 2025-77120 ist seit dem 01.09.2025 fällig.
Wir haben versucht, sie von deinem Konto ⟦i:DE⟧ abzubuchen; die Lastschrift kam zurück.

Bitte überweise den Betrag auf unser Konto DE02 1001 0010 0600 4455 08 (Verwendungszweck 2025-77120)
oder melde dich unter hilfe@zahlwerk-payments.de.

Dein Zahlwerk-Team`,
  },
  {
    lang: 'de',
    kind: 'Händler-Onboarding-Formular (Einzelunternehmer)',
    source: `Händler-Onboarding – Einzelunternehmen
Firmierung:        Keramikwerkstatt Gölz (Einzelunternehmen)
Inhaberin:         ⟦n:Reinhilde Gölz⟧, geb. ⟦b:1971-07-08⟧
Privatanschrift:   ⟦h:Hasenheide 58, 66117 Saarbrücken⟧
Geschäftsadresse:  Markt 3, 66119 Saarbrücken
Auszahlungskonto:  ⟦i:DE g⟧ (Inhaberin: ⟦n:Reinhilde Gölz⟧)
Personalausweis:   ⟦k:⟧
Umsatzsteuer-ID:   DE318847201
Branchencode MCC:  5719     Erwarteter Monatsumsatz: 6.000 EUR
Kontakt:           ⟦m:reinhilde@keramik-goelz.de⟧ · ⟦t:0681 9473310⟧`,
  },
  {
    lang: 'de',
    kind: 'PEP-Treffer im Screening (Prüfvermerk)',
    source: `Screening-Vermerk PEP – Alpenkonto Bank AG
Alarm-ID: SCR-88120-4       Liste: Dow Jones PEP       Score: 0,91

Kunde:    ⟦n:Wolfgang Hofbauer⟧, ⟦b:17.01.1955⟧, ⟦h:Lederergasse 22, 4020 Linz⟧
Treffer:  ehemaliger Bürgermeister einer Gemeinde in Oberösterreich (bis 2019)
Bewertung: echter Treffer, PEP-Status Kategorie „domestic, former“.
Verstärkte Sorgfaltspflichten eingeleitet; Genehmigung durch die Geschäftsleitung ⟦n:Siegfried Zauner⟧ erteilt.
Prüfer: ⟦n:Herbert Kogler⟧, 12.05.2025`,
  },
  {
    lang: 'de',
    kind: 'Falsch-positiv-Vermerk Sanktionsliste',
    source: `Sanktionslisten-Screening – Vermerk falsch positiv
Vorgang KYC-CH-2025-3390

Kundin:  ⟦n:Rahel Inderbitzin⟧, geb. ⟦b:4.4.1990⟧, ⟦h:Seefeldstrasse 119, 8008 Zürich⟧
Treffer: EU-Konsolidierte Liste, Eintrag mit ähnlichem Namen, anderes Geburtsjahr, Staatsangehörigkeit abweichend.
Ergebnis: kein Zusammenhang. Freigabe am 11.07.2025 durch ⟦n:Pascal Ammann⟧.`,
  },
  {
    lang: 'de',
    kind: 'E-Mail an einen Kunden wegen Videoident-Abbruch',
    source: `Von: kyc@alpenkonto.at
An: ⟦m:kaelin.corinne@bluewin.ch⟧
Betreff: Ihre Identifizierung – bitte wiederholen

Guten Tag Frau ⟦n:Kälin⟧,

Ihre Videoidentifizierung am 23.06.2025 wurde abgebrochen, weil die Sicherheitsmerkmale Ihres
Ausweises ⟦k:⟧ nicht lesbar waren. Bitte starten Sie den Vorgang erneut; der Link ist sieben Tage gültig.

Freundliche Grüße
Ihr KYC-Team der Alpenkonto Bank AG · +43 1 90 210 0`,
  },
  {
    lang: 'de',
    kind: 'Auszug aus dem Chat des Kundenservice',
    source: `[09:14] Kundin: hallo, meine karte wird überall abgelehnt??
[09:14] Bot: Ich verbinde Sie mit einer Mitarbeiterin.
[09:15] ⟦n:Lotte⟧ (Support): Guten Morgen! Zur Verifizierung bitte Ihr Geburtsdatum.
[09:15] Kundin: ⟦b:14.8.94⟧
[09:16] ⟦n:Lotte⟧ (Support): Danke, Frau ⟦n:de Graaf⟧. Die Karte wurde nach drei falschen PIN-Eingaben gesperrt.
[09:16] Kundin: oh. kann ich die pin neu setzen? meine neue nummer ist übrigens ⟦t:+49 157 30448821⟧
[09:17] ⟦n:Lotte⟧ (Support): Ja, in der App unter Karte → PIN. Nummer ist aktualisiert.`,
  },
  {
    lang: 'de',
    kind: 'Überweisungsauftrag eines Geldtransferdienstes',
    source: `Rheintal Remit – Auftrag Auslandsüberweisung Nr. RR-2025-55012

Auftraggeber:  ⟦n:Gizem Özkaya⟧, ⟦h:Feldkircherstrasse 40, 9494 Schaan⟧, Tel. ⟦t:+423 780 12 66⟧
Geburtsdatum:  ⟦b:02.12.1984⟧        Ausweis: Reisepass ⟦r:⟧
Empfänger:     ⟦n:Sıla Bayraktar⟧, ⟦h:Bağdat Caddesi No: 211, 34728 Kadıköy/İstanbul⟧
Empfängerkonto: TR-Konto laut Anlage
Betrag:        2.500,00 CHF → TRY, Zweck: Familienunterstützung`,
  },
  {
    lang: 'de',
    kind: 'Interne Eskalation zu einem Betrugsring',
    source: `Betreff: Eskalation – Karten aus derselben BIN-Range 5412 75xx

Hallo zusammen,
seit Montag sehen wir 41 Testbuchungen à 1,00 EUR bei Händler ZW-MID-4401, alle Karten aus
BIN 541275, IPs aus einem Hosting-Netz. Eine Karte gehört zu einem echten Kunden:
⟦n:Vladislav Kozlov⟧ (⟦c:-⟧), Login zuletzt von ⟦a:185.220.101.47⟧.
Ich habe ihn unter ⟦m:v.kozlov@proton.me⟧ informiert und die Karte gesperrt.
Gruß ⟦n:Sander⟧`,
  },
  {
    lang: 'de',
    kind: 'Protokoll eines Beschwerdegesprächs (Ombudsstelle)',
    source: `Protokoll – Beschwerde bei der Schlichtungsstelle, Az. SCH 2025/118

Beschwerdeführer: ⟦n:Ehecatl Tecuapetla⟧, ⟦h:Am Sodenmatt 3, 28259 Bremen⟧
Gegenstand: Rückforderung einer nicht autorisierten Zahlung (489,00 EUR) per Echtzeitüberweisung
Vertreter der Bank: ⟦n:Bernd⟧ (Beschwerdemanagement), Durchwahl -214

Der Beschwerdeführer trägt vor, er sei durch einen falschen Bankmitarbeiter am Telefon zur
Freigabe verleitet worden. Die Bank verweist auf die Freigabe per App vom Gerät mit IP ⟦a:91.64.118.203⟧.
Eine Einigung über 50 % wird vorgeschlagen.`,
  },
  {
    lang: 'de',
    kind: 'Fragebogen zum wirtschaftlich Berechtigten',
    source: `Feststellung des wirtschaftlich Berechtigten (GmbH)
Gesellschaft: Nordlicht Tiefbau GmbH, HRB 20571 HL
Wirtschaftlich Berechtigte (> 25 %):
1. ⟦n:Stüve, Torben⟧ – geb. ⟦b:30.09.1966⟧ – ⟦h:Kiebitzweg 40, 28259 Bremen⟧ – 60 %
2. ⟦n:Jürgensen, Ilka⟧ – geb. ⟦b:08.05.1970⟧ – ⟦h:Hasenheide 3, 66117 Saarbrücken⟧ – 40 %
Angaben geprüft anhand Transparenzregister-Auszug vom 01.08.2025.`,
  },
  {
    lang: 'de',
    kind: 'Krypto-Börse: Travel-Rule-Datensatz (Auszug)',
    source: `Travel-Rule-Nachricht (IVMS 101, Auszug) – ausgehend
Originator:   ⟦n:Atzin Cuautle⟧
  Anschrift:  ⟦h:Ulmenallee 19, 04177 Leipzig⟧
  Geburtsdatum: ⟦b:1993-10-27⟧
  Kundennummer VASP: LSX-C-0077120
Beneficiary:  ⟦n:Tenoch Papalotl⟧ (Wallet bei Lionstep Exchange Pte Ltd)
Betrag:       0,8120 BTC
Beneficiary VASP LEI: 5493001KJTIIGC8Y1R12`,
  },
  {
    lang: 'de',
    kind: 'Lohnsteuer- und Sozialversicherungsangaben für ein Gehaltskonto',
    source: `Gehaltskonto-Antrag – Zusatzangaben (freiwillig, für die Kontowechselhilfe)

Kontoinhaber: ⟦n:Jörn Böttcher⟧
Arbeitgeber:  Stadtwerke Kiel AG
Steuer-ID:    ⟦x:⟧
RV-Nummer:    ⟦s:11021983 Böttcher m⟧
Geburtsdatum: ⟦b:11.02.1983⟧
Bisheriges Konto: ⟦i:DE g⟧`,
  },
  {
    lang: 'de',
    kind: 'Mitteilung über eine Kontokündigung',
    source: `Luxfin E-Money S.A. · 12, Rue Erasme · L-1468 Luxembourg

Madame / Frau
⟦n:Claudine Goedert⟧
⟦h:14 Rue de Hollerich
L-1740 Luxembourg⟧

Kündigung Ihres E-Geld-Kontos

Sehr geehrte Frau ⟦n:Goedert⟧,
wir kündigen Ihr Konto mit einer Frist von zwei Monaten. Das Guthaben von 312,07 EUR überweisen
wir auf Ihr hinterlegtes Referenzkonto ⟦i:LU⟧. Fragen beantwortet support@luxfin-emoney.lu.`,
  },
  {
    lang: 'de',
    kind: 'Crowdlending: Kreditnehmerprofil auf der Plattform',
    source: `Projekt #208 – Kreditnehmerprofil (nur für Anleger sichtbar)

Kreditnehmer: ⟦n:Friederike Rieker⟧, Inhaberin Hofladen Rieker
Kontakt für Anlegerfragen: über die Plattform (anleger@schwarmkapital.de)
Laufzeit: 36 Monate · Zins: 6,9 % · Volumen: 85.000 EUR
Sicherheit: Grundschuld auf ⟦h:Im Lerchenfeld 22, 79100 Freiburg im Breisgau⟧
Bonitätsklasse: B+`,
  },
  {
    lang: 'de',
    kind: 'Widerspruch gegen eine Lastschrift (Kundenbrief)',
    source: `⟦n:Luise Bauknecht⟧ · ⟦h:Grotenburgstraße 8, 90429 Nürnberg⟧

An die Zahlwerk Payments GmbH

Widerspruch gegen Lastschrift

Am 02.10.2025 wurden von meinem Konto ⟦i:DE g⟧ 89,00 EUR mit der
Gläubiger-ID DE98ZZZ09999999999 abgebucht. Ich habe kein Mandat erteilt. Bitte veranlassen Sie die Rückgabe.

Telefonisch erreichbar: ⟦t:0911 4410387⟧
⟦n:Luise Bauknecht⟧`,
  },
  {
    lang: 'de',
    kind: 'Compliance-Schulungsunterlage (ohne Personenbezug)',
    source: `Schulung GwG 2025 – Modul 3: Smurfing erkennen

• Mehrere Einzahlungen knapp unter 10.000 EUR innerhalb weniger Tage
• Wechselnde Einzahler für dasselbe Empfängerkonto
• Ungewöhnliche Länder-Kombinationen (z. B. Einzahlung in LI, Auszahlung in TR)
Meldeweg: Verdacht an compliance@rheintal-remit.li, Rückfragen Tel. +423 237 55 00.
Fallbeispiele im Intranet unter /aml/faelle (anonymisiert).`,
  },
  {
    lang: 'de',
    kind: 'Preis- und Leistungsverzeichnis-Auszug (ohne Personenbezug)',
    source: `Preis- und Leistungsverzeichnis Alpenkonto – Karten (Stand 01.07.2025)

Debitkarte Standard                 0,00 EUR
Ersatzkarte bei Verlust            9,90 EUR
Bargeldabhebung Eurozone           2 frei / Monat, danach 1,50 EUR
Auslandseinsatz außerhalb EUR      1,75 %
Rückbuchung (Chargeback) Bearbeitung 0,00 EUR
Sperr-Hotline: +43 1 90 210 0 (rund um die Uhr)`,
  },
  {
    lang: 'de',
    kind: 'Händlerstatistik Chargebacks (ohne Personenbezug)',
    source: `Monatsbericht Chargebacks September 2025 – Händler ZW-MID-4401

Transaktionen: 18.402   Chargebacks: 97 (0,53 %)
Gründe: Ware nicht erhalten 41 · Betrug 33 · Abo nicht gekündigt 23
Schwellenwert Kartennetz: 0,9 % – unterschritten.
Empfehlung: 3-D Secure für Beträge ab 150 EUR erzwingen.
Ansprechpartner: disputes@zahlwerk-payments.de`,
  },
  {
    lang: 'de',
    kind: 'Vollmacht für einen Bevollmächtigten am Konto',
    source: `Kontovollmacht

Ich, ⟦n:Elfriede Wimmer⟧, geb. ⟦b:19.06.1941⟧, wohnhaft ⟦h:Mozartplatz 2, 8010 Graz⟧,
bevollmächtige meine Nichte ⟦n:Leitner, Brigitte⟧, geb. ⟦b:07.03.1974⟧, Tel. ⟦t:0676 220 4418⟧,
über mein Konto ⟦i:AT g⟧ zu verfügen. Die Vollmacht gilt über den Tod hinaus.

Graz, 03.02.2025        ⟦n:Elfriede Wimmer⟧`,
  },
  {
    lang: 'de',
    kind: 'Erbfall-Meldung an eine Online-Bank',
    source: `Betreff: Todesfall – Konto meines Vaters

Sehr geehrte Damen und Herren,
mein Vater ⟦n:Gennadi Orlov⟧ (geb. ⟦b:1949-05-14⟧) ist am 30.08.2025 verstorben. Sein Depot
und das Tagesgeldkonto ⟦i:DE⟧ sollen auf die Erbengemeinschaft übergehen.
Den Erbschein reiche ich nach. Meine Anschrift: ⟦h:Am Sodenmatt 17, 28259 Bremen⟧.

⟦n:Natalya Orlov⟧ · ⟦m:natalya.orlov@web.de⟧`,
  },
  {
    lang: 'de',
    kind: 'Aktennotiz Kreditkarten-Limiterhöhung',
    source: `Aktennotiz – Limiterhöhung Kreditkarte
Kunde: ⟦n:Prajwal Karanth⟧ · Kundennr. 4471-002 · Karte endet auf 8813
Beantragt: 5.000 EUR (bisher 2.500 EUR)
Einkommen lt. Gehaltsnachweis: 4.120 EUR netto; Arbeitgeber: SAP SE
Schufa-Abfrage positiv; Genehmigt durch ⟦n:Marloes Smit⟧ am 22.07.2025.
Kunde informiert per E-Mail an ⟦m:prajwal.karanth@gmail.com⟧.`,
  },
  {
    lang: 'de',
    kind: 'Formular Schadensmeldung Kartenmissbrauch',
    source: `Schadensmeldung – Missbrauch einer Zahlungskarte

1. Karteninhaber: ⟦n:Axel Holmgren⟧
2. Kartennummer: ⟦c:⟧
3. Bemerkt am: 05.09.2025
4. Unautorisierte Umsätze: 3 (insgesamt 1.212,40 EUR, Online-Shops)
5. Polizeiliche Anzeige: ja, Vorgangsnummer 1204-25-118
6. Erreichbarkeit: ⟦t:+49 152 19983402⟧, ⟦m:axel.holmgren@posteo.de⟧
7. Anschrift: ⟦h:Im Lerchenfeld 9, 79100 Freiburg im Breisgau⟧`,
  },
  {
    lang: 'de',
    kind: 'Sorgfaltsprüfung eines Brokers (Angemessenheitstest)',
    source: `Online-Depot – Angemessenheitsprüfung (§ 63 Abs. 10 WpHG)

Kunde: ⟦n:Viktor Lundgren⟧, geb. ⟦b:8. August 1998⟧
Erfahrung mit Optionsscheinen: keine · mit CFDs: 1–2 Jahre
Ergebnis: Produkt nicht angemessen, Warnhinweis angezeigt und bestätigt (IP ⟦a:2a02:8109:9c40:1f00::2e⟧).
Depotnummer: 0071 225 884 · Verrechnungskonto ⟦i:DE⟧`,
  },
  {
    lang: 'de',
    kind: 'Rückruf-Ticket Sofortüberweisung falscher Empfänger',
    source: `Ticket #SEPA-RECALL-33201
Kundin ⟦n:Ecesu Türkmen⟧ hat am 27.10.2025 1.150,00 EUR versehentlich an ⟦i:DE g⟧ überwiesen
(Tippfehler in der IBAN). Empfänger laut Auftrag: ⟦n:Beril Yılmazer⟧.
Rückruf (camt.056) an die Empfängerbank gesendet. Kundin informiert unter ⟦t:0157 88213304⟧.
Bearbeiter: ⟦n:Torben⟧ (Zahlungsverkehr)`,
  },
  {
    lang: 'de',
    kind: 'Beantwortung einer Behördenanfrage (Kontenabruf)',
    source: `An die Staatsanwaltschaft Leipzig, Az. 402 Js 1187/25

Ihr Auskunftsersuchen vom 12.09.2025

Zu der angefragten Person ⟦n:Tyler Sutton⟧, geb. ⟦b:19.12.1988⟧, führen wir ein Girokonto
⟦i:DE g⟧ (eröffnet 04.01.2024) und eine Debitkarte. Die Kontoauszüge des angefragten Zeitraums
sind beigefügt. Hinterlegte Anschrift: ⟦h:Ulmenallee 58, 04177 Leipzig⟧.

Zahlwerk Payments GmbH, Recht & Behördenanfragen`,
  },
];
