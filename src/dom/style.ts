/**
 * The styles of a mounted chart, scoped by `.pt-mount`. Its colors follow the chart's scheme: fixed
 * for `light` and `dark`, the page's `color-scheme` for `auto` (CSS `light-dark()`, or
 * `prefers-color-scheme` where unsupported), light in print, the system's under forced colors. The
 * focus outline, the ring on the reader's place and the tooltip are in the chart's text color on its
 * background (at least 4.5:1), all inside the chart's box, so a container with `overflow: hidden`
 * cannot clip them. The tree's items are visually hidden; the instructions show while it has focus.
 */
// Width 0 and min-width 100%: the chart fills its container without holding it open, so a flex item or
// grid track can shrink, the container's size changes, and the chart is drawn again to fit.
const LIGHT = "--pt-ink:#1a1a1a;--pt-paper:#fff;--pt-line:#767676";
const DARK = "--pt-ink:#f2f2f2;--pt-paper:#141414;--pt-line:#8f8f8f";
const TEST = "(color:light-dark(#000,#fff))";
export const MOUNT_CSS = `.pt-mount{position:relative;width:0;min-width:100%;${LIGHT}}
.pt-mount[data-scheme=light]{color-scheme:light}.pt-mount[data-scheme=dark]{color-scheme:dark}
@supports ${TEST}{.pt-mount{--pt-ink:light-dark(#1a1a1a,#f2f2f2);--pt-paper:light-dark(#fff,#141414);--pt-line:light-dark(#767676,#8f8f8f)}}
@supports not ${TEST}{.pt-mount[data-scheme=dark]{${DARK}}@media (prefers-color-scheme:dark){.pt-mount[data-scheme=auto]{${DARK}}}}
.pt-mount svg{display:block;max-width:none}
.pt-mount .pt-tree{position:absolute;inset:0;outline:none}
.pt-mount .pt-tree:focus-visible{outline:3px solid var(--pt-ink);outline-offset:-3px}
.pt-mount .pt-ring{stroke:var(--pt-ink)}.pt-mount .pt-halo{stroke:var(--pt-paper)}
.pt-mount .pt-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.pt-mount .pt-tip{position:absolute;z-index:1;max-width:min(18rem,90%);padding:.4rem .55rem;font-size:14px;line-height:1.35;background:var(--pt-paper);color:var(--pt-ink);border:1px solid var(--pt-line);border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.18)}
.pt-mount .pt-tip-table{display:block;min-height:24px;margin-top:.2rem;padding:0;border:0;background:none;color:inherit;font:inherit;text-decoration:underline;cursor:pointer}
.pt-mount .pt-keys{position:absolute;left:3px;right:3px;bottom:3px;margin:0;padding:.3rem .5rem;font-size:13px;line-height:1.35;background:var(--pt-paper);color:var(--pt-ink);border-top:1px solid var(--pt-line);pointer-events:none}
.pt-mount [hidden]{display:none}
@media print{.pt-mount{${LIGHT};color-scheme:light}.pt-mount .pt-tip,.pt-mount .pt-keys,.pt-mount .pt-active{display:none}}
@media (forced-colors:active){.pt-mount .pt-tip,.pt-mount .pt-keys{background:Canvas;color:CanvasText;border-color:CanvasText;box-shadow:none}.pt-mount .pt-ring{stroke:Highlight}.pt-mount .pt-halo{stroke:Canvas}.pt-mount .pt-tree:focus-visible{outline-color:Highlight}}`;
