/**
 * Set 15's German hand-written documents: an energy and water supplier, a telecom provider, an
 * insurer, a bank's advice desk, a farm with its co-operative and a farm-animal vet, in Germany,
 * Austria, Switzerland, Luxembourg and German-speaking Belgium. Marks: ⟦code|value⟧ (markup.ts).
 */
export const HAND_DE: { lang: 'de'; kind: string; source: string }[] = [
  {
    lang: 'de',
    kind: 'Zählerwechsel-Ankündigung',
    source: `Stadtwerke Lippstadt GmbH · Am Wasserturm 4 · 59555 Lippstadt

⟦p|Wolfhart Brockmöller⟧
⟦addr|Overhagener Weg 31
59557 Lippstadt⟧

Ankündigung Zählerwechsel – Zähler-Nr. ZN15-448210

Sehr geehrter Herr ⟦p|Brockmöller⟧,

der Stromzähler in Ihrem Haus muss nach dem Mess- und Eichgesetz getauscht werden. Unser Monteur
kommt am 14.01.2027 zwischen 8 und 12 Uhr. Bitte sorgen Sie dafür, dass der Zählerschrank frei
zugänglich ist. Passt der Termin nicht, erreichen Sie die Terminsteuerung unter ⟦tel|02941 282-4410⟧
oder zaehlerwechsel@stadtwerke-lippstadt.de.

Kundennummer 40 118 772 · Vertragskonto 2100 9981 4

Mit freundlichen Grüßen
i. A. ⟦p|Gerhild Ockenfels⟧, Messstellenbetrieb`,
  },
  {
    lang: 'de',
    kind: 'Einzugsmeldung Strom und Gas',
    source: `EINZUGSMELDUNG – bitte vollständig ausfüllen

Neue Verbrauchsstelle (Wohnung)
  Anschrift:        ⟦addr|Lindenallee 9, 2. OG links
                    33098 Paderborn⟧

Kunde
  Name:             ⟦p|Hüttenrauch⟧
  Vorname:          ⟦p|Bertwin⟧
  Geburtsdatum:     ⟦dob|07.05.1983⟧
  Telefon:          ⟦tel|0176 4420 9913⟧
  E-Mail:           ⟦mail|bertwin.huettenrauch@posteo.de⟧
  Bisherige Anschrift: ⟦addr|Kleiststraße 2a, 34117 Kassel⟧

Einzugsdatum:       01.12.2026
Zählerstand Strom:  018 442,7 kWh  (Zähler-Nr. ZN15-772019)
Zählerstand Gas:    04 310,552 m³

SEPA-Lastschrift: ⟦iban|DE16 6157 2711 2744 1882 10⟧
Kontoinhaber:     ⟦p|Bertwin Hüttenrauch⟧

Tarif: „Heimstrom Wilhelmine 24“`,
  },
  {
    lang: 'de',
    kind: 'Auszug mit Schlussablesung (E-Mail)',
    source: `Von: ⟦p|Regula Hürlimann⟧ <⟦mail|regula.huerlimann@bluewin.ch⟧>
An: kundendienst@ewz-sihltal.ch
Betreff: Auszug per 31.12. – Schlussablesung

Grüezi mitenand

Ich ziehe Ende Monat aus der Wohnung an der Seestrasse aus. Die Schlussablesung mache ich gern
selber: Zähler 7 714 203, Stand heute 23 118 kWh. Die Schlussrechnung bitte an meine neue Adresse:

⟦addr|Rebbergstrasse 14
8820 Wädenswil⟧

Für Rückfragen bin ich unter ⟦tel|079 512 33 08⟧ erreichbar.

Freundliche Grüsse
⟦p|Regula Hürlimann⟧`,
  },
  {
    lang: 'de',
    kind: 'Ratenplan-Vereinbarung',
    source: `RATENZAHLUNGSVEREINBARUNG

zwischen der Energieversorgung Lahn-Dill AG (Versorger) und

Frau ⟦p|Theresia Katzensteiner⟧, ⟦addr|Am Klosterberg 6, 35606 Solms⟧ (Kundin)

Offener Betrag aus der Jahresrechnung 2026: 1.284,60 €
Raten: 6 × 214,10 €, fällig jeweils zum 15. eines Monats, erstmals am 15.01.2027
Einzug vom Konto ⟦iban|DE85 1891 0569 5454 4252 60⟧ (Kontoinhaberin: ⟦p|Katzensteiner, Theresia⟧)

Wird eine Rate nicht gezahlt, wird der gesamte Restbetrag fällig. Die Abschläge laufen daneben
unverändert weiter (monatlich 96,00 €).

Solms, den 03.12.2026
_______________________          _______________________
Kundin                           Forderungsmanagement, S. ⟦p|Zeilinger⟧`,
  },
  {
    lang: 'de',
    kind: 'Abschaltandrohung (Österreich)',
    source: `Energie Mühlviertel GmbH
Kundenservice · Linzer Straße 40 · 4240 Freistadt

Herrn
⟦p|Jodokus Wimmleitner⟧
⟦addr|Hinterberg 17
4212 Neumarkt im Mühlkreis⟧

ANDROHUNG DER ABSCHALTUNG – LETZTE MAHNUNG

Sehr geehrter Herr ⟦p|Wimmleitner⟧,

trotz zweier Mahnungen ist der Betrag von 612,34 € (Vertragskonto 3300-118-72) offen. Wenn bis
17.12.2026 kein Zahlungseingang erfolgt, unterbrechen wir gemäß § 82 Abs. 3 ElWOG die Belieferung
frühestens zwei Wochen nach dieser Mahnung. Eine Ratenvereinbarung ist möglich: rufen Sie uns an
(+43 7942 720 55, Mo–Fr 7–17 Uhr) oder schreiben Sie an inkasso@energie-muehlviertel.at.

Bitte beachten Sie unseren Hinweis zur Grundversorgung und zur Energieberatung der Caritas.`,
  },
  {
    lang: 'de',
    kind: 'Wasserzähler-Ablesekarte (ohne Personendaten)',
    source: `Wasserversorgung Oberes Fuldatal – Ablesekarte 2026

Bitte tragen Sie den Zählerstand ein und senden Sie die Karte bis 15.12. zurück.

Zähler-Nr.:       ZN15-903116
Einbauort:        Keller, Hausanschlussraum
Eichjahr:         2021 (Tausch fällig 2027)
Vorjahresstand:   1 204 m³
Neuer Stand:      ____________ m³   Ablesedatum: ___.___.______

Kundennummer und Objekt stehen auf der Rückseite. Sehr geehrte Damen und Herren, bitte prüfen Sie
bei der Ablesung auch, ob das Ventil vor dem Zähler tropft.
Wasserversorgung Oberes Fuldatal, Brunnenweg 2, 36129 Gersfeld (Rhön), Störungsdienst 24 h.`,
  },
  {
    lang: 'de',
    kind: 'Tarifwechsel-Bestätigung Mobilfunk',
    source: `Ihre Vertragsänderung ist bestätigt

Hallo ⟦p|Sieghart Kuckertz⟧,

ab dem 01.01.2027 gilt für Ihre Rufnummer ⟦tel|0157 3390 1146⟧ der Tarif „Mobil L 40 GB“.
Der monatliche Grundpreis beträgt 24,99 € und wird weiter von Ihrer Kreditkarte ⟦card|3791 468840 51420⟧ abgebucht.
Die Mindestlaufzeit verlängert sich nicht.

Kundennummer: K-5502-88170  ·  Auftragsnummer: A15-2026-0043319

Die Rechnung senden wir weiterhin an ⟦mail|s.kuckertz@gmx.net⟧.
Fragen? Unsere Hotline 0800 330 4400 ist kostenlos.

Ihr Service-Team`,
  },
  {
    lang: 'de',
    kind: 'Rufnummernmitnahme-Formular',
    source: `Antrag auf Rufnummernmitnahme (Portierung)

Abgebender Anbieter:   Vodafone GmbH
Aufnehmender Anbieter: Netzwerk Ostwestfalen

Anschlussinhaber/in
  Nachname:           ⟦p|Flachsenberg⟧
  Vorname:            ⟦p|Afra⟧
  Geburtsdatum:       ⟦dob|22.09.1961⟧
  Anschrift:          ⟦addr|Mühlenstraße 3, 32839 Steinheim⟧
  Ausweis-Nr.:        ⟦ausw|LL72JX8CG9⟧ (Identprüfung im Shop)

Zu portierende Rufnummern:
  1. ⟦tel|05233 941 27⟧  (Festnetz)
  2. ⟦tel|05233 941 28⟧  (Fax)
Wunschtermin: zum Vertragsende 28.02.2027

Ich beauftrage die Kündigung meines bisherigen Vertrags und die Mitnahme der Nummern.
Unterschrift: A. ⟦p|Flachsenberg⟧`,
  },
  {
    lang: 'de',
    kind: 'Techniker-Termin-Ticket',
    source: `TICKET #T-15-220871 · Glasfaser-Hausanschluss · Status: Termin vereinbart

Kunde:       ⟦p|Cornelia Infanger⟧
Adresse:     ⟦addr|Dorfstrasse 55, 6390 Engelberg⟧
Kontakt:     ⟦tel|+41 41 637 28 90⟧ (Festnetz), ⟦tel|+41 78 661 04 12⟧ (mobil, bevorzugt)
Termin:      Di, 08.12.2026, 13:00–17:00
Techniker:   ⟦p|Ueli Waldispühl⟧ (Team Innerschweiz)

Notiz Disposition: Hund im Haus, bitte vorher anrufen. OTO-Dose im Keller gesetzt, ONT fehlt noch.
Notiz Techniker: ––`,
  },
  {
    lang: 'de',
    kind: 'Störungsprotokoll Internetanschluss',
    source: `Störungsverlauf Anschluss 5530-771-04 (DSL 100)

2026-11-28 19:02  Kundin ⟦p|Ruxandra Vlăduțescu⟧ meldet Abbrüche abends, Rückruf an ⟦tel|0211 566 30 71⟧
2026-11-28 19:10  Leitungsmessung: Sync 98/38 Mbit/s, CRC-Fehler hoch
2026-11-29 08:44  WAN-IP der Kundin ⟦ip|93.219.44.107⟧, Router sendet keine Logs
2026-11-29 09:15  Port am DSLAM gewechselt (Slot 4/Port 17), Profil „stabil“
2026-11-30 18:30  Kundin bestätigt per Mail (⟦mail|ruxandra.vladutescu@web.de⟧): seit gestern stabil
2026-11-30 18:31  Ticket geschlossen, Bearbeiter ⟦p|Costache Tănăsoiu⟧`,
  },
  {
    lang: 'de',
    kind: 'Kfz-Schadenanzeige',
    source: `KFZ-SCHADENANZEIGE   Versicherungsschein-Nr. POL-15-330417

1. Versicherungsnehmer
   Name, Vorname:   ⟦p|Bettendorf, Romain⟧
   Anschrift:       ⟦addr|12, rue de la Gare
                    L-9515 Wiltz⟧
   Telefon:         ⟦tel|+352 621 448 019⟧
2. Fahrer/in zum Unfallzeitpunkt: ⟦p|Marianne Bettendorf⟧, geb. ⟦dob|11.08.1990⟧
3. Unfallgegner
   Name:            ⟦p|Dalibor Chvojka⟧
   Kennzeichen:     TR-VX 418   Versicherer: HUK-COBURG, Schaden-Nr. des Gegners unbekannt
4. Hergang: Beim Ausparken auf dem Parkplatz des Hofladens in Trier-Ehrang ist der Gegner
   rückwärts gegen unsere Fahrertür gefahren. Zeuge: ⟦p|Fränz Hoscheit⟧ (⟦tel|+352 691 230 775⟧).
5. Polizeilich aufgenommen: nein`,
  },
  {
    lang: 'de',
    kind: 'Hausrat-Schadenmeldung Einbruch',
    source: `Schadenmeldung Hausrat – Einbruchdiebstahl
Schadennummer: SN-15-2026-08841 · Vertrag POL-15-551206

Versicherte Person: ⟦p|Radermacher, Hubertine⟧
Risikoanschrift:    ⟦addr|Herbesthaler Straße 88, 4700 Eupen⟧
Tatzeit:            zwischen 20.11.2026, 18 Uhr und 21.11.2026, 9 Uhr
Polizei:            Anzeige Polizeizone Weser-Göhl, Aktenzeichen EU.55.L4.011902/26

Entwendet:
| Gegenstand            | Anschaffung | Preis    |
|-----------------------|-------------|----------|
| Notebook              | 2024        | 1.099 €  |
| Schmuck (Erbstück)    | –           | ca. 800 €|
| Fahrrad E-Bike        | 2025        | 2.650 €  |

Erstattung bitte auf ⟦iban|BE97 2096 0122 3049⟧. Rückfragen: ⟦mail|h.radermacher@skynet.be⟧`,
  },
  {
    lang: 'de',
    kind: 'Haftpflicht-Schadenbrief (Schweiz)',
    source: `Frau
⟦p|Servatia Brügger⟧
⟦addr|Chilchweg 8
6430 Schwyz⟧

Betrifft: Privathaftpflicht, Schadenfall SN-15-2026-11370

Sehr geehrte Frau ⟦p|Brügger⟧

Ihr Sohn hat am 04.11.2026 beim Fussballspielen die Scheibe des Wintergartens Ihrer Nachbarin,
Frau ⟦p|Verena Waldispühl⟧, beschädigt. Wir übernehmen die Reparatur gemäss Offerte der Glaserei
Brunner AG (CHF 1 840.–) abzüglich Ihres Selbstbehalts von CHF 200.–. Den Betrag überweisen wir
direkt an Frau ⟦p|Waldispühl⟧ auf ⟦iban|CH96 4174 6453 6980 0254 5⟧.

Für Fragen: Schadenservice, ⟦tel|058 280 11 60⟧.
Freundliche Grüsse, ⟦p|Aloisia Mooslechner⟧, Schadenspezialistin`,
  },
  {
    lang: 'de',
    kind: 'Tierkrankenversicherung Erstattungsantrag',
    source: `Erstattungsantrag Tier-OP-Versicherung
Vertrag: POL-15-771543   Tier: Hündin „Frieda“, Berner Sennenhund, Chip 276098106633112

Halterin:  ⟦p|Ingibjörg Ísfeld⟧, ⟦addr|Waldweg 5, 24259 Westensee⟧
Tierarzt:  Tierklinik Kiel-Wellsee, behandelnd: ⟦p|Karmnu Azzopardi⟧
Diagnose:  Kreuzbandriss links, TPLO am 19.11.2026
Rechnung:  2.914,07 € (GOT 3-fach)

Erstattung auf: ⟦iban|DE92 3166 1528 8668 5928 75⟧
Ich erreiche Sie unter ⟦tel|0151 2267 4480⟧ oder ⟦mail|ingi.isfeld@t-online.de⟧.`,
  },
  {
    lang: 'de',
    kind: 'Hagelschaden-Gutachten Ackerbau',
    source: `Schätzungsprotokoll Hagel – Landwirtschaftliche Kulturen
Schaden-Nr.: HG-15-0712 · Betriebsnummer 09 571 402 1187

Landwirt:       ⟦p|Gedeon Pásztor⟧, Tel. ⟦tel|09831 61 20 44⟧
Schätzer:       ⟦p|Hrafnkell Sæmundsson⟧ (Sachverständiger)
Schätzung am:   02.07.2026, Unwetter am 29.06.2026

| Schlag          | Kultur        | Fläche | Schaden |
|-----------------|---------------|--------|---------|
| Müllerwiese     | Winterweizen  | 6,2 ha | 35 %    |
| Am Galgenbuck   | Sommergerste  | 4,8 ha | 20 %    |
| Kappelacker     | Zuckerrüben   | 3,1 ha | 10 %    |

Bemerkung: Lager in Müllerwiese, Ähren geknickt. Nachschätzung vor Ernte vereinbart.`,
  },
  {
    lang: 'de',
    kind: 'Kontoeröffnung Legitimationsprotokoll',
    source: `Legitimationsprüfung (GwG) – Kontoeröffnung Girokonto

Kunde:            ⟦p|Harjit Sekhon⟧
Geburtsdatum:     ⟦dob|30.01.1979⟧     Geburtsort: Jalandhar
Staatsangehörigkeit: deutsch
Ausweisart:       Personalausweis, Nr. ⟦ausw|RL30YZNLK6⟧, gültig bis 04/2031
Wohnanschrift:    ⟦addr|Schillerstraße 71, 63067 Offenbach am Main⟧
Steuer-ID:        ⟦stid|87940132649⟧
Telefon:          ⟦tel|069 8109 2276⟧

Geprüft durch: ⟦p|Kostadinov⟧ (Beraterin), Filiale Offenbach-Zentrum, BIC HELADEF1OFF
Wirtschaftlich Berechtigter: Kunde selbst. PEP: nein.`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Finanzierungsberatung (Luxemburg)',
    source: `Beratungsprotokoll Baufinanzierung – Banque Raiffeisen, Agence Ettelbruck

Datum: 26.11.2026, 10:00–11:20
Anwesend: ⟦p|Mett Kieffer⟧ und ⟦p|Marianne Kieffer⟧ (Kunden), ⟦p|Jängi Wagener⟧ (Berater)

1. Vorhaben: Kauf eines Einfamilienhauses in Diekirch, Kaufpreis 685.000 €.
2. Eigenkapital 140.000 €, davon 40.000 € Bausparvertrag.
3. Einkommen: Herr ⟦p|Kieffer⟧ Landwirt (Milchvieh), Frau ⟦p|Kieffer⟧ Lehrerin.
4. Empfehlung: 25 Jahre Festzins, Sondertilgung 5 % p. a.
5. Kunden wünschen Rückruf unter ⟦tel|+352 26 80 44 12⟧ nach Rücksprache mit dem Steuerberater.

Die Kunden bestätigen, das ESIS-Merkblatt erhalten zu haben.`,
  },
  {
    lang: 'de',
    kind: 'Vorsorgevollmacht Bankvollmacht',
    source: `Vollmacht über den Tod hinaus – Konto ⟦iban|DE86187410675057457177⟧

Kontoinhaberin: ⟦p|Aloisia Zwilling⟧, geb. ⟦dob|14. März 1938⟧
Bevollmächtigter: ⟦p|Wolfhart Zwilling⟧ (Sohn), geb. ⟦dob|02.11.1964⟧,
                  ⟦addr|Tannenweg 18
                  01744 Dippoldiswalde⟧
                  Personalausweis ⟦ausw|MXT8WX2CG3⟧

Der Bevollmächtigte darf über das Guthaben verfügen, Überweisungen tätigen und Daueraufträge
ändern. Die Vollmacht erlischt nicht mit dem Tod der Kontoinhaberin.

Unterschriften im Beisein von ⟦p|Zhelyazkov⟧, Sparkasse Dresden, Filiale Freital.`,
  },
  {
    lang: 'de',
    kind: 'Nachlassabwicklung Erbenaufstellung',
    source: `Nachlass ⟦p|Marinus Schuitemaker⟧, verstorben am 09.10.2026
Erbschein AG Kleve, Az. 4 VI 612/26

Erben laut Erbschein:
| Name                    | Anteil | Anschrift                                   | Konto für Auszahlung           |
|-------------------------|--------|---------------------------------------------|--------------------------------|
| ⟦p|Hendrika Schuitemaker⟧ | 1/2    | ⟦addr|Grenzweg 4, 47559 Kranenburg⟧          | ⟦iban|DE86 1874 1067 5057 4571 77⟧ |
| ⟦p|Cornelis Schuitemaker⟧ | 1/4    | (Niederlande, Anschrift folgt)                | –                              |
| ⟦p|Trijntje Wolterink⟧    | 1/4    | ⟦addr|Bahnhofstraße 22, 47533 Kleve⟧          | ⟦iban|DE16 6157 2711 2744 1882 10⟧ |

Legitimation der Erbin ⟦p|Trijntje Wolterink⟧: Reisepass ⟦pass|KN28TJ9TX6⟧.
Depot wird nach Freigabe durch alle Erben aufgelöst. Bearbeiterin Nachlassservice: ⟦p|Desislava Genova⟧.`,
  },
  {
    lang: 'de',
    kind: 'Landpachtvertrag Auszug',
    source: `§ 1 Pachtgegenstand
(1) Der Verpächter ⟦p|Eyvindur Thoroddsen⟧, wohnhaft ⟦addr|Eichenhof 2, 27404 Zeven⟧, verpachtet
dem Pächter, der Kappeler Milch GbR, vertreten durch ⟦p|Sjoukje Reitsma⟧, folgende Flächen:
    Gemarkung Brauel, Flur 3, Flurstück 44/1 „Müllerwiese“, 4,12 ha Grünland
    Gemarkung Brauel, Flur 3, Flurstück 51 „Große Koppel“, 7,80 ha Acker
§ 3 Pachtzins
(1) Der Pachtzins beträgt 410 € je ha und Jahr, zahlbar am 11.11. (Martini) auf das Konto
⟦iban|DE92316615288668592875⟧ des Verpächters.
§ 9 Die Pachtdauer beträgt zwölf Jahre, beginnend am 01.10.2026.`,
  },
  {
    lang: 'de',
    kind: 'Rinderbestandsregister-Auszug (ohne Personendaten)',
    source: `Bestandsregister Rinder – Auszug HIT, Registriernummer 276 09 123 4567

| Ohrmarke          | Geb.-Datum | Rasse | Geschl. | Zugang     | Abgang     |
|-------------------|------------|-------|---------|------------|------------|
| DE 09 471 88312   | 03.02.2024 | FL    | w       | Geburt     | –          |
| DE 09 471 88319   | 17.02.2024 | FL    | w       | Geburt     | –          |
| DE 01 055 42017   | 11.09.2023 | HF    | m       | 04.10.2023 | 22.11.2026 |
| AT 512 904 118    | 28.03.2025 | FV    | w       | 02.06.2025 | –          |

Bestand am Stichtag 01.12.2026: 84 Tiere. Geburtsdaten sind die der Tiere.`,
  },
  {
    lang: 'de',
    kind: 'Agrarantrag-Checkliste',
    source: `Checkliste Sammelantrag 2027 – Beratung Landwirtschaftskammer

Betrieb: Hofgemeinschaft Sonnenhang, Betriebsnummer 05 766 018 0032
Antragsteller: ⟦p|Tegwen Pugh⟧ (Betriebsleiterin)
Steuer-ID der Antragstellerin: ⟦stid|41 968 309 529⟧
Kontakt: ⟦mail|tegwen.pugh@hof-sonnenhang.de⟧, ⟦tel|02972 30 84 51⟧

[x] Flächenverzeichnis (inkl. Müllerwiese, Kappelacker, Auf dem Brink)
[x] Öko-Regelungen: vielfältige Kulturen, Altgrasstreifen
[ ] Junglandwirteförderung – entfällt
[ ] Nachweis Berufsausbildung – nachreichen

Auszahlung auf: ⟦iban|AT19 4852 6720 1436 0097⟧ (Konto bei der Raiffeisenbank im Grenzgebiet)
Berater: ⟦p|Wojciecha Sobczyk⟧`,
  },
  {
    lang: 'de',
    kind: 'Saisonarbeitskräfte-Meldeliste',
    source: `Saisonkräfte Spargel/Erdbeeren 2026 – Spargelhof Sonnenfeld (Inhaber ⟦p|Fränz Hoscheit⟧), Meldung an die Minijob-Zentrale

| Nr | Name, Vorname            | geb.       | Rentenvers.-Nr. | Steuer-ID    | Unterkunft        |
|----|--------------------------|------------|-----------------|--------------|-------------------|
| 1  | ⟦p|Ptasznik, Radzimir⟧      | ⟦dob|14.03.1971⟧ | ⟦rvnr|04140371P492⟧    | ⟦stid|34275109607⟧  | Haus 2, Zimmer 4  |
| 2  | ⟦p|Wyszomirska, Jaromira⟧   | ⟦dob|02.11.1988⟧ | ⟦rvnr|29021188W106⟧    | –            | Haus 2, Zimmer 5  |
| 3  | ⟦p|Ionuț Cojocaru⟧           | ⟦dob|27.06.1964⟧ | ⟦rvnr|10270664C373⟧    | ⟦stid|68 207 614 937⟧ | Haus 1, Zimmer 1  |

Reisepass-Kopie zu Nr. 2 liegt vor: ⟦pass|JG3MK0Y408⟧ (deutsche Staatsangehörigkeit seit 2019).
Unterkunft: Gesindehaus am Hof (Betriebsanschrift, nicht Wohnsitz). Vorarbeiter: ⟦p|Drahoslav Hlinka⟧, ⟦tel|0160 9402 7715⟧`,
  },
  {
    lang: 'de',
    kind: 'Generalversammlung Molkereigenossenschaft',
    source: `Niederschrift über die ordentliche Generalversammlung der Milchliefergenossenschaft Allgäu-Nord eG
am 20.11.2026 im Gasthof Hirsch, Ottobeuren

Versammlungsleiter: Aufsichtsratsvorsitzende ⟦p|Rosalia Gruberbauer⟧
Protokoll: ⟦p|Villő Szűcs⟧

TOP 3 Bericht des Vorstands: Milchpreis im Mittel 49,8 ct/kg. Vorstand ⟦p|Urmas Põder⟧ erläutert
den Wechsel zur neuen Tankwagenroute über Böhen.
TOP 5 Wahlen: ⟦p|Wolfhart Wappler⟧ wird mit 61 von 64 Stimmen in den Aufsichtsrat gewählt.
TOP 7 Verschiedenes: Mitglied ⟦p|Kreusch⟧ bittet, die Proben künftig zweimal wöchentlich zu ziehen.

Ende der Versammlung 22:40 Uhr.`,
  },
  {
    lang: 'de',
    kind: 'Bestandsbesuch Tierarzt Schweinehaltung',
    source: `Bestandsbetreuung gemäß SchHaltHygV – Besuchsbericht

Betrieb:      Ferkelerzeugung ⟦p|Tõnis Kivirähk⟧, VVVO-Nr. 276 03 457 0012
Tierarzt:     Dr. ⟦p|Tumurbaatar Enkhbold⟧, Tierarztpraxis Vechta-Süd, ⟦tel|04441 90 78 20⟧
Datum:        01.12.2026

Befund: 2 Buchten mit Durchfall bei Absetzferkeln, Kotproben an das LUFA-Labor.
Impfstatus PCV2 und Mycoplasmen in Ordnung. Abgabebeleg Nr. 2026-1187 (Colistin) ausgestellt.
Nächster Besuch: 05.01.2027. Rückfragen an die Praxis: praxis@tierarzt-vechta-sued.de`,
  },
  {
    lang: 'de',
    kind: 'Tierarztrechnung Rinderpraxis (Belgien)',
    source: `Tierarztpraxis Ostbelgien · Malmedyer Straße 12 · 4780 St. Vith · MwSt. BE 0712.446.903

Rechnung Nr. 2026/1544                                     St. Vith, 28.11.2026
An: ⟦p|Lambertine Piront⟧, ⟦addr|Wiesenbachstraße 40, 4780 St. Vith⟧

| Datum      | Leistung                               | Betrag  |
|------------|----------------------------------------|---------|
| 21.11.2026 | Schwergeburt Kuh Ohrmarke BE 5581 0443 | 145,00 |
| 21.11.2026 | Oxytocin, Antibiotikum                  |  38,60 |
| 24.11.2026 | Nachkontrolle                          |  42,00 |

Summe inkl. MwSt.: 249,48 €. Bitte überweisen auf ⟦iban|BE27 3087 0124 6373⟧ (Praxiskonto).
Behandelnder Tierarzt: ⟦p|Servais Bongartz⟧`,
  },
  {
    lang: 'de',
    kind: 'Rückrufnotiz Kundenservice',
    source: `RÜCKRUF ERBETEN – Notiz aus dem Frontoffice (Versicherung)

Für:        ⟦p|Jaroslava Kratochvílová⟧ (Sachbearbeitung Kfz)
Anrufer:    ⟦p|Necmettin Türkoğlu⟧
Rückruf an: ⟦tel|0231 7718 4490⟧, am besten nach 16 Uhr
Anliegen:   Fragt, ob der Gutachter schon beim Fahrzeug war (Schaden SN-15-2026-10227).
            Ist verärgert, Mietwagen läuft seit 10 Tagen.
Aufgenommen: ⟦p|Sevim Aydoğan⟧, 03.12.2026, 11:47`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Gebäudeversicherung',
    source: `⟦p|Emese Baranyi⟧
⟦addr|Am Sonnenhang 3
93309 Kelheim⟧

Bayerische Versicherungskammer
Schadenfreiheitsservice
80530 München

Kündigung meiner Wohngebäudeversicherung, Vertrag POL-15-208866

Sehr geehrte Damen und Herren,

hiermit kündige ich den oben genannten Vertrag fristgerecht zum 01.03.2027, da das Haus verkauft
wurde. Bitte bestätigen Sie mir die Kündigung schriftlich oder an ⟦mail|emese.baranyi@mailbox.org⟧.

Mit freundlichen Grüßen
⟦p|Emese Baranyi⟧`,
  },
  {
    lang: 'de',
    kind: 'Tarifblatt Heizstrom (ohne Personendaten)',
    source: `Preisblatt Wärmestrom „Hildegard Natur“ – gültig ab 01.01.2027

| Bestandteil                        | netto      | brutto     |
|------------------------------------|------------|------------|
| Arbeitspreis HT                    | 24,12 ct   | 28,70 ct   |
| Arbeitspreis NT                    | 19,35 ct   | 23,03 ct   |
| Grundpreis (Zweitarifzähler)       | 8,40 €/Mon | 10,00 €/Mon|

Der Tarif „Hildegard Natur“ ist nach der Hildegardquelle im Fuldatal benannt.
Zähler ZN15-000000 dient nur als Muster. Bankverbindung des Versorgers: BIC GENODEM1GLS.
Sehr geehrte Damen und Herren, Änderungen teilen wir sechs Wochen vorher mit.`,
  },
  {
    lang: 'de',
    kind: 'Ablese-SMS-Verlauf',
    source: `SMS-Verlauf Kundenkonto 40-227-119 (exportiert aus dem Kundenportal)

01.12.26 08:02 Stadtwerke → ⟦tel|+49 171 5560 2281⟧: Bitte melden Sie Ihren Zählerstand bis 07.12.
01.12.26 19:40 ⟦tel|+49 171 5560 2281⟧ → Stadtwerke: Stand 45831, Gruß ⟦p|Tsjerk Posthumus⟧
01.12.26 19:41 Stadtwerke → ⟦tel|+49 171 5560 2281⟧: Danke, Herr ⟦p|Posthumus⟧. Stand übernommen.

Antworten an die Kurzwahl 22777 sind kostenlos.`,
  },
  {
    lang: 'de',
    kind: 'Schadenregulierer-Notizen Leitungswasser',
    source: `Regulierer-Notizen (intern) – Schaden SN-15-2026-09912, Leitungswasser

Ortstermin 30.11.2026 bei VN ⟦p|Satu Häkkinen⟧, ⟦addr|Am Kanal 19, 26871 Papenburg⟧.
Anwesend: VN, Installateur ⟦p|Jesper Skovgaard⟧ (Firma Ems-Haustechnik), ich.
- Bruch der Warmwasserleitung im Estrich, Küche und Flur betroffen
- Trocknung läuft seit 24.11., Messprotokoll liegt vor
- Küche: Sockelleisten aufgequollen, Front der Spüle ersetzen
Empfehlung: Deckung gegeben, Abschlag 3.000 € sofort. Nächster Kontakt: VN mobil ⟦tel|0162 4471 0935⟧.
gez. ⟦p|Hallgerður Bergþórsdóttir⟧`,
  },
  {
    lang: 'de',
    kind: 'Rundschreiben Genossenschaft (ohne Personendaten)',
    source: `RUNDSCHREIBEN 11/2026 an alle Mitglieder der Raiffeisen-Warengenossenschaft

1. Düngerbestellung Frühjahr: Vorbestellung bis 15.01. zu festen Preisen.
2. Getreideannahme: Silo Süd schließt am 20.12.; Restmengen bitte an das Lager Bahnhofstraße 8,
   37154 Northeim (Genossenschaftslager, kein Wohnsitz).
3. Neue Sorte „Ortrun“ Wintergerste im Versuchsfeld an der Müllerwiese zu besichtigen.
4. Kontaktdaten finden Sie wie gewohnt im Mitgliederportal.

Sehr geehrte Damen und Herren, wir wünschen Ihnen frohe Festtage. Ihr Vorstand`,
  },
];
