'use strict';
// Run one port under one engine in a child process and parse the harness
// protocol (see yjit-bench-ports/harness.js) from its output.
const { spawn } = require('child_process');

function parseOutput(stdout, stderr) {
  const r = { warmup: [], measure: [], statsIter: [], summary: null, checkFailed: null };
  const lines = (stdout + '\n' + stderr).split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    let m;
    if ((m = /^ITER (\d+) (warmup|measure) ([0-9.eE+-]+)$/.exec(line))) {
      (m[2] === 'warmup' ? r.warmup : r.measure).push(Number(m[3]));
    } else if ((m = /^STATS_ITER (\d+) compiled_block_count=(\d+)/.exec(line))) {
      r.statsIter[Number(m[1]) - 1] = Number(m[2]);
    } else if (line.startsWith('SUMMARY ')) {
      r.summary = line;
    } else if (line.startsWith('CHECK_FAILED ')) {
      r.checkFailed = line.slice('CHECK_FAILED '.length);
    }
  }
  for (let i = 0; i < r.statsIter.length; i++) if (r.statsIter[i] === undefined) r.statsIter[i] = null;
  return r;
}

function lastErrorLine(stderr) {
  const lines = String(stderr || '').split('\n').map((l) => l.trim()).filter(Boolean);
  const err = lines.find((l) => /^(\w*Error|lbbv:|SyntaxError)/.test(l)) || lines.find((l) => /error/i.test(l));
  return (err || lines[lines.length - 1] || '').slice(0, 200);
}

// Runs `node args...`; calls onLine(line) for every stdout line as it comes
// (for progress). Resolves to { ok, reason, ...parsed, elapsedMs }.
function runProcess(args, opts) {
  const timeoutMs = opts.timeoutMs || 0;
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: opts.cwd });
    let stdout = '';
    let stderr = '';
    let pending = '';
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, timeoutMs)
      : null;
    child.stdout.on('data', (d) => {
      const s = d.toString();
      stdout += s;
      if (opts.onLine) {
        pending += s;
        const parts = pending.split('\n');
        pending = parts.pop();
        for (const p of parts) opts.onLine(p);
      }
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 1 << 20) stderr += d.toString();
    });
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      resolve({ ok: false, reason: 'cannot start: ' + e.message, warmup: [], measure: [], statsIter: [], elapsedMs: Date.now() - t0 });
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const parsed = parseOutput(stdout, stderr);
      const res = Object.assign({ elapsedMs: Date.now() - t0, exitCode: code, stderr }, parsed);
      if (timedOut) {
        res.ok = false;
        res.reason = `timeout after ${Math.round(timeoutMs / 1000)} s`;
      } else if (parsed.checkFailed) {
        res.ok = false;
        res.reason = 'check failed: ' + parsed.checkFailed;
      } else if (code !== 0 || signal) {
        res.ok = false;
        res.reason = (signal ? 'killed by ' + signal : 'exit ' + code) + (lastErrorLine(stderr) ? ': ' + lastErrorLine(stderr) : '');
      } else if (!parsed.summary || parsed.measure.length === 0) {
        res.ok = false;
        res.reason = 'no SUMMARY line in the output';
      } else {
        res.ok = true;
        res.reason = null;
      }
      resolve(res);
    });
  });
}

module.exports = { runProcess, parseOutput };
