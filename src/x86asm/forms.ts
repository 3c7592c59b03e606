// Every instruction form the assembler supports, in one declarative table.
// The verifier (gen.ts) generates random instances of each row and checks them
// against GNU as; README.md shows the same table (formsMarkdown()).
//
// A row is: mnemonic (= the exported function; jcc/setcc/cmovcc take a condition
// code first), operand kinds in Intel order, encoding in SDM notation, and notes.
// 'rmN' / 'xmm/mN' in the source rows below expand into a register row and a
// memory row.

/** Operand kinds. Immediate kinds say which values select that encoding. */
export type OpKind =
  | 'r8' | 'r16' | 'r32' | 'r64' | 'xmm'
  | 'm8' | 'm16' | 'm32' | 'm64' | 'm128'
  | 'm' // any memory operand, size ignored (lea)
  | 'al' | 'ax' | 'eax' | 'rax' | 'cl' | '1'
  | 'imm8' // any 8-bit value, -128..255
  | 'u8' // 0..255
  | 'count' // shift count 0..255 except 1 (1 selects the D0/D1 form)
  | 'simm8' // fits a sign-extended imm8 at the operand size (e.g. 0xFFFFFFFF for 32-bit)
  | 'imm16' | 'imm32' // any value of that width
  | 'imm16w' | 'imm32w' | 'simm32w' // does not fit simm8 (else the 83/6B/6A form is used)
  | 'simm32' // sign-extended 32-bit value for a 64-bit operation
  | 'nimm32' // negative sign-extended 32-bit value (mov r64, imm)
  | 'uimm32' // 0..2^32-1 (mov r64, imm: zero-extended 32-bit move)
  | 'imm64' // any 64-bit value
  | 'imm64w' // 64-bit value outside -2^31..2^32-1 (mov r64, imm picks movabs)
  | 'u16' // 0..65535
  | 'rel8' | 'rel32' // branch target (absolute address or label)
  | 'cc' // condition code ('e', 'ne', 'l', ... or 0..15)
  | 'len'; // nop length 1..9

export interface Form {
  /** Exported function name; also the GNU mnemonic except for jcc/setcc/cmovcc. */
  readonly mnem: string;
  readonly ops: readonly OpKind[];
  /** Encoding, Intel SDM notation. */
  readonly enc: string;
  readonly note?: string;
  /** GNU as needs -O1 to pick the same (shortest) encoding. */
  readonly gasO1?: boolean;
}

const rows: Form[] = [];
/** The rows as written below, before expansion (for the docs). */
const docRows: Form[] = [];

/** Adds a row, expanding 'rmN' into rN + mN and 'xmm/mN' into xmm + mN. */
function f(mnem: string, ops: string, enc: string, extra: { note?: string; gasO1?: boolean } = {}): void {
  const list = ops === '' ? [] : ops.split(',').map((s) => s.trim());
  docRows.push({ mnem, ops: list as OpKind[], enc, ...extra });
  expand(mnem, list, enc, extra);
}

function expand(mnem: string, list: string[], enc: string, extra: { note?: string; gasO1?: boolean }): void {
  const i = list.findIndex((o) => /^rm\d+$/.test(o) || /^xmm\/m\d+$/.test(o));
  if (i < 0) {
    rows.push({ mnem, ops: list as OpKind[], enc, ...extra });
    return;
  }
  const o = list[i];
  const bits = o.replace(/\D/g, '');
  const regKind = o.startsWith('xmm') ? 'xmm' : 'r' + bits;
  for (const k of [regKind, 'm' + bits]) {
    const l = [...list];
    l[i] = k;
    expand(mnem, l, enc, extra);
  }
}

