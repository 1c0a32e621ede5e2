/**
 * Hand-written German documents of test set 5, as found on a company's shared drive and in its
 * ticket system. `«N:…»` marks a person, `«M:…»` an e-mail address, `«T:…»` a phone number,
 * `«B:…»` a date of birth, `«A:…»` a private postal address (street to town, one span); `«I»`,
 * `«K»`, `«S»`, `«R»`, `«X»`, `«Q»`, `«V»` fill valid generated values. Conventions of sets 3
 * and 4: titles (Herr, Frau, Dr.) and field labels stay outside a span; "Nachname, Vorname" is
 * one span; company and authority addresses and PO boxes are not labelled; every e-mail address
 * and phone number is labelled, role mailboxes and switchboards included.
 */
export interface HandDoc {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

export const HAND_DE: HandDoc[] = [
  {
    lang: 'de',
    kind: 'mail thread with quoted reply',
    source: `Betreff: AW: AW: Rückfrage Umzug Arbeitsplatz 3. OG

Hi «N:Gunhild»,

passt, ich trag dich für Donnerstag ein. Schlüssel bekommst du bei «N:Tuncay» am Empfang.

VG «N:Korbi»

Am 14.11.2026 um 09:12 schrieb «N:Gunhild Tiedtke» <«M:g.tiedtke@tiedemann-logistik.de»>:
> Hallo «N:Korbinian»,
> kurze Frage: kann ich meine Kiste schon Mittwoch Abend rüberstellen? Ich bin Do ab 7 da.
> Danke + Gruß
> «N:Gunhild»
>
> --
> «N:Gunhild Tiedtke» | Teamleitung Disposition
> Tiedemann Logistik GmbH | Hafenstraße 31 | 28217 Bremen
> Tel. «T:+49 421 38871-214» | Mobil «T:0171 / 44 20 913»
`,
  },
  {
    lang: 'de',
    kind: 'forwarded mail with headers',
    source: `---------- Weitergeleitete Nachricht ---------
Von: «N:Sieglinde Osterloh» <«M:sieglinde.osterloh@web.de»>
Datum: Mo., 2. Nov. 2026 um 18:40
Betreff: Kündigung Stellplatz 14
An: vermietung@wohnbau-nordheide.de
Cc: «N:Waltraut Osterloh» <«M:h.osterloh62@gmx.net»>

Sehr geehrte Damen und Herren,

hiermit kündige ich den Tiefgaragenstellplatz Nr. 14 zum 31.01.2027. Die Miete wurde bisher von
meinem Konto «I» abgebucht, bitte stellen Sie den Einzug danach ein.

Mit freundlichen Grüßen
«N:Sieglinde Osterloh»
«A:Am Kiekeberg 7b, 21224 Rosengarten»

---
«N:Edeltraud», kannst du das bitte im System erfassen? Danke, «N:Lothar»
`,
  },
  {
    lang: 'de',
    kind: 'meeting minutes with action items',
    source: `PROTOKOLL Jour fixe Vertrieb Süd – KW 46
Ort: Besprechungsraum "Isar", Beginn 09:30
Anwesend: «N:Kaczmarczyk», «N:Kadircan Tokgöz», «N:Gisbert Heitkamp» (Protokoll), «N:B. Szczepaniak»
Entschuldigt: «N:Kunigunde Quandel»

TOP 1 Forecast Q1
- Pipeline 1,8 Mio, davon 40 % gewichtet. «N:Heitkamp» zweifelt an Auftrag Fa. Lindenhof.
TOP 2 Messe "LogiMAT"
- Stand wie Vorjahr (Halle 8, C21). Hotelkontingent über Frau «N:Tokgöz»? -> nein, über Reisestelle.
TOP 3 Sonstiges
- Neue Mitarbeiterin ab 01.12.: «N:Gülşah Sarıkaya», Innendienst, Durchwahl «T:089 44 71-238».

AP: «N:Kaczmarczyk» bis Fr. – Angebot Brauerei Weißenbach nachfassen
AP: «N:ET» – Reisekosten Okt. freigeben
AP: «N:Szczepaniak» bis 30.11. – Messeflyer v3.2 an Marketing
Nächster Termin: 25.11.2026
`,
  },
  {
    lang: 'de',
    kind: 'Teams chat export',
    source: `[10:02] «N:Wiesław Pietrzyk»
hat jemand die Zugangsdaten für das Lieferantenportal?
[10:03] «N:Zilan Amedî»
frag mal «N:Jung», der hat das letzte Mal die Bestellung gemacht
[10:03] «N:Wiesław Pietrzyk»
welcher? 😅 wir haben zwei
[10:04] «N:Zilan Amedî»
«N:Berzan Jung» aus dem Einkauf, nicht der junge Kollege aus der IT
[10:07] «N:Berzan Jung»
bin grad im Termin, ruf mich nachher an «T:0151 2308 8841»
[10:31] «N:Wiesław Pietrzyk»
👍 danke
`,
  },
  {
    lang: 'de',
    kind: 'WhatsApp export',
    source: `03.11.26, 07:14 - «N:Nandhini»: Hast du an den Termin bei Dr. «N:Nagarajan» gedacht?
03.11.26, 07:20 - «N:Kavi»: jaaa 😒 10:15
03.11.26, 07:21 - «N:Nandhini»: Versichertenkarte mitnehmen!! und die Überweisung von Fr. Dr. «N:Wróblewska»
03.11.26, 07:21 - «N:Kavi»: hab ich
03.11.26, 12:48 - «N:Nandhini»: und? was hat er gesagt
03.11.26, 12:55 - «N:Kavi»: MRT nächste woche, die rufen an unter «T:01523/7781409», also bitte nicht wegdrücken wenn unbekannte nummer lol
`,
  },
  {
    lang: 'de',
    kind: 'Jira ticket with comments',
    source: `[HRP-2291] Lohnabrechnung Oktober: Steuer-ID falsch übernommen
Typ: Bug   Priorität: Hoch   Status: In Arbeit
Melder: «N:Irmtraud Mönkemeyer»   Bearbeiter: «N:Dilşad Uzunhasan»
Komponente: Payroll-Import v4.7.1

Beschreibung:
Bei MA-Nr. 10442 («N:Dreesmann, Lothar») steht in der Abrechnung die IdNr. des Vorgängers. Korrekt wäre «S».
Laut Personalakte geb. «B:17.06.1979», RV-Nr. «R».

Kommentar von «N:Dilşad Uzunhasan» (14.11.2026 11:02):
Mapping-Fehler im CSV-Import, Spalte 7/8 vertauscht. Fix in Build 4.7.2.

Kommentar von «N:Irmtraud Mönkemeyer» (14.11.2026 11:40):
Danke! @«N:Dilşad» bitte auch MA 10443 prüfen, gleicher Import.
`,
  },
  {
    lang: 'de',
    kind: 'CRM note',
    source: `Kontakt: «N:Dumlupınar, Erdinç» (Einkaufsleiter) – Bäckerei Dumlupınar & Söhne OHG
Telefonnotiz 12.11. «N:ahl»: Hr. «N:D.» möchte Rahmenvertrag verlängern, aber Staffelpreise ab 500 Stk.
Rückruf erbeten, am besten vormittags «T:0 23 61 / 58 09-12», sonst Handy «T:+49 (0)176 920 441 07».
Privat NICHT anrufen (Wunsch des Kunden).
Nächste Aktion: Angebot AB-2026114 überarbeiten -> «N:Ahlers-Pohl»
`,
  },
  {
    lang: 'de',
    kind: 'semicolon CSV contact list',
    source: `Nachname;Vorname;Firma;Durchwahl;E-Mail;Notiz
«N:Antonopoulou»;«N:Theoni»;Kyriazis Feinkost GmbH;«T:0711 65 33 21-40»;«M:theoni.antonopoulou@kyriazis-feinkost.de»;Messekontakt
«N:Uzodinma»;«N:Ogechi»;Rhein-Ruhr Facility KG;«T:0203 7719 002»;«M:i.uzodinma@rrfacility.de»;
«N:van Dongen»;«N:Sietse»;Dongen Agrar B.V.;«T:+31 50 318 44 20»;«M:sietse@dongenagrar.nl»;spricht Deutsch
«N:Kusumawardani»;«N:Kartika»;;«T:0157 8891 2230»;«M:kartika.kusumawardani+messe@gmail.com»;Freelancer Grafik
`,
  },
  {
    lang: 'de',
    kind: 'onboarding form',
    source: `PERSONALSTAMMBLATT – Neueinstellung
Name, Vorname: «N:Kravchuk, Lesia»
Geburtsdatum: «B:04.09.1996»     Geburtsort: Lwiw
Anschrift: «A:Ottostraße 12, Hinterhaus, 80333 München»
Telefon privat: «T:089 / 21 55 40 87»
Steuer-Identifikationsnummer: «S»
Sozialversicherungsnummer: «R»
Krankenkasse: AOK Bayern
Bankverbindung (IBAN): «I»
Eintritt: 01.12.2026   Abteilung: Qualitätssicherung   Vorgesetzter: Dr. «N:Snezhana Ovchinnikov»
`,
  },
  {
    lang: 'de',
    kind: 'sick note mail',
    source: `Von: «N:Liebe, Tobias»
Gesendet: Dienstag, 10. November 2026 06:51
An: Personalabteilung
Betreff: Krankmeldung

Guten Morgen,

ich bin leider krank und heute und morgen nicht im Büro. Die AU reiche ich über die eAU nach.
Meine Vertretung ist Frau «N:Wiesenthal» (Zimmer 2.14). Bei dringenden Fragen: «T:0160-9981 3377».

Viele Grüße
«N:Tobias Liebe»
`,
  },
  {
    lang: 'de',
    kind: 'Arbeitszeugnis',
    source: `ARBEITSZEUGNIS

Frau «N:Cătălin Cîrstea», geboren am «B:22. Februar 1988» in Craiova, war vom 1. April 2019 bis zum 30. September 2026 in
unserem Unternehmen als Sachbearbeiterin Debitorenbuchhaltung tätig.

Frau «N:Cîrstea» erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Ihr Verhalten
gegenüber Vorgesetzten, Kollegen und Kunden war jederzeit vorbildlich.

Wir bedauern ihr Ausscheiden sehr und wünschen ihr für die Zukunft alles Gute.

Hannover, 30.09.2026
«N:Ulrich Fairbrother-Koch»
Leiter Finanzen
`,
  },
  {
    lang: 'de',
    kind: 'payroll question ticket',
    source: `Ticket #48213 – Frage zur Gehaltsabrechnung
Von: «N:Bergqvist, Solveig» <«M:solveig.bergqvist@firma-intern.example.de»>

hallo zusammen, auf meiner abrechnung fehlt der zuschuss für das deutschlandticket. außerdem hat sich
meine bankverbindung geändert, neue iban ist «I». bitte ab dezember darauf überweisen.
danke, eskil

--- Antwort Lohnbuchhaltung («N:Grabowiecka») ---
Hallo Herr «N:Bergqvist», Zuschuss wird im Nov. nachgezahlt. Für die neue IBAN brauchen wir das Formular
"Änderung Bankverbindung" mit Unterschrift. Gruß «N:B. Grabowiecka»
`,
  },
  {
    lang: 'de',
    kind: 'referral letter',
    source: `Gemeinschaftspraxis Dres. Kuipers & Stathakis · Fachärzte für Innere Medizin
Lindenallee 4 · 50968 Köln · Tel. «T:0221 3300 410»

Überweisung an: Radiologie am Dom

Patient: «N:Belousova, Timofei», Geb.-Dat. «B:11.03.52»
«A:Bonner Str. 277, 50968 Köln»
Versichertennr. K118840225

Sehr geehrte Kolleginnen und Kollegen,
wir bitten um CT Thorax bei V. a. Rundherd re. Oberlappen. Vorbefunde anbei.
Rückfragen gern an Dr. «N:Stathakis» direkt: «T:0221 3300 4117».

Mit kollegialen Grüßen
Dr. med. «N:Charalambos Stathakis»
`,
  },
  {
    lang: 'de',
    kind: 'lab request form OCR',
    source: `LABORAUFTRAG      Einsender: Praxis Dr. «N:Khurana»
Name: «N:KARABULUT» Vorname: «N:NURCAN»     geb. «B:O3.1O.1971»
Untersuchungen: [x] kl. BB [x] CRP [ ] TSH [x] HbA1c
Abnahme: 12.11.2026 08:05   Material: EDTA, Serum
Befund an: Praxis, Fax «T:0231 77 4010»
`,
  },
  {
    lang: 'de',
    kind: 'discharge letter',
    source: `Klinikum Nordstadt – Klinik für Unfallchirurgie

Entlassungsbericht

Sehr geehrter Herr Kollege «N:Hofstede»,

wir berichten über Ihren Patienten Herrn «N:Zoitsa Chatzigeorgiou», geb. am «B:8.7.1964», wohnhaft
«A:Friesenweg 3
26721 Emden»,
der sich vom 02.11. bis 09.11.2026 in unserer stationären Behandlung befand.

Diagnosen: distale Radiusfraktur links (S52.51)
Therapie: offene Reposition, Plattenosteosynthese am 03.11.2026

Mit freundlichen Grüßen
PD Dr. «N:Åsmund Solheim», Oberärztin      «N:Ebuka Anyanwu», Assistenzarzt
`,
  },
  {
    lang: 'de',
    kind: 'insurance claim',
    source: `Schadenmeldung Hausrat – Vorgang 2026-HR-0081772
Versicherungsnehmer: «N:Mahtab Tavakoli»
Anschrift: «A:Kurfürstenstraße 90, 10787 Berlin»
Telefon: «T:030 26 39 18 45»   E-Mail: «M:mahtab.tavakoli@posteo.de»
Schadentag: 28.10.2026   Art: Leitungswasser (Nachbarwohnung)
Zeuge: Nachbar Herr «N:Rodion Tretyakov», 2. OG links
Erstattung auf: «I»
`,
  },
  {
    lang: 'de',
    kind: 'tenancy letter',
    source: `«N:Gudrun» und «N:Vemund Åkesson»
«A:Eichendorffstr. 15
04277 Leipzig»

Hausverwaltung Albrecht & Partner
Postfach 10 02 33
04002 Leipzig

Leipzig, 5. November 2026

Betreff: Heizkostenabrechnung 2025 / Ihr Zeichen MV-3317

Sehr geehrte Damen und Herren,
gegen die Abrechnung legen wir Widerspruch ein. Der Verbrauch im Bad ist mit 4.200 kWh nicht plausibel.
Bitte senden Sie uns die Ablesebelege. Sie erreichen uns abends unter «T:0341 / 8 69 22 04».

Mit freundlichen Grüßen
«N:Gudrun Åkesson»
`,
  },
  {
    lang: 'de',
    kind: 'grade list',
    source: `Notenliste Klasse 9b – Mathematik – 1. Halbjahr 2026/27
Lehrkraft: StR'in «N:Ploy Saetang»
| Nr | Schüler/in             | KA1 | KA2 | mdl. | Ø   |
|----|------------------------|-----|-----|------|-----|
| 1  | «N:Abdullahi, Liibaan»     | 2-  | 3   | 2    | 2,5 |
| 2  | «N:Chmielewski, Oliwer»    | 4   | 3+  | 3    | 3,4 |
| 3  | «N:de Wit, Roos»          | 1   | 1-  | 1    | 1,1 |
| 4  | «N:Đoàn-Tạ, Ánh Huy»  | 2   | 2   | 1    | 1,8 |
| 5  | «N:Rosenthal, Max»         | 5   | 4   | 4    | 4,4 |
`,
  },
  {
    lang: 'de',
    kind: 'enrolment confirmation',
    source: `Immatrikulationsbescheinigung Wintersemester 2026/27

Frau «N:Folasade Adebisi»
geboren am «B:30. Dezember 2003» in Ibadan (Nigeria)
Matrikelnummer: 3319802
Studiengang: Wirtschaftsinformatik (B.Sc.), 3. Fachsemester

ist an der Hochschule für Technik und Wirtschaft ordnungsgemäß eingeschrieben.
Semesteranschrift: Studentenwohnheim Vogelsang, Zi. 214, «A:Vogelsangstraße 1, 70197 Stuttgart»
`,
  },
  {
    lang: 'de',
    kind: 'Mahnung',
    source: `2. MAHNUNG

Herrn «N:Ettore Castellucci»
«A:Via-Roma-Platz 2
67059 Ludwigshafen»

Rechnung RE-20261003 vom 03.10.2026 über 418,90 EUR

Sehr geehrter Herr «N:Castellucci»,
trotz unserer Zahlungserinnerung vom 20.10.2026 konnten wir keinen Zahlungseingang feststellen.
Bitte überweisen Sie den Betrag zzgl. 5,00 EUR Mahngebühr bis 24.11.2026.
Gläubiger-ID DE98ZZZ09999999999, USt-IdNr. DE284417903.

Ihre Kundennummer: 700-44812
`,
  },
  {
    lang: 'de',
    kind: 'Vollmacht',
    source: `VOLLMACHT

Hiermit bevollmächtige ich, «N:Matvei Ignatieva», geb. «B:2.4.1941», wohnhaft «A:Lerchenfeld 9, 22081 Hamburg»,
Personalausweis-Nr. «X»,

meine Tochter «N:Vasilisa Ignatieva-Krause», geb. «B:19.11.1970»,

mich in allen Angelegenheiten gegenüber der Hamburger Sparkasse und der Deutschen Rentenversicherung zu vertreten.

Hamburg, den 09.11.2026                  _______________________
                                          «N:Z. Ignatieva»
`,
  },
  {
    lang: 'de',
    kind: 'court summons',
    source: `AMTSGERICHT DORTMUND
Geschäftsnummer: 423 C 1187/26

Ladung zum Termin

In dem Rechtsstreit
«N:Tadesse, Meron», «A:Hamburger Str. 41, 44135 Dortmund» – Klägerin –
gegen
Stadtwerke Lindholm GmbH, vertr. d. d. Geschäftsführer – Beklagte –

werden Sie zur mündlichen Verhandlung am Mittwoch, 13.01.2027, 10:30 Uhr, Saal 2.104 geladen.
Das persönliche Erscheinen der Klägerin wird angeordnet.

«N:Mohamud», Justizbeschäftigte
`,
  },
  {
    lang: 'de',
    kind: 'Meldebescheinigung',
    source: `MELDEBESCHEINIGUNG (einfache Meldebescheinigung nach § 18 Abs. 1 BMG)

Familienname: «N:BYEON»
Vornamen: «N:HAEUN»
Geburtsdatum: «B:1994-05-27»
Anschrift: «A:Schillerstraße 44, 3. OG, 69115 Heidelberg»
Einzugsdatum: 01.08.2026

Bürgeramt Mitte, Bergheimer Str. 69, 69115 Heidelberg
`,
  },
  {
    lang: 'de',
    kind: 'Kindergeld application',
    source: `Antrag auf Kindergeld – Anlage Kind
Antragsteller/in: «N:Cabdi Cigaal», Steuer-ID «S»
Angaben zum Kind:
Vorname: «N:Hibaaq»  Familienname: «N:Cigaal»  Geburtsdatum: «B:14.02.2019»  Geschlecht: weiblich
Steuer-ID des Kindes: «S»
Das Kind lebt in meinem Haushalt: ja   Anschrift: «A:Paulinenstr. 8, 32756 Detmold»
Zahlung auf IBAN «I» (Kontoinhaber: «N:Cabdi Cigaal»)
`,
  },
  {
    lang: 'de',
    kind: 'app log',
    source: `2026-11-12T08:14:03.221Z INFO  auth  login ok user=«M:o.ghorbanpour@kanzlei-esfandiari.de» ip=«V» ua="Mozilla/5.0"
2026-11-12T08:14:09.870Z WARN  auth  2fa retry user=«M:o.ghorbanpour@kanzlei-esfandiari.de» ip=«V»
2026-11-12T08:15:44.002Z INFO  docs  upload id=7f3e9a size=2.1MB user=«M:b.mirzakhani@kanzlei-esfandiari.de»
2026-11-12T08:16:00.117Z ERROR sync  timeout after 30000ms host=sync-02.internal version=3.14.2
2026-11-12T08:17:21.548Z INFO  auth  logout user=«M:o.ghorbanpour@kanzlei-esfandiari.de»
`,
  },
  {
    lang: 'de',
    kind: 'ALL CAPS delivery note',
    source: `LIEFERSCHEIN NR. LS-2026-33871          DATUM 11.11.2026
EMPFAENGER: «N:KOBAYAKAWA KENSHIN»
«A:GARTENSTR. 5A
35390 GIESSEN»
TEL. «T:0641 97 31 550»
POS  ART.-NR.   BEZEICHNUNG              MENGE
1    400-1182   BUEROSTUHL "ERGO PLUS"   1
2    400-2210   ARMLEHNE SET             1
SENDUNGSNR. JVGL06271940051833217
ZUGESTELLT AN: NACHBAR «N:BEKELE», EG
`,
  },
  {
    lang: 'de',
    kind: 'lower case chat',
    source: `moin, kurze info: «N:ayodele» ist ab montag wieder da, «N:ole» übernimmt bis dahin die hotline.
die neue durchwahl von frau «N:nwankwo-ezeh» ist «T:04431 8820-419», mail bleibt «M:chiamaka.nwankwoezeh@stadtwerke-lindholm.de».
bitte nicht mehr an «M:c.nwankwoezeh@swl-alt.de» schreiben, das postfach wird am 30.11. abgeschaltet.
grüße aus der zentrale, «N:bärbel»
`,
  },
  {
    lang: 'de',
    kind: 'passenger list',
    source: `Gruppenreise "Weinfest Mosel" – Teilnehmerliste (Stand 09.11.)
Bus: Mosel-Reisen Kaiser, Kennz. TR-MK 404

Nr. | Name                         | Geb.-Datum  | Ausweis       | Zimmer
1   | «N:Brouwer, Gerrit»             | «B:03.05.1950»  | «X»    | DZ mit 2
2   | «N:Brouwer, Jorien»            | «B:17.08.1953»  | «X»    | DZ mit 1
3   | «N:Quattrocchi, Ornella»        | «B:29.01.1961»  | «Q»    | EZ
4   | «N:Said, Marwan»                 | «B:6.6.1970»    | «X»    | EZ
Notfallkontakt Reiseleitung: «N:Hope Higginbottom», «T:+49 651 99 408 0»
`,
  },
  {
    lang: 'de',
    kind: 'no personal data: intranet news',
    source: `Intranet-News KW 46

Liebe Kolleginnen und Kollegen,

die Kantine bleibt am Buß- und Bettag (18.11.) wegen Wartung geschlossen. Ab Version 2.4 des
Zeiterfassungsportals können Gleittage direkt beantragt werden. Die Weihnachtsfeier findet am
11.12.2026 im "Haus Rosenthal" in der Bismarckstraße statt, Anmeldung bis Bestellschluss 27.11.

Neu im Sortiment der Betriebsapotheke: Hansaplast, Frank Sport-Tape und Koch-Salz-Lösung.
Der Lieferant Marie & Luise Textil GmbH hat die neuen Poloshirts geliefert (Bestellung BST-2026118).

Hallo zusammen – bitte denkt an die Sicherheitsunterweisung bis 30.11.!
Euer Betriebsrat
`,
  },
  {
    lang: 'de',
    kind: 'no personal data: invoice',
    source: `Rechnung INV-0088123
Rechnungsdatum: 12.11.2026   Leistungszeitraum: Oktober 2026
Auftrag: AB-2026092, Lieferschein LS-2026-31002

Pos. 1  Wartung Druckluftanlage Typ Kaeser SK 25       480,00 EUR
Pos. 2  Ersatzfilter Art.-Nr. 6.3571.0                  96,40 EUR
Netto 576,40 EUR, USt. 19 % 109,52 EUR, Gesamt 685,92 EUR

Zahlbar bis 26.11.2026 ohne Abzug. Gläubiger-ID DE71ZZZ00002718331, USt-IdNr. DE811204557.
Sehr geehrte Damen und Herren, bei Fragen wenden Sie sich bitte an unseren Kundendienst über das Portal.
Heinrich Brinkmann Anlagenbau GmbH & Co. KG · Werkstraße 2 · 33602 Bielefeld
`,
  },
  {
    lang: 'de',
    kind: 'no personal data: release notes',
    source: `Release Notes Lagerverwaltung v5.2.0 (Build 5.2.0.1187)

- Neuer Export nach DATEV (Format 700, Version 12.0)
- Artikelnummern mit Präfix "JUNG-" (Schalterprogramm von Jung) werden korrekt sortiert
- Fehler behoben: Lieferadresse "Marie-Curie-Straße" wurde abgeschnitten
- ISBN-Felder akzeptieren 978-3-4620-5517-2 mit Bindestrichen
- Feiertage 2027 hinterlegt: 01.01., 26.03., 29.03., 01.05., 06.05., 17.05., 03.10., 25.12., 26.12.
Bekannte Einschränkung: Sendungsnummern 1Z4F8X130027144851 werden noch ohne Tracking-Link angezeigt.
`,
  },
  {
    lang: 'de',
    kind: 'no personal data: meeting invitation',
    source: `Einladung: Quartalsmeeting Einkauf
Wann: Dienstag, 08.12.2026, 14:00–15:30 (MEZ)
Wo: Raum "Humboldt" / Teams

Hallo zusammen,

Themen: Rahmenverträge 2027 mit Weber Stahlhandel KG, Preisgleitklausel Kupfer, Lieferantenbewertung
(Koch & Bergfeld, Mercedes-Benz Trucks, Paulaner Brauerei). Unterlagen liegen im Ordner \\\\fs01\\einkauf\\Q4.

Bitte Bestellnummern PO-4410221 und PO-4410230 vorab prüfen.
Viele Grüße, das Einkaufsteam
`,
  },
];
