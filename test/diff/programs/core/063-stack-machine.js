// a tiny stack machine
function run(program, trace) {
  var stack = [];
  var pc = 0;
  var steps = 0;
  var vars = {};
  var out = [];
  while (pc < program.length) {
    var ins = program[pc];
    var op = ins[0];
    steps++;
    if (steps > 10000) { out.push('step limit'); break; }
    switch (op) {
      case 'push': stack.push(ins[1]); pc++; break;
      case 'pop': stack.pop(); pc++; break;
      case 'dup': stack.push(stack[stack.length - 1]); pc++; break;
      case 'swap': {
        var x = stack.pop(), y = stack.pop();
        stack.push(x); stack.push(y); pc++; break;
      }
      case 'add': case 'sub': case 'mul': case 'div': case 'mod': case 'lt': case 'eq': {
        var b = stack.pop(), a = stack.pop();
        var r;
        switch (op) {
          case 'add': r = a + b; break;
          case 'sub': r = a - b; break;
          case 'mul': r = a * b; break;
          case 'div': r = (a / b) | 0; break;
          case 'mod': r = a % b; break;
          case 'lt': r = a < b ? 1 : 0; break;
          case 'eq': r = a === b ? 1 : 0; break;
        }
        stack.push(r);
        pc++;
        break;
      }
      case 'load': stack.push(vars[ins[1]]); pc++; break;
      case 'store': vars[ins[1]] = stack.pop(); pc++; break;
      case 'jmp': pc = ins[1]; break;
      case 'jz': if (stack.pop() === 0) pc = ins[1]; else pc++; break;
      case 'print': out.push(stack.pop()); pc++; break;
      case 'halt': pc = program.length; break;
      default: out.push('bad op ' + op); pc = program.length;
    }
    if (trace) console.log(steps, op, stack.join(','));
  }
  return { out: out, steps: steps, stack: stack };
}
// (2 + 3) * 4
console.log(run([['push', 2], ['push', 3], ['add'], ['push', 4], ['mul'], ['print']], true));
// factorial 10 via loop
var fr = run([
  ['push', 1], ['store', 'acc'], ['push', 10], ['store', 'n'],
  ['load', 'n'], ['jz', 16],
  ['load', 'acc'], ['load', 'n'], ['mul'], ['store', 'acc'],
  ['load', 'n'], ['push', 1], ['sub'], ['store', 'n'],
  ['jmp', 4], ['halt'],
  ['load', 'acc'], ['print']
], false);
console.log(fr.out, fr.steps);
// collatz steps of 27
var r = run([
  ['push', 27], ['store', 'n'], ['push', 0], ['store', 'c'],
  ['load', 'n'], ['push', 1], ['eq'], ['jz', 11],
  ['load', 'c'], ['print'], ['halt'],
  ['load', 'c'], ['push', 1], ['add'], ['store', 'c'],
  ['load', 'n'], ['push', 2], ['mod'], ['jz', 26],
  ['load', 'n'], ['push', 3], ['mul'], ['push', 1], ['add'], ['store', 'n'], ['jmp', 4],
  ['load', 'n'], ['push', 2], ['div'], ['store', 'n'], ['jmp', 4]
], false);
console.log(r.out, r.steps);
console.log(run([['push', 1], ['bogus']], false).out);
console.log(run([['jmp', 0]], false).out);
console.log(run([['push', 7], ['push', 2], ['swap'], ['sub'], ['dup'], ['mul'], ['print']], false).out);
