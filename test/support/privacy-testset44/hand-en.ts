import type { HandSource } from './markup.js';

/** English hand-written documents of set 44 (salons, studios, spas and gyms in the UK, IE, US, CA, AU and NZ), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'gym membership application (form)',
    source: `Ironbark Fitness Newtown – Membership application MG-771024
Full name: ⟦n:Salotēlupe Vainikoloʻi⟧   DOB: ⟦b:08/11/1991⟧
Address: ⟦h:57 King St, Newtown NSW 2042⟧
Mobile: ⟦t:0412 558 301⟧   Email: ⟦m:salote.vainikolo@iinet.net.au⟧
Plan: 12-month, $21.95 per week, access tag L-118
Emergency contact: ⟦n:Tēvitaʻi Vainikoloʻi⟧ ⟦t:0433 190 284⟧`,
  },
  {
    lang: 'en',
    kind: 'barber booking email thread',
    source: `From: bookings@glossandgrain.example
To: ⟦m:liibaaneh.w@sky.com⟧
Subject: Re: Skin fade Friday

Hi ⟦n:Liibaaneh⟧, you're in with ⟦n:Ruairidhag⟧ at 5.15pm Friday (booking BK-3081746). £28.00, pay on the day.
Gloss & Grain Barbers · 0117 924 3380

On Tue, ⟦n:Liibaaneh Warsameleh⟧ <⟦m:liibaaneh.w@sky.com⟧> wrote:
> Any chance of a late slot Friday? Can be reached on ⟦t:07812 440193⟧.`,
  },
  {
    lang: 'en',
    kind: 'tattoo consent and release form',
    source: `Inkwell Tattoo Collective Dublin – Consent & Release
Client: ⟦n:Dilşêr Xelîlan⟧   Date of birth: ⟦b:21 March 1994⟧
Photo ID: German passport ⟦r:⟧
Design: fine-line botanical, left ankle. Artist: ⟦n:Catrìonag⟧
I confirm I am over 18, not under the influence, and have read the aftercare sheet.
Signed ⟦n:D. Xelîlan⟧, 15/05/2026`,
  },
  {
    lang: 'en',
    kind: 'tattoo aftercare sheet (no person)',
    source: `AFTERCARE – Inkwell Tattoo Collective
Leave the wrap on for 2–4 hours. Wash gently with unscented soap, pat dry.
Thin layer of balm 2–3 times a day for two weeks. No swimming, sunbeds or saunas for 14 days.
Questions: hello@inkwell.example or +353 1 679 2210 (Tue–Sat).`,
  },
  {
    lang: 'en',
    kind: 'personal trainer session notes',
    source: `PT notes – client ⟦n:Ahmatya Quảngđại⟧ (MG-209334)
Wk 6: squat 3x8 @ 60kg, RDL 3x10 @ 50kg. Knee fine. Body fat 27.4% → 25.9%.
Next: swap Thursday to 7am, text her on ⟦t:+64 27 318 5540⟧.
Trainer: ⟦n:Tupaqcha⟧`,
  },
  {
    lang: 'en',
    kind: 'spa gift voucher redemption log (CSV)',
    source: `voucher,redeemed_by,date,treatment,value
BK-5520193,⟦n:Mòragag NicLeòidich⟧,03/04/2026,Hot stone 60,NZ$149.00
BK-5520207,⟦n:Ealasaidag MacAonghaisich⟧,05/04/2026,Facial 45,NZ$119.00
BK-5520214,walk-in (no name),06/04/2026,Sauna day pass,NZ$35.00`,
  },
  {
    lang: 'en',
    kind: 'salon client record card',
    source: `CLIENT CARD – Shear Bliss, Galway
Name: ⟦n:Rituparnika Hazarikia⟧
Phone: ⟦t:+353 86 417 2209⟧
Colour: 6.3 + 7.43 mix 1:1, 20 vol, 35 min. Patch test 02/02/2026 clear.
Notes: sensitive scalp, prefers Saturdays, son ⟦n:Debojit⟧ also a client.`,
  },
  {
    lang: 'en',
    kind: 'direct debit cancellation letter',
    source: `⟦n:Phonesavanhna Sisoulathsy⟧
⟦h:214 Gloucester Road, Bristol BS7 8AE⟧

Dear Ironbark team,
Please cancel my membership (MG-880415) and stop collecting from my account ⟦i:GB g⟧ after the 28/06/2026 payment.
Regards,
⟦n:Phonesavanhna Sisoulathsy⟧`,
  },
  {
    lang: 'en',
    kind: 'class timetable (no person)',
    source: `STUDIO TIMETABLE – WEEK OF 18 MAY
Mon 6:30am Reformer Pilates (Studio 2, 12 spaces)
Tue 7:00pm Hot Vinyasa (Studio 1, 38°C)
Thu 12:15pm Express HIIT (Gym floor)
Sat 9:00am Kids' Ballet 4–6 yrs
Book in the app or call (02) 9519 4410.`,
  },
  {
    lang: 'en',
    kind: 'Slack message from front desk',
    source: `#front-desk  ⟦n:Zavenik⟧ 10:42
heads up – ⟦n:Haykanush Gasparyanik⟧ called, her card ⟦c: ⟧ was declined twice for the 10-class pass. She'll come in tomorrow, number's ⟦t:(416) 538-2071⟧ if she doesn't show
  ↳ ⟦n:Peigiag⟧ 10:44: ok, flagged it on her account`,
  },
  {
    lang: 'en',
    kind: 'massage intake questionnaire',
    source: `Kauri Day Spa – Massage Intake
Name: ⟦n:Urazgul Kuvatbay⟧   DOB: ⟦b:30/07/1968⟧
Email: ⟦m:u.kuvatbay@xtra.co.nz⟧
Conditions: mild hypertension, no recent surgery. Pressure: medium. Avoid: feet.
Therapist: ⟦n:Akositani⟧, Room 3, 14:00`,
  },
  {
    lang: 'en',
    kind: 'incident report sauna (US)',
    source: `INCIDENT REPORT – Hawthorne Sweat Lodge & Spa, Portland OR
Date/time: 05/09/2026 7:45 PM   Location: Finnish sauna
Guest: ⟦n:Hosteeni Benallyy⟧, ⟦h:3318 SE Hawthorne Blvd, Portland, OR 97214⟧, DOB ⟦b:04/22/1959⟧
Felt dizzy after ~15 min, assisted out by attendant ⟦n:Ilisonia⟧. Declined EMS. Contact ⟦t:(503) 772-0184⟧.`,
  },
  {
    lang: 'en',
    kind: 'nail salon appointment book page',
    source: `TUES 19/05
09:30  ⟦n:Chanthavy⟧ – BIAB infill  – ⟦t:07933 271840⟧
11:00  ⟦n:Sandunika Wijesekarage⟧ – gel toes
13:30  (blocked – tech training)
15:00  ⟦n:Mousumiya⟧ + friend – mani/pedi x2 – paid deposit £20`,
  },
  {
    lang: 'en',
    kind: 'chat transcript gym app support',
    source: `Support chat – Ironbark app
[14:02] Member ⟦n:Guuleedow Cigaalow⟧: can't log in, says account locked
[14:03] Agent ⟦n:Sam⟧: I can see failed logins from ⟦a:203.59.114.86⟧ – is that you?
[14:04] Member: yes that's my home wifi
[14:05] Agent ⟦n:Sam⟧: unlocked, please reset via the link sent to ⟦m:guuleed.cigaal@bigpond.com⟧`,
  },
  {
    lang: 'en',
    kind: 'German branch payroll onboarding (English form)',
    source: `Onboarding – Ironbark Fitness GmbH (Berlin club)
Employee: ⟦n:Tizirit Ouarabten⟧ (Group Fitness Instructor)
Date of birth: ⟦b:12.10.1992⟧
Tax ID (Steuer-ID): ⟦x:⟧
Pension insurance no.: ⟦s:12101992 Ouarabten f⟧
Salary account: ⟦i:DE⟧
Spouse's tax ID (joint assessment, class III): ⟦x:g⟧`,
  },
  {
    lang: 'en',
    kind: 'dance studio parent registration',
    source: `Dance Academy Ōtautahi – Term 3 enrolment
Student: ⟦n:Sekoveti Naivaluruani⟧, age 9 (born ⟦b:17 June 2017⟧)
Parent/guardian: ⟦n:Mereseinia Naivaluruani⟧, ⟦t:+64 21 604 3398⟧, ⟦m:mereseinia.n@vodafone.co.nz⟧
Classes: Jazz Tue 4pm, Hip Hop Thu 5pm. Fees NZ$310.00 per term.`,
  },
  {
    lang: 'en',
    kind: 'price list beauty (no person)',
    source: `BROWS & LASHES
Brow lamination + tint ........ £45
Lash lift + tint .............. £50
Hybrid full set ............... £75
Infills (2–3 wks) ............. £40
All treatments require a patch test 48 hours before. Bookings: bookings@glossandgrain.example`,
  },
  {
    lang: 'en',
    kind: 'review reply from salon owner',
    source: `Reply from owner: Hi ⟦n:Dharya⟧, so sorry your appointment ran late on Saturday – ⟦n:Nawangki⟧ was covering two chairs. We've sent a £15 credit to your account; feel free to call me directly on ⟦t:0117 496 0832⟧. – ⟦n:Ghaysan Akhamouk⟧, owner`,
  },
  {
    lang: 'en',
    kind: 'tanning salon skin type assessment',
    source: `SunKissed Tanning, Cork – Skin Type Assessment
Customer: ⟦n:Inrara Đàngnăng⟧   DOB: ⟦b:03/03/1999⟧
Fitzpatrick type: III. Photosensitising medication: none. Max session: 6 min (bed 4).
Signed by customer and staff ⟦n:Yakovika⟧, 11/05/2026`,
  },
  {
    lang: 'en',
    kind: 'membership freeze request email',
    source: `Subject: Freeze request – MG-551902

Hi team, I'm having knee surgery on 2 June and need to freeze my membership for 3 months. My details: ⟦n:Amnayas Bouzegzaten⟧, ⟦h:1472 Queen St W, Toronto, ON M6J 1H4⟧, mobile ⟦t:(416) 902-5517⟧.
Thanks, ⟦n:Amnayas⟧`,
  },
  {
    lang: 'en',
    kind: 'yoga retreat booking confirmation',
    source: `Booking confirmed – Byron Hinterland Yoga Retreat, 12–15 Aug 2026
Guest: ⟦n:Sumaqcha Ccoricha⟧ · Room: Garden 4 (shared) · BK-6601384
Paid A$1,280.00 with card ending 4417
Dietary: vegan. Questions? reply to stay@byronyoga.example or call 02 6685 1400.`,
  },
  {
    lang: 'en',
    kind: 'piercing ID check log',
    source: `ID check log – Inkwell (piercing)
15/05 ⟦n:Killaricha Apazacha⟧ – German ID card ⟦k:⟧ – helix – OK
15/05 ⟦n:Nimcaan Samatarleh⟧ – passport (Somalia) – septum – OK
16/05 ⟦n:Bulisa Florentinika⟧ – German passport ⟦r:⟧ – nostril – OK
16/05 (minor, no guardian present) – refused`,
  },
  {
    lang: 'en',
    kind: 'staff WhatsApp group export',
    source: `[5/14/26, 7:02 AM] ⟦n:Massinissen⟧: who's opening sat?
[5/14/26, 7:10 AM] ⟦n:Dorjila Tobgaypa⟧: me, but can someone swap 2-6? my number changed btw ⟦t:(503) 610-4482⟧
[5/14/26, 7:11 AM] Hawthorne Spa Manager: ⟦n:Dorjila⟧ I'll cover 2-6`,
  },
  {
    lang: 'en',
    kind: 'equipment maintenance log (no person)',
    source: `Cardio floor maintenance – May
Treadmill T-04: belt tension adjusted, 14/05
Rower R-02: chain lubricated, 14/05
Cable stack C-01: out of order, part ordered (PO 88120), £214.60
Next service visit: 11/06/2026, contractor ref SV-2291`,
  },
  {
    lang: 'en',
    kind: 'chargeback dispute note',
    source: `Dispute ref CB-20260512-0044 – Kauri Day Spa
Cardholder: ⟦n:Rahwaset Mehretabom⟧, card ⟦c:⟧
Claims couples massage 02/05/2026 (NZ$298.00) not received. Our records: checked in 13:52, signed by ⟦n:R. Mehretabom⟧. Sending booking log BK-9921045 to acquirer.`,
  },
  {
    lang: 'en',
    kind: 'body composition scan printout',
    source: `InBody 570 – Result sheet
ID: ⟦n:Kalaoh Trượngvăn⟧   Height 171 cm   Age 34   Gender M
Test date: 20/05/2026 08:14
Weight 78.2 kg · Skeletal muscle mass 34.9 kg · Body fat 17.8 % · Visceral fat level 7
Club: Ironbark Fitness Newtown · (02) 9519 4410`,
  },
  {
    lang: 'en',
    kind: 'wedding hair and makeup quote',
    source: `Hi ⟦n:Siranushik⟧! Quote for the 22 August bridal party: bride trial + day £240, 3 bridesmaids £85 each, mother of the bride £70. Travel to ⟦h:12 Castlereagh Road, Belfast BT5 5FP⟧ included. Deposit 25% to hold the date.
Lots of love, ⟦n:Mikławšk⟧ x
⟦m:mikla.hairandmakeup@gmail.com⟧`,
  },
  {
    lang: 'en',
    kind: 'bouldering gym waiver (US)',
    source: `RELEASE OF LIABILITY – Alberta Street Boulders
Participant: ⟦n:Shandiini Etsittyy⟧   Birth date: ⟦b:November 2, 2001⟧
Address: ⟦h:5120 NE Alberta St, Portland, OR 97218⟧
Email: ⟦m:shandiini.etsitty@comcast.net⟧
Signed electronically from IP ⟦a:73.25.188.14⟧ on 05/16/2026 6:31 PM`,
  },
  {
    lang: 'en',
    kind: 'hair loss clinic consultation letter',
    source: `Dear Mr ⟦n:Khachatrik⟧,
Thank you for attending your scalp consultation on 07/05/2026. As discussed, we recommend a 12-week course of low-level laser sessions (£65 each). Your next appointment is 21/05 at 10:00.
Kind regards, Trichology Clinic, 44 Park Row, Leeds LS1 5HD`,
  },
  {
    lang: 'en',
    kind: 'referral reward SMS log',
    source: `to,body,sent
⟦t:+44 7570 118 342⟧,"Thanks for referring ⟦n:Ubahleh⟧! A free month has been added to your membership.",2026-05-11T09:14:03Z
⟦t:+44 7812 905 227⟧,"Welcome to Gloss & Grain! Show this text for 10% off your first cut.",2026-05-11T09:14:05Z`,
  },
  {
    lang: 'en',
    kind: 'lost property register spa',
    source: `LOST PROPERTY – Kauri Day Spa
14/05 gold hoop earring, locker L-221 – unclaimed
15/05 black Lululemon top, changing room B – claimed by ⟦n:Heilalaʻi Fonuaʻila⟧, ph ⟦t:+64 27 551 0093⟧
16/05 reading glasses, relaxation lounge – unclaimed`,
  },
];
