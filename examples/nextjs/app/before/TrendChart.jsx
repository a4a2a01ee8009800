"use client";
// Before: the documented pattern of docs/react.md until now: the server component draws the chart,
// and this component mounts over it with the same dataset, passed again as props.
import { averages } from "poll-trend/average";
import { useEffect, useRef } from "react";
import { mountTrendChart } from "poll-trend/dom";

export function TrendChart({ html, dataset, options }) {
  const container = useRef(null);
  useEffect(() => {
    const chart = mountTrendChart(container.current, dataset, { ...options, averages });
    return () => chart.destroy();
  }, [dataset, options]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: poll-trend's own markup, every text and attribute escaped by its one builder
  return <div ref={container} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
