// CPU feature detection for optional instructions (roundsd needs SSE4.1).
// cpuid is not reachable from JavaScript, so this reads the Linux /proc/cpuinfo
// flags once and caches them; elsewhere no optional feature is reported.

import { readFileSync } from 'fs';

let flags: ReadonlySet<string> | null = null;

/** The CPU flags of /proc/cpuinfo ('sse4_1', 'avx2'...), read once. */
export function cpuFlags(): ReadonlySet<string> {
  if (flags !== null) return flags;
  let set = new Set<string>();
  try {
    const text = readFileSync('/proc/cpuinfo', 'utf8');
    const line = /^flags\s*:(.*)$/m.exec(text);
    if (line) set = new Set(line[1].trim().split(/\s+/));
  } catch {
    // not Linux, or no procfs: report nothing
  }
  flags = set;
  return flags;
}

export function hasCpuFeature(name: string): boolean {
  return cpuFlags().has(name);
}

/** True when roundsd (SSE4.1) may be used. */
export function hasSSE41(): boolean {
  return hasCpuFeature('sse4_1');
}
