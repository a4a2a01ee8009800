// What a poll list measures decides which population a poll listed for several is kept for, as
// FiveThirtyEight and its successors choose: approval ratings are of everyone, vote intention of those
// who will vote.

/**
 * What polls measure: `"approval"` (job approval, issue approval, favorability) or `"vote"` (vote
 * intention: candidates, parties, the generic ballot).
 */
export type PollKind = "approval" | "vote";

/** The population a poll listed for several is kept for, in order of preference, per {@link PollKind}. */
export const POPULATION_ORDER: Readonly<Record<PollKind, readonly string[]>> = Object.freeze({
  approval: Object.freeze(["adults", "voters", "registered voters", "likely voters"]),
  vote: Object.freeze(["likely voters", "registered voters", "voters", "adults"]),
});

/** Names that say approval: answers and measures of approval and favorability. */
const APPROVAL =
  /^(net)?(approve|disapprove|approval|disapproval|netapproval|favou?rable|unfavou?rable|favou?rability|netfavou?rability|(strongly|somewhat)(approve|disapprove))$/;
/** Names that say vote intention: candidates, parties and their shares. */
const VOTE =
  /^(candidate|candidatename|candidates|party|parties|dem|dems|democrat|democrats|democratic|rep|reps|republican|republicans|gop|genericballot|ballot|vote|voteshare|voteintention)$/;

const normal = (name: string) => name.toLowerCase().replace(/[\s_\-.:/]+/g, "");

/**
 * What a list measures, from the names of its columns and series (`approve`, `disapprove`,
 * `favorable` say approval; `candidate_name`, `party`, `dem`, `rep` say vote intention), compared
 * without regard to case, spaces, `_` or `-`. `undefined` when the names say neither, or both.
 *
 * @example
 * pollKindOf(["approve", "disapprove"]); // "approval"
 * pollKindOf(["candidate_name", "pct"]); // "vote"
 */
export function pollKindOf(names: readonly string[]): PollKind | undefined {
  const normalized = names.map(normal);
  const approval = normalized.some((n) => APPROVAL.test(n));
  const vote = normalized.some((n) => VOTE.test(n));
  return approval === vote ? undefined : approval ? "approval" : "vote";
}

/**
 * The kind whose order of populations chose the rows a dataset kept, where it did: `undefined` when no
 * row was dropped for its population, or when the caller gave the order (`populations`).
 *
 * @example
 * orderedBy({ pollKind: "approval", populationOrder: [...POPULATION_ORDER.approval] }); // "approval"
 * orderedBy({ pollKind: "vote", populationOrder: ["adults"] }); // undefined: the caller's order
 */
export const orderedBy = (p: {
  readonly pollKind?: PollKind | undefined;
  readonly populationOrder?: readonly string[] | undefined;
}): PollKind | undefined =>
  p.pollKind && String(p.populationOrder) === String(POPULATION_ORDER[p.pollKind]) ? p.pollKind : undefined;
