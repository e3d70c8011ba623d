'use strict';
(() => {
  const { el, show, alertText, busy, api, describe, renderReport, scoreClass, meter, list } = I4J;
  const $ = id => document.getElementById(id);
  const template = new URLSearchParams(location.search).get('template');
  let turn = null;          // the last turn from the service
  let mode = 'PRACTICE';
  let askedAt = 0;
  let deadline = null;      // when a timed interview's clock runs out (ms since epoch)
  let ticker = null;

  function ready() {
    const c = I4J.claims();
    if (!c) { show('signin'); return; }
    if (c.role !== 'candidate') { I4J.setToken(null); alertText('This page is for candidates; the token is a reviewer\'s.'); show('signin'); return; }
    const current = sessionStorage.getItem('interview4j.session');
    if (current) { resume(current); return; }
    prepareStart();
  }

  async function prepareStart() {
    show('start');
    $('preset-fields').hidden = !!template;
    if (template) {
      try {
        const t = await api('GET', '/api/templates/' + encodeURIComponent(template));
        $('template-note').textContent = 'Timed screen "' + t.name + '" for ' + t.role + ': ' + t.questionCount
          + ' questions in ' + Math.round(t.timeLimitSeconds / 60) + ' minutes. Add your resume and start.';
        $('template-note').hidden = false;
      } catch (e) { alertText(describe(e)); }
    }
    presetChanged();
  }

  function presetChanged() {
    const p = $('preset').value;
    for (const d of document.querySelectorAll('.only')) d.hidden = d.dataset.preset !== p;
  }

  async function resume(id) {
    try {
      const s = await api('GET', '/api/interviews/' + encodeURIComponent(id));
      mode = s.mode;
      if (s.completed) { results(id); return; }
      turn = await api('GET', '/api/interviews/' + encodeURIComponent(id) + '/question');
      ask(turn);
    } catch (e) {
      sessionStorage.removeItem('interview4j.session');
      prepareStart();
    }
  }

  async function start(ev) {
    ev.preventDefault();
    alertText('');
    const f = ev.target;
    const data = new FormData();
    if (!template) {
      for (const name of ['preset', 'role', 'company', 'level', 'type', 'stage', 'timeLimitMinutes', 'jobDescription', 'topics']) {
        const input = f.elements[name];
        if (input.closest('.only') && input.closest('.only').hidden) continue;
        if (input.value.trim() !== '') data.append(name, input.value.trim());
      }
    }
    if (f.resume.files.length) data.append('resume', f.resume.files[0]);
    $('start-button').disabled = true;
    busy('Preparing your first question…');
    try {
      const path = template ? '/api/templates/' + encodeURIComponent(template) + '/sessions' : '/api/interviews';
      turn = await api('POST', path, data);
      sessionStorage.setItem('interview4j.session', turn.sessionId);
      const s = await api('GET', '/api/interviews/' + encodeURIComponent(turn.sessionId));
      mode = s.mode;
      deadline = null;
      ask(turn);
    } catch (e) {
      alertText(describe(e));
    } finally {
      $('start-button').disabled = false;
      busy('');
    }
  }

  function progressLine(p) {
    let line = p.resumeQuestion ? 'Resume question ' + p.questionNumber : 'Question ' + p.questionNumber + ' of ' + p.totalQuestions;
    if (p.followUpNumber > 0) line += ' · Follow-up ' + p.followUpNumber + '/' + p.maxFollowUps;
    if (p.roundCount > 1) line += ' · ' + p.roundName;
    return line;
  }

  function ask(t) {
    if (t.completed || !t.question) { results(t.sessionId); return; }
    const p = t.progress;
    $('progress-text').textContent = progressLine(p);
    const done = Math.max(0, Math.min(1, (p.questionNumber - (p.followUpNumber > 0 ? 0.5 : 1)) / p.totalQuestions));
    $('progress-bar').setAttribute('aria-valuenow', Math.round(done * 100));
    $('progress-bar').firstChild.style.width = (done * 100) + '%';
    $('question-label').textContent = t.question.label;
    $('question-text').textContent = t.question.text;
    $('question-time').textContent = 'Suggested time: about ' + Math.max(1, Math.round(t.question.suggestedSeconds / 60)) + ' min';
    $('answer').value = '';
    if (p.timeLeftSeconds !== null && p.timeLeftSeconds !== undefined) {
      deadline = Date.now() + p.timeLeftSeconds * 1000;
      tick();
      if (!ticker) ticker = setInterval(tick, 1000);
    } else {
      stopClock();
    }
    askedAt = Date.now();
    show('interview');
  }

  function tick() {
    const c = $('countdown');
    if (deadline === null) { c.hidden = true; return; }
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    c.textContent = 'Time left ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    c.classList.toggle('low', left <= 60);
    c.hidden = false;
    // Announce the minute marks to screen readers without reading every second.
    c.setAttribute('aria-live', left % 60 === 0 ? 'polite' : 'off');
  }

  function stopClock() {
    deadline = null;
    if (ticker) { clearInterval(ticker); ticker = null; }
    $('countdown').hidden = true;
  }

  async function submitAnswer(ev) {
    if (ev) ev.preventDefault();
    const answer = $('answer').value;
    if (answer.trim() === '') { alertText('Write an answer, or skip the question.'); $('answer').focus(); return; }
    alertText('');
    const q = turn.question;
    await send('Scoring your answer…', () => api('POST', '/api/interviews/' + encodeURIComponent(turn.sessionId) + '/answers',
      { questionId: q.id, answer, timeSeconds: Math.round((Date.now() - askedAt) / 1000) },
      { 'Idempotency-Key': turn.sessionId + ':' + q.id }), true);
  }

  async function skip() {
    alertText('');
    await send('Skipping…', () => api('POST', '/api/interviews/' + encodeURIComponent(turn.sessionId) + '/skip',
      { questionId: turn.question.id }), false);
  }

  async function finish() {
    alertText('');
    setBusy(true, 'Finishing the interview…');
    try {
      await api('POST', '/api/interviews/' + encodeURIComponent(turn.sessionId) + '/finish');
      results(turn.sessionId);
    } catch (e) {
      alertText(describe(e));
    } finally { setBusy(false, ''); }
  }

  function setBusy(on, text) {
    for (const id of ['submit-answer', 'skip', 'finish']) $(id).disabled = on;
    busy(text);
  }

  async function send(text, call, answered) {
    setBusy(true, text);
    try {
      const next = await call();
      turn = next;
      if (answered && next.evaluation && mode === 'PRACTICE') feedback(next);
      else ask(next);
    } catch (e) {
      alertText(describe(e));
    } finally { setBusy(false, ''); }
  }

  function feedback(t) {
    const e = t.evaluation;
    $('feedback-score').className = scoreClass(e.score);
    $('feedback-score').textContent = Math.round(e.score) + '/100';
    const body = [];
    if (e.feedback) body.push(el('p', { class: 'feedback-note' }, e.feedback));
    for (const [name, value] of Object.entries(e.dimensions || {})) {
      const max = e.scaleMax || maxOf(e.dimensions);
      body.push(meter(name, (value / max) * 100, value + ' of ' + max));
    }
    body.push(list('What landed', e.strengths));
    body.push(list('What to work on', e.weaknesses));
    body.push(list('Try this', e.suggestions));
    if (e.levelDemonstrated) body.push(el('p', {}, el('strong', {}, 'Level shown: '), e.levelDemonstrated));
    $('feedback-body').replaceChildren(...body.flat().filter(Boolean));
    $('next').textContent = t.completed ? 'See results' : 'Next question';
    show('feedback');
  }

  function maxOf(dims) {
    const values = Object.values(dims || {});
    const top = Math.max(...values, 0);
    return top <= 1 ? 1 : top <= 5 ? 5 : top <= 10 ? 10 : 100;
  }

  async function results(id) {
    stopClock();
    busy('Loading your report…');
    try {
      const r = await api('GET', '/api/interviews/' + encodeURIComponent(id) + '/report');
      $('results-body').replaceChildren(...renderReport(r).flat().filter(Boolean));
      show('results');
    } catch (e) {
      alertText(describe(e));
    } finally { busy(''); }
  }

  document.addEventListener('DOMContentLoaded', () => {
    I4J.signIn('candidate', ready);
    $('preset').addEventListener('change', presetChanged);
    $('start-form').addEventListener('submit', start);
    $('answer-form').addEventListener('submit', submitAnswer);
    $('answer').addEventListener('keydown', ev => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) submitAnswer(ev); });
    $('skip').addEventListener('click', skip);
    $('finish').addEventListener('click', finish);
    $('next').addEventListener('click', () => ask(turn));
    $('again').addEventListener('click', () => { sessionStorage.removeItem('interview4j.session'); turn = null; prepareStart(); });
    ready();
  });
})();
