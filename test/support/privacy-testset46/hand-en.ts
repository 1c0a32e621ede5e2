import type { HandSource } from './markup.js';

/** English hand-written documents of set 46 (translation and interpreting agencies, language schools and ESOL courses in the UK, IE, US, CA, AU and NZ), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Certified translation statement birth certificate (UK)',
    source: `CERTIFIED TRANSLATION – Statement of Truth

I, ⦗n:Fraydlrivke Rozntsvayg⦘, MCIL CL, certify that the attached document is a true and accurate translation from
Ukrainian into English of the birth certificate of ⦗n:Kamaugithinji Wachiranyaga⦘, born ⦗b:9 October 2002⦘, issued
by the civil registry office of Kharkiv on 14/10/2002 (series I-ВЛ No. 508311).

Translator's contact: ⦗m:f.rozntsvayg@virginmedia.com⦘ · ⦗t:07412 339018⦘
Order reference: UE-310482 · Trent Language Services Ltd, 0115 496 0380
Signed: ⦗n:F. Rozntsvayg⦘          Date: 03/02/2026`,
  },
  {
    lang: 'en',
    kind: 'E-mail thread booking a court interpreter with quoted replies',
    source: `From: Trent Language Services <bookings@trentlanguage.example>
To: listings@nottmags.example
Subject: RE: Interpreter – Tigrinya – 12 March, Court 3 – BK-4410283

Good afternoon,

Confirmed: ⦗n:Yohannestadess Gebremariamwork⦘ will attend at 09:45 and report to the usher. His mobile on the day
is ⦗t:07930 551274⦘.

Kind regards,
Bookings team

> On 26 Feb 2026, at 14:05, Listings Office wrote:
> Please provide a Tigrinya interpreter for the trial of ⦗n:Woldemichaelwork Haileselassiebet⦘ (DOB ⦗b:17/05/1996⦘),
> Court 3, 12 March, time estimate one day. Case number 32NO0412026.`,
  },
  {
    lang: 'en',
    kind: 'Hospital interpreter booking confirmation (IE)',
    source: `University Hospital Galway – Interpreter Booking Confirmation
Booking: BK-4410391 · Department: Maternity Outpatients · Date: 04/03/2026 10:20 · Duration: 60 min
Language: French · Mode: on site

Patient: ⦗n:Mbayangsène Ndoyesène⦘   MRN 7719043
Interpreter: ⦗n:Mawunyoefia Kudzordzivi⦘ (Corrib Translation & Interpreting), mobile ⦗t:087 412 6630⦘

Please present your agency ID at the main reception. Cancellations: interpreting@uhg.example / 091 524 222.`,
  },
  {
    lang: 'en',
    kind: 'Police interview interpreter timesheet (CA)',
    source: `WINNIPEG POLICE SERVICE – INTERPRETER TIMESHEET
File: 2026-0318-MC · Interview room 4B
Interpreter: ⦗n:Tuktuujaaluk Qumangapiktaq⦘ (Inuktitut)   Phone: ⦗t:(204) 771-4036⦘
Interviewee: ⦗n:Naujaraaluk Ipelliequtaq⦘, DOB ⦗b:1989-01-23⦘
Arrived 13:10 · Started 13:25 · Ended 15:50 · Travel 0.5 h
Officer: Det. Sgt. ⦗n:Kilabukaaluk⦘ #2231        Approved for payment: Major Crimes admin, (204) 555-0199`,
  },
  {
    lang: 'en',
    kind: "Sole-trader interpreter's invoice to a magistrates' court",
    source: `INVOICE 0231
From: ⦗n:Serignemousse Gueyembayène⦘, Wolof/French Interpreter (sole trader)
⦗h:88 Mansfield Road, Nottingham NG5 2AP⦘ · ⦗m:serigne.interprets@yahoo.co.uk⦘

To: HM Courts & Tribunals Service, Nottingham Magistrates' Court, Accounts Payable

Attendance 19/02/2026, case 32NO0388826 – 4.0 hours @ £32.00      £128.00
Mileage 14 miles @ £0.45                                         £6.30
TOTAL                                                            £134.30

Payment by BACS to ⦗i:GB g⦘ (account name ⦗n:S. Gueyembayène⦘) within 30 days.`,
  },
  {
    lang: 'en',
    kind: 'ESOL course enrolment form (UK)',
    source: `ESOL ENROLMENT FORM 2025/26 – Entry Level 2 (ESL-E2-07)
Surname: ⦗n:Pawkhumoo⦘                First name(s): ⦗n:Nawmulahpoe⦘
Date of birth: ⦗b:02/12/1974⦘
Home address: ⦗h:14 Carlton Road, Nottingham NG3 2DG⦘
Mobile: ⦗t:07598 102447⦘     Email: ⦗m:nawmulah.pkm@yahoo.co.uk⦘
First language: S'gaw Karen   Years in UK: 3
Fee remission: Yes – Universal Credit (evidence seen by ⦗n:Blehtoomoo⦘, 22/01/2026)
Emergency contact: ⦗n:Sawkawhtoo Pawkhumoo⦘ (son) ⦗t:07930 844120⦘`,
  },
  {
    lang: 'en',
    kind: 'Placement test result e-mail',
    source: `Subject: Your placement test – next steps

Hi ⦗n:Aramiyvoty⦘,

Thanks for taking our online placement test on Monday. Your score (64/100) puts you in Upper-Intermediate (B2).
The next B2 evening group starts on 9 March (Tue/Thu 18:30–20:30, KURS-2026-0733). To reserve a place, reply to
this e-mail or call the registrar's office on (204) 555-0172.

Best wishes,
⦗n:Ukaliqtaaq Arnakallaaq⦘
Red River Newcomer English Centre · registrar@redriver-english.example`,
  },
  {
    lang: 'en',
    kind: 'Attendance register CSV ESOL class',
    source: `class_id,date,learner_surname,learner_first,present,minutes_late,note
ESL-E2-07,2026-02-10,⦗n:Ngomsène⦘,⦗n:Laminemodoune⦘,Y,0,
ESL-E2-07,2026-02-10,⦗n:Andrianarivelony⦘,⦗n:Haingotianaly⦘,Y,10,bus
ESL-E2-07,2026-02-10,⦗n:Thaojnpisyeeb⦘,⦗n:Ntxawmyeeb⦘,N,,childcare – rang in
ESL-E2-07,2026-02-10,⦗n:Taijeronåhi⦘,⦗n:Guahanita⦘,Y,0,
ESL-E2-07,2026-02-10,⦗n:Quilaqueoko⦘,⦗n:Rayenkurami⦘,Y,0,
tutor,,⦗n:Papahagiba⦘,⦗n:Sterghiuca⦘,,,cover teacher`,
  },
  {
    lang: 'en',
    kind: 'Certificate of completion English course',
    source: `CERTIFICATE OF COMPLETION

This is to certify that
⦗n:Jasyporã Cañeteyvy⦘
(date of birth ⦗b:28 June 1999⦘)
has successfully completed General English – Intermediate (B1), 120 hours,
from 6 October 2025 to 30 January 2026, with an attendance of 91%.

Certificate no. RR-B1-2026-0148 · Red River Newcomer English Centre, Winnipeg MB
Director of Studies`,
  },
  {
    lang: 'en',
    kind: 'Course fee bursary application (IE)',
    source: `BURSARY APPLICATION – English for Work (Evening), Spring 2026
Applicant: ⦗n:Dzifakpene Amegashievi⦘
Address: ⦗h:31 Strand Road, Derry BT48 7JL⦘
Phone: ⦗t:086 441 2097⦘
Course fee €480 – bursary requested €360 (75%)
Reason: part-time hours at the Altnagelvin Hospital canteen; childcare on course evenings
Refund/payment account (IBAN): ⦗i:IE⦘
Signed ⦗n:D. Amegashievi⦘, 11/02/2026`,
  },
  {
    lang: 'en',
    kind: 'IELTS registration note with German passport',
    source: `IELTS Life Skills B1 – registration note (test centre AU-411, Adelaide)
Candidate: ⦗n:Ochirbatoor, Enkhtuvshinbat⦘ – holds a German passport (resident in SA since 2024)
ID presented: passport ⦗r:⦘ – checked against booking, photo taken at check-in
DOB: ⦗b:05/08/1990⦘   Contact: ⦗t:0412 558 019⦘
Test date 21/03/2026, 09:00, Room 2. Candidate number 004417.`,
  },
  {
    lang: 'en',
    kind: 'Slack export agency coordinators',
    source: `#dispatch-sa  (Southern Lights Interpreting)
[08:02] ⦗n:Akisuarjuk⦘: anyone free for Dari at Services Australia 10:30? 45 mins
[08:05] ⦗n:Zainabukande⦘: I can ask ⦗n:Afridikhelwal⦘, he's near the CBD
[08:06] ⦗n:Zainabukande⦘: his number's ⦗t:0438 207 114⦘ if you want to ring direct
[08:09] ⦗n:Akisuarjuk⦘: booked, BK-4410577. thx
[08:10] dispatch-bot: BK-4410577 status → confirmed`,
  },
  {
    lang: 'en',
    kind: 'NAATI certified translation of a driving licence (AU)',
    source: `NAATI CERTIFIED TRANSLATION – German → English
Document: Führerschein (German driving licence), card format
1. Surname: ⦗n:Vaynshteyngold⦘
2. Given names: ⦗n:Motl-Getsl⦘
3. Date and place of birth: ⦗b:14.09.1981⦘, Chemnitz
4a. Date of issue: 02.04.2013   4b. Date of expiry: 01.04.2028
5. Licence number: B072RRE2I55
9. Categories: AM, B, L

Translated by ⦗n:Haileselassiebet Demissiealem⦘, NAATI Certified Translator (CPN 3X1Y7Z4), 18/02/2026.`,
  },
  {
    lang: 'en',
    kind: 'Card payment receipt for an English course',
    source: `RECEIPT – Red River Newcomer English Centre
Date: 2026-02-13 14:22   Terminal 02   Auth code 771204
Course: Evening B2 (KURS-2026-0733)         CAD 640.00
Paid by card: ⦗c: ⦘   (chip & PIN)
Cardholder: ⦗n:KAWKLERPOE SAYBLUMOO⦘
Thank you! Questions: registrar@redriver-english.example · (204) 555-0172`,
  },
  {
    lang: 'en',
    kind: 'Registry office interpreter request for a marriage (NZ)',
    source: `Kia ora,

We have a marriage ceremony booked for Saturday 18 April, 2pm, at the Dunedin Registry Office. The couple,
⦗n:Hiyongña Quituguaña⦘ and ⦗n:Tupãsyrory Iralaka⦘, have asked for a Spanish interpreter for the vows and the
signing of the certificate. Please contact the bride-to-be on ⦗t:+64 27 318 6604⦘ to confirm the wording.

Ngā mihi,
Celebrant bookings, Dunedin Registry Office · 0800 225 252 · registry@dunedin-bdm.example`,
  },
  {
    lang: 'en',
    kind: 'Job centre interpreter booking (DWP)',
    source: `Jobcentre Plus – Interpreter booking request
Claimant: Mr ⦗n:Sarkinbaiwa, Danjumatankowa⦘
National Insurance no. on file (not passed to the agency). Hausa interpreter, face to face.
Appointment: work coach interview 05/03/2026 11:00, Nottingham Station Street
Claimant's phone (for the interpreter only if he is late): ⦗t:07412 880153⦘
Ref: DWP-INT-2026-1187 · Agency: Trent Language Services, 0115 496 0380`,
  },
  {
    lang: 'en',
    kind: 'Freelance interpreter contract with a German tax id',
    source: `FREELANCE SERVICES AGREEMENT (summary page)
Agency: Southern Lights Interpreting Pty Ltd, ABN 51 824 753 556
Interpreter: ⦗n:Chelumariña Taitanoguåfi⦘, ⦗h:207 Prospect Rd, Adelaide SA 5082⦘
Tax residence: Germany until 30/06/2026 – German tax identification number (Steuer-ID) ⦗x:⦘
Payment to: ⦗i:DE⦘ (German account, fees in AUD converted at the daily rate)
Languages: Chamorro, English, German · Rate: AUD 68/h, 1 h minimum
Signed 12/01/2026`,
  },
  {
    lang: 'en',
    kind: 'A1 certificate request for a posted German teacher',
    source: `Request for an A1 certificate (posting) – HR note
Employee: ⦗n:Ondrejvozh Kuzebayev⦘, German language teacher, posted from Kassel to our London summer school
Date of birth: ⦗b:19/03/1988⦘
German social insurance number: ⦗s:19031988 Kuzebayev m⦘
Posting period: 29/06/2026 – 21/08/2026
Private address in Germany: ⦗h:Wilhelmshöher Allee 61, 34119 Kassel⦘
HR contact at the school: hr@trentlanguage.example`,
  },
  {
    lang: 'en',
    kind: 'Complaint about an interpreter with quoted reply',
    source: `From: ⦗n:Siyuosña Quituguaña⦘ <⦗m:siyuos.quitugua@verizon.net⦘>
Subject: Re: Your feedback on booking BK-4410615

Thank you for calling me back. As I said, the interpreter arrived 40 minutes late and my mother's appointment
had to be rescheduled. I'd like the travel charge removed from the invoice sent to ⦗h:4418 Murray Ave, Pittsburgh, PA 15217⦘.

⦗n:Siyuosña⦘

> On Feb 20, 2026, at 4:11 PM, Client Care <office@corribti.example> wrote:
> Dear Ms. ⦗n:Quituguaña⦘, we're sorry to hear about your experience on 18 February. Could you tell us more?`,
  },
  {
    lang: 'en',
    kind: 'Voicemail transcript to a translation agency',
    source: `Voicemail – received 09:14, 16/02/2026, from ⦗t:085 219 4471⦘ (transcribed automatically)
"Hi, it's ⦗n:Rivosoaniaina Raharisoaly⦘, I dropped off my marriage certificate on Friday for the certified
translation, order UE-310733. Could you post it to my new address, ⦗h:9 Northland Road, Derry BT48 9DW⦘? And please
ring me back on this number. Thanks, bye."`,
  },
  {
    lang: 'en',
    kind: 'IT ticket locked learner account',
    source: `INC-55120 | Learning platform | Priority 3
Reported by: ⦗n:Tsiorimalalaina Ravelojaonary⦘ <⦗m:tsiori.ravelo@internode.on.net⦘>
"I can't log in to my course since yesterday."
Auth log: 6 failed logins from ⦗a:2a02:8071:4c2::91⦘, account locked 19:42; also one success from ⦗a:151.44.208.17⦘ on 14 Feb.
Fix: lock cleared, MFA reset. Load balancer lb-2 (172.16.4.10) unaffected.`,
  },
  {
    lang: 'en',
    kind: 'Waiting list for citizenship test preparation',
    source: `Waiting list – Citizenship Test Prep (Saturday), updated 03/02/2026
# | name                          | phone           | added
1 | ⦗n:Anchimallenka Catrileokura⦘  | ⦗t:0431 009 287⦘  | 12/01
2 | ⦗n:Sahaayaana Nyurbakhov⦘       | ⦗t:0422 718 305⦘  | 19/01
3 | ⦗n:Babacarrine Sarrthiamène⦘    | ⦗t:0409 662 140⦘  | 27/01
Next group: 7 March (16 places) – Southern Lights office, (08) 8212 4400`,
  },
  {
    lang: 'en',
    kind: 'Overdue course fee reminder letter',
    source: `Corrib Translation & Interpreting – Language School
091 540 220 · office@corribti.example

Ms ⦗n:Xoeseafiavi Ahiablevi⦘
⦗h:73 Culmore Road, Derry BT48 9DW⦘

Reminder – invoice LS-2026-0094 (Conversational Irish for Beginners), €195.00 due 31/01/2026

Dear Ms ⦗n:Ahiablevi⦘,
our records show the fee above is still outstanding. Please pay to IE29 AIBK 9311 5212 3456 78 quoting LS-2026-0094.
If you have paid in the meantime, please ignore this letter.`,
  },
  {
    lang: 'en',
    kind: 'Text message sick note to an ESOL tutor',
    source: `Text from ⦗t:07598 330 214⦘ – Tue 10/02, 07:48
Hello teacher it is ⦗n:Mwangikariuki⦘ from Entry 2. I am sick with fever, I can't come today and Thursday.
I will do the homework. Sorry. ⦗n:Mwangikariuki Mathengeka⦘`,
  },
  {
    lang: 'en',
    kind: 'Apostille guidance e-mail to a client (US)',
    source: `Dear Mr. ⦗n:Hagigoguca⦘,

Your Pennsylvania birth certificate needs an apostille from the Pennsylvania Department of State before we translate
it into German for the Standesamt. Send the certified copy (not the original hospital record) to the Bureau of
Commissions; processing is about 10 business days. Once it is back, we will translate both the certificate and the
apostille as one job (quote Q-2026-118, USD 95).

Regards,
⦗n:Mitrushiu Zucabardu⦘, Project Manager – Certified Translations`,
  },
  {
    lang: 'en',
    kind: 'Video remote interpreting session log',
    source: `VRI session log – Southern Lights Interpreting
Session 8a2f-119 · 2026-02-24 10:02–10:47 · Services Australia, Adelaide Service Centre
Interpreter: ⦗n:Kunnukaqsaq Pitseolakjuaq⦘ (joined from ⦗a:203.45.117.28⦘)
Client: ⦗n:Ayalamboi Riquelmetata⦘ (joined from ⦗a:101.181.6.240⦘, mobile app)
Agency relay: 10.8.0.12 (TURN server) · audio quality 4/5 · no dropouts`,
  },
  {
    lang: 'en',
    kind: 'Hospital feedback form on an interpreted consultation',
    source: `PATIENT SERVICES – Interpreted Consultation Feedback
Patient name: ⦗n:Fanomezantsoaly Randrianasolony⦘   DOB: ⦗b:11/11/1958⦘
Clinic: Cardiology OPD, 26/02/2026
Interpreter: ⦗n:Miarantsoaly Razafindrabeny⦘ (Malagasy) – rating 5/5
Comment from the nurse: "Very clear, also explained the medication schedule to the daughter."
Form returned to interpreting@uhg.example`,
  },
  {
    lang: 'en',
    kind: 'Interpreting rate card (no person)',
    source: `Corrib Translation & Interpreting – Rate card 2026 (public sector)
Face-to-face interpreting: €55 first hour, €25 per additional 30 min
Telephone interpreting: €1.40 per minute, 10 min minimum
Video remote interpreting: €48 per hour, billed in 15-min steps
Certified translation of civil status documents: from €40 per page
Late cancellation (< 24 h): 100% of the minimum charge
Enquiries: office@corribti.example · 091 540 220`,
  },
  {
    lang: 'en',
    kind: 'IELTS test date timetable (no person)',
    source: `IELTS test dates – Southern Lights Test Centre AU-411 (Adelaide)
Academic / General Training (paper):  14 Mar, 11 Apr, 9 May 2026
Computer-delivered: every Tue and Sat, 09:00 and 13:30
Life Skills A1/B1: 21 Mar, 18 Apr 2026
Registration closes 5 working days before the test. Fee AUD 465 (Life Skills AUD 285).
Results: 3–5 days (computer), 13 days (paper).`,
  },
  {
    lang: 'en',
    kind: 'Code of conduct for community interpreters (no person)',
    source: `Code of Conduct – Community Interpreters (extract)
1. Accuracy: interpret everything that is said, without adding, omitting or changing meaning.
2. Impartiality: declare any conflict of interest before the assignment starts.
3. Confidentiality: information learned during an assignment is never disclosed, also after it ends.
4. Role boundaries: do not give advice, run errands for clients or exchange private contact details.
5. Professional development: at least 20 hours of training per year.`,
  },
  {
    lang: 'en',
    kind: 'English course brochure (no person)',
    source: `Red River Newcomer English Centre – Spring 2026
• LINC levels 1–6, free for permanent residents (bring your PR card)
• Evening General English B1/B2 – CAD 640 for 10 weeks
• English for Healthcare Workers – Thursdays, starts 12 March
• Conversation café every Friday 12:00 – free, no registration
Call (204) 555-0172 or e-mail registrar@redriver-english.example.`,
  },
  {
    lang: 'en',
    kind: 'Translation agency chat with a client about a school certificate',
    source: `Web chat – trentlanguage.example – 17/02/2026
Visitor (15:02): hi, i need my school leaving certificate from Romania translated for a nursing application
Agent ⦗n:Nicolachiu⦘ (15:03): Hello! Certified translation, yes. Could you upload a scan and leave your e-mail?
Visitor (15:05): done. its ⦗m:zoicachi.dimacinusa@virginmedia.com⦘ – name on the certificate ⦗n:Zoicachi Dimacinusa⦘
Agent ⦗n:Nicolachiu⦘ (15:06): Thanks, you'll get a quote within the hour (order UE-310901).`,
  },
  {
    lang: 'en',
    kind: 'Phone payment note for a rush translation',
    source: `Phone payment – 25/02/2026 11:05 – order UE-310955 (rush, 24 h)
Caller: ⦗n:Gitaundungu Ngugiwa⦘, call-back ⦗t:0427 190 338⦘
Card taken over the phone: ⦗c:⦘, exp 08/29 – authorised AUD 118.00, ref SL-PAY-4471
Deliver the certified PDF to ⦗m:gitau.ngugiwa@tpg.com.au⦘; hard copy to collect at the Southern Lights office.`,
  },
];
