import type { HandSource } from './markup.js';

/** German hand-written documents of set 41 (security services in DE, AT and CH), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Alarmprotokoll der Notruf- und Serviceleitstelle',
    source: `NSL Wachschutz Rhön-Main – Alarmprotokoll Konto AK-4471-09
Objekt: Einfamilienhaus ⟬n:Tlaxaneis Kookesh⟭, ⟬h:Am Lindenhügel 14, 36037 Fulda⟭
02:41:07 Einbruch Zone 3 (Terrassentür) – INC-26-00417
02:41:55 Anruf Objekt: keine Antwort
02:42:30 Schlüsselträger 1 ⟬n:Mayamba⟭, ⟬t:0171 4402918⟭: erreicht, kommt nicht
02:44:10 Intervention Streife 12 alarmiert (Disponent Kürzel MK)
03:05:00 Streife vor Ort, Tür gesichert, Polizei verständigt`,
  },
  {
    lang: 'de',
    kind: 'Schlüsselträgerliste (Formular)',
    source: `Schlüsselträgerliste zum Aufschaltvertrag 2026-118 (bitte max. 3 Personen)
1. ⟬n:Zhantemir Kodzokov⟭ – Mobil ⟬t:+49 176 5528731⟭ – Anschrift ⟬h:Bergstraße 7, 76133 Karlsruhe⟭
2. ⟬n:Shprintse Feigenbaum⟭ – Mobil ⟬t:+49 152 9930114⟭
3. Hausverwaltung Kessler GmbH – Zentrale 0721 61 88 0 (nur werktags)
Kennwort für die Leitstelle wird telefonisch vereinbart.`,
  },
  {
    lang: 'de',
    kind: 'Interventionsbericht Revierdienst',
    source: `Interventionsbericht Nr. 26-0932 · Revier Würzburg-Süd
Einsatzkraft: ⟬n:Kaasteen Shotridge⟭ (Dienstausweis W-221)
Alarmobjekt: Lager Mainfrankenpark, Halle 4 (Firmensitz, kein Privatobjekt)
Ankunft 23:18, Außenhautkontrolle ohne Befund, Bewegungsmelder Zone 7 verschmutzt.
Rückmeldung an Kunde ⟬n:Nalbi Kardanov⟭ (Lagerleiter) unter ⟬t:0931 2207-418⟭ um 23:40.`,
  },
  {
    lang: 'de',
    kind: 'E-Mail zu Fehlalarmgebühr mit Zitat',
    source: `Von: ⟬n:Günay Mammadli⟭ <⟬m:guenay.mammadli@posteo.de⟭>
An: leitstelle@wachschutz-rhoen.de
Betreff: AW: Rechnung Fehlalarm 14.02.

Hallo zusammen,
die Katze war's, nicht ich :-) Können Sie die 79 € bitte kulanterweise stornieren?
Gruß ⟬n:Günay⟭

> Am 16.02.2026 schrieb leitstelle@wachschutz-rhoen.de:
> für den Fehlalarm vom 14.02. um 04:12 berechnen wir gemäß Vertrag 79,00 €.
> Mit freundlichen Grüßen, Ihre Leitstelle (0661 90 455-0)`,
  },
  {
    lang: 'de',
    kind: 'Dienstplan Objektschutz (CSV)',
    source: `kw;posten;kraft;mobil;schicht
12;P1 Pforte;⟬n:Lyuan Tlekhugov⟭;⟬t:0176 3319045⟭;06-14
12;P1 Pforte;⟬n:Aapiiniikaa Crowshoe⟭;⟬t:+49 179 4417702⟭;14-22
12;P2 Streife;⟬n:Bekanov⟭;;22-06
12;P3 Empfang;unbesetzt;;08-17`,
  },
  {
    lang: 'de',
    kind: 'Vorfallbericht Veranstaltungsschutz',
    source: `Vorfallbericht Stadtfest Essen, Bühne Kennedyplatz, 21:35
Meldender Ordner: ⟬n:Migizi Moonias⟭ (Team B)
Beteiligte Person: ⟬n:Tekarontake, Konwatsitsawi⟭, geb. ⟬b:03.07.1999⟭, wohnhaft ⟬h:Zum Steinbruch 22, 45127 Essen⟭
Sachverhalt: Person kletterte über Absperrgitter, wurde durch zwei Ordner zurückgeführt; keine Verletzten.
Polizei (PK Mitte) informiert, Vorgangsnummer 2604-1187.`,
  },
  {
    lang: 'de',
    kind: 'Hausverbotsliste Diskothek',
    source: `HAUSVERBOTE – Club Kesselhaus (nur für Einlasspersonal, nicht aushängen!)
Name | geb. | bis | Grund
⟬n:Rostás, Nanosh⟭ | ⟬b:11.11.2001⟭ | 31.12.2026 | Körperverletzung
⟬n:Kállai, Bavol⟭ | ⟬b:2003-04-19⟭ | 30.06.2026 | Drogen
⟬n:Daróczi, Simza⟭ | ⟬b:7. März 2000⟭ | unbefristet | Angriff auf Personal`,
  },
  {
    lang: 'de',
    kind: 'Briefing Ordnungsdienst (ohne Personen)',
    source: `Ordnerbriefing Heimspiel 24. Spieltag – Stand 08:00
Einlass ab 13:30, Anstoß 15:30. Block S (Gäste) Zugang ausschließlich über Tor 7.
Taschenkontrolle: max. DIN A4; Pyrotechnik sofort an Polizei übergeben.
Funkkanäle: Kanal 3 Einsatzleitung, Kanal 5 Sanität, Kanal 8 Einlass.
Sammelpunkt Ordner: Parkplatz P2, Ausgabe Westen 12:45. Rückfragen an einsatzleitung@ordnungsdienst-west.de.`,
  },
  {
    lang: 'de',
    kind: 'Schlüsselregister Schließanlage',
    source: `Schließplan 4417 – Schlüsselbuch (Auszug)
Schlüssel | Bereich | ausgegeben an | am | Rückgabe
S-101/3 | Generalhauptschlüssel | ⟬n:Kulman Tamrakar⟭ | 04.01.2026 | –
S-204/1 | Technikraum | ⟬n:Pesha Sztojka⟭ | 15.01.2026 | 20.02.2026
S-204/2 | Technikraum | Reserve im Tresor | – | –`,
  },
  {
    lang: 'de',
    kind: 'Quittung Transponderausgabe',
    source: `Empfangsbestätigung Zutrittsmedium
Ich, ⟬n:Jemal Atayew⟭, geb. ⟬b:22.08.1991⟭, Personalausweis-Nr. ⟬k:⟭,
habe den Transponder UID 04A7C31E9B2F80 (Ausweis B-30917) erhalten.
Berechtigungen: Haupteingang, Lager 2. Verlust ist unverzüglich unter 0931 460 27 70 zu melden.
Würzburg, 03.03.2026   Unterschrift: ⟬n:J. Atayew⟭`,
  },
  {
    lang: 'de',
    kind: 'Zutrittsprotokoll Türsteuerung (Auszug)',
    source: `Zeit                Tür        UID             Nutzer
2026-03-09 06:58:12 Haupteingang 04D21A77C0E3B5 ⟬n:Kawennahere Diabo⟭
2026-03-09 07:02:40 Lager 2      04D21A77C0E3B5 ⟬n:Kawennahere Diabo⟭
2026-03-09 07:15:03 Server       04119F3B2A6CD0 abgewiesen (keine Berechtigung)
2026-03-09 07:16:22 Server       0488E0C4D1A2F9 ⟬n:Sengalang Jimbun⟭`,
  },
  {
    lang: 'de',
    kind: 'Antrag auf Auskunft zu Videoaufnahmen (Brief)',
    source: `⟬n:Ilgar Hasanzade⟭
⟬h:Fliederweg 3
04109 Leipzig⟭

An die Videoüberwachung des Parkhauses Zentrum
Auskunftsersuchen nach Art. 15 DSGVO

Ich war am 02.03.2026 zwischen 17:00 und 17:30 auf Ebene 2 und bitte um Auskunft, ob Aufnahmen von mir gespeichert sind.
Zur Identifikation: geb. ⟬b:30.01.1984⟭, dunkelblauer Mantel. Antwort bitte an ⟬m:ilgar.hasanzade@web.de⟭.`,
  },
  {
    lang: 'de',
    kind: 'Antwort auf Videoauskunft',
    source: `Sehr geehrte Frau ⟬n:Naserian Lenkoina⟭,
auf Ihr Ersuchen vom 05.03.2026 (Az. VA-214) teilen wir mit: Die Kamera CAM-07 speichert 72 Stunden.
Aufnahmen vom 28.02.2026 sind bereits überschrieben; es liegen keine Daten zu Ihrer Person vor.
Rückfragen an datenschutz@secura-limmat.ch oder +41 44 455 80 00.
Freundliche Grüsse, Secura Limmat AG, Datenschutzstelle`,
  },
  {
    lang: 'de',
    kind: 'Observationsbericht Detektei',
    source: `Observationsbericht Akte E-2026-031, Tag 2 (Auftraggeber: Versicherung, Verdacht auf Nebentätigkeit)
Zielperson: ⟬n:Tuptash Elkener⟭, ⟬h:Heckenrosenpfad 9, 97070 Würzburg⟭
07:12 ZP verlässt Wohnhaus, steigt in grauen Kombi WÜ-GT 4410.
07:48 ZP betritt Baustelle Randersackerer Str., trägt Arbeitskleidung.
12:05 ZP telefoniert, Gesprächspartner unbekannt. Foto 112–119.
Ermittler: ⟬n:Kakuta Nkoitiko⟭`,
  },
  {
    lang: 'de',
    kind: 'Zustellprotokoll Detektei (AT)',
    source: `Zustellprotokoll – Detektei Donaublick, Wien
Empfänger: ⟬n:Gurbanmyrat Saparow⟭, ⟬h:Lerchenfelder Gürtel 41, 1160 Wien⟭
Schriftstück: Klage samt Ladung, 14 Seiten
Zustellversuch 1: 10.03.2026, 08:10 – niemand angetroffen
Zustellversuch 2: 11.03.2026, 18:45 – persönlich übergeben, Empfänger erkannt nach Lichtbild
Zusteller: ⟬n:Mendel Nirenberg⟭, Tel. ⟬t:+43 664 218 5530⟭`,
  },
  {
    lang: 'de',
    kind: 'Personalfragebogen Sicherheitsmitarbeiter',
    source: `Personalfragebogen (für Bewacherregister und Lohnabrechnung)
Name, Vorname: ⟬n:Mpfariseni, Tshilidzi⟭   Geburtsdatum: ⟬b:14.06.1993⟭
Anschrift: ⟬h:Bergstraße 88, 76133 Karlsruhe⟭
Steuer-ID: ⟬x:g⟭   Sozialversicherungsnummer: ⟬s:14061993 Mpfariseni f⟭
Personalausweis: ⟬k:⟭   Unterrichtung § 34a: IHK-Nr. 118-004512
Bankverbindung: ⟬i:DE g⟭`,
  },
  {
    lang: 'de',
    kind: 'Tourenplan Werttransport',
    source: `Tourenplan T7 – 12.03.2026 – Fahrzeug KA-WK 3318 (gepanzert)
Fahrer: ⟬n:Zelig Pomerantz⟭, Ausweis ⟬k:⟭
Beifahrerin: ⟬n:Tinyiko Ngobeni⟭, Ausweis ⟬k:⟭
06:30 Cash-Center Karlsruhe · 07:40 Filiale Durlach (Safebag 4) · 08:55 Tankstelle B10 · 10:10 Rückkehr
Funkrufname: Falke 7`,
  },
  {
    lang: 'de',
    kind: 'Übergabeprotokoll Safebag',
    source: `Übergabeprotokoll Geldtransport
Safebag-Nr. 0044817 · Plombe 7730112 · deklariert 18.450,00 EUR
Übergeben durch Filiale 22 (Marktleiter ⟬n:Vutomi Mabasa⟭)
Übernommen durch Kurier ⟬n:Sikapiikwan Heavy-Runner⟭ um 16:20
Bei Beschädigung der Plombe: sofort Cash-Center 0721 98 27 300 anrufen.`,
  },
  {
    lang: 'de',
    kind: 'Rechnung Schlüsseldienst Notöffnung',
    source: `Schlüsseldienst Krahwinkel e. K. – Rechnung NÖ-20417
Kunde: ⟬n:Aysel Jafarzade⟭, ⟬h:Am Lindenhügel 3, 36037 Fulda⟭
Notöffnung Wohnungstür (zugefallen), Sonntag 22:40, Anfahrt 12 km
Arbeitslohn 89,00 · Nachtzuschlag 45,00 · Anfahrt 25,00 · gesamt 159,00 EUR inkl. MwSt.
Bezahlt mit Kreditkarte ⟬c:s⟭ am 15.03.2026.`,
  },
  {
    lang: 'de',
    kind: 'WhatsApp-Chat Objektschutz-Team',
    source: `[18.03.26, 21:02] ⟬n:Kinatuye⟭: Bin an P1, Tor 2 steht offen, Schloss kaputt
[18.03.26, 21:03] ⟬n:Bzhikhan Khuazhev⟭: Foto?
[18.03.26, 21:05] ⟬n:Kinatuye⟭: <Anhang: IMG-0318.jpg>
[18.03.26, 21:06] ⟬n:Bzhikhan Khuazhev⟭: Ruf ⟬n:Ratnakaji⟭ an, der hat den Notschlüssel: ⟬t:0152 7713046⟭
[18.03.26, 21:20] ⟬n:Kinatuye⟭: erledigt, Kette dran`,
  },
  {
    lang: 'de',
    kind: 'Teams-Übergabe Leitstelle',
    source: `Schichtübergabe NSL 06:00 (von ⟬n:Orazgeldi Gurbanow⟭ an ⟬n:Xunaxi Cazarín⟭)
- Konto AK-2290-14: Sabotage Zone 1 offen, Techniker bestellt (Ticket 88123)
- Konto KD-7781-02: Kunde ⟬n:Yeidikook Soboleff⟭ verreist bis 25.03., Vertretung ⟬t:+49 159 2046618⟭
- Funkgerät 4 defekt
- Panel 10.20.14.77 meldet Übertragungsfehler seit 03:12`,
  },
  {
    lang: 'de',
    kind: 'Commit mit Diff der Schlüsselträgerdatei',
    source: `commit 4be1d07a93c2f5e8812d0b6c77a9f0e31d25c6a4
Author: ⟬n:Natoisaapi Calf-Robe⟭ <⟬m:natoisaapi.calf-robe@wachschutz-rhoen.de⟭>
Date:   Wed Mar 18 09:14:22 2026 +0100

    Schlüsselträger Konto AK-4471-09 geändert

--- a/objekte/schluesseltraeger.yaml
+++ b/objekte/schluesseltraeger.yaml
@@ -4,3 +4,3 @@ konten:
   - name: ⟬n:Mayamba⟭
-    mobil: "⟬t:0171 4402918⟭"
+    mobil: "⟬t:+49 171 4402981⟭"`,
  },
  {
    lang: 'de',
    kind: 'Dienstplan mit Konfliktmarkern',
    source: `kw;posten;kraft;schicht
13;P1 Pforte;⟬n:Lyuan Tlekhugov⟭;06-14
<<<<<<< HEAD
13;P1 Pforte;⟬n:Seigeigei Dangeli⟭;14-22
=======
13;P1 Pforte;⟬n:Wahiakeron Goodleaf⟭;14-22
>>>>>>> tausch-kw13
13;P2 Streife;⟬n:Bekanov⟭;22-06`,
  },
  {
    lang: 'de',
    kind: 'Preisliste Alarmaufschaltung (ohne Personen)',
    source: `Preisliste 2026 – Aufschaltung auf die NSL (netto, monatlich)
Einbruchmeldeanlage, eine Übertragung: 29,00 EUR
Brandmeldeanlage nach DIN 14675: 49,00 EUR
Video-Fernüberwachung je Kamera: 18,50 EUR
Alarmverfolgung je Einsatz (30 Min.): 79,00 EUR · Schlüsseldepot: 9,00 EUR
Alle Preise zzgl. 19 % USt. Anfragen: vertrieb@wachschutz-rhoen.de, 0661 90 455-0`,
  },
  {
    lang: 'de',
    kind: 'Wartungsprotokoll Einbruchmeldeanlage (ohne Personen)',
    source: `Wartungsprotokoll EMA – Objekt-Nr. 77-1183 (Lagerhalle Nord)
Zentrale: Typ MZ-5000, Firmware 4.12.3, IP 192.168.20.15
Zonen 1–16 geprüft; Zone 9 (Glasbruch) ersetzt, Akku 12 V/17 Ah getauscht (Prüfdatum 03/2026)
Übertragungsweg IP/LTE: Testmeldung 10:42 empfangen, Quittung 10:42:05
Techniker-Kürzel: TK-07 · Nächste Wartung: 09/2026`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Aufschaltvertrag',
    source: `⟬n:Daut Ashkhotov⟭ · ⟬h:Sackstraße 12, 8010 Graz⟭
NSL Alpenwacht GmbH, Kundendienst

Kündigung Vertrag AK-3310-05 zum 30.06.2026
Hiermit kündige ich die Aufschaltung meiner Alarmanlage. Das Guthaben von 58,00 EUR überweisen Sie bitte auf ⟬i:AT⟭.
Rückfragen: ⟬t:+43 676 550 1187⟭
Graz, 19.03.2026   ⟬n:Daut Ashkhotov⟭`,
  },
  {
    lang: 'de',
    kind: 'SEPA-Lastschriftmandat Wachdienst',
    source: `SEPA-Lastschriftmandat · Gläubiger-ID DE98ZZZ09999999999 · Mandatsreferenz WS-2026-0412
Zahlungspflichtiger: ⟬n:Wirjosoemarto, Suharti⟭
Anschrift: ⟬h:Fliederweg 27, 04109 Leipzig⟭
IBAN: ⟬i:DE g⟭
Ich ermächtige die Wachschutz Rhön-Main GmbH, Zahlungen für die Revierbestreifung einzuziehen.
Leipzig, 20.03.2026`,
  },
  {
    lang: 'de',
    kind: 'Bewerbung per E-Mail (Sicherheitsdienst)',
    source: `Von: ⟬m:ubong.effiong@gmx.net⟭
Betreff: Bewerbung als Fachkraft für Schutz und Sicherheit

Sehr geehrte Damen und Herren,
anbei meine Unterlagen. Ich habe die Sachkundeprüfung § 34a bestanden und bin ab April verfügbar.
Geboren am ⟬b:09.09.1996⟭, Führerschein Klasse B.
Mit freundlichen Grüßen
⟬n:Ubong Effiong⟭ · ⟬t:0176 9902137⟭`,
  },
  {
    lang: 'de',
    kind: 'Supportticket App-Fernöffnung',
    source: `Ticket #55210 – Fernöffnung fehlgeschlagen
Kunde: ⟬n:Hikawa Iyoshi⟭ (⟬m:h.iyoshi@mailbox.org⟭)
Login aus der App am 21.03.2026 19:02 von ⟬a:91.64.203.18⟭, Tür „Garage" – Fehler 403.
Ursache: Berechtigung nach Transpondertausch (UID 0431BB90E2C7A1) nicht übernommen. Behoben 19:40.
Bearbeiter: Support 2nd Level (support@krahwinkel-schluessel.de)`,
  },
  {
    lang: 'de',
    kind: 'Besucheranmeldung Rechenzentrum',
    source: `Besucheranmeldung RZ Frankfurt, Sicherheitsbereich 2
Besucher: ⟬n:Rézműves Tsura⟭, Firma Kältetechnik Süd
Ausweisdokument: Reisepass ⟬r:⟭
Begleitperson (Mitarbeiter): ⟬n:Purnakaji Sthapit⟭, Durchwahl ⟬t:069 4400 2187⟭
Zeitraum: 24.03.2026 08:00–16:00, Besucherkarte V-17`,
  },
  {
    lang: 'de',
    kind: 'Hausverbot Einkaufszentrum (Brief, AT)',
    source: `Einschreiben
Herrn ⟬n:Sultanbek Nagoev⟭
⟬h:Hauptplatz 6, 4020 Linz⟭

Hausverbot für das Einkaufszentrum Donaupark
Wegen des Vorfalls vom 14.03.2026 (Diebstahl, Vorgang INC-26-00852) erteilen wir Ihnen Hausverbot bis 14.03.2028.
Centermanagement Donaupark, Sicherheitsdienst`,
  },
  {
    lang: 'de',
    kind: 'Interventionsrapport (CH)',
    source: `Interventionsrapport Secura Limmat AG · Einsatz 26-1177
Alarm: Brand, Wohnung 3. OG, ⟬h:Badenerstrasse 240, 8004 Zürich⟭
Mieterin ⟬n:Aliita Epinayú⟭ telefonisch erreicht (⟬t:+41 79 331 20 58⟭), Ursache: Rauch vom Backofen.
Anlage zurückgesetzt 19:22. Keine Feuerwehr aufgeboten.
Patrouilleur: ⟬n:Rentap Barieng⟭`,
  },
  {
    lang: 'de',
    kind: 'Wochenbericht Revierfahrten (ohne Personen)',
    source: `Wochenbericht KW 11 – Revier Fulda-Ost
Objekte: 41 · Kontrollen: 287 · Auffälligkeiten: 6
- 3 offene Fenster (Objekte 14, 22, 37), Kunden informiert
- 1 defekte Außenbeleuchtung (Objekt 9)
- 2 Fehlalarme durch Wind (Zaunmelder Objekt 30)
Fahrzeuge FD-SG 210 und FD-SG 211, Laufleistung gesamt 1.842 km.`,
  },
];
