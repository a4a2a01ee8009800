import { crc32, inflateSync } from "node:zlib";

// A PNG decoder for the tests, after the PNG specification (W3C, third edition): the signature, chunks
// with their CRCs, IHDR, the IDAT stream inflated, and the five scanline filters undone. Only what a
// chart's PNG can be: 8 bits per channel, truecolor with or without alpha, or grey, not interlaced.
// Written here so that no image library decides what the tests see.

/** A decoded image: RGBA, 4 bytes a pixel, rows top to bottom. */
export interface Decoded {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** The Paeth predictor of the specification: whichever of left, up and upper-left is closest to left + up − upper-left. */
function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

/** Decodes a PNG file's bytes; throws on anything malformed or outside what it reads. */
export function decodePng(bytes: Uint8Array): Decoded {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error("not a PNG: bad signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let header: { width: number; height: number; depth: number; color: number; interlace: number } | undefined;
  const data: Uint8Array[] = [];
  let ended = false;
  while (at < bytes.length && !ended) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) {
      throw new Error(`bad CRC in ${type}`);
    }
    if (type === "IHDR") {
      const h = new DataView(body.buffer, body.byteOffset, body.byteLength);
      header = {
        width: h.getUint32(0),
        height: h.getUint32(4),
        depth: body[8] ?? 0,
        color: body[9] ?? 0,
        interlace: body[12] ?? 0,
      };
    } else if (type === "IDAT") data.push(body);
    else if (type === "IEND") ended = true;
    at += 12 + length;
  }
  if (!header || !ended) throw new Error("not a PNG: no IHDR or no IEND");
  const { width, height, depth, color, interlace } = header;
  const channels = CHANNELS[color];
  if (depth !== 8 || channels === undefined || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${depth}, color type ${color}, interlace ${interlace}`);
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1))
    throw new Error(`IDAT holds ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (pixels[out + x - channels] as number) : 0;
      const up = y > 0 ? (pixels[out - stride + x] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[out - stride + x - channels] as number) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter as number];
      if (predictor === undefined) throw new Error(`bad filter type ${filter} on row ${y}`);
      pixels[out + x] = ((line[x] as number) + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    const [r, g, b] = channels >= 3 ? [p[0], p[1], p[2]] : [p[0], p[0], p[0]];
    const alpha = channels === 4 ? p[3] : channels === 2 ? p[1] : 255;
    rgba.set([r as number, g as number, b as number, alpha as number], i * 4);
  }
  return { width, height, rgba };
}

/** The RGBA of one pixel. */
export function pixel(image: Decoded, x: number, y: number): [number, number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.rgba[i], image.rgba[i + 1], image.rgba[i + 2], image.rgba[i + 3]] as [number, number, number, number];
}

/**
 * The pixels of rows `top` to `bottom` (exclusive) that `ink` says are drawn, and the rightmost column
 * among them (−1 for none).
 */
export function inkIn(
  image: Decoded,
  top: number,
  bottom: number,
  ink: (rgba: [number, number, number, number]) => boolean,
): { count: number; right: number } {
  let count = 0;
  let right = -1;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      if (!ink(pixel(image, x, y))) continue;
      count++;
      right = Math.max(right, x);
    }
  }
  return { count, right };
}

/** Dark ink on a light ground: every channel below 96 and opaque. */
export const dark = ([r, g, b, a]: [number, number, number, number]) => r < 96 && g < 96 && b < 96 && a > 200;
/** Light ink on a dark ground. */
export const light = ([r, g, b, a]: [number, number, number, number]) => r > 200 && g > 200 && b > 200 && a > 200;
