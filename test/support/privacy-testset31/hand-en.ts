import type { HandSource } from './markup.js';

/** English hand-written documents of set 31, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'crew change e-mail from ship manager',
    source: `From: Harbourline Ship Management – Manning <manning@harbourline-sm.co.uk>
To: agency@marsaxlokk-shipping.example
Subject: MV Lady Valletta – crew change Marsaxlokk 18 March

Dear colleagues,
Signing off: Chief Cook ⸢n:Dioscoro Pangaliman⸣ (DOB ⸢b:12 JUN 1971⸣) and OS ⸢n:Teofisto Batumbakal⸣ (DOB ⸢b:30/01/1998⸣).
Joining: 2/E ⸢n:Zinoviy Belozertsev⸣, arriving on KM 117 from Frankfurt. Please meet him at arrivals; his mobile is ⸢t:+380 67 214 55 09⸣.
OKTB letters attached.

Kind regards,
⸢n:Loukia Theophanous⸣ | Crew Coordinator | direct ⸢t:+357 25 818 342⸣ | ⸢m:l.theophanous@harbourline-sm.co.uk⸣`,
  },
  {
    lang: 'en',
    kind: 'FAL Form 5 crew list',
    source: `IMO FAL FORM 5 — CREW LIST                         Arrival / Departure: Arrival
1.1 Name of ship: CAPE SOUNION   1.2 IMO number: 9512275   1.3 Call sign: 9HA4417   1.4 Voyage number: 26-03
2. Port of arrival: Limassol   3. Date of arrival: 02/03/2026   4. Flag State of ship: Malta   5. Last port of call: Piraeus
6. No. | 7. Family name, given names | 8. Rank | 9. Nationality | 10. Date and place of birth | 11. Nature and No. of identity document
1 | ⸢n:KARAMANOLAKIS, Spyridoula⸣ | Master | Greek | ⸢b:04.05.1976⸣ Chios | Seaman's book GR-SB 00412877
2 | ⸢n:MANALANSAN, Hermogenes⸣ | C/O | Filipino | ⸢b:19.11.1984⸣ Batangas | Seaman's book PH-SB B0771324
3 | ⸢n:KUDRYAVKIN, Arkhip⸣ | C/E | Ukrainian | ⸢b:01.08.1969⸣ Kherson | Seaman's book UA-SB A0993102
4 | ⸢n:SCHUITEMA, Wubbe⸣ | 3/E | German | ⸢b:15.02.1991⸣ Emden | Passport ⸢r:⸣
15. Date and signature by master: 02/03/2026 ⸢n:S. Karamanolakis⸣`,
  },
  {
    lang: 'en',
    kind: 'allotment instruction form',
    source: `ALLOTMENT INSTRUCTION – Aktí Maritime Management S.A.
Seafarer: ⸢n:Wahyudi Notosusanto⸣, Oiler, crew ID AK-22318
Allottee: ⸢n:Ratnaningsih Notosusanto⸣ (wife)
Allottee address: ⸢h:Jalan Nelayan No. 44, Semarang 50174⸣
Monthly amount: USD 900 to remittance partner, recipient mobile ⸢t:+62 812-2208-4471⸣
Second allotment: USD 250 to ⸢n:Tumini Purwanegara⸣ (mother), same address.`,
  },
  {
    lang: 'en',
    kind: 'medical fitness certificate',
    source: `MEDICAL CERTIFICATE FOR SERVICE AT SEA (STCW Reg. I/9, MLC 2006)
Surname: ⸢n:Nadiradze⸣   First names: ⸢n:Revazi⸣
Date of birth: ⸢b:22 October 1986⸣   Sex: M   Nationality: Georgian
Home address: ⸢h:14 Mariners Way, Hull HU9 1TA⸣
Hearing: meets standards   Unaided hearing: yes   Visual acuity: meets   Colour vision: meets (tested 02/2026)
Fit for lookout duties: YES   No limitations or restrictions on fitness
Approved doctor: Dr ⸢n:Giacomina Garbarino⸣, Port Health Clinic Hull, clinic line 01482 300 400`,
  },
  {
    lang: 'en',
    kind: 'port state control detention report',
    source: `PARIS MOU – REPORT OF INSPECTION (FORM B) – DETENTION
Ship: MAAS TRADER   IMO: 9377508   Flag: Panama   Type: General cargo   Call sign: 3EKZ7
Place of inspection: Southampton   Date: 11/02/2026
Deficiencies: 10111 Charts – not updated (ground for detention); 04110 Abandon ship drills – not performed as required;
18409 Hours of rest records – inconsistent.
Issued by the Maritime and Coastguard Agency, Southampton Marine Office, psc.southampton@mcga.example, 0203 817 2000.`,
  },
  {
    lang: 'en',
    kind: 'pilot booking confirmation',
    source: `PILOT BOOKING CONFIRMED – Port of Rotterdam
Vessel: Baltic Osprey (IMO 9445901), draught 11.2 m
Boarding: Maascenter, 07 March 2026 02:15 LT
Pilot assigned: ⸢n:Gerbrand Kwakernaak⸣
Please have the pilot ladder rigged 1.5 m above water, starboard side. Pilot's direct mobile for this job only: ⸢t:+31 6 41882017⸣
Booking ref. LP-2026-004418 · Loodswezen planning: +31 10 400 0500`,
  },
  {
    lang: 'en',
    kind: 'cruise passenger manifest extract',
    source: `PASSENGER MANIFEST (extract) – MS Lady Valletta – embarkation Valletta
Cabin | Guest | DOB | Nationality | Passport
8112 | ⸢n:Androulla Solomonides⸣ | ⸢b:1953-03-09⸣ | Cypriot | CY K00814412
8112 | ⸢n:Neophytos Solomonides⸣ | ⸢b:1950-12-24⸣ | Cypriot | CY K00814413
9204 | ⸢n:Grazzjella Pullicino⸣ | ⸢b:1968-07-17⸣ | Maltese | MT 1122934
9205 | ⸢n:Gauci, Tumasina⸣ | ⸢b:1999-05-30⸣ | Maltese | MT 1189002`,
  },
  {
    lang: 'en',
    kind: 'medical centre log on cruise ship',
    source: `MEDICAL CENTRE – DAILY LOG 14 FEB
09:10 Guest ⸢n:Ilanchezhian Arunachalasamy⸣ (cabin 6031, DOB ⸢b:2 Feb 1961⸣): chest pain, ECG normal, observation 2 h, discharged.
11:45 Crew ⸢n:Leonisa Lacanilao⸣ (housekeeping, crew no. 88214): cut left thumb, 3 sutures, light duty 5 days.
14:20 Guest ⸢n:Karuppannan⸣ (cabin 6031) follow-up, wife ⸢n:Pushpalatha⸣ present.
Duty doctor: Dr. ⸢n:Manickavelu⸣`,
  },
  {
    lang: 'en',
    kind: 'shore excursion booking',
    source: `Your shore excursion is booked!
Dear Mr ⸢n:Okorotie⸣,
Excursion: Dubrovnik City Walls & Cable Car, 22 May, meeting point pier 2 at 08:45.
Guests: ⸢n:Diepreye Okorotie⸣, ⸢n:Ebiere Okorotie⸣
Charged to card ⸢c:⸣ – total EUR 238.00
Questions? Reply to excursions@ligurecruises.it or call the onboard desk (ext. 5100).`,
  },
  {
    lang: 'en',
    kind: 'marina berth contract',
    source: `ANNUAL BERTHING AGREEMENT – Grand Harbour Marina
Berth holder: ⸢n:Pawlina Mercieca⸣
Address: ⸢h:21 Triq il-Marina, Marsaskala MSK 1011⸣
Mobile: ⸢t:+356 9942 1178⸣   Email: ⸢m:pawlina.mercieca@gmail.com⸣
Vessel: "Blue Halcyon", sloop, LOA 12.4 m, registered Valletta 17432
Payment by direct debit from ⸢i:MT g⸣
Marina office: +356 2180 0700, berths@ghm.example`,
  },
  {
    lang: 'en',
    kind: 'skipper licence verification',
    source: `Yacht charter – skipper verification
Charterer / skipper: ⸢n:Torang Hutabarat⸣
ICC no. 0044718 issued by RYA, VHF SRC certificate 22-41187
Date of birth: ⸢b:March 3, 1982⸣
Home: ⸢h:Blk 418 Jurong West Street 41, Singapore 640418⸣
Phone ⸢t:+65 9128 4410⸣ · ⸢m:torang.hutabarat@proton.me⸣
Verified by base manager ⸢n:Stefano Repetto⸣`,
  },
  {
    lang: 'en',
    kind: 'Danube river cruise crew roster',
    source: `MS Danube Serenade – hotel crew roster, week 11
Hotel manager: ⸢n:Nicolò Costaguta⸣
Chef: ⸢n:Blažo Kaluđerović⸣ · Sous-chef: ⸢n:Stana Zeković⸣
Housekeeping: ⸢n:Jelica Mijušković⸣, ⸢n:Otylka Klińszczi⸣
Nautical crew managed by the charterer; contact nautical@danube-serenade.example`,
  },
  {
    lang: 'en',
    kind: 'ferry operator lost property report',
    source: `LOST PROPERTY – Irish Sea ferry, sailing Holyhead–Dublin 07:55
Item: black rucksack with laptop, found deck 8 lounge.
Owner identified from laptop login: ⸢n:Arkhip Sinichkina⸣ – no, corrected: ⸢n:Agafya Sinichkina⸣, contact ⸢t:+44 7817 446 902⸣, ⸢m:agafya.s@outlook.com⸣
Owner's address for postage: ⸢h:7 Quayside Terrace, Liverpool L3 4BB⸣
Logged by purser ⸢n:Gunnvor Haugsvær⸣`,
  },
  {
    lang: 'en',
    kind: 'fishing vessel licence application',
    source: `APPLICATION FOR A SEA FISHING VESSEL LICENCE (Category A, 10 m and under)
Owner: ⸢n:Ephson-Mills, Kobbina⸣
Address: ⸢h:52 Harbour Parade, Aberdeen AB11 5DN⸣
Date of birth: ⸢b:17th September 1973⸣
Vessel: "Morning Star", PLN AB 214, RSS no. C18742
Contact telephone: ⸢t:01224 881 304⸣
Bank for licence fee refunds: ⸢i:GB⸣`,
  },
  {
    lang: 'en',
    kind: "seafarers' welfare case note",
    source: `Seafarers' Welfare – case note (Port of Singapore)
Visited MT Aegean Spirit at anchorage. AB ⸢n:Sahat Panggabean⸣ reports wages unpaid for 3 months; wife ⸢n:Lamtiur⸣ in Medan has no income.
Referred to ITF inspector. Seafarer's own phone (WhatsApp): ⸢t:+62 813-6140-2277⸣.
Next visit with chaplain ⸢n:Efuwa Essumang⸣ on Friday.`,
  },
  {
    lang: 'en',
    kind: 'port agency invoice without personal data',
    source: `PROFORMA DISBURSEMENT ACCOUNT – Port of Piraeus
Vessel: Nordic Tern, GRT 22,450, NRT 11,020, 3 days alongside Ikonio terminal
Port dues EUR 6,210.00 · Pilotage EUR 1,880.00 · Towage (2 tugs) EUR 4,400.00 · Agency fee EUR 1,250.00
Remit to: Aktí Maritime Management S.A., Eurobank Piraeus, ref. PDA-26-0771. Enquiries: accounts@akti-maritime.gr`,
  },
  {
    lang: 'en',
    kind: 'seaman discharge book entry request',
    source: `Request to update Continuous Discharge Certificate
Name: ⸢n:Ratheesh Kizhakkedathu⸣ (surname as per passport)
DOB: ⸢b:05-Apr-79⸣
Sign-on: 12/09/2025 MV Rhenus II, Sign-off: 03/02/2026 Rotterdam, rank: Fitter
Send the updated CDC to: ⸢h:41 Marine Drive, Kochi 682001⸣
Mobile ⸢t:+91 94470 22816⸣`,
  },
  {
    lang: 'en',
    kind: 'harbour master notice to mariners',
    source: `HARBOUR MASTER – LOCAL NOTICE TO MARINERS No. 9 of 2026
Dredging operations will take place in the approach channel between buoys No. 5 and No. 9 from 16 to 20 March.
Vessels shall keep a distance of 100 m from the dredger "Zeevalk" and call Port Control on VHF 14.
Harbour Master's Office, Valletta · +356 2122 2203 · harbourmaster@transport.example`,
  },
  {
    lang: 'en',
    kind: 'yacht charter crew list for customs',
    source: `CREW LIST – S/Y Meltemi (Croatian flag), departure ACI Marina Split
Skipper: ⸢n:Frane Buljubašić⸣, ⸢b:11.11.1980⸣, Croatian
Crew: ⸢n:Nediljka Buljubašić⸣, ⸢b:03.03.1983⸣, Croatian
Guest: ⸢n:Uxiña Regueiriño⸣, ⸢b:27.06.1995⸣, Spanish, ⸢t:+34 622 481 907⸣
Guest: ⸢n:Anxiño Bouzada⸣, ⸢b:14.01.1994⸣, Spanish
Skipper mobile ⸢t:+385 98 771 2045⸣`,
  },
  {
    lang: 'en',
    kind: 'shipping company HR record of German seafarer',
    source: `HR RECORD – German social insurance data (confidential)
Employee: ⸢n:Eivinn Kvalvik⸣, Chief Officer, German national resident in Bremerhaven
Tax ID (Steuer-ID): ⸢x:⸣
Pension insurance number: ⸢s:03031979 Kvalvik m⸣
ID card: ⸢k:⸣
Salary account: ⸢i:DE g⸣
Private e-mail: ⸢m:eivinn.kvalvik@gmx.net⸣`,
  },
  {
    lang: 'en',
    kind: 'ITF inspector report on abandoned crew',
    source: `ITF INSPECTORATE – REPORT
Vessel: Lady Valletta (IMO 9266711), Panama flag, detained at Algeciras since 04/01/2026.
Crew of 14 unpaid since October. Spokesperson: 2/O ⸢n:Maritoni Magsombol⸣, reachable on ⸢t:+63 918 440 2716⸣.
Ukrainian crew represented by ⸢n:Oksentiy Kovalyshak⸣.
Owner's registered office: Panama City, no response to calls to +507 263 4410.`,
  },
  {
    lang: 'en',
    kind: 'port security gate pass',
    source: `PORT FACILITY GATE PASS (ISPS) – Felixstowe Berth 8
Visitor: ⸢n:Anowara Laskar⸣, superintendent for Harbourline Ship Management
Vessel visited: Elbe Pioneer
Vehicle reg. YK21 HXP · Escort: security officer on duty
Visitor's mobile: ⸢t:+44 7412 390 224⸣`,
  },
  {
    lang: 'en',
    kind: 'cruise guest complaint e-mail',
    source: `From: ⸢m:loukas.hadjipetrou@yahoo.com⸣
Subject: Cabin 10118 – refund request

Hello, my wife and I (⸢n:Christakis Hadjipetrou⸣ and ⸢n:Panayiota Hadjipetrou⸣) were charged twice for the Santorini excursion. Please refund EUR 190 to the Visa card ending 4417. Our home address is ⸢h:Spyrou Kyprianou Avenue 80, 3036 Limassol⸣.
Thank you`,
  },
  {
    lang: 'en',
    kind: 'crew wifi abuse notice',
    source: `Notice – crew internet usage MV Cape Sounion
Our satellite provider flagged unusual traffic from crew device ⸢a:172.20.4.33⸣ on 19/02 (cabin 214, user ⸢n:Kaitara⸣).
A second device ⸢a:2a02:810d:4b80:1c20::17⸣ (user ⸢n:Teekabu Tabwebweiti⸣) connected through a private VPN.
Please remind the crew of the fair-use policy. — IT Ops, it.ops@capesounion-mgmt.example`,
  },
  {
    lang: 'en',
    kind: 'ferry accessibility booking',
    source: `ASSISTED TRAVEL BOOKING – Larne–Cairnryan
Passenger: ⸢n:Rokeya Khondokar⸣, wheelchair user, travelling with carer ⸢n:Moinul Uddin⸣
Booking no. 7Q4P2X, vehicle not required
Contact on day of travel: ⸢t:+44 7543 227 019⸣
Payment: ⸢c:d⸣`,
  },
  {
    lang: 'en',
    kind: 'inland waterway boatmaster licence renewal',
    source: `Union boatmaster's certificate – renewal request (Rhine)
Holder: ⸢n:Klaasje Schuitema⸣, Dutch, born ⸢b:8 July 1975⸣
Address: ⸢h:Havenkade 12, 1781 AB Den Helder⸣
Medical fitness attached, e-mail for the certificate: ⸢m:k.schuitema@ziggo.nl⸣
Phone ⸢t:06-41882290⸣`,
  },
  {
    lang: 'en',
    kind: 'tanker vetting summary without personal data',
    source: `SIRE 2.0 inspection summary – MT Aegean Spirit
Date: 09/01/2026, port: Antwerp. Observations: 4 (human factors 1, process 2, hardware 1). No high-risk observations.
Operator's response due within 14 days. Vetting desk: vetting@akti-maritime.gr, +30 210 4290 150.`,
  },
  {
    lang: 'en',
    kind: 'crew travel itinerary',
    source: `TRAVEL ITINERARY
Passenger: ⸢n:MAGSOMBOL/MARITONI⸣ MS – no, corrected record: ⸢n:MAGSOMBOL/LEONISA⸣ MS
PR 720 Manila–London 24MAR 23:55, connecting BA 2758 to Gibraltar.
Traveller's e-mail on the booking: ⸢m:leonisa.magsombol@yahoo.com⸣, mobile ⸢t:+63 927 551 0432⸣
Agent: Seacrew Travel Makati, ticketing@seacrewtravel.example`,
  },
  {
    lang: 'en',
    kind: 'seafarer employment agreement extract',
    source: `SEAFARER EMPLOYMENT AGREEMENT (MLC 2006, Standard A2.1)
Seafarer: ⸢n:Lilibeth Pagaduan⸣, born ⸢b:12/12/1990⸣ in Laoag City
Home address: ⸢h:33 Burgos Street, Laoag City 2900⸣
Position: Messwoman, basic wage USD 780, contract 9 months
Next of kin: ⸢n:Apolinario Pagaduan⸣ (father), ⸢t:+63 917 302 8815⸣`,
  },
  {
    lang: 'en',
    kind: 'marina invoice to sole trader',
    source: `INVOICE 2026-0211 – ⸢n:Haverhoek⸣ Marine Services (sole trader)
From: ⸢n:Teunisje Haverhoek⸣, rigger, ⸢m:info@teunisjehaverhoek.nl⸣, ⸢t:+31 6 24410987⸣
To: Grand Harbour Marina Ltd
Re-rigging of S/Y "Windfang", 14 hours at EUR 65 = EUR 910
Please pay to ⸢i:NL⸣`,
  },
  {
    lang: 'en',
    kind: 'VTS incident log',
    source: `VTS Humber – incident log 03/03/2026
04:12 Fishing vessel "Morning Star" reports man overboard 2 nm E of Spurn. Skipper ⸢n:Kobbina Ephson-Mills⸣ on VHF 16.
04:19 RNLI Humber lifeboat launched. 04:41 Person recovered: deckhand ⸢n:Ekowbina Acquaye⸣, conscious, hypothermic.
05:10 Landed Grimsby, ambulance. Next of kin informed via the owner.`,
  },
  {
    lang: 'en',
    kind: 'bunker supplier delivery note without personal data',
    source: `BUNKER DELIVERY NOTE (MARPOL Annex VI)
Receiving ship: Baltic Osprey, IMO 9445901. Port: Singapore, anchorage Eastern Bunkering A.
Product: VLSFO 0.5% S, quantity 812.4 MT, density 0.9488 at 15 °C, sulphur 0.47% m/m.
Supplier: Straits Marine Fuels Pte Ltd, 1 Harbourfront Ave, Singapore 098632, ops@straitsfuels.example`,
  },
  {
    lang: 'en',
    kind: 'next-of-kin notification letter',
    source: `Dear Mrs ⸢n:Valarmathi Subbarayalu⸣,

We regret to inform you that your husband, Bosun ⸢n:Muthuvel Subbarayalu⸣, was injured on board MV Maas Trader and has been landed in Rotterdam for hospital treatment. He is stable.
Our port captain ⸢n:Aldis Sniķere⸣ will call you today on ⸢t:+91 98840 17320⸣.
Travel for one family member will be arranged. Please reply to ⸢m:a.snikere@harbourline-sm.co.uk⸣.

Harbourline Ship Management Ltd, 24/7 emergency line +44 20 7481 2299`,
  },
];
