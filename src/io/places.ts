import { jsonWhere } from "../model/error.js";
import type { Path } from "../model/schema.js";
import type { Role } from "./columns.js";
import { recordLines } from "./lines.js";

/** A series being read: its name in the file, its label, its points, the record each came from. */
export interface Building {
  /**
   * The series' id: the value column's header, or the series column's cell (with the value column's header where there
   * are several).
   */
  readonly key: string;
  label: string;
  /** The column its values are read from. */
  readonly column: number;
  readonly points: Record<string, unknown>[];
  readonly records: number[];
}

/** Where the problems of a parsed CSV are: the physical line of a record, the header of a field. */
export class Places {
  private lines?: number[];
  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly header: readonly string[],
    private readonly roles: readonly Role[],
    private readonly series: readonly Building[],
  ) {}

  /** The physical line of record `r` (0 is the header): counted only when a problem needs it. */
  line(record: number): number {
    this.lines ??= recordLines(this.text);
    return this.lines[record] ?? record + 1;
  }

  /** The header of the column that fills a point field of series `s`. */
  column(field: string, s: number): string {
    if (field === "value") {
      const at =
        this.series[s]?.column ??
        this.roles.findIndex((r) => r.kind === "wide" || (r.kind === "point" && r.field === "value"));
      return this.header[at] ?? field;
    }
    if (field === "id" || field === "label")
      return this.header[this.roles.findIndex((r) => r.kind === "series")] ?? "series";
    return this.header[this.roles.findIndex((r) => r.kind === "point" && r.field === field)] ?? field;
  }

  /** The record an issue's path is in (0: the header, or the file as a whole), for listing issues in file order. */
  record(path: Path): number {
    const [root, s, below, p] = path as [string, number?, string?, number?];
    if (root === "rows") return s ?? 0;
    return root === "series" && below === "points" && p !== undefined ? (this.series[s ?? 0]?.records[p] ?? 0) : 0;
  }

  /** "polls.csv line 4, column value"; `short` leaves out the file, for "first at line 2". */
  where(path: Path, short = false): string {
    const [root, s, below, p, field] = path as [string, number?, string?, number?, string?];
    const file = short ? "" : `${this.file} `;
    if (root === "header") return `${file}line 1${s === undefined ? "" : `, column ${s + 1}`}`;
    if (root === "file") return this.file;
    if (root === "rows" && (below as unknown) === -1) return `${file}line ${this.line(this.record(path))}`;
    if (root === "rows")
      return (
        `${file}line ${this.line(this.record(path))}, column ` +
        `${below === undefined ? this.column("value", 0) : this.header[below as unknown as number]}`
      );
    if (root !== "series") return root === "options" ? jsonWhere(path) : `options.${jsonWhere(path)}`;
    const series = s === undefined ? undefined : this.series[s];
    if (!series) return `${this.file}, column ${this.column("value", 0)}`;
    if (below === "points" && p !== undefined) {
      const at = `${file}line ${this.line(this.record(path))}`;
      return field ? `${at}, column ${this.column(field, s as number)}` : at;
    }
    return `${file}line ${this.line(series.records[0] ?? 0)}, column ${this.column(String(below), s as number)}`;
  }
}
