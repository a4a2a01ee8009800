// Types of scripts/fivethirtyeight.mjs, for the tests that read FiveThirtyEight's files with it.
import type { PollSeries } from "../src/model/types.js";

/** "1/22/2017" → "2017-01-22". */
export function isoDate(text: string): string;
/** The "All polls" rows of the 5/29/2020 poll list, as two series (Approve, Disapprove), sorted by end date. */
export function approvalPolls(): { rows: number; series: [PollSeries, PollSeries] };
/** FiveThirtyEight's own daily "All polls" average from the same run: date → { approve, disapprove }, oldest first. */
export function approvalTopline(): Map<string, { approve: number; disapprove: number }>;
