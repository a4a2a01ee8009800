import { describe, expect, it } from "vitest";
import { langOf, languageFor, registerLanguage, shipped, shippedName } from "../src/language/choose.js";
import { britishDates } from "../src/language/dates-en-gb.js";
import { en } from "../src/language/en.js";
import { enAverage } from "../src/language/en-average.js";
import { count as englishCount } from "../src/language/en-count.js";
import { enMultiples } from "../src/language/en-multiples.js";
import { esMultiples, esMultiplesES } from "../src/language/es-multiples.js";
import { britishVariety, enGb } from "../src/language/en-gb.js";
import { es, esES } from "../src/language/es.js";
import { esAverage } from "../src/language/es-average.js";
import { capital, count, list, los } from "../src/language/es-grammar.js";
import { esAnnounce, esMethods } from "../src/language/es-notes.js";
import { numberFormat } from "../src/language/numbers.js";
import { british } from "../src/language/british.js";
import { spanish } from "../src/language/spanish.js";

// The words one by one, each phrase with its numbers, dates and directions, against texts written by
// hand: what the outputs' tests reach only through whole sentences (and mutation testing found
// unwatched).

const f = numberFormat("es-US");
const gbf = numberFormat("en-GB");
const month = (date: string) => ({ date, unit: "month" as const });
const day = (date: string) => ({ date, unit: "day" as const });

