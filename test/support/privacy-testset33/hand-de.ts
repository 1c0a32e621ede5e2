import type { HandSource } from './markup.js';

/** German hand-written documents of set 33, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Nutzermeldung Belästigung Dating-App',
    source: `Meldung #M-2026-118204 · Herzfunke (Android 7.14.2)
Gemeldet von: ⁅n:Gullbritt Hägerström⁆ (Nutzer-ID 40918823), Rückruf erbeten unter ⁅t:+49 176 4418290⁆
Gemeldetes Profil: "sonnenjäger_88" (Nutzer-ID 40551207)
Kategorie: Belästigung / unerwünschte Bilder

Freitext: Er schreibt mir seit dem Match jeden Abend, obwohl ich ihn blockiert habe – jetzt mit einem neuen Profil. Er kennt meinen Nachnamen und hat gedroht, bei meiner Arbeit anzurufen.

Moderation (Schicht B, ⁅n:Bonginkosi Mdletshe⁆): beide Profile gesperrt, Geräte-ID gesperrt, Fall an Team Sicherheit.`,
  },
  {
    lang: 'de',
    kind: 'Kontowiederherstellung Marktplatz',
    source: `Betreff: Zugang verloren – Konto "zenovia_vintage"

Hallo liebes Stöberplatz-Team,

ich komme nicht mehr in mein Konto, weil mein altes Postfach ⁅m:zenovia.p@web.de⁆ gelöscht ist. Neue Adresse: ⁅m:z.parvanescu@gmx.de⁆.
Zur Prüfung: Ich heiße ⁅n:Zenovia Pârvănescu⁆, geboren ⁅b:03.11.1991⁆, meine Handynummer im Konto endet auf …17, die neue ist ⁅t:0157 3318 2044⁆.
Letzte Bestellung war ein Kinderwagen, Bestellnr. 4471-208331.

Danke und viele Grüße
⁅n:Zenovia Pârvănescu⁆`,
  },
  {
    lang: 'de',
    kind: 'Altersprüfung Wettanbieter mit Ausweis',
    source: `Quotenhaus – Altersverifikation (manuelle Prüfung)
Kunde: ⁅n:Pfandlbauer, Schorsch⁆ · Konto QH-7720931
Dokument: deutscher Personalausweis Nr. ⁅k:⁆ (Kunde wohnt in Österreich, Ausweis aus Zeit in München)
Geburtsdatum laut Dokument: ⁅b:14. März 1996⁆ – volljährig
Wohnanschrift: ⁅h:Lendkai 31, 8020 Graz⁆ (Meldezettel liegt vor)
Ergebnis: bestanden · Prüferin ⁅n:Rudolfine Ebenberger⁆, 12.02.2026 14:08`,
  },
  {
    lang: 'de',
    kind: 'Anwaltliches Auskunftsersuchen für Mandantin',
    source: `Kanzlei Rauchegger · Rechtsanwältin Dr. ⁅n:Herlinde Rauchegger⁆
⁅h:Kaiserstraße 58, 1070 Wien⁆ · ⁅m:office@rauchegger-recht.at⁆ · ⁅t:+43 1 5230417⁆

An: Plauderplatz GmbH, Datenschutz, Torstraße 110, 10119 Berlin (datenschutz@plauderplatz.de)

Betreff: Auskunft gem. Art. 15 DSGVO für Frau ⁅n:Zenta Wieshofer⁆, geb. ⁅b:22.07.1984⁆

Namens meiner Mandantin verlange ich Auskunft über sämtliche zu ihrem Konto (E-Mail ⁅m:zenta.wieshofer@gmx.at⁆) verarbeiteten Daten, insbesondere über Meldungen Dritter und die Gründe der Sperre vom 3. Februar. Vollmacht anbei.

Mit freundlichen Grüßen
⁅n:H. Rauchegger⁆`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Löschlauf ohne Personenbezug',
    source: `Löschlauf Art. 17 – Monatsprotokoll März
Job: erasure-batch-2026-03 · Start 01.03. 02:00 · Ende 01.03. 03:41
Konten gelöscht: 1.204 (davon 311 auf Antrag, 893 nach 24 Monaten Inaktivität)
Ausnahmen: 17 Konten wegen laufender Behördenverfahren gesperrt, 4 wegen offener Rückbuchungen
Backups: Löschung in Snapshots nach 35 Tagen (Rotation), Vermerk im Verarbeitungsverzeichnis Nr. 14
Fehler: 2 Timeouts im Medienspeicher, Nachlauf am 02.03. erfolgreich
Freigabe: Team Datenschutz`,
  },
  {
    lang: 'de',
    kind: 'Chargeback-Fallnotiz Marktplatz',
    source: `Fall CB-553019 · Markthalle24 · Betrag 389,00 EUR · Grund: 10.4 Fraud – Card Absent
Karte: ⁅c: ⁆ · Karteninhaber laut Bank: ⁅n:Ilarion Vlădăreanu⁆
Bestellung aus ⁅a:91.64.187.23⁆ (Kabel-Anschluss Köln), Lieferung an Packstation 117, 50672 Köln, Empfänger "⁅n:I. Vlădăreanu⁆"
Das Kundenkonto lief auf ⁅m:ilarion.vladareanu@yahoo.com⁆, angelegt zwei Stunden vor der Bestellung.
Einschätzung ⁅n:Sbongakonke Ngcamu⁆ (Fraud Ops): echter Karteninhaber, Konto vermutlich mit gestohlenen Daten – Rückbuchung akzeptieren.`,
  },
  {
    lang: 'de',
    kind: 'Analyse Betrugsring Verkäuferkonten',
    source: `Betrugsring "Konsolen-Vorkasse" – Zwischenstand 17.04.

Konten mit gemeinsamer Geräte-ID und denselben Login-Adressen ⁅a:84.153.20.114⁆ und ⁅a:2a02:8108:1c40:9e00::3f⁆:
1. ⁅n:Kutlu Balcıoğlu⁆, ⁅m:k.balcioglu@outlook.de⁆, Auszahlungskonto ⁅i:DE g⁆
2. ⁅n:Halit Eskioğlu⁆, ⁅t:+49 1522 7748031⁆
3. ⁅n:Müzeyyen Cömertler⁆ – Abholadresse ⁅h:Sielwall 47, 28203 Bremen⁆
Alle drei Anzeigen: PS5 unter Marktpreis, Zahlung nur per Überweisung.
Nächster Schritt: Meldung an die Bank, Anzeige durch Rechtsabteilung.`,
  },
  {
    lang: 'de',
    kind: 'Bestandsdatenanfrage LKA',
    source: `Landeskriminalamt Baden-Württemberg · Inspektion 540 Cybercrime
Taubenheimstraße 85, 70372 Stuttgart

An: Pixelschmiede Games GmbH, Law Enforcement Response (ler@pixelschmiede.games)

Ermittlungsverfahren 41 Js 2207/26 wegen Erpressung
Erbeten werden Bestandsdaten und Login-IP-Adressen zum Spielerkonto "Nebelkrähe77" (ID 889120043) für den Zeitraum 10.–14.02.2026.

Sachbearbeiter: KHK ⁅n:Rupertus Hechenberger⁆, Durchwahl ⁅t:0711 5401 2263⁆, ⁅m:rupertus.hechenberger@polizei.bwl.de⁆
Zentrale 0711 5401-0`,
  },
  {
    lang: 'de',
    kind: 'Antrag auf Selbstsperre Glücksspiel',
    source: `Antrag auf Spielersperre (§ 8 GlüStV 2021)

Name, Vorname: ⁅n:Akbulutoğlu, Ayşenur⁆
Geburtsdatum: ⁅b:1989-06-30⁆   Geburtsort: Gelsenkirchen
Anschrift: ⁅h:Hohenzollernring 12
50672 Köln⁆
Telefon: ⁅t:0221 8830147⁆   E-Mail: ⁅m:aysenur.akbulutoglu@gmail.com⁆
Dauer: unbefristet (mindestens 1 Jahr) · Eintrag in OASIS: ja
Grund (freiwillig): Kontrollverlust bei Live-Wetten

Ort, Datum: Köln, 02.02.2026   Unterschrift: ⁅n:A. Akbulutoğlu⁆`,
  },
  {
    lang: 'de',
    kind: 'Creator-Steuerdaten für Auszahlung',
    source: `Streamkiosk Creator-Programm – Auszahlungsdaten (Formular v3)

Kanal: @tischlerei_live · Partner seit 2023
Vor- und Nachname: ⁅n:Kathi Brunnhuber⁆
Steuerliche Identifikationsnummer: ⁅x:g⁆
Umsatzsteuer: Kleinunternehmer nach § 19 UStG (keine USt-IdNr.)
IBAN: ⁅i:DE⁆ · BIC GENODEF1M04
Anschrift: ⁅h:Rathenauplatz 9, 90402 Nürnberg⁆
Rückfragen: ⁅m:kontakt@brunnhuber-holz.de⁆ (eigener Betrieb), ⁅t:0911 4403318⁆`,
  },
  {
    lang: 'de',
    kind: 'Personalbogen Content-Moderatorin',
    source: `Sichtprüfung GmbH · Personalbogen (vertraulich)

Name: ⁅n:Gościsława Kulpa-Źrebiec⁆
Geburtsdatum: ⁅b:09.05.1993⁆ · Staatsangehörigkeit: polnisch
Anschrift: ⁅h:Am Kuhberg 4, 89077 Ulm⁆
Steuer-ID: ⁅x:⁆ · Steuerklasse 1
Rentenversicherungsnummer: ⁅s:09051993 Kulpa f⁆
Krankenkasse: AOK Baden-Württemberg
Bankverbindung: ⁅i:DE g⁆
Einsatz: Team Polnisch/Deutsch, Wellbeing-Programm (6 Std. Gesprächsangebot im Quartal)`,
  },
  {
    lang: 'de',
    kind: 'Doxxing-Meldung über Formular',
    source: `Formular "Private Informationen melden" – Eingang 23:14

Betroffene Person: ich selbst
Name: ⁅n:Safta Moisoiu⁆
Veröffentlichte Informationen: meine Wohnadresse ⁅h:Sielwall 3, 28203 Bremen⁆ und meine Handynummer ⁅t:0175 662 9081⁆
Wo: Kommentar unter dem Video von "@kanal_schattenmann", außerdem in einer Gruppe mit 4.000 Mitgliedern
Kontakt für Rückfragen: ⁅m:safta.moisoiu@proton.me⁆

Hinweis an das Team: Eilfall, Person gibt an, dass jemand vor dem Haus gewartet hat.`,
  },
  {
    lang: 'de',
    kind: 'Widerspruch gegen Moderationsentscheidung (Art. 20 DSA)',
    source: `Widerspruch Nr. APP-90212

Ihr Beitrag vom 11.01. wurde wegen "Hassrede" entfernt. Ich widerspreche: Ich habe eine Beleidigung zitiert, um sie anzuprangern.

⁅n:Ignazio Tumminello⁆
Konto: ⁅m:ignazio.tumminello@libero.it⁆

---
Interne Prüfung (2. Instanz, ⁅n:Sarel Coetsee⁆): Zitat mit Distanzierung erkennbar, Entfernung aufgehoben, Verwarnung gelöscht.`,
  },
  {
    lang: 'de',
    kind: 'Gesprächsnotiz Hotline Kontosperre',
    source: `Anrufnotiz Hotline · 08.03. 10:42 · Agentin ⁅n:Kathi Höllbacher⁆

Anrufer: ⁅n:Heino Laanemets⁆, meldet sich von ⁅t:+49 160 9920417⁆
Anliegen: Konto nach drei falschen Passwörtern gesperrt, Zwei-Faktor-Gerät verloren.
Identität geprüft über Geburtsdatum (⁅b:17.08.1970⁆) und letzte Zahlung (12,99 EUR).
Gesperrtes Konto entsperrt, Rücksetz-Link an ⁅m:heino.laanemets@t-online.de⁆ geschickt.
Rückruf nicht nötig.`,
  },
  {
    lang: 'de',
    kind: 'Moderationsrichtlinie Auszug',
    source: `Moderationsrichtlinie 4.2 – Umgang mit privaten Informationen

1. Wohnadressen, private Telefonnummern und Ausweisbilder Dritter werden ohne Rückfrage entfernt.
2. Öffentliche Geschäftsadressen (Impressum) bleiben stehen, wenn sie im Zusammenhang einer Bewertung genannt werden.
3. Bei Drohungen im Zusammenhang mit einer veröffentlichten Adresse: Eskalation an Team Sicherheit innerhalb von 30 Minuten.
4. Screenshots mit Ausweisnummern nie in Tickets kopieren, nur im Tresor-Ordner ablegen.
Gültig ab 01.04.2026 · Verantwortlich: Policy-Team`,
  },
  {
    lang: 'de',
    kind: 'Schichtplan Trust & Safety',
    source: `Von: rostering@plauderplatz.de
An: ts-team@plauderplatz.de
Betreff: Schichtplan KW 12 – Änderungen

Frühschicht Mo–Mi: ⁅n:Ziyanda Madlala⁆, ⁅n:Eeltje Tolsma⁆
Spätschicht Mo–Mi: ⁅n:Nunziatina Scaduto⁆ (Tausch mit ⁅n:Ewen Quiniou⁆)
Nacht Do–So: ⁅n:Zoárd Nyilasi⁆ – Bereitschaftshandy ⁅t:0151 4730 9962⁆ ist seins (privat, nur im Notfall)
Fragen an rostering@ oder die Teamleitung.`,
  },
  {
    lang: 'de',
    kind: 'KYC Verkäufer Einzelunternehmer mit Reisepass',
    source: `Verkäuferprüfung (gewerblich) – Markthalle24

Firma: Leovigildo Pedraza Feinkost (Einzelunternehmen), Gewerbeanmeldung Stadt Nürnberg
Inhaber: ⁅n:Leovigildo Pedraza⁆
Ausweisdokument: deutscher Reisepass Nr. ⁅r:⁆
Geschäftsadresse = Wohnadresse: ⁅h:Rathenauplatz 2, 90402 Nürnberg⁆
Kontakt: ⁅m:info@pedraza-feinkost.de⁆ · ⁅t:0911 2287730⁆
USt-IdNr.: DE318224503
Status: verifiziert, Auszahlungen freigegeben`,
  },
  {
    lang: 'de',
    kind: 'Hinweis auf Minderjährigen-Account',
    source: `Betreff: Konto meiner Tochter löschen

Guten Tag,

meine Tochter ist erst 12 (geboren ⁅b:5. Mai 2013⁆) und hat sich mit falschem Alter bei Ihnen angemeldet, Benutzername "sternchen_lumi".
Bitte löschen Sie das Konto. Ich bin erreichbar unter ⁅t:+49 170 3381162⁆.

⁅n:Loisi Hinterholzer⁆`,
  },
  {
    lang: 'de',
    kind: 'Rückerstattung Streaming-Abo Notiz',
    source: `Ticket 2026-0312-0447 · Streamkiosk Support

Kundin ⁅n:Nezha Sefrioui⁆ (⁅m:nezha.sefrioui@icloud.com⁆) bemängelt doppelte Abbuchung des Jahresabos (2 × 59,99 EUR) auf ihrer Karte **** 4821.
Prüfung: zweite Buchung durch App-Store-Wiederholung. Erstattung 59,99 EUR veranlasst, Gutschrift in 3–5 Werktagen.
Bearbeitet von ⁅n:Jaco Snyman⁆.`,
  },
  {
    lang: 'de',
    kind: 'Einspruch gegen Verkäufersperre',
    source: `Einspruch gegen die Sperre meines Verkäuferkontos

Ich, ⁅n:Gaizka Urkiola⁆, verkaufe seit 2019 gebrauchte Fahrradteile. Die Sperre wegen "verdächtiger Auszahlungsänderung" ist ein Irrtum: Ich habe nur meine Bank gewechselt.
Neues Auszahlungskonto: ⁅i:DE⁆ (vorher Sparkasse, Auszahlung jetzt auf mein Girokonto)
Anschrift unverändert: ⁅h:Lindenthalgürtel 80, 50935 Köln⁆

Bitte prüfen Sie das zeitnah, es stehen 14 Bestellungen offen.`,
  },
  {
    lang: 'de',
    kind: 'Transparenzbericht Entwurf',
    source: `Entwurf Transparenzbericht H2/2025 (DSA Art. 15 und 24)

Eingegangene Meldungen: 48.220 (Vorjahr 39.114)
Davon automatisiert erkannt: 61 %; mittlere Bearbeitungszeit 11,6 Stunden
Behördliche Anordnungen: 312, davon 287 Auskunftsersuchen, 25 Entfernungsanordnungen
Widersprüche (Art. 20): 2.904, davon 38 % erfolgreich
Außergerichtliche Streitbeilegung (Art. 21): 17 Fälle
Aktive Nutzer im Monatsmittel: 3,1 Mio. in der EU
Offen: Abstimmung mit der Rechtsabteilung bis 15.02.`,
  },
  {
    lang: 'de',
    kind: 'Meldung Datenpanne an Aufsichtsbehörde',
    source: `Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO)

Verantwortlicher: Herzfunke GmbH, Rosenthaler Straße 40, 10178 Berlin
Datenschutzbeauftragter: ⁅n:Hieronim Szelągowski⁆, ⁅m:hieronim.szelagowski@herzfunke.app⁆, ⁅t:030 2091 5518⁆
Art der Verletzung: Fehlkonfigurierter Export-Bucket, 4 Stunden öffentlich abrufbar
Betroffene: ca. 2.300 Nutzerinnen und Nutzer (Profilbilder, Vornamen, Alter, Stadt)
Maßnahmen: Bucket geschlossen, Zugriffsprotokolle ausgewertet (keine Abrufe außer Scanner), Benachrichtigung der Betroffenen bis 20.03.`,
  },
  {
    lang: 'de',
    kind: 'Meldung Identitätsdiebstahl Fake-Profil',
    source: `Hallo,

jemand hat mit meinen Fotos ein Profil bei Ihnen angelegt ("⁅n:Leelo⁆, 29, Hamburg"). Das bin nicht ich – ich heiße ⁅n:Leelo Kõiv⁆, bin am ⁅b:21.01.1996⁆ geboren und wohne in Dresden, ⁅h:Louisenstraße 25, 01099 Dresden⁆.
Das Fake-Profil schreibt Männer an und fragt nach Geld. Mehrere haben mich über Instagram angeschrieben.
Als Nachweis hänge ich ein Foto mit Ihrem Profilnamen auf einem Zettel an.

⁅n:Leelo Kõiv⁆ · ⁅t:0162 5590 338⁆`,
  },
  {
    lang: 'de',
    kind: 'Log-Auszug Kontoübernahme',
    source: `Sicherheitsereignisse Konto 7781204 (Auszug, UTC)

2026-02-09 18:02:11  login ok        ip=⁅a:93.212.44.190⁆  device=iPhone  (bekanntes Gerät)
2026-02-10 03:14:57  login ok        ip=⁅a:178.143.9.201⁆  device=Windows  neues Gerät, anderes Land
2026-02-10 03:15:40  email changed   old=⁅m:tiiu.kivilo@gmx.de⁆ new=⁅m:kivilo.t.recovery@proton.me⁆
2026-02-10 03:16:02  payout changed  → gesperrt durch Regel R-17
2026-02-10 07:40:19  support         Inhaberin ⁅n:Tiiu Kivilo⁆ meldet Übernahme, Passwort zurückgesetzt
Quelle: auth-svc-eu-2 (10.20.4.17)`,
  },
  {
    lang: 'de',
    kind: 'Gewinnauszahlung Überweisungsauftrag',
    source: `Auszahlung Gewinn · Glückskanal · Kunde 55120934

Empfänger: ⁅n:Zdzisława Fijałkowska⁆
IBAN: ⁅i:DE g⁆
Betrag: 2.480,00 EUR (Sportwette Kombi, 14.03.)
Prüfung Spielerschutz: kein Sperrvermerk, Einzahlungslimit eingehalten
Freigabe: ⁅n:Burgi Schnablegger⁆ (Vier-Augen-Prinzip mit Team Zahlungen)`,
  },
  {
    lang: 'de',
    kind: 'Zeugenaussage Stalking über App',
    source: `Polizeipräsidium Mittelfranken · Vernehmungsniederschrift (Auszug)

Zeugin: ⁅n:Iolanda Fontoura⁆, geb. ⁅b:12.12.1987⁆, wohnhaft ⁅h:Rathenauplatz 15, 90402 Nürnberg⁆, erreichbar ⁅t:0176 20948813⁆
Aussage: "Ich habe ihn über die App kennengelernt. Nach dem zweiten Treffen hat er mir über drei verschiedene Profile geschrieben und stand vor meiner Arbeit. Er nennt sich dort anders, richtiger Name laut seiner Post: ⁅n:Witosław Drozdowicz⁆."
Anlage: Screenshots der Profile, Anfrage an den App-Betreiber ausstehend.`,
  },
  {
    lang: 'de',
    kind: 'Ticket-Export Helpdesk',
    source: `#48812 | Status: offen | Priorität: hoch | Gruppe: Konto & Sicherheit
Anfragende Person: ⁅n:Benilde Valladares⁆ <⁅m:benilde.valladares@gmail.com⁆>
Telefon: ⁅t:+49 151 2048 7731⁆
Betreff: Zwei-Faktor-Codes kommen nicht an
Nachricht: Seit dem Wechsel meines Mobilfunkanbieters bekomme ich keine SMS-Codes mehr. Rufnummer ist gleich geblieben.
Interne Notiz: SMS-Gateway meldet "absent subscriber", Nutzerin auf App-Codes umstellen.`,
  },
  {
    lang: 'de',
    kind: 'Video-Ident-Protokoll',
    source: `Video-Ident-Protokoll VI-2026-33018 (Dienstleister IdentWerk)

Geprüfte Person: ⁅n:Urho-Kalervo Leppäniemi⁆
Dokument: Personalausweis Bundesrepublik Deutschland, Nummer ⁅k:⁆, gültig bis 2031
Geburtsdatum: ⁅b:28.02.1979⁆
Anschrift laut Rückseite: ⁅h:Lindenthalgürtel 14, 50935 Köln⁆
Sicherheitsmerkmale (Hologramm, Kinegramm) geprüft, Live-Abgleich Gesicht: bestanden
Ident-Agent: #0442 · Dauer 6:12 min`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Premium-Abo mit Widerruf',
    source: `⁅n:Anouar Lahrichi⁆
⁅h:Bahnhofstrasse 21
3011 Bern⁆

Herzfunke GmbH
Kundenservice
Rosenthaler Straße 40
10178 Berlin

Widerruf und Kündigung – Premium-Mitgliedschaft

Hiermit widerrufe ich den am 28.01. abgeschlossenen Vertrag über "Herzfunke Gold" und kündige vorsorglich zum nächstmöglichen Termin. Bitte bestätigen Sie an ⁅m:a.lahrichi@bluewin.ch⁆.

⁅n:Anouar Lahrichi⁆`,
  },
  {
    lang: 'de',
    kind: 'Checkliste Behördenanfragen',
    source: `Checkliste Behördenanfragen (LER), Stand 2026

[ ] Rechtsgrundlage genannt (§ 22 TDDDG, § 100j StPO, Beschluss beigefügt?)
[ ] Absender verifiziert: Rückruf über die offizielle Zentrale, nie über die Nummer in der Mail
[ ] Eilfall (Gefahr für Leib und Leben)? Dann Bereitschaft Recht informieren
[ ] Nur die erbetenen Datenkategorien herausgeben, Zeitraum prüfen
[ ] Antwort verschlüsselt über das Behördenpostfach, Vorgang im LER-Register erfassen
[ ] Nutzerbenachrichtigung nach Ablauf der Sperrfrist prüfen`,
  },
  {
    lang: 'de',
    kind: 'Nachlassanfrage Angehörige',
    source: `Sehr geehrte Damen und Herren,

mein Vater ⁅n:Rupertus Pethő⁆ ist am 4. Januar verstorben. Er hatte bei Ihnen ein Konto unter ⁅m:r.petho@aon.at⁆.
Als Alleinerbin bitte ich, das Konto in den Gedenkzustand zu versetzen und mir die Fotos zu übermitteln. Sterbeurkunde und Einantwortungsbeschluss liegen bei.

⁅n:Herlinde Pethő⁆
⁅h:Schottenfeldgasse 72, 1070 Wien⁆
⁅t:+43 664 2290418⁆`,
  },
  {
    lang: 'de',
    kind: 'Schlichtung Käuferstreit Marktplatz',
    source: `Entscheidung im Käuferschutzfall KS-20931

Käufer: ⁅n:Sigvard Blomgrenius⁆, Lieferadresse ⁅h:Spoorsingel 60, 2611 PW Delft⁆
Verkäuferin: ⁅n:Crescencia Zwiebelhofer⁆ (privat)
Artikel: Spiegelreflexkamera, 420,00 EUR; Käufer meldet Objektiv mit Pilzbefall, nicht beschrieben.
Entscheidung: Rücksendung auf Kosten der Verkäuferin, Erstattung nach Eingang. Die Verkäuferin wurde unter ⁅t:+49 176 2231 9087⁆ informiert.
Sachbearbeitung: Team Käuferschutz`,
  },
];
