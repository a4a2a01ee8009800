import type { PollDataIssue } from "./types.js";

/**
 * Thrown for any invalid poll data. It carries every problem found, not only the first.
 *
 * @example
 * try {
 *   parseDataset({ title: "Poll", series: [] });
 * } catch (error) {
 *   if (error instanceof PollDataError) console.log(error.issues[0].path); // "series"
 * }
 */
export class PollDataError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly PollDataIssue[];

  /** @param issues at least one problem; the message lists them all. */
  constructor(issues: readonly PollDataIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`Invalid poll data (${count}):\n${issues.map((i) => `- ${i.path}: ${i.message}`).join("\n")}`);
    this.name = "PollDataError";
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}
