import type { HandDoc } from './hand-de.js';

/** Set 14's English hand-written documents: schools, nurseries, universities, research, housing (UK, IE, CA, AU, IN). */
const en = (kind: string, source: string): HandDoc => ({ lang: 'en', kind, source });

export const HAND_EN: HandDoc[] = [
  en(
    'school absence e-mail from a parent',
    `From: ⦃m:marsaili.gilchrist@btinternet.com⦄
To: office@hillhead-primary.org.uk
Subject: Absence – P4 ⦃n:Ruairidh⦄

Hi, ⦃n:Ruairidh Gilchrist⦄ (P4) has a temperature and won't be in today or tomorrow.
Best, ⦃n:Marsaili Gilchrist⦄ – ⦃f:07700 918 442⦄`,
  ),
  en(
    "parents' evening booking confirmation",
    `Your Parents' Evening appointments (Thursday 20 November)
Student: ⦃n:Jarrah Marika⦄ – Year 9
17:35 Mr ⦃n:Gethin Powys⦄ (Science) – Room S14
17:45 Ms ⦃n:Eleri Gwalchmai⦄ (English) – Room E2
Booked by: ⦃n:Kalinda Marika⦄, ⦃m:kalinda.marika@outlook.com⦄`,
  ),
  en(
    'school trip consent form with passport',
    `Year 10 Exchange – Hamburg, 8–14 March – Consent & Travel Details
Pupil: ⦃n:Leopoldo Abbondanza⦄   Date of birth: ⦃gb:14/02/2011⦄
Passport (German, dual national): ⦃rp:JFC992VG63⦄
Parent/carer: ⦃n:Serafina Abbondanza⦄   Mobile: ⦃f:+44 7981 204 336⦄
Medical: mild asthma, inhaler in hand luggage
Signed: S. ⦃n:Abbondanza⦄`,
  ),
  en(
    'childcare collection authorisation (Australia)',
    `Little Wattle Early Learning – Authorised Nominee Form
Child: ⦃n:Bindi Yunupingu⦄ (Joeys room)
Authorised to collect: ⦃n:Yarran Goolagong⦄ (uncle) – ph ⦃f:0412 558 903⦄
Authorised to collect: ⦃n:Jedda Namatjira⦄ (grandmother) – ph ⦃f:(08) 8952 4410⦄
Parent signature: ⦃n:Kirra Yunupingu⦄   Date: 03/12/2026`,
  ),
  en(
    'nursery allergy action plan (Ireland)',
    `Allergy Action Plan – Tír na nÓg Crèche, Galway
Child: ⦃n:Aníbal Sarmento⦄   DOB: ⦃gb:21 June 2022⦄
Allergen: tree nuts, sesame. Adrenaline auto-injector 0.15 mg in red bag.
Contact parent: ⦃n:Glória Sarmento⦄ ⦃f:087 441 2093⦄, then ⦃n:Afonso Sarmento⦄ ⦃f:086 209 7781⦄
GP: Dr ⦃n:Ishbel Kinnaird⦄, Salthill Medical Centre`,
  ),
  en(
    'university admissions offer letter (Canada)',
    `Office of the Registrar – McGill University, 845 Sherbrooke St W, Montréal QC H3A 0G4
⦃n:Clermont Létourneau⦄
⦃adr:4217 Rue Saint-Denis, Apt 3
Montréal QC H2J 2L1⦄

Dear ⦃n:Clermont Létourneau⦄,
We are pleased to offer you admission to the Bachelor of Education. Please accept by 1 March via Minerva.
Questions: admissions@mcgill.ca or 514-398-3910.`,
  ),
  en(
    'exam board minutes (UK)',
    `Minutes – Board of Examiners, MSc Data Science, 24 June
Present: Prof ⦃n:Costanza Bevilacqua⦄ (Chair), Dr ⦃n:Kasun Herath⦄, Dr ⦃n:Sudha Periasamy⦄; External: Prof ⦃n:Eudoxie Malaterre⦄ (Lyon)
4.2 Extenuating circumstances: candidate ⦃n:Igor Rusnák⦄ – deferral granted; ⦃n:Ramesh Poudel⦄ – resit capped at 50.
4.3 Borderline cases reviewed blind (candidate numbers only).
Secretary: ⦃n:Iresha Gunasekara⦄`,
  ),
  en(
    'thesis supervision agreement (India)',
    `Indian Institute of Technology Madras – PhD Supervision Agreement
Scholar: ⦃n:Tamilselvi Shanmugam⦄, Roll No. CS22D014
Guide: Dr ⦃n:Balamurugan Sundaram⦄   Co-guide: Dr ⦃n:Sreejith Nambiar⦄
Scholar's permanent address: ⦃adr:14, 2nd Cross Street, Anna Nagar, Madurai 625020⦄
Scholar's mobile: ⦃f:+91 94433 18027⦄`,
  ),
  en(
    'scholarship payment details form (Ireland)',
    `Trinity Access Scholarship – Bank Details for Payment
Student name: ⦃n:Darius Paulauskas⦄
Student number: 22019473 (not a PPS number)
IBAN: ⦃ib:IE23 BOFI 7829 5292 9158 21⦄
Email for remittance advice: ⦃m:paulausd@tcd.ie⦄`,
  ),
  en(
    'language school enrolment with German ID card (Ireland)',
    `Atlantic English College, Cork – Enrolment
Student: ⦃n:Wigand Dreyhaupt⦄   DOB: ⦃gb:30 September 2001⦄
ID document: German identity card no. ⦃pa:XZ9T0CX9L9⦄
Course: General English B2, 12 weeks, course code AEC-B2-12
Host family: ⦃n:Somhairle⦄ and ⦃n:Ishbel Lamont⦄, Douglas, Cork
Payment: card ending 5811 (full number not stored)`,
  ),
  en(
    'research study consent form (UK)',
    `CONSENT FORM – "Commuting and Wellbeing in Student Renters" (REC ref 26/LO/0418)
Participant ID: CW-118
1. I confirm I have read the information sheet dated 01/09/2026. [initial] ✔
2. I agree to my interview being audio recorded. ✔
Name of participant: ⦃n:Navneet Pannu⦄   Signature: N. ⦃n:Pannu⦄
Name of researcher: ⦃n:Rhiannon Prydderch⦄   ⦃m:r.prydderch@ucl.ac.uk⦄`,
  ),
  en(
    'participant screening log',
    `Screening log – site 02 (pseudonymised; key held by PI only)
CW-118 | eligible | interview booked 12/10
CW-119 | ineligible (owner-occupier)
CW-120 | eligible | no response after 2 reminders
Entered by: ⦃n:Tharindu Bandara⦄, checked by PI ⦃n:Idris Meirion⦄`,
  ),
  en(
    'student residence incident report',
    `Incident Report – Carrington Hall, Block D
Date/time: 29/11, 02:40. Fire alarm activated by cooking, kitchen D3.
Resident responsible: ⦃n:Tatsuya Sugiyama⦄ (room D3.11), phone ⦃f:07488 201 559⦄
Witness: ⦃n:Oľga Švecová⦄ (D3.09)
Reported by night warden ⦃n:Athumani Mwakyusa⦄`,
  ),
  en(
    'assured shorthold tenancy agreement extract',
    `THIS AGREEMENT is made between Halkett Lettings Ltd (the Agent on behalf of the Landlord) and
the Tenant: ⦃n:Lahiru Rajapaksha⦄, of ⦃adr:Flat 2, 17 Marchmont Road, Edinburgh EH9 1HY⦄ (address for service)
Property: ⦃adr:3F1, 40 Warrender Park Road, Edinburgh EH9 1EU⦄
Rent: £1,150 per calendar month, payable by standing order.
Deposit £1,150 lodged with SafeDeposits Scotland.`,
  ),
  en(
    'rent arrears letter (UK)',
    `Ms ⦃n:Chamari Gunasekara⦄
⦃adr:24 Pretoria Avenue
London E17 7DR⦄

Dear Ms ⦃n:Gunasekara⦄,
Re: rent arrears of £2,310.00
Our records show three missed payments. Please contact our income team on 020 8496 0771 or income@waltham-homes.org.uk within 14 days to agree a payment plan.
Yours sincerely, ⦃n:Ilavarasi Muthuswamy⦄, Income Officer`,
  ),
  en(
    'meter reading submission (Australia)',
    `Meter read – submitted via tenant portal
Tenant: ⦃n:Tupe Faleolo⦄
Property: ⦃adr:7/41 Station Street, Fairfield VIC 3078⦄
Electricity meter no. Z14-8812096 – reading 48213 kWh
Photo attached. Contact: ⦃m:tupe.faleolo@bigpond.com⦄`,
  ),
  en(
    'repair request ticket (Canada)',
    `Work order #4471 – Maintenance – Status: Open
Unit 1207, 2150 Lakeshore Blvd W (building)
Tenant: ⦃n:Huguette Charbonneau⦄ – ⦃f:(416) 555-0183⦄
Issue: Dishwasher leaking under the counter, water on floor.
Permission to enter: yes, dog in unit. Assigned: ⦃n:Rosaire Robitaille⦄ (super)`,
  ),
  en(
    'caretaker rota (UK)',
    `Caretaker Rota – Elmfield Estate – December
Week 1: ⦃n:Hinemoa Tipene⦄ (mobile ⦃f:07823 440 118⦄)
Week 2: ⦃n:Rawiri Horomona⦄ (mobile ⦃f:07823 440 119⦄)
Week 3: ⦃n:Hinemoa Tipene⦄
Week 4: agency cover
Out of hours: estate office switchboard ⦃f:0161 496 0350⦄`,
  ),
  en(
    'housing co-operative meeting minutes (Canada)',
    `Riverdale Housing Co-op – General Members' Meeting, 18 November
Chair: ⦃n:Maryse Ouellette⦄. Minutes: ⦃n:Gaétan Bouchard⦄.
Motion to approve 2027 housing charges (+2.5%): moved ⦃n:Adélard Gervais⦄, seconded ⦃n:Jocelyne Turcotte⦄ – carried.
Member ⦃n:Gérald Desjardins⦄ (unit 14) asked about the internal move list; to be answered by the coordinator at coordinator@riverdalecoop.ca.`,
  ),
  en(
    'letting agent viewing notes',
    `Viewing notes – 2 bed, Chorlton – Sat 10:30
Applicant: ⦃n:Dušan Baláž⦄ with partner ⦃n:Marcela Baláž⦄. Both working (NHS). No pets.
Liked the garden, worried about damp in box room. Wants to move 1 Feb.
Follow-up: ⦃f:07951 330 264⦄ / ⦃m:dusan.balaz@gmail.com⦄ – Negotiator: ⦃n:Gatis Vītols⦄`,
  ),
  en(
    'tenant referencing form',
    `Tenant Reference Application
Full name: ⦃n:Partha Roychowdhury⦄
Date of birth: ⦃gb:7th August 1993⦄
Previous address (3 yrs): ⦃adr:Flat 9, 112 Kingsland Road, London E2 8DP⦄
Employer: Barts Health NHS Trust (reference: HR shared mailbox hr.references@nhs.net)
Right to rent: share code checked`,
  ),
  en(
    'tenancy deposit protection certificate',
    `Deposit Protection Certificate – Scheme ref DPC-14-55012
Lead tenant: ⦃n:Kjartan Egilsson⦄
Other tenant(s): ⦃n:Ásdís Hallgrímsson⦄
Property: ⦃adr:21 Sefton Park Road, Liverpool L8 3SL⦄
Deposit £1,380 protected on 02/10/2026.`,
  ),
  en(
    'student residence Wi-Fi abuse report',
    `Subject: DMCA notice – Victoria Halls network
The following address was seen sharing copyrighted content on 30/11 at 21:14 UTC: ⦃ip:2a02:5b63:5b7a:1382::5fa⦄
Lease lookup: room V-221, resident ⦃n:Ayaka Nakagawa⦄.
Second lease from the same room: ⦃ip:172.16.44.21⦄.
Action: warning e-mail sent to ⦃m:a.nakagawa@student.vuw.ac.nz⦄`,
  ),
  en(
    'hostel allotment letter (India)',
    `University of Hyderabad – Hostel Allotment
Name: ⦃n:Sayan Sanyal⦄   Programme: M.Sc. Physics
Home address: ⦃adr:Flat 5B, Sonali Apartments, Salt Lake Sector 2, Kolkata 700091⦄
Allotted: Men's Hostel F, Room 118
Mess fee to be paid online; parent contact ⦃f:+91 33 2358 4410⦄`,
  ),
  en(
    'research assistant payroll form with German tax id',
    `Casual Research Assistant – New Starter (paid through partner university in Freiburg)
Name: ⦃n:Viggo Söderlind⦄
German tax identification number (Steuer-ID): ⦃st:61724008357⦄
German pension insurance no.: ⦃rv:53280690S031⦄
Date of birth: ⦃gb:28.06.1990⦄
Bank: ⦃ib:DE57 5726 3746 2802 4302 16⦄`,
  ),
  en(
    'tuition fee card payment receipt',
    `Payment receipt – International tuition deposit
Payer: ⦃n:Yogesh Kulshreshtha⦄ (on behalf of ⦃n:Vandana Kulshreshtha⦄)
Card: ⦃kk:4561 3528 7419 9365⦄ (Visa)   Amount: £5,000.00
Authorisation code 081446 – this is not a card number.`,
  ),
  en(
    'parent group chat export',
    `[02/12/2026, 20:01] ⦃n:Losa Fuimaono⦄: who's doing the cake stall Friday?
[02/12/2026, 20:03] ⦃n:Ioane Tuiasosopo⦄: me + ⦃n:Fetu⦄. Text me ⦃f:0421 773 019⦄
[02/12/2026, 20:04] ⦃n:Losa Fuimaono⦄: legend 🙌
[02/12/2026, 20:10] ⦃n:Leota Mauga⦄: can't, sorry`,
  ),
  en(
    'school emergency contact sheet',
    `EMERGENCY CONTACTS – Room 7 (Mrs ⦃n:Kaveri Thangavel⦄)
⦃n:Ioane Leiataua⦄ – mum ⦃f:(09) 634 2281⦄ – dad ⦃f:021 488 3320⦄
⦃n:Rangi Ngāwhika⦄ – koro ⦃n:Pita Ngāwhika⦄ ⦃f:027 441 0092⦄
⦃n:Shira Peretz⦄ – ⦃f:+972 52 448 3391⦄ (overseas, use WhatsApp)`,
  ),
  en(
    'bond refund form (Australia)',
    `Bond Lodgement No. 2026-448812 – Claim for Refund
Tenant 1: ⦃n:Nuwan Herath⦄   Tenant 2: ⦃n:Dilani Herath⦄
Forwarding address: ⦃adr:3/18 Ocean Street, Bondi NSW 2026⦄
Pay to card on file: ⦃kk:4940 3306 8664 3160⦄`,
  ),
  en(
    'maintenance call transcript',
    `[Call recording transcript – Housing Repairs Line]
Agent: Housing repairs, you're speaking to ⦃n:Jasminka Brajković⦄.
Caller: Hi, it's ⦃n:Tomé Cerqueira⦄, flat 6, Ashgrove House. The boiler's off again.
Agent: Can I take a number in case we get cut off?
Caller: Yes, oh-seven… ⦃f:07712 094 338⦄.
Agent: And your date of birth for security? Caller: the ⦃gb:4th of May 1979⦄.`,
  ),
  en(
    'guarantor form with German pension number',
    `Guarantor Agreement – Student let, ⦃adr:12 Hyde Park Terrace, Leeds LS6 1BJ⦄
Guarantor: ⦃n:Hannelore Griesinger⦄ (mother of tenant ⦃n:Matilde Griesinger⦄)
Address: ⦃adr:Schillerstraße 41, 70173 Stuttgart⦄, Germany
German social insurance no.: ⦃rv:24090168G712⦄
ID card no.: ⦃pa:LKW1V15G81⦄   Email: ⦃m:h.griesinger@gmx.net⦄`,
  ),
  en(
    'course catalogue page',
    `Undergraduate Catalogue – Department of Mathematics
MATH 2031 Fourier Analysis (3 credits) – Prereq: MATH 1101
MATH 3120 Galois Theory – Room 14-027
ENGL 2204 Shakespeare Seminar: The Late Plays
PHYS 2010 Newtonian Mechanics
Set text: ISBN 978-0-19-853617-2. Dear Sir or Madam, enquiries to the department office.`,
  ),
  en(
    'reading list with ISBNs',
    `Reading list – EDUC 501 Early Childhood Pedagogy
1. Froebel's Gifts Revisited, 2nd ed., ISBN 978-1-4438-9120-3
2. The Montessori Method Today, ISBN 978-0-415-57301-4
3. Vygotsky in the Classroom, ISBN 978-1-138-64211-0
Grant no. ARC-DP-2601442 funded the digitised copies. Room 14-027, matriculation Matr.-Nr. 2214839 format example only.`,
  ),
  en(
    'building works notice to residents',
    `NOTICE TO ALL RESIDENTS – Blocks A–C, Elmfield Estate, 1 Elmfield Road, Manchester M14 6HJ
Scaffolding goes up on Monday 8 December. Balconies must be cleared.
Water will be off 09:00–13:00 on Wednesday. Meter cupboard Z14-4409132 will be replaced.
Thank you for your patience – The Estate Management Team`,
  ),
  en(
    'kindergarten enrolment checklist',
    `Enrolment checklist – Kindy 2027
[ ] Birth certificate sighted
[ ] Immunisation history statement
[ ] Custody orders (if any)
[ ] Two emergency contacts with phone numbers
Questions to the front office during school hours. Room K14, Building 3.`,
  ),
];
