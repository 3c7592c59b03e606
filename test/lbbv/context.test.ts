// Unit tests for src/lbbv/context: the type lattice, Context operations and
// diff, the byte encoding and the interning table.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { L } from '../../src/vm/layout';
import {
  Context, ContextTable, decode, encode, INCOMPATIBLE, initContextHashing, isHeap, isImm, isNumber,
  MAX_LOCALS, MAX_TEMPS, NO_TAG, tagOfType, Type, TYPE_COUNT, typeDiff, typeMeet, typeName,
  typeOfTag, typeOfValue, typeUnion,
} from '../../src/lbbv/context';

const ALL_TYPES: Type[] = Array.from({ length: TYPE_COUNT }, (_, t) => t as Type);
const IMM_LEAVES = [Type.Int32, Type.Double, Type.Boolean, Type.True, Type.False, Type.Undefined, Type.Null];
const HEAP_LEAVES = [Type.String, Type.Array, Type.Object, Type.Function];

describe('typeDiff', () => {
  test('equal types cost 0', () => {
    for (const t of ALL_TYPES) expect(typeDiff(t, t)).toBe(0);
  });

  test('anything flows into Unknown for 1', () => {
    for (const t of ALL_TYPES) if (t !== Type.Unknown) expect(typeDiff(t, Type.Unknown)).toBe(1);
  });

  test('broader kind costs 1 whatever the depth', () => {
    for (const t of IMM_LEAVES) expect(typeDiff(t, Type.UnknownImm)).toBe(1);
    for (const t of HEAP_LEAVES) expect(typeDiff(t, Type.UnknownHeap)).toBe(1);
    expect(typeDiff(Type.True, Type.Boolean)).toBe(1);
    expect(typeDiff(Type.False, Type.Boolean)).toBe(1);
  });

  test('narrower, sibling and cross-kind types are incompatible', () => {
    expect(typeDiff(Type.Unknown, Type.Int32)).toBe(INCOMPATIBLE);
    expect(typeDiff(Type.UnknownImm, Type.Int32)).toBe(INCOMPATIBLE);
    expect(typeDiff(Type.Boolean, Type.True)).toBe(INCOMPATIBLE);
    expect(typeDiff(Type.Int32, Type.Double)).toBe(INCOMPATIBLE);
    expect(typeDiff(Type.True, Type.False)).toBe(INCOMPATIBLE);
    expect(typeDiff(Type.String, Type.UnknownImm)).toBe(INCOMPATIBLE);
    expect(typeDiff(Type.Int32, Type.UnknownHeap)).toBe(INCOMPATIBLE);
    expect(typeDiff(Type.UnknownImm, Type.UnknownHeap)).toBe(INCOMPATIBLE);
    expect(typeDiff(Type.Array, Type.Object)).toBe(INCOMPATIBLE);
  });

  test('imm/heap/number predicates', () => {
    for (const t of IMM_LEAVES) expect([isImm(t), isHeap(t)]).toEqual([true, false]);
    for (const t of HEAP_LEAVES) expect([isImm(t), isHeap(t)]).toEqual([false, true]);
    expect([isImm(Type.Unknown), isHeap(Type.Unknown)]).toEqual([false, false]);
    expect(isImm(Type.UnknownImm) && isHeap(Type.UnknownHeap)).toBe(true);
    expect(ALL_TYPES.filter(isNumber)).toEqual([Type.Int32, Type.Double]);
    expect(typeName(Type.Boolean)).toBe('bool');
    expect(typeName(Type.Unknown)).toBe('?');
  });
});

describe('typeUnion and typeMeet', () => {
  test('examples', () => {
    expect(typeUnion(Type.Int32, Type.Double)).toBe(Type.UnknownImm);
    expect(typeUnion(Type.True, Type.False)).toBe(Type.Boolean);
    expect(typeUnion(Type.True, Type.Boolean)).toBe(Type.Boolean);
    expect(typeUnion(Type.True, Type.Null)).toBe(Type.UnknownImm);
    expect(typeUnion(Type.String, Type.Array)).toBe(Type.UnknownHeap);
    expect(typeUnion(Type.Int32, Type.String)).toBe(Type.Unknown);
    expect(typeUnion(Type.Object, Type.Object)).toBe(Type.Object);
    expect(typeMeet(Type.UnknownImm, Type.True)).toBe(Type.True);
    expect(typeMeet(Type.Int32, Type.String)).toBeNull();
  });

  test('the union covers both sides and is the least such type', () => {
    for (const a of ALL_TYPES) {
      for (const b of ALL_TYPES) {
        const u = typeUnion(a, b);
        expect(u).toBe(typeUnion(b, a));
        expect(typeDiff(a, u)).not.toBe(INCOMPATIBLE);
        expect(typeDiff(b, u)).not.toBe(INCOMPATIBLE);
        for (const c of ALL_TYPES) {
          if (typeDiff(a, c) !== INCOMPATIBLE && typeDiff(b, c) !== INCOMPATIBLE) {
            expect(typeDiff(u, c)).not.toBe(INCOMPATIBLE);
          }
        }
      }
    }
  });
});

