import type { HandSource } from './markup.js';

/** English hand-written documents of set 49 (UK, Irish and Dutch elections, nominations, petitions, planning objections, lay magistrates), each a different kind. */
export const HAND_EN: HandSource[] = [
  {
    lang: 'en',
    kind: 'Poll clerk application form',
    source: `Bristol City Council – Electoral Services · City Hall, College Green, Bristol BS1 5TR · 0117 922 2000
Application to work at elections: poll clerk / count assistant

Full name: ⟦n:Nomvuselelo Ntsebezankosi⟧
Date of birth: ⟦b:18/05/1991⟧
Home address: ⟦h:73 Gloucester Road, Bristol BS7 8AS⟧
Mobile: ⟦t:07812 440913⟧   Email: ⟦m:nomvuselelo.n@gmail.com⟧
Preferred polling station: PS-BR-044 (St Andrew’s Church Hall)
Fees to be paid to: ⟦i:GB g⟧`,
  },
  {
    lang: 'en',
    kind: 'Polling station staffing rota',
    source: `Polling day rota – PS-ED-017 Leith Academy, Thursday 7 May
Presiding officer: ⟦n:Siyabongelo Jongilangaza⟧ (⟦t:07700 918 226⟧)
Poll clerks: ⟦n:Kadiatoumina Diabatékoro⟧ 06:30–22:00, ⟦n:Farrukhjon Nazarzoda-Kulob⟧ 06:30–14:00,
⟦n:Ixmukanéja Ajpacajá⟧ 14:00–22:00
Ballot box collection 22:15 by the count van; elections office duty line 0131 529 4285.`,
  },
  {
    lang: 'en',
    kind: 'Postal vote application form',
    source: `Application for a postal vote – Electoral Registration Officer, Norwich City Council
Surname: ⟦n:Kayalvizhiyan⟧   First names: ⟦n:Poonguzhali⟧
Date of birth: ⟦b:02/11/1946⟧
Address at which you are registered: ⟦h:18 Unthank Road, Norwich NR2 2PA⟧
Send my ballot paper to: ⟦h:6 Harbour Walk, Seaham SR7 7DR⟧ (staying with my daughter)
Elector number: NR-EB-2231   Polling district: NEA
Signature provided in the box above. Date: 14/03/2026`,
  },
  {
    lang: 'en',
    kind: 'Email thread missing postal pack',
    source: `From: ⟦n:Waaboozoons Bezhigwaabik⟧ <⟦m:waaboozoons.b@btinternet.com⟧>
To: elections@norwich.example
Subject: Re: Your postal vote pack

Hi, still nothing arrived and polling day is Thursday. Could I collect a replacement at City Hall?
My number is ⟦t:01603 661 204⟧.
Thanks, ⟦n:Waaboozoons Bezhigwaabik⟧

> On 28 Apr 2026, Elections Team <elections@norwich.example> wrote:
> Postal packs for the NEA district were dispatched on 22 April. Replacements can be issued
> from 4 days before polling day until 5pm on polling day at the elections office.`,
  },
  {
    lang: 'en',
    kind: 'Marked postal voters list extract',
    source: `MARKED POSTAL VOTERS LIST – Ward: Easton – PD: EA1 (supply under reg. 61, candidates’ agents only)
Elector no | Name | Returned
EA1-0412 | ⟦n:Ruvengar, Papušniko⟧ | 29/04
EA1-0413 | ⟦n:Ruvengar, Kalinkaja⟧ | –
EA1-0588 | ⟦n:Sydykbekova-Naryn, Cholponaiym⟧ | 30/04
Not to be used for any purpose other than electoral purposes.`,
  },
  {
    lang: 'en',
    kind: 'Electoral register change of name',
    source: `Invitation to Register – change of details
Previous name on the register: ⟦n:Zintlekhaya Gcabashela⟧
New name: ⟦n:Zintlekhaya Madikizelwana⟧ (marriage, certificate seen)
Date of birth: ⟦b:9 July 1993⟧
Address: ⟦h:41 Easter Road, Edinburgh EH7 5PW⟧
Email: ⟦m:zintle.madikizelwana@outlook.com⟧
Processed by ERO team, record ref. ITR/26/00918.`,
  },
  {
    lang: 'en',
    kind: 'Poll card returns summary',
    source: `Poll card returns – undelivered (Royal Mail), week 14
PD EA1: 31 cards, 22 marked “gone away”
PD EA2: 12 cards
PD LW3: 46 cards (student halls, rooms not numbered)
Next step: review under s.10A, letters to occupiers before 1 June. No elector details in this summary.`,
  },
  {
    lang: 'en',
    kind: 'Nomination paper proposer and seconder',
    source: `NOMINATION PAPER – Election of a Councillor for the Easton Ward
Candidate: ⟦n:Rituparnadi Mukhopadhyayda⟧, description: Independent
Proposer: ⟦n:Hetalben Vaghelawala⟧, elector no EA2-1207
Seconder: ⟦n:Jigneshbhai Parmarbhatt⟧, elector no EA2-1209
Assentors: ⟦n:Mihirbhai Chavdawala⟧ (EA1-0077), ⟦n:Dharaben Rathodbhatt⟧ (EA1-0078)
Checked against the register by the Returning Officer’s staff, 2 April 2026.`,
  },
  {
    lang: 'en',
    kind: 'Candidate home address form',
    source: `Home address form (not published) – UK Parliamentary election, Bristol Central
Candidate’s full name: ⟦n:Sayantanda Roychowdhurydi⟧
Home address: ⟦h:9 Whiteladies Road, Bristol BS8 2PH⟧
Qualifying address: the same
Date of birth: ⟦b:21/01/1979⟧
Contact: ⟦t:07984 117302⟧, ⟦m:sayantan.rc@proton.me⟧
Deposit £500 paid by card ⟦c: ⟧ on 3 June.`,
  },
  {
    lang: 'en',
    kind: 'Irish polling scheme query email',
    source: `From: ⟦n:Shubhankarda Bandyopadhyaydi⟧ <⟦m:shubhankar.b@gmail.com⟧>
To: franchise@galwaycoco.example
Subject: Supplement to the register – deadline

Hello, I moved to Galway in March and want to be added to the supplement before the referendum.
I was born on ⟦b:4 October 1988⟧ and hold an Irish passport. Is the online form on checktheregister.ie enough?
Mobile ⟦t:+353 87 219 4406⟧.
Regards, ⟦n:Shubhankarda Bandyopadhyaydi⟧`,
  },
  {
    lang: 'en',
    kind: 'UK Parliament petition moderation note',
    source: `Petition PET-2026-11873 “Fund school crossing patrols” – moderation log
Creator: ⟦n:Moumitadi Sengrabhatt⟧ (⟦m:moumita.sengr@yahoo.co.uk⟧), IP ⟦a:86.171.44.210⟧
Supporters 1–5 verified. Supporter ⟦n:Anirbanda Chattopadhyayda⟧ signed twice from ⟦a:86.171.44.210⟧; second signature removed.
Petition published 12 May; government responds at 10,000 signatures.`,
  },
  {
    lang: 'en',
    kind: 'Referendum signature sheet Netherlands',
    source: `Raadgevend referendum Groningen – ondersteuningsverklaringen (English working copy)
No. | Name | Date of birth | Address
118 | ⟦n:Ruthmilda Martijnalia⟧ | ⟦b:13-08-1972⟧ | ⟦h:Herestraat 71, 9711 LD Groningen⟧
119 | ⟦n:Giandrieno Doraniëlla⟧ | ⟦b:29-02-1996⟧ | ⟦h:Zuiderdiep 15, 9711 HE Groningen⟧
120 | ⟦n:Quensyline Vlijtigwa⟧ | ⟦b:06-06-1961⟧ | ⟦h:Nieuwe Ebbingestraat 203, 9712 NN Groningen⟧
Checked against the BRP on 19 March; all three entitled to vote.`,
  },
  {
    lang: 'en',
    kind: 'Signature check result memo',
    source: `Memo – verification of the citizens’ initiative “Keep the Zuiderdiep market”
Sample of 400 statements checked: 371 valid, 18 not resident, 7 duplicates, 4 illegible.
Duplicates include ⟦n:Elvisandro Kleinmoedig⟧ (sheets 3 and 11) and ⟦n:Shudayenne Girigoriana⟧ (sheets 8 and 9).
Extrapolated valid support: 92.8 %; threshold met.`,
  },
  {
    lang: 'en',
    kind: 'Planning objection letter',
    source: `⟦n:Nokwandisa Sobukwezwe⟧
⟦h:22 Cheltenham Road, Bristol BS6 5QY⟧

Development Management, Bristol City Council
Re: Application 26/01187/FUL – five-storey block at 14–16 Cheltenham Road

I object to this application. The rear elevation would overlook our garden and kitchen, and the
proposed bin store sits directly against our boundary wall. I would like to speak at committee;
please contact me on ⟦t:0117 942 6613⟧ or ⟦m:nokwandisa.sobukwezwe@gmail.com⟧.

Yours faithfully,
⟦n:Nokwandisa Sobukwezwe⟧`,
  },
  {
    lang: 'en',
    kind: 'Consultation response portal submission',
    source: `Consultation: Leith Walk low-traffic neighbourhood – response ID R-004417
Respondent: ⟦n:Luvuyolwethu Madikizelwana⟧
Postcode: withheld (published: no)   Email: ⟦m:luvuyo.madikizelwana@live.co.uk⟧
Q3 Do you support the proposed filters? – Partly.
Q7 Comments: “The filter at Dalmeny Street pushes traffic past the primary school. My son and I cycle
there daily.”`,
  },
  {
    lang: 'en',
    kind: 'Consultation summary no personal data',
    source: `Leith Walk LTN consultation – summary of responses (final)
1,842 responses; 58 % support in full or in part; 37 % oppose; 5 % no view.
Most frequent themes: school access (412), deliveries (288), bus reliability (201).
Responses from organisations: 23 (community councils 4, businesses 15, charities 4).
Officers recommend an 18-month experimental order.`,
  },
  {
    lang: 'en',
    kind: 'Council question time minutes',
    source: `Full Council, 14 July 2026 – Item 5: Public questions
Question from ⟦n:Acholnyandeng Deengkuol⟧ (Lawrence Hill): “When will the Easton library reopen?”
Response from the Cabinet Member: contractors return in September; reopening planned for November.
Supplementary from ⟦n:Acholnyandeng Deengkuol⟧: asked whether Saturday hours would be kept. Answer: yes.
Question from ⟦n:Nyanbolakuei Akuecthiik⟧ withdrawn as the questioner was not present.`,
  },
  {
    lang: 'en',
    kind: 'Lay magistrate application excerpt',
    source: `Application to become a magistrate – Avon and Somerset advisory committee
Name: ⟦n:Ogimaakwens Zhingwaakoons⟧
Date of birth: ⟦b:11 March 1969⟧
Home address: ⟦h:5 Cotham Hill, Bristol BS6 6LA⟧
Phone: ⟦t:+44 7723 904 511⟧
Occupation: secondary school head of year
Referees: ⟦n:Makoonsag Makwaajiwan⟧, ⟦n:Tembotiko Tkhagushiko⟧`,
  },
  {
    lang: 'en',
    kind: 'Jury summons deferral chat',
    source: `Web chat – Courts service, 09:41
Agent: Hello, how can I help?
⟦n:Nafsetiko Chuyakhiko⟧: I got a summons for the same week I’m a presiding officer at the local election.
Agent: Can you confirm your date of birth and juror number?
⟦n:Nafsetiko Chuyakhiko⟧: ⟦b:30/09/1983⟧, juror no J-55120783
Agent: Thank you. I’ve deferred you to the October panel; confirmation goes to ⟦m:nafsetiko.c@outlook.com⟧.`,
  },
  {
    lang: 'en',
    kind: 'Count agent appointment notice',
    source: `Notice of appointment of counting agents – Edinburgh Northern and Leith
Candidate: ⟦n:Mphatsowa Kamwendolika⟧
Counting agents: ⟦n:Chikondiwe Mwalewanji⟧, ⟦h:12 Leith Walk, Edinburgh EH6 5DT⟧;
⟦n:Tecúnumaj Cuxilikan⟧, ⟦h:88 Dalkeith Road, Edinburgh EH16 5AF⟧
Notice received by the Returning Officer on 29 April 2026 at 15:10.`,
  },
  {
    lang: 'en',
    kind: 'Helpdesk ticket register to vote',
    source: `Ticket ER-20931 · Channel: phone · Topic: register to vote, no National Insurance number
Caller: ⟦n:Balamqitzé Tzoc-Xicay⟧, DOB ⟦b:1999-12-02⟧
Callback: ⟦t:07458 302117⟧
Notes: moved from Guatemala 2024, NI number not yet issued. Advised to use the “I don’t know my NI
number” route; documentary evidence via ERO. Reference ITR/26/01544 created.`,
  },
  {
    lang: 'en',
    kind: 'German consulate overseas voter email',
    source: `From: ⟦n:Kaqchiketz Chiyalqatz⟧ <⟦m:kaqchiketz.chiyalqatz@gmail.com⟧>
To: wahlamt@tuebingen.example
Subject: Registration as German voter abroad (Anlage 2)

Dear Sir or Madam,
please find my form attached. I live at ⟦h:30 Bruntsfield Place, Edinburgh EH10 4HJ⟧ and my last German
address was in Tübingen. My passport number is ⟦r:⟧, born ⟦b:17.01.1974⟧.
Kind regards, ⟦n:Kaqchiketz Chiyalqatz⟧`,
  },
  {
    lang: 'en',
    kind: 'Proxy vote application',
    source: `Application for a proxy vote (medical emergency) – Bristol
Elector: ⟦n:Bisultanovaya Maretkhaza⟧, ⟦h:140 St Michael’s Hill, Bristol BS2 8BS⟧, DOB ⟦b:03/03/1952⟧
Proxy: ⟦n:Zelimkhanbek Albakovgoy⟧, ⟦h:2 Cotham Vale, Bristol BS6 6HR⟧
Reason: admitted to Southmead Hospital on 5 May; attested by ward sister.
Proxy’s phone: ⟦t:07391 880452⟧`,
  },
  {
    lang: 'en',
    kind: 'Election expenses return no personal data',
    source: `Return of election expenses – summary (published version)
Leaflets and printing £1,412.60 · Advertising £230.00 · Transport £48.20 · Rent of committee room £120.00
Total £1,810.80 (limit for this ward: £1,921.50)
Donations over £50: none reported. Declaration signed by the agent on 10 June 2026.`,
  },
  {
    lang: 'en',
    kind: 'Poll worker payment remittance',
    source: `Remittance advice – Elections fees, Norwich City Council
Payee: ⟦n:Keomanivanh Phommachanhsy⟧
Role: poll clerk, PS-NR-112, 7 May 2026
Fee £210.00 + training £25.00 = £235.00
Paid to account ⟦i:GB⟧ on 29 May 2026.
Queries: electoral.services@norwich.example`,
  },
  {
    lang: 'en',
    kind: 'Campaign donation refund card',
    source: `Refund request – crowdfund for the “Save Easton Library” petition
Donor: ⟦n:Heirauarii Raapotoarii⟧
Card used: ⟦c:d⟧
Amount: £40.00 (duplicate charge)
Donor IP logged by the platform: ⟦a:2a00:23c7:8d11:4b01::5e⟧
Please refund to the same card; contact ⟦m:heirauarii.r@live.co.uk⟧.`,
  },
  {
    lang: 'en',
    kind: 'Search export petition signatures',
    source: `Kibana export – petitions-prod – query: petition_id:PET-2026-20591 AND flagged:true
@timestamp,signer.name,signer.email,source.ip
Apr 12, 2026 @ 21:14:02.517,⟦n:Aqqaluartaa Petrussennguaq⟧,⟦m:aqqaluartaa.p@gmail.com⟧,⟦a:81.98.140.27⟧
Apr 12, 2026 @ 21:14:09.041,⟦n:Saqqaaraq Motzfeldtillu⟧,⟦m:saqqaaraq77@gmail.com⟧,⟦a:81.98.140.27⟧
Flag reason: same IP within 10 seconds. Reviewed by moderation: both genuine (same household).`,
  },
  {
    lang: 'en',
    kind: 'Returning officer statement of persons nominated',
    source: `STATEMENT OF PERSONS NOMINATED – Norwich City Council, Mancroft Ward
⟦n:ARNAKKULUK INUUSUTTUARAQ⟧ – Green Party
⟦n:KISIKOWEW MISATIMWÂS⟧ – Independent
⟦n:SÎSÎPISIS KINOSEWSÎPIY⟧ – Labour Party
The persons above stand validly nominated. Polling: Thursday 7 May 2026, 7am to 10pm.`,
  },
  {
    lang: 'en',
    kind: 'Count centre access list no personal data',
    source: `Count centre access – Edinburgh International Conference Centre
Doors open to accredited observers at 21:30; count staff briefing 21:45.
Zones: A (verification tables 1–24), B (adjudication), C (media).
Wi-Fi: network EICC-Count, no password; mobile phones allowed in zone C only.
Results expected from 02:00. Questions: electoral.observers@edinburgh.example`,
  },
  {
    lang: 'en',
    kind: 'Staff directory elections office',
    source: `Elections Office – who to contact (internal)
Electoral Services Manager: ⟦n:Ponciano-Ryl Cabahugan⟧, direct line ⟦t:0117 352 6618⟧, ⟦m:ponciano.cabahugan@bristol.example⟧
Registration team lead: ⟦n:Jovelyndita Pacaldoña⟧, ⟦m:jovelyndita.pacaldona@bristol.example⟧
Postal votes: postalvotes@bristol.example (shared mailbox), 0117 922 2900
Out of hours on polling day: ⟦n:Dodongito Bacalsoy⟧, mobile ⟦t:07700 900 461⟧`,
  },
];
