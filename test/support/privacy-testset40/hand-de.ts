import type { HandSource } from './markup.js';

/** German hand-written documents of set 40 (automotive and mobility in DE, AT and CH), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Kaufvertrag Gebrauchtwagen',
    source: `VERBINDLICHE BESTELLUNG EINES GEBRAUCHTFAHRZEUGS – Vertrags-Nr. GW-26-04417
Verkäufer: Autohaus Brenninger GmbH, Kufsteiner Straße 88, 83022 Rosenheim, Tel. 08031 40720
Käufer: ⦃n:Xacobe Regueira⦄, geb. ⦃b:03.11.1979⦄
Anschrift: ⦃h:Innstraße 51, 83022 Rosenheim⦄
Telefon: ⦃t:0160 4471920⦄   E-Mail: ⦃m:x.regueira@t-online.de⦄
Fahrzeug: Skoda Octavia Combi 2.0 TDI, FIN TMBZZZNX4P1022817, EZ 04/2023, 41.260 km
Kaufpreis: 24.890,00 EUR inkl. MwSt.; Anzahlung 2.000,00 EUR bar am 14.03.2026
Die Zahlung des Restbetrags erfolgt per Überweisung auf DE61 7002 0270 0015 8420 10 (Autohaus).
Rosenheim, 14.03.2026    Unterschrift Käufer ________   Verkaufsberater: ⦃n:Wybren Jongsma⦄`,
  },
  {
    lang: 'de',
    kind: 'Inzahlungnahme-Protokoll',
    source: `Bewertung Inzahlungnahme (Ankauf) – Vorgang RA-26-31180
Fahrzeug: VW Golf VII Variant, FIN WVWZZZAUZHP519204, Kennzeichen RO-KT 388, 128.450 km
Vorbesitzerin lt. Zulassungsbescheinigung Teil II: ⦃n:Ninfa Zerafa⦄, ⦃h:Am Salzstadel 7, 83512 Wasserburg am Inn⦄
Zustand: Steinschlag Frontscheibe, Kratzer Heckklappe, Reifen 4 mm, Zahnriemen fällig.
Händlereinkaufspreis: 7.300 EUR; DAT-Wert 8.150 EUR; Abzug Aufbereitung 350 EUR.
Rückfragen an die Kundin: ⦃t:+49 172 5530917⦄
Bewerter: Gebrauchtwagenzentrum, Durchwahl 08031 40720-31`,
  },
  {
    lang: 'de',
    kind: 'Finanzierungsantrag Autobank',
    source: `Darlehensantrag Kfz-Finanzierung (3-Wege-Finanzierung)
Antragsteller: ⦃n:Kalpana Gyawali⦄            Geburtsdatum: ⦃b:22.06.1988⦄
Wohnhaft seit 2019: ⦃h:Lenaustraße 12, 69115 Heidelberg⦄
Arbeitgeber: Universitätsklinikum Heidelberg, unbefristet, netto 3.140 EUR
Steuer-ID: ⦃x:g⦄
Lastschrift von Konto: ⦃i:DE g⦄
Kreditbetrag 18.600 EUR, Laufzeit 48 Monate, Schlussrate 7.450 EUR, Sollzins 5,99 %
Ausweis vorgelegt: Personalausweis Nr. ⦃k:⦄, gültig bis 08/2031
Autobank-Antragsnr. AB-4471-22093 – Händlernummer 60412`,
  },
  {
    lang: 'de',
    kind: 'Werkstattauftrag',
    source: `Werkstattauftrag 88213 – Karosserie & Lack Wendholt KG, Kassel
Auftraggeber: ⦃n:Heldur Käärik⦄, Tel. ⦃t:0151/2209418⦄
Fahrzeug: Opel Astra K, KS-M 2041, FIN W0VBD6EL1LG004512, 76.310 km
Arbeiten: Inspektion 60 Tkm, Bremsbeläge VA erneuern, Klimaservice
Kostenvoranschlag bis 650,00 EUR freigegeben, darüber telefonische Rücksprache.
Ersatzwagen: nein. Abholung: Fr ab 16 Uhr.
Annahme: Serviceberaterin ⦃n:Lantana Tafida⦄`,
  },
  {
    lang: 'de',
    kind: 'Kostenvoranschlag Unfallinstandsetzung',
    source: `Kostenvoranschlag KV-2026-0311 (Haftpflichtschaden, Abrechnung über gegnerische Versicherung)
Geschädigter: ⦃n:Pīters Sadovskis⦄, ⦃h:Goethestraße 19, 34119 Kassel⦄
Fahrzeug: BMW 320d Touring, FIN WBAZZZ8L05K772140
Schaden: Heckstoßfänger, Heckklappe, Rückleuchte rechts; Vermessung Hinterachse
Ersatzteile 2.310,44 EUR / Lohn 14,2 AW / Lackierung 1.180,00 EUR
Summe netto 4.622,18 EUR zzgl. 19 % MwSt.
Gutachten nicht erforderlich (Bagatellgrenze überschritten, Versicherer verzichtet).`,
  },
  {
    lang: 'de',
    kind: 'Garantieantrag an Hersteller',
    source: `Garantieantrag GA-0048812 an den Hersteller, Händler-Nr. 60412
Schadensbild: Turbolader pfeift, Ladedruck-Fehler P0299, Motorleuchte an
FIN: WDDZZZ2052F419083   Erstzulassung: 11/2022   Km: 38.904
Reparaturdatum: 19.02.2026, Arbeitswerte 6,8 AW, Teil 651 090 08 80
Kunde informiert, Kulanzanteil 0 %.
(Keine Kundendaten im Antrag – Zuordnung über FIN.)`,
  },
  {
    lang: 'de',
    kind: 'Dienstwagen-Überlassungsvertrag',
    source: `Überlassungsvertrag Dienstwagen – Fahrzeug HRO-ZE 730 (Leasing FlottenPartner, Vertrag L-88120)
Zwischen der Hanse Logistik GmbH (Arbeitgeber) und
Frau ⦃n:Leokadija Skrindzs⦄, Personalnummer 40718, wohnhaft ⦃h:Doberaner Straße 112, 18057 Rostock⦄
§ 3 Private Nutzung: erlaubt, Versteuerung nach 1-%-Regelung; Entfernung Wohnung–Arbeitsstätte 14 km.
§ 5 Führerscheinkontrolle halbjährlich; Führerschein-Nr. B0723X41099 (Klasse B, BE).
§ 7 Schäden sind unverzüglich an fuhrpark@hanse-logistik.de zu melden.
Rostock, 02.01.2026`,
  },
  {
    lang: 'de',
    kind: 'Anhörungsbogen Fahrerbenennung',
    source: `Betreff: Anhörung im Bußgeldverfahren – Aktenzeichen 602.118734.1
Sehr geehrte Damen und Herren,
als Halterin des Fahrzeugs W-AX 4410 (Leasingfahrzeug) benennen wir als verantwortliche Fahrerin zum Tatzeitpunkt
27.01.2026, 08:42 Uhr, A23 Richtung Süden, Geschwindigkeitsüberschreitung 19 km/h:
Name: ⦃n:Sarbinaz Jumaniyazova⦄
Geburtsdatum: ⦃b:09.04.1993⦄
Anschrift: ⦃h:Favoritenstraße 201/14, 1100 Wien⦄
Die Fahrerin hat den Verstoß eingeräumt. Rückfragen: Fuhrparkverwaltung, +43 1 60 340 0.`,
  },
  {
    lang: 'de',
    kind: 'Weiterbelastung Strafzettel an Fahrer',
    source: `Von: fuhrpark@flottenpartner.de
An: ⦃m:movsar.khaskhanov@hanse-logistik.de⦄
Betreff: Weiterbelastung Verwarnungsgeld HRO-ZE 715

Hallo Herr ⦃n:Khaskhanov⦄,
für das Parken im Halteverbot am 03.02.2026 in der Langen Straße wurde ein Verwarnungsgeld von 55 EUR erhoben.
Gemäß Dienstwagenrichtlinie ziehen wir den Betrag zzgl. 15 EUR Bearbeitungsgebühr mit der Märzabrechnung ein.
Viele Grüße
Ihr Fuhrparkteam`,
  },
  {
    lang: 'de',
    kind: 'Tankkartenantrag',
    source: `ANTRAG TANKKARTE (DKV / Aral Card)
Kostenstelle: 4410-Vertrieb Süd       Kennzeichen: M-ZE 2207
Karteninhaber (Fahrer): ⦃n:Gyanendra Paudel⦄
Mobilnummer für PIN-Versand: ⦃t:+49 176 3308841⦄
Leistungsumfang: Diesel, AdBlue, Wäsche; kein Shop
Limit: 600 EUR/Monat
Bestätigung Fuhrparkleitung: ⦃n:Wijtske Anema⦄, Durchwahl ⦃t:089 45 770-213⦄`,
  },
  {
    lang: 'de',
    kind: 'Schadenprotokoll Mietwagen',
    source: `Rückgabeprotokoll / Schadenaufnahme – Autovermietung Pichlmayr, Station Innsbruck Flughafen
Mietvertrag 7731-0092, Fahrzeug IL-M 443 (Seat Leon), Rückgabe 02.03.2026 10:15, 23.118 km
Mieter: ⦃n:Lejio Verginer⦄, Führerschein I-BZ5511920A
Neuer Schaden: Delle Tür hinten links (ca. 4 cm), Foto 14–17
Selbstbehalt lt. Vertrag 800 EUR; Belastung der hinterlegten Karte ⦃c:⦄ nach Gutachten.
Unterschrift Mieter: ✓ (digital)`,
  },
  {
    lang: 'de',
    kind: 'Kautionsrückforderung E-Mail',
    source: `Von: ⦃n:Kaidi Pihelgas⦄ <⦃m:kaidi.pihelgas@gmx.at⦄>
An: schaden@pichlmayr-rent.at
Betreff: AW: Kaution Mietvertrag 7731-0114

Sehr geehrte Damen und Herren,
seit der Rückgabe sind vier Wochen vergangen, die Kaution von 500 EUR ist noch nicht zurückgebucht.
Bitte überweisen Sie auf mein Konto ⦃i:AT g⦄.

> Am 06.02.2026 schrieb schaden@pichlmayr-rent.at:
> Die Freigabe der Kaution erfolgt nach Prüfung des Rückgabeprotokolls.

Freundliche Grüße
⦃n:Kaidi Pihelgas⦄
⦃t:+43 660 218 4471⦄`,
  },
  {
    lang: 'de',
    kind: 'Carsharing-Chat mit Support',
    source: `[08:41] Kunde ⦃n:Dhruba Khatiwada⦄: Hallo, das Auto B-CS 1092 lässt sich über die App nicht öffnen
[08:42] Support (Team Nord): Guten Morgen! Können Sie mir die bei uns hinterlegte Handynummer nennen?
[08:42] Kunde ⦃n:Dhruba Khatiwada⦄: ⦃t:0175/8823104⦄
[08:44] Support (Team Nord): Danke, ich habe das Fahrzeug aus der Ferne entriegelt. Die Fahrt startet jetzt.
[08:45] Kunde ⦃n:Dhruba Khatiwada⦄: Super, danke!`,
  },
  {
    lang: 'de',
    kind: 'Pannenhilfe-Einsatzbericht',
    source: `Einsatzbericht Pannenhilfe E-2026-774102
Auftrag von Leitstelle, 21.02.2026 06:12 – A8 Fahrtrichtung Salzburg, Parkplatz Irschenberg
Fahrer: ⦃n:Khampheng Latsavong⦄, Rückruf ⦃t:0157 70314428⦄
Fahrzeug: Renault Clio, FIN VF1ZZZRJ0H6331904, M-KT 552
Diagnose: Batterie tiefentladen (11,2 V); Starthilfe, Batterietest „Austausch empfohlen“
Einsatzdauer 35 min, keine Kosten für Mitglied (Mitgliedsnr. 118 440 712).
Pannenhelfer: Station Weyarn, Tel. 08020 9090`,
  },
  {
    lang: 'de',
    kind: 'SEPA-Mandat Kfz-Steuer (Zulassung)',
    source: `SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer
Zahlungsempfänger: Bundeskasse Trier – Gläubiger-ID DE34ZZZ00000152420
Fahrzeughalter: ⦃n:Tareixa Pardiñas⦄, ⦃h:Mozartstraße 3, 66111 Saarbrücken⦄
Kennzeichen: SB-AX 77
Kontoinhaber (falls abweichend): ⦃n:Bieito Brandariz⦄
IBAN: ⦃i:DE⦄
Datum der Zulassung: 05.03.2026, Zulassungsstelle Regionalverband Saarbrücken`,
  },
  {
    lang: 'de',
    kind: 'Zulassungsvollmacht',
    source: `Vollmacht zur Zulassung eines Fahrzeugs
Ich, ⦃n:Azat Kuvatov⦄, geboren am ⦃b:17. Februar 1969⦄, wohnhaft ⦃h:Friedrich-Ebert-Straße 40, 34117 Kassel⦄,
bevollmächtige den Zulassungsdienst Nordhessen (Mitarbeiterin ⦃n:Zilya Kildiyarova⦄), das Fahrzeug
FIN WVWZZZCDZMW118204 auf meinen Namen zuzulassen und das Wunschkennzeichen KS-AK 1969 zu reservieren.
Kopie Personalausweis (Nr. ⦃k:⦄) und eVB-Nummer 7KP44R2 liegen bei.
Kassel, 10.03.2026`,
  },
  {
    lang: 'de',
    kind: 'HU-Prüfbericht',
    source: `Untersuchungsbericht Hauptuntersuchung § 29 StVZO – Prüfstelle Saarbrücken-Burbach
Kennzeichen: SB-ZE 4102  FIN: WF0ZZZGCHKMC42810  Km-Stand 154.027
Ergebnis: erhebliche Mängel – keine Plakette
  1. Bremsleitung hinten links korrodiert (EM)
  2. Abblendlicht Einstellung rechts fehlerhaft (GM)
Wiedervorführung binnen eines Monats. Nächste HU: –
Prüfingenieur: Kennung 4471-SB (Prüfstelle, Tel. 0681 770 90-0)`,
  },
  {
    lang: 'de',
    kind: 'Führerscheinkontrolle Protokoll CSV',
    source: `personalnr;fahrer;klasse;kontrolle_am;ergebnis;naechste
40718;⦃n:Leokadija Skrindzs⦄;B,BE;15.01.2026;ok;15.07.2026
40733;⦃n:Vanaveski, Aimar⦄;B;15.01.2026;ok;15.07.2026
40761;⦃n:Massinissa Hamlaoui⦄;B,C1;16.01.2026;Fahrverbot bis 02/2026 – Fahrzeug gesperrt;16.02.2026
40780;⦃n:Rosute Candotti⦄;B;16.01.2026;nicht vorgelegt (Urlaub);30.01.2026`,
  },
  {
    lang: 'de',
    kind: 'Reifeneinlagerungsschein',
    source: `Reifenhotel – Einlagerungsschein Nr. 2026-1187
Kunde: ⦃n:Cilia Prinoth⦄, ⦃h:Josef-Pirchl-Straße 9, 6370 Kitzbühel⦄, ⦃t:+43 650 771 2093⦄
Fahrzeug: KB-338 TF, Audi A4
Eingelagert: 4 × Winterkompletträder 225/50 R17, Profil 5/5/4/4 mm, DOT 3922
Lagerplatz Regal C-14, Rädersatz gewaschen. Lagergebühr 69 EUR/Saison.`,
  },
  {
    lang: 'de',
    kind: 'Rückrufaktion Anschreiben',
    source: `Rückrufaktion 26K41 – Überprüfung des Beifahrerairbags
Sehr geehrte Fahrzeughalterin, sehr geehrter Fahrzeughalter,
bei Ihrem Fahrzeug (FIN TMBZZZNE7L0300212) kann der Gasgenerator des Beifahrerairbags bei hoher
Luftfeuchtigkeit altern. Bitte vereinbaren Sie einen Termin bei Ihrem Servicepartner; die Arbeiten dauern
ca. 1,5 Stunden und sind kostenlos. Die Anschrift wurde uns vom Kraftfahrt-Bundesamt übermittelt.
Kundenbetreuung: 0800 100 2604 (kostenfrei), rueckruf@hersteller-service.de`,
  },
  {
    lang: 'de',
    kind: 'Werkstatt-Notizzettel',
    source: `Notiz Annahme Do:
- Golf grau KS-KT 91 → Frau ⦃n:Anaig Kerdoncuff⦄ ruft zurück wg. Freigabe Kupplung, Handy ⦃t:0163 9920417⦄
- Ersatzteil Wasserpumpe kommt erst Mo (Bestellung 7741-22)
- Kunde Passat (Herr ⦃n:Outes⦄) will Rechnung an Firma, nicht privat!
- Leihwagen 3 wieder da, tanken`,
  },
  {
    lang: 'de',
    kind: 'Leasingrückgabe-Gutachten Widerspruch',
    source: `⦃n:Gwilherm Le Bris⦄
⦃h:Elisabethstraße 18, 80796 München⦄

FlottenPartner Leasing GmbH
Vertragsrückgabe – Postfach 12 04 41, 80031 München

München, 12.03.2026
Leasingvertrag L-77031 – Widerspruch gegen Minderwertberechnung vom 01.03.2026

Sehr geehrte Damen und Herren,
Sie berechnen 1.480 EUR für „Kratzer Stoßfänger“ und „Sitzverschleiß“. Beides ist normale Abnutzung bei
62.000 km. Ich bitte um ein Zweitgutachten. Erreichbar bin ich unter ⦃t:089 2710 4418⦄ oder ⦃m:gwilherm.lebris@mail.com⦄.

Mit freundlichen Grüßen
⦃n:Gwilherm Le Bris⦄`,
  },
  {
    lang: 'de',
    kind: 'Fahrzeugbrief-Verlust Versicherung an Eides statt',
    source: `Versicherung an Eides statt über den Verlust der Zulassungsbescheinigung Teil II
Ich, ⦃n:Sulaimanu Dankwambo⦄, geb. ⦃b:1981-08-30⦄, Reisepass-Nr. ⦃r:⦄,
wohnhaft ⦃h:Seestraße 27, 8008 Zürich⦄ (vormals Kassel),
versichere an Eides statt, dass ich die Zulassungsbescheinigung Teil II zum Fahrzeug WBAZZZ3K61F220190 nicht mehr
besitze und sie weder verpfändet noch einem Dritten übergeben habe.
Zulassungsbehörde Kassel, Aktenzeichen ZB2-0447/26`,
  },
  {
    lang: 'de',
    kind: 'Motorrad-Kaufvertrag privat',
    source: `Privater Kaufvertrag Motorrad (ADAC-Muster, gekürzt)
Verkäufer: ⦃n:Fiz Meixide⦄, ⦃h:Kirchgasse 4, 79098 Freiburg im Breisgau⦄, ⦃t:0761 4470 215⦄
Käufer: ⦃n:Malaythong Sisouk⦄, Ausweis-Nr. ⦃k:⦄
Fahrzeug: Yamaha MT-07, FIN JYARM06E0GA012771, 18.402 km
Preis: 5.200 EUR, bar erhalten. Gekauft wie gesehen unter Ausschluss der Sachmängelhaftung.
Freiburg, 28.02.2026`,
  },
  {
    lang: 'de',
    kind: 'Lohnabrechnung Dienstwagen Auszug',
    source: `Entgeltabrechnung 02/2026 – Auszug Sachbezüge
Mitarbeiter: ⦃n:Ahto Soosaar⦄   Pers.-Nr. 22190   Steuer-ID ⦃x:⦄   SV-Nr. ⦃s:14031977 Soosaar m⦄
Geldwerter Vorteil Kfz (1 % von 41.900 EUR) .............. 419,00
Fahrten Wohnung–Arbeit (0,03 % × 41.900 × 18 km) ......... 226,26
Weiterbelastung Bußgeld 01/26 .............................. -35,00
Bankverbindung: ⦃i:DE g⦄`,
  },
  {
    lang: 'de',
    kind: 'Fuhrparkrichtlinie (ohne Personenbezug)',
    source: `Fuhrparkrichtlinie – Auszug, gültig ab 01.04.2026
4.1 Dienstwagenberechtigt sind Mitarbeitende ab Entgeltgruppe E12 sowie Außendienst.
4.2 Die Referenzrate beträgt 690 EUR netto/Monat (Leasing inkl. Wartung).
4.3 Tankkarten gelten nur für das zugeordnete Kennzeichen; Fremdbetankung wird belastet.
4.4 Schäden sind binnen 24 Stunden über das Portal oder fuhrpark@hanse-logistik.de zu melden.
4.5 Führerscheinkontrollen erfolgen halbjährlich durch Sichtprüfung oder Online-Kontrolle.`,
  },
  {
    lang: 'de',
    kind: 'Teilebestellung Lieferschein (ohne Personenbezug)',
    source: `Lieferschein 4410772 – Teilegroßhandel Nordhessen
Kunde: Karosserie & Lack Wendholt KG, Kd.-Nr. 10441
Pos  Teilenummer        Bezeichnung                     Menge
1    5Q0 698 151 A      Bremsbelagsatz VA                 2
2    04L 121 011 L      Wasserpumpe                        1
3    1K0 955 425 E      Scheibenwischermotor               1
Bestellung RA-26-31204 vom 11.03.2026, Tour 3, Fahrer-Scan 11:42`,
  },
  {
    lang: 'de',
    kind: 'Mietwagen-Buchungsbestätigung',
    source: `Ihre Reservierung 4GH-7721 ist bestätigt
Fahrer: ⦃n:Almira Yanbaeva⦄
Abholung: Zürich Flughafen, 18.04.2026 09:00 – Rückgabe: 25.04.2026 09:00
Fahrzeugkategorie CDMR (VW Golf o. ä.), 1.000 km frei
Kaution: 1.000 CHF, reserviert auf Karte ⦃c:d⦄
Zusatzfahrer: ⦃n:Perdebay Seytmuratov⦄, geb. ⦃b:02.12.1990⦄
Kontakt für Rückfragen: ⦃m:almira.yanbaeva@bluewin.ch⦄`,
  },
  {
    lang: 'de',
    kind: 'Gutachterauftrag Sachverständiger',
    source: `Auftrag zur Erstellung eines Schadengutachtens
Auftraggeberin: ⦃n:Ledicia Cabanelas⦄, Tel. ⦃t:+49 163 2289014⦄, Anschrift ⦃h:Hafenstraße 8, 18055 Rostock⦄
Unfalltag: 07.03.2026, Gegner: HRO-AX 5510 (Versicherung: Nordstern, Schaden-Nr. 26-0033918)
Besichtigungsort: Autohaus am Hafen, Werkstatt, ab 09.03.
Abtretung der Gutachterkosten an das Sachverständigenbüro wird erklärt.
Ihr Sachverständiger: Dipl.-Ing. ⦃n:Wobbe Wiegersma⦄, mobil ⦃t:0171 3390 227⦄`,
  },
  {
    lang: 'de',
    kind: 'Schadensmeldung Dienstwagen Online-Formular',
    source: `Schadensmeldung über das Fuhrpark-Portal (eingegangen 04.03.2026 07:58)
Fahrer/in: ⦃n:Petimat Mezhidov⦄   Personalnummer: 40802
Kennzeichen: HRO-ZE 744   Km-Stand: 31.770
Hergang: Beim Rangieren auf dem Firmenparkplatz gegen Poller gestoßen, Stoßfänger hinten gerissen.
Rückruf erbeten unter: ⦃t:+49 1516 7720194⦄
Absender-IP: ⦃a:93.214.17.208⦄  Browser: Firefox 136`,
  },
  {
    lang: 'de',
    kind: 'Autohaus-Newsletter Abmeldung (ohne Personenbezug)',
    source: `Sie haben sich erfolgreich vom Newsletter abgemeldet.
Sie erhalten ab sofort keine Angebote mehr zu Frühjahrs-Check, Reifenwechsel und Vorführwagen.
Falls dies ein Versehen war, können Sie sich jederzeit unter www.brenninger-auto.de/newsletter wieder anmelden.
Autohaus Brenninger GmbH · Kufsteiner Straße 88 · 83022 Rosenheim · Tel. 08031 40720 · service@brenninger-auto.de
Registergericht Traunstein HRB 14402 · USt-IdNr. DE129447730`,
  },
  {
    lang: 'de',
    kind: 'Kulanzanfrage Kunde E-Mail',
    source: `Von: ⦃m:ilisapeci.koroivueta@icloud.com⦄
An: service@brenninger-auto.de
Betreff: Getriebe nach 61.000 km defekt – Bitte um Kulanz

Guten Tag,
mein Tiguan (RO-AX 612, FIN WVGZZZ5NZKW447021) ruckelt beim Schalten, die Werkstatt spricht von der Mechatronik.
Das Auto ist regelmäßig bei Ihnen gewartet worden, zuletzt am 02.10.2025.
Ich bitte um eine Kulanzbeteiligung des Herstellers.
⦃n:Ilisapeci Koroivueta⦄
⦃h:Prinzregentenstraße 5, 83024 Rosenheim⦄`,
  },
  {
    lang: 'de',
    kind: 'Abschleppauftrag Schweiz',
    source: `Abschlepp- und Bergungsauftrag Nr. 2026-0318 – Garage Zollikofer AG, Notfall 044 381 22 00
Fahrzeughalter: ⦃n:Ghilas Ouzegdouh⦄, ⦃h:Rue du Marché 14, 1204 Genève⦄, Natel ⦃t:+41 79 448 21 07⦄
Fahrzeug: GE 418 207, Peugeot 3008
Ort: A1 Ausfahrt Zürich-Altstetten, 23:40 Uhr; Motorschaden (Ölverlust)
Transport zur Garage, Standgebühr ab Tag 3: CHF 15/Tag
Bezahlt vor Ort mit Karte ⦃c:-⦄`,
  },
];
