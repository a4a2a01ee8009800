/**
 * `poll-trend`: poll data, the chart, the words, the table and the report.
 * @module poll-trend
 */
export { apNorcUkraineSupport } from "./data/ap-norc-ukraine.js";
export { apNorcUkraineByParty } from "./data/ap-norc-ukraine-parties.js";
export { PollDataError, type PollDataIssue } from "./model/error.js";
export { type ParseOptions, parseDataset, type SafeParseResult, safeParseDataset } from "./model/parse.js";
export { pollKey } from "./model/polls.js";
export { type SliceRange, sliceDataset } from "./model/slice.js";
export { lineBreaks } from "./model/gaps.js";
export type { PollDataset, PollEvent, PollPoint, PollProcessing, PollSeries, PollSource } from "./model/types.js";
export {
  type AverageEstimate,
  type AverageOptions,
  type HouseEffect,
  type PollAverage,
  pollAverage,
  type PollsterWeighting,
  type SparsePolling,
} from "./average/average.js";
export type { SeriesAverage, StateSpaceNumbers } from "./average/types.js";
export type { AverageMethod } from "./average/options.js";
export type { AverageSetting, TrendAverages } from "./trend/averages.js";
export {
  type AverageFacts,
  compare,
  type DescribeOptions,
  describeTrend,
  type PollChange,
  type PollExtreme,
  type PollGap,
  type SeriesFacts,
  type TrendFacts,
} from "./trend/facts.js";
export type { LeaderFacts, PartFacts, SeriesComparison, SeriesCrossing } from "./trend/relations.js";
export { isPrepared, type PreparedTrend, prepareTrend } from "./trend/prepare.js";
export type { TrendOptions } from "./trend/options.js";
export type {
  AnnounceWords,
  AverageWords,
  Language,
  Measure,
  Method,
  MethodsWords,
  MultiplesWords,
  PanelText,
  Movement,
  PollMethod,
  PollSet,
  Span,
  PollText,
  ReportWords,
  TableWords,
  Value,
  When,
} from "./language/language.js";
export { type LanguageWords, registerLanguage } from "./language/choose.js";
export type { NumberFormat } from "./language/numbers.js";
export { SHORT_SUMMARY_LIMIT, type SummaryOptions, summarizeTrend } from "./summary/summarize.js";
export { type MethodsOptions, methodsNote } from "./summary/methods.js";
export { type DataTableOptions, renderDataTable, TABLE_ROW_LIMIT } from "./summary/table.js";
export type { ChartOptions, Palette, SeriesColor } from "./chart/options.js";
export type { AveragePainter, ChartAverages } from "./chart/averages.js";
export type { AverageWriter, WordsAverages } from "./words/averages.js";
export { renderTrendChart } from "./chart/render.js";
export type { FontMetrics } from "./font/metrics.js";
export { fontMetricsFromFile } from "./font/sfnt.js";
export { MARKER_LIMIT } from "./chart/marks.js";
export { type CsvFilter, type CsvOptions, parseCsv } from "./io/csv.js";
export type { DateFormat } from "./io/columns.js";
export type { Path } from "./model/schema.js";
export { renderReport } from "./report/report.js";
export { type FigureOptions, renderTrendFigure } from "./report/figure.js";
export type { MultiplesOptions } from "./multiples/options.js";
export {
  layoutSmallMultiples,
  type KeyEntry,
  type MultiplesLayout,
  type PanelHeader,
  type PanelLayout,
} from "./multiples/layout.js";
export { renderSmallMultiples } from "./multiples/render.js";
