// npm run gallery: every kind of chart a newsroom makes with poll-trend, at phone (320 px) and desktop
// (640 px) width, in light and dark, on one static page: examples/output/gallery/index.html, with each
// chart also as its own SVG. For looking at the pictures, as a graphics desk would, before they ship.
import { averages } from "poll-trend/average"; // trackers draw their poll average
import { spanish } from "poll-trend/es";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import {
  apNorcUkraineByParty,
  apNorcUkraineSupport,
  parseCsv,
  renderSmallMultiples,
  renderTrendChart,
  sliceDataset,
  summarizeTrend,
} from "poll-trend";

const data = (name) => {
  const bytes = readFileSync(new URL(`../test/data/${name}`, import.meta.url));
  return name.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
};
const fiveThirtyEight = { dateFormat: "M/D/YYYY", unknownColumns: "ignore" };

// FiveThirtyEight's approval list (CC BY 4.0): all 5,048 polls, and the net approval of each.
const approval = parseCsv(data("538-approval-polllist-2020-05-29.csv.gz"), {
  ...fiveThirtyEight,
  title: "Trump’s approval, 5,048 polls",
  source: "FiveThirtyEight",
  filter: { column: "subgroup", value: "All polls" },
  valueColumns: ["approve", "disapprove"],
});
const [approve, disapprove] = approval.series;
const net = {
  title: "Trump’s net approval stayed below zero",
  subtitle: "Approve minus disapprove, in percentage points, each poll",
  source: { name: "FiveThirtyEight" },
  series: [
    {
      id: "net",
      label: "Net approval",
      measure: "net",
      points: approve.points.map((p, i) => ({
        ...p,
        value: Math.round((p.value - disapprove.points[i].value) * 10) / 10,
      })),
    },
  ],
};

// Its 2020 primary list (CC BY 4.0): national polls of Democrats, the 20 candidates polled most.
const primary = parseCsv(data("538-president-primary-polls-2019-10-30.csv.gz"), {
  ...fiveThirtyEight,
  source: "FiveThirtyEight",
  filter: [
    { column: "party", value: "DEM" },
    { column: "state", value: "" },
  ],
});
const byPolls = [...primary.series].sort((a, b) => b.points.length - a.points.length);
const field = (count, title) => ({ ...primary, title, series: byPolls.slice(0, count) });

const generic = parseCsv(data("538-generic-polllist-2018-07-06.csv"), {
  ...fiveThirtyEight,
  title: "Democrats led the generic ballot through 2018",
  source: "FiveThirtyEight",
  filter: { column: "subgroup", value: "All polls" },
  valueColumns: ["dem", "rep"],
  labels: { dem: "Democrats", rep: "Republicans" },
});
// SnoutCounter's issue approval (GPL-3.0): net approval on the six issues polled most, one panel each.
const issues = parseCsv(data("snoutcounter-president-issue-approval-polls-2026-02-14.csv.gz"), {
  title: "Trump’s net approval is negative on every issue polled most",
  subtitle: "Percent who approve minus percent who disapprove, in points",
  source: "SnoutCounter",
  seriesColumn: "issue",
  valueColumns: ["net"],
  labels: {
    economy: "Economy",
    immigration: "Immigration",
    trade_tariffs: "Trade and tariffs",
    inflation: "Inflation",
    foreign_policy: "Foreign policy",
    healthcare: "Health care",
  },
  filter: ["economy", "immigration", "trade_tariffs", "inflation", "foreign_policy", "healthcare"].map((value) => ({
    column: "issue",
    value,
  })),
  dateFormat: "M/D/YYYY",
  unknownColumns: "ignore",
  duplicates: "drop",
  invalidRows: "skip",
  asOf: "2026-02-14",
});
// Party colors for the AP-NORC subgroups: a color per party, in every panel (each at 3:1 or more).
const parties = Object.fromEntries(
  apNorcUkraineByParty.series.map((s) => [
    s.id,
    s.label === "Republicans" ? { light: "#c62828", dark: "#ff6b5e" } : { light: "#1f5fa8", dark: "#6fb1ff" },
  ]),
);
// British voting intention 1945–2021 (PollBase via britpol, GPL-3.0): 6,275 polls of three parties.
const britain = parseCsv(data("britpol-pollbase-2021-12-11.csv.gz"), {
  title: "Britain’s two big parties have traded the lead for 76 years",
  source: "PollBase (Mark Pack), via britpol",
  valueColumns: ["con", "lab", "lib"],
  labels: { con: "Conservatives", lab: "Labour", lib: "Liberals and Lib Dems" },
});
const britishColors = {
  con: { light: "#0069b4", dark: "#4da3ff" },
  lab: { light: "#c8102e", dark: "#ff6b6b" },
  lib: { light: "#a36c11", dark: "#e0a030" },
};

