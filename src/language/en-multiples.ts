import type { MultiplesWords } from "./language.js";
import { direction, list, points } from "./en.js";

/** English words of small multiples: only `renderSmallMultiples` carries them. */
export const enMultiples: MultiplesWords = {
  panel: (name, values) => `${name}: ${list(values.map((v) => (v.label ? `${v.label} ${v.value}` : v.value)))}`,
  overview: ({ panels, span, highest, lowest, moved }, f) =>
    `${f.number(panels)} panels, ${span}. Highest in the latest figures: ${highest.name}, ${highest.value}; lowest: ${lowest.name}, ${lowest.value}.${
      moved
        ? ` Moved most: ${moved.name}, ${moved.points === 0 ? "unchanged" : `${direction(moved.points)} ${points(moved.points, moved.measure, f)}`} since ${moved.since}.`
        : ""
    }`,
  roleDescription: "small multiples",
};
