// number literal forms
console.log(0, 1, 42, 0.0, 10.0, 0.50);
console.log(0x0, 0xff, 0xFF, 0x10, 0xdeadbeef, 0x7fffffff, 0xffffffff);
console.log(1e0, 1e1, 1e3, 1E3, 2.5e2, 1e-3, 1.5e-7, 1e21, 1e+21, 123e-2);
console.log(.5, 5., 0.1, 0.125, 3.14159, 1.0, 2.50);
console.log(1e300 * 1e10, -1e300 * 1e10);
console.log(9007199254740991, 9007199254740992, 9007199254740993);
console.log(0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 100 / 3);
console.log(5e-324, 5e-324 / 2, 1.7976931348623157e308);
console.log(-0x10, -1e3, -.5);
console.log(typeof 0x10, typeof 1e5, typeof .5);
console.log(0xa + 0xb, 1e2 + 1, 0.5 + .5);
console.log(123456789, 1234567890123, 12345678901234567890);
console.log(1000000, 10000000, 100000000000000000000, 1000000000000000000000);
console.log(0.000001, 0.0000001, 0.00000123);
console.log(4.35, 0.7, 1.005, 2.675);
console.log(2 ** 53, 2 ** 64, 2 ** -1, 2 ** 0.5);
console.log(1 / 3, 2 / 3, 10 / 4, 7 / 7);
