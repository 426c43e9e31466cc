/**
 * `GET /api/events`: the hub's events as server-sent events, to every page that listens, with
 * a comment line every 20 s so proxies and browsers keep the connection open.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventHub } from '../event-hub';

const HEARTBEAT_MS = 20_000;

export interface EventStreams {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Ends every open stream (server shutdown). */
  closeAll(): void;
}

export function createEventStreams(events: EventHub): EventStreams {
  const clients = new Set<ServerResponse>();
  return {
    handle(req, res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.write(': connected\n\n');
      clients.add(res);
      const stop = events.listen((event, payload) => {
        res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      req.on('close', () => {
        clearInterval(heartbeat);
        stop();
        clients.delete(res);
      });
    },
    closeAll() {
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
