// The bench HTML report in a real headless browser (Debian's chromium; the
// CI script installs it): a report from a small real run is loaded with a
// checking script appended, which records every SVG's rendered box and every
// text element's box (axis labels, legends and counts must lie inside their
// chart, uncut), and any script or resource error; chromium's own console
// log must show no error either. Skips, saying so, only when chromium is
// not installed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BROWSER = ['chromium', 'chromium-browser', 'google-chrome'].find((b) => spawnSync('which', [b]).status === 0);
if (!BROWSER) console.warn('test/bench/browser.test.ts: skipped: no chromium (apt-get install chromium; .ci/run installs it)');

const CHECK = `<script>
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message || e.type)), true);
window.addEventListener('load', () => {
  const svgs = [...document.querySelectorAll('svg')].map((svg) => {
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].map((t) => {
      const b = t.getBoundingClientRect();
      return { text: t.textContent, inside: b.width > 0 && b.left >= box.left - 0.5 && b.right <= box.right + 0.5 && b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5 };
    });
    return { width: box.width, height: box.height, shapes: svg.querySelectorAll('rect, path, circle, line').length, texts };
  });
  const pre = document.createElement('pre');
  pre.id = 'lbbv-check';
  pre.textContent = JSON.stringify({ svgs, errors: window.__errors });
  document.body.appendChild(pre);
});
</script>`;

describe.skipIf(!BROWSER)('bench HTML in headless chromium', () => {
  test('every SVG renders, every label fits, no console errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-browser-'));
    const html = path.join(dir, 'report.html');
    // A small real run: two engines, one benchmark, the small workload.
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bench/run.js'), 'fib', '--quick', '--small', '--engines=lbbv-interp,lbbv-jit', `--html=${html}`, `--json=${path.join(dir, 'r.json')}`], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stderr).toBe(0);
    const page = path.join(dir, 'check.html');
    fs.writeFileSync(page, fs.readFileSync(html, 'utf8').replace('</body>', `${CHECK}</body>`));
    const r = spawnSync(
      BROWSER!,
      ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--user-data-dir=${path.join(dir, 'profile')}`, '--enable-logging=stderr', '--v=0', '--virtual-time-budget=5000', '--dump-dom', `file://${page}`],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const m = /<pre id="lbbv-check">([^<]*)<\/pre>/.exec(r.stdout);
    expect(m, `chromium printed no check result: ${r.stderr.slice(-2000)}`).not.toBeNull();
    const result = JSON.parse(m![1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as {
      svgs: { width: number; height: number; shapes: number; texts: { text: string; inside: boolean }[] }[];
      errors: string[];
    };
    expect(result.errors).toEqual([]);
    // The speedup chart, the warm-up curves, the histogram and the blocks-per-iteration chart.
    expect(result.svgs.length).toBeGreaterThanOrEqual(4);
    for (const svg of result.svgs) {
      expect(svg.width).toBeGreaterThan(100);
      expect(svg.height).toBeGreaterThan(50);
      expect(svg.shapes).toBeGreaterThan(0);
      expect(svg.texts.filter((t) => !t.inside).map((t) => t.text)).toEqual([]);
    }
    const labels = result.svgs.flatMap((s) => s.texts.map((t) => t.text));
    for (const label of ['BlockIds by number of versions', 'versions of a block', 'iteration (hollow: warm-up)', 'ms per iteration (log)', 'lbbv JIT vs lbbv interpreter']) expect(labels).toContain(label);
    // chromium's console: nothing at ERROR level from the page.
    const consoleErrors = r.stderr.split('\n').filter((l) => /CONSOLE|Uncaught/.test(l) && /ERROR|Uncaught/i.test(l));
    expect(consoleErrors).toEqual([]);
  }, 400_000);
});
