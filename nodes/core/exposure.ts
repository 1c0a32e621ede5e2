/**
 * What makes a listening address or a secret safe enough, in one place: the CLI's editor and the
 * Flowise metrics port apply the same rules, so a setting refused in one is refused in the other.
 */

/** Shortest bearer token accepted (endpoint and metrics tokens): guessing 16 random characters is out of reach. */
export const MIN_TOKEN_LENGTH = 16;

/** Host names and addresses only this machine can reach. */
export const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

/** Whether a bearer token is too weak to accept: shorter than MIN_TOKEN_LENGTH once blanks are left out. */
function tooShortToken(token: string): boolean {
  return token.replace(/\s/g, '').length < MIN_TOKEN_LENGTH;
}

/** Why the token `what` names (a setting or variable) is refused, with a way to make a good one; undefined when it is long enough. */
export function tooShortTokenProblem(what: string, token: string): string | undefined {
  if (!tooShortToken(token)) return undefined;
  return `${what} is too short: use at least ${MIN_TOKEN_LENGTH} characters (for example: openssl rand -hex 32)`;
}
