import * as http from 'node:http';

/** A request listener that forwards everything to `target` (to put a spec check in front of a process). */
export function proxyTo(target: string): http.RequestListener {
  const base = new URL(target);
  return (req, res) => {
    const upstream = http.request(
      { host: base.hostname, port: base.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => res.write(chunk));
        answer.on('end', () => res.end());
      },
    );
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  };
}
