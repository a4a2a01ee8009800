import { SaxesParser } from "saxes";

/** What the property tests need from an SVG, read in one pass by a conformant XML parser (saxes). */
export interface SvgScan {
  root: Record<string, string>;
  readonly ids: string[];
  readonly texts: { x: number; y: number }[];
  readonly markers: { d: string }[];
  /** Text content of each element with an id. */
  readonly textById: Map<string, string>;
}

/** Parses SVG markup as XML; throws on any well-formedness error. Much faster than building a DOM. */
export function scanSvg(svg: string): SvgScan {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const scan: SvgScan = { root: {}, ids: [], texts: [], markers: [], textById: new Map() };
  const open: { id?: string; text: string }[] = [];
  let error: Error | undefined;
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.on("opentag", (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (open.length === 0) scan.root = { ...attrs };
    if (attrs.id) scan.ids.push(attrs.id);
    // A text's own position, or each line's, for a text written as one <text> with a <tspan> per line.
    if ((tag.name === "text" || tag.name === "tspan") && attrs.y !== undefined)
      scan.texts.push({ x: Number(attrs.x), y: Number(attrs.y) });
    if (tag.name === "path" && attrs.role === "graphics-symbol") scan.markers.push({ d: attrs.d ?? "" });
    open.push({ ...(attrs.id ? { id: attrs.id } : {}), text: "" });
  });
  parser.on("text", (t) => {
    for (const o of open) o.text += t;
  });
  parser.on("closetag", () => {
    const o = open.pop();
    if (o?.id) scan.textById.set(o.id, o.text);
  });
  parser.write(svg).close();
  if (error) throw error;
  return scan;
}
