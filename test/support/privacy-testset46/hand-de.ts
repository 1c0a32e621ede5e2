import type { HandSource } from './markup.js';

/** German hand-written documents of set 46 (Übersetzungsbüros, Dolmetscherdienste, Sprachschulen und Integrationskurse in DE, AT und CH), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Bestätigungsvermerk beglaubigte Übersetzung Geburtsurkunde',
    source: `Übersetzung aus dem Paschtu (Afghanistan)

GEBURTSURKUNDE – Auszug aus dem Personenstandsregister, Register-Nr. 4471/1994
Name: ⦗n:Zarlashta Khattakzaiwal⦘
Geboren am: ⦗b:14.03.1994⦘ in Dschalalabad
Vater: ⦗n:Zmaryalai Khattakzaiwal⦘ · Mutter: ⦗n:Spozhmaiga Mohmandzai⦘

Bestätigungsvermerk
Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung aus der paschtunischen in die deutsche Sprache wird
bescheinigt. Es lag mir das Original vor. Auftrags-Nr. UE-204118.

Bielefeld, den 12.02.2026
⦗n:Sassuibai Advanidas⦘
Vom Präsidenten des Landgerichts Bielefeld allgemein ermächtigte Übersetzerin für die paschtunische Sprache`,
  },
  {
    lang: 'de',
    kind: 'Auftragsbestätigung Übersetzung Heiratsurkunde per E-Mail',
    source: `Von: Sprachbrücke Übersetzungen <auftraege@sprachbruecke.example>
An: ⦗m:ilempike.ivanovkasi@t-online.de⦘
Betreff: Ihr Auftrag UE-204377 – beglaubigte Übersetzung Heiratsurkunde (Russisch → Deutsch)

Sehr geehrte Frau ⦗n:Ivanovkasi⦘,

vielen Dank für Ihren Auftrag. Wir bestätigen:
- Dokument: Heiratsurkunde, ausgestellt am 03.08.2011 in Tscheboksary
- Umfang: 1 Seite, beglaubigte Übersetzung mit Apostille-Übersetzung
- Preis: 58,00 € zzgl. Versand (Einschreiben 2,65 €)
- Fertigstellung: voraussichtlich 20.02.2026

Die Übersetzung senden wir an: ⦗h:Herforder Straße 112, 33602 Bielefeld⦘
Rückfragen gern unter 0521 98 76 20-0.

Freundliche Grüße
Ihr Team der Sprachbrücke`,
  },
  {
    lang: 'de',
    kind: 'E-Mail-Verlauf Dolmetscheranfrage Klinikum mit Zitat',
    source: `Von: ⦗n:Sardaanika Sleptsovaan⦘ <einsatz@dolmetscherpool-nh.example>
An: zna-sekretariat@klinikum-ks.example
Betreff: AW: Dolmetscher Tigrinya morgen 8:30, BK-3307719

Guten Tag,

Frau ⦗n:Eteneshwork Kebedework⦘ übernimmt den Einsatz, sie ist unter ⦗t:0157 44120938⦘ erreichbar.

Viele Grüße
⦗n:Sardaanika Sleptsovaan⦘
Dolmetscherpool Nordhessen e. V. · 0561 70 33 90

Am 16.02.2026 um 17:42 schrieb ZNA Sekretariat:
> wir benötigen morgen um 8:30 eine Dolmetscherin für Tigrinya, Patientin ⦗n:Tsehaynesh Gebremariamwork⦘,
> geb. ⦗b:02.11.1988⦘, Station 4B, Aufklärungsgespräch vor OP. Bitte Rückmeldung bis 19 Uhr.`,
  },
  {
    lang: 'de',
    kind: 'Einsatzbestätigung Dolmetschen Polizeivernehmung',
    source: `Kantonspolizei Zürich – Einvernahme mit Dolmetscher
Geschäfts-Nr.: KAPO-WN 26/1187
Datum: 09.01.2026, 14:00–16:20 Uhr, Raum E.12

Dolmetscherin: ⦗n:Oyunchimegtuya Dashdondogoor⦘, Mongolisch–Deutsch, Natel ⦗t:+41 79 318 44 02⦘
Befragte Person: ⦗n:Batzorigt Purevsurengiin⦘, geb. ⦗b:21.07.1979⦘
Die Dolmetscherin wurde auf ihre Pflichten nach Art. 68 StPO und Art. 307 StGB hingewiesen.

Bestätigt: ____________ (Dolmetscherin)      ____________ (Sachbearbeiter)
Rückfragen: Polizeiinspektion Winterthur Nord, +41 52 267 51 51, einvernahmen@kapo-wthur.example`,
  },
  {
    lang: 'de',
    kind: 'Rechnung freiberuflicher Dolmetscher an Amtsgericht nach JVEG',
    source: `⦗n:Shehmureedjan Bizenjozai⦘ · Dolmetscher und Übersetzer (Urdu, Paschtu, Belutschi)
⦗h:Stapenhorststraße 41, 33615 Bielefeld⦘ · ⦗t:0173 55082711⦘ · ⦗m:bizenjozai.dolmetschen@mailbox.org⦘
Steuer-ID: ⦗x:⦘

An das Amtsgericht Bielefeld
Verwaltung – Kostenbeamtin
Gerichtstraße 6, 33602 Bielefeld

Rechnung Nr. 2026-014 vom 05.03.2026
Az. 4 Ls 112/26 – Hauptverhandlung am 03.03.2026

Dolmetschen in der Hauptverhandlung, 3,5 Std. à 85,00 € (JVEG § 9 Abs. 5)   297,50 €
Fahrtkosten 2 × 7 km à 0,42 €                                               5,88 €
Gesamt (kein Ausweis der Umsatzsteuer, Kleinunternehmer gem. § 19 UStG)   303,38 €

Bitte überweisen Sie den Betrag auf mein Konto ⦗i:DE g⦘.`,
  },
  {
    lang: 'de',
    kind: 'Anmeldeformular Integrationskurs ausgefüllt',
    source: `ANMELDUNG INTEGRATIONSKURS (allgemeiner Integrationskurs, 700 UE)
Kursträger: Integrationskurse Eulachtal AG · Kurs KURS-2026-0412

Familienname: ⦗n:Rakotomalalaina⦘            Vorname(n): ⦗n:Voahiranaina⦘
Geburtsdatum: ⦗b:30.09.1991⦘                  Geburtsort: Antananarivo
Anschrift: ⦗h:Tösstalstrasse 88, 8400 Winterthur⦘
Telefon: ⦗t:+41 77 402 19 83⦘
E-Mail: ⦗m:voahiranaina.r@bluewin.ch⦘
Erstsprache: Malagasy, Französisch
Kinderbetreuung benötigt: ja (1 Kind, 3 Jahre)

Ich bestätige die Richtigkeit der Angaben. Winterthur, 15.01.2026, Unterschrift: ⦗n:V. Rakotomalalaina⦘`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Ergebnis Einstufungstest',
    source: `Betreff: Ihr Einstufungstest vom 22.01.2026 – Ergebnis

Hallo ⦗n:Ayanaris⦘,

Sie haben im Einstufungstest 61 von 100 Punkten erreicht. Wir empfehlen Ihnen den Kurs B1.1 (KURS-2026-0519),
Beginn 02.03.2026, Mo–Do 8:30–12:45 Uhr. Bitte bestätigen Sie bis Freitag, ob Sie teilnehmen.

Die Zugangsdaten zur Lernplattform haben wir an ⦗m:ayanaris.kyzlasova@gmx.at⦘ geschickt.

Beste Grüße
⦗n:Pinerkke Talvirin⦘
Lingua Donau Sprachschule Linz · +43 732 77 41 00 · sekretariat@linguadonau.example`,
  },
  {
    lang: 'de',
    kind: 'Anwesenheitsliste CSV Integrationskurs',
    source: `Kurs;Datum;Nachname;Vorname;anwesend;UE;Bemerkung
KURS-2026-0233;10.02.2026;⦗n:Ñancupilko⦘;⦗n:Millarayen⦘;ja;5;
KURS-2026-0233;10.02.2026;⦗n:Gidanwayawa⦘;⦗n:Hadizatulbilki⦘;nein;0;entschuldigt (Arzttermin)
KURS-2026-0233;10.02.2026;⦗n:Vangtubneeg⦘;⦗n:Pajntxhiab⦘;ja;5;
KURS-2026-0233;10.02.2026;⦗n:Kurawazaiwa⦘;⦗n:Garbadangiwa⦘;ja;4;kam 45 min später
KURS-2026-0233;10.02.2026;⦗n:Huenchumillan⦘;⦗n:Lautarokalfu⦘;ja;5;
Lehrkraft;;⦗n:Dzokotoame⦘;⦗n:Selasimawuli⦘;;;`,
  },
  {
    lang: 'de',
    kind: 'Teilnahmebescheinigung Sprachkurs',
    source: `TEILNAHMEBESCHEINIGUNG

Hiermit bestätigen wir, dass
Frau ⦗n:Kyunneiye Tuimaadyna⦘, geboren am ⦗b:7. Mai 1986⦘,
vom 06.10.2025 bis 30.01.2026 am Intensivkurs Deutsch B2 (320 Unterrichtseinheiten) teilgenommen hat.
Anwesenheit: 94 %. Abschlusstest: bestanden (Note 2,0).

Linz, 02.02.2026
Lingua Donau Sprachschule Linz – Kursleitung
Bescheinigungs-Nr. TB-2026-0091`,
  },
  {
    lang: 'de',
    kind: 'Antrag Fahrtkostenerstattung Integrationskurs',
    source: `Antrag auf Fahrtkostenzuschuss (§ 4a IntV)
Kurs: KURS-2026-0233, Träger-Nr. 1E44 0233

Teilnehmer/in: ⦗n:Wanjirunyambu Kinyanjuiwa⦘
Anschrift: ⦗h:Friedrich-Ebert-Straße 77, 34119 Kassel⦘
Entfernung Wohnung – Kursort: 6,8 km (Monatskarte NVV 72,00 €)
Erstattung auf das Konto: ⦗i:DE⦘
Kontoinhaberin: ⦗n:Wanjirunyambu Kinyanjuiwa⦘

Kassel, 28.02.2026`,
  },
  {
    lang: 'de',
    kind: 'Prüfungsanmeldung DTZ mit Ausweiskontrolle',
    source: `Prüfungsanmeldung „Deutsch-Test für Zuwanderer" (A2–B1) – Prüfungstermin 14.03.2026, Prüfungszentrum PZ-118

Kandidat: ⦗n:Dankanobewa, Shehudaudawa⦘
Geburtsdatum: ⦗b:1983-06-19⦘
Ausweisdokument: Personalausweis Nr. ⦗k:⦘ (Sichtprüfung am Prüfungstag)
Kontakt: ⦗t:0151 23907716⦘

Hinweis: Bitte bringen Sie am Prüfungstag dasselbe Ausweisdokument mit. Einlass ab 8:15 Uhr.`,
  },
  {
    lang: 'de',
    kind: 'WhatsApp-Chat Disponentin und Dolmetscherin',
    source: `[17.02.26, 07:12] ⦗n:Sardaanika⦘: Morgen, bist du heute um 10 im Jobcenter frei? Dari, ca. 1 Std.
[17.02.26, 07:15] ⦗n:Palwashagul Wardakzai⦘: ja passt. wer ist der kunde?
[17.02.26, 07:16] ⦗n:Sardaanika⦘: Herr ⦗n:Shahmurad Marrizai⦘, Termin bei seiner Vermittlerin, Zimmer 2.14
[17.02.26, 07:16] ⦗n:Sardaanika⦘: seine Nummer falls er nicht kommt: ⦗t:0157 30126644⦘
[17.02.26, 07:18] ⦗n:Palwashagul Wardakzai⦘: 👍 schreib mir die BK-Nr
[17.02.26, 07:18] ⦗n:Sardaanika⦘: BK-3307822`,
  },
  {
    lang: 'de',
    kind: 'Ermächtigungsbescheid Urkundenübersetzerin Landgericht',
    source: `Der Präsident des Landgerichts Bielefeld
Az. 3161 E – 41/26

Frau
⦗n:Mahnaazbibi Buledizai⦘
⦗h:Jöllenbecker Straße 151, 33613 Bielefeld⦘

Allgemeine Ermächtigung als Übersetzerin für die persische und die paschtunische Sprache

Sehr geehrte Frau ⦗n:Buledizai⦘,
auf Ihren Antrag vom 12.11.2025 werden Sie gemäß § 23 JustG NRW als Übersetzerin ermächtigt. Sie sind
verpflichtet, Ihre Übersetzungen mit dem Bestätigungsvermerk nach § 142 Abs. 3 ZPO zu versehen. Die Eintragung in
das Dolmetscher- und Übersetzerverzeichnis (www.justiz-dolmetscher.de) erfolgt von Amts wegen.

Im Auftrag
⦗n:Delyashka Ochirovabem⦘, Justizoberinspektorin`,
  },
  {
    lang: 'de',
    kind: 'Kundennotiz Übersetzung Führerschein mit Reisepass',
    source: `Notiz Empfang 19.01.2026, 11:40 – Auftrag UE-204260
Kunde ⦗n:Tukhtaman Kiskasov⦘ war persönlich da, Original-Führerschein (Russische Föderation, Kat. B) vorgelegt.
Identität geprüft: Reisepass ⦗r:⦘, gültig bis 2031.
Übersetzung soll bis Mittwoch fertig sein, er holt sie ab. Tel. ⦗t:0561 937184⦘
Bezahlung bar 45,00 €, Quittung Nr. 0077 ausgegeben. – Theke`,
  },
  {
    lang: 'de',
    kind: 'Ratenzahlungsvereinbarung Kursgebühr mit Kreditkarte',
    source: `Ratenzahlungsvereinbarung – Abendkurs Deutsch C1 (KURS-2026-0601), Kursgebühr 890,00 €

Teilnehmerin: ⦗n:Dariyatchi Gerdolyshev⦘, ⦗h:Wiener Straße 51, 4020 Linz⦘
Zahlung in 3 Raten à 296,67 € per Kreditkarte, Belastung jeweils zum 1. des Monats (März, April, Mai 2026)
Karteninhaberin: ⦗n:Dariyatchi Gerdolyshev⦘
Kartennummer: ⦗c: ⦘, gültig bis 09/28

Linz, 20.02.2026`,
  },
  {
    lang: 'de',
    kind: 'Anfrage Standesamt Dolmetscher Eheschließung',
    source: `Von: standesamt@bielefeld-stadt.example
An: auftraege@sprachbruecke.example
Betreff: Eheschließung 27.03.2026, 11:00 Uhr – Dolmetscher Hmong

Sehr geehrte Damen und Herren,

für die Eheschließung von Herrn ⦗n:Yankl-Mendl Kremnitser⦘ und Frau ⦗n:Nkaujhlibtxhiaj Xiongtsheejpov⦘ benötigen wir einen
vereidigten Dolmetscher für Hmong. Die Verlobte ist unter ⦗t:0151 66203417⦘ erreichbar, falls Sie
vorab ein Vorgespräch führen möchten.

Mit freundlichen Grüßen
Standesamt Bielefeld, Trauungen
Telefon 0521 51-0`,
  },
  {
    lang: 'de',
    kind: 'Einladung Jobcenter mit Dolmetscherhinweis',
    source: `Arbeitsmarktservice Linz-Land
Kundennummer: 412D882915

Herrn
⦗n:Serverkemal Dzhemilevli⦘
⦗h:Dinghoferstraße 23, 4020 Linz⦘

Einladung zu einem Beratungsgespräch am 04.03.2026 um 9:30 Uhr, Zimmer 118

Sehr geehrter Herr ⦗n:Dzhemilevli⦘,
zu dem Termin haben wir eine Dolmetscherin für Krimtatarisch/Russisch bestellt (Buchung BK-3308005).
Bitte bringen Sie Ihren Lebenslauf und die Anmeldebestätigung Ihres Deutschkurses mit.

Arbeitsmarktservice Linz-Land, dolmetsch@ams-linzland.example, +43 50 904 440`,
  },
  {
    lang: 'de',
    kind: 'Honorarvertrag freie Übersetzerin mit KSK-Angaben',
    source: `Rahmenvertrag über freie Mitarbeit (Übersetzungen)

zwischen der Sprachbrücke Übersetzungen & Dolmetschdienste GmbH, Bielefeld
und
Frau ⦗n:Rannvásól Joensenvík⦘, ⦗h:Herforder Straße 19, 33602 Bielefeld⦘, geb. ⦗b:11.04.1979⦘
Steuer-ID ⦗x:g⦘ · Rentenversicherungsnummer (Künstlersozialkasse) ⦗s:11041979 Joensenvík f⦘
Bankverbindung: ⦗i:DE g⦘

§ 1 Gegenstand: Übersetzungen Färöisch, Dänisch, Isländisch → Deutsch, Zeilenhonorar 1,45 € je Normzeile.
§ 2 Die Auftragnehmerin ist in der Annahme von Aufträgen frei.`,
  },
  {
    lang: 'de',
    kind: 'Personalstammblatt angestellte Lehrkraft',
    source: `PERSONALSTAMMBLATT (vertraulich)
Name, Vorname: ⦗n:Ergisovaan, Erchimeena⦘
Geburtsdatum: ⦗b:25.12.1984⦘
Anschrift: ⦗h:Wilhelmshöher Allee 204, 34119 Kassel⦘
Sozialversicherungsnummer: ⦗s:25121984 Ergisovaan f⦘
Steuer-ID: ⦗x:⦘ · Steuerklasse I
IBAN: ⦗i:DE⦘
Tätigkeit: Lehrkraft DaZ (BAMF-Zulassung), 25 Wochenstunden, Eintritt 01.03.2026`,
  },
  {
    lang: 'de',
    kind: 'Kundenbeschwerde Übersetzung mit zitierter Antwort',
    source: `Von: ⦗n:Tanasachi Caragiututa⦘ <⦗m:t.caragiututa@web.de⦘>
Betreff: Re: Reklamation Übersetzung Zeugnis UE-204511

Hallo, danke für die schnelle Korrektur. Der Name meiner Mutter ist jetzt richtig geschrieben.
Bitte schicken Sie die neue Fassung an meine neue Adresse: ⦗h:Friedrich-Ebert-Straße 150, 34119 Kassel⦘.

⦗n:Tanasachi Caragiututa⦘

> Am 11.02.2026 schrieb Sprachbrücke Übersetzungen <auftraege@sprachbruecke.example>:
> Sehr geehrte Frau ⦗n:Caragiututa⦘, wir bitten den Fehler in der Transliteration zu entschuldigen. Die korrigierte
> Übersetzung geht Ihnen kostenfrei zu.`,
  },
  {
    lang: 'de',
    kind: 'Teams-Chat Sprachschule Rückrufnotiz',
    source: `Sekretariat (09:41): Rückruf bitte an ⦗n:Sentervar⦘ wg. Kurswechsel A2 → B1, Tel ⦗t:+43 660 3318204⦘
⦗n:Pinerkke Talvirin⦘ (09:44): mach ich nach der Pause
⦗n:Pinerkke Talvirin⦘ (11:02): erledigt, er wechselt ab Montag in KURS-2026-0519
Sekretariat (11:03): danke!`,
  },
  {
    lang: 'de',
    kind: 'Supportticket Lernplattform gesperrter Zugang',
    source: `Ticket #LP-88213 · Kategorie: Zugang gesperrt · Priorität normal
Gemeldet von: ⦗n:Lenuragul Bekirovaya⦘ (⦗m:lenura.bekirovaya@outlook.de⦘)
Beschreibung: „Ich komme seit gestern nicht mehr in den Kurs, es steht ‚zu viele Versuche'."
Protokoll: 5 fehlgeschlagene Anmeldungen von ⦗a:88.152.47.211⦘ zwischen 21:04 und 21:09 Uhr; Sperre 24 h.
Maßnahme: Sperre aufgehoben, Passwort-Link versendet. Server lern-01 (10.40.2.15) neu indexiert. – IT`,
  },
  {
    lang: 'de',
    kind: 'Warteliste Abendkurse Tabelle',
    source: `| Nr. | Name                         | Kurs gewünscht | Telefon          | eingetragen |
|-----|------------------------------|----------------|------------------|-------------|
| 1   | ⦗n:Hristadoa Balamaceanu⦘       | B1 abends      | ⦗t:0561 4471920⦘  | 12.01.2026  |
| 2   | ⦗n:Kuarahyrory Benitezñandu⦘     | A2 abends      | ⦗t:0173 90112254⦘ | 15.01.2026  |
| 3   | ⦗n:Gwaharam Rindbaloch⦘       | B1 abends      | ⦗t:0151 78204116⦘ | 19.01.2026  |
Nächster Kurs B1 abends: KURS-2026-0640, Beginn 13.04.2026`,
  },
  {
    lang: 'de',
    kind: 'Zahlungserinnerung Kursgebühr Brief',
    source: `Integrationskurse Eulachtal AG · Kursadministration · +41 52 260 18 00

Herr
⦗n:Ukhtibay Yakovlerkke⦘
⦗h:Zürcherstrasse 64, 8400 Winterthur⦘

Zahlungserinnerung – Rechnung R-2026-00418 vom 15.01.2026

Sehr geehrter Herr ⦗n:Yakovlerkke⦘,
für den Kurs KURS-2026-0412 ist der Selbstkostenanteil von CHF 420.00 noch offen. Bitte überweisen Sie den Betrag
bis 15.03.2026 auf CH93 0076 2011 6238 5295 7. Haben Sie bereits bezahlt, betrachten Sie dieses Schreiben als
gegenstandslos.`,
  },
  {
    lang: 'de',
    kind: 'SMS Krankmeldung Kursteilnehmerin',
    source: `SMS von ⦗t:+43 676 5502871⦘, 08:02:
Guten Morgen, hier ⦗n:Ayshedil Umerovlu⦘ aus dem B1-Kurs. Ich bin krank und komme heute und morgen nicht.
Krankenstandsbestätigung bringe ich nächste Woche. LG`,
  },
  {
    lang: 'de',
    kind: 'Hinweisschreiben Apostille an Kundin',
    source: `Sehr geehrte Frau ⦗n:Narspika Uyarpuch⦘,

für die Vorlage Ihrer kasachischen Geburtsurkunde beim Standesamt benötigen Sie vor der Übersetzung eine
Apostille. Diese erteilt das Justizministerium in Astana; die Bearbeitung dauert erfahrungsgemäß 3 bis 6 Wochen.
Sobald die Urkunde mit Apostille vorliegt, übersetzen wir beides zusammen (Auftrag UE-204602, Festpreis 72,00 €).

Sie erreichen mich direkt unter ⦗t:0521 98 76 20-14⦘.

Freundliche Grüße
⦗n:Sassuibai Advanidas⦘, Projektleitung Urkunden`,
  },
  {
    lang: 'de',
    kind: 'Verfügbarkeitsliste Dolmetscherpool',
    source: `Pool Nordhessen – Bereitschaft KW 9
Sprache     | Dolmetscher/in             | Mobil            | Mo Di Mi Do Fr
Tigrinya    | ⦗n:Eteneshwork Kebedework⦘       | ⦗t:0157 44120938⦘ | x  x  -  x  x
Dari/Farsi  | ⦗n:Palwashagul Wardakzai⦘      | ⦗t:0160 2271903⦘  | x  -  x  x  -
Französisch | ⦗n:Mawunyoefia Agbenyegahvi⦘       | ⦗t:0176 51128840⦘ | -  x  x  -  x
Ukrainisch  | Pool-Hotline                | 0561 70 33 90    | x  x  x  x  x`,
  },
  {
    lang: 'de',
    kind: 'Preisliste beglaubigte Übersetzungen',
    source: `Preisliste 2026 – Sprachbrücke Übersetzungen & Dolmetschdienste GmbH

Beglaubigte Übersetzung Personenstandsurkunde (Geburts-, Heirats-, Sterbeurkunde), 1 Seite   ab 45,00 €
Schul- und Hochschulzeugnisse, je Seite                                                       ab 55,00 €
Führerschein (Karte, beide Seiten)                                                                45,00 €
Gerichtsurteile und Beschlüsse, je Normzeile (55 Anschläge)                                        1,80 €
Eilzuschlag (unter 48 h)                                                                            +50 %
Dolmetschen vor Ort (Mindestabrechnung 1 Std.), je angefangene halbe Stunde                       42,50 €
Alle Preise zzgl. 19 % USt. Anfragen: auftraege@sprachbruecke.example · 0521 98 76 20-0`,
  },
  {
    lang: 'de',
    kind: 'Stundenplan Integrationskurs Modulübersicht',
    source: `Stundenplan Integrationskurs KURS-2026-0233 (Vollzeit, 25 UE/Woche)
Modul 1–3 (Basissprachkurs): 02.03.–29.05.2026, Raum 2.04
Modul 4–6 (Aufbausprachkurs): 01.06.–28.08.2026, Raum 2.04
Orientierungskurs (100 UE): 31.08.–02.10.2026
Prüfung DTZ: 09.10.2026, Test „Leben in Deutschland": 16.10.2026
Unterricht Mo–Fr 8:30–12:45 Uhr, Pausen 10:00–10:15 und 11:45–11:50 Uhr. Ferien: 06.04.–10.04.2026.`,
  },
  {
    lang: 'de',
    kind: 'Merkblatt Datenschutz für Dolmetscheinsätze',
    source: `Merkblatt für Dolmetscherinnen und Dolmetscher – Umgang mit Einsatzdaten
1. Namen, Geburtsdaten und Aktenzeichen aus dem Einsatz werden nicht notiert, fotografiert oder weitergegeben.
2. Einsatzunterlagen sind nach dem Termin zu vernichten; digitale Kopien sind binnen 7 Tagen zu löschen.
3. Rückfragen zum Einsatz stellen Sie ausschließlich über die Disposition (einsatz@dolmetscherpool-nh.example).
4. Bei Befangenheit (Verwandtschaft, Bekanntschaft) ist der Einsatz abzulehnen.
Stand: Januar 2026`,
  },
  {
    lang: 'de',
    kind: 'Newsletter Sprachschule Kursangebot',
    source: `Lingua Donau – Neuigkeiten im März
Neue Kurse: Deutsch A1 am Samstagvormittag, Business English B2, Italienisch für die Reise.
Prüfungstermine ÖSD: 21.03., 25.04. und 30.05.2026 – Anmeldung bis drei Wochen vorher im Sekretariat.
Tag der offenen Tür: 14.03.2026, 10–14 Uhr, mit kostenlosem Einstufungstest.
Abmeldung vom Newsletter: sekretariat@linguadonau.example`,
  },
  {
    lang: 'de',
    kind: 'Einverständniserklärung Videodolmetschen',
    source: `Einverständniserklärung Videodolmetschen
Ich, ⦗n:Ilmiyar Seytablayev⦘, geb. ⦗b:03.02.1997⦘, bin damit einverstanden, dass das Gespräch am 18.02.2026 mit
einer per Video zugeschalteten Dolmetscherin geführt wird. Die Verbindung wird nicht aufgezeichnet.
Erreichbarkeit für Rückfragen: ⦗m:ilmiyar.s97@gmx.net⦘
Ort, Datum: Kassel, 18.02.2026 – Unterschrift: ⦗n:I. Seytablayev⦘`,
  },
  {
    lang: 'de',
    kind: 'Telefonnotiz Eilauftrag mit Kartenzahlung',
    source: `Telefonnotiz 24.02.2026, 16:20 – Eilauftrag UE-204688 (Zeugnis Farsi → Deutsch, bis Freitag)
Anruferin: ⦗n:Dostainjan Raisanizai⦘, Rückruf unter ⦗t:0157 81230946⦘
Zahlung per Kreditkarte, Karte ⦗c:-⦘ – abgelehnt (Limit), zweite Karte ⦗c: ⦘ belastet mit 82,50 €.
Übersetzung per Post an die Kundin, Scan vorab per E-Mail an ⦗m:d.raisanizai@t-online.de⦘. – Empfang`,
  },
];
