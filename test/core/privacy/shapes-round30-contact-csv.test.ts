import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { contactCsvFields } from '../../../nodes/core/privacy/interchange-contact-csv.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

const includes = (list: string[], value: string) =>
  assert.ok(list.includes(value), `${JSON.stringify(value)} in ${JSON.stringify(list)}`);
const excludes = (list: string[], word: string) =>
  assert.ok(!list.some((f) => f.includes(word)), `no ${JSON.stringify(word)} in ${JSON.stringify(list)}`);

const GOOGLE_HEADER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,' +
  'Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,' +
  'Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,' +
  'E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,' +
  'Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,' +
  'Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,' +
  'Organization 1 - Name,Organization 1 - Title';

/** A Google row: 47 cells, the given ones placed by heading. */
function googleRow(values: Record<string, string>): string {
  const headings = GOOGLE_HEADER.split(',');
  return headings.map((h) => values[h] ?? '').join(',');
}

const GOOGLE = [
  GOOGLE_HEADER,
  googleRow({
    Name: 'Wendrika Solvangtorp',
    'Given Name': 'Wendrika',
    'Family Name': 'Solvangtorp',
    'Maiden Name': 'Quellbrink',
    Birthday: '1953-04-12',
    Gender: 'female',
    Sensitivity: 'Normal',
    Notes: '"Plot 12, row C\nsee file"',
    'Group Membership': '* myContacts ::: Family',
    'E-mail 1 - Type': '* Home',
    'E-mail 1 - Value': 'w.solvangtorp@example.net',
    'Phone 1 - Type': 'Mobile',
    'Phone 1 - Value': '+47 912 34 567',
    'Phone 2 - Type': 'Home',
    'Phone 2 - Value': '+47 22 81 40 06',
    'Address 1 - Type': 'Home',
    'Address 1 - Formatted': '"Lindealléen 14\n0361 Oslo\nNorway"',
    'Address 1 - Street': 'Lindealléen 14',
    'Address 1 - City': 'Oslo',
    'Address 1 - Postal Code': '0361',
    'Address 1 - Country': 'Norway',
    'Organization 1 - Name': 'Gravstein Ansgar Moeskaug AS',
    'Organization 1 - Title': 'Funeral director',
  }),
  googleRow({
    Name: 'Tjorven Halberstadl',
    'Given Name': 'Tjorven',
    'Family Name': 'Halberstadl',
    Birthday: '--08-30',
    'Address 1 - Type': 'Home',
    'Address 1 - Street': 'Am Kirchsteig 7',
    'Address 1 - City': '"Neustadt, Holstein"',
    'Address 1 - Postal Code': '23730',
    'Organization 1 - Name': 'Gravstein Ansgar Moeskaug AS',
  }),
  // The firm's own card: no given or family name, its name repeated as the display name.
  googleRow({
    Name: 'Gravstein Ansgar Moeskaug AS',
    'Phone 1 - Type': 'Work',
    'Phone 1 - Value': '+47 23 45 67 00',
    'Address 1 - Type': 'Work',
    'Address 1 - Street': 'Kirkeveien 90',
    'Address 1 - City': 'Oslo',
    'Address 1 - Postal Code': '0364',
    'Organization 1 - Name': 'Gravstein Ansgar Moeskaug AS',
  }),
].join('\n');

const OUTLOOK_HEADER =
  '"First Name","Middle Name","Last Name","Title","Suffix","Birthday","Notes","E-mail Address","Primary Phone",' +
  '"Home Phone","Mobile Phone","Home Street","Home Street 2","Home City","Home State","Home Postal Code",' +
  '"Home Country","Spouse","Company Main Phone","Business Phone","Company","Job Title","Business Street",' +
  '"Business City","Business Postal Code","Business Country","Categories"';

function outlookRow(values: Record<string, string>): string {
  return OUTLOOK_HEADER.split(',')
    .map((h) => `"${values[h.slice(1, -1)] ?? ''}"`)
    .join(',');
}

const OUTLOOK = [
  OUTLOOK_HEADER,
  outlookRow({
    'First Name': 'Ysolde',
    'Last Name': 'Brannigarth',
    Birthday: '4/12/1953',
    Notes: 'Called twice, ""urgent""\nabout the headstone',
    'E-mail Address': 'ysolde.b@example.org',
    'Home Phone': '+44 1632 960 418',
    'Home Street': '17 Lantern Walk',
    'Home City': 'Kendal',
    'Home Postal Code': 'LA9 4QT',
    'Home Country': 'United Kingdom',
    Spouse: 'Corwen Brannigarth',
    'Company Main Phone': '+44 1632 960 000',
    Company: 'Fellside Monumental Masons',
    'Job Title': 'Next of kin',
    'Business Street': '2 Quarry Road',
    'Business City': 'Kendal',
    'Business Postal Code': 'LA9 6BX',
    Categories: 'Bereavement',
  }),
  outlookRow({
    'First Name': 'Anselm',
    'Last Name': 'Threlkeldine',
    Birthday: '0/0/00',
    'Home Street': '3 Pike Row',
    'Home City': 'Penrith',
    'Home Postal Code': 'CA11 7PL',
    'Company Main Phone': '+44 1632 960 000',
    Company: 'Fellside Monumental Masons',
  }),
].join('\r\n');

