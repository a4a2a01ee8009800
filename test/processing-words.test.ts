import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { methodsNote, type PollProcessing, parseCsv } from "../src/index.js";
import { enMethods } from "../src/language/en.js";
import { esProcessing } from "../src/language/es-processing.js";
import { numberFormat } from "../src/language/numbers.js";

// The methods note says what reading did, in the counts `processing` holds: rows of the file, or polls.

const en = (p: PollProcessing) => enMethods.processing(p, numberFormat("en-US"));
const es = (p: PollProcessing) => esProcessing(p, numberFormat("es-US"));

describe("the methods note's account of reading, in English", () => {
  it("lists rows left out by line and reason", () => {
    expect(
      en({
        invalidRowsSkipped: [
          { line: 824, reason: "start-after-end" },
          { line: 1019, reason: "start-after-end" },
        ],
      }),
    ).toBe("Two rows were left out: lines 824 and 1019, start date after end date.");
    expect(
      en({
        invalidRowsSkipped: [
          { line: 1852, reason: "after-as-of" },
          { line: 9, reason: "value-missing" },
        ],
        asOf: "2026-02-14",
      }),
    ).toBe("Two rows were left out: line 1852, ended after Feb. 14, 2026; line 9, no value.");
    expect(en({ invalidRowsSkipped: [{ line: 4, reason: "field-count" }] })).toBe(
      "One row was left out: line 4, fields not as the header's.",
    );
    const many = Array.from({ length: 13 }, (_, i) => ({ line: 1411 + i, reason: "start-after-end" as const }));
    expect(en({ invalidRowsSkipped: many })).toBe(
      "13 rows were left out: lines 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420 and three others, start date after end date.",
    );
  });

  it("says the filter, the rows of the file and the rows kept", () => {
    expect(
      en({
        filter: [
          { column: "issue", value: "economy" },
          { column: "issue", value: "inflation" },
          { column: "state", value: "" },
        ],
        rowsInFile: 1879,
        rowsMatchingFilter: 451,
      }),
    ).toBe("Of the file’s 1,879 rows, the 451 where issue is “economy” or “inflation” and state is empty were read.");
  });

  it("says which population polls were kept for, and why", () => {
    expect(
      en({
        otherPopulationsDropped: 130,
        populationOrder: ["adults", "voters", "registered voters", "likely voters"],
        pollKind: "approval",
      }),
    ).toBe(
      "Polls reported for several populations are counted once, for adults where a poll has them, otherwise voters, registered voters or likely voters, as for approval ratings; 130 rows for other populations were left out.",
    );
    expect(en({ otherPopulationsDropped: 1 })).toBe(
      "Polls reported for several populations are counted once; one row for other populations was left out.",
    );
  });

  it("says conflicts resolved and polls of several questions", () => {
    expect(en({ conflictingRows: 1, conflicts: "mean" })).toBe(
      "One row that gave another value for a poll listed before, with no question id to tell them apart, was averaged with it.",
    );
    expect(en({ conflictingRows: 2, conflicts: "first" })).toBe(
      "Two rows that gave another value for a poll listed before, with no question id to tell them apart, were left out for the first.",
    );
    expect(en({ questions: 29, polls: 24 })).toBe(
      "Some polls asked more than one version of a question: 29 questions from 24 polls.",
    );
    expect(en({})).toBe("");
  });

  it("ends the methods note of a real list, with its counts in rows of the file", () => {
    const text = gunzipSync(
      readFileSync(join(import.meta.dirname, "data", "snoutcounter-president-approval-polls-2026-02-14.csv.gz")),
    ).toString("utf8");
    const dataset = parseCsv(text, {
      valueColumns: ["approve", "disapprove"],
      unknownColumns: "ignore",
      invalidRows: "skip",
      asOf: "2026-02-14",
    });
    expect(methodsNote(dataset)).toMatch(
      / Two rows were left out: lines 824 and 1019, start date after end date\. Polls reported for several populations are counted once, for adults where a poll has them, otherwise voters, registered voters or likely voters, as for approval ratings; 130 rows for other populations were left out\.$/,
    );
  });
});

describe("the methods note's account of reading, in Spanish", () => {
  it("says the same counts in Spanish words, from one to nine in words", () => {
    expect(
      es({
        invalidRowsSkipped: [
          { line: 824, reason: "start-after-end" },
          { line: 1019, reason: "start-after-end" },
        ],
      }),
    ).toBe("Se omitieron dos filas: líneas 824 y 1019, con fecha de inicio posterior a la de cierre.");
    expect(es({ filter: [{ column: "issue", value: "economy" }], rowsInFile: 1879, rowsMatchingFilter: 292 })).toBe(
      // es-US groups thousands with a comma, as the one formatter does everywhere.
      "De las 1,879 filas del archivo se leyeron las 292 en que issue es «economy».",
    );
    const dropped = { otherPopulationsDropped: 34, pollKind: "vote" } as const;
    expect(es({ ...dropped, populationOrder: ["likely voters", "registered voters", "voters", "adults"] })).toBe(
      "Las encuestas publicadas para varias poblaciones se cuentan una vez, para los votantes probables si la encuesta los incluye y, si no, para los votantes registrados, los votantes o los adultos, por ese orden, como en la intención de voto; se omitieron 34 filas de otras poblaciones.",
    );
    // An order the caller gave is not vote intention's, whatever the polls measure.
    expect(es({ ...dropped, populationOrder: ["likely voters", "registered voters"] })).toBe(
      "Las encuestas publicadas para varias poblaciones se cuentan una vez, para los votantes probables si la encuesta los incluye y, si no, para los votantes registrados, por ese orden; se omitieron 34 filas de otras poblaciones.",
    );
    expect(es({ questions: 29, polls: 24 })).toBe(
      "Algunas encuestas hicieron más de una versión de una pregunta: 29 preguntas de 24 encuestas.",
    );
    expect(es({ conflictingRows: 1, conflicts: "first" })).toBe(
      "Se omitió una fila que daba otro valor para una encuesta ya listada, sin identificador de pregunta que las distinga; se conservó la primera.",
    );
  });
});

