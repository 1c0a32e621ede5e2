import type { HandDocument } from './markup.js';

/**
 * English hand-written documents of test set 10: the same kind of small practices and agencies, in a
 * Bristol office building (solicitors, a tax adviser, recruiters, a letting agent, a dental practice, a
 * driving school, a nursery, a rowing club, a translation agency). Marks: ⟦CODE:value⟧.
 */
export const HAND_EN: HandDocument[] = [
  {
    lang: 'en',
    kind: 'solicitors-client-care-letter',
    source: `GORSE LANE SOLICITORS LLP
14 Gorse Lane, Clifton, Bristol BS8 1DH · SRA no. 640021

Private & Confidential
Mrs ⟦N:Euphemia Woodhouse⟧
⟦ANS:Flat 3, 27 Cotham Brow
Bristol
BS6 6AR⟧

Our ref: LP-26-0431/TW          Your ref: —          2 December 2026

Dear Mrs ⟦N:Woodhouse⟧

Re: Lasting Power of Attorney – ⟦N:Marmaduke Woodhouse⟧ (d.o.b. ⟦GEB:17/04/1938⟧)

Thank you for instructing us. This letter sets out the terms on which we will act. The matter will be handled by ⟦N:Tobiah Lumley⟧, Associate, whose direct line is ⟦TEL:0117 496 0288⟧ and e-mail ⟦E:tobiah.lumley@gorselane.co.uk⟧. He is supervised by ⟦N:Ethelinda Oakeshott⟧, Partner.

Our fixed fee is £650 plus VAT (VAT reg. GB 311 4857 20) plus the OPG registration fee of £82.

Yours sincerely
Gorse Lane Solicitors LLP`,
  },
  {
    lang: 'en',
    kind: 'witness-statement',
    source: `IN THE COUNTY COURT AT BRISTOL                           Claim No. K04BS219
BETWEEN
⟦N:MORWENNA PENNYFEATHER⟧                                 Claimant
and
BRUNEL LETTINGS LIMITED                                   Defendant

WITNESS STATEMENT OF ⟦N:SOTIRIOS KALOGEROPOULOU⟧

I, ⟦N:Sotirios Kalogeropoulou⟧, of ⟦ANS:41 Stackpool Road, Southville, Bristol BS3 1NG⟧, retired engineer, WILL SAY as follows:
1. I have lived next door to the Claimant since 2011. I am giving this statement voluntarily.
2. On or about 14 March 2026 I saw water coming through the ceiling of the Claimant's kitchen. I telephoned the Defendant's office (⟦TEL:0117 496 0733⟧ — I had it from the board outside) and spoke to a man who said his name was "⟦N:Jory⟧" or similar.
3. I believe the facts stated in this witness statement are true.

Signed ................................   Dated 30/11/2026`,
  },
  {
    lang: 'en',
    kind: 'conveyancing-email-thread',
    source: `From: ⟦N:Hendrikje van Rijswijk⟧ <⟦E:hendrikje@vanrijswijk.nl⟧>
Sent: 03 December 2026 09:41
To: ⟦N:Tobiah Lumley⟧ <⟦E:tobiah.lumley@gorselane.co.uk⟧>
Subject: Re: 9 Ashley Down Road - completion date

Dear Tobiah,
Friday 18th is fine for us. We will transfer the balance from our Dutch account on the 16th, please confirm your client account details by phone, not e-mail (we read about the fraud!). I am on ⟦TEL:+31 6 4418 2307⟧ all day.
Best, Hendrikje (and Siebe)

On Wed, 2 Dec 2026 at 17:05, ⟦N:Tobiah Lumley⟧ <⟦E:tobiah.lumley@gorselane.co.uk⟧> wrote:
> Dear Mr and Mrs ⟦N:van Rijswijk⟧,
> The seller's solicitors (Messrs Hale & Tranter) have proposed completion on Friday 18 December.
> Please let me know whether this suits you.
> Kind regards
> Tobiah
>
> Tobiah Lumley | Associate, Property
> Gorse Lane Solicitors LLP | ⟦TEL:+44 (0)117 496 0288⟧
>
>> On 1 Dec 2026, at 08:12, ⟦N:Siebe van Rijswijk⟧ <⟦E:siebe.vr+house@gmail.com⟧> wrote:
>> Hi, any news on the searches? Our new address from January will be ⟦ANS:9 Ashley Down Road, Bristol BS7 9JN⟧.`,
  },
  {
    lang: 'en',
    kind: 'recruitment-cv',
    source: `CURRICULUM VITAE

⟦N:IFEANYICHUKWU NWOKOLOBIA⟧ (known as "Ifeanyi")
⟦ANS:22 Whiteladies Gate, Bristol BS8 2PH⟧ · ⟦TEL:07700 900 418⟧ · ⟦E:ifeanyi.nwokolobia@hotmail.co.uk⟧
linkedin.com/in/ifeanyi-n

PROFILE
Chartered management accountant (CIMA) with 9 years in logistics and e-commerce.

EXPERIENCE
2022 – present  Finance Business Partner, Avonmouth Freight Ltd
2017 – 2022     Management Accountant, Lagos & Bristol (family firm, part-time)

EDUCATION
BSc Accounting, University of Nigeria, Nsukka (2015)

REFERENCES
⟦N:Ugochinyere Onwuzurike⟧, CFO Avonmouth Freight — ⟦E:u.onwuzurike@avonmouthfreight.co.uk⟧
Available on request.`,
  },
  {
    lang: 'en',
    kind: 'recruitment-slack-feedback',
    source: `#keel-interviews  (Slack export, 02/12/2026)

⟦N:Clemency Bellingham-Smythe⟧  10:14
feedback on ⟦N:Nwokolobia⟧ for the Avonside FP&A role: strong technically, a bit quiet. client (⟦N:Proinsias MacGiolla⟧) wants a 2nd round

⟦N:Jenifry⟧  10:16
can do thurs 3pm? i'll send him the Teams link to the hotmail addy

⟦N:Clemency Bellingham-Smythe⟧  10:17
👍 also ⟦N:Máirtín Mulcahy⟧ withdrew, accepted counter-offer. pls update the tracker

⟦N:Jenifry⟧  10:21
done. fyi his notice period was 3 months anyway

⟦N:Clemency Bellingham-Smythe⟧  10:22
ok. @⟦N:Jenifry⟧ can you also chase ⟦N:Róisín Ó Dónaill⟧ re right-to-work docs, she said passport is at the Irish embassy`,
  },
  {
    lang: 'en',
    kind: 'reference-request',
    source: `Subject: Reference request – ⟦N:Ysolde Entwistle⟧

Dear Mr ⟦N:Jelmer de Graaff⟧,

⟦N:Ysolde Entwistle⟧ has applied for a position through Keel Recruitment and has given your name as a referee. We would be grateful if you could confirm her dates of employment with Harbour Lights Hotel and comment on her reliability.

For identification: her date of birth is ⟦GEB:3rd of March '91⟧ and her previous address was ⟦ANS:5 Merchants Road, Hotwells, Bristol BS8 4QD⟧.

Please reply to references@keelrecruitment.co.uk or call 0117 496 0510 ext. 4.

With thanks,
⟦N:Jenifry Tregothnan⟧
Resourcer, Keel Recruitment`,
  },
  {
    lang: 'en',
    kind: 'tenant-application',
    source: `BRUNEL LETTINGS – TENANT APPLICATION (page 1 of 3)

Property: 2-bed flat, Wapping Wharf (asking £1,450 pcm)
Lead applicant
  Title/Name:       Mr ⟦N:Adeoluwa Olatunbosun⟧
  DOB:              ⟦GEB:09-11-1990⟧
  Current address:  ⟦ANS:Flat 12, Jacobs Wells Road, Bristol, BS8 1DR⟧ (2 yrs 4 mths)
  Mobile:           ⟦TEL:+44 7700 900 632⟧
  Email:            ⟦E:adeoluwa.o@outlook.com⟧
  Employer:         NHS (Bristol Royal Infirmary), band 6 nurse, £38,600
Second applicant
  Name:             Ms ⟦N:Iyanuoluwa Olatunbosun⟧  (née ⟦N:Adegbenro⟧), born ⟦GEB:22 Jan 1993⟧
Referencing notes (staff only)
  Credit check 27/11: no CCJs, 1 late payment (2024, mobile). Right to rent: share code seen (W4K-7TQ-2MB).
  Guarantor: father ⟦N:Kolawole-Tunji Olatunbosun⟧, Lagos — ⟦TEL:+234 803 555 0142⟧ — not UK-based, so 6 months upfront?`,
  },
  {
    lang: 'en',
    kind: 'letting-inventory-checkin',
    source: `INVENTORY & CHECK-IN – 7 Stokes Croft Mews (furnished)
Date: 01/12/2026   Clerk: ⟦N:Digory⟧ (Brunel Lettings)   Tenant(s) present: ⟦N:Toirdhealbhach McEldowney⟧

Hallway: carpet – light wear by door; smoke alarm tested OK
Kitchen: hob clean, 1 burner slow to ignite; fridge freezer (Beko) – seal split bottom left
Living: sofa (grey, 3-seater) – small stain centre cushion
Meters: gas 04418.7 / elec 88213 (day) 41007 (night) / water 0771
Keys handed: 2 x front door, 1 x fob (serial 7719-A)

Tenant comments: "hob burner rear left very slow" – T. McE
Tenant forwarding email for deposit return: ⟦E:turlough.mceldowney@protonmail.com⟧`,
  },
  {
    lang: 'en',
    kind: 'dental-registration-form',
    source: `REDCLIFFE DENTAL CARE – NEW PATIENT REGISTRATION

Surname: ⟦N:Tsegaye-Work⟧             Forename(s): ⟦N:Bezawit⟧
Date of birth: ⟦GEB:1985-03-03⟧         Sex: F
Address: ⟦ANS:88 Mina Road
St Werburghs
Bristol BS2 9YQ⟧
Home tel: —        Mobile: ⟦TEL:07700 900 871⟧
Email: ⟦E:bezawit.tsegayework@yahoo.co.uk⟧
NHS number: 943 476 5919
GP: Dr ⟦N:Gebreyohannes⟧, Montpelier Health Centre
Emergency contact: ⟦N:Girmachew Tsegaye-Work⟧ (husband) ⟦TEL:07700 900 872⟧
Medical history: asthma (inhaler), no allergies
Signed: B. Tsegaye-Work   Date: 28/11/26`,
  },
  {
    lang: 'en',
    kind: 'dental-appointment-book-tsv',
    source: `date	time	clinician	patient	dob	phone	reason	notes
04/12/2026	08:30	Dr ⟦N:Kuwabara⟧	⟦N:Lowenna Pennyfeather⟧	⟦GEB:12/12/2015⟧	⟦TEL:07700 900 155⟧	check-up	with mum
04/12/2026	08:50	Dr ⟦N:Kuwabara⟧	⟦N:Hanbit Seomun⟧	⟦GEB:30/6/88⟧	⟦TEL:07700 900 903⟧	crown fit	lab work arrived
04/12/2026	09:30	Hygienist	⟦N:Teodorico Villaroman⟧	⟦GEB:1/2/1964⟧	⟦TEL:0117 496 0662⟧	scale & polish	prefers Tagalog-speaking staff if poss
04/12/2026	10:00	Hygienist	(cancelled)				
04/12/2026	10:20	Dr ⟦N:Kuwabara⟧	⟦N:Ridwaan Cilmi⟧	⟦GEB:19/9/2002⟧	⟦TEL:07700 900 517⟧	emergency	swelling LR8`,
  },
  {
    lang: 'en',
    kind: 'orthodontic-referral',
    source: `Redcliffe Dental Care, 3 Redcliffe Parade, Bristol BS1 6SP · 0117 496 0400 · reception@redcliffedental.co.uk

To: Bristol Dental Hospital, Orthodontic Dept., Lower Maudlin Street, Bristol BS1 2LY

Re: ⟦N:Sae-byeok Yeop⟧, DOB ⟦GEB:March 3rd, 2013⟧, of ⟦ANS:14 Chandos Road, Redland, Bristol BS6 6PE⟧

Dear Colleague,
I would be grateful if you could see this 13-year-old for assessment. IOTN estimated 4d (impacted UR3). OPG enclosed. Parents (⟦N:Ha-Yeon Yeop⟧, mother, ⟦TEL:07700 900 329⟧) are keen for NHS treatment.

Yours sincerely,
Dr ⟦N:Shūsaku Kuwabara⟧ BDS, GDC 221874`,
  },
  {
    lang: 'en',
    kind: 'driving-school-booking-log',
    source: `2026-12-01T18:02:11Z INFO  booking.create user=⟦E:claudionor.ximenes@gmail.com⟧ lesson=2h slot=2026-12-05T09:00 instructor=I-07 ip=⟦IP:86.14.203.77⟧
2026-12-01T18:02:12Z INFO  payment.authorise user=⟦E:claudionor.ximenes@gmail.com⟧ amount=GBP 78.00 card=****6046 status=OK
2026-12-01T21:47:55Z WARN  login.failed user=⟦E:lorelei.manalang@icloud.com⟧ ip=⟦IP:2a00:23c6:8f41:2e01:5d2:91ff:fe3a:11c0⟧ reason=bad_password attempt=3
2026-12-01T21:48:40Z INFO  password.reset.sent user=⟦E:lorelei.manalang@icloud.com⟧
2026-12-02T07:10:03Z INFO  booking.cancel user=⟦E:a.tamhankar@btinternet.com⟧ lesson=1h slot=2026-12-02T08:00 late_cancel=true fee=GBP 39.00
2026-12-02T07:10:04Z INFO  sms.sent to=⟦TEL:+447700900264⟧ template=late_cancel_v3
2026-12-02T09:00:00Z INFO  cron.reminders sent=41 failed=0 version=3.8.2`,
  },
  {
    lang: 'en',
    kind: 'driving-pupil-record-json',
    source: `{
  "pupilId": "AVN-20441",
  "name": { "first": "⟦N:Anfisa⟧", "last": "⟦N:Zhukovskaya⟧" },
  "dateOfBirth": "⟦GEB:2007-08-19⟧",
  "provisionalLicence": "ZHUKO758197A99LK",
  "address": "⟦ANS:3 Belgrave Hill, Bristol, BS8 2UD⟧",
  "phone": "⟦TEL:07700 900 448⟧",
  "email": "⟦E:anfisa.zh@gmail.com⟧",
  "theoryTest": { "passed": true, "date": "2026-10-02", "certificate": "DT7-4481-0072" },
  "instructor": "⟦N:Oskari Heikkilä⟧",
  "paymentCard": "⟦CARD:5202 9019 9123 5544⟧",
  "consentMarketing": false
}`,
  },
  {
    lang: 'en',
    kind: 'nursery-parent-contacts-csv',
    source: `child_first,child_last,room,parent1,parent1_mobile,parent2,parent2_mobile,email,collect_password
⟦N:Veikko⟧,⟦N:Salminen⟧,Acorns,⟦N:Aino Salminen⟧,⟦TEL:07700 900 771⟧,⟦N:Wystan Lumley⟧,⟦TEL:07700 900 772⟧,⟦E:salminen.lumley@gmail.com⟧,otter
⟦N:Suldaan⟧,⟦N:Dhoorre⟧,Acorns,⟦N:Mukhtaar-Cali Dhoorre⟧,⟦TEL:+44 7700 900 613⟧,,,⟦E:m.dhoorre@outlook.com⟧,banana
⟦N:Phongsak⟧,⟦N:Inthanon⟧,Saplings,⟦N:Waraporn Inthanon⟧,⟦TEL:07700-900-355⟧,⟦N:Kriangsak Inthanon⟧,⟦TEL:+66 81 442 9017⟧,⟦E:waraporn.inthanon@gmail.com⟧,red bus
⟦N:Cẩm Tú⟧,⟦N:Lục⟧,Saplings,⟦N:Lục Trường Giang⟧,⟦TEL:07700 900 190⟧,⟦N:Ưng Tường Vi⟧,⟦TEL:07700 900 191⟧,,lantern`,
  },
  {
    lang: 'en',
    kind: 'nursery-incident-report',
    source: `LITTLE ACORNS NURSERY – ACCIDENT / INCIDENT RECORD

Child's name: ⟦N:Suldaan Dhoorre⟧        Date of birth: ⟦GEB:14.02.2023⟧
Date/time of incident: 02/12/2026 14:05     Location: garden, by the sandpit
What happened: S. tripped on the step and bumped forehead. No loss of consciousness.
First aid given by: ⟦N:Hanadi Nuseibeh⟧ (Paediatric First Aid cert. expires 06/2027) – cold compress, head injury advice sheet.
Parent/carer informed: ⟦N:Mukhtaar-Cali Dhoorre⟧ by phone at 14:12 (⟦TEL:+44 7700 900 613⟧)
Signed (staff): H. Nuseibeh        Signed (parent): ____________
Manager review: ⟦N:Tamizhselvi Kalyanasundaram⟧ – step to be painted yellow (ticket FM-1182)`,
  },
  {
    lang: 'en',
    kind: 'nursery-fee-ticket',
    source: `Ticket #4471 – "30 hours funding not applied??"
Status: Open · Priority: Normal · Channel: Web form · Requester: ⟦N:Wystan Lumley⟧ <⟦E:salminen.lumley@gmail.com⟧>

⟦N:Wystan Lumley⟧ – 1 Dec 2026 20:14
Hi, our November invoice (INV-NOV-0931) charges full fees for ⟦N:Veikko⟧ but we sent the eligibility code in September. Code is 500 1234 5678. Can you check? Thanks, Wystan

⟦N:Citra⟧ (Little Acorns Admin) – 2 Dec 2026 09:03
Dear Wystan, thank you – we can see the code but HMRC's checker shows it expired on 31/08. Could you reconfirm it on the Childcare Service? Once done we'll credit £412.60 on the December invoice.
Kind regards, ⟦N:Citra Wirawan⟧

Internal note (⟦N:Tamizhselvi⟧): if not resolved by 15/12 escalate to me`,
  },
  {
    lang: 'en',
    kind: 'rowing-club-membership-yaml',
    source: `# feeder-canal-rc members export 2026-11-30 (do not commit to public repo!)
- id: 311
  name: "⟦N:Torstein Fjellstad⟧"
  born: ⟦GEB:1972-05-28⟧
  category: masters
  phone: "⟦TEL:+44 117 496 0934⟧"
  email: ⟦E:torstein@fjellstad.no⟧
  address: "⟦ANS:Flat 2, 60 Coronation Road, Bristol BS3 1AR⟧"
- id: 312
  name: "⟦N:Gwenaëlle Chauvière⟧"
  born: ⟦GEB:1998-02-11⟧
  category: senior
  phone: "⟦TEL:+33 6 71 48 22 90⟧"
  email: ⟦E:gwen.chauviere@orange.fr⟧
  address: null
- id: 313
  name: "⟦N:Marmaduke Lumley⟧"
  born: ⟦GEB:2010-09-01⟧
  category: junior
  guardian: "⟦N:Wystan Lumley⟧"
  phone: "⟦TEL:07700 900 772⟧"`,
  },
  {
    lang: 'en',
    kind: 'rowing-club-agm-minutes',
    source: `FEEDER CANAL ROWING CLUB – MINUTES OF THE ANNUAL GENERAL MEETING
Thursday 26 November 2026, 7.30 pm, Boathouse

Present: ⟦N:Torstein Fjellstad⟧ (Captain, chair), ⟦N:Athénaïs Rochefort⟧ (Secretary), ⟦N:Esfandiar Ghorbanzadeh⟧ (Treasurer), ⟦N:G. Chauvière⟧, ⟦N:Philibert Fontanel⟧, ⟦N:Kamyar Vahdati⟧ and 22 others
Apologies: ⟦N:Aino Salminen⟧, ⟦N:Hengist Pennyfeather⟧

1. Minutes of the 2025 AGM approved (prop. ⟦N:Fontanel⟧, sec. ⟦N:Vahdati⟧).
2. Treasurer's report: surplus £3,912; subs unchanged for 2027 (£38/month senior).
3. Election of officers: Captain – ⟦N:Fjellstad⟧ re-elected unopposed. Welfare officer – ⟦N:Kamyar Vahdati⟧ (DBS to be renewed).
4. AOB: new boat named "Sabrina" (after the river goddess, not a member).

Actions
– EG: circulate accounts to British Rowing by 31 Dec
– ⟦N:Rochefort⟧: book Christmas social, Mud Dock
– KV: safeguarding refresher for coaches`,
  },
  {
    lang: 'en',
    kind: 'certified-marriage-translation',
    source: `CERTIFIED TRANSLATION FROM PORTUGUESE (BRAZIL)

FEDERATIVE REPUBLIC OF BRAZIL – CIVIL REGISTRY OF NATURAL PERSONS
MARRIAGE CERTIFICATE   Registration no. 112847 01 55 2019 2 00031 204 0008841 62

Spouses:
⟦N:VALDOMIRO RABELO-PRATES⟧, Brazilian, born on ⟦GEB:April 2, 1983⟧ in Recife/PE, son of ⟦N:Aparecido Rabelo-Prates⟧ and ⟦N:Jurema do Amaral⟧
⟦N:IVONETE CAMARGO⟧, Brazilian, born on ⟦GEB:October 29, 1987⟧ in Olinda/PE, daughter of ⟦N:Claudionor Camargo⟧ and ⟦N:Rosicleide Camargo⟧
Date of marriage: June 15, 2019. After marriage the wife adopted the name ⟦N:IVONETE CAMARGO RABELO-PRATES⟧.

I, ⟦N:Iracema Ximenes⟧, certify that this is a true and accurate translation of the original document.
Lingua Bridge Translations Ltd, member ITI no. 0047712 – Bristol, 1 December 2026`,
  },
  {
    lang: 'en',
    kind: 'translation-quote-mixed',
    source: `hi lingua bridge,

ich brauche eine english translation of my Zeugnis (Arbeitszeugnis, 2 Seiten) + my Abiturzeugnis for a job in Bristol. do you do that? what does it cost and how long. my name is ⟦N:Reinbold Kettelhack⟧, i live in Hannover at the moment (⟦ANS:Lister Meile 33, 30161 Hannover⟧). phone ⟦TEL:0049 511 3388 1290⟧ or whatsapp ⟦TEL:+49 176 4480 2215⟧.

thx & LG
Reinbold

-- 
sent from my phone`,
  },
  {
    lang: 'en',
    kind: 'tax-return-intake',
    source: `QUAYSIDE TAX – Self Assessment 2025/26 intake checklist

Client: ⟦N:Anmar Tarabishi⟧        UTR: 73918 44620      NI no.: QQ 12 34 56 C
DOB: ⟦GEB:6/22/1980⟧ (US format on his form – confirmed ⟦GEB:22 June 1980⟧)
Address: ⟦ANS:17 Lodge Causeway, Fishponds, Bristol BS16 3JE⟧
Contact: ⟦TEL:07700 900 940⟧ / ⟦E:anmar.tarabishi@gmail.com⟧
German income: rental flat in Köln – German tax id given as ⟦STID:287 269 534 08⟧; Steuerbescheid 2025 requested
Bank for refund: ⟦IBAN:GB97 OQHC 1474 5494 5319 62⟧
Spouse: ⟦N:Wijdan Tarabishi⟧, no UK income
Notes: wants to claim Marriage Allowance; check remittance basis – see EO`,
  },
  {
    lang: 'en',
    kind: 'voicemail-transcript',
    source: `Voicemail – Keel Recruitment main line – Tue 1 Dec 2026 18:47 – 0:42
Caller ID: ⟦TEL:+91 98450 31276⟧

"hello yes good evening this is ⟦N:Senthilnathan Muthukumaraswamy⟧ calling from Chennai, I applied for the quality engineer post in Avonmouth, your colleague miss ⟦N:Jenifry⟧ asked me to send my passport copy but the email is bouncing, I tried jenifry at keel recruitment dot co dot uk, please can you call me back or email me on ⟦E:senthil.mks@rediffmail.com⟧, again senthil dot m k s at rediffmail dot com, thank you so much, bye"`,
  },
  {
    lang: 'en',
    kind: 'ocr-handwritten-note',
    source: `[scan 0042.pdf – OCR]
Phone msg for Tobiah
from: Mrs ⟦N:NiIavazhagi Arumugam⟧ (spell?)
re: her late father's will - Mr ⟦N:Arumugam⟧ senior
pIs call back on ⟦TEL:07700 900 581⟧ ← OCR unsure
she lives ⟦ANS:4 Ducie Road,
Barton Hill, Bristol
BS5 0AX⟧
taken by: ⟦N:Digory⟧ 30/11 2.15pm`,
  },
  {
    lang: 'en',
    kind: 'whatsapp-lowercase',
    source: `01/12/2026, 21:03 - ⟦N:morolake⟧: hiya is the nursery open on the 24th?? need to know for work
01/12/2026, 21:05 - ⟦N:hanadi nuseibeh⟧: hi ⟦N:morolake⟧ yes until 1pm 🎄 closed 25th to 1st
01/12/2026, 21:05 - ⟦N:morolake⟧: ok thanks!! also my new number is ⟦TEL:07700 900 366⟧ pls update ⟦N:eniolorunda⟧s file
01/12/2026, 21:07 - ⟦N:hanadi nuseibeh⟧: will do tmrw x
01/12/2026, 21:07 - ⟦N:morolake⟧: and his dad ⟦N:onigbinde⟧ can collect on thursdays now
01/12/2026, 21:10 - ⟦N:hanadi nuseibeh⟧: he'll need to be on the list + password, can you email office@littleacorns-bristol.co.uk`,
  },
  {
    lang: 'en',
    kind: 'passenger-list-caps',
    source: `KEEL RECRUITMENT – GROUP TRAVEL – ASSESSMENT CENTRE HAMBURG 14-15 JAN 2027
BOOKING REF: QX7M2P   CARRIER: EW 7461 BRS-HAM 14JAN 06:55

PAX  NAME                          DOB          PASSPORT NO     NAT  MOBILE
1    ⟦N:PELTONIEMI/JOUKO⟧ MR          ⟦GEB:04MAR1979⟧    FIN 7734 1852  FIN  ⟦TEL:+358 40 771 2093⟧
2    ⟦N:SHARIFINIA/NILUFAR⟧ MS        ⟦GEB:19SEP1990⟧    ⟦REISE:C9W4F5KRH9⟧      DEU  ⟦TEL:+49 1512 3390 447⟧
3    ⟦N:ZIÓŁKOWSKA/MIECZYSŁAWA⟧ MRS   ⟦GEB:30JUL1968⟧    EA 4418827      POL  ⟦TEL:+48 601 224 917⟧
4    ⟦N:KŌNO/FUYUMI⟧ MS               ⟦GEB:02DEC1995⟧    TR2281904       JPN  –

ESCORT: ⟦N:TREGOTHNAN/JENIFRY⟧ MS  ⟦TEL:+44 7700 900 516⟧`,
  },
  {
    lang: 'en',
    kind: 'client-invoice',
    source: `LINGUA BRIDGE TRANSLATIONS LTD
Unit 4, Paintworks, Bath Road, Bristol BS4 3EH · VAT GB 402 7719 36 · Company no. 09922814

INVOICE RG-10-40593                                    Date: 02/12/2026
Bill to: ⟦N:Valdomiro Rabelo-Prates⟧, ⟦ANS:31 Mivart Street, Bristol BS5 6JF⟧

Description                                         Qty    Unit      Amount
Certified translation, marriage certificate (PT>EN)   1    £55.00    £55.00
Extra certified copy                                  2    £10.00    £20.00
Royal Mail Special Delivery (tracking AB123456789GB)  1     £8.95     £8.95
                                                           Subtotal  £83.95
                                                           VAT 20%   £16.79
                                                           TOTAL     £100.74
Pay by bank transfer: Lingua Bridge Translations Ltd, sort code 30-99-50, acc. 11223344, ref. RG-10-40593.`,
  },
  {
    lang: 'en',
    kind: 'client-complaint-letter',
    source: `Dear Sir or Madam,

I am writing to complain, AGAIN, about the way my deposit has been handled. I moved out of ⟦ANS:Flat B, 19 Picton Street, Bristol BS6 5QA⟧ on 31st October and it is now December and I still have not recieved my £1,200. Your colleague ⟦N:Digory⟧ promised me on the phone it would be "next week" (that was 3 weeks ago). The check out report shows no damage whatsoever.

I have now contacted the DPS and I will go to the small claims court if necessary. My new address is ⟦ANS:11 Rue des Tanneurs, 67000 Strasbourg, France⟧ and my mobile is ⟦TEL:+33 7 88 14 02 63⟧.

Yours faithfully,
⟦N:Honoré Delaunay⟧
(tenancy ref BL-TEN-2291)`,
  },
  {
    lang: 'en',
    kind: 'new-starter-form',
    source: `KEEL RECRUITMENT – NEW STARTER DETAILS (temp worker, payroll)

Surname ⟦N:Ayalew⟧   First name ⟦N:Girmachew⟧   Middle —
D.O.B. ⟦GEB:11/10/1984⟧     NI number: QQ 56 78 90 A
Home address ⟦ANS:Flat 9, Carolina House, Dove Street, Bristol BS2 8LG⟧
Personal email ⟦E:girma.ayalew@gmail.com⟧      Tel ⟦TEL:(0117) 496 0175⟧
Bank: Monzo, sort code 04-00-04, acc 72640311 (name on acc: G Ayalew)
Previously worked in Germany? yes – Steuer-ID ⟦STID:7992 1648 530⟧, Rentenversicherungsnr. ⟦RVNR:16171162S592⟧ (for P85 / pension)
Right to work: German ID card no. ⟦PA:RJ5WNJ16G4⟧ (EU settled status, share code seen)
Emergency contact: ⟦N:Lemlem Wondimagegnehu⟧ – ⟦TEL:+49 30 2244 9178⟧`,
  },
  {
    lang: 'en',
    kind: 'policyholder-xml-record',
    source: `<?xml version="1.0" encoding="UTF-8"?>
<claim id="HX-2026-88314" product="contents" version="2.1">
  <policyholder>
    <name>⟦N:Artemisia Lambropoulou⟧</name>
    <dob>⟦GEB:1976-01-31⟧</dob>
    <address>⟦ANS:5 Tyndall's Park Road, Bristol BS8 1PL⟧</address>
    <phone type="mobile">⟦TEL:+44 7700 900 207⟧</phone>
    <email>⟦E:artemisia.lambro@yahoo.gr⟧</email>
  </policyholder>
  <incident date="2026-11-21">Laptop stolen from car at Cribbs Causeway</incident>
  <payout iban="⟦IBAN:NL63LRDL3230547840⟧" amount="1149.00" currency="GBP"/>
  <handler>⟦N:Fotios Chatzimichail⟧</handler>
</claim>`,
  },
  {
    lang: 'en',
    kind: 'call-centre-transcript',
    source: `[Call recording – Redcliffe Dental out-of-hours line – 02/12/2026 19:31]
AGENT: Redcliffe Dental, out-of-hours service, you're speaking to ⟦N:Citra⟧, how can I help?
CALLER: hi, yeah, I've got really bad toothache, I'm a patient with you.
AGENT: Can I take your full name please?
CALLER: ⟦N:Eulalia Cienfuegos⟧, C-I-E-N-F-U-E-G-O-S.
AGENT: And your date of birth?
CALLER: ⟦GEB:the ninth of July nineteen ninety⟧.
AGENT: Thank you, and the first line of your address and postcode?
CALLER: ⟦ANS:12 Sevier Street, BS2 9LB⟧.
AGENT: Lovely. And a number we can call you back on?
CALLER: ⟦TEL:07700 900 722⟧.
AGENT: I'll pass this to the dentist on call, Dr ⟦N:Kuwabara⟧, he'll ring you within the hour.`,
  },
  {
    lang: 'en',
    kind: 'opening-hours-notice-no-personal',
    source: `REDCLIFFE DENTAL CARE – CHRISTMAS & NEW YEAR OPENING

Dear patients,

Thu 24 Dec   8:30 – 12:30
Fri 25 Dec   CLOSED (Christmas Day)
Mon 28 Dec   CLOSED (Boxing Day substitute bank holiday)
Tue 29 Dec – Thu 31 Dec   8:30 – 17:00
Fri 1 Jan    CLOSED (New Year's Day)

In a dental emergency when we are closed, please use NHS 111 online. Our practice code is V20911 and the new patient portal (version 5.2.1) is live from 4 January.
Parking: Redcliffe Parade is residents only; use Prince Street car park (2 hrs £4.20).

Wishing you a happy Christmas from all the team!`,
  },
  {
    lang: 'en',
    kind: 'recruitment-newsletter-no-personal',
    source: `KEEL RECRUITMENT – Market Update, December 2026

Dear Sir or Madam,
Hi team — here's our quick round-up for clients.

• Salaries: finance business partners in the South West now average £58–64k (source: our Q3 placements, n = 41).
• Hiring freeze lifted at two Avonmouth logisticians; three warehouses on Hope Road and Frank Street are recruiting shift leads.
• Our office moves on 11 January to Quay House, Harbourside, Bristol BS1 4SB (lift B, 3rd floor).
• New reading: "Hiring without bias" (ISBN 978-0-241-44820-1), and our guide "Right to work checks 2027" (version 3.0).
• Bank holiday note: our office is closed 25 Dec – 1 Jan; timesheets for w/e 27 Dec due on 2 Jan.

Ref. codes for your accounts team: VAT GB 298 4411 07; invoices from RG-10-40001 onwards carry the new bank details (sent by post).

Best wishes,
The Keel team`,
  },
  {
    lang: 'en',
    kind: 'room-booking-wiki-no-personal',
    source: `# Building wiki: meeting rooms (Quay House)

| Room | Floor | Seats | Kit | Notes |
|------|-------|-------|-----|-------|
| Brunel | 1 | 12 | screen, VC | named after I. K. Brunel |
| Sabrina | 1 | 6 | screen | |
| Mud Dock | 2 | 4 | — | quiet room |
| Spike Island | 3 | 20 | projector, VC | book via facilities |

* Booking: via the portal (release 2026.11) or the tablet outside each room.
* Wi-Fi: network "QH-Guest", password changes every Monday.
* Fire assembly point: Millennium Square (by the Cary Grant statue).
* Deliveries: goods-in is on Canons Road; tracking numbers go in the post book (e.g. 1Z999AA10123456784).`,
  },
];
