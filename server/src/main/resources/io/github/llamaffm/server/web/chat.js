// The chat page of llama-ffm-server: streams replies from /v1/chat/completions (server-sent events
// read from a fetch body), shows reasoning apart, stops a reply by aborting its fetch (the server
// then cancels the generation and frees its slot). Everything the model writes becomes text nodes,
// never HTML (the page's CSP also forbids HTML from strings). Talks to its own origin only.
'use strict';

const KEY_ITEM = 'llama-ffm.api-key';
const $ = (id) => document.getElementById(id);
const ui = {
  log: $('log'), empty: $('empty'), notice: $('notice'), model: $('model'),
  input: $('input'), send: $('send'), stop: $('stop'), composer: $('composer'), newChat: $('new-chat'),
  settings: $('settings'), settingsToggle: $('settings-toggle'),
  apiKey: $('api-key'), temperature: $('temperature'), maxTokens: $('max-tokens'), system: $('system'),
};

const chat = {
  messages: [],      // the conversation sent with each request (OpenAI's message objects)
  controller: null,  // the AbortController of the reply in progress
  config: { apiKeyRequired: false, maxTokens: 4096 },
};

class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function headers() {
  const h = { 'Content-Type': 'application/json' };
  const key = ui.apiKey.value.trim();
  if (key) h.Authorization = 'Bearer ' + key;
  return h;
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function setState(state) {
  document.body.dataset.state = state;
  const busy = state === 'busy';
  ui.send.hidden = busy;
  ui.stop.hidden = !busy;
  ui.send.disabled = state !== 'idle';
  ui.newChat.disabled = busy;
}

function notice(text) {
  ui.notice.textContent = text || '';
  ui.notice.hidden = !text;
}

function showSettings(open) {
  ui.settings.hidden = !open;
  ui.settingsToggle.setAttribute('aria-expanded', String(open));
}

function nearBottom() {
  return ui.log.scrollHeight - ui.log.scrollTop - ui.log.clientHeight < 80;
}

function scrollDown(force) {
  if (force || nearBottom()) ui.log.scrollTop = ui.log.scrollHeight;
}

// ---- the conversation view ----

function addUser(text) {
  ui.empty.hidden = true;
  const m = el('div', 'msg user');
  m.append(el('div', 'who', 'You'), el('div', 'content', text));
  ui.log.append(m);
  scrollDown(true);
  return m;
}

/** An assistant reply being written: content, reasoning (apart, folded once done), tool calls, status line. */
function addAssistant() {
  const m = el('div', 'msg assistant');
  m.dataset.status = 'streaming';
  const reasoning = el('details', 'reasoning');
  reasoning.hidden = true;
  reasoning.open = true;
  const reasoningText = el('div', 'text');
  reasoning.append(el('summary', null, 'Reasoning'), reasoningText);
  const content = el('div', 'content');
  const tools = el('div', 'tools');
  tools.hidden = true;
  const meta = el('div', 'meta');
  meta.hidden = true;
  m.append(el('div', 'who', 'Assistant'), reasoning, content, tools, meta);
  ui.log.append(m);
  scrollDown(true);
  return {
    element: m, content,
    reasoning(text) {
      reasoning.hidden = false;
      reasoningText.append(text);
    },
    text(text) {
      content.append(text);
    },
    tool(call) {
      tools.hidden = false;
      const f = call.function || {};
      tools.append((tools.childNodes.length ? '\n' : '') + 'tool call: ' + (f.name || '?') + '(' + (f.arguments || '') + ')');
    },
    end(status, line) {
      m.dataset.status = status;
      reasoning.open = false;
      if (line) {
        meta.hidden = false;
        meta.textContent = line;
      }
    },
    error(message) {
      m.append(el('div', 'error', message));
    },
  };
}

// ---- the API ----

async function errorOf(response) {
  let message = 'HTTP ' + response.status;
  try {
    const body = await response.json();
    if (body && body.error && body.error.message) message = body.error.message;
  } catch (ignored) {
    // not JSON: the status says it
  }
  return new ApiError(message, response.status);
}

/** Reads server-sent events from a fetch body; calls onData with each JSON event; true when it ended with [DONE]. */
async function readEvents(body, onData) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return false;
      buffer += value; // this server ends lines with \n only
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        for (const line of event.split('\n')) {
          if (!line.startsWith('data:')) continue; // comments (": keep-alive") and other fields
          const data = line.slice(5).trimStart();
          if (data === '[DONE]') return true;
          onData(JSON.parse(data));
        }
      }
    }
  } catch (e) {
    reader.cancel().catch(() => {}); // closes the connection: the server stops generating
    throw e;
  }
}

function settingsNumber(input, fallback) {
  const v = Number(input.value);
  return input.value.trim() !== '' && Number.isFinite(v) ? v : fallback;
}