describe('tags', () => {
  test('types with one tag round-trip through it', () => {
    const tagged: [Type, number][] = [
      [Type.Int32, 0xfff90001], [Type.Boolean, 0xfff90002], [Type.True, 0xfff90002], [Type.False, 0xfff90002],
      [Type.Undefined, 0xfff90003], [Type.Null, 0xfff90004], [Type.String, 0xfff90008],
      [Type.Object, 0xfff90009], [Type.Array, 0xfff9000a], [Type.Function, 0xfff9000b],
    ];
    for (const [t, tag] of tagged) {
      expect(tagOfType(t)).toBe(tag);
      expect(typeDiff(typeOfTag(tag), t) === 0 || typeOfTag(tag) === Type.Boolean).toBe(true);
    }
    for (const t of [Type.Unknown, Type.UnknownImm, Type.UnknownHeap, Type.Double]) expect(tagOfType(t)).toBe(NO_TAG);
  });

  test('peeked words', () => {
    expect(typeOfTag(0x3ff00000)).toBe(Type.Double); // 1.0
    expect(typeOfTag(0xfff80000)).toBe(Type.Double); // x86 default NaN
    expect(typeOfTag(0xfff80000 | 0)).toBe(Type.Double); // signed hi words work too
    expect(typeOfTag(L.TAG_HOLE)).toBe(Type.Unknown);
    expect(typeOfTag(L.TAG_TDZ)).toBe(Type.Unknown);
    expect(typeOfValue(1, L.TAG_BOOL)).toBe(Type.True);
    expect(typeOfValue(0, L.TAG_BOOL)).toBe(Type.False);
    expect(typeOfValue(7, L.TAG_INT)).toBe(Type.Int32);
  });
});

describe('Context basics', () => {
  test('push, pop and peek', () => {
    const c = Context.DEFAULT.push(Type.Int32).push(Type.String);
    expect(c.stackSize).toBe(2);
    expect([c.peekType(0), c.peekType(1)]).toEqual([Type.String, Type.Int32]);
    expect(c.pop().peekType(0)).toBe(Type.Int32);
    expect(c.pop(2).equals(Context.DEFAULT)).toBe(true);
    expect(() => c.pop(3)).toThrow(RangeError);
    expect(() => c.peekType(2)).toThrow(RangeError);
  });

  test('operations never change the receiver', () => {
    const c = Context.DEFAULT.push(Type.Int32);
    const before = c.toString();
    c.push(Type.Unknown).setLocalType(0, Type.Null).setTempType(0, Type.Int32).withChainDepth(3).generic();
    expect(c.toString()).toBe(before);
  });

  test('temps deeper than MAX_TEMPS read as Unknown with a stack mapping', () => {
    let c = Context.DEFAULT.setLocalType(0, Type.Int32).pushLocal(0);
    for (let i = 0; i < MAX_TEMPS; i++) c = c.push(Type.Double);
    expect(c.stackSize).toBe(MAX_TEMPS + 1);
    expect(c.peekType(MAX_TEMPS)).toBe(Type.Unknown);
    expect(c.peekMapping(MAX_TEMPS)).toEqual({ kind: 'stack' });
    expect(c.setTempType(MAX_TEMPS, Type.String).equals(c)).toBe(true); // untracked: no-op
    // Popping back down does not resurrect what fell off the window.
    expect(c.pop(MAX_TEMPS).peekType(0)).toBe(Type.Unknown);
  });

  test('locals beyond MAX_LOCALS are Unknown', () => {
    const c = Context.DEFAULT.setLocalType(MAX_LOCALS, Type.Int32).pushLocal(MAX_LOCALS);
    expect(c.localType(MAX_LOCALS)).toBe(Type.Unknown);
    expect(c.peekMapping(0)).toEqual({ kind: 'stack' });
  });

  test('toString', () => {
    const c = Context.DEFAULT.setSelfType(Type.Object).setLocalType(0, Type.Int32).setLocalType(2, Type.Null)
      .push(Type.Double).pushLocal(0).pushSelf();
    expect(c.toString()).toBe('[sp=3 self=object l0=int32 l1=? l2=null | t0=object(self) t1=int32(l0) t2=double]');
    expect(Context.unknown(1, -2).withChainDepth(1).toString()).toBe('[sp=1 off=-2 chain=1 self=? | t0=?]');
  });
});

