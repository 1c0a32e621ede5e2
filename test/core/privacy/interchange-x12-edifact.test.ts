import assert from 'node:assert/strict';
import { edifactFields } from '../../../nodes/core/privacy/interchange-edifact.js';
import { ncpdpFields } from '../../../nodes/core/privacy/interchange-ncpdp.js';
import { x12Fields } from '../../../nodes/core/privacy/interchange-x12.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const persons = valuesOf('PERSON');
const phones = valuesOf('PHONE_NUMBER');
const mails = valuesOf('EMAIL_ADDRESS');
const addresses = valuesOf('POSTAL_ADDRESS');
const births = valuesOf('DATE_OF_BIRTH');

const includes = (found: string[], value: string) =>
  assert.ok(found.includes(value), `${value} in ${JSON.stringify(found)}`);
const lacks = (found: string[], fragment: string) =>
  assert.ok(!found.some((f) => f.includes(fragment)), `no ${fragment} in ${JSON.stringify(found)}`);

describe('interchange readers: ANSI X12', () => {
  const claim = [
    'ISA*00*          *00*          *ZZ*SUBMIT7731     *ZZ*CLEARHSE       *260301*0915*^*00501*000004411*0*P*:~',
    'GS*HC*SUBMIT7731*CLEARHSE*20260301*0915*4411*X*005010X222A1~',
    'ST*837*0007*005010X222A1~',
    'BHT*0019*00*5530218847*20260301*0915*CH~',
    'NM1*41*2*HARBOUR VIEW IMAGING*****46*7720158~',
    'PER*IC*WENNOLD TRASKIVY*TE*6175550143*EM*wennold.traskivy@hvimaging-claims.com~',
    'PER*IC*BILLING DEPT*TE*6175550100*EM*billing@hvimaging-claims.com~',
    'NM1*85*2*HARBOUR VIEW IMAGING*****XX*0487726153~',
    'N3*12 HARBOUR PLAZA~',
    'N4*SALEM*MA*01970~',
    'NM1*IL*1*QUELLBRANDT*ORSOLYA*TEVNA***MI*0177820194~',
    'N3*4419 WINTERBERRY LN~',
    'N4*NEW BEDFORD*MA*02740~',
    'DMG*D8*19740219*F~',
    'CLM*77120934*318.00***11:B:1*Y*A*Y*Y~',
    'REF*EA*0617293041~',
    'SE*14*0007~',
  ].join('\n');
  const ticket = `Clearinghouse returned a 999 for this claim:\n\n${claim}\n\nPlease check loop 2010BA.`;

  it('reads the subscriber of NM1 (NM102 = 1): family, given and middle name each a label', () => {
    const found = persons(ticket);
    for (const name of ['QUELLBRANDT', 'ORSOLYA', 'TEVNA']) includes(found, name);
    lacks(found, 'HARBOUR');
  });

  it("reads the person's N3 street and N4 city*state*ZIP as addresses, the organisation's not", () => {
    const found = addresses(ticket);
    includes(found, '4419 WINTERBERRY LN');
    includes(found, 'NEW BEDFORD*MA*02740');
    lacks(found, 'HARBOUR PLAZA');
    lacks(found, 'SALEM');
  });

  it('reads DMG02 as the date of birth', () => includes(births(ticket), '19740219'));

  it("reads a PER contact person's name, phone and mailbox; a department's are no person's", () => {
    includes(persons(ticket), 'WENNOLD');
    includes(persons(ticket), 'TRASKIVY');
    includes(phones(ticket), '6175550143');
    includes(mails(ticket), 'wennold.traskivy@hvimaging-claims.com');
    lacks(persons(ticket), 'BILLING');
    lacks(phones(ticket), '6175550100');
  });

  it('drops look-alikes in identifiers: NPI, member id, reference and BHT numbers are no phones', () => {
    const found = phones(ticket);
    for (const id of ['0487726153', '0177820194', '0617293041']) lacks(found, id);
  });

  it('reads a 270 without ISA with the customary separators, inside a log line', () => {
    const enquiry = [
      '2026-03-02 08:14:07 INFO sent ST*270*3391*005010X279A1~',
      'BHT*0022*13*8841207735*20260302*0814~',
      'HL*1**20*1~',
      'NM1*PR*2*LAKESIDE MUTUAL*****PI*55120~',
      'HL*2*1*21*1~',
      'NM1*1P*2*RIVERGATE COMPOUNDING PHARMACY*****XX*3309125578~',
      'HL*3*2*22*0~',
      'NM1*IL*1*ZANDVOORTE*BRISEIS****MI*90417723318~',
      'DMG*D8*19881106~',
      'EQ*30~',
      'SE*11*3391~',
    ].join('\n');
    includes(persons(enquiry), 'ZANDVOORTE');
    includes(persons(enquiry), 'BRISEIS');
    includes(births(enquiry), '19881106');
    for (const id of ['3309125578', '90417723318', '8841207735']) lacks(phones(enquiry), id);
  });

  it("takes the separators from ISA (element '|', segment terminator '!')", () => {
    const isa =
      'ISA|00|          |00|          |ZZ|SENDR          |ZZ|RECVR          |260301|0915|^|00501|000000001|0|P|>!' +
      'ST|834|0001|005010X220A1!NM1|IL|1|MERRIWEATHER-OSKE|DELPHINE||||34|123456789!DMG|D8|19690525|F!SE|4|0001!';
    const reading = x12Fields(isa);
    assert.ok(reading);
    const values = reading.personal.map((e) => `${e.type}:${isa.slice(e.start, e.end)}`);
    for (const v of ['PERSON:MERRIWEATHER-OSKE', 'PERSON:DELPHINE', 'DATE_OF_BIRTH:19690525']) includes(values, v);
    // NM108 = 34: NM109 is a social security number, not an impersonal id.
    assert.ok(!reading.impersonal.some((s) => isa.slice(s.start, s.end) === '123456789'));
  });

  it('reads nothing from prose with stars and tildes', () => {
    assert.equal(x12Fields('Rated ***** by Anna ~ great service'), undefined);
  });
});

