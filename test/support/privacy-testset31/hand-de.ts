import type { HandSource } from './markup.js';

/** German hand-written documents of set 31, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Crew-Change-Anfrage an Hafenagentur',
    source: `Von: ⸢m:r.ziedins@weser-crewing.de⸣
An: ops@hansa-port-agency.de
Betreff: Crew Change MV Nordic Tern / Bremerhaven, ETA 14.03.

Moin zusammen,

bitte für den Crew Change in Bremerhaven folgendes organisieren:
Ab: AB ⸢n:Rustico Alcoseba⸣ (geb. ⸢b:11.06.1987⸣), Fitter ⸢n:Benigno Ragasa⸣ (geb. ⸢b:02.01.1979⸣)
An: 3/O ⸢n:Vsemil Zhuravlenko⸣, Anreise per Flug LH 402 über Frankfurt.
Hotel zwei Nächte, Transfer zum Columbuskaje. Die Seeleute sind mobil erreichbar: ⸢n:Alcoseba⸣ ⸢t:+63 917 482 2291⸣.

Gruß
⸢n:Ivars Ziediņš⸣
Crewing Superintendent · Durchwahl ⸢t:0471 9412 237⸣ · Zentrale 0471 9412 0`,
  },
  {
    lang: 'de',
    kind: 'Besatzungsliste nach FAL-Formular 5',
    source: `BESATZUNGSLISTE (IMO FAL-Formular 5)
Schiff: MS Elbe Pioneer · IMO 9481236 · Rufzeichen DGKQ4 · Flagge: Antigua and Barbuda
Ankunftshafen: Hamburg · Abgangshafen: Gdynia

Nr. | Name, Vornamen | Rang | Staatsangehörigkeit | Geburtsdatum, -ort | Ausweis
1 | ⸢n:Kwidzyńsczi, Zbëszk⸣ | Kapitän | polnisch | ⸢b:17.09.1968⸣, Puck | Seefahrtsbuch PL-SB 0041872
2 | ⸢n:Hadiwijoyo, Suparman⸣ | Leitender Ingenieur | indonesisch | ⸢b:03.04.1975⸣, Semarang | Seefahrtsbuch ID-SB C9023415
3 | ⸢n:Nordbø, Ragnvald⸣ | 1. Offizier | deutsch | ⸢b:29.12.1983⸣, Kiel | Reisepass ⸢r:⸣
4 | ⸢n:Lumayag, Janrey⸣ | Matrose | philippinisch | ⸢b:08.08.1996⸣, Tacloban | Seefahrtsbuch PH-SB B1187720

Kapitän: ⸢n:Z. Kwidzyńsczi⸣`,
  },
  {
    lang: 'de',
    kind: 'Heuerabrechnung mit Familienüberweisung',
    source: `Heuerabrechnung Februar 2026 – MV Rhenus II
Seemann: ⸢n:Gerbrand Kwakernaak⸣, Bootsmann, Pers.-Nr. 40-1188
Steuer-ID: ⸢x:g⸣ · RV-Nr.: ⸢s:14071972 Kwakernaak m⸣
Heimatanschrift: ⸢h:Lotsenweg 31, 26382 Wilhelmshaven⸣

Grundheuer 3.410,00 € · Überstunden 612,40 € · Bordzulage 180,00 €
Familienüberweisung an ⸢n:Aafke Kwakernaak⸣ (Ehefrau): 1.200,00 € auf ⸢i:DE g⸣
Zahlung durch Weser Crewing Services GmbH, Konto bei der Sparkasse Bremerhaven (Firmenkonto).`,
  },
  {
    lang: 'de',
    kind: 'Seediensttauglichkeitszeugnis',
    source: `SEEDIENSTTAUGLICHKEITSZEUGNIS nach § 12 SeeArbG
Name: ⸢n:Torbjørg Haugsvær⸣          geb.: ⸢b:21. Mai 1990⸣
Personalausweis-Nr.: ⸢k:⸣
Anschrift: ⸢h:Deichstraße 8
25761 Büsum⸣

Tauglich für den Decks- und Maschinendienst ohne Einschränkungen. Sehvermögen und Farbsehen: ausreichend.
Gültig bis: 30.04.2028

Untersuchender Arzt: Dr. med. ⸢n:Gerolamo Canepa⸣, zugelassener Arzt der BG Verkehr, Hafenpraxis Kiel, Tel. 0431 9090 500`,
  },
  {
    lang: 'de',
    kind: 'Lotsenbestellung',
    source: `LOTSENBESTELLUNG – Lotsbetriebsverein Weser
Schiff: Maas Trader, IMO 9377508, Tiefgang 9,40 m, Länge 182 m
ETA Lotsenversetzpunkt Weser: 06.03.2026 04:30 UTC
Bestellt durch: Agentur Nordwest Shipping, ops@nordwest-shipping.de, Tel. 0421 3360 70
Lotsenvorschlag: ⸢n:Eivinn Skogseth-Eide⸣ (Seelotse), Rückruf ⸢t:0160 5582913⸣`,
  },
  {
    lang: 'de',
    kind: 'Festhaltebericht der Hafenstaatkontrolle',
    source: `Hafenstaatkontrolle Hamburg – Festhalteverfügung
Schiff: Aegean Spirit · IMO 9312484 · MMSI 636018442 · Flagge Liberia
Mängel: 07109 Brandschutzklappen Maschinenraum nicht funktionsfähig (Festhaltegrund); 11101 Rettungsboot Nr. 2 Davit-Bremse defekt; 15150 ISM – Wartungssystem nicht umgesetzt.
Auflage: Nachkontrolle vor Auslaufen. Kontakt: BG Verkehr, Dienststelle Schiffssicherheit, psc@bg-verkehr.example, 040 36137 0.`,
  },
  {
    lang: 'de',
    kind: 'Liegeplatzvertrag Marina',
    source: `LIEGEPLATZVERTRAG Saison 2026 – Marina Heiligenhafen
Eigner: ⸢n:Klaasje Visschedijk⸣
Anschrift: ⸢h:Am Fischereihafen 14, 27572 Bremerhaven⸣
Mobil: ⸢t:0173 4418207⸣ · E-Mail: ⸢m:klaasje.visschedijk@gmx.net⸣
Yacht: „Seeschwalbe“, 10,8 m, Liegeplatz B-22
SEPA-Lastschriftmandat: IBAN ⸢i:DE g⸣, Kontoinhaberin wie oben.
Hafenmeisterei: 04362 9058 0 · info@marina-hhf.example`,
  },
  {
    lang: 'de',
    kind: 'Sportbootführerschein-Nachweis für Charter',
    source: `Charterbestätigung Yachtcharter Ostsee
Skipper: ⸢n:Wubbe Schuitema⸣, geb. ⸢b:1977-11-03⸣
SBF See Nr. 1204/2019, Funkzeugnis SRC vorhanden
Crew: ⸢n:Gunnvor Kvalvik⸣, ⸢n:Teunisje Stuurwold⸣
Kaution per Kreditkarte ⸢c:⸣, Gültigkeit 09/28
Rückfragen an den Skipper: ⸢m:w.schuitema@posteo.de⸣`,
  },
  {
    lang: 'de',
    kind: 'Binnenschiffer-Dienstbuch Eintrag',
    source: `Schifferdienstbuch – Eintrag Rheinfahrt
Inhaber: ⸢n:Ostapiy Shevchyshyn⸣, geb. ⸢b:14.02.1981⸣ in Izmail
Fahrzeug: GMS „Haverhoek“, ENI 02334871
Reise: Duisburg-Ruhrort – Basel, 12.–16.01.2026, Funktion: Steuermann
Bestätigt: Schiffsführer ⸢n:Gerbrand Zeevalk⸣`,
  },
  {
    lang: 'de',
    kind: 'Fähr-Passagierliste',
    source: `Passagierliste Fähre Cuxhaven–Helgoland, Abfahrt 09:30
Kabine/Platz | Name | geb. | Nationalität
A14 | ⸢n:Iriña Castiñeiras⸣ | ⸢b:02.10.1958⸣ | spanisch
A15 | ⸢n:Braisiño Castiñeiras⸣ | ⸢b:19.06.1956⸣ | spanisch
B02 | ⸢n:Tamriko Okujava⸣ | ⸢b:07.07.2001⸣ | georgisch
Reservierungen über kundenservice@helgoland-faehre.example, Hotline 0800 1234 506 (kostenfrei)`,
  },
  {
    lang: 'de',
    kind: 'Bordhospital-Behandlungsprotokoll',
    source: `Bordhospital MS Lady Valletta – Behandlungsprotokoll
Patientin: ⸢n:Ġużeppina Tabone⸣, Kabine 7214, geb. ⸢b:3. August 1949⸣
Diagnose: Seekrankheit mit Dehydratation, Infusion 500 ml NaCl.
Angehörige an Land: ⸢n:Rikardu Tabone⸣, ⸢t:+356 7921 4410⸣
Schiffsarzt: Dr. ⸢n:Nadiradze⸣`,
  },
  {
    lang: 'de',
    kind: 'Fischereilizenz-Antrag',
    source: `Antrag auf Fischereierlaubnis Küstenfischerei (Bundesanstalt für Landwirtschaft und Ernährung)
Antragsteller: ⸢n:Halvor Ivar Vågsholm⸣
Anschrift: ⸢h:Hohe Geest 3, 23570 Lübeck⸣
Fahrzeug: „Möwe 2“, Kennzeichen TRA 14, Länge 11,9 m
Steuer-ID: ⸢x:⸣
Telefon: ⸢t:04502 778213⸣`,
  },
  {
    lang: 'de',
    kind: 'Seemannsmission Besuchsnotiz',
    source: `Seemannsmission Duckdalben – Bordbesuch 22.02.
MV Baltic Osprey, Liegeplatz CTA 3. Gespräch mit AB ⸢n:Tarasiy Kovalyshak⸣: Heimaturlaub überfällig, Sorgen um Familie in Mykolaiv.
SIM-Karte verkauft, neue Nummer ⸢t:+49 157 30628841⸣. Bittet um Rückruf des Pastors.
Wer kümmert sich: Diakonin ⸢n:Sigrunn Tove Nordbø⸣`,
  },
  {
    lang: 'de',
    kind: 'Einschiffungsmitteilung an Wasserschutzpolizei',
    source: `An: Wasserschutzpolizei Emden (wsp-emden@polizei.example)
Einschiffung eines deutschen Staatsangehörigen auf MV Cape Sounion:
⸢n:Lourencinho Faleiro-Cotta⸣, geb. ⸢b:24.12.1992⸣, Reisepass ⸢r:⸣
Wohnanschrift: ⸢h:Butjadinger Straße 90, 26382 Wilhelmshaven⸣
Agentur: Friesland Port Services, Tel. 04921 8910 0`,
  },
  {
    lang: 'de',
    kind: 'Landgangsausweis-Antrag',
    source: `Antrag Landgangserlaubnis (Visum-Befreiung Seeleute)
Schiff: MV Maas Trader, Hafen Rostock
Name: ⸢n:Sumagaysay, Crispulo⸣
Geburtsdatum: ⸢b:15.03.1989⸣
Staatsangehörigkeit: philippinisch · Seefahrtsbuch PH-SB A2231190 (wird nicht gespeichert)
Vom Kapitän gegengezeichnet: ⸢n:Verkhoglyad⸣`,
  },
  {
    lang: 'de',
    kind: 'Kreuzfahrt-Gästeakte Ausflugsbuchung',
    source: `Ausflugsbuchung – Kreuzfahrt Westliches Mittelmeer, Hafen Genua
Gast: ⸢n:Dzintra Jaunzeme⸣, Kabine 9038
Ausflug: Cinque Terre mit dem Boot, 2 Personen, 178,00 €
Belastet auf Bordkonto, hinterlegte Karte ⸢c: ⸣
Rückruf unter ⸢t:+371 2914 8830⸣ erbeten, E-Mail ⸢m:dzintra.jaunzeme@inbox.lv⸣`,
  },
  {
    lang: 'de',
    kind: 'Arbeitsvertrag Seeleute (Heuervertrag)',
    source: `HEUERVERTRAG nach § 28 SeeArbG
zwischen der Reederei Stavenes Bulk GmbH & Co. KG, Hafenstraße 1, 23570 Lübeck
und Herrn ⸢n:Yaromyr Pylypchuk-Horb⸣
wohnhaft ⸢h:Kapitän-Dallmann-Straße 6, 27572 Bremerhaven⸣, geboren am ⸢b:09.10.1985⸣
Rentenversicherungsnummer: ⸢s:09101985 Pylypchuk m⸣
Heuerkonto: ⸢i:DE⸣
Dienstantritt: 01.04.2026 als 2. Ingenieur`,
  },
  {
    lang: 'de',
    kind: 'Hafenkapitän Rundschreiben',
    source: `Hafenkapitän Bremerhaven – Bekanntmachung 07/2026
Wegen Baggerarbeiten ist die Nordschleuse vom 10. bis 14. März gesperrt. Schiffe bis 240 m nutzen die Kaiserschleuse.
Anmeldungen über die Revierzentrale, Kanal 12, Tel. 0471 596 13 0. Fragen: hafenkapitaen@bremenports.example`,
  },
  {
    lang: 'de',
    kind: 'Rheinschifffahrt Havariebericht',
    source: `Havariebericht – Rhein-km 587, Bad Salzig
Fahrzeug: TMS „Stuurwold“, Schiffsführer ⸢n:Gerbrand Zeevalk⸣ (⸢t:0151 28830914⸣)
Hergang: Grundberührung bei Pegel Kaub 78 cm, kein Austritt von Ladung.
Matrose ⸢n:Vuksan Vujošević⸣ leicht verletzt (Prellung), ambulant versorgt.
Gemeldet an WSP Koblenz, Vorgang 2026-0311-04`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Liegeplatz durch Eigner',
    source: `⸢n:Ragnvald Nordbø⸣
⸢h:Talstraße 4
47119 Duisburg⸣

An den Yachthafen Duisburg-Marina
Hiermit kündige ich meinen Liegeplatz C-07 zum Saisonende. Bitte die Kaution auf mein Konto ⸢i:DE g⸣ erstatten.
Erreichbar: ⸢t:0203 4418820⸣, ⸢m:ragnvald.nordbo@web.de⸣
Mit freundlichen Grüßen, ⸢n:R. Nordbø⸣`,
  },
  {
    lang: 'de',
    kind: 'Seefahrtsbuch-Verlängerung',
    source: `Antrag auf Verlängerung des Seefahrtsbuchs (BG Verkehr)
Inhaberin: ⸢n:Skaidrīte Puriņa⸣, deutsch seit 2015
Geburtsdatum: ⸢b:30.11.1994⸣ · Personalausweis ⸢k:⸣
Anschrift: ⸢h:Ulmenweg 2, 18055 Rostock⸣
Nachweis Seefahrtzeiten beigefügt (MV Nordic Tern, 2023–2025)`,
  },
  {
    lang: 'de',
    kind: 'Reederei-Newsletter ohne Personenbezug',
    source: `Flotten-Info März 2026
Die MV Elbe Pioneer hat die Klassenerneuerung in Gdańsk abgeschlossen. Die Umrüstung auf Landstrom in Kiel ist für Mai geplant.
Neue Crewing-Adresse: crewing@stavenes-bulk.example, Zentrale 0451 7098 0.`,
  },
  {
    lang: 'de',
    kind: 'Unfallmeldung an BG Verkehr',
    source: `Unfallanzeige (Seeschifffahrt)
Versicherter: ⸢n:Senthilvadivu Periyakaruppan⸣, Köchin, geb. ⸢b:22.02.1980⸣
Anschrift: ⸢h:Schillerstraße 45, 24937 Flensburg⸣
Steuer-ID: ⸢x:g⸣
Unfallhergang: Verbrühung rechte Hand in der Kombüse bei Seegang, MV Baltic Osprey, 05.02.2026.
Zeuge: Koch ⸢n:Muthuvel Chellamuthu⸣`,
  },
  {
    lang: 'de',
    kind: 'Crew-WLAN Zugriffsprotokoll',
    source: `Auszug Crew-WLAN-Protokoll MV Rhenus II (Anfrage Datenschutz)
2026-02-11 21:04 Login Voucher 8841 – Gerät ⸢a:10.14.2.87⸣ – Nutzer ⸢n:Lesyk Ivashkevych⸣
2026-02-11 21:40 Login Voucher 8842 – Gerät ⸢a:10.14.2.112⸣ – Nutzer ⸢n:Anka Grubišić⸣
Öffentliche Adresse des Satellitenterminals (Schiff, nicht personenbezogen): Gateway VSAT`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde eines Passagiers',
    source: `Von: ⸢m:nineli.gelovani@t-online.de⸣
Betreff: Beschwerde Fährüberfahrt Kiel–Oslo 28.01.

Sehr geehrte Damen und Herren,
meine Kabine war nicht gereinigt und das Frühstück fiel aus. Ich bitte um teilweise Erstattung auf meine Kreditkarte ⸢c:-⸣.
⸢n:Nineli Gelovani⸣, ⸢h:Kastanienallee 19, 01067 Dresden⸣, Tel. ⸢t:0351 8841207⸣`,
  },
  {
    lang: 'de',
    kind: 'Lotsengeldrechnung an Reederei',
    source: `Rechnung Lotsgeld Elbe – Lotsenbrüderschaft Elbe
Schiff: Nordic Tern, BRZ 22.450, Fahrt Elbe 1 – Hamburg, 04.03.2026
Lotsgeld 2.318,60 €, Lotsabgabe 412,00 €
Zahlbar an IBAN DE12 2005 0550 1002 3344 55 (Lotsenbrüderschaft) bis 20.03.2026`,
  },
  {
    lang: 'de',
    kind: 'Familienkontakt im Notfallplan',
    source: `Notfallkontakte – Besatzung MV Aegean Spirit (vertraulich)
⸢n:Kyriakos Hadjiloizou⸣ (Kapitän): Ehefrau ⸢n:Androulla Hadjiloizou⸣, ⸢t:+357 99 441208⸣
⸢n:Cajetano Gracias-Dourado⸣ (Koch): Mutter ⸢n:Santana Rosinha Gracias-Dourado⸣, ⸢t:+91 98220 41173⸣
⸢n:Jure Vuletić⸣ (Bootsmann): ⸢h:Ulica Ribara 12, 21000 Split⸣`,
  },
  {
    lang: 'de',
    kind: 'Hafengebührenbescheid',
    source: `Gebührenbescheid Hafen Kiel – Liegegeld
Schiff: Cape Sounion, Liegeplatz Ostuferhafen 4, 02.–05.02.2026
Liegegeld 4.110,00 €, Abfallgebühr 380,00 €
Empfänger: Aktí Maritime Management S.A., Akti Miaouli 47, 18536 Piraeus`,
  },
  {
    lang: 'de',
    kind: 'Patenschaft Seemannssonntag Spendenquittung',
    source: `Zuwendungsbestätigung – Deutsche Seemannsmission Hamburg
Spenderin: ⸢n:Genowéfa Miotkòwô⸣, ⸢h:Lindenhof 7, 93047 Regensburg⸣
Betrag: 150,00 €, Tag der Zuwendung: 18.12.2025
Steuer-Identifikationsnummer der Spenderin (freiwillig): ⸢x:⸣`,
  },
  {
    lang: 'de',
    kind: 'Skipperlizenz-Prüfungsprotokoll',
    source: `Prüfungsprotokoll Sportküstenschifferschein – Prüfungsausschuss Flensburg
Bewerber: ⸢n:Brekkestø, Solvår⸣, geb. ⸢b:6.5.1998⸣
Praktische Prüfung: bestanden (Mann-über-Bord-Manöver, Anlegen unter Segel)
Prüfer: Kapitän ⸢n:Vassilakopoulos⸣, Kapitän ⸢n:Tonći Lozovina⸣`,
  },
  {
    lang: 'de',
    kind: 'Reisepasskopie-Anforderung durch Agentur',
    source: `Hallo Frau ⸢n:Ekaterine Qurdadze⸣,

für die Einreise in Singapur benötigt der Agent eine Kopie Ihres Reisepasses. Bitte senden Sie die Nummer ⸢r:⸣ und das Ablaufdatum an meine Adresse ⸢m:h.vagsholm@weser-crewing.de⸣ – nicht an die Sammeladresse.

Grüße
⸢n:Halvor Ivar Vågsholm⸣`,
  },
  {
    lang: 'de',
    kind: 'Sicherheitsrolle ohne Namen',
    source: `Sicherheitsrolle MV Nordic Tern (Stand 01/2026)
Generalalarm: 7 kurze + 1 langer Ton. Sammelstation A: Backbord Bootsdeck.
Rettungsboot 1: Kapitän, 2. Offizier, Bootsmann, 2 Matrosen. Rettungsboot 2: 1. Offizier, LI, Koch, 2 Matrosen.
Notrufe über Kanal 16. Reederei-Notfallnummer (24 h): +49 40 3290 7700`,
  },
];
