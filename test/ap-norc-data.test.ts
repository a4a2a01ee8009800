import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport, parseDataset } from "../src/index.js";

const byId = (id: string) => apNorcUkraineSupport.series.find((s) => s.id === id);

describe("apNorcUkraineSupport", () => {
  it("is a parsed, frozen dataset", () => {
    expect(parseDataset(apNorcUkraineSupport)).toBe(apNorcUkraineSupport);
    expect(Object.isFrozen(apNorcUkraineSupport.series[0]?.points)).toBe(true);
  });

  it("tells the article's story: 60% in May 2022, 48% in January 2023", () => {
    const weapons = byId("weapons")?.points ?? [];
    expect(weapons.find((p) => p.date === "2022-05-16")?.value).toBe(60);
    expect(weapons.find((p) => p.date === "2023-01-30")?.value).toBe(48);
  });

  it("holds exactly the figures of the reference file", () => {
    const rows = (id: string) =>
      byId(id)?.points.map((p) => [p.fieldStart, p.date, p.sampleSize, p.marginOfError, p.value]);
    expect(rows("weapons")).toEqual([
      ["2022-03-17", "2022-03-21", 1082, undefined, 64],
      ["2022-05-12", "2022-05-16", 1172, undefined, 60],
      ["2023-01-26", "2023-01-30", 1068, 4.2, 48],
      ["2023-11-02", "2023-11-06", 1239, 3.9, 48],
    ]);
    expect(rows("funds")).toEqual([
      ["2022-05-12", "2022-05-16", 1172, undefined, 44],
      ["2023-01-26", "2023-01-30", 1068, 4.2, 37],
      ["2023-11-02", "2023-11-06", 1239, 3.9, 39],
    ]);
    expect(byId("weapons")?.points[2]?.responses).toEqual({ favor: 48, oppose: 29, neither: 22 });
    expect(byId("funds")?.points[0]?.responses).toEqual({ favor: 44, oppose: 32, neither: 23 });
    expect(byId("funds")?.points[1]?.responses).toEqual({ favor: 37, oppose: 38, neither: 23 });
  });

  it("never carries a margin of error that was not published", () => {
    const withMargin = apNorcUkraineSupport.series.flatMap((s) =>
      s.points.filter((p) => p.marginOfError !== undefined).map((p) => p.date),
    );
    expect(withMargin).toEqual(["2023-01-30", "2023-11-06", "2023-01-30", "2023-11-06"]);
  });

  it("cites a publication for every point and marks the invasion", () => {
    for (const point of apNorcUkraineSupport.series.flatMap((s) => s.points)) expect(point.citation?.name).toBeTruthy();
    expect(apNorcUkraineSupport.events).toEqual([{ date: "2022-02-24", label: "Russia invades Ukraine" }]);
    expect(apNorcUkraineSupport.population).toBe("U.S. adults");
  });
});
