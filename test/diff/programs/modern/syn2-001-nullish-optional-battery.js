let a = null, b = 0, c = {x: {y: 5}, f() { return this.x.y }, n: null};
console.log(a ?? 'd', b ?? 'd', undefined ?? null ?? 3, (a || b) ?? 7);
let q; q ??= 4; q ??= 5; console.log(q);
let r = 1; r &&= 0; r ||= 9; console.log(r);
c.n ??= 'set'; c.x.y ||= 3; c.z &&= 1; console.log(c.n, c.x.y, c.z);
const k = 'w'; c[k] ??= []; c[k].push(1); c[k] ??= 0; console.log(c.w);
console.log(c?.x?.y, c.n?.length, a?.b.c.d, a?.[1], c?.['x'].y, c.f?.(), c.g?.(), c?.f());
console.log((a?.b)?.c, typeof a?.b);
let fn = null; console.log(fn?.(1, 2));
const o2 = { m() { return this === o2 } }; console.log(o2?.m(), o2.m?.(), (o2?.m)());
console.log(delete a?.b, delete c?.n, c.n);
console.log(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 3 ** 2); let e = 3; e **= 2; console.log(e);
const ff = null; let g; g ??= function () {}; console.log(g.name);
try { c.x.y.z.w } catch (e) { console.log(e.message) }
try { c?.nope() } catch (e) { console.log(e.message) }
try { c.x?.nope() } catch (e) { console.log(e.message) }
try { c?.[k + 'q']() } catch (e) { console.log(e.message) }
function hot(o) { let s = 0; for (let i = 0; i < 2000; i++) { s += o?.v ?? i; let t = o?.a?.b; t ??= 1; s += t; } return s }
console.log(hot({v: 1}), hot(null), hot({a: {b: 2}}));
const cc = 'const'; try { const z = 1; z ??= 2; console.log(z); z ||= 3 } catch (e) { console.log(e.message) }