describe("Spanish grammar", () => {
  it("counts things in words from one to nine, in figures otherwise", () => {
    expect(["una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => count(n, f)),
    );
    expect(count(1, f, true)).toBe("un");
    expect(count(0, f)).toBe("0");
    expect(count(10, f)).toBe("10");
    expect(count(1239, f)).toBe("1,239");
    expect(count(2.5, f)).toBe("2.5");
  });

  it("gives a population its article by its first word only, and keeps one it has", () => {
    expect(los("adultos de zonas rurales")).toBe("los adultos de zonas rurales");
    expect(los("personas de la ciudad")).toBe("las personas de la ciudad");
    expect(los("adultos de la ciudad")).toBe("los adultos de la ciudad");
    expect(los("la población adulta")).toBe("la población adulta");
    expect(los("likely voters")).toBe("los votantes probables");
  });

  it("joins lists, and capitalizes even nothing", () => {
    expect(list([])).toBe("");
    expect(list(["Gallup"])).toBe("Gallup");
    expect(list(["«Aprueba»", "«Indecisos»"])).toBe("«Aprueba» e «Indecisos»");
    expect(capital("")).toBe("");
    expect(capital("siete")).toBe("Siete");
  });
});

describe("Spanish words of the summary", () => {
  it("dates several polls with one year, by month or by day", () => {
    expect(es.atAll([month("2023-01-05"), month("2023-11-30")])).toBe("en enero y noviembre de 2023");
    expect(es.atAll([month("2023-01-05")])).toBe("en enero de 2023");
    expect(es.atAll([day("2023-01-05"), day("2023-01-30")])).toBe("el 5 y el 30 de enero de 2023");
    expect(es.atAll([day("2022-12-30"), day("2023-01-30")])).toBe(
      "el 30 de diciembre de 2022 y el 30 de enero de 2023",
    );
  });

  it("titles a dataset by its labels in Spanish only where its title is its labels", () => {
    expect(es.titleOf?.("Poll trend", [], f)).toBe("Evolución de las encuestas");
    expect(es.titleOf?.("Aprueba and desaprueba", ["Aprueba", "Desaprueba"], f)).toBe("Aprueba y desaprueba");
    expect(es.titleOf?.("A, B and C", ["A", "B", "C"], f)).toBe("A, B y C");
    expect(es.titleOf?.("4 poll series", ["A", "B", "C", "D"], f)).toBe("4 series de encuestas");
    expect(es.titleOf?.("Mi título", ["A", "B"], f)).toBe("Mi título");
    expect(en.titleOf).toBeUndefined();
  });

  it("opens with a share's predicate, or a label's value", () => {
    const head = { when: month("2024-03-10"), value: "35%", label: "Apoyo", measure: "share" as const };
    expect(es.headline({ ...head, predicate: "apoyaban la medida" })).toBe(
      "En marzo de 2024, el 35% de los encuestados apoyaban la medida",
    );
    expect(
      es.headline({ ...head, value: "−8", measure: "net", predicate: "apoyaban la medida", population: "adults" }),
    ).toBe("«Apoyo» se situó en −8 entre los adultos en marzo de 2024");
    expect(es.headline({ ...head, pollster: "Gallup" })).toBe(
      "«Apoyo» se situó en el 35% en una encuesta de Gallup en marzo de 2024",
    );
    expect(es.onlyPoll(false)).toBe(", la única encuesta de esta serie");
    expect(es.onlyPoll(true)).toBe(", la única de esa encuestadora en esta serie");
  });

  it("moves up and down from the earlier poll, or not at all", () => {
    const m = {
      measure: "share" as const,
      from: { value: 60, measure: "share" as const },
      earlier: month("2022-05-16"),
    };
    expect(es.movement({ ...m, points: -12 }, f)).toBe("12 puntos porcentuales menos que el 60% de mayo de 2022");
    expect(es.movement({ ...m, points: 2 }, f)).toBe("2 puntos porcentuales más que el 60% de mayo de 2022");
    expect(es.movement({ ...m, points: 0 }, f)).toBe("sin cambios respecto a mayo de 2022");
    expect(es.movement({ ...m, points: 1, pollster: "Gallup", earlier: day("2022-05-16") }, f)).toBe(
      "1 punto porcentual más que el 60% de la encuesta anterior de Gallup, el 16 de mayo de 2022",
    );
    const net = {
      measure: "net" as const,
      from: { value: 2.5, measure: "net" as const },
      earlier: month("2023-04-15"),
    };
    expect(es.movement({ ...net, points: -10.5 }, f)).toBe("10.5 puntos menos que +2.5 en abril de 2023");
    expect(es.movement({ ...net, points: -1, pollster: "Ipsos" }, f)).toBe(
      "1 punto menos que +2.5 en la encuesta anterior de Ipsos, en abril de 2023",
    );
  });

  it("says a change since the first poll up, down or unchanged, by a pollster", () => {
    const s = { earlier: month("2024-01-10"), from: "44%", measure: "share" as const, significance: "", note: "" };
    expect(es.since({ ...s, points: -6 }, f)).toBe(
      "Desde la primera encuesta, en enero de 2024 (44%), la cifra bajó 6 puntos porcentuales.",
    );
    expect(es.since({ ...s, points: 0, pollster: "Gallup" }, f)).toBe(
      "Desde la primera encuesta de Gallup, en enero de 2024 (44%), la cifra no varió.",
    );
    expect(esES.since({ ...s, points: -6 }, f)).toBe(
      "Desde la primera encuesta, en enero de 2024 (44%), la cifra ha bajado 6 puntos porcentuales.",
    );
  });

  it("names a margin and a gap", () => {
    expect(es.significance(true, 5.7, "share", f)).toBe(
      ", un cambio mayor que el margen de error de la diferencia (más/menos 5.7 puntos porcentuales)",
    );
    expect(es.significance(false, 8.6, "net", f)).toBe(
      ", un cambio dentro del margen de error de la diferencia (más/menos 8.6 puntos)",
    );
    expect(es.gap("2016-05-01", "2020-01-01", false)).toBe(
      ", tras un periodo sin encuestas que dieran la cifra, entre mayo de 2016 y enero de 2020",
    );
    expect(es.gap("2013-02-01", "2018-01-01", true)).toBe(
      ", con varios periodos sin encuestas que dieran la cifra (el más largo, entre febrero de 2013 y enero de 2018)",
    );
  });

  it("says highs, lows, many polls and pollsters", () => {
    expect(es.everyPoll("41%")).toBe("La cifra fue del 41% en todas las encuestas.");
    expect(es.manyPolls(4, month("2022-05-16"), f)).toBe("en cuatro encuestas, la más reciente en mayo de 2022");
    expect(es.pollsters(["A", "B", "C", "D"], f)).toBe(" (cuatro encuestadoras)");
    expect(es.pollsters(["Gallup", "Ipsos"], f)).toBe(" (Gallup e Ipsos)");
    expect(
      es.extremes({ value: "64%", by: "", at: "en marzo de 2022" }, { value: "−8", by: " (Gallup)", at: "en mayo" }),
    ).toBe("El máximo fue del 64% en marzo de 2022; el mínimo, de −8 (Gallup) en mayo.");
  });

  it("says an overtaking by polls or by averages, and where the latest values come from", () => {
    const c = {
      leader: "Desaprueba",
      trailer: "Aprueba",
      at: "en abril de 2024",
      leaderValue: "52%",
      trailerValue: "44%",
    };
    expect(es.crossing({ ...c, averages: false, latest: { kind: "same" } })).toBe(
      "«Desaprueba» superó a «Aprueba» en abril de 2024 (52% frente al 44% en esa encuesta).",
    );
    expect(es.crossing({ ...c, averages: true, latest: { kind: "averages", date: "2024-05-10" } })).toBe(
      "El promedio de «Desaprueba» superó al promedio de «Aprueba» en abril de 2024 (52% frente al 44% en los promedios del 10 de mayo de 2024).",
    );
    expect(es.crossing({ ...c, averages: false, latest: { kind: "poll", at: "en mayo de 2024" } })).toBe(
      "«Desaprueba» superó a «Aprueba» en abril de 2024 (52% frente al 44% en la encuesta más reciente que preguntó por ambas, en mayo de 2024).",
    );
    expect(
      es.crossingShort({
        ...c,
        averages: true,
        latestAt: "el 10 de mayo de 2024",
        leaderValue: "+2",
        trailerValue: "−1",
      }),
    ).toBe(
      "El promedio de «Desaprueba» superó al promedio de «Aprueba» en abril de 2024; +2 frente a −1 el 10 de mayo de 2024.",
    );
  });

  it("says a field: the rest, those no longer polled, the key's last row, the lead", () => {
    expect(
      es.othersAt([
        { label: "Becerra", value: "5.4%" },
        { label: "Mahan", value: "5%" },
      ]),
    ).toBe("El resto: Becerra, 5.4%; Mahan, 5%.");
    const stale = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `C${i}`, date: `2025-0${i + 1}-10` }));
    // Latest first, as the summary gives them: none of the five was polled after C4's poll of May 10.
    expect(es.lastPolledSentence(stale(5).reverse(), f)).toBe(
      "Otras cinco series no se midieron después del 10 de mayo de 2025.",
    );
    expect(es.lastPolledSentence(stale(4), f)).toBe(
      "«C0» se midió por última vez en enero de 2025, «C1», en febrero de 2025, «C2», en marzo de 2025 y «C3», en abril de 2025.",
    );
    expect(es.lastPolled("Kamala Harris", "2025-06-15")).toBe("Kamala Harris, última encuesta en junio de 2025");
    expect(es.othersKey(7, "6%", 20, "2025-12-07", f)).toBe(
      "Siete más, cada una por debajo del 6%; 20 sin medir desde el 7 de diciembre de 2025",
    );
    expect(es.othersKey(7, "6%", 0, "2025-12-07", f)).toBe("Siete más, cada una por debajo del 6%");
    expect(es.othersKey(3, undefined, 3, "2025-12-07", f)).toBe("Tres más sin medir desde el 7 de diciembre de 2025");
    expect(es.leadChanges(13, "Conservadores", "en julio de 2019", f)).toBe(
      "El primer lugar cambió de manos 13 veces; la última, en julio de 2019, a favor de «Conservadores».",
    );
    expect(es.leadBasis("2019-10-29")).toBe("en los promedios de encuestas del 29 de octubre de 2019");
    expect(es.leadBasis(undefined, "2026-02-12")).toBe("en las últimas encuestas, hasta el 12 de febrero de 2026");
    expect(es.leadBasis(undefined)).toBe("en las últimas encuestas");
    expect(
      es.leads({
        leader: "Biden",
        value: "26.5%",
        runnerUp: "Warren",
        runnerUpValue: "20.3%",
        lead: "6.2 puntos porcentuales",
        where: "en las últimas encuestas",
        within: false,
      }),
    ).toBe(
      "En cabeza en las últimas encuestas: «Biden», con el 26.5%, 6.2 puntos porcentuales por delante de «Warren» (20.3%)",
    );
    expect(
      es.leads({
        leader: "Sinn Féin",
        value: "30.3%",
        runnerUp: "Fine Gael",
        runnerUpValue: "25.8%",
        lead: "4.5 puntos porcentuales",
        where: "en los promedios de encuestas del 17 de julio de 2021",
        within: true,
      }),
    ).toBe(
      "En cabeza en los promedios de encuestas del 17 de julio de 2021: «Sinn Féin», con el 30.3%, 4.5 puntos porcentuales por delante de «Fine Gael» (25.8%), dentro del margen de error",
    );
  });

  it("compares two series in one, two or many polls, and parts with their whole", () => {
    expect(es.higherInPolls("A", "B", 1, f)).toBe(
      "«A» estuvo por encima de «B» en la única encuesta que preguntó por ambas.",
    );
    expect(es.higherInPolls("A", "B", 2, f)).toBe(
      "«A» estuvo por encima de «B» en las dos encuestas que preguntaron por ambas.",
    );
    expect(es.higherInPolls("A", "B", 12, f)).toBe(
      "«A» estuvo por encima de «B» en las 12 encuestas que preguntaron por ambas.",
    );
    expect(
      es.parts(
        [{ population: "republicanos", value: "35%" }],
        { population: "adults", value: "48%" },
        "en la última encuesta",
      ),
    ).toBe("Entre los republicanos, el 35%, frente al 48% de los adultos en la última encuesta.");
  });

  it("says a pollster's only poll in a series of several pollsters as the pollster's, never the series'", () => {
    expect(en.onlyPoll(false)).toBe(", the only poll in this series");
    expect(en.onlyPoll(true)).toBe(", the pollster’s only poll in this series");
  });

  it("says an average's gaps in a sentence that parses, one or several", () => {
    expect(enAverage.notAcrossGaps(1, "2017-10-01", "2018-01-15")).toBe(
      "The average is not drawn across a gap in the polling, with no poll reporting it between October 2017 and January 2018.",
    );
    expect(enAverage.notAcrossGaps(2, "2017-10-01", "2018-01-15")).toBe(
      "The average is not drawn across gaps in the polling, the longest with no poll reporting it between October 2017 and January 2018.",
    );
  });

  it("writes the short summary's pieces", () => {
    expect(esAverage.inAMonth(0, "share", f)).toBe(", sin cambios en un mes");
    expect(esAverage.inAMonth(-0.9, "share", f)).toBe(", 0.9 puntos porcentuales menos que un mes antes");
    expect(esAverage.shortAverage(undefined, "46.1%", "29 de abril de 2020", undefined)).toBe(
      "46.1% en el promedio de encuestas del 29 de abril de 2020",
    );
    const poll = ["Aprueba", "44%", "IBD/TIPP", "abril de 2020"] as const;
    expect(es.shortPollster(...poll, { points: 1, measure: "share", earlier: "marzo de 2020" }, f)).toBe(
      "Aprueba: 44% en una encuesta de IBD/TIPP en abril de 2020, 1 punto porcentual más que en su encuesta de marzo de 2020",
    );
    expect(es.shortPollster(...poll, { points: 0, measure: "share", earlier: "marzo de 2020" }, f)).toBe(
      "Aprueba: 44% en una encuesta de IBD/TIPP en abril de 2020, sin cambios respecto a su encuesta de marzo de 2020",
    );
    expect(es.shortPollster("Aprueba", "44%", "IBD/TIPP", "abril de 2020", undefined, f)).toBe(
      "Aprueba: 44% en una encuesta de IBD/TIPP en abril de 2020",
    );
    expect(es.shortPlain("A favor", "48%", month("2023-11-06"), undefined)).toBe("A favor: 48% en noviembre de 2023");
    expect(es.moreSeries(1, f)).toBe("; una serie más");
    expect(es.moreSeries(32, f)).toBe("; 32 series más");
  });

  it("writes the chart's footer and names", () => {
    expect(esAverage.marksNote("polls", f)).toBe(
      "Líneas: promedios de encuestas; bandas: donde cae el 95% de las encuestas; puntos: encuestas",
    );
    expect(esAverage.marksNote("average", f)).toBe(
      "Líneas: promedios de encuestas; bandas: intervalos de confianza del 95%; puntos: encuestas",
    );
    expect(esAverage.marksNote("none", f)).toBe("Líneas: promedios de encuestas; puntos: encuestas");
    expect(es.barsNote).toBe("Barras: márgenes de error, cuando se publicaron");
    expect(esAverage.methodsOnce(["A: LOESS", "B: LOESS"])).toBe("Promedios: A: LOESS; B: LOESS.");
    expect(es.eventsNote([{ label: "Debate", date: "1 de octubre de 2024" }])).toBe(
      "Línea discontinua: Debate, 1 de octubre de 2024.",
    );
    expect(
      es.eventsNote([
        { label: "A", date: "1" },
        { label: "B", date: "2" },
      ]),
    ).toBe("Líneas discontinuas: A, 1; B, 2.");
    expect(es.chartName(["A", "B", "C"], "enero a mayo de 2024", f)).toBe(
      "Gráfico de líneas de «A», «B» y «C», de enero a mayo de 2024",
    );
    expect(es.chartName(["A", "B", "C", "D"], "mayo de 2024", f)).toBe(
      "Gráfico de líneas de 4 series, en mayo de 2024",
    );
    expect(es.onePollLabel("Aprueba")).toBe("Aprueba: una encuesta");
    expect(es.axisNote("30%", "65%")).toBe("El eje va del 30% al 65%.");
  });
});

