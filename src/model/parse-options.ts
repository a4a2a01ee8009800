import { POPULATION_ORDER } from "./kind.js";
import { type Infer, oneOf, optional, text, when } from "./schema.js";

const populations = when<"all" | readonly string[]>(
  (v) => v === "all" || (Array.isArray(v) && v.length > 0 && v.every((p) => typeof text(p) === "string")),
  '"all" or a list of populations in order of preference, e.g. ["likely voters", "adults"]',
);

/** The options of {@link parseDataset}, as a table of fields (CSV and the CLI read the same ones). */
export const PARSE_OPTION_FIELDS = {
  /**
   * Two rows of a series that are the same poll (see {@link pollKey}) with the same value: `"error"`
   * (default) names both, `"drop"` keeps the first and counts the rest in `processing`, for the methods
   * note.
   */
  duplicates: optional(oneOf("error", "drop")),
  /**
   * Two rows of a series that are the same poll (see {@link pollKey}: no question id tells them apart)
   * with different values, such as two versions of a question listed without ids: `"error"` (default)
   * names both rows; `"first"` keeps the first row's value; `"mean"` keeps one point with the mean of
   * their values. Either way the rows left out are counted in `processing.conflictingRows`. Rows with
   * question ids are versions of one poll and kept (see `pollReadings`).
   */
  conflicts: optional(oneOf("error", "first", "mean")),
  /**
   * What the polls measure, which decides the population a poll listed for several is kept for:
   * `"approval"` (job or issue approval, favorability: adults, then voters, registered voters, likely
   * voters) or `"vote"` (vote intention: likely voters, then registered voters, voters, adults), as
   * FiveThirtyEight and its successors choose. Without it, vote intention's order; `parseCsv` reads it
   * from a file's column and series names (`approve`, `favorable`; `candidate_name`, `party`, `dem`, `rep`),
   * as `pollKindOf` does. `populations` overrides. Kept in `processing.pollKind`: series of vote intention
   * are rivals, so a field of two (a generic ballot, a head-to-head race) is told by its lead, as a field of
   * three or more always is; two series of another kind, or of none given, may be two questions.
   */
  pollKind: optional(oneOf("approval", "vote")),
  /**
   * A poll listed once per population (FiveThirtyEight lists many for adults and for registered or
   * likely voters): one poll, counted once. The row kept is the one whose population comes first in this
   * list, compared without regard to case; populations not listed come after, and rows that tie are all
   * kept. Default: by `pollKind`. `"all"` keeps every row.
   */
  populations: optional(populations),
  /**
   * What the values are: without it, a dataset whose values all lie between 0 and 1 (with some
   * decimals) is refused as proportions. `"percent"`: take them as they are (a field of minor
   * candidates at 0.5%). `"proportion"`: multiply every value, margin and response by 100.
   */
  scale: optional(oneOf("percent", "proportion")),
};

/**
 * How {@link parseDataset} treats repeated rows, conflicting rows, polls listed per population and
 * proportions.
 *
 * @interface
 */
export type ParseOptions = Infer<typeof PARSE_OPTION_FIELDS>;

/** FiveThirtyEight's order of preference for election polls, the order where what is measured is not known. */
export const DEFAULT_POPULATIONS: readonly string[] = POPULATION_ORDER.vote;