// ---- data movement ----
f('mov', 'rm8, r8', '88 /r');
f('mov', 'rm16, r16', '66 89 /r');
f('mov', 'rm32, r32', '89 /r');
f('mov', 'rm64, r64', 'REX.W 89 /r');
f('mov', 'r8, m8', '8A /r');
f('mov', 'r16, m16', '66 8B /r');
f('mov', 'r32, m32', '8B /r');
f('mov', 'r64, m64', 'REX.W 8B /r');
f('mov', 'r8, imm8', 'B0+r ib');
f('mov', 'r16, imm16', '66 B8+r iw');
f('mov', 'r32, imm32', 'B8+r id');
f('mov', 'r64, uimm32', 'B8+r id', { note: 'zero-extending 32-bit move', gasO1: true });
f('mov', 'r64, nimm32', 'REX.W C7 /0 id', { gasO1: true });
f('mov', 'r64, imm64w', 'REX.W B8+r io', { note: 'movabs, chosen automatically', gasO1: true });
f('mov', 'm8, imm8', 'C6 /0 ib');
f('mov', 'm16, imm16', '66 C7 /0 iw');
f('mov', 'm32, imm32', 'C7 /0 id');
f('mov', 'm64, simm32', 'REX.W C7 /0 id');
f('movabs', 'r64, imm64', 'REX.W B8+r io', { note: 'always the 10-byte form' });
for (const [mnem, b] of [['movzx', 0xb6], ['movsx', 0xbe]] as const) {
  const h = (n: number): string => n.toString(16).toUpperCase();
  f(mnem, 'r16, rm8', `66 0F ${h(b)} /r`);
  f(mnem, 'r32, rm8', `0F ${h(b)} /r`);
  f(mnem, 'r64, rm8', `REX.W 0F ${h(b)} /r`);
  f(mnem, 'r32, rm16', `0F ${h(b + 1)} /r`);
  f(mnem, 'r64, rm16', `REX.W 0F ${h(b + 1)} /r`);
}
f('movsxd', 'r64, rm32', 'REX.W 63 /r');
f('lea', 'r16, m', '66 8D /r');
f('lea', 'r32, m', '8D /r');
f('lea', 'r64, m', 'REX.W 8D /r');

// ---- ALU: add or adc sbb and sub xor cmp (n = 0..7, opcodes 8n+k) ----
const hex2 = (v: number): string => v.toString(16).toUpperCase().padStart(2, '0');
['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'].forEach((mnem, n) => {
  const o = 8 * n;
  f(mnem, 'rm8, r8', `${hex2(o)} /r`);
  f(mnem, 'rm16, r16', `66 ${hex2(o + 1)} /r`);
  f(mnem, 'rm32, r32', `${hex2(o + 1)} /r`);
  f(mnem, 'rm64, r64', `REX.W ${hex2(o + 1)} /r`);
  f(mnem, 'r8, m8', `${hex2(o + 2)} /r`);
  f(mnem, 'r16, m16', `66 ${hex2(o + 3)} /r`);
  f(mnem, 'r32, m32', `${hex2(o + 3)} /r`);
  f(mnem, 'r64, m64', `REX.W ${hex2(o + 3)} /r`);
  f(mnem, 'al, imm8', `${hex2(o + 4)} ib`);
  f(mnem, 'ax, imm16w', `66 ${hex2(o + 5)} iw`);
  f(mnem, 'eax, imm32w', `${hex2(o + 5)} id`);
  f(mnem, 'rax, simm32w', `REX.W ${hex2(o + 5)} id`);
  f(mnem, 'rm8, imm8', `80 /${n} ib`);
  f(mnem, 'rm16, simm8', `66 83 /${n} ib`);
  f(mnem, 'rm32, simm8', `83 /${n} ib`);
  f(mnem, 'rm64, simm8', `REX.W 83 /${n} ib`);
  f(mnem, 'rm16, imm16w', `66 81 /${n} iw`);
  f(mnem, 'rm32, imm32w', `81 /${n} id`);
  f(mnem, 'rm64, simm32w', `REX.W 81 /${n} id`);
});
f('test', 'rm8, r8', '84 /r');
f('test', 'rm16, r16', '66 85 /r');
f('test', 'rm32, r32', '85 /r');
f('test', 'rm64, r64', 'REX.W 85 /r');
f('test', 'r8, m8', '84 /r', { note: 'operands commute' });
f('test', 'r16, m16', '66 85 /r', { note: 'operands commute' });
f('test', 'r32, m32', '85 /r', { note: 'operands commute' });
f('test', 'r64, m64', 'REX.W 85 /r', { note: 'operands commute' });
f('test', 'al, imm8', 'A8 ib');
f('test', 'ax, imm16', '66 A9 iw');
f('test', 'eax, imm32', 'A9 id');
f('test', 'rax, simm32', 'REX.W A9 id');
f('test', 'rm8, imm8', 'F6 /0 ib');
f('test', 'rm16, imm16', '66 F7 /0 iw');
f('test', 'rm32, imm32', 'F7 /0 id');
f('test', 'rm64, simm32', 'REX.W F7 /0 id');

