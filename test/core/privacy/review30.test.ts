import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('review 30: a person’s number after a team or hotline cue', () => {
  it('keeps a number the line marks as the writer’s own', () => {
    assert.deepEqual(found('Meine Nummer für das Team: +49 30 2345 6789', 'PHONE_NUMBER'), ['+49 30 2345 6789']);
    assert.deepEqual(found('Ruf mich an, ich bin im Team +49 30 1234 5678 erreichbar.', 'PHONE_NUMBER'), [
      '+49 30 1234 5678',
    ]);
  });

  it('keeps a number after a person named on the line before the cue', () => {
    assert.deepEqual(found('Tobias Wendrich, Vertriebsteam, +49 30 2345 6789', 'PHONE_NUMBER'), ['+49 30 2345 6789']);
    assert.deepEqual(found('Carla Ostendorp, Service-Team · +49 89 4567 1234', 'PHONE_NUMBER'), ['+49 89 4567 1234']);
  });

  it('still drops a firm’s own hotline and switchboard', () => {
    assert.deepEqual(found('Sperr-Hotline: +49 116 116', 'PHONE_NUMBER'), []);
    assert.deepEqual(found('Unsere Zentrale +423 2345 678 ist werktags besetzt.', 'PHONE_NUMBER'), []);
  });
});

describe('review 30: a new network’s card wrapped onto the next line', () => {
  it('reads groups of four broken once by a line break', () => {
    assert.deepEqual(found('Hi, die Nummer ist 3562 0471\n8830 2157 danke', 'CREDIT_CARD'), ['3562 0471\n8830 2157']);
    assert.deepEqual(found('ok so it is 6212 3456\n7890 1232 thanks', 'CREDIT_CARD'), ['6212 3456\n7890 1232']);
  });

  it('reads no card over a blank line or in uneven groups across lines', () => {
    assert.deepEqual(found('Cue 3562 0471\n\n8830 2157 end', 'CREDIT_CARD'), []);
    assert.deepEqual(found('ref 35620\n47188302157 end', 'CREDIT_CARD'), []);
  });

  it('reads long text in linear time', () => {
    const unit = 'Ticket 3562 0471\n8830 2157 Team +49 30 2345 6789 Vertriebsteam, ';
    assertLinearTime('wrapped cards', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});

describe('review 30: a Markdown key-value row naming one part of a name', () => {
  const table = (...rows: string[]) => ['| Feld | Wert |', '|---|---|', ...rows, ''].join('\n');

  it('reads a surname or maiden name after its key', () => {
    const text = table('| Nachname | Quistenbeck |', '| Geburtsname | Ohlmeyer |', '| Surname | Varnhagen-Lutz |');
    assert.deepEqual(found(text, 'PERSON'), ['Quistenbeck', 'Ohlmeyer', 'Varnhagen-Lutz']);
  });

  it('reads no word of the language and no other key as a name', () => {
    const text = table('| Surname | Unknown |', '| Status | Ostermann |', '| Last name | Pending |');
    assert.deepEqual(found(text, 'PERSON'), []);
  });

  it('reads a long table in linear time', () => {
    const rows = (n: number) =>
      table(...Array.from({ length: n }, (_, i) => `| Nachname | Quistenbeck${'x'.repeat(i % 3)} |`));
    assertLinearTime('markdown name parts', (t) => scanner.scan(t), rows(500), rows(2000));
  });
});

describe('review 30: a Brazilian or Turkish person’s home beside their firm’s legal form', () => {
  it('keeps the address a Portuguese or Turkish home word introduces', () => {
    assert.deepEqual(
      found(
        'Marta Quintela, sócia da Quintela Fretes Ltda, mora na Rua das Acácias, 47, 04120-030 São Paulo - SP',
        'POSTAL_ADDRESS',
      ),
      ['Rua das Acácias, 47, 04120-030 São Paulo - SP'],
    );
    assert.deepEqual(
      found(
        'Derya Korkmazer (Korkmazer Lojistik A.Ş.) ev adresi Moda Caddesi No: 14, 34710 Kadıköy/İstanbul',
        'POSTAL_ADDRESS',
      ),
      ['Moda Caddesi No: 14, 34710 Kadıköy/İstanbul'],
    );
  });

  it('still leaves a firm’s own imprint line unflagged', () => {
    assert.deepEqual(
      found('Quintela Fretes Ltda, Rua das Acácias, 47, 04120-030 São Paulo - SP', 'POSTAL_ADDRESS'),
      [],
    );
  });
});

describe('review 30: a Brazilian envelope with its CEP on the line below the street', () => {
  it('reads the street and the CEP line as one address, also in an escaped JSON string', () => {
    assert.deepEqual(found('Iolanda Brusque\nAvenida Ipiranga, 318\n90160-091 Porto Alegre - RS', 'POSTAL_ADDRESS'), [
      'Avenida Ipiranga, 318\n90160-091 Porto Alegre - RS',
    ]);
    const escaped = '{"note":"{\\"addr\\":\\"Rua Tupi, 52, apto 3\\\\n01233-000 São Paulo - SP\\"}"}';
    assert.deepEqual(found(escaped, 'POSTAL_ADDRESS'), ['Rua Tupi, 52, apto 3\\\\n01233-000 São Paulo - SP']);
  });

  it('reads no order number over a CEP on the next line as an address', () => {
    assert.deepEqual(found('Pedido 4471,\n01305-100 São Paulo - SP', 'POSTAL_ADDRESS'), []);
  });

  it('reads long text in linear time', () => {
    const unit = 'Rua Tupi, 52\n01233-000 São Paulo - SP\n';
    assertLinearTime('brazilian envelopes', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});

describe('review 30: a Turkish floor and flat after the house number', () => {
  it('reads the whole street with its floor and flat, not the flat alone', () => {
    assert.deepEqual(
      found('Teslimat: Nesrin Aydemir, Moda Caddesi No: 41 Daire 6, 34710 Kadıköy/İstanbul', 'POSTAL_ADDRESS'),
      ['Moda Caddesi No: 41 Daire 6, 34710 Kadıköy/İstanbul'],
    );
    assert.deepEqual(
      found('Alıcı: Nesrin Aydemir, Gül Sok. No: 7 Kat: 2 D: 4, 06420 Çankaya/Ankara', 'POSTAL_ADDRESS'),
      ['Gül Sok. No: 7 Kat: 2 D: 4, 06420 Çankaya/Ankara'],
    );
  });

  it('reads no order number with a flat-like suffix as a street', () => {
    assert.deepEqual(found('Sipariş No: 4471 D: 5 gönderildi.', 'POSTAL_ADDRESS'), []);
  });

  it('reads long text in linear time', () => {
    const unit = 'Moda Caddesi No: 41 Kat: 2 Daire 6, 34710 Kadıköy/İstanbul; ';
    assertLinearTime('turkish flats', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
