import type { HandSource } from './markup.js';

/** German hand-written documents of set 49 (Wahlämter, Briefwahl, Wahlhelfer, Unterstützungsunterschriften, Bürgerbegehren, Petitionen, Einwendungen, Schöffenwahl), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Wahlhelfer-Meldeformular',
    source: `Stadt Freiburg im Breisgau – Wahlamt · Rathausplatz 2–4, 79098 Freiburg · Tel. 0761 201-0
Meldung als Wahlhelfer/in zur Bundestagswahl

Name, Vorname: ⟦n:Ozoliņkalns, Austrīte⟧
Geburtsdatum: ⟦b:09.11.1984⟧
Anschrift: ⟦h:Wiehre-Allee 17, 79100 Freiburg im Breisgau⟧
Mobil: ⟦t:0157 3318 4402⟧   E-Mail: ⟦m:austrite.ozolinkalns@web.de⟧
Gewünschter Einsatz: Wahlbezirk WB-0412 (Lorettoschule), gern als Schriftführerin
Erfrischungsgeld bitte auf IBAN ⟦i:DE g⟧
Für die Minijob-Prüfung: Rentenversicherungsnummer ⟦s:09111984 Ozoliņkalns f⟧, Steuer-ID ⟦x:g⟧, Personalausweis ⟦k:⟧

Ich war 2021 bereits Beisitzerin. Unterschrift: ________`,
  },
  {
    lang: 'de',
    kind: 'Einsatzplan Wahlvorstand Tabelle',
    source: `Einsatzplan Wahlvorstand WB-0207 (Turnhalle Haslach) – Stand 02.09.2026
Funktion            | Name                      | Telefon
Wahlvorsteher       | ⟦n:Gediminukas Jankauskėlis⟧   | ⟦t:0162 9904 1187⟧
stv. Wahlvorsteherin| ⟦n:Dzintrīte Vītoliņupe⟧      | ⟦t:0178 2260 5513⟧
Schriftführerin     | ⟦n:Helgimaa Rebasemets⟧       | ⟦t:0761 4097 223⟧
Beisitzer           | ⟦n:Turpalkhan Dudurkhanov⟧    | ⟦t:0157 7720 0364⟧
Schichtwechsel 13:00 Uhr; Schlüssel beim Hausmeister, Wahlamt-Hotline 0761 201-5390.`,
  },
  {
    lang: 'de',
    kind: 'Briefwahlantrag Formular',
    source: `Antrag auf Erteilung eines Wahlscheins (Briefwahl)
Wählerverzeichnis-Nr.: WV/07/004128   Wahlbezirk: WB-0718

Familienname: ⟦n:Kalniņupe⟧   Vorname(n): ⟦n:Ilgvarsis⟧
Geburtsdatum: ⟦b:27.02.1949⟧
Wohnanschrift: ⟦h:Habsburgerstraße 88, 79104 Freiburg im Breisgau⟧
Die Unterlagen sollen an folgende abweichende Anschrift gesandt werden:
⟦h:Seestraße 4, 78464 Konstanz⟧ (Kur bis 30.09.)
Telefon für Rückfragen: ⟦t:07531 918 442⟧
Bei Abholung im Wahlamt vorgelegt: Personalausweis ⟦k:⟧
Ich versichere, dass ich den Antrag selbst gestellt habe.`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Briefwahl mit Zitat',
    source: `Von: ⟦n:Rūtelija Paulauskėnas⟧ <⟦m:ruteli.paul@gmx.de⟧>
An: briefwahl@stadt-koeln.example
Betreff: Re: Ihr Wahlschein ist unterwegs – WV/22/018855

Hallo,
die Unterlagen sind leider nicht angekommen. Ich wohne seit Mai in der ⟦h:Zollstockgürtel 61, 50969 Köln⟧,
vielleicht ging der Brief noch an die alte Adresse? Bitte melden Sie sich unter ⟦t:+49 176 5521 0983⟧.

Viele Grüße
⟦n:Rūtelija Paulauskėnas⟧

> Am 28.08.2026 schrieb Briefwahlstelle Köln <briefwahl@stadt-koeln.example>:
> Ihr Wahlschein wurde am 26.08.2026 versandt. Bei Verlust wenden Sie sich bitte an 0221 221-0.`,
  },
  {
    lang: 'de',
    kind: 'Wahlscheinverzeichnis Auszug CSV',
    source: `wahlschein_nr;waehlerverzeichnis_nr;name;geburtsdatum;versand;eingang
BW-2026-08811;WV/11/000913;⟦n:Tõnissoo Kasemaajõe⟧;⟦b:14.06.1962⟧;26.08.2026;03.09.2026
BW-2026-08812;WV/11/000944;⟦n:Kadrilinn Tamsaluvere⟧;⟦b:01.03.1990⟧;26.08.2026;
BW-2026-08813;WV/11/001002;⟦n:Šukarjanka Lovarifeld⟧;⟦b:22.12.1957⟧;27.08.2026;05.09.2026`,
  },
  {
    lang: 'de',
    kind: 'Berichtigungsantrag Wählerverzeichnis',
    source: `An die Gemeinde Lörrach – Wählerverzeichnis
Antrag auf Berichtigung (§ 22 BWO)

Mein Name ist im Wählerverzeichnis falsch geschrieben: dort steht „⟦n:Bakaribu Coulibaliba⟧“, richtig ist
⟦n:Bakaribou Coulibalyba⟧, geboren am ⟦b:05.07.1979⟧, wohnhaft ⟦h:Turmstraße 12, 79539 Lörrach⟧.
Kopien meines Personalausweises (Nr. ⟦k:⟧) und Reisepasses (Nr. ⟦r:⟧) liegen bei.

Lörrach, 18.08.2026
⟦n:Bakaribou Coulibalyba⟧`,
  },
  {
    lang: 'de',
    kind: 'Rücklauf Wahlbenachrichtigungen Protokoll',
    source: `Rücklauf Wahlbenachrichtigungen – unzustellbar (Post-Retouren KW 35)
Wahlbezirk WB-1104: 17 Stück, davon 12 „Empfänger unbekannt verzogen“
Wahlbezirk WB-1107: 9 Stück
Wahlbezirk WB-1112: 23 Stück (Großwohnanlage, Briefkästen unbeschriftet)
Weiteres Vorgehen: Abgleich mit dem Melderegister bis 10.09., danach Sperrvermerk.
Bearbeitet: Team Wahlen, Durchwahl -5391`,
  },
  {
    lang: 'de',
    kind: 'Unterstützungsunterschriften Formblatt',
    source: `Formblatt für eine Unterstützungsunterschrift – Kreiswahlvorschlag Wahlkreis 281
Bewerberin: ⟦n:Nurietanag Khatkhoqo⟧, Kreisvorsitzende „Freie Bürgerliste“

Familienname, Vorname: ⟦n:Teuchezhiko, Saidaneko⟧
Geburtsdatum: ⟦b:30.04.1971⟧
Anschrift (Hauptwohnung): ⟦h:Sundgauallee 41, 79110 Freiburg im Breisgau⟧
Bestätigung des Wahlrechts durch die Gemeinde: erteilt am 21.07.2026, Reg.-Nr. UU-281-0456`,
  },
  {
    lang: 'de',
    kind: 'Prüfvermerk Unterschriftenprüfung',
    source: `Prüfung der Unterstützungsunterschriften – Wahlvorschlag „Liste Zukunft Bern-Nord“
eingereicht: 214 Unterschriften, erforderlich: 100
ungültig: 11 (davon 6 nicht im Stimmregister, 3 doppelt, 2 unleserlich)
Doppelt: ⟦n:Madinætæ Gagloytæ⟧ (Bl. 4 und Bl. 17), ⟦n:Zaurbeg Kokoytæ⟧ (Bl. 9 und 12),
⟦n:Ivalunnguaq Qujaukitsoq⟧ (Bl. 2 und 20)
Ergebnis: zustande gekommen. Geprüft: Stadtkanzlei, Abt. Wahlen und Abstimmungen`,
  },
  {
    lang: 'de',
    kind: 'Volksbegehren Eintragungsliste Österreich',
    source: `Volksbegehren „Leistbares Wohnen“ – Eintragungsliste Gemeinde Wien, Bezirk 3
Lfd. Nr. | Familienname, Vorname | Geburtsdatum | Wohnadresse
0041 | ⟦n:Davletbirdin, Rämilbay⟧ | ⟦b:11.10.1986⟧ | ⟦h:Landstraßer Hauptstraße 97/12, 1030 Wien⟧
0042 | ⟦n:Kinzyabulat, Gölnazira⟧ | ⟦b:03.05.1993⟧ | ⟦h:Landstraßer Hauptstraße 97/14, 1030 Wien⟧
0043 | ⟦n:Yandievkhoy, Raisakhaza⟧ | ⟦b:19.01.1955⟧ | ⟦h:Rasumofskygasse 8/3, 1030 Wien⟧
Identität geprüft anhand Lichtbildausweis; Eintragungszeitraum 2.–9. 3. 2026.`,
  },
  {
    lang: 'de',
    kind: 'Chatprotokoll Bürgerbegehren Sammelteam',
    source: `[Signal] Sammelteam Freibad Haslach
[18:02] ⟦n:Ojārdis⟧: heute 212 Unterschriften am Markt 🎉
[18:04] ⟦n:Helgimaa⟧: super! die Listen bitte bis Freitag zu ⟦n:Tarmokivi⟧ bringen, ⟦h:Carl-Kistner-Straße 31, 79115 Freiburg im Breisgau⟧
[18:05] ⟦n:Tarmokivi⟧: ja, klingeln bei ⟦n:Mägiveski⟧, oder anrufen ⟦t:0176 2219 8840⟧
[18:07] ⟦n:Ojārdis⟧: frage: zählen Unterschriften von 16-Jährigen? 
[18:09] ⟦n:Helgimaa⟧: nein, nur Wahlberechtigte zur Gemeinderatswahl`,
  },
  {
    lang: 'de',
    kind: 'Petition Online-Unterschriftenexport',
    source: `Export PET-2026-30417 „Tempo 30 vor Grundschulen“ – nicht öffentliche Felder
zeitstempel,name,email,ip
2026-04-02T09:14:55Z,⟦n:Mehrangezoi Davlatzoda-Vahdat⟧,⟦m:mehri.davlatzoda@posteo.de⟧,⟦a:91.64.212.18⟧
2026-04-02T09:15:31Z,⟦n:Khavakhaza Oskanovkhoy⟧,⟦m:kh.oskanov@gmx.de⟧,⟦a:2a02:8071:5c2:7e00::1d⟧
2026-04-02T09:17:06Z,⟦n:Pimâtisiwin Wâpimostos⟧,⟦m:pimatisiwin@mailbox.org⟧,⟦a:178.201.33.140⟧`,
  },
  {
    lang: 'de',
    kind: 'Einwendung Bebauungsplan Brief',
    source: `⟦n:Ayubkhadzhi Gakayevkhoy⟧
⟦h:Am Brühl 22, 50667 Köln⟧

Stadt Köln, Stadtplanungsamt, Willy-Brandt-Platz 2, 50679 Köln

Einwendung zum Bebauungsplan-Entwurf 68459/03 „Brühler Gärten“

Sehr geehrte Damen und Herren,
als Eigentümer des Nachbargrundstücks erhebe ich Einwendungen gegen die geplante Höhe von
fünf Geschossen. Unser Garten läge ab Oktober ganztägig im Schatten.
Erreichbar bin ich unter ⟦t:0221 3499 817⟧.

Mit freundlichen Grüßen
⟦n:Ayubkhadzhi Gakayevkhoy⟧`,
  },
  {
    lang: 'de',
    kind: 'Abwägungstabelle Öffentlichkeitsbeteiligung',
    source: `Abwägung der Stellungnahmen (Öffentlichkeit) – Lfd. Nr. 14 bis 16
14 | ⟦n:Mikkõlnõ Pizāvīț⟧, ⟦h:Lindenstraße 9, 50674 Köln⟧ | Lärm durch Anlieferung | wird teilweise berücksichtigt
15 | Bürgerverein Altstadt-Süd e. V. | Erhalt der Platanen | wird berücksichtigt
16 | ⟦n:Līzõbet Stalteŗvīț⟧ (⟦m:lizobet.s@t-online.de⟧) | Parkplätze | wird nicht berücksichtigt
Hinweis: Namen der Einwender werden in der Ratsvorlage geschwärzt.`,
  },
  {
    lang: 'de',
    kind: 'Schöffenvorschlagsliste Auszug',
    source: `Vorschlagsliste für die Wahl der Schöffinnen und Schöffen 2029–2033 – Stadt Freiburg
(§ 36 GVG: Name, Geburtsname, Geburtsjahr, Wohnort, Beruf)
1. ⟦n:Krupaliben Solankiwala⟧, geb. ⟦b:1968⟧, Freiburg-Stühlinger, Apothekerin
2. ⟦n:Kondwanile Phiriyamwala⟧, geb. ⟦b:1975⟧, Freiburg-Wiehre, Elektromeister
3. ⟦n:Moussakanda Traoréwélé⟧, geb. ⟦b:1981⟧, Freiburg-Haslach, Sozialarbeiter
Die Liste liegt vom 10. bis 17. Juni im Rathaus öffentlich aus.`,
  },
  {
    lang: 'de',
    kind: 'Schöffenbewerbung Formular',
    source: `Bewerbung für das Schöffenamt (Jugendschöffe)
Name: ⟦n:Giizhigookwe Niizhoogiizhik⟧   Geburtsdatum: ⟦b:16.08.1977⟧
Anschrift: ⟦h:Kartäuserstraße 102, 79102 Freiburg im Breisgau⟧
Telefon: ⟦t:0761 7023 915⟧   E-Mail: ⟦m:giizhigookwe.n@freenet.de⟧
Staatsangehörigkeit: deutsch  –  Ausweisnummer: ⟦k:⟧
Für die Verdienstausfallentschädigung: Steuer-ID ⟦x:⟧, Rentenversicherungsnummer ⟦s:16081977 Niizhoogiizhik f⟧
Beruf: Erzieherin; Erfahrung in der Jugendarbeit seit 2004.`,
  },
  {
    lang: 'de',
    kind: 'Niederschrift Einwohnerfragestunde',
    source: `Niederschrift Gemeinderat, öffentliche Sitzung vom 23.06.2026, TOP 2 Einwohnerfragestunde
Frau ⟦n:Aygünəl Məmmədlizadə⟧ (Wiehre) fragt nach dem Stand der Sanierung der Schwabentorbrücke.
Bürgermeister antwortet: Baubeginn voraussichtlich Frühjahr 2027.
Herr ⟦n:Shurendy Rosariosol⟧ fragt, warum der Bürgerentscheid zur Stadtbahn nicht mit der Landtagswahl
zusammengelegt wird. Antwort: Fristen der Gemeindeordnung lassen dies nicht zu.
Weitere Fragen liegen nicht vor.`,
  },
  {
    lang: 'de',
    kind: 'Sitzungsprotokoll Wahlausschuss ohne Personen',
    source: `Kreiswahlausschuss Wahlkreis 281 – Sitzung vom 28.07.2026
Zugelassen: 9 Kreiswahlvorschläge. Zurückgewiesen: 1 (fehlende Unterstützungsunterschriften:
erforderlich 200, gültig 163). Beschwerde möglich binnen drei Tagen beim Landeswahlausschuss.
Reihenfolge auf dem Stimmzettel nach Landesliste; Einzelbewerber folgen alphabetisch.
Beginn 10:00 Uhr, Ende 11:42 Uhr.`,
  },
  {
    lang: 'de',
    kind: 'Ticket Wahlamt-Helpdesk',
    source: `Ticket #WA-7731 · Kategorie: Wahlschein verloren · Priorität: hoch
Meldende Person: ⟦n:Nimkiikwe Wiigwaasens⟧, Geburtsdatum ⟦b:02.02.2002⟧, WV/31/002217
Rückruf an: ⟦t:+49 151 4408 2271⟧
Identität am Schalter geprüft: Personalausweis ⟦k:⟧
Notiz Sachbearbeitung: Wählerin gibt an, der Wahlschein sei nie angekommen. Glaubhaftmachung per
Versicherung an Eides statt liegt vor; neuer Wahlschein BW-2026-11420 ausgestellt, alter für ungültig erklärt.`,
  },
  {
    lang: 'de',
    kind: 'Auszahlungsliste Erfrischungsgeld',
    source: `Auszahlung Erfrischungsgeld Landtagswahl – Wahlbezirke WB-0301 bis WB-0304
Name | Steuer-ID | Betrag | IBAN
⟦n:Ilanchezhiyan Kandasamyar⟧ | ⟦x:⟧ | 50,00 € | ⟦i:DE⟧
⟦n:Vennilavu Ponnambalavanar⟧ | ⟦x:g⟧ | 50,00 € | ⟦i:DE g⟧
⟦n:Souksavathdy Keovilayvong⟧ | ⟦x:⟧ | 35,00 € | ⟦i:DE⟧
Hinweis Kämmerei: Beträge über 256 € wären mitteilungspflichtig, hier nicht der Fall.`,
  },
  {
    lang: 'de',
    kind: 'Personalbogen Minijob Wahlamt',
    source: `Personalfragebogen geringfügige Beschäftigung – Wahlamt, Aushilfe Briefwahlstelle
Name: ⟦n:Teuraiterai Temauriterai⟧
Geburtsdatum: ⟦b:12.04.1998⟧
Anschrift: ⟦h:Grüner Weg 14, 50825 Köln⟧
Rentenversicherungsnummer: ⟦s:12041998 Temauriterai f⟧
Steuer-Identifikationsnummer: ⟦x:⟧
Bankverbindung: ⟦i:DE g⟧
Beschäftigungszeitraum 17.08.–30.09.2026, 12 Std./Woche`,
  },
  {
    lang: 'de',
    kind: 'Eintragung Auslandsdeutsche Wählerverzeichnis',
    source: `Antrag auf Eintragung in das Wählerverzeichnis (Deutsche im Ausland, Anlage 2 BWO)
Familienname: ⟦n:Chirwaninga⟧   Vornamen: ⟦n:Tadalikira⟧
Geburtsdatum: ⟦b:07.09.1966⟧
Derzeitige Anschrift im Ausland: ⟦h:Oosterstraat 44, 9711 NS Groningen⟧
Letzte Wohnung in Deutschland: ⟦h:Schwabstraße 3, 72074 Tübingen⟧ (bis 2011)
Reisepassnummer: ⟦r:⟧   Personalausweisnummer: ⟦k:⟧
E-Mail: ⟦m:tadalikira.ch@ziggo.nl⟧`,
  },
  {
    lang: 'de',
    kind: 'Ausweiskontrolle Wahllokal Notiz',
    source: `Notiz Wahlvorstand WB-0412, 14:35 Uhr:
Wähler ohne Wahlbenachrichtigung erschienen, Personalausweis ⟦k:⟧ vorgelegt,
Name ⟦n:Elvinbəy Quliyevbəyli⟧, geb. ⟦b:25.03.1970⟧, im Wählerverzeichnis unter lfd. Nr. 0733 gefunden.
Stimmabgabe zugelassen. Vermerk in Spalte „Stimmabgabe“ gesetzt.
16:10 Uhr: Wählerin ⟦n:Fatoumatakadi Konatésira⟧ weist sich mit Reisepass ⟦r:⟧ aus, lfd. Nr. 0941, zugelassen.`,
  },
  {
    lang: 'de',
    kind: 'Stimmrechtsausweis Rücksendung Schweiz',
    source: `Stadtkanzlei Bern – Rücksendung Stimmrechtsausweis unzustellbar
Stimmregister-Nr. SR-30-118204
Adressat: ⟦n:Bounthavongsy Luangrathvong⟧, ⟦h:Lorrainestrasse 27, 3013 Bern⟧
Grund: Briefkasten nicht angeschrieben. Bitte Adresse beim Einwohneramt prüfen.
Kontakt der stimmberechtigten Person laut Register: ⟦t:+41 79 412 88 06⟧`,
  },
  {
    lang: 'de',
    kind: 'Statistik Briefwahlquote ohne Personen',
    source: `Briefwahlquote nach Stadtbezirk (vorläufig, Stand Wahlabend 20:15)
Altstadt 58,2 % | Wiehre 61,7 % | Haslach 44,9 % | Stühlinger 52,3 % | Landwasser 39,8 %
Gesamt 53,1 % (2021: 49,6 %). Rücklauf am Wahlsonntag bis 18 Uhr: 2.114 Wahlbriefe.
Quelle: Wahlamt, Datei briefwahl_quote_v3.xlsx`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde Wahlprüfung E-Mail',
    source: `Von: ⟦n:Paromitadi Chattopadhyayda⟧ <⟦m:paromita.chatto@mailbox.org⟧>
An: landeswahlleitung@example.org
Betreff: Wahleinspruch Stimmbezirk WB-1107

Sehr geehrte Damen und Herren,
im Wahllokal WB-1107 wurde am Wahltag gegen 16 Uhr Wahlwerbung im Eingangsbereich verteilt.
Ich habe Fotos gemacht und stehe als Zeugin zur Verfügung (⟦t:0178 6620 1394⟧).
Meine Anschrift: ⟦h:Eisenbahnstraße 7, 79098 Freiburg im Breisgau⟧.

⟦n:Paromitadi Chattopadhyayda⟧`,
  },
  {
    lang: 'de',
    kind: 'Rechnung Zustellung Wahlbriefe ohne Personen',
    source: `Rechnung Nr. 2026-0917 · Zustelldienst Breisgau GmbH an Stadt Freiburg, Wahlamt
Pos. 1  Abholung Wahlbriefe Briefzentrum, 6 Fahrten à 48,00 €      288,00 €
Pos. 2  Sonderzustellung Wahlsonntag                               140,00 €
Summe netto 428,00 € · USt 19 % 81,32 € · Gesamt 509,32 €
Zahlbar bis 15.10.2026 auf DE-Konto der Zustelldienst Breisgau GmbH laut Rahmenvertrag.`,
  },
  {
    lang: 'de',
    kind: 'Kandidatenvorstellung Gemeinderat',
    source: `Kandidierende Liste „Haslach gemeinsam“ – Platz 1 bis 3
1. ⟦n:Tehotuarii Tauraatua⟧, 52, Busfahrer, ⟦m:t.tauraatua@haslach-gemeinsam.de⟧
2. ⟦n:Adhieuchol Bolmayardit⟧, 38, Pflegefachfrau
3. ⟦n:Binesiiwens Asinigaabo⟧, 24, Student
Vertrauensperson der Liste: ⟦n:Tehotuarii Tauraatua⟧, Ersatz: ⟦n:Adhieuchol Bolmayardit⟧`,
  },
  {
    lang: 'de',
    kind: 'Zahlung Bürgerbegehren Spende Kreditkarte',
    source: `Spendenbeleg Initiative „Stadtbahn Nord jetzt“ (Online-Spende)
Spender/in: ⟦n:Sharmisthadi Gangopadhyaydi⟧
Karte: ⟦c:-⟧ (belastet 25,00 €)
Frühere Spenden derselben Person: 12.03. mit Karte ⟦c:⟧, 02.04. mit Karte ⟦c: ⟧
IP bei Zahlung: ⟦a:85.216.9.77⟧
Spendenquittung an: ⟦h:Zollstockgürtel 140, 50969 Köln⟧`,
  },
  {
    lang: 'de',
    kind: 'Sterbefall Löschung Wählerverzeichnis',
    source: `Fortschreibung Wählerverzeichnis – Streichung wegen Sterbefall
Lfd. Nr. im WV: WV/09/003381
Name: ⟦n:Garangdeng Majakgarang⟧, geboren ⟦b:3. Mai 1931⟧, zuletzt wohnhaft ⟦h:Hölderlinweg 6, 72076 Tübingen⟧
Mitteilung Standesamt vom 01.09.2026; Rentenversicherungsnummer laut Sterbefallmitteilung ⟦s:03051931 Majakgarang m⟧
Personalausweis ⟦k:⟧ an die Pass- und Ausweisbehörde zur Entwertung gemeldet.
Erledigt: Sachgebiet Wahlen`,
  },
];
