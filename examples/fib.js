// Naive recursive Fibonacci: the classic call-heavy benchmark.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const n = Number(process.argv[2] || 30);
const t0 = Date.now();
const r = fib(n);
console.log(`fib(${n}) = ${r}`);
if (process.argv.includes('--time')) console.log(`${Date.now() - t0} ms`);
