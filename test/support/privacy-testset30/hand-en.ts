import type { HandSource } from './markup.js';

/** English hand-written documents of set 30, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'constituent letter to MP',
    source: `Dear Ms ⁅n:Sukprasertkul⁆,

I am writing as your constituent about my son's special educational needs assessment, which Leeds City Council
has now delayed for 31 weeks. He is 9 and out of school most days.

Yours sincerely,
⁅n:Orawan Phanichvatana⁆
⁅h:41 Albion Terrace
Leeds LS6 2QT⁆
⁅t:07834 552019⁆ / ⁅m:orawan.p@btinternet.com⁆`,
  },
  {
    lang: 'en',
    kind: 'MP casework note',
    source: `CASEWORK NOTE – ref. 25/0917 – caseworker ⁅n:Jaturong Kiatsirikul⁆

Constituent: ⁅n:Toky Randrianasolo⁆ (DOB ⁅b:14/02/1986⁆), ⁅h:7 Mill Lane, Norwich NR2 3BX⁆
Issue: Universal Credit sanction applied after missed appointment (hospital admission – evidence attached).
Action: letter to DWP Partnership Manager; chase in 10 working days. Tel. ⁅t:+44 7912 448203⁆.`,
  },
  {
    lang: 'en',
    kind: 'MP referral to Home Office',
    source: `Office of ⁅n:Attapon Srisamutnak⁆ MP · House of Commons · London SW1A 0AA · 020 7219 3000

To: MP Account Manager, UK Visas and Immigration
Re: ⁅n:Nomena Andriamahazo⁆, date of birth ⁅b:2 June 1994⁆, passport no. ⁅r:⁆
Our constituent's spouse visa application (GWF reference held on file) has been pending for 11 months.
Grateful for an update. Home address: ⁅h:88 Kingsmead Road, Cardiff CF24 4HQ⁆.`,
  },
  {
    lang: 'en',
    kind: 'Irish TD clinic sheet',
    source: `Constituency clinic – Saturday 8 November – Dublin Bay South

1. ⁅n:Siddaramu Nagarahalli⁆, ⁅t:+353 87 224 9013⁆ – HAP payment stopped; landlord threatening notice.
2. ⁅n:Hosteen Yellowhair⁆ – medical card renewal; email ⁅m:hosteen.yellowhair@eircom.net⁆
3. (anonymous) – query on planning objection, referred to council.
Notes taken by ⁅n:Pushpavathi Kalburgi⁆ (parliamentary assistant)`,
  },
  {
    lang: 'en',
    kind: 'US congressional privacy release form',
    source: `PRIVACY ACT RELEASE FORM – Office of Congresswoman ⁅n:Haslinda binti Arshad⁆

Full name: ⁅n:Shahrizal bin Baharom⁆        Date of birth: ⁅b:09/17/1959⁆
Address: ⁅h:214 Maple Ridge Drive, Madison, WI 53703⁆
Phone: ⁅t:(608) 271-4490⁆   Email: ⁅m:shahrizal.baharom@yahoo.com⁆
Agency: Social Security Administration – claim delayed
I authorize the Congresswoman's staff to receive information about my case.`,
  },
  {
    lang: 'en',
    kind: 'Canadian MP office intake email',
    source: `From: ⁅n:Bhaveshkumar Parekh-Shah⁆ <⁅m:bhavesh.ps@rogers.com⁆>
To: constituency office (Toronto–Danforth) <office.td@parl.example>

My father ⁅n:Pravinchandra Parekh-Shah⁆ (born ⁅b:1948-03-30⁆) is stuck on the IRCC super visa queue.
We live at ⁅h:1777 Dundas St W, Toronto ON  M6J 1V5⁆. Best number: ⁅t:(416) 533-8812⁆.`,
  },
  {
    lang: 'en',
    kind: 'Australian electorate office file note',
    source: `Electorate Office – Wills – File note

Caller: ⁅n:Ulaajuk Irniq⁆, ⁅h:12 Wattle Grove, Brunswick VIC 3056⁆, mob ⁅t:0413 882 104⁆
Centrelink debt notice for $4,210 disputed. Caller's partner ⁅n:Piita Akeeagok⁆ also affected.
Advised on ARO review; emailed factsheet to ⁅m:ulaajuk.irniq@bigpond.com⁆. Officer: ⁅n:Lykke Damgaard-Holst⁆`,
  },
  {
    lang: 'en',
    kind: 'New Zealand select committee submission',
    source: `Submission to the Justice Committee – Electoral Amendment Bill

Submitter: ⁅n:Qajaaq Qaunaq⁆
Contact: ⁅m:q.qaunaq@xtra.co.nz⁆, ⁅t:027 448 1193⁆, ⁅h:9 Rimu Lane, Wellington 6011⁆
I wish to appear before the committee to speak to my submission.
I oppose the removal of same-day enrolment because ...`,
  },
  {
    lang: 'en',
    kind: 'UK petitions committee correspondence',
    source: `Petitions Committee, House of Commons – e-petition 718223

Dear ⁅n:Kodandaramaiah⁆,
Thank you for starting the petition "Fund school-based speech therapy". It passed 100,000 signatures on 2 October.
The Committee has scheduled a debate led by ⁅n:Venkataramana Gummadi⁆ MP. Contact: petitionscom@parliament.example`,
  },
  {
    lang: 'en',
    kind: 'petition signature export',
    source: `signatures_export_2025-10-14.csv (first rows)
name,email,postcode,country,ip,signed_at
⁅n:Sreekumar Pallikkara⁆,⁅m:sreekumar.p@gmail.com⁆,NR2 3BX,GB,⁅a:86.142.77.19⁆,2025-10-01T08:12:44Z
⁅n:Jayasree Vadakkekara⁆,⁅m:jayasree.v@outlook.com⁆,M14 5RL,GB,⁅a:2a00:23c7:6f8a:5b01:9d44:1e3c:882a:10f4⁆,2025-10-01T08:13:02Z
⁅n:Ambili Thekkumpuram⁆,⁅m:ambili.t@proton.me⁆,EH7 5JA,GB,⁅a:51.9.244.130⁆,2025-10-01T08:15:37Z`,
  },
  {
    lang: 'en',
    kind: 'party membership application',
    source: `JOIN US – membership form (Labour-style branch, Cardiff Central)

Title: Mx   First name: ⁅n:Rosmawati⁆   Surname: ⁅n:binti Saifuddin⁆
Date of birth: ⁅b:23rd April 1997⁆
Address: ⁅h:3 Coronation Street, Cardiff CF24 4HQ⁆
Mobile: ⁅t:07459 220873⁆   Email: ⁅m:rosmawati.saifuddin@gmail.com⁆
Direct Debit: sort code/account held by payment processor; card for joining fee ⁅c:⁆`,
  },
  {
    lang: 'en',
    kind: 'branch membership list',
    source: `Ward branch – Headingley – members (confidential, branch secretary only)

⁅n:Mihir Sompura⁆ | ⁅h:22 Orchard Close, Leeds LS6 2QT⁆ | ⁅t:0113 278 4419⁆
⁅n:Hemavathi Doddamani⁆ | ⁅h:5 Albion Terrace, Leeds LS6 2QT⁆ | ⁅t:07722 618 304⁆
⁅n:Nomena Razanamparany⁆ | ⁅h:61 Mill Lane, Leeds LS6 2QT⁆ | ⁅m:nomena.raz@gmail.com⁆`,
  },
  {
    lang: 'en',
    kind: 'membership dues reminder',
    source: `Membership Services · members@party.example · 0345 092 2299

Dear ⁅n:Eelke Feddema⁆,
Your annual subscription (£54.00) renewed on 1 November failed. The card ending 4418 was declined.
Please update your payment details online. Membership number: A0093117.`,
  },
  {
    lang: 'en',
    kind: 'campaign volunteer roster',
    source: `Get Out The Vote – Sunday shifts – Committee Room 3 (142 Beaconsfield Avenue)

09:00  ⁅n:Alhassan Andani⁆  ⁅t:07940 112 758⁆   – knocking up, polling district LA
11:00  ⁅n:Fuseina Mahamudu⁆ ⁅t:+44 7788 203 441⁆ – telling at St Mary's hall
13:00  ⁅n:Amina Sulemana Zakaria⁆ ⁅t:07512 990 365⁆ – lifts to the polling station
Organiser on duty: ⁅n:Memuna Dakura⁆`,
  },
  {
    lang: 'en',
    kind: 'canvass return sheet',
    source: `Canvass return – Kingsmead Road, odd numbers

1  ⁅n:Shideezhi Chee⁆ – strong support, poster yes, postal vote
3  no answer
5  ⁅n:Haske Largo⁆ – against, do not revisit
7  ⁅n:Korkor Laryea⁆ – undecided; housing; call ⁅t:07831 449 002⁆
Canvasser: ⁅n:Oko Ashong⁆`,
  },
  {
    lang: 'en',
    kind: 'US campaign donor record',
    source: `DONOR CRM – contact record #10448
Name: ⁅n:Kilabuk, Paniloo⁆
Employer: Cascadia Freight LLC   Occupation: logistics manager
Address: ⁅h:3301 N Broadway, Portland, OR 97214⁆
Phone: ⁅t:+1 503 284 6610⁆   Email: ⁅m:paniloo.k@cascadiafreight.example⁆
Contributions: 2024-08-02 $500 · 2025-03-14 $1,000 (card ⁅c:-⁆)`,
  },
  {
    lang: 'en',
    kind: 'FEC itemized receipts',
    source: `SCHEDULE A (FEC Form 3) – ITEMIZED RECEIPTS – Line 11(a)(i)

Full name: ⁅n:Gopakumar, Balakrishnan⁆
Mailing address: ⁅h:1902 Cedar Hollow Rd, Raleigh, NC 27601⁆
Employer: NC State University – Occupation: professor
Date of receipt: 06/30/2025 – Amount: $2,900.00 – Aggregate year-to-date: $3,300.00`,
  },
  {
    lang: 'en',
    kind: 'UK Electoral Commission donation report',
    source: `Donations accepted – Q3 2025 (reportable donations over £11,180)

Donor: ⁅n:Bergsveinsdóttir, Steinunn⁆ – individual – Address on electoral register: ⁅h:17 Beaconsfield Avenue, Manchester M14 5RL⁆ – £25,000 – cash – accepted 12/08/2025
Donor: Northgate Holdings Ltd (company no. 08812034) – £50,000 – accepted 21/09/2025`,
  },
  {
    lang: 'en',
    kind: 'online donation receipt',
    source: `Thank you for your donation!
Receipt #D-22871940 · 4 October 2025 · £30.00 monthly
Donor: ⁅n:Tomislav Ćosić⁆, ⁅h:9 Orchard Close, Edinburgh EH7 5JA⁆
Paid by ⁅c: ⁆ · Gift Aid declared: yes
Sent from IP ⁅a:92.40.187.61⁆ – questions: donations@party.example`,
  },
  {
    lang: 'en',
    kind: 'poll worker application',
    source: `Election Day Worker Application – Maricopa-style county elections department

Name: ⁅n:Arnaldur Ingólfsson⁆      DOB: ⁅b:May 4, 1970⁆
Residence: ⁅h:4410 Prairie View Ln, Phoenix, AZ 85004⁆
Cell: ⁅t:+1 602 418 7723⁆   Email: ⁅m:arnaldur.ingolfsson@gmail.com⁆
Languages: English, Icelandic. Party affiliation (required for board balance): independent.`,
  },
  {
    lang: 'en',
    kind: 'postal vote application',
    source: `Application for a postal vote – Electoral Registration Officer, Norwich

Surname: ⁅n:Mačiulis⁆   First names: ⁅n:Ieva Danutė⁆
Date of birth: ⁅b:21/11/1984⁆
Address where registered: ⁅h:33 Mill Lane, Norwich NR2 3BX⁆
Send the ballot to: ⁅h:Flat 2, 19 Coronation Street, Belfast BT9 6FG⁆ (studying away)
Email: ⁅m:ieva.maciulis@gmail.com⁆`,
  },
  {
    lang: 'en',
    kind: 'candidate nomination paper',
    source: `NOMINATION PAPER – Election of a Councillor for the Headingley Ward

Candidate: ⁅n:Orawan Wongsathapornchai⁆, ⁅h:52 Albion Terrace, Leeds LS6 2QT⁆
Description: Green Party
Proposer: ⁅n:Birthe Bundgaard⁆ (elector no. LA-1174)
Seconder: ⁅n:Kittipong Vejjajivanon⁆ (elector no. LA-0931)
Assentors (8): electors LA-0102 to LA-0877, names on the attached sheet`,
  },
  {
    lang: 'en',
    kind: 'Ghana EC nomination form',
    source: `ELECTORAL COMMISSION OF GHANA – Parliamentary nomination form (Tamale Central)

Candidate: ⁅n:Abukari Yiri⁆, born ⁅b:12th March 1977⁆, ⁅h:House No. 14, Liberation Road, Tamale, GPS NT-0037-4629⁆
Phone: ⁅t:+233 24 771 3302⁆
Subscribers (registered voters): ⁅n:Hawa Abdulai⁆ (voter ID held), ⁅n:Alhassan Dakura⁆ (voter ID held)
Deposit paid: GH¢ 10,000 (receipt EC/25/00418)`,
  },
  {
    lang: 'en',
    kind: 'South African IEC candidate list form (without personal data)',
    source: `IEC – Candidate list summary – Municipal by-election, Ward 58

Party registration numbers and list order as submitted; candidate details held by the IEC local office.
Voting stations: 12 · Registered voters: 14,220 · Special votes on 4 and 5 November.
Results to be announced at the municipal electoral office.`,
  },
  {
    lang: 'en',
    kind: 'Indian RTI reply on MLA fund',
    source: `RIGHT TO INFORMATION – reply to application no. RTI/2025/7731

Applicant: ⁅n:Manjunath Halappanavar⁆, ⁅h:12/6, MG Road, Bengaluru 560001⁆, ⁅m:manju.halappanavar@rediffmail.com⁆
Information sought: works sanctioned under the MLA Local Area Development fund, 2023–24.
Reply: 47 works sanctioned, list enclosed. First Appellate Authority: Deputy Commissioner, Bengaluru Urban.`,
  },
  {
    lang: 'en',
    kind: 'lobby register return',
    source: `Register of Lobbying (Ireland) – return for 1 May – 31 August 2025

Registrant: Irish Rural Transport Alliance CLG, company no. 611204, info@irta.example, 01 644 9200
Person with primary responsibility: ⁅n:Andrianjafy, Rindra⁆
Designated public officials lobbied: ⁅n:Thorkild Lauritzen⁆ TD; ⁅n:Lurdes Silveira-Toste⁆, special adviser
Subject: rural bus subsidy; method: meeting, email`,
  },
  {
    lang: 'en',
    kind: 'parliamentary group press release',
    source: `PRESS RELEASE – Parliamentary Labour-style Group, Dáil Éireann

"Housing is the defining issue of this term," said the group's housing spokesperson ⁅n:Jigna Jadeja⁆ TD.
Media queries: press office, press@group.example, +353 1 618 3000 (switchboard)`,
  },
  {
    lang: 'en',
    kind: 'journalist enquiry to press office',
    source: `From: ⁅n:Emanuel Linhares⁆ <⁅m:emanuel.linhares@publico.example⁆>
Subject: Deputado's expenses – request for comment by 17:00

Hello, I'm a reporter in Porto. Could the group confirm the trip details? Mobile ⁅t:+351 912 448 301⁆.
Best, ⁅n:Emanuel Linhares⁆`,
  },
  {
    lang: 'en',
    kind: 'citizens initiative signature sheet Netherlands',
    source: `Burgerinitiatief "Gratis OV voor jongeren" – support statements (English translation)

Name | Date of birth | Address
⁅n:Sybren Wybenga⁆ | ⁅b:1999-07-08⁆ | ⁅h:Oude Delft 114, 2611 HB Delft⁆
⁅n:Tsjalling Jelsma⁆ | ⁅b:2003-02-17⁆ | ⁅h:Zijlweg 9, 2012 KA Haarlem⁆
Collected by volunteer ⁅n:Hiltsje Feddema⁆ (⁅t:06-41728830⁆)`,
  },
  {
    lang: 'en',
    kind: 'Danish party MP assistant contract data',
    source: `Personnel data sheet – Folketinget group secretariat

Employee: ⁅n:Asbjørn Lauritzen⁆
Address: ⁅h:Nørrebrogade 44, 2200 København N⁆
Mobile: ⁅t:+45 28 41 77 09⁆
Salary account: ⁅i:DK⁆
Start date: 1 December 2025 · Office: Christiansborg, 1240 København K`,
  },
  {
    lang: 'en',
    kind: 'Polish MP office grievance letter',
    source: `To the Poseł's office, ul. Długa 46, 80-831 Gdańsk

I ask the Member for help with the ZUS pension recalculation. My father worked in Germany 1978–1992.
Sender: ⁅n:Zvonko Žganjar⁆, ⁅h:Kastanienallee 77, 10435 Berlin⁆ (I work in Berlin), ⁅t:+48 602 317 448⁆
Refund account for the fee (my account from the years in Germany): ⁅i:DE⁆`,
  },
  {
    lang: 'en',
    kind: 'referendum campaign expense claim',
    source: `Referendum campaign – volunteer expense claim

Claimant: ⁅n:Idalina Terceira⁆ · ⁅m:idalina.terceira@sapo.pt⁆
Leaflets printing £120.00, train fares £46.80
Pay to: ⁅i:GB g⁆
Approved by treasurer ⁅n:Fátima Melo Ávila⁆`,
  },
  {
    lang: 'en',
    kind: 'ward councillor surgery list',
    source: `Councillor surgery – Manchester Levenshulme – 6 December

10:00 ⁅n:Ravindranath Pendyala⁆ – bins not collected (⁅h:201 Beaconsfield Avenue, Manchester M14 5RL⁆)
10:15 ⁅n:Hymavathi Bhimavarapu⁆ – blue badge renewal, DOB ⁅b:11.08.1946⁆
10:30 cancelled
Councillor: ⁅n:Shivakumar Basavarajappa⁆`,
  },
  {
    lang: 'en',
    kind: 'election count agent appointment',
    source: `Notice of appointment of counting agents – Leeds Central

Candidate: ⁅n:Kittipong Charoenrattanakul⁆
Counting agents: ⁅n:Attapon Thanasombat⁆, ⁅h:18 Orchard Close, Leeds LS6 2QT⁆; ⁅n:Jaturong Boonyaprasop⁆, ⁅h:90 Kingsmead Road, Leeds LS6 2QT⁆
Given to the Returning Officer on 28 June.`,
  },
  {
    lang: 'en',
    kind: 'committee hearing schedule (without personal data)',
    source: `Petitions Committee – programme for the session

Tuesday 10:00 – e-petition 701442 on the licensing of e-scooters: oral evidence from the Department for Transport.
Tuesday 14:30 – e-petition 709118 on school meals: oral evidence from two local authorities.
Thursday 09:30 – private session: consideration of the draft report.`,
  },
  {
    lang: 'en',
    kind: 'electoral commission guidance note (without personal data)',
    source: `Guidance for returning officers – handling postal vote statements

1. Check that the postal voting statement is signed and the date of birth is completed.
2. Compare against the personal identifiers held, using the verification software; record the outcome.
3. Rejected statements are kept in sealed packets for one year and then destroyed.
Contact the Commission's advice line, 0333 103 1928, with any query.`,
  },
];
