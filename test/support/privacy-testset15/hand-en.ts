/**
 * Set 15's English hand-written documents: energy, water and broadband providers, insurers, bank
 * advice desks, farms, co-operatives and farm-animal vets in the UK, Ireland, the US and New Zealand.
 * Marks: ⟦code|value⟧ (markup.ts).
 */
export const HAND_EN: { lang: 'en'; kind: string; source: string }[] = [
  {
    lang: 'en',
    kind: 'smart meter installation booking',
    source: `Your smart meter appointment is booked

Hi ⟦p|Godfrey⟧,

Our engineer ⟦p|Murdo Rintoul⟧ will fit your new smart meters on Thursday 10 December between
8am and 1pm at ⟦addr|3 Kirkgate Close, Thirsk YO7 1PQ⟧.

Electricity meter serial: ZN15-610447   Gas meter serial: G4-22819
Account number: 8801 4471 20

Need to change the slot? Reply to this email or call 0330 088 4416.
We'll text a reminder to ⟦tel|07700 900 318⟧ the day before.

Northdale Energy – Customer Operations`,
  },
  {
    lang: 'en',
    kind: 'change of tenancy form',
    source: `CHANGE OF OCCUPIER – MOVING IN

Supply address:    ⟦addr|Flat 2, 41 Rosebery Street
                   Dundee DD1 4JX⟧
Date you moved in: 28/11/2026
Meter reading:     E 55108   (meter ZN15-338900)

New customer
Title: Ms   First name: ⟦p|Seonag⟧   Surname: ⟦p|Inverarity⟧
Date of birth: ⟦dob|19/04/1996⟧
Phone: ⟦tel|07911 204 668⟧   Email: ⟦mail|seonag.inverarity@outlook.com⟧
Previous address: ⟦addr|12 Brae Road, Forfar DD8 3HL⟧

Landlord / agent (company, not labelled): Tayside Lettings Ltd, 9 Union Street, Dundee DD1 4BN`,
  },
  {
    lang: 'en',
    kind: 'final bill query email',
    source: `From: ⟦p|Lorcán Scanlon⟧ <⟦mail|lorcan.scanlon@eircom.net⟧>
To: billing@midlandspower.ie
Subject: Final bill - account 9002 1147 - moved out in October

Hi,

I moved out of the house on 14 October and gave you a closing read (00872). The final bill you sent
charges me up to 30 November, which is when the new tenant, ⟦p|Bébhinn Cuddihy⟧, registered.
Can you correct it to the 14th? I've attached the photo of the meter with the date stamp.

Thanks,
⟦p|Lorcán⟧
⟦tel|087 662 4109⟧`,
  },
  {
    lang: 'en',
    kind: 'payment arrangement confirmation letter',
    source: `Severnside Water
Customer Support, PO Box 412, Gloucester GL1 9ZZ

Mrs ⟦p|Rosamund Cattermole⟧
⟦addr|27 Orchard Rise
Tewkesbury GL20 5TW⟧

Our ref: PA/15/77123        3 December 2026

Dear Mrs ⟦p|Cattermole⟧,

Thank you for speaking to us today. As agreed, your balance of £486.20 will be paid by
12 monthly instalments of £40.52 from the account ending 4410 (sort code 20-41-06). Your usual
charges are included in the plan.

If your circumstances change, please call our Helping Hand team on 0800 169 4422.

Yours sincerely
⟦p|Aldous Greatorex⟧
Income Recovery Team`,
  },
  {
    lang: 'en',
    kind: 'disconnection notice (US utility)',
    source: `PRAIRIE RURAL ELECTRIC COOPERATIVE
NOTICE OF PENDING DISCONNECTION

Member:          ⟦p|Harlan Stoltzfus⟧
Service address: ⟦addr|2214 County Road 18
                 Kalona, IA 52247⟧
Account:         60-118-4402        Past due: $341.87

Service will be disconnected on or after December 21, 2026 unless payment is received or a
payment agreement is made. If a household member has a serious medical condition, a physician's
certificate may delay disconnection for 30 days. Winter moratorium rules apply from November 1.

Call member services at (319) 656-2211 or email memberservices@prairierec.coop.`,
  },
  {
    lang: 'en',
    kind: 'water leak allowance application (NZ)',
    source: `LEAK REMISSION APPLICATION – Waipā District water services

Ratepayer:        ⟦p|Haunui Whaanga⟧
Property:         ⟦addr|48 Kowhai Road, RD 3, Te Awamutu 3873⟧
Water meter no.:  ZN15-512008
Contact:          ⟦tel|021 448 7102⟧ / ⟦mail|haunui.whaanga@xtra.co.nz⟧

Leak found:       cracked poly pipe under the driveway, found 12/11/2026
Repaired by:      Te Awamutu Plumbing Ltd, invoice 88412, repaired 14/11/2026
Readings:         before 3318, after repair 3402

Declaration: I confirm the leak was repaired within 14 days. Signed H. ⟦p|Whaanga⟧`,
  },
  {
    lang: 'en',
    kind: 'broadband contract upgrade call notes',
    source: `CRM > Interaction notes > Account 7731-00492

03/12/2026 10:14  Inbound call, caller verified (DOB + postcode)
Customer ⟦p|Wilfred Fairclough⟧ wants to move from Fibre 80 to Fibre 500. Quoted £36/month,
24-month term, no activation fee. Router swap needed (Hub 2 -> Hub 4), courier to billing address.
Customer asked that the confirmation goes to his wife's email ⟦mail|griselda.fairclough@btinternet.com⟧
as well – added as authorised contact: ⟦p|Griselda Fairclough⟧, ⟦tel|01223 508 771⟧.
Agent: ⟦p|Nattapong⟧ (team Cambridge 2)`,
  },
  {
    lang: 'en',
    kind: 'number port request (NZ)',
    source: `PORTING REQUEST – Industry Portability Management System

Gaining Service Provider:  Southern Cross Mobile
Losing Service Provider:   One NZ
Number(s) to port:         ⟦tel|027 551 8842⟧
Account holder:            ⟦p|Mihiata Tautahi⟧
Account holder DOB:        ⟦dob|02/09/1987⟧
Losing provider account:   40021887 (not the number)
Requested port date:       07/12/2026

Authority: I, ⟦p|Mihiata Tautahi⟧, authorise the transfer of the number above and
understand my contract with the losing provider may incur early termination fees.`,
  },
  {
    lang: 'en',
    kind: 'engineer visit job sheet',
    source: `JOB SHEET  #FTTP-15-44810    Engineer: ⟦p|Hywel Meredith⟧

Customer:   ⟦p|Nia Penrhyn⟧
Address:    ⟦addr|Ty Gwyn, Lôn Isaf, Llanrug, Caernarfon LL55 4AP⟧
Phone:      ⟦tel|07823 114 560⟧
Job:        New fibre install, drop from pole 14 to gable end

Notes:  Pole access via field gate, farmer ⟦p|Cadfael Gwynedd⟧ OK'd it (⟦tel|01286 672 330⟧).
        ONT fitted in hallway, router LAN IP ⟦ip|192.168.1.1⟧, public IP assigned ⟦ip|81.152.207.44⟧.
        Speed test 912/108. Customer signed off.`,
  },
  {
    lang: 'en',
    kind: 'ISP abuse desk log',
    source: `abuse-desk | case 2026-1203-07 | rural wireless ISP, Montana

2026-12-02T21:44Z  report from external CERT: SSH brute force from ⟦ip|2605:a601:44c1:8f00::1b⟧
2026-12-02T21:50Z  lease lookup: subscriber ⟦p|Tucker Hollister⟧, tower Bitterroot-3
2026-12-02T22:05Z  also seen from ⟦ip|174.45.201.88⟧ (same CPE, dual stack)
2026-12-03T08:30Z  called subscriber at ⟦tel|(406) 961-3374⟧ – infected NAS, will unplug
2026-12-03T08:41Z  emailed cleanup steps to ⟦mail|tholli@blackfoot.net⟧; case pending`,
  },
  {
    lang: 'en',
    kind: 'motor insurance first notification of loss',
    source: `FIRST NOTIFICATION OF LOSS – MOTOR
Policy POL-15-902214   Claim CLM-15-66102

Policyholder: ⟦p|Kendra Vandergriff⟧   DOB ⟦dob|1979-08-23⟧
Address: ⟦addr|5120 Old Mill Road, Lancaster, PA 17601⟧
Phone: ⟦tel|717-299-4183⟧

Incident: 11/29/2026 approx. 5:40 pm, Route 30 eastbound near the Amish farm market.
Third party: ⟦p|Shelby Dempsey⟧, ⟦tel|717-464-2210⟧, insured with Erie, vehicle towed.
Witness: ⟦p|Anežka Mráziková⟧ (tourist, email ⟦mail|anezka.mrazikova@seznam.cz⟧)
Injuries: none reported. Police report PA-LAN-26-118833.`,
  },
  {
    lang: 'en',
    kind: 'home contents claim form (Ireland)',
    source: `HOME INSURANCE – CONTENTS CLAIM
Claim number CLM-15-70931 · Policy POL-15-418850

Name of policyholder: ⟦p|Íde Mac Carthaigh⟧
Contact number:       ⟦tel|+353 86 330 1294⟧
Email:                ⟦mail|ide.maccarthaigh@gmail.com⟧

Cause of loss: storm damage, 30/11/2026, rain through the roof into the back bedroom
Items: mattress, wardrobe, laptop (receipt attached), curtains

Excess of €250 to be charged to card ⟦card|4232 0062 8320 6141⟧ as agreed on the phone.
Loss adjuster appointed: ⟦p|Blathnaid Ó Dubhghaill⟧, Crawford Ireland.`,
  },
  {
    lang: 'en',
    kind: 'public liability claim acknowledgement (NZ)',
    source: `Kia ora ⟦p|Rongomai⟧,

We've received the claim against your dairy farm's public liability cover (policy POL-15-640172).
The claimant, ⟦p|Losaline Kaufusi⟧, says she slipped on the cattle grid at your gate while
delivering feed on 19 November. Our investigator ⟦p|Sitiveni Tuipulotu⟧ will call you on
⟦tel|027 219 4406⟧ to arrange a visit. Please don't discuss liability with the claimant.

Ngā mihi,
⟦p|Kalolaine Moala⟧ | Rural Claims | 0800 272 646 | ruralclaims@kiwirural.co.nz`,
  },
  {
    lang: 'en',
    kind: 'pet insurance vet claim section',
    source: `PART B – TO BE COMPLETED BY THE VETERINARY PRACTICE

Pet name: Biscuit          Species: dog (Labrador)    Microchip: 826098200117334
Owner:    ⟦p|Griselda Wolstenholme⟧
Date first seen for this condition: 02/10/2026
Diagnosis: otitis externa, right ear; cytology cocci ++

Treatment dates and fees: 02/10 £68.40, 16/10 £112.15, 30/10 £42.00
Please pay: the practice (direct claim)

Vet: ⟦p|Peigi Lumsden⟧ MRCVS, Harrogate Vet Centre, ⟦tel|01423 561 907⟧
Signature and practice stamp`,
  },
  {
    lang: 'en',
    kind: 'crop hail adjuster worksheet (US)',
    source: `CROP-HAIL LOSS WORKSHEET   Claim CLM-15-81220   Policy POL-15-300451

Insured: ⟦p|Beauregard, Harlan⟧     Phone ⟦tel|(785) 742-3019⟧
Farm:    Section 14, T2S, R19E, Brown County KS (FSA farm 4471, tract 11093)
Adjuster: ⟦p|Kendra Whitcomb⟧

| Unit | Crop     | Acres | Stand | Defoliation | Loss % |
|------|----------|-------|-------|-------------|--------|
| 0001 | Soybeans | 160   | 118k  | 40%         | 12.5   |
| 0002 | Corn     | 80    | 31k   | 55%         | 18.0   |

Adjuster remarks: hail line 6/28, re-inspection after harvest on unit 0002.`,
  },
  {
    lang: 'en',
    kind: 'bank account opening checklist (expat)',
    source: `NEW CUSTOMER – ACCOUNT OPENING CHECKLIST (branch: Bristol Broadmead)

Customer:        ⟦p|Gerhild Steinbrügge⟧
Nationality:     German (moved to the UK 2026, settled status applied)
ID seen:         German passport ⟦pass|F0GNJFMR98⟧, expiry 2033
German tax ID:   ⟦stid|59183467080⟧ (for CRS self-certification)
Date of birth:   ⟦dob|5 February 1992⟧
UK address:      ⟦addr|Flat 7, 18 Cotham Hill, Bristol BS6 6LF⟧
Mobile:          ⟦tel|+44 7481 220 963⟧

Products: current account, debit card to branch. Adviser: ⟦p|Aldous Fairclough⟧, notes in CRM.`,
  },
  {
    lang: 'en',
    kind: 'mortgage advice meeting minutes (Ireland)',
    source: `Meeting note – mortgage advice (first-time buyers)
Date: 24/11/2026   Location: Galway branch   Adviser: ⟦p|Dara Hennessy⟧

Attendees: ⟦p|Bébhinn Nic Amhlaoibh⟧ and ⟦p|Lorcán Ó Dubhghaill⟧ (applicants)

- Combined gross income €112,000; both permanent contracts (HSE; Galway Co-op).
- Deposit €48,000 incl. Help to Buy. Loan sought €360,000 over 30 years.
- Advised of the central bank 4x income rule; exemption not needed.
- Next step: AIP application; applicants to send last 6 months' statements.
- Contact preference: email ⟦mail|bebhinn.na@gmail.com⟧.`,
  },
  {
    lang: 'en',
    kind: 'lasting power of attorney bank registration',
    source: `REGISTERING A LASTING POWER OF ATTORNEY WITH US

Account holder (donor): Mr ⟦p|Aldous Sidebottom⟧, date of birth ⟦dob|12 July 1934⟧
Attorney(s):            ⟦p|Griselda Sidebottom⟧ (daughter), ⟦addr|9 Mill Lane, Kendal LA9 4DT⟧
                        German ID card of the attorney: ⟦ausw|N215ZR02J0⟧
                        ⟦p|Wilfred Cattermole⟧ (solicitor, Pemberton & Ashdown LLP, Kendal)
LPA type:               property and financial affairs, jointly and severally
OPG reference:          7000-1182-4470

We have verified the original LPA and ID for both attorneys. Online banking access for the
attorneys: yes. Branch contact: lpa.support@lakelandbs.co.uk`,
  },
  {
    lang: 'en',
    kind: 'bereavement notification (US bank)',
    source: `Bereavement Services – Notification of Death

Deceased:            ⟦p|Harlan Dempsey⟧    DOB ⟦dob|03/14/1948⟧   Date of death 11/02/2026
Last address:        ⟦addr|88 Harrow Lane, Bozeman, MT 59715⟧
Notified by:         ⟦p|Kendra Dempsey⟧ (executor), ⟦tel|(406) 586-7720⟧
Accounts:            checking ending 2210, CD ending 0418
Documents received:  death certificate, letters testamentary (Gallatin County probate DP-26-311)

Actions: accounts restricted; debit card ⟦card|5581 7265 6818 7104⟧ cancelled; SSA returned funds.`,
  },
  {
    lang: 'en',
    kind: 'grazing licence agreement (NZ)',
    source: `GRAZING LICENCE

Owner:    ⟦p|Ana Latu⟧ and ⟦p|Feleti Fonua⟧ of ⟦addr|211 Ngaroma Road, RD 1, Otorohanga 3971⟧
Grazier:  Maungatautari Dairies Ltd

1. The owner grants the grazier the right to graze dry stock on the paddocks known as "Top Flats"
   and "Tōtara Gully" (approx. 22 ha) from 1 January 2027 to 30 June 2027.
2. Fee: $95 per hectare per month, payable monthly in arrears.
3. Maximum 40 R2 heifers; NAIT tags to be registered before arrival.
4. Contact for the owners: ⟦tel|07 873 4419⟧.`,
  },
  {
    lang: 'en',
    kind: 'cattle movement record (no personal data)',
    source: `CATTLE MOVEMENT RECORD – holding 44/318/0021 to market

| Ear tag            | Breed | Sex | DOB        | Passport no. |
|--------------------|-------|-----|------------|--------------|
| UK 184402 300417   | LIMX  | F   | 12/03/2025 | cattle only  |
| UK 184402 300424   | LIMX  | F   | 28/03/2025 | cattle only  |
| IE 372 1190 0512   | CHX   | M   | 05/01/2025 | cattle only  |

Haulier: Dales Livestock Transport (licence DLT/22/8810). Dear Sir or Madam at the mart office,
these animals' dates are births of calves, not of people. Sort code for settlement 40-22-17.`,
  },
  {
    lang: 'en',
    kind: 'farm subsidy application contacts page',
    source: `Sustainable Farming Incentive – application summary
SBI 106 442 817   Agreement reference SFI-15-0042

Business name:    Hollow Beck Farm Partnership
Main contact:     ⟦p|Rosamund Fairclough⟧ (partner)
Phone:            ⟦tel|01969 650 218⟧     Mobile ⟦tel|07398 551 004⟧
Email:            ⟦mail|hollowbeck.farm@gmail.com⟧
Agent:            ⟦p|Wilfred Sidebottom⟧, Dales Land Agents (⟦mail|w.sidebottom@daleslandagents.co.uk⟧)

Actions applied for: CSW1 (hedgerow assessment), SAM1 (soil management), AHL2 (winter bird food).`,
  },
  {
    lang: 'en',
    kind: 'seasonal workers housing roster',
    source: `SEASONAL WORKERS – CARAVAN ALLOCATION (fruit farm, Herefordshire)

| Caravan | Worker                 | Arrived | Contact          |
|---------|------------------------|---------|------------------|
| C1      | ⟦p|Gintaras Mažeika⟧    | 02/05   | ⟦tel|+370 612 44 190⟧ |
| C1      | ⟦p|Žygimantas Grybauskas⟧ | 02/05 | ⟦tel|+370 677 20 318⟧ |
| C2      | ⟦p|Lindita Haxhiu⟧      | 18/05   | –                |
| C3      | ⟦p|Boyko Yordanov⟧      | 06/06   | ⟦tel|+359 88 741 2290⟧ |

Supervisor on site: ⟦p|Tanushree Bagchi⟧. Welfare line (scheme operator): 0800 046 1520`,
  },
  {
    lang: 'en',
    kind: 'dairy co-op board minutes (NZ)',
    source: `Board minutes – Southland Dairy Suppliers' Co-operative, 26 November 2026

Present: ⟦p|Keoni Kahananui⟧ (chair), ⟦p|Makoa Kealoha⟧, ⟦p|Sarangerel Dashdorj⟧, ⟦p|Jandira Portella⟧
Apologies: ⟦p|Nohea Kamakau⟧

1. Milk price forecast held at $9.40/kgMS.
2. Effluent compliance: two suppliers issued notices by Environment Southland; chair to visit.
3. New supplier application from ⟦p|Ratnasari Kusuma⟧ (Edendale) approved subject to shares.
Next meeting 17 December. Minutes: ⟦p|Mehari Weldeab⟧, secretary.`,
  },
  {
    lang: 'en',
    kind: 'herd health visit report (Ireland)',
    source: `HERD HEALTH VISIT – Suckler herd, Co. Roscommon
Herd number: R 1440 2287    Date: 01/12/2026

Farmer: ⟦p|Uisdean Crichton-Moir⟧   Mobile ⟦tel|086 117 5593⟧
Vet:    ⟦p|Raonull Pitcairn⟧ MVB, Boyle Veterinary Clinic

- Pre-housing dosing done (ivermectin pour-on), fluke testing on 10 dung samples
- 3 cows lame, one toe ulcer pared, block applied
- BVD: herd negative status retained; last tag-and-test results 2026 all negative
Plan: repeat fluke test in February. Invoice to follow by email to ⟦mail|crichtonmoir.farm@gmail.com⟧.`,
  },
  {
    lang: 'en',
    kind: 'large animal vet invoice (NZ)',
    source: `TAX INVOICE  INV-15-40418          GST 112-448-990
Rural Vets Waikato · 14 Bank Street · Matamata 3400

Bill to: ⟦p|Hadija Mbwambo⟧, ⟦addr|760 Hinuera Road, RD 2, Matamata 3472⟧

| Date   | Description                          | Amount   |
|--------|--------------------------------------|----------|
| 20 Nov | Calving assist, 2 h call-out         | $ 385.00 |
| 20 Nov | Metacam, calcium borogluconate        | $ 96.40  |
| 27 Nov | Pregnancy scanning, 212 cows         | $ 742.00 |

Paid by card ⟦card|3424 864492 25679⟧ on 30 Nov. Thank you – ⟦p|Marinus Hakvoort⟧ BVSc`,
  },
  {
    lang: 'en',
    kind: 'telecom complaint escalation email',
    source: `From: ⟦p|Kaimana Nakoa⟧ <⟦mail|kaimana.nakoa@hawaiiantel.net⟧>
To: executive.support@pacificlink.com
Cc: consumer@dcca.hawaii.gov
Subject: Third outage this month – ticket 88-44102

Aloha,

Our fiber at ⟦addr|45-118 Kamehameha Highway, Kaneohe, HI 96744⟧ went down again on Sunday.
Your technician ⟦p|Tucker⟧ said a splice box was damaged. I work from home and need a credit for
the 9 days without service this month. Please call me at ⟦tel|808-247-5590⟧.

Mahalo,
⟦p|Kaimana Nakoa⟧`,
  },
  {
    lang: 'en',
    kind: 'policy renewal notice (no personal data)',
    source: `RENEWAL NOTICE – Farm Combined Policy POL-15-000001 (specimen)

Dear Sir or Madam,

Your policy renews on 1 January 2027. The premium includes Insurance Premium Tax at 12%.
Cover: buildings, machinery, livestock (including the "Henrietta" dairy bull scheme), public liability
£5m, employers' liability £10m. Excess: £250 per claim, £1,000 for storm.

To make changes, contact your broker. Sort code and account number for payments are on the
enclosed bank giro credit. Claims line and broker details are printed on your schedule.`,
  },
  {
    lang: 'en',
    kind: 'tariff comparison leaflet (no personal data)',
    source: `Compare our tariffs – December 2026

| Tariff              | Unit rate  | Standing charge | Exit fee |
|---------------------|------------|-----------------|----------|
| Flexi Variable      | 24.50p/kWh | 53.35p/day      | £0       |
| Fixed 12 "Ada"      | 23.10p/kWh | 49.80p/day      | £50      |
| EV Night Owl        | 8.50p/kWh* | 53.35p/day      | £0       |

*00:30–05:30. "Ada" is named after Ada Lovelace House, our Leeds office. Meter ZN15-000000
shown on examples is not a real meter. Switching takes 5 working days.`,
  },
  {
    lang: 'en',
    kind: 'call-back list for outage team',
    source: `CALL-BACK LIST – storm outage Glen Affric feeder, 02/12/2026 (priority services register)

| Priority | Customer              | Phone            | Reason                        |
|----------|-----------------------|------------------|-------------------------------|
| 1        | ⟦p|Peigi Balfour-Kinnear⟧ | ⟦tel|01456 476 221⟧ | home oxygen concentrator |
| 1        | ⟦p|Ciorstaidh Lumsden⟧  | ⟦tel|07860 332 410⟧ | stair lift, lives alone        |
| 2        | ⟦p|Alasdair-Ruadh Rintoul⟧ | ⟦tel|01456 415 833⟧ | fridge with insulin      |

Generator van dispatched to Cannich. Coordinator: ⟦p|Seonag Pitcairn⟧.`,
  },
  {
    lang: 'en',
    kind: 'flood loss adjuster site diary',
    source: `SITE DIARY – flood claim CLM-15-59031, Cockermouth

Day 1 (01/12): met insured ⟦p|Griselda Greatorex⟧ at ⟦addr|6 Derwent Terrace, Cockermouth CA13 9BQ⟧.
Water 40 cm above ground floor. Alternative accommodation arranged with her sister
⟦p|Rosamund Wolstenholme⟧ in Keswick (⟦tel|017687 72 118⟧).
Day 2 (02/12): strip-out contractor on site; drying equipment installed, readings logged.
Day 3 (03/12): interim payment £5,000 agreed; to be paid to account per claim form.
Insured's email for updates: ⟦mail|griselda.g@btopenworld.com⟧.  Adjuster: ⟦p|Godfrey Cattermole⟧`,
  },
  {
    lang: 'en',
    kind: 'direct debit mandate (SEPA, Ireland)',
    source: `SEPA DIRECT DEBIT MANDATE   Creditor ID IE15ZZZ400882   Mandate ref MND-15-30021

By signing this mandate form, you authorise Lakeland Co-operative Society to send instructions
to your bank to debit your account for your monthly feed account.

Debtor name:   ⟦p|Dara Mac Giolla⟧
Debtor IBAN:   ⟦iban|IE94 IPBS 2909 8029 5473 42⟧
BIC:           IPBSIE2D
Type:          recurrent
Signed at Cavan on 28/11/2026   D. ⟦p|Mac Giolla⟧`,
  },
  {
    lang: 'en',
    kind: 'UK account switch form with IBAN',
    source: `CURRENT ACCOUNT SWITCH – guaranteed switch date 14/12/2026

Old account holder name: ⟦p|Hywel Pugh⟧
Old account: sort code 30-94-12, account 44127788
New account IBAN: ⟦iban|GB14 HBUK 0374 8342 7557 10⟧
Joint holder: ⟦p|Llinos Pugh⟧, date of birth ⟦dob|21/01/1969⟧
Correspondence address: ⟦addr|Hafod Farm, Llanfair Caereinion, Welshpool SY21 0BL⟧

Debit card for the old account will stop working on the switch date.`,
  },
];
