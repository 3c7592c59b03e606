// The JIT's core: compiling one block version (the loop over its
// instructions, each through its gen function, a runtime call or a side
// exit), side exits, the code every exit shares, and taking a block out of
// use when an assumption it relies on breaks (YJIT's core.rs with the block
// loop of codegen.rs). Functions of a Jit; jit.ts is the front.

import { type ISeq } from '../bytecode/iseq';
import { trackedLocals } from '../bytecode/liveness';
import { insnLength, OPS, popCount } from '../bytecode/opcodes';
import { L } from '../vm/layout';
import { RT } from '../native';
import * as X from '../x86asm';
import { Context, MAX_LOCALS } from './context';
import { RUNTIME_OPS } from './runtime';
import { GEN } from './codegen/gen';
import { JitState, Status } from './codegen/state';
import { EXITS, type ExitReason } from './exits';
import { Slot } from './stats';
import { retarget } from './stubs';
import { Block, blockId } from './versions';
import type { Jit } from './jit';
import { emitVerifyCtx } from './verify';
import { genStub } from './branches';
import { genInterruptCheck, genRuntimeCall } from './callbacks';
import { STORM_GENERIC_OPS } from './storm';

/** Runtime-block word where an exit leaves its frame (byte offset from the heap base). */
export const EXIT_FP = RT.SCRATCH;

/** Runtime-block word where an exit writes its site's index + 1 (with --jit-trace-exits; 0: not a traced exit). */
export const TRACE_SITE = RT.SCRATCH + 16;

/** Bytes kept free in each code block so an emergency jump always fits. */
const RESERVE = 256;

/** Code every exit path shares: the error return and the generic exit. */
export function genShared(jit: Jit): void {
  const ocb = jit.outlined;
  ocb.comment('error exit: a callback threw; enter() rethrows it');
  jit.errorExit = ocb.addrOf();
  X.mov(ocb, X.EAX, 2);
  X.add(ocb, X.RSP, 8);
  X.ret(ocb);
  ocb.comment('generic exit: pc and sp already in the runtime block');
  jit.genericExit = ocb.addrOf();
  X.xor(ocb, X.EAX, X.EAX);
  X.add(ocb, X.RSP, 8);
  X.ret(ocb);
}

/**
 * Emits a side exit in the outlined block: store pc and sp for the
 * interpreter, count the reason, return to `enter` with status 0.
 */
export function genExit(jit: Jit, iseq: ISeq, pc: number, stackSize: number, reason: ExitReason, name: string, block: Block | null = null, insnPc = pc): number {
  const ocb = jit.outlined;
  const addr = ocb.addrOf();
  const kind = EXITS[reason].kind;
  ocb.comment(`exit to interpreter at pc ${pc} (${name})`);
  X.mov(ocb, X.qword(X.R15, RT.EXIT_PC), pc);
  X.lea(ocb, X.RAX, X.mem(0, X.R13, L.FRAME_HEADER + 8 * stackSize));
  X.sub(ocb, X.RAX, X.R12);
  X.mov(ocb, X.qword(X.R15, RT.EXIT_SP), X.RAX);
  // Machine code calls and returns by itself, so the exit names its frame too.
  X.mov(ocb, X.RAX, X.R13);
  X.sub(ocb, X.RAX, X.R12);
  X.mov(ocb, X.qword(X.R15, EXIT_FP), X.RAX);
  X.inc(ocb, X.qword(X.R15, jit.counterOffset(jit.reasonSlot(name, kind))));
  // The site's number, for the exit-storm policy (storm.ts) and --jit-trace-exits (entry.ts enter reads it).
  X.mov(ocb, X.dword(X.R15, TRACE_SITE), jit.storm.addSite({ iseq, pc, insnPc, name, kind, block, count: 0 }));
  // Returns from interpreter frames and throws are control flow the interpreter completes, not failed speculation:
  // they do not count as side exits (nor towards the entry back-off).
  if (kind !== 'control') X.inc(ocb, X.qword(X.R15, jit.counterOffset(Slot.Exits)));
  X.xor(ocb, X.EAX, X.EAX);
  X.add(ocb, X.RSP, 8);
  X.ret(ocb);
  return addr;
}

