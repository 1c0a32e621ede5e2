import type { HandSource } from './markup.js';

/**
 * More English hand-written documents of set 36, each a different kind and layout: mail threads with
 * quoted replies and signatures, chat and messenger exports, CSV and pipe tables, forms of many wordings,
 * "Surname, Given" lists, minutes, letters, incident reports, and documents with look-alikes only.
 */
export const HAND_EN_2: HandSource[] = [
  {
    lang: 'en',
    kind: 'agent email thread with quoted reply',
    source: `From: ⦗n:Chimamandaife Obiakor-Agbasi⦘ <⦗m:chimamanda@obiakor-sportsmgmt.com⦘>
To: recruitment@harbourcityfc.co.uk
Subject: Re: Trial request – ⦗n:Onyekachukwu Nnaemeka-Uzochi⦘
Date: Tue, 10 Feb 2026 08:47:13 +0000

Hi ⦗n:Fuyuhiko⦘,

Thanks – he can do Thursday 19th. He lands at Manchester the evening before; please send the training-ground directions to him directly at ⦗m:onye.uzochi@gmail.com⦘ or WhatsApp ⦗t:+234 806 417 2290⦘.

Best,
⦗n:Chimamandaife Obiakor-Agbasi⦘
FIFA-licensed agent | Obiakor Sports Management Ltd
Office +44 161 496 0000 | www.obiakor-sportsmgmt.com

On Mon, 9 Feb 2026 at 17:30, ⦗n:Fuyuhiko Kamishiro⦘ <⦗m:f.kamishiro@harbourcityfc.co.uk⦘> wrote:
> Dear ⦗n:Chimamandaife⦘,
> we'd like to see ⦗n:Onyekachukwu⦘ (DOB ⦗b:11/04/2005⦘ per your profile) at a three-day trial.
> Could you confirm dates and whether he needs a visitor visa letter?
> Kind regards, ⦗n:Fuyuhiko Kamishiro⦘, Head of Recruitment`,
  },
  {
    lang: 'en',
    kind: 'running club WhatsApp export',
    source: `[14/03/2026, 06:12:40] ⦗n:Whetūmārama Kerehoma⦘: Sunday long run still on? Forecast says 40 km/h southerly
[14/03/2026, 06:15:02] ⦗n:Tamihana Tūhaka⦘: Yep, 7am from the boat sheds. 24 km, two pace groups
[14/03/2026, 06:15:31] ⦗n:Ātaahua Paewai⦘: I'm in. Can someone pick me up? I'm at ⦗h:112 Sandringham Road, Auckland 1025⦘
[14/03/2026, 06:18:09] ⦗n:Nikora Mōkena⦘: I can. Text me when you're up ⦗t:021 448 9031⦘
[14/03/2026, 06:20:44] ⦗n:Ātaahua Paewai⦘: ‎image omitted
[14/03/2026, 07:01:15] ⦗n:Tamihana Tūhaka⦘: Reminder: club singlets for the photo, and subs are due – Waitematā Harriers account, ref is your member no.`,
  },
  {
    lang: 'en',
    kind: 'coaching staff chat log',
    source: `Slack export – #u16-girls-staff

⦗n:Worawut Kongkaew⦘ 09:02
morning all – ⦗n:Phimphan⦘'s mum called, she's out for the weekend (concussion protocol, GP visit Friday)

⦗n:Kanyarat Rattanaporn⦘ 09:05
noted. does the physio have her details? she'll need the return-to-play form

⦗n:Worawut Kongkaew⦘ 09:06
sent it to mum: ⦗m:oraphin.pattanakul@yahoo.co.uk⦘, mobile ⦗t:07831 402 557⦘

⦗n:Suphansa Chaisiri⦘ 09:14
I'll move ⦗n:Hiruni Liyanage⦘ to centre mid. kit van leaves 8:15 from the clubhouse`,
  },
  {
    lang: 'en',
    kind: 'race entrants CSV export',
    source: `bib,first_name,last_name,dob,gender,email,phone,country,club,tshirt
1042,⦗n:Wamancha⦘,⦗n:Chillitupa⦘,⦗b:1988-10-03⦘,M,⦗m:wamancha.chillitupa@protonmail.com⦘,⦗t:+1 720 384 1176⦘,US,Mile High Striders,L
1043,⦗n:Chaska-Illa⦘,⦗n:Accostupa⦘,⦗b:1992-01-27⦘,F,⦗m:chaskailla92@gmail.com⦘,⦗t:(303) 629-4480⦘,US,,S
1044,⦗n:Edgardo⦘,⦗n:Taquiri⦘,⦗b:1975-06-14⦘,M,⦗m:etaquiri@outlook.com⦘,⦗t:+54 9 11 3917-2204⦘,AR,Club Atlético Palermo Runners,M
1045,⦗n:Mwanajuma⦘,⦗n:Mwinyimvua⦘,⦗b:2000-12-09⦘,F,⦗m:mwanajuma.m@yahoo.com⦘,⦗t:+254 712 503 881⦘,KE,Eldoret Athletics,S`,
  },
  {
    lang: 'en',
    kind: 'rugby club committee minutes',
    source: `Riverside Vale RFC – Committee Meeting Minutes
Thursday 5 March 2026, 7.30pm, Clubhouse bar

Present: ⦗n:Jakez Le Moal⦘ (Chair), ⦗n:Paol Kerlann⦘ (Treasurer), ⦗n:Mikaela Bodiger⦘ (Secretary), ⦗n:Aitzol Oiartzabal⦘ (Youth), ⦗n:Maddi Iturbe⦘ (Welfare)
Apologies: ⦗n:Ainhize Uribarrena⦘

1. Minutes of the last meeting approved.
2. Treasurer's report: 212 paid-up members; 14 still owing subs. ⦗n:Paol⦘ to chase by email.
3. Safeguarding: ⦗n:Maddi Iturbe⦘ reported one concern (details held separately, not minuted). DBS renewals due for 6 coaches.
4. Pitch hire: the under-12s move to Sunday mornings. Contact for the council groundsman goes via the club office.
5. AOB: new welfare officer mobile for parents is ⦗t:07942 118 604⦘ (⦗n:Maddi⦘'s own phone until the club phone arrives).

Next meeting 2 April 2026. Minutes taken by ⦗n:M. Bodiger⦘.`,
  },
  {
    lang: 'en',
    kind: 'squad list surname first',
    source: `Netball Super Schools Cup – Squad Declaration (Year 10)
School: St Columba's Academy, Leeds

SURNAME, Forename            DOB
⦗n:MAGWENTSHU, Lwazikazi⦘        ⦗b:14/02/2011⦘
⦗n:NJOKWENI, Nomakhosazana⦘      ⦗b:30/06/2011⦘
⦗n:QOTOLE, Xolisile⦘             ⦗b:09/09/2010⦘
⦗n:Mthiyane, Snenhlanhla⦘        ⦗b:22/11/2010⦘
⦗n:Cebekhulu, Sibongiseni⦘       ⦗b:03/05/2011⦘

Team manager: ⦗n:Mbotshelwa, Mzukisi⦘ – on the day ⦗t:07415 882 301⦘
Parental consent forms held by the school office.`,
  },
  {
    lang: 'en',
    kind: 'sports injury clinic intake form',
    source: `Harbourside Sports Injury Clinic – New Patient Form

Forename(s): ⦗n:Atharva⦘
Surname: ⦗n:Shirolkar⦘
D.O.B.: ⦗b:5th Jan 1993⦘
Postal address: ⦗h:Shivaji Park Road, 41, Dadar West, Mumbai 400028⦘ (temporary UK address below)
UK address while on contract: ⦗h:88 Gladstone Road, Liverpool L4 0TH⦘
Mobile no.: ⦗t:+91 98214 60733⦘
E-mail (for invoices): ⦗m:atharva.shirolkar@rediffmail.com⦘
Sport / level: cricket, county 2nd XI, right-arm fast
Referred by: ⦗n:Aboli Ghaisas⦘ (club physio)
Presenting complaint: lower back pain on bowling, 3 weeks`,
  },
  {
    lang: 'en',
    kind: 'gym accident incident report',
    source: `INCIDENT REPORT – PulseFit Denver Larimer
Ref: INC-2026-0317-02    Logged: 03/17/2026 18:56    Duty manager: ⦗n:Clever Cusipaucar⦘

Person involved: ⦗n:Jhunior Huamancayo⦘ (member #DEN-48812)
DOB: ⦗b:07/29/1986⦘    Phone: ⦗t:(720) 418-6625⦘
Address on file: ⦗h:1642 Larimer St, Denver, CO 80205⦘

What happened: member slipped on the platform while re-racking a barbell (approx. 100 kg). Cut to left shin, no loss of consciousness.
First aid: ⦗n:Marleni Vilcapoma⦘ (trainer, first-aid cert. exp. 09/2027) cleaned and dressed the wound.
Witness: ⦗n:Rosmery Ñaupari⦘, ⦗m:rosmery.naupari@icloud.com⦘
Follow-up: platform anti-slip mat replaced 03/18. CCTV clip saved (cam 3, 18:41–18:47).`,
  },
  {
    lang: 'en',
    kind: 'membership refund letter',
    source: `⦗n:Kastytis Tamulevičiūtė⦘
⦗h:41 Cardigan Street, Leeds LS6 3BJ⦘
⦗t:+44 7852 330 918⦘

The Membership Secretary
Kirkstall Lawn Tennis Club

16 January 2026

Dear Membership Secretary,

I moved abroad in December and asked to freeze my membership, but the annual fee of £385 was taken on 2 January. Please refund it to my account, ⦗i:GB g⦘, or, if that is easier for you, to the card it was originally paid with (⦗c: ⦘).

Yours faithfully,

⦗n:Kastytis Tamulevičiūtė⦘
Membership no. 10472`,
  },
  {
    lang: 'en',
    kind: 'club office notice look-alikes only',
    source: `KIRKSTALL LAWN TENNIS CLUB – Office notice, season 2026

Club office: 0113 496 0732 (Tue/Thu 10:00–14:00) · info@kirkstall-ltc.org.uk · bookings@kirkstall-ltc.org.uk
Registered address: Clubhouse, Kirkstall, Leeds (company no. 04418821)

Subscriptions are collected by Direct Debit. Our SEPA creditor identifier for members with euro accounts: DE81ZZZ00002290815.
UK members: Barclays, sort code 20-00-00, account 13314022, reference = membership number (e.g. MG-0004411).
Alternative account: GB81 NWBK 6016 1331 4022 77.

Court booking PINs are reset every 1 April. Ball machine hire £6/hour, receipt numbers start R-26-.
Deliveries for the pro shop: tracking numbers from Parcelforce begin with the order number, e.g. PF-2026-11873.`,
  },
  {
    lang: 'en',
    kind: 'ticket order confirmation look-alikes only',
    source: `Your order is confirmed – Order #TK-88147203

Event: Northern Lakes Marathon Expo + Pasta Party
Date: Saturday 18 April 2026, doors 17:00
Order placed: 2026-02-27T10:41:33Z    Payment ref: pi_3Ob92LxK1s7fQ2
Tickets: 2 × Adult (£14.00), 1 × Child (£7.00) – barcodes 4006381 333931, 4006381 333948, 4006381 333955
Paid with card ending 4417 (Visa)

Need help? support@northernlakesmarathon.com or call our box office 0161 496 0250.
Merchant: Northern Lakes Events Ltd, VAT GB 293 4412 07.
Refunds: up to 14 days before the event, minus a £1.50 booking fee. Transaction id 7f3c9a14-22be-4d0e-9c51-8b2e41f0a6d3.`,
  },
  {
    lang: 'en',
    kind: 'referee appointments pipe table',
    source: `| Fixture | Date | Referee | Ref email | Ref mobile |
|---|---|---|---|---|
| Eastside Utd v Port Rovers | 21/03 | ⦗n:Licán Collipal⦘ | ⦗m:lican.collipal@refs-sra.org⦘ | ⦗t:0421 708 336⦘ |
| Harbour City v Northbridge | 21/03 | ⦗n:Huenchu Llancaleo⦘ | ⦗m:huenchu.ll@bigpond.com⦘ | ⦗t:+61 412 553 907⦘ |
| Bondi Wanderers v St Kilda | 22/03 | ⦗n:Rewe Huaiquil⦘ | ⦗m:rewe.huaiquil@outlook.com.au⦘ | ⦗t:0438 220 614⦘ |

Assessor for all three: ⦗n:Likanrayen Curiñir⦘. Match reports to appointments@refs-sra.org within 48 hours.`,
  },
  {
    lang: 'en',
    kind: 'doping control notification German athlete',
    source: `OUT-OF-COMPETITION TEST – Athlete Notification Record
Testing authority: NADA Germany   Sample collection authority: contracted DCO team
Mission no. OOC-26-1183   Location: athlete's residence   Time of notification: 06:41

Athlete: ⦗n:Dovydas Butkevičienė⦘   Sport: rowing (LM2x)
Date of birth: ⦗b:2 August 1998⦘
Identification shown: German identity card no. ⦗k:⦘
Residence (whereabouts slot 06:00–07:00): ⦗h:Ruderclubstraße 14, 24105 Kiel⦘
Athlete mobile: ⦗t:0151 7730 2281⦘

Sample codes: urine 4172305, blood 4172306. Athlete's representative present: none. Comments: none.`,
  },
  {
    lang: 'en',
    kind: 'transfer payroll onboarding sheet',
    source: `Player Onboarding – Payroll (club HR, confidential)

Player: ⦗n:Rimvydas Čiurlionytė⦘
Contract start: 01/07/2026, German tax residence from 01/07/2026
Date of birth: ⦗b:19.03.2002⦘
German tax ID (Steuer-ID): ⦗x:g⦘
Pension insurance no. (Rentenversicherungsnummer): ⦗s:19032002 Čiurlionytė m⦘
Passport (German): ⦗r:⦘
Salary account: ⦗i:DE⦘
Private address: ⦗h:Sportplatzweg 40, 33100 Paderborn⦘
Private email: ⦗m:rimvydas.ciurlionyte@gmail.com⦘

Agent fee invoice goes to the agency, not to the player. HR contact: payroll@sc-paderborn-ost.de.`,
  },
  {
    lang: 'en',
    kind: 'fitness app new sign-in alert',
    source: `Subject: New sign-in to your StrideLog account

Hi ⦗n:Setsuna⦘,

we noticed a new sign-in to your account ⦗m:setsuna.hanamura@docomo.ne.jp⦘.

When: 2026-03-02 22:17 (JST)
Device: Chrome on Windows
IP address: ⦗a:126.77.201.14⦘
Approximate location: Shinjuku-ku, Tokyo

If this was you, you can ignore this email. If not, reset your password and check your linked Garmin device (device id 3F9A-22C1-7E04).
Previous sign-in: 2026-02-27 07:05 from ⦗a:2400:4050:a2e1:6b00:9d3:11ff:fe42:8c17⦘

– The StrideLog Security Team · security@stridelog.app`,
  },
  {
    lang: 'en',
    kind: 'volunteer signup form submission',
    source: `New form submission: Cape Town Trail Festival – Volunteer Sign-up
Submitted 2026-01-08 09:31:12 SAST · Entry #442 · Source IP ⦗a:105.184.33.219⦘

Your name: ⦗n:Sbonelo Myeni-Sibiya⦘
Preferred name on badge: ⦗n:Sbo⦘
Birthday (volunteers must be 16+): ⦗b:1 September 2007⦘
Cellphone: ⦗t:082 731 4409⦘
Street address: ⦗h:27 Main Road, Rondebosch 7700⦘
Emergency contact (name & number): ⦗n:Qhawekazi Mkhwanazi-Nxumalo⦘, ⦗t:+27 84 602 1178⦘
Roles: water station, finish line
T-shirt size: M
I agree to the volunteer code of conduct: ✔`,
  },
];
