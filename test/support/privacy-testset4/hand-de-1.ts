import type { HandDoc } from './hand.js';

/** Hand-written German documents of set 4, part 1: mail threads, chats, minutes, tickets, HR. */
export const HAND_DE_1: HandDoc[] = [
  {
    lang: 'de',
    kind: 'mail-thread-quoted',
    source: `Von: ⟦N:Reinmar Osterkamp⟧ <⟦EM:r.osterkamp@stadtwerke-nordheide.de⟧>
Gesendet: Dienstag, 17. November 2026 09:14
An: ⟦N:Kübra Tekinalp⟧ <⟦EM:kuebra.tekinalp@gmx.de⟧>
Cc: Kundenservice <kundenservice@stadtwerke-nordheide.de>
Betreff: AW: AW: Abschlag Strom Zählernr. 1ESY1160512789

Hallo Frau ⟦N:Tekinalp⟧,

danke für die Rückmeldung. Ich habe den Abschlag ab Dezember auf 74 € gesetzt. Die neue
Bankverbindung (⟦=IB⟧) ist hinterlegt, das SEPA-Mandat läuft unter der Gläubiger-ID ⟦~CRED⟧.

Viele Grüße
⟦N:Reinmar Osterkamp⟧
Sachbearbeiter Abrechnung | Stadtwerke Nordheide GmbH
Am Gaswerk 2, 21244 Buchholz i. d. Nordheide
Tel. ⟦PH:+49 (0)4181 2093-117⟧

Am 16.11.2026 um 18:52 schrieb ⟦N:Kübra Tekinalp⟧ <⟦EM:kuebra.tekinalp@gmx.de⟧>:
> Guten Abend Herr ⟦N:Osterkamp⟧,
> ich bin zum 1.11. umgezogen, neue Anschrift ist ⟦AD:Heidekamp 14a, 21244 Buchholz⟧.
> Bitte buchen Sie ab sofort von meinem neuen Konto ab. Handy: ⟦PH:0157 3382 9061⟧
> Gruß ⟦N:K. Tekinalp⟧
>
> Am 12.11.2026 schrieb Kundenservice:
>> Sehr geehrte Damen und Herren,
>> Ihre Jahresabrechnung steht im Kundenportal bereit (Vertragskonto 400118822).
>> Ihr Team der Stadtwerke Nordheide`,
  },
  {
    lang: 'de',
    kind: 'forwarded-mail',
    source: `---------- Weitergeleitete Nachricht ---------
Von: ⟦N:Wiltrud Kersting⟧ <⟦EM:wiltrud.kersting@praxis-kersting-lueneburg.de⟧>
Datum: Mo., 9. Nov. 2026 um 11:03 Uhr
Betreff: Überweisung Orthopädie
An: termine@mvz-am-sande.de

Sehr geehrte Kolleginnen und Kollegen,

ich überweise Ihnen Herrn ⟦N:Wunibald Jungclaus⟧, geb. ⟦DOB:23.04.51⟧,
wohnhaft ⟦AD:Schröderstraße 9
21335 Lüneburg⟧, mit V. a. Gonarthrose re. Bitte um Termin, der Patient ist telefonisch
am besten vormittags erreichbar: ⟦PH:04131 / 40 22 87⟧.

Mit kollegialen Grüßen
Dr. med. ⟦N:W. Kersting⟧
Fachärztin für Allgemeinmedizin

--
Bitte beachten: Diese E-Mail kann vertrauliche Informationen enthalten.`,
  },
  {
    lang: 'de',
    kind: 'whatsapp-export',
    source: `[03.10.26, 19:41:07] ⟦N:Cüneyt⟧: Abi, hast du die Nummer vom Vermieter?
[03.10.26, 19:42:30] ⟦N:Tayfun Bozdoğan⟧: ja warte
[03.10.26, 19:42:51] ⟦N:Tayfun Bozdoğan⟧: vermieter herr ⟦N:Hüsgen⟧ ⟦PH:0211 87 65 43 21⟧
[03.10.26, 19:43:10] ⟦N:Tayfun Bozdoğan⟧: frag nach frau ⟦N:hüsgen⟧ nicht nach dem sohn 😅
[03.10.26, 19:44:02] ⟦N:Cüneyt⟧: danke. die heizung ist wieder aus, 3. mal diesen monat
[03.10.26, 19:45:19] ⟦N:Feraye Ünsal⟧: ich kann morgen hin, wohnung ist doch ⟦AD:Kölner Landstr. 212, 40591 Düsseldorf⟧ oder?
[03.10.26, 19:45:58] ⟦N:Cüneyt⟧: jo 2. og links
[03.10.26, 19:47:33] ⟦N:Feraye Ünsal⟧: <Medien ausgeschlossen>
[03.10.26, 20:01:12] ⟦N:Tayfun Bozdoğan⟧: sein whatsapp ist ⟦PH:+49 173 5520918⟧ falls sie nicht rangeht`,
  },
  {
    lang: 'de',
    kind: 'meeting-minutes',
    source: `Protokoll Jour fixe Vertrieb Süd – KW 46
Datum: 12.11.2026, 10:00–11:15, Raum „Zugspitze" / Teams
Teilnehmende: ⟦N:Eckehart Quernheim⟧ (Leitung), ⟦N:Ortrun Lamprecht⟧, ⟦N:Dilovan Berwari⟧, ⟦N:Ippolita Sciortino⟧ (Gast, Marketing),
⟦N:Jannik Mauersberger⟧ (Protokoll)
Entschuldigt: ⟦N:Hiltrud Wendeborn⟧ (Urlaub)

TOP 1 Pipeline Q4
- Angebot Brauerei Ayinger (Volumen ca. 120 T€) liegt beim Einkauf, Rückmeldung KW 48.
- Rahmenvertrag Stadtwerke Rosenheim: Verlängerung unterschrieben, Vertragsnr. RV-2026-0412.

TOP 2 Messe BAU 2027
- Standfläche Halle B2, Stand 317. Standdienst-Plan folgt.
- AP: ⟦N:Berwari⟧ klärt Hotelkontingent bis Fr.
- AP: ⟦N:Sciortino⟧ – Flyer-Entwurf v0.3 an alle bis 20.11.

TOP 3 Sonstiges
- ⟦N:Lamprecht⟧ übernimmt ab 1.1. Key Account Hofpfisterei.
- Nächster Termin: 26.11.2026

f. d. R. ⟦N:J. Mauersberger⟧`,
  },
  {
    lang: 'de',
    kind: 'jira-ticket',
    source: `[SUP-4471] Login schlägt fehl nach Passwort-Reset
Typ: Bug   Priorität: Hoch   Status: In Bearbeitung
Bearbeiter: ⟦N:Gyeong-su Maeng⟧   Melder: ⟦N:Wisława Grzybowski⟧
Komponente: auth-service 3.14.2   Umgebung: PROD-EU

Beschreibung:
Kundin meldet, dass nach dem Reset (Mail an ⟦EM:w.grzybowski+shop@posteo.de⟧) das neue Passwort abgelehnt wird.
Letzter Login-Versuch von IP ⟦=IP/4⟧, davor ⟦=IP/6⟧.

Kommentare
---
⟦N:Gyeong-su Maeng⟧ – 18.11.2026 14:02
Im Log sieht man "password_policy_mismatch". Policy-Version 2 vs. 3. Deploy von 3.14.3 geplant.
---
⟦N:Wisława Grzybowski⟧ – 18.11.2026 14:20
Kundin hat nochmal angerufen (⟦PH:0049 30 7789 1123⟧), sie wartet auf Rückruf.
---
⟦N:Yoshitsugu Kagawa⟧ – 19.11.2026 08:47
@⟦N:Maeng⟧ Fix ist live, bitte mit Kundin testen und schließen.`,
  },
  {
    lang: 'de',
    kind: 'hr-onboarding',
    source: `ONBOARDING-CHECKLISTE – Neueinstellung zum 01.01.2027

Name, Vorname: ⟦N:Kandasamy, Vaidehi⟧
Geburtsdatum: ⟦DOB:14.02.1993⟧            Geburtsort: Chennai
Anschrift: ⟦AD:Ulmenallee 5, 04229 Leipzig⟧
Private E-Mail: ⟦EM:vaidehi.k93@gmail.com⟧          Mobil: ⟦PH:0176-22418830⟧
Steuer-ID: ⟦=TX⟧                  Steuerklasse: I
Rentenversicherungsnr.: ⟦=SV⟧
Krankenkasse: AOK PLUS
Bankverbindung: ⟦=IB⟧ (Sparkasse Leipzig)
Abteilung: Data Engineering, Kostenstelle 7210, Vorgesetzter Dr. ⟦N:Lechosław Gąsiorowski⟧

[x] Arbeitsvertrag unterschrieben zurück
[x] Aufenthaltstitel (Blaue Karte EU) – Kopie Personalakte
[ ] Laptop bestellt (Ticket IT-88213)
[ ] Zugang Badge Gebäude C
Pate/Patin: ⟦N:Ottilie Tiedgen⟧`,
  },
  {
    lang: 'de',
    kind: 'sick-note-mail',
    source: `Betreff: Krankmeldung
Von: ⟦EM:hozan.sindi@web.de⟧
An: personal@moebelhaus-ostwestfalen.de
Datum: 02.11.2026 06:12

hallo liebes personal-team,
ich bin leider krank, AU ist von heute bis einschließlich freitag (06.11.). die bescheinigung kommt
digital von der kasse (eAU). personalnr 40877.
falls was ist bitte whatsapp ⟦PH:01522 4471902⟧, ich schlafe viel.
lg ⟦N:Hozan Sindi⟧ (lager, spätschicht)`,
  },
  {
    lang: 'de',
    kind: 'arbeitszeugnis',
    source: `ARBEITSZEUGNIS

Frau ⟦N:Solomiia Prokopenko⟧, geboren am ⟦DOB:7. Juli 1988⟧ in Lwiw, war vom 1. März 2021 bis zum 30. September 2026
in unserem Unternehmen als Buchhalterin in der Abteilung Finanzen tätig.

Die Hargesheimer Logistik AG ist ein mittelständisches Speditionsunternehmen mit rund 400 Beschäftigten.

Zu den Aufgaben von Frau ⟦N:Prokopenko⟧ gehörten insbesondere die Kreditorenbuchhaltung, der Zahlungsverkehr
sowie die Vorbereitung der Monatsabschlüsse nach HGB. Frau ⟦N:Prokopenko⟧ erledigte die ihr übertragenen Aufgaben
stets zu unserer vollsten Zufriedenheit. Ihr Verhalten gegenüber Vorgesetzten und Kollegen war stets einwandfrei.

Sie verlässt uns auf eigenen Wunsch. Wir danken ihr und wünschen ihr für die Zukunft alles Gute.

Bad Kreuznach, 30. September 2026

⟦N:Gernot Brinkhuis⟧                          ⟦N:Theodora Papadimitriou⟧
Vorstand                                  Leitung Personal`,
  },
  {
    lang: 'de',
    kind: 'lab-request',
    source: `LABORANFORDERUNG  –  Labor Oberland MVZ  –  Einsender-Nr. 11822
--------------------------------------------------------------
Pat.-Name: ⟦N:BEZERRA⟧          Vorname: ⟦N:WANDERLEY⟧
Geb.-Dat.: ⟦DOB:03.11.1979⟧      Geschl.: m
Kasse: Techniker Krankenkasse    Vers.-Nr.: T418822951
Anschrift: ⟦AD:Wittelsbacherstr. 41, 80469 München⟧
--------------------------------------------------------------
Material: Serum, EDTA    Abnahme: 24.11.2026 07:45
[x] kl. BB   [x] CRP   [x] HbA1c   [ ] TSH   [x] Kreatinin/eGFR
Diagnose: E11.9 G
Rückfragen Praxis: Tel. 089 2388 0 (Zentrale)  — Befund per KIM
Arzt: Dr. ⟦N:Chiharu Nishikawa⟧`,
  },
  {
    lang: 'de',
    kind: 'discharge-letter',
    source: `Klinikum Oberlausitzer Bergland · Klinik für Innere Medizin · Görlitzer Str. 8 · 02763 Zittau

Herrn
Dr. med. ⟦N:Bronisław Pietrzak⟧
Facharzt für Innere Medizin
⟦AD:Markt 4
02785 Olbersdorf⟧

Entlassungsbrief

Sehr geehrter Herr Kollege ⟦N:Pietrzak⟧,

wir berichten über Ihre Patientin Frau ⟦N:Uliana Didenko⟧, geb. am ⟦DOB:19.01.1946⟧, ⟦AD:Neustadt 22, 02763 Zittau⟧,
die sich vom 10.11. bis 18.11.2026 in unserer stationären Behandlung befand.

Diagnosen: Exazerbierte COPD GOLD 3, Vorhofflimmern (ED 2019), arterielle Hypertonie.

Der Sohn, ⟦N:Orest Didenko⟧, ist als Ansprechpartner benannt (⟦PH:+49 3583 70 44 18⟧).

Mit freundlichen kollegialen Grüßen
Prof. Dr. ⟦N:Svyatoslav Lebedinsky⟧   ⟦N:Fotini Chatzopoulos⟧
Chefarzt                            Assistenzärztin`,
  },
  {
    lang: 'de',
    kind: 'no-pii-newsletter',
    source: `Liebe Kolleginnen und Kollegen,

hier die Neuigkeiten aus der Werkstatt im November:

• Die Umstellung auf SAP S/4HANA 2023 FPS02 ist abgeschlossen. Bestellungen laufen ab sofort über den neuen Workflow
  (Bestellnummern beginnen mit 45000xxxxx statt 42000xxxxx).
• Die Kantine „Jakob's" bleibt vom 23.12. bis 02.01. geschlossen. Am 24.12. und 31.12. ist das Werk zu.
• Der Rahmenvertrag mit Würth und Hoffmann Group wurde verlängert; Artikel 0700 415 bleibt gelistet.
• Der Fuhrpark bekommt drei neue Ford Transit Custom und einen Mercedes eVito.
• In der Halle 3 (Marie-Curie-Straße) wird ab KW 49 das Dach saniert.

Hallo zusammen noch ein Hinweis: die Weihnachtsfeier ist am 11.12. ab 18 Uhr im Gasthof „Zur Linde", Dorfstraße.
Anmeldung bitte bis 01.12. über das Intranet, Formular HR-F-017 Version 2.1.

Euer Betriebsrat`,
  },
  {
    lang: 'de',
    kind: 'crm-notes',
    source: `CRM · Firma: Elbtal Bäckereibedarf GmbH · Kd.-Nr. 100482 · Segment B
Ansprechpartner: ⟦N:Tjeerd van den Oosterhout⟧ (Einkauf), ⟦N:Marilou Dizon-Lagman⟧ (Buchhaltung)

2026-09-04  Anruf ⟦N:v. d. Oosterhout⟧: will Muster Silikonmatten 40x60, Versand an Lager.
2026-09-05  Muster raus, Sendung ⟦~TRACK⟧
2026-10-14  Mail von ⟦EM:m.dizon-lagman@elbtal-baeckereibedarf.de⟧: Rechnung RE-2026-11871 doppelt erhalten -> Gutschrift GS-2026-0341
2026-10-30  Besuch vor Ort (mit ⟦N:Gijsbert Heemskerk⟧). ⟦N:Tjeerd⟧ wechselt Ende Q1 zur Konkurrenz (vertraulich!),
            Nachfolgerin vermutlich Frau ⟦N:Postma⟧, Durchwahl ⟦PH:0351 4496-208⟧
2026-11-20  Rahmenangebot AN-2026-2290 verschickt, 3% Skonto 10 Tage`,
  },
  {
    lang: 'de',
    kind: 'call-transcript',
    source: `Gesprächsprotokoll Hotline Kfz-Versicherung, Aufzeichnung 2026-11-21 15:32, Dauer 06:41
Agent: Guten Tag, Nordsee Assekuranz, mein Name ist ⟦N:Ramil Tolentino⟧, was kann ich für Sie tun?
Anrufer: Ja hallo, ⟦N:Gunnstein Skjervheim⟧ hier, ich hatte einen Parkschaden.
Agent: Das tut mir leid. Haben Sie Ihre Versicherungsschein-Nummer?
Anrufer: KH-2210-558-31.
Agent: Danke. Zur Sicherheit: Ihr Geburtsdatum bitte?
Anrufer: Der ⟦DOB:dritte Mai neunzehnhundertachtundsiebzig⟧ — also ⟦DOB:03.05.78⟧.
Agent: Passt. Und Sie wohnen noch in der ⟦AD:Strandstraße 19, 25980 Sylt⟧?
Anrufer: Ja genau. Der andere Fahrer heißt ⟦N:Kodwo Frimpong⟧, hab seine Nummer: ⟦PH:0 41 52 / 83 91 07⟧.
Agent: Ich lege den Schaden an, Schadennummer S-26-114093. Sie bekommen eine Mail an ⟦EM:g.skjervheim@t-online.de⟧.
Anrufer: Super, danke, tschüss.`,
  },
  {
    lang: 'de',
    kind: 'csv-semicolon',
    source: `Nachname;Vorname;Abteilung;Durchwahl;Mail;Geb.
⟦N:Ogbonnaya⟧;⟦N:Chijioke⟧;Vertrieb;⟦PH:0421 55090-214⟧;⟦EM:c.ogbonnaya@kessler-armaturen.de⟧;⟦DOB:1990-06-12⟧
⟦N:Ramsbottom⟧;⟦N:Peregrine⟧;Export UK;⟦PH:0421 55090-231⟧;⟦EM:p.ramsbottom@kessler-armaturen.de⟧;⟦DOB:1984-11-30⟧
⟦N:Ilgaz⟧;⟦N:Selcan⟧;Qualität;⟦PH:0421 55090-118⟧;⟦EM:s.ilgaz@kessler-armaturen.de⟧;⟦DOB:2001-02-03⟧
⟦N:Mạc⟧;⟦N:Thị Nhàn⟧;Lager;⟦PH:0421 55090-305⟧;;⟦DOB:1975-09-21⟧
⟦N:Weber⟧;⟦N:Frank⟧;Geschäftsführung;⟦PH:0421 55090-100⟧;⟦EM:f.weber@kessler-armaturen.de⟧;`,
  },
  {
    lang: 'de',
    kind: 'tenancy-termination',
    source: `⟦N:Aristotelis Tsakalidis⟧ und ⟦N:Kyriaki Tsakalidou⟧
⟦AD:Hegelstraße 17
39104 Magdeburg⟧

Wohnungsbaugenossenschaft „Otto von Guericke" eG
Postfach 4127
39016 Magdeburg

Magdeburg, 28.10.2026

Kündigung des Mietvertrags Nr. 3-117-044, Wohnung 2. OG rechts

Sehr geehrte Damen und Herren,

hiermit kündigen wir den o. g. Mietvertrag fristgerecht zum 31.01.2027. Die Kaution bitten wir auf unser Konto
⟦=IB⟧ zu überweisen. Für die Wohnungsübergabe erreichen Sie uns unter ⟦PH:0391/5 66 21 04⟧.

Mit freundlichen Grüßen

⟦N:A. Tsakalidis⟧          ⟦N:K. Tsakalidou⟧`,
  },
  {
    lang: 'de',
    kind: 'mahnung',
    source: `Inkasso Westfalen GmbH · Postfach 10 14 55 · 44014 Dortmund

Herrn
⟦N:Kambiz Sadeghpour⟧
c/o ⟦N:Jamshid Farahmand⟧
⟦AD:Brückstraße 64
44135 Dortmund⟧

2. MAHNUNG – Forderung Az. IW-26-338120

Sehr geehrter Herr ⟦N:Sadeghpour⟧,

trotz unserer Zahlungserinnerung vom 02.10.2026 ist die Forderung unserer Mandantin (Fitnessstudio Vitalwerk,
Mitgliedsnr. 88102) in Höhe von 219,80 € zzgl. Mahngebühren 5,00 € weiterhin offen.

Bitte überweisen Sie den Gesamtbetrag bis zum 30.11.2026 auf das Konto DE.. (siehe Zahlschein), Verwendungszweck IW-26-338120.

Sollte die Zahlung ausbleiben, werden wir das gerichtliche Mahnverfahren einleiten.

Mit freundlichen Grüßen
Inkasso Westfalen GmbH
i. A. ⟦N:Tamara Golubeva⟧`,
  },
  {
    lang: 'de',
    kind: 'vollmacht',
    source: `VOLLMACHT

Ich, ⟦N:Lăcrămioara Bălănescu⟧, geb. ⟦DOB:11.12.1962⟧, wohnhaft ⟦AD:Rennweg 3, 90489 Nürnberg⟧,
Personalausweis-Nr. ⟦=ID⟧,

bevollmächtige hiermit

Herrn ⟦N:Costin Vlădescu⟧, geb. am ⟦DOB:02.08.1987⟧, wohnhaft ⟦AD:Bayreuther Straße 40, 90409 Nürnberg⟧,

mich gegenüber der Stadt Nürnberg – Bürgeramt Nord – bei der Beantragung eines Reisepasses und der Abholung
der Dokumente zu vertreten.

Nürnberg, den 19.11.2026


............................................
(Unterschrift ⟦N:L. Bălănescu⟧)`,
  },
  {
    lang: 'de',
    kind: 'court-summons',
    source: `AMTSGERICHT HAMBURG-ALTONA
Geschäftsnummer: 318a C 211/26

LADUNG ZUM TERMIN

In dem Rechtsstreit
⟦N:Fawwaz al-Qudsi⟧, ⟦AD:Große Bergstraße 155, 22767 Hamburg⟧ – Kläger –
Prozessbevollmächtigte: Rechtsanwälte Thormählen & Sievers, Ottenser Hauptstraße 10, 22765 Hamburg
gegen
⟦N:Ruwaida Shawwa-Nabulsi⟧, ⟦AD:Bahrenfelder Chaussee 93, 22761 Hamburg⟧ – Beklagte –

wegen Forderung aus Kaufvertrag

werden Sie zum Termin zur mündlichen Verhandlung am
Donnerstag, 14.01.2027, 10:30 Uhr, Saal 2.17, Max-Brauer-Allee 91, 22765 Hamburg
geladen. Das persönliche Erscheinen der Parteien wird angeordnet.

⟦N:Lindenkamp⟧, Justizangestellte
als Urkundsbeamtin der Geschäftsstelle`,
  },
  {
    lang: 'de',
    kind: 'meldebescheinigung',
    source: `MELDEBESCHEINIGUNG nach § 18 Bundesmeldegesetz
(einfache Meldebescheinigung)

Familienname:      ⟦N:NGUYEN-TĂNG⟧
Vornamen:          ⟦N:XUÂN YẾN⟧
Geburtsname:       ⟦N:TĂNG⟧
Geburtsdatum:      ⟦DOB:29.02.1996⟧
Geburtsort:        Hải Phòng
Anschrift:         ⟦AD:Konrad-Adenauer-Ring 12
                   65187 Wiesbaden⟧
Einzugsdatum:      01.07.2026
Art der Wohnung:   alleinige Wohnung

Wiesbaden, 04.11.2026           Landeshauptstadt Wiesbaden – Bürgerbüro Mitte
Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.`,
  },
  {
    lang: 'de',
    kind: 'kindergeld-form',
    source: `Antrag auf Kindergeld – Anlage Kind (Auszug, Zeilen 1–12)

1  Angaben zur antragstellenden Person
   Name: ⟦N:Oyewole⟧   Vorname: ⟦N:Modupeola⟧   Kindergeldnummer: 115FK044921
   Steuerliche Identifikationsnummer: ⟦=TX⟧
2  Angaben zum Kind
   Vorname: ⟦N:Ayomide⟧     Familienname, falls abweichend: ⟦N:Odukoya-Oyewole⟧
   Geburtsdatum: ⟦DOB:0 8 . 0 3 . 2 0 2 4⟧
   Geschlecht: weiblich    Steuer-ID des Kindes: ⟦=TX⟧
3  Anschrift, falls abweichend: –
4  Das Kind lebt in meinem Haushalt: [x] ja
   Anderer Elternteil: ⟦N:Adegoke Odukoya⟧, geb. ⟦DOB:17.10.1985⟧, wohnhaft ⟦AD:Frankfurter Str. 71, 63067 Offenbach am Main⟧`,
  },
  {
    lang: 'de',
    kind: 'teams-chat',
    source: `Teams · Kanal „Projekt Habicht / Allgemein"

⟦N:Svenja-Marie Tiedgen⟧ 09:12
Hi team 👋 wer kann heute den Kundencall mit Haribo übernehmen? 14:00

⟦N:Chan-yeol Pyo⟧ 09:15
ich, aber nur bis 14:45

⟦N:Svenja-Marie Tiedgen⟧ 09:16
perfekt danke! Einwahl steht im Kalender. Ansprechpartnerin dort ist Fr. Dr. ⟦N:Ekua Ankomah⟧

⟦N:Kordell Fontenot⟧ 09:31
FYI: staging ist down, ⟦N:jonas⟧ schaut drauf. build 2026.11.3-rc2

⟦N:Chan-yeol Pyo⟧ 09:33
@⟦N:Kordell⟧ kannst du mir die folien schicken? am besten an ⟦EM:pyo.chanyeol@habicht-consulting.de⟧, outlook spinnt

⟦N:Kordell Fontenot⟧ 09:34
👍`,
  },
];
