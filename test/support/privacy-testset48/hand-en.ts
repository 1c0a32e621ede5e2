import type { HandSource } from './markup.js';

/** English hand-written documents of set 48 (libraries, record offices and genealogy services in the UK, Ireland and the Netherlands), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'library membership online form confirmation',
    source: `Dundee Libraries – your membership is ready

Card number: LN-13820077
Name: ⦃n:Oighrigeag MacLeòidich⦄
Date of birth: ⦃b:22/06/1984⦄
Address: ⦃h:41 Perth Road, Dundee DD1 4HN⦄
Mobile: ⦃t:07712 448190⦄
Email: ⦃m:oighrigeag.macleoidich@btinternet.com⦄

Collect your card at Central Library (bring proof of address). Questions: renewals@dundee-libraries.example
or 01382 431500.`,
  },
  {
    lang: 'en',
    kind: 'overdue reminder email with reply',
    source: `From: ⦃n:Ailpeinach MacRuairidh⦄ <⦃m:ailpeinach.mr@outlook.com⦄>
To: renewals@dundee-libraries.example
Subject: Re: Items overdue – card LN-13820412

Hi,
the two books are in my car, I'll drop them in the returns box tonight. Could the fine be waived? I was in
hospital for a fortnight.
Thanks, ⦃n:Ailpeinach⦄

On 3 Feb 2026, at 09:00, Dundee Libraries <renewals@dundee-libraries.example> wrote:
> Dear borrower, the following items are 21 days overdue: "The Jute Barons"; "Tay Whale". Current fines £4.20.`,
  },
  {
    lang: 'en',
    kind: 'interlibrary loan request form',
    source: `INTERLIBRARY LOAN REQUEST (British Library Document Supply)

Request no.: FL-2026-00318
Requester: ⦃n:Calumachan Nic Cuithein⦄          Card: LN-13820551
Email: ⦃m:calumachan@proton.me⦄      Phone: ⦃t:+44 7790 112 834⦄
Title: Records of the Convention of Royal Burghs, vol. 4 (1677–1711)
Max. cost: £8.00 (paid at desk, receipt 55120)
Copyright declaration signed: yes, 12/02/2026`,
  },
  {
    lang: 'en',
    kind: 'search room registration card record office',
    source: `GLAMORGAN RECORD OFFICE – Search Room Reader's Ticket Application

Surname: ⦃n:Cadwaladrys⦄              Forename(s): ⦃n:Angharadwy⦄
Home address: ⦃h:12 Cathedral Road, Cardiff CF11 9LJ⦄
Date of birth: ⦃b:5 May 1958⦄
Identification seen: German passport ⦃r:⦄ (dual national), utility bill
Reader's ticket: GRO-26-0311, issued 14/01/2026, valid 4 years
Research interest: Llandaff parish registers, tithe apportionments`,
  },
  {
    lang: 'en',
    kind: 'certificate application GRO style',
    source: `Application for a copy of a birth entry (historic register)

Applicant: ⦃n:Rhodriwyn Meredyddon⦄, ⦃h:7 Penylan Terrace, Cardiff CF23 5HE⦄, ⦃t:029 2048 7731⦄
Person sought: ⦃n:Iolowerth Meredyddon⦄
Date of birth: ⦃b:11 November 1903⦄, Pontypridd
Father: ⦃n:Gruffuddyn Meredyddon⦄, collier; Mother: ⦃n:Bethanwy Meredyddon⦄ formerly ⦃n:Tudurwyn⦄
Reason: family history. Fee £12.50 by card ending 4417 (masked).
Our reference: ARC/1903/2210`,
  },
  {
    lang: 'en',
    kind: 'genealogy client enquiry email',
    source: `From: ⦃n:Kealamakiaʻi⦄ family <⦃m:noelani.kealamakiai@gmail.com⦄>
To: genealogy@corkarchives.example
Subject: Looking for my great-grandmother

Hello,
I'm researching ⦃n:Haunaniʻole Nāpuaʻokalā⦄, who (we think) was born in Cork on ⦃b:2 March 1889⦄ and sailed to
Honolulu about 1910. Do you hold emigration or parish records that might mention her? I can pay for a search.

Mahalo,
⦃n:Noelanimahina Kealamakiaʻi⦄
⦃h:1422 Ala Moana Boulevard, Honolulu HI 96814⦄`,
  },
  {
    lang: 'en',
    kind: 'genealogy research report summary',
    source: `Research report – client file GEN-26-044 (⦃n:Sionetevitaʻo Fifitaʻiloa⦄)

Findings:
1. Baptism of ⦃n:Kalolineʻa Taufaʻahaufa⦄ (born ⦃b:9 Jan 1902⦄), 14 Jan 1902, St Finbarr's, Cork (entry 77).
2. Marriage of the same to ⦃n:Pitaʻulukau Fifitaʻiloa⦄, seaman, 1924, Cobh.
3. No death entry in Cork before 1960; the couple likely emigrated (see passenger list query).
Time spent: 6.5 h at €40 = €260.00. Invoice to ⦃m:sione.fifitailoa@xtra.co.nz⦄.`,
  },
  {
    lang: 'en',
    kind: 'estate papers deposit agreement',
    source: `DEPOSIT AGREEMENT – Papers of the late ⦃n:Gwalchmaen Pryderchog⦄ (1931–2025)

Depositor: ⦃n:Cadfaelyn Pryderchog⦄ (executor), ⦃h:3 Heol y Bont, Cardiff CF14 1AB⦄
Record office: Glamorgan Record Office, Clos Parc Morgannwg, Leckwith, Cardiff CF11 8AW
Collection ref.: D1842; approx. 14 boxes (chapel records, correspondence, photographs)
Access: closed until 2050 for items naming living persons.
Signed 20/01/2026. Executor's contact: ⦃t:+44 7411 203 884⦄`,
  },
  {
    lang: 'en',
    kind: 'Friends of the Library gift aid declaration',
    source: `Gift Aid Declaration – Friends of Dundee Central Library (charity no. SC012345)

Title: Ms   First name: ⦃n:Dòmhnallag⦄   Surname: ⦃n:MacPhàidein⦄
Home address: ⦃h:88 Blackness Avenue, Dundee DD2 1JN⦄
I want to Gift Aid my donation of £50.00 and any donations I make in the future.
Date: 01/02/2026
Paid by card: ⦃c:s⦄ (authorised over the phone, please destroy this slip after processing)`,
  },
  {
    lang: 'en',
    kind: 'card refund chat with library shop',
    source: `Live chat – Het Utrechts Archief webshop – 10 Feb 2026
Visitor (⦃n:Sreymomny Chhorvanny⦄): I ordered the scan of the 1911 population register twice
Agent (Webshop): Sorry about that! Can you give me the order numbers?
Visitor (⦃n:Sreymomny Chhorvanny⦄): WS-88213 and WS-88214, paid with ⦃c:⦄
Agent (Webshop): Refunded WS-88214 (€7.50). It may take 5 working days.
Visitor (⦃n:Sreymomny Chhorvanny⦄): great, my email is ⦃m:sreymomny@ziggo.nl⦄ for the receipt`,
  },
  {
    lang: 'en',
    kind: 'volunteer onboarding form German employee',
    source: `Het Utrechts Archief – volunteer onboarding (transcription project "Notariële akten")

Name: ⦃n:Wakinyanzila Matohotanka⦄
Date of birth: ⦃b:17-08-1962⦄
Address: ⦃h:Twijnstraat 41, 3511 ZH Utrecht⦄
Phone: ⦃t:+31 6 4418 2093⦄
Volunteer allowance paid to: ⦃i:NL⦄
German tax ID (cross-border worker, for the annual statement): ⦃x:⦄
Emergency contact: ⦃n:Ptesanwinla Matohotanka⦄ (spouse), ⦃t:+31 6 2290 7715⦄`,
  },
  {
    lang: 'en',
    kind: 'IT incident note public PCs',
    source: `Incident INC-0219 – public PC 14, Central Library, 09/02/2026

Malware alert on PC14 (10.13.82.114) at 15:02. Session belonged to card LN-13820993 (⦃n:Bauyrzhanuly, Yerzhanbek⦄). The patron then logged into the
Wi-Fi with a laptop that got ⦃a:10.13.82.187⦄ and later from home (⦃a:86.151.40.22⦄) reported the alert through the contact form.
PC reimaged. Our proxy 10.13.82.3 blocked the callback domain.`,
  },
  {
    lang: 'en',
    kind: 'staff rota no personal data',
    source: `Search room rota – week 11 (generic posts, no names on the public copy)

Mon  09:00–13:00  Desk A (production)   Desk B (enquiries)
Tue  09:00–17:00  Desk A                 Desk B   + conservation studio open 14:00–16:00
Wed  closed for stocktaking
Thu  09:00–19:00  late opening, microfilm room until 18:30
Fri  09:00–16:00  Desk A                 Desk B
Orders: last order 30 minutes before closing. Ext. 2201 for the duty archivist.`,
  },
  {
    lang: 'en',
    kind: 'fees leaflet no personal data',
    source: `Family History Desk – charges 2026

Initial enquiry (up to 30 minutes): free
Commissioned research: €40 per hour, minimum one hour
Certified extract from parish registers: €15
Digital copy (JPEG, 300 dpi): €2.50 per image
Postage within Ireland: €3; overseas: €6

Payments: IE29 AIBK 9311 5212 3456 78 (Cork City and County Archives)
Email genealogy@corkarchives.example, phone +353 21 450 5886`,
  },
  {
    lang: 'en',
    kind: 'newsletter events no personal data',
    source: `CENTRAL LIBRARY NEWS – March 2026

* Tracing your ancestors: free drop-in sessions every Tuesday, 2–4 pm, Local History Centre.
* Book sale in the foyer 14–15 March; all proceeds to the children's library.
* New: digitised Dundee Courier 1861–1950 available on the public PCs.
* The lift to the Reference Library will be out of service 2–6 March.
Questions? Ask at any counter or call 01382 431500.`,
  },
  {
    lang: 'en',
    kind: 'hand-written notebook interlibrary cleaning',
    source: `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "id": "c41b0d9e-2f55-4a1a",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "       request_no            borrower                     email\\n",
       "12  FL-2026-00318  ⦃n:Calumachan Nic Cuithein⦄      ⦃m:calumachan@proton.me⦄\\n",
       "19  FL-2026-00402       ⦃n:Tamsinek Polglasek⦄  ⦃m:tamsinek.p@yahoo.co.uk⦄\\n"
      ]
     },
     "execution_count": 7,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "ill[ill.status == \\"overdue\\"][[\\"request_no\\", \\"borrower\\", \\"email\\"]]\\n"
   ]
  }
 ],
 "metadata": {
  "authors": [{"name": "⦃n:Morwennik Trelawnyth⦄"}],
  "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}`,
  },
  {
    lang: 'en',
    kind: 'nbconvert markdown export by hand',
    source: `# Duplicate borrowers

Author: ⦃n:Kenwynno Penhaligonny⦄

\`\`\`python
dups = borrowers[borrowers.duplicated(["last_name", "date_of_birth"], keep=False)]
dups[["card_no", "first_name", "last_name", "date_of_birth"]]
\`\`\`

|    | card_no     | first_name | last_name     | date_of_birth |
|---:|:------------|:-----------|:--------------|:--------------|
| 41 | LN-13820120 | ⦃n:Peranwyn⦄   | ⦃n:Rosewarnick⦄   | ⦃b:1990-04-17⦄    |
| 77 | LN-13821907 | ⦃n:Peranwyn⦄   | ⦃n:Rosewarnick⦄   | ⦃b:1990-04-17⦄    |

Merge into LN-13820120; 1 row removed.`,
  },
  {
    lang: 'en',
    kind: 'nbdime diff by hand genealogy client',
    source: `nbdiff clients.ipynb (HEAD) clients.ipynb
--- clients.ipynb (HEAD)  (no timestamp)
+++ clients.ipynb  2026-02-17 10:41:09.114402
## modified /cells/3/source:
@@ -1,2 +1,2 @@
 clients.loc[clients.client_id == "GEN-26-017", "email"] = (
-    "⦃m:mandlakhosi.n@gmail.com⦄")
+    "⦃m:mandlakhosi.ngcobozulu@eircom.net⦄")

## modified /cells/4/outputs/0/text:
-  GEN-26-017  ⦃n:Mandlakhosi Ngcobozulu⦄  open
+  GEN-26-017  ⦃n:Mandlakhosi Ngcobozulu⦄  invoiced`,
  },
  {
    lang: 'en',
    kind: 'Slack thread archivists',
    source: `#search-room  ·  Tuesday
⦃n:Yanabadzil⦄  10:14  anyone seen the reader who ordered D1842/3? she left her bag
⦃n:Etsittytuba⦄  10:15  that's ⦃n:Asdzáántó Begayetséhootsooí⦄, ticket GRO-26-0277, I'll ring her
⦃n:Etsittytuba⦄  10:16  ⦃t:07834 551207⦄ goes to voicemail, left a message
⦃n:Yanabadzil⦄  10:30  bag's in the safe, logged as LP-0212`,
  },
  {
    lang: 'en',
    kind: 'CSV borrowers housebound service',
    source: `card_no,name,address,phone,dob,delivery_day
LN-13820301,"⦃n:Shabalalandlovu, Nomathembaze⦄","⦃h:14 Clepington Road, Dundee DD3 7RT⦄",⦃t:01382 822190⦄,⦃b:1938-02-11⦄,Tue
LN-13820302,"⦃n:Mkhizeduma, Sibusisokhe⦄","⦃h:3 Strathmartine Road, Dundee DD3 7PH⦄",⦃t:01382 810447⦄,⦃b:1941-09-30⦄,Thu
LN-13820303,"Sheltered housing Harefield Court (warden)",,01382 431555,,Fri`,
  },
  {
    lang: 'en',
    kind: 'letter to record office about a deceased relative',
    source: `⦃h:55 Malone Avenue, Belfast BT9 6ER⦄
4 February 2026

The Archivist, Glamorgan Record Office

Dear Sir or Madam,

my late aunt, ⦃n:Gölshäkär Ishmöhämmätov⦄ (born ⦃b:19.04.1936⦄ in Kazan, died Cardiff 2023), worked as a
translator for the Port of Cardiff. I believe her papers were deposited with you. I would like to see them.

Yours faithfully,
⦃n:Rafaeljan Ishmöhämmätov⦄
⦃m:rafael.ishmohammatov@hotmail.co.uk⦄`,
  },
  {
    lang: 'en',
    kind: 'reading room incident report',
    source: `INCIDENT REPORT – Search Room, 12/03/2026, 11:40

Reader: ⦃n:Xirsicawaale, Ubaxcaasha⦄ (ticket GRO-26-0190)
Incident: pencil marks found on folio 14 of D/DX 412/3 after return. Reader denies use of pen; marks are
old (pre-1950) per conservator. No further action. Reader informed by email (⦃m:ubax.xirsi@gmail.com⦄).
Reported by: duty archivist (Desk A)`,
  },
  {
    lang: 'en',
    kind: 'marriage record request Dutch archive',
    source: `To: research@hua-genealogy.example
Subject: marriage certificate 1938 Utrecht

Dear archive,
could you send me a copy of the marriage certificate of ⦃n:Jonevuniivi Tuisawauaki⦄ and
⦃n:Litianaadivu Naqelevukina⦄, married in Utrecht around June 1938? He was born ⦃b:3 September 1911⦄.
I am their grandson. Please invoice ⦃n:Inokeratuvou Tuisawauaki⦄, ⦃h:Lange Nieuwstraat 102, 3512 PN Utrecht⦄.
Kind regards`,
  },
  {
    lang: 'en',
    kind: 'payment failed notice direct debit',
    source: `Subject: Your direct debit for library membership could not be collected

Dear ⦃n:Sewwandika Dissanayakege⦄,

we could not collect £18.00 from the account ⦃i:GB g⦄ on 01/03/2026 (reason: refer to payer).
Please update your details via the catalogue or call 01382 431500. Card LN-13821114 will be suspended
after 31/03/2026.

Dundee Libraries – Membership`,
  },
  {
    lang: 'en',
    kind: 'voicemail transcript genealogy desk',
    source: `Voicemail – Family History Desk – 16/02/2026 17:52 (auto-transcribed)
"Hi, this is ⦃n:Cabdiraxmaannuur Samatardhuux⦄, I emailed last week about my grandfather ⦃n:Maxamuudfaarax Samatardhuux⦄,
he came to Cork as a ship's fireman in the fifties. You asked for his date of birth, it's the ⦃b:4th of July 1931⦄.
You can call me back on ⦃t:+353 87 220 4471⦄. Thanks, bye."`,
  },
  {
    lang: 'en',
    kind: 'reader account deletion request',
    source: `Subject: Please delete my account

Hello, I'm moving abroad. Please close my library account and delete my data.
Name: ⦃n:Zulpiyegül Ismayilniyaz⦄
Card: LN-13821345
Date of birth: ⦃b:09/09/1999⦄
I have no books out. My German ID card number was used for registration (⦃k:⦄), please delete that too.

⦃n:Zulpiyegül⦄`,
  },
  {
    lang: 'en',
    kind: 'probate research note estate papers',
    source: `File note – estate of ⦃n:Bonginkosini Buthelezinkosi⦄ (d. 2025)

Heirs located: ⦃n:Zanelekhaya Zungumavuso⦄ (niece), ⦃h:27 Ormeau Road, Belfast BT7 1SH⦄; ⦃n:Sifisokuhle Buthelezinkosi⦄
(nephew), address unknown, last seen Cardiff. Nephew's German pension number appears on an old payslip:
⦃s:12031975 Buthelezinkosi m⦄ (he worked in Hamburg 1998–2003) – ask Deutsche Rentenversicherung for address.
Papers (letters, diaries) offered to the record office, see D1901.`,
  },
  {
    lang: 'en',
    kind: 'conference registration local history society',
    source: `Local History Day 2026 – registrations (paid)

#  | Name                         | Email                          | Society
1  | ⦃n:Tregoningow, Demelzik⦄        | ⦃m:demelzik.t@gmail.com⦄          | Penzance Old Cornwall
2  | ⦃n:Gwenaëlig Penhoadic⦄          | ⦃m:gwenaelig.penhoadic@orange.fr⦄ | Cercle généalogique du Finistère
3  | ⦃n:Tangiouarn Le Goarnigou⦄      | ⦃m:tangi.legoarnigou@gmail.com⦄  | Cercle généalogique du Finistère
4  | (group booking)              | events@dundee-libraries.example  | Friends of Central Library`,
  },
  {
    lang: 'en',
    kind: 'house history enquiry reply',
    source: `Dear Ms ⦃n:Pemayangkyi⦄,

thank you for your enquiry about the history of your house at ⦃h:9 Donegall Pass, Belfast BT7 1DQ⦄. The valuation
books (1850–1970) list the occupiers; copies of the pages for Donegall Pass are attached. The 1911 census
return for the house names ⦃n:Namgyalshigatse⦄ … no relation, as you said.

Kind regards,
Local Studies, Belfast Central Library (ref. ARC/1911/0930)`,
  },
  {
    lang: 'en',
    kind: 'passport scan note admissions desk',
    source: `Admissions desk – note for Monday team

Reader from Germany arrived without proof of address. Admitted for one day on passport ⦃r:⦄ only
(⦃n:Ingamáijáš Sarakárášjohka⦄, born ⦃b:1977-12-02⦄). Temporary ticket GRO-TMP-0048, expires tonight.
She will email the utility bill to enquiries@glamarchives.example.`,
  },
];
