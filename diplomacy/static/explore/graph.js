/* Draws the explore graph from the #graph-data JSON; a click on a node opens its page. */
(function () {
  "use strict";
  var container = document.getElementById("graph");
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var palette = ["#2f6fb3", "#c0504d", "#4f9a57", "#8a5fb4", "#d08a2b", "#2a9d9a", "#b5487f", "#6b7a8f"];
  var groups = {};
  data.nodes.forEach(function (n) {
    if (!(n.group in groups)) groups[n.group] = palette[Object.keys(groups).length % palette.length];
    n.color = { background: groups[n.group], border: "#ffffff", highlight: { background: "#111", border: "#111" } };
  });
  var network = new vis.Network(
    container,
    { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) },
    {
      nodes: {
        shape: "dot",
        scaling: { min: 10, max: 32, label: { enabled: true, min: 13, max: 20 } },
        font: { face: "system-ui, sans-serif", color: "#1d2733", strokeWidth: 3, strokeColor: "#ffffff" },
        borderWidth: 2,
      },
      edges: {
        color: { color: "#9aa8b8", highlight: "#1d2733" },
        scaling: { min: 1, max: 12 },
        smooth: false,
      },
      physics: { solver: "forceAtlas2Based", stabilization: { iterations: 300 } },
      interaction: { hover: true, tooltipDelay: 120 },
    }
  );
  network.on("click", function (params) {
    if (params.nodes.length) {
      var node = data.nodes.find(function (n) { return n.id === params.nodes[0]; });
      if (node && node.url) window.location.href = node.url;
    }
  });
  network.on("hoverNode", function () { container.style.cursor = "pointer"; });
  network.on("blurNode", function () { container.style.cursor = "default"; });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    network.fit();
    container.dataset.ready = "1";
  });
  window.exploreGraph = network;
})();
