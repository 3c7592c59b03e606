// The one declarative instruction table.
//
// Every instruction is defined exactly once here: its name, operand kinds,
// stack effect and flags. The compiler emits by name, the interpreter
// switches on the numeric value, the disassembler prints from the operand
// kinds, and the JIT registers one gen_<name> per entry.

/** What an operand word means; the disassembler prints each kind its own way. */
export type OperandKind =
  | 'int' // an int32 immediate
  | 'local' // a frame local slot index
  | 'envslot' // a slot index in an ENV
  | 'level' // how many ENV parents to walk
  | 'const' // index into the iseq's constant pool
  | 'name' // constant-pool index of a property or variable name
  | 'global' // a global slot index
  | 'label' // an absolute instruction index (a branch target)
  | 'argc' // an argument count
  | 'ic' // an inline-cache slot index in the iseq
  | 'iseq' // a function (iseq) index
  | 'count'; // a small count (values, slots)

export const F_BRANCH = 1 << 0; // may transfer control to a label operand
export const F_CALL = 1 << 1; // calls JS or native code
export const F_MAY_GC = 1 << 2; // may allocate, so may run the collector
export const F_MAY_THROW = 1 << 3; // may raise a JS exception
export const F_TERMINATOR = 1 << 4; // control never falls through (jump, leave, throw)
export const F_LEAF = 1 << 5; // no call, no allocation, no throw
/**
 * The pushed value is always a FUNCTION: a load of a binding the compiler
 * proved holds one whenever it can be read (see Binding.holdsFunction). The
 * interpreter runs these exactly like the plain load they vary; the JIT
 * types the pushed temp as a function, so calls through it need no guard.
 */
export const F_FUNCTION_RESULT = 1 << 6;

export interface OpDef {
  readonly name: string;
  readonly operands: readonly OperandKind[];
  /** Values popped; a function of the operands for variable-arity ops. */
  readonly pop: number | ((ops: readonly number[]) => number);
  readonly push: number;
  readonly flags: number;
  readonly doc: string;
  /** The instruction this one is a typed variant of (same operands and behaviour), if any. */
  readonly variantOf?: string;
}

const G = F_MAY_GC;
const T = F_MAY_THROW;
const L = F_LEAF;

const FN = F_FUNCTION_RESULT;

function op(name: string, operands: OperandKind[], pop: OpDef['pop'], push: number, flags: number, doc: string, variantOf?: string): OpDef {
  return variantOf ? { name, operands, pop, push, flags, doc, variantOf } : { name, operands, pop, push, flags, doc };
}

