import type { HandSource } from './markup.js';

/** English hand-written documents of set 43 (prisons, probation, youth justice in UK, IE, US, CA, AU and NZ), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Social visit booking confirmation (email)',
    source: `From: socialvisits.wandsworth@justice.example
To: ⟦m:kinioshy.ruusop@outlook.com⟧
Subject: Visit booked – A4471KN

Dear ⟦n:Kinioshy Ruusop⟧,
your visit to ⟦n:Eperiam Ruusop⟧ (prison number A4471KN) is booked for Sat 18 July, 14:00. Bring photo ID.
Booking line 020 8588 4000 (Mon–Fri).`,
  },
  {
    lang: 'en',
    kind: 'PIN phone number approval form',
    source: `HMP – Prisoner PIN Phone: Request to add numbers
Prisoner: ⟦n:SIRENIMWAUR, Sopwaur⟧   No. A9120PL   Wing C, cell CELL-C2-311
1. ⟦n:Merleen Sirenimwaur⟧ (mother)  ⟦t:07723 418820⟧
2. ⟦n:Tomsie Akapito⟧ (partner)  ⟦t:07958 103377⟧
3. Legal: Hughes & Partners 0191 230 4000 (firm switchboard)
Checked by: OSG ⟦n:Trewhella⟧`,
  },
  {
    lang: 'en',
    kind: 'Call monitoring log (security department)',
    source: `Security – call monitoring log, wk 27
07/07 19:02  A9120PL → ⟦t:07958 103377⟧  12m04s  ref to "the parcel" – SIR 26/0412 raised
07/07 19:20  A3381HX → 0800 011 3116 (Samaritans) – not monitored
08/07 10:15  A5560RT → ⟦t:+353 87 412 6630⟧  09m58s  nothing of note
Reviewed: ⟦n:Pasco Bolitho⟧, Security Manager`,
  },
  {
    lang: 'en',
    kind: 'Cell log entry (ACCT observation)',
    source: `ACCT observation record – CELL-F1-104
02:00 ⟦n:Tiarite⟧ asleep, breathing observed.
03:00 Awake, asked for the Listener. Listener ⟦n:Kautu Atanraoi⟧ unlocked 03:12–03:40.
04:00 Settled. Officer: ⟦n:Ythel Pengelly⟧`,
  },
  {
    lang: 'en',
    kind: 'Adjudication record of hearing',
    source: `Record of adjudication – charge 26/118, Rule 51(1) assault
Prisoner: ⟦n:Roniti Taberannang⟧ (A2290QB)
Witness: Officer ⟦n:Bryok Vosper⟧
Plea: not guilty. Finding: proved. Punishment: 14 days loss of canteen, suspended 3 months.
Independent Adjudicator: District Judge (MC) – video link`,
  },
  {
    lang: 'en',
    kind: 'Healthcare referral (mental health in-reach)',
    source: `Mental Health In-Reach referral
Patient: ⟦n:Sakimi Vafoou⟧  DOB ⟦b:22/04/1995⟧  NHS no. 943 476 5919
Reason: low mood since remand, not eating. Family contact (sister): ⟦n:Maraia Kaurasi⟧ ⟦t:07411 903217⟧
Referred by: ⟦n:Fatiaki Managreve⟧, Band 5 nurse`,
  },
  {
    lang: 'en',
    kind: 'Property card (reception)',
    source: `PROPERTY CARD – Reception, HMP Wandsworth
Name: ⟦n:Talagi Tukuitonga⟧  No. A7762CD
1 x phone (sealed bag 44102), 1 x wallet: bank card ⟦c: ⟧, £23.40 cash → private cash
1 x driving licence (NZ), 1 x house keys
Signed: prisoner / officer ⟦n:Lipitoa⟧`,
  },
  {
    lang: 'en',
    kind: 'Canteen and private cash statement',
    source: `Private cash statement – A7762CD ⟦n:Tukuitonga, Talagi⟧
01/07 opening 23.40
03/07 sent in by ⟦n:Sisilia Pulehetoa⟧ (bank transfer from ⟦i:GB g⟧) +50.00
05/07 canteen -18.75 · 06/07 PIN credit -10.00
closing 44.65`,
  },
  {
    lang: 'en',
    kind: 'Pre-sentence report (extract)',
    source: `PRE-SENTENCE REPORT – Crown Court at Snaresbrook, T20257741
Name: ⟦n:Nizami Babaguluyev⟧   DOB: ⟦b:9 March 1990⟧
Address: ⟦h:14 Blackstock Road, London N4 2DW⟧
Offence analysis: Mr ⟦n:Babaguluyev⟧ accepts responsibility …
Proposal: community order with 120 hours unpaid work.
Author: ⟦n:Tresek Trezise-Hocking⟧, Probation Officer`,
  },
  {
    lang: 'en',
    kind: 'Probation supervision case note',
    source: `Case note – 26/06/2026 – office appointment
PoP ⟦n:Khushbakht Ishkashimi⟧ attended on time. Drug test negative. Reports new job at a warehouse in Enfield.
New mobile: ⟦t:07723 556014⟧. Partner ⟦n:Zarangez⟧ pregnant, due Oct.
Next: 10/07 – ⟦n:Kalena Mahoe⟧ (PO)`,
  },
  {
    lang: 'en',
    kind: 'Electronic monitoring curfew violation alert',
    source: `EMS ALERT 2026-07-09 23:41  Curfew violation (absence)
Subject: ⟦n:Amirsho Yamchuni⟧  Tag ID EMX-440918  Curfew address ⟦h:88 Ladypool Road, Birmingham B12 8JR⟧
23:58 returned. Call made to subject ⟦t:07411 220938⟧: "missed the bus".
Monitoring centre 0800 137 291 · ems.alerts@monitoring.example`,
  },
  {
    lang: 'en',
    kind: 'Approved premises resident induction sheet',
    source: `Approved Premises – resident induction
Resident: ⟦n:Ferid Alimirzoev⟧, room 6, curfew 23:00–07:00
Next of kin: ⟦n:Eminat Alimirzoev⟧, ⟦h:31 Whitehall Road, Leeds LS12 1BE⟧
Keyworker: ⟦n:Wapan Kinequon⟧ · AP office 0113 245 0011`,
  },
  {
    lang: 'en',
    kind: 'Youth offending team referral order panel notes',
    source: `YOT – Referral Order panel, 3 July
Young person: ⟦n:Ikaika Naone⟧ (15)  Parent: ⟦n:Alohilani Naone⟧ ⟦m:alohilani.naone@btinternet.com⟧
Contract: letter of apology, 12 hrs reparation at the food bank, school attendance > 90%.
Panel members: two volunteers; YOT officer ⟦n:Kaiulani Haleamau⟧`,
  },
  {
    lang: 'en',
    kind: 'Victim contact scheme letter',
    source: `Victim Contact Scheme – Probation Service North East
Ms ⟦n:Gulnigar Barat⟧
⟦h:5 Ormeau Road, Belfast BT6 8HF⟧

Dear Ms ⟦n:Barat⟧,
the offender in your case will be considered for release by the Parole Board in September. You may submit a Victim Personal Statement.
Your Victim Liaison Officer: ⟦n:Nandamit Rongong⟧, direct ⟦t:0191 240 7133⟧`,
  },
  {
    lang: 'en',
    kind: 'Release on temporary licence (ROTL) application',
    source: `ROTL application – resettlement day release
Prisoner: ⟦n:Stanzin Stobdan⟧ A3018TF  Category D
Destination: ⟦h:66 Cregagh Road, Belfast BT6 9AB⟧ (brother ⟦n:Skarma Stobdan⟧, ⟦t:+353 85 301 7741⟧)
Purpose: job interview at a bakery. Risk: low.`,
  },
  {
    lang: 'en',
    kind: 'Resettlement plan (housing and finance)',
    source: `Resettlement plan – 12 weeks pre-release
Name: ⟦n:Chandmuni Marndi⟧   Release date 04/09/2026
Housing: referral to council (no fixed abode). Bank account: opened ⟦i:GB g⟧.
ID: passport expired; German ID card on file ⟦k:⟧ (dual national).
Benefits: Universal Credit claim 2 weeks before release.`,
  },
  {
    lang: 'en',
    kind: 'Chaplaincy request slip',
    source: `Chaplaincy – general application
From: ⟦n:Phulmani Hansdak⟧  A6612WR  Wing B
Request: to see the Hindu chaplain, my father died last week. Can someone phone my aunt ⟦n:Duli Bedia⟧ on ⟦t:07723 118845⟧?
Actioned: Rev ⟦n:Annõ Vaļģis⟧`,
  },
  {
    lang: 'en',
    kind: 'Education enrolment (Level 2 course)',
    source: `Education dept – enrolment
Learner: ⟦n:Tabane, Teekoa⟧   A8831GS   ULN 4412098836
Course: Level 2 Functional Skills English, Tues/Thurs am
Prior qualifications: none declared. Tutor: ⟦n:Edgõr Šulca⟧`,
  },
  {
    lang: 'en',
    kind: 'Workshop pay sheet (prison industries)',
    source: `Industries – Textiles workshop pay w/e 10/07
A4471KN ⟦n:Ruusop E.⟧ 5 sessions £12.50
A9120PL ⟦n:Sirenimwaur S.⟧ 4 sessions £10.00
A2290QB ⟦n:Taberannang R.⟧ 0 sessions (adjudication) £0.00
Instructor: ⟦n:Ūlde Mednis⟧`,
  },
  {
    lang: 'en',
    kind: 'Irish Prison Service visitor registration',
    source: `Irish Prison Service – Visitor Registration
Visitor name: ⟦n:Sughdiyon Rahmonzoda⟧   Date of birth: ⟦b:1987-10-02⟧
Address: ⟦h:12 Cregagh Road, Belfast BT6 8PQ⟧   Mobile: ⟦t:+353 87 664 1029⟧
Visiting: ⟦n:Firuz Rahmonzoda⟧, Mountjoy Prison
Visits office: visits@mountjoy.example · +353 1 806 2800`,
  },
  {
    lang: 'en',
    kind: 'US inmate commissary deposit receipt',
    source: `COOK COUNTY DEPT OF CORRECTIONS – Commissary deposit
Inmate: ⟦n:OKIMASIS-SUNCHILD, MISKO⟧  Booking # 2026-0612044
Depositor: ⟦n:Osawask Wuttunee⟧, ⟦h:4411 W Van Buren St, Chicago, IL 60624⟧
Card ⟦c:⟧ · Amount $40.00 · Fee $3.95 · Kiosk LOBBY-2`,
  },
  {
    lang: 'en',
    kind: 'Canadian parole hearing transcript (extract)',
    source: `PAROLE BOARD OF CANADA – Hearing, Drumheller Institution
MEMBER: Mr ⟦n:Sasakamoose⟧, tell us about your plan for release.
OFFENDER (⟦n:Pisim Sasakamoose⟧): I'd go to my sister ⟦n:Waseskwan⟧ in Saskatoon, she's got a room. Um, her number's ⟦t:(306) 955 2210⟧.
ASSISTANT: Elder ⟦n:Kayseas⟧ is present.`,
  },
  {
    lang: 'en',
    kind: 'Australian Corrections community order report (chat)',
    source: `#cc-brunswick (Teams)
⟦n:Yaotl Tzompantzi⟧ 09:14: client ⟦n:Coatl Acatzin⟧ missed reporting again, phone ⟦t:0412 883 106⟧ off
⟦n:Yolotzin Huitzil⟧ 09:16: I'll try the partner, ⟦n:Ehécatl Cuahutle⟧
⟦n:Yaotl Tzompantzi⟧ 09:17: thanks, breach paperwork if no contact by 12`,
  },
  {
    lang: 'en',
    kind: 'NZ Corrections home detention suitability',
    source: `Ara Poutama – Home Detention suitability
Offender: ⟦n:Vaitoa Heka⟧  DOB ⟦b:14 August 2001⟧
Proposed address: ⟦h:27 Great South Rd, Papatoetoe 2025⟧ (grandmother ⟦n:Fakaotimanava Togahai⟧ consents)
Contact: ⟦m:fakaotimanava.togahai@xtra.co.nz⟧
Landline checked for EM: yes.`,
  },
  {
    lang: 'en',
    kind: 'German national extradition note (tax and pension ids)',
    source: `Note to file – transfer to Germany under the Framework Decision
Prisoner ⟦n:Mandoi Hrapeinen⟧, German national, A5521XY
German tax id (from the EAW): ⟦x:⟧  Pension insurance no.: ⟦s:28011982 Hrapeinen m⟧
Passport ⟦r:⟧ held in reception property.`,
  },
  {
    lang: 'en',
    kind: 'Visits hall incident report',
    source: `Visits hall – incident 11/07
Visitor ⟦n:Kezban Kolxoğlu⟧ passed an item to ⟦n:Lazuri Vicelu⟧ (A1190MB) at table 14. Item recovered.
Visitor banned 3 months; letter to ⟦h:120 Whitehall Road, Leeds LS12 1BE⟧.
CCTV ref VH-26-0711-3. Reporting officer: ⟦n:Pengelly⟧`,
  },
  {
    lang: 'en',
    kind: 'Email thread solicitor and prison legal visits',
    source: `From: ⟦n:Mehrangez Saidzoda⟧ <⟦m:m.saidzoda@saidzoda-legal.co.uk⟧>
To: legalvisits@justice.example
Subject: Re: Legal visit A3018TF

Thanks – Tuesday 10:00 works. My trainee ⟦n:Shodmon Qurbonov⟧ will attend too.

> On 8 Jul the legal visits team wrote:
> Please confirm attendees. Booking line 020 8588 4011.`,
  },
  {
    lang: 'en',
    kind: 'Prison Reform newsletter (no person)',
    source: `Prison Reform Bulletin – July
Overcrowding: the adult male estate ran at 99.4% of usable capacity in June.
Family visits: video calls rose 12% year on year; average visit 42 minutes.
Helpline for families: 0808 808 2003 (freephone) · info@familiesoutside.example`,
  },
  {
    lang: 'en',
    kind: 'Wing regime timetable (no person)',
    source: `Wing C regime – summer
07:45 unlock, meds hatch · 08:30 work/education · 11:45 lunch, bang-up
13:45 afternoon sessions · 16:30 association (landings 2 and 3 alternate)
17:30 tea · 18:00 lock-up; showers rota CELL-C1-101 to CELL-C1-140 on even dates`,
  },
  {
    lang: 'en',
    kind: 'Subtitle QA checklist for visit recordings (no person)',
    source: `Recording QA – video visits
1. Captions in WebVTT, cue length ≤ 7 s, two lines max.
2. Diarization labels (spk_0, spk_1) mapped to roles, never to names, in the QA sheet.
3. Confidence < 0.50 shown in grey; timestamps 00:00:00.000 format.
4. Support: recordings@justice.example, ext. 4420`,
  },
];
