/**
 * `POST /api/<method>`: JSON arguments in, the dispatcher's envelope out. Only JSON bodies
 * (which no plain HTML form can send, so no cross-site form posts), of at most MAX_BODY_BYTES.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../context';
import type { Dispatch } from '../dispatch';
import { sendError, sendJson, statusOf } from './json';

/** JSON bodies up to 8 MiB: 100,000 ids for an export fit comfortably. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      resolvePromise(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  dispatch: Dispatch,
  caller: Caller,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendJson(res, 405, {
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: `Call API methods with POST, not ${req.method ?? '?'}.`,
      },
    });
    return;
  }
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    sendError(res, {
      code: 'INVALID_ARGUMENT',
      message: 'Send the arguments as application/json.',
    });
    return;
  }
  let body: string;
  try {
    body = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader('Connection', 'close');
      sendJson(res, 413, {
        ok: false,
        error: {
          code: 'INVALID_ARGUMENT',
          message: `Request body is larger than ${MAX_BODY_BYTES} bytes.`,
        },
      });
    }
    return;
  }
  let args: unknown;
  try {
    args = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    sendError(res, { code: 'INVALID_ARGUMENT', message: 'The request body is not valid JSON.' });
    return;
  }
  const response = await dispatch(method, args, caller);
  sendJson(res, statusOf(response), response);
}
