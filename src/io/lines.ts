/**
 * The physical line on which each record of a CSV text starts (1 for the header), as d3-dsv splits
 * records: at a line end (LF, CR or CRLF) outside quotes. A quoted field may hold line ends, so record 2091
 * can start on line 2103; errors name the line a reader finds in an editor.
 */
export function recordLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34)
      quoted = !quoted; // a doubled quote toggles twice and changes nothing
    else if (code === 10 || code === 13) {
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

/** The delimiter of a file: whichever of comma, semicolon and tab appears most in its header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}
