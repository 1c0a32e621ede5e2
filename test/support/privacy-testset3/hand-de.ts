/**
 * Hand-written German documents of test set 3. `{{P:Name}}` labels a written value,
 * `{{IBAN}}` (and CARD, STID, RVNR, PA, PASS, IP) fills a valid generated value and labels it,
 * `{{~CRED}}` / `{{~TRACK}}` fill unlabelled look-alikes. Titles (Herr, Frau, Dr.) and labels
 * ("geb.", "Anschrift:") stay outside the spans; "Nachname, Vorname" is one span; separate
 * name columns are separate spans; an address span runs from the street to the city.
 */
export interface HandDoc {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

export const HAND_DE: HandDoc[] = [
  {
    lang: 'de',
    kind: 'chat',
    source: `Chatverlauf Kundenservice – exportiert 14.02.2026 16:40
[14.02.2026 16:02:11] Kunde ({{P:Gerlinde Rautenberg}}): Guten Tag, mein Router zeigt seit gestern nur noch rotes Licht.
[14.02.2026 16:02:40] Agent {{P:Tolga}}: Hallo Frau {{P:Rautenberg}}, das tut mir leid. Können Sie mir bitte Ihre Kundennummer nennen?
[14.02.2026 16:03:05] Kunde ({{P:Gerlinde Rautenberg}}): KD-5521-0098
[14.02.2026 16:03:59] Agent {{P:Tolga}}: Danke. Ich sehe die Anschlussadresse {{ADR:Drosselgasse 7, 99423 Weimar}}. Stimmt die noch?
[14.02.2026 16:04:30] Kunde ({{P:Gerlinde Rautenberg}}): ja. Rückruf bitte unter {{TEL:03643 8871245}}
[14.02.2026 16:05:12] Agent {{P:Tolga}}: Notiert. Ticket TCK-2026-88412 ist angelegt, Firmware 7.57 wird neu aufgespielt.`,
  },
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Von: {{P:Jobst Niehoff}} <{{MAIL:j.niehoff@mx1.kanzlei-ebersberg.de}}>
An: {{P:Seraina Aebischer}} <{{MAIL:seraina.aebischer@bluewin.ch}}>
Betreff: AW: AW: Unterlagen Erbschein

Liebe Frau {{P:Aebischer}},

die Kopie des Passes ist angekommen, danke. Die Passnummer {{PASS}} habe ich in den Antrag übernommen.

Mit freundlichen Grüßen
{{P:Jobst Niehoff}}
Rechtsanwalt
Kanzlei Ebersberg & Partner, Marktplatz 4, 85560 Ebersberg

> Am 03.03.2026 um 09:14 schrieb {{P:Seraina Aebischer}}:
> Sehr geehrter Herr {{P:Niehoff}},
> anbei wie besprochen der Scan. Meine neue Anschrift lautet {{ADR:Kastanienallee 19, 04317 Leipzig}}.
> Freundliche Grüsse
> {{P:Seraina Aebischer}}
>
>> Am 28.02.2026 schrieb {{P:Jobst Niehoff}}:
>> bitte senden Sie uns noch eine Kopie Ihres Reisepasses.`,
  },
  {
    lang: 'de',
    kind: 'minutes',
    source: `Protokoll Elternbeiratssitzung Grundschule am Lindenhof
Datum: 12.11.2025, 19:30–21:10 Uhr, Raum 104

Anwesend: {{P:Behrouz Pourmand}} (Vorsitz), {{P:Almut Kampmann}}, {{P:Ha-eun Shim}}, {{P:Dragan Babić}}, Frau {{P:Quaresma}} (Schulleitung)
Entschuldigt: {{P:Ludovica Caruso}}
Protokoll: {{P:A. Kampmann}}

TOP 1 Begrüßung
Herr {{P:Pourmand}} begrüßt die Anwesenden. Die Tagesordnung wird genehmigt.

TOP 2 Schulfest
Das Schulfest findet am 27.06.2026 statt. {{P:Dragan}} kümmert sich um den Grill, {{P:Ha-eun}} um die Tombola.

TOP 3 Verschiedenes
Nächste Sitzung: 21.01.2026.`,
  },
  {
    lang: 'de',
    kind: 'csv',
    source: `Nachname;Vorname;Geburtsdatum;Mobil;E-Mail;Eintritt
{{P:Gündoğdu}};{{P:Sevgül}};{{GEB:17.08.1989}};{{TEL:0176 44190327}};{{MAIL:sevgul.gundogdu@gmx.net}};01.04.2019
{{P:Hosseinabadi}};{{P:Mahsa}};{{GEB:02.12.1994}};{{TEL:0152 38807716}};{{MAIL:m.hosseinabadi@web.de}};15.09.2021
{{P:Wróblewski}};{{P:Wojciech}};{{GEB:30.06.1978}};{{TEL:0171 2290458}};{{MAIL:wojtek78@posteo.de}};01.01.2008
{{P:Vandermeer}};{{P:LaToya}};{{GEB:11.03.2001}};{{TEL:+49 160 9917342}};{{MAIL:latoya.vandermeer@outlook.com}};01.08.2024`,
  },
  {
    lang: 'de',
    kind: 'hr-onboarding',
    source: `PERSONALFRAGEBOGEN – Neueinstellung

Name, Vorname:           {{P:SCHULTE-BRINKMANN, Heike-Marie}}
Geburtsname:             {{P:Quandtmeyer}}
Geb.-Datum:              {{GEB:23.05.1986}}
Anschrift:               {{ADR:Zum Steinbruch 3a, 66123 Saarbrücken}}
Steuer-ID:               {{STID}}
Rentenvers.-Nr.:         {{RVNR}}
Bankverbindung (IBAN):   {{IBAN}}
Krankenkasse:            AOK Saarland
Konfession:              keine

Eintritt: 01.02.2026 · Abteilung: Einkauf · Kostenstelle 4410
Unterschrift Mitarbeiterin: ______________   Personalabteilung: {{P:R. Zwahlen}}`,
  },
  {
    lang: 'de',
    kind: 'leave-form',
    source: `Urlaubsantrag Nr. UA-2026-0193

Mitarbeiter/in: {{P:Obinna Adewale}}           Personalnr.: 20417
Zeitraum: 06.04.2026 bis 17.04.2026 (10 Arbeitstage)
Resturlaub Vorjahr: 3 Tage
Vertretung: {{P:Florin Tschudin}}
Erreichbar im Urlaub: nein

genehmigt am 19.03.2026 durch {{P:Eckhard Lanzendörfer}} (Teamleitung)`,
  },
  {
    lang: 'de',
    kind: 'referral',
    source: `Gemeinschaftspraxis Dr. med. {{P:Uhlig}} & Partner · Fachärzte für Innere Medizin
Seestraße 40 · 24103 Kiel

Überweisung an: Kardiologie, Klinikum Kiel

Patientin: {{P:Tahmineh Zandieh}}, geb. {{GEB:09.10.1957}}
Wohnhaft: {{ADR:Fliederweg 22
24145 Kiel}}
Versichertennr. K884120573

Sehr geehrte Kolleginnen und Kollegen,

wir überweisen Frau {{P:Zandieh}} zur Abklärung rezidivierender Palpitationen. Im Langzeit-EKG vom 04.03. zeigten sich Salven. Medikation: Bisoprolol 2,5 mg.
Rückfragen gern an ihre Tochter {{P:Roya Zandieh}}, Tel. {{TEL:0431 5598124}}.

Mit kollegialen Grüßen
Dr. med. {{P:Gottlieb Uhlig}}`,
  },
  {
    lang: 'de',
    kind: 'insurance-claim',
    source: `Schadenmeldung Hausrat – Mainbogen Versicherungs-AG
Vertragsnummer: HR-77-4410982-3
Schadennummer: 2026/HR/00813

Versicherungsnehmer: {{P:Kriechbaum, Resi}}
Geburtsdatum: {{GEB:4.7.1969}}
Risikoort: {{ADR:Auf der Heide 11, 30659 Hannover}}
Telefon tagsüber: {{TEL:0511 – 64 32 118}}
Schadentag: 22.01.2026
Hergang: Wasserrohrbruch in der Küche, Laminat und Unterschrank beschädigt.
Auszahlung bitte auf: {{IBAN}}
Kontoinhaber: {{P:Leopoldine Kriechbaum}}`,
  },
  {
    lang: 'de',
    kind: 'landlord-letter',
    source: `Taunusblick Hausverwaltung GmbH · Kurhausstraße 2 · 61348 Bad Homburg

Herrn
{{P:Kwabena Sarpong}}
{{ADR:Sandweg 48
60316 Frankfurt am Main}}

Bad Homburg, den 08.01.2026

Betriebskostenabrechnung 2025 – Wohnung 3. OG links

Sehr geehrter Herr {{P:Sarpong}},

anbei erhalten Sie die Abrechnung für den Zeitraum 01.01.–31.12.2025. Es ergibt sich eine Nachzahlung von 214,37 €, die wir am 01.02.2026 per Lastschrift (Gläubiger-ID {{~CRED}}, Mandatsreferenz MR-00412-SA) einziehen.

Mit freundlichen Grüßen
i. A. {{P:Madlaina Strolz}}
Taunusblick Hausverwaltung GmbH`,
  },
  {
    lang: 'de',
    kind: 'legal-letter',
    source: `Amtsgericht Regensburg
Az.: 3 C 1187/25

In dem Rechtsstreit
{{P:Weimin Kong}}, {{ADR:Marktstraße 9, 93047 Regensburg}}
– Kläger –
Prozessbevollmächtigte: Rechtsanwältin {{P:Ottavia Sorrentino}}

gegen

Kranich Haustechnik GmbH & Co. KG, vertreten durch die Geschäftsführung
– Beklagte –

wird Termin zur mündlichen Verhandlung bestimmt auf Dienstag, 10.03.2026, 10:30 Uhr, Saal 2.07.
Das persönliche Erscheinen des Klägers wird angeordnet.

gez. Dr. {{P:Pierluigi Galli}}`,
  },
  {
    lang: 'de',
    kind: 'school-report',
    source: `Halbjahreszeugnis Schuljahr 2025/26
Klasse 7b

Name: {{P:Berfin Baksi}}          geboren am {{GEB:19.09.2012}}

Deutsch: gut (2) · Mathematik: befriedigend (3) · Englisch: sehr gut (1) · Biologie: gut (2)
Sport: sehr gut (1) · Kunst: gut (2)

Bemerkungen: {{P:Berfin}} arbeitet im Unterricht engagiert mit und hilft Mitschülerinnen.
Versäumte Stunden: 6, davon unentschuldigt: 0

Klassenleitung: {{P:J. Timmermans}}          Schulleitung: {{P:Burkhard Elsässer}}`,
  },
  {
    lang: 'de',
    kind: 'job-application',
    source: `{{P:Yiğit Çakıroğlu}}
{{ADR:Bergmannstraße 77, 10961 Berlin}}
{{TEL:0157 72013398}} · {{MAIL:yigit.cakiroglu@mailbox.org}}

Elbsand Software GmbH
Personalabteilung
Hafenstraße 12
20457 Hamburg

Berlin, 2. März 2026

Bewerbung als Backend-Entwickler (Kennziffer 2026-BE-14)

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung gelesen. Seit 2021 entwickle ich bei einem Berliner Start-up Zahlungsdienste in TypeScript und Go …

Mit freundlichen Grüßen
{{P:Yiğit Çakıroğlu}}`,
  },
  {
    lang: 'de',
    kind: 'cv',
    source: `LEBENSLAUF

Persönliche Daten
{{P:Ikechukwu Ekwueme}}
geb. {{GEB:7. Oktober 1990}} in Enugu
{{ADR:Im Winkel 5, 79100 Freiburg im Breisgau}}
{{MAIL:ike.ekwueme@posteo.de}} | {{TEL:+49 (0)761 4419203}}

Berufserfahrung
2019 – heute   Verfahrensingenieur, Südhang Medizintechnik GmbH, Freiburg
2016 – 2019    Werkstudent, Fördetal Logistik GmbH

Ausbildung
2010 – 2016   Chemieingenieurwesen, KIT Karlsruhe (M.Sc.)

Referenzen auf Anfrage: Prof. Dr. {{P:Ragnhild Sandvik}}`,
  },
  {
    lang: 'de',
    kind: 'event-registration',
    source: `Anmeldebestätigung – Fachtag Pflege 2026
Teilnehmer-ID: FT26-0441

Vorname: {{P:Chrysoula}}
Nachname: {{P:Kontogianni}}
Einrichtung: Diakoniestation Nordstadt
E-Mail: {{MAIL:c.kontogianni@intern.stadtwerke-norderau.de}}
Workshop: B3 „Dokumentation ohne Doppelarbeit"
Essenswunsch: vegetarisch
Rechnungsbetrag: 89,00 € (bezahlt per Karte {{CARD}})`,
  },
  {
    lang: 'de',
    kind: 'expense-report',
    source: `Reisekostenabrechnung 02/2026
Mitarbeiter: {{P:Darwish, Ghassan}} · Kostenstelle 3120 · Projekt P-2291

Datum       Beleg   Zweck                              Betrag
03.02.2026  B-01    Bahn Köln–München, 1. Kl.          142,90 €
03.02.2026  B-02    Hotel Marienhof, 2 Nächte          238,00 €
04.02.2026  B-03    Taxi Messe                          31,40 €
Summe                                                  412,30 €

Erstattung auf IBAN {{IBAN}}
Firmenkreditkarte nicht verwendet.
Geprüft: {{P:Madalena Pinheiro}}, 11.02.2026`,
  },
  {
    lang: 'de',
    kind: 'shipping-note',
    source: `Lieferschein LS-2026-004417
Auftrag: AB-551902 · Kundennr. 88123

Lieferanschrift:
{{P:Amra Hadžić}}
{{ADR:Hohe Straße 61
50667 Köln}}

Pos  Artikel-Nr.      Bezeichnung                 Menge
1    ART-44-1093-B    Orbis 12 Dockingstation     1
2    ART-44-2210-K    USB-C Kabel 2 m             2

Sendungsnummer: {{~TRACK}}
Versanddatum: 16.03.2026`,
  },
  {
    lang: 'de',
    kind: 'support-ticket',
    source: `Ticket #48810 – Status: offen – Priorität: hoch
Erstellt: 2026-01-19 08:41 von {{MAIL:rojda.zana@t-online.de}}
Zugewiesen an: {{P:Torbjørn Halvorsen}}

Beschreibung:
Seit dem Update auf Klarwerk Suite 4.2.1 kann ich mich nicht mehr anmelden. Fehlermeldung: "Sitzung abgelaufen".
Letzte erfolgreiche Anmeldung von {{IP:91.64.203.17}}.

Interner Kommentar ({{P:T. Halvorsen}}): Konto von {{P:Rojda Zana}} entsperrt, Passwort-Reset-Link versendet.`,
  },
  {
    lang: 'de',
    kind: 'markdown-table',
    source: `## Rufbereitschaft KW 10

| Tag | Name | Telefon | Vertretung |
|-----|------|---------|------------|
| Mo  | {{P:Kamran Bagheri}} | {{TEL:0162 3319087}} | {{P:Leif Åberg}} |
| Di  | {{P:Leif Åberg}} | {{TEL:0170 8842216}} | {{P:Kamran Bagheri}} |
| Mi  | {{P:Nurhan Ertuğrul}} | {{TEL:0151 60412893}} | – |

Eskalation: Leitstelle (intern 4400).`,
  },
  {
    lang: 'de',
    kind: 'json',
    source: `{
  "kundennummer": "K-0099182",
  "anrede": "Frau",
  "vorname": "{{P:Conceição}}",
  "nachname": "{{P:Vasconcelos}}",
  "geburtsdatum": "{{GEB:1975-02-14}}",
  "adresse": "{{ADR:Uferpromenade 2, 28199 Bremen}}",
  "kontakt": { "email": "{{MAIL:conceicao.vasconcelos@icloud.com}}", "mobil": "{{TEL:+4917623301984}}" },
  "newsletter": false,
  "erstellt": "2025-11-30T12:04:55Z"
}`,
  },
  {
    lang: 'de',
    kind: 'log',
    source: `2026-02-11T07:58:02.114Z INFO  auth  login ok user={{MAIL:b.pourmand@stud.uni-randstadt.de}} src={{IP:141.30.218.77}}
2026-02-11T07:58:40.550Z WARN  auth  login failed user={{MAIL:dilan.amed@web.de}} src={{IP:2a02:810d:4bc0:1a2::5e}} reason=bad_password
2026-02-11T07:59:13.001Z INFO  sync  job=nightly-export version=3.14.2 duration=812ms
2026-02-11T08:00:00.000Z INFO  cron  cleanup removed=412`,
  },
  {
    lang: 'de',
    kind: 'whatsapp',
    source: `[09.03.26, 18:22:14] {{P:Almut}}: Kommt ihr Samstag zum Umzug?
[09.03.26, 18:23:02] {{P:Jobst}}: ja, ab 10
[09.03.26, 18:23:40] {{P:Heike-Marie}}: ich bring {{P:Malte}} mit 🙂
[09.03.26, 18:25:11] {{P:Almut}}: super. Neue Adresse: {{ADR:Schillerplatz 4, 69117 Heidelberg}}, Klingel „WG 3"
[09.03.26, 18:26:48] {{P:Jobst}}: Sprinter ist gebucht, Abholung Sa 9:00`,
  },
  {
    lang: 'de',
    kind: 'sms',
    source: `SMS von {{TEL:+49 173 5521407}}, 22.01.2026 07:12:
Hallo Frau Dr. {{P:Rautenberg}}, Ihr Termin morgen 8:30 ist bestätigt. Bitte Versichertenkarte mitbringen. Praxis Lahnbogen

SMS an {{TEL:+49 173 5521407}}, 22.01.2026 07:30:
Danke, komme. G. {{P:Rautenberg}}`,
  },
  {
    lang: 'de',
    kind: 'voicemail',
    source: `Sprachnachricht (Transkript, automatisch) – eingegangen 17.02.2026 12:03, Dauer 0:41
"Ja hallo, hier ist {{P:Gökhan Dönmez}}, äh, wegen der Reparatur vom Geschirrspüler. Sie können mich zurückrufen unter null eins sieben neun … also {{TEL:0179 6620 418}}. Ich bin ab drei zu Hause, {{ADR:Ringstraße 12, 44139 Dortmund}}. Danke, tschüss."`,
  },
  {
    lang: 'de',
    kind: 'note',
    source: `notiz telefonat 13.2.

{{P:ebere}} von der kita angerufen – {{P:zinaida}} hat fieber, bitte abholen bis 12.
rückruf an frau {{P:okwuosa}} (mutter von {{P:ebere}}?) unter {{TEL:0163 2287641}}
nicht vergessen: formular zurück an hr. {{P:lebedev}}`,
  },
  {
    lang: 'de',
    kind: 'identity-check',
    source: `Identitätsprüfung (PostIdent-Ersatz) – Protokoll
Vorgang: KYC-2026-11820
Name laut Ausweis: {{P:MAGALHÃES, Vitorino}}
Geburtsdatum: {{GEB:31.01.1964}}
Ausweisnummer: {{PA}}
Gültig bis: 09.2031
Meldeadresse: {{ADR:An der Ziegelei 8, 01139 Dresden}}
Prüfer: {{P:Yetunde Oyelaran}} · Ergebnis: bestanden`,
  },
  {
    lang: 'de',
    kind: 'tsv',
    source: `Teilnehmerliste Erste-Hilfe-Kurs 14.03.2026 (TSV)
Name	Firma	Geburtstag	Unterschrift
{{P:Zwahlen, Urs}}	Kranich Haustechnik	{{GEB:03.03.71}}	ok
{{P:Bonnefoy, Maëlle}}	Elbsand Software	{{GEB:29.11.88}}	ok
{{P:Przybylska, Jolanta}}	Heidekraut Wohnbau	{{GEB:15.05.93}}	fehlt
{{P:Yazıcıoğlu, Cengiz}}	Heidekraut Wohnbau	{{GEB:08.12.67}}	ok`,
  },
  {
    lang: 'de',
    kind: 'yaml',
    source: `# Mitarbeiterstammdaten (Export HR-Tool)
mitarbeiter:
  - id: 1042
    name: "{{P:Nandini Menon}}"
    geburtsdatum: {{GEB:1991-07-21}}
    steuer_id: "{{STID}}"
    sv_nummer: "{{RVNR}}"
    iban: "{{IBAN}}"
    standort: Köln
  - id: 1043
    name: "{{P:Sota Ishikawa}}"
    geburtsdatum: {{GEB:1985-12-02}}
    steuer_id: "{{STID}}"
    standort: Düsseldorf`,
  },
  {
    lang: 'de',
    kind: 'insurance-claim',
    source: `Kfz-Schadenanzeige

Angaben zum Unfallgegner:
Fahrer: {{P:Anatoliy Zhukov}}, {{ADR:Hauptstraße 140, 90402 Nürnberg}}
Tel.: {{TEL:0911 2098 731}}
Kennzeichen: N-AZ 4410
Versicherung: Mainbogen Versicherungs-AG, Vers.-Nr. KF-2200-18893

Unfallort: Kreuzung Frauentorgraben / Allersberger Straße, Nürnberg
Unfallzeit: 05.02.2026, ca. 17:45 Uhr
Zeugin: {{P:Svitlana Shevchuk}}, erreichbar unter {{TEL:+49 1522 9043377}}`,
  },
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Betreff: WG: Rückfrage Rechnung RE-2026-01877

Hallo {{P:Wiebke}},

kannst du das bitte übernehmen? Der Kunde hat zweimal gezahlt.

VG {{P:Hartmut}}

-----Ursprüngliche Nachricht-----
Von: {{P:Fermín Echeverría}} <{{MAIL:fermin.echeverria@yahoo.es}}>
Gesendet: Montag, 2. Februar 2026 11:20
An: buchhaltung@kranich-haustechnik.de
Betreff: Rückfrage Rechnung RE-2026-01877

Guten Tag,
ich habe die Rechnung versehentlich doppelt überwiesen (von {{IBAN}}). Bitte erstatten Sie einen Betrag.
Gruß
{{P:F. Echeverría}}`,
  },
  {
    lang: 'de',
    kind: 'minutes',
    source: `Ergebnisprotokoll Jour fixe Projekt „Netzausbau Nord"
Teilnehmende: {{P:Gubler}}, {{P:Huemer}}, {{P:Pfyffer}}, {{P:Tiedemann}} (alle Nachnamen laut Teams-Liste)

1. Trassenplanung: Abschnitt B verzögert sich um zwei Wochen (Verantwortlich: {{P:Huemer}}).
2. Genehmigungen: Antrag beim Kreis liegt vor, Aktenzeichen 66-2026-0311.
3. Budget: Freigabe 1,2 Mio. € durch Lenkungskreis am 24.02.

Nächster Termin: 10.03.2026, 9:00 Uhr, Teams.`,
  },
  {
    lang: 'de',
    kind: 'hr-onboarding',
    source: `Checkliste Onboarding – {{P:Rêber Botan}}
Start: 02.03.2026, Team Datenplattform, Buddy: {{P:Sigrid Lindqvist}}

[x] Arbeitsvertrag unterschrieben
[x] Laptop bestellt (Inventar-Nr. IT-LAP-2026-0317)
[ ] Zugang VPN – Account {{MAIL:r.botan@de.ops.copperleaf.io}}
[ ] Mitarbeiterausweis (Foto fehlt)
[ ] Einführung Datenschutz mit {{P:Hülya Kocabaş}}`,
  },
  {
    lang: 'de',
    kind: 'referral',
    source: `Arztbrief – vorläufig
Patient: {{P:von der Heyde, Friedelind}} · *{{GEB:12.04.1939}}
Aufnahme: 01.03.2026 · Entlassung: 08.03.2026

Diagnosen: Pneumonie rechts basal, Z. n. Hüft-TEP links 2019
Verlauf: unter Ampicillin/Sulbactam rasche Entfieberung.
Weiterbehandlung durch Hausärztin Dr. {{P:Gesine Pfisterer}}.
Angehörige: Sohn {{P:Volkmar von der Heyde}}, {{TEL:0221 3390 5521}}`,
  },
  {
    lang: 'de',
    kind: 'landlord-letter',
    source: `{{P:Babangida Oyebanji}} · {{ADR:Wiesenstr. 33, 80335 München}}

An die
Heidekraut Wohnbau eG
Mitgliederservice

München, 11.02.2026

Mängelanzeige Wohnung Nr. 12

Sehr geehrte Damen und Herren,

seit dem 02.02. fällt in meiner Wohnung regelmäßig die Heizung aus. Ich bitte um Behebung bis zum 20.02.2026. Erreichbar bin ich unter {{TEL:089 51 20 66 43}}.

Mit freundlichen Grüßen
{{P:B. Oyebanji}}`,
  },
  {
    lang: 'de',
    kind: 'power-of-attorney',
    source: `VOLLMACHT

Hiermit bevollmächtige ich,
{{P:Reinhild Scharnweber}}, geboren am {{GEB:vierten Juni 1948}},
wohnhaft {{ADR:Am Mühlbach 2, 93055 Regensburg}},
Personalausweis-Nr. {{PA}},

meinen Neffen {{P:Lutz Dreesen}}, geb. {{GEB:11.11.1979}}, Personalausweis-Nr. {{PA}},
mich gegenüber der Mainbogen Versicherungs-AG in allen Angelegenheiten des Vertrags LV-4410-7781 zu vertreten.

Regensburg, 20.02.2026
{{P:R. Scharnweber}}`,
  },
  {
    lang: 'de',
    kind: 'tenant-self-disclosure',
    source: `Mieterselbstauskunft – Objekt Sandweg 12, 2. OG rechts

                     Mietinteressent/in            Mitmieter/in
Name, Vorname        {{P:Hadžić, Edin}}                  {{P:Hadžić-Delić, Amra}}
Geburtsdatum         {{GEB:14.02.1990}}                    {{GEB:3.9.1992}}
Ausweis-Nr.          {{PA}}                    {{PA}}
Arbeitgeber          Fördetal Logistik GmbH        Stadtbibliothek
Nettoeinkommen       2.840 €                       2.150 €
Telefon              {{TEL:0176 55012894}}                 {{TEL:0176 55012877}}

Haustiere: nein · Raucher: nein · Mietschulden: keine`,
  },
  {
    lang: 'de',
    kind: 'school-report',
    source: `Lernentwicklungsbericht Klasse 3a – Schuljahr 2025/26

{{P:Anouk van der Linden}} hat sich in diesem Halbjahr gut in die neue Klasse eingefunden.
Lesen: liest flüssig und sinnentnehmend. Schreiben: Groß- und Kleinschreibung noch unsicher.
Mathematik: rechnet sicher im Zahlenraum bis 1000.
Sozialverhalten: {{P:Anouk}} hilft anderen Kindern gern, zum Beispiel {{P:Bao}} beim Lesen.

Klassenlehrerin: {{P:Henrike Brinkhaus}}`,
  },
  {
    lang: 'de',
    kind: 'vcard',
    source: `BEGIN:VCARD
VERSION:3.0
N:{{P:Oberhollenzer}};{{P:Madlaina}};;;
FN:{{P:Madlaina Oberhollenzer}}
ORG:Taunusblick Hausverwaltung GmbH
TEL;TYPE=CELL:{{TEL:+49 171 3380 552}}
TEL;TYPE=WORK:{{TEL:06172 98 77 0-14}}
EMAIL;TYPE=INTERNET:{{MAIL:m.oberhollenzer@taunusblick-hv.de}}
ADR;TYPE=HOME:;;{{ADR:Auf der Heide 3;Oberursel;;61440}};Deutschland
BDAY:{{GEB:1983-09-27}}
END:VCARD`,
  },
  {
    lang: 'de',
    kind: 'court-letter',
    source: `Amtsgericht – Zentrales Mahngericht
Geschäftszeichen: 26-4471882-0-3

Vollstreckungsbescheid

Antragsgegnerin: {{P:Dilara Akbulut}}, geb. {{GEB:02.02.1996}}
{{ADR:Kastanienallee 7
01099 Dresden}}

Antragstellerin: Elbsand Software GmbH, vertreten durch die Geschäftsführung

Hauptforderung: 1.180,00 € (Rechnung RE-2025-11873 vom 04.08.2025)
Zinsen seit 05.09.2025, Kosten des Verfahrens 36,00 €.

Zustellung an die Antragsgegnerin am 12.02.2026.
Rechtspflegerin {{P:Wendt-Oyelaran}}`,
  },
  {
    lang: 'de',
    kind: 'work-order',
    source: `AUFTRAGSZETTEL – KUNDENDIENST
MONTEUR: {{P:TSCHUDIN}}          DATUM: 19.02.
KUNDE: FRAU {{P:VASCONCELOS}}
ADRESSE: {{ADR:UFERPROMENADE 2, 28199 BREMEN}}
TEL: {{TEL:0421 55 18 203}}
GERÄT: Gastherme, Baujahr 2011, Ser.-Nr. 7736 5012 88
ARBEIT: Brenner gereinigt, Zündelektrode getauscht, Abgas gemessen (CO 38 ppm)
KUNDE ZUFRIEDEN: JA    UNTERSCHRIFT: ______`,
  },
  {
    lang: 'de',
    kind: 'termination-letter',
    source: `{{P:Bożena Kołodziej}}
{{ADR:Drosselgasse 14, 04109 Leipzig}}

Heidekraut Wohnbau eG
– Mitgliederverwaltung –

Leipzig, 03.03.2026

Kündigung des Nutzungsvertrags Nr. 7-2210-44

Sehr geehrte Damen und Herren,

hiermit kündige ich den Nutzungsvertrag fristgerecht zum 31.05.2026. Bitte überweisen Sie die Kaution auf mein Konto {{IBAN}}. Für die Wohnungsübergabe erreichen Sie mich unter {{TEL:0341 2259 0071}} oder {{MAIL:bozena.kolodziej@posteo.de}}.

Mit freundlichen Grüßen
{{P:Bożena Kołodziej}}`,
  },
  {
    lang: 'de',
    kind: 'none-agenda',
    source: `Einladung zur Betriebsversammlung
Donnerstag, 26.03.2026, 14:00 Uhr, Kantine Gebäude A (Werk Heilbronn)

Tagesordnung
1. Bericht des Betriebsrats
2. Bericht der Geschäftsführung zur Lage des Unternehmens
3. Umstellung auf Klarwerk Suite 5.0 – Zeitplan
4. Verschiedenes

Sehr geehrte Damen und Herren, die Teilnahme gilt als Arbeitszeit. Fahrtkosten zwischen den Standorten Bad Homburg und Heilbronn werden erstattet.`,
  },
  // ---- documents without personal data, with look-alikes ----
  {
    lang: 'de',
    kind: 'none-release-notes',
    source: `Klarwerk Suite 4.2.1 – Versionshinweise (18.02.2026)

Neu
- Export nach XRechnung 3.0.2
- Dockingstation Orbis 12 wird erkannt (Firmware 1.8.40)

Behoben
- Absturz beim Öffnen von Dateien > 2 GB (Ticket KS-4471)
- Zeitstempel 2026-02-17T23:59:59Z wurde falsch gerundet

Bekannt
- Unter Windows 10 Build 19045.4412 fehlt die Vorschau.`,
  },
  {
    lang: 'de',
    kind: 'none-invoice',
    source: `Fördetal Logistik GmbH · Am Seehafen 3 · 24159 Kiel
Rechnung RE-2026-004812 · Kundennr. 40022 · Datum 28.02.2026

An: Südhang Medizintechnik GmbH, Einkauf, Industriestraße 15, 79108 Freiburg

Pos. 1  Frachtpauschale Kiel–Freiburg, Auftrag AB-558120     1.240,00 €
Pos. 2  Palettentausch (12 Stk.)                               96,00 €
Netto 1.336,00 € · USt. 19 % 253,84 € · Brutto 1.589,84 €

Zahlung per SEPA-Lastschrift, Gläubiger-ID {{~CRED}}, Mandatsreferenz SUED-0012.
Sendung {{~TRACK}}.
Sehr geehrte Damen und Herren, wir danken für Ihren Auftrag.`,
  },
  {
    lang: 'de',
    kind: 'none-notice',
    source: `Liebe Kolleginnen und Kollegen,

ab Montag, 09.03.2026, ist die Kantine im Gebäude B wegen Umbau geschlossen. Ausweichquartier ist das Café am Goetheplatz (Ecke Schillerstraße / Konrad-Adenauer-Ring). Die Bezahlung funktioniert weiterhin mit dem Mitarbeiterausweis.

Die Werkleitung`,
  },
  {
    lang: 'de',
    kind: 'none-product-sheet',
    source: `Produktdatenblatt Lumio Smart Plug (Art.-Nr. LSP-230-EU, EAN 4006381333931)
Nennspannung: 230 V ~ 50 Hz · max. 16 A
Funk: WLAN 2,4 GHz, Zigbee 3.0
Firmware: 2.11.7 (Stand 01/2026)
Hersteller: Lumio Home GmbH, Werk Heilbronn
Konformität: CE, RoHS; Garantie 24 Monate`,
  },
];
