import { averages } from "poll-trend/average";
import { renderTrendFigure } from "poll-trend";
import { options, tracker } from "../data.js";
import { MountFigure } from "./MountFigure.jsx";

// A server component's figure with its data embedded, and a client component that only mounts it.
export default function Page() {
  const html = renderTrendFigure(tracker, { ...options, averages, embedData: true });
  return (
    <article>
      <h1>Approval, 2017–2020</h1>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: poll-trend's own markup, every text and attribute escaped by its one builder */}
      <div id="poll-chart" dangerouslySetInnerHTML={{ __html: html }} />
      <MountFigure id="poll-chart" />
    </article>
  );
}
