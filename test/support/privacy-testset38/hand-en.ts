import type { HandSource } from './markup.js';

/** English hand-written documents of set 38 (hotels, travel agencies and tourism), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'hotel registration card',
    source: `GUEST REGISTRATION CARD – The Harbourview Hotel, 31 Quay Street, Auckland 1010
Confirmation: HV-771204   Room: 1408   Arrival: 02 Feb 2026   Departure: 06 Feb 2026

Surname: ⦅n:Houkamau⦆   First name: ⦅n:Waimarie⦆
Date of birth: ⦅b:17/08/1985⦆
Home address: ⦅h:14 Kowhai Road, Rotorua 3010⦆
Mobile: ⦅t:+64 21 447 9031⦆   Email: ⦅m:waimarie.houkamau@xtra.co.nz⦆
Vehicle: none   Newsletter: no
Guest signature: ________`,
  },
  {
    lang: 'en',
    kind: 'front desk email thread with quoted reply',
    source: `From: ⦅n:Arapeta Tukukino⦆ <⦅m:arapeta.t@gmail.com⦆>
To: frontdesk@lakesidelodge-queenstown.co.nz
Subject: Re: Late check-out

Kia ora, that works, thanks! We'll leave the bags at reception.
⦅n:Arapeta⦆

On Tue, 14 Jan, Lakeside Lodge Front Desk wrote:
> Hi ⦅n:Arapeta⦆, late check-out until 1 pm is fine for room 22 at no charge. For anything urgent call us on 03 442 8810.
> Kind regards, ⦅n:Ataahua Takerei⦆, Guest Services`,
  },
  {
    lang: 'en',
    kind: 'travel insurance claim form',
    source: `TRAVEL INSURANCE – MEDICAL EXPENSES CLAIM   Policy: TI-4480192   Claim ref: CL-26-09931

Insured: ⦅n:Tatevik Yeghiazaryan⦆   DOB: ⦅b:22 March 1993⦆
Address: ⦅h:Flat 3, 27 Ferndale Road, London SW4 7RN⦆
Phone: ⦅t:07700 184 392⦆
Incident: fractured wrist, ski slope, Val Thorens, 11 Jan 2026
Treatment: Clinique des Belleville (invoice EUR 1,214.50 paid by card ⦅c: ⦆)
Refund to: ⦅i:GB g⦆ (account holder ⦅n:Tatevik Yeghiazaryan⦆)
Declaration signed 20 Jan 2026`,
  },
  {
    lang: 'en',
    kind: 'tour operator rooming list spreadsheet',
    source: `Rooming list – Kilimanjaro & Zanzibar, dep. 03 Sep 2026 (operator ref SAF-26-118)
room,type,last_name,first_name,dob,passport_country,diet
1,TWN,⦅n:Mwansasu⦆,⦅n:Riziki⦆,⦅b:1979-11-02⦆,TZ,
1,TWN,⦅n:Lugendo⦆,⦅n:Pendo⦆,⦅b:1981-06-19⦆,TZ,halal
2,SGL,⦅n:Nyalandu⦆,⦅n:Khamisi⦆,⦅b:1972-01-27⦆,KE,
3,DBL,⦅n:Mbilinyi⦆,⦅n:Asha⦆,⦅b:1988-08-08⦆,GB,vegan
Tour leader on the ground: ⦅n:Korbla Agbodza⦆ ⦅t:+255 754 318 226⦆`,
  },
  {
    lang: 'en',
    kind: 'cruise passenger manifest extract',
    source: `PASSENGER MANIFEST – MV Southern Aurora – Voyage SA2604 (Sydney → Nouméa) – CONFIDENTIAL PORT COPY
CABIN  NAME                         DOB          NAT  EMERG. CONTACT
7012   ⦅n:Isikeli Tikoisuva⦆            ⦅b:04-06-1961⦆   FJ   ⦅t:+679 992 4418⦆
7012   ⦅n:Vasemaca Naqelevuki⦆          ⦅b:15-09-1964⦆   FJ   same
7016   ⦅n:Loimata Taetuna⦆              ⦅b:30-12-1990⦆   WS   ⦅t:+685 77 24619⦆
7020   ⦅n:Luamanu Leavasa⦆              ⦅b:02-02-1987⦆   NZ   ⦅t:+64 27 530 1182⦆
Total on this page: 4   Embarkation: 11 Apr 2026`,
  },
  {
    lang: 'en',
    kind: 'dive shop liability release',
    source: `Coral Edge Divers, Nusa Lembongan – Liability Release & Medical Statement

Diver: ⦅n:Sitsofe Attipoe⦆   Date of birth: ⦅b:March 3rd, 1994⦆
Home address: ⦅h:221 Victoria Street, Cape Town 8001⦆, South Africa
Certification: PADI Advanced, cert no. on file
Emergency contact: ⦅n:Eyram Dzamesi⦆, ⦅t:+27 82 418 6620⦆
I confirm none of the listed medical conditions apply to me.
Signed at Jungutbatu, 9 Aug 2026`,
  },
  {
    lang: 'en',
    kind: 'complaint letter to hotel with refund request',
    source: `⦅n:Nasteexo Hiiraal⦆
⦅h:58 Chapel Street, Leicester LE1 5GL⦆
⦅m:nasteexo.hiiraal@hotmail.co.uk⦆

Guest Relations Manager, Grand Oasis Resort, Sharm El Sheikh
Booking: GO-2026-55190

Dear Sir or Madam,
I stayed at your resort from 2 to 9 June with my brother ⦅n:Khadar Jimcaale⦆. The air conditioning in room 3104 failed for five nights and we were never moved. I request a refund of three nights (USD 540) to my card ending 4471.
Yours faithfully,
⦅n:Nasteexo Hiiraal⦆`,
  },
  {
    lang: 'en',
    kind: 'travel agent visa support letter',
    source: `Horizon Journeys Pty Ltd · Level 4, 120 Collins Street, Melbourne VIC 3000 · ABN 41 118 552 073

To the Visa Section, Embassy of Japan, Canberra

Re: Tour participant ⦅n:Kulap Khemthong⦆, born ⦅b:11 November 1996⦆

We confirm that the above traveller has booked and fully paid our "Kyoto & Kumano Kodo" walking tour, 14–26 Oct 2026 (booking HJ-8820). Her Australian residential address is ⦅h:9 Rosella Court, Box Hill VIC 3128⦆.
Please contact our visa desk on 03 9650 2210 or visas@horizonjourneys.com.au for any questions.

⦅n:Phakphum Nilsuwan⦆, Group Travel Consultant, direct ⦅t:03 9650 2217⦆`,
  },
  {
    lang: 'en',
    kind: 'ski school lesson booking chat',
    source: `Chat – Whistler Peak Snow School (web widget)
[10:14] Visitor: hi, can I book a private snowboard lesson for my son, 12, on Dec 28?
[10:15] Agent ⦅n:Gurvan Cadiou⦆: Sure! Morning or afternoon?
[10:15] Visitor: morning. My name is ⦅n:Lenaïg Penven⦆, his is ⦅n:Konogan Kerboul⦆
[10:16] Agent ⦅n:Gurvan Cadiou⦆: Booked 9:00–12:00, meeting point Olympic Station. I'll text the confirmation, what's your cell?
[10:16] Visitor: ⦅t:+1 604 828 3315⦆
[10:17] Agent ⦅n:Gurvan Cadiou⦆: Done, ref WPS-44102. Payment link comes by SMS.`,
  },
  {
    lang: 'en',
    kind: 'campground reservation confirmation',
    source: `Sunset Mesa RV Park – Reservation Confirmation #R-20931
Guest: ⦅n:Txawj Heu⦆
Phone: ⦅t:(651) 330-4872⦆   Email: ⦅m:txawj.heu@yahoo.com⦆
Mailing address: ⦅h:1842 Arcade Street, Saint Paul, MN 55106⦆
Site 17 (full hookup), Jul 3 – Jul 8, 2026, 2 adults 2 children
Deposit $85 charged. Quiet hours 10 pm – 7 am. Office: (928) 555-0100 is for park business only.`,
  },
  {
    lang: 'en',
    kind: 'hotel payroll onboarding form Germany',
    source: `Seasonal staff onboarding – Hotel Alpsee Resort (Bavaria), English version for international staff

Full name: ⦅n:Sreynich Phirun⦆
Date of birth: ⦅b:1999-02-25⦆
German address: ⦅h:Seestraße 14, 87645 Schwangau⦆
German tax ID (Steuer-ID): ⦅x:⦆
Social security number (Rentenversicherungsnummer): ⦅s:25021999 Phirun f⦆
Salary account: ⦅i:DE g⦆
Role: housekeeping, start 1 May 2026`,
  },
  {
    lang: 'en',
    kind: 'lost and found enquiry web form',
    source: `Lost & Found enquiry – submitted via website (Hotel Miramar Lisboa)
Name: ⦅n:Chanmony Hout⦆
Email: ⦅m:chanmony.hout@icloud.com⦆
Phone: ⦅t:+351 912 448 130⦆
Stay: room 517, 18–21 Sep 2026
Item: grey Kindle in a green case, probably left on the bedside table
Submitted from IP: ⦅a:188.81.47.203⦆
Status: found by housekeeping, shipping quote sent (CTT, 14.90 EUR)`,
  },
  {
    lang: 'en',
    kind: 'tour guide incident report',
    source: `INCIDENT REPORT – Walking tour "Medina Secrets", Marrakech, 15 Oct 2026
Guide: ⦅n:Alioune Gaye⦆ (licence no. held by agency)
Participant injured: ⦅n:Ndella Sène⦆, age 64, slipped on wet steps near Ben Youssef
Action: first aid, taxi to Clinique Internationale; tour continued with co-guide ⦅n:Rokhaya Dieng⦆
Participant's hotel: Riad Dar Anika; her phone ⦅t:+33 6 47 18 92 05⦆
Insurance notified (agency policy), report filed to office@medina-walks.ma`,
  },
  {
    lang: 'en',
    kind: 'booking platform partner message',
    source: `Message from guest via partner extranet – Reservation 4102 883 519
Guest name: ⦅n:Sanzhar Temirkhanov⦆
"Hello, we will arrive very late (around 1 am) because our flight from Almaty is delayed. Please keep the room. If needed call me: ⦅t:+7 701 455 2098⦆. Thank you, ⦅n:Sanzhar⦆"
Reply from property: "Dear guest, no problem, the night porter will have your key ready. — Reception, Hotel Stadtpark Vienna"`,
  },
  {
    lang: 'en',
    kind: 'travel agency CRM client note',
    source: `Client record – Meridian Travel (internal)
Client: ⦅n:Hrachya Mnatsakanyan⦆   DOB: ⦅b:05/14/1971⦆
Home: ⦅h:711 N Glendale Ave, Glendale, CA 91206⦆
Cell: ⦅t:(818) 246-7731⦆   Email: ⦅m:hrachya.m@sbcglobal.net⦆
Preferences: aisle seat, no red-eyes, Marriott Bonvoy member
Trips: Yerevan family visit (Aug), Lisbon anniversary with ⦅n:Lilit Arakelyan⦆ (Nov)
Card on file: tokenised by payment provider, not stored here.`,
  },
  {
    lang: 'en',
    kind: 'hostel house rules (no personal data)',
    source: `Welcome to Backpackers Base Hanoi!
- Check-in from 2 pm, check-out by 11 am. Luggage storage free on the day of departure.
- Quiet hours 11 pm – 7 am in dorms. The rooftop bar closes at midnight.
- Free walking tour every day at 9 am from the lobby.
- Motorbike rental only with a valid international licence.
- Lost keycard: 100,000 VND.
Reception 24/7: +84 24 3926 1188 · hello@backpackersbase.vn`,
  },
  {
    lang: 'en',
    kind: 'airport transfer driver dispatch SMS log',
    source: `Dispatch log – Cancun Shuttle Services – 22 Dec
06:40 SMS to driver ⦅n:Hipólito Coaquira⦆: pick up ⦅n:Eusebia Ccallo⦆ +2, Hyatt Ziva lobby 07:15, flight AM 571
06:41 SMS to guest ⦅t:+52 998 214 6630⦆: "Your driver ⦅n:Hipólito⦆, white van 27, will meet you at 07:15"
07:22 Driver: guest not in lobby; calling
07:25 Driver: picked up, en route CUN T3
Office line for guests: 998 881 0400`,
  },
  {
    lang: 'en',
    kind: 'safari lodge guest health questionnaire',
    source: `Mara Ridge Camp – Pre-arrival questionnaire
Guest 1: ⦅n:Hakimi bin Kamaruzaman⦆, born ⦅b:8 July 1980⦆
Guest 2: ⦅n:Syahirah binti Salleh⦆, born ⦅b:23 April 1984⦆
Dietary: halal, no shellfish
Medical: guest 2 asthma (inhaler), please keep a spare at the lodge
Contact while travelling: ⦅m:syahirah.salleh@yahoo.com.my⦆, ⦅t:+60 12 384 7719⦆
Arrival: bush flight from Wilson, 12 Aug, 11:30`,
  },
  {
    lang: 'en',
    kind: 'Japanese ryokan booking form',
    source: `Ryokan Hoshizora – Booking request (English form)
Name: ⦅n:Ardita Bushati⦆ / companion ⦅n:Skënder Topalli⦆
Address: ⦅h:Rruga e Kavajës 112, 1001 Tirana⦆, Albania
Email: ⦅m:ardita.bushati@gmail.com⦆
Phone in Japan (rental SIM): ⦅t:090-4471-2286⦆
Dates: 3 nights from 20 Mar 2026, kaiseki dinner, private onsen 19:00
Payment on arrival (cash or card).`,
  },
  {
    lang: 'en',
    kind: 'hotel chargeback dispute evidence',
    source: `CHARGEBACK RESPONSE – Merchant: Hotel Riverside Prague – Case CB-778211
Cardholder: ⦅n:Dauda Malumfashi⦆
Card: ⦅c:-⦆ (full PAN provided by acquirer in the dispute notice)
Reason code: 13.1 services not provided
Evidence: signed registration card (stay 4–7 May 2026, room 214), folio, key card log, CCTV still of check-in.
Guest's booking email: ⦅m:dauda.malumfashi@outlook.com⦆; guest's IP at online check-in: ⦅a:102.89.33.141⦆
Prepared by ⦅n:Saverju Pace⦆, Revenue & Payments`,
  },
  {
    lang: 'en',
    kind: 'tour cancellation notice (no personal data)',
    source: `NOTICE – Milford Sound cruise cancellations, Thursday
Due to a heavy rain warning and a slip on SH94, all coach-cruise-coach tours departing Queenstown and Te Anau on Thursday are cancelled. Passengers will be refunded in full automatically to their original payment method within 10 working days, or may rebook free of charge.
Operator hotline 0800 264 536 (free within NZ), bookings@fiordlandtours.co.nz`,
  },
  {
    lang: 'en',
    kind: 'homestay host listing message',
    source: `Hi there! I'm ⦅n:Paj Ntaub Kue⦆ and I host the two guest rooms in my house near Luang Prabang night market. Breakfast is included and my brother ⦅n:Choua Thor⦆ can drive you to Kuang Si falls.
Please message me on WhatsApp ⦅t:+856 20 5544 7712⦆ before arrival.
Address: ⦅h:House 88, Ban Xieng Mouane, Luang Prabang 06000⦆`,
  },
  {
    lang: 'en',
    kind: 'expedition cruise medical and passport form',
    source: `Antarctic Horizons – Passenger Medical & Travel Document Form (Voyage AH-27-03)

Passenger: ⦅n:Dagbjört Þráinsdóttir⦆   DOB: ⦅b:1958-10-07⦆
Nationality: German (resident in Norway)
German passport number: ⦅r:⦆   Expiry: 2031
German ID card (second document): ⦅k:⦆
Home address: ⦅h:Storgata 14, 9008 Tromsø⦆
Emergency contact: ⦅n:Snædís Hjörleifsdóttir⦆ ⦅t:+354 774 2208⦆`,
  },
  {
    lang: 'en',
    kind: 'hotel staff Slack thread',
    source: `#frontoffice (Slack)
⦅n:Marjanna Formosa⦆ 07:52 — VIP arriving today 14:00: ⦅n:Uuganbayar Luvsandorj⦆, suite 901, amenity: fruit + card from GM
⦅n:Grezzju Mallia⦆ 07:55 — noted. He emailed from ⦅m:uuganbayar.l@mongolia-trade.mn⦆ asking for an airport car
⦅n:Marjanna Formosa⦆ 07:56 — ok, book Malta Limo, charge to room. His PA is ⦅n:Anujin Erdenechimeg⦆, mobile ⦅t:+976 9911 4083⦆
⦅n:Grezzju Mallia⦆ 07:58 — 👍`,
  },
  {
    lang: 'en',
    kind: 'vacation rental damage claim',
    source: `Damage claim – Beach House "Sea Glass", Byron Bay – Stay 10–17 Jan 2026
Guest: ⦅n:Kifayatullah Sulaimankhel⦆
Guest contact: ⦅m:kifayat.sk@gmail.com⦆, ⦅t:0423 881 407⦆
Damage: broken glass table top (replacement AUD 620, quote attached), red wine stain on sofa (cleaning AUD 180)
Bond held: AUD 1,000. Proposed deduction AUD 800, balance to be returned to ⦅i:GB⦆ as requested by the guest.
Host: ⦅n:Nazo Sadozai⦆, ⦅h:3/14 Lawson Street, Byron Bay NSW 2481⦆`,
  },
  {
    lang: 'en',
    kind: 'group tour operations memo (no personal data)',
    source: `OPS MEMO 26/14 – Peru Classic departures
1. From April all Machu Picchu entries are timed: circuit 2 (classic) slots 06:00–10:00 only. Book slots at least 60 days before departure.
2. Inca Rail vs PeruRail: use Inca Rail for groups over 12 (group fare 18% lower).
3. Cusco hotel allocation: Hotel Monasterio 4 rooms per departure, release 21 days.
4. Altitude briefing on day 1 is mandatory; guides carry oxygen.
Questions: ops@andeanroutes.pe`,
  },
  {
    lang: 'en',
    kind: 'hotel guest feedback survey export',
    source: `survey_id,submitted,stay_nights,score,comment,contact_ok,name,email
88120,2026-09-03,4,9,"Loved the rooftop pool",yes,⦅n:Ilhaan Geelle⦆,⦅m:ilhaan.geelle@gmail.com⦆
88121,2026-09-03,2,4,"Room next to the lift, very noisy",no,,
88122,2026-09-04,7,10,"Staff member ⦅n:Talatu Tsanyawa⦆ at breakfast was wonderful",yes,⦅n:Ummulkhair Gezawa⦆,⦅m:ummulkhair.g@yahoo.com⦆`,
  },
  {
    lang: 'en',
    kind: 'travel insurance baggage delay claim email',
    source: `Subject: Claim – delayed baggage, flight TK 1724
Hello, my suitcase arrived 3 days late in Istanbul (PIR ISTTK41208). I bought basic clothes and toiletries for EUR 236 (receipts attached).
Policyholder: ⦅n:Ljupčo Trpkovski⦆, born ⦅b:28 August 1963⦆
Address: ⦅h:Bulevar Partizanski Odredi 41, 1000 Skopje⦆
Please pay to ⦅i:AT g⦆.
Best regards, ⦅n:Ljupčo⦆ — ⦅t:+389 70 244 318⦆`,
  },
  {
    lang: 'en',
    kind: 'surf camp waiver and emergency contact',
    source: `Surf Camp Ericeira – Waiver
Participant: ⦅n:Sandris Mežulis⦆, ⦅b:19.04.2004⦆
Can swim 200 m: yes   Previous surf experience: beginner
Emergency contact: ⦅n:Agnese Kļaviņa⦆ (mother), ⦅t:+371 2630 1187⦆
Email for photos: ⦅m:sandris.mezulis@inbox.lv⦆
I accept the camp's terms and the risks of surfing.`,
  },
  {
    lang: 'en',
    kind: 'hotel night audit exception report',
    source: `NIGHT AUDIT – EXCEPTIONS – 2026-11-08 – Hotel Pacifico Lima
Room 612 ⦅n:Melchora Sucasaca⦆: card declined at pre-auth (card ⦅c:⦆), guest to settle at check-out
Room 708 ⦅n:Grimaldo Villca⦆: no-show, charged 1 night per policy
Room 311: rate override 320 → 280 PEN (approved by duty manager)
Room 415 ⦅n:Huáscar Choquehuanca⦆: extra bed added, phone on file ⦅t:+51 987 441 206⦆
Auditor: ⦅n:Eusebia Ccallo⦆`,
  },
  {
    lang: 'en',
    kind: 'base64 guest token in support ticket',
    source: `Support ticket #55312 – Booking engine: guest cannot open "manage booking" link
Link from the confirmation email: https://book.palmhotels.example/manage?g=⦅m:c2FtYXJhd2VlcmEuamFuaXRoQGdtYWlsLmNvbQ==⦆&b=PH-22019
The g parameter is the guest's email address in base64; decoded it matches the booking, so the link itself is fine. The guest (⦅n:Janith Samaraweera⦆) opens it in an in-app browser that strips the "==" padding.
Workaround sent: open in Safari. Closing.`,
  },
];
