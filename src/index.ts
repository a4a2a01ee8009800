export { apNorcUkraineSupport } from "./data/ap-norc-ukraine.js";
export { PollDataError } from "./model/error.js";
export { parseDataset, type SafeParseResult, safeParseDataset } from "./model/parse.js";
export { type SliceRange, sliceDataset } from "./model/slice.js";
export type { PollDataIssue, PollDataset, PollEvent, PollPoint, PollSeries, PollSource } from "./model/types.js";
export { compare, describeTrend, type PollChange, type PollExtreme, type SeriesComparison, type SeriesFacts, type TrendFacts } from "./summary/facts.js";
export { SHORT_SUMMARY_LIMIT, type SummaryOptions, summarizeTrend } from "./summary/summarize.js";
export { methodsNote } from "./summary/methods.js";
export { type DataTableOptions, renderDataTable } from "./summary/table.js";
