// The --stats report: YJIT-style text from the same figures --stats-json writes.

import { counterDoc } from './exits';
import { COUNTER_DOCS } from './stats';

function fmt(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(2);
  return String(v);
}

export function formatStats(stats: Record<string, unknown>): string {
  const lines = ['***lbbv: JIT statistics***'];
  for (const [k, v] of Object.entries(stats)) {
    if (typeof v === 'object' && v !== null) continue;
    const suffix = k === 'ratio_in_jit' ? '%' : '';
    lines.push(`${k.padEnd(26)}${fmt(v).padStart(14)}${suffix}${COUNTER_DOCS[k] ? `   ${COUNTER_DOCS[k]}` : ''}`);
  }
  const hist = stats.versions_histogram as Record<string, number> | undefined;
  if (hist) {
    lines.push('versions histogram (versions: BlockIds):');
    for (const [n, c] of Object.entries(hist)) lines.push(`  ${n.padStart(3)}: ${c}`);
  }
  for (const [key, title] of [['exit_reasons', 'top exit reasons:'], ['slow_path_counts', 'top slow paths:']]) {
    const counts = stats[key] as Record<string, number> | undefined;
    if (!counts || (key === 'slow_path_counts' && Object.keys(counts).length === 0)) continue;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    lines.push(title);
    for (const [r, n] of Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      const doc = counterDoc(r);
      lines.push(`  ${r.padEnd(32)}${fmt(n).padStart(12)} (${((100 * n) / Math.max(total, 1)).toFixed(1)}%)${doc ? `   ${doc}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
