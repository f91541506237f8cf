/**
 * A class that scripts may also call without `new`, as Rhino lets them call a Java constructor
 * (`java.text.SimpleDateFormat("yyyy")`): calling it constructs. `instanceof` and the prototype
 * are the class's own.
 */
export function callable<A extends unknown[], T extends object>(
  Class: new (...args: A) => T,
): new (...args: A) => T {
  const C = function (...args: A): T {
    return new Class(...args);
  };
  C.prototype = Class.prototype;
  return C as unknown as new (...args: A) => T;
}
