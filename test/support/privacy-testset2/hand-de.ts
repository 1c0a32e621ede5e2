import type { HandWritten } from './handwritten.js';

/** German hand-written documents of test set 2 (markup: see markup.ts). Never tune on them. */
export const HAND_DE: HandWritten[] = [
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Von: [[P:Silke Neumann]] <[[E:silke.neumann@rheinblick-fs.de]]>
An: [[P:Murat Aksoy]] <[[E:m.aksoy@web.de]]>
Datum: Mi., 14. Jan. 2026, 10:22
Betreff: Re: Schlüsselübergabe Turmstraße

Hallo Herr [[P:Aksoy]],

Donnerstag 16 Uhr passt. Bitte bringen Sie beide Schlüssel und das Übergabeprotokoll mit.

Freundliche Grüße
[[P:Silke Neumann]]
Objektbetreuung
Rheinblick Facility Services GmbH | Rheinuferstraße 12 | 53111 Bonn
Tel. [[T:0228 4471 203]]

Am 13.01.2026 um 19:05 schrieb [[P:Murat Aksoy]]:
> Guten Abend Frau [[P:Neumann]],
> wann kann ich die Schlüssel für die Wohnung abgeben? Ich bin unter [[T:0170-4418273]] erreichbar.
> Gruß [[P:M. Aksoy]]`,
  },
  {
    lang: 'de',
    kind: 'chat',
    source: `[14.02.26, 08:03:11] [[P:Kerstin]]: Guten Morgen ihr Lieben ☀️
[14.02.26, 08:04:40] [[P:Behnam Ghorbani]]: Morgen! Kann heute jemand [[P:Lina]] von der Kita holen? Ich häng im Stau
[14.02.26, 08:05:02] [[P:Kerstin]]: Mach ich, kein Problem
[14.02.26, 08:05:30] [[P:Behnam Ghorbani]]: Danke!! Falls was ist: [[T:+49 152 38840217]]
[14.02.26, 08:06:12] [[P:Ladan]]: <Medien ausgeschlossen>
[14.02.26, 08:07:55] [[P:Ladan]]: Die Rechnung fürs Sommerfest, Bestellnr. {{ORDER}}`,
  },
  {
    lang: 'de',
    kind: 'csv',
    source: `Nachname;Vorname;Geburtsdatum;Telefon;IBAN;Mitglied seit
[[P:Krüger]];[[P:Anke]];[[DOB:03.05.1971]];[[T:0521 33 81 90]];[[IBAN]];2011
[[P:Yıldız]];[[P:Elif]];[[DOB:22.11.1998]];[[T:0163 7721094]];[[IBAN]];2019
[[P:Mazur]];[[P:Tomasz]];[[DOB:9.4.1984]];[[T:+49 179 5512093]];[[IBAN]];2015
[[P:Owusu]];[[P:Akosua]];[[DOB:17.08.2003]];;[[IBAN]];2024`,
  },
  {
    lang: 'de',
    kind: 'hr-form',
    source: `PERSONALFRAGEBOGEN – NEUEINSTELLUNG

Name, Vorname:          [[P:Kovalenko, Iryna]]
Geburtsname:            [[P:Melnyk]]
Geburtsdatum:           [[DOB:12. März 1990]]
Geburtsort:             Lwiw
Anschrift:              [[ADDR:Sonnenhang 14, 34117 Kassel]]
Steuer-Identifikationsnummer: [[TAX]]
Rentenversicherungsnummer:    [[SV]]
Bankverbindung (IBAN):        [[IBAN]]
Krankenkasse:           AOK Hessen
Eintrittsdatum:         01.02.2026
Tätigkeit:              Sachbearbeiterin Lohnbuchhaltung`,
  },
  {
    lang: 'de',
    kind: 'patient-form',
    source: `Praxis Dr. med. Kühn – Aufnahmebogen

Patient/in: [[P:Christos Samaras]]
geb. am: [[DOB:30.06.1958]]
Straße, Hausnr.: [[ADDR:Goethestraße 8
69117 Heidelberg]]
Telefon (mobil): [[T:0175 2093814]]
E-Mail: [[E:christos.samaras@t-online.de]]
Hausarzt: Dr. [[P:Birgit Haase]]
Allergien: Penicillin
Aktuelle Medikation: Ramipril 5 mg

Unterschrift Patient/in: ______________   Datum: 05.03.2026`,
  },
  {
    lang: 'de',
    kind: 'insurance-claim',
    source: `Weserland Versicherung AG · Schadenabteilung · Postfach 10 44 20 · 28044 Bremen

Schadenmeldung Hausrat – Vorgangsnummer {{ORDER}}

Versicherungsnehmer: [[P:Hakan Polat]]
Anschrift: [[ADDR:Wilhelmstr. 41, 86150 Augsburg]]
Geburtsdatum: [[DOB:19.10.1977]]
Schadentag: 02.02.2026, ca. 14:30 Uhr
Schadenhergang: Wasserrohrbruch in der Küche, Parkett und Unterschrank beschädigt.
Zeugin: [[P:Zsófia Nagy]] (Nachbarin), erreichbar unter [[T:0821 3490712]]
Erstattung bitte auf: [[IBAN]]`,
  },
  {
    lang: 'de',
    kind: 'tenancy',
    source: `MIETVERTRAG ÜBER WOHNRAUM

Zwischen Havelkamp Immobilienverwaltung GmbH & Co. KG, Am Kanal 3, 14467 Potsdam (Vermieterin)

und

[[P:Nhung Truong]], geb. [[DOB:04.12.1992]], und [[P:Khoa Truong]], geb. [[DOB:21.7.1990]],
bisher wohnhaft [[ADDR:Brunnengasse 5, 99084 Erfurt]] (Mieter)

wird folgender Vertrag geschlossen:

§ 1 Mietsache: Wohnung Nr. 12, 3. OG links, [[ADDR:Heinrich-Heine-Str. 60, 18055 Rostock]].
§ 3 Miete: 845,00 EUR zzgl. 190,00 EUR Betriebskosten, zahlbar monatlich im Voraus.
§ 5 Kaution: drei Nettokaltmieten, Überweisung von Konto [[IBAN]].`,
  },
  {
    lang: 'de',
    kind: 'ticket',
    source: `Ticket #48213 – Zugang gesperrt
Status: offen | Priorität: hoch | Kategorie: VPN
Erstellt: {{LOG}}

Meldende Person: [[P:Valentina Rinaldi]] ([[E:valentina.rinaldi@weserland-versicherung.de]])
Rückruf: [[T:+49 521/4418230]]

Beschreibung:
Seit dem Update auf Client {{VER}} komme ich nicht mehr ins VPN. Meine öffentliche IP laut Router: [[IP:87.163.44.201]].

Kommentar [[P:Dirk Lorenz]] (2nd Level):
Zertifikat abgelaufen, neu ausgerollt. Bitte neu starten.`,
  },
  {
    lang: 'de',
    kind: 'minutes',
    source: `Protokoll Teamrunde Controlling, 11.02.2026

Anwesend: [[P:Jürgen Schäfer]], [[P:Amira Jaber]], [[P:Paweł Wróbel]], [[P:Svenja Brandt]]
Entschuldigt: [[P:Ioannis Petridis]]
Protokoll: [[P:Svenja Brandt]]

TOP 1 Monatsabschluss Januar
[[P:Amira]] berichtet: Abschluss am 6. Arbeitstag erreicht. Offene Posten aus Auftrag {{ORDER}} werden geklärt.

TOP 2 Urlaubsplanung
[[P:Paweł]] ist vom 02.03. bis 13.03. abwesend, Vertretung [[P:Jürgen]].

Nächster Termin: 25.02.2026, 9:00 Uhr, Raum 2.14`,
  },
  {
    lang: 'de',
    kind: 'invoice',
    source: `Kiefer Elektrotechnik e.K. · Industriestraße 22 · 33602 Bielefeld
USt-IdNr. DE 284 551 902 · Gläubiger-ID {{CRED}}

RECHNUNG Nr. 2026-0417
Rechnungsdatum: 20.02.2026 · Kundennummer: 10883 · Auftrag {{ORDER}}

Pos. Artikel            Menge   Einzelpreis   Gesamt
1    {{SKU}} FI-Schalter   2     38,90         77,80
2    Arbeitszeit Std.      3,5   62,00        217,00

Summe netto 294,80 EUR · USt 19 % 56,01 EUR · Gesamt 350,81 EUR
Der Betrag wird per SEPA-Lastschrift eingezogen (Mandatsreferenz M-10883-01).`,
  },
  {
    lang: 'de',
    kind: 'delivery-note',
    source: `Lieferschein LS-77120
Versanddatum: 03.03.2026
Paketnummer: {{PARCEL}}
Bestellnummer: {{ORDER}}

Empfänger:
[[P:Gergely Varga]]
[[ADDR:Eichendorffweg 3
48143 Münster]]

Inhalt: 1 × Bohrhammer {{SKU}}, 1 × Bitset
Bei Rückfragen: Kundendienst, Mo–Fr 8–18 Uhr`,
  },
  {
    lang: 'de',
    kind: 'cv',
    source: `LEBENSLAUF

Persönliche Daten
[[P:Yejin Moon]]
[[ADDR:Am Lerchenfeld 27, 79098 Freiburg im Breisgau]]
[[T:0761 208 11 94]] · [[E:yejin.moon@mailbox.org]]
Geboren am [[DOB:7. September 1995]] in Daejeon

Berufserfahrung
seit 04/2022  Data Analyst, Weserland Versicherung AG, Bremen
2019–2022     Werkstudentin Statistik, Universität Freiburg

Ausbildung
2014–2019     B.Sc./M.Sc. Mathematik, Albert-Ludwigs-Universität Freiburg

Sprachen: Koreanisch (Muttersprache), Deutsch (C2), Englisch (C1)`,
  },
  {
    lang: 'de',
    kind: 'incident-report',
    source: `Polizeiinspektion Kassel-Mitte – Anzeigenaufnahme

Tatzeit: 28.01.2026, zwischen 22:00 und 23:15 Uhr
Tatort: Parkplatz Königsplatz, Kassel

Geschädigte: [[P:Oksana Tkachenko]], geb. [[DOB:15.02.1987]]
wohnhaft: [[ADDR:Turmstraße 19, 34117 Kassel]]
Ausweis: Personalausweis Nr. [[ID]]
Erreichbarkeit: [[T:0162-3308714]]

Sachverhalt: Seitenscheibe des Pkw eingeschlagen, Laptoptasche entwendet.
Zeuge [[P:Volker Dietrich]] beobachtete zwei Personen, die Richtung Friedrichsplatz liefen.
Sachbearbeiter: POK [[P:Haase]]`,
  },
  {
    lang: 'de',
    kind: 'school-letter',
    source: `Gesamtschule Erfurt-Nord · Sekretariat

Erfurt, 09.02.2026

Liebe Eltern der Klasse 7b,

am Freitag, 20.02.2026, findet der Wandertag statt. Treffpunkt 8:00 Uhr am Haupteingang.
Bitte geben Sie die unterschriebene Einverständniserklärung bis Mittwoch ab.

Mit freundlichen Grüßen
[[P:Henning Vogel]], Klassenleitung

------------------------------------------
Mein Kind [[P:Bao Phan]] darf am Wandertag teilnehmen.
Notfallnummer: [[T:0361 5518 204]]
Unterschrift Erziehungsberechtigte/r: [[P:Thuy Phan]]`,
  },
  {
    lang: 'de',
    kind: 'bank-letter',
    source: `Sparkasse Münsterland Ost · Weseler Straße 230 · 48151 Münster

Frau
[[P:Raquel Fonseca]]
[[ADDR:Weidenweg 11
48143 Münster]]

Münster, 26. Februar 2026

Ihre neue Debitkarte

Sehr geehrte Frau [[P:Fonseca]],

Ihre neue Karte zum Konto [[IBAN]] ist unterwegs. Die PIN erhalten Sie getrennt.
Bei Verlust sperren Sie Ihre Karte über den Sperr-Notruf 116 116.

Mit freundlichen Grüßen
Ihre Sparkasse Münsterland Ost`,
  },
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Betreff: AW: AW: Reisekostenabrechnung Januar

Hi [[P:Tolga]],

hab's freigegeben. Die Belege für die Bahnfahrt nach Leipzig fehlen noch, kannst du die nachreichen?

Danke & Gruß
[[P:Ulrike]]

--
[[P:Ulrike Scholz]] | Teamleitung Rechnungswesen
Clearwater Payroll Services Ltd, Niederlassung Augsburg
[[T:+49 821/7734402]]

---- Ursprüngliche Nachricht ----
Von: [[P:Tolga Karaca]] <[[E:tolga.karaca@gmail.com]]>
Gesendet: Montag, 2. Februar 2026 17:41

Hallo [[P:Ulrike]], anbei meine Abrechnung, Kostenstelle 4410. Kilometer laut Tabelle: 412.
VG [[P:Tolga]]`,
  },
  {
    lang: 'de',
    kind: 'chat',
    source: `[[P:Marcin Pawlak]]  09:41
@[[P:Kaveh]] kannst du die Rechnung für Kunde 10883 nochmal ziehen?

[[P:Kaveh Rostami]]  09:43
klar, kommt gleich. Build {{VER}} ist übrigens live

[[P:Marcin Pawlak]]  09:44
👍 danke`,
  },
  {
    lang: 'de',
    kind: 'letter',
    source: `Saltmarsh & Pryce Solicitors LLP, Zweigniederlassung Frankfurt, Neue Mainzer Straße 52, 60311 Frankfurt am Main

An
Herrn [[P:Babatunde Akinola]]
[[ADDR:Zur Alten Mühle 2
53111 Bonn]]

Frankfurt am Main, 4. März 2026

Nachlasssache [[P:Adeleke]] – Az. 26/0412

Sehr geehrter Herr [[P:Akinola]],

in der Nachlasssache Ihrer verstorbenen Tante, Frau [[P:Folake Adeleke]], geb. [[DOB:02.01.1944]], bitten wir um Übersendung einer Kopie Ihres Reisepasses (Nr. [[PASS]]).

Mit freundlichen Grüßen
[[P:Charlotte Pickering]]
Rechtsanwältin`,
  },
  {
    lang: 'de',
    kind: 'form',
    source: `Antrag auf Kindergeld – Anlage Kind

Angaben zum Kind
Vorname: [[P:Mateo]]
Familienname: [[P:Jiménez Herrera]]
Geburtsdatum: [[DOB:18.06.2019]]
Steuerliche Identifikationsnummer des Kindes: [[TAX]]

Angaben zur antragstellenden Person
Name: [[P:Carmen Herrera]]
Steuer-ID: [[TAX]]
Kontoverbindung: [[IBAN]]`,
  },
  {
    lang: 'de',
    kind: 'csv',
    source: `Datum	Uhrzeit	Benutzer	Aktion	Quell-IP
2026-02-11	07:58:02	[[P:Lehmann, Torsten]]	Anmeldung	[[IP:141.24.92.7]]
2026-02-11	08:12:44	[[P:Jankowska, Agnieszka]]	Export Kundenliste	[[IP:79.211.4.160]]
2026-02-11	08:13:01	system	Backup gestartet	10.0.0.4
2026-02-11	09:30:17	[[P:Lehmann, Torsten]]	Abmeldung	[[IP:141.24.92.7]]`,
  },
  {
    lang: 'de',
    kind: 'ticket',
    source: `Support-Anfrage über Kontaktformular

Name: [[P:Eszter Horváth]]
E-Mail: [[E:horvath.eszter@icloud.com]]
Bestellnummer: {{ORDER}}
Nachricht:
Hallo, meine Bestellung ist laut Sendungsverfolgung ({{PARCEL}}) seit einer Woche im Verteilzentrum. Können Sie nachforschen? Ich bin tagsüber unter [[T:+43 664 2281937]] erreichbar (wohne in Österreich).
Danke, [[P:Eszter]]`,
  },
  {
    lang: 'de',
    kind: 'hr-form',
    source: `Änderungsmitteilung Bankverbindung

Mitarbeiter/in: [[P:Rodel Bautista]]   Personalnr.: 20417
Neue IBAN: [[IBAN]]
Kontoinhaber/in: [[P:Rodel Bautista]]
Gültig ab Abrechnungsmonat: 03/2026

Bielefeld, 18.02.2026       Unterschrift: [[P:R. Bautista]]`,
  },
  {
    lang: 'de',
    kind: 'patient-form',
    source: `Ostsee Dental MVZ GmbH – Anamnesebogen

1. Persönliche Angaben
Name  [[P:Dasom Kwon]]
Geburtsdatum  [[DOB:25.08.1969]]
Anschrift  [[ADDR:Heinrich-Heine-Str. 60, 18055 Rostock]]
Telefon  [[T:0381 20 44 17 3]]
Versichert bei  TK, Versichertennummer liegt als Karte vor

2. Allgemeine Gesundheit
Blutverdünner?  nein
Diabetes?  ja, Typ 2
Letzte Röntgenaufnahme  2024`,
  },
  {
    lang: 'de',
    kind: 'minutes',
    source: `Ergebnisprotokoll Eigentümerversammlung WEG Goethestraße 8, Heidelberg
Datum: 19.01.2026, Beginn 18:30 Uhr, Ende 20:10 Uhr
Versammlungsleitung: Havelkamp Immobilienverwaltung (Frau [[P:Gesa Lorenz]])
Anwesende Eigentümer: 7 von 9 (Vollmacht für Herrn [[P:Jaber]] an Frau [[P:Lucía Muñoz]])

Beschluss 1: Die Jahresabrechnung 2025 wird genehmigt (7 Ja, 0 Nein).
Beschluss 2: Angebot der Firma Kiefer Elektrotechnik e.K. über 4.820,00 EUR für die Erneuerung der Klingelanlage wird angenommen.
Beschluss 3: Herr [[P:Lambrou]] übernimmt die Rechnungsprüfung.`,
  },
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Von: noreply@weserland-versicherung.de
An: [[E:ruiz.j@mailbox.org]]
Betreff: Ihr Online-Postfach: neues Dokument

