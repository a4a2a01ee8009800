// Goldens a reviewer can read: one element per line, indented by depth, as Observable Plot's
// snapshot tests write them, so a diff of a changed chart shows what moved. A <text>, <title>,
// <desc> or <style> element stays whole on its line, so no whitespace is added inside text.

const WHOLE = new Set(["text", "title", "desc", "style", "caption", "th", "td", "h1", "h2", "p", "a", "button"]);
const name = (tag: string) => /^<\/?([\w:-]+)/.exec(tag)?.[1] ?? "";

/** A long path's data broken before each subpath, and before a command where a line passes WRAP characters. */
const WRAP = 100;
function breakPath(tag: string, indent: string): string {
  return tag.replace(/ d="([^"]{101,})"/, (_, d: string) => {
    const lines: string[] = [];
    let line = "";
    for (const command of d.match(/[A-Za-z][^A-Za-z]*/g) ?? []) {
      if (line && (command.startsWith("M") || line.length + command.length > WRAP)) {
        lines.push(line);
        line = "";
      }
      line += command;
    }
    lines.push(line);
    return ` d="${lines.join(`\n${indent}    `)}"`;
  });
}

/**
 * Writes markup with one element per line; a content-hashed chart id becomes `pt-ID`. A path's data
 * is broken across lines (before each subpath, and at about 100 characters), so a moved point shows
 * as a changed line in a diff; a parser reads the line breaks as the spaces the path grammar allows.
 */
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
      lines.push(`${indent}${breakPath(token, indent)}`);
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
