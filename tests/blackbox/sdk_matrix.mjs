// Real clients nobody here wrote: the official `openai` and `@anthropic-ai/sdk` npm
// packages drive lethe in front of each of the three wire formats the mock speaks
// (OpenAI, Anthropic, Gemini): plain chat, streaming, and a tool-call round trip.
// The SDKs are installed on first use into a scratch folder (LETHE_SDK_DIR), at the exact
// versions of tests/blackbox/sdk/package-lock.json (`npm ci`): what the registry serves
// on the day does not change what is tested. TAP output.
import { loadSdk, mockConfig, mockLastBody, ok, runSuite } from './sdk/common.mjs';

const TEXT = 'Grüße aus 東京 🎉 — tide tables please';

const tools = [{
  type: 'function',
  function: { name: 'lookup_tide', description: 'Tide times for a port',
              parameters: { type: 'object', properties: { echo: { type: 'string' } } } },
}];
const anthropicTools = [{ name: 'lookup_tide', description: 'Tide times for a port',
                          input_schema: { type: 'object', properties: { echo: { type: 'string' } } } }];

// What each provider format calls a tool result, as the mock received it.
const toolResultMarker = { oa: '"tool_call_id"', an: '"tool_result"', ge: '"functionResponse"' };

async function openaiCell(OpenAI, base, mockUrl, provider) {
  const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'unused', maxRetries: 0 });
  const model = `${provider}/model-x`;
  const label = `openai sdk -> ${provider}`;
  try {
    const answer = await client.chat.completions.create({ model, messages: [{ role: 'user', content: TEXT }] });
    ok(answer.choices[0].message.content === TEXT, `${label}: chat echoes the text`, JSON.stringify(answer));
  } catch (error) { ok(false, `${label}: chat echoes the text`, error); }

  try {
    const stream = await client.chat.completions.create({
      model, stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: TEXT }] });
    let text = '';
    let usage = null;
    for await (const chunk of stream) {
      for (const choice of chunk.choices) text += choice.delta?.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    ok(text === TEXT && usage && usage.total_tokens > 0, `${label}: stream delivers the text and usage`,
       JSON.stringify({ text, usage }));
  } catch (error) { ok(false, `${label}: stream delivers the text and usage`, error); }

  try {
    await mockConfig(mockUrl, { reply_tool: 'lookup_tide', chunk_bytes: 3 });
    const stream = await client.chat.completions.create({
      model, stream: true, tools, messages: [{ role: 'user', content: TEXT }] });
    let name = '', args = '', id = '', finish = '';
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (!choice) continue;
      for (const call of choice.delta?.tool_calls ?? []) {
        id ||= call.id ?? '';
        name ||= call.function?.name ?? '';
        args += call.function?.arguments ?? '';
      }
      if (choice.finish_reason) finish = choice.finish_reason;
    }
    await mockConfig(mockUrl, {});
    const parsed = JSON.parse(args);
    ok(name === 'lookup_tide' && parsed.echo === TEXT && finish === 'tool_calls' && id,
       `${label}: streamed tool call arrives whole`, JSON.stringify({ name, args, finish, id }));
    const followUp = await client.chat.completions.create({
      model, tools, messages: [
        { role: 'user', content: TEXT },
        { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name, arguments: args } }] },
        { role: 'tool', tool_call_id: id, content: '{"high":"14:02"}' },
      ] });
    const body = await mockLastBody(mockUrl);
    ok(followUp.choices[0].message !== undefined && body.includes(toolResultMarker[provider]) && body.includes('14:02'),
       `${label}: tool result reaches the provider in its format`, body);
  } catch (error) {
    await mockConfig(mockUrl, {});
    ok(false, `${label}: tool-call round trip`, error);
  }
}

async function anthropicCell(Anthropic, base, mockUrl, provider) {
  const client = new Anthropic({ baseURL: base, apiKey: 'unused', maxRetries: 0 });
  const model = `${provider}/model-x`;
  const label = `anthropic sdk -> ${provider}`;
  try {
    const message = await client.messages.create({ model, max_tokens: 100, messages: [{ role: 'user', content: TEXT }] });
    ok(message.content[0].type === 'text' && message.content[0].text === TEXT && message.stop_reason === 'end_turn',
       `${label}: chat echoes the text`, JSON.stringify(message));
  } catch (error) { ok(false, `${label}: chat echoes the text`, error); }

  try {
    const stream = client.messages.stream({ model, max_tokens: 100, messages: [{ role: 'user', content: TEXT }] });
    let text = '';
    stream.on('text', (piece) => { text += piece; });
    const final = await stream.finalMessage();
    ok(text === TEXT && final.content[0].text === TEXT, `${label}: stream delivers the text`, JSON.stringify({ text }));
  } catch (error) { ok(false, `${label}: stream delivers the text`, error); }

  try {
    await mockConfig(mockUrl, { reply_tool: 'lookup_tide', chunk_bytes: 3 });
    const stream = client.messages.stream({ model, max_tokens: 100, tools: anthropicTools,
                                            messages: [{ role: 'user', content: TEXT }] });
    const final = await stream.finalMessage();
    await mockConfig(mockUrl, {});
    const call = final.content.find((block) => block.type === 'tool_use');
    ok(call && call.name === 'lookup_tide' && call.input.echo === TEXT && final.stop_reason === 'tool_use',
       `${label}: streamed tool call arrives whole`, JSON.stringify(final));
    const followUp = await client.messages.create({
      model, max_tokens: 100, tools: anthropicTools, messages: [
        { role: 'user', content: TEXT },
        { role: 'assistant', content: [call] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: '{"high":"14:02"}' }] },
      ] });
    const body = await mockLastBody(mockUrl);
    ok(followUp.type === 'message' && body.includes(toolResultMarker[provider]) && body.includes('14:02'),
       `${label}: tool result reaches the provider in its format`, body);
  } catch (error) {
    await mockConfig(mockUrl, {});
    ok(false, `${label}: tool-call round trip`, error);
  }
}

runSuite({ prefix: 'lethe-sdk-' }, async ({ base, mockUrl }) => {
  const { default: OpenAI } = await loadSdk('openai', 'index.mjs');
  const { default: Anthropic } = await loadSdk('@anthropic-ai/sdk', 'index.mjs');
  for (const provider of ['oa', 'an', 'ge']) {
    await openaiCell(OpenAI, base, mockUrl, provider);
    await anthropicCell(Anthropic, base, mockUrl, provider);
  }
});