Sehr geehrter Herr [[P:Ruiz]],

in Ihrem Online-Postfach liegt ein neues Dokument: Beitragsrechnung 2026 zum Vertrag KV-2290411.

Dies ist eine automatisch erzeugte E-Mail, bitte antworten Sie nicht darauf.
Weserland Versicherung AG · Vorstand: Dr. [[P:H. Brandes]] (Vors.) · Sitz Bremen · HRB 4471 Amtsgericht Bremen`,
  },
  {
    lang: 'de',
    kind: 'form',
    source: `Anmeldung Volkshochschule Kassel – Kurs 26F-2104 „Spanisch A2“

Teilnehmer/in
Vor- und Zuname: [[P:Siavash Naderi]]
Geburtsjahr: 1963
Straße: [[ADDR:Wilhelmstr. 5
34117 Kassel]]
Telefon: [[T:0561 703 81 22]]
E-Mail: [[E:naderi.s@web.de]]

Zahlungsweise: SEPA-Lastschrift, IBAN [[IBAN]]
Gläubiger-Identifikationsnummer der VHS: {{CRED}}`,
  },
  {
    lang: 'de',
    kind: 'chat',
    source: `*** [[P:jaeger]] hat #lager betreten
<[[P:jaeger]]> moin, wer hat den Stapler 3 zuletzt gehabt?
<[[P:Yaw]]> ich, bis 14 Uhr
<[[P:jaeger]]> Batterie ist leer, bitte immer an die Ladestation
<[[P:Yaw]]> sorry, mach ich
*** [[P:Yaw]] hat #lager verlassen`,
  },
  {
    lang: 'de',
    kind: 'insurance-claim',
    source: `Kfz-Schadenanzeige

Unfalltag/-zeit: 12.02.2026, 07:45
Unfallort: Kreuzung Weidenweg/Goethestraße, Bielefeld

Fahrer/in des versicherten Fahrzeugs: [[P:Nikhil Desai]], geb. [[DOB:11.11.1988]]
Führerschein-Nr.: B072K91388
Unfallgegner/in: [[P:Aurélie Faure]], [[ADDR:Goethestraße 33, 33602 Bielefeld]], Tel. [[T:0521 9621 04]]
Kennzeichen Gegner: BI-AF 2203
Polizei vor Ort: ja, Tagebuchnummer 0412/26`,
  },
  {
    lang: 'de',
    kind: 'letter',
    source: `Finanzamt Bielefeld-Innenstadt · Ravensberger Straße 90 · 33607 Bielefeld

Herrn
[[P:Gustavo Cardoso]]
[[ADDR:Am Lerchenfeld 9
33602 Bielefeld]]

Steuernummer 305/5021/8841 · Identifikationsnummer [[TAX]]

Bielefeld, den 10.02.2026

Erinnerung: Einkommensteuererklärung 2024

Sehr geehrter Herr [[P:Cardoso]],
nach unseren Unterlagen liegt Ihre Erklärung noch nicht vor. Bitte reichen Sie sie bis zum 31.03.2026 ein.

Mit freundlichen Grüßen
Ihr Finanzamt`,
  },
  {
    lang: 'de',
    kind: 'ticket',
    source: `JIRA OPS-2281: Fehler beim Import der Lohndaten
Reporter: [[P:Malte Kühn]]
Assignee: [[P:Jiayi Feng]]
Affects Version: {{VER}}
Environment: prod-de-2

Beim Import der Datei lohn_2026_02.csv bricht der Job mit "invalid IBAN format" ab. Betroffen ist laut Log Zeile 117 (Mitarbeiter [[P:Krawczyk]]).

Kommentar [[P:Jiayi Feng]]: Ursache war ein Leerzeichen am Zeilenende, Fix in {{VER}}.`,
  },
  {
    lang: 'de',
    kind: 'school-letter',
    source: `Grundschule Am Sonnenhang · Kassel

Zeugnis – Halbjahr 2025/26
Schülerin: [[P:Wiktoria Zając]]   geboren am [[DOB:06.04.2016]]   Klasse 3a

Arbeits- und Sozialverhalten: [[P:Wiktoria]] arbeitet konzentriert und hilft anderen Kindern gern.
Deutsch: gut · Mathematik: sehr gut · Sachunterricht: gut

Versäumte Tage: 2, davon unentschuldigt: 0
Kassel, 30.01.2026     Klassenlehrerin: [[P:Kerstin Jäger]]`,
  },
  {
    lang: 'de',
    kind: 'notice',
    source: `Aushang – Wartungsarbeiten

Am Dienstag, 17.03.2026, wird zwischen 9:00 und 12:00 Uhr die Heizungsanlage gewartet.
In dieser Zeit steht kein Warmwasser zur Verfügung.
Bitte sorgen Sie dafür, dass die Kellerräume zugänglich sind.

Ihre Hausverwaltung
Havelkamp Immobilienverwaltung GmbH & Co. KG, Am Kanal 3, 14467 Potsdam, Tel. 0331 200 40 0`,
  },
  {
    lang: 'de',
    kind: 'invoice',
    source: `Gutschrift GS-2026-0088 zu Rechnung 2026-0417
Datum: 24.02.2026

Aufgrund der Reklamation vom 21.02.2026 schreiben wir 77,80 EUR gut (Pos. 1, Artikel {{SKU}}).
Die Gutschrift wird mit der nächsten Lastschrift verrechnet. Gläubiger-ID {{CRED}}, Mandatsreferenz M-10883-01.

Kiefer Elektrotechnik e.K. · Amtsgericht Bielefeld HRA 17702`,
  },
  {
    lang: 'de',
    kind: 'minutes',
    source: `Kurzprotokoll Jour fixe IT-Betrieb, 03.03.2026

Themen:
1. Release {{VER}} am 10.03. – Rollback-Plan liegt im Wiki.
2. Zertifikatswechsel Mailserver am 12.03. zwischen 22:00 und 23:00 Uhr.
3. Ticketstau im 1st Level: Vertretungsregelung bleibt bis Ende März.

Nächster Termin: 17.03.2026, 10:00 Uhr (Teams)`,
  },
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Hallo [[P:Xiaowen]],