describe("the methods note's account of reading, in Spanish, case by case", () => {
  it("lists rows left out by line and reason, ten lines and then how many more", () => {
    const reasons = [
      ["after-as-of", "terminada después del 14 de febrero de 2026"],
      ["value-out-of-range", "valor fuera de rango"],
      ["value-missing", "sin valor"],
      ["value-not-a-number", "valor no numérico"],
      ["date-not-valid", "fecha no válida"],
      ["start-after-end", "con fecha de inicio posterior a la de cierre"],
      ["field-count", "con campos distintos de los de la cabecera"],
    ] as const;
    for (const [reason, words] of reasons)
      expect(es({ invalidRowsSkipped: [{ line: 9, reason }], asOf: "2026-02-14" })).toBe(
        `Se omitió una fila: línea 9, ${words}.`,
      );
    expect(es({ invalidRowsSkipped: [{ line: 9, reason: "after-as-of" }] })).toBe(
      "Se omitió una fila: línea 9, terminada después de la fecha de la lista.",
    );
    const many = Array.from({ length: 13 }, (_, i) => ({ line: 1411 + i, reason: "start-after-end" as const }));
    expect(es({ invalidRowsSkipped: many })).toBe(
      "Se omitieron 13 filas: líneas 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420 y tres más, con fecha de inicio posterior a la de cierre.",
    );
    const ten = many.slice(0, 10);
    expect(es({ invalidRowsSkipped: ten })).toBe(
      "Se omitieron 10 filas: líneas 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419 y 1420, con fecha de inicio posterior a la de cierre.",
    );
  });

  it("says the filter, its empty values, the rows of the file and the rows kept", () => {
    expect(
      es({
        filter: [
          { column: "issue", value: "economy" },
          { column: "issue", value: "" },
          { column: "state", value: "" },
        ],
        rowsInFile: 1,
        rowsMatchingFilter: 1,
      }),
    ).toBe("Se leyó la única fila del archivo, en la que issue es «economy» o vacía y state está vacía.");
    expect(es({ filter: [{ column: "issue", value: "economy" }], rowsInFile: 40, rowsMatchingFilter: 1 })).toBe(
      "De las 40 filas del archivo se leyó la única en que issue es «economy».",
    );
    expect(es({ filter: [{ column: "issue", value: "economy" }], rowsInFile: 40, rowsMatchingFilter: 3 })).toBe(
      "De las 40 filas del archivo se leyeron las tres en que issue es «economy».",
    );
    expect(es({ filter: [{ column: "issue", value: "economy" }], rowsInFile: 10 })).toBe("");
    expect(es({ rowsInFile: 10, rowsMatchingFilter: 3 })).toBe("");
  });

  it("says which population polls were kept for, and why, in Spanish", () => {
    expect(
      es({
        otherPopulationsDropped: 130,
        populationOrder: ["adults", "voters", "registered voters", "likely voters"],
        pollKind: "approval",
      }),
    ).toBe(
      "Las encuestas publicadas para varias poblaciones se cuentan una vez, para los adultos si la encuesta los incluye y, si no, para los votantes, los votantes registrados o los votantes probables, por ese orden, como en la aprobación; se omitieron 130 filas de otras poblaciones.",
    );
    expect(es({ otherPopulationsDropped: 1, populationOrder: ["adults"] })).toBe(
      "Las encuestas publicadas para varias poblaciones se cuentan una vez, para los adultos si la encuesta los incluye; se omitió una fila de otras poblaciones.",
    );
    expect(es({ otherPopulationsDropped: 2 })).toBe(
      "Las encuestas publicadas para varias poblaciones se cuentan una vez; se omitieron dos filas de otras poblaciones.",
    );
  });

  it("says repeated rows, rows without a value, conflicts, versions and proportions", () => {
    expect(es({ repeatedRowsDropped: 1 })).toBe("Se omitió una fila que repetía exactamente una fila anterior.");
    expect(es({ repeatedRowsDropped: 12 })).toBe("Se omitieron 12 filas que repetían exactamente una fila anterior.");
    expect(es({ rowsWithoutValueSkipped: 1 })).toBe("Se saltó una fila sin valor.");
    expect(es({ rowsWithoutValueSkipped: 3 })).toBe("Se saltaron tres filas sin valor.");
    expect(es({ conflictingRows: 2, conflicts: "mean" })).toBe(
      "Se promediaron dos filas que daban otro valor para una encuesta ya listada, sin identificador de pregunta que las distinga con ella.",
    );
    expect(es({ conflictingRows: 1, conflicts: "mean" })).toBe(
      "Se promedió una fila que daba otro valor para una encuesta ya listada, sin identificador de pregunta que las distinga con ella.",
    );
    expect(es({ questions: 29 })).toBe("");
    expect(es({ questions: 9, polls: 8 })).toBe(
      "Algunas encuestas hicieron más de una versión de una pregunta: nueve preguntas de ocho encuestas.",
    );
    expect(es({ scaledFromProportions: true })).toBe("Los valores dados como proporciones se multiplicaron por 100.");
    expect(es({ repeatedRowsDropped: 1, rowsWithoutValueSkipped: 1 })).toBe(
      "Se omitió una fila que repetía exactamente una fila anterior. Se saltó una fila sin valor.",
    );
    expect(es({})).toBe("");
  });
});
