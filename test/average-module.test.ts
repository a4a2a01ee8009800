import { describe, expect, it } from "vitest";
import {
  apNorcUkraineSupport,
  PollDataError,
  prepareTrend,
  registerLanguage,
  renderTrendChart,
  summarizeTrend,
} from "../src/index.js";
import { en } from "../src/language/en.js";
import { chartCases } from "./cases.js";
import { averages, spanish } from "./parts.js";

const errorOf = (draw: () => unknown): PollDataError => {
  try {
    draw();
  } catch (error) {
    if (error instanceof PollDataError) return error;
    throw error;
  }
  throw new Error("expected a PollDataError");
};

// The optional parts are values passed to an output, never registered: the same call gives the same
// output whatever else the app imported, and nothing outside the call is read or changed.
describe("optional parts passed, not registered", () => {
  it("draws and describes series of a few polls alike with and without the averages", () => {
    const bare = [renderTrendChart(apNorcUkraineSupport), summarizeTrend(apNorcUkraineSupport)];
    const withAverages = [
      renderTrendChart(apNorcUkraineSupport, { averages }),
      summarizeTrend(apNorcUkraineSupport, { averages }),
    ];
    expect(withAverages).toEqual(bare);
    expect(renderTrendChart(apNorcUkraineSupport, { average: false })).toBe(bare[0]);
  });

  it("refuses a tracker that calls for an average without the averages, saying what to import", () => {
    const tracker = chartCases.tracker.data;
    for (const draw of [() => renderTrendChart(tracker), () => summarizeTrend(tracker)]) {
      const error = errorOf(draw);
      expect(error.issues[0]?.where).toBe("options.averages");
      expect(error.issues[0]?.message).toMatch(
        /^expected the poll average: series "[^"]+" has \d+ polls, which call for an average; pass \{ averages \}, from import \{ averages \} from "poll-trend\/average", or average: false$/,
      );
    }
    // The polls alone, when asked for.
    expect(renderTrendChart(tracker, { average: false })).toContain("<svg");
  });

  it("gives the same output for one prepared trend, whatever was prepared or drawn before", () => {
    const tracker = chartCases.tracker.data;
    const trend = prepareTrend(tracker, { averages });
    const first = [renderTrendChart(trend), summarizeTrend(trend)];
    // Other calls in between, with and without parts: nothing of theirs stays behind.
    renderTrendChart(tracker, { average: false });
    summarizeTrend(apNorcUkraineSupport, { locale: "es-US", languages: [spanish] });
    expect(() => summarizeTrend(tracker)).toThrow(PollDataError);
    expect([renderTrendChart(trend), summarizeTrend(trend)]).toEqual(first);
    expect(first[1]).toMatch(/poll average/);
  });

  it("refuses averages that cannot write or draw themselves where the output needs them", () => {
    const tracker = chartCases.tracker.data;
    const numbersOnly = { estimate: averages.estimate, describe: averages.describe };
    const trend = prepareTrend(tracker, { averages: numbersOnly });
    expect(errorOf(() => summarizeTrend(trend)).issues[0]?.message).toMatch(/whose words say what an average is/);
    expect(errorOf(() => renderTrendChart(trend)).issues[0]?.where).toBe("options.averages");
  });

  it("refuses a Spanish locale without Spanish, naming the import, rather than writing English", () => {
    for (const locale of ["es-US", "es-ES", "es-MX", "es"]) {
      const error = errorOf(() => summarizeTrend(apNorcUkraineSupport, { locale }));
      expect(error.issues[0]?.where).toBe("options.languages");
      expect(error.issues[0]?.message).toContain('import { spanish } from "poll-trend/es"');
    }
    // A language poll-trend has no words for keeps English words with its own numbers.
    expect(summarizeTrend(apNorcUkraineSupport, { locale: "fr-FR" })).toMatch(
      /^In November 2023, 48\s% of U\.S\. adults/,
    );
  });

  it("takes a language of one's own from registerLanguage, for its tags only", () => {
    const shouting = registerLanguage(["xx", "xy-ZZ"], {
      words: { ...en, tag: "xx", capital: (text: string) => text.toUpperCase() },
    });
    expect(shouting.tags).toEqual(["xx", "xy-zz"]);
    const short = (locale: string) =>
      summarizeTrend(apNorcUkraineSupport, { locale, languages: [shouting], length: "short" });
    expect(renderTrendChart(apNorcUkraineSupport, { locale: "xx", languages: [shouting] })).toContain('lang="xx"');
    expect(short("xy-ZZ")).toBe(short("xx"));
    // Not for a locale it does not serve.
    expect(() => summarizeTrend(apNorcUkraineSupport, { locale: "xy-AA", languages: [shouting] })).not.toThrow();
    expect(renderTrendChart(apNorcUkraineSupport, { locale: "xy-AA", languages: [shouting] })).toContain('lang="en"');
    expect(() => registerLanguage("not a tag", { words: en })).toThrow(TypeError);
  });
});
