// Renders the opcode table as Markdown (docs/BYTECODE.md), so the documented
// instruction set is the implemented one. `npm run docs:bytecode` writes it;
// a test checks it is current.

import { F_BRANCH, F_CALL, F_FUNCTION_RESULT, F_LEAF, F_MAY_GC, F_MAY_THROW, F_TERMINATOR, OPS } from './opcodes';

function flagNames(f: number): string {
  const names: string[] = [];
  if (f & F_LEAF) names.push('leaf');
  if (f & F_MAY_GC) names.push('may-GC');
  if (f & F_MAY_THROW) names.push('may-throw');
  if (f & F_CALL) names.push('call');
  if (f & F_BRANCH) names.push('branch');
  if (f & F_TERMINATOR) names.push('terminator');
  if (f & F_FUNCTION_RESULT) names.push('function-result');
  return names.join(', ');
}

export function bytecodeMarkdown(): string {
  const rows = OPS.map((d, i) => {
    const pop = typeof d.pop === 'number' ? String(d.pop) : 'var';
    const operands = d.operands.length ? d.operands.join(', ') : '';
    return `| ${i} | \`${d.name}\` | ${operands} | ${pop} | ${d.push} | ${flagNames(d.flags)} | ${d.doc.replace(/\|/g, '\\|')} |`;
  });
  return [
    '# lbbv bytecode',
    '',
    'Generated from `src/bytecode/opcodes.ts` by `npm run docs:bytecode`; do not edit.',
    '',
    'Each instruction is one opcode word followed by its operand words (int32).',
    'Operand kinds: `int` immediate, `local` frame slot, `envslot` ENV slot, `level` ENV',
    'parents to walk, `const`/`name` constant-pool index, `global` global slot, `label`',
    'absolute instruction index, `argc` argument count, `ic` inline-cache slot, `iseq`',
    'function index, `count` small count. "var" pops depend on the operands',
    '(`send argc` pops argc + 2). Flag `function-result`: the pushed value is always a',
    'function object; such an instruction is a typed variant of the one its meaning',
    'names, and runs exactly like it in the interpreter.',
    '',
    '| # | name | operands | pops | pushes | flags | meaning |',
    '|--:|------|----------|-----:|-------:|-------|---------|',
    ...rows,
    '',
  ].join('\n');
}
