// Config merging as libraries do it: defaults, spread layering, destructuring
// with renames and defaults in option-object APIs.
const DEFAULTS = Object.freeze({
  host: 'localhost',
  port: 8080,
  tls: { enabled: false, cert: null },
  retry: { attempts: 3, backoff: 'exponential' },
  headers: { 'user-agent': 'lbbv/0.1' },
});

function mergeDeep(base, ...layers) {
  let out = { ...base };
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(layer)) {
      const value = layer[key];
      const prev = out[key];
      if (value && typeof value === 'object' && !Array.isArray(value) && prev && typeof prev === 'object') {
        out = { ...out, [key]: mergeDeep(prev, value) };
      } else {
        out = { ...out, [key]: value };
      }
    }
  }
  return out;
}

const fromFile = { port: 9000, tls: { enabled: true }, headers: { accept: 'json' } };
const fromEnv = { host: 'example.org', retry: { attempts: 5 } };
const config = mergeDeep(DEFAULTS, fromFile, undefined, fromEnv);
console.log(config);

function connect({ host, port = 80, tls: { enabled: secure = false, cert } = {}, retry: { attempts, ...retryRest } = {}, ...extra } = {}) {
  const scheme = secure ? 'https' : 'http';
  return `${scheme}://${host}:${port} attempts=${attempts} cert=${cert} retry=${JSON.stringify(retryRest)} extra=${Object.keys(extra).join(',')}`;
}
console.log(connect(config));
console.log(connect({ host: 'a' }));
try {
  connect(null);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

function request(url, { method = 'GET', body, headers: { accept = '*/*', ...otherHeaders } = {}, timeout = 1000 } = {}) {
  return { url, method, accept, otherHeaders, timeout, hasBody: body !== undefined };
}
console.log(request('/a'));
console.log(request('/b', { method: 'POST', body: '{}', headers: { accept: 'text/plain', 'x-id': 7 } }));

// Hot: normalising many option objects.
function normalise({ id, name = `item${id}`, tags = [], ...rest }) {
  return { id, name, tagCount: tags.length, ...rest };
}
let checksum = 0;
const seen = {};
for (let i = 0; i < 3000; i++) {
  const n = normalise(i % 3 === 0 ? { id: i, tags: ['a', 'b'], color: 'red' } : { id: i, name: 'n', size: i & 7 });
  checksum += n.tagCount + n.name.length + (n.size ?? 0);
  seen[Object.keys(n).join('|')] = true;
}
console.log(checksum, Object.keys(seen));

// Swapping through object destructuring.
let pair = { left: 'L', right: 'R' };
({ left: pair.right, right: pair.left } = { ...pair });
console.log(pair);
