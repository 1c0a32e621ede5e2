import type { HandSource } from './markup.js';

/** German hand-written documents of set 35, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Widerspruch gegen erhöhtes Beförderungsentgelt',
    source: `⁅n:Zorislava Kolárovská⁆
⁅h:Kornblumenweg 14, 04177 Leipzig⁆

An den Verkehrsverbund Mittelsachsen – Fahrgeldmanagement
Vorgang EBE-2026-0418833

Widerspruch

Sehr geehrte Damen und Herren,

am 3. März wurde ich in der S-Bahn S3 ohne gültigen Fahrschein erfasst. Mein Deutschlandticket war gültig, die App ist aber abgestürzt. Den Screenshot der Abo-Bestätigung lege ich bei. Geboren bin ich am ⁅b:17.09.1988⁆, meine Kundennummer ist 66120874.

Bitte stellen Sie das Verfahren ein. Für Rückfragen: ⁅t:0157 4812 3306⁆.

Mit freundlichen Grüßen
⁅n:Zorislava Kolárovská⁆`,
  },
  {
    lang: 'de',
    kind: 'Prüfprotokoll Fahrausweisprüfung',
    source: `MDE-Protokoll Prüfdienst · Gerät 0417 · Linie RE 7 · 14.03.2026 07:52
Prüfer: ⁅n:Jankūnas⁆ / ⁅n:Zaťko⁆
Fahrgast: ⁅n:Hostimil Ďurčanský⁆, geb. ⁅b:02.11.1979⁆
Ausweis: Personalausweis ⁅k:⁆
Anschrift lt. Ausweis: ⁅h:Ulmenallee 7, 99084 Erfurt⁆
Fahrschein: keiner vorgezeigt · EBE 60,00 € · Zahlung: Überweisung binnen 14 Tagen
Bemerkung: Fahrgast kooperativ, gibt an, Ticket zu Hause vergessen zu haben.`,
  },
  {
    lang: 'de',
    kind: 'Abo-Antrag Deutschlandticket mit SEPA-Mandat',
    source: `Antrag Deutschlandticket im Abonnement (Stadtwerke Regensburg Mobil)

Abonnent/in: ⁅n:Gizachew Tefera⁆
Geburtsdatum: ⁅b:1996-06-21⁆
Anschrift: ⁅h:Zur Alten Wache 3, 93047 Regensburg⁆
E-Mail: ⁅m:gizachew.tefera@posteo.de⁆
Mobil: ⁅t:+49 176 2290 4418⁆

SEPA-Lastschriftmandat · Gläubiger-ID DE98ZZZ09999999999 · Mandatsreferenz DTA-2026-118204
Kontoinhaber: ⁅n:Gizachew Tefera⁆
IBAN: ⁅i:DE g⁆
Beginn: 01.04.2026 · Unterschrift liegt vor`,
  },
  {
    lang: 'de',
    kind: 'Jobticket-Liste der Personalabteilung',
    source: `Jobticket Sammelbestellung April 2026 – Brauerei Hafenstraße GmbH
Ansprechpartnerin Personal: ⁅n:Ketty Hilgert⁆, ⁅m:k.hilgert@brauerei-hafenstrasse.de⁆, Durchwahl ⁅t:0431 55902-117⁆

Nr. | Name | Geburtsdatum | Tarifzone
1 | ⁅n:Ognyan Karaivanov⁆ | ⁅b:09.01.1984⁆ | Kiel Stadt
2 | ⁅n:Arpine Melkonyan⁆ | ⁅b:27.05.1999⁆ | Kiel + Umland
3 | ⁅n:Vahagn Shahinyan⁆ | ⁅b:13.12.1975⁆ | Kiel Stadt
4 | ⁅n:Tonina Mereu⁆ | ⁅b:30.07.1991⁆ | Netz SH

Rechnung an: buchhaltung@brauerei-hafenstrasse.de, Brauerei Hafenstraße GmbH, Hafenstraße 40, 24103 Kiel`,
  },
  {
    lang: 'de',
    kind: 'Fundsachenmeldung Straßenbahn',
    source: `Fundbüro KVG – Verlustmeldung Nr. F-26-03391

Verlorener Gegenstand: schwarzer Rucksack mit Laptop (Aufkleber „Kiel Baltic Hurricanes“)
Linie/Fahrzeug: Bus 11, Wagen 4711, ca. 17:40 Uhr
Verlierer/in: ⁅n:Lelde Purvlīce⁆
Telefon: ⁅t:0162 7731 0094⁆
E-Mail: ⁅m:lelde.purvlice@web.de⁆
Hinweis: Im Rucksack liegt der Studierendenausweis, bitte bei Fund sofort anrufen.`,
  },
  {
    lang: 'de',
    kind: 'Taxizentrale Fahrerstammblatt',
    source: `Taxi-Genossenschaft Erfurt eG – Fahrerstammblatt (vertraulich, Personalakte)

Name: ⁅n:Olzhas Beisenov⁆
geboren am: ⁅b:4. Februar 1982⁆ in Karaganda
Wohnanschrift: ⁅h:Am Kuhberg 22, 99084 Erfurt⁆
Handy: ⁅t:0172 3390 1845⁆
Steuer-ID: ⁅x:g⁆
Rentenversicherungsnummer: ⁅s:04021982 Beisenov m⁆
Bankverbindung Auszahlung: ⁅i:DE⁆
P-Schein gültig bis 31.08.2028 · Ordnungsnummer 118

Zentrale: Tel. 0361 51 11 11, zentrale@taxi-erfurt.example`,
  },
  {
    lang: 'de',
    kind: 'Unfallmeldung Taxi an Versicherung',
    source: `Schadenmeldung Kfz-Haftpflicht – Taxi EF-TX 118

Fahrer: ⁅n:Mushegh Aghajanyan⁆ (angestellt), erreichbar unter ⁅t:0151 2204 7719⁆
Unfallgegner: ⁅n:Drejc Kocjančič⁆, ⁅h:Bahnhofsvorplatz 9, 02625 Bautzen⁆, Kennzeichen BZ-DK 305
Fahrgast (Zeugin): ⁅n:Ermira Çela⁆, Tel. ⁅t:+49 160 9021 4432⁆

Hergang: Beim Einfädeln an der Ampel Juri-Gagarin-Ring fuhr der Gegner auf. Keine Verletzten.
Schadennummer der Zentrale: TX-S-2026-77`,
  },
  {
    lang: 'de',
    kind: 'Carsharing Schadensbericht mit Weiterbelastung',
    source: `Stadtflitzer Carsharing – Schadensbericht SB-26-0912

Fahrzeug: VW ID.3, L-SF 2231 · Buchung 8830217
Mitglied: ⁅n:Pika Žnidaršič⁆, Mitgliedsnr. 100-44827
Festgestellt: Kratzer hintere Stoßstange, Foto 1–4
Belastung: Selbstbeteiligung 500,00 € auf Karte ⁅c:-⁆

Mitglied hat per Mail (⁅m:pika.znidarsic@gmx.de⁆) widersprochen, der Schaden sei schon vorher da gewesen. Vor-Check-Fotos der vorherigen Buchung anfordern.`,
  },
  {
    lang: 'de',
    kind: 'Anhörungsbogen Parkverstoß',
    source: `Stadt Saarbrücken – Ordnungsamt, Verkehrsüberwachung
Anhörung im Verwarnungsgeldverfahren · Az. 32.2-OWi-2026-448120

An: Herrn ⁅n:Änder Kirpach⁆
⁅h:Rue de Hollerich 12
L-1741 Luxembourg⁆

Ihnen wird vorgeworfen, am 11.02.2026 um 10:14 Uhr in Saarbrücken, Bahnhofstraße 31, im absoluten Halteverbot geparkt zu haben (Kennzeichen L-KA 4471). Verwarnungsgeld: 55 €.

Zahlung an: Stadtkasse Saarbrücken, IBAN DE73 5905 0101 0000 0017 17, Verwendungszweck 32.2-OWi-2026-448120`,
  },
  {
    lang: 'de',
    kind: 'Bewohnerparkausweis Antrag',
    source: `Antrag auf Bewohnerparkausweis – Zone K12 (Kiel-Gaarden)

Antragsteller/in: ⁅n:Tiruwork Asrat⁆
Hauptwohnsitz: ⁅h:Hafenstraße 88, 24103 Kiel⁆
Geburtsdatum: ⁅b:11.08.1990⁆
Kennzeichen: KI-TA 908 (Halterin: Antragstellerin)
E-Mail: ⁅m:tiruwork.asrat@gmail.com⁆
Gebühr 120 € · Zahlungsart Lastschrift von ⁅i:DE g⁆
Anlage: Meldebestätigung, Fahrzeugschein`,
  },
  {
    lang: 'de',
    kind: 'Mobilitätsservice Einstiegshilfe Anmeldung',
    source: `Mobilitätsservice-Zentrale – Anmeldung Ein-/Ausstiegshilfe

Reisende: Frau ⁅n:Mariangela Usai⁆, Rollstuhl (nicht faltbar)
Geburtsdatum (Ausweis für Schwerbehinderte): ⁅b:23.04.1951⁆
Verbindung: ICE 1006 Leipzig Hbf 09:14 → Kiel Hbf, Umstieg Hamburg
Begleitperson: ⁅n:Gavinuccia Lecis⁆ (Tochter), Mobil ⁅t:+39 347 118 2290⁆
Rückfragen an die Reisende: ⁅t:0341 9912 447⁆ (Festnetz)`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde Busfahrer Schülerverkehr',
    source: `Von: ⁅m:aynalem.gebre-egziabher@web.de⁆
An: kundendialog@rvb-busverkehr.example
Betreff: Linie 160 – mein Sohn wurde an der Haltestelle stehen gelassen

Guten Tag,

heute Morgen (Haltestelle Am Kuhberg, 7:12 Uhr) ist der Bus an meinem Sohn ⁅n:Fasika⁆ (9 Jahre) vorbeigefahren, obwohl er gewunken hat. Das ist schon das dritte Mal. Bitte melden Sie sich bei mir unter ⁅t:0176 8823 0157⁆.

⁅n:Aynalem Gebre-Egziabher⁆`,
  },
  {
    lang: 'de',
    kind: 'Antwortschreiben Kundendialog Busbetrieb',
    source: `Sehr geehrte Frau ⁅n:Gebre-Egziabher⁆,

vielen Dank für Ihre Nachricht. Wir haben die Fahrtaufzeichnung der Linie 160 geprüft und mit dem Fahrer gesprochen. Er hat Ihren Sohn beim Anfahren nicht gesehen; wir haben das Team zur Haltestelle Am Kuhberg nochmals sensibilisiert.

Für Rückfragen erreichen Sie uns unter 0800 321 4400 (kostenfrei) oder kundendialog@rvb-busverkehr.example.

Freundliche Grüße
⁅n:Bilegt Sükhbaatar⁆
Kundendialog RVB`,
  },
  {
    lang: 'de',
    kind: 'Dienstplan-Tausch Straßenbahnfahrer',
    source: `Tauschantrag Dienstplan KW 15 – Betriebshof Nord

Fahrer A: ⁅n:Lovrenc Zakrajšek⁆ (Personalnr. 40812), Dienst 14 (Früh)
Fahrer B: ⁅n:Talant Osmonaliev⁆ (Personalnr. 41177), Dienst 31 (Spät)
Grund: Arzttermin Fahrer A am 09.04.
Disposition: genehmigt, ⁅n:Kerjean⁆, 02.04.2026
Rückmeldung an dispo-nord@strassenbahn.example`,
  },
  {
    lang: 'de',
    kind: 'Fahrplanänderung Pressemitteilung',
    source: `Pressemitteilung · Stadtwerke Verkehr

Ab 14. April: neue Taktung auf den Linien 2 und 11

Wegen Gleisbauarbeiten in der Annenstraße fahren die Linien 2 und 11 zwischen Hauptbahnhof und Jakominiplatz vom 14. April bis 30. Mai nur alle 10 Minuten. Ein Schienenersatzverkehr mit Gelenkbussen ist eingerichtet; Haltestellen sind vor Ort ausgeschildert.

Pressekontakt: presse@stadtwerke-verkehr.example, Tel. 0316 887-2000`,
  },
  {
    lang: 'de',
    kind: 'Rufbus-Buchungsnotiz Leitstelle',
    source: `Rufbus „Flexi“ – Buchung per Telefon, 06.03.2026 18:05

Fahrgast: ⁅n:Zhivko Bozhinov⁆
Abholung: ⁅h:Kornblumenweg 3, 02625 Bautzen⁆, 07:10 Uhr
Ziel: Krankenhaus Bautzen, Haupteingang
Rückruf-Nr.: ⁅t:03591 48 22 19⁆
Bemerkung: Rollator, bitte Niederflurfahrzeug. Disponentin ⁅n:Skirmantė⁆`,
  },
  {
    lang: 'de',
    kind: 'Erstattungsantrag Fahrgastrechte',
    source: `Fahrgastrechte-Formular – Entschädigung bei Verspätung

Name: ⁅n:Kujtim Tafaj⁆
Anschrift: ⁅h:Mariahilfer Gürtel 17, 1150 Wien⁆
E-Mail: ⁅m:kujtim.tafaj@gmx.at⁆
Zug: RJ 163 am 28.02.2026, Ankunft +74 Minuten
Fahrpreis: 49,90 € · Entschädigung 25 % = 12,48 €
Auszahlung auf: ⁅i:AT⁆ (Kontoinhaber ⁅n:Kujtim Tafaj⁆)`,
  },
  {
    lang: 'de',
    kind: 'Ride-Hailing Sicherheitsmeldung',
    source: `Trust & Safety – Vorfall 26-DE-04491 (Priorität hoch)

Fahrgästin: ⁅n:Ignazia Brundu⁆, ⁅t:+49 151 6637 0082⁆, Konto ⁅m:ignazia.brundu@proton.me⁆
Fahrer: ⁅n:Munkh-Erdene Batkhuyag⁆ (Partner-ID 220931)
Fahrt 12.03.2026, 23:41, Abholung ⁅h:Zur Alten Wache 15, 93047 Regensburg⁆

Schilderung der Fahrgästin: Fahrer sei von der Route abgewichen und habe auf Nachfrage nicht reagiert. GPS-Spur bestätigt Umweg über 4 km. Fahrer vorläufig gesperrt, Anhörung angesetzt.`,
  },
  {
    lang: 'de',
    kind: 'Partnervertrag Einzelunternehmer Taxi',
    source: `Partnervereinbarung – Vermittlung von Taxifahrten

Zwischen der Taxi-Genossenschaft Kiel eG und
⁅n:Sahak Yesayan⁆, Taxiunternehmer (Einzelunternehmen), ⁅h:Ulmenallee 51, 24103 Kiel⁆
Tel. ⁅t:0431 6622 190⁆ · E-Mail ⁅m:info@taxi-yesayan.de⁆
Steuer-ID ⁅x:⁆ · USt-IdNr. DE318844201
Auszahlungskonto: ⁅i:DE g⁆

Konzession Nr. 0917 · Fahrzeug KI-SY 917 · Vermittlungsentgelt 8 %`,
  },
  {
    lang: 'de',
    kind: 'Aufnahmeantrag Lastenrad-Verleih',
    source: `Lastenrad-Verleih „Kasimir“ – Anmeldung Nutzer/in

Vorname: ⁅n:Rimgaudas⁆ · Nachname: ⁅n:Jasiukevičius⁆
Geburtsdatum: ⁅b:15. Juli 2001⁆
Adresse: ⁅h:Am Kuhberg 40, 99084 Erfurt⁆
Handy: ⁅t:0157 3308 4126⁆
Ausweisprüfung beim ersten Ausleihen: Personalausweis ⁅k:⁆ gesichtet (keine Kopie behalten)`,
  },
  {
    lang: 'de',
    kind: 'Interne Mail Kassenautomat Störung',
    source: `Von: technik-automaten@verkehrsbetriebe.example
An: leitstelle@verkehrsbetriebe.example
Betreff: Automat 2231 (Haltestelle Ostseekai) außer Betrieb

Der Münzprüfer ist blockiert, Kartenzahlung läuft. Techniker ist für morgen 8 Uhr eingeplant. Bitte Hinweis in der App setzen; die Nachbarhaltestelle Hörn hat einen funktionierenden Automaten.

Gruß, Team Automaten`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Abonnement per Brief',
    source: `⁅n:Ctislava Pekarovičová⁆
⁅h:Annenstraße 9
8020 Graz⁆

Graz Linien – Kundencenter
Jakominiplatz 1, 8010 Graz

Kündigung Jahreskarte, Kundennummer 3310448

Hiermit kündige ich meine Jahreskarte zum nächstmöglichen Termin, da ich nach Lugano umziehe. Neue Anschrift ab 1. Mai: ⁅h:Via Cantonale 21, 6900 Lugano⁆. Bitte bestätigen Sie die Kündigung per Mail an ⁅m:ctislava.pekarovicova@gmx.at⁆.

⁅n:Ctislava Pekarovičová⁆`,
  },
  {
    lang: 'de',
    kind: 'Chatprotokoll App-Support Ticketkauf',
    source: `Chat #88201 · TicketApp Support · 19.03.2026 · Kunden-IP ⁅a:92.117.48.203⁆

[18:02] Kunde: Hallo, mein Ticket wurde doppelt abgebucht, Karte ⁅c:⁆
[18:03] Agent ⁅n:Pouesi⁆: Das tut mir leid! Wie lautet die Mailadresse Ihres Kontos?
[18:03] Kunde: ⁅m:premek.dobsinsky@gmail.com⁆
[18:05] Agent ⁅n:Pouesi⁆: Danke, Herr ⁅n:Dobšinský⁆. Ich sehe zwei Buchungen, eine storniere ich. Die Gutschrift dauert 3–5 Werktage.
[18:06] Kunde: Super, danke.`,
  },
  {
    lang: 'de',
    kind: 'Kontrollbericht Parkraumbewirtschaftung ohne Personen',
    source: `Schichtbericht Parkraumüberwachung Zone A3 – 21.03.2026

Kontrollierte Fahrzeuge: 412 · Verwarnungen: 37 · Abschleppungen: 2 (Feuerwehrzufahrt Kornmarkt)
Automaten: 3 von 18 gestört (Nr. 07, 11, 16), Meldung an Technik erfolgt
Besonderheit: Wochenmarkt, Anlieferzone bis 13 Uhr blockiert
Nächste Schicht: Team 2 ab 14:00`,
  },
  {
    lang: 'de',
    kind: 'Schülerbeförderung Antrag Kreis',
    source: `Landkreis Bautzen – Antrag auf Schülerbeförderung 2026/27

Schüler/in: ⁅n:Jakec Pungeršič⁆, geb. ⁅b:08.10.2014⁆
Schule: Oberschule Bautzen, Klasse 6b
Erziehungsberechtigte/r: ⁅n:Metka Pungeršič⁆
Anschrift: ⁅h:Zur Alten Wache 2, 02625 Bautzen⁆
Telefon tagsüber: ⁅t:+49 162 4471 3019⁆
Entfernung Wohnung–Schule: 4,1 km (Anspruch ab 3,5 km)`,
  },
  {
    lang: 'de',
    kind: 'Mahnung Inkasso Beförderungsentgelt',
    source: `Inkasso Nordwest GmbH · Forderungsmanagement für Verkehrsunternehmen

Herrn ⁅n:Garegin Boghossian-Toros⁆
⁅h:Ulmenallee 120, 04177 Leipzig⁆

Unser Zeichen: INW-7731820 · Gläubigerin: LVB
Hauptforderung (erhöhtes Beförderungsentgelt vom 02.01.2026): 60,00 €
Mahngebühren: 7,50 €

Bitte überweisen Sie 67,50 € bis 15.04.2026 auf DE15 2005 0550 1234 5678 90 (Inkasso Nordwest). Ratenzahlung auf Anfrage unter 0421 33 90 00.`,
  },
  {
    lang: 'de',
    kind: 'Ratenzahlungsvereinbarung Fahrgeld',
    source: `Ratenzahlungsvereinbarung zu Az. INW-7731820

Schuldner: ⁅n:Garegin Boghossian-Toros⁆, geb. ⁅b:1993-03-02⁆
Raten: 3 × 22,50 €, fällig jeweils zum 1. des Monats
Einzug vom Konto ⁅i:LT⁆ (Kontoinhaber: Schuldner)
Kontakt des Schuldners: ⁅m:garegin.bt@outlook.com⁆`,
  },
  {
    lang: 'de',
    kind: 'Barrierefreiheit Beschwerde Aufzug',
    source: `Betreff: Aufzug am Bahnsteig 3 seit zwei Wochen defekt

Ich bin Rollstuhlfahrerin und pendle täglich von Eupen nach Aachen. Seit dem 2. März ist der Aufzug an Gleis 3 defekt, ich muss jedes Mal bis zur nächsten Station fahren. Wann wird das repariert?

⁅n:Vjollca Zogaj⁆
⁅h:Rue de la Station 4, 4700 Eupen⁆
⁅t:+32 486 21 44 90⁆`,
  },
  {
    lang: 'de',
    kind: 'Betriebsratsprotokoll Verkehrsbetrieb',
    source: `Protokoll Betriebsratssitzung 12.03.2026 – Verkehrsbetriebe

Anwesend: ⁅n:Oane Heeringa⁆ (Vorsitz), ⁅n:Wiphawadi Jitpanya⁆, ⁅n:Baingio Manca-Sedda⁆, ⁅n:Dzhumabayeva⁆
TOP 1: Pausenräume Endhaltestelle Hörn – Container wird bis Mai aufgestellt.
TOP 2: Kündigung Fahrer (Personalnr. 40229): Betriebsrat widerspricht, Anhörung unvollständig.
TOP 3: Dienstplanung Sommer – Wunschfrei bis 15.04. einreichen.
Protokoll: ⁅n:Heeringa⁆`,
  },
  {
    lang: 'de',
    kind: 'E-Scooter Bußgeldweitergabe',
    source: `Von: behoerden@scootly.example
An: ⁅m:aizhan.mukanova@icloud.com⁆
Betreff: Weitergabe Ihrer Daten an die Stadt Wien (Anfrage MA 67)

Hallo ⁅n:Aizhan⁆,

die Stadt Wien hat uns wegen eines Parkverstoßes (E-Scooter, 04.03.2026, Lastenstraße) um Auskunft gebeten. Nach § 103 KFG haben wir folgende Daten übermittelt: ⁅n:Aizhan Mukanova⁆, ⁅h:Lastenstraße 33, 9020 Klagenfurt⁆, Geburtsdatum ⁅b:19.11.1997⁆.

Dein Scootly-Team`,
  },
  {
    lang: 'de',
    kind: 'Fahrzeugübergabe Mietwagen mit Ausweiskopie',
    source: `Übergabeprotokoll Kurzzeitmiete · Station Leipzig Hbf

Mieter: ⁅n:Marthy Feieraisen⁆
Reisepass: ⁅r:⁆ (Kopie nach Prüfung vernichtet)
Führerschein Klasse B seit 2012
Kaution: Kreditkarte ⁅c:s⁆, vorautorisiert 300 €
Mobil während der Miete: ⁅t:+352 691 220 718⁆
Tankstand voll, km 44.182`,
  },
  {
    lang: 'de',
    kind: 'Streckensperrung Betriebsanweisung ohne Personen',
    source: `Betra 26-0311 – Sperrung Gleis 2 zwischen Abzw. Nord und Hbf

Zeitraum: 22.03.2026 23:00 bis 23.03.2026 04:30
Grund: Weichentausch W 14
Betrieb: eingleisig über Gleis 1, Zugfolge nach Fahrplananordnung 7
Ansprechstelle: Fahrdienstleiter Hbf, BASA 96-1211`,
  },
  {
    lang: 'de',
    kind: 'Ombudsstelle Schlichtungsantrag Nahverkehr',
    source: `söp – Schlichtungsstelle für den öffentlichen Personenverkehr
Schlichtungsantrag Nr. 26-11804

Antragsteller: ⁅n:Hjalgrím Mortensen⁆
⁅h:Stationsweg 31, 3511 AX Utrecht⁆
⁅m:hjalgrim.mortensen@proton.me⁆
Gegner: Nahverkehr Leipzig GmbH

Streitgegenstand: Erhöhtes Beförderungsentgelt trotz gültigem Niederlande-Ticket (OV-chipkaart). Forderung: Aufhebung und Erstattung der Mahngebühren (7,50 €).`,
  },
  {
    lang: 'de',
    kind: 'Anwohnerbeschwerde Taxistand',
    source: `An das Ordnungsamt Regensburg

Vor unserem Haus (Zur Alten Wache) warten nachts ständig Taxis mit laufendem Motor. Bitte prüfen Sie, ob der Taxistand verlegt werden kann.

⁅n:Ruwanthi Wijesekara⁆ und ⁅n:Sandun Wijesekara⁆
⁅h:Zur Alten Wache 27, 93047 Regensburg⁆`,
  },
];