vielen Dank für das nette Gespräch gestern! Wie besprochen brauche ich für den Vertrag noch:
- Kopie des Personalausweises (Vorder- und Rückseite)
- Ihre Steuer-ID
- Ihre Sozialversicherungsnummer

Sie können die Daten gern auch telefonisch durchgeben: [[T:+49 251 3318 770]].

Viele Grüße aus Münster
[[P:Birgit Lehmann]]

> Am 05.03.2026 schrieb [[P:Xiaowen Wu]] <[[E:xiaowen.wu@gmail.com]]>:
> Liebe Frau [[P:Lehmann]], meine Steuer-ID ist [[TAX]], Ausweisnummer [[ID]]. Die SV-Nummer reiche ich nach.
> Beste Grüße, [[P:Xiaowen Wu]]`,
  },
  {
    lang: 'de',
    kind: 'form',
    source: `Vollmacht

Hiermit bevollmächtige ich, [[P:Jomar Reyes]], geboren am [[DOB:14. Oktober 1981]], wohnhaft [[ADDR:Brunnengasse 20, 99084 Erfurt]],

Frau [[P:Rowena Reyes]], geboren am [[DOB:01.12.1983]],

mich gegenüber der Deutschen Rentenversicherung in allen Angelegenheiten zu vertreten (Versicherungsnummer [[SV]]).

