/** Size limits of the file format: a file past them is refused, not truncated. */
export const LIMITS = {
  /** Whole file, in characters (about bytes for the ASCII-heavy JSON we write). */
  fileChars: 20 * 1024 * 1024,
  id: 200,
  name: 200,
  description: 20_000,
  /** A script resource's source. */
  scriptChars: 1024 * 1024,
  /** A sample or test-case body. */
  bodyChars: 1024 * 1024,
  headerValue: 20_000,
  /** Elements per collection: far beyond any hand-drawn flow, well within the 1,000-step bench. */
  elements: 10_000,
  /** Keys of a config, header or property map. */
  mapKeys: 1_000,
  /** JSON nesting depth. */
  depth: 64,
  /** Absolute coordinate / size values. */
  coordinate: 1_000_000,
} as const;
