/** A body the JSON/XML converters cannot convert. Kept apart from the (lazy) XML parser. */
export class ConversionError extends Error {
  override name = 'ConversionError';
}
