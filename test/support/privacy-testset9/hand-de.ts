import type { HandDocument } from './markup.js';

/**
 * Hand-written German documents of test set 9, as they lie in the back office of a mid-sized
 * operations company (Hanseatische Objekt- & Logistikdienste GmbH: facility management, field service,
 * a parcel depot and an occupational-health practice). Marks: ⁅CODE|value⁆ (markup.ts).
 */
export const HAND_DE: HandDocument[] = [
  {
    lang: 'de',
    kind: 'disponenten-notiz',
    source: `Dispo Notiz 14.11. frühschicht
-----------------------------
Tour 7 (Sprinter HH-OL 4471) fällt aus, Fahrer ⁅P|Wigbert Stuckenbrock⁆ krank gemeldet (ruft um 5:40 an, ⁅T|0171 4093382⁆).
Ersatz: ⁅P|Rojhat Botî⁆ übernimmt, ist aber erst ab 7:15 da -> Kunden Tour 7 informieren!!
 - Bäckerei Lüders -> Lieferfenster verschoben, ok
 - Praxis Dr. ⁅P|Okabayashi⁆ (privat, Lieferung an Wohnadresse ⁅ADR|Fährstraße 19, 21107 Hamburg⁆) hat noch nicht zurückgerufen, nochmal versuchen ⁅T|040 / 7 52 19 04⁆
Sonst: Rampe 3 Tor klemmt wieder, Haustechnik Ticket FM-88213 aufgemacht.
gez. ⁅P|Adebukola Ajibade⁆ (Dispo)`,
  },
  {
    lang: 'de',
    kind: 'schichtuebergabe',
    source: `Schichtübergabe Leitstelle – Spätschicht an Nachtschicht, 03.12.

Übergeben von: ⁅P|Szalontai, Dorottya⁆   an: ⁅P|Grigoraș, Codrin⁆
offene Vorgänge:
1) Aufzugstörung Objekt Wandsbeker Chaussee (Gewerbe), Techniker ⁅P|Fazekas⁆ vor Ort seit 21:10, Rückruf an Mieter-Hotline zugesagt.
2) Alarm Objekt 118 (Kita): Schlüsselträgerin Frau ⁅P|Hrdlička⁆ erreichbar unter ⁅T|0176-22 83 41 09⁆, NICHT die alte Nummer im System nehmen.
3) Wasserschaden privat: Herr ⁅P|Mauritius Caviezel⁆, ⁅ADR|Hinter der Lieth 4a
22529 Hamburg⁆, will morgen früh zurückgerufen werden, Festnetz ⁅T|(040) 560 88 13⁆.
Keine Personenschäden. Funkgeräte 2 + 5 im Ladegerät.`,
  },
  {
    lang: 'de',
    kind: 'fahrtenbuch',
    source: `FAHRTENBUCH  Fzg: HH-OL 2290   Monat: Nov
Datum | Fahrer | Start km | Ziel | Zweck | Ende km
02.11. | ⁅P|Kalantari, S.⁆ | 48 211 | Billbrook | Materialabholung | 48 246
02.11. | ⁅P|Kalantari, S.⁆ | 48 246 | Norderstedt | Wartung Objekt 77 | 48 290
05.11. | ⁅P|Ezeugo⁆ | 48 290 | Privatfahrt (genehmigt, ⁅P|Pálfalvi⁆) | – | 48 341
09.11. | ⁅P|Lupescu I.⁆ | 48 341 | Werkstatt Kfz Brammer | Inspektion | 48 352
Tankkarte 7044 (Firmenkarte, nicht persönlich), Beleg-Nr. 55120-88
Bemerkung ⁅P|Ezeugo⁆: Kratzer hinten rechts war schon vorher drauf!! (Foto im Ordner)`,
  },
  {
    lang: 'de',
    kind: 'servicebericht-techniker',
    source: `SERVICEBERICHT Nr. SB-2026-11-0387
Kunde: Eigentümergemeinschaft Klosterstieg 12 (Verwaltung: Behrens Immobilien)
Ansprechpartner vor Ort: Herr ⁅P|Anargyros Xenakis⁆ (Beirat), Tel. ⁅T|0152 / 03 77 61 28⁆
Anlage: Hebeanlage Keller, Fabr. Wilo Drainlift, Baujahr 2014
Befund: Schwimmerschalter verklemmt, Rückschlagklappe verschmutzt.
Maßnahme: gereinigt, Probelauf 3x i.O., Alarmgeber getestet.
Material: 1x Dichtung DN 50 (Art.-Nr. 4021-775)
Arbeitszeit: 08:05–09:50  Anfahrt 25 min
Techniker: ⁅P|Gerolf de Kloet⁆          Unterschrift Kunde: ⁅P|A. Xenakis⁆
Bei Rückfragen: Serviceleitstelle 040 88 19 27-0, leitstelle@hold-service.de`,
  },
  {
    lang: 'de',
    kind: 'rueckrufliste',
    source: `Rückrufliste Kundendienst KW 48 (Stand Mo 9:00)
Name;Telefon;Anliegen;erledigt
⁅P|Yazdanpanah, Behzad⁆;⁅T|+49 (0)40 3398 1174⁆;Rechnung Gartenpflege doppelt;nein
⁅P|Wurzenrainer Hermengild⁆;⁅T|0043 662 874 119⁆;Termin Heizungswartung Ferienwohnung Sylt;ja – 12.12.
Frau ⁅P|Mitteregger⁆;⁅T|0160/9 87 43 21⁆;Schlüssel nicht zurückbekommen;nein
⁅P|Qamar Galaal⁆;⁅T|04193 7 66 02⁆;will Kündigung Hausmeistervertrag bestätigt;nein
"⁅P|Mourão, Josenilda⁆";⁅T|0173 4455 210⁆;Reinigungskraft kam nicht (2x!);ja
Hotline-Nummer für Rückfragen an uns: 0800 100 4477`,
  },
  {
    lang: 'de',
    kind: 'unfallmeldung',
    source: `Unfallanzeige (intern, vor Meldung an BG)
Verletzte Person: ⁅P|Hamse Cabdillaahi⁆
Geburtsdatum: ⁅DOB|17.06.1991⁆
Anschrift: ⁅ADR|Rübenkamp 211, 22307 Hamburg⁆
Tätigkeit: Lagerhelfer, Depot Allermöhe, seit 04/2023
Unfallhergang: Beim Abladen des Rollcontainers ist die Bordwand abgerutscht, linke Hand eingeklemmt. Erste Hilfe durch Ersthelferin ⁅P|Rannveig Hæstad⁆, danach D-Arzt (Dr. med. ⁅P|Tsakalotou⁆, Praxis am Bahnhof Bergedorf).
Zeugen: ⁅P|Ung⁆ (Fahrer Tour 12), ⁅P|Şükran Eskiocak⁆
Arbeitsunfähig: ja, voraussichtlich bis 09.12.
Meldende/r: ⁅P|E. Vörösmarty⁆, Schichtleitung, Durchwahl 214`,
  },
  {
    lang: 'de',
    kind: 'besucherbuch',
    source: `BESUCHERBUCH Empfang Verwaltung (abgeschrieben vom Papierbuch)
Datum	Uhrzeit	Name Besucher	Firma	besucht	Ausweis gesehen	Karte
28.11.	08:52	⁅P|Ghislain Quéméneur⁆	Schindler Aufzüge	Technik	ja	B-07
28.11.	09:30	⁅P|Evanthia Vlachopoulou⁆	privat (Bewerbung)	Personal / ⁅P|Kocharyan⁆	ja (PA ⁅ID|RC79XLZG42⁆)	B-02
28.11.	10:05	⁅P|H. Tgetgel⁆	TÜV Nord	Lager	ja	B-11
28.11.	13:40	Kurier DHL	–	Poststelle	–	–
29.11.	07:58	⁅P|Liboria Tavernelli⁆	Rechtsanwältin	GF	ja	B-01`,
  },
  {
    lang: 'de',
    kind: 'schluesselregister',
    source: `Schlüssel-/Transponderregister Objekt 204 (Bürohaus Hammerbrook)
Nr.   | Bereich          | ausgegeben an            | am       | zurück
T-001 | Haupteingang     | Hausmeister ⁅P|Sialm, Duri⁆     | 01.03.24 |
T-014 | TG + Haupteing.  | ⁅P|Nangong Yanping⁆ (Mieter 3.OG)| 15.07.25 |
T-015 | TG + Haupteing.  | ⁅P|VÄISÄNEN, SIRKKA⁆            | 15.07.25 | 30.09.26
S-3   | Technikraum      | Fa. Kälte Jansen (Firmenschl.)  | 02.02.26 |
T-022 | Haupteingang     | ⁅P|Hieronima Przybyłko⁆          | 11.11.26 |
Verlust T-009 gemeldet von ⁅P|Gedeão Albernaz⁆ (⁅M|g.albernaz@posteo.de⁆) – Sperrung veranlasst.`,
  },
  {
    lang: 'de',
    kind: 'schadensmeldung-kunde',
    source: `Betreff: Schaden bei Umzug / Auftrag 2026-UM-1193

Sehr geehrte Damen und Herren,

bei unserem Umzug am Samstag wurde die Glasplatte unseres Esstisches zerbrochen und im Treppenhaus eine Delle in die Wand gemacht. Ihr Vorarbeiter (Herr ⁅P|Cumar Yare⁆) hat das auch gesehen und auf dem Übergabeprotokoll notiert.
Neue Anschrift: ⁅ADR|Op'n Hainholt 31
22589 Hamburg⁆
Bankverbindung für die Erstattung: ⁅IBAN|DE48 7934 5142 1039 5949 97⁆, Kontoinhaberin ⁅P|Sigrun Fjellheim⁆
Fotos hänge ich an. Erreichbar bin ich am besten mobil ⁅T|0157-71 20 66 83⁆.

Mit freundlichen Grüßen
⁅P|Sigrun Fjellheim⁆ und ⁅P|Tapio Kärkkäinen⁆`,
  },
  {
    lang: 'de',
    kind: 'spesenabrechnung',
    source: `Reisekosten-/Spesenabrechnung
Mitarbeiter/in: ⁅P|Thamizhselvi Veerappan⁆   Pers.-Nr. 40871   Kostenstelle 3120 (Field Service Nord)
Reise: Kiel, Kundentermin Stadtwerke, 19.11.–20.11.
Pos | Datum | Beleg | Betrag
1 | 19.11. | DB Ticket (Flexpreis) | 46,90
2 | 19.11. | Hotel Atlantic Kiel, 1 Nacht | 112,00
3 | 20.11. | Verpflegungsmehraufwand | 14,00
Summe: 172,90 EUR
Auszahlung auf: ⁅IBAN|DE21521106364491674459⁆
Genehmigt: ⁅P|Rusudan Kipiani⁆ (Teamleitung), 24.11.   Buchhaltung: ⁅P|Ryeo⁆ / geprüft`,
  },
  {
    lang: 'de',
    kind: 'dienstreiseantrag',
    source: `Dienstreiseantrag – bitte bis spätestens 5 Werktage vorher einreichen

Antragsteller: ⁅P|Hasmik Galstyan⁆
Abteilung: Qualitätsmanagement
Ziel: Wien (Audit Subunternehmer), 14.–16.01.
Verkehrsmittel: Flug HAM–VIE, Lufthansa
Für die Flugbuchung benötigt: Reisepass Nr. ⁅PASS|CYW1R9VFR4⁆, Geburtsdatum ⁅DOB|3. Februar 1987⁆
Vielfliegernummer: LH 992 0041 7735 (bitte hinterlegen)
Vorgesetzter: ⁅P|Kathiresan Sundaresan⁆ – genehmigt ☑
Reisestelle: reisestelle@hold-service.de`,
  },
  {
    lang: 'de',
    kind: 'bestellfreigabe',
    source: `Bestellanforderung BANF 4500-22817
Lieferant: Würth Hamburg (Lieferanten-Nr. 70023)
Artikel: 40x Dübel-Set, 12x Akku-Schrauber 18V (Art. 0700 ...)
Wert netto: 4.812,40 EUR
Freigabestufen:
  1. Kostenstellenverantwortlich: ⁅P|Zhdanovich Gavriil⁆ – freigegeben 21.11. 10:14
  2. ab 2.500 EUR Bereichsleitung: ⁅P|Ilmari Peltonen⁆ – freigegeben 21.11. 16:02
  3. ab 10.000 EUR GF – entfällt
Kommentar ⁅P|Peltonen⁆: "bitte nächstes Mal über Rahmenvertrag, nicht Einzelbestellung"`,
  },
  {
    lang: 'de',
    kind: 'krankmeldung-mail',
    source: `Von: ⁅P|Bulcsú Bodnár⁆ <⁅M|bulcsu.bodnar@gmx.net⁆>
Gesendet: Montag, 1. Dezember 2026 06:12
An: personal@hold-service.de; ⁅P|Nairi Zakaryan⁆
Betreff: krank

hallo ⁅P|nairi⁆,
bin seit gestern abend krank (magen-darm), war heute früh beim arzt, AU bis einschl. mittwoch. die AU wird elektronisch übermittelt sagt die praxis.
tour 4 müsste jemand übernehmen, die schlüssel liegen im fach.
gruß ⁅P|bulcsú⁆

--
gesendet von meinem handy`,
  },
  {
    lang: 'de',
    kind: 'lohnfrage-ticket',
    source: `Ticket HR-3318 | Kategorie: Entgeltabrechnung | Status: in Bearbeitung
Erstellt von: ⁅P|Ebubechi Obidike⁆ (Lager, Pers.-Nr. 51190)
"In meiner Abrechnung November steht Steuerklasse 1, ich bin aber seit Juli verheiratet. Meine Steuer-ID ist ⁅TAX|74 231 906 817⁆. Wer kann das ändern?"

Kommentar ⁅P|Siranush Hovsepyan⁆ (Entgelt), 02.12.:
Die Steuerklasse kommt über ELStAM vom Finanzamt. Bitte die Heirat beim Finanzamt prüfen lassen, wir rufen die Merkmale zum 15.12. neu ab. Rentenvers.-Nr. laut Akte ⁅SV|23080973R451⁆ – passt.
Kommentar ⁅P|Ebubechi Obidike⁆: ok danke`,
  },
  {
    lang: 'de',
    kind: 'onboarding-checkliste',
    source: `ONBOARDING CHECKLISTE – neue/r Mitarbeiter/in
Name, Vorname: ⁅P|Shekhawat, Chitrangada⁆
geb.: ⁅DOB|22.9.98⁆      Eintritt: 01.01.2027
Anschrift: ⁅ADR|Eppendorfer Weg 160, 20253 Hamburg⁆
Privat-Mail: ⁅M|chitra.shekhawat@web.de⁆
Steuer-ID: ⁅TAX|64413459079⁆
SV-Nummer: ⁅SV|65070896C148⁆
Bank: ⁅IBAN|DE25 6529 2823 9974 4142 22⁆
[x] Arbeitsvertrag unterschrieben   [x] Datenschutzbelehrung
[ ] Sicherheitsunterweisung (Termin mit ⁅P|Gogiberidze⁆)
[ ] Laptop + Handy bestellt (IT-Ticket 77821)
Pate/Patin: ⁅P|Máiréad O'Loughlin⁆`,
  },
  {
    lang: 'de',
    kind: 'arbeitszeugnis-entwurf',
    source: `ENTWURF – Arbeitszeugnis (qualifiziert)

Herr ⁅P|Čestmír Vondráček⁆, geboren am ⁅DOB|4. Juli 1979⁆ in Liberec, war vom 01.04.2015 bis zum 31.12.2026 in unserem Unternehmen als Objektleiter Facility Management tätig.
Zu seinen Aufgaben gehörten die Führung von bis zu 14 Mitarbeitern, die Koordination der Subunternehmer sowie die Abrechnung der Hausmeisterleistungen für 38 Objekte.
Herr ⁅P|Vondráček⁆ erledigte die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. [Formulierung mit Fr. ⁅P|Mkhitaryan⁆ abstimmen]
Sein Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets einwandfrei.
Hamburg, den 31.12.2026
⁅P|Tigran Mkhitaryan⁆, Geschäftsführer`,
  },
  {
    lang: 'de',
    kind: 'betriebsarzt-vorsorge',
    source: `Betriebsärztlicher Dienst – Einladung arbeitsmedizinische Vorsorge (G 25 Fahr-, Steuer- und Überwachungstätigkeiten)
Mitarbeiter: ⁅P|Savely Skvortsova⁆ (Achtung: im System falsch als "⁅P|Skvortsov⁆")
Geb.-Dat.: ⁅DOB|30.01.1969⁆
Termin: Do 11.12., 08:30, Praxisraum EG
Bitte mitbringen: Brille/Kontaktlinsen, Führerschein, Impfpass
Rückfragen: Arbeitsmedizinische Assistenz ⁅P|Kyllikki Rautiainen⁆, ⁅T|040 88 19 27-350⁆`,
  },
  {
    lang: 'de',
    kind: 'laboranforderung-ocr',
    source: `LABORAUFTRAG                Einsender: Arbeitsmed. Praxis HOLD
Patient: ⁅P|Hadipro-
jo, Agung⁆          geb. ⁅DOB|O8.O3.1975⁆
Kasse: AOK Rh/HH   Vers.-Nr. K318844027
Anschrift: ⁅ADR|Billstedter Haupt-
straße 71, 22111 Ham-
burg⁆
[x] Kl. Blutbild  [x] GGT  [ ] HbA1c  [x] Kreatinin
Abnahme: 02.12. 07:45   Unterschr.: Dr. ⁅P|Nedumaran⁆`,
  },
  {
    lang: 'de',
    kind: 'teams-export',
    source: `[09:02] ⁅P|Gevorg Vardanyan⁆: Moin, weiß jemand wer heute Rufbereitschaft hat? Im Plan steht ⁅P|Wiersma⁆ aber die ist doch im Urlaub
[09:04] ⁅P|Geeske Wiersma⁆: bin ich 🙂 Tausch mit ⁅P|Bozkurtlar⁆, steht unten in der Notiz
[09:05] ⁅P|Gevorg Vardanyan⁆: ah ok. ⁅P|Rıdvan⁆ hast du die Nummer noch von der Mieterin in der Sternschanze? die mit dem Heizungsausfall
[09:09] ⁅P|Rıdvan Bozkurtlar⁆: ja, Fr. ⁅P|Caldeira⁆, ⁅T|0176 3309 1154⁆. Aber bitte erst ab 10 anrufen, sie arbeitet nachts
[09:10] ⁅P|Gevorg Vardanyan⁆: 👍`,
  },
  {
    lang: 'de',
    kind: 'protokoll-teamrunde',
    source: `Protokoll Teamrunde Field Service Süd, 27.11.2026
Teilnehmende: ⁅P|Wannes Ghekiere⁆ (Leitung), ⁅P|Ubonrat Charoenkul⁆, ⁅P|Z. Murong⁆, ⁅P|Vinzenz Grubelnik⁆, ⁅P|Mesfin Gebreyes⁆
Entschuldigt: ⁅P|Raage⁆
Protokoll: ⁅P|Charoenkul⁆

TOP 1 Einsatzplanung Dezember – Feiertage 24./25./26.12. und 31.12. besetzt (Zuschlag lt. TV)
TOP 2 Neue Tablets: Rollout ab KW 2, App-Version 4.12.1
TOP 3 Beschwerde Objekt Harburg – Kunde will festen Techniker
AP: ⁅P|Grubelnik⁆ ruft Kunden bis Fr. an
AP: ⁅P|Gebreyes⁆ schickt Schulungstermine rum
AP: ⁅P|Murong⁆ – Ersatzteilliste Kältetechnik aktualisieren bis 05.12.
Nächste Runde: 11.12., 14 Uhr, Raum Elbe`,
  },
  {
    lang: 'de',
    kind: 'mahnung',
    source: `Hanseatische Objekt- & Logistikdienste GmbH · Süderstraße 88 · 20097 Hamburg

Herrn
⁅P|Sadettin Kuyumcuoğlu⁆
⁅ADR|Am Veringhof 7
21107 Hamburg⁆

2. Mahnung – Kundennummer 310-44871, Rechnung RE-2026-09122 vom 14.09.2026

Sehr geehrter Herr ⁅P|Kuyumcuoğlu⁆,
leider konnten wir bis heute keinen Zahlungseingang über 389,55 EUR feststellen. Bitte überweisen Sie den Betrag bis zum 15.12.2026 auf unser Konto bei der Hamburger Sparkasse (IBAN siehe Rechnung).
Sollten Sie zwischenzeitlich gezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos.
Forderungsmanagement, ⁅P|Blažena Pospíchalová⁆`,
  },
  {
    lang: 'de',
    kind: 'sepa-mandat',
    source: `SEPA-Lastschriftmandat
Gläubiger-ID: DE98ZZZ09999999999   Mandatsreferenz: HOLD-MV-00419
Ich ermächtige die Hanseatische Objekt- & Logistikdienste GmbH, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Kontoinhaber: ⁅P|Dobrosław Chmielarz⁆
Anschrift: ⁅ADR|Lutterothstr. 33, 20255 Hamburg⁆
IBAN: ⁅IBAN|PL53 9282 0209 0642 4709 8486 0519⁆   BIC: BPKOPLPW
Ort, Datum: Hamburg, 18.11.2026   Unterschrift: ⁅P|D. Chmielarz⁆`,
  },
  {
    lang: 'de',
    kind: 'lieferschein-ohne-personen',
    source: `LIEFERSCHEIN 80044712
Hanseatische Objekt- & Logistikdienste GmbH, Depot Allermöhe, Rampe 4
Kunde: Kaffeerösterei Elbufer GmbH, Große Elbstraße 212, 22767 Hamburg
Pos  Art.-Nr.      Bezeichnung                         Menge
1    KR-5501-BLK   Kaffeemaschine "Barista Louise" 2.0   2
2    KR-0090       Entkalker Tabs (Marke "Herr Kalk")     12
3    PAL-EUR       Europalette (Tausch)                   1
Sendungsnr.: 00340434161094022115   Tour 9 / Stopp 14
USt-IdNr. DE 812 345 678  ·  Gläubiger-ID DE98ZZZ09999999999
Ware vollständig erhalten: ____________ (Stempel Firma)`,
  },
  {
    lang: 'de',
    kind: 'rundschreiben-ohne-personen',
    source: `Liebe Kolleginnen und Kollegen,

zum Jahreswechsel ein paar Hinweise:
- Die Weihnachtsfeier findet am 12.12. im "Elisabeth-Keller" (Restaurant, Lange Reihe 51) statt, Beginn 18 Uhr.
- Der Tagungsraum "Käthe Kollwitz" im 2. OG wird ab Januar zum Schulungsraum.
- Am 24.12. und 31.12. ist die Verwaltung nur bis 12 Uhr besetzt.
- Neue Version der Dispo-App (4.13.0) ab 05.01., Changelog im Intranet unter /it/releases.
- Das Kantinenessen am Freitag: "Labskaus nach Kapitän Hansen" und Gemüse-Curry.
Danke für euren Einsatz in diesem Jahr!
Eure Geschäftsführung`,
  },
  {
    lang: 'de',
    kind: 'wartungsvertrag-auszug-ohne-personen',
    source: `§ 4 Leistungsumfang (Auszug aus Rahmenvertrag RV-2024-017, Anlage 2, Seite 3 von 11)
(1) Der Auftragnehmer führt an den in Anlage 1 genannten Liegenschaften (u. a. Campus
Friedrich-Ebert-Damm, Bürohaus "Albert-Einstein-Ring 10", Logistikzentrum
Billbrook) die Wartung der Sicherheitsstromversorgung gemäß DIN VDE 0108
durch.
(2) Die Reaktionszeit beträgt bei Störungen der Priorität A 2 Stunden, Priori-
tät B 8 Stunden. Abrechnung erfolgt gem. Preisblatt Version 3.2 vom 01.07.2024.
(3) Ansprechpartner werden in Anlage 5 benannt.`,
  },
  {
    lang: 'de',
    kind: 'mietermeldung-formular',
    source: `Meldung über Mieterportal #MP-559102
Eingang: 30.11.2026 22:47
Name: ⁅P|Xaliimo Maxamuud⁆
Wohnung: ⁅ADR|Osterstraße 14, 3. OG links, 20259 Hamburg⁆
Telefon: ⁅T|+49 176 8812 3340⁆
E-Mail: ⁅M|xaliimo.m@outlook.de⁆
Art: Heizung / Warmwasser
Beschreibung: seit freitag kein warmes wasser mehr. meine nachbarin (frau ⁅P|hämäläinen⁆, 2.OG) hat das gleiche problem. bitte schnell, ich habe ein baby (geb. ⁅DOB|14.10.2026⁆).
Zugang: Schlüssel bei Nachbarin`,
  },
  {
    lang: 'de',
    kind: 'mail-thread-weitergeleitet',
    source: `Hallo ⁅P|Tinatin⁆,
kannst du das bitte übernehmen? Ich bin ab morgen im Urlaub.
Danke, ⁅P|Lorcan⁆

---------- Weitergeleitete Nachricht ----------
Von: ⁅P|Ascensión Villafañe⁆ <⁅M|a.villafane@villafane-arquitectos.es⁆>
Datum: Di., 25. Nov. 2026 um 11:31
Betreff: Re: Angebot Gebäudereinigung Spaldingstraße
An: ⁅P|Lorcan McIlwraith⁆ <⁅M|lorcan.mcilwraith@hold-service.de⁆>

Sehr geehrter Herr ⁅P|McIlwraith⁆,
danke für das Angebot. Wir möchten gern einen Besichtigungstermin, am besten mit meinem Kollegen ⁅P|Evaristo Echevarren⁆ (⁅T|+34 944 23 18 07⁆), er ist ab 8.12. in Hamburg.

Am 20.11.2026 um 09:02 schrieb ⁅P|Lorcan McIlwraith⁆:
> Sehr geehrte Frau ⁅P|Villafañe⁆,
> anbei unser Angebot Nr. AN-26-1187 für die Unterhaltsreinigung.
> Mit freundlichen Grüßen
> ⁅P|Lorcan McIlwraith⁆ | Vertrieb Gebäudeservice | ⁅T|040 88 19 27-118⁆`,
  },
  {
    lang: 'de',
    kind: 'kundennotiz-crm',
    source: `CRM Notizen – Kunde 310-22019 (Privatkunde, Hausmeisterservice Einfamilienhaus)
12.08.26 ⁅P|ciobotaru⁆: Erstkontakt telefonisch, Herr ⁅P|Hekarî⁆ möchte Winterdienst + Gartenpflege. Adresse ⁅ADR|Wiesenkamp 9, 22395 Hamburg⁆.
19.08.26 ⁅P|ciobotaru⁆: Angebot raus. Frau ⁅P|Delal Hekarî⁆ (Ehefrau) ist Ansprechpartnerin für Termine, ⁅T|0151-2077 4190⁆.
02.09.26 ⁅P|Vrânceanu⁆: Vertrag unterschrieben zurück. Zahlung per Lastschrift, ⁅IBAN|DE89 1824 0789 4350 6133 46⁆.
14.11.26 ⁅P|Vrânceanu⁆: Beschwerde Laub nicht abgeholt. Gutschrift 45 EUR zugesagt.`,
  },
  {
    lang: 'de',
    kind: 'vollmacht',
    source: `VOLLMACHT

Hiermit bevollmächtige ich,
⁅P|Walpurga Pichlmayr⁆, geb. ⁅DOB|11.05.1941⁆,
wohnhaft ⁅ADR|Heimhuder Straße 5, 20148 Hamburg⁆,
Personalausweis-Nr. ⁅ID|YVC63YR4F4⁆,

meinen Neffen ⁅P|Severin Hintersteiner⁆, ⁅ADR|Hauptplatz 3, 4020 Linz⁆ (Österreich),
mich gegenüber der Hanseatische Objekt- & Logistikdienste GmbH in allen Angelegenheiten des Hausmeister- und Reinigungsvertrags zu vertreten und Erklärungen (einschließlich Kündigung) abzugeben.

Hamburg, 21.11.2026
⁅P|W. Pichlmayr⁆`,
  },
  {
    lang: 'de',
    kind: 'ausweis-kopie-notiz',
    source: `Aktennotiz Fuhrpark – Führerscheinkontrolle 2. Halbjahr
Kontrolliert durch: ⁅P|Ilinca Mocanu⁆ am 01.12.
- ⁅P|Hanbyul Namgung⁆: FS Klasse B, C1E, gültig, gesehen. Ausweis ⁅ID|P9G6J092G2⁆
- ⁅P|Wszebor Gałęzowska⁆ (sic, Name im HR-System prüfen!): FS Klasse B, Karte abgelaufen 11/26 → neue beantragt, Fahrverbot Firmenwagen bis Vorlage
- ⁅P|Jorma Ylönen⁆: FS B, BE – ok; Reisepass statt Ausweis vorgelegt: ⁅PASS|F7V30031X5⁆
nächste Kontrolle: Juni 2027`,
  },
  {
    lang: 'de',
    kind: 'kontaktliste-pipe',
    source: `| Objekt | Hausmeister/in | Mobil | Vertretung | Mobil Vertr. |
|---|---|---|---|---|
| Billstedt Nord | ⁅P|Hartlieb Wehrenpfennig⁆ | ⁅T|0170 55 13 208⁆ | ⁅P|Aila Miettinen⁆ | ⁅T|0172 / 4490110⁆ |
| Hamm Süd (3 Häuser) | ⁅P|Raimunda Figueiró⁆ | ⁅T|0162 7730 081⁆ | ⁅P|Wigbert S.⁆ | s.o. |
| Bahrenfeld | ⁅P|KAZUHIKO OKABAYASHI⁆ | ⁅T|0151 12 00 74 36⁆ | – | – |
| Sammelnummer Hausmeisterdienst |  | ⁅T|040 88 19 27-400⁆ |  |  |`,
  },
  {
    lang: 'de',
    kind: 'whatsapp-fahrergruppe',
    source: `[03.12.26, 06:48:11] ⁅P|Suharyanto⁆: Morgen. Stau A1 Höhe Moorfleet, 20 min später bei Tour 3
[03.12.26, 06:49:40] Dispo ⁅P|Birtukan⁆: ok danke, sag ich Kunden
[03.12.26, 07:12:05] ⁅P|Marlouie Bulaong⁆: Kunde Stopp 8 nicht da, Nachbar nimmt an. Name ⁅P|Valcárcel⁆, Hausnr 12
[03.12.26, 07:12:59] Dispo ⁅P|Birtukan⁆: 👍 foto machen
[03.12.26, 07:30:17] ⁅P|Marlouie Bulaong⁆: ‎<Medien ausgeschlossen>
[03.12.26, 08:01:44] ⁅T|+49 1523 8870412⁆: Hier ⁅P|Müfit⁆, neues handy. bitte nummer speichern`,
  },
  {
    lang: 'de',
    kind: 'pdf-spalten-kaputt',
    source: `Bewerberübersicht Ausbildung                           Stand: 28.11.2026
Fachkraft für Lagerlogistik 2027
Name                  Geburtsdatum   Schule / Abschluss        Bemerkung
⁅P|Matviichuk,
Zoreslava⁆             ⁅DOB|12.03.2009⁆     Stadtteilschule           Praktikum war gut
                                     Wilhelmsburg, ESA
⁅P|Ryunosuke Hasekura⁆    ⁅DOB|2008-07-30⁆     Gymnasium Ohmoor          Einladung 2. Runde
⁅P|Oluwadamilare
Adeniran⁆                 ⁅DOB|5.1.2009⁆       BS 32 / MSA               Unterlagen unvollständig`,
  },
  {
    lang: 'de',
    kind: 'kalender-export',
    source: `Betreff,Beginnt am,Beginnt um,Endet am,Endet um,Ganztägig,Besprechungsplanung,Erforderliche Teilnehmer,Ort,Beschreibung
"Jahresgespräch","09.12.2026","10:00:00","09.12.2026","11:00:00","Aus","⁅P|Tigran Mkhitaryan⁆","⁅P|Čestmír Vondráček⁆;⁅P|Siranush Hovsepyan⁆","Raum Alster","bitte Zielvereinbarung mitbringen"
"Begehung Objekt 77","10.12.2026","08:00:00","10.12.2026","09:30:00","Aus","⁅P|Gerolf de Kloet⁆","⁅P|Anargyros Xenakis⁆ (⁅M|anargyros.xenakis@t-online.de⁆)","Klosterstieg 12","Beirat"
"Feiertag","25.12.2026","","26.12.2026","","Ein","","","",""`,
  },
  {
    lang: 'de',
    kind: 'bewerbung-auszug',
    source: `LEBENSLAUF
⁅P|Sânziana Căpraru⁆
⁅ADR|Hammer Landstraße 117
20537 Hamburg⁆
⁅T|0049 152 0442 7781⁆ · ⁅M|sanziana.capraru@gmail.com⁆
* ⁅DOB|19.04.1994⁆ in Iași (Rumänien)

Berufserfahrung
2021–heute  Teamleitung Reinigung, CleanPro Nord GmbH
2017–2021  Objektbetreuerin, Gebäudedienste Brătianu, Bukarest
Sprachen: Rumänisch (Muttersprache), Deutsch C1, Englisch B2
Referenzen auf Anfrage: ⁅P|Fulvio Bonfiglioli⁆ (ehem. Vorgesetzter)`,
  },
  {
    lang: 'de',
    kind: 'app-log-login',
    source: `2026-12-02T05:58:11.204Z INFO  auth  login ok user=⁅M|h.wehrenpfennig@hold-service.de⁆ ip=⁅IP|85.149.227.234⁆ device=TAB-0417 app=4.12.1
2026-12-02T05:58:40.911Z WARN  sync  slow upload 8.2s job=FM-88213 user=⁅M|h.wehrenpfennig@hold-service.de⁆
2026-12-02T06:03:02.017Z INFO  auth  login ok user=⁅M|raimunda.figueiro@hold-service.de⁆ ip=⁅IP|2003:4857:64a1:8d52:6ebf:f2ee:18f8:e697⁆ device=TAB-0388 app=4.12.0
2026-12-02T06:03:09.550Z ERROR auth  login failed (3) user=⁅M|k.okabayashi@hold-service.de⁆ ip=⁅IP|185.244.133.75⁆
2026-12-02T06:04:00.000Z INFO  cron  nightly export done rows=18822 build=2026.11.4`,
  },
  {
    lang: 'de',
    kind: 'json-mitarbeiterdatensatz',
    source: `{
  "personalnummer": "51204",
  "name": { "vorname": "⁅P|Kincső⁆", "nachname": "⁅P|Csikszentmihályi⁆" },
  "geburtsdatum": "⁅DOB|1990-11-02⁆",
  "anschrift": "⁅ADR|Kieler Str. 402, 22525 Hamburg⁆",
  "kontakt": { "mobil": "⁅T|+4915901447720⁆", "mail_privat": "⁅M|kincso.csik@proton.me⁆" },
  "steuer": { "idnr": "⁅TAX|82473056975⁆", "klasse": 1 },
  "bank": { "iban": "⁅IBAN|de32319131815950064905⁆" },
  "eintritt": "2024-03-01",
  "kostenstelle": "3120"
}`,
  },
  {
    lang: 'de',
    kind: 'geschaeftsbrief-uebersetzt',
    source: `[Übersetzung aus dem Polnischen, Übersetzungsbüro Lingua Nord]

Sehr geehrte Damen und Herren,
ich, ⁅P|Mściwój Kuźniarek⁆, wohnhaft ⁅ADR|Marienstraße 4, 01067 Dresden⁆ (früher Gdańsk), war vom 03.03. bis 28.08.2026 bei Ihrer Firma als Saisonkraft beschäftigt. Bis heute habe ich die Lohnsteuerbescheinigung nicht erhalten. Bitte senden Sie sie an meine Adresse oder per E-Mail an ⁅M|m.kuzniarek@wp.pl⁆.
Meine Steuer-Identifikationsnummer lautet ⁅TAX|92403199854⁆.
Mit Hochachtung
⁅P|Mściwój Kuźniarek⁆
[Ende der Übersetzung]`,
  },
  {
    lang: 'de',
    kind: 'gutschrift-kreditkarte',
    source: `Erstattung Kreditkarte – Vorgang KS-2026-4410
Kundin: ⁅P|Hyeonju Seol⁆
Grund: doppelte Belastung Umzugskartons (Onlineshop), 2 x 89,00 EUR
Karte laut Kundin: ⁅CC|4407 7391 0738 0796⁆ (Visa)
Zahlungsdienstleister-Referenz: pi_3QxF82LkdW0911aa
Bearbeitet: ⁅P|Hamse⁆ / Buchhaltung, Rückbuchung 89,00 EUR am 02.12. angewiesen
Info an Kundin per Mail (⁅M|hyeonju.seol@daum.net⁆) – erledigt`,
  },
  {
    lang: 'de',
    kind: 'grossbuchstaben-aushang-ohne-personen',
    source: `ACHTUNG ALLE FAHRER!!!
AB MONTAG 08.12. IST DIE EINFAHRT TOR 2 (BILLWERDER RING) GESPERRT.
BITTE ÜBER TOR 1 / MOORFLEETER DEICH ANFAHREN.
TANKSTELLE NUR NOCH MIT NEUER KARTE (TYP "FLEETCARD 2027").
PALETTENTAUSCH NUR AN RAMPE 4.
DIE GESCHÄFTSLEITUNG`,
  },
  {
    lang: 'de',
    kind: 'anhoerung-abmahnung',
    source: `Vermerk – Anhörung vor Abmahnung
Betroffen: Herr ⁅P|Izmail Zagoskin⁆ (Fahrer, Pers.-Nr. 50388, geb. ⁅DOB|2. Okt. 1983⁆)
Anwesend: ⁅P|Pálfalvi⁆ (Fuhrparkleitung), ⁅P|Mkhitaryan⁆ (GF), Betriebsrat ⁅P|Hendrawan Pangaribuan⁆
Vorwurf: mehrfach Fahrtenschreiber-Pausen nicht eingehalten (KW 44, 45)
Stellungnahme Herr ⁅P|Zagoskin⁆: Touren seien zu eng geplant, Kunde ⁅P|Bläuenstein⁆ (Privatkunde) habe ihn 40 min warten lassen.
Ergebnis: Tourenplanung wird geprüft; Entscheidung über Abmahnung bis 12.12.`,
  },
  {
    lang: 'de',
    kind: 'hinweisgeber-freitext',
    source: `Hinweisgebersystem – Meldung #HG-2026-014 (anonym eingereicht, Freitext unverändert)

ich möchte melden dass im depot allermöhe seit monaten überstunden nicht aufgeschrieben werden dürfen. der schichtleiter (⁅P|vörösmarty⁆) sagt wer das aufschreibt fliegt. mein kollege ⁅P|rojhat⁆ hat sich beschwert und wurde danach nur noch nachts eingeteilt. bitte nicht weitergeben dass das von unserer schicht kommt.

Bearbeitung: Compliance (⁅P|Nevin Öztürkmen⁆), Eingang bestätigt 02.12.2026, Frist 3 Monate
Interne Notiz: keine Kontaktdaten des Hinweisgebers vorhanden.`,
  },
  {
    lang: 'de',
    kind: 'excel-verbundene-zellen',
    source: `Einsatzplan Winterdienst 2026/27			
Bezirk	Woche	Fahrer	Beifahrer	Handy Fahrer
Nord	KW 49	⁅P|Eckehard Düsterhöft⁆	⁅P|Danylo Sydorenko⁆	⁅T|0171 6630 447⁆
	KW 50			
	KW 51	⁅P|Bohuslav Horobets⁆	⁅P|Danylo Sydorenko⁆	⁅T|0152 29 91 04 17⁆
Süd	KW 49	⁅P|Touraj Zolghadr⁆	(Leiharbeit, Name folgt)	⁅T|0160 3391128⁆
	KW 50–52	"	"	"
Bereitschaft gesamt: Leitstelle ⁅T|040 88 19 27-500⁆`,
  },
  {
    lang: 'de',
    kind: 'kfz-schadenmeldung',
    source: `Schadenmeldung Kfz-Haftpflicht an Versicherer (Flottenvertrag 77-401-2290)
Unser Fahrzeug: HH-OL 4471, Fahrer ⁅P|Rojhat Botî⁆ (geb. ⁅DOB|13.08.1996⁆, FS seit 2015)
Unfallgegner: ⁅P|Ermenhild Kattenbusch⁆, ⁅ADR|Alte Dorfstraße 8, 21465 Reinbek⁆, Tel. ⁅T|040 / 722 51 90⁆, Kennz. OD-EK 58
Unfallort/-zeit: Kreuzung Möllner Landstraße / Glinder Weg, 28.11.2026, ca. 15:20
Hergang: Gegnerin beim Abbiegen mit unserem stehenden Transporter kollidiert, Polizei vor Ort (Tagebuch-Nr. 2811-0442).
Zeugin: ⁅P|Piroska Fehérvári⁆, ⁅T|0176 2204 8130⁆
Sachbearbeitung Fuhrpark: ⁅P|Zsombor Pálfalvi⁆`,
  },
  {
    lang: 'de',
    kind: 'kindergeld-arbeitgeberbescheinigung',
    source: `Bescheinigung des Arbeitgebers zur Vorlage bei der Familienkasse
Hiermit bestätigen wir, dass
Frau ⁅P|Gulîstan Şemdînan⁆, geb. ⁅DOB|02.11.1989⁆,
wohnhaft ⁅ADR|Sophienallee 22, 20257 Hamburg⁆,
Steuer-ID ⁅TAX|46 547 012 344⁆,
seit dem 01.08.2021 in unserem Unternehmen in Teilzeit (25 Std./Woche) beschäftigt ist.
Kindergeldnummer (laut Mitarbeiterin): 215FK4488201
Hamburg, 01.12.2026
i. A. ⁅P|Siranush Hovsepyan⁆, Entgeltabrechnung`,
  },
  {
    lang: 'de',
    kind: 'inventarliste-ohne-personen',
    source: `INVENTARLISTE Werkstatt Depot Billbrook (Stand 30.11.2026)
Inv.-Nr.   Bezeichnung                          Hersteller      Prüfung bis
W-00412    Säulenbohrmaschine "Albrecht" 16      Alzmetall       03/2027
W-00413    Hubwagen "Mercedes" (Spitzname!)      Jungheinrich    11/2027
W-00520    Schweißgerät Rutil 160                Lorch           07/2027
W-00521    Kompressor "Big Bertha"               Kaeser          01/2027
Prüfer: externe Firma (DGUV V3), Prüfprotokoll-Nr. PP-2026-1188
Hinweis: Die Werkstatt ist nach dem Stifter des Geländes "Johann-Hinrich-Halle" benannt.`,
  },
];
