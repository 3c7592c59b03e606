import { describe, expect, test } from 'vitest';
import * as X from '../../src/x86asm';
import { Context, Type } from '../../src/lbbv/context';
import { Branch, BranchShape, emitBranch, makeFallthrough, retarget } from '../../src/lbbv/stubs';
import { Block, blockId, VersionTable } from '../../src/lbbv/versions';

const ID = blockId(1, 10);

function block(ctx: Context, addr: number, v = 1): Block {
  return new Block(1, 10, 0, ctx, addr, v);
}

describe('VersionTable', () => {
  test('find picks the compatible version with the smallest diff', () => {
    const t = new VersionTable(4);
    const generic = Context.unknown(1);
    const int = Context.unknown(0).push(Type.Int32);
    t.add(block(generic, 100));
    // One version: a context it would lose types for gets its own version.
    expect(t.find(ID, int)).toBeNull();
    t.add(block(int, 200, 2));
    expect(t.find(ID, int)!.address).toBe(200); // exact match: diff 0
    // Two versions (the cap of 4 minus SPECIALISE_SLACK): now the generic one serves a double.
    expect(t.find(ID, Context.unknown(0).push(Type.Double))!.address).toBe(100);
    expect(t.find(ID, Context.unknown(2))).toBeNull(); // stack size differs
  });

  test('a version that only drops a temp alias is reused while there is room', () => {
    const t = new VersionTable(4);
    const plain = Context.unknown(0).setLocalType(0, Type.Int32).push(Type.Int32);
    t.add(block(plain, 100));
    const aliased = Context.unknown(0).setLocalType(0, Type.Int32).pushLocal(0);
    expect(Context.diff(aliased, plain)).toBeGreaterThan(0);
    expect(t.find(ID, aliased)!.address).toBe(100);
  });

  test('the cap substitutes the generic context', () => {
    const t = new VersionTable(2);
    const int = Context.unknown(0).push(Type.Int32);
    expect(t.limitContext(ID, int)).toBe(int);
    t.add(block(int, 100));
    const limited = t.limitContext(ID, Context.unknown(0).push(Type.Double));
    expect(limited.peekType(0)).toBe(Type.Unknown);
    expect(limited.stackSize).toBe(1);
    expect(t.histogram()).toEqual({ 1: 1 });
  });
});

describe('branches', () => {
  const target = (pc: number, address: number) => ({ iseqId: 1, pc, ctxId: 0, ctx: Context.DEFAULT, address, block: null });

  test('a conditional branch is jcc + jmp; re-targeting patches in place without growing', () => {
    const { inline } = X.createCodeBlockPair(4096, 0x10000);
    const br = new Branch(0, block(Context.DEFAULT, 0x10000), 'l', [target(1, 0x10800), target(2, 0x10900)]);
    emitBranch(inline, br);
    expect(br.end - br.start).toBe(11);
    X.nop(inline, 1); // something after the branch: no fall-through possible
    expect(makeFallthrough(inline, br, 0)).toBe(false);
    retarget(inline, br, 1, 0x10a00);
    expect(inline.branchAt(br.jumpPos[1])!.target).toBe(0x10a00);
    expect(inline.branchAt(br.jumpPos[0])!.target).toBe(0x10800);
    expect(br.end - br.start).toBe(11);
  });

  test('the last branch written becomes a fall-through to target 0 or target 1', () => {
    const { inline } = X.createCodeBlockPair(4096, 0x20000);
    const br0 = new Branch(0, block(Context.DEFAULT, 0x20000), 'e', [target(1, 0x20800), target(2, 0x20900)]);
    emitBranch(inline, br0);
    expect(makeFallthrough(inline, br0, 0)).toBe(true);
    expect(br0.shape).toBe(BranchShape.Next0);
    expect(inline.writePos).toBe(br0.start + 6); // only `je → T1` remains
    const br1 = new Branch(1, block(Context.DEFAULT, 0x20000), 'e', [target(1, 0x20800), target(2, 0x20900)]);
    emitBranch(inline, br1);
    expect(makeFallthrough(inline, br1, 1)).toBe(true);
    expect(br1.shape).toBe(BranchShape.Next1);
    const b = inline.branchAt(br1.jumpPos[0])!;
    expect(b.cc).toBe(X.ccCode('ne')); // inverted: jump to T0 when the condition fails
    expect(b.target).toBe(0x20800);
  });
});
