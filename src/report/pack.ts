import type { PollDataset, PollPoint } from "../model/types.js";

// A long list's data, packed for a report's page: the live chart needs every poll, and a whole term's
// tracker written point by point as JSON is 2.4 MB (each poll's dates, pollster, sample and ids
// written again in every series). Packed, a poll's fields are one row shared by its series, each
// repeated string is written once, and a series is its rows and values: about a sixth of that. The
// report's own script unpacks it before the chart mounts, so poll-trend/dom reads the dataset as ever.

/** A dataset packed: its series without points, the polls' rows and each series' values. */
export interface PackedData {
  /** The dataset and options as the live chart takes them, every series' `points` empty. */
  readonly config: { readonly dataset: PollDataset; readonly options: unknown };
  /** The point fields of the rows, in order. */
  readonly fields: readonly string[];
  /** The fields whose values are all text: a number there is an index in `strings`. */
  readonly text: readonly string[];
  /** Strings used more than once in the rows, each written once. */
  readonly strings: readonly string[];
  /**
   * One row per distinct reading of a poll (a point without its value): its fields' values, `null` where it has none.
   */
  readonly rows: readonly (readonly unknown[])[];
  /** Per series: each point's row, as the step from the previous point's row, and each point's value. */
  readonly points: readonly (readonly [readonly number[], readonly number[]])[];
}

/** Packs a dataset and its live options: the inverse of {@link unpack}. */
export function pack(dataset: PollDataset, options: unknown): PackedData {
  const rows = new Map<string, number>();
  const readings: Record<string, unknown>[] = [];
  const points = dataset.series.map((s) => {
    const steps: number[] = [];
    const values: number[] = [];
    let last = 0;
    for (const { value, ...rest } of s.points) {
      const key = JSON.stringify(rest);
      let row = rows.get(key);
      if (row === undefined) {
        row = readings.push(rest) - 1;
        rows.set(key, row);
      }
      steps.push(row - last);
      values.push(value);
      last = row;
    }
    return [steps, values] as const;
  });
  // A loop, not flatMap: a report's readings are one a poll, and flatMap is many times slower on thousands.
  const names = new Set<string>();
  for (const r of readings) for (const f of Object.keys(r)) names.add(f);
  const fields = [...names];
  const text = fields.filter((f) => readings.every((r) => r[f] === undefined || typeof r[f] === "string"));
  // Strings seen more than once become indices; a string seen once stays itself.
  const seen = new Map<string, number>();
  for (const r of readings)
    for (const f of text) if (r[f] !== undefined) seen.set(r[f] as string, (seen.get(r[f] as string) ?? 0) + 1);
  const strings = [...seen].filter(([, count]) => count > 1).map(([s]) => s);
  const index = new Map(strings.map((s, i) => [s, i]));
  const packed = readings.map((r) => {
    const row = fields.map((f) => {
      const v = r[f];
      return v === undefined ? null : text.includes(f) ? (index.get(v as string) ?? v) : v;
    });
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  const series = dataset.series.map((s) => ({ ...s, points: [] }));
  return { config: { dataset: { ...dataset, series }, options }, fields, text, strings, rows: packed, points };
}

/** The dataset and options a packed report carries, whole again. */
export function unpack(data: PackedData): { dataset: PollDataset; options: unknown } {
  const { fields, text, strings, rows } = data;
  const readings = rows.map((row) => {
    const point: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      const v = row[i];
      if (v !== null && v !== undefined) point[f] = text.includes(f) && typeof v === "number" ? strings[v] : v;
    });
    return point;
  });
  const series = data.config.dataset.series.map((s, i) => {
    const [steps, values] = data.points[i] ?? [[], []];
    let row = 0;
    const points = steps.map((step, k) => {
      row += step;
      return { ...readings[row], value: values[k] } as PollPoint;
    });
    return { ...s, points };
  });
  return { dataset: { ...data.config.dataset, series }, options: data.config.options };
}

/** Where the report's script finds its figures' packed data: a JSON element marked `data-packed`. */
interface Root {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null; removeAttribute(name: string): void }>;
}

/**
 * In a report's page, before its live chart mounts: each packed data element becomes the dataset and
 * options `mountReports` reads (poll-trend/dom), as if written whole.
 */
export function unpackReports(root: Root): void {
  for (const element of root.querySelectorAll("script[data-packed]")) {
    element.textContent = JSON.stringify(unpack(JSON.parse(element.textContent ?? "null") as PackedData));
    element.removeAttribute("data-packed");
  }
}
