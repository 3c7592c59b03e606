// an uncaught custom Error subclass terminates the program with exit code 1
class ConfigError extends Error {
  constructor(key) {
    super('missing config key: ' + key);
    this.name = 'ConfigError';
    this.key = key;
  }
}
const config = { host: 'localhost', port: 8080 };
function need(key) {
  if (config[key] === undefined) throw new ConfigError(key);
  return config[key];
}
console.log('host', need('host'));
console.log('port', need('port'));
try {
  need('optional');
} catch (e) {
  console.log('handled', e.name, e.key);
}
let finallyRan = false;
try {
  console.log('user', need('user'));
} finally {
  finallyRan = true;
  console.log('finally runs before the process dies', finallyRan);
}
console.log('never printed');
