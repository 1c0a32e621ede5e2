import type { Entity } from './entities.js';
import { roleDisplayName } from './role-mailboxes.js';

/**
 * A mail header's display name that names an organisation's desk, read as a person by the name rules
 * ("To: Leserservice Stadtanzeiger <service@…>", "=?UTF-8?Q?Prairie_Fibre_Help_Desk?= <care@…>": the scanner's view
 * holds the encoded word decoded). Such a name identifies no natural person (GDPR Art. 4(1)), and while it stands as
 * a PERSON its words make the firm's own domain look like a one-person business's (role-mailbox-contacts.ts). The
 * name is dropped only where the mailbox in the angle brackets right after it is a role mailbox and the name's words
 * are a function word and ordinary or domain words (role-mailboxes.ts `roleDisplayName`): privacy first.
 */

/** The angle-bracketed mailbox right after a display name (its closing quote and blanks between). Linear. */
const BRACKETED_MAILBOX = /^["'”]?[ \t]*<([^\s<>@]{1,64}@[^\s<>@]{1,253})>/u;

export function withoutRoleDisplayNames(text: string, found: Entity[]): Entity[] {
  if (!text.includes('<') || !text.includes('@')) return found;
  const kept = found.filter((e) => {
    if (e.type !== 'PERSON') return true;
    const m = BRACKETED_MAILBOX.exec(text.slice(e.end, e.end + 330));
    return !m || !roleDisplayName(text.slice(e.start, e.end), m[1]);
  });
  return kept.length === found.length ? found : kept;
}
