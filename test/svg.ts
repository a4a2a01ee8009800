import { JSDOM } from "jsdom";

const window = new JSDOM("").window;

/** Parses SVG markup with a real XML parser; throws on any well-formedness error. */
export function parseSvg(svg: string): Document {
  const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
  const error = doc.querySelector("parsererror");
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** All elements with a given ARIA role. */
export const byRole = (doc: Document, role: string) => [...doc.querySelectorAll(`[role="${role}"]`)];
