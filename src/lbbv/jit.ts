// The LBBV JIT's front: the Jit object (code memory, the version and
// branch tables, counters), the options, the counters' reports, and the
// methods gen functions and the VM call, each implemented in one of:
//   core.ts       compiling a block version, side exits, invalidating a block
//   branches.ts   branches, direct jumps, stubs and branch_stub_hit
//   entry.ts      entering from the interpreter: typed, generic and loop entries
//   callbacks.ts  the calls machine code makes into TypeScript (one table)
//   invariants.ts assumptions, patch points and invalidation
//   exits.ts      declared exit reasons; stats.ts the --stats figures
//   codegen/      the gen functions by opcode family (codegen/gen.ts)
//
// Machine code runs on the interpreter's own frames: r13 points at the
// frame, values stay in their VM stack slots, and an exit writes the pc and
// sp for the interpreter to resume at. The interpreter enters machine code at
// a function's first instruction once it has been called
// --jit-call-threshold times, at a loop header once its back edge has been
// taken as often, and after a call returns into a frame whose function has
// compiled code.

import type { ISeq } from '../bytecode/iseq';
import type { JitHooks } from '../vm/hooks';
import type { VM } from '../vm/vm';
import type { Shape } from '../vm/shapes';
import { RT, type CodeMemory, type Native } from '../native';
import * as X from '../x86asm';
import { type Context, ContextTable } from './context';
import { type NativeGen, resolveNatives } from './codegen/natives';
import type { JitState, Status } from './codegen/state';
import { counterDoc, type ExitKind, type ExitReason, isExitKind } from './exits';
import { jitStats, Slot, SLOT_COUNT } from './stats';
import type { Branch } from './stubs';
import { type Block, VersionTable } from './versions';
import { Invariants } from './invariants';
import type { VerifySite } from './verify';
import { StormPolicy } from './storm';
import * as branches from './branches';
import * as callbacks from './callbacks';
import * as core from './core';
import * as entry from './entry';

export { EXIT_FP } from './core';

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
  /** --jit-verify-ctx: each block checks its entry context against the frame's values (verify.ts). */
  verifyCtx?: boolean;
  /** Where --disasm output goes. */
  log?: (s: string) => void;
  /** Tests and tools: called after each instruction the block compiler compiles (single-gen tests). */
  observe?: (e: InsnCompiled) => void;
  /** --disasm=NAME[,NAME]: print only the blocks of functions with these names. */
  disasmOnly?: ReadonlySet<string>;
  /** Called for each compiled block with its code ranges (absolute address, bytes): the --perf-map writer. */
  onBlock?: (iseq: ISeq, block: Block, inline: [number, number], outlined: [number, number]) => void;
}

/** One instruction as the block compiler compiled it: its context before and after, and how. */
export interface InsnCompiled {
  readonly iseq: ISeq;
  readonly pc: number;
  readonly op: string;
  readonly before: Context;
  readonly after: Context;
  /** Keep: the block goes on after it; End: it ended the block (branch, exit, leave). */
  readonly status: Status;
  /** Its gen function compiled it (false: a runtime call or a side exit took its place). */
  readonly byGen: boolean;
}

/** Most iseqs with a generic entry (the table's size for the default code memory). */
const MAX_GENERIC_ENTRIES = 1 << 16;

/** What a counter slot counts: a declared kind (exits.ts), or a runtime call compiled instead of a fast path. */
type CounterKind = ExitKind | 'runtime_call';

interface CounterSlot {
  slot: number;
  kind: CounterKind;
}

