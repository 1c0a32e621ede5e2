/**
 * Set 12's hand-written German documents: hotels, trades, haulage, farms, clubs, driving schools,
 * garages, caterers, campsites and ski schools in Germany, Austria and Switzerland.
 * Marks: ⁅N|name⁆ ⁅M|e-mail⁆ ⁅F|phone⁆ ⁅IB|IBAN⁆ ⁅CC|card⁆ ⁅IP|ip⁆ ⁅ST|tax id⁆ ⁅RV|pension no.⁆
 * ⁅PI|ID card⁆ ⁅PP|passport⁆ ⁅GD|birth date⁆ ⁅AD|private address⁆.
 */
export const HAND_DE: { lang: 'de'; kind: string; source: string }[] = [
  {
    lang: 'de',
    kind: 'rezeption-uebergabebuch',
    source: `Übergabebuch Rezeption – Hotel Alpenrose, Nachtschicht 14./15.11.

22:40 Zi. 214 (⁅N|Kobayashi⁆) beschwert sich über Lärm aus 216. Bin hoch, war der Fernseher. Erledigt.
23:15 Spätanreise Frau ⁅N|Tőkés⁆ – nein, Korrektur: ⁅N|Csilla Tőkés⁆, Buchung über Portal, Kreditkarte hinterlegt. Schlüssel 118.
01:05 Anruf von ⁅F|+43 664 2190447⁆, wollte Herrn ⁅N|Unterweger⁆ sprechen – ist nicht Gast bei uns, aufgelegt.
06:10 Frühstück: Allergie-Zettel für ⁅N|Hinteregger⁆ (Zi. 305) liegt in der Küche.
Übergabe an ⁅N|Rosalinde⁆ (Frühschicht). – J.K.`,
  },
  {
    lang: 'de',
    kind: 'meldeschein-ocr',
    source: `MELDESCHEIN  Nr. 0048812
Gästehaus Bergblick · Kirchweg 4 · 6561 Ischgl

Familienname ⁅N|SCHWARZENBACHER⁆          Vorname(n) ⁅N|Baldur⁆
Geburtsdatum ⁅GD|O4.O9.1971⁆              Staatsangehörigkeit Deutschland
Anschrift  ⁅AD|Sägewerkstraße l2
94469 Deggendorf⁆
Reisedokument  Personalausweis  Nr. ⁅PI|LG77NN3417⁆
Mitreisende: Ehefrau ⁅N|Mägi⁆, 1 Kind (7 J.)
Ankunft 26.12.  Abreise 02.01.`,
  },
  {
    lang: 'de',
    kind: 'gaeste-beschwerde-mail',
    source: `Von: ⁅N|Vytautas Kazlauskas⁆ <⁅M|v.kazlauskas@posteo.de⁆>
An: rezeption@seehotel-brienz.ch
Betreff: Rechnung Zimmer 12 – doppelt belastet

Grüezi,
meine Karte (⁅CC|5268 3548 5761 8422⁆) wurde für den Aufenthalt vom 3.–5. Oktober zweimal belastet.
Bitte erstatten Sie den zweiten Betrag. Sie erreichen mich unter ⁅F|+49 171 4402981⁆.

Freundliche Grüsse
⁅N|Vytautas Kazlauskas⁆
⁅AD|Kiebitzweg 7, 25813 Husum⁆`,
  },
  {
    lang: 'de',
    kind: 'no-show-notiz',
    source: `NO-SHOW 08.03. – Res. 77341
Gast: ⁅N|Stoychev, Blagoy⁆
Garantie: ⁅CC|4639 9136 6378 4234⁆ (gültig bis 09/28)
Stornogebühr 1 Nacht = 128,00 € belastet. Mail an Gast ⁅M|blagoy.stoychev@web.de⁆ raus. Chef (W.) informiert.`,
  },
  {
    lang: 'de',
    kind: 'handwerk-angebot',
    source: `Elektro Funkenflug GmbH · Gewerbepark 12 · 79108 Freiburg · Tel. 0761 48 11 90 · info@funkenflug-elektro.de

Frau
⁅N|Vendulka Nedbal⁆
⁅AD|Im Wiesengrund 23
79098 Freiburg im Breisgau⁆

Angebot A-2026-118 – Erneuerung Unterverteilung Keller

Sehr geehrte Frau ⁅N|Nedbal⁆,
vielen Dank für Ihre Anfrage vom 2. Juni. Wir bieten Ihnen an:
Pos. 1  Unterverteilung 3-reihig, Montage und Anschluss      1.240,00 €
Pos. 2  FI/LS-Schalter 6 Stk.                                  486,00 €
Ihr Ansprechpartner: Meister ⁅N|Pirmin Vieli⁆, mobil ⁅F|0160 9923 418⁆.

Mit freundlichen Grüßen
i. A. ⁅N|Telse Rickmers⁆`,
  },
  {
    lang: 'de',
    kind: 'aufmass-tabelle',
    source: `AUFMASS Bad OG – Baustelle ⁅N|Haslbeck⁆, ⁅AD|Obere Au 5, 87435 Kempten⁆
Aufgenommen: ⁅N|Momme Jappsen⁆ (Geselle)

| Pos | Raum  | Länge | Breite | Fläche |
|-----|-------|-------|--------|--------|
| 1   | Bad   | 2,85  | 2,10   | 5,99   |
| 2   | WC    | 1,20  | 0,95   | 1,14   |
| 3   | Flur  | 3,40  | 1,05   | 3,57   |

Fliesen 30x60 grau, Kunde wünscht Sockel. Rückruf Kunde: ⁅F|0831 69 28 14⁆`,
  },
  {
    lang: 'de',
    kind: 'baustellen-whatsapp',
    source: `[07:12] ⁅N|Fokko Petersilka⁆: Moin, bin bei ⁅N|Wübbenhorst⁆ drin, Heizung läuft wieder 👍
[07:14] Büro Sanitär Thießen: Super. Denk an Unterschrift auf dem Stundenzettel
[07:31] ⁅F|+49 151 2083476⁆: Hier ⁅N|Hilke⁆ vom Großhandel, Rohr 22 mm erst morgen
[07:33] ⁅N|Fokko Petersilka⁆: Mist. Dann Termin bei ⁅N|Rüegsegger⁆ verschieben?
[07:35] Büro Sanitär Thießen: mach ich, Kunde hat Nummer ⁅F|04841 77 902⁆`,
  },
  {
    lang: 'de',
    kind: 'notdienst-protokoll',
    source: `Notdienst-Protokoll Heizung/Sanitär – Sa 17.01.
Anrufer: ⁅N|Zamfira Bârsan⁆, Tel. ⁅F|0551 3904 27⁆
Einsatzort: ⁅AD|Hopfengartenstraße 41, 37073 Göttingen⁆ (Mieterin, Vermieter: Wohnbau Leinetal GmbH, Weender Landstraße 6, 37073 Göttingen)
Schaden: Wasser tritt aus Zähler aus
Monteur: ⁅N|Kund Gombocz⁆  Anfahrt 21:40  Ende 23:05
Vermieter informiert über stoerung@wohnbau-leinetal.de`,
  },
  {
    lang: 'de',
    kind: 'lieferschein',
    source: `LIEFERSCHEIN 4471093
Baustoffe Kalkbrenner KG · Hafenstraße 3 · 18055 Rostock
Lieferung an: Bauherr ⁅N|Marrit Boersma⁆, ⁅AD|Schleusenweg 9, 18055 Rostock⁆
Auftrag JS12-40032  ·  Fahrzeug HRO-KB 412
10 Pal. Kalksandstein KS 20 DF
Empfang bestätigt: ________  (Name in Druckbuchstaben: ⁅N|MARRIT BOERSMA⁆)`,
  },
  {
    lang: 'de',
    kind: 'fahrer-tagesbericht',
    source: `Tagesbericht Fahrer – Kurier Blitzrad Linz
Fahrer: ⁅N|Ghazaryan, Hrant⁆     Fzg.: L-4711 BR     Dienst: 06:00–15:30
Stopp 1  Apotheke Urfahr           07:02  ok
Stopp 2  ⁅N|Petronela Zăvoianu⁆ (privat)   07:40  nicht angetroffen → Nachbar Nr. 9
Stopp 3  Bäckerei Lichtenberg       08:15  ok
Störung: Reifen, Werkstatt informiert. Bei Fragen ⁅F|+43 664 8820213⁆ (⁅N|Hrant⁆).`,
  },
  {
    lang: 'de',
    kind: 'cmr-reklamation',
    source: `Betreff: Schaden Sendung CMR-12004471 – Palette 3 beschädigt
Sehr geehrte Damen und Herren,
bei Entladung in Scharnstein war Palette 3 umgestürzt (Fotos anbei). Fahrer ⁅N|Stanikzai⁆ hat Vorbehalt in Feld 24 eingetragen.
Bitte um Regulierung über Ihre Versicherung.
––
⁅N|Drahomíra Skořepa⁆ · Disposition · Molkerei Almtal GmbH
Tel. ⁅F|07615 20 44-31⁆ · dispo@molkerei-almtal.at`,
  },
  {
    lang: 'de',
    kind: 'saisonkraft-personalbogen',
    source: `Personalfragebogen kurzfristige Beschäftigung (Erntehelfer) – Obsthof Sonnenhalde
Name: ⁅N|Chrząszcz⁆     Vorname: ⁅N|Wojsław⁆     geb. am ⁅GD|07.06.1994⁆ in Tarnów
Wohnanschrift in Deutschland: Unterkunft Hofweg 2 (Betrieb)
Steuer-ID: ⁅ST|62 593 807 180⁆
Rentenvers.-Nr.: ⁅RV|42 070694 C 35 1⁆
Bank: ⁅IB|DE34 7622 7848 8525 4136 45⁆
Weitere Beschäftigungen im Kalenderjahr: keine (Student)`,
  },
  {
    lang: 'de',
    kind: 'erntehelfer-unterkunftsliste',
    source: `Unterkunft;Zimmer;Nachname;Vorname;Handy;Anreise
Haus A;1;⁅N|Olszewska⁆;⁅N|Dobrosława⁆;⁅F|+48 601 228 914⁆;02.05.
Haus A;1;⁅N|Żółtowska⁆;⁅N|Wszebora⁆;⁅F|+48 512 040 377⁆;02.05.
Haus B;4;⁅N|Țurcanu⁆;⁅N|Ghiocel⁆;⁅F|+40 745 118 602⁆;09.05.
Haus B;4;⁅N|Cârstea⁆;⁅N|Vasilica⁆;;09.05.`,
  },
  {
    lang: 'de',
    kind: 'hofladen-rundbrief',
    source: `Hofladen-Rundbrief Mai
Liebe Kundinnen und Kunden,
die ersten Erdbeeren sind da! Ab Samstag Selbstpflücken am Feld an der Graf-Zeppelin-Straße.
Spargel weiß Kl. I 9,80 €/kg · Hofeier 10 Stk. 4,20 €
Unsere Traktoren FN-HS 88 und FN-HS 89 sind wieder auf den Feldwegen unterwegs – bitte Vorsicht.
Ihr Team vom Obsthof Sonnenhalde, Hofweg 2, 88677 Markdorf`,
  },
  {
    lang: 'de',
    kind: 'vereins-aufnahmeantrag',
    source: `Aufnahmeantrag TSV Turnvater Jahn 1888 e.V. – Abteilung Ringen
Name, Vorname: ⁅N|Tsakiris, Prodromos⁆
Geburtsdatum: ⁅GD|23. August 1989⁆
Anschrift: ⁅AD|Pfarrfeld 17
54290 Trier⁆
Telefon: ⁅F|0651 99 41 27⁆   E-Mail: ⁅M|prodromos.tsakiris@t-online.de⁆
SEPA-Lastschrift: Kontoinhaber wie oben, IBAN ⁅IB|DE78 1343 8285 9597 0673 05⁆
Gläubiger-ID DE44ZZZ00000331178 · Mandatsreferenz 1888-0412`,
  },
  {
    lang: 'de',
    kind: 'jugendtrainer-elternmail',
    source: `Hallo liebe Eltern der E2,
Samstag Auswärtsspiel in Markdorf, Abfahrt 8:15 am Vereinsheim. Fahrer bisher: Papa von ⁅N|Jaswinder⁆ und ⁅N|Itziar Casademunt⁆.
⁅N|Kotaro⁆ und ⁅N|Ynte⁆ sind krank gemeldet. Wer noch fahren kann, bitte kurz an mich: ⁅F|0176 3318 2044⁆.
Sportliche Grüße
⁅N|Heiri Imhasly⁆ (Jugendtrainer)`,
  },
  {
    lang: 'de',
    kind: 'spielbericht-kreisliga',
    source: `SV Heiligkreuz – FC Rheinauen 2:2 (1:0)
Das Spitzenspiel hielt, was es versprach. ⁅N|Avagyan⁆ traf nach Vorarbeit von ⁅N|Zupančič⁆ zur Führung (23.). Nach der Pause glich ⁅N|Tuilagi⁆ per Kopf aus, ⁅N|Gunnlaugsson⁆ drehte das Spiel, ehe ⁅N|Shukuru Mwangi⁆ in der Nachspielzeit das verdiente 2:2 besorgte.
Schiedsrichter: ⁅N|Gašper Kranjc⁆ (Konstanz). Zuschauer: 340.`,
  },
  {
    lang: 'de',
    kind: 'vorstandsprotokoll-verein',
    source: `Protokoll Vorstandssitzung Skiclub Zirbenhang, 9.10.
Anwesend: ⁅N|Wolfi Pfeifenberger⁆ (1. Vors.), ⁅N|Poldi Lackner-Pichl⁆ (Kasse), ⁅N|Leiv Tjelle⁆, ⁅N|Sólveig Þórðardóttir⁆
TOP 1 Mitgliedsbeiträge: Erhöhung auf 45 € beschlossen.
TOP 2 Vereinsbus: Angebot Autohaus (Kennz. I-SKI 12) liegt vor.
TOP 3 Ehrung ⁅N|Gudmund Strömgren⁆ für 40 Jahre Mitgliedschaft.
Protokoll: ⁅N|Lackner-Pichl⁆`,
  },
  {
    lang: 'de',
    kind: 'fahrschul-anmeldung',
    source: `Fahrschule Kupplung & Co. – Anmeldung Klasse B / BF17
Fahrschüler/in: ⁅N|Simranjit Sidhu⁆
geboren am ⁅GD|11.02.2009⁆ in Deggendorf
Ausweis: ⁅PI|MZ2TNN34L0⁆
Wohnort: ⁅AD|Flachsröste 3, 94469 Deggendorf⁆
Handy: ⁅F|0152 27 19 448⁆
Begleitperson BF17: Vater ⁅N|Balwinder Sidhu⁆, ⁅F|0991 3718 22⁆
Sehtest: ja · Erste Hilfe: ja`,
  },
  {
    lang: 'de',
    kind: 'pruefungstermine-liste',
    source: `Prüfungstermine TÜV – KW 47
Mo 08:15  ⁅N|Leiv Sundberg⁆        Praxis B     Fahrlehrer Ra.
Mo 09:30  ⁅N|Ümran Karadeniz⁆      Praxis B     Fahrlehrer Ra.
Di 13:00  ⁅N|Anoma Ratnayake⁆      Theorie
Mi 07:45  ⁅N|Chatrina Derungs⁆     Praxis A2    Fahrlehrer Ko.
Bitte 15 Min. vorher da sein, Ausweis mitbringen!`,
  },
  {
    lang: 'de',
    kind: 'werkstatt-auftrag',
    source: `Werkstattauftrag 26-3390  Kfz-Meisterbetrieb Zündfunke
Kunde: ⁅N|Lucreția Stănculescu⁆, ⁅AD|Lerchenweg 40, 37079 Göttingen⁆, ⁅F|0551 4903 71⁆
Fahrzeug: Dacia Duster, GÖ-LS 2024, FIN UU1HSDADG45901227, km 84.112
Arbeiten: Zahnriemen, Wasserpumpe, HU/AU
Abholung durch Ehemann ⁅N|Sabinuța⁆? – nein, Sohn. Bezahlung bar.`,
  },
  {
    lang: 'de',
    kind: 'rueckruf-notiz',
    source: `Rückruf bitte!
für: Meister ⁅N|Heiko-Jelle Ohlsen-Tams⁆
von: Hr. ⁅N|Mourad Bouzidi⁆
Nr.: ⁅F|0172 / 90 18 233⁆
Wegen: Kostenvoranschlag Getriebe, will wissen ob Garantie greift
angenommen 14:20 Uhr, Mo`,
  },
  {
    lang: 'de',
    kind: 'catering-angebot',
    source: `Genuss & Gabel Eventcatering · Am Kornspeicher 2 · 4020 Linz

Angebot für Familie ⁅N|Hakobyan⁆
Hochzeit am 12. September, 80 Gäste, im Garten: ⁅AD|Almweg 14, 4020 Linz⁆
Menü „Landhaus“ 54 €/Person, Kinder bis 12 J. die Hälfte
Anzahlung 30 % auf ⁅IB|AT74 8006 8815 4876 3144⁆
Ansprechpartnerin: ⁅N|Zaruhi Hakobyan⁆, ⁅F|+43 664 5012 986⁆, ⁅M|zaruhi.hakobyan@aon.at⁆`,
  },
  {
    lang: 'de',
    kind: 'allergieliste-catering',
    source: `Allergien / Unverträglichkeiten – Firmenfeier Brandschutz Nord
Tisch 1: ⁅N|Yael Rosenzweig⁆ – koscher
Tisch 1: ⁅N|Boje Clausthal⁆ – Nüsse (!), Notfallset dabei
Tisch 3: ⁅N|Fatmir Rexhepi⁆ – kein Schwein
Tisch 4: ⁅N|Jurgita Vaitkutė⁆ – Laktose
Küche bitte Tellerkarten beschriften (nur Vornamen).`,
  },
  {
    lang: 'de',
    kind: 'campingplatz-buchung',
    source: `Buchungsbestätigung Camping Seewiese am Brienzersee
Gast: ⁅N|Pawlu Xuereb⁆, ⁅AD|Eichholzweg 8, 3800 Interlaken⁆
Stellplatz B17 (Strom 16 A) · 04.07.–18.07. · 2 Erw., 1 Hund
Wohnmobil BE 412 778
Kontakt: ⁅M|pawlu.xuereb@bluewin.ch⁆ / ⁅F|+41 79 612 40 88⁆
Reisepass Mitreisende (DE): ⁅N|Rožanne Xuereb⁆, Nr. ⁅PP|G0MPWL4PY3⁆`,
  },
  {
    lang: 'de',
    kind: 'camping-wlan-log',
    source: `2026-07-09 21:14:02 hotspot-seewiese DHCPACK ⁅IP|178.197.228.41⁆ to 3c:22:fb:91:0e:12 (iPhone-von-⁅N|Mierta⁆)
2026-07-09 21:14:40 hotspot-seewiese LOGIN voucher 44-912 user ⁅M|mierta.cadonau@gmx.ch⁆ ip ⁅IP|178.197.228.41⁆
2026-07-09 22:01:17 hotspot-seewiese LOGIN voucher 44-913 user platz-a03 ip ⁅IP|2a02:1210:5c0f:9e00::1b⁆
2026-07-09 22:30:55 hotspot-seewiese BLOCK p2p from ⁅IP|2a02:1210:5c0f:9e00::1b⁆`,
  },
  {
    lang: 'de',
    kind: 'skischule-kursliste',
    source: `Skischule Zirbenhang – Kinderkurs „Bambini“ 27.12.–31.12.
1. ⁅N|Losana Fifita⁆ (⁅GD|2019-03-02⁆) – Mama ⁅F|+43 676 402 1189⁆
2. ⁅N|Onni Heikkinen⁆ (⁅GD|14.11.2018⁆) – braucht Leihhelm
3. ⁅N|Tamati Parata⁆ (⁅GD|2.5.2019⁆)
Skilehrerin: ⁅N|Eka Abashidze⁆ · Treffpunkt Zauberteppich`,
  },
  {
    lang: 'de',
    kind: 'skiverleih-vertrag',
    source: `MIETVERTRAG Skiverleih Talstation  Nr. 12-0931
Mieter: ⁅N|Mzia Japaridze⁆
Pfand: Personalausweis ⁅PI|VGGT0KX692⁆ (Kopie) – Original zurückgegeben
Ski Atomic 158 cm, Schuhe 38,5, Helm S
Mietzeit 3 Tage · 96,00 € · bezahlt mit Karte ⁅CC|3414 024654 80750⁆
Unterschrift Mieter ………`,
  },
  {
    lang: 'de',
    kind: 'lohn-rueckfrage',
    source: `Hallo Frau ⁅N|Achieng⁆,
für die Lohnabrechnung Oktober fehlt uns noch Ihre Steuer-ID. Die Nummer auf dem Zettel (⁅ST|78253109683⁆) gehört laut ELStAM zu jemand anderem – bitte prüfen.
Ihre Rentenversicherungsnummer ⁅RV|53231187D692⁆ haben wir; Geburtsname also mit D?
Danke und Gruß
⁅N|Josée Robichaud⁆ · Lohnbüro Hotel Alpenrose · lohn@alpenrose-hotel.de`,
  },
  {
    lang: 'de',
    kind: 'preisaushang-werkstatt',
    source: `PREISE WERKSTATT (inkl. MwSt.)
Ölwechsel inkl. Filter ab 89,– €
Reifenwechsel 4 Räder 40,– € · Einlagerung/Saison 35,– €
Klimaservice 119,– €
HU/AU-Termine Dienstag und Donnerstag, Prüfingenieur vor Ort
Auftragsnr. immer angeben (JS12-…) · Kfz-Meisterbetrieb Zündfunke, Ringstraße 88, 37079 Göttingen`,
  },
  {
    lang: 'de',
    kind: 'trainingsplan-rundmail',
    source: `Sehr geehrte Damen und Herren, liebe Mitglieder,
ab Montag gilt der Winter-Trainingsplan: Halle an der Sophie-Scholl-Schule (Eingang Robert-Koch-Straße), Mo/Mi 18–20 Uhr.
Das Hallenturnier um den Franz-Beckenbauer-Pokal findet am 14.02. statt.
Mit sportlichen Grüßen
Der Vorstand des SV Ludwig Jahn 1920 e.V., Sportplatzweg 1, 25813 Husum`,
  },
  {
    lang: 'de',
    kind: 'reisepass-erfassung-hotel',
    source: `Gästeblatt Ausland (Gasthof zur Post) – Pflichtangaben
Gast: ⁅N|KORHONEN-LAINE, MARJATTA⁆
Pass Nr. (DE, ausgestellt München): ⁅PP|CVZZCM1024⁆
geb. ⁅GD|30.01.1966⁆
Begleitung: ⁅N|Juhani Mäkelä⁆ (Lebensgefährte), Pass Finnland – Nr. nicht notiert
Zimmer 12, Halbpension`,
  },
  {
    lang: 'de',
    kind: 'stallbuch-notiz',
    source: `Stallbuch Hof Brandlhuber, Okt.
03.10. Tierarzt Dr. ⁅N|Kaltenecker⁆ – Klauenpflege, 2 Kühe behandelt (Ohrmarke DE 09 123 45678, DE 09 123 45690)
05.10. Aushilfe ⁅N|Quirin⁆ krank, vertreten durch ⁅N|Xaverl Huberbauer⁆
07.10. Milchabholung Molkerei, Fahrer neu: ⁅N|Ahmadullah Wardak⁆ (⁅F|0162 7730 581⁆)
Kontakt LKV: service@lkv-bayern.example.de`,
  },
];
