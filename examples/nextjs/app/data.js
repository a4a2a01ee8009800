// The tracker the pages draw: FiveThirtyEight's approval polls (poll-trend's test data), read on the
// server, from the repository this example sits in (npm run build runs in examples/nextjs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "poll-trend";

export const tracker = parseCsv(readFileSync(join(process.cwd(), "../../test/data/approval-tracker.csv"), "utf8"), {
  title: "Trump’s approval stayed below his disapproval",
  source: { name: "FiveThirtyEight" },
});
export const options = { colorScheme: "auto" };
