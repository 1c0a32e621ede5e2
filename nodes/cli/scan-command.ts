import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { parseArgs } from 'node:util';
import { PrivacyScanner, DEFAULT_POLICY, parsePolicy, scanRecord } from '../core/privacy/index.js';
import type { Command } from './command.js';

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Find personal and confidential data in JSON Lines and say where each text may go',
  usage: `ragwire scan [--policy FILE] < input.jsonl > output.jsonl

Reads JSON Lines with a "text" field (other fields are passed through, "classification" counts)
and writes one line per input with "entities" (type, start, end as JavaScript string offsets,
score), "level" (public, internal, confidential, personal) and "route" (local, cloud, blocked)
under the default policy or --policy FILE ({"allow": {...}, "pseudonymize": [...]}).
A line that cannot be read gets {"error": ...}; the exit code is then 1.`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { policy: { type: 'string' } }, strict: true });
    const policy = values.policy ? parsePolicy(JSON.parse(fs.readFileSync(values.policy, 'utf8'))) : DEFAULT_POLICY;
    const scanner = new PrivacyScanner();
    let lineNo = 0;
    let failed = 0;
    for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      const out = scanRecord(line, lineNo, scanner, policy);
      if ('error' in out) failed++;
      io.out(JSON.stringify(out));
    }
    if (failed > 0) throw new Error(`${failed} of ${lineNo} lines could not be read`);
  },
};
