import { orderedBy } from "../model/kind.js";
import type { PollProcessing } from "../model/types.js";
import { fullDateEs } from "./dates-es.js";
import { count, los, population } from "./es-grammar.js";
import type { NumberFormat } from "./numbers.js";

// Lo que hizo la lectura de un archivo, como lo dice en español la nota de método. Cada cuenta es de
// filas del archivo, o de encuestas donde lo dice.

const list = (items: readonly string[], and = "y") =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;

const LINES_SAID = 10;

const rows = (n: number, f: NumberFormat) => `${count(n, f)} ${n === 1 ? "fila" : "filas"}`;
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);

function reasonOf(reason: string, asOf: string | undefined): string {
  switch (reason) {
    case "start-after-end":
      return "con fecha de inicio posterior a la de cierre";
    case "after-as-of":
      return asOf ? `terminada después del ${fullDateEs(asOf)}` : "terminada después de la fecha de la lista";
    case "value-out-of-range":
      return "valor fuera de rango";
    case "value-missing":
      return "sin valor";
    case "value-not-a-number":
      return "valor no numérico";
    case "field-count":
      return "con campos distintos de los de la cabecera";
    default:
      return "fecha no válida";
  }
}

function leftOut(p: PollProcessing, f: NumberFormat): string {
  const skipped = p.invalidRowsSkipped ?? [];
  if (!skipped.length) return "";
  const byReason = new Map<string, number[]>();
  for (const { line, reason } of skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), line]);
  const groups = [...byReason].map(([reason, lines]) => {
    // Line numbers as an editor shows them: no thousands separator.
    const said = lines.slice(0, LINES_SAID).map(String);
    const more = lines.length - said.length;
    const which = more > 0 ? `${said.join(", ")} y ${count(more, f)} más` : list(said);
    return `${lines.length === 1 ? "línea" : "líneas"} ${which}, ${reasonOf(reason, p.asOf)}`;
  });
  const n = skipped.length;
  return `Se ${verb(n, "omitió", "omitieron")} ${rows(n, f)}: ${groups.join("; ")}.`;
}

function filtered(p: PollProcessing, f: NumberFormat): string {
  if (!p.filter?.length || p.rowsInFile === undefined || p.rowsMatchingFilter === undefined) return "";
  const byColumn = new Map<string, string[]>();
  for (const { column, value } of p.filter) byColumn.set(column, [...(byColumn.get(column) ?? []), value]);
  const where = [...byColumn].map(([column, values]) =>
    values.length === 1 && values[0] === ""
      ? `${column} está vacía`
      : `${column} es ${list(
          values.map((v) => (v === "" ? "vacía" : `«${v}»`)),
          "o",
        )}`,
  );
  const kept = p.rowsMatchingFilter;
  // One row is "la única", never "la una fila".
  if (p.rowsInFile === 1) return `Se leyó la única fila del archivo, en la que ${list(where)}.`;
  const read = kept === 1 ? "se leyó la única" : `se leyeron las ${count(kept, f)}`;
  return `De las ${rows(p.rowsInFile, f)} del archivo ${read} en que ${list(where)}.`;
}

function populations(p: PollProcessing, f: NumberFormat): string {
  const n = p.otherPopulationsDropped;
  if (!n) return "";
  const order = (p.populationOrder ?? []).map(population);
  const kind = orderedBy(p);
  const as = kind === "approval" ? ", como en la aprobación" : kind === "vote" ? ", como en la intención de voto" : "";
  const kept = order.length
    ? `, para ${los(order[0] ?? "")} si la encuesta los ` +
      `incluye${order.length > 1 ? ` y, si no, para ${list(order.slice(1).map(los), "o")}, por ese orden` : ""}${as}`
    : "";
  return (
    `Las encuestas publicadas para varias poblaciones se cuentan una vez${kept}; se ` +
    `${verb(n, "omitió", "omitieron")} ${rows(n, f)} de otras poblaciones.`
  );
}

/** Las palabras en español de lo que hizo la lectura de los datos, para la nota de método. */
export function esProcessing(p: PollProcessing, f: NumberFormat): string {
  const repeated = p.repeatedRowsDropped ?? 0;
  const conflicting = p.conflictingRows ?? 0;
  const skipped = p.rowsWithoutValueSkipped ?? 0;
  return [
    filtered(p, f),
    leftOut(p, f),
    repeated
      ? `Se ${verb(repeated, "omitió", "omitieron")} ${rows(repeated, f)} que ` +
        `${verb(repeated, "repetía", "repetían")} exactamente una fila anterior.`
      : "",
    conflicting
      ? `${
          p.conflicts === "mean"
            ? `Se ${verb(conflicting, "promedió", "promediaron")}`
            : `Se ${verb(conflicting, "omitió", "omitieron")}`
        } ${rows(conflicting, f)} que ${verb(conflicting, "daba", "daban")} otro valor para una encuesta ya ` +
        `listada, sin identificador de pregunta que las distinga${
          p.conflicts === "mean" ? " con ella" : "; se conservó la primera"
        }.`
      : "",
    populations(p, f),
    skipped ? `Se ${verb(skipped, "saltó", "saltaron")} ${rows(skipped, f)} sin valor.` : "",
    p.questions && p.polls
      ? `Algunas encuestas hicieron más de una versión de una pregunta: ${count(p.questions, f)} preguntas de ` +
        `${count(p.polls, f)} encuestas.`
      : "",
    p.scaledFromProportions ? "Los valores dados como proporciones se multiplicaron por 100." : "",
  ]
    .filter(Boolean)
    .join(" ");
}
