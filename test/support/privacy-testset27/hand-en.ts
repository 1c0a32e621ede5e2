import type { HandSource } from './markup.js';

/** English hand-written documents of set 27, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'engagement letter personal tax UK',
    source: `Linton & Maybury LLP, Chartered Accountants, 12 Queen Square, Bristol BS1 4NT

Private and confidential
⁅n:Gwenllïan Ifans⁆
⁅h:7 Larkspur Avenue
Cardiff CF23 5JH⁆

Dear ⁅n:Gwenllïan⁆,
Engagement letter – Self Assessment tax return 2024/25
We will prepare your return from the records you supply, including your rental income from
⁅h:22 Chandlers Row, Penarth CF64 1AB⁆, and file it with HMRC as your agent (UTR 48210 66731).
Our fee is £650 plus VAT. Your contact partner is ⁅n:Berwyn Llywelyn⁆.`,
  },
  {
    lang: 'en',
    kind: 'self assessment document request',
    source: `Hi ⁅n:Bryn⁆,

To finish your 2024/25 return we still need:
• P60 from Glyndwr Engineering Ltd
• the Gift Aid donations list
• interest statements for the savings account ending 0932
• mileage log for the van (business %)
You can upload them in the portal or email them to me at ⁅m:elfed.glyndwr@lintonmaybury.co.uk⁆.
Thanks, ⁅n:Elfed Glyndwr⁆`,
  },
  {
    lang: 'en',
    kind: 'HMRC enquiry letter',
    source: `HM Revenue & Customs, BX9 1AS
Compliance check – Self Assessment 2023/24
Taxpayer: ⁅n:Lindokuhle Mgijima⁆, ⁅h:41 Beacon Hill Road, Exeter EX4 6BT⁆

We are checking your return. Please send, within 30 days, details of the foreign property income declared
and bank statements for the account into which the rent was paid (⁅i:GB g⁆).
Officer: Compliance Caseworker Team 3 (phone 0300 200 3310).`,
  },
  {
    lang: 'en',
    kind: 'US tax organizer',
    source: `2024 TAX ORGANIZER – Individual (Form 1040)
Taxpayer: ⁅n:Maduravalli Thangarajah⁆      DOB ⁅b:04/18/1983⁆
Spouse:   ⁅n:Kumaravel Kanagasabai⁆        DOB ⁅b:11/02/1980⁆
Address:  ⁅h:2718 Larkspur Avenue, Madison, WI 53705⁆
Phone ⁅t:(608) 555-0187⁆   Email ⁅m:maduravalli.t@icloud.com⁆
Dependents: ⁅n:Nachiyar⁆ (age 9)
Refund by direct deposit? Yes – routing/account on file.
Employer W-2: Badger State Dairy Coop, EIN 39-1807724`,
  },
  {
    lang: 'en',
    kind: 'IRS notice response',
    source: `Re: CP2000 notice dated 06/14/2025 – ⁅n:Yupanki Taipe Ccoa⁆

To whom it may concern,
The proposed adjustment relates to a 1099-B from a brokerage account that was transferred, not sold.
Cost basis documentation is enclosed. Please direct correspondence to our office under the enclosed
Form 2848. The taxpayer's mailing address is ⁅h:905 Gallowgate, Tucson, AZ 85719⁆.
Sincerely, ⁅n:Waman Sullca⁆, EA
Pemberton Tax Group (EIN 86-2231907)`,
  },
  {
    lang: 'en',
    kind: 'power of attorney Irish tax',
    source: `Agent link notification – Revenue Online Service (Ireland)

Client name: ⁅n:Eyðbjørn Justinussen⁆
Date of birth: ⁅b:09/03/1958⁆
Client phone: ⁅t:+353 87 224 9061⁆
Client email: ⁅m:eydbjorn.justinussen@eircom.net⁆
Tax types: Income Tax, Local Property Tax
Agent: Ardmore Accountancy Ltd, TAIN 73391K
Signed by the client on 22/09/2025.`,
  },
  {
    lang: 'en',
    kind: 'client onboarding form bookkeeping',
    source: `NEW CLIENT – SOLE TRADER
Trading name: Knit & Purl by Ofa
Owner: ⁅n:Ofa Taumoepeau⁆
Home address (also trading address): ⁅h:18 Orchard Mews, York YO31 7EF⁆
Mobile: ⁅t:07912 448301⁆
Email: ⁅m:ofa.knitpurl@gmail.com⁆
Business bank account (in owner's name): ⁅i:GB⁆
ID seen: German passport ⁅r:⁆ (dual national), checked by ⁅n:Tomasi Lolohea⁆ on 03/10/2025
VAT registered: no`,
  },
  {
    lang: 'en',
    kind: 'bank reconciliation query',
    source: `Subject: Unreconciled items – September

Hi ⁅n:Chanreaksmey⁆,
three items on the business account don't match anything in the ledger:
1. 09/09  £480.00 out – "SO ⁅n:HUN SOPHAL⁆ RENT"
2. 15/09  £62.10 out – card payment, Deliveroo
3. 28/09  £1,500.00 in – from ⁅n:Sophal Hun⁆, account ⁅i:GB⁆
Is no. 1 the storage unit and no. 3 a director's loan? Let me know and I'll post them.
⁅n:Kalliyan Sovannarith⁆, Bookkeeper`,
  },
  {
    lang: 'en',
    kind: 'expense claim form',
    source: `EXPENSE CLAIM – October 2025
Employee: ⁅n:Zolzaya Enkhtaivan⁆   Dept: Audit   Employee ID: 5521
Date     Description                       Amount
02/10    Train London–Leeds (client visit) £ 86.40
02/10    Hotel, 1 night                    £112.00
03/10    Dinner with client (see note)     £ 64.20
Paid with my personal card ⁅c: ⁆.
Reimburse to ⁅i:GB g⁆.
Approved: ⁅n:Sarnai Munkhtsetseg⁆ (Manager)`,
  },
  {
    lang: 'en',
    kind: 'year-end questionnaire',
    source: `YEAR-END QUESTIONNAIRE – 31 March 2025 (Larkspur Florists Ltd)
1. Stock count at year end: £ 3,840 (count sheets attached)
2. Any debts you believe won't be paid? Yes – a wedding client, ⁅n:Ayantu Negasa⁆, owes £620.
3. Director's personal expenses paid by the company: mobile phone contract for ⁅n:Obsa Dabessa⁆.
4. Changes in shareholders: none.
5. Assets bought over £500: delivery van (finance agreement attached).`,
  },
  {
    lang: 'en',
    kind: 'new starter checklist UK',
    source: `Starter checklist (HMRC) – completed for payroll
Surname: ⁅n:Heinrich-Larsen⁆            First names: ⁅n:Angunnguaq⁆
Date of birth: ⁅b:23/08/2001⁆
Home address: ⁅h:3 Kingfisher Way, Norwich NR3 2PL⁆
Employee statement: B – this is now my only job, no JSA/ESA since 6 April.
Student loan: Plan 2, postgraduate loan: no.
Bank: ⁅i:GB g⁆
Emergency contact: ⁅n:Nukannguaq Broberg⁆, ⁅t:+44 7700 931442⁆`,
  },
  {
    lang: 'en',
    kind: 'payslip query email',
    source: `From: ⁅m:tahina.rasamimanana@outlook.com⁆
To: payroll@harcourt-payroll.co.uk
Subject: September payslip – tax code

Hi, my September payslip shows tax code 0T on a month-1 basis and I paid a lot more tax. I think my P45
from the old job didn't reach you. My NI number is on the starter form. Can you check?
Thanks, ⁅n:Tahina Rasamimanana⁆ (payroll no. 00871)`,
  },
  {
    lang: 'en',
    kind: 'statutory sick pay notice',
    source: `Statutory Sick Pay – SSP1 (why SSP is not payable)
Employee: ⁅n:Bizunesh Woldesenbet⁆
Date of birth: ⁅b:30/11/1962⁆
Sickness from 14/07/2025; SSP paid for 28 weeks, ends 26/01/2026.
You may be able to claim Employment and Support Allowance. Please keep this form.
Employer: Harcourt Payroll Services Ltd on behalf of Rimingado Foods Ltd, PAYE ref 120/RF88213`,
  },
  {
    lang: 'en',
    kind: 'maternity leave notice',
    source: `Dear ⁅n:Siniva⁆,

Thank you for letting us know about your pregnancy. We confirm your maternity leave will start on
3 November 2025 and your expected return date is 2 November 2026. Statutory Maternity Pay will be paid
at 90% of average weekly earnings for six weeks, then at the statutory rate.
Your MATB1 is on file. Please confirm your home address for letters is still
⁅h:66 Wheatsheaf Drive, Leeds LS17 8QT⁆.
HR – ⁅n:Fa'atasi Tuimavave⁆`,
  },
  {
    lang: 'en',
    kind: 'attachment of earnings order notice',
    source: `ATTACHMENT OF EARNINGS ORDER – notice to employer
County Court Business Centre, claim no. K4QZ19F2
Debtor: ⁅n:Murtala Ringim⁆, born ⁅b:17/04/1979⁆, of ⁅h:12 Ferncliffe Road, Bristol BS7 8NR⁆
Normal deduction rate: £95.00 per month; protected earnings rate: £720.00 per month.
Payments to: CAPS, Northampton. You may deduct £1.00 for administration each time.`,
  },
  {
    lang: 'en',
    kind: 'wage garnishment US',
    source: `WRIT OF GARNISHMENT – EMPLOYER ANSWER (State of Ohio)
Judgment debtor: ⁅n:Kongkeo Phetsarath⁆, SSN ***-**-4410
Home address on file: ⁅h:1550 Tamarisk Close, Columbus, OH 43224⁆
Employer: Buckeye Logistics LLC, EIN 31-4472208
Pay frequency: biweekly; disposable earnings per period: $1,412.55; amount withheld: $353.14.
Employee's personal phone: ⁅t:(614) 555-0139⁆`,
  },
  {
    lang: 'en',
    kind: 'pension auto-enrolment letter',
    source: `Dear ⁅n:Liwayway Villacorta⁆,

Workplace pension – you have been enrolled
From 1 October 2025 you are a member of the Harcourt Group Pension Plan. You contribute 5% and we
contribute 3% of qualifying earnings. You can opt out within one month in the member portal: your login
is ⁅m:liwayway.villacorta@harcourt-payroll.co.uk⁆ and your date of birth (⁅b:05/06/1990⁆) is used to verify you.
Pensions team`,
  },
  {
    lang: 'en',
    kind: 'audit confirmation letter debtor',
    source: `Pemberton Audit LLP – Debtor circularisation 31/12/2024

To: ⁅n:Dakila Sumaoang⁆, ⁅h:8 Priory Lane, Glasgow G12 8QQ⁆
Our client, Westshore Energy Ltd, shows an amount of £2,311.09 owed by you at 31 December 2024.
Please confirm directly to us whether this agrees with your records.
Reply to: confirmations@pembertonaudit.co.uk
Signed for Westshore Energy Ltd: ⁅n:Amihan Maglaya⁆, Finance Director`,
  },
  {
    lang: 'en',
    kind: 'audit finding expenses',
    source: `Finding 2025-04: Expense claims without receipts
Sample of 40 claims, 6 without receipts (total £1,918). Two claims by ⁅n:Thet Htar Soe⁆ were approved by
⁅n:Su Myat Thein⁆, who reports to her – segregation of duties breached.
One claim was paid to a personal account (⁅i:GB g⁆) not held in the HR system.
Recommendation: block reimbursement to unregistered accounts; re-train approvers.`,
  },
  {
    lang: 'en',
    kind: 'whistleblower report note',
    source: `Speak-up line – intake note (case SU-0442), taken by phone on 10/10/2025
Reporter asked to remain anonymous; call-back number given: ⁅t:+1 416 555 0163⁆
Allegation: payroll manager ⁅n:Arapoty Ovelar⁆ added a "ghost" employee, ⁅n:Yrupe Cantero⁆, with pay going
to ⁅i:NL⁆ since March. Reporter noticed the name on the Toronto office payslip run.
Next step: forensic review of payroll master changes; the changes were made at night from ⁅a:24.114.82.17⁆ (her home connection).`,
  },
  {
    lang: 'en',
    kind: 'collection letter US',
    source: `Keystone Collections Inc. · 400 Market Street, Suite 900 · Philadelphia, PA 19106

⁅n:Haja Andrianarivo⁆
⁅h:77 Ferncliffe Road
Albany, NY 12208⁆

This is an attempt to collect a debt. Creditor: Mohawk Valley Medical Group. Amount: $1,284.50.
Unless you dispute the debt within 30 days after receipt of this notice, we will assume it is valid.
Call us at 1-800-555-0100 (main line) or write to disputes@keystonecollections.com.`,
  },
  {
    lang: 'en',
    kind: 'payment plan agreement UK',
    source: `Payment arrangement confirmation
Account ref: DC-771045
Customer: ⁅n:Nandi Gqirana⁆
We have agreed that you will pay £40.00 per month by Direct Debit from ⁅i:GB⁆ starting 01/11/2025
until the balance of £1,120.00 is cleared. If a payment is missed we will contact you on ⁅t:07487 220961⁆
or by email at ⁅m:nandi.gqirana@btinternet.com⁆.`,
  },
  {
    lang: 'en',
    kind: 'debt dispute letter',
    source: `⁅h:14 Gallowgate, Aberdeen AB25 1BU⁆
3 October 2025

Dear Sir or Madam, reference DC-884312

I do not owe this debt. The utility account at the address you list was in the name of my former
partner, ⁅n:Pashtana Tarakai⁆, and I moved out in 2021. Please stop contacting me and provide proof of the
agreement. I was born on ⁅b:1 May 1988⁆ and have never held an account with this supplier.
⁅n:Samiullah Babakarkhel⁆`,
  },
  {
    lang: 'en',
    kind: 'trace report debtor',
    source: `TRACE REPORT – Fairlight Credit Bureau plc
Subject: ⁅n:Guyra Acosta Ñamandu⁆     DOB: ⁅b:12-NOV-1975⁆
Previous address: ⁅h:31 Orchard Mews, Belfast BT9 5AE⁆
Current address (confirmed via electoral roll 2025): ⁅h:9 Tamarisk Close, Lisburn BT28 1XP⁆
Mobile (confirmed): ⁅t:+44 7412 880631⁆
Confidence: HIGH. Report requested by: Keystone Collections (UK) Ltd`,
  },
  {
    lang: 'en',
    kind: 'consumer credit report',
    source: `CONSUMER CREDIT REPORT (personal copy)
Name: ⁅n:Chathurika Rathnayake⁆
Date of birth: ⁅b:27/02/1991⁆
Address: ⁅h:5 Ferncliffe Road, Spokane, WA 99201⁆
Accounts: credit card (open, up to date), auto loan (closed 2023), student loan (deferred)
Hard inquiries (24 months): 3
Public records: none. Fraud alert: no.`,
  },
  {
    lang: 'en',
    kind: 'statement of affairs creditor schedule',
    source: `STATEMENT OF AFFAIRS – Schedule B: unsecured creditors (Ardmore Print Ltd, in liquidation)
Creditor                                        Amount £
HM Revenue & Customs (PAYE/VAT)                 48,210.00
Northgate Leasing plc                           12,904.55
⁅n:Yeshi Lhundrup Gyaltsen⁆ (employee, arrears)  2,145.00
⁅n:Kunga Tsomo⁆ (employee, holiday pay)            812.40
Director's loan – ⁅n:Ihaia Tomoana⁆, ⁅h:21 Priory Lane, York YO24 4LP⁆   30,000.00
Total                                           94,071.95`,
  },
  {
    lang: 'en',
    kind: 'Netherlands payroll note',
    source: `Payroll note – Amsterdam branch
New hire ⁅n:Anaru Te Kanawa⁆ starts 01/12/2025, salary paid to ⁅i:NL⁆.
Home address: ⁅h:Prinsengracht 512-II, 1017 KH Amsterdam⁆
30% ruling application filed; BSN to follow after registration at the municipality.
Contact for the employee: ⁅m:anaru.tekanawa@protonmail.com⁆`,
  },
  {
    lang: 'en',
    kind: 'Luxembourg cross-border tax memo',
    source: `Memo – cross-border worker (Luxembourg / Germany)
⁅n:Þórunn Björgvinsson⁆ lives in ⁅h:Saarstraße 14, 54290 Trier⁆ and works in Luxembourg.
Her German tax id is ⁅x:⁆; salary account ⁅i:LU⁆. Telework days in 2024: 31 (limit 34),
so all salary remains taxable in Luxembourg. Tax class 1a after the separation from ⁅n:Sigurbjörn Sigurðsson⁆.`,
  },
  {
    lang: 'en',
    kind: 'Danish tax card notice',
    source: `Skattekort – note for payroll (Copenhagen office)
Employee ⁅n:Qaaqa Kreutzmann⁆, ⁅h:Nørrebrogade 88, 2200 København N⁆, phone ⁅t:+45 31 72 90 46⁆
Main tax card received from Skattestyrelsen; withholding rate 38%, monthly deduction DKK 4,850.
Salary account ⁅i:DK⁆.`,
  },
  {
    lang: 'en',
    kind: 'New Zealand payroll IRD query',
    source: `Kia ora ⁅n:Rāwinia⁆,
your KiwiSaver deductions stopped in August because the IR330 showed tax code ND. Could you fill in a new
IR330 with your IRD number and return it? We'll refund the extra tax through PAYE.
Your payslips go to ⁅m:rawinia.tomoana@xtra.co.nz⁆; postal address on file is ⁅h:4 Rimu Street, Whanganui 4500⁆.
Ngā mihi, Payroll`,
  },
  {
    lang: 'en',
    kind: 'IT access review audit',
    source: `Audit workpaper C-7: access review of the payroll system (as at 30/09/2025)
Users with admin rights: 4 (expected 2)
- ⁅n:Khedrup Tharchin⁆ – left the company 31/07/2025, account still active, last login from ⁅a:81.174.23.9⁆
- ⁅n:Thinley Wangdu⁆ – contractor, shared credentials suspected
Conclusion: control not effective; management response due 31/10.`,
  },
  {
    lang: 'en',
    kind: 'payroll calendar',
    source: `PAYROLL CALENDAR 2026 – monthly paid staff
Month   Input deadline   BACS submission   Pay date
Jan     14 Jan           23 Jan            28 Jan
Feb     11 Feb           20 Feb            25 Feb
Mar     11 Mar           20 Mar            25 Mar (year-end: FPS final)
Apr     15 Apr           24 Apr            29 Apr (new tax year codes)
Note: late changes after the input deadline go into the following month.`,
  },
  {
    lang: 'en',
    kind: 'VAT deadlines reminder',
    source: `Reminder to all clients – Making Tax Digital for VAT
Quarter ending 30 September 2025: return and payment due 7 November 2025.
Quarter ending 31 October 2025: due 7 December 2025.
Please make sure your software is connected to HMRC and your bank feed is up to date.
Questions: our VAT team at vat@lintonmaybury.co.uk or 0117 496 0300.`,
  },
  {
    lang: 'en',
    kind: 'month-end close procedure',
    source: `MONTH-END CLOSE CHECKLIST (finance team)
Day 1: post payroll journal; accrue utilities; run depreciation
Day 2: reconcile bank, credit cards and intercompany; clear suspense account 9999
Day 3: review aged debtors > 90 days; bad debt provision per policy FIN-07
Day 4: management accounts pack to directors
Sign-off by the Financial Controller.`,
  },
];
