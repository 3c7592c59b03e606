// An async job scheduler: a concurrency limit, priorities, retries with backoff, timeouts and cancellation.
class Scheduler {
  constructor(limit) {
    this.limit = limit;
    this.running = 0;
    this.queue = [];
    this.log = [];
    this.nextId = 1;
  }
  add(name, task, opts) {
    opts = opts || {};
    const job = { id: this.nextId++, name, task, priority: opts.priority || 0, retries: opts.retries || 0, timeout: opts.timeout || 0, attempts: 0 };
    const done = new Promise((resolve, reject) => { job.resolve = resolve; job.reject = reject; });
    this.queue.push(job);
    this.queue.sort((a, b) => b.priority - a.priority || a.id - b.id);
    // Start on a later tick so that jobs added together compete by priority.
    queueMicrotask(() => this.pump());
    return done;
  }
  pump() {
    while (this.running < this.limit && this.queue.length > 0) {
      const job = this.queue.shift();
      this.running++;
      this.log.push('start ' + job.name);
      this.run(job).then(
        (v) => { this.log.push('done ' + job.name); job.resolve(v); },
        (e) => { this.log.push('fail ' + job.name); job.reject(e); },
      ).finally(() => { this.running--; this.pump(); });
    }
  }
  async run(job) {
    for (;;) {
      job.attempts++;
      try {
        const work = job.task(job.attempts);
        if (!job.timeout) return await work;
        let timer;
        const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(job.name + ' timed out')), job.timeout); });
        try {
          return await Promise.race([work, timeout]);
        } finally {
          clearTimeout(timer);
        }
      } catch (e) {
        if (job.attempts > job.retries) throw e;
        this.log.push('retry ' + job.name + ' after ' + e.message);
        await sleep(5 * job.attempts);
      }
    }
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const s = new Scheduler(2);
  const results = await Promise.allSettled([
    s.add('low', async () => { await sleep(10); return 'L'; }),
    s.add('high', async () => { await sleep(30); return 'H'; }, { priority: 5 }),
    s.add('mid', async () => { await sleep(20); return 'M'; }, { priority: 3 }),
    s.add('flaky', async (attempt) => { await sleep(5); if (attempt < 3) throw new Error('flake ' + attempt); return 'F' + attempt; }, { retries: 3, priority: 1 }),
    s.add('hang', () => new Promise(() => {}), { timeout: 40 }),
    s.add('broken', async () => { throw new TypeError('broken job'); }, { priority: -1 }),
    s.add('sync', () => 'S', { priority: -2 }),
  ]);
  for (const r of results) console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
  // Each job's own history (cross-job interleaving depends on wall-clock timing).
  const byJob = {};
  for (const entry of s.log) { const name = entry.split(' ')[1]; (byJob[name] = byJob[name] || []).push(entry.split(' ')[0]); }
  for (const name of Object.keys(byJob).sort()) console.log(name + ': ' + byJob[name].join(', '));
  console.log('first two started:', s.log.slice(0, 2).join(', '));
  console.log('running at end:', s.running, 'queued:', s.queue.length);

  // A debounced function and an interval-based poller.
  let calls = 0;
  function debounce(fn, ms) {
    let t = null;
    return (x) => { if (t) clearTimeout(t); t = setTimeout(() => { t = null; fn(x); }, ms); };
  }
  const d = debounce((x) => { calls++; console.log('debounced with', x); }, 20);
  d(1); d(2); d(3);
  await sleep(60);
  d(4);
  await sleep(60);
  console.log('debounced calls', calls);

  let polls = 0;
  await new Promise((resolve) => {
    const iv = setInterval(() => {
      polls++;
      if (polls === 4) { clearInterval(iv); resolve(); }
    }, 10);
  });
  console.log('polled', polls, 'times');
}
main().then(() => console.log('scheduler finished'));
