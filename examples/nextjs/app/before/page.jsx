import { averages } from "poll-trend/average";
import { renderTrendChart } from "poll-trend";
import { options, tracker } from "../data.js";
import { TrendChart } from "./TrendChart.jsx";

// Before: the SVG drawn by a server component at one width, and the dataset passed to the client too.
export default function Page() {
  const html = renderTrendChart(tracker, { ...options, averages, width: 640 });
  return (
    <article>
      <h1>Approval, 2017–2020</h1>
      <TrendChart html={html} dataset={tracker} options={options} />
    </article>
  );
}