const tracker = parseCsv(data("approval-tracker.csv"), {
  title: "Trump’s approval stayed below his disapproval",
  source: "FiveThirtyEight",
});

const poll = (date, value, extra = {}) => ({ date, value, ...extra });
const cases = [
  ["The bundled AP-NORC chart", apNorcUkraineSupport],
  [
    "As the AP article of Feb. 15, 2023 saw it",
    sliceDataset(apNorcUkraineSupport, { from: "2022-05-01", to: "2023-02-15" }),
  ],
  ["A real tracker: 312 polls by 7 pollsters", tracker],
  ["Thousands of polls: FiveThirtyEight's 5,048", approval],
  ["A net series crossing zero", net],
  ["A 20-candidate primary", field(20, "Biden led a crowded Democratic field")],
  ["Six candidates", field(6, "Six leading Democrats, national polls")],
  ["The generic ballot: two bands that meet stack, never blend", generic],
  ["Small multiples: net approval on six issues", issues, {}, renderSmallMultiples],
  [
    "Small multiples by group: Democrats and Republicans on aiding Ukraine (as reported)",
    apNorcUkraineByParty,
    { by: "group", colors: parties },
    renderSmallMultiples,
  ],
  ["A long span: British polls, 1945–2021", britain, { colors: britishColors }],
  [
    "One poll",
    {
      title: "A single poll",
      source: { name: "Example Research" },
      series: [{ id: "a", label: "Approve", points: [poll("2024-06-30", 41, { marginOfError: 3 })] }],
    },
  ],
  [
    "Two polls",
    {
      title: "Two polls, a year apart",
      source: { name: "Example Research" },
      series: [
        {
          id: "a",
          label: "Favor",
          points: [poll("2023-06-01", 44, { marginOfError: 3.1 }), poll("2024-06-01", 51, { marginOfError: 3 })],
        },
      ],
    },
  ],
  [
    "Values near 0% and 100%",
    {
      title: "Nearly everyone, and nearly no one",
      series: [
        {
          id: "hi",
          label: "Have heard of it",
          points: [poll("2024-01-10", 97), poll("2024-03-10", 98.5), poll("2024-05-10", 99)],
        },
        {
          id: "lo",
          label: "Never heard of it",
          points: [poll("2024-01-10", 2.5), poll("2024-03-10", 1.2), poll("2024-05-10", 0.8)],
        },
      ],
    },
  ],
  [
    "A long Spanish title",
    {
      title:
        "El apoyo de los adultos en Estados Unidos a enviar armas a Ucrania cayó después de los primeros meses de la guerra",
      subtitle: "Porcentaje de adultos en EE. UU. a favor de que EE. UU. envíe armas a Ucrania",
      population: "adultos en EE. UU.",
      source: { name: "Centro AP-NORC de Investigación de Asuntos Públicos" },
      series: [{ id: "armas", label: "A favor de enviar armas", points: apNorcUkraineSupport.series[0].points }],
    },
    { locale: "es-US" },
  ],
  [
    "Two events close together",
    {
      title: "Approval through a shutdown and a debate",
      events: [
        { date: "2023-10-01", label: "Government shutdown" },
        { date: "2023-10-12", label: "First debate" },
      ],
      series: [
        {
          id: "a",
          label: "Approve",
          points: ["2023-08-01", "2023-09-01", "2023-10-05", "2023-10-20", "2023-11-15"].map((d, i) => poll(d, 44 - i)),
        },
      ],
    },
  ],
  [
    "A gap of years",
    {
      title: "Trust in the press, with a gap in polling",
      series: [
        {
          id: "t",
          label: "Trust a great deal",
          points: [
            poll("2004-06-01", 44),
            poll("2006-06-01", 41),
            poll("2008-06-01", 40),
            poll("2016-06-01", 32),
            poll("2018-06-01", 33),
            poll("2020-06-01", 30),
          ],
        },
      ],
    },
  ],
  [
    "A few weeks of daily polls",
    {
      title: "A month of a daily tracker",
      series: [
        {
          id: "d",
          label: "Approve",
          points: Array.from({ length: 28 }, (_, i) =>
            poll(`2024-02-${String(i + 1).padStart(2, "0")}`, Math.round((45 + 2 * Math.sin(i / 3)) * 10) / 10, {
              pollster: "Daily Tracker",
            }),
          ),
        },
      ],
    },
  ],
  [
    "Eight answers within a few points",
    {
      title: "Eight answers within a few points",
      series: Array.from({ length: 8 }, (_, s) => ({
        id: `s${s}`,
        label: `Answer ${String.fromCharCode(65 + s)}`,
        points: ["2021-01-01", "2021-03-01", "2021-05-01", "2021-07-01", "2021-09-01"].map((d, i) =>
          poll(d, Math.round((40 + s * 0.9 + Math.sin(i + s) * 1.5) * 10) / 10),
        ),
      })),
    },
  ],
];

