// POST /v1/responses, structured outputs and reasoning through clients nobody here wrote, at
// the pinned versions of tests/blackbox/sdk/package-lock.json (installed as sdk_matrix.mjs
// installs them: `npm ci` into LETHE_SDK_DIR on first use): the `openai` SDK's
// responses.create / parse / stream, the Vercel AI SDK's default OpenAI provider (which speaks
// the Responses API: generateText, streamText with a tool, generateObject), LangChain's
// ChatOpenAI with useResponsesApi, and the Anthropic SDK's messages.parse (output_config) and
// extended thinking — each in front of the three wire formats the mock speaks. TAP output.
import { loadSdk, mockConfig, mockLastJson, ok, runSuite } from './sdk/common.mjs';

const TEXT = 'Grüße aus 東京 🎉 — tide tables please';
// The mock echoes the prompt: a prompt that is itself JSON of the schema comes back as a
// valid structured answer, whichever format carried the schema.
const OBJECT = { port: 'Brest 🌊' };
const OBJECT_TEXT = JSON.stringify(OBJECT);
const SCHEMA = { type: 'object', properties: { port: { type: 'string' } }, required: ['port'],
                 additionalProperties: false };

async function cell(name, body) {
  try {
    const [condition, detail] = await body();
    ok(condition, name, detail);
  } catch (error) {
    ok(false, name, error);
  }
}

// How each provider format carries a JSON schema and a reasoning request, as the mock saw it.
const sentSchema = {
  oa: (body) => body.response_format?.json_schema?.schema,
  an: (body) => body.output_config?.format?.schema,
  ge: (body) => body.generationConfig?.responseJsonSchema,
};
const sentReasoning = {
  oa: (body) => body.reasoning_effort !== undefined,
  an: (body) => body.thinking?.type === 'enabled' && body.thinking.budget_tokens >= 1024,
  ge: (body) => body.generationConfig?.thinkingConfig?.thinkingBudget > 0,
};

// What each provider format calls a tool result, as the mock received it.
const toolResultMarker = { oa: 'tool_call_id', an: 'tool_result', ge: 'functionResponse' };

function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function openaiCells(OpenAI, base, mockUrl, provider) {
  const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'unused', maxRetries: 0 });
  const model = `${provider}/model-x`;
  const label = `openai responses -> ${provider}`;
  const tools = [{ type: 'function', name: 'lookup_tide', description: 'Tide times for a port',
                   parameters: { type: 'object', properties: { echo: { type: 'string' } } }, strict: false }];
  await cell(`${label}: create echoes the text`, async () => {
    const response = await client.responses.create({ model, input: TEXT, instructions: 'Be brief.' });
    return [response.output_text === TEXT && response.status === 'completed' && response.usage?.total_tokens > 0,
            JSON.stringify(response)];
  });
  await cell(`${label}: create stream delivers the deltas and response.completed`, async () => {
    const stream = await client.responses.create({ model, input: TEXT, stream: true });
    let text = '';
    let last = null;
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') text += event.delta;
      last = event;
    }
    return [text === TEXT && last?.type === 'response.completed', JSON.stringify({ text, last })];
  });
  await cell(`${label}: responses.stream's final response`, async () => {
    const stream = client.responses.stream({ model, input: TEXT });
    const final = await stream.finalResponse();
    return [final.output_text === TEXT, JSON.stringify(final)];
  });
  await cell(`${label}: a function tool, whole`, async () => {
    await mockConfig(mockUrl, { reply_tool: 'lookup_tide', chunk_bytes: 3 });
    try {
      const response = await client.responses.create({ model, input: TEXT, tools });
      const call = response.output.find((item) => item.type === 'function_call');
      return [call?.name === 'lookup_tide' && JSON.parse(call.arguments).echo === TEXT && call.call_id,
              JSON.stringify(response.output)];
    } finally { await mockConfig(mockUrl, {}); }
  });
  await cell(`${label}: a function tool, streamed`, async () => {
    await mockConfig(mockUrl, { reply_tool: 'lookup_tide', chunk_bytes: 3 });
    try {
      const stream = await client.responses.create({ model, input: TEXT, tools, stream: true });
      let args = '';
      let done = null;
      for await (const event of stream) {
        if (event.type === 'response.function_call_arguments.delta') args += event.delta;
        if (event.type === 'response.output_item.done') done = event.item;
      }
      return [JSON.parse(args).echo === TEXT && done?.type === 'function_call' && done.arguments === args,
              JSON.stringify({ args, done })];
    } finally { await mockConfig(mockUrl, {}); }
  });
  await cell(`${label}: a JSON schema (responses.parse)`, async () => {
    const response = await client.responses.parse({
      model, input: OBJECT_TEXT, reasoning: { effort: 'low' },
      text: { format: { type: 'json_schema', name: 'tide', schema: SCHEMA, strict: true } } });
    const sent = await mockLastJson(mockUrl);
    return [sameJson(response.output_parsed, OBJECT) && sameJson(sentSchema[provider](sent), SCHEMA)
            && sentReasoning[provider](sent), JSON.stringify({ parsed: response.output_parsed, sent })];
  });
}

