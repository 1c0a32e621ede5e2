import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * The classes the eleventh round fixed (test set 10, small practices' files and e-mail reply chains, as
 * development data), each with the cases that must stay found beside it. Values are made up here,
 * not taken from any set.
 */
describe('privacy detectors: shapes of round 11 (issue 9)', () => {
  const signature = (lines: string[], quote = '') => lines.map((line) => quote + line).join('\n');

  it('an office address closing a signature under a role or firm line is no private address, quoted or not', () => {
    for (const quote of ['', '> ', '> > > '])
      for (const [role, contact, address] of [
        ['Sekretariat | Kanzlei Ostwall', 'Tel. 040 555 1200', 'Ostwall 9, 20457 Hamburg'],
        ['Teamleitung Vertrieb', 'Fon 040/55 51 20 | m.berg@ostwall-kanzlei.de', 'Ostwall 9, 20457 Hamburg'],
        ['Branch Manager', 'T: +44 117 555 0100', '21 Quarry Lane, Bristol BS3 1AA'],
        ['Reception | Harbour Dental Care', 'Phone: 0117 555 0100', '21 Quarry Lane, Bristol BS3 1AA'],
        ['Rechtsanwaltsfachangestellte', 'fon 040-555 1200', 'ostwall 9, 20457 hamburg'],
      ]) {
        const text = `Viele Grüße\n\n--\nMarit Berg\n${signature([role, contact, address], quote)}\n`;
        assert.deepEqual(addresses(text), [], text);
      }
  });

  it('the same address under different colleagues at one mail domain is the office, even with no role line', () => {
    const text = [
      '--\nMarit Berg\nTel. 040 555 1201 | berg@ostwall-kanzlei.de\nOstwall 9, 20457 Hamburg\n',
      '> --\n> Jonas Kühl\n> Tel. 040 555 1207 | kuehl@ostwall-kanzlei.de\n> Ostwall 9, 20457 Hamburg\n',
    ].join('\n');
    assert.deepEqual(addresses(text), []);
  });

  it('keeps a private sender’s home in a signature: no firm or role, free mail, home cues, c/o, quoted repeats', () => {
    // A private sender: name, phone, home.
    const own = '--\nTomke Varga\nTel. 0176 5550 1234 | tomke.varga@gmail.com\nRosenweg 4, 22111 Hamburg\n';
    assert.deepEqual(addresses(own), ['Rosenweg 4, 22111 Hamburg']);
    // Quoted again and again in the thread: the same sender, the same contact line.
    assert.deepEqual(addresses(`${own}\n> ${own.replace(/\n/g, '\n> ')}`), [
      'Rosenweg 4, 22111 Hamburg',
      'Rosenweg 4, 22111 Hamburg',
    ]);
    // A couple signing with their home, each with their own phone and free-mail address.
    const couple = [
      '--\nTomke Varga\nTel. 0176 5550 1234 | tomke.varga@gmx.de\nRosenweg 4, 22111 Hamburg\n',
      '--\nIstvan Varga\nTel. 0151 5550 9876 | istvan.varga@web.de\nRosenweg 4, 22111 Hamburg\n',
    ].join('\n');
    assert.deepEqual(addresses(couple), ['Rosenweg 4, 22111 Hamburg', 'Rosenweg 4, 22111 Hamburg']);
    // A person with their own mail domain, alone.
    assert.deepEqual(
      addresses('--\nTomke Varga\nTel. 0176 5550 1234 | mail@varga-familie.de\nRosenweg 4, 22111 Hamburg\n'),
      ['Rosenweg 4, 22111 Hamburg'],
    );
    // A firm's employee writing privately: a home cue or a c/o in the block keeps the address.
    for (const cue of ['privat: 0176 5550 1234', 'Tel. privat 0176 5550 1234', 'Tel. 0176 5550 1234 (c/o Varga)'])
      assert.deepEqual(
        addresses(`--\nMarit Berg\nSekretariat | Kanzlei Ostwall\n${cue}\nRosenweg 4, 22111 Hamburg\n`),
        ['Rosenweg 4, 22111 Hamburg'],
        cue,
      );
    // An address in prose under a contact line, not alone on its line, stays.
    assert.deepEqual(
      addresses('Sekretariat | Kanzlei Ostwall\nTel. 040 555 1200\nich wohne Rosenweg 4, 22111 Hamburg\n'),
      ['Rosenweg 4, 22111 Hamburg'],
    );
    // No contact line right above: a role line alone over an address says nothing of whose it is.
    assert.deepEqual(addresses('Teamleitung Vertrieb\nRosenweg 4, 22111 Hamburg\n'), ['Rosenweg 4, 22111 Hamburg']);
  });
});
