/**
 * One side of a message channel that can wait for a message without returning to the event
 * loop. The catalogue store writes a whole catalogue in one synchronous transaction (nothing
 * else may run on its connection meanwhile), and still hands the search index to a worker
 * thread: it posts to the worker and blocks on an Atomics counter until the answer is there.
 *
 * Each side counts what it has posted in its own slot of a shared Int32Array, after posting,
 * so a reader that sees a higher count than it has read is sure to find the message queued.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** The shared counters of one channel: one slot per direction. */
export function channelCounters(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

export class BlockingPort<In, Out> {
  private received = 0;

  /** `side` 0 posts in slot 0 and reads slot 1; side 1 the other way round. */
  constructor(
    private readonly port: MessagePort,
    private readonly counters: Int32Array,
    private readonly side: 0 | 1,
  ) {}

  send(message: Out, transfer: readonly ArrayBuffer[] = []): void {
    this.port.postMessage(message, transfer);
    Atomics.add(this.counters, this.side, 1);
    Atomics.notify(this.counters, this.side);
  }

  /**
   * The next message. Throws if none arrives within `silenceMs` (the other side is taken as
   * gone: a worker that died before it could say so posts nothing).
   */
  receive(silenceMs = Number.POSITIVE_INFINITY): In {
    const slot = 1 - this.side;
    for (;;) {
      const got: { message: In } | undefined = receiveMessageOnPort(this.port);
      if (got !== undefined) {
        this.received += 1;
        return got.message;
      }
      if (Atomics.wait(this.counters, slot, this.received, silenceMs) === 'timed-out') {
        throw new Error(`No message in ${String(Math.round(silenceMs / 1000))} s.`);
      }
    }
  }

  close(): void {
    this.port.close();
  }
}
