/**
 * Writing text to an output stream with backpressure: text is gathered into chunks of about
 * 64 KiB and each write waits for 'drain' when the stream asks it to, so a slow disk or pipe
 * slows the export down instead of filling memory.
 */
import { once } from 'node:events';

const CHUNK_CHARS = 64 * 1024;

async function writeWithBackpressure(
  out: NodeJS.WritableStream,
  chunk: string | Uint8Array,
): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export class TextSink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: NodeJS.WritableStream) {}

  /**
   * Queues `text` and says whether a chunk is full: then the caller awaits `flush()`. (A
   * synchronous answer, so the common case costs no promise per row.)
   */
  push(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= CHUNK_CHARS;
  }

  async write(text: string): Promise<void> {
    if (this.push(text)) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await writeWithBackpressure(this.out, chunk);
  }
}
