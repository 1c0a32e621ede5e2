/**
 * Set 11, hand-written, German: documents of public and non-profit life (Sozialamt, Flüchtlingsberatung,
 * Pfarrbüro, Hospiz, Prüfungsamt, Freiwillige Feuerwehr, Tafel, Wohnungsgenossenschaft, Jugendamt,
 * Blutspendedienst). Marks ⟪code:value⟫ see markup.ts.
 */
export interface HandDocument {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

export const HAND_DE: HandDocument[] = [
  {
    lang: 'de',
    kind: 'Sozialamt Aktenvermerk',
    source: `Stadt Wendlingen – Amt für Soziales, Sachgebiet 50.2
Az. SD-26-0417
Aktenvermerk zum Hausbesuch vom 12.11.

Anwesend: Frau ⟪P:Rotraut Tiedemeyer⟫ (Antragstellerin, geb. ⟪D:04.09.1958⟫), ihr Sohn ⟪P:Landolf⟫ (lebt nicht im Haushalt), SB ⟪P:Pagenkopf⟫.
Wohnung: ⟪A:Am Kiesgrund 14, 2. OG links, 73240 Wendlingen⟫, ca. 48 qm, Ofenheizung defekt seit Okt.
Fr. ⟪P:Tiedemeyer⟫ bezieht Grundsicherung, Rentenvers.-Nr. ⟪SV:15250478A552⟫ – passt nicht zum Geb.-Datum im Antrag, bitte bei DRV klären!!
Sohn erreichbar unter ⟪T:0176 / 44 19 82 07⟫, möchte künftig Post in Kopie: ⟪E:landolf.tiedemeyer@posteo.de⟫
Weiteres Vorgehen: Heizkostenbeihilfe prüfen, Wiedervorlage 3.12.
gez. ⟪P:Pagenkopf⟫`,
  },
  {
    lang: 'de',
    kind: 'Flüchtlingsberatung Beratungsprotokoll',
    source: `Beratungsstelle für Geflüchtete „Brücke e.V.“ – Protokoll Beratungsgespräch
Datum: 19.11.2026, 10:15–11:05   Beraterin: ⟪P:Evîn Qaradaghi⟫   Dolmetschung (Kurmancî): ⟪P:Şiyar Xoşnaw⟫

Ratsuchende: ⟪P:Sozdar Pişdar⟫, geboren am ⟪D:1. Januar 1991⟫ (lt. Aufenthaltsgestattung, tatsächl. Datum unbekannt)
Anschrift: Gemeinschaftsunterkunft, ⟪A:Lindenweg 3a, Zi. 114, 34117 Kassel⟫
Tel. (Handy der Schwester): ⟪T:+49 1521 7730418⟫

Anliegen: Familiennachzug Ehemann ⟪P:Ciwan Dizayee⟫, derzeit in Erbil. Termin Botschaft noch offen.
Frau P. fragt, ob sie ihr Konto bei der Sparkasse behalten kann – IBAN ⟪I:DE68 6215 1086 6588 3902 18⟫ (Basiskonto).
> Dolmetscher Hinweis: sie sagt "mêrê min" = mein Mann, nicht Bruder, im letzten Protokoll falsch!
Nächster Termin 03.12., 9 Uhr.`,
  },
  {
    lang: 'de',
    kind: 'Pfarrbüro Taufanmeldung',
    source: `Kath. Pfarrei St. Bonifatius – Pfarrbüro
ANMELDUNG ZUR TAUFE

Täufling: ⟪P:Zäzilia Kerschbaumer⟫      Geburtsdatum: ⟪D:17.08.2026⟫      Geburtsort: Rosenheim
Mutter: ⟪P:Scholastika Kerschbaumer⟫, geb. ⟪P:Aichhorn⟫
Vater: ⟪P:Bonifaz Kerschbaumer⟫
Anschrift: ⟪A:Innstraße 61
83022 Rosenheim⟫
Telefon: ⟪T:08031 / 2 77 41⟫
Pate/Patin: ⟪P:Romedius Wallnöfer⟫ (Patenschein liegt vor), ⟪P:Rupertine Zehetbauer⟫ (fehlt noch!)
Tauftermin: So., 10.01.2027, 11:30 Uhr, Taufgespräch mit Pfr. ⟪P:Eligius Gschwandtner⟫ am 02.12.
Bitte Stammbuch mitbringen.`,
  },
  {
    lang: 'de',
    kind: 'Hospiz Pflegedokumentation',
    source: `Hospiz am Stadtpark – Pflegebericht Zi. 7
Bew.: ⟪P:Pfurtscheller, Eligius⟫, *⟪D:23.2.1941⟫
Nachtdienst 24./25.11.
22:40 Pat. unruhig, ruft nach Tochter. Tochter (⟪P:Zäzilia Nußbaumer⟫) tel. informiert ⟪T:0162-3390871⟫, kommt morgen früh.
01:15 Bedarfsmedikation lt. Anordnung Dr. ⟪P:Pöttinger⟫ verabreicht, danach ruhig.
04:30 Lagerung 30° re., Mundpflege. Atmung flach, Pausen ca. 10 s.
06:10 Übergabe an FD. Hz: Ki (Schüler*in – bitte gegenzeichnen)`,
  },
  {
    lang: 'de',
    kind: 'Prüfungsamt Notenwiderspruch',
    source: `Von: ⟪P:Nesrin Akgündüz⟫ <⟪E:nesrin.akguenduez@stud.uni-paderborn.de⟫>
An: pruefungsamt-wiwi@uni-paderborn.de
Betreff: Widerspruch Bewertung Klausur Kostenrechnung (Matr.-Nr. 7 204 519)

Sehr geehrte Damen und Herren,

hiermit lege ich Widerspruch gegen die Bewertung meiner Klausur vom 28.07. ein (5,0). Bei der Einsicht am 14.10. wurde festgestellt, dass Aufgabe 3 nicht korrigiert wurde. Prof. ⟪P:Sporleder⟫ hat dies mündlich bestätigt.

Mit freundlichen Grüßen
⟪P:Nesrin Akgündüz⟫
⟪A:Warburger Str. 100, 33098 Paderborn⟫
Mobil ⟪T:0157 38 21 66 04⟫`,
  },
  {
    lang: 'de',
    kind: 'Feuerwehr Einsatzbericht',
    source: `FREIWILLIGE FEUERWEHR OBERHOLZ – EINSATZBERICHT 2026/117
Alarmierung: 02.11.2026 03:12 | Stichwort: B2 Wohnung
Einsatzort: ⟪A:Mühlbachweg 8, 79865 Grafenhausen-Oberholz⟫
Einsatzleiter: ⟪P:Ottar Kvist⟫ (GF)   Atemschutz: ⟪P:Trygve Skjelbred⟫, ⟪P:Eyvind Ødegaard⟫
Betroffene: ⟪P:Gunnhild Vestergaard⟫ (81 J., leicht Rauchgas, RD übernimmt)
Geb.-Dat. lt. RD-Protokoll: ⟪D:11.03.1945⟫
Rückfragen Angehörige: Neffe ⟪P:Lindgren-Holm⟫, ⟪T:+47 912 44 806⟫ (Norwegen)
Fahrzeuge: HLF 20, TLF 3000, MTW. Ende 04:55.`,
  },
  {
    lang: 'de',
    kind: 'Tafel Berechtigungsliste',
    source: `Tafel Nordstadt – Ausgabe Donnerstag – Berechtigte (Stand 11/26)
Nr;Name;Vorname;Pers. im HH;Nachweis bis;Tel
114;⟪P:Başaran⟫;⟪P:Tuncer⟫;4;31.01.27;⟪T:0231 55 71 20⟫
115;⟪P:Shdeifat⟫;⟪P:Intisar⟫;6;28.02.27;⟪T:0177-6604113⟫
116;⟪P:Vlachopoulos⟫;⟪P:Smaragda⟫;1;30.11.26;
117;⟪P:Sembiring⟫;⟪P:Ponirah⟫;3;31.03.27;⟪T:0152 2917 4408⟫
118;⟪P:Gromov⟫;⟪P:Prokofy⟫;2;abgelaufen;⟪T:0231/9 40 38 65⟫
Hinweis Ehrenamt: Ausweise (Bescheid Jobcenter) am Eingang prüfen, keine Kopien machen!`,
  },
  {
    lang: 'de',
    kind: 'Wohnungsgenossenschaft Nutzungsvertrag',
    source: `Wohnungsbaugenossenschaft „Gemeinsam Wohnen“ eG
Dauernutzungsvertrag Nr. 3304/26

zwischen der Genossenschaft und dem Mitglied
⟪P:Ionela Ungureanu⟫, geb. ⟪D:14.6.1987⟫, Mitgl.-Nr. 22871
bisherige Anschrift: ⟪A:Grabenstr. 7, 90402 Nürnberg⟫
über die Wohnung ⟪A:Fürther Str. 212, WE 31, 3. OG, 90429 Nürnberg⟫
Nutzungsgebühr 612,40 EUR monatl. zzgl. NK-Vorauszahlung; Einzug per SEPA-Lastschrift von
IBAN: ⟪I:DE13761328716438625288⟫ Kontoinhaber: ⟪P:Ionela Ungureanu⟫
Gläubiger-ID der eG: DE98ZZZ00000612345
Personalausweis-Nr. (nur zur Identifikation, wird nicht gespeichert): ⟪ID:LHTTW3HZV4⟫
Nürnberg, den 20.11.2026`,
  },
  {
    lang: 'de',
    kind: 'Jugendamt Gefährdungseinschätzung',
    source: `JUGENDAMT LANDKREIS – ASD – Vertraulich!
Meldung § 8a SGB VIII, Eingang 09.11., Az. SD-26-0988

Kind: ⟪P:Yiğitalp Gümüşdere⟫, geb. ⟪D:02.05.2018⟫, Grundschule am Wall, Kl. 2b
KM: ⟪P:Birsen Gümüşdere⟫, Tel. ⟪T:0421 / 69 33 08 14⟫
KV: ⟪P:Orhun Karataşlı⟫ (getrennt lebend, Umgang strittig)
Adresse KM: ⟪A:Vor dem Steintor 39, 28203 Bremen⟫
Meldende Person: Klassenlehrerin Fr. ⟪P:Mechtild Rutenbeck⟫ – Kind kommt wiederh. ohne Frühstück, blauer Fleck am Oberarm, Kind sagt "vom Fußball".
Ersteinschätzung (Vier-Augen, ⟪P:Hölscher⟫/⟪P:Wessendorf⟫): keine akute Gefährdung, Hausbesuch binnen 5 Tagen.`,
  },
  {
    lang: 'de',
    kind: 'Blutspendedienst Spenderfragebogen OCR',
    source: `BLUTSPENDEDIENST – Spenderfragebogen (Scan, OCR)
Name, Vorname: ⟪P:Nimbalkar, Hridesh⟫
Geb.-Datum : ⟪D:3O.O7.1996⟫   Geschlecht: m
Anschr ift: ⟪A:Kantstr. 19
10623 Berlin⟫
Te1.: ⟪T:030 3187 2290⟫
E-Mai1: ⟪E:hridesh.n@gmx.de⟫
Waren Sie in den letzten 4 Monaten im Ausland? [x] ja  [ ] nein  wo: Indien (Pune)
Spende Nr. 26-44817   Blutgruppe lt. Ausweis: A pos`,
  },
  {
    lang: 'de',
    kind: 'Sozialamt Bescheid Entwurf',
    source: `Entwurf – nicht versenden

Herrn
⟪P:Yevgraf Lavrentyev⟫
⟪A:Hagebuttenweg 2
04157 Leipzig⟫

Ihr Antrag auf Hilfe zur Pflege vom 02.10.2026 – Az. SD-26-0611

Sehr geehrter Herr ⟪P:Lavrentyev⟫,

auf Ihren o.g. Antrag bewilligen wir ab 01.10.2026 ... [Textbaustein 14]
Ihre Steuer-ID ⟪TX:42 783 905 668⟫ benötigen wir nicht, bitte streichen Sie diese auf künftigen Formularen.
Rückfragen: Sachbearbeiterin Frau ⟪P:Stoicescu⟫, ⟪T:0341 123-4471⟫, ⟪E:a.stoicescu@leipzig-soziales.example.de⟫`,
  },
  {
    lang: 'de',
    kind: 'Pfarrgemeinderat Protokoll',
    source: `Protokoll Sitzung Pfarrgemeinderat, 18.11.2026, Pfarrheim
Anwesend: ⟪P:Friedbert Sporleder⟫ (Vors.), ⟪P:Mechtild Hölscher⟫, ⟪P:Gökhun Soysal⟫, Pfr. ⟪P:Gschwandtner⟫, ⟪P:Aaltje Wijnberg⟫; entschuldigt: ⟪P:Eberwin Wessendorf⟫
TOP 1 Adventsbasar: Stand Waffeln – ⟪P:Wijnberg⟫ organisiert. Kasse: Fr. ⟪P:Hölscher⟫.
TOP 2 Sternsinger: Anmeldung bis 15.12. an sternsinger@st-bonifatius-hamm.de
TOP 3 Heizung Kirche: Angebot Fa. Brauckmann liegt vor (Nr. AN-26-771)
AP: ⟪P:Soysal⟫ bis Fr. Rückmeldung Küster wg. Schlüssel
AP: ⟪P:Sporleder⟫ Brief an Bistum
Nächste Sitzung 20.01.27`,
  },
  {
    lang: 'de',
    kind: 'Prüfungsamt Prüfungsanmeldung Liste',
    source: `Prüfungsamt Fak. Maschinenbau – Anmeldungen Modul MB-3120 Strömungslehre (Export)
| Matrikel | Nachname | Vorname | E-Mail | Versuch |
|---|---|---|---|---|
| 4410823 | ⟪P:Kitazawa⟫ | ⟪P:Shinnosuke⟫ | ⟪E:shinnosuke.kitazawa@rwth-aachen.de⟫ | 1 |
| 4398127 | ⟪P:Ezeibe⟫ | ⟪P:Somto⟫ | ⟪E:somto.ezeibe@rwth-aachen.de⟫ | 2 |
| 4420019 | ⟪P:Tsiklauri⟫ | ⟪P:Revaz⟫ | ⟪E:revaz.tsiklauri@rwth-aachen.de⟫ | 1 |
| 4377702 | ⟪P:Mkrtchyan⟫ | ⟪P:Gayane⟫ | ⟪E:g.mkrtchyan@rwth-aachen.de⟫ | 3 (!) |
Drittversuch: Pflichtberatung nachweisen.`,
  },
  {
    lang: 'de',
    kind: 'Feuerwehr Mitgliederliste',
    source: `FF Oberholz – Alters- und Ehrenabteilung, Telefonkette (intern!)
1. ⟪P:Gottlob Kleinschmager⟫, ⟪A:Dorfstr. 4, 79865 Grafenhausen⟫, ⟪T:07748 / 9 12 34⟫, geb. ⟪D:19.04.38⟫
2. ⟪P:Detward Ostermeier-Flögel⟫, ⟪A:Am Brühl 11, 79865 Grafenhausen⟫, ⟪T:07748 5560⟫, geb. ⟪D:02.12.41⟫
3. ⟪P:Eberwin Rutenbeck⟫ – verstorben 08/26, aus Liste nehmen
Wer ⟪P:Kleinschmager⟫ nicht erreicht: Tochter ⟪P:Mechtild⟫ anrufen ⟪T:0151-27 03 61 90⟫`,
  },
  {
    lang: 'de',
    kind: 'Kindergeld Schreiben Familienkasse',
    source: `Familienkasse – Kindergeldnummer 215FK448912
An
⟪P:Muno Waaberi⟫
c/o ⟪P:Bashiir Ismaciil⟫
⟪A:Hasenheide 44, 10967 Berlin⟫

Kindergeld für ⟪P:Xasan Waaberi⟫ (geb. ⟪D:12.12.2009⟫) und ⟪P:Fadumo Waaberi⟫ (geb. ⟪D:07.03.2012⟫)

Bitte reichen Sie die Steuer-Identifikationsnummern beider Kinder ein. Für ⟪P:Xasan⟫ liegt uns ⟪TX:11258693044⟫ vor, für ⟪P:Fadumo⟫ fehlt sie.
Zahlung bitte auf Konto ⟪I:DE66 4174 8995 4973 1134 60⟫.`,
  },
  {
    lang: 'de',
    kind: 'Hospiz Ehrenamtsdienstplan',
    source: `Hospizverein – Sitzwachen Dezember (WhatsApp-Gruppe „Sitzwache“ Export)
[01.12.26, 18:02] ⟪P:Kaarina Virtanen⟫: wer kann Do Nacht bei Hr. V.? ich hab Spätdienst
[01.12.26, 18:09] ⟪P:Olavi Huttunen⟫: ich, ab 22 Uhr
[01.12.26, 18:11] ⟪P:Kaarina Virtanen⟫: danke Olavi 🙏 Angehörige (Sohn) wünscht Anruf bei Verschlechterung: ⟪T:0171 4486 023⟫
[01.12.26, 18:30] ⟪T:+49 160 93317720⟫: Hallo, hier ⟪P:Helmi Leinonen⟫, neue in der Gruppe, kann Sa tagsüber
[01.12.26, 18:31] ⟪P:Kaarina Virtanen⟫: Willkommen Helmi! trag dich bitte im Plan ein`,
  },
  {
    lang: 'de',
    kind: 'Spendenquittung',
    source: `Zuwendungsbestätigung (Sammelbestätigung) Nr. SQ-11-00412
Förderverein Tafel Nordstadt e.V., Steuer-Nr. 315/5702/1143 (Freistellungsbescheid FA Dortmund-Ost vom 12.05.2025)

Name und Anschrift des Zuwendenden:
Dr. ⟪P:Wiebren Hoogeveen⟫
⟪A:Kaiserstraße 118, 44135 Dortmund⟫

Summe der Zuwendungen 2026: 1.240,00 EUR – in Worten: eintausendzweihundertvierzig
Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.`,
  },
  {
    lang: 'de',
    kind: 'Vollmacht Betreuung',
    source: `VORSORGEVOLLMACHT

Ich, ⟪P:Aurelia Moldovan⟫, geboren am ⟪D:5. Mai 1949⟫ in Sibiu, wohnhaft ⟪A:Seniorenresidenz Lindenhof, Zimmer 22, Lindenallee 5, 67059 Ludwigshafen⟫,
bevollmächtige hiermit meine Tochter
⟪P:Daciana Constantinescu⟫ geb. ⟪P:Moldovan⟫, geb. ⟪D:22.10.1974⟫, Personalausweis ⟪ID:WK9Z3VHT15⟫,
mich in allen Angelegenheiten der Gesundheitssorge und Aufenthaltsbestimmung zu vertreten.
Ludwigshafen, 17.11.2026        Unterschrift: A. Moldovan`,
  },
  {
    lang: 'de',
    kind: 'Meldebescheinigung',
    source: `MELDEBESCHEINIGUNG (einfache) nach § 18 BMG
Familienname: ⟪P:KUROIDA⟫
...Korrektur durch Bürgerbüro: Familienname: ⟪P:KURODA⟫
Vornamen: ⟪P:HOTARU⟫
Geburtsdatum: ⟪D:1987-02-19⟫
Anschrift: ⟪A:Bürgermeister-Smidt-Str. 56, 27568 Bremerhaven⟫
Einzug: 01.10.2026
Diese Bescheinigung wurde maschinell erstellt.`,
  },
  {
    lang: 'de',
    kind: 'Studierendensekretariat Einschreibung',
    source: `Von: studsek@uni-kiel.de
Gesendet: Mittwoch, 25. November 2026 09:14
An: ⟪P:Ketevan Beridze⟫
Betreff: AW: Einschreibung WiSe – fehlende Unterlagen

Sehr geehrte Frau ⟪P:Beridze⟫,
für die Einschreibung fehlt noch der Krankenversicherungsnachweis. Ihre Passnummer (⟪PA:CZ7KG9YR80⟫) haben wir korrigiert.

Am 24.11.2026 um 22:51 schrieb ⟪P:Ketevan Beridze⟫ <⟪E:ketevan.beridze@gmail.com⟫>:
> Guten Abend, ich habe alle Dokumente hochgeladen, aber im Portal steht noch "unvollständig".
> Mit freundlichen Grüßen, ⟪P:Ketevan Beridze⟫, geb. ⟪D:30.06.2003⟫`,
  },
  {
    lang: 'de',
    kind: 'Pflegeheim Sturzprotokoll',
    source: `Seniorenzentrum Haus Abendrot – Sturzereignisprotokoll
Bewohnerin: ⟪P:Pelageya Yermolayeva⟫   Geb.: ⟪D:31.1.1936⟫   Wohnbereich 2
Zeitpunkt: 21.11.26 ca. 14:20, Flur vor Zi. 208, nicht beobachtet
Vorgefunden von: PFK ⟪P:Gatien Thibaudeau⟫
Befund: Hämatom Stirn re., keine Schmerzen Hüfte, orientiert. Arzt (Dr. ⟪P:Nadarajah⟫) informiert 14:45.
Angehörige: Enkelin ⟪P:Kapitolina Sobolevskaya⟫ – ⟪T:+49 (0)40 / 881 377 25⟫ – um 15:10 erreicht.`,
  },
  {
    lang: 'de',
    kind: 'Arbeitszeugnis Caritas',
    source: `ARBEITSZEUGNIS

Frau ⟪P:Tahmina Talukder⟫, geboren am ⟪D:09.08.1990⟫ in Dhaka, war vom 01.04.2021 bis 30.11.2026 in unserer Sozialstation als Pflegefachkraft beschäftigt.
Frau ⟪P:Talukder⟫ erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. [...]
Wir bedauern ihr Ausscheiden sehr und wünschen ihr für die Zukunft alles Gute.
Caritas-Sozialstation Süd, gez. ⟪P:Hendrikus Schuurmans⟫, Pflegedienstleitung`,
  },
  {
    lang: 'de',
    kind: 'Lohnabrechnung Rückfrage Verein',
    source: `Hallo Frau ⟪P:Csizmadia⟫,

meine Abrechnung November stimmt nicht, die Übungsleiterpauschale wurde versteuert. Meine Steuer-ID ist ⟪TX:86342710850⟫ und SV-Nr. ⟪SV:18060556K963⟫ (falls Sie die brauchen).
Bitte auf mein neues Konto überweisen: ⟪I:AT66 5769 8954 9766 4676⟫ (ich wohne jetzt in Salzburg).
LG ⟪P:Tibor Juhász⟫
--
Von meinem iPhone gesendet`,
  },
  {
    lang: 'de',
    kind: 'Schulsozialarbeit Elternbrief handschriftlich OCR',
    source: `liebe frau ⟪P:sipos⟫,
ich, ⟪P:mariska kertész⟫ mutter von ⟪P:bálint⟫ kl 6c, möchte bitten das er am freitag früher gehen
darf wegen termin auslän derbehörde. sie können mich anrufen ⟪T:0176 2245 1189⟫ od. schreiben
⟪E:mariska.kertesz77@web.de⟫
danke
⟪P:m. kertész⟫`,
  },
  {
    lang: 'de',
    kind: 'Mahnung Genossenschaft',
    source: `Wohnungsgenossenschaft „Gemeinsam Wohnen“ eG · Postfach 12 04 · 90001 Nürnberg

Herrn
⟪P:Waqas Malik-Awan⟫
⟪A:Fürther Str. 212, WE 14
90429 Nürnberg⟫

2. MAHNUNG – Nutzungsgebühr Oktober/November 2026, Vertrag 3291/24
Offener Betrag: 1.318,80 EUR zzgl. Mahngebühr 5,00 EUR
Bitte überweisen Sie bis 15.12.2026 auf unser Konto bei der Sparkasse Nürnberg (siehe Vertrag), Verwendungszweck 3291/24.`,
  },
  {
    lang: 'de',
    kind: 'Dolmetschernotiz gemischtsprachig',
    source: `Dolmetschnotiz Termin Ausländerbehörde 26.11. (Dari/Deutsch)
Klient: ⟪P:Bahram Niknam⟫ – "man ahl-e Herat hastam" = ich komme aus Herat
Sachbearbeiter fragt nach Pass: Klient hat nur Tazkira, keine Passnummer.
Geb.-Dat. in Tazkira: 1370 (Solar) → lt. Behörde ⟪D:01.01.1991⟫ eingetragen
Ehefrau ⟪P:Simin Farahmandpour⟫ wartet draußen mit Baby.
Rückruf Anwalt ⟪P:Gharavi⟫: ⟪T:0 69 / 27 40 33-12⟫
Nächster Termin: Fiktionsbescheinigung abholen`,
  },
  {
    lang: 'de',
    kind: 'Vereinsnewsletter Jubiläen',
    source: `Rundbrief der Freiwilligen Feuerwehr Oberholz – Dezember 2026

Liebe Kameradinnen und Kameraden,
wir gratulieren herzlich: ⟪P:Gottlob Kleinschmager⟫ zum 88., ⟪P:Ottar Kvist⟫ zu 25 Jahren aktivem Dienst, und unserer Jugendwartin ⟪P:Jannigje de Wijs⟫ zur bestandenen Gruppenführerprüfung!
Die Jahreshauptversammlung findet am 16.01.2027 um 19:30 Uhr im Gerätehaus statt.
Kontakt Kommandant: ⟪T:07748 91 00⟫
Kameradschaftliche Grüße, eure Wehrführung`,
  },
  {
    lang: 'de',
    kind: 'Blutspende Terminbestätigung Log',
    source: `2026-11-30T07:41:12Z INFO booking.created slot=2026-12-05T10:30 site=DRK-Bonn-Mitte user=⟪E:juscelino.paranhos@t-online.de⟫ ip=⟪IP:84.161.161.63⟫
2026-11-30T07:41:13Z INFO sms.sent to=⟪T:+4915112233470⟫ template=booking_confirm_de
2026-11-30T08:02:55Z WARN booking.duplicate user=⟪E:juscelino.paranhos@t-online.de⟫ ip=⟪IP:2a02:5cc1:7c0d:5045::e6b1⟫
2026-11-30T08:03:01Z INFO release version=4.18.2 build=20261129.3`,
  },
  {
    lang: 'de',
    kind: 'Ladung Sozialgericht',
    source: `SOZIALGERICHT DORTMUND
Az.: S 32 AS 1847/26

In dem Rechtsstreit
⟪P:Shazia Qureshi⟫, ⟪A:Rheinische Str. 93, 44137 Dortmund⟫ – Klägerin –
Proz.-Bev.: RAin ⟪P:Farzana Gondal⟫
gegen
Jobcenter Dortmund – Beklagter –

wird Termin zur mündlichen Verhandlung bestimmt auf Dienstag, 26.01.2027, 10:00 Uhr, Saal 1.012.
Das persönliche Erscheinen der Klägerin wird angeordnet.`,
  },
  {
    lang: 'de',
    kind: 'Rundschreiben ohne Personendaten',
    source: `Liebe Kolleginnen und Kollegen,

ab 01.01.2027 gilt im Amt für Soziales die neue Aktenordnung (Version 2.3). Vorgänge werden nur noch mit Aktenzeichen im Format SD-26-0000 angelegt; Spendenquittungen der Tafel (SQ-11-00000) laufen weiter über die Kämmerei.
Die Telefonanlage wird am 28.12. zwischen 7 und 9 Uhr umgestellt.
Weihnachtsschließung: 24.12. bis 01.01., Notdienst über die Leitstelle.
Frohe Feiertage wünscht
die Amtsleitung`,
  },
  {
    lang: 'de',
    kind: 'Ehrenamt Ausschreibung ohne Personendaten',
    source: `EHRENAMT GESUCHT – Tafel Nordstadt
Für unsere Ausgabestelle in der Franz-Weber-Straße suchen wir Fahrerinnen und Fahrer (Führerschein Klasse B, Transporter "Hanna"), Sortierhilfen und Menschen mit Sprachkenntnissen in Arabisch, Farsi oder Ukrainisch.
Ausgabezeiten: Di + Do 14–17 Uhr, Lager Sa 9–12 Uhr.
Kommen Sie einfach vorbei – Hallo zusammen, neue Gesichter sind immer willkommen!
Spendenkonto bei der Sparkasse, Verwendungszweck "Tafel 2027", Gläubiger-ID DE98ZZZ00000612345.`,
  },
  {
    lang: 'de',
    kind: 'Gottesdienstplan ohne Personendaten',
    source: `GOTTESDIENSTORDNUNG ADVENT 2026 – Pfarreiengemeinschaft St. Bonifatius / St. Marien
Sa 28.11. 18:00 Vorabendmesse St. Marien (Rorate)
So 29.11. 10:00 Hochamt St. Bonifatius, Kollekte Adveniat
Mi 02.12. 06:30 Roratemesse, anschl. Frühstück im Pfarrheim
So 06.12. Nikolausfeier, Kindergottesdienst 10:00
Lieder: GL 218, GL 231, GL 221 (Liedheft Ausgabe 2019, ISBN 978-3-7966-1412-8)
Sehr geehrte Damen und Herren, bitte beachten Sie die geänderten Zeiten am Heiligabend.`,
  },
];
