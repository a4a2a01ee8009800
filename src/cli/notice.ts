import type { PollProcessing } from "../model/types.js";

/** Why a row was left out, as the CLI's stderr says it. */
const REASONS: Record<string, string> = {
  "start-after-end": "start date after end date",
  "after-as-of": "ended after --as-of",
  "value-out-of-range": "value out of range",
  "value-missing": "no value",
  "value-not-a-number": "value not a number",
  "date-not-valid": "date not valid",
  "field-count": "fields not as the header's",
};

/** How many lines of each reason are listed before "and 12 more". */
const LINES_SHOWN = 20;

/**
 * What reading left out, for stderr: "poll-trend: 2 rows left out (--invalid-rows skip): lines 824 and
 * 1019, start date after end date". Empty when nothing was left out.
 */
export function readingNotice(processing: PollProcessing | undefined): string {
  const rows = processing?.invalidRowsSkipped ?? [];
  if (rows.length === 0) return "";
  const byReason = new Map<string, number[]>();
  for (const { line, reason } of rows) byReason.set(reason, [...(byReason.get(reason) ?? []), line]);
  const parts = [...byReason].map(([reason, lines]) => {
    const shown = lines.slice(0, LINES_SHOWN).map(String);
    const more = lines.length - shown.length;
    const list =
      more > 0
        ? `${shown.join(", ")} and ${more.toLocaleString("en-US")} more`
        : shown.length > 1
          ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`
          : shown[0];
    const why = reason === "after-as-of" && processing?.asOf ? `ended after ${processing.asOf}` : REASONS[reason];
    return `${lines.length === 1 ? "line" : "lines"} ${list}, ${why}`;
  });
  const count = rows.length === 1 ? "1 row" : `${rows.length.toLocaleString("en-US")} rows`;
  return `poll-trend: ${count} left out (--invalid-rows skip): ${parts.join("; ")}\n`;
}
