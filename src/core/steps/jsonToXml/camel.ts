import type { CamelStepCodec } from '../../registry/camelCodec';

/** JSON → XML: parse JSON (Jackson), write XML (Jackson XML). Root element naming differs. */
export const jsonToXmlCamel: CamelStepCodec<unknown> = {
  write: () => [{ unmarshal: { json: {} } }, { marshal: { jacksonXml: {} } }],
};
