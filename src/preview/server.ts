// The preview's HTTP server (node:http, nothing else): bound to 127.0.0.1 only, a free port unless
// one is asked for, GET only, a bounded number of live reload channels, and a close() that ends
// them all. The reload channel is plain server-sent events: the browser's EventSource reconnects by
// itself, so there is no polling loop of ours on either side.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers. */
export interface Reply {
  readonly status: number;
  readonly type: string;
  readonly body: string | Uint8Array;
  /** May the browser keep it across reloads (the fonts)? Pages are never cached: they change. */
  readonly immutable?: boolean;
}

export interface PreviewServerOptions {
  /** 0 (the default) lets the system pick a free port. */
  readonly port?: number;
  /** Answers a GET for `path` (without the query), or undefined for 404. */
  readonly route: (path: string) => Reply | undefined | Promise<Reply | undefined>;
  /** Most reload channels open at once; more are refused (503) rather than piling up. */
  readonly maxClients?: number;
}

export interface PreviewServer {
  readonly port: number;
  readonly url: string;
  /** Tells the pages showing `channel` (and the index, channel "*") to reload. */
  notify(channel: string): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const maxClients = options.maxClients ?? 32;
  const clients = new Map<ServerResponse, string>();
  let port = 0;

  const events = (req: IncomingMessage, res: ServerResponse, channel: string) => {
    if (clients.size >= maxClients) return send(res, { status: 503, type: 'text/plain; charset=utf-8', body: 'Quá nhiều trang xem trước đang mở.\n' });
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    // A short retry: after a restart of `watch` the page finds the new server quickly.
    res.write('retry: 500\n\n');
    clients.set(res, channel);
    req.on('close', () => clients.delete(res));
  };

  const server = createServer(async (req, res) => {
    try {
      // Only pages of this server may use it: another site open in the browser cannot reach a
      // record through a name that resolves to 127.0.0.1 (DNS rebinding).
      const host = req.headers.host ?? '';
      if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) return send(res, { status: 403, type: 'text/plain; charset=utf-8', body: 'Forbidden\n' });
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, { status: 405, type: 'text/plain; charset=utf-8', body: 'Method Not Allowed\n' });
      const url = new URL(req.url ?? '/', `http://${HOST}`);
      if (url.pathname === '/events') return events(req, res, url.searchParams.get('channel') ?? '*');
      const reply = await options.route(decodeURIComponent(url.pathname));
      send(res, reply ?? { status: 404, type: 'text/plain; charset=utf-8', body: 'Không có trang này.\n' }, req.method === 'HEAD');
    } catch (err) {
      send(res, { status: 500, type: 'text/plain; charset=utf-8', body: `Lỗi nội bộ: ${err instanceof Error ? err.message : String(err)}\n` });
    }
  });
  // Bounded: slow or idle requests do not hold the server.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.maxHeadersCount = 50;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://${HOST}:${port}/`,
    notify(channel) {
      for (const [res, wanted] of clients) {
        if (wanted === channel || wanted === '*' || channel === '*') res.write(`event: reload\ndata: ${channel}\n\n`);
      }
    },
    close() {
      for (const res of clients.keys()) res.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function send(res: ServerResponse, reply: Reply, headOnly = false): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  const cache = reply.immutable ? 'public, max-age=86400, immutable' : 'no-store';
  res.writeHead(reply.status, { 'content-type': reply.type, 'content-length': body.byteLength, 'cache-control': cache });
  res.end(headOnly ? undefined : body);
}
