// Context.toString(), for --disasm and test failures, e.g.
//   [sp=3 self=object l0=int32 l1=? | t0=int32(l0) t1=double]
// sp is the stack size; "off=" and "chain=" appear only when non-zero; locals
// are listed up to the last known one; temps are the tracked ones, top first,
// with the local or self they copy in parentheses.
import type { Context } from './context';
import { MAX_LOCALS, MAX_TEMPS } from './limits';
import { mappingName } from './mapping';
import { getNibble } from './nibbles';
import { Type, typeName } from './types';

/** One-line description of ctx. */
export function formatContext(ctx: Context): string {
  const head = [`sp=${ctx.stackSize}`];
  if (ctx.spOffset !== 0) head.push(`off=${ctx.spOffset}`);
  if (ctx.chainDepth !== 0) head.push(`chain=${ctx.chainDepth}`);
  head.push(`self=${typeName(ctx.selfType)}`);
  // Locals up to the last one with a known type.
  let last = MAX_LOCALS - 1;
  while (last >= 0 && getNibble(ctx.packedLocals, last) === Type.Unknown) last--;
  for (let i = 0; i <= last; i++) head.push(`l${i}=${typeName(getNibble(ctx.packedLocals, i))}`);
  const temps: string[] = [];
  for (let d = 0; d < Math.min(ctx.stackSize, MAX_TEMPS); d++) {
    const alias = mappingName(getNibble(ctx.packedTempMaps, d));
    temps.push(`t${d}=${typeName(ctx.peekType(d))}${alias && `(${alias})`}`);
  }
  return `[${head.join(' ')}${temps.length ? ` | ${temps.join(' ')}` : ''}]`;
}
