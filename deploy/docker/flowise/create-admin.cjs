'use strict';
/* global fetch, AbortSignal, setTimeout -- Node 22's globals */
// Creates Flowise's first user (the owner account) from the environment, so a fresh Flowise never
// shows its "create the first account" page to whoever reaches it first. Flowise 3.1 ignores
// FLOWISE_USERNAME/FLOWISE_PASSWORD; its login is the first registered user, and it accepts one
// registration only ("You can only have one organization"), which this script treats as done.
//
//   FLOWISE_URL=http://127.0.0.1:3000 FLOWISE_ADMIN_EMAIL=... FLOWISE_ADMIN_PASSWORD=... node create-admin.cjs
//
// The image runs it beside Flowise (deploy/docker/flowise/start.sh); the Helm chart gives the email
// and the password from a Secret; the end-to-end tests (test/flowise-e2e) register through it.
// Exit codes: 0 created or already there, 1 refused (message names the field), 2 Flowise not up in time.

const url = (process.env.FLOWISE_URL || `http://127.0.0.1:${process.env.PORT || 3000}`).replace(/\/$/, '');
const email = process.env.FLOWISE_ADMIN_EMAIL || '';
const password = process.env.FLOWISE_ADMIN_PASSWORD || '';
const name = process.env.FLOWISE_ADMIN_NAME || 'Admin';
const waitMs = Number(process.env.FLOWISE_ADMIN_WAIT_MS || 300000);

function fail(message, code = 1) {
  process.stderr.write(`create-admin: ${message}\n`);
  process.exit(code);
}

async function up() {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/v1/ping`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  fail(`Flowise did not answer ${url}/api/v1/ping within ${waitMs} ms`, 2);
}

async function main() {
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) fail('FLOWISE_ADMIN_EMAIL: an email address is required');
  // Flowise's own rule (validatePasswordOrThrow): 8+ characters with a lower and an upper case letter, a digit
  // and a special character. Checked here so the message is clear.
  if (!(
    password.length >= 8 &&
    /[a-z]/.test(password) &&
    /[A-Z]/.test(password) &&
    /\d/.test(password) &&
    /[^\w\s]/.test(password)
  ))
    fail(
      'FLOWISE_ADMIN_PASSWORD: 8 or more characters with a lower and an upper case letter, a digit and a special character',
    );
  await up();
  const res = await fetch(`${url}/api/v1/account/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-from': 'internal' },
    body: JSON.stringify({ user: { name, email, credential: password } }),
    signal: AbortSignal.timeout(30000),
  });
  const text = await res.text();
  if (res.ok) {
    process.stdout.write(`create-admin: created the Flowise account ${email}\n`);
    return;
  }
  if (/only have one organization/i.test(text)) {
    process.stdout.write('create-admin: Flowise already has its account; nothing to do\n');
    return;
  }
  fail(`Flowise refused the registration (${res.status}): ${text.slice(0, 300)}`);
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
