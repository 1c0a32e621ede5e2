/** Hand-written German documents as a public-facing service desk receives them (set 8's markup: ⟦code|value⟧). */
export const HAND_DE: { lang: 'de'; kind: string; source: string }[] = [
  {
    lang: 'de',
    kind: 'webform-ummeldung',
    source: `Kontaktformular Bürgerbüro – Eingang 14.11.2026 09:12
Anliegen: Ummeldung
Nachricht: guten tag, ich bin zum 1.11. umgezogen von ⟦A|Rabenhorst 7, 49074 Osnabrück⟧ nach ⟦A|Schäferkamp 22a, 24103 Kiel⟧ und wollte fragen ob ich für meine tochter ⟦P|Rojîn Zêbarî⟧ (⟦D|03.06.2014⟧) extra einen termin brauche. mein name ist ⟦P|Rêzan Zêbarî⟧, erreichbar unter ⟦T|0176 2294 1187⟧.
Datenschutzhinweis gelesen: ja`,
  },
  {
    lang: 'de',
    kind: 'mail-versicherung-schaden',
    source: `Von: ⟦P|Fabrizio Bianco⟧ <⟦M|g.bianco@posteo.de⟧>
An: schaden@hansewall-versicherung.de
Betreff: AW: Ihr Schadenfall SF-2026-118834

Sehr geehrte Frau ⟦P|Ishiguro⟧,

anbei wie besprochen die Fotos vom Wasserschaden. Die Reparatur hat Firma Trockenbau Lüders GmbH übernommen, Rechnung folgt. Bitte überweisen Sie auf ⟦I|DE96 5476 2125 3094 6461 32⟧ (Kontoinhaberin ist meine Frau ⟦P|Donatella Bianco-Hagedorn⟧).

Mit freundlichen Grüßen
⟦P|Fabrizio Bianco⟧
⟦A|Ulmenallee 41
93047 Regensburg⟧
Tel. ⟦T|0941 / 55 82 19⟧

Am 12.11.2026 um 16:02 schrieb ⟦P|Natsuki Ishiguro⟧ <⟦M|n.ishiguro@hansewall-versicherung.de⟧>:
> Sehr geehrter Herr ⟦P|Bianco⟧,
> zur weiteren Bearbeitung benötigen wir Fotos und Ihre Bankverbindung.
> Freundliche Grüße
> ⟦P|Natsuki Ishiguro⟧ | Schadenregulierung Sach
> Hansewall Versicherung AG, Postfach 10 44 20, 20030 Hamburg`,
  },
  {
    lang: 'de',
    kind: 'ocr-brief-widerspruch',
    source: `⟦P|Waltraud Hagedorn⟧
⟦A|Mühlgraben-
straße 3, 06108 Hal-
le (Saale)⟧

An die Familienkasse
Postfach 11 22 33
06001 Halle

Widerspruch gegen den Bescheid vom 2.1O.2026 (Kindergeld-Nr. 123FK456789)

Sehr geehrte Damen und Herren,
hiermit lege ich Widerspruch ein. Mein Sohn ⟦P|Adalbert Hagedorn⟧, geb. am ⟦D|14.O3.2OO8⟧, befindet sich seit Sep-
tember in einer Ausbildung (Nachweis anbei).
Meine Steuer-ID lautet ⟦TX|65 609 738 618⟧.
Mit freund1ichen Grüßen
⟦P|V. Hagedorn⟧`,
  },
  {
    lang: 'de',
    kind: 'chatbot-bank',
    source: `[Chatbot „Finja“ – Sparkasse Nordheide – Transkript]
Finja: Hallo! Wie kann ich helfen?
Kunde: karte gesperrt?? ich komm nicht mehr an geld
Finja: Das tut mir leid. Bitte nennen Sie Ihren vollständigen Namen und Ihr Geburtsdatum.
Kunde: ⟦P|Przemek Grzegorczyk⟧ ⟦D|17.2.79⟧
Finja: Danke. Handelt es sich um die Karte mit der Endung 4471?
Kunde: nein die kreditkarte ⟦C|5121 4892 0475 3717⟧
Finja: Ich verbinde Sie mit einer Mitarbeiterin.
Mitarbeiterin (⟦P|Liselotte Überschär⟧): Hallo Herr ⟦P|Grzegorczyk⟧, ich sehe eine Sperre wegen Verdacht auf Missbrauch. Ich rufe Sie gleich unter ⟦T|0151 7730 2215⟧ zurück, passt das?
Kunde: ja`,
  },
  {
    lang: 'de',
    kind: 'helpdesk-ticket-log',
    source: `Ticket #HD-40921 | Kategorie: VPN | Priorität: mittel
Melder: ⟦P|Eko Handoko⟧ (⟦M|eko.handoko@stadtwerke-lohfeld.de⟧), Abt. Netzleitstelle, Durchwahl ⟦T|05121 9930-214⟧
Beschreibung: seit heute morgen kein VPN, Fehler 809.
Log-Auszug:
2026-11-30 07:41:12 ikev2 auth failed user=swibisono peer=⟦IP|178.24.201.93⟧
2026-11-30 07:41:15 ikev2 auth failed user=swibisono peer=⟦IP|178.24.201.93⟧
2026-11-30 07:43:02 radius reject reason="password expired"
Kommentar ⟦P|Ákos Szabadkai⟧ (2nd Level): Passwort abgelaufen, Reset-Link an Nutzerin geschickt. Client 5.1.2 ok.`,
  },
  {
    lang: 'de',
    kind: 'telefonnotiz-pflegekasse',
    source: `Telefonnotiz 27.11. 10:40 – ⟦P|Adi⟧ (Pflegeberatung)
Anruferin: Tochter von ⟦P|Waltraud Hagedorn⟧ (Versicherte, geb. ⟦D|2. Februar 1938⟧), heißt ⟦P|Liselotte Hagedorn-Ezeamaka⟧, Rückruf unter ⟦T|+49 (0)511 4478 302⟧.
Mutter wohnt allein, ⟦A|Quellenweg 9, 34131 Kassel⟧, Pflegegrad 2 beantragt, Gutachtertermin noch offen.
Vollmacht liegt uns NICHT vor -> Tochter bitten, Vollmacht zu schicken.
WV: 4.12.`,
  },
  {
    lang: 'de',
    kind: 'beschwerde-formular',
    source: `BESCHWERDE / LOB / ANREGUNG
Art: Beschwerde
Betrifft: Linie 612, Haltestelle Rathaus, 21.11.2026 ca. 17:50
Ihr Name (freiwillig): ⟦P|Tamim Zubaidi⟧
E-Mail für Rückmeldung: ⟦M|tamim.b+vbb@mailbox.org⟧
Schilderung: Der Fahrer ist einfach weitergefahren obwohl ich mit Kinderwagen an der Tür stand. Meine Nachbarin Frau ⟦P|Ekinci⟧ hat das auch gesehen.
Einverständnis Weitergabe an Verkehrsunternehmen: ja`,
  },
  {
    lang: 'de',
    kind: 'termin-anfrage-praxis',
    source: `Betreff: Terminanfrage Neupatientin

Hallo liebes Praxisteam,

ich ( ⟦P|Yonatan Gebremariam⟧, ⟦D|1994-09-21⟧ ) bräuchte einen Termin zur Vorsorge, gerne nachmittags. Versichert bei der AOK, Überweisung von Dr. ⟦P|Zervoudaki⟧ habe ich.
Am besten erreichen Sie mich per WhatsApp ⟦T|0157 3391 0064⟧.

LG ⟦P|Yonatan⟧

Gesendet von meinem iPhone`,
  },
  {
    lang: 'de',
    kind: 'lohnbuero-anfrage',
    source: `Von: ⟦P|Meskerem Haileselassie⟧ <⟦M|meskerem.haileselassie@web.de⟧>
Betreff: Fehlende Steuer-ID Lohnabrechnung November

Hallo Frau ⟦P|Bergström⟧,
auf meiner Abrechnung steht Steuerklasse 6, weil die ID fehlt. Hier ist sie: ⟦TX|55352801742⟧. Rentenversicherungsnummer ⟦SV|68 210386 T 486⟧ falls nötig.
Bitte auch die neue Bankverbindung nehmen: ⟦I|DE89 3704 0044 0532 0130 00⟧.
Danke!
⟦P|Meskerem⟧ (Lager, Schicht B)`,
  },
  {
    lang: 'de',
    kind: 'kfz-zulassung-vollmacht',
    source: `VOLLMACHT

Hiermit bevollmächtige ich,
Name, Vorname: ⟦P|Chrzanowski, Eugeniusz⟧
geboren am: ⟦D|30.11.1961⟧
wohnhaft: ⟦A|Am Krähenberg 18, 66111 Saarbrücken⟧
Personalausweis-Nr.: ⟦ID|M64WNR74K7⟧

Herrn/Frau ⟦P|Czesława Chrzanowski⟧
die Zulassung meines Fahrzeugs (Kennz. SB-JK 612) bei der Zulassungsstelle vorzunehmen.

Saarbrücken, 19.11.2026       Unterschrift: ⟦P|J. Chrzanowski⟧`,
  },
  {
    lang: 'de',
    kind: 'teams-export-schichtleitung',
    source: `[09:02] ⟦P|Kazuma Takeuchi⟧: morgen fehlt ⟦P|Meskerem⟧, krank bis einschl. Freitag (AU liegt vor)
[09:03] ⟦P|Saga Wahlgren⟧: ok, kann ⟦P|Wesley⟧ einspringen?
[09:05] ⟦P|Wesley Nogueira⟧: geht erst ab 10
[09:05] ⟦P|Saga Wahlgren⟧: passt. Hotline bitte auf Band ab 8, Ansage Version 3 nehmen
[09:07] ⟦P|Kazuma Takeuchi⟧: 👍`,
  },
  {
    lang: 'de',
    kind: 'reisebuero-passagierliste',
    source: `Gruppenreise „Flusskreuzfahrt Douro“ 03.–10.05.2027 – Teilnehmerliste (Stand 28.11.)
Nr;Nachname;Vorname;Geb.-Datum;Reisepass;Handy
1;⟦P|Mazzoleni⟧;⟦P|Donatella⟧;⟦D|07.04.1952⟧;⟦PA|CR7XYPNH13⟧;⟦T|0172 6650 418⟧
2;⟦P|Mazzoleni⟧;⟦P|Fabrizio⟧;⟦D|22.12.1949⟧;⟦PA|G4TFK6WKF3⟧;
3;⟦P|Rønning⟧;⟦P|Vegard⟧;⟦D|15.08.1958⟧;⟦PA|KYF4N68W24⟧;⟦T|+47 915 02 377⟧
Reiseleitung: Kreuzfahrtkontor Elbe GmbH`,
  },
  {
    lang: 'de',
    kind: 'kuendigung-mietvertrag',
    source: `⟦P|Yevheniia Haidamaka⟧ · ⟦A|Holunderstieg 5, 01067 Dresden⟧

Wohnungsgenossenschaft Elbaue eG
Kundenservice
Könneritzstraße 12
01067 Dresden

Kündigung des Mietvertrags Nr. 0815-33-2

Sehr geehrte Damen und Herren,
hiermit kündige ich fristgerecht zum 28.02.2027. Die Kaution bitte auf mein Konto ⟦I|DE40 3112 8200 0297 5920 83⟧ zurücküberweisen.
Für die Wohnungsübergabe erreichen Sie mich unter ⟦T|0351 8877 1203⟧ oder ⟦M|yevheniia.haidamaka@gmx.net⟧.
Mit freundlichen Grüßen
⟦P|Yevheniia Haidamaka⟧`,
  },
  {
    lang: 'de',
    kind: 'keine-daten-rundmail',
    source: `Betreff: Wartungsfenster Bürgerportal am Samstag

Liebe Kolleginnen und Kollegen,

am Samstag, 12.12.2026, ist das Bürgerportal von 06:00 bis 10:00 Uhr nicht erreichbar (Update auf Version 7.3.1). Termine für Wohngeld und Meldeangelegenheiten bitte nicht in diesen Zeitraum legen. Der Hinweistext auf der Startseite wurde bereits angepasst.

Betroffen sind auch die Formulare F-112 und F-208. Rückfragen an das IT-Team der Stadtverwaltung über das Ticketsystem.

Viele Grüße
Ihr Team Digitalisierung`,
  },
  {
    lang: 'de',
    kind: 'keine-daten-lieferschein',
    source: `LIEFERSCHEIN Nr. LS-2026-004417
Kunde: Elektro Schumacher & Söhne KG, Werkstraße 18, 42897 Remscheid
Bestellung: 4500913722 vom 20.11.2026
Pos | Artikel | Menge
1 | Hutschienennetzteil 24V (Art. 88-1120) | 12
2 | Klemmenblock Rosa-Serie (Art. 14-9002) | 40
Versand: DHL, Sendungsnummer 00340434161094042557
USt-IdNr. DE811907980 · Gläubiger-ID DE98ZZZ09999999999`,
  },
  {
    lang: 'de',
    kind: 'krankmeldung-mail',
    source: `hallo frau ⟦P|mukherjee⟧,
ich bin leider krank, die au vom arzt ist bis 4.12. ich schick sie per post.
meine vertretung für die kasse 3 ist ⟦P|olusegun⟧, sie weiß bescheid.
gruß ⟦P|thuỳ dung ninh⟧
(tel ⟦T|0152 9004 3318⟧)`,
  },
  {
    lang: 'de',
    kind: 'anrufnotiz-stromversorger',
    source: `Anrufnotiz Kundenservice Energie – Agent: ⟦P|A. Srisuwan⟧
Kunde: Herr ⟦P|Kamsiyochukwu Iheanacho⟧, Vertragskonto 200 455 113
Anliegen: Abschlag zu hoch, Zählerstand 18 422 (Foto kommt per Mail an service@stromwerk-mitte.de)
Neue Lieferadresse ab 1.1.: ⟦A|Auf der Heide 31, 97070 Würzburg⟧
Geburtsdatum zur Verifizierung genannt: ⟦D|11.05.1987⟧
Rückruf gewünscht: ⟦T|0931 / 404 77-0⟧ (Arbeit)`,
  },
  {
    lang: 'de',
    kind: 'hochschule-immatrikulation',
    source: `Studierendenservice – Anfrage über Portal
Matrikelnummer: 7731290
Name: ⟦P|Tihamér Kecskeméti⟧
E-Mail (Uni): ⟦M|tihamer.kecskemeti@stud.hs-lohfeld.de⟧
Frage: Meine Immatrikulationsbescheinigung zeigt noch meinen alten Namen. Ich heiße seit der Heirat ⟦P|Tihamér Bárány-Kecskeméti⟧ (Urkunde anbei). Können Sie das ändern? Geb. ⟦D|9.1.2001⟧ in Debrecen.`,
  },
  {
    lang: 'de',
    kind: 'mahnung-widerspruch-mail',
    source: `Von: ⟦M|ruth.guelizar@t-online.de⟧
An: inkasso@forderungsmanagement-west.de
Betreff: Ihre Mahnung Az. 26/44718 – WIDERSPRUCH

Ich habe die Rechnung bezahlt!! Überweisung vom 3.10. von ⟦I|DE54 7225 1313 6255 9389 24⟧. Bitte stellen Sie das ein.
⟦P|Ruth Gülizar⟧
⟦A|Ulmenallee 7
49074 Osnabrück⟧

-----Ursprüngliche Nachricht-----
Von: inkasso@forderungsmanagement-west.de
Gesendet: Montag, 30. November 2026 08:14
Betreff: Mahnung Az. 26/44718
Sehr geehrte Frau ⟦P|Gülizar⟧, trotz Erinnerung ist der Betrag von 89,90 EUR offen …`,
  },
  {
    lang: 'de',
    kind: 'meldebescheinigung-antrag',
    source: `ANTRAG AUF MELDEBESCHEINIGUNG (einfach / erweitert)
Familienname: ⟦P|Pârvulescu⟧        Vorname(n): ⟦P|Ovidiu Violeta⟧
Geburtsname: ⟦P|Pârvulescu⟧
Geburtsdatum: ⟦D|23.07.1983⟧    Geburtsort: Brașov
Anschrift: ⟦A|Mühlgrabenstraße 66, 93047 Regensburg⟧
Ausweisdokument: Personalausweis Nr. ⟦ID|L0THMMJZW3⟧
Zweck: Vorlage Arbeitgeber
Gebühr 10,00 EUR bar bezahlt – Kasse 2`,
  },
  {
    lang: 'de',
    kind: 'it-zugangsantrag',
    source: `Zugangsantrag neues Personal (bitte vollständig ausfüllen!)
Mitarbeiter*in: ⟦P|Roshanak Khorramshahi⟧   Eintritt: 01.12.2026   Abteilung: Bürgerservice
Vorgesetzte*r: Dr. ⟦P|Farahmandi⟧
benötigt: AD-Konto, Fachverfahren MESO, Telefon
Private Mobilnummer für MFA: ⟦T|0176-44901823⟧
Arbeitsplatz: Raum 2.114, Rechner wird vom Netzwerkteam vergeben`,
  },
  {
    lang: 'de',
    kind: 'keine-daten-faq',
    source: `FAQ Kundenservice – Stand Dezember
F: Wie erreiche ich den Service zwischen den Jahren?
A: Vom 24.12. bis 1.1. sind die Kundencenter geschlossen; das Online-Portal bleibt erreichbar. Am 31.12. ist auch die Hotline nicht besetzt.
F: Was kostet eine Ersatzkarte?
A: 15 € (Tarif 2027, Preisblatt PB-11).
F: Gibt es die Broschüre auch in Leichter Sprache?
A: Ja, Bestellnummer BR-2027-04, ISBN 978-3-16-148410-0.`,
  },
  {
    lang: 'de',
    kind: 'schadenmeldung-kfz',
    source: `Schadenmeldung KFZ – Online
VN: ⟦P|Kosisochukwu Iheanacho⟧, ⟦A|Rabenhorst 12, 24103 Kiel⟧
Geb.-Dat. ⟦D|01.O4.1990⟧
Unfallgegner: ⟦P|Thijs van Houtum⟧, NL-Kennzeichen, Tel. ⟦T|+31 6 4188 2093⟧
Hergang: Gegnerin ist beim Ausparken auf Parkplatz Famila gegen meine Tür gefahren. Zeuge: ⟦P|Edem Adomako⟧.
IBAN für Auszahlung: ⟦I|DE75512108001245126199⟧`,
  },
  {
    lang: 'de',
    kind: 'whatsapp-export-kita',
    source: `28.11.26, 07:58 - ⟦P|Chisom⟧: Guten Morgen, ⟦P|Ebbe⟧ kommt heute später, Zahnarzt
28.11.26, 08:03 - Kita Sonnenblume Leitung: Danke für die Info!
28.11.26, 08:10 - ⟦P|Torbjörn Stenmark⟧: wer holt heute ⟦P|Saga⟧ ab? ich schaffe es erst 16:30
28.11.26, 08:11 - ⟦P|Chisom⟧: ich kann, bin eh da
28.11.26, 08:12 - Kita Sonnenblume Leitung: Abholberechtigung für Frau ⟦P|Iheanacho⟧ liegt vor 👍`,
  },
  {
    lang: 'de',
    kind: 'steuerberater-mail',
    source: `Hallo Herr ⟦P|Susilo⟧,

für die Erklärung 2025 fehlen noch:
- Steuer-ID Ihrer Frau (Ihre haben wir: ⟦TX|75 021 793 673⟧)
- Nachweis Handwerkerrechnung Fa. Dachdecker Kaiser

Ihre Frau erreichen wir unter ⟦M|adi.susilo@proton.me⟧?

Beste Grüße
⟦P|Anusha Mukherjee⟧
Steuerberatung Mukherjee & Partner mbB · Dammtorstraße 4 · 20354 Hamburg
Tel. ⟦T|040 3344 5560⟧ · Fax ⟦T|040 3344 5569⟧`,
  },
  {
    lang: 'de',
    kind: 'arztbrief-ocr',
    source: `Klinikum Nordheide · Innere Medizin · Ärztlicher Direktor Prof. Dr. ⟦P|S. Lambrakis⟧
Patient: ⟦P|Roshanak Ghaffari⟧, geb. ⟦D|O5.12.1957⟧
⟦A|Ulmenallee 2, 34131 Kas-
sel⟧
Sehr geehrte Frau Kollegin ⟦P|Farahmandi⟧,
wir berichten über o. g. Patienten, der sich vom 17.11. bis 24.11.2026 in unserer stat. Behandlung befand.
Diagnosen: Vorhofflimmern, Hypertonie
Mit kollegialen Grüßen  Dr. med. ⟦P|C. Giannakopoulou⟧ (Oberärztin)`,
  },
  {
    lang: 'de',
    kind: 'stellenbewerbung-formular',
    source: `Bewerbung über Karriereportal – Ausbildung Verwaltungsfachangestellte
Vorname: ⟦P|Rayssa⟧  Nachname: ⟦P|Rezende⟧
Geburtsdatum: ⟦D|18. Dezember 2008⟧
Telefon: ⟦T|0049 160 4471290⟧
E-Mail: ⟦M|rayssa.rezende08@gmail.com⟧
Erziehungsberechtigte: ⟦P|Rayssa Rezende⟧
Wie haben Sie von uns erfahren? Azubi-Messe "Vocatium"`,
  },
  {
    lang: 'de',
    kind: 'bank-serviceauftrag',
    source: `SERVICEAUFTRAG FILIALE – Adressänderung
KUNDE: ⟦P|DUANMU MEIXIU⟧
KUNDENNR. 4410 9982
ALTE ANSCHRIFT: ⟦A|AM KRÄHENBERG 4, 01067 DRESDEN⟧
NEUE ANSCHRIFT: ⟦A|SCHÄFERKAMP 90, 06108 HALLE (SAALE)⟧
LEGITIMATION: REISEPASS NR. ⟦PA|G4ZR672TG0⟧
BEARBEITER: ⟦P|BROUWENSTIJN⟧`,
  },
  {
    lang: 'de',
    kind: 'keine-daten-pressemitteilung',
    source: `Pressemitteilung
Neues Servicecenter in der Konrad-Adenauer-Straße eröffnet

Ab dem 4. Januar berät das Team im neuen Servicecenter Konrad-Adenauer-Straße 12 zu Wohngeld, Elterngeld und Kfz-Zulassung. Die Öffnungszeiten: Mo–Fr 8–18 Uhr. Das Gebäude ist barrierefrei; Parkplätze gibt es am Sophie-Scholl-Platz.
Bilder zur freien Verwendung unter Angabe „Stadt Lohfeld“.`,
  },
  {
    lang: 'de',
    kind: 'zendesk-ticket-shop',
    source: `Ticket #88120 – „Rückerstattung nicht erhalten“
Anfragende: ⟦P|Svitozar Ostapchuk⟧ <⟦M|svitozar.h@yahoo.de⟧>
Kanal: E-Mail · Tags: erstattung, paypal

⟦P|Svitozar Ostapchuk⟧ (Kundin), 25. Nov. 2026 19:44
Ich habe am 2.11. retourniert (Sendung 00340434161094042557), aber noch kein Geld.

⟦P|Eirik Solbakken⟧ (Agent), 26. Nov. 2026 09:02
Hallo ⟦P|Svitozar⟧, die Erstattung ging heute raus auf die Kreditkarte ⟦C|4576-5552-4878-8373⟧. Es kann 3–5 Werktage dauern.

Interne Notiz: Kundin wollte auf IBAN, Karte ist aber Zahlweg. Ok.`,
  },
  {
    lang: 'de',
    kind: 'protokoll-quartier',
    source: `Protokoll Quartiersrunde Nordstadt, 26.11.2026
Anwesend: Hr. ⟦P|Rybakov⟧ (Quartiersmanagement), Fr. ⟦P|Dumitrașcu⟧ (Jugendhaus), ⟦P|Horațiu Pârvulescu⟧ (Mieterbeirat), ⟦P|Selasi Asantewaa⟧
Entschuldigt: ⟦P|Malarvizhi Palaniappan⟧

TOP 1 Spielplatz Ulmenallee: Angebot Fa. Spielraum GmbH liegt vor.
AP: ⟦P|Pârvulescu⟧ bis Fr. Rückmeldung Eigentümer
TOP 2 Adventsmarkt: ⟦P|Asantewaa⟧ organisiert Stände, Liste an quartier-nordstadt@lohfeld.de`,
  },
  {
    lang: 'de',
    kind: 'kindergeld-antrag-auszug',
    source: `Anlage Kind
Kind 1: ⟦P|Hữu Phước Hoàng⟧, geb. ⟦D|12.03.2015⟧, Steuer-ID ⟦TX|79 134 869 953⟧
Kind 2: ⟦P|Hữu Phước Hoàng⟧, geb. ⟦D|27.10.2018⟧
Antragstellerin: ⟦P|Phủ Kayra Thamer⟧, Anschrift wie Hauptantrag
Konto: ⟦I|DE18 8843 6797 2339 3498 79⟧`,
  },
];
