import type { HandSource } from './markup.js';

/** English hand-written documents of set 28, each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Funeral arrangement form (UK)',
    source: `HOLLOWELL & GREAVES FUNERAL DIRECTORS – 14 Castle Foregate, Shrewsbury SY1 2EL – 01743 355 210

ARRANGEMENT FORM                                         Case ref. FD-40718
Deceased:        Mrs ⸢n:Kerensa Nancarrow⸣ (née ⸢n:Tregenza⸣)
Date of birth:   ⸢b:14 October 1937⸣          Date of death: 2 November 2025
Home address:    ⸢h:9 Lychgate Close, Shrewsbury SY3 7QA⸣
Applicant:       Mr ⸢n:Cadan Chegwidden⸣ (grandson), ⸢h:22 Yew Tree Lane, Truro TR1 3XS⸣
Phone:           ⸢t:07700 918 442⸣ / email ⸢m:cadan.chegwidden@btinternet.com⸣
Service: St Chad's, then committal at Emstrey Crematorium; Plot D-11-204 not required.`,
  },
  {
    lang: 'en',
    kind: 'Register of deaths draft entry (England)',
    source: `Registration district: Carlisle                     Entry No. 1143 (draft, to be checked)

1. Date and place of death: 30 October 2025, Cumberland Infirmary, Carlisle
2. Name and surname: ⸢n:Wypkje Tjallingii⸣
3. Sex: Female          4. Maiden surname: ⸢n:Westra⸣
5. Date and place of birth: ⸢b:3rd June 1929⸣, Leeuwarden, Netherlands
6. Occupation and usual address: Retired teacher, ⸢h:41 Abbey Walk, Carlisle CA3 9PT⸣
7. Informant: ⸢n:Tsjitske Hettema⸣, daughter, present at the death, ⸢h:6 Chapel Row, Carlisle CA2 4NE⸣
Certified cause of death to follow from the medical examiner.`,
  },
  {
    lang: 'en',
    kind: 'Cremation application (Form Cremation 1)',
    source: `APPLICATION FOR CREMATION OF THE BODY OF A PERSON WHO HAS DIED (Cremation 1)

Full name of the deceased: ⸢n:Dòmhnall MacIomhair⸣
Address: ⸢h:3 Sexton Road, Inverness IV2 4AB⸣
Date of birth: ⸢b:22/01/1944⸣                      Occupation: crofter (retired)
Applicant: ⸢n:Mòrag NicLeòid⸣, sister, ⸢h:14 Mourners Lane, Inverness IV3 5SD⸣, tel ⸢t:01463 220 871⸣
Do you wish to collect the ashes? Yes – please call ⸢n:Raonaid⸣ on ⸢t:+44 7731 402 118⸣ when ready.
Has any near relative objected to the cremation? No.`,
  },
  {
    lang: 'en',
    kind: 'Probate application notes (PA1P)',
    source: `PA1P working notes – estate of ⸢n:Amos Esh⸣ (deceased) – our ref MP/25/3310

Deceased: ⸢n:Amos Esh⸣, d.o.b. ⸢b:11.02.1936⸣, d.o.d. 18.08.2025, domicile England and Wales
Last address: ⸢h:27 Priory Lane, Lincoln LN2 5DN⸣
Executors named in will dated 4 May 2019: ⸢n:Eli Lapp⸣ (nephew) and ⸢n:Verna Fisher-Kauffman⸣
Executor 2 lives in Lancaster County, PA – address: ⸢h:2210 Beiler Road, Lancaster, PA 17602⸣
Gross estate approx. £318,000; IHT400 not needed (excepted estate). Will original held at Meridian.`,
  },
  {
    lang: 'en',
    kind: 'Estate distribution account',
    source: `ESTATE OF THE LATE ⸢n:AONGHAS MACRATH⸣ – DISTRIBUTION ACCOUNT

Residuary estate available for distribution .................. £142,880.15
Share 1/2  ⸢n:Druimeanach, Raonaid⸣           £71,440.08  → ⸢i:GB g⸣
Share 1/4  ⸢n:MacFhionghain, Aonghas⸣          £35,720.04  → ⸢i:GB⸣
Share 1/4  ⸢n:Siosalach, Mòrag⸣                £35,720.03  → ⸢i:IE g⸣
Payments from client account Meridian Probate Genealogists LLP (GB07 NWBK 6016 1331 9268 19).
Approved by executor: ⸢n:Dòmhnall MacRath⸣                        Date: 24/11/2025`,
  },
  {
    lang: 'en',
    kind: 'Heir hunter letter to possible beneficiary',
    source: `Meridian Probate Genealogists LLP · 5 Lincoln's Inn Fields · London WC2A 3BP

Private and confidential
Mr ⸢n:Pitseolak Kusugak⸣
⸢h:1456 Federal Road, Iqaluit NU X0A 0H0⸣
Canada

Dear Mr ⸢n:Kusugak⸣,
We are researching the family of the late ⸢n:Siqiniq Arnakak⸣, born ⸢b:8 April 1940⸣, who died intestate
in Swansea. Our research suggests that you may be entitled to a share of the estate. There is no
charge unless the estate pays out. Please telephone ⸢n:Tagak Qitsualik⸣ on ⸢t:+44 20 7946 0827⸣ (direct) or
reply to cases@meridian-probate.co.uk quoting Case ref. PR-55218.`,
  },
  {
    lang: 'en',
    kind: 'Genealogy research report',
    source: `RESEARCH REPORT – Descendants of ⸢n:Ngatokorua Tuavera⸣ (Rarotonga)

Generation 1: ⸢n:Ngatokorua Tuavera⸣, b. ⸢b:1902⸣ (?) – baptism record says ⸢b:12 May 1903⸣ (LMS register, Avarua)
Generation 2: ⸢n:Teuru Pokoati⸣ née ⸢n:Tuavera⸣, b. ⸢b:1931⸣, emigrated to Auckland 1958
Generation 3: ⸢n:Aketuuroa Rongokea⸣, b. ⸢b:04/09/1962⸣, living, ⸢h:18 Karaka Lane, Rotorua 3010⸣
             contact via ⸢m:aketuuroa.rongokea@xtra.co.nz⸣, mobile ⸢t:021 448 2903⸣
Sources: Cook Islands BDM, NZ electoral rolls 1972–2020, Papers Past obituaries.
Next step: order death certificate of ⸢n:Teuru⸣ from Internal Affairs.`,
  },
  {
    lang: 'en',
    kind: 'Life insurance death claim form (US)',
    source: `STATEWIDE MUTUAL LIFE – CLAIMANT'S STATEMENT (DEATH CLAIM)     Policy No. 220-4471-98

Insured: ⸢n:Rigoberta Xicará⸣        Date of birth: ⸢b:07/19/1956⸣       Date of death: 10/02/2025
Claimant: ⸢n:Tekun Sicajau⸣           Relationship: son
Claimant address: ⸢h:3188 Vesper Street, Savannah, GA 31401⸣
Daytime phone: ⸢t:(912) 555-0186⸣     Email: ⸢m:tekun.sicajau@yahoo.com⸣
Payment: ☑ direct deposit – routing and account on enclosed voided check
Certified death certificate enclosed: ☑    Claim handler: ⸢n:X. Cotuc⸣`,
  },
  {
    lang: 'en',
    kind: 'Death claim decision letter (Australia)',
    source: `Southern Cross Life Claims · GPO Box 4410, Melbourne VIC 3001 · 1300 655 021

Ms ⸢n:Marietjie Du Preez⸣
⸢h:7 Jacaranda Parade, Toowoomba QLD 4350⸣

Claim 88-40219 – life cover of the late ⸢n:Wynand Hattingh⸣

Dear Ms ⸢n:Du Preez⸣,
We have accepted your claim. The benefit of $250,000 will be paid within 5 business days to the
account you nominated (BSB 064-000, account ending 2281). As you also hold our credit card ending 4410,
no set-off applies. If you have questions, your case manager ⸢n:Hendrina Bezuidenhout⸣ is on ⸢t:(07) 4631 2258⸣.`,
  },
  {
    lang: 'en',
    kind: 'Headstone order (Canada)',
    source: `TIDEWATER MONUMENTAL MASONS – ORDER 25-0613

Customer: ⸢n:Ayita Teehee⸣, ⸢h:1742 Birchmount Crescent, Halifax NS B3H 1T4⸣, ⸢t:902-555-0143⸣
Cemetery: Camp Hill, Section F, Lot F-18-077
Inscription:
     IN LOVING MEMORY OF
     ⸢n:DEGATAGA WOLFE-STANDINGDEER⸣
     ⸢b:MARCH 3, 1946⸣ – SEPTEMBER 9, 2025
     BELOVED HUSBAND OF ⸢n:ADSILA⸣
Stone: grey granite 24"×12", polished face. Deposit CAD 900 by card ⸢c:⸣ – receipt to ⸢m:ayita.teehee@shaw.ca⸣`,
  },
  {
    lang: 'en',
    kind: 'Cemetery plot deed transfer (US)',
    source: `ELMWOOD MEMORIAL PARK – 3100 Cemetery Road, Dayton, OH 45409

TRANSFER OF INTERMENT RIGHTS – Lot 14, Section C, Graves 3 and 4

Transferor: ⸢n:Degataga Crittenden⸣, heir of ⸢n:Woyi Crittenden⸣ (original owner, born ⸢b:1921-07-30⸣)
Transferee: ⸢n:Tayanita Oolootsa⸣, ⸢h:4410 Hollow Oak Drive, Dayton, OH 45419⸣
Transfer fee of $150 paid by card ⸢c:-⸣.
Notarized on 11/17/2025 before ⸢n:Adsila Vann-Tahlequah⸣, Notary Public, commission expires 2028.`,
  },
  {
    lang: 'en',
    kind: 'Exhumation licence application',
    source: `Ministry of Justice – Coroners, Burials, Cremation and Inquiries – Application for Exhumation Licence

Name of deceased: ⸢n:Iqaluk Akavak⸣          Date of burial: 12 March 1999
Place: Llanllwch churchyard, plot 4B
Reason: re-interment with spouse ⸢n:Uyarak Akavak⸣ in Nunavut
Applicant: ⸢n:Killiktee Ipellie⸣, ⸢h:5 Hafod Road, Swansea SA1 6DY⸣, ⸢t:01792 648 330⸣
Applicant's date of birth: ⸢b:2 Feb 1966⸣      Email: ⸢m:killiktee.ipellie@talktalk.net⸣
Consent of the incumbent and next of kin attached.`,
  },
  {
    lang: 'en',
    kind: 'Civil registration death notification (Ireland)',
    source: `Death Notification Form – Civil Registration Service, Dublin

Deceased: ⸢n:Hyder Bux Khuhro⸣, PPSN withheld, born ⸢b:19-Apr-1948⸣ in Larkana
Place of death: Beaumont Hospital, 20/10/2025
Usual residence: ⸢h:14 Magnolia Court, Swansea SA2 0QE⸣ (visiting family in Dublin)
Qualified informant: ⸢n:Sughra Junejo⸣ (daughter), ⸢t:+353 87 331 2049⸣
Funeral director: Kilbarrack Crematorium Ltd, bookings@kilbarrack-crem.ie, +353 1 832 9040
Repatriation to Pakistan not requested.`,
  },
  {
    lang: 'en',
    kind: 'Birth registration (New Zealand)',
    source: `Birth registration – BDM online – submitted 2025-11-03 21:10 NZDT from ⸢a:122.58.201.17⸣

Child: ⸢n:Mauri Mataiapo⸣                 Sex: male       Born: ⸢b:2025-10-29⸣, Whanganui Hospital
Mother: ⸢n:Tuaine Mareta Puapii⸣, born ⸢b:1996-02-14⸣ in Avarua
Father: ⸢n:Ngapoko Mataiapo⸣, born ⸢b:1993-08-08⸣
Address: ⸢h:12 Matai Street, Whanganui 4500⸣
Contact: ⸢m:tuaine.puapii@slingshot.co.nz⸣ / ⸢t:027 551 3380⸣`,
  },
  {
    lang: 'en',
    kind: 'Marriage notice (UK register office)',
    source: `NOTICE OF MARRIAGE – displayed at Shrewsbury Register Office until 19 December 2025

⸢n:Kitto Carlyon-Angove⸣, 41 years, divorced, of ⸢h:3 Chapel Row, Shrewsbury SY1 1QE⸣
and
⸢n:Bersaba Tregenza⸣, 38 years, single, of the same address
Proposed place of marriage: The Old Chapel, Ludlow.
Anyone knowing of a lawful impediment should contact the Superintendent Registrar.`,
  },
  {
    lang: 'en',
    kind: 'Executor email to solicitor',
    source: `From: ⸢n:Srinivas Kotagiri⸣ <⸢m:srinivas.kotagiri@gmail.com⸣>
To: probate@harcastle-solicitors.co.uk
Subject: Mum's estate – bank accounts and pension

Hi ⸢n:Madhura⸣,
Attached are the statements for Mum's (⸢n:Padmaja Kotagiri⸣, d.o.b. ⸢b:09/07/1950⸣) accounts. The Barclays
current account ⸢i:GB g⸣ still has the DWP payment for November; I assume that goes back?
Her German widow's pension (she lived in Bremen for 20 years) runs under Rentenversicherungsnummer
⸢s:09071950 Kotagiri f⸣ – do we write to the DRV ourselves?
Thanks, ⸢n:Srini⸣ – ⸢t:07946 102 338⸣`,
  },
  {
    lang: 'en',
    kind: 'Newspaper obituary draft (Canada)',
    source: `OBITUARY – for the Chronicle Herald, Saturday edition

⸢n:TOLOGANAK, Aputiarjuk⸣ – Peacefully at the Halifax Infirmary on November 4, 2025, at the age of 88.
Born ⸢b:May 17, 1937⸣ in Pangnirtung, she is survived by her sons ⸢n:Iqaluk⸣ and ⸢n:Tagak⸣ and her beloved
sister ⸢n:Siqiniq Aglukark⸣. Visitation Friday 2–4 pm at Tidewater Funeral Chapel. In lieu of flowers,
donations to the Inuit Art Foundation are appreciated. Online condolences at tidewater.example/obits.`,
  },
  {
    lang: 'en',
    kind: 'Repatriation of remains checklist',
    source: `Repatriation UK → Germany – checklist for the family of ⸢n:Hallbjarnarson, Kolfinnur⸣

☑ Death certificate (certified copy) and Coroner's Out of England form (Form 104)
☑ Deceased's German passport no. ⸢r:⸣ (expired 2023, accepted by consulate)
☐ Embalming certificate
☐ Freedom from infection certificate
Escort: ⸢n:Hrafnkatla Ingjaldsdóttir⸣, German ID card ⸢k:⸣, flight LH 921 LHR–FRA
Receiving funeral home: Pietät Abendfrieden, Bamberg, trauerfall@abendfrieden-bestattungen.de`,
  },
  {
    lang: 'en',
    kind: 'Bank bereavement notification',
    source: `Bereavement Notification – Northgate Building Society

Deceased customer: ⸢n:Ġorġina Pulè⸣        Date of birth: ⸢b:30/11/1939⸣
Accounts: instant saver ⸢i:GB⸣; joint current account with ⸢n:Salvu Pulè⸣ (surviving, continues)
Notifier: ⸢n:Ċettina Żammit Cutajar⸣ (executor), ⸢h:11 Orchard Mews, York YO31 7EF⸣
Notifier's ID checked: UK driving licence (number not recorded) and German ID card ⸢k:⸣
Closing balance to be paid to ⸢i:GB g⸣ on production of grant.`,
  },
  {
    lang: 'en',
    kind: 'Bereavement support call notes',
    source: `Call log – bereavement support line – 12/11/2025 14:05 – handled by ⸢n:Lovina⸣

Caller ⸢n:Bhavani Chilukuri⸣ (widow of ⸢n:Sai Kiran Chilukuri⸣) rang about the funeral bill and whether the
life policy pays direct to the funeral director. Explained the assignment form. Caller upset, lives alone at
⸢h:2 Larkspur Avenue, Leeds LS6 2QX⸣; agreed a call-back Friday on ⸢t:0113 496 0731⸣.
Referred to Cruse; no safeguarding concern. Follow-up: ⸢n:L. Beiler⸣.`,
  },
  {
    lang: 'en',
    kind: 'Will reading memo',
    source: `File note – meeting at our offices, 5 November 2025, re the will of ⸢n:Batlle, Mercè⸣

Present: ⸢n:Nuri Codina⸣ (executor), ⸢n:Arnau Llobet⸣ (beneficiary), ⸢n:Jordina Prats i Coll⸣ (beneficiary,
attending by video from ⸢a:83.43.112.9⸣), and the writer.
The will (dated 2 Feb 2016) leaves the flat in Girona to ⸢n:Arnau⸣ and the residue equally. ⸢n:Jordina⸣ asked
about Spanish succession tax; referred to a gestor in Girona. Next: obtain Spanish certificado de últimas
voluntades. – ⸢n:M. Farreras⸣`,
  },
  {
    lang: 'en',
    kind: 'Unclaimed estates list entry',
    source: `UNCLAIMED ESTATES – new entries this week (public list; no values of living persons)

Surname       Forenames        Date of death   Place of death     Date of birth
⸢n:Gombosuren⸣    ⸢n:Erdenebileg⸣      03/09/2025      Norwich            ⸢b:12/01/1949⸣
⸢n:Vemulapalli⸣   ⸢n:Sameer⸣           17/08/2025      Exeter             ⸢b:28/07/1955⸣
⸢n:Kõivupuu⸣      ⸢n:Hillar⸣           29/07/2025      Cardiff            ⸢b:06/05/1938⸣
Kin may claim within 12 years; contact the Government Legal Department, not the list's compilers.`,
  },
  {
    lang: 'en',
    kind: 'Funeral plan payment change',
    source: `Golden Leaf Funeral Plans – change of payment details

Plan holder: ⸢n:Ramina Benjamin-Odishoo⸣, plan no. GLP-0093318, date of birth ⸢b:21 Aug 1951⸣
Old card: ending 7712 (expired)
New card: ⸢c:⸣ exp 04/29 – monthly £31.50 from 1 December
Confirmation sent to ⸢m:ramina.odishoo@outlook.com⸣ and by post to ⸢h:46 Wheatsheaf Drive, Exeter EX4 6BT⸣`,
  },
  {
    lang: 'en',
    kind: 'Online memorial moderation log',
    source: `forevermissed-style memorial page "In memory of ⸢n:Nahrain Zaya⸣" – moderation log

2025-11-02 08:11 UTC  tribute posted by ⸢n:Shamasha Lazar⸣ from ⸢a:86.151.40.222⸣ – approved
2025-11-02 09:47 UTC  photo upload by ⸢n:Bayta Younan-Khamo⸣ from ⸢a:2a00:23c7:8d14:c201::1b⸣ – approved
2025-11-03 17:20 UTC  spam comment from 198.51.100.23 – removed (documentation range)
Page owner: ⸢n:Ninweh Zaya⸣, ⸢m:ninweh.zaya@icloud.com⸣`,
  },
  {
    lang: 'en',
    kind: 'German pension death notification for UK resident',
    source: `To: Deutsche Rentenversicherung Bund, Auslandsrenten, 10704 Berlin

Re: death of ⸢n:Sardesai, Anthony Menezes⸣ – insurance no. ⸢s:24061947 Sardesai m⸣

I write to tell you that my father died on 1 October 2025 in Bristol. He received a German old-age
pension paid to his account ⸢i:GB g⸣. Please stop payment and tell me whether any overpayment is due.
I am his son and executor: ⸢n:Caetano Sardesai⸣, ⸢h:88 Chandlers Row, Bristol BS7 8NR⸣,
German tax ID ⸢x:⸣, tel ⸢t:+44 7826 330 115⸣.`,
  },
  {
    lang: 'en',
    kind: 'Danish estate inventory summary',
    source: `Estate inventory (boopgørelse) – summary in English for the heirs abroad

Deceased: ⸢n:Toli Darda⸣, CPR withheld, born ⸢b:1944-03-27⸣, last address ⸢h:Assistens Allé 12, 5000 Odense C⸣
Assets: house at same address (valuation DKK 2.4m), Danske Bank ⸢i:DK⸣, car
Heirs: ⸢n:Mara Darda⸣ (spouse, ⸢t:+45 61 22 09 43⸣) ½; ⸢n:Yioryi Darda⸣ (son, ⸢h:Lindengracht 41, 2611 HR Delft⸣) ½
Estate duty: none between spouses; 15 % on the son's share above the allowance.`,
  },
  {
    lang: 'en',
    kind: 'Dutch notary letter on estate',
    source: `Notariskantoor Ypma & Sybesma – Leeuwarden

Dear Mrs ⸢n:Baukje Hettema⸣,
Regarding the estate of your late husband ⸢n:Oene Westra⸣ (born ⸢b:14-02-1946⸣), we confirm that the
certificate of inheritance (verklaring van erfrecht) has been issued. The balance of his ING account
⸢i:NL g⸣ will be transferred to your account ⸢i:NL⸣ this week.
Please let us have a copy of your passport for our file (Wwft). Your address on file:
⸢h:Kerkhoflaan 22, 8911 BL Leeuwarden⸣.`,
  },
  {
    lang: 'en',
    kind: 'Italian succession declaration note',
    source: `Note for client – Italian "dichiarazione di successione" for the estate of ⸢n:Lucifero Cossu-Satta⸣

The deceased (born ⸢b:02/08/1931⸣ in Nuoro, died 14/09/2025 in Cagliari) left a flat in
Cagliari (the property, not a residence of any heir). Heirs: ⸢n:Gavina Useli⸣ (daughter,
⸢h:Via Roma 77, 09124 Cagliari⸣, ⸢t:+39 070 664 218⸣) and ⸢n:Priamo Cossu-Satta⸣ (son, lives in Munich).
Filing deadline: 12 months from death. Codice fiscale of each heir needed – request from ⸢n:Gavina⸣.`,
  },
  {
    lang: 'en',
    kind: 'Consular death registration note (Spain)',
    source: `Consulate note – registration of death abroad of a German national

Name: ⸢n:Pelayo Fueyo⸣ (dual Spanish/German), born ⸢b:19.9.1952⸣, died 22.10.2025 in Bilbao
German passport ⸢r:⸣, German ID card ⸢k:⸣ – both to be invalidated
Spouse: ⸢n:Llucía Valdés Lloréu⸣, ⸢h:Avenida de los Cipreses 5, 48005 Bilbao⸣, ⸢m:llucia.valdes@yahoo.es⸣
Registration in the German register of deaths abroad (Standesamt I Berlin) requested by spouse.`,
  },
  {
    lang: 'en',
    kind: 'Funeral price list',
    source: `HOLLOWELL & GREAVES – STANDARDISED PRICE LIST (CMA Funeral Order 2021)

Attended funeral (standard) ........................................ £3,495
Unattended (direct) cremation ...................................... £1,295
Transfer of the deceased from place of death (within 20 miles) ..... included
Care of the deceased before the funeral ........................... included
Third-party costs (crematorium fee, doctor's fees) are charged at cost.
Enquiries: arrangements@hollowellgreaves.co.uk · 01743 355 210 · open 24 hours.`,
  },
  {
    lang: 'en',
    kind: 'Cemetery regulations excerpt',
    source: `ELMWOOD MEMORIAL PARK – RULES AND REGULATIONS (excerpt)

7. Monuments must be set on a concrete foundation installed by the Park.
8. Only one upright monument is permitted per lot; flat markers must be flush with the turf.
9. Artificial flowers are removed after 14 days; glass containers are not permitted.
12. Interments require 48 hours' notice and the surrender of the interment-rights certificate.
Office hours Mon–Fri 8:30–4:30. Grounds open daily from dawn to dusk.`,
  },
  {
    lang: 'en',
    kind: 'Probate guidance FAQ',
    source: `Do I need probate? – Frequently asked questions

Q: Can I close a small bank account without a grant?
A: Many banks release balances under £50,000 on a death certificate and an indemnity.
Q: How long does probate take?
A: Currently around 12–16 weeks from submission of a complete application.
Q: Who can apply if there is no will?
A: The closest relative in the statutory order – spouse or civil partner first, then children.
This guidance is general information and not legal advice.`,
  },
  {
    lang: 'en',
    kind: 'Crematorium maintenance notice',
    source: `Kilbarrack Crematorium – maintenance notice

Cremator 1 will be relined between 1 and 12 December 2025. Services in the chapel continue as
booked; committals may be scheduled on the following working day. Funeral directors: please book
through the usual portal or bookings@kilbarrack-crem.ie. We apologise for any inconvenience.`,
  },
];
