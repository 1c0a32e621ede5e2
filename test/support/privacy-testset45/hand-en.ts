import type { HandSource } from './markup.js';

/** English hand-written documents of set 45 (cleaning, caretaking, pest control, waste and laundry in UK, IE, US, CA, AU, NZ), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Window cleaning round sheet',
    source: `Brightside Window Cleaning – Round 14 (Headingley), Thursday
# | Customer | Address | Freq | Price | Notes
1 | ⟪n:Berdaqjan Qosbergenov⟫ | ⟪h:12 Otley Road, Leeds LS6 3PX⟫ | 4 wk | £18 | side gate code from customer
2 | ⟪n:Nangkham Tunhseng⟫ | ⟪h:48 Otley Road, Leeds LS6 3PX⟫ | 8 wk | £22 | conservatory roof extra
3 | Headingley Dental Practice | 90 Otley Road | 4 wk | £45 | invoice to practice manager
Cash customers: collect on the day. Office: 0113 496 0712`,
  },
  {
    lang: 'en',
    kind: 'Email complaint streaky windows with quoted reply',
    source: `From: ⟪m:f.akinwandeola@btinternet.com⟫
To: rounds@brightside-windows.example
Subject: Re: Missed clean on Tuesday

Hi,
The windows were done today but the front upstairs ones are streaky again. Can someone come back?
Thanks, ⟪n:Folasayomi⟫

On 3 Feb 2026, at 10:14, Brightside Windows wrote:
> Dear ⟪n:Folasayomi Akinwandeola⟫, sorry we missed you on Tuesday – ⟪n:Tendaimoyo⟫ will be on your
> road on Thursday instead (job JOB-1208833). Kind regards, the Brightside office`,
  },
  {
    lang: 'en',
    kind: 'Pest control inspection report (rodents)',
    source: `Lagan Pest Control Services – Inspection Report
Job: JOB-2281406   Date: 11/02/2026
Client: ⟪n:Markhaaz Ismaildaev⟫, ⟪h:27 Ormeau Road, Belfast BT7 1EB⟫
Contact: ⟪t:07712 221409⟫
Findings: rat activity in rear garden shed, droppings along boundary wall, burrow near compost bin.
Action: 4 tamper-resistant bait boxes installed (BX-11 to BX-14). Follow-up in 14 days.
Technician: ⟪n:Hawiiti Dinqisaa⟫ (reg. no. PCT-NI-3392)`,
  },
  {
    lang: 'en',
    kind: 'Bed bug treatment preparation sheet (no person)',
    source: `Preparing for your bed bug treatment
- Wash all bedding and clothing at 60 °C and dry on high heat for 30 minutes.
- Empty drawers and bedside tables; do not move items to other rooms.
- Vacuum mattresses and seal the vacuum bag in a plastic bag before disposal.
- Leave the property for 4 hours after treatment. Pets must be removed.
Questions: jobs@laganpest.example · 028 9032 4410`,
  },
  {
    lang: 'en',
    kind: 'Caretaker incident log (apartment block)',
    source: `Harbourview FM – Caretaker Log, Quinpool Towers (OBJ-81127)
14/01/2026 06:50  Salt spread front steps and ramp. – ⟪n:Chaltuuti Jaarsoo⟫
14/01/2026 09:15  Tenant ⟪n:Kanakadurgamma Yarlagaddaiah⟫, unit 1104, reports no heat. Called contractor.
14/01/2026 11:40  Boiler reset by contractor, heat restored. Tenant informed on ⟪t:(902) 455-0187⟫.
14/01/2026 16:05  Bulk item (mattress) left by bins, no tag. Notice posted in lobby.`,
  },
  {
    lang: 'en',
    kind: 'Bulky waste collection confirmation letter',
    source: `Leeds City Council – Bulky Waste Collection
Booking reference: BW-4471022

⟪n:Ogundipeola Adebusolami⟫
⟪h:61 Harehills Lane, Leeds LS8 4DZ⟫

Dear ⟪n:Ogundipeola Adebusolami⟫,
Your collection is booked for Monday 16 March 2026. Items: 1 wardrobe, 1 washing machine, 3 bags of garden waste.
Please leave items outside your property by 7am. Charge paid: £35.00.
Customer Services, bulky.waste@leeds-council.example`,
  },
  {
    lang: 'en',
    kind: 'Office cleaning contract schedule of rates (no person)',
    source: `Schedule of Rates – Office Cleaning (Lot A)
Daily clean (Mon–Fri), 18:00–20:00: £412.00 per week
Washroom consumables: at cost + 10%
Periodic carpet extraction: £1.40 per m²
High-level dusting (quarterly): £260.00 per visit
Out-of-hours call-out (1 hr minimum): £38.00 per hour`,
  },
  {
    lang: 'en',
    kind: 'Domestic cleaner booking form with card',
    source: `Harbourview Home Cleaning – New Customer Form
Name: ⟪n:Tolosaa Abdiisaa⟫
Address: ⟪h:5521 Agricola St, Halifax, NS B3K 4C3⟫
Phone: ⟪t:(902) 830-4471⟫   Email: ⟪m:tolosaa.abdiisaa@eastlink.ca⟫
Service: fortnightly, 3 hours, Wednesday mornings · pets: 1 cat
Payment card: ⟪c: ⟫  exp 09/29
Key held by office: yes (key tag K-221)`,
  },
  {
    lang: 'en',
    kind: 'Slack thread dispatch cleaners',
    source: `#dispatch-wellington
⟪n:Bililoi Laclubar⟫  7:02 AM
⟪n:Nagamanikya⟫ called in sick — need cover for the Cuba St offices at 5pm (JOB-3390412)
⟪n:Mausiri Belaquio⟫  7:15 AM
I can take it if someone does my 4pm at Adelaide Rd
⟪n:Bililoi Laclubar⟫  7:16 AM
Sorted, ⟪n:Ameuchi⟫ has Adelaide Rd 👍`,
  },
  {
    lang: 'en',
    kind: 'Gritting contract site log (car park)',
    source: `Winter Maintenance Site Log – Retail Park Unit 4–9 (OBJ-90144)
Date       Time  Action                 Operative
08/12/2025 04:10 Pre-salt, 20 g/m²      ⟪n:Myratgeldi Garajayew⟫
08/12/2025 17:45 Re-treat walkways      ⟪n:Batyrmyrat Hallyyew⟫
09/12/2025 03:55 Plough + salt 30 g/m²  ⟪n:Myratgeldi Garajayew⟫
Road surface temp at 03:55: -2.4 °C. Forecast source: Met Office site-specific.`,
  },
  {
    lang: 'en',
    kind: 'Slip claim letter to gritting contractor',
    source: `⟪n:Ayodeleoye Olanrewajuoye⟫
⟪h:19 Elizabeth St, Hobart TAS 7000⟫

To: Southern Cross Facility Services, Claims

Re: fall at the Elizabeth St car park, 22 June 2026

I slipped on black ice at the car park entrance at approx. 7:40am and fractured my wrist. I understand your
company holds the winter maintenance contract. Please forward this to your insurer. I can be reached on
⟪t:0412 557 903⟫ or at ⟪m:ayodele.ao@bigpond.net.au⟫.

Yours faithfully,
⟪n:Ayodeleoye Olanrewajuoye⟫`,
  },
  {
    lang: 'en',
    kind: 'Laundry service invoice (hotel linen, no person)',
    source: `Southern Cross Laundry & Linen – Invoice INV-0088214
Customer account: HOBART-HTL-022
Week ending 14/03/2026
Flat linen (sheets, pillowcases): 1,840 pcs @ $0.62
Towels: 1,102 pcs @ $0.55
Table linen: 210 pcs @ $0.80
Total (ex GST): $2,314.90 · Payment terms 14 days · accounts@sxlinen.example`,
  },
  {
    lang: 'en',
    kind: 'Residential laundry pickup text messages',
    source: `SXLinen: Hi ⟪n:Nangoo⟫, your pickup is booked for tomorrow 8–10am at ⟪h:212 Sandy Bay Rd, Hobart TAS 7005⟫. Reply C to confirm.
⟪t:0433 019 284⟫: C
SXLinen: Confirmed. Driver will text on the way. Ref JOB-4402916
⟪t:0433 019 284⟫: thanks! bag is by the side door`,
  },
  {
    lang: 'en',
    kind: 'Chimney sweep certificate (UK)',
    source: `Certificate of Chimney Sweeping
Sweep: ⟪n:Houbiert Lambôtin⟫, member no. NACS-40218
Customer: ⟪n:Berdaqjan Qosbergenov⟫
Property: ⟪h:12 Otley Road, Leeds LS6 3PX⟫
Appliance: multi-fuel stove, 5 kW · Flue: lined, 6"
Date swept: 04/10/2025 · Smoke test: passed · CO alarm fitted and tested
Next sweep recommended: October 2026`,
  },
  {
    lang: 'en',
    kind: 'Facility helpdesk ticket with requester IP',
    source: `Ticket HD-77120 | Harbourview Facility Management | Priority P3
Requester: ⟪n:Kunjumolamma Vadakkemuri⟫ <⟪m:k.vadakkemuri@bell.net⟫>
Submitted via tenant portal from ⟪a:2607:fea8:4e1:2b00::1a⟫
Location: Quinpool Towers, unit 803 (OBJ-81127)
Issue: water stain spreading on bedroom ceiling, possibly from unit 903.
Assigned: caretaker on duty · Target response: 24 h`,
  },
  {
    lang: 'en',
    kind: 'New starter form cleaner (German branch)',
    source: `Glanzwerk GmbH – New Starter Form (English version for international staff)
Full name: ⟪n:Rutendoyashe Chigumbura⟫
Date of birth: ⟪b:19 September 1992⟫
German tax ID (Steuer-ID): ⟪x:⟫
Pension insurance no.: ⟪s:19091992 Chigumbura f⟫
Passport no.: ⟪r:⟫ (issued by Germany, naturalised 2021)
Bank account: ⟪i:DE g⟫
Home address: ⟪h:Gießerstraße 71, 04229 Leipzig⟫`,
  },
  {
    lang: 'en',
    kind: 'Caretaker job advert (no person)',
    source: `We're hiring: Residential Caretaker (full-time, Leeds)
You'll keep communal areas clean and safe, carry out minor repairs, manage bin stores and
coordinate contractors. Full driving licence required. Salary £24,500 + on-call allowance.
Apply at careers@brightside-windows.example by 31 March 2026. Ref: CT-LDS-09.`,
  },
  {
    lang: 'en',
    kind: 'Tenant email about bin store with signature',
    source: `From: ⟪m:zelimkhanoy.tsaroev@hotmail.co.uk⟫
To: caretaker@harehills-court.example
Subject: Bin store overflowing again

Hi there,
The recycling bins at the back of block B haven't been emptied for two weeks and there are now bags on the floor.
Foxes have been at them. Can you chase the council please?

Cheers
⟪n:Zelimkhanoy Tsaroev⟫
Flat 7, ⟪h:33 Harehills Lane, Leeds LS8 4DZ⟫
⟪t:07841 220391⟫`,
  },
  {
    lang: 'en',
    kind: 'Carpet cleaning quote (US)',
    source: `Mile High Carpet & Upholstery – Estimate #E-20931
Prepared for: ⟪n:Wilaqullu Choquewanka⟫
Service address: ⟪h:1840 Tennyson St, Denver, CO 80212⟫
Phone: ⟪t:(303) 418-2275⟫
3 bedrooms + hallway, hot water extraction: $285.00
Pet odor treatment (living room): $60.00
Scotchgard protector (optional): $45.00
Estimate valid 30 days. Call the office at (303) 555-0199 to schedule.`,
  },
  {
    lang: 'en',
    kind: 'Move-out cleaning checklist signed by tenant',
    source: `End of Tenancy Clean – Checklist (JOB-5561201)
Property: ⟪h:74 Cuba Street, Wellington 6011⟫
Tenant: ⟪n:Lurdesinha Fatumeta⟫
[x] Oven degreased  [x] Windows inside  [x] Carpets steam cleaned  [ ] Curtains (not required)
Cleaner: ⟪n:Madeyasa Wirawana⟫ · Completed 28/02/2026 14:20
Tenant signature: ⟪n:L. Fatumeta⟫`,
  },
  {
    lang: 'en',
    kind: 'Wasp nest callout phone transcript',
    source: `Call recording summary – Lagan Pest Control, 15/07/2026 13:02
Caller: ⟪n:Oyinkansolami Fagbemiola⟫, phone ⟪t:07835 310772⟫
Location: ⟪h:8 Antrim Road, Belfast BT15 2HX⟫
Issue: wasp nest in soffit above back door, children in house.
Agent: Booked technician for today 4–6pm, £85 callout, paid by card ⟪c:⟫ over the phone.`,
  },
  {
    lang: 'en',
    kind: 'Caretaker timesheet CSV',
    source: `week,employee,site,mon,tue,wed,thu,fri,total
2026-W07,⟪n:Rajbhai Shakyabajra⟫,OBJ-81127,8,8,8,8,6,38
2026-W07,⟪n:Sreedharanunni Padinjarethil⟫,OBJ-81130,6,6,6,6,6,30
2026-W07,⟪n:Ompheletse Sebogodi⟫,OBJ-81127,4,0,4,0,4,12`,
  },
  {
    lang: 'en',
    kind: 'Key holding agreement (alarm and cleaner access)',
    source: `Key Holding Agreement – Harbourview FM
Client: ⟪n:Biuldani Lopezdiaa⟫, born ⟪b:08/04/1970⟫
Property: ⟪h:2290 Quinpool Rd, Halifax, NS B3L 1A7⟫
Keys held: front door x1, garage x1 (tag K-318). Alarm code supplied separately.
Cleaner access: Wednesdays 9:00–12:00 only. Emergency contact: ⟪n:Bidxaani Matusbiaa⟫, ⟪t:(902) 221-6650⟫
Signed 10/01/2026`,
  },
  {
    lang: 'en',
    kind: 'Pest control direct debit mandate (cross-border SEPA)',
    source: `SEPA Direct Debit Mandate – Lagan Pest Control Services
Creditor ID: IE98ZZZ301122 · Mandate ref: SPC-MND-00918
Debtor name: ⟪n:Ikechukwuoma Ugwuanyioma⟫
Debtor address: ⟪h:52 Ormeau Road, Belfast BT7 1EB⟫
Debtor IBAN: ⟪i:IE g⟫
Annual contract: 4 inspections, €240.00 per year, collected quarterly.
Signed: ⟪n:I. Ugwuanyioma⟫, 01/03/2026`,
  },
  {
    lang: 'en',
    kind: 'Commercial kitchen deep clean report',
    source: `Deep Clean Report – Extraction & Kitchen
Site: Gourmet Bay Bistro, 210 Elizabeth St, Hobart (commercial premises) · Job JOB-6603218
Duct and canopy cleaned, grease depth before 410 µm, after 35 µm (TR19 standard).
Filters replaced x6. Photos attached.
Supervisor on site: ⟪n:Gedeyana Astawaman⟫
Client representative: head chef ⟪n:Lurpita Apazawanka⟫, ⟪m:lurpita.apazawanka@optusnet.com.au⟫`,
  },
  {
    lang: 'en',
    kind: 'Identity check note for cleaner vetting',
    source: `Vetting note – Brightside Domestic (UK), 12/01/2026
Applicant: ⟪n:Nicolåy Houyoûs⟫, German national, DOB ⟪b:2 June 1985⟫
Right to work: German identity card ⟪k:⟫ checked in person, copy retained.
Basic DBS applied, reference DBS-31188402.
Previous employer reference: Glanzwerk, Leipzig (office line 0341 2290 410).`,
  },
  {
    lang: 'en',
    kind: 'Chimney fire follow-up letter (Canada)',
    source: `Halifax Regional Fire & Emergency – Fire Prevention Division

⟪n:Balzhinima Badmaevsky⟫
⟪h:3318 Agricola St, Halifax, NS B3K 4C3⟫

Re: chimney fire, 02/02/2026, incident 26-004127

Our crews attended a chimney fire at your address. Before the wood stove is used again, a WETT-certified
inspection is required. Please send the inspection report to fire.prevention@halifax.example.`,
  },
  {
    lang: 'en',
    kind: 'Customer portal login alert',
    source: `Subject: New sign-in to your Brightside account
Hi ⟪n:Jemalbibi⟫,
We noticed a new sign-in to your account ⟪m:jemalbibi.atajanowa@hotmail.co.uk⟫ on 18 Feb 2026 at 21:14 from
IP address ⟪a:86.142.77.21⟫ (Leeds, UK), Chrome on Windows.
If this was you, no action is needed. If not, reset your password at brightside-windows.example/reset.`,
  },
  {
    lang: 'en',
    kind: 'Gutter cleaning customer review reply',
    source: `★★★★★ "Fast and tidy" — ⟪n:Sayrita Quisbert⟫, Denver
Crew cleared all gutters and downspouts in under two hours and bagged everything.

Reply from Mile High Exteriors: Thanks ⟪n:Sayrita⟫! We'll pass this on to ⟪n:Dashinima⟫ and the crew. See you in the fall.`,
  },
  {
    lang: 'en',
    kind: 'Caretaker out-of-hours rota (no person data, role lines)',
    source: `Out-of-hours caretaker cover – February 2026
Weeknights 18:00–08:00: on-call caretaker, phone 0113 496 0799
Weekends: duty caretaker, phone 0113 496 0798
Lift entrapment: call lift contractor first (0800 047 1122), then the duty caretaker.
Water leaks: isolate at the stopcock in the bin store, then report online.`,
  },
];
