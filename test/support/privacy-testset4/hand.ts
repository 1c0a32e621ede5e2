/**
 * A hand-written document of set 4 in the markup of markup.ts. Conventions (those of set 3):
 * titles and salutations (Herr, Frau, Dr., Mr, Ms, Prof.) and labels ("geb.", "DOB:") stay outside
 * the spans; "Nachname, Vorname" is one span, separate name columns are separate spans; a private
 * postal address is one span from the street to the town (line breaks included), a company's or
 * an authority's address (letterhead, signature, Postfach) is not labelled; every e-mail address
 * and phone number is labelled, role mailboxes and switchboards included, so documents without
 * personal data carry none; a date of birth span holds the date only.
 */
export interface HandDoc {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}
