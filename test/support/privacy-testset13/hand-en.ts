/** Hand-written English documents of set 13: retail, e-commerce and consumer services in the UK, US, NZ and SA. */
export const HAND_EN: { lang: 'en'; kind: string; source: string }[] = [
  {
    lang: 'en',
    kind: 'returns-portal-note',
    source: `RMA 13-88120 – reason: wrong size\nCustomer: ⟪p¦Hinewai Tawhiri⟫, ⟪a¦12 Tūī Street\nDunedin 9016⟫\nRefund to original card ending 4262 (not the full number)`,
  },
  {
    lang: 'en',
    kind: 'complaint-email',
    source: `From: ⟪e¦kahurangi.pomare@xtra.co.nz⟫\nSubject: Broken blender AGAIN\n\nHi team, this is my second replacement. Please call me on ⟪t¦+64 21 553 0192⟫.\n– ⟪p¦Kahurangi Pomare⟫`,
  },
  {
    lang: 'en',
    kind: 'chargeback-evidence',
    source: `Chargeback evidence pack – case CB13-5521\nCardholder: ⟪p¦Sibusiso Khumalo⟫  Card: ⟪cc¦4750 8585 6420 8911⟫\nShipping address: ⟪a¦41 Protea Close, Durban 4001⟫\nCustomer IP at checkout: ⟪ip¦105.233.14.9⟫`,
  },
  {
    lang: 'en',
    kind: 'marketplace-seller-dm',
    source: `Buyer ⟪p¦Tipene Karaka⟫: is the kayak still available? My number is ⟪t¦021 448 9021⟫\nSeller: yes mate, pick up from the shop – Rangitoto Outdoors Ltd, 5 Wharf Road, Tauranga 3110`,
  },
  {
    lang: 'en',
    kind: 'pharmacy-prescription-log',
    source: `RX queue – Kelvin Grove Pharmacy\n09:12 ⟪p¦Salanieta Naivalu⟫ DOB ⟪dob¦14/03/1971⟫ – amoxicillin, ready\n09:20 ⟪p¦Waisale Vunibaka⟫ DOB ⟪dob¦02/11/1988⟫ – waiting on GP`,
  },
  {
    lang: 'en',
    kind: 'optician-recall',
    source: `Dear Ms ⟪p¦Ffion Gwilliam⟫,\nyour eye test is due. Book online or call the Clearview switchboard on ⟪t¦029 2034 1100⟫.\nYours, Clearview Eyecare`,
  },
  {
    lang: 'en',
    kind: 'phone-contract-summary',
    source: `Contract summary – SIM-only 24m\nAccount holder: ⟪p¦Dafydd Cadwaladr⟫\nAddress: ⟪a¦7 Mill Brow, Leeds LS6 2QT⟫\nMobile: ⟪t¦07700 900413⟫\nDirect Debit: ⟪iban¦GB54 LOYD 7060 3450 7158 56⟫`,
  },
  {
    lang: 'en',
    kind: 'sim-swap-fraud-alert',
    source: `ALERT: SIM swap requested for ⟪t¦+27 82 311 4590⟫ at 02:14 from ⟪ip¦41.13.200.77⟫ – account ⟪e¦thabo.seretse@mweb.co.za⟫. Blocked pending ID check.`,
  },
  {
    lang: 'en',
    kind: 'furniture-delivery-sms',
    source: `Kiwi Homeware: Hi ⟪p¦Rāwiri⟫, your sofa arrives tomorrow 7–11am at ⟪a¦88 Harbour View Road, Hamilton 3216⟫. Reply STOP to opt out. Order ORD-13220014`,
  },
  {
    lang: 'en',
    kind: 'assembly-job-card',
    source: `Assembly job card JC-13-771\nClient: ⟪p¦Marlize Swanepoel⟫\nSite: ⟪a¦19 Jacaranda Avenue\nPretoria 0181⟫\nItems: 1x bunk bed "Nelson"\nClient signature: ________`,
  },
  {
    lang: 'en',
    kind: 'loyalty-account-merge',
    source: `Loyalty CS ticket #130551\nMerge accounts ⟪e¦riana.venter@outlook.com⟫ and ⟪e¦rventer1990@icloud.com⟫ – same member ⟪p¦Riana Venter⟫, DOB ⟪dob¦9 August 1990⟫ on both.`,
  },
  {
    lang: 'en',
    kind: 'pawnshop-ledger',
    source: `Date | Ticket | Pledger | ID seen | Item | Loan\n11/12 | PT13-201 | ⟪p¦Tshikovhi, Mashudu⟫ | SA ID (number not recorded) | guitar | R1500\n11/12 | PT13-202 | ⟪p¦Hlungwani, Nyiko⟫ | passport | laptop | R3000`,
  },
  {
    lang: 'en',
    kind: 'second-hand-buy-form',
    source: `Second-hand goods purchase record (Police Act)\nSeller: ⟪p¦Tumelo Letsie⟫\nHome address: ⟪a¦203 Acacia Drive, Cape Town 7708⟫\nContact: ⟪t¦+27 82 904 1177⟫\nItem: iPhone 13, IMEI 356938035643809`,
  },
  {
    lang: 'en',
    kind: 'debt-collection-letter',
    source: `Dear Mr ⟪p¦Gurung⟫,\nRE: Account KC13-00871 (Harbourside Electronics)\nWe write regarding £412.50 outstanding. To arrange a plan reply to collections@kowhaicollect.example or call 0800 013 4471.\nKōwhai Collections Ltd`,
  },
  {
    lang: 'en',
    kind: 'debt-dispute-call',
    source: `CALL TRANSCRIPT 12 Nov\nAGENT: Can I confirm your date of birth?\nCALLER: the ⟪dob¦5th of April 1969⟫.\nAGENT: Thank you Ms ⟪p¦Bhandari⟫. And the address?\nCALLER: ⟪a¦56 Kōwhai Crescent, Hamilton 3216⟫.`,
  },
  {
    lang: 'en',
    kind: 'travel-itinerary',
    source: `Itinerary – Sunbird Travel\nPassengers: ⟪p¦Amaru Quispe⟫ / ⟪p¦Killari Quispe⟫\nFlights JNB–CPT 13 Dec, return 20 Dec\nEmergency contact: ⟪p¦Sisa Huillca⟫ ⟪t¦+27 71 224 9930⟫`,
  },
  {
    lang: 'en',
    kind: 'visa-docs-checklist',
    source: `Schengen visa docs – client ⟪p¦Khensani Baloyi⟫\n[x] passport copy (SA passport, number on file)\n[x] bank statement\n[ ] travel insurance\nDeparture date 2 Feb; DOB ⟪dob¦1993-07-21⟫`,
  },
  {
    lang: 'en',
    kind: 'salon-booking-export',
    source: `date,time,client,phone,service\n2026-11-20,09:00,"⟪p¦Lerato Mofokeng⟫",⟪t¦+27 83 442 1108⟫,"braids ""knotless"""\n2026-11-20,13:00,"⟪p¦Chipo Makoni⟫",⟪t¦+27 72 990 3315⟫,"silk press"`,
  },
  {
    lang: 'en',
    kind: 'beauty-consent-form',
    source: `Lash lift consent\nClient name: ⟪p¦Mereoni Ratuva⟫\nDate of birth: ⟪dob¦28/02/2001⟫\nI confirm I have no eye infection.\nSigned: M. ⟪p¦Ratuva⟫`,
  },
  {
    lang: 'en',
    kind: 'online-order-confirmation',
    source: `Thanks for your order, ⟪p¦Xóchitl Montemayor⟫!\nOrder #13-77201 – ships to ⟪a¦1412 SE Jacaranda Ave, Portland, OR 97214⟫\nQuestions? Write to our shared inbox help@nwoutfitters.example`,
  },
  {
    lang: 'en',
    kind: 'fraud-review-queue',
    source: `risk_score=0.91 order=WEB-13094412 card=⟪cc¦6011 9527 4602 9426⟫ bill_name="⟪p¦Itzel Escobedo⟫" ip=⟪ip¦203.0.113.77⟫ email=⟪e¦itzel.e@outlook.com⟫ action=hold`,
  },
  {
    lang: 'en',
    kind: 'gift-card-support',
    source: `Gift card GC-13-5599-2210 shows zero balance. Purchased by ⟪p¦Jaspal Gahunia⟫, sent to ⟪e¦baljit.pannu@icloud.com⟫. Please reissue.`,
  },
  {
    lang: 'en',
    kind: 'price-match-policy',
    source: `Dear Sir or Madam,\nPrice match applies to identical items (same EAN, e.g. 5012345678900) from UK retailers. It does not cover the "Florence Nightingale" lamp or "Charles Darwin" globe. Head office: Brightwater Retail plc, 1 King Street, Leeds LS1 2HL.`,
  },
  {
    lang: 'en',
    kind: 'store-opening-hours',
    source: `Kelvin Grove Pharmacy – holiday hours\nMon–Fri 8:30–18:00\nSat 9:00–13:00\nOrder ref format: KG13-xxxxx. Switchboard messages are not monitored on Sundays.`,
  },
  {
    lang: 'en',
    kind: 'product-recall-notice',
    source: `PRODUCT RECALL – "Jamie Oliver" style chef's knife set, SKU-13-20019, batch 13B44\nReturn to any store for a refund. Supplier: Cutlery Imports Pty Ltd, 12 Loop Street, Cape Town 8001.`,
  },
  {
    lang: 'en',
    kind: 'shipping-label-text',
    source: `SHIP TO:\n⟪p¦Rustam Abdullayev⟫\n⟪a¦67 Wharf Lane
Bristol BS3 4LN⟫\nTRACKING 1Z13X20771234567   WEIGHT 2.4 KG`,
  },
  {
    lang: 'en',
    kind: 'warranty-registration',
    source: `Warranty registration\nName: ⟪p¦Sanduni Weerasekara⟫\nEmail: ⟪e¦sanduni.w@outlook.com⟫\nSerial: SN13-7730-A\nDate of birth (optional): ⟪dob¦3 January 1986⟫`,
  },
  {
    lang: 'en',
    kind: 'german-customer-id-check',
    source: `Note for UK store: German visitor ⟪p¦Sherif Soliman⟫ paid by card and showed a German ID card ⟪id¦RCX827MHG8⟫; we also kept his passport copy ⟪pass¦GL4NJZX6J0⟫ for the tax-free form.`,
  },
  {
    lang: 'en',
    kind: 'tax-free-shopping-form',
    source: `VAT refund form – visitor from Germany\nName: ⟪p¦Mehdi Berrada⟫\nGerman tax ID (optional field): ⟪tax¦43907821951⟫\nHome: ⟪a¦Schöllkopfstraße 22, 50739 Köln⟫\nID card: ⟪id¦V79CYPV6Z8⟫`,
  },
  {
    lang: 'en',
    kind: 'expat-pension-letter',
    source: `Customer ⟪p¦Hoda Fahmy⟫ asked us to note her German pension number ⟪rv¦24140371K754⟫ on the annuity-linked store account; born ⟪dob¦14 March 1971⟫.`,
  },
  {
    lang: 'en',
    kind: 'rewards-call-notes',
    source: `Call notes – rewards desk\nMember ⟪p¦Souksavanh Keomany⟫ wants points moved from old card. Verified DOB ⟪dob¦11/09/1964⟫ and mobile ⟪t¦+64 22 501 7733⟫. German tax ID given by mistake: ⟪tax¦52603774185⟫ – must be deleted.`,
  },
];
