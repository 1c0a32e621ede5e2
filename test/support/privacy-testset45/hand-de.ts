import type { HandSource } from './markup.js';

/** German hand-written documents of set 45 (Reinigung, Hausmeisterdienste, Schornsteinfeger, Entsorgung in DE, AT und CH), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Feuerstättenschau-Ankündigung (Schornsteinfeger)',
    source: `Bezirksschornsteinfegermeister Kehrbezirk Münster 14
Hammer Straße 201, 48153 Münster · Tel. 0251 61 84 27-0

Herrn
⟪n:Donots Laizāns⟫
⟪h:Wolbecker Straße 88, 48155 Münster⟫

Ankündigung der Feuerstättenschau gemäß § 14 SchfHwG
Objekt OBJ-40318, Liegenschaft ⟪h:Wolbecker Straße 88, 48155 Münster⟫

Sehr geehrter Herr ⟪n:Laizāns⟫,
die Feuerstättenschau in Ihrem Gebäude findet am 17.03.2026 zwischen 8:00 und 12:00 Uhr statt.
Bitte sorgen Sie dafür, dass alle Feuerstätten, der Dachboden und der Heizungskeller zugänglich sind.
Ist der Termin nicht möglich, melden Sie sich bis zum 10.03.2026 unter der oben genannten Nummer.

Mit freundlichen Grüßen
⟪n:Vigjut Zuanutt⟫, Bezirksschornsteinfegermeister`,
  },
  {
    lang: 'de',
    kind: 'Formblatt Bescheinigung über Abgaswegeüberprüfung',
    source: `Formblatt nach § 4 KÜO – Bescheinigung
Eigentümerin: ⟪n:Ogulbabek Orazmyradowa⟫
Anschrift der Anlage: ⟪h:Karl-Heine-Straße 63, 04229 Leipzig⟫
Telefon: ⟪t:0176 83301942⟫
Feuerstätte: Gas-Brennwerttherme, 24 kW, Baujahr 2014
Messung am 22.01.2026: CO 18 ppm, Abgasverlust entfällt (Brennwert)
Ergebnis: ohne Mängel. Nächste Überprüfung: 2028.
Schornsteinfeger: ⟪n:Pushpalal Tuladharju⟫, Ausweis-Nr. der Handwerkskammer HWK-L 2231`,
  },
  {
    lang: 'de',
    kind: 'Mängelbericht Schornsteinfeger mit Frist',
    source: `Mängelbericht Nr. MB-2026-0193 (Objekt OBJ-51807)
Eigentümer: ⟪n:Kazbechko Khatkoshe⟫, ⟪h:Annenstraße 29, 8020 Graz⟫
Festgestellt am 03.02.2026: Verbindungsstück des Kaminofens undicht, Rußaustritt.
Frist zur Behebung: 6 Wochen. Nachweis per E-Mail an kehrtermine@kehrbezirk-graz.example.
Der Eigentümer ist telefonisch erreichbar unter ⟪t:+43 664 5102283⟫.
Graz, 03.02.2026`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Reklamation Büroreinigung mit Zitat',
    source: `Von: ⟪m:s.kremerhaff@posteo.de⟫
An: disposition@glanzwerk.example
Betreff: AW: Reinigung 2. OG – Beschwerde

Guten Tag,
auch diese Woche wurden die Papierkörbe in Raum 2.14 nicht geleert. Bitte um Rückruf.
⟪n:Théisi Kremerhaff⟫
Office Management, Kanzlei am Zoo
Mobil ⟪t:0152 77123908⟫

> Am 09.02.2026 um 16:12 schrieb Glanzwerk Disposition:
> Sehr geehrte Frau ⟪n:Kremerhaff⟫, wir bedauern den Ausfall und schicken am Donnerstag
> Objektleiterin ⟪n:Zulaykhat Basnukaev⟫ zur Qualitätskontrolle (Auftrag JOB-2204917).`,
  },
  {
    lang: 'de',
    kind: 'Reinigungsvertrag Privathaushalt (Formular)',
    source: `Glanzwerk Home – Vertrag über Haushaltsreinigung
Kundin: ⟪n:Lussie Zamparut⟫   geb. ⟪b:21.08.1961⟫
Anschrift: ⟪h:Gießerstraße 14, 04229 Leipzig⟫
Telefon: ⟪t:0160 44719320⟫   E-Mail: ⟪m:lussie.zamparut@freenet.de⟫
Leistung: 3 Std. alle 14 Tage, Di vormittags, 32,50 € je Std.
Schlüssel: 1 Haustür, 1 Wohnung (Schlüsselquittung SQ-1182)
SEPA-Lastschrift von IBAN ⟪i:DE g⟫`,
  },
  {
    lang: 'de',
    kind: 'Minijob-Personalbogen Reinigungskraft',
    source: `Personalfragebogen geringfügig Beschäftigte
Name: ⟪n:Adaezeoma Nwachukwuoma⟫
Geburtsdatum: ⟪b:04.11.1979⟫   Geburtsort: Enugu
Anschrift: ⟪h:Zschochersche Straße 41, 04229 Leipzig⟫
Steuer-ID: ⟪x:⟫
Rentenversicherungsnummer: ⟪s:04111979 Nwachukwuoma f⟫
Bankverbindung: ⟪i:DE⟫
Einsatzobjekte: OBJ-30211, OBJ-30214 · Stundenlohn 13,90 €`,
  },
  {
    lang: 'de',
    kind: 'WhatsApp-Chat Hausmeister und Mieterin',
    source: `[12.01.26, 07:41] ⟪n:Bontuuti Hundeessaa⟫: Guten Morgen, im Hausflur 3. Stock brennt seit gestern kein Licht 😕
[12.01.26, 07:58] Hausmeister ⟪n:Krull⟫: Morgen! Ich komme gegen 10, Leuchtmittel hab ich dabei
[12.01.26, 08:02] ⟪n:Bontuuti Hundeessaa⟫: Super danke. Bin ab 9 im Büro, falls was ist: ⟪t:0176 20918834⟫
[12.01.26, 10:37] Hausmeister ⟪n:Krull⟫: Erledigt ✅ Auftrag JOB-3301742 ist zu`,
  },
  {
    lang: 'de',
    kind: 'Hausmeister-Arbeitsauftrag (Formular)',
    source: `Arbeitsauftrag JOB-4410268 – Hausmeisterdienst Krull & Söhne
Objekt: OBJ-22014, Wohnanlage Hammer Straße 112–118
Meldende Person: ⟪n:Gusti Thillesch⟫, Wohnung WE 12.3, Tel. ⟪t:0251 7720914⟫
Schaden: Tropfender Heizkörper im Bad, Boden feucht
Priorität: hoch · Termin: 14.02.2026 ab 8:00
Ausgeführt von: ⟪n:Nolón Pumarín⟫ · Arbeitszeit 1,25 Std. · Material: Dichtung, Thermostatkopf`,
  },
  {
    lang: 'de',
    kind: 'Sperrmüll-Anmeldung Online-Formular',
    source: `Sperrmüllabholung – Anmeldung
Vorname: ⟪n:Lechi-Vakh⟫   Nachname: ⟪n:Tsaroev⟫
Abholadresse: ⟪h:Feldbergstrasse 77, 4057 Basel⟫
E-Mail: ⟪m:lechivakh.tsaroev@sunrise.ch⟫
Gegenstände: 1 Kleiderschrank (zerlegt), 2 Matratzen, 1 Teppich
Abholung gewünscht: Donnerstag, 05.03.2026 · Gebührenmarke SM-0048821 bezahlt (CHF 40.00)`,
  },
  {
    lang: 'de',
    kind: 'Abfallkalender Gemeinde (ohne Personenbezug)',
    source: `Abfuhrkalender 2026 – Bezirk 7 (Graz-Lend)
Restmüll: jeden 2. Dienstag, erster Termin 13.01.2026
Biotonne: jeden Freitag, im Winter 14-tägig
Altpapier: 4-wöchentlich, Montag
Sperrmüll: nur nach Anmeldung, Tel. +43 316 872-0
Tonnen bitte bis 6:00 Uhr bereitstellen.`,
  },
  {
    lang: 'de',
    kind: 'Winterdienst-Protokoll (Räum- und Streubuch)',
    source: `Räum- und Streuprotokoll Winter 2025/26 – Objekt OBJ-60331
Datum | Uhrzeit | Tätigkeit | Mitarbeiter
08.01.2026 | 05:40 | geräumt, Splitt | ⟪n:Tolibay Utepbergen⟫
08.01.2026 | 13:15 | nachgestreut | ⟪n:Tolibay Utepbergen⟫
09.01.2026 | 06:05 | geräumt, Salz (Einfahrt) | ⟪n:Dashinima Tsydenzhapov⟫
Bemerkung: Zugang Hintereingang vereist gemeldet von Mieter ⟪n:Ruslanoy Dudurkaev⟫ (⟪t:0152 61120483⟫)`,
  },
  {
    lang: 'de',
    kind: 'Brief Beschwerde Winterdienst mit Haftungsfrage',
    source: `⟪n:Maryîye Sprimonteûs⟫
⟪h:Hammer Straße 57, 48153 Münster⟫

An Hausmeisterdienst Krull & Söhne
Münster, 10.01.2026

Sturz auf dem Gehweg vor meinem Haus am 08.01.2026

Sehr geehrte Damen und Herren,
am 08.01.2026 gegen 7:20 Uhr bin ich auf dem nicht gestreuten Gehweg gestürzt und habe mir das Handgelenk verstaucht.
Laut Vertrag mit der Hausverwaltung obliegt Ihnen der Winterdienst bis 7:00 Uhr. Ich bitte um Mitteilung Ihrer
Haftpflichtversicherung. Ärztlicher Bericht liegt bei. Erreichbar bin ich unter ⟪m:maryiye.sprimonteus@web.de⟫.

Mit freundlichen Grüßen
⟪n:Maryîye Sprimonteûs⟫`,
  },
  {
    lang: 'de',
    kind: 'Schädlingsbekämpfung Befallsbericht',
    source: `Befallsbericht Schädlingsbekämpfung – Auftrag JOB-5120047
Objekt: Bäckerei-Filiale, Klybeckstrasse 12, 4057 Basel (Gewerbe, Pächter ⟪n:Tonine Tonizzut⟫)
Befund: Deutsche Schabe, Küchenbereich, 14 Köderstationen ausgelegt
Nächste Kontrolle: 28.02.2026
Techniker: ⟪n:Saihseng Hsengkeo⟫ · Sachkundenachweis Nr. SK-CH-0781
Hinweis an Pächter: Lebensmittel abgedeckt halten.`,
  },
  {
    lang: 'de',
    kind: 'Sicherheitsdatenblatt-Auszug Köder (ohne Personenbezug)',
    source: `Produktinformation Fraßköder FK-20 (Auszug)
Wirkstoff: Difenacoum 0,005 %
Anwendung nur durch sachkundige Verwender, nicht in Reichweite von Kindern und Haustieren.
Erste Hilfe: Bei Verschlucken Arzt aufsuchen, Vitamin K1 als Gegenmittel.
Notruf Vergiftungsinformationszentrale: 0761 19240`,
  },
  {
    lang: 'de',
    kind: 'Schlüsselübergabeprotokoll mit Ausweisprüfung',
    source: `Schlüsselübergabe – Rheinknie Facility Services AG
Objekt OBJ-71502, Einheit WE 4.2
Übernehmer: ⟪n:Djåke Hènaufay⟫, geb. ⟪b:30.06.1988⟫
Ausweis: Personalausweis ⟪k:⟫ (Deutschland), vorgelegt im Original
Übergeben: 2 Wohnungsschlüssel, 1 Briefkasten, 1 Transponder T-3310
Basel, 01.04.2026 · Unterschrift Übernehmer: ⟪n:D. Hènaufay⟫`,
  },
  {
    lang: 'de',
    kind: 'Wäscherei Kundenkarte und Abholauftrag',
    source: `Textilpflege Wäscheblau – Abholauftrag
Kunde: ⟪n:Satyavathamma Kotamarthi⟫
Abholung: ⟪h:Lendplatz 9, 8020 Graz⟫, 2. Stock links, Klingel „⟪n:Kotamarthi⟫“
Telefon: ⟪t:+43 699 81724405⟫
Artikel: 6 Hemden, 2 Tischdecken, 1 Daunendecke · Auftrag JOB-6021135
Bezahlung: Karte ⟪c:⟫`,
  },
  {
    lang: 'de',
    kind: 'Teams-Chat Objektleitung Reinigung',
    source: `⟪n:Zulaykhat Basnukaev⟫ 09:12
Heute fehlt ⟪n:Erzheni⟫ (krank), wer übernimmt Kanzlei am Zoo 17–19 Uhr?
⟪n:Tapiwanashe Makoniyashe⟫ 09:20
Ich kann ab 17:30. Brauche den Code für die Tiefgarage
⟪n:Zulaykhat Basnukaev⟫ 09:21
Code steht im Objektbuch OBJ-30211, Seite 2. Danke dir!`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Hausmeistervertrag (Brief WEG-Verwalterin)',
    source: `Hausverwaltung ⟪n:Zuze Sprūģis⟫
⟪h:Wolbecker Straße 140, 48155 Münster⟫

Hausmeisterdienst Krull & Söhne
z. Hd. Frau ⟪n:Oebeltsje Dijkstraet⟫

Kündigung des Hausmeistervertrags für die WEG Hammer Straße 112–118 (OBJ-22014)

Sehr geehrte Frau ⟪n:Dijkstraet⟫,
gemäß Beschluss der Eigentümerversammlung vom 12.11.2025 kündigen wir den Vertrag fristgerecht zum 30.06.2026.
Für Rückfragen: ⟪t:0251 9127704⟫.

⟪n:Zuze Sprūģis⟫`,
  },
  {
    lang: 'de',
    kind: 'Reisepasskopie Vermerk Saisonkraft Winterdienst',
    source: `Vermerk Personalbüro Glanzwerk, 02.11.2025
Saisonkraft Winterdienst: ⟪n:Myratgeldi Garajayew⟫, geb. ⟪b:17. März 1990⟫
Reisepass Nr. ⟪r:⟫ geprüft, Kopie in Personalakte (Aufbewahrung bis Saisonende).
Steuer-ID ⟪x:g⟫ liegt vor. Einsatz ab 15.11.2025, Tour WD-21.`,
  },
  {
    lang: 'de',
    kind: 'Fensterreinigung Angebot per E-Mail mit Signatur',
    source: `Von: angebote@glanzwerk.example
An: ⟪m:hoffmannsdall.familie@arcor.de⟫
Betreff: Angebot Fensterreinigung Einfamilienhaus

Sehr geehrte Familie ⟪n:Hoffmannsdall⟫,
für 22 Fenster inkl. Rahmen und 2 Wintergartenflächen bieten wir 289,00 € netto an (Angebot AG-2026-0412).
Termin nach Absprache, Leitern und Osmosewasser bringen wir mit.

Mit freundlichen Grüßen
Team Angebote · Glanzwerk Gebäudereinigung Leipzig GmbH
Tel. 0341 2290 410 · Handelsregister HRB 30118`,
  },
  {
    lang: 'de',
    kind: 'Leistungsverzeichnis Unterhaltsreinigung (ohne Personenbezug)',
    source: `Leistungsverzeichnis Unterhaltsreinigung, Los 2 (Verwaltungsgebäude)
Pos. 1 Büroräume: Papierkörbe leeren täglich, Böden saugen 2× wöchentlich
Pos. 2 Sanitär: täglich, Verbrauchsmaterial auffüllen
Pos. 3 Glasflächen innen: monatlich
Pos. 4 Treppenhaus: Nassreinigung 3× wöchentlich
Flächenleistung Richtwert 220 m²/Std., Reinigungszeiten 17:00–21:00 Uhr`,
  },
  {
    lang: 'de',
    kind: 'Stundenzettel Reinigungskraft (CSV)',
    source: `datum;mitarbeiter;objekt;beginn;ende;stunden
2026-02-02;⟪n:Oyinkansolami Fagbemiola⟫;OBJ-30211;17:00;19:30;2,5
2026-02-02;⟪n:Chinwendumma Obiorahoma⟫;OBJ-30214;18:00;21:00;3,0
2026-02-03;⟪n:Oyinkansolami Fagbemiola⟫;OBJ-30211;17:00;19:45;2,75
2026-02-03;⟪n:Wayanita Sudiartha⟫;OBJ-30219;06:00;08:00;2,0`,
  },
  {
    lang: 'de',
    kind: 'Schadensmeldung an Versicherung (Reinigungsschaden)',
    source: `Schadenmeldung Betriebshaftpflicht, Vertrag BH-7720031
Versicherungsnehmer: Glanzwerk Gebäudereinigung Leipzig GmbH
Geschädigte: ⟪n:Catinute Pitassat⟫, ⟪h:Karl-Heine-Straße 18, 04229 Leipzig⟫, ⟪t:0152 33018822⟫
Schaden: Parkett durch zu nasse Reinigung aufgequollen, ca. 14 m², Wohnzimmer
Schadentag: 20.01.2026, verursacht durch Mitarbeiterin ⟪n:Wayanita Sudiartha⟫
Bankverbindung der Geschädigten für Regulierung: ⟪i:DE g⟫`,
  },
  {
    lang: 'de',
    kind: 'SMS-Benachrichtigung Kaminkehrer',
    source: `SMS an ⟪t:+43 664 9021174⟫, 14.10.2025 18:02
Kehrbezirk Graz: Ihr Kehrtermin ist am 21.10. zw. 7 und 11 Uhr. Bitte Dachbodenzugang freihalten.
Antwort "STOP" für keine weiteren SMS.
---
Antwort von ⟪t:+43 664 9021174⟫: passt, bin da. ⟪n:Ahmadkhaleh⟫`,
  },
  {
    lang: 'de',
    kind: 'Ticket Facility-Management-Portal mit IP',
    source: `Ticket #FM-58210 · Rheinknie Facility Services
Erstellt von: ⟪n:Xosefina Cueliguín⟫ (⟪m:xcueliguin@gmx.ch⟫), Mieterportal, IP ⟪a:178.82.144.19⟫
Kategorie: Aufzug · Objekt OBJ-71502
Beschreibung: Aufzug bleibt zwischen 2. und 3. OG stehen, Notruf funktioniert.
Status: zugewiesen an Servicetechnik, SLA 4 Std.`,
  },
  {
    lang: 'de',
    kind: 'Hausordnung Aushang Reinigungsplan (mit Namen)',
    source: `Treppenhausreinigung – Plan Februar 2026, Haus Wolbecker Straße 88
KW 6: EG links – ⟪n:Houbiert Lambôtin⟫
KW 7: EG rechts – ⟪n:Ninwaya Odishoaya⟫
KW 8: 1. OG links – ⟪n:Ashurina Khamisaya⟫
KW 9: 1. OG rechts – ⟪n:Ghitute Floreanin⟫
Bei Tausch bitte beim Hausmeister melden (0251 49 30 12-0).`,
  },
  {
    lang: 'de',
    kind: 'Lastschrift-Rücklastschrift Mahnung Fensterputzer',
    source: `Zahlungserinnerung Rechnung RE-2026-0227
Sehr geehrte Frau ⟪n:Douwina Rinsmastra⟫,
die Lastschrift über 64,00 € für die Fensterreinigung vom 12.02.2026 wurde von Ihrer Bank zurückgegeben
(Konto ⟪i:DE⟫, Grund: MD06). Bitte überweisen Sie den Betrag bis 15.03.2026 auf DE02 8605 5592 1090 0017 44.
Glanzwerk Buchhaltung · buchhaltung@glanzwerk.example`,
  },
  {
    lang: 'de',
    kind: 'Sozialversicherungsmeldung Hausmeister (Auszug)',
    source: `DEÜV-Meldung Anmeldung (Grund 10) – Auszug
Arbeitgeber: Hausmeisterdienst Krull & Söhne, Betriebsnummer 48211730
Beschäftigter: ⟪n:Kochuvareed Padinjarethil⟫
Versicherungsnummer: ⟪s:12051974 Padinjarethil m⟫
Geburtsdatum: ⟪b:12.05.1974⟫
Beschäftigungsbeginn: 01.03.2026, Tätigkeitsschlüssel 54101`,
  },
  {
    lang: 'de',
    kind: 'Kartenzahlung Beleg Textilreinigung',
    source: `Textilpflege Wäscheblau Graz · UID ATU63311029
Beleg 0441 · 19.02.2026 11:42
Anzug 2-teilig reinigen   18,90
Hemd x3                   10,50
Summe EUR                 29,40
Kartenzahlung ⟪c:-⟫
Kunde: ⟪n:Gemechisa Fayyisaa⟫ (Stammkunde, Rabatt 0 %)`,
  },
  {
    lang: 'de',
    kind: 'Betriebsanweisung Reinigungsmittel (ohne Personenbezug)',
    source: `Betriebsanweisung gem. § 14 GefStoffV – Sanitärreiniger sauer
Gefahren: verursacht schwere Augenreizung.
Schutzmaßnahmen: Schutzhandschuhe Nitril, Schutzbrille bei Spritzgefahr.
Nicht mit chlorhaltigen Reinigern mischen!
Verhalten im Gefahrfall: Giftnotruf 030 19240
Stand: 01/2026, Arbeitssicherheit Glanzwerk`,
  },
  {
    lang: 'de',
    kind: 'Abnahmeprotokoll Grundreinigung nach Auszug',
    source: `Abnahmeprotokoll Endreinigung – Auftrag JOB-7150326
Wohnung: ⟪h:Griesgasse 31, 8020 Graz⟫, Top 7
Auftraggeberin (Vormieterin): ⟪n:Golbanoo Fumanizadeh⟫, neue Anschrift ⟪h:Klybeckstrasse 88, 4057 Basel⟫
Abnahme durch Vermieter: ⟪n:Nasrinbanoo Rudsarinejad⟫
Ergebnis: Küche und Bad einwandfrei, Fensterbänke nachgereinigt.
Kaution kann freigegeben werden. Graz, 31.01.2026`,
  },
  {
    lang: 'de',
    kind: 'Bewerbung Gebäudereiniger per E-Mail',
    source: `Von: ⟪m:mallkuchi.condoriqullu@gmx.de⟫
An: jobs@glanzwerk.example
Betreff: Bewerbung als Gebäudereiniger (Vollzeit)

Sehr geehrte Damen und Herren,
ich bin gelernter Gebäudereiniger (Gesellenbrief 2019) und suche eine neue Stelle in Leipzig.
Führerschein Klasse B vorhanden. Ich bin geboren am ⟪b:2. Februar 1996⟫ und wohne in der ⟪h:Karl-Heine-Straße 102, 04229 Leipzig⟫.

Mit freundlichen Grüßen
⟪n:Mallkuchi Condoriqullu⟫
⟪t:0160 99183024⟫`,
  },
];
