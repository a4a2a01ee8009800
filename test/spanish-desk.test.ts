import { describe, expect, it } from "vitest";
import { announcePoll } from "../src/chart/announce.js";
import { apNorcUkraineSupportEs } from "../src/entries/es.js";
import { esAverage } from "../src/language/es-average.js";
import { esAnnounce, esMethods, esTable } from "../src/language/es-notes.js";
import { es, esES } from "../src/language/es.js";
import { numberFormat } from "../src/language/numbers.js";
import {
  apNorcUkraineSupport,
  layout,
  methodsNote,
  type PollDataset,
  parseCsv,
  renderDataTable,
  renderReport,
  renderTrendChart,
  summarizeTrend,
} from "./api.js";
import { field, gapEs, trackerEs } from "./review.js";

// Each correction a Spanish copy desk asked for (issue 23), one by one. Every expected text is written
// by hand from the desk's rule; none is printed by the code first.

const NBSP = "\u00a0";
const us = numberFormat("es-US");
const spain = numberFormat("es-ES");

/** A CSV as poll lists write it: populations by their codes, no title. */
const coded = parseCsv(
  [
    "series,date,value,sampleSize,pollster,population",
    "Aprueba,2024-01-10,45,1000,Gallup,rv",
    "Desaprueba,2024-01-10,50,1000,Gallup,rv",
    "Aprueba,2024-02-10,44,900,Ipsos,lv",
    "Desaprueba,2024-02-10,51,900,Ipsos,lv",
    "Aprueba,2024-03-10,43,1100,YouGov,a",
    "Desaprueba,2024-03-10,52,1100,YouGov,a",
  ].join("\n"),
);

