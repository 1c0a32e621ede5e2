import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';

/**
 * User handles built from a person's name in wiki exports, chat and ticket pages: "@wiremu.tane",
 * "@h.oyelaran", "@dovile.k", "@kalani-rose.m". The PERSON span is the handle without its "@" (the
 * whole handle names the person; the "@" is the page's markup). A handle is two or three parts of
 * letters joined by dots, one of them at least three letters long.
 *
 * Not a person: team and role handles ("@lager-team", "@here", "@admin": no dot, or a part a role
 * word), "@" inside an e-mail address (a word character glued before it), a domain ("@example.com":
 * its last part a top-level domain), a package scope ("@babel/core", "@babel.core/preset": a "/"
 * after it), and a code decorator ("@app.route(": a "(" after it, or alone on its line). One pass over
 * the "@" signs with a sticky pattern; linear.
 */
export function handlesOfNames(text: string): Entity[] {
  if (!text.includes('@')) return [];
  const out: Entity[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && GLUED_BEFORE.test(text[at - 1])) continue;
    const end = nameHandleEnd(text, at);
    if (end !== -1) out.push({ type: 'PERSON', start: at + 1, end, score: 0.85 });
    else {
      const joined = underscoreHandleEnd(text, at);
      if (joined !== -1) out.push({ type: 'PERSON', start: at + 1, end: joined, score: 0.85 });
    }
  }
  return out;
}

/**
 * Where the name handle whose "@" is at `at` ends, or -1 when none starts there. Also asked by the
 * e-mail detector, which reads "gepflegt @t.okafor" (a word, a blank, "@", a host-like word) as an
 * address written with a blank.
 */
export function nameHandleEnd(text: string, at: number): number {
  HANDLE.lastIndex = at + 1;
  const m = HANDLE.exec(text);
  if (!m) return -1;
  const parts = m[0].toLowerCase().split('.');
  if (!parts.some((p) => p.replace(/['’-]/g, '').length >= 3)) return -1;
  if (TOP_LEVEL.has(parts[parts.length - 1]) || parts.some((p) => p.split('-').some((w) => ROLE_WORDS.has(w))))
    return -1;
  if (CODE_FIRST.has(parts[0])) return -1;
  const end = at + 1 + m[0].length;
  // A decorator stands alone at its line's start: only blanks before the "@" and nothing after the handle.
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, at)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 3))) return -1;
  return end;
}

/** Last parts of package and module names: file types and runtimes ("@vue.js", "@types.node", "@angular.core"). */
const CODE_LAST = new Set('js ts mjs cjs jsx tsx json node core common py'.split(' '));

/**
 * Whether the word after the "@" at `at` is a package scope or a decorator ("npm i @vue.js", "@types.node",
 * "@angular.core"): its first part a code word (CODE_FIRST) or its last part a file type or runtime. Also asked
 * by the e-mail detector, which otherwise reads "i @vue.js" (a word, a blank, "@") as an address with a blank.
 */
export function codeScopeAt(text: string, at: number): boolean {
  HANDLE.lastIndex = at + 1;
  const m = HANDLE.exec(text);
  if (!m) return false;
  const parts = m[0].toLowerCase().split('.');
  return CODE_FIRST.has(parts[0]) || CODE_LAST.has(parts[parts.length - 1]);
}

/**
 * Chat and social handles join a name's parts with "_" ("@anna_schmidt", "@kugu_o"), as code joins words
 * ("@some_flag"): only a handle whose first part is a known given name is a person's.
 */
function underscoreHandleEnd(text: string, at: number): number {
  UNDERSCORE_HANDLE.lastIndex = at + 1;
  const m = UNDERSCORE_HANDLE.exec(text);
  if (!m || !isGivenName(m[1])) return -1;
  if (
    m[0]
      .toLowerCase()
      .split('_')
      .some((p) => ROLE_WORDS.has(p) || TOP_LEVEL.has(p))
  )
    return -1;
  return at + 1 + m[0].length;
}
/** Two or three parts of letters joined by "_", then no further word, path, call or domain part. */
const UNDERSCORE_HANDLE =
  /(\p{L}[\p{L}\p{M}]+)(?:_\p{L}[\p{L}\p{M}]*){1,2}(?![\p{L}\p{M}\p{N}_@/(=-]|\.[\p{L}\p{N}])/uy;

/** A character that glues the "@" to what comes before: an e-mail address, an npm scope in a path, a quoted JSON key ("@odata.context"). */
const GLUED_BEFORE = /[\p{L}\p{N}._%+/@\\"'`-]/u;
/** Two or three dotted parts of letters (hyphens and apostrophes inside), then no further word, path, call or domain part. */
const HANDLE =
  /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?:\.\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*){1,2}(?![\p{L}\p{M}\p{N}_@/(=-]|\.[\p{L}\p{N}])/uy;
/** Last parts that make "@x.y" a host name. */
const TOP_LEVEL = new Set(
  'com org net de at ch uk eu io info biz fr nl it es dk ie us co gov edu app dev be se no fi pl cz lu li local lan intern internal corp js ts json py md html css'.split(
    ' ',
  ),
);
/** Parts that make a handle a team's, a role's or a bot's, not a person's. */
const ROLE_WORDS = new Set(
  'team teams admin admins support service services info here channel everyone all group gruppe ops dev devs it hr bot bots help helpdesk desk office buero büro sales lager werkstatt dispo fleet qs qa crew staff mods moderator moderators redaktion leitung management noreply'.split(
    ' ',
  ),
);
/** First parts of decorators and module paths in code pasted into pages. */
const CODE_FIRST = new Set(
  'odata app api router bp blueprint pytest mock patch unittest functools typing dataclasses property self this angular nestjs babel types react vue jest torch tf np pd'.split(
    ' ',
  ),
);

/**
 * Whether start..end lies in an @handle one of whose parts is a team's, a role's or a bot's ("@dev_team"):
 * the name scorer takes no word there.
 */
export function inRoleHandle(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 64 && /[\p{L}\p{N}._-]/u.test(text[from - 1])) from--;
  if (text[from - 1] !== '@' || (from > 1 && /[\p{L}\p{N}]/u.test(text[from - 2]))) return false;
  let to = end;
  while (to < text.length && to - end < 64 && /[\p{L}\p{N}._-]/u.test(text[to])) to++;
  return text
    .slice(from, to)
    .toLowerCase()
    .split(/[._-]+/)
    .some((part) => ROLE_WORDS.has(part));
}
