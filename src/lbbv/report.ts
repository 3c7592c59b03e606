// The --stats report: YJIT-style text from the same figures --stats-json writes.

import { counterDoc } from './exits';
import { COUNTER_DOCS } from './stats';

function fmt(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(2);
  return String(v);
}

export function formatStats(stats: Record<string, unknown>): string {
  const lines = ['***lbbv: JIT statistics***'];
  // The names' column is as wide as the longest name, so the figures end in one column.
  const nameWidth = Math.max(26, ...Object.keys(stats).map((k) => k.length + 1));
  for (const [k, v] of Object.entries(stats)) {
    if (typeof v === 'object' && v !== null) continue;
    // A percentage keeps its digits in the column: the `%` takes the place of the space after them.
    const text = k === 'ratio_in_jit' ? `${fmt(v)}%` : `${fmt(v)} `;
    lines.push(`${k.padEnd(nameWidth)}${text.padStart(15)}${COUNTER_DOCS[k] ? `  ${COUNTER_DOCS[k]}` : ''}`);
  }
  const hist = stats.versions_histogram as Record<string, number> | undefined;
  if (hist) {
    lines.push('versions histogram (versions: BlockIds):');
    for (const [n, c] of Object.entries(hist)) lines.push(`  ${n.padStart(3)}: ${c}`);
  }
  // Returns to a frame the interpreter runs (`leave`) are how compiled code ends, not a side exit: counted apart.
  const exits = { ...(stats.exit_reasons as Record<string, number> | undefined) };
  const returns = exits.leave ?? 0;
  delete exits.leave;
  if (stats.exit_reasons) lines.push(`returns to the interpreter (leave, not side exits): ${fmt(returns)}   ${counterDoc('leave')}`);
  const sections: [Record<string, number> | undefined, string][] = [
    [exits, 'top side exits:'],
    [stats.runtime_calls as Record<string, number> | undefined, 'top runtime calls:'],
    [stats.slow_path_counts as Record<string, number> | undefined, 'top slow paths:'],
  ];
  for (const [counts, title] of sections) {
    if (!counts) continue;
    if (Object.keys(counts).length === 0) {
      lines.push(`${title} none`);
      continue;
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    lines.push(title);
    for (const [r, n] of Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      const doc = counterDoc(r);
      lines.push(`  ${r.padEnd(32)}${fmt(n).padStart(12)} (${((100 * n) / Math.max(total, 1)).toFixed(1)}%)${doc ? `   ${doc}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
