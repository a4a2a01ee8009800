// Goldens a reviewer can read: one element per line, indented by depth, as Observable Plot's
// snapshot tests write them, so a diff of a changed chart shows what moved. A <text>, <title>,
// <desc> or <style> element stays whole on its line, so no whitespace is added inside text.

const WHOLE = new Set(["text", "title", "desc", "style", "caption", "th", "td", "h1", "h2", "p", "a", "button"]);
const name = (tag: string) => /^<\/?([\w:-]+)/.exec(tag)?.[1] ?? "";

/** Writes markup with one element per line; a content-hashed chart id becomes `pt-ID`. */
export function pretty(markup: string): string {
  const id = /^<svg[^>]* id="(pt-[a-z0-9]+)"/.exec(markup)?.[1];
  const source = id ? markup.replaceAll(id, "pt-ID") : markup;
  const tokens = source.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const indent = "  ".repeat(depth);
    if (!token.startsWith("<")) {
      if (token.trim()) lines.push(`${indent}${token.trim()}`);
    } else if (token.startsWith("</")) {
      depth = Math.max(0, depth - 1);
      lines.push(`${"  ".repeat(depth)}${token}`);
    } else if (
      token.endsWith("/>") ||
      token.startsWith("<!") ||
      token.startsWith("<?") ||
      /^<(meta|link|br|hr)\b/.test(token)
    ) {
      lines.push(`${indent}${token}`);
    } else if (WHOLE.has(name(token))) {
      // Gather to the matching close tag, counting nested elements of the same name.
      const tag = name(token);
      let open = 1;
      let whole = token;
      while (open > 0 && i + 1 < tokens.length) {
        const next = tokens[++i] as string;
        if (name(next) === tag && next.startsWith("</")) open--;
        else if (name(next) === tag && !next.endsWith("/>") && next.startsWith("<")) open++;
        whole += next;
      }
      lines.push(`${indent}${whole}`);
    } else {
      lines.push(`${indent}${token}`);
      depth++;
    }
  }
  return `${lines.join("\n")}\n`;
}