describe('shapes of round 30: Google and Outlook contact CSV exports', () => {
  it('reads a Google row by its headings: names, birthday, mailbox and phones', () => {
    const names = found(GOOGLE, 'PERSON');
    for (const n of ['Wendrika Solvangtorp', 'Wendrika', 'Solvangtorp', 'Quellbrink', 'Tjorven', 'Halberstadl'])
      includes(names, n);
    includes(found(GOOGLE, 'DATE_OF_BIRTH'), '1953-04-12');
    includes(found(GOOGLE, 'DATE_OF_BIRTH'), '--08-30');
    includes(found(GOOGLE, 'EMAIL_ADDRESS'), 'w.solvangtorp@example.net');
    const phones = found(GOOGLE, 'PHONE_NUMBER');
    includes(phones, '+47 912 34 567');
    includes(phones, '+47 22 81 40 06');
  });

  it("reads no heading, type label, group membership or firm's name of a Google export as a name", () => {
    const names = found(GOOGLE, 'PERSON');
    for (const word of ['Yomi', 'Prefix', 'Suffix', 'Mobile', 'myContacts', 'Gravstein', 'Ansgar', 'Moeskaug'])
      excludes(names, word);
  });

  it('reads split address cells from the street to the postal code as one address, a quoted town inside', () => {
    const addresses = found(GOOGLE, 'POSTAL_ADDRESS');
    includes(addresses, 'Lindealléen 14,Oslo,,,0361');
    includes(addresses, 'Am Kirchsteig 7,"Neustadt, Holstein",,,23730');
    // The formatted cell: street and town line, the country's own line outside.
    includes(addresses, 'Lindealléen 14\n0361 Oslo');
  });

  it("leaves a firm's own card (no given or family name) unflagged: its switchboard and address", () => {
    excludes(found(GOOGLE, 'PHONE_NUMBER'), '+47 23 45 67 00');
    excludes(found(GOOGLE, 'POSTAL_ADDRESS'), 'Kirkeveien');
  });

  it('reads an Outlook row: home address cells as one address, birthday, spouse; the firm and its values closed', () => {
    const names = found(OUTLOOK, 'PERSON');
    for (const n of ['Ysolde', 'Brannigarth', 'Corwen Brannigarth', 'Anselm', 'Threlkeldine']) includes(names, n);
    for (const word of ['Fellside', 'Monumental', 'Bereavement', 'Kendal']) excludes(names, word);
    const addresses = found(OUTLOOK, 'POSTAL_ADDRESS');
    includes(addresses, '17 Lantern Walk","","Kendal","","LA9 4QT');
    includes(addresses, '3 Pike Row","","Penrith","","CA11 7PL');
    excludes(addresses, 'Quarry Road');
    const phones = found(OUTLOOK, 'PHONE_NUMBER');
    includes(phones, '+44 1632 960 418');
    excludes(phones, '+44 1632 960 000');
    includes(found(OUTLOOK, 'DATE_OF_BIRTH'), '4/12/1953');
    excludes(found(OUTLOOK, 'DATE_OF_BIRTH'), '0/0/00');
  });

  it('keeps the spans exact after quoted cells holding commas, doubled quotes and line breaks', () => {
    const reading = contactCsvFields(OUTLOOK);
    assert.ok(reading);
    const mail = reading.personal.find((e) => e.type === 'EMAIL_ADDRESS');
    assert.ok(mail);
    assert.equal(OUTLOOK.slice(mail.start, mail.end), 'ysolde.b@example.org');
  });

  it('reads the newer Google header (First Name, Labels, "- Label" columns)', () => {
    const header =
      'First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Organization Name,Birthday,Notes,Labels,' +
      'E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Relation 1 - Label,Relation 1 - Value';
    const text =
      header +
      '\nMirabeth,,Oakhanger,,,,Kestrel Cremation Ltd,1961-11-02,,* myContacts,* Home,m.oakhanger@example.com,' +
      'Mobile,+1 206 555 0143,Spouse,Dorian Oakhanger\n' +
      // The firm's own card: filed under its name, no given or family name.
      ',,,,,Kestrel Cremation Ltd,Kestrel Cremation Ltd,,,* myContacts,Work,office@kestrel.example,Work,+1 206 555 0100,,';
    const names = found(text, 'PERSON');
    for (const n of ['Mirabeth', 'Oakhanger', 'Dorian Oakhanger']) includes(names, n);
    for (const word of ['Kestrel', 'Phonetic', 'Mobile']) excludes(names, word);
    includes(found(text, 'DATE_OF_BIRTH'), '1961-11-02');
    includes(found(text, 'PHONE_NUMBER'), '+1 206 555 0143');
    excludes(found(text, 'PHONE_NUMBER'), '+1 206 555 0100');
  });

  it('reads no plain table with a "First Name" column as a contact export', () => {
    assert.equal(contactCsvFields('First Name,Last Name,City\nOrla,Venning,Leeds'), undefined);
  });

  it('reads a long line of name headings, and many such lines, in linear time', () => {
    const line = (n: number) => repeated('First Name,Last Name,', n);
    assertLinearTime('one line', (t) => scanner.scan(t), line(1500), line(6000));
    const lines = (n: number) => repeated('First Name,Last Name,Home Street,"x\n', n);
    assertLinearTime('many lines', (t) => scanner.scan(t), lines(1000), lines(4000));
  });

  it('reads a long export in linear time', () => {
    const rows = GOOGLE.split('\n').slice(1).join('\n');
    assertLinearTime(
      'contact CSV',
      (t) => contactCsvFields(t),
      GOOGLE_HEADER + '\n' + repeated(rows + '\n', 400).trimEnd(),
      GOOGLE_HEADER + '\n' + repeated(rows + '\n', 1600).trimEnd(),
    );
  });
});
