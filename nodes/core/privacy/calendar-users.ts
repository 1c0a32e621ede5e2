import { isKnownName } from './name-list.js';
import { LEGAL_FORM } from './organisation-contacts.js';
import { readsAsPersonName } from './person-named-value.js';
import { folded, namelessMailbox } from './role-mailboxes.js';

/**
 * Whether an iCalendar calendar user (ATTENDEE, ORGANIZER: RFC 5545 3.8.4.1, 3.8.4.3) is an organisation,
 * read from its CN parameter and its mailbox: one rule for the CN reader (calendar-names.ts) and the
 * calendar reader (interchange-icalendar.ts). The mailbox is read by role-mailboxes.ts `namelessMailbox`, looser than
 * a role mailbox read alone (`functionWordMailbox`): the CN and the domain spelling it already say "organisation".
 */
/**
 * Whether a calendar user is an organisation: a legal form in its CN, or a role mailbox whose domain
 * spells a word of the CN that no name list knows beside it ("Southern Cross Life Claims" at
 * deathclaims@southerncrosslife…, "Zivilstandsamt Winterthur" at zivilstandsamt@winterthur-stadt…).
 * A CN of names only, or one the domain does not spell, keeps its person (fail closed).
 */
export function organisationUser(cn: string | undefined, mailbox: string): boolean {
  if (!cn) return false;
  if (LEGAL_FORM.test(cn)) return true;
  // A one-person business's info@ under its owner's name ("Doris Quellingmann" at info@quellingmann…) is hers.
  if (!namelessMailbox(mailbox) || readsAsPersonName(cn)) return false;
  const domain = folded(mailbox.slice(mailbox.indexOf('@') + 1));
  const words = cn.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return (
    words.some((w) => w.length > 3 && domain.includes(folded(w))) && words.some((w) => w.length > 2 && !isKnownName(w))
  );
}