async function send(text) {
  addUser(text);
  chat.messages.push({ role: 'user', content: text });
  const reply = { view: addAssistant(), status: 'error' };
  const body = {
    messages: (ui.system.value.trim() ? [{ role: 'system', content: ui.system.value.trim() }] : []).concat(chat.messages),
    stream: true,
    stream_options: { include_usage: true },
    temperature: settingsNumber(ui.temperature, 0.8),
    max_tokens: Math.round(settingsNumber(ui.maxTokens, 512)),
  };
  const controller = new AbortController();
  chat.controller = controller;
  setState('busy');
  notice('');
  let content = '', finish = null, usage = null;
  const started = performance.now();
  try {
    const response = await fetch('/v1/chat/completions', {
      method: 'POST', headers: headers(), body: JSON.stringify(body), signal: controller.signal,
      cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer',
    });
    if (!response.ok) throw await errorOf(response);
    const complete = await readEvents(response.body, (event) => {
      if (event.error) throw new ApiError(event.error.message || 'the stream failed');
      if (event.usage) usage = event.usage;
      const choice = event.choices && event.choices[0];
      if (!choice) return;
      const delta = choice.delta || {};
      const follow = nearBottom();
      if (delta.reasoning_content) reply.view.reasoning(delta.reasoning_content);
      if (delta.content) {
        content += delta.content;
        reply.view.text(delta.content);
      }
      for (const call of delta.tool_calls || []) reply.view.tool(call);
      if (choice.finish_reason) finish = choice.finish_reason;
      scrollDown(follow);
    });
    if (!complete) throw new ApiError('the connection ended before the reply did');
    const seconds = (performance.now() - started) / 1000;
    const parts = [];
    if (usage) parts.push(usage.completion_tokens + ' tokens', (usage.completion_tokens / seconds).toFixed(1) + ' tokens/s');
    if (finish === 'length') parts.push('cut at the token limit');
    reply.status = 'done';
    reply.view.end('done', parts.join(' · '));
  } catch (e) {
    if (e.name === 'AbortError') {
      reply.status = 'stopped';
      reply.view.end('stopped', 'stopped');
    } else {
      reply.view.end('error', '');
      reply.view.error(e.message);
      if (e.status === 401) {
        showSettings(true);
        ui.apiKey.focus();
      }
    }
  } finally {
    // what was written stays in the conversation, a stopped reply too; a request that got no reply leaves it
    if (content || reply.status === 'done') chat.messages.push({ role: 'assistant', content });
    else chat.messages.pop();
    if (chat.controller === controller) chat.controller = null;
    setState('idle');
    scrollDown(false);
  }
}

async function loadModel() {
  ui.model.classList.remove('ok');
  if (chat.config.apiKeyRequired && !ui.apiKey.value.trim()) {
    ui.model.textContent = 'API key needed';
    notice('This server needs an API key: enter it under Settings.');
    showSettings(true);
    ui.apiKey.focus();
    return;
  }
  try {
    const response = await fetch('/v1/models', { headers: headers(), cache: 'no-store', credentials: 'omit' });
    if (!response.ok) throw await errorOf(response);
    const models = await response.json();
    const ids = (models.data || []).map((m) => m.id);
    ui.model.textContent = ids.length ? ids[0] : 'no model';
    ui.model.classList.add('ok');
    notice('');
  } catch (e) {
    ui.model.textContent = 'not connected';
    notice(e.message);
    if (e.status === 401) showSettings(true);
  }
}

function saveKey() {
  const key = ui.apiKey.value.trim();
  if (key) sessionStorage.setItem(KEY_ITEM, key);
  else sessionStorage.removeItem(KEY_ITEM);
  loadModel();
}

function resizeInput() {
  ui.input.style.height = 'auto';
  ui.input.style.height = Math.min(ui.input.scrollHeight, 200) + 'px';
}

async function init() {
  ui.apiKey.value = sessionStorage.getItem(KEY_ITEM) || '';
  try {
    const response = await fetch('/chat-config.json', { cache: 'no-store', credentials: 'omit' });
    if (response.ok) chat.config = await response.json();
  } catch (ignored) {
    // the defaults: no key, the API says otherwise when it answers
  }
  ui.maxTokens.max = String(chat.config.maxTokens);
  if (Number(ui.maxTokens.value) > chat.config.maxTokens) ui.maxTokens.value = String(chat.config.maxTokens);

  ui.composer.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = ui.input.value.trim();
    if (!text || document.body.dataset.state !== 'idle') return;
    ui.input.value = '';
    resizeInput();
    send(text);
  });
  ui.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      ui.composer.requestSubmit();
    }
  });
  ui.input.addEventListener('input', resizeInput);
  ui.stop.addEventListener('click', () => {
    if (chat.controller) chat.controller.abort();
  });
  ui.newChat.addEventListener('click', () => {
    chat.messages = [];
    for (const m of ui.log.querySelectorAll('.msg')) m.remove();
    ui.empty.hidden = false;
    notice('');
    ui.input.focus();
  });
  ui.settingsToggle.addEventListener('click', () => showSettings(ui.settings.hidden));
  ui.apiKey.addEventListener('change', saveKey);
  ui.apiKey.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      saveKey();
    }
  });

  setState('idle');
  await loadModel();
  if (!chat.config.apiKeyRequired || ui.apiKey.value.trim()) ui.input.focus();
}

init();
