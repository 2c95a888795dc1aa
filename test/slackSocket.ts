/**
 * A fake Slack Socket Mode server on loopback: the WebSocket end that apps.connections.open
 * points at. Just enough of RFC 6455 (text frames, close, ping) to speak Slack's Socket Mode
 * protocol to Bolt's real SocketModeClient: `hello` on connect, envelopes out, acks back.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, n]) : n < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (n >= 126 && n < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(n, 2);
  } else if (n >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Parses the client's (masked) frames from `buffer`; returns the frames and the unread rest. */
function readFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let at = 0;
  for (;;) {
    if (buffer.length - at < 2) break;
    const opcode = buffer[at]! & 0x0f;
    const masked = (buffer[at + 1]! & 0x80) !== 0;
    let len = buffer[at + 1]! & 0x7f;
    let pos = at + 2;
    if (len === 126) {
      if (buffer.length < pos + 2) break;
      len = buffer.readUInt16BE(pos);
      pos += 2;
    } else if (len === 127) {
      if (buffer.length < pos + 8) break;
      len = Number(buffer.readBigUInt64BE(pos));
      pos += 8;
    }
    const mask = masked ? buffer.subarray(pos, pos + 4) : undefined;
    if (masked) pos += 4;
    if (buffer.length < pos + len) break;
    const payload = Buffer.from(buffer.subarray(pos, pos + len));
    if (mask) for (let i = 0; i < payload.length; i += 1) payload[i]! ^= mask[i % 4]!;
    frames.push({ opcode, payload });
    at = pos + len;
  }
  return { frames, rest: buffer.subarray(at) };
}

export interface FakeSocketServer {
  /** What apps.connections.open returns as `url`. */
  url: string;
  /** JSON messages the app sent back (acks carry `envelope_id`). */
  received: Record<string, unknown>[];
  /** Resolves when a client has connected and been sent `hello`. */
  connected: Promise<void>;
  /** Sends one Socket Mode envelope; resolves with the app's ack for it. */
  send(type: 'events_api' | 'slash_commands', payload: unknown, retryAttempt?: number): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startFakeSocketServer(): Promise<FakeSocketServer> {
  const received: Record<string, unknown>[] = [];
  const waiting = new Map<string, (ack: Record<string, unknown>) => void>();
  let socket: Duplex | undefined;
  let onConnect!: () => void;
  const connected = new Promise<void>((resolve) => (onConnect = resolve));
  let seq = 0;

  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, sock: Duplex) => {
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${WS_GUID}`).digest('base64');
    sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    socket = sock;
    let pending: Buffer = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const f of frames) {
        if (f.opcode === 0x8) {
          sock.end(frame(0x8, Buffer.alloc(0)));
        } else if (f.opcode === 0x9) {
          sock.write(frame(0xa, f.payload));
        } else if (f.opcode === 0x1) {
          const message = JSON.parse(f.payload.toString('utf8')) as Record<string, unknown>;
          received.push(message);
          const id = message.envelope_id;
          if (typeof id === 'string') waiting.get(id)?.(message);
        }
      }
    });
    sock.on('error', () => {});
    sock.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000001' } }))));
    onConnect();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}/link/`,
    received,
    connected,
    send(type, payload, retryAttempt = 0) {
      const envelope_id = `env-${++seq}`;
      const ack = new Promise<Record<string, unknown>>((resolve) => waiting.set(envelope_id, resolve));
      const envelope = { envelope_id, type, payload, accepts_response_payload: type === 'slash_commands', retry_attempt: retryAttempt, retry_reason: retryAttempt ? 'timeout' : '' };
      socket!.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
      return ack;
    },
    async close() {
      // The client's close handshake may still be under way after app.stop() returns; let it end.
      if (socket && !socket.destroyed) {
        const open = socket;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1000);
          open.once('close', () => (clearTimeout(timer), resolve()));
        });
        open.destroy();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
