// Sambandh web UI: draws the pair chart (Chart.js) and the relation graph (Cytoscape.js).
// Data comes from JSON blocks in the page, which the server escapes; no inline scripts.
(function () {
  "use strict";
  var COLORS = ["#1f5fbf", "#2f9e6e", "#d94841", "#e08a1e", "#7a4cc2", "#1b9aaa", "#8a6d3b", "#c2417a",
                "#4d7c0f", "#5b6b8c", "#b45309", "#0e7490", "#9d174d", "#3f6212", "#6d28d9", "#475569"];

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function missing() {
    var el = document.getElementById("chart-missing");
    if (el) { el.hidden = false; }
  }

  function pairChart() {
    // Every event is a point: x its day, y its type; a hollow point was placed by its report
    // date or a period the text gives, not by a day of its own. A click opens the event page.
    var chart = data("chart-data");
    var names = data("chart-labels") || { types: {}, bases: {}, lang: "en" };
    var canvas = document.getElementById("chart");
    if (!chart || !canvas) { return; }
    if (typeof window.Chart === "undefined") { missing(); return; }
    window.Chart.defaults.font.family = "'Sambandh Sans', sans-serif";
    var day = function (iso) { return Date.parse(iso + "T00:00:00Z"); };
    var text = function (ms) { return new Date(ms).toISOString().slice(0, 10); };
    var datasets = chart.types.map(function (type, i) {
      var pts = chart.points.filter(function (p) { return p.type === type; });
      var color = COLORS[i % COLORS.length];
      return {
        label: names.types[type] || type,
        data: pts.map(function (p) { return { x: day(p.day), y: names.types[type] || type, p: p }; }),
        borderColor: color,
        backgroundColor: pts.map(function (p) { return p.basis === "date" ? color : "rgba(255,255,255,0.9)"; }),
        pointStyle: pts.map(function (p) { return p.basis === "date" ? "circle" : "rectRot"; }),
        pointRadius: 6,
        pointHoverRadius: 8,
        borderWidth: 2
      };
    });
    var xs = chart.points.map(function (p) { return day(p.day); });
    var lo = xs.length ? Math.min.apply(null, xs) : Date.now();
    var hi = xs.length ? Math.max.apply(null, xs) : Date.now();
    var pad = Math.max(15 * 86400000, (hi - lo) * 0.03);
    new window.Chart(canvas, {
      type: "scatter",
      data: { datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { type: "linear", min: lo - pad, max: hi + pad,
               ticks: { callback: function (v) { return hi - lo > 200 * 86400000 ? text(v).slice(0, 7) : text(v); },
                        maxRotation: 0, autoSkip: true, maxTicksLimit: 6 } },
          y: { type: "category", offset: true,
               labels: chart.types.map(function (t) { return names.types[t] || t; }) }
        },
        plugins: {
          tooltip: { callbacks: { label: function (ctx) {
            var p = ctx.raw.p;
            var basis = p.basis === "date" ? "" : " (" + (names.bases[p.basis] || p.basis) + ")";
            return (names.types[p.type] || p.type) + ": " + (p[names.lang] || p.day) + basis;
          } } }
        },
        onClick: function (ev, elements) {
          if (!elements.length) { return; }
          var el = elements[0];
          var p = datasets[el.datasetIndex].data[el.index].p;
          window.location.href = "/events/" + encodeURIComponent(p.event_id);
        }
      }
    });
    canvas.setAttribute("data-drawn", "true");
    canvas.setAttribute("data-points", String(chart.points.length));
  }

  function relationGraph() {
    var g = data("graph-data");
    var box = document.getElementById("graph");
    if (!g || !box) { return; }
    if (typeof window.cytoscape === "undefined") { missing(); return; }
    var elements = [];
    g.nodes.forEach(function (n) {
      elements.push({ data: { id: n.id, label: n.name || n.id, kind: n.label } });
    });
    g.edges.forEach(function (e) {
      elements.push({ data: { id: e.source + "|" + e.target, source: e.source, target: e.target, weight: e.weight } });
    });
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      layout: { name: "cose", animate: false, randomize: false },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 12, "font-family": "Sambandh Sans, sans-serif", "background-color": "#7a869a",
                                     "width": 18, "height": 18, "text-valign": "bottom", "text-margin-y": 3,
                                     "text-wrap": "wrap", "text-max-width": "110px",
                                     "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": "1px" } },
        { selector: "node[kind = 'person']", style: { "background-color": "#1f5fbf" } },
        { selector: "node[kind = 'country']", style: { "background-color": "#2f9e6e", "width": 26, "height": 26 } },
        { selector: "node[kind = 'org']", style: { "background-color": "#e08a1e" } },
        { selector: "edge", style: { "width": "mapData(weight, 1, 10, 1, 8)", "line-color": "#98a2b3", "curve-style": "bezier" } }
      ]
    });
    cy.fit(undefined, 40);  // room for the labels at the edges
    cy.on("tap", "node", function (ev) {
      window.location.href = "/entities/" + encodeURIComponent(ev.target.id());
    });
    cy.on("tap", "edge", function (ev) {
      var d = ev.target.data();
      window.location.href = "/pairs/" + encodeURIComponent(d.source) + "/" + encodeURIComponent(d.target);
    });
    box.setAttribute("data-drawn", String(cy.nodes().length));
  }

  pairChart();
  relationGraph();
})();