async function vercelCells(ai, createOpenAI, z, base, mockUrl, provider) {
  const openai = createOpenAI({ baseURL: `${base}/v1`, apiKey: 'unused' });
  const model = openai(`${provider}/model-x`);       // the default provider: the Responses API
  const label = `ai sdk openai() -> ${provider}`;
  await cell(`${label}: generateText`, async () => {
    const result = await ai.generateText({ model, prompt: TEXT, maxRetries: 0 });
    const sent = (await fetch(`${mockUrl}/__mock/last`).then((r) => r.json())).path;
    return [result.text === TEXT && result.usage.outputTokens > 0, JSON.stringify({ text: result.text, sent })];
  });
  await cell(`${label}: streamText with a tool`, async () => {
    await mockConfig(mockUrl, { reply_tool: 'lookup_tide', chunk_bytes: 3 });
    try {
      const result = ai.streamText({
        model, prompt: TEXT, maxRetries: 0,
        tools: { lookup_tide: ai.tool({ description: 'Tide times for a port',
                                        inputSchema: z.object({ echo: z.string() }) }) } });
      for await (const part of result.fullStream) { if (part.type === 'error') throw part.error; }
      const calls = await result.toolCalls;
      return [calls.length === 1 && calls[0].toolName === 'lookup_tide' && calls[0].input.echo === TEXT,
              JSON.stringify(calls)];
    } finally { await mockConfig(mockUrl, {}); }
  });
  await cell(`${label}: a tool loop sends the call and its output back`, async () => {
    await mockConfig(mockUrl, { reply_tool: 'lookup_tide', chunk_bytes: 3 });
    try {
      const result = await ai.generateText({
        model, prompt: TEXT, maxRetries: 0, stopWhen: ai.stepCountIs(2),
        tools: { lookup_tide: ai.tool({ description: 'Tide times for a port',
                                        inputSchema: z.object({ echo: z.string() }),
                                        execute: async () => ({ high: '14:02' }) }) } });
      const sent = JSON.stringify(await mockLastJson(mockUrl));
      return [result.steps.length === 2 && sent.includes(toolResultMarker[provider]) && sent.includes('14:02'),
              JSON.stringify({ steps: result.steps.length, sent })];
    } finally { await mockConfig(mockUrl, {}); }
  });
  await cell(`${label}: generateObject`, async () => {
    const result = await ai.generateObject({ model, schema: z.object({ port: z.string() }), prompt: OBJECT_TEXT,
                                             maxRetries: 0 });
    const sent = await mockLastJson(mockUrl);
    return [sameJson(result.object, OBJECT) && sentSchema[provider](sent)?.properties?.port?.type === 'string',
            JSON.stringify({ object: result.object, sent })];
  });
}

async function langchainCells(ChatOpenAI, base, provider) {
  const chat = new ChatOpenAI({ model: `${provider}/model-x`, useResponsesApi: true, apiKey: 'unused',
                                maxRetries: 0, configuration: { baseURL: `${base}/v1` } });
  const label = `langchain useResponsesApi -> ${provider}`;
  await cell(`${label}: invoke`, async () => {
    const message = await chat.invoke(TEXT);
    return [message.text === TEXT, JSON.stringify(message.content)];
  });
  await cell(`${label}: stream`, async () => {
    let text = '';
    for await (const chunk of await chat.stream(TEXT)) text += chunk.text;
    return [text === TEXT, JSON.stringify(text)];
  });
}

async function anthropicCells(Anthropic, jsonSchemaOutputFormat, base, mockUrl, provider) {
  const client = new Anthropic({ baseURL: base, apiKey: 'unused', maxRetries: 0 });
  const model = `${provider}/model-x`;
  const label = `anthropic sdk -> ${provider}`;
  await cell(`${label}: messages.parse with output_config`, async () => {
    const message = await client.messages.parse({
      model, max_tokens: 1024, messages: [{ role: 'user', content: OBJECT_TEXT }],
      output_config: { format: jsonSchemaOutputFormat(SCHEMA) } });
    const sent = await mockLastJson(mockUrl);
    return [sameJson(message.parsed_output, OBJECT) && sentSchema[provider](sent)?.required?.[0] === 'port',
            JSON.stringify({ parsed: message.parsed_output, sent })];
  });
  await cell(`${label}: extended thinking`, async () => {
    const message = await client.messages.create({
      model, max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 },
      messages: [{ role: 'user', content: TEXT }] });
    const sent = await mockLastJson(mockUrl);
    const text = message.content.filter((block) => block.type === 'text').map((block) => block.text).join('');
    return [text === TEXT && sentReasoning[provider](sent), JSON.stringify({ content: message.content, sent })];
  });
}

runSuite({ prefix: 'lethe-sdk-responses-' }, async ({ base, mockUrl }) => {
  const { default: OpenAI } = await loadSdk('openai', 'index.mjs');
  const { default: Anthropic } = await loadSdk('@anthropic-ai/sdk', 'index.mjs');
  const { jsonSchemaOutputFormat } = await loadSdk('@anthropic-ai/sdk', 'helpers/json-schema.mjs');
  const ai = await loadSdk('ai', 'dist/index.js');
  const { createOpenAI } = await loadSdk('@ai-sdk/openai', 'dist/index.js');
  const { ChatOpenAI } = await loadSdk('@langchain/openai', 'dist/index.js');
  const { z } = await loadSdk('zod', 'index.js');
  for (const provider of ['oa', 'an', 'ge']) {
    await openaiCells(OpenAI, base, mockUrl, provider);
    await vercelCells(ai, createOpenAI, z, base, mockUrl, provider);
    await langchainCells(ChatOpenAI, base, provider);
    await anthropicCells(Anthropic, jsonSchemaOutputFormat, base, mockUrl, provider);
  }
});
