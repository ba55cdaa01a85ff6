(function () {
  'use strict';
  // Every text from the report is set with textContent: article text is never markup.
  var root = document.documentElement;
  var meta = JSON.parse(document.getElementById('lint-meta').textContent);
  var files = [];
  var items = [];
  var blocks = document.querySelectorAll('script.lint-data');
  for (var b = 0; b < blocks.length; b++) {
    var block = JSON.parse(blocks[b].textContent);
    for (var f = 0; f < block.files.length; f++) files[block.files[f][0]] = block.files[f][1];
    for (var i = 0; i < block.items.length; i++) items.push(block.items[i]);
  }
  function folderOf(path) { var slash = path.lastIndexOf('/'); return slash > 0 ? path.slice(0, slash) : '.'; }
  function fold(text) {
    var s = (text || '').replace(/\s+/g, ' ').trim();
    return s.length > 80 ? s.slice(0, 80) + '\u2026' : s;
  }
  for (var k = 0; k < items.length; k++) {
    var it = items[k];
    it.p = files[it.f];
    it.d = folderOf(it.p);
    it.t = it.w ? fold(it.w[2]) : '';
  }

  var PAGE = 250;
  var keys = ['rule', 'severity', 'folder', 'state', 'file', 'text'];
  var list = document.getElementById('list');
  var shown = document.getElementById('shown');
  var more = document.getElementById('more');
  var textBox = document.getElementById('filter-text');
  var filter = {};
  var matches = [];
  var rendered = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function row(it) {
    var li = el('li', 'finding');
    li.setAttribute('data-rule', it.r);
    li.setAttribute('data-severity', it.s);
    if (it.k) li.setAttribute('data-state', it.k);
    var head = el('div', 'head');
    head.appendChild(el('span', 'sev sev-' + it.s, it.s));
    var rule = meta.rules[it.r] || {};
    var id = el(rule.uri ? 'a' : 'span', 'rule', it.r);
    if (rule.uri) { id.href = rule.uri; id.title = (rule.title || '') + ': the rule\u2019s page'; }
    head.appendChild(id);
    if (rule.name) head.appendChild(el('span', 'rule-name', rule.name));
    head.appendChild(el('span', 'loc', it.p + '(' + it.l + ',' + it.c + ')'));
    if (it.k) head.appendChild(el('span', 'tag state-' + it.k, it.k));
    if (it.u !== undefined) {
      var tag = el('span', 'tag suppressed', 'suppressed');
      if (it.u) tag.title = it.u;
      head.appendChild(tag);
    }
    head.appendChild(el('span', 'msg', it.m));
    li.appendChild(head);
    if (it.w) {
      var pre = el('pre', 'frame');
      pre.appendChild(el('span', 'ln', it.w[0] + ' | '));
      pre.appendChild(document.createTextNode(it.w[1]));
      pre.appendChild(el('mark', null, it.w[2]));
      pre.appendChild(document.createTextNode(it.w[3]));
      li.appendChild(pre);
    }
    if (it.x) {
      for (var i = 0; i < it.x.length; i++) {
        var fx = it.x[i];
        var p = el('p', 'fix');
        p.appendChild(el('strong', null, fx.safe ? 'Fix (safe): ' : 'Fix (unsafe): '));
        p.appendChild(document.createTextNode(fx.d + ' '));
        for (var r = 0; r < fx.r.length; r++) {
          if (r > 0) p.appendChild(document.createTextNode('; '));
          p.appendChild(el('del', null, fx.r[r][0] === '' ? '(nothing)' : fx.r[r][0]));
          p.appendChild(document.createTextNode(' \u2192 '));
          p.appendChild(el('ins', null, fx.r[r][1] === '' ? '(nothing)' : fx.r[r][1]));
        }
        li.appendChild(p);
      }
    }
    return li;
  }

  function renderMore() {
    var end = Math.min(matches.length, rendered + PAGE);
    var fragment = document.createDocumentFragment();
    for (; rendered < end; rendered++) fragment.appendChild(row(matches[rendered]));
    list.appendChild(fragment);
    more.hidden = rendered >= matches.length;
    more.textContent = 'Show ' + Math.min(PAGE, matches.length - rendered) + ' more';
    shown.textContent = 'Showing ' + rendered.toLocaleString('en') + ' of ' + matches.length.toLocaleString('en') + ' findings' +
      (filter.file ? ' in ' + filter.file : '') +
      (matches.length < items.length ? ' (filtered from ' + items.length.toLocaleString('en') + ')' : '');
    shown.setAttribute('data-matches', matches.length);
    shown.setAttribute('data-rendered', rendered);
  }

  function apply() {
    var started = performance.now();
    var text = (filter.text || '').toLowerCase();
    matches = items.filter(function (it) {
      return (!filter.rule || it.r === filter.rule) && (!filter.severity || it.s === filter.severity) &&
        (!filter.folder || it.d === filter.folder) && (!filter.state || it.k === filter.state) &&
        (!filter.file || it.p === filter.file) &&
        (!text || it.t.toLowerCase() === text || it.m.toLowerCase().indexOf(text) >= 0 || (it.w && (it.w[1] + it.w[2] + it.w[3]).toLowerCase().indexOf(text) >= 0));
    });
    list.textContent = '';
    rendered = 0;
    renderMore();
    for (var i = 0; i < keys.length; i++) {
      var control = document.getElementById('filter-' + keys[i]);
      if (control && control.value !== (filter[keys[i]] || '')) control.value = filter[keys[i]] || '';
    }
    void list.offsetHeight; // the layout is part of what a filter costs
    root.setAttribute('data-filter-ms', Math.round(performance.now() - started));
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    filter = {};
    for (var i = 0; i < keys.length; i++) { var v = params.get(keys[i]); if (v) filter[keys[i]] = v; }
    return params;
  }

  function writeHash() {
    var params = new URLSearchParams();
    for (var i = 0; i < keys.length; i++) if (filter[keys[i]]) params.set(keys[i], filter[keys[i]]);
    var hash = params.toString();
    try { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search); } catch (e) { /* some file: pages refuse it; the filter still applies */ }
  }

  function onControl(event) {
    var name = event.target.name;
    if (keys.indexOf(name) < 0) return;
    if (event.target.value) filter[name] = event.target.value; else delete filter[name];
    writeHash();
    apply();
  }

  document.getElementById('filters').addEventListener('change', onControl);
  textBox.addEventListener('input', onControl);
  document.getElementById('filter-clear').addEventListener('click', function () { filter = {}; writeHash(); apply(); });
  more.addEventListener('click', renderMore);
  if ('IntersectionObserver' in window) {
    new IntersectionObserver(function (entries) { if (entries[0].isIntersecting && !more.hidden) renderMore(); }, { rootMargin: '600px' }).observe(more);
  }
  window.addEventListener('hashchange', function () { readHash(); apply(); document.getElementById('findings').scrollIntoView(); });

  var params = readHash();
  apply();
  root.setAttribute('data-load-ms', Math.round(performance.now()));

  // A hook for tests and measurements: #act=filter-rule:ED2002 sets a control as a reader would and lets it fire.
  var act = params.get('act');
  if (act) {
    var colon = act.indexOf(':');
    var target = document.getElementById(colon < 0 ? act : act.slice(0, colon));
    if (target && colon < 0) target.click();
    else if (target) { target.value = act.slice(colon + 1); target.dispatchEvent(new Event(target.tagName === 'INPUT' ? 'input' : 'change', { bubbles: true })); }
  }
  root.setAttribute('data-ready', 'true');
})();
