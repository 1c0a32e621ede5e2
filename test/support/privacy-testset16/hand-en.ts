import { card, doc, ib, tax } from './hand-values.js';
import type { HandDoc } from './hand-de.js';
import { pensionNumber } from './values.js';

const en = (kind: string, source: string): HandDoc => ({ lang: 'en', kind, source });

export const HAND_EN: HandDoc[] = [
  en(
    'client-intake-email',
    `From: ⁅n:Geraint Probert⁆ <⁅em:g.probert@btinternet.com⁆>
To: newclients@fenwickbright-law.co.uk
Subject: Deposit dispute
My landlord has kept my £1,450 deposit. My address is ⁅ad:14 Cowslip Close, Norwich NR2 1HS⁆, mobile ⁅ph:07712 448190⁆.`,
  ),
  en(
    'engagement-letter',
    `Dear Mr ⁅n:Probert⁆,
Thank you for instructing Inchbald Tollemache LLP. Your matter will be handled by ⁅n:Jeltje Haitsma⁆ (direct line ⁅ph:+44 1603 772 104⁆).
Our fees are £240 per hour plus VAT. Yours sincerely, Client Services`,
  ),
  en(
    'scottish-lasting-poa',
    `CONTINUING AND WELFARE POWER OF ATTORNEY (Scotland)
I, ⁅n:Douwe Siebenga⁆, born ⁅bd:4 June 1950⁆, residing at ⁅ad:27 Braid Crescent,
Edinburgh EH10 6AX⁆, appoint my daughter ⁅n:Tjalling Siebenga⁆ as my attorney.
Certificate signed by solicitor ⁅n:Lesedi Tlhabane⁆, Lumsden & Co WS.`,
  ),
  en(
    'employment-tribunal-claim-notes',
    `ET1 prep – call notes 01/12
Claimant: ⁅n:Cynan Rhydderch⁆, dismissed 30/10 after 6 yrs, ⁅ph:029 2034 1188⁆
Respondent: Mostyn Haulage Ltd, Cardiff
ACAS early conciliation cert R160/44/26 received. Time limit: 29 Jan.`,
  ),
  en(
    'employment-settlement-agreement',
    `SETTLEMENT AGREEMENT (without prejudice, subject to contract)
Between Probert Logistics Ltd and ⁅n:Sioned Gwynfor⁆ of ⁅ad:8 Quarry Hill Terrace, York YO31 7EL⁆.
The Employer shall pay £12,000 into the account ⁅ib:${ib('GB', 'NWBK60161331926819')}⁆ within 14 days.`,
  ),
  en(
    'family-court-position-statement',
    `IN THE FAMILY COURT AT YORK   Case No. YO26F00412
POSITION STATEMENT on behalf of the mother, ⁅n:Rudzani Nemavhola⁆
The child ⁅n:Livhuwani Nemavhola⁆ (born ⁅bd:12/09/2017⁆) lives with the mother.
The father, ⁅n:Ndivhuwo Nemavhola⁆, seeks alternate weekends.`,
  ),
  en(
    'court-hearing-transcript',
    `[10:02] CLERK: All rise. Case CV-2026-004417, ⁅n:Yazzie⁆ versus Cottonwood Property LLC.
[10:03] JUDGE ⁅n:Benally⁆: Counsel, appearances please.
[10:03] MS ⁅n:Nizhoni Tsosie⁆: For the plaintiff, ⁅n:Ahiga Yazzie⁆, who is present.
[10:04] MR ⁅n:Doba Manygoats⁆: For the defendant, Your Honor.`,
  ),
  en(
    'small-claims-summons-us',
    `SUMMONS – SMALL CLAIMS, District Court of Ada County
Plaintiff: ⁅n:Hastiin Begay⁆, ⁅ad:2917 Juniper Hollow Rd, Boise, ID 83702⁆
Defendant: Saddleback Auto Repair LLC
You must appear on January 21, 2027 at 9:00 a.m. Call the clerk at ⁅ph:(208) 287-6900⁆ with questions.`,
  ),
  en(
    'canadian-legal-aid-application',
    `Legal Aid Saskatchewan – Application
Applicant: ⁅n:Saskamoose, Wapun⁆   DOB: ⁅bd:1988-03-17⁆
Address: ⁅ad:4127 Wascana Parkway, Regina, SK S4S 6T2⁆
Phone: ⁅ph:+1 306-522-4471⁆   Email: ⁅em:wapun.saskamoose@shaw.ca⁆
Matter: family – parenting time. Band member: Yes`,
  ),
  en(
    'canadian-will-excerpt',
    `LAST WILL AND TESTAMENT of ⁅n:Kisik Ahenakew⁆ of Calgary, Alberta
I appoint my brother ⁅n:Takwakin Ahenakew⁆ executor. I leave my truck to my niece ⁅n:Niska Bellegarde⁆.
Witnessed by ⁅n:Pipon Kakakaway⁆ and a commissioner for oaths.`,
  ),
  en(
    'za-deceased-estate-notice',
    `DECEASED ESTATE NOTICE – Estate Late ⁅n:Marthinus Oosthuizen⁆
ID no. withheld. Date of death: 08/11/2026. Last address: ⁅ad:17 Jacaranda Street, Hatfield, Pretoria, 0083⁆.
Creditors and debtors are called upon to lodge claims within 30 days with the executor, Badenhorst Wessels Inc., Protea Avenue, Pretoria.`,
  ),
  en(
    'za-heirs-schedule',
    `LIQUIDATION AND DISTRIBUTION ACCOUNT – Estate Late ⁅n:Marthinus Oosthuizen⁆
Heir                      Share     Amount (R)
⁅n:Oosthuizen, Elmarie⁆       50%       612,400.00
⁅n:Vermaak, Lizelle⁆          25%       306,200.00
⁅n:Grobbelaar, Stoffel⁆       25%       306,200.00`,
  ),
  en(
    'za-debt-review-form',
    `DEBT REVIEW APPLICATION (Form 16, National Credit Act)
Consumer: ⁅n:Mthokozisi Gumede⁆   Cell: ⁅ph:082 615 2290⁆
Residential address: ⁅ad:9 Marula Crescent, Durban, 4001⁆
Credit card to be included: ⁅cc:${card('524183051276633')}⁆
Debt counsellor: ⁅n:Yonela Qwabe⁆, ⁅em:yonela@debthelpsa.co.za⁆`,
  ),
  en(
    'sheriff-return-of-service',
    `RETURN OF SERVICE – Sheriff, Durban Central
I served the summons on ⁅n:Nompumelelo Ntuli⁆ personally at ⁅ad:33 Vygie Lane, Durban, 4001⁆ on 01/12/2026 at 14:20.
Nature explained. Fee: R 412.00.`,
  ),
  en(
    'sg-recruitment-profile',
    `Candidate Profile – LegalTalent Asia Pte Ltd
Name: ⁅n:Koh Geok Choo⁆ (Ms)
Mobile: ⁅ph:+65 9123 4567⁆  Email: ⁅em:geokchoo.koh@singnet.com.sg⁆
Address: ⁅ad:Blk 412 Bedok North Ave 2, #07-145, Singapore 460412⁆
Seeking: conveyancing secretary; expected salary SGD 4,200`,
  ),
  en(
    'sg-employment-pass-reference',
    `Reference check – placement #SG-16-0927
Candidate: ⁅n:Khairul bin Zainal⁆
Referee: ⁅n:Zulaikha binte Hashim⁆, Office Manager, tel ⁅ph:6789 2210⁆
Comments: punctual, handled court filings on eLitigation independently.`,
  ),
  en(
    'sg-family-justice-affidavit',
    `AFFIDAVIT OF ASSETS AND MEANS – Family Justice Courts
I, ⁅n:Iskandar bin Mokhtar⁆, of ⁅ad:Blk 731 Jurong West St 91, #12-210, Singapore 640912⁆, make oath and say:
My monthly salary is SGD 5,800. My DBS account balance is SGD 12,300.`,
  ),
  en(
    'agency-payslip-uk',
    `PAYSLIP – Brightwell Temps Ltd – week 48
Employee: ⁅n:Ojārs Liepiņš⁆    NI no. withheld
Assignment: Haverstock Solicitors, Norwich
Net pay £612.40 paid to ⁅ib:${ib('GB', 'BARC20325370561288')}⁆`,
  ),
  en(
    'recruiting-cv-en',
    `CURRICULUM VITAE
⁅n:Nedunchezhiyan Sivagnanam⁆
⁅ad:71 Wharfside Mews, Bristol BS6 5DW⁆ | ⁅ph:07401 330912⁆ | ⁅em:nedun.siva@outlook.com⁆
Date of birth: ⁅bd:23 October 1991⁆
2020–2026 Legal Executive, Haverstock Solicitors (probate and estates)`,
  ),
  en(
    'german-worker-placement-file',
    `Placement file – seasonal legal interpreter (Germany → UK)
Name: ⁅n:Wiebe Hylkema⁆, German passport ⁅pp:${doc('F7KLR2H9N')}⁆
German tax id: ⁅tx:${tax('3620781953')}⁆
German pension no.: ⁅sv:${pensionNumber('65', 5, 11, 84, 'H', '21')}⁆
Right-to-work check done 01/12/2026 by ⁅n:Masego⁆ (HR).`,
  ),
  en(
    'probate-application-notes',
    `Probate – file note 02/12
Deceased: ⁅n:Dolkar Wangmo⁆, d. 12/11/2026. Executor: ⁅n:Sonam Tsering⁆, ⁅ph:+44 7934 118820⁆.
Will dated 2019; German ID card of the executor checked: ⁅id:${doc('T22NKL8PV')}⁆.
Next: IHT400, grant application online (client IP on consent log ⁅ip:81.149.202.33⁆).`,
  ),
  en(
    'funeral-home-arrangement',
    `Cedar Grove Funeral Home – Arrangement record
Deceased: ⁅n:Pa Nhia Vang⁆, born ⁅bd:March 3, 1948⁆, St Paul, MN
Next of kin: ⁅n:Tou Fue Vang⁆ (son), ⁅ph:(651) 644-2290⁆, ⁅em:toufue.vang@icloud.com⁆
Service at 11 am, Hmong funeral rites over three days.`,
  ),
  en(
    'obituary',
    `OBITUARY
⁅n:Thiri Hlaing⁆, 78, of Burlington, passed away peacefully on November 28.
She is survived by her husband ⁅n:Zaw Win Htet⁆ and daughters ⁅n:Nandar⁆ and ⁅n:Thandar Htet⁆.`,
  ),
  en(
    'estate-inventory-us',
    `INVENTORY AND APPRAISAL – Probate Court of Chittenden County
Estate of ⁅n:Aung Myo Lwin⁆, deceased   Docket 412-11-26 Cnpr
1. Residence, Burlington (see appraisal report)                     $312,000
2. Checking account ending 4471                                      $8,930
Fiduciary: ⁅n:Kyaw Zin Lwin⁆, ⁅ad:3310 Old Mill Pike, Burlington, VT 05401⁆`,
  ),
  en(
    'bailiff-visit-log',
    `Enforcement agent visit log – HCE/16/2207
01/12 08:10  Attended ⁅ad:52 Nettlebed Road, Kendal LA9 4QT⁆; debtor ⁅n:Ilmatar Rytkönen⁆ not in.
01/12 08:14  Notice of enforcement left. Called ⁅ph:01539 720418⁆, no answer.
02/12 17:30  Debtor rang back, offered £50 per month by card ⁅cc:${card('491761000012884')}⁆.`,
  ),
  en(
    'e-filing-access-log',
    `eFiling portal – access log (Ontario)
2026-12-02T09:14:07Z  user=⁅em:n.bellegarde@bellegardelaw.ca⁆  ip=⁅ip:142.112.40.19⁆  action=upload
2026-12-02T09:15:51Z  user=⁅em:n.bellegarde@bellegardelaw.ca⁆  ip=⁅ip:2607:fea8:1d60:9a00::21⁆  action=submit
2026-12-02T09:16:02Z  system  receipt sent`,
  ),
  en(
    'no-pii-hearing-list',
    `STATE COURTS OF SINGAPORE – HEARING LIST, Court 4B
09:00  MC/OC 4412/2026   pre-trial conference
10:30  DC/OC 1187/2026   assessment of damages
Dear Sir or Madam, parties are to attend 15 minutes early.`,
  ),
  en(
    'no-pii-practice-direction',
    `PRACTICE DIRECTION 16/2026 – County Court at Bristol
In the matter of the Estate of a deceased person, applications under CPR 57 are listed before the District Judge in chambers.
Refer to Art. 6(1)(f) UK GDPR for processing of party data.`,
  ),
  en(
    'no-pii-firm-brochure',
    `Dekker & Schuurman LLP — Estates and Trusts
Our probate team advises executors across Scotland and England.
Dear Sir or Madam, see our fee guide, Claim No. K16QZ001 is an example reference.`,
  ),
  en(
    'tenancy-notice-scotland',
    `NOTICE TO LEAVE – Private Residential Tenancy (Scotland)
To: ⁅n:Seonaid Cruickshank⁆, ⁅ad:5 Harbour Wynd, Aberdeen AB25 1XG⁆
Ground: landlord intends to sell (Ground 1). Leave by 28 February 2027.
Landlord's agent: Auchterlonie Lettings, 12 Union Street, Aberdeen.`,
  ),
  en(
    'debt-advice-chat',
    `[14:02] Adviser (⁅n:Tshepo⁆): Hi, can you confirm your name and date of birth?
[14:03] Client: ⁅n:Gaone Molefe⁆, ⁅bd:14/05/1986⁆
[14:03] Adviser (⁅n:Tshepo⁆): Thanks. Best number to reach you?
[14:04] Client: ⁅ph:+27 12 430 7781⁆`,
  ),
  en(
    'landlord-tenant-board-order',
    `Landlord and Tenant Board (Ontario) – ORDER, File No. TNL-16-04412
Landlord: Birchmount Holdings Inc.   Tenant: ⁅n:Sikwan Wapass⁆
The tenant shall pay arrears of $3,120.00 by January 15, 2027. Rental unit: ⁅ad:2281 Birchmount Rd, Unit 6, Toronto, ON M6K 3C3⁆.
Member: ⁅n:Mahihkan Cardinal⁆. Questions: 1-888-332-3234`,
  ),
];
