// actorgraph explorer: search, expand and filter the actors' network, read the evidence.
// Every text from the graph goes into the page with textContent (never parsed as HTML), and links
// only to relative paths or http(s) IRIs.
'use strict';
(function () {
  /** The most nodes the canvas holds; expansions beyond it are refused (and say so). */
  const MAX_NODES = 300;
  const $ = (id) => document.getElementById(id);
  const state = { expanded: [], vocabulary: null, pending: 0 };

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function safeHref(href) {
    if (typeof href !== 'string') return null;
    if (href.startsWith('/') && !href.startsWith('//')) return href;
    return /^https?:\/\//i.test(href) ? href : null;
  }

  function link(text, href) {
    const h = safeHref(href);
    if (!h) return el('span', text);
    const a = el('a', text);
    a.href = h;
    return a;
  }

  function api(name, params) {
    state.pending++;
    const query = new URLSearchParams();
    Object.entries(params || {}).forEach(([k, v]) => {
      if (v !== undefined && v !== null && v !== '') query.set(k, v);
    });
    return fetch('api/' + name + '?' + query.toString(), { headers: { Accept: 'application/json' } })
      .then((r) => r.json().then((body) => {
        if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
        return body;
      }))
      .finally(() => { state.pending--; });
  }

  function status(text, isError) {
    const li = el('li', text, isError ? 'error' : null);
    $('status').prepend(li);
    while ($('status').children.length > 12) $('status').lastChild.remove();
  }

  const KIND_COLOURS = {
    interaction: '#d9480f', position: '#1c7ed6', membership: '#2b8a3e', partOf: '#7048e8',
    location: '#868e96', agreement: '#e67700', contest: '#c2255c'
  };
  const TYPE_STYLES = {
    Person: ['ellipse', '#4dabf7'], Country: ['round-rectangle', '#69db7c'],
    Organisation: ['diamond', '#ffa94d'], Place: ['triangle', '#ced4da']
  };

  const cy = cytoscape({
    container: $('graph'),
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'background-color': (n) => (TYPE_STYLES[n.data('type')] || ['ellipse', '#adb5bd'])[1],
        shape: (n) => (TYPE_STYLES[n.data('type')] || ['ellipse'])[0],
        width: 22, height: 22, 'border-width': 1, 'border-color': '#495057',
        'text-wrap': 'ellipsis', 'text-max-width': 140 } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#212529' } },
      { selector: 'edge', style: {
        width: (e) => Math.min(1.5 + e.data('weight'), 8),
        'line-color': (e) => KIND_COLOURS[e.data('kind')] || '#999',
        'target-arrow-color': (e) => KIND_COLOURS[e.data('kind')] || '#999',
        'target-arrow-shape': (e) => (e.data('kind') === 'agreement' || e.data('kind') === 'contest') ? 'none' : 'triangle',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#495057',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: ':selected', style: { 'overlay-color': '#fab005', 'overlay-opacity': 0.3 } }
    ]
  });
  window.cy = cy; // for tests and the browser console

  /** The filter parameters of the form; throws when it lets nothing through. */
  function filters() {
    const p = {};
    const cameo = [...document.querySelectorAll('#cameo input')];
    const codes = cameo.filter((c) => c.checked).map((c) => c.value);
    // no CAMEO category ticked: no interaction at all
    const kinds = [...document.querySelectorAll('#kinds input')]
      .filter((c) => c.checked && (codes.length > 0 || c.value !== 'interaction')).map((c) => c.value);
    if (kinds.length === 0) throw new Error('tick at least one relation kind (and a CAMEO category for interactions)');
    if (kinds.length < document.querySelectorAll('#kinds input').length) p.kinds = kinds.join(',');
    if (codes.length > 0 && codes.length < cameo.length) p.cameo = codes.join(',');
    if (Number($('min-confidence').value) > 0) p.minConfidence = $('min-confidence').value;
    if ($('from').value) p.from = $('from').value;
    if ($('to').value) p.to = $('to').value;
    return p;
  }

  function edgeLabel(e) {
    const kind = e.kind === 'interaction' && e.cameo ? e.cameo + ' ' + (e.cameoLabel || '') : e.kindLabel;
    return e.weight > 1 ? kind + ' ×' + e.weight : kind;
  }

  function addNode(n, position) {
    if (cy.getElementById(n.iri).nonempty()) return false;
    cy.add({ group: 'nodes', data: { id: n.iri, label: n.label, type: n.type, link: n.link, articles: n.articles },
      position: position || { x: 0, y: 0 } });
    return true;
  }

  /** Where the i-th of k new neighbours starts: on a circle around the expanded node. */
  function around(centre, i, k) {
    const angle = (2 * Math.PI * i) / Math.max(k, 1);
    const radius = 140 + 6 * k;
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  }

  function expand(iri) {
    if (state.expanded.includes(iri) && cy.getElementById(iri).nonempty()) return Promise.resolve();
    const room = MAX_NODES - cy.nodes().length;
    if (room <= 0) {
      status('The canvas holds at most ' + MAX_NODES + ' nodes: start a new search or remove nodes first.', true);
      return Promise.resolve();
    }
    const asked = Math.max(1, Math.min(Number($('limit').value) || state.vocabulary.defaultLimit, state.vocabulary.maxLimit, room));
    return Promise.resolve().then(() => api('neighbours', Object.assign({ actor: iri, limit: asked }, filters()))).then((r) => {
      cy.batch(() => {
        addNode(r.actor);
        const centre = cy.getElementById(r.actor.iri);
        centre.addClass('expanded');
        const at = Object.assign({}, centre.position());
        const fresh = r.nodes.filter((n) => cy.getElementById(n.iri).empty());
        fresh.forEach((n, i) => addNode(n, around(at, i, fresh.length)));
        r.edges.forEach((e) => {
          if (cy.getElementById(e.id).empty()) {
            cy.add({ group: 'edges', data: {
              id: e.id, source: e.source, target: e.target, kind: e.kind, kindLabel: e.kindLabel,
              cameo: e.cameo, cameoLabel: e.cameoLabel, weight: e.weight, confidence: e.confidence,
              label: edgeLabel(e) } });
          }
        });
      });
      if (!state.expanded.includes(r.actor.iri)) state.expanded.push(r.actor.iri);
      const cut = r.neighbours > r.shown ? ' (cap ' + r.limit + ' per expansion: ' + (r.neighbours - r.shown) + ' left out)' : '';
      const read = r.factsCapped ? '; only the first ' + r.factsRead + ' facts of this actor were read' : '';
      status(r.actor.label + ': ' + r.shown + ' of ' + r.neighbours + ' neighbours, ' + r.facts + ' facts' + cut + read);
      layout();
    }).catch((err) => status('Could not expand: ' + err.message, true));
  }

  function layout() {
    cy.layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 40,
      nodeRepulsion: () => 400000, nodeOverlap: 20, idealEdgeLength: () => 120, gravity: 40,
      componentSpacing: 80, numIter: 1000 }).run();
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
  }

  function start(iri) {
    cy.elements().remove();
    state.expanded = [];
    return expand(iri).then(() => showNode(iri));
  }

  function rebuild() {
    const roots = state.expanded.slice();
    cy.elements().remove();
    state.expanded = [];
    return roots.reduce((p, iri) => p.then(() => expand(iri)), Promise.resolve());
  }

  function heading(title) {
    const box = $('evidence');
    box.replaceChildren();
    box.append(el('h2', title));
    return box;
  }

  function describeActor(box, a) {
    const p = el('p', null, 'meta');
    p.append(el('span', (a.type || 'Entity') + ', in ' + a.articles + ' article(s). '));
    p.append(link('Linked-data page', a.link));
    if (a.wikidata) {
      p.append(el('span', ' · '));
      p.append(link('Wikidata ' + a.wikidata, 'https://www.wikidata.org/wiki/' + encodeURIComponent(a.wikidata)));
    }
    box.append(p);
  }

  function renderFacts(box, r) {
    if (r.facts.length === 0) box.append(el('p', 'No facts pass the filters.', 'hint'));
    r.facts.forEach((f) => {
      const div = el('div', null, 'fact');
      const what = f.kind === 'interaction' && f.cameo ? f.kindLabel + ' ' + f.cameo + ' ' + (f.cameoLabel || '') : f.kindLabel;
      div.append(el('div', f.source.label + ' → ' + what + ' → ' + f.target.label, 'head'));
      const meta = el('div', null, 'meta');
      const bits = [];
      if (f.role) bits.push('role: ' + f.role);
      if (f.trigger) bits.push('trigger: ' + f.trigger);
      if (f.name) bits.push(f.name);
      if (f.confidence !== null && f.confidence !== undefined) bits.push('confidence ' + Number(f.confidence).toFixed(2));
      if (f.date) bits.push('date ' + f.date);
      meta.append(el('span', bits.join(' · ') + ' · '));
      meta.append(link('fact', f.link));
      div.append(meta);
      f.sentences.forEach((s) => {
        div.append(el('blockquote', s.text, 'sentence'));
        const src = el('div', null, 'source');
        src.append(link(s.headline || s.articleId || 'article', s.articleLink));
        if (s.published) src.append(el('span', ' (' + s.published + ')'));
        src.append(el('span', ' · '));
        src.append(link('mention', s.mentionLink));
        div.append(src);
      });
      box.append(div);
    });
    if (r.total > r.shown) box.append(el('p', 'Showing the ' + r.shown + ' most confident of ' + r.total + ' facts.', 'hint'));
  }

  // The panel shows the answer to the latest click only, whatever order the answers come in.
  let panelRequest = 0;

  function showNode(iri) {
    const mine = ++panelRequest;
    return Promise.resolve().then(() => api('evidence', Object.assign({ actor: iri }, filters()))).then((r) => {
      if (mine !== panelRequest) return;
      const box = heading(r.actor.label);
      describeActor(box, r.actor);
      renderFacts(box, r);
    }).catch((err) => status('Could not read the facts: ' + err.message, true));
  }

  function showEdge(edge) {
    const d = edge.data();
    const params = { actor: d.source, other: d.target, kind: d.kind };
    if (d.cameo) params.cameoRoot = d.cameo;
    const mine = ++panelRequest;
    return Promise.resolve().then(() => api('evidence', Object.assign(params, filters()))).then((r) => {
      if (mine !== panelRequest) return;
      const box = heading(r.actor.label + ' – ' + (r.other ? r.other.label : ''));
      renderFacts(box, r);
    }).catch((err) => status('Could not read the evidence: ' + err.message, true));
  }

  cy.on('tap', 'node', (evt) => {
    const iri = evt.target.id();
    showNode(iri);
    expand(iri);
  });
  cy.on('tap', 'edge', (evt) => showEdge(evt.target));

  $('search-form').addEventListener('submit', (evt) => {
    evt.preventDefault();
    const q = $('search').value;
    api('search', { q: q }).then((r) => {
      const list = $('results');
      list.replaceChildren();
      if (r.results.length === 0) list.append(el('li', 'Nothing found for “' + q + '”.', 'hint'));
      r.results.forEach((hit) => {
        const b = el('button', hit.label);
        b.type = 'button';
        b.append(el('span', (hit.type || '') + ', ' + hit.articles + ' art.', 'type'));
        b.addEventListener('click', () => start(hit.iri));
        const li = el('li');
        li.append(b);
        list.append(li);
      });
    }).catch((err) => status('Search failed: ' + err.message, true));
  });

  $('min-confidence').addEventListener('input', () => { $('min-confidence-value').textContent = $('min-confidence').value; });
  $('apply').addEventListener('click', () => rebuild());

  function checkbox(parent, value, text) {
    const label = el('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = value;
    box.checked = true;
    label.append(box, document.createTextNode(' ' + text));
    parent.append(label);
  }

  api('vocabulary').then((v) => {
    state.vocabulary = v;
    v.kinds.forEach((k) => checkbox($('kinds'), k.id, k.label));
    v.cameo.forEach((c) => checkbox($('cameo'), c.code, c.code + ' ' + c.label));
    $('limit').value = v.defaultLimit;
    $('limit').max = v.maxLimit;
    $('cap-note').textContent = 'To stay responsive, each expansion adds at most the ' + v.defaultLimit
      + ' neighbours with the most facts (up to ' + v.maxLimit + ' if you ask), and the canvas holds at most '
      + MAX_NODES + ' nodes; an expansion reads at most ' + v.maxFacts + ' facts of the actor, and a panel lists at most '
      + v.maxEvidenceFacts + ' facts.';
    document.body.dataset.ready = 'true';
  }).catch((err) => status('Could not load the vocabulary: ' + err.message, true));

  window.explore = { start, expand, showNode, showEdge, rebuild, state };
})();
