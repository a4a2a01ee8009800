import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";

// Every figure is from ../shared/data/ap-norc-ukraine.md, "Subgroups by party": news reports of the
// AP-NORC polls of May 12–16, 2022 and Jan. 26–30, 2023, not AP-NORC's own topline. They are labeled
// "as reported", and carry no margin of error and no sample size: none was published for the subgroups
// (the polls' own margins and samples are the whole sample's).

const reported = {
  name: "Responsible Statecraft, Feb. 15, 2023",
  note: "Poll: Public support for sending military assistance to Ukraine slips",
};
/**
 * AP-NORC polls of U.S. adults on aiding Ukraine, by party, May 2022 and January 2023, as news reports
 * gave them: the share of Democrats and of Republicans who favor sending government funds directly to
 * Ukraine, economic sanctions on Russia, and accepting Ukrainian refugees into the U.S. Each series has
 * its `group` (the question), for small multiples drawn `by: "group"`; no margins of error (none was
 * published for the subgroups).
 *
 * @example
 * renderSmallMultiples(apNorcUkraineByParty, { by: "group" }); // a panel per question, both parties in each
 * renderSmallMultiples(apNorcUkraineByParty);                  // a panel per party and question
 */
export const apNorcUkraineByParty: PollDataset = /* @__PURE__ */ parseDataset({
  title: "Support for aiding Ukraine slipped in both parties",
  subtitle: "Percent in favor, by party, as reported",
  population: "U.S. adults",
  pollster: "AP-NORC",
  source: {
    name: "AP-NORC polls, as reported by Responsible Statecraft",
    note:
      "Party figures from news reports of the polls, not AP-NORC's topline; " +
      "no margin of error was published for them.",
  },
  series: [
    {
      id: "funds-dem",
      label: "Democrats",
      group: "Sending funds directly",
      population: "Democrats",
      points: [
        { fieldStart: "2022-05-12", date: "2022-05-16", value: 63, citation: reported },
        { fieldStart: "2023-01-26", date: "2023-01-30", value: 59, citation: reported },
      ],
    },
    {
      id: "funds-rep",
      label: "Republicans",
      group: "Sending funds directly",
      population: "Republicans",
      points: [
        { fieldStart: "2022-05-12", date: "2022-05-16", value: 28, citation: reported },
        { fieldStart: "2023-01-26", date: "2023-01-30", value: 21, citation: reported },
      ],
    },
    {
      id: "sanctions-dem",
      label: "Democrats",
      group: "Sanctions on Russia",
      population: "Democrats",
      points: [
        { fieldStart: "2022-05-12", date: "2022-05-16", value: 83, citation: reported },
        { fieldStart: "2023-01-26", date: "2023-01-30", value: 75, citation: reported },
      ],
    },
    {
      id: "sanctions-rep",
      label: "Republicans",
      group: "Sanctions on Russia",
      population: "Republicans",
      points: [
        { fieldStart: "2022-05-12", date: "2022-05-16", value: 65, citation: reported },
        { fieldStart: "2023-01-26", date: "2023-01-30", value: 60, citation: reported },
      ],
    },
    {
      id: "refugees-dem",
      label: "Democrats",
      group: "Taking in refugees",
      population: "Democrats",
      points: [
        { fieldStart: "2022-05-12", date: "2022-05-16", value: 77, citation: reported },
        { fieldStart: "2023-01-26", date: "2023-01-30", value: 73, citation: reported },
      ],
    },
    {
      id: "refugees-rep",
      label: "Republicans",
      group: "Taking in refugees",
      population: "Republicans",
      points: [
        { fieldStart: "2022-05-12", date: "2022-05-16", value: 53, citation: reported },
        { fieldStart: "2023-01-26", date: "2023-01-30", value: 42, citation: reported },
      ],
    },
  ],
});
