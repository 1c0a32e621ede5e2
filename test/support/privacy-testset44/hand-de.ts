import type { HandSource } from './markup.js';

/** German hand-written documents of set 44 (Salons, Studios, Spas und Fitnessstudios in DE, AT und CH), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'Mitgliedsvertrag Fitnessstudio (Formular)',
    source: `FitWerk 24 Wien Landstraße – Mitgliedsvertrag MG-440187
Name: ⟦n:Alsugul Bikbaevbay⟧   geb. ⟦b:14.02.1993⟧
Anschrift: ⟦h:Rasumofskygasse 17, 1030 Wien⟧
Mobil: ⟦t:+43 676 5120934⟧   E-Mail: ⟦m:alsugul.bikbaevbay@chello.at⟧
Tarif: Flex 12 Monate, 34,90 € monatlich, Vertragsbeginn 01.03.2026, Spind L-212
SEPA-Mandat: IBAN ⟦i:AT g⟧`,
  },
  {
    lang: 'de',
    kind: 'Kündigung Mitgliedschaft (Brief)',
    source: `⟦n:Durig Bezzolin⟧
⟦h:Lorrainestrasse 8, 3012 Bern⟧

An: FitWerk Bern, Mitgliederservice
Betreff: Kündigung meiner Mitgliedschaft MG-118402 zum 30.06.2026

Sehr geehrte Damen und Herren,
hiermit kündige ich fristgerecht. Bitte bestätigen Sie mir die Kündigung an ⟦m:d.bezzolin@hispeed.ch⟧.
Freundliche Grüsse
⟦n:Durig Bezzolin⟧`,
  },
  {
    lang: 'de',
    kind: 'E-Mail Terminbestätigung Friseur mit Zitat',
    source: `Von: termine@haarwerk-west.example
An: ⟦m:lubinka.brezankowa@mailbox.org⟧
Betreff: AW: Balayage am Samstag

Liebe Frau ⟦n:Brězankowa⟧,
gerne, Samstag 10:30 bei ⟦n:Magalineta⟧ ist eingetragen (BK-2260418). Dauer ca. 3 Std., 189,00 €.
Ihr Team vom Salon Haarwerk · 0711 6158 220

> Am 12.05.2026 schrieb ⟦n:Lubinka Brězankowa⟧:
> Hallo, geht Samstag vormittag? Sonst erreichen Sie mich unter ⟦t:0162 48810273⟧.`,
  },
  {
    lang: 'de',
    kind: 'Einverständniserklärung Tätowierung',
    source: `Tattoo & Piercing Nadelstich Bern – Einverständniserklärung
Kundin: ⟦n:Flurinetta Cathomin⟧, geboren am ⟦b:3. Mai 1998⟧
Ausweis geprüft: Personalausweis Nr. ⟦k:⟧, zusätzlich Reisepass ⟦r:⟧
Motiv: Mohnblume, rechtes Schulterblatt, ca. 12 × 8 cm
Allergien: keine bekannt. Blutverdünner: nein.
Ich bin über Risiken und Nachsorge aufgeklärt worden.
Bern, 04.06.2026   Unterschrift: ⟦n:F. Cathomin⟧   Tätowiererin: ⟦n:Wóršinka⟧`,
  },
  {
    lang: 'de',
    kind: 'Pflegehinweise Piercing (ohne Personenbezug)',
    source: `Nachsorge für Ihr neues Piercing
1. Zweimal täglich mit steriler Kochsalzlösung reinigen.
2. Nicht drehen, nicht mit ungewaschenen Händen berühren.
3. Vier Wochen kein Schwimmbad, keine Sauna, kein Solarium.
Bei Rötung länger als 3 Tage: Studio anrufen unter +41 31 332 18 40 oder studio@nadelstich.example.`,
  },
  {
    lang: 'de',
    kind: 'WhatsApp-Chat mit Nagelstudio',
    source: `[18.04.26, 09:12] ⟦n:Terezina Grixtina⟧: Hallo! Kann ich meinen Termin Gel-Auffüllen auf Donnerstag schieben?
[18.04.26, 09:20] Nails by ⟦n:Mira⟧: Klar, Donnerstag 16 Uhr geht. Auf welchen Namen nochmal?
[18.04.26, 09:21] ⟦n:Terezina Grixtina⟧: ⟦n:Grixtina⟧, Nummer ist ⟦t:0151 27740915⟧
[18.04.26, 09:22] Nails by ⟦n:Mira⟧: Passt, bis Donnerstag 💅`,
  },
  {
    lang: 'de',
    kind: 'Körpermessung Personal Training (Tabelle)',
    source: `Personal Training – Messprotokoll
Kunde: ⟦n:Lhakpaki Thamewa⟧ (MG-502291), Trainer: ⟦n:Jurijk Šěnkec⟧
Datum;Gewicht kg;Bauchumfang cm;Körperfett %
06.01.2026;84,2;96;24,1
03.03.2026;81,0;92;22,3
05.05.2026;79,4;90;21,0`,
  },
  {
    lang: 'de',
    kind: 'Kosmetik-Anamnesebogen',
    source: `Kosmetikstudio Rosé, Graz – Anamnese vor Fruchtsäurepeeling
Name: ⟦n:Zarinat Tsagolovty⟧   Geburtsdatum: ⟦b:22.09.1987⟧
Telefon: ⟦t:+43 660 3318270⟧
Hauttyp: Mischhaut; Medikamente: keine; Schwangerschaft: nein
Letzte Sonnenbank: vor 3 Wochen (Kabine 2)`,
  },
  {
    lang: 'de',
    kind: 'Lastschrift-Rücklastschrift Mahnung',
    source: `Therme & Day Spa Lindenhof · Tel. 07121 94 77-0
Frau ⟦n:Jonaliya Borgohaini⟧
⟦h:Schwabstraße 41, 70197 Stuttgart⟧

Rücklastschrift Ihres Wellness-Abos (Vertrag MG-330915)
Die Lastschrift vom 01.04.2026 über 59,00 € von Ihrem Konto ⟦i:DE g⟧ wurde zurückgegeben (Rückgabegebühr 3,50 €).
Bitte überweisen Sie 62,50 € auf DE27 6405 0000 0000 1184 44.`,
  },
  {
    lang: 'de',
    kind: 'Check-in-Protokoll CSV',
    source: `zeit;mitgliedsnr;name;studio;geraet_ip
2026-05-14 06:02:11;MG-104422;⟦n:Hasinika Rathnayakage⟧;Landstraße;⟦a:91.114.27.203⟧
2026-05-14 06:05:48;MG-207713;⟦n:Berîvan Mêrdînî⟧;Landstraße;⟦a:178.191.6.44⟧
2026-05-14 06:11:02;MG-331190;Gastkarte;Landstraße;10.20.0.17`,
  },
  {
    lang: 'de',
    kind: 'Personalbogen Stylist (Neueinstellung)',
    source: `Personalfragebogen – Salon Haarwerk Stuttgart-West
Name: ⟦n:Gwenvaël Kervarc’hec⟧   geb. ⟦b:11.07.1996⟧
Steuer-ID: ⟦x:⟧
Rentenversicherungsnummer: ⟦s:11071996 Kervarc’hec m⟧
Bankverbindung: ⟦i:DE⟧
Anschrift: ⟦h:Hölderlinweg 6, 70193 Stuttgart⟧`,
  },
  {
    lang: 'de',
    kind: 'Massagetermin Notiz (Rezeption)',
    source: `Notiz Rezeption, Do.: Hr. ⟦n:Kahsayom⟧ ruft wg. Rückenmassage an, möchte lieber ⟦n:Pemala⟧ als Therapeutin. Rückruf auf ⟦t:0173 55019284⟧ bis 17 Uhr. Kabine 4 ist Fr. ab 14:00 frei.`,
  },
  {
    lang: 'de',
    kind: 'Solarium Einverständnis Minderjährige (abgelehnt)',
    source: `Sonnenstudio Goldbraun Linz – Vermerk
Am 02.05.2026 wollte ⟦n:Sagalleh Warsameleh⟧ (laut Ausweis geb. ⟦b:09.11.2008⟧) eine Sonnenbank buchen. Nach § 4 NiSG abgelehnt, Mutter ⟦n:Hibaaqleh Warsameleh⟧ telefonisch informiert: ⟦t:+43 699 18827460⟧.`,
  },
  {
    lang: 'de',
    kind: 'Kursplan Tanzschule (ohne Personenbezug)',
    source: `Tanzschule Walzerwerk – Kursplan Sommer 2026
Mo 18:00 Discofox Anfänger (Saal 1)
Mo 19:30 Tango Argentino Mittelstufe (Saal 2)
Mi 17:00 Kindertanz 6–9 Jahre (Saal 1)
Fr 20:00 Übungsabend, Eintritt 8,00 €
Anmeldung: info@walzerwerk.example · 0221 9348 120`,
  },
  {
    lang: 'de',
    kind: 'Yoga-Studio Anmeldeformular',
    source: `Yoga Loft Zürich-Kreis 5 – Anmeldung 10er-Karte
Vorname: ⟦n:Mengiarina⟧   Nachname: ⟦n:Sarottin⟧
Geburtsdatum: ⟦b:27.01.1979⟧
E-Mail: ⟦m:mengiarina.sarottin@bluewin.ch⟧
Beschwerden: Bandscheibe L4/L5, bitte Hinweis an Lehrerin
Karte Nr. BK-7730112, CHF 250.00 bezahlt per Karte ⟦c:⟧`,
  },
  {
    lang: 'de',
    kind: 'Barbier Kundenkartei (Stichworte)',
    source: `Kartei Barbershop Kreuzberg
⟦n:Aksilas Ameziyen⟧ – Fade 1,5 / Bart lang lassen, Allergie gegen Aftershave mit Alkohol, Handy ⟦t:0176 33920418⟧
⟦n:Rinatbek⟧ – nur Maschine, kommt alle 3 Wochen
⟦n:Chaspertin Lozzet⟧ – Nassrasur, zahlt bar`,
  },
  {
    lang: 'de',
    kind: 'Hygieneplan Sauna (ohne Personenbezug)',
    source: `Hygieneplan Saunalandschaft – Stand 04/2026
Täglich: Liegen und Bänke wischdesinfizieren (Mittel: Incidin, 0,5 %, 15 Min.)
Wöchentlich: Tauchbecken ablassen, Filter Kabine 3 prüfen
Monatlich: Legionellenprobe Dusche D-12, Protokoll an haustechnik@lindenhof-spa.example`,
  },
  {
    lang: 'de',
    kind: 'Reklamation Haarfarbe E-Mail',
    source: `Von: ⟦n:Nairuhi Ohanjanyants⟧ <⟦m:nairuhi.o@t-online.de⟧>
An: termine@haarwerk-west.example
Betreff: Farbe leider orange

Guten Tag, meine Farbe vom 09.05. (Termin BK-1109283) ist nach zwei Wäschen orange. Ich hätte gern eine Korrektur ohne Aufpreis.
Mit freundlichen Grüßen
⟦n:Nairuhi Ohanjanyants⟧
⟦t:0151 60347719⟧`,
  },
  {
    lang: 'de',
    kind: 'Gutschein mit Widmung',
    source: `Geschenkgutschein Nr. BK-4410025 über 80,00 €
Für ⟦n:Killaricha⟧ – alles Liebe zum Geburtstag! Deine ⟦n:Urpicha Huallpacha⟧
Einlösbar für alle Behandlungen im Day Spa Lindenhof bis 31.12.2027.`,
  },
  {
    lang: 'de',
    kind: 'Trainer-Honorarvertrag (Auszug)',
    source: `Honorarvereinbarung Kursleitung Spinning
Auftragnehmer: ⟦n:Ildarbek Mazitbay⟧, geb. ⟦b:21.08.1984⟧, ⟦h:Am Kräherwald 112, 70193 Stuttgart⟧
Steuer-ID ⟦x:g⟧, Honorar 32,00 € je Kurs (60 Min.)
Auszahlung auf ⟦i:DE g⟧
Ausweis: Reisepass ⟦r:⟧
RV-Nr. (für Statusprüfung): ⟦s:21081984 Mazitbay m⟧`,
  },
  {
    lang: 'de',
    kind: 'Unfallmeldung Fitnessstudio',
    source: `Unfallbericht FitWerk 24 – 12.05.2026, 18:40
Verletzte Person: ⟦n:Kinnalysy Inthavongsy⟧, Mitglied MG-661203, geb. ⟦b:30.06.1990⟧
Hergang: Hantelscheibe (10 kg) von Ablage gefallen, Prellung linker Fuß.
Erste Hilfe durch Trainer ⟦n:Feliksk⟧. Zeugin: ⟦n:Catalineta Fabreguetas⟧, ⟦t:+43 664 2290471⟧.`,
  },
  {
    lang: 'de',
    kind: 'SMS-Erinnerung (Versandliste)',
    source: `empfaenger|text|status
⟦t:+41 79 441 28 06⟧|Erinnerung: Ihr Termin morgen 09:00 im Nadelstich Bern. Absage bis 24 h vorher.|zugestellt
⟦t:+41 77 302 11 95⟧|Erinnerung: Ihr Termin morgen 14:30 im Nadelstich Bern.|zugestellt`,
  },
  {
    lang: 'de',
    kind: 'Wimpernverlängerung Aufklärungsbogen Unterschrift',
    source: `Aufklärung Wimpernverlängerung – ich habe die Hinweise zu Kleber (Cyanoacrylat) gelesen.
Kundin: ⟦n:Bophary Limseiha⟧, ⟦h:Zähringerstrasse 23, 3012 Bern⟧
Geb.: ⟦b:18.12.2001⟧
Patch-Test am 20.05.2026, Behandlung frühestens 22.05.2026.`,
  },
  {
    lang: 'de',
    kind: 'Forumsbeitrag Bewertung (ohne Personenbezug)',
    source: `★★★★☆ Schöner Spa-Bereich, Dampfbad etwas zu kühl. Personal freundlich, Parkplatz knapp. Preis für Tageskarte (42 €) okay. Würde wiederkommen.`,
  },
  {
    lang: 'de',
    kind: 'Ratenzahlung Tattoo Vereinbarung',
    source: `Vereinbarung Ratenzahlung – Rückenstück, gesamt 1.400,00 €
Kunde: ⟦n:Tamekrest Ag Alhabib⟧, ⟦m:tamekrest.agalhabib@gmx.at⟧
Raten: 4 × 350,00 € jeweils zum 1. des Monats per Kreditkarte ⟦c:-⟧
Sitzungen: 06.06., 04.07., 01.08., 29.08.2026`,
  },
  {
    lang: 'de',
    kind: 'Dienstplan Studio mit Vertretung',
    source: `Dienstplan KW 21 – Empfang
Mo–Mi: ⟦n:Handrijka⟧ (Früh), ⟦n:Joanetou⟧ (Spät)
Do: Vertretung ⟦n:Yesheyla Penjorpa⟧, erreichbar ⟦t:0162 71188340⟧
Fr: Empfang geschlossen, Check-in nur per App`,
  },
  {
    lang: 'de',
    kind: 'Datenauskunft Art. 15 Antwort',
    source: `Auskunft nach Art. 15 DSGVO – FitWerk 24
Betroffene Person: ⟦n:Losalinia Ravuloni⟧
Gespeicherte Daten: Name, Anschrift ⟦h:Schlachthausgasse 9, 1030 Wien⟧, E-Mail ⟦m:losalinia.ravuloni@gmx.at⟧, Geburtsdatum ⟦b:02.08.1985⟧, Check-ins seit 2023, letzte App-Anmeldung von ⟦a:2a02:8388:1f42::9c⟧.
Rückfragen: datenschutz@fitwerk24.example`,
  },
  {
    lang: 'de',
    kind: 'Sozialversicherungsmeldung Minijob Rezeption',
    source: `Anmeldung Minijob – Sonnenstudio Goldbraun
Name: ⟦n:Nizhonii Bitsuii⟧, geb. ⟦b:05.04.2003⟧
RV-Nummer: ⟦s:05042003 Bitsuii f⟧
Steuer-ID: ⟦x:⟧
Personalausweis: ⟦k:⟧ (abgelaufen), Reisepass: ⟦r:⟧`,
  },
  {
    lang: 'de',
    kind: 'Visitenkarte Friseurin (Signatur)',
    source: `Danke für Ihren Besuch!
⟦n:Seonagag MacRathaich⟧ – Meisterfriseurin
Salon Haarwerk Stuttgart-West · 0711 6158 220 · termine@haarwerk-west.example
Privat/WhatsApp für Brautstyling: ⟦t:0173 88014526⟧`,
  },
  {
    lang: 'de',
    kind: 'Warteliste Kurs (Notizzettel)',
    source: `Warteliste Pilates Reformer Di 19:00:
1. ⟦n:Rebekika Amarillio⟧ ⟦t:0151 22093847⟧
2. ⟦n:Nairai Lưuquang⟧ (nur wenn vor 20 Uhr Schluss)
3. ⟦n:Tafsutin⟧, Nummer im System`,
  },
];
