'use strict';
(() => {
  const { el, show, alertText, busy, api, describe, renderReport } = I4J;
  const $ = id => document.getElementById(id);

  function org() { const c = I4J.claims(); return c && c.org; }

  function ready() {
    const c = I4J.claims();
    if (!c) { show('signin'); return; }
    if (c.role !== 'reviewer') { I4J.setToken(null); alertText('This page is for reviewers; the token is a candidate\'s.'); show('signin'); return; }
    load();
  }

  async function load() {
    $('org-name').textContent = org();
    show('list');
    busy('Loading interviews…');
    try {
      const page = await api('GET', '/api/organisations/' + encodeURIComponent(org()) + '/interviews?limit=100');
      const rows = page.interviews.map(s => el('tr', {},
        el('td', {}, s.candidateId), el('td', {}, s.preset), el('td', {}, s.status.toLowerCase().replace('_', ' ')),
        el('td', {}, s.overallScore === null || s.overallScore === undefined ? '–' : Math.round(s.overallScore) + '/100'),
        el('td', {}, new Date(s.startedAt).toLocaleString()),
        el('td', {}, el('button', { type: 'button', class: 'secondary open-report', 'data-session': s.sessionId,
          'aria-label': 'Open the report of ' + s.candidateId + ', ' + s.preset }, 'Open report'))));
      $('interviews').replaceChildren(rows.length === 0 ? el('p', {}, 'No interviews yet.')
        : el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, el('tr', {},
          ['Candidate', 'Interview', 'Status', 'Score', 'Started', ''].map(h => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, rows))));
    } catch (e) {
      alertText(describe(e));
      if (e instanceof I4J.ApiError && e.status === 401) show('signin');
    } finally { busy(''); }
  }

  async function open(id) {
    alertText('');
    busy('Loading the report…');
    try {
      const r = await api('GET', '/api/interviews/' + encodeURIComponent(id) + '/report');
      $('report-title').textContent = 'Report: ' + r.candidateId + ' · ' + r.preset;
      $('report-body').replaceChildren(...renderReport(r).flat().filter(Boolean));
      show('report');
    } catch (e) { alertText(describe(e)); } finally { busy(''); }
  }

  async function makeTemplate(ev) {
    ev.preventDefault();
    alertText('');
    const f = ev.target;
    try {
      const t = await api('POST', '/api/templates', { name: f.name.value.trim(),
        focusAreas: f.focusAreas.value.split(',').map(s => s.trim()).filter(Boolean),
        timeLimitMinutes: f.timeLimitMinutes.value ? Number(f.timeLimitMinutes.value) : null });
      const url = new URL(t.link, location.href).href;
      $('template-link').replaceChildren('Share this link with candidates: ', el('a', { href: url }, url));
    } catch (e) { alertText(describe(e)); }
  }

  document.addEventListener('DOMContentLoaded', () => {
    I4J.signIn('reviewer', ready);
    $('interviews').addEventListener('click', ev => {
      const b = ev.target.closest('button.open-report');
      if (b) open(b.dataset.session);
    });
    $('refresh').addEventListener('click', load);
    $('back').addEventListener('click', load);
    $('signout').addEventListener('click', () => { I4J.setToken(null); show('signin'); });
    $('template-form').addEventListener('submit', makeTemplate);
    $('open-form').addEventListener('submit', ev => { ev.preventDefault(); open(ev.target.sessionId.value.trim()); });
    ready();
  });
})();