/** Compiles one block version at the inline write position. Null if code memory is full. */
export function compileBlock(jit: Jit, iseq: ISeq, pc: number, ctxIn: Context, peekFp: number): Block | null {
  if (jit.options.only && !jit.options.only.has(iseq.name)) return null;
  if (jit.full || jit.inline.remaining < 64 * 1024 || jit.outlined.remaining < 16 * 1024) {
    if (!jit.full) jit.counters.code_memory_full++;
    jit.full = true;
    return null;
  }
  const t0 = performance.now();
  const ctx = jit.versions.limitContext(blockId(iseq.id, pc), ctxIn);
  const version = jit.versions.versions(blockId(iseq.id, pc)).length + 1;
  const inlineStart = jit.inline.writePos;
  const outlinedStart = jit.outlined.writePos;
  const branchCount = jit.branches.length;
  const block = new Block(iseq.id, pc, jit.contexts.intern(ctx), ctx, jit.inline.addrOf(), version);
  block.start = inlineStart;
  const j = new JitState(jit, iseq, block, ctx, peekFp);
  jit.inline.comment(`block ${iseq.name || '<anonymous>'}@${pc} v${version} ${ctx.toString()}`);
  if (jit.options.verifyCtx) emitVerifyCtx(jit, j);
  // A function's entry: an interrupt (Ctrl-C in the REPL) stops recursion that has no loop.
  if (pc === 0) genInterruptCheck(jit, j);
  for (;;) {
    const opcode = iseq.code[j.pc];
    const gen = GEN[opcode];
    jit.inline.comment(`${String(j.pc).padStart(4, '0')} ${OPS[opcode].name} ${j.ctx.toString()}`);
    let status: Status;
    j.insnCtx = j.ctx;
    if (jit.options.stats && (gen !== undefined || RUNTIME_OPS.has(opcode))) X.inc(jit.inline, X.qword(X.R15, jit.counterOffset(Slot.JitInsns)));
    j.insnStart = jit.inline.writePos;
    j.beginInsnXmm();
    // The double cache survives only instructions compiled by a gen function that opts in (no runtime call).
    let xmmOk = gen !== undefined;
    let byGen = gen !== undefined;
    const stormed = RUNTIME_OPS.has(opcode) && jit.storm.level(iseq, j.pc) > (STORM_GENERIC_OPS.has(opcode) ? 1 : 0);
    if (stormed) {
      // Its fast path exited in a storm (storm.ts): the runtime call, never an exit.
      genRuntimeCall(jit, j, 'exit_storm');
      status = Status.Keep;
      xmmOk = false;
      byGen = false;
    } else if (gen === undefined) {
      if (RUNTIME_OPS.has(opcode)) {
        genRuntimeCall(jit, j, 'unhandled');
        status = Status.Keep;
      } else status = j.exitOrRuntimeCall('unhandled');
    } else {
      status = gen(j);
      if (status === Status.CantCompile) {
        xmmOk = false;
        byGen = false;
        if (RUNTIME_OPS.has(opcode)) {
          j.ctx = j.insnCtx;
          genRuntimeCall(jit, j, j.exitReason ?? 'runtime_call');
          status = Status.Keep;
        } else status = j.exitOrRuntimeCall(j.exitReason ?? 'cant_compile');
      }
    }
    if (status === Status.Keep) j.insns++;
    jit.options.observe?.({ iseq, pc: j.pc, op: OPS[opcode].name, before: j.insnCtx, after: j.ctx, status, byGen });
    const operands = Array.from({ length: OPS[opcode].operands.length }, (_, i) => iseq.code[j.pc + 1 + i]);
    j.endInsnXmm(xmmOk && status === Status.Keep, j.insnCtx.stackSize - popCount(opcode, operands));
    if (j.afterLabels.length > 0) {
      for (const l of j.afterLabels) jit.inline.bindLabel(l);
      j.afterLabels = [];
      jit.outlined.linkLabels();
    }
    if (status === Status.End) break;
    if (j.ctx.chainDepth !== 0) j.ctx = j.ctx.withChainDepth(0);
    j.pc += insnLength(opcode);
  }
  if (jit.inline.dropped || jit.outlined.dropped || jit.inline.remaining < RESERVE || jit.outlined.remaining < RESERVE) {
    // Out of code memory mid-block: forget this block entirely (and the patch points it recorded).
    jit.invariants.forget(block);
    jit.inline.rewind(inlineStart);
    jit.outlined.rewind(outlinedStart);
    jit.branches.length = branchCount;
    jit.full = true;
    jit.counters.code_memory_full++;
    return null;
  }
  block.end = jit.inline.writePos;
  block.insnCount = j.insns;
  block.endPc = j.pc;
  jit.versions.add(block);
  iseq.jitted = true;
  jit.code.flush(jit.codeStart + inlineStart, block.end - inlineStart);
  jit.counters.compile_time_ms += performance.now() - t0;
  if (jit.options.disasm && (!jit.options.disasmOnly || jit.options.disasmOnly.has(iseq.name))) printBlock(jit, block, iseq, inlineStart, outlinedStart);
  jit.options.onBlock?.(iseq, block, [jit.inline.addrOf(inlineStart), block.end - inlineStart], [jit.outlined.addrOf(outlinedStart), jit.outlined.writePos - outlinedStart]);
  return block;
}

