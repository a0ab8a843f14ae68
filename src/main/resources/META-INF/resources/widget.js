/*
 * newsdesk chat widget. One tag adds it to a page:
 *   <script src="https://HOST/widget.js" data-newsdesk-key="PUBLIC_KEY" async></script>
 * Options (data- attributes): title, greeting, placeholder, accent, theme (light | dark | auto),
 * position (bottom-right | bottom-left), suggestions ("question one|question two"), inline (a CSS
 * selector to render into), height (inline, when that element has no height of its own; default 560px),
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
    theme: ['dark', 'auto'].includes(d.theme) ? d.theme : 'light',
    left: d.position === 'bottom-left',
    suggestions: (d.suggestions || '').split('|').map((s) => s.trim()).filter(Boolean),
    inline: d.inline || '',
    height: d.height && CSS.supports('height', d.height) ? d.height : '560px',
    open: d.open === 'true',
    timeout: (Number(d.timeout) > 0 ? Number(d.timeout) : 30) * 1000,
  };
  const storeKey = 'newsdesk-widget:' + opt.api + ':' + opt.key;

  // Colours are variables: light by default, dark when asked for or (auto) when the reader's system is dark.
  const DARK = '--bg:#1c1e21;--fg:#e6e8eb;--mu:#a9b1ba;--bd:#3d434a;--sf:#26292e;--us:#223249;--mk:#66570a;--er:#3d2422;--at:color-mix(in srgb,var(--a) 40%,#fff)';
  const CSS_TEXT = `
:host{all:initial;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
*{box-sizing:border-box}
.f{--bg:#fff;--fg:#1f2328;--mu:#57606a;--bd:#d0d7de;--sf:#f6f8fa;--us:#e8f0fe;--mk:#fff1a8;--er:#fff4f2;--at:var(--a);color:var(--fg)}
.dark{${DARK}}
@media (prefers-color-scheme:dark){.auto{${DARK}}}
button,textarea{font:inherit;color:inherit}
:focus-visible{outline:3px solid var(--at);outline-offset:2px}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;border:0;border-radius:50%;width:56px;height:56px;padding:14px;background:var(--a);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.3)}
.launcher svg{display:block;width:28px;height:28px}
.left .launcher{right:auto;left:20px}
.panel{position:fixed;bottom:88px;right:20px;z-index:2147483001;width:380px;max-width:calc(100vw - 40px);height:560px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:var(--bg);border:1px solid var(--bd);border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden}
.left .panel{right:auto;left:20px}
.panel[hidden]{display:none}
.inline{height:100%}
.inline .panel{position:relative;inset:auto;width:100%;max-width:none;height:100%;min-height:320px;max-height:none;box-shadow:none;z-index:auto}
.head{flex:none;display:flex;align-items:center;gap:6px;padding:10px 12px;background:var(--a);color:#fff}
.head h2{flex:1;margin:0;font-size:16px}
.head button{background:transparent;border:1px solid rgba(255,255,255,.7);color:#fff;border-radius:6px;padding:3px 8px;cursor:pointer}
.head button:focus-visible{outline-color:#fff}
.log{flex:1 1 auto;min-height:0;overflow-y:auto;overscroll-behavior:contain;padding:12px;display:flex;flex-direction:column;gap:10px}
.msg{flex:none;max-width:92%;padding:8px 11px;border-radius:10px;overflow-wrap:anywhere}
.user{align-self:flex-end;background:var(--us)}
.user,.answer{white-space:pre-wrap}
.bot{align-self:flex-start;background:var(--sf);border:1px solid var(--bd)}
.msg p{margin:0}
.answer{font-weight:700;font-size:16px;margin:0 0 4px}
.hedge{font-style:italic}
.note,.meta,.label{color:var(--mu);font-size:13px}
.meta{font-size:12px}
.label{font-weight:600;margin-top:8px}
.notice{border-left:3px solid var(--at);padding-left:8px;margin-bottom:6px;font-size:13px}
.progress{display:flex;align-items:center;gap:8px}
.spin{width:14px;height:14px;border:2px solid var(--bd);border-top-color:var(--at);border-radius:50%;animation:nd-spin .8s linear infinite}
@keyframes nd-spin{to{transform:rotate(360deg)}}
.suggest{display:flex;flex-wrap:wrap;gap:6px}
.suggest button,.retry,.chip{border:1px solid var(--at);color:var(--at);background:var(--bg);border-radius:14px;padding:4px 10px;cursor:pointer;font-size:13px}
.cites{display:inline-flex;flex-wrap:wrap;gap:4px;margin-left:6px;vertical-align:middle}
.cite{border:1px solid var(--at);background:var(--bg);color:var(--at);border-radius:4px;min-width:24px;padding:0 5px;font-size:12px;font-weight:700;cursor:pointer}
.cite[aria-expanded=true]{background:var(--at);color:var(--bg)}
.card{margin-top:8px;padding:9px 10px;background:var(--bg);border:1px solid var(--bd);border-left:4px solid var(--at);border-radius:6px;font-size:14px}
.card[hidden]{display:none}
.card q{display:block;quotes:none;margin-bottom:6px}
mark{background:var(--mk);color:inherit;padding:0 1px;border-radius:2px}
a{color:var(--at)}
.sources,.related{list-style:none;margin:4px 0 0;padding:0;display:grid;gap:6px}
.src{padding:6px 8px;background:var(--bg);border:1px solid var(--bd);border-radius:8px;font-size:13px}
.src strong{display:block;font-size:13px}
.src .n{color:var(--at);font-weight:700;margin-right:4px}
.related q{display:block;margin-top:2px}
.fb{display:flex;align-items:center;flex-wrap:wrap;gap:6px;margin-top:8px}
.fb button{display:inline-flex;border:1px solid var(--bd);background:var(--bg);color:var(--mu);border-radius:6px;padding:4px;cursor:pointer}
.fb button[aria-pressed=true]{border-color:var(--at);color:var(--at)}
.fb svg{width:18px;height:18px}
.fb .down svg{transform:rotate(180deg)}
.fb>div{width:100%}
.fb textarea{width:100%;min-height:52px}
.error{background:var(--er);border-color:#f1b5ad}
form{flex:none;display:flex;gap:6px;padding:10px;border-top:1px solid var(--bd);background:var(--bg)}
textarea{flex:1;resize:none;border:1px solid var(--mu);background:var(--bg);border-radius:8px;padding:8px;min-height:40px;max-height:120px}
.send{border:0;border-radius:8px;background:var(--a);color:#fff;padding:0 14px;font-weight:600;cursor:pointer}
.send:disabled{opacity:.5;cursor:default}
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
  // An icon (24x24 path), hidden from assistive technology: its button carries the name.
  const icon = (path) => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const p = document.createElementNS(ns, 'path');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    p.setAttribute('d', path);
    p.setAttribute('fill', 'currentColor');
    svg.append(p);
    return svg;
  };
  const CHAT = 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM6 9h12v2H6zm8 5H6v-2h8zm4-6H6V6h12z';
  const THUMB = 'M2 21h4V9H2zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.5-1.1L13.2 1 6.6 7.6C6.2 8 6 8.4 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7c.1-.3.2-.5.2-.8z';

  // ---- state, kept in sessionStorage so a reload shows what was shown ----
  const load = () => {
    try { return JSON.parse(sessionStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  };
  let state = Object.assign({ conversation: null, turns: [], open: false, draft: '' }, load());
  const save = () => { try { sessionStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* full or blocked */ } };

  // ---- layout ----
  const host = el('div', { 'data-newsdesk-widget': '' });
  // Inline, the panel fills the element it is rendered into and its log scrolls inside it.
  if (opt.inline) host.style.cssText = 'display:block;height:100%';
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style');
  style.textContent = CSS_TEXT;
  const frame = el('div', { class: 'f ' + opt.theme + (opt.inline ? ' inline' : '') + (opt.left ? ' left' : '') });
  frame.style.setProperty('--a', opt.accent);
  let uid = 0;
  const id = (p) => 'nd-' + p + '-' + (++uid);
  const titleId = id('title');
  const panelId = id('panel');
  const launcher = opt.inline ? null : el('button', {
    class: 'launcher', type: 'button', 'aria-label': opt.title, title: opt.title, 'aria-haspopup': 'dialog',
    'aria-expanded': 'false', 'aria-controls': panelId, onclick: () => (panel.hidden ? openPanel() : closePanel()),
  }, icon(CHAT));
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Conversation' });
  const input = el('textarea', { rows: '1', placeholder: opt.placeholder, 'aria-label': 'Your question', maxlength: '500' });
  const send = el('button', { class: 'send', type: 'submit' }, 'Send');
  const form = el('form', { onsubmit: (e) => { e.preventDefault(); ask(input.value); } }, input, send);
  const newButton = el('button', { type: 'button', onclick: () => reset() }, 'New conversation');
  const closeButton = opt.inline ? null : el('button', { type: 'button', 'aria-label': 'Close', onclick: () => closePanel() }, '✕');
  // Inline, the panel is a region of the page; floating, a non-modal dialog. Its title is a heading in a
  // plain div (a <header> would be a second banner landmark beside the host page's own).
  const panel = el('div', Object.assign({ id: panelId, class: 'panel' + (opt.inline ? ' is-inline' : '') }, opt.inline
    ? { role: 'region', 'aria-label': opt.title + ' (chat)' }
    : { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': titleId, hidden: true }),
  el('div', { class: 'head' }, el('h2', { id: titleId }, opt.title), newButton, closeButton), log, form);
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
  // The newest answer in view: all of it when it fits, else from its question, or its own start (the log
  // scrolls, the page never).
  const reveal = (node) => {
    const q = node.previousElementSibling;
    const top = (n) => n.getBoundingClientRect().top;
    if (node.offsetHeight > log.clientHeight) log.scrollTop += top(q && top(node) - top(q) < log.clientHeight / 3 ? q : node) - top(log) - 8;
    else scroll();
  };

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

  function formatDate(iso, short) {
    if (!iso) return '';
    const date = new Date(iso.length === 10 ? iso + 'T12:00:00Z' : iso);
    if (isNaN(date)) return iso;
    return date.toLocaleDateString('en-GB', short ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function safeUrl(url) {
    try { const u = new URL(url); return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null; } catch (e) { return null; }
  }
  const norm = (s) => (s || '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const readLink = (c) => {
    const href = safeUrl(c.url);
    return href && el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'aria-label': 'Read the article: ' + (c.title || 'untitled') }, 'Read the article');
  };

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
    const link = readLink(c);
    if (link) box.append(el('div', null, link));
    return box;
  }

  function marker(c, cards) {
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
    cards.append(box);
    return b;
  }

  // Citations grouped by article: syndicated copies (same title once normalised, or same URL) count once.
  function byArticle(citations) {
    const groups = [];
    for (const c of citations) {
      const t = norm(c.title), u = safeUrl(c.url);
      const g = groups.find((x) => (t && x.t === t) || (u && x.u === u));
      if (g) g.cs.push(c); else groups.push({ t, u, cs: [c] });
    }
    return groups.map((g) => g.cs);
  }

  const site = (c) => c.source || (safeUrl(c.url) ? new URL(c.url).hostname.replace(/^www\./, '') : '');
  const about = (c, ...more) => el('div', { class: 'meta' }, [site(c), formatDate(c.published_at, true)].filter(Boolean).join(' · '), ...more);

  // One chip per cited article: its markers' numbers, title, site and date, and the link to read it.
  function sources(citations) {
    return el('ol', { class: 'sources', 'aria-label': 'Sources' }, ...byArticle(citations).map((cs) => {
      const c = cs[0];
      const link = readLink(c);
      return el('li', { class: 'src' },
        el('strong', null, el('span', { class: 'n', 'aria-hidden': 'true' }, cs.map((x) => '[' + x.n + ']').join('')), c.title || 'Untitled article'),
        about(c, link && ' · ', link));
    }));
  }

  const HEDGES = {
    uncertain: 'The archive suggests:',
    weak: 'Weak evidence: the archive only hints at this, so check the sources:',
  };

  // Answer text with its [n] markers (LLM mode) or the short answer followed by the markers (extractive).
  function renderAnswer(bubble, a, question) {
    bubble.textContent = '';
    bubble.setAttribute('aria-busy', 'false');
    if (a.notice === 'llm_unavailable') {
      bubble.append(el('p', { class: 'notice' }, 'The fuller answer is unavailable right now; this is the archive\'s own extract.'));
    }
    if (a.status !== 'answered') {
      bubble.append(el('p', { class: 'plain' }, a.answer || 'No answer found.'));
      const related = byArticle(a.related || []);
      if (related.length) {
        bubble.append(el('div', { class: 'label' }, 'Related sentences (not an answer):'),
          el('ul', { class: 'related', 'aria-label': 'Related sentences, not an answer' }, ...related.map((cs) => {
            const c = cs[0];
            const t = norm(c.title);
            // The title once per article, and not at all when it only repeats the question.
            return el('li', { class: 'src' }, t && t !== norm(question) ? el('strong', null, c.title) : null,
              about(c),
              ...cs.filter((r) => norm(r.text) !== t).map((r) => el('q', null, r.text)));
          })));
      }
      return;
    }
    const hedge = HEDGES[a.confidence_band];
    const tip = typeof a.confidence === 'number' ? 'Confidence ' + Math.round(a.confidence * 100) + '%' : null;
    if (hedge) bubble.append(el('p', { class: 'hedge', title: tip }, hedge));
    const byN = new Map((a.citations || []).map((c) => [c.n, c]));
    const answer = el('p', { class: 'answer', title: tip });
    const cards = el('div');
    const text = a.answer || '';
    const used = new Set();
    const cites = el('span', { class: 'cites' });
    let last = 0;
    for (const m of text.matchAll(/\[(\d+)\]/g)) {
      const c = byN.get(Number(m[1]));
      if (!c) continue;
      answer.append(text.slice(last, m.index), marker(c, cards));
      used.add(c.n);
      last = m.index + m[0].length;
    }
    answer.append(text.slice(last));
    for (const c of a.citations || []) if (!used.has(c.n)) cites.append(marker(c, cards));
    if (cites.childNodes.length) answer.append(cites);
    bubble.append(answer, cards);
    if ((a.citations || []).length) bubble.append(el('div', { class: 'label' }, 'Sources'), sources(a.citations));
  }

  const renderTurn = (turn) => log.append(el('div', { class: 'msg user' }, turn.question), answerBubble(turn));

  function answerBubble(turn) {
    const bubble = el('div', { class: 'msg bot' });
    if (turn.rewritten) bubble.append(el('div', { class: 'note' }, 'Searched: ' + turn.rewritten));
    const body = el('div');
    bubble.append(body);
    renderAnswer(body, turn.answer, turn.question);
    if (turn.turn) bubble.append(feedback(turn));
    return bubble;
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

  // ---- feedback: Helpful / Wrong on each answer, an optional comment after Wrong ----
  function feedback(turn) {
    const status = el('span', { class: 'note', role: 'status' });
    const rate = (rating) => el('button', { type: 'button', class: rating === 'wrong' ? 'down' : 'up', 'aria-label': rating === 'wrong' ? 'Wrong' : 'Helpful',
      title: rating === 'wrong' ? 'Wrong' : 'Helpful', 'aria-pressed': String(turn.rating === rating), onclick: () => submit(rating) }, icon(THUMB));
    const buttons = [rate('helpful'), rate('wrong')];
    const comment = el('textarea', { maxlength: '1000', rows: '2', 'aria-label': 'What was wrong? (optional)', placeholder: 'What was wrong? (optional)' });
    const more = el('div', { hidden: true }, comment,
      el('button', { type: 'button', class: 'chip', onclick: () => submit('wrong', comment.value.trim()) }, 'Send comment'));
    const box = el('div', { class: 'fb', role: 'group', 'aria-label': 'Was this answer right?' }, ...buttons, status, more);
    if (turn.rating) status.textContent = 'Thanks for your feedback.';
    async function submit(rating, text) {
      status.textContent = 'Sending…';
      const body = { conversation_id: turn.conversation, turn: turn.turn, rating };
      if (text) body.comment = text;
      try {
        const r = await fetch(opt.api + '/api/v1/feedback', { method: 'POST', headers: headers('application/json'), body: JSON.stringify(body), credentials: 'omit' })
          .catch(() => { throw new Failure('Could not reach the news archive, so your feedback was not sent. Please try again.'); });
        if (!r.ok) throw await failureOf(r, 'feedback');
        turn.rating = rating;
        save();
        buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(['helpful', 'wrong'][i] === rating)));
        status.textContent = 'Thanks for your feedback.' + (rating === 'wrong' && !text ? ' What was wrong? (optional)' : '');
        more.hidden = rating !== 'wrong' || !!text;
        if (!more.hidden) comment.focus();
      } catch (e) {
        status.textContent = e instanceof Failure ? e.message : 'Your feedback could not be sent. Please try again.';
      }
    }
    return box;
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

  async function failureOf(response, what) {
    if (response.status === 429) {
      const secs = retryAfter(response);
      const when = secs === null ? 'in a minute' : 'in ' + secs + ' second' + (secs === 1 ? '' : 's') +
        ' (at ' + new Date(Date.now() + secs * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) + ')';
      return new Failure((what ? 'Too many requests in a short time. You can send it again ' : 'Too many questions in a short time. You can ask again ') + when + '.', true);
    }
    if (what && response.status === 404) return new Failure('This conversation has expired, so feedback can no longer be recorded for it.', false);
    if (response.status === 503 || response.status === 502 || response.status === 504) {
      return new Failure('The news archive is temporarily unavailable. Please try again in a moment.', true);
    }
    if (response.status >= 500) return new Failure('Something went wrong on our side. Please try again.', true);
    const detail = await problemDetail(response);
    return new Failure(detail || (what ? 'The feedback' : 'The question') + ' could not be sent (error ' + response.status + ').', false);
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

  // Reads Server-Sent Events from a fetch body: blocks separated by a blank line, "event:" and "data:"
  // lines; "id:" lines and comments (": heartbeat") carry nothing for us, though every byte keeps the
  // answer from timing out.
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
    const label = el('span', null, 'Searching the archive…');
    const progress = el('div', { class: 'note progress' }, el('span', { class: 'spin', 'aria-hidden': 'true' }), label);
    const note = el('div', { class: 'note' });
    const body = el('div', { class: 'answer streaming' });
    const bubble = el('div', { class: 'msg bot', 'aria-busy': 'true' }, note, progress, body);
    log.append(bubble);
    scroll();

    const controller = new AbortController();
    let timer;
    const touch = () => { clearTimeout(timer); timer = setTimeout(() => controller.abort(), opt.timeout); };
    touch();
    let rewritten = null;
    try {
      let answer = null;
      let conversationId;
      for (let attempt = 0; attempt < 2 && !answer; attempt++) {
        conversationId = await conversation(controller.signal);
        const r = await post('/api/v1/conversations/' + encodeURIComponent(conversationId) + '/messages/stream', { question, as_of: localDate() }, controller.signal);
        if (r.status === 404 && attempt === 0) { state.conversation = null; save(); continue; } // expired: start again
        if (!r.ok) throw await failureOf(r);
        await readEvents(r, (name, data) => {
          if (name === 'question') {
            rewritten = data.rewritten_question;
            if (rewritten) note.textContent = 'Searched: ' + rewritten;
          } else if (name === 'citations') {
            label.textContent = 'Reading ' + (data.citations || []).length + ' sentences…';
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
      // The turn's number in its conversation (1 first); an older server does not send it.
      const turn = { question, rewritten, answer, conversation: conversationId,
        turn: answer.turn || state.turns.filter((t) => t.conversation === conversationId).length + 1 };
      state.turns.push(turn);
      save();
      const shown = answerBubble(turn);
      bubble.replaceWith(shown);
      reveal(shown);
    } catch (e) {
      const failure = e instanceof Failure ? e : e && e.name === 'AbortError'
        ? new Failure('The archive took too long to answer. Please retry.', true)
        : new Failure('Something went wrong while answering. Please retry.', true);
      bubble.remove();
      showError(question, failure);
      scroll();
    } finally {
      clearTimeout(timer);
      busy = false;
      send.disabled = false;
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
    const target = opt.inline && document.querySelector(opt.inline);
    const before = target ? target.clientHeight : 0;
    (target || document.body).append(host);
    // An element with no height of its own (it grew with the panel) would grow with every answer: the panel
    // gets a fixed one.
    if (target && (target.clientHeight > before || before < 200)) host.style.height = opt.height;
    renderAll();
    if (!opt.inline && (opt.open || state.open)) openPanel();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount); else mount();
})();