describe('interchange readers: NCPDP Telecommunication', () => {
  const claim = [
    '610279D0B1PCN77103241011447788120120260302SOFTW00001',
    'AM01<FS>C419570813<FS>C51<FS>CAPERPETUA<FS>CBVANDERHOOVEN<FS>CM881 SILVERLEAF DR<FS>CNDURANGO<FS>COCO<FS>CP81301<FS>CQ9705550188',
    'AM07<FS>EM1<FS>D2662018834455<FS>E103<FS>D700093721410<FS>E730000',
  ].join('\n');
  const ticket = `Claim rejected with code 65. Raw data (<FS> = field separator 0x1C):\n\n${claim}\n\nForwarded to the PBM.`;

  it('reads the patient segment by field id', () => {
    includes(persons(ticket), 'PERPETUA');
    includes(persons(ticket), 'VANDERHOOVEN');
    includes(births(ticket), '19570813');
    includes(addresses(ticket), '881 SILVERLEAF DR');
    includes(phones(ticket), '9705550188');
  });

  it('reads city, state, ZIP, product and prescription numbers as no person’s', () => {
    lacks(persons(ticket), 'DURANGO');
    lacks(phones(ticket), '662018834455');
    lacks(phones(ticket), '00093721410');
  });

  it('reads raw separators 0x1C and 0x1E', () => {
    const raw = 'AM01\x1CC419610204\x1CCAOTTILIE\x1CCBMARSFELDEN\x1E\x1DAM03\x1CEZ01\x1CDB1558839201\x1CDRQUISENBERRY';
    const reading = ncpdpFields(raw);
    assert.ok(reading);
    const values = reading.personal.map((e) => `${e.type}:${raw.slice(e.start, e.end)}`);
    for (const v of ['DATE_OF_BIRTH:19610204', 'PERSON:OTTILIE', 'PERSON:MARSFELDEN', 'PERSON:QUISENBERRY'])
      includes(values, v);
    assert.ok(reading.impersonal.some((s) => raw.slice(s.start, s.end) === 'DB1558839201'));
  });
});

