import type { HandSource } from './markup.js';

const en = (kind: string, source: string): HandSource => ({ lang: 'en', kind, source });

/** English hand-written documents of set 24: UK, Irish, US and other sites, practices, surveyors and developers. */
export const HAND_EN: HandSource[] = [
  en(
    'site-daily-report',
    `DAILY SITE REPORT — Riverside Lofts, Phase 2 (Manchester)
Date: Thu 12 Mar 2026   Weather: showers, 7°C   Site manager: ⟦n:Adilson Semedo⟧
Labour on site: 23 (groundworks 8, brickwork 9, M&E 6)
Plant: 2 x 360° excavators, telehandler
Progress: Core B slipform at level 6; drainage runs 14–17 laid and tested.
Visitors: building control officer ⟦n:Zeferina Évora⟧ 11:00–11:40.
Delays: tower crane wind-off 13:15–14:30.`,
  ),
  en(
    'subcontractor-contact-sheet',
    `SUBCONTRACTOR CONTACT SHEET — Lot 6 Fit-out
Package        Company                    Contact               Mobile
Drylining      Northern Partitions Ltd    ⟦n:Celso Arzu⟧          ⟦t:07700 913 442⟧
Flooring       FloorCraft UK Ltd          ⟦n:Fermina Cayetano⟧    ⟦t:+44 7911 204 337⟧
Decorating     Brightwall Decorators      ⟦n:Roque Lambey⟧        ⟦t:07823 118 905⟧
Out of hours: site security 0161 555 0199 (switchboard).`,
  ),
  en(
    'site-induction-record',
    `SITE INDUCTION RECORD (CDM 2015) — Northgate Hospital, Block D
Name: ⟦n:Almazbek Kasymaliev⟧        Date of birth: ⟦b:14/06/1991⟧
Employer: Granite Peak Builders Inc.   CSCS card: blue, expires 2027
Emergency contact: ⟦n:Agnaqax Kasymaliev⟧ ⟦t:+44 7700 900 611⟧
Medical conditions declared: none
Inducted by ⟦n:Justa Centeno⟧, 09/03/2026. Hard hat sticker issued.`,
  ),
  en(
    'riddor-accident-report',
    `ACCIDENT / INCIDENT REPORT — internal, for RIDDOR assessment
Injured person: ⟦n:Dionisio Ventura⟧, scaffolder
Home address: ⟦h:28 Quarry Road, Bristol BS3 4HJ⟧
DOB: ⟦b:2 April 1984⟧
What happened: slipped on wet boards on lift 4, fractured left wrist. Taken to BRI by ⟦n:Anaida Lambey⟧.
Over-7-day injury: likely. Reported to HSE by: safety manager, ref. to follow.`,
  ),
  en(
    'design-team-minutes',
    `MINUTES — Design Team Meeting 9, Harbour View Apartments
Present: ⟦n:Ildo Fortes⟧ (architect, chair), ⟦n:Dulcelina Varela⟧ (structures), ⟦n:Jailson Spencer⟧ (MEP), ⟦n:Cholpon Toktogulova⟧ (QS)
Apologies: client representative
9.1 Balcony thermal breaks: proceed with option 2. Action ⟦n:Varela⟧.
9.2 Riser sizes to be frozen by 27 March. Action ⟦n:Spencer⟧.
9.3 Cost plan 4 shows £212k overspend; value engineering workshop next week.
Next meeting: 2 April, Keystone Structural LLP offices.`,
  ),
  en(
    'change-order-request',
    `CHANGE ORDER REQUEST CO-2026-118
Project: Cedar Ridge Medical Office Building, Austin TX
Requested by: ⟦n:Tayagux Golodoff⟧, owner's representative
Description: relocate MRI suite shielding per revised layout A-201 rev. D
Cost impact: +$86,420   Schedule impact: +9 working days
Contractor's PM: ⟦n:Shirinbek Nazarshoev⟧, ⟦m:snazarshoev@granitepeak-example.com⟧
Approved: ______________ (owner)`,
  ),
  en(
    'fee-invoice-engineer',
    `Keystone Structural LLP · 14 Dock Street · Leith EH6 6AA · VAT No. GB318274650
INVOICE 2026/041
To: ⟦n:Mamadsho Ilolov⟧
⟦h:41 Mason Close, Norwich NR2 3DL⟧
Structural calculations and drawings for loft conversion: £1,850.00 + VAT £370.00 = £2,220.00
Please pay to our account (sort code 80-22-60). Refund of your deposit will go to ⟦i:GB g⟧.`,
  ),
  en(
    'structural-review-memo',
    `MEMO — Independent check of temporary works design TW-044 (propping to basement slab)
Checker: ⟦n:Odinamo Shozimov⟧ CEng MICE
Designer: ⟦n:Davlatmamad Alidodov⟧
Category 2 check. Prop loads agree within 5 %. The bearing on the existing slab has not been shown
for the load case with plant on level 0 — please add. Otherwise approved for construction.`,
  ),
  en(
    'snagging-list',
    `SNAGGING LIST — Plot 27, Oakfield Meadows
Purchaser: ⟦n:Tiwonge Mkandawire⟧, ⟦t:07459 220 184⟧
1 Kitchen: cupboard door misaligned
2 Bathroom: extractor fan not working
3 Bedroom 2: paint splashes on skirting
4 Garden: fence panel missing
Inspected with: ⟦n:Chimwemwe Nkhata⟧ (site manager). Target date: 10 April 2026.`,
  ),
  en(
    'practical-completion-certificate',
    `PRACTICAL COMPLETION CERTIFICATE (JCT Intermediate 2016)
Employer: ⟦n:Dalitso Chirwa⟧ and ⟦n:Wezi Chirwa⟧
Works: rear extension and garage conversion at ⟦h:7 Brickfield Lane, Leeds LS6 2QT⟧
I certify that practical completion was achieved on 6 March 2026.
Contract administrator: ⟦n:Thokozani Munthali⟧ RIBA`,
  ),
  en(
    'planning-objection-letter',
    `⟦h:12 Scaffold Row, Cardiff CF24 1AB⟧
Planning Services, County Hall

Ref. 26/00412/FUL — objection
Dear Sir or Madam, I object to the proposed three-storey block on parcel 88/4. It will overlook
our garden and the access road is too narrow for construction traffic.
Yours faithfully, ⟦n:Hadidja Msaidie⟧ (⟦m:hadidja.msaidie@outlook.com⟧)`,
  ),
  en(
    'building-permit-application-us',
    `CITY OF PORTLAND — RESIDENTIAL BUILDING PERMIT APPLICATION
Owner: ⟦n:Xhunaxi Henestrosa⟧   Phone: ⟦t:(503) 867-2291⟧
Property: ⟦h:2210 Cedar Truss Lane, Portland, OR 97214⟧
Scope: ADU, 640 sq ft, detached; licensed contractor: Granite Peak Builders Inc., CCB #204417
Applicant e-mail: ⟦m:x.henestrosa@proton.me⟧
Card for plan review fee: ⟦c:d⟧`,
  ),
  en(
    'bid-tabulation',
    `BID TABULATION — Lot 3 Groundworks, County Library Extension
Opened 16 April 2026, 12:00, by ⟦n:Bidxaa Vichido⟧ (procurement), witnessed by ⟦n:Guie Matus⟧
Bidder                          Total (£)       Programme
Hartwell Construction Ltd       1,184,220       22 wks
Bluestone Developments plc      1,201,900       20 wks
Meridian Groundworks Ltd        1,097,450       26 wks (qualified)
No bids received after the deadline.`,
  ),
  en(
    'access-card-register',
    `ACCESS CARD REGISTER — Westgate House (extract)
Card   Holder                Zones          Issued
4101   ⟦n:Nayagaq Chanar⟧      L1–L4, car park 02/03/26
4102   ⟦n:Akiuk Tunutmoak⟧     L1, plant room  02/03/26
4103   contractor pool       L0 only         —
Lost card 3987 (⟦n:Ayaprun Kasayulie⟧) deactivated 05/03/26.`,
  ),
  en(
    'caretaker-rota',
    `CARETAKER ROTA — Oakfield Court, March 2026
Week 1  ⟦n:Rony Ochavano⟧   on call ⟦t:07812 446 019⟧
Week 2  ⟦n:Metsa Inuma⟧     on call ⟦t:07812 446 020⟧
Week 3  ⟦n:Rony Ochavano⟧
Week 4  ⟦n:Metsa Inuma⟧
Emergencies out of hours: managing agent 0345 600 7788.`,
  ),
  en(
    'fm-helpdesk-ticket',
    `HELPDESK TICKET #55812 — Priority 2
Site: Meridian Business Park, Building 3
Raised by: ⟦n:Kashiiwa Epieyú⟧ (3rd floor, finance), ⟦m:kashiiwa.epieyu@meridian-tenant.co.uk⟧
Issue: water dripping from ceiling tile above desk 3.22
Engineer assigned: ⟦n:Jusayu Uriana⟧. Portal session from ⟦a:81.2.69.160⟧.
Status: attended 10:40, leaking AC condensate pipe reconnected.`,
  ),
  en(
    'meter-readings-no-personal-data',
    `METER READINGS — Westgate House, 31 March 2026
Meter            Supply    Reading
1LGZ0099182734   Elec      402,118 kWh
1ITF0020031175   Elec       88,904 kWh
G4-22817         Gas        61,337 m³
Readings uploaded to the energy bureau; no estimates used.`,
  ),
  en(
    'method-statement-no-personal-data',
    `METHOD STATEMENT — Installation of precast stair units (extract)
1. Confirm landing bearings are level ±5 mm.
2. Lift units with 4-leg chain, 2 t SWL, tag lines fitted.
3. Exclusion zone 6 m around lift; banksman in radio contact.
4. Grout bearings with non-shrink grout; no loading for 24 h.
Ref. OZ 05.02.0010 in the German contractor's schedule for the same units.`,
  ),
  en(
    'specification-no-personal-data',
    `SPECIFICATION CLAUSE F10/120 — Facing brickwork
Bricks: clay, 215 x 102.5 x 65 mm, F2 S2, colour to match sample panel approved 12/02/26
Mortar: designation (iii), 1:1:6, coloured buff
Bond: Flemish; joints bucket handle; movement joints at 12 m max.
Sample panel to remain until completion.`,
  ),
  en(
    'buyer-reservation-form',
    `RESERVATION FORM — Wharfside Quarter, Apartment 5.06
Buyer 1: ⟦n:Walekerü Sapuana⟧   DOB ⟦b:1989-10-03⟧
Buyer 2: ⟦n:Juyapaa Sapuana⟧
Current address: ⟦h:9 Mason Close, Norwich NR2 3DL⟧
Reservation fee £2,000 paid by card ⟦c:s⟧ on 01/03/2026.
Solicitor: Harrow & Finch LLP. Mortgage in principle: yes.`,
  ),
  en(
    'show-home-viewing-log',
    `SHOW HOME VIEWINGS — Saturday 14 March
10:00  ⟦n:Wassissi Tjibaou⟧, interested in 3-bed, ⟦t:07700 918 244⟧
11:00  ⟦n:Hnalaine Wetta⟧ and partner, first-time buyers
12:00  no-show
14:00  ⟦n:Kalepo Naisseline⟧ — asked about Help to Buy, e-mail ⟦m:kalepo.n@icloud.com⟧
Sales office: sales@wharfside-example.co.uk`,
  ),
  en(
    'buyer-extras-request',
    `BUYER EXTRAS REQUEST — Plot 12
From: ⟦n:Achol Malual⟧
Please quote for: (a) upgraded kitchen worktops (quartz); (b) two extra double sockets in bedroom 2;
(c) EV charger on the driveway. I would like to pay the extras from my Irish account ⟦i:IE g⟧.
Best regards, ⟦n:Achol⟧`,
  ),
  en(
    'survey-report-homebuyer',
    `RICS HOME SURVEY LEVEL 2 — summary
Client: ⟦n:Garang Akech⟧
Property: ⟦h:55 Scaffold Row, Cardiff CF24 1AB⟧
Condition ratings: roof coverings 2, chimney 3 (urgent: repoint and re-flaunch), windows 2, damp 2.
Surveyor: ⟦n:Nyandeng Kuol⟧ MRICS. Inspection 3 March 2026.`,
  ),
  en(
    'boundary-survey-ireland',
    `BOUNDARY SURVEY — folio WX 18223F, Co. Wexford
Instructed by: ⟦n:Mutjinde Kaputu⟧ (vendor) and ⟦n:Veraa Kazapua⟧ (purchaser's solicitor)
Pegs set at points A–F; discrepancy of 0.9 m along the northern hedge relative to the Tailte Éireann map.
Fee to be paid by the vendor. Surveyor's own account for payment: IE29 AIBK 9311 5212 3456 78.`,
  ),
  en(
    'tender-clarification-email',
    `From: ⟦n:Chuglux Prokopeuff⟧ <⟦m:chuglux.prokopeuff@bluestone-example.co.uk⟧>
To: tenders@countylibrary-example.gov.uk
Subject: Lot 3 — clarification question 7

Please confirm whether the existing culvert under parcel 14/2 is to be surveyed by the contractor.
Tel. ⟦t:+44 7441 902 577⟧ — ⟦n:Chuglux⟧`,
  ),
  en(
    'payroll-cis-return',
    `CIS MONTHLY RETURN — working notes (Hartwell Construction Ltd)
Subcontractor: ⟦n:Ayaru Kokova⟧, UTR verified, deduction 20 %
Gross £4,200.00, materials £600.00, CIS deducted £720.00
Paid to ⟦i:GB⟧ on 05/03/2026.
Bank details confirmed by phone with ⟦n:Kokova⟧ on ⟦t:07946 003 218⟧.`,
  ),
  en(
    'german-posted-worker-check',
    `POSTED WORKER CHECK — German operatives, Copenhagen metro station package
⟦n:Tanakai Kyzlasov⟧  German ID card ⟦k:⟧  A1 certificate: yes
⟦n:Sylbiy Toburchinova⟧  German passport ⟦r:⟧  A1 certificate: pending
German tax ID (for payroll, ⟦n:Kyzlasov⟧): ⟦x:⟧
Danish RUT registration of the employer: 12 March 2026.`,
  ),
  en(
    'confluence-page-source',
    `h1. Handover -- Westgate House plant room
{panel:title=Contacts}
||Role||Name||Phone||
|FM lead|⟦n:Agniya Podorova⟧|⟦t:+31 6 4410 2287⟧|
|BMS engineer|⟦n:Pitirim Nalimov⟧|via helpdesk|
{panel}
[~pnalimov] please upload the O&M manuals by Friday. Pension ref for ⟦n:Podorova⟧'s transfer from Germany: ⟦s:12041985 Podorova f⟧`,
  ),
  en(
    'mediawiki-talk-page',
    `== Crane lift plan for 14 March ==
The appointed person will be ⟦n:Chaptykov⟧; lift supervisor still to confirm. --[[User:KChaptykov|⟦n:Kyuni Chaptykov⟧]] ([[User talk:KChaptykov|talk]]) 09:14, 10 March 2026 (UTC)
:Confirmed, ⟦n:Tikhon Rochev⟧ supervises. Wind limit 9 m/s. --[[User:TRochev|⟦n:Tikhon Rochev⟧]] 11:02, 10 March 2026 (UTC)
::Noted for the site diary. --[[User:SiteOffice|Site office]] 11:30, 10 March 2026 (UTC)`,
  ),
  en(
    'asciidoc-readme-project',
    `= Riverside Lofts -- BIM coordination notes
:author: ⟦n:Eyos Remengesau⟧
:email: ⟦m:eyos.remengesau@keystone-example.co.uk⟧

NOTE: Clash report 14 sent to the MEP designer, ⟦n:Obak Etpison⟧, on 9 March.

|===
| Model | Owner | Status
| ARC-B | ⟦n:Uchelkeukl Skebong⟧ | frozen
| STR-B | ⟦n:Eyos Remengesau⟧ | in review
|===`,
  ),
  en(
    'defects-liability-letter-dk',
    `Aarhus, 17 March 2026
To: ⟦n:Anote Tabai⟧, ⟦h:Murervej 11, 8000 Aarhus C⟧
Re: one-year inspection (1-års gennemgang), terraced house no. 4
The inspection found cracks in the bathroom grout and a leaking outside tap. The contractor will
remedy both by 30 April. Contact the site office on +45 70 20 30 40 or your supervisor
⟦n:Tearinaki Teannaki⟧ on ⟦t:+45 31 44 18 90⟧.`,
  ),
];
