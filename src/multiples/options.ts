import { type ChartOptions, optionError, type ResolvedOptions, resolveOptions } from "../chart/options.js";

/**
 * Options of {@link renderSmallMultiples}: the chart's (width, colors, palette, band, locale, average,
 * the optional parts…), without those a grid of panels decides itself (height, plot margins, labels,
 * highlight, frame), and with what small multiples add. Every option is checked; a bad one is a
 * `PollDataError` naming it (`options.by`).
 *
 * @example
 * const options: MultiplesOptions = { by: "group", yDomain: "shared", width: 640 };
 */
export interface MultiplesOptions
  extends Omit<ChartOptions, "height" | "plotMargins" | "labels" | "highlight" | "frame" | "yDomain"> {
  /**
   * `"series"` (default): one panel per series, named by its label. `"group"`: one panel per `group` of
   * the series (a series without one is a panel of its own), its series told apart by color and marker,
   * with one key for the whole; series that share a label share a color across panels.
   */
  readonly by?: "series" | "group";
  /**
   * `"shared"` (default): every panel on one value axis, a round range around everything drawn, so
   * panels compare at a glance. `"each"`: each panel its own range (say so in the subtitle: the panels
   * then compare only by shape). Either way the plots line up and share one time axis.
   */
  readonly yDomain?: "shared" | "each";
}

/** Options a grid of panels sets itself: giving one is an error that says so. */
const OWN = ["height", "plotMargins", "labels", "highlight", "frame"] as const;

/** Small multiples' options, checked, with the chart's resolved for the panels. */
export interface ResolvedMultiples {
  readonly o: ResolvedOptions;
  readonly by: "series" | "group";
  readonly shared: boolean;
}

/**
 * Checks small multiples' options and fills in defaults.
 *
 * @throws {PollDataError} naming the first bad option.
 */
export function resolveMultiples(options: MultiplesOptions = {}): ResolvedMultiples {
  const { by = "series", yDomain = "shared", ...rest } = options as MultiplesOptions & Record<string, unknown>;
  if (by !== "series" && by !== "group")
    throw optionError("by", `expected "series" or "group", received ${JSON.stringify(by)}`);
  if (yDomain !== "shared" && yDomain !== "each")
    throw optionError("yDomain", `expected "shared" or "each", received ${JSON.stringify(yDomain)}`);
  for (const name of OWN)
    if (rest[name] !== undefined)
      throw optionError(name, `expected no ${name}: small multiples lay out their panels themselves`);
  // Each panel's key is the figure's: the panels themselves draw none.
  return { o: resolveOptions({ ...rest, labels: "legend" }), by, shared: yDomain === "shared" };
}
