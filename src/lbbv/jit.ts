// The LBBV JIT: tiering, block compilation, branch_stub_hit, side exits,
// entry from the interpreter, and the callbacks machine code makes.
// Assumptions and invalidation live in invariants.ts, exit reasons in
// exits.ts, statistics in stats.ts, built-in fast paths in
// codegen/natives.ts. Why this file is still about 1000 lines: branches,
// entry and callbacks are still here (to move to branches.ts, entry.ts and
// callbacks.ts, see issue 13).
//
// Machine code runs on the interpreter's own frames: r13 points at the
// frame, values stay in their VM stack slots, and an exit writes the pc and
// sp for the interpreter to resume at. The interpreter enters machine code at
// a function's first instruction once it has been called
// --jit-call-threshold times, at a loop header once its back edge has been
// taken as often, and after a call returns into a frame whose function has
// compiled code.

import { ISEQ_ARGUMENTS, type ISeq } from '../bytecode/iseq';
import { liveLocals, readsSelf, trackedLocals } from '../bytecode/liveness';
import { insnLength, OPS, popCount } from '../bytecode/opcodes';
import { Op } from '../bytecode/opnums';
import { L } from '../vm/layout';
import type { JitHooks } from '../vm/hooks';
import type { VM } from '../vm/vm';
import type { Shape } from '../vm/shapes';
import { RT, type CodeMemory, type Native } from '../native';
import * as X from '../x86asm';
import { Context, ContextTable, MAX_LOCALS, tagOfType, Type, typeName, typeOfTag } from './context';
import { runtimeCall, RUNTIME_EXIT, RUNTIME_OPS } from './runtime';
import { GEN } from './codegen/gen';
import { type NativeGen, resolveNatives } from './codegen/natives';
import { JitState, Status } from './codegen/state';
import { counterDoc, counterName, EXITS, type ExitKind, type ExitReason, isExitKind } from './exits';
import { jitStats, Slot, SLOT_COUNT } from './stats';
import { Branch, BranchShape, type BranchTarget, emitBranch, makeFallthrough, retarget } from './stubs';
import { Block, blockKey, VersionTable } from './versions';
import { Invariants } from './invariants';

export interface JitOptions {
  callThreshold: number;
  maxVersions: number;
  memSizeMiB: number;
  stats: boolean;
  disasm: boolean;
  /** --jit-only: compile only iseqs with these names. */
  only?: ReadonlySet<string>;
  /** --jit-trace-exits: count side exits by site. */
  traceExits?: boolean;
  /** Where --disasm output goes. */
  log?: (s: string) => void;
  /** --disasm=NAME[,NAME]: print only the blocks of functions with these names. */
  disasmOnly?: ReadonlySet<string>;
  /** Called for each compiled block with its code ranges (absolute address, bytes): the --perf-map writer. */
  onBlock?: (iseq: ISeq, block: Block, inline: [number, number], outlined: [number, number]) => void;
}

/** Runtime-block word where an exit stores its frame (byte offset); the first scratch word. */
export const EXIT_FP = RT.SCRATCH;

/**
 * The callbacks machine code makes into TypeScript (lbbv_callback(id, a, b,
 * c); Jit.callback dispatches). The arguments for each:
 */
const enum Callback {
  /** A branch stub was reached: a = branch id, b = target index (0/1), c = frame (bytes). */
  StubHit = 1,
  /** Perform one instruction's slow path in TypeScript (runtime.ts): a = frame, b = pc, c = stack size. */
  Runtime = 2,
  /** The allocation buffer is used up: get a fresh one (may collect): a = frame, b = pc, c = stack size. */
  Refill = 3,
  /** A megamorphic call site needs the generic entry of an iseq (made on first use): a = iseq id, b = frame, c = stack size. */
  GenericEntry = 4,
  /** Call the built-in at a `send` directly (its identity guarded by the caller): a = frame, b = pc, c = stack size. */
  Native = 5,
  /** `throw`: find the handler; if it is in a frame machine code can resume, the address to jump to (0: exit): a = frame, b = pc, c = stack size. */
  Throw = 6,
  /** The receiver of the `charCodeAt` at a `send` needs its CHARS cell (may collect): a = frame, b = pc, c = stack size. */
  StringChars = 7,
}

/** Runtime-block word where Callback.Throw leaves the handler's frame (byte offset). */
const THROW_FP = RT.SCRATCH + 8;

/** Runtime-block word where an exit writes its site's index + 1 (with --jit-trace-exits; 0: not a traced exit). */
const TRACE_SITE = RT.SCRATCH + 16;

/** Most iseqs with a generic entry (the table's size for the default code memory). */
const MAX_GENERIC_ENTRIES = 1 << 16;

/** What a typed entry returns when the arguments' types are not the ones it was made for (nothing ran). */
const ENTRY_TYPES_DIFFER = 3;


/** What a counter slot counts: a declared kind (exits.ts), or a runtime call compiled instead of a fast path. */
type CounterKind = ExitKind | 'runtime_call';

interface CounterSlot {
  slot: number;
  kind: CounterKind;
}

/** Longest entry back-off after side exits, in skipped entries. */
const MAX_BACKOFF = 1024;

/** Bytes kept free in each code block so an emergency jump always fits. */
const RESERVE = 256;

export class Jit implements JitHooks {
  readonly inline: X.CodeBlock;
  readonly outlined: X.CodeBlock;
  readonly versions: VersionTable;
  readonly contexts = new ContextTable();
  readonly branches: Branch[] = [];
  readonly code: CodeMemory;
  private readonly rt32: Uint32Array;
  private readonly rt64: BigInt64Array;
  /** Entry prologues by (iseq, pc, stack size). 0: compiling there failed. */
  private readonly entries = new Map<number, number>();
  /** Side exits emitted, with how often each ran (--jit-trace-exits). */
  private readonly exitSites: { iseq: ISeq; pc: number; name: string; count: number }[] = [];
  /** Exit reason → counter slot. */
  private readonly reasonSlots = new Map<string, CounterSlot>();
  /** Shared tail that returns an error status to `enter` (a callback threw). */
  private errorExit = 0;
  /** Shared exit whose pc and sp the stub-hit handler wrote (used when compiling fails). */
  private genericExit = 0;
  /** Runtime calls by instruction (with --stats). */
  readonly runtimeCalls = new Map<string, number>();
  /** Code memory is exhausted: stop compiling, keep interpreting. */
  full = false;
  /**
   * Generic entries by iseq id (megamorphic calls): the address of a
   * trampoline that pushes a frame for that function whatever the argument
   * count and jumps to its all-unknown entry version; 0 = not made yet.
   */
  private readonly genericEntries: BigInt64Array;
  /** Executable address of genericEntries[0], and its length. */
  readonly genericEntryTable: number;
  readonly genericEntryCount: number;
  /** Byte offset of the code blocks in the code memory (after the table). */
  readonly codeStart: number;
  /** The block each generic entry jumps to, by iseq id. */
  private readonly genericEntryBlocks = new Map<number, Block>();
  /** The block each entry prologue jumps to, by entry key. */
  private readonly entryBlocks = new Map<number, Block>();
  /** Assumptions, patch points and invalidation (invariants.ts). */
  readonly invariants: Invariants;

