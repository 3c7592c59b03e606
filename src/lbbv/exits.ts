// Every exit reason and slow-path counter of the JIT, declared once.
//
// Machine code counts why it leaves its fast path: a side exit back to the
// interpreter, an inline call to the instruction's runtime slow path
// (runtime.ts), an outlined slow path after which machine code continues,
// or a megamorphic site. Each counter is declared here with its kind and a
// line that --stats prints. Code names a reason by its key (type
// ExitReason), so a reason that is not declared here does not compile.
//
// Names follow `<instruction>_<reason>`. A few reasons are per instruction
// (`op` set): the instruction's name fills `%s` in the printed name.
//
// Kinds:
//   side_exit     the fast path's assumption failed: back to the interpreter
//   control       a control transfer the interpreter completes (return to an
//                 interpreter frame, throw): not counted as a side exit
//   invalidated   a patch point (an assumption) turned into an exit
//   slow_path     an outlined slow path: machine code continues after it
//   megamorphic   a site with too many shapes: the generic slow path
//
// A side_exit reason can also be the reason an instruction compiled to a
// runtime call instead of a fast path (JitState.exitOrRuntimeCall); that
// counter is reported among the slow paths as `<name>_slow_path`.

export type ExitKind = 'side_exit' | 'control' | 'invalidated' | 'slow_path' | 'megamorphic';

export interface ExitInfo {
  readonly kind: ExitKind;
  readonly doc: string;
  /** Per instruction: the printed name, with %s for the instruction's name. */
  readonly op?: string;
  /**
   * A shape guard: when its chain of versions is exhausted at an
   * instruction that has a runtime slow path, the site goes megamorphic
   * (the `megamorphic` counter) instead of exiting.
   */
  readonly shapeGuard?: true;
}

