// process.exit(3) mid-program: later output never appears, exit code is 3
function work(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) acc += i;
  return acc;
}
console.log('start');
console.log('work', work(100));
try {
  console.log('inside try');
  if (work(10) === 45) {
    console.log('exiting with 3');
    process.exit(3);
  }
} finally {
  console.log('finally must not run after process.exit');
}
console.log('never printed');
