// An unhandled rejection ends the process with exit code 1 after the current jobs,
// before later timers; handled rejections do not.
async function job(n) {
  await null;
  if (n === 3) throw new Error('job ' + n + ' failed');
  return n;
}
Promise.reject(new Error('handled later in the same tick')).catch((e) => console.log('handled:', e.message));
const late = Promise.reject(new Error('handled by a then in a microtask'));
Promise.resolve().then(() => late.catch((e) => console.log('late handler:', e.message)));
setTimeout(() => console.log('timer: never runs'), 0);
for (let i = 1; i <= 4; i++) job(i).then((v) => console.log('job', v, 'ok'));
console.log('script end');
