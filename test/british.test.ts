import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { announcePoll, announceWords, pollName } from "../src/chart/announce.js";
import { british } from "../src/entries/en-gb.js";
import { enGb, enGbMethods } from "../src/language/en-gb.js";
import { numberFormat } from "../src/language/numbers.js";
import {
  apNorcUkraineSupport,
  layout,
  methodsNote,
  PollDataError,
  type PollDataset,
  renderDataTable,
  renderReport,
  renderTrendChart,
  summarizeTrend,
} from "./api.js";
import { tracker } from "./cases.js";

// British English, poll-trend/en-gb (issue 23): the Guardian's dates in every output, "per cent" in
// words, and lang with the locale's region. Every expected text is written by hand from the style.

const gb = { locale: "en-GB" } as const;
const f = numberFormat("en-GB");
const NBSP = "\u00a0";
const errorOf = (run: () => unknown): PollDataError => {
  try {
    run();
  } catch (error) {
    if (error instanceof PollDataError) return error;
    throw error;
  }
  throw new Error("expected a PollDataError");
};

/** One event the chart labels in its footer rather than on its rule: "Dashed line: …, 24 July 2019". */
const johnson: PollDataset = {
  title: "Conservative lead",
  population: "British adults",
  series: [
    {
      id: "c",
      label: "Conservatives",
      points: [
        { date: "2019-06-30", fieldStart: "2019-06-26", value: 25, pollster: "Ipsos" },
        { date: "2019-09-02", fieldStart: "2019-08-30", value: 33, pollster: "YouGov" },
        { date: "2019-12-11", fieldStart: "2019-12-10", value: 43, pollster: "Ipsos" },
      ],
    },
  ],
  events: [{ date: "2019-07-24", label: "Johnson becomes PM" }],
};