describe('Context mappings', () => {
  test('a guard on a temp that copies a local upgrades the local and its other copies', () => {
    const c = Context.DEFAULT.pushLocal(1).pushLocal(1).setTempType(0, Type.Int32);
    expect(c.localType(1)).toBe(Type.Int32);
    expect(c.peekType(1)).toBe(Type.Int32);
    expect(c.peekMapping(0)).toEqual({ kind: 'local', index: 1 });
  });

  test('a guard on a copy of self upgrades self', () => {
    const c = Context.DEFAULT.pushSelf().setTempType(0, Type.UnknownHeap).setTempType(0, Type.Object);
    expect(c.selfType).toBe(Type.Object);
  });

  test('learning keeps the more specific type and rejects contradictions', () => {
    const c = Context.DEFAULT.push(Type.True);
    expect(c.setTempType(0, Type.Boolean).peekType(0)).toBe(Type.True);
    expect(() => c.setTempType(0, Type.Int32)).toThrow();
  });

  test('writing a local detaches its copies, which keep their type', () => {
    const c = Context.DEFAULT.setLocalType(0, Type.Int32).pushLocal(0).pushLocal(1).setLocalType(0, Type.String);
    expect(c.localType(0)).toBe(Type.String);
    expect(c.peekType(1)).toBe(Type.Int32);
    expect(c.peekMapping(1)).toEqual({ kind: 'stack' });
    expect(c.peekMapping(0)).toEqual({ kind: 'local', index: 1 }); // other locals' copies stay
  });

  test('clearLocalTypes and generic', () => {
    const c = Context.DEFAULT.setLocalType(3, Type.Double).pushLocal(3).withChainDepth(2);
    const cleared = c.clearLocalTypes();
    expect(cleared.localType(3)).toBe(Type.Unknown);
    expect(cleared.peekType(0)).toBe(Type.Double);
    const g = c.generic();
    expect([g.stackSize, g.chainDepth, g.peekType(0), g.localType(3)]).toEqual([1, 0, Type.Unknown, Type.Unknown]);
    expect(g.peekMapping(0)).toEqual({ kind: 'stack' });
  });
});

describe('Context.diff', () => {
  const base = Context.DEFAULT.setLocalType(0, Type.Int32).push(Type.Double).pushLocal(0);

  test('equal contexts cost 0', () => {
    expect(Context.diff(base, base.pop().pushLocal(0))).toBe(0);
  });

  test('the generic context accepts anything with the same stack, at a positive cost', () => {
    // l0 (1) + t1 double→? (1) + t0 int32→? (1) + dropped alias (1)
    expect(Context.diff(base, base.generic())).toBe(4);
    expect(Context.diff(base.generic(), base)).toBe(INCOMPATIBLE);
  });

  test('stack size, sp offset and chain depth must match', () => {
    expect(Context.diff(base, base.push(Type.Unknown))).toBe(INCOMPATIBLE);
    expect(Context.diff(base, base.withSpOffset(1))).toBe(INCOMPATIBLE);
    expect(Context.diff(base, base.withChainDepth(1))).toBe(INCOMPATIBLE);
  });

  test('a dropped mapping costs 1; a mapping src lacks is incompatible', () => {
    const plain = Context.DEFAULT.setLocalType(0, Type.Int32).push(Type.Double).push(Type.Int32);
    expect(Context.diff(base, plain)).toBe(1);
    expect(Context.diff(plain, base)).toBe(INCOMPATIBLE);
    const otherLocal = Context.DEFAULT.setLocalType(0, Type.Int32).setLocalType(1, Type.Int32)
      .push(Type.Double).pushLocal(1);
    expect(Context.diff(base, otherLocal)).toBe(INCOMPATIBLE);
  });

  test('types: sum of diffs, resolved through mappings', () => {
    const wider = Context.DEFAULT.setLocalType(0, Type.UnknownImm).push(Type.Unknown).pushLocal(0);
    // l0 int32→imm (1) + t1 double→? (1) + t0 int32→imm (1)
    expect(Context.diff(base, wider)).toBe(3);
    expect(Context.diff(base, base.setSelfType(Type.Object))).toBe(INCOMPATIBLE);
  });
});

