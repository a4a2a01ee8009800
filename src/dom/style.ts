/**
 * The styles of a mounted chart, scoped by `.pt-mount`. Its colors follow the chart's scheme: fixed
 * for `light` and `dark`, the page's `color-scheme` for `auto` (CSS `light-dark()`, or
 * `prefers-color-scheme` where unsupported), light in print, the system's under forced colors. The
 * focus outline, the ring on the reader's place and the tooltip are in the chart's text color on its
 * background (at least 4.5:1), all inside the chart's box, so a container with `overflow: hidden`
 * cannot clip them. The tree's items are visually hidden; the instructions show while it has keyboard
 * focus, until the first key. In print the chart fills
 * the page's width (a chart drawn for a phone column is not printed 358 px wide), with no tooltip,
 * instructions, focus outline or ring. Under forced colors the tooltip and instructions are Canvas and
 * CanvasText, as the page is.
 */
// Width 0 and min-width 100%: the chart fills its container without holding it open, so a flex item or
// grid track can shrink, the container's size changes, and the chart is drawn again to fit.
// Colors by light-dark(), after a light fallback for browsers without it (where the ring keeps the
// chart's own colors, in its attributes). Forced colors replace the tooltip's and instructions' own.
const INK = "light-dark(#1a1a1a,#f2f2f2)";
const PAPER = "light-dark(#fff,#141414)";
export const MOUNT_CSS =
  `.pt-mount{position:relative;width:0;min-width:100%}
.pt-tree{position:absolute;inset:0;outline:none}.pt-tree:focus-visible{outline:3px solid ` +
  `#1a1a1a;outline-color:${INK};outline-offset:-3px}
.pt-ring{stroke:${INK}}.pt-halo{stroke:${PAPER}}
.pt-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.pt-tip,.pt-keys{position:absolute;margin:0;font-size:14px;line-height:1.35;background:#fff;background:${PAPER}` +
  `;color:#1a1a1a;color:${INK};border:1px solid #767676}
.pt-tip{max-width:min(18rem,90%);padding:.4rem .55rem}
.pt-tip button{min-height:24px;font:inherit}
.pt-keys{left:3px;right:3px;bottom:3px;padding:.3rem .5rem;font-size:13px;pointer-events:none}
@media print{.pt-mount svg{width:100%}.pt-tip,.pt-keys,.pt-ring,.pt-halo{display:none}.pt-tree{outline:0!important}}
@media (forced-colors:active){.pt-ring{stroke:Highlight}.pt-halo{stroke:Canvas}` +
  `.pt-tree:focus-visible{outline-color:Highlight}` +
  `.pt-tip,.pt-keys{color:CanvasText;background:Canvas;border-color:CanvasText}}`;
