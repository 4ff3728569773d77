// The official @google/genai client (httpOptions.baseUrl pointed at lethe) drives lethe's
// Gemini dialect in front of each of the three wire formats the mock speaks: generateContent,
// generateContentStream (with thinkingConfig: thought parts; with responseSchema: structured
// output), countTokens, embedContent. Beside it, the endpoints other SDKs call
// for the same things: openai's embeddings.create (float and base64) and the Anthropic SDK's
// messages.countTokens. A cell a format cannot serve (embeddings at an Anthropic-format
// target) must be refused with a 400 the SDK raises, never answered wrongly.
// The SDKs are installed on first use into LETHE_SDK_DIR at the versions of
// tests/blackbox/sdk/package-lock.json (`npm ci`, by tests/blackbox/sdk/install.mjs). TAP output.
import { hashKey, loadSdk, mockConfig, mockLastJson, ok, runSuite } from './sdk/common.mjs';

const TEXT = 'Grüße aus 東京 🎉 — tide tables please';
const KEY = 'sk-lethe-genai-sdk-0001';

// tests/mock/embeddings.c's vector of `text`: FNV-1a over its bytes and the index, 4 decimals.
function mockVector(text, dimensions = 8) {
  const bytes = new TextEncoder().encode(text);
  const values = [];
  for (let i = 0; i < dimensions; i++) {
    let hash = 2166136261;
    const feed = [...bytes, i & 0xff, (i >> 8) & 0xff, (i >> 16) & 0xff, (i >>> 24) & 0xff];
    for (const byte of feed) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
    values.push(Number(((hash % 20001) / 10000 - 1).toFixed(4)));
  }
  return values;
}

// base64 of little-endian float32 values, as OpenAI sends them.
function floatsOf(base64) {
  const bytes = Buffer.from(base64, 'base64');
  return Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readFloatLE(i * 4));
}

function close(a, b) {
  return Array.isArray(a) && a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) < 1e-6);
}

async function genaiCell(GoogleGenAI, base, provider) {
  const ai = new GoogleGenAI({ apiKey: KEY, httpOptions: { baseUrl: base } });
  const model = `${provider}/model-x`;
  const label = `@google/genai -> ${provider}`;
  try {
    const answer = await ai.models.generateContent({ model, contents: TEXT, config: { temperature: 0.2 } });
    ok(answer.text === TEXT && answer.candidates[0].finishReason === 'STOP'
       && answer.usageMetadata?.totalTokenCount > 0,
       `${label}: generateContent echoes the text`, JSON.stringify(answer));
  } catch (error) { ok(false, `${label}: generateContent echoes the text`, error); }

  try {
    const stream = await ai.models.generateContentStream({ model, contents: TEXT });
    let text = '';
    let last = null;
    let chunks = 0;
    for await (const chunk of stream) {
      text += chunk.text ?? '';
      last = chunk;
      chunks++;
    }
    ok(text === TEXT && chunks > 1 && last?.candidates?.[0]?.finishReason === 'STOP' && last.usageMetadata,
       `${label}: generateContentStream delivers the text in pieces`, JSON.stringify({ text, chunks, last }));
  } catch (error) { ok(false, `${label}: generateContentStream delivers the text in pieces`, error); }

  try {
    const counted = await ai.models.countTokens({ model, contents: TEXT });
    ok(Number.isInteger(counted.totalTokens) && counted.totalTokens > 0, `${label}: countTokens`,
       JSON.stringify(counted));
  } catch (error) { ok(false, `${label}: countTokens`, error); }

  const texts = ['first input', TEXT];
  try {
    const embedded = await ai.models.embedContent({ model: `${provider}/emb`, contents: texts });
    const vectors = embedded.embeddings?.map((e) => e.values);
    ok(provider !== 'an' && vectors?.length === 2 && close(vectors[0], mockVector(texts[0]))
       && close(vectors[1], mockVector(texts[1])), `${label}: embedContent`, JSON.stringify(embedded));
  } catch (error) {
    ok(provider === 'an' && error.status === 400 && /embed/.test(error.message),
       `${label}: embedContent${provider === 'an' ? ' refused with a 400 (Anthropic has no embeddings)' : ''}`, error);
  }
}

// Thinking (the mock's `reasoning`) comes back as thought parts, whole and streamed, when
// includeThoughts asks for it; a JSON schema reaches each format as its structured output.
const THOUGHT = 'Tides first, then 東京 🎉.';

