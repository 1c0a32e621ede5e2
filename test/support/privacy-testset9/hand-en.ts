import type { HandDocument } from './markup.js';

/**
 * Hand-written English documents of test set 9: the UK and international side of the same operations
 * company (HOLD Facilities & Logistics Ltd, Leeds depot, field engineers, an occupational-health
 * clinic, a travel desk). Marks: ⁅CODE|value⁆ (markup.ts).
 */
export const HAND_EN: HandDocument[] = [
  {
    lang: 'en',
    kind: 'dispatcher-log',
    source: `DISPATCH LOG – Leeds depot – Tue 2 Dec
05:50 van LS-14 no start, driver ⁅P|Lorcan McGonigle⁆ waiting for jump pack
06:10 ⁅P|McGonigle⁆ off, ⁅P|Jennylyn Sibayan⁆ taking LS-14 route (she has the C1)
06:45 customer drop 6 (residential) – Mr. ⁅P|Adegbite⁆ says leave with neighbour at no. 41, his mobile ⁅T|07700 914 382⁆
07:30 road closed Kirkstall Rd, rerouted
09:05 Mrs ⁅P|Oyewusi⁆ called switchboard ⁅T|0113 496 0712⁆ re missed parcel, callback done
11:20 fuel card declined (company card, not personal) – ticket raised w/ Allstar
signed off: ⁅P|Haregewoin Tekleab⁆ (dispatcher)`,
  },
  {
    lang: 'en',
    kind: 'shift-handover-security',
    source: `SECURITY SHIFT HANDOVER – Site: Thorpe Park Business Centre (client site)
Outgoing: ⁅P|Fearghal O'Dwyer-Keane⁆ / Incoming: ⁅P|Stylianos Chatzidakis⁆
- 22:40 alarm zone 4 (loading bay), checked, cat in bay, reset.
- 01:15 visitor tried to enter saying he is tenant "⁅P|Bedirxan⁆ from 2nd floor" – no badge, not on list, refused. Description in incident book.
- Keyholder tonight: ⁅P|Éabha MacGillivray⁆, ⁅T|+44 7911 203 556⁆ (do NOT use old number on board).
- Lift 2 out of service (Otis ticket OT-55102).
Nothing else to report.`,
  },
  {
    lang: 'en',
    kind: 'driver-defect-report',
    source: `DRIVER DAILY DEFECT REPORT
Vehicle reg: YK71 HXD     Odometer: 88,214
Driver: ⁅P|Oluwaseyi Ogunsanwo⁆       Licence checked: yes
Defects: nearside mirror cracked; tyre tread OK; lights OK
Reported to: workshop (⁅P|Yaaba Ampofo⁆) at 06:20
Safe to drive?  YES / ̶N̶O̶
Driver signature: ⁅P|O. Ogunsanwo⁆`,
  },
  {
    lang: 'en',
    kind: 'engineer-job-sheet',
    source: `JOB SHEET #JS-448120   Priority B   SLA 8h
Customer: residential – Ms ⁅P|Rhealyn Lagdameo⁆
Address: ⁅ADR|Flat 3, 27 Harehills Lane, Leeds LS8 4HS⁆
Contact: ⁅T|0113 285 0449⁆ / ⁅T|07872 330 191⁆
Fault: boiler E119, low pressure
Work done: repressurised to 1.3 bar, bled rads, checked PRV – passing slightly, quoted for replacement (Q-2026-881)
Engineer: ⁅P|Szabolcs Fazekas⁆ (Gas Safe 522118)   Time on site 09:40–10:55
Customer signature: ⁅P|R. Lagdameo⁆`,
  },
  {
    lang: 'en',
    kind: 'callback-sheet',
    source: `CALLBACK SHEET – Customer Services – week 49
caller          | number               | re                          | owner | done
⁅P|Pongsakorn Tantipong⁆    | ⁅T|+66 2 617 4410⁆       | invoice in THB? wants EUR    | ⁅P|Ulyana⁆ | no
⁅P|McCusker⁆ (Mrs)  | ⁅T|028 9024 7713⁆        | cleaning crew left door open | ⁅P|Ulyana⁆ | yes
⁅P|Waldisney Falcão-Reis⁆  | ⁅T|+55 11 98841-2207⁆    | ex-employee, P60 copy        | HR    | no
⁅P|Hawo Gacal⁆      | ⁅T|(0113) 496-0388 ext. 12⁆  | complaint about driver       | ⁅P|Sverre⁆ | no`,
  },
  {
    lang: 'en',
    kind: 'incident-report',
    source: `INCIDENT REPORT  IR-2026-0931
Date/time: 29/11/2026 14:35   Location: Leeds depot, racking aisle C
Persons involved: ⁅P|Yudhishthir Raghuvanshi⁆ (forklift operator), ⁅P|Tuulikki Väisänen⁆ (picker)
What happened: pallet of bottled water slid off upper beam while being lowered, fell c. 1.5 m. No injury. Ms ⁅P|Väisänen⁆ was about 3 m away.
Immediate action: aisle closed, area cleared by ⁅P|Gudbrand Nørregaard⁆ (first aider on shift).
Root cause (initial): damaged pallet, not spotted at goods-in.
Witness statement taken from ⁅P|Tuulikki⁆. Reported to H&S manager ⁅P|Ishwari Trivedi⁆, ⁅M|ishwari.trivedi@hold-fl.co.uk⁆.`,
  },
  {
    lang: 'en',
    kind: 'expense-claim',
    source: `EXPENSE CLAIM FORM
Claimant: ⁅P|Nkechinyere Uzoigwe⁆   Employee no. 2-10553   Dept: Field Sales
Period: November 2026
Date     Description                         Amount (GBP)
04/11    Train Leeds–Manchester (client)      38.60
04/11    Lunch with client (Pret)             14.25
18/11    Mileage 122 miles @ 45p              54.90
Total: 107.75
Pay to: sort code 40-47-84, acc 71334820 – or IBAN ⁅IBAN|GB25GAWU20471657366016⁆
Approved by: ⁅P|Haregewoin T.⁆ on 01/12/2026`,
  },
  {
    lang: 'en',
    kind: 'travel-request',
    source: `TRAVEL REQUEST – TR-2026-0447
Traveller: ⁅P|Tomohiro Wakatsuki⁆ (Engineering)
Destination: Rotterdam, site survey at port warehouse
Dates: 12–14 Jan 2027
Flight LBA–AMS, hotel near Waalhaven
Passport (as on document): ⁅PASS|HNZ2HL90Z7⁆ — German passport, dual national
D.O.B.: ⁅DOB|09/04/1988⁆
Cost estimate: £640
Line manager approval: ⁅P|Vardan Baghdasaryan⁆ ✔   Finance: pending
Travel desk: ⁅M|travel+requests@hold-fl.co.uk⁆`,
  },
  {
    lang: 'en',
    kind: 'purchase-approval-thread',
    source: `From: ⁅P|Arsalan Sharifzadeh⁆ <⁅M|arsalan.sharifzadeh@hold-fl.co.uk⁆>
To: ⁅P|Nino Javakhishvili⁆ <⁅M|n.javakhishvili@hold-fl.co.uk⁆>
Subject: RE: PO 7782013 – pallet wrapper

Approved. Please use framework supplier next time.

⁅P|Arsalan Sharifzadeh⁆
Head of Operations North | HOLD Facilities & Logistics Ltd
T ⁅T|+44 (0)113 496 0700⁆ | M ⁅T|+44 (0)7700 900 284⁆

On Mon, 1 Dec 2026 at 16:22, ⁅P|Nino Javakhishvili⁆ wrote:
> Hi ⁅P|Arsalan⁆, need approval over £5k for the semi-automatic wrapper (quote attached, £6,180 + VAT).
> Old one is beyond repair per ⁅P|Lothaire⁆'s report.
> Thanks, ⁅P|Nino⁆`,
  },
  {
    lang: 'en',
    kind: 'occupational-health-referral',
    source: `OCCUPATIONAL HEALTH REFERRAL (CONFIDENTIAL)
Employee: ⁅P|Iyabo Onabanjo⁆
Date of birth: ⁅DOB|21st March 1972⁆
Home address: ⁅ADR|14 Cardigan Road
Leeds
LS6 3AG⁆
Job title: warehouse team leader
Reason for referral: recurring lower back pain, 3 absences since August; manager asks for advice on adjustments.
Referring manager: ⁅P|Gudbrand Nørregaard⁆, ⁅T|0113 496 0745⁆
Employee consent given: yes (signed 28/11)`,
  },
  {
    lang: 'en',
    kind: 'discharge-letter-scan',
    source: `ST JAMES'S UNIVERSITY HOSPITAL – DISCHARGE SUMMARY
Patient: ⁅P|MOU, DECHENG⁆           Hosp no: J 4418820
DOB: ⁅DOB|03-Aug-1965⁆              NHS no: 485 777 3456
Address: ⁅ADR|9 Sholebroke Avenue, Leeds LS7 3HB⁆
Admitted 24/11/2026 via A&E, discharged 27/11/2026
Diagnosis: fracture distal radius (L) after fall at work
Plan: fracture clinic 5/12, no lifting > 2 kg for 6 weeks
GP: Dr ⁅P|Kayalvizhi Sivasubramanian⁆, Chapeltown Health Centre
Consultant: Mr ⁅P|Ermenegildo Quagliarella⁆`,
  },
  {
    lang: 'en',
    kind: 'payroll-query-slack',
    source: `#payroll-help
⁅P|Jihwan⁆ 10:14 AM
hi, my payslip shows emergency tax code 1257L W1/M1 again?? I sent my P45 in October
⁅P|Adamastor Caldeira⁆ (Payroll) 10:31 AM
Hi ⁅P|Jihwan⁆ – HMRC hasn't updated yet. Can you DM me your NI number + DOB so I can check?
⁅P|Jihwan Pi⁆ 10:33 AM
done. also for the German side (I worked in Hamburg till Sept), my Steuer-ID is ⁅TAX|19845657259⁆ if needed
⁅P|Adamastor Caldeira⁆ (Payroll) 10:40 AM
thanks, I'll raise it with HMRC and the Hamburg office (entgelt@hold-service.de)`,
  },
  {
    lang: 'en',
    kind: 'reference-letter',
    source: `To whom it may concern,

I am pleased to provide a reference for ⁅P|Mrinalini Dhillon-Grewal⁆ (born ⁅DOB|11 June 1993⁆), who worked with HOLD Facilities & Logistics Ltd as Contracts Coordinator from 3 February 2020 to 28 November 2026.

⁅P|Mrinalini⁆ managed the mobilisation of fourteen new cleaning contracts and was our first point of contact for three NHS trusts. She is reliable, calm under pressure and well liked by clients.

Please feel free to contact me on ⁅T|07700 900 418⁆ or ⁅M|v.baghdasaryan@hold-fl.co.uk⁆.

Yours faithfully,
⁅P|Vardan Baghdasaryan⁆
Regional Director`,
  },
  {
    lang: 'en',
    kind: 'zendesk-ticket',
    source: `Ticket #88102 – "Cleaner broke vase"  (Status: Pending)
Requester: ⁅P|Anwar Bin Sulayem⁆ <⁅M|anwar.binsulayem@icloud.com⁆>
Assignee: ⁅P|Militsa Stolyarov⁆

⁅P|Anwar Bin Sulayem⁆ — 30 Nov 19:02
Your cleaner broke a vase in the hallway on Thursday. It was a gift. Address is ⁅ADR|Flat 12, 4 Wharf Approach, Leeds LS1 4GN⁆. Please call me ⁅T|+971 50 418 2290⁆ (I am travelling).

⁅P|Militsa Stolyarov⁆ — 1 Dec 09:15 (internal note)
Cleaner was ⁅P|Marlouie⁆ – asked team lead. Insurance claim threshold £250.

⁅P|Militsa Stolyarov⁆ — 1 Dec 09:20
Dear Mr ⁅P|Bin Sulayem⁆, I'm sorry to hear this. Could you send a photo and an estimate of the value?`,
  },
  {
    lang: 'en',
    kind: 'call-transcript',
    source: `[Call recording transcript – auto-generated – quality not guaranteed]
AGENT: good afternoon hold customer services you're speaking with ⁅P|tinatin⁆ how can I help
CALLER: hi yeah it's ⁅P|baaba quarshie⁆ I'm calling about the move on saturday
AGENT: okay can I take your postcode please
CALLER: it's ⁅ADR|22 spencer place leeds ls7 4dq⁆ that's the new one sorry
AGENT: no worries and a phone number in case the crew need you
CALLER: ⁅T|07 911 544 028⁆
AGENT: lovely and the date of birth of the account holder for security
CALLER: that's me ⁅DOB|the fourth of may eighty-one⁆
AGENT: thank you miss ⁅P|quarshie⁆ I can see the booking`,
  },
  {
    lang: 'en',
    kind: 'visitor-log-csv',
    source: `date,time_in,time_out,visitor_name,company,host,badge,car_reg
2026-12-01,08:41,10:02,⁅P|Amaury Despréaux⁆,Schneider Electric,⁅P|Lothaire Kerhervé⁆,V-12,KX19 ODE
2026-12-01,09:15,,"⁅P|Halvdan Skjærvø⁆",self (interview),HR,V-04,
2026-12-01,11:30,12:10,⁅P|Gatot Notonegoro⁆,Port of Leeds Ltd,⁅P|Tomohiro Wakatsuki⁆,V-09,
2026-12-02,07:55,08:20,Royal Mail,,,,
2026-12-02,13:05,15:45,"⁅P|Hasekura, R.⁆",HOLD Hamburg (visiting),⁅P|A. Sharifzadeh⁆,V-01,`,
  },
  {
    lang: 'en',
    kind: 'badge-register-tsv',
    source: `Badge	Holder	Access level	Issued	Returned	Notes
0417	⁅P|Zenebech Adugna⁆	Depot + office	2025-02-10		
0418	⁅P|ZENEBECH ADUGNA⁆	Depot + office	2026-11-03		replacement, 0417 lost (⁅P|Zenebech⁆ paid £10)
0512	⁅P|Casimiro Berasategui⁆	Contractor day	2026-12-01	2026-12-01	
0520	(pool)	Visitor	—	—	
0603	⁅P|Obdulia Lizarazu-Iturralde⁆	All areas	2023-08-14		H&S`,
  },
  {
    lang: 'en',
    kind: 'damage-claim-insurer',
    source: `Subject: Claim ref CL-77120-HFL – damage to customer property

Dear Claims Team,

please find the details of the incident at our customer's home:
Policyholder (customer): ⁅P|Diederik van Oosterwijck⁆
Risk address: ⁅ADR|The Old Forge, Main Street, Bramham, Wetherby LS23 6QA⁆
Date of loss: 26/11/2026
Description: our operative ⁅P|Hieronima⁆ damaged a wooden floor while moving a piano (dropped corner). Customer estimate £1,900.
Customer's bank for settlement: ⁅IBAN|NL29 SKGS 7342 6802 45⁆ (account holder ⁅P|D. van Oosterwijck⁆)
Customer contact: ⁅T|+31 6 2841 7730⁆, ⁅M|diederik@vanoosterwijck.nl⁆

Kind regards,
⁅P|Lutgarde Vermeulebroeck⁆
Insurance & Claims | HOLD Facilities & Logistics Ltd`,
  },
  {
    lang: 'en',
    kind: 'passenger-list',
    source: `GROUP BOOKING – HOLD team event Berlin – PNR QX7T2L
#  SURNAME/GIVEN            DOB         DOC NO        NAT
1  ⁅P|HOVSEPYAN/SIRANUSH⁆         ⁅DOB|17SEP1985⁆   ⁅PASS|KXVMFK2FP3⁆  DEU
2  ⁅P|CHKHEIDZE/OTAR⁆             ⁅DOB|02FEB1979⁆   ⁅ID|YYX94GK4F1⁆    DEU
3  ⁅P|BERZSENYI/HUBA⁆ MR          ⁅DOB|30NOV1990⁆   BE4417721      HUN
4  ⁅P|PHICHIT/SASITHORN⁆ MS       ⁅DOB|08JUL1996⁆   AA2219044      THA
5  ⁅P|ZAUCHNER/CRESCENTIA⁆        ⁅DOB|14JAN1971⁆   ⁅PASS|J7V91JMV18⁆  DEU
Contact for group: ⁅P|Siranush Hovsepyan⁆ ⁅T|+49 40 88192750⁆`,
  },
  {
    lang: 'en',
    kind: 'delivery-note-no-pii',
    source: `DELIVERY NOTE  DN-0099214
From: HOLD Facilities & Logistics Ltd, Unit 7, Stourton Link, Leeds LS10 1RF
To: Goods-in, Victoria & Albert Café Group, 10 Park Row, Leeds LS1 5HD
Item                              Qty    SKU
"Lady Grey" tea, catering 500g     24     TEA-LG-500
"Earl of Sandwich" panini press     2     KIT-PP-22
Paper cups "Florence" 12oz       2000     CUP-FL-12
Carrier: DPD, tracking 15501234567890
VAT reg: GB 123 4567 89    Order PO-44821
Received by: ____________`,
  },
  {
    lang: 'en',
    kind: 'service-status-no-pii',
    source: `Status update – Field Service app (internal)
v5.3.0 rolled out to 100% of tablets on 02/12 at 06:00 UTC.
Known issues:
 - Job photos > 12 MB fail to sync (fix in 5.3.1, ETA 09/12)
 - "Prince Albert" site template shows wrong SLA (data fix raised, CHG-20661)
 - Route planning slow for the "Harrison Way" cluster (depot B)
Reminder: the Monday stand-up has moved to 09:15. Hi team, please update your jobs before 17:00 daily.
– Ops Systems`,
  },
  {
    lang: 'en',
    kind: 'tenancy-notice',
    source: `NOTICE OF ENTRY – planned maintenance
To: Ms ⁅P|Mansa Kuffour⁆
⁅ADR|Flat 5B, Brunswick Court
Bridge Street
Leeds
LS2 7RU⁆

Dear Ms ⁅P|Kuffour⁆,
on behalf of your landlord (Brunswick Court Management Ltd) we give 24 hours' notice that our engineer ⁅P|Jonnel Dimayuga⁆ will enter the flat on Thursday 4 December between 10:00 and 12:00 to service the extractor fan.
If this time is not convenient, please call 0113 496 0700 or reply to bookings@hold-fl.co.uk.
HOLD Facilities & Logistics – Residential Services`,
  },
  {
    lang: 'en',
    kind: 'meeting-minutes-en',
    source: `Minutes – Contract review, Yorkshire Water sites – 25 Nov 2026
Present: ⁅P|Vardan Baghdasaryan⁆ (chair), ⁅P|Lutgarde Vermeulebroeck⁆, ⁅P|Chalermchai Pramoj⁆, ⁅P|Sri Rejeki Wirjosandjojo⁆ (client)
Apologies: ⁅P|Ghadeer al-Jubouri⁆
1. KPIs: response SLA 96.2% (target 95%). Missed jobs all at Esholt.
2. Staffing: ⁅P|Pramoj⁆ to recruit 2 mobile engineers.
3. Client asked for named supervisor per site.
ACTIONS
- ⁅P|CP⁆: job ads live by 5/12
- ⁅P|LV⁆: insurance certificates to client
- ⁅P|Sri Rejeki⁆: send site access rules (client)
Next meeting 16 Dec.`,
  },
  {
    lang: 'en',
    kind: 'whatsapp-export-engineers',
    source: `02/12/2026, 07:02 - ⁅P|Szabolcs Fazekas⁆: morning all, anyone near Roundhay? 
02/12/2026, 07:05 - ⁅P|Jonnel Dimayuga⁆: 15 min away
02/12/2026, 07:06 - ⁅P|Szabolcs Fazekas⁆: can you do job 448133, old lady no heating, mrs ⁅P|o'loughlin⁆, ⁅ADR|3 Gledhow Park Grove, LS7 4JW⁆
02/12/2026, 07:06 - ⁅P|Szabolcs Fazekas⁆: her son said ring him first ⁅T|07723 118 640⁆
02/12/2026, 07:07 - ⁅P|Jonnel Dimayuga⁆: on it
02/12/2026, 08:31 - ⁅P|Jonnel Dimayuga⁆: done, thermocouple. she gave me tea and a biscuit 😂`,
  },
  {
    lang: 'en',
    kind: 'customer-contact-export-semicolon',
    source: `Account;Surname;First name;Phone (main);Phone 2;E-mail;Billing address
ACC-30118;⁅P|Vaillancourt⁆;⁅P|Prudence⁆;⁅T|+33 1 44 78 20 19⁆;;⁅M|prudence.vaillancourt@orange.fr⁆;"⁅ADR|12 rue des Saints-Pères, 75006 Paris⁆"
ACC-30119;⁅P|Kalantari⁆;⁅P|Touraj⁆;⁅T|+1 (416) 555-0182⁆;⁅T|+1 416 555 0199⁆;⁅M|touraj.k@rogers.com⁆;"⁅ADR|88 Linden Ave, Oak Park, IL 60302⁆"
ACC-30120;⁅P|Kvaratskhelia⁆;⁅P|Manana⁆;⁅T|+90 212 555 14 07⁆;;⁅M|manana.kvara@yandex.com.tr⁆;"⁅ADR|Bağdat Cd. 311, 34728 Kadıköy/İstanbul⁆"
ACC-30121;Leeds City Council (Facilities);;⁅T|0113 222 4444⁆;;;"PO Box 837, Leeds LS1 9PZ"`,
  },
  {
    lang: 'en',
    kind: 'court-claim-letter',
    source: `IN THE COUNTY COURT AT LEEDS          Claim No. L3QZ7781
BETWEEN
HOLD FACILITIES & LOGISTICS LTD (Claimant)
and
⁅P|ZHIQIANG HELIAN⁆ (Defendant)
of ⁅ADR|51 Tong Road, Leeds LS12 1LZ⁆

PARTICULARS OF CLAIM
1. The Defendant engaged the Claimant on 3 March 2026 to carry out removal services.
2. The Claimant issued invoice INV-26-03310 for £1,142.00, which remains unpaid despite letters of 2 May and 4 July 2026.
Statement of truth signed by ⁅P|Lutgarde Vermeulebroeck⁆, authorised signatory.`,
  },
  {
    lang: 'en',
    kind: 'lab-request-form',
    source: `PATHOLOGY REQUEST — HOLD Occupational Health Clinic
Surname: ⁅P|Galaal⁆    Forename(s): ⁅P|Sucaad⁆     Sex: F
D.O.B.: ⁅DOB|1987-12-05⁆     Hosp/Clinic no: OH-22817
Tests: FBC ☒  U&E ☒  LFT ☐  Hep B surface Ab ☒ (pre-employment, cleaner healthcare contract)
Clinical details: vaccination status check
Requesting clinician: Nurse ⁅P|Rannveig Rønningen⁆, bleep 4410
Sample taken: 02/12/2026 08:10`,
  },
  {
    lang: 'en',
    kind: 'json-user-record',
    source: `{"user_id": 88213, "display_name": "⁅P|Zsombor Pálfalvi⁆", "email": "⁅M|zsombor.palfalvi@hold-fl.co.uk⁆",
 "roles": ["fleet_manager"], "last_login": {"at": "2026-12-02T07:14:55Z", "ip": "⁅IP|2a02:c45b:299c:7385::58cc⁆"},
 "mfa": true, "phone": "⁅T|+447700900521⁆", "created": "2021-05-03", "locale": "en-GB"}`,
  },
  {
    lang: 'en',
    kind: 'yaml-contractor-record',
    source: `contractor:
  company: Nordic Lifts AS
  technician:
    name: ⁅P|Ingebjørg Blomqvist⁆
    dob: "⁅DOB|1983/02/27⁆"
    mobile: "⁅T|+47 412 88 019⁆"
    email: ⁅M|ingebjorg.blomqvist@nordiclifts.no⁆
  home_address: |
    ⁅ADR|Storgata 41
    0182 Oslo⁆
  site_induction: 2026-11-20
  cscs_card: 01166734`,
  },
  {
    lang: 'en',
    kind: 'xml-payment-record',
    source: `<Refund id="RF-20261201-07">
  <Customer>
    <Name>⁅P|Yoshitsune Higashikuni⁆</Name>
    <Email>⁅M|y.higashikuni@nifty.ne.jp⁆</Email>
  </Customer>
  <Card masked="false">⁅CC|5274 0050 7260 8083⁆</Card>
  <Amount currency="GBP">120.00</Amount>
  <Reason>Duplicate booking storage unit S-114</Reason>
  <ApprovedBy>⁅P|Militsa Stolyarov⁆</ApprovedBy>
</Refund>`,
  },
  {
    lang: 'en',
    kind: 'ocr-letter-broken',
    source: `HOLD Faci lities & Logistics Ltd                      Our ref: HR/ET/0412
Unit 7 Stourton Link Leeds
                                                   Dear Mr ⁅P|Rommelito
Pagdanganan⁆,
Re: your employment contract
Further to our conversation, I con firm your start date of 5 January 2027. Please bring your passport or biometric residence permit and proof of your National Insurance number. We hold your home address as ⁅ADR|17 Beck-
ett Street, Leeds
LS9 7LN⁆ and your date of birth as ⁅DOB|1O/O6/1998⁆; please tell us if this is wrong.
Yours sincerely   ⁅P|Ishwari Trivedi⁆`,
  },
  {
    lang: 'en',
    kind: 'all-caps-manifest',
    source: `FERRY MANIFEST – HULL–ROTTERDAM – 09 DEC – HOLD TRUCKS
DRIVER                      DOB           LICENCE/ID           TRAILER
⁅P|KUÇEROVÁ-ŠRÁMEK JIŘINA⁆       ⁅DOB|23/03/77⁆      ⁅ID|W1737WWJP4⁆ (DE ID)       T-4410
⁅P|DUMAGUETE JHUNMARK⁆           ⁅DOB|11/11/91⁆      P4411820 (PH PASSPORT)      T-4412
⁅P|SWANNARAT WIROJ⁆             ⁅DOB|01/05/86⁆      ⁅PASS|CJYNCY9423⁆ (DE PASSPORT)  T-4419
EMERGENCY CONTACT TRANSPORT OFFICE ⁅T|+44 113 496 0790⁆`,
  },
  {
    lang: 'en',
    kind: 'lowercase-email',
    source: `hi ⁅P|lutgarde⁆

quick one - ⁅P|obdulia⁆ from h&s said the new starter ⁅P|cherrylyn sarmiento-dalisay⁆ hasn't done her induction yet but is on the rota for tomorrow. can you check? her mobile is ⁅T|07700 900 733⁆ and personal email ⁅M|cherry.sd@yahoo.co.uk⁆ (she doesn't have a work one yet)

also her address on the system is wrong, she moved to ⁅ADR|48 ashley road leeds ls9 7ap⁆

cheers
⁅P|sverre⁆`,
  },
  {
    lang: 'en',
    kind: 'sepa-mandate-en',
    source: `DIRECT DEBIT MANDATE (SEPA) – Storage Unit Rental
Creditor: HOLD Facilities & Logistics Ltd, Creditor ID DE98ZZZ09999999999
Mandate reference: STOR-2026-0331
Debtor name: ⁅P|Gulîstan Karabıyık⁆
Debtor address: ⁅ADR|Rue de la Loi 155, 1040 Etterbeek⁆, Belgium
IBAN: ⁅IBAN|BE31649134976255⁆   BIC: GEBABEBB
Payment type: recurrent
Signed: Brussels, 20 November 2026`,
  },
  {
    lang: 'en',
    kind: 'public-holidays-no-pii',
    source: `OPERATING CALENDAR 2027 – Leeds & Hamburg depots
Closed:
 1 Jan (New Year's Day) – both
 26 Mar (Good Friday) – both
 29 Mar (Easter Monday) – both
 3 May (Early May bank holiday) – Leeds
 1 May (Tag der Arbeit) – Hamburg
 3 Oct (Tag der Deutschen Einheit) – Hamburg
 25/26 Dec – both
Reduced service 24 & 31 Dec. Peak season surcharges apply 15 Nov – 23 Dec (see rate card RC-2027 v1.4).
Dear Sir or Madam – this calendar may be shared with customers.`,
  },
  {
    lang: 'en',
    kind: 'crm-notes-corporate',
    source: `Account: Elmet Dental Group (3 practices)  – owner: ⁅P|Chalermchai Pramoj⁆
03/10 intro call with practice manager ⁅P|Fenneke Nijeboer⁆ (⁅T|01943 604 220⁆) – interested in clinical waste + cleaning
17/10 site visit Ilkley practice, met Dr ⁅P|Aukje Haverkamp-Bos⁆ (principal dentist). Wants evening cleaning only.
02/11 proposal sent to ⁅M|practice.manager@elmetdental.co.uk⁆
28/11 ⁅P|Nijeboer⁆ left the group! new contact ⁅P|Harmke Wiersma⁆ starts Jan – diary reminder set
Note: don't call the Otley number after 5pm, it goes to Dr ⁅P|Haverkamp-Bos⁆'s mobile ⁅T|07700 900 661⁆`,
  },
  {
    lang: 'en',
    kind: 'security-log-vpn',
    source: `Dec  2 06:12:44 vpn01 ocserv[2210]: user '⁅M|szabolcs.fazekas@hold-fl.co.uk⁆' authenticated from ⁅IP|77.6.63.200⁆
Dec  2 06:12:45 vpn01 ocserv[2210]: assigned 10.8.0.42 to ⁅M|szabolcs.fazekas@hold-fl.co.uk⁆
Dec  2 06:40:02 vpn01 ocserv[2231]: failed auth for 'jdimayuga' from ⁅IP|93.109.205.169⁆ (3 of 5)
Dec  2 06:41:17 vpn01 ocserv[2231]: user 'jdimayuga' authenticated from ⁅IP|93.109.205.169⁆
Dec  2 07:03:59 vpn01 ocserv[2244]: user 'svc-backup' authenticated from 10.0.3.5
Dec  2 07:15:00 vpn01 cron: rotated logs, release 2.4.11`,
  },
  {
    lang: 'en',
    kind: 'canteen-menu-no-pii',
    source: `STAFF CANTEEN – LEEDS DEPOT – WEEK 50
Mon  Shepherd's pie / Dal makhani (v)
Tue  "Lord Nelson" fish & chips / Halloumi wrap
Wed  Chicken Kiev / Margherita pizza (v)
Thu  Beef Wellington (festive lunch, book by Tue!) / Nut roast
Fri  All-day breakfast / Caesar salad
Coffee machine "Jura Giga X8" in break room 2 is fixed (service ref SR-31177).
Card payments only. Prices per tariff v2027.1.`,
  },
  {
    lang: 'en',
    kind: 'whistleblowing-hotline-note',
    source: `SPEAK-UP LINE – call note (external provider, case SU-26-0088)
Caller wished to stay anonymous. Summary in caller's words:
"the supervisor on nights, ⁅P|Gudbrand⁆, lets agency staff drive the forklifts without a licence. I told ⁅P|Ishwari⁆ in H&S in october but nothing happened. the agency guy is called ⁅P|Rommelito⁆ something, I think ⁅P|Rommelito Pagdanganan⁆."
Caller call-back: declined.
Forwarded to: Compliance Officer ⁅P|Evanthia Vlachopoulou⁆ on 01/12/2026`,
  },
  {
    lang: 'en',
    kind: 'rota-merged-cells',
    source: `CLEANING ROTA – ST JAMES'S CONTRACT – DEC
Area	Mon–Wed	Thu–Fri	Weekend	Supervisor mobile
Wards 3–6	⁅P|Cherrylyn Sarmiento-Dalisay⁆	⁅P|Mylene Bulaong⁆	⁅P|Mylene Bulaong⁆	⁅T|07700 900 733⁆
Outpatients	⁅P|Xaliimo⁆	"	(agency)	
Theatres	⁅P|Shervin Kalantari⁆			⁅T|07700 900 845⁆
Out of hours: HOLD control room ⁅T|0113 496 0799⁆`,
  },
  {
    lang: 'en',
    kind: 'vehicle-insurance-claim-en',
    source: `MOTOR CLAIM NOTIFICATION – fleet policy FLT-3390021
Our driver: ⁅P|Halvdan Skjærvø⁆ (date of birth ⁅DOB|3rd of March '85⁆), vehicle YK71 HXD
Third party: ⁅P|Bríd McCusker⁆, ⁅ADR|19 Otley Old Road, Leeds LS16 6HB⁆, ⁅T|+44 7700 900 392⁆, ⁅M|brid.mccusker@btinternet.com⁆
Third-party vehicle: blue Skoda Octavia, reg LD68 KPW, insurer Admiral (policy not known)
Circumstances: third party reversed out of driveway into our stationary van. No injuries.
Reported by: ⁅P|Zsombor Pálfalvi⁆, fleet manager`,
  },
  {
    lang: 'en',
    kind: 'subject-access-request',
    source: `From: ⁅P|Dochia Lupescu⁆ <⁅M|dochia.lupescu (at) protonmail (dot) com⁆>
To: privacy@hold-fl.co.uk
Subject: Subject access request (UK GDPR Art. 15)

Dear Sir or Madam,
I worked at your Leeds depot from 2022 to 2024 (employee no. 2-08817). Please send me a copy of all personal data you hold about me, including CCTV stills and the notes from my disciplinary hearing in May 2024.
To confirm my identity: date of birth ⁅DOB|07/10/1990⁆, former address ⁅ADR|6 Roundhay Mount, Leeds LS8 4DW⁆.
Regards,
⁅P|Dochia Lupescu⁆`,
  },
  {
    lang: 'en',
    kind: 'rate-card-no-pii',
    source: `RATE CARD RC-2027 v1.4 (valid from 1 Jan 2027)
Service                                  Unit        Price (GBP)
Office cleaning, standard                per hour        21.40
Window cleaning "Crystal Clear"          per pane         1.85
Man & van, Leeds zone 1                  per hour        68.00
Storage unit S (35 sq ft)                per month       54.00
Out-of-hours call-out (Victoria tariff)  per visit      145.00
All prices exclude VAT at 20%. VAT reg GB 123 4567 89. Company no. 08812345.
Hi team – please quote from this card only.`,
  },
];
