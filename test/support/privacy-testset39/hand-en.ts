import type { HandSource } from './markup.js';

/** English hand-written documents of set 39 (insurance: claims, brokers, adjusters, underwriting), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'motor first notification of loss',
    source: `FNOL – Motor – Ref MT/26/004812
Policyholder: ⟪n:Piyesis Whiskeyjack⟫, DOB ⟪b:07/22/1986⟫
Address: ⟪h:1408 Jasper Avenue, Edmonton, AB T5J 1Y8⟫
Mobile: ⟪t:+1 780 414 2297⟫
Third party: ⟪n:Nikamon Nepoose⟫, no injuries reported.
Claims line for updates: 1-800-668-0303`,
  },
  {
    lang: 'en',
    kind: 'loss adjuster email thread',
    source: `From: ⟪n:Kaupena Keomaka⟫ <⟪m:kaupena.keomaka@pacificadjusting.com⟫>
To: claims@islandmutual.com
Subject: RE: Water damage – unit 12B – our ref PA-1192

Site visit done. Damage limited to kitchen and hallway, estimate USD 14,300.

> On 3 Mar, Claims Desk wrote:
> Please inspect the insured's unit at ⟪h:2250 Kalakaua Ave, Honolulu, HI 96815⟫ and report.

⟪n:Kaupena⟫
Direct ⟪t:(808) 946-3371⟫`,
  },
  {
    lang: 'en',
    kind: 'subrogation demand letter',
    source: `Dear Mr ⟪n:Abdirashid Cabdulle⟫,
Re: Our insured v. you – escape of water, 14 Feb 2026

We have paid our insured GBP 6,240.00 following water escaping from your flat at
⟪h:Flat 3, 27 Grange Road, Leicester LE2 1FA⟫. Please pay this sum or pass this letter to your insurer
within 21 days. Payments to our account GB29 NWBK 6016 1331 9268 19.
Recoveries Team, Meridian General`,
  },
  {
    lang: 'en',
    kind: 'life underwriting medical questionnaire',
    source: `Life Cover Application – Medical Questionnaire
Life assured: ⟪n:Farhiya Abdille⟫   Date of birth: ⟪b:12 August 1991⟫
GP: Dr ⟪n:Vuyani Tshangana⟫, Riverside Surgery, 4 Mill Lane, Bristol BS1 6PX
Q7 Have you smoked in the last 12 months? No
Q9 Any hospital admissions? Appendectomy 2014
Contact: ⟪m:farhiya.abdille@outlook.com⟫, ⟪t:07912 448301⟫`,
  },
  {
    lang: 'en',
    kind: 'travel claim chat transcript',
    source: `Agent: Hello, you're chatting with TravelSure claims.
Customer: My bag was lost in Lisbon, flight TP1352.
Agent: Sorry to hear that. Can I take your full name and date of birth?
Customer: ⟪n:Ei Thinzar Kyawswa⟫, ⟪b:1995-04-03⟫
Agent: Thank you. Your reference is TS-88201. We'll email ⟪m:eithinzar.k@gmail.com⟫ the form.`,
  },
  {
    lang: 'en',
    kind: 'broker renewal note',
    source: `Renewal note – commercial combined (sole trader)
Client: ⟪n:Yadanar Thiha⟫, joiner
Premises: ⟪h:Unit 4, 18 Marsh Lane, Preston PR1 8UD⟫
Client mobile: ⟪t:07723 518904⟫, email ⟪m:yadanar@thihajoinery.co.uk⟫
Renewal premium GBP 1,884 incl. IPT. Client wants EL cover raised to 10m.`,
  },
  {
    lang: 'en',
    kind: 'fraud referral form',
    source: `SIU Referral
Claim: HH-2026-33190 (theft, laptop and jewellery)
Claimant: ⟪n:Meleane Fonohema⟫, DOB ⟪b:21.09.1988⟫
Red flags: policy incepted 9 days before loss; receipts from same shop with consecutive numbers;
claim submitted from IP ⟪a:81.2.69.142⟫ which also submitted a claim for ⟪n:Sioeli Kaufana⟫.
Referred by: Desk 4`,
  },
  {
    lang: 'en',
    kind: 'ombudsman final decision excerpt',
    source: `Final decision – complaint about a pet insurer
Complainant: Ms ⟪n:Hoata Rauzy⟫
The insurer declined the vet bills as a pre-existing condition. I have looked at the clinical history and
I am not persuaded the symptoms started before the policy began. I uphold the complaint.
The insurer should pay the claim with 8% simple interest.`,
  },
  {
    lang: 'en',
    kind: 'premium arrears phone log',
    source: `Call log 14:20 – outbound – arrears
Spoke to ⟪n:Tupac Huarancca⟫ on ⟪t:+51 984 227 310⟫.
Two instalments missed. Customer will pay by card today: ⟪c: ⟫ (taken by IVR, not stored by agent).
Follow up in 7 days if unpaid.`,
  },
  {
    lang: 'en',
    kind: 'health claim CSV export',
    source: `claim_id,member,dob,provider,amount
HC-1001,⟪n:Akhona Mgoqi⟫,⟪b:1977-02-14⟫,Sandton Clinic,4200.00
HC-1002,⟪n:Nolitha Ndzimande⟫,⟪b:1983-11-30⟫,Rosebank Radiology,1875.50
HC-1003,(group scheme – unnamed),,Cape Town Dental,960.00`,
  },
  {
    lang: 'en',
    kind: 'product bulletin without personal data',
    source: `Product bulletin 12: flood cover in postcode sectors re-rated
From 1 June, properties in the revised flood zones will be referred to underwriting. Brokers should
not bind cover online for these risks. The Flood Re levy is unchanged. Questions to the broker desk.`,
  },
  {
    lang: 'en',
    kind: 'surveyor inspection report',
    source: `Pre-cover survey – Hotel Marina (commercial property)
Attended by: ⟪n:Aningaaq Amarualik⟫ (surveyor) with the owner ⟪n:Tupaarnaq Kuptana⟫
Risk address: Harbour Road 2, Nuuk 3900
Fire alarms tested, kitchen suppression serviced 01/2026. Recommendation: replace two extinguishers.
Surveyor mobile ⟪t:+299 52 41 87⟫`,
  },
  {
    lang: 'en',
    kind: 'liability claim witness statement',
    source: `Witness statement
I, ⟪n:Kealohilani Kamaunu⟫, of ⟪h:88 Queen Street, Auckland 1010⟫, state:
On 2 March I saw a customer slip on a wet floor near aisle 6. No warning sign was present.
I can be contacted on ⟪t:021 448 0317⟫.
Signed ⟪n:K. Kamaunu⟫`,
  },
  {
    lang: 'en',
    kind: 'policy change request email',
    source: `Subject: change of bank details – policy HP-77102
Hi, please take future premiums from my new account ⟪i:IE g⟫.
Also my new address is ⟪h:14 Clontarf Street, Belfast BT3 9JR⟫.
Thanks,
⟪n:Tevitaleka Tangitau⟫
⟪t:+44 7842 310447⟫`,
  },
  {
    lang: 'en',
    kind: 'claims handler handover notes',
    source: `Handover – claims I hold while on leave
- MT/26/0031 third-party capture, awaiting TP insurer reply
- HH/26/1120 surveyor booked
- LI/26/0007 solicitor letter expected; contact for solicitor is ⟪n:Ikran Gedi⟫, ⟪m:ikran.gedi@gedilaw.co.uk⟫
Covering: Team B inbox.`,
  },
  {
    lang: 'en',
    kind: 'disability claim employer form',
    source: `Employer's statement – income protection claim
Employee: ⟪n:Mukhtar Afrax⟫, employee no. 20-4417
Home address (per HR): ⟪h:1245 Wellington Street West, Toronto, ON M5V 1E5⟫
Date of birth: ⟪b:March 9, 1970⟫
Last day worked: 14 January 2026. Salary CAD 71,000.`,
  },
  {
    lang: 'en',
    kind: 'home insurance quote web form',
    source: `Quote request #Q-559031
Name: ⟪n:Irupé Mendieta⟫
Email: ⟪m:irupe.mendieta@yahoo.com⟫
Phone: ⟪t:+1 305 662 1947⟫
Property: ⟪h:2731 SW 22nd Street, Miami, FL 33145⟫
Year built 1962, roof 2019, no prior claims
Submitted from ⟪a:73.152.8.201⟫`,
  },
  {
    lang: 'en',
    kind: 'pet insurance claim note',
    source: `Vet claim – dog "Biscuit", cruciate ligament
Owner: ⟪n:Harilala Rakotoarisoa⟫ – paid the vet by card ⟪c: ⟫
Reimburse to the owner's account ⟪i:GB g⟫. Excess GBP 99 applied.`,
  },
  {
    lang: 'en',
    kind: 'reinsurance bordereau without personal data',
    source: `Quarterly bordereau Q1 2026 – property quota share
Risks bound: 1,204   Gross premium: EUR 3,882,100   Claims paid: EUR 1,402,770
Large losses (> EUR 250k): 2 (fire, warehouse; flood, retail park)
Prepared by the cedant's reinsurance unit.`,
  },
  {
    lang: 'en',
    kind: 'expat health insurance enrolment',
    source: `Enrolment – International Health Plan
Member: ⟪n:Dolma Samten⟫, DOB ⟪b:04-06-1992⟫
German tax ID (employer in Munich requires it): ⟪x:⟫
Passport: ⟪r:⟫
Home address: ⟪h:Karlstraße 58, 80333 München⟫`,
  },
  {
    lang: 'en',
    kind: 'motor claim SMS exchange',
    source: `[SMS to ⟪t:07958 220613⟫] Hi, your courtesy car is booked for tomorrow 9am. Reply YES to confirm.
[SMS from ⟪t:07958 220613⟫] YES. it's ⟪n:Choeying⟫ by the way, my dad's the policyholder
[SMS to ⟪t:07958 220613⟫] Thanks ⟪n:Choeying⟫, noted.`,
  },
  {
    lang: 'en',
    kind: 'claim settlement letter',
    source: `⟪n:Mahefa Andrianasolo⟫
⟪h:7 Rue des Lilas
1234 Luxembourg⟫

Settlement of your claim TR-40021
We will pay EUR 2,140.00 to ⟪i:LU⟫ within 5 working days.
Kind regards, Travel Claims`,
  },
  {
    lang: 'en',
    kind: 'legal expenses panel solicitor email',
    source: `From: ⟪m:antoneddu.demurtas@demurtaslegal.ie⟫
Subject: New instruction – our client ⟪n:Kerana Oviedo⟫

Dear Panel Team,
We accept the instruction. Our client can be reached on ⟪t:+353 86 204 9931⟫.
⟪n:Antoneddu Demurtas⟫, Solicitor (sole practitioner)`,
  },
  {
    lang: 'en',
    kind: 'accident claim phone transcript',
    source: `ADVISER: Can you confirm your address?
CALLER: It's ⟪h:12 Mandela Drive, Durban 4001⟫.
ADVISER: And a number we can call back on?
CALLER: ⟪t:082 574 3019⟫.
ADVISER: Thank you Ms ⟪n:Mbambo⟫, I've logged it under AC-7713.`,
  },
  {
    lang: 'en',
    kind: 'team rota without personal data',
    source: `Claims desk rota – week 14
Mon–Wed: Team A (motor), Team C (home)
Thu–Fri: Team B (motor), Team C (home)
Out-of-hours line diverted to the central emergency service.`,
  },
  {
    lang: 'en',
    kind: 'crop insurance field assessment',
    source: `Field assessment – hail damage, maize
Farmer: ⟪n:Mainumby Zárate⟫, farm "Estancia Yvy", Ruta 2 km 41, Caacupé
Assessor: ⟪n:Yerutí Benegas⟫, ⟪m:yeruti.benegas@agroseguros.com.py⟫
Estimated loss 38% on 22 ha. Photos taken 10:00–11:30.`,
  },
  {
    lang: 'en',
    kind: 'data subject access request',
    source: `Subject access request
I, ⟪n:Giuannicu Scanu⟫ (born ⟪b:2 January 1966⟫), ask for all personal data you hold about me.
Policy numbers: HH-220019, MT-771030.
Send the reply to ⟪m:g.scanu@libero.it⟫ or ⟪h:Via Carlo Alberto 9, 09124 Cagliari⟫, Italy.`,
  },
  {
    lang: 'en',
    kind: 'travel insurance medical repatriation log',
    source: `Assistance log – case AS-26-0590
08:12 call from hospital in Bangkok re patient ⟪n:Tigullaraq Nungaq⟫
08:40 spoke to wife ⟪n:Saqqaq Nungaq⟫ on ⟪t:+45 21 64 83 09⟫
10:05 fit-to-fly confirmed; air ambulance not needed, business class + escort
12:30 guarantee of payment sent to hospital billing office`,
  },
  {
    lang: 'en',
    kind: 'insurer staff directory extract',
    source: `Directory – Claims Operations
Head of Claims: ⟪n:Ramilya Sabirova⟫, ext 4410, ⟪m:r.sabirova@meridiangeneral.co.uk⟫
Claims switchboard: 0345 600 1234
Complex claims: ⟪n:Aydar Zakirova⟫, ⟪t:020 7323 1187⟫
General inbox: claims@meridiangeneral.co.uk`,
  },
  {
    lang: 'en',
    kind: 'marine cargo claim notice',
    source: `Notice of cargo claim – B/L MSKU 7781203
Consignee contact: ⟪n:Teriitua Teamotuaitau⟫, ⟪m:teriitua.t@mail.pf⟫, ⟪t:+689 87 21 44 90⟫
Damage: 14 cartons wet on arrival at Papeete. Surveyor appointed by the cargo insurer.`,
  },
  {
    lang: 'en',
    kind: 'cyber insurance incident intake',
    source: `Cyber incident intake – policy CY-3308
Reporter: ⟪n:Ravshan Abdurakhmonov⟫ (owner, sole trader), ⟪m:ravshan@abdurakhmonov-accounts.co.uk⟫
Suspicious login to the client portal from a Tor exit relay; the owner's own office IP is ⟪a:86.14.203.77⟫.
Breach coach assigned; forensic firm on standby.`,
  },
  {
    lang: 'en',
    kind: 'claims webhook payload',
    source: `POST /hooks/claims HTTP/1.1
Host: intake.claims-example.com
Content-Type: application/json

{"event":"claim.created","claim":"MT/26/005117","claimant_email_b64":"⟪m:bG90b21vLnBhaHVsdUBvdXRsb29rLmNvbQ==⟫","claimant_phone_b64":"⟪t:KzQ0IDc4MzMgNDAyOTE4⟫","channel":"web"}`,
  },
  {
    lang: 'en',
    kind: 'load file validation report without personal data',
    source: `Production QC – volume VOL001
DAT rows: 1,482   OPT images: 6,903   Extracted text files: 1,482
Missing images: 0   Duplicate Bates numbers: 0   Date fields not ISO 8601: 12 (fixed)
Delimiters: field DC4 (ASCII 20), quote þ, newline ®. Ready for transfer to opposing counsel.`,
  },
];
