import { encodingStep } from './encodingStep';

/*
 * CPI's Encoder and Decoder steps met in real content: Base64 and ZIP. Four step types, as CPI's
 * palette lists them (Message Transformers → Encoder / Decoder); MIME Multipart stays a
 * placeholder.
 */

const body = (
  message: { headers: Record<string, unknown>; properties: Record<string, unknown> },
  b: unknown,
) => ({
  ...message,
  body: b,
});

export const base64EncoderType = encodingStep({
  type: 'base64Encoder',
  label: 'Base64 Encoder',
  description: 'Encodes the body (its bytes) as Base64 text',
  icon: 'M4 7h6v10H4z M14 7h6 M14 12h6 M14 17h6',
  activityType: 'Encoder',
  encoderType: 'Base64 Encode',
  version: '1.0.1',
  camel: { marshal: { base64: {} } },
  run: (lib, message) => body(message, lib.base64Encode(message.body)),
});

export const base64DecoderType = encodingStep({
  type: 'base64Decoder',
  label: 'Base64 Decoder',
  description: 'Decodes a Base64 body back to its bytes (text when they are UTF-8)',
  icon: 'M4 7h6 M4 12h6 M4 17h6 M14 7h6v10h-6z',
  activityType: 'Decoder',
  encoderType: 'Base64 Decode',
  version: '1.0.1',
  camel: { unmarshal: { base64: {} } },
  run: (lib, message) => body(message, lib.base64Decode(message.body)),
});

export const zipCompressorType = encodingStep({
  type: 'zipCompressor',
  label: 'ZIP Compression',
  description: 'Zips the body into an archive of one file',
  icon: 'M6 3h9l3 3v15H6z M11 5h2 M11 8h2 M11 11h2 M10 14h4v3h-4z',
  activityType: 'Encoder',
  encoderType: 'ZIP Compress',
  version: '1.0.1',
  camel: { marshal: { zipFile: {} } },
  run: (lib, message, ctx) => {
    // Camel's zipFile: the entry is named after CamelFileName (no path), else the exchange id.
    const file = message.headers.CamelFileName;
    const name = typeof file === 'string' && file ? file.replace(/^.*[\\/]/, '') : ctx.exchangeId;
    return body(message, lib.zipCompress(message.body, name));
  },
});

export const zipDecompressorType = encodingStep({
  type: 'zipDecompressor',
  label: 'ZIP Decompression',
  description: 'Unzips the one file of a ZIP archive body',
  icon: 'M6 3h9l3 3v15H6z M11 5h2 M11 8h2 M11 11h2 M9 17l3-3 3 3',
  activityType: 'Decoder',
  encoderType: 'ZIP Decompress',
  version: '1.0.2',
  camel: { unmarshal: { zipFile: {} } },
  run: (lib, message, ctx) =>
    body(message, lib.zipDecompress(message.body, ctx.flow.settings.limits.maxMessageBytes)),
});
