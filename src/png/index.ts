/**
 * `poll-trend/png`: a chart as a PNG image, in Node, without a browser. Needs the optional peer
 * dependency `@resvg/resvg-js`; the core entries never import this one.
 * @module poll-trend/png
 */
export type { FontFile } from "./fonts.js";
export type { PngOptions } from "./options.js";
export { renderPng } from "./render.js";
