// helper module exporting a single function
module.exports = function makeCounter(start) {
  let n = start;
  return { next: () => ++n, peek: () => n };
};