  readonly counters = {
    compiled_branch_count: 0,
    block_next_count: 0,
    stub_hit_count: 0,
    defer_count: 0,
    type_checks_emitted: 0,
    jit_entry_count: 0,
    runtime_call_count: 0,
    native_call_count: 0,
    alloc_refill_count: 0,
    string_chars_count: 0,
    backoff_count: 0,
    code_memory_full: 0,
    invalidation_count: 0,
    typed_field_loads: 0,
    throw_to_handler_count: 0,
    entry_types_differ: 0,
    compile_time_ms: 0,
  };

  /** Built-ins with a fast path at `send`, by native id (codegen/natives.ts). */
  readonly natives: ReadonlyMap<number, NativeGen>;

  constructor(
    readonly vm: VM,
    readonly native: Native,
    readonly options: JitOptions,
  ) {
    this.natives = resolveNatives(vm);
    this.code = native.createCodeMemory(options.memSizeMiB);
    // The region starts with the generic-entry table (read by machine code
    // through the executable view); outlined code (stubs, exits) gets a
    // quarter of the rest.
    this.genericEntryCount = Math.min(MAX_GENERIC_ENTRIES, Math.floor(this.code.size / 64 / 8));
    const tableBytes = this.genericEntryCount * 8;
    this.genericEntries = new BigInt64Array(this.code.rw, 0, this.genericEntryCount);
    this.genericEntryTable = this.code.rxBase;
    this.codeStart = tableBytes;
    const code = this.code.bytes.subarray(tableBytes);
    const pair = X.createCodeBlockPair(code, this.code.rxBase + tableBytes, Math.floor((code.length * 3) / 4));
    this.inline = pair.inline;
    this.outlined = pair.outlined;
    this.inline.commentsEnabled = options.disasm;
    this.outlined.commentsEnabled = options.disasm;
    this.versions = new VersionTable(options.maxVersions);
    this.rt32 = new Uint32Array(native.runtime);
    this.rt64 = new BigInt64Array(native.runtime);
    this.rt64.fill(0n, RT.JIT / 8);
    // Callback arguments come through the runtime block (RT.CALLBACK_ARGS): no JS values are made for them.
    const args = new Float64Array(native.runtime, RT.CALLBACK_ARGS, 4);
    native.setCallback(() => this.callback(args[0], args[1], args[2], args[3]), true);
    this.invariants = new Invariants(this);
    vm.shapes.onGeneralize = (shape, slot) => this.invariants.invalidateField(shape.id, slot);
    this.genShared();
  }

  // ------------------------------------------------------------- counters

  counterOffset(slot: number): number {
    return RT.JIT + 8 * slot;
  }

  counterValue(slot: number): number {
    return Number(this.rt64[this.counterOffset(slot) / 8]);
  }

  /** The counter slot of the counter printed as `name` (declared in exits.ts, of kind `kind`). */
  private reasonSlot(name: string, kind: CounterKind): number {
    let s = this.reasonSlots.get(name);
    if (s === undefined) {
      let slot = Slot.FirstReason + this.reasonSlots.size;
      if (slot >= SLOT_COUNT) slot = SLOT_COUNT - 1; // the last slot collects any overflow
      s = { slot, kind };
      this.reasonSlots.set(name, s);
    }
    return s.slot;
  }

