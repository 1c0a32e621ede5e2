import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { namesInPasswdLines } from '../../../nodes/core/privacy/names-passwd.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';
import assert from 'node:assert/strict';

describe('names in directory exports: bulk-upload CSV headings with notes, passwd GECOS fields', () => {
  it('reads a Google Workspace user CSV by its headings, "[Required]" and "[READ ONLY]" notes and all', () => {
    const csv =
      'First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Org Unit Path [Required],Address,Status [READ ONLY]\n' +
      'Ordelia,Vantrusk,ordelia.vantrusk@example.org,****,/Leasing,"Brookfold Lane 12, 40210 Kesselbach",Active\n' +
      'Quillan,Marbeck-Oste,quillan.marbeck@example.org,****,/Facilities,,Active\n';
    const found = personSpans(csv);
    has(found, 'Ordelia');
    has(found, 'Vantrusk');
    has(found, 'Quillan');
    has(found, 'Marbeck-Oste');
    // Look-alikes: the org unit and the status are no names.
    hasNone(found, 'Leasing');
    hasNone(found, 'Active');
    hasNone(found, 'Facilities');
  });

  it("reads the GECOS field's first comma part of a login account's passwd line as the user's name", () => {
    const passwd =
      '$ getent passwd\n' +
      'tmerovant:x:1041:1041:Tessaly Merovant,Room 2.14,+44 20 7946 0311,:/home/tmerovant:/bin/bash\n' +
      'okrell:x:1042:1042:Orvik,,,:/home/okrell:/bin/zsh\n' +
      'backup-agent:x:997:997:Backup Agent,,,:/var/lib/backup:/usr/sbin/nologin\n' +
      'mailrelay:x:1050:1050:Relay Daemon,,,:/var/spool/relay:/bin/false\n' +
      'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';
    const found = namesInPasswdLines(passwd).map((e) => passwd.slice(e.start, e.end));
    assert.deepEqual(found, ['Tessaly Merovant', 'Orvik']);
    const scanned = personSpans(passwd);
    has(scanned, 'Tessaly Merovant');
    hasNone(scanned, 'Backup Agent');
    hasNone(scanned, 'Relay Daemon');
  });

  it('takes no holiday let, owners association, agency or address town under its key for a person', () => {
    const text =
      'Subject: Cancellation – Villa Oleandra, 3–10 June\n' +
      'Minutes – Birchwood Commons Homeowners Association, Board\n' +
      '[09:12] Agent (Quayside Homes): Viewing at 5pm\n' +
      '[09:13] Agent (Jana Novak): Sure\n' +
      "Seller's solicitor: Millbrook Conveyancing, office@example.com\n" +
      '{"formatted": "Hauptstrasse 4, 1009 Lutry", "locality": "Lutry", "country": "CH"}\n' +
      'Casa Maria Lopez signed the lease.\n';
    const found = personSpans(text);
    hasNone(found, 'Oleandra');
    hasNone(found, 'Birchwood');
    hasNone(found, 'Quayside');
    hasNone(found, 'Millbrook');
    hasNone(found, 'Lutry');
    // Look-alikes: a person's name after the role, a given name after the estate's kind, stay.
    has(found, 'Jana Novak');
    assert.ok(
      found.some((f) => f.includes('Maria Lopez')),
      JSON.stringify(found),
    );
  });

  it('reads long passwd text in linear time', () => {
    const line = 'abc:x:1001:1001:' + 'a,'.repeat(150) + ':' + '/x'.repeat(100) + '\n';
    const scanner = new PrivacyScanner();
    assertLinearTime('passwd lines', (t) => namesInPasswdLines(t), line.repeat(400), line.repeat(1600));
    assertLinearTime('passwd scan', (t) => scanner.scan(t), line.repeat(50), line.repeat(200));
  });
});
