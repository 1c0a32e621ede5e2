import type { HandDoc } from './hand-de.js';

/** Hand-written English documents of test set 5; markup and conventions as in hand-de.ts. */
export const HAND_EN: HandDoc[] = [
  {
    lang: 'en',
    kind: 'mail thread with quoted reply',
    source: `Subject: RE: RE: Q4 stock count – Leeds depot

Thanks «N:Ambrose», that works. I'll ask «N:Ptolemy» to cover the loading bay on Friday.

Cheers,
«N:Jocasta»

On Tue, 10 Nov 2026 at 16:22, «N:Ambrose Sowerbutts» <«M:ambrose.sowerbutts@ops.northfield-freight.co.uk»> wrote:
> Hi «N:Jocasta»,
> Stock count moved to Fri 13th, 7am start. Can you spare two people?
> «N:Ambrose»
>
> «N:Ambrose Sowerbutts»
> Depot Manager, Leeds | Northfield Freight Ltd
> «T:+44 (0)113 496 0731 ext. 204» | m. «T:07700 900 418»
`,
  },
  {
    lang: 'en',
    kind: 'forwarded mail with headers',
    source: `-----Original Message-----
From: «N:Nkiruka Ezeugwu» <«M:nkiruka.ezeugwu@yahoo.com»>
Sent: Monday, November 9, 2026 8:03 PM
To: Customer Care <care@brightwell-energy.com>
Cc: «N:Chidubem Ezeugwu» <«M:emeka.ezeugwu+bills@outlook.com»>
Subject: Account 88120475 – wrong meter reading

Hello,
your last bill used an estimated reading of 41,220 kWh. The real reading on 1 Nov was 38,905.
Photo attached. Please correct it and refund to card ending 4417 – or to «I».
Property: «A:14 Marlborough Road, Reading RG1 5NE»
Best,
«N:Nkiruka»
`,
  },
  {
    lang: 'en',
    kind: 'meeting minutes with action items',
    source: `MINUTES – Product Steering Group, 11 Nov 2026
Present: «N:Felicity Wainwright» (chair), «N:Jae-won Bang», «N:K. Annamalai», «N:Dindo Panganiban», «N:Lysander Oakes»
Apologies: «N:Eamon McGillivray»

1. Roadmap 2027: agreed to move the mobile release (v3.0) to Q2.
2. Pricing: «N:Bang» presented three options; option B preferred.
3. AOB: «N:Benedick» asked about the Birmingham office move – see HR memo.

ACTIONS
- «N:JR» to circulate pricing deck by Wed
- «N:Dindo» / «N:Kathiravan» – customer interviews (5) before 4 Dec
- «N:FP» to book the offsite (not the Rose & Crown again pls)
`,
  },
  {
    lang: 'en',
    kind: 'Slack export',
    source: `#it-helpdesk
«N:Jéssica dos Albuquerque»  9:41 AM
anyone else getting kicked off the VPN every 10 min?
«N:Rogério Siqueira»  9:42 AM
yep. my IP keeps changing «V» -> «V»
«N:Caio Tavares-Lins»  9:45 AM
@«N:Jéssica dos Albuquerque» it's the new gateway, ping «N:Wellington» he rolled it out
«N:Wellington Pimentel»  9:58 AM
rolled back to 4.2.9, should be stable now. shout if not 🙏
`,
  },
  {
    lang: 'en',
    kind: 'Zendesk ticket with comments',
    source: `Ticket #330981 · Refund request · Priority: Normal
Requester: «N:Fergus McCafferty» («M:fergus.mccafferty@eircom.net»)
Assignee: «N:Jerico Manalastas»

«N:Fergus McCafferty» – Nov 8, 2026 14:10
Hi, I was charged twice for order ORD-2204871. Card «K». Please refund one of them.
Phone if needed «T:+353 87 214 6093».

«N:Jerico Manalastas» – Nov 9, 2026 09:02 (internal note)
Confirmed duplicate capture. Refund issued, ref RF-88123. Customer DOB «B:1982-12-04» used for ID check.

«N:Jerico Manalastas» – Nov 9, 2026 09:05
Hi «N:Fergus», the duplicate payment has been refunded; please allow 3-5 working days. Kind regards, «N:Jerico»
`,
  },
  {
    lang: 'en',
    kind: 'call centre transcript',
    source: `CALL 2026-11-12 15:31:07  Agent: «N:Marivic Dimaano»  Queue: Claims
AGENT: Thank you for calling Harbourside Insurance, you're speaking with «N:Marivic». Can I take your policy number?
CALLER: yeah it's HX-4471902.
AGENT: Thank you. And can you confirm your full name and date of birth?
CALLER: «N:Akua Gyamfi-Nkansah», born the «B:3rd of March '85».
AGENT: And the first line of your address?
CALLER: «A:22 Ferndale Close, Croydon CR0 2LP».
AGENT: Lovely, thanks Mr «N:Gyamfi-Nkansah». What's happened?
CALLER: someone reversed into my car outside the gym, the other driver is «N:Jago Postlethwaite», his number is «T:07911 123456».
`,
  },
  {
    lang: 'en',
    kind: 'CSV contact list',
    source: `email,last,first,company,mobile,owner
«M:h.thorvaldsen@nordvent.se»,«N:Thorvaldsen»,«N:Halvard»,Nordvent AB,«T:+46 70 412 88 09»,«N:TW»
«M:cabdi.dirie@horncargo.so»,«N:Dirie»,«N:Cabdi»,Horn Cargo,«T:+252 61 5530 227»,«N:TW»
«M:nrattanakosin@siam-packaging.co.th»,«N:Rattanakosin»,«N:Nattaya»,Siam Packaging Co.,«T:+66 81 902 3345»,«N:KS»
«M:suharto.hendra@jayalogistik.co.id»,«N:Suharto»,«N:Hendra»,PT Jaya Logistik,«T:+62 812 8830 1174»,«N:KS»
`,
  },
  {
    lang: 'en',
    kind: 'pipe table contact export',
    source: `| Mobile            | Name (surname first)   | Region | Email                                  |
|-------------------|------------------------|--------|----------------------------------------|
| «T:(415) 555-0132»    | «N:Nakamura-Villaseñor, Yuzuki»  | US-W   | «M:yuzuki.nr@pacificrim-tools.com»          |
| «T:+1 212 555 0187»   | «N:Ofodile-Bright, Chimamanda»   | US-E   | «M:n.okaforbright@harlowpartners.com»      |
| «T:+33 6 12 44 80 19» | «N:Girardot, Gaëtan»       | FR     | «M:gaetan.girardot@atelier-girardot.fr»    |
| «T:+90 532 418 77 02» | «N:Çevikel, Berrin»        | TR     | «M:berrin@cevikel-tekstil.com.tr»          |
| «T:+48 601 223 909»   | «N:Sobieraj, Halina»       | PL     | «M:halina.sobieraj@o2.pl»                  |
`,
  },
  {
    lang: 'en',
    kind: 'onboarding checklist',
    source: `NEW STARTER CHECKLIST – People Team
Starter: «N:Vikrant Bhatnagar»      Start date: 1 Dec 2026      Line manager: Ms «N:Anastasios Georgiadou»
Date of birth: «B:17/09/1991»     NI number: on file
Home address: «A:Flat 3, 118 Wilmslow Road, Manchester M14 5AJ»
Personal email: «M:vikrant.b91@gmail.com»
Emergency contact: «N:Aastha Bhatnagar» (wife) «T:07824 556 013»
[x] contract signed  [x] right-to-work check (passport «Q»)  [ ] laptop  [ ] badge
`,
  },
  {
    lang: 'en',
    kind: 'sick note message',
    source: `hi «N:Hereward», sorry, I'm off sick today (migraine). GP appt at 11. fit note to follow if it's more than 7 days.
«N:Jhunjhun» is covering the front desk. reachable on «T:+44 7456 201 884» if it's urgent but would rather sleep tbh
– «N:Lorna»
`,
  },
  {
    lang: 'en',
    kind: 'reference letter',
    source: `To whom it may concern,

I am pleased to provide a reference for Ms «N:Titilayo Akinwande» (born «B:12 January 1990»), who worked with us as a
Senior Data Analyst from March 2021 to October 2026. «N:Titilayo» consistently delivered high-quality work and
mentored junior colleagues.

Should you require further information, please contact me at «M:a.maccrimmon@kestrel-analytics.ie» or on «T:+353 1 677 4410».

Yours faithfully,
«N:Caoimhe MacCrimmon»
Head of Analytics, Kestrel Analytics Ltd
`,
  },
  {
    lang: 'en',
    kind: 'payroll query',
    source: `From: «N:Ubax Xuseen» <«M:ubax.xuseen@staff.brightwell-energy.com»>
To: payroll@brightwell-energy.com
Subject: tax code on my November payslip

Hi payroll team,
my tax code changed to BR which I think is wrong. I only have the one job. Employee no. 004417.
Could someone check with HMRC? My NI no. is on file.

thanks
«N:Ubax»
`,
  },
  {
    lang: 'en',
    kind: 'referral letter',
    source: `Riverside Medical Practice, 4 Quay Street, Bristol BS1 4DB

Dear Dr «N:O'Dowd»,

Re: Mr «N:Eithne MacAulay», D.O.B. «B:04/11/1958», NHS no. 943 476 5919
«A:7 Cotham Vale, Bristol BS6 6HR»

Thank you for seeing this gentleman with progressive breathlessness. Echo requested. He lives with his daughter
«N:Dervla», who can be contacted on «T:0117 496 0842».

Yours sincerely,
Dr «N:Sorcha McKechnie»
`,
  },
  {
    lang: 'en',
    kind: 'discharge summary',
    source: `DISCHARGE SUMMARY – St Aldhelm's Hospital
Patient: «N:HENOK ASSEFA»   DOB: «B:22-Jun-1977»   MRN 00481922
Admitted: 02/11/2026   Discharged: 06/11/2026   Consultant: Mr «N:F. Featherstone»
Diagnosis: community-acquired pneumonia
Follow-up: GP in 2 weeks. Next of kin: «N:Hirut Assefa» «T:020 7946 0314»
`,
  },
  {
    lang: 'en',
    kind: 'insurance claim form',
    source: `MOTOR CLAIM FORM
Policyholder: «N:Ylva Bjørnstad»
Date of birth: «B:March 3rd, 1985»
Address: «A:55 Elm Street, Apt 4B, Somerville, MA 02144»
Phone: «T:617-555-0199»   Email: «M:tfjeldstad@protonmail.com»
Other driver: «N:Remedios Peñalosa» – licence seen, phone «T:+1 (857) 555-0143»
Witness: none
Payment of settlement to card: «K»
`,
  },
  {
    lang: 'en',
    kind: 'tenancy agreement extract',
    source: `ASSURED SHORTHOLD TENANCY AGREEMENT (extract)
Landlord: Harlow Lettings Ltd, PO Box 4410, Harlow CM20 9AA
Tenant(s): «N:Donncha O'Flaherty» and «N:Lourdes Buenaventura»
Property: «A:Flat 9, 3 Mill Lane, Cambridge CB2 1RX»
Term: 12 months from 1 December 2026. Rent: £1,450 pcm payable to the landlord's account.
Tenants' bank for deposit return: «I»
Signed: «N:C. O'Flaherty»  «N:R. Buenaventura»
`,
  },
  {
    lang: 'en',
    kind: 'university enrolment list',
    source: `MSc Data Science – 2026 intake – enrolment status (export)
student_id	surname	given_names	dob	status
s2611042	«N:Thirunavukkarasu»	«N:Mythili»	«B:1999-08-14»	ENROLLED
s2611057	«N:Hyeon»	«N:Ye-haeun»	«B:2000-01-30»	ENROLLED
s2611063	«N:Abu Tarabulsi»	«N:Taysir»	«B:1997-11-02»	PENDING_FEES
s2611071	«N:Kjærgaard»	«N:Liv»	«B:2001-05-19»	ENROLLED
s2611088	«N:Quintanilha»	«N:Tainá»	«B:1998-03-07»	DEFERRED
`,
  },
  {
    lang: 'en',
    kind: 'court summons',
    source: `IN THE COUNTY COURT AT MANCHESTER
Claim No. K4MA2291

Between
BRIGHTWELL ENERGY LIMITED (Claimant)
and
MR «N:PANAGIOTIS ZERVOUDAKIS» (Defendant)
of «A:41 Gorse Hill Avenue, Stretford, Manchester M32 0QY»

NOTICE OF HEARING
Take notice that the hearing will take place on 19 January 2027 at 10:00 am at Manchester Civil Justice Centre,
1 Bridge Street West, Manchester M60 9DJ.
`,
  },
  {
    lang: 'en',
    kind: 'travel booking with passengers',
    source: `BOOKING CONFIRMATION  PNR: K7TQ2M
Flight LH 2471 MUC–LHR  Thu 03 Dec 2026 07:05

PASSENGERS
1. «N:KOTSAMPASI/XANTHIPPI» MRS  DOB «B:11MAY72»  Passport «Q»
2. «N:KOTSAMPASI/EFSTRATIOS» MR      DOB «B:02SEP70»  Passport «Q»
3. «N:KOTSAMPASI/POLYXENI» MS    DOB «B:25DEC05»  ID «X»
Contact: «M:xanthippi.kotsampasi@otenet.gr» / «T:+30 694 410 2287»
Paid by card «K»
`,
  },
  {
    lang: 'en',
    kind: 'JSON record',
    source: `{
  "customerId": "C-0099182",
  "name": { "first": "«N:Arulmani»", "last": "«N:Velayutham»" },
  "dob": "«B:1987-02-28»",
  "contact": { "email": "«M:arulmani.v@rediffmail.com»", "phone": "«T:+91 98404 71226»" },
  "address": "«A:No. 12, 4th Cross Street, Adyar, Chennai 600020»",
  "lastLoginIp": "«V»",
  "marketingOptIn": false,
  "createdAt": "2024-06-01T10:22:31Z"
}
`,
  },
  {
    lang: 'en',
    kind: 'YAML record',
    source: `# on-call roster, generated 2026-11-12
team: platform
rotation:
  - name: «N:Guled Sithole»
    phone: "«T:+27 82 555 0174»"
    email: «M:guled.sithole@platform.example.io»
  - name: «N:Itsuki Wakabayashi»
    phone: "«T:+81 90 1234 5678»"
    email: «M:itsuki.w@platform.example.io»
escalation: sre-leads@platform.example.io
version: 7.3.1
`,
  },
  {
    lang: 'en',
    kind: 'XML record',
    source: `<?xml version="1.0" encoding="UTF-8"?>
<applicant ref="APP-20261104-17">
  <name><given>«N:Zlata»</given><family>«N:Hnatyshyn»</family></name>
  <birthDate>«B:1993-10-06»</birthDate>
  <email>«M:zlata.hnatyshyn@ukr.net»</email>
  <phone type="mobile">«T:+380 67 441 2290»</phone>
  <address>«A:Rue de la Loi 155, 1040 Bruxelles»</address>
</applicant>
`,
  },
  {
    lang: 'en',
    kind: 'OCR scan with broken lines',
    source: `SCHOOL TRIP CONSENT FO RM
Pupil name: «N:Octavia
Fotheringham»     Class: 8K
Date of birth: «B:14 / 07 / 2013»
Parent/guardian: Mrs «N:Danielle Fotheringham» Tel:
«T:07700 900 731»
I give consent for my child to attend the trip to the Science Muse um on 21/11/2026.
Medical info: mild asthma (inhaler)
`,
  },
  {
    lang: 'en',
    kind: 'obfuscated contact in forum post',
    source: `Re: selling my old lathe (Myford ML7), collection only from Sheffield

Still available. Don't DM here, the inbox is broken – mail me at «M:gus.thistlethwaite (at) btinternet (dot) com» or
text «T:07 700 900 962». Name's «N:Gus». Cash only, sorry.
`,
  },
  {
    lang: 'en',
    kind: 'ALL CAPS shipping manifest',
    source: `DELIVERY NOTE DN-88412   CARRIER: PARCELFORCE   DATE: 12 NOV 2026
DELIVER TO: MR «N:MORENIKE ALABI»
«A:FLAT 12, 9 CANAL STREET, NOTTINGHAM NG1 7EH»
PHONE: «T:0115 496 0028»
CONTENTS: 2 X OFFICE CHAIR (SKU CH-2210)   WEIGHT 31 KG
SIGNED FOR BY: «N:ALABI»
`,
  },
  {
    lang: 'en',
    kind: 'firewall log',
    source: `Nov 12 02:14:51 fw01 kernel: DROP IN=eth0 SRC=«V» DST=10.0.4.12 PROTO=TCP DPT=22
Nov 12 02:14:53 fw01 sshd[4411]: Failed password for invalid user admin from «V» port 51822 ssh2
Nov 12 02:15:02 fw01 sshd[4418]: Accepted publickey for deploy from «V» port 60122 ssh2
Nov 12 02:15:40 fw01 sudo: deploy : TTY=pts/0 ; PWD=/home/deploy ; COMMAND=/usr/bin/systemctl restart nginx
`,
  },
  {
    lang: 'en',
    kind: 'no personal data: newsletter',
    source: `Hi team,

Quick update from Facilities: the Harrison Street car park closes for resurfacing on 23 Nov. Please use the
Victoria Road entrance. The canteen now stocks Ben & Jerry's, Hope Valley Ice Cream and Frank's Red Hot.

Reminder: the office is closed on 25 and 26 December and on 1 January. IT will roll out Windows 11 build 23H2
and Office version 2410 over the holidays.

Dear Sir or Madam letters to suppliers must now use template v2.3 (see SharePoint).
`,
  },
  {
    lang: 'en',
    kind: 'no personal data: purchase order',
    source: `PURCHASE ORDER PO-7718204
Supplier: Morgan Sindall plc, Kent House, 14-17 Market Place, London W1W 8AJ
Ship to: Warehouse 3, Riverside Industrial Estate, Dartford DA1 5PZ

Line 1  Pallet racking bay, 2.7 m      x 12   £3,840.00
Line 2  Safety mesh panels              x 24   £1,104.00
VAT reg. GB 284 4109 73 · Invoice INV-2026-88104 to follow · Tracking 1Z999AA10123456784
Dear Sir or Madam, please confirm the delivery window by return.
`,
  },
  {
    lang: 'en',
    kind: 'no personal data: product catalogue',
    source: `AUTUMN CATALOGUE 2026 – Garden range

Rose "Queen Elizabeth" climbing, 3 L pot ........ £14.99
Clematis "Jackmanii" ........................... £11.49
Hope & Glory bird feeder (v2) .................. £22.00
Victoria plum tree, bare root .................. £29.95
"The Well-Tempered Garden", ISBN 978-0-1411-8490-3 ...... £12.99
Order by 14 Dec for Christmas delivery. Order numbers start ORD- followed by six digits.
`,
  },
  {
    lang: 'en',
    kind: 'no personal data: status page',
    source: `Incident report – API latency (resolved)
Started: 2026-11-10 14:02 UTC  Resolved: 2026-11-10 15:47 UTC
Affected: eu-west-2 region, API v3.8.1 and v3.8.2

Summary: a configuration change to the load balancer pool (release 2026.11.3) reduced capacity by 40%.
Rolled back at 15:31. No data was lost. Customers on the Sterling and Hamilton plans saw p99 latency of 4.2 s.
Hi team – the post-mortem is scheduled for Thursday.
`,
  },
];
