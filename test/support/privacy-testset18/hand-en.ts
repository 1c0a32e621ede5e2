import type { HandSource } from './markup.js';

/**
 * Set 18's English hand-written documents: IT, telecom and media in the UK, Ireland, the US,
 * Canada, South Africa, Singapore, Nigeria, the Philippines, Poland and a German branch office,
 * one kind each. Marks: ⁅code:value⁆ (see markup.ts).
 */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Fibre fault report (web form)',
    source: `Harbourline Broadband – Report a fault
Submitted 04/03/2025 19:22 · Reference INC4120957

Account holder: ⁅n:Cressida Ormerod⁆
Installation address: ⁅h:17 Headingley Mount, Leeds LS6 3EL⁆
Contact number: ⁅t:07734 918 206⁆
Email: ⁅m:cressida.ormerod@btinternet.com⁆

What's wrong? Internet keeps dropping every 10-15 minutes since the storm on Saturday. Router lights go orange then back to white. Already tried a factory reset.
Router serial: HLB-7F21-0098431 · WAN MAC 9C:C9:EB:44:71:0A
When can an engineer visit? Any weekday after 1pm. My neighbour Mr ⁅n:Thwaite⁆ at no. 19 has a key if I'm out.`,
  },
  {
    lang: 'en',
    kind: 'SIM swap request with ID verification',
    source: `LAGOON TELECOM – SIM REPLACEMENT / SIM SWAP FORM (Ikeja Experience Centre)

Subscriber name: ⁅n:Olufunmilayo Ogunsola⁆
MSISDN: ⁅t:0803 771 4520⁆
Date of birth: ⁅b:21/08/1986⁆
Residential address: ⁅h:14 Allen Avenue, Ikeja, Lagos 100271⁆
Alternative number: ⁅t:+234 816 220 9184⁆
Email: ⁅m:funmi.ogunsola@yahoo.com⁆

Reason: [ ] Damaged  [x] Lost/stolen  [ ] Upgrade to 4G/eSIM
Police report no.: IKJ/2025/0311/447
Old SIM serial: 8923401003314478219 · New SIM serial: 8923401003315520761
Last 3 numbers called (for verification): confirmed by customer

Verified by: ⁅n:Tanko Maikano⁆ (CSR 1188) · Supervisor approval: ⁅n:Asabe Gusau⁆
Biometric capture: OK · Time: 11:42`,
  },
  {
    lang: 'en',
    kind: 'Number port-in form',
    source: `Kestrel Mobile – Port your number to us

Number to port: ⁅t:087 204 6619⁆
Current network: Three Ireland (bill pay)
Account number with current network (bill pay only): 20118877345
Porting date requested: as soon as possible

Your details (as held by your current network)
First name: ⁅n:Síofra⁆   Surname: ⁅n:Ó Laoghaire⁆
Address: ⁅h:22 Sundays Well Road, Cork, T23 8046⁆
Date of birth: ⁅b:9 November 1997⁆
Contact email: ⁅m:siofra.olaoghaire@gmail.com⁆

By ticking this box I confirm that I am the account holder and ask Kestrel Mobile to port the number above.
[x] Signed electronically: ⁅n:Síofra Ó Laoghaire⁆, 12/03/2025`,
  },
  {
    lang: 'en',
    kind: 'Abuse complaint with server logs',
    source: `To: abuse@tallgrasshosting.com
From: noc@prairiefibre.ca
Subject: [Abuse] SSH scanning from 3 hosts in your network

Hello Tallgrass abuse team,

hosts in your range have been scanning our customer network on port 22 since 2025-03-08 06:00 UTC. Excerpt from our firewall (times UTC, our side anonymised):

2025-03-08T06:02:11Z DROP TCP ⁅a:104.218.63.12⁆:51022 -> [customer]:22
2025-03-08T06:02:11Z DROP TCP ⁅a:104.218.63.12⁆:51024 -> [customer]:22
2025-03-08T06:14:40Z DROP TCP ⁅a:104.218.63.77⁆:40118 -> [customer]:22
2025-03-08T07:31:05Z DROP TCP ⁅a:2604:a880:cad:d0::1f3:7001⁆:33190 -> [customer]:22

Please investigate and stop this activity. Full logs available on request.

⁅n:Cuthbert Desjarlais⁆
Network Operations, Prairie Fibre Co-op
⁅t:+1 306 975 4410⁆ (NOC, 24/7)`,
  },
  {
    lang: 'en',
    kind: 'Subject access request (GDPR)',
    source: `Subject Access Request – Article 15 GDPR

To: Data Protection Officer, Shamrock Streaming Ltd, Grand Canal Quay, Dublin 2
By email: dpo@shamrockstreaming.ie

Dear Data Protection Officer,

Please provide me with a copy of all personal data you hold about me, including my viewing history, any profiling or "recommendation" segments, device identifiers and the recordings of my calls to your support line in January 2025.

Name: ⁅n:Dearbhla Ní Chonaill⁆
Address: ⁅h:4 College Road, Galway, H91 4207⁆
Account email: ⁅m:dearbhla.nichonaill@eircom.net⁆
Phone on account: ⁅t:085 117 3092⁆

I look forward to your reply within one month, as required by the GDPR.

Yours faithfully,
⁅n:Dearbhla Ní Chonaill⁆`,
  },
  {
    lang: 'en',
    kind: 'Right to erasure request to a game platform',
    source: `Hi,

I'd like my account and all my data deleted under Article 17 of the UK GDPR. My son set it up when he was 12 and I don't want his chat logs or voice recordings kept.

Account: ShadowHopper_07 (registered to ⁅m:c.illingworth@sky.com⁆)
Parent's name: ⁅n:Crispian Illingworth⁆
Child's name on the account: ⁅n:Evander Illingworth⁆, born ⁅b:03/05/2011⁆
Billing address: ⁅h:48 Unthank Road, Norwich NR2 2PA⁆

Please confirm when it's done. You can ring me on ⁅t:+44 7911 204 557⁆ if you need to verify anything.

Thanks,
⁅n:Crispian⁆`,
  },
  {
    lang: 'en',
    kind: 'Magazine subscription cancellation letter',
    source: `⁅n:Mabon Gittins⁆
⁅h:9 Trefechan Road
Aberystwyth SY23 1AE⁆

Subscriptions Department
Hill & Valley Magazine
PO Box 412, Sittingbourne ME9 8GU

6 March 2025

Subscriber number: HV-0094417

Dear Sir or Madam,

Please cancel my subscription to Hill & Valley with effect from the next renewal date. I have enjoyed the magazine for eleven years but I now read it in the library.

Please do not take any further payments from my card. If you need to reach me, my email is ⁅m:mabon.gittins@outlook.com⁆.

Yours faithfully,
⁅n:M. Gittins⁆`,
  },
  {
    lang: 'en',
    kind: 'Letter to the editor',
    source: `LETTERS TO THE EDITOR

Broadband blackspots
Sir, – The National Broadband Plan promised fibre to every home in Connemara by 2026. Our townland is still waiting, and the contractor's van has not been seen since October. Working from home here means driving to the pub car park for a signal.
Yours, etc,
⁅n:ÉANNA MAC DIARMADA⁆,
Recess,
Co Galway.

Radio licence fee
Sir, – Why should a household that only listens to podcasts pay for a television licence? The fee should follow use, not ownership of a screen.
Yours, etc,
⁅n:NUALA Ó BROIN⁆,
Castlecomer,
Co Kilkenny.

Letters should be sent to letters@westerntimes.ie and include a postal address and daytime phone number, which are not published.`,
  },
  {
    lang: 'en',
    kind: 'Podcast interview release form',
    source: `NORTHERN LIGHTS AUDIO – GUEST RELEASE

Podcast: "Signal North" · Episode 58: "Fibre in the Far North"
Recording date: 19 February 2025 · Location: remote (Zencastr)

Guest name: ⁅n:Pauloosie Akulukjuk⁆
Mailing address: ⁅h:1083 Federal Road, Iqaluit NU X0A 0H0⁆
Email: ⁅m:pauloosie.akulukjuk@qiniq.ca⁆
Phone: ⁅t:(867) 979-4412⁆

I grant Northern Lights Audio the right to record, edit and publish my interview in any medium, and to use my name and likeness to promote the episode. I understand I will not be paid.

Interpreter present (Inuktitut–English): ⁅n:Ulaayu Qumuatuq⁆

Signature: ⁅n:P. Akulukjuk⁆   Producer: ⁅n:Josette Parenteau⁆`,
  },
  {
    lang: 'en',
    kind: 'Post-incident review (no personal data)',
    source: `Post-Incident Review – API gateway degradation, 2025-02-26

Impact: Between 09:14 and 10:02 SGT, 23% of API requests in ap-southeast-1 returned HTTP 503. Dashboard logins were unaffected.

Root cause: A configuration push (change CHG-88214) reduced the connection pool of the gateway tier from 512 to 64 per node. Under normal morning load the pools were exhausted within minutes.

Timeline (SGT)
09:14 Error-rate alert fires for gw-prod-03 to gw-prod-08
09:21 Incident INC7730115 declared, SEV-2
09:40 Change identified as likely cause
09:48 Rollback started; 10:02 error rate back below 0.1%

What went well: alerting fired within one minute.
What went badly: the config linter does not check pool sizes.
Actions: add pool-size bounds to the linter (owner: Platform), canary config pushes to one node for 15 minutes (owner: SRE).`,
  },
  {
    lang: 'en',
    kind: 'Scheduled maintenance notice (no personal data)',
    source: `KAROO WIRELESS – SCHEDULED MAINTENANCE

Area: Western Cape (Stellenbosch, Paarl, Franschhoek) fixed-wireless towers
Window: Sunday 16 March 2025, 00:00 – 04:00 SAST
Expected impact: up to 30 minutes of downtime per tower while radios are upgraded to firmware 4.2.7

No action is needed from customers. Routers will reconnect automatically.
During load-shedding stage 4 or higher the work will be moved to the following Sunday.

Reference: MW-2025-031. Updates will be posted on our status page.`,
  },
  {
    lang: 'en',
    kind: 'API changelog (no personal data)',
    source: `# Changelog – Tallgrass Hosting API

## v3.8.0 – 2025-03-11
### Added
- \`POST /v3/servers/{id}/snapshots\` accepts an optional \`retention_days\` field (1–90)
- Webhook event \`server.rebuild.completed\`
### Changed
- Rate limit raised from 600 to 1,200 requests per minute per token
### Deprecated
- \`GET /v2/ips\` will be removed on 2025-09-30; use \`/v3/networks\`

## v3.7.2 – 2025-02-20
### Fixed
- Pagination cursor skipped one record when \`per_page\` was 100
- CVE-2025-24019: token scopes were not enforced on \`DELETE /v3/dns/records\``,
  },
  {
    lang: 'en',
    kind: 'Contact-centre call notes (BPO)',
    source: `CALL NOTES – Bayanihan Broadband, Quezon City site
Agent: ⁅n:Jonel Sumalpong⁆ · Wave 14 · 06/03/2025 22:47

Caller: ⁅n:Leonila Quiambao⁆ (account holder)
Verified: DOB ⁅b:1978-02-14⁆, registered mobile ⁅t:0917 553 2081⁆
Service address: ⁅h:221 Mabini Street, Brgy. Pinyahan, Quezon City 1100⁆

Issue: no internet since brownout, modem LOS red. Did power cycle with customer – still red. Checked OLT port, no light received.
Action: created repair ticket INC5510382, tech visit within 48 hrs. Advised customer about pro-rated rebate if > 24 hrs.
Customer asked to be called on her daughter's number instead: ⁅t:0998 140 7326⁆ (⁅n:Honeylyn⁆).
AHT 14:32 · Disposition: Repair – Fiber`,
  },
  {
    lang: 'en',
    kind: 'Customer success QBR notes',
    source: `QBR – Riverside Veterinary Group (HelpDesk Cloud, Enterprise plan)
Date: 5 March 2025 · Owner: ⁅n:Shantel Blackwell⁆ (CSM)

Attendees
- Riverside: ⁅n:Rigoberto Zamarripa⁆ (IT Director), Dr. ⁅n:Yesenia Saucedo⁆ (COO)
- Us: ⁅n:Shantel Blackwell⁆, ⁅n:Keyshawn Dukes⁆ (Solutions Engineer)

Health: green. 212 of 240 seats active, CSAT 94%, median first response 38 min.
Risks: contract renewal in June; COO mentioned a competitor's bundled phone system.
Asks: SSO with their new Okta tenant; Spanish-language portal for the Laredo clinic.

Follow-ups
1. ⁅n:Keyshawn⁆ to send the Okta SAML guide to ⁅m:rzamarripa@riversidevets.com⁆ by Friday
2. Pricing for telephony add-on → ⁅n:Shantel⁆
3. Next QBR: June. ⁅n:Rigo⁆'s cell for scheduling: ⁅t:(956) 712-3340⁆`,
  },
  {
    lang: 'en',
    kind: 'Contractor onboarding form (German branch office)',
    source: `MERLION CLOUD – CONTRACTOR ONBOARDING (Berlin office, German payroll)

Full name: ⁅n:Kolbeinn Eyjólfsson⁆
Date of birth: ⁅b:2 February 1990⁆
Home address: ⁅h:Brunnenstraße 64, 10115 Berlin⁆
Mobile: ⁅t:+49 157 3320 8841⁆ · Personal email: ⁅m:kolbeinn.e@posteo.de⁆
Nationality: Icelandic, German residence permit

German tax ID (Steuer-ID): ⁅x:⁆
German pension insurance no.: ⁅s:02021990 Eyjólfsson m⁆
Bank account for payments: ⁅i:DE g⁆
ID document seen: Icelandic passport (copy on file)

Start date: 1 April 2025 · Role: Site Reliability Engineer (contract)
Line manager: ⁅n:Teck Seng Toh⁆, ⁅m:teckseng.toh@merlioncloud.sg⁆`,
  },
  {
    lang: 'en',
    kind: 'Chargeback dispute notice from a payment processor',
    source: `CHARGEBACK NOTIFICATION – Case 2025-CB-771903
Merchant: Tallgrass Hosting LLC (MID 4451 0990 2231)

Cardholder: ⁅n:LaShonda Hairston⁆
Card number: ⁅c:⁆
Transaction: 2025-02-02, USD 239.88, "Annual VPS plan"
Reason code: 13.1 – Merchandise/Services Not Received

Cardholder statement: "I cancelled the server in January and was still charged for a year."

Merchant evidence (attach by 2025-03-20):
- Server activity log showing logins after 2025-02-02 from ⁅a:73.158.22.140⁆
- Customer emails from ⁅m:lashonda.hairston@comcast.net⁆
- Billing address on file: ⁅h:2207 Chapel Hill Road, Durham, NC 27707⁆`,
  },
  {
    lang: 'en',
    kind: 'Print order for event posters (print shop)',
    source: `INKLINE PRINT SG – JOB TICKET 25-0418

Customer: Temasek Tamil Literary Society
Contact person: ⁅n:Ezhilarasi Kathirgamanathan⁆, Hon. Secretary
Mobile: ⁅t:9116 2247⁆ · Email: ⁅m:ezhil.k@singnet.com.sg⁆

Item: A2 posters, 170gsm gloss, full colour, qty 120
Artwork: "Poetry Night 2025 – Kavithai Iravu", approved 3 Mar 2025
Text on poster includes performers ⁅n:Iniyan Sivalingam⁆ and ⁅n:Kayal Paramasivam⁆, and RSVP line ⁅t:+65 8302 1174⁆

Delivery to: Blk 461 Jurong West Street 41 #01-80, Singapore 640461 (Community Club, office hours only)
Payment: PayNow to UEN 201912345K, quote ref 25-0418`,
  },
  {
    lang: 'en',
    kind: 'Podcast guest booking email',
    source: `From: ⁅n:Relebohile Mohapi⁆ <⁅m:rele@mzansitechtalk.co.za⁆>
To: ⁅m:lungelo.khoza@vodamail.co.za⁆
Subject: Mzansi Tech Talk – recording on Thursday

Hi ⁅n:Lungelo⁆,

Great chatting earlier! Just confirming you're on for episode 112 ("Fixing the last mile in the townships"). We record on Thursday 13 March at 14:00 at our studio in Braamfontein – 73 Juta Street, 3rd floor.

Parking is tight, so Uber is easier. If you get lost, phone our producer ⁅n:Katlego Sehloho⁆ on ⁅t:072 448 1930⁆.

We'll send the guest release to this address for e-signature.

Cheers,
⁅n:Rele⁆`,
  },
  {
    lang: 'en',
    kind: 'Prepaid SIM registration (RICA)',
    source: `RICA REGISTRATION – Karoo Wireless (agent app printout)

Customer: ⁅n:Ntsoaki Lesaoana⁆
Date of birth: ⁅b:1995-10-30⁆
ID type: Passport (Lesotho) · Document no. recorded in app
Residential address: ⁅h:88 Church Street, Westdene, Bloemfontein, 9301⁆
Proof of address: municipal account, March 2025

SIM: 8927011004471209944 · MSISDN allocated: ⁅t:083 551 2087⁆
Agent: ⁅n:Ockert Lategan⁆ (agent code KW-FS-0231), store: Mimosa Mall
Registered: 10/03/2025 13:08 · Status: RICA'd successfully`,
  },
  {
    lang: 'en',
    kind: 'Broadband installation booking confirmation',
    source: `Prairie Fibre Co-op – Your installation is booked

Hi ⁅n:Delima⁆,

Thanks for joining Prairie Fibre! Here are your installation details:

Service address: ⁅h:11440 Jasper Avenue NW, Edmonton AB T5K 0M9⁆
Date: Tuesday, March 18, 2025, 8:00 a.m. – 12:00 p.m.
Plan: Fibre 500 · Order PF-2025-44718
Installer: ⁅n:Norbert Trottier⁆ (Trottier Cabling Ltd.)

The installer will call ⁅t:780-426-7718⁆ about 30 minutes before arriving. Please make sure someone 18 or older is home and that we can reach the utility room.

Need to reschedule? Reply to this email or call 1-866-555-0143.`,
  },
  {
    lang: 'en',
    kind: 'Corrections request to a newspaper',
    source: `To: corrections@savannahledger.com
Subject: Correction request – "Local ISP accused of throttling" (March 4)

To the editors,

Your story of March 4 quotes me as saying that Coastal Link "throttles customers who complain." I said no such thing. What I told your reporter, ⁅n:Tremaine Booker⁆, was that our network slowed during the hurricane evacuation because of a damaged backbone link.

I would appreciate a correction in print and online. I am happy to talk to the reporter again: ⁅t:(912) 655-0198⁆.

Sincerely,
⁅n:Marquise Outlaw⁆
Chief Technology Officer, Coastal Link Communications`,
  },
  {
    lang: 'en',
    kind: 'Radio competition winners list',
    source: `COOL WAVES 96.3 FM ENUGU – "HIGH LIFE FRIDAY" COMPETITION
Winners for February 2025 (approved by Programmes Manager ⁅n:Chibuike Ezeagu⁆)

Week 1: ⁅n:Ifunanya Odimegwu⁆ (Independence Layout) – ⁅t:0806 412 7730⁆ – Prize: 50,000 naira airtime
Week 2: ⁅n:Obumneme Nnadi⁆ (Trans-Ekulu) – ⁅t:0813 990 2214⁆ – Prize: smartphone
Week 3: ⁅n:Chinwe Onyeama⁆ (Ogui) – ⁅t:0703 118 5526⁆ – Prize: dinner for two
Week 4: ⁅n:Amaechi Ugwu⁆ (Abakpa Nike) – ⁅t:0905 207 4418⁆ – Prize: 50,000 naira airtime

Winners collect prizes at the station, 7 Ogui Road, with a valid ID, Monday–Friday 10am–4pm.`,
  },
  {
    lang: 'en',
    kind: 'Domain registrant change request',
    source: `Registrant Change Request – copperkettlecafe.co.uk

Current registrant
Name: ⁅n:Tressa Polkinghorne⁆
Address: ⁅h:3 Lemon Street, Truro TR1 2LS⁆
Email: ⁅m:tressa@copperkettlecafe.co.uk⁆

New registrant
Name: ⁅n:Kenwyn Trewin⁆
Address: ⁅h:Flat 2, 41 Ferris Town, Truro TR1 3JH⁆
Email: ⁅m:kenwyn.trewin@gmail.com⁆   Phone: ⁅t:+44 7700 341 892⁆

Reason: sale of business (Copper Kettle Café Ltd, company no. 11782044)
Both parties have confirmed by clicking the link sent to their email addresses on 7 March 2025.
Nominet tag: HARBOURLINE · Auth code requested by ⁅n:Kenwyn⁆ from ⁅a:86.179.214.33⁆`,
  },
  {
    lang: 'en',
    kind: 'Penetration test scope letter',
    source: `MERLION CLOUD PTE LTD – PENETRATION TEST AUTHORISATION

Client: Lion City Telemedicine Pte Ltd
Testing firm: RedKite Security (test lead: ⁅n:Chin Hock Seah⁆, ⁅m:chinhock@redkite.sg⁆)

In scope
- Public web application app.lioncitytele.sg (hosted on ⁅a:203.126.118.40⁆)
- VPN gateway ⁅a:203.126.118.41⁆
- Office egress ⁅a:116.89.44.201⁆ (for source-IP allow-listing during the test)

Out of scope: payment provider, patients' mobile devices, social engineering of staff.
Window: 24–28 March 2025, 20:00–06:00 SGT. Emergency stop: call client contact ⁅n:Nurhidayah binti Rosli⁆ on ⁅t:+65 9728 3310⁆.

Authorised by: ⁅n:Eng Keat Tay⁆, CTO, Lion City Telemedicine`,
  },
  {
    lang: 'en',
    kind: 'Employee offboarding checklist (MSP)',
    source: `OFFBOARDING – O'Dwyer & Kinsella Solicitors (managed by Liffey IT Services)
Leaver: ⁅n:Orlaith Mac Suibhne⁆, trainee solicitor · Last day: 14/03/2025
Requested by: ⁅n:Tiarnán Ó Tuathail⁆ (practice manager)

[x] Disable M365 account ⁅m:o.macsuibhne@odk-law.ie⁆, convert mailbox to shared, forward to reception@odk-law.ie for 90 days
[x] Remove from MFA, revoke sessions
[x] Laptop returned: asset ODK-LT-031, wiped (BitLocker key escrowed)
[x] Mobile: company iPhone returned, IMEI 353914118824478, SIM moved to pool
[ ] Personal number to be ported out by leaver: ⁅t:086 331 7042⁆ – PAC code sent by SMS
[ ] Remove from door access list

Technician: ⁅n:Cillian Ó Murchadha⁆ · Ticket INC4488017`,
  },
  {
    lang: 'en',
    kind: 'Password reset call log',
    source: `IT SERVICE DESK – PASSWORD RESET LOG (Cebu delivery centre)

Date: 11 March 2025 · Shift B · Analyst: ⁅n:Ritchel Abellana⁆

08:14 Caller ⁅n:Junrel Bacalso⁆ (Finance) – AD account locked. Verified via employee no. and mobile on file ⁅t:0927 441 8803⁆. Reset, forced change at logon.
08:39 Caller ⁅n:Merlyn Cañete⁆ (HR) – MFA app on new phone. Old device removed, re-enrolment link sent to ⁅m:merlyn.canete@cebuhubservices.ph⁆.
09:02 Caller claimed to be Mr ⁅n:Gabutero⁆ (CFO) asking for reset to be sent to a Gmail address ⁅m:gabutero.cfo.office@gmail.com⁆. Not on file – REFUSED, escalated to security as possible vishing (caller ID ⁅t:+63 905 771 0042⁆).
09:30 Caller ⁅n:Jessebel Tabada⁆ – VPN password expired, reset.`,
  },
  {
    lang: 'en',
    kind: 'Press release with media contact',
    source: `FOR IMMEDIATE RELEASE

Harbourline Broadband to bring full fibre to 40,000 homes in West Yorkshire

LEEDS, 10 March 2025 – Harbourline Broadband today announced a £28 million investment to extend its full-fibre network to 40,000 homes in Bradford, Halifax and Huddersfield by the end of 2026.

"Rural and suburban streets have waited long enough," said Chief Executive ⁅n:Persephone Hepworth⁆. "Gigabit speeds should not depend on your postcode."

Construction starts in April in BD9 and HX1.

Notes to editors
Harbourline Broadband Ltd is an independent network operator based in Leeds.

Media contact: ⁅n:Cosmo Sutcliffe⁆, Head of Communications
⁅t:+44 113 496 0827⁆ · press@harbourline.co.uk`,
  },
  {
    lang: 'en',
    kind: 'Freelance photographer invoice',
    source: `INVOICE No. 2025-017

From: ⁅n:Úna Ní Riain⁆ (freelance photographer)
⁅h:9 Ardkeen Park, Waterford, X91 7730⁆
⁅t:089 412 6650⁆ · ⁅m:una@uniriainphoto.ie⁆

To: Déise Today (newspaper), News Desk, The Quay, Waterford

Date: 28 February 2025
Commission: "Fibre rollout in rural Waterford" – 12 images, one day on location (19 Feb)
Day rate ........................................ €350.00
Mileage 164 km @ €0.39 .......................... €63.96
Total ........................................... €413.96 (not VAT registered)

Payment within 30 days to: ⁅i:IE g⁆ (BIC AIBKIE2D), account name ⁅n:Úna Ní Riain⁆`,
  },
  {
    lang: 'en',
    kind: 'Account takeover report (streaming service)',
    source: `Trust & Safety – Account Takeover Report #ATO-55208

Account: ⁅m:sihkos.wapachee@sasktel.net⁆ (Family plan, 4 profiles)
Account holder: ⁅n:Sihkos Wapachee⁆, ⁅t:306-764-2291⁆

Timeline (UTC)
2025-03-02 03:11 password reset requested from ⁅a:41.203.77.158⁆ (new device, Android)
2025-03-02 03:12 email changed to a new address (reverted)
2025-03-02 03:15 3 new profiles created, plan upgraded to Premium
2025-03-02 14:40 holder contacted support from usual IP ⁅a:2001:56a:f3b1:4e00:8d21:7c0e:1a22:9b07⁆

Action: sessions revoked, original email restored, upgrade refunded, 2FA enforced.
Analyst: ⁅n:Aldéa Babineau⁆`,
  },
  {
    lang: 'en',
    kind: 'Phone repair intake form',
    source: `SERWIS GSM "MORS" – Warsaw, ul. Chmielna 14 – REPAIR INTAKE (EN)

Customer: ⁅n:Władysława Ptaszyńska⁆
Phone: ⁅t:+48 601 772 310⁆ · Email: ⁅m:w.ptaszynska@wp.pl⁆

Device: Samsung Galaxy S23, IMEI 350118826640399, colour: lavender
Fault: cracked screen, charging port loose
Unlock: pattern given to technician (not recorded)
Backup done by customer: yes

Quote: 890 PLN (screen) + 120 PLN (port) · Estimated ready: 14 March 2025
Received by: ⁅n:Przybysław Kostrzewa⁆ · Ticket MRS/25/03/0611

Customer signature: ⁅n:W. Ptaszyńska⁆`,
  },
  {
    lang: 'en',
    kind: 'Complaint to an ADR scheme for telecoms',
    source: `COMMUNICATIONS OMBUDSMAN – COMPLAINT FORM

Your name: ⁅n:Fingal Dinwoodie⁆
Address: ⁅h:26 Crown Drive, Inverness IV2 3QF⁆
Phone: ⁅t:01463 712 098⁆   Mobile: ⁅t:07825 340 117⁆
Email: ⁅m:fingal.dinwoodie@virginmedia.com⁆

Company complained about: Harbourline Broadband Ltd
Account number: HB-00417729
Deadlock letter received: yes, 17 February 2025

Your complaint: I was sold a "minimum 80 Mbps guaranteed" package but have never received more than 24 Mbps. I asked to leave without penalty and was charged an early termination fee of £186.

What would you like the company to do? Refund the fee and the difference in price since July 2024.`,
  },
  {
    lang: 'en',
    kind: 'Bug report from a beta tester',
    source: `[Beta] Crash when uploading video > 2 GB on macOS · #4471

Reporter: ⁅n:Heriberto Tamez⁆ (⁅m:htamez@icloud.com⁆)
App version: 2.19.0-beta.3 (build 8841) · macOS 15.3.1 · M2

Steps to reproduce
1. Drag a 2.4 GB .mov into the uploader
2. Progress reaches 100%, app freezes, then quits

Expected: upload completes. Actual: crash (report attached).

Excerpt from the client log:
[2025-03-12 21:04:55] upload.start size=2576980377 chunk=8388608 edge=fra-2
[2025-03-12 21:09:13] upload.finalize client_ip=⁅a:24.56.184.17⁆ status=500
[2025-03-12 21:09:13] FATAL integer overflow in offset (int32)

Triage: ⁅n:Jamila Spivey⁆ – confirmed, fix in 2.19.0-beta.4.`,
  },
  {
    lang: 'en',
    kind: 'Debt collection letter (telecoms)',
    source: `PROTEA COLLECTIONS (PTY) LTD
Registered debt collector · Acting for Karoo Wireless (Pty) Ltd

Mr ⁅n:Sizwe Mnguni⁆
⁅h:15 Florida Road, Morningside, Durban, 4001⁆

Our ref: PC/KW/118224 · Date: 7 March 2025

LETTER OF DEMAND

Dear Mr ⁅n:Mnguni⁆,

Our client informs us that the amount of R 2,847.50 is overdue on account 7701-4402 for the mobile number ⁅t:082 914 6610⁆. Unless payment or an acceptable arrangement is received within 20 business days, our client may list the default with a credit bureau.

Please contact us on 031 303 7740 or arrangements@proteacollect.co.za quoting our reference.

Yours faithfully,
Protea Collections`,
  },
  {
    lang: 'en',
    kind: 'eSIM activation KYC record',
    source: `eSIM ACTIVATION – KYC RECORD (Merlion Mobile, online channel)

Applicant: ⁅n:Gerstlauer-Kächele, Hildebrand⁆
Nationality: German · Employment Pass holder
Passport no.: ⁅r:⁆ · Expiry: 2033-06-14
Date of birth: ⁅b:11 January 1987⁆
Residential address in Singapore: ⁅h:Blk 128 Tampines Avenue 4 #11-204, Singapore 520128⁆
Contact email: ⁅m:h.gerstlauer@mailbox.org⁆

Liveness check: passed (score 0.97) · Device: iPhone 15, EID 89049032007008882600123456789012
Number issued: ⁅t:+65 8841 2276⁆ · Activated: 2025-03-09 19:44 SGT
Reviewer: ⁅n:Hazwani binti Hamzah⁆`,
  },
];