// ---- multiply / divide / unary ----
for (const [r, p] of [['16', '66 '], ['32', ''], ['64', 'REX.W ']]) {
  f('imul', `r${r}, rm${r}`, `${p}0F AF /r`);
  f('imul', `r${r}, rm${r}, simm8`, `${p}6B /r ib`);
  f('imul', `r${r}, rm${r}, ${r === '16' ? 'imm16w' : r === '32' ? 'imm32w' : 'simm32w'}`, `${p}69 /r ${r === '16' ? 'iw' : 'id'}`);
  f('imul', `r${r}, simm8`, `${p}6B /r ib`, { note: 'imul r, r, imm8' });
}
for (const [mnem, n, op] of [
  ['not', 2, 'F6'], ['neg', 3, 'F6'], ['mul', 4, 'F6'], ['div', 6, 'F6'], ['idiv', 7, 'F6'], ['inc', 0, 'FE'], ['dec', 1, 'FE'],
] as const) {
  const op1 = op === 'F6' ? 'F7' : 'FF';
  f(mnem, 'rm8', `${op} /${n}`);
  f(mnem, 'rm16', `66 ${op1} /${n}`);
  f(mnem, 'rm32', `${op1} /${n}`);
  f(mnem, 'rm64', `REX.W ${op1} /${n}`);
}
f('cdq', '', '99');
f('cqo', '', 'REX.W 99');
f('cdqe', '', 'REX.W 98');

// ---- shifts and rotates ----
for (const [mnem, n] of [['rol', 0], ['ror', 1], ['shl', 4], ['shr', 5], ['sar', 7]] as const) {
  for (const [r, p] of [['8', ''], ['16', '66 '], ['32', ''], ['64', 'REX.W ']]) {
    const o = r === '8' ? 0 : 1;
    f(mnem, `rm${r}, 1`, `${p}D${o} /${n}`);
    f(mnem, `rm${r}, cl`, `${p}D${2 + o} /${n}`);
    f(mnem, `rm${r}, count`, `${p}C${o} /${n} ib`);
  }
}

// ---- bit test ----
for (const [mnem, n, op] of [['bt', 4, 'A3'], ['bts', 5, 'AB'], ['btr', 6, 'B3'], ['btc', 7, 'BB']] as const) {
  for (const [r, p] of [['16', '66 '], ['32', ''], ['64', 'REX.W ']]) {
    f(mnem, `rm${r}, r${r}`, `${p}0F ${op} /r`);
    f(mnem, `rm${r}, u8`, `${p}0F BA /${n} ib`);
  }
}

// ---- conditions ----
f('setcc', 'cc, rm8', '0F 90+cc /0');
f('cmovcc', 'cc, r16, rm16', '66 0F 40+cc /r');
f('cmovcc', 'cc, r32, rm32', '0F 40+cc /r');
f('cmovcc', 'cc, r64, rm64', 'REX.W 0F 40+cc /r');

// ---- stack and control flow ----
f('push', 'r64', '50+r');
f('push', 'm64', 'FF /6');
f('push', 'simm8', '6A ib');
f('push', 'simm32w', '68 id');
f('pop', 'r64', '58+r');
f('pop', 'm64', '8F /0');
f('call', 'rel32', 'E8 cd');
f('call', 'rm64', 'FF /2');
f('jmp', 'rel8', 'EB cb', { note: 'chosen when the target is known and in range' });
f('jmp', 'rel32', 'E9 cd', { note: 'forced by { rel32: true }' });
f('jmp', 'rm64', 'FF /4');
f('jcc', 'cc, rel8', '70+cc cb');
f('jcc', 'cc, rel32', '0F 80+cc cd');
f('ret', '', 'C3');
f('ret', 'u16', 'C2 iw');
f('nop', 'len', '90 · 66 90 · 0F 1F /0 ...', { note: 'Intel recommended 1..9-byte forms' });
f('int3', '', 'CC');
f('ud2', '', '0F 0B');

// ---- SSE2 / SSE4.1 ----
f('movsd', 'xmm, xmm/m64', 'F2 0F 10 /r');
f('movsd', 'm64, xmm', 'F2 0F 11 /r');
f('movapd', 'xmm, xmm/m128', '66 0F 28 /r');
f('movapd', 'm128, xmm', '66 0F 29 /r');
f('movq', 'xmm, r64', '66 REX.W 0F 6E /r');
f('movq', 'r64, xmm', '66 REX.W 0F 7E /r');
f('movq', 'xmm, xmm/m64', 'F3 0F 7E /r');
f('movq', 'm64, xmm', '66 0F D6 /r');
f('movd', 'xmm, rm32', '66 0F 6E /r');
f('movd', 'rm32, xmm', '66 0F 7E /r');
for (const [mnem, op] of [['addsd', '58'], ['mulsd', '59'], ['subsd', '5C'], ['minsd', '5D'], ['divsd', '5E'], ['maxsd', '5F'], ['sqrtsd', '51']]) {
  f(mnem, 'xmm, xmm/m64', `F2 0F ${op} /r`);
}
f('ucomisd', 'xmm, xmm/m64', '66 0F 2E /r');
f('comisd', 'xmm, xmm/m64', '66 0F 2F /r');
for (const [mnem, op] of [['andpd', '54'], ['andnpd', '55'], ['orpd', '56'], ['xorpd', '57'], ['pxor', 'EF']]) {
  f(mnem, 'xmm, xmm/m128', `66 0F ${op} /r`);
}
f('cvtsi2sd', 'xmm, rm32', 'F2 0F 2A /r');
f('cvtsi2sd', 'xmm, rm64', 'F2 REX.W 0F 2A /r');
f('cvttsd2si', 'r32, xmm/m64', 'F2 0F 2C /r');
f('cvttsd2si', 'r64, xmm/m64', 'F2 REX.W 0F 2C /r');
f('cvtsd2si', 'r32, xmm/m64', 'F2 0F 2D /r');
f('cvtsd2si', 'r64, xmm/m64', 'F2 REX.W 0F 2D /r');
f('roundsd', 'xmm, xmm/m64, u8', '66 0F 3A 0B /r ib', { note: 'SSE4.1: check hasSSE41()' });

