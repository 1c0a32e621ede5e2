import type { HandSource } from './markup.js';

/** English hand-written documents of set 32, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Crew scheduling email about a swap request',
    source: `From: ⁅m:n.ondiek@gulfwings.ae⁆
To: rostering@gulfwings.ae
Subject: Swap request GW 531 DXB–NBO, 19 Nov

Hi team,
I'd like to swap my NBO layover with ⁅n:Akoth Owiti⁆ (she has agreed by WhatsApp). Her staff number is 40877, mine 40512.
Both of us are qualified on the A321neo, no change in purser position.
Reach me on ⁅t:+971 55 418 2276⁆ if anything is missing.

Thanks,
⁅n:Ngesa Ondiek⁆
Senior Cabin Crew`,
  },
  {
    lang: 'en',
    kind: 'Pilot personnel file summary sheet',
    source: `PERSONNEL FILE – FLIGHT CREW (CONFIDENTIAL)
Name: Capt. ⁅n:Hreiðar Sigurfinnsson⁆
Date of birth: ⁅b:12 Mar 1977⁆
Licence: ATPL(A) IS.FCL.0442, type ratings B737 (PIC), LIFUS instructor
Home address: ⁅h:112 Bath Road, Hounslow TW6 2GA⁆
Mobile: ⁅t:+44 7912 448302⁆ · Personal email: ⁅m:hreidar.sigurfinnsson@proton.me⁆
Next of kin: ⁅n:Þórhildur Hreiðarsdóttir⁆ (spouse), ⁅t:+44 7488 102954⁆
Crew ID: CPT-1182 · Base LGW`,
  },
  {
    lang: 'en',
    kind: 'Class 2 medical certificate renewal letter',
    source: `Aeromedical Centre, Cranford Lane, Hounslow TW5 9QA

Dear Ms ⁅n:Moushumi Buragohain⁆,

Following your examination on 14 October 2026, your Class 2 medical certificate has been renewed and is valid until 14 October 2028 (LAPL until 14 October 2028).
Limitation: VNL (have available corrective spectacles for near vision).
Please keep your contact details up to date; we hold ⁅m:moushumi.b@yahoo.co.uk⁆ and ⁅t:+44 7533 209871⁆.

Yours sincerely,
Dr ⁅n:Ninad Paranjpe⁆, AME`,
  },
  {
    lang: 'en',
    kind: 'Passenger name record display (GDS screen copy)',
    source: `RP/DXBGW08AA/
  1.⁅n:AL DHAHERI/HUMAID⁆ MR  2.⁅n:AL DHAHERI/MAHRA⁆ MRS
  3  GW 017 Y 21NOV 5 DXBLHR HK2  0745 1135  E
  4 AP DXB ⁅t:+971 50 331 8842⁆-M
  5 APE ⁅m:humaid.aldhaheri@outlook.com⁆
  6 TK OK15NOV/DXBGW08AA
  7 SSR DOCS GW HK1 P/ARE/N1827734/ARE/⁅b:04JUN80⁆/M/19JUN31/AL DHAHERI/HUMAID/P1
  8 SSR WCHR GW HK1/P2
RECORD LOCATOR: KX4R7Q`,
  },
  {
    lang: 'en',
    kind: 'Passenger complaint about a downgrade (web form text)',
    source: `Complaint reference: CX-2026-118734
I booked business class on GA 221 from Lagos to London and was downgraded to economy at the gate without explanation. Under Article 10 of Regulation 261/2004 I am entitled to a refund of 75% of the ticket price for this flight.
Name: ⁅n:Mobolaji Akinsanya⁆
Address: ⁅h:14 Ago Palace Way, Lagos 100281⁆
Phone: ⁅t:+234 803 447 2190⁆
Email: ⁅m:mobolaji.akinsanya@gmail.com⁆`,
  },
  {
    lang: 'en',
    kind: 'EU 261 claim agency letter of authority',
    source: `LETTER OF AUTHORITY
I, ⁅n:Gennarino Coppola⁆, born ⁅b:1 August 1969⁆, residing at ⁅h:Via degli Ulivi 8, 80144 Napoli⁆, authorise FlightRefund Partners Ltd (claims@flightrefund-partners.eu) to claim compensation on my behalf for flight EI 436 Dublin–Naples on 17 September 2026.
Compensation is to be paid to ⁅i:IE g⁆.
Signed in Naples on 02/10/2026`,
  },
  {
    lang: 'en',
    kind: 'Special assistance request (meet and assist)',
    source: `MEET & ASSIST REQUEST – Shannonside Airways
Passenger: ⁅n:Odile Guidry⁆ (age 84), travelling alone, SQ 115 JFK–SNN
Needs: WCHS, help with connecting to the coach to Ennis, hearing impaired – please write things down.
Contact on arrival: her grandson ⁅n:Ulysse Breaux⁆, ⁅t:+1 713-284-6610⁆
Booked by: ⁅m:ulysse.breaux@icloud.com⁆`,
  },
  {
    lang: 'en',
    kind: 'Delayed baggage customer email',
    source: `Subject: Still no bag – file NBOGW33187

Hello,
my suitcase (tag GW 310 882 416) did not arrive on GW 731 on 3 November. It contains my insulin pens so this is urgent.
Please deliver to ⁅h:House 17, Lang’ata Road, P.O. Box 24511-00501 Nairobi⁆ or call me on ⁅t:+254 722 481 093⁆.
⁅n:Wamaitha Gathogo⁆`,
  },
  {
    lang: 'en',
    kind: 'Airside pass application reference check',
    source: `AIRSIDE PASS – EMPLOYMENT REFERENCE CHECK (5-year history)
Applicant: ⁅n:Gbemisola Osinubi⁆, DOB ⁅b:22/02/1995⁆
Current address: ⁅h:48 Shadowmoss Road, Manchester M22 5PL⁆
2021–2024: ramp agent, Swissport-type handler at MAN (reference confirmed)
2019–2021: student, University of Salford
Gap Jan–Mar 2021 explained (travel, statutory declaration signed).
Counter-terrorist check: submitted · Sponsor: Shannonside Airways DAC`,
  },
  {
    lang: 'en',
    kind: 'Airport access control incident log entry',
    source: `ACCESS CONTROL – INCIDENT 26-4471
Time: 02:14 · Door: Pier C staff door C-07
Event: Tailgating. Pass holder ⁅n:Dobroslav Rybanský⁆ (pass RGS-118204) let an unidentified person through.
CCTV reviewed by duty manager ⁅n:Aoi Terashima⁆; person identified as ⁅n:Vieroslava Pätoprstá⁆, contractor, valid pass but wrong zone.
Both interviewed; pass suspended 7 days.`,
  },
  {
    lang: 'en',
    kind: 'Lost property online enquiry',
    source: `Lost property enquiry #LP-58210
Item: silver laptop with stickers of Kenyan flag, left at security lane 6, Terminal 2
Owner: ⁅n:Kimemia Ngatia⁆
Email: ⁅m:kimemia.ngatia@hotmail.com⁆ · Phone: ⁅t:+254 711 904 227⁆
Postal address for return: ⁅h:House 4, Embakasi Estate, P.O. Box 11873-00100 Nairobi⁆`,
  },
  {
    lang: 'en',
    kind: 'Noise complaint letter to airport consultative committee',
    source: `To the Airport Consultative Committee

I live directly beneath the westerly departure route and the early-morning departures from 06:00 are unbearable this autumn. Could the committee publish the track-keeping data for runway 27?

⁅n:Kvetoslav Mišún⁆
⁅h:23 Brighton Road, Horley RH6 0JH⁆
⁅t:01293 771 482⁆`,
  },
  {
    lang: 'en',
    kind: 'Flight school enrolment form (CPL modular)',
    source: `THAMES VALLEY FLIGHT ACADEMY – ENROLMENT
Course: CPL(A) modular + MEP
Student: ⁅n:Vaishali Navare⁆   Date of birth: ⁅b:5th November 2000⁆
Nationality: Indian · Passport Z4417832 (IND)
UK address: ⁅h:Flat 3, 19 Cedar Lane, Maidenhead SL6 4PR⁆
Home address: ⁅h:Flat 12, Runway Heights, Pune 411014⁆
Mobile: ⁅t:+44 7831 220476⁆ · ⁅m:vaishali.navare@gmail.com⁆
Payment: card ⁅c:⁆ (deposit £2,500)`,
  },
  {
    lang: 'en',
    kind: 'Gliding club newsletter snippet',
    source: `CLUB NEWS – NOVEMBER
Congratulations to ⁅n:Svätoslav Gajdošík⁆ on his first 300 km flight, and to ⁅n:Zdenka Trebuľová⁆ who soloed on the K-21 last Sunday!
Winter maintenance: G-EZWX (tug) is in the hangar until February.
Christmas dinner bookings to our social secretary ⁅n:Domnica Lungu⁆ (⁅t:07834 118205⁆).
Club office: office@tvgc.org.uk`,
  },
  {
    lang: 'en',
    kind: 'Drone operator incident notification',
    source: `UAS INCIDENT NOTIFICATION
Operator ID: GBR-OP-7T2K9ZQX4M
Remote pilot: ⁅n:Kōtarō Ichinose⁆, ⁅m:kotaro.ichinose@gmail.com⁆
Location: 1.2 km from the runway 09 threshold, inside the flight restriction zone, altitude 60 m
Description: loss of link, return-to-home failed, drone recovered in a field. No manned aircraft affected. Police informed (ref. 26/118207).`,
  },
  {
    lang: 'en',
    kind: 'Air ambulance patient transfer request',
    source: `MEDEVAC REQUEST – PRIORITY 2
Patient: ⁅n:Okello Nyamor Oketch⁆, male, DOB ⁅b:09/08/1968⁆
Diagnosis: NSTEMI, stable, on heparin infusion
From: Aga Khan University Hospital, Nairobi · To: Johannesburg
Treating doctor: Dr ⁅n:Aoko Okumu⁆, ⁅t:+254 733 218 406⁆
Insurer: assistance hotline +27 11 541 1000, case 88-20112
Family contact: wife ⁅n:Akoth Oketch⁆, ⁅t:+254 720 558 134⁆`,
  },
  {
    lang: 'en',
    kind: 'Air traffic occurrence report (airprox)',
    source: `OCCURRENCE REPORT – AIRPROX
Date/time: 11 Oct 2026 14:32 UTC · Position: 8 NM NW of EGLM, FL025
Aircraft 1: G-EZWX, PA-28, training flight, reported by instructor ⁅n:Jowan Trevaskis⁆
Aircraft 2: unknown microlight, no transponder
Minimum separation estimated 150 m horizontal, 100 ft vertical.
Reporter contact: ⁅m:jowan.trevaskis@tvfa.co.uk⁆, ⁅t:+44 7700 312 448⁆`,
  },
  {
    lang: 'en',
    kind: 'Ground handling timesheet export',
    source: `TIMESHEET – RAMP – WEEK 45
Staff no | Name | Mon | Tue | Wed | Thu | Fri
GH-2201 | ⁅n:Buaphan, Somkhit⁆ | 8.0 | 8.0 | — | 10.5 | 8.0
GH-2208 | ⁅n:Namwong, Chanpen⁆ | 6.0 | — | 8.0 | 8.0 | 8.0
GH-2215 | ⁅n:Ruangsri, Thongsuk⁆ | 8.0 | 8.0 | 8.0 | — | 12.0
Approved: shift lead ⁅n:Phaiwan Sirichot⁆ · export 2026-11-08 06:00`,
  },
  {
    lang: 'en',
    kind: 'Cabin crew recruitment interview notes',
    source: `ASSESSMENT DAY – DOHA, 30 OCT
Candidate 14: ⁅n:Thuraiya Al Siyabi⁆, 26, languages Arabic/English/French
Group exercise: confident, good listener. Swim test passed. Arm reach OK (212 cm).
Concerns: none. Recommend offer for DXB base, start January.
Candidate 15: ⁅n:Zawan Al Rawahi⁆ – withdrew after lunch.
Interviewer: ⁅n:Hessa Al Mheiri⁆`,
  },
  {
    lang: 'en',
    kind: 'Airline HR bank detail change confirmation',
    source: `Dear ⁅n:Jomon Kunnathettu⁆,

we confirm that from the December payroll your salary will be paid to the account ⁅i:GB g⁆ instead of your previous account.
If you did not request this change, call People Services immediately on 0800 031 8800 (freephone) – bank detail fraud targeting crew is on the rise.

People Services, Shannonside Airways`,
  },
  {
    lang: 'en',
    kind: 'Baggage handling KPI summary (no personal data)',
    source: `BAGGAGE PERFORMANCE – OCTOBER 2026
Mishandled bags per 1,000 pax: 5.8 (target 6.5)
Short-connection misconnects: 61% of mishandled (transfer time < 45 min)
First bag on belt, average: 14 min · Last bag: 27 min
Worst day: 19 Oct (sorter fault, 1,840 bags rushed on the next flights)
Actions: second early-bag store shift, new tail-to-tail process for GW/SQ connections.`,
  },
  {
    lang: 'en',
    kind: 'Airport community fund grant application',
    source: `COMMUNITY FUND APPLICATION
Organisation: Horley Youth Aviation Club (registered charity 1184412)
Contact person: ⁅n:Vitalie Chiriac⁆, treasurer, ⁅m:vitalie.chiriac@outlook.com⁆
Amount requested: £3,200 for a flight simulator for members aged 12–18.
Club address: Scout Hut, Victoria Road, Horley RH6 7AD (not a residence)`,
  },
  {
    lang: 'en',
    kind: 'Crew hotel rooming list',
    source: `ROOMING LIST – Hotel Sakura Bay, Haneda · crew GW 840 · 21–23 NOV
Room | Crew | Rank
1204 | ⁅n:Gyöngyike Sántha⁆ | CP
1206 | ⁅n:Előd Gálfalvi⁆ | FO
1208 | ⁅n:Mouza Al Ketbi⁆ | PU
1210 | ⁅n:Shinoon Al Hinai⁆ | FA
Billing: Gulf Wings Aviation LLC, crew accommodation account 4471. Late check-out 14:00 approved.`,
  },
  {
    lang: 'en',
    kind: 'Pilot logbook scan transcription',
    source: `PILOT'S LOGBOOK – page 37 – holder ⁅n:Azzan Al Busaidi⁆
Date | Type | Reg | From | To | Block | PIC
02/10 | C172 | A6-GWB | OMDW | OMDW | 1:10 | ⁅n:Al Busaidi⁆
04/10 | C172 | A6-GWB | OMDW | OMAL | 1:45 | ⁅n:Al Busaidi⁆
Instructor signature: ⁅n:Marhoon Al Wahaibi⁆, FI(A) 55210`,
  },
  {
    lang: 'en',
    kind: 'Frequent flyer account security alert',
    source: `Security alert for your SkyMiles Gold account

Dear ⁅n:Yūsaku Tachibana⁆,
a new sign-in to your account was detected from ⁅a:178.62.19.240⁆ (Amsterdam, Netherlands) on 6 November at 22:14. 48,000 miles were transferred to another member.
If this was not you, change your password and contact us. Your registered mobile ⁅t:+81 80-2247-6619⁆ will receive a verification code.`,
  },
  {
    lang: 'en',
    kind: 'Charter quote request from a private client',
    source: `From: ⁅m:info@kurmangaliyeva-consulting.kz⁆
Subject: Quote – light jet ALA–NCE return

Dear Sirs,
please quote a light jet for 3 passengers Almaty–Nice on 12 December, return 18 December.
Passengers: ⁅n:Gulmira Kurmangaliyeva⁆ (myself), ⁅n:Talgat Baisakalov⁆, ⁅n:Kamila Utepova⁆.
My mobile: ⁅t:+7 701 448 2916⁆

Kind regards
⁅n:G. Kurmangaliyeva⁆ – Kurmangaliyeva Consulting (sole proprietor)`,
  },
  {
    lang: 'en',
    kind: 'Station memo on de-icing fluid supply (no personal data)',
    source: `STATION MEMO – DUB – 07/11
Type IV fluid delivery delayed by two days; current stock covers approx. 40 treatments.
Until further notice: Type I only for aircraft with holdover-time margin, prioritise first-wave departures.
Ops control to be informed of any de-icing delay over 20 minutes via ops@shannonside.ie.
Next stock update 09/11 08:00 local.`,
  },
  {
    lang: 'en',
    kind: 'US airline employee travel pass form',
    source: `NON-REV TRAVEL – ELIGIBLE DEPENDENT REGISTRATION
Employee: ⁅n:Clovis Arceneaux⁆, employee no. 772018, base IAH
Dependent: ⁅n:Azelie Arceneaux⁆, relationship: daughter, DOB ⁅b:March 3rd, 2004⁆
Dependent address: ⁅h:4217 Maple Street, Houston, TX 77032⁆
Dependent email: ⁅m:azelie.arceneaux@gmail.com⁆
Student status verified (enrolled full-time).`,
  },
  {
    lang: 'en',
    kind: 'Canadian flight training unit invoice',
    source: `INVOICE 2026-1108 – École de pilotage Rive-Sud inc.
Bill to: ⁅n:Odalie Landry-Babineaux⁆
⁅h:4521 rue Saint-Denis, Montréal QC H2J 2L1⁆
Cessna 172 C-GFRT, 1.4 h dual @ $245.00 = $343.00
Paid by card ⁅c:-⁆ on 08 Nov 2026
Questions: facturation@rive-sud-aviation.ca · 450 555 0199`,
  },
  {
    lang: 'en',
    kind: 'Brazilian passenger refund request (translated)',
    source: `Refund request (translated from Portuguese)
I, ⁅n:Rosivaldo Assumpção⁆, request the refund of the unused return ticket GRU–FRA (flight cancelled by the airline). I was born on ⁅b:18/04/1972⁆ and live at ⁅h:Rua Santos Dumont, 412, Guarulhos - SP, 07190-100⁆.
Contact: ⁅t:+55 11 98714-3320⁆ · ⁅m:rosivaldo.assumpcao@gmail.com⁆`,
  },
  {
    lang: 'en',
    kind: 'Korean crew visa support letter',
    source: `To the Consular Section, Embassy of the Federal Republic of Germany, Seoul

We confirm that ⁅n:Yeomgyeong Ha-neul⁆, born ⁅b:17 Jan 1990⁆, is employed by us as a first officer and will position to Frankfurt on 3 December to join the aircraft HL8516 for ferry.
All costs are covered by the company.

Flight Operations, on behalf of the Accountable Manager`,
  },
  {
    lang: 'en',
    kind: 'German crew member payroll query by email',
    source: `From: ⁅m:ferencz.biro.boroka@gmx.de⁆
To: payroll@danubia-air.at

Hello Payroll,
my German tax ID ⁅x:⁆ seems to be missing on the October payslip and my pension insurance number ⁅s:14021985 Ferencz f⁆ is printed with a typo. I live in Germany (⁅h:Lilienthalstraße 5, 85356 Freising⁆), so the cross-border rules apply.
Thanks, ⁅n:Boróka Ferencz-Bíró⁆`,
  },
  {
    lang: 'en',
    kind: 'Irish flight school safety briefing attendance',
    source: `SAFETY EVENING – ATTENDANCE, 05/11/2026, Weston Airport
⁅n:Ulysse Mouton⁆ · ⁅n:Evariste Dugas⁆ · ⁅n:Nolia Trahan⁆ · ⁅n:Fidelis Natter⁆
Topic: winter flying, carb icing, infringement of Dublin CTR
Presenter: ⁅n:Onezime Guidry⁆ (CFI)
Next evening 03/12. Tea and biscuits kindly sponsored by the club.`,
  },
  {
    lang: 'en',
    kind: 'Runway works notice to operators (no personal data)',
    source: `NOTICE TO AIRCRAFT OPERATORS 26/14
Runway 09/27 resurfacing, nights 18–29 November, 23:00–05:30 local.
During the works the runway is closed; departures and arrivals use runway 16/34 with the ILS 34 only.
Taxiway B between B3 and B6 closed, follow-me vehicle available on request via the tower (ground 121.800).
Noise-sensitive routes may be affected; residents were informed by the community relations team (community@flughafen-elbtal.de).`,
  },
];