/** The table, in opcode order. Append-only within a release; the numbers are the array indices. */
export const OPS: readonly OpDef[] = [
  op('nop', [], 0, 0, L, 'do nothing'),
  // ---- constants ----
  op('putundef', [], 0, 1, L, 'push undefined'),
  op('putnull', [], 0, 1, L, 'push null'),
  op('puttrue', [], 0, 1, L, 'push true'),
  op('putfalse', [], 0, 1, L, 'push false'),
  op('puthole', [], 0, 1, L, 'push the array-hole marker (array literals with elisions)'),
  op('putint', ['int'], 0, 1, L, 'push an int32 immediate'),
  op('putconst', ['const'], 0, 1, L, 'push a constant (double or string) from the pool'),
  op('putself', [], 0, 1, L, 'push this'),
  op('putcallee', [], 0, 1, L, 'push the running function (a named function expression referring to itself)'),
  op('putselfchecked', [], 0, 1, T, 'push this; ReferenceError if super() has not run yet'),
  // ---- stack shuffling ----
  op('pop', [], 1, 0, L, 'drop the top value'),
  op('dup', [], 1, 2, L, 'duplicate the top value'),
  op('dup2', [], 2, 4, L, 'duplicate the top two values: a b -> a b a b'),
  op('swap', [], 2, 2, L, 'exchange the top two values'),
  op('rot3', [], 3, 3, L, 'a b c -> c a b (move the top value below the next two)'),
  // ---- variables ----
  op('getlocal', ['local'], 0, 1, L, 'push frame local'),
  op('setlocal', ['local'], 1, 0, L, 'pop into frame local'),
  op('getlocalchecked', ['local', 'name'], 0, 1, T, 'push frame local; ReferenceError if uninitialised (TDZ)'),
  op('initlocal', ['local'], 0, 0, L, 'mark a let/const frame local uninitialised (TDZ)'),
  op('getenv', ['envslot', 'level'], 0, 1, L, 'push a captured variable from the ENV `level` parents up'),
  op('setenv', ['envslot', 'level'], 1, 0, L, 'pop into a captured variable'),
  op('getenvchecked', ['envslot', 'level', 'name'], 0, 1, T, 'getenv with a TDZ check'),
  op('initenv', ['envslot', 'level'], 0, 0, L, 'mark a captured let/const uninitialised (TDZ)'),
  op('getglobal', ['global', 'name'], 0, 1, T, 'push a global; ReferenceError if undeclared'),
  op('getglobalsoft', ['global'], 0, 1, L, 'push a global, or undefined if undeclared (typeof x)'),
  op('setglobal', ['global'], 1, 0, L, 'pop into a global (declaring it if needed)'),
  op('pushenv', ['count'], 0, 0, G, 'enter a scope: allocate an ENV of `count` slots whose parent is the current one'),
  op('popenv', [], 0, 0, L, 'leave a scope: the current ENV becomes its parent'),
  op('copyenv', [], 0, 0, G, 'replace the current ENV with a copy (a fresh per-iteration let binding)'),
  op('saveenv', ['local'], 0, 0, L, 'store the current ENV reference in a frame local (try entry)'),
  op('restoreenv', ['local'], 0, 0, L, 'make the ENV saved in a frame local current again (catch/finally entry)'),
  // ---- objects, arrays, properties ----
  op('newarray', ['count'], (o) => o[0], 1, G, 'pop `count` values into a new array'),
  op('newobject', [], 0, 1, G, 'push a new empty plain object'),
  op('initprop', ['name', 'ic'], 2, 1, G | T, 'obj v -> obj: define an own data property'),
  op('initelem', [], 3, 1, G | T, 'obj k v -> obj: define an own property with a computed key'),
  op('getprop', ['name', 'ic'], 1, 1, G | T | F_CALL, 'obj -> obj.name'),
  op('setprop', ['name', 'ic'], 2, 1, G | T, 'obj v -> v: obj.name = v'),
  op('getmethod', ['name', 'ic'], 1, 2, G | T, 'recv -> fn recv: look up a method for a call'),
  op('opt_aref', [], 2, 1, G | T, 'obj key -> obj[key]'),
  op('opt_aset', [], 3, 1, G | T, 'obj key v -> v: obj[key] = v'),
  op('opt_length', ['ic'], 1, 1, G | T, 'obj -> obj.length (arrays and strings inline)'),
  op('getsuperprop', ['name'], 0, 1, G | T, 'push super.name (looked up from the home object)'),
  op('getsupermethod', ['name'], 0, 2, G | T, 'push super.name and this, for a call'),
  // ---- functions and calls ----
  op('closure', ['iseq'], 0, 1, G, 'push a new function closing over the current ENV'),
  op('defineclass', ['iseq', 'name'], 1, 1, G | T, 'super -> class: create a class from its constructor iseq (super is the hole when there is no extends)'),
  op('definemethod', ['name', 'count'], 2, 1, G | T, 'target fn -> target: install a non-enumerable method (count: 0 prototype method, 1 static)'),
  op('definemethodcomputed', ['count'], 3, 1, G | T, 'target key fn -> target: definemethod with a computed key'),
  op('checkiterable', ['name'], 1, 1, G | T, 'v -> v: TypeError unless v is an array or a string (no longer emitted: for...of uses iter_open)'),
  op('send', ['argc', 'name'], (o) => o[0] + 2, 1, G | T | F_CALL, 'fn this args... -> result: call (name: the callee as written, for errors)'),
  op('new', ['argc', 'name'], (o) => o[0] + 2, 1, G | T | F_CALL, 'fn _ args... -> obj: construct'),
  op('invokesuper', ['argc'], (o) => o[0], 1, G | T | F_CALL, 'args... -> obj: construct the parent class with the current new.target'),
  op('invokesuperspread', [], 1, 1, G | T | F_CALL, 'array -> obj: invokesuper with the array elements as arguments'),
  op('bindthis', [], 1, 1, T, 'obj -> obj: bind this after super() (ReferenceError if already bound)'),
  op('putfieldsinit', [], 0, 1, L, "push the current class's instance-field initialiser function"),
  op('leave', [], 1, 0, F_TERMINATOR, 'return the top value to the caller'),
  op('throw', [], 1, 0, T | F_TERMINATOR, 'throw the top value'),
  // ---- control flow ----
  op('jump', ['label'], 0, 0, F_BRANCH | F_TERMINATOR | L, 'jump'),
  op('branchif', ['label'], 1, 0, F_BRANCH | L, 'pop; jump if truthy'),
  op('branchunless', ['label'], 1, 0, F_BRANCH | L, 'pop; jump if falsy'),
  op('loophint', [], 0, 0, L, 'a loop header: counts back edges for tiering'),
  // ---- operators ----
  op('opt_plus', [], 2, 1, G | T | F_CALL, 'a b -> a + b'),
  op('opt_minus', [], 2, 1, T, 'a b -> a - b'),
  op('opt_mult', [], 2, 1, T, 'a b -> a * b'),
  op('opt_div', [], 2, 1, T, 'a b -> a / b'),
  op('opt_mod', [], 2, 1, T, 'a b -> a % b'),
  op('opt_pow', [], 2, 1, T, 'a b -> a ** b'),
  op('opt_and', [], 2, 1, T, 'a b -> a & b'),
  op('opt_or', [], 2, 1, T, 'a b -> a | b'),
  op('opt_xor', [], 2, 1, T, 'a b -> a ^ b'),
  op('opt_shl', [], 2, 1, T, 'a b -> a << b'),
  op('opt_sar', [], 2, 1, T, 'a b -> a >> b'),
  op('opt_shr', [], 2, 1, T, 'a b -> a >>> b'),
  op('opt_lt', [], 2, 1, T, 'a b -> a < b'),
  op('opt_le', [], 2, 1, T, 'a b -> a <= b'),
  op('opt_gt', [], 2, 1, T, 'a b -> a > b'),
  op('opt_ge', [], 2, 1, T, 'a b -> a >= b'),
  op('opt_eq', [], 2, 1, T, 'a b -> a == b'),
  op('opt_neq', [], 2, 1, T, 'a b -> a != b'),
  op('opt_stricteq', [], 2, 1, L, 'a b -> a === b'),
  op('opt_strictneq', [], 2, 1, L, 'a b -> a !== b'),
  op('opt_neg', [], 1, 1, T, 'a -> -a'),
  op('opt_tonumber', [], 1, 1, T, 'a -> +a (ToNumber)'),
  op('opt_bitnot', [], 1, 1, T, 'a -> ~a'),
  op('opt_not', [], 1, 1, L, 'a -> !a'),
  op('opt_inc', [], 1, 1, T, 'a -> ToNumeric(a) + 1'),
  op('opt_dec', [], 1, 1, T, 'a -> ToNumeric(a) - 1'),
  op('opt_typeof', [], 1, 1, L, 'a -> typeof a'),
  op('opt_instanceof', [], 2, 1, T | F_CALL, 'a b -> a instanceof b'),
  op('tostring', [], 1, 1, G | T | F_CALL, 'a -> String(a) (template literals)'),
  // ---- intrinsics of the self-hosted built-ins (src/vm/builtins/prelude.ts); user code cannot reach them ----
  op('isarray', [], 1, 1, L, 'v -> whether v is an array (__isArray(v))'),
  op('arrayhas', [], 2, 1, L, 'arr i -> whether array arr has an element (not a hole) at int32 index i (__arrayHas(arr, i))'),
  op('putargc', [], 0, 1, L, 'push the number of arguments the running function was called with (__argc())'),
  op('concatstrings', ['count'], (o) => o[0], 1, G, 'pop `count` strings, push their concatenation'),
  // ---- loads of bindings that always hold a function (function declarations, classes, const f = () => …) ----
  // Each is its base instruction (same operands, stack effect and run-time behaviour) plus the FN flag.
  op('getlocalfn', ['local'], 0, 1, L | FN, 'getlocal of a binding that always holds a function', 'getlocal'),
  op('getlocalcheckedfn', ['local', 'name'], 0, 1, T | FN, 'getlocalchecked of a binding that holds a function once initialised', 'getlocalchecked'),
  op('getenvfn', ['envslot', 'level'], 0, 1, L | FN, 'getenv of a binding that always holds a function', 'getenv'),
  op('getenvcheckedfn', ['envslot', 'level', 'name'], 0, 1, T | FN, 'getenvchecked of a binding that holds a function once initialised', 'getenvchecked'),
  // ---- regexp literals ----
  op('newregexp', ['int'], 0, 1, G, 'push a new RegExp object for literal site `int` (the pattern is compiled once per site, vm.regexpSites)'),
  // ---- for...in and `in` (docs/ARCHITECTURE.md §7, "for...in iterators") ----
  op('forin_start', ['local'], 1, 0, G, 'obj -> : start a for...in over the enumerable string keys of obj and its prototypes (none for null, undefined, numbers, booleans): the iterator state goes to locals local..local+3'),
  op('forin_next', ['local'], 0, 1, 0, 'advance the for...in iterator in locals local..local+3 to its next key still present on the object: push true, or false when there is none'),
  op('forin_key', ['local'], 0, 1, L, 'push the key forin_next last moved the iterator in locals local..local+3 to'),
  op('opt_in', [], 2, 1, G | T, "key obj -> key in obj (TypeError when obj is not an object)"),
  // ---- the arguments object ----
  op('getarg', [], 1, 1, G | T, 'i -> arguments[i] read from the frame (functions whose `arguments` is only read as arguments[i] / arguments.length; nothing materialised)'),
  op('directeval', ['argc', 'int'], (o) => o[0] + 2, 1, G | T | F_CALL, 'fn this args... -> result: eval(args) naming the global eval: when fn is the eval built-in and the first argument a string, compiles it in the caller\'s scope (site: vm.evalScopes index) and runs it there; otherwise a send'),
  op('createarguments', [], 0, 1, G, 'push a new arguments object for the running frame (mapped to the parameters\' ENV slots when iseq.argMap is set)'),
  // ---- delete and accessors ----
  op('deleteprop', ['name'], 1, 1, G | T, 'obj -> delete obj.name (true/false; a TypeError for a non-configurable property in strict code)'),
  op('deleteelem', [], 2, 1, G | T | F_CALL, 'obj k -> delete obj[k]'),
  op('defineaccessor', ['count'], 3, 1, G | T, 'target key fn -> target: define a getter (count bit 0 clear) or setter (bit 0 set) named key; bit 1: on the class prototype (target is the class); bit 2: a class member (non-enumerable)'),
  // ---- sloppy-mode this ----
  op('coercethis', [], 0, 0, G, 'sloppy-mode function entry: this = the global object if it is undefined or null, a wrapper object if it is a primitive'),
  // ---- strict mode ----
  op('setglobalstrict', ['global', 'name'], 1, 0, T, 'pop into an undeclared global in strict code: ReferenceError (name is not defined) unless the global exists'),
  // ---- modern syntax: ??, ?., destructuring, object spread (docs/ARCHITECTURE.md §7, "Destructuring") ----
  op('isnullish', [], 1, 1, L, 'v -> whether v is null or undefined (??, ?., ??=)'),
  op('checkdestructure', ['const'], 1, 1, T, "v -> v: TypeError when v is null or undefined; the message is the constant with %v replaced by 'undefined'/'null' and %p by 'undefined'/'object null'"),
  op('gettemplateobject', ['int'], 0, 1, G, 'push the template object of tagged-template site `int` (vm.templateSites): a frozen array of the cooked strings with a frozen `raw` array, made once per site'),
  op('putnewtarget', [], 0, 1, L, 'push new.target: the constructor `new` was applied to, or undefined in a plain call'),
  op('newprivatename', ['const', 'const', 'int'], 0, 1, G, "push a fresh private name (a symbol no JS code can see) for `#x` (first const) of class (second const); int: 0 field, 1 method, 2 accessor, +4 static (for the brand-check messages)"),
  op('initprivate', ['int'], 3, 1, G | T, 'obj name v -> obj: add a private field (int 0) or method (int 1) to obj; TypeError if obj has it already'),
  op('initprivateaccessor', [], 4, 1, G | T, 'obj name getter setter -> obj: add a private accessor (undefined for a missing half)'),
  op('getprivate', [], 2, 1, G | T | F_CALL, 'obj name -> obj.#x (a getter runs); TypeError when obj lacks it (the brand check)'),
  op('setprivate', [], 3, 1, G | T | F_CALL, 'obj name v -> v: obj.#x = v (a setter runs); TypeError when obj lacks it, for a method, or an accessor without a setter'),
  op('hasprivate', [], 2, 1, T, "name obj -> #x in obj; TypeError when obj is not an object"),
  op('copydataprops', ['count'], (o) => o[0] + 2, 1, G | T | F_CALL, 'target src k1..kcount -> target: copy the own enumerable properties of src (getters run, in property order) onto target as data properties, except the keys k1..kcount (object spread, rest properties)'),
  // ---- the iterator protocol (src/vm/iteration.ts; records in locals local..local+3) ----
  op('iter_open', ['local', 'name'], 1, 0, G | T | F_CALL, 'iterable -> : GetIterator into the iterator record in locals local..local+3 (a fast record for an unmodified array or string iterator); TypeError "<name> is not iterable"'),
  op('iter_next', ['local'], 0, 1, G | T | F_CALL, 'push true after a step of the record in locals local..local+3 (the value in local+3), false once it is done (local+3 undefined)'),
  op('iter_close', ['local', 'int'], 0, 0, G | T | F_CALL, 'IteratorClose of the record in locals local..local+3 unless it is done: call its return(); int 1 = for a throw completion (errors from return() are ignored)'),
  op('iter_rest', ['local'], 0, 1, G | T | F_CALL, 'push a new array of the remaining values of the record in locals local..local+3 (the record is then done)'),
  op('spreadappend', ['name'], 2, 1, G | T | F_CALL, 'arr iterable -> arr: append every value of the iterable (array literal and argument spread); TypeError "<name> is not iterable"'),
  op('sendspread', ['name'], 3, 1, G | T | F_CALL, 'fn this args -> result: call fn with the elements of the array args'),
  op('newspread', ['name'], 3, 1, G | T | F_CALL, 'fn this args -> result: construct fn with the elements of the array args'),
  // ---- generators and async functions (docs/ARCHITECTURE.md §8) ----
  op('initgen', ['local'], 0, 1, G | T | F_CALL, 'entry of a generator or async function (always followed by `leave`): make its generator object (an async function: its activation record) into local `local`, save the frame in a FRAME cell with the resume pc after the `leave`, and push what the call returns: the generator object, or the promise of an async function after its body ran (nested) up to its first await'),
  op('yield', ['local'], 1, 2, G | T | F_CALL, 'v -> sent mode: suspend the generator in local `local` yielding v (its frame is saved in a FRAME cell); resumed by next/throw/return, which push the value sent and the mode (0 next, 1 throw, 2 return)'),
  op('await', ['local'], 1, 2, G | T | F_CALL, 'v -> settled mode: suspend the async function in local `local` until v (as a promise) settles; resumed from a microtask with the value and mode 0 (fulfilled) or 1 (rejected)'),
  op('resumegen', ['label'], 2, 1, F_BRANCH | T, 'v mode -> v: after a suspension: mode 0 jumps to label, 1 throws v, 2 falls through (a return: the code after completes the generator with v)'),
  op('delegatestep', ['label'], 3, 3, F_BRANCH | G | T | F_CALL, 'iter sent mode -> iter mode v: one step of yield*: calls iter.next/throw/return with sent (mode 3, the first step: iter is the operand, replaced by GetIterator of it, then next); jumps to label with the result value when the inner iterator is done, else falls through with the value to yield'),
];

/** Numeric opcode by name, e.g. OP.getlocal. */
export const OP: { readonly [name: string]: number } = Object.freeze(
  Object.fromEntries(OPS.map((d, i) => [d.name, i])),
);

/** Instruction length in words (the opcode plus its operands). */
export function insnLength(opcode: number): number {
  return 1 + OPS[opcode].operands.length;
}

/** Values popped by an instruction with the given operands. */
export function popCount(opcode: number, operands: readonly number[]): number {
  const p = OPS[opcode].pop;
  return typeof p === 'number' ? p : p(operands);
}
