import type { Message } from '../model/message';

/** Deep copy so trace entries never share objects with each other or with executors. */
export function cloneMessage(message: Message): Message {
  const copy = {
    body: message.body,
    headers: { ...message.headers },
    properties: { ...message.properties },
  };
  try {
    return structuredClone(copy);
  } catch {
    // A value structuredClone refuses (a function from a careless runner): keep its JSON form.
    return JSON.parse(JSON.stringify(copy)) as Message;
  }
}
