import { averages } from "poll-trend/average";
import { renderTrendFigure } from "poll-trend";
import { TrendChart } from "../before/TrendChart.jsx";
import { options, tracker } from "../data.js";

// Before, with a figure: the server component draws the figure, and the dataset is passed to the
// client too. The figure's markup travels twice: in the HTML, and as a string in React's payload.
export default function Page() {
  const html = renderTrendFigure(tracker, { ...options, averages });
  return (
    <article>
      <h1>Approval, 2017–2020</h1>
      <TrendChart html={html} dataset={tracker} options={options} />
    </article>
  );
}
