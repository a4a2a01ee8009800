// Loads the ESM build and the CommonJS build in one process and checks instanceof both ways.
import { createRequire } from "node:module";
import { parseDataset, PollDataError } from "../../dist/index.js";

const cjs = createRequire(import.meta.url)("./throws.cjs");
let fromEsm;
try {
  parseDataset({ title: "t", series: [] });
} catch (error) {
  fromEsm = error;
}
const fromCjs = cjs.fromCommonJs();
class Narrower extends PollDataError {}
console.log(
  JSON.stringify({
    distinctClasses: cjs.PollDataError !== PollDataError,
    cjsErrorIsEsmClass: fromCjs instanceof PollDataError,
    esmErrorIsCjsClass: fromEsm instanceof cjs.PollDataError,
    plainErrorIsNot: new Error("x") instanceof PollDataError || new Error("x") instanceof cjs.PollDataError,
    subclassStaysNarrow: fromEsm instanceof Narrower,
    issues: fromCjs?.issues?.[0]?.where,
  }),
);
