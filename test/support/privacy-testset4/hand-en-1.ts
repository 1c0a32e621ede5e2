import type { HandDoc } from './hand.js';

/** Hand-written English documents of set 4, part 1: threads, chats, tickets, HR, health. */
export const HAND_EN_1: HandDoc[] = [
  {
    lang: 'en',
    kind: 'mail-thread-quoted',
    source: `From: ⟦N:Tarquin Featherstonehaugh⟧ <⟦EM:tarquin.f@estates.harrowgate-lettings.co.uk⟧>
Sent: 19 November 2026 16:40
To: ⟦N:Oluwatobiloba Alakija⟧ <⟦EM:tobi.alakija+lettings@gmail.com⟧>
Cc: deposits@harrowgate-lettings.co.uk
Subject: RE: RE: check-out and deposit

Hi ⟦N:Tobi⟧,

Thanks for confirming. The check-out inspection is booked for Friday 27th at 10am. Please leave the keys
with the concierge. Your deposit is protected with the DPS under ref. DPS-88214402.

Kind regards,
⟦N:Tarquin⟧

⟦N:Tarquin Featherstonehaugh⟧ MARLA
Senior Lettings Negotiator | Harrowgate Lettings Ltd
12 Station Parade, Harrogate HG1 1UE
T: ⟦PH:01423 555 019⟧  M: ⟦PH:07700 900 318⟧

On Tue, 18 Nov 2026 at 21:07, ⟦N:Oluwatobiloba Alakija⟧ <⟦EM:tobi.alakija+lettings@gmail.com⟧> wrote:
> Hi Mr ⟦N:Featherstonehaugh⟧,
> I'm moving out of ⟦AD:Flat 3, 41 Clarendon Road, Harrogate HG2 0DH⟧ on the 27th. My forwarding address is
> ⟦AD:14 Belmont Terrace, Leeds LS6 2BQ⟧. Could you send the deposit to my new account, sort code and
> account number in the attached form? (IBAN if easier: ⟦=IB/GB⟧)
> Thanks, ⟦N:Tobi⟧
>
>> On 2 Nov 2026, at 09:12, Harrowgate Lettings <noreply@harrowgate-lettings.co.uk> wrote:
>> Dear Tenant, your tenancy end date is approaching.`,
  },
  {
    lang: 'en',
    kind: 'slack-export',
    source: `#eng-incidents — exported 2026-11-24

[09:02] ⟦N:Hugo Pettigrew⟧: :rotating_light: p1 — checkout 500s since 08:55, rollback of web 4.21.0 in progress
[09:03] ⟦N:Sumire Enomoto⟧: on it. seeing "ECONNRESET" from payments-gw (internal pool)
[09:05] ⟦N:Hugo Pettigrew⟧: customer escalation from ⟦N:Bathsheba Cholmondeley⟧ — she's been charged twice, card ending 3392, email ⟦EM:bathsheba.c@btinternet.com⟧
[09:06] ⟦N:Dakota Sorensen⟧: I'll take the customer. her phone on file is ⟦PH:+44 20 7946 0381⟧
[09:11] ⟦N:Sumire Enomoto⟧: root cause: connection pool max 50 -> 5 in config v2026.11.3. reverting
[09:14] ⟦N:Dakota Sorensen⟧: refunded, ticket CS-119204. suspicious login on her acct from ⟦=IP/4⟧ too, flagged to security
[09:20] ⟦N:Hugo Pettigrew⟧: resolved. postmortem owner: ⟦N:Sumire⟧, due Fri`,
  },
  {
    lang: 'en',
    kind: 'meeting-minutes',
    source: `MINUTES — Product Council, 10 Nov 2026 (hybrid)
Present: ⟦N:Araminta Ashcombe⟧ (chair), ⟦N:Kaixuan Situ⟧, ⟦N:Muhannad Rifai⟧, ⟦N:Clodagh Ní Bhriain⟧, ⟦N:Jaxon Abernathy⟧
Apologies: ⟦N:Wilhelmina Thistlethwaite⟧
Minutes: ⟦N:J. Abernathy⟧

1. Roadmap H1 2027
   - Offline mode moves to Q2; SDK 5.0 breaking changes announced at DevDay (March 2027).
   - ACTION ⟦N:Situ⟧: cost estimate for on-prem licence by 24 Nov.
2. Pricing
   - "Team" plan goes from £9 to £11 per seat from 1 Feb 2027. Grandfathering 12 months.
   - ACTION ⟦N:Ní Bhriain⟧ + ⟦N:Rifai⟧: customer comms draft.
3. AOB
   - ⟦N:Araminta⟧ thanked ⟦N:Muhannad⟧ for covering the Lisbon summit.
Next meeting: 8 Dec 2026.`,
  },
  {
    lang: 'en',
    kind: 'zendesk-ticket',
    source: `Ticket #55102 — "Can't update my address" — Priority: normal — Via: web form
Requester: ⟦N:Ozioma Mbanefo⟧ (⟦EM:ozioma.mbanefo@outlook.com⟧)

⟦N:Ozioma Mbanefo⟧ — Nov 12, 2026 19:44
hi, the app won't let me change my address, it keeps saying "postcode invalid". new address is
⟦AD:Apt 4B, 228 Atlantic Avenue, Brooklyn, NY 11201⟧. old one was ⟦AD:9 Orchard Close, Reading RG4 7TL⟧.
phone ⟦PH:+1 (718) 555-0142⟧

⟦N:Primrose⟧ (Support) — Nov 13, 2026 08:10
Hi ⟦N:Ozioma⟧, sorry about that! Our form only accepted UK postcodes until release 8.3. I've updated it for you.
Could you confirm your date of birth for the security check?

⟦N:Ozioma Mbanefo⟧ — Nov 13, 2026 08:31
sure, ⟦DOB:04/17/1991⟧ (US format)`,
  },
  {
    lang: 'en',
    kind: 'hr-reference',
    source: `PRIVATE & CONFIDENTIAL

To whom it may concern,

Reference: Mr ⟦N:Kobina Tetteh⟧

I am pleased to provide a reference for ⟦N:Kobina Tetteh⟧ (D.O.B. ⟦DOB:21/08/1994⟧), who worked at Brightwater Foods plc
as a Quality Assurance Technician from 3 June 2019 to 31 October 2026. During this time ⟦N:Kobina⟧ was reliable, punctual
and well liked by colleagues. His attendance record was good (4 days' sickness absence in the last 24 months).

He left to relocate to Manchester. We would re-employ him.

Please contact me at hr.references@brightwaterfoods.co.uk or on ⟦PH:0161 496 0550 ext. 2207⟧ if you need anything further.

Yours faithfully,

⟦N:Philomène Desrosiers⟧
HR Business Partner, Brightwater Foods plc`,
  },
  {
    lang: 'en',
    kind: 'gp-referral',
    source: `Riverside Medical Practice, 2 Mill Lane, Bristol BS3 4QQ            NHS

Dear Dr ⟦N:Abernathy-Quaye⟧,

Re: Mrs ⟦N:Purificación Larrañaga Goicoechea⟧   DOB ⟦DOB:30 Sep 1952⟧   NHS No. 943 476 5919
⟦AD:17 Ashton Vale Road, Bristol BS3 2HN⟧   Tel ⟦PH:0117 496 0128⟧

Thank you for seeing this 74-year-old lady, originally from Bilbao, who presents with a 3-month history of
exertional breathlessness. Her daughter ⟦N:Covadonga⟧ usually accompanies her and translates.

PMH: T2DM (2011), hypertension. Medication: metformin 1 g BD, ramipril 5 mg OD.

Yours sincerely,
Dr ⟦N:Fitzsimons⟧ (GP partner)`,
  },
  {
    lang: 'en',
    kind: 'call-centre-transcript',
    source: `CALL ID 7781-2026-11-28-0931 | Queue: Billing | Agent: ⟦N:Rommel Mangubat⟧ | Duration 05:12
[00:00] AGENT: Thanks for calling Northwind Energy, you're speaking with ⟦N:Rommel⟧.
[00:04] CALLER: Hi, yeah, it's ⟦N:Kordell Oglethorpe⟧, I got a bill for like four hundred quid?
[00:09] AGENT: Sorry to hear that. Can I take your account number and first line of address?
[00:14] CALLER: Account 1100 4482 9917, and it's ⟦AD:22 Seaview Crescent, Whitley Bay NE26 1AX⟧.
[00:25] AGENT: And date of birth?
[00:27] CALLER: ⟦DOB:third of March eighty-five⟧. Uh, ⟦DOB:3/3/85⟧.
[00:33] AGENT: Thank you. I can see an estimated reading. Could you read me the meter?
[00:41] CALLER: 0 4 4 1 8 2.
[01:20] AGENT: That brings it down to £96.40. I'll email the revised bill to ⟦EM:k.oglethorpe77@hotmail.co.uk⟧.
[01:28] CALLER: Brilliant. Can you also call my wife ⟦N:Tawanda⟧ on ⟦PH:07911 123456⟧ if anything changes?
[01:34] AGENT: I'll add her as a contact. Anything else?`,
  },
  {
    lang: 'en',
    kind: 'csv-contacts',
    source: `email,last,first,company,mobile,country
⟦EM:k.srisuk@thaiorchid-imports.co.th⟧,⟦N:Srisuk⟧,⟦N:Kanokwan⟧,Thai Orchid Imports,⟦PH:+66 81 234 5678⟧,TH
⟦EM:eirini.v@vlachos-shipping.gr⟧,⟦N:Vlachos⟧,⟦N:Eirini⟧,Vlachos Shipping,⟦PH:+30 694 123 4567⟧,GR
⟦EM:raghunath.mehrotra@ganga-textiles.in⟧,⟦N:Mehrotra⟧,⟦N:Raghunath⟧,Ganga Textiles Pvt Ltd,⟦PH:+91 98200 41173⟧,IN
⟦EM:adekunle@lagosfreight.ng⟧,⟦N:Fashola⟧,⟦N:Adekunle⟧,Lagos Freight,⟦PH:+234 803 555 0199⟧,NG
⟦EM:sophie.duchesne@maison-duchesne.fr⟧,⟦N:Duchesne⟧,⟦N:Sophie-Anne⟧,Maison Duchesne,⟦PH:+33 6 12 34 56 78⟧,FR
⟦EM:b.kowalski@kowalski-trans.pl⟧,⟦N:Kowalski⟧,⟦N:Bronisław⟧,Kowalski Trans Sp. z o.o.,⟦PH:+48 601 234 567⟧,PL
⟦EM:e.ilgaz@ilgaztekstil.com.tr⟧,⟦N:Ilgaz⟧,⟦N:Ertuğ⟧,Ilgaz Tekstil A.Ş.,⟦PH:+90 532 412 88 10⟧,TR`,
  },
  {
    lang: 'en',
    kind: 'tsv-attendees',
    source: `Badge	Title	Full name	Organisation	Dietary	Arrival
A-001	Prof.	⟦N:Ardeshir Esfandiari⟧	University of Tehran	vegetarian	Sun
A-002	Dr	⟦N:Hodan Warsame⟧	Somali Health Trust	halal	Mon
A-003	Ms	⟦N:Thenmozhi Chidambaram⟧	IIT Madras	veg	Sun
A-004	Mr	⟦N:Ricardo dos Anjos Brandão⟧	USP São Paulo	—	Mon
A-005	Dr	⟦N:Diễm Hân Khổng⟧	Hanoi Medical University	—	Sun
A-006	Mx	⟦N:Sindre Haugland⟧	NTNU	vegan	Mon
A-007	Prof.	⟦N:Abdirahman Jama Egal⟧	Amoud University	halal	Tue`,
  },
  {
    lang: 'en',
    kind: 'insurance-claim',
    source: `MOTOR CLAIM NOTIFICATION — Policy MC-4401-22871
Name: ⟦N:Ekow Ashitey⟧   Date of birth: ⟦DOB:1978-02-14⟧   Driving licence: ASHIT702148E99XY
Address: ⟦AD:71 Kingsley Road, Hounslow TW3 1PA⟧
Contact: ⟦PH:+44 (0) 7700 900 771⟧ / ⟦EM:ekow.ashitey@icloud.com⟧
Incident: 22/11/2026, approx 17:45, roundabout A4/A312. Third party: Ms ⟦N:Crispin-Whitlock⟧ (driver gave name as
⟦N:Ermintrude Crispin-Whitlock⟧), vehicle Ford Fiesta, reg. LK19 XYZ, insurer Admiral.
Witness: ⟦N:Jolyon Pryor⟧, ⟦PH:07700 900 155⟧.
Bank details for settlement: ⟦=IB/GB⟧`,
  },
  {
    lang: 'en',
    kind: 'no-pii-status-page',
    source: `Status update — 25 Nov 2026 14:20 UTC
Resolved: Elevated error rates in eu-west-2

Between 12:58 and 13:41 UTC, API requests to eu-west-2 returned HTTP 503 for about 7% of calls. The cause was a
faulty deploy of the routing layer (version 2.18.4). We rolled back to 2.18.3 at 13:35 UTC.

Affected products: Payments API v3, Webhooks, Dashboard. Not affected: Terminal, Issuing.
Incident ID: INC-2026-1125-01. Next update: the post-incident review will be published within 5 business days.

Hi team — if you're a partner integrating via the Jenkins plugin 4.2 or the Salesforce connector, no action is needed.
Dear Sir or Madam — if you received an invoice during the window, invoice numbers INV-2026-448100 to INV-2026-448355
were re-sent automatically.`,
  },
  {
    lang: 'en',
    kind: 'passenger-list',
    source: `MANIFEST — Charter WZ 4410 Aberdeen (ABZ) → Sumburgh (LSI) — 02DEC26 07:30
SEQ NAME                        DOB         DOC        NAT
001 ⟦N:MACKINNON/LACHLAN⟧ MR        ⟦DOB:12FEB1981⟧   P  ⟦=PP⟧  DEU
002 ⟦N:ODRISCOLL/CATHAL⟧ MR         ⟦DOB:03JUL1975⟧   P  ⟦=PP⟧  DEU
003 ⟦N:SHAHBAZI/PARVANEH⟧ MS        ⟦DOB:28OCT1990⟧   I  ⟦=ID⟧  DEU
004 ⟦N:HALVORSRUD/BJARNE⟧ MR         ⟦DOB:01JAN1969⟧   P  ⟦=PP⟧  DEU
TOTAL PAX 4 · CREW 3 · operator: Loganair on behalf of Northern Lights Offshore Ltd`,
  },
  {
    lang: 'en',
    kind: 'uk-payroll-email',
    source: `Hi Payroll,

My November payslip shows tax code 0T again — I think HMRC never got my P45 from my last employer.
Employee no. 20831, NI number QQ 12 34 56 C (I know, looks fake, it's really on my card).

Could you also update my bank details? New account is with Monzo: ⟦=IB/GB⟧.
And my address changed to ⟦AD:Flat 9, Marlowe House, 3 Fenwick Street, Liverpool L2 7NB⟧.

Cheers,
⟦N:Jamarcus Hollingsworth-Fontenot⟧
Warehouse team lead, Speke DC
mob ⟦PH:07700-900-944⟧`,
  },
  {
    lang: 'en',
    kind: 'whatsapp-export',
    source: `12/11/2026, 21:03 - ⟦N:Amarachi⟧: Hi auntie, did you get the documents for the visa?
12/11/2026, 21:05 - ⟦N:Chinyelugo Okoli⟧: Yes o. Passport number na ⟦=PP⟧, the German one
12/11/2026, 21:06 - ⟦N:Amarachi⟧: ok. and your date of birth is ⟦DOB:2 june 61⟧ abi?
12/11/2026, 21:07 - ⟦N:Chinyelugo Okoli⟧: ⟦DOB:2nd June 1961⟧ yes
12/11/2026, 21:09 - ⟦N:Amarachi⟧: I will send to uncle ⟦N:Nedu⟧ he will print. his number ⟦PH:+234 809 441 2207⟧
12/11/2026, 21:15 - ⟦N:Chinyelugo Okoli⟧: God bless you my daughter 🙏`,
  },
  {
    lang: 'en',
    kind: 'no-pii-press-release',
    source: `FOR IMMEDIATE RELEASE

Harbour & Vine Ltd completes acquisition of Willow Creek Beverages

LONDON, 18 November 2026 — Harbour & Vine Ltd (LSE: HVL), the drinks group behind the Rosie Lee tea range and
Jack Rabbit cider, today announced it has completed the acquisition of Willow Creek Beverages Inc. for $212 million.

The transaction was announced on 4 August 2026 and received clearance from the CMA on 30 October 2026. Willow Creek's
brands Georgia Peach and Mabel's Lemonade will be distributed through Harbour & Vine's UK network from Q2 2027.

Harbour & Vine will host an investor call on 20 November 2026 at 09:00 GMT. ISBN of the annual report: ⟦~ISBN⟧.

Notes to editors: Harbour & Vine Ltd is registered in England and Wales (company no. 08812245), VAT GB 123 4567 89.`,
  },
  {
    lang: 'en',
    kind: 'tenancy-agreement',
    source: `ASSURED SHORTHOLD TENANCY AGREEMENT (extract)

THIS AGREEMENT is made on 1 December 2026 BETWEEN
(1) the Landlord: ⟦N:Maddison Crenshaw⟧ of ⟦AD:The Old Rectory, Church Lane, Little Shelford, Cambridge CB22 5HG⟧
(2) the Tenants: ⟦N:Wahyu Nugroho⟧ (born ⟦DOB:9 October 1996⟧) and ⟦N:Indah Kusumawardhani⟧ (born ⟦DOB:17 May 1997⟧)
in respect of the Property: ⟦AD:27 Mawson Road, Cambridge CB1 2DZ⟧

Rent: £1,650 per calendar month, payable on the 1st of each month to the Landlord's account ⟦=IB/GB⟧.
Deposit: £1,900, protected with mydeposits within 30 days.
Landlord's contact for repairs: ⟦PH:01223 555 0192⟧ / ⟦EM:maddison@crenshaw-lets.co.uk⟧`,
  },
  {
    lang: 'en',
    kind: 'school-enrolment',
    source: `St Aidan's Primary School — In-Year Admission Form

Child's legal surname: ⟦N:Wibisono⟧         Forename(s): ⟦N:Tokihiko Arya⟧        Preferred name: ⟦N:Ken⟧
Date of birth: ⟦DOB:14/06/2019⟧            Year group: 2
Home address: ⟦AD:48 Lime Tree Avenue, Coventry CV4 9FL⟧
Parent/carer 1: ⟦N:Hinata Wibisono-Uchida⟧  mobile ⟦PH:07456 211 987⟧  email ⟦EM:hinata.wu@gmail.com⟧
Parent/carer 2: ⟦N:Hendro Wibisono⟧          mobile ⟦PH:+62 812 3456 7890⟧ (currently in Jakarta)
Languages spoken at home: Japanese, Indonesian, English
Previous school: Sekolah Pelita Harapan, Jakarta`,
  },
  {
    lang: 'en',
    kind: 'discharge-summary',
    source: `DISCHARGE SUMMARY — Ward 7B, St Columba's Hospital, Glasgow
Patient: ⟦N:MACILWRAITH, Eilidh⟧     CHI: 1504780032     DOB: ⟦DOB:15.04.1978⟧
Address: ⟦AD:2/1, 118 Dumbarton Road, Glasgow G11 6NX⟧
Admitted: 21/11/2026   Discharged: 26/11/2026   Consultant: Dr ⟦N:S. Chatzopoulos⟧

Diagnosis: community-acquired pneumonia (CURB-65 = 1).
Follow-up: GP review in 6 weeks with CXR. Next of kin: ⟦N:Ruairí MacIlwraith⟧ (husband) ⟦PH:07700 900 625⟧.

Signed: ⟦N:F. Kuipers⟧, FY2`,
  },
  {
    lang: 'en',
    kind: 'no-pii-training-schedule',
    source: `Q1 2027 Training calendar — all sessions in the Jubilee Room, Level 2

Mon 11 Jan  09:30  Fire warden refresher (45 min)
Wed 20 Jan  14:00  GDPR basics for new starters — e-learning module 3.1
Tue 02 Feb  10:00  Excel for finance: Power Query (bring a laptop with Office 365)
Thu 18 Feb  13:30  Forklift licence renewal — site: Harlow warehouse, Edinburgh Way
Fri 05 Mar  09:00  First aid at work (3 days, St John Ambulance)
Mon 29 Mar  —      No sessions (Easter Monday falls on 5 April 2027; Good Friday 2 April)

Hi team, places are limited to 12 per session. Book through the LMS (course codes TR-101 to TR-118).`,
  },
  {
    lang: 'en',
    kind: 'us-intake-form',
    source: `NEW PATIENT INTAKE — Lakeside Family Dental, 400 W Lake St, Minneapolis, MN 55408

Patient name: ⟦N:Brantley J. Boudreaux⟧      Nickname: ⟦N:BJ⟧
DOB: ⟦DOB:07-04-1988⟧   SSN (last 4): ***-**-1192
Home address: ⟦AD:3318 Bryant Ave S, Apt 2, Minneapolis, MN 55408⟧
Cell: ⟦PH:(612) 555-0187⟧   Work: ⟦PH:612.555.0100 x214⟧
Email: ⟦EM:bj.boudreaux@proton.me⟧
Emergency contact: ⟦N:Kaylee Boudreaux⟧ (spouse) ⟦PH:(612) 555-0163⟧
Insurance: Delta Dental PPO, Group #77120, Member ID DDX4471902`,
  },
];
