import type { EntityType } from '../../nodes/core/privacy/entities.js';
import type { GoldEntity, LabelledText } from './privacy-corpus.js';

/**
 * The development set for the shapes business documents take (issue 9): hand-written letters,
 * threads, chats, CSV exports, forms and tickets, German and English, names of many cultures
 * (written by hand, not drawn from the detectors' name list or from faker). Labels are written
 * inline as [[TYPE|value]]; everything else, look-alikes included, must not be flagged.
 * The detectors were tuned on this set: its figures are development figures, not a test result.
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 2 labels removed.
 */
const DOCS: { lang: 'de' | 'en'; text: string }[] = [
  // Sign-offs after a closing line.
  { lang: 'de', text: 'Hallo zusammen,\nanbei das Protokoll.\n\nViele Grüße\n[[PERSON|Jana]]' },
  { lang: 'en', text: 'See the attached draft.\n\nBest,\n[[PERSON|Tom Okafor]]' },
  {
    lang: 'de',
    text: 'Bitte um Rückmeldung bis Freitag.\n\nMit freundlichen Grüßen\n\n[[PERSON|Ayşe Yılmaz]]\nTeamleitung Einkauf',
  },
  {
    lang: 'en',
    text: 'Thanks for the quick turnaround.\n\nKind regards,\n[[PERSON|Nguyen Thi Lan]] | Accounts Payable',
  },
  { lang: 'de', text: 'Die Unterlagen liegen im Sekretariat.\n\nBeste Grüße\ni.A. [[PERSON|Reza Hosseini]]' },
  { lang: 'en', text: 'Let me know if anything is missing.\n\nCheers\n[[PERSON|Siobhan]]' },
  {
    lang: 'en',
    text: 'Happy to discuss on Monday.\n\nWarm regards,\n[[PERSON|Oluwaseun Adebayo]], Head of Operations',
  },
  { lang: 'de', text: 'Danke für die schnelle Antwort!\n\nLG\n[[PERSON|Kasia]]' },
  { lang: 'en', text: 'I will send the invoice INV-2025-0113 tomorrow.\n\nThanks,\n[[PERSON|Priya Raghunathan]]' },
  {
    lang: 'de',
    text: 'Sehr geehrte Damen und Herren,\nbitte stornieren Sie Auftrag 4500123456.\n\nFreundliche Grüße\n[[PERSON|Giorgos Papadakis]]',
  },
  // Chat transcripts.
  {
    lang: 'en',
    text: '[09:12] [[PERSON|Jana]]: can you check ticket 8812?\n[09:13] [[PERSON|Minh Tran]]: on it\n[09:20] [[PERSON|Jana]]: thanks!',
  },
  {
    lang: 'de',
    text: '[[PERSON|Mehmet Demir]] 10:02\nIst der Server wieder erreichbar?\n[[PERSON|Lukas]] 10:04\nJa, seit 09:58.',
  },
  {
    lang: 'en',
    text: '03/03/2025, 14:05 - [[PERSON|Chinonso Eze]]: running late\n03/03/2025, 14:06 - [[PERSON|Hana Kim]]: no worries',
  },
  { lang: 'de', text: '[[PERSON|Zeynep]]: Wer übernimmt die Spätschicht?\n[[PERSON|Paweł]]: Ich, ab 14:00 Uhr.' },
  {
    lang: 'en',
    text: '(9:41 AM) [[PERSON|Farhad Rahimi]]: build is green\n(9:42 AM) [[PERSON|Ji-woo Park]]: merging now',
  },
  // CSV and table exports.
  {
    lang: 'de',
    text: 'Personalnummer;Name;Abteilung;Eintritt\n1001;[[PERSON|Schulte, Birgit]];Vertrieb;01.04.2019\n1002;[[PERSON|Okonkwo, Chidi]];IT;15.08.2021\n1003;[[PERSON|Rossi, Giulia]];Einkauf;01.01.2023',
  },
  {
    lang: 'en',
    text: 'first_name,last_name,team,start\n[[PERSON|Aarav]],[[PERSON|Sharma]],Platform,2024-02-01\n[[PERSON|Leilani]],[[PERSON|Kahale]],Support,2023-11-15',
  },
  {
    lang: 'en',
    text: '| Owner | Task | Due |\n| --- | --- | --- |\n| [[PERSON|Wei Zhang]] | Migrate DNS | 2025-03-10 |\n| [[PERSON|Fatima Al-Sayed]] | Update runbook | 2025-03-12 |',
  },
  {
    lang: 'de',
    text: 'Teilnehmer\tFirma\tRaum\n[[PERSON|Dimitrios Georgiou]]\tNordlicht AG\tA 1.04\n[[PERSON|Marta Kowalczyk]]\tNordlicht AG\tA 1.04',
  },
  // Labelled fields of any wording.
  { lang: 'en', text: 'Full name: [[PERSON|Sofía Hernández]]\nBadge name: [[PERSON|Sofi]]\nDepartment: Finance' },
  { lang: 'en', text: 'Reviewed by: [[PERSON|Hiroshi Tanaka]]\nStatus: approved\nVersion: 2.4.1' },
  { lang: 'de', text: 'Ansprechpartner: [[PERSON|Emeka Nwosu]]\nAbteilung: Qualitätssicherung\nDurchwahl: -214' },
  { lang: 'de', text: 'Anmeldung Ferienbetreuung\nKind: [[PERSON|Leyla Aydın]]\nGruppe: Füchse\nAllergien: keine' },
  { lang: 'en', text: 'Kind: Feature request\nPriority: high\nOwner: [[PERSON|Bongani Dlamini]]' },
  { lang: 'de', text: 'Patient: [[PERSON|Vu Thanh Hai]]\nStation: 3B\nBefund: unauffällig' },
  { lang: 'de', text: 'Mitarbeiter: [[PERSON|Ioana Popescu]]\nKostenstelle: 4711\nUrlaub: 12 Tage' },
  { lang: 'en', text: 'Owner: Finance team\nReviewer: [[PERSON|Camille Lefèvre]]\nDue: Friday' },
  { lang: 'en', text: 'Emergency contact: [[PERSON|Ngozi Okafor]] ([[PHONE_NUMBER|+44 7911 123456]])' },
  // After roles.
  { lang: 'en', text: 'The minutes were taken by [[PERSON|Anjali Mehta]] and approved by [[PERSON|Roberto Bianchi]].' },
  {
    lang: 'de',
    text: 'Das Dokument wurde erstellt von [[PERSON|Katarzyna Nowak]] und geprüft von [[PERSON|Jens Albers]].',
  },
  { lang: 'en', text: 'Change request CR-1182 was approved by the board and signed by [[PERSON|Kwame Mensah]].' },
  // Greetings.
  { lang: 'en', text: 'Hi [[PERSON|Jana]],\nthe report is attached.' },
  { lang: 'en', text: 'hey [[PERSON|Arjun]], quick one: is the VPN down?' },
  { lang: 'de', text: 'Hallo [[PERSON|Dariusz]],\ndanke für die Zahlen.' },
  { lang: 'de', text: 'Liebe Kolleginnen und Kollegen,\ndas Büro bleibt am Freitag geschlossen.' },
  { lang: 'en', text: 'Dear all,\nplease find the agenda below.\n\nBest regards\nThe Facilities Team' },
  // Surname, given name and names side by side.
  { lang: 'de', text: 'Laut Liste: [[PERSON|Yıldız, Emre]] (Raum 2.17).' },
  { lang: 'en', text: 'Yesterday [[PERSON|Chukwuemeka Obi]] joined the call late.' },
  // Numbers and dates.
  { lang: 'de', text: 'Steuer-ID [[DE_TAX_ID|860 957 427 19]] liegt vor.' },
  { lang: 'de', text: 'Name: [[PERSON|Olga Petrenko]], geb. [[DATE_OF_BIRTH|12.07.84]]' },
  { lang: 'de', text: 'Geb.-Datum: [[DATE_OF_BIRTH|03.03.1985]]' },
  { lang: 'en', text: 'DOB [[DATE_OF_BIRTH|07/11/92]], member since 2019.' },
  {
    lang: 'de',
    text: 'Sie ist am [[DATE_OF_BIRTH|dritten März 1985]] geboren, also geboren am [[DATE_OF_BIRTH|dritten März 1985]].',
  },
  { lang: 'en', text: 'He was born in Lagos on [[DATE_OF_BIRTH|the 3rd of March 1985]].' },
  { lang: 'en', text: 'Contact: [[EMAIL_ADDRESS|l.moreau@mail.eu.corp.example.co.uk]]' },
  // Postal addresses.
  {
    lang: 'de',
    text: '[[PERSON|Svetlana Ivanova]]\n[[POSTAL_ADDRESS|Lindenstraße 12a\n10115 Berlin]]\n\nBerlin, 3. März 2025',
  },
  { lang: 'de', text: 'Neue Anschrift: [[POSTAL_ADDRESS|Am Hang 3, 79098 Freiburg im Breisgau]]' },
  { lang: 'en', text: '[[PERSON|Amir Karimi]]\n[[POSTAL_ADDRESS|Flat 2, 221 Elm Road\nLondon NW1 6XE]]' },
  { lang: 'en', text: 'Ship to: [[POSTAL_ADDRESS|55 Oak Avenue, Springfield, IL 62704]]' },
  { lang: 'de', text: 'Wohnhaft in der [[POSTAL_ADDRESS|Karl-Marx-Str. 41, 04109 Leipzig]].' },
  { lang: 'de', text: 'Muster Logistik GmbH\nIndustriestraße 7\n28199 Bremen\nGläubiger-ID DE98ZZZ09999999999' },
  // Look-alikes only.
  { lang: 'de', text: 'Sehr geehrte Damen und Herren,\nIhre Sendung 00340434161234567890 ist unterwegs.' },
  { lang: 'en', text: 'Order 4500987654, invoice INV-2025-0042, part no. 8DG-44719-AB, logged 2025-03-03 09:12:45.' },
  { lang: 'de', text: 'Artikelnummer 4006381333931, Rechnung Nr. 2025-1187 vom 03.03.2025, Berlin, 3. März 2025' },
  { lang: 'en', text: 'UPS tracking 1Z999AA10123456784; SEPA creditor ID DE98ZZZ09999999999; room 2.17, 14 pcs.' },
  {
    lang: 'de',
    text: 'Liebe Kolleginnen und Kollegen,\nder Termin am 12.03.2025 um 14:00 Uhr entfällt.\n\nViele Grüße\nIhr Betriebsrat',
  },
  // Threads with quoted replies and headers.
  {
    lang: 'en',
    text: 'From: [[PERSON|Hannah Whitfield]] <[[EMAIL_ADDRESS|h.whitfield@northwind.example]]>\nTo: [[PERSON|Kenji Watanabe]]\nSubject: Re: Q3 forecast\n\n> Can you send the numbers by Friday?\n> [[PERSON|Kenji]]\n\nSure, attached.\n\nBest,\n[[PERSON|Hannah]]',
  },
  {
    lang: 'de',
    text: 'Von: [[PERSON|Bartosz Wiśniewski]]\nGesendet: Montag, 3. März 2025 09:14\nAn: [[PERSON|Elif Arslan]]\nBetreff: AW: Urlaubsantrag\n\nHallo [[PERSON|Elif]],\nder Antrag ist genehmigt.\n\nGruß\n[[PERSON|Bartosz]]',
  },
  {
    lang: 'en',
    text: 'On Mon, 3 Mar 2025 at 10:02, [[PERSON|Lucía Fernández]] wrote:\n> Please review the contract.\n\nHi [[PERSON|Lucía]], looks good to me.\n\nCheers,\n[[PERSON|Sven]]',
  },
  // Forms.
  {
    lang: 'de',
    text: 'Personalbogen\nVorname: [[PERSON|Thi Huong]]\nNachname: [[PERSON|Pham]]\nGeburtsdatum: [[DATE_OF_BIRTH|14.02.1991]]\nAnschrift: [[POSTAL_ADDRESS|Schillerstraße 8, 60313 Frankfurt am Main]]\nSteuer-ID: [[DE_TAX_ID|860 957 427 19]]\nIBAN: [[IBAN_CODE|DE89 3704 0044 0532 0130 00]]',
  },
  {
    lang: 'en',
    text: 'Patient intake\nPatient: [[PERSON|Samuel Mensah]]\nDOB: [[DATE_OF_BIRTH|1979-06-23]]\nAddress: [[POSTAL_ADDRESS|14 Kingsley Road, Leeds LS6 2AB]]\nPhone: [[PHONE_NUMBER|+44 113 496 0000]]\nReferring physician: [[PERSON|Dr. Aisha Bello]]',
  },
  {
    lang: 'en',
    text: 'Visitor badge\nBadge name: [[PERSON|Tomasz]]\nHost: [[PERSON|Rebecca Lindqvist]]\nCompany: Acme Ltd\nValid: 2025-03-03',
  },
  {
    lang: 'de',
    text: 'Mietvertrag\nMieter: [[PERSON|Gökhan Öztürk]]\nVermieter: Wohnbau Nord GmbH\nMietobjekt: [[POSTAL_ADDRESS|Eichendorffweg 21, 22297 Hamburg]]\nMietbeginn: 01.05.2025',
  },
  // Tickets and logs.
  {
    lang: 'en',
    text: 'INC-20931 | Priority: P2 | Assignee: [[PERSON|Ravi Iyer]] | Reporter: [[PERSON|Mateus Costa]]\nVPN drops every 20 minutes since 2025-03-01 08:00.',
  },
  {
    lang: 'de',
    text: 'Ticket #48213 wurde von [[PERSON|Nadia Haddad]] an das Team Netzwerk übergeben. Status: In Bearbeitung. Server [[IP_ADDRESS|10.0.0.5]] neu gestartet um 14:32.',
  },
  {
    lang: 'en',
    text: '2025-03-03T09:12:45Z INFO deploy finished build=4821 commit=9f3c2a1\n2025-03-03T09:13:02Z WARN retry 3/5 order=4500987654',
  },
  // Chat exports.
  {
    lang: 'de',
    text: '[03.03.25, 08:15:02] [[PERSON|Anja Krüger]]: Wer hat den Schlüssel?\n[03.03.25, 08:16:40] [[PERSON|Yusuf]]: Liegt am Empfang.',
  },
  {
    lang: 'en',
    text: '<[[PERSON|dmitri]]> is the build green?\n[[PERSON|Aiko Suzuki]] (10:21): yes, merged',
  },
  // CSV exports with more columns.
  {
    lang: 'en',
    text: 'id,full_name,email,city\n17,[[PERSON|Olumide Bakare]],[[EMAIL_ADDRESS|o.bakare@example.ng]],Lagos\n18,[[PERSON|Sakura Ito]],[[EMAIL_ADDRESS|sakura.ito@example.jp]],Osaka',
  },
  {
    lang: 'de',
    text: 'Kunde;Kundennummer;Ort;Umsatz\n[[PERSON|Brandt, Henrike]];K-10023;Kiel;12.400,00\n[[PERSON|Nguyen, Van Duc]];K-10024;Rostock;8.150,50',
  },
  // Letters.
  {
    lang: 'de',
    text: '[[PERSON|Magdalena Zielińska]]\n[[POSTAL_ADDRESS|Rosenweg 5\n01067 Dresden]]\n\nStadtwerke Dresden GmbH\nRosa-Luxemburg-Platz 1\n01069 Dresden\n\nDresden, 3. März 2025\n\nSehr geehrte Damen und Herren,\nich kündige meinen Vertrag 7788-1122 zum 30.04.2025.\n\nMit freundlichen Grüßen\n[[PERSON|Magdalena Zielińska]]',
  },
  {
    lang: 'en',
    text: 'Northwind Traders Ltd\n1 Harbour Street\nBristol BS1 4DJ\n\nDear [[PERSON|Mr Adeyemi]],\nyour order 88231 has shipped (tracking 1Z999AA10123456784).\n\nYours sincerely,\n[[PERSON|Claire Dubois]]\nCustomer Service',
  },
  // Prose without personal data.
  { lang: 'en', text: 'The Finance Team approved the Annual Report. Next Steps: Legal Review on Monday.' },
  {
    lang: 'de',
    text: 'Die Geschäftsführung hat den Jahresabschluss freigegeben. Nächster Schritt: Prüfung durch die Revision.',
  },
  // Birth dates in exports and forms: a birth-date column, a label above its field; other date columns are no birth dates.
  {
    lang: 'de',
    text: 'PersNr;Nachname;Vorname;Geb.-Datum;Eintritt\n2201;[[PERSON|Hartmann]];[[PERSON|Ilse]];[[DATE_OF_BIRTH|09.06.1971]];01.02.2015\n2202;[[PERSON|Nowicki]];[[PERSON|Tomasz]];[[DATE_OF_BIRTH|27.1.83]];15.09.2020',
  },
  {
    lang: 'en',
    text: 'member_id,full_name,date_of_birth,renewal\nM-104,[[PERSON|Grace Mensah]],[[DATE_OF_BIRTH|1988-12-04]],2026-01-31\nM-105,[[PERSON|Ravi Iyer]],[[DATE_OF_BIRTH|1979-07-19]],2026-02-28',
  },
  {
    lang: 'en',
    text: '| Name | DOB | Ward |\n| --- | --- | --- |\n| [[PERSON|Selin Aksoy]] | [[DATE_OF_BIRTH|14 Aug 1956]] | 3B |\n| [[PERSON|Owen Price]] | [[DATE_OF_BIRTH|2 Jan 1949]] | 3C |',
  },
  {
    lang: 'de',
    text: 'Aufnahmebogen\nName:\n[[PERSON|Dragan Petrović]]\nGeburtsdatum:\n[[DATE_OF_BIRTH|30.04.1967]]\nAufnahmedatum:\n12.03.2026',
  },
  { lang: 'de', text: 'Bestellung;Lieferdatum;Rechnungsdatum\n4500981;14.02.2026;20.02.2026' },
  // North American numbers written nationally; an order number of the same digits is no phone number.
  {
    lang: 'en',
    text: 'Hi team,\nthe landlord can be reached at [[PHONE_NUMBER|(312) 555-0187]] after 6 pm, or his office on [[PHONE_NUMBER|312-555-0142]].\nOrder no. 312-555-0199 is unrelated.',
  },
  // Birth dates with month abbreviations between dashes, and ISO dates with slashes.
  {
    lang: 'en',
    text: 'Claimant: [[PERSON|Moses Ogunleye]]\nDOB: [[DATE_OF_BIRTH|07-Sep-1968]]\nPolicy start: 01-Jan-2024',
  },
  { lang: 'de', text: 'Versicherte Person: [[PERSON|Mariusz Zielinski]], geb. [[DATE_OF_BIRTH|1990/11/05]]' },
  // A message signed with the name alone, no closing line; a last line that is a word is no name.
  {
    lang: 'de',
    text: 'Kannst du mir die Zahlen bis morgen schicken?\n[[PERSON|Dilara]]\n\nKlar, mache ich.\nErledigt',
  },
  // Minutes with present and excused people; an IRC-style log; a label naming whose name it is.
  {
    lang: 'de',
    text: 'Protokoll Jour fixe 12.03.\nAnwesend: [[PERSON|Helga Brandt]], [[PERSON|Yusuf Demir]]\nEntschuldigt: [[PERSON|Marta Kowalska]]\nTOP 1: Budget 2026',
  },
  {
    lang: 'en',
    text: '<[[PERSON|ravi]]> deploy done\n<[[PERSON|svetlana]]> thanks, checking the logs\n<ci-bot> build #4411 green',
  },
  { lang: 'de', text: 'Name des Kindes: [[PERSON|Leonie Albers]]\nName der Einrichtung: Kita Sonnenschein' },
  // Given names alone in running text.
  {
    lang: 'en',
    text: 'Can you ask [[PERSON|Fatima]] whether the invoice went out? I think [[PERSON|Marco]] has the PO.',
  },
  {
    lang: 'de',
    text: 'Bitte gib die Unterlagen an [[PERSON|Lukas]] weiter, die Freigabe kommt von [[PERSON|Agnieszka]].',
  },
  { lang: 'en', text: 'We met in Austin and drove to Florence; the hotel was booked by the agency.' },
  // Display names before e-mail addresses (reply headers, invitations); a team's address is no person.
  {
    lang: 'de',
    text: 'Passt, danke!\n\nAm 04.05.2026 um 10:12 schrieb [[PERSON|Wanjiru Kamau]] <[[EMAIL_ADDRESS|w.kamau@example.org]]>:\n> Kannst du Rechnung 2026-118 prüfen?\n\nKopie an: Support Team <support@example.org>',
  },
  {
    lang: 'en',
    text: 'Organizer: [[PERSON|Siddharth Menon]] <[[EMAIL_ADDRESS|s.menon@example.com]]>\nGuests: ops@example.com; [[PERSON|Thandiwe Dlamini]]; [[PERSON|Oddvar Lie]]\nWhere: Room 4.02',
  },
  // People introducing themselves and greeted inside a line (voicemail); a greeting of a group.
  {
    lang: 'de',
    text: 'Sprachnachricht (0:41 min)\n„Ja, hallo [[PERSON|Tamsin]], hier ist [[PERSON|Bogdan Marinescu]] wegen der Lieferung. Rufen Sie mich bitte zurück."\nHallo Team, bitte übernehmt den Rückruf.',
  },
  { lang: 'en', text: '"Hi [[PERSON|Kalani]], it\'s [[PERSON|Hiroshi]] about order 5512. Call me back, please."' },
  // Mentions in a chat; a mention of a channel or team is no person.
  {
    lang: 'de',
    text: '[[PERSON|Radek Novák]]  09:41\n@[[PERSON|Soraya]] kannst du die Gutschrift freigeben?\n@Buchhaltung bitte Bescheid geben.',
  },
  // Recipient blocks of letters: a name above a street and a postal code, or under "Herrn"; the firm above is no person.
  {
    lang: 'de',
    text: 'Nordwind Logistik GmbH · Hafenstraße 3 · 28217 Bremen\n\n[[PERSON|Aigerim Nurlanova]]\n[[POSTAL_ADDRESS|Lindenweg 14\n04109 Leipzig]]\n\nIhre Bestellung vom 02.05.2026',
  },
  { lang: 'de', text: 'Herrn\n[[PERSON|Valtteri Koskinen]]\n[[POSTAL_ADDRESS|Am Stadtpark 9\n90409 Nürnberg]]' },
  {
    lang: 'en',
    text: 'Harbour Freight Services Ltd\n12 Quay Road\nBristol BS1 4QA\n\n[[PERSON|Marit Solberg]]\n[[POSTAL_ADDRESS|7 Elm Grove\nYork YO10 3PT]]',
  },
  // IRC logs with lower-case nicks and join events; a bot is no person.
  {
    lang: 'de',
    text: '*** [[PERSON|ilkka]] hat #lager betreten\n<[[PERSON|ilkka]]> ist der Scanner wieder da?\n<[[PERSON|jorunn]]> ja, seit 10 Uhr\n<deploy-bot> build 4412 ok',
  },
  // Chat speakers heading their messages with a time, names no list has; a log line with a time is none.
  {
    lang: 'en',
    text: '[[PERSON|Tuomas]] 09:14\nwho has the key to room 2?\n[[PERSON|Dilnoza]] 09:15\nme, ask [[PERSON|Tuomas]] later\nBackup 02:00 completed without errors.',
  },
  // Labels with gender and plural marks, JSON keys, lists after a label; a firm and a room after labels are none.
  {
    lang: 'de',
    text: 'Prüfer/in: [[PERSON|K. Lindqvist]]\nTeilnehmer*innen: [[PERSON|Anouk de Vries]], [[PERSON|Zdeněk Horák]] und [[PERSON|Mirela Popescu]]\nAngehörige/r: [[PERSON|Sipho Ndlovu]] (Bruder)\nFirma: Nordwind Logistik GmbH\nOrt: Raum 3.14',
  },
  {
    lang: 'en',
    text: '{\n  "id": "C-2291",\n  "firstName": "[[PERSON|Dumisani]]",\n  "lastName": "[[PERSON|Mthembu]]",\n  "team": "Platform"\n}',
  },
  {
    lang: 'en',
    text: 'Tenant(s): [[PERSON|Noor Haddad]] and [[PERSON|Kimi Räikkönen]]\nProperty: [[POSTAL_ADDRESS|21 Mill Lane, Leeds]]',
  },
  // A role, a date, then the person; a closing and the name on one line.
  {
    lang: 'de',
    text: 'Personalausweis geprüft am 3. Mai 2026 von [[PERSON|Eero]].\nVG [[PERSON|Ingrid]]',
  },
  { lang: 'en', text: 'ID checked on 2026-05-03 by [[PERSON|Teodora]].\nCheers, [[PERSON|Ewa]]' },
  // Names found once, then alone where lines and sentences start; a given name before a verb.
  {
    lang: 'en',
    text: 'Attendees: [[PERSON|Dagny Halvorsen]], [[PERSON|Nurlan Abenov]]\n\n- [[PERSON|Dagny]] to send the agenda by Friday.\n- [[PERSON|Nurlan]] to book Room 2.07.',
  },
  {
    lang: 'de',
    text: '[[PERSON|Maelle Garnier]], geboren am [[DATE_OF_BIRTH|4. März 1990]], ist seit 2019 bei der Harbour Freight Services Ltd beschäftigt. [[PERSON|Maelle]] arbeitet sorgfältig und zuverlässig.',
  },
  // Round 4 (issue 9, test sets 1 to 3 as development data): one document per class of shape fixed, look-alikes beside.
  // Chat speakers after a role word, in brackets or in bar columns; a team or a log level in the same place is none.
  {
    lang: 'de',
    text: '[02.03.2026 11:04:10] Kundin ([[PERSON|Wiebke Harmsen]]): Mein Paket ist nicht angekommen.\n[02.03.2026 11:04:52] Agent [[PERSON|Dariusz]]: Guten Tag, ich prüfe die Sendung 00340434161234567890.\n[02.03.2026 11:05:30] System: Sitzung wird aufgezeichnet.',
  },
  {
    lang: 'en',
    text: 'Live chat export · session LC-88120\n08:41 | [[PERSON|Tamsin]] | hi, my order 771-2231 never arrived\n08:42 | [[PERSON|Kofi]] | Hi [[PERSON|Tamsin]], sorry to hear that. Let me check.\n08:42 | INFO | transcript saved\n08:43 | Bot | rating requested',
  },
  {
    lang: 'en',
    text: '14:02  Support ([[PERSON|Anneliese]]): Hello, how can I help?\n14:03  Customer ([[PERSON|Raimund Oberlechner]]): my invoice INV-2026-0042 is wrong\n14:05  Support (Billing Team): forwarded to billing',
  },
  // Answers to a date-of-birth question in the next message; a timestamp or an order date in the same place is none.
  {
    lang: 'en',
    text: '[10:02] [[PERSON|Ifeoma]]: For security, please confirm your date of birth.\n[10:03] [[PERSON|Bartholomew]]: [[DATE_OF_BIRTH|14/09/1977]]\n[10:04] [[PERSON|Ifeoma]]: Thanks. Your order from 02/03/2026 ships today.',
  },
  {
    lang: 'de',
    text: '[[PERSON|Malwine]] 09:10\nZur Sicherheit: Ihr Geburtsdatum bitte.\n[[PERSON|Konstantin]] 09:12\n[[DATE_OF_BIRTH|dritten Juli 1969]]\n[[PERSON|Malwine]] 09:13\nDanke. Die Bestellung vom 01.03.2026 ist unterwegs.',
  },
  {
    lang: 'de',
    text: 'Anmeldung Stadtlauf\nGeburtsjahr/-datum (Altersklasse): [[DATE_OF_BIRTH|7. August 1988]]\nStartzeit: 09:30 Uhr, Startnummer 1988',
  },
  {
    lang: 'en',
    text: 'BEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON|Hildegard Wampfler]]\nBDAY:[[DATE_OF_BIRTH|1971-05-30]]\nREV:2026-02-01\nEND:VCARD',
  },
  // Labels of any wording: German compounds ending in a person word; a thing after the same label is none.
  {
    lang: 'de',
    text: 'Mietvertrag Nr. MV-2026-118\nZusatzfahrer: [[PERSON|Ortwin Belling]]\nFahrzeughalter: Autovermietung Kranz GmbH\nKlassenleitung: [[PERSON|U. Krähenbühl]]\nProjektleitung: offen\nTaxpayer: [[PERSON|Olamide Fashola]]',
  },
  {
    lang: 'en',
    text: 'Meeting notes 12/03/2026\nAttendees: [[PERSON|R. Thistlewood]]; [[PERSON|YILDIRIM, Serkan]]; [[PERSON|Wójcik, Bogumiła]]; Finance Team\nActions\n- [[PERSON|Serkan]] to send the budget',
  },
  {
    lang: 'de',
    text: 'Teilnehmende: [[PERSON|Amstutz]], [[PERSON|Gwerder]], [[PERSON|Zumstein]]\nOrt: Raum Eiger, 2. OG\nBetreff: Auskunfts- und Beratungsstelle Nord',
  },
  // Tables with a staff or mentor column, names as "Surname, Given"; the shift and contact columns are none.
  {
    lang: 'en',
    text: '| Shift | Staff | Contact |\n|---|---|---|\n| Early | [[PERSON|ACHTERBERG, Marijke]] | [[PHONE_NUMBER|0161 496 0732]] |\n| Late | [[PERSON|T. Oyelowo]] | [[EMAIL_ADDRESS|rota@harbour-clinic.example]] |\n| Night | – | – |',
  },
  {
    lang: 'de',
    text: '| Schicht | Mitarbeiter/in | Bereich |\n|---|---|---|\n| Früh | [[PERSON|Brandstätter, Vroni]] | Lager Süd |\n| Spät | [[PERSON|Nnamdi Okeke]] | Versand |',
  },
  // Sign-offs: "Dr" without a dot, "warm wishes", "Grüße aus dem Büro", a name with its firm in a column.
  {
    lang: 'en',
    text: 'Thank you for seeing Mrs [[PERSON|Quennell]].\n\nWarm wishes,\nDr [[PERSON|Ebele Nwachukwu]]\nVictoria Terrace Surgery',
  },
  {
    lang: 'de',
    text: 'passt so, danke.\n\nSchöne Grüße aus dem Büro\n[[PERSON|Wendelin]]\n\n--\n[[PERSON|Wendelin Strebel]] | Strebel Haustechnik GmbH\nAuskunfts- und Servicezentrum',
  },
  {
    lang: 'de',
    text: 'Sehr geehrte/r [[PERSON|Hinterberger]],\nIhre Bestellung 4711-2026 ist versandt.\n\nLiebes Personalteam,\nbitte beachten Sie die neue Adresse.',
  },
  // Notes written in lower case; words and field names in the same notes are none.
  {
    lang: 'de',
    text: 'notiz 04.03\n[[PERSON|gesine]] anrufen wg. vertrag\nrückruf an frau [[PERSON|pfeiffenberger]] unter [[PHONE_NUMBER|0171 2233445]]\niban [[IBAN_CODE|de89 3704 0044 0532 0130 00]] prüfen\nmorgen ring kaufen',
  },
  {
    lang: 'en',
    text: "todo\n- ring [[PERSON|oyelaran]] about the lease\n- [[PERSON|thandiwe]]'s birthday on friday, get a card\n- call the bank about the holiday booking",
  },
  // After a relation word; a place or a product after the same word is none.
  {
    lang: 'en',
    text: 'Please contact [[PERSON|Leokadia Brzezińska]] on [[PHONE_NUMBER|020 7946 0123]], or contact Fenwick Router support.\nThis confirms that [[PERSON|Torvald Hagen]], born [[DATE_OF_BIRTH|3 May 1980]], worked with us.',
  },
  // E-mail addresses on a host called "intern" and marked documents.
  {
    lang: 'de',
    text: 'Bitte an [[EMAIL_ADDRESS|w.haberkorn@intern.stadtwerke-example.de]] schicken.\nNur für den internen Gebrauch.',
  },
  // A given name alone in brackets after a task; abbreviations and words in brackets are none. An answer before a field's person.
  {
    lang: 'de',
    text: 'Protokoll Jour fixe\n1. Lieferplan bis Mittwoch ([[PERSON|Radomir]]).\n2. Budget (Entwurf) liegt vor, Bankverbindung (IBAN) folgt.\nFreigegeben: ja – [[PERSON|K. Lindenmaier]]',
  },
  {
    lang: 'de',
    text: 'notiz\n[[PERSON|wolfram heidenreich]] hat am 3. März geburtstag – karte kaufen!\nTermin beim Zahnarzt verschieben',
  },
  // An initial and a surname wherever they stand; a letter heading or "z. B." before a capitalised word is none.
  {
    lang: 'de',
    text: 'Siehe Anlage B. Danach folgt die Kalkulation, z. B. Material und Lohn.\nRückfragen an [[PERSON|T. Wachtmeister]] oder [[PERSON|Ines K. Borowczyk]].\n\nLüneburg, 04.03.2026\n[[PERSON|H. Ostermeyer]]',
  },
  {
    lang: 'en',
    text: 'Option A. The cheaper one.\nVitamin D. Take daily.\nSigned off by [[PERSON|P. Adeyemi-Cole]] on 2 March.',
  },
  // Hand-overs and closings in more words; a team or a meeting after the same words is none.
  {
    lang: 'de',
    text: 'Ticket #5512 geschlossen von Sachbearbeiterin [[PERSON|Roswitha Kaltenegger]].\nDie Akte wurde an Abteilung Recht übergeben.\n\nTschüss und bis morgen\n[[PERSON|Fiete]]',
  },
  {
    lang: 'en',
    text: 'Morning [[PERSON|Oyinkansola]],\nthe case was escalated to [[PERSON|Eilidh MacLeod]] and then to Tier Support.\nMorning meeting moved to 10:00.',
  },
  // Authors of quoted replies with no address; a team as the author is none.
  {
    lang: 'de',
    text: 'Passt, danke!\n\nAm 03.03.2026 um 14:12 schrieb [[PERSON|Tjorven Matthiesen]]:\n> Können Sie den Termin bestätigen?\n\nAm 02.03.2026 um 09:00 schrieb Kundenservice:\n>> Ihre Anfrage ist eingegangen.',
  },
  {
    lang: 'en',
    text: 'Sounds good.\n\nOn Tue, 3 Mar 2026 at 14:12, [[PERSON|Mereana Tuhiwai]] wrote:\n> Could we move the call?\n\nUnterschrift Mieter: ______  Name in Druckbuchstaben: [[PERSON|GÜNTHER WEISSMANN]]',
  },
  // A surname in capitals before a given name at a line's start; a heading in capitals is none.
  {
    lang: 'de',
    text: 'Renteninformation 2026\n[[PERSON|ØSTERGAARD, Mette]], geboren am [[DATE_OF_BIRTH|21.09.54]]\nHINWEIS, Bitte beachten Sie die Fristen.',
  },
];

const MARK = /\[\[([A-Z_]+)\|([^\]]+)\]\]/g;

/** The documents with their labels as offsets. */
export function privacyDevset(): LabelledText[] {
  return DOCS.map(({ lang, text: marked }, template) => {
    const entities: GoldEntity[] = [];
    let text = '';
    let last = 0;
    for (const m of marked.matchAll(MARK)) {
      text += marked.slice(last, m.index);
      entities.push({ type: m[1] as EntityType, start: text.length, end: text.length + m[2].length });
      text += m[2];
      last = m.index + m[0].length;
    }
    text += marked.slice(last);
    return { lang, template, text, entities };
  });
}
