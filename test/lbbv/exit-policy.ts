// The regression guard of issue 19 ("no cliffs"), shared by the differential
// suite (each program's threshold-1 mode runs with statistics) and the
// exit-rate test (the benchmark ports' steady state). A program fails when it
//   - takes more than MAX_EXITS_PER_1000 side exits per 1,000 instructions (a
//     differential program only counts with at least MIN_EXITS exits: a whole
//     run includes its warm-up), or
//   - runs less than MIN_IN_JIT percent of its instructions in machine code
//     (programs of at least MIN_INSNS instructions): the entry back-off hides
//     an exit storm from the exit count, not from this share.
// EXCEPTIONS lists the programs allowed to break either bound, each with the
// reason; keep it short and remove entries as the JIT covers them.

/** Side exits per 1,000 instructions allowed. */
export const MAX_EXITS_PER_1000 = 1;
/** Least share of instructions run in machine code, in percent. */
export const MIN_IN_JIT = 75;
/** A whole-run (differential) figure counts from this many side exits. */
export const MIN_EXITS = 20;
/** The machine-code share counts from this many instructions. */
export const MIN_INSNS = 100_000;

const GENERATOR_BODIES = 'generator and async bodies run in the interpreter (iseq_suspends): resume points are not compiled yet';
const PROTOCOL_ITERATION = 'protocol iterators, spread calls and spread elements are runtime calls (iter_next_not_fast_array, sendspread, spreadappend)';

/** Programs allowed past a bound, and why: `<tier>/<file>` or `bench/<category>/<port>`. */
export const EXCEPTIONS: Record<string, string> = {
  'modern/gen-iterables.js': GENERATOR_BODIES,
  'modern/gen-pipeline.js': GENERATOR_BODIES,
  'modern/gen-tokenizer.js': GENERATOR_BODIES,
  'bench/modern/gen-pipeline': GENERATOR_BODIES,
  'modern/iter-protocol-edges.js': PROTOCOL_ITERATION,
};

/** The counters a check reads (a subset of `VM.stats()` / `--stats-json`). */
export interface ExitStats {
  side_exit_count?: number;
  jit_insns_count?: number;
  vm_insns_count?: number;
  exit_reasons?: Record<string, number>;
  slow_path_counts?: Record<string, number>;
}

function top(map: Record<string, number> | undefined, n: number, skip?: string): string {
  if (!map) return '-';
  const keys = Object.keys(map).filter((k) => k !== skip && map[k] > 0);
  keys.sort((x, y) => map[y] - map[x] || (x < y ? -1 : 1));
  return keys.slice(0, n).map((k) => `${k} ${map[k]}`).join(', ') || '-';
}

/**
 * What is wrong with a program's figures ([] when nothing): `wholeRun` for a
 * differential program (its figures include warm-up), false for a port's
 * steady state.
 */
export function exitPolicyViolations(name: string, s: ExitStats, wholeRun: boolean): string[] {
  if (name in EXCEPTIONS) return [];
  const jit = s.jit_insns_count ?? 0;
  const insns = jit + (s.vm_insns_count ?? 0);
  const exits = s.side_exit_count ?? 0;
  const bad: string[] = [];
  if (insns === 0) return bad;
  const per1000 = (1000 * exits) / insns;
  const inJit = (100 * jit) / insns;
  if ((!wholeRun || exits >= MIN_EXITS) && per1000 > MAX_EXITS_PER_1000) {
    bad.push(`${name}: ${per1000.toFixed(2)} side exits per 1,000 instructions (${top(s.exit_reasons, 3, 'leave')})`);
  }
  if (insns >= MIN_INSNS && inJit < MIN_IN_JIT) {
    bad.push(`${name}: ${inJit.toFixed(1)}% of instructions in machine code (exits: ${top(s.exit_reasons, 3, 'leave')}; slow paths: ${top(s.slow_path_counts, 3)})`);
  }
  return bad;
}
