/**
 * The styles of a mounted chart, scoped by `.pt-mount`: a focus ring in the page's own text color
 * (which contrasts with its background as text must), a tooltip that meets contrast in light, dark
 * and forced colors, a visually hidden live region, and motion only for readers who do not ask for less.
 */
// Width 0 and min-width 100%: the chart fills its container without holding it open, so a flex item or
// grid track can shrink, the container's size changes, and the chart is drawn again to fit.
export const MOUNT_CSS = `.pt-mount{position:relative;width:0;min-width:100%}
.pt-mount svg{display:block;max-width:none}
.pt-mount svg:focus{outline:none}
.pt-mount svg:focus-visible{outline:3px solid currentColor;outline-offset:3px}
.pt-mount .pt-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.pt-mount .pt-tip{position:absolute;z-index:1;max-width:min(18rem,90%);padding:.4rem .55rem;font:14px/1.35 Helvetica,Arial,"Liberation Sans",sans-serif;background:#fff;color:#1a1a1a;border:1px solid #767676;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.18);pointer-events:none}
.pt-mount .pt-tip[hidden]{display:none}
.pt-mount[data-scheme=dark] .pt-tip{background:#141414;color:#f2f2f2;border-color:#8f8f8f}
@media (prefers-color-scheme:dark){.pt-mount[data-scheme=auto] .pt-tip{background:#141414;color:#f2f2f2;border-color:#8f8f8f}.pt-mount[data-scheme=auto] .pt-ring{stroke:#f2f2f2}.pt-mount[data-scheme=auto] .pt-halo{stroke:#141414}}
@media (prefers-reduced-motion:no-preference){.pt-mount .pt-tip{transition:opacity .12s}}
@media (forced-colors:active){.pt-mount .pt-tip{background:Canvas;color:CanvasText;border-color:CanvasText;box-shadow:none}.pt-mount .pt-ring{stroke:Highlight}.pt-mount .pt-halo{stroke:Canvas}.pt-mount svg:focus-visible{outline-color:Highlight}}`;
