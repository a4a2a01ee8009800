/**
 * Measured widths of a font, for laying out text without a DOM: the advance width in em of each
 * character (a character's width at a font size of 1 px), as {@link fontMetricsFromFile} reads them
 * from a font file or `poll-trend/dom` measures them in the browser. Characters not listed keep
 * poll-trend's built-in widths.
 *
 * @example
 * const fontMetrics: FontMetrics = { widths: { a: 0.52, b: 0.55 }, boldWidths: { a: 0.56, b: 0.59 } };
 */
export interface FontMetrics {
  /** Advance widths in em of regular text, by character, e.g. `{ "a": 0.556 }`. */
  readonly widths: Readonly<Record<string, number>>;
  /** Advance widths in em of bold text (titles, labels). Without them, bold is the regular widths × 1.1. */
  readonly boldWidths?: Readonly<Record<string, number>>;
}

/**
 * The characters whose widths a font's metrics give: printable ASCII, Latin-1, and the punctuation poll-trend writes.
 */
export const METRIC_CHARACTERS: readonly string[] = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...Array.from({ length: 96 }, (_, i) => String.fromCharCode(160 + i)),
  ..."\u2009\u202f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2212\u20ac",
];

// Built-in widths, in thousandths of an em, in the order of METRIC_CHARACTERS: for each character the wider of
// Arial (Liberation Sans has its metrics) and DejaVu Sans, the fallback a machine without Arial draws with (about
// 14% wider, 19% in bold). Read from the fonts' files by fontMetricsFromFile; the thin spaces, which neither
// font has, are given 0.2 em.
// biome-ignore format: a table
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 636, 337, 337, 838, 838, 838, 556, 1015, 684, 686, 722, 770, 667, 611, 778, 752, 295, 500, 667, 557,
  863, 748, 787, 667, 787, 722, 667, 611, 732, 684, 989, 685, 667, 685, 390, 337, 390, 838, 556, 500, 613, 635, 550,
  635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525,
  636, 337, 636, 838, 318, 401, 636, 636, 636, 636, 337, 556, 500, 1000, 471, 612, 838, 361, 1000, 552, 500, 838,
  401, 401, 500, 636, 636, 318, 500, 401, 471, 612, 969, 969, 969, 611, 684, 684, 684, 684, 684, 684, 1000, 722,
  667, 667, 667, 667, 295, 295, 295, 295, 775, 748, 787, 787, 787, 787, 787, 838, 787, 732, 732, 732, 732, 667, 667,
  630, 613, 613, 613, 613, 613, 613, 982, 550, 615, 615, 615, 615, 278, 278, 278, 278, 612, 634, 612, 612, 612, 612,
  612, 838, 612, 634, 634, 634, 634, 592, 635, 592, 200, 200, 556, 1000, 318, 318, 518, 518, 590, 1000, 838, 636
];
// biome-ignore format: a table
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696,
  696, 696, 696, 696, 400, 400, 838, 838, 838, 611, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 556, 775,
  637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 556, 500, 675,
  716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924,
  645, 652, 582, 712, 365, 712, 838, 348, 456, 696, 696, 636, 696, 365, 556, 500, 1000, 564, 646, 838, 415, 1000,
  552, 500, 838, 438, 438, 500, 736, 636, 380, 500, 438, 564, 646, 1035, 1035, 1035, 611, 774, 774, 774, 774, 774,
  774, 1085, 734, 683, 683, 683, 683, 372, 372, 372, 372, 838, 837, 850, 850, 850, 850, 850, 838, 850, 812, 812,
  812, 812, 724, 738, 719, 675, 675, 675, 675, 675, 675, 1048, 593, 678, 678, 678, 678, 343, 343, 343, 343, 687,
  712, 687, 687, 687, 687, 687, 838, 687, 712, 712, 712, 712, 652, 716, 652, 200, 200, 556, 1000, 380, 380, 657,
  657, 639, 1000, 838, 696
];

/** Built-in widths in em of regular and bold text, by character code. */
export const BUILT_IN: { readonly regular: ReadonlyMap<number, number>; readonly bold: ReadonlyMap<number, number> } = {
  regular: new Map(METRIC_CHARACTERS.map((c, i) => [c.charCodeAt(0), REGULAR[i]! / 1000])),
  bold: new Map(METRIC_CHARACTERS.map((c, i) => [c.charCodeAt(0), BOLD[i]! / 1000])),
};
