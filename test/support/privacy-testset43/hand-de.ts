import type { HandSource } from './markup.js';

/** German hand-written documents of set 43 (Justizvollzug, Bewährungshilfe, Jugendgerichtshilfe in DE, AT and CH), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Besuchsantrag JVA (Formular)',
    source: `JVA Tonna – Antrag auf Besuchserlaubnis
Gefangene/r: ⟦n:Kirdyashkin, Vezhav⟧   Buchnummer: BUCH-204117   Haus B, Zelle CELL-B2-114
Besucher/in: ⟦n:Syreskeeva Kirdyashkin⟧, Ehefrau
Geburtsdatum Besucherin: ⟦b:07.11.1991⟧
Anschrift: ⟦h:Brauhausgasse 12, 93047 Regensburg⟧
Mobil: ⟦t:0176 4410928⟧
Gewünschter Termin: 14.07.2026, 13:30 Uhr (Dauer 60 Min.)`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Besuchsabteilung mit Zitat',
    source: `Von: besuch@jva-tonna.example
An: ⟦m:olenka.hrynysyn@posteo.de⟧
Betreff: AW: Videobesuch abgebrochen

Sehr geehrte Frau ⟦n:Hrynyšyn⟧,
der Videobesuch vom 02.07. wurde wegen Netzstörung beendet; wir buchen Ihnen einen Ersatztermin.
Besuchsabteilung JVA Tonna · Tel. 036042 77-0

> Am 02.07.2026 schrieb ⟦n:Olenka Hrynyšyn⟧ <⟦m:olenka.hrynysyn@posteo.de⟧>:
> Nach 12 Minuten war das Bild weg. Mein Sohn ⟦n:Dymytrij⟧ (BUCH-331802) wartet sicher.`,
  },
  {
    lang: 'de',
    kind: 'Telefonüberwachung Vermerk (Gesprächsprotokoll)',
    source: `Vermerk Telefonüberwachung § 32 StVollzG – Gespräch Nr. 2026-0718-044
Gefangener: ⟦n:Makhach Gyulmagomedov⟧, BUCH-118204
Angerufene Nummer: ⟦t:+49 152 28830471⟧ (freigegeben als „Bruder ⟦n:Khalilbek⟧“)
Inhalt (sinngemäß): Geld für Einkauf, keine Auffälligkeiten. Dauer 09:58.
Abgehört von: JVB ⟦n:Pelguzoi⟧, 18.07.2026 16:12`,
  },
  {
    lang: 'de',
    kind: 'Haftraumkontrolle Protokoll',
    source: `Haftraumkontrolle Haus C, Abteilung 3 – 21.06.2026
Haftraum CELL-C3-207, belegt mit ⟦n:Ozhegoi, Ondrei⟧
Aufgefunden: 1 nicht genehmigtes Ladekabel, 2 Päckchen Tabak über Einkaufsmenge.
Kontrolliert: JVB ⟦n:Kalnkāja⟧, JVB ⟦n:Vilhelmīne Stalte⟧`,
  },
  {
    lang: 'de',
    kind: 'Habe- und Einkaufsliste (Tabelle)',
    source: `Buchnummer;Name;Einkauf Juli;Eigengeld;Habekammer
BUCH-204117;⟦n:Kirdyashkin, Vezhav⟧;42,80;118,00;Karton 2
BUCH-118204;⟦n:Gyulmagomedov, Makhach⟧;36,15;12,40;Karton 1
BUCH-209933;⟦n:Pūliņš, Kārli⟧;0,00;3,10;Koffer`,
  },
  {
    lang: 'de',
    kind: 'Disziplinarverfahren Anhörung (Niederschrift)',
    source: `Niederschrift über die Anhörung im Disziplinarverfahren Az. DV 77/26
Gefangener ⟦n:Abdulkerimov⟧ erklärt: „Ich habe niemanden geschlagen, ich habe ⟦n:Rustamkhan⟧ nur weggeschoben.“
Zeuge: Gefangener ⟦n:Shakhvalad Mirzekhanov⟧ (BUCH-140782)
Maßnahme: 7 Tage Entzug des Einkaufs. Anstaltsleiter: i. V. Sachgebiet Sicherheit`,
  },
  {
    lang: 'de',
    kind: 'Überweisung an den Anstaltsarzt',
    source: `Überweisung Krankenrevier – vertraulich
Patient: ⟦n:Mamedalizade, Elshad⟧, geb. ⟦b:3. Februar 1979⟧
Beschwerden: seit 4 Tagen Zahnschmerzen, Schwellung links.
Krankenversicherung: keine (Gesundheitsfürsorge JVA); RV-Nr. ⟦s:03021979 Mamedalizade m⟧
Erbeten durch: Stationsbedienstete ⟦n:Katrīn Mednis⟧`,
  },
  {
    lang: 'de',
    kind: 'Bewährungshilfe Verlaufsvermerk',
    source: `Verlaufsvermerk Bewährungshilfe Leipzig, Proband ⟦n:Nurbiye Qadirjan⟧
Termin 09.06.2026 wahrgenommen. Arbeitsstelle bei einer Spedition in Schkeuditz seit Mai.
Neue Anschrift mitgeteilt: ⟦h:Lerchenfeldweg 31, 04315 Leipzig⟧
Auflage (Zahlung 600 € an Geschädigten) zu 2/3 erfüllt.
Nächster Termin 07.07. – BewH ⟦n:Ernštreit⟧`,
  },
  {
    lang: 'de',
    kind: 'Bericht an das Gericht (Bewährungswiderruf)',
    source: `An das Amtsgericht Erfurt – Az. 41 Ds 220 Js 5188/24
Bericht der Bewährungshilfe betreffend ⟦n:Dhunu Baskey⟧, geb. ⟦b:19.09.1998⟧
Der Proband hat drei Termine nicht wahrgenommen und ist unter ⟦h:Am Mühlgraben 4, 99084 Erfurt⟧ nicht mehr anzutreffen.
Ein Widerruf wird angeregt. Erfurt, 30.06.2026
gez. ⟦n:Andrõs Sarkangs⟧, Bewährungshelfer`,
  },
  {
    lang: 'de',
    kind: 'Elektronische Aufenthaltsüberwachung Ereignismeldung',
    source: `GÜL Bad Vilbel – Ereignismeldung 2026-EM-07731
Proband: ⟦n:Pahomov-Ahtoi, Zinoi⟧   Gerät: FF-3310-77
19:42:10 Verlassen der Verbotszone (Tracker-Signal), 19:55:03 Rückkehr
Rückruf an Proband unter ⟦t:0171 9920413⟧ erfolgt, Erklärung: Busumleitung.
Die Zentrale ist rund um die Uhr unter 06101 5443-0 erreichbar.`,
  },
  {
    lang: 'de',
    kind: 'Jugendgerichtshilfe Stellungnahme',
    source: `Jugendgerichtshilfe Stadt Regensburg – Stellungnahme zur Hauptverhandlung am 15.07.2026
Jugendlicher: ⟦n:Kodep Ngirmekur⟧, geb. ⟦b:2009-03-22⟧
Mutter: ⟦n:Dirrabang Ngirmekur⟧, erreichbar ⟦t:0941 5608172⟧
Empfehlung: Arbeitsweisung (40 Std.) und Sozialer Trainingskurs.
Sachbearbeitung: ⟦n:Ozolnieks⟧ (JGH)`,
  },
  {
    lang: 'de',
    kind: 'WhatsApp-Chat Jugendhilfe',
    source: `[08.07.26, 17:02] ⟦n:Ozais⟧: hab morgen kein geld fürs ticket zum sozialen trainingskurs
[08.07.26, 17:05] JGH ⟦n:Bertholds⟧: Schreib mir kurz deine IBAN, wir erstatten.
[08.07.26, 17:09] ⟦n:Ozais⟧: ⟦i:DE g⟧
[08.07.26, 17:10] JGH ⟦n:Bertholds⟧: 👍 kommt bis Freitag`,
  },
  {
    lang: 'de',
    kind: 'Opferschutz Benachrichtigung (Brief)',
    source: `Opferschutzbeauftragte der JVA Tonna
Frau ⟦n:Nazakat Zuvandly⟧
⟦h:Brauhausgasse 3, 93047 Regensburg⟧

Sehr geehrte Frau ⟦n:Zuvandly⟧,
gemäß § 406d StPO teilen wir Ihnen mit, dass dem Verurteilten erstmals Ausgang gewährt wird.
Rückfragen: opferschutz@jva-tonna.example, 036042 77-0`,
  },
  {
    lang: 'de',
    kind: 'Entlassungsvorbereitung Checkliste',
    source: `Entlassungsvorbereitung – Entlassung voraussichtlich 30.09.2026
Name: ⟦n:Giuani Palfrader⟧   BUCH-300418
☑ Personalausweis beantragt (alter: ⟦k:⟧)
☑ Steuer-ID für Jobcenter: ⟦x:g⟧
☐ Wohnung: Übergangswohnheim angefragt
☐ Konto: Basiskonto bei Sparkasse`,
  },
  {
    lang: 'de',
    kind: 'Seelsorge Gesprächsnotiz',
    source: `Gefängnisseelsorge kath. – Notiz, nicht zur Akte
Gespräch mit ⟦n:Jānõ⟧ (Haus A) über den Tod seiner Großmutter. Wunsch: Teilnahme an der Beerdigung in Riga, Ausführung beantragt.
Rückruf der Tante ⟦n:Līza Damberg⟧: ⟦t:+49 157 36604128⟧`,
  },
  {
    lang: 'de',
    kind: 'Schulabteilung Zeugnis (Auszug)',
    source: `Schule in der JVA – Hauptschulabschluss, Halbjahr 2025/26
Schüler: ⟦n:Sholban Irgit⟧, Klasse H2
Deutsch 3, Mathematik 2, Englisch 4; Fehltage: 2
Lehrkraft: ⟦n:Aldynay Tülüsh⟧`,
  },
  {
    lang: 'de',
    kind: 'Arbeitsbetrieb Lohnabrechnung Gefangenenarbeit',
    source: `Arbeitsbetrieb Schreinerei – Arbeitsentgelt Juni 2026
Gefangener: ⟦n:Mzeğli, Xuseyni⟧, BUCH-227109, Vergütungsstufe III
Arbeitstage 19, Entgelt 248,71 €, davon Überbrückungsgeld 4/7
Rentenversicherungsnummer ⟦s:12041986 Mzegli m⟧ (freiwillige Meldung)`,
  },
  {
    lang: 'de',
    kind: 'Einzahlung Eigengeld (Anfrage per Mail)',
    source: `Von: ⟦n:Zeynê Pîranî⟧ <⟦m:zeyne.pirani@gmx.net⟧>
An: zahlstelle@jva-tonna.example
Betreff: Geld für meinen Mann

Hallo, ich habe 80 € überwiesen mit Verwendungszweck BUCH-118830, von meinem Konto ⟦i:DE⟧. Ist das angekommen?
⟦n:Zeynê⟧`,
  },
  {
    lang: 'de',
    kind: 'Sprachnachricht-Transkript Anwalt',
    source: `Transkript Sprachnachricht (automatisch), 03.07.2026 11:14
„ja hallo hier ist äh ⟦n:Dudana Kharchilava⟧ Kanzlei … ich wollte Bescheid sagen dass mein Mandant ⟦n:Gogita Mikava⟧ … [unverständlich] … rufen Sie mich an unter ⟦t:null drei null zwei vier eins eins acht neun null⟧ danke“
Konfidenz: 0,71`,
  },
  {
    lang: 'de',
    kind: 'Verlegungsantrag (Brief des Gefangenen)',
    source: `⟦n:Kakhaber Sichinava⟧, BUCH-214590, JVA Tonna, CELL-D1-118

An die Anstaltsleitung
Ich beantrage Verlegung in die JVA Leipzig, weil meine Frau und Kinder dort wohnen (⟦h:Lerchenfeldweg 8, 04315 Leipzig⟧).
Hochachtungsvoll ⟦n:K. Sichinava⟧`,
  },
  {
    lang: 'de',
    kind: 'Österreich Vollzugsplan (Auszug)',
    source: `Justizanstalt Wien-Josefstadt – Vollzugsplan
Insasse: ⟦n:Alakbar Talyshkhanli⟧, geb. ⟦b:11.12.1983⟧, HNr. 26/4412
Wohnadresse vor Haft: ⟦h:Ottakringer Straße 40, 1160 Wien⟧
Maßnahmen: Deutschkurs B1, Arbeit Küche, Antigewalttraining
Sozialer Dienst: ⟦n:Moidl Obwexer⟧`,
  },
  {
    lang: 'de',
    kind: 'Schweiz Bewährungsdienst Aktennotiz',
    source: `Bewährungs- und Vollzugsdienste Zürich – Aktennotiz
Klient: ⟦n:Nilla Oskal⟧, ⟦h:Hohlstrasse 201, 8004 Zürich⟧, ⟦t:+41 78 214 55 03⟧
Electronic Monitoring läuft seit 1.5. ohne Verstösse. Arbeitgeber bestätigt Anwesenheit.
Nächstes Standortgespräch 12.8.26. – ⟦n:Piera Turi⟧`,
  },
  {
    lang: 'de',
    kind: 'Paketkontrolle Protokoll (Sachbeweis)',
    source: `Paketkontrolle 11.07.2026, Absender ⟦n:Gule Şingalî⟧, ⟦h:Brauhausgasse 21, 93047 Regensburg⟧
Empfänger: ⟦n:Xidir Şingalî⟧ (BUCH-225301)
Inhalt: Kleidung, 1 Dose Tee (geöffnet, unauffällig), Brief mit Kreditkartenkopie ⟦c:-⟧ → zur Habe, nicht ausgehändigt.`,
  },
  {
    lang: 'de',
    kind: 'Zugangsgespräch Aufnahmebogen',
    source: `Aufnahmebogen Zugangsabteilung
Name: ⟦n:Mikkal Kemi⟧   Staatsangehörigkeit: deutsch
Reisepass: ⟦r:⟧  Personalausweis: ⟦k:⟧
Angehörige benachrichtigen: ⟦n:Gáddji Kemi⟧, ⟦m:gaddji.kemi@web.de⟧
Suizidscreening: unauffällig`,
  },
  {
    lang: 'de',
    kind: 'Dienstplan Stationsdienst (ohne Personenbezug)',
    source: `Dienstplan Haus B, KW 29
Frühdienst 06:00–14:00: 3 Bedienstete, Spätdienst 13:30–21:30: 3, Nachtdienst: 2
Einschluss 21:30, Aufschluss 06:30; Freistunde 09:00 Hof Nord
Zählung 06:15 / 12:00 / 21:35; Alarmnummer intern 4000`,
  },
  {
    lang: 'de',
    kind: 'Rundschreiben Telefonanlage (ohne Personenbezug)',
    source: `Rundschreiben 14/2026 – Gefangenentelefonie
Ab 1. August gelten neue Tarife: Festnetz 0,02 €/Min., Mobilfunk 0,09 €/Min. Guthaben über den Einkauf.
Gespräche werden nach § 32 StVollzG stichprobenweise überwacht; Verteidigergespräche nie.
Störungen an it-service@justiz-thueringen.example, Hotline 0361 57 3000-0.`,
  },
  {
    lang: 'de',
    kind: 'Speiseplan und Kantinenaushang (ohne Personenbezug)',
    source: `Kantine / Einkauf – Bestellschluss Mittwoch 12:00
Artikel 4411 Instantkaffee 200 g 5,49 €; Artikel 1203 Tabak 40 g 8,90 €; Artikel 0917 Telefonkarte 10 €
Ausgabe Freitag ab 14:00 nach Stationen A–D.`,
  },
  {
    lang: 'de',
    kind: 'Arbeitsauftrag IT Videobesuch (Ticket)',
    source: `Ticket #VB-2219 – Videobesuchsplattform
Besucherin ⟦n:Mahire Ghopur⟧ kann sich nicht anmelden, Login-Versuche von ⟦a:91.64.212.17⟧ (geblockt nach 5 Fehlversuchen).
Server intern 10.42.7.20, Raum 3. Bitte Sperre aufheben und Besucherin unter ⟦m:mahire.ghopur@web.de⟧ informieren.`,
  },
  {
    lang: 'de',
    kind: 'Anstaltsbeirat Sitzungsprotokoll',
    source: `Protokoll Anstaltsbeirat, Sitzung 3/2026
Anwesend: ⟦n:Vaseli Kalinin-Sinkarev⟧ (Vorsitz), ⟦n:Tamilla Ashurbekov⟧, ⟦n:Ujöp Pescollderungg⟧
TOP 1: Beschwerden über Wartezeiten bei Besuchen. TOP 2: Arbeitsangebot Frauenabteilung.
Nächste Sitzung 24.09.2026.`,
  },
  {
    lang: 'de',
    kind: 'Anwaltsschreiben Akteneinsicht',
    source: `Rechtsanwältin ⟦n:Sevil Kaziakhmedov⟧ · Fachanwältin für Strafrecht
An die JVA Tonna – Mandant ⟦n:Rizvan Shikhkerimov⟧, BUCH-190577
Ich beantrage Einsicht in die Gefangenenpersonalakte, insbesondere Telefonüberwachungsprotokolle seit März.
Direkt: ⟦t:0361 6644127⟧ · ⟦m:kaziakhmedov@strafverteidigung-erfurt.de⟧`,
  },
];
