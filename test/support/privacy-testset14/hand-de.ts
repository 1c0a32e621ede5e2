/** Set 14's German hand-written documents: schools, Kitas, universities, research, housing (DE, AT, CH). */
export interface HandDoc {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

const de = (kind: string, source: string): HandDoc => ({ lang: 'de', kind, source });

export const HAND_DE: HandDoc[] = [
  de(
    'Krankmeldung per E-Mail an das Schulsekretariat',
    `Von: ⦃m:heidrun.hollerbach@posteo.de⦄
An: sekretariat@gymnasium-am-wall.de
Betreff: Krankmeldung Klasse 7b

Sehr geehrte Damen und Herren,
mein Sohn ⦃n:Mads Hollerbach⦄ (7b) ist seit heute an Magen-Darm erkrankt und fehlt voraussichtlich bis Freitag.
Bei Rückfragen erreichen Sie mich unter ⦃f:0176 4418 2093⦄.
Mit freundlichen Grüßen
⦃n:Heidrun Hollerbach⦄`,
  ),
  de(
    'Terminliste Elternsprechtag',
    `Elternsprechtag 14.11. – Raum B14.027 – Frau ⦃n:Sauerbrey⦄ (Mathematik)
16:00  Familie ⦃n:Vuković⦄ (Sohn ⦃n:Davor⦄, 8a)
16:10  Herr ⦃n:Gustaf Ekholm⦄ – Rückruf erbeten: ⦃f:+49 421 69 33 017⦄
16:20  frei
16:30  Frau ⦃n:Dilek Taşdemir⦄ mit Dolmetscherin
16:40  Eltern von ⦃n:Ilze Balodis⦄ – Mail an ⦃m:balodis.familie@gmx.de⦄ geschickt`,
  ),
  de(
    'Klassenliste mit Geburtsdaten',
    `Klasse 5c – Schuljahr 2026/27 – Klassenleitung: ⦃n:Wigand Schottelius⦄
Nr | Name, Vorname | geb.
1 | ⦃n:Bergkvist, Viggo⦄ | ⦃gb:03.02.2015⦄
2 | ⦃n:Cheema, Jasleen⦄ | ⦃gb:19.07.2015⦄
3 | ⦃n:Fujimoto, Ayaka⦄ | ⦃gb:28.11.2014⦄
4 | ⦃n:Horvatić, Ratko⦄ | ⦃gb:06.05.2015⦄
5 | ⦃n:Mukriyanî, Rezan⦄ | ⦃gb:12.09.2015⦄`,
  ),
  de(
    'Anmeldung Klassenfahrt mit Lastschriftmandat',
    `Klassenfahrt 9a nach Usedom, 18.–22.05.
Schüler/in: ⦃n:Natia Kobakhidze⦄
Erziehungsberechtigte/r: ⦃n:Irakli Kobakhidze⦄, Tel. ⦃f:0351 8827416⦄
Kosten 289 EUR – SEPA-Lastschrift von IBAN ⦃ib:DE47 1696 2757 4253 9321 45⦄
Besonderheiten: Vegetarisch, Schwimmer: ja
Unterschrift: I. ⦃n:Kobakhidze⦄`,
  ),
  de(
    'Abholberechtigung Kita',
    `Kita Sonnenblume, Gartenweg 3, 04109 Leipzig
Abholberechtigung für ⦃n:Kirra Wunungmurra⦄ (Gruppe Igel)
Folgende Personen dürfen mein Kind abholen:
1. ⦃n:Tjapaltjarri, Jedda⦄ (Tante), Ausweis-Nr. ⦃pa:L3JG67GJW3⦄
2. ⦃n:Warrick Mundine⦄ (Nachbar), Mobil ⦃f:0157 3320 8841⦄
Bitte Ausweis vorzeigen lassen. Leipzig, 02.09., ⦃n:Alinta Wunungmurra⦄`,
  ),
  de(
    'Allergieliste Kita-Gruppe',
    `Allergien / Unverträglichkeiten – Gruppe Füchse (Aushang Küche, nicht öffentlich)
- ⦃n:Lowri Prydderch⦄: Erdnuss (Notfallset im Schrank 2!)
- ⦃n:Tomé Valadares⦄: Laktose
- ⦃n:Huia⦄ (Nachname folgt): Kiwi
- ⦃n:Yanfei Deng⦄: Hühnerei, Sesam
Bei Reaktion sofort Eltern anrufen, Liste im Ordner „Notfall“.`,
  ),
  de(
    'Nachricht Eingewöhnung in der Kita-App',
    `[Kita-App] 08:47 – Erzieherin ⦃n:Ásdís⦄ an Eltern ⦃n:Magnússon⦄:
⦃n:Einar⦄ hat heute 20 Minuten ohne Mama geschafft 🎉 Morgen versuchen wir 40 Minuten.
Bitte Wechselwäsche mitbringen. Bei Fragen: ⦃f:0341 2209 115⦄ (Gruppentelefon)`,
  ),
  de(
    'Zulassungsbescheid Masterstudiengang',
    `Universität Regensburg – Studierendenkanzlei – Universitätsstraße 31, 93053 Regensburg
Frau
⦃n:Mădălina Teodorescu⦄
⦃adr:Kumpfmühler Str. 19
93051 Regensburg⦄

Zulassungsbescheid zum Wintersemester – Master Molekulare Medizin
Sehr geehrte Frau ⦃n:Teodorescu⦄,
wir freuen uns, Ihnen mitteilen zu können, dass Sie zugelassen sind. Bitte schreiben Sie sich bis 15.09. ein.
Bewerbernummer: BW-26-4471 (keine Matrikelnummer)`,
  ),
  de(
    'Protokoll Prüfungsausschuss',
    `Protokoll der 12. Sitzung des Prüfungsausschusses BA Soziologie
Anwesend: Prof. Dr. ⦃n:Hildegunde Wolkenhauer⦄ (Vorsitz), Dr. ⦃n:Gilad Katznelson⦄, ⦃n:Ebba Wallgren⦄ (stud. Mitglied)
TOP 3: Antrag ⦃n:Lubomír Štěpánek⦄ (Matr.-Nr. 2214839) auf Fristverlängerung der Bachelorarbeit – genehmigt (4 Wochen, Attest liegt vor).
TOP 4: Täuschungsversuch in der Klausur SOZ-1204: Anhörung von ⦃n:Cosmin Nistor⦄ am 03.12.
Protokoll: ⦃n:Dace Krūmiņa⦄`,
  ),
  de(
    'Betreuungszusage Masterarbeit',
    `Betreuungszusage
Hiermit erkläre ich mich bereit, die Masterarbeit von ⦃n:Baiba Liepiņa⦄ zum Thema „Schallschutz im Holzbau“ zu betreuen.
Zweitgutachter: Dr.-Ing. ⦃n:Vratislav Hořejší⦄
Erreichbarkeit der Kandidatin: ⦃m:baiba.liepina@stud.tu-dresden.de⦄
Dresden, 11.11. – Prof. ⦃n:Honorin Boisgontier⦄`,
  ),
  de(
    'Stipendienantrag mit Steuer-ID und Bankverbindung',
    `Deutschlandstipendium – Angaben zur Auszahlung
Name: ⦃n:Rasmus Dalsgaard⦄
Geburtsdatum: ⦃gb:22.08.2003⦄
Steuerliche Identifikationsnummer: ⦃st:40136792538⦄
IBAN: ⦃ib:DE06 1080 7853 1354 6910 86⦄
Anschrift: ⦃adr:Am Brühl 7a, 24103 Kiel⦄`,
  ),
  de(
    'Anmeldung Sprachschule Wien mit Reisepass',
    `Sprachinstitut Donau – Intensivkurs Deutsch B1 (Kurs DEU-B1-0314)
Teilnehmer: ⦃n:Manpreet Khaira⦄, geb. ⦃gb:5. März 1996⦄
Reisepass (deutsch, Ehepartner mitreisend): ⦃n:Tejinder Khaira⦄, Nr. ⦃rp:CRMM4HXTC0⦄
Unterkunft: Gastfamilie ⦃n:Kesselring⦄, ⦃adr:Hernalser Hauptstraße 112/4, 1170 Wien⦄
Kurskosten per Karte: ⦃kk:4876 1688 3363 8313⦄`,
  ),
  de(
    'Einwilligungserklärung Studie',
    `Einwilligungserklärung – Studie „Schlaf und Lernen bei Jugendlichen“ (Ethikvotum 2026-118)
Teilnehmer-ID: SL-0427 (pseudonymisiert)
Ich, ⦃n:Tatsuya Morimoto⦄, willige ein, dass die Daten meines Kindes pseudonymisiert ausgewertet werden.
Kontakt Studienleitung: ⦃n:Heledd Meirion⦄, studie-schlaf@uni-wuerzburg.de, ⦃f:0931 31 84 227⦄
Würzburg, den 02.10.`,
  ),
  de(
    'Teilnehmerprotokoll einer Studie',
    `Messprotokoll Welle 2 – Versuchsleiterin: ⦃n:Paromita Lahiri⦄
ID     | Termin | Aktigraph | Bemerkung
SL-0427 | 07.10. | AG-33 | Gerät vergessen, neuer Termin
SL-0431 | 07.10. | AG-35 | ok
SL-0440 | 08.10. | AG-31 | Abbruch nach 3 Nächten`,
  ),
  de(
    'Mietvertrag Studentenwohnheim (Auszug)',
    `§ 1 Mietparteien: Studierendenwerk Bonn und ⦃n:Arnab Bhowmick⦄, geb. ⦃gb:14.01.2002⦄,
bisherige Anschrift: ⦃adr:Ballygunge Place 41, Kolkata 700019⦄, Indien
§ 2 Mietobjekt: Zimmer 314, Haus C, Römerstraße 84, 53111 Bonn (Wohnheim)
§ 5 Kaution 450 EUR auf das Konto des Studierendenwerks.
Notfallkontakt: ⦃n:Madhumita Bhowmick⦄, ⦃f:+91 98310 44217⦄`,
  ),
  de(
    'Mahnung Mietrückstand Hausverwaltung',
    `Hausverwaltung Ziegenhagen GmbH · Kantstraße 152 · 10623 Berlin
Herrn ⦃n:Vinko Lovrić⦄
⦃adr:Wiclefstraße 28
10551 Berlin⦄

2. Mahnung – Mietrückstand Oktober und November (1.640,00 EUR)
Sehr geehrter Herr ⦃n:Lovrić⦄, bitte überweisen Sie den Betrag bis 15.12. Rückfragen: Frau ⦃n:Ritva Koivisto⦄, ⦃f:030 8847 2210⦄, buchhaltung@hv-ziegenhagen.de`,
  ),
  de(
    'Zählerstandsmeldung Mieter',
    `Ablesung Kaltwasser – Whg. 3 OG links
Mieterin: ⦃n:Snježana Pavletić⦄
Zählernummer Z14-3345120, Stand 00412,7 m³, abgelesen am 30.11.
Rückmeldung per Foto an zaehler@wohnbau-hegau.de
Tel. Mieterin: ⦃f:07731 66 02 19⦄`,
  ),
  de(
    'Reparaturanfrage Ticket Hausverwaltung',
    `Ticket #R-20931 | Priorität: hoch | Kategorie: Heizung
Gemeldet von: ⦃n:Octavian Manolache⦄ (Mieter), ⦃adr:Weidengasse 5, 2. OG, 50668 Köln⦄
„Heizkörper im Kinderzimmer bleibt kalt, Thermostat getauscht – keine Änderung.“
Zugang: Schlüssel bei Nachbarin ⦃n:Ljiljana Radić⦄ (EG rechts)
Zugewiesen: Firma Wärmetechnik Rhein, Handwerker erreicht Mieter unter ⦃f:0221 9385 1172⦄`,
  ),
  de(
    'Hausmeister-Dienstplan',
    `Dienstplan Hausmeister – Wohnanlage Lindenhof, KW 49
Mo/Di: ⦃n:Goran Grgurević⦄ – Mobil ⦃f:0162 7731 5408⦄
Mi/Do: ⦃n:Pertti Lehtonen⦄ – Mobil ⦃f:0162 7731 5409⦄
Fr: Vertretung ⦃n:Hêvîn Qazî⦄
Notdienst nachts: Zentrale 0800 5544 330`,
  ),
  de(
    'Mitgliedsantrag Wohnungsgenossenschaft',
    `Beitrittserklärung – Wohnungsgenossenschaft „Am Stadtpark“ eG
Name, Vorname: ⦃n:Pospíšil, Věra⦄
Geburtsdatum: ⦃gb:17.03.1981⦄
Rentenversicherungsnummer (für Wohnberechtigung): ⦃rv:12170381P526⦄
Steuer-ID: ⦃st:46358759105⦄
Anschrift: ⦃adr:Heckenrosenweg 12
30659 Hannover⦄
Geschäftsanteile: 3 à 300 EUR`,
  ),
  de(
    'Mieterselbstauskunft beim Makler',
    `Mieterselbstauskunft – Objekt: 3-Zi.-Whg., Hirschgartenallee, München
Interessent: ⦃n:Kaori Matsumura⦄
Personalausweis-Nr.: ⦃pa:LLNNLHMT61⦄
Geburtsdatum: ⦃gb:09.12.1988⦄
Arbeitgeber: Siemens Healthineers, Nettoeinkommen 4.200 EUR
Derzeitige Adresse: ⦃adr:Leopoldstraße 201, 80804 München⦄
E-Mail: ⦃m:k.matsumura@web.de⦄`,
  ),
  de(
    'Wohnungsübergabeprotokoll',
    `Übergabeprotokoll – Auszug
Vormieter: ⦃n:Eustache Courtecuisse⦄, neue Anschrift: ⦃adr:Rue des Tanneurs 4, 67000 Strasbourg⦄, Frankreich
Übernehmer: ⦃n:Jaspreet Toor⦄
Schlüssel: 3x Haustür, 2x Wohnung, 1x Briefkasten
Mängel: Kratzer Parkett Flur, Silikonfuge Bad
Unterschriften: E. ⦃n:Courtecuisse⦄ / J. ⦃n:Toor⦄`,
  ),
  de(
    'Widerspruch Nebenkostenabrechnung',
    `Sehr geehrte Damen und Herren,
gegen die Betriebskostenabrechnung 2025 lege ich Widerspruch ein: die Position Gartenpflege ist doppelt berechnet.
Bitte senden Sie mir Belegeinsicht-Termine an ⦃m:emiko.yoshida@t-online.de⦄.
⦃n:Emiko Yoshida⦄
⦃adr:Dorfstraße 8, 23847 Westerau⦄`,
  ),
  de(
    'WLAN-Protokoll Studentenwohnheim',
    `[netz-wohnheim] 2026-11-28 23:14:07 DHCP ACK ⦃ip:10.14.3.87⦄ an Zimmer 214 (Bewohner ⦃n:Souvik Majumdar⦄)
[netz-wohnheim] 2026-11-28 23:15:40 Abuse-Meldung: Portscan von ⦃ip:10.14.3.87⦄ nach extern
[netz-wohnheim] 2026-11-28 23:16:02 Sperre gesetzt durch Tutor ⦃n:Shabani Kiplagat⦄`,
  ),
  de(
    'Gasthörer-Anmeldung Universität Zürich',
    `Anmeldung Gasthörerinnen und Gasthörer – Herbstsemester
Name: ⦃n:Lucienne Beauchemin⦄
Adresse: ⦃adr:Hottingerstrasse 27, 8032 Zürich⦄
Telefon: ⦃f:+41 44 261 07 38⦄
Gebühr CHF 200 – Rückerstattung auf IBAN ⦃ib:CH49 0087 6847 6623 8100 5⦄
Belegte Vorlesung: „Goethe-Seminar: Faust II“`,
  ),
  de(
    'Antrag Schülerbeförderung',
    `Antrag auf Übernahme der Schülerfahrkosten
Schüler: ⦃n:Hiroki Tsuchiya⦄, Klasse 6, Realschule Oberstadt
Wohnort: ⦃adr:Im Wiesengrund 4, 74523 Schwäbisch Hall⦄ – Entfernung zur Schule 4,8 km
Erziehungsberechtigte: ⦃n:Yuqing Tsuchiya⦄, ⦃f:0791 4409 772⦄
Bearbeitungsvermerk Landratsamt: genehmigt`,
  ),
  de(
    'Elternchat Export Klassengruppe',
    `[03.12., 19:02] ⦃n:Gaëlle Dufresnoy⦄: Hat jemand die Liste für das Wichteln?
[03.12., 19:05] ⦃n:Sanjay Mishra⦄: Schicke ich gleich, meine Nummer hat sich geändert: ⦃f:0152 2093 4478⦄
[03.12., 19:06] ⦃n:Gaëlle Dufresnoy⦄: 👍
[03.12., 19:11] Elternvertreterin ⦃n:Bryndís⦄: bitte keine Adressen hier posten!`,
  ),
  de(
    'Notfallkontaktliste Hort',
    `Hort Spatzennest – Notfallkontakte (vertraulich)
Kind            | Kontakt 1                     | Kontakt 2
⦃n:Tane Paewai⦄ | ⦃n:Mere Paewai⦄ ⦃f:0711 2280 3341⦄ | ⦃n:Hōne Kereama⦄ ⦃f:0171 4402 919⦄
⦃n:Milica Stanković⦄ | ⦃n:Bojan Stanković⦄ ⦃f:0711 5519 027⦄ | Oma, Festnetz ⦃f:07156 34 21 08⦄`,
  ),
  de(
    'Aufladung Mensakarte Beschwerde',
    `Kundenservice Studierendenwerk – Anfrage 55102
Studentin ⦃n:Sarita Thapa⦄ meldet: Aufladung 30 EUR am Automaten Mensa Nord abgebucht, aber nicht gutgeschrieben.
Belastete Karte: ⦃kk:5273 8953 5354 4259⦄
Rückmeldung an ⦃m:s.thapa@student.uni-goettingen.de⦄`,
  ),
  de(
    'Warteliste Genossenschaftswohnung Österreich',
    `Wohnbaugenossenschaft Traunviertel – Vormerkung
Vorgemerkt: ⦃n:Hundertmark, Florentina⦄, ⦃gb:02.11.1974⦄
Wohnsitz: ⦃adr:Stelzhamerstraße 9, 4400 Steyr⦄
Konto für Eigenmittelrückzahlung: ⦃ib:AT16 1586 4313 6128 4141⦄
Wunsch: 2 Zimmer, Erdgeschoss, barrierefrei`,
  ),
  de(
    'Zeugnis-Nachdruck Antrag',
    `Antrag auf Zweitschrift des Abiturzeugnisses
Name bei Abschluss: ⦃n:Birgitte Skovsgaard⦄, heute ⦃n:Birgitte Hedlund⦄
Geboren am ⦃gb:28.06.1990⦄ in Flensburg
Personalausweis zur Identifikation: ⦃pa:TK256174Y4⦄
Zusendung an: ⦃adr:Norderstraße 66, 24939 Flensburg⦄`,
  ),
  de(
    'Rentenversicherungsnachweis Hausmeister Minijob',
    `Personalbogen Minijob – Hauswart Wohnanlage Eichkamp
Name: ⦃n:Anders Thygesen⦄
RV-Nummer: ⦃rv:65021174T124⦄
Steuer-ID: ⦃st:62032794814⦄
Bankverbindung: ⦃ib:DE66 2530 4567 1934 1633 18⦄
Einsatz: Di + Fr, Treppenhausreinigung und Winterdienst`,
  ),
  de(
    'Vorlesungsverzeichnis Auszug',
    `Vorlesungsverzeichnis Wintersemester – Mathematik und Germanistik
MAT-2031 Fourier-Analysis, Mo 10–12, Hörsaal H14 (Gauß-Bau)
MAT-2040 Riemannsche Geometrie, Di 14–16, Raum B14.027
GER-3310 Goethe-Seminar: Faust II, Do 16–18, Schiller-Saal
GER-3315 Kafka und die Moderne, Fr 8–10
Literatur: ISBN 978-3-540-29311-5; Sprechstunden siehe Aushang.`,
  ),
  de(
    'Hausordnung Studentenwohnheim',
    `Hausordnung – Wohnheim Albert-Schweitzer-Haus, Robert-Koch-Straße 40, 37075 Göttingen
1. Nachtruhe von 22 bis 6 Uhr.
2. Fahrräder nur im Keller (Raum K-03).
3. Gemeinschaftsküche nach Benutzung reinigen.
4. Störungen meldet die Heimverwaltung an die Zentrale des Studierendenwerks.
Sehr geehrte Damen und Herren, wir danken für Ihre Rücksichtnahme.`,
  ),
  de(
    'Stundenplan Jahrgang 8 mit Raumnummern',
    `Stundenplan 8b (gültig ab 01.12.)
Mo: D (R 2.14), M (R 2.14), Bio (NW-3), Sport (Halle 2)
Di: E (R 1.08), Ge (R 2.14), Ch (NW-1)
Mi: Mu (Aula), Ku (K-12), Inf (PC-2)
Zählernummer Z14-3345120 des Fachraums gehört nicht zum Plan – bitte ignorieren.`,
  ),
];
