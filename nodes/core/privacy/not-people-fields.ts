/**
 * Field labels of forms, tables and portal pages read as names: "| Date of birth | 17 January 1975 |",
 * "| IBAN | AT48… |", "Rentenversicherungsnr.", "Zoll: EORI …", "Category B · …". A label says what a value is,
 * never whose; it is dropped only where labels stand, at a line's start or as a table's whole cell, so a
 * person who shares a label's word ("Herr Zoll") in running text stays a name.
 */
const FIELD_LABEL = new RegExp(
  `^(?:${[
    'iban',
    'bic',
    'swift',
    'geburtsdatum',
    'geburtsort',
    'dateofbirth',
    'placeofbirth',
    'wohnanschrift',
    'anschrift',
    'wohnadresse',
    'homeaddress',
    'postaladdress',
    'steuerid',
    'steueridentifikationsnummer',
    'steuernummer',
    'taxid',
    'germantaxid',
    'taxnumber',
    'rentenversicherungsnr',
    'rentenversicherungsnummer',
    'pensioninsuranceno',
    'pensioninsurancenumber',
    'sozialversicherungsnr',
    'sozialversicherungsnummer',
    'socialsecurityno',
    'socialsecuritynumber',
    'nationalinsuranceno',
    'nationalinsurancenumber',
    'staatsangehörigkeit',
    'nationality',
    'familienstand',
    'maritalstatus',
    'zoll',
    'customs',
    'kategorie',
    'category',
    'führerscheinklasse',
    'licenceclass',
    'licenseclass',
    // Which of a person's addresses or phones a line gives ("Privat: Lindenweg 4", "dienstlich: 030 …").
    'privat',
    'dienstlich',
    'geschäftlich',
  ].join('|')})$`,
);
/** The labels of a name written as code and headers write them: in lower case, one word. */
const NAME_LABEL_LOWER =
  /^(?:names?|vorname|vornamen|nachname|surname|fullname|full_name|given_name|family_name|first_name|last_name)$/;
/** Labels that are acronyms, written in capitals as labels and as given names otherwise. */
const ACRONYM_LABEL = /^(?:iban|bic|swift)$/i;
const plainKey = (value: string) => value.toLowerCase().replace(/[\s._-]/g, '');

/** Whether the PERSON finding at `start` to `end` is a field's label where labels stand. */
export function fieldLabelNoPerson(text: string, start: number, end: number, value: string): boolean {
  // The end of a Danish or Norwegian legal form, "A/S." ("Nordisk Vejhjælp A/S."): the form's letter, no initial.
  if ((value === 'S' || value === 'S.') && text[start - 1] === '/' && text[start - 2] === 'A') return true;
  // "name", "vorname", "last_name" in lower case: a column's or a key's label (an nbdiff's repeated header line), no value.
  if (NAME_LABEL_LOWER.test(value)) return true;
  if (value.length > 40 || !FIELD_LABEL.test(plainKey(value))) return false;
  // "Iban", "Swift" written as a name (capital, then lower case) and no ":" after: a person signing ("…Friday?\nIban").
  if (ACRONYM_LABEL.test(value) && /^\p{Lu}\p{Ll}+$/u.test(value) && text[end] !== ':') return false;
  let b = start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  if (b === 0 || text[b - 1] === '\n') return true;
  // A table's cell: "|" before and after, blanks between.
  if (text[b - 1] !== '|') return false;
  let a = end;
  while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++;
  return text[a] === '|';
}
