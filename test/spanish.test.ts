import { createRequire } from "node:module";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { announcePoll, pollName } from "../src/chart/announce.js";
import { layout } from "./api.js";
import { es as spanish } from "../src/language/es.js";
import { esMethods } from "../src/language/es-notes.js";
import { numberFormat } from "../src/language/numbers.js";
// Spanish is registered the way an app registers it: by importing its entry.
import { apNorcUkraineSupportEs } from "../src/entries/es.js";
import {
  apNorcUkraineSupport,
  describeTrend,
  methodsNote,
  type PollDataset,
  renderDataTable,
  renderReport,
  renderTrendChart,
  summarizeTrend,
} from "./api.js";
import { chartCases, tracker } from "./cases.js";

// Every expected sentence below is written by hand, from the English summary's facts (the numbers and
// dates the English states) and the Spanish style es.ts documents; none is printed by the code first.

const es = { locale: "es-US" } as const;
const NBSP = "\u00a0";
/** "EE. UU." as the Spanish dataset writes it: its two parts held together by a no-break space. */
const US = `EE.${NBSP}UU.`;

const WORDS = ["una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
/**
 * The numbers a text states, as printed, in order of size: "26 al 30" and "Jan. 26–30" give the same, and
 * a count Spanish writes in words is its figure ("tres encuestas" is the English "3 polls").
 */
const ENGLISH = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const numbersOf = (text: string) =>
  (
    text
      .replace(
        /\b(una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve) (?=encuestas?|encuestadoras?|series|veces)/g,
        (word) => `${WORDS.indexOf(word.trim()) + 1} `,
      )
      // English counts from one to nine are words too (AP): "seven pollsters", "three times".
      .replace(
        /\b(one|two|three|four|five|six|seven|eight|nine) (?=polls?|pollsters?|other pollsters|more series|series|times)/gi,
        (word) => `${ENGLISH.indexOf(word.trim().toLowerCase()) + 1} `,
      )
      .match(/\d+(?:[.,]\d+)*/g) ?? []
  ).sort();

/** A net series: three polls of registered voters, a lead that moves past its margin. */
const net: PollDataset = {
  title: "Aprobación neta",
  population: "votantes registrados",
  series: [
    {
      id: "n",
      label: "Aprobación neta",
      measure: "net",
      points: [
        { date: "2023-01-15", value: -3, marginOfError: 3 },
        { date: "2023-04-15", value: 2.5, marginOfError: 3 },
        { date: "2023-07-15", value: -8, marginOfError: 3.1 },
      ],
    },
  ],
};

describe("apNorcUkraineSupportEs: the bundled polls, in Spanish", () => {
  it("has every number and date of the English dataset, and only its words differ", () => {
    const facts = (d: PollDataset) => ({
      pollster: d.pollster,
      events: d.events?.map((e) => e.date),
      series: d.series.map((s) => ({
        id: s.id,
        points: s.points.map(({ mode: _mode, ...point }) => point),
      })),
    });
    expect(facts(apNorcUkraineSupportEs)).toEqual(facts(apNorcUkraineSupport));
    expect(apNorcUkraineSupportEs.population).toBe(`adultos de ${US}`);
    expect(apNorcUkraineSupportEs.series.map((s) => s.label)).toEqual([
      "A favor de enviar armas",
      "A favor de enviar fondos",
    ]);
    expect(apNorcUkraineSupportEs.events?.[0]?.label).toBe("Rusia invade Ucrania");
  });
});

describe("summarizeTrend in Spanish (poll-trend/es, locale es-US)", () => {
  it("writes the bundled Spanish dataset's full summary as a Spanish newsroom would", () => {
    expect(summarizeTrend(apNorcUkraineSupportEs, es)).toBe(
      [
        `En noviembre de 2023, el 48% de los adultos de ${US} estaban a favor de que ${US} suministrara armas a Ucrania, sin cambios respecto a enero.`,
        "Desde la primera encuesta, en marzo de 2022 (64%), la cifra bajó 16 puntos porcentuales.",
        "El máximo fue del 64% en marzo de 2022; el mínimo, del 48% en enero y noviembre de 2023.",
        `En noviembre de 2023, el 39% de los adultos de ${US} estaban a favor de enviar fondos del Gobierno directamente a Ucrania, 2 puntos porcentuales más que el 37% de enero, un cambio dentro del margen de error de la diferencia (más/menos 5.7 puntos porcentuales).`,
        "Desde la primera encuesta, en mayo de 2022 (44%), la cifra bajó 5 puntos porcentuales.",
        "El máximo fue del 44% en mayo de 2022; el mínimo, del 37% en enero de 2023.",
        "«A favor de enviar armas» estuvo por encima de «A favor de enviar fondos» en las tres encuestas que preguntaron por ambas.",
        "Fuente: encuesta de AP-NORC.",
      ].join(" "),
    );
  });

  it("writes its short summary in at most 160 characters", () => {
    const short = summarizeTrend(apNorcUkraineSupportEs, { ...es, length: "short" });
    expect(short).toBe(
      "A favor de enviar armas: 48% en noviembre de 2023, 16 puntos porcentuales menos que el 64% de marzo de 2022; A favor de enviar fondos: 39%.",
    );
    expect(short.length).toBeLessThanOrEqual(160);
  });

  it("takes the space before % and the decimal mark from the locale: none in es-US and es-MX, a no-break space in es-ES", () => {
    const short = (locale: string) => summarizeTrend(apNorcUkraineSupportEs, { locale, length: "short" });
    expect(short("es-MX")).toBe(short("es-US"));
    expect(short("es-ES")).toBe(
      `A favor de enviar armas: 48${NBSP}% en noviembre de 2023, 16 puntos porcentuales menos que el 64${NBSP}% de marzo de 2022; A favor de enviar fondos: 39${NBSP}%.`,
    );
    expect(summarizeTrend(apNorcUkraineSupportEs, { locale: "es-ES" })).toContain(
      "(más/menos 5,7 puntos porcentuales)",
    );
  });

  it("states every number the English states, for the bundled polls in both languages", () => {
    for (const length of ["full", "short"] as const) {
      const english = numbersOf(summarizeTrend(apNorcUkraineSupport, { length }));
      expect(english.length).toBeGreaterThan(length === "full" ? 20 : 5);
      expect(numbersOf(summarizeTrend(apNorcUkraineSupportEs, { ...es, length }))).toEqual(english);
    }
  });

  it("states every number the English states, for a tracker, a gap and a net series", () => {
    for (const [data, options] of [
      [tracker, {}],
      [chartCases.gap.data, chartCases.gap.options],
      [net, {}],
    ] as const) {
      const english = numbersOf(summarizeTrend(data, options));
      expect(english.length).toBeGreaterThan(10);
      expect(numbersOf(summarizeTrend(data, { ...options, ...es }))).toEqual(english);
    }
  });

  it("tells a tracker's poll averages in Spanish, with the average loaded", () => {
    // LOESS, asked for: the sentences name its windows (the state-space average's words are tested below).
    const loess = { ...es, average: { method: "loess" } } as const;
    const full = summarizeTrend(tracker, loess);
    expect(full).toMatch(
      /^El promedio de 312 encuestas \(una línea de tendencia LOESS con periodos de unos 74 días, ampliados hasta 150 días en los tramos con pocas encuestas; cada encuestadora cuenta una vez y las muestras más grandes pesan más\) situó «Approve» en el 45\.9% el 29 de abril de 2020, 0\.7 puntos porcentuales más que un mes antes\. /,
    );
    for (const sentence of [
      "Con un nivel de confianza del 95%, el promedio se sitúa entre el 41.0% y el 50.9%.",
      "Se espera que el 95% de las encuestas se sitúe entre el 41.3% y el 51.2%.",
      "El promedio llegó a su máximo, el 45.9%, el 29 de abril de 2020, y a su mínimo, el 36.7%, el 18 de diciembre de 2017.",
      "La encuesta más reciente, de IBD/TIPP (del 26 al 29 de abril de 2020), registró el 44%.",
      "El promedio de 312 encuestas situó «Disapprove» en el 48.7% el 29 de abril de 2020, 2.1 puntos porcentuales menos que un mes antes.",
      "El promedio de «Disapprove» estuvo por encima del promedio de «Approve» durante todo el periodo, de enero de 2017 a abril de 2020, y lo mismo ocurrió con la media mensual de las encuestas.",
      "Fuente: encuestas de Gallup, Quinnipiac University y otras cinco encuestadoras, recopiladas por FiveThirtyEight.",
    ])
      expect(full).toContain(sentence);
    expect(summarizeTrend(tracker, { ...loess, length: "short" })).toBe(
      "Approve: 45.9% en el promedio de encuestas del 29 de abril de 2020, 0.7 puntos porcentuales más que un mes antes; Disapprove: 48.7%.",
    );
  });

  it("names the state-space average, the default, in plain Spanish words", () => {
    expect(summarizeTrend(tracker, es)).toMatch(
      /^El promedio de 312 encuestas \(una estimación diaria que sigue a las encuestas a medida que se realizan; cada encuestadora cuenta una vez y las muestras más grandes pesan más\) situó «Approve» en el \d+\.\d% el 29 de abril de 2020/,
    );
  });

  it("says a gap in the polling", () => {
    const { data, options } = chartCases.gap;
    expect(summarizeTrend(data, { ...options, ...es })).toBe(
      [
        "«Favor» se situó en el 40% en enero de 2020, 46.4 puntos porcentuales menos que el 86.4% de mayo de 2016, tras un periodo sin encuestas que dieran la cifra, entre mayo de 2016 y enero de 2020.",
        "Desde la primera encuesta, el 1 de enero de 2010 (50%), la cifra bajó 10 puntos porcentuales.",
        "El máximo fue del 87.9% en abril de 2016; el mínimo, del 40% en enero de 2020.",
      ].join(" "),
    );
  });

  it("says when one series overtook another, and the gaps a change spans", () => {
    const monthly = (values: number[]) => values.map((value, i) => ({ date: `2024-0${i + 1}-10`, value }));
    const approval: PollDataset = {
      title: "Aprobación",
      population: "votantes registrados",
      pollster: "Springfield Poll",
      series: [
        { id: "a", label: "Aprueba", points: monthly([50, 48, 47, 45, 44]) },
        { id: "d", label: "Desaprueba", points: monthly([44, 46, 46, 51, 52]) },
      ],
    };
    // Disapprove first led in April (51 to 45); in May, the latest poll, it was 52 to 44.
    expect(summarizeTrend(approval, es)).toContain(
      "«Desaprueba» superó a «Aprueba» en abril de 2024 (52% frente al 44% en la encuesta más reciente que preguntó por ambas, en mayo de 2024). Fuente: Springfield Poll.",
    );
    expect(summarizeTrend(approval, { ...es, length: "short" })).toBe(
      "«Desaprueba» superó a «Aprueba» en abril de 2024; 52% frente al 44% en mayo de 2024.",
    );
    const twoGaps: PollDataset = {
      title: "Dos vacíos",
      series: [
        {
          id: "a",
          label: "A favor",
          points: ["2010-01-01", "2010-02-01", "2013-01-01", "2013-02-01", "2018-01-01", "2018-02-01"].map(
            (date, i) => ({ date, value: [50, 51, 45, 46, 40, 42][i] as number }),
          ),
        },
      ],
    };
    expect(summarizeTrend(twoGaps, { ...es, maxGapDays: 400 })).toContain(
      "Desde la primera encuesta, en enero de 2010 (50%), la cifra bajó 8 puntos porcentuales, con varios periodos sin encuestas que dieran la cifra (el más largo, entre febrero de 2013 y enero de 2018).",
    );
  });

  it("gives a net series its sign and points, without a percent sign or an article", () => {
    expect(summarizeTrend(net, es)).toBe(
      [
        "«Aprobación neta» se situó en −8 entre los votantes registrados en julio de 2023, 10.5 puntos menos que +2.5 en abril, un cambio mayor que el margen de error de la diferencia (más/menos 8.6 puntos).",
        "Desde la primera encuesta, en enero de 2023 (−3), la cifra bajó 5 puntos, un cambio dentro del margen de error de la diferencia (más/menos 8.6 puntos).",
        "El máximo fue de +2.5 en abril de 2023; el mínimo, de −8 en julio de 2023.",
      ].join(" "),
    );
    expect(summarizeTrend(net, { ...es, length: "short" })).toBe(
      "Aprobación neta: −8 en julio de 2023, 5 puntos menos que −3 en enero de 2023.",
    );
  });

  it("falls back to English words, with the locale's own numbers, for a language without words", () => {
    const french = summarizeTrend(apNorcUkraineSupport, { locale: "fr-FR", length: "short" });
    expect(french).toMatch(/^Favor providing weapons: 48\s%( in November 2023)/u);
    expect(french).not.toBe(summarizeTrend(apNorcUkraineSupport, { length: "short" }));
  });
});

describe("the methods note, the chart, the table and the report in Spanish", () => {
  it("writes the methods note with más/menos and the field dates", () => {
    expect(methodsNote(apNorcUkraineSupportEs, es)).toBe(
      `La encuesta de AP-NORC a 1,239 adultos de ${US} se realizó del 2 al 6 de noviembre de 2023. El margen de error de muestreo es de más/menos 3.9 puntos porcentuales.`,
    );
    expect(methodsNote(tracker, { locale: "es-ES" })).toBe(
      "Las 312 encuestas, de siete encuestadoras, se realizaron del 20 de enero de 2017 al 29 de abril de 2020, entre votantes registrados, adultos y votantes probables, con muestras de 823 a 3038 encuestados.",
    );
  });

  it('marks the chart lang="es-US", with Spanish month ticks, labels and footer', () => {
    const svg = renderTrendChart(apNorcUkraineSupportEs, es);
    expect(svg).toMatch(/^<svg [^>]*aria-roledescription="gráfico de líneas"[^>]*lang="es-US" xml:lang="es-US"/);
    expect(svg).toMatch(/>julio<\/text>/);
    expect(svg).toMatch(/>enero<\/text>/);
    expect(svg).not.toMatch(/>(January|July)</);
    expect(svg).toContain(">Fuente: Centro de Investigación de Asuntos Públicos AP-NORC · adultos de ");
    // "EE. UU." is one unit: no line of the chart ends in "EE.".
    expect(svg).toContain(US);
    expect(svg).not.toMatch(/EE\.\s*<\/tspan>/);
    // The source and the note on the marks are one paragraph of the footer, however it wraps.
    expect(svg.replace(/<[^>]+>/g, "")).toContain(" EE.\u00a0UU. Barras: márgenes de error, cuando se publicaron.");
    expect(svg).toContain(
      'aria-label="A favor de enviar armas, 26 al 30 de enero de 2023: 48%, margen de error de más/menos 4.2 puntos porcentuales, 1,068 encuestados"',
    );
    expect(svg).toContain('aria-label="Acontecimiento, 24 de febrero de 2022: Rusia invade Ucrania"');
    // A narrow chart abbreviates months the RAE's way, with their period.
    const narrow = renderTrendChart(apNorcUkraineSupportEs, { ...es, width: 320 });
    expect(narrow).toMatch(/>(ene|jul)\.<\/text>/);
  });

  it("names a tracker's band and average in the chart's footer", () => {
    const svg = renderTrendChart(tracker, { ...es, yDomain: "fit" });
    expect(svg.replace(/<[^>]+>/g, "")).toContain(
      "Fuente: FiveThirtyEight. Líneas: promedios de encuestas; bandas: intervalos de confianza del 95%; puntos: encuestas.",
    );
    // The average's label names the band drawn: the average's own 95% range, as the footer says.
    const latest = describeTrend(tracker).series[0]?.average?.latest;
    const one = (v: number | undefined) => `${(v ?? 0).toFixed(1)}%`;
    expect(svg).toContain(
      `el promedio en sí, entre el ${one(latest?.lower)} y el ${one(latest?.upper)} con una confianza del 95%`,
    );
    expect(renderTrendChart(tracker, { ...es, band: "polls" })).toContain(
      `se espera que el 95% de las encuestas esté entre el ${one(latest?.pollLower)} y el ${one(latest?.pollUpper)}`,
    );
  });

  it("heads the table in Spanish and marks it with the words' language and the locale's region", () => {
    const table = renderDataTable(apNorcUkraineSupportEs, es);
    expect(table).toMatch(/^<table [^>]*lang="es-US"/);
    for (const header of [
      "Fechas de la encuesta",
      "Margen de error (puntos porcentuales)",
      "Tamaño de la muestra",
      "A favor de enviar armas",
    ])
      expect(table).toContain(`<th scope="col">${header}</th>`);
    expect(table).toContain('<th scope="row">26 al 30 de enero de 2023</th>');
    expect(table).toContain("<td>no publicado</td>");
  });

  it('writes the report as <html lang="es-US"> with Spanish headings', () => {
    const html = renderReport(apNorcUkraineSupportEs, es);
    expect(html).toMatch(/^<!doctype html>\n<html lang="es-US">/);
    expect(html).toContain(">Metodología<");
    expect(html).toContain('aria-label="Tabla de datos"');
    expect(html).toContain(`>Todas las encuestas, porcentaje de adultos de ${US}<`);
    expect(html).not.toContain(">Methods<");
    // Its table is the Spanish table: headers, dates and missing cells in Spanish, none in English.
    const table = new JSDOM(html).window.document.querySelector("table");
    expect([...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent)).toEqual([
      "Fechas de la encuesta",
      "A favor de enviar armas",
      "A favor de enviar fondos",
      "Margen de error (puntos porcentuales)",
      "Tamaño de la muestra",
    ]);
    expect(table?.querySelector("tbody th")?.textContent).toBe("17 al 21 de marzo de 2022");
    expect(table?.textContent).not.toMatch(/Poll dates|not asked|not published|March/);
  });

  it("keeps the report's live chart in Spanish once its script has run", () => {
    const page = new JSDOM(renderReport(apNorcUkraineSupportEs, es), { runScripts: "dangerously" }).window.document;
    const live = page.querySelector(".pt-live svg");
    expect(live?.getAttribute("lang")).toBe("es-US");
    expect(live?.querySelector("title")?.textContent).toBe(
      "Gráfico de líneas de «A favor de enviar armas» y «A favor de enviar fondos», de marzo de 2022 a noviembre de 2023",
    );
    expect(live?.querySelector("desc")?.textContent).toMatch(/^A favor de enviar armas: 48% en noviembre de 2023, /);
  });
});

describe("the Spanish words, one by one", () => {
  const f = numberFormat("es-US");
  it("writes field dates within a month, across months and across years", () => {
    expect(spanish.dateRange("2023-01-26", "2023-01-30")).toBe("26 al 30 de enero de 2023");
    expect(spanish.dateRange("2023-01-30", "2023-02-02")).toBe("30 de enero al 2 de febrero de 2023");
    expect(spanish.dateRange("2022-12-30", "2023-01-03")).toBe("30 de diciembre de 2022 al 3 de enero de 2023");
    expect(spanish.dateRange(undefined, "2022-05-01")).toBe("1 de mayo de 2022");
  });

  it("writes axis ticks in lower case, abbreviated the RAE's way when short", () => {
    const day = new Date(Date.UTC(2023, 8, 5));
    expect(spanish.tick(day, "month", false)).toBe("septiembre");
    expect(spanish.tick(day, "month", true)).toBe("sept.");
    expect(spanish.tick(new Date(Date.UTC(2023, 4, 1)), "month", true)).toBe("mayo");
    expect(spanish.tick(day, "day", false)).toBe("5 sept.");
    expect(spanish.tick(day, "year", false)).toBe("2023");
  });

  it("joins lists with y, or e before the sound i, and dates with one year", () => {
    expect(spanish.list(["Gallup", "Ipsos"])).toBe("Gallup e Ipsos");
    expect(spanish.list(["Gallup", "YouGov", "Hill"])).toBe("Gallup, YouGov y Hill");
    expect(spanish.list(["agua", "hielo"])).toBe("agua y hielo");
    expect(
      spanish.atAll([
        { date: "2023-01-05", unit: "day" },
        { date: "2023-01-30", unit: "day" },
      ]),
    ).toBe("el 5 y el 30 de enero de 2023");
    expect(
      spanish.atAll([
        { date: "2022-11-05", unit: "month" },
        { date: "2023-01-30", unit: "month" },
      ]),
    ).toBe("en noviembre de 2022 y enero de 2023");
  });

  it("says a difference in puntos porcentuales, one in the singular, and net differences in puntos", () => {
    expect(spanish.points(-1, "share", f)).toBe("1 punto porcentual");
    expect(spanish.points(2.5, "share", f)).toBe("2.5 puntos porcentuales");
    expect(spanish.points(1, "net", f)).toBe("1 punto");
    expect(spanish.points(-3, "net", f)).toBe("3 puntos");
  });

  it("gives a population its article, feminine where its first word is", () => {
    const headline = (population: string) =>
      spanish.headline({
        when: { date: "2024-03-10", unit: "month" },
        value: "35%",
        label: "Apoyo",
        population,
        predicate: "apoyaban la medida",
        measure: "share",
      });
    expect(headline("mujeres votantes")).toBe("En marzo de 2024, el 35% de las mujeres votantes apoyaban la medida");
    expect(headline("personas adultas")).toBe("En marzo de 2024, el 35% de las personas adultas apoyaban la medida");
    expect(headline("votantes registrados")).toBe(
      "En marzo de 2024, el 35% de los votantes registrados apoyaban la medida",
    );
  });

  it("writes a methods note with its mode, or the mode as its own sentence", () => {
    const poll = {
      pollster: "AP-NORC",
      sample: 1068,
      population: `adultos de ${US}`,
      start: "2023-01-26",
      end: "2023-01-30",
    };
    expect(esMethods.pollMethod({ ...poll, mode: "el panel probabilístico AmeriSpeak", margin: 4.2 }, f)).toBe(
      `La encuesta de AP-NORC a 1,068 adultos de ${US} se realizó del 26 al 30 de enero de 2023, mediante el panel probabilístico AmeriSpeak. El margen de error de muestreo es de más/menos 4.2 puntos porcentuales.`,
    );
    expect(esMethods.pollMethod({ end: "2023-01-30", mode: "teléfono" }, f)).toBe(
      "La encuesta se completó el 30 de enero de 2023. Modo: teléfono.",
    );
  });
});

describe("poll-trend/dom's announcements in Spanish", () => {
  const chart = layout(apNorcUkraineSupportEs, es);
  it("says series, dates, value, the change, the margin, sample size and population, and where it is", () => {
    expect(announcePoll(chart, 0, 2)).toBe(
      `A favor de enviar armas, 26 al 30 de enero de 2023: 48%, 12 puntos porcentuales menos que en mayo de 2022, margen de error de más/menos 4.2, 1,068 adultos de ${US}, 3 de 4`,
    );
    expect(announcePoll(chart, 0, 0)).toBe(
      `A favor de enviar armas, 17 al 21 de marzo de 2022: 64%, sin margen de error publicado, 1,082 adultos de ${US}, 1 de 4, la primera encuesta`,
    );
    expect(announcePoll(chart, 1, 2)).toBe(
      `A favor de enviar fondos, 2 al 6 de noviembre de 2023: 39%, 2 puntos porcentuales más que en enero de 2023, margen de error de más/menos 3.9, 1,239 adultos de ${US}, 3 de 3, la última encuesta`,
    );
    expect(pollName(chart, 1, 2)).toBe("2 al 6 de noviembre de 2023: 39%, la última encuesta");
  });

  it("attributes a tracker's poll and compares it with that pollster's own, with the average", () => {
    const t = layout(tracker, { ...es, average: { method: "loess" } });
    const last = (t.series[0]?.points.length ?? 0) - 1;
    // From the CSV: IBD/TIPP's Approve went from 45 (ended April 1, 2020) to 44 (April 26–29, 1,225 adults).
    expect(announcePoll(t, 0, last)).toBe(
      "Approve, IBD/TIPP, 26 al 29 de abril de 2020: 44%, 1 punto porcentual menos que en la encuesta de IBD/TIPP del 1 de abril de 2020, sin margen de error publicado, 1,225 adultos, promedio de encuestas: 45.9%, 312 de 312, la última encuesta",
    );
  });
});

describe("the builds share their brands: ESM and CommonJS in one app", () => {
  it("renders with the CommonJS build a trend and a dataset that the ESM build prepared and parsed", async () => {
    const require = createRequire(import.meta.url);
    const cjs = require("../dist/index.cjs") as typeof import("../src/index.js");
    const cjsAverage = require("../dist/average.cjs") as typeof import("../src/entries/average.js");
    const cjsEs = require("../dist/es.cjs") as typeof import("../src/entries/es.js");
    const esm = (await import("../dist/index.js" as string)) as typeof import("../src/index.js");
    const esmAverage = (await import("../dist/average.js" as string)) as typeof import("../src/entries/average.js");
    const esmEs = (await import("../dist/es.js" as string)) as typeof import("../src/entries/es.js");
    const options = { locale: "es-US", languages: [esmEs.spanish], averages: esmAverage.averages };
    const trend = esm.prepareTrend(tracker, options);
    // The CommonJS build takes the ESM trend as prepared (no re-parse, no "received a field named dataset").
    expect(cjs.summarizeTrend(trend)).toBe(esm.summarizeTrend(trend));
    expect(cjs.renderTrendChart(trend)).toBe(esm.renderTrendChart(trend));
    // …and a dataset the ESM build parsed, with the CommonJS build's own parts: the same words.
    const parsed = esm.parseDataset(apNorcUkraineSupportEs);
    const cjsOptions = { locale: "es-US", languages: [cjsEs.spanish], averages: cjsAverage.averages };
    expect(cjs.summarizeTrend(parsed, cjsOptions)).toMatch(/^En noviembre de 2023, el 48% de los adultos/);
    expect(cjs.summarizeTrend(trend)).toMatch(/^El promedio de 312 encuestas/);
  });
});
