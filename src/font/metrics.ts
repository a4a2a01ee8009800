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
// Each width in two base-36 digits ("8u" is 318), the regular face's then the bold's.
const widths = (table: string) =>
  Array.from({ length: table.length / 2 }, (_, i) => Number.parseInt(table.slice(2 * i, 2 * i + 2), 36));
const REGULAR = widths(
  "8ub5csnahoqelo7nauaudwna8ua18u9dhohohohohohohohohoho9d9dnananafgs7j0j2k2leijgzlmkw87dwijfhnzkslv" +
    "ijlvk2ijgzkcj0rhj1ijj1au9daunafgdwh1hnfahnh39shnhm7q7qg37qr2hmh0hnhnbfehawhmggmqggggelho9dhona8u" +
    "b5hohohoho9dfgdwrsd3h0naa1rsfcdwnab5b5dwhoho8udwb5d3h0qxqxqxgzj0j0j0j0j0j0rsk2ijijijij87878787lj" +
    "kslvlvlvlvlvnalvkckckckcijijhih1h1h1h1h1h1rafah3h3h3h37q7q7q7qh0hmh0h0h0h0h0nah0hmhmhmhmgghngg5k" +
    "5kfgrs8u8ueeeegersnaho",
);
const BOLD = widths(
  "9ocoehnajcruo88icpcpejnaakbjaka5jcjcjcjcjcjcjcjcjcjcb4b4nananagzrslil6ken2izizmtn9acfgljhprnn9nm" +
    "kdnmlek0iymkliunlfk4k5cpa5cpnafgdwirjwghjwiuc3jwjs9j9jih9jsyjsj3jwjwdpgjdajsi4pohxi4g6jsa5jsna9o" +
    "cojcjchojca5fgdwrsfohynabjrsfcdwnac6c6dwkghoakdwc6fohysrsrsrgzlilililililiu5keizizizizacacacacna" +
    "n9nmnmnmnmnmnanmmkmkmkmkk4kijziriririririrt4ghiuiuiuiu9j9j9j9jj3jsj3j3j3j3j3naj3jsjsjsjsi4jwi45k" +
    "5kfgrsakaki9i9hrrsnajc",
);

/** Built-in widths in em of regular and bold text, by character code. */
export const BUILT_IN: { readonly regular: ReadonlyMap<number, number>; readonly bold: ReadonlyMap<number, number> } = {
  regular: new Map(METRIC_CHARACTERS.map((c, i) => [c.charCodeAt(0), REGULAR[i]! / 1000])),
  bold: new Map(METRIC_CHARACTERS.map((c, i) => [c.charCodeAt(0), BOLD[i]! / 1000])),
};
