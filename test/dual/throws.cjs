// The CommonJS build, loaded by require(): throws its own PollDataError.
const { parseDataset, PollDataError } = require("../../dist/index.cjs");

exports.PollDataError = PollDataError;
exports.fromCommonJs = () => {
  try {
    parseDataset({ title: "t", series: [] });
  } catch (error) {
    return error;
  }
};