/** A context built by a random sequence of operations (so it is canonical). */
const contextArb: fc.Arbitrary<Context> = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: TYPE_COUNT - 1 }), fc.integer({ min: 0, max: 9 })),
  { maxLength: 40 },
).chain((ops) => fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: 0, max: 255 })).map(([off, depth]) => {
  let c = Context.unknown(0, off);
  for (const [op, t, i] of ops) {
    const type = t as Type;
    switch (op) {
      case 0: case 1: c = c.push(type); break;
      case 2: c = c.pushLocal(i); break;
      case 3: c = c.pushSelf(); break;
      case 4: if (c.stackSize > 0) c = c.pop(1 + (i % c.stackSize)); break;
      case 5: c = c.setLocalType(i, type); break;
      case 6: c = c.setSelfType(type); break;
      case 7: if (c.stackSize > 0) {
        const d = i % c.stackSize;
        if (typeMeet(c.peekType(d), type) !== null) c = c.setTempType(d, type);
      } break;
      case 8: c = c.clearLocalTypes(); break;
      default: for (let k = 0; k < i * 30; k++) c = c.push(type); // big stacks: multi-byte varints
    }
  }
  return c.withChainDepth(depth);
}));

describe('encoding', () => {
  test('round-trips (property, fixed seed)', () => {
    fc.assert(fc.property(contextArb, (c) => {
      const bytes = encode(c);
      const back = decode(bytes);
      expect(back.equals(c)).toBe(true);
      expect(encode(back)).toEqual(bytes);
      expect(Context.diff(c, back)).toBe(0);
      expect(bytes.length).toBeLessThanOrEqual(24);
    }), { seed: 0x1bb5, numRuns: 500 });
  });

  test('is compact and trims unknowns', () => {
    expect(encode(Context.DEFAULT)).toEqual(new Uint8Array([0, 0, 0]));
    expect(encode(Context.DEFAULT.push(Type.Int32))).toEqual(new Uint8Array([1, 0, 0, Type.Int32]));
    expect(encode(Context.unknown(300, -1)).length).toBe(4);
  });

  test('rejects malformed bytes', () => {
    expect(() => decode(new Uint8Array([0, 0]))).toThrow(RangeError);
    expect(() => decode(new Uint8Array([0x80]))).toThrow(RangeError);
    expect(() => decode(new Uint8Array([0, 0, 0, 0xf]))).toThrow(RangeError); // self type 15
    expect(() => decode(new Uint8Array([1, 0, 0, 0xf0]))).toThrow(RangeError); // mapping code 15
    expect(() => decode(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))).toThrow(RangeError); // too long
  });
});

describe('ContextTable', () => {
  beforeAll(async () => {
    await initContextHashing();
  });

  test('equal contexts share an id; ids are consecutive from 0', async () => {
    const table = await ContextTable.create();
    const a = Context.DEFAULT.push(Type.Int32);
    const b = Context.DEFAULT.push(Type.Double);
    expect(table.intern(a)).toBe(0);
    expect(table.intern(b)).toBe(1);
    expect(table.intern(Context.DEFAULT.push(Type.Int32))).toBe(0);
    expect(table.intern(Context.DEFAULT)).toBe(2);
    expect(table.size).toBe(3);
    expect(table.bytesUsed).toBe(4 + 4 + 3);
    expect(table.get(1).equals(b)).toBe(true);
    expect(() => table.get(3)).toThrow(RangeError);
  });

  test('ids agree with equality on random contexts', () => {
    const table = new ContextTable();
    fc.assert(fc.property(contextArb, contextArb, (a, b) => {
      expect(table.intern(a) === table.intern(b)).toBe(a.equals(b));
      expect(table.get(table.intern(a)).equals(a)).toBe(true);
    }), { seed: 42, numRuns: 300 });
  });

  test('hash collisions are resolved by comparing bytes', () => {
    const table = new ContextTable(() => 7);
    const cs = [Context.DEFAULT, Context.unknown(1), Context.unknown(2), Context.DEFAULT.setLocalType(0, Type.Int32)];
    expect(cs.map((c) => table.intern(c))).toEqual([0, 1, 2, 3]);
    expect(cs.map((c) => table.intern(c))).toEqual([0, 1, 2, 3]);
  });
});
