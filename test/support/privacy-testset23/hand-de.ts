import type { HandSource } from './markup.js';

/** German hand-written documents of set 23, each a different kind; marks as in markup.ts. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'kandidaten-shortlist',
    source: `Kestrel Talent Partners GmbH · Kaiserstraße 61 · 60329 Frankfurt am Main
Vertraulich – Shortlist Leitung Finanzen (REQ-2026-0412)

1. ⦃n:Aizada Toktogulov⦄, 44, derzeit CFO eines Maschinenbauers, Kündigungsfrist 6 Monate
2. ⦃n:Merdan Annaberdiyev⦄, 39, Head of Controlling, spricht Russisch und Englisch
3. ⦃n:Lenara Seitbekirov⦄, 47, Interimsmanagerin, sofort verfügbar

Präsentation beim Kunden am 14.04. durch ⦃n:Bekir Kırımlı⦄. Rückfragen bitte an bewerbung@kestrel-talent.de oder 069 97 46 58 0.`,
  },
  {
    lang: 'de',
    kind: 'interviewleitfaden-panel',
    source: `Interviewpanel Werkleitung Standort Regensburg
Datum: 22.05.2026, Raum "Donau"

Panel: ⦃n:Gaynislam Mazhitov⦄ (Geschäftsführung), ⦃n:Chokyi Dhondup⦄ (HR), ⦃n:Berdi Otarov⦄ (Betriebsrat)
Kandidat: Herr ⦃n:Hotman Silalahi⦄
Fragenblock A – Führung: Konflikt mit Schichtleitung schildern lassen.
Fragenblock B – Zahlen: OEE, Ausschussquote.
Bewertung 1–5, Summe in Spalte F (=SUMME(F2:F9)).`,
  },
  {
    lang: 'de',
    kind: 'referenzauskunft-telefonnotiz',
    source: `Telefonnotiz Referenzauskunft
Kandidatin: ⦃n:Dilrabo Qodirov⦄
Referenzgeber: ⦃n:Pyotr-Taskyn Katanov⦄, ehem. Vorgesetzter, erreicht unter ⦃t:0171 5520384⦄
Aussage: "sehr strukturiert, hat das Team durch die SAP-Umstellung geführt". Wechselgrund laut ⦃n:Katanov⦄: Standortschließung.
Notiert: ⦃n:Ulan Sydykov⦄, 03.03.2026`,
  },
  {
    lang: 'de',
    kind: 'arbeitsvertragsangebot',
    source: `Frau
⦃n:Keerthana Gollapudi⦄
⦃h:Ulmenring 14, 68159 Mannheim⦄

Ihr Vertragsangebot als Senior Data Engineer

Sehr geehrte Frau ⦃n:Gollapudi⦄,
wir freuen uns, Ihnen die Position ab 01.07.2026 anzubieten. Jahresgehalt 84.000 € brutto, 30 Tage Urlaub, Probezeit sechs Monate.
Bitte senden Sie das unterschriebene Angebot bis 30.05. an personal@rhein-neckar-data.de zurück.

Mit freundlichen Grüßen
⦃n:Sherali Davlatov⦄, Leitung People & Culture`,
  },
  {
    lang: 'de',
    kind: 'zeitarbeit-einsatzblatt',
    source: `EINSATZBLATT – Arbeitnehmerüberlassung
Verleiher: Zeitwerk Personal GmbH, Hafenstraße 2, 28217 Bremen, Erlaubnis der BA vorhanden
Entleiher: Nordsee Frost GmbH, Bremerhaven
Mitarbeiter: ⦃n:Jiyenbay Kamalov⦄, geb. ⦃b:11.09.1993⦄
Tätigkeit: Kommissionierer Tiefkühllager, Einsatz ab 06.01.2026, Höchstüberlassungsdauer beachten
Equal-Pay ab dem 10. Monat. Disponentin: ⦃n:Zuhra Akavov⦄, mobil ⦃t:0160 3349172⦄`,
  },
  {
    lang: 'de',
    kind: 'stundenzettel-wochen',
    source: `Stundennachweis KW 12
Name: ⦃n:Azret Tebuev⦄    Kunde: Lager Nord    KST-4711
Mo 7,5 | Di 8,0 | Mi 8,0 | Do 6,5 | Fr 8,0  → Summe 38,0
Unterschrift Kunde: ⦃n:Kishta Basangov⦄ (Schichtleitung)
Bitte bis Montag 10 Uhr an zeiten@zeitwerk-personal.de.`,
  },
  {
    lang: 'de',
    kind: 'lohnbuero-stammdatenblatt',
    source: `Personalstammblatt (Lohnbüro Sauer & Partner)
Name, Vorname: ⦃n:Tampubolon⦄, ⦃n:Tiurma⦄
Anschrift: ⦃h:Kastanienweg 9, 04109 Leipzig⦄
Geburtsdatum: ⦃b:02.02.1988⦄
Steuer-ID: ⦃x:⦄   Steuerklasse I, 0,5 Kinderfreibetrag
Rentenversicherungsnummer: ⦃s:02021988 Tampubolon f⦄
Krankenkasse: AOK PLUS
Bankverbindung: ⦃i:DE g⦄`,
  },
  {
    lang: 'de',
    kind: 'gehaltsabrechnung-korrektur',
    source: `Korrektur Entgeltabrechnung März 2026
Betroffen: Personalnummer 40217 (⦃n:Nurlanbek Osmonov⦄)
Fehler: Nachtzuschlag 25 % nicht berücksichtigt, Nachzahlung 212,40 € brutto mit der Aprilabrechnung.
Auszahlung wie bisher auf ⦃i:DE⦄.
Sachbearbeitung: ⦃n:Mihrigul Niyaz⦄, Lohnbuchhaltung, Tel. 0341 2298 410 (Zentrale)`,
  },
  {
    lang: 'de',
    kind: 'austrittsliste-it',
    source: `Austritte April – Accounts sperren (IT-Ticket 88213)
⦃n:Zelimkhan Dudaev⦄ – letzter Tag 30.04., Laptop-Rückgabe offen
⦃n:Nimgir Erdniev⦄ – letzter Tag 15.04., VPN zuletzt von ⦃a:91.64.203.17⦄
⦃n:Sailyk Oorzhak⦄ – Aufhebungsvertrag, Zeugnis an ⦃h:Am Mühlbach 3, 90402 Nürnberg⦄
Funktionspostfächer (hr-team@, einkauf@) bleiben bestehen.`,
  },
  {
    lang: 'de',
    kind: 'onboarding-checkliste',
    source: `Onboarding-Checkliste – Start 02.03.2026
☒ Vertrag unterschrieben zurück
☒ Ausweiskopie (Personalausweis ⦃k:⦄) im Personalakt
☐ Steuer-ID erfragen
☐ Patin zuweisen: ⦃n:Itishree Pattnaik⦄
Neue Kollegin: ⦃n:Bairta Gorodovikov⦄, E-Mail ab Tag 1: ⦃m:b.gorodovikov@werkhaus-logistik.de⦄`,
  },
  {
    lang: 'de',
    kind: 'umzugsangebot-international',
    source: `Umzugsangebot Nr. UA-26-0771
Kunde: ⦃n:Tanasi Kurudimov⦄ und ⦃n:Zoița Kurudimov⦄
Beladestelle: ⦃h:Schillerstraße 40, 70173 Stuttgart⦄, 3. OG ohne Aufzug
Entladestelle: ⦃h:Prinsengracht 208, 1016 HR Amsterdam⦄
Volumen ca. 38 m³, Seefracht entfällt, Möbellift 1 Tag.
Pauschalpreis 6.480 € inkl. Versicherung. Anzahlung 30 % per Karte ⦃c:s⦄ am 12.02. belastet.`,
  },
  {
    lang: 'de',
    kind: 'wohnungssuche-expat-protokoll',
    source: `Relocation – Besichtigungsprotokoll Wohnungssuche München
Familie ⦃n:Vongsay⦄ (2 Erw., 2 Kinder), Budget 2.900 € warm
Besichtigt: Agnes-Bernauer-Str., 4 Zi., 98 m² – zu laut
Favorit: ⦃h:Königsberger Straße 17, 80469 München⦄, Bezug 01.09.
Rückmeldung ⦃n:Khamphoui Vongsay⦄ per WhatsApp ⦃t:+49 1523 8810472⦄.
Beraterin: ⦃n:Netta Complojer⦄`,
  },
  {
    lang: 'de',
    kind: 'anmeldetermin-buergeramt',
    source: `Terminbestätigung Bürgeramt (weitergeleitet vom Relocation-Service)
Vorgangsnummer 4471-993
Anmeldung einer Wohnung für: ⦃n:Ferizal Caniago⦄, geb. ⦃b:17.06.1986⦄
Neue Anschrift: ⦃h:Rosenthaler Straße 52, 10437 Berlin⦄
Termin: Di, 10.02.2026, 09:40 Uhr, Bürgeramt Pankow
Mitzubringen: Reisepass, Wohnungsgeberbestätigung von Vermieterin ⦃n:Olalla Cunqueiro⦄`,
  },
  {
    lang: 'de',
    kind: 'blaue-karte-antrag-checkliste',
    source: `Checkliste Blaue Karte EU – Mandant ⦃n:Rambabu Velagapudi⦄
☒ Arbeitsvertrag (Gehalt 58.000 €, über Engpassgrenze)
☒ Anerkennung Abschluss (anabin H+)
☒ Reisepass gültig bis 2033
☐ Mietvertrag ⦃h:Gartenstraße 88, 50667 Köln⦄
☐ Krankenversicherung
Sachbearbeitung Kanzlei: ⦃n:Anxo Otero⦄, Aktenzeichen MIG-2026-118`,
  },
  {
    lang: 'de',
    kind: 'familiennachzug-schreiben',
    source: `Betreff: Familiennachzug – Ehefrau und Sohn von Herrn ⦃n:Bahrom Jurayev⦄

Sehr geehrte Damen und Herren,
für unseren Mandanten beantragen wir den Nachzug von ⦃n:Manizha Jurayev⦄ (geb. ⦃b:04.11.1991⦄) und ⦃n:Firdavs⦄ (geb. ⦃b:22.08.2019⦄). Wohnraum: ⦃h:Lindenallee 5, 24103 Kiel⦄, 74 m².
Rückfragen an die Kanzlei, Tel. 0431 55 60 70.
⦃n:Gulalai Zadran⦄, Rechtsanwältin`,
  },
  {
    lang: 'de',
    kind: 'aufenthaltstitel-verlaengerung-mail',
    source: `Von: ⦃m:astamur.lakoba@posteo.de⦄
An: aufenthalt@migrationsberatung-linz.at
Betreff: Verlängerung Rot-Weiß-Rot-Karte

Guten Tag,
meine Karte läuft am 31.07. ab. Meine neue Adresse ist ⦃h:Museumstraße 12/4, 4020 Linz⦄. Erreichbar bin ich unter ⦃t:+43 664 2817735⦄.
Danke, ⦃n:Astamur Lakoba⦄`,
  },
  {
    lang: 'de',
    kind: 'reisepass-kopie-vermerk',
    source: `Aktenvermerk – Kopie Reisepass für Visumsantrag USA (Entsendung)
Mitarbeiterin: ⦃n:Mirèlha Castan⦄
Reisepassnummer: ⦃r:⦄, ausgestellt Stadt Freiburg
Geburtsdatum laut Pass: ⦃b:29.01.1984⦄
Kopie geprüft von ⦃n:Edige Sikaliev⦄ (Global Mobility), Original zurückgegeben.`,
  },
  {
    lang: 'de',
    kind: 'integrationskurs-anmeldung',
    source: `Anmeldung Integrationskurs (Volkshochschule, Kurs 26-IK-07)
Name: ⦃n:Sanatombi Thokchom⦄
Geburtsdatum: ⦃b:1979-03-15⦄
Telefon: ⦃t:0176 4419023⦄   E-Mail: ⦃m:sanatombi.t@gmx.de⦄
Berechtigungsschein liegt vor. Einstufungstest: A2.
Kursbeginn 09.03.2026, Mo–Fr 8:30–12:45`,
  },
  {
    lang: 'de',
    kind: 'sprachschule-online-zugang',
    source: `Support-Ticket Sprachschule: Teilnehmer kann Online-Klassenzimmer nicht betreten
Teilnehmer: ⦃n:Kazaki Bammatov⦄ (Kurs B1 abends)
Fehlermeldung nach Login von ⦃a:178.201.44.9⦄, Browser Firefox 124
Lösung: Cache geleert, Zugang neu gesendet an ⦃m:kazaki.bammatov@web.de⦄.
Bearbeitet: Support-Team, support@lingua-rhein.de`,
  },
  {
    lang: 'de',
    kind: 'au-pair-gastfamilienprofil',
    source: `Gastfamilienprofil (Au-pair-Agentur Sonnenblick)
Familie ⦃n:Ramiscal-Poggioli⦄, ⦃h:Birkenhof 7, 20357 Hamburg⦄
Kinder: ⦃n:Anghjulu⦄ (6) und ⦃n:Pacita⦄ (3)
Mutter: ⦃n:Estrelita Ramiscal⦄, Ärztin; Vater: ⦃n:Ghjacumu Poggioli⦄, Architekt
Eigenes Zimmer, 260 € Taschengeld, Sprachkurs bezahlt.
Kontakt: ⦃t:040 83920117⦄ (privat)`,
  },
  {
    lang: 'de',
    kind: 'nanny-arbeitsvertrag-minijob',
    source: `Minijob-Vertrag Kinderbetreuung im Privathaushalt
Arbeitgeberin: ⦃n:Hamiyet Lazoğlu⦄, ⦃h:Hochstraße 23, 60311 Frankfurt am Main⦄
Arbeitnehmerin: ⦃n:Yulinar Pisang⦄, geb. ⦃b:30.05.2001⦄
Steuer-ID Arbeitnehmerin: ⦃x:g⦄
Vergütung 538 € monatlich, Haushaltsscheckverfahren.
Lohn auf ⦃i:DE g⦄`,
  },
  {
    lang: 'de',
    kind: 'bewerbung-eingangsbestaetigung',
    source: `Ihre Bewerbung (Kennziffer REQ-2026-0388)

Hallo ⦃n:Tsyren⦄,
vielen Dank für Ihre Bewerbung als Pflegefachkraft. Wir melden uns innerhalb von zwei Wochen. Bitte antworten Sie nicht auf diese Mail; Fragen an karriere@klinikverbund-sued.de.
Ihr Recruiting-Team`,
  },
  {
    lang: 'de',
    kind: 'personalausweis-pruefprotokoll-zeitarbeit',
    source: `Identitätsprüfung bei Einstellung (Zeitarbeit, §2 SchwarzArbG)
Name: ⦃n:Khyrlan Butanaev⦄
Dokument: Personalausweis Nr. ⦃k:⦄, gültig bis 2031
SV-Nummer: ⦃s:08071990 Butanaev m⦄
Geprüft durch: ⦃n:Orak Kapaev⦄ (Niederlassung Dortmund), 08.01.2026`,
  },
  {
    lang: 'de',
    kind: 'diversity-bericht-auszug',
    source: `Auszug Diversity-Bericht 2025 (aggregiert)
Frauenanteil Führungskräfte: 31 % (Vorjahr 27 %)
Beschäftigte mit Schwerbehinderung: 5,2 %
Nationalitäten in der Belegschaft: 38
Teilnahme an Trainings zu unbewussten Vorurteilen: 412 Beschäftigte
Es werden keine personenbezogenen Daten ausgewiesen; Fallzahlen unter 5 werden unterdrückt.`,
  },
  {
    lang: 'de',
    kind: 'schulungsplan-quartal',
    source: `Schulungsplan Q2 – Niederlassungen Süd
Arbeitsschutz Unterweisung: 08.04., 09:00–11:00, Raum 1.03
Staplerschein Auffrischung: 15.04., Außengelände
Datenschutz für Disponenten: 22.04., online (Teams)
Anmeldung über das Lernportal, Kostenstelle KST-2210. Budget 14.500 €.`,
  },
  {
    lang: 'de',
    kind: 'tarif-zuschlagsmatrix',
    source: `Zuschlagsmatrix Zeitarbeit (Branchenzuschläge Metall/Elektro)
Nach 6 Wochen: 15 %
Nach 3 Monaten: 20 %
Nach 5 Monaten: 30 %
Nach 7 Monaten: 45 %
Nach 9 Monaten: 65 %
Berechnung in der Lohnsoftware: =RUNDEN(C4*(1+D4);2). Gilt ab 01.01.2026.`,
  },
  {
    lang: 'de',
    kind: 'relocation-paket-leistungsbeschreibung',
    source: `Leistungsbeschreibung Relocation-Paket "Komfort"
– Orientierungstag in der Zielstadt (8 Std.)
– Wohnungssuche mit bis zu 6 Besichtigungen
– Begleitung zur Anmeldung und Bankkontoeröffnung
– Schulsuche für bis zu 3 Kinder
Preis 4.900 € netto zzgl. USt. USt-IdNr. DE284719305. Anbieter: Donaukanal Relocation GmbH, Obere Donaustraße 95, 1020 Wien.`,
  },
  {
    lang: 'de',
    kind: 'lohnsteuer-bescheinigung-anfrage',
    source: `Anfrage ehemaliger Mitarbeiter (Kontaktformular)
Name: ⦃n:Wenzu Spiteri⦄
Geburtsdatum: ⦃b:12.12.1975⦄
Anliegen: Lohnsteuerbescheinigung 2025 fehlt, bitte an neue Adresse ⦃h:Wiedner Hauptstraße 71/9, 1040 Wien⦄ senden.
Rückruf: ⦃t:0660 7712094⦄
Eingegangen über Formular, IP ⦃a:84.115.220.61⦄`,
  },
  {
    lang: 'de',
    kind: 'executive-search-mandatsbestaetigung',
    source: `Mandatsbestätigung Executive Search
Auftraggeber: Bergwerk Holding AG, vertreten durch ⦃n:Souphanouvong Sisavath⦄ (Aufsichtsratsvorsitz)
Position: Vorstand Technik
Honorar: ein Drittel des Zieljahreseinkommens, fällig in drei Raten
Projektleitung: ⦃n:Kelsang Norbu⦄, ⦃m:kelsang.norbu@alpenhaus-personal.ch⦄, ⦃t:+41 79 448 21 06⦄
Alpenhaus Personal AG, Löwenstrasse 29, 8001 Zürich`,
  },
  {
    lang: 'de',
    kind: 'kuendigungsbestaetigung-arbeitnehmer',
    source: `Bestätigung Ihrer Kündigung

Sehr geehrter Herr ⦃n:Chebodaev⦄,
wir bestätigen den Eingang Ihrer Kündigung vom 03.02.2026 zum 31.03.2026. Ihr Resturlaub (9 Tage) wird gewährt. Ihr Arbeitszeugnis senden wir an ⦃h:Annenstraße 44/2, 8010 Graz⦄.
Mit freundlichen Grüßen
⦃n:Muslimat Dibirov⦄, Personalabteilung`,
  },
  {
    lang: 'de',
    kind: 'schulplatzsuche-anfrage',
    source: `Anfrage Schulplatz (International School, Aufnahme Klasse 5)
Kind: ⦃n:Aldyn Dongak⦄, geb. ⦃b:14.04.2015⦄
Eltern: ⦃n:Choduraa Dongak⦄, ⦃n:Ochur Dongak⦄
Derzeitige Schule: Gymnasium in Almaty, Umzug nach ⦃h:Seefeldstrasse 120, 8008 Zürich⦄ im August
Kontakt Mutter: ⦃m:choduraa.dongak@gmail.com⦄`,
  },
  {
    lang: 'de',
    kind: 'lohnbuero-uebergabe-notiz',
    source: `Übergabe an das Lohnbüro (Tabellenblatt "Neu" beigefügt)
Zeile 3: ⦃n:Edige Kereytov⦄, Eintritt 01.04., Steuer-ID ⦃x:⦄
Zeile 4: ⦃n:Akpars Yamberdov⦄, Telefon in der Tabelle als 4.9170E+12 verloren, richtig: ⦃t:0170 9931845⦄
Anmerkung (⦃n:Salika Tanygin⦄): Spalte D ausgeblendet, enthält Gehälter. =SUMME(D2:D4) bitte nicht überschreiben.`,
  },
];
