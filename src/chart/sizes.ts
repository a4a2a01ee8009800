// The chart's fixed sizes and gaps, in px: every offset the layout uses is named here.

export const TITLE = { wide: 20, narrow: 18 };
export const TITLE_GAP = 4;
export const SUBTITLE = 14;
/** A subtitle's lines are this much taller than its size. */
export const SUBTITLE_LEADING = 4;
/** On a phone, a title and subtitle of more lines than this step down to the sizes below. */
export const HEADER_LINES = 4;
/** The title's and subtitle's sizes on a phone when they would take more than {@link HEADER_LINES} lines. */
export const STEPPED = { title: 16, subtitle: 13 };
/** Below the title and subtitle, before the key or events. */
export const HEADER_GAP = 12;
/** Below a key above the plot. */
export const LEGEND_GAP = 10;
/** Below the event rows, before the plot. */
export const EVENTS_GAP = 6;
export const FOOTER = 12;
export const FOOTER_LINE = 16;
export const FOOTER_GAP = 8;
/** The time axis below the plot: one line of labels, or two (a year under the first tick). */
export const AXIS = { one: 22, two: 36 };
/** The direct labels' column starts this far right of the plot. */
export const KEY_GAP = 8;
/** The value labels' column: the widest label and this gap before the plot. */
export const VALUE_GAP = 8;
/** The smallest plot height worth drawing. */
export const MIN_PLOT = 80;
/** A plot of "auto" height: this share of its width (narrow: wider), within these bounds. */
export const PLOT_RATIO = { wide: 0.6, narrow: 0.75 };
export const PLOT_HEIGHT = { min: 160, max: 400 };
/** On a phone, the plot takes at least this share of the chart's height. */
export const NARROW_PLOT_SHARE = 0.45;
/** A lone poll's value, beside its marker. */
export const VALUE_TEXT_GAP = 10;
