import type { HandWritten } from './handwritten.js';

/** English hand-written documents of test set 2 (markup: see markup.ts). Never tune on them. */
export const HAND_EN: HandWritten[] = [
  {
    lang: 'en',
    kind: 'email-thread',
    source: `From: [[P:Eleanor Hughes]] <[[E:eleanor.hughes@ironbridge.co.uk]]>
To: [[P:Karthik Venkataraman]] <[[E:karthik.venkataraman@gmail.com]]>
Date: Tue, 10 Feb 2026 09:14:52 +0000
Subject: Re: Offer letter – Senior Engineer

Hi [[P:Karthik]],

Great news, thanks for accepting! Could you send over your bank details and a copy of your passport before your start date (2 March)?

Kind regards,
[[P:Eleanor]]

[[P:Eleanor Hughes]] | People Partner
Ironbridge Components Ltd, Unit 4, Coalbrookdale Business Park, Telford TF8 7DR
Direct: [[T:0118 496 0725]]

On Mon, 9 Feb 2026 at 21:03, [[P:Karthik Venkataraman]] <[[E:karthik.venkataraman@gmail.com]]> wrote:
> Dear [[P:Eleanor]],
> I'm happy to accept the offer. My mobile is [[T:07700 900 418]] if you need anything.
> Best wishes,
> [[P:Karthik]]`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `[2/11/26, 7:42:03 PM] [[P:Chidi Obi]]: anyone still at the office?
[2/11/26, 7:43:15 PM] [[P:Larissa]]: me, leaving in 10
[2/11/26, 7:43:40 PM] [[P:Chidi Obi]]: can you check if I left my charger in room 3? 🙏
[2/11/26, 7:46:02 PM] [[P:Larissa]]: yep it's here, I'll put it on your desk
[2/11/26, 7:46:30 PM] [[P:Chidi Obi]]: legend, thanks [[P:Larissa]]`,
  },
  {
    lang: 'en',
    kind: 'csv',
    source: `employee_id,first_name,last_name,date_of_birth,mobile,start_date
E1041,[[P:Aoife]],[[P:Kavanagh]],[[DOB:1989-03-17]],[[T:+353 87 214 5530]],2021-06-01
E1042,[[P:Hyunwoo]],[[P:Seo]],[[DOB:1995-11-02]],[[T:07823 118 904]],2022-01-10
E1043,[[P:Temitope]],[[P:Adeleke]],[[DOB:1979-07-25]],[[T:07946 551 203]],2016-09-05
E1044,[[P:Federico]],[[P:Gallo]],[[DOB:2000-02-29]],,2024-03-18`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    source: `NEW STARTER FORM — CONFIDENTIAL

Full name: [[P:Ishaan Mehta]]
Preferred name: [[P:Ish]]
Date of birth: [[DOB:14 August 1997]]
Home address: [[ADDR:37 Holly Walk, Norwich NR2 3HT]]
Personal email: [[E:ishaan1997@gmail.com]]
Mobile: [[T:07511 204 883]]
Emergency contact: [[P:Sneha Mehta]] (sister), [[T:07700 981 342]]
Bank account (IBAN): [[IBAN]]
Start date: 2 March 2026   Department: Finance`,
  },
  {
    lang: 'en',
    kind: 'patient-form',
    source: `PATIENT REGISTRATION — Elmwood Medical Centre

Surname: [[P:O'Sullivan]]        Forename(s): [[P:Niamh]]
Date of birth: [[DOB:03/09/1966]]
Address: [[ADDR:12 Station Approach
Exeter EX4 6PX]]
Telephone: [[T:01392 724 418]]
Previous GP: Dr [[P:Lucy Fletcher]], Riverside Surgery
Next of kin: [[P:Eoin O'Sullivan]] (husband)

Do you smoke? No    Units of alcohol per week: 6`,
  },
  {
    lang: 'en',
    kind: 'insurance-claim',
    source: `CLAIM FORM — TRAVEL INSURANCE
Policy number: TRV-55190-2026

Policyholder: [[P:Rafaela Monteiro]]
Date of birth: [[DOB:Jan 30, 1985]]
Address: [[ADDR:4410 Willow Street, Denver, CO 80205]]
Phone: [[T:303.555.0147]]
Email: [[E:rafaela.monteiro@icloud.com]]

What happened: Flight from Lisbon cancelled on 14 February 2026, two extra hotel nights.
Amount claimed: EUR 386.00
Payment to card ending 4417 or to account [[IBAN]]`,
  },
  {
    lang: 'en',
    kind: 'tenancy',
    source: `ASSURED SHORTHOLD TENANCY AGREEMENT

Landlord: Coronation Lettings Ltd, 2 Market Street, Sheffield S1 2GH
Tenant(s): [[P:Jericho Villanueva]] and [[P:Liezl Villanueva]]
Property: [[ADDR:21 Coronation Terrace, Sheffield S10 2TN]]
Term: 12 months from 1 April 2026
Rent: £925 per calendar month, payable on the 1st by standing order
Deposit: £1,067, protected with the Deposit Protection Service within 30 days

Tenant's forwarding address: [[ADDR:88 Beech Close, Sheffield S10 2TN]]`,
  },
  {
    lang: 'en',
    kind: 'ticket',
    source: `Zendesk #90211 — Can't reset password
Requester: [[P:Stavros Antoniou]] <[[E:stavros.antoniou@btinternet.com]]>
Status: Pending · Channel: Web form

[[P:Stavros Antoniou]], 11 Feb 2026, 14:02
The reset link says "expired" every time. I tried from home ([[IP:109.150.33.82]]) and from work.

[[P:Freddie Bennett]] (Agent), 11 Feb 2026, 14:20
Hi [[P:Stavros]], sorry about that — I've sent a fresh link that's valid for 24 hours. Let me know how you get on!
[[P:Freddie]]`,
  },
  {
    lang: 'en',
    kind: 'minutes',
    source: `Minutes — Parent Teacher Association, 5 February 2026

Present: [[P:Beverley Thompson]] (Chair), [[P:Kwabena Mensah]], [[P:Mafalda Pinto]], [[P:George Wright]]
Apologies: [[P:Yuliia Bondarenko]]

1. Summer fair: [[P:Mafalda]] to book the bouncy castle by 1 March. Budget £400.
2. Treasurer's report: balance £2,318.50.
3. AOB: [[P:George]] asked whether the school can add a second bike shed.

Next meeting: 5 March 2026, 7pm, school library.`,
  },
  {
    lang: 'en',
    kind: 'invoice',
    source: `Ironbridge Components Ltd
Unit 4, Coalbrookdale Business Park, Telford TF8 7DR · VAT GB 284 9917 06 · Company no. 08812345

INVOICE INV-26-00412
Date: 18 February 2026 · Customer PO: {{ORDER}} · Due: 20 March 2026

Qty  Part                   Unit     Total
40   {{SKU}} hex bolt M8     £0.42    £16.80
12   {{SKU}} bracket         £3.10    £37.20

Subtotal £54.00 · VAT 20% £10.80 · Total £64.80
Please pay by BACS to sort code 20-44-91, account 43810922, quoting INV-26-00412.`,
  },
  {
    lang: 'en',
    kind: 'delivery-note',
    source: `DELIVERY NOTE DN-33091
Despatched: 02/03/2026 via Parcelforce
Tracking: {{PARCEL}}

Deliver to:
[[P:Padraig Doherty]]
[[ADDR:9 Windmill Hill
York YO31 7EE]]

Items: 2 × {{SKU}} storage box, 1 × {{SKU}} lid
Signed for by: ____________`,
  },
  {
    lang: 'en',
    kind: 'cv',
    source: `[[P:KWAME OFORI]]
[[ADDR:52 Ashdown Road, Reading RG1 5AB]] · [[T:07946 117 330]] · [[E:kwame.ofori@gmail.com]]

PROFILE
Chartered accountant with eight years in audit and payroll.

EXPERIENCE
Clearwater Payroll Services Ltd — Payroll Manager (2021–present)
Saltmarsh & Pryce Solicitors LLP — Finance Officer (2017–2021)

EDUCATION
University of Ghana, BSc Accounting (2015)

References available on request.`,
  },
  {
    lang: 'en',
    kind: 'incident-report',
    source: `INCIDENT REPORT — Security Desk, Riverside Campus
Ref: SEC-2026-0198 · Logged {{LOG}}

Reporting officer: [[P:N. Robinson]]
Person involved: [[P:Dmytro Hrytsenko]], visitor, DOB [[DOB:08-Jun-1991]]
Identification checked: German passport no. [[PASS]]
Description: Visitor's badge did not open the turnstile at Gate B; visitor was escorted to reception and a new badge was issued.
Witness: [[P:Amelia Walker]] (reception), ext. 2291
Action: Badge printer firmware {{VER}} reported to IT.`,
  },
  {
    lang: 'en',
    kind: 'school-letter',
    source: `St Aidan's Primary School
Beech Close, Cardiff CF24 4QH

10 February 2026

Dear Parent/Carer,

Year 4 will visit the National Museum Cardiff on Thursday 26 February. Please return the consent slip below by Friday.

Yours faithfully,
Mrs [[P:Huda Taha]]
Year 4 Teacher

✂ -------------------------------------------
I give permission for [[P:Layla Zaher]] (Class 4T) to attend the trip.
Parent/Carer name: [[P:Mahmoud Zaher]]   Contact number on the day: [[T:07823 300 915]]`,
  },
  {
    lang: 'en',
    kind: 'bank-letter',
    source: `Northbank Building Society · PO Box 88 · Leeds LS1 4AP

Mr [[P:Jianguo Yang]]
[[ADDR:76 Highland Avenue
Columbus, OH 43215]]

Leeds, 20 February 2026

Your international transfer

Dear Mr [[P:Yang]],

We have sent EUR 2,500.00 to the account [[IBAN]] as you instructed on 18 February. The recipient's bank may take up to two working days to credit it.

Yours sincerely,
Customer Services`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `Subject: RE: Room booking for Thursday

Thanks [[P:Seojun]] — booked Room 2.07 from 10 to 12.

[[P:Lucy]]

-----Original Message-----
From: [[P:Han, Seojun]] <[[E:seojun.han@staff.uni-bielefeld.de]]>
Sent: 12 February 2026 08:55
To: [[P:Bennett, Lucy]] <[[E:bennett.l@ironbridge.co.uk]]>
Subject: Room booking for Thursday

Hi [[P:Lucy]], could you book a room for the project review with Dr [[P:Kazemi]]? Around 6 people.
Cheers, [[P:Seojun]]`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `#customer-escalations
[[P:Paraskevi Lambrou]] 3:12 PM
Customer [[P:Omar Ibrahim]] says he was charged twice for order {{ORDER}}. Card ends in 7730. Can someone from billing look?
[[P:Jaehyun Baek]] 3:20 PM
On it. Second charge was a pre-auth, it'll drop off in 3-5 days
[[P:Paraskevi Lambrou]] 3:21 PM
thanks! I'll let him know`,
  },
  {
    lang: 'en',
    kind: 'form',
    source: `GYM MEMBERSHIP — DIRECT DEBIT MANDATE

Member name: [[P:Leandro Barbosa]]
Date of birth: [[DOB:27/10/1999]]
Address: [[ADDR:18 Windmill Hill, York YO31 7EE]]
Mobile: [[T:07700 900 662]]
Email: [[E:leandro-barbosa@gmail.com]]

Account holder: [[P:Leandro Barbosa]]
IBAN: [[IBAN]]
Creditor identifier: {{CRED}}
Membership: Off-peak, £24.99 per month`,
  },
  {
    lang: 'en',
    kind: 'csv',
    source: `"Ticket","Opened","Customer","Email","Phone","Status"
"T-55012","2026-02-03 09:12","[[P:Marisol Castillo]]","[[E:marisol.castillo@gmail.com]]","[[T:+1 (206) 555-0193]]","closed"
"T-55013","2026-02-03 09:40","[[P:Bowen Luo]]","[[E:bluo@icloud.com]]","[[T:+44 20 7946 0550]]","open"
"T-55014","2026-02-03 10:02","[[P:Gallagher, Cian]]","[[E:cian.gallagher@btinternet.com]]","","pending"`,
  },
  {
    lang: 'en',
    kind: 'ticket',
    source: `GitHub issue #1842: Crash when exporting PDF on Windows

**Version**: {{VER}}
**OS**: Windows 11 23H2

Steps: open any report → Export → PDF. The app closes without an error.

Log excerpt:
{{LOG}} ERROR renderer exited with code 3221225477

---
Comment by maintainer: Thanks for the report, fixed in the next patch release. Duplicate of #1790.`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    source: `ANNUAL LEAVE REQUEST

Employee: [[P:Maricel Manalo]]          Staff no.: 5512
Manager: [[P:Oliver Edwards]]
Dates requested: 6 April 2026 – 17 April 2026 (10 working days)
Remaining allowance after this request: 9 days
Cover arranged with: [[P:Arnel Aquino]]

Approved ☑   Declined ☐
Signed: [[P:O. Edwards]]   Date: 13/02/2026`,
  },
  {
    lang: 'en',
    kind: 'patient-form',
    source: `Discharge summary — Ward 7B

Patient: [[P:Bohdan Shevchenko]]      Hospital no.: RK4410923
DOB: [[DOB:11 November 1952]]
Admitted: 03/02/2026   Discharged: 09/02/2026
Consultant: Mr [[P:Harsha Rao]]

Diagnosis: community-acquired pneumonia, resolved.
Follow-up: GP review in 2 weeks. Daughter ([[P:Nataliia Shevchenko]], [[T:07511 390 227]]) informed of discharge.`,
  },
  {
    lang: 'en',
    kind: 'minutes',
    source: `Sprint retro — Team Falcon, 13 Feb 2026

What went well: release {{VER}} shipped on time; on-call was quiet.
What didn't: flaky integration tests cost about a day.
Actions:
- Quarantine the three flakiest tests (owner: platform team)
- Move the retro to Thursdays from March

No decisions needed from leadership.`,
  },
  {
    lang: 'en',
    kind: 'letter',
    source: `Saltmarsh & Pryce Solicitors LLP
1 Quay Street, Swindon SN1 1AA

Our ref: SP/CONV/2214
Your ref: —

Swindon, 3 March 2026

Ms [[P:Joana Teixeira]]
[[ADDR:140 Ashdown Road
Reading RG1 5AB]]

Dear Ms [[P:Teixeira]],

Purchase of 5 Beech Close, Reading

We confirm that exchange of contracts took place today. Completion is set for 17 March 2026. Please transfer the balance of £31,250 to our client account in good time; we will never change our bank details by e-mail.

Yours sincerely,
[[P:Charlotte Marsh]]
Partner`,
  },
  {
    lang: 'en',
    kind: 'insurance-claim',
    source: `Motor claim — third party details

Our policyholder: [[P:Nkechi Onyeka]], [[ADDR:65 Station Approach, Cardiff CF24 4QH]]
Third party driver: [[P:Thanos Papadakis]]
Third party phone: [[T:029 2018 7744]]
Third party insurer: Weserland Versicherung AG (German policy, ref. KFZ-7729104)
Date and place: 7 February 2026, Newport Road roundabout
Vehicle reg.: CF19 XRT

Damage: rear bumper and tailgate. No injuries reported.`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `<[[P:rremi]]> anyone know why the staging deploy is stuck?
<[[P:dasomk]]> runner ran out of disk, cleaning up now
<[[P:rremi]]> ty
<[[P:dasomk]]> fixed, redeploying {{VER}}
* [[P:rremi]] is away (lunch)`,
  },
  {
    lang: 'en',
    kind: 'bank-letter',
    source: `Dear [[P:Abena Darko]],

Thank you for applying for a credit card with us. Your new card ending in 1185 will arrive within 5 working days.

For your security we never ask for your full card number, PIN or online banking password by phone or email.

Northbank Building Society is authorised by the Prudential Regulation Authority. Registered office: PO Box 88, Leeds LS1 4AP.`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `From: Payroll Team <payroll@clearwater-payroll.co.uk>
To: All staff
Subject: February payslips

Hi all,

February payslips are now available in the portal. Pay day is Friday 27 February 2026.

If your tax code changed, you'll see it on the payslip. Questions to the payroll inbox, please — not to individual team members.

Thanks,
Payroll`,
  },
  {
    lang: 'en',
    kind: 'form',
    source: `VISA APPLICATION — SUPPORTING DOCUMENT CHECKLIST

Applicant: [[P:Ngoc Huynh]]
Date of birth: [[DOB:1990-05-06]]
Passport number: [[PASS]]
Current address in Germany: [[ADDR:Turmstraße 7, 34117 Kassel]]
German ID card (Personalausweis) of sponsoring spouse [[P:Henning Kühn]]: [[ID]]
Spouse's tax ID (Steuer-ID): [[TAX]]

Documents enclosed: ☑ marriage certificate ☑ proof of income ☐ health insurance`,
  },
  {
    lang: 'en',
    kind: 'ticket',
    source: `Freshdesk ticket 77031 · Priority: Urgent

From: [[P:Katerina Christodoulou]]
Subject: Suspicious login

Hi, I got an email that someone logged in to my account from [[IP:185.220.101.47]] at 03:12 this morning. That wasn't me! I'm in Seattle and my home IP is [[IP:2001:4dd0:7a1:3c0e:19f2:1:0:84]].
Please lock the account. My phone for verification: [[T:(206) 555-0112]]

— [[P:Katerina]]`,
  },
  {
    lang: 'en',
    kind: 'minutes',
    source: `Board call notes — 24 Feb 2026

Attendees: [[P:Nigel Pickering]] (chair), [[P:Camila Ribeiro]], [[P:Youssef Suleiman]], [[P:Jiyeon Song]]
Notes: [[P:Jiyeon Song]]

- Q4 numbers approved.
- [[P:Camila]] to circulate the hiring plan by 6 March.
- [[P:Youssef]] raised the lease renewal for the Swindon office; decision deferred.`,
  },
  {
    lang: 'en',
    kind: 'delivery-note',
    source: `Your parcel is on its way!

Order {{ORDER}} · Tracking number {{PARCEL}}
Estimated delivery: Wednesday 4 March, between 10:30 and 14:30

Delivering to: Locker 22, Station Approach, Exeter EX4 6PX

Need to change something? Manage your delivery online with your tracking number.`,
  },
  {
    lang: 'en',
    kind: 'cv',
    source: `Curriculum Vitae

Name: [[P:Vinícius Araújo]]
Born: [[DOB:March 3, 1988]], Recife, Brazil
Contact: [[E:vinicius.araujo@gmail.com]] / [[T:+1 (720) 555-0168]]
Address: [[ADDR:2207 Ridgeview Road, Denver, CO 80205]]

Experience
2019–present  Backend Engineer, Saltmarsh & Pryce Solicitors LLP (legal tech)
2014–2019     Software Developer, Banco do Nordeste

Languages: Portuguese (native), English (fluent), Spanish (good)`,
  },
  {
    lang: 'en',
    kind: 'incident-report',
    source: `Witness statement

I, [[P:Sergio Moreno]], of [[ADDR:31 Cedar Lane, Raleigh, NC 27601]], date of birth [[DOB:09/21/1976]], state as follows:

On 15 February 2026 at about 6.40pm I was walking my dog on Cedar Lane when I saw a blue van reverse into a parked car outside number 40. The driver got out, looked at the damage and drove off. I noted the registration and gave it to Officer [[P:Wright]].

I can be contacted on [[T:919.555.0134]].

Signed: [[P:S. Moreno]]`,
  },
  {
    lang: 'en',
    kind: 'school-letter',
    source: `Westfield Academy — Attendance Office

Dear Mr and Mrs [[P:Gao]],

Our records show that [[P:Zihan Gao]] (Year 9) has been absent on 5 occasions this half term. Please call the attendance office to discuss.

Yours sincerely,
Mr [[P:F. Bennett]]
Attendance Officer`,
  },
  {
    lang: 'en',
    kind: 'chat',
    source: `Microsoft Teams — Meeting chat "Weekly Ops"

[[P:Marchand, Julien]]  10:01
can everyone see my screen?
[[P:Uysal, Selin]]  10:01
yes 👍
[[P:Marchand, Julien]]  10:14
link to the dashboard is in the wiki, ask [[P:Selin]] for access
[[P:Uysal, Selin]]  10:15
or just ping me at [[E:selin.uysal@rheinblick-fs.de]]`,
  },
  {
    lang: 'en',
    kind: 'invoice',
    source: `Receipt #2026-1184

Clearwater Payroll Services Ltd · 9 Harbour Street, Plymouth PL1 2AA
Date: 27/02/2026 14:02

1 × Payroll processing, February (48 employees)   £384.00
1 × P60 reprint                                    £12.00
VAT 20%                                            £79.20
TOTAL                                              £475.20

Paid by card: VISA •••• 4417 · Auth code 091823
Thank you for your business.`,
  },
  {
    lang: 'en',
    kind: 'tenancy',
    source: `Hi [[P:Anjali]],

Just a reminder that the rent for March (£1,150) is due on Monday. You can pay to the usual account or to my new one: [[IBAN]] (name: [[P:Yifan Zhu]]).

Also the boiler engineer is coming Wednesday 9–12; could you let him in? His name is [[P:Kelechi]] and he'll call you on [[T:07946 204 118]] before he arrives.

Thanks!
[[P:Yifan]]`,
  },
  {
    lang: 'en',
    kind: 'email-thread',
    source: `> Sent from my iPhone
> On 4 Mar 2026, at 18:22, [[P:Vasco Machado]] <[[E:vasco.machado@mailbox.org]]> wrote:
>
> Hi [[P:Despina]], I'll be late tomorrow, dentist at 9. Can you cover the stand-up?

Sure, no problem. Hope it goes ok!

[[P:Despina]]
--
[[P:Despina Kyriakou]]
Product Manager · Ironbridge Components Ltd
m: [[T:+44 7823 410 776]]`,
  },
  {
    lang: 'en',
    kind: 'csv',
    source: `AccountName|CardNumber|Expiry|Billing postcode
[[P:Pooja Joshi]]|[[CARD]]|08/28|RG1 5AB
[[P:Thiago Nascimento]]|[[CARD]]|11/27|NR2 3HT
[[P:Efua Agyeman]]|[[CARD]]|02/29|S10 2TN`,
  },
  {
    lang: 'en',
    kind: 'form',
    source: `Payment details update

Name on card: [[P:Riccardo Conti]]
Card number: [[CARD]]
Expiry: 05/29
Billing address: [[ADDR:92 Birch Terrace, Tucson, AZ 85719]]
Daytime phone: [[T:+1 (520) 555-0177]]

By submitting this form you authorise us to charge the card for future renewals.`,
  },
];
