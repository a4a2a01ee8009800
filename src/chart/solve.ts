import { utcTime } from "../model/dates.js";
import { keepInside, timeScale, timeTicks, valueScale, valueTicks } from "./axes.js";
import { EVENT_LINE, placeEvents } from "./events.js";
import { GLYPH, LABEL_LINE, labelColumn, placeDirectLabels, placeLegend } from "./labels.js";
import { chartName, placeSeries } from "./place.js";
import { schemePalettes } from "./theme.js";

import {
  TITLE_GAP,
  SUBTITLE_LEADING,
  HEADER_GAP,
  LEGEND_GAP,
  EVENTS_GAP,
  FOOTER,
  FOOTER_LINE,
  FOOTER_GAP,
  AXIS,
  KEY_GAP,
  MIN_PLOT,
  PLOT_RATIO,
  PLOT_HEIGHT,
  NARROW_PLOT_SHARE,
} from "./sizes.js";
import type { Prepared } from "./plan.js";
import type { ChartLayout, ChartKey } from "./layout-types.js";

// The geometry of a planned chart at one height, and the smallest height at which it fits.

/**
 * The geometry at one height (or `"auto"`), or `undefined` when the plot would be too small or the fixed margins too
 * tight.
 */
export function attempt(p: Prepared, height: number | "auto"): Omit<ChartLayout, "scene"> | undefined {
  const { o, pad, narrow, trend } = p;
  const W = o.width;
  const inner = W - 2 * pad;
  const titleHeight = p.title.length * (p.titleSize + TITLE_GAP);
  const header =
    pad +
    titleHeight +
    (p.subtitle.length ? TITLE_GAP + p.subtitle.length * (p.subtitleSize + SUBTITLE_LEADING) : 0) +
    (p.title.length ? HEADER_GAP : 0);
  // A key that sums up the series it does not name is a key: those series have no labels to place.
  const modes = narrow || o.labels === "legend" || p.others ? (["legend"] as const) : (["direct", "legend"] as const);
  const ordered = [...p.order.map((i) => p.texts[i]!), ...(p.others ? [p.others] : [])];
  for (const mode of modes) {
    // Across: the plot's left edge is set by the value labels, its right edge by the label column.
    const column = mode === "direct" ? labelColumn(p.texts, inner, p.measure) : 0;
    const plotRight = W - pad - column;
    const x = timeScale(p.times, p.plotLeft, plotRight);
    const events = placeEvents(p.events, (e) => x(utcTime(e.date)), pad, W - pad, p.measure);
    const unlabeled = events.marks.filter((m) => m.inFooter);
    const eventsNote = unlabeled.length
      ? trend.words.eventsNote(
          unlabeled.map((m) => ({ label: m.event.label, date: trend.words.fullDate(m.event.date) })),
        )
      : "";
    // The footer: the source and what the marks are in one paragraph, then the events it names.
    const [marks, method] = p.note;
    const paragraphs =
      o.frame === "full"
        ? [`${p.source} ${marks}`.trim(), eventsNote].filter(Boolean).map((text) => p.measure.wrap(text, inner, FOOTER))
        : [];
    const footerLines = paragraphs.reduce((n, lines) => n + lines.length, 0);
    const legend = mode === "legend" ? placeLegend(ordered, inner, p.measure) : undefined;
    const xTicks = keepInside(timeTicks(x, narrow, p.measure, trend.words), pad / 2, W - pad / 2, p.measure);
    // Down: header, key, event rows, plot, axis, footer.
    const eventsTop = header + (legend ? legend.height + LEGEND_GAP : 0);
    const neededTop = eventsTop + events.rows * EVENT_LINE + (events.rows ? EVENTS_GAP : 0);
    const axis = xTicks.some((t) => t.lines.length > 1) ? AXIS.two : AXIS.one;
    const neededBottom = axis + (footerLines ? FOOTER_GAP + footerLines * FOOTER_LINE : 0) + pad;
    const margins = o.plotMargins;
    if ((margins?.top ?? neededTop) < neededTop || (margins?.bottom ?? neededBottom) < neededBottom) continue;
    const plotTop = margins?.top ?? neededTop;
    const below = margins?.bottom ?? neededBottom;
    let plotHeight: number;
    if (height === "auto") {
      const ratio = narrow ? PLOT_RATIO.narrow : PLOT_RATIO.wide;
      plotHeight = Math.min(PLOT_HEIGHT.max, Math.max(PLOT_HEIGHT.min, Math.round((plotRight - p.plotLeft) * ratio)));
      // On a phone the plot is at least 45% of the chart, however long its texts.
      if (narrow)
        plotHeight = Math.max(plotHeight, Math.ceil(((plotTop + below) * NARROW_PLOT_SHARE) / (1 - NARROW_PLOT_SHARE)));
      if (mode === "direct") plotHeight = Math.max(plotHeight, p.texts.length * (LABEL_LINE + 4) + 12);
    } else plotHeight = height - plotTop - below;
    if (plotHeight < MIN_PLOT) continue;
    const plotBottom = plotTop + plotHeight;
    const y = valueScale(p.domain, plotBottom, plotTop);
    let key: ChartKey;
    if (mode === "direct") {
      const targets = p.plans.map((plan) => y(plan.latestValue));
      const labels = placeDirectLabels(p.texts, targets, column - GLYPH - 8, plotTop - 6, plotBottom + 6, p.measure);
      if (!labels) continue;
      key = { mode, x: plotRight + KEY_GAP, labels };
    } else {
      // The row of the others has no series of its own: index −1.
      const entries = (legend?.entries ?? []).map((e) => ({ ...e, index: p.order[e.index] ?? -1 }));
      key = { mode: "legend", x: pad, y: header, entries };
    }
    const footerTop = plotBottom + axis + FOOTER_GAP;
    let line = 0;
    const footer = paragraphs.map((lines) => {
      const block = { lines, x: pad, top: footerTop + line * FOOTER_LINE, size: FOOTER, lineHeight: FOOTER_LINE };
      line += lines.length;
      return block;
    });
    return {
      trend,
      valueLabel: p.valueLabel,
      options: o,
      palette: schemePalettes(o.palette)[o.colorScheme === "dark" ? "dark" : "light"],
      narrow,
      width: W,
      height: Math.ceil(plotBottom + below),
      title: { lines: p.title, x: pad, top: pad, size: p.titleSize, lineHeight: p.titleSize + TITLE_GAP },
      ...(p.subtitle.length
        ? {
            subtitle: {
              lines: p.subtitle,
              x: pad,
              top: pad + titleHeight + TITLE_GAP,
              size: p.subtitleSize,
              lineHeight: p.subtitleSize + SUBTITLE_LEADING,
            },
          }
        : {}),
      footer,
      plot: { left: p.plotLeft, right: plotRight, top: plotTop, bottom: plotBottom },
      x,
      y,
      xTicks,
      yTicks: valueTicks(y, p.valueLabel),
      events: { marks: events.marks, top: eventsTop },
      key,
      series: p.plans.map((plan) => placeSeries(plan, x, y, trend.options.maxGapDays)),
      name: o.frame === "full" ? trend.title : chartName(trend),
      notes: [marks, method, eventsNote].filter(Boolean),
      description: p.description,
    };
  }
  return undefined;
}

/** The smallest whole height at which the chart lays out: found by bisection, then checked. */
export function minimumHeight(p: Prepared): number | undefined {
  if (!attempt(p, 4000)) return undefined;
  let lo = 1;
  let hi = 4000;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (attempt(p, mid)) hi = mid;
    else lo = mid + 1;
  }
  // Bisection assumes that more height never hurts; step down while a smaller height still works.
  while (lo > 1 && attempt(p, lo - 1)) lo--;
  return lo;
}
