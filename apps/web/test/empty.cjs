/* global module */
module.exports = {}
