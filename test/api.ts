// The public API as an app that passes poll-trend's optional parts calls it: every output gets the poll
// average and Spanish (test/average-module.test.ts tests the outputs without them).
import * as chartLayout from "../src/chart/layout.js";
import type { MountOptions } from "../src/dom/mount.js";
import * as dom from "../src/dom/mount.js";
import * as core from "../src/index.js";
import { carried } from "./parts.js";

export * from "../src/index.js";

type Input = core.PollDataset | core.PreparedTrend;

export const renderTrendChart = (input: Input, options?: core.ChartOptions) =>
  core.renderTrendChart(input, { ...carried, ...options });
export const summarizeTrend = (input: Input, options?: core.SummaryOptions) =>
  core.summarizeTrend(input, { ...carried, ...options });
export const prepareTrend = (input: Input, options?: core.TrendOptions) =>
  core.prepareTrend(input, { ...carried, ...options });
export const describeTrend = (input: core.PollDataset, options?: core.DescribeOptions) =>
  core.describeTrend(input, { averages: carried.averages, ...options });
export const renderReport = (input: Input, options?: core.ChartOptions) =>
  core.renderReport(input, { ...carried, ...options });
export const renderTrendFigure = (input: core.PollDataset, options?: core.FigureOptions) =>
  core.renderTrendFigure(input, { ...carried, ...options });
export const methodsNote = (input: Input, options?: core.MethodsOptions) =>
  core.methodsNote(input, { languages: carried.languages, ...options });
export const renderDataTable = (input: Input, options?: core.DataTableOptions) =>
  core.renderDataTable(input, { languages: carried.languages, ...options });
export const layout = (input: Input, options?: core.ChartOptions) =>
  chartLayout.layout(input, { ...carried, ...options });
export const mountFigure = (container: HTMLElement, options?: MountOptions) =>
  dom.mountFigure(container, { ...carried, ...options });
export const mountTrendChart = (container: HTMLElement, dataset: core.PollDataset, options?: MountOptions) =>
  dom.mountTrendChart(container, dataset, { ...carried, ...options });