export const EXITS = {
  // ---- control
  leave: { kind: 'control', doc: 'return to a frame the interpreter runs' },
  throw: { kind: 'control', doc: 'throw whose handler machine code cannot reach' },

  // ---- per instruction
  unhandled: { kind: 'side_exit', op: 'unhandled_%s', doc: 'instruction without a gen function' },
  cant_compile: { kind: 'side_exit', op: 'cant_compile_%s', doc: 'gen function declined without a reason' },
  runtime_call: { kind: 'slow_path', op: '%s', doc: 'instruction compiled to its runtime call (gen function declined)' },
  megamorphic: { kind: 'megamorphic', op: '%s_megamorphic', doc: 'shape chain exhausted: the generic lookup' },
  putselfchecked_tdz: { kind: 'side_exit', doc: "`this` read before super() in a derived constructor (the interpreter throws)" },
  bindthis_twice: { kind: 'side_exit', doc: 'super() called a second time (the interpreter throws)' },
  toint32_slow: { kind: 'slow_path', op: '%s_toint32_slow_path', doc: 'operand not an int32 nor a double in int64 range: ToInt32 by the runtime call (codegen/generic.ts)' },
  number_slow: { kind: 'slow_path', op: '%s_generic_slow_path', doc: 'operands outside the inline number path: the runtime call (codegen/generic.ts)' },
  exit_storm: { kind: 'slow_path', op: 'exit_storm_%s', doc: 'an exit of this instruction stormed (storm.ts): compiled to its runtime call' },

  // ---- locals, captured bindings, globals
  getlocal_tdz: { kind: 'side_exit', doc: 'let/const read before initialisation' },
  getenv_tdz: { kind: 'side_exit', doc: 'captured let/const read before initialisation' },
  getenv_field_type_changed: { kind: 'invalidated', doc: "captured binding's field type widened" },
  setenv_field_type: { kind: 'side_exit', doc: "store outside a captured binding's field type" },
  getglobal_reassigned: { kind: 'invalidated', doc: 'global assumed constant was reassigned' },
  getglobal_undeclared: { kind: 'slow_path', doc: 'read of an undeclared global: the global object (or a ReferenceError)' },
  setglobal_assumed_constant: { kind: 'side_exit', doc: 'store to a global assumed constant' },
  checkiterable_not_iterable: { kind: 'side_exit', doc: 'for-of over something not an array or string' },
  iter_next_not_fast_array: { kind: 'slow_path', doc: 'for-of step that is not an element of a fast array record (a protocol iterator, a string, the end, a hole): the runtime call' },
  checkiterable_type_changed: { kind: 'side_exit', doc: 'for-of operand type differs from the compiled one' },
  gettemplateobject_first: { kind: 'side_exit', doc: "a tagged template's first evaluation: the runtime call makes its template object" },
  checkdestructure_nullish: { kind: 'slow_path', doc: 'destructuring null or undefined: the runtime call throws the TypeError' },

  // ---- arithmetic (+ - * /)
  opt_plus_not_number: { kind: 'side_exit', doc: '+ on non-numbers' },
  opt_plus_not_int: { kind: 'side_exit', doc: '+ operand not int32' },
  opt_plus_overflow: { kind: 'side_exit', doc: '+ int32 overflow' },
  opt_plus_negative_zero: { kind: 'side_exit', doc: '+ result -0' },
  opt_plus_type_changed: { kind: 'side_exit', doc: '+ operand type differs from the compiled one' },
  opt_minus_not_number: { kind: 'side_exit', doc: '- on non-numbers' },
  opt_minus_not_int: { kind: 'side_exit', doc: '- operand not int32' },
  opt_minus_overflow: { kind: 'side_exit', doc: '- int32 overflow' },
  opt_minus_negative_zero: { kind: 'side_exit', doc: '- result -0' },
  opt_minus_type_changed: { kind: 'side_exit', doc: '- operand type differs from the compiled one' },
  opt_mult_not_number: { kind: 'side_exit', doc: '* on non-numbers' },
  opt_mult_not_int: { kind: 'side_exit', doc: '* operand not int32' },
  opt_mult_overflow: { kind: 'side_exit', doc: '* int32 overflow' },
  opt_mult_negative_zero: { kind: 'side_exit', doc: '* result -0' },
  opt_mult_type_changed: { kind: 'side_exit', doc: '* operand type differs from the compiled one' },
  opt_div_not_number: { kind: 'side_exit', doc: '/ on non-numbers' },
  opt_div_not_int: { kind: 'side_exit', doc: '/ operand not int32' },
  opt_div_overflow: { kind: 'side_exit', doc: '/ int32 overflow' },
  opt_div_negative_zero: { kind: 'side_exit', doc: '/ result -0' },
  opt_div_type_changed: { kind: 'side_exit', doc: '/ operand type differs from the compiled one' },
  opt_inc_not_number: { kind: 'side_exit', doc: '++ on a non-number' },
  opt_inc_overflow: { kind: 'side_exit', doc: '++ int32 overflow' },
  opt_inc_type_changed: { kind: 'side_exit', doc: '++ operand type differs from the compiled one' },
  opt_dec_not_number: { kind: 'side_exit', doc: '-- on a non-number' },
  opt_dec_overflow: { kind: 'side_exit', doc: '-- int32 overflow' },
  opt_dec_type_changed: { kind: 'side_exit', doc: '-- operand type differs from the compiled one' },
  opt_neg_not_number: { kind: 'side_exit', doc: 'unary - on a non-number' },
  opt_neg_type_changed: { kind: 'side_exit', doc: 'unary - operand type differs from the compiled one' },
  opt_neg_overflow: { kind: 'side_exit', doc: 'unary - of 0 or -2^31 (result not int32)' },

  // ---- int32 operators (% and bitwise)
  opt_mod_not_int: { kind: 'side_exit', doc: '% operand not int32' },
  opt_mod_negative: { kind: 'side_exit', doc: '% with a negative or zero operand' },
  opt_shr_not_int: { kind: 'side_exit', doc: '>>> operand not int32' },
  opt_and_not_int: { kind: 'side_exit', doc: '& operand not int32' },
  opt_or_not_int: { kind: 'side_exit', doc: '| operand not int32' },
  opt_xor_not_int: { kind: 'side_exit', doc: '^ operand not int32' },
  opt_shl_not_int: { kind: 'side_exit', doc: '<< operand not int32' },
  opt_sar_not_int: { kind: 'side_exit', doc: '>> operand not int32' },

  // ---- comparisons and branches
  opt_lt_not_number: { kind: 'side_exit', doc: '< on non-numbers' },
  opt_lt_not_int: { kind: 'side_exit', doc: '< operand not int32' },
  opt_lt_double: { kind: 'side_exit', doc: '< on doubles (not compiled in this form)' },
  opt_lt_type_changed: { kind: 'side_exit', doc: '< operand type differs from the compiled one' },
  opt_le_not_number: { kind: 'side_exit', doc: '<= on non-numbers' },
  opt_le_not_int: { kind: 'side_exit', doc: '<= operand not int32' },
  opt_le_double: { kind: 'side_exit', doc: '<= on doubles (not compiled in this form)' },
  opt_le_type_changed: { kind: 'side_exit', doc: '<= operand type differs from the compiled one' },
  opt_gt_not_number: { kind: 'side_exit', doc: '> on non-numbers' },
  opt_gt_not_int: { kind: 'side_exit', doc: '> operand not int32' },
  opt_gt_double: { kind: 'side_exit', doc: '> on doubles (not compiled in this form)' },
  opt_gt_type_changed: { kind: 'side_exit', doc: '> operand type differs from the compiled one' },
  opt_ge_not_number: { kind: 'side_exit', doc: '>= on non-numbers' },
  opt_ge_not_int: { kind: 'side_exit', doc: '>= operand not int32' },
  opt_ge_double: { kind: 'side_exit', doc: '>= on doubles (not compiled in this form)' },
  opt_ge_type_changed: { kind: 'side_exit', doc: '>= operand type differs from the compiled one' },
  opt_stricteq_not_number: { kind: 'side_exit', doc: '=== on non-numbers' },
  opt_stricteq_not_int: { kind: 'side_exit', doc: '=== on numbers not both int32' },
  opt_stricteq_double: { kind: 'side_exit', doc: '=== on doubles' },
  opt_stricteq_type_changed: { kind: 'side_exit', doc: '=== operand type differs from the compiled one' },
  opt_stricteq_slow_path: { kind: 'slow_path', doc: '=== on two different strings or numbers' },
  opt_strictneq_not_number: { kind: 'side_exit', doc: '!== on non-numbers' },
  opt_strictneq_not_int: { kind: 'side_exit', doc: '!== on numbers not both int32' },
  opt_strictneq_double: { kind: 'side_exit', doc: '!== on doubles' },
  opt_strictneq_type_changed: { kind: 'side_exit', doc: '!== operand type differs from the compiled one' },
  opt_strictneq_slow_path: { kind: 'slow_path', doc: '!== on two different strings or numbers' },
  opt_not_not_bool: { kind: 'side_exit', doc: '! on a non-boolean' },
  opt_typeof_unknown: { kind: 'side_exit', doc: 'typeof of a value of unknown type' },
  opt_typeof_type_changed: { kind: 'side_exit', doc: 'typeof operand type differs from the compiled one' },
  branchif_type_changed: { kind: 'side_exit', doc: 'branch condition type differs from the compiled one' },
  branchunless_type_changed: { kind: 'side_exit', doc: 'branch condition type differs from the compiled one' },

  // ---- calls
  send_not_function: { kind: 'side_exit', doc: 'callee not a function' },
  send_native: { kind: 'side_exit', doc: 'call of a built-in without a fast path' },
  send_class: { kind: 'side_exit', doc: 'call of a class constructor without new' },
  send_rest_param: { kind: 'side_exit', doc: 'call of a function with a rest parameter' },
  send_deep_stack: { kind: 'side_exit', doc: 'call with more arguments than machine code tracks' },
  send_callee_changed: { kind: 'side_exit', doc: 'callee differs from the compiled one' },
  send_megamorphic_slow_path: { kind: 'megamorphic', doc: 'call site with too many callees: the generic entry' },
  send_stack_overflow: { kind: 'side_exit', doc: 'call would overflow the VM stack' },
  send_arg_type_changed: { kind: 'side_exit', doc: "built-in's argument type differs from the compiled one" },
  send_receiver_type_changed: { kind: 'side_exit', doc: "built-in's receiver type differs from the compiled one" },
  new_not_function: { kind: 'side_exit', doc: 'new of something not a function' },
  new_stack_overflow: { kind: 'side_exit', doc: 'new would overflow the VM stack' },
  new_not_plain_constructor: { kind: 'side_exit', doc: 'new of something other than a plain function or base class' },
  new_deep_stack: { kind: 'side_exit', doc: 'new with more arguments than machine code tracks' },
  new_prototype: { kind: 'side_exit', doc: "new whose callee's prototype is not a plain object" },
  new_callee_changed: { kind: 'side_exit', doc: 'constructor differs from the compiled one' },
  new_prototype_changed: { kind: 'side_exit', doc: "constructor's prototype changed" },

  // ---- built-ins compiled inline (codegen/natives.ts)
  push_not_array: { kind: 'side_exit', doc: 'push receiver not an array' },
  push_grow_slow_path: { kind: 'slow_path', doc: 'push past the capacity: grow the elements' },
  pow_slow_path: { kind: 'slow_path', doc: 'Math.pow result not an int32' },
  charcodeat_out_of_range: { kind: 'side_exit', doc: 'charCodeAt index out of range' },
  charcodeat_out_of_range_slow_path: { kind: 'slow_path', doc: 'charCodeAt index out of range: the runtime' },

  // ---- properties
  getprop_not_object: { kind: 'side_exit', doc: 'property read on a non-object' },
  getprop_dictionary: { kind: 'side_exit', doc: 'property read on a dictionary-mode object' },
  getprop_function_intrinsic: { kind: 'side_exit', doc: "read of a function's prototype/name/length" },
  getprop_strict_arguments_callee: { kind: 'side_exit', doc: "read of a strict arguments object's callee (throws)" },
  getmethod_strict_arguments_callee: { kind: 'side_exit', doc: "method read of a strict arguments object's callee (throws)" },
  getprop_missing: { kind: 'side_exit', doc: 'read of a property that is not found' },
  getprop_shape_changed: { kind: 'side_exit', shapeGuard: true, doc: 'receiver shape differs from the compiled ones' },
  getprop_proto_changed: { kind: 'invalidated', doc: 'a prototype on the lookup path changed shape' },
  getprop_field_type_changed: { kind: 'invalidated', doc: "loaded field's type widened" },
  getmethod_not_object: { kind: 'side_exit', doc: 'method lookup on a non-object' },
  getmethod_dictionary: { kind: 'side_exit', doc: 'method lookup on a dictionary-mode object' },
  getmethod_function_intrinsic: { kind: 'side_exit', doc: "method lookup of a function's prototype/name/length" },
  getmethod_missing: { kind: 'side_exit', doc: 'method not found' },
  getmethod_shape_changed: { kind: 'side_exit', shapeGuard: true, doc: 'receiver shape differs from the compiled ones' },
  getmethod_proto_changed: { kind: 'invalidated', doc: 'a prototype on the lookup path changed shape' },
  getmethod_field_type_changed: { kind: 'invalidated', doc: "loaded method field's type widened" },
  setprop_not_object: { kind: 'side_exit', doc: 'property store on a non-object' },
  setprop_dictionary_or_prototype: { kind: 'side_exit', doc: 'store to a dictionary-mode object or a prototype' },
  setprop_transition: { kind: 'side_exit', doc: 'store adding a property past the inline slots' },
  setprop_shape_changed: { kind: 'side_exit', shapeGuard: true, doc: 'receiver shape differs from the compiled ones' },
  setprop_prototype: { kind: 'side_exit', doc: 'store to an object that became a prototype' },
  setprop_field_type: { kind: 'side_exit', doc: "stored value outside the field's type" },
  initprop_not_object: { kind: 'side_exit', doc: 'literal property on a non-object' },
  initprop_dictionary_or_prototype: { kind: 'side_exit', doc: 'literal property on a dictionary-mode object or prototype' },
  initprop_transition: { kind: 'side_exit', doc: 'literal property past the inline slots' },
  initprop_shape_changed: { kind: 'side_exit', shapeGuard: true, doc: 'object shape differs from the compiled ones' },
  initprop_prototype: { kind: 'side_exit', doc: 'literal property on an object that became a prototype' },
  initprop_field_type: { kind: 'side_exit', doc: "stored value outside the field's type" },
  opt_length_not_array_or_string: { kind: 'side_exit', doc: '.length of something not an array or string' },
  opt_length_type_changed: { kind: 'side_exit', doc: '.length operand type differs from the compiled one' },
  opt_length_huge: { kind: 'side_exit', doc: 'length not an int32' },
  opt_aref_not_array_number: { kind: 'side_exit', doc: 'a[i] not on an array with a number index' },
  opt_aref_not_array: { kind: 'side_exit', doc: 'a[i] receiver not an array' },
  opt_aref_index_type_changed: { kind: 'side_exit', doc: 'a[i] index type differs from the compiled one' },
  opt_aref_slow_path: { kind: 'slow_path', doc: 'a[i] out of bounds, a hole, or a non-integral index' },
  opt_aref_type_changed: { kind: 'side_exit', doc: 'o[key] operand types differ from the compiled ones' },
  opt_aref_cache_miss_slow_path: { kind: 'slow_path', doc: 'o[key] lookup cache miss' },
  opt_aset_not_array_number: { kind: 'side_exit', doc: 'a[i] = v not on an array with a number index' },
  opt_aset_not_array: { kind: 'side_exit', doc: 'a[i] = v receiver not an array' },
  opt_aset_index_type_changed: { kind: 'side_exit', doc: 'a[i] = v index type differs from the compiled one' },
  opt_aset_slow_path: { kind: 'slow_path', doc: 'a[i] = v out of bounds or a non-integral index' },

  // ---- allocation
  newarray_large: { kind: 'side_exit', doc: 'array literal too large to allocate inline' },
  pushenv_large: { kind: 'side_exit', doc: 'environment too large to allocate inline' },
  arrayhas_not_array_int: { kind: 'side_exit', doc: 'array-pattern step on a non-array or non-int index' },
  arrayhas_not_array: { kind: 'side_exit', doc: 'array-pattern step receiver not an array' },
  arrayhas_not_int: { kind: 'side_exit', doc: 'array-pattern step index not int32' },
  arrayhas_sparse_slow_path: { kind: 'slow_path', doc: 'array-pattern step or __arrayHas on a sparse (dictionary-mode) array' },
  // ---- for...in and `in`
  forin_start_not_object: { kind: 'side_exit', doc: 'for-in over something other than an ordinary object' },
  forin_start_dictionary: { kind: 'side_exit', doc: 'for-in over a dictionary-mode object' },
  forin_start_deep_chain: { kind: 'side_exit', doc: 'for-in over an object with more than 8 prototypes' },
  forin_start_enumerable_proto: { kind: 'side_exit', doc: 'for-in over an object whose prototypes add keys (no enum cache)' },
  forin_start_shape_changed: { kind: 'side_exit', shapeGuard: true, doc: 'for-in receiver shape differs from the compiled ones' },
  forin_start_proto_changed: { kind: 'invalidated', doc: "a for-in receiver's prototype changed shape" },
  forin_next_not_enum_shape: { kind: 'slow_path', doc: 'for-in iterator without an enum-cache shape: the runtime step' },
  opt_in_not_string_in_object: { kind: 'side_exit', doc: '`in` other than a string key in an ordinary object' },
  opt_in_type_changed: { kind: 'side_exit', doc: '`in` operand types differ from the compiled ones' },
  opt_in_cache_miss_slow_path: { kind: 'slow_path', doc: '`in` key not in the lookup cache: the runtime answers' },

  // ---- the arguments object
  getarg_not_int32: { kind: 'side_exit', doc: 'arguments[i] with an index that is not an int32' },
  getarg_index_type_changed: { kind: 'side_exit', doc: 'arguments[i] index type differs from the compiled one' },
  getarg_out_of_range: { kind: 'slow_path', doc: 'arguments[i] outside the actual arguments: the runtime read' },
  // ---- accessors and property attributes
  getprop_accessor: { kind: 'side_exit', doc: 'read of an accessor the site does not call inline' },
  getmethod_accessor: { kind: 'side_exit', doc: 'method read through an accessor' },
  getprop_getter_changed: { kind: 'side_exit', shapeGuard: true, doc: 'getter differs from the one called inline' },
  setprop_setter_changed: { kind: 'side_exit', shapeGuard: true, doc: 'setter differs from the one called inline' },
  setprop_readonly_or_accessor: { kind: 'side_exit', doc: 'store to a read-only or accessor property' },
  initprop_readonly_or_accessor: { kind: 'side_exit', doc: 'definition over a read-only or accessor property' },
  setprop_long_chain: { kind: 'side_exit', doc: 'property add with more than 8 prototypes to check' },
  initprop_long_chain: { kind: 'side_exit', doc: 'property definition with more than 8 prototypes to check' },
  setprop_proto_setter_or_readonly: { kind: 'side_exit', doc: 'property add shadowed by a prototype setter or read-only property' },
  initprop_proto_setter_or_readonly: { kind: 'side_exit', doc: 'property definition shadowed by a prototype setter or read-only property' },
  setprop_proto_changed: { kind: 'invalidated', doc: 'a prototype on the store path changed shape' },
  initprop_proto_changed: { kind: 'invalidated', doc: 'a prototype on the definition path changed shape' },
  send_call_apply: { kind: 'side_exit', doc: 'f.call / f.apply: the runtime makes the call they make' },
  direct_eval_interpreted: { kind: 'side_exit', doc: 'a direct eval: the function stays interpreted from here' },
  send_suspending_callee: { kind: 'side_exit', doc: 'a call of a generator or async function: the runtime makes it (the callee stays interpreted, its frame suspends)' },
  iseq_suspends: { kind: 'side_exit', doc: 'generator/async instruction: such functions are never compiled (never reached in machine code)' },
  // ---- sloppy this, undeclared globals
  getglobalsoft_undeclared: { kind: 'slow_path', doc: 'typeof-style read of an undeclared global: the global object' },
  setglobal_undeclared: { kind: 'slow_path', doc: 'store to an undeclared global: the global object (or a ReferenceError in strict code)' },
  coercethis_primitive_this: { kind: 'slow_path', doc: 'sloppy-mode this that is not an object: globalThis or a wrapper' },
} as const satisfies Record<string, ExitInfo>;

