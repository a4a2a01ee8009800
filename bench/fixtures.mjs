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
  return { title: `${count} polls`, source: { name: "Bench" }, population: "adults", series: [{ id: "s", label: "Approve", points }] };
}

/** The bundled dataset as raw JSON, so every renderer starts from the same plain objects. */
export const bundled = JSON.parse(JSON.stringify(apNorcUkraineSupport));

export const inputs = { bundled, 20: series(20), 2000: series(2000), 10000: series(10000), 20000: series(20000) };
