import {
  closeSync,
  chmodSync,
  lstatSync,
  openSync,
  readlinkSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { codeOf, messageOf } from "../model/error.js";

/** A file could not be written; the message says why in words. */
export class OutputError extends Error {}

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EISDIR: "it is a directory",
  ENXIO: "nothing is reading from it",
  ELOOP: "its symbolic links form a loop",
  ENAMETOOLONG: "the name is too long",
};

function reason(error: unknown): string {
  const code = codeOf(error) ?? "";
  return REASONS[code] ?? messageOf(error);
}

function statOrNothing(path: string, follow = true): Stats | undefined {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * The path a write to `path` really lands on: symbolic links are followed (a dangling one to the file
 * it names), so that a temporary file sits beside the real target and the link itself survives.
 */
export function realTarget(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const link = statOrNothing(current, false);
    if (!link?.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error("too many symbolic links"), { code: "ELOOP" });
}

/**
 * Whether `path` (through any symbolic links, as the system follows them) is an existing file that is
 * neither regular nor a directory: a device or a FIFO. /dev/stdout links to "pipe:[…]", which is no
 * path a program could resolve itself, so the system's own stat decides.
 */
export function isSpecialFile(path: string): boolean {
  try {
    const stat = statOrNothing(path);
    return stat !== undefined && !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes `content` (text, or the bytes of a PNG) to `path` so that nothing the user did not mean to touch is changed:
 * - a regular file, or a name that does not exist yet, gets the whole content or nothing: it is
 *   written to a temporary file beside the real (symlink-resolved) target, then renamed over it,
 *   keeping the old file's permissions;
 * - a character device, FIFO or other special file (`/dev/null`, `/dev/stdout`, a named pipe) is
 *   opened and written in place, never renamed over or removed;
 * - a directory, or a folder that does not exist, is refused with an {@link OutputError} in words,
 *   naming the file as `shown` (the path as the user gave it).
 */
export function writeOutput(path: string, content: string | Uint8Array, shown = path): void {
  // A device or pipe is written in place, through the name given.
  if (isSpecialFile(path)) {
    writeInPlace(path, content, shown);
    return;
  }
  let target: string;
  let existing: Stats | undefined;
  try {
    target = realTarget(path);
    existing = statOrNothing(target);
  } catch (error) {
    throw new OutputError(`cannot write ${shown}: ${reason(error)}`);
  }
  if (existing?.isDirectory()) throw new OutputError(`cannot write ${shown}: it is a directory`);
  const folder = dirname(target);
  const parent = statOrNothing(folder);
  if (!parent) throw new OutputError(`cannot write ${shown}: the folder ${folder} does not exist`);
  if (!parent.isDirectory()) throw new OutputError(`cannot write ${shown}: ${folder} is not a folder`);
  const temporary = join(folder, `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    if (existing) chmodSync(temporary, existing.mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new OutputError(`cannot write ${shown}: ${reason(error)}`);
  }
}

function writeInPlace(path: string, content: string | Uint8Array, shown: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, "w");
    writeFileSync(fd, content);
  } catch (error) {
    throw new OutputError(`cannot write ${shown}: ${reason(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