/** A declared exit reason or counter (a key of EXITS). */
export type ExitReason = keyof typeof EXITS;

/** The declared reasons of one kind. */
export type ReasonOfKind<K extends ExitKind> = { [R in ExitReason]: (typeof EXITS)[R]['kind'] extends K ? R : never }[ExitReason];

export function exitInfo(reason: ExitReason): ExitInfo {
  return EXITS[reason];
}

/** The printed name of a counter: the reason, or for a per-instruction reason its pattern filled with `opName`. */
export function counterName(reason: ExitReason, opName: string): string {
  const info: ExitInfo = EXITS[reason];
  return info.op !== undefined ? info.op.replace('%s', opName) : reason;
}

/** Kinds that are exits to the interpreter (reported under exit_reasons). */
export function isExitKind(kind: ExitKind): boolean {
  return kind === 'side_exit' || kind === 'control' || kind === 'invalidated';
}

/** The --stats line for a printed counter name (a reason, a per-instruction name, or a runtime call `<reason>_slow_path`). */
export function counterDoc(name: string): string {
  const direct = (n: string): string | undefined => {
    if (n in EXITS) return EXITS[n as ExitReason].doc;
    // The most specific pattern first (`%s` alone matches any name).
    const patterns = (Object.values(EXITS) as ExitInfo[]).filter((i) => i.op !== undefined).sort((a, b) => b.op!.length - a.op!.length);
    for (const info of patterns) {
      if (info.op === undefined) continue;
      const [pre, post] = info.op.split('%s');
      if (n.startsWith(pre) && n.endsWith(post) && n.length > pre.length + post.length) return info.doc;
    }
    return undefined;
  };
  const doc = direct(name);
  if (doc !== undefined) return doc;
  if (name.endsWith('_slow_path')) {
    const why = direct(name.slice(0, -'_slow_path'.length));
    if (why !== undefined) return `runtime call: ${why}`;
  }
  return '';
}

/**
 * Instructions the JIT deliberately leaves to the interpreter: no gen
 * function and no runtime call, so a block reaching one ends in the side
 * exit `unhandled_<op>`. Every instruction has a gen function
 * (codegen/gen.ts), a runtime call (runtime.ts RUNTIME_OPS) or a place
 * here; test/lbbv/opcode-coverage.test.ts checks it.
 */
export const EXIT_ONLY_OPS: readonly string[] = [
  'initelem',
  'defineclass', 'definemethod', 'definemethodcomputed',
  'opt_pow',
];
