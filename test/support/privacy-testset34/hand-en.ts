import type { HandSource } from './markup.js';

/**
 * Set 34's English hand-written documents: veterinary practices, livestock keeping, pet registries,
 * farm payments and animal trade. Marks: ⧼code:value⧽ (see markup.ts); organisations' own values unmarked.
 */
const en = (kind: string, source: string): HandSource => ({ lang: 'en', kind, source });

export const HAND_EN: HandSource[] = [
  en(
    'Small-animal registration form',
    `Moorland Veterinary Group – New client registration
Name: ⧼n:Dyfrig Llwyd⧽
Address: ⧼h:12 Holloway Lane, Hexham NE46 3PL⧽
Mobile: ⧼t:07781 402915⧽   Email: ⧼m:dyfrig.llwyd@gmail.com⧽
Pet: Border Collie "Pepper", microchip 826098100442781
Practice line for appointments: 01434 600 700`,
  ),
  en(
    'Cattle movement licence',
    `Upland Livestock Traceability – movement licence ML-558120
Keeper: ⧼n:Olwen Meredudd⧽, date of birth ⧼b:14/02/1962⧽
Holding: ⧼h:4 Fold Farm Road, Builth Wells LD2 3SG⧽
Animals: 12 store cattle, tags UK 744118 200441 to 200452
Queries: movements@uplandtrace.co.uk`,
  ),
  en(
    'Farm payment claim bank details',
    `Rural Payments Unit – change of bank details
Claimant: ⧼n:Ithel Hopcyn⧽
Born: ⧼b:3 March 1958⧽
New account: ⧼i:GB g⧽
Correspondence address: ⧼h:27 Marsh Drove, Spalding PE11 3XY⧽
We will never ask for card details by phone. Helpline 0300 200 301.`,
  ),
  en(
    'Equine passport application',
    `Equine Passport Office – application EP-77120
Owner: ⧼n:Aymeric Chastagner⧽
Owner's date of birth: ⧼b:September 9, 1983⧽
Telephone: ⧼t:+33 7 12 48 90 33⧽
Stable address: ⧼h:8 chemin des Prés, 61000 Alençon⧽
Horse: Selle Français gelding, UELN 250001482117339`,
  ),
  en(
    'Online pet shop order',
    `Paddock & Pantry Supplies – order PP-4419021
Ship to: ⧼n:Efstathios Bourdakis⧽, ⧼h:Odos Agiou Nikolaou 14, 41222 Larisa⧽
Email: ⧼m:e.bourdakis@yahoo.com⧽
Paid by card ⧼c: ⧽, order placed from ⧼a:95.141.22.8⧽
Customer service: orders@paddockpantry.com`,
  ),
  en(
    'Vet referral letter',
    `Referral to Lakeside Referrals – orthopaedics
Patient: "Nala", Labrador, 4 years
Owner: ⧼n:Seul-gi Gwon⧽, ⧼t:+82 10-4471-2098⧽
Referring vet: ⧼n:Caryl Griffiths-Owain⧽ MRCVS
History: cranial cruciate rupture left hind, TPLO advised.`,
  ),
  en(
    'Dairy co-op supplier statement',
    `Glenmoy Dairy Co-operative – supplier statement April
Supplier 30218: ⧼n:Treasa Ó Muircheartaigh⧽
Litres supplied 48,110; butterfat 4.22%; protein 3.48%
Paid to ⧼i:GB⧽
Queries: suppliers@glenmoydairy.ie`,
  ),
  en(
    'Seasonal picker onboarding',
    `Greenacre Soft Fruit LLP – new starter
Name: ⧼n:Daljeet Hundal⧽
DOB: ⧼b:21st June 1997⧽
Mobile: ⧼t:+44 7458 220196⧽
Home address: ⧼h:House 18, Canal Road, Faisalabad 38000⧽
Bank: ⧼i:GB g⧽`,
  ),
  en(
    'Smallholder newsletter signup',
    `Thanks for signing up to Hedgerow Smallholders!
We'll send the monthly letter to ⧼m:mumbi.gakuya@outlook.com⧽.
You told us you keep goats and bees at ⧼h:Plot 44, Kiambu Road, Kiambu 00900⧽.
Unsubscribe any time at hedgerow-smallholders.example.org`,
  ),
  en(
    'Animal welfare complaint',
    `RSPCA-style complaint form – ref AW-20931
Complainant: ⧼n:Máirín Ó Catháin⧽, ⧼t:+44 7912 338104⧽
Concern: dogs left in a van at ⧼h:9 Church Close, Bakewell DE45 1GS⧽
Vehicle keeper named by the complainant: ⧼n:Gwydion Madoc⧽`,
  ),
  en(
    'Horse livery agreement',
    `Livery agreement – Brookfield Stables
Owner: ⧼n:Kiyotaka Sakakibara⧽, ⧼m:kiyotaka.sakakibara@icloud.com⧽
Emergency contact: ⧼n:Mitsuko Torikai⧽ ⧼t:+81 90-5521-8804⧽
Monthly fee £420 by standing order to the yard's account GB33 BUKB 2020 1555 5555 55.`,
  ),
  en(
    'Vet practice staff rota',
    `Week 16 on-call rota
Mon–Tue: ⧼n:Nehuén Etchebarne⧽ (⧼t:+44 7712 004391⧽)
Wed–Thu: ⧼n:Itatí Goyechea⧽
Fri–Sun: ⧼n:Cynog Pryce⧽
Out of hours number for clients stays 01434 600 799.`,
  ),
  en(
    'Farm insurance claim',
    `Claim FM-2025-3381: barn fire
Policyholder: ⧼n:Torleiv Haugsbakk⧽, born ⧼b:1955-08-19⧽
Farm: ⧼h:Fjordvegen 112, 4370 Egersund⧽
Phone: ⧼t:+47 915 22 481⧽
Loss adjuster: ⧼n:Ásgeir Guðmundsson⧽`,
  ),
  en(
    'Pet microchip transfer',
    `PetTrace Registry – keeper transfer for chip 276098102009117
Previous keeper: ⧼n:Titilope Akinwunmi⧽, ⧼m:titi.akinwunmi@yahoo.com⧽
New keeper: ⧼n:Chukwunonso Ezeanyika⧽, ⧼h:27 Zik Avenue, Enugu 400102⧽, ⧼t:+234 803 551 2047⧽
Transfer confirmed from IP ⧼a:105.112.44.19⧽`,
  ),
  en(
    'Rancher grazing lease',
    `Grazing lease – Section 14, Gallatin County
Lessor: Mahal Family Trust, trustee ⧼n:Sukhjinder Mahal⧽
Lessee: ⧼n:Galvarino Antileo⧽, ⧼h:2211 Prairie View Drive, Bozeman, MT 59715⧽
Rent $18 per AUM, due May 1.`,
  ),
  en(
    'Veterinary invoice dispute email',
    `From: ⧼m:antonella.huaiquimilla@gmail.com⧽
To: accounts@moorlandvets.co.uk
Subject: Invoice 88120

Hi, I was charged twice for Toffee's dental. The second charge went on my card ending 4412.
Please refund and call me on ⧼t:+56 9 8812 4470⧽.
⧼n:Antonella Huaiquimilla⧽`,
  ),
  en(
    'Breeder puppy contract',
    `Puppy sale contract
Breeder: ⧼n:Ultán Ó hUiginn⧽, ⧼h:14 Main Street, Spalding PE11 2AX⧽
Buyer: ⧼n:Prameswari Hadiningrat⧽, date of birth ⧼b:02/11/1990⧽
Buyer's passport (German): ⧼r:⧽
Deposit paid £300.`,
  ),
  en(
    'Agricultural show entry',
    `County Show 2025 – livestock entries
Exhibitor: ⧼n:Aslaug Støylen⧽, ⧼m:aslaug.stoylen@proton.me⧽
Class 14 Texel ewe, class 22 shearling ram
Exhibitor number 1184. Secretary: entries@countyshow.example.org.uk`,
  ),
  en(
    'Tenant farmer reference letter',
    `To whom it may concern,
I have known ⧼n:Vítězslav Křivánek⧽ (born ⧼b:5 Oct 1979⧽) for eight years as a tenant on our estate.
He kept excellent records and paid rent promptly. He can be reached at ⧼h:Polní 1022, 393 01 Pelhřimov⧽.
⧼n:Elin-Mair Hopcyn⧽, land agent`,
  ),
  en(
    'Goat dairy cheese licence',
    `Food Business Registration – raw milk cheese
Operator: ⧼n:Sekarini Atmodjo⧽
Premises: ⧼h:Jalan Raya Bedugul No. 17, Tabanan 82191⧽
Contact: ⧼t:+62 812-4470-2219⧽
Inspection scheduled with the district food team.`,
  ),
  en(
    'Kennel club litter registration',
    `Litter registration – Welsh Springer Spaniel, 6 puppies
Breeder: ⧼n:Vebjørn Brekkhus⧽
Sire owner: ⧼n:Pantelis Karagiannidis⧽, ⧼m:pantelis.karagiannidis@gmail.com⧽
Fees paid by card ⧼c:-⧽`,
  ),
  en(
    'Livestock auction buyer account',
    `Mart buyer account application
Buyer: ⧼n:Ozren Bjelovučić⧽, ⧼h:Vinogradska ulica 8, 43000 Bjelovar⧽
Date of birth: ⧼b:1971-04-23⧽
Mobile: ⧼t:+385 98 441 2076⧽
Settlement account: ⧼i:DE g⧽`,
  ),
  en(
    'Beekeeper association roster',
    `Valley Beekeepers – swarm collectors 2025
North: ⧼n:Siyamak Nabavi⧽ ⧼t:+1 (515) 382-1190⧽
South: ⧼n:Goli Davoudi⧽ ⧼t:+1 (717) 604-2278⧽
Report swarms to the association hotline 1-800-555-0199 only if no collector answers.`,
  ),
  en(
    'Abattoir kill sheet',
    `Kill sheet 14 April
Producer: ⧼n:Mun Byung-chul⧽, lot 118, 22 lambs, average 19.4 kg
Producer: ⧼n:Kahura⧽, lot 119, 9 hoggets
Remittance emailed to producers; plant office: office@valleymeats.example.com`,
  ),
  en(
    'German tax form for farm worker',
    `Note for payroll: ⧼n:Andrejs Pētersons⧽ worked on the German farm in 2024.
German tax ID ⧼x:⧽, pension insurance number ⧼s:18081986 Pētersons m⧽,
born ⧼b:18.08.1986⧽. ID card number ⧼k:⧽ (checked in person).`,
  ),
  en(
    'Veterinary practice portal audit',
    `Client portal audit – account of ⧼m:gudveig.langeland@outlook.com⧽
2025-03-11 08:02 login from ⧼a:176.58.12.201⧽
2025-03-11 08:05 phone changed to ⧼t:+47 482 91 330⧽
Portal host: app.moorlandvets.co.uk (10.12.0.4)`,
  ),
  en(
    'Horse sale bill',
    `Bill of sale: chestnut mare "Amber Lass"
Seller: ⧼n:Kimotho Wahome⧽, ⧼h:Plot 7, Nyeri-Othaya Road, Nyeri 10100⧽
Buyer: ⧼n:Lailuma Safi⧽
Price KSh 420,000 received in full.`,
  ),
  en(
    'Farm vet visit report',
    `Herd health visit – ⧼n:Ulvestad⧽ farm
Farmer ⧼n:Olaug Ulvestad⧽ reported two cases of mastitis; bulk tank SCC 210,000.
Recommend teat dip change and dry cow therapy review. Next visit in 4 weeks.`,
  ),
  en(
    'Poultry flock registration',
    `Poultry register – flock of 60 laying hens
Keeper: ⧼n:Chrysanthos Stefanidou⧽
Keeper's home: ⧼h:Odos Kountouriotou 3, 71202 Irakleio⧽
Email for disease alerts: ⧼m:chrysanthos.stef@gmail.com⧽
Date of birth (for identity check): ⧼b:Jan 30, 1974⧽`,
  ),
  en(
    'No personal data: drug recall notice',
    `Recall notice – batch K220419 of oxytetracycline 200 mg/ml injection
Stop using the affected batch and return stock to your wholesaler.
Questions: pharmacovigilance@vetpharma.example.com, freephone 0800 028 4410.`,
  ),
  en(
    'No personal data: grazing guidance',
    `Spring grazing guidance
Turn cattle out when grass covers reach 2,500 kg DM/ha. Watch for grass tetany in older cows;
offer magnesium licks. Our advisory line is open weekdays 9–5 on 0345 600 1122.`,
  ),
  en(
    'No personal data: practice opening hours',
    `Opening hours over the bank holiday
Friday 9–1, Saturday closed, Monday emergencies only. For emergencies call 01434 600 799.
Repeat prescriptions must be ordered by Wednesday via pharmacy@moorlandvets.co.uk.`,
  ),
];
