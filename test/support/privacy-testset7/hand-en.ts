import type { HandDocument } from './markup.js';
import { Lehmer, card, iban, taxId } from './values.js';

// Checksum values are computed once, from a fixed seed, so the documents are the same on every run.
const r = new Lehmer(70_002);

/** English documents as private people send and hold them, and as small firms write them about people. */
export const HAND_EN: HandDocument[] = [
  {
    lang: 'en',
    kind: 'complaint-to-energy-supplier',
    source: `Subject: Complaint ref. CMP-882014 – estimated bills again

Dear Sir or Madam,

For the third quarter running you have billed me on an estimate even though I submit readings through the app every month. My meter serial is E16UP04411. Please correct the account and refund the overpayment.

Account holder: «P|Fenella Throckmorton»
Supply address: «A|27 Lapwing Close, Norwich NR3 1HQ»
Phone: «T|07700 914 382»

Yours faithfully,
«P|F. Throckmorton» (Mrs)`,
  },
  {
    lang: 'en',
    kind: 'whatsapp-football-parents',
    source: `[14/11/2026, 08:02] «P|Cosima»: Morning all! U11s kick off 10am at Hillsborough Park, pitch 4. Kit is the yellow away one.
[14/11/2026, 08:05] «P|Donnchadh McCrory»: We're one short, «P|Ruaridh» has a temperature 🤒
[14/11/2026, 08:06] «P|Cosima»: No worries. «P|Tsehay», can «P|Yohannes» play in goal?
[14/11/2026, 08:10] «P|Tsehay Gebrekidan»: Yes he's excited. My number for the lift share is «T|07845 223 190»
[14/11/2026, 08:12] Club admin: Subs are £3, bring cash or send to the club account. Manchester United shirts NOT allowed on the bench 😂`,
  },
  {
    lang: 'en',
    kind: 'school-parents-mailing-list',
    source: `From: Year 4 Class Reps <«E|year4reps.stmarys@gmail.com»>
To: Year 4 Parents
Subject: Christmas jumper day + Secret Santa list

Hi everyone,

Secret Santa is on! Please let us know by Friday. So far:
• «P|Lettice Braithwaite» (Oak class)
• «P|Kotone Noguchi» – mum is «P|Atsuhiro»'s wife, contact «E|k.noguchi.family@outlook.com»
• «P|Qusai Hijazi» (Willow class)
• «P|Abenaa Quaicoe»

Reminder: St Mary's Primary, Florence Road will be closed on 18 December (INSET). Gingerbread Man bake-off is in the hall.

Thanks,
«P|Isbéal» & «P|Pádraig» (class reps)`,
  },
  {
    lang: 'en',
    kind: 'cv-uk',
    source: `CURRICULUM VITAE

«P|Oladipupo Ayorinde»
«A|Flat 3, 88 Tannery Lane, Sheffield S6 4RT»
«T|+44 7921 330 518» | «E|dipo.ayorinde@proton.me» | linkedin.com/in/dipo-ayorinde
Date of birth: «D|2 October 1991»

PROFILE
Chartered quantity surveyor with eight years' experience on NHS and university estates projects.

EXPERIENCE
2020–present  Senior QS, Turner & Townsend, Leeds
2016–2020     QS, Balfour Beatty, Sheffield

REFERENCES
Available on request from Mr «P|R. Wetherall» (Balfour Beatty).`,
  },
  {
    lang: 'en',
    kind: 'cover-letter',
    source: `«P|Chonlada Sukprasert»
«A|14 Foxglove Crescent
Exeter EX4 6PZ»
«E|chonlada.s@outlook.com»

Dear Ms «P|Haverstock»,

I am writing to apply for the role of Sous Chef at The Rockfish, as advertised on Caterer.com. I have worked at the Royal Clarence and at Gidleigh Park, where I ran the pastry section ...

Kind regards,
«P|Chonlada Sukprasert»`,
  },
  {
    lang: 'en',
    kind: 'wedding-rsvp-list',
    source: `RSVPs – «P|Benedicta» & «P|Tristram»'s wedding, 5 June 2027, Hever Castle

name,guests,dietary,email
«P|Hyacinth Stanhope»,2,none,«E|hyacinth.stanhope@btinternet.com»
«P|Gervase Ormsby-Gore»,1,vegan,«E|g.ormsbygore@gmail.com»
"«P|Sidebotham», «P|Leofric» & «P|Lettice»",2,"coeliac («P|Lettice»)",
«P|Akwasi Adjei»,1,halal,«E|akwasi.adjei+wedding@yahoo.co.uk»
Note: the Earl Grey cake from Bettys is ordered; Winston Churchill Suite booked for the drinks reception.`,
  },
  {
    lang: 'en',
    kind: 'dentist-appointment-letter',
    source: `Bright Smile Dental Care · 12 Market Place · Carlisle CA3 8QR · «T|01228 510 200»

Master «P|Thanakorn Intharat»
c/o Mrs «P|Nittaya Intharat»
«A|5 Mill Race Walk
Carlisle CA2 5EL»

Dear Parent/Guardian,

«P|Thanakorn» (D.O.B. «D|09/05/2015») is due for his six-monthly check-up and fluoride varnish. We have booked 4 January at 15:40 with our hygienist. Please call to rearrange.`,
  },
  {
    lang: 'en',
    kind: 'driving-instructor-diary',
    source: `Mon 30 Nov
09:00 «P|Kelly Meirelles» – roundabouts, Kingsway. Mock test next wk. «T|07512 448 901»
11:00 «P|Gunwoo Bae» – cancelled (ill), charge 50%
13:30 «P|Shukri Abdulle» – first lesson!! pick up «A|6 Quarry Bank Road, Sheffield S6 4RT». Provisional licence checked
16:00 «P|Espen Engebretsen» – motorway, M1 J33-J36
Car: Ford Fiesta (dual controls) MOT due 12/01`,
  },
  {
    lang: 'en',
    kind: 'dance-school-register',
    source: `SALSA IMPROVERS – TUES 7.30 – THE CORN EXCHANGE
| paid | surname | first | mobile |
| Y | «P|MANGABEIRA» | «P|PRISCILA» | «T|07958 110 264» |
| Y | «P|DIMAGIBA» | «P|ROSALINDA» | «T|07401 882 115» |
| N | «P|DE CASTRO» | «P|BORJA» | |
| Y | «P|ZHUANG» | «P|ZHIYUAN» | «T|+44 7700 901 377» |
Song list: Vivir Mi Vida, Quimbara, La Bicicleta, Despacito.`,
  },
  {
    lang: 'en',
    kind: 'garage-invoice',
    source: `HOLLOWAY MOTORS LTD – INVOICE 10445 – VAT REG GB 294 1178 62
Customer: Mr «P|Hyunbin Seonwoo»
Address: «A|219 W Juniper St, Toledo, OH 43609»
Vehicle: Land Rover Defender 110, reg. YK19 ZPT
Work: replace front discs and pads, Castrol Edge 5W-30 service
Total: £684.20   Paid by card ending 4417 on 27/11/2026`,
  },
  {
    lang: 'en',
    kind: 'hairdresser-booking-sms',
    source: `Hi «P|Faduma», this is Luxe Hair on Bold Street confirming your appointment Sat 5 Dec 11:00 with our senior stylist (knotless braids). Reply C to cancel.
«P|Faduma»: C pls, my daughter «P|Khadra» is sick. can we do 12th? my new number is «T|07733 990 214»
Luxe Hair: No problem, moved to Sat 12 Dec 11:00. See you then!`,
  },
  {
    lang: 'en',
    kind: 'translation-agency-quote',
    source: `LinguaBridge Translations – Quote Q-7731

Client: «P|Fasil Hailemariam»
Email: «E|fasil.hailemariam@gmail.com»
Documents: Ethiopian birth certificate (Amharic → English), school leaving certificate
Certified translation for UK Visas and Immigration.
Name as per passport: «P|HAILEMARIAM, FASIL MULUGETA»; date of birth per certificate: 11 Tir 1977 (Ethiopian calendar) = «D|19 January 1985»
Fee: £95.00, turnaround 3 working days.`,
  },
  {
    lang: 'en',
    kind: 'forum-post-diy',
    source: `DIYnot Forums › Plumbing › Combi boiler losing pressure

posted by pipedream_88
My Worcester Bosch Greenstar 30i keeps dropping to 0.5 bar overnight. Had a Gas Safe engineer out (British Gas) who said the PRV is fine. Any ideas before I spend another £90?

reply by OldSparky
> keeps dropping to 0.5 bar overnight
Check the expansion vessel charge. Also look for a weeping joint under the Victorian radiators.

reply by pipedream_88
Cheers, will try Saturday.`,
  },
  {
    lang: 'en',
    kind: 'product-review',
    source: `★★★★★ "Best espresso machine under £300" – reviewed in the United Kingdom

Bought the Sage Bambino Plus after my De'Longhi Dedica died. Steam wand is brilliant, the Barista Pro is overkill. Pairs well with Union Hand-Roasted beans. Customer service (Sage UK) replaced a faulty drip tray within two days.

42 people found this helpful`,
  },
  {
    lang: 'en',
    kind: 'tenant-landlord-chat',
    source: `Tenant (Messenger): Hi «P|Sholto», the boiler's making that banging noise again 😩
«P|Sholto Blenkinsop»: Hi «P|Tatiane», sorry! I'll get an engineer from Apex Heating to call you. Is «T|07494 612 007» still best?
Tenant: yes. also the deposit certificate still shows my old surname, it should be «P|Tatiane Caldas Novaes» now
«P|Sholto Blenkinsop»: Noted, I'll update it with the DPS. Rent to the same account as usual: «I|${iban(r, 'GB')}»`,
  },
  {
    lang: 'en',
    kind: 'voicemail-transcript',
    source: `Voicemail from «T|+234 803 551 2290», 3 Dec 2026 09:14 (transcribed, 38s)
"Hello, good morning, this is «P|Chidiebere Onwuachi», I'm calling about the flat on Tannery Lane. I sent my references to your email yesterday, from «E|chidi.onwuachi@yahoo.com». I'm available for a viewing any day after four. Thank you, bye."`,
  },
  {
    lang: 'en',
    kind: 'club-membership-form',
    source: `RIVERSIDE ROWING CLUB – MEMBERSHIP APPLICATION 2027
Full name: «P|Ivanna-Roksolana Hnatiuk»
Date of birth (DD/MM/YYYY): «D|28/02/1999»
Home address: «A|41 Foxglove Crescent, Exeter EX4 6PZ»
Email: «E|ivanna.hnatiuk@gmail.com»   Mobile: «T|07512 009 331»
Emergency contact: «P|Lukian Hnatiuk» (brother) «T|+48 601 223 847»
Swim test passed: yes   Boat: Janousek 4x "Sir Steve Redgrave"
Direct debit from: «I|${iban(r, 'GB', false)}»`,
  },
  {
    lang: 'en',
    kind: 'birthday-invitation-replies',
    source: `🎉 You're invited: «P|Meilan»'s 7th birthday – Jungle Gym, Saturday 2pm 🎉
Replies:
- «P|Xiaotong Ximen»: «P|Haoyu» will come, no nuts please!
- «P|Gwak Eunbi»: yes 🙂 dropping him at 2, «P|Minseok» collects at 4
- «P|Sadhbh McAleese»: sorry we're at granny's in Galway
- Mum of «P|Taehyun»: yes! what's the theme? Paw Patrol or Frozen?`,
  },
  {
    lang: 'en',
    kind: 'us-personal-letter-to-insurer',
    source: `«P|Everton Peçanha»
«A|7810 Cottonwood Ln
Tucson, AZ 85716»
«T|(520) 555-0147»

Desert Mutual Insurance
Claims Department
PO Box 1200
Phoenix, AZ 85001

Re: Claim #DM-55-20931, hail damage to roof

To whom it may concern,
Please find photos attached. My wife, «P|Jaqueline Peçanha» (DOB «D|04/17/1983»), is also named on the policy. Payment may be sent by card refund to «C|${card(r, '4')}».

Sincerely,
«P|Everton Peçanha»`,
  },
  {
    lang: 'en',
    kind: 'community-newsletter-no-people',
    source: `HARBOURSIDE RESIDENTS' NEWSLETTER – WINTER 2026

Hello neighbours!
• The Christmas lights switch-on is on 28 November at Victoria Square, with mulled wine from The Admiral Nelson.
• Storm Bert damaged the bus shelter on Wellington Road; the council says repairs by January.
• Book club: "Pride and Prejudice" this month, "Wolf Hall" next.
• Lost property: a Barbour jacket found in Churchill Gardens.
• The Queen Victoria pub quiz returns on Thursdays.
Happy holidays from the committee!`,
  },
  {
    lang: 'en',
    kind: 'restaurant-menu',
    source: `THE GEORGE & DRAGON – SUNDAY MENU

Starters: Caesar Salad · Chicken Liver Parfait · Soup of the Day
Mains: Beef Wellington · Eggs Benedict · Chicken Kiev · Shepherd's Pie
Desserts: Eton Mess · Peach Melba · Bakewell Tart · Crêpes Suzette
Wines: Château Margaux 2015 · Dom Pérignon · Casillero del Diablo Merlot
Ask about our Christmas Day bookings (deposit required).`,
  },
  {
    lang: 'en',
    kind: 'team-roster-lowercase',
    source: `sunday league – harbour rovers – squad list (do not share)
gk «P|obaapa agyemang» «T|07956 330 118»
def «P|csongor szentgyörgyi», «P|aristeidis karamanlidis», «P|bijan ghaffarian»
mid «P|narongrit rattanakul» (capt), «P|iker olabarrieta»
fwd «P|sombat phromma», «P|vangelis papadimas»
subs paid to treasurer («P|saverio bellomo») – away kit sponsored by joe's pizzeria.`,
  },
  {
    lang: 'en',
    kind: 'app-log-personal-account',
    source: `2026-12-01T18:22:04Z INFO  login ok user=«E|zacharoula.th@outlook.com» ip=«N|81.103.44.219» device=iPhone14,2
2026-12-01T18:22:31Z WARN  payment_method_added user=«E|zacharoula.th@outlook.com» last4=5521
2026-12-01T21:02:17Z INFO  login ok user=«E|z.triantafyllou+gym@gmail.com» ip=«N|2a02:c7c:6f1e:4300::1b»
2026-12-01T21:03:00Z INFO  class_booked class="Spin – Power Ballads" studio=Birmingham`,
  },
  {
    lang: 'en',
    kind: 'json-club-export',
    source: `{
  "club": "Lakeside Chess Club",
  "members": [
    { "name": "«P|Themistoklis Kalogeropoulos»", "rating": 1841, "email": "«E|themis.kalo@gmail.com»", "dob": "«D|1972-09-14»" },
    { "name": "«P|Mulugeta Wondimu»", "rating": 1605, "email": "«E|mulugeta.w@proton.me»", "dob": "«D|2001-01-30»" },
    { "name": "«P|Lualhati Dimalanta»", "rating": 1390, "email": null, "dob": null }
  ],
  "venue": "The Nelson Mandela Community Hall"
}`,
  },
  {
    lang: 'en',
    kind: 'event-signup-sheet',
    source: `BEACH CLEAN – SAT 9 JAN – SIGN-UP (Friends of Porthmeor)
Name                 | Phone              | Under 16s
«P|Ferdie Sicat»         | «T|07723 415 006»      | 2
«P|Abimbola Ogunbiyi»    | «T|+234 812 004 7718»  | 0
«P|Ruud op den Kamp»     | «T|+31 6 4120 7733»    | 1
«P|Hamdi Galaydh»         |                    | 3
Meet at the RNLI station; Surfers Against Sewage bring the bags.`,
  },
  {
    lang: 'en',
    kind: 'payroll-question-email',
    source: `From: «P|Radu Zamfir» <«E|radu.zamfir@gmail.com»>
Sent: 26 November 2026 22:41
To: payroll@brightwater-hotels.co.uk
Subject: Emergency tax code?

Hello,
My payslip for November shows tax code 1257L W1. I worked in Germany until March and they said I need to give you my German Steuer-ID «X|${taxId(r, 'threes')}» for the P45 question? My NI number is on file. Could someone explain?

Thanks
«P|Radu»

> On 20 Nov, «P|Cristea, Brândușa» (HR) wrote:
> Please send any tax queries to payroll.`,
  },
  {
    lang: 'en',
    kind: 'gp-referral-letter',
    source: `Riverside Medical Practice, 3 Station Road, Dundee DD1 4HN

Dear Colleague,

Re: Mrs «P|Revathi Anbarasan», DOB «D|23.06.1967», «A|19 Mill Race Walk, Dundee DD2 3JW»

Thank you for seeing this pleasant 59-year-old lady with a six-week history of right knee pain after a fall on Union Street. X-ray shows moderate OA. Current meds: Co-codamol 30/500, Omeprazole 20 mg.

Yours sincerely,
Dr «P|Catriona MacLennan»`,
  },
  {
    lang: 'en',
    kind: 'lost-pet-post',
    source: `LOST CAT – Harbourside / Victoria Park area
Grey tabby called Sir Biscuit, microchipped, blue collar. Answers to "Biscuit". Last seen on Tennyson Avenue on Tuesday night.
If seen please call «T|07811 220 905» («P|Kalaivani») or message on this post. Reward!`,
  },
  {
    lang: 'en',
    kind: 'playlist-and-films-no-people',
    source: `Movie night shortlist (vote in the group!)
1. Paddington 2
2. Mrs Doubtfire
3. Ferris Bueller's Day Off
4. The Grand Budapest Hotel
5. Bridget Jones's Diary
Snacks: Ben & Jerry's Cookie Dough, Pringles Sour Cream, Dr Pepper.
Playlist: Fleetwood Mac, Florence + the Machine, Oasis, Arctic Monkeys.`,
  },
  {
    lang: 'en',
    kind: 'gym-induction-form',
    source: `IRONWORKS GYM – INDUCTION
Member: «P|Abdiweli Ilmi»     Born: «D|3rd of March '94»
Email: «E|abdiweli.ilmi (at) gmail (dot) com»
Goals: strength, "get back to 5-a-side"
PAR-Q: no conditions
Inducted by: Coach «P|Rayna» on 01/12/2026`,
  },
  {
    lang: 'en',
    kind: 'driving-school-progress-report',
    source: `PASSRIGHT DRIVING SCHOOL – PUPIL PROGRESS
Pupil: «P|Dzvenyslava Kobylianska» ("Slava")   DOB: «D|March 9th, 2007»
Provisional licence no.: on file   Theory pass: 14/10/2026
Instructor: «P|Innes Tierney»
Lessons 1-12: clutch control good, mirrors inconsistent, Tesco roundabout still nervous.
Parent contact: «P|Vasylyna Kobylianska» «E|vasylyna.k@yahoo.co.uk» «T|+380 67 412 0983»`,
  },
  {
    lang: 'en',
    kind: 'dentist-treatment-estimate',
    source: `TREATMENT ESTIMATE – Harbour View Dental
Patient: Mr «P|Oyindamola Ilesanmi»   DOB «D|17-08-1988»
UR6 root canal (molar) £620, crown (E.max) £750, hygienist £65
NHS exempt: no   Payment plan: Tabeo, 12 months
Signed by patient: «P|O. Ilesanmi»    Dentist: Dr «P|Fearchar MacLennan»`,
  },
  {
    lang: 'en',
    kind: 'neighbour-notice-caps',
    source: `NOTICE TO ALL RESIDENTS OF QUARRY BANK ROAD
SKIP ARRIVING MONDAY 7 DEC OUTSIDE NO. 44 FOR 2 WEEKS (LOFT CONVERSION).
ANY PROBLEMS PLEASE CALL «P|EACHANN» ON «T|07488 301 552» OR KNOCK.
SORRY FOR THE NOISE – «P|EACHANN» & «P|CEITIDH MCCRORY»`,
  },
  {
    lang: 'en',
    kind: 'insurance-claim-personal-email',
    source: `Subject: Claim HH-4471-20 – burst pipe, kitchen ceiling

Hello,

Following my call this morning: the pipe under the bathroom (Grohe mixer) burst on 29 November and water came through the kitchen ceiling. The policy is in joint names, «P|Isbéal O'Kane-Tierney» and «P|Pádraig Tierney», at «A|52 Quarry Bank Road, Sheffield S6 4RT». Photos and the plumber's invoice (Dyno-Rod) attached.

You can reach me on «T|0114 496 0732 ext. 3» at work or «T|07890 115 604».

Regards,
«P|Isbéal Tierney»

> On 29 Nov 2026, at 17:02, claims@harbourmutual.co.uk wrote:
> Thank you for contacting Harbour Mutual. Your reference is HH-4471-20.`,
  },
  {
    lang: 'en',
    kind: 'reference-letter-nee',
    source: `To whom it may concern,

I have known Mrs «P|Mojisola Ilesanmi-Ayorinde» (née «P|Ayorinde», born «D|12 August 1980») for eleven years as a parishioner at St Anne's and as a volunteer at our Saturday food bank, the Loaves & Fishes Pantry. She is honest, punctual and very good with the elderly.

Revd «P|Gervase Wetherall»
St Anne's Parish, Exeter`,
  },
  {
    lang: 'en',
    kind: 'telegram-book-club',
    source: `Book club 📚 (Telegram)
«P|Ploypailin»: next month is "The Remains of the Day" 👍
«P|Kalaivani Subbiah»: I have two copies, «P|Thamizh» can borrow one
«P|Yaryna»: Can we meet at mine? «A|3 Lapwing Close, Norwich NR3 1HQ», there's parking
«P|Ploypailin»: perfect. Bring Pimm's? 😄 Also the Winchester Cathedral trip is 14 March
«P|Devendra Agnihotri»: I'm in. pay the £12 deposit via «E|devendra.agnihotri@outlook.com» on PayPal`,
  },
];
