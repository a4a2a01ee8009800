import { LIGHT } from "../src/chart/theme.js";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { nodeIo } from "../src/cli/node-io.js";
import { apNorcUkraineSupport, renderTrendChart, summarizeTrend } from "../src/index.js";
import { parseSvg } from "./svg.js";

// The CLI runs in this process, as `main(argv, io)` with Node's files rooted in a temporary folder and
// its output captured; only the tests of the executable itself (pipes, EPIPE) start a process.
const CLI = join(import.meta.dirname, "..", "dist", "cli.js");
let dir = "";

function run(args: string[], input?: string) {
  let stdout = "";
  let stderr = "";
  const io = {
    ...nodeIo(dir),
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    readStdin: () => input ?? "",
  };
  const code = main(args, io);
  return { code, stdout, stderr };
}

const CSV =
  'series,date,value,marginOfError,sampleSize,fieldStart\n"Favor providing weapons",2022-05-16,60,,1172,2022-05-12\n"Favor providing weapons",2023-01-30,48,4.2,1068,2023-01-26\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "poll-trend-cli-"));
  writeFileSync(join(dir, "ap.json"), JSON.stringify(apNorcUkraineSupport));
  writeFileSync(join(dir, "polls.csv"), CSV);
  writeFileSync(join(dir, "bad.csv"), "series,date,value\nA,2022-05-16,abc\n");
  writeFileSync(join(dir, "broken.json"), "{ not json");
});