describe('interchange readers: UN/EDIFACT', () => {
  const report = [
    "UNA:+.? '",
    "UNB+UNOC:3+4012345000009:14+4098765000007:14+260302:0915+552103'",
    "UNH+1+MEDRPT:D:93A:UN'",
    "BGM+LAB+66120934+9'",
    "NAD+PAT+++O?'FARRELLY-BRANDT:WIEBKE+LINDENHOFWEG 17+GOERLITZ++02826+DE'",
    "DTM+329:19830517:102'",
    "COM+?+4917255501234:TE'",
    "COM+wiebke.ofb@posteo.example:EM'",
    "RFF+SRN:0827318421'",
    "UNT+8+1'",
    "UNZ+1+552103'",
  ].join('\n');
  const ticket = `The sample requisition arrived as EDIFACT:\n\n${report}\n\nNote: the ? before + is the release character.`;

  it('reads the NAD+PAT name components, the release character inside the span', () => {
    includes(persons(ticket), "O?'FARRELLY-BRANDT");
    includes(persons(ticket), 'WIEBKE');
  });

  it('reads street to postcode as one address, the country left out', () =>
    includes(addresses(ticket), 'LINDENHOFWEG 17+GOERLITZ++02826'));

  it("reads DTM+329 as the birth date and the patient's COM numbers", () => {
    includes(births(ticket), '19830517');
    includes(phones(ticket), '?+4917255501234');
    includes(mails(ticket), 'wiebke.ofb@posteo.example');
  });

  it('drops look-alikes in references and the interchange header', () => {
    lacks(phones(ticket), '0827318421');
    lacks(phones(ticket), '4012345000009');
  });

  it("reads an order's buyer and supplier (GLNs) and line items as no person's", () => {
    const order = [
      "UNB+UNOC:3+4399901551207:14+4012345882109:14+260302:0915+7712093'",
      "UNH+0441+ORDERS:D:96A:UN:EAN008'",
      "BGM+220+PO8812093+9'",
      "NAD+BY+4399901551207::9'",
      "NAD+SU+4012345882109::9'",
      "LIN+1++04150220193345:SRV'",
      "QTY+21:12:PCE'",
    ].join('\n');
    const reading = edifactFields(order);
    assert.ok(reading);
    assert.deepEqual(reading.personal, []);
    assert.ok(reading.impersonal.some((s) => order.slice(s.start, s.end) === '4399901551207'));
  });

  it('takes the service characters from UNA', () => {
    const text =
      'UNA|*.# !UNH*1*MEDRPT|D|93A|UN!NAD*PAT***ABELTSHAUSER|KORBINIAN*AM ANGER 3*PASSAU**94032*DE!DTM*329|19790704|102!';
    const reading = edifactFields(text);
    assert.ok(reading);
    const values = reading.personal.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
    for (const v of [
      'PERSON:ABELTSHAUSER',
      'PERSON:KORBINIAN',
      'POSTAL_ADDRESS:AM ANGER 3*PASSAU**94032',
      'DATE_OF_BIRTH:19790704',
    ])
      includes(values, v);
  });
});

describe('interchange readers: robustness', () => {
  const typed = (text: string, reading: ReturnType<typeof x12Fields>) =>
    (reading?.personal ?? []).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

  it('reads a wrapped and indented X12 message: a wrapped line ends with the terminator', () => {
    const text =
      'Payload as the portal shows it:\n    ST*270*0042*005010X279A1~HL*3*2*22*0~NM1*IL*1*HOLLINGWORTH*BARNA\n    BY****MI*0412207731~\n    DMG*D8*19910330~\nThat is all.';
    const values = typed(text, x12Fields(text));
    includes(values, 'PERSON:HOLLINGWORTH');
    includes(values, 'PERSON:BARNA\n    BY');
    includes(values, 'DATE_OF_BIRTH:19910330');
  });

  it('reads a wrapped EDIFACT segment and leaves the prose after the message alone', () => {
    const text =
      "UNH+1+MEDRPT:D:93A:UN'\nNAD+PAT+++DRESCHKOWITZ:AMA\nLIA+TANNENSTEIG 4+KASSEL++34117+DE'\nUNT+3+1\nMarta's note: call back.";
    const reading = edifactFields(text);
    const values = typed(text, reading);
    includes(values, 'PERSON:AMA\nLIA');
    includes(values, 'POSTAL_ADDRESS:TANNENSTEIG 4+KASSEL++34117');
    assert.ok(!reading?.impersonal.some((s) => text.slice(s.start, s.end).includes('Marta')));
  });

  it('reads truncated and malformed messages without throwing', () => {
    for (const text of [
      'NM1*IL*1*',
      'ISA*00*',
      "UNA:+.? 'NAD+PAT+++?",
      'AM01<FS>',
      'AM01<FS>C',
      'NAD+PAT',
      'PER*IC**TE*',
    ])
      for (const read of [x12Fields, edifactFields, ncpdpFields]) read(text);
  });

  it('reads long messages in linear time', () => {
    const x12 = 'NM1*IL*1*DOE*JANE****MI*123~\nN3*1 MAIN ST~\nDMG*D8*19800101~\n';
    const edi = "NAD+PAT+++DOE:JANE+MAIN 1+TOWN++12345+DE'\nDTM+329:19800101:102'\n";
    const ncpdp = 'AM01<FS>C419800101<FS>CAJANE<FS>CBDOE\n';
    for (const [unit, read] of [
      [x12, x12Fields],
      [edi, edifactFields],
      [ncpdp, ncpdpFields],
    ] as const)
      assertLinearTime('interchange reader', read, repeated(unit, 50_000), repeated(unit, 200_000));
    // One long line without separators.
    assertLinearTime('x12 one line', x12Fields, `NM1*${'A '.repeat(25_000)}`, `NM1*${'A '.repeat(100_000)}`);
    assertLinearTime('edifact one line', edifactFields, `UNH+${'? '.repeat(25_000)}`, `UNH+${'? '.repeat(100_000)}`);
  });
});
