// What each page of the example sends: the HTML, the part of it that is React's server payload (the
// self.__next_f.push scripts), gzip and Brotli. Run after `npm run build`: it starts `next start` in
// a process group of its own, waits until it answers, measures, and stops it. Exits 1 when the
// figure's markup reaches React's payload on the page that should send it once.
import { spawn } from "node:child_process";
import { brotliCompressSync, gzipSync } from "node:zlib";

const port = 3107;
const origin = `http://localhost:${port}`;
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
  detached: true,
  stdio: "ignore",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
const page = async (path) => {
  for (let tries = 0; ; tries++) {
    try {
      return await (await fetch(origin + path)).text();
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((done) => setTimeout(done, 200));
    }
  }
};

const kb = (n) => `${(n / 1024).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
const rows = [];
try {
  for (const [name, path] of [
    ["before: a server component's SVG (640 px), the dataset in props", "/before"],
    ["before, with a figure: a server component's figure, the dataset in props", "/before-figure"],
    ["after: the figure in the client component's server render, the dataset in props", "/"],
    ["a server component's figure with embedData, mounted by mountFigure", "/island"],
  ]) {
    const html = await page(path);
    const payload = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)]
      .map((m) => m[1])
      .join("");
    rows.push({
      name,
      path,
      html: html.length,
      payload: payload.length,
      svgInPayload: /(<|\\u003c)svg/.test(payload),
      gzip: gzipSync(html).length,
      brotli: brotliCompressSync(html).length,
      charts: (html.match(/<svg /g) ?? []).length,
    });
  }
} finally {
  stop();
}
console.log(
  "| page | HTML | of which React's payload | gzip | Brotli | charts in the HTML |\n|---|---:|---:|---:|---:|---:|",
);
for (const r of rows)
  console.log(`| ${r.name} | ${kb(r.html)} | ${kb(r.payload)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.charts} |`);
const after = rows.find((r) => r.path === "/");
const before = rows.find((r) => r.path === "/before-figure");
// The figure's markup is what before-figure's HTML holds beyond its payload; after's payload must be
// short of before's by at least half of it (in any encoding), and hold no <svg> at all.
const figure = before ? before.html - before.payload : 0;
if (!after || after.svgInPayload || after.charts !== 6 || !before || after.payload + figure / 2 > before.payload) {
  console.error("the figure's markup reaches React's payload, or the page does not carry its figure once");
  process.exit(1);
}
