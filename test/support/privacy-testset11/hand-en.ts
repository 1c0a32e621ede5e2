import type { HandDocument } from './hand-de.js';

/**
 * Set 11, hand-written, English: a council's adult social care, a refugee advice centre, a parish
 * office, a hospice, a university registry, a fire and rescue volunteer unit, a food bank, a housing
 * co-operative, children's services and a blood service (UK, Ireland, US). Marks ⟪code:value⟫.
 */
export const HAND_EN: HandDocument[] = [
  {
    lang: 'en',
    kind: 'adult social care case note',
    source: `ADULT SOCIAL CARE – CASE NOTE   Ref SD-26-0733
Client: ⟪P:Gwilym Llewellyn⟫   DOB: ⟪D:14/02/1939⟫   NHS no. 485 777 3456
Address: ⟪A:Flat 3, Tŷ Gwyn, 22 Heol y Felin, Cardiff CF14 2QX⟫
Visit 19/11 with OT ⟪P:Bethan Prosser⟫. Mr ⟪P:Llewellyn⟫ struggling with stairs, daughter ⟪P:Nerys Treharne⟫ (NOK) present.
NOK mobile ⟪T:07700 918 442⟫, email ⟪E:nerys.treharne@btinternet.com⟫
Plan: stairlift assessment, referral to falls team. Discussed with TM ⟪P:Iolo Maddocks⟫ – agreed.`,
  },
  {
    lang: 'en',
    kind: 'refugee advice centre intake',
    source: `Refugee Advice Centre – Drop-in intake form (completed by volunteer)
Full name: ⟪P:Tamrat Woldegiorgis⟫        Also known as: ⟪P:Tamrat W. Gebrehiwot⟫ (on Home Office letter)
D.O.B.: ⟪D:1 Jan 1996⟫  (HO default date)   Nationality: Eritrean
Current address: ⟪A:c/o St Aidan's Night Shelter, 41 Corporation Street, Coventry CV1 1GF⟫
Phone: ⟪T:+44 7911 304 226⟫ (shared with roommate ⟪P:Kassahun Birhanu⟫)
Issue: Section 95 support stopped after positive decision; needs Universal Credit and housing. Interpreter (Tigrinya) ⟪P:Aster Teklemariam⟫ booked for 02/12.
Volunteer: ⟪P:Struan⟫ (first name only please)`,
  },
  {
    lang: 'en',
    kind: 'parish office banns of marriage',
    source: `PARISH OF ST MUNGO – NOTICE OF BANNS
I publish the Banns of Marriage between
⟪P:Ewan Farquharson⟫, bachelor, of this parish, born ⟪D:3rd of March '92⟫, and
⟪P:Mhairi Isla-Mae Strachan⟫, spinster, of the parish of St Columba, Largs.
If any of you know cause or just impediment why these persons may not be joined together in Holy Matrimony, ye are to declare it.
First time of asking: Sunday 29 November 2026.
Contact the parish office: office@stmungo-parish.org.uk / 0141 552 7730`,
  },
  {
    lang: 'en',
    kind: 'hospice volunteer rota',
    source: `Greenfield Hospice – Volunteer drivers rota, Dec 2026
Date	Driver	Mobile	Patient pick-up (initials only!)
Tue 1	⟪P:Bethan Vaughan⟫	⟪T:07823 119 045⟫	R.B.
Thu 3	⟪P:Angus McCorquodale⟫	⟪T:07754-660 312⟫	J.M.
Sat 5	⟪P:Kirsty Gillespie⟫	⟪T:(01483) 558 204⟫	–
Tue 8	⟪P:Hamish Urquhart⟫	⟪T:07441 200317⟫	R.B.
Coordinator: ⟪P:Iona Sinclair⟫, volunteers@greenfieldhospice.org.uk, ext. 214`,
  },
  {
    lang: 'en',
    kind: 'university registry grade appeal',
    source: `From: Registry Appeals <⟪E:academic.appeals@registry.ed.ac.uk⟫>
To: ⟪E:s2284419@ed.ac.uk⟫
Subject: RE: Academic appeal – MSc Dissertation mark (Case AA/26/0193)

Dear Mr ⟪P:Ubirajara Damasceno⟫,

Thank you for your appeal. The Appeals Committee will meet on 14 January 2027. Your supervisor, Dr ⟪P:Raffaele Squillace⟫, has been asked for a statement.

On 22 Nov 2026, at 23:40, ⟪P:Ubirajara Damasceno⟫ <⟪E:s2284419@ed.ac.uk⟫> wrote:
> I was ill during the submission period (GP letter attached). My date of birth is ⟪D:07/09/1998⟫ in case you need to find my record.
> Best, Bira`,
  },
  {
    lang: 'en',
    kind: 'fire and rescue incident report',
    source: `INCIDENT REPORT – RETAINED STATION 14 – INC/26/4471
Time of call: 02:47 on 08/11/2026   Type: RTC, persons trapped
Location: A82 nr Inverarnan (no casualty address at scene)
Casualty 1: ⟪P:Toshiaki Yanagisawa⟫, male, DOB ⟪D:1979-05-30⟫, Japanese passport (not recorded), tourist
Casualty 2: ⟪P:Kazumi Yanagisawa⟫, female, conscious, minor injuries
Crew: WM ⟪P:Hamish⟫ (OIC), FF ⟪P:Ewan Buchanan⟫, FF ⟪P:Isla-Mae MacLachlan⟫
Next of kin contacted via embassy: ⟪T:+81 90 4412 7783⟫`,
  },
  {
    lang: 'en',
    kind: 'food bank referral voucher',
    source: `FOODBANK E-REFERRAL VOUCHER  #FB-2611-00871
Referring agency: Citizens Advice Wirral (agent ⟪P:Tegid Vaughan⟫)
Client name: ⟪P:Onyinye Okoroafor⟫   DOB: ⟪D:22.04.1988⟫
Postcode area: CH41 (full address withheld by client)
Household: 1 adult, 3 children (ages 9, 6, 2)
Reason: benefit delay (UC advance refused)
Dietary: halal, no nuts. Client phone ⟪T:0151 647 3380⟫
Vouchers this 6 months: 2 of 3`,
  },
  {
    lang: 'en',
    kind: 'housing co-op members list csv',
    source: `member_no,surname,forename,flat,email,phone,joined
1021,⟪P:Ramoncito⟫,⟪P:Florante⟫,2A,⟪E:florante.r@outlook.com⟫,⟪T:020 7946 0321⟫,2011
1022,⟪P:Kipchumba⟫,⟪P:Zawadi⟫,2B,⟪E:zawadi.kipchumba+coop@gmail.com⟫,,2015
1031,⟪P:Otieno-Mutua⟫,⟪P:Baraka⟫,3A,,⟪T:07956 310 884⟫,2019
1040,⟪P:Capistrano⟫,⟪P:Divina⟫,4A,⟪E:divina.capistrano@yahoo.co.uk⟫,⟪T:+44 (0)20 7946 0887⟫,2024
# column 'surname' holds forename for 1021 (import error, see ticket)`,
  },
  {
    lang: 'en',
    kind: 'children services strategy meeting minutes',
    source: `STRATEGY DISCUSSION (s.47) – MINUTES – RESTRICTED
Child: ⟪P:Neema Wanjiku⟫ (dob ⟪D:19.10.2019⟫)
Mother: ⟪P:Rehema Wanjiku⟫; partner ⟪P:Juma Njoroge⟫ (not father)
Home address: ⟪A:14 Ashgrove Road, Luton LU3 1QE⟫
Present: SW ⟪P:Tumaini Chepkoech⟫ (chair), DS ⟪P:Gwilym Maddocks⟫ (police), HV ⟪P:Angharad Gruffydd⟫, school DSL ⟪P:Emrys Prosser⟫
Actions:
- SW to visit today with police
- HV to share growth chart
- DSL: attendance since Sept`,
  },
  {
    lang: 'en',
    kind: 'blood donor session booking email',
    source: `Hi ⟪P:Huu Nghia⟫,

Your appointment is confirmed:
Mon 7 December 2026, 16:20 – Leeds Donor Centre
Donor number: 98442-71-C

Please bring photo ID. For changes call 0300 123 23 23 (not the short code 60030).

Registered details: ⟪P:Luong Huu Nghia⟫, born ⟪D:March 3rd, 1985⟫, ⟪E:nghia.luong@protonmail.com⟫`,
  },
  {
    lang: 'en',
    kind: 'council tax reduction letter',
    source: `Mrs ⟪P:Jarmila Procházková⟫
⟪A:27 Wellington Terrace
Bradford
BD7 3HL⟫

Council Tax Reduction – Account 3004419826

Dear Mrs ⟪P:Procházková⟫,
We have reassessed your entitlement following the change of circumstances reported by your son ⟪P:Radim Hrubeš⟫ on 2 November.
If you disagree, write to us within one month. Dear Sir or Madam templates must not be used for this letter.`,
  },
  {
    lang: 'en',
    kind: 'GP referral letter',
    source: `Riverside Medical Practice
Dr ⟪P:Imran Bajwa⟫ MRCGP

Dear Colleague,
Re: ⟪P:Rukhsana Siddiqui⟫, D.O.B. ⟪D:02.02.1964⟫, ⟪A:88 Stoney Lane, Birmingham B12 8AF⟫, tel ⟪T:0121 449 3016⟫

Thank you for seeing this 62-year-old lady with a 3-month history of dysphagia to solids and 4 kg weight loss. Two-week-wait criteria met.
She prefers Urdu; her daughter ⟪P:Nusrat Chaudhry⟫ (⟪T:07887 440 219⟫) usually interprets.
Yours sincerely,
Dr ⟪P:I. Bajwa⟫`,
  },
  {
    lang: 'en',
    kind: 'hospital discharge summary',
    source: `DISCHARGE SUMMARY – Ward 23 (Elderly Care)
Patient: ⟪P:VAITHILINGAM, Selvaraj⟫   Hosp no. K4471920   DOB ⟪D:11-Aug-1946⟫
Admitted 16/11/26 with CAP, discharged 27/11/26 to home with POC x2 daily.
Lives with wife ⟪P:Thamarai⟫ at ⟪A:5 Cedar Close, Harrow HA2 0LP⟫.
GP: Dr ⟪P:Ponnambalam⟫. Follow-up CXR 6 weeks.
Discharging doctor: Dr ⟪P:Anbarasi Chelliah⟫, FY2, bleep 4471`,
  },
  {
    lang: 'en',
    kind: 'food bank slack channel export',
    source: `#warehouse-volunteers
⟪P:Zoi Manousakis⟫  9:02 AM
van keys are with ⟪P:Leonidas⟫ today, he's at the Tesco collection till 11
⟪P:Leonidas Tsoukalas⟫  9:05 AM
yep 👍 if anyone needs me ⟪T:07700 900 581⟫
⟪P:Polychronis Koutsogiannis⟫  9:30 AM
@⟪P:Zoi Manousakis⟫ the new volunteer (⟪P:Euthymia⟫) asked for the DBS form, can you email her? ⟪E:euthymia.stathopoulou@icloud.com⟫
⟪P:Zoi Manousakis⟫  9:31 AM
done. Hi team — stock count Friday, pizza provided`,
  },
  {
    lang: 'en',
    kind: 'housing co-op repair ticket',
    source: `Ticket #4821 – Damp in bathroom – Status: Open
Reported by: ⟪P:Sadia Rana⟫ (flat 5C) via repairs@elmfield-coop.org.uk on 17/11/2026
Tenant contact: ⟪T:07462 115 390⟫

Comment (⟪P:Junaid Butt⟫, maintenance, 18/11): visited, extractor fan not working, ordered part no. EF-220-W.
Comment (⟪P:Sadia Rana⟫, 24/11): still no fan, mould spreading to bedroom.
Comment (system): SLA breached (7 days).`,
  },
  {
    lang: 'en',
    kind: 'court summons magistrates',
    source: `IN THE MAGISTRATES' COURT
SUMMONS
To: ⟪P:AKINYEMI-OKE, Adeola⟫
of ⟪A:Flat 12, Beaumont House, 9 Peckham Hill Street, London SE15 5JT⟫
Date of birth: ⟪D:27/06/1983⟫
You are summoned to appear at Camberwell Green Magistrates' Court on 18 January 2027 at 10:00 to answer the information of the London Borough of Southwark that you failed to pay council tax for the period 2025/26.`,
  },
  {
    lang: 'en',
    kind: 'US nonprofit donor CRM note',
    source: `Donor record – Riverbend Community Pantry (Salesforce export, notes field)
Donor: ⟪P:Bálint Lukács⟫ & ⟪P:Aranka Lukács⟫
Address: ⟪A:4410 Maple Ridge Dr, Ann Arbor, MI 48104⟫
Phone: ⟪T:(734) 555-0193⟫ x22 (work) / ⟪T:+1 734 555 0147⟫ (home)
Email: ⟪E:aranka.lukacs@umich.edu⟫
Notes: recurring gift $75/mo on card ⟪C:4455 8866 7913 7665⟫ – card expired 10/26, called 11/20, left VM. Prefers contact after 6pm.`,
  },
  {
    lang: 'en',
    kind: 'call centre transcript benefits helpline',
    source: `[Call 26-11-30-0912 | Agent: ⟪P:Hrafnhildur⟫ | Duration 07:41]
AGENT: Thank you for calling the benefits helpline, can I take your full name please?
CALLER: Yes, it's ⟪P:Guðrún Björnsdóttir⟫.
AGENT: And your date of birth?
CALLER: ⟪D:the fifth of November, nineteen seventy-two⟫... sorry, ⟪D:5/11/72⟫.
AGENT: And the first line of your address and postcode?
CALLER: ⟪A:19 Marine Parade, Brighton BN2 1TL⟫.
AGENT: Thanks. And a number we can call you back on?
CALLER: ⟪T:07722 301 558⟫.`,
  },
  {
    lang: 'en',
    kind: 'new volunteer onboarding form json',
    source: `{
  "volunteer": {
    "name": "⟪P:Batbayar Purevdorj⟫",
    "preferredName": "⟪P:Baggi⟫",
    "dob": "⟪D:1994-08-21⟫",
    "email": "⟪E:batbayar.purevdorj@mail.com⟫",
    "phone": "⟪T:+44 7845 228190⟫",
    "address": "⟪A:Room 4, 61 Victoria Road, Cambridge CB4 3BW⟫",
    "emergencyContact": { "name": "⟪P:Oyunchimeg Dorjsuren⟫", "phone": "⟪T:+976 9911 4420⟫" },
    "role": "hospice café",
    "dbsRequired": true
  }
}`,
  },
  {
    lang: 'en',
    kind: 'enrolment record yaml',
    source: `# St Brigid's Adult Education – evening classes enrolment
- learner: ⟪P:Clodagh Ní Dhomhnaill⟫
  born: ⟪D:1969-12-03⟫
  email: ⟪E:clodagh.nidhomhnaill@eircom.net⟫
  course: Irish for beginners (Gaeilge 1)
- learner: ⟪P:Fiachra Moynihan⟫
  born: ⟪D:2001-01-17⟫
  email: ⟪E:fmoynihan@tcd.ie⟫
  course: Bookkeeping L2
  fee_waiver: yes`,
  },
  {
    lang: 'en',
    kind: 'employee payroll query UK charity',
    source: `Hi ⟪P:Ilir⟫,

Quick one – my November payslip shows emergency tax code 0T again. My German tax ID from before I moved is ⟪TX:35726899047⟫ if that helps HMRC at all (probably not!). NI number is QQ 12 34 56 C.
Could you also change my bank details to ⟪I:NL46INGB7430870820⟫ – sorry, wrong one, UK account: sort code 20-00-00, acc 43771209.

Thanks,
⟪P:Valbona Krasniqi⟫
Fundraising Officer | ⟪T:020 3322 4410⟫ ext 31`,
  },
  {
    lang: 'en',
    kind: 'travel booking youth exchange passenger list',
    source: `YOUTH EXCHANGE HAMBURG – FLIGHT MANIFEST (group PNR 7KQ2XZ)
NO  NAME                          DOB         DOC
01  ⟪P:GANTULGA/SARAANTUYA⟫ MS      ⟪D:04MAR2007⟫   ⟪PA:FJ3GF322F0⟫
02  ⟪P:SUKHBAATAR/GANZORIG⟫ MR      ⟪D:17JUL2006⟫   ⟪PA:HP094CCNM6⟫
03  ⟪P:ERDENEBAT/NARANTSETSEG⟫ MS   ⟪D:29DEC2007⟫   ⟪PA:GY1N1YHTW1⟫
LEADER ⟪P:BAASANJAV/TÖMÖRBAATAR⟫ MR ⟪D:11JAN1981⟫   ⟪PA:KKNW05M109⟫
Group contact: exchange@ymca-hamburg-partners.de`,
  },
  {
    lang: 'en',
    kind: 'care home incident whatsapp family',
    source: `[28/11/2026, 19:44] ⟪P:Pichit Wongsuwan⟫: Mum had a fall at the home today, they rang me at work
[28/11/2026, 19:45] ⟪P:Chanida Jantarasiri⟫: oh no!! is she ok? which hospital?
[28/11/2026, 19:47] ⟪P:Pichit Wongsuwan⟫: not hospital, just bruised. the nurse is called ⟪P:Nongluck⟫, her direct line ⟪T:01632 960 225⟫
[28/11/2026, 19:50] ⟪P:Chanida Jantarasiri⟫: I'll go tomorrow morning. can you send me mum's NHS letter? my email changed: ⟪E:chanida.j (at) hotmail (dot) com⟫`,
  },
  {
    lang: 'en',
    kind: 'lab request form',
    source: `PATHOLOGY REQUEST – HAEMATOLOGY / BIOCHEMISTRY
SURNAME: ⟪P:KELMENDI⟫           FORENAME: ⟪P:DRITA⟫
DATE OF BIRTH: ⟪D:09 / 06 / 1977⟫   SEX: F
ADDRESS: ⟪A:2 LARK RISE, NORWICH NR4 7TJ⟫
REQUESTING CLINICIAN: DR ⟪P:GËZIM HOXHAJ⟫ (BLEEP 3301)
TESTS: FBC, U&E, LFT, TFT, FERRITIN
CLINICAL DETAILS: TATT, ?ANAEMIA`,
  },
  {
    lang: 'en',
    kind: 'insurance claim community hall',
    source: `Claim form – Property damage – Policy CH-558201-UK
Policyholder: Elmfield Housing Co-operative Ltd (claim handled by secretary)
Secretary: ⟪P:Mimoza Shehu⟫, secretary@elmfield-coop.org.uk, ⟪T:0117 496 0822⟫
Third party (neighbour whose pipe burst): ⟪P:Arben Dervishi⟫, ⟪A:16 Elmfield Road, Bristol BS9 1SW⟫
Date of loss: 04/11/2026. Estimated cost £3,840. Photos attached (IMG_4410–4422).`,
  },
  {
    lang: 'en',
    kind: 'university app audit log',
    source: `2026-11-27 21:14:02 UTC login.success user=⟪E:drazen.jurisic@student.ucd.ie⟫ src=⟪IP:193.123.24.166⟫ ua="Mozilla/5.0"
2026-11-27 21:14:40 UTC grades.view user=⟪E:drazen.jurisic@student.ucd.ie⟫ module=ECON20020
2026-11-27 21:20:11 UTC login.fail user=⟪E:zrinka.vidovic@student.ucd.ie⟫ src=⟪IP:2a09:4954:cef4:9f02::a195⟫ reason=bad_password
2026-11-27 21:20:19 UTC login.success user=⟪E:zrinka.vidovic@student.ucd.ie⟫ src=⟪IP:2a09:4954:cef4:9f02::a195⟫
2026-11-27 21:30:00 UTC job.backup status=ok version=3.9.14`,
  },
  {
    lang: 'en',
    kind: 'donation by card phone notes',
    source: `Phone donation – taken by ⟪P:Eirlys⟫ 30/11 14:05
Donor: ⟪P:Sigurður Einarsson⟫ (Icelandic, lives in Hull)
Gift: £250 one-off for the winter appeal
Card: ⟪C:3706 643133 83247⟫ exp 09/28 – CVV NOT written down (policy)
Gift Aid: yes, address ⟪A:7 Pearson Park, Hull HU5 2TQ⟫
Receipt by email ⟪E:sigurdur.einarsson@hull-mail.co.uk⟫`,
  },
  {
    lang: 'en',
    kind: 'newsletter without personal data',
    source: `ELMFIELD CO-OP NEWS – WINTER 2026
Hi everyone! The AGM approved the new repairs policy (version 2.1) and the solar panels on Block C are finally live.
Our garden shed "Big Frank" has been repainted, and the Hope Street allotments reopen in March.
Bin collection over Christmas: Boxing Day collections move to Saturday 27 December.
Invoices from our contractor Rose & Jung Ltd (INV-2026-0088 to INV-2026-0104) have all been paid.
Reminder: file references now look like SD-26-0000 if the council writes to you, and food bank receipts SQ-11-00000.`,
  },
  {
    lang: 'en',
    kind: 'training course flyer without personal data',
    source: `SAFEGUARDING LEVEL 2 – REFRESHER (online)
Dear Sir or Madam,
the county's multi-agency safeguarding partnership offers free refresher sessions for volunteers of registered charities (charity no. 1099812, VAT GB 244 5521 09).
Dates: 12 Jan, 9 Feb, 8 Mar 2027, 10:00–12:30, via Teams.
Course code SG2-R-27; handbook ISBN 978-1-84619-552-0.
Places are allocated per organisation, not per person. Hi team – please forward to your coordinators.`,
  },
  {
    lang: 'en',
    kind: 'fire station open day notice without personal data',
    source: `OPEN DAY – RETAINED STATION 14, MAIN STREET, TARBET
Saturday 6 June 2027, 11am–3pm. Meet the crew, see the new Volvo FL appliance (reg. SF26 KXT), smoke-alarm fitting demonstrations.
Recruiting now: on-call firefighters aged 18+, living or working within 5 minutes of the station.
Sponsored by Loch Lomond Shores and Rowan & Hope Bakery.
Incident numbers INC/26/0001 onwards are published monthly on the service website.`,
  },
];
