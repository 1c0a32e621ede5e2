/** What the serving commands (`ragwire start`, `ragwire store`) share: the port option and how they stop. */

/** The --port option as a port number (0: any free port). */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: expected a port number 0-65535, got ${value}`);
  return port;
}

/** Serves until SIGINT or SIGTERM, then stops (once) and resolves when stopped. */
export function untilSignalled(stop: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      void stop().then(resolve);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
