import type { HandSource } from './markup.js';

/** Set 25's hand-written English documents: environment, waste, forestry, hunting and fishing, mining, renewables. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'environmental permit variation notice',
    source: `Environment Agency – Notice of variation
Permit number: EPR/KB3391WQ/V004
Operator: ⦃n:Sheldrick Leito⦄ trading as Leito Metal Recovery
Correspondence address: ⦃h:27 Forest Road, Coleford GL16 8RH⦄

Dear Mr ⦃n:Leito⦄,
We have varied your permit to allow the storage of end-of-life vehicles (EWC 16 01 04) on the
extended concrete pad. The variation takes effect on 1 December 2026. Please contact your
officer, ⦃n:Mildred Isenia⦄ (⦃m:mildred.isenia@environment-agency.gov.uk⦄), with any questions.`,
  },
  {
    lang: 'en',
    kind: 'noise complaint case log',
    source: `Environmental Health – Case EH/NS/26/0412 (noise, quarry plant)
Complainant: ⦃n:Juancho Cijntje⦄   Tel: ⦃t:07700 914 233⦄
Address: ⦃h:6 Weir Cottages, Hexham NE46 4QT⦄

12/10  Diary sheets sent out.
26/10  Diary returned: screening plant audible 05:40–07:00 on 9 of 14 days.
02/11  Officer ⦃n:Eustacio Rosaria⦄ visited 05:50, reversing alarms clearly audible in bedroom.
05/11  Informal letter to operator; review in 4 weeks.`,
  },
  {
    lang: 'en',
    kind: 'odour diary sheet',
    source: `ODOUR DIARY – Ballyreen landfill (please return to the County Council)
Name: ⦃n:Guillermina Koeiman⦄           Phone: ⦃t:087 442 1907⦄
Email: ⦃m:gkoeiman@eircom.net⦄

Date     Time    Duration  Strength (1-6)  Description
03 Nov   07:15   40 min    4               rotten eggs, strongest in garden
05 Nov   18:30   2 h       5               sweet / rubbish smell, kept windows shut
08 Nov   06:50   20 min    3               sour`,
  },
  {
    lang: 'en',
    kind: 'contaminated land register entry',
    source: `CONTAMINATED LAND REGISTER – Part 2A EPA 1990 – Entry CL/2026/03
Site: former gasworks yard, rear of Slate Street, Bethesda
Appropriate person (owner): ⦃n:Raeclyn Girigorie⦄, ⦃h:Flat 2, 41 Slate Street, Bethesda LL57 3BN⦄
Significant pollutant linkage: benzo(a)pyrene in garden soils → residents (ingestion)
Remediation notice served 14 September 2026; remediation statement agreed 2 November 2026.`,
  },
  {
    lang: 'en',
    kind: 'water abstraction licence renewal letter',
    source: `Natural Resources Wales
Abstraction licence 21/64/3/0077 – renewal

Dear ⦃n:Anthonio Martis⦄,

Your licence to abstract up to 18 m³ a day from the borehole at ⦃h:3 Quarry Row, Blaenau Ffestiniog LL41 3AB⦄
for spray irrigation expires on 31 March 2027. To renew it, please complete form WR330 and pay the
fee by card or to our account. If you have any questions, telephone ⦃t:+44 7700 900 482⦄ is the number we
hold for you – please tell us if it has changed.`,
  },
  {
    lang: 'en',
    kind: 'bulky waste collection booking',
    source: `Your bulky waste collection is booked
Reference: BW-IE-55812
Name: ⦃n:Dunya Wever⦄
Phone: ⦃t:+353 87 551 2046⦄
Items: 1 x fridge freezer, 1 x armchair
Collection date: Friday 20 November 2026 (between 7am and 4pm)
Paid: €45.00 by card ending 4471
Please leave the items outside your property by 7am.`,
  },
  {
    lang: 'en',
    kind: 'skip hire invoice',
    source: `KESWICK SKIPS LTD  ·  Unit 4, Crossings Ind. Est., Keswick CA12 4RN  ·  VAT No. GB482219301
INVOICE 10482                                                 Date: 09/11/2026
Bill to: ⦃n:Shurandy Zimmerman-Sling⦄
         ⦃h:14 Kiln Lane, Keswick CA12 5DP⦄
8-yard skip, mixed household/garden waste, 7 days          £295.00
Permit for road placement                                    £30.00
Total                                                        £325.00
Paid by card ⦃c:s⦄ – thank you.`,
  },
  {
    lang: 'en',
    kind: 'hazardous waste consignment note (copy)',
    source: `HAZARDOUS WASTE CONSIGNMENT NOTE      Consignment note code: CN-738214
Part A  Premises where waste removed from: domestic garage, ⦃h:9 Harbour View, Ullapool IV26 2UH⦄
        Producer: ⦃n:Teriitahi⦄, ⦃n:Hinatea⦄ (householder)
Part B  EWC 13 02 05 mineral engine oil, 60 litres, drums
Part C  Carrier: North Coast Waste Services, licence CBDU117203, driver ⦃n:Tehotu Tarahu⦄
Part E  Received at Inverness transfer station 12/11/2026`,
  },
  {
    lang: 'en',
    kind: 'scrap yard weighbridge ticket',
    source: `BUTTE IRON & METAL – SCALE TICKET 558102
Date 11/14/2026   In 09:02   Out 09:19
Seller: ⦃n:Ghazanfar Hunzai⦄   DOB ⦃b:06/23/1971⦄   ID: Montana DL 0-42-2291
Address: ⦃h:48 Tailings Way, Butte, MT 59701⦄
Gross 6,480 lb   Tare 4,910 lb   Net 1,570 lb   Copper #2 @ $3.10/lb
Paid by check to seller – catalytic converters: none`,
  },
  {
    lang: 'en',
    kind: 'felling licence application',
    source: `Forestry Commission – Application for a Felling Licence     Ref: FL-2026-418
Applicant (owner): ⦃n:Kirtilaxmi Thebe⦄
Address: ⦃h:27 Forest Road, Coleford GL16 8RH⦄
Email: ⦃m:k.thebe@btinternet.com⦄
Woodland: Bream's Eaves Wood, 6.2 ha, OS grid SO 600 050
Proposal: thinning of larch (Phytophthora ramorum notice), restock with oak and hornbeam.
Agent: none. Related licence FL-2024-033 (expired).`,
  },
  {
    lang: 'en',
    kind: 'timber sale contract (stumpage)',
    source: `TIMBER SALE CONTRACT – LUMP SUM
This agreement is made between ⦃n:Imansing Chemjong⦄ ("Seller"), ⦃h:7 Cedar Hollow Dr, Ely, MN 55731⦄,
and North Shore Forest Products, Inc. ("Buyer").
1. Seller agrees to sell all marked red pine on 38 acres of the NE¼ of Section 12.
2. Price: $41,200, payable before harvest begins.
3. Harvest to be completed by April 30, 2027, frozen ground only.
Seller's phone: ⦃t:(218) 365-2290⦄`,
  },
  {
    lang: 'en',
    kind: 'fire lookout staffing rota',
    source: `Deschutes NF – Lookout staffing, July 2026
Lookout        Week 27                 Week 28                 Radio check
Black Butte    ⦃n:Sirijunga Nembang⦄     ⦃n:Hangma Libang⦄         0800/1700
Green Ridge    ⦃n:Hangma Libang⦄         ⦃n:Yehang Tumbapo⦄        0800/1700
Henkle Butte   ⦃n:Yehang Tumbapo⦄        ⦃n:Sirijunga Nembang⦄     0800/1700
Relief: ⦃n:Pharsing Angdembe⦄, cell ⦃t:541-318-2207⦄`,
  },
  {
    lang: 'en',
    kind: 'hunting licence application',
    source: `STATE OF MONTANA – FISH, WILDLIFE & PARKS
Nonresident Big Game Combination Application (summary)
Applicant: ⦃n:Heremoana Tauhiro⦄
Date of birth: ⦃b:March 3, 1986⦄
Mailing address: ⦃h:559 Lakeview Ave, Marquette, MI 49855⦄
Phone: ⦃t:(906) 228-4417⦄   Email: ⦃m:heremoana.tauhiro@icloud.com⦄
Hunter education certificate: MI-2004-118272
Payment: ⦃c:⦄ exp 09/28`,
  },
  {
    lang: 'en',
    kind: 'deer damage claim',
    source: `DEER DAMAGE CLAIM – NEW ZEALAND (Wairarapa pest liaison group)
Claimant: ⦃n:Tebwebwe Kaiea⦄
Property: 120 ha sheep & beef, Te Wharau Rd
Damage: red deer browsing on 1,400 native plantings (QEII covenant), est. NZ$6,300
Contact: ⦃t:+64 21 448 9023⦄, ⦃m:tebwebwe.kaiea@gmail.com⦄
Requested: professional cull and deer fencing subsidy.`,
  },
  {
    lang: 'en',
    kind: 'salmon fishery beat booking',
    source: `River Moy Fishery – Booking confirmation
Angler: ⦃n:Ientaake Tabuaka⦄
Beat: Ridge Pool, Thursday 15 May 2027, 1 rod
State licence no. 2027-S-009188 (checked against German passport ⦃r:⦄)
Fee: €120 received from ⦃i:IE g⦄
Please bring your catch record card. Contact the fishery office on the number on our website.`,
  },
  {
    lang: 'en',
    kind: 'angling club member register',
    source: `LOCH AWE ANGLERS – MEMBER REGISTER 2026/27 (committee only)
No.  Name                   Joined   Email                         Boat
41   ⦃n:Lylyk Moldanov⦄        2019     ⦃m:lylyk.moldanov@proton.me⦄     yes
42   ⦃n:Ortyk Sengepov⦄        2021     ⦃m:ortyk.sengepov@outlook.com⦄   no
43   ⦃n:Nyavrem Kurlomkina⦄    2026     ⦃m:nkurlomkina@gmail.com⦄        no
Secretary: ⦃n:Eremey Tarlin⦄`,
  },
  {
    lang: 'en',
    kind: 'quarry blasting notice to neighbours (no personal data)',
    source: `NOTICE TO NEIGHBOURS – BLASTING AT PENMAEN QUARRY

Blasting will take place on weekdays between 11:30 and 12:30 during November and December 2026.
A siren will sound three times one minute before each blast and once when it is safe.
Ground vibration is monitored at the village hall and at the chapel; the results are published
monthly on the quarry's community page. Footpath 14 will be closed during each blast.
Our community liaison meeting is on 9 December at 7pm in the village hall.`,
  },
  {
    lang: 'en',
    kind: 'mine shift report (MSHA)',
    source: `UNDERGROUND SHIFT REPORT – Tailings Mine #2, Section 4 – Day shift 11/18/2026
Foreman: ⦃n:Yegor Kokshin⦄
Crew: ⦃n:Trokhim Vozhakov⦄ (bolter), ⦃n:Ondra Vekshin⦄ (scoop), ⦃n:Dyoma Perevoshchikov⦄ (belt)
Pre-shift exam 06:10 – no hazards. CH4 0.2%, O2 20.8%.
09:40 roof bolter down (hydraulic leak), repaired 10:25.
Production: 14 cuts, 1,220 tons. Incidents: none.`,
  },
  {
    lang: 'en',
    kind: 'dust complaint response letter',
    source: `Kerry County Council – Environment Section

Dear ⦃n:Gudelia⦄,

Thank you for your email of 2 October about dust from the sand and gravel pit beside your home.
An inspection on 9 October found that the wheel wash was out of use; the operator has repaired it and
will dampen the haul road in dry weather. We will return unannounced within six weeks and write to
you again at ⦃m:gudelia.arana@gmail.com⦄ with the result.

Yours sincerely,
⦃n:Austin Flores⦄, Environmental Inspector`,
  },
  {
    lang: 'en',
    kind: 'solar farm heads of terms (landowner lease)',
    source: `HEADS OF TERMS – OPTION AND LEASE (SOLAR)
Landowner: ⦃n:Tatanka Ohitika Runs Above⦄ and ⦃n:Winyan Walking Elk⦄
Land: approx. 86 acres at Lower Marsh Farm (plan attached)
Option period: 5 years, option fee £7,500 a year
Rent: £1,000 per acre per year, index-linked (CPI), 40-year term
Payments to: ⦃i:GB g⦄
Landowner's solicitor: Harcourt & Lisle LLP`,
  },
  {
    lang: 'en',
    kind: 'community energy co-op share register',
    source: `Isle of Gigha Community Energy Ltd – Register of Members (extract)
Member no.  Name                     Shares   Date admitted
0061        ⦃n:Kji-Saqmaw Sylliboy⦄     250      14/06/2024
0062        ⦃n:Sapatis Knockwood⦄       50       14/06/2024
0063        ⦃n:Mali Piel Googoo⦄        1,000    01/09/2025
0064        ⦃n:Mise'l Doucette⦄         100      03/02/2026
Register kept at the registered office under the Co-operative and Community Benefit Societies Act 2014.`,
  },
  {
    lang: 'en',
    kind: 'rooftop PV connection notification (G98)',
    source: `G98 Installation Document – notification to DNO within 28 days
Customer: ⦃n:Gulnisa Tokhti⦄
Installation address: ⦃h:6 Weir Cottages, Hexham NE46 4QT⦄
Customer email: ⦃m:gulnisa.tokhti@yahoo.co.uk⦄   Phone: ⦃t:07700 900 733⦄
MPAN: 1900 0412 8822 13   Inverter: 3.68 kW, G98 type-tested
Commissioned: 21/11/2026 by MCS installer NE-4418`,
  },
  {
    lang: 'en',
    kind: 'heat pump grant voucher',
    source: `Boiler Upgrade Scheme – Voucher issued
Voucher ID: BUS-2026-0098112
Property owner: ⦃n:Memtimin Sawut⦄
Property: ⦃h:3 Quarry Row, Blaenau Ffestiniog LL41 3AB⦄
Technology: air source heat pump – grant £7,500
Installer: Eryri Heat Ltd (MCS)
Valid until: 18/02/2027
Owner declaration signed online from IP ⦃a:86.142.77.201⦄`,
  },
  {
    lang: 'en',
    kind: 'emissions monitoring summary (no personal data)',
    source: `ANNUAL EMISSIONS MONITORING SUMMARY 2026 – Biomass CHP Plant

Parameter   Limit (mg/Nm³)   Annual mean   Max daily   Compliance
Dust        10               2.1           6.8         yes
NOx         200              142           188         yes
CO          250              61            233         yes
SO2         50               4             11          yes

No exceedances; one CEMS outage of 6 h in August (calibration). Report submitted to the regulator.`,
  },
  {
    lang: 'en',
    kind: 'household recycling centre van permit',
    source: `HOUSEHOLD RECYCLING CENTRE – VAN PERMIT (residents only)
Permit no. VP-26-2210        Valid: 12 visits until 30/09/2027
Resident: ⦃n:Abdurehim Yarmuhemmet⦄
Address: ⦃h:Flat 2, 41 Slate Street, Bethesda LL57 3BN⦄
Vehicle: Ford Transit Custom, reg. CN71 XKD
Not valid for trade or business waste.`,
  },
  {
    lang: 'en',
    kind: 'fly-tipping incident report',
    source: `FLY-TIPPING INCIDENT – Ref FT-26-1187
Location: lay-by on B4228 near Lydbrook
Waste: approx. 2 tonnes builders' rubble, plasterboard, 3 tyres
Evidence found: delivery note addressed to ⦃n:Reyhangul Osmanova⦄, ⦃h:212 Pine Ridge Rd, Bend, OR 97701⦄ (!)
– likely a forwarded address; check with waste carrier ⦃n:Tursunjan Nurdun⦄ (witnessed loading, tel. ⦃t:07700 900 611⦄).
Investigating officer: ⦃n:Aynure Tokhti⦄`,
  },
  {
    lang: 'en',
    kind: "gamekeeper's daily diary",
    source: `Keeper's diary – Glen Lochay estate
Tue 4 Nov: vermin round east beat, 2 stoats. Rain all afternoon.
Wed 5 Nov: stalking with guest ⦃n:Wiyaka⦄ (rifle checked, 2 hinds), ghillie ⦃n:Cetan Kills Enemy⦄.
Thu 6 Nov: feeders filled; met ⦃n:Mahpiya Blue Thunder⦄ from the deer group about cull numbers.
Fri 7 Nov: guest's passport copied for the firearm visitor permit: ⦃r:⦄`,
  },
  {
    lang: 'en',
    kind: 'fish kill incident report',
    source: `FISH KILL INVESTIGATION REPORT – Texas Parks & Wildlife, Kills and Spills Team
Waterbody: Sweetwater Creek below County Rd 108
Reported by: ⦃n:Shuraly Yandush⦄, landowner, ⦃t:(325) 235-8810⦄
Date observed: 08/19/2026
Estimated loss: 1,900 fish (sunfish, catfish)
Probable cause: low dissolved oxygen after storm runoff; no spill found.`,
  },
  {
    lang: 'en',
    kind: 'woodlot management course sign-in sheet',
    source: `Woodlot Management Workshop – Fredericton, NB – Sign-in
Name                      Email                              Woodlot (ha)
⦃n:Ulap Velti⦄               ⦃m:ulap.velti@outlook.com⦄           40
⦃n:Aspi Tuktash⦄             ⦃m:aspituktash@gmail.com⦄            12
⦃n:Xĕvel Uyp⦄                –                                  65
Facilitator: NB Federation of Woodlot Owners`,
  },
  {
    lang: 'en',
    kind: 'geothermal drilling press release (no personal data)',
    source: `PRESS RELEASE – for immediate release

Deep geothermal well reaches 4,900 metres in Cornwall

The second well at the United Downs site has reached its target depth, the project team said today.
Tests over the coming months will measure the flow and temperature of the hot brine; the plant is
planned to supply 3 MW of electricity and heat to a nearby business park, and lithium will be
recovered from the brine. Media enquiries: press office, 01209 000000.`,
  },
  {
    lang: 'en',
    kind: 'mining claim staking record',
    source: `YUKON MINING RECORDER – Quartz claim record (extract)
Claim name: RAVEN 1–8   Grant numbers YF58211–YF58218
Recorded holder: ⦃n:Sernya Yando⦄ (100%), non-resident, passport (DEU) ⦃r:⦄
Mailing address: ⦃h:1030 Turbine Ln, Sweetwater, TX 79556⦄
Staked by: ⦃n:Khadne Vengo⦄ on 22 August 2026
Representation work due: 22 August 2027`,
  },
  {
    lang: 'en',
    kind: 'wind farm bird survey volunteer roster',
    source: `Wind farm post-construction bird survey – vantage point roster (Meitheal volunteers)
VP1 Knockacummer  ⦃n:Ayo Hezhi⦄         ⦃t:+353 86 204 1177⦄
VP2 Boggeragh     ⦃n:Ni Wa Mushou⦄      ⦃t:+353 87 330 9052⦄
VP3 Mullaghareirk ⦃n:Lami Yangzeng⦄     ⦃t:+353 85 771 4026⦄
Six hours per VP per month; records to the ecologist by the 5th.`,
  },
];
