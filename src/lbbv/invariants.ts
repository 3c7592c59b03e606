// Invariants: what compiled code assumes about the heap (a prototype keeps
// its shape, a field or captured binding keeps its field type, a global
// keeps its value), the patch points those assumptions leave in the code,
// and invalidation when the VM reports that one broke (YJIT's
// invariants.rs). Each assumption is a 5-byte nop in the inline code that
// becomes a jump to its side exit; the block relying on it is taken out of
// use (Jit.invalidateBlock).

import type { Shape } from '../vm/shapes';
import { GLOBAL_ASSUMED } from '../vm/layout';
import * as X from '../x86asm';
import type { JitState } from './codegen/state';
import type { ExitReason } from './exits';
import type { Jit } from './jit';
import type { Block } from './versions';

/** Map key of a (shape, slot) field: shared shapes have at most 64 slots (MAX_SHARED_PROPS). */
function fieldKey(shapeId: number, slot: number): number {
  return shapeId * 128 + slot;
}

/** An assumption a block relies on: its patch point (a 5-byte nop at inline position pos, -1 if none) and the side exit it becomes. */
interface Assumption {
  pos: number;
  exit: number;
  block: Block;
}

function addAssumption(table: Map<number, Assumption[]>, key: number, a: Assumption): void {
  const list = table.get(key);
  if (list) list.push(a);
  else table.set(key, [a]);
}

/** Map key of a captured binding's field type (negative: apart from object fields). */
function envFieldKey(key: number): number {
  return -1 - key;
}

export class Invariants {
  /**
   * Assumptions that a prototype keeps its shape, by prototype reference:
   * the patch point (a 5-byte nop where a shape guard would be), the side
   * exit it becomes, and the block that relies on it.
   */
  private readonly protoAssumptions = new Map<number, Assumption[]>();
  /** Field-type assumptions by fieldKey(shape, slot): patch points at loads (pos -1: a store's check, no patch point). */
  private readonly fieldAssumptions = new Map<number, Assumption[]>();

  constructor(private readonly jit: Jit) {}

  /**
   * Compiles the assumption that prototype `proto` keeps its current shape
   * (instead of a shape guard): a 5-byte nop that invalidateProto() turns
   * into a jump to the side exit `reason` at the current instruction.
   */
  assumeProtoShape(j: JitState, proto: number, reason: ExitReason): void {
    this.addPatchPoint(this.protoAssumptions, proto, j, reason, `assume prototype ${proto} keeps shape ${this.jit.vm.shapeOf(proto).id}`);
  }

  /**
   * A prototype's shape changed (the VM calls this): every patch point that
   * assumed its old shape becomes a jump to its side exit, and the blocks
   * relying on it are invalidated, so the next execution compiles new
   * versions that see the new shape.
   */
  invalidateProto(proto: number): void {
    const list = this.protoAssumptions.get(proto);
    if (!list) return;
    this.protoAssumptions.delete(proto);
    this.patchToExits(list);
  }

  /**
   * Compiles the assumption that slot `slot` of objects of `shape` holds
   * values of its current field type (see vm/shapes.ts). At a load
   * (`reason` given) this is a 5-byte patch point that invalidateField()
   * turns into a jump to the side exit `reason`: code after a call that
   * widened the field must not trust the type. A store that checks values
   * against the field type passes null: it needs no patch point, only the
   * block's invalidation, so that its next version stops checking.
   */
  assumeFieldType(j: JitState, shape: Shape, slot: number, reason: ExitReason | null): void {
    this.assumeField(j, fieldKey(shape.id, slot), reason, `shape ${shape.id} slot ${slot}`);
  }

  /** The same for the field type of a captured binding (vm.envFields key `key`). */
  assumeEnvFieldType(j: JitState, key: number, reason: ExitReason | null): void {
    this.assumeField(j, envFieldKey(key), reason, `captured binding ${key}`);
  }

