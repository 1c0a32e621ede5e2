import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { hl7Fields } from '../../../nodes/core/privacy/interchange-hl7.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');
const births = valuesOf('DATE_OF_BIRTH');
const addresses = valuesOf('POSTAL_ADDRESS');
const phones = valuesOf('PHONE_NUMBER');
const mails = valuesOf('EMAIL_ADDRESS');
const scanner = new PrivacyScanner();

/** Every finding's type and text, for "nothing of this was flagged". */
const all = (text: string) => scanner.scan(text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

/**
 * HL7 v2 messages read by field (interchange-hl7.ts): names per XPN/XCN component, birth dates, XAD
 * addresses and XTN phones as the labelling rules of set 26 span them; the codes, ids and times of
 * MSH, EVN, PV1, ORC, OBR, OBX not flagged. Names and values are made up here.
 */
describe('privacy: HL7 v2 messages read by field', () => {
  const adt = [
    'MSH|^~\\&|REGSYS|KLINIK_OST|LAB|ZLAB|202512011015||ADT^A01^ADT_A01|MSG552901|P|2.5.1',
    'EVN|A01|202512011014',
    'PID|1||44120077^^^KLINIK_OST^PI||Wendehals^Ortrud^Maren||19580314|F|||Lindenweg 3 \\T\\ 5^^Kassel^^34117^DEU^H||^PRN^PH^^49^176^5512093~^NET^Internet^o.wendehals@example.org|||||',
    'NK1|1|Quappe^Ludolf|SPO^Spouse^HL70063|||+49 561 7730215',
    'PV1|1|O|AMB^LAB^02||||550311^Brunnmeier^Theodolinde^^^Dr.|||||||||||418820557',
  ].join('\r\n');

  it('reads names per component, the birth date, the address, the phone and the mailbox of an ADT', () => {
    const found = people(adt);
    for (const name of ['Wendehals', 'Ortrud', 'Maren', 'Quappe', 'Ludolf', 'Brunnmeier', 'Theodolinde'])
      assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);
    assert.deepEqual(births(adt), ['19580314']);
    // XAD: one label from the street to the postcode, the escape sequence inside, country and type out.
    assert.deepEqual(addresses(adt), ['Lindenweg 3 \\T\\ 5^^Kassel^^34117']);
    // XTN split into components: one label from the country code to the local number.
    assert.ok(phones(adt).includes('49^176^5512093'), JSON.stringify(phones(adt)));
    assert.ok(phones(adt).includes('+49 561 7730215'), JSON.stringify(phones(adt)));
    assert.deepEqual(mails(adt), ['o.wendehals@example.org']);
  });

  it('flags none of the header’s times and ids, the doctor’s id, degree or the visit number', () => {
    const found = all(adt);
    for (const word of ['202512011015', '202512011014', 'MSG552901', '550311', 'Dr.', '418820557', '44120077'])
      assert.ok(!found.some((f) => f.includes(word)), `no ${word} in ${JSON.stringify(found)}`);
  });

  it('takes the delimiters from MSH-1 and MSH-2, not the usual ones', () => {
    const text =
      'Raw message:\nMSH#$~\\&#LIS#LAB#HIS#HOSP#202512011015##ORU$R01#77310#P#2.5\nPID#1##9921$$$LAB$MR##Kolbenhaupt$Irmtrud##19630921#F\n';
    assert.deepEqual(people(text), ['Kolbenhaupt', 'Irmtrud']);
    assert.deepEqual(births(text), ['19630921']);
  });

  it('splits segments on a written-out <CR> or a literal \\r, and on a log line without MSH', () => {
    const cr =
      'MSH|^~\\&|A|B|C|D|202512011015||ORU^R01|1|P|2.5<CR>PID|1||77^^^X^MR||Sturmfels^Edeltraut||19710502|F<CR>OBX|1|NM|2345-7^Glucose^LN||101.5|mg/dL';
    assert.deepEqual(people(cr), ['Sturmfels', 'Edeltraut']);
    const escaped =
      'payload: "MSH|^~\\\\&|A|B|C|D|202512011015||ORU^R01|1|P|2.5\\rPID|1||77||Rauhfuss^Wigbert||19690117|M"';
    assert.deepEqual(people(escaped), ['Rauhfuss', 'Wigbert']);
    const log =
      '2026-03-02 08:14:55 ERROR [ORDERS_IN] filter rejected: PID|1||553201977^^^PORTAL||GRAUWINKEL^HILTRUD||19820730|F|||... PID-3 assigning authority unknown';
    assert.deepEqual(people(log), ['GRAUWINKEL', 'HILTRUD']);
    assert.deepEqual(births(log), ['19820730']);
    // The log's trailing words in PID-11 are no address.
    assert.deepEqual(addresses(log), []);
  });

  it('reads XCN providers by their name components and leaves ids and numeric results alone', () => {
    const text = [
      'MSH|^~\\&|ANALYZER|LAB|EMR|SITE|202512011015||ORU^R01|5512|P|2.5.1',
      'ORC|RE|40116632|11873420||CM||||202511301210|||7719024^Haberkorn^Gismunde^^^Dr.^^^NPI',
      'OBR|1|40116632|11873420|718-7^Hemoglobin^LN|||202511300800|||||||||7719024^Haberkorn^Gismunde',
      'OBX|1|NM|718-7^Hemoglobin^LN||13.9|g/dL|12.0-16.0|N|||F|||202511301145||Liebstoeckl^Ansgar',
    ].join('\n');
    assert.deepEqual(people(text), ['Haberkorn', 'Gismunde', 'Haberkorn', 'Gismunde', 'Liebstoeckl', 'Ansgar']);
    const found = all(text);
    for (const word of ['7719024', '40116632', '11873420', '202511301210', 'NPI'])
      assert.ok(!found.some((f) => f.includes(word)), `no ${word} in ${JSON.stringify(found)}`);
  });

  it('reads an indented MDM: the document’s originator and transcriptionist in TXA, its ids not', () => {
    const text = [
      'Copied from the channel monitor:',
      '    MSH|^~\\&|DICT|RAD|EHR|HOSP|202512011015||MDM^T02|88213|P|2.5',
      '    PID|1||55120^^^HOSP^MR||Zwirnmann^Adelgunde||19440611|F',
      '    PD1|||Gemeinschaftspraxis^^7712|401772^Steinhauff^Bertrand',
      '    TXA|1|RAD^Radiology report|TX|202512010900|401773^Kleebusch^Walburga||||401773^Kleebusch^Walburga||TR-66^Pfrommer^Lenz|DOC-20251201-7|||||AU',
      '',
      'The report arrives twice.',
    ].join('\n');
    const found = people(text);
    for (const name of [
      'Zwirnmann',
      'Adelgunde',
      'Steinhauff',
      'Bertrand',
      'Kleebusch',
      'Walburga',
      'Pfrommer',
      'Lenz',
    ])
      assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);
    assert.deepEqual(births(text), ['19440611']);
    const flagged = all(text);
    for (const word of ['401773', 'DOC-20251201-7', '202512010900', '88213'])
      assert.ok(!flagged.some((f) => f.includes(word)), `no ${word} in ${JSON.stringify(flagged)}`);
  });

  it('a service written into a doctor’s XCN is no person', () => {
    const text =
      'MSH|^~\\&|A|B|C|D|202512011015||ADT^A04|1|P|2.5\nPID|1||7||Eichenlaub^Roswitha||19500101|F\nPV1|1|O|AMB||||662014^Ordination^Zentralambulanz';
    assert.deepEqual(people(text), ['Eichenlaub', 'Roswitha']);
  });

  it('a veterinary patient’s name and birth date are an animal’s; its owner in NK1 is a person', () => {
    const text = [
      'MSH|^~\\&|VETLAB|TIERLABOR|PRAXIS|TA_12|202512011015||ORU^R01|99120|P|2.3',
      'PID|1||812233||Flocke^Katze||20230415|FS',
      'NK1|1|Rabenhorst^Yvonne|OWN^Halterin||^PRN^PH^^49^151^6630218',
      'OBX|1|ST|SPEC^Tierart||Felis catus',
    ].join('\n');
    assert.deepEqual(people(text), ['Rabenhorst', 'Yvonne']);
    assert.deepEqual(births(text), []);
    assert.deepEqual(phones(text), ['49^151^6630218']);
  });

  it('reads a truncated or malformed message without throwing', () => {
    for (const text of [
      'MSH|',
      'MSH|^~',
      'MSH|^~\\&|',
      'PID|',
      'PID|1||^^^||^',
      'MSH|^~\\&|A\nPID|1||2||Kern',
      'x MSH|^~\\&|\r\r\rPID|||||',
    ])
      assert.doesNotThrow(() => hl7Fields(text), text);
    assert.equal(hl7Fields('An MSH segment and PID-5 in prose.'), undefined);
  });

  it('reads long messages in linear time', () => {
    const segment = 'OBX|1|NM|2345-7^Glucose^LN||98|mg/dL|70-99|N|||F|||202511301145||Liebstoeckl^Ansgar\r';
    const message = (n: number) => `MSH|^~\\&|A|B|C|D|202512011015||ORU^R01|1|P|2.5\r${segment.repeat(n)}`;
    assertLinearTime('HL7 segments', hl7Fields, message(2_000), message(8_000));
    const many = (n: number) => `MSH|^~\\&|A|B|C|D|1||ORU^R01|1|P|2.5\rPID|1||7||Kern^Ulf\r\n`.repeat(n);
    assertLinearTime('many HL7 messages', hl7Fields, many(2_000), many(8_000));
    const line = (n: number) => `PID|1||${'^'.repeat(n)}||${'|'.repeat(n)}`;
    assertLinearTime('one long HL7 line', hl7Fields, line(50_000), line(200_000));
  });
});
