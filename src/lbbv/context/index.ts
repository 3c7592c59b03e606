// Public API of the JIT's type context. Import from here, not from the files.
export { Type, TYPE_COUNT, INCOMPATIBLE, isType, parentType, typeDiff, isSubtype, typeUnion, typeMeet,
  isImm, isHeap, isNumber, isBoolean, typeName } from './types';
export { NO_TAG, tagOfType, typeOfTag, typeOfValue } from './tags';
export { MAX_LOCALS, MAX_TEMPS, MAX_CHAIN_DEPTH } from './limits';
export type { TempMapping } from './mapping';
export { Context, type PackedContext } from './context';
export { encode, decode } from './encoding';
export { ContextTable, initContextHashing, contextHashingReady, type ContextHash } from './intern';
