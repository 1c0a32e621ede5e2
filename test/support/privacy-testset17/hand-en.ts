/** Set 17's English hand-written documents: care and everyday services in the UK, IE, US, AU, IN, KE, NL. */
export const HAND_EN: { lang: 'en'; kind: string; source: string }[] = [
  {
    lang: 'en',
    kind: 'care-home-admission',
    source: `Admission summary – Heatherbrae Care Home, Room 6
Resident: ⟦p|Iseabail Menzies⟧ (prefers "⟦p|Bel⟧")
DOB: ⟦b|12/08/1939⟧
Previous address: ⟦h|14 Cowgate Wynd, Dundee DD1 4QT⟧
Next of kin: daughter ⟦p|Beathag Carmichael⟧, ⟦t|07700 900418⟧, ⟦e|beathag.carmichael@btinternet.com⟧
GP: Nethergate Medical Practice. DNACPR in place – see folder.`,
  },
  {
    lang: 'en',
    kind: 'home-care-visit-log',
    source: `Visit log – Client ⟦p|Dughall Sutherland⟧
Mon 09:15 carer ⟦p|Lachann Tulloch⟧: assisted wash, breakfast (porridge), meds prompted. Mood good.
Mon 13:00 carer ⟦p|Curstag⟧: lunch declined, fluids 300 ml. Left note for family.
Mon 18:30 carer ⟦p|Lachann Tulloch⟧: key safe code changed by son, new code in office only.`,
  },
  {
    lang: 'en',
    kind: 'mar-chart',
    source: `MEDICATION ADMINISTRATION RECORD – November – Room 11
Resident: ⟦p|Pettiford, Keisha⟧   Allergies: penicillin
Amlodipine 5 mg   08:00  ✓✓✓✓✓✓✓
Sertraline 50 mg  08:00  ✓✓✓R✓✓✓   (R = refused 04/11)
Paracetamol 1 g PRN – given 2x, see notes.
Signed: ⟦p|Ebony Toussaint⟧ (senior carer)`,
  },
  {
    lang: 'en',
    kind: 'care-plan-review-minutes',
    source: `Care plan review – 6-monthly – 10 Nov 2026
Present: ⟦p|Darnell Mayweather⟧ (resident), ⟦p|Tyrell Boykin⟧ (nephew, LPA health & welfare), ⟦p|Kinsley Sumrall⟧ (care manager)
1. Mobility: walking frame indoors, wheelchair for outings.
2. Nutrition: weight stable at 68 kg.
3. Nephew asked for updates by e-mail: ⟦e|tboykin74@outlook.com⟧
Next review May 2027.`,
  },
  {
    lang: 'en',
    kind: 'shift-handover-sheet',
    source: `NIGHT → EARLY HANDOVER  Ward B  06:55
Rm 2 ⟦p|Hadley Honeycutt⟧ – restless 02:00–03:30, settled with warm drink.
Rm 4 empty (deep clean).
Rm 5 ⟦p|Colt Goodnight⟧ – catheter bag changed 05:00. Wife will visit 10:00.
On-call manager tonight: ⟦p|Everleigh Tolliver⟧ ⟦t|(615) 555-0142⟧`,
  },
  {
    lang: 'en',
    kind: 'pharmacy-collection-slip',
    source: `Greenway Pharmacy · Prescription ready for collection
Patient: ⟦p|Ríona Fahy⟧
Items: Levothyroxine 50 mcg x 28, Omeprazole 20 mg x 28
Collected by: ⟦p|Dáithí Keohane⟧ (partner) – ID seen
Date: 13/11/2026 – Staff: ⟦p|Feidhlim Scanlan⟧`,
  },
  {
    lang: 'en',
    kind: 'pharmacy-delivery-round',
    source: `Delivery round – Thursday – Driver ⟦p|Jithin Puthenveettil⟧ ⟦t|+44 7911 123480⟧
1. ⟦p|Revathy Chirayath⟧, ⟦h|27 Kingsley Road, Leicester LE2 1NB⟧ – fridge item!
2. ⟦p|Greeshma Kuruvilla⟧, ⟦h|Flat 3, 9 Beaumont Walk, Leicester LE4 0ES⟧
3. Hillcrest Care Home, 40 London Road – 6 bags (do not leave with residents)`,
  },
  {
    lang: 'en',
    kind: 'pharmacy-chat-india',
    source: `[10:04] Customer: Hi, do you have Dolo 650? Deliver to ⟦h|B-402, Sai Krupa Apartments, Baner, Pune 411045⟧
[10:06] Apollo Care Pharmacy: Yes, 15 tabs ₹30.91. Name and number please
[10:07] Customer: ⟦p|Anushka Rajpurohit⟧, ⟦t|+91 98220 41736⟧
[10:08] Apollo Care Pharmacy: Done, order #PH-88214, delivery by 12:30.`,
  },
  {
    lang: 'en',
    kind: 'gym-membership-form',
    source: `IRONBARK GYM – MEMBERSHIP APPLICATION
Full name: ⟦p|Tahlia Cheeseman⟧
Date of birth: ⟦b|3 February 1995⟧
Address: ⟦h|8/41 Darby Street, Cooks Hill NSW 2300⟧
Mobile: ⟦t|0412 557 093⟧
Emergency contact: ⟦p|Lachie Dunstan⟧ ⟦t|0438 116 224⟧
Payment: fortnightly direct debit $29.95`,
  },
  {
    lang: 'en',
    kind: 'personal-trainer-notes',
    source: `PT notes – client ⟦p|Darcy Pockley⟧ – wk 6
Squat 80 kg 5x5 (up from 70). Deadlift form ok. Left shoulder niggle – no overhead press.
Check-in text to ⟦t|0400 381 622⟧ on Sunday re sleep.
Trainer: ⟦p|Mackenzie Wakelin⟧`,
  },
  {
    lang: 'en',
    kind: 'sports-club-committee-minutes',
    source: `Minutes – Kilimani Athletics Club committee, 8 Nov
Present: ⟦p|Chelimo Rotich⟧ (chair), ⟦p|Kibet Korir⟧ (treasurer), ⟦p|Jepkosgei Kiptoo⟧
1. Track hire from county: KSh 4,000 per session.
2. New junior members: ⟦p|Chepngetich Langat⟧ (U15), parent contact ⟦t|+254 722 418 905⟧
3. Subscriptions via M-Pesa paybill 522533, account = membership no.`,
  },
  {
    lang: 'en',
    kind: 'salon-appointment-book',
    source: `Glow Hair & Beauty, 12 Quay Street, Galway · ⟦t|091 562 118⟧
TUE 18 NOV
10:00 Cut & blow-dry – ⟦p|Tomás Óg Mac Craith⟧ – 45 min
10:45 Balayage – ⟦p|Ríona Ní Fhlannagáin⟧ – ⟦t|087 213 4490⟧ – patch test done 11/11
13:00 Gel nails – walk-in
14:30 Brow lamination – ⟦p|Ríona Fahy⟧`,
  },
  {
    lang: 'en',
    kind: 'beauty-consultation-form',
    source: `Laser hair removal – consultation
Client: ⟦p|Marama Poutama⟧   DOB ⟦b|1991-10-07⟧
Skin type (Fitzpatrick): IV. Medications: none. Tattoos in area: no.
Consent signed. Course: 6 sessions, 4 weeks apart.
Therapist: ⟦p|Anahera Whakamoe⟧`,
  },
  {
    lang: 'en',
    kind: 'driving-school-booking',
    source: `Booking confirmation – Redline Driving School
Learner: ⟦p|Bronte Mulgrew⟧, ⟦e|bronte.mulgrew@bigpond.com⟧
Lesson: 2 hrs, pickup from ⟦h|15 Ocean View Parade, Torquay VIC 3228⟧
Instructor: ⟦p|Mundara Wanambi⟧ ⟦t|0455 720 318⟧
Booking ref BK-60218. Licence number on file.`,
  },
  {
    lang: 'en',
    kind: 'driving-test-feedback',
    source: `Mock test feedback – ⟦p|Yindi Wandjuk⟧
Result: 3 minors (mirrors on roundabout, late signal, hesitant at junction), 0 serious.
Ready for test. Suggested date via the DVSA site. Notes sent by ⟦p|Kaiya Djerrkura⟧.`,
  },
  {
    lang: 'en',
    kind: 'wedding-planner-contract',
    source: `WEDDING PLANNING AGREEMENT
Between Everafter Events Ltd, 3 Mill Lane, Bath BA1 1HF (the Planner) and
⟦p|Eluned Gwynne⟧ and ⟦p|Heddwyn Pughe⟧ of ⟦h|Ty Gwyn, 5 Heol y Felin, Cardiff CF14 2AB⟧ (the Couple).
Date of wedding: 19 September 2026. Fee £3,200, deposit £800 paid by card ⟦c| ⟧.
Planner contact: hello@everafter-events.co.uk, 01225 480 771`,
  },
  {
    lang: 'en',
    kind: 'dating-app-report',
    source: `Safety report #SR-77120 (trust & safety queue)
Reporter: ⟦p|Idwal Trefor⟧ (user 55102)
Reported: user 81944 "⟦p|Gallus⟧" – asked for money, moved chat to ⟦t|+44 7700 900771⟧
Reporter IP at submission: ⟦a|2001:db8:4f1a::17⟧
Action: account suspended pending review.`,
  },
  {
    lang: 'en',
    kind: 'event-rsvp-list',
    source: `RSVP – 40th birthday, Sat 29 Nov, The Boathouse
Name | Guests | Dietary | Contact
⟦p|Nithya Alagarsamy⟧ | 2 | veg | ⟦e|nithya.a@yahoo.co.in⟧
⟦p|Maran Sundaralingam⟧ | 1 | – | ⟦t|+91 94440 18275⟧
⟦p|Vetri Pazhanivel⟧ | 3 | nut allergy (child) | –`,
  },
  {
    lang: 'en',
    kind: 'photographer-model-release',
    source: `MODEL RELEASE
I, ⟦p|Haseya Bitsui⟧, born ⟦b|06/21/1988⟧, of ⟦h|2207 Navajo Trail, Flagstaff, AZ 86001⟧,
grant Redrock Photo LLC the right to use photographs taken on 11/02/2026 for portfolio and web.
Minor also photographed: ⟦p|Bidziil Etsitty⟧ (parent signs below).
Signature: ____________  Witness: ⟦p|Ashkii Tsinajinnie⟧`,
  },
  {
    lang: 'en',
    kind: 'photo-order-email',
    source: `From: "⟦p|Doli Begaye⟧" <⟦e|doli.begaye@navajo-mail.net⟧>
To: orders@redrockphoto.com
Subject: prints from Saturday

Hi, could I get 2x 8x10 of image 0147 and 0152? Please ship to ⟦h|418 W Aspen Ave, Gallup, NM 87301⟧.
Thanks, ⟦p|Doli⟧`,
  },
  {
    lang: 'en',
    kind: 'tutor-progress-report',
    source: `Tutoring progress report – Term 1
Student: ⟦p|Arijit Sinharoy⟧ (Year 10)  Parent: ⟦p|Madhurima Majumder⟧
Algebra: solid. Trigonometry: needs practice with identities.
Sessions: 10 of 12 attended. Invoice to ⟦e|madhurima.majumder@gmail.com⟧.
Tutor: ⟦p|Payel Haldar⟧`,
  },
  {
    lang: 'en',
    kind: 'tutoring-invoice',
    source: `INVOICE TUT-2026-041
To: ⟦p|Debjit Talukdar⟧, ⟦h|Flat 12B, Lake Gardens, Kolkata 700045⟧
6 sessions Physics @ ₹900 = ₹5,400
Pay by UPI or bank transfer. Tutor: ⟦p|Swarnendu Bhadra⟧, ⟦t|+91 98310 55204⟧`,
  },
  {
    lang: 'en',
    kind: 'pet-sitting-booking',
    source: `Pawsome Sitters – booking #PS-3310
Owner: ⟦p|Akinyi Owuor⟧ ⟦t|+254 711 903 442⟧
Pets: Simba (dog, 4 y), Keki (cat). Walk 2x daily, vet Dr ⟦p|Nyamwaya⟧.
Address: ⟦h|Hse 14, Kindaruma Road, Kilimani, Nairobi 00100⟧
Sitter: ⟦p|Awino Oduor⟧. Gate code given by phone.`,
  },
  {
    lang: 'en',
    kind: 'dog-walker-whatsapp',
    source: `[07:31] ⟦p|Onyango Omondi⟧: Morning! Bruno had a limp yesterday, keep it short pls
[07:33] Walker: No problem, 20 min only 👍
[09:02] Walker: Back, he was fine. Paid? M-Pesa ref QK41TZ88X
[09:05] ⟦p|Onyango Omondi⟧: Yes sent. Thanks ⟦p|Ochieng⟧!`,
  },
  {
    lang: 'en',
    kind: 'cleaning-service-quote',
    source: `Sparkle Clean Co. – Quote Q-1129
Client: ⟦p|Mwanahawa Chande⟧, ⟦e|mwanahawa.chande@gmail.com⟧
Property: ⟦h|Apt 7C, Nyali Heights, Links Road, Mombasa 80100⟧ – 3 bed
End-of-tenancy clean KSh 14,500; carpet extra KSh 3,000.
Valid 30 days.`,
  },
  {
    lang: 'en',
    kind: 'removal-inventory',
    source: `Removal inventory – job R-7781 – customer ⟦p|Subira Mwinyi⟧
Room 1 (living): sofa, 2 armchairs, TV 55"
Room 2 (bed): double bed, wardrobe (dismantle)
Boxes: 42 · Fragile: 6
Destination: ⟦h|22 Tennyson Street, Brighton VIC 3186⟧ · Crew lead ⟦p|Kassimu Makame⟧`,
  },
  {
    lang: 'en',
    kind: 'removal-deposit-receipt',
    source: `Receipt – deposit for removal 14/12
Received from ⟦p|Zuhura Salim⟧ AUD 450.00 by card ending 4417.
Balance due on the day. Thank you – Tasman Movers, 1300 668 377`,
  },
  {
    lang: 'en',
    kind: 'care-agency-staff-file',
    source: `STAFF FILE – Bluebell Home Care Ltd (German branch, Aachen)
Carer: ⟦p|Nithin Thekkekara⟧
Date of birth: ⟦b|15.05.1992⟧
Home: ⟦h|Jakobstraße 40, 52064 Aachen⟧
Tax ID: ⟦x|⟧ · Pension insurance no.: ⟦s|15051992 Thekkekara m⟧
Passport: ⟦r|⟧ (Indian passport copy also held) · ID card (German): ⟦k|⟧
Salary account: ⟦i|DE g⟧`,
  },
  {
    lang: 'en',
    kind: 'online-booking-audit',
    source: `audit 2026-11-12 21:14:07 booking created by ⟦e|sharmarke.sugulle@hotmail.com⟧ from ⟦a|197.232.61.14⟧
audit 2026-11-12 21:14:09 payment authorised, card ⟦c|⟧, amount KES 2,500
audit 2026-11-12 21:15:33 reminder scheduled to ⟦t|+254 733 120 889⟧`,
  },
  {
    lang: 'en',
    kind: 'salon-price-list',
    source: `PRICE LIST – Glow Hair & Beauty
Ladies cut & finish €45 · Gents cut €25 · Kids (under 12) €15
Full head colour from €70 · Balayage from €120 · Gel nails €35
Patch test required 48 hours before any colour service.
Open Tue–Sat 9am–6pm, late Thursday till 8pm.`,
  },
  {
    lang: 'en',
    kind: 'care-home-newsletter',
    source: `Heatherbrae News – November
Dear Sir or Madam, dear families,
our Remembrance service is on Tuesday in the lounge (Room 1). Flu jabs will be given in Room 3 on the 20th.
Visiting hours remain 10am–8pm. Booking numbers for the Christmas lunch start at BK-70001.`,
  },
  {
    lang: 'en',
    kind: 'pharmacy-stock-count',
    source: `Stock count – CD cupboard – 12/11/2026
Morphine sulfate 10 mg/5 ml oral solution – 2 x 100 ml – PZN 00626416 equivalent
Oxycodone 5 mg caps – 56 – count correct
Discrepancies: none. Checked by two staff (initials on paper copy).`,
  },
  {
    lang: 'en',
    kind: 'relatives-contact-sheet',
    source: `CONTACTS – resident ⟦p|Hanan Nashashibi⟧ (Rm 9)
Son – ⟦p|Hamza Shammas⟧ – ⟦t|+353 86 402 7719⟧ – call any time
Daughter – ⟦p|Ruqayya Nashashibi⟧ – ⟦e|ruqayya.n@eircom.net⟧ – abroad, e-mail only
Family home: ⟦h|12 Sandymount Avenue, Dublin 4, D04 7315⟧`,
  },
  {
    lang: 'en',
    kind: 'expat-care-enquiry-nl',
    source: `Subject: Home care for my father in Amstelveen

Dear care team,
my father ⟦p|Hylke Wijbenga⟧ (born ⟦b|2 April 1944⟧) lives at ⟦h|Startbaan 14, 1185 XR Amstelveen⟧.
Could a nurse visit daily for insulin? I live in London; please call me on ⟦t|+44 20 7946 0832⟧.
Best regards, ⟦p|Jeltsje Wijbenga⟧`,
  },
];
