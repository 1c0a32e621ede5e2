import type { HandSource } from './markup.js';

const en = (kind: string, source: string): HandSource => ({ lang: 'en', kind, source: source.trim() });

/** English hand-written documents of set 19: research, archives, faith communities and clubs. */
export const HAND_EN: HandSource[] = [
  en(
    'Participant consent form (NHS trial site)',
    `
PARTICIPANT CONSENT FORM – Version 3.1, 12/05/2025
Study: BREATHE-UK (IRAS 318842)   Site: Royal Cornwall Hospital, Truro

Participant name: ⁅n:Jūratė Polglaze⁆
Date of birth: ⁅b:19/08/1957⁆
Address: ⁅h:4 Chapel Row, St Agnes, TR5 0SL⁆
Please initial each box:
[MP] I confirm I have read the information sheet dated 12/05/2025.
[MP] I agree that my GP, Dr ⁅n:Hanka Trevithick⁆, may be informed of my participation.
Person taking consent: ⁅n:Zeflik Rosevear⁆ (Research Nurse)
`,
  ),
  en(
    'Site delegation log (US)',
    `
DELEGATION OF AUTHORITY LOG – Site 104, Mayo Park Research Center, Rochester MN
Protocol CARDIO-7, NCT05988213

Name                 | Role             | Tasks     | Start
⁅n:Agnesia Galbraith⁆      | Sub-Investigator | 1,2,3,5   | 01-Jun-2025
⁅n:Hajnel Kivisild⁆       | CRC              | 4,6,7     | 01-Jun-2025
⁅n:Gustlik MacIver⁆       | Pharmacist       | 8         | 15-Jun-2025
PI signature: ⁅n:Rok Saarepuu⁆, MD     Direct line ⁅t:(507) 284-6310⁆
`,
  ),
  en(
    'Grant application personnel section (Ireland)',
    `
Research Ireland Frontiers Award – Section 4: Personnel

Lead applicant: Dr ⁅n:Urška Ní Vällik⁆, School of History, University College Cork
ORCID 0000-0001-9823-4415   Email: ⁅m:urska.nivallik@ucc.ie⁆
Named postdoctoral researcher: ⁅n:Matevž Ó Kruusmaa⁆ (PhD 2023, Galway)
Co-applicant: Prof ⁅n:Nuša Mac Cárthaigh⁆, Trinity College Dublin
Budget line 4.2: 1 × PhD stipend (€28,000 p.a.), student to be recruited.
`,
  ),
  en(
    'Lab notebook page (US)',
    `
Notebook #7 – p. 132        Date: 2025-10-08       Initials: R.P.

Exp 7-132: qPCR of IL6 in donor PBMCs (donor IDs D-0412, D-0419 only; no names here)
Master mix lot 4471; plate map as p. 131. Ct values in /shared/qpcr/2025-10-08.xlsx
Note: ⁅n:Jernej⁆ borrowed the 96-well adaptor – returned 4 pm.
Witnessed: ⁅n:Pau Zvaigzne⁆ 2025-10-09
`,
  ),
  en(
    "Reader's ticket application (online)",
    `
Reader Registration – pre-registration record
Submitted: 2025-11-02 14:07 GMT from ⁅a:86.154.22.97⁆

Title: Ms   Forename: ⁅n:Núria⁆   Surname: ⁅n:Ābele⁆
Date of birth: ⁅b:4 July 1992⁆
Home address: ⁅h:11 Heol y Coed, Aberaeron, SA46 0DL⁆
Email: ⁅m:nuria.abele@btinternet.com⁆
Research topic: Nonconformist chapel records of Ceredigion
Proof of address seen: ☒ utility bill ☐ bank statement
`,
  ),
  en(
    'Overdue notice public library (NZ)',
    `
Christchurch City Libraries – Overdue items

Kia ora ⁅n:Oriol Ziediņa⁆,
The following items on card 21990004417728 are now 14 days overdue:
  • "The Bone People" – due 28 Nov
  • "Māori Place Names" – due 28 Nov
Please return them to any library or renew online. Charges have not been applied yet.
We have this address for you: ⁅h:27 Tawhiri Street, Sydenham, Christchurch 8023⁆
`,
  ),
  en(
    'Museum loan agreement (private lender, US)',
    `
INCOMING LOAN AGREEMENT  L2026.004
Lender: ⁅n:Teodoro Grīnbergs⁆
Address: ⁅h:1418 Bernal Avenue, San Francisco, CA 94110⁆
Phone: ⁅t:(415) 555-0187⁆   Email: ⁅m:tgrinbergs@sbcglobal.net⁆
Object: Ifugao bulul (rice granary figure), wood, 19th c.
Insurance value: USD 12,000, wall to wall
Credit line: "Lent by the ⁅n:Grīnbergs⁆ family"
Courier required: ☐ yes ☒ no
`,
  ),
  en(
    'Donor gift record (Australia)',
    `
Gift record – Museum of Applied Arts and Sciences, Sydney
Donor: ⁅n:Quim Apsīte⁆ and ⁅n:Roser Apsīte⁆
Postal: ⁅h:8 Wattle Crescent, Glebe NSW 2037⁆
Item: Lamba akotifahana (silk burial cloth), Madagascar, c. 1930
Cultural Gifts Program valuation: AUD 4,500
Acknowledgement letter sent 3 March 2025
`,
  ),
  en(
    'Birth certificate request (genealogy)',
    `
Application for a certified copy of a birth entry – General Register Office
Name at birth: ⁅n:Hanka Kažociņš⁆
Date of birth: ⁅b:17th March 1902⁆
Place of birth: Redruth, Cornwall
Father's name: ⁅n:Peder Kažociņš⁆   Mother's maiden surname: ⁅n:Paulauskaitė⁆
GRO index reference: 1902 M Quarter, Redruth 5c 201
Applicant: ⁅n:Elowen Pascoe⁆, ⁅h:3 Lemon Quay, Truro, TR1 2LW⁆, ⁅m:elowen.pascoe@outlook.com⁆
`,
  ),
  en(
    'Baptism register extract (Church of Ireland)',
    `
Representative Church Body Library – Extract from the Register of Baptisms
Parish of Kilmore, Co. Cavan, Register 1889–1921, entry no. 214

Date of baptism: 9 April 1911
Child's name: ⁅n:Xosé Grigonis⁆
Born: ⁅b:21st March 1911⁆
Parents: ⁅n:Uxía⁆ and ⁅n:Brais Grigonis⁆, Derrylane, farmer
Sponsors: ⁅n:Antía Ó Vaičiulytė⁆
Extract prepared for ⁅n:Xurxo Mac Jurgelionis⁆, ⁅h:12 Farnham Street, Cavan H12 4851⁆
`,
  ),
  en(
    'Marriage register transcription (Scotland)',
    `
ScotlandsPeople – transcription (statutory marriage 1924, Portree)
1924 at Portree, after banns, according to the forms of the Church of Scotland
⁅n:Finlay MacPhail⁆, crofter (bachelor), age 27, Braes
⁅n:Iria Ochojski⁆, domestic servant (spinster), age 23, Sconser
Witnesses: ⁅n:Breogán MacLeod⁆, ⁅n:Gwenola-Erwan Brzęczek-Munro⁆
Ordered by: ⁅n:Rok MacPhail⁆ (granddaughter), ⁅m:rok.macphail@btopenworld.com⁆
`,
  ),
  en(
    'Family history enquiry to record office',
    `
To: archives@kernowarchives.example
Subject: ⁅n:Trelawny⁆ family, Liskeard, 1850s

Dear Archivist,
I am trying to find the burial of my 3x great-grandfather ⁅n:Kenan Trelawny⁆, born about ⁅b:1798⁆ — the
census gives his age but not a date. His daughter ⁅n:Demelza⁆ was born on ⁅b:2 February 1841⁆ at
Liskeard. Do the St Martin's registers survive for 1850–1860?
Many thanks,
⁅n:Talan Tremayne⁆
⁅t:+44 7712 480 966⁆
`,
  ),
  en(
    'Gift Aid declaration (church)',
    `
St Illtud's Parish Church – Gift Aid Declaration
I want to Gift Aid my donation of £_____ and any donations I make in the future or have made in the
past 4 years to St Illtud's PCC (charity no. 1130742).
Full name: ⁅n:Soazig Potočnik-Kovačič⁆
Home address: ⁅h:Ty Gwyn, 6 Church Lane, Llantwit Major, CF61 1SB⁆
Date: 06/04/2025
Standing order from account: ⁅i:GB g⁆
`,
  ),
  en(
    'Confirmation class registration (US parish)',
    `
St. Casimir Parish – Confirmation Registration 2026
Candidate: ⁅n:Tugdual Hribar⁆    DOB: ⁅b:03/22/2011⁆
Baptized at: Our Lady of Peace, Quezon City (certificate attached ☒)
Parent/guardian: ⁅n:Maiwenn Hribar⁆   Cell: ⁅t:(773) 555-0142⁆
Email: ⁅m:jhribar@yahoo.com⁆
Home: ⁅h:2210 W 51st Street, Chicago, IL 60609⁆
Sponsor: ⁅n:Goulven Kosmač⁆ (must be confirmed Catholic, age 16+)
`,
  ),
  en(
    'Mosque membership form (UK)',
    `
Green Lane Community Mosque – Membership Application
Full name: ⁅n:Nolwenn Vidmar⁆
Date of birth: ⁅b:1984-03-09⁆
Address: ⁅h:61 Ladypool Road, Birmingham, B12 8LA⁆
Mobile: ⁅t:07700 900 418⁆
Membership: ☒ family ☐ individual ☐ student
Spouse: ⁅n:Tova Vidmar⁆
Monthly contribution by direct debit from ⁅i:GB⁆
Declaration signed 12 Rabi' al-Thani 1447 / 4 October 2025
`,
  ),
  en(
    'Synagogue membership renewal (US)',
    `
Congregation Beth Shalom – 5786 Membership Renewal
Member(s): ⁅n:Chana Finkelstein⁆ & ⁅n:Rivka Mandelbaum⁆
Address: ⁅h:310 Linden Avenue, Highland Park, NJ 08904⁆
Yahrzeit to observe: ⁅n:Shmuel Finkelstein⁆ (father), 14 Adar
Dues tier: ☐ Young family ☒ Full ☐ Senior
Payment: Visa ending 4471 – authorised, see card on file
Questions: office (732) 555-0100
`,
  ),
  en(
    'Gurdwara donation receipt (UK)',
    `
Sri Guru Singh Sabha Southall – Donation Receipt No. 25-4418
Received with thanks from: ⁅n:Bracha Puigdomènech⁆
Address: ⁅h:14 Havelock Road, Southall, UB2 4NZ⁆
Amount: £1,100 (Langar seva, Vaisakhi)
Paid by card: ⁅c:s⁆
Gift Aid: ☒ yes
Sewadar: ⁅n:Baljinder⁆
`,
  ),
  en(
    'Rugby club membership form (Ireland)',
    `
Clontarf RFC – Membership Form 2025/26
Player name: ⁅n:Xosé Ó Fontanals⁆     Date of birth: ⁅b:11.03.2009⁆
Address: ⁅h:27 Vernon Avenue, Clontarf, Dublin D03 4821⁆
Parent/guardian: ⁅n:Antía Ó Fontanals⁆   Mobile: ⁅t:087 214 9953⁆
Medical conditions: asthma (inhaler in kit bag)
Payment: ☐ cash ☒ bank transfer to club account ☐ card
Garda vetting of coach ⁅n:Matevž Grigonis⁆ completed: ☒
`,
  ),
  en(
    'AGM minutes bowls club (NZ)',
    `
Karori Bowling Club Inc. – Minutes of the Annual General Meeting, 14 September 2025
Present: ⁅n:Andry Cardús⁆ (President), ⁅n:Tsiry Rangihau⁆ (Secretary), ⁅n:Haingo Waaka⁆,
⁅n:Moana Te Awa⁆, ⁅n:Nikau Te Sagarra⁆ and 17 members
Apologies: ⁅n:Fanja Vilariño⁆, ⁅n:Njaka Outeiro⁆

1. Minutes of the 2024 AGM confirmed (moved ⁅n:Waaka⁆, seconded ⁅n:Te Awa⁆).
2. Green-keeper's report: new irrigation installed, cost NZ$18,400.
3. Election: ⁅n:Cardús⁆ re-elected unopposed.
`,
  ),
  en(
    "Treasurer's report cricket club",
    `
Heaton Mersey Cricket Club – Treasurer's Report 2025
Income: subscriptions £14,220; bar £31,870; junior camps £6,410
Refunds paid:
  - ⁅n:Wayra Rodeiro-Castiñeira⁆ (cancelled tour) £350 to ⁅i:GB g⁆
  - ⁅n:Rajvir Seoane⁆ (overpaid subs) £95 to ⁅i:GB⁆
Club account: Co-operative Bank, sort code 08-92-99 (club's own)
Report prepared by ⁅n:Manjit Bouzas⁆, Hon. Treasurer
`,
  ),
  en(
    'Trustee declaration (charity)',
    `
Trustee eligibility declaration – Friends of the Canterbury Cathedral Archives
Trustee: ⁅n:Killa Kerbrat⁆
Date of birth: ⁅b:29 Jan 1969⁆
Residential address (not published): ⁅h:19 Best Lane, Canterbury, CT1 2JB⁆
I am not disqualified from acting as a charity trustee. ☒
Other trusteeships: Kent Archaeological Society
`,
  ),
  en(
    'Volunteer vetting form (scouts)',
    `
1st Aviemore Scouts – Volunteer Application (Disclosure Scotland PVG)
Name: ⁅n:Finlay Kivisild⁆
Previous surnames: none
Date of birth: ⁅b:1988-12-01⁆
Address: ⁅h:3 Grampian Road, Aviemore, PH22 1RH⁆
Referees: ⁅n:Hajnel Galbraith⁆ (⁅t:01479 810 553⁆), ⁅n:Gustlik Saarepuu⁆
`,
  ),
  en(
    'Conference travel reimbursement (postdoc)',
    `
Expense claim – ESHG Conference, Milan, 24–27 May 2025
Claimant: Dr ⁅n:Inti-Yupanqui Tanguy⁆, Wellcome Sanger Institute
Flight LHR–MXP £211.40, hotel €486.00, registration €690.00
Paid on personal card ⁅c:d⁆ – please reimburse to ⁅i:GB g⁆
Approved: ⁅n:Tupaq Quéméner⁆ (group leader)
`,
  ),
  en(
    'Adverse event report (US IRB)',
    `
IRB Unanticipated Problem Report – Protocol 2024-1187 (Univ. of Pittsburgh)
Subject ID: 1187-022   DOB: ⁅b:09/14/1949⁆   Sex: M
Event: fall with hip fracture on 2025-08-02, 3 days after dose escalation
Relatedness: possibly related
Reported by: ⁅n:Fernand Kervella-Guivarc’h⁆, CRC, ⁅m:fkervella@pitt.edu⁆, ⁅t:412-624-3391⁆
`,
  ),
  en(
    'Participant payment receipt (German participant)',
    `
King's College London – Participant Payment Receipt
Study: SLEEP-ACT (Ethics ref. HR/DP-24/25-4418)
I, ⁅n:Gáddja Oberprieler⁆, confirm receipt of £60 in Amazon vouchers for 3 study visits.
ID checked: German passport ⁅r:⁆
UK address during study: ⁅h:Flat 2, 14 Camberwell Grove, London SE5 8RE⁆
`,
  ),
  en(
    'Archive reading room registration (Netherlands)',
    `
Het Utrechts Archief – Reading room registration
Name: ⁅n:Froukje Feenstra⁆
Address: ⁅h:Oudegracht 231, 3511 NK Utrecht⁆
Email: ⁅m:froukje.feenstra@ziggo.nl⁆
Requested: Notarial archive 1800–1811, inv. nr. 1147
Photography permitted: ☒ (no flash)
`,
  ),
  en(
    'Choir phone tree',
    `
St Aldhelm's Choir – Phone Tree (snow days)
Director ⁅n:Jhemp Lieberman-Lloyd⁆ calls:
   ⁅n:Gusty Zilberstein⁆ (S) ⁅t:07911 204 338⁆ → ⁅n:Pieri Kornblum⁆ (B) ⁅t:01225 318 470⁆
   ⁅n:Catine Birnbaum⁆ (T) ⁅t:07833 551 906⁆ → ⁅n:Bepi-Tite⁆ (A) ⁅t:07460 889 121⁆
If you can't reach anyone, check the website.
`,
  ),
  en(
    'Parish newsletter birthdays (Australia)',
    `
St Brigid's Coogee – Parish Newsletter, December
Happy birthday to our parishioners:
  ⁅n:Vigjute Randriamahefa⁆ – 95 on ⁅b:3 December 1930⁆
  ⁅n:Nine Razafindrakoto⁆ – 90 on ⁅b:18 Dec 1935⁆
Morning tea after 9 am Mass. Volunteers for the Christmas flowers: see ⁅n:Bachisio⁆ at the back.
`,
  ),
  en(
    'Hiking club trip sign-up (Denmark)',
    `
Copenhagen International Hiking Club – Faroe Islands trip, 6–13 June 2026
Name: ⁅n:Rógvi Niclasen⁆
Passport (German): ⁅r:⁆
Emergency contact: ⁅n:Turið Andrianarisoa⁆, ⁅t:+45 28 71 44 09⁆
Home: ⁅h:Istedgade 88, 1650 København V⁆
Diet: ☒ vegetarian ☐ vegan ☐ none
Deposit DKK 1,500 paid from ⁅i:DE⁆ (German account)
`,
  ),
  en(
    'Museum shop refund (card)',
    `
Refund request – V&A Shop online order 8841-2207
Customer: ⁅n:Grazietta Rabemananjara⁆
Order paid with card ⁅c:⁆; item "Kimono catalogue" arrived damaged.
Delivery address: ⁅h:22 Ravelston Dykes, Edinburgh, EH4 3NY⁆
Refund to the original card approved by ⁅n:Efisio⁆ (Customer Care), 5 working days.
`,
  ),
  en(
    'Reading room hours notice',
    `
Special Collections Reading Room – Winter Hours
Monday–Friday 10:00–16:00; closed 23 December to 2 January.
Last orders for original material: 15:00.
Pencils only. Laptops and phones (silent) are welcome; cameras without flash.
Register at the front desk on your first visit.
`,
  ),
  en(
    'Published study abstract',
    `
Abstract (published)
Background: Community choirs are promoted for older adults, but trial evidence is thin.
Methods: Cluster-randomised trial (NCT05571024) in 18 care homes; 402 residents; 6 months.
Results: Loneliness scores fell by 1.9 points (95% CI 0.6–3.2); falls unchanged.
Conclusions: Choirs modestly reduce loneliness. ISBN of the proceedings 978-0-19-887412-3.
`,
  ),
  en(
    'Club fixture list',
    `
Kingsbridge Tennis Club – Winter League Fixtures
Sat 10 Jan  Men's A v Totnes (home) 13:00
Sat 17 Jan  Ladies' B v Dartmouth (away) 10:30
Sun 25 Jan  Mixed v Salcombe (home) 14:00
Courts 5 and 6 closed for resurfacing until February.
`,
  ),
];