describe("British English dates in every output", () => {
  it("writes the summary's days and months the British way, and nothing else differently", () => {
    const summary = summarizeTrend(tracker, gb);
    // The American summary with its days written the British way, by hand: "April 29, 2020" is "29 April
    // 2020", "Dec. 18, 2017" "18 December 2017", "April 26–29, 2020" "26–29 April 2020".
    const MONTHS: Record<string, string> = {
      "Jan.": "January",
      "Feb.": "February",
      "Aug.": "August",
      "Sept.": "September",
      "Oct.": "October",
      "Nov.": "November",
      "Dec.": "December",
    };
    const british = summarizeTrend(tracker, { locale: "en-US" }).replace(
      /\b(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2})(–\d{1,2})?, (\d{4})/g,
      (_, month: string, day: string, to = "", year: string) => `${day}${to} ${MONTHS[month] ?? month} ${year}`,
    );
    expect(summary).toBe(british);
    expect(summary).toMatch(/ on 29 April 2020, (up|down) \d+\.\d percentage points? from a month earlier\./);
    expect(summary).toContain("The latest poll, by IBD/TIPP (26–29 April 2020), found 44%.");
    expect(summary).not.toMatch(/\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.|April 29|Dec\. 18/);
    expect(summarizeTrend(tracker, { ...gb, length: "short" })).toMatch(
      /^Approve: \d+\.\d% in the poll average on 29 April 2020, (up|down) \d+\.\d percentage points? in a month; Disapprove: \d+\.\d%\.$/,
    );
  });

  it("writes the methods note's field dates with no comma after the year, and 'on' before a day", () => {
    expect(methodsNote(apNorcUkraineSupport, gb)).toBe(
      "The AP-NORC poll of 1,239 U.S. adults was conducted 2–6 November 2023. The margin of sampling error is ±3.9 percentage points.",
    );
    expect(methodsNote(tracker, gb)).toBe(
      "The 312 polls, by seven pollsters, were conducted from 20 January 2017 to 29 April 2020 among registered voters, adults and likely voters, with 823 to 3,038 respondents each.",
    );
    expect(enGbMethods.pollMethod({ end: "2019-12-11", pollster: "Ipsos" }, f)).toBe(
      "The Ipsos poll was completed on 11 December 2019.",
    );
  });

  it("dates field days within a month, across months and across years", () => {
    expect(enGb.dateRange("2023-01-26", "2023-01-30")).toBe("26–30 January 2023");
    expect(enGb.dateRange("2023-01-30", "2023-02-02")).toBe("30 January–2 February 2023");
    expect(enGb.dateRange("2022-12-30", "2023-01-03")).toBe("30 December 2022–3 January 2023");
    expect(enGb.fullDate("2019-12-11")).toBe("11 December 2019");
    expect(enGb.monthYear("2019-12-11")).toBe("December 2019");
  });

  it("abbreviates months on a narrow axis in three letters with no full stop", () => {
    const day = new Date(Date.UTC(2023, 8, 5));
    expect(enGb.tick(day, "month", true)).toBe("Sep");
    expect(enGb.tick(new Date(Date.UTC(2023, 5, 1)), "month", true)).toBe("Jun");
    expect(enGb.tick(day, "month", false)).toBe("September");
    expect(enGb.tick(day, "day", false)).toBe("5 Sep");
    const narrow = renderTrendChart(apNorcUkraineSupport, { ...gb, width: 320 });
    expect(narrow).toMatch(/>Jul<\/text>/);
    expect(narrow).toMatch(/>Jan<\/text>/);
    expect(narrow).not.toMatch(/>(Jan|Jul)\.</);
  });

  it("dates the chart's labels and footer the British way", () => {
    const svg = renderTrendChart(apNorcUkraineSupport, gb);
    expect(svg).toContain('aria-label="Event, 24 February 2022: Russia invades Ukraine"');
    expect(svg).toContain(
      'aria-label="Favor providing weapons, 26–30 January 2023: 48%, margin of error ±4.2 percentage points, 1,068 respondents"',
    );
    // Events whose labels find no room by their rules are named in the footer, with their dates.
    const crowded = {
      ...johnson,
      events: ["Johnson becomes PM", "Prorogation", "Benn Act", "Deal agreed", "Election called"].map((label, i) => ({
        date: `2019-07-2${i}`,
        label,
      })),
    };
    const footer = renderTrendChart(crowded, { ...gb, width: 320 });
    expect(footer).toMatch(/>Dashed lines?: [^<]*, 2\d July 2019[.;]/);
    expect(footer).not.toMatch(/July 2\d, 2019/);
    expect(enGb.eventsNote([{ label: "Johnson becomes PM", date: enGb.fullDate("2019-07-24") }])).toBe(
      "Dashed line: Johnson becomes PM, 24 July 2019.",
    );
  });

  it("dates the table's rows, and says 'per cent' in its caption and the report's", () => {
    const table = renderDataTable(apNorcUkraineSupport, gb);
    expect(table).toContain('<th scope="row">26–30 January 2023</th>');
    expect(table).toContain(
      "<caption>Support for arming Ukraine fell after the first months of the war. Per cent of U.S. adults</caption>",
    );
    const report = renderReport(johnson, gb);
    expect(report).toContain(">Every poll, per cent of British adults<");
    expect(report).toContain(">10–11 December 2019<");
  });

  it("dates what poll-trend/dom says, and gives a name in s its ’s", () => {
    const chart = layout(johnson, gb);
    expect(announcePoll(chart, 0, 2)).toBe(
      "Conservatives, Ipsos, 10–11 December 2019: 43%, up 18 percentage points from Ipsos’s poll of June 2019, no margin of error published, among British adults, 3 of 3, the latest poll",
    );
    expect(pollName(chart, 0, 1)).toBe("YouGov, 30 August–2 September 2019: 33%");
    expect(announceWords(chart).change(2, "share", "June 2019", "McLaughlin & Associates", f)).toBe(
      "up 2 percentage points from McLaughlin & Associates’ poll of June 2019",
    );
  });

  it("serves en-AU, en-IE, en-NZ and en-IN with their own numbers and lang, and en-UK as a British desk means it", () => {
    for (const locale of ["en-AU", "en-IE", "en-NZ", "en-IN", "en-UK"]) {
      const svg = renderTrendChart(apNorcUkraineSupport, { locale });
      // The United Kingdom's region is GB: lang names it so for a screen reader.
      const lang = locale === "en-UK" ? "en-GB" : locale;
      expect(svg).toContain(`lang="${lang}" xml:lang="${lang}"`);
      expect(svg).toContain("Event, 24 February 2022: Russia invades Ukraine");
    }
    // Indian English groups by lakhs.
    const big: PollDataset = {
      ...johnson,
      series: [{ ...johnson.series[0]!, points: [{ date: "2019-12-11", value: 43, sampleSize: 123456 }] }],
    };
    expect(methodsNote(big, { locale: "en-IN" })).toContain("1,23,456 British adults");
  });
});

