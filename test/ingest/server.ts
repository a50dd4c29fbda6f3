import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, base: string) => void;

/** A real HTTP server on 127.0.0.1 (a free port) serving the given routes; 404 for anything else. */
export async function serve(routes: Record<string, Route>): Promise<{ base: string; close: () => Promise<void> }> {
  let base = '';
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', base).pathname];
    if (route) return route(req, res, base);
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Send a body with a content type. */
export const send =
  (type: string, body: string | Buffer): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': type }).end(body);

/** Answer after `ms` milliseconds (a slow server). */
export const slow =
  (ms: number, then: Route): Route =>
  (req, res, base) => {
    const t = setTimeout(() => then(req, res, base), ms);
    res.on('close', () => clearTimeout(t));
  };

/** A free port with nothing listening on it. */
export async function deadPort(): Promise<string> {
  const { base, close } = await serve({});
  await close();
  return base;
}
