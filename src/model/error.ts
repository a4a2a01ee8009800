import type { PollDataIssue } from "./types.js";

// One brand in the global symbol registry, shared by the ESM and the CommonJS builds: an app that
// loads both (the dual-package hazard) still sees one PollDataError.
const BRAND = Symbol.for("poll-trend.PollDataError");

/**
 * Thrown for any invalid poll data. It carries every problem found, not only the first.
 * `instanceof PollDataError` holds across the ESM and CommonJS builds of this package.
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

Object.defineProperty(PollDataError.prototype, BRAND, { value: true });
// Defined here rather than as a static member, so the type declarations need no ES2015 lib.
// Subclasses keep the ordinary prototype check.
Object.defineProperty(PollDataError, Symbol.hasInstance, {
  value(this: unknown, value: unknown): boolean {
    if (this !== PollDataError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  },
});
