// The modes every differential program runs in. Node is the oracle.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { ExitStats } from '../lbbv/exit-policy';

export const ROOT = path.resolve(__dirname, '../..');
export const LBBV = path.join(ROOT, 'bin/lbbv.js');

/** lbbv flag sets: interpreter, JIT default, JIT threshold 1, JIT threshold 1 without versioning. */
const DEFAULT_MODES: Record<string, string[]> = {
  interp: ['--no-jit'],
  jit: [],
  'jit-t1': ['--jit-call-threshold=1'],
  'jit-t1-v1': ['--jit-call-threshold=1', '--jit-max-versions=1'],
};

/** Modes run only when named in LBBV_DIFF_MODES. */
const EXTRA_MODES: Record<string, string[]> = {
  // Every block checks its entry context against the frame (a mismatch stops the run with a report).
  'jit-t1-verify': ['--jit-call-threshold=1', '--jit-verify-ctx'],
};

/**
 * The modes a run uses: the default four, or those named in
 * LBBV_DIFF_MODES=name[,name] (e.g. LBBV_DIFF_MODES=jit-t1-verify).
 */
export const MODES: Record<string, string[]> = selectModes(process.env.LBBV_DIFF_MODES);

function selectModes(names: string | undefined): Record<string, string[]> {
  if (!names) return DEFAULT_MODES;
  const all = { ...DEFAULT_MODES, ...EXTRA_MODES };
  const out: Record<string, string[]> = {};
  for (const n of names.split(',')) {
    if (!(n in all)) throw new Error(`LBBV_DIFF_MODES: no mode ${n} (modes: ${Object.keys(all).join(', ')})`);
    out[n] = all[n];
  }
  return out;
}

export interface RunOutput {
  stdout: string;
  stderr: string;
  code: number | null;
  /** The exit-rate counters, for the mode runLbbvModes was asked to measure (when the JIT is on). */
  stats?: ExitStats;
}

/** Runs a command to completion (60 s limit), capturing its output. */
export function runProcess(cmd: string, args: string[], cwd: string, timeoutMs = 60_000, env?: NodeJS.ProcessEnv): Promise<RunOutput> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
  });
}

export function runNode(file: string, args: string[] = []): Promise<RunOutput> {
  return runProcess(process.execPath, [path.basename(file), ...args], path.dirname(file));
}

export function runLbbv(file: string, flags: string[], args: string[] = []): Promise<RunOutput> {
  // Host errors (internal errors) exit with code 70, which never matches node's exit code.
  return runProcess(process.execPath, [LBBV, ...flags, path.basename(file), ...args], path.dirname(file), 60_000, { ...process.env, LBBV_HOST_ERRORS: 'fail' });
}

/**
 * Runs a program in every mode in one node process (run-modes.js: one fresh
 * VM per mode), as the CLI runs it in each. A run that does not report (a
 * crash, a timeout) gives every mode its exit code and stderr. statsMode
 * names a mode to run with statistics, whose counters come back as `stats`.
 */
export async function runLbbvModes(file: string, modes: Record<string, string[]>, args: string[] = [], statsMode = ''): Promise<Record<string, RunOutput>> {
  const r = await runProcess(process.execPath, [path.join(__dirname, 'run-modes.js'), JSON.stringify(modes), path.basename(file), ...args], path.dirname(file), 120_000, {
    ...process.env,
    LBBV_HOST_ERRORS: 'fail',
    LBBV_RUN_MODES_STATS: statsMode,
  });
  try {
    return JSON.parse(r.stdout) as Record<string, RunOutput>;
  } catch {
    const failed: Record<string, RunOutput> = {};
    for (const mode of Object.keys(modes)) failed[mode] = { stdout: '', stderr: `run-modes.js failed (exit ${r.code}): ${r.stderr}`, code: r.code };
    return failed;
  }
}
