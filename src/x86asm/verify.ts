// Differential verifier CLI: `node dist/x86asm/verify.js [count] [--seed S] [--forms]`
// (`--docs` regenerates the forms tables of the README and docs/x86asm-forms.md).
// Generates `count` random instructions (default 20000) across every form of
// forms.ts, assembles them with GNU as and with this assembler, and prints each
// mismatch followed by the line "N passed, M failed". Exit status 1 on failure.

import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { FORMS, formText, formsDocMarkdown, withFormsSummary } from './forms';
import { gasAvailable, verifyInstances, formatMismatch } from './gas';
import { generate } from './gen';

function main(argv: string[]): number {
  let count = 20000;
  let seed = 1;
  let listForms = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') seed = Number(argv[++i]);
    else if (a.startsWith('--seed=')) seed = Number(a.slice(7));
    else if (a === '--forms') listForms = true;
    else if (a === '--docs') return writeDocs();
    else if (/^\d+$/.test(a)) count = Number(a);
    else {
      console.error(`usage: verify [count] [--seed S] [--forms] | --docs   (unknown argument ${a})`);
      return 2;
    }
  }
  if (!Number.isInteger(seed)) {
    console.error('--seed needs an integer');
    return 2;
  }
  if (!gasAvailable()) {
    console.error('GNU binutils (as, nm, objcopy) not found: install binutils to run the verifier');
    return 2;
  }
  const t0 = Date.now();
  const insts = generate(count, seed);
  const report = verifyInstances(insts);
  for (const m of report.mismatches) console.log(formatMismatch(m));
  const covered = report.passedPerForm.size;
  if (listForms) {
    FORMS.forEach((f, i) => console.log(`${String(report.passedPerForm.get(i) ?? 0).padStart(6)}  ${formText(f)}`));
  }
  console.log(`seed ${seed}: ${count} instructions over ${FORMS.length} forms, ${covered} forms verified, ${Date.now() - t0} ms`);
  console.log(`${report.passed} passed, ${report.failed} failed`);
  return report.failed === 0 ? 0 : 1;
}

/** Regenerates the forms tables of src/x86asm/README.md and docs/x86asm-forms.md. */
function writeDocs(): number {
  const root = join(__dirname, '..', '..');
  const readme = join(root, 'src', 'x86asm', 'README.md');
  writeFileSync(readme, withFormsSummary(readFileSync(readme, 'utf8')));
  writeFileSync(join(root, 'docs', 'x86asm-forms.md'), formsDocMarkdown());
  console.log('wrote src/x86asm/README.md and docs/x86asm-forms.md');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
