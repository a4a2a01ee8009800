import type { PollDataset, PollPoint } from "./types.js";

/** Who ran a poll: its own `pollster`, else the dataset's. */
export const pollsterOf = (point: PollPoint, dataset: Pick<PollDataset, "pollster">): string | undefined =>
  point.pollster ?? dataset.pollster;

/**
 * A poll's identity: its end date, field start and pollster. A poll that asked about several series
 * has one key in each of them; two pollsters' polls that ended on one day have two.
 */
export const pollKey = (point: PollPoint, dataset: Pick<PollDataset, "pollster">): string =>
  `${point.date}|${point.fieldStart ?? ""}|${pollsterOf(point, dataset) ?? ""}`;
