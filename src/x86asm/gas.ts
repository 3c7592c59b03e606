// Differential check against GNU as: assembles generated instances in one batch
// (each behind its own label `iN:`), recovers each instruction's bytes from the
// label addresses (nm) and the raw section (objcopy), then assembles the same
// instruction with our assembler at the same address and compares.

import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CodeBlock } from './codeblock';
import { hex } from './disasm';
import { formText } from './forms';
import type { Instance } from './gen';

let available: boolean | null = null;

/** True when GNU as (not another `as`), nm and objcopy can be run. */
export function gasAvailable(): boolean {
  if (available === null) {
    available = ['as', 'nm', 'objcopy'].every((t) => {
      const p = spawnSync(t, ['--version'], { encoding: 'utf8' });
      return p.status === 0 && (t !== 'as' || /GNU assembler/.test(p.stdout));
    });
  }
  return available;
}

/** Per-line result of a GNU as batch: address and bytes, or an error/warning. */
export interface GasLine {
  addr: number;
  bytes: Uint8Array;
  error: string | null;
}

function run(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const p = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (p.error) throw p.error;
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

/**
 * Assembles `lines` (Intel syntax; `$L` = the line's own label) with GNU as.
 * Lines GNU as rejects or warns about are reported in `error` and dropped.
 */
export function assembleWithGas(lines: readonly string[], o1 = false): GasLine[] {
  const dir = mkdtempSync(join(tmpdir(), 'x86asm-'));
  const errors = new Map<number, string>();
  try {
    const HEADER = 2; // lines before the first instruction
    // Lines GNU as rejects are blanked (their label stays, so indices keep matching) and the batch retried.
    for (let attempt = 0; attempt < 5; attempt++) {
      const src = ['.intel_syntax noprefix', '.text'];
      lines.forEach((l, i) => src.push(`i${i}: ${errors.has(i) ? '' : l.replace(/\$L/g, 'i' + i)}`));
      src.push(`i${lines.length}:`, '');
      const s = join(dir, 'x.s');
      const o = join(dir, 'x.o');
      writeFileSync(s, src.join('\n'));
      const as = run('as', ['--64', ...(o1 ? ['-O1'] : []), '-o', o, s]);
      let fresh = 0;
      for (const m of as.stderr.matchAll(/^[^:\n]*:(\d+): (Error|Warning): (.*)$/gm)) {
        const i = Number(m[1]) - HEADER - 1;
        if (i >= 0 && i < lines.length && !errors.has(i)) {
          errors.set(i, `GNU as ${m[2].toLowerCase()}: ${m[3]}`);
          fresh++;
        }
      }
      if (as.status !== 0 || fresh > 0) {
        if (fresh === 0) throw new Error(`GNU as failed: ${as.stderr}`);
        continue;
      }
      // Label addresses delimit each instruction's bytes in the raw .text section.
      const addrs = new Map<number, number>();
      for (const m of run('nm', ['-n', o]).stdout.matchAll(/^([0-9a-f]+) \w i(\d+)$/gm)) addrs.set(Number(m[2]), parseInt(m[1], 16));
      const bin = join(dir, 'x.bin');
      run('objcopy', ['-O', 'binary', '-j', '.text', o, bin]);
      const text = new Uint8Array(readFileSync(bin));
      const out: GasLine[] = [];
      for (let i = 0; i < lines.length; i++) {
        const a = addrs.get(i);
        const b = addrs.get(i + 1);
        if (a === undefined || b === undefined) throw new Error(`label i${i} missing from nm output`);
        out.push({ addr: a, bytes: text.slice(a, b), error: errors.get(i) ?? null });
      }
      return out;
    }
    throw new Error('GNU as keeps reporting new errors');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Outcome of one instance. */
export interface Mismatch {
  inst: Instance;
  ours: string;
  gas: string;
}

export interface VerifyReport {
  passed: number;
  failed: number;
  mismatches: Mismatch[];
  /** Instances that passed, per form index. */
  passedPerForm: Map<number, number>;
  /** Our bytes for each instance (null on error), in order. */
  ours: (Uint8Array | null)[];
  /** The address each instance was assembled at. */
  addrs: number[];
}

/** Our encoding of `inst` at address `addr` ("error: ..." text on failure). */
export function encodeOurs(inst: Instance, addr: number): Uint8Array | string {
  const cb = new CodeBlock(32, addr);
  try {
    inst.emit(cb);
  } catch (e) {
    return 'error: ' + (e instanceof Error ? e.message : String(e));
  }
  if (cb.dropped) return 'error: more than 32 bytes';
  return cb.code().slice();
}

/** Assembles every instance with GNU as and with our assembler and compares bytes. */
export function verifyInstances(insts: readonly Instance[]): VerifyReport {
  const report: VerifyReport = { passed: 0, failed: 0, mismatches: [], passedPerForm: new Map(), ours: [], addrs: [] };
  // Two batches: plain `as`, and `as -O1` for the forms that need it (Form.gasO1).
  const groups: [boolean, number[]][] = [[false, []], [true, []]];
  insts.forEach((inst, i) => groups[inst.gasO1 ? 1 : 0][1].push(i));
  const gasOf: GasLine[] = new Array(insts.length);
  for (const [o1, idx] of groups) {
    if (idx.length === 0) continue;
    const res = assembleWithGas(idx.map((i) => insts[i].text), o1);
    idx.forEach((i, k) => (gasOf[i] = res[k]));
  }
  insts.forEach((inst, i) => {
    const g = gasOf[i];
    // Ours is assembled at GNU's address of the instruction, so relative targets agree.
    const ours = encodeOurs(inst, g.addr);
    report.ours.push(typeof ours === 'string' ? null : ours);
    report.addrs.push(g.addr);
    const ok = g.error === null && typeof ours !== 'string' && hex(ours) === hex(g.bytes);
    if (ok) {
      report.passed++;
      report.passedPerForm.set(inst.formIndex, (report.passedPerForm.get(inst.formIndex) ?? 0) + 1);
    } else {
      report.failed++;
      report.mismatches.push({ inst, ours: typeof ours === 'string' ? ours : hex(ours), gas: g.error ?? hex(g.bytes) });
    }
  });
  return report;
}

/** A mismatch as printed by the verifier. */
export function formatMismatch(m: Mismatch): string {
  return `MISMATCH [${formText(m.inst.form)}] ${m.inst.text.replace(/\$L/g, '<here>')}\n  ours: ${m.ours}\n  gas:  ${m.gas}`;
}
