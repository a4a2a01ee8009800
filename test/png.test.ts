import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { nodeIo } from "../src/cli/node-io.js";
import {
  apNorcUkraineSupport,
  fontMetricsFromFile,
  PollDataError,
  prepareTrend,
  renderTrendChart,
} from "../src/index.js";
import { renderPng } from "../src/png/index.js";
import { type Decoded, dark, decodePng, inkIn, light, pixel } from "./png-decode.js";

// PNGs are decoded here (test/png-decode.ts), and what they must show is worked out from the SVG the
// chart library draws and from the fonts' own advance widths: the size is the chart's size × scale, and
// the title's ink ends where its first line, set in the bundled Liberation Sans Bold, ends.

const root = join(import.meta.dirname, "..");
const BOLD = readFileSync(join(root, "fonts", "LiberationSans-Bold.ttf"));
const DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
let dir = "";
/** Folders this file made, removed after it. */
const made: string[] = [];
const folder = (prefix: string) => {
  made.push(mkdtempSync(join(tmpdir(), prefix)));
  return made.at(-1) as string;
};

beforeAll(() => {
  dir = folder("poll-trend-pngtest-");
  writeFileSync(join(dir, "ap.json"), JSON.stringify(apNorcUkraineSupport));
});
afterAll(() => {
  for (const path of made) rmSync(path, { recursive: true, force: true });
});

/** The chart's size in px and its title's first line: where it starts, its baseline, its size and its text. */
function chartFacts(svg: string) {
  const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  const title =
    /<text class="pt-ftx"[^>]* font-size="(\d+)" font-weight="bold"[^>]*><tspan x="([\d.]+)" y="([\d.]+)">([^<]*)</.exec(
      svg,
    );
  if (!title) throw new Error("no title in the SVG");
  const [, size, x, y, text] = title;
  return {
    width: Number(width),
    height: Number(height),
    size: Number(size),
    x: Number(x),
    y: Number(y),
    text: String(text),
  };
}

/** Where a line of text set in a font ends, in px: the sum of its characters' advance widths. */
function lineEnd(text: string, widths: Readonly<Record<string, number>>, size: number, x: number): number {
  return x + [...text.trimEnd()].reduce((sum, c) => sum + (widths[c] ?? Number.NaN) * size, 0);
}

/** The ink in the band of the title's first line, from its cap height to below its baseline. */
function titleInk(image: Decoded, svg: string, scale: number, ink = dark) {
  const { size, y } = chartFacts(svg);
  return inkIn(image, Math.floor((y - size) * scale), Math.ceil((y + 0.25 * size) * scale), ink);
}

const LIBERATION_BOLD = fontMetricsFromFile(BOLD).widths;

/**
 * Expects the title's first line drawn: ink over at least an eighth of the box its text spans (a 20 px
 * bold line inks about a fifth; no text inks none), ending within 4 px of where the line ends when set
 * in the font whose widths are given (the bundled Liberation Sans Bold unless others are).
 */
function expectTitleDrawn(image: Decoded, svg: string, scale: number, ink = dark, widths = LIBERATION_BOLD): void {
  const { text, size, x } = chartFacts(svg);
  const end = lineEnd(text, widths, size, x);
  const drawn = titleInk(image, svg, scale, ink);
  expect(drawn.count).toBeGreaterThanOrEqual((end - x) * size * scale * scale * 0.125);
  expect(Math.abs(drawn.right / scale - end)).toBeLessThanOrEqual(4);
}