export function printBlock(jit: Jit, block: Block, iseq: ISeq, inlineStart: number, outlinedStart: number): void {
  const log = jit.options.log ?? ((s: string) => process.stderr.write(s));
  let head = `== BLOCK ${iseq.name || '<anonymous>'}@${iseq.file}:${iseq.position(block.pc).line} pc=${block.pc} version ${block.version}/${jit.options.maxVersions} ctx=${block.ctx.toString()}\n`;
  if (iseq.localCount > MAX_LOCALS) {
    // The context's l0..l7 are the tracked locals (trackedLocals), not locals 0..7.
    const slots = trackedLocals(iseq, MAX_LOCALS);
    const names = Array.from({ length: MAX_LOCALS }, (_, k) => `l${k}=${iseq.localNames[slots.indexOf(k)] ?? '?'}`);
    head += `   (context slots: ${names.join(' ')})\n`;
  }
  let text = head + X.disassembleBlock(jit.inline, inlineStart, block.end);
  if (jit.outlined.writePos > outlinedStart) text += '  -- outlined --\n' + X.disassembleBlock(jit.outlined, outlinedStart, jit.outlined.writePos);
  log(text + '\n');
}

/**
 * Takes a block out of use: out of the version table, its incoming
 * branches pointed back at (new) stubs, entries and generic entries that
 * jumped to it forgotten. A predecessor placed to fall through into it
 * is taken out the same way (its code stays valid for anything already
 * running in it).
 */
export function invalidateBlock(jit: Jit, b: Block): void {
  if (b.invalid) return;
  b.invalid = true;
  jit.counters.invalidation_count++;
  jit.versions.remove(b);
  const fallingIn: Block[] = [];
  for (const id of b.incoming) {
    const br = jit.branches[id];
    for (const idx of [0, 1] as const) {
      const t = br.targets[idx];
      if (!t || t.block !== b) continue;
      if (br.jumpPos[idx] < 0) {
        // The block was placed right after this branch: there is no jump to point elsewhere.
        fallingIn.push(br.src);
        continue;
      }
      t.block = null;
      t.address = genStub(jit, br.id, idx, t.iseqId, t.pc);
      retarget(jit.inline, br, idx, t.address);
    }
  }
  // A predecessor that falls through into the block is invalidated too (its own entry
  // exits through the patch point otherwise, on every execution).
  for (const pred of fallingIn) invalidateBlock(jit, pred);
  for (const [key, blk] of jit.entryBlocks) {
    if (blk === b) {
      jit.entries.delete(key);
      jit.entryBlocks.delete(key);
    }
  }
  for (const [iseqId, blk] of jit.genericEntryBlocks) {
    if (blk === b) {
      jit.genericEntries[iseqId] = 0n;
      jit.genericEntryBlocks.delete(iseqId);
    }
  }
}

/** Fills in the generic exit's resume point and returns its address. */
export function exitTo(jit: Jit, pc: number, spBytes: number, fpBytes: number): number {
  jit.rt64[RT.EXIT_PC / 8] = BigInt(pc);
  jit.rt64[RT.EXIT_SP / 8] = BigInt(spBytes);
  jit.rt64[EXIT_FP / 8] = BigInt(fpBytes);
  return jit.genericExit;
}
