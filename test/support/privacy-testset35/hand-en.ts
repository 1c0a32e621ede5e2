import type { HandSource } from './markup.js';

/** English hand-written documents of set 35, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Penalty fare appeal to an independent body',
    source: `Independent Penalty Fare Appeals – online appeal form
Penalty fare reference: PF-7710-32841 · Operator: Great Western Railway

Appellant: ⁅n:Heulwen Blethyn⁆
Address: ⁅h:14 Queen Margaret Drive, Glasgow G20 8NZ⁆
Email: ⁅m:heulwen.blethyn@outlook.com⁆
Phone: ⁅t:07462 318905⁆

Grounds: The ticket machine at Bristol Temple Meads was card-only and rejected my card twice; the ticket office was closed. I boarded intending to buy on board as the poster says.`,
  },
  {
    lang: 'en',
    kind: 'Revenue protection officer witness statement',
    source: `WITNESS STATEMENT (CJ Act 1967, s.9; MC Rules 1981, r.70)

Statement of: ⁅n:Raghnall MacCoinnich⁆, Revenue Protection Inspector
Age if under 18: over 18

On 7 March 2026 at approx. 08:10 on the 07:48 service from Oxford I asked a male passenger for his ticket. He produced none and gave his name as ⁅n:Bardhyl Shkreli⁆, date of birth ⁅b:22/06/1994⁆, address ⁅h:61 Cowley Road, Oxford OX4 1HR⁆. I verified the address by calling the number he gave, ⁅t:+44 7912 448301⁆.

Signed ⁅n:R. MacCoinnich⁆`,
  },
  {
    lang: 'en',
    kind: 'Ride-hailing driver deactivation notice',
    source: `Subject: Your account has been deactivated

Hi ⁅n:Thirawat⁆,

after reviewing reports from riders on 2 and 5 March, we have deactivated your driver account (ID 7730-QKL) under section 4.2 of the Community Guidelines. You can appeal within 30 days at appeals@rideflux.example.

Account holder on file: ⁅n:Thirawat Wongwiwat⁆, ⁅h:88 Sukhumvit Soi 31, Bangkok 10110⁆, ⁅t:+66 81 447 2093⁆

Rideflux Driver Operations`,
  },
  {
    lang: 'en',
    kind: 'Ride-hailing lost item ticket',
    source: `Ticket #LI-553018 · Lost item · Auckland

Rider: ⁅n:Pareārohi Rāwhiti⁆ (⁅m:parearohi.r@gmail.com⁆, ⁅t:021 448 3092⁆)
Driver: ⁅n:Iosefa Sopoaga⁆ · Vehicle Toyota Prius, plate LKN482
Item: green pounamu pendant on a cord, back seat
Status: driver confirmed found; return arranged at the Greenlane hub, 12 Ellerslie Panmure Hwy (hub opening hours 9-5).
Return fee waived as a goodwill gesture.`,
  },
  {
    lang: 'en',
    kind: 'Taxi licensing committee report',
    source: `Licensing Sub-Committee – Hackney Carriage Driver Licence Review

Licence holder: ⁅n:Adebowale Oyedepo⁆ (badge 2291)
Date of birth: ⁅b:3 May 1978⁆
Home address: ⁅h:9 Station Parade, Bristol BS5 6XX⁆

Background: three complaints of overcharging (November–January), one upheld after meter data review. The driver attended with his representative, ⁅n:Temiloluwa Akinyele⁆.
Decision: licence suspended for 14 days; refresher course required before return.`,
  },
  {
    lang: 'en',
    kind: 'Car club membership application',
    source: `CityWheels Car Club – new member application (manual check)

Name: ⁅n:Eyder Cataño⁆
DOB: ⁅b:1989-12-04⁆
Licence country: Colombia (international permit attached)
Address: ⁅h:Carrera 43A # 18-44, Medellín 050021⁆ (UK address to follow)
Mobile: ⁅t:+57 310 228 4917⁆
Email: ⁅m:eyder.catano@gmail.com⁆
Passport seen: German passport ⁅r:⁆ (dual national)
Card on file: ⁅c:⁆`,
  },
  {
    lang: 'en',
    kind: 'Parking charge notice appeal',
    source: `To: appeals@parkwise-enforcement.example
Subject: PCN 88310-227 – appeal

Hello,

I received a parking charge for 40 minutes at the Lygon Street car park on 12 February. I had paid through the app (receipt attached) but the app recorded the wrong plate after an update. The correct plate is 1XY-4RT.

Regards,
⁅n:Nazeli Papazian⁆
⁅h:120 Lygon Street, Fitzroy VIC 3065⁆
⁅t:0412 883 207⁆`,
  },
  {
    lang: 'en',
    kind: 'Council residents permit renewal letter',
    source: `Wellington City Council – Residents Parking Scheme

⁅n:Vaifale Leaupepe⁆
⁅h:22 Cuba Street
Wellington 6011⁆

Your residents' parking permit for Zone 4 expires on 30 April 2026. To renew, log in to the council portal or call 04 499 4444. The fee is $140.

We hold this email for you: ⁅m:vaifale.leaupepe@icloud.com⁆. If it has changed, please update it online.`,
  },
  {
    lang: 'en',
    kind: 'Bus operator incident log',
    source: `Incident log – Route 38, Depot East · 19/03/2026

21:14 Driver ⁅n:Jutharat Sangsawang⁆ reports verbal abuse from passenger at Smith St stop; CCTV flagged.
21:16 Control (⁅n:Curstaidh⁆) advises driver to keep doors closed and continue.
21:40 Police ref 260319-1184 given. Passenger described as male, approx. 30, grey hoodie.
22:05 Driver relieved at depot, welfare call booked with ⁅n:Chausiku Mchome⁆ (occupational health).`,
  },
  {
    lang: 'en',
    kind: 'Accessible transport eligibility assessment',
    source: `Community Transport Eligibility Assessment

Applicant: ⁅n:Karmni Darmanin⁆
Date of birth: ⁅b:August 14th, 1942⁆
Address: ⁅h:5 Hay Street, Perth WA 6000⁆
Phone: ⁅t:+61 412 093 771⁆
Next of kin: ⁅n:Ġiġi Darmanin⁆ (son), ⁅t:0431 220 564⁆
Mobility: walking frame, cannot manage steps above 20 cm
Outcome: eligible for door-to-door service, 8 trips per month`,
  },
  {
    lang: 'en',
    kind: 'Fleet operator driver payroll export',
    source: `Payroll export – Mobility Partners GmbH (drivers in Germany), March 2026

employee | tax id | pension no. | IBAN
⁅n:Sámal Eliasen⁆ | ⁅x:⁆ | ⁅s:19081985 Eliasen m⁆ | ⁅i:DE⁆
⁅n:Guðrið Jacobsen⁆ | ⁅x:⁆ | ⁅s:02021991 Jacobsen f⁆ | ⁅i:DE⁆
⁅n:Bakyt Isakova⁆ | ⁅x:⁆ | ⁅s:27111987 Isakova f⁆ | ⁅i:DE⁆

Employer account for refunds: DE41 7605 0101 0011 2233 44 (Mobility Partners GmbH)`,
  },
  {
    lang: 'en',
    kind: 'School bus route roster',
    source: `Route 7B (Hillcrest Primary) – afternoon roster, Term 2

Driver: ⁅n:Whaitiri Pōkai⁆ · Escort: ⁅n:Taiaroa Wharepapa⁆
Stops: Ponsonby Rd / Franklin Rd 15:10 · Three Lamps 15:18 · Hillcrest gate 15:31
Children needing a booster seat: 2
Emergency contact for the route: depot controller, 09 377 0022
Any absence to be texted to the driver's work phone 021 909 4471 (fleet phone, stays with the bus).`,
  },
  {
    lang: 'en',
    kind: 'Operator newsletter with no personal data',
    source: `Metro Transit Rider News – April

• New overnight service on the 60 line starting 6 April, every 30 minutes between 1 and 5 am.
• Fare capping now works with contactless cards on all buses: you never pay more than a day pass.
• Elevator works at Union Station continue until the end of May; use the south entrance.
• Tell us how we're doing: survey open until 20 April.`,
  },
  {
    lang: 'en',
    kind: 'Ride-hailing rider data access request',
    source: `From: ⁅m:floireans.friseal@proton.me⁆
To: privacy@rideflux.example
Subject: Subject access request (UK GDPR Art. 15)

I request a copy of all personal data you hold about me, including trip history, GPS traces, ratings and any notes written by support staff.

Name on the account: ⁅n:Floireans Friseal⁆
Phone on the account: ⁅t:07731 552 048⁆
Home address (for verification): ⁅h:3 Queen Margaret Drive, Glasgow G20 8NZ⁆
My home broadband IP, in case it helps you find my sessions: ⁅a:2a02:c7c:5e21:9900::4⁆`,
  },
  {
    lang: 'en',
    kind: 'Dashcam footage request from police',
    source: `Metropolitan Police – request for footage (DPA 2018 Sch. 2 para. 2)

Requesting officer: PC ⁅n:Ariunzaya Chuluunbat⁆, collar 4471, direct line ⁅t:020 7230 4182⁆
Vehicle: private hire vehicle LB71 KTA, operator CabCo London
Incident: assault on the passenger ⁅n:Olaoluwa Fadeyi⁆ (DOB ⁅b:11/02/1990⁆), 14 March 2026, 02:30, Lambeth
Please supply internal and external dashcam video 02:00-03:00 to the officer's team mailbox cid.lambeth@met.example.`,
  },
  {
    lang: 'en',
    kind: 'Tuk-tuk cooperative membership register',
    source: `Colombo Three-Wheeler Drivers' Cooperative – register extract

Member no. | Name | NIC | Mobile | Address
0411 | ⁅n:Dulitha Abeysekara⁆ | (held at office) | ⁅t:+94 77 418 2290⁆ | ⁅h:44 Galle Road, Colombo 00300⁆
0412 | ⁅n:Pradeepa Karunaratne⁆ | (held at office) | ⁅t:+94 71 902 3346⁆ | ⁅h:7 Duplication Road, Colombo 00300⁆

Office: 18 Baseline Road, Colombo 00900, tel. 011 269 4400`,
  },
  {
    lang: 'en',
    kind: 'Bajaj taxi association complaint letter',
    source: `To the Regional Transport Office, Dar es Salaam

Re: harassment of our members at Kariakoo stand

On 10 March two officers seized the keys of our member ⁅n:Kheri Mwakyembe⁆ without a written notice. He can be reached on ⁅t:+255 754 220 918⁆ and lives at ⁅h:Plot 12, Uhuru Street, Dar es Salaam 11101⁆. We ask for the keys to be returned and a meeting with the association.

Signed, ⁅n:Mosi Mfinanga⁆, Chairperson`,
  },
  {
    lang: 'en',
    kind: 'Minibus operator driver contract Ethiopia',
    source: `Employment contract – minibus driver (Addis Ababa city routes)

Employer: Selam Minibus Association, Bole Road, Addis Ababa 1000
Employee: ⁅n:Amsalu Endalkachew⁆, born ⁅b:12 January 1987⁆
Residence: ⁅h:House 418, Africa Avenue, Addis Ababa 1000⁆
Phone: ⁅t:+251 911 408 227⁆
Wage: ETB 9,500 per month plus 5 % of daily takings
Probation: 60 days`,
  },
  {
    lang: 'en',
    kind: 'Combi route complaint Peru',
    source: `Reclamo / complaint – ATU Lima

Passenger: ⁅n:Ñusta Huarcaya⁆, ⁅m:nusta.huarcaya@gmail.com⁆, ⁅t:+51 987 220 114⁆
Route: combi 1244, Av. Arequipa, 18 March, 07:30
Complaint: the driver charged PEN 3.50 instead of 2.50 and refused to give change. The conductor ⁅n:Huaman⁆ laughed when I asked for the company's name.
Reply requested in English or Spanish.`,
  },
  {
    lang: 'en',
    kind: 'E-hailing driver onboarding checklist Malaysia',
    source: `Driver onboarding checklist – Kuala Lumpur hub

Driver: ⁅n:Mohd Hafizuddin bin Megat Razali⁆
Mobile: ⁅t:+60 12-448 3091⁆
Address: ⁅h:17, Jalan Ampang, 50400 Kuala Lumpur⁆
☑ PSV licence sighted ☑ vehicle inspection (Puspakom) ☑ medical report
☑ briefing by ⁅n:Sharifah Nadhirah binti Raja Mansur⁆ (hub trainer)
Payout account: to be added in the driver app`,
  },
  {
    lang: 'en',
    kind: 'Airport taxi rank shift notes',
    source: `Rank marshal notes – T5 taxi rank, Saturday night

Quiet until 22:30, then three late arrivals from Lisbon and Lagos. Queue peaked at 40 passengers around 23:15. Two vehicles turned away for no valid plate. Nothing else to report; CCTV running. Handover to the morning marshal at 06:00.`,
  },
  {
    lang: 'en',
    kind: 'Ombudsman final decision rail refund',
    source: `Rail Ombudsman – Final Decision, case RO-26-05117

Consumer: ⁅n:Yanaqui Quillahuamán⁆
Operator: Northern Trains

The consumer bought an advance ticket (£38.40) for 2 February and was unable to travel because the service was cancelled. The operator offered a voucher only. Under the National Rail Conditions of Travel a cash refund is due.

Decision: the operator is to refund £38.40 to the consumer's card ending 4471 within 14 days and pay £25 for the inconvenience.`,
  },
  {
    lang: 'en',
    kind: 'Car sharing fine transfer letter US',
    source: `GoCarShare · Notice of citation transfer

⁅n:Tengku Azrai bin Abang Johari⁆
⁅h:415 Mission Street, San Francisco, CA 94110⁆

Dear member,

we received parking citation 920144871 from the SFMTA for a vehicle you reserved on 02/27/2026. Under your membership agreement we have transferred the citation to you and charged the $15 admin fee to your card on file.
Questions: support@gocarshare.example or 1-800-555-0199.`,
  },
  {
    lang: 'en',
    kind: 'Paratransit trip booking call notes',
    source: `Paratransit booking line – call notes, 03/20/2026 10:42

Caller: ⁅n:Gerelchimeg Damdinsuren⁆ (client #PT-20918), own phone ⁅t:(503) 284-7719⁆
DOB (verification): ⁅b:10/09/1956⁆
Trip: ⁅h:2204 Sandy Blvd, Portland, OR 97232⁆ → Providence Medical, 1pm Tuesday; return 3pm
Needs: wheelchair securement, PCA travels free
Booked by agent ⁅n:Uyanga⁆.`,
  },
  {
    lang: 'en',
    kind: 'Scooter rental injury claim',
    source: `Claim form – personal injury, shared e-scooter

Claimant: ⁅n:Murchadh Moireasdan⁆
Date of birth: ⁅b:5th May 1985⁆
Address: ⁅h:77 Cowley Road, Oxford OX4 1HR⁆
Email: ⁅m:m.moireasdan@yahoo.com⁆
Incident: 28/02/2026, 18:05, scooter 8812-BK, front brake failed on St Clement's; fractured wrist.
Solicitor: ⁅n:Gwenno Maelor⁆, Maelor & Co, direct line ⁅t:01248 388 204⁆`,
  },
  {
    lang: 'en',
    kind: 'Charging station operator outage report',
    source: `Outage report CP-2231 (Bangsar hub)

Charger 3 and 4 offline from 06:10 to 09:45 after a firmware update (v2.14.1). Root cause: certificate expired on the backend proxy. Sessions affected: 11, all refunded automatically. No customer contact needed. Follow-up: automate certificate renewal (owner: platform team).`,
  },
  {
    lang: 'en',
    kind: 'Vehicle hire damage dispute email',
    source: `From: ⁅m:leidy.johana.tabares@gmail.com⁆
To: claims@cityvans.example
Subject: Damage charge on booking 4410927 – I dispute it

Hello,

I returned the van in Bogotá (Calle 10 station) on 6 March with no damage; I have photos. You now charge COP 850,000 for a dented door. Please send your check-in photos. You can call me on ⁅t:+57 315 448 2203⁆.

⁅n:Leidy Johana Tabares⁆`,
  },
  {
    lang: 'en',
    kind: 'Single-cab owner invoice to a school',
    source: `INVOICE 2026-031

From: ⁅n:Lull Wirtgen⁆ – Wirtgen Cabs (sole trader)
⁅h:8, Rue du Fort Wallis, L-2714 Luxembourg⁆
⁅t:+352 621 448 902⁆ · ⁅m:bookings@wirtgen-cabs.lu⁆

To: International School of Luxembourg, accounts payable
School runs March (22 trips) ........ EUR 1,540.00
Payment to: ⁅i:LU⁆ (account holder ⁅n:Lull Wirtgen⁆)`,
  },
  {
    lang: 'en',
    kind: 'Mobility app security incident timeline',
    source: `Security incident SI-2026-014 – credential stuffing against rider accounts

08:12 WAF alerts on /login from 45.133.0.0/16 (hosting ranges)
08:20 Rate limit lowered; 312 accounts locked as a precaution
08:41 One confirmed takeover: ⁅m:olaoluwa.fadeyi@outlook.com⁆, last good login from ⁅a:81.2.69.160⁆, attacker from 45.133.12.7 (hosting, not a rider)
09:30 Rider informed by the support lead ⁅n:Batzorig Purevjav⁆; card removed from the account
Edge servers involved: 10.40.2.11, 10.40.2.12`,
  },
  {
    lang: 'en',
    kind: 'Thai songthaew concession renewal',
    source: `Songthaew route concession – renewal (Chiang Mai, red truck route 2)

Holder: ⁅n:Atthaphon Phromsiri⁆, ⁅h:19 Nimmanhaemin Road, Chiang Mai 50200⁆
Phone: ⁅t:+66 89 221 4087⁆
Co-driver listed: ⁅n:Naruemon Buakhao⁆
Vehicle inspection passed 14 March; insurance valid to 2027.`,
  },
  {
    lang: 'en',
    kind: 'Transit agency board minutes without personal data',
    source: `Board of Directors – Regular Meeting, Minutes (excerpt)

Item 4: FY27 operating budget. Staff presented a 3.1 % increase driven by fuel and insurance. Motion to approve carried 7–2.
Item 5: Bus electrification. The board directed staff to return with a charging-depot site study by September.
Item 6: Public comment. Four speakers addressed late-night frequency on Route 60.
Meeting adjourned 8:47 pm.`,
  },
  {
    lang: 'en',
    kind: 'Ferry and bus pass fraud referral',
    source: `Fraud referral – concession pass misuse

Pass holder: ⁅n:Olzhas Utepbergenov⁆, DOB ⁅b:1958-04-30⁆ (senior pass)
Pass used on 41 journeys in March by a younger person, per CCTV.
Registered address: ⁅h:6 Colombo Street, Christchurch 8011⁆
Contact attempted on ⁅t:027 604 8812⁆ – no answer.
Referred to the investigations team by ⁅n:Rhiannedd Eifion⁆.`,
  },
  {
    lang: 'en',
    kind: 'Dockless bike operator data sharing agreement note',
    source: `Note to file – data sharing with the city (MDS feed)

The operator sends trip records to the city in the Mobility Data Specification format: start and end points rounded to 100 m, timestamps, vehicle ids. No rider names, phone numbers or payment data are shared. The city's retention is 24 months. Reviewed by the DPO office; no further action.`,
  },
];
