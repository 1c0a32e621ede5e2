import type { HandSource } from './markup.js';

const en = (kind: string, source: string): HandSource => ({ lang: 'en', kind, source });

/** English hand-written documents of set 21, each a different kind. */
export const HAND_EN: HandSource[] = [
  en(
    'dealership repair order',
    `GREAT LAKES AUTO GROUP – SERVICE DEPT – REPAIR ORDER #RO-558213
Advisor: ⦃n:Awinita Soap⦄        Tag: 417        Promised: 4:30 PM
Customer: ⦃n:Tsali Walkingstick⦄
Home: ⦃h:2871 Larkspur Ln, Flint, MI 48502⦄
Cell: ⦃t:(810) 555-0187⦄   Email: ⦃m:tsali.walkingstick@icloud.com⦄
Vehicle: 2019 Ford F-150, VIN 1FTEW1E45KFA22018, miles in 58,214
Concern: check engine light, rough idle cold start
Cause: misfire cyl 4, coil failed
Correction: replaced coil, cleared codes, road tested OK
Customer pay: $312.48 · Visa ending 4471`,
  ),
  en(
    'test drive agreement',
    `TEST DRIVE AGREEMENT – Meridian Motors Coventry
Vehicle: Kia EV6 GT-Line, reg KM24 FZK
Driver: ⦃n:Ergis Boskonnov-Chirkov⦄
Address: ⦃h:14 Orchard Rise, Coventry CV3 5GT⦄
Mobile: ⦃t:07700 914562⦄
Date of birth: ⦃b:19/09/1986⦄
Licence checked via DVLA share code (not stored). Excess £500 in case of damage.
Out 11:05 · Back 11:50 · Sales executive: ⦃n:Jurelang Zedkaia⦄`,
  ),
  en(
    'warranty claim (Ireland)',
    `Warranty Claim Form – Dealer 11-204, Ballincollig Motors
Customer: ⦃n:Lijon Eknilang⦄, tel. ⦃t:087 441 2093⦄
Vehicle: 201-C-11872, VIN VF1RJA00068412237, 42,180 km
Complaint: infotainment reboots every few minutes
Diagnosis: software level 4.2.1, update to 4.3 applied, fault persists → head unit replaced
Part no. 259153521R · Labour 1.4 h
Submitted by: ⦃n:Anjain⦄ (warranty admin) 12/03/2026`,
  ),
  en(
    'car club membership application',
    `Car Club Membership – Application Summary
Name: ⦃n:Kabua Langidrik⦄
Email: ⦃m:k.langidrik@outlook.com⦄
Mobile: ⦃t:+44 7911 204 388⦄
Home address: ⦃h:22 Chapel Street, Swindon SN2 1DL⦄
Payment card: ⦃c:s⦄ (exp 11/29)
Plan: Pay as you go, £6 monthly
Driving record consent: yes
Application received 03 March 2026 15:42`,
  ),
  en(
    'rental damage notice (US)',
    `From: Claims <claims@drivewell-rentals.com>
To: ⦃m:okon.kugultinov@gmail.com⦄
Subject: Damage notice – Rental Agreement 90418832

Dear ⦃n:Okon Kugultinov⦄,
Upon return of your vehicle (Toyota Camry, CA plate 9KLM221) at SFO on 02/27/2026, our agent noted a 6-inch dent on the rear passenger door.
Estimate: $684.00. As you declined the Loss Damage Waiver, this amount is your responsibility.
Renter address on file: ⦃h:4410 Pawnee Ave, Fremont, CA 94538⦄
Please respond within 14 days. Reference: CLM-26-33018
Claims Department, DriveWell Rentals`,
  ),
  en(
    'PCN transfer of liability',
    `Notice of Transfer of Liability – Penalty Charge Notice LV41882037
To: Parking Services, Sunderland City Council

The vehicle YX22 RTW was on hire to the person below at the time of the contravention (11 Feb 2026, 14:12, Fawcett Street):
Hirer: ⦃n:Bwimej Lemari⦄
Address: ⦃h:7 Beechwood Avenue, Sunderland SR4 7AB⦄
A copy of the signed hire agreement is enclosed.
Signed: ⦃n:Teburoro Kirata⦄, Fleet Administrator, Meridian Fleet Services Ltd`,
  ),
  en(
    'residential parking permit application',
    `Residential Parking Permit – Application (Dublin City Council)
Zone: 3B  ·  Permit type: resident
Applicant: ⦃n:Taneti Timeon⦄
Contact: ⦃m:taneti.timeon@eircom.net⦄ / ⦃t:+353 86 218 4470⦄
Vehicle registration: 191-D-44182
Proof of residence: utility bill (uploaded)
Fee: €50 paid online`,
  ),
  en(
    'toll violation dispute',
    `E-ZPass Customer Service Center – Violation Dispute
Notice #T0419002877 · Toll plaza: Delaware Memorial Bridge · Amount due $25.00
Account holder: ⦃n:Sequoyah Hummingbird⦄
Mailing address: ⦃h:1187 Cedar Hollow Rd, Spartanburg, SC 29301⦄
Daytime phone: ⦃t:864-555-0134⦄
Reason: transponder was properly mounted; account had a positive balance. Please waive the administrative fee.
Signature: ⦃n:S. Hummingbird⦄   Date: 03/09/2026`,
  ),
  en(
    'driving lesson diary',
    `LESSON DIARY – pupil: ⦃n:Ahyoka Sixkiller⦄
Instructor: ⦃n:Galilahi Goingsnake⦄ (ADI 418227)

Lesson 7 – 05/03 – roundabouts, lane discipline – good progress
Lesson 8 – 12/03 – dual carriageway, merging – hesitant on slip roads
Lesson 9 – 19/03 – mock test 1: 6 minors, 1 serious (observation at junction)
Next: show-me/tell-me questions, parallel park
Pupil contact: ⦃t:07384 118290⦄`,
  ),
  en(
    'driver licence check consent form',
    `DRIVER LICENCE CHECK – CONSENT (D906)
Company: Meridian Fleet Services Ltd
Driver: ⦃n:Kotoe Tahara⦄
Date of birth: ⦃b:2 April 1983⦄
Current address: ⦃h:51 Station Road, Derby DE24 8BJ⦄
I consent to Meridian Fleet Services checking my licence entitlement and endorsements with the DVLA for three years.
Signed: ⦃n:K. Tahara⦄`,
  ),
  en(
    'fuel card misuse investigation',
    `From: fleet-control@noordmobiliteit.nl
To: ⦃m:yoka.sunazawa@kpnmail.nl⦄
Subject: Fuel card transactions 14–16 Feb – please explain

Hi ⦃n:Yoka⦄,
Our system flagged three transactions on your fuel card ⦃c:⦄ outside working hours, two of them for petrol although your van (VKB-22-X) runs on diesel.
Please call me on ⦃t:+31 6 41882730⦄ before Friday.
Regards, ⦃n:Tasuke Kannari⦄, Fleet Control`,
  ),
  en(
    'employee forum minutes',
    `Employee Forum – Minutes, 6 March 2026 (Warwick plant)
Present: ⦃n:Chitalu Mumba⦄ (chair), ⦃n:Mutale Kapwepwe⦄, ⦃n:Kasonde Chipasha⦄, HR business partner
Apologies: ⦃n:Bwalya⦄
1. Canteen hours – night shift asks for hot food after 2 am. HR to cost it.
2. Car park lighting – two reports of near misses at gate 2; facilities to fix by April.
3. AOB: ⦃n:Mutale⦄ raised overtime allocation in dispatch; to be discussed with management.
Next meeting: 3 April`,
  ),
  en(
    'shift swap request',
    `SHIFT SWAP REQUEST – Assembly, Georgetown plant
Requesting TM: ⦃n:Tuheiava Tehei⦄   Badge 55821   Shift: B (2nd)
Swap with TM: ⦃n:Poerava Raapoto⦄    Badge 60177   Shift: A (1st)
Dates: 03/16 – 03/20
Reason: childcare
Group leader approval: ☑  ⦃n:Maitere⦄
HR notified: ☐`,
  ),
  en(
    'non-conformance report',
    `NON-CONFORMANCE REPORT NCR-0412 – Shannon site
Part: bracket 7734-L, batch 26-0211
Found by: ⦃n:Jetnil Tomeing⦄ (incoming inspection)
Operator at time of manufacture: ⦃n:Kunio Matayoshi⦄, cell 3
Defect: hole position out of tolerance (+0.4 mm)
Quantity: 230 pcs, quarantined in QC cage
Disposition: rework (ream and re-gauge)
Approved: Quality Manager`,
  ),
  en(
    'badge access audit',
    `Access Audit – Building 4 Server Room – week 10
Requested by IT Security after alarm 03/05 22:41

Badge  | Holder           | Time  | Result
40812  | ⦃n:Sassui Talpur⦄    | 22:41 | DENIED
40812  | ⦃n:Sassui Talpur⦄    | 22:42 | DENIED
11773  | ⦃n:Chanesar Jatoi⦄   | 22:55 | GRANTED (on-call)
VPN sessions at the time: ⦃a:10.44.18.203⦄ (⦃n:S. Talpur⦄ laptop), ⦃a:2a02:8071:4c1::5e2⦄ (⦃n:C. Jatoi⦄)
Finding: wrong badge profile after role change – fixed.`,
  ),
  en(
    'proof of delivery record',
    `PROOF OF DELIVERY
Consignment: 1Z 884 1A2 04 3322 7719   Service: Next day
Delivered: 09/03/2026 10:17
Signed for by: ⦃n:MARVI SOOMRO⦄
Delivery address: ⦃h:88 Mill Lane, Leeds LS6 2QT⦄
Left: handed to recipient
Driver: route 14, handheld 7731`,
  ),
  en(
    'returns authorisation (RMA) e-mail',
    `Subject: RMA 55102 approved – roof rack crossbars

Hi ⦃n:Rano Chandio⦄,
your return has been approved. Please send the item within 14 days to our returns centre (Vejle Auto Parts ApS, Industrivej 22, 7100 Vejle). A prepaid label is attached.
Refund to the original payment method within 5 working days after inspection.
Your address for the replacement, if you choose one: ⦃h:Nørregade 14, 8000 Aarhus C⦄
Questions? Reply to this email or call +45 70 20 30 40.`,
  ),
  en(
    'delivery exception ticket',
    `Ticket #DX-77120 · Status: open · Priority: normal
Type: Delivery exception – address not found
Recipient: ⦃n:Hosia Riruako⦄ (typo on label) – correct: ⦃n:Hosea Riruako⦄
Address on label: "⦃h:Old Mill Pike 4410, Georgetown KY⦄" (no ZIP)
Corrected address from customer: ⦃h:4410 Old Mill Pike, Georgetown, KY 40324⦄
Customer phone: ⦃t:(502) 555-0198⦄
Next attempt: tomorrow AM`,
  ),
  en(
    'customs agent appointment',
    `DIRECT REPRESENTATION AUTHORISATION – Irish Revenue (AEP)
I, ⦃n:Hotu Pakarati⦄, director of Rapa Imports Ltd, appoint Shannon Freight & Customs Ltd as direct representative for import declarations.
Identity verified: German passport no. ⦃r:⦄ (dual citizen)
Date of birth: ⦃b:28 November 1977⦄
EORI: IE4418223M
Signed in Shannon on 10 March 2026`,
  ),
  en(
    'CMR consignment note (UK to DE)',
    `CMR CONSIGNMENT NOTE CMR-26-118274
1 Sender: Meridian Fleet Services Ltd, Unit 4 Lakeside Park, Warwick CV34 6RH
2 Consignee: Autohaus am Stadtring GmbH, Ringstraße 88, 72762 Reutlingen
4 Place of taking over: Warwick, 09/03/2026
16 Carrier: Channel Haulage Ltd, truck LV23 HNB
Driver: ⦃n:Ngiraked Tellames⦄, mobile ⦃t:+44 7700 900 412⦄
6-9: 4 used vehicles on car transporter, 6,100 kg
22 Sender's signature: stamp only`,
  ),
  en(
    'V5C change of keeper note',
    `V5C – section 2, new keeper details (copy kept by seller)
Name: ⦃n:Iluches Ngiraingas⦄
Address: ⦃h:3 Hawthorn Close, Swindon SN2 8YA⦄
Date of sale: 01/03/2026, £7,450 by bank transfer
Previous keeper: ⦃n:Kempis Oiterong⦄, ⦃h:61 Beechwood Avenue, Coventry CV1 4FS⦄
Vehicle: BD19 FZK, Vauxhall Corsa`,
  ),
  en(
    'breakdown job sheet',
    `BREAKDOWN JOB SHEET – patrol 7741
Member: ⦃n:Bilung Rengiil⦄   Cover: Roadside + Home Start
Location: outside ⦃h:19 Hawthorn Close, Leeds LS6 2PX⦄ (home start)
Call-back: ⦃t:07411 302 885⦄
Fault: flat battery after 3 weeks parked; jump start, battery 9.8 V, advised replacement
Patrol: ⦃n:Sabino⦄ · on scene 08:42 · cleared 09:10`,
  ),
  en(
    'secondee payroll data form',
    `Secondment to Präzisionsteile Süd GmbH (Germany) – payroll data
Employee: ⦃n:Muharukua Kaure⦄
Date of birth: ⦃b:07/08/1992⦄
German tax ID (Steuer-ID): ⦃x:⦄
German pension insurance number: ⦃s:07081992 Kaure m⦄
Home address in Germany: ⦃h:Hafenstraße 9, 73033 Göppingen⦄
Salary account: ⦃i:GB g⦄
UK NI number held by UK payroll only.`,
  ),
  en(
    'expense claim (Ireland)',
    `EXPENSE CLAIM – March 2026
Claimant: ⦃n:Katjiteo Tjiriange⦄, Service Engineer, Shannon
Trip: customer site Cork, 2 nights
Hotel €238.00 – paid on personal card ⦃c:d⦄ (receipt attached)
Mileage 2 × 128 km @ €0.43
Reimburse to: ⦃i:IE⦄
Approved: ⦃n:Tjimbundu Kavari⦄`,
  ),
  en(
    'used car bill of sale (US)',
    `BILL OF SALE – MOTOR VEHICLE (State of Ohio)
Seller: ⦃n:Ngiratkel Toribiong⦄, ⦃h:9120 Maple Ridge Dr, Dayton, OH 45402⦄
Buyer: ⦃n:Zulfiya Kurbanov⦄, phone ⦃t:(937) 555-0161⦄
Vehicle: 2015 Honda Accord, VIN 1HGCR2F35FA047718, odometer 121,448
Price: $9,200.00 paid by cashier's check
Sold "as is". Date: 03/02/2026`,
  ),
  en(
    'dealer live chat export',
    `Live chat – greatlakesauto.com – 03/11/2026
[10:02] Visitor: hi, is the 2022 Tahoe on your lot still available?
[10:02] Agent Bot: Let me connect you with a sales consultant.
[10:03] ⦃n:Wilma⦄ (Sales): Hi! Yes, stock #T22918 is here. May I have your name?
[10:03] Visitor: ⦃n:Kanuna Swimmer⦄
[10:04] Visitor: email is ⦃m:kswimmer@yahoo.com⦄, I can come Saturday
[10:05] ⦃n:Wilma⦄ (Sales): Booked you for Sat 11 am. See you!
Visitor IP: ⦃a:68.44.197.12⦄`,
  ),
  en(
    'recall letter to owner',
    `IMPORTANT SAFETY RECALL – R/2026/014
Mr ⦃n:Orai Yuzykain⦄
⦃h:36 Orchard Rise, Derby DE22 3LN⦄

Dear Mr ⦃n:Yuzykain⦄,
Our records show that you are the registered keeper of vehicle VIN TMBJJ7NE0L0418822. The seat belt pretensioner may not deploy correctly. Please contact your dealer to book a free inspection (approx. 30 minutes).
Yours sincerely, Customer Services`,
  ),
  en(
    'tachograph infringement letter',
    `Noord Mobiliteit B.V. – Transport Compliance
To: ⦃n:Palantay Aivenikov⦄ (driver no. 2207)
Re: Tachograph analysis, week 9

Dear ⦃n:Palantay⦄,
Our analysis found 2 infringements: daily rest reduced to 8h 10m on 25/02 (max 3 reduced rests allowed), and 4h 41m driving without a 45-minute break on 27/02.
Please attend a debrief with ⦃n:Kugu Mikay⦄ on 12 March at 07:30. Contact: ⦃t:+31 6 28104477⦄
Transport Manager`,
  ),
  en(
    'payslip query e-mail',
    `From: ⦃m:aldar.namzhilov@gmail.com⦄
To: payroll@praezisionsteile-sued.de
Subject: Payslip February – wrong tax class?

Hello payroll team,
my February payslip for the Göppingen plant shows tax class 1, but I married in January (certificate sent on 14 Jan). My tax ID is ⦃x:g⦄.
Could you correct this and refund the difference with the March salary?
Thanks, ⦃n:Aldar Namzhilov⦄ (forklift driver, warehouse 3)`,
  ),
  en(
    'technical service bulletin',
    `TECHNICAL SERVICE BULLETIN TSB-26-007
Models: compact SUV, MY 2023–2024
Condition: intermittent "Check charging system" message after cold start below -10 °C
Cause: DC/DC converter software
Repair: reflash with calibration 7.14.2 (0.3 h labour). No parts required.
Warranty: covered, claim type 7, labour op 61-118.`,
  ),
  en(
    'warehouse KPI dashboard export',
    `Warehouse KPIs – DC Warwick – week 10
Inbound pallets: 4,118 (+6 %)
Pick accuracy: 99.71 %
Orders shipped same day: 96.2 %
Dock-to-stock time: 5.4 h
Damages in transit: 11 (0.09 %)
Open returns: 218 · Oldest return: 9 days
Forklift incidents: 0`,
  ),
  en(
    'toolbox talk notes',
    `TOOLBOX TALK – Working near moving vehicles (yard)
Key points: use the pedestrian walkways; make eye contact with drivers; never walk behind a reversing HGV; hi-vis on at all times; report near misses on the app.
Questions raised: lighting at gate 2 (already logged), speed of shunters (reminder 5 mph).
Attendance: 14 (sheet filed with site records).`,
  ),
];
