/** Set 17's German hand-written documents: care and everyday services in DE, AT, CH and the Netherlands. */
export const HAND_DE: { lang: 'de'; kind: string; source: string }[] = [
  {
    lang: 'de',
    kind: 'pflegeplan',
    source: `Pflegeplanung – Haus Lindenhof, Wohnbereich 2, Zimmer 14
Bewohnerin: ⟦p|Gesche Brünjes⟧, geb. ⟦b|03.11.1936⟧
Pflegegrad 3 · Bezugspflegekraft: ⟦p|Dietlind Hübenthal⟧
Problem: Sturzgefahr nachts; Ziel: keine Stürze; Maßnahme: Bettgitter nach Rücksprache, Nachtlicht.
Medikation siehe MAR (Ramipril 5 mg 1-0-0, Pantoprazol 20 mg 1-0-0).`,
  },
  {
    lang: 'de',
    kind: 'schichtuebergabe',
    source: `Übergabe Frühdienst → Spätdienst, 14:05
- Zi. 7 Hr. ⟦p|Wölfling⟧: RR 150/90, Arzt informiert, Rückruf steht aus.
- Zi. 9 Fr. ⟦p|Hedwiga Oltmanns⟧: hat kaum gegessen, Trinkprotokoll weiterführen.
- Zi. 12 unbelegt seit gestern.
- Tochter von Hr. ⟦p|Sprengart⟧ ruft gegen 16 Uhr an: ⟦t|0176 48813920⟧.
gez. ⟦p|Ansgar⟧ (Frühdienst)`,
  },
  {
    lang: 'de',
    kind: 'medikamentenrunde',
    source: `Medikamentenrunde 08:00 – Station Weidenhof
Zi. 3  ⟦p|Loidolt, Blasius⟧      Metformin 500 mg   ✓
Zi. 4  ⟦p|Zehetgruber, Loisl⟧    Torasemid 10 mg    ✓  (Gewicht 71,4 kg)
Zi. 5  ⟦p|Weißenbacher, Isidor⟧  L-Thyroxin 75 µg   verweigert – erneut 09:00
Gestellt: ⟦p|Theres Bieri⟧ · Kontrolle: ⟦p|Gallus Schüpbach⟧`,
  },
  {
    lang: 'de',
    kind: 'angehoerigenliste',
    source: `Kontaktliste Angehörige – Bewohner ⟦p|Engelbrecht Kalchgruber⟧ (Zi. 21)
1. Sohn: ⟦p|Reinold Kalchgruber⟧, ⟦t|+43 664 2817733⟧, ⟦e|reinold.kalchgruber@gmx.at⟧
2. Schwiegertochter: ⟦p|Nives Horvatinčić⟧, ⟦t|+43 699 10455281⟧
   ⟦h|Gablenzgasse 38/7, 1150 Wien⟧
Bei Notfällen zuerst Nr. 1 anrufen, nachts nur Nr. 2.`,
  },
  {
    lang: 'de',
    kind: 'ambulante-pflege-tourenplan',
    source: `Tourenplan Ambulanter Pflegedienst Elbufer – Tour 4, Di 11.11.
07:10 ⟦p|Hiltje Tichelaar⟧, ⟦h|Moorweg 9, 21614 Buxtehude⟧ – Insulin, Kompression
07:45 ⟦p|Gerben Veldkamp⟧, ⟦h|Am Fleth 22, 21614 Buxtehude⟧ – Grundpflege
08:30 ⟦p|Geesje Vlietstra⟧ – Schlüssel im Tresor Nr. 17 – Verbandwechsel
Fahrerin: ⟦p|Dubravko Brkljačić⟧ vertritt heute, Diensthandy ⟦t|0151 22908714⟧`,
  },
  {
    lang: 'de',
    kind: 'pflegevertrag-stammdaten',
    source: `Stammdatenblatt Pflegevertrag
Name: ⟦p|Rademächer⟧   Vorname: ⟦p|Gunthram⟧
Geburtsdatum: ⟦b|17.02.1941⟧
Anschrift: ⟦h|Kastanienallee 5
49074 Osnabrück⟧
Rentenversicherungsnr.: ⟦s|17021941 Rademächer m⟧
Steuer-ID: ⟦x|⟧
Abbuchung Eigenanteil von IBAN ⟦i|DE g⟧
Betreuer: ⟦p|Dimosthenis Zervas⟧, Tel. ⟦t|0541 3378120⟧`,
  },
  {
    lang: 'de',
    kind: 'rezeptabholung-apotheke',
    source: `Apotheke am Markt – Abholschein Nr. 4471
Für: ⟦p|Kunegunda Żmuda⟧
Abholung durch: Ehemann ⟦p|Ludomir Żmuda⟧ (Vollmacht liegt vor)
Präparat: Eliquis 5 mg, 200 St., PZN 05140180 – vorrätig ab Do 14 Uhr
Rückruf an ⟦t|030 4419 2260⟧`,
  },
  {
    lang: 'de',
    kind: 'botendienst-liste',
    source: `Botendienst Linden-Apotheke · Fahrt 2 · Fahrer: ⟦p|Tiberiu Văcărescu⟧
| # | Kunde | Adresse | Betrag |
| 1 | ⟦p|Florica Băluță⟧ | ⟦h|Schillerstr. 41, 70173 Stuttgart⟧ | 12,48 € bar |
| 2 | ⟦p|Mugurel Hâncu⟧ | ⟦h|Hegelplatz 3, 70174 Stuttgart⟧ | bezahlt |
| 3 | Pflegeheim St. Anna, Olgastraße 80 | – | Sammelrechnung |`,
  },
  {
    lang: 'de',
    kind: 'apotheke-kundenkarte',
    source: `Antrag Kundenkarte – Rosen-Apotheke Zürich
Name, Vorname: ⟦p|Aeschbacher, Hansruedi⟧
Geburtsdatum: ⟦b|09.06.1958⟧
Mobile: ⟦t|079 514 22 87⟧
E-Mail: ⟦e|h.aeschbacher@bluewin.ch⟧
☑ Medikamentendossier führen  ☐ Newsletter`,
  },
  {
    lang: 'de',
    kind: 'fitness-mitgliedsvertrag',
    source: `Mitgliedsvertrag Nr. M-20931 · FitWerk Bremen
Mitglied: ⟦p|Doruk Kocaoğlu⟧, geb. ⟦b|22.08.1997⟧
⟦h|Falkenstraße 17, 28195 Bremen⟧
Laufzeit 12 Monate, 34,90 €/Monat, Beginn 01.12.
SEPA-Lastschrift von ⟦i|DE g⟧, Kontoinhaber ⟦p|Doruk Kocaoğlu⟧
Unterschrift: ______________`,
  },
  {
    lang: 'de',
    kind: 'trainernotiz',
    source: `Trainernotiz (intern), 05.11.
⟦p|Nehir Çakır⟧ – Knie re. nach OP, keine Sprünge bis Januar. Kniebeugen nur bis 90°.
Nächster Termin Fr 17:30 mit ⟦p|Alperen⟧. Handy von ⟦p|Nehir⟧: ⟦t|0157 34900217⟧`,
  },
  {
    lang: 'de',
    kind: 'vereinsaufnahme',
    source: `Aufnahmeantrag Schwimmverein Delphin 1921 e.V.
Mitglied (Kind): ⟦p|Hylke Wijbenga⟧, geboren am ⟦b|14. März 2016⟧
Erziehungsberechtigte: ⟦p|Wytske Sikkema⟧
Anschrift: ⟦h|Deichstraße 4a, 26721 Emden⟧
Telefon: ⟦t|04921 998 41 17⟧ · E-Mail: ⟦e|wytske.sikkema@web.de⟧
Beitrag 96 €/Jahr – Mitgliedsnummer wird nachgereicht.`,
  },
  {
    lang: 'de',
    kind: 'friseur-terminbuch',
    source: `Salon Haarwerk · Terminbuch Sa 15.11.
09:00  Waschen/Schneiden/Föhnen  ⟦p|Jozefien Kolkman⟧  ⟦t|0172 6690314⟧
09:45  Strähnen                   ⟦p|Zelal Zagrosî⟧     (Folie, 2 Std.)
11:45  Herrenschnitt              ⟦p|Harmen⟧ – Stammkunde, keine Nummer
12:15  frei
13:00  Farbe 6.1 + Schnitt        ⟦p|İpek Gümüşsoy⟧  ⟦t|0160 3312958⟧`,
  },
  {
    lang: 'de',
    kind: 'kosmetik-anamnese',
    source: `Kosmetikstudio Blütezeit – Anamnesebogen
Kundin: ⟦p|Aikaterini Papastergiou⟧
Geburtsdatum: ⟦b|1989-05-30⟧
Allergien: Nickel, Duftstoffe. Schwanger: nein. Medikamente: keine.
Behandlung: Fruchtsäurepeeling 30 %, Einwirkzeit 3 min.
Einverständnis: ✓ ⟦p|A. Papastergiou⟧`,
  },
  {
    lang: 'de',
    kind: 'fahrschule-anmeldung',
    source: `Fahrschule Kurvenreich – Anmeldung Klasse B
Fahrschüler: ⟦p|Ishita Kushwaha⟧
Geburtsdatum: ⟦b|02.01.2007⟧, Geburtsort: Lucknow
Personalausweis-Nr.: ⟦k|⟧
Anschrift: ⟦h|Glockengießerwall 12, 20095 Hamburg⟧
Erziehungsberechtigter: ⟦p|Vihaan Shrivas⟧, ⟦t|+49 40 22 87 19 03⟧
Sehtest liegt vor, Erste-Hilfe-Kurs am 22.11.`,
  },
  {
    lang: 'de',
    kind: 'fahrstunden-protokoll',
    source: `Ausbildungsnachweis – Fahrstunde 14 (Überland), 45 min
Schüler: ⟦p|Ritvik Vajpeyi⟧  Fahrlehrer: ⟦p|Köbi Zbinden⟧
Schwächen: Blick in den toten Winkel beim Einfädeln, zu früh gebremst an Kreuzung B 27.
Nächste Stunde: Autobahn, Di 08:00, Treffpunkt Büro.`,
  },
  {
    lang: 'de',
    kind: 'hochzeitsplaner-checkliste',
    source: `Hochzeit ⟦p|Mahnaz Kashani⟧ & ⟦p|Farzad Yazdani⟧ – 06.06.2026, Schloss Ahrenthal
✓ Standesamt bestätigt   ✓ Caterer (Menü B, 84 Gäste)
☐ DJ-Vertrag zurück   ☐ Tischplan bis 30.04.
Ansprechpartnerin Familie Braut: ⟦p|Maryam-Sadat Navabi⟧, ⟦t|0221 97 45 612⟧
Anzahlung 2.500 € eingegangen.`,
  },
  {
    lang: 'de',
    kind: 'eventplaner-gaesteliste',
    source: `Gästeliste 70. Geburtstag – Übernachtung Hotel Sonnenhang
Name;Zimmer;Anreise;Allergie
⟦p|Rosanna Cacciapuoti⟧;Zimmer 12;Fr;keine
⟦p|Gaspare Vitiello⟧;Zimmer 12;Fr;Nüsse
⟦p|Immacolata Sant’Ambrogio⟧;Zimmer 15;Sa;Laktose
Rückfragen an Organisatorin feste@sonnenhang-events.de`,
  },
  {
    lang: 'de',
    kind: 'fotografen-auftrag',
    source: `Auftragsbestätigung Fotostudio Lichtblick
Auftraggeberin: ⟦p|Margarida Quintas⟧, ⟦h|Rua-Augusta-Weg 3, 60311 Frankfurt am Main⟧
Shooting: Familienporträt, Sa 22.11., 10:00–12:00, Studio
Preis 390 € inkl. 15 bearbeiteten Bildern; Zahlung per Kreditkarte ⟦c| ⟧
Bildrechte: private Nutzung.`,
  },
  {
    lang: 'de',
    kind: 'nachhilfe-vereinbarung',
    source: `Nachhilfevereinbarung Mathe, Kl. 9
Schülerin: ⟦p|Amaia Olaizola⟧ · Mutter: ⟦p|Arantxa Aldasoro⟧
Lehrkraft: ⟦p|Unai Urrutia⟧, ⟦e|unai.urrutia@posteo.de⟧
Mi 16:00–17:30, 22 €/Std., monatlich per Überweisung auf ⟦i|DE⟧.`,
  },
  {
    lang: 'de',
    kind: 'tiersitter-uebergabe',
    source: `Übergabezettel Katzenbetreuung
Katzen: Mimi & Kasimir (Futter: 2× tgl. Nassfutter, Schrank links)
Halterin: ⟦p|Yasmina Qasim⟧, erreichbar im Urlaub unter ⟦t|+49 1522 4070918⟧
Wohnung: ⟦h|Lerchenfeldstraße 8, 3. OG, 80538 München⟧ – Schlüssel beim Nachbarn
Tierarzt: Dr. ⟦p|Zehetgruber⟧, Praxis ⟦t|089 29 31 44⟧`,
  },
  {
    lang: 'de',
    kind: 'reinigung-auftrag',
    source: `Reinigungsservice Glanzstück – Auftrag R-3382
Kundin: ⟦p|Miroslava Štěpánková⟧
Objekt: ⟦h|Hauptstraße 112, 4051 Basel⟧, 3,5 Zi., alle 14 Tage Mi
Schlüsselübergabe: Hausmeister; Alarmcode wird telefonisch durchgegeben.
Reinigungskraft: ⟦p|Nasteho Ugaas⟧`,
  },
  {
    lang: 'de',
    kind: 'umzug-besichtigung',
    source: `Umzugsunternehmen Weitwinkel – Besichtigungsprotokoll
Kunde: ⟦p|Kamil Navrátil⟧, Tel. ⟦t|0351 8640 2274⟧
Von: ⟦h|Bautzner Str. 77, 01099 Dresden⟧ (4. OG, kein Aufzug)
Nach: ⟦h|Wiesenweg 2, 01465 Dresden⟧
Volumen ca. 34 m³, Klavier, 2 Helfer extra. Halteverbotszone beantragen.`,
  },
  {
    lang: 'de',
    kind: 'umzug-rechnung',
    source: `Rechnung Nr. 2026-1187 – Umzug am 08.11.
An: ⟦p|Vlasta Holub⟧, ⟦h|Wiesenweg 2, 01465 Dresden⟧
Pauschale 1.640,00 €, Halteverbot 85,00 €, MwSt. 19 %.
Bitte überweisen auf unser Konto DE-IBAN siehe Briefkopf; Ihre Kundennr. K-55012.`,
  },
  {
    lang: 'de',
    kind: 'whatsapp-chat-pflege',
    source: `[12.11.26, 19:42] ⟦p|Sanaa Shaheen⟧: Hallo, ist Mama heute gut ins Bett gekommen?
[12.11.26, 19:50] Pflege Haus Rosenau: Ja, alles ruhig. Sie hat nach ⟦p|Hamza⟧ gefragt 🙂
[12.11.26, 19:51] ⟦p|Sanaa Shaheen⟧: Danke! Er kommt Sonntag. Seine Nummer falls was ist: ⟦t|0177 2381 905⟧`,
  },
  {
    lang: 'de',
    kind: 'sturzprotokoll',
    source: `Sturzereignisprotokoll Nr. 41/2026
Bewohner: ⟦p|Kosmas Stamatakis⟧, Zi. 8, geb. ⟦b|29.09.1933⟧
Zeit: 03:40, im Bad, keine sichtbaren Verletzungen, Vitalzeichen stabil.
Meldung an Hausarzt und Sohn ⟦p|Athanasios Stamatakis⟧ (⟦t|0911 5560 318⟧) um 07:15.
Dokumentiert: ⟦p|Bethli Wyssbrod⟧`,
  },
  {
    lang: 'de',
    kind: 'personalbogen-pflegehelfer',
    source: `Personalfragebogen – Pflegehelferin (Minijob)
Name: ⟦p|Akinyi Owuor⟧
Anschrift: ⟦h|Ringstraße 19, 67061 Ludwigshafen⟧
Geburtsdatum: ⟦b|11.04.1994⟧
Steuer-IdNr.: ⟦x|g⟧
Sozialversicherungsnr.: ⟦s|11041994 Owuor f⟧
Reisepass-Nr. (Aufenthaltstitel angeheftet): ⟦r|⟧
Bankverbindung: ⟦i|DE g⟧`,
  },
  {
    lang: 'de',
    kind: 'fitness-checkin-log',
    source: `CHECKIN-LOG Studio Nord 2026-11-14
06:58:12 Karte 0044718 ⟦p|Mauriz Wüthrich⟧ OK
07:03:40 Karte 0051902 ⟦p|Trudi Tschannen⟧ OK
07:05:02 Karte 0031177 UNBEKANNT – abgewiesen
07:11:29 App-Login ⟦p|Fridolin Gfeller⟧ von ⟦a|85.195.240.17⟧ OK`,
  },
  {
    lang: 'de',
    kind: 'preisliste-salon',
    source: `Preisliste – Salon Haarwerk (gültig ab 01.01.2026)
Damen Schnitt kurz 39 € · lang 49 € · Farbe ab 55 € · Strähnen ab 69 €
Herren Schnitt 28 € · Maschine 18 € · Bart 12 €
Kinder bis 10 J. 18 €
Öffnungszeiten Di–Fr 9–18 Uhr, Sa 8–14 Uhr. Termine nur nach Vereinbarung.`,
  },
  {
    lang: 'de',
    kind: 'heimaushang',
    source: `Aushang Wohnbereich 2
Sehr geehrte Damen und Herren, liebe Bewohnerinnen und Bewohner,
am Donnerstag findet um 15 Uhr im Gemeinschaftsraum (Zimmer 1) das Herbstfest statt.
Die Grippeimpfung erfolgt am 20.11. in Zimmer 3; bitte Impfpass mitbringen.
Ihre Heimleitung`,
  },
  {
    lang: 'de',
    kind: 'apotheke-notdienst',
    source: `Notdienstplan November – Apotheken im Bezirk Mitte
Mo 03.11. Löwen-Apotheke · Di 04.11. Apotheke am Markt · Mi 05.11. Rosen-Apotheke
Artikel der Woche: Ibuprofen 400 mg, 20 St., PZN 01016093, 3,95 €
Buchungsnr. für Impftermine: BK-40731 bis BK-40790 vergeben.`,
  },
  {
    lang: 'de',
    kind: 'kursplan-fitness',
    source: `Kursplan KW 47 – FitWerk
Mo 18:00 Rücken Fit (Raum 2) · Di 19:00 Spinning (Raum 1) · Mi 10:00 Reha-Sport (Raum 3)
Do 18:30 Yoga · Fr 17:00 Boxen
Kurs ausgebucht? Warteliste am Empfang. Mitgliedsnummer bitte angeben.`,
  },
  {
    lang: 'de',
    kind: 'kuendigung-mitgliedschaft',
    source: `⟦p|Blodwen Llewelyn⟧
⟦h|Im Winkel 6
53111 Bonn⟧

FitWerk Bonn, Kundenservice
Kündigung meiner Mitgliedschaft Nr. M-18842

Sehr geehrte Damen und Herren,
hiermit kündige ich fristgerecht zum 31.12.2026. Bitte bestätigen Sie an ⟦e|blodwen.llewelyn@t-online.de⟧.
Mit freundlichen Grüßen
⟦p|Blodwen Llewelyn⟧`,
  },
  {
    lang: 'de',
    kind: 'partnervermittlung-profil',
    source: `Profilaufnahme Partnervermittlung Herzenssache (vertraulich)
Mitglied: ⟦p|Sebastião Esteves⟧, 58 J., geb. ⟦b|04/07/1968⟧, verwitwet
Wohnort: Graz · Kontakt nur über Agentur: kontakt@herzenssache.at, +43 316 81 77 20
Wünsche: Nichtraucherin, Wandern, Kochen.
Berater: ⟦p|Isidor Loidolt⟧`,
  },
];
