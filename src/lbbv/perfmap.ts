// --perf-map: /tmp/perf-<pid>.map, the file Linux `perf report` reads to name
// JIT code (the format of node's --perf-basic-prof and YJIT's --yjit-perf):
// one line per code range, `START SIZE name` with START and SIZE in hex.
// Each compiled block gets a line for its inline code and one for the code
// it placed in the outlined block (side exits, stubs), named
// `fn@file:line pc=N v=K` after its function, source line, first bytecode pc
// and version. Lines are written as blocks are made (a killed program's map
// lacks at most its last block). The last inline line waits for the next
// block: a block compiled as the fall-through of the one before takes the
// place of that block's final jump, so the earlier range ends where it starts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ISeq } from '../bytecode/iseq';
import type { Block } from './versions';

export class PerfMap {
  readonly path: string;
  private fd: number;

  /** The last block's inline range, not written yet. */
  private pending: { start: number; size: number; name: string } | null = null;

  constructor(pid = process.pid) {
    this.path = `/tmp/perf-${pid}.map`;
    this.fd = fs.openSync(this.path, 'w');
    process.once('exit', () => this.close());
  }

  /** One code range. */
  add(start: number, size: number, name: string): void {
    if (size <= 0 || this.fd < 0) return;
    fs.writeSync(this.fd, `${start.toString(16)} ${size.toString(16)} ${name}\n`);
  }

  /** A compiled block's inline and outlined code. */
  block(iseq: ISeq, block: Block, inline: [number, number], outlined: [number, number]): void {
    const name = `${iseq.name || '<anonymous>'}@${displayFile(iseq.file)}:${iseq.position(block.pc).line} pc=${block.pc} v=${block.version}`;
    const p = this.pending;
    if (p) this.add(p.start, inline[0] > p.start && inline[0] < p.start + p.size ? inline[0] - p.start : p.size, p.name);
    this.pending = { start: inline[0], size: inline[1], name };
    this.add(outlined[0], outlined[1], `${name} (outlined)`);
  }

  /** Writes the last block's line and closes the file. */
  close(): void {
    if (this.fd < 0) return;
    if (this.pending) this.add(this.pending.start, this.pending.size, this.pending.name);
    this.pending = null;
    fs.closeSync(this.fd);
    this.fd = -1;
  }
}

/** A file under the working directory as a relative path, others as they are. */
function displayFile(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
