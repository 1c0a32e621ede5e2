/**
 * Set 12's hand-written English documents: hotels, trades, haulage, farms, clubs, driving schools,
 * garages, caterers, campsites and surf/ski schools in the UK, Ireland, Australia and Canada.
 * Marks as in hand-de.ts.
 */
export const HAND_EN: { lang: 'en'; kind: string; source: string }[] = [
  {
    lang: 'en',
    kind: 'guest-registration-card',
    source: `THE HARBOUR INN, ST IVES — GUEST REGISTRATION
Surname: ⁅N|FITZGIBBON⁆   Forename: ⁅N|Cianán⁆
Home address: ⁅AD|12 Coppice Close
Penzance TR18 2HB⁆
Mobile: ⁅F|07723 518 204⁆   Email: ⁅M|cianan.fitz@sky.com⁆
Nationality: Irish   Car reg: KX19 PLT
Guests in party: 2 adults
Signature: C. ⁅N|Fitzgibbon⁆`,
  },
  {
    lang: 'en',
    kind: 'front-desk-phone-message',
    source: `WHILE YOU WERE OUT
To: Mr ⁅N|Geraghty⁆ (Duty Manager)
From: ⁅N|Órlaith Mac Conmara⁆ — wedding party, 14 rooms
Phone: ⁅F|+353 87 402 1136⁆
Message: wants to move the rehearsal dinner to Friday, please call back before 5.
Taken by: ⁅N|Siân⁆ · 11:40`,
  },
  {
    lang: 'en',
    kind: 'guest-review-reply',
    source: `Response from the owner
Dear ⁅N|Ceridwen⁆,
thank you for staying with us and for your kind words about breakfast. We're sorry the shower in room 6 let you down — ⁅N|Rhodri⁆ has since replaced the valve.
We hope to welcome you back to Glenbeigh Lodge.
⁅N|Caoimhín Ó Cinnéide⁆, General Manager`,
  },
  {
    lang: 'en',
    kind: 'booking-engine-json',
    source: `{
  "booking_ref": "RID-88213",
  "hotel": "Rideau Inn, Ottawa",
  "guest": { "first_name": "⁅N|Réjean⁆", "last_name": "⁅N|Thibodeau⁆", "email": "⁅M|rejean.thibodeau@videotron.ca⁆", "phone": "⁅F|(819) 555-0187⁆" },
  "arrival": "2026-02-13", "nights": 2,
  "client_ip": "⁅IP|24.202.118.67⁆",
  "payment": { "type": "visa", "last4": "4234" }
}`,
  },
  {
    lang: 'en',
    kind: 'plumbing-quote-letter',
    source: `Kilnworth Plumbing & Heating Ltd · Unit 7, Mintsfeet Road South, Kendal LA9 6ND · ⁅F|01539 722140⁆

Mrs ⁅N|Tomoko Shibasaki⁆
⁅AD|3 Ferrier Row
Kendal LA9 4QT⁆

Quotation Q-2291: replacement combi boiler
Dear Mrs ⁅N|Shibasaki⁆,
Further to our survey on 4 March, we are pleased to quote £2,840.00 + VAT for the supply and fit of a 30 kW combi boiler.
Any questions, please ring ⁅N|Myron Polishchuk⁆ on ⁅F|07891 223 650⁆.
Yours sincerely,
⁅N|Myron Polishchuk⁆, Gas Safe reg. 557190`,
  },
  {
    lang: 'en',
    kind: 'electrical-inspection-notes',
    source: `EICR site notes — job JS12-10459
Client: ⁅N|Ashot Avagyan⁆ (landlord), tenant ⁅N|Ginette Gallant⁆ present
Property: ⁅AD|41 Haywain Court, Hexham NE46 3AA⁆
C2: no RCD on socket circuits (board 1)
C3: bonding to gas not labelled
Tenant asked for copy: ⁅M|ginette.gallant@outlook.com⁆
Inspector: ⁅N|Siân Pritchard⁆`,
  },
  {
    lang: 'en',
    kind: 'tradie-sms-thread',
    source: `⁅F|0412 884 302⁆: g'day mate its ⁅N|Jabari⁆ from Wattle Sparkies, running 20 late sorry
me: no worries. gate code is 4471
⁅F|0412 884 302⁆: legend. ⁅N|Wafula⁆ my apprentice will grab the ladder from the ute
me: all good, ⁅N|Amani⁆ is home if you need the switchboard key`,
  },
  {
    lang: 'en',
    kind: 'callout-invoice',
    source: `TAX INVOICE 30417 — Bunbury Emergency Plumbing Pty Ltd, ABN 51 824 753 556
Bill to: ⁅N|Prasanna Jayasuriya⁆, ⁅AD|7 Billabong Crescent, Bunbury WA 6230⁆
After-hours call-out (blocked sewer), 2.5 h labour, jetter hire
Total $742.50 incl. GST
Paid: card ⁅CC|4398 7317 5959 6549⁆ (approved, ref 88120)
Enquiries accounts@bunburyplumbing.com.au`,
  },
  {
    lang: 'en',
    kind: 'proof-of-delivery-log',
    source: `POD export — Swiftspoke Couriers — route LEEDS-04
08:12  R. ⁅N|Wickramasinghe⁆        signed     photo 1
08:31  ⁅N|Chaminda Gunawardena⁆     left w/ neighbour (no. 12)
09:05  (no name)              safe place: shed
09:40  ⁅N|NIROSHA THEVARAJAH⁆         signed
Driver: ⁅N|Avner Shapira⁆ · van YD21 HKP`,
  },
  {
    lang: 'en',
    kind: 'driver-hours-timesheet',
    source: `Tanfield Haulage Ltd — weekly driver hours (tachograph summary)
Driver,Start,Finish,Driving,Breaks,Vehicle
⁅N|Kuldeep Bains⁆,05:00,15:10,8h40,0h45,NX71 TFH
⁅N|Navjot Chahal⁆,06:30,17:45,9h00,1h00,NX19 TFR
⁅N|Harleen Gill-Randhawa⁆,04:15,13:30,8h05,0h45,NX71 TFJ
Note: ⁅N|Navjot⁆ over 9h on Tue — second time this fortnight.`,
  },
  {
    lang: 'en',
    kind: 'dispatch-slack-export',
    source: `#dispatch-north
[09:02] ⁅N|Caoimhín⁆ (transport planner): anyone free for a Hexham collection at 2?
[09:04] ⁅N|Rhodri MacFarlane⁆: I'll take it if ⁅N|Myfanwy⁆ swaps me the Carlisle drop
[09:05] ⁅N|Myfanwy MacLachlainn⁆: fine. customer contact for Hexham?
[09:06] ⁅N|Caoimhín⁆ (transport planner): ⁅N|Gideon Zilberman⁆, ⁅F|01434 608 221⁆, farm gate is the second one
[09:07] ⁅N|Rhodri MacFarlane⁆: 👍`,
  },
  {
    lang: 'en',
    kind: 'seasonal-worker-file',
    source: `Seasonal Agricultural Worker file — Prairie View Farms, Alberta
Worker: ⁅N|HAVILI, TEVITA⁆   DOB: ⁅GD|04 JUL 1988⁆
Passport (TON): P7731208B — copy on file
Emergency contact: wife ⁅N|Mele Havili⁆, ⁅F|+676 771 2345⁆
Bunkhouse 3, bed 2 · start 1 May · end 15 Oct
Supervisor: ⁅N|Normand Arsenault⁆`,
  },
  {
    lang: 'en',
    kind: 'farm-accident-report',
    source: `Accident report — Clonmore Dairy Farm, Co. Tipperary
Injured person: ⁅N|Cianán Geraghty⁆ (relief milker), date of birth ⁅GD|19/08/2001⁆
What happened: kicked by cow in parlour, bruised left forearm. First aid by ⁅N|Caoilfhionn⁆.
Reported to HSA: no (no time lost)
Contact: ⁅F|085 418 2290⁆
Signed: farm manager`,
  },
  {
    lang: 'en',
    kind: 'farm-shop-newsletter',
    source: `Fenwick Farm Shop — autumn news
Pumpkin picking is back every weekend in October! Park by the Grace Darling Memorial Hall and follow the signs.
Our new cider press (order no. JS12-55021) arrives next week.
Dear Sir or Madam — yes, we still deliver veg boxes to offices: ring the shop for rates.
Fenwick Farm Shop, Fenwick Steads, Berwick-upon-Tweed TD15 2PQ`,
  },
  {
    lang: 'en',
    kind: 'club-membership-renewal',
    source: `Cumann Peile Naomh Colmcille — 2026 membership renewal
Player: ⁅N|Cianán Fitzgibbon⁆ (U14)  DOB ⁅GD|03.03.2012⁆
Parent: ⁅N|Órlaith Fitzgibbon⁆ · ⁅F|086 771 3042⁆ · ⁅M|orlaith.fitzgibbon@eircom.net⁆
Fee €90 by bank transfer to the club: ⁅IB|IE78 HBUK 7336 1153 6275 04⁆
Registrar: ⁅M|registrar.colmcille@gmail.com⁆`,
  },
  {
    lang: 'en',
    kind: 'youth-consent-form',
    source: `Oliver Cromwell Athletic Youth — photo & medical consent
Child's name: ⁅N|Haruto Inoue⁆   Date of birth: ⁅GD|12 May 2015⁆
Medical: mild asthma, inhaler in kit bag
Emergency contact 1: ⁅N|Daisuke Inoue⁆ (dad) ⁅F|07402 188 931⁆
Emergency contact 2: ⁅N|Tomoko Inoue⁆ (mum) ⁅F|07402 188 932⁆
Photos on club social media: NO`,
  },
  {
    lang: 'en',
    kind: 'rugby-match-report',
    source: `Goulburn Dirty Reds 24 – 17 Bowral Blacks
A gritty win at Cookbundoon Oval. Tries to ⁅N|Tevita Havili⁆ (2) and ⁅N|Sione Taufa⁆, with ⁅N|Wiremu Ngata⁆ kicking three conversions and a penalty. Best on ground: flanker ⁅N|Fifita⁆.
Injury: ⁅N|Tapsell⁆ (ankle) is in doubt for next week against the Eric Tweedale Stadium side.
Report by ⁅N|Mele Te Whata⁆`,
  },
  {
    lang: 'en',
    kind: 'club-agm-minutes',
    source: `Minutes — Annual General Meeting, Launceston Rowing Club
Present: 31 members. Chair: ⁅N|Aroha Tapsell⁆. Secretary: ⁅N|Imani Kiprotich⁆.
1. Treasurer ⁅N|Faraji Mwangi⁆ presented accounts (surplus $4,120).
2. Life membership for ⁅N|Gideon Landau⁆ — carried.
3. Boatshed roof: quote from Tamar Roofing accepted.
Next meeting: 5 March, clubrooms.`,
  },
  {
    lang: 'en',
    kind: 'driving-lesson-booking',
    source: `From: ⁅N|Francine Poirier⁆ <⁅M|fpoirier@shaw.ca⁆>
To: bookings@clutchandgo.ca
Subject: lessons for my son

Hi, I'd like to book 5 lessons for ⁅N|Yvon Poirier⁆ (born ⁅GD|2009-06-21⁆, class 7 learner). He's free after school Tue/Thu.
Pick-up from home: ⁅AD|2215 Prairie View Drive, Calgary AB T2P 1J9⁆
My cell is ⁅F|(403) 555-0148⁆.
Thanks, ⁅N|Francine⁆`,
  },
  {
    lang: 'en',
    kind: 'driving-test-result',
    source: `Clutch & Go Driving School — test outcome
Candidate: ⁅N|Anirban Ghoshal⁆
Result: PASS, 4 minor faults (mirrors x2, signals, moving off)
Examiner remarks: good awareness at roundabouts.
Instructor ⁅N|Debashish Dasgupta⁆ ⁅F|0433 129 774⁆ — congratulations!`,
  },
  {
    lang: 'en',
    kind: 'mot-reminder',
    source: `MOT REMINDER
Sparkplug Motors, 3 Forge Lane, Penzance TR18 4AB · ⁅F|01736 362 918⁆
Vehicle: Ford Fiesta WF14 KLT · VIN WF0DXXGAKDEA12345
Your MOT expires on 30/11. Book online or call us.
Dear customer — this reminder was sent to the registered keeper.`,
  },
  {
    lang: 'en',
    kind: 'garage-job-card',
    source: `JOB CARD 66102   Sparkplug Motors
Customer: ⁅N|Greenhalgh, Yael⁆   Tel ⁅F|07984 300 127⁆
Vehicle: Land Rover Defender 110, reg. DE63 FRN, VIN SALLDHMC8EA123456, 142,300 mi
Work: front brake discs & pads, rear wiper motor
Tech: ⁅N|Ġużeppi⁆ / checked by ⁅N|Wistin Zammit⁆
Card on collection: ⁅CC|5307 7338 9867 9985⁆`,
  },
  {
    lang: 'en',
    kind: 'wedding-catering-contract',
    source: `FORK & FIG EVENTS — CATERING AGREEMENT
Client(s): ⁅N|Meritxell Vilaró⁆ and ⁅N|Jordi Puigdemont⁆
Client address: ⁅AD|14 Shearers Lane
Goulburn NSW 2580⁆
Event: wedding reception, 110 guests, 21 November, Drill Hall, 4 Barrack Street, Goulburn NSW 2580
Deposit paid by ⁅CC|3495 424868 55779⁆
Contact on the day: ⁅N|Jordi⁆ ⁅F|+61 2 4821 6630⁆`,
  },
  {
    lang: 'en',
    kind: 'dietary-requirements-sheet',
    source: `Guest | Table | Requirement
⁅N|Shoshana Katzenelson⁆ | 2 | kosher meal (sealed)
⁅N|Sharmistha Chattopadhyay⁆ | 2 | vegetarian, no egg
⁅N|Wahidullah Achakzai⁆ | 5 | halal
⁅N|Zarmina Achakzai⁆ | 5 | halal, nut allergy — EpiPen
⁅N|Ynte Hiemstra⁆ | 7 | gluten free`,
  },
  {
    lang: 'en',
    kind: 'campsite-booking-email',
    source: `Hi there,
we'd like a powered site for our campervan from 2–9 January, 2 adults and 2 kids (6 and 9).
Our rego is 1HX 4KT (QLD). Can we bring our dog?
Cheers,
⁅N|Liene Bērziņš⁆ & ⁅N|Aivars Ozoliņš⁆
⁅AD|9 Coolabah Drive, Cairns QLD 4870⁆ · ⁅F|0438 770 215⁆ · ⁅M|liene.berzins@bigpond.com⁆`,
  },
  {
    lang: 'en',
    kind: 'campsite-incident-log',
    source: `Wattle Flat Holiday Park — incident log
23/01 21:50  Noise complaint site C12 against C14. Spoke with ⁅N|Valdis Kalniņa⁆ (C14), music off.
24/01 07:15  Child lost near amenities — ⁅N|Tõnu⁆ (5) found at pool gate, returned to dad ⁅N|Indrek Kask⁆ ⁅F|0419 223 006⁆.
24/01 13:00  Wi-Fi abuse: torrenting from ⁅IP|101.183.44.209⁆ (voucher C14) — voucher cancelled.`,
  },
  {
    lang: 'en',
    kind: 'surf-lesson-waiver',
    source: `BUNDORAN SURF CO. — PARTICIPANT WAIVER
Name: ⁅N|Aušra Žukauskas⁆     Date of birth: ⁅GD|3rd of June 1997⁆
Can you swim 50 m? Yes
Medical conditions: none
Emergency contact: ⁅N|Mindaugas Žukauskas⁆ ⁅F|+353 83 118 4027⁆
I accept the risks of surfing. Signed: A.Ž.   Date: 16/08`,
  },
  {
    lang: 'en',
    kind: 'ski-lesson-group-list',
    source: `WHISTLER KIDS CLUB — Group "Chipmunks" (ages 5–7)
1  ⁅N|Vigdís Halldórsson⁆   ⁅GD|2019-01-30⁆   parent cell ⁅F|(604) 555-0112⁆
2  ⁅N|Egill Hjálmarsson⁆     ⁅GD|2018-11-04⁆   parent cell ⁅F|(604) 555-0179⁆
3  ⁅N|Naima Cherkaoui⁆       ⁅GD|2019-07-15⁆   allergy: penicillin
Instructor: ⁅N|Houria Benslimane⁆ · radio ch. 4`,
  },
  {
    lang: 'en',
    kind: 'fire-drill-notice',
    source: `FIRE DRILL — ALL STAFF
Tuesday 10:30. Assembly point: car park by the Edith Cavell gate.
Fire wardens please collect the hi-vis vests from reception (room 001).
Contractors on site (Pemberton & Ashworth Electrical Ltd) will stop work for the drill.
Questions to the front desk.`,
  },
  {
    lang: 'en',
    kind: 'payroll-query-german-employer',
    source: `Dear ⁅N|Kadri⁆,
thank you for working the season at Hotel Alpenrose. For your final payslip we still need your German tax ID — the one you gave (⁅ST|20867093411⁆) does not match our records. Please check your letter from the Bundeszentralamt.
Your pension number ⁅RV|53020201P040⁆ seems to belong to a man born ⁅GD|2 Feb 2001⁆ — is it yours?
Refund of the deposit goes to ⁅IB|AT68 5816 2665 6712 3745⁆ unless you tell us otherwise.
Kind regards, ⁅N|Réjean Boudreau⁆ (payroll)`,
  },
  {
    lang: 'en',
    kind: 'lost-property-log',
    source: `Lost property — Rideau Inn
12/02 Room 311: grey scarf, phone charger — guest ⁅N|Ghada Tannous⁆ emailed ⁅M|ghada.tannous@rogers.com⁆, posting to ⁅AD|1450 Boulevard Taschereau, Montréal QC H2J 1M4⁆
13/02 Bar: German passport no. ⁅PP|GTJFTG73T3⁆, holder ⁅N|Rosalinde Hinteregger⁆ — see below
13/02 Passport collected by ⁅N|Rosalinde Hinteregger⁆ (ID checked)
14/02 Lobby: child's mitten, unclaimed`,
  },
  {
    lang: 'en',
    kind: 'parts-price-list',
    source: `PARTS PRICE LIST — Q1
Oil filter (Ford 1.0 EcoBoost)      £9.80
Brake pads front (Defender 110)     £64.00
Wiper blade 22"                     £11.50
VIN lookups: SALLDHMC8EA000001 etc. are free of charge.
Sparkplug Motors, 3 Forge Lane, Penzance TR18 4AB`,
  },
  {
    lang: 'en',
    kind: 'passport-scan-ocr',
    source: `[OCR page 1]
REISEPASS / PASSPORT  BUNDESREPUBLIK DEUTSCHLAND
Pass-Nr./Passport No. ⁅PP|H3TKG5PRP1⁆
Name/Surname ⁅N|HALMÁGYI⁆
Vornamen/Given names ⁅N|SZILÁRD⁆
Geburtstag/Date of birth ⁅GD|O2.1O.1975⁆
Staatsangehörigkeit DEUTSCH
(scanned at check-in, Glenbeigh Lodge, room 4)`,
  },
];
