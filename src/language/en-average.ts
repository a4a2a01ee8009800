import { formatMonthYear } from "./dates-en.js";
import type { AverageWords } from "./language.js";
import { count } from "./en-count.js";
import { direction, list, points, quoted } from "./en.js";

/** English words of poll averages, carried by poll-trend/average. */
export const enAverage: AverageWords = {
  aboveThroughout: (higher, lower, span) =>
    `The ${quoted(higher)} average was above the ${quoted(lower)} average throughout, from ${span}, and so was the ` +
    `mean of the polls in every month.`,
  shortAverage: (label, v, date, change) =>
    `${label ? `${label}: ` : ""}${v} in the poll average on ${date}${change ?? ""}`,
  inAMonth: (size, measure, f) =>
    size === 0 ? ", unchanged in a month" : `, ${direction(size)} ${points(size, measure, f)} in a month`,
  method: (m, f) =>
    [
      m.kind === "kalman"
        ? "a daily estimate that follows the polls as they come"
        : `LOESS over windows of about ` +
          `${f.number(m.windowDays)}${m.windowsTo ? ` to ${f.number(m.windowsTo)}` : ""} ` +
          `days${m.widenedTo ? `, widened to as much as ${f.number(m.widenedTo)} days where polls were sparse` : ""}`,
      ...(m.eachPollsterOnce ? ["each pollster counted once"] : []),
      ...(m.largerPollsWeighted ? ["larger polls weighted more"] : []),
      ...(m.houseEffects ? ["adjusted for each pollster’s house effect"] : []),
    ].join(", "),
  marksNote: (band, f) =>
    `Lines: poll ` +
    `averages` +
    `${
      band === "average"
        ? `; bands: ${f.percent(95)} confidence ranges`
        : band === "polls"
          ? `; bands: where ${f.percent(95)} of polls fall`
          : ""
    }; dots: polls`,
  methodsOnce: (methods) => `Averages: ${methods.join("; ")}.`,
  methodInSummary: (method) => (/^LOESS/.test(method) ? `a ${method.replace(/^LOESS/, "LOESS trend line")}` : method),
  subject: (label, predicate, population) =>
    predicate ? `the share of ${population ?? "respondents"} who ${predicate}` : quoted(label),
  averageLead: (a, f) => {
    const polls = `${count(a.polls, f)} ${a.polls === 1 ? "poll" : "polls"}`;
    const since = a.change?.since ? `from ${a.change.since}` : "from a month earlier";
    const change =
      a.change === undefined
        ? ""
        : a.change.points === 0
          ? `, unchanged ${since}`
          : `, ${direction(a.change.points)} ${points(a.change.points, a.change.measure, f)} ${since}`;
    return (
      `The poll average of ${polls}${a.method ? ` (${a.method})` : ""} put ${a.subject} at ${a.value} on ` +
      `${a.date}${change}.`
    );
  },
  pollBand: (lo, hi, f) => `${f.percent(95)} of single polls are expected to fall between ${lo} and ${hi}.`,
  averageInterval: (lo, hi, f) => `The average itself lies between ${lo} and ${hi} with ${f.percent(95)} confidence.`,
  averageHighLow: (high, highDate, low, lowDate) =>
    `The average was highest, ${high}, on ${highDate}, and lowest, ${low}, on ${lowDate}.`,
  averageExtreme: (kind, v, date) => `The average was ${kind === "high" ? "highest" : "lowest"}, ${v}, on ${date}.`,
  latestPoll: (pollster, span, v) => `The latest poll${pollster ? `, by ${pollster}` : ""} (${span}), found ${v}.`,
  latestPolls: (n, day, lo, hi, f) => `The latest ${count(n, f)} polls, which ended on ${day}, found ${lo} to ${hi}.`,
  latestPollsBy: (day, polls) =>
    `The latest polls ended on ${day}: ` +
    `${list(
      polls.map((p, i) => `${p.pollster}${i === 0 ? " found" : ""} ${p.value}${p.from ? ` (from ${p.from})` : ""}`),
    )}.`,
  notAcrossGaps: (count, from, to) =>
    `The average is not drawn across ${count > 1 ? "gaps in the polling, the longest" : "a gap in the polling,"} ` +
    `with no poll reporting it between ${formatMonthYear(from)} and ${formatMonthYear(to)}.`,
  tooFewPolls: (stretches) =>
    `The average stops where it would be too uncertain to publish (too few polls, or polls too much at odds): ` +
    `${list(stretches)}.`,
  windowsDiffer: (windows, f) =>
    `The windows differ by series: ${windows.map((w) => `${w.label}, about ${f.number(w.days)} days`).join("; ")}.`,
  averageLabel: (a, f) =>
    `${a.label}, poll average (${a.method}) of ${f.number(a.polls)} polls: ${a.value} on ${a.date}${
      a.band === "polls"
        ? `; ${f.percent(95)} of polls expected between ${a.lo} and ${a.hi}`
        : a.band === "average"
          ? `; the average itself between ${a.lo} and ${a.hi} with ${f.percent(95)} confidence`
          : ""
    }`,
};