  private assumeField(j: JitState, key: number, reason: ExitReason | null, what: string): void {
    if (reason !== null) this.addPatchPoint(this.fieldAssumptions, key, j, reason, `assume ${what} keeps its field type`);
    else addAssumption(this.fieldAssumptions, key, { pos: -1, exit: 0, block: j.block });
  }

  /** Patch points of global loads compiled as constants, by global slot. */
  private readonly globalLoads = new Map<number, Assumption[]>();
  /** Patch points of stores to globals not (yet) assumed constant, by global slot. */
  private readonly globalStores = new Map<number, Assumption[]>();

  /**
   * A load of global `slot` compiled as its current value: records a patch
   * point (a 5-byte nop) that invalidateGlobal() turns into a jump to the
   * side exit `reason`. The first such assumption on a slot also turns the
   * stores to it already compiled into exits (the interpreter's store
   * invalidates, vm.noteGlobalStore), and later compiled stores exit too.
   */
  assumeGlobalConstant(j: JitState, slot: number, reason: ExitReason): void {
    const vm = this.jit.vm;
    if (vm.globalAssumed[slot] !== GLOBAL_ASSUMED) {
      vm.globalAssumed[slot] = GLOBAL_ASSUMED;
      const stores = this.globalStores.get(slot);
      if (stores) {
        this.globalStores.delete(slot);
        this.patchToExits(stores);
      }
    }
    this.addPatchPoint(this.globalLoads, slot, j, reason, `assume global ${vm.globalNames[slot]} keeps its value`);
  }

  /** A store to global `slot` (not assumed constant when compiled): a patch point that becomes an exit once it is. */
  globalStoreSite(j: JitState, slot: number, reason: ExitReason): void {
    this.addPatchPoint(this.globalStores, slot, j, reason, `store to global ${this.jit.vm.globalNames[slot]} (exits once the global is assumed constant)`);
  }

  /** A global assumed constant is being written (the VM calls this first): its constant loads exit, their blocks are invalidated. */
  invalidateGlobal(slot: number): void {
    const loads = this.globalLoads.get(slot);
    if (!loads) return;
    this.globalLoads.delete(slot);
    this.patchToExits(loads);
  }

  private addPatchPoint(table: Map<number, Assumption[]>, key: number, j: JitState, reason: ExitReason, what: string): void {
    const exit = j.sideExit(reason);
    j.comment(what);
    const pos = this.jit.inline.writePos;
    X.nop(this.jit.inline, 5);
    addAssumption(table, key, { pos, exit, block: j.block });
  }

  /** Turns each patch point into a jump to its side exit and invalidates its block. */
  private patchToExits(list: Assumption[]): void {
    for (const p of list) {
      if (p.pos >= 0) {
        const r = this.jit.inline.overwrite(p.pos, 5, (cb) => X.jmp(cb, p.exit, { rel32: true }));
        if (!r.ok) throw new Error(`lbbv: cannot patch an assumption: ${r.error}`);
        this.jit.code.flush(this.jit.codeStart + p.pos, 5);
      }
      this.jit.invalidateBlock(p.block);
    }
  }

  /** A field type widened (the shape table calls this): its loads exit, their blocks and checking stores are invalidated. */
  invalidateField(shapeId: number, slot: number): void {
    this.invalidateFieldKey(fieldKey(shapeId, slot));
  }

  /** A captured binding's field type widened (the VM calls this). */
  invalidateEnvField(key: number): void {
    this.invalidateFieldKey(envFieldKey(key));
  }

  private invalidateFieldKey(key: number): void {
    const list = this.fieldAssumptions.get(key);
    if (!list) return;
    this.fieldAssumptions.delete(key);
    this.patchToExits(list);
  }

  /** Forgets the assumptions of a block that was never finished (code memory ran out while compiling it). */
  forget(block: Block): void {
    for (const table of [this.protoAssumptions, this.fieldAssumptions, this.globalLoads, this.globalStores]) {
      for (const [key, list] of table) {
        const kept = list.filter((p) => p.block !== block);
        if (kept.length === 0) table.delete(key);
        else table.set(key, kept);
      }
    }
  }
}
