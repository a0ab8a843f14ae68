/*
 * newsdesk chat widget. One tag adds it to a page:
 *   <script src="https://HOST/widget.js" data-newsdesk-key="PUBLIC_KEY" async></script>
 * Options (data- attributes): title, greeting, placeholder, accent, position (bottom-right |
 * bottom-left), suggestions ("question one|question two"), inline (a CSS selector to render into),
 * open ("true": start opened), timeout (seconds, default 30), api (base URL, default: this script's origin).
 * Everything renders inside a Shadow DOM; every piece of data is set with textContent, never as HTML.
 */
(() => {
  'use strict';
  const script = document.currentScript || document.querySelector('script[data-newsdesk-key]');
  if (!script || script.dataset.newsdeskMounted) return;
  script.dataset.newsdeskMounted = 'true';
  const d = script.dataset;
  const opt = {
    key: d.newsdeskKey || '',
    api: (d.api || new URL(script.src, location.href).origin).replace(/\/$/, ''),
    title: d.title || 'Ask the archive',
    greeting: d.greeting || 'Ask a question about the news. Every answer shows the sentences it comes from.',
    placeholder: d.placeholder || 'Ask a question…',
    accent: d.accent && CSS.supports('color', d.accent) ? d.accent : '#0b57d0',
    left: d.position === 'bottom-left',
    suggestions: (d.suggestions || '').split('|').map((s) => s.trim()).filter(Boolean),
    inline: d.inline || '',
    open: d.open === 'true',
    timeout: (Number(d.timeout) > 0 ? Number(d.timeout) : 30) * 1000,
  };
  const storeKey = 'newsdesk-widget:' + opt.api + ':' + opt.key;

  const CSS_TEXT = `
:host{all:initial;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;--a:#0b57d0}
*{box-sizing:border-box}
button,textarea{font:inherit;color:inherit}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;border:0;border-radius:28px;padding:12px 18px;background:var(--a);color:#fff;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.left .launcher{right:auto;left:20px}
.launcher:focus-visible{outline-color:#1f2328}
.panel{position:fixed;bottom:84px;right:20px;z-index:2147483001;width:380px;max-width:calc(100vw - 40px);height:560px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;border:1px solid #d0d7de;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.2);overflow:hidden;transition:opacity .15s,transform .15s}
.left .panel{right:auto;left:20px}
.panel[hidden]{display:none}
.inline .panel{position:relative;bottom:auto;right:auto;left:auto;width:100%;max-width:none;height:100%;min-height:420px;max-height:none;box-shadow:none;z-index:auto}
header{display:flex;align-items:center;gap:6px;padding:10px 12px;background:var(--a);color:#fff}
header h2{flex:1;margin:0;font-size:16px}
header button{background:transparent;border:1px solid rgba(255,255,255,.6);color:#fff;border-radius:6px;padding:3px 8px;cursor:pointer}
header button:focus-visible{outline-color:#fff}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px}
.msg{max-width:92%;padding:8px 11px;border-radius:10px;word-wrap:break-word;white-space:pre-wrap}
.user{align-self:flex-end;background:#e8f0fe}
.bot{align-self:flex-start;background:#f6f8fa;border:1px solid #e4e7eb}
.msg p{margin:0}
.answer{font-weight:700;font-size:16px;margin:0 0 4px}
.note{color:#57606a;font-size:13px}
.suggest{display:flex;flex-wrap:wrap;gap:6px}
.suggest button,.retry{border:1px solid var(--a);color:var(--a);background:#fff;border-radius:14px;padding:4px 10px;cursor:pointer;font-size:13px}
.cites{display:inline-flex;flex-wrap:wrap;gap:4px;margin-left:6px;vertical-align:middle}
.cite{border:1px solid var(--a);background:#fff;color:var(--a);border-radius:4px;min-width:26px;padding:0 5px;font-size:12px;font-weight:700;cursor:pointer}
.cite[aria-expanded=true]{background:var(--a);color:#fff}
.card{margin-top:8px;padding:9px 10px;background:#fff;border:1px solid #d0d7de;border-left:4px solid var(--a);border-radius:6px;font-weight:400;font-size:14px;white-space:normal}
.card[hidden]{display:none}
.card q{display:block;quotes:none;margin-bottom:6px}
mark{background:#fff1a8;color:inherit;padding:0 1px;border-radius:2px}
.meta{color:#57606a;font-size:12px}
.card a{color:var(--a)}
.related{margin:6px 0 0;padding-left:18px}
.related li{margin-bottom:4px}
.error{background:#fff4f2;border-color:#f1b5ad}
form{display:flex;gap:6px;padding:10px;border-top:1px solid #e4e7eb}
textarea{flex:1;resize:none;border:1px solid #8c959f;border-radius:8px;padding:8px;min-height:40px;max-height:120px}
.send{border:0;border-radius:8px;background:var(--a);color:#fff;padding:0 14px;font-weight:600;cursor:pointer}
.send:disabled{opacity:.5;cursor:default}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.panel:not(.is-inline){inset:0;width:100vw;max-width:none;height:100%;max-height:none;border-radius:0;border:0}}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
`;

  // DOM helper: only text children, never markup.
  const el = (tag, attrs, ...kids) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const kid of kids) if (kid !== null && kid !== undefined) node.append(kid instanceof Node ? kid : String(kid));
    return node;
  };

  // ---- state, kept in sessionStorage so a reload shows what was shown ----
  const load = () => {
    try { return JSON.parse(sessionStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  };
  let state = Object.assign({ conversation: null, turns: [], open: false, draft: '' }, load());
  const save = () => { try { sessionStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* full or blocked */ } };

  // ---- layout ----
  const host = el('div', { 'data-newsdesk-widget': '' });
  // Inline, the panel fills the element it is rendered into (and scrolls inside it).
  if (opt.inline) host.style.cssText = 'display:block;height:100%';
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style');
  style.textContent = CSS_TEXT;
  const frame = el('div', { class: (opt.inline ? 'inline' : '') + (opt.left ? ' left' : '') });
  frame.style.setProperty('--a', opt.accent);
  let uid = 0;
  const id = (p) => 'nd-' + p + '-' + (++uid);
  const titleId = id('title');
  const panelId = id('panel');
  const launcher = opt.inline ? null : el('button', {
    class: 'launcher', type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': panelId,
    onclick: () => (panel.hidden ? openPanel() : closePanel()),
  }, opt.title);
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Conversation' });
  const input = el('textarea', { rows: '1', placeholder: opt.placeholder, 'aria-label': 'Your question', maxlength: '500' });
  const send = el('button', { class: 'send', type: 'submit' }, 'Send');
  const form = el('form', { onsubmit: (e) => { e.preventDefault(); ask(input.value); } }, input, send);
  const newButton = el('button', { type: 'button', onclick: () => reset() }, 'New conversation');
  const closeButton = opt.inline ? null : el('button', { type: 'button', 'aria-label': 'Close', onclick: () => closePanel() }, '✕');
  const panel = el('div', {
    id: panelId, class: 'panel' + (opt.inline ? ' is-inline' : ''), role: 'dialog', 'aria-modal': 'false',
    'aria-labelledby': titleId, hidden: !opt.inline,
  }, el('header', null, el('h2', { id: titleId }, opt.title), newButton, closeButton), log, form);
  frame.append(panel);
  if (launcher) frame.append(launcher);
  root.append(style, frame);

  input.value = state.draft || '';
  input.addEventListener('input', () => { state.draft = input.value; save(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); ask(input.value); }
  });
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const card = root.querySelector('.card:not([hidden])');
    if (card) { hideCards(); e.stopPropagation(); return; }
    if (!opt.inline) closePanel();
  });

  function openPanel() {
    panel.hidden = false;
    launcher && launcher.setAttribute('aria-expanded', 'true');
    state.open = true; save();
    input.focus();
  }
  function closePanel() {
    if (opt.inline) return;
    hideCards();
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    state.open = false; save();
    launcher.focus();
  }

  // ---- rendering ----
  const scroll = () => { log.scrollTop = log.scrollHeight; };

  function greeting() {
    log.append(el('div', { class: 'msg bot' }, opt.greeting));
    if (opt.suggestions.length) {
      log.append(el('div', { class: 'suggest', role: 'group', 'aria-label': 'Suggested questions' },
        ...opt.suggestions.map((q) => el('button', { type: 'button', onclick: () => ask(q) }, q))));
    }
  }

  function hideCards(except) {
    for (const c of root.querySelectorAll('.card')) if (c !== except) c.hidden = true;
    for (const b of root.querySelectorAll('.cite')) if (!except || b.getAttribute('aria-controls') !== except.id) {
      b.setAttribute('aria-expanded', 'false'); b.pinned = false;
    }
  }

  function formatDate(iso) {
    if (!iso) return '';
    const date = new Date(iso.length === 10 ? iso + 'T12:00:00Z' : iso);
    if (isNaN(date)) return iso;
    return date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function safeUrl(url) {
    try { const u = new URL(url); return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null; } catch (e) { return null; }
  }

  // The exact sentence, with the answer span (UTF-16 offsets, as JS strings count) in <mark>.
  function sentence(c) {
    const text = c.text || '';
    const q = el('q');
    const s = c.answer_start, e = c.answer_end;
    if (Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= text.length) {
      q.append(text.slice(0, s), el('mark', null, text.slice(s, e)), text.slice(e));
    } else {
      q.append(text);
    }
    return q;
  }

  function card(c, cardId, label) {
    const meta = [c.source, c.published_at ? formatDate(c.published_at) : null].filter(Boolean).join(' · ');
    const box = el('div', { class: 'card', id: cardId, role: 'note', 'aria-label': label, hidden: true },
      sentence(c), el('div', null, el('strong', null, c.title || 'Untitled article')), meta ? el('div', { class: 'meta' }, meta) : null);
    for (const r of c.resolved_dates || []) {
      box.append(el('div', { class: 'meta resolved' }, '“' + r.text + '” = ' + formatDate(r.date) + ' (' + r.date + ')'));
    }
    const href = safeUrl(c.url);
    if (href) box.append(el('div', null, el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'Read the article')));
    return box;
  }

  function marker(c, holder) {
    const cardId = id('card');
    const label = 'Source ' + c.n + ': ' + (c.title || 'article');
    const box = card(c, cardId, label);
    const b = el('button', { class: 'cite', type: 'button', 'aria-label': label, 'aria-expanded': 'false', 'aria-controls': cardId }, String(c.n));
    const show = () => { hideCards(box); box.hidden = false; b.setAttribute('aria-expanded', 'true'); };
    const hide = () => { if (!b.pinned) { box.hidden = true; b.setAttribute('aria-expanded', 'false'); } };
    b.addEventListener('mouseenter', show);
    b.addEventListener('focus', show);
    b.addEventListener('mouseleave', hide);
    b.addEventListener('blur', hide);
    b.addEventListener('click', () => { b.pinned = !b.pinned; b.pinned ? show() : hide(); });
    holder.cards.append(box);
    return b;
  }

  // Answer text with its [n] markers (LLM mode) or the short answer followed by the markers (extractive).
  function renderAnswer(bubble, a) {
    bubble.textContent = '';
    bubble.setAttribute('aria-busy', 'false');
    const holder = { cards: el('div') };
    if (a.status !== 'answered') {
      bubble.append(el('p', { class: 'plain' }, a.answer || 'No answer found.'));
      const related = a.related || [];
      if (related.length) {
        bubble.append(el('div', { class: 'note' }, 'Related sentences: not an answer'));
        bubble.append(el('ul', { class: 'related', 'aria-label': 'Related sentences, not an answer' },
          ...related.map((r) => el('li', null, el('q', null, r.text), el('span', { class: 'meta' }, ' (' + (r.title || '') + ')')))));
      }
      return;
    }
    const byN = new Map((a.citations || []).map((c) => [c.n, c]));
    const answer = el('p', { class: 'answer' });
    const text = a.answer || '';
    const used = new Set();
    const cites = el('span', { class: 'cites' });
    let last = 0;
    for (const m of text.matchAll(/\[(\d+)\]/g)) {
      const c = byN.get(Number(m[1]));
      if (!c) continue;
      answer.append(text.slice(last, m.index), marker(c, holder));
      used.add(c.n);
      last = m.index + m[0].length;
    }
    answer.append(text.slice(last));
    for (const c of a.citations || []) if (!used.has(c.n)) cites.append(marker(c, holder));
    if (cites.childNodes.length) answer.append(cites);
    bubble.append(answer);
    if (typeof a.confidence === 'number' && a.mode !== 'llm') {
      bubble.append(el('div', { class: 'note' }, 'Confidence ' + Math.round(a.confidence * 100) + '% · select a number to see the sentence'));
    }
    bubble.append(holder.cards);
  }

  function renderTurn(turn) {
    log.append(el('div', { class: 'msg user' }, turn.question));
    const bubble = el('div', { class: 'msg bot' });
    if (turn.rewritten) bubble.append(el('div', { class: 'note' }, 'Searched: ' + turn.rewritten));
    const body = el('div');
    bubble.append(body);
    renderAnswer(body, turn.answer);
    log.append(bubble);
  }

  function renderAll() {
    log.textContent = '';
    greeting();
    for (const t of state.turns) renderTurn(t);
    scroll();
  }

  function reset() {
    state.conversation = null;
    state.turns = [];
    save();
    renderAll();
    input.focus();
  }

  // ---- talking to the API ----
  class Failure extends Error {
    constructor(message, retryable) { super(message); this.retryable = retryable; }
  }

  const headers = (accept) => {
    const h = { 'Content-Type': 'application/json', Accept: accept };
    if (opt.key) h['X-API-Key'] = opt.key;
    return h;
  };

  function retryAfter(response) {
    const v = response.headers.get('Retry-After');
    if (!v) return null;
    const secs = /^\d+$/.test(v.trim()) ? Number(v) : Math.max(0, (Date.parse(v) - Date.now()) / 1000);
    return isNaN(secs) ? null : Math.ceil(secs);
  }

  async function problemDetail(response) {
    try { const p = await response.json(); return p && p.detail ? String(p.detail) : ''; } catch (e) { return ''; }
  }

  async function failureOf(response) {
    if (response.status === 429) {
      const secs = retryAfter(response);
      const when = secs === null ? 'in a minute' : 'in ' + secs + ' second' + (secs === 1 ? '' : 's') +
        ' (at ' + new Date(Date.now() + secs * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) + ')';
      return new Failure('Too many questions in a short time. You can ask again ' + when + '.', true);
    }
    if (response.status === 503 || response.status === 502 || response.status === 504) {
      return new Failure('The news archive is temporarily unavailable. Please try again in a moment.', true);
    }
    if (response.status >= 500) return new Failure('Something went wrong on our side. Please try again.', true);
    const detail = await problemDetail(response);
    return new Failure(detail || 'The question could not be asked (error ' + response.status + ').', false);
  }

  async function post(path, body, signal) {
    let response;
    const accept = path.endsWith('/stream') ? 'text/event-stream' : 'application/json';
    try {
      response = await fetch(opt.api + path, { method: 'POST', headers: headers(accept), body: body && JSON.stringify(body), signal, credentials: 'omit' });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Failure(navigator.onLine === false ? 'You seem to be offline. Your question is kept: retry when you are connected.'
        : 'Could not reach the news archive. Check your connection and retry.', true);
    }
    return response;
  }

  // The day asked on: the reader's local date (toISOString would give UTC's).
  const localDate = (d = new Date()) => [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

  async function conversation(signal) {
    if (state.conversation) return state.conversation;
    const r = await post('/api/v1/conversations', null, signal);
    if (!r.ok) throw await failureOf(r);
    state.conversation = (await r.json()).id;
    save();
    return state.conversation;
  }

  // Reads Server-Sent Events from a fetch body: blocks separated by a blank line, "event:" and "data:" lines.
  async function readEvents(response, onEvent, touch) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      touch();
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let name = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length) onEvent(name, JSON.parse(data.join('\n')));
      }
    }
  }

  let busy = false;

  async function ask(raw) {
    const question = (raw || '').trim();
    if (!question || busy) return;
    busy = true;
    send.disabled = true;
    if (!opt.inline && panel.hidden) openPanel();
    input.value = '';
    state.draft = '';
    save();
    log.append(el('div', { class: 'msg user' }, question));
    const bubble = el('div', { class: 'msg bot', 'aria-busy': 'true' });
    const note = el('div', { class: 'note' }, 'Searching the archive…');
    const body = el('div', { class: 'answer streaming' });
    bubble.append(note, body);
    log.append(bubble);
    scroll();

    const controller = new AbortController();
    let timer;
    const touch = () => { clearTimeout(timer); timer = setTimeout(() => controller.abort(), opt.timeout); };
    touch();
    let rewritten = null;
    try {
      let answer = null;
      for (let attempt = 0; attempt < 2 && !answer; attempt++) {
        const id = await conversation(controller.signal);
        const r = await post('/api/v1/conversations/' + encodeURIComponent(id) + '/messages/stream', { question, as_of: localDate() }, controller.signal);
        if (r.status === 404 && attempt === 0) { state.conversation = null; save(); continue; } // expired: start again
        if (!r.ok) throw await failureOf(r);
        await readEvents(r, (name, data) => {
          if (name === 'question') {
            rewritten = data.rewritten_question;
            if (rewritten) note.textContent = 'Searched: ' + rewritten;
          } else if (name === 'citations') {
            note.textContent = rewritten ? 'Searched: ' + rewritten : 'Reading ' + (data.citations || []).length + ' sentences…';
          } else if (name === 'token') {
            body.textContent += data.text;
          } else if (name === 'answer') {
            answer = data;
          } else if (name === 'error') {
            throw data.status === 503 ? new Failure('The news archive is temporarily unavailable. Please try again in a moment.', true)
              : new Failure(data.detail || 'The question could not be answered.', data.status >= 500);
          }
          scroll();
        }, touch);
        if (!answer) throw new Failure('The answer was cut off. Please retry.', true);
      }
      if (!answer) throw new Failure('The conversation could not be started. Please retry.', true);
      if (!rewritten) note.remove();
      renderAnswer(body, answer);
      body.className = '';
      state.turns.push({ question, rewritten, answer });
      save();
    } catch (e) {
      const failure = e instanceof Failure ? e : e && e.name === 'AbortError'
        ? new Failure('The archive took too long to answer. Please retry.', true)
        : new Failure('Something went wrong while answering. Please retry.', true);
      bubble.remove();
      showError(question, failure);
    } finally {
      clearTimeout(timer);
      busy = false;
      send.disabled = false;
      scroll();
    }
  }

  function showError(question, failure) {
    // The question is never lost: it goes back into the box unless the reader already typed another.
    if (!input.value.trim()) { input.value = question; state.draft = question; save(); }
    const box = el('div', { class: 'msg bot error', role: 'alert' }, el('div', null, failure.message));
    if (failure.retryable) {
      box.append(el('button', { class: 'retry', type: 'button', onclick: () => {
        box.remove(); log.lastElementChild && log.lastElementChild.classList.contains('user') && log.lastElementChild.remove();
        ask(question);
      } }, 'Retry'));
    }
    log.append(box);
  }

  function mount() {
    const target = opt.inline ? document.querySelector(opt.inline) : document.body;
    (target || document.body).append(host);
    renderAll();
    if (!opt.inline && (opt.open || state.open)) openPanel();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount); else mount();
})();