  /** Exits by reason (slow-path counters such as getprop_megamorphic are reported apart). */
  exitReasons(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [r, s] of this.reasonSlots) {
      const n = this.counterValue(s.slot);
      if (n > 0 && s.kind !== 'runtime_call' && isExitKind(s.kind)) out[r] = n;
    }
    return out;
  }

  /** Executions of outlined slow paths and runtime calls (megamorphic sites, array growth, string ===), by name. */
  slowPathCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [r, s] of this.reasonSlots) {
      const n = this.counterValue(s.slot);
      if (n > 0 && (s.kind === 'runtime_call' || !isExitKind(s.kind))) out[r] = n;
    }
    return out;
  }

  /** --jit-trace-exits: the side exits that ran, by source location and reason, most frequent first. */
  exitTrace(): string {
    const byWhere = new Map<string, number>();
    for (const s of this.exitSites) {
      if (s.count === 0) continue;
      const p = s.iseq.position(s.pc);
      const key = `${s.iseq.file}:${p.line}:${p.col}\t${s.iseq.name || '<anonymous>'}\tpc ${s.pc}\t${s.name}`;
      byWhere.set(key, (byWhere.get(key) ?? 0) + s.count);
    }
    const rows = [...byWhere].sort((a, b) => b[1] - a[1]);
    const lines = [`***lbbv: side exits by location (${rows.reduce((n, r) => n + r[1], 0)} exits at ${rows.length} sites)***`];
    for (const [key, n] of rows) {
      const [where, fn, pc, reason] = key.split('\t');
      lines.push(`${String(n).padStart(10)}  ${where}  ${fn} ${pc}  ${reason}${counterDoc(reason) ? `   (${counterDoc(reason)})` : ''}`);
    }
    return lines.join('\n') + '\n';
  }

  // --------------------------------------------------------- shared code

  /** Code every exit path shares: the error return and the generic exit. */
  private genShared(): void {
    const ocb = this.outlined;
    ocb.comment('error exit: a callback threw; enter() rethrows it');
    this.errorExit = ocb.addrOf();
    X.mov(ocb, X.EAX, 2);
    X.add(ocb, X.RSP, 8);
    X.ret(ocb);
    ocb.comment('generic exit: pc and sp already in the runtime block');
    this.genericExit = ocb.addrOf();
    X.xor(ocb, X.EAX, X.EAX);
    X.add(ocb, X.RSP, 8);
    X.ret(ocb);
  }

  /**
   * Emits a side exit in the outlined block: store pc and sp for the
   * interpreter, count the reason, return to `enter` with status 0.
   */
  genExit(iseq: ISeq, pc: number, stackSize: number, reason: ExitReason, name: string): number {
    const ocb = this.outlined;
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
    X.inc(ocb, X.qword(X.R15, this.counterOffset(this.reasonSlot(name, kind))));
    if (this.options.traceExits) {
      this.exitSites.push({ iseq, pc, name, count: 0 });
      X.mov(ocb, X.dword(X.R15, TRACE_SITE), this.exitSites.length);
    }
    // Returns from interpreter frames and throws are control flow the interpreter completes, not failed speculation:
    // they do not count as side exits (nor towards the entry back-off).
    if (kind !== 'control') X.inc(ocb, X.qword(X.R15, this.counterOffset(Slot.Exits)));
    X.xor(ocb, X.EAX, X.EAX);
    X.add(ocb, X.RSP, 8);
    X.ret(ocb);
    return addr;
  }

  /** A stub: calls branch_stub_hit(branch, target, fp) and jumps where it says. */
  private genStub(branchId: number, idx: number, iseqId: number, pc: number): number {
    const ocb = this.outlined;
    const addr = ocb.addrOf();
    if (ocb.commentsEnabled) ocb.comment(`stub: branch ${branchId} target ${idx} → ${this.vm.iseqs[iseqId].name || '<anonymous>'} pc ${pc}`);
    this.emitCallback(ocb, Callback.StubHit, () => {
      X.mov(ocb, X.ESI, branchId);
      X.mov(ocb, X.EDX, idx);
      X.mov(ocb, X.RCX, X.R13);
      X.sub(ocb, X.RCX, X.R12);
    });
    X.jmp(ocb, X.RAX);
    return addr;
  }

  /**
   * Ends the current block with a branch: to `pc0` (falling through, or the
   * only target) and, when `cc` is given, to `pc1` if cc holds. Targets
   * already compiled for a compatible context are jumped to directly;
   * others get stubs.
   */
  /** Ends the current block with a jump to (iseqId, pc) in context ctx (a stub until that version exists). */
  genDirectJump(j: JitState, pc: number, ctx: Context, iseqId = j.iseq.id): Branch {
    return this.genBranch(j, null, pc, ctx, -1, null, iseqId);
  }

  genBranch(j: JitState, cc: X.CC | null, pc0: number, ctx0: Context, pc1: number, ctx1: Context | null, iseqId = j.iseq.id): Branch {
    const id = this.branches.length;
    const target = (pc: number, ctx: Context, idx: number): BranchTarget => {
      // A guard chain's depth belongs to its instruction: successors start again at depth 0.
      if (pc !== j.pc || iseqId !== j.iseq.id) ctx = ctx.withChainDepth(0);
      ctx = this.withoutDeadTypes(iseqId, pc, ctx);
      const blk = this.versions.find(iseqId, pc, ctx);
      const t: BranchTarget = { iseqId, pc, ctxId: this.contexts.intern(ctx), ctx, address: 0, block: blk };
      t.address = blk ? blk.address : this.genStub(id, idx, iseqId, pc);
      return t;
    };
    const t0 = target(pc0, ctx0, 0);
    const t1 = cc !== null && ctx1 ? target(pc1, ctx1, 1) : null;
    const br = new Branch(id, j.block, cc, [t0, t1]);
    this.branches.push(br);
    j.block.outgoing.push(id);
    for (const t of [t0, t1]) if (t && t.block) t.block.incoming.push(id);
    emitBranch(this.inline, br);
    this.counters.compiled_branch_count++;
    return br;
  }

  /**
   * The context a branch to (iseq, pc) versions on: types of locals that are
   * dead there (written before any read; bytecode/liveness.ts) and of a
   * `this` the function never reads are dropped, so arrivals that differ
   * only in values nobody reads share one version.
   */
  private withoutDeadTypes(iseqId: number, pc: number, ctx: Context): Context {
    const iseq = this.vm.iseqs[iseqId];
    const live = liveLocals(iseq, pc);
    const slots = trackedLocals(iseq, MAX_LOCALS);
    let c = ctx;
    for (let i = 0; i < Math.min(slots.length, 32); i++) {
      const s = slots[i];
      if (s >= 0 && !(live & (1 << i)) && c.localType(s) !== Type.Unknown) c = c.setLocalType(s, Type.Unknown);
    }
    if (c.selfType !== Type.Unknown && !readsSelf(iseq)) c = c.setSelfType(Type.Unknown);
    return c;
  }

  /**
   * A guard's failure path: `jcc cc` to a stub for (pc, ctx). The branch is
   * never made to fall through (shape Next0: the guarded code follows).
   */
  genGuardBranch(j: JitState, cc: X.CC, pc: number, ctx: Context): void {
    const id = this.branches.length;
    ctx = this.withoutDeadTypes(j.iseq.id, pc, ctx);
    const blk = this.versions.find(j.iseq.id, pc, ctx);
    const t: BranchTarget = { iseqId: j.iseq.id, pc, ctxId: this.contexts.intern(ctx), ctx, address: 0, block: blk };
    t.address = blk ? blk.address : this.genStub(id, 0, j.iseq.id, pc);
    const br = new Branch(id, j.block, null, [t, null]);
    br.shape = BranchShape.Next0;
    br.start = this.inline.writePos;
    br.jumpPos[0] = X.jcc(this.inline, cc, t.address, { rel32: true });
    br.end = this.inline.writePos;
    this.branches.push(br);
    j.block.outgoing.push(id);
    if (blk) blk.incoming.push(id);
    this.counters.compiled_branch_count++;
  }

  /**
   * Calls the slow path of the current instruction (runtime.ts) and
   * continues after it: operands popped, results pushed with unknown types.
   */
  genRuntimeCall(j: JitState, reason: ExitReason): void {
    j.xmmLose();
    const name = counterName(reason, OPS[j.iseq.code[j.pc]].name);
    j.comment(`runtime call (${name})`);
    // Counted by why the fast path did not apply, among the slow paths (with --stats only).
    if (this.options.stats) X.inc(this.inline, X.qword(X.R15, this.counterOffset(this.reasonSlot(`${name}_slow_path`, 'runtime_call'))));
    this.emitRuntimeCallback(this.inline, j.pc, j.ctx.stackSize);
    const op = j.iseq.code[j.pc];
    const operands = Array.from({ length: OPS[op].operands.length }, (_, i) => j.op(i));
    let ctx = j.ctx.pop(popCount(op, operands));
    for (let i = 0; i < OPS[op].push; i++) ctx = ctx.push(Type.Unknown);
    j.ctx = ctx;
  }

  /**
   * An outlined slow path for the current instruction: count `counter`, do
   * the instruction's runtime call with the stack as it was at the
   * instruction's start, then jump back to `after` (bound where the
   * instruction's inline code ends). Returns its address.
   */
  genSlowPath(j: JitState, counter: ExitReason, after: X.Label): number {
    const ocb = this.outlined;
    const addr = ocb.addrOf();
    const name = counterName(counter, OPS[j.iseq.code[j.pc]].name);
    ocb.comment(`slow path: ${name}`);
    X.inc(ocb, X.qword(X.R15, this.counterOffset(this.reasonSlot(name, EXITS[counter].kind))));
    this.emitRuntimeCallback(ocb, j.pc, j.insnCtx.stackSize);
    j.xmmReload(ocb);
    X.jmp(ocb, after, { rel32: true });
    return addr;
  }

  /**
   * At a megamorphic call site whose callee's iseq (ecx) has no generic
   * entry yet: asks for one (lbbv_callback(Callback.GenericEntry, iseq, fp,
   * stack size)); rax is then its address, or 0 and the code goes to `none`.
   */
  emitGenericEntryCall(cb: X.CodeBlock, stackSize: number, none: number): void {
    this.emitCallback(cb, Callback.GenericEntry, () => {
      X.mov(cb, X.ESI, X.ECX);
      X.mov(cb, X.RDX, X.R13);
      X.sub(cb, X.RDX, X.R12);
      X.mov(cb, X.ECX, stackSize);
    });
    X.jcc(cb, 'e', none, { rel32: true });
  }

  /**
   * The outlined refill path of an inline allocation: gets a fresh
   * allocation buffer from the heap with the stack as at the instruction's
   * start (the collector may run), then jumps back to `retry`.
   */
  genRefillPath(j: JitState, retry: X.Label): number {
    return this.genCallbackRetryPath(j, Callback.Refill, 'allocation buffer full: refill, retry', retry);
  }

  /**
   * The outlined path of an inline `charCodeAt` whose receiver has no CHARS
   * cell yet: makes it (lbbv_callback(Callback.StringChars, …), with the stack as
   * at the instruction's start: the collector may run), then jumps back to
   * `retry`. Returns its address.
   */
  genStringCharsPath(j: JitState, retry: X.Label): number {
    return this.genCallbackRetryPath(j, Callback.StringChars, 'receiver has no CHARS cell yet: copy its code units, retry', retry);
  }

  /** An outlined path that calls back (`id`, with the stack as at the instruction's start), reloads the double cache and jumps to `retry`. */
  private genCallbackRetryPath(j: JitState, id: Callback, what: string, retry: X.Label): number {
    const ocb = this.outlined;
    const addr = ocb.addrOf();
    ocb.comment(what);
    this.emitCallback(ocb, id, () => this.frameArgs(ocb, j.pc, j.insnCtx.stackSize));
    j.xmmReload(ocb);
    X.jmp(ocb, retry, { rel32: true });
    return addr;
  }

  /**
   * lbbv_callback(Callback.Runtime, fp, pc, stack size), then: a negative result
   * (a JS exception) returns an error to `enter`; 1 (the call pushed a
   * bytecode frame for the interpreter) takes the generic exit; 0 goes on.
   */
  private emitRuntimeCallback(cb: X.CodeBlock, pc: number, stackSize: number): void {
    this.emitCallback(cb, Callback.Runtime, () => this.frameArgs(cb, pc, stackSize));
    X.jcc(cb, 'ne', this.genericExit, { rel32: true });
  }

  /**
   * A direct call of built-in `nativeId` (its identity guarded by the
   * caller) at the current `send`: no generic call dispatch; the result
   * replaces the callee.
   */
  genNativeCall(j: JitState, nativeId: number): void {
    j.comment(`direct call of built-in ${this.vm.natives[nativeId].name}`);
    const cb = this.inline;
    j.xmmLose();
    this.emitCallback(cb, Callback.Native, () => this.frameArgs(cb, j.pc, j.ctx.stackSize));
  }

  /**
   * throw in machine code: lbbv_callback(Callback.Throw, fp, pc, stack size) finds
   * the handler; when machine code can run it, the callback has moved the
   * exception to the handler frame's stack and returns the address of the
   * handler's block, with the frame in THROW_FP: r13 moves there and the
   * code jumps. Otherwise (0) the interpreter throws as before.
   */
  genThrow(j: JitState): void {
    const cb = this.inline;
    j.xmmLose();
    this.emitCallback(cb, Callback.Throw, () => this.frameArgs(cb, j.pc, j.ctx.stackSize));
    X.jcc(cb, 'e', j.sideExit('throw'), { rel32: true });
    j.comment('throw: to the handler, in its frame');
    X.mov(cb, X.R13, X.qword(X.R15, THROW_FP));
    X.add(cb, X.R13, X.R12);
    X.jmp(cb, X.RAX);
  }

  /**
   * Callback.Throw: the handler search of the interpreter's unwind(), from the
   * frame at fpBytes and pc, over frames machine code pushed or the
   * interpreter runs alike. It stops (0: the interpreter throws) at a frame
   * with a host boundary (a native's call into JS lies between) and when no
   * version of the handler's block can be had. Otherwise it truncates the
   * handler frame's stack to the exception and returns the address of the
   * handler block's generic version.
   */
  private throwToHandler(fpBytes: number, pc: number, stackSize: number): number {
    const vm = this.vm;
    const u32 = vm.u32;
    const tq = (fpBytes >>> 2) + (L.FRAME_HEADER >>> 2) + 2 * (stackSize - 1);
    let fp = fpBytes >>> 2;
    let lookupPc = pc;
    for (;;) {
      const iseq = vm.iseqs[u32[fp + 2]];
      const h = iseq.findHandler(lookupPc);
      if (h) {
        const ctx = Context.unknown(1);
        let blk = this.versions.find(iseq.id, h.handler, ctx);
        if (!blk) {
          if (this.versions.atCap(iseq.id, h.handler, ctx)) return 0;
          // Compiling may allocate: the collector sees the frames up to the throw, the exception on top.
          vm.fp = fpBytes >>> 2;
          vm.sp = tq + 2;
          blk = this.compileBlock(iseq, h.handler, ctx, -1);
          if (!blk) return 0;
        }
        const q = fp + (L.FRAME_HEADER >>> 2);
        const lo = u32[tq];
        const hi = u32[tq + 1];
        u32[q] = lo;
        u32[q + 1] = hi;
        this.rt32[THROW_FP / 4] = fp << 2;
        this.rt32[THROW_FP / 4 + 1] = 0;
        this.counters.throw_to_handler_count++;
        return blk.address;
      }
      if (u32[fp + 5] & L.FRAME_HOST_BOUNDARY) return 0;
      lookupPc = u32[fp + 1] - 1;
      fp = u32[fp] >>> 2;
    }
  }

  /**
   * Calls lbbv_callback(id, rsi, rdx, rcx) with the arguments `setArgs` puts
   * in place; a negative result (a JS exception) returns an error to
   * `enter`, otherwise the result is in rax (flags from `test rax, rax`).
   */
  private emitCallback(cb: X.CodeBlock, id: Callback, setArgs: () => void): void {
    X.mov(cb, X.EDI, id);
    setArgs();
    X.call(cb, X.qword(X.R15, RT.CALLBACK));
    X.test(cb, X.RAX, X.RAX);
    X.jcc(cb, 's', this.errorExit, { rel32: true });
  }

  /** Callback arguments naming an instruction: the frame (byte offset), its pc and its stack size. */
  private frameArgs(cb: X.CodeBlock, pc: number, stackSize: number): void {
    X.mov(cb, X.RSI, X.R13);
    X.sub(cb, X.RSI, X.R12);
    X.mov(cb, X.EDX, pc);
    X.mov(cb, X.ECX, stackSize);
  }

  // ------------------------------------------------------------- compiling

  /** Compiles one block version at the inline write position. Null if code memory is full. */
  compileBlock(iseq: ISeq, pc: number, ctxIn: Context, peekFp: number): Block | null {
    if (this.options.only && !this.options.only.has(iseq.name)) return null;
    if (this.full || this.inline.remaining < 64 * 1024 || this.outlined.remaining < 16 * 1024) {
      if (!this.full) this.counters.code_memory_full++;
      this.full = true;
      return null;
    }
    const t0 = performance.now();
    const ctx = this.versions.limitContext(iseq.id, pc, ctxIn);
    const version = this.versions.versions(iseq.id, pc).length + 1;
    const inlineStart = this.inline.writePos;
    const outlinedStart = this.outlined.writePos;
    const branchCount = this.branches.length;
    const block = new Block(iseq.id, pc, this.contexts.intern(ctx), ctx, this.inline.addrOf(), version);
    block.start = inlineStart;
    const j = new JitState(this, iseq, block, ctx, peekFp);
    this.inline.comment(`block ${iseq.name || '<anonymous>'}@${pc} v${version} ${ctx.toString()}`);
    for (;;) {
      const opcode = iseq.code[j.pc];
      const gen = GEN[opcode];
      this.inline.comment(`${String(j.pc).padStart(4, '0')} ${OPS[opcode].name} ${j.ctx.toString()}`);
      let status: Status;
      j.insnCtx = j.ctx;
      if (this.options.stats && (gen !== undefined || RUNTIME_OPS.has(opcode))) X.inc(this.inline, X.qword(X.R15, this.counterOffset(Slot.JitInsns)));
      j.insnStart = this.inline.writePos;
      j.beginInsnXmm();
      // The double cache survives only instructions compiled by a gen function that opts in (no runtime call).
      let xmmOk = gen !== undefined;
      if (gen === undefined) {
        if (RUNTIME_OPS.has(opcode)) {
          this.genRuntimeCall(j, 'unhandled');
          status = Status.Keep;
        } else status = j.exitOrRuntimeCall('unhandled');
      } else {
        status = gen(j);
        if (status === Status.CantCompile) {
          xmmOk = false;
          if (RUNTIME_OPS.has(opcode)) {
            j.ctx = j.insnCtx;
            this.genRuntimeCall(j, j.exitReason ?? 'runtime_call');
            status = Status.Keep;
          } else status = j.exitOrRuntimeCall(j.exitReason ?? 'cant_compile');
        }
      }
      if (status === Status.Keep) j.insns++;
      const operands = Array.from({ length: OPS[opcode].operands.length }, (_, i) => iseq.code[j.pc + 1 + i]);
      j.endInsnXmm(xmmOk && status === Status.Keep, j.insnCtx.stackSize - popCount(opcode, operands));
      if (j.afterLabels.length > 0) {
        for (const l of j.afterLabels) this.inline.bindLabel(l);
        j.afterLabels = [];
        this.outlined.linkLabels();
      }
      if (status === Status.End) break;
      if (j.ctx.chainDepth !== 0) j.ctx = j.ctx.withChainDepth(0);
      j.pc += insnLength(opcode);
    }
    if (this.inline.dropped || this.outlined.dropped || this.inline.remaining < RESERVE || this.outlined.remaining < RESERVE) {
      // Out of code memory mid-block: forget this block entirely (and the patch points it recorded).
      this.invariants.forget(block);
      this.inline.rewind(inlineStart);
      this.outlined.rewind(outlinedStart);
      this.branches.length = branchCount;
      this.full = true;
      this.counters.code_memory_full++;
      return null;
    }
    block.end = this.inline.writePos;
    block.insnCount = j.insns;
    block.endPc = j.pc;
    this.versions.add(block);
    iseq.jitted = true;
    this.code.flush(this.codeStart + inlineStart, block.end - inlineStart);
    this.counters.compile_time_ms += performance.now() - t0;
    if (this.options.disasm && (!this.options.disasmOnly || this.options.disasmOnly.has(iseq.name))) this.printBlock(block, iseq, inlineStart, outlinedStart);
    this.options.onBlock?.(iseq, block, [this.inline.addrOf(inlineStart), block.end - inlineStart], [this.outlined.addrOf(outlinedStart), this.outlined.writePos - outlinedStart]);
    return block;
  }

  private printBlock(block: Block, iseq: ISeq, inlineStart: number, outlinedStart: number): void {
    const log = this.options.log ?? ((s: string) => process.stderr.write(s));
    let head = `== BLOCK ${iseq.name || '<anonymous>'}@${iseq.file}:${iseq.position(block.pc).line} pc=${block.pc} version ${block.version}/${this.options.maxVersions} ctx=${block.ctx.toString()}\n`;
    if (iseq.localCount > MAX_LOCALS) {
      // The context's l0..l7 are the tracked locals (trackedLocals), not locals 0..7.
      const slots = trackedLocals(iseq, MAX_LOCALS);
      const names = Array.from({ length: MAX_LOCALS }, (_, k) => `l${k}=${iseq.localNames[slots.indexOf(k)] ?? '?'}`);
      head += `   (context slots: ${names.join(' ')})\n`;
    }
    let text = head + X.disassembleBlock(this.inline, inlineStart, block.end);
    if (this.outlined.writePos > outlinedStart) text += '  -- outlined --\n' + X.disassembleBlock(this.outlined, outlinedStart, this.outlined.writePos);
    log(text + '\n');
  }

  // --------------------------------------------------------- stub hits

  /** Dispatcher for calls from machine code. */
  private callback(id: number, a: number, b: number, c: number): number {
    if (id === Callback.StubHit) return this.branchStubHit(a, b as 0 | 1, c);
    if (id === Callback.Runtime) {
      this.counters.runtime_call_count++;
      if (this.options.stats) {
        const code = this.vm.iseqs[this.vm.u32[(a >>> 2) + 2]].code;
        let name = OPS[code[b]].name;
        if (code[b] === Op.send) {
          // Which built-in: the callee below this and the arguments.
          const fnQ = (a >>> 2) + (L.FRAME_HEADER >>> 2) + 2 * (c - code[b + 1] - 2);
          const fn = this.vm.u32[fnQ];
          if (this.vm.u32[fnQ + 1] === L.TAG_FUNCTION && this.vm.u32[(fn + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE) name += ` ${this.vm.natives[this.vm.u32[(fn + L.FN_ISEQ) >>> 2]].name}`;
        }
        this.runtimeCalls.set(name, (this.runtimeCalls.get(name) ?? 0) + 1);
      }
      if (runtimeCall(this.vm, a, b, c) === RUNTIME_EXIT) {
        const vm = this.vm;
        this.exitTo(vm.pc, vm.sp << 2, vm.fp << 2);
        return 1;
      }
      return 0;
    }
    if (id === Callback.Refill) {
      this.counters.alloc_refill_count++;
      const vm = this.vm;
      vm.fp = a >>> 2;
      vm.pc = b;
      vm.sp = vm.fp + (L.FRAME_HEADER >>> 2) + 2 * c;
      vm.heap.refillBuffer();
      return 0;
    }
    if (id === Callback.Throw) return this.throwToHandler(a, b, c);
    if (id === Callback.Native) {
      this.counters.native_call_count++;
      const vm = this.vm;
      const fp = a >>> 2;
      const argc = vm.iseqs[vm.u32[fp + 2]].code[b + 1];
      const fnQ = fp + (L.FRAME_HEADER >>> 2) + 2 * c - 2 * argc - 4;
      vm.fp = fp;
      vm.pc = b;
      vm.callNative(vm.u32[(vm.u32[fnQ] + L.FN_ISEQ) >>> 2], fnQ, argc, 0);
      return 0;
    }
    if (id === Callback.StringChars) {
      this.counters.string_chars_count++;
      const vm = this.vm;
      const fp = a >>> 2;
      const argc = vm.iseqs[vm.u32[fp + 2]].code[b + 1];
      vm.fp = fp;
      vm.pc = b;
      vm.sp = fp + (L.FRAME_HEADER >>> 2) + 2 * c;
      // The receiver sits just above the callee, below the arguments.
      vm.stringChars(vm.u32[vm.sp - 2 * argc - 2]);
      return 0;
    }
    if (id === Callback.GenericEntry) {
      const vm = this.vm;
      vm.fp = b >>> 2;
      vm.sp = vm.fp + (L.FRAME_HEADER >>> 2) + 2 * c;
      return this.genericEntry(a);
    }
    throw new Error(`lbbv: unknown JIT callback ${id}`);
  }

  /**
   * branch_stub_hit: compiles (or finds) the version of the branch's target
   * for its context, patches the branch to it, and returns its address. If
   * the branch is the last code written, the new block goes right after it
   * and the branch falls through. If nothing can be compiled, returns the
   * generic exit with the interpreter's resume point filled in.
   */
  private branchStubHit(branchId: number, idx: 0 | 1, fpBytes: number): number {
    const br = this.branches[branchId];
    const t = br.targets[idx]!;
    if (t.block) return t.block.address;
    this.counters.stub_hit_count++;
    const iseq = this.vm.iseqs[t.iseqId];
    let blk = this.versions.find(t.iseqId, t.pc, t.ctx);
    if (!blk && this.versions.atCap(t.iseqId, t.pc, t.ctx)) {
      // At the cap and nothing fits: the interpreter takes it from here.
      return this.exitTo(t.pc, fpBytes + L.FRAME_HEADER + 8 * t.ctx.stackSize, fpBytes);
    }
    if (!blk) {
      // Compiling may allocate (pinned strings, a lazy prototype): let the collector see this frame's stack.
      this.vm.fp = fpBytes >>> 2;
      this.vm.sp = this.vm.fp + (L.FRAME_HEADER >>> 2) + 2 * t.ctx.stackSize;
      const fell = makeFallthrough(this.inline, br, idx);
      blk = this.compileBlock(iseq, t.pc, t.ctx, fpBytes >>> 2);
      if (blk && fell) this.counters.block_next_count++;
      if (!blk) {
        if (fell) {
          // The branch now falls through into nothing: give it back its jump.
          br.jumpPos[idx] = X.jmp(this.inline, t.address, { rel32: true });
          br.end = this.inline.writePos;
        }
        return this.exitTo(t.pc, fpBytes + L.FRAME_HEADER + 8 * t.ctx.stackSize, fpBytes);
      }
    }
    t.block = blk;
    t.address = blk.address;
    blk.incoming.push(br.id);
    retarget(this.inline, br, idx, blk.address);
    return blk.address;
  }

  /**
   * The generic entry of an iseq for megamorphic calls, made on first use:
   * a trampoline that pushes the callee's frame for any argument count and
   * jumps to its entry version for unknown argument types. Its interface
   * (see gen_send): rax = the function, rdi = address of its stack slot,
   * esi = argc, edx = the caller's return pc, rcx = the JIT return address,
   * r8 = where to go if the frame does not fit. Returns 0 where there is
   * none (rest parameters, code memory full); the site then calls the
   * runtime.
   */
  genericEntry(iseqId: number): number {
    const have = iseqId < this.genericEntryCount ? Number(this.genericEntries[iseqId]) : 0;
    if (have !== 0 || iseqId >= this.genericEntryCount || this.full) return have;
    const iseq = this.vm.iseqs[iseqId];
    // Rest parameters, and functions reading `arguments` (their frame may move): the runtime's call path.
    if (iseq.restIndex >= 0 || iseq.flags & ISEQ_ARGUMENTS) return 0;
    let ctx = Context.unknown(0);
    const slots = trackedLocals(iseq, MAX_LOCALS);
    for (let i = iseq.paramCount; i < iseq.localCount; i++) if (slots[i] >= 0) ctx = ctx.setLocalType(slots[i], Type.Undefined);
    const blk = this.versions.find(iseqId, 0, ctx) ?? (this.versions.atCap(iseqId, 0, ctx) ? null : this.compileBlock(iseq, 0, ctx, -1));
    if (!blk) return 0;
    const ocb = this.outlined;
    const addr = ocb.addrOf();
    const nl = iseq.localCount;
    const p = iseq.paramCount;
    const args = 16;
    const nf = args + 8 * nl;
    ocb.comment(`generic entry ${iseq.name || '<anonymous>'} (iseq ${iseqId}, ${p} params, ${nl} locals)`);
    X.lea(ocb, X.R9, X.mem(0, X.RDI, nf + L.FRAME_HEADER + 8 * iseq.maxStack));
    X.sub(ocb, X.R9, X.R12);
    X.cmp(ocb, X.R9, this.vm.stackLimit * 4);
    const fits = ocb.newLabel('fits');
    X.jcc(ocb, 'b', fits);
    X.jmp(ocb, X.R8);
    ocb.bindLabel(fits);
    ocb.linkLabels();
    X.mov(ocb, X.R11, BigInt(L.TAG_UNDEF) << 32n);
    for (let i = 0; i < nl; i++) {
      // Parameters the caller did not pass, and the other locals, start undefined.
      const skip = ocb.newLabel('skip');
      if (i < p) {
        X.cmp(ocb, X.ESI, i);
        X.jcc(ocb, 'a', skip);
      }
      X.mov(ocb, X.qword(X.RDI, args + 8 * i), X.R11);
      ocb.bindLabel(skip);
    }
    ocb.linkLabels();
    X.mov(ocb, X.R9D, X.dword(X.R12, L.FN_FLAGS, X.RAX));
    const notArrow = ocb.newLabel('not_arrow');
    X.test(ocb, X.R9D, L.FNF_ARROW);
    X.jcc(ocb, 'e', notArrow);
    X.mov(ocb, X.R9, X.qword(X.R12, L.FN_THIS, X.RAX));
    X.mov(ocb, X.qword(X.RDI, 8), X.R9);
    ocb.bindLabel(notArrow);
    ocb.linkLabels();
    X.mov(ocb, X.R9, X.R13);
    X.sub(ocb, X.R9, X.R12);
    X.mov(ocb, X.dword(X.RDI, nf + L.FR_CALLER_FP), X.R9D);
    X.mov(ocb, X.dword(X.RDI, nf + L.FR_RETURN_PC), X.EDX);
    X.mov(ocb, X.dword(X.RDI, nf + L.FR_ISEQ), iseqId);
    X.mov(ocb, X.R9D, X.dword(X.R12, L.FN_ENV, X.RAX));
    X.mov(ocb, X.dword(X.RDI, nf + L.FR_ENV), X.R9D);
    X.mov(ocb, X.qword(X.RDI, nf + L.FR_PC), 0);
    X.mov(ocb, X.qword(X.RDI, nf + L.FR_JIT_RET), X.RCX);
    X.mov(ocb, X.dword(X.RDI, nf + L.FR_ARGC), X.ESI);
    X.mov(ocb, X.dword(X.RDI, nf + L.FR_NEWTARGET), 0);
    X.lea(ocb, X.R13, X.mem(0, X.RDI, nf));
    X.jmp(ocb, blk.address, { rel32: true });
    if (ocb.dropped) return 0;
    this.genericEntries[iseqId] = BigInt(addr);
    this.genericEntryBlocks.set(iseqId, blk);
    return addr;
  }

  // ---------------------------------------------------------- invalidation

  // ---------------------------------------------------------- invariants

  /** Compiles the assumption that prototype `proto` keeps its shape (invariants.ts). */
  assumeProtoShape(j: JitState, proto: number, reason: ExitReason): void {
    this.invariants.assumeProtoShape(j, proto, reason);
  }

  /** Compiles the assumption that a field keeps its field type (invariants.ts). */
  assumeFieldType(j: JitState, shape: Shape, slot: number, reason: ExitReason | null): void {
    this.invariants.assumeFieldType(j, shape, slot, reason);
  }

  /** The same for a captured binding's field type (invariants.ts). */
  assumeEnvFieldType(j: JitState, key: number, reason: ExitReason | null): void {
    this.invariants.assumeEnvFieldType(j, key, reason);
  }

  /** Compiles a global load as its current value (invariants.ts). */
  assumeGlobalConstant(j: JitState, slot: number, reason: ExitReason): void {
    this.invariants.assumeGlobalConstant(j, slot, reason);
  }

  /** A store to a global not assumed constant (invariants.ts). */
  globalStoreSite(j: JitState, slot: number, reason: ExitReason): void {
    this.invariants.globalStoreSite(j, slot, reason);
  }

  // JitHooks: the VM's invalidation notifications.
  invalidateProto(proto: number): void {
    this.invariants.invalidateProto(proto);
  }

  invalidateEnvField(key: number): void {
    this.invariants.invalidateEnvField(key);
  }

  invalidateGlobal(slot: number): void {
    this.invariants.invalidateGlobal(slot);
  }

  /**
   * Takes a block out of use: out of the version table, its incoming
   * branches pointed back at (new) stubs, entries and generic entries that
   * jumped to it forgotten. A predecessor placed to fall through into it
   * is taken out the same way (its code stays valid for anything already
   * running in it).
   */
  invalidateBlock(b: Block): void {
    if (b.invalid) return;
    b.invalid = true;
    this.counters.invalidation_count++;
    this.versions.remove(b);
    const fallingIn: Block[] = [];
    for (const id of b.incoming) {
      const br = this.branches[id];
      for (const idx of [0, 1] as const) {
        const t = br.targets[idx];
        if (!t || t.block !== b) continue;
        if (br.jumpPos[idx] < 0) {
          // The block was placed right after this branch: there is no jump to point elsewhere.
          fallingIn.push(br.src);
          continue;
        }
        t.block = null;
        t.address = this.genStub(br.id, idx, t.iseqId, t.pc);
        retarget(this.inline, br, idx, t.address);
      }
    }
    // A predecessor that falls through into the block is invalidated too (its own entry
    // exits through the patch point otherwise, on every execution).
    for (const pred of fallingIn) this.invalidateBlock(pred);
    for (const [key, blk] of this.entryBlocks) {
      if (blk === b) {
        this.entries.delete(key);
        this.entryBlocks.delete(key);
      }
    }
    for (const [iseqId, blk] of this.genericEntryBlocks) {
      if (blk === b) {
        this.genericEntries[iseqId] = 0n;
        this.genericEntryBlocks.delete(iseqId);
      }
    }
  }

  /** Fills in the generic exit's resume point and returns its address. */
  private exitTo(pc: number, spBytes: number, fpBytes: number): number {
    this.rt64[RT.EXIT_PC / 8] = BigInt(pc);
    this.rt64[RT.EXIT_SP / 8] = BigInt(spBytes);
    this.rt64[EXIT_FP / 8] = BigInt(fpBytes);
    return this.genericExit;
  }

  // ------------------------------------------------------------- entering

  /**
   * Runs machine code for the frame at fp (q-index) from pc with the stack
   * top at sp, compiling an entry first if needed. Returns false if there is
   * no code (not compilable there); otherwise vm.pc/vm.sp are where the
   * interpreter resumes.
   */
  enter(vm: VM, fp: number, pc: number, sp: number): boolean {
    const iseq = vm.iseqs[vm.u32[fp + 2]];
    // Back-off: code whose last entries side-exited waits a growing number of entries before it runs again.
    if (iseq.jitSkip > 0) {
      iseq.jitSkip--;
      return false;
    }
    const stackSize = (sp - fp - (L.FRAME_HEADER >>> 2)) >>> 1;
    if (stackSize > 255) return false;
    const key = blockKey(iseq.id, pc) * 256 + stackSize;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = this.compileEntry(iseq, pc, stackSize, fp, key);
      this.entries.set(key, entry);
    }
    if (entry === 0) return false;
    this.counters.jit_entry_count++;
    const exitsBefore = this.rt32[this.counterOffset(Slot.Exits) / 4];
    if (this.options.traceExits) this.rt32[TRACE_SITE / 4] = 0;
    if (this.native.enter(entry, vm.mem.address, fp << 2, sp << 2) === ENTRY_TYPES_DIFFER) {
      // A typed function entry called with other argument types: from now on the function is entered generically.
      this.counters.entry_types_differ++;
      entry = this.compileEntry(iseq, pc, stackSize, fp, key, true);
      this.entries.set(key, entry);
      if (entry === 0) return false;
      this.native.enter(entry, vm.mem.address, fp << 2, sp << 2);
    }
    if (this.options.traceExits && this.rt32[TRACE_SITE / 4] !== 0) this.exitSites[this.rt32[TRACE_SITE / 4] - 1].count++;
    if (this.rt32[this.counterOffset(Slot.Exits) / 4] !== exitsBefore) {
      iseq.jitBackoff = Math.min(Math.max(1, iseq.jitBackoff * 2), MAX_BACKOFF);
      iseq.jitSkip = iseq.jitBackoff;
      this.counters.backoff_count++;
    } else if (iseq.jitBackoff > 0) iseq.jitBackoff >>= 1;
    vm.pc = this.rt32[RT.EXIT_PC / 4];
    vm.sp = this.rt32[RT.EXIT_SP / 4] >>> 2;
    vm.fp = this.rt32[EXIT_FP / 4] >>> 2;
    return true;
  }

  /**
   * An entry from the interpreter at (iseq, pc): aligns the native stack and
   * jumps to a version of the block there. At a function's start the first
   * entry is typed like a call from machine code (interprocedural
   * versioning): the arguments' current types, the other locals undefined.
   * It checks the argument types; when a later call brings others it returns
   * ENTRY_TYPES_DIFFER without running anything, and enter() replaces it by
   * a generic entry (`generic`). Loop entries are generic: typing them
   * multiplied versions more than it saved checks (sudoku, fannkuchredux).
   */
  private compileEntry(iseq: ISeq, pc: number, stackSize: number, fp: number, key: number, generic = false): number {
    let ctx = Context.unknown(stackSize);
    const slots = trackedLocals(iseq, MAX_LOCALS);
    const typed = !generic && pc === 0 && stackSize === 0;
    if (typed) {
      const lb = fp - 2 * iseq.localCount;
      for (let i = 0; i < iseq.localCount; i++) {
        if (slots[i] < 0) continue;
        ctx = ctx.setLocalType(slots[i], i < iseq.paramCount ? typeOfTag(this.vm.u32[lb + 2 * i + 1]) : Type.Undefined);
      }
      // As for a branch: the same version as a call from machine code with these argument types.
      ctx = this.withoutDeadTypes(iseq.id, pc, ctx);
    }
    const blk = this.versions.find(iseq.id, pc, ctx) ?? (this.versions.atCap(iseq.id, pc, ctx) ? null : this.compileBlock(iseq, pc, ctx, fp));
    if (!blk) return 0;
    const ocb = this.outlined;
    const addr = ocb.addrOf();
    ocb.comment(`entry ${iseq.name}@${pc} (stack ${stackSize})`);
    // The version found or made may know less than ctx (the cap): check only what it relies on.
    const differ = ocb.newLabel('types_differ');
    let checks = 0;
    for (let i = 0; typed && i < iseq.paramCount; i++) {
      const t = slots[i] < 0 ? Type.Unknown : blk.ctx.localType(slots[i]);
      if (t === Type.Unknown) continue;
      ocb.comment(`entry: argument ${i} is ${typeName(t)}?`);
      if (this.options.stats) X.inc(ocb, X.qword(X.R15, this.counterOffset(Slot.TypeChecks)));
      const tag = X.dword(X.R13, -8 * (iseq.localCount - i) + 4);
      if (t === Type.Double) {
        X.cmp(ocb, tag, L.TAG_BASE | 0);
        X.jcc(ocb, 'ae', differ, { rel32: true });
      } else {
        X.cmp(ocb, tag, tagOfType(t) | 0);
        X.jcc(ocb, 'ne', differ, { rel32: true });
      }
      checks++;
    }
    X.sub(ocb, X.RSP, 8);
    // r14: the int32 tag in the high half, for one-store int boxing (state.storeInt).
    X.mov(ocb, X.R14, BigInt(L.TAG_INT) << 32n);
    X.jmp(ocb, blk.address, { rel32: true });
    if (checks > 0) {
      ocb.bindLabel(differ);
      X.mov(ocb, X.EAX, ENTRY_TYPES_DIFFER);
      X.ret(ocb);
    }
    ocb.linkLabels();
    if (ocb.dropped) return 0;
    this.entryBlocks.set(key, blk);
    return addr;
  }

  // ------------------------------------------------------------ statistics

  /** The --stats figures (YJIT's names; stats.ts). */
  stats(vmInsns: number): Record<string, unknown> {
    return jitStats(this, vmInsns);
  }
}

