"use client";
// After: the client component renders the figure in the server's render (its HTML, sent once) and
// mounts the live chart over it in the browser. The dataset reaches the browser once, as this
// component's props; the figure's markup is in the HTML only, never in React's payload.
import { averages } from "poll-trend/average";
import { useEffect, useMemo, useRef } from "react";
import { renderTrendFigure } from "poll-trend";
import { mountTrendChart } from "poll-trend/dom";

export function TrendFigure({ dataset, options }) {
  const container = useRef(null);
  // Drawn on the server only: in the browser React keeps the server's markup (suppressHydrationWarning).
  const html = useMemo(
    () => (typeof window === "undefined" ? renderTrendFigure(dataset, { ...options, averages }) : ""),
    [dataset, options],
  );
  useEffect(() => {
    const chart = mountTrendChart(container.current, dataset, { ...options, averages });
    return () => chart.destroy();
  }, [dataset, options]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: poll-trend's own markup, every text and attribute escaped by its one builder
  return <div ref={container} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
