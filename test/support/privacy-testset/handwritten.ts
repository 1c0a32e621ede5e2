/**
 * Hand-written documents of the held-out test set, in the layouts people really send: letters,
 * threads with quoted replies and signatures, chat logs, CSV exports, forms, tickets. Markup (see
 * markup.ts): [[P:…]] person, [[E:…]] e-mail, [[T:…]] phone, [[DOB:…]] date of birth,
 * [[ADDR:…]] postal address, [[IP:…]]; [[IBAN]], [[TAX]], [[SV]], [[ID]], [[PASS]], [[CARD]] are
 * filled with valid generated values; {{CRED}}, {{TRACK}}, {{ART}}, {{INV}}, {{TS}} are unlabelled look-alikes.
 * Documents the detectors' developers have not seen: never tune on them.
 */
export interface HandDocument {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

export const HAND_DOCUMENTS: HandDocument[] = [
  {
    lang: 'de',
    kind: 'letter',
    source: `Nordlicht Logistik GmbH · Speicherstadt 4 · 20457 Hamburg

[[P:Emine Yılmaz]]
[[ADDR:Kastanienweg 7
50823 Köln]]

Hamburg, 14.03.2026

Ihre Reklamation vom 02.03.2026 – Sendung {{TRACK}}

Sehr geehrte Frau [[P:Yılmaz]],

wir bedauern die Verzögerung. Die Gutschrift über 48,90 EUR geht auf Ihr Konto [[IBAN]].

Mit freundlichen Grüßen

[[P:Gunnar Brinkmann]]
Kundenservice`,
  },
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Von: [[P:Kadir Arslan]] <[[E:k.arslan@mail.vertrieb.nordlicht-logistik.de]]>
Gesendet: Dienstag, 10. Februar 2026 08:41
An: Einkauf
Betreff: AW: Angebot {{INV}}

Hallo zusammen,

passt so, bitte bestellen.

Viele Grüße
[[P:Kadir]]

-----Ursprüngliche Nachricht-----
Von: [[P:Wiebke Hoffmeister]]
Gesendet: Montag, 9. Februar 2026 17:02
Betreff: Angebot {{INV}}

Hallo [[P:Kadir]],
anbei das Angebot für Art.-Nr. {{ART}}. Rückfragen gern unter [[T:040 3861 2290]].

Beste Grüße
[[P:Wiebke]]`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `From: [[P:Chiamaka Eze]] <[[E:chiamaka.eze@corp.mail.meridian-health.com]]>
Sent: 3 March 2026 09:15
To: Facilities
Subject: RE: badge for new starter

Thanks! Badge name should read "[[P:Oluwaseun Adeyemi]]", he starts Monday.

Best,
[[P:Chiamaka]]

> On 2 Mar 2026, at 16:40, [[P:Rupert Whitaker]] wrote:
> Can you send me the name for the badge? Part no. {{ART}} is on order.
> Cheers, [[P:Rupert]]`,
  },
  {
    lang: 'de',
    kind: 'chat',
    source: `[09:12] [[P:Jana]]: Morgen! Hat jemand die Nummer von Herrn [[P:Tehrani]]?
[09:13] [[P:Dariush]]: ich bin's doch 😄 [[T:0176 4481 9023]]
[09:13] [[P:Jana]]: ah sorry, danke!
[09:15] [[P:Songül]]: Lieferung {{TRACK}} ist übrigens da
[09:16] [[P:Dariush]]: 👍`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `[[P:Thanh]] 10:02
hey, can you check why [[P:Meiling Zhou]] can't log in? last attempt from [[IP:91.64.203.17]]

[[P:Rohan]] 10:05
looking. her account was locked at {{TS}}

[[P:Thanh]] 10:06
thx [[P:Rohan]]`,
  },
  {
    lang: 'de',
    kind: 'csv',
    source: `Personalnummer;Name;Vorname;Geburtsdatum;Eintritt;Kostenstelle
100231;[[P:Öztürk]];[[P:Burak]];[[DOB:12.07.89]];01.04.2019;4100
100232;[[P:Nguyen]];[[P:Linh]];[[DOB:03.11.1994]];15.08.2021;4100
100245;[[P:Kowalczyk]];[[P:Zofia]];[[DOB:29.01.77]];01.02.2008;4210
100251;[[P:Papadopoulos]];[[P:Eleni]];[[DOB:17.06.2001]];01.09.2023;4300`,
  },
  {
    lang: 'en',
    kind: 'csv',
    source: `customer_id,full_name,email,phone,signup
C-88120,[[P:Priya Sharma]],[[E:priya.sharma@outlook.com]],[[T:+44 7911 123456]],2025-11-02
C-88121,[[P:Gonzalo Navarro]],[[E:g.navarro@eng.berlin.quarrylane.io]],[[T:+1 503 555 0188]],2025-11-02
C-88122,"[[P:Okonkwo, Ngozi]]",[[E:okonkwo77@gmx.net]],[[T:0161 496 0732]],2025-11-03`,
  },
  {
    lang: 'de',
    kind: 'hr-form',
    source: `PERSONALFRAGEBOGEN

Familienname: [[P:Karagiannis]]
Vorname(n): [[P:Konstantinos]]
Geb.-Datum: [[DOB:04.09.1986]]
Anschrift: [[ADDR:Lindenallee 22, 10247 Berlin]]
Steuerliche Identifikationsnummer: [[TAX3]]
Rentenversicherungsnr.: [[SV]]
Bankverbindung (IBAN): [[IBAN]]
Konfession: keine
Eintritt: 01.05.2026`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    source: `EMPLOYEE ONBOARDING – CONFIRMATION

Full name: [[P:Harriet Ashworth]]
Preferred name: [[P:Hattie]]
DOB: [[DOB:14/02/91]]
Home address: [[ADDR:48 Carlton Road
Leeds LS6 2QD]]
Personal email: [[E:hattie.ashworth@posteo.de]]
Mobile: [[T:+44 7931 204 776]]
Line manager: [[P:Declan Holloway]]
Start date: 6 April 2026`,
  },
  {
    lang: 'de',
    kind: 'patient-form',
    source: `Klinik am See – Aufnahmebogen Ambulanz

Patient/in: [[P:Gülşen Doğan]]
geb. [[DOB:23.5.62]]
Versichertennr.: A123456780
Wohnort: [[ADDR:Am Mühlbach 3
80469 München]]
Angehörige/r: [[P:Serkan Doğan]] (Sohn), Tel. [[T:0151 2370 8841]]
Aufnahme: 14.03.2026, 07:40 Uhr
Überweisung durch: Dr. med. [[P:Imke Vogelsang]]`,
  },
  {
    lang: 'en',
    kind: 'patient-form',
    source: `MERIDIAN HEALTH PARTNERS — INTAKE

Patient: [[P:Nasrin Karimi]]          MRN: 00418823
Date of birth: the [[DOB:3rd of March 1985]]
Address: [[ADDR:2210 Lakeview Drive
Madison, WI 53703]]
Emergency contact: [[P:Babak Karimi]], [[T:(608) 555-0147]]
Visit: 2026-03-11 10:30
Referring physician: Dr. [[P:Alistair Pemberton]]`,
  },
  {
    lang: 'de',
    kind: 'ticket',
    source: `Ticket #48213 – VPN-Zugang gesperrt
Erstellt: {{TS}}
Melder: [[P:Radosław Szymański]]
Zuständig: IT-Servicedesk
Priorität: hoch

Beschreibung:
Seit heute früh kein Login möglich. Letzter Versuch von [[IP:84.191.32.208]].
Rückruf bitte an [[T:+49 89 413 22 07]].

Kommentar (bearbeitet von [[P:Frauke Hartwig]]): Konto entsperrt, Kennwort zurückgesetzt.`,
  },
  {
    lang: 'en',
    kind: 'ticket',
    source: `[SUP-2291] Refund request
Reporter: [[P:Amélie Laurent]]
Assignee: [[P:Callum Thornton]]
Created: {{TS}}

Customer says card [[CARD]] was charged twice for invoice {{INV}}.
Taken by [[P:Callum]] – refund approved by [[P:Gwendolyn Fairbanks]].`,
  },
  {
    lang: 'de',
    kind: 'letter',
    source: `Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Vertrag {{INV}} zum nächstmöglichen Termin.

Name: [[P:Wiśniewski, Łukasz]]
Anschrift: [[ADDR:Rosenstr. 9a, 04109 Leipzig]]
Geboren am [[DOB:achtzehnten Juli 1979]]

Bitte bestätigen Sie die Kündigung schriftlich.

Leipzig, den 02.03.2026
[[P:Łukasz Wiśniewski]]`,
  },
  {
    lang: 'en',
    kind: 'letter',
    source: `Quarry Lane Software Ltd
Unit 5, Harbour Business Park, Bristol BS1 6QA

Mr [[P:Tiago Carvalho]]
[[ADDR:17 Elm Grove
Bristol BS7 8HU]]

12 March 2026

Dear [[P:Tiago]],

Further to our conversation, I am pleased to confirm your salary review. Payments will continue to account [[IBAN]].

Yours sincerely,

[[P:Philippa Cartwright]]
Head of People`,
  },
  {
    lang: 'de',
    kind: 'email',
    source: `Betreff: Ausweiskopie für Kontoeröffnung

Hallo Frau [[P:Bianchi]],

anbei wie besprochen die Daten:
Personalausweisnummer: [[ID]]
Reisepass (falls benötigt): [[PASS]]
gültig bis 11/2031

Danke und viele Grüße
[[P:Rosalba Bianchi]]
[[T:0157 3342 1098]]`,
  },
  {
    lang: 'en',
    kind: 'email',
    source: `Hi [[P:Minjun]],

quick one: the new laptop for [[P:Seoyeon Park]] ships with tracking {{TRACK}}, part {{ART}}.
She'll be working from home at [[ADDR:731 Maple Avenue, Portland, OR 97214]] for the first week.

cheers
[[P:Jiho]]`,
  },
  {
    lang: 'de',
    kind: 'minutes',
    source: `Protokoll Teamrunde 11.03.2026
Anwesend: [[P:Salvatore Esposito]], [[P:Mahsa Jafari]], [[P:Hauke Wendland]], [[P:Duc Pham]]
Entschuldigt: [[P:Ewelina Zielińska]]

1. Lieferverzug Art.-Nr. {{ART}}: [[P:Hauke]] klärt mit dem Lieferanten.
2. Urlaubsplanung: [[P:Mahsa]] ist vom 30.03. bis 10.04. abwesend.
3. Nächster Termin: 25.03.2026, 10:00 Uhr, Raum Mainz

Protokoll: [[P:Duc Pham]]`,
  },
  {
    lang: 'en',
    kind: 'minutes',
    source: `Weekly sync — 11 March 2026
Attendees: [[P:Vikram Iyer]], [[P:Rosalind Blackwood]], [[P:Obinna Nwosu]]
Apologies: [[P:Margaux Girard]]

Actions
- [[P:Obinna]] to chase PO {{INV}} with supplier
- [[P:Rosalind]] to send the London agenda by Friday
- Next meeting: 18 March 2026, 14:00`,
  },
  {
    lang: 'de',
    kind: 'invoice',
    source: `Rechnung {{INV}}
Rechnungsdatum: 01.03.2026
Kundennummer: 4471009

Pos. Art.-Nr. Bezeichnung Menge Preis
1 {{ART}} Kältemittelventil 2 118,40
2 {{ART}} Dichtungssatz 4 12,95

Zahlbar bis 15.03.2026. Gläubiger-ID: {{CRED}}, Mandatsreferenz M-2026-0042.
Sendungsnummer: {{TRACK}}`,
  },
  {
    lang: 'en',
    kind: 'invoice',
    source: `INVOICE {{INV}}
Date: 1 March 2026
Order number: {{INV}}

Item {{ART}} – replacement filter x3 – GBP 74.85
Shipping via tracking {{TRACK}}

Dear Sir or Madam, please pay within 30 days.
Generated {{TS}}`,
  },
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Hallo [[P:Tuğba]],

danke dir! Ich schicke die Unterlagen morgen.

LG [[P:Agata]]

Am 12.03.2026 um 18:22 schrieb [[P:Tuğba Kılıç]] <[[E:tugba.kilic@students.uni-kiel.de]]>:
> Hi [[P:Agata]],
> kannst du mir deine Steuer-ID schicken? Brauche die für die Lohnabrechnung.
> Gruß, [[P:Tuğba]]

Meine Steuer-ID: [[TAX3]]`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `[14:03] [[P:Yetunde]]: who's covering reception tomorrow?
[14:04] [[P:Barnaby]]: me until 12, then [[P:Khaled]]
[14:04] [[P:Yetunde]]: great. [[P:Khaled]] pls call Mrs [[P:Hamdan]] back on [[T:+44 20 7946 0321]]
[14:06] [[P:Khaled]]: will do`,
  },
  {
    lang: 'de',
    kind: 'form',
    source: `Anmeldung Ferienbetreuung 2026

Kind: [[P:Leonor Silva]]
Geburtsdatum des Kindes: [[DOB:07.08.2016]]
Erziehungsberechtigte/r: [[P:Inês Silva]]
Anschrift: [[ADDR:Gartenstraße 41, 65183 Wiesbaden]]
Telefon tagsüber: [[T:0611 / 734512]]
E-Mail: [[E:ines.silva@gmx.net]]
Allergien: keine`,
  },
  {
    lang: 'en',
    kind: 'form',
    source: `Visitor log — Reception, Building B

Visitor name: [[P:Zhiwei Chen]]
Company: Brightwater Analytics Ltd
Host: [[P:Imogen Hargreaves]]
Arrived: 09:12   Left: 11:47
Badge no.: V-0412
Car registration: not provided`,
  },
  {
    lang: 'de',
    kind: 'letter',
    source: `Kessler & Vogt Steuerberatung · Postfach 10 22 33 · 70176 Stuttgart

Herrn
[[P:Arash Farahani]]
[[ADDR:Friedrich-Ebert-Straße 118
70176 Stuttgart]]

Stuttgart, 27. Februar 2026

Einkommensteuererklärung 2025

Sehr geehrter Herr [[P:Farahani]],

für die Erklärung benötigen wir noch Ihre Steuer-ID ([[TAX]]) bestätigt sowie die Bescheinigung Ihrer Krankenkasse.

Freundliche Grüße

i. A. [[P:Gesine Pohlmann]]`,
  },
  {
    lang: 'en',
    kind: 'email',
    source: `Subject: Your booking {{INV}}

Dear Ms [[P:Nikolaidis]],

thank you for booking with Alpenblick Reisen GmbH. Passport number on file: [[PASS]].
Lead traveller: [[P:Athina Nikolaidis]], born [[DOB:9 Oct 1971]].

Kind regards
Alpenblick Reisen – Customer Care`,
  },
  {
    lang: 'de',
    kind: 'ticket',
    source: `Störungsmeldung 2026-0311-07
Gemeldet von: Filiale Hannover
Ansprechpartner: [[P:Eckhard Rademacher]]
Rückrufnummer: [[T:(0511) 448 920]]

Kassensystem startet nicht. Fehlermeldung um {{TS}}, Gerät SN {{ART}}.
Bearbeiter: [[P:Quang Tran]]`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `Re: contract renewal

Sounds good to me. Let's sign next week.

--
[[P:Gonçalo Pereira]]
Procurement Lead | Hansa Kältetechnik AG
m: [[T:+44 7812 330 914]]
e: [[E:goncalo.pereira@hr.eu.brightwater-analytics.co.uk]]

On Tue, Mar 10, 2026 at 4:12 PM [[P:Ignacio Ortega]] <[[E:i.ortega@outlook.com]]> wrote:
> Hi [[P:Gonçalo]], attached the renewal for order {{INV}}. Let me know.
> [[P:Ignacio]]`,
  },
  {
    lang: 'de',
    kind: 'csv',
    source: `"Teilnehmer","E-Mail","Workshop","Datum"
"[[P:Hoang, Mai]]","[[E:mai.hoang@stud.informatik.tu-dresden.de]]","Datenschutz Basics","2026-04-14"
"[[P:Lefèvre, Étienne]]","[[E:lefevre12@posteo.de]]","Datenschutz Basics","2026-04-14"
"[[P:Al-Sayed, Rania]]","[[E:rania_a@gmx.net]]","Excel für Fortgeschrittene","2026-04-21"`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    source: `LEAVE REQUEST

Employee: [[P:Deepika Menon]]
Employee ID: 20417
Type: annual leave
From: 2026-04-06  To: 2026-04-17
Approved by: [[P:Rupert Whitaker]]
Cover: [[P:Eunji Cho]]`,
  },
  {
    lang: 'de',
    kind: 'email',
    source: `Hallo Team,

kurze Info: [[P:Gennaro]] ist ab Montag wieder da. Bitte Anfragen zu Bestellung {{INV}} an ihn.

Liebe Kolleginnen und Kollegen, denkt bitte an die Abgabe der Reisekosten bis 31.03.

Viele Grüße
[[P:Roswitha]]`,
  },
  {
    lang: 'en',
    kind: 'letter',
    source: `Dear Sir or Madam,

I am writing to dispute a charge on my credit card [[CARD]] dated 14 February 2026.

Name: [[P:Vu, Khanh]]
Address: [[ADDR:88 Victoria Street, London SE15 4NP]]
Phone: [[T:020 7946 0813]]

Yours faithfully,
[[P:Khanh Vu]]`,
  },
  {
    lang: 'de',
    kind: 'patient-form',
    source: `Arztbrief (Auszug)

Sehr geehrte Frau Kollegin,

wir berichten über unseren gemeinsamen Patienten Herrn [[P:Volkan Erdem]], * [[DOB:02.12.58]], wohnhaft [[ADDR:Bahnhofstraße 5, 44137 Dortmund]], der sich vom 02.03. bis 06.03.2026 in unserer stationären Behandlung befand.

Mit kollegialen Grüßen
Dr. [[P:Ortwin Seidel]]
Oberarzt`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `[[P:Kavita Reddy]], 08:55: morning all
[[P:Rahul Gupta]], 08:56: morning! is the Leeds call still on?
[[P:Kavita Reddy]], 08:57: yes 10am, dial-in sent by [[P:Alistair]]`,
  },
  {
    lang: 'de',
    kind: 'form',
    source: `SEPA-Lastschriftmandat
Gläubiger-Identifikationsnummer: {{CRED}}
Mandatsreferenz: 2026-0388

Kontoinhaber: [[P:Beatriz Almeida]]
Anschrift: [[ADDR:Im Wiesengrund 12, 01067 Dresden]]
IBAN: [[IBAN]]

Dresden, 01.03.2026    Unterschrift: [[P:B. Almeida]]`,
  },
  {
    lang: 'en',
    kind: 'ticket',
    source: `Incident INC0041177
Opened: {{TS}}
Caller: [[P:Nabil Mansour]] ([[E:n.mansour@corp.mail.meridian-health.com]])
Affected host: 10.20.4.17 (internal print server)

Users at the Hannover site cannot print. Caller's laptop public IP [[IP:217.88.140.6]].
Resolved by [[P:Xinyi Lin]].`,
  },
  {
    lang: 'de',
    kind: 'chat',
    source: `[[P:Frauke]] 11:04
wer hat den Schlüssel für Raum Mainz?

[[P:Eckhard]] 11:06
Frau [[P:Kamińska]] hatte ihn zuletzt

[[P:Frauke]] 11:06
danke!`,
  },
  {
    lang: 'en',
    kind: 'csv',
    source: `ticket,opened_at,owner,status
T-1182,{{TS}},[[P:Dimitrios Alexiou]],open
T-1183,{{TS}},[[P:Solène Mercier]],closed
T-1184,{{TS}},[[P:Emeka Chukwu]],open
T-1185,{{TS}},[[P:Hayoon Kang]],waiting`,
  },
  {
    lang: 'de',
    kind: 'letter',
    source: `Sehr geehrte Frau [[P:Dąbrowska]],

Ihre Bewerbung als Sachbearbeiterin hat uns gefreut. Wir laden Sie am 20.03.2026 um 10:00 Uhr in unser Büro in Frankfurt am Main ein.

Bitte bringen Sie Ihren Personalausweis mit.

Mit freundlichen Grüßen
Personalabteilung`,
  },
  {
    lang: 'en',
    kind: 'email',
    source: `Hey [[P:Chukwudi]],

welcome aboard! Your login is ready. For payroll we still need your German tax ID and social security number — please reply with them or bring them on day one.

Best,
[[P:Harriet]]
People Team`,
  },
  {
    lang: 'de',
    kind: 'email',
    source: `Sehr geehrte Damen und Herren,

anbei meine Daten für die Lohnabrechnung:
Steuer-ID [[TAX]]
SV-Nummer [[SV]]
Konto [[IBAN]]

Freundliche Grüße
[[P:Hüseyin]]`,
  },
  {
    lang: 'en',
    kind: 'form',
    source: `Membership application — Riverside Rowing Club

Surname: [[P:Ogunleye]]
Given name(s): [[P:Funmilayo]]
Born: [[DOB:June 4, 1998]]
Address: [[ADDR:61 Mill Lane
Manchester M14 5RT]]
Email: [[E:funmi.ogunleye@outlook.com]]
Payment: card [[CARD]]`,
  },
  {
    lang: 'de',
    kind: 'minutes',
    source: `Übergabeprotokoll Fahrzeug HH-NL 4471

Übergeben von: [[P:Gülşen Çelik]]
Übernommen von: [[P:Thibault Moreau]]
Datum/Uhrzeit: 09.03.2026 / 16:30
Kilometerstand: 48.211
Mängel: Kratzer Heckklappe

Hamburg, 09.03.2026`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `Hi both,

adding [[P:Jung Sungmin]] from our Seoul office.

Regards,
[[P:Alejandra Romero]]

________________________________
From: [[P:Kim Yuna]] <[[E:yuna.kim@eng.berlin.quarrylane.io]]>
Sent: Monday, March 9, 2026 2:11 AM
To: [[P:Alejandra Romero]]
Subject: shipping labels

[[P:Alejandra]], the labels for tracking {{TRACK}} are wrong — can you check?`,
  },
  {
    lang: 'de',
    kind: 'ticket',
    source: `Betreff: Adressänderung Kundennummer 7733019

Guten Tag,

bitte ändern Sie meine Anschrift ab dem 01.04.2026 auf:
[[ADDR:Ludwigsplatz 2
90402 Nürnberg]]

Alte Anschrift: [[ADDR:Schillerstr. 31, 90402 Nürnberg]]

Danke!
[[P:Margaux Fontaine]]`,
  },
  {
    lang: 'en',
    kind: 'letter',
    source: `To whom it may concern,

This is to certify that Ms. [[P:Lakshmi Krishnan]], date of birth [[DOB:11/23/88]], has been employed by Brightwater Analytics Ltd since 1 September 2019 as a data engineer.

Signed,
[[P:Callum Thornton]]
HR Manager, Bristol, 2 March 2026`,
  },
  {
    lang: 'de',
    kind: 'chat',
    source: `Nachricht von [[P:Dalia]] (08:31): Guten Morgen, ich bin heute krank 🤒
Nachricht von [[P:Gunnar]] (08:40): gute Besserung! Ich sag Herrn [[P:Brinkmann]] Bescheid
Nachricht von [[P:Dalia]] (08:41): danke 🙏`,
  },
  {
    lang: 'en',
    kind: 'patient-form',
    source: `Prescription refill request
Patient name: [[P:Fernández, Rocío]]
DOB: [[DOB:02/09/67]]
Pharmacy: Springfield Central
Callback: [[T:(217) 555-0193]]
Medication: as before, 90 days`,
  },
  {
    lang: 'de',
    kind: 'hr-form',
    source: `Reisekostenabrechnung März 2026
Mitarbeiter/in: [[P:Shin Taeyang]]
Reiseziel: Düsseldorf
Abfahrt: 04.03.2026 06:50  Rückkehr: 05.03.2026 21:10
Kartenzahlung Hotel: [[CARD]]
Genehmigt: [[P:Kleinschmidt]] (Abteilungsleitung)`,
  },
  {
    lang: 'en',
    kind: 'email',
    source: `Hello,

our shipment left the warehouse on 14 March 2026. Tracking: {{TRACK}}. Order {{INV}}, 12 units of part {{ART}}.

Dear colleagues, please note the office in London is closed on Friday.

Customer Service`,
  },
  {
    lang: 'de',
    kind: 'form',
    source: `Mietinteressent/in
Name, Vorname: [[P:Rahimi, Parisa]]
geboren: [[DOB:14. April 1990]]
derzeitige Anschrift: [[ADDR:Auf der Höhe 8, 24103 Kiel]]
Telefon: [[T:0431 5528190]]
E-Mail: [[E:parisa.rahimi@posteo.de]]
Beruf: Architektin
Nettoeinkommen: 3.850 EUR`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `<[[P:spyros]]> anyone seen the build failing since {{TS}}?
<[[P:ilaria]]> yes, flaky test, I pinged [[P:Massimo]]
<[[P:spyros]]> ok thanks`,
  },
  {
    lang: 'de',
    kind: 'email-thread',
    source: `Gesendet von meinem iPhone

> Am 08.03.2026 um 21:14 schrieb [[P:Onur Koç]] <[[E:onur.koc@gmx.net]]>:
>
> Hallo [[P:Esra]], ich hole dich morgen um 8 ab. Adresse war [[ADDR:Hauptstraße 76, 28195 Bremen]], oder?
> [[P:Onur]]

Ja genau! Bis morgen, [[P:Esra]]`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    source: `Payroll change form
Employee: [[P:Georgios Makris]]
New bank account (IBAN): [[IBAN]]
Tax ID (Germany): [[TAX]]
Social security no.: [[SV]]
Effective: 1 April 2026
Reviewed by: [[P:Philippa Cartwright]]`,
  },
  {
    lang: 'de',
    kind: 'letter',
    source: `Vollmacht

Hiermit bevollmächtige ich, [[P:Wei Zhang]], geboren am [[DOB:dritten März 1985]], wohnhaft [[ADDR:Lindenallee 4, 20357 Hamburg]], Ausweis-Nr. [[ID]], Frau [[P:Xiaoling Wang]], meine Post bei der Filiale Hamburg abzuholen.

Hamburg, 10.03.2026
[[P:Wei Zhang]]`,
  },
  {
    lang: 'en',
    kind: 'ticket',
    source: `Bug #7731 — export drops umlauts
Reported by: [[P:Begoña Iglesias]]
Environment: v4.12.0, build {{ART}}
Steps: export CSV with "Größe" → shows "Gr?ße"
Owner: [[P:Duarte Sousa]]`,
  },
  {
    lang: 'de',
    kind: 'email',
    source: `Hi [[P:Tuan]],

hast du die Kreditkartenabrechnung schon? Die Karte endet auf 4471, Abbuchung am 15.03.2026.
Ich bin morgen in München.

Gruß
[[P:Trang]]`,
  },
  {
    lang: 'en',
    kind: 'email',
    source: `Dear Dr. [[P:Hosseini]],

thank you for reviewing the manuscript. Reviewer 2 ([[P:Farhad Sadeghi]]) asked for more data on the cohort born after 1990.

Best wishes,
[[P:Ananya Chatterjee]]
Editorial Office`,
  },
  {
    lang: 'de',
    kind: 'csv',
    source: `Datum;Uhrzeit;Ereignis;Benutzer;IP
2026-03-10;08:01:12;Login;[[P:Wendland, Hauke]];[[IP:93.211.14.87]]
2026-03-10;08:03:55;Export;[[P:Wendland, Hauke]];[[IP:93.211.14.87]]
2026-03-10;09:17:02;Login;[[P:Zielińska, Ewelina]];[[IP:2a02:8108:1dc0:3a1::7]]`,
  },
  {
    lang: 'en',
    kind: 'letter',
    source: `Dear Sir or Madam,

please find enclosed our quotation for 400 units of part {{ART}} (your ref. {{INV}}). Delivery from our Bristol plant within 14 days; SEPA creditor ID {{CRED}}.

Yours faithfully,
Hansa Kältetechnik AG`,
  },
  {
    lang: 'de',
    kind: 'ticket',
    source: `Paket nicht angekommen

Sendungsnummer {{TRACK}}, Bestellung {{INV}} vom 01.03.2026.
Lieferadresse: [[P:Yusuf Aydın]], [[ADDR:Gartenstraße 12, 10247 Berlin]]
Bitte um Rückmeldung an [[E:yusuf.aydin@mail.vertrieb.nordlicht-logistik.de]].`,
  },
  {
    lang: 'en',
    kind: 'form',
    source: `Conference registration
Name on badge: [[P:Obinna]]
Full name: [[P:Obinna Abiodun]]
Dietary: vegetarian
Passport no. (for visa letter): [[PASS]]
Date of birth: [[DOB:21 January 1993]]`,
  },
  {
    lang: 'de',
    kind: 'minutes',
    source: `Gesprächsnotiz 12.03.2026, 15:20
Anrufer: Herr [[P:Rashid Barakat]], Rückruf unter [[T:0160 9931 774]]
Anliegen: Rechnung {{INV}} doppelt bezahlt, bittet um Erstattung auf [[IBAN]].
Aufgenommen von [[P:Imke]]`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `[10:41] [[P:Gwendolyn]]: did [[P:Nguyen]] send the Q1 figures?
[10:42] [[P:Declan]]: yes, in the shared drive
[10:42] [[P:Gwendolyn]]: perfect, forwarding to Ms [[P:Oliveira]]`,
  },
  {
    lang: 'de',
    kind: 'form',
    source: `Schadensmeldung Kfz
Versicherungsnehmer: [[P:Bruno Ricci]]
Geburtsdatum: [[DOB:19.9.75]]
Anschrift: [[ADDR:Kastanienweg 15, 50823 Köln]]
Unfallort: Köln, Aachener Str. / Innere Kanalstraße
Unfalltag: 06.03.2026, ca. 17:45 Uhr
Unfallgegner: [[P:Pham Thi Huong]], Tel. [[T:0172 6620 3398]]`,
  },
  {
    lang: 'en',
    kind: 'email',
    source: `Subject: Reference for [[P:Nerea]]

Hi,

happy to recommend [[P:Nerea Delgado]] — she worked with me for three years.

Regards,
[[P:Barnaby Thornton]]
[[T:+44 113 296 0412]]
[[ADDR:14 Park Crescent, Leeds LS6 2QD]]`,
  },
  {
    lang: 'de',
    kind: 'email',
    source: `Sehr geehrte Damen und Herren,

Ihre Sendung {{TRACK}} wurde heute zugestellt. Bestellnummer {{INV}}, Rechnungsnummer {{INV}}.
Fragen beantwortet unser Kundenservice montags bis freitags von 8 bis 18 Uhr.

Ihr Team von Nordlicht Logistik GmbH
Hamburg, 12.03.2026`,
  },
  {
    lang: 'en',
    kind: 'notice',
    source: `Dear colleagues,

the server maintenance window starts {{TS}} and ends {{TS}}. Build {{ART}} will be deployed to the Frankfurt am Main and London clusters.

Bristol, 9 March 2026`,
  },
  {
    lang: 'de',
    kind: 'form',
    source: `Lastschrift-Vorabankündigung (Pre-Notification)
Gläubiger-Identifikationsnummer: {{CRED}}
Mandatsreferenz: KD-4471009-01
Betrag: 89,00 EUR, Fälligkeit: 01.04.2026
Verwendungszweck: Rechnung {{INV}}

Liebe Kolleginnen und Kollegen, bitte prüfen Sie den Lastschriftlauf bis 28.03.2026.`,
  },
  {
    lang: 'en',
    kind: 'csv',
    source: `sku,description,qty,unit_price,updated_at
{{ART}},Hex bolt M8x40,500,0.12,{{TS}}
{{ART}},Washer DIN 125 M8,1000,0.03,{{TS}}
{{ART}},Cable tie 200mm,250,0.05,{{TS}}`,
  },
  {
    lang: 'de',
    kind: 'ticket',
    source: `Ticket #48377 – Drucker Etage 3 defekt
Erstellt: {{TS}}
Standort: Düsseldorf, Raum 3.14
Gerät: Seriennummer {{ART}}, Ersatzteil {{ART}} bestellt (Bestellung {{INV}}).
Status: wartet auf Lieferung, Sendung {{TRACK}}`,
  },
  {
    lang: 'en',
    kind: 'letter',
    source: `Dear Sir or Madam,

we acknowledge receipt of your payment for invoice {{INV}} dated 2 March 2026. Our SEPA creditor identifier is {{CRED}}.

Yours faithfully,
Accounts Receivable
Meridian Health Partners LLC, London, 4 March 2026`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `hey [[P:Eleni]], any news on the visa letter?

[[P:Imogen]]

> On Mon, 9 Mar 2026, [[P:Eleni Vlachou]] <[[E:eleni.vlachou@hr.eu.brightwater-analytics.co.uk]]> wrote:
> Hi Imogen, I'll need your passport number ([[PASS]]) and your date of birth ([[DOB:02.02.1990]]) once more.
> Thanks, [[P:Eleni]]`,
  },
  {
    lang: 'de',
    kind: 'chat',
    source: `[[P:Cem]] 08:02
Moin! Ist [[P:Nguyen]] schon da?

[[P:Hiba]] 08:05
ja, sitzt in Raum Kiel. Paket {{TRACK}} ist auch gekommen

[[P:Cem]] 08:05
super danke`,
  },
];