describe("Spanish words of the methods note, the announcements and the average", () => {
  it("dates a poll on one day or several, and says its sizes and margins", () => {
    expect(esMethods.pollMethod({ start: "2023-01-30", end: "2023-01-30", sample: 800 }, f)).toBe(
      "La encuesta a 800 personas se realizó el 30 de enero de 2023.",
    );
    expect(
      esMethods.pollMethod({ pollster: "Gallup", sponsor: "CNN", start: "2023-01-26", end: "2023-01-30" }, f),
    ).toBe("La encuesta de Gallup, patrocinada por CNN, se realizó del 26 al 30 de enero de 2023.");
    const set = { polls: 12, pollsters: 3, start: "2024-01-01", end: "2024-06-30", populations: [] };
    expect(esMethods.pollSet({ ...set, sizes: { lo: 800, hi: 800, all: true } }, f)).toBe(
      "Las 12 encuestas, de tres encuestadoras, se realizaron del 1 de enero de 2024 al 30 de junio de 2024, con muestras de 800 encuestados.",
    );
    expect(esMethods.pollSet({ ...set, sizes: { lo: 800, hi: 800, all: false } }, f)).toBe(
      "Las 12 encuestas, de tres encuestadoras, se realizaron del 1 de enero de 2024 al 30 de junio de 2024. Las muestras publicadas son de 800 encuestados.",
    );
    expect(esMethods.pollSet({ ...set, margins: { lo: 3, hi: 3, all: true } }, f)).toBe(
      "Las 12 encuestas, de tres encuestadoras, se realizaron del 1 de enero de 2024 al 30 de junio de 2024. Los márgenes de error de muestreo son de más/menos 3 puntos porcentuales.",
    );
    expect(esMethods.pollSet({ ...set, margins: { lo: 2.8, hi: 4.6, all: false } }, f)).toBe(
      "Las 12 encuestas, de tres encuestadoras, se realizaron del 1 de enero de 2024 al 30 de junio de 2024. Los márgenes de error de muestreo publicados van de más/menos 2.8 a más/menos 4.6 puntos porcentuales.",
    );
  });

  it("gives a poll's cue, change, sample and group", () => {
    expect(["only", "first", "latest"].map((at) => esAnnounce.cue(at as "only"))).toEqual([
      "la única encuesta",
      "la primera encuesta",
      "la última encuesta",
    ]);
    expect(esAnnounce.change(0, "share", "16 de mayo de 2022", undefined, f)).toBe(
      "sin cambios respecto al 16 de mayo de 2022",
    );
    expect(esAnnounce.change(0, "share", "marzo de 2017", "Gallup", f)).toBe(
      "sin cambios respecto a la encuesta de Gallup de marzo de 2017",
    );
    expect(esAnnounce.change(-2, "share", "16 de mayo de 2022", undefined, f)).toBe(
      "2 puntos porcentuales menos que el 16 de mayo de 2022",
    );
    expect(esAnnounce.sample(undefined, undefined, f)).toBe("");
    expect(esAnnounce.sample(1068, undefined, f)).toBe("1,068 encuestados");
    expect(esAnnounce.group("Marzo de 2020", 1, "41%", "41%", f)).toBe("Marzo de 2020: una encuesta, el 41%");
    expect(esAnnounce.group("2017", 67, "32%", "51%", f)).toBe("2017: 67 encuestas, entre el 32% y el 51%");
    expect(esAnnounce.changed(0, 1, f)).toBe("Una encuesta retirada");
    expect(esAnnounce.changed(0, 2, f)).toBe("Dos encuestas retiradas");
    expect(esAnnounce.changed(0, 0, f)).toBe("");
    expect(esAnnounce.average("45.9%")).toBe("promedio de encuestas: 45.9%");
    expect(esAnnounce.position(2, 4, f)).toBe("3 de 4");
  });

  it("says the average: its method, its lead, its latest polls and where it stops", () => {
    const method = {
      kind: "loess" as const,
      windowDays: 60,
      windowsTo: 74,
      eachPollsterOnce: true,
      largerPollsWeighted: true,
      houseEffects: true,
    };
    expect(esAverage.method(method, f)).toBe(
      "LOESS con periodos de unos 60 a 74 días; cada encuestadora cuenta una vez, las muestras más grandes pesan más y se corrige el sesgo propio de cada encuestadora",
    );
    expect(esAverage.methodInSummary("LOESS con periodos de unos 60 días")).toBe(
      "una línea de tendencia LOESS con periodos de unos 60 días",
    );
    expect(esAverage.subject("Aprueba", "aprobaban al presidente", "adults")).toBe(
      "la proporción de los adultos que aprobaban al presidente",
    );
    expect(esAverage.subject("Aprueba", undefined, "adults")).toBe("«Aprueba»");
    const lead = { polls: 1, subject: "«Aprueba»", value: "45.9%", date: "29 de abril de 2020" };
    expect(esAverage.averageLead(lead, f)).toBe(
      "El promedio de una encuesta situó «Aprueba» en el 45.9% el 29 de abril de 2020.",
    );
    expect(esAverage.averageLead({ ...lead, polls: 9, change: { points: 0, measure: "share" } }, f)).toBe(
      "El promedio de nueve encuestas situó «Aprueba» en el 45.9% el 29 de abril de 2020, sin cambios respecto a un mes antes.",
    );
    expect(
      esAverage.averageLead(
        { ...lead, polls: 312, change: { points: -2.1, measure: "share", since: "30 de marzo de 2020" } },
        f,
      ),
    ).toBe(
      "El promedio de 312 encuestas situó «Aprueba» en el 45.9% el 29 de abril de 2020, 2.1 puntos porcentuales menos que el 30 de marzo de 2020.",
    );
    expect(esAverage.latestPolls(5, "22 de octubre de 2019", "0%", "1%", f)).toBe(
      "Las cinco encuestas más recientes, que terminaron el 22 de octubre de 2019, registraron entre el 0% y el 1%.",
    );
    expect(
      esAverage.latestPollsBy("29 de mayo de 2020", [
        { pollster: "Morning Consult", value: "42%" },
        { pollster: "YouGov", value: "45%", from: "26 de mayo de 2020" },
      ]),
    ).toBe(
      "Las encuestas más recientes terminaron el 29 de mayo de 2020: Morning Consult registró el 42% y YouGov, el 45% (iniciada el 26 de mayo de 2020).",
    );
    expect(
      esAverage.windowsDiffer(
        [
          { label: "Aprueba", days: 60 },
          { label: "Desaprueba", days: 74 },
        ],
        f,
      ),
    ).toBe("Los periodos difieren según la serie: «Aprueba», unos 60 días; «Desaprueba», unos 74 días.");
  });
});

