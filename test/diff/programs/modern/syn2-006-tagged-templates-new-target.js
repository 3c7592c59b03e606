function tag(strings, ...vals) { return { strings, raw: strings.raw, vals, frozen: Object.isFrozen(strings), rawFrozen: Object.isFrozen(strings.raw), keys: Object.keys(strings) } }
console.log(tag`a${1}b${'x'}c`);
console.log(tag`\n\x41${2}\unicode`);
console.log(tag``);
const sites = []; for (let i = 0; i < 3; i++) sites.push(tag`same${i}`.strings);
console.log(sites[0] === sites[1], sites[1] === sites[2], tag`same${0}`.strings === sites[0]);
console.log(String.raw`a\nb${1 + 1}\t`);
const obj = { prefix: '>', fmt(s, ...v) { return this.prefix + s.map((x, i) => x + (v[i] ?? '')).join('') } };
console.log(obj.fmt`x=${1}, y=${2}`);
function html(s, ...v) { return s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).replace(/</g, '&lt;') : ''), '') }
let out = ''; for (let i = 0; i < 2000; i++) out = html`<p>${'<b>' + i}</p>`; console.log(out);
function F() { return new.target === F ? 'new' : typeof new.target }
console.log(new F() instanceof F, F());
function G() { this.v = new.target === G; const arrow = () => new.target; this.a = arrow() === G; }
console.log(new G(), G.call({}) ?? 'u');
class P { constructor() { this.who = new.target.name } }
class Q extends P {}
console.log(new P().who, new Q().who);
function H() { if (!new.target) return new H(); this.ok = 1 } console.log(H());
let n = 0; function K() { if (new.target) n++ } for (let i = 0; i < 3000; i++) { new K(); K() } console.log(n);
try { tag2`x` } catch (e) { console.log(e.message) }
const o2 = {}; try { o2.nope`x` } catch (e) { console.log(e.message) }
