/** Converts a value to the row's Java data type; throws with a CPI-like message on bad input. */
export function convertDataType(value: unknown, dataType: string): unknown {
  if (value === undefined || value === null || !dataType) return value;
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  switch (dataType) {
    case 'java.lang.String':
      return text;
    case 'java.lang.Integer':
    case 'java.lang.Long': {
      if (!/^\s*[-+]?\d+\s*$/.test(text))
        throw new TypeError(`Cannot convert "${text}" to ${dataType}`);
      return Number.parseInt(text, 10);
    }
    case 'java.lang.Double':
    case 'java.lang.Float':
    case 'java.math.BigDecimal': {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n))
        throw new TypeError(`Cannot convert "${text}" to ${dataType}`);
      return n;
    }
    case 'java.lang.Boolean':
      return text.trim().toLowerCase() === 'true';
    default:
      return value;
  }
}
