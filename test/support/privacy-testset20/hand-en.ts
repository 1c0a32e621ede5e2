import type { HandSource } from './markup.js';

/** English hand-written documents of set 20 (marks as described in markup.ts). */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Ambulance service patient report form',
    source: `EAST MIDLANDS AMBULANCE SERVICE – PATIENT REPORT FORM (ePRF print)
Incident: E-2026-771204   Call category: 2   Time of call: 19:42
Patient name: ⟦n:Kaawaloa, Leimomi⟧      DOB: ⟦b:09/04/1952⟧
Home address: ⟦h:14 Ferndale Close, Lincoln LN2 4QT⟧
NHS no.: see summary care record
Presenting complaint: fall from standing, # NOF suspected, L leg shortened and rotated
Next of kin: ⟦n:Kaleo Kaawaloa⟧ (son) ⟦t:07700 900417⟧
Conveyed to Lincoln County Hospital, handover 20:51. Crew: ⟦n:Kekumu⟧ / ⟦n:Kuahiwinui⟧`,
  },
  {
    lang: 'en',
    kind: '911 dispatch CAD incident printout',
    source: `CAD INCIDENT DETAIL – Multnomah County 9-1-1 (BOEC)
INC# E-2026-004871  TYPE: MEDICAL – BREATHING PROBLEMS  PRI: 1
LOC: ⟦h:2215 SE Alder St, Portland, OR 97214⟧ (RESIDENCE)
CALLER: ⟦n:TOHEE, ASDZAAN⟧  CB# ⟦t:(503) 287-4419⟧
NARR: 19:02:11 RP STATES HUSBAND ⟦n:HASHKEH⟧ 71YOM SOB, HX COPD
NARR: 19:03:40 M12 AND E19 DISPATCHED
NARR: 19:09:58 M12 ON SCENE`,
  },
  {
    lang: 'en',
    kind: 'Volunteer fire department membership application',
    source: `Cedar Ridge Volunteer Fire Department – Membership Application
Full legal name: ⟦n:Wanbli Two Bulls⟧
Date of birth: ⟦b:June 3, 1999⟧
Mailing address: ⟦h:418 Pine Hollow Rd, Rapid City, SD 57702⟧
Cell: ⟦t:605-390-2284⟧    Email: ⟦m:wtwobulls@gmail.com⟧
Prior experience: Firefighter I (2021), EMR
References: ⟦n:Tokala Iron Shell⟧ (605-341-7720 – fire station front desk, Station 2)
Background check consent: [x]`,
  },
  {
    lang: 'en',
    kind: 'Fire and rescue incident report house fire',
    source: `Scottish Fire and Rescue Service – Incident Recording System (summary)
Incident no. E-2026-330918 · Dwelling fire · 02:36
Address of incident: ⟦h:7 Harbour View, Wick KW1 4NP⟧
Occupier: ⟦n:Quilliam Faragher⟧, evacuated uninjured
Casualty: ⟦n:Aalish⟧ (granddaughter), smoke inhalation, to Caithness General
Cause: unattended chip pan. Smoke alarm present, not working.
Home Fire Safety Visit offered – call 0800 0731 999 (free).`,
  },
  {
    lang: 'en',
    kind: 'Lifeboat station service log',
    source: `RNLI Kilrush Lifeboat Station – Service Record
Date 14/08/2026  Launch 16:05  Return 17:48  ILB Atlantic 85
Tasked by Valentia Coast Guard: kayaker in difficulty off Scattery Island.
Casualty: ⟦n:Engracia Taimanglo⟧, mobile ⟦t:087 6412093⟧, recovered from water, mild hypothermia
Helm: ⟦n:Corlett⟧ · Crew: ⟦n:Kinvig⟧, ⟦n:Skillicorn⟧
Handed to National Ambulance Service at Cappagh Pier.`,
  },
  {
    lang: 'en',
    kind: 'Mountain rescue team callout log',
    source: `Keswick MRT – Callout #98/2026
Paged 15:12 by Cumbria Police (log 0412)
Location: Striding Edge, NY 346 150
Subjects: ⟦n:Oyunskaya⟧ party of two – ⟦n:Kyunney Oyunskaya⟧ (lower leg injury), ⟦n:Erkhan Sleptsov⟧
Contact phone: ⟦t:07934 218805⟧ (battery low, SMS only)
Rescue 936 winched casualty 16:40. Team stood down 17:55. 14 members, 41 man-hours.`,
  },
  {
    lang: 'en',
    kind: 'Blood donor registration form',
    source: `NHS Blood and Transplant – Register to give blood
Title: Ms   First name: ⟦n:Hinano⟧   Surname: ⟦n:Tematahotoa⟧
Date of birth: ⟦b:12 October 1994⟧
Postcode: TR1 2QN   Address line 1: ⟦h:Flat 3, 21 Lemon Street, Truro TR1 2QN⟧
Mobile: ⟦t:07812 445019⟧
Email: ⟦m:hinano.t@icloud.com⟧
Preferred venue: Truro Methodist Church Hall
I consent to NHSBT contacting me about donating.`,
  },
  {
    lang: 'en',
    kind: 'Blood donation appointment reminder email',
    source: `From: donor.appointments@blood.co.uk
To: ⟦m:teva.teriitahi@outlook.com⟧
Subject: Reminder: your appointment on Tuesday

Hello ⟦n:Teva⟧,

Thanks for booking. Your appointment is at 17:15 on Tuesday 9 December at Plymouth Guildhall.
Please drink plenty of water and eat a meal beforehand. Bring photo ID.
To change your booking, call 0300 123 23 23.

NHS Blood and Transplant`,
  },
  {
    lang: 'en',
    kind: 'Organ donor card scan',
    source: `ORGAN DONOR CARD (scanned, wallet copy)
I, ⟦n:Kalani Kekumu⟧, would like to help someone live after my death.
I want to donate: [x] any of my organs and tissue
Signature: ________   Date: 02/2019
Next of kin aware: ⟦n:Noelani Kanahele⟧ ⟦t:(808) 329-4471⟧
Date of birth: ⟦b:22 Nov 1981⟧`,
  },
  {
    lang: 'en',
    kind: 'Civil defence volunteer enrolment Ireland',
    source: `Civil Defence – Volunteer Enrolment (County Clare)
Name: ⟦n:Aflague, Chai⟧
Date of birth: ⟦b:1 March 1990⟧
Phone: ⟦t:+353 85 771 2049⟧
Email: ⟦m:chai.aflague@eircom.net⟧
Garda vetting: submitted 20/11/2026 (e-vetting ID 48813)
Skills: Casualty Services, Radio Communications
Next of kin: ⟦n:Engracia Aflague⟧`,
  },
  {
    lang: 'en',
    kind: 'Disaster relief volunteer deployment roster',
    source: `Red Cross – Flood Response Deployment Roster, Week 2
Team lead: ⟦n:Teariki Tuakana⟧ ⟦t:+64 21 408 7713⟧
Shelter Gisborne: ⟦n:Ngaa Ioaba⟧, ⟦n:Vaine Mataio⟧
Welfare checks Tolaga Bay: ⟦n:Makea Puna⟧ ⟦t:+64 27 551 9082⟧
Logistics: 2 x 4WD from Hastings depot, fuel card with team lead.
Stand-down review Friday 10:00 via Teams.`,
  },
  {
    lang: 'en',
    kind: 'Volunteer expense claim with bank details',
    source: `VOLUNTEER OUT-OF-POCKET EXPENSES CLAIM
Name: ⟦n:Heiarii Tetuanui⟧
Home address: ⟦h:56 Kingsway, Cardiff CF10 3AN⟧
Activity: Event first aid, Cardiff Half Marathon
Mileage 84 miles @ 45p = £37.80; parking £6.00
Pay to: ⟦i:GB g⟧
Signed ________ Approved by Unit Manager.`,
  },
  {
    lang: 'en',
    kind: 'Event stewarding briefing sheet',
    source: `STEWARD BRIEFING – Riverside Festival, Saturday
Gates open 11:00 · Last entry 19:30 · Curfew 22:45
Zone supervisors:
 North gate – ⟦n:Nipiy Keskayo⟧ (radio ch 3)
 Main stage pit – ⟦n:Waseya Ermineskin⟧ (radio ch 1)
Emergency: radio "Control" first; ambulance liaison at First Aid tent 2.
Lost children point: Info tent by the bandstand.
Control room (landline): 01234 567 890`,
  },
  {
    lang: 'en',
    kind: 'Security staff SIA licence check',
    source: `Door supervisor licence check – Kingfisher Arena, 06/12/2026
Name on licence: ⟦n:Sewepagaham, Pimotew⟧
SIA licence: 1014 4420 8813 0097 – valid to 08/2028
Photo ID seen: German passport ⟦r:⟧
DOB: ⟦b:30/08/1986⟧
Checked by: ⟦n:Muskego⟧ (Head of Security)`,
  },
  {
    lang: 'en',
    kind: 'Workplace accident report RIDDOR',
    source: `RIDDOR report (copy) – Specified injury to a worker
Organisation: Ribble Valley Timber Ltd, Unit 4, Salthill Industrial Estate, Clitheroe BB7 1QD
Injured person: ⟦n:Tepancal, Xochiquetzal⟧
Home address: ⟦h:33 Chatburn Road, Clitheroe BB7 2AL⟧
Date of birth: ⟦b:17/01/1979⟧
Phone: ⟦t:07491 602358⟧
Injury: fracture of the left wrist, fell from mobile elevating work platform (1.8 m)
Reported by: ⟦n:Coyotzi⟧, H&S Manager`,
  },
  {
    lang: 'en',
    kind: 'First aid book entry',
    source: `FIRST AID RECORD – Stores Building
Date/Time | Name | Injury | Treatment | First aider
05/12 08:50 | ⟦n:Kitboklang Syiemlieh⟧ | burn to back of hand (kettle) | cooled 20 min, dressing | ⟦n:Iaishah⟧
05/12 13:15 | ⟦n:Banteilang Marbaniang⟧ | headache | advised rest, no medication given | ⟦n:Wanphrang Warjri⟧`,
  },
  {
    lang: 'en',
    kind: 'Near miss log without personal data',
    source: `NEAR MISS LOG – Site 7 (Mill Road Development)
NM-112 | 01/12 | Scaffold tube dropped from lift 3 into exclusion zone; zone was clear. Action: toe boards re-fixed.
NM-113 | 03/12 | Excavator slewed within 1 m of banksman. Action: toolbox talk on slew zones.
NM-114 | 04/12 | Gas bottle stored without chain. Action: chains fitted to all cages.
Reviewed at weekly safety meeting.`,
  },
  {
    lang: 'en',
    kind: 'Lost property report form railway',
    source: `Lost Property Report – Transport for Wales
Reference: E-2026-559120
Customer name: ⟦n:Phaxsi Apaza⟧
Phone: ⟦t:07576 330981⟧   Email: ⟦m:phaxsi.apaza@proton.me⟧
Item: grey laptop rucksack, 'Lowe Alpine', contains inhaler
Journey: 17:22 Cardiff Central – Swansea, coach C
Status: found at Swansea, awaiting collection.`,
  },
  {
    lang: 'en',
    kind: 'Missing person poster',
    source: `MISSING – HAVE YOU SEEN ⟦n:HALOKE TOHEE⟧?
⟦n:Haloke⟧, 16, was last seen on Sunday 30 November in Flagstaff near the transit center.
She is 5'4", slim, with long black hair, wearing a green hoodie.
If you see ⟦n:Haloke⟧ please call Flagstaff Police on (928) 774-1414 or 911.`,
  },
  {
    lang: 'en',
    kind: 'Search and rescue subject profile',
    source: `SAR – LOST PERSON QUESTIONNAIRE (Norwegian Red Cross Search and Rescue, Tromsø)
Subject: ⟦n:Issát Valkeapää⟧   Age 67, born ⟦b:1959⟧
Home: ⟦h:Storgata 112, 9008 Tromsø⟧
Experience: very experienced, local; hunting trip alone
Equipment: orange jacket, rifle, no PLB
Phone: ⟦t:+47 913 44 207⟧ – last ping 14:40 near Tromsdalstinden
Reporting party: ⟦n:Ristiinná Valkeapää⟧ (wife), ⟦t:+47 482 19 306⟧`,
  },
  {
    lang: 'en',
    kind: 'Emergency alert public notice without personal data',
    source: `PUBLIC NOTICE – SEVERE WEATHER
A red warning for wind is in force from 04:00 to 13:00 on Thursday.
Stay indoors, secure loose objects, and do not travel unless necessary.
Schools in the county will be closed.
In an emergency call 112 or 999. Power outages: 1850 372 999.
Updates: gov.ie/severeweather`,
  },
  {
    lang: 'en',
    kind: 'CPR training schedule without personal data',
    source: `Community CPR & AED Training – Spring Schedule
Tue 13 Jan, 19:00–21:00 · Parish Hall, Ennis
Thu 12 Feb, 19:00–21:00 · GAA Clubhouse, Kilrush
Sat 14 Mar, 10:00–13:00 · Fire Station, Shannon
Free. Max 16 per session. Book via the community first responders website.`,
  },
  {
    lang: 'en',
    kind: 'Community first responder rota',
    source: `Clonakilty Community First Responders – December Rota
Week | On call | Phone
1 | ⟦n:Kōrli Kiviliꞩ⟧ | ⟦t:086 2207719⟧
2 | ⟦n:Ilzõ Damberga⟧ | ⟦t:083 9164402⟧
3 | ⟦n:Didrõk Zēnberga⟧ | ⟦t:087 3309815⟧
Defib checks: first Monday of the month. Text alert group administered by ⟦n:Lizbet⟧.`,
  },
  {
    lang: 'en',
    kind: 'Donation receipt with card payment',
    source: `Thank you for your gift!
Mountain Rescue England and Wales – Donation Receipt #88412
Donor: ⟦n:Ojel Pescosta⟧
Address: ⟦h:9 Castle Street, Kendal LA9 7AD⟧
Amount: £40.00 by card ⟦c:s⟧ (authorised 04/12/2026 21:13)
Gift Aid: yes
Online donation from IP ⟦a:86.142.77.19⟧`,
  },
  {
    lang: 'en',
    kind: 'Dispatcher shift swap text thread',
    source: `[WhatsApp export – Dispatch B-shift]
[03/12/26, 21:04] ⟦n:Kuzebai⟧: can anyone cover my nights 12th/13th? family thing
[03/12/26, 21:10] ⟦n:Ashalchi Vekshina⟧: I can do the 12th
[03/12/26, 21:11] ⟦n:Kuzebai⟧: legend. 13th anyone?
[03/12/26, 21:30] ⟦n:Lyukaz⟧: 13th fine if I can leave 06:30. my new number btw ⟦t:07700 900 862⟧`,
  },
  {
    lang: 'en',
    kind: 'Sea rescue volunteer crew application Netherlands',
    source: `KNRM – Volunteer Crew Application (English form)
Name: ⟦n:Nahuel Catrileo⟧
Date of birth: ⟦b:5 July 1997⟧
Address: ⟦h:Badhuisweg 18, 2587 CJ Den Haag⟧
Phone: ⟦t:06 41 88 2093⟧
Swimming certificate: yes · Boat licence: Klein Vaarbewijs 1
Bank account for travel allowance: ⟦i:NL⟧`,
  },
  {
    lang: 'en',
    kind: 'International deployment manifest',
    source: `USAR Team Germany – Deployment Manifest (excerpt), Team member 14
Name: ⟦n:Ernštreits, Pētõr⟧
Nationality: German   Date of birth: ⟦b:28.02.1980⟧
Passport: ⟦r:⟧
National ID card: ⟦k:⟧
Role: Rescue specialist, canine handler (dog "Ruska")
Emergency contact: ⟦n:Jūlijõ Ernštreits⟧ ⟦t:+49 171 3390428⟧`,
  },
  {
    lang: 'en',
    kind: 'Volunteer portal audit log',
    source: `volunteer-portal audit.log (filtered: user changes)
2026-12-02T18:41:07Z login ok user=⟦m:aidysmaa.kuular@yahoo.co.uk⟧ ip=⟦a:82.31.144.209⟧
2026-12-02T18:42:55Z profile.update phone -> ⟦t:07812 330 145⟧
2026-12-03T07:12:30Z login failed user=⟦m:saryglar.dongak@gmail.com⟧ ip=⟦a:2a02:c7c:3a41:9a00::5e⟧
2026-12-03T07:12:49Z login ok user=⟦m:saryglar.dongak@gmail.com⟧ ip=⟦a:2a02:c7c:3a41:9a00::5e⟧`,
  },
  {
    lang: 'en',
    kind: 'Lifeguard certification register',
    source: `Surf Life Saving – Bronze Medallion Register, Piha club
Member | DOB | Award date | Assessor
⟦n:Tangaroa Ioaba⟧ | ⟦b:14/02/2008⟧ | 29/11/2026 | ⟦n:Tupou-Ariki⟧
⟦n:Mii Tatuava⟧ | ⟦b:03/06/2009⟧ | 29/11/2026 | ⟦n:Tupou-Ariki⟧
⟦n:Ngaa Rongo⟧ | ⟦b:21/09/2008⟧ | 29/11/2026 | ⟦n:Tupou-Ariki⟧`,
  },
  {
    lang: 'en',
    kind: 'Tenancy fire safety check record',
    source: `Home Fire Safety Check – Record of Visit (Dublin Fire Brigade)
Occupant: ⟦n:Ohvo Kalinkin⟧
Phone: ⟦t:01 8874 213⟧ (home)
Smoke alarms fitted: 2 (hall, landing). CO alarm: advised.
Escape plan discussed; occupant uses a walking frame – referral to HSE OT.
Officer: ⟦n:Semoi Ahtijev⟧`,
  },
  {
    lang: 'en',
    kind: 'Event medical cover invoice paid by card',
    source: `INVOICE 2026-118 – Event Medical Cover
Client: ⟦n:Iyun Bekmemetyev⟧ (private wedding, Marquee at Kinsale)
Billing address: ⟦h:4 Malone Park, Belfast BT9 6NJ⟧
Two first aiders, 14:00–01:00: €520.00
Paid: card ending ⟦c:d⟧
Note: billing contact email ⟦m:iyun.bekmemetyev@gmail.com⟧`,
  },
  {
    lang: 'en',
    kind: 'Incident debrief minutes without personal data',
    source: `Multi-agency debrief – Motorway pile-up, M6 J36–J37
Attendees: Police (Roads Policing), Fire and Rescue, Ambulance (HART), Highways
1. Initial RVP at Killington services worked well; second RVP not communicated to HART.
2. Airwave talkgroup congestion 08:10–08:40; request dedicated incident talkgroup.
3. Welfare for stranded motorists: buses arrived after 2h40m.
Actions: joint exercise in Q2; review of RVP communication protocol.`,
  },
  {
    lang: 'en',
    kind: 'Lost child report at festival',
    source: `LOST / FOUND CHILD REPORT – Welfare Tent, Greenfields Festival
Time reported: 15:47   Reported by: parent
Child: ⟦n:Chumani⟧ (age 6), pink wellies, unicorn T-shirt
Parent/carer: ⟦n:Kimimela Yellow Hawk⟧, mobile ⟦t:07491 883 206⟧
Last seen: queue for the carousel, Kids' Field
Radio message to all stewards 15:49. Child found at Info tent 16:05, reunited 16:08 (ID of parent checked).
Welfare officer: ⟦n:Ohanzee⟧`,
  },
];
