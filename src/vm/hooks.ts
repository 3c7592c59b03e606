// What the VM asks of a compiler tier above it (the LBBV JIT implements it).
// The VM never imports the JIT: the engine (src/engine.ts) creates the JIT
// and installs it as vm.jit.

import type { VM } from './vm';

export interface JitHooks {
  /**
   * Enter machine code for the frame at fp (q-index) at instruction pc with
   * stack pointer sp, compiling it first if needed. True if machine code ran
   * (vm.fp, vm.pc and vm.sp then say where the interpreter resumes); false if
   * there is no code for this entry (the interpreter carries on).
   */
  enter(vm: VM, fp: number, pc: number, sp: number): boolean;
  /** The field type of the captured binding `key` (vm.envFields) widened: code that assumed it must not run again. */
  invalidateEnvField(key: number): void;
  /** The prototype object `proto` changed shape: code that assumed its shape must not run again. */
  invalidateProto(proto: number): void;
  /** The global at `slot` was reassigned: code that assumed its value must not run again. */
  invalidateGlobal(slot: number): void;
}
