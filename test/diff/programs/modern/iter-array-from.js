console.log(Array.from('a😀b'), Array.from([1, 2, 3], (x, i) => x * 10 + i), Array.from({ length: 3, 0: 'x', 2: 'z' }));
console.log(Array.from({ length: 3 }, function (v, i) { return this.k + i; }, { k: 100 }));
const it = { [Symbol.iterator]() { let n = 0; return { next: () => ({ value: n, done: n++ >= 3 }), return() { console.log('ret'); return {}; } }; } };
console.log(Array.from(it), Array.from(it, (x) => x * 2));
try { Array.from(it, (x) => { if (x === 1) throw new Error('stop'); return x; }); } catch (e) { console.log(e.message); }
try { Array.from(null); } catch (e) { console.log(e.message); }
console.log(Array.from([1, , 3]), Array.from(new Array(2)));
