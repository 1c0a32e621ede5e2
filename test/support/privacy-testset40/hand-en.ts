import type { HandSource } from './markup.js';

/** English hand-written documents of set 40 (automotive and mobility in UK, IE, US, CA, AU and ZA), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'vehicle sale invoice (UK dealer)',
    source: `KESTREL MOTORS LTD – SALES INVOICE SI-26-1184
Unit 4, Avon Trade Park, Bristol BS2 0QJ · 0117 496 0300 · sales@kestrelmotors.co.uk
Customer: ⦃n:Catrìona Rothach⦄
Address: ⦃h:22 Cotham Brow, Bristol BS6 6AR⦄
Tel: ⦃t:07700 918224⦄
Vehicle: 2021 Ford Kuga ST-Line, Reg BD71 XTC, VIN WF0ZZZFUGMLP61120, mileage 28,410
Price £19,495.00 less part exchange £6,200.00; balance paid by debit card ending 4471.
Sales executive: ⦃n:Coinneach Stiùbhart⦄`,
  },
  {
    lang: 'en',
    kind: 'part-exchange appraisal e-mail',
    source: `From: ⦃n:Anndra Caimbeul⦄ <⦃m:anndra.caimbeul@hotmail.co.uk⦄>
To: sales@kestrelmotors.co.uk
Subject: Re: Your part-exchange valuation – Vauxhall Insignia

Hi,
£3,900 seems low given the full service history. I'd accept £4,500.
⦃n:Anndra⦄

> On 4 Mar 2026, Kestrel Motors wrote:
> Thank you for bringing the Insignia (SF66 KPL, 98,700 miles) in. Our valuation is £3,900 subject to HPI check.
> The offer is valid for 7 days.

--
⦃n:Anndra Caimbeul⦄ · ⦃t:07842 551903⦄`,
  },
  {
    lang: 'en',
    kind: 'car finance application (hire purchase)',
    source: `HIRE PURCHASE APPLICATION – Ref HP-0049312
Applicant: ⦃n:Ealasaid Dòmhnallach⦄        Date of birth: ⦃b:14/09/1986⦄
Current address (3 yrs 4 mths): ⦃h:7 Kelvin Drive, Glasgow G20 8QG⦄
Employment: Staff nurse, NHS Greater Glasgow and Clyde, gross £38,200
Bank account for direct debit: ⦃i:GB⦄
Vehicle: 2023 Kia Niro EV, cash price £27,995, deposit £2,500, 48 payments of £574.18
Credit search consent: ☑`,
  },
  {
    lang: 'en',
    kind: 'workshop repair order (Ireland)',
    source: `HARBOURSIDE MOTORS – REPAIR ORDER 55120
Customer: ⦃n:Ùisdean Mac a’ Phearsain⦄   Mobile: ⦃t:+353 86 114 2290⦄
Vehicle: 191-D-44871 Toyota Corolla Hybrid, 86,300 km, VIN SB1ZZZE1603092114
Concern: Brake squeal front, NCT due, wiper blades
Work authorised up to €400; call before exceeding.
Promised: today 17:30. Courtesy car: No.
Technician: bay 3`,
  },
  {
    lang: 'en',
    kind: 'body shop estimate (South Africa)',
    source: `PROTEA PANEL BEATERS (PTY) LTD – ESTIMATE EST-7712
Pretoria West · +27 12 664 8100 · estimates@proteapanel.co.za
Client: ⦃n:Hagos Debessay⦄, cell ⦃t:+27 82 419 3307⦄
Address: ⦃h:41 Jacaranda Ave, Pretoria 0181⦄
Vehicle: Toyota Hilux 2.8 GD-6, reg CA 448-210, VIN AHTZZZGN1K0712299, odo 142 880 km
Repairs: replace LH front fender, repair bonnet, paint & blend; labour 11.5 hrs @ R780
Parts R14 210.00 · Paint R6 900.00 · Total incl. VAT R32 078.50
Quote valid 30 days. Claim no. with insurer to be supplied by client.`,
  },
  {
    lang: 'en',
    kind: 'manufacturer warranty claim (no customer data)',
    source: `WARRANTY CLAIM WC-2026-01877 – Dealer 60412-UK
VIN: SALZZZ4R1JA512207   Registration date: 14/06/2023   Mileage at repair: 31,044
Complaint: Infotainment reboot loop; DTC U0184-87
Cause: Software corruption; Correction: reflash module per TSB 26-114, 1.2 hrs
Part: none · Labour code 86.50.14 · Claim amount £132.00
Submitted 03/03/2026 by warranty administrator (user WADM-07)`,
  },
  {
    lang: 'en',
    kind: 'company car driver agreement (US fleet)',
    source: `COMPANY VEHICLE ASSIGNMENT & ACKNOWLEDGEMENT – Northgate Fleet Solutions (client: Ridgeline Foods Inc.)
Driver: ⦃n:Akhmad Tsitskiev⦄            Employee ID: RF-20931
Home address: ⦃h:4418 Cedar Hollow Rd, Columbus, OH 43215⦄
Driver's license: OH SR441209 (exp. 2029)        Date of birth: ⦃b:03/22/1984⦄
Vehicle: 2025 Ford Maverick, unit #7712, VIN 3FTZZZE36SRA01149
Personal use: permitted, reported monthly. Fuel card ending 0913 issued.
I have read the fleet policy. Signed 01/06/2026`,
  },
  {
    lang: 'en',
    kind: 'penalty charge notice driver nomination',
    source: `Transport for London – Penalty Charge Notice LJ44120893
Representation / transfer of liability (hire or lease vehicle)
Registered keeper: Northgate Fleet Solutions UK, fleet@northgatefleet.com
Vehicle: LK73 HRV, contravention 12/02/2026 14:07 – Bus lane, Holloway Road
The driver at the time was our employee:
Name: ⦃n:Ngāhuia Pōmare⦄
Address: ⦃h:18 Mill Lane, Norwich NR2 3DE⦄
A copy of the signed driver agreement is attached.`,
  },
  {
    lang: 'en',
    kind: 'fine recharge e-mail to driver',
    source: `From: fleet@northgatefleet.com
To: ⦃m:hiria.tawhiao@ridgelinefoods.com⦄
Cc: payroll@ridgelinefoods.com
Subject: Parking citation recharge – unit #7740

Hi ⦃n:Hīria⦄,
A parking citation (City of Calgary, $75.00, 02/19/2026) was issued to unit #7740 while assigned to you.
Per section 9 of the fleet policy we will recover it through payroll unless you dispute it by 03/15.
Thanks,
Fleet Admin Team · 1-800-555-0142`,
  },
  {
    lang: 'en',
    kind: 'fuel card application (Australia)',
    source: `FUEL CARD REQUEST – Southern Cross Roadside Pty Ltd (internal fleet)
Cost centre: 3350-Ballarat Depot      Vehicle: patrol van 1ZQ-4471
Cardholder: ⦃n:Rīwai Ihimaera⦄
Mobile (for PIN SMS): ⦃t:+61 412 883 019⦄
Products: Unleaded 95, Diesel; no convenience items
Monthly limit: A$1,200
Approved by: Depot manager ⦃n:Taualofa Tupuola⦄, ext. 2214`,
  },
  {
    lang: 'en',
    kind: 'rental damage report (Ireland)',
    source: `HARBOURSIDE CAR & VAN RENTAL – VEHICLE CONDITION REPORT (RETURN)
Agreement RA-26-00941 · Dublin Airport · returned 02/03/2026 18:20 · 23,908 km
Hirer: ⦃n:Waisake Lalabalavu⦄ · licence (Fiji) FJ-0044127 · ⦃m:waisake.lalabalavu@gmail.com⦄
New damage: scuff rear bumper (photo 5), windscreen chip passenger side (photo 6)
Excess under CDW: €1,500. Pre-authorised on card ⦃c:⦄ – final charge after repair estimate.
Staff: checked by returns agent, station phone +353 1 677 4100`,
  },
  {
    lang: 'en',
    kind: 'deposit dispute letter (car sharing)',
    source: `⦃n:Satana Kokoev⦄
⦃h:77 Queen’s Drive, Glasgow G42 8BT⦄

ZipShare Ltd – Member Services
Glasgow, 9 March 2026

Member no. 88120-G – withheld deposit of £250

Dear Member Services,
you withheld my deposit because of "interior soiling" after trip T-4471209 on 21 February. The photos I took at
the end of the trip (attached) show the car clean. Please refund the deposit to the card on file or to
⦃i:GB g⦄ within 14 days.

Yours faithfully,
⦃n:Satana Kokoev⦄ · ⦃t:07911 220 418⦄`,
  },
  {
    lang: 'en',
    kind: 'roadside assistance call transcript',
    source: `CALL 26-0228-1177 · Southern Cross Roadside · agent A. (console 4)
[07:02:11] Caller: Hi, my car won't start, I'm at the Woolworths car park on Sturt St.
[07:02:20] Agent: No worries. Can I get your name and membership number?
[07:02:26] Caller: ⦃n:Pōtiki Haerewa⦄, member 4410 772 19.
[07:02:41] Agent: And the best number to reach you?
[07:02:45] Caller: ⦃t:0437 118 902⦄
[07:03:10] Agent: A patrol will be with you within 45 minutes. Rego 1ZQ-770?
[07:03:14] Caller: Yes, that's right.`,
  },
  {
    lang: 'en',
    kind: 'MOT test certificate (no personal data)',
    source: `MOT TEST CERTIFICATE – VT20
Vehicle registration: YR68 KPL   Make: VAUXHALL  Model: ASTRA
VIN: W0VZZZB4EJG023917   Odometer: 61,822 miles
Test result: PASS   Test date: 27.02.2026   Expiry: 26.02.2027
Advisories: Nearside front tyre worn close to legal limit (2.0 mm); Oil leak, not excessive
Testing station: V14471 · MOT test number 4471 2093 0918`,
  },
  {
    lang: 'en',
    kind: 'DVLA licence check mandate',
    source: `DRIVER CONSENT – CHECKING OF DRIVING LICENCE DATA (D906 equivalent)
Driver surname: ⦃n:Aruquipa⦄   Forenames: ⦃n:Quri⦄
Date of birth: ⦃b:5 July 1991⦄
Current address: ⦃h:31 Thornbury Road, Bristol BS7 8PL⦄
Driving licence number: ARUQU907051Q99LK
Company: Kestrel Motors Ltd (demonstrator drivers)
This consent is valid for three years. Signature ________ Date 01/03/2026`,
  },
  {
    lang: 'en',
    kind: 'tyre storage ticket (Canada)',
    source: `TIRE STORAGE – TICKET #T-2026-0388
Halifax Tire & Auto, 2250 Robie St, Halifax, NS B3K 4M7 · (902) 455-0100
Customer: ⦃n:Bastian Moretuzzo⦄ · ⦃t:(902) 471-2209⦄
Vehicle: Honda CR-V, plate NS GKR 441
Stored: 4 × summer tires 235/60R18 on alloys, tread 6/6/5/5 32nds, bay R-17
Season fee C$89.00 paid. Bring this ticket to pick up.`,
  },
  {
    lang: 'en',
    kind: 'recall notice (US, no personal data)',
    source: `IMPORTANT SAFETY RECALL – NHTSA Campaign 26V-118
This notice applies to your vehicle: VIN 1FMZZZU93LGA44120
Ford Motor Company has decided that a defect which relates to motor vehicle safety exists in certain 2020 Escape
vehicles: the rear axle bolt may fracture. Contact your Ford dealer to schedule the free repair.
Ford Customer Relationship Center: 1-866-436-7332 · TTY 1-800-232-5952`,
  },
  {
    lang: 'en',
    kind: 'service adviser WhatsApp thread',
    source: `[10:14] Kestrel Service: Hi, your Kuga is ready, the brake discs were done under the service plan 👍
[10:15] ⦃n:Fionnlagh⦄: great, can my partner collect? her name is ⦃n:Catrìona Rothach⦄
[10:16] Kestrel Service: Sure, she just needs photo ID. Balance £84.00 for the wiper blades.
[10:16] ⦃n:Fionnlagh⦄: ok will pay by card at the desk
[10:17] Kestrel Service: Perfect, open until 6pm. Any issues call 0117 496 0301`,
  },
  {
    lang: 'en',
    kind: 'used car ad reply (private seller)',
    source: `Hi, is the Golf still available? I could view it Saturday morning.
Could you confirm the cambelt was changed? Happy to pay cash if the MOT is clean.
Cheers,
⦃n:Lois Eiroa⦄
⦃t:07958 440 319⦄ | ⦃m:lois.eiroa@proton.me⦄`,
  },
  {
    lang: 'en',
    kind: 'lease return inspection report',
    source: `END OF LEASE INSPECTION – Northgate Fleet Solutions · Contract NFL-55104
Lessee: ⦃n:Mairo Gwandu⦄ · ⦃h:1208 Sherbrooke St W, Montréal, QC H3A 1H6⦄ · ⦃t:(514) 880-2147⦄
Vehicle: 2022 Hyundai Tucson, VIN KM8ZZZDCB4NU041772, odometer 71,240 km (allowance 72,000)
Excess wear: front bumper scrape 12 cm ($420), right rear wheel curb rash ($180)
Total chargeable: $600.00 + tax. Lessee signature on tablet 03/02/2026 11:04.
Inspector ID NFL-INS-22`,
  },
  {
    lang: 'en',
    kind: 'vehicle registration renewal online receipt',
    source: `Service Ontario – Licence plate sticker renewal receipt
Plate: CKXR 118   Validation expiry: 2027-03-14
Owner: ⦃n:Chathura Welikala⦄
Mailing address: ⦃h:4410 Maple Ridge Dr, Mississauga, ON L5M 4Z1⦄
Paid $59.00 by credit card ⦃c:d⦄
Transaction 7712-2093-44 · submitted from ⦃a:142.117.40.218⦄ on 2026-03-02 20:41 EST`,
  },
  {
    lang: 'en',
    kind: 'workshop technician notes (no personal data)',
    source: `Job 55120 – tech notes
- Front pads 3mm, discs lipped -> replace both, parts 04465-02420 ordered
- Wiper blades 650/400 fitted
- Rear bulb holder corroded, cleaned; recommend replacement next visit
- Road test 6 km ok, no squeal. NCT pre-check: pass
- Time booked 2.4 hrs`,
  },
  {
    lang: 'en',
    kind: 'fleet driver list CSV',
    source: `unit,plate,driver,driver_email,driver_mobile,home_depot
7712,LK73 HRT,⦃n:Abrehet Ghebremedhin⦄,⦃m:abrehet.ghebremedhin@ridgelinefoods.com⦄,⦃t:07412 559031⦄,Enfield
7713,LK73 HRU,⦃n:Doutzen Wiersum⦄,⦃m:d.wiersum@ridgelinefoods.com⦄,⦃t:07412 559087⦄,Enfield
7714,LK73 HRV,⦃n:Ngāhuia Pōmare⦄,⦃m:n.pomare@ridgelinefoods.com⦄,⦃t:07833 104422⦄,Norwich
pool,LK73 HRW,,fleet@northgatefleet.com,0800 915 4410,Enfield`,
  },
  {
    lang: 'en',
    kind: 'accident report form (Australia)',
    source: `MOTOR VEHICLE ACCIDENT REPORT – company vehicle 1ZQ-4471
Date/time: 19/02/2026 16:30   Location: Remembrance Dr & Gillies St, Ballarat VIC
Our driver: ⦃n:Sengphet Xaysana⦄, DOB ⦃b:11/12/1979⦄, ph ⦃t:0468 210 773⦄
Other party: ⦃n:Akhsar Dzutsev⦄, ⦃h:12 Banksia Cres, Ballarat VIC 3350⦄, rego 2HT-9OL (Mazda 3)
Witness: ⦃n:Aiga Salevao⦄ ⦃t:0422 071 935⦄
Description: other vehicle failed to give way at roundabout; damage to our front left panel.
Police event no. E2602190118`,
  },
  {
    lang: 'en',
    kind: 'dealer complaint to ombudsman (The Motor Ombudsman)',
    source: `To: The Motor Ombudsman – Complaint Form (Service & Repair)
Consumer: ⦃n:Jaep Eringa⦄, ⦃h:19 Albert Road, Leeds LS6 2DT⦄, ⦃m:jaep.eringa@outlook.com⦄
Business: Kestrel Motors Ltd (accredited)
Complaint: A timing chain replaced in November 2025 (invoice SI-25-9931, £1,840) failed after 3,100 miles. The
dealer refuses a goodwill repair and says the chain was not at fault.
Outcome sought: free repair or refund of the original invoice.`,
  },
  {
    lang: 'en',
    kind: 'car subscription signup with ID verification',
    source: `Subscription confirmation – Onto-style EV subscription, plan "Flex 1500"
Subscriber: ⦃n:Kimsreng Khiev⦄
Date of birth: ⦃b:1990-01-27⦄
Delivery address: ⦃h:15 Kings Avenue, Cardiff CF24 4HQ⦄
ID check: German passport no. ⦃r:⦄ (matched), UK licence verified
Monthly payment from ⦃i:GB g⦄ on the 3rd
Support: hello@evsub.co.uk · 0333 200 4471`,
  },
  {
    lang: 'en',
    kind: 'auction buyer registration (South Africa)',
    source: `AUCTION BUYER REGISTRATION – Lot sale 26-03, Midrand
Buyer: ⦃n:Hansatu Kankara⦄   ID type: passport (NG) A11204471
Postal/physical address: ⦃h:8 Protea Rd, Durban 4001⦄
Cell: ⦃t:+27 72 330 9184⦄   E-mail: ⦃m:hkankara@mail.com⦄
Refundable deposit R10 000 via EFT to auctioneer's trust account (ref 26-03-B117).
Buyer number allocated: B117`,
  },
  {
    lang: 'en',
    kind: 'EV charging card statement',
    source: `ChargePoint Network – Monthly statement, February 2026
Account holder: ⦃n:Lecha Gadaev⦄ · account 7712-0931
Billing address: ⦃h:1142 Cedar Hollow Rd, Columbus, OH 43215⦄
Sessions: 14 · Energy 322.6 kWh · Idle fees $4.50 · Total $118.40
Charged to card ending 3307 on 03/01/2026.
Questions? support@chargepoint-example.com · 1-888-758-4389`,
  },
  {
    lang: 'en',
    kind: 'mechanic invoice dispute on forum',
    source: `Re: Dealer charged me 3 hrs for a 20 min job?
Posted by turbo_ticker » 05 Mar 2026, 21:14
> Posted by ⦃n:Vuniani⦄ » 05 Mar 2026, 19:02
> Invoice says 3.0 hrs labour for the coolant temp sensor on my Corolla. Is that normal?

Book time for that sensor is about 0.5 hrs on the 1ZR engine. Ask for the job card and the clock-in times.
If they won't budge, Trading Standards or the Motor Ombudsman.`,
  },
  {
    lang: 'en',
    kind: 'gap insurance claim supporting letter',
    source: `Kestrel Motors Ltd – Finance Department
To whom it may concern
Re: Total loss of vehicle BD71 XTC – GAP claim of our customer ⦃n:Azenor Gourvès⦄

We confirm that Ms ⦃n:Gourvès⦄ purchased the above vehicle from us on 14/05/2024 for £21,450 and that an outstanding
finance balance of £9,812.44 remained on 02/02/2026. Settlement should be paid to the lender quoting agreement
HP-0041177. Her correspondence address is ⦃h:3 Hollybush Lane, York YO10 5DD⦄.
Finance Department · 0117 496 0300 · finance@kestrelmotors.co.uk`,
  },
  {
    lang: 'en',
    kind: 'opening hours notice (no personal data)',
    source: `EASTER OPENING HOURS – Harbourside Motors
Good Friday: closed · Saturday: 9:00–13:00 (sales only) · Easter Monday: closed
Roadside cover for our service plan customers remains available 24/7 on +353 1 677 4199.
Online booking: harbourside-motors.ie/service – NCT pre-test slots available from 8 April.`,
  },
  {
    lang: 'en',
    kind: 'speeding fine nomination reply (Australia)',
    source: `Statutory declaration – nomination of driver (Infringement 4410 220 918)
I, ⦃n:Tūmanako Rātana⦄, of ⦃h:88 Wattle St, Ballarat VIC 3350⦄, declare that at the time of the offence
(21/01/2026 09:12, Midland Hwy, 68 km/h in a 60 zone) the vehicle 1ZQ-770 was driven by
⦃n:Ilisapeci Koroivueta⦄, licence VIC 044 127 339, ⦃h:4 Gillies St, Ballarat VIC 3350⦄.
Declared at Ballarat on 02/02/2026 before a Justice of the Peace (registration 44102).`,
  },
  {
    lang: 'en',
    kind: 'valet booking with client IP log',
    source: `booking_id=VB-22093 status=confirmed service=mini_valet vehicle="Audi Q5 SF66 KPL"
customer="⦃n:Daovone Keovongsa⦄" phone="⦃t:07700 912 447⦄" email="⦃m:daovone.k@icloud.com⦄"
slot=2026-03-14T09:30 depot=Bristol-North price=GBP39.00
client_ip=⦃a:2a00:23c4:8a12:7701::1f⦄ user_agent="Safari/17.4" created=2026-03-09T22:18:04Z`,
  },
  {
    lang: 'en',
    kind: 'vehicle history report extract',
    source: `VEHICLE HISTORY CHECK – report 7712-44
Registration: SF66 KPL · VIN WVWZZZAUZGW331207 · first registered 01/09/2016
Outstanding finance: none · Stolen: no · Write-off: Cat S (2019, repaired)
Previous keepers: 3 · Last keeper change: 12/2023
Mileage records: 2019 44,100 · 2021 67,980 · 2023 88,240 · 2026 98,700 – consistent
Plate changes: none`,
  },
  {
    lang: 'en',
    kind: 'driver onboarding e-mail with tax and SSN note',
    source: `From: ⦃n:Soulinthone Sengsouly⦄ <⦃m:s.sengsouly@ridgelinefoods.de⦄>
To: hr-fleet@ridgelinefoods.com
Subject: new driver in Hamburg branch – payroll data for company car benefit

Hi team,
our new sales driver in Hamburg starts 1 April. German payroll needs these for the car benefit:
Name: ⦃n:Nart Furlanut⦄, born ⦃b:23.05.1992⦄
Tax ID: ⦃x:⦄, pension insurance no. ⦃s:23051992 Furlanut m⦄
Company car: HH-RF 412 from the Northgate pool.
Best,
⦃n:Soulinthone⦄
Direct ⦃t:+49 40 3190 4471⦄`,
  },
];
