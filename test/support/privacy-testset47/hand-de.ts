import type { HandSource } from './markup.js';

/** German hand-written documents of set 47 (Botschaften und Konsulate: Pass, Visum, Personenstand, Notfälle, Rentenservice, Wahlen im Ausland), each a different kind. */
export const HAND_DE: HandSource[] = [
  {
    lang: 'de',
    kind: 'E-Mail Terminbestätigung Reisepass Botschaft',
    source: `Von: Deutsche Botschaft Canberra – Rechts- und Konsularreferat <rk-10@canberra-diplo.example>
An: ⟬m:garazitxu.etxeberriarteko@posteo.de⟭
Betreff: Terminbestätigung APT-20418833 – Beantragung Reisepass

Sehr geehrte Frau ⟬n:Etxeberriarteko⟭,

Ihr Termin zur Beantragung eines Reisepasses ist bestätigt:
Donnerstag, 16.04.2026, 09:40 Uhr, 119 Empire Circuit, Yarralumla ACT 2600.

Bitte bringen Sie mit: Ihren bisherigen Reisepass (Nr. ⟬r:⟭), ein biometrisches Lichtbild, den Nachweis Ihres
Wohnsitzes in Australien und die Gebühr von 81,00 EUR (Zahlung nur mit Karte möglich).

Termine, die nicht wahrgenommen werden, verfallen. Eine Absage ist über den Link in der Buchungsmail möglich.

Mit freundlichen Grüßen
Ihr Konsularteam
Tel. +61 2 6270 1911 (Mo–Fr 09:00–12:00)`,
  },
  {
    lang: 'de',
    kind: 'Antwort mit Zitat Rückfrage Wohnsitznachweis',
    source: `Hallo liebes Konsularteam,

anbei der Mietvertrag als PDF. Einen Stromvertrag habe ich nicht auf meinen Namen, der läuft über meinen Mann
⟬n:Miikkuli Kormuskuoja⟭. Reicht das so?

Viele Grüße
⟬n:Olonja Kormuskuoja⟭
⟬h:41 Cuba Street, Wellington 6011⟭
Mobil ⟬t:+64 21 448 9023⟭

Am 03.02.2026 um 08:12 schrieb Deutsche Botschaft Wellington, Pass- und Ausweisstelle <pass@wellington-diplo.example>:
> Sehr geehrte Frau ⟬n:Kormuskuoja⟭,
> zu Ihrem Antrag vom 28.01.2026 (Vorgang KA-30119/26) fehlt noch ein Nachweis Ihres Wohnsitzes in Neuseeland,
> der nicht älter als drei Monate ist.
> Mit freundlichen Grüßen
> Pass- und Ausweisstelle`,
  },
  {
    lang: 'de',
    kind: 'Antrag Reiseausweis als Passersatz Formularauszug',
    source: `ANTRAG AUF AUSSTELLUNG EINES REISEAUSWEISES ALS PASSERSATZ
Auslandsvertretung: Generalkonsulat Kapstadt          Vorgang: KA-30571/26

1. Familienname: ⟬n:Urkizubeltza⟭          Geburtsname: ⟬n:Olabarrietako⟭
2. Vorname(n): ⟬n:Haizeaxka⟭
3. Geburtsdatum: ⟬b:07.11.1991⟭          Geburtsort: Freiburg im Breisgau
4. Personalausweis-Nr. (falls vorhanden): ⟬k:⟭
5. Anschrift in Deutschland: ⟬h:Wiehrestraße 8, 79100 Freiburg im Breisgau⟭
6. Derzeitige Anschrift: Hotel Kloof Lodge, Zimmer 214 (Abreise 22.03.2026)
7. Verlust/Diebstahl am 19.03.2026 in Camps Bay, Polizeiliche Anzeige CAS 211/03/2026
8. Telefonisch erreichbar: ⟬t:+27 82 519 4407⟭

Gebühr: 60,00 EUR bar erhalten – Kasse RK, Quittung 0871
Ausgestellt am 20.03.2026, gültig bis 20.04.2026
Unterschrift Antragstellerin / Sachbearbeiter (Stempel)`,
  },
  {
    lang: 'de',
    kind: 'Vermerk Festnahme Staatsangehöriger Konsularbetreuung',
    source: `VS – NUR FÜR DEN DIENSTGEBRAUCH
Vermerk Rechts- und Konsularreferat Bangkok, 11.02.2026

Betr.: Festnahme des deutschen Staatsangehörigen ⟬n:Ekaitzeder Gorostiagabe⟭, geb. ⟬b:23.05.1987⟭
Bezug: Anruf der Touristenpolizei Phuket am 10.02.2026, 22:40 Uhr

1. Herr ⟬n:Gorostiagabe⟭ wurde am 10.02. in Patong festgenommen (Vorwurf: Körperverletzung). Er ist in der
   Polizeistation Patong untergebracht, unverletzt, hat einen Pflichtverteidiger noch nicht gesehen.
2. Der Betroffene hat der Benachrichtigung seiner Schwester zugestimmt: ⟬n:Maddalentxu Gorostiagabe⟭,
   ⟬t:0176 41882093⟭, ⟬h:Sonnenallee 141, 12059 Berlin⟭.
3. Anwaltsliste der Botschaft übergeben. Besuch durch Honorarkonsul ⟬n:Sholbanool Oorzhakova⟭ für 13.02. vereinbart.
4. Wiedervorlage 14.02.2026.

gez. ⟬n:Crepazdelago⟭, KS`,
  },
  {
    lang: 'de',
    kind: 'Chat Bereitschaftsdienst Botschaft Krankenhauseinweisung',
    source: `[Bereitschaftstelefon Botschaft Lissabon – WhatsApp-Export]
[14.03.26, 23:07] ⟬n:Santuccia Ceccaldiolu⟭: Guten Abend, mein Vater ist heute in Lagos gestürzt und liegt im Hospital de Faro. Er spricht kein Portugiesisch 😟
[14.03.26, 23:11] Bereitschaft Botschaft: Guten Abend, das tut mir leid. Wie heißt Ihr Vater und wann ist er geboren?
[14.03.26, 23:13] ⟬n:Santuccia Ceccaldiolu⟭: ⟬n:Dumenicucciu Ceccaldiolu⟭, ⟬b:02.08.1949⟭. Wohnt eigentlich in ⟬h:Kaiserstraße 71, 53113 Bonn⟭
[14.03.26, 23:15] Bereitschaft Botschaft: Danke. Wir melden uns morgen früh beim Krankenhaus. Erreichen wir Sie unter dieser Nummer?
[14.03.26, 23:16] ⟬n:Santuccia Ceccaldiolu⟭: Ja, oder ⟬m:s.ceccaldiolu@web.de⟭
[14.03.26, 23:16] Bereitschaft Botschaft: 👍 Notfallnummer der Botschaft bleibt +351 21 881 0210.`,
  },
  {
    lang: 'de',
    kind: 'Antrag Rückführungsdarlehen Bürgschaftserklärung',
    source: `Bürgschaftserklärung zum Antrag auf Rückführungsdarlehen (Konsulargesetz § 5)
Vorgang: KA-30644/26 – Deutsche Botschaft Canberra

Darlehensnehmerin: ⟬n:Aalishoney Kermodeway⟭, geb. ⟬b:30.01.2001⟭, Personalausweis ⟬k:⟭
Darlehensbetrag: 1.480,00 AUD (Flug Sydney–Frankfurt, Übernachtung)

Bürge:
Name: ⟬n:Finlowain Kermodeway⟭
Anschrift: ⟬h:Rüttenscheider Straße 203, 45131 Essen⟭
Steuer-ID: ⟬x:g⟭
Bankverbindung für den Einzug: ⟬i:DE g⟭

Ich verbürge mich selbstschuldnerisch für die Rückzahlung des Darlehens an die Bundeskasse.
Rückzahlung auf das Konto der Bundeskasse, Verwendungszweck KA-30644/26, innerhalb von 30 Tagen.

Essen, 09.01.2026                    ⟬n:F. Kermodeway⟭`,
  },
  {
    lang: 'de',
    kind: 'Lebensbescheinigung Rentenservice Ausland',
    source: `LEBENSBESCHEINIGUNG / LIFE CERTIFICATE
Renten Service der Deutschen Post AG – Rentenzahlung ins Ausland

Rentenempfänger/in: ⟬n:Kahurangiana Tautahipuke⟭
Geburtsdatum: ⟬b:19.06.1942⟭
Versicherungsnummer: ⟬s:19061942 Tautahipuke f⟭
Anschrift: ⟬h:88 Ponsonby Road, Auckland 1011⟭

Bestätigung der amtlichen Stelle:
Es wird bestätigt, dass die oben genannte Person am heutigen Tag persönlich erschienen ist und lebt.
Honorarkonsulat der Bundesrepublik Deutschland Auckland, Honorarkonsul ⟬n:Wiremuhana Ngataporoa⟭
Ort/Datum: Auckland, 04.03.2026     Dienstsiegel`,
  },
  {
    lang: 'de',
    kind: 'Nachbeurkundung Geburt Antragsformular Auszug',
    source: `Antrag auf Beurkundung einer Auslandsgeburt im Geburtenregister (§ 36 PStG)
über: Deutsche Botschaft Bangkok → Standesamt I in Berlin

Kind
Familienname: ⟬n:Shettigaramane⟭      Vornamen: ⟬n:Kamalakshamma Ondreikka⟭
Geburtstag: ⟬b:12.09.2025⟭            Geburtsort: Bangkok, Bumrungrad International Hospital

Mutter
⟬n:Shettigaramane, Jadwiżka⟭, geb. ⟬n:Necelowô⟭, geboren am ⟬b:21.04.1993⟭ in Gdańsk, deutsche Staatsangehörige

Vater
⟬n:Sadashivanna Shettigaramane⟭, geboren am ⟬b:08.12.1989⟭ in Mangaluru, indischer Staatsangehöriger

Gemeinsame Anschrift: ⟬h:522/14 Sukhumvit Soi 49, Bangkok 10110⟭
E-Mail: ⟬m:jadwizka.shettigaramane@gmx.de⟭

Die Gebühren (55,00 EUR) werden vom Standesamt gesondert erhoben.`,
  },
  {
    lang: 'de',
    kind: 'Namenserklärung Ehegatten Botschaft Beglaubigung',
    source: `ERKLÄRUNG ÜBER DIE BESTIMMUNG DES EHENAMENS (§ 1355 BGB, Art. 10 EGBGB)

Wir, die Ehegatten
⟬n:Ghjuvanettu Pietrasantucci⟭, geboren am ⟬b:15.10.1984⟭, und
⟬n:Zofijka Labùdzkô⟭, geboren am ⟬b:03.03.1988⟭,
wohnhaft ⟬h:Rua de São Bento 112, 1200-822 Lisboa⟭,
haben am 12.12.2025 in Lissabon die Ehe geschlossen und bestimmen den Geburtsnamen der Frau, „⟬n:Labùdzkô⟭“, zum Ehenamen.

Die vorstehenden Unterschriften wurden vor mir vollzogen und werden hiermit öffentlich beglaubigt.
Lissabon, 20.02.2026
Deutsche Botschaft Lissabon, Konsularreferat – Beglaubigung Nr. 611/2026, Gebühr 25,00 EUR (Siegel)`,
  },
  {
    lang: 'de',
    kind: 'Apostille Anfrage E-Mail Übersetzungsbüro',
    source: `Betreff: Apostille für thailändische Heiratsurkunde?
Von: ⟬n:Tamatehau Whaitirirua⟭ <⟬m:t.whaitirirua@t-online.de⟭>
An: rk-legalisation@bangkok-diplo.example

Guten Tag,

ich möchte meine thailändische Heiratsurkunde in Deutschland anerkennen lassen. Das Standesamt Augsburg sagt, es
braucht eine Legalisation, weil Thailand nicht dem Haager Apostille-Übereinkommen beigetreten ist. Können Sie das
übernehmen, und wie lange dauert es? Meine Frau ⟬n:Saylykmaa Whaitirirua⟭ ist zur Zeit noch in Udon Thani.

Rückruf gern unter ⟬t:0821 4471930⟭ (abends).

Freundliche Grüße
⟬n:Tamatehau Whaitirirua⟭
⟬h:Hochfeldstraße 52, 86159 Augsburg⟭`,
  },
  {
    lang: 'de',
    kind: 'Gebührenbescheid Kostenrechnung Konsulat',
    source: `Generalkonsulat der Bundesrepublik Deutschland Kapstadt
Roeland Street 19, Cape Town 8001 · Tel. +27 21 405 3000 · pass@kapstadt-gk.example

KOSTENRECHNUNG Nr. 2026/0442                                Kapstadt, 26.02.2026
(Auslandskostengesetz, Auslandskostenverordnung)

Herrn
⟬n:Gundalash Ardzinbaqua⟭
⟬h:17 Bree Street, Cape Town 8001⟭

Amtshandlung                                        Gebühr
Reisepass (24 Seiten), Antragstellende Person über 24 Jahre    81,00 EUR
Auslandszuschlag                                      15,00 EUR
Summe                                                96,00 EUR

Bezahlt per Kreditkarte (Mastercard **** 7730) am 26.02.2026, Autorisierung 553014.
Zahlungen per Überweisung bitte auf das Konto der Bundeskasse DE44 5001 0517 0000 1447 09, Vorgang KA-30702/26.`,
  },
  {
    lang: 'de',
    kind: 'Aktennotiz Sterbefall im Ausland Überführung',
    source: `Aktennotiz Sterbefall – Botschaft Lissabon, RK 3
Datum: 06.01.2026 · Vorgang: KA-30015/26

Verstorbener: ⟬n:Frãcëszk Trepczëk⟭, geb. ⟬b:11.02.1951⟭, letzter Wohnsitz ⟬h:Rua da Prata 84, 1100-419 Lisboa⟭
Todestag: 04.01.2026 im Hospital de Santa Maria
Angehörige: Tochter ⟬n:Wiktorëja Trepczëk⟭, Köln, ⟬t:0221 98322417⟭, ⟬m:wiktoreja.trepczek@freenet.de⟭

- Internationale Sterbeurkunde angefordert (Conservatória do Registo Civil).
- Bestatter Agência Funerária Lusa, Tel. +351 21 342 7719, für Überführung nach Köln beauftragt (Kosten trägt die Familie).
- Reisepass des Verstorbenen ⟬r:⟭ entwertet und der Tochter zurückgegeben.
- Nachlass: Wohnungsschlüssel bei der Vermieterin, keine Beteiligung der Botschaft.
Bearb.: ⟬n:Vallazzaor⟭`,
  },
  {
    lang: 'de',
    kind: 'Visumantrag Checkliste ausgefüllt britische Botschaft',
    source: `UK Visa Application – Checkliste (ausgefüllt von der Antragstellerin)
Antragsnummer: VIS-2026-118204       Termin Biometrie: APT-20511427, VFS Berlin, 02.04.2026 10:15

[x] Reisepass gültig bis 11/2031
[x] Kontoauszüge der letzten 6 Monate (Konto ⟬i:DE⟭)
[x] Einladung von ⟬n:Rosalindayo Agbayaniyo⟭, ⟬h:14 Stokes Croft, Bristol BS1 3QY⟭
[x] Arbeitgeberbescheinigung (Teilzeit, Pflegedienst)
[ ] Geburtsurkunde der Tochter (übersetzt)

Antragstellerin: ⟬n:Marivicyo Dumlaoyo⟭, geb. ⟬b:27.07.1979⟭
Telefon: ⟬t:0157 31940276⟭ · E-Mail: ⟬m:marivic.dumlaoyo@gmx.net⟭
Visumgebühr 127 GBP bezahlt am 14.03.2026`,
  },
  {
    lang: 'de',
    kind: 'Brief Ablehnung Visum Remonstrationshinweis',
    source: `Deutsche Botschaft Canberra – Visastelle
119 Empire Circuit, Yarralumla ACT 2600

Frau
⟬n:Ingabirekeza Hakizimanawe⟭
⟬h:32 Bondi Road, Sydney NSW 2026⟭

Ihr Antrag auf ein Visum zum Familiennachzug vom 12.11.2025 – Aktenzeichen VIS-2026-104417

Sehr geehrte Frau ⟬n:Hakizimanawe⟭,

Ihr Antrag wird abgelehnt, da der Nachweis einfacher deutscher Sprachkenntnisse (A1) nicht erbracht wurde.
Gegen diese Entscheidung können Sie innerhalb eines Monats schriftlich remonstrieren oder Klage beim
Verwaltungsgericht Berlin erheben. Ein neuer Antrag ist jederzeit möglich.

Mit freundlichen Grüßen
Im Auftrag
Visastelle`,
  },
  {
    lang: 'de',
    kind: 'HAR-Auszug im Support-Ticket Terminportal',
    source: `Ticket #8841 – Terminportal bricht beim Absenden ab (Meldung über Kontaktformular)

Hallo, bei mir kommt nach „Speichern“ immer „Ungültiger Captcha-Text“. Ich habe wie auf Ihrer Seite beschrieben
eine HAR-Datei gespeichert, hier der Teil mit dem Request:

    "postData": {
      "mimeType": "application/x-www-form-urlencoded",
      "text": "lastname=⟬n:Pulur%C4%B1can⟭&firstname=⟬n:Wus%C3%AAnike⟭&email=⟬m:wusenike.pulurican%40gmx.de⟭&emailrepeat=⟬m:wusenike.pulurican%40gmx.de⟭&fields%5B0%5D.content=⟬b:04.02.1996⟭&captchaText=k7dp2m&locationCode=canb&realmId=318"
    },
    "serverIPAddress": "203.0.113.41"

Ich nutze Firefox 133 auf Windows. Danke!
⟬n:Wusênike Pulurıcan⟭

--- interne Notiz (2nd level): Captcha-Session läuft nach 120 s ab, bekanntes Problem, siehe Wiki „rktermin timeout“.`,
  },
  {
    lang: 'de',
    kind: 'curl-Transkript Entwickler-Issue Wählerverzeichnis',
    source: `Issue #212: 400 bei Umlauten im Ortsnamen (Antrag Eintragung ins Wählerverzeichnis)

Repro mit Testdaten aus Staging funktioniert, mit echten Daten eines Nutzers (Freigabe liegt vor) nicht:

$ curl -v -X POST https://staging.wahlregister.example/api/antrag \\
    -d 'name=⟬n:Hemnathjha+Mishrabadha⟭&geburtsdatum=⟬b:1968-01-30⟭&letzte_anschrift=⟬h:T%C3%BCbinger+Stra%C3%9Fe+27%2C+70178+Stuttgart⟭&email=⟬m:h.mishrabadha%40posteo.de⟭'
> POST /api/antrag HTTP/1.1
> Content-Type: application/x-www-form-urlencoded
< HTTP/1.1 400 Bad Request
< x-request-id: 2f1c9e60-77a4-4b0e-b1a3-9d2f0c1e7a55
{"error":"letzte_anschrift: invalid character"}

Vermutung: der Validator dekodiert %C3%BC und %C3%9F nicht vor dem Regex. @⟬n:Costamolines⟭ kannst du schauen?`,
  },
  {
    lang: 'de',
    kind: 'Wahlschein Antrag Deutsche im Ausland Formular',
    source: `Antrag auf Eintragung in das Wählerverzeichnis (Anlage 2 zu § 18 BWO) – Deutsche im Ausland
An die Gemeindebehörde: Stadt Leipzig, Wahlamt

Familienname: ⟬n:Jaghoriwal⟭            Vornamen: ⟬n:Shukriyagul⟭
Geburtsdatum: ⟬b:09.09.1985⟭
Gegenwärtige Anschrift: ⟬h:19 Crown Street, Sydney NSW 2010⟭
Letzte Anschrift in Deutschland: ⟬h:Karl-Liebknecht-Straße 98, 04275 Leipzig⟭, weggezogen am 01.08.2019
E-Mail: ⟬m:shukriya.jaghoriwal@bigpond.com⟭

Ich versichere, dass ich nicht vom Wahlrecht ausgeschlossen bin.
Sydney, 18.01.2026                ⟬n:S. Jaghoriwal⟭

Vermerk Wahlamt: eingetragen, Wahlbezirk 0712, Versand Briefwahlunterlagen per Luftpost.`,
  },
  {
    lang: 'de',
    kind: 'Beglaubigung Unterschrift Honorarkonsul Vollmacht',
    source: `VOLLMACHT

Ich, ⟬n:Yalchepi Yambatrovan⟭, geboren am ⟬b:14.02.1962⟭, wohnhaft ⟬h:25 Aro Street, Wellington 6021⟭,
bevollmächtige hiermit meinen Bruder ⟬n:Oniparsh Yambatrovan⟭, ⟬h:Bahnhofstraße 3, 09111 Chemnitz⟭,
mich in allen Angelegenheiten der Nachlassabwicklung unserer Mutter gegenüber dem Amtsgericht Chemnitz zu vertreten.

Wellington, 21.02.2026        ⟬n:Yalchepi Yambatrovan⟭

Die vorstehende, vor mir vollzogene Unterschrift von Frau ⟬n:Yalchepi Yambatrovan⟭, ausgewiesen durch
Personalausweis Nr. ⟬k:⟭, wird hiermit beglaubigt.
Honorarkonsul der Bundesrepublik Deutschland in Christchurch, ⟬n:Rawiritaha Rangihuaroa⟭
Gebühr 20,00 EUR, Reg.-Nr. HK-CHC 044/2026`,
  },
  {
    lang: 'de',
    kind: 'Proxy-Log Auszug Sicherheitsvorfall Bericht',
    source: `Kurzbericht IT-Sicherheit Terminportal (intern), 23.02.2026

Auffällig viele Buchungen aus einem Netz zwischen 02:00 und 02:30 UTC (vermutlich Terminhändler). Auszug:

185.220.101.47 - - [23/Feb/2026:02:04:11 +0000] "POST /rktermin/extern/appointment_addAppointment.do HTTP/1.1" 302 0
185.220.101.47 - - [23/Feb/2026:02:04:13 +0000] "POST /rktermin/extern/appointment_addAppointment.do HTTP/1.1" 302 0
⟬a:49.181.22.140⟭ - - [23/Feb/2026:02:05:40 +0000] "GET /rktermin/extern/appointment_showMonth.do?email=⟬m:nastoihut.kuikkalampi%40gmail.com⟭ HTTP/1.1" 200 8812

Die Adresse 185.220.101.47 ist ein bekannter Tor-Exit-Knoten (keine Person, geblockt). Die zweite Zeile betrifft eine
echte Antragstellerin (⟬n:Nastoihut Kuikkalampi⟭), deren Termin APT-20477290 bestehen bleibt.
Maßnahme: Rate-Limit 5/min pro IP, Captcha-Lebensdauer 120 s. Server 203.0.113.41 unverändert.`,
  },
  {
    lang: 'de',
    kind: 'Schriftverkehr Staatsangehörigkeitsfeststellung Anwaltsschreiben',
    source: `Rechtsanwältin ⟬n:Ciaterinela Pescostaor⟭
Fachanwältin für Migrationsrecht · Theatinerstraße 14, 80333 München

An das Bundesverwaltungsamt – Staatsangehörigkeitsangelegenheiten – über die Deutsche Botschaft Bangkok

Mein Mandant: ⟬n:Kwabenaduah Owusuansahwa⟭, geb. ⟬b:05.05.1998⟭ in Kumasi
Wohnhaft: ⟬h:301/7 Sukhumvit Soi 23, Bangkok 10110⟭
Ihr Zeichen: KA-29940/25

Sehr geehrte Damen und Herren,

mein Mandant stammt aus der Verbindung seiner ghanaischen Mutter mit dem deutschen Staatsangehörigen
⟬n:Piereto Irsaraes⟭ (geb. ⟬b:17.08.1960⟭). Die Vaterschaft wurde 1999 anerkannt. Ich beantrage die Feststellung der
deutschen Staatsangehörigkeit (Antrag F) und bitte um Akteneinsicht.

Mit freundlichen Grüßen
⟬n:Pescostaor⟭, Rechtsanwältin`,
  },
  {
    lang: 'de',
    kind: 'Kassenbuch CSV Konsularkasse Tagesabschluss',
    source: `Datum;Beleg;Amtshandlung;Gebührenschuldner;Betrag EUR;Zahlart
2026-03-02;0871;Reiseausweis;⟬n:Urkizubeltza, Haizeaxka⟭;60,00;bar
2026-03-02;0872;Reisepass;⟬n:Ardzinbaqua, Gundalash⟭;96,00;Karte
2026-03-02;0873;Beglaubigung;⟬n:Lakobaapsh, Nanuliapa⟭;25,00;Karte
2026-03-02;0874;Lebensbescheinigung;⟬n:Chachbalar, Astandaa⟭;0,00;gebührenfrei
2026-03-02;0875;Visum (nationales);⟬n:Mbuyamputu, Bolingoya⟭;75,00;Karte
Summe;;;;256,00;
Kassenführer: ⟬n:Kostnerjoch⟭ · gegengezeichnet ⟬n:Demetzaor⟭`,
  },
  {
    lang: 'de',
    kind: 'Messenger Familie Passantrag Kind',
    source: `⟬n:Emineyar⟭: hast du den Pass von ⟬n:Zeinabkhal⟭ schon verlängert? Der läuft im Mai ab
⟬n:Suleymanar⟭: Termin ist am 8. April in Wien bei der Botschaft, ich brauch noch die Zustimmung von dir unterschrieben
⟬n:Emineyar⟭: ok schick mir das Formular, ich bin bis Sonntag in Graz
⟬n:Suleymanar⟭: die wollen auch ihre alte Passnummer, steht hinten auf der Kopie: ⟬r:⟭
⟬n:Emineyar⟭: und geburtsdatum ⟬b:12.05.2014⟭, nicht vergessen 😅
⟬n:Suleymanar⟭: weiß ich doch 🙄`,
  },
  {
    lang: 'de',
    kind: 'Rundschreiben Konsularsprechtage ohne Personenbezug',
    source: `Rundschreiben an die Deutschen im Amtsbezirk – Konsularsprechtage 2026

Die Deutsche Botschaft Canberra bietet auch 2026 Konsularsprechtage außerhalb der Hauptstadt an:
- Perth: 12.–13. Mai 2026, Honorarkonsulat, Termine ab 01.04. über das Terminportal
- Brisbane: 09.–10. Juni 2026
- Hobart: 15. September 2026 (nur Pass- und Ausweisanträge, keine Beglaubigungen)

Bitte buchen Sie einen Termin pro Person; Kinder benötigen einen eigenen Termin. Mobile Erfassungsgeräte stehen
nur begrenzt zur Verfügung. Gebühren sind ausschließlich mit Karte zahlbar.

Rückfragen: rk-10@canberra-diplo.example, Tel. +61 2 6270 1911 (Mo–Fr 09:00–12:00 Uhr).
Ihr Rechts- und Konsularreferat`,
  },
  {
    lang: 'de',
    kind: 'Dienstanweisung HAR-Dateien anonymisieren ohne Personenbezug',
    source: `Dienstanweisung IT-Betreuung Terminportale (Stand 02/2026)

1. HAR-Dateien von Antragstellenden nur über das Ticket-System annehmen, nie per privater E-Mail.
2. Vor der Weitergabe an den Dienstleister: in "postData.text" und "queryString" alle Formularwerte ersetzen,
   auch URL-kodierte (%40 statt @, + statt Leerzeichen). Cookies (JSESSIONID) und Authorization-Header löschen.
3. Base64-kodierte Antworten ("encoding": "base64") vorher dekodieren und prüfen.
4. Server-Adressen der Portale (203.0.113.41, 198.51.100.17) dürfen stehen bleiben.
5. Löschfrist: 30 Tage nach Ticketschluss.

Ansprechpartner: Referat 1-IT-Konsular, it-konsular@auswaertiges-dienst.example`,
  },
  {
    lang: 'de',
    kind: 'Gebührenübersicht Aushang ohne Personenbezug',
    source: `GEBÜHREN – RECHTS- UND KONSULARREFERAT (Stand 01.01.2026)

Reisepass (ab 24 Jahre)                    81,00 EUR
Reisepass (unter 24 Jahre)                 57,50 EUR
Expressreisepass                          113,00 EUR
Vorläufiger Reisepass                      56,00 EUR
Reiseausweis als Passersatz                60,00 EUR
Personalausweis (ab 24 Jahre)              68,00 EUR
Unterschriftsbeglaubigung                  25,00 EUR
Lebensbescheinigung                      gebührenfrei

Zahlung nur mit Karte. Kein Bargeld. Keine Schecks.
Bankverbindung für Überweisungen: Bundeskasse, DE66 5001 0517 0000 1447 01`,
  },
  {
    lang: 'de',
    kind: 'Telefonnotiz Konsularabteilung handschriftlich abgetippt',
    source: `telefonnotiz 17.2. 10:40 – rückruf an frau ⟬n:bulamaram⟭ wg. pass ihres sohnes
sohn ⟬n:Bukardami⟭ (13), mutter allein sorgeberechtigt? beschluss familiengericht mitbringen
ihre nr ⟬t:+61 412 903 551⟭, nicht vor 9 uhr anrufen
termin APT-20490118 bleibt, gebühr 37,50
– ⟬n:Ustinela⟭`,
  },
  {
    lang: 'de',
    kind: 'Antrag Beibehaltungsgenehmigung Auszug',
    source: `Antrag auf Beibehaltungsgenehmigung (§ 25 Abs. 2 StAG) – Antrag BB
eingereicht über: Deutsche Botschaft Bangkok, Rechts- und Konsularreferat

A. Angaben zur Person
Name: ⟬n:Lacsamanaan⟭          Vornamen: ⟬n:Guadalupena⟭
Geburtsdatum: ⟬b:22.10.1976⟭   Geburtsort: Angeles City
Wohnort: ⟬h:76/2 Sukhumvit Soi 11, Bangkok 10110⟭
Telefon: ⟬t:+66 81 227 9045⟭
Rentenversicherungsnummer (falls vorhanden): ⟬s:22101976 Lacsamanaan f⟭
Steuerliche Identifikationsnummer: ⟬x:⟭

B. Grund: beabsichtigte Einbürgerung in Thailand wegen Grunderwerb; fortbestehende Bindungen an Deutschland
(Mutter in Pflegeheim in Trier, Rentenanwartschaften).

Eingang Botschaft: 29.01.2026, Vorgang KA-30388/26`,
  },
  {
    lang: 'de',
    kind: 'Copy as fetch im Chat Entwickler Zahlung Visumgebühr',
    source: `[#portal-dev] ⟬n:Tlacuilotzin⟭ 11:02
kann jemand nachvollziehen warum die Zahlung hängt? Nutzerin hat uns (mit Einverständnis) das hier aus den DevTools geschickt:
\`\`\`
fetch("https://pay.visa-portal.example/checkout", {
  "headers": { "content-type": "application/x-www-form-urlencoded" },
  "body": "holder=⟬n:Xochitlmeyal+Cuetlachtzin⟭&pan=⟬c:⟭&exp=08%2F29&amount=75.00&ref=VIS-2026-120093",
  "method": "POST"
});
\`\`\`
[#portal-dev] ⟬n:Ocelotlatzin⟭ 11:05
PAN im Klartext im Chat 🙈 bitte löschen. Der Acquirer lehnt mit 05 ab, nicht unser Fehler. Ich schreib ihr.`,
  },
  {
    lang: 'de',
    kind: 'Vermerk Kindesentführung Sorgerecht Botschaft',
    source: `Vermerk (Kindschaftssachen), Deutsche Botschaft Canberra, 02.03.2026

Die Mutter ⟬n:Patimatgaji Gamzatovkhan⟭ (⟬t:+61 423 118 064⟭) teilt mit, dass der Vater ⟬n:Shamilbeg Nurmagomedil⟭
mit dem gemeinsamen Kind ⟬n:Aminatkhan⟭ (geb. ⟬b:28.06.2019⟭) nach Deutschland ausreisen will. Gemeinsames Sorgerecht.
Passantrag für das Kind liegt vor (APT-20502264); Ausstellung wird bis zur Klärung zurückgestellt.
Hinweis an Mutter: Bundesamt für Justiz (HKÜ), Family Court of Australia.
gez. ⟬n:Pitscheiderbach⟭`,
  },
  {
    lang: 'de',
    kind: 'Einladungsschreiben Verpflichtungserklärung Besuch',
    source: `Einladung

Ich, ⟬n:Akosuaserwaa Boatengkyei⟭, wohnhaft ⟬h:Hamburger Straße 88, 38114 Braunschweig⟭, Tel. ⟬t:0531 2884107⟭,
lade meine Schwester ⟬n:Abenaamponsah Boatengkyei⟭, geb. ⟬b:11.01.1990⟭, wohnhaft in Kumasi, für die Zeit vom
01.07. bis 15.08.2026 zu mir nach Braunschweig ein. Eine förmliche Verpflichtungserklärung (Ausländerbehörde
Braunschweig, Nr. 2026/VE/0917) liegt bei.

Braunschweig, 05.03.2026
⟬n:Akosuaserwaa Boatengkyei⟭`,
  },
  {
    lang: 'de',
    kind: 'Beschwerde E-Mail Terminmangel Visastelle',
    source: `Von: ⟬n:Mugishajuste Bizimunguzi⟭ <⟬m:mugisha.bizimunguzi@outlook.de⟭>
An: visa@canberra-diplo.example
Betreff: Seit 6 Wochen kein Termin frei!!!

Sehr geehrte Damen und Herren,

seit Anfang Februar versuche ich täglich, einen Termin für das Visum meiner Verlobten ⟬n:Uwimanaliza Nsengiyumvawe⟭
zu buchen. Immer „Derzeit sind keine Termine verfügbar“. Auf der Warteliste stehe ich seit 12.02. (Nr. VIS-2026-109951).
Ich habe Screenshots und auch eine HAR-Datei, die zeigt, dass das Portal nur leere Listen ("slots":[]) liefert.

Bitte rufen Sie mich an: ⟬t:0160 77312045⟭.

⟬n:Mugishajuste Bizimunguzi⟭
⟬h:Wilhelmstraße 41, 65183 Wiesbaden⟭`,
  },
];
