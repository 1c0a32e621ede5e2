/**
 * The user's full name in a passwd line (`getent passwd`, /etc/passwd): "name:password:UID:GID:GECOS:home:shell".
 * By passwd(5) and chfn(1) the GECOS field (the fifth) is comma-separated "full name,room number,work phone,home
 * phone,other", so its first part is the user's name however it is written (one word, rare names, any script),
 * and the line's frame alone marks it. A service account's line (a system UID below 1000, a shell that refuses
 * logins such as "/usr/sbin/nologin" or "/bin/false") names a service, no person ("Backup Service", "nobody").
 *
 * Cost: one step of a global expression per line start; every field is bounded.
 */
import type { Entity } from './entities.js';

const PASSWD_LINE =
  /^[a-z_][a-z0-9_.-]{0,31}\$?:[^:\n]{0,200}:(\d{1,10}):\d{1,10}:([^:,\n]{1,120})[^:\n]{0,300}:[^:\n]{0,300}:([^:\n]{0,200})$/gm;
/** Shells that refuse a login: the account runs a service. */
const NO_LOGIN_SHELL = /\/(?:nologin|false|sync|shutdown|halt)$/;
/** The first user UID on Debian, Ubuntu, Fedora and SUSE (login.defs UID_MIN); below it stand system accounts. */
const FIRST_USER_UID = 1000;
/** UID 65534 is "nobody", the unprivileged placeholder account. */
const NOBODY_UID = 65534;
/** A full name: letters with spaces, hyphens, apostrophes and dots, at least one capital letter. */
const FULL_NAME = /^(?=.*\p{Lu})[\p{L}\p{M}][\p{L}\p{M}'’. -]{0,118}$/u;

export function namesInPasswdLines(text: string): Entity[] {
  const out: Entity[] = [];
  if (!text.includes(':x:') && !text.includes(':*:') && !text.includes(':!:')) return out;
  PASSWD_LINE.lastIndex = 0;
  for (let m = PASSWD_LINE.exec(text); m; m = PASSWD_LINE.exec(text)) {
    const uid = Number(m[1]);
    if (uid < FIRST_USER_UID || uid === NOBODY_UID || NO_LOGIN_SHELL.test(m[3].trim())) continue;
    const name = m[2].trim();
    if (!FULL_NAME.test(name)) continue;
    // The GECOS field begins after the fourth colon of the line.
    let at = m.index;
    for (let colons = 0; colons < 4; colons++) at = text.indexOf(':', at) + 1;
    const start = at + (m[2].length - m[2].trimStart().length);
    out.push({ type: 'PERSON', start, end: start + name.length, score: 0.9 });
  }
  return out;
}
