// The disassembler, in the spirit of RubyVM::InstructionSequence#disasm:
// one line per instruction with its index, name, operands and source line.
// Operands print by kind, from the opcode table.

import type { ISeq } from './iseq';
import { OPS, insnLength } from './opcodes';

export interface DisasmContext {
  /** Name of another iseq (for `closure` and `defineclass`). */
  iseqName(id: number): string;
  /** Name of a global slot. */
  globalName(slot: number): string;
}

function constText(iseq: ISeq, k: number): string {
  const v = iseq.constValues[k];
  if (typeof v === 'string') return JSON.stringify(v);
  return Object.is(v, -0) ? '-0' : String(v);
}

function operandText(iseq: ISeq, kind: string, v: number, ctx: DisasmContext): string {
  switch (kind) {
    case 'const':
    case 'name':
      return constText(iseq, v);
    case 'local':
      return `${iseq.localNames[v] ?? '?'}@${v}`;
    case 'global':
      return `${ctx.globalName(v)}@g${v}`;
    case 'label':
      return String(v).padStart(4, '0');
    case 'iseq':
      return `<${ctx.iseqName(v)}>#${v}`;
    case 'ic':
      return `<ic:${v}>`;
    default:
      return String(v);
  }
}

/** Disassembles one iseq. */
export function disasm(iseq: ISeq, ctx: DisasmContext): string {
  const lines: string[] = [];
  const params = iseq.localNames.slice(0, iseq.paramCount).join(', ');
  lines.push(`== disasm: #<ISeq:${iseq.name || '<anonymous>'}@${iseq.file}:${iseq.line}> (${iseq.code.length} words)`);
  lines.push(`   params: (${params})  locals: ${iseq.localCount} [${iseq.localNames.join(', ')}]  max stack: ${iseq.maxStack}`);
  for (const h of iseq.handlers) lines.push(`   catch: ${h.start}..${h.end} -> ${h.handler}`);
  let lastLine = -1;
  for (let pc = 0; pc < iseq.code.length; pc += insnLength(iseq.code[pc])) {
    const def = OPS[iseq.code[pc]];
    const ops = def.operands.map((k, i) => operandText(iseq, k, iseq.code[pc + 1 + i], ctx)).join(', ');
    let text = `${String(pc).padStart(4, '0')} ${def.name.padEnd(18)}${ops}`;
    const line = iseq.lines[pc];
    if (line !== lastLine && line > 0) {
      text = `${text.padEnd(56)}(${String(line).padStart(4)})`;
      lastLine = line;
    }
    lines.push(text);
  }
  return lines.join('\n');
}

/** Disassembles every iseq in `all` whose file matches, top level first. */
export function disasmAll(all: readonly ISeq[], ctx: DisasmContext): string {
  return all.map((s) => disasm(s, ctx)).join('\n\n') + '\n';
}
