import { describe, expect, it } from 'vitest';
import { runScript } from './index';
import { GROOVY_TEMPLATE, SCRIPT_TEMPLATE } from './template';

const input = {
  body: 'order 42',
  headers: { oldHeader: 'h' },
  properties: { oldProperty: 'p' },
};

describe('the templates a new Script step starts from run as CPI runs them', () => {
  it('JavaScript: body kept, new header and property set', async () => {
    const r = await runScript({ source: SCRIPT_TEMPLATE, message: input });
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('order 42');
    expect(r.message.headers).toMatchObject({ oldHeader: 'h', newHeader: 'newHeader' });
    expect(r.message.properties).toMatchObject({ oldProperty: 'p', newProperty: 'newProperty' });
  });

  it('Groovy on a message without the old header: null + " modified" is "null modified", as in Groovy 2.4', async () => {
    const r = await runScript({
      source: GROOVY_TEMPLATE,
      language: 'groovy',
      message: { body: 'x', headers: {}, properties: {} },
    });
    expect(r.error).toBeUndefined();
    expect(r.message.headers).toEqual({ oldHeader: 'null modified', newHeader: 'newHeader' });
    const npe = await runScript({
      source:
        'def Message processData(Message message) {\n  def n = null\n  message.setBody(n + 1)\n  return message\n}',
      language: 'groovy',
      message: { body: 'x', headers: {}, properties: {} },
    });
    expect(npe.error).toMatchObject({
      type: 'java.lang.NullPointerException',
      message: 'Cannot execute null+1',
      line: 3,
    });
  });

  it('Groovy: body, header and property modified, as the template says', async () => {
    const r = await runScript({ source: GROOVY_TEMPLATE, language: 'groovy', message: input });
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('order 42 Body is modified');
    expect(r.message.headers).toEqual({ oldHeader: 'h modified', newHeader: 'newHeader' });
    expect(r.message.properties).toEqual({
      oldProperty: 'p modified',
      newProperty: 'newProperty',
    });
  });
});
