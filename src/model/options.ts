import { dataError } from "./error.js";
import { type Fields, type Infer, type Issues, isObject, object, type Path, type Resolve } from "./schema.js";

/**
 * The check of an options object from its table of fields: every problem at `["options", name]`, thrown
 * together as one {@link PollDataError}; defaults filled in. `after` checks relations between options
 * (a palette for a color scheme) on the checked values.
 */
/* @__NO_SIDE_EFFECTS__ */
export function optionsCheck<S extends Fields, R = Resolve<S>>(
  fields: S,
  after?: (resolved: Resolve<S>, issues: Issues, path: Path) => R,
): (input: unknown) => R {
  const check = object(fields, "an object of options", undefined, "option");
  // The defaults, gathered once: a call spreads them under what it was given.
  const defaults: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const field = fields[key] as { fallback?: unknown };
    if ("fallback" in field) defaults[key] = field.fallback;
  }
  return (input) => {
    const issues: Issues = [];
    const path = ["options"];
    const value = input === undefined ? ({} as Infer<S>) : check(input, path, issues);
    if (!isObject(input) && input !== undefined) throw dataError(issues);
    const resolved: Record<string, unknown> = { ...defaults, ...value };
    const out = issues.length ? undefined : after ? after(resolved as Resolve<S>, issues, path) : (resolved as R);
    if (issues.length || out === undefined) throw dataError(issues);
    return out;
  };
}
