// JIT statistics: every counter in one place, with what it means.
//
// Counters bumped by generated code live in the runtime block's JIT area
// (r15 + RT.JIT + 8 * index), one u64 each, so machine code increments them
// with a single `inc qword [r15 + disp]`. Exit reasons get slots on first use.

import { RT } from '../native/layout';

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
};
