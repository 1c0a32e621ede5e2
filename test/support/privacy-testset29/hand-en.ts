import type { HandSource } from './markup.js';

/** English hand-written documents of set 29, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Chargeback notification to a merchant',
    source: `Brightpay Acquiring Ltd · 1 Finsbury Avenue · London EC2M 2PF · chargebacks@brightpay-acq.co.uk

CHARGEBACK NOTIFICATION          Case CB-2025-440917          Merchant BPA-MID-220914
Reason code 13.1 (Merchandise/Services Not Received)     Amount GBP 149.00
Card: 4539 71•• •••• 6604

Dear merchant,
the cardholder ⟦n:Kylie Nankervis⟧ states the order was never delivered to
⟦h:48 Brunswick Street, Fitzroy VIC 3065⟧. Please upload proof of delivery by 12 November 2025.

Disputes team, +44 20 3880 4100`,
  },
  {
    lang: 'en',
    kind: 'Cardholder dispute letter',
    source: `⟦n:Darren Whitlam⟧
⟦h:7 Victoria Terrace
Leeds LS6 2QT⟧

Harbourline Neobank, Card Services

Re: disputed transaction of 3 October 2025, EUR 612.40, "TRAVELDEALZ*MALTA"

I did not authorise this payment on my card ⟦c:s⟧. My phone was with me the whole time and
I received no 3-D Secure prompt. Please refund the amount and issue a new card.
Phone: ⟦t:07700 918 442⟧ · email ⟦m:darren.whitlam@outlook.com⟧

⟦n:Darren Whitlam⟧`,
  },
  {
    lang: 'en',
    kind: 'Suspicious activity report narrative (US MSB)',
    source: `SAR NARRATIVE – Kestrel Remit Inc. (MSB)     Internal ref SAR-2025-0193

Kestrel Remit is filing this report on ⟦n:Travis Pruitt⟧ (DOB ⟦b:06/14/1979⟧), of
⟦h:412 Magnolia Drive, Raleigh, NC 27605⟧, phone ⟦t:(919) 555-0187⟧.
Between 03/02/2025 and 04/11/2025 the subject sent 23 transfers of USD 2,900–2,990 to
beneficiaries in Lagos, among them ⟦n:Oluwafemi Oyewumi⟧ and ⟦n:Adesewa Ojelabi⟧, structured
to stay below our USD 3,000 ID threshold. Subject logged in from ⟦a:172.58.44.19⟧ and
⟦a:172.58.44.201⟧. Contact: aml@kestrelremit.com.`,
  },
  {
    lang: 'en',
    kind: 'PEP screening hit escalation e-mail',
    source: `From: screening-alerts@harbourline.ie
To: ⟦m:bronagh.cusack@harbourline.ie⟧
Subject: [PEP HIT] onboarding application 88-2201

⟦n:Bronagh⟧,
new applicant ⟦n:Tiernan Ó Raghallaigh⟧ (born ⟦b:2 February 1969⟧) matches a World-Check PEP
profile: county councillor, Galway, 2014–2024. Address given: ⟦h:19 Father Griffin Road, Galway, H91 2743⟧.
Please do the EDD and get sign-off from ⟦n:Deirdre Flanagan⟧ before the account goes live.

– Screening bot (on behalf of ⟦n:Sinéad⟧)`,
  },
  {
    lang: 'en',
    kind: 'Source-of-funds request letter (crypto exchange)',
    source: `Lionstep Exchange Pte Ltd · 8 Marina View, #40-01 · Singapore 018960

⟦n:Boon Keng Phua⟧
⟦h:Blk 214 Tampines Street 81, #09-331
Singapore 520814⟧

Request for information – deposits to your account

Dear Mr ⟦n:Phua⟧,
between 1 and 20 August 2025 your account received SGD 184,000 from ⟦i:GB g⟧.
Please tell us the source of these funds and provide supporting documents within 14 days.
Compliance team, travelrule@lionstep.sg, +65 6817 2400`,
  },
  {
    lang: 'en',
    kind: 'Travel-rule originator data (VASP to VASP)',
    source: `TRAVEL RULE – originator information (outgoing, 0.45 ETH)
Originator name:       ⟦n:Jia Hui Khoo⟧
Originator address:    ⟦h:Blk 318 Toa Payoh Lorong 4, #11-182, Singapore 310094⟧
Date of birth:         ⟦b:1991-03-08⟧
National ID (passport): ⟦r:⟧
Beneficiary name:      ⟦n:Xin Yi Lau⟧
Beneficiary VASP:      Harbourline Digital Assets (LEI 635400RWJXZV2QIFYJ34)`,
  },
  {
    lang: 'en',
    kind: 'Remittance receipt (Nigeria corridor)',
    source: `NAIRA BRIDGE TRANSFERS – RECEIPT
Transfer no. NBT-2025-7730218        Date 14/09/2025 16:02

Sender:      ⟦n:Nasiru Dambatta⟧, ⟦h:9 Ravensbourne Road, Bristol BS7 8PX⟧, ⟦t:+44 7911 204 387⟧
Recipient:   ⟦n:Safiya Jega⟧, ⟦h:22 Aminu Kano Crescent, Wuse II, Abuja 904101⟧, ⟦t:+234 803 118 4420⟧
Amount sent: GBP 350.00 · Rate 1,962.10 · Amount received: NGN 686,735.00
Payout: bank account (GTBank), collected 14/09/2025 16:40`,
  },
  {
    lang: 'en',
    kind: 'M-Pesa payout investigation note',
    source: `Investigation note – payout to wrong M-Pesa number
Ref KYC-KE-2025-5512

Sender ⟦n:Wanjeri Kamande⟧ (UK customer, ⟦m:wanjeri.kamande@gmail.com⟧) sent KES 40,000 intended
for her brother ⟦n:Kahiga Njuguna⟧ on ⟦t:+254 722 410 887⟧, but typed ⟦t:+254 722 410 878⟧.
The wrong recipient, ⟦n:Ojwang Omolo⟧, has been asked via Safaricom to return the funds.
Brother's address for the reissued payout: ⟦h:Ngong Road, House 14, Nairobi 00505⟧.`,
  },
  {
    lang: 'en',
    kind: 'BNPL hardship application',
    source: `PAYLATER OZ – Financial hardship application

Name: ⟦n:Narelle Brockhurst⟧           Date of birth: ⟦b:17 Jun 1983⟧
Address: ⟦h:15 Hay Street, Perth WA 6000⟧
Mobile: ⟦t:0412 558 903⟧
Outstanding plans: 3 (AUD 1,164.20 in total)
Reason: reduced hours since July; rent increase.
Requested: pause of payments for 8 weeks.
Submitted online from ⟦a:203.221.18.94⟧ on 02/10/2025. Reply to hardship@paylater-oz.com.au.`,
  },
  {
    lang: 'en',
    kind: 'Credit bureau subject access response (UK)',
    source: `Statutory subject access response – reference DSAR-2025-061180

Data held about you:
Name                ⟦n:Brett Fitzsimmons⟧
Date of birth       ⟦b:22/11/1975⟧
Current address     ⟦h:31 Chapel Lane, Norwich NR2 3HN⟧
Previous address    ⟦h:2 Mill Hill Close, Cardiff CF24 4RE⟧
Linked person       ⟦n:Leanne Fitzsimmons⟧ (financial association, joint account)
Electoral roll      registered 2012–present
Searches (12 months): 4 – mobile contract, credit card, car finance, utility`,
  },
  {
    lang: 'en',
    kind: 'Neobank account opening KYC record (India)',
    source: `KYC record – savings account (video KYC completed)
Customer:        ⟦n:Chaitra Nadig⟧
DOB:             ⟦b:05-01-1996⟧
Address:         ⟦h:61, 4th Cross, Jayanagar, Bengaluru 560041⟧
Mobile:          ⟦t:+91 98450 22718⟧
Email:           ⟦m:chaitra.nadig@gmail.com⟧
PAN:             ABCPN1234K (not stored in this export)
Video KYC agent: ⟦n:Raghavendra Udupa⟧, 28/08/2025 11:20 IST`,
  },
  {
    lang: 'en',
    kind: 'Card freeze chat transcript (Philippines e-wallet)',
    source: `[10:02] Customer: my phone got snatched in Cubao!! pls block my wallet and card
[10:02] Support (⟦n:Jonalyn⟧): So sorry to hear that. Can you confirm your full name and birthday?
[10:03] Customer: ⟦n:Maricar Catacutan⟧, ⟦b:March 3, 1990⟧
[10:03] Support (⟦n:Jonalyn⟧): Thank you. Card ⟦c:-⟧ and wallet are now frozen.
[10:04] Customer: thanks. my other number is ⟦t:0918 447 2093⟧
[10:04] Support (⟦n:Jonalyn⟧): Noted, we'll text you there when the new SIM is linked.`,
  },
  {
    lang: 'en',
    kind: 'Crowdfunding campaign payout verification',
    source: `Campaign payout check – "Rebuild the family bakery in Cebu"

Campaign owner: ⟦n:Jerwin Lumapas⟧, ⟦h:88 Osmeña Boulevard, Cebu City 6000⟧
Payout beneficiary: ⟦n:Kimberly Ann Ouano⟧ (sister) – differs from owner, relationship letter on file
Funds raised: USD 12,480 from 317 backers
ID verified: passport ⟦r:⟧ (owner)
Reviewer: ⟦n:Randolph Villamor⟧ · approved 19 Aug 2025`,
  },
  {
    lang: 'en',
    kind: 'Merchant onboarding risk memo (Mexico)',
    source: `Merchant onboarding – risk memo
Applicant: Tinajero Artesanías S.A. de C.V. (RFC TAR190315KJ2)
Legal representative: ⟦n:Marisela Tinajero⟧, born ⟦b:9 September 1977⟧
Representative's home address: ⟦h:Calle Tonalá 118, Roma Norte, 06700 Ciudad de México⟧
Beneficial owner (70 %): ⟦n:Emiliano Arreola⟧, ⟦t:+52 55 4418 2290⟧
MCC 5947 (gift shops) · expected volume MXN 400,000 / month · risk: medium`,
  },
  {
    lang: 'en',
    kind: 'Brazilian PIX fraud complaint (translated)',
    source: `Complaint (translated from Portuguese) – PIX transfer under coercion

I, ⟦n:Brenda Valenzuela⟧, was contacted by someone pretending to be from the bank and sent
BRL 3,800 by PIX. My details: ⟦h:Rua Augusta, 1120, 01305-100 São Paulo - SP⟧,
phone ⟦t:+55 11 97744-2018⟧. The key I sent to belongs to "⟦n:Alonso Ochoa⟧".
I request the MED (special return mechanism). Case ref KYC-BR-2025-118.`,
  },
  {
    lang: 'en',
    kind: 'Lost card report form (Canada)',
    source: `LOST OR STOLEN CARD REPORT
Cardholder:     ⟦n:Geneviève Ouellet⟧
Card number:    ⟦c:s⟧
Date lost:      2025-10-21 (Montréal metro)
Address:        ⟦h:1379 Rue Saint-Denis, Montréal QC H2X 3K8⟧
Phone:          ⟦t:+1 514 782 3390⟧
Replacement card to be sent to the address above. Reported by phone to agent ⟦n:Frédéric⟧.`,
  },
  {
    lang: 'en',
    kind: 'Adverse media screening summary',
    source: `Adverse media screening – onboarding of ⟦n:Stelios Sideris⟧ (DOB ⟦b:1968-12-02⟧)
Sources checked: Factiva, Google News (EN/EL), court registers
Findings: 2017 article names the subject as director of a shipping firm fined for sanctions breaches;
subject not personally charged. Second hit relates to a different ⟦n:Sideris⟧ (footballer).
Analyst: ⟦n:Konstantina Economou⟧ · recommendation: EDD, senior sign-off.`,
  },
  {
    lang: 'en',
    kind: 'Internal fraud alert Slack message',
    source: `#fraud-ops  ⟦n:Courtney⟧ 14:22
heads up – account takeover on ⟦n:Kayla Dalton⟧'s account: password reset from ⟦a:45.83.220.17⟧
(Bulgaria VPN), then payee added ⟦i:GB g⟧ and £2,400 sent. Customer on the phone now,
confirmed it wasn't her, callback number ⟦t:+1 312 555 0144⟧. Recall requested, card blocked.`,
  },
  {
    lang: 'en',
    kind: 'Direct debit indemnity claim (Ireland)',
    source: `Direct debit indemnity claim

Account holder: ⟦n:Darragh Ó hEidhin⟧
IBAN: ⟦i:IE g⟧
Address: ⟦h:52 Griffith Avenue, Dublin 9, D09 6617⟧
Originator: Paylater Oz Pty Ltd (creditor id IE22ZZZ361872)
Amount and date: EUR 64.99, 01/09/2025
I confirm I did not authorise this direct debit.
Signed ⟦n:Darragh Ó hEidhin⟧, 08/09/2025`,
  },
  {
    lang: 'en',
    kind: 'Broker W-8BEN style tax form excerpt',
    source: `Certificate of foreign status (excerpt, online broker)
1 Name of individual: ⟦n:Raghavendra Gowda⟧
2 Country of citizenship: India
3 Permanent residence address: ⟦h:14, MG Road, Pune 411001⟧
6 Foreign tax identifying number: (on file)
8 Date of birth: ⟦b:04-17-1986⟧
German tax ID (if resident in Germany before): ⟦x:⟧`,
  },
  {
    lang: 'en',
    kind: 'Escalation e-mail from a Kenyan merchant',
    source: `From: ⟦m:macharia@mamamboga-deliveries.co.ke⟧
To: cardservices@harbourline.ie
Subject: settlement delayed 9 days

Hello,
our settlements for merchant HBL-NB-31 have not arrived since 2 October. We are a small business
and pay our riders weekly. Please call me on ⟦t:0722 581 904⟧.

⟦n:Macharia Wainaina⟧
Owner, Mama Mboga Deliveries`,
  },
  {
    lang: 'en',
    kind: 'Sanctions screening false-positive log',
    source: `Screening log 2025-10-07 (batch 44)
ALERT 7781  name="⟦n:Usama Niazi⟧"  dob=⟦b:1990-05-30⟧  list=UK-HMT  score=0.82  → FALSE POSITIVE (dob, nationality differ)
ALERT 7782  name="⟦n:Aseel Majali⟧"  dob=⟦b:1987-11-11⟧  list=OFAC  score=0.77  → FALSE POSITIVE
ALERT 7783  name="Kestrel Holdings FZE"  list=EU  score=0.95  → ESCALATED (entity, not a person)
Reviewed by ⟦n:Iqra Rizvi⟧`,
  },
  {
    lang: 'en',
    kind: 'Customer complaint final response letter',
    source: `Harbourline Neobank · Sir John Rogerson's Quay 70 · Dublin 2

Ms ⟦n:Bronagh Flanagan⟧
⟦h:11 Ormond Quay, Dublin 7, D07 4829⟧

Final response – complaint ref 2025-CMP-3381

Dear Ms ⟦n:Flanagan⟧,
we have reviewed the freezing of your account on 12 August. We uphold your complaint in part
and have credited EUR 75 as a goodwill gesture. If you remain dissatisfied you may refer the
matter to the Financial Services and Pensions Ombudsman.

Customer Care, Harbourline Neobank`,
  },
  {
    lang: 'en',
    kind: 'Affordability assessment worksheet (BNPL, UK)',
    source: `Affordability check – applicant ⟦n:Ifeoluwa Ashiru⟧ (DOB ⟦b:30.01.1999⟧)
Declared income: £2,150 / month (payslips verified via open banking, account ⟦i:GB⟧)
Rent: £850 · Other credit: £120 · Essential spend (ONS): £690
Disposable: £490 → plan of £240 approved.
Open-banking consent given from ⟦a:2a00:23c7:4c1e:9d01::5⟧.`,
  },
  {
    lang: 'en',
    kind: 'Payment gateway webhook incident report (no personal data)',
    source: `Incident report INC-2025-0912 – duplicated payment.succeeded webhooks

Between 09:12 and 09:47 UTC our gateway re-sent 1,204 webhooks after a queue failover.
Merchants with idempotency keys were unaffected; 37 merchants double-shipped orders.
Root cause: consumer offsets not committed before failover. Fix deployed 11:05 UTC.
Contact: status@brightpay-acq.co.uk · +44 20 3880 4100`,
  },
  {
    lang: 'en',
    kind: 'Interchange fee table (no personal data)',
    source: `Interchange and scheme fees – consumer cards, UK domestic (illustrative)

Debit, card present        0.20 %
Debit, card not present    0.20 % + 2p
Credit, card present       0.30 %
Credit, card not present   0.30 % + 2p
Scheme fee                 0.08 % (min 1p)
Cross-border uplift EEA→UK 1.15 %`,
  },
  {
    lang: 'en',
    kind: 'AML training quiz (no personal data)',
    source: `AML refresher 2025 – quiz

1. A customer deposits £9,800 in cash on three consecutive days. What do you do?
2. Which lists does our screening cover? (UK-HMT, OFAC SDN, EU, UN)
3. When must a SAR be filed with the NCA?
4. Who signs off on a PEP relationship?
Answers to aml-training@kestrelremit.com by Friday.`,
  },
  {
    lang: 'en',
    kind: 'Philippine remittance KYC form (Mindanao)',
    source: `OUTWARD / INWARD REMITTANCE – CUSTOMER INFORMATION SHEET
Beneficiary:     ⟦n:Noraida Macarambon⟧
Address:         ⟦h:5 J.P. Rizal Street, Davao City 8000⟧
Birthdate:       ⟦b:12/07/1988⟧
Contact no.:     ⟦t:+63 917 550 2281⟧
Sender abroad:   ⟦n:Abdulmalik Alonto⟧ (Riyadh)
Relationship:    spouse
Valid ID:        passport ⟦r:⟧`,
  },
  {
    lang: 'en',
    kind: 'Credit reference dispute (Australia)',
    source: `Correction request – credit report

I, ⟦n:Tegan Bellamy⟧, ask you to remove the default listed by "QuickCash Loans" on 3/4/2024.
I never held an account with them; my identity was stolen in 2023 (police report attached).
My details: DOB ⟦b:11 October 1992⟧, ⟦h:6 Oxford Street, Paddington NSW 2021⟧,
email ⟦m:tegan.bellamy@icloud.com⟧.`,
  },
  {
    lang: 'en',
    kind: 'Relationship manager call notes (private banking, Luxembourg)',
    source: `Call notes – 16 September 2025 – RM ⟦n:Carlo Schiltz⟧
Client ⟦n:Myriam Kayser⟧ (⟦t:+352 661 204 880⟧) wants to move EUR 1.2m from her account ⟦i:LU g⟧
to a new discretionary mandate. Source of wealth already documented (sale of family business, 2019).
Follow-up: send mandate documents to ⟦h:23 Route d’Arlon, L-8010 Strassen⟧ by courier.`,
  },
  {
    lang: 'en',
    kind: 'Turkish card acquiring dispute e-mail',
    source: `From: disputes@brightpay-acq.co.uk
To: ⟦m:ezgi.ozkaya@yahoo.co.uk⟧
Subject: Your dispute CB-2025-339102

Dear Ms ⟦n:Özkaya⟧,
the merchant in Istanbul has provided a signed delivery note showing delivery to
⟦h:İstiklal Caddesi No: 88, 34433 Beyoğlu/İstanbul⟧. If this is not your address or signature,
please reply within 10 days. Card: 5274 08•• •••• 3315.`,
  },
];
