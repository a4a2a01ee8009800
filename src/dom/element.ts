/// <reference lib="dom" />
import { parseCsv } from "../io/csv.js";
import type { PollDataset } from "../model/types.js";
import { type MountedChart, type MountOptions, mountTrendChart } from "./mount.js";
import { messageOf } from "../model/error.js";

/** The element's attributes and the chart option each sets. */
const ATTRIBUTES = {
  width: "width",
  height: "height",
  "color-scheme": "colorScheme",
  background: "background",
  palette: "palette",
  labels: "labels",
  "y-domain": "yDomain",
  "show-margin-of-error": "showMarginOfError",
  average: "average",
  frame: "frame",
  locale: "locale",
  "font-family": "fontFamily",
  "max-gap-days": "maxGapDays",
  "id-prefix": "idPrefix",
  table: "table",
} as const;

/** An attribute's text as the option's value: numbers, lists and booleans as the CLI reads them. */
function optionValue(name: keyof typeof ATTRIBUTES, text: string): unknown {
  const number = Number(text);
  switch (name) {
    case "width":
    case "max-gap-days":
      return text.trim() === "" ? Number.NaN : number;
    case "height":
      return text === "auto" ? text : number;
    case "palette":
      return text.split(",").map((c) => c.trim());
    case "y-domain":
      return text.includes(",") ? text.split(",").map(Number) : text;
    case "show-margin-of-error":
      return text !== "false";
    case "average":
      return { on: true, off: false, auto: "auto" }[text] ?? { bandwidthDays: number };
    default:
      return text;
  }
}

/** The chart options an element's attributes give. Bad values are refused by the chart, naming the option. */
export function elementOptions(element: Element): MountOptions {
  const options: Record<string, unknown> = {};
  for (const [attribute, option] of Object.entries(ATTRIBUTES)) {
    const text = element.getAttribute(attribute);
    if (text !== null) options[option] = optionValue(attribute as keyof typeof ATTRIBUTES, text);
  }
  return options as MountOptions;
}

/**
 * The element's CSS, for the page's own stylesheet too, so that the space is reserved before the script
 * runs: a block, and until its chart is drawn (without a `height`, and with nothing drawn inside it on
 * the server) a placeholder as tall as a chart of its width about is: 520 px below 480 px
 * (a narrow chart's title and notes wrap to more lines, so it is not shorter for being narrower), else 0.6 × its width
 * + 80 px. With a
 * `height` in px, give it that `min-height` in its style too.
 *
 * @example
 * const css = elementCss("poll-trend-chart"); // for <style> in the page's <head>
 */
export function elementCss(name: string): string {
  const waiting = `${name}:is(:not([height]),[height=auto]):not([data-drawn]):not(:has(svg))::before`;
  return (
    `${name}{display:block;container-type:inline-size}${waiting}` +
    `{content:"";display:block;height:min(520px,max(60cqw + 80px,(480px - 100cqw)*1000))}`
  );
}

/**
 * The dataset a `src` answered with: CSV by the URL's extension or the content type, read with the
 * `csv` attribute's options (JSON: `{"dateFormat": "M/D/YYYY", "unknownColumns": "ignore"}`), else JSON.
 */
async function readData(response: Response, url: URL, csvOptions: string | null): Promise<PollDataset> {
  const csv = /\.csv$/i.test(url.pathname) || /\bcsv\b/i.test(response.headers.get("content-type") ?? "");
  if (!csv) return response.json();
  return parseCsv(await response.text(), {
    ...JSON.parse(csvOptions ?? "{}"),
    fileName: decodeURIComponent(url.pathname.split("/").pop()!),
  });
}

/** `<poll-trend-chart>`: its chart, once mounted. */
export interface TrendChartElement extends HTMLElement {
  /** The mounted chart, once its data has loaded. */
  readonly chart: MountedChart | undefined;
}

/**
 * Defines the custom element `<poll-trend-chart>` (or another name) for pages with a script tag but no
 * build step. Its data is the JSON dataset in a `<script type="application/json">` child, the data a
 * `renderTrendFigure(dataset, { embedData: true })` inside it carries, or the file at the URL in `src`:
 * JSON, or CSV (read by `parseCsv`, with the options in its `csv` attribute as JSON, such as
 * `csv='{"dateFormat": "M/D/YYYY", "unknownColumns": "ignore"}'` for an aggregator's file as published)
 * when the URL ends in `.csv` or the server says `text/csv`. Its
 * chart options are attributes (`color-scheme="auto"`, `labels="legend"`, `y-domain="fit"` or
 * `"40,60"`, `palette="#00558c,#b3261e"`, `average="off"`, `table="polls"`, …). While its data loads
 * it reserves the chart's space (its `height`, else about what a chart of its width takes: see
 * {@link elementCss}, which the page can carry so the space is there before the script); a load
 * that fails leaves the error in words and a link to the data in that space. A chart that
 * `renderTrendChart` or `renderTrendFigure` drew inside it is taken over. Changed attributes redraw it;
 * a bad value or bad data fires an `error` event (its `detail` the error) and leaves the element as it
 * was; a drawn chart fires `load`. Returns the element's class; defining a name twice returns the first.
 * `parts` are the optional parts every chart of the element draws with (`averages`, `languages`).
 *
 * @example
 * defineTrendChartElement("poll-trend-chart", { averages });
 * // <poll-trend-chart color-scheme="auto" src="/polls/ukraine.json"></poll-trend-chart>
 */
