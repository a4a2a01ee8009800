export { type MountedChart, mountTrendChart } from "./mount.js";
