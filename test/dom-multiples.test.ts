import { JSDOM } from "jsdom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SETTLE_MS } from "../src/dom/changes.js";
import { mountSmallMultiples } from "../src/dom/multiples.js";
import { layoutSmallMultiples } from "../src/multiples/layout.js";
import { apNorcUkraineByParty } from "./api.js";

// poll-trend/dom walks small multiples as a tree: the figure, its panels, each panel's series, their
// polls. The values expected are the AP-NORC party figures of ../shared/data/ap-norc-ukraine.md.

function page(body = '<div id="chart"></div>') {
  const dom = new JSDOM(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`, {
    pretendToBeVisual: true,
  });
  const { window } = dom;
  Object.assign(globalThis, { window, document: window.document, KeyboardEvent: window.KeyboardEvent });
  return { window, doc: window.document, container: window.document.getElementById("chart") as HTMLElement };
}
const press = (target: Element, key: string) =>
  target.dispatchEvent(
    new (target.ownerDocument.defaultView as Window & typeof globalThis).KeyboardEvent("keydown", {
      key,
      bubbles: true,
      cancelable: true,
    }),
  );
const treeOf = (container: Element) => container.querySelector('[role="tree"]') as HTMLElement;
const activeItem = (container: Element) =>
  container.ownerDocument.getElementById(treeOf(container).getAttribute("aria-activedescendant") ?? "") as HTMLElement;
const said = (container: Element) => activeItem(container).getAttribute("aria-label");
const level = (container: Element) => activeItem(container).getAttribute("aria-level");

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("mountSmallMultiples: a tree of panels, then series, then polls", () => {
  it("walks the figure's panels with Left and Right, and goes Down to a panel's series and their polls", () => {
    const { container } = page();
    mountSmallMultiples(container, apNorcUkraineByParty, { by: "group" });
    const tree = treeOf(container);
    tree.focus();
    expect(level(container)).toBe("1");
    // Named as its overview begins, not as a line chart of six series.
    expect(said(container)).toMatch(/^Three panels, May 2022 to January 2023$/);
    press(tree, "ArrowDown");
    expect(level(container)).toBe("2");
    expect(said(container)).toMatch(/^Sending funds directly: .*Democrats 59%.*Republicans 21%/);
    // Three panels, one per question: the item and its two siblings.
    expect(activeItem(container).parentElement?.querySelectorAll(':scope > [role="treeitem"]')).toHaveLength(3);
    press(tree, "ArrowRight");
    expect(said(container)).toMatch(/^Sanctions on Russia: .*Democrats 75%.*Republicans 60%/);
    press(tree, "ArrowDown");
    expect(level(container)).toBe("3");
    // A series named with its question, so a poll read alone still says which.
    expect(said(container)).toMatch(/^Sanctions on Russia, Democrats: /);
    press(tree, "ArrowDown");
    expect(level(container)).toBe("4");
    expect(said(container)).toBe("May 12–16, 2022: 83%, the first poll");
    press(tree, "ArrowRight");
    expect(said(container)).toBe("Jan. 26–30, 2023: 75%, the latest poll");
    press(tree, "ArrowUp");
    press(tree, "ArrowRight");
    expect(said(container)).toMatch(/^Sanctions on Russia, Republicans: /);
    press(tree, "ArrowRight");
    vi.advanceTimersByTime(SETTLE_MS);
    // A panel's series end at its own: the third series is the next panel's.
    expect(said(container)).toMatch(/^Sanctions on Russia, Republicans: /);
    press(tree, "ArrowUp");
    press(tree, "ArrowRight");
    press(tree, "ArrowRight");
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said(container)).toMatch(/^Taking in refugees: .*Democrats 73%.*Republicans 42%/);
    press(tree, "ArrowDown");
    press(tree, "ArrowDown");
    vi.advanceTimersByTime(SETTLE_MS);
    // Down goes to the poll last read, here the same poll in this series; said in full once moves settle.
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toMatch(
      /^Taking in refugees, Democrats, Jan\. 26–30, 2023: 73%, down 4 percentage points from May 2022, .*among Democrats, .*the latest poll$/,
    );
  });

  it("picks the nearest poll in any panel by pointer, rings it where the figure draws it, and keys go on from it", () => {
    const { window, container } = page();
    mountSmallMultiples(container, apNorcUkraineByParty, { by: "group" });
    const tree = treeOf(container);
    // Where the figure draws the Republicans' latest poll on refugees: its panel's corner plus its place there.
    const figure = layoutSmallMultiples(apNorcUkraineByParty, { by: "group", width: 640 });
    const panel = figure.panels[2];
    const poll = panel?.chart.series[1]?.points[1];
    const [x, y] = [(panel?.x ?? 0) + (poll?.x ?? 0), (panel?.y ?? 0) + (poll?.y ?? 0)];
    const Pointer = (window as unknown as { PointerEvent: typeof PointerEvent }).PointerEvent;
    tree.dispatchEvent(
      new Pointer("pointerdown", { clientX: x + 3, clientY: y - 2, bubbles: true, pointerType: "touch" }),
    );
    expect(said(container)).toBe("Jan. 26–30, 2023: 42%, the latest poll");
    expect(level(container)).toBe("4");
    const tip = container.querySelector(".pt-tip") as HTMLElement;
    expect(tip.hidden).toBe(false);
    // The question and the party, and the party's population, never the dataset's "U.S. adults".
    expect(tip.textContent).toMatch(
      /^Taking in refugees, Republicans, Jan\. 26–30, 2023: 42%, down 11 percentage points from May 2022, .*among Republicans/,
    );
    expect(tip.textContent).not.toContain("U.S. adults");
    const ring = container.querySelector("svg circle.pt-ring");
    expect(Number(ring?.getAttribute("cx"))).toBeCloseTo(x, 1);
    expect(Number(ring?.getAttribute("cy"))).toBeCloseTo(y, 1);
    press(tree, "ArrowLeft");
    expect(said(container)).toBe("May 12–16, 2022: 53%, the first poll");
    press(tree, "ArrowUp");
    press(tree, "ArrowUp");
    expect(said(container)).toMatch(/^Taking in refugees/);
  });

  it("gives two mounts of the same figure their own ids, and throws on a bad option before touching the container", () => {
    const { container, doc } = page('<div id="chart"></div><div id="other"></div>');
    mountSmallMultiples(container, apNorcUkraineByParty, { by: "group" });
    const other = doc.getElementById("other") as HTMLElement;
    mountSmallMultiples(other, apNorcUkraineByParty, { by: "group" });
    const [a, b] = [container, other].map((c) => c.querySelector("svg")?.id);
    expect(a).toBeTruthy();
    expect(b).not.toBe(a);
    const empty = doc.createElement("div");
    doc.body.append(empty);
    expect(() => mountSmallMultiples(empty, apNorcUkraineByParty, { by: "party" as never })).toThrow(/by/);
    expect(empty.childNodes).toHaveLength(0);
  });
});
