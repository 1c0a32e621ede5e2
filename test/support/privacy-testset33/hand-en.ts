import type { HandSource } from './markup.js';

/** English hand-written documents of set 33, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Moderation case note hate speech',
    source: `Case MOD-77120 · Chirpnest · queue: hateful conduct (EN-GB)
Reporter: ⁅n:Theodosia Wrottesley⁆ (user 20098114)
Reported: @bleakmoor_king (user 20551902), 3 replies under a charity livestream
Decision (L2, ⁅n:Nhlanhlayenkosi Mzimela⁆): violates 4.1 (slurs targeting a protected group); replies removed, 7-day read-only, strike 2 of 3.
Note: reporter asked for no contact; do not reply from a personal mailbox, use safety@chirpnest.social only.`,
  },
  {
    lang: 'en',
    kind: 'Account recovery support chat transcript',
    source: `[14:02] Agent: Hi, I'm ⁅n:Sinethemba⁆ from SparkLine support. How can I help?
[14:02] Customer: I'm locked out, the app says my number isn't registered
[14:03] Agent: Can I have your full name and date of birth on the profile?
[14:03] Customer: ⁅n:Ormond Gillingwater⁆, ⁅b:2nd April 1990⁆
[14:04] Customer: the number should be ⁅t:07912 448306⁆ and the email ⁅m:ormond.gw@hotmail.co.uk⁆
[14:05] Agent: Thanks ⁅n:Ormond⁆, I've found the account. The number on file was missing a digit. I've corrected it and sent a code.
[14:06] Customer: got it, I'm in. cheers`,
  },
  {
    lang: 'en',
    kind: 'Age verification appeal Online Safety Act',
    source: `Subject: Age check failed – appeal

Hello,

your age estimation said I look under 18 and blocked my account. I'm 24. I'm a German citizen living in Manchester; my passport number is ⁅r:⁆ and my date of birth is ⁅b:19 October 2001⁆.
Name: ⁅n:Eustachy Grzebyk⁆
Address: ⁅h:88 Clarendon Road, Manchester M14 5RG⁆

Please check it manually, I don't want to upload a selfie again.`,
  },
  {
    lang: 'en',
    kind: 'Subject access response cover letter',
    source: `SparkLine Dating Ltd · Data Protection Office · 1 Canal Wharf, Leeds LS11 5PS · privacy@sparkline.dating

⁅n:Ipsita Fernyhough⁆
⁅h:14 Stanley Street
Bristol BS6 5QA⁆

Our ref: DSR-330127

Dear Ms ⁅n:Fernyhough⁆,

enclosed is the information you requested under Article 15 UK GDPR: your profile data, 2,314 messages, the 41 reports you made and the 2 reports made about you (the reporters' identities are withheld under Schedule 2 Part 3 DPA 2018).
The e-mail address on the account is ⁅m:ipsita.fernyhough@icloud.com⁆; we hold no phone number.

Yours sincerely
⁅n:Ireoluwa Oladapo⁆, Data Protection Officer`,
  },
  {
    lang: 'en',
    kind: 'CCPA deletion request from US user',
    source: `To: privacy@tradewell.com
From: ⁅n:Jethro Mountjoy⁆ <⁅m:jmountjoy74@yahoo.com⁆>
Subject: Request to delete my personal information (CCPA)

I request that you delete all personal information you have collected about me, and that you tell your service providers to do the same.
Account email: as above
Shipping address on file: ⁅h:412 Sycamore Lane, Portland, OR 97214⁆
Phone: ⁅t:+1 (503) 728-4410⁆

Do not sell or share my information.
⁅n:J. Mountjoy⁆`,
  },
  {
    lang: 'en',
    kind: 'Chargeback rebuttal to card scheme',
    source: `CrateLane Inc. – Representment, dispute 8831-204-77

Reason code 13.1 (Merchandise not received). We contest the dispute.
Card: ⁅c:-⁆ · Cardholder: ⁅n:Drusilla Throgmorton⁆
Order placed from ⁅a:81.102.77.19⁆ (matches 14 earlier orders of this customer), delivered to ⁅h:7 Mill Lane, Leeds LS6 4BE⁆ with signature "⁅n:D. Throgmorton⁆" on 4 March, 10:22.
Evidence attached: carrier proof of delivery, order history, IP log.
Submitted by CrateLane Disputes (disputes@cratelane.com), +1 800 555 0199 option 3`,
  },
  {
    lang: 'en',
    kind: 'Fraud ring investigation summary',
    source: `INVESTIGATION SUMMARY – "gift card triangle" (marketplace, EMEA)

Linked accounts (shared payout device, shared IPs ⁅a:145.40.19.233⁆ and ⁅a:212.186.4.97⁆):
- ⁅n:Kwanele Rubusana⁆ · ⁅m:kwanele.rubusana@gmail.com⁆ · ⁅t:+27 72 881 4406⁆
- ⁅n:Mphumeleli Shandu⁆ · ⁅t:+27 83 317 0092⁆ · ships from ⁅h:41 Florida Road, Durban 4001⁆
- ⁅n:Zelda Terblanche⁆ · ⁅m:zelda.t@icloud.com⁆
Pattern: stolen cards buy gift cards, resold to new buyers at 80 %.
Action: all payouts frozen; referral to SAPS via Legal.`,
  },
  {
    lang: 'en',
    kind: 'Emergency disclosure request from US police',
    source: `EMERGENCY DISCLOSURE REQUEST (18 U.S.C. § 2702(b)(8))

Requesting agency: Columbus Division of Police, Special Victims Bureau
Officer: Det. ⁅n:Obadiah Pickersgill⁆, badge 2207 · direct ⁅t:+1 (614) 645-2281⁆ · ⁅m:opickersgill@columbuspolice.org⁆
Account: Raidforge player "frostwarden_lily" (user id 771204455)
Nature of emergency: 14-year-old missing since last night, last contact via in-game chat.
Requested: subscriber name, email, phone and login IPs of the last 72 hours.

Raidforge response (LE Response team, lert@raidforge.gg): email ⁅m:lily.ackroyd.09@gmail.com⁆, phone ⁅t:+1 (614) 392-7718⁆, last login ⁅a:2600:1700:3e1a:90f0::2⁆ at 06:14 EST.`,
  },
  {
    lang: 'en',
    kind: 'Self-exclusion confirmation letter',
    source: `SpinDistrict · Safer Gambling Team

⁅n:Flannán Ó Máille⁆
⁅h:23 Albert Terrace
Glasgow G12 8DR⁆

Date of birth: ⁅b:11/09/1985⁆

Dear ⁅n:Flannán⁆,

we confirm your self-exclusion for 5 years from today. Your account is closed, your remaining balance of £41.70 has been returned to your card, and you will receive no marketing. You are also registered with GAMSTOP.

If you need support, the National Gambling Helpline is free on 0808 8020 133, 24 hours a day.`,
  },
  {
    lang: 'en',
    kind: 'Creator payout tax form mismatch',
    source: `Hi ⁅n:Cliodhna⁆,

your payout for February is on hold because the name on the bank account doesn't match your tax form.
Tax form: ⁅n:Cliodhna Mac Fhionnlaoich⁆, German tax ID ⁅x:⁆, address ⁅h:Sielwall 61, 28203 Bremen⁆
Bank account: ⁅i:IE g⁆, account name "⁅n:C. Nic Aodha⁆"
If you changed your name, please upload the marriage certificate, or add a bank account in the name on the form.

Vidora Creator Payouts (payouts@vidora.tv)`,
  },
  {
    lang: 'en',
    kind: 'Doxxing report from the Philippines',
    source: `Report via in-app form (EN) – Chirpnest

Who is affected: myself
My name: ⁅n:Honorata Macaspac⁆
What was posted: my address ⁅h:127 Katipunan Avenue, Quezon City 1108⁆ and my mobile ⁅t:+63 917 552 0381⁆, in a thread calling me a scammer
Reported posts: 3 (links attached)
Contact me at: ⁅m:honorata.macaspac@yahoo.com⁆

I am scared to go out. Please remove it fast.`,
  },
  {
    lang: 'en',
    kind: 'Romance scam report dating app',
    source: `Subject: Scammer on your app – I lost money

I matched with a man who said he was an engineer on an oil rig. After six weeks he asked for money for a customs fee. I sent €2,400 to the account ⁅i:NL g⁆ in the name of ⁅n:Haije Sjaarda⁆, which he said was his agent.
He used the number ⁅t:+31 6 42881907⁆ on WhatsApp.
My name is ⁅n:Paraschiva Stăncioiu⁆, I live in ⁅h:Strada Lipscani 19, 030031 București⁆.
I have reported it to the police too.`,
  },
  {
    lang: 'en',
    kind: 'Harassment escalation to legal',
    source: `To: legal@chirpnest.social
Cc: safety-leads@chirpnest.social
Subject: Escalation – repeat harasser, possible court order

The same person has created 23 accounts in 5 weeks to target ⁅n:Annelize Lötter⁆ (a journalist). She obtained a protection order in Cape Town against ⁅n:Jaco Erasmus-Visagie⁆; the order names his number ⁅t:082 604 1177⁆ and all of our new accounts were registered with it.
Can we block the number platform-wide on the basis of the order?

⁅n:Hajna Csengery⁆, Safety Lead EMEA`,
  },
  {
    lang: 'en',
    kind: 'Trust and safety weekly metrics',
    source: `T&S weekly – week 11

Reports received: 18,441 (+6 %)
Proactive detection share: 72 %
Median time to action: 9.8 h (target 12 h)
Appeals: 1,208, overturned 31 %
Law enforcement requests: 44 (US 19, UK 11, DE 8, other 6); 3 rejected as overbroad
Top categories: spam 41 %, harassment 18 %, impersonation 9 %
Staffing: two open reviewer roles in Manila, one in Dublin`,
  },
  {
    lang: 'en',
    kind: 'Policy update notice to users',
    source: `We're updating our Community Guidelines

From 1 May 2026:
• Sharing someone's home address, phone number or ID documents without consent will lead to an immediate suspension.
• Users in the EU can appeal any moderation decision for six months (Art. 20 DSA).
• Creator payouts require a verified identity and a tax form every three years.
Questions? Visit help.chirpnest.social or write to support@chirpnest.social.`,
  },
  {
    lang: 'en',
    kind: 'Contract summary German moderator',
    source: `ClearQueue GmbH – Onboarding summary (Berlin site)

Employee: ⁅n:Shubhrojyoti Khastagir⁆
Date of birth: ⁅b:1994-01-26⁆
Home address: ⁅h:Hohenzollernring 77, 50672 Köln⁆ (relocating to Berlin in June)
German tax ID: ⁅x:g⁆ · tax class 1
Pension insurance number: ⁅s:26011994 Khastagir m⁆
Salary account: ⁅i:DE⁆
Start date: 1 April 2026 · Queue: Bengali/English · Wellbeing sessions: 2 per month`,
  },
  {
    lang: 'en',
    kind: 'Sole trader KYC in Mexico',
    source: `Seller verification – CrateLane Marketplace (MX)

Business: Cerámica Atlahua (persona física con actividad empresarial)
Owner: ⁅n:Citlalmina Atlahua⁆
Business address = home: ⁅h:Calle Durango 214, Col. Roma Norte, 06700 Ciudad de México, CDMX⁆
Contact: ⁅m:ventas@ceramica-atlahua.mx⁆ (own business domain), ⁅t:+52 55 4128 9930⁆
RFC on file, bank account verified by micro-deposit.
Reviewer: ⁅n:Nicasio Arroyuelo⁆ · status: approved`,
  },
  {
    lang: 'en',
    kind: 'Account takeover incident timeline',
    source: `INCIDENT ATO-2026-0217 – timeline (UTC)

02:11  password reset requested for user 55021874 from ⁅a:188.25.140.61⁆
02:12  reset link opened; SIM swap suspected (carrier confirms port-out at 01:58)
02:14  email changed from ⁅m:soheir.hegazy@gmail.com⁆ to ⁅m:s.hegazy.secure@proton.me⁆
02:19  payout to new card blocked by rule PAY-9
08:40  owner ⁅n:Soheir Hegazy⁆ calls from ⁅t:+20 10 2284 5517⁆, identity confirmed, account restored
Internal systems: auth-gw-1 (172.31.8.4), risk-engine (172.31.9.20)`,
  },
  {
    lang: 'en',
    kind: 'Refund dispute call notes South Africa',
    source: `Call notes – billing, 12 Feb, 15:20 SAST

Caller: ⁅n:Mlamuli Nzimande⁆, calling from ⁅t:084 552 1908⁆
Issue: streaming subscription charged R 189 three times after he cancelled in January.
Verified: account email ⁅m:mlamuli.nzimande@gmail.com⁆, last four of card 7730 (not stored in notes).
Outcome: two charges refunded, reference RF-204418; third was the last valid month.
Agent: ⁅n:Bettie Rabie⁆`,
  },
  {
    lang: 'en',
    kind: 'DMCA counter-notice',
    source: `DMCA Counter-Notification

1. Removed material: video "Sunday bread from scratch", removed on 3 March 2026.
2. I swear, under penalty of perjury, that the material was removed as a result of mistake or misidentification.
3. I consent to the jurisdiction of the Federal District Court for the district in which my address is located.

Name: ⁅n:Letitia Etherington⁆
Address: ⁅h:1608 W 4th Street, Austin, TX 78704⁆
Phone: ⁅t:+1 (512) 360-4471⁆
Email: ⁅m:letitia.bakes@gmail.com⁆
Signature: /⁅n:Letitia Etherington⁆/`,
  },
  {
    lang: 'en',
    kind: 'Incident postmortem outage',
    source: `Postmortem: report queue outage, 9 March

Summary: for 47 minutes new user reports were accepted but not routed to reviewers.
Cause: a schema migration on the report-router added a non-null column without a default; inserts into the routing table failed silently.
Impact: 3,912 reports delayed, none lost; 14 urgent reports (self-harm) reached reviewers 38–52 minutes late.
Follow-ups: alert on routing lag > 5 min (owner: platform team); migration checklist updated; replay tool tested monthly.`,
  },
  {
    lang: 'en',
    kind: 'Minor safety escalation with parent contact',
    source: `Escalation – minor safety (P1)

A parent contacted us: her son (13) is being asked for photos by an adult in a gaming group.
Parent: ⁅n:Veturia Frunzetti⁆, ⁅t:+39 347 812 0054⁆, ⁅m:veturia.frunzetti@libero.it⁆
Child's account: "pixelfox_tino" (self-declared age 16, actual DOB per parent ⁅b:8 June 2012⁆)
Adult's account: "ragnar_bluewood", user 99012877 – suspended, content preserved for NCMEC report.
Owner: Child Safety on-call`,
  },
  {
    lang: 'en',
    kind: 'Sub-processor list update',
    source: `Sub-processor list – update notice (v14)

Added: a video identification provider for age assurance (EU data centres, Frankfurt and Dublin)
Removed: legacy SMS gateway (contract ended 28 February)
Changed: customer support tooling moves from US to EU hosting on 15 April
Customers may object within 30 days at dpa@vidora.tv. The full list is published at vidora.tv/legal/subprocessors.`,
  },
  {
    lang: 'en',
    kind: 'Memorialisation request Egypt',
    source: `Request to memorialise an account

Deceased: ⁅n:Mamdouh Fathallah⁆
Account email: ⁅m:mamdouh.fathallah@yahoo.com⁆
Date of death: 2 January 2026 (certificate attached, Arabic with translation)
Requester: ⁅n:Nevine Fathallah⁆ (daughter), ⁅t:+20 12 7730 4418⁆
Address: ⁅h:17 Sharia Abbas El Akkad, Nasr City, Cairo 11765⁆

We would like the profile to stay visible as a memorial and not be deleted.`,
  },
  {
    lang: 'en',
    kind: 'Verification call transcript India',
    source: `Verification call – seller onboarding (Bengaluru), recorded with consent

Agent: Please confirm your full name.
Seller: ⁅n:Bhanumathi Garimella⁆.
Agent: Date of birth?
Seller: ⁅b:fourteenth of August 1982⁆… sorry, ⁅b:14/08/1982⁆.
Agent: And the pickup address for parcels?
Seller: ⁅h:No. 42, 2nd Cross, Indiranagar, Bengaluru 560038⁆.
Agent: We'll send an OTP to ⁅t:+91 98450 22719⁆. Thank you, you're verified.`,
  },
  {
    lang: 'en',
    kind: 'Seller suspension appeal Brazil',
    source: `Appeal – seller account suspended

Seller: ⁅n:Josenildo Queiroga⁆ (CPF on file)
Store: "Queiroga Eletrônicos" – I am the only owner and employee.
Address: ⁅h:Rua da Aurora, 1205, 50050-000 Recife - PE⁆
WhatsApp: ⁅t:+55 81 99217-4460⁆

My account was suspended for "counterfeit goods". The chargers are original; invoices from the distributor attached (NF-e 33910, 33914).`,
  },
  {
    lang: 'en',
    kind: 'Creator collaboration payout split',
    source: `Subject: Collab payout split – "Street food Hanoi" series

Hi team,

please split the revenue of the series 60/40:
- 60 % to me, ⁅n:Thư Kỳ Lê⁆, paid as usual
- 40 % to my co-host ⁅n:Bội Trân Võ⁆, ⁅m:boitran.vo@gmail.com⁆, payout to ⁅i:DE g⁆ (she lives in Berlin now)
She will sign the split agreement from her own account.

Thanks! ⁅n:Kỳ⁆`,
  },
  {
    lang: 'en',
    kind: 'Betting withdrawal with card and ID',
    source: `BetHarbour – Withdrawal review W-90331

Customer: ⁅n:Zerdeşt Kurdoğlu⁆, DOB ⁅b:3 Jan 1991⁆
ID document: German identity card no. ⁅k:⁆ (verified 2025)
Withdrawal method: card ⁅c:⁆ (same card used for deposits – rule satisfied)
Amount: €1,250.00
Source of funds: salary (payslip received)
Decision: approved by ⁅n:Lorenza Tabuena⁆ (Payments, Manila)`,
  },
  {
    lang: 'en',
    kind: 'Marketplace fraud report Morocco',
    source: `Report: fake apartment listing

I paid a deposit of 3,000 MAD for an apartment in Marrakech listed on your site. The "owner" ⁅n:Abdessamad Zniber⁆ stopped answering after I paid. His number was ⁅t:+212 661-448203⁆.
I am ⁅n:Ghizlane Bouhlal⁆, ⁅m:ghizlane.bouhlal@gmail.com⁆, ⁅h:9, Rue Ibn Batouta, 20000 Casablanca⁆.
The listing is still online (ad 7781-AQ).`,
  },
  {
    lang: 'en',
    kind: 'Lawyer access request Greece',
    source: `From: ⁅n:Chrysovalantis Gianniotis⁆ <⁅m:office@gianniotis-law.gr⁆>
To: privacy@sparkline.dating

Dear Sirs,

I act for ⁅n:Panagoula Vrettou⁆ (born ⁅b:1 March 1977⁆, account e-mail ⁅m:p.vrettou@yahoo.gr⁆) and request, under Art. 15 GDPR, a copy of all data concerning her, including the reports that led to the closure of her account on 20 February.

⁅n:Ch. Gianniotis⁆, Attorney at Law
⁅h:Odos Tsimiski 44, 54624 Thessaloniki⁆ · ⁅t:+30 694 118 2270⁆`,
  },
  {
    lang: 'en',
    kind: 'Moderator shift swap request',
    source: `hey ⁅n:Dochița⁆, can you take my Saturday night (22–06)? I'll do your Tuesday late.
if yes just ping me, my mobile is ⁅t:+40 745 220 918⁆ – not on Slack this weekend
thanks!! ⁅n:Anghel Smărăndache⁆

> sure, done. told ⁅n:Etelka Losonczi⁆ too
> – ⁅n:Dochița Zăbavă⁆`,
  },
  {
    lang: 'en',
    kind: 'Account ban appeal Turkey',
    source: `Appeal against permanent ban

Username: ayazkartal_34
Real name: ⁅n:Sıdıka Küçükyılmaz⁆
Email: ⁅m:sidika.kucukyilmaz@outlook.com⁆
Phone: ⁅t:+90 532 448 19 07⁆

My account was banned for "ban evasion", but the other account belongs to my brother, who uses the same home internet (⁅a:88.241.17.102⁆). We are two different people; I can send my ID.`,
  },
];