export function defineTrendChartElement(
  name = "poll-trend-chart",
  parts: Pick<MountOptions, "averages" | "languages"> = {},
): CustomElementConstructor {
  const optionsOf = (element: Element): MountOptions => ({ ...elementOptions(element), ...parts });
  if (!document.getElementById("pt-element-style")) {
    const style = Object.assign(document.createElement("style"), {
      id: "pt-element-style",
      textContent: elementCss(name),
    });
    document.head.append(style);
  }
  const known = customElements.get(name);
  if (known) return known;
  class PollTrendChart extends HTMLElement implements TrendChartElement {
    static observedAttributes = ["src", "csv", ...Object.keys(ATTRIBUTES)];
    chart: MountedChart | undefined;
    #data: PollDataset | undefined;
    #loading = 0;
    #waiting: MutationObserver | undefined;

    connectedCallback() {
      // A chart of a fixed height takes exactly it: reserved until it is drawn.
      const height = Number(this.getAttribute("height"));
      if (!this.chart && height > 0) this.style.minHeight = `${height}px`;
      this.#load();
    }

    disconnectedCallback() {
      this.#waiting?.disconnect();
      this.chart?.destroy();
      this.chart = undefined;
    }

    attributeChangedCallback(attribute: string) {
      if (!this.isConnected) return;
      if (attribute === "src" || attribute === "csv") this.#load();
      else if (this.chart && this.#data)
        this.#try(() => this.chart?.update(this.#data as PollDataset, optionsOf(this), { replace: true }));
    }

    /** Runs work; an error is an `error` event, and where no chart is drawn, words in its place. */
    #try(work: () => void) {
      try {
        work();
      } catch (error) {
        this.#failed(error);
      }
    }

    #failed(error: unknown) {
      this.dispatchEvent(new CustomEvent("error", { detail: error }));
      console.error(error);
      if (this.chart) return;
      // The space stays as it was reserved, with the words at its top.
      this.style.minHeight = `${this.getBoundingClientRect().height}px`;
      this.dataset.drawn = "";
      const src = this.getAttribute("src");
      const words = Object.assign(document.createElement("p"), {
        className: "pt-failed",
        textContent: `The chart could not be drawn: ${messageOf(error).replace(/^poll-trend: /, "")}. `,
      });
      // A file's list of columns has no spaces: broken anywhere, it fits a phone instead of widening the page.
      words.style.overflowWrap = "anywhere";
      if (src) words.append("The data: ", Object.assign(document.createElement("a"), { href: src, textContent: src }));
      this.querySelector(":scope > .pt-failed")?.remove();
      this.append(words);
    }

    async #load() {
      const ticket = ++this.#loading;
      const island = this.querySelector(":scope > .pt-figure > script.pt-data")?.textContent;
      const inline = island
        ? JSON.stringify(JSON.parse(island).dataset)
        : this.querySelector(":scope > script[type='application/json']")?.textContent;
      const src = this.getAttribute("src");
      // Defined before the page was parsed, the element connects before its children are there: wait for them.
      this.#waiting?.disconnect();
      if (!src && !inline && document.readyState === "loading") {
        this.#waiting = new MutationObserver(() => this.#load());
        return this.#waiting.observe(this, { childList: true, subtree: true, characterData: true });
      }
      let data: PollDataset;
      try {
        if (src) {
          const url = new URL(src, document.baseURI);
          const response = await fetch(url);
          if (!response.ok) throw new Error(`poll-trend: ${src} answered ${response.status} ${response.statusText}`);
          data = await readData(response, url, this.getAttribute("csv"));
        } else if (inline) data = JSON.parse(inline);
        else throw new Error('poll-trend: <poll-trend-chart> needs a src or a <script type="application/json"> child');
      } catch (error) {
        if (ticket === this.#loading) this.#failed(error);
        return;
      }
      if (ticket !== this.#loading || !this.isConnected) return;
      this.#try(() => {
        if (this.chart) this.chart.update(data, optionsOf(this), { replace: true });
        else this.chart = mountTrendChart(this, data, optionsOf(this));
        this.#data = data;
        this.style.minHeight = "";
        this.dataset.drawn = "";
        this.querySelector(":scope > .pt-failed")?.remove();
        this.dispatchEvent(new Event("load"));
      });
    }
  }
  customElements.define(name, PollTrendChart);
  return PollTrendChart;
}
