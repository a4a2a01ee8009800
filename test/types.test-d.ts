import { expectTypeOf, test } from "vitest";
import { apNorcUkraineSupport, type PollDataset, type PollPoint, parseDataset, safeParseDataset } from "../src/index.js";

test("parseDataset returns a PollDataset from unknown input", () => {
  expectTypeOf(parseDataset).parameter(0).toEqualTypeOf<unknown>();
  expectTypeOf(parseDataset({})).toEqualTypeOf<PollDataset>();
});

test("a frozen dataset is accepted", () => {
  const frozen = Object.freeze({ title: "t", series: Object.freeze([Object.freeze({ id: "a", label: "A", points: Object.freeze([Object.freeze({ date: "2020-01-01", value: 1 })]) })]) });
  expectTypeOf(frozen).toExtend<PollDataset>();
  expectTypeOf(apNorcUkraineSupport).toEqualTypeOf<PollDataset>();
});

test("safeParseDataset narrows on ok", () => {
  const result = safeParseDataset({});
  if (result.ok) expectTypeOf(result.value).toEqualTypeOf<PollDataset>();
  else expectTypeOf(result.issues[0]).toEqualTypeOf<{ readonly path: string; readonly message: string } | undefined>();
});

test("the model's fields are readonly", () => {
  expectTypeOf<PollPoint["value"]>().toEqualTypeOf<number>();
  // @ts-expect-error points cannot be pushed to
  (null as unknown as PollDataset).series[0]?.points.push({ date: "2020-01-01", value: 1 });
});
