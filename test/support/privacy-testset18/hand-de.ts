import type { HandSource } from './markup.js';

/**
 * Set 18's German hand-written documents: IT, telecom and media in Germany, Austria and
 * Switzerland (and a Polish customer in Germany), one kind each. Marks: ⁅code:value⁆ (see markup.ts).
 */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Störungsmeldung Glasfaser (Webformular)',
    source: `Störung melden – Glasnetz Mittelland
Eingang: 03.03.2025 07:41 | Vorgang INC4081733

Name: ⁅n:Ilsabe Tüshaus⁆
Anschlussadresse: ⁅h:Brockhagener Straße 71, 33649 Bielefeld⁆
Kundennummer: 500 771 203
Rückrufnummer: ⁅t:0521 4479 3312⁆
E-Mail: ⁅m:ilsabe.tueshaus@posteo.de⁆

Art der Störung: kein Internet, Telefon geht auch nicht
Router: FRITZ!Box 5590 Fiber, MAC 3C:A6:2F:81:0E:57
Seit wann: Sonntagabend, ca. 21 Uhr
Beschreibung: Die LED „Fiber“ blinkt rot. Der Bagger vor Hausnummer 65 hat am Freitag gegraben, vielleicht hängt es damit zusammen. Ich bin im Homeoffice und dringend auf den Anschluss angewiesen.

Terminwunsch Techniker: vormittags, Zugang zum Keller über Nachbarin Fr. ⁅n:Quakernack⁆ (EG links).`,
  },
  {
    lang: 'de',
    kind: 'Gesprächsnotiz Hotline Mobilfunk',
    source: `Gesprächsnotiz – Donaukabel Hotline, Team Mobilfunk
Datum: 11.02.2025, 14:05–14:19
Agent: ⁅n:Tone Kostner⁆ (Platz 27)

Anrufer: Hr. ⁅n:Pichlbauer⁆, Vertrag 4410-778-02, Rufnummer ⁅t:+43 664 3108842⁆
Anliegen: Roaming-Rechnung Jänner zu hoch (EUR 186,40), war in Serbien (Zone 2).
Verifiziert über Geburtsdatum (⁅b:17.09.1968⁆) und Adresse (⁅h:Annenstraße 12/4, 8020 Graz⁆).

Ergebnis: Kulanz 50 %, Gutschrift auf nächster Rechnung. Kunde wünscht künftig SMS-Warnung ab EUR 50 – aktiviert.
Rückfragen an ⁅n:Tone⁆ oder Teamleitung ⁅n:Vinatzer⁆, Durchwahl ⁅t:050 600 2710⁆.`,
  },
  {
    lang: 'de',
    kind: 'Tarifwechsel mit SEPA-Lastschriftmandat',
    source: `Funkbrücke Mobilfunk AG – Auftrag Tarifwechsel

Vertragsinhaber
Name, Vorname: ⁅n:Gerstlauer, Luitpold⁆
Geburtsdatum: ⁅b:02.11.1979⁆
Anschrift: ⁅h:Gerberstraße 18
73728 Esslingen am Neckar⁆
Rufnummer: ⁅t:0176 22931840⁆

Bisheriger Tarif: Funk S (5 GB) – neuer Tarif: Funk L Plus (40 GB, EU-Roaming), gültig ab 01.04.2025
Monatlicher Grundpreis: 29,99 EUR, Mindestlaufzeit 24 Monate

SEPA-Lastschriftmandat
Gläubiger-ID: DE98ZZZ09999999999 · Mandatsreferenz FB-2025-0419921
Kontoinhaber: ⁅n:Luitpold Gerstlauer⁆
IBAN: ⁅i:DE g⁆
BIC: SOLADES1ESS

Esslingen, 14.03.2025   Unterschrift: ⁅n:L. Gerstlauer⁆`,
  },
  {
    lang: 'de',
    kind: 'SIM-Tausch-Antrag mit Ausweisprüfung im Shop',
    source: `Antrag Ersatz-SIM / SIM-Tausch (Shop Leipzig Hauptbahnhof)

Rufnummer: ⁅t:0151 40922716⁆
Grund: [x] Verlust/Diebstahl  [ ] Defekt  [ ] Formatwechsel (eSIM)
Alte SIM (ICCID): 8949 2200 0031 4470 918
Neue SIM (ICCID): 8949 2200 0031 5582 264

Identitätsprüfung durch Mitarbeiter
Name: ⁅n:Radomiła Jastrzębska⁆
Geburtsdatum: ⁅b:23.06.1991⁆
Ausweisart: Personalausweis, Nr. ⁅k:⁆, gültig bis 08/2031
Abgleich Foto/Person: ok   Abgleich Vertragsdaten: ok

Hinweis: Sperre der alten Karte um 10:12 durch Hotline bestätigt (Ticket INC4471930). Neues Gerät: IMEI 356778114523096.
Bearbeitet von: ⁅n:Hiltrun Ohlendiek⁆, Shop 0347`,
  },
  {
    lang: 'de',
    kind: 'Portierungsauftrag Rufnummernmitnahme',
    source: `ALPENLINK – Portierungsauftrag (Rufnummernmitnahme zu Alpenlink)

Zu portierende Nummer(n): ⁅t:079 418 22 60⁆
Bisheriger Anbieter: Sunrise (Prepaid)
Gewünschtes Portierdatum: 31.03.2025

Angaben zur Inhaberin / zum Inhaber (wie beim bisherigen Anbieter registriert)
Name: ⁅n:Capaul⁆   Vorname: ⁅n:Uorschla⁆
Geburtsdatum: ⁅b:05.02.1984⁆
Adresse: ⁅h:Via Maistra 44, 7500 St. Moritz⁆
E-Mail für Bestätigung: ⁅m:uorschla.capaul@bluewin.ch⁆

Ich beauftrage Alpenlink, den bestehenden Vertrag zu kündigen und die Nummer zu übernehmen.
Ort, Datum: St. Moritz, 12.03.2025   Unterschrift: ⁅n:U. Capaul⁆`,
  },
  {
    lang: 'de',
    kind: 'Abuse-Meldung an Hosting-Provider mit Logauszug',
    source: `An: abuse@serverhof.de
Betreff: Brute-Force-Angriffe von Ihrem Netz (AS 64511)

Guten Tag,

seit gestern 22 Uhr sehen wir auf unserem Mailserver tausende fehlgeschlagene SMTP-AUTH-Versuche aus Ihrem Adressbereich. Auszug aus dem Log (Zeiten UTC):

2025-03-09T22:14:07Z postfix/smtpd[2211]: warning: unknown[⁅a:185.231.17.44⁆]: SASL LOGIN authentication failed
2025-03-09T22:14:09Z postfix/smtpd[2211]: warning: unknown[⁅a:185.231.17.44⁆]: SASL LOGIN authentication failed
2025-03-09T22:15:51Z postfix/smtpd[2304]: warning: unknown[⁅a:185.231.17.61⁆]: SASL LOGIN authentication failed
2025-03-10T01:02:33Z postfix/smtpd[3170]: warning: unknown[⁅a:2a0f:85c1:3b2:17::9⁆]: SASL LOGIN authentication failed

Betroffener Server: ⁅a:91.198.44.20⁆ (mx1.kanzlei-wehrle.de). Wir bitten um Prüfung und Abstellung.

Mit freundlichen Grüßen
⁅n:Bendix Hellwege⁆
IT-Betreuung Kanzlei Wehrle
⁅t:+49 761 20 8811 40⁆`,
  },
  {
    lang: 'de',
    kind: 'DSGVO-Auskunftsersuchen an Streamingdienst',
    source: `Auskunftsersuchen nach Art. 15 DSGVO

An: Datenschutzbeauftragte/r, Tonspur Streaming GmbH, Schlesische Straße 27, 10997 Berlin
per E-Mail an datenschutz@tonspur-streaming.de

Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich verarbeiten, zu welchen Zwecken, an wen Sie sie weitergegeben haben (insbesondere Werbepartner) und wie lange Sie sie speichern. Bitte schließen Sie die Hörhistorie und die Geräte-Kennungen ein.

Zur Identifikation:
⁅n:Trautlinde Zinsmeister⁆
⁅h:Schlehenweg 9, 87435 Kempten⁆
Konto-E-Mail: ⁅m:t.zinsmeister@mailbox.org⁆
geboren am ⁅b:30. Mai 1958⁆

Bitte antworten Sie innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
⁅n:Trautlinde Zinsmeister⁆`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Zeitungsabonnement per Brief',
    source: `⁅n:Theodolinde Pirchner⁆
⁅h:Stifterstraße 30
4020 Linz⁆

An den Leserservice
Oberösterreichische Rundschau
Promenade 23, 4010 Linz

Linz, am 2. März 2025

Kündigung meines Abonnements, Abo-Nr. 0077-412-9

Sehr geehrte Damen und Herren,

hiermit kündige ich mein Abonnement der Wochenendausgabe (Print) fristgerecht zum 30. Juni 2025. Das Digital-Abo meines Sohnes ⁅n:Rochus⁆ läuft über ein eigenes Konto und bleibt bestehen.

Bitte bestätigen Sie die Kündigung schriftlich oder per Mail an ⁅m:theodolinde.pirchner@aon.at⁆. Tagsüber erreichen Sie mich unter ⁅t:0732 77 14 08⁆.

Mit freundlichen Grüßen
⁅n:Theodolinde Pirchner⁆`,
  },
  {
    lang: 'de',
    kind: 'Leserbriefe (Zeitungsseite)',
    source: `LESERBRIEFE

Mobilfunkantenne auf dem Schulhaus
Zum Artikel «Gemeinde sagt Ja zur 5G-Antenne» vom 4. März
Ich verstehe nicht, warum der Gemeinderat die Bedenken der Eltern so leichtfertig abtut. Eine unabhängige Messung vor und nach der Inbetriebnahme wäre das Mindeste.
⁅n:Flurin Cavelty⁆, Ilanz

Fernsehgebühren
Wer heute noch linear fernsieht, ist eine Minderheit. Die Gebühr sollte sich nach der tatsächlichen Nutzung richten und nicht nach dem Haushalt.
⁅n:Kläri Oppliger-Rytz⁆, Langnau i. E.

Richtigstellung
In der Ausgabe vom 6. März wurde ⁅n:Giachen Tomaschett⁆ irrtümlich als Präsident des Skiclubs bezeichnet. Er ist Vizepräsident. Wir bitten um Entschuldigung. (Red.)

Leserbriefe bitte mit vollständiger Adresse an leserbriefe@engadiner-bote.ch. Die Redaktion behält sich Kürzungen vor.`,
  },
  {
    lang: 'de',
    kind: 'Einverständniserklärung Interview (Rundfunk)',
    source: `Wellenreiter Radio – Einverständniserklärung Interview / O-Ton

Sendung: „Feierabend digital“ – Folge 112 „Senioren im Netz“
Aufnahme am: 19.02.2025, Ort: Seniorentreff Bautzen

Interviewte Person
Name: ⁅n:Hilžbjeta Brězan⁆
Anschrift: ⁅h:Töpfergasse 6, 02625 Bautzen⁆
Telefon: ⁅t:03591 48 27 66⁆
Geburtsdatum (freiwillig): ⁅b:12.08.1947⁆

Ich bin damit einverstanden, dass das mit mir geführte Interview (Ton, ggf. Foto) in der Sendung, im Podcast und in der Mediathek veröffentlicht wird. Mein Name darf [x] vollständig [ ] nur mit Vornamen genannt werden. Die Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.

Redakteurin: ⁅n:Talke Vollbrecht⁆, ⁅m:t.vollbrecht@wellenreiter-radio.de⁆
Unterschrift: ⁅n:H. Brězan⁆`,
  },
  {
    lang: 'de',
    kind: 'Post-Mortem Rechenzentrumsausfall (ohne Personendaten)',
    source: `Post-Mortem: Ausfall Storage-Cluster FRA2-B am 18.02.2025

Zusammenfassung
Zwischen 03:12 und 05:47 Uhr MEZ waren 14 % der virtuellen Server im Rechenzentrum FRA2 nicht erreichbar. Ursache war ein fehlerhaftes Firmware-Update der NVMe-Controller (Version 2.4.1), das beim Neustart zweier Storage-Knoten die Metadaten-Partition nicht einband.

Ablauf
03:12 Monitoring meldet I/O-Timeouts auf stor-b-07 und stor-b-09
03:20 Bereitschaft eskaliert an Storage-Team, Incident INC5530218 eröffnet
04:05 Rollback der Firmware auf 2.3.9 auf beiden Knoten
05:47 Alle Volumes wieder konsistent, Kundensysteme gestartet

Maßnahmen
1. Firmware-Updates nur noch gestaffelt, höchstens ein Knoten pro Wartungsfenster (Owner: Team Storage).
2. Synthetischer Lesetest nach jedem Neustart, bevor der Knoten wieder Last erhält.
3. Statusseite wird künftig innerhalb von 15 Minuten aktualisiert (heute: 41 Minuten).

Es sind keine Daten verloren gegangen.`,
  },
  {
    lang: 'de',
    kind: 'Wartungsankündigung Statusseite (ohne Personendaten)',
    source: `Geplante Wartung – Kabelnetz Region Steiermark

Wann: Dienstag, 25.03.2025, 00:30 bis 05:00 Uhr
Betroffen: Internet und Kabel-TV in den Postleitzahlbereichen 8010–8054, Telefonie ab 02:00 Uhr für bis zu 20 Minuten

Was wir machen: Wir tauschen die CMTS-Plattform im Headend Graz-Süd und erweitern die Kapazität im Upstream (DOCSIS 3.1). Ihr Modem startet dabei automatisch neu, Sie müssen nichts tun.

Status: geplant · Referenz CHG-2025-0311
Aktualisierungen folgen auf dieser Seite. Wir danken für Ihr Verständnis.`,
  },
  {
    lang: 'de',
    kind: 'Versionshinweise Helpdesk-Software (ohne Personendaten)',
    source: `Versionshinweise TicketWerk 5.12.0 (Build 9f3a2c1), 10.03.2025

Neu
- Automatische Zuordnung von Tickets nach Sprache (DE, EN, PL)
- SLA-Ampel im Dashboard, konfigurierbar pro Warteschlange
- REST-API: Endpunkt /v2/tickets/{id}/merge

Geändert
- Mindestversion PostgreSQL 14 (vorher 12)
- Anhänge größer 25 MB werden abgelehnt statt abgeschnitten

Behoben
- CVE-2025-21877: gespeichertes XSS im Betreff-Feld
- Zeitzonenfehler bei Eskalationen während der Zeitumstellung
- Import aus CSV brach bei Semikolon im Betreff ab

Upgrade-Hinweis: Vor dem Update von 5.10.x Migration 0087 ausführen.`,
  },
  {
    lang: 'de',
    kind: 'Preisliste Mobilfunk-Abos (ohne Personendaten)',
    source: `Alpenlink Mobile – Preisliste gültig ab 1. April 2025 (Preise in CHF, inkl. MWST)

Abo          | Daten CH   | Roaming EU     | Preis/Monat
-------------|------------|----------------|------------
Alpen S      | 10 GB      | –              | 19.90
Alpen M      | unlimitiert| 2 GB           | 39.90
Alpen L      | unlimitiert| 20 GB          | 59.90
Alpen Youth  | unlimitiert| 5 GB           | 24.90

Zusatzoptionen: Multi-SIM 5.–/Monat, eSIM-Wechsel gratis, Ersatz-SIM 40.–
Aktivierungsgebühr entfällt bei Online-Abschluss. Mindestvertragsdauer 12 Monate.
Alle Preise unter Vorbehalt von Druckfehlern.`,
  },
  {
    lang: 'de',
    kind: 'Honorarabrechnung freie Journalistin',
    source: `Honorarabrechnung (Gutschrift) Nr. HA-2025-0219

Stadtanzeiger Verlag KG, Redaktion Lokales, Am Markt 4, 34117 Kassel

Empfängerin: ⁅n:Heidtrud Niebergall⁆
⁅h:Wilhelmshöher Allee 212
34119 Kassel⁆
Steuer-ID: ⁅x:g⁆
Steuernummer: 026 812 40917 (Kleinunternehmerin nach § 19 UStG)
Rentenversicherungsnummer (KSK): ⁅s:14081972 Niebergall f⁆
geb. ⁅b:14.08.1972⁆

Leistungen Februar 2025
- Bericht „Funkloch Habichtswald“, 5.200 Zeichen ........ 286,00 EUR
- Fotos (3) ................................................ 90,00 EUR
- Interview Bürgermeister, Abschrift ........................ 60,00 EUR
Summe ...................................................... 436,00 EUR

Auszahlung auf: ⁅i:DE g⁆
Rückfragen: Honorarbuchhaltung, ⁅t:0561 70 44-318⁆`,
  },
  {
    lang: 'de',
    kind: 'Personalbogen Neueinstellung IT-Systemhaus',
    source: `PERSONALBOGEN – Bitcraft Systemhaus GmbH (vertraulich)

Eintritt: 01.04.2025 · Position: Systemadministrator 2nd Level · Standort Erfurt

Name: ⁅n:Ostendorp⁆   Vorname: ⁅n:Onno⁆   Geburtsname: ⁅n:Ostendorp⁆
geboren am: ⁅b:19.12.1994⁆ in Meppen
Anschrift: ⁅h:Am Kreuzacker 3, 99084 Erfurt⁆
Mobil privat: ⁅t:0160 9173 2285⁆
E-Mail privat: ⁅m:onno.ostendorp@freenet.de⁆

Steuer-Identifikationsnummer: ⁅x:⁆   Steuerklasse I, Kinderfreibetrag 0
Sozialversicherungsnummer: ⁅s:19121994 Ostendorp m⁆
Krankenkasse: AOK Plus
Bankverbindung: ⁅i:DE⁆
Personalausweis: ⁅k:⁆ (Kopie liegt vor, Prüfung durch HR am 24.03.)

Notfallkontakt: ⁅n:Gretje Ostendorp⁆ (Schwester), ⁅t:0591 912 30 44⁆`,
  },
  {
    lang: 'de',
    kind: 'Live-Chat-Protokoll SaaS-Support',
    source: `Chat-Transkript – CloudKasse Support
Gestartet: 07.03.2025 16:02 · Besucher-IP: ⁅a:46.114.201.87⁆ · Browser: Chrome 134 / Windows

16:02 Bot: Hallo! Worum geht es?
16:02 Besucher: Kassenabschluss lässt sich nicht drucken
16:03 ⁅n:Amudha⁆ (Support): Hallo, ich bin ⁅n:Amudha⁆. Unter welchem Konto sind Sie angemeldet?
16:03 Besucher: ⁅m:info@eiscafe-venezia-hof.de⁆, Inhaber ⁅n:Ojep Senoner⁆
16:05 ⁅n:Amudha⁆ (Support): Danke. Der Bondrucker meldet „offline“. Bitte einmal aus- und einschalten und dann unter Einstellungen › Geräte › Testdruck.
16:08 Besucher: geht wieder!! danke
16:08 ⁅n:Amudha⁆ (Support): Gern. Falls es wieder passiert: Hotline 0800 724 0 724. Schönen Feierabend!
Chat beendet 16:09 · Bewertung: 5/5`,
  },
  {
    lang: 'de',
    kind: 'Onboarding-Checkliste MSP Neukunde',
    source: `Onboarding Neukunde – Zahnarztpraxis Dr. Wurzinger, Salzburg
MSP: Netzwärts IT-Service e.U. · Projekt ONB-2025-014

Ansprechpersonen Kunde
- Praxisinhaberin: Dr. ⁅n:Agathe Wurzinger⁆, ⁅t:0662 87 33 10⁆, ⁅m:ordination@zahnarzt-wurzinger.at⁆
- Praxismanagerin: ⁅n:Gismunda Kienberger⁆, mobil ⁅t:0676 412 08 93⁆
- Externe Abrechnung: Mag. ⁅n:Sebald Haselsteiner⁆ (Steuerberatung), ⁅m:s.haselsteiner@stb-haselsteiner.at⁆

Checkliste
[x] Vertrag und AV-Vertrag unterschrieben
[x] Inventur: 6 Arbeitsplätze, 1 Server (Hyper-V), NAS, 2 Röntgen-PCs (nicht patchen ohne Freigabe Hersteller!)
[ ] Firewall-Tausch, öffentliche IP ⁅a:83.164.151.18⁆ bleibt
[ ] Backup-Test nach 14 Tagen
[ ] Passwort-Safe anlegen, Admin-Zugänge rotieren

Zuständig MSP: ⁅n:Eustach Gritzner⁆`,
  },
  {
    lang: 'de',
    kind: 'Eskalations-E-Mail an Account Manager',
    source: `Von: ⁅n:Hanspeter Aebersold⁆ <⁅m:h.aebersold@aebersold-holzbau.ch⁆>
An: ⁅n:Linard Darms⁆ <⁅m:linard.darms@alpenlink.ch⁆>
Betreff: ESKALATION – Standleitung Werk Sarnen seit 3 Tagen gestört

Grüezi Herr ⁅n:Darms⁆

Ich muss leider eskalieren. Die Standleitung unseres Werks in Sarnen ist seit Montag gestört (Ticket INC5570218), die Produktion steht teilweise, weil die CNC-Daten nicht geladen werden. Ihre Hotline vertröstet uns von Tag zu Tag.

Ich erwarte bis morgen 10 Uhr einen verbindlichen Termin für die Entstörung und eine schriftliche Stellungnahme zur SLA-Verletzung. Erreichbar bin ich jederzeit auf ⁅t:079 330 17 42⁆.

Freundliche Grüsse
⁅n:Hanspeter Aebersold⁆
Geschäftsführer, Aebersold Holzbau AG`,
  },
  {
    lang: 'de',
    kind: 'Auftragsbestätigung Technikertermin',
    source: `Ihr Technikertermin ist bestätigt

Guten Tag Herr ⁅n:Quitzau⁆,

wir bestätigen Ihren Termin zur Installation des Glasfaser-Hausanschlusses:

Termin: Mittwoch, 19.03.2025, 12:00–16:00 Uhr
Adresse: ⁅h:Kirchsteig 14a, 18055 Rostock⁆
Auftrag: GF-HA-771042 · Techniker: ⁅n:Thies Pöppelmann⁆ (Partnerfirma Nordkabel)

Bitte sorgen Sie dafür, dass der Hausanschlussraum zugänglich ist. Ist der Termin nicht möglich, rufen Sie uns bitte bis 24 Stunden vorher an: ⁅t:0381 203 440 0⁆. Am Tag selbst meldet sich der Techniker ca. 30 Minuten vor Ankunft unter Ihrer Nummer ⁅t:0172 6600 418⁆.

Ihr Glasnetz-Team`,
  },
  {
    lang: 'de',
    kind: 'Gewinnspiel-Teilnehmerliste Radiosender',
    source: `Wellenreiter Radio – Gewinnspiel „Der goldene Kopfhörer“, Teilnehmer Woche 9 (Auszug)
Gewinnerauslosung am 03.03.2025, Aufsicht: ⁅n:Eilert Brachvogel⁆

Nr. | Name                    | geb.        | Ort          | Telefon
1   | ⁅n:Liutwin Sperlbaum⁆    | ⁅b:11.04.1989⁆ | Oldenburg    | ⁅t:0441 570 27 19⁆
2   | ⁅n:Okke Hohmeier⁆       | ⁅b:02.01.1962⁆ | Leer         | ⁅t:0157 3311 0452⁆
3   | ⁅n:Rieke Fiedelak⁆      | ⁅b:28.10.2001⁆ | Aurich       | ⁅t:0170 4128 771⁆
4   | ⁅n:Walram Gieseking⁆     | ⁅b:15.07.1975⁆ | Wilhelmshaven| ⁅t:04421 30 48 22⁆

Gewinner: Nr. 3. Benachrichtigung telefonisch durch Moderation am 04.03.
Datenlöschung der Nicht-Gewinner: 31.03.2025`,
  },
  {
    lang: 'de',
    kind: 'Hörerpost mit Musikwunsch',
    source: `Von: ⁅m:heli.strobelberger@gmx.at⁆
Betreff: Musikwunsch für Sonntag

Liebes Team von „Frühschoppen“,

mein Mann ⁅n:Friedebert⁆ hat am Sonntag 70. Geburtstag (er ist am ⁅b:9. März 1955⁆ in Neunkirchen geboren, noch dazu an einem Sonntag!). Könnt ihr ihm bitte „Schenkt man sich Rosen in Tirol“ spielen und einen Gruß von seiner ⁅n:Heli⁆ und den Enkerln ⁅n:Pia⁆ und ⁅n:Gerold⁆ ausrichten?

Wir hören euch jeden Sonntag beim Frühstück. Für Rückfragen: ⁅t:0664 251 88 03⁆.

Liebe Grüße aus Ternitz
⁅n:Helene Strobelberger⁆`,
  },
  {
    lang: 'de',
    kind: 'Druckauftrag Visitenkarten mit Druckdaten',
    source: `Druckhaus Kupferstich – Auftrag 2025-0633
Kunde: Hebammenpraxis Lindenhof, ⁅n:Dietlinde Rümmele⁆ (Bestellerin)
Lieferung an Praxis: Lindenhofweg 2, 48143 Münster

Produkt: Visitenkarten 85 × 55 mm, 400 g Naturkarton, 4/1-farbig, 250 Stück je Person
Korrekturabzug freigegeben am 06.03.2025 durch praxis@hebammen-lindenhof.de

Druckdaten Karte 1 (Vorderseite):
  ⁅n:Dietlinde Rümmele⁆ · Hebamme
  Mobil ⁅t:0152 0347 1188⁆
  ⁅m:d.ruemmele@hebammen-lindenhof.de⁆

Druckdaten Karte 2 (Vorderseite):
  ⁅n:Fenja Stuhlmacher⁆ · Hebamme, Stillberaterin IBCLC
  Mobil ⁅t:0159 0612 7740⁆
  ⁅m:f.stuhlmacher@hebammen-lindenhof.de⁆

Rückseite beide: Logo, Praxisadresse, www.hebammen-lindenhof.de`,
  },
  {
    lang: 'de',
    kind: 'Mahnung Mobilfunkrechnung',
    source: `Funkbrücke Mobilfunk AG · Postfach 10 12 33 · 44012 Dortmund

Herrn
⁅n:Gerwin Eickmeyer⁆
⁅h:Zum Sandberg 7
66111 Saarbrücken⁆

Kundennummer 3008-172-44 · Rechnung vom 05.02.2025

2. Mahnung

Sehr geehrter Herr ⁅n:Eickmeyer⁆,

leider konnten wir für die oben genannte Rechnung über 64,97 EUR keinen Zahlungseingang feststellen; die Lastschrift von Ihrem Konto wurde mit dem Rückgabegrund „Konto erloschen“ zurückgegeben. Bitte überweisen Sie den Betrag zuzüglich 5,00 EUR Mahngebühr bis zum 28.03.2025 auf unser Konto ⁅i:DE g⁆ (Verwendungszweck: 3008-172-44).

Nach Ablauf der Frist müssen wir Ihren Anschluss für abgehende Gespräche sperren. Fragen? ⁅t:0231 9876 0⁆

Mit freundlichen Grüßen
Forderungsmanagement`,
  },
  {
    lang: 'de',
    kind: 'Meldung einer Datenschutzverletzung an die Aufsichtsbehörde',
    source: `Meldung nach Art. 33 DSGVO – Online-Formular LfDI

Verantwortlicher: Serverhof Hosting GmbH, Hafenweg 12, 48155 Münster
Datenschutzbeauftragter: Dr. ⁅n:Eckhart Zumbusch⁆, dsb@serverhof.de, ⁅t:0251 39 77 45-90⁆
Ansprechpartnerin für Rückfragen: ⁅n:Rieke Lindecke⁆ (IT-Sicherheit), ⁅t:0251 39 77 45-12⁆

Art der Verletzung: Unbefugter Zugriff auf ein Support-Postfach
Zeitpunkt: 27.02.2025, bemerkt am 28.02.2025 09:30
Betroffene Personen: ca. 340 Kundinnen und Kunden
Betroffene Daten: Name, E-Mail-Adresse, Vertragsnummer, teilweise Rechnungsadresse; keine Zahlungsdaten
Angreifer-IP laut Log: ⁅a:193.42.33.107⁆

Maßnahmen: Passwort zurückgesetzt, MFA erzwungen, betroffene Personen am 03.03. informiert.`,
  },
  {
    lang: 'de',
    kind: 'Rückbuchung Spieleplattform (Chargeback-Prüfung)',
    source: `Chargeback-Fall CB-88127 – Pixelhafen Games (Payment Ops)

Transaktion: 14.02.2025 21:48, 79,99 EUR, Artikel „Season Pass Jahr 3“
Karte: ⁅c:s⁆ (Händlerbeleg vom PSP, unmaskiert – Fehler im Export, Ticket an PSP ist raus)
Konto: ⁅m:pixelfuchs88@web.de⁆, Spielername „pixelfuchs_88“
Karteninhaber laut Bank: ⁅n:Adelgund Mäule⁆
Login bei Kauf von IP ⁅a:79.221.46.9⁆ (Router des Haushalts, seit 2023 bekannt)

Einschätzung: Kauf vermutlich durch minderjähriges Kind im Haushalt („family fraud“). Karteninhaberin hat per Mail bestätigt, dass ihr Sohn das Konto nutzt.
Empfehlung: Chargeback nicht anfechten, Konto auf Jugendschutz-Einstellungen hinweisen.
Bearbeiterin: ⁅n:Erdmuthe Kächele⁆`,
  },
  {
    lang: 'de',
    kind: 'Altersverifikation Jugendschutz (Online-Ausweis)',
    source: `Pixelhafen Games – Altersverifikation (USK 18) · Prüfprotokoll

Verfahren: Online-Ausweisfunktion (eID) über Vertrauensdiensteanbieter
Konto: ⁅m:n.kubiczek@gmx.de⁆
Ergebnis: volljährig ✔

Übermittelte Daten (nur für die Prüfung, Löschung nach 30 Tagen):
Name: ⁅n:Kubiczek, Hubert⁆
Geburtsdatum: ⁅b:1999-01-06⁆
Dokumentnummer: ⁅k:⁆
Anschrift: ⁅h:Weidenkamp 22, 24103 Kiel⁆

Prüfung durchgeführt: 20.02.2025 18:31:07, Sitzungs-ID 5f1c-2d88-aa07`,
  },
  {
    lang: 'de',
    kind: 'Notfall-Telefonliste Serverraum (Aushang)',
    source: `NOTFALL-TELEFONLISTE SERVERRAUM UG – bitte nicht entfernen!

Bei Alarm (Temperatur, Wasser, USV) in dieser Reihenfolge anrufen:
1. Rufbereitschaft IT (24/7) ............ ⁅t:0170 998 12 12⁆
2. ⁅n:Gotthelf Wuttig⁆ (Leitung IT) ......... ⁅t:0171 4435 091⁆
3. ⁅n:Servatius Griesbeck⁆ (Haustechnik) ... ⁅t:0162 2108 336⁆
4. Klimawartung Frost & Partner ......... ⁅t:0911 47 08 50⁆

Schlüssel Serverraum: Pforte, Fach 4. Zugangscode Tür: beim Empfang erfragen.
Stand: 01/2025 · verantwortlich ⁅n:G. Wuttig⁆`,
  },
  {
    lang: 'de',
    kind: 'Umzugsmeldung Internetanschluss (Formular)',
    source: `Umzugsservice – Ihr Anschluss zieht mit

Kundin: ⁅n:Bogusława Pilarczyk⁆
Kundennummer: 6620041 · Vertrag DSL 100
Bisherige Adresse: ⁅h:Mühlbachstraße 41, 93047 Regensburg⁆
Neue Adresse: ⁅h:Hafermarkt 3, 90402 Nürnberg⁆ (2. OG, Name an der Klingel: ⁅n:Pilarczyk⁆/⁅n:Dudziak⁆)
Einzug am: 15.04.2025

Erreichbarkeit: ⁅t:+48 603 118 204⁆ (polnische Nummer, bitte zuerst WhatsApp) oder ⁅m:b.pilarczyk@o2.pl⁆
Mitbewohner: ⁅n:Sulisław Dudziak⁆

Hinweis vom System: Am neuen Standort ist nur DSL 50 verfügbar. Kundin wurde am 10.03. telefonisch informiert, Sonderkündigungsrecht nach § 60 TKG erläutert.`,
  },
  {
    lang: 'de',
    kind: 'Lebenslauf Bewerbung Systemadministration',
    source: `LEBENSLAUF

⁅n:Ezinne Nwogu⁆
⁅h:Gerberstraße 5, 01067 Dresden⁆
⁅t:+49 151 2874 0093⁆ · ⁅m:ezinne.nwogu@posteo.de⁆
geboren am ⁅b:4. Juli 1993⁆ in Enugu, Nigeria

Berufserfahrung
04/2021 – heute   Systemadministratorin, Elbnetz IT-Service GmbH, Dresden
                  Betreuung von 40 KMU-Kunden, Microsoft 365, Intune, Veeam
09/2017 – 03/2021 IT Support Engineer, Lagoon Telecom, Lagos
                  NOC 2nd Level, Monitoring mit Zabbix, Netzwerk (Cisco, MikroTik)

Ausbildung
2012 – 2016       B.Sc. Computer Science, University of Nigeria, Nsukka

Zertifikate: CCNA (2019), Microsoft 365 Administrator Expert (2023)
Sprachen: Englisch, Igbo (Muttersprachen), Deutsch C1

Referenzen auf Anfrage: ⁅n:Ekkehard Schwertlein⁆ (Teamleiter), ⁅t:0351 440 17 62⁆`,
  },
  {
    lang: 'de',
    kind: 'Presseakkreditierung Spielemesse',
    source: `Akkreditierungsantrag Presse – Spielwelt Expo Köln 2025

Medium: Pixelpost – Das Magazin für Spielkultur (Print + Online), Auflage 18.000
Antragsteller: ⁅n:Dankwart Bräuninger⁆, Chefredakteur
Geburtsdatum: ⁅b:26.03.1981⁆
Presseausweis-Nr.: DJV 2025/44871
Reisepass (für Sicherheitsbereich Fachbesuchertag): ⁅r:⁆
Kontakt: ⁅m:d.braeuninger@pixelpost-magazin.de⁆, ⁅t:0221 888 04 70⁆

Begleitung: ⁅n:Jófríður Hauksdóttir⁆ (Fotografin, freie Mitarbeiterin), ⁅m:jofridur@hauksdottir-foto.de⁆

Belegexemplar der letzten Ausgabe (ISSN 2191-4478, Heft 2/2025) liegt bei.`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde bei der Schlichtungsstelle Telekommunikation',
    source: `Antrag auf Schlichtung nach § 68 TKG

Antragstellerin: ⁅n:Hildebrand-Ostertag, Adelinde⁆
Anschrift: ⁅h:Auf der Heide 2, 34117 Kassel⁆
Telefon tagsüber: ⁅t:0561 47 33 012⁆   E-Mail: ⁅m:adelinde.ostertag@t-online.de⁆

Antragsgegner: Glasnetz Mittelland GmbH, Kundennummer 500 913 488

Sachverhalt: Seit dem Anbieterwechsel am 12.11.2024 funktioniert mein Festnetzanschluss (⁅t:0561 47 33 012⁆) nur zeitweise. Der alte Anbieter hat die Nummer freigegeben, der neue Anbieter schaltet sie nicht. Ich habe fünfmal angerufen (Tickets INC4912207, INC4930085) und zwei Beschwerdebriefe geschrieben. Als 81-Jährige bin ich auf das Telefon angewiesen, mein Hausnotruf läuft darüber.

Ich beantrage: sofortige Schaltung der Rufnummer, Entschädigung nach § 58 TKG für jeden Tag des Ausfalls.

Kassel, 01.03.2025 · ⁅n:A. Hildebrand-Ostertag⁆`,
  },
  {
    lang: 'de',
    kind: 'Gegendarstellung an eine Zeitschrift',
    source: `GEGENDARSTELLUNG

In der Ausgabe 7/2025 der Zeitschrift „Technik & Gesellschaft“ schreiben Sie auf Seite 34 im Artikel „Das Geschäft mit den Daten“, ich hätte als Geschäftsführer der Datenhof GmbH „Kundendaten an Werbenetzwerke verkauft“. Hierzu stelle ich fest: Die Datenhof GmbH hat zu keinem Zeitpunkt Kundendaten an Dritte verkauft oder weitergegeben.

Wien, 3. März 2025
Mag. ⁅n:Ottokar Gschnitzer⁆

Zustellung an: Redaktion „Technik & Gesellschaft“, z. H. Chefredaktion
Kopie an meinen Rechtsanwalt Dr. ⁅n:Koloman Tiefenbacher⁆, ⁅m:kanzlei@tiefenbacher-law.at⁆, ⁅t:+43 1 512 88 40⁆

Ich ersuche um Veröffentlichung in der nächsten erreichbaren Ausgabe an gleichwertiger Stelle gemäß § 13 MedienG.`,
  },
  {
    lang: 'de',
    kind: 'Domain-Inhaberwechsel (Registrar-Formular)',
    source: `Alpenlink Domains – Inhaberwechsel (Trade) für stickerei-imhof.ch

Bisherige Inhaberin
Name: ⁅n:Fränzi Imhof⁆
Adresse: ⁅h:Rosenbergstrasse 58, 9000 St. Gallen⁆
E-Mail: ⁅m:fraenzi.imhof@hispeed.ch⁆

Neuer Inhaber
Firma: Stickerei Imhof GmbH (CHE-114.882.031)
Vertreten durch: ⁅n:Röbi Tschanz⁆, Geschäftsführer
Adresse: Untere Gasse 7, 9000 St. Gallen
E-Mail: ⁅m:roebi.tschanz@stickerei-imhof.ch⁆, Telefon ⁅t:071 222 48 90⁆

Technischer Kontakt bleibt: Alpenlink Hosting (NIC-Handle ALP-TECH-1)
Nameserver: ns1.alpenlink.ch, ns2.alpenlink.ch (keine Änderung)

Beide Parteien bestätigen den Wechsel mit dem Autorisierungscode aus dem Kundenkonto.`,
  },
];
