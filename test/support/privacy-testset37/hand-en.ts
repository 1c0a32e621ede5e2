import type { HandSource } from './markup.js';

/** English hand-written documents of set 37, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Tenant referencing application',
    source: `Tenant Referencing – Application Summary (ref. TR-88412)
Property: Flat 2, 71 Sefton Park Road, Liverpool L17 3BJ – £1,150 pcm

Applicant: ⸢n:Seloame Agbenyegah⸣
Date of birth: ⸢b:12/03/1991⸣
Current address: ⸢h:19 Kingsdown Parade, Bristol BS6 5UD⸣
Mobile: ⸢t:07911 448203⸣
Email: ⸢m:seloame.agbenyegah@gmail.com⸣
Employer: Merseyside Health Partners, annual salary £38,400
Previous landlord reference: received, no arrears.
Outcome: ACCEPT with guarantor.`,
  },
  {
    lang: 'en',
    kind: 'Rent arrears letter (Section 8 warning)',
    source: `Mersey Lettings Ltd · 4 Castle Street, Liverpool L2 4SW · 0151 230 7700

Mr ⸢n:Elinam Dzokotoe⸣
⸢h:Flat 6, 27 Lambert Road
London SW2 5BB⸣

Dear Mr ⸢n:Dzokotoe⸣,

Your rent account shows arrears of £2,460.00 (two months). If the balance is not cleared by 30 November 2026 we may serve notice under Section 8, Ground 8. Please contact our income team on 0151 230 7710 to agree a payment plan.

Yours sincerely,
Income Team`,
  },
  {
    lang: 'en',
    kind: 'Service charge statement covering note',
    source: `Cromwell Terrace Management Company Ltd – Service Charge Year-End Statement 2025/26

Leaseholder: ⸢n:Kekelikem Kpodonu⸣ (Flat 11)
Correspondence address: ⸢h:4 Sefton Park Road, Liverpool L17 3BJ⸣
Budgeted charge: £1,940.00; actual: £2,118.36; balancing charge: £178.36
Major works reserve contribution: £400.00
Payable within 28 days to the management company's client account (sort code 40-11-62, account 71829300).
Queries: servicecharges@cromwellterrace-mgmt.co.uk`,
  },
  {
    lang: 'en',
    kind: 'HOA board meeting minutes',
    source: `Minutes – Alberta Commons Homeowners Association, Board Meeting, October 14, 2026
Present: ⸢n:Dezbah Bitsuie⸣ (President), ⸢n:Shandiin Nakai⸣ (Treasurer), ⸢n:Wapastim Bearskin⸣ (Secretary)

1. Treasurer's report: reserve fund at $184,300.
2. Delinquent assessments: Unit 14 (owner ⸢n:Miskwaabik Kitchemonia⸣) 3 months behind; lien to be filed if unpaid by Dec 1.
3. Landscaping contract renewed with GreenStreet PDX.
4. Owner ⸢n:Peyasiw Neeposh⸣ asked for approval of solar panels; approved 3–0.
Next meeting: November 11, 2026.`,
  },
  {
    lang: 'en',
    kind: 'Viewing feedback email',
    source: `From: ⸢m:achakos.matoush@outlook.com⸣
To: lettings@fitzroy-realty.com.au
Subject: Re: Inspection 31 Brunswick Street

Hi team,
thanks for the inspection on Saturday. My partner ⸢n:Ningiuq Akpaliapik⸣ and I would like to apply. Best number is ⸢t:+61 412 338 904⸣.

Cheers,
⸢n:Achakos Matoush⸣`,
  },
  {
    lang: 'en',
    kind: 'Property listing (no personal data)',
    source: `FOR SALE – 3-bed Victorian terrace, Sheffield S10
Guide price £345,000 · Freehold · Council tax band C · EPC D (61)

Through lounge with bay window, kitchen-diner, utility, three bedrooms, first-floor bathroom, south-facing garden. Walking distance to Broomhill shops and the university.
Viewings strictly by appointment with Peak & Dale Estates, 0114 266 0040, Monday–Saturday.`,
  },
  {
    lang: 'en',
    kind: 'Conveyancing completion statement',
    source: `Completion Statement – Sale of 58 Hay Street, Perth WA 6000
Vendor: ⸢n:Taniela Halaholo⸣ · Purchaser: ⸢n:Arnaujaq Qumangaapik⸣
Settlement date: 19 December 2026

Purchase price            $1,120,000.00
Less deposit paid           $112,000.00
Adjustments (rates, water)    $1,463.22
Balance to vendor's account ⸢i:GB⸣ (overseas transfer on instruction)
Purchaser's ID verified: Australian passport; vendor's German passport ⸢r:⸣.`,
  },
  {
    lang: 'en',
    kind: 'Holiday let guest registration',
    source: `Casa Limonaia – Guest registration (Alloggiati Web)
Arrival 02/08/2026 · Departure 09/08/2026

Lead guest: ⸢n:Uqsuralik Ikkidluak⸣, born ⸢b:4 June 1985⸣, Canadian passport (number recorded with the police portal only)
Home address: ⸢h:House 14, Oxford Street, Osu, Accra GA-145-2020⸣
Companion: ⸢n:Lesieli Fakatava⸣
Tourist tax paid: €28.00
Emergency contact: ⸢t:+233 24 551 8702⸣`,
  },
  {
    lang: 'en',
    kind: 'Deposit dispute adjudication summary',
    source: `Deposit Protection Scheme – Adjudication Decision (case DPS-2026-771204)
Tenant: ⸢n:Farid Hashimi⸣ · Landlord: ⸢n:Habibullah Amiri⸣
Tenancy: 19 Kingsdown Parade, Bristol BS6 5UD, 01/09/2023–31/08/2026
Deposit: £1,500. Claimed by landlord: £620 (cleaning £180, carpet £440).
Award: £180 to landlord, £1,320 to tenant. The tenant's repayment goes to ⸢i:GB g⸣.
The adjudicator's decision is final.`,
  },
  {
    lang: 'en',
    kind: 'Letting agent WhatsApp chat',
    source: `[14:02] ⸢n:Bekzod Khodjaev⸣: Hi, is the 1-bed on Synge Street still available?
[14:05] Agent (Dublin Homes): Yes! Viewing tomorrow 6pm?
[14:06] ⸢n:Bekzod Khodjaev⸣: Perfect. My number ⸢t:+353 86 402 7718⸣ if anything changes
[14:07] Agent (Dublin Homes): Great, see you there. Bring ID and two payslips.`,
  },
  {
    lang: 'en',
    kind: 'Maintenance ticket from tenant portal',
    source: `Ticket #MT-40918 · Priority: High · Category: Plumbing
Property: ⸢h:58 Alberta Street, Unit 3, Portland OR 97211⸣
Reported by: ⸢n:Otabek Umarov⸣ (tenant)
Callback: ⸢t:+1 503 724 1186⸣
Description: Water heater leaking into the closet, turned off the valve.
Access: tenant home after 4pm; dog in unit.
Assigned vendor: Rose City Plumbing (dispatch@rosecityplumbing.com)
Submitted from: ⸢a:73.164.210.88⸣`,
  },
  {
    lang: 'en',
    kind: 'Rental application co-signer form',
    source: `Co-Signer / Guarantor Form – Magazine Street Apartments
Guarantor name: ⸢n:Tesfay Weldemichael⸣
Date of birth: ⸢b:July 9th, 1958⸣
Home address: ⸢h:2214 Cedar Avenue South, Minneapolis MN 55454⸣
Phone: ⸢t:+1 612 338 4120⸣
Email: ⸢m:tweldemichael@yahoo.com⸣
Relationship to applicant: father of ⸢n:Saba Asfaha⸣
Card for the application fee: ⸢c:-⸣`,
  },
  {
    lang: 'en',
    kind: 'Estate agent sales progression note',
    source: `Sales progression – 12 Enmore Road, Newtown NSW 2042
Buyer: ⸢n:Kongsy Sisouphanthong⸣ · Seller: ⸢n:Malavanh Khounvisith⸣
Contracts exchanged 3 Nov; cooling-off ends 10 Nov.
Building & pest: minor termite history, seller to provide treatment certificate.
Buyer's solicitor: Harbourside Conveyancing, conveyancing@harbourside.com.au
Settlement booked for 8 Dec 2026, 42 days.`,
  },
  {
    lang: 'en',
    kind: 'Owners corporation levy notice (no personal data)',
    source: `Owners Corporation SP 44871 – Levy Notice, Quarter 3, FY2026/27
Admin fund: $1,184.00 · Capital works fund: $620.00 · Total due: $1,804.00
Due date: 1 January 2027. Interest at 10% p.a. applies to overdue levies.
Pay via BPAY biller code 96503, or at any post office with this notice.
Strata manager: Harbour Strata Services, 02 9555 0100.`,
  },
  {
    lang: 'en',
    kind: 'Notary completion file checklist (Spain)',
    source: `Notaría Calle de Embajadores – Checklist for escritura de compraventa
Sellers: ⸢n:Efisiu Pinnedda⸣ and ⸢n:Bonariedda Sannai⸣, NIE on file
Buyer: ⸢n:Gavinu Deianas⸣, residing ⸢h:Carrer de Verdi, 22, 08012 Barcelona⸣
☑ Nota simple (Registro de la Propiedad nº 5)
☑ Certificado de eficiencia energética
☐ Proof of funds — buyer to provide
Buyer's contact: ⸢m:gavinu.deianas@icloud.com⸣, ⸢t:+34 622 418 907⸣`,
  },
  {
    lang: 'en',
    kind: 'Tenant screening fraud flag',
    source: `Screening alert – application APP-77310
Applicant name on form: ⸢n:Larentu Pirastu⸣
Date of birth on form: ⸢b:1989-12-01⸣; credit file shows ⸢b:1989-01-12⸣ (possible day/month swap)
Application submitted from IP ⸢a:2a02:c7c:5d14:118::7⸣ at 03:12 local time.
Payslip PDF metadata edited with an online tool two hours before upload.
Recommendation: request originals and verify with employer by phone (switchboard only).`,
  },
  {
    lang: 'en',
    kind: 'Caretaker daily log',
    source: `Caretaker log – Rathgar Avenue block, Sat 7 Nov
08:10 Bin store cleaned, recycling overflowing again.
09:30 Let in window cleaner, signed out 11:45.
12:15 ⸢n:Sebustianu Mulargia⸣ (No. 4) reports intercom buzzing; reset panel.
15:40 Parcel for ⸢n:Jemp Theisen⸣ (No. 9) left with neighbour ⸢n:Mady Krier⸣ at No. 10.
17:00 Lift inspection notice posted.`,
  },
  {
    lang: 'en',
    kind: 'Holiday let cancellation email',
    source: `From: ⸢m:panayiotis.stylianou@hotmail.com⸣
To: bookings@aegeanvillas.gr
Subject: Cancellation – Villa Thalassa, 12–19 July

Dear Villa Team,
unfortunately we must cancel because of my mother's surgery. The booking was made under my wife's name, ⸢n:Chrystalla Charalambous⸣. Please refund the deposit to the card ending 4410.

Kind regards,
⸢n:Panayiotis Stylianou⸣
⸢h:Odos Tsimiski 88, 54624 Thessaloniki⸣`,
  },
  {
    lang: 'en',
    kind: 'Right to rent check record',
    source: `Right to Rent – Check Record (Immigration Act 2014)
Adult occupier: ⸢n:Cheikhouna Sarrène⸣
Date of birth: ⸢b:23 September 1996⸣
Document seen: share code checked online, permission valid to 14/06/2028
Checked by: lettings negotiator (staff no. 0418) on 02/11/2026, in person.
Follow-up check due: 01/06/2028.`,
  },
  {
    lang: 'en',
    kind: 'Landlord gas safety certificate (no personal data)',
    source: `Landlord Gas Safety Record – CP12
Installation address: Flat 3, 44 Cromwell Terrace, Sheffield S10 2FL
Appliances: Combi boiler (kitchen) – pass; gas hob – pass
CO alarm fitted and tested. Flue flow and spillage tests satisfactory.
Engineer Gas Safe reg. no. 552109. Next inspection due by 30 October 2027.`,
  },
  {
    lang: 'en',
    kind: 'Sole trader letting agent invoice',
    source: `INVOICE 2026-041
⸢n:Tengizi Kipshidze⸣ Property Services (sole trader)
⸢h:Unit 4, 118 Kingsdown Parade, Bristol BS6 5UD⸣
⸢m:info@tengizikipshidze.co.uk⸣ · ⸢t:07457 219440⸣

Bill to: Kingsdown Residences Ltd
Tenant find fee, 14 Kingsdown Parade: £1,100.00 + VAT 20%
Pay to: ⸢i:GB⸣`,
  },
  {
    lang: 'en',
    kind: 'Property manager handover email',
    source: `Hi ⸢n:Khatuna⸣,

as I'm leaving Friday, here's the handover for the Dubai portfolio:
– Villa 12, Al Wasl Road: tenant ⸢n:Abdirisaq Warsamale⸣, Ejari renewal due 1 Jan, mobile ⸢t:+971 50 318 2294⸣.
– Apartment 1804, Marina: vacant, photos booked Monday.
– Owner ⸢n:Wahidyar Durranizai⸣ wants quarterly statements by email: ⸢m:w.durranizai@gmail.com⸣.
Office line stays 04 388 1200.

⸢n:Marikuna⸣`,
  },
  {
    lang: 'en',
    kind: 'Short-let platform host message',
    source: `Message from your host ⸢n:Nominzul Purevdorjiin⸣:
"Welcome to Seoul! The door code is on the smart lock screen. If you have any issue call me at ⸢t:+82 10 4418 2207⸣. Please don't put paper in the toilet. Enjoy Itaewon!"

Reservation HMQ4X7Y2 · Guests: 2 · Check-out 11:00`,
  },
  {
    lang: 'en',
    kind: 'Mortgage offer cover letter',
    source: `Strand Building Society · Mortgage Offer

To: ⸢n:Sopheaktra Kimsrun⸣ and ⸢n:Leakhena Cheamony⸣
⸢h:33 Cromwell Terrace, Sheffield S10 2FL⸣

Property: 14 Rathgar Avenue, Dublin 6. Loan €360,000 over 30 years, 3.95% fixed for 5 years.
Monthly repayment: €1,708.22. Direct debit from ⸢i:IE g⸣.
Offer valid until 28 February 2027.`,
  },
  {
    lang: 'en',
    kind: 'Tenancy inspection report',
    source: `Routine Inspection – ⸢h:88 Magazine Street, New Orleans LA 70130⸣
Date: 11/04/2026 · Tenant present: ⸢n:Inuwa Gwarzawa⸣
Overall condition: good. Smoke detectors tested. Minor mould in bathroom ceiling – advised ventilation.
Tenant's request: replace screen door. Tenant's new work number ⸢t:+1 504 891 2203⸣.
Next inspection in 6 months.`,
  },
  {
    lang: 'en',
    kind: 'Community association newsletter (no personal data)',
    source: `Riverside Court Residents' Newsletter – Winter 2026

• Bin collection moves to Thursdays from January.
• The communal garden group meets on the first Sunday of each month.
• Please keep fire doors closed at all times.
• The managing agent's emergency line is 0800 098 7766.
Happy holidays from the residents' committee!`,
  },
  {
    lang: 'en',
    kind: 'Landlord registration form (India)',
    source: `Tenant Police Verification Form – Bengaluru City Police
Owner: ⸢n:Tanimu Jegawa⸣, ⸢h:Flat 402, Koramangala 5th Block, Bengaluru 560095⸣, ⸢t:+91 98450 21773⸣
Tenant: ⸢n:Gulpacha Shinwarizai⸣, date of birth ⸢b:02/11/1994⸣, permanent address ⸢h:House 7, Liberation Link, Accra GA-123-4567⸣
Occupation: software engineer
Date of occupation: 1 November 2026`,
  },
  {
    lang: 'en',
    kind: 'Estate agent money laundering check',
    source: `AML Customer Due Diligence – buyer
Name: ⸢n:Yerlanbek Zhakupbekov⸣
Date of birth: ⸢b:17 Mar 1972⸣
Residential address: ⸢h:Flat 1804, Jumeirah Beach Road, Dubai P.O. Box 213842⸣
Source of funds: sale of business (documents reviewed)
PEP screening: no match · Sanctions: no match
Passport (Kazakhstan) sighted; German residence card ⸢k:⸣ copied.`,
  },
  {
    lang: 'en',
    kind: 'Tenant portal password reset log',
    source: `[2026-11-09 22:41:07] reset requested for ⸢m:zhanarkul.abenkyzy@proton.me⸣ from ⸢a:185.42.118.9⸣
[2026-11-09 22:41:08] mail queued via smtp-out-1 (10.20.0.5)
[2026-11-09 22:43:55] token used from ⸢a:185.42.118.9⸣, password changed
[2026-11-09 22:44:02] session opened for tenant account 10447`,
  },
  {
    lang: 'en',
    kind: 'Lease renewal offer (Mexico)',
    source: `Renovación de contrato / Lease renewal – Calle Colima 214, Depto. 5, Roma Norte
Tenant: ⸢n:Vilisoni Rabukawaqa⸣
Current rent: MXN 18,500; proposed: MXN 19,600 from 1 February 2027
Please sign and return by 15 January. Questions: ⸢n:Akanisi Qarikau⸣ (owner), ⸢t:+52 55 4102 7736⸣
Tenant's forwarding email for the digital contract: ⸢m:vilisoni.rabukawaqa@gmail.com⸣`,
  },
  {
    lang: 'en',
    kind: 'Squatting incident report',
    source: `Incident report – 7 Vinohradská (vacant unit 3B), 5 Nov 2026, 22:15
Neighbour ⸢n:Dorotejka Šěnecka⸣ called the agency's out-of-hours line about lights in the vacant flat.
Police attended; two occupants left voluntarily. Lock changed by duty locksmith.
Neighbour's mobile for follow-up: ⸢t:+420 724 118 305⸣.
No damage apart from the door frame.`,
  },
  {
    lang: 'en',
    kind: 'Ground rent and insurance reminder (no personal data)',
    source: `Reminder: the building insurance for Kingsdown Parade Estate renews on 25 December.
Premium for 2027: £14,880 shared across 24 flats in accordance with the leases.
Ground rent remains £250 per annum per flat. Statements will be issued in the first week of January.
Estate office: 0117 496 0200 (weekdays).`,
  },
];
