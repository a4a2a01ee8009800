/** A string of markup made by this module: text in it is already escaped. */
export type Markup = string & { readonly __markup: true };

/** An attribute value; `undefined`, `null` and `false` leave the attribute out. */
export type AttrValue = string | number | boolean | undefined | null;

// Tab, LF and CR are written as character references so XML attribute normalization and
// line-end handling cannot change them: every text survives exactly.
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes text for element content and attribute values in both SVG (XML) and HTML. */
export function escapeMarkup(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

const SPECIAL = /[&<>"'\t\n\r]/;

/** Text content, escaped. */
export function text(value: string): Markup {
  return escapeMarkup(value) as Markup;
}

/**
 * A coordinate or length with at most two decimals: fixed precision makes the output deterministic.
 * Throws on `NaN` or an infinity, so they can never reach the markup.
 */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`poll-trend: cannot write ${value} into markup`);
  // Hundredths as an integer: integer-to-string is much faster than shortest float printing, and the
  // fraction comes from a table.
  const hundredths = Math.round(value * 100);
  const size = Math.abs(hundredths);
  const fraction = size % 100;
  return fraction
    ? `${hundredths < 0 ? "-" : ""}${(size - fraction) / 100}${FRACTIONS[fraction]}`
    : String(hundredths / 100);
}

/** ".01" to ".99" as `num` writes them: ".5", not ".50". */
const FRACTIONS = Array.from({ length: 100 }, (_, i) => `.${i % 10 ? String(i + 100).slice(1) : i / 10}`);

/**
 * One element, its attributes in the order given, and its children. Numbers go through {@link num};
 * strings are escaped. This is the only place markup is assembled.
 */
export function el(tag: string, attrs: Record<string, AttrValue> = {}, ...children: Markup[]): Markup {
  let out = `<${tag}`;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined || value === null || value === false) continue;
    out += ` ${name}="${typeof value === "number" ? num(value) : value === true ? name : escapeMarkup(value)}"`;
  }
  if (children.length === 0 && SELF_CLOSING.has(tag)) return `${out}/>` as Markup;
  if (VOID_HTML.has(tag)) return `${out}>` as Markup;
  return `${out}>${children.join("")}</${tag}>` as Markup;
}

// SVG shapes close themselves (valid in XML and in HTML's foreign content); HTML void elements never close.
const SELF_CLOSING = new Set(["path", "line", "circle", "rect", "polyline", "polygon", "use", "stop"]);
const VOID_HTML = new Set(["meta", "link", "br", "hr"]);

/**
 * Markup poll-trend made itself, passed through as is: a chart or table this builder drew, its own
 * CSS, a script it bundled, JSON with every `<` escaped. The one way a string becomes `Markup` outside
 * this file; nothing a caller gave may reach it unescaped.
 *
 * @example
 * el("div", { class: "wide" }, trusted(drawWithIds(chart))); // a drawn SVG inside a report's page
 */
export const trusted = (markup: string): Markup => markup as Markup;

/**
 * A value as JSON inside a `<script>` element: every `<` written `\u003c`, so no text in it can close
 * the element or open a comment.
 *
 * @example
 * el("script", { type: "application/json" }, scriptJson({ title: "</script>" }));
 */
export const scriptJson = (value: unknown): Markup => trusted(JSON.stringify(value).replace(/</g, "\\u003c"));

/** Joins markup fragments. */
export function join(parts: readonly Markup[], separator = ""): Markup {
  return parts.join(separator) as Markup;
}