describe("British English, and the choice of a language", () => {
  it("writes one day once, and a possessive the Guardian's way", () => {
    expect(britishDates.dateRange("2023-01-30", "2023-01-30")).toBe("30 January 2023");
    expect(britishDates.dateRange(undefined, "2023-01-30")).toBe("30 January 2023");
    expect(britishDates.tick(new Date(Date.UTC(2023, 8, 5)), "year", true)).toBe("2023");
    expect(britishVariety.possessive("Ipsos")).toBe("Ipsos’s");
    expect(britishVariety.possessive("Rasmussen Reports")).toBe("Rasmussen Reports’");
    expect(britishVariety.possessive("Gallup")).toBe("Gallup’s");
    expect(enGb.tag).toBe("en-GB");
    expect(
      enGb.since(
        { earlier: month("2022-03-21"), from: "64%", points: -16, measure: "share", significance: "", note: "" },
        gbf,
      ),
    ).toBe("Since the first poll, in March 2022 (64%), it is down 16 percentage points.");
  });

  it("finds a locale's words by its full tag, then shorter, in variants first", () => {
    expect(languageFor("es-ES", [spanish]).words).toBe(esES);
    expect(languageFor("es-MX", [spanish]).words).toBe(es);
    expect(languageFor("en-GB-u-nu-latn", [british]).words).toBe(enGb);
    expect(languageFor("de-DE").words).toBe(en);
    expect(shippedName(languageFor("en-US"))).toBe("en");
    expect(shippedName(languageFor("es-ES", [spanish]))).toBe("es");
    expect(shippedName(british)).toBe("en-gb");
    expect(shippedName(registerLanguage("pt", { words: en }))).toBeUndefined();
    expect(shippedName(shipped("xx", registerLanguage("xx", { words: en })))).toBe("xx");
  });

  it("names lang by the words and the locale's region where they agree", () => {
    expect(langOf("es-ES", es)).toBe("es-ES");
    expect(langOf("en-AU", enGb)).toBe("en-AU");
    expect(langOf("de-DE", en)).toBe("en");
    expect(langOf("en-GB-u-nu-latn", enGb)).toBe("en-GB");
    expect(langOf("pt-BR", { ...en, tag: "xx" })).toBe("xx");
  });

  it("takes tags one or many, checked, and refuses what is no language", () => {
    expect(registerLanguage("PT-br", { words: en }).tags).toEqual(["pt-br"]);
    expect(registerLanguage(["pt", "pt-PT"], { words: en }).tags).toEqual(["pt", "pt-pt"]);
    for (const tag of ["p", "portuguese", "pt-", "pt-b", "pt-abcdefghi", "1t"])
      expect(() => registerLanguage(tag, { words: en }), tag).toThrow(/BCP 47 tags/);
    expect(() => registerLanguage([7] as never, { words: en })).toThrow(/BCP 47 tags/);
    for (const words of [null, "words", { words: null }, { words: "en" }, {}])
      expect(() => registerLanguage("pt", words as never), JSON.stringify(words)).toThrow(
        /an object of a language's words/,
      );
  });
});

