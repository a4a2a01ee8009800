import { expectTypeOf, test } from "vitest";
import {
  apNorcUkraineSupport,
  describeTrend,
  methodsNote,
  type PollDataIssue,
  type PollDataset,
  type PollPoint,
  parseDataset,
  renderDataTable,
  renderReport,
  renderTrendChart,
  safeParseDataset,
  summarizeTrend,
} from "../src/index.js";

test("parseDataset returns a PollDataset from unknown input", () => {
  expectTypeOf(parseDataset).parameter(0).toEqualTypeOf<unknown>();
  expectTypeOf(parseDataset({})).toEqualTypeOf<PollDataset>();
});

test("a frozen dataset is accepted", () => {
  const frozen = Object.freeze({
    title: "t",
    series: Object.freeze([
      Object.freeze({ id: "a", label: "A", points: Object.freeze([Object.freeze({ date: "2020-01-01", value: 1 })]) }),
    ]),
  });
  expectTypeOf(frozen).toExtend<PollDataset>();
  expectTypeOf(apNorcUkraineSupport).toEqualTypeOf<PollDataset>();
});

test("safeParseDataset narrows on ok", () => {
  const result = safeParseDataset({});
  if (result.ok) expectTypeOf(result.value).toEqualTypeOf<PollDataset>();
  else expectTypeOf(result.issues[0]).toEqualTypeOf<PollDataIssue | undefined>();
});

test("the model's fields are readonly", () => {
  expectTypeOf<PollPoint["value"]>().toEqualTypeOf<number>();
  // @ts-expect-error points cannot be pushed to
  (null as unknown as PollDataset).series[0]?.points.push({ date: "2020-01-01", value: 1 });
});

test("the rendering functions take a PollDataset, so the compiler catches a misspelled field or a string value", () => {
  expectTypeOf(renderTrendChart).parameter(0).toEqualTypeOf<PollDataset>();
  for (const fn of [summarizeTrend, describeTrend, methodsNote, renderDataTable, renderReport])
    expectTypeOf(fn).parameter(0).toEqualTypeOf<PollDataset>();
  // @ts-expect-error "lable" is not a field of a series
  renderTrendChart({ title: "t", series: [{ id: "a", lable: "A", points: [{ date: "2020-01-01", value: 52 }] }] });
  // @ts-expect-error a value is a number of percent, not a string
  summarizeTrend({ title: "t", series: [{ id: "a", label: "A", points: [{ date: "2020-01-01", value: "52" }] }] });
  // A correct literal compiles.
  renderTrendChart({ title: "t", series: [{ id: "a", label: "A", points: [{ date: "2020-01-01", value: 52 }] }] });
});