Erfurt, 27.02.2026
[[P:Jomar Reyes]]`,
  },
  {
    lang: 'de',
    kind: 'chat',
    source: `Microsoft Teams – Chat „Vertrieb Nord“

[[P:Schäfer, Jürgen]] 11:02
Hat jemand die Kontaktdaten vom neuen Einkäufer bei Ironbridge?

[[P:Medina, Raúl]] 11:05
Ja: [[P:Harry Walker]], [[E:harry.walker@ironbridge.co.uk]], [[T:+44 20 7946 0321]]

[[P:Schäfer, Jürgen]] 11:05
Super, danke dir!`,
  },
  {
    lang: 'de',
    kind: 'bank-letter',
    source: `Volksbank Ruhr Mitte eG

Kontoauszug Nr. 2/2026 · Seite 1 von 1
Kontoinhaber: [[P:Levente Szabó]]
IBAN: [[IBAN]] · BIC GENODEM1GBU

Buchungstag  Wert    Vorgang                                           Betrag
02.02.       02.02.  Lastschrift Weserland Versicherung AG, Gläubiger-ID {{CRED}}   -48,20
05.02.       05.02.  Gutschrift Gehalt Clearwater Payroll Services Ltd              2.310,44
09.02.       09.02.  Kartenzahlung REWE Markt Bochum                                -63,17

