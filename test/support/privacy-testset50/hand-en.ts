import type { HandSource } from './markup.js';

const e = (kind: string, source: string): HandSource => ({ lang: 'en', kind, source });

/** English hand-written documents of set 50 (careers offices, reserves, Veterans UK, medals, service families, war graves, base access in the UK, Ireland, NL and DK), each a different kind. */
export const HAND_EN: HandSource[] = [
  e(
    'AFCO appointment confirmation e-mail',
    `From: Armed Forces Careers Office Aldershot <afco.aldershot@mod.example>
To: ⦃m:tsjalliene.terpsmaoen@btinternet.com⦄
Subject: Your interview on 17 Nov – ref AFCO-ALD-40721

Dear ⦃n:Tsjalliene Terpsmaoen⦄,
your careers interview (Royal Logistic Corps, driver) is booked for 10:00. Please bring your passport or
birth certificate and proof of address. If you cannot attend, call 01252 340 000 (office line).`,
  ),
  e(
    'Careers web enquiry form dump',
    `--- Enquiry #88213 (Army Careers website) ---
First name: ⦃n:Sjoerdtsje⦄
Last name: ⦃n:Boersmafenne⦄
Date of birth: ⦃b:2006-08-21⦄
Postcode area: GU11 (only the outward code is stored at this step)
Mobile: ⦃t:07723 418552⦄
Interest: Army Reserve, Royal Engineers`,
  ),
  e(
    'Reserve call-out notice letter',
    `Ministry of Defence – Call-out Notice under the Reserve Forces Act 1996, s.54
Ref: AFCO-CUR-11290 · Unit: Rgt 71

To: Corporal ⦃n:Haitsmerke Wijbengahiem⦄
⦃h:27 Grosvenor Road, Aldershot GU11 3AB⦄

You are required to report to Bn 23 at Catterick on 2 February 2027 for a period of up to 9 months.
Your employer has been notified. Enquiries: Mobilisation Centre, Chilwell (no personal line).`,
  ),
  e(
    'Irish Reserve training night roster',
    `Óglaigh na hÉireann – Army Reserve, 7 Inf Bn, B Coy – Training night roster, Tue 10 Nov
Section 1: ⦃n:Jeltsjebrecht Sikkemastate⦄ (i/c), ⦃n:Oebeliene Haismaleane⦄, ⦃n:Baukjemarie Feitsmawâld⦄
Section 2: ⦃n:Xuacuninu Vallinielles⦄ (i/c), ⦃n:Covadonguina Cangasbusto⦄
Drill hall opens 19:30. Apologies to the CQMS by text: ⦃t:+353 87 442 1907⦄ (⦃n:Nolonchu Llanesquin⦄).`,
  ),
  e(
    'Veterans UK pension claim acknowledgement',
    `Veterans UK – Armed Forces Pension Scheme
Our ref: VUK/26/004412

Mr ⦃n:Firminín Sariegollanu⦄
⦃h:14 Wellesley Drive, Aldershot GU11 2HT⦄

We have received your claim for early payment of preserved pension. Date of birth on record:
⦃b:1966-03-09⦄. Payments will be made to the account ending 4471 unless you tell us otherwise.
If you need to speak to us, please call the helpline; please quote the reference above.`,
  ),
  e(
    'MOD Medal Office application',
    `MOD Medal Office – Application for a Campaign Medal (MODMO 1)
Applicant (veteran): ⦃n:Rosinuca-Ana Pravianeru⦄
Date of birth: ⦃b:12/04/1972⦄
Home address: ⦃h:3 Larkhill Mews, Salisbury SP4 8DL⦄
E-mail: ⦃m:rosinuca.pravianeru@sky.com⦄  Phone: ⦃t:+44 7701 552183⦄
Medal: Iraq Medal (Op TELIC 1); unit at the time: Bn 40`,
  ),
  e(
    'Service record request letter',
    `Army Personnel Centre, Disclosures 4, Kentigern House, Glasgow G2 8EX

Dear Sir or Madam,
I am requesting the service record of my late father, ⦃n:Chorchet Sobrarbeño⦄, born ⦃b:5 June 1931⦄, who served with
the Royal Signals 1949–1955. I enclose his death certificate and my passport copy. I am his next of kin.
Please reply to ⦃h:61 Victoria Terrace, Aldershot GU12 4QN⦄.
Yours faithfully, ⦃n:Ixabelona Sobrarbeño⦄`,
  ),
  e(
    'Families federation live chat transcript',
    `Army Families Federation – webchat 06/11/2026 19:02
Visitor (⦃n:Pabolet Ansotanera⦄): Hi, we got our assignment order to Germany, BFPO 15. What about the school place for our son?
AFF adviser: Hello! The Children's Education Advisory Service can help. Can I take an email?
Visitor: ⦃m:pabolet.ansotanera@gmail.com⦄
AFF adviser: Thanks, CEAS will contact you within five working days.`,
  ),
  e(
    'School admissions e-mail thread with quoted reply',
    `From: ⦃n:Chuanet Biescasota⦄ <⦃m:chuanet.biescasota@outlook.com⦄>
Subject: Re: In-year admission – service family

Thanks, we can do the visit on Thursday. My daughter ⦃n:Rosalbeta Biescasota⦄ (DOB ⦃b:02/09/2014⦄) is in Year 7.

> On 4 Nov the school office wrote:
> As a service family you are covered by the Admissions Code paragraph 2.21. Please send proof of
> posting and your new address when known.`,
  ),
  e(
    'Spouse employment referral note',
    `Forces families jobs – referral note
Partner: ⦃n:Gjovanutute Rivignanot⦄, relocating with spouse to Tidworth in January
Skills: payroll, Sage 50; would like part-time.
Contact via ⦃t:07859 203 117⦄ after 3pm. Consent to share CV with employers: yes.`,
  ),
  e(
    'War graves enquiry next of kin e-mail',
    `To: enquiries@cwgc.example
From: ⦃n:Pieruciute Spilimbergjel⦄ <⦃m:pieruciute.sp@gmail.com⦄>
Subject: Great-uncle's grave – Private, died 1917

I believe my great-uncle is commemorated at Tyne Cot. He was my grandmother's brother. Could you confirm
the plot? I live at ⦃h:8 Bulford Road, Salisbury SP4 9JP⦄ and could visit in April.`,
  ),
  e(
    'Dutch veterans institute intake summary',
    `Veteranenloket – intake summary (English translation for the case officer)
Veteran: ⦃n:Bepuzzut Çividalut⦄, served UNIFIL 1986
Address: ⦃h:Kazernestraat 19, 3818 KB Amersfoort⦄
Phone: ⦃t:+31 6 4410 2786⦄
Request: help with a claim for a disability pension; referral to social worker agreed.`,
  ),
  e(
    'Danish Home Guard volunteer list CSV',
    `name,phone,email,company
⦃n:Mariutine Palmarins⦄,⦃t:+45 21 66 08 93⦄,⦃m:mariutine.p@mail.dk⦄,Hjemmeværnskompagni Herning
⦃n:Checutin Codroipanis⦄,⦃t:+45 40 12 77 05⦄,⦃m:checutin.codroipanis@stofanet.dk⦄,Hjemmeværnskompagni Viborg
⦃n:Djôsefene Dårdenneyes⦄,⦃t:+45 31 90 44 61⦄,⦃m:djosefene.d@mail.dk⦄,Hjemmeværnskompagni Viborg`,
  ),
  e(
    'Base visitor pass request',
    `Catterick Garrison – Pass Office – Visitor pass request
Visitor: ⦃n:Mareyinne Fagnårdeye⦄   DOB: ⦃b:1990-11-30⦄
ID: German passport ⦃r:⦄
Visiting: LCpl in Bn 19 (sponsor), 21–23 Dec
Vehicle: hire car, plate on arrival. Mobile: ⦃t:+49 160 3318 2279⦄`,
  ),
  e(
    'Contractor access list',
    `Contractor access list – Lancaster Barracks, window replacement (works order via AFCO-BFS-50122)
Name | Company | Photo ID | Valid to
⦃n:Houbertine Crahayeux⦄ | Glazewell Ltd | German ID card ⦃k:⦄ | 20/12/2026
⦃n:Colasse-Fra Lahayewé⦄ | Glazewell Ltd | German passport ⦃r:⦄ | 20/12/2026
⦃n:Djåkline Gilsouleye⦄ | Glazewell Ltd | German ID card ⦃k:⦄ | 20/12/2026`,
  ),
  e(
    'Service family accommodation move-in ticket',
    `SFA Helpdesk – Ticket 4471902 – Move-in defects
Occupant: ⦃n:Bietrumé Pirotiaux-Mw⦄
Property: ⦃h:12 Ash Vale Close, Aldershot GU12 5XE⦄
Reported: boiler not working, smoke alarm missing in bedroom 2.
Callback: ⦃t:07700 318 224⦄ · Priority: emergency (young children)`,
  ),
  e(
    'Unit welfare committee minutes',
    `Minutes – Unit Welfare Committee, Rgt 32, 3 Nov 2026
Present: Welfare Officer, Padre, RSM, Chair of Families Forum ⦃n:Léinchen Hoffmannsbaach⦄
1. Christmas party: tickets via the families office.
2. ⦃n:Jhempiko Kremerschleid⦄ raised childcare during exercise dates; WO to contact ⦃m:jhempiko.kremerschleid@gmail.com⦄.
3. AOB: none.`,
  ),
  e(
    'Reservist platoon group chat export',
    `[11/11/26, 18:02] Sgt ⦃n:Kätty-Nëss Schmitzbësch⦄: Ex starts Fri 1800, kit list pinned
[11/11/26, 18:05] ⦃n:Pierchen-Jos Wagnerhaff⦄: Can't make Fri, work. Sat morning ok?
[11/11/26, 18:06] Sgt ⦃n:Kätty-Nëss Schmitzbësch⦄: Ok, call me ⦃t:07723 556 901⦄
[11/11/26, 18:10] ⦃n:Trëndel Reuterkopp⦄: new number for the nominal roll: ⦃t:07859 774 310⦄`,
  ),
  e(
    'Covenant housing referral',
    `Armed Forces Covenant – housing referral to Rushmoor Borough Council
Applicant: ⦃n:Prodromoula Trapezoundiadis⦄, veteran (left 2024), DOB ⦃b:14/02/1989⦄
Current address: ⦃h:44 Victoria Terrace, Aldershot GU11 1AB⦄ (notice to quit)
Email: ⦃m:prodromoula.trap@outlook.com⦄`,
  ),
  e(
    'Veterans gateway call log',
    `Veterans' Gateway – call log 05/11/2026
14:03 inbound, caller ⦃n:Sofitsaki Santalidaki⦄, Navy veteran, callback ⦃t:+44 7912 440187⦄
Needs: debt advice, employment. Referred to SSAFA caseworker.
14:19 outbound SMS confirmation sent. Case ref VG-26-118230.`,
  ),
  e(
    'Welfare fund card payment dispute',
    `Regimental benevolent fund – payment dispute
Donor: ⦃n:Evterpoula Imeroglakis⦄
Card used: ⦃c:s⦄, charged twice on 30 Oct (£25.00).
Please refund one payment; receipt to ⦃m:evterpoula.imeroglakis@gmail.com⦄.`,
  ),
  e(
    'Removals booking confirmation',
    `Removals booking – Move ID 20261208-AL
Customer: ⦃n:Kyawzwarhtet Khinsabaisoe⦄, posting from Aldershot to Germany, BFPO 31
Collection: ⦃h:9 Wellesley Drive, Aldershot GU11 2QN⦄
Survey visit 24 Nov; contact ⦃m:kyawzwar.k@btinternet.com⦄, ⦃t:07723 901 442⦄`,
  ),
  e(
    'Irish defence pension overpayment letter',
    `Department of Defence – Pensions Section, Renmore, Galway
Our ref: DP/26/7712

Dear Mr ⦃n:Aungkhantmin Wunnahlaing⦄,
our records show an overpayment of €412.60 in your military service pension. You can repay by transfer or
ask us to deduct it in instalments. Please contact us by e-mail at ⦃m:aungkhantmin.w@eircom.net⦄ if you prefer
to keep writing from your personal address, or telephone ⦃t:+353 91 743 3820⦄ (your landline on file).`,
  ),
  e(
    'Next of kin update form',
    `JPA – Emergency contact / next of kin update
Service person: ⦃n:Hninsandar Yadanarmoe⦄
Primary NOK: ⦃n:Ei-Phyuthwe Yadanarmoe⦄ (mother), ⦃t:+31 6 2201 7734⦄
Address: ⦃h:Oranjelaan 40, 4811 TR Breda⦄
Secondary NOK: none`,
  ),
  e(
    'Bereavement support referral',
    `Referral – Bereavement support (Defence Bereavement team)
Bereaved partner: ⦃n:Zawlinnaing Sittnaingtun⦄
Children: two, aged 4 and 7. Support requested with the funeral grant and school letters.
Bank details for grant: ⦃i:GB g⦄
Best contact: ⦃m:zawlin.sittnaingtun@sky.com⦄`,
  ),
  e(
    'Careers office opening hours notice',
    `NOTICE – Armed Forces Careers Office Belfast
Opening hours over the Christmas period: closed 24 Dec – 2 Jan.
Online applications continue; fitness assessments resume 5 Jan.
For urgent enquiries use the national recruiting line.`,
  ),
  e(
    'Quarterly recruitment statistics',
    `Regular Forces recruitment, Q3 2026 (provisional)
Service   | Applications | Starters | Change on Q2
Navy      | 9,120        | 1,050    | +4%
Army      | 31,400       | 2,880    | -2%
RAF       | 8,770        | 960      | +1%
Source: Defence statistics; no individual records.`,
  ),
  e(
    'Exercise road closure public notice',
    `PUBLIC NOTICE – Military exercise, Salisbury Plain Training Area
Between 16 and 20 November, tank crossings on the A360 near Tilshead will be controlled.
Expect delays of up to 15 minutes. Range control can be reached on the public line 01980 674 000.`,
  ),
  e(
    'Guard room duty roster',
    `Guard duty roster – Bn 17, Alanbrooke Barracks, week 47
Mon: Guard Comd ⦃n:Lalisaafoo Gudinaaboru⦄, sentries ⦃n:Tolasaagaa Kumsaabalee⦄ and ⦃n:Meseretuu Tafarraawa⦄
Tue: Guard Comd ⦃n:Obsinaan Dirribaasaa⦄, sentries ⦃n:Fayisaagaa Waaqoonadu⦄ and ⦃n:Gammachiis Bultumee⦄
Swaps only via the Orderly Sergeant.`,
  ),
  e(
    'Reservist allowance claim',
    `Claim for Reserve training allowance (employer support)
Reservist: ⦃n:Hawiiboorii Abdiisaaboo⦄, home ⦃h:5 Tidworth Lane, Salisbury SP4 7RB⦄
Training: annual camp, 14 days. Employer: Wessex Logistics Ltd.
Pay allowance to the reservist's own account: ⦃i:GB⦄`,
  ),
];
