import type { HandSource } from './markup.js';

/** English hand-written documents of set 36, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'gym membership application',
    source: `IronGate Fitness – Membership Application

Full name: ⦗n:Thitipong Chantarasiri⦘
Date of birth: ⦗b:04/17/1990⦘
Home address: ⦗h:2214 Lakeview Ave, Minneapolis, MN 55408⦘
Cell: ⦗t:(612) 874-3390⦘
Email: ⦗m:thitipong.c@outlook.com⦘
Emergency contact: ⦗n:Oraphin Chantarasiri⦘ (spouse), ⦗t:(612) 874-3391⦘

Plan: Annual, billed monthly $49 to card ⦗c: ⦘
Signed at the front desk, 01/06/2026.`,
  },
  {
    lang: 'en',
    kind: 'youth football registration with medical notes',
    source: `Riverside Youth Football League – Player Registration 2026

Player: ⦗n:Luyolo Mafuya⦘   DOB: ⦗b:2015-09-02⦘   Division: U11
Parent/guardian: ⦗n:Phumeza Ngxokolo⦘
Address: ⦗h:1880 SE Belmont St, Portland, OR 97214⦘
Phone: ⦗t:+1 503 267 4481⦘   Email: ⦗m:phumeza.ngxokolo@gmail.com⦘

Medical: mild asthma, inhaler in kit bag. Allergies: none known.
Photo consent: yes. Volunteer interest: snack rota, referee course.`,
  },
  {
    lang: 'en',
    kind: 'marathon entry confirmation',
    source: `Northern Lakes Marathon – Entry Confirmation

Dear ⦗n:Nkemakonam⦘,

thank you for entering the 2026 Northern Lakes Marathon. Your race number is 41187, wave C.
Name on bib: ⦗n:NKEMAKONAM OJIAKOR⦘
Emergency contact given: ⦗n:Udochukwu Obidigbo⦘, ⦗t:+234 803 419 2276⦘
Collect your pack at the Expo with photo ID. Changes to your entry: membership@nl-marathon.org.uk

See you at the start line!`,
  },
  {
    lang: 'en',
    kind: 'stadium banning order notice',
    source: `NOTICE OF FOOTBALL BANNING ORDER
Magistrates' Court, case 2026/FBO/0178

Respondent: ⦗n:Mzukisi Sotyato⦘
Date of birth: ⦗b:19 June 1994⦘
Address: ⦗h:73 Gladstone Road, Liverpool L4 0TH⦘

The court made a banning order for a period of 3 years under the Football Spectators Act 1989. The respondent must surrender his passport at a police station five days before any regulated match abroad and report as directed by the Football Banning Orders Authority.`,
  },
  {
    lang: 'en',
    kind: 'player agent representation agreement',
    source: `REPRESENTATION AGREEMENT

This agreement is made between ⦗n:Edwar Agudelo Bedoya⦘ ("the Agent"), licensed intermediary, of ⦗h:Rua Palestra Itália, 214, 05005-030 São Paulo - SP⦘, and ⦗n:Jhonatan Estiven Mosquera Palacios⦘ ("the Player"), born ⦗b:1 February 2004⦘.

1. The Agent shall represent the Player in negotiations with clubs in Europe and South America.
2. Commission: 5 % of the Player's gross basic salary.
Agent contact: ⦗m:edwar.agudelo@futbolpro-agency.com⦘ · ⦗t:+55 11 98812-4407⦘`,
  },
  {
    lang: 'en',
    kind: 'sports physiotherapy discharge letter',
    source: `Southern Cross Sports Physio – Discharge Summary

Patient: ⦗n:Rangimārie Tūtara⦘, netball (goal defence), DOB ⦗b:22/03/2001⦘
Referred by: Dr ⦗n:Tāne-Mahuta Hōtene⦘

Diagnosis: grade II lateral ankle sprain, right. 8 sessions completed; hop tests symmetrical.
Return to play: cleared for full training from 16 March.
Therapist: ⦗n:Mikaela Kermarrec⦘, ⦗m:m.kermarrec@scsphysio.com.au⦘`,
  },
  {
    lang: 'en',
    kind: 'anti-doping whereabouts failure letter',
    source: `Athletics Kenya / Athletics Integrity Unit
Notice of Apparent Whereabouts Failure

Athlete: ⦗n:Mwanaidi Mwakasege⦘, 10,000 m, RTP
Filed overnight address: ⦗h:Moi Avenue 88, 30100 Eldoret⦘
Mobile on file: ⦗t:+254 712 508 933⦘

On 04 February 2026 a Doping Control Officer attempted a test during your 60-minute slot (05:00–06:00) at the address above. You were not present. You may respond within 14 days at integrity@athletics-aiu.example.`,
  },
  {
    lang: 'en',
    kind: 'volunteer marshal roster',
    source: `Cascadia Trail 50K – Marshal Roster

Aid station 2 (mile 11):  ⦗n:Rumiñawi Tintaya⦘ ⦗t:(206) 418-2290⦘, ⦗n:Waykuy Apumayta⦘ ⦗t:(206) 418-7734⦘
Aid station 3 (mile 19):  ⦗n:Hiruni Siriwardena⦘ ⦗t:(503) 960-1187⦘
Sweep runners: ⦗n:Suphansa Thepsuwan⦘ and ⦗n:Worawut Kongkaew⦘
Radio lead: ⦗n:Setsuna Kanazashi⦘ – channel 4, backup ⦗t:(206) 771-4020⦘

Please arrive 45 minutes before your station opens.`,
  },
  {
    lang: 'en',
    kind: 'club dues direct debit mandate',
    source: `Harbourside Rowing Club – Direct Debit Instruction

Member: ⦗n:Sverrisvin Hoydalstún⦘, membership no. MG-1147702
Account holder: ⦗n:Sverrisvin Hoydalstún⦘
IBAN: ⦗i:GB g⦘
Address: ⦗h:41 Copper Lane, Sheffield S2 4QX⦘

Annual subscription £340, collected in 12 instalments. Reference on your statement: HRC-SUBS.`,
  },
  {
    lang: 'en',
    kind: 'season ticket renewal email',
    source: `From: ⦗m:masaharu.tomonaga@icloud.com⦘
To: ticketing@harbourside-fc.co.uk
Subject: Season ticket renewal – seats 14 and 15, block J

Hi,
I'd like to renew both seats for 2026/27. Seat 14 is mine (⦗n:Masaharu Tomonaga⦘, DOB ⦗b:30/09/1968⦘), seat 15 my daughter ⦗n:Miharu Tomonaga⦘ moves to the junior adult price.
Please charge the card ending 4471 as last year.
Thanks, ⦗n:Masaharu⦘
⦗t:07942 318 552⦘`,
  },
  {
    lang: 'en',
    kind: 'tournament accreditation list',
    source: `World Masters Badminton – Accreditation Export (Team NZ)

Name | Role | Passport
⦗n:Whetūmārama Mōkena⦘ | athlete | ⦗r:⦘
⦗n:Nikora Te Maro⦘ | athlete | ⦗r:⦘
⦗n:Hineāmaru Rangitāiki⦘ | team manager | ⦗r:⦘

Note: German passports here are held by dual nationals; NZ passports are not collected by the organiser.`,
  },
  {
    lang: 'en',
    kind: 'coach safeguarding incident report',
    source: `Safeguarding Incident Report – Confidential

Club: Southern Cross Netball Association, Richmond branch
Reported by: ⦗n:Pasindu Liyanage⦘ (coach), ⦗t:0412 660 381⦘
Child concerned: ⦗n:Nadeesha Kumarasiri⦘, age 12
Date: 9 February 2026, after training

The child disclosed that an adult spectator had messaged her privately on a social app. Parent ⦗n:Janaka Kumarasiri⦘ informed at 19:40. Screenshots kept by the parent. Referred to the state member protection officer.`,
  },
  {
    lang: 'en',
    kind: 'league fixture announcement',
    source: `Division 2 Fixtures – Round 7

Saturday 14 March
10:00  Bayside Hawks v Eastern Rangers (Court 3)
11:30  Northcote Flames v Harbour City (Court 1)
13:00  Western Storm v Riverside Blaze (Court 3)

All umpires to check in 30 minutes before the first bounce. Results to be entered in the league app by 18:00 on match day. Bye: Southern Districts.`,
  },
  {
    lang: 'en',
    kind: 'gym data subject access request',
    source: `Subject: Data subject access request
From: ⦗m:kanyarat.sukjai@proton.me⦘

To the data protection officer of IronGate Fitness,
under Article 15 GDPR I request a copy of all personal data you hold on me: ⦗n:Kanyarat Sukjai⦘, member since 2022, born ⦗b:8 May 1985⦘, address ⦗h:57 Cardigan Street, Leeds LS6 3BJ⦘.
This includes check-in logs with timestamps, door-camera stills and any body-composition scans. The app logged me in from ⦗a:178.238.14.92⦘; please also state which devices you have recorded.`,
  },
  {
    lang: 'en',
    kind: 'transfer medical results',
    source: `Pre-transfer medical – summary for the sporting director

Player: ⦗n:Hrishikesh Ghaisas⦘ (⦗b:1998/12/03⦘)
Examining physician: Dr ⦗n:Pranjali Kanitkar⦘, ⦗m:pranjali.kanitkar@sportsmed-mumbai.in⦘
Findings: cardiac screening normal; old MCL strain left knee, fully healed; MRI clean.
Recommendation: pass.
Agent present: ⦗n:Swapnil-Nachiket Abhyankar⦘, ⦗t:+91 98204 11763⦘`,
  },
  {
    lang: 'en',
    kind: 'club WiFi and door log complaint',
    source: `Ticket #5521 – Clubhouse door controller

Member ⦗n:Armenak Tadevosyan⦘ could not badge in on Sunday. The controller log shows repeated denials from his phone's app session at ⦗a:2a01:598:b31c:7e2::4d⦘, then a success from the clubhouse WiFi (internal 10.20.0.0/16).
Fix: re-issued the key. Member informed by phone, ⦗t:+47 412 80 337⦘.
Also seen: a card ⦗c:⦘ used at the bar terminal under his account – forwarded to the treasurer.`,
  },
];
