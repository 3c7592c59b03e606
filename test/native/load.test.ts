// The loader: required on x86-64 Linux, a clean null + reason elsewhere.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { ADDON_PATH, loadNative } from '../../src/native';
import { onX64Linux } from './helpers';

const root = path.resolve(__dirname, '..', '..');

describe('native loader', () => {
  it.runIf(onX64Linux)('loads the addon on x86-64 Linux (a broken build fails here)', () => {
    const r = loadNative();
    expect(r.reason).toBe(null);
    expect(r.native).not.toBe(null);
    expect(ADDON_PATH).toBe(path.join(root, 'native', 'build', 'Release', 'lbbv_native.node'));
    expect(fs.existsSync(ADDON_PATH)).toBe(true);
  });

  it.runIf(!onX64Linux)('returns null and a reason elsewhere', () => {
    const r = loadNative();
    expect(r.native).toBe(null);
    expect(r.reason).toMatch(/x86-64 Linux/);
  });

  it('caches the result (one addon instance per thread)', () => {
    expect(loadNative()).toBe(loadNative());
  });

  it('can be disabled with LBBV_NO_NATIVE=1', () => {
    // A transpiled copy of the loader in a temporary directory, run in a child process.
    const ts = require('typescript') as typeof import('typescript');
    const src = fs.readFileSync(path.join(root, 'src', 'native', 'index.ts'), 'utf8');
    const layout = fs.readFileSync(path.join(root, 'src', 'native', 'layout.ts'), 'utf8');
    const opts = { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } };
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'lbbv-native-'));
    try {
      fs.writeFileSync(path.join(dir, 'index.js'), ts.transpileModule(src, opts).outputText);
      fs.writeFileSync(path.join(dir, 'layout.js'), ts.transpileModule(layout, opts).outputText);
      const run = (env: NodeJS.ProcessEnv) =>
        spawnSync(process.execPath, ['-e', `console.log(JSON.stringify(require(${JSON.stringify(path.join(dir, 'index.js'))}).loadNative().reason))`], {
          encoding: 'utf8',
          env: { ...process.env, ...env },
        });
      const off = run({ LBBV_NO_NATIVE: '1' });
      expect(JSON.parse(off.stdout)).toMatch(/disabled by LBBV_NO_NATIVE/);
      // the transpiled copy lives elsewhere, so its ADDON_PATH does not exist: null + reason, no throw
      const missing = run({ LBBV_NO_NATIVE: '' });
      if (onX64Linux) expect(JSON.parse(missing.stdout)).toMatch(/did not load/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(onX64Linux && fs.existsSync(path.join(root, 'dist', 'native', 'index.js')))(
    'loads from the compiled dist/native/index.js too',
    () => {
      const out = spawnSync(
        process.execPath,
        ['-e', `const r = require(${JSON.stringify(path.join(root, 'dist', 'native', 'index.js'))}).loadNative(); console.log(r.reason === null && typeof r.native.enter)`],
        { encoding: 'utf8' },
      );
      expect(out.stdout.trim()).toBe('function');
    },
  );
});
