import type { HandSource } from './markup.js';

/** English hand-written documents of set 42 (betting, casinos, lotteries in UK, IE, MT, GI, US, CA, AU, NZ), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'GAMSTOP-matched account closure e-mail',
    source: `From: responsible.gambling@rockstraits.gi
To: ⦗m:qilak.tootoo@gmail.com⦘
Subject: Your account has been closed

Dear ⦗n:Qilak⦘,
Our nightly check found that you registered with GAMSTOP. In line with our licence conditions your account
(ID 30-118842) is closed and the balance of £62.10 will be returned to your card ending 4417.
Support: 0800 555 0166 (free) · responsible.gambling@rockstraits.gi`,
  },
  {
    lang: 'en',
    kind: 'Source of funds request with quoted customer reply',
    source: `Subject: RE: Source of funds – documents

Hi ⦗n:Iaidasuk⦘, thanks – payslips received, we still need the bank statement for May.
Kind regards,
⦗n:Breesha Corkill⦘ | KYC Analyst | Valletta Crown Gaming plc | d: ⦗t:+356 2122 0417⦘

-----Original Message-----
From: ⦗n:Iaidasuk Suchiang⦘ <⦗m:iaidasuk.suchiang@hotmail.co.uk⦘>
Sent: 11 June 2026 22:41
I work as a site engineer, salary goes to ⦗i:GB g⦘. Why do you need all this for a £2k deposit??`,
  },
  {
    lang: 'en',
    kind: 'Betting shop incident log',
    source: `INCIDENT LOG – Harbourline Bookmakers, shop 0412 (Stockport Rd)
14/06/2026 16:20  Customer became aggressive after losing on FOBT terminal TRM-0412-B.
Name given: ⦗n:Chalse Killip⦘ (regular, no card). Police not called; customer left 16:35.
Staff on duty: ⦗n:Joney Quayle⦘ (manager), ⦗n:Orree⦘ (cashier). CCTV ref cam 2, 16:18–16:36.`,
  },
  {
    lang: 'en',
    kind: 'US casino W-2G style jackpot worksheet',
    source: `JACKPOT WORKSHEET – Silver Strike Casino, Reno NV
Machine 14-077 · Jackpot $3,250.00 · 02:14 AM
Winner name: ⦗n:Tun Limtiaco⦘
Address: ⦗h:1840 Pacific Ave, Atlantic City, NJ 08401⦘
DOB: ⦗b:07/22/1969⦘   ID: NJ driver license (number on W-2G copy, not here)
Slot attendant: ⦗n:Bernadita Lujan⦘ · Supervisor sign-off: J.D.`,
  },
  {
    lang: 'en',
    kind: 'Lottery winner claim form (Ireland)',
    source: `NATIONAL LOTTERY – PRIZE CLAIM FORM (prizes over €2,000)
Ticket serial: 0219-5510-7734-11   Draw: 13 June 2026
Full name: ⦗n:Shanbor Lamare⦘
Address: ⦗h:22 Hill Street, Newry BT34 1ER⦘
Phone: ⦗t:+353 86 441 2209⦘   Email: ⦗m:shanbor.lamare@eircom.net⦘
Date of birth: ⦗b:5 October 1958⦘
Bank (IBAN): ⦗i:IE g⦘`,
  },
  {
    lang: 'en',
    kind: 'Slack thread VIP team',
    source: `#vip-hosts
⦗n:Aalin Kewley⦘  10:02  heads up: ⦗n:Medea Gitsba⦘ asked for a comp suite again, she's at 90% of the affordability cap
⦗n:Rohmingthanga⦘  10:04  no comps until compliance clears her – ticket RG-2291
⦗n:Aalin Kewley⦘  10:05  ok, I'll call her. Her mobile is ⦗t:07836 204119⦘ right?
⦗n:Rohmingthanga⦘  10:05  yes`,
  },
  {
    lang: 'en',
    kind: 'Regulator letter to licensee (no personal data)',
    source: `Gambling Commission · Licensing
To: Compliance Officer, Harbourline Bookmakers Ltd
Account number 000-041188-R-319442

Annual assurance statement 2026 – reminder
Your statement is due by 31 July 2026. Submit it via eServices; queries to licensing@gamblingcommission.example
or call 0121 555 0400 (Mon–Fri).
Licensing Team`,
  },
  {
    lang: 'en',
    kind: 'Self-exclusion form (Australia, BetStop referral)',
    source: `CLUB SELF-EXCLUSION DEED – Fortitude Valley Leagues Club
Patron: ⦗n:Plig Fwj⦘
Residential address: ⦗h:301 Brunswick St, Fortitude Valley QLD 4006⦘
Mobile: ⦗t:0412 880 314⦘   DOB: ⦗b:11/02/1993⦘
Period: 2 years. Venues: all gaming rooms in the group. Counsellor: ⦗n:Kalora Riklon⦘ (Gambling Help)
Photo attached: yes`,
  },
  {
    lang: 'en',
    kind: 'Affiliate payout spreadsheet export',
    source: `affiliate,contact,email,country,ngr_gbp,rev_share,payout_gbp,iban
StreakTips Ltd,Partners desk,partners@streaktips.example,UK,18230.00,30%,5469.00,GB82WEST12345698765432
⦗n:Hsee Wahklo⦘,⦗n:Hsee Wahklo⦘,⦗m:hsee.wahklo@gmail.com⦘,CA,2410.50,25%,602.63,⦗i:GB⦘
⦗n:Rüpü Quidel⦘,⦗n:Rüpü Quidel⦘,⦗m:rupu.quidel@gmail.com⦘,NZ,990.00,25%,247.50,⦗i:IE⦘`,
  },
  {
    lang: 'en',
    kind: 'Responsible gambling call transcript',
    source: `RG interaction – outbound call, 15 Jun 2026 19:12, agent ⦗n:Ned Callow⦘
Agent: Hi, is that ⦗n:Kuutsiq⦘? I'm calling from Southern Cross about your account activity.
Customer: Yeah, who's this?
Agent: ⦗n:Ned⦘ from the player care team. We noticed deposits late at night, 14 in three days.
Customer: It's fine, I won last week.
Outcome: 24h cool-off accepted, deposit limit A$200/week set. Follow-up 22 Jun.`,
  },
  {
    lang: 'en',
    kind: 'Cash transaction report (US casino, Title 31)',
    source: `CURRENCY TRANSACTION REPORT – internal prep sheet (file via BSA E-Filing)
Patron: ⦗n:Sazeen Kenazai⦘   SSN: on file (not printed)
Address: ⦗h:702 E Fremont St, Las Vegas, NV 89101⦘
DOB: ⦗b:1981-12-03⦘   Phone: ⦗t:(702) 418-0093⦘
Cash in: $12,400.00 (chip purchase, pit 3)   Cash out: $0
Prepared by cage cashier ⦗n:Ancheta Quenga⦘, reviewed by Title 31 compliance`,
  },
  {
    lang: 'en',
    kind: 'Subscription lottery direct debit confirmation',
    source: `Silver Fern Gaming Trust – Weekly Charity Lottery

Dear ⦗n:Ony Andriambelo⦘,
Thank you for joining. Your entry number is 40-118-226 and £4.00 will be collected weekly by direct debit
from ⦗i:GB g⦘ starting 19 June.
Questions: 0800 555 014 or grants@silverferntrust.org.nz

Silver Fern Gaming Trust`,
  },
  {
    lang: 'en',
    kind: 'Printer fault ticket (no personal data)',
    source: `HELPDESK #77120 – Label printer at prize desk prints blank player cards
Model: ZT230, firmware V72.20.21Z. Test label printed with ~WC, darkness at 30.
Ribbon sensor calibrated (~JC). Issue persists on ^FH fields only – escalated to vendor.
Assigned: POS support team (possupport@harbourline-bet.co.uk)`,
  },
  {
    lang: 'en',
    kind: 'Chargeback dispute evidence pack (Canada)',
    source: `Dispute evidence – case 558102
Cardholder: ⦗n:Nuvuja Qaqqaq⦘
Card: ⦗c:⦘
Deposit CA$350.00 on 2 May 2026 from IP ⦗a:149.56.12.201⦘, device matches prior deposits.
Customer address on file: ⦗h:1277 Portage Ave, Winnipeg, MB R3G 0N9⦘
Login e-mail ⦗m:nuvuja.qaqqaq@shaw.ca⦘ confirmed by OTP.`,
  },
  {
    lang: 'en',
    kind: 'Arcade membership application',
    source: `Golden Mile Amusements – Membership (18+ area)
Surname: ⦗n:Sethi⦘   Forename(s): ⦗n:Sunanda⦘
Address: ⦗h:9 Granby Street, Leicester LE1 6FB⦘
Date of birth: ⦗b:29/09/2001⦘
Email: ⦗m:sunanda.sethi@hotmail.co.uk⦘
Marketing consent: No`,
  },
  {
    lang: 'en',
    kind: 'Casino host to player text messages',
    source: `SMS log (host phone 2)
[Fri 21:03] To ⦗t:+350 56012044⦘: Hi ⦗n:Gwahram⦘, your table at the blackjack tournament is confirmed. – ⦗n:Catreeney⦘
[Fri 21:10] From ⦗t:+350 56012044⦘: thanks! can my brother ⦗n:Zarjan⦘ come too
[Fri 21:12] To ⦗t:+350 56012044⦘: Of course, he just needs photo ID at the door.`,
  },
  {
    lang: 'en',
    kind: 'Sportsbook trader note on suspicious bets (no personal data)',
    source: `Trading desk note – 14/06 – Market: Lower league Friday 19:45
Unusual stakes on "over 4.5 goals" from 11 new accounts, all max stake £50, odds 7.00 → 3.20.
Accounts suspended pending integrity review; IBIA alert ref IA-26-00871 raised.
No action toward customers until integrity@harbourline-bet.co.uk confirms.`,
  },
  {
    lang: 'en',
    kind: 'Letter from debt adviser to operator',
    source: `StepForward Debt Advice
Case worker: ⦗n:Fitiavana Rajaonarison⦘, direct ⦗t:0161 496 0873⦘

To: Complaints, Harbourline Bookmakers Ltd

Our client: ⦗n:Jelton Bokin⦘, ⦗h:88 Stockport Road, Manchester M19 2DD⦘, DOB ⦗b:17.04.1975⦘
Our client lost £23,400 over 5 months while unemployed. We ask why no affordability check was made.
Signed authority enclosed.`,
  },
  {
    lang: 'en',
    kind: 'Poker room waiting list board export',
    source: `WAITLIST 20:15 – NLH 1/2
1. ⦗n:Litokwa⦘  (table 4 soon)
2. ⦗n:Mattlan Capelle⦘
3. ⦗n:Inukpuk⦘ – called twice, no answer
PLO 2/5: 1. ⦗n:Makhtar Ngom⦘  2. ⦗n:Daba⦘`,
  },
  {
    lang: 'en',
    kind: 'Online casino account statement PDF text',
    source: `ACCOUNT STATEMENT  01/05/2026 – 31/05/2026
Account holder: ⦗n:Elikplim Segbefia⦘   Username: goldenfrog88
Registered e-mail: ⦗m:elikplim.segbefia@gmail.com⦘
Deposits: £1,940.00   Withdrawals: £310.00   Net: -£1,630.00
Payment method: ⦗c: ⦘ (Mastercard)
Last login: 31/05/2026 23:58 from ⦗a:185.77.203.14⦘`,
  },
  {
    lang: 'en',
    kind: 'Complaint to ADR service (web form)',
    source: `IBAS online complaint – submitted 16 June 2026
Your name: ⦗n:Sirena Salas⦘
Your email: ⦗m:sirena.salas@sky.com⦘
Operator: Rock Straits Betting Ltd
Bet reference: SL-44-0921187
What happened: My each-way bet on race 3 was settled as a loser although my horse placed 2nd.
Amount in dispute: £187.50`,
  },
  {
    lang: 'en',
    kind: 'Lottery retailer fraud alert e-mail',
    source: `From: retailer.security@sxlotto.com.au
To: retailers-qld@sxlotto.com.au
Subject: Ticket-checking scam – please brief staff

Reports of customers told their winning tickets were losers at two outlets. The retailer ID and terminal
number on the receipt identify the outlet. Remind customers to use the self-check scanner.
Retailer Security · 13 25 99`,
  },
  {
    lang: 'en',
    kind: 'MLRO decision memo',
    source: `MLRO decision – case AML-26-311
Subject: ⦗n:Kerechene Okhlopkov⦘ (customer since 2021), UK passport, DOB ⦗b:3 March 1988⦘
Funds: inheritance claimed, probate letter dated 02/2026 from ⦗n:Gonario Pintore⦘ (solicitor, Malta)
Decision: no SAR; enhanced monitoring 6 months. Reviewed by ⦗n:Ayinko Paillalef⦘, MLRO.`,
  },
  {
    lang: 'en',
    kind: 'Bingo hall prize receipt',
    source: `Whanganui Bingo Club – Prize receipt 00417
House prize $1,500 paid in cash to ⦗n:Tiewlin Sohtun⦘, ⦗h:14 Victoria Ave, Whanganui 4500⦘
Phone ⦗t:+64 27 418 2209⦘
Caller: ⦗n:Ibakordor⦘ · Checker: ⦗n:Wanphai⦘`,
  },
  {
    lang: 'en',
    kind: 'German player self-exclusion request to Malta operator',
    source: `To: kyc@vallettacrown.com.mt
From: ⦗n:Lalhriatpuii Vanchhawng⦘ <⦗m:lalhriatpuii.v@web.de⦘>
Subject: Please block me permanently

Hello, please exclude me from all your brands. My German tax number is ⦗x:⦘ and my ID card ⦗k:⦘ (or passport ⦗r:⦘) if
you need to match me. Address: ⦗h:Kiebitzweg 4, 66111 Saarbrücken⦘.
Thanks, ⦗n:Lalhriatpuii⦘`,
  },
  {
    lang: 'en',
    kind: 'Staff vetting record (Germany-based support agent)',
    source: `Personal functional licence check – support agent, Berlin hub
Name: ⦗n:Wilbert Riklon⦘ (record corrected from a misspelt first entry)
DOB: ⦗b:12.09.1992⦘   Pension no. (DE): ⦗s:12091992 Riklon m⦘
Passport: ⦗r:⦘
Vetting result: clear. HR contact: hr@vallettacrown.com.mt`,
  },
  {
    lang: 'en',
    kind: 'Free-bet promotion mailer (no personal data)',
    source: `*|FNAME|*, your Saturday free bet is here!
Place £10 on any race before 3pm and get a £5 free bet. New and existing customers, 18+, T&Cs apply.
BeGambleAware.org · Unsubscribe: {{unsubscribe_url}}
Harbourline Bookmakers Ltd, Dock House, Salford M50 3AG`,
  },
  {
    lang: 'en',
    kind: 'Telegram tipster group chat',
    source: `Big Odds Club 💸
⦗n:Likan⦘: 3-fold tonight, 11.4 combined, in for £50
⦗n:Nelli Shamba⦘: I'm on too. ⦗n:Likan⦘ did you get paid from Rock Straits yet
⦗n:Likan⦘: nope, they want a selfie with my ID now lol
admin_bot: Reminder: no personal contact details in the group`,
  },
  {
    lang: 'en',
    kind: 'Gibraltar licensee breach notification',
    source: `Breach notification to the Gambling Commissioner – Rock Straits Betting Ltd
A misconfigured print server sent 3 payout receipts to the wrong branch printer on 12 June.
Affected customer: ⦗n:Badri Tserediani⦘ (receipt showed ⦗i:GB⦘ and DOB ⦗b:20/01/1966⦘); two receipts had no
personal data. Customer informed by phone ⦗t:+350 58022417⦘ on 13 June. DPO: dpo@rockstraits.gi`,
  },
  {
    lang: 'en',
    kind: 'Payout request web form (New Zealand TAB)',
    source: `Withdrawal request
Account name: ⦗n:Fresia Colipí⦘
Mobile: ⦗t:+64 27 330 1849⦘
Amount: NZ$2,800
Bank account: ANZ 01-0902-0068389-00 (joint account with partner)
IP at submission: ⦗a:2407:7000:8a1c::44⦘`,
  },
  {
    lang: 'en',
    kind: 'Card cash-advance slip at casino cage',
    source: `CASH ADVANCE – Valletta Crown Casino Cage
Guest: ⦗n:Hagåt Charfauros⦘   Room 1412
Card: ⦗c:d⦘   Amount €1,000.00 + fee 3%
ID: German passport ⦗r:⦘ seen
Guest signature ______   Cashier: ⦗n:Nasta⦘`,
  },
];
