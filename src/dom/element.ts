/// <reference lib="dom" />
import type { PollDataset } from "../model/types.js";
import { type MountedChart, type MountOptions, mountTrendChart } from "./mount.js";

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

/** `<poll-trend-chart>`: its chart, once mounted. */
export interface TrendChartElement extends HTMLElement {
  /** The mounted chart, once its data has loaded. */
  readonly chart: MountedChart | undefined;
}

/**
 * Defines the custom element `<poll-trend-chart>` (or another name) for pages with a script tag but no
 * build step. Its data is the JSON dataset in a `<script type="application/json">` child, or at the
 * URL in `src`; its chart options are attributes (`color-scheme="auto"`, `labels="legend"`,
 * `y-domain="fit"` or `"40,60"`, `palette="#00558c,#b3261e"`, `average="off"`, `table="polls"`, …).
 * A chart that `renderTrendChart` drew inside it is taken over. Changed attributes redraw it; a bad
 * value or bad data fires an `error` event (its `detail` the error) and leaves the element as it was;
 * a drawn chart fires `load`. Returns the element's class; defining a name twice returns the first.
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
      textContent: `:where(${name}){display:block}`,
    });
    document.head.append(style);
  }
  const known = customElements.get(name);
  if (known) return known;
  class PollTrendChart extends HTMLElement implements TrendChartElement {
    static observedAttributes = ["src", ...Object.keys(ATTRIBUTES)];
    chart: MountedChart | undefined;
    #data: PollDataset | undefined;
    #loading = 0;
    #waiting: MutationObserver | undefined;

    connectedCallback() {
      this.#load();
    }

    disconnectedCallback() {
      this.#waiting?.disconnect();
      this.chart?.destroy();
      this.chart = undefined;
    }

    attributeChangedCallback(attribute: string) {
      if (!this.isConnected) return;
      if (attribute === "src") this.#load();
      else if (this.chart && this.#data)
        this.#try(() => this.chart?.update(this.#data as PollDataset, optionsOf(this), { replace: true }));
    }

    #try(work: () => void) {
      try {
        work();
      } catch (error) {
        this.dispatchEvent(new CustomEvent("error", { detail: error }));
        console.error(error);
      }
    }

    async #load() {
      const ticket = ++this.#loading;
      const inline = this.querySelector(":scope > script[type='application/json']")?.textContent;
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
          const response = await fetch(new URL(src, document.baseURI));
          if (!response.ok) throw new Error(`poll-trend: ${src} answered ${response.status} ${response.statusText}`);
          data = await response.json();
        } else if (inline) data = JSON.parse(inline);
        else throw new Error('poll-trend: <poll-trend-chart> needs a src or a <script type="application/json"> child');
      } catch (error) {
        this.dispatchEvent(new CustomEvent("error", { detail: error }));
        return console.error(error);
      }
      if (ticket !== this.#loading || !this.isConnected) return;
      this.#try(() => {
        if (this.chart) this.chart.update(data, optionsOf(this), { replace: true });
        else this.chart = mountTrendChart(this, data, optionsOf(this));
        this.#data = data;
        this.dispatchEvent(new Event("load"));
      });
    }
  }
  customElements.define(name, PollTrendChart);
  return PollTrendChart;
}
