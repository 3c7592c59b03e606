// process.argv shape and process.stdout.write without newlines
console.log(process.argv.length >= 2, typeof process.argv[1], typeof process.argv[0]);
console.log(process.argv[1].indexOf('023-process-argv-stdout') >= 0);
process.stdout.write('no newline');
process.stdout.write(' | still same line');
process.stdout.write('\n');
process.stdout.write('');
process.stdout.write('a');
console.log('b after a');
for (let i = 0; i < 5; i++) process.stdout.write(i + (i < 4 ? ',' : '\n'));
process.stdout.write('multi\nline\nwrite\n');
process.stdout.write(`template ${1 + 1}\n`);
let row = '';
for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 3; c++) process.stdout.write((r * 3 + c) + ' ');
  process.stdout.write('\n');
}
console.log('mixed', 'with console.log');
process.stdout.write('unicode: \u00e9\u4e2d\u{1F600}\n');
process.stdout.write('final line without newline');
