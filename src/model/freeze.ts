/**
 * Freezes a value and everything it holds, so an output can never be changed under the code that made
 * it. An object that is frozen already is taken as frozen through (what `parseDataset` and the other
 * builders return); an object is frozen before its children, so a cycle ends there.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const member of Object.values(value)) deepFreeze(member);
  return value;
}

/**
 * {@link deepFreeze} that also goes into objects frozen only at their top (a `{ ...facts }` frozen
 * shallowly), for a trend built from parts made elsewhere: each object is visited once.
 */
export function deepFreezeThrough<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const member of Object.values(value)) deepFreezeThrough(member, seen);
  Object.freeze(value);
  return value;
}
