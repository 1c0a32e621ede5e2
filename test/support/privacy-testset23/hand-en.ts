import type { HandSource } from './markup.js';

/** English hand-written documents of set 23, each a different kind; marks as in markup.ts. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'candidate-submission-email',
    source: `From: Liffey Executive Search <talent@liffeyexec.ie>
To: ⦃m:gunda.ankvab@tallis-pharma.ie⦄
Subject: Candidate submission – QA Director (REQ-2026-0519)

Hi ⦃n:Gunda⦄,
please find attached the profile of ⦃n:Wesner Dorsainvil⦄, currently QA lead at a Cork biologics site. He is open to Dublin and would need 3 months' notice. Best number for him: ⦃t:087 331 9024⦄.
Kind regards,
⦃n:Urpi Cutipa⦄ | Liffey Executive Search | 22 Fitzwilliam Place, Dublin 2 | +353 1 644 9100`,
  },
  {
    lang: 'en',
    kind: 'interview-feedback-scorecard',
    source: `Interview scorecard – Senior Payroll Analyst
Candidate: ⦃n:Yolette Fleurimond⦄
Interviewers: ⦃n:Ghjacumu Filippi⦄, ⦃n:Phumza Gqubule⦄
Technical (1-5): 4 | Communication: 5 | Culture add: 4
Comments (⦃n:Filippi⦄): strong on multi-country payroll, weak on Workday.
Recommendation: proceed to final round.`,
  },
  {
    lang: 'en',
    kind: 'reference-request-letter',
    source: `Harbourline Staffing Ltd · 3 Canal Wharf, Leeds LS11 5PS

Dear Mr ⦃n:Bhogadi⦄,
⦃n:Sibabalwe Nqakula⦄ has given your name as a referee for a temporary role as a warehouse supervisor. Could you confirm the dates of employment and whether you would re-employ? You can reply to references@harbourline.co.uk or call me on ⦃t:07723 418502⦄.
Yours sincerely,
⦃n:Ladidi Dantata⦄, Compliance Consultant`,
  },
  {
    lang: 'en',
    kind: 'offer-letter-us',
    source: `Brightwater Global Mobility Inc. | 800 Boylston Street, Boston, MA 02199

March 4, 2026

⦃n:Ibochouba Wahengbam⦄
⦃h:2217 Beacon Hill Road, Raleigh, NC 27605⦄

Dear ⦃n:Ibochouba⦄,
we are pleased to offer you the position of Mobility Specialist at a base salary of $78,000. Your start date is April 13, 2026. This offer is contingent on I-9 verification.
Sincerely,
⦃n:Lachman Advani⦄, VP People`,
  },
  {
    lang: 'en',
    kind: 'temp-assignment-confirmation',
    source: `ASSIGNMENT CONFIRMATION
Worker: ⦃n:Tapiwa Chinamasa⦄ (payroll no. HL-20931)
Client: Northgate Distribution, Wakefield
Role: forklift driver, nights, £13.40/h
Start: Monday 9 March 2026, 21:00
Report to: ⦃n:Berdakh Qalimbetov⦄, shift manager, ⦃t:+44 7810 552097⦄
Please bring your right-to-work share code.`,
  },
  {
    lang: 'en',
    kind: 'timesheet-dispute-email',
    source: `Subject: Timesheet w/e 15 Feb – hours missing

Hi team,
my timesheet shows 32 hours but I worked 40 (Friday double shift). My supervisor ⦃n:Tsitsi Mudzuri⦄ signed it off. Can you fix before payroll?
Thanks,
⦃n:Ajiniyaz Seytnazarov⦄
⦃t:07411 908336⦄`,
  },
  {
    lang: 'en',
    kind: 'payroll-bureau-starter-form',
    source: `NEW STARTER FORM (Germany payroll, processed by bureau)
Full name: ⦃n:Jeanty Célestin⦄
Date of birth: ⦃b:19/08/1990⦄
Home address: ⦃h:Hafenweg 31, 28195 Bremen⦄
German tax ID: ⦃x:⦄
Pension insurance no.: ⦃s:19081990 Celestin m⦄
Bank account: ⦃i:DE g⦄
Private email: ⦃m:jeanty.celestin@proton.me⦄`,
  },
  {
    lang: 'en',
    kind: 'salary-run-exception-report',
    source: `Salary run exceptions – February (UK entity)
1. ⦃n:Marjorie Estimé⦄ – bank details changed 2 days before cut-off; verified by call-back to ⦃t:07958 226014⦄ (number on file).
2. ⦃n:Gasan Saidov⦄ – emergency tax code, HMRC notified.
3. ⦃n:Rattanak Yim⦄ – new account ⦃i:GB g⦄, first payment.
Approved: ⦃n:Aqbota Jumamuratov⦄, Payroll Manager. Total =SUM(D2:D40) = £412,908.11`,
  },
  {
    lang: 'en',
    kind: 'leaver-checklist',
    source: `Leaver checklist – ⦃n:Mauro Ferrín⦄
Last working day: 27 March 2026
☑ Laptop returned (asset 4471)
☑ Building pass cancelled
☐ P45 to be posted to ⦃h:14 Marlborough Close, Bristol BS6 5QT⦄
☐ Exit interview with ⦃n:Clamença Roqueta⦄
Forward work mail to team inbox finance@ for 30 days.`,
  },
  {
    lang: 'en',
    kind: 'onboarding-welcome-pack',
    source: `Welcome to the Dublin office!
Your buddy: ⦃n:Wilner Estimé⦄ (Finance), ⦃m:w.estime@corriblabs.ie⦄
Your manager: ⦃n:Nangyalai Tanai⦄
Day 1: 09:00 reception (ask for facilities), 10:00 IT setup, 13:00 team lunch
Wi-Fi: Corrib-Guest (password at reception)
Payroll runs on the 25th; bank details via the self-service portal.`,
  },
  {
    lang: 'en',
    kind: 'household-goods-survey',
    source: `Pre-move survey (virtual), Grachtzicht Expat Services
Customer: ⦃n:Dipanjali Borgohain⦄ & ⦃n:Rituraj Chaliha⦄
Origin: ⦃h:52 Fernbank Drive, Glasgow G12 8QQ⦄
Destination: ⦃h:Witte de Withstraat 61, 3012 BM Rotterdam⦄
Items: piano (upright), 2 bikes, 40 book boxes
Survey conducted by ⦃n:Delgir Mukhlaev⦄ via Teams from ⦃a:213.127.48.3⦄ (customer)`,
  },
  {
    lang: 'en',
    kind: 'school-search-summary',
    source: `School search summary for the ⦃n:Bhuyan⦄ family (Luxembourg)
Children: ⦃n:Zubeen⦄ (Year 8) and ⦃n:Nilakshi⦄ (Year 3)
Option 1: International School, waiting list, interview 12 May
Option 2: European School II (category III), fees apply
Parents prefer English stream. Next call with ⦃n:Hiren Bhuyan⦄ on ⦃t:+352 621 447 803⦄.`,
  },
  {
    lang: 'en',
    kind: 'flat-viewing-feedback',
    source: `Viewing feedback – Copenhagen
Assignee: ⦃n:Suyunbike Dzhanibekov⦄
Flat: Nørrebrogade, 3 rooms, DKK 17,500/month – liked the light, worried about noise
Landlord wants deposit of 3 months to account given in lease; our client will pay from ⦃i:DK⦄.
Next viewing booked for Thursday.`,
  },
  {
    lang: 'en',
    kind: 'visa-application-cover-sheet',
    source: `Visa application – cover sheet (US L-1A, German national)
Applicant: ⦃n:Estève Lafont⦄
Date of birth: ⦃b:7 March 1982⦄
German passport no.: ⦃r:⦄
Current address: ⦃h:Bergstraße 12, 01067 Dresden⦄
Petitioner: Brightwater Global Mobility Inc. on behalf of the employer
Prepared by ⦃n:Tayakh Topoev⦄, case ref. BW-L1-2026-044`,
  },
  {
    lang: 'en',
    kind: 'blue-card-eligibility-memo',
    source: `Memo – EU Blue Card eligibility
Client: ⦃n:Debasis Panigrahi⦄, software architect, offer from a Munich employer at €66,000
Salary threshold 2026 met; degree from NIT Rourkela comparable (H+).
Recommendation: apply via fast-track procedure §81a.
Contact: ⦃m:debasis.panigrahi@outlook.com⦄
Adviser: ⦃n:Pureshka Kemaykin⦄`,
  },
  {
    lang: 'en',
    kind: 'family-reunification-checklist',
    source: `Family reunification – documents checklist
Sponsor: ⦃n:Cemil Hopali⦄ (residence permit holder)
Spouse: ⦃n:Nazlı Hopali⦄, born ⦃b:1993-10-02⦄
Children: ⦃n:Ziya⦄ (7)
☐ Marriage certificate with apostille
☐ Proof of A1 German (spouse)
☐ Proof of housing: lease for ⦃h:Linzer Gasse 19/3, 5020 Salzburg⦄
Case file MIG-AT-2026-072`,
  },
  {
    lang: 'en',
    kind: 'residence-permit-reminder',
    source: `Reminder: residence permit renewal due
Dear ⦃n:Khangembam⦄,
your permit expires on 30 June 2026. Please book an appointment with the immigration office at least 8 weeks before. We need: passport, 3 payslips, lease, health insurance certificate.
Reply with your availability to ⦃m:memcha.khangembam@icloud.com⦄ or text ⦃t:0151 22741903⦄ (your number on file).
Migration desk`,
  },
  {
    lang: 'en',
    kind: 'language-course-certificate-request',
    source: `Request: certificate reissue
Name on certificate: ⦃n:Bariyat Salavatov⦄
Course: German B2, Jan–Apr 2025
Reason: needed for naturalisation application; original lost in move.
Send to: ⦃h:Laan van Meerdervoort 204, 2517 AA Den Haag⦄
Fee €25 paid by card ending 4412.`,
  },
  {
    lang: 'en',
    kind: 'au-pair-match-profile',
    source: `Au pair profile – match proposal
Au pair: ⦃n:Rosmauli Marpaung⦄, 21, from Medan, driving licence, swimmer
DOB: ⦃b:11/02/2005⦄
Host family: the ⦃n:Vella⦄ family, Dún Laoghaire, 2 children
Host contact: ⦃n:Tereża Vella⦄, ⦃t:+353 86 209 4471⦄
Agency fee €1,250; visa: Working Holiday (IE).`,
  },
  {
    lang: 'en',
    kind: 'nanny-background-check',
    source: `Background check result (nanny placement, Austin TX)
Candidate: ⦃n:Thoibi Moirangthem⦄
Address history: ⦃h:4410 Larkspur Lane, Austin, TX 78704⦄ (2021–)
Criminal record: clear | Driving record: 1 speeding ticket (2022)
CPR certification valid until 2027.
Reviewed by ⦃n:Willka Tarqui⦄, Placement Coordinator`,
  },
  {
    lang: 'en',
    kind: 'staffing-invoice-query',
    source: `Invoice query #INV-88412
Client: Kronberg Werke UK Ltd
Query: worker ⦃n:Kinzyabay Ishmurzin⦄ invoiced for 46 hours in week 7, client records 40.
Our branch will check the signed timesheet. Credit note if confirmed.
Accounts receivable, Harbourline Staffing Ltd, VAT ID GB 318 4471 09`,
  },
  {
    lang: 'en',
    kind: 'relocation-expense-claim',
    source: `Relocation expense claim
Employee: ⦃n:Darmansyah Mandahiliang⦄
Items: temporary housing 14 nights £2,380; flights 2 adults, 1 child £1,120; shipping £4,900
Paid with corporate card? No – personal card ⦃c:d⦄
Reimburse to: ⦃i:GB⦄
Approved by ⦃n:Segundino Bumanglag⦄`,
  },
  {
    lang: 'en',
    kind: 'work-permit-application-uae',
    source: `Work permit & residence visa – UAE (Dubai)
Employee: ⦃n:Venkatesh Tadepalli⦄
Nationality: Indian | Profession: Site Engineer
Personal email for e-visa: ⦃m:venkatesh.tadepalli@gmail.com⦄
Mobile (UAE): ⦃t:+971 50 381 2277⦄
Medical fitness test booked, Emirates ID biometrics to follow. PRO: our Dubai office.`,
  },
  {
    lang: 'en',
    kind: 'diversity-training-report',
    source: `Inclusive hiring training – completion report (Q1)
Hiring managers trained: 148 of 171 (87%)
Average rating: 4.4 / 5
Structured interview adoption: 62% of requisitions (target 80%)
No individual data is shown; teams under 5 people are grouped.`,
  },
  {
    lang: 'en',
    kind: 'recruitment-market-briefing',
    source: `Market briefing – engineering talent in Poland and Spain
Median salary, senior backend developer: Warsaw PLN 26,000/month (B2B), Madrid €58,000/year
Time to hire: 41 days (Warsaw), 37 days (Madrid)
Notice periods: 1–3 months in Poland; 15 days common in Spain
Source: our placements 2025, n = 212. Prepared by the research desk.`,
  },
  {
    lang: 'en',
    kind: 'apprenticeship-levy-summary',
    source: `Apprenticeship levy summary 2025/26
Pay bill: £4.2m → levy 0.5% = £21,000 less £15,000 allowance = £6,000
Funds available in digital account: £18,420
Expiring funds next quarter: £1,230
Cost centre KST-3302; formula in workbook: =MAX(0;B2*0.005-15000)`,
  },
  {
    lang: 'en',
    kind: 'candidate-gdpr-deletion-log',
    source: `Candidate data deletion log (retention 6 months)
2026-03-01 deleted: profile of ⦃n:Chagylgan Tarabukin⦄ (applied 2025-08-14)
2026-03-01 deleted: profile of ⦃n:Kudzai Nyathi⦄ (applied 2025-08-20)
Retained (consent for talent pool): ⦃n:Aidys Sedip⦄ until 2027-03-01
Run by: privacy@kestrel-talent.de (automated)`,
  },
  {
    lang: 'en',
    kind: 'headhunter-call-notes',
    source: `Call notes – 12 Feb
Spoke to ⦃n:Kheda Baysarov⦄ (currently COO at a Vienna logistics firm). Interested if role is hybrid. Current package ~€190k + bonus. Wife ⦃n:Zulay⦄ works in Vienna, so Munich would be a weekly commute.
Mobile: ⦃t:+43 699 183 20447⦄, LinkedIn preferred for first contact.
Next: send brief by Friday. – ⦃n:Iaco Vallazza⦄`,
  },
  {
    lang: 'en',
    kind: 'expat-tax-briefing-invite',
    source: `Invitation: expat tax briefing (Spain, Beckham regime)
Attendee: ⦃n:Olalla Rivas⦄ (transferring from Berlin to Madrid)
Date: 18 March 2026, 15:00 CET, Zoom
Your adviser: ⦃n:Roi Pedrayo⦄, ⦃m:roi.pedrayo@iberia-mobility.es⦄
Please bring your Spanish NIE and last German payslip.`,
  },
  {
    lang: 'en',
    kind: 'id-check-right-to-work',
    source: `Right-to-work check record (UK, German national with settled status)
Name: ⦃n:Fatimat Gemuev⦄
Document seen: German ID card no. ⦃k:⦄ and share code WX4 T7R PL2
Date of birth: ⦃b:24.06.1996⦄
Checked online by ⦃n:Osyp Suvorkin⦄ on 05/01/2026 from ⦃a:81.2.69.160⦄
Next check: not required.`,
  },
  {
    lang: 'en',
    kind: 'spreadsheet-import-error-email',
    source: `Subject: import errors in candidate workbook

Hi,
the ATS import rejected 3 rows of "Candidates.xlsx": row 7 (⦃n:Jethanand Mirchandani⦄) has phone 4.4791E+10, we need the full number; row 9 has a date of birth ⦃b:33412⦄ instead of a date; the name column in row 12 still holds =CONCATENATE(B12," ",C12).
Can you re-export as text?
⦃n:Bhagwanti Lalwani⦄, HR Systems`,
  },
];
