// Disassembly through iced-x86 (a WebAssembly decoder/formatter), for --disasm
// and the tests. iced-x86 is loaded lazily on first use, never at VM startup.

import type * as Iced from 'iced-x86';
import type { CodeBlock } from './codeblock';

let iced: typeof Iced | null = null;
let formatter: Iced.Formatter | null = null;

/** The iced-x86 module, loaded on first call. */
export function loadIced(): typeof Iced {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (iced === null) iced = require('iced-x86') as typeof Iced;
  return iced;
}

/** One decoded instruction. */
export interface DecodedInsn {
  address: number;
  length: number;
  bytes: Uint8Array;
  /** Intel syntax, e.g. "mov rax, qword ptr [rbx+0x8]"; "(bad)" for invalid bytes. */
  text: string;
  valid: boolean;
  /** Target address of a relative jmp/jcc/call, else null. */
  target: number | null;
}

function getFormatter(): Iced.Formatter {
  if (formatter !== null) return formatter;
  const ic = loadIced();
  const f = new ic.Formatter(ic.FormatterSyntax.Intel);
  f.hexPrefix = '0x';
  f.hexSuffix = '';
  f.uppercaseHex = false;
  f.spaceAfterOperandSeparator = true;
  f.signedImmediateOperands = false;
  f.memorySizeOptions = ic.MemorySizeOptions.Always;
  f.showBranchSize = false;
  f.branchLeadingZeros = false;
  f.ripRelativeAddresses = true;
  formatter = f;
  return f;
}

/**
 * Formats one instruction. Works around iced-x86 1.21's JS formatter printing
 * 64-bit immediates with the top bit set wrongly (0x8000000000000001 as "1"):
 * such operands (movabs) are formatted here from the decoded value.
 */
function format(ic: typeof Iced, f: Iced.Formatter, insn: Iced.Instruction): string {
  const n = f.operandCount(insn);
  let imm64 = -1;
  for (let i = 0; i < n; i++) if (insn.opKind(i) === ic.OpKind.Immediate64) imm64 = i;
  if (imm64 < 0) return f.format(insn);
  const ops: string[] = [];
  for (let i = 0; i < n; i++) ops.push(i === imm64 ? '0x' + insn.immediate(i).toString(16) : f.formatOperand(insn, i));
  return f.formatMnemonic(insn) + ' ' + ops.join(', ');
}

/** Decodes `bytes`, located at absolute `address`, into instructions. */
export function decode(bytes: Uint8Array, address = 0): DecodedInsn[] {
  const ic = loadIced();
  const f = getFormatter();
  const decoder = new ic.Decoder(64, bytes, ic.DecoderOptions.None);
  decoder.ip = BigInt(address);
  const insn = new ic.Instruction();
  const out: DecodedInsn[] = [];
  let off = 0;
  try {
    while (decoder.canDecode) {
      decoder.decodeOut(insn);
      const valid = insn.code !== ic.Code.INVALID;
      const len = insn.length;
      const rel = valid && (insn.isJmpShortOrNear || insn.isJccShortOrNear || insn.isCallNear);
      out.push({
        address: address + off, length: len, bytes: bytes.subarray(off, off + len),
        text: valid ? format(ic, f, insn) : '(bad)', valid, target: rel ? Number(insn.nearBranchTarget) : null,
      });
      off += len;
    }
  } finally {
    insn.free();
    decoder.free();
  }
  return out;
}

export function hex(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += (i ? ' ' : '') + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return s;
}

/**
 * Text listing of `bytes` at `address`: one line per instruction,
 * "  0x1000: 48 89 c8               mov rax, rcx", preceded by "; comment" lines
 * for the comments attached to that address (or to a position inside it).
 */
export function disassemble(bytes: Uint8Array, address = 0, comments?: (addr: number) => readonly string[]): string {
  const lines: string[] = [];
  for (const d of decode(bytes, address)) {
    if (comments) for (let a = d.address; a < d.address + d.length; a++) for (const c of comments(a)) lines.push('  ; ' + c);
    lines.push(`  0x${d.address.toString(16)}: ${hex(d.bytes).padEnd(30)} ${d.text}`);
  }
  if (comments) for (const c of comments(address + bytes.length)) lines.push('  ; ' + c);
  return lines.join('\n');
}

/** Listing of a CodeBlock's bytes [start, end) with its comments. */
export function disassembleBlock(cb: CodeBlock, start = 0, end: number = cb.writePos): string {
  return disassemble(cb.code(start, end), cb.addrOf(start), (addr) => cb.commentsAt(addr - cb.base));
}
