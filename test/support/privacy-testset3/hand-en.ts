import type { HandDoc } from './hand-de.js';

/** Hand-written English documents of test set 3, same markup and conventions as hand-de.ts. */
export const HAND_EN: HandDoc[] = [
  {
    lang: 'en',
    kind: 'chat',
    source: `Live chat transcript — Quillmark Software support
Session 7f3a-22c1 · started 2026-01-27 10:14 GMT

10:14  {{P:Percival Cartwright}}: hi, I was charged twice for my licence renewal
10:15  Support ({{P:Maite}}): Hello {{P:Percival}}, sorry about that! Could you confirm the email on the account?
10:15  {{P:Percival Cartwright}}: {{MAIL:percy.cartwright@btinternet.com}}
10:16  Support ({{P:Maite}}): Thanks. I can see two payments on the card ending 4417. I've refunded order QS-2026-00918.
10:17  {{P:Percival Cartwright}}: brilliant, cheers
10:17  Support ({{P:Maite}}): You're welcome. Reference: CASE-55120. Have a good day!`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `From: {{P:Bryony Ravenscroft}} <{{MAIL:b.ravenscroft@students.harrowgate.ac.uk}}>
To: {{P:Kojo Amoako}} <{{MAIL:kojo.amoako@staff.redwater-events.com}}>
Subject: Re: Re: Volunteer shifts for the Spring Fair

Hi {{P:Kojo}},

Saturday morning works for me. My mobile is {{TEL:07734 219 806}} if anything changes on the day.

Best,
{{P:Bryony}}

> On 12 Feb 2026, at 16:02, {{P:Kojo Amoako}} wrote:
> Hi {{P:Bryony}},
> thanks for signing up! Could you take the 9–12 slot at the info desk? {{P:Esi}} will be there too.
> {{P:Kojo}}
> Redwater Events Ltd · Unit 4, Canal Wharf, Leeds LS11 5PS`,
  },
  {
    lang: 'en',
    kind: 'minutes',
    source: `Minutes — Residents' Association AGM
Held on Thursday 5 February 2026 at St Anne's Community Hall

Present: {{P:Hermione Pickering}} (Chair), {{P:Torquil Winterbottom}} (Treasurer), {{P:Oisín Kilbride}}, {{P:Gráinne Mac Giolla}}, {{P:Yanmei Dai}}
Apologies: {{P:Jocelyn Lennox}}
Minutes taken by: {{P:O. Kilbride}}

1. The treasurer reported a balance of £2,418.55.
2. Parking: {{P:Gráinne}} will write to the council about the Tanners Lane bollards.
3. AOB: none.

Meeting closed at 20:47. Next meeting: 7 May 2026.`,
  },
  {
    lang: 'en',
    kind: 'csv',
    source: `surname,first_name,dob,email,postcode_area
{{P:Fairbairn}},{{P:Clementine}},{{GEB:1992-03-08}},{{MAIL:clem.fairbairn@proton.me}},EH
{{P:Nishimura}},{{P:Takumi}},{{GEB:1987-11-23}},{{MAIL:takumi.nishimura@outlook.com}},M
{{P:Acheampong}},{{P:Adwoa}},{{GEB:2000-05-30}},{{MAIL:adwoa.a@yahoo.co.uk}},B
{{P:Sobczak}},{{P:Radosław}},{{GEB:1979-01-17}},{{MAIL:r.sobczak@icloud.com}},NE`,
  },
  {
    lang: 'en',
    kind: 'hr-onboarding',
    source: `NEW STARTER FORM — Copperleaf Analytics (Berlin office)

Legal name: {{P:Shreya Ahluwalia}}
Preferred name: {{P:Shrey}}
Date of birth: {{GEB:14 June 1995}}
Home address: {{ADR:Kastanienallee 88, 10435 Berlin}}
German tax ID (Steuer-ID): {{STID}}
Social security no.: {{RVNR}}
Salary account: {{IBAN}}
Emergency contact: {{P:Gurpreet Ahluwalia}} (father), {{TEL:+91 98110 42765}}
Start date: 1 March 2026 · Line manager: {{P:Joost Verhoeven}}`,
  },
  {
    lang: 'en',
    kind: 'leave-form',
    source: `ANNUAL LEAVE REQUEST

Employee: {{P:MONTGOMERY, Brayden}}       Staff no: 00731
Dates requested: 22/12/2025 – 02/01/2026 (6 working days)
Reason: family visit
Cover arranged with: {{P:Kayleigh Dupree}}
Approved by: {{P:Alessandro Mancuso}}       Date: 01/12/2025`,
  },
  {
    lang: 'en',
    kind: 'referral',
    source: `Bluebell Dental Group — Referral

To: Oral Surgery Department, City Hospital
Patient: Mr {{P:Faizal bin Yusof}}
DOB: {{GEB:03/09/1971}}
Address: {{ADR:27 Orchard Close
Nottingham
NG7 2QL}}
Phone: {{TEL:0115 947 2281}}

Dear colleague,
I would be grateful if you could assess Mr {{P:bin Yusof}} for the surgical removal of LL8, which is impacted and has caused two episodes of pericoronitis.

Yours sincerely,
Dr {{P:Filipa Quaresma}} BDS`,
  },
  {
    lang: 'en',
    kind: 'insurance-claim',
    source: `Harbourline Insurance plc — Travel claim form
Policy number: HTI-8841-2290   Claim ref: TC/26/04471

Policyholder: {{P:Nkechi Onyekachi}}
Date of birth: {{GEB:21.04.1983}}
Address: {{ADR:112 Victoria Terrace, Cardiff CF24 3AN}}
Email: {{MAIL:nkechi.onyekachi@gmail.com}}
Trip: Lisbon, 14–21 January 2026
Incident: suitcase lost on return flight TP1366
Amount claimed: £640.00
Pay to: {{IBAN}}`,
  },
  {
    lang: 'en',
    kind: 'landlord-letter',
    source: `Northgate Lettings Ltd
2 Castle Street, York YO1 9RN

Ms {{P:Ye-jin Ryu}}
{{ADR:Flat 3, 45 Hawthorn Avenue
York
YO31 7TX}}

16 January 2026

Dear Ms {{P:Ryu}},

Re: Rent increase from 1 April 2026

Following our review, the monthly rent for your flat will increase from £895 to £925. The standing order reference NGL-4471-R should remain unchanged.

Yours sincerely,

{{P:Marigold Ashdown}}
Property Manager`,
  },
  {
    lang: 'en',
    kind: 'legal-letter',
    source: `STONEBRIDGE LEGAL LLP
Our ref: SBL/EMP/2291   Your ref: —

PRIVATE AND CONFIDENTIAL
{{P:Declan O'Donoghue}}
{{ADR:9 Ferry Road, Exeter EX2 4PL}}

3 February 2026

Dear Mr {{P:O'Donoghue}},

Without prejudice — settlement agreement

We act for Greyfriars Freight Ltd. Our client is prepared to offer a termination payment of £12,500, subject to the terms of the enclosed agreement. Please arrange for your solicitor to contact {{P:Thanasis Papanikolaou}} on {{TEL:020 7946 0388}}.

Yours sincerely
Stonebridge Legal LLP`,
  },
  {
    lang: 'en',
    kind: 'school-report',
    source: `End of Year Report — Year 9
Pupil: {{P:Amália Figueiredo}}      Form: 9K      Tutor: Mr {{P:Callander}}

English: Working at grade 6. {{P:Amália}} writes vivid, well-structured essays.
Maths: Working at grade 5. Needs to show more working.
Science: Working at grade 6.
Attendance: 97.4%

Tutor comment: A kind and reliable member of the form.
Head of Year: Mrs {{P:Bérénice Delacroix}}`,
  },
  {
    lang: 'en',
    kind: 'job-application',
    source: `Dear Hiring Manager,

I am writing to apply for the Junior Data Analyst role (ref. CA-2026-017) advertised on your website. I recently completed an MSc in Statistics at the University of Glasgow, where my dissertation used mixed models to predict bus delays.

I would welcome the chance to discuss my application. I can be reached on {{TEL:+44 7892 620 347}} or at {{MAIL:zihan.gu@proton.me}}.

Kind regards,
{{P:Zihan Gu}}
{{ADR:58 Quarry Hill, Glasgow G12 8QQ}}`,
  },
  {
    lang: 'en',
    kind: 'cv',
    source: `CURRICULUM VITAE

{{P:OLUMIDE OKAFOR-EZE}}
{{ADR:1820 Maple Crescent, Madison, WI 53711}} · {{TEL:(608) 441-2093}} · {{MAIL:olumide.okaforeze@icloud.com}}
Born {{GEB:November 2, 1988}} in Ibadan, Nigeria

EXPERIENCE
2020–present  Senior Nurse, UW Health, Madison
2014–2020     Staff Nurse, Lagos University Teaching Hospital

EDUCATION
BSc Nursing, University of Ibadan (2013)

REFERENCES
Dr. {{P:Kaede Fujiwara}}`,
  },
  {
    lang: 'en',
    kind: 'event-registration',
    source: `Registration confirmed — DataConf Manchester 2026
Order: DCM-26-118402

Attendee 1: {{P:Abhishek Rajagopal}}, {{MAIL:abhishek@eu.corp.quillmark.co.uk}}
Badge name: {{P:Abhi}}
Dietary: vegan

Attendee 2: {{P:Pooja Subramanian}}, {{MAIL:pooja.s@eu.corp.quillmark.co.uk}}
Badge name: {{P:Pooja Subramanian}}
Dietary: none

Paid by card {{CARD}} on 2026-02-03.
Venue: Manchester Central, Windmill Street, M2 3GX.`,
  },
  {
    lang: 'en',
    kind: 'expense-report',
    source: `EXPENSE CLAIM — January 2026
Claimant: {{P:Eoghan Drummond}}
Department: Field Sales (cost centre 7730)

| Date       | Description                 | Amount  |
|------------|-----------------------------|---------|
| 08/01/2026 | Train Edinburgh–London      | £142.60 |
| 08/01/2026 | Hotel, 1 night              | £119.00 |
| 09/01/2026 | Client lunch (3 persons)    |  £76.45 |

Total: £338.05
Corporate card used: {{CARD}}
Approved: {{P:Mairead McCrae}}`,
  },
  {
    lang: 'en',
    kind: 'shipping-note',
    source: `DELIVERY NOTE  DN-448120
Greyfriars Freight Ltd

Ship to:
{{P:Ingrid Nyström}}
{{ADR:14 Church Street
Bath
BA1 1NL}}
Tel: {{TEL:01225 448 902}}

Items: 1 x Fenwick Router AX3000 (SKU FNW-AX3K-UK)
Parcel: {{~TRACK}}
Leave with neighbour if out: yes`,
  },
  {
    lang: 'en',
    kind: 'support-ticket',
    source: `[JIRA] SUP-9921 — Customer cannot reset password
Reporter: {{P:Dewi Santoso}}
Assignee: {{P:Rizky Saputra}}
Priority: Major

Customer {{MAIL:ghislaine.brossard@orange.fr}} reports that the reset link expires immediately. Request came from {{IP:2a01:cb08:8a1:4400:d1e9:27ff:fe31:9b02}}.
Steps: tried Chrome 121 and Firefox 122. Version 5.8.0 of the app.

Comment by {{P:Rizky}}: token TTL misconfigured on eu-west-2, fixed in 5.8.1.`,
  },
  {
    lang: 'en',
    kind: 'markdown-table',
    source: `### Mentoring pairs — spring cohort

| Mentee | Mentor | Contact |
| --- | --- | --- |
| {{P:Chinonso Adewale}} | {{P:Evangelos Lazaridis}} | {{MAIL:evangelos.lazaridis@mail.fh-ostwestfalen.de}} |
| {{P:Madalena Azevedo}} | {{P:Urs Ebnöther}} | {{MAIL:u.ebnoether@mailbox.org}} |
| {{P:Baran Amed}} | {{P:Serena Pellegrini}} | {{TEL:+39 347 882 1049}} |`,
  },
  {
    lang: 'en',
    kind: 'json',
    source: `{"event":"user.updated","ts":"2026-02-19T14:22:08Z","actor":"svc-crm","data":{"id":88120,"full_name":"{{P:Tanmay Pillai}}","email":"{{MAIL:tanmay.pillai@de.ops.copperleaf.io}}","phone":"{{TEL:+49 30 51 77 29 40}}","dob":"{{GEB:1990-08-04}}","last_ip":"{{IP:185.94.141.22}}","plan":"pro","seats":12}}`,
  },
  {
    lang: 'en',
    kind: 'yaml',
    source: `# on-call roster (generated by pagerbot v2.3.0)
rotation: platform-primary
members:
  - name: {{P:Leif Halvorsen}}
    email: {{MAIL:leif.halvorsen@eu.corp.quillmark.co.uk}}
    phone: "{{TEL:+47 412 55 087}}"
  - name: {{P:Jiayi Shen}}
    email: {{MAIL:jiayi.shen@eu.corp.quillmark.co.uk}}
    phone: "{{TEL:+44 7700 154 882}}"
handoff: "Monday 09:00 Europe/London"`,
  },
  {
    lang: 'en',
    kind: 'log',
    source: `Feb 18 03:12:44 web-02 sshd[22817]: Failed password for invalid user admin from {{IP:103.77.192.41}} port 51022 ssh2
Feb 18 03:12:51 web-02 sshd[22817]: Connection closed by {{IP:103.77.192.41}} port 51022 [preauth]
Feb 18 07:40:03 web-02 app[1123]: password reset requested for {{MAIL:clementine.f@btinternet.com}} from {{IP:81.174.140.9}}
Feb 18 07:40:04 web-02 app[1123]: mail queued id=5C1A2F0 relay=smtp.eu-west-1.amazonaws.com
Feb 18 08:00:00 web-02 CRON[3001]: (root) CMD (/usr/local/bin/rotate-logs --keep 14)`,
  },
  {
    lang: 'en',
    kind: 'sms',
    source: `From: {{TEL:+44 7403 118 562}}
Hi it's {{P:Fionnuala}} from the dog walking, running 10 mins late today sorry!! 🐕

From: {{TEL:+44 7403 118 562}}
All done, Biscuit had a great time. Invoice to follow x`,
  },
  {
    lang: 'en',
    kind: 'voicemail',
    source: `Voicemail — received Tue 10 Feb 2026, 15:47 (transcribed)
"Hi, this message is for {{P:Torquil}}. It's {{P:Cody Brennan}} from the garage on Station Approach. Your Volvo's ready for collection, the MOT's passed. Give us a ring back on {{TEL:01865 220 418}} before five. Cheers."`,
  },
  {
    lang: 'en',
    kind: 'note',
    source: `call w/ {{P:ruairi}} re: flat viewing

- he's at {{ADR:7 Tanners Lane, Oxford OX4 1EX}}
- wants to move in march, works nights
- his ref is {{P:deshawn jefferson}} (old landlord) {{TEL:+1 312 555 0147}}
- todo: send contract draft`,
  },
  {
    lang: 'en',
    kind: 'identity-check',
    source: `KYC REVIEW — account 55102-GB
Customer: {{P:SHEVCHUK, Zinaida}}
Document: German passport no. {{PASS}}, expiry 2033-06-11
DOB on document: {{GEB:08 APR 1968}}
Proof of address: council tax bill, {{ADR:31 Elmfield Drive, Leicester LE2 3TP}}
Device IP at onboarding: {{IP:86.143.22.198}}
Decision: approved by {{P:M. Caldwell}}`,
  },
  {
    lang: 'en',
    kind: 'whatsapp',
    source: `12/02/2026, 21:03 - {{P:Ottavia}}: did anyone get the notes from today?
12/02/2026, 21:05 - {{P:Kwesi Ofori}}: yes, sending now
12/02/2026, 21:05 - {{P:Kwesi Ofori}}: <Media omitted>
12/02/2026, 21:07 - {{P:Ottavia}}: legend 🙏
12/02/2026, 21:09 - {{P:Hafiz}}: can someone add {{P:Siti Aisyah}}? her number is {{TEL:+44 7812 409 336}}`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `Subject: FW: Card blocked abroad

Forwarding to fraud ops — please call the customer back.

---------- Forwarded message ---------
From: {{P:Vasco Pinheiro}} <{{MAIL:vasco.pinheiro@sapo.pt}}>
Date: Sat, 7 Feb 2026 at 19:44
To: help@harbourline-bank.co.uk

Hello, my card {{CARD}} was declined in Porto tonight. I'm travelling until the 14th. Please unblock it — my date of birth is {{GEB:19/11/1966}} for verification. I can be reached on {{TEL:+351 912 448 203}}.
{{P:Vasco}}`,
  },
  {
    lang: 'en',
    kind: 'tsv',
    source: `LastName	FirstName	Role	Ext
{{P:Ó Briain}}	{{P:Gráinne}}	Reception	201
{{P:Moradkhani}}	{{P:Farshid}}	Payroll	214
{{P:Kołodziej}}	{{P:Agata}}	IT	230
{{P:Theodorakis}}	{{P:Despina}}	Facilities	241`,
  },
  {
    lang: 'en',
    kind: 'incident-report',
    source: `INCIDENT REPORT IR-2026-031
Location: Warehouse 2, loading bay C
Date/time: 29 January 2026, 06:15

Injured person: {{P:Dragan Kovačević}}, forklift operator (DOB {{GEB:12/07/81}})
Witness: {{P:Abena Quaye}}
First aider: {{P:Sota}} (shift B)

Description: pallet slipped from forks; bruising to left foot. No hospital visit required.
Reported to: Health & Safety team, ext. 4471`,
  },
  {
    lang: 'en',
    kind: 'bank-letter',
    source: `Harbourline Bank

Mrs {{P:Ifeoma Nwosu}}
{{ADR:66 Bishopsgate Row
Brighton
BN3 4FA}}

Your new account details

Dear Mrs {{P:Nwosu}},

Your account has been opened. IBAN: {{IBAN}}
Your debit card will arrive separately within 5 working days.
Sort code and account number are printed on your first statement.

Harbourline Bank is a trading name of Harbourline Insurance plc.`,
  },
  {
    lang: 'en',
    kind: 'cv',
    source: `Résumé — {{P:Minh Châu Phạm}}
{{MAIL:minhchau.pham@students.harrowgate.ac.uk}} | linkedin.com/in/minhchaupham | Born: the {{GEB:3rd of May 1999}}
Skills: Python, SQL, Tableau, Vietnamese (native), German (B2)
Education: BSc Economics, Harrowgate University (2021)
Internship: Copperleaf Analytics, summer 2020, supervisor {{P:Ryota Morita}}`,
  },
  {
    lang: 'en',
    kind: 'invitation-letter',
    source: `Copperleaf Analytics Inc. · 200 Clarendon Street · Boston, MA 02116

To whom it may concern,

This letter confirms that {{P:Eskil Lindqvist}}, born {{GEB:May 21, 1984}}, holder of German passport {{PASS}}, is invited to attend our partner summit in Boston from 9 to 12 March 2026. Copperleaf will cover accommodation at the Harbor Hotel.

Mr {{P:Lindqvist}} is employed by our German subsidiary in Berlin.

Sincerely,
{{P:Madison Caldwell}}
VP People Operations`,
  },
  {
    lang: 'en',
    kind: 'reference-check',
    source: `TENANT REFERENCING — Northgate Lettings Ltd
Applicant: {{P:Iñaki Valverde}}      Date of birth: {{GEB:27/10/1993}}
Current address: {{ADR:17 Albion Road, Exeter EX4 6JQ}}
ID seen: German national identity card {{PA}} (applicant studied in Munich)
Employer reference: Greyfriars Freight Ltd — contact {{P:Gwenllian Pryce}}, hr@greyfriars-freight.co.uk
Previous landlord: {{P:D. Whitcombe}}, {{TEL:01392 410 772}}
Outcome: accepted with guarantor`,
  },
  {
    lang: 'en',
    kind: 'calendar-invite',
    source: `BEGIN:VEVENT
UID:20260305T140000Z-8812@quillmark.co.uk
DTSTART:20260305T140000Z
DTEND:20260305T150000Z
SUMMARY:Quarterly review — Tessera Cloud Backup
ORGANIZER;CN={{P:Clementine Fairbairn}}:mailto:{{MAIL:c.fairbairn@eu.corp.quillmark.co.uk}}
ATTENDEE;CN={{P:Takumi Nishimura}};ROLE=REQ-PARTICIPANT:mailto:{{MAIL:t.nishimura@eu.corp.quillmark.co.uk}}
ATTENDEE;CN={{P:Adwoa Acheampong}};ROLE=OPT-PARTICIPANT:mailto:{{MAIL:adwoa.acheampong@copperleaf.io}}
LOCATION:Meeting room Severn / Teams
END:VEVENT`,
  },
  {
    lang: 'en',
    kind: 'attendance-report',
    source: `Meeting attendance report — "Onboarding Q1 cohort" (exported 2026-01-14)
Name,Email,Join time,Leave time,Duration (minutes)
"{{P:Kilbride, Oisín}}",{{MAIL:oisin.kilbride@students.harrowgate.ac.uk}},09:58,11:02,64
"{{P:Dai, Yanmei}}",{{MAIL:yanmei.dai@students.harrowgate.ac.uk}},10:01,11:00,59
"{{P:Pickering, Hermione}}",{{MAIL:h.pickering@students.harrowgate.ac.uk}},10:07,10:40,33
Guest (dial-in),{{TEL:+44 113 496 0781}},10:12,10:55,43`,
  },
  {
    lang: 'en',
    kind: 'lab-result',
    source: `PATHOLOGY REPORT
Patient: {{P:WINTERBOTTOM, Torquil}}     DOB: {{GEB:17-Aug-1958}}     Hospital no: RX4471920
Requested by: Dr {{P:Nizar Bitar}}, Elmfield Surgery
Specimen: blood, collected 09/02/2026 08:15

HbA1c            52 mmol/mol   (ref < 42)   HIGH
eGFR             71 mL/min     (ref > 60)
Cholesterol      5.9 mmol/L

Comment: results phoned to practice nurse {{P:Bryony}} at 11:40.`,
  },
  {
    lang: 'en',
    kind: 'reference-letter',
    source: `To whom it may concern,

I have known {{P:Tyrone Caldwell}} since 2019, when he joined my team at Greyfriars Freight as a trainee planner. {{P:Tyrone}} quickly became the person colleagues turned to when a route broke down. I recommend him without reservation.

Please feel free to contact me on {{TEL:0113 496 0415}} or {{MAIL:g.drummond@greyfriars-freight.co.uk}}.

{{P:Gareth Drummond}}
Operations Manager, Leeds depot`,
  },
  {
    lang: 'en',
    kind: 'none-timetable',
    source: `Service 42 — Bristol Temple Meads to Bath Spa (valid from 2 March 2026)

Temple Meads   06:15  06:45  07:15  then every 30 min  22:45
Keynsham       06:32  07:02  07:32                    23:02
Saltford       06:40  07:10  07:40                    23:10
Bath Spa       06:58  07:28  07:58                    23:28

Dear Passengers, Church Street stop is closed until 30 April; use Victoria Terrace instead.`,
  },
  // ---- documents without personal data, with look-alikes ----
  {
    lang: 'en',
    kind: 'none-newsletter',
    source: `Dear Sir or Madam,

Welcome to the February edition of the Redwater Events newsletter. Tickets for DataConf Manchester 2026 (7–8 May, Manchester Central) go on sale on 1 March at 09:00 GMT. Early-bird pricing ends 31 March.

Our venue partner has moved to 12 Quay Street; the old Princess Street entrance is closed.

Kind regards,
The Redwater Events team`,
  },
  {
    lang: 'en',
    kind: 'none-invoice',
    source: `INVOICE INV-2026-0412                     Date: 03/02/2026
From: Quillmark Software Ltd, 40 Broad Street, Bristol BS1 2EP, VAT GB 294 5521 07
To: Greyfriars Freight Ltd, Accounts Payable

Tessera Cloud Backup — 25 seats × 12 months      £2,700.00
Support plan Gold (PO-771204)                    £450.00
Total due                                        £3,150.00

Payment terms: 30 days. Direct debit collected under creditor id {{~CRED}}.
Shipment tracking for hardware: {{~TRACK}}`,
  },
  {
    lang: 'en',
    kind: 'none-changelog',
    source: `## Changelog

### 5.8.1 — 2026-02-18
- Fixed: password reset tokens expired immediately on eu-west-2.
- Changed: minimum Node.js version is now 20.11.0.

### 5.8.0 — 2026-02-10
- Added: export to Parquet.
- Security: bumped openssl to 3.0.13 (CVE-2024-0727).`,
  },
  {
    lang: 'en',
    kind: 'none-recipe-card',
    source: `Victoria Sponge (serves 8)
Oven: 180 °C / 160 °C fan / gas 4 — bake 20–25 min
225 g butter, 225 g caster sugar, 4 eggs, 225 g self-raising flour, 2 tbsp milk
Filling: raspberry jam and whipped cream
Batch code on flour bag: 2026-0412-B7; best before 11/2026
Stockists: Waitrose, Sainsbury's, Marks & Spencer`,
  },
];
