import type { HandDocument } from './markup.js';

// English documents of the same kinds of organisation (marks as in hand-de.ts).

const en = (kind: string, source: string): HandDocument => ({ lang: 'en', kind, source });

export const HAND_EN: HandDocument[] = [
  en(
    'hospital: GP referral',
    `Crossgates Medical Practice, 2 Station Parade, Leeds LS15 8AB
Tel ⟨T|0113 496 0720⟩

Dear Colleague,

Re: Mrs ⟨P|Petronella Applegarth⟩  DOB ⟨D|14/02/1952⟩  NHS No. 943 476 5919
⟨O|5 Crossgates Mews, Leeds LS15 8NP⟩

Thank you for seeing this 74-year-old lady with a three-month history of progressive breathlessness and ankle swelling. ECG shows new AF. She lives alone; her son ⟨P|Horatio⟩ (⟨T|07700 914 332⟩) is happy to be contacted about appointments.

Yours sincerely,
Dr ⟨P|Saoirse Breathnach⟩
GP Partner`,
  ),
  en(
    'hospital: discharge summary',
    `ST ALDHELM HOSPITAL TRUST – DISCHARGE SUMMARY
Patient: ⟨P|OKADA, Shunsuke⟩    Hosp no: K4471209    D.O.B.: ⟨D|09-Sep-1983⟩
Address: ⟨O|112 Bramble Hill, Truro TR1 3DW⟩
Admitted: 21/11/2026 via ED   Discharged: 24/11/2026
Consultant: Mr ⟨P|C. Cottrell⟩ (General Surgery)
Diagnosis: acute appendicitis – laparoscopic appendicectomy 21/11
Follow-up: wound check with practice nurse day 10; no routine clinic follow-up.
Discharging doctor: Dr ⟨P|Eniola Akindele⟩, bleep 4471`,
  ),
  en(
    'hospital: lab request',
    `PATHOLOGY REQUEST – BIOCHEMISTRY
SURNAME ⟨P|ILAGAN⟩   FORENAME ⟨P|ROGELIO⟩
DOB ⟨D|1966-12-03⟩   SEX M   WARD: Tamar 2
Tests: U&E, LFT, HbA1c, lipids (fasting)
Clinical details: T2DM review, on metformin
Requesting clinician: Dr ⟨P|Yanqiu Cen⟩ ext 2291
Sample taken by: ⟨P|Marites⟩ 07:40 03/12/26`,
  ),
  en(
    'hospital: Teams chat ward',
    `[Teams – Tamar Ward nurses]
⟨P|Morag MacAskill⟩ 06:52
Morning all. Bed 6 (Mr ⟨P|Ilagan⟩) had a hypo at 04:10, BM 2.9, treated, now 7.1. Please keep an eye.
⟨P|Bienvenido Soriano⟩ 06:55
Noted. Is the diabetes nurse coming today?
⟨P|Morag MacAskill⟩ 06:56
⟨P|Winifred⟩ is off, cover is ⟨P|Ultan Ó Ceallaigh⟩ – bleep 3382 or ⟨T|01872 250 000⟩ ext 3382 via switchboard
⟨P|Bienvenido Soriano⟩ 06:57
👍`,
  ),
  en(
    'hospital: complaint email thread',
    `From: ⟨P|Algernon Nettleship⟩ <⟨E|a.nettleship@outlook.com⟩>
Sent: 01 December 2026 22:47
To: PALS <pals@staldhelm.nhs.uk>
Subject: Re: Your reference PALS/26/1184

Dear Ms ⟨P|Hajnalka Szabolcsi⟩,

Thank you for your reply. I still have not been told why my mother's (⟨P|Clement Nettleship⟩'s wife, ⟨P|Jemima Nettleship⟩, born ⟨D|3rd of March '41⟩) appointment was cancelled twice. Please call me on ⟨T|+44 1872 553 019⟩.

Algernon

On 28 Nov 2026, at 10:15, PALS <pals@staldhelm.nhs.uk> wrote:
> Dear Mr ⟨P|Nettleship⟩,
> Thank you for contacting the Patient Advice and Liaison Service. We have passed your concerns to the Outpatients manager, ⟨P|Imelda Lacsamana⟩, who will respond within 10 working days.
> Kind regards,
> ⟨P|Hajnalka Szabolcsi⟩
> PALS Officer`,
  ),
  en(
    'council: council tax letter',
    `Wrexley Borough Council · Revenues and Benefits · PO Box 771 · Wrexley WX1 1ZZ

Mr ⟨P|Tewodros Asfaw⟩ & Ms ⟨P|Zewditu Asfaw⟩
⟨O|Flat 3, 41 Oxley Street
Sheffield S6 2QF⟩

Account reference: 60041127
Date: 25 November 2026

Dear Mr ⟨P|Asfaw⟩,

Council Tax – single person discount
We have removed the single person discount from your account from 1 September 2026, as our records show ⟨P|Zewditu Asfaw⟩ now lives at the property. Your new instalments are £142.00 from 1 January 2027.

Yours faithfully
Revenues Team`,
  ),
  en(
    'council: FOI request (no personal data)',
    `Freedom of Information request – reference FOI-2026-0918

Dear Sir or Madam,

Please provide, for each financial year 2021/22 to 2025/26:
1. the number of potholes reported on the A6003 between Kettering and Corby;
2. the total spent on road repairs under contract RC-4471 with Tarmac Trading Ltd;
3. the version of the asset management system in use (we understand it is Release 7.2).

Please reply by e-mail to the address this request was sent from.
Many thanks.`,
  ),
  en(
    'council: housing repairs call transcript',
    `CALL TRANSCRIPT – Housing Repairs Line – 02/12/2026 09:14
AGENT (⟨P|Rungnapa⟩): Wrexley Council repairs, you're speaking to Rungnapa, how can I help?
CALLER: Hi, it's ⟨P|Lambros Mavridis⟩, I'm in one of your flats, the boiler's gone again.
AGENT: Sorry to hear that. Can I take the address please?
CALLER: ⟨O|27 Wrenfield Close, Kettering NN15 6PL⟩.
AGENT: And your date of birth for security?
CALLER: ⟨D|seventh of May 1970⟩ – sorry, ⟨D|07/05/1970⟩.
AGENT: Thank you Mr ⟨P|Mavridis⟩. Best number to reach you?
CALLER: Mobile, ⟨T|07811 402 936⟩.
AGENT: Lovely. I've raised job R-2026-77120, an engineer will call before attending.`,
  ),
  en(
    'council: blue badge application',
    `BLUE BADGE APPLICATION – SECTION 1: APPLICANT
Title: Mrs
Full name: ⟨P|Nenita Dumalagan⟩
Date of birth: ⟨D|June 2nd, 1949⟩
Address: ⟨O|9 Tannery Row, Kendal LA9 4HB⟩
Telephone: ⟨T|01539 720 118⟩
Email (optional): ⟨E|nenita.dumalagan@btinternet.com⟩
SECTION 2: PERSON COMPLETING THE FORM (if not the applicant)
Name: ⟨P|Romualdo Dumalagan⟩ (husband)
Relationship: spouse; same address`,
  ),
  en(
    'council: planning objections list',
    `Planning application 26/01184/FUL – Land adj. 46 Hope Street – objections received
No.,Received,Name,Address,Summary
1,12/11/2026,⟨P|Tabitha Glossop⟩,"⟨O|14 Gorse Lane, Hebden Bridge HX7 8QT⟩",Overlooking / loss of light
2,13/11/2026,⟨P|P. Lockyer⟩,"⟨O|16 Gorse Lane, Hebden Bridge HX7 8QT⟩",Parking
3,15/11/2026,Hebden Civic Society,"Town Hall, St George's Street",Design out of character
4,18/11/2026,⟨P|Cormac O'Donovan⟩,"⟨O|2 Mill Yard, Hebden Bridge HX7 6AE⟩",Flooding risk`,
  ),
  en(
    'logistics: passenger manifest',
    `NORTHWIND LOGISTICS – CREW & PASSENGER MANIFEST – MV Skagerrak Star – Immingham → Esbjerg – 04 DEC 2026
NO | SURNAME | GIVEN NAMES | NATIONALITY | DOB | DOC TYPE | DOC NO
01 | ⟨P|SÆTHER⟩ | ⟨P|AUDUN⟩ | NOR | ⟨D|11 APR 1972⟩ | PP | 31188420
02 | ⟨P|MAGSAYSAY⟩ | ⟨P|DANILO⟩ | PHL | ⟨D|23 OCT 1985⟩ | PP | P7720014B
03 | ⟨P|KOLOKOLTSEV⟩ | ⟨P|INNOKENTY⟩ | EST | ⟨D|02 JAN 1969⟩ | PP | KE0099121
04 | ⟨P|HOSHINO⟩ | ⟨P|CHIHIRO⟩ | JPN | ⟨D|30 JUL 1994⟩ | PP | TZ1044772
05 | ⟨P|BRÄTSCHIGER⟩ | ⟨P|FADRI⟩ | DEU | ⟨D|18 MAR 1990⟩ | PP | ⟨Q|⟩
Master: ⟨P|T. Kvalheim⟩`,
  ),
  en(
    'logistics: delivery exception ticket',
    `Zendesk #448120 – Delivery exception – Status: Pending
Requester: ⟨P|Edvaldo Loureiro⟩ <⟨E|edvaldo.loureiro+orders@gmail.com⟩>
Assignee: ⟨P|Kweku Ansong⟩ (Customer Care L1)

--- ⟨P|Edvaldo Loureiro⟩, 1 Dec 2026 18:02 ---
Parcel 1Z9941A80144728810 says delivered but nothing here. I'm at ⟨O|3310 Quarry Ln, Madison, WI 53711⟩, ring the bell next time!!

--- ⟨P|Kweku Ansong⟩, 2 Dec 2026 08:45 (internal note) ---
POD photo shows porch of no. 3301, not 3310. Raised claim CLM-220917 with carrier. Called customer on ⟨T|(608) 555-0147⟩, left voicemail.

--- ⟨P|Kweku Ansong⟩, 2 Dec 2026 08:47 (public reply) ---
Hi ⟨P|Edvaldo⟩, sorry about this – it looks like the driver left it at a neighbouring house. We've opened an investigation and will update you within 48 hours.
Kweku | Northwind Customer Care`,
  ),
  en(
    'logistics: warehouse access log',
    `# badge-gate export 2026-12-02 (Felixstowe DC2)
time,gate,badge,holder,result
05:58:02,G1,B-10442,⟨P|Sveinung Rønneberg⟩,GRANTED
06:01:17,G1,B-10871,⟨P|Wiwik Hutapea⟩,GRANTED
06:01:19,G1,B-10871,⟨P|Wiwik Hutapea⟩,ANTIPASSBACK
06:14:40,G3,B-V0091,VISITOR (Fenwick Joinery),GRANTED
06:22:05,G2,B-10013,⟨P|Hovhannes Avetisyan⟩,DENIED_EXPIRED`,
  ),
  en(
    'logistics: Slack ops channel',
    `#ops-felixstowe
⟨P|jerry⟩ 10:02 anyone know why the 10:30 to Duisburg is showing held?
⟨P|Sveinung Rønneberg⟩ 10:04 customs hold, paperwork for the Hutchison box. ⟨P|Ritu⟩'s chasing
⟨P|Ritu Khandelwal⟩ 10:11 broker says EORI on the invoice was wrong. resent. their contact is ⟨P|Dejun Xiahou⟩, ⟨E|dejun.xiahou@finance.eu.northwind-logistics.co.uk⟩, ⟨T|+44 1394 604 221⟩
⟨P|jerry⟩ 10:12 legend ty`,
  ),
  en(
    'logistics: price update (no personal data)',
    `Hi team,

Quick summary of the 2027 tariff changes:
• Fuel surcharge moves to 18.5% from 1 January (index ref FSC-2027-01).
• Pallet rates Felixstowe–Duisburg: £340 standard, £395 timed.
• New customer accounts: Martin Brower UK Ltd, Baker Ross Ltd, Victoria Plum Ltd.
• Invoices now issued from INV-2027000001 onwards; PO numbers mandatory (PO-xxxxxxx).
• Our depot at 1 Dock Road, Felixstowe IP11 3HY closes early on Christmas Eve.

Dear Sir or Madam templates have been updated in the CRM (v3.4).
Thanks, Ops`,
  ),
  en(
    'law: client intake email',
    `From: ⟨P|Ikenna Nwankwere⟩ <⟨E|ikenna.nwankwere@proton.me⟩>
To: enquiries@hartiganmoss.co.uk
Subject: Employment tribunal – need advice

Hello,

I was dismissed from my job at a warehouse last week without a hearing. I worked there since 2019. My manager ⟨P|Gary Brampton⟩ told me on the phone. I am a member of GMB.

I can be reached on ⟨T|07946 118 203⟩ or at home, ⟨O|77 Harbor View Rd, Apt 2B, Portland, ME 04101⟩ – sorry, that's my old US address; now ⟨O|18 Coldharbour Lane, London SE5 9PR⟩.

Regards
Ikenna`,
  ),
  en(
    'law: letter before action',
    `HARTIGAN & MOSS LLP · Solicitors · 9 Quay Street · Manchester M3 3HN

Strictly private & confidential
Mr ⟨P|Yevgeny Belousov⟩
⟨O|1804 Willow Bend Dr
Boise, ID 83704⟩

Our ref: HM/LIT/2207
3 December 2026

Dear Mr ⟨P|Belousov⟩,

Letter before action – unpaid invoice INV-0044718
We act for Fenwick Joinery. Our client supplied and fitted kitchen units at your former UK property in August 2026. The sum of £6,480.00 remains outstanding. Unless payment is received within 14 days we are instructed to issue proceedings without further notice.

Yours sincerely
⟨P|Diarmuid Cullinane⟩
Associate, for Hartigan & Moss LLP`,
  ),
  en(
    'law: witness statement excerpt',
    `WITNESS STATEMENT OF ⟨P|PADMINI RANGANATHAN⟩

I, ⟨P|Padmini Ranganathan⟩, of ⟨O|46 Sassafras Ct, Asheville, NC 28803⟩, born ⟨D|19 August 1980⟩, will say as follows:

1. I am a former employee of the Defendant and worked as a payroll administrator from 2017 to 2024.
2. On or around 14 March 2023 I was asked by Mr ⟨P|Haverford⟩ to backdate the Claimant's pay review.
3. I raised this with my line manager, ⟨P|Yujin Eom⟩, the same day by e-mail.

I believe that the facts stated in this witness statement are true.
Signed: ⟨P|P. Ranganathan⟩   Date: 30/11/2026`,
  ),
  en(
    'law: power of attorney',
    `LASTING POWER OF ATTORNEY – PROPERTY AND FINANCIAL AFFAIRS (extract)
Donor: ⟨P|Gratien Mauduit⟩, date of birth ⟨D|1938-05-25⟩, of ⟨O|5 Crossgates Mews, Leeds LS15 8NP⟩
Attorney 1: ⟨P|Perrine Mauduit-Ilori⟩ (daughter), ⟨E|perrine.mauduit@icloud.com⟩, ⟨T|+33 6 71 22 08 49⟩
Attorney 2: ⟨P|Adeolu Ilori⟩ (son-in-law)
Certificate provider: ⟨P|Diarmuid Cullinane⟩, solicitor
Bank: pay pension into ⟨I|GB g⟩`,
  ),
  en(
    'university: grade sheet',
    `Module EC2107 Econometrics – provisional marks (do not circulate)
"Student ID"	"Family name"	"Given name"	"Mark"	"Grade"
"C2291044"	"⟨P|Adebanjo⟩"	"⟨P|Olamiposi⟩"	"68"	"2:1"
"C2291087"	"⟨P|Kitamura⟩"	"⟨P|Tomoharu⟩"	"74"	"1st"
"C2291112"	"⟨P|Ní Bhraonáin⟩"	"⟨P|Aoibheann⟩"	"55"	"2:2"
"C2291130"	"⟨P|bin Mahfouz⟩"	"⟨P|Wael⟩"	"61"	"2:1"
"C2291201"	"⟨P|Gyöngyösi⟩"	"⟨P|Botond⟩"	"39"	"F"
Module lead: Dr ⟨P|Harish Iyengar⟩`,
  ),
  en(
    'university: enrolment record JSON',
    `{
  "student_id": "C2304417",
  "name": { "given": "⟨P|Eyerusalem⟩", "family": "⟨P|Teferra⟩" },
  "date_of_birth": "⟨D|2006-01-28⟩",
  "email_personal": "⟨E|eyerusalem.teferra@gmail.com⟩",
  "email_university": "⟨E|c2304417@students.carrowmore.ac.uk⟩",
  "term_address": "⟨O|Flat 12, Laird Hall, 20 Quarry Road, Carrowmore CW4 7LT⟩",
  "emergency_contact": { "name": "⟨P|Fikru Teferra⟩", "phone": "⟨T|+251 91 144 2087⟩" },
  "programme": "BSc Computer Science",
  "fee_status": "international"
}`,
  ),
  en(
    'university: reference letter',
    `To whom it may concern,

I am pleased to write in support of Ms ⟨P|Chaewon Gu⟩'s application to the MSc in Urban Planning. I taught Chaewon in two modules (GEO2210 and GEO3301) and supervised her dissertation on informal transport in Ho Chi Minh City, for which she received a mark of 78.

She is diligent, curious and well liked by her peers. I recommend her without reservation.

Dr ⟨P|Clement Haverford⟩
Senior Lecturer in Geography, University of Carrowmore
⟨E|c.haverford@carrowmore.ac.uk⟩ | ⟨T|01632 960 441⟩`,
  ),
  en(
    'university: IT incident log',
    `2026-12-01T23:41:07Z sshd[22190]: Failed password for invalid user admin from ⟨N|185.220.101.47⟩ port 51122 ssh2
2026-12-01T23:41:09Z sshd[22190]: Failed password for invalid user admin from ⟨N|185.220.101.47⟩ port 51122 ssh2
2026-12-02T08:02:55Z vpn: user ⟨E|r.ildiko@carrowmore.ac.uk⟩ connected from ⟨N|86.14.203.9⟩ assigned 10.8.0.14
2026-12-02T08:15:31Z mail: forwarding rule created by ⟨E|t.okpara@carrowmore.ac.uk⟩ to ⟨E|tobenna.okpara77@yahoo.com⟩ (flagged)
2026-12-02T08:16:00Z ticket INC0044712 opened by ⟨P|Enikő Csonka⟩ (Service Desk)`,
  ),
  en(
    'university: open day programme (no personal data)',
    `University of Carrowmore – Open Day, Saturday 13 June 2027

09:30  Welcome talk, Great Hall (Lady Margaret Building)
10:15  Subject tasters: Law (Blackstone Room), Nursing (Seacole Wing), Computing (Lovelace Lab)
12:00  Campus tours leave from the Newton Fountain every 20 minutes
13:30  Student finance Q&A – bring your UCAS Personal ID if you have one
15:00  Accommodation viewings, Laird Hall and Grace Hopper Court

Hi all – parking is free on the day; the Park & Ride from Victoria Station runs every 15 minutes.`,
  ),
  en(
    'joinery: quote request web form',
    `--- Web form submission (fenwickjoinery.co.uk/contact) ---
name: ⟨P|marinalva arruda⟩
email: ⟨E|marinalva.arruda@yahoo.co.uk⟩
phone: ⟨T|07400 123 908⟩
postcode: NN14
message: hi there, looking for a quote for 3 oak internal doors + frames, we're at ⟨O|4 Pytchley View, Kettering NN14 1QL⟩. my partner ⟨P|josé⟩ will be home weds
submitted: 2026-11-30 21:17:44 from ⟨N|81.103.66.201⟩`,
  ),
  en(
    'joinery: WhatsApp with fitter',
    `02/12/2026, 07:31 - ⟨P|Lancelot Fenwick⟩: Morning ⟨P|Surachai⟩, job today is Mrs ⟨P|Arruda⟩ in Kettering, doors are on the van
02/12/2026, 07:33 - ⟨P|Surachai Kaewmanee⟩: ok boss. address?
02/12/2026, 07:33 - ⟨P|Lancelot Fenwick⟩: ⟨O|4 Pytchley View, Kettering NN14 1QL⟩. her number ⟨T|07400 123 908⟩
02/12/2026, 07:34 - ⟨P|Surachai Kaewmanee⟩: 👍
02/12/2026, 12:58 - ⟨P|Surachai Kaewmanee⟩: done, she paid card on the reader. receipt to ⟨E|marinalva.arruda@yahoo.co.uk⟩`,
  ),
  en(
    'joinery: payroll query email',
    `From: payroll@fenwickjoinery.co.uk
To: ⟨P|Kaewmanee, Surachai⟩ <⟨E|surachai.k@gmail.com⟩>
Subject: RE: tax code

Hi ⟨P|Surachai⟩,

HMRC sent us code 1257L for you from December, so the emergency code is gone. Your NI number on our file ends 44 C – please check your payslip. Refund of £212.40 goes to your usual account.

Thanks
⟨P|Winifred Goodbody⟩
Payroll & Accounts | Fenwick Joinery | ⟨T|01536 412 009⟩ (office)

> -----Original Message-----
> From: ⟨P|Surachai K⟩ <⟨E|surachai.k@gmail.com⟩>
> Sent: 01 December 2026 19:20
> hi ⟨P|winnie⟩ why is my tax so high this month?`,
  ),
  en(
    'joinery: timber order (no personal data)',
    `PURCHASE ORDER PO-2026418
Supplier: James Latham plc – Timber Division
Deliver to: Fenwick Joinery, Unit 7, Telford Way Industrial Estate, Kettering NN16 8PX

Line | Product | Qty
1 | European oak, PAR 25x150, FSC | 24 lm
2 | Birch ply 18mm, B/BB | 12 sheets
3 | Osmo Polyx Oil 3032, 2.5 l | 2 tins
Delivery slot: Tuesday 8 December, am. Reference on delivery note required.
Dear Sir or Madam, please confirm by return.`,
  ),
  en(
    'ngo: donor CRM note',
    `CRM – Supporter 0044812 – ⟨P|Eglantine Marwood-Lockyer⟩
Gift Aid: yes (declaration 2024-03-11)
Direct debit £15/month from ⟨I|GB⟩
Note 01/12/2026 (⟨P|Idil⟩): Called re: legacy leaflet. Prefers email (⟨E|pwl1957@btinternet.com⟩), no phone calls before 11am. Mentioned late husband ⟨P|Lucius⟩ supported us since 1998. Birthday ⟨D|12 Jan 1957⟩ – send card?
Note 02/12/2026 (⟨P|Najma Yuusuf⟩): Sent legacy pack.`,
  ),
  en(
    'ngo: volunteer application YAML',
    `volunteer:
  first_name: ⟨P|Oreoluwa⟩
  last_name: ⟨P|Olaniyan⟩
  preferred_name: ⟨P|Ore⟩
  dob: ⟨D|17/11/2001⟩
  phone: ⟨T|+234 803 771 0294⟩
  uk_phone: ⟨T|07512 338 410⟩
  email: ⟨E|ore.olaniyan@outlook.com⟩
  address: ⟨O|5 Crossgates Mews, Leeds LS15 8NP⟩
  roles: [warehouse, driver]
  dbs_check: pending
  referee: Pastor ⟨P|Ajibola Bamgbose⟩`,
  ),
  en(
    'ngo: field team minutes',
    `Bridgeway Relief – field coordination call, 2 Dec 2026
Attendees: ⟨P|Sahra Osman⟩ (chair), ⟨P|Kittisak W.⟩, ⟨P|Levan Kapanadze⟩, ⟨P|Thiện Nhân Lâm⟩, ⟨P|B. Tsereteli⟩
Apologies: ⟨P|Ayaan Dirir⟩

1. Winter kits – 1,200 packed, 400 short on blankets. ACTION: ⟨P|Levan⟩ to ask Tbilisi warehouse by Fri.
2. Vehicle insurance renewal due 31/12. ACTION: ⟨P|Kapanadze⟩/⟨P|Tsereteli⟩.
3. Safeguarding training – all new volunteers by end of Jan. ACTION: ⟨P|Sahra⟩.
Next call: 9 Dec, same time.`,
  ),
  en(
    'hr: sick note (fit note) email',
    `From: ⟨P|Hessel Zijlstra⟩ <⟨E|hessel.zijlstra@northwind-logistics.co.uk⟩>
To: HR Shared Inbox <hr@northwind-logistics.co.uk>
Subject: Fit note attached

Hi ⟨P|Gaeun⟩,

Attached is my fit note, signed off until 14 December (back injury). ⟨P|Bauke⟩ knows and has covered my shifts.

Cheers
⟨P|Hessel⟩
--
Hessel Zijlstra | Shift Supervisor, Felixstowe DC2 | ⟨T|+44 (0)1394 604 318⟩`,
  ),
  en(
    'hr: new starter bank and ID details',
    `NEW STARTER CHECKLIST – CONFIDENTIAL
Name: ⟨P|Nii Lante Ocansey⟩
Start date: 4 January 2027   Department: Finance
Right to work checked: German ID card ⟨A|⟩ (EU settled status)
German tax ID (for previous employer): ⟨X|g⟩
German pension insurance no.: ⟨S|1991-09-12 Ocansey⟩
Bank: ⟨I|DE g⟩
Personal mobile: ⟨T|+49 170 88 12 904⟩
Manager: ⟨P|Ritu Khandelwal⟩`,
  ),
  en(
    'insurance: claim form',
    `MOTOR CLAIM FORM – Policy MTR-7741029
Policyholder: ⟨P|Ilda Carrapiço-Fragoso⟩    Date of birth: ⟨D|21.06.1978⟩
Address: ⟨O|27 Wrenfield Close, Kettering NN15 6PL⟩
Other driver: ⟨P|Kenta Uchimura⟩, ⟨T|07723 009 182⟩, insurer Admiral, reg. KX71 LMV
Witness: ⟨P|Leire Aldekoa⟩ (pedestrian) – ⟨E|leire.aldekoa@gmail.com⟩
Card used for excess payment: ⟨C|g⟩
What happened: I was stationary at the lights on Rockingham Road when the other vehicle hit my rear bumper.`,
  ),
  en(
    'tenancy: deposit dispute',
    `Hi ⟨P|Tryggve⟩,

Following up on the check-out at ⟨O|14 Gorse Lane, Hebden Bridge HX7 8QT⟩: the landlord wants to keep £380 for carpet cleaning. I have photos from the check-in showing the stain was already there (inventory dated 3/9/24, signed by Mrs ⟨P|Ødegård⟩ from the agency).

My new address for the deposit return: ⟨O|3 Moorcroft Terrace, Todmorden OL14 5DP⟩. Deposit ref DPS 44-1180-7720.

Thanks,
⟨P|Yogendra Purohit-Sane⟩
⟨T|07958 200 441⟩`,
  ),
  en(
    'travel: group booking',
    `Booking ref: QXT7L2 – Carrowmore Field Trip, Lisbon 15–19 March 2027
Lead booker: Dr ⟨P|Constança Meireles⟩, ⟨E|c.meireles@carrowmore.ac.uk⟩, ⟨T|+44 1632 960 880⟩
PAX
1 MS ⟨P|MEIRELES/CONSTANCA⟩
2 MR ⟨P|BARTOS/KVIDO⟩
3 MS ⟨P|ANTONIADOU/DESPOINA⟩
4 MR ⟨P|ZEBARI/HEJAR⟩
5 MS ⟨P|NYBERG/GUNVOR⟩
Fare paid by card ⟨C|⟩, billing address ⟨O|9 Tannery Row, Kendal LA9 4HB⟩
Hotel: Hotel Lisboa Plaza, 4 nights, conf. 88120447`,
  ),
  en(
    'school: after-school club register (ALL CAPS export)',
    `ST. BEDE'S PRIMARY – AFTER-SCHOOL CLUB – AUTUMN 2 – REGISTER EXPORT
CHILD               | DOB        | PARENT/CARER          | CONTACT NO.
⟨P|AKINSANMI, TIWALADE⟩ | ⟨D|03/04/2018⟩ | ⟨P|OLOLADE AKINSANMI⟩     | ⟨T|07931 440 218⟩
⟨P|VÂLCEA, HORIA⟩       | ⟨D|22/09/2017⟩ | ⟨P|SMARANDA VÂLCEA⟩       | ⟨T|07488 912 335⟩
⟨P|HOSHINO, AKANE⟩      | ⟨D|11/01/2019⟩ | ⟨P|RYOSUKE HOSHINO⟩       | ⟨T|01632 960 117⟩
⟨P|SIM, EUNBYUL⟩        | ⟨D|30/06/2018⟩ | ⟨P|DONGHYUN SIM⟩          | ⟨T|07700 900 561⟩
ALLERGIES: SEE SEPARATE SHEET. COLLECTION PASSWORDS HELD BY OFFICE.`,
  ),
  en(
    'hospital: maternity booking (née)',
    `Booking-in record – Community Midwifery
Woman: ⟨P|Ailbhe-Lee MacFadyen⟩ (née ⟨P|Glossop⟩), born ⟨D|22nd November 1995⟩
Partner: ⟨P|Cabdiwali Waabeeye⟩, ⟨T|07823 114 902⟩
Address: ⟨O|3 Moorcroft Terrace, Todmorden OL14 5DP⟩
EDD 14/05/2027, G2 P1. Interpreter: not needed. Preferred contact: text.
Named midwife: ⟨P|Mairéad Ó Murchú⟩, ⟨E|mairead.omurchu@staldhelm.nhs.uk⟩`,
  ),
  en(
    'charity: shop volunteer rota (all lower case)',
    `bridgeway shop rota – december
mon am: ⟨P|winifred⟩ + ⟨P|ajibola⟩ | pm: ⟨P|paapa quartey-papafio⟩
tue am: ⟨P|gonzague huet⟩ (till training) | pm: closed
wed: ⟨P|deeqa aadan⟩ all day, keys from ⟨P|sahra⟩
thu: ⟨P|bong villareal⟩ – ring if late ⟨T|07412 660 118⟩
fri: christmas window with the kids from st bede's, ask mrs ⟨P|hoshino⟩ re photos`,
  ),
  en(
    'logistics: customs broker email with forwarded header',
    `---------- Forwarded message ---------
From: ⟨P|Chockalingam, Elango⟩ <⟨E|elango.c@cargo-brokers.in⟩>
Date: Tue, 1 Dec 2026 at 16:20
Subject: Shipment NWL-7714 – consignee details
To: <imports@northwind-logistics.co.uk>

Dear Sir or Madam,
Consignee contact for delivery: Mr ⟨P|Marimuthu Periyasamy⟩, ⟨T|+91 98412 30770⟩, ⟨E|m.periyasamy@rediffmail.com⟩.
Invoice INV-2026118 and packing list attached. HS code 6204.62.
Regards, Elango

⟨P|Ritu⟩ – can you book the delivery slot? thx, ⟨P|S.⟩`,
  ),
  en(
    'law: conflict check list',
    `Conflict check – new matter HM/EMP/2291 (requested by ⟨P|D. Cullinane⟩)
Parties searched:
  Client: ⟨P|Frank Said⟩ (aka ⟨P|Faraj Said⟩), DOB ⟨D|1.4.1979⟩
  Opponent: Hope Valley Care Ltd (directors: ⟨P|Ambrosine Tuckwell⟩, ⟨P|Seán Mac Giollarnáth⟩)
  Witness: ⟨P|Leocadia Ben Haroush⟩
Result: no conflict. Note: Hope Valley Care was a client of the Leeds office until 2022 (matter closed).`,
  ),
];