describe("renderPng draws a chart as PNG bytes", () => {
  const svg = renderTrendChart(apNorcUkraineSupport);
  const facts = chartFacts(svg);

  for (const scale of [1, 2]) {
    it(`at scale ${scale}: the chart's width and height × ${scale} in pixels, its title drawn in Liberation Sans Bold`, () => {
      const image = decodePng(renderPng(apNorcUkraineSupport, { scale }));
      expect([image.width, image.height]).toEqual([640 * scale, facts.height * scale]);
      expect(pixel(image, 1, 1)).toEqual([255, 255, 255, 255]);
      expectTitleDrawn(image, svg, scale);
    });
  }

  it("draws the same picture from the chart's SVG, scaled to the width asked", () => {
    expect(Buffer.from(renderPng(svg)).equals(Buffer.from(renderPng(apNorcUkraineSupport)))).toBe(true);
    const half = decodePng(renderPng(svg, { width: 320, scale: 2 }));
    expect([half.width, half.height]).toEqual([640, facts.height]);
  });

  it("draws a prepared trend as its dataset, and the same bytes twice", () => {
    const once = Buffer.from(renderPng(prepareTrend(apNorcUkraineSupport)));
    expect(once.equals(Buffer.from(renderPng(apNorcUkraineSupport)))).toBe(true);
    expect(once.equals(Buffer.from(renderPng(prepareTrend(apNorcUkraineSupport))))).toBe(true);
  });

  it("lays a 320 px chart out narrow, and draws it 320 × scale pixels wide", () => {
    const narrow = renderTrendChart(apNorcUkraineSupport, { width: 320 });
    const image = decodePng(renderPng(apNorcUkraineSupport, { width: 320, scale: 3 }));
    expect([image.width, image.height]).toEqual([960, chartFacts(narrow).height * 3]);
    expectTitleDrawn(image, narrow, 3);
  });

  it("draws the dark scheme on its own #141414, with light text; auto draws light", () => {
    const darkSvg = renderTrendChart(apNorcUkraineSupport, { colorScheme: "dark" });
    const image = decodePng(renderPng(apNorcUkraineSupport, { colorScheme: "dark" }));
    expect(pixel(image, 1, 1)).toEqual([0x14, 0x14, 0x14, 255]);
    expectTitleDrawn(image, darkSvg, 1, light);
    const auto = decodePng(renderPng(apNorcUkraineSupport, { colorScheme: "auto" }));
    expect(pixel(auto, 1, 1)).toEqual([255, 255, 255, 255]);
  });

  it("puts a background color or transparency behind the chart", () => {
    const clear = decodePng(renderPng(apNorcUkraineSupport, { background: "transparent" }));
    expect(pixel(clear, 1, 1)[3]).toBe(0);
    expectTitleDrawn(clear, svg, 1, ([r, g, b, a]) => r < 96 && g < 96 && b < 96 && a > 128);
    const ivory = decodePng(renderPng(apNorcUkraineSupport, { background: "#fffaf0" }));
    expect(pixel(ivory, 1, 1)).toEqual([0xff, 0xfa, 0xf0, 255]);
    const named = decodePng(renderPng(svg.replace('fill="#ffffff"', 'fill="none"'), { background: "tomato" }));
    expect(pixel(named, 1, 1)).toEqual([255, 99, 71, 255]);
  });

  it("sets the chart in a brand font given as bytes, laid out with its widths and drawn with it", () => {
    const [regular, bold] = [readFileSync(DEJAVU), readFileSync(DEJAVU_BOLD)];
    const metrics = fontMetricsFromFile(regular, bold);
    const brandSvg = renderTrendChart(apNorcUkraineSupport, {
      fontFamily: '"DejaVu Sans", sans-serif',
      fontMetrics: metrics,
    });
    const brand = chartFacts(brandSvg);
    const temporary = () => readdirSync(tmpdir()).filter((f) => f.startsWith("poll-trend-png-"));
    const before = temporary();
    const png = renderPng(apNorcUkraineSupport, { fontFiles: [bold, regular] });
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([640, brand.height]);
    const dejavuEnd = lineEnd(brand.text, metrics.boldWidths ?? {}, brand.size, brand.x);
    const liberationWouldEnd = lineEnd(brand.text, fontMetricsFromFile(BOLD).widths, brand.size, brand.x);
    expect(dejavuEnd - liberationWouldEnd).toBeGreaterThan(20); // the two fonts are told apart
    expectTitleDrawn(image, brandSvg, 1, dark, metrics.boldWidths);
    // Paths give the same picture as bytes; the temporary copies of the bytes are gone.
    expect(
      Buffer.from(renderPng(apNorcUkraineSupport, { fontFiles: [DEJAVU, DEJAVU_BOLD] })).equals(Buffer.from(png)),
    ).toBe(true);
    expect(temporary()).toEqual(before);
  });

  it("wraps the chart to a brand font's own widths: Liberation Sans, narrower than the built-in widths, fits a word more", () => {
    const files = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"].map((f) => join(root, "fonts", f));
    const metrics = fontMetricsFromFile(readFileSync(files[0] as string), BOLD);
    const fitted = renderTrendChart(apNorcUkraineSupport, {
      fontFamily: '"Liberation Sans", sans-serif',
      fontMetrics: metrics,
    });
    expect(chartFacts(fitted).text).not.toBe(chartFacts(svg).text); // else this test could not fail
    const image = decodePng(renderPng(apNorcUkraineSupport, { fontFiles: files }));
    expect(image.height).toBe(chartFacts(fitted).height);
    expectTitleDrawn(image, fitted, 1);
  });

  it("refuses text that no loaded font draws, naming the characters, rather than drawing empty boxes", () => {
    const dataset = { ...apNorcUkraineSupport, title: "支持乌克兰 support" };
    expect(() => renderPng(dataset)).toThrow(PollDataError);
    expect(() => renderPng(dataset)).toThrow(
      /draws "支" \(U\+652F\), "持" \(U\+6301\), "乌" \(U\+4E4C\), "克" \(U\+514B\), "兰" \(U\+5170\)/,
    );
    // Latin, Greek and Cyrillic are in Liberation Sans.
    expect(() => renderPng({ ...apNorcUkraineSupport, title: "Ελλάδα, Україна, Čeština" })).not.toThrow();
  });

  it("names every bad option", () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof PollDataError) return error.issues.map((i) => `${i.where}: ${i.message}`);
        throw error;
      }
      throw new Error("no error");
    };
    expect(issues(() => renderPng(apNorcUkraineSupport, { scale: 0, fontFiles: [""] }))).toEqual([
      "options.scale: expected a number of device pixels per px from 0.25 to 8, received 0",
      'options.fontFiles[0]: expected the path or the bytes of a .ttf or .otf font, received ""',
    ]);
    expect(issues(() => renderPng(apNorcUkraineSupport, { scale: 8.5 }))[0]).toMatch(
      /^options\.scale: .* received 8\.5$/,
    );
    expect(issues(() => renderPng(apNorcUkraineSupport, { background: "nonsense" }))).toEqual([
      'options.background: expected a CSS color (#fffaf0, rgb(255 250 240), ivory) or "transparent", received "nonsense"',
    ]);
    expect(issues(() => renderPng(apNorcUkraineSupport, { fontFiles: [join(dir, "none.ttf")] }))).toEqual([
      `options.fontFiles[0]: expected a readable .ttf or .otf font file, received "${join(dir, "none.ttf")}" (no such file)`,
    ]);
    expect(issues(() => renderPng(apNorcUkraineSupport, { fontFiles: [new Uint8Array(40)] }))[0]).toMatch(
      /^options\.fontFiles\[0\]: fontMetricsFromFile needs the bytes of a \.ttf, \.otf, \.woff or \.woff2 font$/,
    );
    expect(issues(() => renderPng(svg, { colorScheme: "dark" }))).toEqual([
      "options.colorScheme: expected no chart option with an SVG, which is drawn already: give the dataset to draw it so",
    ]);
    expect(issues(() => renderPng(apNorcUkraineSupport, { width: 4000, scale: 8 }))[0]).toMatch(
      /^options\.scale: expected a PNG of at most 16,384 pixels on a side and 64 megapixels, received 32000 × \d+ pixels/,
    );
    expect(issues(() => renderPng(apNorcUkraineSupport, { width: 100 }))[0]).toMatch(/^options\.width: /);
    expect(() => renderPng("chart.svg")).toThrow("received a string that is no SVG");
  });
});

