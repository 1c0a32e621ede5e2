import type { HandDocument } from './markup.js';
import { Lehmer, card, document, iban, pensionNumber, taxId } from './values.js';

// Checksum values are computed once, from a fixed seed, so the documents are the same on every run.
const r = new Lehmer(70_001);

/** German documents as private people send and hold them, and as small firms write them about people. */
export const HAND_DE: HandDocument[] = [
  {
    lang: 'de',
    kind: 'beschwerde-an-versandhandel',
    source: `Betreff: Bestellung 2026-118734 – Rücksendung nicht gutgeschrieben

Sehr geehrte Damen und Herren,

am 14.10. habe ich die Daunenjacke „Nordkap Parka“ (Art.-Nr. 55-2031-XL) zurückgeschickt, Sendungsnummer 00340434161094027318. Bis heute ist keine Gutschrift da. Ich bitte um Erstattung auf mein Konto «I|${iban(r, 'DE')}».

Erreichbar bin ich tagsüber unter «T|0176 48823017».

Mit freundlichen Grüßen
«P|Walburga Hövelmann»
«A|Kiebitzstieg 12
26721 Emden»`,
  },
  {
    lang: 'de',
    kind: 'whatsapp-familiengruppe',
    source: `[02.11.26, 19:04] «P|Gülten»: Kinder, Oma hat am 2. Dezember Geburtstag, wer bringt den Kuchen?
[02.11.26, 19:06] «P|Kutay»: ich! Schwarzwälder Kirsch wie immer 😄
[02.11.26, 19:07] «P|Bahar Gökdemir»: Die neue Adresse von Tante «P|Nurdan» ist übrigens «A|Am Krähenhorst 3b, 91522 Ansbach», falls jemand eine Karte schickt
[02.11.26, 19:09] «P|Gülten»: danke. Oma ist geb. «D|02.12.1941», also 85!!
[02.11.26, 19:11] «P|Kutay»: Ich hab bei Tchibo eine Kaffeemaschine gesehen, Modell Esperto Caffè, vielleicht zusammenlegen?
[02.11.26, 19:15] «P|Bahar Gökdemir»: Ja. Geld an mich: «I|${iban(r, 'DE', false)}»`,
  },
  {
    lang: 'de',
    kind: 'elternverteiler-kita',
    source: `Von: Elternbeirat Kita Pusteblume <«E|elternbeirat.pusteblume@kitaverein-suedstadt.de»>
An: Eltern Gruppe Igel
Betreff: Laternenfest + Liste Kuchenspenden

Liebe Eltern,

am Laternenfest (11.11.) ziehen wir um 17 Uhr vom Kita-Hof zur Martin-Luther-Kirche. Bitte tragt euch für Kuchen ein:

- Apfelkuchen: «P|Ruolan Qiao» (Mama von «P|Shuhui»)
- Muffins: «P|Jeroen van Houten»
- Brezeln: Familie «P|Kazemipour»
- Glühwein für Erwachsene: «P|Eckart Quadflieg», Rückfragen «T|0151 77230918»

Wer noch einen Laternenstab braucht: bei «P|Shabnam» melden («E|shabnam.kazemipour+kita@posteo.de»).

Viele Grüße
Euer Elternbeirat`,
  },
  {
    lang: 'de',
    kind: 'fahrschule-anmeldung',
    source: `FAHRSCHULE KRÜGER & SOHN – Anmeldung Klasse B
Schüler/in: «P|Tarkan Karaosmanoğlu»
Geburtsdatum: «D|17.06.2009»  Geburtsort: Kassel
Anschrift: «A|Tilsiter Str. 48, 34127 Kassel»
Tel. Eltern: «T|0561/8827731»  Handy: «T|0160 9921374»
E-Mail: «E|tarkan.k09@gmx.net»
Begleitetes Fahren (BF17): ja – Begleitperson 1: «P|Sertaç Karaosmanoğlu», Begleitperson 2: «P|Gülten Eryılmaz-Karaosmanoğlu»
Sehtest: Optiker Fielmann, 03.09.26 – Erste-Hilfe-Kurs: DRK Kassel
Zahlung: Lastschrift von «I|${iban(r, 'DE')}»`,
  },
  {
    lang: 'de',
    kind: 'zahnarzt-recall',
    source: `Zahnarztpraxis Dr. med. dent. «P|Oldenkott»
Lindenplatz 4 · 54290 Trier · Tel. «T|0651 440 22-0»

Frau
«P|Sidonie Courtois»
«A|Obere Mühlgasse 9
54290 Trier»

Trier, 20.11.2026

Erinnerung an Ihre Kontrolluntersuchung

Sehr geehrte Frau «P|Courtois»,

Ihre letzte Vorsorgeuntersuchung liegt über sechs Monate zurück. Für Ihr Bonusheft (Patientennr. 40871, geb. «D|09.04.1979») empfehlen wir einen Termin noch in diesem Jahr. Bitte rufen Sie uns an oder buchen Sie über Doctolib.

Ihr Praxisteam`,
  },
  {
    lang: 'de',
    kind: 'tanzschule-kursliste',
    source: `Tanzschule Sommerfeld – Kurs Discofox Anfänger (Do 19:30)
Paar;Herr;Dame;Telefon;E-Mail;bezahlt
1;«P|Radovan Zelenka»;«P|Radka Zelenka»;«T|0172 5530981»;«E|r.zelenka@t-online.de»;ja
2;«P|Leopold Pfandl»;«P|Hemma Schachinger»;«T|+43 664 2210 557»;«E|hemma.schachinger@gmx.at»;nein
3;«P|Chirag Awasthi»;«P|Tanvi Awasthi»;«T|0157 33810246»;;ja
4;«P|Ruedi Häberli»;«P|Seraphine»;;«E|ruedi.haeberli@bluewin.ch»;ja
Hinweis: Raum "Wiener Walzer" (Saal 2), Getränke an der Bar "Tango"`,
  },
  {
    lang: 'de',
    kind: 'werkstatt-auftrag',
    source: `KFZ-MEISTERBETRIEB OTTO BRANDES GMBH · Auftrag 26-4471
Kunde: «P|Wastl Oberhauser»   Kd-Nr. 10993
Tel: «T|+49 (0)170 4418 2093»
Fahrzeug: VW Passat Variant 2.0 TDI, FIN WVWZZZ3CZJE118840, Kz. AN-WO 77
Arbeiten: Inspektion nach Herstellervorgabe, Bremsbeläge VA, Wischerblätter Bosch Aerotwin
Abholung durch: «P|Zenzi Oberhauser» (Ehefrau) – Ausweis vorgezeigt, Nr. «K|${document(r, 'id')}»
Bemerkung: Kunde wünscht Rückruf vor Mehrarbeiten über 150 €.`,
  },
  {
    lang: 'de',
    kind: 'friseur-kundenkartei',
    source: `salon haarmonie – kundenkarte
name: «P|nisreen qaddoura»
geb.: «D|3.8.88»
tel: «T|0176 2290 4418»
farbe: wella koleston 7/1 + 6% (1:1), 35 min
allergie: keine bekannt
notiz: möchte keine termine montags. empfohlen von «P|dima shunnar».`,
  },
  {
    lang: 'de',
    kind: 'uebersetzungsbuero-auftrag',
    source: `Übersetzungsbüro Lingua Franca Halle – Auftragsbestätigung Nr. Ü-2026-0611

Auftraggeber: «P|Mstislav Yermolaev»
Anschrift: «A|Ginsterpfad 22, 06110 Halle (Saale)»
E-Mail: «E|m.yermolaev@mailbox.org»

Zu übersetzen (Russisch → Deutsch, beglaubigt):
1. Geburtsurkunde «P|Yermolaev, Mstislav Prokhorovich», geb. am «D|23. Februar 1987» in Perm
2. Heiratsurkunde «P|Yermolaev»/«P|Rozhkova», Standesamt Perm
3. Diplom der Staatlichen Universität Perm

Preis: 3 × 45,00 € zzgl. MwSt. – Lieferung per Post.`,
  },
  {
    lang: 'de',
    kind: 'nachbarschaftsaushang',
    source: `LIEBE NACHBARN IM HAUS WEIDENKAMP 14!

Am Samstag, 28.11., feiern wir ab 20 Uhr den 40. Geburtstag von «P|Isfried» – es könnte etwas lauter werden. Wer mitfeiern will: 2. OG links, einfach klingeln.

Bei Beschwerden bitte direkt anrufen: «T|0163 4471 920» («P|Friedlinde Etzold»)

Danke für euer Verständnis!`,
  },
  {
    lang: 'de',
    kind: 'mietersms-vermieter',
    source: `Hr. «P|Rosskopf», 07:12: Guten Morgen, die Heizung im Bad ist wieder kalt. Kann der Monteur heute?
Vermieter (08:40): Moin, ich schick Firma Kältetechnik Nord vorbei. Die melden sich unter Ihrer Nummer «T|0179 6620 173»?
Hr. «P|Rosskopf», 08:41: Ja. Ich bin ab 14 Uhr da. Schlüssel sonst bei Frau «P|Dierkes» im EG.
Vermieter (08:43): Ok 👍 Und denken Sie an die Nebenkostenabrechnung, Nachzahlung 212,40 €.`,
  },
  {
    lang: 'de',
    kind: 'lebenslauf',
    source: `LEBENSLAUF

Persönliche Daten
Name:            «P|Kenshiro Higashide»
Geburtsdatum:    «D|11. Juli 1996»
Anschrift:       «A|Zum Steinbruch 5
                 17489 Greifswald»
Telefon:         «T|+49 157 3304 8812»
E-Mail:          «E|kenshiro.higashide@posteo.de»

Berufserfahrung
2022–heute   Laborant, Fraunhofer-Institut, Greifswald
2019–2022    Ausbildung Biologielaborant, Universitätsmedizin Greifswald

Sprachen: Deutsch (Muttersprache), Japanisch (fließend), Englisch (C1)
Referenzen: Prof. Dr. «P|Adelgunde Eulenbruch» (Betreuerin)`,
  },
  {
    lang: 'de',
    kind: 'anschreiben-bewerbung',
    source: `Bewerbung als Erzieherin – Ihre Anzeige auf Indeed vom 02.11.2026

Sehr geehrte Frau «P|Tiefenthal»,

mit großem Interesse habe ich Ihre Stellenanzeige für die Kita Sonnenblume gelesen. Seit 2019 arbeite ich im Montessori-Kinderhaus Regenbogen in Trier …

Ich freue mich auf ein persönliches Gespräch.

Mit freundlichen Grüßen
«P|Ileana Păunescu»
«T|0151 2308 7714» · «E|ileana.paunescu@web.de»`,
  },
  {
    lang: 'de',
    kind: 'einladung-hochzeit-rsvp',
    source: `Zusagen Hochzeit «P|Rini» & «P|Galih» – Stand 01.12.

Name | Personen | Essen | Kontakt
«P|Sulastri Lubis» | 2 | vegetarisch | «T|0176 99012 331»
«P|Triyono Saragih» | 1 | Fisch | «E|triyono.saragih@gmail.com»
Familie «P|Wijayakusuma» | 4 | 2x Kinderteller | –
«P|Endang Simanjuntak» | 1 | Rind Rendang | «T|+62 812 3344 5566»
Absagen: «P|Wulandari Kusumawati» (Dienst), Trauzeugen-Team "Team Nasi Goreng" gibt Bescheid.`,
  },
  {
    lang: 'de',
    kind: 'vereinsmitgliederliste',
    source: `TSV Blau-Weiß 1911 e. V. – Abteilung Tischtennis – Mitglieder (intern)
Nr|Nachname|Vorname|geb.|Anschrift|Beitrag
0412|«P|Bednarczyk»|«P|Lech»|«D|1961-03-30»|«A|Hagebuttenweg 17, 88045 Friedrichshafen»|Lastschrift
0419|«P|Gąsiorek»|«P|Danuta»|«D|1970-11-02»|«A|Weidenkamp 3, 88045 Friedrichshafen»|bar
0433|«P|Zumsteg»|«P|Curdin»|«D|2008-05-19»|«A|Tilsiter Str. 2, 88045 Friedrichshafen»|Lastschrift
Abteilungsleiter: «P|Bořivoj Dvořáček»`,
  },
  {
    lang: 'de',
    kind: 'krankmeldung-schule',
    source: `hallo frau «P|grzelak»,

mein sohn «P|abhinav» (klasse 6b) ist heute krank und kommt nicht zur schule. er hat fieber, wir gehen morgen zum kinderarzt.

viele grüße
«P|mridula bajpai»
«T|0157 8820 3316»`,
  },
  {
    lang: 'de',
    kind: 'forum-beitrag-mietrecht',
    source: `Forum Mietrecht › Kaution nicht zurück – was tun?

Verfasst von: altbauliebe_74 · Mo 23. Nov 2026, 21:14

Hallo zusammen,
mein Ex-Vermieter (Herr «P|Nachimuthu», wohnt selbst im Haus «A|Hagebuttenweg 40, 34127 Kassel») rückt seit 8 Monaten die Kaution nicht raus. Hab ihn schriftlich aufgefordert, keine Reaktion. Mieterverein Kassel sagt Mahnbescheid. Erfahrungen?

Antwort von Paragraphenreiter · Mo 23. Nov 2026, 22:01
> rückt seit 8 Monaten die Kaution nicht raus
Nach 6 Monaten ist in der Regel abzurechnen. Mahnbescheid online beantragen, kostet wenig.`,
  },
  {
    lang: 'de',
    kind: 'kundenbewertung',
    source: `★★☆☆☆ "Freundlich, aber chaotisch" – Autohaus Zwickel, Ansbach

Verkäufer Herr «P|Hasselkus» war nett, aber der Skoda Octavia war bei Abholung nicht gewaschen und das Navi (Columbus) ging nicht. Erst nach drei Anrufen hat die Werkstatt reagiert. Für ein Autohaus mit „Premium Service“ im Namen enttäuschend.

– «P|Notker F.», verifizierter Kauf`,
  },
  {
    lang: 'de',
    kind: 'vollmacht-privat',
    source: `VOLLMACHT

Hiermit bevollmächtige ich,
«P|Evdokia Polyakova», geb. «D|14.01.1950», wohnhaft «A|Obere Mühlgasse 31, 54290 Trier»,

meine Tochter «P|Klavdia Gribov» geb. «P|Polyakova», geb. am «D|08.09.1976»,

mich gegenüber der AOK, der Deutschen Rentenversicherung (Vers.-Nr. «S|${pensionNumber(r, [14, 1, 1950], 'P')}») und meiner Bank in allen Angelegenheiten zu vertreten.

Trier, den 19.11.2026
(Unterschrift)`,
  },
  {
    lang: 'de',
    kind: 'sprachnachricht-abschrift',
    source: `Sprachnachricht (transkribiert von WhatsApp, 0:47)
„Ja hallo, hier ist «P|Costel», äh, der Mann von «P|Anca». Wegen der Gitarrenstunde für die Kleine, ich hab jetzt eine neue Nummer, «T|0152 56 22 190», also die mit eins fünf zwei. Und die Mail ist «E|costel.enache@gmx.de». Okay, tschüss."`,
  },
  {
    lang: 'de',
    kind: 'steuer-brief-an-finanzamt',
    source: `«P|Aitor Arrizabalaga»
«A|Ginsterpfad 7
06110 Halle (Saale)»
Steuer-ID: «X|${taxId(r, 'threes')}»

Finanzamt Halle-Süd
Blücherstraße 1
06122 Halle (Saale)

Einspruch gegen den Einkommensteuerbescheid 2025 vom 04.11.2026

Sehr geehrte Damen und Herren,
hiermit lege ich Einspruch ein. Die Fahrtkosten zur Arbeitsstätte (Hafenstraße, Halle) wurden nicht berücksichtigt. Belege anbei.

Mit freundlichen Grüßen
«P|A. Arrizabalaga»`,
  },
  {
    lang: 'de',
    kind: 'anmeldung-kinderkurs',
    source: `Anmeldung Schwimmkurs Seepferdchen – Hallenbad am Stadtpark
Kind: «P|Ebubechukwu Ezeokoli», geb. «D|12.03.2020»
Erziehungsberechtigte: «P|Ogechukwu Ezeokoli» / «P|Kenechukwu Ezeokoli»
Notfallnummer: «T|0049 221 5583021»
Allergien: Erdnüsse
Einverständnis Fotos: nein`,
  },
  {
    lang: 'de',
    kind: 'kleinanzeige-nachricht',
    source: `Nachricht zu deiner Anzeige "Kinderwagen Bugaboo Fox 3, grau"

Hi, ist der noch da? Ich könnte Sonntag vorbeikommen und bar zahlen. Wohne in Emden, wäre also nah. Schreib mir gern per WhatsApp: «T|0152 9081 4422».
Gruß «P|Hemant»

Antwort: Ja, noch da. Adresse «A|Kiebitzstieg 30, 26721 Emden», klingeln bei «P|Ilesanmi». LG «P|Mojisola»`,
  },
  {
    lang: 'de',
    kind: 'arztbrief-hausarzt',
    source: `Gemeinschaftspraxis am Ryck · Allgemeinmedizin · Bahnhofstr. 12 · 17489 Greifswald

Überweisung an: Kardiologie, Universitätsmedizin Greifswald

Pat.: «P|Åse Tveitan», geb. «D|27.10.1958»
KK: AOK Nordost
Diagnose: Palpitationen, V. a. paroxysmales Vorhofflimmern (I48.0 G)
Bitte um Langzeit-EKG und Echo. Medikation: Bisoprolol 2,5 mg 1-0-0, Ramipril 5 mg.
Rückfragen gern an die Praxis.`,
  },
  {
    lang: 'de',
    kind: 'fundsache-hausforum',
    source: `Schwarzes Brett – Hausgemeinschaft Weidenkamp 14–18

Gefunden: Schlüsselbund mit Anhänger „FC St. Pauli“ und Fahrradschlüssel (Abus). Liegt beim Hausmeister im Keller, Raum 0.12.

Außerdem: Der Aufzug wird am 7.12. von der Firma Schindler gewartet. Bitte Kinderwagen nicht im Flur abstellen – Brandschutz!

Die Hausverwaltung`,
  },
  {
    lang: 'de',
    kind: 'rezept-sammlung',
    source: `Omas Rezepte (abgetippt)

Königsberger Klopse
500 g gemischtes Hack, 1 Brötchen, 1 Ei, Kapern. Soße mit Sahne und Zitrone.

Apfelstrudel nach Wiener Art
Strudelteig hauchdünn ausziehen, Äpfel Boskoop, Rosinen, Zimt.

Kaiserschmarrn
Dazu Zwetschgenröster. Nicht mit Puderzucker sparen!

Schwarzwälder Kirschtorte – siehe Heft Dr. Oetker, Seite 42.`,
  },
  {
    lang: 'de',
    kind: 'reisebuero-teilnehmerliste',
    source: `REISEBÜRO FERNWEH – GRUPPENREISE MADEIRA 14.–21.03.2027 – TEILNEHMER
1. «P|STADLBAUER, FLORENTIN»  GEB. «D|05.05.1954»  PASS «R|${document(r, 'passport')}»
2. «P|STADLBAUER, BURGL»  GEB. «D|19.12.1956»  PERSO «K|${document(r, 'id')}»
3. «P|HATZIDAKIS, EVANGELIA»  GEB. «D|30.07.1962»  PERSO «K|${document(r, 'id')}»
HOTEL: PESTANA CASINO PARK, FUNCHAL – ZIMMER 2X DZ
FLUG: DE 1456 FRA-FNC`,
  },
  {
    lang: 'de',
    kind: 'gehaltsfrage-minijob',
    source: `Hallo Frau «P|Mückenhaupt»,

ich habe im Oktober nur 380 € statt 538 € bekommen. Meine Stunden stehen im Plan (Café Am Schlossgarten, Theke). Können Sie das prüfen? Meine Daten für die Lohnbuchhaltung:
Rentenversicherungsnr.: «S|${pensionNumber(r, [21, 4, 2003], 'S', true)}»
Steuer-ID: «X|${taxId(r, 'plain')}»
Bank: «I|${iban(r, 'DE')}»

Danke und Grüße
«P|Rayane Sampaio Corrêa»`,
  },
  {
    lang: 'de',
    kind: 'newsletter-ohne-personen',
    source: `GARTENCENTER GRÜNWERK – NEWSLETTER DEZEMBER

Weihnachtsbäume ab 28.11.: Nordmanntanne, Blaufichte, Nobilis.
Neu im Sortiment: Gardena Akku-Heckenschere, Weber Spirit II E-310 (Grill), Miele Triflex.
Workshop "Adventskränze binden" mit unserer Floristin – Anmeldung an der Kasse.
Öffnungszeiten an Heiligabend: 8–12 Uhr. Silvester geschlossen.
Gutscheincode: WINTER26 (10 % auf Zimmerpflanzen wie Monstera Deliciosa und Ficus Benjamina).`,
  },
  {
    lang: 'de',
    kind: 'schulaufgabe-buchbericht',
    source: `Buchvorstellung Klasse 7c

Titel: Die unendliche Geschichte
Verlag: Thienemann, ISBN 978-3-522-20260-2
Hauptfiguren: ein Junge aus der Stadt, der Glücksdrache und die Kindliche Kaiserin
Ort: Phantásien, der Elfenbeinturm, die Sümpfe der Traurigkeit
Meine Meinung: Spannend, besonders als Fuchur auftaucht. Den Film von 1984 fand ich nicht so gut.`,
  },
  {
    lang: 'de',
    kind: 'handy-notiz',
    source: `Notizen – 29.11.
- Klempner «P|Kuyucu» anrufen «T|0561 / 71 02 93» wg. Spüle
- Kita-Gebühr an «I|${iban(r, 'DE', false)}» (Betreff: «P|Yeom Sojin», Gruppe Igel)
- Geschenk für «P|Chaeyoung» (Geb. «D|12/12/2015») → Lego Friends
- Kreditkarte «C|${card(r, '4')}» gesperrt?? Hotline Rückseite
- Router-IP bei Login-Alarm: «N|93.211.47.180»`,
  },
  {
    lang: 'de',
    kind: 'vereinsprotokoll',
    source: `Protokoll Jahreshauptversammlung Kleingartenverein „Am Sonnenhang“ e. V., 07.11.2026
Anwesend: 23 Mitglieder (Liste anbei), Vorsitz: «P|Gyula Hegedűs»; Protokoll: «P|Erzsébet Bakonyi»
TOP 1 Kassenbericht: Kassiererin «P|Ildikó Csordás» berichtet, Kasse geprüft von «P|Sulistyowati» und «P|Hagerup».
TOP 2 Wasseruhren: Neue Uhren (Fa. Sensus) bis März.
TOP 3 Wahlen: «P|Zsolt Nagyváradi» als Beisitzer gewählt (einstimmig).
AP: «P|Hegedűs» kontaktiert Stadtwerke bis 15.12.; AP: «P|Csordás» schickt Beitragsrechnungen.`,
  },
  {
    lang: 'de',
    kind: 'friseur-terminbuch',
    source: `Salon Schnittpunkt – Terminbuch Sa 05.12.
09:00 Waschen/Schneiden – Frau «P|Gołębiowska»
09:45 Strähnen – «P|Vaishnavi» (Tel. «T|0170 33 81 092»), bringt Tochter mit
11:00 Bart – Hr. «P|Çelikkol», Stammkunde
12:30 Hochsteckfrisur Hochzeit – «P|Loredana Lombardozzi» + Trauzeugin «P|Filomena»
Produkte: Olaplex No. 3, Kérastase Elixir Ultime, Schwarzkopf Igora Royal 8-11`,
  },
  {
    lang: 'de',
    kind: 'ocr-kuendigung-fitness',
    source: `Kündigung meiner Mitgliedschaft (Mitgl.-Nr. 204471)
Name: «P|Hnatiuk,
Yaryna»
geb.: «D|3O.11.1994»
Anschrift: «A|Tilsiter Str. 15,
34127 Kassel»
Hiermit kündige ich fristgerecht zum 31.01.2027. Bitte keine weiteren Abbuchun-
gen von meinem Konto «I|${iban(r, 'DE')}».
Kassel, 01.12.2026   «P|Y. Hnatiuk»`,
  },
  {
    lang: 'de',
    kind: 'whatsapp-vermieter-nachbar',
    source: `[30.11.26, 21:40] «P|Bogumił»: Nachbar, dein Auto (der graue Opel Zafira) steht wieder vor meiner Einfahrt 😤
[30.11.26, 21:52] «P|Wacław Wąsowicz»: Sorry!! Mein Sohn «P|Mirek» hatte es geparkt. Fahre gleich weg.
[30.11.26, 21:53] «P|Bogumił»: Danke. Und der Paketbote hat wieder was von Amazon für euch bei mir abgegeben, «P|Wąsowicz», «A|Weidenkamp 16, 26721 Emden».
[30.11.26, 21:55] «P|Wacław Wąsowicz»: Hole ich morgen früh 👍`,
  },
  {
    lang: 'de',
    kind: 'chor-mitglieder-csv',
    source: `"Stimme","Name, Vorname","Geb.-Dat.","Handy","Mail"
"Sopran","«P|Sokolov, Agrippina»","«D|02.02.61»","«T|0171 220 9381»","«E|agrippina.sokolov@web.de»"
"Alt","«P|Papadimas, Zacharoula»","«D|1979-06-23»","",""
"Tenor","«P|Pühringer, Ignaz»","«D|14.5.1948»","«T|0049 511 3301982»",""
"Bass","«P|Amêdî, Şêrko»","","«T|0157 70113 482»","«E|sherko.amedi@mailbox.org»"
# Probe: Mo 19:30, Gemeindehaus St. Lamberti – Stück: "Die Schöpfung" (Haydn), "Hallelujah" (Händel)`,
  },
  {
    lang: 'de',
    kind: 'kindergeld-brief-an-familienkasse',
    source: `«P|Rênas Heweri»
«A|Am Krähenhorst 19
06110 Halle (Saale)»
Kindergeldnummer: 125FK448192

Familienkasse Sachsen-Anhalt-Thüringen
Postfach 1065
06003 Halle (Saale)

Veränderungsmitteilung – Geburt unseres zweiten Kindes

Sehr geehrte Damen und Herren,
am «D|27.10.2026» wurde unsere Tochter «P|Nêrgiz Heweri» geboren. Die Geburtsurkunde liegt bei. Ihre Steuer-ID: «X|${taxId(r, 'pairs')}». Bitte zahlen Sie weiter auf «I|${iban(r, 'DE')}».

Mit freundlichen Grüßen
«P|Rênas Heweri» und «P|Helbest Heweri» geb. «P|Zaxoyi»`,
  },
  {
    lang: 'de',
    kind: 'yaml-vereinsportal',
    source: `# export vereinsportal – nicht weitergeben
mitglied:
  name: «P|Tudor Năstase»
  geburtsdatum: «D|1990-12-01»
  adresse: «A|Obere Mühlgasse 4, 54290 Trier»
  mail: «E|tudor.nastase@t-online.de»
  letzter_login_ip: «N|2a02:908:1a4:3e60::7f»
abteilung: Fußball (Alte Herren)
trikot: Adidas Tiro 23, Nr. 7`,
  },
];
