import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { apNorcUkraineSupport, renderTrendChart } from "../src/index.js";
import { parseSvg } from "./svg.js";

const CLI = join(import.meta.dirname, "..", "dist", "cli.js");
let dir = "";

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CSV = 'series,date,value,marginOfError,sampleSize,fieldStart\n"Favor providing weapons",2022-05-16,60,,1172,2022-05-12\n"Favor providing weapons",2023-01-30,48,4.2,1068,2023-01-26\n';

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

  it("renders the same chart from a CSV with quoted fields as from the equivalent JSON", () => {
    const json = {
      title: "polls",
      series: [{ id: "Favor providing weapons", label: "Favor providing weapons", points: [{ date: "2022-05-16", fieldStart: "2022-05-12", value: 60, sampleSize: 1172 }, { date: "2023-01-30", fieldStart: "2023-01-26", value: 48, marginOfError: 4.2, sampleSize: 1068 }] }],
    };
    writeFileSync(join(dir, "polls.json"), JSON.stringify(json));
    const fromCsv = run(["chart", "polls.csv"]);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout).toBe(run(["chart", "polls.json"]).stdout);
    writeFileSync(join(dir, "commas.csv"), 'series,date,value\n"Yes, with conditions",2020-01-01,40\n');
    expect(run(["summary", "commas.csv"]).stdout).toContain("“Yes, with conditions” was at 40% in January 2020");
  });

  it("reads standard input and detects CSV or JSON", () => {
    expect(run(["summary", "-", "--short"], CSV).stdout).toBe("Poll trend. Favor providing weapons: 48% in January 2023, down 12 percentage points from 60% in May 2022.\n");
    expect(run(["summary", "-"], JSON.stringify(apNorcUkraineSupport)).stdout).toMatch(/^In November 2023, 48% of U.S. adults/);
  });

  it("applies --title, --source, --width, --height and --color-scheme", () => {
    const { stdout } = run(["chart", "polls.csv", "--title", "Arms for Ukraine", "--source", "AP-NORC", "--width", "500", "--height", "360", "--color-scheme", "dark"]);
    const doc = parseSvg(stdout);
    expect(doc.querySelector("title")?.textContent).toBe("Arms for Ukraine");
    expect(doc.documentElement.getAttribute("viewBox")).toBe("0 0 500 360");
    expect(stdout).toContain("Source: AP-NORC");
    expect(doc.querySelector(".pt-bg")?.getAttribute("fill")).toBe("#141414");
  });

  it("writes -o files whole, for chart, report and table", () => {
    for (const [command, file] of [["chart", "out.svg"], ["report", "out.html"], ["table", "table.html"]] as const) {
      const { code } = run([command, "ap.json", "-o", file]);
      expect(code).toBe(0);
      expect(readFileSync(join(dir, file), "utf8").length).toBeGreaterThan(500);
    }
    expect(readFileSync(join(dir, "out.html"), "utf8")).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it("prints --help and --version", () => {
    expect(run(["--help"]).stdout).toContain("Usage: poll-trend <command> <input>");
    expect(run(["--version"]).stdout).toBe(`${JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")).version}\n`);
  });
});

describe("poll-trend CLI on bad input", () => {
  const noLeftovers = () => readdirSync(dir).filter((f) => f.startsWith("fail") || f.includes(".tmp"));

  it("names the CSV line and column of a bad value, exits 1 and leaves no file", () => {
    const { code, stdout, stderr } = run(["chart", "bad.csv", "-o", "fail.svg"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe('poll-trend: bad.csv line 2, column value: expected a number from 0 to 100, received "abc"\n');
    expect(noLeftovers()).toEqual([]);
  });

  it("reports a missing file in one line with exit 1", () => {
    const { code, stderr } = run(["chart", "missing.json", "-o", "fail.svg"]);
    expect(code).toBe(1);
    expect(stderr).toBe("poll-trend: cannot read missing.json: no such file\n");
    expect(noLeftovers()).toEqual([]);
  });

  it("reports invalid JSON and invalid data without a stack trace", () => {
    expect(run(["chart", "broken.json"]).stderr).toMatch(/^poll-trend: broken.json is not valid JSON: .*\n$/);
    writeFileSync(join(dir, "invalid.json"), JSON.stringify({ title: "t", series: [{ id: "a", label: "A", points: [{ date: "2023-02-30", value: 101 }] }] }));
    const { code, stderr } = run(["summary", "invalid.json"]);
    expect(code).toBe(1);
    expect(stderr).toBe("poll-trend: series[0].points[0].date: expected a calendar date written YYYY-MM-DD, received \"2023-02-30\" (and 1 more problem)\n");
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("treats a bad flag, an unknown command and a bad option value as usage errors with the help", () => {
    for (const args of [["chart", "ap.json", "--wat"], ["frobnicate", "ap.json"], ["chart"], ["chart", "ap.json", "--width", "wide"], ["chart", "ap.json", "--color-scheme", "blue"]]) {
      const { code, stdout, stderr } = run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^poll-trend: .*\n\nUsage: poll-trend/);
    }
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
      const fifo = join(dir, `${command}.fifo`);
      const received = join(dir, `${command}-received.out`);
      execFileSync("mkfifo", [fifo]);
      const reader = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", fifo, received]);
      const done = new Promise((resolve) => reader.on("exit", resolve));
      const { code, stderr } = run([command, "ap.json", "-o", fifo]);
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
    expect(missing.stderr).toBe(`poll-trend: cannot write no/such/folder/chart.svg: the folder ${join(dir, "no", "such", "folder")} does not exist\n`);
    const folder = run(["chart", "ap.json", "-o", "folder.svg"]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe("poll-trend: cannot write folder.svg: it is a directory\n");
    expect(lstatSync(join(dir, "folder.svg")).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, "folder.svg"))).toEqual([]);
  });
});
