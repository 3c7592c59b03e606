// arrow functions
const sq = x => x * x;
const add = (a, b) => a + b;
const noArgs = () => 'none';
const block = (a) => { const t = a + 1; return t * 2; };
const obj = () => ({ k: 1 });
console.log(sq(6), add(2, 3), noArgs(), block(4), obj().k);
console.log(typeof sq);

// arrow returning arrow
const curry = a => b => c => a * b + c;
console.log(curry(3)(4)(5));

// lexical this
function Timer() {
  this.ticks = 0;
  this.tickers = [];
  for (let i = 0; i < 3; i++) {
    this.tickers.push(() => { this.ticks += i + 1; return this.ticks; });
  }
}
const t = new Timer();
console.log(t.tickers[0](), t.tickers[1](), t.tickers[2](), t.ticks);

const holder = {
  name: 'holder',
  regular: function () {
    const inner = () => this.name;
    return inner();
  },
  nested: function () {
    return [1, 2].map(x => this.name + x);
  }
};
console.log(holder.regular(), holder.nested());

// arrows with map/forEach
const arr = [1, 2, 3, 4];
console.log(arr.map(x => x * 10));
console.log(arr.map((x, i) => x * i));
let sum = 0;
arr.forEach(x => { sum += x; });
console.log(sum);

// immediate arrow
console.log((x => x + 1)(9));
console.log((() => 'iife')());

// arrow in conditional
const pick = true ? (() => 'yes') : (() => 'no');
console.log(pick());

// arrow with body returning undefined
const nothing = () => { };
console.log(nothing());

// arrows capturing loop vars
const fs = [];
for (let i = 0; i < 4; i++) fs.push(() => i * i);
console.log(fs.map(f => f()));

// recursive arrow via const
const fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
console.log(fib(15));

// arrow comparisons and chained
const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
console.log(cmp(1, 2), cmp(2, 1), cmp(2, 2));
