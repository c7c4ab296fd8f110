// Draws every figure of window.EGOV_FIGURES the way VS Code's notebook renderer does (Plotly.newPlot(div, data, layout,
// config) with nothing else on the page: no geometry, no helper script), records every network request plotly.js tries,
// and checks the drawn SVG for legibility. Results go into <pre id="results"> as JSON lines (read by check-charts.sh).
// Rules (issue 20 item 6; tolerances in RULES):
//   drawn       the figure draws (newPlot resolves, an SVG is there; a map draws its countries)
//   offline     no request at all (a map fetching world_110m.json from cdn.plot.ly breaks offline)
//   overlap     no two text labels overlap, and no two on one line are closer than RULES.gap px
//   inside      no text label reaches outside the image
//   size        no text drawn smaller than RULES.minFont px (plotly shrinks bar labels that do not fit)
//   index-axis  an axis titled "(index, 0-1)" spans no more than 0-1 (log axes: in index units)
//   rank-axis   an axis titled with "rank" shows no rank 0 or below
//   marker      no data label covers another point's marker
const RULES = { gap: 2, minFont: 8, slack: 0.5, indexMin: -1e-9, indexMax: 1 + 1e-9 };
const requests = [];
(function watchNetwork() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) { requests.push(String(url)); return open.apply(this, arguments); };
  if (window.fetch) { const f = window.fetch; window.fetch = function (url) { requests.push(String(url && url.url || url)); return f.apply(this, arguments); }; }
})();

function box(element, origin) {
  const r = element.getBoundingClientRect();
  return { x0: r.left - origin.left, y0: r.top - origin.top, x1: r.right - origin.left, y1: r.bottom - origin.top, w: r.width, h: r.height };
}

function visible(element) {
  for (let e = element; e && e.nodeType === 1; e = e.parentNode) {
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden' || parseFloat(style.opacity) === 0) return false;
  }
  return true;
}

function labelsOf(div) {
  const origin = div.getBoundingClientRect();
  const labels = [];
  div.querySelectorAll('svg.main-svg text').forEach(t => {
    const text = (t.textContent || '').trim();
    if (!text || !visible(t) || t.closest('.hoverlayer') || t.closest('.modebar')) return;
    const b = box(t, origin);
    if (b.w === 0 || b.h === 0) return;
    // The drawn size: the font size times the scale plotly applies (it shrinks labels that do not fit a bar).
    const svg = t.ownerSVGElement;
    const m = t.getScreenCTM(), root = svg.getScreenCTM();
    const scale = m && root ? Math.hypot(m.a, m.b) / Math.hypot(root.a, root.b) : 1; // rotation-free (y axis titles are rotated)
    const font = parseFloat(getComputedStyle(t).fontSize) * scale;
    const kind = t.closest('.textpoint') || t.closest('.bartext') || t.classList.contains('bartext') ? 'data' : 'text';
    labels.push({ text: text.slice(0, 60), box: b, font, kind, element: t });
  });
  return labels;
}

function markersOf(div) {
  const origin = div.getBoundingClientRect();
  const markers = [];
  div.querySelectorAll('.scatterlayer .trace .points path.point').forEach(p => {
    if (!visible(p)) return;
    const b = box(p, origin);
    if (b.w > 0 && b.h > 0) markers.push({ box: b, element: p });
  });
  return markers;
}

function intersects(a, b, shrink) {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > shrink && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > shrink;
}

function sameLine(a, b) {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return overlap > 0.5 * Math.min(a.h, b.h);
}

function gapX(a, b) { return Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1); }

