import type { HandDoc } from './hand.js';

/** Hand-written German documents of set 4, part 2: forms, lists, logs, records, OCR, look-alikes. */
export const HAND_DE_2: HandDoc[] = [
  {
    lang: 'de',
    kind: 'insurance-claim',
    source: `SCHADENMELDUNG HAUSRAT                                   Vers.-Schein-Nr.: HR 77 410 892
Versicherungsnehmer/in: ⟦N:Ahlgren-Wennerholm, Tuva⟧
Anschrift: ⟦AD:Lindenstr. 8 b, 48143 Münster⟧       Tel. tagsüber: ⟦PH:+49 251 / 39 01 77 - 12⟧
E-Mail: ⟦EM:tuva (at) ahlgren-wennerholm (dot) de⟧
Schadentag: 14.11.2026   Schadenart: Fahrraddiebstahl aus Keller
Gestohlen: E-Bike Riese & Müller Charger4, Rahmennr. WAW1234567 (kein Personenbezug), Kaufpreis 4.299 €
Anzeige bei: Polizei Münster, Tagebuch-Nr. 221104-1822-026877
Zeuge: Nachbar ⟦N:Torleif Østergaard⟧, ⟦AD:Lindenstr. 8 a, 48143 Münster⟧
Auszahlung auf: ⟦=IB⟧   Kontoinhaber: ⟦N:Tuva Ahlgren-Wennerholm⟧
Ort/Datum: Münster, 16.11.26            Unterschrift: ⟦N:T. Ahlgren-Wennerholm⟧`,
  },
  {
    lang: 'de',
    kind: 'grade-list',
    source: `Notenliste Mathematik 10b – 1. Halbjahr 2026/27 – Lehrkraft: StR ⟦N:Henriette Zubiría⟧
Nr | Name                    | KA1 | KA2 | mdl. | Ø
 1 | ⟦N:Abdi, Ifrah⟧             | 2   | 2-  | 2    | 2,1
 2 | ⟦N:Bamarni, Zinar⟧          | 4   | 3   | 3+   | 3,4
 3 | ⟦N:de la Peñalver, Amparo⟧  | 1   | 1-  | 1    | 1,1
 4 | ⟦N:Koch, Jonte⟧             | 3-  | 4+  | 3    | 3,5
 5 | ⟦N:McEwan, Ailsa⟧           | 2   | 1   | 2    | 1,7
 6 | ⟦N:Srisuk, Pimchanok⟧       | 5   | 4   | 4    | 4,4
 7 | ⟦N:Zhuge, Yichen⟧           | 1   | 2   | 1    | 1,4
Klassenschnitt KA1: 2,57 · KA2: 2,64 — Elternsprechtag 04.12., Raum 1.12`,
  },
  {
    lang: 'de',
    kind: 'enrolment',
    source: `Immatrikulationsbescheinigung – Wintersemester 2026/27
Hochschule für Technik und Wirtschaft des Saarlandes

Frau / Herr:  ⟦N:Ekene Ugwuanyi⟧
geboren am:  ⟦DOB:6. März 2004⟧   in: Enugu (Nigeria)
Matrikelnummer: 3915520
Studiengang: Wirtschaftsingenieurwesen (B.Sc.), 3. Fachsemester
Semesteranschrift: ⟦AD:Malstatter Str. 17, Zimmer 304, 66117 Saarbrücken⟧
Hochschul-E-Mail: ⟦EM:eugwuanyi@htwsaar.de⟧

Die Bescheinigung gilt für das Semester 01.10.2026 – 31.03.2027 und wurde maschinell erstellt.`,
  },
  {
    lang: 'de',
    kind: 'app-log',
    source: `2026-11-23T08:14:02.113Z INFO  [http] GET /api/v2/orders?page=2 200 41ms ip=⟦=IP/4⟧ user=⟦EM:khai.doan@fastmail.com⟧
2026-11-23T08:14:02.540Z WARN  [auth] token refresh failed reason=expired user_id=882104 ip=⟦=IP/4⟧
2026-11-23T08:14:03.001Z INFO  [mail] queued template=order_shipped to=⟦EM:b.oglethorpe@yahoo.de⟧ msgid=<20261123081403.5521@mailer-3.shop.internal>
2026-11-23T08:14:05.778Z ERROR [payment] declined code=05 card=****4417 user=⟦EM:khai.doan@fastmail.com⟧
2026-11-23T08:14:09.310Z INFO  [http] POST /api/v2/login 200 120ms ip=⟦=IP/6⟧ ua="Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"
2026-11-23T08:14:11.402Z DEBUG [cache] hit ratio=0.93 keys=120442 node=cache-2 version=7.2.5
2026-11-23T08:14:12.880Z INFO  [profile] updated field=phone value=⟦PH:+4917622093318⟧ user_id=441920`,
  },
  {
    lang: 'de',
    kind: 'json-record',
    source: `{
  "kundennummer": "K-0098812",
  "anrede": "Herr",
  "vorname": "⟦N:Svyatoslav⟧",
  "nachname": "⟦N:Rzhevsky⟧",
  "geburtsdatum": "⟦DOB:1969-08-30⟧",
  "kontakt": { "email": "⟦EM:s.rzhevsky@mailbox.org⟧", "telefon": "⟦PH:+49 (0)40 6094 1182⟧" },
  "adresse": "⟦AD:Eppendorfer Weg 201, 20253 Hamburg⟧",
  "zahlung": { "art": "SEPA", "iban": "⟦=IB⟧", "mandat": "MR-2026-11820" },
  "erstellt": "2026-03-02T10:44:19+01:00",
  "quelle": "webshop v4.8.1"
}`,
  },
  {
    lang: 'de',
    kind: 'ocr-letter',
    source: `Stadtverwaltung Kleinmachnow . Adolf-Grimme-Ring 10 . 14532 Kleinmachnow
Herrn
⟦N:Gianfilippo Mastrangelo⟧
⟦AD:Am Hochwald 3O
14532 Kleinmachnow⟧
Ihr Zeichen Unser Zeichen Datum
 32.1-0412/26 06.11.2026
Anhörung zu einer Ordnungswidrigkeit
Sehr geehrter Herr ⟦N:Mastran-
gelo⟧,
Ihnen wird vorgeworfen, am 19.10.2026 um 07:58 Uhr in Kleinmach-
now, Förster-Funke-Allee, als Führer des PKW mit dem amtl. Kenn-
zeichen PM-GM 418 die zulässige Höchstgeschwindigkeit von 30 km/h
um 14 km/h überschritten zu haben. Geb.-Dat. des Halters lt. KBA:
⟦DOB:21 .O4. 1958⟧ (bitte prüfen)
Sie können sich zu dem Vorwurf äußern.`,
  },
  {
    lang: 'de',
    kind: 'delivery-note',
    source: `LIEFERSCHEIN Nr. LS-2026-118204                    Datum: 25.11.2026
Kunden-Nr.: 20441 · Auftrag: AB-2026-77102 · Ihre Bestellung: 4500098121

Lieferanschrift:
Schreinerei Lüttge – z. Hd. ⟦N:Benno Lüttge⟧
⟦AD:Gewerbering 4, 37434 Rüdershausen⟧
Avis vor Anlieferung: ⟦PH:0 55 21 / 8 64 90⟧

Pos  Artikel      Bezeichnung                         Menge  Einheit
10   7001-0045    Spanplatte roh 19 mm 2800x2070      12     Stk
20   7310-1120    Kantenband Buche 22 mm              4      Rolle
30   HÄF-341.21   Topfscharnier 110°, Hettich         50     Stk
Versand: Spedition Dachser, Sendungsnr. ⟦~TRACK⟧
Ware erhalten: ________  (Name in Druckbuchstaben)`,
  },
  {
    lang: 'de',
    kind: 'travel-booking',
    source: `Buchungsbestätigung · Vorgang 7KQ2XP · Reisebüro am Dom GmbH

Reise: Frankfurt (FRA) – Addis Abeba (ADD), Ethiopian Airlines ET 707, 18.12.2026 21:55
Rückflug: ET 706, 08.01.2027 00:50

Reisende:
1. ⟦N:GEBREMEDHIN/SELAMAWIT⟧ MRS   geb. ⟦DOB:09MAY81⟧  Pass ⟦=PP⟧
2. ⟦N:GEBREMEDHIN/YONAS⟧ MR        geb. ⟦DOB:22JAN14⟧  Kinderreisepass
3. ⟦N:NEGASH/MESERET⟧ MS           geb. ⟦DOB:30SEP79⟧  Pass ⟦=PP⟧

Rechnungsanschrift: ⟦N:Selamawit Gebremedhin⟧, ⟦AD:Heddernheimer Landstr. 55, 60439 Frankfurt am Main⟧
Kontakt im Notfall: ⟦N:Tesfaye Wolde⟧ ⟦PH:+251 91 155 2380⟧
Zahlung: Kreditkarte ⟦=CC⟧, Betrag 2.871,40 EUR`,
  },
  {
    lang: 'de',
    kind: 'payroll-question',
    source: `Hallo Frau ⟦N:Kötterheinrich⟧,

ich habe eine Frage zu meiner Abrechnung November (Pers.-Nr. 10577). Da ist plötzlich Steuerklasse 1 statt 3,
obwohl wir seit August verheiratet sind. Meine Steuer-ID ist ⟦=TX⟧, die von meinem Mann ⟦=TX⟧.
Müssen wir da noch was beim Finanzamt machen oder läuft das über ELStAM?

Außerdem stimmt meine SV-Nummer in der Meldung nicht: richtig ist ⟦=SV⟧.

Danke und Grüße
⟦N:Roxana-Elena Iordache⟧ (geb. ⟦N:Stoica⟧)
Montage, Schicht B`,
  },
  {
    lang: 'de',
    kind: 'no-pii-release-notes',
    source: `Versionshinweise ProjektPilot 12.4.0 (Build 12.4.0.2211) – veröffentlicht am 30.11.2026

Neu
- Export nach Excel (XLSX) mit Pivot-Vorlage „Controlling" (Ticket PP-8812)
- Anbindung an DATEV Unternehmen online über die Schnittstelle Version 3.2
- Feiertagskalender 2027 für alle Bundesländer, z. B. Fronleichnam 27.05.2027, Tag der Deutschen Einheit 03.10.2027

Behoben
- Der Assistent „Neue Rechnung" übernahm die USt-IdNr. ⟦~VAT⟧ nicht in die Vorschau (PP-8790)
- Zeitstempel 2026-11-02T23:59:59Z wurde als 03.11. angezeigt (PP-8805)
- Artikelnummern mit führender Null (z. B. 0041-7720) wurden abgeschnitten

Bekannt
- Mit Windows 11 24H2 und Office 2021 kann die Vorschau leer bleiben; Workaround siehe KB-2291.

Ihr Team der ProjektPilot Software GmbH, Kaiserstraße, Karlsruhe`,
  },
  {
    lang: 'de',
    kind: 'no-pii-invoice',
    source: `RECHNUNG                                                   Rechnungs-Nr.: RE-2026-004417
Brennholz Schwarzwald eG · Hauptstraße 12 · 79271 St. Peter           Datum: 20.11.2026
USt-IdNr.: ⟦~VAT⟧ · Gläubiger-ID: ⟦~CRED⟧

An: Gemeinde Glottertal, Bauhof

Pos. Menge Bezeichnung                         Einzelpreis   Gesamt
1    12 rm Buche, ofenfertig 33 cm              98,00 €      1.176,00 €
2    1      Anlieferung Pauschale               45,00 €         45,00 €
Netto 1.221,00 € · USt 19 % 231,99 € · Brutto 1.452,99 €

Zahlbar bis 04.12.2026 ohne Abzug. Bei Zahlung per Lastschrift wird der Betrag zum Fälligkeitstag eingezogen.
Sehr geehrte Damen und Herren, vielen Dank für Ihren Auftrag!`,
  },
  {
    lang: 'de',
    kind: 'no-pii-minutes',
    source: `Protokoll der Eigentümerversammlung WEG Rosenstraße 14–16 (Auszug)

TOP 4: Sanierung der Tiefgarage
Die Verwaltung (Immobilien Falk & Sohn GmbH) stellt drei Angebote vor: Bauunternehmen Moritz Bau KG 182.400 €,
Rhein-Main Beton GmbH 176.900 €, Heinrich Stahl- und Betonbau 191.000 €.
Beschluss: Angebot 2 wird angenommen. Ja 41 / Nein 3 / Enthaltung 2 (nach MEA 612,5/1.000).

TOP 5: Wirtschaftsplan 2027
Das Hausgeld steigt um 4,2 %. Die Erhaltungsrücklage wird auf 95.000 € aufgestockt.

TOP 6: Verschiedenes
Die Weihnachtsbeleuchtung im Hof wird wieder vom Hausmeisterdienst angebracht. Die Müllabfuhr kommt ab Januar
dienstags statt donnerstags. Nächste Versammlung voraussichtlich im Mai 2027.`,
  },
  {
    lang: 'de',
    kind: 'yaml-config-people',
    source: `# Bereitschaftsplan Plattform-Team, gültig ab KW 49
oncall:
  primary:
    name: ⟦N:Larasati Sutanto⟧
    phone: "⟦PH:+49 1512 3098877⟧"
    email: ⟦EM:larasati.sutanto@kranbau-hessen.de⟧
  secondary:
    name: ⟦N:Thanawat Boonmee⟧
    phone: "⟦PH:0160/91 12 40 55⟧"
  escalation:
    - it-leitstelle@kranbau-hessen.de
    - "⟦N:Manolakis⟧ (Teamlead)"
alerting:
  pagerduty_service: PX8K2L1
  threshold_ms: 2500
  version: 1.9.0`,
  },
  {
    lang: 'de',
    kind: 'xml-record',
    source: `<?xml version="1.0" encoding="UTF-8"?>
<Versicherter id="V-104422">
  <Name><Vorname>⟦N:Şükriye Nur⟧</Vorname><Nachname>⟦N:Kocabıyık⟧</Nachname></Name>
  <Geburtsdatum>⟦DOB:1999-12-01⟧</Geburtsdatum>
  <Anschrift>⟦AD:Im Winkel 2, 72072 Tübingen⟧</Anschrift>
  <RVNR>⟦=SV⟧</RVNR>
  <Ausweis typ="PA">⟦=ID⟧</Ausweis>
  <Erstellt>2026-11-29T16:00:00+01:00</Erstellt>
</Versicherter>`,
  },
  {
    lang: 'de',
    kind: 'lowercase-chat',
    source: `slack #facility · heute

⟦N:mieczysław⟧  10:02
hat jemand nen schlüssel für besprechungsraum 4? herr ⟦N:jung⟧ ist nicht da

⟦N:wiltrud koch⟧  10:04
frag mal ⟦N:mietek⟧ äh ich mein ⟦N:traudl⟧ vom empfang

⟦N:traudl quernheim⟧  10:06
liegt bei mir. wer holt? bin bis 12 unter durchwahl 4410 bzw ⟦PH:0711 9038 4410⟧

⟦N:mieczysław⟧  10:07
danke ich komm rum`,
  },
  {
    lang: 'de',
    kind: 'allcaps-form',
    source: `ANMELDUNG ZUR VERANSTALTUNG "TAG DER AUSBILDUNG" – BITTE IN DRUCKSCHRIFT
NAME: ⟦N:GÜLSÜM AKYÜREK⟧
GEBURTSDATUM: ⟦DOB:05.06.2009⟧
SCHULE: GESAMTSCHULE HAGEN-HASPE, KLASSE 10C
ANSCHRIFT: ⟦AD:VOERDER STR. 88, 58135 HAGEN⟧
ERZIEHUNGSBERECHTIGTE/R: ⟦N:ALPARSLAN AKYÜREK⟧, TEL. ⟦PH:02331 / 47 11 09⟧
E-MAIL: ⟦EM:ALPARSLAN.AKYUEREK@WEB.DE⟧
WORKSHOP-WUNSCH: 1) MECHATRONIK 2) INDUSTRIEKAUFFRAU 3) FACHINFORMATIK`,
  },
  {
    lang: 'de',
    kind: 'pipe-table-contacts',
    source: `| Firma                      | Tel. zentral       | Ansprechp.            | Mobil              | Mail |
|----------------------------|--------------------|-----------------------|--------------------|------|
| Kältetechnik Rhön GmbH     | ⟦PH:0971 785 0⟧         | ⟦N:Tasso Gangopadhyay⟧      | ⟦PH:0171 488 90 21⟧     | ⟦EM:t.gangopadhyay@kaelte-rhoen.de⟧ |
| Gebr. Hollingsworth & Co.  | ⟦PH:+44 161 496 0722⟧   | ⟦N:Perpetua Higginbotham⟧   | ⟦PH:+44 7700 900 412⟧   | ⟦EM:p.higginbotham@hollingsworth.co.uk⟧ |
| Wärmepumpen Süd eG         | 08031 20 88-0      | ⟦N:von der Tiedgen, Rotraud⟧ | –                  | info@wp-sued.de |
| Sanitär Owusu-Ansah KG     | ⟦PH:0221 33 80 11⟧      | ⟦N:Kobina Owusu-Ansah⟧      | ⟦PH:0152 05 11 92 83⟧   | – |`,
  },
  {
    lang: 'de',
    kind: 'zendesk-ticket',
    source: `Ticket #208817 · Status: offen · Kanal: E-Mail · Gruppe: Retouren
Anfrager: ⟦N:Jikke Postma-Dijkstra⟧ <⟦EM:jikke.pd@ziggo.nl⟧>

--- ⟦N:Jikke Postma-Dijkstra⟧, 21. Nov. 2026, 22:17 ---
Goedenavond / Guten Abend, ich habe Bestellung 3011-884-120 zurückgeschickt, aber noch kein Geld bekommen.
Rückerstattung bitte auf ⟦=IB/NL⟧ (nicht auf die Kreditkarte, die ist gesperrt).

--- ⟦N:Eulalie Castelnau⟧ (Agent), 22. Nov. 2026, 09:03 ---
Hallo Frau ⟦N:Postma-Dijkstra⟧, die Retoure ist am 20.11. eingegangen (Sendung ⟦~TRACK⟧). Die Erstattung
erfolgt innerhalb von 5 Werktagen. Interne Notiz: Karte endete auf 0081, Zahlung über Adyen PSP 8825512.

--- Interne Notiz ⟦N:Eulalie Castelnau⟧ ---
@⟦N:Doãn⟧ bitte Gutschrift manuell, Kundin hat Treuestatus Gold.`,
  },
  {
    lang: 'de',
    kind: 'referral-short',
    source: `Überweisungsschein – Muster 6
Krankenkasse: BARMER
Name, Vorname des Versicherten: ⟦N:Hollingsworth, Kordell⟧
geb. am ⟦DOB:12.12.64⟧
⟦AD:Am Anger 1
99084 Erfurt⟧
Kostenträgerkennung 104940005   Versicherten-Nr. B203498817   Status 1000000
Betriebsstätten-Nr. 721882400   Arzt-Nr. 334108801   Datum 27.11.26
Überweisung an: Kardiologie   Auftrag: Belastungs-EKG, Echo
Diagnose: I25.13 G`,
  },
  {
    lang: 'de',
    kind: 'no-pii-job-ad',
    source: `Wir suchen zum nächstmöglichen Zeitpunkt eine:n

Fachinformatiker:in Systemintegration (m/w/d) – Vollzeit, unbefristet

Die Stadtwerke Lemgo betreiben Strom-, Gas- und Wassernetze für rund 40.000 Einwohnerinnen und Einwohner.
Ihre Aufgaben: Betrieb unserer VMware-Umgebung (vSphere 8.0), Citrix, Microsoft 365, Netzwerke (Cisco, Fortinet).
Wir bieten: TVV, 39-Stunden-Woche, Jobrad, betriebliche Altersvorsorge.

Bewerbungsschluss: 15.01.2027. Bitte bewerben Sie sich über unser Online-Portal unter Angabe der Kennziffer 2026-IT-14.
Sehr geehrte Damen und Herren der Personalvermittlungen: Wir bitten von Anrufen abzusehen.`,
  },
];
