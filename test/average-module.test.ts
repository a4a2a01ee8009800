import { afterEach, describe, expect, it } from "vitest";
import { useAverageFeature } from "../src/average/engine.js";
import { averages } from "../src/average/feature.js";
import { apNorcUkraineSupport, PollDataError, renderTrendChart, summarizeTrend } from "../src/index.js";
import { chartCases } from "./cases.js";

// An app that never imports "poll-trend/average" (the setup file does, for every other test).
describe('without "poll-trend/average"', () => {
  afterEach(() => useAverageFeature(averages));

  it("draws and describes series of a few polls as ever", () => {
    const before = [renderTrendChart(apNorcUkraineSupport), summarizeTrend(apNorcUkraineSupport)];
    useAverageFeature(undefined);
    expect([renderTrendChart(apNorcUkraineSupport), summarizeTrend(apNorcUkraineSupport)]).toEqual(before);
    expect(renderTrendChart(apNorcUkraineSupport, { average: false })).toBe(before[0]);
  });

  it("refuses a tracker that calls for an average, saying what to import, rather than drawing it without one", () => {
    useAverageFeature(undefined);
    const tracker = chartCases.tracker.data;
    for (const draw of [() => renderTrendChart(tracker), () => summarizeTrend(tracker)]) {
      let error: unknown;
      try {
        draw();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PollDataError);
      expect((error as PollDataError).issues[0]?.where).toBe("options.average");
      expect((error as PollDataError).issues[0]?.message).toMatch(
        /^expected the poll average to be loaded: series "[^"]+" has \d+ polls, which call for an average; import "poll-trend\/average" once before drawing, or pass average: false$/,
      );
    }
    // The polls alone, when asked for.
    expect(renderTrendChart(tracker, { average: false })).toContain("<svg");
  });
});
