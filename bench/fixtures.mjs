// Inputs shared by the benchmark and the memory probe.
import { apNorcUkraineSupport } from "poll-trend";

const DAY = 86_400_000;

/** A raw (unparsed) one-series dataset of `count` daily polls, as a user would pass it. */
export function series(count) {
  const t0 = Date.UTC(1970, 0, 1);
  const points = Array.from({ length: count }, (_, i) => ({
    date: new Date(t0 + i * DAY).toISOString().slice(0, 10),
    value: Math.round((50 + 30 * Math.sin(i / (count / 6 + 1)) + 5 * Math.sin(i / 3)) * 10) / 10,
    ...(i % 4 === 0 ? { marginOfError: 3.5 } : {}),
  }));
  return {
    title: `${count} polls`,
    source: { name: "Bench" },
    population: "adults",
    series: [{ id: "s", label: "Approve", points }],
  };
}

/** The bundled dataset as raw JSON, so every renderer starts from the same plain objects. */
export const bundled = JSON.parse(JSON.stringify(apNorcUkraineSupport));

/**
 * A raw tracker: 5,000 polls by 12 pollsters in 2 series (2,500 polls, each asking both questions),
 * over four years, from a known curve with each pollster's house effect and sampling noise, several
 * polls ending on some days. Deterministic (a fixed-seed generator).
 */
export function tracker(polls = 2500) {
  let seed = 20261128;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const normal = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  const t0 = Date.UTC(2017, 0, 20);
  const pollsters = Array.from({ length: 12 }, (_, i) => ({
    name: `Pollster ${String.fromCharCode(65 + i)}`,
    house: normal() * 2,
    size: [800, 1000, 1200, 1500, 2000, 5000][i % 6],
  }));
  const rows = Array.from({ length: polls }, (_, i) => {
    const day = Math.floor((i / polls) * 1460 + random() * 3);
    const pollster = pollsters[Math.floor(random() * pollsters.length)];
    const truth = 42 + 4 * Math.sin(day / 180);
    const noise = (p) => 100 * Math.sqrt(((p / 100) * (1 - p / 100)) / pollster.size) * normal();
    const approve = Math.round((truth + pollster.house + noise(truth)) * 10) / 10;
    const disapprove = Math.round((100 - truth - 6 - pollster.house + noise(52)) * 10) / 10;
    const date = new Date(t0 + day * DAY).toISOString().slice(0, 10);
    const fieldStart = new Date(t0 + (day - 2 - (i % 4)) * DAY).toISOString().slice(0, 10);
    return { date, fieldStart, pollster: pollster.name, sampleSize: pollster.size, approve, disapprove };
  });
  // One poll per pollster and field dates: drop the rare exact repeat a random draw can make.
  const unique = [...new Map(rows.map((r) => [`${r.date}|${r.fieldStart}|${r.pollster}`, r])).values()];
  const points = (key) =>
    unique.map(({ date, fieldStart, pollster, sampleSize, [key]: value }) => ({
      date,
      fieldStart,
      pollster,
      sampleSize,
      value,
    }));
  return {
    title: "Approval tracker",
    source: { name: "Bench" },
    series: [
      { id: "approve", label: "Approve", points: points("approve") },
      { id: "disapprove", label: "Disapprove", points: points("disapprove") },
    ],
  };
}

/**
 * One raw series of `count` polls by 12 pollsters over four years, for the average's cost per poll:
 * the same curve and house effects as {@link tracker}, every poll distinct (pollster and field start
 * cycle within a day), deterministic.
 */
export function manyPolls(count) {
  let seed = 20260519;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const normal = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  const t0 = Date.UTC(2017, 0, 20);
  const houses = Array.from({ length: 12 }, () => normal() * 2);
  const iso = (day) => new Date(t0 + day * DAY).toISOString().slice(0, 10);
  const points = Array.from({ length: count }, (_, i) => {
    const day = Math.floor((i * 1460) / count);
    const k = i % 12;
    const truth = 42 + 4 * Math.sin(day / 180);
    const value = Math.round((truth + (houses[k] ?? 0) + 1.6 * normal()) * 10) / 10;
    return {
      date: iso(day),
      fieldStart: iso(day - 2 - (Math.floor(i / 12) % 7)),
      pollster: `Pollster ${k}`,
      sampleSize: 1000,
      value,
    };
  });
  return { title: `${count} polls`, series: [{ id: "approve", label: "Approve", points }] };
}

export const inputs = {
  bundled,
  20: series(20),
  2000: series(2000),
  10000: series(10000),
  20000: series(20000),
  tracker: tracker(),
};
