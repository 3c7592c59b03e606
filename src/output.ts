// Buffered output to a file descriptor, flushed the way a user watching the
// program expects: a line on a terminal appears when it is printed; into a
// pipe or file, a write after a quiet spell goes out at once and a burst is
// gathered for at most FLUSH_MS (a few system calls per second, however
// fast the program prints). Everything pending goes out before stderr
// output, at exit, and, when the buffer is the native addon's block (the
// CLI), from the addon's SIGINT/SIGTERM handler even while the VM spins.

import * as fs from 'node:fs';
import { OUTPUT_HEADER } from './native/layout';

/** Longest time a printed byte waits in the buffer while the program keeps printing. */
const FLUSH_MS = 10;
/** Buffer size when the caller gives no block. */
export const OUTPUT_BYTES = 1 << 16;

export class FdOutput {
  private readonly bytes: Buffer;
  /** Word 0 of the block: the pending count, read by the native signal handler. */
  private readonly count: Uint32Array;
  private readonly capacity: number;
  private len = 0;
  private writes = 0;
  private lastFlush = -Infinity;
  private readonly lineBuffered: boolean;

  /**
   * `block`: the native addon's output block (see Native.outputBuffer) and
   * its `flushOutput`, which writes it to fd 1 with the signals blocked;
   * or none (a private buffer, written here).
   */
  constructor(
    private readonly fd: number,
    block?: ArrayBuffer,
    private readonly nativeFlush?: () => void,
  ) {
    const ab = block ?? new ArrayBuffer(OUTPUT_BYTES + OUTPUT_HEADER);
    this.bytes = Buffer.from(ab);
    this.count = new Uint32Array(ab, 0, 1);
    this.capacity = ab.byteLength - OUTPUT_HEADER;
    this.count[0] = 0;
    let tty = false;
    try {
      tty = require('node:tty').isatty(fd);
    } catch {
      // not a terminal
    }
    this.lineBuffered = tty;
  }

  write(s: string): void {
    // 3 bytes per UTF-16 unit at most.
    if (this.len + s.length * 3 > this.capacity) {
      this.flush();
      if (s.length * 3 > this.capacity) {
        writeAll(this.fd, Buffer.from(s, 'utf8'));
        this.lastFlush = performance.now();
        return;
      }
    }
    const empty = this.len === 0;
    this.len += this.bytes.write(s, OUTPUT_HEADER + this.len, 'utf8');
    this.count[0] = this.len;
    if (this.lineBuffered) {
      if (s.includes('\n')) this.flush();
      return;
    }
    // The clock is read for the first write after a flush (a line after a
    // quiet spell goes out at once) and every 32nd write of a burst.
    if ((empty || (++this.writes & 31) === 0) && performance.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  /** Writes everything pending. */
  flush(): void {
    if (this.len === 0) return;
    if (this.nativeFlush) this.nativeFlush();
    else writeAll(this.fd, this.bytes.subarray(OUTPUT_HEADER, OUTPUT_HEADER + this.len));
    this.len = 0;
    this.count[0] = 0;
    this.lastFlush = performance.now();
  }
}

/** Writes all of `buf` to `fd` (retrying on EAGAIN; a closed pipe drops the rest). */
export function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}