Neuer Saldo: 4.102,87 EUR`,
  },
  {
    lang: 'de',
    kind: 'delivery-note',
    source: `Versandbestätigung

Ihre Bestellung {{ORDER}} vom 01.03.2026 wurde versendet.
Sendungsnummer: {{PARCEL}}
Voraussichtliche Zustellung: Mittwoch, 04.03.2026

Lieferadresse: Packstation 118, 53111 Bonn

Artikel: {{SKU}} Wanderschuh Gr. 43 – 1 Stück
Zahlungsart: Rechnung, zahlbar innerhalb von 14 Tagen`,
  },
  {
    lang: 'de',
    kind: 'incident-report',
    source: `Unfallmeldung (Betrieb)

Verletzte Person: [[P:Kofi Asante]], Lagerist, Personalnr. 30881
Geburtsdatum: [[DOB:23.03.1979]]
Unfallzeit: 26.02.2026, 13:20 Uhr, Halle 2, Regal C14
Hergang: Beim Absetzen einer Palette rutschte Herr [[P:Asante]] auf nassem Boden aus und prellte sich das Knie.
Ersthelfer: [[P:Bence Tóth]]
Durchgangsarzt: Dr. [[P:Marsh]], Klinikum Kassel
Meldung an BG erfolgt am 27.02.2026 durch [[P:Anke Dietrich]] (Personalabteilung).`,
  },
  {
    lang: 'de',
    kind: 'tenancy',
    source: `Betriebskostenabrechnung 2025

