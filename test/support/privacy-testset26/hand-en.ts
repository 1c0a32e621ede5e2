import type { HandSource } from './markup.js';

const en = (kind: string, source: string): HandSource => ({ lang: 'en', kind, source });

/** Set 26's English hand-written documents: UK, IE, US, NL, DK, BE, AU, CA and Swiss English. */
export const HAND_EN: HandSource[] = [
  en(
    'pre-screening-call-note',
    `Pre-screening call – study RESP-ASTHMA-22, site 014 (Leeds)
Caller: ⟦n:Esclarmonda Tregaskis⟧, DOB ⟦b:02/11/1979⟧, mobile ⟦t:07700 918342⟧
Eligible on phone questionnaire (ACQ 2.1, no biologics). Booked for screening visit 18 March, 09:30.
Call taken by research nurse ⟦n:Kafui Ogunwusi⟧.`,
  ),
  en(
    'consent-withdrawal-form',
    `Withdrawal of consent – participant 031-0087
I, ⟦n:Fergal Ó Maoilriain⟧, withdraw from the study ONC-IE-05 (cross-border site Belfast) as of 10 March 2026.
☒ Samples already taken may be used  ☐ Destroy all my samples
Address for the confirmation letter: ⟦h:14 Glenmachan Drive, Belfast BT4 2RE⟧
Witnessed by study coordinator ⟦n:Siofra Kenneally⟧.`,
  ),
  en(
    'cioms-case-narrative',
    `CIOMS I narrative (follow-up 2), case GB-PV-2026-004412
A 64-year-old female patient received Verzalumab 300 mg IV on 02-Feb-2026. On 09-Feb-2026 she developed
grade 2 colitis and was treated with prednisolone. The event resolved on 23-Feb-2026.
Reporter: ⟦n:Dr. Joanet Lenehan⟧, consultant gastroenterologist, ⟦m:j.lenehan@nhs.net⟧
Patient identifiers withheld per protocol; initials not provided.`,
  ),
  en(
    'monitoring-follow-up-letter',
    `Follow-up letter – interim monitoring visit, site 221 (Calgary), 4 March 2026
Dear ⟦n:Dr. Temperance Okorafor-Hale⟧,
Thank you for hosting the visit. Open actions: (1) re-sign delegation log for ⟦n:Rafferty Dunmore⟧,
(2) file IMP temperature excursion report for 22–23 Feb, (3) query 221-0014 AE end date.
Kind regards, ⟦n:Ramonet Pickavance⟧, Senior CRA, ⟦t:+1 403 262 0183⟧`,
  ),
  en(
    'delegation-log-extract',
    `Site delegation log (extract) – study KIDNEY-RX, site 05, Rotterdam
Name | Role | Tasks | Start
⟦n:Mieke Verhoeckx⟧ | PI | 1–14 | 01-09-2025
⟦n:Thijmen Oosterbroek⟧ | Sub-I | 2,3,5,7 | 01-09-2025
⟦n:Lily Ruijsenaars⟧ | Study nurse | 4,6,9,10 | 15-10-2025
Signatures on file. Version 3, 12-01-2026.`,
  ),
  en(
    'participant-payment-ledger',
    `Participant stipend ledger – Phase I unit, Baltimore (confidential)
Vol. 118 ⟦n:Desmond Arkwright-Pell⟧ · SSN on W-9 file · card for stipend ⟦c:⟧ · $1,850 (5 overnights)
Vol. 119 ⟦n:Rosina Strathairn⟧ · card ⟦c:⟧ · $1,480 (4 overnights)
Vol. 120 withdrew day 2 – pro-rated $370, paid by check.`,
  ),
  en(
    'mileage-claim-ireland',
    `Travel expenses claim – paediatric study PAED-EPI-3, Crumlin
Parent/guardian: ⟦n:Telva Mhic Ghiolla Bhríde⟧ · child's study no. 007
Trips: 6 × Naas – Crumlin, 31 km each way at €0.39 = €145.08; parking €36
Pay to: ⟦i:IE g⟧ (account holder: ⟦n:Telva Mhic Ghiolla Bhríde⟧)`,
  ),
  en(
    'medical-information-response',
    `Medical information response – ref MI-UK-26-1172
Dear ⟦n:Ms. Aurina Gwynnedd⟧ (community pharmacist),
Thank you for your enquiry about crushing Tablet X for administration via an enteral tube. We have no data
supporting this; the oral suspension should be used instead. Reply sent to ⟦m:a.gwynnedd@pharmacy-mail.co.uk⟧.
Medical Information, medinfo.uk@ (no reply to this mailbox)`,
  ),
  en(
    'rep-call-report',
    `Call report – territory NE-07 (Boston), week 10
HCP: ⟦n:Dr. Anselm Vuckovich⟧, endocrinology, seen at the clinic (lunch & learn, 12 attendees)
Discussed: new 2 mg pen, patient support programme. Samples left: 6 pens, lot 4D221, exp 09/2027.
Follow-up: send formulary kit. HCP prefers contact through the clinic front desk.`,
  ),
  en(
    'sample-request-card',
    `Sample request & receipt (PDMA) – signed electronically
Prescriber: ⟦n:Dr. Cordelia Vantongeren⟧, NPI on file, practice address 2200 Northgate Blvd, Sacramento, CA 95833
Product: Dermaxin gel 30 g × 4 · Request date 03/02/2026 · Delivered 03/05/2026
Signature: ⟦n:C. Vantongeren⟧`,
  ),
  en(
    'prescription-intake-note',
    `Rx intake – walk-in, store #2231 (Tucson)
Patient ⟦n:Mariona Barraclough⟧, DOB ⟦b:07/23/1984⟧, ⟦h:4418 E Calle Tuberia, Tucson, AZ 85711⟧, ph ⟦t:(520) 438-2907⟧
Rx: amoxicillin 500 mg caps #30, 1 cap TID × 10 d, Dr. ⟦n:Okafor⟧ (clinic). Allergies: NKDA.
Insurance card scanned; copay $10. Ready 3:30 pm.`,
  ),
  en(
    'repeat-dispensing-record',
    `Repeat dispensing record (England, eRD batch 3 of 6)
Patient: ⟦n:Colas Cruickmount-Dewar⟧, ⟦h:27 Pendle Row, Clitheroe BB7 2QF⟧
Items: ramipril 5 mg caps 28; atorvastatin 20 mg tabs 28; issued 11/03/2026 by pharmacist ⟦n:Priyamvada Raghavendrappa⟧
Interval 28 days; next due 08/04/2026.`,
  ),
  en(
    'controlled-drugs-register-page',
    `CD register – morphine sulfate 10 mg/5 ml oral solution (Oramorph), page 41
Date | Supplied to (patient) | Address | Prescriber | Qty | Collected by | Balance
04/03 | ⟦n:Marfa Laidlaw⟧ | ⟦h:3 Tannery Wynd, Kelso TD5 7HG⟧ | Dr. ⟦n:Strathbogie⟧ | 100 ml | ⟦n:Olli Laidlaw⟧ (son) | 300 ml
Checked: RP 04/03/2026.`,
  ),
  en(
    'pharmacy-home-delivery-manifest',
    `Home delivery manifest – Thursday, van 2 (Adelaide North)
1. ⟦n:Mrs. Anika Tregear⟧, ⟦h:9 Gawler Terrace, Salisbury SA 5108⟧ – Webster-pak, signature
2. ⟦n:Mr. Togia Paekau⟧, ⟦h:18/42 Kings Road, Parafield Gardens SA 5107⟧ – fridge line, call ⟦t:0412 558 906⟧ on arrival
Driver back by 2 pm; cold-chain log in the esky.`,
  ),
  en(
    'hospital-pharmacy-stock-transfer',
    `Stock transfer note – hospital pharmacy to ICU satellite, 11/03/2026 14:10
Noradrenaline 4 mg/4 ml × 30; propofol 1 % 50 ml × 40; ceftriaxone 2 g × 25
Reason: weekend top-up. Cold chain: n/a. Transfer no. ST-88213. No patient-specific items.`,
  ),
  en(
    'lab-requisition-transcript',
    `Lab requisition (transcribed from paper) – Sydney
Patient: ⟦n:Metty Quistgaard⟧, DOB ⟦b:1991-04-16⟧, ⟦h:77 Bellwood Ave, Glebe NSW 2037⟧
Tests: lipid panel, ALT, HbA1c, urine ACR. Fasting: yes.
Copy to: family physician. Requisition signed 10 March 2026.`,
  ),
  en(
    'critical-result-call-log',
    `Critical value notification log – chemistry, 12/03/2026
02:14 potassium 6.9 mmol/l, patient ⟦n:Ardan Bairnsfather⟧ (ward 5) – phoned to ⟦n:Dr. Inna Brannigan⟧, read-back OK
03:40 glucose 1.8 mmol/l, patient ⟦n:Sena Quelch-Sharrock⟧ (ED) – phoned to nurse in charge, read-back OK
Logged by BMS night shift.`,
  ),
  en(
    'sample-receipt-discrepancy',
    `Sample receipt discrepancy – central lab, kit 55-0193
Tube labels read 55-0193 but the requisition lists participant initials M-K and date 08MAR; visit date in EDC is 09MAR.
Samples held at −80 °C pending site clarification. No personal data on the requisition (compliant).`,
  ),
  en(
    'courier-collection-booking',
    `Courier booking – dry ice shipment, UN 1845 + UN 3373
Collect from: research pharmacy, St. Olav's wing (dock 3). Contact on the day: ⟦n:Ivvan Skjervold-Fjeldvang⟧, mobile ⟦t:+47 926 41 883⟧
Deliver to: central lab, Geneva. Ready 11:00, close 17:00. Booking ref CR-77120.`,
  ),
  en(
    'plasma-donor-registration',
    `Plasma donor registration – centre 0417 (Spokane, WA)
Donor: ⟦n:Jebediah Whittenbury⟧ · DOB ⟦b:12/09/1995⟧ · ⟦h:2731 W Mallon Ave, Spokane, WA 99201⟧
Phone ⟦t:(509) 624-7731⟧ · ⟦m:jeb.whitcombe95@gmail.com⟧
ID checked (state licence), photo taken. First donation fee $100 loaded to prepaid card ending 4471.`,
  ),
  en(
    'donor-deferral-letter',
    `Dear ⟦n:Mr Harie Pennycuick⟧,
Thank you for attending the donor session in Inverness on 26 February. Because of your recent travel to
a malaria-risk area, we are unable to accept a donation until 1 July 2026.
We will write to you at ⟦h:6 Crown Circus, Inverness IV2 3NQ⟧ with future session dates.
Scottish National Blood Transfusion Service`,
  ),
  en(
    'biobank-access-report',
    `Biobank access committee – quarterly report Q4/2025
Applications: 11 received, 8 approved, 2 pending, 1 rejected (insufficient consent scope).
Samples released: 3,412 aliquots (serum 2,100; DNA 1,312). All releases pseudonymised; no identifiers left the biobank.
Next meeting: 14 April 2026.`,
  ),
  en(
    'veterinary-owner-record',
    `Client record – Riverside Veterinary Hospital (Enniskillen)
Owner: ⟦n:Grassia Breathnaigh⟧, ⟦h:Ard na Gréine, 3 Lough Road, Enniskillen BT74 6FW⟧, ⟦t:087 431 9920⟧
Patient: "Barney", Jack Russell, MN, microchip 372141405123456
Preferred contact: text message. Outstanding balance £0.`,
  ),
  en(
    'equine-passport-vaccination',
    `Equine passport – vaccination section (copy for the show secretary)
Horse: "Copper Lady", UELN 826002000123456
Owner: ⟦n:Thekla Farquharsen⟧, ⟦h:Hollybush Farm, Ledbury HR8 1JX⟧
Influenza: primary 12/01/2025, 2nd 16/02/2025, booster 20/08/2025 – vet ⟦n:Cadogan Rees-Mostynne⟧ MRCVS`,
  ),
  en(
    'animal-health-adverse-event',
    `Veterinary pharmacovigilance – adverse event report VPV-26-0311 (Denmark)
Species: dog, 7 y, 23 kg. Product: Parasitol spot-on, batch 4K1190. Event: local alopecia at the application site.
Reporter (owner): ⟦n:Gritje Kjærsgaardholm-Vinding⟧, ⟦m:gritje.kv@outlook.dk⟧, ⟦t:+45 28 71 40 96⟧
Outcome: recovering.`,
  ),
  en(
    'device-field-safety-notice-ack',
    `Field safety notice – acknowledgement form (FSN 2026-03, infusion set InfuLine 200)
Facility: Brussels University Hospital, biomedical engineering
Affected lots: IL200-2411, IL200-2412 – quarantined 42 units; 0 in use.
Completed by: the biomedical engineering office (shared mailbox). Return by 27 March 2026.`,
  ),
  en(
    'device-complaint-patient',
    `Complaint intake – CGM sensor fell off after 3 days (case CMP-88410)
Customer: ⟦n:Mialina Achterwind⟧, DOB ⟦b:19 Aug 1969⟧, ⟦h:Keizersgracht 612-3, 1017 EP Amsterdam⟧
Phone ⟦t:+31 6 41 83 22 07⟧ · Sensor UDI-DI (01)05391234500017, lot 25C114. Replacement sensor shipped; failed sensor to be returned in the prepaid envelope.`,
  ),
  en(
    'investigator-travel-booking',
    `Investigator meeting, Lisbon, 7–8 May 2026 – travel booking details
Traveller: ⟦n:Dr. Wojcech Achterbusch⟧ (German site 114) · passport no. ⟦r:⟧ · DOB ⟦b:1969-02-11⟧
Seat preference aisle; flights FRA–LIS TP 579. Hotel paid centrally.
Reimbursement of taxis to ⟦i:DE g⟧.`,
  ),
  en(
    'participant-insurance-claim-germany',
    `Clinical trial insurance – claim from a German participant (translated summary)
Claimant: ⟦n:Uljana Bietschmann⟧, pension insurance no. ⟦s:14091957 Bietschmann f⟧, ID card ⟦k:⟧, passport ⟦r:⟧
Claim: loss of earnings after hospital stay, 3 days. Bank: ⟦i:DE⟧
Decision pending medical review.`,
  ),
  en(
    'epro-account-security-report',
    `ePRO helpdesk – suspicious activity
Participant account (⟦m:f.mcilhatton@btinternet.com⟧, ⟦n:Fabrici McIlhatton⟧) reset from ⟦a:81.174.236.19⟧, then login from ⟦a:102.89.44.201⟧.
Password reset forced; participant confirmed the first, not the second. Escalated to security (SEC-4471).`,
  ),
  en(
    'pharmacovigilance-call-log',
    `PV intake line – call log, 13 March 2026
09:12 consumer report: ⟦n:Bertomieu Haverfield⟧ rang about dizziness after the first dose; callback ⟦t:+44 1632 960 741⟧; pension ref not needed.
09:40 HCP report: nurse ⟦n:Zenobia Okereke⟧ (⟦m:zenobia.okereke@nhs.net⟧) – injection-site reaction, batch BX2207.
10:05 duplicate of case GB-PV-2026-004412 – merged.`,
  ),
];
