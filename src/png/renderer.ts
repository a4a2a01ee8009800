import { createRequire } from "node:module";
import { codeOf, messageOf } from "../model/error.js";

// The rasterizer, @resvg/resvg-js, is an optional peer dependency: poll-trend installs no native binary
// unless a user asks for PNG. It is loaded when a PNG is drawn, never when the package is imported, and
// only the little of it used here is typed here, so poll-trend's types never name a package that may be
// absent.

/** The npm package that draws PNG. */
export const RENDERER = "@resvg/resvg-js";

/** What is said when the renderer is not installed: what to install, in one line. */
export const MISSING_RENDERER =
  `poll-trend/png draws with ${RENDERER}, an optional peer dependency that is not ` +
  `installed: npm install ${RENDERER}`;

/** The options of resvg-js used here. */
export interface ResvgOptions {
  readonly fitTo?: { readonly mode: "zoom" | "width"; readonly value: number };
  readonly background?: string;
  readonly font?: {
    readonly loadSystemFonts: boolean;
    readonly fontFiles: readonly string[];
    readonly defaultFontFamily: string;
    readonly sansSerifFamily: string;
  };
  readonly logLevel?: "off";
}

/** resvg-js, as far as it is used here. */
export interface Resvg {
  readonly Resvg: new (
    svg: string,
    options: ResvgOptions,
  ) => { render(): { asPng(): Uint8Array; readonly width: number; readonly height: number } };
}

/**
 * Loads @resvg/resvg-js from beside poll-trend (Node's resolution from this file, as `require` would).
 * Synchronous: resvg-js is CommonJS with a prebuilt native binary per platform.
 *
 * @throws {Error} saying what to install when the package is missing, or when it is installed without
 * the binary for this platform (installed on another machine, or with `--omit=optional`).
 */
export function loadRenderer(): Resvg {
  try {
    return createRequire(import.meta.url)(RENDERER) as Resvg;
  } catch (error) {
    const message = messageOf(error);
    if (codeOf(error) === "MODULE_NOT_FOUND" && message.includes(`'${RENDERER}'`)) {
      throw new Error(MISSING_RENDERER, { cause: error });
    }
    throw new Error(
      `poll-trend/png: ${RENDERER} is installed but its binary for ${process.platform}-${process.arch} did not ` +
        `load (${message.split("\n")[0]}); reinstall it on this machine: npm install ${RENDERER}`,
      { cause: error },
    );
  }
}
