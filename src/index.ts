export { apNorcUkraineSupport } from "./data/ap-norc-ukraine.js";
export { PollDataError } from "./model/error.js";
export { parseDataset, type SafeParseResult, safeParseDataset } from "./model/parse.js";
export { type SliceRange, sliceDataset } from "./model/slice.js";
export type { PollDataIssue, PollDataset, PollEvent, PollPoint, PollSeries, PollSource } from "./model/types.js";