describe("poll-trend CLI", () => {
  it("renders a chart from JSON to stdout", () => {
    const { code, stdout, stderr } = run(["chart", "ap.json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(renderTrendChart(apNorcUkraineSupport));
  });

  it("renders the same chart from a CSV with quoted fields as from the equivalent JSON, titled after its series", () => {
    const json = {
      title: "Favor providing weapons",
      series: [
        {
          id: "Favor providing weapons",
          label: "Favor providing weapons",
          points: [
            { date: "2022-05-16", fieldStart: "2022-05-12", value: 60, sampleSize: 1172 },
            { date: "2023-01-30", fieldStart: "2023-01-26", value: 48, marginOfError: 4.2, sampleSize: 1068 },
          ],
        },
      ],
    };
    writeFileSync(join(dir, "polls.json"), JSON.stringify(json));
    const fromCsv = run(["chart", "polls.csv"]);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout).toBe(run(["chart", "polls.json"]).stdout);
    expect(parseSvg(fromCsv.stdout).querySelector("title")?.textContent).toBe("Favor providing weapons");
    writeFileSync(join(dir, "commas.csv"), 'series,date,value\n"Yes, with conditions",2020-01-01,40\n');
    expect(run(["summary", "commas.csv"]).stdout).toContain("“Yes, with conditions” was at 40% in January 2020");
  });

  it("reads standard input and detects CSV or JSON", () => {
    expect(run(["summary", "-", "--short"], CSV).stdout).toBe(
      "Favor providing weapons: 48% in January 2023, down 12 percentage points from 60% in May 2022.\n",
    );
    expect(run(["summary", "-"], JSON.stringify(apNorcUkraineSupport)).stdout).toMatch(
      /^In November 2023, 48% of U.S. adults/,
    );
  });

  it("applies --title, --source, --width, --height and --color-scheme", () => {
    const { stdout } = run([
      "chart",
      "polls.csv",
      "--title",
      "Arms for Ukraine",
      "--source",
      "AP-NORC",
      "--width",
      "500",
      "--height",
      "360",
      "--color-scheme",
      "dark",
    ]);
    const doc = parseSvg(stdout);
    expect(doc.querySelector("title")?.textContent).toBe("Arms for Ukraine");
    expect(doc.documentElement.getAttribute("viewBox")).toBe("0 0 500 360");
    expect(stdout).toContain("Source: AP-NORC");
    expect(doc.querySelector(".pt-bg")?.getAttribute("fill")).toBe("#141414");
  });

  it("writes -o files whole, for chart, report, table and summary, with the content of each", () => {
    for (const [command, file] of [
      ["chart", "out.svg"],
      ["report", "out.html"],
      ["table", "table.html"],
      ["summary", "summary.txt"],
    ] as const) {
      const { code, stdout, stderr } = run([command, "ap.json", "-o", file]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toBe("");
      expect(readFileSync(join(dir, file), "utf8")).toBe(run([command, "ap.json"]).stdout);
    }
    const chart = parseSvg(readFileSync(join(dir, "out.svg"), "utf8"));
    expect(chart.querySelector("title")?.textContent).toBe(apNorcUkraineSupport.title);
    expect(chart.querySelectorAll('[role="graphics-symbol"]')).toHaveLength(8);
    const report = readFileSync(join(dir, "out.html"), "utf8");
    expect(report).toMatch(/^<!doctype html>\n<html lang="en-US">/);
    expect(report).toContain("<h1>Support for arming Ukraine fell after the first months of the war</h1>");
    expect(report).toContain("The AP-NORC poll of 1,239 U.S. adults was conducted Nov. 2–6, 2023.");
    const table = readFileSync(join(dir, "table.html"), "utf8");
    expect(table).toContain('<th scope="row">Jan. 26–30, 2023</th><td>48%</td><td>37%</td><td>±4.2</td><td>1,068</td>');
    expect(readFileSync(join(dir, "summary.txt"), "utf8")).toMatch(
      /^In November 2023, 48% of U.S. adults favored the U.S. providing weapons to Ukraine, unchanged from January\./,
    );
  });

  it("gives CLI users every chart option JSON users have", () => {
    const chart = (...args: string[]) => {
      const result = run(["chart", "ap.json", ...args]);
      expect(result.stderr, args.join(" ")).toBe("");
      return parseSvg(result.stdout);
    };
    expect(chart("--y-domain", "fit").querySelector("desc")?.textContent).toContain("Axis from 30% to 65%.");
    expect(chart("--y-domain", "zero-to-hundred").querySelector("desc")?.textContent).not.toContain("Axis");
    expect(chart("--y-domain", "20,80").querySelector("desc")?.textContent).toContain("Axis from 20% to 80%.");
    expect(chart("--labels", "legend").querySelectorAll('g[font-size="13"] text')).toHaveLength(2);
    expect(chart("--locale", "de-DE").querySelector("desc")?.textContent).toContain("Favor sending funds: 39\u00a0%");
    expect(chart("--id-prefix", "arms").documentElement.getAttribute("id")).toBe("arms");
    expect(chart("--height", "500").documentElement.getAttribute("height")).toBe("500");
    // On a 0–100 axis, whose note would otherwise come first (a note never costs the alt text a series).
    expect(
      chart("--max-gap-days", "100", "--y-domain", "zero-to-hundred").querySelector("desc")?.textContent,
    ).toContain("Gaps in polling break the line.");
    const lines = (doc: Document) =>
      [...doc.querySelectorAll('[role="graphics-object"] > path[stroke-width]')].filter((p) =>
        p.getAttribute("class")?.includes("pt-line"),
      );
    expect(lines(chart("--dashes")).map((l) => l.getAttribute("stroke-dasharray"))).toEqual([null, "7 3"]);
    const grey = lines(chart("--highlight", "funds")).map((l) => l.getAttribute("stroke"));
    expect(grey[0]).not.toBe(LIGHT.series[0]);
    expect(LIGHT.series).not.toContain(grey[0]);
    const margins = chart("--plot-margins", "200,100");
    const gridTop = Math.min(
      ...[...(margins.querySelector(".pt-kgr")?.getAttribute("d") ?? "").matchAll(/,([\d.]+)H/g)].map((m) =>
        Number(m[1]),
      ),
    );
    expect(gridTop).toBe(200);
    const refused = run(["chart", "ap.json", "--band", "wide"]);
    expect(refused.stderr).toMatch(/^poll-trend: --band: expected /);
    const sliced = chart("--from", "2022-05-01", "--to", "2023-02-15");
    expect(sliced.querySelector("desc")?.textContent).toBe(
      "Favor providing weapons: 48% in January 2023, down 12 percentage points from 60% in May 2022; Favor sending funds: 37%. Axis from 30% to 65%.",
    );
    expect(run(["summary", "ap.json", "--to", "2023-02-15", "--short"]).stdout).toContain("48% in January 2023");
  });

  it("averages a real tracker file, and reads a wide one", () => {
    const tracker = join(import.meta.dirname, "data", "approval-tracker.csv");
    const { code, stdout, stderr } = run(["summary", tracker, "--source", "FiveThirtyEight"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^The poll average of 312 polls \(a daily estimate that follows the polls as they come, each pollster counted once, larger polls weighted more\) put “Approve” at/,
    );
    expect(run(["summary", tracker, "--average", "off"]).stdout).toMatch(
      /^“Approve” was at 44% in an IBD\/TIPP poll on April 29, 2020/,
    );
    expect(run(["summary", tracker, "--average", "120"]).stdout).toContain("over windows of about 120 days");
    const wide = run([
      "summary",
      join(import.meta.dirname, "data", "approval-tracker-wide.csv"),
      "--value-columns",
      "Approve,Disapprove",
      "--ignore-unknown-columns",
      "--average",
      "off",
    ]);
    expect(wide.stderr).toBe("");
    expect(wide.stdout).toContain("“Approve” was at");
  });

  it("prints --help and --version", () => {
    expect(run(["--help"]).stdout).toContain("Usage: poll-trend <command> <input>");
    expect(run(["--version"]).stdout).toBe(
      `${JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")).version}\n`,
    );
  });
});

describe("poll-trend CLI on bad input", () => {
  const noLeftovers = () => readdirSync(dir).filter((f) => f.startsWith("fail") || f.includes(".tmp"));

  it("names the CSV line and column of a bad value, exits 1 and leaves no file", () => {
    const { code, stdout, stderr } = run(["chart", "bad.csv", "-o", "fail.svg"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'poll-trend: bad.csv line 2, column value: expected a number from 0 to 100 (from -100 to 100 in a net series), received "abc"; rows that cannot be polls are left out and listed with --invalid-rows skip\n',
    );
    expect(noLeftovers()).toEqual([]);
  });

  it("reports a missing file in one line with exit 1", () => {
    const { code, stderr } = run(["chart", "missing.json", "-o", "fail.svg"]);
    expect(code).toBe(1);
    expect(stderr).toBe("poll-trend: cannot read missing.json: no such file\n");
    expect(noLeftovers()).toEqual([]);
  });

  it("reports invalid JSON, and every problem in invalid data on its own line, without a stack trace", () => {
    expect(run(["chart", "broken.json"]).stderr).toMatch(/^poll-trend: broken.json is not valid JSON: .*\n$/);
    writeFileSync(
      join(dir, "invalid.json"),
      JSON.stringify({ title: "t", series: [{ id: "a", label: "A", points: [{ date: "2023-02-30", value: 101 }] }] }),
    );
    const { code, stderr } = run(["summary", "invalid.json"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "poll-trend: 2 problems in the data:\n" +
        '  invalid.json: series[0].points[0].date: expected a calendar date written YYYY-MM-DD, received "2023-02-30"\n' +
        "  invalid.json: series[0].points[0].value: expected a number from 0 to 100 (from -100 to 100 in a net series), received 101\n",
    );
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("lists up to 20 problems, then how many more; --all-errors lists them all", () => {
    const rows = Array.from({ length: 25 }, (_, i) => `A,2020-01-${String(i + 1).padStart(2, "0")},x${i}`).join("\n");
    writeFileSync(join(dir, "many.csv"), `series,date,value\n${rows}\n`);
    const some = run(["chart", "many.csv"]).stderr.split("\n");
    expect(some[0]).toBe("poll-trend: 25 problems in the data:");
    const bad = (line: number, cell: string) =>
      `  many.csv line ${line}, column value: expected a number from 0 to 100 (from -100 to 100 in a net series), received "${cell}"`;
    // The first names the flag that leaves such rows out; the others are said as they are.
    expect(some[1]).toBe(`${bad(2, "x0")}; rows that cannot be polls are left out and listed with --invalid-rows skip`);
    expect(some[20]).toBe(bad(21, "x19"));
    expect(some[21]).toBe("  and 5 more (--all-errors lists them all)");
    const all = run(["chart", "many.csv", "--all-errors"]).stderr.split("\n");
    expect(all[25]).toBe(bad(26, "x24"));
    expect(all).toHaveLength(27);
  });

  it("treats a bad flag, an unknown command and any invalid option value as usage errors, exit 2, in words", () => {
    const cases: [string[], string][] = [
      [["chart", "ap.json", "--wat"], "poll-trend: unknown option --wat"],
      [["chart", "ap.json", "--widht", "300"], "poll-trend: unknown option --widht (did you mean --width?)"],
      [
        ["chart", "ap.json", "--skip-bad-rows"],
        "poll-trend: unknown option --skip-bad-rows (did you mean --invalid-rows skip?)",
      ],
      [["chart", "ap.json", "--width"], "poll-trend: --width needs a value"],
      [["frobnicate", "ap.json"], 'poll-trend: unknown command "frobnicate" (commands: chart, summary, report, table)'],
      [["chart"], "poll-trend: chart needs an <input> file, or - for standard input"],
      [
        ["chart", "ap.json", "--width", "wide"],
        'poll-trend: --width: expected a number of px from 200 to 4000, received "wide"',
      ],
      [
        ["chart", "ap.json", "--width", "100"],
        "poll-trend: --width: expected a number of px from 200 to 4000, received 100",
      ],
      [
        ["chart", "ap.json", "--height", "100"],
        "poll-trend: --height: expected a height that leaves at least 80 px for the plot (the smallest height that fits this chart is",
      ],
      [
        ["chart", "ap.json", "--color-scheme", "blue"],
        'poll-trend: --color-scheme: expected "light" or "dark" or "auto", received "blue"',
      ],
      [["chart", "ap.json", "--y-domain", "60,40"], "poll-trend: --y-domain: expected"],
      [["chart", "ap.json", "--locale", "not a locale"], "poll-trend: --locale: expected a BCP 47 language tag"],
      [
        ["chart", "ap.json", "--average", "sometimes"],
        'poll-trend: --average: expected auto, on, off, kalman, loess or a LOESS window in days, received "sometimes"\n',
      ],
      // A window of 0 days is converted to { method: "loess", bandwidthDays: 0 }: what was typed is said.
      [
        ["chart", "ap.json", "--average", "0"],
        'poll-trend: --average: expected auto, on, off, kalman, loess or a LOESS window in days, received "0"\n',
      ],
      [
        ["chart", "ap.json", "--y-domain", "wide"],
        'poll-trend: --y-domain: expected fit, zero-to-hundred or MIN,MAX in percent, from -100 to 100, received "wide"\n',
      ],
      [
        ["chart", "ap.json", "--plot-margins", "40"],
        'poll-trend: --plot-margins: expected TOP,BOTTOM in px, from 0 to 4000, received "40"\n',
      ],
      [
        ["chart", "ap.json", "--color", "weapons"],
        "poll-trend: --color: expected ID=#RRGGBB: a series' id and a color",
      ],
      [
        ["chart", "ap.json", "--color", "weapons=#ffff00"],
        "poll-trend: --color: expected a color with at least 3:1 contrast with the background #ffffff",
      ],
      [["chart", "polls.csv", "--date-format", "YY"], 'poll-trend: --date-format: expected "YYYY-MM-DD" or "M/D/YYYY"'],
      [["chart", "ap.json", "--date-format", "M/D/YYYY"], "poll-trend: --date-format reads CSV files; ap.json is JSON"],
      [
        ["chart", "polls.csv", "--where", "subgroup"],
        'poll-trend: --where: expected COLUMN=VALUE, e.g. subgroup="All polls", received "subgroup"\n',
      ],
      [
        ["chart", "ap.json", "-o", "chart.gif"],
        "poll-trend: -o chart.gif: chart writes SVG or PNG, so the file should end in .svg or .png, not .gif",
      ],
      [
        ["report", "ap.json", "-o", "report.svg"],
        "poll-trend: -o report.svg: report writes HTML, so the file should end in .html or .htm, not .svg",
      ],
    ];
    for (const [args, start] of cases) {
      const { code, stdout, stderr } = run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.startsWith(start), `${args.join(" ")}: ${stderr}`).toBe(true);
      expect(stderr).not.toMatch(/poll-trend: poll-trend|options\.|ERR_|To specify a positional argument/);
    }
    expect(existsSync(join(dir, "chart.gif"))).toBe(false);
  });

  it("keeps an existing output file when a run fails", () => {
    writeFileSync(join(dir, "keep.svg"), "old");
    expect(run(["chart", "bad.csv", "-o", "keep.svg"]).code).toBe(1);
    expect(readFileSync(join(dir, "keep.svg"), "utf8")).toBe("old");
    expect(existsSync(join(dir, "keep.svg"))).toBe(true);
  });
});

describe("poll-trend -o never destroys what it writes to", () => {
  const commands = [
    ["chart", "svg"],
    ["report", "html"],
    ["table", "html"],
    ["summary", "txt"],
  ] as const;
  const expected = (command: string) => run([command, "ap.json"]).stdout;

  for (const [command] of commands) {
    it(`${command} -o /dev/null writes through the device and leaves it a character device`, () => {
      const { code, stderr } = run([command, "ap.json", "-o", "/dev/null"]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    });

    it(`${command} -o a FIFO gives the reader the whole output and leaves the FIFO a FIFO`, async () => {
      const fifo = join(dir, `${command}-pipe.svg`);
      const received = join(dir, `${command}-received.out`);
      execFileSync("mkfifo", [fifo]);
      const reader = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", fifo, received]);
      const done = new Promise((resolve) => reader.on("exit", resolve));
      const { code, stderr } = run([command, "ap.json", "-o", fifo]);
      if (code !== 0) reader.kill();
      await done;
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(readFileSync(received, "utf8")).toBe(expected(command));
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    });

    it(`${command} -o a symbolic link updates the link's target and keeps the link`, () => {
      const [, ext] = commands.find(([c]) => c === command) ?? [];
      mkdirSync(join(dir, "real"), { recursive: true });
      const target = join(dir, "real", `${command}-target.${ext}`);
      writeFileSync(target, "old");
      chmodSync(target, 0o640);
      const link = join(dir, `${command}-link.${ext}`);
      symlinkSync(join("real", `${command}-target.${ext}`), link);
      const { code, stderr } = run([command, "ap.json", "-o", `${command}-link.${ext}`]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readFileSync(target, "utf8")).toBe(expected(command));
      expect(statSync(target).mode & 0o777).toBe(0o640);
      expect(readdirSync(join(dir, "real")).filter((f) => f.includes(".tmp"))).toEqual([]);
    });
  }

  it("writes through a dangling symbolic link to the file it names", () => {
    symlinkSync("dangling-target.svg", join(dir, "dangling.svg"));
    expect(run(["chart", "ap.json", "-o", "dangling.svg"]).code).toBe(0);
    expect(lstatSync(join(dir, "dangling.svg")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "dangling-target.svg"), "utf8")).toBe(expected("chart"));
  });

  it("says in words why it cannot write into a missing folder or onto a folder, and writes nothing", () => {
    mkdirSync(join(dir, "folder.svg"), { recursive: true });
    const missing = run(["chart", "ap.json", "-o", "no/such/folder/chart.svg"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `poll-trend: cannot write no/such/folder/chart.svg: the folder ${join(dir, "no", "such", "folder")} does not exist\n`,
    );
    const folder = run(["chart", "ap.json", "-o", "folder.svg"]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe("poll-trend: cannot write folder.svg: it is a directory\n");
    expect(lstatSync(join(dir, "folder.svg")).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, "folder.svg"))).toEqual([]);
  });
});

describe("poll-trend CLI in pipes and with options that do not fit", () => {
  it("stops quietly when the reader of its output stops early, with no stack trace", () => {
    const out = spawnSync(
      "sh",
      [
        "-c",
        `"${process.execPath}" "${CLI}" chart "${join(import.meta.dirname, "data", "approval-tracker.csv")}" | head -c 60`,
      ],
      { encoding: "utf8" },
    );
    expect(out.stdout).toMatch(/^<svg xmlns/);
    expect(out.stderr).toBe("");
  });

  it("writes -o /dev/stdout into a pipe in place", () => {
    const out = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" summary ap.json --short -o /dev/stdout | cat`], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(out.stderr).toBe("");
    expect(out.stdout).toBe(`${summarizeTrend(apNorcUkraineSupport, { length: "short" })}\n`);
  });

  it("refuses --short outside summary, and --from after --to, as usage errors", () => {
    expect(run(["chart", "ap.json", "--short"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^poll-trend: --short is for summary; chart has no short form\n/),
    });
    expect(run(["chart", "ap.json", "--from", "2023-11-01", "--to", "2023-01-01"])).toMatchObject({
      code: 2,
      stderr: 'poll-trend: --from: expected a date on or before --to 2023-01-01, received "2023-11-01"\n',
    });
  });

  it("speaks of flags, not API options, and hints at --value-columns for a wide file", () => {
    const { stderr } = run(["chart", join(import.meta.dirname, "data", "approval-tracker-wide.csv")]);
    expect(stderr).toContain("read a wider file with --ignore-unknown-columns");
    expect(stderr).toContain(
      'expected a column named "series" (a file with one column per series is read with --value-columns)',
    );
    expect(stderr).not.toMatch(/unknownColumns|valueColumns/);
  });

  it("reads a small share beside large ones, and names the option that reads proportions", () => {
    writeFileSync(
      join(dir, "shares.csv"),
      "series,date,value\nFavor,2020-01-01,45\nOppose,2020-01-01,0.3\nOppose,2020-02-01,0.5\n",
    );
    expect(run(["summary", "shares.csv"]).code).toBe(0);
    writeFileSync(join(dir, "proportions.csv"), "series,date,value\nFavor,2020-01-01,0.45\nOppose,2020-01-01,0.3\n");
    expect(run(["chart", "proportions.csv"]).stderr).toBe(
      "poll-trend: proportions.csv, column value: expected percent from 0 to 100, received values from 0.3 to 0.45 in every series, which look like proportions: read them with --scale proportion (multiplied by 100), or --scale percent if they are percents\n",
    );
    expect(run(["summary", "proportions.csv", "--scale", "proportion", "--short"]).stdout).toBe(
      "Favor: 45% in January 2020; Oppose: 30% in January 2020.\n",
    );
  });
});

describe("poll-trend CLI on FiveThirtyEight's files as published (test/data/README.md)", () => {
  const data = (name: string) => join(import.meta.dirname, "data", name);

  it("turns the approval poll list into a summary with one command: 5,048 polls of All polls", () => {
    const { code, stdout, stderr } = run([
      "summary",
      data("538-approval-polllist-2020-05-29.csv.gz"),
      "--where",
      'subgroup="All polls"',
      "--value-columns",
      "approve,disapprove",
      "--date-format",
      "M/D/YYYY",
      "--ignore-unknown-columns",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/of 5,048 polls \([^)]+\) put “approve” at/);
    // The pollsters with the most polls first (counted by Python: YouGov 944, Ipsos 872, of 76 pollsters).
    expect(stdout).toContain("Source: polls by YouGov, Ipsos and 74 other pollsters.");
  });

  it("says which flag reads the file at each step, in flags, never in API options", () => {
    const file = data("538-approval-polllist-2020-05-29.csv.gz");
    const first = run(["chart", file]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(
      "read a wider file with --ignore-unknown-columns, and columns of values with --value-columns",
    );
    expect(first.stderr).toContain("with --date-format M/D/YYYY)");
    const repeats = run([
      "chart",
      file,
      "--ignore-unknown-columns",
      "--value-columns",
      "approve,disapprove",
      "--date-format",
      "M/D/YYYY",
    ]);
    expect(repeats.stderr.split("\n")[1]).toBe(
      '  538-approval-polllist-2020-05-29.csv.gz line 5050: expected each poll once, received the same poll again with the same value, a repeated row (read with --duplicates drop to keep the first); first at line 2; the two rows differ in column subgroup ("All polls" and "Adults"): keep one with --where subgroup="All polls"',
    );
    for (const text of [first.stderr, repeats.stderr])
      expect(text).not.toMatch(/unknownColumns|valueColumns|dateFormat|duplicates:/);
  });

  it("reads the primary list's national Democratic polls and the generic ballot", () => {
    const primary = run([
      "table",
      data("538-president-primary-polls-2019-10-30.csv.gz"),
      "--where",
      "party=DEM",
      "--where",
      "state=",
      "--date-format",
      "M/D/YYYY",
      "--ignore-unknown-columns",
    ]);
    expect(primary.stderr).toBe("");
    expect(primary.stdout).toContain('<th scope="col">Joseph R. Biden Jr.</th>');
    const generic = run([
      "summary",
      data("538-generic-polllist-2018-07-06.csv"),
      "--where",
      "subgroup=All polls",
      "--value-columns",
      "dem,rep",
      "--date-format",
      "M/D/YYYY",
      "--ignore-unknown-columns",
      "--short",
    ]);
    expect(generic.stderr).toBe("");
    expect(generic.code).toBe(0);
  });
});

describe("the poll-trend executable", () => {
  it("exits with the CLI's codes and writes to its streams", () => {
    const ok = spawnSync(process.execPath, [CLI, "--version"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(
      `${JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")).version}\n`,
    );
    const usage = spawnSync(process.execPath, [CLI, "chart"], { encoding: "utf8" });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^poll-trend: chart needs an <input> file/);
  });

  it("carries the poll average and Spanish: a tracker drawn with its average, a Spanish locale in Spanish words", () => {
    const tracker = join(import.meta.dirname, "data", "approval-tracker.csv");
    const chart = spawnSync(process.execPath, [CLI, "chart", tracker], { encoding: "utf8" });
    expect(chart.stderr).toBe("");
    expect(chart.stdout).toContain("poll average");
    const es = spawnSync(process.execPath, [CLI, "summary", join(dir, "ap.json"), "--locale", "es-US", "--short"], {
      encoding: "utf8",
    });
    expect(es.stderr).toBe("");
    expect(es.stdout).toMatch(
      /^Favor providing weapons: 48% en noviembre de 2023, 16 puntos porcentuales menos que el 64% de marzo de 2022/,
    );
  });
});