describe("counts in English words, and the small multiples' words, one by one", () => {
  const us = numberFormat("en-US");
  const mx = numberFormat("es-MX");

  it("writes one to nine in words, and 0, 10 and fractions in figures", () => {
    expect([1, 2, 9].map((n) => englishCount(n, us))).toEqual(["one", "two", "nine"]);
    expect([0, 10, 312, 2.5].map((n) => englishCount(n, us))).toEqual(["0", "10", "312", "2.5"]);
  });

  it("names a panel and tells the overview in English: one panel, a change of none", () => {
    expect(enMultiples.panel("Economy", [{ value: "−14.2" }])).toBe("Economy: −14.2");
    const overview = {
      panels: 1,
      span: "March 2025 to February 2026",
      highest: { name: "Economy", value: "−14.2" },
      lowest: { name: "Economy", value: "−14.2" },
    };
    expect(enMultiples.overview(overview, us)).toBe(
      "One panel, March 2025 to February 2026. Highest in the latest figures: Economy, −14.2; lowest: Economy, −14.2.",
    );
    const still = {
      ...overview,
      moved: { name: "Economy", value: "−14.2", points: 0, measure: "net" as const, since: "March 2025" },
    };
    expect(enMultiples.overview(still, us)).toMatch(/ Moved most: Economy, unchanged since March 2025\.$/);
    expect(enMultiples.roleDescription).toBe("small multiples");
  });

  it("names a panel and tells the overview in Spanish: a rise, none, Spain's tense", () => {
    expect(
      esMultiples.panel("Sanciones", [
        { label: "Demócratas", value: "75%" },
        { label: "Republicanos", value: "60%" },
      ]),
    ).toBe("Sanciones: Demócratas 75% y Republicanos 60%");
    expect(esMultiples.panel("Economía", [{ value: "−14,2" }])).toBe("Economía: −14,2");
    const rise = {
      panels: 1,
      span: "marzo de 2025 a febrero de 2026",
      highest: { name: "Economía", value: "48%" },
      lowest: { name: "Economía", value: "48%" },
      moved: { name: "Economía", value: "48%", points: 3, measure: "share" as const, since: "marzo de 2025" },
    };
    expect(esMultiples.overview(rise, mx)).toBe(
      "Un panel, de marzo de 2025 a febrero de 2026. El más alto en las últimas cifras: «Economía» (48%); el más bajo: «Economía» (48%). El que más cambió: «Economía», que subió 3 puntos porcentuales desde marzo de 2025.",
    );
    expect(esMultiplesES.overview(rise, mx)).toContain(
      "El que más ha cambiado: «Economía», que ha subido 3 puntos porcentuales",
    );
    expect(esMultiples.overview({ ...rise, panels: 2, moved: { ...rise.moved, points: 0 } }, mx)).toMatch(
      /^Dos paneles, .* «Economía», sin cambios desde marzo de 2025\.$/,
    );
    expect(esMultiples.roleDescription).toBe("gráficos en paneles");
  });
});
