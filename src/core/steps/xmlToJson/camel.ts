import type { CamelStepCodec } from '../../registry/camelCodec';

/** XML → JSON: parse XML (Jackson XML), write JSON (Jackson). */
export const xmlToJsonCamel: CamelStepCodec<unknown> = {
  write: () => [{ unmarshal: { jacksonXml: {} } }, { marshal: { json: {} } }],
};
