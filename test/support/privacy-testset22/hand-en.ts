import type { HandSource } from './markup.js';

/** English hand-written documents of set 22: arts, culture, events and travel in the UK, IE, US and beyond. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'cast-list-playhouse',
    source: `NORTHGATE PLAYHOUSE — "THE CHERRY ORCHARD" — COMPANY LIST

Ranevskaya ........ ⟬n:Halaevalu Veikune⟭
Lopakhin .......... ⟬n:Tamasi Lavaka⟭
Varya ............. ⟬n:Sela Vainikolo⟭
Trofimov .......... ⟬n:Fatafehi Kioa⟭ (understudy: ⟬n:Ulukalala Mahe⟭)

Company manager: ⟬n:Tu’ipulotu⟭ — stage door 0113 496 0720`,
  },
  {
    lang: 'en',
    kind: 'guest-conductor-contract',
    source: `ENGAGEMENT LETTER — Liffey Strings Ensemble, 14 Merrion Row, Dublin 2

Conductor: ⟬n:Awet Zerezghi⟭
Date of birth: ⟬b:19 August 1976⟭
Home address: ⟬h:Hornsgatan 88, 11821 Stockholm⟭
Concerts: 7 and 8 May 2026, National Concert Hall
Fee: EUR 6,500 in total, paid to ⟬i:IE g⟭
Agent: ⟬n:Tsegay Berhe⟭ (⟬m:tsegay@berhe-artists.com⟭)`,
  },
  {
    lang: 'en',
    kind: 'orchestra-seating-plan',
    source: `Riverbend Opera Orchestra — seating, Tosca run

1st violins: ⟬n:Yolotl Coyotl⟭ (leader), ⟬n:Iztli Ocelotl⟭, ⟬n:Tlanextli Mazatl⟭
2nd violins: ⟬n:Mazatzin Tecuatl⟭ (principal)
Violas: sub required for 3/14 — call ⟬n:Tlaloc Chimalli⟭ at ⟬t:(505) 216-4409⟭
Cellos: as per season list`,
  },
  {
    lang: 'en',
    kind: 'museum-incoming-loan-receipt',
    source: `BLUE MESA GALLERY — INCOMING LOAN RECEIPT

Lender: ⟬n:Dåkot Taitano⟭
Lender address: ⟬h:1420 Magnolia Avenue, Savannah, GA 31401⟭
Object: carved wooden latte stone model, 38 cm
Condition on arrival: minor abrasion on base (photographed)
Received by: registrar's office, 11 March 2026
Lender phone: ⟬t:+1 912 555 0183⟭`,
  },
  {
    lang: 'en',
    kind: 'visitor-first-aid-log',
    source: `Visitor incident / first aid log — Level 2, textile galleries

Time: 11:20
Visitor: ⟬n:Håya Quitugua⟭ (age 71) felt faint near the lift.
Seated, water given, recovered after 10 min. Declined ambulance.
Emergency contact given: daughter ⟬n:Chelu Unpingco⟭, ⟬t:07700 914 352⟭
Staff on duty: ⟬n:Mañe Manibusan⟭`,
  },
  {
    lang: 'en',
    kind: 'gallery-consignment-receipt',
    source: `Consignment receipt — Galerie Sainte-Claire

Consignor: ⟬n:Shon Martina⟭, ⟬h:Lauriergracht 102, 1016 RH Amsterdam⟭
Works: 4 linocuts, ed. 12, framed
Retail price each: EUR 650; gallery commission 40%
Proceeds to: ⟬i:LU⟭
Consignor e-mail: ⟬m:shonmartina@icloud.com⟭`,
  },
  {
    lang: 'en',
    kind: 'festival-artist-advance',
    source: `ADVANCE SHEET — Claddagh Events — Saturday, Main Stage

Artist: The Harbour Lanterns
Day-of contact: ⟬n:Edsel Goilo⟭ ⟬t:+353 86 412 7730⟭
Arrival: 13:00, load-in via Gate C
Soundcheck: 15:30–16:15
Hospitality: 8 hot meals, 2 crates water
Guest list: 10 (names by 17:00 to ⟬m:edsel.goilo@outlook.com⟭)`,
  },
  {
    lang: 'en',
    kind: 'crew-accreditation-request',
    source: `Crew accreditation request — Sunbelt Concerts Inc.

Name                   Role            DOB           ID
⟬n:Kaub Hawj⟭              Lighting        ⟬b:03/02/1990⟭    DE ID card ⟬k:⟭
⟬n:Ntxhi Xyooj⟭            Wardrobe        ⟬b:11/12/1994⟭    DE passport ⟬r:⟭
⟬n:Txiab Tsab⟭             Runner          ⟬b:27/06/2002⟭    US driver licence (on file)

Wristbands collected by production office.`,
  },
  {
    lang: 'en',
    kind: 'lost-property-claim',
    source: `LOST PROPERTY CLAIM — Festival site, Sunday

Item: blue denim jacket, set of keys, phone in green case
Lost near: food court / bar 3
Owner: ⟬n:Chilufya Mpundu⟭
Contact number: ⟬t:07895 220 417⟭
Postage address if found: ⟬h:72 Tannery Row, Bristol BS5 9JD⟭
Reference: LP-0423`,
  },
  {
    lang: 'en',
    kind: 'ticket-refund-chargeback',
    source: `Ticketing — chargeback dispute note

Order 5521-88 (2 × Stalls B, 14 June)
Cardholder: ⟬n:Kangwa Chikwanda⟭
Card: ⟬c:d⟭
Order placed from IP ⟬a:86.142.37.201⟭ at 21:14 BST
Customer says tickets never arrived; e-tickets were sent to ⟬m:kangwa.c@btinternet.com⟭ and scanned at the door.
Decision: contest chargeback.`,
  },
  {
    lang: 'en',
    kind: 'seat-change-request',
    source: `Hi box office,

could you move our booking (ref. NP-30917) from row K to somewhere with more leg room? Happy to pay the difference.
My husband is 6'5".

Thanks,
⟬n:Bupe Mwape⟭
⟬t:+44 7911 302 557⟭`,
  },
  {
    lang: 'en',
    kind: 'access-booking-form',
    source: `Access booking — BSL-interpreted performance, 22 April

Patron: ⟬n:Mwila Sampa⟭
Access requirements: ☒ wheelchair space  ☐ hearing loop  ☒ companion seat
Companion: ⟬n:Luse Kalaba⟭
Preferred contact: ☒ e-mail ⟬m:mwila.sampa@proton.me⟭  ☐ phone`,
  },
  {
    lang: 'en',
    kind: 'film-call-sheet',
    source: `HARBOUR LIGHT FILMS — "LOW TIDE" — CALL SHEET DAY 9

Unit base: Cathays Community Centre car park
LOC 1: private house — ⟬h:17 Cathays Terrace, Cardiff CF24 4AU⟭ (owner: ⟬n:Wangari Gakuru⟭)

CAST       ARTIST               P/UP    MU/COST   ON SET
1 NIA      ⟬n:Nyokabi Kamotho⟭    06:45   07:15     08:30
4 DAVID    ⟬n:Kiarie Wachira⟭      07:30   08:00     09:30

2nd AD: ⟬n:Gitau⟭ ⟬t:07412 905 338⟭`,
  },
  {
    lang: 'en',
    kind: 'casting-breakdown',
    source: `CASTING BREAKDOWN — "Low Tide" (feature)

NIA (30s): marine biologist, back home after a decade. Lead.
DAVID (50s): her father, a ferryman. Supporting.
ROSIE (8–10): Nia's niece. Chaperone required.

Self-tapes via casting platform by 3 March. No calls to the office please.`,
  },
  {
    lang: 'en',
    kind: 'minor-release-form',
    source: `RELEASE FORM — MINOR

Child's name: ⟬n:Pipaluk Hammeken⟭
Child's date of birth: ⟬b:2016-09-14⟭
Parent/guardian: ⟬n:Aleqa Hammeken⟭
Address: ⟬h:Vesterbrogade 140, 1620 København V⟭
I consent to the recording and use of my child's image and voice.
Signed: ⟬n:Aleqa Hammeken⟭ (signature)`,
  },
  {
    lang: 'en',
    kind: 'location-agreement-farm',
    source: `LOCATION AGREEMENT

Cedar Loop Productions LLC ("Producer") and ⟬n:Dorotee Londero⟭ ("Owner")
Property: barn and yard at ⟬h:4108 West Larch Road, Madison, WI 53703⟭
Dates: 12–15 August 2026 (plus 1 prep, 1 wrap day)
Fee: USD 3,800, by check or wire to Owner's account.
Owner's mobile: ⟬t:(608) 555-0142⟭`,
  },
  {
    lang: 'en',
    kind: 'publishing-contract-schedule',
    source: `SCHEDULE 1 — PAYMENTS (Kestrel & Finch Publishers)

Author: ⟬n:Kubuabola, Inoke⟭
Advance: GBP 12,000, payable 1/3 on signature, 1/3 on delivery, 1/3 on publication
Royalties: 10% home hardback, 7.5% paperback, 25% net e-book
Payments to the Author's agent, client account (agency details on file).
ISBN allocated: 978-3-8412-0456-7 (German co-edition)`,
  },
  {
    lang: 'en',
    kind: 'literary-agency-submission-log',
    source: `SUBMISSIONS LOG — week 11

#214  ⟬n:Volatiana Vosanibola⟭ — literary fiction, 92k — request full
#215  ⟬n:Mamy Rokotuivuna⟭ — crime, 110k — pass (too long)
#216  anonymous — poetry — not our list
#217  ⟬n:Nirina Ramanantsoa⟭ — memoir — read again; writes from ⟬m:nirina.rama@icloud.com⟭`,
  },
  {
    lang: 'en',
    kind: 'royalty-query-email',
    source: `Subject: Royalty statement H2 — query

Dear Finance team,

my statement shows 0 e-book sales for "Salt and Ash" (ISBN 978-3-5530-2214-9), but my publisher's dashboard showed 412.
Could you check? Payments still go to ⟬i:GB g⟭.

Best,
⟬n:Ayar Ccama⟭`,
  },
  {
    lang: 'en',
    kind: 'music-school-exam-entry',
    source: `Grade exam entries — Summer session

Candidate: ⟬n:Jeguaka Recalde⟭, DOB ⟬b:12 May 2012⟭, Piano Grade 5
Candidate: ⟬n:Porã Insfrán⟭, DOB ⟬b:2 November 2010⟭, Violin Grade 7
Teacher: ⟬n:Ñeery Britez⟭
Fees charged to the school account.`,
  },
  {
    lang: 'en',
    kind: 'photo-studio-model-booking',
    source: `Studio booking — lookbook shoot

Model: ⟬n:Ailen Quilaqueo⟭ (agency: North Star Models)
Date: Tue 9 June, 8:00–16:00
Photographer: ⟬n:Aukan Ancalao⟭
Invoice to agency. Model's own mobile for the day: ⟬t:+34 612 448 190⟭`,
  },
  {
    lang: 'en',
    kind: 'wedding-supplier-list',
    source: `Supplier list — ⟬n:Lemuy Calfuqueo⟭ & ⟬n:Pillan Marileo⟭, 5 September

Florist: Bloom & Bramble, 01904 555 210
Cake: ⟬n:Llanka Curihuinca⟭ (home baker) ⟬t:07523 661 908⟭
Band: Cotton Reel (booked via agency)
Venue coordinator: events@oldmillbarn.co.uk`,
  },
  {
    lang: 'en',
    kind: 'conference-delegate-list',
    source: `Delegate list — Museums & Tourism Forum, Galway

Name                     Organisation                 Dietary
⟬n:Aviaaja Petrussen⟭         Nuuk Art Museum              none
⟬n:Nuka Rosing⟭             Greenland Tourism            vegan
⟬n:Ekhiñe Ibarluzea⟭         Bilbao Cultural Office       none
Badges printed; lanyards in box 3.`,
  },
  {
    lang: 'en',
    kind: 'tour-rooming-list',
    source: `ROOMING LIST — Wayfarer Tours — Amalfi Coast, 4–11 Oct

Room  Type  Guests
101   DBL   ⟬n:JESKANEN, OKKOI⟭ / ⟬n:JESKANEN, VASLE⟭
102   TWN   ⟬n:KUIKKA, SANTERI⟭ / ⟬n:PIRHONEN, HILJA⟭
103   SGL   ⟬n:KYÖTTINEN, JYRKI⟭
Special: 102 ground floor (mobility)`,
  },
  {
    lang: 'en',
    kind: 'visa-application-checklist',
    source: `Visa application — passport details (China tourist visa)

Surname: ⟬n:Kalmati⟭   Given names: ⟬n:Washdil⟭
Date of birth: ⟬b:1 March 1983⟭
German passport no.: ⟬r:⟭
Home address: ⟬h:Blågårdsgade 9, 2200 København N⟭
Itinerary attached. Appointment at the visa centre: 18 May, 10:40`,
  },
  {
    lang: 'en',
    kind: 'travel-insurance-medical-claim',
    source: `TRAVEL INSURANCE — MEDICAL EXPENSES CLAIM

Policyholder: ⟬n:Bo Bo Thong⟭
DOB: ⟬b:22/10/1958⟭
Address: ⟬h:9 Foxglove Lane, Leeds LS6 2QF⟭
Treatment: clinic visit in Hội An, ankle sprain, USD 180
Paid by card ⟬c:s⟭
Reimburse to: ⟬i:GB⟭`,
  },
  {
    lang: 'en',
    kind: 'holiday-let-guest-message',
    source: `Message from guest via booking platform:

"Hi! We land at 23:10, so we'll arrive around 1 am — is the key box still OK at that time?
The code you sent doesn't seem to work. Thanks, ⟬n:Jopet⟭"

Host note: new code sent. Guest phone on booking: ⟬t:+31 6 2240 1197⟭`,
  },
  {
    lang: 'en',
    kind: 'campsite-pitch-rules',
    source: `RIVERSIDE CAMPSITE — PITCH RULES

1. One tent or caravan per pitch, max. 6 people.
2. Quiet hours 22:00–07:00.
3. Barbecues only on the stands provided.
4. Dogs on leads at all times.
5. Check-out by 11:00. Reception: 01768 555 020.`,
  },
  {
    lang: 'en',
    kind: 'venue-hire-rate-card',
    source: `Venue hire rates 2026 — Liffey Strings rehearsal hall

Weekday (09:00–17:00): EUR 420
Evening (18:00–23:00): EUR 360
Weekend day: EUR 550
Grand piano tuning: EUR 95 per tuning
Deposit 25% on booking; cancellation free up to 30 days.`,
  },
  {
    lang: 'en',
    kind: 'tracked-changes-press-release',
    source: `PRESS RELEASE (draft 2, tracked changes exported)

Cedar Loop Productions announces that principal photography of "Low Tide" {--begins--}{++began++} in Cardiff on 3 June.
{>>⟬n:Zothanpuia⟭: add quote from director?<<}
The film is {~~a drama~>an intimate family drama~~} set on the Welsh coast.
Press contact: press@cedarloop.com`,
  },
  {
    lang: 'en',
    kind: 'event-registration-export',
    source: `Registration export — "Night at the Museum" members' evening

name,email,ticket,registered_from
⟬n:Yonan Khoshaba⟭,⟬m:yonan.khoshaba@outlook.com⟭,Member+1,⟬a:2a02:8108:1c40::5e1⟭
⟬n:Atorina Warda⟭,⟬m:atorina.w@icloud.com⟭,Member,⟬a:77.183.9.120⟭`,
  },
];
