import type { HandSource } from './markup.js';

/**
 * Set 34's German hand-written documents: veterinary practices, livestock keeping, pet registries,
 * farm subsidies and animal trade. Marks: ⧼code:value⧽ (see markup.ts); organisations' own values unmarked.
 */
const de = (kind: string, source: string): HandSource => ({ lang: 'de', kind, source });

export const HAND_DE: HandSource[] = [
  de(
    'Anamnesebogen Kleintierpraxis',
    `Tierarztpraxis am Hasetal · Anamnesebogen
Tierhalterin: ⧼n:Borbála Szakolczai⧽
Anschrift: ⧼h:Hofweg 17, 49377 Vechta⧽
Mobil: ⧼t:0152 284 1937⧽   E-Mail: ⧼m:borbala.szakolczai@gmx.net⧽
Tier: Katze „Mokkabohne“, EKH, 6 Jahre, Transponder 276098102771345
Vorerkrankungen: keine bekannt. Praxis-Telefon für Rückfragen: 04441 93170-0`,
  ),
  de(
    'Impferinnerung per E-Mail',
    `Von: erinnerung@tierarzt-hasetal.de
An: ⧼m:t.hafsteinsson@web.de⧽
Betreff: Impfung Tollwut fällig – „Bello“

Guten Tag Herr ⧼n:Hafsteinsson⧽,
die Tollwut-Auffrischung für Ihren Hund ist im nächsten Monat fällig. Bitte vereinbaren Sie einen
Termin unter 04441 93170-0 oder online. Ihre Praxis am Hasetal`,
  ),
  de(
    'HI-Tier Meldung Zugang Rind',
    `Meldung Zugang (HI-Tier) – Betriebsnummer 03 459 1187 021
Tierhalter: ⧼n:Stadlhuber, Reserl⧽, geb. ⧼b:14.03.1968⧽
Betrieb: ⧼h:Zur Viehweide 4, 84347 Pfarrkirchen⧽
Ohrmarke DE 09 112 48817, Rasse Fleckvieh, Zugang vom Betrieb 09 114 0029 338
Rückfragen an den Landeskontrollverband: tierkennzeichnung@lkv-bayern.example.de`,
  ),
  de(
    'Antrag Agrarförderung Auszahlungskonto',
    `Amt für Landwirtschaft Rottal – Mehrfachantrag 2025
Antragsteller: ⧼n:Gustl Kammerlander⧽
Geburtsdatum: ⧼b:2. Mai 1971⧽
Steuerliche Identifikationsnummer: ⧼x:g⧽
Auszahlung auf: ⧼i:DE g⧽ (Raiffeisenbank Rottal-Inn)
Zustellanschrift: ⧼h:Dorfstraße 88, 84347 Pfarrkirchen⧽
Hinweis: Bankverbindung des Amtes für Rückzahlungen: Staatsoberkasse Bayern, DE75 7005 0000 0001 1903 15`,
  ),
  de(
    'Saisonkräfte Personalbogen',
    `Obsthof Brennecke GbR – Personalbogen Erntehelfer 2025
Name: ⧼n:Skrzypczak, Mszczuj⧽
Geboren: ⧼b:07.11.1989⧽ in Krosno
Rentenversicherungsnummer: ⧼s:07111989 Skrzypczak m⧽
Unterkunft während der Saison: ⧼h:Am Mühlenbach 3, 26655 Westerstede⧽
Handy: ⧼t:+48 695 381 207⧽
Lohnkonto: ⧼i:DE⧽`,
  ),
  de(
    'Heimtierausweis Ausgabe Protokoll',
    `Ausgabe EU-Heimtierausweis DE-03-118274
Tier: Hund „Fibi“, Transponder 276098100381122
Besitzerin: ⧼n:Annamirl Eichberger⧽, geb. ⧼b:23.9.1994⧽
Legitimiert durch Personalausweis Nr. ⧼k:⧽
Wohnort laut Ausweis: ⧼h:Lindenallee 21, 97688 Bad Kissingen⧽
Ausstellender Tierarzt: Dr. med. vet. ⧼n:Gerlof Kingma⧽`,
  ),
  de(
    'Onlineshop Bestellung Futtermittel',
    `Futterhaus Kreienbrink – Bestellbestätigung FK-2281907
Kunde: ⧼n:Aladár Bodrogközi⧽
Lieferadresse: ⧼h:Kossuth Lajos utca 12, 6720 Szeged⧽
Zahlung: Kreditkarte ⧼c: ⧽
Bestellt von IP ⧼a:92.18.204.77⧽
Bei Fragen: bestellung@futterhaus-kreienbrink.de`,
  ),
  de(
    'Pferdepass Eigentümerwechsel',
    `Pferdezuchtverband Trakehnen Nord – Eigentumswechsel
UELN 276003300481127, Stute „Windsbraut“
Bisherige Eigentümerin: ⧼n:Kolbrún Jónasson⧽, ⧼h:Gardsvegen 9, 6800 Førde⧽
Neuer Eigentümer: ⧼n:Ferréol Bouscarel⧽, geb. ⧼b:1980-06-30⧽
Telefon neuer Eigentümer: ⧼t:+33 6 41 27 90 15⧽
Zuchtbuchstelle: zuchtbuch@pzv-nord.de`,
  ),
  de(
    'Milchgeldabrechnung Lieferant',
    `Milchliefergenossenschaft Allgäu-West eG – Milchgeldabrechnung März
Lieferant 48812: ⧼n:Steffl Rieglhofer⧽, ⧼h:Alpweg 2, 9050 Appenzell⧽
Angelieferte Menge 31.420 kg, Fett 4,1 %, Eiweiß 3,5 %
Gutschrift auf ⧼i:CH g⧽
Rückfragen: milchgeld@mlg-allgaeu-west.de oder 08382 7710-0`,
  ),
  de(
    'Befundbericht Labor Großtier',
    `Labor für Veterinärdiagnostik – Befund 25-44817
Einsender: Tierarztpraxis am Hasetal
Tierhalter: ⧼n:Antsje Tuinstra⧽, Betrieb ⧼h:Dijkweg 14, 8501 AB Joure⧽
Probe: Milch, Kuh Ohrmarke NL 744129301
Ergebnis: Staphylococcus aureus nachgewiesen, Resistenztest anbei.`,
  ),
  de(
    'Tierseuchenkasse Beitragsbescheid',
    `Tierseuchenkasse – Beitragsbescheid 2025
An ⧼n:Töhötöm Vámosi⧽
⧼h:Petőfi Sándor utca 41, 4400 Nyíregyháza⧽
Gemeldeter Bestand: 64 Rinder, 120 Schafe. Beitrag 318,40 EUR.
Zahlung per Lastschrift von ⧼i:DE⧽ zum 15.07.`,
  ),
  de(
    'Notdienst Telefonnotiz',
    `Notdienst Sa 03:10 – Anruf Landwirt ⧼n:Jaroměř Vodseďálek⧽, Kuh mit Festliegen nach Kalbung.
Rückruf unter ⧼t:+420 731 602 448⧽, Hof: ⧼h:Návesní 1187, 588 56 Telč⧽
Diensthabende: Dr. ⧼n:Helju Saarmets⧽`,
  ),
  de(
    'Bestandsbuch Arzneimittelabgabe',
    `Bestandsbuch Arzneimittelanwendung – Betrieb 09 275 1180 114
Datum 12.03.2025, Tier DE 09 731 44210, Wirkstoff Amoxicillin, Wartezeit Milch 4 Tage
Anwendung durch Tierhalter: ⧼n:Scharnagl⧽
Abgabe durch Tierarzt: ⧼n:Ctislav Mach⧽`,
  ),
  de(
    'Kündigung Tierkrankenversicherung',
    `⧼n:Maimu Kõrvits⧽
⧼h:Lindenallee 5, 49377 Vechta⧽
⧼m:maimu.korvits@outlook.com⧽

Kündigung meiner Tierkrankenversicherung, Vertragsnummer TK-7781204
Sehr geehrte Damen und Herren, hiermit kündige ich fristgerecht. Die Erstattung bitte auf
⧼i:DE g⧽. Geburtsdatum des Versicherungsnehmers: ⧼b:19.01.1977⧽`,
  ),
  de(
    'Hundesteuer Anmeldung',
    `Gemeinde Westerstede – Anmeldung zur Hundesteuer
Halter: ⧼n:Ikemefuna Nwaigwe⧽, geboren am ⧼b:3. August 1985⧽
Wohnung: ⧼h:Am Kuhberg 2, 26655 Westerstede⧽
Hund: Labrador, Chip 276098106612004
Telefon: ⧼t:04488 529 117⧽
Steuer-ID: ⧼x:⧽`,
  ),
  de(
    'Reiseplan Tiertransport',
    `Transportplan – Zuchtrinder nach Norwegen
Versender: ⧼n:Gościsław Wawrzyniak⧽, ⧼h:Kirkevej 14, 9490 Pandrup⧽, Mobil ⧼t:+48 501 774 219⧽
Empfänger: ⧼n:Herbjørn Kvamme⧽, ⧼h:Setervegen 31, 2640 Vinstra⧽
Fahrer: ⧼n:Seosamh Ó Laoire⧽, Reisepass (deutsch) ⧼r:⧽
Spedition: Nordvieh Logistik, Disposition +49 4441 8077-0`,
  ),
  de(
    'Kundenportal Login-Protokoll',
    `Heimtierregister Süd – Sicherheitsprotokoll Konto 55812
2025-04-02 21:14 Anmeldung ⧼m:gwon.seul-gi@proton.me⧽ von ⧼a:2a02:810b:4c1e:19::7a⧽
2025-04-02 21:15 Adresse geändert auf ⧼h:Markvej 12, 6950 Ringkøbing⧽
Server: reg-app-02 (10.40.2.17)`,
  ),
  de(
    'Pachtvertrag Weidefläche Auszug',
    `Pachtvertrag über Grünland, Flur 7, Flurstück 112/3
Verpächter: ⧼n:Heinfried Poggenpohl⧽, ⧼h:Zur Viehweide 12, 17389 Anklam⧽
Pächterin: ⧼n:Jolán Mezőcsáti⧽, geb. ⧼b:28.02.1979⧽
Pachtzins jährlich 2.400 EUR auf das Konto des Verpächters ⧼i:DE g⧽`,
  ),
  de(
    'Abholschein Tierkörperbeseitigung',
    `Tierkörperbeseitigung Nord – Abholauftrag
Betrieb 03 459 2271 009, Tierart Schwein, 3 Stück
Ansprechpartner vor Ort: ⧼n:Enno Laansoo⧽, ⧼t:0173 551 9043⧽
Abholung über Zufahrt Hofweg. Hotline der Anstalt 0800 118 4400`,
  ),
  de(
    'Sachkundenachweis Hundehaltung',
    `Bescheinigung Sachkundeprüfung nach § 11 TierSchG
Frau ⧼n:Sotiria Hatzistavrou⧽, geb. ⧼b:1992-10-11⧽, Ausweis ⧼k:⧽
hat die Prüfung am 14.05.2025 bestanden. Prüferin: ⧼n:Blaženka Hrženjak⧽`,
  ),
  de(
    'Tierpension Buchung',
    `Tierpension Wiesengrund – Buchung 14.–28. August
Katze „Pascha“ und „Juno“
Besitzer: ⧼n:Kazuhisa Takenouchi⧽, ⧼m:k.takenouchi@icloud.com⧽
Notfallkontakt während des Urlaubs: ⧼n:Fusae Higurashi⧽ ⧼t:+49 160 7742815⧽
Anzahlung 80 EUR per Kreditkarte ⧼c:-⧽`,
  ),
  de(
    'Rechnung Großtierpraxis',
    `Großtierpraxis Rottal – Rechnung 2025-1184
An: ⧼n:Dyfrig Madoc⧽, ⧼h:Stallgasse 8, 4710 Grieskirchen⧽
Bestandsbetreuung, Klauenpflege 14 Tiere, Anfahrt
Bitte überweisen Sie auf AT61 1904 3002 3457 3201 (Praxis), Zahlungsziel 14 Tage.`,
  ),
  de(
    'Interne Stallbuch Notiz',
    `Stallbuch KW 14: Kuh 418 lahmt hinten links, Klauenschneider bestellt.
Melker ⧼n:Gulbuddin Orakzai⧽ übernimmt Frühschicht, erreichbar unter ⧼t:0162 448 2017⧽.
Futterlieferung Mi., Silo 2 fast leer.`,
  ),
  de(
    'Tierschutzanzeige Veterinäramt',
    `Veterinäramt Landkreis Vechta – Eingang Tierschutzanzeige
Anzeigende Person: ⧼n:Radegonde Vaysse⧽, ⧼m:radegonde.vaysse@gmail.com⧽, ⧼t:+49 151 2094477⧽
Betroffener Halter: ⧼n:Nauta⧽, ⧼h:Dorfstraße 61, 49377 Vechta⧽ – Pferde ohne Unterstand.
Vorgang 39.2-2025-118, Sachbearbeitung: tierschutz@landkreis-vechta.example.de`,
  ),
  de(
    'Zuchtwart Deckmeldung',
    `Deckmeldung Schafzuchtverband
Züchter: ⧼n:Leida Tammaru⧽ (Mitglied 1182), Bock „Quintus“, Deckzeitraum 01.–20.10.
Rückfragen an die Geschäftsstelle: zucht@schafzucht-nord.example.de`,
  ),
  de(
    'Ohne Personenbezug: Impfstoff Rundschreiben',
    `Rundschreiben an alle Mitgliedspraxen
Der Impfstoff gegen Blauzungenkrankheit Serotyp 3 ist wieder lieferbar (Charge BT3-0419).
Bestellungen bitte über das Portal oder bestellung@tierarzt-einkauf.example.de, Hotline 0800 221 7700.
Lagerung bei 2–8 °C, nicht einfrieren.`,
  ),
  de(
    'Ohne Personenbezug: Preisliste Klauenpflege',
    `Preisliste Klauenpflege 2025
Rind je Tier 18,00 EUR, ab 30 Tieren 16,50 EUR
Anfahrt pauschal 35,00 EUR; Notfälle am Wochenende +50 %
Klauenpflegestand mobil, Termine über 09561 4410-0`,
  ),
  de(
    'Ohne Personenbezug: Seuchenlage Bericht',
    `Lagebericht Afrikanische Schweinepest, Stand KW 15
Neue Ausbrüche im Hausschweinebestand: 0. Fallwild positiv: 3 (Sperrzone II).
Die Allgemeinverfügung gilt bis auf Weiteres; Fragen an asp@lagezentrum.example.de.`,
  ),
  de(
    'Chatverlauf Hofladen WhatsApp',
    `[08:12] ⧼n:Harjot Khehra⧽: Habt ihr heute Eier und Milch?
[08:15] Hofladen Brinkmann: Ja, bis 18 Uhr. Abholung am Hof.
[08:16] ⧼n:Harjot Khehra⧽: Super, ich komme mit ⧼n:Lakhvir⧽ gegen 17 Uhr, meine Nummer falls was ist: ⧼t:0176 31150942⧽`,
  ),
  de(
    'Schadensmeldung Weidetier Versicherung',
    `Schadensmeldung Nr. 2025-WT-0412
Versicherungsnehmer: ⧼n:Gerlof Bergsma⧽, geb. ⧼b:9.4.1966⧽
Anschrift: ⧼h:Molenstraat 19, 7711 GH Nieuwleusen⧽
Schaden: Rind durch Blitzschlag verendet. Erstattung auf ⧼i:NL⧽
Gutachter: ⧼n:Remi Goossenaerts⧽`,
  ),
  de(
    'Reitverein Mitgliedsantrag',
    `Reit- und Fahrverein Hasetal e. V. – Aufnahmeantrag
Name: ⧼n:Fritzi Staudinger⧽
Geburtsdatum: ⧼b:12.12.2009⧽ (Jugendmitglied)
Erziehungsberechtigte: ⧼n:Reserl Staudinger⧽, ⧼m:reserl.staudinger@gmx.at⧽
Beitrag per SEPA-Lastschrift von ⧼i:AT g⧽
Vereinskonto für Spenden: DE12 2806 9956 0012 4567 00`,
  ),
  de(
    'Arbeitsvertrag Tierpflegerin Auszug',
    `Arbeitsvertrag – Tierpflegerin (Teilzeit)
Arbeitnehmerin: ⧼n:Mladenka Pintarić⧽, ⧼h:Lindenallee 40, 97688 Bad Kissingen⧽
geb. ⧼b:22.06.1991⧽, RV-Nr. ⧼s:22061991 Pintarić f⧽, Steuer-ID ⧼x:⧽
Arbeitgeber: Tierklinik Rhön GmbH, personal@tierklinik-rhoen.example.de`,
  ),
];
