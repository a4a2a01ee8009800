import { options, tracker } from "./data.js";
import { TrendFigure } from "./TrendFigure.jsx";

// After: one client component, its figure rendered on the server from the props it is given.
export default function Page() {
  return (
    <article>
      <h1>Approval, 2017–2020</h1>
      <TrendFigure dataset={tracker} options={options} />
      <p>The live chart takes the figure over at the width it shows: nothing moves.</p>
    </article>
  );
}