const out = new URL("./output/gallery/", import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
let failures = 0;
/** What the gallery passes every chart: the poll average and Spanish. */
const parts = { averages, languages: [spanish] };
const sections = cases.map(([name, dataset, options = {}, render = renderTrendChart], i) => {
  const cells = [];
  let description;
  for (const scheme of ["light", "dark"]) {
    for (const width of [320, 640]) {
      const file = `${String(i + 1).padStart(2, "0")}-${scheme}-${width}.svg`;
      let body;
      try {
        const svg = render(dataset, { ...parts, ...options, width, colorScheme: scheme });
        writeFileSync(new URL(file, out), svg);
        body = svg;
        description ??= /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1];
      } catch (error) {
        failures++;
        body = `<pre class="error">${escapeHtml(String(error.message ?? error))}</pre>`;
      }
      cells.push(`<div class="cell ${scheme}"><p>${width} px, ${scheme}</p>${body}</div>`);
    }
  }
  // A chart's alt text is its short summary; small multiples' is their overview, the <desc> (already escaped).
  let words = "";
  try {
    words =
      render === renderTrendChart
        ? escapeHtml(
            summarizeTrend(dataset, {
              ...parts,
              ...(options.locale ? { locale: options.locale } : {}),
              length: "short",
            }),
          )
        : (description ?? "");
  } catch (error) {
    words = escapeHtml(String(error.message ?? error));
  }
  return `<section><h2>${i + 1}. ${escapeHtml(name)}</h2><p class="alt">Alt text: ${words}</p><div class="row">${cells.join("")}</div></section>`;
});
writeFileSync(
  new URL("index.html", out),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>poll-trend gallery</title>
<style>body{margin:0;padding:16px;font:14px/1.4 Helvetica,Arial,sans-serif;background:#f4f4f4;color:#1a1a1a}h1{font-size:20px}h2{font-size:16px;margin:24px 0 4px}.alt{color:#444;max-width:60em}.row{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}.cell{background:#fff;padding:8px;border:1px solid #ccc}.cell.dark{background:#141414;color:#f2f2f2}.cell p{margin:0 0 4px;font-size:12px}.error{color:#b00;white-space:pre-wrap;max-width:300px}</style></head>
<body><h1>poll-trend gallery: ${cases.length} cases at 320 and 640 px, light and dark</h1>${sections.join("\n")}</body></html>
`,
);
console.log(
  `wrote examples/output/gallery/index.html: ${cases.length} cases, ${cases.length * 4} charts${failures ? `, ${failures} failed to render (shown as errors)` : ""}`,
);
