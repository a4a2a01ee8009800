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
