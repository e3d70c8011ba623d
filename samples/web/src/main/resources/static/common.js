'use strict';
// Shared by the candidate and reviewer pages. Every piece of text from the service or the candidate is inserted as
// text (text nodes, textContent), never as markup.
const I4J = (() => {
  const KEY = 'interview4j.token';

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v; else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function show(id) {
    for (const s of document.querySelectorAll('main > section')) s.hidden = s.id !== id;
    const target = document.getElementById(id);
    const focus = target && target.querySelector('[tabindex="-1"]');
    if (focus) focus.focus();
  }

  function alertText(text) {
    const a = document.getElementById('alert');
    a.textContent = text || '';
    a.hidden = !text;
  }

  function busy(text) {
    document.getElementById('busy').textContent = text || '';
  }

  function token() { return sessionStorage.getItem(KEY); }
  function setToken(t) { if (t) sessionStorage.setItem(KEY, t); else sessionStorage.removeItem(KEY); }

  function claims() {
    const t = token();
    if (!t) return null;
    try {
      const part = t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(Array.from(atob(part), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('')));
    } catch (e) {
      return null;
    }
  }

  class ApiError extends Error {
    constructor(status, problem) {
      super(problem && problem.detail ? problem.detail : 'request failed with status ' + status);
      this.status = status;
      this.problem = problem || {};
    }
  }

  async function api(method, path, body, headers) {
    const h = Object.assign({ Accept: 'application/json' }, headers || {});
    if (token()) h.Authorization = 'Bearer ' + token();
    let payload;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) { h['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
    const res = await fetch(path, { method, headers: h, body: payload });
    const type = res.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await res.json() : await res.text();
    if (!res.ok) {
      if (res.status === 401) setToken(null);
      throw new ApiError(res.status, typeof data === 'object' ? data : null);
    }
    return data;
  }

  function describe(e) {
    if (e instanceof ApiError) {
      const field = e.problem.field ? ' (field: ' + e.problem.field + ')' : '';
      return (e.problem.title ? e.problem.title + ': ' : '') + e.message + field;
    }
    return 'The service could not be reached: ' + e.message;
  }

  function scoreClass(score) { return score >= 70 ? 'score good' : score >= 40 ? 'score mid' : 'score bad'; }

  function list(title, items) {
    if (!items || items.length === 0) return null;
    return [el('h3', {}, title), el('ul', {}, items.map(i => el('li', {}, typeof i === 'string' ? i : i.text || '')))];
  }

  /** Debrief items: {text, quote, label}, each with the candidate's own words quoted. */
  function quoted(title, items) {
    if (!items || items.length === 0) return null;
    return [el('h3', {}, title), el('ul', {}, items.map(i => typeof i === 'string' ? el('li', {}, i)
      : el('li', {}, i.text + (i.label ? ' (' + i.label + ')' : ''), i.quote ? el('span', { class: 'quote block' }, i.quote) : null)))];
  }

  function meter(name, percent, text) {
    const bar = el('div', { class: 'bar', role: 'progressbar', 'aria-label': name, 'aria-valuemin': 0,
      'aria-valuemax': 100, 'aria-valuenow': Math.round(percent) }, el('span'));
    bar.firstChild.style.width = Math.max(0, Math.min(100, percent)) + '%';
    return el('div', { class: 'dim' }, el('span', {}, name + ': ' + text), bar);
  }

  /** A debrief's strongest or weakest moment: {label, text, quote}, or plain text. */
  function moment(title, m) {
    if (!m) return null;
    if (typeof m === 'string') return el('p', {}, el('strong', {}, title + ': '), m);
    return el('div', { class: 'moment' }, el('p', {}, el('strong', {}, title + (m.label ? ' (' + m.label + ')' : '') + ': '), m.text || ''),
      m.quote ? el('p', { class: 'quote' }, m.quote) : null);
  }

  /** The library's JSON report, rendered: overall, debrief (when present), strengths and weaknesses, each question. */
  function renderReport(r) {
    const out = [];
    out.push(el('p', { class: 'big ' + scoreClass(r.overall.score) }, Math.round(r.overall.score) + '/100'));
    out.push(el('p', {}, [r.preset, r.mode === 'ASSESSMENT' ? 'assessment' : 'practice', r.status.toLowerCase().replace('_', ' '),
      r.overall.answered + ' answered', r.overall.skipped + ' skipped'].join(' · ')));
    if (r.readiness) out.push(el('p', {}, el('strong', {}, 'Readiness: '), r.readiness));
    if (r.recommendation) out.push(el('p', {}, el('strong', {}, 'Recommendation: '), r.recommendation));
    const d = r.debrief;
    if (d) {
      out.push(el('h2', {}, 'Debrief'));
      if (d.assessment) out.push(el('p', { class: 'debrief-assessment' }, d.assessment));
      out.push(quoted('Strengths', d.strengths));
      out.push(quoted('Areas to improve', d.areasToImprove));
      out.push(moment('Strongest moment', d.strongestMoment));
      out.push(moment('Weakest moment', d.weakestMoment));
      out.push(list('Next steps', d.nextSteps));
    } else {
      out.push(list('Strengths', r.strengths));
      out.push(list('Weaknesses', r.weaknesses));
    }
    out.push(list('Coaching priorities', r.coachingPriorities));
    if (r.dimensions && r.dimensions.length) {
      out.push(el('h2', {}, 'Dimensions'));
      for (const dim of r.dimensions) out.push(meter(dim.name, dim.percent, Math.round(dim.percent) + '/100'));
    }
    out.push(el('h2', {}, 'Questions'));
    for (const q of r.questions) {
      const parts = [el('h3', {}, q.label + (q.score === null || q.score === undefined ? '' : ' · ' + Math.round(q.score) + '/100')),
        el('p', { class: 'question-text' }, q.text)];
      if (q.answer) parts.push(el('p', { class: 'quote answer-text' }, q.answer));
      else parts.push(el('p', { class: 'hint' }, q.pending ? 'Answer waiting to be scored.' : 'Not answered.'));
      if (q.briefFeedback) parts.push(el('p', {}, q.briefFeedback));
      const f = q.feedback;
      if (f && typeof f === 'object') {
        parts.push(list('What landed', f.whatLanded));
        parts.push(list('What did not land', f.whatDidNotLand));
        if (f.coaching) parts.push(el('p', {}, el('strong', {}, 'Coaching: '), f.coaching));
        if (f.revisedAnswer) parts.push(el('h3', {}, 'A stronger answer'), el('p', { class: 'quote' }, f.revisedAnswer));
      } else {
        if (typeof f === 'string') parts.push(el('p', {}, f));
        parts.push(list('Strengths', q.strengths));
        parts.push(list('Gaps', q.weaknesses));
        parts.push(list('Suggestions', q.suggestions));
      }
      out.push(el('div', { class: 'entry' }, parts));
    }
    return out;
  }

  function signIn(role, onReady) {
    document.getElementById('dev-token-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = ev.target;
      alertText('');
      try {
        const res = await api('POST', '/api/dev/token', { account: f.account.value.trim(), role,
          organisation: f.organisation.value.trim() || null });
        setToken(res.token);
        onReady();
      } catch (e) {
        alertText(e instanceof ApiError && e.status === 404
          ? 'This service was not started with the dev profile: paste a token instead.' : describe(e));
      }
    });
    document.getElementById('token-form').addEventListener('submit', ev => {
      ev.preventDefault();
      setToken(ev.target.token.value.trim());
      onReady();
    });
  }

  return { el, show, alertText, busy, token, setToken, claims, api, describe, renderReport, scoreClass, meter, list, signIn, ApiError };
})();
