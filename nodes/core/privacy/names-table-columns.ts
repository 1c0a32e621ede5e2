/**
 * Column headings that name a person by the role they have in the row (a lesson's instructor, a
 * shift's operator, an inspection's inspector): the cells under them hold names alone ("| Mo 4. Mai |
 * Autobahn | Oyelaran | 90 |"). Read by tables.ts beside its name headings; the other columns of such
 * a table (places, kinds, brands) are not read. Singular and plural, German and English.
 */
export const ROLE_COLUMN =
  /^(?:fahrlehrer(?:in|innen)?|ausbilder(?:in|innen)?|instruktor(?:in)?|instructors?|trainer(?:in|innen|s)?|prüfer(?:in|innen)?|inspektor(?:in)?|inspectors?|examiners?|techniker(?:in|innen)?|technicians?|monteur(?:in|e)?|mechaniker(?:in)?|mechanics?|fitters?|operators?|bediener(?:in)?|werker(?:in)?|maschinenführer(?:in)?|schichtführer(?:in)?|schichtleiter(?:in)?|shift lead(?:er)?s?|supervisors?|vorgesetzte[rn]?|disponent(?:in|en)?|dispatchers?|zusteller(?:in)?|kurier(?:in|e)?|couriers?|fahrzeugführer(?:in)?|lenker(?:in)?|sachbearbeiter(?:in)?|agents?|handled by|bearbeitet von|erfasst von|gemeldet von|reported by|checked by|geprüft von|werkstattmeister(?:in)?|meister(?:in)?|kundenberater(?:in)?|serviceberater(?:in)?|service advisors?)$/i;

/** Words whose presence in a line lets tables.ts read it as a heading (cheap test before splitting cells). */
export const ROLE_COLUMN_HINTS =
  'fahrlehrer|ausbilder|instrukt|instructor|trainer|prüfer|inspekt|inspector|examiner|technik|technician|monteur|mechani|fitter|operator|bediener|werker|maschinenführer|schicht|shift|supervisor|vorgesetzt|disponent|dispatcher|zusteller|kurier|courier|fahrzeugführer|lenker|sachbearbeiter|agent|handled|bearbeitet|erfasst|gemeldet|reported|checked|geprüft|werkstattmeister|meister|kundenberater|serviceberater|service advisor'.split(
    '|',
  );
