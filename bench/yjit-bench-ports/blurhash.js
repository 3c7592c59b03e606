'use strict';
// Port of yjit-bench `blurhash`: compute the BlurHash (4 x 3 components) of
// a 204 x 204 RGB image every iteration. Each component is a cosine-weighted
// sum over all pixels of the sRGB-to-linear converted channels.
//
// The original reads its image from test.bin; the subset has no file
// access, so a 204 x 204 image (smooth gradients plus seeded noise) is
// generated in setup. Check: the hash equals the value recorded for that
// image.
const { run, Rng } = require('./harness');

class ThreeDArray {
  constructor(y, x, z) {
    this.y = y;
    this.x = x;
    this.z = z;
    this.list = new Array(y * x * z);
  }
  set(y, x, z, val) {
    this.list[z + x * this.z + y * this.z * this.x] = val;
  }
  get(y, x, z) {
    return this.list[z + x * this.z + y * this.z * this.x];
  }
  at(i) {
    if (i < 0 || i >= this.list.length) throw new RangeError('index ' + i + ' outside of array');
    return this.list[i];
  }
}

class Buffer {
  constructor(size) {
    this.pos = 0;
    this.buf = new Array(size).fill(0);
  }
  putc(c) {
    this.buf[this.pos] = c;
    this.pos += 1;
  }
  toString() {
    let s = '';
    for (let i = 0; i < this.pos; i++) s += String.fromCharCode(this.buf[i]);
    return s;
  }
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~';
const CHARACTERS = [];
for (let i = 0; i < ALPHABET.length; i++) CHARACTERS.push(ALPHABET.charCodeAt(i));

function sRGBToLinear(value) {
  const v = value / 255;
  if (v <= 0.04045) return v / 12.92;
  return Math.pow((v + 0.055) / 1.055, 2.4);
}

function multiplyBasisFunction(xComponent, yComponent, width, height, rgb, bytesPerRow, factors) {
  let r = 0.0;
  let g = 0.0;
  let b = 0.0;
  const normalisation = xComponent === 0 && yComponent === 0 ? 1 : 2;
  for (let y = 0; y < height; y++) {
    const yCoef = Math.cos((Math.PI * yComponent * y) / height);
    for (let x = 0; x < width; x++) {
      const basis = Math.cos((Math.PI * xComponent * x) / width) * yCoef;
      r += basis * sRGBToLinear(rgb[3 * x + 0 + y * bytesPerRow]);
      g += basis * sRGBToLinear(rgb[3 * x + 1 + y * bytesPerRow]);
      b += basis * sRGBToLinear(rgb[3 * x + 2 + y * bytesPerRow]);
    }
  }
  const scale = normalisation / (width * height);
  factors.set(yComponent, xComponent, 0, r * scale);
  factors.set(yComponent, xComponent, 1, g * scale);
  factors.set(yComponent, xComponent, 2, b * scale);
}

function encodeInt(value, length, destination) {
  let divisor = Math.pow(83, length - 1);
  for (let i = 0; i < length; i++) {
    const digit = Math.floor(value / divisor) % 83;
    divisor = Math.floor(divisor / 83);
    destination.putc(CHARACTERS[digit]);
  }
}

function linearTosRGB(value) {
  const v = Math.max(0, Math.min(1, value));
  if (v <= 0.0031308) return Math.floor(v * 12.92 * 255 + 0.5);
  return Math.floor((1.055 * Math.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
}

function encodeDC(r, g, b) {
  return (linearTosRGB(r) << 16) + (linearTosRGB(g) << 8) + linearTosRGB(b);
}

function signPow(value, exp) {
  const p = Math.pow(Math.abs(value), exp);
  return value < 0 ? -p : p;
}

function quant(v, maximumValue) {
  return Math.max(0, Math.min(18, Math.floor(signPow(v / maximumValue, 0.5) * 9 + 9.5)));
}

function encodeAC(r, g, b, maximumValue) {
  return quant(r, maximumValue) * 19 * 19 + quant(g, maximumValue) * 19 + quant(b, maximumValue);
}

function blurHashForPixels(xComponents, yComponents, width, height, rgb, bytesPerRow) {
  if (xComponents < 1 || xComponents > 9) return null;
  if (yComponents < 1 || yComponents > 9) return null;
  const factors = new ThreeDArray(yComponents, xComponents, 3);
  const ptr = new Buffer(2 + 4 + (9 * 9 - 1) * 2 + 1);

  for (let y = 0; y < yComponents; y++) {
    for (let x = 0; x < xComponents; x++) {
      multiplyBasisFunction(x, y, width, height, rgb, bytesPerRow, factors);
    }
  }

  const acCount = xComponents * yComponents - 1;
  const sizeFlag = xComponents - 1 + (yComponents - 1) * 9;
  encodeInt(sizeFlag, 1, ptr);

  let maximumValue;
  if (acCount > 0) {
    let actualMaximumValue = 0.0;
    for (let i = 0; i < acCount * 3; i++) {
      actualMaximumValue = Math.max(actualMaximumValue, Math.abs(factors.at(i + 3)));
    }
    const quantisedMaximumValue = Math.max(0, Math.min(82, Math.floor(actualMaximumValue * 166 - 0.5)));
    maximumValue = (quantisedMaximumValue + 1) / 166;
    encodeInt(quantisedMaximumValue, 1, ptr);
  } else {
    maximumValue = 1;
    encodeInt(0, 1, ptr);
  }

  encodeInt(encodeDC(factors.at(0), factors.at(1), factors.at(2)), 4, ptr);

  for (let i = 0; i < acCount; i++) {
    encodeInt(encodeAC(factors.at(i * 3 + 3), factors.at(i * 3 + 4), factors.at(i * 3 + 5), maximumValue), 2, ptr);
  }
  return ptr.toString();
}

function encode(width, height, pixels) {
  return blurHashForPixels(4, 3, width, height, pixels, width * 3);
}

// A deterministic test picture: two soft colour gradients, a bright disc and
// a little noise, as bytes 0..255 in RGB order.
function makeImage(w, h, seed) {
  const rng = new Rng(seed);
  const px = new Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = x - w * 0.6;
      const dy = y - h * 0.35;
      const disc = dx * dx + dy * dy < (w * w) / 16 ? 60 : 0;
      const r = 90 + (100 * x) / w + disc + rng.int(24);
      const g = 60 + (80 * y) / h + disc / 2 + rng.int(24);
      const b = 150 - (70 * (x + y)) / (w + h) + rng.int(24);
      const i = 3 * (y * w + x);
      px[i] = Math.min(255, Math.floor(r));
      px[i + 1] = Math.min(255, Math.floor(g));
      px[i + 2] = Math.min(255, Math.floor(b));
    }
  }
  return px;
}

const EXPECTED = { 204: 'LaJZGZ1$I@xGz|S4R,snJAsns-S3', 24: 'LXJPr%2cEj$*+RR.NcsCI[s.xFS4' };

run({
  name: 'blurhash',
  config: { size: 204 },
  small: { size: 24 },
  setup: function (cfg) {
    return { size: cfg.size, pixels: makeImage(cfg.size, cfg.size, 9), expected: EXPECTED[cfg.size] };
  },
  benchmark: function (st) {
    return encode(st.size, st.size, st.pixels);
  },
  check: function (hash, st) {
    return hash === st.expected || 'hash ' + hash + ', expected ' + st.expected;
  },
});
