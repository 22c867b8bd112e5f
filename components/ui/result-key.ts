const keys = new WeakMap<object, number>();
let last = 0;

/**
 * A `key` for a form that changes with every action result. React resets a form after its action
 * runs, and a reset <select> falls back to its first option instead of the refilled defaultValue, so
 * the user's choice would be lost after a failed validation; remounting the form applies every
 * refilled default afresh, selects included.
 */
export function resultKey(result: object | null): number {
  if (result === null) return 0;
  let key = keys.get(result);
  if (key === undefined) {
    key = ++last;
    keys.set(result, key);
  }
  return key;
}
