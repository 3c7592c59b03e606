// Liveness of frame locals: for each instruction, which locals may still be
// read (by getlocal and its variants, or restoreenv) before they are written
// (by setlocal, initlocal or saveenv) on some path from it. The JIT drops
// the types of dead locals from the contexts it versions blocks on, so two
// arrivals that differ only in a value nobody reads share one version.
//
// Successors of an instruction: the next one unless it is a terminator, its
// label operand if it branches, and the handler of every try range that
// covers it (any instruction in a try body may throw). Locals from 32 on
// have no bit (the JIT versions on the first few only).

import type { ISeq } from './iseq';
import { F_BRANCH, F_TERMINATOR, insnLength, OPS } from './opcodes';
import { Op } from './opnums';

const ALL = 0xffffffff;
const cache = new WeakMap<ISeq, Uint32Array>();
const selfReaders = new WeakMap<ISeq, boolean>();

/** True when the function's code reads `this` (putself): only then can knowing its type pay off. */
export function readsSelf(iseq: ISeq): boolean {
  let r = selfReaders.get(iseq);
  if (r === undefined) {
    r = false;
    for (let pc = 0; pc < iseq.code.length; pc += insnLength(iseq.code[pc])) if (iseq.code[pc] === Op.putself) r = true;
    selfReaders.set(iseq, r);
  }
  return r;
}

/** Bit i set: local i (< 32) may be read before written, from the instruction at pc on. */
export function liveLocals(iseq: ISeq, pc: number): number {
  let live = cache.get(iseq);
  if (!live) {
    live = computeLiveness(iseq);
    cache.set(iseq, live);
  }
  return pc < live.length ? live[pc] : ALL;
}

/** live-in set per instruction index (entries at non-instruction indices are unused). */
export function computeLiveness(iseq: ISeq): Uint32Array {
  const code = iseq.code;
  const n = code.length;
  const starts: number[] = [];
  for (let pc = 0; pc < n; pc += insnLength(code[pc])) starts.push(pc);
  const live = new Uint32Array(n + 1);
  // Iterate to a fixed point, last instruction first (loops need more than one pass).
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = starts.length - 1; k >= 0; k--) {
      const pc = starts[k];
      const op = code[pc];
      const def = OPS[op];
      let out = 0;
      if (!(def.flags & F_TERMINATOR)) out |= live[pc + insnLength(op)];
      if (def.flags & F_BRANCH) {
        def.operands.forEach((kind, i) => {
          if (kind === 'label') out |= live[code[pc + 1 + i]];
        });
      }
      for (const h of iseq.handlers) if (pc >= h.start && pc < h.end) out |= live[h.handler];
      let inn = out;
      // Writes are setlocal, initlocal and saveenv; any other instruction
      // naming a local (getlocal and its variants, restoreenv) reads it.
      const at = def.operands.indexOf('local');
      const slot = at >= 0 ? code[pc + 1 + at] : 32;
      if (slot < 32) {
        if (op === Op.setlocal || op === Op.initlocal || op === Op.saveenv) inn &= ~(1 << slot);
        else inn |= 1 << slot;
      }
      inn >>>= 0;
      if (inn !== live[pc]) {
        live[pc] = inn;
        changed = true;
      }
    }
  }
  return live;
}

const trackedCache = new Map<number, WeakMap<ISeq, Int8Array>>();

/**
 * Which locals a context of `slots` local slots tracks, as slot per local
 * (-1: untracked, its type always unknown). With no more locals than slots
 * it is the identity. Otherwise the locals most used in loops win: each
 * getlocal/setlocal (and variant) of a local adds 8^d, d the number of loops
 * (backward branches) around it; ties go to the lower index.
 */
export function trackedLocals(iseq: ISeq, slots: number): Int8Array {
  let byIseq = trackedCache.get(slots);
  if (!byIseq) {
    byIseq = new WeakMap();
    trackedCache.set(slots, byIseq);
  }
  let table = byIseq.get(iseq);
  if (table) return table;
  const n = iseq.localCount;
  table = new Int8Array(n).fill(-1);
  if (n <= slots) {
    for (let i = 0; i < n; i++) table[i] = i;
  } else {
    const code = iseq.code;
    const depth = new Int32Array(code.length + 1);
    for (let pc = 0; pc < code.length; pc += insnLength(code[pc])) {
      const def = OPS[code[pc]];
      if (!(def.flags & F_BRANCH)) continue;
      def.operands.forEach((kind, k) => {
        const target = code[pc + 1 + k];
        if (kind === 'label' && target <= pc) {
          depth[target]++;
          depth[pc + 1]--;
        }
      });
    }
    // Loop depth by prefix sums over instruction indices: +1 at a back edge's target, -1 after the branch.
    const score = new Float64Array(n);
    let d = 0;
    let next = 0;
    for (let pc = 0; pc < code.length; pc++) {
      d += depth[pc];
      if (pc !== next) continue;
      next = pc + insnLength(code[pc]);
      const at = OPS[code[pc]].operands.indexOf('local');
      if (at >= 0) score[code[pc + 1 + at]] += 8 ** Math.min(d, 6);
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b] - score[a] || a - b);
    for (let k = 0; k < slots; k++) table[order[k]] = k;
  }
  byIseq.set(iseq, table);
  return table;
}
