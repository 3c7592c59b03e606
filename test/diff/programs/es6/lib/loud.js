// helper module with load-time side effects (runs once)
console.log('[loud] module body executing');
let loads = 0;
loads++;
const state = { loads: loads, items: [] };
module.exports = {
  state: state,
  add(x) { state.items.push(x); return state.items.length; },
  loadCount() { return loads; }
};
console.log('[loud] module body finished');
