import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

describe("the built package (dist/, as npm test builds it)", () => {
  it("keeps instanceof PollDataError true across the ESM and CommonJS builds in one process", () => {
    const out = JSON.parse(
      execFileSync(process.execPath, [join(import.meta.dirname, "dual", "check.mjs")], { encoding: "utf8" }),
    );
    expect(out).toEqual({
      distinctClasses: true,
      cjsErrorIsEsmClass: true,
      esmErrorIsCjsClass: true,
      plainErrorIsNot: false,
      subclassStaysNarrow: false,
      issues: "series",
    });
  });

  it("builds before it is packed, and says where it lives", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(root, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(pkg.repository.url).toMatch(/^git\+https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\//);
  });

  it("shows the README's pictures on the npm page: absolute URLs to files the package ships", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
    expect(images.length).toBeGreaterThan(0);
    for (const url of images) {
      const shipped = new RegExp(`^https://unpkg\\.com/${pkg.name}/(.+)$`).exec(url);
      expect(shipped, `${url} is not an absolute URL into the published package`).not.toBeNull();
      const file = shipped?.[1] ?? "";
      expect(
        pkg.files.some((f: string) => file === f || file.startsWith(`${f}/`)),
        `${file} is not in package.json "files"`,
      ).toBe(true);
      expect(readFileSync(join(root, file)).length).toBeGreaterThan(1000);
    }
  });
});
