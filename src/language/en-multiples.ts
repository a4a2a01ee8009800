import type { MultiplesWords } from "./language.js";
import { count } from "./en-count.js";
import { capital, direction, list, points } from "./en.js";

/** English words of small multiples: only `renderSmallMultiples` carries them. */
export const enMultiples: MultiplesWords = {
  panel: (name, values) => `${name}: ${list(values.map((v) => (v.label ? `${v.label} ${v.value}` : v.value)))}`,
  name: (panels, span, f) => `${capital(count(panels, f))} ${panels === 1 ? "panel" : "panels"}, ${span}`,
  overview: ({ panels, span, highest, lowest, moved, among }, f) =>
    `${enMultiples.name(panels, span, f)}. Highest in the latest figures: ${highest.name}, ${highest.value}; ` +
    `lowest: ${lowest.name}, ${lowest.value}` +
    `${among ? `, among the ${f.number(among)} polled within 45 days of the latest poll` : ""}.${
      moved
        ? ` Moved most: ${moved.name}, ${
            moved.points === 0 ? "unchanged" : `${direction(moved.points)} ${points(moved.points, moved.measure, f)}`
          } since ${moved.since}.`
        : ""
    }`,
  roleDescription: "small multiples",
};
