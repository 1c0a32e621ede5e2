/** Hand-written English documents as a public-facing service desk receives them (set 8's markup: ⟦code|value⟧). */
export const HAND_EN: { lang: 'en'; kind: string; source: string }[] = [
  {
    lang: 'en',
    kind: 'council-webform-bins',
    source: `Report a missed collection – submitted 02/12/2026 07:31
Your name: ⟦P|Muireann McGillycuddy⟧
Email: ⟦M|muireann.oflaherty@btinternet.com⟧
Address of collection: ⟦A|14 Larkspur Close, Norwich NR2 4HF⟧
Bin type: green (garden)
Details: third week running!! my neighbour at no. 16 (Mrs ⟦P|Simatupang⟧ I think) also missed. please sort it.`,
  },
  {
    lang: 'en',
    kind: 'email-thread-mortgage',
    source: `From: ⟦P|Peadar Mac Mhurchú⟧ <⟦M|peadar.macgiolla@outlook.com⟧>
To: mortgages@harbourline-bank.co.uk
Subject: RE: Application ML-77120 – documents outstanding

Hi ⟦P|Hiske⟧,
Attached are my payslips. My husband's details for the joint application: ⟦P|Fiachra Mac Mhurchú⟧, DOB ⟦D|04/11/1988⟧, mobile ⟦T|+44 7723 481065⟧.
Thanks, Peadar

On Tue, 1 Dec 2026 at 14:20, ⟦P|Hiske Brouwenstijn⟧ <⟦M|hiske.brouwenstijn@harbourline-bank.co.uk⟧> wrote:
> Dear Ms ⟦P|Mac Mhurchú⟧,
> we still need your last three payslips and the second applicant's date of birth.
> Kind regards
> ⟦P|Hiske Brouwenstijn⟧
> Mortgage Adviser | Harbourline Bank plc | 1 Quay Street, Bristol BS1 4DJ
> This e-mail and any attachments are confidential. If you are not the intended recipient please delete it.`,
  },
  {
    lang: 'en',
    kind: 'it-helpdesk-ticket',
    source: `INC0049182 | Caller: ⟦P|Raghav Bhattacharya⟧ | Location: Leeds 3rd floor
Short description: can't log in to payroll portal after password reset
Work notes:
[2026-11-27 10:12 ⟦P|Dongbang Minjae⟧] Checked AD, account locked 5x from ⟦IP|81.109.44.203⟧ (home broadband, per caller).
[2026-11-27 10:14 ⟦P|Dongbang Minjae⟧] Also from ⟦IP|2a02:c7c:8d41:5e00::1f⟧ – IPv6 of same router. Unlocked.
[2026-11-27 10:31 ⟦P|Raghav Bhattacharya⟧] works now thx
Resolution code: Solved (Permanently). App version 12.4.0.`,
  },
  {
    lang: 'en',
    kind: 'chatbot-telecom',
    source: `Transcript – Virtual assistant "Skye"
Skye: Hi! I can help with bills, upgrades and moving home.
Customer: moving home
Skye: Sure. What's the new address?
Customer: ⟦A|88 Kestrel Way, York YO10 5DD⟧
Skye: And the account holder's full name and date of birth, please.
Customer: ⟦P|Ratchanee Srisuwan⟧ ⟦D|3rd of March '85⟧
Skye: Thanks ⟦P|Ratchanee⟧. I'm passing you to an agent.
Agent ⟦P|Feike⟧: Hi there, I can see the account. Moving date?
Customer: 18th dec. also pls change my contact number to ⟦T|07791 220 463⟧`,
  },
  {
    lang: 'en',
    kind: 'call-notes-insurance',
    source: `CALL NOTES – Agent ⟦P|R. Evangelista⟧ – 30/11 16:05
Caller Mr ⟦P|Suda Phromsuwan⟧?? no → caller is son, ⟦P|Porntip Phromsuwan⟧, calling for father (policyholder, DOB ⟦D|1949-02-17⟧).
Father in hospital, claim for cancelled trip. Policy TRV-5521-880.
Son's number ⟦T|+44 20 7946 0321⟧, email ⟦M|porntip.b@gmail.com⟧.
Told him we need a signed authority from father. Sent form AUTH-2.`,
  },
  {
    lang: 'en',
    kind: 'complaint-form-hospital',
    source: `PATIENT ADVICE AND LIAISON – COMPLAINT
Patient name: ⟦P|Abdiwali Guleid⟧     D.O.B.: ⟦D|22.06.1971⟧
Complainant (if different): ⟦P|Cabdullahi Guleid⟧ (daughter)
Contact tel: ⟦T|0113 496 0772⟧
Address: ⟦A|5 Tanners Row
Leeds LS6 3QT⟧
What happened: my mother waited 9 hours in A&E on 14 Nov and no interpreter (Somali) was offered. Staff nurse ⟦P|Nimco⟧ was very kind though.
Outcome wanted: apology and interpreter booked for next appointment.`,
  },
  {
    lang: 'en',
    kind: 'appointment-request-passport',
    source: `Subject: urgent appointment – child passport

hello, i need an urgent appointment for my son ⟦P|Gbenga Ogunbanjo⟧ born ⟦D|September 9th, 2019⟧. we travel on 20 dec to lagos.
his old passport no. is A09182736 (Nigerian). my german passport ⟦PA|J92L2MFKT1⟧ if you need it.
⟦P|Oluwakemi Ogunbanjo⟧
⟦T|+234 803 555 0192⟧ / ⟦T|0176 5582 9930⟧`,
  },
  {
    lang: 'en',
    kind: 'bank-service-request',
    source: `Secure message – Online banking
From customer: ⟦P|Torbjörn Bergström⟧ (customer no. 55012877)
Subject: Card declined abroad

Hi, my card ending 0119 was declined in Lisbon. The other card, ⟦C|4532 0151 1283 0366⟧, works fine. Please unblock the first one. I'm on ⟦T|+46 70 123 45 67⟧ until Sunday.

Reply (⟦P|Gauthier Lemaître⟧, Card Services): Dear Ms ⟦P|Bergström⟧, the block is removed. For security we never ask for your PIN.`,
  },
  {
    lang: 'en',
    kind: 'no-data-status-page',
    source: `Service status – incident update 14:20 UTC
Investigating: some customers cannot submit the "Report a pothole" form (error 502). Engineers have rolled back release 2026.48.2 to 2026.47.9.
Affected: web and app (iOS 17.1, Android 14). Phone lines are unaffected.
Next update at 15:00 UTC. Reference: PIR-0412.
Thank you for your patience – the Digital Services team`,
  },
  {
    lang: 'en',
    kind: 'no-data-newsletter',
    source: `Hi team,

Quick reminders before the holidays:
• Office closed 25 Dec – 1 Jan; the Christmas Day and Boxing Day rota is in SharePoint.
• New "Martha Stewart Living" magazine subscription for the reception area, ISBN 978-0-306-40615-7 for the annual.
• Please use the Harrison Room (2nd floor) for the team lunch; Victoria Road car park is closed.
• Invoice INV-2026-11873 from Morgan & Hope Catering is approved.

Cheers,
Facilities`,
  },
  {
    lang: 'en',
    kind: 'tenancy-repair-request',
    source: `Repairs request – Riverside Homes
Tenant: ⟦P|Josimar Nogueira⟧, ⟦A|Flat 3, 27 Orchard Terrace, Exeter EX4 6NB⟧
Best time: after 5pm, mob ⟦T|07412 558 901⟧
Issue: damp in bedroom, mould behind wardrobe, baby in the room (⟦P|Lua⟧, 8 months)
Access: key with neighbour Mrs ⟦P|Adeyemo⟧ at flat 4 if we're out`,
  },
  {
    lang: 'en',
    kind: 'slack-export-support',
    source: `#support-escalations
⟦P|yonatan.gebremariam⟧ 11:02 AM: anyone seen customer ⟦M|mireille.bouchereau@orange.fr⟧ before? she says she was charged twice
⟦P|Anusha⟧ 11:04 AM: yes – duplicate Stripe webhook, refund done yday. order #SH-558120
⟦P|yonatan.gebremariam⟧ 11:05 AM: 🙏 will let her know, she's calling from ⟦T|+33 6 71 22 48 09⟧
⟦P|Raghav Bhattacharya⟧ 11:20 AM: fyi webhook fix in 3.2.1, deploying tonight`,
  },
  {
    lang: 'en',
    kind: 'hr-onboarding-form',
    source: `NEW STARTER FORM (Germany office)
Full legal name: ⟦P|Anthoula Kyriakidis⟧
Preferred name: ⟦P|Chryssa⟧
Date of birth: ⟦D|12 Aug 1993⟧
Home address: ⟦A|Quellenweg 48, 24103 Kiel⟧
Tax ID (Steuer-ID): ⟦TX|61 626 830 593⟧
Pension insurance no.: ⟦SV|54 120893 T 228⟧
Bank: ⟦I|DE12500105170648489890⟧
Emergency contact: ⟦P|Theoklitos Kyriakidis⟧ (brother) ⟦T|+30 694 123 4567⟧`,
  },
  {
    lang: 'en',
    kind: 'ocr-scanned-letter-dvla',
    source: `MR ⟦P|BAYANI MERCADO⟧
⟦A|102 GORSE LANE
BRISTOL BS7 8LP⟧

Dear Sir or Madam,
I am writing about my driving licence application ref D1-4471-002. I sent my
passport on 3 Nov and have not had it back. My date of birth is ⟦D|O7/O1/1979⟧
and my previous surname was ⟦P|Evangelista-Mercado⟧.
Please call me on ⟦T|0117 496 0555⟧ in the daytime.
Yours faithfully
⟦P|A. Mercado⟧`,
  },
  {
    lang: 'en',
    kind: 'travel-booking-passengers',
    source: `BOOKING CONFIRMATION  PNR 7XKQ2L
Lead passenger: ⟦P|PEÑA / ÍÑIGO⟧ MS
Passengers:
1. ⟦P|ECHEVERRIA/ÍÑIGO⟧  DOB ⟦D|14MAR1966⟧  ADT
2. ⟦P|ZUBIZARRETA/INIGO⟧    DOB ⟦D|02NOV1964⟧  ADT
Contact: ⟦M|inigo.echeverria@telefonica.net⟧ ⟦T|+34 612 33 45 90⟧
Card used: ⟦C|3782 822463 10005⟧
Flight FR 4482 STN-BIO 19DEC 06:40`,
  },
  {
    lang: 'en',
    kind: 'gp-referral-letter',
    source: `Millbrook Surgery, 2 Millbrook Road, Cardiff CF24 1RE

Dear Dr ⟦P|Ishiguro⟧,
Re: Mrs ⟦P|Consuelo Olazábal Rubio⟧, DOB ⟦D|1 February 1955⟧, ⟦A|9 Millbrook Road, Cardiff CF24 1RE⟧, NHS no. 943 476 5919
Thank you for seeing this lady with a 3-month history of exertional chest pain. Her husband ⟦P|Ramiro⟧ reports breathlessness at night.
Yours sincerely
Dr ⟦P|Ryoichi Takeuchi⟧, GP Partner`,
  },
  {
    lang: 'en',
    kind: 'app-log-login',
    source: `2026-12-01T06:55:41Z INFO  auth.login ok user=⟦M|bambang.susilo@mailbox.org⟧ ip=⟦IP|91.64.18.230⟧ ua="Mozilla/5.0"
2026-12-01T06:56:03Z WARN  auth.login fail user=⟦M|ADI.WIBISONO@YAHOO.CO.UK⟧ ip=⟦IP|188.29.164.7⟧ reason=bad_password
2026-12-01T06:56:09Z INFO  healthcheck ok version=5.0.3 node=web-02
2026-12-01T06:57:44Z INFO  profile.update user=⟦M|bambang.susilo@mailbox.org⟧ field=phone new=⟦T|+62 812 3456 7890⟧`,
  },
  {
    lang: 'en',
    kind: 'no-data-delivery-note',
    source: `DELIVERY NOTE DN-88120-A
Ship to: Goods-in, Unit 4 Anchor Park, Doncaster DN4 5HX
PO 4400291187 | Carrier: DPD 15503320985 | Pallets: 2
SKU       QTY  DESCRIPTION
HP-3341   12   "Grace" task chair, grey
HP-3390    4   "Jordan" desk 160cm
VAT reg GB 123 4567 89 · Company no. 04417712`,
  },
  {
    lang: 'en',
    kind: 'school-enrolment-email',
    source: `Dear Admissions,
please find below our details for the Year 7 in-year application.
Child: ⟦P|Zhaoyang Huangfu⟧, born ⟦D|16/05/2014⟧
Parents: ⟦P|Zhaoyang Huangfu⟧ and ⟦P|Meixiu Duanmu⟧
Address: ⟦A|230 Maple Ave, Evanston, IL 60201⟧ until 31 Dec, then UK
Phone: ⟦T|(312) 555-0187⟧
Many thanks,
⟦P|Meixiu⟧

--
Sent from Outlook for Android`,
  },
  {
    lang: 'en',
    kind: 'legal-demand-response',
    source: `Our ref: PL/6612/SM   Your ref: DR-2026-0931

Dear Sirs,
We act for Ms ⟦P|Gleb Tsvetkova⟧ of ⟦A|41 Tanners Row, Leeds LS6 3QT⟧ in respect of your letter before claim dated 12 November. Our client disputes the sum of £1,240.00. Please direct all further correspondence to this office and do not contact our client directly.
Yours faithfully
Pemberton Lowe LLP
disputes@pembertonlowe.co.uk`,
  },
  {
    lang: 'en',
    kind: 'lab-request-form',
    source: `PATHOLOGY REQUEST
Surname: ⟦P|BERGSTRÖM⟧  Forename: ⟦P|EBBE⟧  Sex: M
DOB: ⟦D|30-09-1946⟧   Hosp no: K771204
Tests: FBC, U&E, LFT, HbA1c
Clinical details: ?anaemia, on warfarin
Requesting clinician: Dr ⟦P|S. Haileselassie⟧ bleep 4471
Sample taken by: ⟦P|Ernesto⟧ (HCA) 08:40`,
  },
  {
    lang: 'en',
    kind: 'utility-call-transcript',
    source: `[00:00:03] AGENT (⟦P|Renato⟧): Thanks for calling Northgrid, can I take your name?
[00:00:06] CALLER: it's ⟦P|Abdiwali Cawaale Gurey⟧
[00:00:09] AGENT: And the first line of the address?
[00:00:12] CALLER: ⟦A|6 Birchwood Dr, Madison, WI 53703⟧ — no sorry, that's my cousin's, mine is ⟦A|19 Gorse Lane, Bristol BS7 8LP⟧
[00:00:25] AGENT: Got it. Date of birth?
[00:00:27] CALLER: ⟦D|second of july nineteen ninety⟧
[00:00:30] AGENT: Thank you, you're verified.`,
  },
  {
    lang: 'en',
    kind: 'crm-notes-gym',
    source: `CRM – member 0044719
Name: ⟦P|Taegyu Sagong⟧
Notes:
- 11/03 froze membership (injury), GP note on file
- 11/20 asked to change DD to new account ⟦I|GB33BUKB20201555555555⟧
- 11/28 called, wants to add husband ⟦P|Sunghoon Myung⟧ on couples plan, email ⟦M|sunghoon.myung+gym@gmail.com⟧
- promo code XMAS26 applied`,
  },
  {
    lang: 'en',
    kind: 'visa-letter-request',
    source: `Hello,
I need an invitation letter for my mother to visit for my graduation. Her details:
Name: ⟦P|Malarvizhi Sivasubramaniam⟧
Date of birth: ⟦D|March 22nd, 1966⟧
Passport: N7719043 (India)
My details: ⟦P|Yazhini Palaniappan⟧, student no. 2290117, ⟦M|s.palaniappan@student.uni-lohfeld.de⟧, German residence permit, ID card ⟦ID|WPLW31KJX4⟧
Thanks a lot!`,
  },
  {
    lang: 'en',
    kind: 'whatsapp-export-tenants',
    source: `[01/12/2026, 19:02:11] ⟦P|Olusegun⟧: lift broken AGAIN 😡
[01/12/2026, 19:03:40] ⟦P|Vegard Rønning⟧: reported it, ref LFT-2291
[01/12/2026, 19:04:02] ⟦P|Olusegun⟧: thanks ⟦P|Vegard⟧. Mr ⟦P|Lambrakis⟧ on 5th can't do stairs
[01/12/2026, 19:05:15] ⟦P|Eirik Rønning⟧: I'll bring his shopping up, his number is ⟦T|07700 900 412⟧ right?`,
  },
  {
    lang: 'en',
    kind: 'refund-email-lowercase',
    source: `hi,
order 55-10293 never arrived. please refund to my card, not store credit.
name on order ⟦P|ségolène fauchon⟧, email ⟦M|segolene.fauchon@free.fr⟧, card was ⟦C|5425-2334-3010-9903⟧.
ta`,
  },
  {
    lang: 'en',
    kind: 'no-data-job-ad',
    source: `We're hiring: Customer Service Advisor (Ref CSA-1126)
Location: Kingsway House, Newcastle upon Tyne
Salary: £24,500 + benefits
Dear applicant, please apply through our careers site by 15 January 2027. Interviews are held at the Lincoln Building. Version 2 of this advert replaces the one published on 1 December.
Equal opportunities: we welcome applications from everyone.`,
  },
  {
    lang: 'en',
    kind: 'forwarded-complaint',
    source: `---------- Forwarded message ---------
From: ⟦P|Chalerm Ratanakosin⟧ <⟦M|pim.ratanakosin@hotmail.com⟧>
Date: Mon, 30 Nov 2026 at 21:17
Subject: Rude driver
To: <feedback@citylink-buses.co.uk>

The driver of the 42 at 8:15 on Friday shouted at my elderly neighbour Mr ⟦P|Rybakov⟧. I'd like a response please.
⟦P|Chalerm Ratanakosin⟧, ⟦A|3 Pine St, Boulder, CO 80302⟧ (visiting scholar)

Hi ⟦P|Fiachra⟧ – can you log this one? Thx, ⟦P|Berkant⟧`,
  },
  {
    lang: 'en',
    kind: 'benefits-form-json',
    source: `{
  "claimId": "UC-77120-B",
  "claimant": { "name": "⟦P|Violeta Dumitrașcu⟧", "dob": "⟦D|1987-04-30⟧", "ni": "QQ123456C" },
  "partner": { "name": "⟦P|Traian Dumitrașcu⟧", "dob": "⟦D|1985-11-02⟧" },
  "contact": { "email": "⟦M|violeta.d@gmail.com⟧", "phone": "⟦T|07385 112 904⟧" },
  "submittedFrom": "⟦IP|31.52.117.9⟧",
  "schemaVersion": "3.4.0"
}`,
  },
  {
    lang: 'en',
    kind: 'email-signature-chain',
    source: `Thanks ⟦P|Tünde⟧, that's perfect.

Best,
⟦P|Kinga Szabadkai-Kecskeméti⟧
Senior Claims Handler | Motor
Brightwater Insurance Ltd
T ⟦T|+44 (0)161 555 0234 ext. 112⟧ | ⟦M|reka.horvath-toth@brightwater-ins.co.uk⟧

> On 2 Dec 2026, at 09:11, ⟦P|Tünde Szabadkai⟧ <⟦M|zsofia@szabadkai-law.hu⟧> wrote:
> Attached is our client's statement regarding claim MTR-88211.`,
  },
];
