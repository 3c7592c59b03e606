// Promise chains with errors: recovery, rethrow, finally, combinators, thenables.
const wait = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));

function fetchUser(id) {
  if (id <= 0) return Promise.reject(new RangeError('bad id ' + id));
  return wait(5, { id, name: 'user' + id });
}
function fetchPosts(user) {
  return wait(5, [user.name + ':post1', user.name + ':post2']);
}

fetchUser(1)
  .then((u) => { console.log('got', u.name); return fetchPosts(u); })
  .then((posts) => { console.log('posts', posts.length); throw new TypeError('render failed'); })
  .then(() => console.log('never'))
  .catch((e) => { console.log('recovered from', e.name, e.message); return 'fallback'; })
  .finally(() => console.log('finally 1 (value passes through)'))
  .then((v) => console.log('after finally', v))
  .then(() => fetchUser(-1))
  .catch((e) => { console.log(e instanceof RangeError, e.message); throw e; })
  .catch((e) => console.log('rethrown and caught again:', e.message))
  .finally(() => { throw new Error('finally throws'); })
  .catch((e) => console.log('finally error wins:', e.message))
  .then(stage2);

function stage2() {
  console.log('--- combinators');
  return Promise.all([wait(20, 'a'), wait(10, 'b'), 'c', Promise.resolve('d')])
    .then((vs) => console.log('all', vs))
    .then(() => Promise.all([wait(10, 'x'), wait(5, 'boom', true), wait(1000, 'slow')]))
    .catch((e) => console.log('all rejects with first error', e.message))
    .then(() => Promise.allSettled([wait(5, 1), wait(5, 'nope', true), 3]))
    .then((rs) => console.log(rs.map((r) => r.status + ':' + (r.value !== undefined ? r.value : r.reason.message)).join(' ')))
    .then(() => Promise.race([wait(30, 'tortoise'), wait(10, 'hare')]))
    .then((w) => console.log('race', w))
    .then(() => Promise.any([wait(5, 'e1', true), wait(15, 'winner'), wait(10, 'e2', true)]))
    .then((v) => console.log('any', v))
    .then(() => Promise.any([Promise.reject(1), Promise.reject(2)]))
    .catch((e) => console.log('any rejects', e.message, e.errors))
    .then(() => Promise.all([]))
    .then((v) => console.log('empty all', v, 'race of none pending:', typeof Promise.race([]).then))
    .then(stage3);
}

function stage3() {
  console.log('--- edge cases');
  const p = Promise.resolve(1);
  console.log(Promise.resolve(p) === p, typeof Promise.prototype.then);
  const self = new Promise((r) => setTimeout(() => r(self), 1));
  self.catch((e) => console.log(e.constructor.name, e.message));
  // Handlers that are not functions pass values and errors through.
  Promise.resolve('through').then(null, 5).then(undefined).then((v) => console.log('passed', v));
  Promise.reject(new Error('err through')).then((v) => v).catch((e) => console.log('passed', e.message));
  // Resolve/reject only settle once.
  new Promise((res, rej) => { res('first'); res('second'); rej(new Error('ignored')); }).then((v) => console.log('settled once:', v));
  // Executor throwing after resolve is ignored; before resolve it rejects.
  new Promise((res) => { res('kept'); throw new Error('ignored'); }).then((v) => console.log(v));
  new Promise(() => { throw new SyntaxError('executor threw'); }).catch((e) => console.log(e.name, e.message));
  // Errors for bad use.
  try { Promise(); } catch (e) { console.log(e.name, e.message); }
  try { new Promise(5); } catch (e) { console.log(e.name, e.message); }
  try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.name, e.message); }
  // Chains of 100 thens, hot
  let chain = Promise.resolve(0);
  for (let i = 0; i < 100; i++) chain = chain.then((v) => v + i);
  chain.then((v) => console.log('chain sum', v));
  // Printing promises
  const pending = new Promise(() => {});
  const rejected = Promise.reject(new Error('shown'));
  rejected.catch(() => {});
  console.log(Promise.resolve(42), pending, Promise.resolve({ a: [1, 2] }));
}
