import type { HandDocument } from './markup.js';

// German documents as a hospital group, a town hall, a haulier, a law office, a university, a
// joinery and a relief NGO keep them. Marks: ⟨P|…⟩ person, ⟨E|…⟩ e-mail, ⟨T|…⟩ phone, ⟨D|…⟩ birth
// date, ⟨O|…⟩ private address, ⟨N|…⟩ IP; ⟨I|DE g⟩, ⟨C|g⟩, ⟨X|⟩, ⟨S|date family⟩, ⟨A|⟩, ⟨Q|⟩ are filled
// with computed checksum values at load. Titles, salutations and field labels stay outside a label.

const de = (kind: string, source: string): HandDocument => ({ lang: 'de', kind, source });

export const HAND_DE: HandDocument[] = [
  de(
    'Klinik: Einweisung',
    `Praxis Dr. med. ⟨P|Gisler⟩ · Fachärztin für Innere Medizin · Bahnhofstr. 3 · 59302 Oelde
Tel. ⟨T|02522 83410⟩ · Fax ⟨T|02522 83419⟩

Einweisung zur stationären Behandlung

Patientin: ⟨P|Zawadzka, Teodozja⟩
geb. ⟨D|17.09.1948⟩
⟨O|Ziegeleistraße 41
59302 Oelde⟩
Kasse: AOK NordWest, Vers.-Nr. liegt vor

Diagnose: V. a. dekompensierte Herzinsuffizienz (I50.14), Dyspnoe NYHA III
Bitte um Aufnahme Kardiologie, Klinikverbund Süd, Haus B.
Angehörige (Tochter): ⟨P|Stanisława Bielecki⟩, mobil ⟨T|0176 448 2290⟩

Oelde, 02.12.2026
gez. Dr. ⟨P|M. Gisler⟩`,
  ),
  de(
    'Klinik: Entlassbrief',
    `KLINIKVERBUND SÜD – Klinik für Unfallchirurgie
Chefarzt Prof. Dr. ⟨P|Engelbert Leitgeb⟩

Entlassungsbericht
Sehr geehrte Frau Kollegin ⟨P|Quaglia⟩,

wir berichten über Ihren Patienten Herrn ⟨P|Bavo Vandeputte⟩, geb. am ⟨D|3. Juni 1961⟩, wohnhaft ⟨O|Am Pulverturm 7, 48683 Ahaus⟩, der sich vom 18.11. bis 26.11.2026 in unserer stationären Behandlung befand.

Diagnosen: distale Radiusfraktur li. (S52.51), Z. n. Sturz vom Fahrrad
Therapie: offene Reposition und Plattenosteosynthese am 19.11.2026
Procedere: Fadenzug am 10. postop. Tag, Röntgenkontrolle nach 6 Wochen, Physiotherapie (Rezept mitgegeben).

Für Rückfragen steht Ihnen der Stationsarzt Dr. ⟨P|Chibuzo Okpara⟩ unter ⟨T|02561 9340-2217⟩ zur Verfügung.

Mit kollegialen Grüßen
⟨P|Leitgeb⟩          ⟨P|Okpara⟩
Chefarzt             Assistenzarzt`,
  ),
  de(
    'Klinik: Laboranforderung OCR',
    `LABORANFORDERUNG  Klinikverbund Süd  Zentrallabor
Einsender: Station 4b / Dr. ⟨P|Ilangovan⟩
Name, Vorname: ⟨P|HUTAPEA, YULIANTI⟩        Geb.-Dat.: ⟨D|O4.11.1979⟩
Fall-Nr.: 2026118834    Kostenträger: Techniker Krankenkasse
[x] Kl. Blutbild  [x] CRP  [ ] PCT  [x] Kreatinin  [x] TSH
Entnahme: 03.12.2026 07:15  Abnehmende Pflegekraft: ⟨P|Sölvi⟩
Rückruf bei kritischen Werten: Stat. 4b Dw. ⟨T|02561 9340-4417⟩`,
  ),
  de(
    'Klinik: Mail-Thread Dienstplan',
    `Von: ⟨P|Kanimozhi Natarajan⟩ <⟨E|k.natarajan@klinikverbund-sued.de⟩>
Gesendet: Montag, 30. November 2026 21:04
An: ⟨P|Haldis Kvalheim⟩; ⟨P|Csaba Lukácsi⟩
Cc: Pflegedirektion <pflegedirektion@klinikverbund-sued.de>
Betreff: AW: AW: Tausch Nachtdienst 12./13.12.

Hallo Haldis,

passt, dann übernehme ich die Nacht vom 12. auf den 13. und du meinen Frühdienst am 19.
Csaba, kannst du das bitte im Plan eintragen? Danke!

LG Kani

-----Ursprüngliche Nachricht-----
Von: ⟨P|Kvalheim, Haldis⟩
Gesendet: Montag, 30. November 2026 18:22
An: ⟨P|Natarajan, Kanimozhi⟩
Betreff: AW: Tausch Nachtdienst 12./13.12.

> Kani, geht bei dir der 19. früh? Ich hab am 13. die Taufe von meinem Neffen.
> Haldis
> --
> Haldis Kvalheim | Gesundheits- und Krankenpflegerin | Station 4b
> Tel. ⟨T|02561 9340-4410⟩`,
  ),
  de(
    'Klinik: Befundrückfrage Telefonnotiz',
    `Telefonnotiz 03.12., 10:40 – Anruf von Fr. ⟨P|Nedvědová⟩ (Tochter von Pat. ⟨P|Bohumil Nedvěd⟩, Zi. 212)
möchte Befund der Gastro wissen – hab gesagt, nur mit Schweigepflichtentbindung. Sie schickt die per mail an stationssekretariat, rückruf erbeten unter ⟨T|0151 2290 7781⟩ (nach 16 uhr).
Pat. selbst ist einverstanden, unterschreibt morgen. – ⟨P|Ugonna⟩ (Stat.-Sekr.)`,
  ),
  de(
    'Stadt: Meldebescheinigung',
    `Stadt Oelde – Der Bürgermeister
Bürgeramt · Ratsstiege 1 · 59302 Oelde

MELDEBESCHEINIGUNG
(einfache Meldebescheinigung nach § 18 Abs. 1 BMG)

Familienname: ⟨P|Ślusarczyk⟩
Vornamen: ⟨P|Wawrzyniec Ludwik⟩
Geburtsdatum: ⟨D|22.02.1990⟩
Geburtsort: Opole
Derzeitige Anschrift: ⟨O|Flachsmarkt 12a, 59302 Oelde⟩
Einzugsdatum: 01.09.2026
Hauptwohnung

Oelde, den 27.11.2026
Im Auftrag
⟨P|Tüffers⟩`,
  ),
  de(
    'Stadt: Kindergeld-Weiterleitung',
    `Betreff: Weiterleitung Antrag Kindergeld (Familienkasse) – Familie ⟨P|Amponsah⟩

Antragstellerin: ⟨P|Yaa Amponsah-Kyekyeku⟩, geboren am ⟨D|14. Oktober 1993⟩
Steuer-ID Antragstellerin: ⟨X|g⟩
Kind 1: ⟨P|Kweku⟩, geb. ⟨D|02.05.2021⟩, Steuer-ID ⟨X|⟩
Kind 2: ⟨P|Araba⟩, geb. ⟨D|11.08.2024⟩, Steuer-ID ⟨X|⟩
Anschrift: ⟨O|Im Wiesengrund 3, 59302 Oelde⟩
Bankverbindung: ⟨I|DE g⟩ (Kontoinhaber: ⟨P|Paapa Amponsah⟩)

Unterlagen vollständig; bitte an Familienkasse NRW-Nord weiterleiten. Sachbearbeitung: ⟨P|Hülsewede⟩, Zi. 1.14`,
  ),
  de(
    'Stadt: Bürgeranfrage E-Mail',
    `Von: ⟨E|ilgarten.zozan.dersimi@gmx.net⟩
An: buergerbuero@oelde.de
Betreff: Anwohnerparkausweis – Frage

Sehr geehrte Damen und Herren,

ich wohne seit Oktober in der ⟨O|Sandkuhle 9, 59302 Oelde⟩ und hätte gern einen Anwohnerparkausweis für mein Auto (Kennzeichen WAF-ZD 219). Reicht es, wenn ich die Zulassung als Foto schicke?
Ich bin tagsüber schlecht erreichbar, am besten abends unter ⟨T|0157 34 12 980⟩.

Mit freundlichen Grüßen
⟨P|Zozan Dersimi⟩`,
  ),
  de(
    'Stadt: Ratsprotokoll (ohne Personendaten)',
    `Niederschrift über die 14. Sitzung des Ausschusses für Stadtentwicklung
Sitzungstag: 19.11.2026, Beginn 17:00 Uhr, Ratssaal

TOP 1 Bebauungsplan Nr. 112 „Am Bergeler Weg“ – Satzungsbeschluss
Beschluss: einstimmig

TOP 2 Sanierung Sporthalle Geschwister-Scholl-Schule
Die Verwaltung berichtet über Mehrkosten von 184.000 EUR (Vorlage V/2026/311). Die Ausschreibung erfolgt über die Vergabeplattform, Los 3 (Dach).

TOP 3 Weihnachtsmarkt
Der Markt findet vom 27.11. bis 23.12.2026 auf dem Marktplatz statt; am 24.12. (Heiligabend) und 25.12. geschlossen.

TOP 4 Verschiedenes
Liebe Kolleginnen und Kollegen, die nächste Sitzung findet am 21.01.2027 statt.`,
  ),
  de(
    'Stadt: Bußgeldanhörung',
    `Stadt Oelde · Ordnungsamt · Postfach 1140 · 59292 Oelde

Herrn
⟨P|Oğuz Dağdelen⟩
⟨O|Alte Poststraße 88
33098 Paderborn⟩

Aktenzeichen: 32.4-OWI-2026-08812
Anhörung im Bußgeldverfahren

Sehr geehrter Herr ⟨P|Dağdelen⟩,

Ihnen wird vorgeworfen, am 06.11.2026 um 14:22 Uhr in Oelde, Lange Straße 14, mit dem Pkw PB-OD 771 im absoluten Halteverbot gehalten zu haben (Tatbestandsnummer 141312). Verwarnungsgeld: 20,00 EUR.
Sie können sich innerhalb einer Woche äußern.

Mit freundlichen Grüßen
Im Auftrag
⟨P|Ossenkopp⟩`,
  ),
  de(
    'Spedition: Lieferschein',
    `SPEDITION HARMSEN & SÖHNE GMBH · Hafenweg 20 · 26871 Papenburg
Lieferschein Nr. LS-2026-44190          Datum: 01.12.2026
Auftrag: AB-0088213     Ihre Bestell-Nr.: BST-7741002

Empfänger:
⟨P|Gaßmöller, Volkhard⟩
⟨O|Kiebitzweg 5
24937 Flensburg⟩
Avis telefonisch an ⟨T|0461/5589120⟩

Pos  Artikel           Menge  Einheit
1    Palette Dämmwolle 2      Pal.
2    Lieferung frei Bordsteinkante

Fahrer: ⟨P|Yurko Pylypenko⟩, Tour 12
Ware vollständig und unbeschädigt erhalten: ____________`,
  ),
  de(
    'Spedition: Fahrerliste CSV',
    `personalnr;nachname;vorname;fuehrerschein_klasse;handy;geb_datum;standort
4411;⟨P|Kravets⟩;⟨P|Nazar⟩;CE;⟨T|+49 160 9921 4471⟩;⟨D|1987-03-09⟩;Papenburg
4412;⟨P|Siregar⟩;⟨P|Joko⟩;C1E;⟨T|0171 44 812 09⟩;⟨D|1979-12-30⟩;Papenburg
4419;⟨P|Mureșan⟩;⟨P|Dorin⟩;CE;⟨T|+40 744 218 905⟩;⟨D|1992-07-01⟩;Leer
4420;⟨P|Bozkurt⟩;⟨P|Orhan⟩;CE;⟨T|0152 03 118 774⟩;⟨D|1968-05-16⟩;Leer
4425;⟨P|Jędrzejczak⟩;⟨P|Czesław⟩;C;⟨T|+48 605 331 097⟩;⟨D|1975-10-21⟩;Papenburg`,
  ),
  de(
    'Spedition: Schadensmeldung Teams',
    `[Teams – Kanal Dispo Nord]
⟨P|Kakra Bekoe⟩ 07:12
moin, tour 7 hat einen schaden gemeldet, kunde ⟨P|Hinterleitner⟩ in nürtingen sagt 2 kartons nass
⟨P|Gilmar Aragão⟩ 07:15
hab die fotos. fahrer war ⟨P|Kovalchuk⟩, oder?
⟨P|Kakra Bekoe⟩ 07:16
ja. kunde will rückruf auf ⟨T|07022 30918⟩, am besten vor 10
⟨P|Gilmar Aragão⟩ 07:31
@⟨P|Tormod Sæther⟩ kannst du das mit der Versicherung machen? Sendungsnr. JVGL0640012290887712
⟨P|Tormod Sæther⟩ 07:40
👍 mach ich, schadensnummer kommt per mail`,
  ),
  de(
    'Spedition: App-Log',
    `2026-12-02 06:58:11,402 INFO  [auth] driver app login ok user=⟨E|n.kravets@spedition-harmsen.de⟩ ip=⟨N|93.184.12.77⟩ app=3.8.1
2026-12-02 06:58:40,019 INFO  [tour] tour=7 started vehicle=EL-HS 412
2026-12-02 07:03:12,880 WARN  [gps] no fix for 120s device=TAB-0092
2026-12-02 07:11:05,117 INFO  [pod] proof of delivery signed by "⟨P|V. Gaßmöller⟩" shipment=JVGL0640012290881203
2026-12-02 07:14:57,530 ERROR [sync] upload failed user=⟨E|j.siregar@spedition-harmsen.de⟩ ip=⟨N|2a02:8109:9c40:1e::4f2⟩ retry=3`,
  ),
  de(
    'Spedition: Newsletter (ohne Personendaten)',
    `Hallo zusammen,

hier die Infos zur Wintersaison:
- Ab KW 50 gilt der Winterfahrplan; Abfahrt Papenburg–Duisburg 05:30 statt 06:00.
- Die neue Dispo-Software (Version 4.2.1) wird am 15.12. ausgerollt.
- Kunde „Hermann Bruns Landhandel KG“ hat neue Ladezeiten: Mo–Fr 7–15 Uhr.
- Unsere Gläubiger-ID für Lastschriften bleibt DE71ZZZ00002294410, USt-IdNr. DE811204478.
- Feiertage: 25./26.12. und 01.01. kein Fahrbetrieb.

Viele Grüße
eure Dispo`,
  ),
  de(
    'Kanzlei: Vollmacht',
    `VOLLMACHT

Hiermit bevollmächtige ich,
⟨P|Assunta Cuccurullo⟩, geboren am ⟨D|08.01.1956⟩, wohnhaft ⟨O|Eschenbachstr. 19, 72622 Nürtingen⟩,

die Rechtsanwälte Röder Lenz Partner mbB, Königstraße 44, 70173 Stuttgart,

mich in der Angelegenheit ⟨P|Cuccurullo⟩ ./. Wohnbau Neckartal GmbH wegen Mietminderung außergerichtlich und gerichtlich zu vertreten.

Nürtingen, 24.11.2026

______________________
(⟨P|A. Cuccurullo⟩)`,
  ),
  de(
    'Kanzlei: Mahnung',
    `Röder Lenz Partner · Rechtsanwälte · Königstraße 44 · 70173 Stuttgart

Herrn ⟨P|Rostislav Zhuravlev⟩
⟨O|Hohe Geest 61
06618 Naumburg (Saale)⟩

Unser Az.: 221/26 RL07
Forderung der Tischlerei Grotjahn, Rechnung RE-2026-0311 vom 12.08.2026

Sehr geehrter Herr ⟨P|Zhuravlev⟩,

wir zeigen an, dass uns die Tischlerei Grotjahn mit der Wahrnehmung ihrer Interessen beauftragt hat. Trotz Mahnung vom 15.10.2026 ist der Betrag von 3.412,80 EUR nicht beglichen. Wir fordern Sie auf, den Betrag zzgl. Kosten bis zum 18.12.2026 auf unser Anderkonto zu zahlen.

Hochachtungsvoll
⟨P|Lenz⟩
Rechtsanwältin`,
  ),
  de(
    'Kanzlei: Ladung Gericht',
    `Amtsgericht Nürtingen
Az.: 11 C 842/26

Ladung zum Termin zur mündlichen Verhandlung

In dem Rechtsstreit
⟨P|Cuccurullo, Assunta⟩ – Klägerin –
Prozessbevollmächtigte: RAe Röder Lenz Partner
gegen
Wohnbau Neckartal GmbH, vertr. d. d. GF – Beklagte –

wird Termin bestimmt auf Dienstag, 26.01.2027, 10:30 Uhr, Saal 103.
Das persönliche Erscheinen der Klägerin wird angeordnet. Als Zeuge ist zu laden: ⟨P|Kittisak Wongsakul⟩, ⟨O|Eschenbachstr. 21, 72622 Nürtingen⟩.

⟨P|Stäubli⟩, Justizsekretärin als Urkundsbeamtin der Geschäftsstelle`,
  ),
  de(
    'Kanzlei: Mandantenaufnahme',
    `MANDANTENAUFNAHMEBOGEN (bitte in Druckbuchstaben)
NAME: ⟨P|PETROSYAN⟩   VORNAME: ⟨P|ANAHIT⟩
GEB.: ⟨D|29.4.77⟩
STRASSE / ORT: ⟨O|KIEBITZWEG 22, 99817 EISENACH⟩
TEL.: ⟨T|03691 / 77 20 41⟩    MOBIL: ⟨T|0172-5583310⟩
E-MAIL: ⟨E|anahit.petrosyan@posteo.de⟩
RECHTSSCHUTZVERSICHERUNG: ja, ARAG, Schein-Nr. 77-2201-K
GEGNER: Arbeitgeber (Pflegedienst Sonnenschein gGmbH)
KURZSCHILDERUNG: Kündigung erhalten am 20.11., Arbeitsvertrag seit 2019`,
  ),
  de(
    'Uni: Notenliste',
    `Modul BW-214 Kostenrechnung – Klausur WiSe 2026/27 – Ergebnisse (intern)
Matrikel | Nachname | Vorname | Note | Versuch
7734012 | ⟨P|Sundqvist⟩ | ⟨P|Gunvor⟩ | 1,7 | 1
7734388 | ⟨P|de la Fuente⟩ | ⟨P|Gorka⟩ | 2,3 | 1
7735501 | ⟨P|Thangavelu⟩ | ⟨P|Vetrivel⟩ | 5,0 | 2
7736120 | ⟨P|Nguyễn⟩ | ⟨P|Quế Chi⟩ | 1,0 | 1
7736744 | ⟨P|Abu-Ghazaleh⟩ | ⟨P|Rima⟩ | 3,0 | 1
7737002 | ⟨P|Kopecká⟩ | ⟨P|Libuše⟩ | 2,0 | 1
Prüfer: Prof. Dr. ⟨P|Hippolyte Ravenel⟩, Zweitprüferin Dr. ⟨P|Heilwig Brinkhege⟩`,
  ),
  de(
    'Uni: Immatrikulation',
    `Antrag auf Einschreibung – Universität Vechta
Studiengang: Soziale Arbeit (B.A.), 1. Fachsemester
Name: ⟨P|Bandyopadhyay⟩
Vorname(n): ⟨P|Hrithika⟩
Geburtsdatum / -ort: ⟨D|2005-08-17⟩ / Kolkata
Staatsangehörigkeit: indisch
Reisepass (nur Nicht-EU): Kopie liegt vor
Semesteranschrift: ⟨O|Rosmarinstieg 4, 49377 Vechta⟩
E-Mail: ⟨E|hrithika.b+uni@icloud.com⟩
Krankenversicherung: TK, Bescheinigung liegt elektronisch vor.`,
  ),
  de(
    'Uni: Slack Tutorium',
    `#tutorium-statistik
⟨P|yeonwoo⟩  09:12  weiß jemand ob die übung heute ausfällt?
⟨P|Lowie Declercq⟩  09:13  nee, Frau ⟨P|Pálffy⟩ hat nur den Raum getauscht, jetzt H 2.04
⟨P|yeonwoo⟩  09:13  danke!! 🙏
⟨P|Boglárka Pálffy⟩  09:20  Hallo zusammen, bestätigt: H 2.04. Abgabe Blatt 6 bis Freitag 12 Uhr per Mail an statistik-tutorium@uni-vechta.de.
⟨P|Lowie Declercq⟩  09:21  👍`,
  ),
  de(
    'Uni: Arbeitszeugnis',
    `ARBEITSZEUGNIS

Frau ⟨P|Jildou Hettinga⟩, geboren am ⟨D|12. Januar 1994⟩ in Leeuwarden, war vom 01.04.2022 bis zum 30.09.2026 als wissenschaftliche Mitarbeiterin am Institut für Didaktik der Universität Vechta beschäftigt.

Frau ⟨P|Hettinga⟩ betreute die Lehrveranstaltungen „Einführung in die Schulpädagogik“ und koordinierte das Drittmittelprojekt „Lesen im Quartier“. Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Ihr Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie Studierenden war jederzeit einwandfrei.

Das Arbeitsverhältnis endet auf eigenen Wunsch. Wir danken Frau ⟨P|Hettinga⟩ und wünschen ihr für die Zukunft alles Gute.

Vechta, 30.09.2026
Prof. Dr. ⟨P|Theofilos Galanis⟩ (Institutsleitung)`,
  ),
  de(
    'Tischlerei: Angebot Kundenmail',
    `hallo herr ⟨P|grotjahn⟩,

wie am telefon besprochen bräuchten wir einen einbauschrank für die dachschräge (ca. 3,20 m breit, kniestock 80 cm). adresse ist ⟨O|auf der heide 14, 83646 bad tölz⟩, wir sind ab 17 uhr zuhause. mein mann ⟨P|corsin⟩ ist auch unter ⟨T|0170 2204 915⟩ zu erreichen.

viele grüße
⟨P|ladina caflisch-bundi⟩`,
  ),
  de(
    'Tischlerei: Stundenzettel',
    `Stundenzettel KW 48 – Tischlerei Grotjahn
Mitarbeiter: ⟨P|Tjark Ohlendorf⟩ (Geselle)
Mo 8,0 h  Baustelle ⟨P|Caflisch⟩, Bad Tölz – Aufmaß, Zuschnitt
Di 8,5 h  Werkstatt – Korpus Einbauschrank
Mi 7,0 h  Werkstatt; 1 h Berufsschule Azubi ⟨P|Diyar⟩ begleitet
Do 9,0 h  Montage bei Fr. ⟨P|Zwölfer⟩, ⟨O|Mühlenkamp 3, 83646 Bad Tölz⟩
Fr 6,0 h  Reparatur Fenster Kita Sonnenblume (Auftrag AB-2026114)
gez. ⟨P|T. Ohlendorf⟩ / geprüft ⟨P|Grotjahn⟩`,
  ),
  de(
    'Tischlerei: Lohnfrage WhatsApp',
    `[28.11.26, 16:02:11] ⟨P|Diyar Baban⟩: Hallo Chef, in meiner Abrechnung steht die falsche Steuer-ID glaub ich
[28.11.26, 16:02:40] ⟨P|Diyar Baban⟩: Richtig ist ⟨X|g⟩
[28.11.26, 16:15:03] ⟨P|Folkert Grotjahn⟩: Danke, geb ich ans Lohnbüro weiter. Deine RV-Nummer ist ⟨S|2006-03-14 Baban⟩, oder?
[28.11.26, 16:16:27] ⟨P|Diyar Baban⟩: ja genau
[28.11.26, 16:16:31] ⟨P|Diyar Baban⟩: <Medien ausgeschlossen>`,
  ),
  de(
    'Tischlerei: Preisliste (ohne Personendaten)',
    `Tischlerei Grotjahn – Preisliste Reparaturen, gültig ab 01.01.2027
Art.-Nr. | Leistung | Preis netto
R-100 | Anfahrt im Stadtgebiet | 35,00 €
R-210 | Fensterflügel nachstellen | 48,00 €
R-330 | Türschloss tauschen (Marke Abus) | 89,00 €
R-415 | Eichenparkett ausbessern je m² | 72,00 €
Alle Preise zzgl. 19 % USt. Zahlbar innerhalb 14 Tagen, Rechnung RE-2027-0001 ff.
Kontaktaufnahme über das Formular auf unserer Website.`,
  ),
  de(
    'NGO: Spendenquittung',
    `Hilfswerk Brückenschlag e. V. · Vereinsregister VR 2231 · Gläubiger-ID DE44ZZZ00000771203

Zuwendungsbestätigung für Geldzuwendungen
Name und Anschrift des Zuwendenden:
⟨P|Ludmila Hrubešová⟩
⟨O|Sandkuhle 17
01796 Pirna⟩

Betrag: 250,00 EUR (zweihundertfünfzig), Tag der Zuwendung: 14.11.2026
Lastschrift von ⟨I|DE⟩

Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.`,
  ),
  de(
    'NGO: Ehrenamtsliste',
    `Ehrenamtliche Deutschkurs-Begleitung – Stand Dez. 2026
Name	Telefon	E-Mail	Tage	Sprachen
⟨P|Edelgard Pfennigwerth⟩	⟨T|03501 44 87 20⟩	⟨E|e.pfennigwerth@t-online.de⟩	Di, Do	de, ru
⟨P|Serhat Botani⟩	⟨T|0157 88 123 440⟩	⟨E|serhat.botani@proton.me⟩	Mo	de, ku, ar
⟨P|Mekdes Woldemariam⟩	⟨T|0152 1190 4432⟩	⟨E|mekdes.w@gmx.net⟩	Mi	de, am, en
⟨P|Pankraz Leitgeb⟩	–	⟨E|pankraz (at) leitgeb-pirna (dot) de⟩	Fr	de
⟨P|Chunmei Lian⟩	⟨T|+49 (0)3501 4413 08⟩	–	Sa	de, zh`,
  ),
  de(
    'NGO: Beratungsnotiz',
    `beratungsnotiz 01.12.2026 (⟨P|Mirjam⟩)
klientin: ⟨P|Cawo Shirdon⟩, geb. ⟨D|1.1.1999⟩ (laut ausweis; geburtstag eigentlich unbekannt)
anliegen: widerspruch gegen jobcenter-bescheid, brief vom 18.11. liegt vor
begleitung durch bruder ⟨P|mursal⟩, der übersetzt (so-de)
nächster termin 08.12. 14 uhr, sie bringt mietvertrag mit. rückruf unter ⟨T|0176 5530 0187⟩ (bruder).`,
  ),
  de(
    'NGO: Reiseliste Hilfstransport',
    `Hilfstransport Czernowitz 12.–16.12.2026 – Teilnehmende (für Grenzübertritt)
1. ⟨P|Volkhard Brockhagen⟩ – Fahrer – Pers.-Ausw.: ⟨A|⟩ – geb. ⟨D|19.10.1958⟩
2. ⟨P|Myroslava Voloshyn⟩ – Dolmetscherin – Reisepass ⟨Q|⟩ – geb. ⟨D|03.03.1984⟩
3. ⟨P|Gottfried Strohmaier⟩ – Fahrer – Pers.-Ausw.: ⟨A|⟩ – geb. ⟨D|27.06.1966⟩
Notfallkontakt Büro: 03501 4413 00 (Zentrale), einsatz@hilfswerk-brueckenschlag.org`,
  ),
  de(
    'Personal: Krankmeldung',
    `Von: ⟨P|Ilona⟩ (⟨E|ilona.koch-sirivadhana@spedition-harmsen.de⟩)
An: personal@spedition-harmsen.de
Betreff: Krankmeldung

Hallo Frau ⟨P|Klingebiel⟩,

ich bin leider seit heute krank geschrieben, voraussichtlich bis einschließlich Freitag. Die AU kommt elektronisch von der Praxis. Meine Touren hat Herr ⟨P|Trummer⟩ übernommen.

Gruß
⟨P|Ilona Koch-Sirivadhana⟩
Disposition Nahverkehr`,
  ),
  de(
    'Personal: Onboarding-Checkliste',
    `Onboarding – Eintritt 01.01.2027
Name: ⟨P|Sabharwal, Tushar⟩
Abteilung: IT-Service, Vorgesetzte: Dr. ⟨P|Kreszenz Grasböck⟩
[x] Arbeitsvertrag unterschrieben
[x] Steuer-ID: ⟨X|⟩
[x] SV-Nr.: ⟨S|1996-07-22 Sabharwal⟩
[ ] Bankverbindung: ⟨I|DE g⟩ (Kopie fehlt noch)
[ ] Notebook bestellt (Ticket IT-55120)
[ ] Schlüssel Haus C
Privat: ⟨O|Eschenbachstr. 4, 33098 Paderborn⟩, ⟨T|0151 - 2277 0904⟩`,
  ),
  de(
    'Stadt: Stellenausschreibung (ohne Personendaten)',
    `Die Stadt Oelde sucht zum nächstmöglichen Zeitpunkt eine Sachbearbeitung (m/w/d) für das Bürgeramt, EG 9a TVöD, Kennziffer 2026/41.

Ihre Aufgaben: Pass- und Ausweiswesen, Meldewesen, Fundbüro.
Wir bieten: flexible Arbeitszeiten, Jobticket, betriebliche Altersvorsorge (ZVK).
Bewerbungsschluss: 15.01.2027. Vorstellungsgespräche voraussichtlich in KW 5.

Bewerbungen bitte ausschließlich über das Online-Portal interamt.de, Stellen-ID 1182240.
Sehr geehrte Damen und Herren, wir freuen uns auf Ihre Bewerbung.`,
  ),
  de(
    'Versicherung: Schadenmeldung',
    `SCHADENMELDUNG Hausrat – Vers.-Schein 44-118-20931
Versicherungsnehmer: ⟨P|Sigrún Gudmundsdóttir⟩
Geburtsdatum: ⟨D|30.11.1971⟩
Anschrift: ⟨O|Flachsmarkt 2, 54290 Trier⟩
Schadentag: 22.11.2026, Leitungswasser (Bad OG)
Schadenhöhe geschätzt: 2.800 EUR
Handwerker: Tischlerei Grotjahn (Angebot AB-2026131)
Erstattung auf: ⟨I|LU g⟩
Kontakt: ⟨E|sigrun.gudmundsdottir@mailbox.org⟩ / ⟨T|0651 99 201 77⟩`,
  ),
  de(
    'Mietsache: Wohnungsübergabe',
    `Übergabeprotokoll Wohnung 2. OG rechts, ⟨O|Alte Poststraße 15, 37269 Eschwege⟩
Vermieter: Hausverwaltung Werra GmbH, vertreten durch Frau ⟨P|Dumitrescu⟩
Mieter: ⟨P|Vojtěch Šťastný⟩ und ⟨P|Hanusia Šťastná-Melnychuk⟩
Zählerstände: Strom 044120 kWh, Wasser 331,4 m³
Schlüssel: 3x Wohnung, 2x Haustür, 1x Briefkasten
Mängel: Kratzer Parkett Flur (bekannt), Silikonfuge Bad erneuern
Neue Anschrift Vormieter (für Kaution): ⟨P|Bùi Thục⟩, ⟨O|Im Wiesengrund 30, 37269 Eschwege⟩
Eschwege, 30.11.2026`,
  ),
  de(
    'Callcenter: Transkript Stromanbieter',
    `Gesprächsprotokoll (automatisch transkribiert) – Hotline Stadtwerke – 02.12.2026 08:03
Agent: Stadtwerke Oelde, Kundenservice, mein Name ist ⟨P|Wietske Bakema⟩, was kann ich für Sie tun?
Kunde: ja guten morgen, ⟨P|Ergüven⟩ hier, ⟨P|Muzaffer Ergüven⟩, ich zieh um und will den strom ummelden
Agent: gern. nennen sie mir bitte ihr geburtsdatum zur verifizierung
Kunde: ⟨D|neunzehnter april neunzehnhundertzweiundsechzig⟩ also ⟨D|19.4.62⟩
Agent: danke. und die neue adresse?
Kunde: ⟨O|mühlenkamp 28 in 59302 oelde⟩, ab ersten januar
Agent: die abschlagszahlung weiter per lastschrift von ⟨I|DE g⟩?
Kunde: ja genau. und meine frau ⟨P|Sabiha⟩ soll auch bescheid kriegen, ⟨E|sabiha.erguven@web.de⟩
Agent: notiert. Vorgangsnummer VG-2026-118204. Schönen Tag noch, Herr ⟨P|Ergüven⟩.`,
  ),
  de(
    'IT: Jira-Ticket mit Kommentaren',
    `[KVS-4471] Zugang Patientenportal gesperrt – Status: In Bearbeitung – Priorität: Hoch
Reporter: ⟨P|Nazdar Hawrami⟩ (Stationssekretariat 4b)   Bearbeiter: ⟨P|Junhao Kuang⟩
Beschreibung:
Patient ⟨P|Hisham el-Naggar⟩ (geb. ⟨D|07.07.1957⟩) kann sich nicht mehr im Portal anmelden, Login-Mail ist ⟨E|h.elnaggar@t-online.de⟩. Er sagt, er hat keine Mails bekommen.

Kommentar – ⟨P|Junhao Kuang⟩ – 02.12.2026 09:40
Konto nach 5 Fehlversuchen gesperrt, letzte Versuche von ⟨N|91.64.118.203⟩. Entsperrt, Passwort-Reset ausgelöst.
Kommentar – ⟨P|Nazdar Hawrami⟩ – 02.12.2026 10:05
danke! hab ihn angerufen (⟨T|05921 880 412⟩), klappt jetzt.
Kommentar – ⟨P|Junhao Kuang⟩ – 02.12.2026 10:06
Schließe das Ticket. Bitte künftig über das Formular, nicht per Mail an mich.`,
  ),
  de(
    'Kanzlei: OCR-Schreiben mit Zeilenbrüchen',
    `Amts gericht Eise-
nach – Nachlassgericht – Az. 4 VI 1182/26

In der Nachlasssache ⟨P|Edelgard Zeisberg⟩ geb. ⟨P|Vogelsän-
ger⟩, verstorben am 02.10.2026, zuletzt wohnhaft ⟨O|Hohe Geest 7,
99817 Eisenach⟩, wird der Erbschein beantragt durch
den Sohn ⟨P|Okko Zeisberg⟩, geb. am ⟨D|11.
03.1969⟩, ⟨O|Kiebitzweg 40, 99817
Eisenach⟩. Tele-
fon ⟨T|03691 884120⟩.`,
  ),
  de(
    'Universität: XML-Export Prüfungsamt',
    `<?xml version="1.0" encoding="UTF-8"?>
<pruefungsanmeldungen semester="WS2026">
  <anmeldung id="88120">
    <name>⟨P|Ondřej Chalupecký⟩</name>
    <geburtsdatum>⟨D|2003-10-02⟩</geburtsdatum>
    <email>⟨E|ondrej.chalupecky@uni-vechta.de⟩</email>
    <modul>BW-214</modul>
  </anmeldung>
  <anmeldung id="88121">
    <name>⟨P|Tamar Lomidze⟩</name>
    <geburtsdatum>⟨D|2004-02-29⟩</geburtsdatum>
    <email>⟨E|tamar.lomidze@uni-vechta.de⟩</email>
    <modul>BW-214</modul>
  </anmeldung>
</pruefungsanmeldungen>`,
  ),
  de(
    'Kanzlei: Erbengemeinschaft Aktenvermerk',
    `Aktenvermerk RA'in ⟨P|Lenz⟩, 01.12.2026 – Erbengemeinschaft ⟨P|von und zu Wimmreuter⟩

Besprechung mit den Miterben:
- ⟨P|Notburga Freifrau von und zu Wimmreuter⟩ (Witwe), ⟨O|Am Pulverturm 2, 83646 Bad Tölz⟩
- ⟨P|Gijs van der Stolk⟩ (Neffe, NL), ⟨E|gijs.vanderstolk@ziggo.nl⟩, ⟨T|+31 6 4471 2098⟩
- ⟨P|Munir ibn Qassem⟩ (Schwiegersohn), erreichbar über Tochter ⟨P|Rose⟩
Grundstück Flachsmarkt 9 soll verkauft werden; Makler Frank Immobilien GmbH hat bewertet.
Nächster Termin: 15.01.2027. AP: ⟨P|Lenz⟩ – Entwurf Auseinandersetzungsvertrag bis KW 2.`,
  ),
];
