// async functions, arrows and methods; await on values, promises, thenables; try/catch/finally.
async function add(a, b) { return a + b; }
const double = async (x) => (await x) * 2;
class Store {
  constructor() { this.items = []; }
  async put(x) { await null; this.items.push(x); return this.items.length; }
  static async make() { const s = new Store(); await s.put('first'); return s; }
}
const obj = { async method() { return 'method ' + (await add(1, 2)); } };

async function main() {
  console.log(await add(2, 3), await double(add(1, 1)), await obj.method());
  const s = await Store.make();
  console.log(await s.put('second'), s.items.join('+'));

  // await of a non-promise, of a thenable, of a rejected promise
  console.log(await 42, await { then(r) { r('from thenable'); } });
  try { await Promise.reject(new Error('rejected')); } catch (e) { console.log('caught', e.message); }
  try { await { then(_, rej) { rej('thenable rejection'); } }; } catch (e) { console.log('caught', e); }

  // finally with await inside
  async function withFinally(fail) {
    try {
      await null;
      if (fail) throw new Error('fail');
      return 'ok';
    } finally {
      await null;
      console.log('finally ran', fail);
    }
  }
  console.log(await withFinally(false));
  try { await withFinally(true); } catch (e) { console.log('after finally', e.message); }

  // Sequential vs parallel
  const delays = [30, 10, 20];
  const seq = [];
  for (let i = 0; i < delays.length; i++) seq.push(await new Promise((r) => setTimeout(() => r(delays[i]), delays[i])));
  console.log('sequential', seq);
  const order = [];
  const par = await Promise.all(delays.map((d) => new Promise((r) => setTimeout(() => { order.push(d); r(d); }, d * 3))));
  console.log('parallel', par, 'finished in order', order);

  // await in loops and conditionals, in arguments and nested expressions
  let total = 0;
  for (let i = 0; i < 100; i++) total += (await add(i, 1)) * (i % 2 ? await 1 : 2);
  console.log('total', total, [await 1, await 2, (await 3) + (await 4)]);

  // async arrow capturing this and arguments of the enclosing function
  function Counter() { this.n = 0; this.inc = async () => { await null; return ++this.n; }; }
  const c = new Counter();
  await c.inc(); await c.inc();
  console.log('counter', c.n);

  // The returned promise, typeof, not a constructor
  const pr = add(1, 2);
  console.log(pr instanceof Promise, typeof add, Object.prototype.toString.call(pr) === Object.prototype.toString.call({}) ? 'plain tag' : 'promise tag');
  try { new add(); } catch (e) { console.log(e.constructor.name, e.message); }
  return 'main done';
}
main().then((v) => console.log(v), (e) => console.log('main failed', e));
console.log('main returned synchronously');