describe("renderPng on a machine without fonts", () => {
  it("draws every text with the bundled font, where resvg with the system's fonts draws none", () => {
    const home = folder("poll-trend-nofonts-");
    const config = join(home, "fonts.conf");
    writeFileSync(
      config,
      `<?xml version="1.0"?>\n<fontconfig><cachedir>${join(home, "cache")}</cachedir></fontconfig>\n`,
    );
    const script = `
      import { createRequire } from "node:module";
      import { apNorcUkraineSupport, renderTrendChart } from ${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)};
      import { renderPng } from ${JSON.stringify(pathToFileURL(join(root, "dist", "png.js")).href)};
      const { Resvg } = createRequire(${JSON.stringify(join(root, "package.json"))})("@resvg/resvg-js");
      const png = process.env.PT_RENDER === "system"
        ? new Resvg(renderTrendChart(apNorcUkraineSupport), {}).render().asPng()
        : renderPng(apNorcUkraineSupport);
      process.stdout.write(png);`;
    const draw = (how: string) => {
      const env = { ...process.env, FONTCONFIG_FILE: config, HOME: home, XDG_DATA_HOME: home, PT_RENDER: how };
      const out = spawnSync(process.execPath, ["--input-type=module", "-e", script], { env, maxBuffer: 1 << 26 });
      expect(out.stderr.toString()).toBe("");
      return decodePng(out.stdout);
    };
    const svg = renderTrendChart(apNorcUkraineSupport);
    // The control: this machine, as the child sees it, has no font at all.
    expect(titleInk(draw("system"), svg, 1).count).toBe(0);
    expectTitleDrawn(draw("bundled"), svg, 1);
  });
});