function axisProblems(div) {
  const problems = [];
  const full = div._fullLayout || {};
  Object.keys(full).filter(k => /^[xy]axis\d*$/.test(k)).forEach(k => {
    const axis = full[k];
    const title = (axis.title && axis.title.text || '').replace(/<[^>]+>/g, '');
    if (!axis.range || !axis.visible) return;
    let [lo, hi] = axis.range.slice().sort((a, b) => a - b);
    if (axis.type === 'log') { lo = Math.pow(10, lo); hi = Math.pow(10, hi); }
    if (/\(index, 0-1|Index value \(0-1\)/.test(title) && (lo < RULES.indexMin || hi > RULES.indexMax))
      problems.push({ rule: 'index-axis', detail: `${k} "${title}" spans ${lo.toFixed(3)} to ${hi.toFixed(3)}, beyond the index's 0-1` });
    if (/\brank\b/i.test(title) && axis.type !== 'category') {
      const ticks = Array.from(div.querySelectorAll(`.${k.replace('axis', '')}tick text`)).map(t => t.textContent.trim());
      const bad = ticks.filter(t => /^-?\d+$/.test(t) && parseInt(t, 10) <= 0);
      if (bad.length) problems.push({ rule: 'rank-axis', detail: `${k} "${title}" shows rank ${bad.join(', ')}` });
    }
  });
  return problems;
}

function legibility(div, width, height) {
  const problems = [];
  const labels = labelsOf(div);
  for (const l of labels) {
    if (l.font < RULES.minFont - 0.01) problems.push({ rule: 'size', detail: `"${l.text}" drawn at ${l.font.toFixed(1)} px` });
    const b = l.box;
    if (b.x0 < -RULES.slack || b.y0 < -RULES.slack || b.x1 > width + RULES.slack || b.y1 > height + RULES.slack)
      problems.push({ rule: 'inside', detail: `"${l.text}" at (${b.x0.toFixed(0)},${b.y0.toFixed(0)})-(${b.x1.toFixed(0)},${b.y1.toFixed(0)}) outside ${width}x${height}` });
  }
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i], b = labels[j];
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      if (intersects(a.box, b.box, RULES.slack))
        problems.push({ rule: 'overlap', detail: `"${a.text}" overlaps "${b.text}"` });
      else if (sameLine(a.box, b.box) && gapX(a.box, b.box) < RULES.gap && gapX(a.box, b.box) > -RULES.slack - 1e-9 && Math.min(a.box.y1, b.box.y1) - Math.max(a.box.y0, b.box.y0) > RULES.slack)
        problems.push({ rule: 'overlap', detail: `"${a.text}" and "${b.text}" are ${gapX(a.box, b.box).toFixed(1)} px apart on one line` });
    }
  // A data label must not cover a marker of another point (its own marker sits next to it by construction).
  const markers = markersOf(div);
  for (const l of labels.filter(l => l.kind === 'data' && l.element.closest('.textpoint'))) {
    const own = l.element.closest('.points') || l.element.closest('.text');
    const ownPoint = l.element.closest('.textpoint');
    const ownIndex = ownPoint ? Array.prototype.indexOf.call(ownPoint.parentNode.children, ownPoint) : -1;
    const ownTrace = l.element.closest('.trace');
    for (const m of markers) {
      const mTrace = m.element.closest('.trace');
      const mIndex = Array.prototype.indexOf.call(m.element.parentNode.children, m.element);
      if (mTrace === ownTrace && mIndex === ownIndex) continue;
      if (intersects(l.box, m.box, 1)) { problems.push({ rule: 'marker', detail: `"${l.text}" covers a marker` }); break; }
    }
    void own;
  }
  return problems.concat(axisProblems(div));
}

async function checkAll() {
  const out = document.getElementById('results');
  const figures = window.EGOV_FIGURES || [];
  for (const f of figures) {
    const result = { name: f.name, problems: [] };
    const before = requests.length;
    const layout = f.figure.layout || {};
    const width = layout.width || 700, height = layout.height || 450;
    const div = document.createElement('div');
    div.style.width = width + 'px'; div.style.height = height + 'px';
    document.body.appendChild(div);
    try {
      await Plotly.newPlot(div, f.figure.data, layout, f.figure.config || {});
      if (!div.querySelector('svg.main-svg')) result.problems.push({ rule: 'drawn', detail: 'no SVG drawn' });
      const maps = (f.figure.data || []).filter(t => t.type === 'choropleth');
      if (maps.length) {
        const drawnCountries = div.querySelectorAll('.choroplethlocation').length;
        result.countries = drawnCountries;
        if (drawnCountries < 150) result.problems.push({ rule: 'drawn', detail: `the map drew ${drawnCountries} countries` });
      }
      result.problems.push(...legibility(div, width, height));
    } catch (e) {
      result.problems.push({ rule: 'drawn', detail: 'Plotly.newPlot failed: ' + (e && e.message || e) + (e && e.stack ? ' at ' + e.stack.split('\n').slice(1, 3).join(' / ').slice(0, 300) : '') });
    }
    await new Promise(r => setTimeout(r, 50));
    const asked = requests.slice(before);
    if (asked.length) result.problems.push({ rule: 'offline', detail: 'requested ' + asked.join(' ') });
    result.bytes = JSON.stringify(f.figure).length;
    out.textContent += JSON.stringify(result) + '\n';
    Plotly.purge(div); div.remove();
  }
  out.textContent += 'DONE\n';
}
window.addEventListener('load', () => { checkAll().catch(e => { document.getElementById('results').textContent += 'ERROR ' + e + '\n'; }); });
