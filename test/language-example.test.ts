import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { announcePoll } from "../src/chart/announce.js";
import type { LanguageWords, PollDataset } from "../src/index.js";
import { apNorcUkraineSupport, layout, renderDataTable, renderTrendChart, summarizeTrend } from "./api.js";

// docs/languages.md's worked example, run as it is written: its code block, with "poll-trend" read from
// the source, is imported and used by every output. (test/readme.test.ts type-checks it against dist.)
const root = join(import.meta.dirname, "..");
const block = /^```ts\n([\s\S]*?)^```$/m.exec(readFileSync(join(root, "docs", "languages.md"), "utf8"))?.[1] ?? "";
const folder = join(root, "test", "output");
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, "language-example.ts"), block.replaceAll('"poll-trend"', '"../../src/index.js"'));
const example = (await import(join(folder, "language-example.ts"))) as {
  portuguese: LanguageWords;
  summary: (dataset: PollDataset) => string;
};
const pt = { locale: "pt-BR", languages: [example.portuguese] };

describe("a third language of one's own, from docs/languages.md", () => {
  it("is a language for the Portuguese locales, from one exported call", () => {
    expect(example.portuguese.tags).toEqual(["pt"]);
  });

  it("writes the summary in Portuguese, with Brazil's numbers", () => {
    const summary = example.summary(apNorcUkraineSupport);
    expect(summary).toBe(summarizeTrend(apNorcUkraineSupport, pt));
    expect(summary).toContain(
      "Desde a primeira pesquisa, em março de 2022 (64%), o índice caiu 16 pontos percentuais.",
    );
    expect(summary).toContain(
      "2 pontos percentuais a mais que os 37% de janeiro, uma variação dentro da margem de erro da diferença (±5,7 pontos).",
    );
    expect(summarizeTrend(apNorcUkraineSupport, { ...pt, length: "short" })).toBe(
      "Favor providing weapons: 48% em novembro de 2023, 16 pontos percentuais a menos que os 64% de março de 2022; Favor sending funds: 39%.",
    );
  });

  it('draws the chart in Portuguese, under lang="pt-BR", with its ticks and footer', () => {
    const svg = renderTrendChart(apNorcUkraineSupport, pt);
    expect(svg).toMatch(/^<svg [^>]*aria-roledescription="gráfico de linhas"[^>]*lang="pt-BR" xml:lang="pt-BR"/);
    expect(svg).toContain(">julho</text>");
    expect(layout(apNorcUkraineSupport, pt).notes).toContain("Barras: margens de erro, quando divulgadas.");
    expect(svg).toContain(
      'aria-label="Favor providing weapons, 26 a 30 de janeiro de 2023: 48%, margem de erro de ±4,2 pontos percentuais, 1.068 entrevistados"',
    );
  });

  it("heads the table in Portuguese", () => {
    const table = renderDataTable(apNorcUkraineSupport, pt);
    expect(table).toMatch(/^<table [^>]*lang="pt-BR"/);
    expect(table).toContain('<th scope="col">Datas da pesquisa</th>');
    expect(table).toContain('<th scope="row">26 a 30 de janeiro de 2023</th>');
    expect(table).toContain("<td>não divulgado</td>");
  });

  it("gives poll-trend/dom its words: what a keyboard user hears", () => {
    const chart = layout(apNorcUkraineSupport, pt);
    expect(announcePoll(chart, 0, 2)).toBe(
      "Favor providing weapons, 26 a 30 de janeiro de 2023: 48%, 12 pontos percentuais a menos que em maio de 2022, margem de erro de ±4,2, 1.068 U.S. adults, 3 de 4",
    );
    const say = chart.trend.language.announce;
    expect(say?.keys(false)).toMatch(/^Teclas: seta para baixo entra/);
    expect(say?.endOf(false, 4, chart.trend.format)).toBe("Fim da lista (4 no total).");
  });

  it("leaves English what it does not give: the methods note and the report's headings", () => {
    expect(example.portuguese.methods).toBeUndefined();
    expect(example.portuguese.report).toBeUndefined();
  });
});
