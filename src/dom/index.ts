/**
 * `poll-trend/dom`: the interactive chart for pages that run JavaScript.
 * @module poll-trend/dom
 */
export { type MountedChart, type MountOptions, mountFigure, mountTrendChart, type UpdateHow } from "./mount.js";
export { type MountMultiplesOptions, mountSmallMultiples } from "./multiples.js";
