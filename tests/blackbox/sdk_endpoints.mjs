// The official `openai` npm client (the version pinned in tests/blackbox/sdk/package-lock.json)
// against lethe's endpoints beyond chat: completions.create (whole and streamed),
// models.retrieve (a route, a provider/model with its '/', and a name not configured), and
// chat with logprobs and n = 2 against an OpenAI-format target (and refused, naming the
// field, against an Anthropic-format one). The SDK is installed on first use into
// LETHE_SDK_DIR with `npm ci` from the lockfile, as sdk_matrix.mjs does. TAP output.
import { loadSdk, mockLast, mockLastJson, ok, runSuite } from './sdk/common.mjs';

const PROMPT = 'Grüße aus 東京 🎉 — once upon a tide';

async function check(name, body) {
  try {
    await body();
  } catch (error) {
    ok(false, name, error?.stack ?? error);
  }
}

async function completions(client, mockUrl) {
  await check('completions.create: a text_completion echoing the prompt, sent to /v1/completions', async () => {
    const answer = await client.completions.create({ model: 'oa/model-x', prompt: PROMPT, max_tokens: 40 });
    const last = await mockLast(mockUrl);
    ok(answer.object === 'text_completion' && answer.choices[0].text === PROMPT && answer.usage.total_tokens > 0
       && last.path === '/v1/completions' && JSON.parse(last.body).prompt === PROMPT,
       'completions.create: a text_completion echoing the prompt, sent to /v1/completions',
       JSON.stringify({ answer, path: last.path }));
  });
  await check('completions.create stream: the chunks spell the prompt', async () => {
    const stream = await client.completions.create({ model: 'oa/model-x', prompt: PROMPT, stream: true });
    let text = '';
    let finish = null;
    for await (const chunk of stream) {
      for (const choice of chunk.choices) {
        text += choice.text ?? '';
        finish = choice.finish_reason ?? finish;
      }
    }
    ok(text === PROMPT && finish === 'stop', 'completions.create stream: the chunks spell the prompt',
       JSON.stringify({ text, finish }));
  });
  await check('completions.create against an Anthropic-format target: a 400 BadRequestError', async () => {
    try {
      await client.completions.create({ model: 'an/claude-x', prompt: PROMPT });
      ok(false, 'completions.create against an Anthropic-format target: a 400 BadRequestError', 'no error');
    } catch (error) {
      ok(error.status === 400 && /OpenAI-format/.test(error.message),
         'completions.create against an Anthropic-format target: a 400 BadRequestError', error);
    }
  });
}

async function models(client) {
  await check('models.retrieve: a route and a provider/model', async () => {
    const route = await client.models.retrieve('default');
    const target = await client.models.retrieve('oa/model-x');
    ok(route.id === 'default' && route.object === 'model' && route.owned_by === 'lethe'
       && target.id === 'oa/model-x' && target.owned_by === 'oa',
       'models.retrieve: a route and a provider/model', JSON.stringify({ route, target }));
  });
  await check('models.retrieve of a name not configured: NotFoundError', async () => {
    try {
      await client.models.retrieve('oa/not-configured');
      ok(false, 'models.retrieve of a name not configured: NotFoundError', 'no error');
    } catch (error) {
      ok(error.status === 404 && error.code === 'model_not_found',
         'models.retrieve of a name not configured: NotFoundError', error);
    }
  });
}

async function chatPassThrough(client, mockUrl) {
  await check('chat with logprobs and n = 2: two choices, each with its logprobs', async () => {
    const answer = await client.chat.completions.create({
      model: 'oa/model-x', n: 2, logprobs: true, top_logprobs: 2, messages: [{ role: 'user', content: PROMPT }] });
    const sent = await mockLastJson(mockUrl);
    const good = answer.choices.length === 2 && answer.choices.every((choice, index) => choice.index === index
      && choice.message.content === PROMPT && choice.logprobs?.content?.length > 0
      && choice.logprobs.content.map((entry) => entry.token).join('') === PROMPT);
    ok(good && sent.n === 2 && sent.logprobs === true && sent.top_logprobs === 2,
       'chat with logprobs and n = 2: two choices, each with its logprobs', JSON.stringify({ answer, sent }));
  });
  await check('chat stream with logprobs: each chunk carries its own', async () => {
    const stream = await client.chat.completions.create({
      model: 'oa/model-x', stream: true, logprobs: true, messages: [{ role: 'user', content: PROMPT }] });
    let text = '';
    let tokens = '';
    for await (const chunk of stream) {
      for (const choice of chunk.choices) {
        text += choice.delta?.content ?? '';
        for (const entry of choice.logprobs?.content ?? []) tokens += entry.token;
      }
    }
    ok(text === PROMPT && tokens === PROMPT, 'chat stream with logprobs: each chunk carries its own',
       JSON.stringify({ text, tokens }));
  });
  await check('chat with logprobs against an Anthropic-format target: a 400 naming logprobs', async () => {
    try {
      await client.chat.completions.create({
        model: 'an/claude-x', logprobs: true, messages: [{ role: 'user', content: PROMPT }] });
      ok(false, 'chat with logprobs against an Anthropic-format target: a 400 naming logprobs', 'no error');
    } catch (error) {
      ok(error.status === 400 && error.message.includes("'logprobs'"),
         'chat with logprobs against an Anthropic-format target: a 400 naming logprobs', error);
    }
  });
}

runSuite({ prefix: 'lethe-sdk-endpoints-', formats: ['oa', 'an'],
            routes: [{ name: 'default', chain: [{ target: 'oa/model-x' }, { target: 'an/claude-x' }] }] },
         async ({ base, mockUrl }) => {
           const { default: OpenAI } = await loadSdk('openai', 'index.mjs');
           const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'unused', maxRetries: 0 });
           await completions(client, mockUrl);
           await models(client);
           await chatPassThrough(client, mockUrl);
         });