describe("without poll-trend/en-gb", () => {
  it("refuses a British locale, naming the import, rather than writing American English", () => {
    for (const locale of ["en-GB", "en-UK", "en-AU", "en-IE", "en-NZ", "en-IN", "en-GB-u-nu-latn"]) {
      const error = errorOf(() => summarizeTrend(apNorcUkraineSupport, { locale, languages: [] }));
      expect(error.issues[0]?.where).toBe("options.languages");
      expect(error.issues[0]?.message).toContain('import { british } from "poll-trend/en-gb"');
    }
  });

  it("keeps American English for the Englishes that write it, and a Spanish app needs no British", () => {
    for (const locale of ["en-US", "en-CA", "en"])
      expect(summarizeTrend(apNorcUkraineSupport, { locale, languages: [] })).toMatch(/^In November 2023, /);
    expect(() => summarizeTrend(apNorcUkraineSupport, { locale: "es-US" })).not.toThrow();
    expect(british.tags).toEqual(["en-gb", "en-uk", "en-au", "en-ie", "en-nz", "en-in"]);
  });
});

describe("lang: the words' language with the locale's region", () => {
  const langOf = (svg: string) => /<svg [^>]*lang="([^"]*)" xml:lang="([^"]*)"/.exec(svg)?.slice(1);

  it("on the SVG, the report's <html>, the table and the report's live chart", () => {
    for (const [locale, lang] of [
      ["en-US", "en-US"],
      ["en-GB", "en-GB"],
      ["es-MX", "es-MX"],
      ["es-ES", "es-ES"],
      ["es", "es"],
      ["en", "en"],
    ] as const) {
      expect(langOf(renderTrendChart(apNorcUkraineSupport, { locale }))).toEqual([lang, lang]);
      expect(renderReport(apNorcUkraineSupport, { locale })).toMatch(
        new RegExp(`^<!doctype html>\\n<html lang="${lang}">`),
      );
      expect(renderDataTable(apNorcUkraineSupport, { locale })).toMatch(new RegExp(`^<table [^>]*lang="${lang}"`));
    }
    const page = new JSDOM(renderReport(apNorcUkraineSupport, gb), { runScripts: "dangerously" }).window.document;
    expect(page.querySelector(".pt-live svg")?.getAttribute("lang")).toBe("en-GB");
    expect(page.querySelector(".pt-live svg desc")?.textContent).toMatch(/in November 2023/);
  });

  it("English words with German numbers are lang=\"en\", the words' language, and their 95 is '95 %'", () => {
    const de = { locale: "de-DE" } as const;
    const svg = renderTrendChart(apNorcUkraineSupport, de);
    expect(langOf(svg)).toEqual(["en", "en"]);
    expect(renderReport(apNorcUkraineSupport, de)).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(svg).toContain(`48${NBSP}%`);
    const summary = summarizeTrend(tracker, de);
    const n = `\\d+,\\d${NBSP}%`;
    expect(summary).toMatch(new RegExp(`The average itself lies between ${n} and ${n} with 95${NBSP}% confidence\\.`));
    expect(summary).toMatch(new RegExp(`95${NBSP}% of single polls are expected to fall between ${n} and ${n}\\.`));
    expect(layout(tracker, de).notes.join(" ")).toContain(`bands: 95${NBSP}% confidence ranges`);
  });

  it("es-ES's 95 has Spain's no-break space, in the footer and the average's sentences", () => {
    const es = { locale: "es-ES" } as const;
    // The footer's note as one sentence, before it wraps into lines.
    expect(layout(tracker, es).notes.join(" ")).toContain(`intervalos de confianza del 95${NBSP}%`);
    expect(summarizeTrend(tracker, es)).toContain(`Con un nivel de confianza del 95${NBSP}%, el promedio se sitúa`);
    expect(summarizeTrend(tracker, { locale: "es-MX" })).toBe(summarizeTrend(tracker, { locale: "es-US" }));
  });
});
