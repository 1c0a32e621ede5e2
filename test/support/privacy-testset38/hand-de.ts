import type { HandSource } from './markup.js';

/** German hand-written documents of set 38 (hotels, travel agencies and tourism), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Meldeschein Beherbergungsbetrieb',
    source: `Besonderer Meldeschein für Beherbergungsstätten (§ 29 BMG)
Hotel Seeblick Garni · Uferpromenade 12 · 88709 Meersburg · Meldeschein-Nr. 2026/04417

Ankunft: 14.08.2026    Voraussichtliche Abreise: 21.08.2026
Familienname: ⦅n:Prelovšek⦆        Vorname(n): ⦅n:Tinkara⦆
Geburtsdatum: ⦅b:03.11.1989⦆      Staatsangehörigkeit: slowenisch
Anschrift: ⦅h:Trubarjeva cesta 18, 1000 Ljubljana⦆, Slowenien
Mitreisende: Ehegatte ⦅n:Jošt Brezigar⦆, geb. ⦅b:27.05.1987⦆; Kind (4 J.)
Reisedokument: Reisepass SI, Nr. PB1148207 (ausländische Pässe: kein eigener Typ, nicht erfasst)

Unterschrift des Gastes: ______________`,
  },
  {
    lang: 'de',
    kind: 'Meldeschein deutscher Gast mit Ausweis',
    source: `Gästeblatt Ferienwohnungen Zirbenhof, Kurtaxe-Gemeinde Oberstdorf – Blatt 318

Gast: ⦅n:Sarmīte Strautmane⦆, geb. am ⦅b:9. Januar 1977⦆
Wohnort: ⦅h:Kastanienallee 61, 10119 Berlin⦆
Personalausweis-Nr.: ⦅k:⦆ (Angabe nur bei Gruppenreisen vorgeschrieben, hier freiwillig)
Mobil für Schlüsselübergabe: ⦅t:0157 3390 2184⦆
Aufenthalt: 02.–09.02.2026, 1 Erw., Gästekarte „AllgäuWalser" ausgegeben.`,
  },
  {
    lang: 'de',
    kind: 'Reservierungsanfrage E-Mail mit Antwort',
    source: `Von: ⦅n:Ramūnas Sabaliauskas⦆ <⦅m:r.sabaliauskas@posteo.de⦆>
An: reservierung@hotel-alpenrose-garmisch.de
Betreff: Doppelzimmer 12.–15. März

Guten Tag,
wir möchten ein Doppelzimmer mit Balkon für drei Nächte buchen, Anreise gegen 20 Uhr. Falls es später wird, erreichen Sie mich unter ⦅t:+49 170 2246 518⦆.
Viele Grüße
⦅n:Ramūnas Sabaliauskas⦆

> Sehr geehrter Herr ⦅n:Sabaliauskas⦆,
> gern bestätigen wir Ihnen Zimmer 214 (Reservierungsnummer RSV-55102). Zur Garantie benötigen wir eine Kreditkarte; bitte nutzen Sie dafür ausschließlich unseren Zahlungslink.
> Ihr Rezeptionsteam, Tel. 08821 7390-0, reservierung@hotel-alpenrose-garmisch.de`,
  },
  {
    lang: 'de',
    kind: 'Rooming-List Reisegruppe CSV',
    source: `Rooming-List Studienreise „Baltikum kompakt", Reiseveranstalter Nordlicht Touristik, Vorgang NT-26-0331
Zimmer;Typ;Nachname;Vorname;Geburtsdatum;Hinweis
101;DZ;⦅n:Kļaviņa⦆;⦅n:Agnese⦆;⦅b:1961-04-22⦆;vegetarisch
101;DZ;⦅n:Dimants⦆;⦅n:Rūdolfs⦆;⦅b:1958-12-01⦆;
102;EZ;⦅n:Čepulis⦆;⦅n:Audrius⦆;⦅b:1970-07-30⦆;Rollator
103;DZ;⦅n:Jurgaitytė⦆;⦅n:Dainora⦆;⦅b:1966-02-14⦆;
103;DZ;⦅n:Raudonytė⦆;⦅n:Vilija⦆;⦅b:1968-09-05⦆;Nussallergie
Reiseleitung: ⦅n:Dzintars Sproģis⦆, mobil ⦅t:+371 2914 8830⦆`,
  },
  {
    lang: 'de',
    kind: 'Reiserücktrittsversicherung Schadenmeldung',
    source: `Schadenmeldung Reiserücktritt – Versicherungsschein RR-7719024, Schaden-Nr. S-26-18820

Versicherte Person: ⦅n:Skaistė Žilinskienė⦆, geb. ⦅b:18.06.1982⦆
Anschrift: ⦅h:Hafenstraße 7, 24937 Flensburg⦆
Reise: Pauschalreise Kreta, 04.–18.05.2026, gebucht bei Reisebüro Sonnenweg
Grund der Stornierung: akute Erkrankung (Attest liegt bei)
Stornokosten: 1.842,00 €
Erstattung bitte auf mein Konto: ⦅i:DE g⦆, Kontoinhaberin ⦅n:Skaistė Žilinskienė⦆
Rückfragen: ⦅m:skaiste.zilinskiene@web.de⦆ oder ⦅t:0461 8402217⦆`,
  },
  {
    lang: 'de',
    kind: 'Fundsachenbuch Hotel',
    source: `Fundsachenbuch Rezeption – Parkhotel am Schlossgarten, Seite 41
Datum | Zimmer | Gegenstand | Finder | Verbleib
03.09. | 412 | Ladekabel USB-C, schwarz | Housekeeping (Etage 4) | Fundregal A
04.09. | 207 | Goldkette mit Anhänger | ⦅n:Šejla Mujkić⦆ (Zimmermädchen) | Tresor, Gast ⦅n:Sevdalin Topuzov⦆ informiert unter ⦅t:+359 88 412 7730⦆
05.09. | Lobby | Regenschirm, blau | Nachtportier | Fundregal B
06.09. | 118 | Reisepass (Deutschland) Nr. ⦅r:⦆ | ⦅n:Vedad Čaušević⦆ | sofort an Gast ⦅n:Zlatina Nedeva⦆ übergeben, Quittung liegt bei`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde Pauschalreise mit Minderungsforderung',
    source: `⦅n:Grozdan Karadzhov⦆
⦅h:Im Grund 4, 69117 Heidelberg⦆

An Sonnenklar Reisen GmbH, Kundenservice, Postfach 10 12 20, 80086 München
Buchungsnummer: SK-2026-778104

Reisemangel-Anzeige und Minderungsverlangen nach § 651m BGB

Sehr geehrte Damen und Herren,
während unseres Aufenthalts im Hotel Blue Bay (Hurghada) vom 10. bis 24. April war der Pool zwölf Tage gesperrt, das gebuchte Meerblickzimmer wurde nicht gestellt. Ich fordere eine Minderung von 30 % des Reisepreises. Bitte überweisen Sie den Betrag auf ⦅i:DE⦆.

Mit freundlichen Grüßen
⦅n:Grozdan Karadzhov⦆
Tel. ⦅t:06221 4388120⦆`,
  },
  {
    lang: 'de',
    kind: 'Skischule Anmeldeformular Kinderkurs',
    source: `Skischule Hochkönig – Anmeldung Kinderskikurs (Woche 7)

Kind: ⦅n:Jurko Wałda⦆, Geburtsdatum ⦅b:11.03.2019⦆, Könnerstufe: Anfänger
Erziehungsberechtigte: ⦅n:Milenka Čórlich⦆
Notfallnummer während des Kurses: ⦅t:+49 1512 6603 419⦆
E-Mail für Fotos vom Abschlussrennen: ⦅m:milenka.corlich@gmx.de⦆
Unterkunft am Ort: Pension Edelweiß, Maria Alm (Zimmer 6)
Allergien: keine   Helm vorhanden: ja
Zahlung: vor Ort bar/Karte, Kursgebühr 249 €`,
  },
  {
    lang: 'de',
    kind: 'Tauchbasis Haftungsausschluss und Brevet',
    source: `Tauchbasis Mirador Blau, Playa Paraíso, Teneriffa – Anmeldebogen Taucher (Übersetzung DE)

Name: ⦅n:Mjertyn Zahrodnik⦆     Geburtsdatum: ⦅b:1984-10-19⦆
Heimatadresse: ⦅h:Wendische Gasse 3, 02625 Bautzen⦆
Brevet: CMAS ** (Nr. liegt als Kopie vor)   Letzter Tauchgang: 08/2025
Ärztliche Tauglichkeit: Attest vom 02.01.2026
Notfallkontakt: ⦅n:Syla Rychtar⦆, ⦅t:+49 176 4411 9083⦆
Ich habe die Sicherheitsunterweisung erhalten. Ort, Datum: Playa Paraíso, 12.01.2026`,
  },
  {
    lang: 'de',
    kind: 'Campingplatz Stellplatzbuchung Bestätigung',
    source: `Campingplatz Seeufer Plau – Buchungsbestätigung Nr. C-26-2093

Gast: ⦅n:Gaukhar Sarsenbayeva⦆
Stellplatz 44 (Seeblick), Wohnmobil, Kennzeichen liegt vor
Zeitraum: 21.07.–04.08.2026
Kontakt: ⦅m:g.sarsenbayeva@mailbox.org⦆, ⦅t:+49 160 9930 2714⦆
Anzahlung 120 € per Lastschrift von ⦅i:DE g⦆ am 02.05.2026 eingegangen.
Restzahlung bei Anreise. Rezeption täglich 8–12 und 14–19 Uhr, Tel. 038735 8410.`,
  },
  {
    lang: 'de',
    kind: 'Rezeption Übergabebuch Nachtschicht',
    source: `Übergabe Nachtschicht → Frühschicht, 17./18.10., Hotel Domblick

- Zi. 305: Gast ⦅n:Kamoliddin Kholmatov⦆ kommt erst 02:40 an (Flug verspätet), Schlüssel liegt im Umschlag.
- Zi. 112: Beschwerde Lärm von Zi. 114, Gast beruhigt, Frühstück aufs Haus notiert.
- Taxi für ⦅n:Mokhira Yuldasheva⦆ (Zi. 220) um 05:15 zum Flughafen bestellt, sie bittet um Rückruf auf ⦅t:+998 90 317 4426⦆, falls der Fahrer sich verspätet.
- Kartenterminal 2 zeigt wieder Fehler E07 – Technik informiert (Ticket 88213).
Gez. ⦅n:Dženan Softić⦆, Nachtportier`,
  },
  {
    lang: 'de',
    kind: 'Visum Einladungsschreiben Reiseagentur',
    source: `Nordlicht Touristik GmbH · Speicherstadt 5 · 20457 Hamburg

Verpflichtungsschreiben / Einladung zur Gruppenreise

An die Botschaft der Bundesrepublik Deutschland, Taschkent

Hiermit bestätigen wir, dass Frau ⦅n:Shakhnoza Tashpulatova⦆, geboren am ⦅b:2. September 1991⦆, wohnhaft ⦅h:Amir Temur ko‘chasi 108, 100084 Tashkent⦆, an unserer Rundreise „Klassisches Deutschland" vom 05.–16.06.2026 teilnimmt. Unterkunft und Transfers sind vollständig bezahlt (Vorgang NT-26-1174).

Ansprechpartnerin in unserem Haus: ⦅n:Bozhidara Chobanova⦆, Durchwahl ⦅t:040 3197 7-214⦆, ⦅m:b.chobanova@nordlicht-touristik.de⦆`,
  },
  {
    lang: 'de',
    kind: 'Kreuzfahrt Passagierliste Ausschnitt',
    source: `MS Elbprinzessin – Passagierliste Reise EP2611 (Auszug Deck 3), nur für Hafenbehörde

Kabine | Name | Geb.-Datum | Nationalität | Dokument
301 | ⦅n:Hostislav Zvarík⦆ | ⦅b:12.12.1949⦆ | SK | Pass
301 | ⦅n:Slavomíra Očenášová⦆ | ⦅b:03.04.1952⦆ | SK | Pass
304 | ⦅n:Ljupčo Trpkovski⦆ | ⦅b:28.08.1963⦆ | DE | Personalausweis ⦅k:⦆
306 | ⦅n:Kostadinka Nastevska⦆ | ⦅b:19.01.1966⦆ | DE | Reisepass ⦅r:⦆
Einschiffung Dresden, 06.05.2026, 17:00 Uhr`,
  },
  {
    lang: 'de',
    kind: 'Reiseleiterin WhatsApp Gruppenchat',
    source: `[08:02] Reiseleitung ⦅n:Blagica Cvetkovska⦆: Guten Morgen! Abfahrt heute 9:00 vor dem Hotel, bitte Wasser mitnehmen 🌞
[08:05] ⦅n:Goce Talevski⦆: Meine Frau hat Fieber, wir bleiben heute im Hotel.
[08:06] ⦅n:Blagica Cvetkovska⦆: Gute Besserung! Der Hotelarzt ist unter der Rezeption erreichbar. Meine Nummer für Notfälle: ⦅t:+30 697 412 0583⦆
[08:11] ⦅n:Vlatko Bogoevski⦆: Kann man unterwegs mit Karte zahlen?
[08:12] ⦅n:Blagica Cvetkovska⦆: Meist ja, in der Taverne in Oia nur bar.`,
  },
  {
    lang: 'de',
    kind: 'Gutschein Rückerstattung Storno intern',
    source: `Interne Notiz Buchhaltung – Storno Buchung 26-HB-4410 (Wellnesshotel Tannenhof)

Gastin ⦅n:Oyuuntuya Badamkhand⦆ storniert fristgerecht (über 30 Tage). Anzahlung 380,00 € wird erstattet.
Rückbuchung auf die bei Buchung verwendete Karte ⦅c:⦆ (laut Zahlungsdienstleister; Karte nicht vollständig speichern!).
Bestätigung an ⦅m:oyuuntuya.b@gmail.com⦆ versandt. Bearb.: ⦅n:Belma Alagić⦆`,
  },
  {
    lang: 'de',
    kind: 'Saisonkraft Personalbogen',
    source: `Personalfragebogen Saisonkräfte Sommer 2026 – Berghotel Zugspitzblick

Name: ⦅n:Elvedina Karahasanović⦆     Geburtsdatum: ⦅b:07.07.1998⦆
Anschrift: ⦅h:Partnachstraße 22, 82467 Garmisch-Partenkirchen⦆
Steuer-ID: ⦅x:g⦆
Rentenversicherungsnummer: ⦅s:07071998 Karahasanovic f⦆
Bankverbindung: ⦅i:DE g⦆
Position: Servicekraft Restaurant, Eintritt 01.05.2026
Telefon: ⦅t:0176 2281 4470⦆`,
  },
  {
    lang: 'de',
    kind: 'Bewertungsantwort Hotelportal (ohne Personendaten)',
    source: `Antwort des Gastgebers auf eine Bewertung (Hotel Rheinterrasse, 3,5/5)

Liebe Gäste,
vielen Dank für Ihre offene Rückmeldung. Die Baustelle vor dem Haus ist leider bis Herbst genehmigt; wir weisen bei Buchung nun ausdrücklich darauf hin. Über Ihr Lob für das Frühstück freut sich das Küchenteam sehr.
Ihr Team vom Hotel Rheinterrasse
info@rheinterrasse-boppard.de · 06742 80 66-0`,
  },
  {
    lang: 'de',
    kind: 'Preisliste Ferienhaus (ohne Personendaten)',
    source: `Ferienhaus Dünenblick, Prerow – Preise 2026
Nebensaison (Jan–Mär, Nov–Dez): 95 €/Nacht, Mindestaufenthalt 3 Nächte
Zwischensaison (Apr–Jun, Sep–Okt): 125 €/Nacht, Mindestaufenthalt 5 Nächte
Hauptsaison (Jul–Aug): 165 €/Nacht, nur wochenweise Sa–Sa
Endreinigung 80 €, Hund 10 €/Nacht, Kurabgabe nach Satzung der Gemeinde
Anfragen: buchung@duenenblick-prerow.de oder 038233 7021`,
  },
  {
    lang: 'de',
    kind: 'Pauschalreise Buchungsbestätigung mit Reisenden',
    source: `Reisebestätigung / Rechnung Nr. 2026-08817 – Reisebüro Weltenbummler, Marktplatz 3, 72070 Tübingen

Reisende:
1. ⦅n:Hasitha Hettiarachchi⦆, geb. ⦅b:14.09.1979⦆
2. ⦅n:Dulanjali Munasinghe⦆, geb. ⦅b:30.01.1983⦆
Reiseanmelder: ⦅n:Hasitha Hettiarachchi⦆, ⦅h:Nauklerstraße 19, 72074 Tübingen⦆, ⦅m:hasitha.h@t-online.de⦆

Leistung: Flug FRA–CMB, 14 Nächte Rundreise Sri Lanka, Halbpension
Reisepreis gesamt: 4.318,00 €, Anzahlung 20 % fällig sofort
Sicherungsschein liegt bei.`,
  },
  {
    lang: 'de',
    kind: 'Telefonnotiz Reisebüro',
    source: `Telefonnotiz 11.02., 15:20 – Anruf von Herrn ⦅n:Fjölnir Ísleifsson⦆
Möchte Island-Rundreise um zwei Tage verlängern (Vorgang WB-26-0219). Rückruf erbeten auf dem Handy ⦅t:+354 862 4471⦆, ab 18 Uhr deutscher Zeit.
Neue Anschrift für die Unterlagen: ⦅h:Kirchgasse 8, 8001 Zürich⦆
Notiert: ⦅n:Jerca Hribernik⦆`,
  },
  {
    lang: 'de',
    kind: 'Kurtaxe Abrechnung Gastgeber',
    source: `Kurbeitragsabrechnung Oktober 2026 – Gastgeberin ⦅n:Vija Priede⦆, Ferienwohnung „Möwennest", Betriebs-Nr. KB-0448
Gastgeber-Anschrift (privat): ⦅h:Strandweg 2a, 23747 Dahme⦆
Abgerechnete Gäste: 38 Übernachtungen, davon 6 Kinder (befreit)
Kurbeitrag gesamt: 91,20 €
Einzug per SEPA von ⦅i:DE⦆ zum 15.11.
Fragen an die Kurverwaltung: kurbeitrag@dahme.de, 04364 4920-0`,
  },
  {
    lang: 'de',
    kind: 'Bergführer Tourenplanung Mail',
    source: `Hallo ⦅n:Snædís⦆,

für die Hochtour am Samstag bleibt es bei Treffpunkt 5:30 Uhr Parkplatz Kaprun. Bitte bring Steigeisen und Gurt mit; Leihausrüstung habe ich für ⦅n:Ljótur⦆ reserviert. Wetterupdate schicke ich Freitagabend.

Berg Heil
⦅n:Svetozár Kollárik⦆
staatl. gepr. Berg- und Skiführer
⦅t:+43 664 2318 740⦆ · ⦅m:svetozar@kollarik-bergfuehrer.at⦆`,
  },
  {
    lang: 'de',
    kind: 'Zimmerschlüssel-Protokoll Gruppenanreise',
    source: `Gruppenanreise Chor „Cantabile Kaunas" – Schlüsselausgabe 22.06.
Zimmer 21: ⦅n:Dainora Jurgaitytė⦆ – Karte 2 Stück, Unterschrift ✓
Zimmer 22: ⦅n:Vilija Raudonytė⦆ – Karte 1 Stück ✓
Zimmer 23: Chorleitung – Karte 2 Stück ✓ (Kontakt über Agentur)
Zimmer 24: noch offen
Gruppenrechnung an Agentur Baltic Voices, Vorgang BV-88-204`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde Flugverspätung Fluggastrechte Entwurf',
    source: `Entwurf – Forderung Ausgleichszahlung nach Art. 7 VO (EG) 261/2004

Fluggast: ⦅n:Zarghona Kharoti⦆, ⦅h:Bergiusstraße 14, 22765 Hamburg⦆
Flug: XQ 947 Antalya–Hamburg am 03.08.2026, Ankunft mit 5 h 40 min Verspätung
Buchungscode: QW7TZB
Anspruch: 400 € pro Person (2 Personen)
Bitte zahlen Sie auf das Konto ⦅i:DE g⦆ (Kontoinhaber ⦅n:Obaidullah Ishaqzai⦆).
Kontakt: ⦅m:zarghona.kharoti@outlook.de⦆`,
  },
  {
    lang: 'de',
    kind: 'Hotel Gästedaten Auskunftsersuchen DSGVO',
    source: `Betreff: Auskunft nach Art. 15 DSGVO – Ihre Antwort
An: ⦅m:elira.bejko@proton.me⦆

Sehr geehrte Frau ⦅n:Bejko⦆,
zu Ihrer Anfrage speichern wir folgende Daten: Name, ⦅h:Dorfstraße 31, 6020 Innsbruck⦆, Geburtsdatum ⦅b:21.10.1990⦆ (Meldeschein, Aufbewahrung 1 Jahr), Telefonnummer ⦅t:+43 676 5502 183⦆, zwei Aufenthalte (2024, 2025). Zahlungsdaten speichern wir nicht.
Datenschutzbeauftragte der Hotelgruppe, datenschutz@alpenhotels-tirol.at`,
  },
  {
    lang: 'de',
    kind: 'Transferliste Flughafen Shuttle',
    source: `Transferliste Flughafen Palma → Hotels Playa de Muro, Sa 30.05.
08:45 | LH 1762 | ⦅n:Kwasi Nyantakyi⦆ + 1 | Hotel Iberostar | Tel. ⦅t:+49 172 5583 019⦆
09:10 | EW 582 | ⦅n:Obenewaa Kyeremeh⦆ | Hotel Playa Esperanza | Tel. ⦅t:+49 159 0441 2276⦆
09:40 | DE 1512 | Familie ⦅n:Oppong⦆ (4) | Apartamentos Sol | Tel. über Agentur
Fahrer: Reisebus 2, Disposition 971 89 44 00`,
  },
  {
    lang: 'de',
    kind: 'Wanderreise Teilnehmerliste mit Gesundheitsangaben',
    source: `Wanderreise „Dolomiten Höhenweg 2" – Teilnehmer (nur für die Wanderführung)
⦅n:Aljaž Cvetrežnik⦆ (geb. ⦅b:04.04.1975⦆) – Knieprobleme links, Stöcke
⦅n:Rožle Šubelj⦆ – keine Angaben
⦅n:Traycho Mitrushev⦆ – Diabetiker, Insulin im Kühlfach der Hütte
Notfallkontakte bei der Agentur hinterlegt. Hüttenreservierungen: Rifugio Lagazuoi, Rifugio Averau.`,
  },
  {
    lang: 'de',
    kind: 'WLAN Missbrauchsmeldung Hotel',
    source: `Von: abuse@hotspot-provider.net
An: it@hotel-kaiserhof-bs.de
Betreff: Hinweis Urheberrechtsverletzung – Ihr Anschluss 80.153.114.26

Wir haben Filesharing über Ihren Gäste-Hotspot festgestellt (23.09., 22:14 Uhr). Interne Adresse laut Router-Log: ⦅a:10.20.4.117⦆, zugeordnet per Portal-Login dem Gast ⦅n:Byambajav Chuluunbaatar⦆ (Zi. 508), Geräte-IP im Portal ⦅a:91.64.203.77⦆ beim ersten Login.
Bitte prüfen Sie den Fall; eine Weitergabe von Gastdaten an uns ist nicht erforderlich.`,
  },
  {
    lang: 'de',
    kind: 'Sprachkurs Gastfamilie Zuteilung',
    source: `Sprachreisen Lernwelt – Zuteilung Gastfamilie Malta, Kurs 06.07.–26.07.
Schülerin: ⦅n:Anujin Erdenechimeg⦆, ⦅b:15.05.2010⦆
Gastfamilie: ⦅n:Grezzju Mallia⦆ und ⦅n:Marjanna Formosa⦆, ⦅h:Triq il-Kbira 44, Mosta MST 1019⦆
Telefon Gastfamilie: ⦅t:+356 7942 1180⦆
Schulweg 15 min zu Fuß, Halbpension, Sprachschule Sliema.`,
  },
  {
    lang: 'de',
    kind: 'Fahrradverleih Mietvertrag',
    source: `Mietvertrag E-Bike Nr. 4471 – Radverleih Bodensee Rundum

Mieter: ⦅n:Ermias Belay⦆
Ausweis: Personalausweis ⦅k:⦆ (Nummer notiert, Ausweis nicht einbehalten)
Hotel/Unterkunft: Hotel Krone, Zimmer 12
Handy: ⦅t:0152 2840 6633⦆
Zeitraum: 12.06., 9:00 – 13.06., 18:00; Kaution 200 € auf Karte ⦅c:-⦆ vorgemerkt.`,
  },
  {
    lang: 'de',
    kind: 'Newsletter Reisebüro (ohne Personendaten)',
    source: `Weltenbummler-Newsletter März

Frühbucher Sommer 2026: bis 31.03. buchen und bis zu 15 % sparen. Neu im Programm: Radreise Donau (Passau–Wien), Kreuzfahrt Norwegens Fjorde ab Kiel, Städtereise Tiflis.
Reiseabend „Patagonien" am 19.03. um 19 Uhr in unserem Büro, Eintritt frei, Anmeldung unter info@weltenbummler-tuebingen.de oder 07071 55 23 40.
Abmelden: Link unten im Newsletter.`,
  },
  {
    lang: 'de',
    kind: 'Reisekostenerstattung Gruppenreiseleiter',
    source: `Abrechnung Reiseleiterhonorar – Tour „Marokko Königsstädte", 02.–12.11.

Reiseleiter (Honorarkraft): ⦅n:Saliou Dramé⦆
Anschrift: ⦅h:Vogelsanger Straße 92, 50823 Köln⦆
Steuerliche Identifikationsnummer: ⦅x:⦆
Honorar: 11 Tage × 160 € = 1.760 €, Spesen 214,30 € (Belege anbei)
Überweisung an ⦅i:DE⦆
Rückfragen Buchhaltung: buchhaltung@orient-erlebnis.de`,
  },
];