/** All supported forms, one row per concrete operand combination. */
export const FORMS: readonly Form[] = Object.freeze(rows);

const DOC_KIND: Partial<Record<OpKind, string>> = {
  u8: 'imm8', count: 'imm8', imm16w: 'imm16', imm32w: 'imm32', simm32w: 'simm32', nimm32: 'simm32<0', u16: 'imm16', imm64w: 'imm64', len: '1..9',
};

/** Form in Intel notation, e.g. "add r/m32, simm8", "j<cc> rel32". */
export function formText(form: Form): string {
  const ops = form.ops.map((k) => DOC_KIND[k as OpKind] ?? (k.startsWith('rm') ? 'r/' + k.slice(1) : k));
  let m = form.mnem;
  if (ops[0] === 'cc') {
    m = m.replace('cc', '<cc>');
    ops.shift();
  }
  return ops.length ? `${m} ${ops.join(', ')}` : m;
}

/**
 * Compact Markdown summary: one line per group of mnemonics sharing the same
 * operand forms (e.g. the eight ALU operations), forms separated by ' · '.
 */
export function formsSummaryMarkdown(): string {
  const byMnem = new Map<string, string[]>();
  for (const fm of docRows) {
    const ops = formText(fm).split(' ').slice(1).join(' ') || '(none)';
    const list = byMnem.get(fm.mnem) ?? [];
    if (!list.includes(ops)) list.push(ops);
    byMnem.set(fm.mnem, list);
  }
  const groups = new Map<string, string[]>();
  for (const [mnem, ops] of byMnem) {
    const key = ops.join(' · ');
    groups.set(key, [...(groups.get(key) ?? []), mnem.replace('cc', '<cc>')]);
  }
  const lines = ['| mnemonics | operand forms |', '|-----------|---------------|'];
  const code = (x: string): string => '`' + x + '`';
  for (const [ops, mnems] of groups) lines.push(`| ${mnems.map(code).join(' ')} | ${ops.split(' · ').map(code).join(' · ')} |`);
  return lines.join('\n');
}

/** The table as Markdown, one line per source row (r/m rows cover both a register and a memory form). */
export function formsMarkdown(): string {
  const lines = ['| form | encoding | note |', '|------|----------|------|'];
  for (const fm of docRows) lines.push(`| \`${formText(fm)}\` | \`${fm.enc}\` | ${fm.note ?? ''} |`);
  return lines.join('\n');
}

/** Content of docs/x86asm-forms.md (generated: `node dist/x86asm/verify.js --docs`). */
export function formsDocMarkdown(): string {
  return [
    '# x86asm: supported instruction forms',
    '',
    'Generated from `src/x86asm/forms.ts` by `node dist/x86asm/verify.js --docs`; do not edit.',
    '`r/mN` rows cover a register form and a memory form. Immediate kinds: `simm8` = fits a',
    'sign-extended imm8 at the operand size; `imm16`/`imm32` on rows that also have a `simm8` row',
    'mean values that do not fit it; `simm32` = sign-extended 32-bit value of a 64-bit operation.',
    `${FORMS.length} concrete forms in total, each checked against GNU as by the verifier.`,
    '',
    formsMarkdown(),
    '',
  ].join('\n');
}

const BEGIN = '<!-- forms:begin -->';
const END = '<!-- forms:end -->';

/** `readme` with the summary table placed between its forms:begin/end markers. */
export function withFormsSummary(readme: string): string {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('forms markers not found');
  return readme.slice(0, a + BEGIN.length) + '\n' + formsSummaryMarkdown() + '\n' + readme.slice(b);
}
