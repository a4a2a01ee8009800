import type { Issue } from "../model/schema.js";
import { titleFromLabels } from "../model/titles.js";
import { normalizeHeader } from "./columns.js";
import type { Building } from "./places.js";

// The names a file's series are given: the caller's labels, the title they make, and what a column's
// name says of its values.

/**
 * The title a file without one gets, from its series' labels in sentence case: "Approve and
 * disapprove", "Bianco, Hilton and Porter"; a later label is lowercased only where it begins with an
 * answer word, so that names keep their capitals. More than three series: "33 poll series". Never the
 * file's name. An output in another language writes it in its own (see `PreparedTrend.title`).
 */
export const titleOf = titleFromLabels;

/** Column names that hold a net value or a lead (−100 to 100) rather than a share. */
const NET = new Set(["net", "netapproval", "netfavorability", "netfavourability", "margin", "lead", "spread"]);

/** Whether a value column's header says its values are net: `net`, `net_approval`, `margin`, `lead`. */
export const isNetColumn = (header: string) => NET.has(normalizeHeader(header));

/**
 * The caller's labels on the series read: by a series' name in the file (its key), else, for a series
 * of a series column and one of several value columns ("economy: approve"), by each part. A label for a
 * name the file does not have is a problem naming those it has.
 */
export function applyLabels(
  series: readonly Building[],
  labels: Readonly<Record<string, string>> | undefined,
  issues: Issue[],
): void {
  if (!labels) return;
  const used = new Set<string>();
  for (const s of series) {
    const own = labels[s.key];
    if (own !== undefined) {
      s.label = own;
      used.add(s.key);
      continue;
    }
    const parts = s.key.split(": ");
    if (parts.length !== 2) continue;
    const [name, column] = parts as [string, string];
    if (labels[name] !== undefined) used.add(name);
    if (labels[column] !== undefined) used.add(column);
    s.label = `${labels[name] ?? name}: ${labels[column] ?? column}`;
  }
  const names = [...new Set(series.flatMap((s) => [s.key, ...(s.key.includes(": ") ? s.key.split(": ") : [])]))];
  for (const name of Object.keys(labels)) {
    if (used.has(name)) continue;
    const shown = names.slice(0, 12).join(", ") + (names.length > 12 ? ` and ${names.length - 12} more` : "");
    issues.push({
      path: ["options", "labels", name],
      message: `expected the name of a series in the file (${shown}), received ${JSON.stringify(name)}`,
    });
  }
}
