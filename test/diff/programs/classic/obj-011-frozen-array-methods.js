// Array methods on a frozen array fail before changing it; the reading ones work.
const a = Object.freeze([3, 1, 2]);
for (const f of [() => a.sort(), () => a.reverse(), () => a.fill(0), () => a.shift(), () => a.unshift(1), () => a.splice(0, 1), () => a.pop(), () => a.push(1), () => a.slice(1), () => a.concat([1]), () => a.join('-')]) {
  try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(a, Object.freeze([]).sort());
