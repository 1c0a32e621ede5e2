import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback port nothing listens on (taken and released again). */
export async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}
