import type { HandDoc } from './hand.js';

/** Hand-written English documents of set 4, part 2: legal, public sector, records, logs, look-alikes. */
export const HAND_EN_2: HandDoc[] = [
  {
    lang: 'en',
    kind: 'forwarded-mail',
    source: `-----Original Message-----
From: ⟦N:Solomon Desta⟧ <⟦EM:solomon.desta@addis-roasters.com⟧>
Sent: Monday, November 23, 2026 7:12 AM
To: orders@kaffeerösterei-nord.de <orders@xn--kaffeersterei-nord-y2b.de>
Subject: FW: Sample shipment Yirgacheffe G1

FYI — see below from my colleague. Please reply to her directly.

Best,
⟦N:Solomon⟧
Export Manager, Addis Roasters PLC
Bole Sub-City, Woreda 03, Addis Ababa · ⟦PH:+251 11 661 2000⟧

> From: ⟦N:Bethlehem Kebede⟧ <⟦EM:b.kebede@addis-roasters.com⟧>
> Sent: Friday, November 20, 2026 4:55 PM
> Hi ⟦N:Solomon⟧, the samples (lot ET-YG-2611, 3 x 250 g) left today with DHL Express, AWB 1234567890.
> Contact at the buyer is ⟦N:Hinrich Hüsgen⟧, ⟦PH:+49 40 3008 1120⟧.
> Thanks, ⟦N:Betty⟧`,
  },
  {
    lang: 'en',
    kind: 'court-letter',
    source: `IN THE COUNTY COURT AT CENTRAL LONDON                                  Claim No. K4QZ1187
BETWEEN
⟦N:EVANDRO TEODOSIO JUNQUEIRA⟧                                                   Claimant
and
⟦N:PERRY RAMSBOTTOM⟧                                                            Defendant

NOTICE OF HEARING

TAKE NOTICE that the claim will be heard at Thomas More Building, Royal Courts of Justice, Strand, London WC2A 2LL
on 19 January 2027 at 10:00 am, time estimate 1 hour.

To the Defendant: Mr ⟦N:Ramsbottom⟧, ⟦AD:Flat 12, Kestrel Court, 60 Lordship Lane, London SE22 8HJ⟧
Claimant's solicitors: Halden Pryce LLP, 5 Bedford Row, London WC1R 4BZ, ref. HP/LTJ/2219`,
  },
  {
    lang: 'en',
    kind: 'power-of-attorney',
    source: `LASTING POWER OF ATTORNEY — Property and financial affairs (summary sheet)

Donor: ⟦N:Ottoline Penelope Blackwood-Pryor⟧, née ⟦N:Fairweather⟧, born ⟦DOB:3rd of March '45⟧
Address: ⟦AD:Rose Cottage, 4 Frog Lane, Upton St Leonards, Gloucester GL4 8DG⟧

Attorney 1: ⟦N:Crispin Blackwood-Pryor⟧ (son), ⟦AD:19 Lansdown Crescent, Bath BA1 5EX⟧, ⟦PH:+44 7700 900 802⟧
Attorney 2: ⟦N:Henrietta O'Halloran⟧ (daughter), ⟦AD:7 Rue des Tanneurs, 75004 Paris⟧, ⟦PH:+33 7 81 22 45 90⟧
How attorneys act: jointly and severally.
Certificate provider: Dr ⟦N:Ramalingam⟧, Upton Surgery.
Registered with the Office of the Public Guardian: 2 November 2026, ref. 7000-1128-4471`,
  },
  {
    lang: 'en',
    kind: 'council-tax-form',
    source: `COUNCIL TAX — SINGLE PERSON DISCOUNT APPLICATION
Account ref: 40188221                    Property ref: 100023344556

Your full name: ⟦N:Agrafena Dolgorukova⟧
Date you became the only adult: 01/10/2026
Address: ⟦AD:Flat 2, 11 Victoria Road, Swindon SN1 3AW⟧
Former occupant: ⟦N:Arkady Tikhonov⟧, moved to ⟦AD:88 High Street, Marlborough SN8 1HF⟧ on 30/09/2026
Daytime phone: ⟦PH:01793 555 402⟧   Email: ⟦EM:a.dolgorukova@yandex.ru⟧
Declaration: I confirm that the information given is correct. Signed: ⟦N:A. Dolgorukova⟧ 04/11/2026`,
  },
  {
    lang: 'en',
    kind: 'crm-export-pipe',
    source: `Owner | Stage | Account | Contact | Role | Direct line | Last touch
---|---|---|---|---|---|---
⟦N:Rasmussen, Eskild⟧ | Proposal | Nordic Pallets AS | ⟦N:Randi Kjærsgaard⟧ | Procurement | ⟦PH:+47 22 90 41 18⟧ | 2026-11-20
⟦N:Rasmussen, Eskild⟧ | Discovery | Fjord Salmon ASA | ⟦N:Unni Fjeldstad⟧ | CFO | ⟦PH:+47 55 30 12 00⟧ | 2026-11-02
⟦N:Sengupta, Ritwik⟧ | Negotiation | Tata Elxsi | ⟦N:Aishwarya Deshpande⟧ | VP Eng | ⟦PH:+91 80 2204 5566⟧ | 2026-11-25
⟦N:Sengupta, Ritwik⟧ | Closed won | Infosys BPM | ⟦N:Anirudh Rastogi⟧ | Head of IT | ⟦PH:+91 20 4411 2000⟧ | 2026-10-30
⟦N:Dumlao, Analyn⟧ | Qualified | Ayala Land | ⟦N:Efren Lacson⟧ | Facilities | ⟦PH:+63 2 8908 3000⟧ | 2026-11-18`,
  },
  {
    lang: 'en',
    kind: 'app-log',
    source: `Nov 26 03:12:44 web-07 sshd[22810]: Failed password for invalid user admin from ⟦=IP/4⟧ port 51122 ssh2
Nov 26 03:12:47 web-07 sshd[22810]: Failed password for invalid user admin from ⟦=IP/4⟧ port 51122 ssh2
Nov 26 03:14:02 web-07 app[1201]: login ok user=⟦EM:g.bittencourt@uol.com.br⟧ src=⟦=IP/6⟧ session=8f21c0aa
Nov 26 03:14:09 web-07 app[1201]: export requested user=⟦EM:g.bittencourt@uol.com.br⟧ rows=12044 format=csv
Nov 26 03:20:51 web-07 app[1201]: password reset sent to=⟦EM:rosangela.queiroz@terra.com.br⟧ src=⟦=IP/4⟧
Nov 26 03:21:00 web-07 kernel: [8812.2201] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.
Nov 26 03:25:13 web-07 app[1201]: build=2026.11.25+g4f2a1c node=v22.11.0 uptime=86400s`,
  },
  {
    lang: 'en',
    kind: 'json-api-response',
    source: `{"data":[{"id":"usr_01HF8K2Q","type":"customer","attributes":{"full_name":"⟦N:Shalini Thakkar⟧","email":"⟦EM:shalini.thakkar@rediffmail.com⟧",
"phone":"⟦PH:+91-22-6655-0198⟧","dob":"⟦DOB:1987-01-23⟧","billing_address":"⟦AD:12 Carmichael Road, Mumbai 400026⟧",
"card":{"brand":"mastercard","number":"⟦=CC⟧","exp":"09/29"},"created_at":"2026-05-14T10:22:41Z","tier":"gold"}},
{"id":"usr_01HF8K3Z","type":"customer","attributes":{"full_name":"⟦N:Warsame Guleed⟧","email":"⟦EM:warsame.g@hormuud.so⟧",
"phone":"⟦PH:+252 61 555 0123⟧","dob":null,"billing_address":null,"card":null,"created_at":"2026-06-01T08:00:00Z","tier":"basic"}}],
"meta":{"page":1,"total":2,"api_version":"2025-10-01"}}`,
  },
  {
    lang: 'en',
    kind: 'no-pii-api-docs',
    source: `## Webhooks (API version 2025-10-01)

Events are delivered as HTTP POST with header \`X-Signature: sha256=...\`. Retries follow exponential back-off:
1 min, 5 min, 30 min, 2 h, 12 h. After 5 failures the endpoint is disabled.

| Event                 | Since  | Example id            |
|-----------------------|--------|-----------------------|
| order.created         | v1.0   | evt_2Yq81KdA          |
| order.refunded        | v2.3   | evt_2Yq81Lm0          |
| subscription.renewed  | v3.1   | evt_2Yq81P4x          |

Timestamps are ISO 8601 in UTC (e.g. 2026-11-30T23:59:59Z). Amounts are integers in minor units (1999 = £19.99).
Our SEPA creditor identifier is ⟦~CRED⟧; VAT number ⟦~VAT⟧. See also the book ISBN ⟦~ISBN⟧ for background.`,
  },
  {
    lang: 'en',
    kind: 'visa-letter',
    source: `LETTER OF INVITATION

To: Embassy of the Federal Republic of Germany, Consular Section, Abuja

Dear Sir or Madam,

We hereby invite Mr ⟦N:Chinedum Ezeobi⟧, born ⟦DOB:14 August 1990⟧ in Onitsha, holder of Nigerian passport A09918273,
residing at ⟦AD:Plot 17, Admiralty Way, Lekki Phase 1, Lagos 105102⟧, to visit our company in Stuttgart from
11 to 22 January 2027 for technical training on our CNC machines (order AB-2026-8812).

All costs of travel, accommodation and health insurance are covered by Neckarwerk Maschinenbau GmbH.
Mr ⟦N:Ezeobi⟧ can be reached at ⟦EM:chinedum.ezeobi@ezeobi-engineering.com.ng⟧ or ⟦PH:+234 (0) 802 771 4409⟧.
His host in Stuttgart is our service manager, ⟦N:Jonte Quernheim⟧ (⟦PH:+49 711 8890 4417⟧).

Yours faithfully,
⟦N:Hiltrud von Lamprecht⟧
Head of Service, Neckarwerk Maschinenbau GmbH`,
  },
  {
    lang: 'en',
    kind: 'expense-claim',
    source: `EXPENSE CLAIM — November 2026
Employee: ⟦N:Sutanto, Larasati⟧   Employee no.: 77812   Cost centre: 4410 Sales DACH
Approver: ⟦N:Kurosawa, Daichi⟧

Date       Description                          Amount    Receipt
03/11/26   Train Frankfurt–Munich (DB)          £112.40   R-01
04/11/26   Hotel Mercure München, 1 night       £138.00   R-02
05/11/26   Client dinner (4 pax, Tata Elxsi)    £286.15   R-03
Paid with corporate card ⟦=CC⟧.
Reimburse to: ⟦=IB/GB⟧
Declaration signed ⟦N:L. Sutanto⟧, 28/11/2026`,
  },
  {
    lang: 'en',
    kind: 'ocr-scan',
    source: `Scanned with OCR — page 1 of 2 — quality: low

DEPARTM ENT OF HOUSING — TENANCY APPLlCATION
Appl icant: ⟦N:Sagal Aden Hirsi⟧
Date of b irth: ⟦DOB:1 1 / 0 2 / 1 9 9 8⟧
Current addre ss: ⟦AD:Flat 5, 201 Stretford Road, Man-
chester M15 5ZQ⟧
Te l: ⟦PH:07700 900 468⟧`,
  },
  {
    lang: 'en',
    kind: 'no-pii-menu-and-events',
    source: `THE GEORGE & DRAGON — Winter menu 2026

Starters: Cullen skink · Wild mushroom arancini · Duck liver parfait
Mains: Beef Wellington (for two) · Shepherd's pie · Lord Nelson's fish & chips
Desserts: Sticky toffee pudding · Eton mess · Bramley apple crumble

Events:
- Quiz night every Tuesday from 7.30pm (teams of up to 6)
- Burns Night supper, Monday 25 January 2027
- Live music: The Jolly Rogers, Friday 12 February 2027

Dear Sir or Madam, for group bookings of 10 or more please use the form on our website.
Company no. 04412209. Registered office: Market Square, Kendal.`,
  },
  {
    lang: 'en',
    kind: 'recruitment-notes',
    source: `Interview notes — Senior Data Analyst (REQ-2026-118)
Panel: ⟦N:Marwa bint Khalid al-Zahrani⟧, ⟦N:Gwen Hope⟧

Candidate 1: ⟦N:Quý Khiêm Vương⟧ — strong SQL, weaker stakeholder answers. Notice period 3 months. Score 3.5/5
Candidate 2: ⟦N:Sunny Park-Hwang⟧ — excellent; currently at Deloitte. Asked about visa (holds Korean passport). 4.5/5
Candidate 3: ⟦N:Mahad ibn Shermarke⟧ — withdrew by email (⟦EM:mahad.ibnshermarke@hotmail.com⟧) on 16/11.
Reference check for ⟦N:Sunny⟧: ⟦N:Joy Summer-Young⟧ at ⟦PH:+44 20 7946 0999⟧.
Decision: offer to ⟦N:Park-Hwang⟧, salary band C2. ⟦N:Gwen⟧ to call Friday.`,
  },
  {
    lang: 'en',
    kind: 'allcaps-telex',
    source: `ATTN MR ⟦N:JOHN-PAUL OKOLI⟧ / OPS DESK
RE BOOKING REF 4G7KLP
PAX ⟦N:OKOLI JOHNPAUL⟧ DOB ⟦DOB:19APR72⟧ PPT ⟦=PP⟧
PAX ⟦N:OKOLI NNEKA⟧ DOB ⟦DOB:02NOV75⟧ PPT ⟦=PP⟧
CONTACT ⟦PH:+2348034412209⟧ EMAIL ⟦EM:JP.OKOLI@OKOLIGROUP.COM.NG⟧
HOTEL: TRANSCORP HILTON ABUJA 3 NTS CONF NO 88120041
RGDS ⟦N:FIIFI KUFUOR⟧ / TRAVEL DESK`,
  },
  {
    lang: 'en',
    kind: 'yaml-user-record',
    source: `# exported from identity provider, 2026-11-30
- username: u10442
  display_name: "⟦N:Parvin Nourbakhsh⟧"
  mail: ⟦EM:parvin.nourbakhsh@lab.ethz.example.ch⟧
  mobile: "⟦PH:+41 79 555 12 34⟧"
  last_login_ip: ⟦=IP/4⟧
  groups: [research, vpn-users]
- username: svc-backup
  display_name: "Backup Service"
  mail: null
  groups: [service]`,
  },
  {
    lang: 'en',
    kind: 'no-pii-maintenance-notice',
    source: `NOTICE TO ALL RESIDENTS — Wellington House, Queen Street

Hello everyone,

The lifts will be out of service on Tuesday 8 December 2026 between 9am and 3pm for the annual inspection
(contract no. OTIS-UK-448120). The Victoria Street entrance will remain open.

Refuse collection moves to Thursdays from January. Bins for Block A go out on King Edward Road.
Christmas Day and Boxing Day: no collection.

Thank you for your patience.
The Management, Albion Property Services Ltd`,
  },
  {
    lang: 'en',
    kind: 'sick-note-chat',
    source: `Teams — chat with ⟦N:Ibukunoluwa Adewunmi⟧

⟦N:Ibukunoluwa Adewunmi⟧ 06:48
morning ⟦N:Nora⟧, I'm not coming in today, temperature of 39 and the GP says flu. fit note to follow

⟦N:Honoria Ashcombe⟧ 07:30
oh no, get well soon ⟦N:Ibukun⟧! I'll move the supplier call. can you forward the note to absence@fenwick-foods.co.uk when you get it?

⟦N:Ibukunoluwa Adewunmi⟧ 07:32
will do 👍 my number is ⟦PH:07700 900 533⟧ if anything urgent`,
  },
  {
    lang: 'en',
    kind: 'delivery-note',
    source: `DELIVERY NOTE DN-118820                                 Date: 01/12/2026
Ship to: ⟦N:Eirini Anagnostou⟧, ⟦AD:Unit 7, Brunel Business Park, 14 Canal Way, Slough SL1 4DX⟧
Phone on delivery: ⟦PH:+44 1753 555 210⟧
Order: SO-20261188 · Customer PO: PO-99811
Item            Description                         Qty
SKU-44810-BLK   Office chair "Hugo" black mesh      6
SKU-22001       Desk "Emma" 160x80 oak             3
Carrier: DPD, tracking ⟦~TRACK⟧
Received by: ⟦N:E. Anagnostou⟧   Signature: _______`,
  },
  {
    lang: 'en',
    kind: 'sms-thread',
    source: `Messages with ⟦PH:+44 7700 900 117⟧ (⟦N:Mick O'Gorman⟧)

Today 08:14  ⟦N:Mick⟧: you still ok for the van at 10? it's outside ⟦AD:31 Moss Side Road, Aberdeen AB12 5PL⟧
Today 08:15  Me: yep. can you send me ⟦N:Said⟧'s number, he's helping
Today 08:15  ⟦N:Mick⟧: ⟦PH:07700 900 291⟧ — ⟦N:Said Hersi⟧
Today 08:20  Me: cheers`,
  },
  {
    lang: 'en',
    kind: 'no-pii-product-faq',
    source: `FAQ — Aurora smart thermostat (model AT-300, firmware 3.4.12)

Q: Does Aurora work with Alexa, Siri and Google Home?
A: Yes. Alexa skill version 2.1 and Google Home are supported; Siri via HomeKit from firmware 3.4.

Q: What is the default PIN?
A: 0000. Change it in Settings › Security.

Q: My display shows error E-104.
A: Reset the device (hold the dial for 10 s). If it persists, open a case quoting your serial number (AT3-2611-004471).

Hi team at the stores: the Aurora Mini (AT-150) launches on 1 March 2027 at £89.`,
  },
];
