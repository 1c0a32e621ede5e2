import type { HandSource } from './markup.js';

const d = (kind: string, source: string): HandSource => ({ lang: 'de', kind, source });

/** German hand-written documents of set 50 (Karrierecenter, Musterung, Reservistendienst, Wehrersatz, Zivildienst, Versorgung, Familienbetreuung, Kriegsgräber, Zutritt), each a different kind. */
export const HAND_DE: HandSource[] = [
  d(
    'Karrierecenter Terminbestätigung E-Mail',
    `Von: Karrierecenter der Bundeswehr Koblenz <kc-koblenz@bundeswehr.example>
An: ⦃m:hiskjeltsje.hoekstrawerf@web.de⦄
Betreff: Ihr Beratungstermin am 12.11.2026 – Az. KRC/221/04417

Sehr geehrte Frau ⦃n:Hoekstrawerf⦄,
wir bestätigen Ihren Beratungstermin (Laufbahn Feldwebel Sanitätsdienst) um 09:30 Uhr, Raum 2.14.
Bitte bringen Sie Ihren Personalausweis (⦃k:⦄) und Ihr Abschlusszeugnis mit.
Rückfragen: Tel. 0261 896-0 (Zentrale). Ihre hinterlegte Mobilnummer: ⦃t:0152 7713 408⦄`,
  ),
  d(
    'Einladung Eignungsfeststellung Brief',
    `Bundesamt für das Personalmanagement der Bundeswehr – Assessmentcenter Köln
Herrn ⦃n:Wopkehiddo Terpsmaoen⦄
⦃h:Moselweißer Straße 41, 56073 Koblenz⦄

Einladung zur Eignungsfeststellung am 24.11.2026, 07:30 Uhr
Geburtsdatum laut Bewerbung: ⦃b:03.07.2005⦄ · Bewerbungsnummer KRC/318/22051
Die ärztliche Untersuchung ist Teil des Verfahrens; Ergebnisse teilen wir nur Ihnen mit.
Anreise mit der Bahn: Fahrkarte wird erstattet auf IBAN ⦃i:DE g⦄.`,
  ),
  d(
    'Musterung Terminverschiebung Aktennotiz',
    `Aktennotiz – Stellungskommission Graz (Bundesheer)
Stellungspflichtiger: ⦃n:Tunisut Cjargnelut⦄, geb. ⦃b:19.02.2008⦄
Anschrift: ⦃h:Annenstraße 22, 8020 Graz⦄ · Tel. ⦃t:+43 676 218 4470⦄
Termin 04.12. wegen Schularbeit auf 15.01.2027 verschoben. Nur Verwaltungsvorgang, keine Befunde in dieser Notiz.
Bearbeiter: ⦃n:Meniut Glemonute⦄, Kanzlei`,
  ),
  d(
    'Heranziehungsbescheid Reservistendienst',
    `Karrierecenter der Bundeswehr Mainz – Reservistenangelegenheiten
Az. KRC/402/11873 · Heranziehung EB-2026-30417

Herrn Oberfeldwebel d.R. ⦃n:Djuliyin Houyoûlet⦄
⦃h:Auguststraße 7, 53111 Bonn⦄

Sie werden zu einer Reservistendienstleistung beim LogBtl 461 vom 08.03. bis 19.03.2027 herangezogen.
Unterhaltssicherung: Steuer-Identifikationsnummer ⦃x:g⦄, Rentenversicherungsnummer ⦃s:14061979 Houyoûlet m⦄.`,
  ),
  d(
    'Gesuch Dienstverschiebung WK Formular',
    `Gesuch um Dienstverschiebung – Wiederholungskurs 2027 (Schweizer Armee)
AHV-Nr. siehe Dienstbüchlein · Einteilung: Inf Bat 65 / Stabskp
Name / Vorname: ⦃n:Weyrichkaul⦄ / ⦃n:Jängelchen⦄
Wohnadresse: ⦃h:Rorschacher Strasse 118, 9000 St. Gallen⦄
E-Mail: ⦃m:j.weyrichkaul@bluewin.ch⦄   Mobil: ⦃t:+41 79 402 18 66⦄
Begründung: Abschlussprüfung HSG im Januar; Nachholung im Herbst-WK beantragt.`,
  ),
  d(
    'Wehrpflichtersatzabgabe Veranlagungsverfügung',
    `Kanton St. Gallen – Amt für Militär und Zivilschutz, Wehrpflichtersatz
Veranlagungsverfügung Ersatzjahr 2025, Ref. WPE-2025-08812
⦃n:Mäischel Thillsmillen⦄, ⦃h:Zürcherstrasse 31, 9014 St. Gallen⦄, geb. ⦃b:22.10.1996⦄
Ersatzabgabe CHF 612.00, zahlbar innert 90 Tagen. Rückerstattung bei Nachholung der Dienstage.
Rückerstattungskonto gemäss Ihrer Angabe: ⦃i:CH g⦄`,
  ),
  d(
    'Zivildienst Zuweisungsbescheid',
    `Zivildienstserviceagentur Wien – Zuweisungsbescheid ZDA/2026/55130
Zivildienstpflichtiger: ⦃n:Savvoudakis Matsoukoglou⦄ (geb. ⦃b:11.05.2007⦄)
Einrichtung: Rettungsdienst Rotes Kreuz, Bezirksstelle Graz-Umgebung
Dienstantritt 01.02.2027, Dauer 9 Monate. Meldeadresse: ⦃h:Eggenberger Allee 64, 8020 Graz⦄
Zustellung elektronisch an ⦃m:savvoudakis.m@gmx.at⦄`,
  ),
  d(
    'Chatprotokoll Reservistenhotline',
    `[09:12] Hotline RDL: Guten Morgen, wie können wir helfen?
[09:13] ⦃n:Thazinmyat Htunnyeinmaw⦄: Hallo, meine Heranziehung EB-2026-30988 kollidiert mit der Elternzeit
[09:13] Hotline RDL: Verstehe. Bitte nennen Sie Geburtsdatum und Rückrufnummer.
[09:14] ⦃n:Thazinmyat Htunnyeinmaw⦄: ⦃b:30.01.1991⦄, ⦃t:0160 9120 3374⦄
[09:15] Hotline RDL: Danke, wir leiten an das KRC weiter, Vorgang KRC/221/09934.`,
  ),
  d(
    'Protokoll Familienbetreuungszentrum Sitzung',
    `Protokoll FBZ Koblenz, Besprechung 05.11.2026
Anwesend: Leiterin FBZ, Pfarrer ev. Militärseelsorge, Hptm ⦃n:Lumanti-Bajra Tuladharkot⦄
TOP 1 Angehörigentreffen Einsatzkontingent: Anmeldungen über fbz-koblenz@bundeswehr.example
TOP 2 Frau ⦃n:Sarbadhika Maharjantol⦄ (Ehefrau eines Soldaten im Einsatz) bittet um Kinderbetreuung; Rückruf ⦃t:0173 5520 917⦄
TOP 3 Keine Einwände gegen den Termin 14.12.`,
  ),
  d(
    'Wachdienstplan Kaserne Tabelle',
    `Wachdienstplan Falckenstein-Kaserne, KW 47 – JgBtl 292
Tag | Wachhabender        | Posten 1              | Posten 2
Mo  | ⦃n:Obinnaeze Okonkwoeze⦄ | ⦃n:Kelechimma Anyanwuchi⦄ | ⦃n:Adaobiora Onwuemenyi⦄
Di  | ⦃n:Uchennaka Nnamdiokoli⦄ | ⦃n:Chiamakanwa Obiechinam⦄ | ⦃n:Ifeanyichim Nwachukwuora⦄
Tausch nur über den Spieß, Tel. intern 3210.`,
  ),
  d(
    'Antrag Besucherausweis Liegenschaft',
    `Antrag auf Besucherausweis – Liegenschaft Hardthöhe, Fontainengraben 150, 53123 Bonn
Besucher/in: ⦃n:Rutendomuchi Chiwenganyika⦄   Geburtsdatum: ⦃b:17.09.1988⦄
Ausweisdokument: Reisepass ⦃r:⦄
Anlass: Vereidigung des Sohnes, Begleitung durch StFw ⦃n:Farairoro Mutasatombo⦄
Privatanschrift: ⦃h:Im Tannenbusch 12, 53119 Bonn⦄`,
  ),
  d(
    'Fremdfirmen Zutrittsliste CSV',
    `firma;name;ausweis;gueltig_bis;bereich
Elektro Lahnstein GmbH;⦃n:Kyriakitsa-Ana Ordouloglou⦄;⦃k:⦄;31.12.2026;Gebäude 12
Elektro Lahnstein GmbH;⦃n:Efstathoulis Tripolitsidis⦄;⦃k:⦄;31.12.2026;Gebäude 12
Kältetechnik Weiß KG;⦃n:Parthenitsa Kromnitidou⦄;⦃r:⦄;15.01.2027;Küche Truppenküche`,
  ),
  d(
    'Helpdesk-Ticket Versorgungsauskunft',
    `Ticket #BAPERS-77120 · Kategorie Versorgung · Priorität normal
Melder: ⦃n:Gajananrao Deshpandekar⦄ (Berufssoldat a.D.), ⦃m:gajanan.deshpandekar@t-online.de⦄
Beschreibung: Versorgungsauskunft zeigt falsche Dienstzeit 1998–2001. Bitte Korrektur.
Rentenversicherungsnummer ⦃s:21081977 Deshpandekar m⦄, Rückruf ⦃t:+49 151 2088 6631⦄
Status: an Referat III 2 weitergeleitet.`,
  ),
  d(
    'Vorschlag Ehrenzeichen der Bundeswehr',
    `Vorschlag zur Verleihung des Ehrenzeichens der Bundeswehr in Silber
Einheit: SanRgt 2, Rennerod · Vorschlagende: Kompaniechefin
Vorgeschlagen: Hauptfeldwebel ⦃n:Sowjanyasri Kotagiriraju⦄, geb. ⦃b:08.04.1984⦄
Begründung: zwölf Jahre Ausbildungsverantwortung, Katastrophenhilfe Ahrtal 2021.
Die Urkunde soll an die Privatanschrift ⦃h:Am Wasserturm 5, 56068 Koblenz⦄ gehen.`,
  ),
  d(
    'E-Mail-Verlauf Kriegsgräberanfrage mit Zitat',
    `Von: ⦃n:Hemavathidevi Hosamaniyavar⦄ <⦃m:hema.hosamani@posteo.de⦄>
Betreff: AW: Ihre Anfrage Grablage – Vorgang VK-2026-1184

Vielen Dank! Mein Großvater ist also in Ysselsteyn bestattet. Können Sie mir die Besuchsfahrt schicken?
Meine Anschrift: ⦃h:Römerstraße 90, 53117 Bonn⦄

> Am 02.11.2026 schrieb Gräbernachweis:
> Der Gesuchte ruht auf der Kriegsgräberstätte Ysselsteyn, Block CW, Reihe 4.
> Bitte bestätigen Sie Ihre Verwandtschaft als Enkelin.`,
  ),
  d(
    'Antrag Umzugskostenvergütung Versetzung',
    `Antrag auf Umzugskostenvergütung (Versetzung zum Kdo Heer, Strausberg)
Antragsteller: ⦃n:Pandurangrao Kulkarnipatil⦄, Personalakte bei BAPersBw
Bisherige Wohnung: ⦃h:Hardtbergallee 14, 53123 Bonn⦄
Mitumziehende: Ehefrau ⦃n:Mrunmayitai Kulkarnipatil⦄, geb. ⦃b:26.06.1987⦄
Erstattung auf ⦃i:DE⦄ · Telefon ⦃t:0177 3408 2215⦄`,
  ),
  d(
    'Elternbrief Schulplatz nach Versetzung',
    `Sehr geehrte Schulleitung,
wegen der Versetzung meines Mannes nach Munster suchen wir ab Februar einen Platz in Klasse 6 für unsere Tochter
⦃n:Simranjeetkaur Dhaliwalkot⦄ (geb. ⦃b:14.03.2015⦄).
Bisherige Schule: Grundschule Koblenz-Moselweiß. Erreichbar bin ich unter ⦃t:0152 6634 0921⦄ oder
⦃m:gurleen.dhaliwalkot@gmx.net⦄.
Mit freundlichen Grüßen ⦃n:Gurleenpreet Dhaliwalkot⦄`,
  ),
  d(
    'Notiz Partnerjobbörse Ehepartnerbeschäftigung',
    `Notiz Sozialdienst – Partnerjobbörse
Ehepartnerin ⦃n:Dulmazhapova Badmaevtsyr⦄ (Pflegefachkraft) sucht Stelle im Raum Munster ab 03/2027.
Lebenslauf per Mail von ⦃m:dulma.badmaevtsyr@mailbox.org⦄ erhalten; Weiterleitung an BwKrhs nur mit Einwilligung.
Einwilligung liegt vor (unterschrieben 06.11.).`,
  ),
  d(
    'Versorgungsbescheid Auszug',
    `Bundesamt für das Personalmanagement der Bundeswehr – Versorgung
Festsetzung der Versorgungsbezüge · Az. VS-III-2026-41120
Empfänger: ⦃n:Siddalingaiah Kodagurappa⦄, ⦃h:Rheinallee 3, 56070 Koblenz⦄
Steuer-ID ⦃x:⦄ · Zahlung auf ⦃i:DE g⦄
Dienstzeitende 30.09.2026; ruhegehaltfähige Dienstzeit 34 Jahre.`,
  ),
  d(
    'Antrag Veteranenabzeichen Online-Formular',
    `Antrag Veteranenabzeichen – Formular 2026
Dienstgrad/Name: Stabsunteroffizier d.R. ⦃n:Zhargalsaikhan Dorzhievdoo⦄
Dienstzeit: 2009–2015, letzte Einheit PzGrenBtl 371
Versandanschrift: ⦃h:Schängelgasse 9, 56068 Koblenz⦄
Nachweis: Kopie Personalausweis ⦃k:⦄`,
  ),
  d(
    'SMS-Verlauf Feldwebel Reservistin',
    `⦃t:+49 1573 0091 822⦄ → Fw ⦃n:Tsyrendorzho Sanzhievbair⦄
Hallo, hier ⦃n:Tuyanadashi Gomboevtsyr⦄. Komme erst Samstag zur Übung, Zug fällt aus.
→ Ok, melde dich beim UvD. Neue Handynummer?
← Ja: ⦃t:0173 6620 4418⦄`,
  ),
  d(
    'Einberufungsbefehl Milizübung Bundesheer',
    `Militärkommando Steiermark – Einberufungsbefehl zu einer Milizübung
Wehrpflichtiger: ⦃n:Sesegmaanai Zhamsuevdash⦄, geb. ⦃b:02.12.1993⦄
Adresse: ⦃h:Lendplatz 27, 8020 Graz⦄
Einrückung: 06.04.2027, 07:00 Uhr, Kaserne Straß. Bei Verhinderung sofort melden: Kanzlei Tel. 050201 50 0.`,
  ),
  d(
    'Antrag Erstattung Verdienstausfall Arbeitgeber',
    `Antrag auf Erstattung nach dem Unterhaltssicherungsgesetz (Arbeitgeberleistungen)
Reservist: ⦃n:Ilkanikaa Udygirkan⦄, Rentenversicherungsnummer ⦃s:05051982 Udygirkan f⦄
Übung 02.–13.11.2026, Heranziehung EB-2026-31102
Arbeitgeber: Spedition Nörr GmbH, Koblenz. Rückfragen zur Person: ⦃t:0160 7752 1304⦄`,
  ),
  d(
    'Meldung Adressänderung Reservistendatei',
    `Änderungsmeldung Reservistendaten (Formblatt RD-17)
Name: ⦃n:Ngaravako Laptanderko⦄ · bisher: ⦃h:Weiherstraße 2, 56727 Mayen⦄
neu: ⦃h:Auguststraße 61, 53111 Bonn⦄ · ab 01.12.2026
E-Mail: ⦃m:ngaravako.l@online.de⦄`,
  ),
  d(
    'Gesprächsnotiz Sozialdienst Veteran',
    `Gesprächsnotiz Sozialdienst der Bundeswehr, Koblenz, 04.11.2026
Gesprächspartner: ⦃n:Cungauyar Qissunamiut⦄ (Veteran, Einsatz 2011)
Anliegen: Unterstützung beim Antrag auf Einsatzversorgung; Lotsenkontakt vereinbart.
Erreichbar: ⦃t:0151 4459 0372⦄, ⦃h:Rheinallee 88, 56068 Koblenz⦄`,
  ),
  d(
    'Statistik Eignungsfeststellungen pro Karrierecenter',
    `Eignungsfeststellungen Oktober 2026 (vorläufig)
KC          | eingeladen | erschienen | geeignet
Koblenz     | 412        | 371        | 288
Mainz       | 298        | 260        | 201
Düsseldorf  | 530        | 466        | 349
Quelle: BAPersBw, Referat I 3; keine personenbezogenen Daten.`,
  ),
  d(
    'Merkblatt Fristen Wehrpflichtersatz',
    `Merkblatt Wehrpflichtersatzabgabe – wichtige Fristen
1. Einsprache gegen die Veranlagung: 30 Tage ab Zustellung.
2. Rückerstattung: Gesuch innert 5 Jahren nach Nachholung der Dienstage.
3. Auskunft: Kreiskommando, Montag bis Freitag 08:00–11:30.
Die Abgabe beträgt 3 % des steuerbaren Einkommens, mindestens CHF 400.`,
  ),
  d(
    'Wartungsankündigung IT Karrierecenter',
    `Wartungsankündigung: Am Samstag, 21.11.2026, 06:00–14:00 Uhr sind das Bewerberportal und die
Terminbuchung der Karrierecenter nicht erreichbar. Grund: Migration der Datenbank auf krc-db-02.
Bereits gebuchte Termine bleiben bestehen. Ansprechstelle: IT-Servicedesk, Ticketqueue KRC-OPS.`,
  ),
  d(
    'Telefonnotiz Hinterbliebenenbetreuung',
    `Telefonnotiz 03.11.2026, 14:20 – Hinterbliebenenbetreuung
Anruferin: ⦃n:Arnaqulluk Kuigpagmiut⦄, Witwe des verstorbenen OStFw
Bittet um Übersendung der Sterbegeldunterlagen an ⦃h:Moselweißer Straße 12, 56073 Koblenz⦄
Rückruf erwünscht unter ⦃t:0261 9734 218⦄.`,
  ),
  d(
    'Reklamation Kartenzahlung Truppenküche',
    `Reklamation an die Betreuungsgesellschaft – Doppelbuchung Offiziersheim
Karteninhaber: ⦃n:Ahyokawa Wahnenauhi⦄
Karte ⦃c:-⦄ am 29.10. zweimal mit 48,50 € belastet (Beleg Kasse 2).
Bitte Gutschrift; Kontakt ⦃m:ahyokawa.w@web.de⦄.`,
  ),
];
