// JIT statistics: every counter in one place, with what it means.
//
// Counters bumped by generated code live in the runtime block's JIT area
// (r15 + RT.JIT + 8 * index), one u64 each, so machine code increments them
// with a single `inc qword [r15 + disp]`. Exit reasons get slots on first use.

import { RT } from '../native/layout';
import type { Jit } from './jit';

/** Counters generated code increments (fixed slots). */
export const enum Slot {
  /** Bytecode instructions executed in machine code (only with --stats). */
  JitInsns = 0,
  /** Dynamic type guards executed (only with --stats). */
  TypeChecks = 1,
  /** Exits to the interpreter, all reasons. */
  Exits = 2,
  /** First slot handed out to exit reasons. */
  FirstReason = 8,
}

/** Number of u64 counter slots in the runtime block's JIT area. */
export const SLOT_COUNT = (4096 - RT.JIT) / 8;

export const COUNTER_DOCS: Record<string, string> = {
  compiled_iseq_count: 'functions with at least one compiled block',
  compiled_blockid_count: 'distinct (function, instruction) block starts compiled',
  compiled_block_count: 'block versions compiled',
  versions_per_block: 'compiled_block_count / compiled_blockid_count',
  max_versions_per_block: 'most versions of one BlockId',
  versions_histogram: 'versions -> number of BlockIds with that many',
  compiled_branch_count: 'branches emitted at block ends',
  block_next_count: 'blocks placed right after their branch (fall-through)',
  stub_hit_count: 'calls to branch_stub_hit',
  defer_count: 'blocks ended early to peek at run-time types',
  inline_code_size: 'bytes of inline machine code',
  outlined_code_size: 'bytes of outlined code (stubs, exits)',
  side_exit_count: 'exits to the interpreter other than returns',
  exit_reasons: 'exits by reason',
  jit_insns_count: 'bytecode instructions executed in machine code',
  vm_insns_count: 'bytecode instructions executed by the interpreter',
  ratio_in_jit: 'percent of instructions executed in machine code',
  type_checks_emitted: 'type guards generated',
  type_checks_executed: 'type guards executed',
  compile_time_ms: 'time spent compiling',
  jit_entry_count: 'entries from the interpreter into machine code',
  string_chars_count: 'strings whose code units machine code had copied into linear memory (charCodeAt)',
  code_memory_full: 'compilations refused because code memory was full',
  invalidation_count: 'blocks invalidated because an assumption broke',
  typed_field_loads: 'property loads compiled with the field type known',
  field_type_widened: 'field types widened from one kind of value to any',
  throw_to_handler_count: 'throws whose handler machine code ran directly',
  entry_types_differ: 'typed function entries from the interpreter replaced by generic ones',
  exit_storm_recompiles: 'blocks recompiled wider because one of their side exits kept running (storm.ts)',
  interp_to_jit_entries: 'transitions from the interpreter into machine code (= jit_entry_count)',
  jit_to_interp_returns: 'returns from machine code to a frame the interpreter runs (the leave exit)',
  runtime_call_callee_entries: "calls made by a runtime call (new, super(), generic send) whose bytecode callee ran in machine code instead of the interpreter",
  runtime_call_count: 'instructions machine code handed to a TypeScript runtime function (slow paths)',
  runtime_calls: 'runtime calls by instruction',
  slow_path_counts: 'slow paths taken, by site kind',
  native_call_count: 'calls from machine code to built-ins written in TypeScript',
  alloc_refill_count: 'refills of the allocation buffer machine code bump-allocates from',
  backoff_count: 'entries into machine code that ended in a side exit (the function then waits before re-entering)',
  context_count: 'distinct type contexts interned',
  context_bytes: 'bytes of the interned contexts\' encodings',
};

/** The --stats figures (YJIT's names). */
export function jitStats(jit: Jit, vmInsns: number): Record<string, unknown> {
  const v = jit.versions;
  const jitInsns = jit.counterValue(Slot.JitInsns);
  const blockIds = v.blockIdCount;
  return {
    compiled_iseq_count: v.iseqCount(),
    compiled_blockid_count: blockIds,
    compiled_block_count: v.blockCount,
    versions_per_block: blockIds ? +(v.blockCount / blockIds).toFixed(3) : 0,
    max_versions_per_block: v.maxVersionsSeen,
    versions_histogram: v.histogram(),
    compiled_branch_count: jit.counters.compiled_branch_count,
    block_next_count: jit.counters.block_next_count,
    stub_hit_count: jit.counters.stub_hit_count,
    defer_count: jit.counters.defer_count,
    inline_code_size: jit.inline.writePos,
    outlined_code_size: jit.outlined.writePos,
    side_exit_count: jit.counterValue(Slot.Exits),
    exit_reasons: jit.exitReasons(),
    slow_path_counts: jit.slowPathCounts(),
    jit_insns_count: jitInsns,
    vm_insns_count: vmInsns,
    ratio_in_jit: jitInsns + vmInsns ? +((100 * jitInsns) / (jitInsns + vmInsns)).toFixed(2) : 0,
    type_checks_emitted: jit.counters.type_checks_emitted,
    type_checks_executed: jit.counterValue(Slot.TypeChecks),
    compile_time_ms: +jit.counters.compile_time_ms.toFixed(2),
    jit_entry_count: jit.counters.jit_entry_count,
    runtime_call_count: jit.counters.runtime_call_count,
    native_call_count: jit.counters.native_call_count,
    alloc_refill_count: jit.counters.alloc_refill_count,
    string_chars_count: jit.counters.string_chars_count,
    backoff_count: jit.counters.backoff_count,
    exit_storm_recompiles: jit.storm.recompiles,
    interp_to_jit_entries: jit.counters.jit_entry_count,
    jit_to_interp_returns: jit.exitReasons().leave ?? 0,
    runtime_call_callee_entries: jit.counters.callee_entries,
    runtime_calls: Object.fromEntries([...jit.runtimeCalls].sort((a, b) => b[1] - a[1])),
    code_memory_full: jit.counters.code_memory_full,
    invalidation_count: jit.counters.invalidation_count,
    typed_field_loads: jit.counters.typed_field_loads,
    throw_to_handler_count: jit.counters.throw_to_handler_count,
    entry_types_differ: jit.counters.entry_types_differ,
    field_type_widened: jit.vm.shapes.generalizeCount + jit.vm.envFieldWidened,
    context_count: jit.contexts.size,
    context_bytes: jit.contexts.bytesUsed,
  };
}
