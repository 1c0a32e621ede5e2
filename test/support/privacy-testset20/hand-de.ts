import type { HandSource } from './markup.js';

/** German hand-written documents of set 20 (marks as described in markup.ts). */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Einsatzprotokoll Integrierte Leitstelle',
    source: `Integrierte Leitstelle Allgäu – Einsatzprotokoll (Auszug ELS)
Einsatz-Nr.: E-2026-118342   Stichwort: RD 2 – Sturz Treppe
Eingang Notruf 112: 04.12.2026 06:41:13
Anrufer: ⟦n:Ondar-Ool Kuular⟧ (Sohn), Rückruf ⟦t:0176 28813409⟧
Einsatzort: ⟦h:Kemptener Str. 19, 87509 Immenstadt⟧ (Wohnung Patientin, 2. OG)
Patientin: ⟦n:Saaya, Aiana⟧, geb. ⟦b:17.03.1941⟧
Alarmiert: RTW 3/83-1, NEF Kempten 3/82-1 · Christoph 17 abbestellt 06:52
Disponent: Lfd. Nr. 14`,
  },
  {
    lang: 'de',
    kind: 'Rettungsdienstprotokoll Übergabe Notaufnahme',
    source: `RETTUNGSDIENSTPROTOKOLL – Durchschlag Klinik
Name, Vorname: ⟦n:Mongush, Choigan⟧         Geb.-Datum: ⟦b:02.11.1958⟧
Anschrift: ⟦h:Am Sonnenhang 7, 96047 Bamberg⟧
Krankenkasse: AOK Bayern   Vers.-Nr.: siehe Karte
Notfallgeschehen: Thoraxschmerz seit 05:30, ausstrahlend li. Arm
Maßnahmen: 12-Kanal-EKG, i.v.-Zugang, ASS 250 mg
Übergabe an: ZNA Klinikum Bamberg, 07:12 Uhr
Transportführer: NotSan ⟦n:Yakmanov⟧ / Fahrer: RS ⟦n:Ipai⟧`,
  },
  {
    lang: 'de',
    kind: 'Krankentransport Verordnung Rückseite Disposition',
    source: `Disposition KTP – Rückseite Transportschein
Fahrt am 09.12.2026, Abholung 08:15 Dialysezentrum Nord
Patient: Herr ⟦n:Tolkacheva-Moksh⟧ – Achtung: Name wird mit "ch" geschrieben, Ehefrau hat anderen Nachnamen
Ziel: Wohnung ⟦h:Birkenallee 42a, 04229 Leipzig⟧, Klingel "⟦n:Kaldaz⟧"
Rückfragen Angehörige: ⟦t:0341 4928176⟧ (Frau ⟦n:Kaldaz⟧)
Tragestuhl erforderlich, kein Aufzug.`,
  },
  {
    lang: 'de',
    kind: 'Dienstplan Freiwillige Feuerwehr Tagesbereitschaft',
    source: `FF Gunzenhausen – Tagesalarmsicherheit KW 50
Mo–Fr 06:00–18:00, Erreichbarkeit über Alarm-App
Gruppenführer: ⟦n:Eltenke Sespel⟧ · ⟦t:0151 22984730⟧
Maschinist: ⟦n:Utyuk Mittasov⟧ · ⟦t:0170 5531926⟧
Atemschutz: ⟦n:Khevelle Aidak⟧, ⟦n:Sarpi Alendey⟧
Florian Gunzenhausen 40/1 – HLF 20 einsatzbereit; 11/1 in Werkstatt bis Mi.
Tausch nur nach Absprache mit dem Kommandanten.`,
  },
  {
    lang: 'de',
    kind: 'Einsatzbericht Feuerwehr Wohnungsbrand',
    source: `Einsatzbericht Nr. 2026/087 – Freiwillige Feuerwehr Wolfsberg (Kärnten)
Alarmierung: 02:17 über LAWZ, Stichwort B3 Wohnhausbrand
Einsatzort: ⟦h:Sonnwendgasse 11, 9400 Wolfsberg⟧
Eigentümer/Bewohner: ⟦n:Gulizar Kurbanbekova⟧ und ⟦n:Efendi-Kapi Kurbanbekova⟧, beide unverletzt
Eine Person (⟦n:Maral⟧, 9 J.) mit Rauchgasverdacht an RK übergeben
Eingesetzte Kräfte: TLF-A 4000, KDOF, RLF-A; 23 Mann
Brandursache: vermutlich Adventgesteck
Ende des Einsatzes: 05:40`,
  },
  {
    lang: 'de',
    kind: 'Mitgliedsantrag Feuerwehrverein mit SEPA-Mandat',
    source: `Förderverein der Freiwilligen Feuerwehr Oberstaufen e.V. – Beitrittserklärung
Name: ⟦n:Tambriz⟧   Vorname: ⟦n:Ixmucane⟧
Geburtsdatum: ⟦b:23. Mai 1987⟧
Straße/Nr.: ⟦h:Hochgratstraße 3, 87534 Oberstaufen⟧
E-Mail: ⟦m:ixmucane.tambriz@posteo.de⟧
SEPA-Lastschriftmandat (Gläubiger-ID DE98ZZZ09999999999)
IBAN: ⟦i:DE g⟧
Jahresbeitrag 24,00 €, fällig zum 1. März.`,
  },
  {
    lang: 'de',
    kind: 'Bergwacht Einsatzbericht Lawine',
    source: `Bergwacht Bayern – Bereitschaft Berchtesgaden – Einsatzbericht
Datum: 27.01.2026   Alarm 13:05 durch ILS Traunstein
Ort: Hoher Göll, Rinne unterhalb Schustersteig (UTM 33T 357210 5273390)
Verschüttet: ⟦n:Tzul, Balam⟧ (geb. ⟦b:1994⟧), nach 14 Min. mit LVS geortet, ansprechbar
Begleiter: ⟦n:Tecun Ixcoy⟧, Tel. ⟦t:+49 160 99482713⟧
Christoph 14 Windenbergung 13:48, Transport Klinikum Traunstein
Einsatzleiter: ⟦n:Xiloj⟧`,
  },
  {
    lang: 'de',
    kind: 'Seenotrettung Einsatzlogbuch Station',
    source: `DGzRS Station Laboe – Einsatzlogbuch
05.08.2026
15:22 Seenotfall gemeldet von MRCC Bremen: Jolle gekentert, 2 Pers. im Wasser
15:29 SRB ausgelaufen, Vormann ⟦n:Chambi⟧
15:41 Personen aufgenommen: ⟦n:Wilka Huarachi⟧ (Bootseigner, ⟦t:0172 6614028⟧) und ⟦n:Qhispi Limachi⟧
15:58 an RTW übergeben, Boot in Schlepp
Wetter: W 5, Böen 7, Wassertemp. 18 °C`,
  },
  {
    lang: 'de',
    kind: 'Blutspende Spenderfragebogen',
    source: `DRK-Blutspendedienst – Spenderfragebogen (Erstspende)
Nachname: ⟦n:Kiwanuka⟧            Vorname: ⟦n:Nakato⟧
Geburtsdatum: ⟦b:14.08.2001⟧     Geschlecht: w
Anschrift: ⟦h:Feldbergstraße 27, 60323 Frankfurt am Main⟧
Mobil: ⟦t:0157 38420961⟧
Ausweis geprüft: Personalausweis Nr. ⟦k:⟧
[x] Ich habe das Informationsblatt gelesen.
Unterschrift Spenderin: ______   Arzt: Dr. ⟦n:Ssewanyana⟧`,
  },
  {
    lang: 'de',
    kind: 'Terminerinnerung Blutspende SMS-Export',
    source: `SMS-Versand Blutspendetermine – Export 03.12.2026
Empfänger;Nummer;Text
⟦n:Lubega⟧;⟦t:+4917643309812⟧;"Hallo, Ihr Termin: 10.12., 16:30, Stadthalle Neu-Ulm. Bitte Ausweis mitbringen."
⟦n:Namuddu⟧;⟦t:+4915209917734⟧;"Hallo, Ihr Termin: 10.12., 17:00, Stadthalle Neu-Ulm. Bitte Ausweis mitbringen."
⟦n:Kasozi⟧;⟦t:+4916098821406⟧;"Hallo, Ihr Termin: 11.12., 15:45, Stadthalle Neu-Ulm. Bitte Ausweis mitbringen."`,
  },
  {
    lang: 'de',
    kind: 'Organspendeausweis Registerauskunft',
    source: `Organspende-Register – Auskunft über eigene Erklärung
Erklärende Person: ⟦n:Mugisha Twagirayezu⟧
Geburtsdatum: ⟦b:06.06.1979⟧ · Geburtsort: Kigali
Identifiziert per eID (Ausweis ⟦k:⟧)
Erklärung: JA, ich gestatte die Entnahme – mit Ausnahme von: Augenhornhaut
Letzte Änderung: 12.11.2026, 21:04 Uhr, IP ⟦a:91.64.112.37⟧
Diese Auskunft wurde an ⟦m:m.twagirayezu@mailbox.org⟧ gesendet.`,
  },
  {
    lang: 'de',
    kind: 'Katastrophenschutz Helferkartei',
    source: `THW Ortsverband Passau – Helferkartei (Stammdatenblatt)
Name: ⟦n:Murekatete, Umutoni⟧
geb.: ⟦b:30.09.1996⟧
Wohnort: ⟦h:Innstraße 88, 94032 Passau⟧
Tel. privat: ⟦t:0851 7539104⟧
Funktion: Bergungshelferin, Fachgruppe Wassergefahren
Führerschein: C, CE · Sprechfunker: ja
Arbeitgeberfreistellung nach § 3 THW-Gesetz: Stadtwerke Passau`,
  },
  {
    lang: 'de',
    kind: 'Aufwandsentschädigung Abrechnung Helfer',
    source: `Abrechnung Ehrenamtspauschale 2026 – Katastrophenschutz Landkreis Rosenheim
Empfänger: ⟦n:Kinyua Gichuru⟧
Steuer-ID: ⟦x:g⟧
Rentenversicherungsnr.: ⟦s:21071988 Gichuru m⟧
Bankverbindung: ⟦i:DE g⟧
Einsatzstunden Hochwasser Juni: 64 h à 10,00 € = 640,00 €
Ich versichere, die Pauschale nicht bereits anderweitig in Anspruch genommen zu haben.`,
  },
  {
    lang: 'de',
    kind: 'Ordnerdienst Einsatzliste Fußballspiel',
    source: `Ordnerdienst – Einsatzliste Regionalliga, Sa 14:00, Stadion am Zoo
Block | Ordner | Handy
A1 | ⟦n:Waweru⟧ | ⟦t:0160 4421873⟧
A2 | ⟦n:Mbugua⟧ | ⟦t:0175 9908124⟧
C (Gäste) | ⟦n:Wambui Muchiri⟧ | ⟦t:0152 08811937⟧
Treffpunkt 11:30 Tor 3, Einweisung durch Sicherheitsbeauftragten.
Notrufnummer Stadionwache: 0202 563 5200`,
  },
  {
    lang: 'de',
    kind: 'Akkreditierung Sicherheitspersonal Festival',
    source: `Akkreditierung Sicherheitsdienst – Open Air am Kalkberg
Firma: Nordwacht Security GmbH
Mitarbeiter: ⟦n:Chisomo Mwale⟧
Bewacher-ID: 0931-224-87 · Sachkunde § 34a: ja
Ausweisdokument: Reisepass ⟦r:⟧
Geburtsdatum: ⟦b:19.04.1990⟧
Schicht: Fr 16–02 Uhr, Bühne 2
Bitte Ausweis bei Akkreditierung vorlegen.`,
  },
  {
    lang: 'de',
    kind: 'Unfallanzeige Berufsgenossenschaft',
    source: `UNFALLANZEIGE (§ 193 SGB VII)
1 Name und Anschrift des Unternehmens: Holzbau Breitner GmbH, Sägewerkstr. 4, 83646 Bad Tölz
4 Name, Vorname der versicherten Person: ⟦n:Rabearivelo, Fidy⟧
5 Geburtsdatum: ⟦b:11.12.1985⟧
6 Anschrift: ⟦h:Marktstraße 9, 83646 Bad Tölz⟧
7 Rentenversicherungsnummer: ⟦s:11121985 Rabearivelo m⟧
19 Unfallhergang: Beim Nachschärfen eines Kreissägeblatts mit der linken Hand abgerutscht.
24 Erstbehandlung: D-Arzt Dr. ⟦n:Andriamanitra⟧`,
  },
  {
    lang: 'de',
    kind: 'Verbandbuch Eintrag',
    source: `Verbandbuch – Lager 2
lfd. Nr. 37 | 02.12.2026 | 10:20 | ⟦n:Miora Ravelomanana⟧ | Schnittverletzung Daumen re. am Kartonmesser | Pflaster, Kompresse | Ersthelfer: ⟦n:Rivo⟧
lfd. Nr. 38 | 03.12.2026 | 14:05 | ⟦n:Voahirana Andriamanitra⟧ | Fremdkörper Auge li. | Augenspülung | Ersthelfer: ⟦n:Tojo Randrianarisoa⟧
Keine Arbeitsunfähigkeit.`,
  },
  {
    lang: 'de',
    kind: 'Beinahe-Unfall Meldung ohne Personenbezug',
    source: `Beinaheunfall-Meldung Nr. 2026-41 (anonym)
Ort: Halle 3, Regalgang 14
Was ist passiert? Palette beim Einlagern in 6 m Höhe verrutscht, kein Personenschaden.
Ursache: Folie nicht vollständig umwickelt.
Maßnahme: Unterweisung aller Staplerfahrer bis 15.12.; Kontrolle der Wicklung am Wareneingang.
Meldung weitergeleitet an die Fachkraft für Arbeitssicherheit.`,
  },
  {
    lang: 'de',
    kind: 'Fundsachen Verzeichnis Fundbüro',
    source: `Fundbüro der Stadt Graz – Fundverzeichnis KW 49
Fund-Nr. | Gegenstand | Fundort | Verlierer ermittelt
F-4471 | Geldbörse braun, Inhalt: Bankomatkarte | Straßenbahn Linie 7 | ja: ⟦n:Guci Sikumbang⟧, verständigt unter ⟦t:0664 3309127⟧
F-4472 | Regenschirm schwarz | Hauptplatz | nein
F-4473 | Schlüsselbund mit Anhänger "Upiak" | Annenstraße | nein
F-4474 | Kreditkarte ⟦c:s⟧ | Bahnhof | Karte gesperrt, Inhaber ⟦n:Marah Jambak⟧`,
  },
  {
    lang: 'de',
    kind: 'Vermisstenanzeige Polizeiformular',
    source: `Vermisstenanzeige – Polizeiinspektion Garmisch-Partenkirchen
Vermisste Person: ⟦n:Lalhmangaihi Hnamte⟧
geboren am: ⟦b:4. Februar 1969⟧
Wohnanschrift: ⟦h:Partnachauenstraße 12, 82467 Garmisch-Partenkirchen⟧
Zuletzt gesehen: 03.12.2026, 09:00, Parkplatz Olympia-Skistadion
Bekleidung: rote Daunenjacke, graue Mütze
Mobiltelefon: ⟦t:0171 2290384⟧ (ausgeschaltet)
Anzeigende: ⟦n:Zothanpuii Ralte⟧ (Schwester), ⟦t:08821 943716⟧`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Rotkreuz Bereitschaft Sanitätsdienst',
    source: `Von: ⟦m:pachuau.remruatpuii@t-online.de⟧
An: bereitschaft@drk-kv-lindau.de
Betreff: Sanitätsdienst Christkindlesmarkt – Zusage

Servus zusammen,
ich kann am Samstag 14–22 Uhr, ⟦n:Laldingliana⟧ kommt auch mit (seine Nummer ⟦t:0162 7741093⟧).
Wir nehmen den KTW aus der Wache mit.
Grüße ⟦n:Remruatpuii⟧`,
  },
  {
    lang: 'de',
    kind: 'Schweizer Rega Gönnerschaft Anmeldung',
    source: `Rega – Gönnerschaft Familie (Anmeldung online)
Hauptgönner/in: ⟦n:Chaniago Piliang⟧, ⟦b:08.10.1975⟧
Partner/in: ⟦n:Puti Piliang⟧, ⟦b:25.01.1977⟧
Adresse: ⟦h:Bahnhofstrasse 31, 8820 Wädenswil⟧
E-Mail: ⟦m:c.piliang@bluewin.ch⟧
Zahlung: Kreditkarte ⟦c:⟧
Gönnerbeitrag Familie CHF 70.– / Jahr`,
  },
  {
    lang: 'de',
    kind: 'Alpenverein Tourenmeldung Hüttenbuch',
    source: `Hüttenbuch Franz-Senn-Hütte – Tourenmeldung
Datum   Name                  Ziel             zurück bis   Handy
28.08.  ⟦n:Ayaal Everstov⟧      Ruderhofspitze   17:00        ⟦t:+43 676 4408219⟧
28.08.  Alpinkurs 4 (6 P.), Ltg. ⟦n:Saina Bochkaryova⟧   Wildes Hinterbergl   16:00   ⟦t:+43 650 9912403⟧
Bitte nach Rückkehr austragen!`,
  },
  {
    lang: 'de',
    kind: 'Lagebericht Hochwasser ohne Personenbezug',
    source: `Lagebericht Nr. 6 – Stab HVB Landkreis Deggendorf – 14.06.2026, 18:00
Pegel Deggendorf: 7,42 m, fallende Tendenz
Deichverteidigung Fischerdorf: Sickerstellen gesichert, 4.200 Sandsäcke verbaut
Kräfte im Einsatz: 410 (FF, THW, BRK, DLRG)
Evakuierung Natternberg aufgehoben ab 20:00
Nächster Lagebericht 06:00`,
  },
  {
    lang: 'de',
    kind: 'Ausbildungsplan Sanitätsdienst ohne Personenbezug',
    source: `Ausbildungsplan 1. Halbjahr 2027 – Bereitschaft Sanitätsdienst
Jan.: Reanimation nach ERC-Leitlinien (4 UE)
Feb.: MANV-Übung mit FF, Treffpunkt Gerätehaus
März: Funkausbildung Digitalfunk BOS
April: Erste Hilfe bei Kindernotfällen
Mai: Großübung Katastrophenschutz, Landkreis
Juni: Fahrsicherheitstraining KTW`,
  },
  {
    lang: 'de',
    kind: 'Sirenenprobe Bekanntmachung ohne Personenbezug',
    source: `Bekanntmachung der Gemeinde
Am Samstag, 7. März 2027, um 12:00 Uhr findet eine Sirenenprobe statt.
Signal "Warnung": einminütiger auf- und abschwellender Heulton.
Signal "Entwarnung": einminütiger Dauerton.
Bitte rufen Sie nicht den Notruf 112 an – es handelt sich um eine Probe.
Informationen: Warn-App NINA`,
  },
  {
    lang: 'de',
    kind: 'Leitstelle Übergabebuch handschriftlich',
    source: `Übergabe Nachtschicht → Frühschicht 05.12.
- E-2026-118401 (Brandmeldeanlage Altenheim) Fehlalarm, BMA zurückgestellt
- Anrufer ⟦n:Tsoraeva⟧ hat 3x angerufen wegen Kind mit Fieber → KV 116117 empfohlen, Nr. ⟦t:0831 5902217⟧ falls erneut
- Florian Kempten 1/11/1 Pumpe defekt, Ersatz über KBM
- Funkrufname Rettung Sonthofen 71/1 ab 07:00 besetzt
gez. ⟦n:Agunda⟧`,
  },
  {
    lang: 'de',
    kind: 'Schadensmeldung Versicherung Feuerwehrmann privat',
    source: `Sehr geehrte Damen und Herren,

bei einem Einsatz am 21.11. wurde meine private Brille beschädigt. Ich bitte um Erstattung nach der Satzung der Feuerwehr-Unfallkasse.

⟦n:Taimuraz Kaloev⟧
⟦h:Grabenweg 5, 35390 Gießen⟧
Tel. ⟦t:0641 33019874⟧
Kontoverbindung: ⟦i:DE⟧`,
  },
  {
    lang: 'de',
    kind: 'Auslandseinsatz Personalbogen Katastrophenhilfe',
    source: `Personalbogen Auslandseinsatz – Emergency Response Unit Trinkwasser
Name: ⟦n:Dzasokhov⟧, Vorname: ⟦n:Khetag⟧
Geburtsdatum: ⟦b:03.07.1983⟧
Reisepass-Nr.: ⟦r:⟧ gültig bis 2031
Personalausweis-Nr.: ⟦k:⟧
Notfallkontakt: ⟦n:Dzerassa Dzasokhova⟧, ⟦t:+49 511 4093817⟧
Impfungen: Gelbfieber, Hepatitis A/B, Tollwut`,
  },
  {
    lang: 'de',
    kind: 'Hausnotruf Vertrag Stammdaten',
    source: `Hausnotruf – Teilnehmer-Stammdaten
Teilnehmerin: ⟦n:Lukkarinen Anni-Outi⟧  (geb. ⟦b:12.01.1936⟧)
Wohnung: ⟦h:Seniorenwohnanlage Lindenhof, Lindenhof 2, App. 14, 73728 Esslingen⟧
Schlüsselhinterlegung: ja, Tresor 22
Kontaktperson 1: ⟦n:Miikkula Perttunen⟧ (Neffe) ⟦t:0711 89203117⟧
Kontaktperson 2: Nachbarin ⟦n:Nasto⟧, ⟦t:0711 3108842⟧
Diagnosen: Herzinsuffizienz, Diabetes Typ 2`,
  },
  {
    lang: 'de',
    kind: 'Online-Spende Quittung Bergrettung',
    source: `Spendenbestätigung – Österreichischer Bergrettungsdienst Tirol
Spender: ⟦n:Mõtsā Kōrli⟧, ⟦h:Reichenauer Straße 58, 6020 Innsbruck⟧
Betrag: EUR 150,00 · Zahlungsart: Kreditkarte ⟦c:d⟧
Transaktion über Zugriff von IP ⟦a:213.47.190.22⟧
Die Spende ist gemäß § 4a EStG steuerlich absetzbar.`,
  },
  {
    lang: 'de',
    kind: 'Schulung Ersthelfer Teilnehmerliste',
    source: `Erste-Hilfe-Ausbildung (9 UE) – Teilnehmerliste Betrieb Kunststofftechnik Wiesner
Nr | Name | Geburtsdatum | Unterschrift
1 | ⟦n:Kuittinen, Iivana⟧ | ⟦b:19.02.1992⟧ | ✓
2 | ⟦n:Potašev, Hilippä⟧ | ⟦b:07.05.1988⟧ | ✓
3 | ⟦n:Huovinen, Okahvie⟧ | ⟦b:26.11.2000⟧ | ✓
Ausbildungsstelle: Johanniter RV Hohenlohe, Kurs-Nr. EH-2026-311`,
  },
  {
    lang: 'de',
    kind: 'Lohnabrechnung Rettungssanitäter Minijob Stammdaten',
    source: `Personalstammblatt geringfügig Beschäftigte – Rettungswache Neustadt
Name: ⟦n:Pīranî Heyder⟧
Anschrift: ⟦h:Uhlandstraße 14, 67433 Neustadt an der Weinstraße⟧
Geburtsdatum: ⟦b:15.09.1998⟧
Steuer-ID: ⟦x:⟧
RV-Nr.: ⟦s:15091998 Piranî m⟧
IBAN: ⟦i:DE g⟧
Arbeitszeit: Wochenenddienste nach Plan.`,
  },
];
