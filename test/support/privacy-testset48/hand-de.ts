import type { HandSource } from './markup.js';

/** German hand-written documents of set 48 (Bibliotheken, Archive, Familienforschung: Leserausweise, Fernleihe, Mahnungen, Lesesaal, Registeranfragen, Nachlässe), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Anmeldeformular Leserausweis',
    source: `Stadtbibliothek Leipzig – Anmeldung zur Benutzung
Wilhelm-Leuschner-Platz 10/11, 04107 Leipzig · Tel. +49 341 1235-0

Lesernummer: LN-48117302 (wird von der Bibliothek vergeben)
Name, Vorname: ⦃n:Todualia, Gulikoria⦄
Geburtsdatum: ⦃b:14.03.1991⦄
Anschrift: ⦃h:Kochstraße 61, 04275 Leipzig⦄
Telefon: ⦃t:0176 4420 9913⦄
E-Mail: ⦃m:g.todualia@posteo.de⦄
Ausweis vorgelegt: Personalausweis Nr. ⦃k:⦄

Gebühr Jahresausweis 20,00 € bar bezahlt am 06.01.2026.
Unterschrift Leser/in: ________   Bearbeitet: Theke 2`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Fernleihbestellung mit Zitat',
    source: `Von: ⦃n:Jurjiławk Šołćinkec⦄ <⦃m:jurjilawk.solcinkec@web.de⦄>
An: fernleihe@stadtbib-leipzig.example
Betreff: AW: Fernleihe FL-2026-04471 – Abholung

Hallo zusammen,

danke, ich komme am Donnerstag vorbei. Kann ich das Buch auch im Lesesaal behalten, falls die
Leihfrist nicht reicht? Ich brauche es für meine Ortschronik von Delitzsch.

Gruß
⦃n:Jurjiławk Šołćinkec⦄
⦃t:+49 152 2290 4417⦄

> Am 12.02.2026 um 10:04 schrieb Fernleihe Stadtbibliothek <fernleihe@stadtbib-leipzig.example>:
> Ihre Fernleihbestellung FL-2026-04471 („Die Mühlen der Parthe“) ist eingetroffen und liegt
> bis 26.02.2026 an der Theke bereit. Leihfrist 4 Wochen, keine Verlängerung.`,
  },
  {
    lang: 'de',
    kind: 'Mahnung dritte Stufe Brief',
    source: `Steiermärkische Landesbibliothek · Kalchberggasse 2 · 8010 Graz

Frau
⦃n:Ġużeppinella Xuerebtalli⦄
⦃h:Annenstraße 38/5, 8020 Graz⦄

Graz, 03.03.2026

3. Mahnung – Lesernummer LN-30027781

Sehr geehrte Frau ⦃n:Xuerebtalli⦄,

trotz zweier Erinnerungen sind folgende Medien nicht zurückgegeben worden:
– Grazer Häuserbuch, Bd. 2 (fällig seit 14.01.2026)
– Steirische Ortsnamen (fällig seit 14.01.2026)

Die Mahngebühren betragen derzeit 18,50 €. Bitte überweisen Sie den Betrag auf unser Konto
AT42 2011 1000 0048 1207 (Verwendungszweck: LN-30027781) und geben Sie die Medien bis 17.03.2026 zurück.

Mit freundlichen Grüßen
Ausleihe, Tel. +43 316 8016-0`,
  },
  {
    lang: 'de',
    kind: 'Chat Auskunftsdienst Bibliothek',
    source: `[Chat „Frag die Bibliothek“ – 09.02.2026]
14:02 Besucher: hallo, mein ausweis ist abgelaufen, kann ich online verlängern?
14:03 Bibliothekarin (Bibliothek): Hallo! Ja, mit Ihrer Lesernummer. Wie heißen Sie bitte?
14:03 Besucher: ⦃n:Wiryokusumo, Lintangsari⦄. nummer LN-51009284
14:05 Bibliothekarin (Bibliothek): Danke. Ich sehe als Geburtsdatum den ⦃b:02.11.1987⦄ – stimmt das?
14:05 Besucher: ja
14:06 Bibliothekarin (Bibliothek): Verlängert bis 09.02.2027. Die Gebühr buchen wir von ⦃i:DE g⦄ ab.
14:06 Besucher: super danke`,
  },
  {
    lang: 'de',
    kind: 'Lesesaal Zulassungsantrag Archiv',
    source: `Landesarchiv Baden-Württemberg – Hauptstaatsarchiv Stuttgart
Antrag auf Zulassung zur Benutzung (Lesesaal)

Name: ⦃n:Sigurbjartur Sveinbjarnarson⦄
geboren am: ⦃b:29.07.1979⦄
Wohnanschrift: ⦃h:Neckarhalde 17, 72070 Tübingen⦄
Reisepass-Nr.: ⦃r:⦄ (Bundesrepublik Deutschland)
E-Mail: ⦃m:sigurbjartur@mailbox.org⦄

Benutzungszweck: wissenschaftlich (Dissertation, Universität Tübingen)
Thema: Auswanderung aus Württemberg nach Island 1850–1900
Bestände: E 146, A 213

Benutzernummer: BN 2026/0419
Zugelassen am 20.01.2026, Lesesaal, gez. Aufsicht`,
  },
  {
    lang: 'de',
    kind: 'Anfrage Geburtsurkunde Standesamtsregister',
    source: `Sehr geehrte Damen und Herren,

ich bitte um eine beglaubigte Abschrift aus dem Geburtsregister des Standesamts Stuttgart-Cannstatt
für meinen Urgroßvater ⦃n:Kolbeinnar Önundarson⦄, geboren am ⦃b:17.09.1898⦄ in Cannstatt.
Seine Mutter hieß ⦃n:Bergþóruna Önundarson⦄, der Vater ist im Register vermutlich als Tagelöhner eingetragen.

Ich bin direkter Nachkomme (Nachweis liegt bei). Die Gebühr überweise ich nach Rechnung.

Mit freundlichen Grüßen
⦃n:Ásgerðurina Hallgrímsdóttirin⦄
⦃h:Lange Gasse 9, 72070 Tübingen⦄
⦃t:07071 5593 21⦄`,
  },
  {
    lang: 'de',
    kind: 'Antwort Archiv Registeranfrage mit Aktenzeichen',
    source: `Staatsarchiv Basel-Stadt · Martinsgasse 2 · 4051 Basel
recherche@staatsarchiv-bs.example · +41 61 267 86 01

Ihr Zeichen: Mail vom 02.02.2026
Unser Zeichen: ARC/1921/0088

Sehr geehrter Herr ⦃n:Castanhièr⦄,

im Taufregister der Pfarrei St. Theodor ist ⦃n:Amaniu Castanhièr⦄, getauft am 11.04.1921,
eingetragen; als Geburtsdatum ist der ⦃b:03.04.1921⦄ vermerkt. Eine Kopie des Eintrags liegt bei.
Für Recherche und Reproduktion berechnen wir CHF 45.– (Rechnung folgt).

Freundliche Grüsse
Staatsarchiv Basel-Stadt, Recherchedienst`,
  },
  {
    lang: 'de',
    kind: 'Familienforschung Auftragsbestätigung',
    source: `Ahnenwerk Familienforschung · Inh. ⦃n:Rachelkowa Brězankec⦄
⦃h:Kornmarkt 4, 02625 Bautzen⦄ · ⦃t:03591 48 27 11⦄ · ⦃m:r.brezankec@ahnenwerk-bautzen.de⦄

Auftragsbestätigung Nr. 26-014

Auftraggeber: ⦃n:Handrijkoc Młynkowcec⦄, ⦃h:Eisenbahnstraße 112, 04315 Leipzig⦄
Forschungsziel: Stammlinie ⦃n:Młynkowcec⦄ in der Oberlausitz bis ca. 1750
Quellen: Kirchenbücher Göda und Neschwitz, Sächsisches Staatsarchiv (Bautzen)
Honorar: 45,00 € je Stunde, Höchstbetrag 900,00 € ohne Rücksprache

Zahlung an: ⦃i:DE g⦄ (Kontoinhaberin ⦃n:Rachelkowa Brězankec⦄)`,
  },
  {
    lang: 'de',
    kind: 'Forschungsbericht Stammtafel Auszug',
    source: `Stammtafel ⦃n:Nukowčik⦄ (Auszug, Stand März 2026)

I.   ⦃n:Pawołkec Nukowčik⦄, * ⦃b:12.02.1811⦄ Göda, † 1873 ebd., Häusler
     ⚭ 1836 ⦃n:Wóršičla Delańkowa⦄, * ⦃b:30.08.1815⦄ Neschwitz
II.  ⦃n:Bjarnatkec Nukowčik⦄, * ⦃b:06.01.1840⦄ Göda, Weber
III. ⦃n:Lěnkowina Nukowčikowa⦄, * ⦃b:19.11.1872⦄ Bautzen

Quellen: KB Göda Taufen 1811 S. 14 Nr. 3; KB Neschwitz Trauungen 1836 Nr. 7.
Offene Frage: Herkunft der ⦃n:Wóršičla Delańkowa⦄ (evtl. aus Crostwitz).`,
  },
  {
    lang: 'de',
    kind: 'Schenkungsvertrag Nachlass',
    source: `Schenkungsvertrag

zwischen ⦃n:Vjollcëza Krasniqeri⦄, ⦃h:Hölderlinweg 4, 72074 Tübingen⦄ (Schenkerin, Erbin)
und dem Universitätsarchiv Tübingen, Wilhelmstraße 32, 72074 Tübingen (Archiv).

§ 1 Die Schenkerin übereignet dem Archiv den schriftlichen Nachlass ihres verstorbenen Vaters
⦃n:Shpëtimor Krasniqeri⦄ (* ⦃b:21.06.1938⦄, † 2024): Korrespondenz, Manuskripte, Fotografien (ca. 4 lfm).
§ 2 Der Nachlass ist bis 31.12.2040 für die Benutzung gesperrt, soweit er Dritte betrifft.
§ 3 Für die Zuwendungsbestätigung: Steuer-ID der Schenkerin ⦃x:g⦄.

Tübingen, den 15.01.2026`,
  },
  {
    lang: 'de',
    kind: 'Zuwendungsbestätigung Förderverein',
    source: `Freundeskreis der Stadtbibliothek e. V. – Bestätigung über Geldzuwendungen

Name und Anschrift des Zuwendenden:
⦃n:Ramondeta Fenolhet⦄, ⦃h:Karl-Heine-Straße 88, 04229 Leipzig⦄

Betrag: 250,00 € – in Worten: zweihundertfünfzig Euro
Tag der Zuwendung: 09.12.2025
Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.

Vereinskonto: DE90 4306 0967 1122 3344 00 · Finanzamt Leipzig I, StNr. 231/140/48117
Leipzig, 12.01.2026 – Schatzmeisterin`,
  },
  {
    lang: 'de',
    kind: 'Kartenzahlung Rückbuchung Notiz',
    source: `Notiz Kasse Lesesaal 18.02.2026

Kopienbestellung (Reproauftrag R-26-311) per Karte bezahlt, Zahlung doppelt gebucht.
Karteninhaber: ⦃n:Tahirjan Säyfetdinov⦄, Karte ⦃c:s⦄, 2 × 36,40 €.
Rückbuchung einer Zahlung über das Terminal nicht möglich → Buchhaltung informiert.
Kunde erreichbar unter ⦃t:+49 173 5508 120⦄. Beleg im Kassenordner.
– Spätdienst`,
  },
  {
    lang: 'de',
    kind: 'Dienstplan Lesesaalaufsicht mit Personaldaten',
    source: `Personalbogen Minijob – Lesesaalaufsicht (zur Abrechnung)

Name: ⦃n:Kaiholoaka Kahananuiakea⦄
Geburtsdatum: ⦃b:08.05.2001⦄
Anschrift: ⦃h:Zschochersche Straße 40, 04229 Leipzig⦄
Rentenversicherungsnummer: ⦃s:08052001 Kahananuiakea m⦄
Steuer-ID: ⦃x:⦄
IBAN: ⦃i:DE⦄
Einsatz: Sa 10–16 Uhr, Lesesaal Sondersammlungen, ab 01.03.2026, 538,00 € monatlich`,
  },
  {
    lang: 'de',
    kind: 'WLAN Missbrauchsmeldung intern',
    source: `Betreff: Abmahnung wegen Filesharing über Gäste-WLAN

Der Provider meldet eine Urheberrechtsverletzung am 07.02.2026, 15:41 Uhr, von unserer
öffentlichen Adresse 194.25.48.12. Laut Captive-Portal war intern die Adresse ⦃a:10.48.12.137⦄
der Sitzung von LN-48201155 zugeordnet: ⦃n:Zurabikoia Chachibaia⦄.
Gateway 10.48.12.1 und Proxy 10.48.12.3 sind unsere eigenen Geräte.
Bitte Leser anschreiben und WLAN-Zugang bis zur Klärung sperren. – IT-Koordination`,
  },
  {
    lang: 'de',
    kind: 'Protokoll Teambesprechung Ausleihe ohne Personen',
    source: `Protokoll Teambesprechung Ausleihe, 24.02.2026

1. Selbstverbuchung: Automat 2 im Erdgeschoss fällt weiterhin aus, Ticket beim Hersteller offen.
2. Mahnläufe künftig dienstags statt montags (Feiertage).
3. Fernleihe: Durchschnittliche Lieferzeit 11,4 Tage (Vorjahr 13,0).
4. Kinderbibliothek: Ferienprogramm „Lesesommer“ 2026 ab 06.07.; Anmeldung über die Schulen.
5. Nächste Besprechung: 24.03.2026, 9:00 Uhr, Raum 3.12.`,
  },
  {
    lang: 'de',
    kind: 'Gebührenordnung Archiv ohne Personen',
    source: `Gebührenordnung des Stadtarchivs (Auszug), gültig ab 01.01.2026

Benutzung des Lesesaals: gebührenfrei
Schriftliche Auskunft bis 30 Minuten: gebührenfrei, je weitere angefangene 30 Minuten: 15,00 €
Digitalisat (Scan 300 dpi) je Seite: 1,20 €
Beglaubigte Abschrift aus Personenstandsregistern: 12,00 €
Genealogische Auftragsforschung: 45,00 € je Stunde
Versandpauschale: 3,50 €

Zahlung: DE97 6605 0101 0000 1234 56 (Stadtkasse), Zweck: Kassenzeichen`,
  },
  {
    lang: 'de',
    kind: 'Öffnungszeiten Aushang ohne Personen',
    source: `AUSHANG – Geänderte Öffnungszeiten Lesesaal Sondersammlungen

Wegen Umbauarbeiten an der Klimaanlage ist der Lesesaal vom 16.03. bis 27.03.2026 geschlossen.
Bestellte Archivalien bleiben bis 10.04.2026 reserviert.
Auskunft: Tel. +49 711 212-4335 oder lesesaal@landesarchiv-bw.example
Die Mikrofilmleser im Erdgeschoss stehen weiterhin Mo–Fr 9–17 Uhr zur Verfügung.`,
  },
  {
    lang: 'de',
    kind: 'Jupyter Notebook handgeschrieben Mahnliste',
    source: `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "id": "9f3c1a2e-77b1-4c0e",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "{'name': '⦃n:Nadeeshani Rajapakshege⦄', 'email': '⦃m:nadeeshani.r@gmx.net⦄', 'offen': 23.5}\\n",
      "{'name': '⦃n:Kasunjith Abeysekarage⦄', 'email': '⦃m:kasunjith.abeysekarage@web.de⦄', 'offen': 12.0}\\n"
     ]
    }
   ],
   "source": [
    "for rec in mahn.to_dict(\\"records\\")[:2]:\\n",
    "    print(rec)\\n"
   ]
  }
 ],
 "metadata": {
  "authors": [{"name": "⦃n:Gandhangsukma Purbonegoro⦄"}],
  "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}`,
  },
  {
    lang: 'de',
    kind: 'Notebook als Python-Skript exportiert Lesesaal',
    source: `#!/usr/bin/env python
# coding: utf-8

# # Lesesaal: doppelte Benutzerkonten zusammenführen

# In[2]:


import pandas as pd
nutzer = pd.read_csv("S:/Lesesaal/nutzer_2026-02.csv")


# In[5]:


# laut Rückruf am 11.02. identisch: ⦃n:Dorjeekhampa, Tseringdrölkar⦄ (BN 2024/0112 und BN 2026/0031)
nutzer.loc[nutzer.bn == "BN 2026/0031", "geburtsdatum"] = "⦃b:1969-10-04⦄"
nutzer.loc[nutzer.bn == "BN 2026/0031", "email"] = "⦃m:t.dorjeekhampa@t-online.de⦄"


# In[6]:


nutzer = nutzer.drop_duplicates(subset=["name", "geburtsdatum"])
`,
  },
  {
    lang: 'de',
    kind: 'Messenger-Verlauf Familienforscher',
    source: `[19.01.26, 20:14] ⦃n:Ablikimjan⦄: Hab im Kirchenbuch Göppingen was gefunden!! ⦃n:Rahilegül Tursunbaqi⦄, geb. ⦃b:07.03.1902⦄ 😃
[19.01.26, 20:15] ⦃n:Mihrigülhan Qurbanniyaz⦄: echt? das wäre dann die Schwester von Uropa
[19.01.26, 20:17] ⦃n:Ablikimjan⦄: ja, Eltern stimmen. Ich bestell die Abschrift beim Archiv, Az. ARC/1902/0311
[19.01.26, 20:18] ⦃n:Mihrigülhan Qurbanniyaz⦄: schick mir den Scan an ⦃m:mihri.q@posteo.de⦄, ich trag's ins Programm ein`,
  },
  {
    lang: 'de',
    kind: 'CSV Export Vormerkungen',
    source: `vormerkung;leser_nr;name;telefon;titel;vorgemerkt_am
V-26-0091;LN-48003317;⦃n:Peirotou Roquetadas⦄;⦃t:0151 2288 4410⦄;Leipziger Häuserbuch Bd. 3;2026-02-02
V-26-0092;LN-48117302;⦃n:Gulikoria Todualia⦄;⦃t:0176 4420 9913⦄;Die Mühlen der Parthe;2026-02-03
V-26-0093;LN-48204456;⦃n:Azalaïsa Boissonada⦄;⦃t:+49 160 9921 3307⦄;Adressbuch Leipzig 1910;2026-02-03
V-26-0094;LN-48000001;Schulbibliothek Grünau;+49 341 1235-410;Klassensatz „Krabat“;2026-02-04`,
  },
  {
    lang: 'de',
    kind: 'Verlustmeldung Leserausweis Formular',
    source: `Verlustanzeige Leserausweis

Leser/in: ⦃n:Hodanxaliimo Warsamejibriil⦄
alte Lesernummer: LN-30114470 → neue Lesernummer: LN-30119902
Geburtsdatum: ⦃b:23.12.1995⦄
Telefon: ⦃t:+43 664 2093 117⦄
Der Ausweis wurde am 02.02.2026 in der Straßenbahn verloren. Die alte Nummer ist gesperrt.
Ersatzgebühr 5,00 € bezahlt. – Aufgenommen: Ausleihe, Graz`,
  },
  {
    lang: 'de',
    kind: 'Sterbefallanfrage Erbenermittlung',
    source: `Nordlicht Erbenermittlung GmbH · Brühl 12 · 04109 Leipzig

Sehr geehrte Damen und Herren,

im Auftrag des Nachlassgerichts Leipzig ermitteln wir die Erben des am 03.11.2025 verstorbenen
⦃n:Wanblitokala Cetanzila⦄ (geb. ⦃b:15.02.1940⦄). Wir bitten um Auskunft aus dem Sterberegister
zu seiner Schwester ⦃n:Tasinaskawin Cetanzila⦄, vermutlich verstorben zwischen 1990 und 2000 in Leipzig.

Az. des Nachlassgerichts: 502 VI 1877/25
Mit freundlichen Grüßen
⦃n:Hehakasapala⦄, Erbenermittler
Tel. ⦃t:0341 2290 4471⦄`,
  },
  {
    lang: 'de',
    kind: 'Benutzungsantrag Personenakten Schutzfrist',
    source: `Antrag auf Verkürzung der Schutzfrist (§ 6 LArchG)

Antragsteller: ⦃n:Zîlanperwer, Berfînê⦄, ⦃h:Schwabstraße 22, 72074 Tübingen⦄
Betroffene Person: ⦃n:Hêvîdar Zîlanperwer⦄, geb. ⦃b:01.01.1949⦄, † 2019 (Vater des Antragstellers)
Bestand: Personalakten Landesbehörden, Signatur EA 4/150 Bü 3382
Begründung: Nachweis von Rentenzeiten; Sterbeurkunde liegt bei.
Kontakt: ⦃m:berfine.zilanperwer@mailbox.org⦄`,
  },
  {
    lang: 'de',
    kind: 'Interne Mail Datenschutz Benutzerkonto Löschung',
    source: `Von: Datenschutz <datenschutz@stlb-graz.example>
An: ausleihe@stlb-graz.example
Betreff: Löschersuchen nach Art. 17 DSGVO – LN-30027781

Hallo Ausleihe-Team,

Frau ⦃n:Lěnkowina Šołćinkec⦄ (E-Mail ⦃m:lenka.s@aon.at⦄) verlangt die Löschung ihres Kontos.
Offene Gebühren: keine. Ausleihhistorie ist ohnehin deaktiviert. Bitte Konto schließen und mir
kurz bestätigen. Die Anfrage kam per Post an die Zentrale (+43 316 8016-0).

Danke, Datenschutzkoordination`,
  },
  {
    lang: 'de',
    kind: 'Aktenvermerk Telefonat Genealogie-Hotline',
    source: `Aktenvermerk – Telefonat 26.01.2026, 11:20

Anruferin: ⦃n:Sokunthearoth Keomuniroth⦄, Rückruf unter ⦃t:+41 79 448 20 31⦄
Anliegen: sucht Taufeintrag ihres Großvaters ⦃n:Pisethrith Keomuniroth⦄, geb. ⦃b:30.05.1930⦄ in Basel
(Eltern aus Phnom Penh zugezogen?). Einbürgerungsakte evtl. im Bestand Bürgerrecht.
Nächster Schritt: Recherche ARC/1930/0477, Antwort per Post an ⦃h:Klybeckstrasse 71, 4057 Basel⦄.`,
  },
  {
    lang: 'de',
    kind: 'Rechnung Reproduktionen Archiv',
    source: `RECHNUNG Nr. 2026-0143
Staatsarchiv Basel-Stadt, Martinsgasse 2, 4051 Basel

Rechnungsempfänger:
⦃n:Gieriet Caduffitsch⦄
⦃h:Gerbergasse 14, 4051 Basel⦄

Pos. 1  Digitalisate Ratsprotokolle 1788, 34 Seiten à CHF 1.20   CHF 40.80
Pos. 2  Versandpauschale                                        CHF  3.50
Total                                                           CHF 44.30

Zahlbar innert 30 Tagen auf CH93 0076 2011 6238 5295 7 (Staatsarchiv).`,
  },
  {
    lang: 'de',
    kind: 'Tabelle Lesesaalbuchungen Pipe',
    source: `| Platz | Datum      | Benutzer/in              | Benutzernr.  | Bestellte Akten       |
|-------|------------|--------------------------|--------------|-----------------------|
| 04    | 03.03.2026 | ⦃n:Derungsetta, Mengiarda⦄ | BN 2025/0877 | A 213 Bü 41–43        |
| 07    | 03.03.2026 | ⦃n:Flurinot Sialmottin⦄       | BN 2026/0102 | E 146 Bü 5520         |
| 11    | 03.03.2026 | Gruppe Uni Tübingen      | –            | J 150 (Mikrofilm)     |`,
  },
  {
    lang: 'de',
    kind: 'Postkarte Fernleihe Abholung',
    source: `Stadtbibliothek Leipzig · Fernleihe

⦃n:Chamindu Wickramasinghege⦄
⦃h:Eisenbahnstraße 5, 04315 Leipzig⦄

Ihre Fernleihe FL-2026-05102 liegt bis 14.03.2026 zur Abholung bereit.
Bitte Lesernummer bereithalten. Gebühr 1,50 €.`,
  },
  {
    lang: 'de',
    kind: 'Kommentar im Ticket Bibliothekssystem',
    source: `Ticket #4812 – OPAC-Login schlägt fehl
Status: gelöst

Kommentar von ⦃n:Lamaraia Kharchilavaia⦄ (IT), 05.02.2026 16:12:
Leserin ⦃n:Natelikoia Gvaliaia⦄ (LN-48119020) konnte sich nicht anmelden; Sperre durch 5 Fehlversuche
von ⦃a:91.64.201.17⦄ (ihr Heimanschluss laut Anruf). Sperre aufgehoben, Passwort-Link an
⦃m:natelikoia.gvaliaia@gmx.net⦄ geschickt. Kein Angriff, Server 10.48.12.20 unauffällig.`,
  },
  {
    lang: 'de',
    kind: 'Leihvertrag Ausstellung Privatleihgeber',
    source: `Leihvertrag Nr. LV-2026-03

Leihgeber: ⦃n:Tigranuhi Avetisyanats⦄, ⦃h:Sackstraße 20, 8010 Graz⦄, Tel. ⦃t:+43 676 3304 228⦄
Leihnehmer: Steiermärkische Landesbibliothek, Kalchberggasse 2, 8010 Graz
Gegenstand: Familienbibel mit Eintragungen 1871–1950 (Versicherungswert 2.500 €)
Leihdauer: 10.04.2026 – 30.09.2026, Ausstellung „Gedruckte Heimat“
Personalausweis (Kopie) des Leihgebers: ⦃k:⦄`,
  },
];
