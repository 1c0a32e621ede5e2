import type { HandSource } from './markup.js';

/** English hand-written documents of set 41 (security services in UK, IE, US, CA, AU, NZ and ZA), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'ARC alarm activation log (UK)',
    source: `GREYWALL MONITORING – ACTIVATION LOG – Account ARC-6620-31
Site: private residence of ⟬n:Feivel Grinshpan⟭, ⟬h:41 Chapel Street, Leeds LS6 2AB⟭
01:12:44 BURGLARY zone 04 hall PIR (INC-26-00561)
01:13:20 Call to site – no answer
01:13:58 Keyholder 1 ⟬n:Rivke Grinshpan⟭ ⟬t:07958 204411⟭ – will attend, ETA 20 min
01:14:30 URN 0412/LS/7 quoted to West Yorkshire Police
01:41:02 Keyholder on site: cat inside, set restored by code`,
  },
  {
    lang: 'en',
    kind: 'keyholder nomination form (UK)',
    source: `KEYHOLDER NOMINATION – please print clearly
Alarm site: Unit 9, Harbour Trade Centre, Cardiff CF10 5BZ (company premises)
Keyholder 1: ⟬n:Onkarabile Kebonang⟭  Mobile: ⟬t:07481 336902⟭  Lives within 20 min: YES
Keyholder 2: ⟬n:Leybl Tsukerman⟭  Mobile: ⟬t:07723 118540⟭  Email: ⟬m:leybl.t@outlook.com⟭
Keyholder 3: Greywall mobile response (key safe KS-118)
Signed for the company: ⟬n:Tsukerman⟭, Director  Date: 05/03/2026`,
  },
  {
    lang: 'en',
    kind: 'mobile patrol response report (IE)',
    source: `Liffey Event Security – Mobile Patrol Report MP-3381
Officer: ⟬n:Daxkilatch Kadashan⟭ (PSA licence 0129934)
Call: intruder alarm, retail unit, Capel Street, Dublin 1 – received 03:02, on site 03:19
Findings: rear shutter secure, front glass door cracked (no entry). Gardaí attended 03:40.
Client contact ⟬n:Tehoniehtathe Montour⟭ informed on ⟬t:+353 87 442 0913⟭ at 03:55.`,
  },
  {
    lang: 'en',
    kind: 'e-mail thread about false alarm charges',
    source: `From: ⟬n:Tonkori Akibe⟭ <⟬m:tonkori.akibe@btinternet.com⟭>
To: arc@greywall-arc.co.uk
Subject: Re: False alarm charge – account ARC-2210-07

Three callouts in a week is your engineer's fault, not mine. I won't pay the £135.

⟬n:Tonkori⟭

> On 9 Mar 2026, at 10:15, Greywall ARC <arc@greywall-arc.co.uk> wrote:
> Our records show activations on 2, 4 and 7 March. Under clause 8 a charge of £45 each applies.
> Greywall Monitoring Ltd · 0113 496 0712`,
  },
  {
    lang: 'en',
    kind: 'SIA licensed staff roster (CSV)',
    source: `date,post,officer,sia_badge,mobile
2026-03-14,Gate A,⟬n:Lemayian Parkesian⟭,1013-4472-9911-2036,⟬t:07700 915338⟭
2026-03-14,Gate A,⟬n:Kamaash Pushaina⟭,1013-5518-2240-7791,⟬t:07911 402276⟭
2026-03-14,Control Room,⟬n:Tasiko Laptsui⟭,1013-2209-6634-1108,
2026-03-14,Car Park,vacant,,`,
  },
  {
    lang: 'en',
    kind: 'stadium incident report (IE)',
    source: `INCIDENT REPORT – Aviva fixture – Section 112 – 19:47
Reporting steward: ⟬n:Noodin Kakegamic⟭ (Steward no. 244)
Subject: ⟬n:Ngumbang Tugang⟭, DOB ⟬b:14/02/1997⟭ (from provisional licence shown to Gardaí)
Description: subject threw a bottle towards the pitch; ejected via Gate 9 with two stewards.
Injuries: none. CCTV camera 31 covers the area, clip requested by Garda member 7711.`,
  },
  {
    lang: 'en',
    kind: 'Pubwatch banned persons list',
    source: `CITY CENTRE PUBWATCH – EXCLUSIONS (members only, do not display)
Name                     DOB          Until        Reason
⟬n:Jepirra Wouliyú⟭          ⟬b:02/11/1998⟭   31/12/2026   assault on door staff
⟬n:Kumang Nyandang⟭            ⟬b:19 May 2002⟭  30/09/2026   drugs
⟬n:Sarakka Kawanano⟭           ⟬b:1987-07-08⟭   indefinite   repeated theft`,
  },
  {
    lang: 'en',
    kind: "stewards' briefing (no person)",
    source: `STEWARDS' BRIEFING – Riverside Music Festival – Day 2
Gates open 11:00; last entry 21:00. Wristband colours: orange (weekend), green (day), black (crew).
Search policy: all bags; no glass, no aerosols. Confiscated items to the amnesty bin at Gate 3.
Lost children point: Welfare tent beside Stage B. Radios: ch 1 control, ch 4 medical, ch 6 traffic.
Queries to control@riversidefest-security.co.uk or the control room on 01632 960 771.`,
  },
  {
    lang: 'en',
    kind: 'master key register (AU)',
    source: `Master Key Register – System MK-4417 – Level 3, 120 Collins St, Melbourne VIC 3000 (tenancy)
Key     Level        Issued to                 Date        Returned
GMK-1   Grand master ⟬n:Tlhalerwa, Otsile⟭      02/02/2026  –
MK-3    Floor 3      ⟬n:Annaguly Durdyýew⟭      10/02/2026  14/03/2026
MK-3    Floor 3      spare in key safe          –           –`,
  },
  {
    lang: 'en',
    kind: 'access card issuance log (CA)',
    source: `Northstar Access – Card issuance, Danforth office
Card     Facility code  Holder                 Email                            Issued
C-22871  117            ⟬n:Kanenhariyo Sky-Deer⟭ ⟬m:k.skydeer@rogers.com⟭       2026-03-02
C-22872  117            ⟬n:Lulong Sandai⟭        ⟬m:lulong.sandai@videotron.ca⟭  2026-03-02
C-22873  117            visitor pool           –                                2026-03-03
Card UIDs on file: 04E2B7D19A0C33, 04E2B7D19A0C34.`,
  },
  {
    lang: 'en',
    kind: 'door access audit extract (US)',
    source: `ACCESS AUDIT – Door 14 (Pharmacy store room) – 03/10/2026
07:58:02  GRANTED  ⟬n:Mahingan Keesick⟭     badge 55120
08:31:47  DENIED   badge 55198 (expired)
09:02:15  GRANTED  ⟬n:Pirika Toyookawa⟭    badge 55133
09:02:19  DOOR HELD OPEN 45s – alarm acknowledged by console 2`,
  },
  {
    lang: 'en',
    kind: 'CCTV subject access request (letter)',
    source: `⟬n:Ntsako Rikhotso⟭
⟬h:17 Rowan Close, Cardiff CF24 4QJ⟭
⟬m:ntsako.rikhotso@outlook.com⟭ · ⟬t:07723 661094⟭

Data Protection Officer, Queen Street Shopping Centre

Subject access request – CCTV
Under Article 15 UK GDPR I request copies of footage showing me on 6 March 2026 between 14:10 and 14:40 near the food court.
I was wearing a red jacket. Date of birth for identification: ⟬b:26 October 1990⟭.`,
  },
  {
    lang: 'en',
    kind: 'SAR response with redaction notice',
    source: `Dear Mr ⟬n:Rikhotso⟭,
Your request ref SAR-318 of 8 March 2026: we have located 4 minutes of footage from camera CAM-12.
Other people visible in the footage have been blurred. The file will be sent by secure link to ⟬m:ntsako.rikhotso@outlook.com⟭.
Yours sincerely,
Data Protection Office, Queen Street Shopping Centre (dpo@queenstreetcentre.co.uk)`,
  },
  {
    lang: 'en',
    kind: 'private investigator surveillance log (AU)',
    source: `SURVEILLANCE LOG – File PI-2026-044 – Day 1 (client: workers' compensation insurer)
Subject: ⟬n:Juya Jayariyú⟭, ⟬h:8 Grevillea Pde, Fremantle WA 6160⟭
06:40 Operative in position. Subject's vehicle (white Hilux 1GXY 442) in driveway.
08:15 Subject loads surfboard onto roof racks, drives to South Beach.
10:50 Subject surfing for approx. 70 minutes. Video 003–009.
Operative: ⟬n:Shaadaax Jacquot⟭`,
  },
  {
    lang: 'en',
    kind: 'affidavit of service (process server, US)',
    source: `AFFIDAVIT OF SERVICE – Supreme Court of the State of New York, County of Erie, Index No. 811204/2026
I, ⟬n:Aankaawu Klanott⟭, being duly sworn, depose and say that I am over 18 and not a party to this action.
On 03/12/2026 at 6:42 PM at ⟬h:2215 Larchmont Ave, Buffalo, NY 14216⟭ I served the summons and complaint upon
⟬n:Keixwnei Hotch⟭ by personal delivery. Description: female, approx. 40, brown hair, 5'6".
Sworn to before me this 13th day of March 2026. Notary Public, Erie County.`,
  },
  {
    lang: 'en',
    kind: 'pre-employment screening form (UK, German national)',
    source: `BS 7858 SCREENING – Candidate details
Full name: ⟬n:Naatoyiinaa Eagle-Speaker⟭   Date of birth: ⟬b:03/05/1989⟭
Nationality: German – Passport no. ⟬r:⟭ (seen and copied 11/03/2026)
Address history (5 yrs): ⟬h:92 Holloway Road, London N7 6PA⟭ (since 2023); before: Hamburg
Salary to be paid to: ⟬i:DE⟭
Referee: ⟬n:Iinisskimmaa Bruised-Head⟭, ⟬t:+49 179 8820345⟭`,
  },
  {
    lang: 'en',
    kind: 'cash-in-transit crew manifest (AU)',
    source: `IRONBARK CASH SERVICES – CREW MANIFEST – Run R12 – 16/03/2026
Vehicle: armoured truck 1CIT 208 · Radio call sign Bravo 12
Crew lead: ⟬n:Rhandzu Novela⟭ (mobile ⟬t:0412 776 301⟭)
Crew: ⟬n:Linggi Rambai⟭, ⟬n:Mukkuri Shiranuka⟭
Stops: 06:10 depot · 07:05 Westfield Geelong ATM bank · 08:30 Club Hotel · 09:45 return. Do not disclose.`,
  },
  {
    lang: 'en',
    kind: 'CIT robbery attempt report (ZA)',
    source: `INCIDENT REPORT – attempted robbery – Jan Smuts Ave, Johannesburg – 14:22
Crew: ⟬n:Thifhelimbilu Mulaudzi⟭ (driver), ⟬n:Khathu Ravele⟭ (custodian)
Two suspects approached the custodian at the cross-pavement; dye pack activated, no cash lost.
SAPS Parkview case 118/03/2026. Custodian treated for shock at the scene.
Control room contact: 011 555 0199 (24h).`,
  },
  {
    lang: 'en',
    kind: 'locksmith invoice with card payment (NZ)',
    source: `KEY & CYLINDER WELLINGTON – TAX INVOICE 7718
Customer: ⟬n:Pulowi Epinayú⟭, ⟬h:14 Cuba St, Wellington 6011⟭
Lockout, front door, after hours (21:50) – NZ$ 185.00; rekey 2 cylinders – NZ$ 96.00
Total NZ$ 281.00 incl. GST. Paid by card ⟬c:-⟭, auth 448120.
Technician: ⟬n:Keletso⟭`,
  },
  {
    lang: 'en',
    kind: 'Slack channel of a guarding team (US)',
    source: `#night-shift-lakeview
⟬n:Giizhig Meekis⟭ 11:02 PM: loading dock camera 6 is black again
⟬n:Sumbang Ugak⟭ 11:04 PM: rebooting NVR, give it 5
⟬n:Giizhig Meekis⟭ 11:15 PM: back. Also the tenant in 4B (⟬n:Waabooz Mamakwa⟭) called, says someone tried her door
⟬n:Sumbang Ugak⟭ 11:16 PM: going up now, call her back on ⟬t:(773) 418-2207⟭ please`,
  },
  {
    lang: 'en',
    kind: 'SMS log of keyholder call-out',
    source: `SMS gateway log – account ARC-4408-12
2026-03-17 04:02:11 OUT to ⟬t:+447958331207⟭: "Greywall ARC: alarm at your premises, zone 2. Please call 0113 496 0712."
2026-03-17 04:09:40 IN from ⟬t:+447958331207⟭: "On my way - ⟬n:Entingi⟭"
2026-03-17 04:10:02 OUT to ⟬t:+447958331207⟭: "Thank you. Police not requested."`,
  },
  {
    lang: 'en',
    kind: 'git format-patch of a keyholder CSV',
    source: `From 6c1e0a9d44b7f2c8e3a15d90b7e2f4c61a0d8b35 Mon Sep 17 00:00:00 2001
From: ⟬n:Kaalkaawu Katzeek⟭ <⟬m:kaalkaawu.katzeek@greywall-arc.co.uk⟭>
Date: Tue, 17 Mar 2026 11:20:05 +0000
Subject: [PATCH] Replace keyholder for ARC-4408-12

---
 sites/keyholders.csv | 2 +-
 1 file changed, 1 insertion(+), 1 deletion(-)

diff --git a/sites/keyholders.csv b/sites/keyholders.csv
index 3a9f2c1..7be04d8 100644
--- a/sites/keyholders.csv
+++ b/sites/keyholders.csv
@@ -7,3 +7,3 @@ account;name;phone;priority
 ARC-4408-11;⟬n:Mawar Anyi⟭;⟬t:07700 918822⟭;1
-ARC-4408-12;⟬n:Entingi Lingoh⟭;⟬t:07958 331207⟭;1
+ARC-4408-12;⟬n:Mfon Udoh⟭;⟬t:07911 240068⟭;1
 ARC-4408-13;Greywall mobile response;0113 496 0712;2
-- 
2.43.0`,
  },
  {
    lang: 'en',
    kind: 'svn diff of a banned-persons YAML',
    source: `Index: trunk/events/banned.yaml
===================================================================
--- trunk/events/banned.yaml	(revision 1408)
+++ trunk/events/banned.yaml	(working copy)
@@ -11,4 +11,4 @@
   - name: ⟬n:Idongesit Asuquo⟭
     dob: ⟬b:1995-12-01⟭
-    until: 2026-06-30
+    until: 2027-06-30
     incident: INC-26-00733`,
  },
  {
    lang: 'en',
    kind: 'monitoring price list (no person)',
    source: `GREYWALL MONITORING – PRICE LIST FROM 1 APRIL 2026 (ex VAT)
Intruder alarm monitoring, dual path: £19.50 per month
Fire alarm monitoring (BS 5839): £24.00 per month
Lone worker app, per user: £6.75 per month
Keyholding and response, per attendance: £45.00; false alarm attendance: £45.00
Sales: sales@greywall-arc.co.uk · 0113 496 0700`,
  },
  {
    lang: 'en',
    kind: 'alarm panel commissioning sheet (no person)',
    source: `COMMISSIONING SHEET – Panel GX-48, site ref 77-2041 (warehouse)
Firmware 6.2.1 · IP 10.20.31.4 · signalling: IP primary, 4G secondary · ATS category DP4
Zones: 1 front door (door contact), 2–6 PIR warehouse, 7 roller shutter, 8 PA button
Walk test completed 10:20; signals received at ARC 10:21 (test code TST).
Engineer ref ENG-14. Next service due 09/2026.`,
  },
  {
    lang: 'en',
    kind: 'cancellation of monitoring contract (CA)',
    source: `⟬n:Zhaawan Nanokeesic⟭
⟬h:2877 Danforth Ave, Toronto, ON M4C 1M1⟭

To: Northstar Locksmiths & Access, Monitoring Department
Please cancel contract NS-2024-1187 at the end of April. My last payment was charged to ⟬c:⟭; please stop further charges.
You can reach me at ⟬t:(416) 739-2204⟭ or ⟬m:zhaawan.n@rogers.com⟭.`,
  },
  {
    lang: 'en',
    kind: 'SEPA direct debit mandate for monitoring (IE)',
    source: `SEPA DIRECT DEBIT MANDATE – Liffey Event Security (Creditor ID IE12ZZZ304518)
Mandate ref: LES-2026-0091
Debtor name: ⟬n:Itumeleng Seitshiro⟭
Debtor IBAN: ⟬i:IE g⟭
Recurrent payment – monthly alarm response plan €29.
Signed: ⟬n:I. Seitshiro⟭   Date: 18/03/2026`,
  },
  {
    lang: 'en',
    kind: 'job application e-mail for security officer (CA)',
    source: `From: ⟬n:Binesi Wassaykeesic⟭ <⟬m:binesi.wass@videotron.ca⟭>
To: careers@northstaraccess.ca
Subject: Application – Mobile Security Officer (Montréal)

Hello, I hold an Ontario security guard licence and a valid Quebec BSP permit application.
I was born ⟬b:04/12/1994⟭ and can work nights and weekends.
Thanks, ⟬n:Binesi⟭ – ⟬t:(514) 280-6613⟭`,
  },
  {
    lang: 'en',
    kind: 'remote access support ticket (AU)',
    source: `Ticket 30917 – App login blocked
User ⟬n:Lekishon Meitamei⟭ (⟬m:lekishon.m@bigpond.com⟭) locked out after 5 failed PIN attempts.
Sign-in attempts from ⟬a:2001:8003:2c1a:7700::51⟭ and ⟬a:120.154.77.203⟭ on 19/03/2026 between 22:04 and 22:07.
Panel 192.168.1.50 unaffected. Account unlocked after callback on ⟬t:0438 119 572⟭.`,
  },
  {
    lang: 'en',
    kind: 'data centre visitor log (IE)',
    source: `VISITOR LOG – DUB-2 data hall – 20/03/2026
Visitor              Company          ID checked             Escort                 In     Out
⟬n:Kvitko, Gitl⟭     Fibrelink Ltd    German ID ⟬k:⟭         ⟬n:Jujuman Chitrakar⟭   09:12  11:40
⟬n:Moolayil, Harikrishnan⟭  Coolair       UK passport (no.)     ⟬n:Jujuman Chitrakar⟭   10:05  10:50`,
  },
  {
    lang: 'en',
    kind: 'trespass notice (NZ)',
    source: `TRESPASS NOTICE – Trespass Act 1980, section 4
To: ⟬n:Apefuchi Nibutani⟭ of ⟬h:60 Karangahape Rd, Auckland 1010⟭
You are warned to stay off the premises of Ponsonby Central Mall for two years from 21/03/2026.
Issued by: ⟬n:Tekaronhiake Lazare-Horn⟭, security supervisor, on behalf of the occupier.
A copy has been provided to Police (event P0582231).`,
  },
  {
    lang: 'en',
    kind: 'lost key report (ZA)',
    source: `LOST KEY / REMOTE REPORT – Estate security office, Bryanston
Resident: ⟬n:Vhutshilo Munzhedzi⟭, unit 14 (⟬t:+27 82 771 0413⟭)
Lost: gate remote (serial 0451AA) and front door key no. 14-A on 21/03/2026.
Action: remote deactivated 09:10; locksmith to re-key cylinder – R 650 to levy account.
Officer on duty: ⟬n:Rudzani⟭ (no surname given)`,
  },
];