Mieter: [[P:Roya Shirazi]] und [[P:Omid Shirazi]]
Wohnung: [[ADDR:Zur Alten Mühle 2, EG rechts, 53111 Bonn]]
Abrechnungszeitraum: 01.01.2025 – 31.12.2025

Grundsteuer 312,40 · Müll 188,00 · Wasser 402,55 · Hausmeister 290,00
Summe: 1.192,95 EUR · Vorauszahlungen: 1.140,00 EUR
Nachzahlung: 52,95 EUR, fällig bis 31.03.2026

Bitte überweisen Sie auf unser Konto bei der Sparkasse KölnBonn; Verwendungszweck BK25-0207.`,
  },
  {
    lang: 'de',
    kind: 'cv',
    source: `Kurzprofil – [[P:Ama Boateng]]

Kontakt: [[E:ama.boateng@gmail.com]] | [[T:0152 29180044]]
Wohnort: [[ADDR:Sonnenhang 2, 66111 Saarbrücken]]
Geburtsdatum: [[DOB:19.05.1993]]

Schwerpunkte: Personalentwicklung, Onboarding, Arbeitsrecht
Stationen: Weserland Versicherung AG (2020–heute), Kiefer Elektrotechnik (2017–2020)
Referenz: [[P:Nigel Edwards]], ehem. Vorgesetzter, [[E:n.edwards@ironbridge.co.uk]]`,
  },
];
