import type { HandSource } from './markup.js';

/** English hand-written documents of set 47 (embassies and consulates of UK, IE, US, CA, AU, NZ in DE, AT and CH, and German-speaking missions abroad), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Emergency travel document application email',
    source: `From: ⟬n:Illiamkey Quayleorris⟭ <⟬m:illiamkey.quayleorris@btinternet.com⟭>
To: munich.consular@muc-fcdo.example
Subject: Stolen passport – need an emergency travel document before Friday

Hello,

my passport was stolen at Munich Hauptbahnhof on Tuesday evening (police report 2026/031188 from PI 11).
I fly back to Manchester on Friday 20 March at 14:05. I've filled in the online ETD form, reference APT-20533901,
and paid the £100 fee.

I'm staying at ⟬h:Schleißheimer Straße 61, 80797 München⟭ with a friend. Mobile ⟬t:+44 7812 430 966⟭
(UK number, roaming).

Thanks,
⟬n:Illiamkey⟭

Sent from my iPhone`,
  },
  {
    lang: 'en',
    kind: 'Reply from consulate with quoted message arrest',
    source: `Dear Mrs ⟬n:Kinvigcurphey⟭,

Thank you for your call this morning. We can confirm that your son, ⟬n:Orryvane Kinvigcurphey⟭ (DOB ⟬b:14/07/2003⟭),
was arrested in Vienna on 8 March and is held at Justizanstalt Josefstadt. A consular officer visited him today;
he is well and has been assigned a lawyer. We cannot pass on details of the case without his consent, which he has
given for you.

Kind regards,
Consular Section
British Embassy Vienna | +43 1 716 13 0 | consular.vienna@vienna-fcdo.example

-----Original Message-----
From: ⟬n:Ealisaid Kinvigcurphey⟭ <⟬m:ealisaid.k@sky.com⟭>
Sent: 09 March 2026 07:41
Subject: my son ⟬n:Orryvane⟭
> He was supposed to fly home on Sunday and we can't reach him. Please call me on ⟬t:07955 218 407⟭.`,
  },
  {
    lang: 'en',
    kind: 'Consular Report of Birth Abroad worksheet',
    source: `APPLICATION FOR CONSULAR REPORT OF BIRTH ABROAD (DS-2029) – worksheet, U.S. Embassy Bern
Appointment: APT-20540072, 24 March 2026, 08:30, Sulgeneckstrasse 19, 3007 Bern

Child: ⟬n:Yoloxochitl Cuauhtliyotl Tlacuilotzin⟭      Date of birth: ⟬b:02/11/2025⟭ (Lindenhofspital, Bern)
Parent 1 (U.S. citizen): ⟬n:Cuauhtliyotl Tlacuilotzin⟭, born ⟬b:May 4, 1986⟭, Austin, Texas
  Physical presence in the U.S.: 1986–2012 (transcripts, W-2s attached)
Parent 2: ⟬n:Zerayexanım Xozatıcan⟭, born ⟬b:March 19, 1990⟭, Tunceli, Turkish citizen
Home address: ⟬h:Länggassstrasse 48, 3012 Bern⟭
Phone: ⟬t:+41 79 402 88 13⟭    Email: ⟬m:c.tlacuilotzin@icloud.com⟭

Fees: CRBA $100, passport $135 (paid online, receipt 7730018).`,
  },
  {
    lang: 'en',
    kind: 'Irish passport online renewal support chat',
    source: `Passport Online – Live chat transcript (Embassy of Ireland, Berlin)
[10:02] Agent ⟬n:Oihanatxo⟭: Hello, you're through to the Passport Service. How can I help?
[10:03] ⟬n:Aroharangi Tipenetahu⟭: hi, my application says "witness required" but I live in Leipzig, who can sign?
[10:04] Agent ⟬n:Oihanatxo⟭: A Garda isn't available abroad, so a local police officer, a notary or a doctor can witness it. Could I have your application number?
[10:04] ⟬n:Aroharangi Tipenetahu⟭: 10 4471 2209 3
[10:05] Agent ⟬n:Oihanatxo⟭: Thanks. I see date of birth ⟬b:30/03/1994⟭ and address ⟬h:Könneritzstraße 17, 04229 Leipzig⟭, correct?
[10:05] ⟬n:Aroharangi Tipenetahu⟭: yes
[10:06] Agent ⟬n:Oihanatxo⟭: Print the witness form, have it stamped, and post it to Passport Office, Balbriggan. Anything else?
[10:06] ⟬n:Aroharangi Tipenetahu⟭: no thanks 👍`,
  },
  {
    lang: 'en',
    kind: 'HAR snippet pasted into bug report Canadian portal',
    source: `Bug: "Invalid email" on Step 3 of the Proof of Citizenship form (IRCC portal via Embassy Vienna page)

Steps: fill in the form, press Next. Browser: Firefox 133. HAR excerpt (sent with the user's permission):

  "request": {
    "method": "POST",
    "url": "https://services.vienna-canada.example/citizenship/step3?lang=en",
    "postData": {
      "mimeType": "application/x-www-form-urlencoded",
      "text": "given=⟬n:Apolinariong⟭&family=⟬n:Dizonpangga⟭&email=⟬m:apolinario.dizon%2Bircc%40gmail.com⟭&phone=⟬t:%2B43+676+5512093⟭&dob=⟬b:1977-08-21⟭&token=9f2c41ab"
    }
  },
  "response": { "status": 422, "content": { "mimeType": "application/json", "text": "{\\"field\\":\\"email\\",\\"error\\":\\"plus sign not allowed\\"}" } }

Expected: plus addressing is a valid email. Server: 192.0.2.201. Severity: medium.`,
  },
  {
    lang: 'en',
    kind: 'Notarial services appointment confirmation Australian embassy',
    source: `Australian Embassy Berlin – Notarial Services
Appointment confirmation APT-20561180

Name: ⟬n:Tautahipuke, Ngaireawa⟭
Service: Witnessing of signature – Statutory Declaration (Commonwealth) and certified copies (3)
Date: Wednesday 15 April 2026, 11:20
Location: Wallstraße 76-79, 10179 Berlin (enter via Märkisches Ufer)

Bring: photo ID (passport), the unsigned documents. Fee AUD 135 per signature, AUD 30 per certified copy,
payable by card only.

Contact for changes: consular.berlin@berlin-dfat.example | +49 30 880088-0
Your details on file: ⟬m:ngaire.tautahipuke@optusnet.com.au⟭, ⟬t:+49 1590 6627310⟭`,
  },
  {
    lang: 'en',
    kind: 'Overseas voter registration confirmation letter',
    source: `Electoral Registration Office
Bristol City Council

Mr ⟬n:Kofiboakye Asanteboadu⟭
⟬h:Effingerstrasse 22, 3008 Bern⟭
Switzerland

Dear Mr ⟬n:Asanteboadu⟭,

Your application to register as an overseas elector has been accepted. You are registered at your previous UK
address ⟬h:118 Gloucester Road, Bristol BS7 8PL⟭ and will be able to vote by post or proxy.
Your registration lasts until 1 November 2026; we will write to you at ⟬m:kofi.asanteboadu@bluewin.ch⟭ before it expires.

Elector number: KF3-0412

Yours sincerely,
Electoral Services`,
  },
  {
    lang: 'en',
    kind: 'Death abroad consular case note',
    source: `CONSULAR CASE NOTE – Death abroad (Embassy of the United States, Bern)
Case: KA-30811/26  Officer: ⟬n:K. Agbayaniyo⟭

Deceased: ⟬n:Leopoldino Ragasakyo⟭, DOB ⟬b:01/09/1958⟭, U.S. passport holder, resident of ⟬h:2211 Manor Rd, Austin, TX 78722⟭
Date/place of death: 27 Feb 2026, Zermatt (hiking accident), remains at Spital Visp.
Next of kin: spouse ⟬n:Erlindayo Ragasakyo⟭, ⟬t:(512) 448-0193⟭, notified 27 Feb 21:10 CET by phone.

Actions: Report of Death Abroad (DS-2060) drafted; funeral home options emailed to NOK; local death certificate
requested from Zivilstandsamt Visp; passport ⟬r:⟭ — NOTE: this is the German passport he also held, to be returned
to the German Embassy Bern for cancellation.`,
  },
  {
    lang: 'en',
    kind: 'German visa applicant email Consulate San Francisco',
    source: `To: visa@sf-diplo.example
From: ⟬m:shettimaram.fannami@gmail.com⟭
Subject: National visa (job seeker) – documents for appointment APT-20498870

Dear Sir or Madam,

please find attached my documents for the job seeker visa appointment on 7 April. My details:
Name: ⟬n:Fannamiyu Shettimaram⟭
Date of birth: ⟬b:12 December 1995⟭
Address: ⟬h:1402 South Congress Ave, Austin, TX 78704⟭
Phone: ⟬t:(512) 917-3306⟭

My blocked account (Sperrkonto) confirmation from the provider shows my German account ⟬i:DE⟭.
I also attach the recognition notice of my degree (ZAB, 2025).

Best regards,
⟬n:Fannamiyu Shettimaram⟭`,
  },
  {
    lang: 'en',
    kind: 'Apostille request form UK legalisation office',
    source: `LEGALISATION OFFICE – ORDER FORM (paper)
Applicant: ⟬n:Cregeenvane, Juanitys⟭
Return address: ⟬h:Neubaugasse 44, 1070 Wien⟭, Austria
Email: ⟬m:juanitys.cregeenvane@hotmail.com⟭     Phone: ⟬t:+43 650 2290413⟭

Documents (2):
1. Degree certificate, University of Bristol, 2014
2. ACRO police certificate dated 03/02/2026
Destination country: Austria (Apostille Convention – apostille sufficient)

Payment: card ⟬c:-⟭, exp 11/28, £90.00 incl. courier
Office use: batch L-2026-0311, received 11 Mar 2026`,
  },
  {
    lang: 'en',
    kind: 'Repatriation loan undertaking to repay',
    source: `UNDERTAKING TO REPAY – EMERGENCY FINANCIAL ASSISTANCE (Embassy of Ireland, Vienna)

I, ⟬n:Odhiamboruto Omondimaroa⟭, born ⟬b:22/02/1999⟭, of ⟬h:Alser Straße 19, 1080 Wien⟭, acknowledge receipt of
EUR 640.00 advanced by the Department of Foreign Affairs for my repatriation to Dublin (flight OS 381, 12 March
2026). I undertake to repay this amount within 30 days to the account IE55 BOFI 9000 1710 0277 45,
reference KA-30709/26. My passport will be restricted to a single journey until repayment.

Refund, if any, to my own account: ⟬i:IE g⟭

Signed: ⟬n:O. Omondimaroa⟭                 Date: 10/03/2026
Witnessed: Consular Officer, Embassy of Ireland, Vienna`,
  },
  {
    lang: 'en',
    kind: 'curl transcript in ops runbook with user data',
    source: `## Runbook: replaying a failed registration (NZ High Commission portal)

Only replay with the applicant's consent, from the bastion host. Example from incident INC-0417 (data kept in the ticket):

    $ curl -v https://register.nz-hc.example/api/overseas-voters \\
        --data-urlencode 'name=⟬n:Whaitirirua Herewiniaro⟭' \\
        --data-urlencode 'dob=⟬b:1983-06-15⟭' \\
        --data-urlencode 'email=⟬m:w.herewiniaro@xtra.co.nz⟭'
    > POST /api/overseas-voters HTTP/2
    > content-type: application/x-www-form-urlencoded
    > content-length: 96
    < HTTP/2 409
    < x-request-id: 5d0a3c77-1b9e-4c12-a6f0-3e9b81c0d2aa
    {"error":"duplicate","existing":"ELR-77120"}

The 409 means the voter is already on the roll; close the ticket, do not replay again.`,
  },
  {
    lang: 'en',
    kind: 'Hospital admission welfare visit report',
    source: `WELFARE VISIT REPORT – Hospital admission
Mission: British Consulate General Munich · Case KA-30690/26

Patient: ⟬n:Aalishoney Christianskelly⟭, DOB ⟬b:09/05/1971⟭
Hospital: Klinikum rechts der Isar, ward 4/B, since 3 March (stroke)
Visited by: ⟬n:Caineyvel⟭ (Vice-Consul), 5 March 2026, 15:00
Condition: stable, speech affected. Requests that her partner is informed: ⟬n:Quirkeleod Corlettaan⟭,
⟬t:07700 914 552⟭, ⟬m:q.corlettaan@talktalk.net⟭.
Insurance: travel insurer contacted, policy confirmed, medical repatriation under review.
Next action: call partner (done 16:20), follow-up visit 9 March.`,
  },
  {
    lang: 'en',
    kind: 'Honorary consul monthly activity report no personal data',
    source: `Honorary Consulate of New Zealand, Munich – Activity report February 2026

Passport applications witnessed: 6
Emergency travel documents issued (on behalf of the High Commission): 1
Notarial acts (signatures witnessed, copies certified): 14
Citizens in distress contacted: 3 (1 hospital, 2 lost documents)
Enquiries by email: 41; by phone: 23

Remarks: the new online appointment system reduced walk-ins by about half. The office is closed 30 March to 10 April.
Contact: munich@nzconsulate-hc.example | +49 89 1411 900`,
  },
  {
    lang: 'en',
    kind: 'Visa appointment system outage notice no personal data',
    source: `SERVICE NOTICE – Online visa appointment system

The visa appointment system of the German Consulate General San Francisco will be unavailable on Saturday,
14 March 2026, from 06:00 to 14:00 PDT for maintenance. Appointments already booked are not affected.
Booking confirmations are sent from noreply@sf-diplo.example; please check your spam folder.

We never ask for payment by email or phone. Third-party sellers of appointments are not authorised.
General enquiries: info@sf-diplo.example, +1 415 775-1061 (Mon–Thu 09:00–11:00).`,
  },
  {
    lang: 'en',
    kind: 'Developer guidance HAR capture for support no personal data',
    source: `How to send us a HAR file (Passport Online support)

1. Open the developer tools (F12) and the Network tab; tick "Preserve log".
2. Reproduce the problem, then right-click any request and choose "Save all as HAR with content".
3. A HAR file contains everything you typed into the forms, including encoded values such as %40 for @ and + for
   spaces, and your session cookies. Please only send it through the secure upload link in your ticket.
4. We delete HAR files 30 days after your ticket is closed.

Our servers: passportonline.berlin-dfa.example (192.0.2.33). We will never ask for your password.`,
  },
  {
    lang: 'en',
    kind: 'Marriage abroad certificate of no impediment application',
    source: `NOTICE OF PROPOSED MARRIAGE ABROAD – Certificate of No Impediment
(for marriage in Austria; British Embassy Vienna, notice displayed 21 days)

Applicant: ⟬n:Kwakuagyei Frimpongmaa⟭, date of birth ⟬b:17/10/1987⟭, occupation: nurse
Residence: ⟬h:Josefstädter Straße 66, 1080 Wien⟭
Partner: ⟬n:Gvantsaia Japaridzeani⟭, date of birth ⟬b:02/06/1991⟭, Georgian citizen, residence as above
Place of marriage: Standesamt Wien-Josefstadt, intended date 25 April 2026

I declare the above is true.   Signed ⟬n:K. Frimpongmaa⟭   Date 18/02/2026
Office: notice no. 2026/044, fee £65 received.`,
  },
  {
    lang: 'en',
    kind: 'Fee payment receipt with masked card and full card in note',
    source: `RECEIPT – Embassy of Canada to Austria
Receipt no. 2026-00738 · 12 Feb 2026
Received from: ⟬n:Mzekalani Pirvelani⟭
For: Proof of citizenship application (CAD 75) – paid EUR 51.00
Card: VISA **** **** **** 4417 (approval 081552)

[handwritten on the copy kept in the file]
Terminal failed twice; card keyed manually: ⟬c:s⟭ — shred this copy after reconciliation!`,
  },
  {
    lang: 'en',
    kind: 'Proxy log extract in privacy incident report',
    source: `Privacy incident PI-2026-07 – appointment lookup leaked emails to the access log

Summary: the lookup page used GET, so applicants' email addresses were written to the reverse-proxy log, URL-encoded.
Sample (3 of 412 lines, 17 Feb 2026):

⟬a:82.113.99.14⟭ - - [17/Feb/2026:08:14:02 +0000] "GET /lookup?ref=APT-20466120&email=⟬m:akinyi.otieno%40gmail.com⟭ HTTP/2.0" 200 1841
⟬a:2a02:8109:9a40:1f00::3b⟭ - - [17/Feb/2026:08:15:47 +0000] "GET /lookup?ref=APT-20466391&email=⟬m:ochiengodera.oduoriola%40outlook.com⟭ HTTP/2.0" 200 1838
10.20.0.5 - - [17/Feb/2026:08:16:00 +0000] "GET /healthz HTTP/1.1" 200 2

Fix: lookup moved to POST, logs older than 7 days purged, affected applicants informed by letter.
DPO: dpo@muc-fcdo.example`,
  },
  {
    lang: 'en',
    kind: 'Pension life certificate covering letter from pensioner',
    source: `⟬n:Cuetlachtzin, Metztlimina⟭
⟬h:93 Brunswick Street, Fitzroy VIC 3065⟭
⟬t:0412 730 284⟭

Deutsche Rentenversicherung Bund
Postfach, Berlin

Re: life certificate 2026 – insurance number ⟬s:04071948 Cuetlachtzin f⟭

Dear Sir or Madam,

enclosed is my life certificate, confirmed by the German Consulate General in Sydney on 2 March 2026. My pension
is paid into my Australian account; there is no change of address. My German tax identification number is
⟬x:⟭ in case the Finanzamt Neubrandenburg needs it.

Yours faithfully,
⟬n:Metztlimina Cuetlachtzin⟭ (born ⟬b:4 July 1948⟭)`,
  },
  {
    lang: 'en',
    kind: 'Citizenship by descent application checklist Australian',
    source: `Citizenship by descent – document checklist (Australian Embassy Berlin)
Applicant: ⟬n:Yamblatka Shketanyar⟭   DOB ⟬b:11/11/2001⟭   ImmiAccount ref: TRN EGOB2H8K1Q
Responsible parent (Australian citizen): ⟬n:Chavainyal Shketanyar⟭, DOB ⟬b:07/03/1970⟭

[x] Full birth certificate (German, with translation)
[x] Parent's Australian citizenship certificate
[x] Applicant's German identity card, no. ⟬k:⟭ (copy certified)
[ ] Form 1290 with photo

Address for correspondence: ⟬h:Boxhagener Straße 77, 10245 Berlin⟭
Email: ⟬m:yamblatka.sh@gmx.de⟭`,
  },
  {
    lang: 'en',
    kind: 'Teams message escalation visa case',
    source: `⟬n:Kellumiyu Kyariram⟭ 09:14
@⟬n:Jallooyeya⟭ can you look at VIS-2026-116204? Applicant emailed three times, biometrics done on 2 March, file still "in review"

⟬n:Dikkoondo Jallooyeya⟭ 09:20
it's waiting for the security check, nothing we can do before 20 working days. I'll send the standard reply

⟬n:Kellumiyu Kyariram⟭ 09:21
thanks. she's getting married on the 28th, her mobile is ⟬t:+49 176 33901482⟭ if you'd rather call

⟬n:Dikkoondo Jallooyeya⟭ 09:22
will call at lunch 👍`,
  },
  {
    lang: 'en',
    kind: 'Statutory declaration lost passport NZ',
    source: `NEW ZEALAND – STATUTORY DECLARATION (lost or stolen passport)

I, ⟬n:Hohepatai Manihera-Kura⟭, of ⟬h:Monbijoustrasse 31, 3011 Bern⟭, Switzerland, born ⟬b:23/08/1980⟭, solemnly
and sincerely declare that my New Zealand passport was lost on or about 14 January 2026 on a train between Bern
and Zürich. I have reported the loss to the Kantonspolizei Bern (report 2026-0114-2231).

Declared at Bern on 19 January 2026 before me:
⟬n:Crisostomoyo Dumlaoyo⟭, Honorary Consul of New Zealand (notarial act no. 07/2026)

Contact for the Passport Office: ⟬m:hohepatai.mk@eircom.net⟭`,
  },
  {
    lang: 'en',
    kind: 'Copy as cURL shared in Slack portal debugging',
    source: `⟬n:Tlacuilotzin⟭  3:47 PM
applicant reports the CRBA upload fails at 10 MB. Her "Copy as cURL" (she consented, I cut the cookies):
\`\`\`
curl 'https://acs.bern-usemb.example/crba/upload' \\
  -H 'content-type: multipart/form-data; boundary=----WebKitFormBoundaryQ2x8' \\
  --data-raw $'------WebKitFormBoundaryQ2x8\\r\\nContent-Disposition: form-data; name="parent"\\r\\n\\r\\n⟬n:Hawwaondo Baldeeyeya⟭\\r\\n------WebKitFormBoundaryQ2x8\\r\\nContent-Disposition: form-data; name="phone"\\r\\n\\r\\n⟬t:+41 78 550 12 09⟭\\r\\n------WebKitFormBoundaryQ2x8--\\r\\n'
\`\`\`
⟬n:Ocelotlatzin⟭  3:52 PM
nginx client_max_body_size is 8m on that vhost, I'll raise it to 25m`,
  },
  {
    lang: 'en',
    kind: 'Prison visit consular note detainee',
    source: `Prison visit – JVA Stadelheim, 12 February 2026
Detainee: ⟬n:Rizaçkimi Kazıroğluşi⟭ (dual UK/Turkish), DOB ⟬b:03/04/1995⟭, prisoner no. 8812/25
Visiting officer: Vice-Consul ⟬n:Caineyvel⟭; interpreter not needed

- Complains of no access to a vegetarian diet; raised with the social service, not a consular matter to insist.
- Wants his mother informed of the trial date: ⟬n:Fadimaşi Kazıroğluşi⟭, ⟬h:41 Cheltenham Road, Bristol BS6 5QA⟭, ⟬t:07700 180 226⟭.
- Lawyer: Kanzlei Hopalişi & Partner (firm switchboard 089 5432 100).
- Next visit in about 3 months or earlier if requested.`,
  },
  {
    lang: 'en',
    kind: 'Passport application countersignatory email thread',
    source: `From: ⟬n:Gerardëna Majkòwskô⟭ <⟬m:g.majkowsko@outlook.com⟭>
To: ⟬n:Ludwikôw Cenôwka⟭ <⟬m:ludwikow.cenowka@gmail.com⟭>
Subject: Re: countersigning my passport photo

Thanks so much! The form asks for your passport number too – the British one, not the German. And they may call
you on ⟬t:+49 152 77204519⟭, is that still right?

G.

> On 2 Mar 2026, at 18:10, ⟬n:Ludwikôw Cenôwka⟭ <⟬m:ludwikow.cenowka@gmail.com⟭> wrote:
> Happy to – I've known you since 2015, that's long enough. Send me the code from the online application and I'll
> confirm it tonight.
> L.`,
  },
  {
    lang: 'en',
    kind: 'Embassy event invitation list CSV national day',
    source: `guest_id,title,first_name,last_name,organisation,rsvp
G-0412,Dr,⟬n:Sushilanand⟭,⟬n:Thakurdarbhanga⟭,Goethe-Universität Frankfurt,yes
G-0413,Ms,⟬n:Kaminidevi⟭,⟬n:Jhamadhuban⟭,Indo-German Chamber,yes
G-0414,Mr,⟬n:Vittaladasa⟭,⟬n:Poojarythota⟭,self-employed,no
G-0415,,,,Permanent Mission of Ireland,yes
G-0416,Mr,⟬n:Zahirbakhsh⟭,⟬n:Behsudiwal⟭,Afghan diaspora association,tbc
# invitations sent by events@canberra-diplo.example, RSVP by 20 March`,
  },
  {
    lang: 'en',
    kind: 'Returned citizen hardship grant bank details form',
    source: `REPATRIATION – onward travel and emergency accommodation (Australian Embassy Berlin)
Case KA-30777/26

Traveller: ⟬n:Tamarlengi Gurchianiuli⟭, DOB ⟬b:28/01/1968⟭
Home address in Australia: ⟬h:17 Lygon Street, Fitzroy VIC 3054⟭
Next of kin paying the loan: ⟬n:Marziyajan Malistaniwal⟭, account ⟬i:GB⟭ (UK account, she lives in Bristol)
Contact of next of kin: ⟬t:07812 604 339⟭

Amount: EUR 1,150.00 (ticket BER–SIN–MEL, 2 nights hotel)
Approved by: Consul (signature on file)`,
  },
  {
    lang: 'en',
    kind: 'Phone message pad consular switchboard',
    source: `WHILE YOU WERE OUT – switchboard, Embassy of the United States, Bern
For: ACS unit   Date: 3/16   Time: 2:40 pm
Caller: ⟬n:Ngataporoa⟭, Mrs (American, lives in Thun)
Number: ⟬t:+41 33 221 90 74⟭
Message: husband ⟬n:Rangihuaroa Ngataporoa⟭ collapsed on a ski lift in Adelboden, now in Inselspital. Needs help with
insurance letter in English. Please call back. Urgent.
Taken by: reception (ext. 7011)`,
  },
  {
    lang: 'en',
    kind: 'IP address complaint abusive portal use',
    source: `Subject: Account locked – I am not a bot
From: ⟬m:pulurican.h@gmail.com⟭
To: support@acs.bern-usemb.example

Hello, I keep getting "Too many requests from your IP (⟬a:178.197.231.52⟭)". I only refreshed the calendar a few
times because no slots appeared. This is my home connection in Zürich. Could you unblock it? My appointment
reference would be APT-20570445 if I get one.

⟬n:Heyderşêx Pulurıcan⟭`,
  },
  {
    lang: 'en',
    kind: 'SMS gateway export appointment reminders',
    source: `sent_at,to,template,status,ref
2026-03-09 07:00:02,⟬t:+44 7700 914552⟭,REMINDER_24H,delivered,APT-20533120
2026-03-09 07:00:02,⟬t:+49 160 4471092⟭,REMINDER_24H,delivered,APT-20533244
2026-03-09 07:00:03,⟬t:+43 664 2081937⟭,REMINDER_24H,failed (absent subscriber),APT-20533301
2026-03-09 07:00:03,+49 89 211090,TEST_SWITCHBOARD,delivered,-
2026-03-09 07:00:04,⟬t:+41 76 318 20 55⟭,REMINDER_24H,delivered,APT-20533417
# sender id: UKinMunich · gateway account consular-muc · template text: "Reminder: your appointment tomorrow at the British Consulate General Munich. Bring your passport."`,
  },
];
