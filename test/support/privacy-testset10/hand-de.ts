import type { HandDocument } from './markup.js';

/**
 * German hand-written documents of test set 10: what a small practice and agency cluster in one office
 * building holds (a law firm, a tax adviser, a recruiting agency, an estate agent, a dental practice, a
 * driving school, a daycare centre, a sports club, a translation agency). Marks: ⟦CODE:value⟧.
 */
export const HAND_DE: HandDocument[] = [
  {
    lang: 'de',
    kind: 'kanzlei-mandantenaufnahme',
    source: `Kanzlei am Lindenplatz – Mandantenaufnahme
Az. LP-26-0417 (bitte immer angeben)

Mandant/in: ⟦N:Gülbahar Eskicioğlu⟧, geb. ⟦N:Demirkol⟧
Geburtsdatum: ⟦GEB:14.06.1979⟧
Anschrift: ⟦ANS:Wandsbeker Zollstraße 118a, 22041 Hamburg⟧
Tel. mobil ⟦TEL:0176 / 488 31 20⟧, tagsüber besser über die Schwester (⟦N:Müjgan Demirkol⟧, ⟦TEL:040 6 52 19 07⟧)
E-Mail: ⟦E:g.eskicioglu@posteo.de⟧
Ausweis vorgelegt: Personalausweis Nr. ⟦PA:M61857XNN4⟧, gültig bis 08/2031

Gegner: Vermieterin, Hausverwaltung Kornblume GmbH, Eilbeker Weg 4, 22089 Hamburg (Verwalter Herr ⟦N:Ingomar Kettelhack⟧)
Sache: Mieterhöhung nach Modernisierung, Schreiben vom 02.10.2026, Widerspruchsfrist läuft!
RSV: ja, Schadennummer 26-771-09813-K (Deckungsanfrage raus am 27.11.)

Notiz RAin ⟦N:Kaisu Rantanen⟧: Mdt. wirkt sehr unsicher, Sohn ⟦N:Oktay⟧ (17) war dabei und hat übersetzt. Nächster Termin Do 10:30.`,
  },
  {
    lang: 'de',
    kind: 'kanzlei-vollmacht',
    source: `VOLLMACHT

Hiermit wird den Rechtsanwälten der Kanzlei am Lindenplatz, Lindenplatz 3, 20099 Hamburg,

in Sachen  ⟦N:Vogelsänger, Friedegund⟧  ./.  Autohaus Elbmarsch KG
wegen      Gewährleistung Pkw (Fahrzeug-Ident-Nr. WVWZZZ1KZ8W412377)

Vollmacht erteilt zur Prozessführung (u.a. nach §§ 81 ff. ZPO) sowie zur außergerichtlichen Vertretung.

Vollmachtgeberin:
⟦N:Friedegund Vogelsänger⟧
⟦ANS:Am Krähenwald 9
21465 Reinbek⟧
geboren ⟦GEB:2. Februar 1956⟧

Reinbek, den 19.11.2026                      ____________________
                                              (Unterschrift)`,
  },
  {
    lang: 'de',
    kind: 'kanzlei-mahnung',
    source: `Kanzlei am Lindenplatz · Lindenplatz 3 · 20099 Hamburg

Herrn
⟦N:Sigisbert Hammacher⟧
⟦ANS:Bramfelder Chaussee 301
22177 Hamburg⟧

Unser Zeichen: LP-26-0388 / Rn                             Hamburg, 24.11.2026

Forderung der Zahnarztpraxis Lindenplatz aus Rechnung RG-10-40512 vom 14.07.2026
– Zweite Mahnung –

Sehr geehrter Herr ⟦N:Hammacher⟧,

trotz unserer Zahlungserinnerung vom 20.10.2026 konnten wir bis heute keinen Zahlungseingang feststellen. Wir fordern Sie auf, den Betrag von 1.284,60 EUR zzgl. Mahnkosten (5,00 EUR) bis zum

                    08.12.2026

auf das Anderkonto der Kanzlei, DE27 2005 0550 0000 0000 00 (Gläubiger-ID DE98ZZZ09999999999 – bitte nicht verwechseln) zu überweisen. Sollten Sie Einwände haben, rufen Sie uns an: 040 30 98 71-0.

Mit freundlichen Grüßen
⟦N:K. Rantanen⟧
Rechtsanwältin`,
  },
  {
    lang: 'de',
    kind: 'gericht-ladung',
    source: `Amtsgericht Hamburg-Barmbek
Abteilung 814
Geschäfts-Nr.: 814 C 233/26

LADUNG zum Termin zur mündlichen Verhandlung

In dem Rechtsstreit
⟦N:Nurhayat Tepebaşı⟧, ⟦ANS:Hufnerstraße 42, 22083 Hamburg⟧,     – Klägerin –
Prozessbevollmächtigte: Kanzlei am Lindenplatz, Lindenplatz 3, 20099 Hamburg
gegen
⟦N:Reinbold Stoltefuß⟧, ⟦ANS:Osterbekstraße 90c, 22083 Hamburg⟧,   – Beklagter –

wird Termin bestimmt auf Mittwoch, 20.01.2027, 09:45 Uhr, Saal 1.07, Wiesendamm 25.
Das persönliche Erscheinen der Parteien wird angeordnet (§ 141 ZPO).

Hamburg, 26.11.2026
⟦N:Ambros Zottl⟧, Justizbeschäftigter
als Urkundsbeamter der Geschäftsstelle`,
  },
  {
    lang: 'de',
    kind: 'kanzlei-mailverlauf',
    source: `Von: ⟦N:Tjitske Oosterveld⟧ <⟦E:t.oosterveld@kanzlei-lindenplatz.de⟧>
Gesendet: Dienstag, 1. Dezember 2026 16:02
An: sekretariat@kanzlei-lindenplatz.de
Cc: ⟦N:Rantanen, Kaisu⟧
Betreff: AW: Termin ⟦N:Kranebitter⟧ / LP-26-0402

Hallo zusammen,
Herr ⟦N:Kranebitter⟧ hat gerade nochmal angerufen, er kann am 10. doch nicht (Reha). Er bittet um Rückruf unter ⟦TEL:0043 664 2187 509⟧ – er ist bis Weihnachten in Bad Hall.
Gruß T.

--
⟦N:Tjitske Oosterveld⟧
Rechtsfachwirtin | Team Mietrecht
Kanzlei am Lindenplatz | Lindenplatz 3 | 20099 Hamburg
Tel. ⟦TEL:+49 (0)40 30 98 71-14⟧ | Fax ⟦TEL:+49 (0)40 30 98 71-99⟧

-----Ursprüngliche Nachricht-----
Von: Sekretariat <sekretariat@kanzlei-lindenplatz.de>
Gesendet: Montag, 30. November 2026 11:17
An: ⟦E:romed.kranebitter@aon.at⟧
Betreff: Termin ⟦N:Kranebitter⟧ / LP-26-0402

Sehr geehrter Herr ⟦N:Kranebitter⟧,
wir bestätigen Ihren Termin am 10.12. um 14 Uhr bei Frau RAin ⟦N:Rantanen⟧.
Bitte bringen Sie den Erbschein und die Kontoauszüge Ihrer verstorbenen Mutter (⟦N:Hildegund Kranebitter⟧, verst. 03.08.2026) mit.
Mit freundlichen Grüßen
i.A. ⟦N:Cilgia Nüesch⟧`,
  },
  {
    lang: 'de',
    kind: 'anrufbeantworter-transkript',
    source: `[Mailbox Kanzlei – automatische Transkription, Qualität: mittel]
Nachricht 3 von 7 · Mo 30.11.2026 · 07:52 · von ⟦TEL:+4915209918374⟧

"ja guten morgen hier ist ähm ⟦N:Welat Berwarî⟧ also ⟦N:Berwarî⟧ mit w, ich hatte letzte woche mit ihrer kollegin gesprochen wegen dem bußgeldbescheid äh also der von meinem schwager ⟦N:Kendal Hesenî⟧ ähm der ist ja jetzt in der türkei und ich hab die vollmacht, meine nummer ist ⟦TEL:null eins fünf zwei null neun neun eins acht drei sieben vier⟧ oder sie schreiben mir an ⟦E:welat.b@gmx.net⟧ danke tschüss"

Nachricht 4 von 7 · Mo 30.11.2026 · 08:15 · unbekannt
"(keine Nachricht, aufgelegt)"`,
  },
  {
    lang: 'de',
    kind: 'aktennotiz-ocr',
    source: `AKTENNOTIZ (handschr., eingescannt 02.12.26)
---------------------------------------------
Tel. m. Hr. ⟦N:Gebhard Wipper-
mann⟧ (Nachbar d. Mdt.) - er be-
stätigt Lärm ab 22h, will aber nicht
als Zeuge auftreten ("keinen Ärger
mit ⟦N:Zilanî⟧s"). Adr.: ⟦ANS:Jarrestr. 5l,
22303 Hbg⟧ (3. OG li). Geb.dat. lt.
eigener Angabe ⟦GEB:12.O9.1961⟧ (?)
-> Frau ⟦N:Nesrîn Zilanî⟧ fragen ob
sie Lärmprotokoll führt !!
                         gez. Rn`,
  },
  {
    lang: 'de',
    kind: 'steuerberatung-mandantenstammblatt',
    source: `STEUERBERATUNG HADERSLEBEN & PARTNER mbB – Mandantenstammblatt (Einkommensteuer 2025)

Mandanten-Nr.   20417
Steuerpflichtiger  ⟦N:Ziemowit Pstrągowski⟧     Geb.-Dat. ⟦GEB:28.02.77⟧
Ehegattin          ⟦N:Eugenia Pstrągowska⟧      Geb.-Dat. ⟦GEB:09.07.1991⟧
Anschrift          ⟦ANS:Kleiner Schäferkamp 27, 20357 Hamburg⟧
Steuer-ID (Ehem.)  ⟦STID:37 016 548 629⟧
Steuer-ID (Ehefr.) ⟦STID:14793765206⟧
Steuernummer       43/118/04522 (FA Hamburg-Mitte)
RV-Nr. (Ehem.)     ⟦RVNR:04280277B532⟧
Erstattungskonto   ⟦IBAN:DE35 5597 3307 9583 3516 30⟧ (Gemeinschaftskonto)
Kinder             ⟦N:Jarogniew⟧ (geb. ⟦GEB:11.5.2019⟧), Kindergeld läuft, KG-Nr. 602FK118842
Kontakt            ⟦TEL:0151 / 22 84 09 37⟧, ⟦E:zpstragowski@web.de⟧
Besonderheiten     Arbeitszimmer; Handwerkerleistungen (Rechnung Fa. Dachdeckerei Nordwind liegt vor)`,
  },
  {
    lang: 'de',
    kind: 'personalvermittlung-lebenslauf',
    source: `TalentBrücke Personalberatung – Kandidatenprofil (intern, nicht an Kunden!)

Dr. ⟦N:Sirinthip Thammasiri⟧
⟦ANS:Lehmweg 12, 20251 Hamburg⟧  |  ⟦TEL:+49 170 9 11 42 08⟧  |  ⟦E:sirinthip.thammasiri@outlook.de⟧
geboren am ⟦GEB:21. März 1988⟧ in Chiang Mai, thailändisch/deutsch

Berufserfahrung
2021–heute   Senior Data Scientist, Hanseatische Versicherung AG
2016–2021    Postdoc, Universität Bremen (Betreuer Prof. ⟦N:Veikko Peltoniemi⟧)
Ausbildung
Promotion Statistik, Bremen (2016); M.Sc. Mathematik, Bangkok
Sprachen    Thai (Muttersprache), Deutsch C2, Englisch C2
Gehaltsvorstellung  92–98 T€, Kündigungsfrist 3 Monate zum Quartal
Referenzen  ⟦N:Hirasawa, Koharu⟧ (ehem. Teamleiterin), ⟦TEL:0421 218-6 40 77⟧

Eindruck (NV): sehr strukturiert, will Führungsverantwortung. Passt evtl. auf Suche 26-114 (Reederei).`,
  },
  {
    lang: 'de',
    kind: 'personalvermittlung-shortlist',
    source: `Shortlist Suche 26-114 "Leitung Data & Analytics" – Stand 01.12.

| Nr | Kandidat/in                 | Wohnort      | Mobil               | Status            | Gespräch mit |
|----|-----------------------------|--------------|---------------------|-------------------|--------------|
| 1  | ⟦N:Thammasiri, Sirinthip⟧   | Hamburg      | ⟦TEL:0170 9114208⟧  | 2. Runde 07.12.   | NV/Kunde    |
| 2  | ⟦N:Lukyan Chernyshov⟧       | Kiel         | ⟦TEL:0160-5523817⟧  | Absage (Gehalt)   | NV          |
| 3  | ⟦N:Tejasvi Jhunjhunwala⟧    | Berlin       | ⟦TEL:+49 1523 640 1172⟧ | Kunde interessiert | HS   |
| 4  | ⟦N:Gwiazdowicz, L.⟧         | Lübeck       | –                   | Rückruf ausstehend | HS      |

NV = ⟦N:Nicoletta Vlachaki⟧, HS = ⟦N:Hengist Pennyfeather⟧`,
  },
  {
    lang: 'de',
    kind: 'makler-mieterselbstauskunft',
    source: `MIETERSELBSTAUSKUNFT – Objekt Wrangelstraße 61, 3. OG rechts (Kaltmiete 1.140 €)
Hausmakler Nordlicht e.K.

1. Mietinteressent                       2. Mietinteressentin
Name: ⟦N:Mazurkiewicz⟧                     Name: ⟦N:Orysia Stetsiuk⟧
Vorname: ⟦N:Cezar⟧                         Geb.: ⟦GEB:03/03/1985⟧
Geb.: ⟦GEB:17.11.1962⟧                      Beruf: Pflegefachkraft (UKE)
Beruf: Taxiunternehmer                  Netto: 2.480 €
Netto: ca. 3.100 € (schwankend)

bisherige Anschrift: ⟦ANS:Billstedter Hauptstr. 14, 22111 Hamburg⟧
Telefon: ⟦TEL:040/73 16 02 45⟧, ⟦TEL:0152 / 0331 9872⟧

SCHUFA-BonitätsCheck (v. Interessenten mitgebracht, 18.11.2026): ⟦N:Mazurkiewicz⟧ – 1 Eintrag (Handyvertrag, erledigt 2024); ⟦N:Stetsiuk⟧ – keine Einträge.
Vorvermieterbescheinigung: fehlt noch (Vermieter Herr ⟦N:Ippolito Quaranta⟧, ⟦TEL:+39 347 118 2290⟧, lebt in Italien)
Haustiere: 1 Katze. Raucher: nein.`,
  },
  {
    lang: 'de',
    kind: 'makler-besichtigungsliste',
    source: `Besichtigung;Uhrzeit;Name;Telefon;E-Mail;Bemerkung
Sa 05.12.;10:00;⟦N:Bagus Setiabudi⟧;⟦TEL:0176 41 22 90 18⟧;⟦E:bagus.setiabudi@gmail.com⟧;mit Ehefrau
Sa 05.12.;10:20;⟦N:Haslwanter, Kajetan⟧;⟦TEL:01512 7788 013⟧;⟦E:k.haslwanter@t-online.de⟧;
Sa 05.12.;10:40;⟦N:Cleonice Peixoto⟧;⟦TEL:+55 11 98422-7310⟧;⟦E:cleo.peixoto@uol.com.br⟧;ab Feb. in HH, Besichtigung per Video?
Sa 05.12.;11:00;⟦N:Irmhild Kneißl⟧;;⟦E:irmhild.kneissl@freenet.de⟧;hat kein Handy
Sa 05.12.;11:20;(frei);;;
So 06.12.;12:00;⟦N:J. Tuazon⟧ + ⟦N:M. Tuazon⟧;⟦TEL:0157 3391 4466⟧;;WG? nachfragen`,
  },
  {
    lang: 'de',
    kind: 'zahnarzt-terminbuch',
    source: `Zahnarztpraxis Lindenplatz – Terminbuch Behandler 2 (ZÄ ⟦N:Hjørdis Skjæveland⟧) – Fr 04.12.2026

08:00  PZR        ⟦N:Ohenewaa Osei-Tutu⟧ (NP), ⟦TEL:0171 5580 362⟧
08:45  Ko 36      ⟦N:Hammacher⟧ !!! erst offene RG klären (s. Kanzlei)
09:30  Füllung    ⟦N:Teppei Nagahama⟧ – Dolmetscher nicht nötig
10:15  —  Schmerzpatient frei halten  —
10:45  KFO-Kontr. ⟦N:Ikraan Warfaa⟧ (7 J.), Mutter ⟦N:Caasha Warfaa⟧ begleitet
11:30  Beratung ZE ⟦N:Leocadio Arizmendi⟧, geb. ⟦GEB:2.12.58⟧, Privat
12:15  Mittag
13:30  Recall     ⟦N:Vlădulescu, Rozalia⟧ – hat abgesagt per Mail (⟦E:rozalia.vladulescu@yahoo.de⟧), neu vergeben`,
  },
  {
    lang: 'de',
    kind: 'zahnarzt-ueberweisung',
    source: `Überweisung an: MKG-Chirurgie Dres. Fuhlsbüttel, Hermannstal 7, 22119 Hamburg

Patient: ⟦N:Anuwat Srisawat⟧, * ⟦GEB:30.04.1994⟧
⟦ANS:Sievekingsallee 191
22111 Hamburg⟧
Kasse: TK, Vers.-Nr. T418226751

Sehr geehrte Kollegen,
wir überweisen Herrn ⟦N:Srisawat⟧ zur operativen Entfernung von 38 und 48 (teilretiniert, rez. Perikoronitis, OPG vom 25.11. anbei). Allergie: Penicillin (!). Der Patient wünscht ITN, bitte klären.
Rückfragen gern an mich: ⟦TEL:040 30 98 55-20⟧.

Mit kollegialen Grüßen
Dr. med. dent. ⟦N:Hjørdis Skjæveland⟧`,
  },
  {
    lang: 'de',
    kind: 'zahnarzt-anamnesebogen',
    source: `ANAMNESEBOGEN (vom Patienten ausgefüllt, abgetippt von Rezeption)
Name, Vorname: ⟦N:Ayalew, Yodit⟧
Geb.-Datum: ⟦GEB:1987-10-05⟧
Straße/Nr.: ⟦ANS:Steilshooper Str. 220
PLZ/Ort: 22309 Hamburg⟧
Telefon privat: ⟦TEL:040 - 63 90 11 85⟧   dienstlich: –
Hausarzt: Dr. ⟦N:Chinnappan⟧ (Bramfeld)
Medikamente: L-Thyroxin 75
Schwanger?  nein
Wie sind Sie auf uns aufmerksam geworden?  Empfehlung Kollegin (⟦N:Lemlem Habtemariam⟧)
Unterschrift: Y. Ayalew`,
  },
  {
    lang: 'de',
    kind: 'fahrschule-ausbildungsvertrag',
    source: `Fahrschule Blinker GmbH – Ausbildungsvertrag Klasse B (B197)

Fahrschüler/in:   ⟦N:Aarohi Bhandarkar⟧
geboren am:       ⟦GEB:14. Juni 2009⟧  (bei Prüfung 17 – BF17, Begleitpersonen s.u.)
wohnhaft:         ⟦ANS:Tondernstraße 8, 22049 Hamburg⟧
Ausweis-Nr.:      ⟦PA:WTG0T9HR47⟧
Erziehungsberechtigt: ⟦N:Kabir-Raj Bhandarkar⟧, ⟦TEL:0160 / 9 44 37 21⟧, ⟦E:kr.bhandarkar@gmx.de⟧
Begleitpersonen:  ⟦N:Kabir-Raj Bhandarkar⟧ (geb. ⟦GEB:5.1.1975⟧), ⟦N:Ishaani Bhandarkar⟧ (geb. ⟦GEB:23.8.1978⟧)
Grundgebühr 390,00 €, Fahrstunde (45 min) 68,00 €, Sonderfahrt 82,00 €
Zahlung per Lastschrift, Mandatsreferenz FSB-2026-0771, IBAN ⟦IBAN:DE41470267783762693826⟧`,
  },
  {
    lang: 'de',
    kind: 'fahrschule-whatsapp',
    source: `[02.12.26, 17:41:09] Fahrlehrer ⟦N:Töni⟧: Hi ⟦N:Yiğitcan⟧, morgen 7:15 Autobahnfahrt, Treffpunkt Tankstelle Wendemuthstraße 👍
[02.12.26, 17:58:30] ⟦N:Yiğitcan Ulusoy⟧: okay aber kann meine mutter sie anrufen wegen der rechnung? ihre nummer ist ⟦TEL:0176 93 02 11 48⟧
[02.12.26, 18:02:12] Fahrlehrer ⟦N:Töni⟧: klar, oder sie ruft im Büro an ⟦TEL:040 / 68 27 33⟧ (Frau ⟦N:Cathomen⟧)
[02.12.26, 18:02:55] ⟦N:Yiğitcan Ulusoy⟧: 👌
[03.12.26, 07:03:41] ⟦N:Yiğitcan Ulusoy⟧: bin 5 min später sorry bus
[03.12.26, 07:04:10] Fahrlehrer ⟦N:Töni⟧: Nachricht gelöscht`,
  },
  {
    lang: 'de',
    kind: 'kita-elternliste',
    source: `Kita Pusteblume – Gruppe Igel – Telefonliste (nur für Eltern der Gruppe! nicht weitergeben)

Kind            | Eltern                                   | Telefon                     | E-Mail
⟦N:Aino⟧            | ⟦N:Sanni Laaksonen⟧ / ⟦N:Jelmer ten Cate⟧  | ⟦TEL:0172 5503 118⟧ / ⟦TEL:0031 6 2817 4409⟧ | ⟦E:sanni.laaksonen@icloud.com⟧
⟦N:Alpagu⟧          | ⟦N:Dilruba Bayraktaroğlu⟧                  | ⟦TEL:0157-38 22 01 96⟧        | –
⟦N:Hias⟧            | ⟦N:Traudel Brösamle⟧, ⟦N:Virgil Untersweg⟧ | ⟦TEL:040 / 41 92 60 77⟧       | ⟦E:brosamle.untersweg@mailbox.org⟧
⟦N:Sekarayu⟧        | ⟦N:Citra Hadiwijaya⟧                       | ⟦TEL:+49 176 2044 8813⟧       | ⟦E:citra.h@posteo.de⟧
⟦N:Lukyan⟧          | Oma ⟦N:Evpraksiya Sukhanova⟧ (abholberechtigt) | ⟦TEL:040 6 77 30 15⟧    |

Elternvertreterinnen: ⟦N:Sanni Laaksonen⟧, ⟦N:Citra Hadiwijaya⟧`,
  },
  {
    lang: 'de',
    kind: 'kita-abholvollmacht',
    source: `Abholberechtigung / Vollmacht

Ich/Wir, ⟦N:Dilruba Bayraktaroğlu⟧, erlaube(n) folgenden Personen, mein/unser Kind
⟦N:Alpagu Bayraktaroğlu⟧, geb. ⟦GEB:17.03.2022⟧, Gruppe Igel, von der Kita Pusteblume abzuholen:

1. ⟦N:Kayhan Eskicioğlu⟧ (Onkel), Tel. ⟦TEL:0162 4418832⟧
2. ⟦N:Gülbahar Eskicioğlu⟧ (Tante), ⟦ANS:Wandsbeker Zollstraße 118a, 22041 Hamburg⟧

Die Personen weisen sich bei der ersten Abholung mit Lichtbildausweis aus.
Gültig bis auf Widerruf.

Hamburg, 28.09.2026   Unterschrift: D. Bayraktaroglu`,
  },
  {
    lang: 'de',
    kind: 'kita-unfallmeldung',
    source: `UNFALLANZEIGE für Kinder in Tageseinrichtungen (Kopie für Akte)
Unfallkasse Nord

1 Name der Einrichtung: Kita Pusteblume, Alsterdorfer Markt 6, 22297 Hamburg
2 Name, Vorname des Kindes: ⟦N:Ezeudu, Chukwuemelie⟧
3 Geburtsdatum: ⟦GEB:O8.11.2O21⟧
4 Anschrift: ⟦ANS:Hindenburgstraße 140, 22297 Hamburg⟧
5 Unfallzeitpunkt: 01.12.2026, 10:25 Uhr, Außengelände (Kletterturm)
6 Hergang: beim Herunterklettern abgerutscht, Platzwunde Kinn. Kühlung, Mutter (⟦N:Nneamaka Ezeudu⟧) informiert um 10:31 unter ⟦TEL:0177 9318 470⟧, Abholung 10:50, Arzt: Kinderarztpraxis Sierichstraße.
7 Augenzeugin: Erzieherin ⟦N:Mengia Caduff⟧
8 Leiterin der Einrichtung: ⟦N:Agapi Kyriakidou⟧    Datum: 01.12.2026`,
  },
  {
    lang: 'de',
    kind: 'sportverein-mitgliederliste',
    source: `TSV Grün-Weiß Ellerbek v. 1921 e.V. – Abteilung Rudern – Mitgliederliste (Export Vereinsverwaltung, 30.11.2026)

MitglNr;Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon;Beitragsart
1042;⟦N:Lizarraga⟧;⟦N:Tiburcio⟧;⟦GEB:1969-01-22⟧;⟦ANS:Am Pinnauhafen 3;25436;Uetersen⟧;⟦TEL:04122 4471 09⟧;Erwachsene
1057;⟦N:Åkerlund⟧;⟦N:Bodil⟧;⟦GEB:1951-07-30⟧;⟦ANS:Ellerbeker Weg 77;25462;Rellingen⟧;⟦TEL:04101 3 82 90⟧;Senioren
1103;⟦N:Honcharenko⟧;⟦N:Levko⟧;⟦GEB:2011-04-02⟧;⟦ANS:Hauptstraße 12 b;25474;Ellerbek⟧;;Jugend
1104;⟦N:Honcharenko⟧;⟦N:Bohdana⟧;⟦GEB:1983-12-19⟧;⟦ANS:Hauptstraße 12 b;25474;Ellerbek⟧;⟦TEL:0151 2047 7730⟧;Familie
1118;⟦N:Kashanipour⟧;⟦N:Bardia⟧;⟦GEB:1999-06-14⟧;⟦ANS:Friedrichstr. 9;25421;Pinneberg⟧;⟦TEL:0179 602 3318⟧;Studierende`,
  },
  {
    lang: 'de',
    kind: 'sportverein-jhv-protokoll',
    source: `Protokoll der Jahreshauptversammlung 2026 – TSV Grün-Weiß Ellerbek, Abt. Rudern
Ort: Bootshaus, Beginn 19:08 Uhr, Ende 21:40 Uhr
Anwesend: 31 stimmberechtigte Mitglieder (Liste anbei), Vorstand: ⟦N:Tiburcio Lizarraga⟧ (1. Vors.), ⟦N:Hjørdis Skjæveland⟧ (Kassenwartin), ⟦N:Fotios Triantafyllidis⟧ (Jugendwart)
Protokoll: ⟦N:Bodil Åkerlund⟧

TOP 1 Begrüßung, Feststellung der Beschlussfähigkeit – ok
TOP 2 Bericht Kassenwartin: Kassenbestand 14.218,77 €, Prüfer ⟦N:Koharu Hirasawa⟧ und ⟦N:M. Tikhomirov⟧ bestätigen ordnungsgemäße Führung. Entlastung einstimmig.
TOP 3 Neuer Bootssteg – Angebot Fa. Steg & Sohn (Angebots-Nr. 2026-448) über 38.900 €, Zuschuss Sportamt beantragt.
TOP 4 Wahlen: Jugendwart ⟦N:Triantafyllidis⟧ wiedergewählt (29 ja, 2 Enth.)
TOP 5 Verschiedenes: Ehrung ⟦N:Bodil Åkerlund⟧ für 50 Jahre Mitgliedschaft 🎉

Aufgaben:
AP: ⟦N:Skjæveland⟧ – Zuschussantrag nachreichen bis 15.12.
AP: ⟦N:Triantafyllidis⟧ – Trainingsplan Winter an Eltern (Mail-Verteiler jugend-rudern@tsv-ellerbek.de)
AP: ⟦N:Lizarraga⟧ bis Fr. – Rückruf Hafenmeister`,
  },
  {
    lang: 'de',
    kind: 'sportverein-sepa-mandat',
    source: `SEPA-Lastschriftmandat
Zahlungsempfänger: TSV Grün-Weiß Ellerbek v. 1921 e.V., Hauptstraße 1, 25474 Ellerbek
Gläubiger-Identifikationsnummer: DE71ZZZ00001234567
Mandatsreferenz: M-1118

Ich ermächtige den TSV Grün-Weiß Ellerbek, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. [...]

Kontoinhaber:      ⟦N:Bardia Kashanipour⟧
Anschrift:         ⟦ANS:Friedrichstr. 9, 25421 Pinneberg⟧
IBAN:              ⟦IBAN:AT46 0812 6097 0224 4283⟧
BIC:               (entfällt)
Ort, Datum:        Pinneberg, 14.11.2026
Unterschrift:      B. Kashanipour`,
  },
  {
    lang: 'de',
    kind: 'uebersetzung-geburtsurkunde',
    source: `Beglaubigte Übersetzung aus dem Rumänischen

[Wappen Rumäniens]
RUMÄNIEN
GEBURTSURKUNDE
Serie N.A. Nr. 448219

Nachname: ⟦N:SCĂRLĂTESCU⟧
Vorname(n): ⟦N:FLOAREA-MIOARA⟧
Geschlecht: weiblich
Geburtsdatum: ⟦GEB:11.03.1990⟧ (im Original Jahr/Monat/Tag: ⟦GEB:1990/03/11⟧)
Geburtsort: Gemeinde Breaza, Kreis Prahova
Vater: ⟦N:SCĂRLĂTESCU LIVIU⟧
Mutter: ⟦N:SCĂRLĂTESCU RODICA⟧, geb. ⟦N:MURGOCI⟧
Ausgestellt vom Standesamt Breaza am 20.03.1990

Ich, ⟦N:Gheorghiță-Bran, Rozalia⟧, öffentlich bestellte und beeidigte Übersetzerin der rumänischen Sprache für die Gerichte und Notare in Hamburg, bestätige hiermit, dass vorstehende Übersetzung richtig und vollständig ist.
Hamburg, 25.11.2026                     Wortwerk Übersetzungen, Lindenplatz 3, 20099 Hamburg`,
  },
  {
    lang: 'de',
    kind: 'uebersetzung-auftrag-gemischt',
    source: `Von: ⟦E:shaowei.wenren@proton.me⟧
An: auftrag@wortwerk-uebersetzungen.de
Betreff: Übersetzung marriage certificate – urgent!!

Hallo,
sorry my German is not so good. I need the Heiratsurkunde from Shanghai übersetzt into German, beglaubigt, for the Standesamt Altona – they need it bis 15.12. Names: me (⟦N:Wenren Shaowei⟧, born ⟦GEB:1986.09.03⟧) and my wife ⟦N:Dongfang Xiulan⟧. Can you do express? I can pay by Kreditkarte, ⟦CARD:4470 2593 4322 3348⟧ (exp 09/28), or PayPal.
Meine Adresse: ⟦ANS:Große Bergstraße 203, 22767 Hamburg⟧, Handy ⟦TEL:+49 159 0193 7720⟧.
Vielen Dank!!
Shaowei

> Am 30.11.2026 um 09:12 schrieb Wortwerk Übersetzungen <auftrag@wortwerk-uebersetzungen.de>:
> Guten Tag, vielen Dank für Ihre Anfrage. Bitte senden Sie uns einen Scan des Dokuments.
> Mit freundlichen Grüßen, Ihr Wortwerk-Team`,
  },
  {
    lang: 'de',
    kind: 'rechnung-mandant',
    source: `Wortwerk Übersetzungen · Lindenplatz 3 · 20099 Hamburg
USt-IdNr. DE318822040 · Steuernummer 47/744/01852

Herrn
⟦N:Shaowei Wenren⟧
⟦ANS:Große Bergstraße 203
22767 Hamburg⟧

RECHNUNG RG-10-40588                                  Datum: 04.12.2026
Auftrag: beglaubigte Übersetzung Heiratsurkunde (ZH > DE), Eilzuschlag 50 %

Pos  Leistung                                     Menge   Einzel    Gesamt
1    Übersetzung Urkunde, Normzeile               38      1,55 €    58,90 €
2    Beglaubigung                                  1     10,00 €    10,00 €
3    Eilzuschlag                                   1     34,45 €    34,45 €
                                                Netto              103,35 €
                                                19 % USt.           19,64 €
                                                Summe              122,99 €

Bezahlt per Kreditkarte (**** 3348) am 04.12.2026 – vielen Dank.`,
  },
  {
    lang: 'de',
    kind: 'mandantenbrief-privat',
    source: `Sehr geehrte Frau Rechtsanwelting ⟦N:Rantanen⟧

ich schreibe ihnen weil ich nicht weiter weis. Mein Ex Mann ⟦N:Cosimo Sbarbaro⟧ zahlt seit August keinen unterhalt mehr fur die Kinder (⟦N:Crocefissa⟧ und ⟦N:Filiberto⟧) und er ist jetzt nach Italien gezogen, seine adresse ist ⟦ANS:Via dei Mille 14, 16147 Genova⟧, telefon ⟦TEL:+39 010 377 4819⟧. Ich habe noch die alte Adresse vom Jugendamt Bescheid. Kann man da was machen? Ich kann nur Nachmittags telefonieren ⟦TEL:0162/7719034⟧.

Vielen dank und freundlichen Grüßen
⟦N:Brunella Sbarbaro⟧ (geb. ⟦N:Lo Presti⟧)
⟦ANS:Langenhorner Chaussee 612
22419 Hamburg⟧`,
  },
  {
    lang: 'de',
    kind: 'lohnabrechnung-rueckfrage',
    source: `Betreff: Frage zur Lohnabrechnung November – Steuerklasse falsch?

Liebe Frau ⟦N:Xenakou⟧,

in meiner Abrechnung für November steht noch Steuerklasse I, ich bin aber seit 12.09. verheiratet (Heiratsurkunde hatte ich Herrn ⟦N:Mouaddab⟧ gegeben). Meine Steuer-ID ist ⟦STID:92 673 458 167⟧, SV-Nummer ⟦RVNR:25 030385 K 036⟧ – vielleicht hilft das bei der Rückfrage beim Finanzamt. Außerdem hat sich meine Bankverbindung geändert, neu: ⟦IBAN:DE83 7635 2128 3524 6690 77⟧.

Viele Grüße
⟦N:Konadu Baffour-Awuah⟧
Empfang / Zahnarztpraxis Lindenplatz
Durchwahl -21`,
  },
  {
    lang: 'de',
    kind: 'krankmeldung-teams',
    source: `Teams – Chat "Praxis Lindenplatz Rezeption"

⟦N:Konadu Baffour-Awuah⟧  07:02
Guten Morgen, ich bin leider krank 🤒 AU kommt per eAU, voraussichtlich bis Mittwoch

⟦N:Isamu Kōno⟧  07:10
Gute Besserung! Ich frag ⟦N:Dufie⟧ ob sie übernimmt

⟦N:Dufie Sakyi-Djan⟧  07:26
ich kann ab 9, vorher Kita. ⟦N:Isamu⟧ kannst du die Recalls ab 8 machen?

⟦N:Isamu Kōno⟧  07:27
👍

⟦N:Agyeiwaa Obeng-Fosu⟧ (Praxismanagerin)  08:03
Danke euch. Bitte im Dienstplan eintragen, ich informier Dr. ⟦N:Skjæveland⟧.`,
  },
  {
    lang: 'de',
    kind: 'meldebescheinigung-uebersetzt',
    source: `MELDEBESCHEINIGUNG (einfache Meldebescheinigung nach § 18 Abs. 1 BMG)
Freie und Hansestadt Hamburg – Bezirksamt Altona, Kundenzentrum

Familienname:       ⟦N:Ouyangxu⟧
Vornamen:           ⟦N:Lanying⟧
Doktorgrad:         –
Geburtsdatum:       ⟦GEB:07.01.1993⟧
Geburtsort:         Chengdu (China)
gegenwärtige Anschrift: ⟦ANS:Ottenser Marktplatz 10, 22765 Hamburg⟧ (Hauptwohnung), eingezogen am 01.09.2024

Hamburg, 19.11.2026
Im Auftrag  ⟦N:Gundula Pfusterschmid⟧

[Vermerk Wortwerk: für Übersetzung ins Englische, Auftrag RG-10-40571, Kundin ⟦E:lanying.ouyangxu@gmail.com⟧]`,
  },
  {
    lang: 'de',
    kind: 'kindergeld-antrag-notiz',
    source: `Notiz Steuerberatung (Telefonat 03.12., 11:40, Mdt. ⟦N:Pstrągowski⟧)

- Familienkasse will für ⟦N:Jarogniew⟧ Nachweis über Wohnsitz; Anlage Kind wurde "unvollständig" zurückgeschickt
- Mdt. fragt ob wir das machen können → ja, Vollmacht liegt vor
- Kindergeldnummer 602FK118842, zuständig Familienkasse Nord
- Ehefrau ⟦N:Eugenia⟧ ist erreichbar unter ⟦TEL:0176-2298-1033⟧ (nachmittags), ⟦E:eugenia.p (at) posteo (dot) de⟧
→ Wiedervorlage 10.12. (HP)`,
  },
  {
    lang: 'de',
    kind: 'rundschreiben-haus-ohne-personen',
    source: `Liebe Kolleginnen und Kollegen im Haus am Lindenplatz,

ab Montag, 07.12.2026, wird die Tiefgarage (Einfahrt Steindamm) saniert. Bitte parkt in dieser Zeit im Parkhaus Lange Reihe (Ebene 3, Stellplätze 301–330 sind für uns reserviert). Der Aufzug im Treppenhaus B ist vom 14. bis 18.12. außer Betrieb.

Zwischen den Jahren (24.12.2026 bis 01.01.2027) bleibt das Haus geschlossen; Heiligabend und Silvester sind keine Arbeitstage. Die Reinigungsfirma Blitzblank kommt am 04.01.2027 wieder.

Schlüsselkarten-Update: Die Zutrittsanlage bekommt Firmware 4.12.7; ältere Karten (Seriennummer 11-xxxx) bitte am Empfang tauschen.

Herzliche Grüße
Eure Hausverwaltung`,
  },
  {
    lang: 'de',
    kind: 'preisliste-fahrschule-ohne-personen',
    source: `FAHRSCHULE BLINKER – PREISLISTE gültig ab 01.01.2027

Art.-Nr.   Leistung                               Preis
B-100      Grundbetrag Klasse B                   390,00 €
B-110      Übungsfahrt (45 min)                    68,00 €
B-120      Überlandfahrt / Autobahn / Nacht       82,00 €
B-130      Vorstellung zur praktischen Prüfung   245,00 €
B197-01    Testfahrt Schaltwagen                  82,00 €
A2-200     Grundbetrag Klasse A2                  420,00 €
LM-10      Lernmaterial (App "Fahrfuchs" 12 Mon.)  89,90 €

Ferienkurs Weihnachten: 28.12.–02.01. (Theorie täglich 9–12 Uhr). Neujahr kein Unterricht.
Zahlung per Lastschrift (Gläubiger-ID DE44ZZZ00000778812) oder Karte. Alle Preise inkl. 19 % MwSt.`,
  },
  {
    lang: 'de',
    kind: 'vereinsnachrichten-ohne-personen',
    source: `GRÜN-WEISS AKTUELL – Dezember 2026

Hallo zusammen!
Die Saison ist vorbei, die Boote sind im Winterlager. Danke an unsere Sponsoren Elbmarsch Autohaus, Bäckerei Rosenhof und "Frank & Frei" Getränke!
Unser neuer Achter heißt "Hanna" – getauft nach der Elbfähre, nicht nach einer Person 😉. Der Zweier "Klaus Störtebeker" geht in die Werft.

Termine
– Weihnachtsrudern 26.12., 11 Uhr, Bootshaus
– Ergo-Cup 17.01.2027, Halle Ellerbeker Schule
– Jahresbeitrag: Einzug am 15.01.2027, Gläubiger-ID DE71ZZZ00001234567, Mandatsreferenz = Mitgliedsnummer

Neue Vereinskleidung bestellbar (Artikel 4411-GW, Größen XS–XXL) im Webshop bis 20.12.
Sportliche Grüße, der Vorstand`,
  },
];
