import type { HandSource } from './markup.js';

/** German hand-written documents of set 22: arts, culture, events and travel in DE, AT and CH. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'besetzungsliste',
    source: `Staatstheater Nordhafen – Schauspiel
Besetzung „Die Möwe“ (Premiere 14.03.)

Arkadina ........ ⟬n:Itria Porcheddu⟭
Trepljow ........ ⟬n:Salvatorangelo Manconi⟭
Nina ............ ⟬n:Zarema Emirbekov⟭ (alternierend mit ⟬n:Saltanat⟭)
Dorn ............ Gast: ⟬n:Tariel Chkadua⟭

Regie: ⟬n:Bachana Gabunia⟭ · Dramaturgie: dramaturgie@staatstheater-nordhafen.de`,
  },
  {
    lang: 'de',
    kind: 'gastvertrag-saenger',
    source: `GASTVERTRAG (Solo) – Kammeroper Mariahilf, Schottenfeldgasse 12, 1070 Wien

zwischen der Kammeroper und
Herrn ⟬n:Aslan Tkhakushinov⟭, geb. ⟬b:03.11.1984⟭,
wohnhaft ⟬h:Kaigasse 7, 5020 Salzburg⟭

Partie: Sarastro, 6 Vorstellungen, Gage EUR 2.400,– je Abend.
Deutsche Steuer-ID (falls steuerpflichtig in DE): ⟬x:g⟭
Rentenversicherungsnummer: ⟬s:03111984 Tkhakushinov m⟭
Bankverbindung: ⟬i:AT g⟭

Wien, am 02.02.2026`,
  },
  {
    lang: 'de',
    kind: 'probenplan-orchester',
    source: `Orchester Aareklang – Probenplan Sinfoniekonzert 5

Mo 10–13 Uhr  Tutti, Saal 1
Di 10–13 Uhr  Streicher, Saal 2 (Stimmführung: ⟬n:Checo⟭)
Mi 19 Uhr     Generalprobe
Do 19.30 Uhr  Konzert

Krankmeldungen bitte bis 8 Uhr an das Orchesterbüro: +41 61 555 20 10.
Einspringer Kontrabass: ⟬n:Gjovanin Tscharner⟭, ⟬t:+41 79 381 22 64⟭`,
  },
  {
    lang: 'de',
    kind: 'leihvertrag-museum',
    source: `Kunsthalle am Wall · Leihvertrag Nr. LV-2026-018

Leihgeberin: Dr. ⟬n:Zareena Mengal⟭
Privatanschrift: ⟬h:Lohmühlenstraße 41, 24103 Kiel⟭
Telefon: ⟬t:0176/24819377⟭ · E-Mail: ⟬m:mahnaz.mengal@posteo.de⟭

Werk: Aquarell, 1921, 31 × 24 cm, Inv.-Nr. der Leihgeberin 77/3
Ausstellung „Licht über dem Hafen“, 10.04.–30.08.2026
Versicherung: Nagel zu Nagel, 28.000 EUR.`,
  },
  {
    lang: 'de',
    kind: 'besuchervorfall',
    source: `Vorfallsprotokoll Aufsicht – Raum 7 (Expressionismus)

Uhrzeit: 15:42
Beschreibung: Besucher berührte das Gemälde mit der Hand, Alarm ausgelöst.
Name laut Ausweis: ⟬n:Todur Kurogly⟭, Ausweisnummer ⟬k:⟭
Anschrift: ⟬h:Am Kalkofen 3, 99423 Weimar⟭
Aufsicht: ⟬n:Kondrat Shklyaev⟭
Restaurierung informiert (Fr. ⟬n:Kirillova-Tolkach⟭): keine Beschädigung erkennbar.`,
  },
  {
    lang: 'de',
    kind: 'kommissionsliste-galerie',
    source: `Galerie Stubentor – Kommissionsware Frühjahr

Nr.  Künstler/in           Titel                Preis      Provision
K-01 ⟬n:Tache Cuscuna⟭      „Salzwiese II“       4.800 €    40 %
K-02 ⟬n:Mitrush Nicolaidi⟭      „Ohne Titel (blau)“  2.200 €    40 %
K-03 ⟬n:Vanghelitsa Dabija⟭    „Kammer“             9.500 €    35 %

Auszahlung an ⟬n:Cuscuna⟭: IBAN ⟬i:DE g⟭`,
  },
  {
    lang: 'de',
    kind: 'kuenstler-rider',
    source: `RIDER – „Ulpi & die Nachtfalter“ – Tour 2026

Tourleitung: ⟬n:Ulpi Yakkuvlev⟭, mobil ⟬t:+49 1523 7741902⟭, ⟬m:ulpi.yakkuvlev@mailbox.org⟭
Backstage: 2 Garderoben, 12 Handtücher, stilles Wasser, Obst, KEIN Alkohol vor der Show.
Gästeliste: max. 6 Personen, Namen bis 16 Uhr an den Veranstalter.
Merch-Stand: 1 Tisch, 2 Stühle, Strom.`,
  },
  {
    lang: 'de',
    kind: 'akkreditierungsantrag-presse',
    source: `Festival Rheinbühne – Presseakkreditierung

Medium: Radio Lörrach Kultur
Name: ⟬n:Pranjal Saikia⟭
Geburtsdatum: ⟬b:21.07.1991⟭
Reisepass-Nr.: ⟬r:⟭
Mobil: ⟬t:076 412 88 19⟭
[x] Foto   [ ] Video   [x] Interview

Akkreditierungen werden nur mit Lichtbild ausgegeben.`,
  },
  {
    lang: 'de',
    kind: 'crewliste-aufbau',
    source: `Crewliste Aufbau Open Air Elbsand, Freitag

Stagehands: ⟬n:Tuymenek Alka⟭, ⟬n:Ataner⟭, ⟬n:Selme Huzangay⟭
Rigger: ⟬n:Narspi Ayhi⟭ (⟬t:0170 8821934⟭)
Gabelstapler: nur mit Schein! Kopie liegt im Produktionsbüro.
Treffpunkt 7:00 Uhr Tor 3.`,
  },
  {
    lang: 'de',
    kind: 'fundsachen-meldung',
    source: `Fundbüro Festivalgelände – Meldung Nr. 214

Gegenstand: schwarzer Rucksack mit Laptop und Portemonnaie
Im Portemonnaie: Personalausweis ⟬k:⟭ auf ⟬n:Jonali Baruah⟭, geb. ⟬b:09.05.1999⟭
Kreditkarte ⟬c:s⟭
Abgeholt am 27.07. gegen Unterschrift.`,
  },
  {
    lang: 'de',
    kind: 'erstattungsantrag-ticket',
    source: `Betreff: Erstattung Konzert 12.09. – Bestellnr. 88-400217

Sehr geehrte Damen und Herren,
wegen der Absage bitte ich um Erstattung von 2 × 64,50 € auf mein Konto
⟬i:DE⟭ (Kontoinhaber ⟬n:Hemanta Bordoloi⟭).

Mit freundlichen Grüßen
⟬n:Hemanta Bordoloi⟭
⟬h:Zur Ziegelei 19, 49074 Osnabrück⟭`,
  },
  {
    lang: 'de',
    kind: 'platzumbuchung',
    source: `Kasse – Umbuchung

Alt: Parkett links, Reihe 14, Platz 9–10
Neu: Parkett Mitte, Reihe 6, Platz 11–12
Aufpreis: 18,00 € (bar)
Kunde: ⟬n:Sinai Borkar⟭, Rückruf ⟬t:+49 (0)162 559 1177⟭
Bearbeitet: ⟬n:Sulochana⟭`,
  },
  {
    lang: 'de',
    kind: 'barrierefreiheit-anfrage',
    source: `Anfrage Rollstuhlplatz + Begleitperson

Vorstellung: „Der Sturm“, 19.04., 19:30
Rollstuhlfahrerin: ⟬n:Aishath Maniku⟭
Begleitperson: ⟬n:Mariyam Latheef⟭ (kostenfrei, Merkzeichen B)
Rückfragen bitte per Mail: ⟬m:aishath.m@web.de⟭
Hinweis Haus: Aufzug Eingang Süd, induktive Höranlage Reihe 1–4.`,
  },
  {
    lang: 'de',
    kind: 'dispo-drehtag',
    source: `DISPO – „Salzwasser“ – Drehtag 12/28

Motiv 1: Küche Wohnung ⟬n:Kansakar⟭, ⟬h:Schwalbenring 22, 79098 Freiburg⟭ (Eigentümer anwesend)
Motiv 2: Parkplatz Hafen (öffentlich)

06:30 Abholung Hotel – ⟬n:Rajani Rajbhandari⟭ (Kommissarin)
07:15 Maske
08:00 Drehbeginn Bild 34, 35

Set-Aufnahmeleitung: ⟬n:Nhuchhe⟭, ⟬t:0176/55102934⟭`,
  },
  {
    lang: 'de',
    kind: 'casting-notiz',
    source: `Casting „Salzwasser“, Rolle JONAS (14–16 J.)

1. ⟬n:Teuchezh Berzeg⟭ – sehr natürlich, Callback!
2. ⟬n:Kazbek Nekhay⟭ – zu alt für die Rolle
3. ⟬n:Aslan Khatkov⟭ – gut im Spiel mit der Mutterfigur

Mutter von 1.: ⟬n:Saida Berzeg⟭, ⟬m:saida.berzeg@gmx.at⟭`,
  },
  {
    lang: 'de',
    kind: 'motivvertrag',
    source: `Motivvertrag

Die Filmproduktion Lichtfang GmbH, Holzhafen 4, 22767 Hamburg, mietet von
⟬n:Khanum Ramaldanov⟭, ⟬h:Brunnenstieg 8, 01097 Dresden⟭,
die Wohnräume im EG für zwei Drehtage (03.–04.06.2026).
Nutzungsentgelt 1.200 € zzgl. Reinigung, zahlbar auf ⟬i:DE g⟭.
Ansprechpartnerin Produktion: Telefon 040 555 87 00.`,
  },
  {
    lang: 'de',
    kind: 'autorenexposee-eingang',
    source: `Manuskripteingang – Lektorat Verlag Kranichsteg

Eingang: 11.03.2026, per Mail
Autor: ⟬n:Qurbanali Behishti⟭ (⟬m:q.behishti@proton.me⟭)
Titel: „Die Winde von Bamiyan“ (Roman, ca. 380 Normseiten)
Agentur: keine
Erstgutachten: ⟬n:Jaghori⟭ – „stark im Ton, Mittelteil lang“
Status: Zweitlektüre`,
  },
  {
    lang: 'de',
    kind: 'honorarabrechnung',
    source: `HONORARABRECHNUNG 2025 – Verlag Bergamotte AG

Autorin: ⟬n:Haani Raisani⟭
Titel: Das Teehaus am Pass, ISBN 978-3-7241-0938-2
Verkaufte Ex.: 3.412 (HC), 1.907 (E-Book)
Honorar: 6.984,20 €
abzgl. Vorschuss: 3.000,00 €
Auszahlung: 3.984,20 € auf ⟬i:CH g⟭`,
  },
  {
    lang: 'de',
    kind: 'musikschule-kuendigung',
    source: `Kündigung Unterrichtsvertrag

Hiermit kündige ich den Klavierunterricht meiner Tochter ⟬n:Anima Phukan⟭ (geb. ⟬b:2014-06-03⟭) zum 31.07.2026.
Lehrkraft: ⟬n:Nirmala Rajkhowa⟭
Die Lastschrift (Gläubiger-ID DE71ZZZ00001938465) bitte danach einstellen.

⟬n:Dhrubajyoti Phukan⟭`,
  },
  {
    lang: 'de',
    kind: 'fotostudio-auftrag',
    source: `Fotostudio Lichtkammer – Auftrag Bewerbungsfotos

Kundin: ⟬n:Nyokabi Muigai⟭
Paket: 3 Motive, digital + 4 Abzüge
Termin: Sa 10:30
Rechnung an: ⟬h:Hagebuttenweg 5, 66111 Saarbrücken⟭
☒ Veröffentlichung auf Website NICHT gestattet`,
  },
  {
    lang: 'de',
    kind: 'hochzeit-ablaufplan',
    source: `Ablaufplan Hochzeit ⟬n:Kodzo⟭ & ⟬n:Kekeli Ahiadzro⟭ – Gut Rosenhof

13:00 Ankunft Gäste, Sektempfang
14:00 Freie Trauung (Rednerin: ⟬n:Delali Nyamadi⟭)
16:00 Kaffee & Torte
19:00 Dinner, danach DJ

Notfallnummer Trauzeuge: ⟬t:0151 40392218⟭`,
  },
  {
    lang: 'de',
    kind: 'eventagentur-teilnehmerliste',
    source: `Teilnehmerliste Firmen-Incentive Wachau (Bus 2)

1  ⟬n:Rasmané Ilboudo⟭
2  ⟬n:Wendkouni Zongo⟭
3  ⟬n:Tinga Nikiéma⟭ – vegetarisch
4  ⟬n:Boukary Sawadogo⟭ – Allergie: Nüsse

Abfahrt 8:00 Uhr, Bahnhof Linz, Haupteingang.`,
  },
  {
    lang: 'de',
    kind: 'reisebuchung-bestaetigung',
    source: `Reisebüro Fernweh – Buchungsbestätigung

Reisende: ⟬n:Shamiran Odisho⟭, ⟬n:Nineb Odisho⟭
Reise: Rundreise Jordanien, 12.–22.10.2026
Anzahlung 20 % mit Kreditkarte ⟬c:⟭ belastet.
Restzahlung bis 4 Wochen vor Abreise.`,
  },
  {
    lang: 'de',
    kind: 'visaantrag-passdaten',
    source: `Visa-Service – Passdaten für Indien (e-Visa)

Name lt. Pass: ⟬n:SHIMUN, ASHUR⟭
Geburtsdatum: ⟬b:14. Februar 1978⟭
Passnummer: ⟬r:⟭
Wohnanschrift: ⟬h:Herrengasse 27, 8020 Graz⟭
Beruf: Musiker
Gebühr 89 € zzgl. Service 25 €`,
  },
  {
    lang: 'de',
    kind: 'reiseversicherung-schaden',
    source: `Schadenmeldung Reisegepäck

Versicherungsnehmer: ⟬n:Yemane Habtezion⟭
Anschrift: ⟬h:Spalenberg 17, 4051 Basel⟭
Schaden: Koffer am Flughafen Catania nicht angekommen, 3 Tage ohne Gepäck.
Ersatzkäufe: 214,80 € (Belege anbei)
Erstattung an: ⟬i:CH⟭`,
  },
  {
    lang: 'de',
    kind: 'campingplatz-anmeldung',
    source: `Campingplatz Seeblick – Gästeblatt (Meldepflicht)

Name: ⟬n:Ambra Sechi⟭  geb. ⟬b:30.01.1969⟭
Mitreisende: ⟬n:Gavino Sechi⟭
Heimatanschrift: ⟬h:Via dei Serragli 61, 50124 Firenze⟭
Stellplatz 42, Wohnmobil, 5 Nächte
Kurtaxe: 2,20 € p. P./Nacht`,
  },
  {
    lang: 'de',
    kind: 'ferienwohnung-hausordnung',
    source: `Hausordnung Ferienwohnung „Möwennest“

– Anreise ab 16 Uhr, Abreise bis 10 Uhr
– Mülltrennung: gelbe Tonne im Hof
– Haustiere nur nach Absprache
– Nachtruhe 22–7 Uhr
Bei Notfällen: Hausverwaltung, Tel. 04841 555 300`,
  },
  {
    lang: 'de',
    kind: 'spielzeitvorschau',
    source: `Spielzeit 2026/27 – Vorschau Musiktheater

September: „Rusalka“ (Neuproduktion), Großes Haus
November: „Die lustige Witwe“ (Wiederaufnahme)
Februar: Uraufführung „Salzgärten“, Kammerspiele
Mai: Ballettabend „Weiß“
Abonnements ab 1. Juli an der Theaterkasse.`,
  },
  {
    lang: 'de',
    kind: 'bühnentechnik-checkliste',
    source: `Checkliste Bühnentechnik vor Vorstellung

☒ Notbeleuchtung geprüft
☒ Eiserner Vorhang Probefahrt
☐ Nebelmaschine befüllt
☒ Podien verriegelt
Prüfer: Schichtleitung Technik, Durchwahl -214`,
  },
  {
    lang: 'de',
    kind: 'ausstellungstext-entwurf',
    source: `Saaltext (Entwurf, Fassung 3)

Die Fotografien dieses Raumes entstanden zwischen 1955 und 1962 an der Nordseeküste.
Sie zeigen Arbeit, Wetter und Licht – [+und die langsame Veränderung der Dörfer+].
[-Alle Abzüge sind Vintage Prints.-]
Zeichenzahl: 412 (max. 600)`,
  },
  {
    lang: 'de',
    kind: 'personalbogen-aushilfe',
    source: `Personalbogen Aushilfe Garderobe / Einlass

Name, Vorname: ⟬n:Kleinszmidt, Bòżena⟭
Geburtsdatum: ⟬b:05.09.2001⟭
Anschrift: ⟬h:Lendkai 33, 8020 Graz⟭
Steuer-ID: ⟬x:⟭
Sozialversicherungsnummer: ⟬s:05092001 Kleinszmidt f⟭
IBAN: ⟬i:AT⟭
Login Personalportal zuletzt von ⟬a:91.115.203.44⟭`,
  },
  {
    lang: 'de',
    kind: 'kommentierter-vertragsentwurf',
    source: `Künstlervertrag Lesung (Entwurf) – Kommentare exportiert

Honorar: [-300-][+450+] € zzgl. Reisekosten[Kommentar JL1: Agentur fragt nach Übernachtung]
Autor: ⟬n:Donats Rancāns⟭, Tel. ⟬t:+49 1573 3318820⟭

Kommentare
JL1  ⟬n:Józk Labùda⟭  12.03.2026  Agentur fragt nach Übernachtung`,
  },
];
