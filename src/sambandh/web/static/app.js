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
    var chart = data("chart-data");
    var canvas = document.getElementById("chart");
    if (!chart || !canvas) { return; }
    if (typeof window.Chart === "undefined") { missing(); return; }
    window.Chart.defaults.font.family = "'Sambandh Sans', sans-serif";
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: chart.months,
        datasets: chart.series.map(function (s, i) {
          return { label: s.type, data: s.counts, backgroundColor: COLORS[i % COLORS.length] };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
    canvas.setAttribute("data-drawn", "true");
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
        { selector: "node", style: { "label": "data(label)", "font-size": 12, "font-family": "Sambandh Sans, sans-serif", "background-color": "#1f5fbf",
                                     "width": 18, "height": 18, "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "node[kind = 'country']", style: { "background-color": "#2f9e6e", "width": 26, "height": 26 } },
        { selector: "node[kind = 'org']", style: { "background-color": "#e08a1e" } },
        { selector: "edge", style: { "width": "mapData(weight, 1, 10, 1, 8)", "line-color": "#98a2b3", "curve-style": "bezier" } }
      ]
    });
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