/** The CLI in this process, rooted in the test's folder, its output captured. */
function run(args: string[]) {
  let stderr = "";
  const bytes: Uint8Array[] = [];
  const io = {
    ...nodeIo(dir),
    stdout: () => {
      throw new Error("text on standard output");
    },
    stderr: (text: string) => {
      stderr += text;
    },
    stdoutBytes: (b: Uint8Array) => {
      bytes.push(b);
    },
  };
  return { code: main(args, io), stderr, bytes };
}

describe("poll-trend chart -o chart.png", () => {
  const height = chartFacts(renderTrendChart(apNorcUkraineSupport)).height;

  it("writes a PNG for a .png name, --pixel-ratio pixels per px", () => {
    expect(run(["chart", "ap.json", "-o", "chart.png"])).toEqual({ code: 0, stderr: "", bytes: [] });
    const image = decodePng(readFileSync(join(dir, "chart.png")));
    expect([image.width, image.height]).toEqual([640, height]);
    expect(run(["chart", "ap.json", "-o", "chart2.png", "--pixel-ratio", "2", "--width", "320"]).code).toBe(0);
    const narrow = decodePng(readFileSync(join(dir, "chart2.png")));
    const narrowSvg = renderTrendChart(apNorcUkraineSupport, { width: 320 });
    expect([narrow.width, narrow.height]).toEqual([640, chartFacts(narrowSvg).height * 2]);
    expectTitleDrawn(narrow, narrowSvg, 2);
  });

  it("writes PNG with --format png, to standard output when no file is named", () => {
    const { code, bytes } = run(["chart", "ap.json", "--format", "png"]);
    expect(code).toBe(0);
    expect(decodePng(Buffer.concat(bytes)).width).toBe(640);
  });

  it("replaces an existing file whole, keeping its permissions, and keeps it when a run fails", () => {
    const target = join(dir, "kept.png");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    expect(run(["chart", "ap.json", "-o", "kept.png"]).code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(decodePng(readFileSync(target)).height).toBe(height);
    writeFileSync(join(dir, "bad.csv"), "series,date,value\nA,2022-05-16,abc\n");
    writeFileSync(target, "old");
    expect(run(["chart", "bad.csv", "-o", "kept.png"]).code).toBe(1);
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses what it cannot write, and PNG flags without a PNG, as usage errors", () => {
    const cases: [string[], string][] = [
      [
        ["chart", "ap.json", "-o", "chart.jpg"],
        "-o chart.jpg: chart writes SVG or PNG, so the file should end in .svg or .png, not .jpg",
      ],
      [
        ["chart", "ap.json", "-o", "chart.svg", "--format", "png"],
        "-o chart.svg: --format png writes PNG, so the file should end in .png, not .svg",
      ],
      [["chart", "ap.json", "--format", "gif"], '--format: expected svg or png, received "gif"'],
      [["report", "ap.json", "--format", "png"], "--format is for chart; report writes HTML"],
      [
        ["chart", "ap.json", "-o", "chart.svg", "--pixel-ratio", "2"],
        "--pixel-ratio is for a PNG: write one with -o chart.png or --format png",
      ],
      [
        ["chart", "ap.json", "-o", "c.png", "--pixel-ratio", "9"],
        "--pixel-ratio: expected a number of device pixels per px from 0.25 to 8, received 9",
      ],
      [
        ["chart", "ap.json", "-o", "c.png", "--font", "none.ttf"],
        '--font: expected a readable .ttf or .otf font file, received "none.ttf" (no such file)',
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr.split("\n")[0]).toBe(`poll-trend: ${message}`);
    }
    expect(existsSync(join(dir, "chart.jpg")) || existsSync(join(dir, "c.png"))).toBe(false);
  });

  it("runs as an executable: -o chart.png writes a PNG", () => {
    const cli = join(root, "dist", "cli.js");
    const out = spawnSync(process.execPath, [cli, "chart", "ap.json", "-o", "exe.png", "--pixel-ratio", "2"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    const image = decodePng(readFileSync(join(dir, "exe.png")));
    expect([image.width, image.height]).toEqual([1280, height * 2]);
  });
});

describe("without @resvg/resvg-js installed", () => {
  /** A copy of the built package beside every dependency but @resvg/resvg-js: poll-trend as an app installs it. */
  function packageWithoutRenderer(): string {
    const copy = folder("poll-trend-norenderer-");
    mkdirSync(join(copy, "dist"));
    for (const file of readdirSync(join(root, "dist")))
      copyFileSync(join(root, "dist", file), join(copy, "dist", file));
    copyFileSync(join(root, "package.json"), join(copy, "package.json"));
    symlinkSync(join(root, "fonts"), join(copy, "fonts"));
    mkdirSync(join(copy, "node_modules"));
    for (const name of readdirSync(join(root, "node_modules"))) {
      if (name !== "@resvg" && !name.startsWith("."))
        symlinkSync(join(root, "node_modules", name), join(copy, "node_modules", name));
    }
    return copy;
  }

  it("says what to install, in the library and in one line of the CLI with exit code 1", () => {
    const copy = packageWithoutRenderer();
    const library = spawnSync(
      process.execPath,
      [
        "-e",
        'try { require("./dist/png.cjs").renderPng(require("./dist/index.cjs").apNorcUkraineSupport); } catch (e) { console.log(e.message); }',
      ],
      { cwd: copy, encoding: "utf8" },
    );
    expect(library.stdout).toBe(
      "poll-trend/png draws with @resvg/resvg-js, an optional peer dependency that is not installed: npm install @resvg/resvg-js\n",
    );
    writeFileSync(join(copy, "ap.json"), JSON.stringify(apNorcUkraineSupport));
    const cli = spawnSync(process.execPath, [join(copy, "dist", "cli.js"), "chart", "ap.json", "-o", "chart.png"], {
      cwd: copy,
      encoding: "utf8",
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toBe(
      "poll-trend: a PNG needs @resvg/resvg-js, an optional peer dependency that is not installed: npm install @resvg/resvg-js (npm install -g @resvg/resvg-js beside a global poll-trend)\n",
    );
    expect(existsSync(join(copy, "chart.png"))).toBe(false);
    // The SVG needs no renderer.
    const svg = spawnSync(process.execPath, [join(copy, "dist", "cli.js"), "chart", "ap.json", "-o", "chart.svg"], {
      cwd: copy,
      encoding: "utf8",
    });
    expect(svg.status).toBe(0);
  });
});
