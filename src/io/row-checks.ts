import { isIsoDate } from "../model/dates.js";
import type { ROW_PROBLEMS } from "../model/types.js";

/** Why a row cannot be a poll: one of `processing.invalidRowsSkipped[].reason`. */
export type RowProblem = (typeof ROW_PROBLEMS)[number];

/**
 * The first reason a row cannot be a poll, or `undefined`: its end date is no calendar date (or is
 * missing), its start is none, its start follows its end, it ended after `asOf`, or its values are
 * missing, not numbers, or out of range (0 to 100 for a share, −100 to 100 for a net value; proportions
 * are taken times 100). `values` are the row's cells that are not missing.
 */
export function rowProblem(
  shared: Readonly<Record<string, unknown>>,
  values: readonly { readonly value: unknown; readonly net: boolean }[],
  asOf: string | undefined,
  proportion: boolean,
): RowProblem | undefined {
  const date = shared.date;
  const start = shared.fieldStart;
  if (typeof date !== "string" || !isIsoDate(date)) return "date-not-valid";
  if (start !== undefined && (typeof start !== "string" || !isIsoDate(start))) return "date-not-valid";
  if (typeof start === "string" && start > date) return "start-after-end";
  if (asOf !== undefined && date > asOf) return "after-as-of";
  if (values.length === 0) return "value-missing";
  for (const { value, net } of values) {
    if (typeof value !== "number" || !Number.isFinite(value)) return "value-not-a-number";
    const percent = proportion ? value * 100 : value;
    if (percent > 100 || percent < (net ? -100 : 0)) return "value-out-of-range";
  }
  return undefined;
}