export class Jit implements JitHooks {
  readonly inline: X.CodeBlock;
  readonly outlined: X.CodeBlock;
  readonly versions: VersionTable;
  readonly contexts = new ContextTable();
  readonly branches: Branch[] = [];
  readonly code: CodeMemory;
  readonly rt32: Uint32Array;
  readonly rt64: BigInt64Array;
  /** Entry prologues by (iseq, pc, stack size). 0: compiling there failed. */
  readonly entries = new Map<number, number>();
  /** The exit-storm policy; it also holds every side exit emitted, with how often each ran (--jit-trace-exits). */
  readonly storm: StormPolicy = new StormPolicy(this);
  /** Exit reason → counter slot. */
  readonly reasonSlots = new Map<string, CounterSlot>();
  /** Shared tail that returns an error status to `enter` (a callback threw). */
  errorExit = 0;
  /** Shared exit whose pc and sp the stub-hit handler wrote (used when compiling fails). */
  genericExit = 0;
  /** Runtime calls by instruction (with --stats). */
  readonly runtimeCalls = new Map<string, number>();
  /** Code memory is exhausted: stop compiling, keep interpreting. */
  full = false;
  /**
   * Generic entries by iseq id (megamorphic calls): the address of a
   * trampoline that pushes a frame for that function whatever the argument
   * count and jumps to its all-unknown entry version; 0 = not made yet.
   */
  readonly genericEntries: BigInt64Array;
  /** Executable address of genericEntries[0], and its length. */
  readonly genericEntryTable: number;
  readonly genericEntryCount: number;
  /** Byte offset of the code blocks in the code memory (after the table). */
  readonly codeStart: number;
  /** The block each generic entry jumps to, by iseq id. */
  readonly genericEntryBlocks = new Map<number, Block>();
  /** The block each entry prologue jumps to, by entry key. */
  readonly entryBlocks = new Map<number, Block>();
  /** --jit-verify-ctx: the checks emitted, by the index their report path passes. */
  readonly verifySites: VerifySite[] = [];
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
    callee_entries: 0,
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
    native.setCallback(() => callbacks.callback(this, args[0], args[1], args[2], args[3]), true);
    this.invariants = new Invariants(this);
    vm.shapes.onGeneralize = (shape, slot) => this.invariants.invalidateField(shape.id, slot);
    core.genShared(this);
  }

  // ------------------------------------------------------------- counters

  counterOffset(slot: number): number {
    return RT.JIT + 8 * slot;
  }

  counterValue(slot: number): number {
    return Number(this.rt64[this.counterOffset(slot) / 8]);
  }

  /** The counter slot of the counter printed as `name` (declared in exits.ts, of kind `kind`). */
  reasonSlot(name: string, kind: CounterKind): number {
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
    for (const s of this.storm.sites) {
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

  // ------------------------------------- compiling, branches, calls, entry
  // What gen functions and the VM call; implemented in core.ts, branches.ts, callbacks.ts and entry.ts.

  genExit(iseq: ISeq, pc: number, stackSize: number, reason: ExitReason, name: string, block: Block | null = null, insnPc = pc): number {
    return core.genExit(this, iseq, pc, stackSize, reason, name, block, insnPc);
  }

  compileBlock(iseq: ISeq, pc: number, ctxIn: Context, peekFp: number): Block | null {
    return core.compileBlock(this, iseq, pc, ctxIn, peekFp);
  }

  invalidateBlock(b: Block): void {
    core.invalidateBlock(this, b);
  }

  genDirectJump(j: JitState, pc: number, ctx: Context, iseqId = j.iseq.id): Branch {
    return branches.genDirectJump(this, j, pc, ctx, iseqId);
  }

  genBranch(j: JitState, cc: X.CC | null, pc0: number, ctx0: Context, pc1: number, ctx1: Context | null, iseqId = j.iseq.id): Branch {
    return branches.genBranch(this, j, cc, pc0, ctx0, pc1, ctx1, iseqId);
  }

  genGuardBranch(j: JitState, cc: X.CC, pc: number, ctx: Context): void {
    branches.genGuardBranch(this, j, cc, pc, ctx);
  }

  genRuntimeCall(j: JitState, reason: ExitReason): void {
    callbacks.genRuntimeCall(this, j, reason);
  }

  genSlowPath(j: JitState, counter: ExitReason, after: X.Label): number {
    return callbacks.genSlowPath(this, j, counter, after);
  }

  emitGenericEntryCall(cb: X.CodeBlock, stackSize: number, none: number): void {
    callbacks.emitGenericEntryCall(this, cb, stackSize, none);
  }

  genRefillPath(j: JitState, retry: X.Label): number {
    return callbacks.genRefillPath(this, j, retry);
  }

  genStringCharsPath(j: JitState, retry: X.Label): number {
    return callbacks.genStringCharsPath(this, j, retry);
  }

  genNativeCall(j: JitState, nativeId: number): void {
    callbacks.genNativeCall(this, j, nativeId);
  }

  genThrow(j: JitState): void {
    callbacks.genThrow(this, j);
  }

  genericEntry(iseqId: number): number {
    return entry.genericEntry(this, iseqId);
  }

  enter(vm: VM, fp: number, pc: number, sp: number): boolean {
    return entry.enter(this, vm, fp, pc, sp);
  }

  // ------------------------------------------------------------ statistics

  /** The --stats figures (YJIT's names; stats.ts). */
  stats(vmInsns: number): Record<string, unknown> {
    return jitStats(this, vmInsns);
  }
}