async function genaiThinkingCell(GoogleGenAI, base, mockUrl, provider) {
  const ai = new GoogleGenAI({ apiKey: KEY, httpOptions: { baseUrl: base } });
  const model = `${provider}/model-x`;
  const label = `@google/genai -> ${provider}`;
  const config = { thinkingConfig: { thinkingBudget: 2048, includeThoughts: true } };
  const split = (parts) => [parts.filter((p) => p.thought).map((p) => p.text).join(''),
                            parts.filter((p) => !p.thought).map((p) => p.text ?? '').join('')];
  await mockConfig(mockUrl, { reasoning: THOUGHT });
  try {
    const answer = await ai.models.generateContent({ model, contents: TEXT, config });
    const [thinking, text] = split(answer.candidates[0].content.parts);
    ok(thinking === THOUGHT && text === TEXT && answer.text === TEXT,
       `${label}: thinkingConfig, thoughts as thought parts`, JSON.stringify(answer));
  } catch (error) { ok(false, `${label}: thinkingConfig, thoughts as thought parts`, error); }
  try {
    let parts = [];
    for await (const chunk of await ai.models.generateContentStream({ model, contents: TEXT, config })) {
      parts = parts.concat(chunk.candidates?.[0]?.content?.parts ?? []);
    }
    const [thinking, text] = split(parts);
    ok(thinking === THOUGHT && text === TEXT, `${label}: thinkingConfig, streamed thought parts`,
       JSON.stringify(parts));
  } catch (error) { ok(false, `${label}: thinkingConfig, streamed thought parts`, error); }
  await mockConfig(mockUrl, {});

  const object = { port: 'Brest' };
  try {
    const answer = await ai.models.generateContent({
      model, contents: JSON.stringify(object),
      config: { responseMimeType: 'application/json',
                responseSchema: { type: 'OBJECT', properties: { port: { type: 'STRING' } }, required: ['port'] } },
    });
    const sent = await mockLastJson(mockUrl);
    const schema = { oa: sent.response_format?.json_schema?.schema, an: sent.output_config?.format?.schema,
                     ge: sent.generationConfig?.responseJsonSchema }[provider];
    ok(JSON.stringify(JSON.parse(answer.text)) === JSON.stringify(object) && schema?.type === 'object'
       && schema?.properties?.port?.type === 'string',
       `${label}: responseSchema as the format's structured output`, JSON.stringify({ answer, sent }));
  } catch (error) { ok(false, `${label}: responseSchema as the format's structured output`, error); }
}

async function openaiEmbeddingsCell(OpenAI, base, provider) {
  const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: KEY, maxRetries: 0 });
  const label = `openai sdk -> ${provider}`;
  for (const format of ['float', 'base64']) {
    const name = `${label}: embeddings.create (${format})`;
    try {
      const answer = await client.embeddings.create({ model: `${provider}/emb`, input: ['one', TEXT],
                                                      encoding_format: format });
      const vectors = answer.data.map((item) => (format === 'float' ? item.embedding : floatsOf(item.embedding)));
      ok(provider !== 'an' && close(vectors[0], mockVector('one')) && close(vectors[1], mockVector(TEXT))
         && answer.usage.prompt_tokens > 0, name, JSON.stringify(answer));
    } catch (error) {
      ok(provider === 'an' && error.status === 400 && /embed/.test(error.message),
         `${name}${provider === 'an' ? ' refused with a 400' : ''}`, error);
    }
  }
}

async function anthropicCountCell(Anthropic, base, mockUrl, provider) {
  const client = new Anthropic({ baseURL: base, apiKey: KEY, maxRetries: 0 });
  const label = `anthropic sdk -> ${provider}: messages.countTokens`;
  try {
    const before = (await (await fetch(`${mockUrl}/__mock/stats`)).json()).requests;
    const { data, response } = await client.messages.countTokens({
      model: `${provider}/model-x`, system: 'Be brief.', messages: [{ role: 'user', content: TEXT }],
    }).withResponse();
    const after = (await (await fetch(`${mockUrl}/__mock/stats`)).json()).requests;
    const estimated = response.headers.get('x-lethe-estimate') === 'true';
    // Anthropic and Gemini count themselves; an OpenAI-format target is lethe's estimate.
    ok(data.input_tokens > 0 && estimated === (provider === 'oa') && (after - before) === (provider === 'oa' ? 0 : 1),
       label, JSON.stringify({ data, estimated, calls: after - before }));
  } catch (error) { ok(false, label, error); }
}

runSuite({ prefix: 'lethe-genai-', mockArgs: ['--chunk_bytes', '6'],
            extra: () => ({ keys: [{ name: 'main', hash: hashKey(KEY) }] }) },
         async ({ base, mockUrl }) => {
           const { default: OpenAI } = await loadSdk('openai', 'index.mjs');
           const { default: Anthropic } = await loadSdk('@anthropic-ai/sdk', 'index.mjs');
           const { GoogleGenAI } = await loadSdk('@google/genai', 'dist/node/index.mjs');
           for (const provider of ['oa', 'an', 'ge']) {
             await genaiCell(GoogleGenAI, base, provider);
             await genaiThinkingCell(GoogleGenAI, base, mockUrl, provider);
             await openaiEmbeddingsCell(OpenAI, base, provider);
             await anthropicCountCell(Anthropic, base, mockUrl, provider);
           }
         });
