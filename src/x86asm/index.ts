// The x86-64 assembler used by the LBBV JIT. See README.md in this folder.
//
//   import * as X from '../x86asm';
//   const { inline, outlined } = X.createCodeBlockPair(1 << 20, baseAddress);
//   X.mov(inline, X.RAX, X.mem(64, X.R13, -8));
//   const pos = X.jcc(inline, 'ne', outlined.addrOf(), { rel32: true });
//   inline.patchJump(pos, newTarget);

export * from './operands';
export * from './codeblock';
export {
  CC_CODES, CC_NAMES, ccCode, invertCC, NOPS, emitNops,
  type CC, type JumpOpts, type Target,
} from './encode';
export * from './insns';
export * from './sse';
export * from './cpu';
export { decode, disassemble, disassembleBlock, hex, type DecodedInsn } from './disasm';
export { FORMS, type Form, type OpKind } from './forms';
