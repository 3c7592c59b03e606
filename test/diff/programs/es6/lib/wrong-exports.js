// reassigning `exports` does not change what require() returns
exports.kept = 'kept';
exports = { lost: 'lost' };
exports.alsoLost = true;
module.exports.afterwards = 'added via module.exports';
