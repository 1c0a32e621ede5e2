import type { HandSource } from './markup.js';

/** German hand-written documents of set 36, each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Aufnahmeantrag Sportverein',
    source: `TSV Eintracht Hohenlinden 1921 e.V. – Aufnahmeantrag

Name, Vorname: ⦗n:Plesničar, Jožica⦘
Geburtsdatum: ⦗b:14.08.1987⦘
Anschrift: ⦗h:Am Stadionring 7, 45891 Gelsenkirchen⦘
Telefon: ⦗t:0176 4418 2093⦘   E-Mail: ⦗m:jozica.plesnicar@posteo.de⦘
Abteilung: Tischtennis, aktiv

SEPA-Lastschriftmandat (Gläubiger-ID DE71ZZZ00001893344, Mandatsreferenz MG-0041172)
Kontoinhaberin: ⦗n:Jožica Plesničar⦘
IBAN: ⦗i:DE g⦘

Jahresbeitrag 168 €, Aufnahmegebühr 25 €. Ort, Datum: Gelsenkirchen, 02.02.2026, Unterschrift ⦗n:J. Plesničar⦘`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Fitnessstudio',
    source: `⦗n:Rastislav Hlinkovský⦘
⦗h:Turnerstraße 58, 79108 Freiburg im Breisgau⦘

FitWerk Studios GmbH
Kundenservice

Kündigung meiner Mitgliedschaft, Vertragsnummer FW-220914-33

Hiermit kündige ich meinen Vertrag fristgerecht zum 31.05.2026. Die Beiträge werden bisher über meine Kreditkarte ⦗c: ⦘ eingezogen; bitte buchen Sie ab Juni nichts mehr ab.
Eine schriftliche Bestätigung bitte an ⦗m:r.hlinkovsky@web.de⦘.

Mit sportlichen Grüßen
⦗n:Rastislav Hlinkovský⦘`,
  },
  {
    lang: 'de',
    kind: 'Spielerpass-Antrag Jugend',
    source: `Antrag auf Spielerlaubnis (Jugend) – Bayerischer Fußball-Verband
Verein: SV Ampertal 1948, Vereinsnummer 08512

Spieler/in: ⦗n:Atuqlla Huamanchumo⦘, geb. ⦗b:3. März 2013⦘
Staatsangehörigkeit: peruanisch
Erziehungsberechtigte: ⦗n:Rosmery Vilcapoma⦘, ⦗h:Kampfbahnweg 12, 04229 Leipzig⦘, Mobil ⦗t:+49 152 3307 6621⦘

Bisheriger Verein: keiner. Ärztliche Unbedenklichkeit liegt vor (Dr. ⦗n:Kastytis Ražanskas⦘, Sportmedizin).
Passfoto und Kopie des Kinderreisepasses beiliegend.`,
  },
  {
    lang: 'de',
    kind: 'Stadionverbot Bescheid',
    source: `Bundesweites Stadionverbot – Bescheid
Aktenzeichen SV-2026-00871

Betroffener: ⦗n:Ľuboslav Trnkovský⦘, geboren am ⦗b:22.11.1996⦘
Wohnhaft: ⦗h:Hütteldorfer Straße 141, 1140 Wien⦘
Personalausweis-Nr.: ⦗k:⦘

Sachverhalt: Am 14.02.2026 wurde beim Heimspiel gegen den FC Talbach im Block 28 Pyrotechnik gezündet. Der Betroffene wurde durch Videoaufzeichnung identifiziert.
Das Stadionverbot gilt bis 30.06.2028 für alle Spielstätten der 1. und 2. Liga.
Anhörung: schriftlich bis 15.03.2026 an stadionverbote@liga-sicherheit.de.`,
  },
  {
    lang: 'de',
    kind: 'Übungsleitervertrag Steuerangaben',
    source: `Übungsleitervereinbarung (§ 3 Nr. 26 EStG) – Ruderverein Neckarschleife e.V.

Übungsleiterin: ⦗n:Sniedze Vilciņa⦘
Anschrift: ⦗h:Ruderclubstraße 3, 24105 Kiel⦘
Steuer-ID: ⦗x:g⦘
Rentenversicherungsnummer: ⦗s:09041991 Vilciņa f⦘
Geburtsdatum: ⦗b:09.04.1991⦘
Bankverbindung: ⦗i:DE⦘

Vergütung 250 € monatlich (Übungsleiterpauschale), Training Di/Do Jugendachter.
Die Übungsleiterin versichert, die Pauschale nicht bei einem anderen Verein in Anspruch zu nehmen.`,
  },
  {
    lang: 'de',
    kind: 'Physiotherapie Befundbericht',
    source: `Praxis für Sportphysiotherapie am Olympiapark
Befundbericht

Patient: ⦗n:Hviezdoslav Podolinský⦘ (⦗b:1999-07-30⦘), Handball, Rückraum links
Überweisung: Dr. med. ⦗n:Zornitsa Dzhambazova⦘, Orthopädie

Befund: Zustand nach Distorsion OSG rechts, Schwellung rückläufig, Stabilitätstests unauffällig.
Therapie: 6× KG, Propriozeption, Tape bei Belastung.
Rückfragen an die Praxis, Telefon 089 3570 4410, oder direkt an den Therapeuten ⦗n:Andraž Rupnik⦘, ⦗m:andraz.rupnik@sportphysio-olympiapark.de⦘.`,
  },
  {
    lang: 'de',
    kind: 'Anti-Doping Aufenthaltsangaben',
    source: `NADA – Meldepflichten (Whereabouts), Quartal 2/2026
Athletin: ⦗n:Kalina Chervenkova⦘, Leichtathletik 800 m, Testpool RTP
Reisepass: ⦗r:⦘

Übernachtungsadresse April: ⦗h:Laufbahnweg 19, 8020 Graz⦘
60-Minuten-Zeitfenster: täglich 06:30–07:30
Trainingsort: Sportzentrum Graz-Eggenberg, Mo–Fr 09:00–11:30
Trainingslager 11.–24.05.: Hotel Kaiserhof, Kühtai (Hotelanschrift liegt der NADA vor)
Erreichbar unter ⦗t:0664 208 7715⦘`,
  },
  {
    lang: 'de',
    kind: 'Helferliste Stadtlauf',
    source: `Stadtlauf Bodensee 2026 – Helferplan Verpflegungsstation km 7

| Schicht | Name | Handy |
|---|---|---|
| 08:00–11:00 | ⦗n:Pol Schummer⦘ | ⦗t:0151 3980 4427⦘ |
| 08:00–11:00 | ⦗n:Norbi Urbany⦘ | ⦗t:0172 8821 0356⦘ |
| 11:00–14:00 | ⦗n:Velta Kronberga⦘ | ⦗t:+41 79 481 22 70⦘ |
| 11:00–14:00 | ⦗n:Siim Pärtelpoeg⦘ | ⦗t:0160 7734 1158⦘ |

Stationsleitung: ⦗n:Fernande Majerus⦘. Treffpunkt 07:30 am Materialwagen, Westen werden ausgegeben.`,
  },
  {
    lang: 'de',
    kind: 'Spielertransfer Vermittlervertrag',
    source: `Vermittlungsvertrag (Spielervermittlung)

zwischen
⦗n:Harold Andrés Pulgarín⦘, Spielervermittler, registriert beim DFB unter Nr. SV-04417, ⦗h:Sportplatzweg 9, 33100 Paderborn⦘
und dem Spieler
⦗n:Wilber Chumpitaz⦘, geb. ⦗b:17.1.2003⦘, derzeit vertreten durch seine Mutter ⦗n:Marleni Ñaupari⦘

§ 1 Der Vermittler vertritt den Spieler bei Verhandlungen über einen Wechsel in die 3. Liga.
§ 2 Provision 8 % des Bruttojahresgehalts.
Vermittler erreichbar: ⦗m:h.pulgarin@players-bridge.com⦘, ⦗t:+49 160 9914 2207⦘`,
  },
  {
    lang: 'de',
    kind: 'Dauerkarten-Übertragung',
    source: `Antrag auf Übertragung einer Dauerkarte – Saison 2026/27
Dauerkarte Nr. DK-118-04-22, Block 118, Reihe 4, Platz 22

Bisheriger Inhaber: ⦗n:Dragomir Balabanov⦘, Kundennummer 7730189
Neue Inhaberin: ⦗n:Yoana-Biser Stamboliyski⦘
Anschrift: ⦗h:Stadionstrasse 30, 3014 Bern⦘
Geburtsdatum: ⦗b:05.10.1978⦘
E-Mail: ⦗m:yoana.stamboliyski@bluewin.ch⦘

Die Übertragungsgebühr von 15 € wird von der Kreditkarte ⦗c:-⦘ abgebucht.`,
  },
  {
    lang: 'de',
    kind: 'Jugendtrainer Führungszeugnis Vermerk',
    source: `Vermerk Kinderschutz – Jugendabteilung

Erweitertes Führungszeugnis eingesehen am 09.01.2026 für:
- ⦗n:Tamihana Kerehoma⦘ (U11), ausgestellt 12.12.2025, ohne Eintrag
- ⦗n:Ónundur Gøtugjógv⦘ (U13), ausgestellt 03.01.2026, ohne Eintrag
- ⦗n:Dovydas Sabonytė⦘ (Torwarttraining), Vorlage fehlt – Erinnerung am 20.01.

Gespeichert wird nur Datum der Einsicht und Ergebnis, keine Kopie.
gez. Kinderschutzbeauftragte ⦗n:Klervi Le Braz⦘`,
  },
  {
    lang: 'de',
    kind: 'Unfallmeldung Vereinsveranstaltung',
    source: `Unfallanzeige an die Sportversicherung (ARAG), Vertrag 87-000412

Verletzte Person: ⦗n:Gáren Kuoljok⦘, geb. ⦗b:28.02.2009⦘
Anschrift der Eltern: ⦗h:Sportplatzgasse 4, 6020 Innsbruck⦘
Unfallort: Kletterhalle Innsbruck, Jugendkurs
Hergang: Beim Umbauen einer Route auf die Matte gestürzt, Verdacht auf Handgelenksfraktur.
Erstversorgung durch Übungsleiter ⦗n:Jovsset-Biera Márkanvuolle⦘, Transport in die Klinik durch die Mutter.
Zeugin: ⦗n:Dagnija Bērzkalns⦘, ⦗t:+43 699 412 0087⦘`,
  },
  {
    lang: 'de',
    kind: 'Turnierausschreibung',
    source: `Ausschreibung – 14. Hallenturnier um den Seepokal (U15 Junioren)

Termin: Samstag, 07.03.2026, 09:00 Uhr
Halle: Dreifachsporthalle am Schulzentrum, Einlass ab 08:15
Modus: 12 Mannschaften in drei Gruppen, Spielzeit 1 × 12 Minuten
Startgeld: 40 € je Mannschaft, zahlbar auf das Vereinskonto (siehe Meldebogen)
Meldeschluss: 20.02.2026 über das Turnierportal
Es gelten die Hallenregeln des Verbandes; Schienbeinschoner sind Pflicht.`,
  },
  {
    lang: 'de',
    kind: 'Hallenbelegungsplan',
    source: `Hallenbelegung Dreifachhalle Nord – Wintersaison 2025/26

Montag: 17:00–18:30 Volleyball Mixed (Feld A), 18:30–20:00 Basketball Herren (A+B)
Dienstag: 16:00–17:30 Kinderturnen (C), 19:00–21:00 Badminton (A–C)
Mittwoch: 17:30–19:00 Handball D-Jugend (A+B), 20:00–22:00 Futsal (A–C)
Donnerstag: belegt durch Schulsport bis 16:00, danach Leichtathletik-Hallentraining
Hausmeisterdienst über die Stadtverwaltung, Schließplan siehe Aushang.`,
  },
  {
    lang: 'de',
    kind: 'Sportmedizinische Untersuchung Kaderathlet',
    source: `Sportmedizinische Grunduntersuchung – Landeskader Ski Alpin
Untersucht: ⦗n:Vuolleš Sárevuopmi⦘, geb. ⦗b:11. Dezember 2007⦘
Rentenversicherungsnummer (für die Unfallkasse): ⦗s:11122007 Sárevuopmi m⦘
Personalausweis: ⦗k:⦘

Belastungs-EKG unauffällig, Laktatleistungskurve im Anhang. Freigabe für Trainingslager erteilt.
Untersuchender Arzt: Dr. ⦗n:Radko Genchev⦘, Olympiastützpunkt.`,
  },
  {
    lang: 'de',
    kind: 'Mahnung Mitgliedsbeitrag',
    source: `Skiclub Arlberg-Ost · Kassenwart

Herrn ⦗n:Ilgvars Apinis-Ceplītis⦘
⦗h:Eisbahnweg 21, 7270 Davos Platz⦘

2. Mahnung – Mitgliedsbeitrag 2026 (Mitgliedsnummer MG-0092256)

Sehr geehrter Herr ⦗n:Apinis-Ceplītis⦘,
die Lastschrift vom 15.01. auf Ihr Konto ⦗i:AT⦘ kam mit dem Vermerk „Konto erloschen“ zurück. Bitte überweisen Sie 95 € zzgl. 6 € Rücklastschriftgebühr bis 28.02.
Rückfragen: Kassenwartin ⦗n:Triin Kivistik⦘, ⦗m:triin.kivistik@gmx.net⦘`,
  },
  {
    lang: 'de',
    kind: 'Reisegruppe Auswärtsfahrt Passliste',
    source: `Auswärtsfahrt Europapokal – Passliste für den Busunternehmer
Abfahrt 05:00 Vereinsheim, Rückkehr ca. 02:00

1. ⦗n:Svetozar Pashova⦘ – Reisepass ⦗r:⦘
2. ⦗n:Dobromila Oravcová⦘ – Personalausweis ⦗k:⦘
3. ⦗n:Lenart Čebulj⦘ – Personalausweis ⦗k:⦘
4. ⦗n:Ugnė Dapkutė⦘ – Reisepass ⦗r:⦘

Fanbeauftragter an Bord: ⦗n:Brina Hudournik⦘, ⦗t:0151 2047 7781⦘`,
  },
];
