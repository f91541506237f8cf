/** Reason phrases for the statuses the tenant answers with (the console shows "401 Unauthorized"). */
const TEXTS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** Reason phrase of an HTTP status ("" when unknown). */
export function statusText(status: number): string {
  return TEXTS[status] ?? '';
}

/** "200 OK", or just the number when the phrase is unknown. */
export function statusLine(status: number): string {
  const text = statusText(status);
  return text ? `${status} ${text}` : String(status);
}