describe("the Spanish copy desk's corrections", () => {
  it("names the populations poll-trend writes itself (and a CSV's codes) in Spanish", () => {
    expect(methodsNote(coded, { locale: "es-US" })).toBe(
      "Las tres encuestas, de tres encuestadoras, se realizaron del 10 de enero de 2024 al 10 de marzo de 2024, entre votantes registrados, votantes probables y adultos, con muestras de 900 a 1,100 encuestados.",
    );
    const table = renderDataTable(coded, { locale: "es-US" });
    expect(table).toContain("<td>votantes registrados</td>");
    expect(table).toContain("<td>votantes probables</td>");
    expect(table).toContain("<td>adultos</td>");
    expect(table).not.toMatch(/registered|likely|>adults</);
    expect(esTable.populationName?.("Likely voters")).toBe("votantes probables");
    // A population of the data's own is kept as it is written.
    expect(esTable.populationName?.("latinos")).toBe("latinos");
    expect(es.population("registered voters")).toBe("Población: votantes registrados.");
  });

  it("titles a file without a title from its labels in Spanish, and keeps a title given", () => {
    // A full frame (the default) draws the title and names the chart by it.
    const name = (d: PollDataset, locale: string) =>
      /<title[^>]*>([^<]*)</.exec(renderTrendChart(d, { locale, frame: "full" }))?.[1];
    expect(name(coded, "es-US")).toBe("Aprueba y desaprueba");
    expect(name(coded, "en-US")).toBe("Aprueba and desaprueba");
    expect(name(field, "es-ES")).toBe("33 series de encuestas");
    expect(name(field, "en-US")).toBe("33 poll series");
    expect(renderReport(coded, { locale: "es-US" })).toContain("<h1>Aprueba y desaprueba</h1>");
    // A title the app set after reading is its own: never rewritten.
    expect(name({ ...coded, title: "Aprobación de Trump" }, "es-US")).toBe("Aprobación de Trump");
  });

  it("quotes every label inside a sentence «»", () => {
    expect(esAnnounce.seriesEnd(true, "Aprueba")).toBe("Primera encuesta de «Aprueba»; no hay ninguna anterior.");
    const field6 = summarizeTrend(field, { locale: "es-US" });
    expect(field6).toMatch(/^En cabeza en los promedios de encuestas del 21 de enero de 2026: «Chad Bianco», con el /);
    expect(field6).toContain(" por delante de «Steve Hilton» (");
    expect(es.tied("Sí", "No", "45%", "en la encuesta")).toBe("«Sí» y «No» empatan con el 45% en la encuesta");
    expect(
      es.lastPolledSentence(
        [
          { label: "Kamala Harris", date: "2025-06-15" },
          { label: "John Cox", date: "2025-02-10" },
        ],
        us,
      ),
    ).toBe("«Kamala Harris» se midió por última vez en junio de 2025 y «John Cox», en febrero de 2025.");
  });

  it("writes counts from one to nine in words, and measures in figures", () => {
    const summary = summarizeTrend(trackerEs, { locale: "es-US" });
    expect(summary).toContain("y otras cinco encuestadoras, recopiladas por FiveThirtyEight.");
    expect(methodsNote(trackerEs, { locale: "es-US" })).toMatch(/^Las 312 encuestas, de siete encuestadoras, /);
    expect(summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US" })).toContain(
      "en las tres encuestas que preguntaron por ambas",
    );
    expect(esAnnounce.changed(3, 1, us)).toBe("Tres encuestas nuevas, una encuesta retirada");
    expect(esAnnounce.changed(12, 0, us)).toBe("12 encuestas nuevas");
    // Points and percentages stay figures, even below 10.
    expect(summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US" })).toContain(
      "2 puntos porcentuales más que el 37%",
    );
  });

  it("says a change since the first poll with a subject, in Spain's tense in es-ES", () => {
    const since = (locale: string) =>
      summarizeTrend(apNorcUkraineSupportEs, { locale }).match(
        /Desde la primera encuesta, en marzo de 2022[^.]*\./,
      )?.[0];
    expect(since("es-US")).toBe(
      "Desde la primera encuesta, en marzo de 2022 (64%), la cifra bajó 16 puntos porcentuales.",
    );
    expect(since("es-MX")).toBe(since("es-US"));
    expect(since("es-ES")).toBe(
      `Desde la primera encuesta, en marzo de 2022 (64${NBSP}%), la cifra ha bajado 16 puntos porcentuales.`,
    );
    const rise = {
      earlier: { date: "2024-01-10", unit: "month" as const },
      from: "44 %",
      measure: "share" as const,
      significance: "",
      note: "",
    };
    expect(esES.since({ ...rise, points: 8 }, spain)).toBe(
      "Desde la primera encuesta, en enero de 2024 (44 %), la cifra ha subido 8 puntos porcentuales.",
    );
    expect(es.since({ ...rise, points: 8 }, us)).toBe(
      "Desde la primera encuesta, en enero de 2024 (44 %), la cifra subió 8 puntos porcentuales.",
    );
    expect(esES.since({ ...rise, points: 0 }, spain)).toBe(
      "Desde la primera encuesta, en enero de 2024 (44 %), la cifra no ha variado.",
    );
    expect(esES.leadChanges(3, "Bianco", "en enero de 2026", spain)).toBe(
      "El primer lugar ha cambiado de manos tres veces; la última, en enero de 2026, a favor de «Bianco».",
    );
  });

  it("names the margin of the difference, in prose, in es-ES with its comma", () => {
    expect(summarizeTrend(apNorcUkraineSupportEs, { locale: "es-ES" })).toContain(
      ", 2 puntos porcentuales más que el 37 % de enero, un cambio dentro del margen de error de la diferencia (más/menos 5,7 puntos porcentuales).".replaceAll(
        " %",
        `${NBSP}%`,
      ),
    );
    expect(summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US" })).not.toMatch(/±|una diferencia dentro/);
  });

  it("writes 'se sitúe', 'Gobierno', 'ampliados'", () => {
    expect(esAverage.pollBand("41%", "51%", us)).toBe(
      "Se espera que el 95% de las encuestas se sitúe entre el 41% y el 51%.",
    );
    expect(summarizeTrend(apNorcUkraineSupportEs, { locale: "es-ES" })).toContain(
      "enviar fondos del Gobierno directamente",
    );
    expect(
      esAverage.method(
        {
          kind: "loess",
          windowDays: 60,
          widenedTo: 150,
          eachPollsterOnce: false,
          largerPollsWeighted: false,
          houseEffects: false,
        },
        us,
      ),
    ).toBe("LOESS con periodos de unos 60 días, ampliados hasta 150 días en los tramos con pocas encuestas");
  });

  it("tells the keys with their own verbs: Left goes back, Right goes on", () => {
    const keys = esAnnounce.keys(true);
    expect(keys).toContain("flecha izquierda retrocede y flecha derecha avanza");
    expect(keys).not.toContain("Izquierda y Derecha avanzan");
  });

  it("ends a sentence on an abbreviation with its own period: never 'EE. UU..'", () => {
    const us2 = `adultos de EE.${NBSP}UU.`;
    expect(es.population(us2)).toBe(`Población: ${us2}`);
    expect(es.sourceName("Centro de Investigación Inc.")).toBe("Fuente: Centro de Investigación Inc.");
    const set = { polls: 12, pollsters: 3, start: "2024-01-01", end: "2024-06-30", populations: [us2] };
    expect(esMethods.pollSet(set, us)).toBe(
      `Las 12 encuestas, de tres encuestadoras, se realizaron del 1 de enero de 2024 al 30 de junio de 2024, entre ${us2}`,
    );
    for (const locale of ["es-US", "es-ES"])
      for (const text of [
        summarizeTrend(apNorcUkraineSupportEs, { locale }),
        methodsNote(apNorcUkraineSupportEs, { locale }),
        renderReport(apNorcUkraineSupportEs, { locale }),
      ])
        expect(text).not.toContain("UU..");
  });

  it("puts no comma between a subject and its verb", () => {
    expect(esAverage.latestPoll(undefined, "17 al 19 de enero de 2017", "40%")).toBe(
      "La encuesta más reciente (del 17 al 19 de enero de 2017) registró el 40%.",
    );
    // An aside stays between its commas.
    expect(esAverage.latestPoll("Gallup", "17 al 19 de enero de 2017", "40%")).toBe(
      "La encuesta más reciente, de Gallup (del 17 al 19 de enero de 2017), registró el 40%.",
    );
  });

  it("says where the average stops in Spanish, not in calques", () => {
    expect(esAverage.tooFewPolls(["27 de julio de 2020", "1 al 16 de enero de 2024"])).toBe(
      "El promedio se interrumpe donde sería demasiado incierto para publicarlo (muy pocas encuestas, o encuestas demasiado dispares): el 27 de julio de 2020 y del 1 al 16 de enero de 2024.",
    );
    expect(esAverage.tooFewPolls(["septiembre a noviembre de 2024", "abril de 2025"])).toBe(
      "El promedio se interrumpe donde sería demasiado incierto para publicarlo (muy pocas encuestas, o encuestas demasiado dispares): de septiembre a noviembre de 2024 y en abril de 2025.",
    );
    expect(esAverage.notAcrossGaps(1, "2024-11-20", "2025-04-02")).toBe(
      "El promedio no se traza en el periodo sin encuestas que dieran la cifra, entre noviembre de 2024 y abril de 2025.",
    );
    expect(esAverage.notAcrossGaps(3, "2024-11-20", "2025-04-02")).toBe(
      "El promedio no se traza en los periodos sin encuestas que dieran la cifra; el más largo, entre noviembre de 2024 y abril de 2025.",
    );
    expect(summarizeTrend(gapEs, { locale: "es-US", maxGapDays: 400 })).toContain(
      "46.4 puntos porcentuales menos que el 86.4% de mayo de 2016, tras un periodo sin encuestas que dieran la cifra, entre mayo de 2016 y enero de 2020.",
    );
  });

  it("gives sample sizes as 'muestras de … a …', never 'con entre … y …'", () => {
    const note = methodsNote(field, { locale: "es-US" });
    expect(note).toContain("Las muestras publicadas van de 400 a 8,141 encuestados.");
    expect(note).not.toMatch(/con entre|donde se publicó/);
  });

  it("says the end of a list without a noun to agree with, in words", () => {
    expect(esAnnounce.endOf(false, 2, us)).toBe("Final de la lista (dos en total).");
    expect(esAnnounce.endOf(true, 33, us)).toBe("Inicio de la lista (33 en total).");
    expect(esAnnounce.endOf(true, 1, us)).toBe("Inicio y final de la lista.");
  });

  it("keeps a field's leader in its alt text and chart description, in Spanish as in English", () => {
    for (const locale of ["es-US", "es-ES", "en-US"]) {
      const short = summarizeTrend(field, { locale, length: "short" });
      expect(short).toMatch(/Chad Bianco/);
      const desc = /<desc[^>]*>([^<]*)</.exec(renderTrendChart(field, { locale }))?.[1] ?? "";
      expect(desc.startsWith(short.replace(/&/g, "&amp;"))).toBe(true);
    }
  });

  it("says a tracker's announcement with the population in Spanish", () => {
    const t = layout(trackerEs, { locale: "es-US" });
    expect(announcePoll(t, 0, 0)).toContain(", 1,190 votantes registrados, promedio de encuestas: ");
  });
});

describe("the English the desk also caught", () => {
  it("never says 'about 150 days, widened to as much as 150 days'", () => {
    // LOESS, whose windows the method phrase says (the state-space average, the default, has none).
    const summary = summarizeTrend(field, { average: { method: "loess" } });
    expect(summary).toContain("LOESS trend line over windows of about 150 days, each pollster counted once");
    expect(summary).not.toMatch(/about 150 days, widened/);
    // A window widened past the usual one is still said.
    expect(summarizeTrend(apNorcUkraineSupport, { average: { method: "loess" } })).not.toContain("widened");
  });
});

describe("the alt text keeps every series it can name, in every Spanish locale", () => {
  it("es-ES names 'Desaprueba' as es-US does: the axis note yields to a series, not the series to it", () => {
    for (const locale of ["es-US", "es-MX", "es-ES"]) {
      const { description } = layout(trackerEs, { locale });
      expect(description, locale).toContain("Aprueba: ");
      expect(description, locale).toContain("Desaprueba: ");
      expect(description.length, locale).toBeLessThanOrEqual(160);
    }
  });
});
