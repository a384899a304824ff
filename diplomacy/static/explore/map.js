/* Draws country shapes (world-atlas, offline) and one circle per resolved event place. */
(function () {
  "use strict";
  var el = document.getElementById("map");
  var points = JSON.parse(document.getElementById("map-points").textContent);
  var map = L.map(el, {
    minZoom: 1, maxZoom: 9, zoomSnap: 0.25,
    maxBounds: [[-75, -200], [85, 200]], maxBoundsViscosity: 0.8,
  });
  map.attributionControl.setPrefix(false).addAttribution("Shapes: Natural Earth · Places: GeoNames");
  map.setView([30, 20], 2);

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  var markers = L.featureGroup();
  var max = points.reduce(function (m, p) { return Math.max(m, p.n); }, 1);
  points.forEach(function (p) {
    var radius = 5 + 13 * Math.sqrt(p.n / max);
    var dates = p.first === p.last ? p.first : p.first + " – " + p.last;
    var href = el.dataset.search + "?q=" + encodeURIComponent(p.name);
    L.circleMarker([p.lat, p.lon], {
      radius: radius, color: "#8c2d19", weight: 1.5, fillColor: "#e4572e", fillOpacity: 0.7,
    })
      .bindTooltip(esc(p.name) + " · " + p.n, { direction: "top" })
      .bindPopup(
        "<strong>" + esc(p.name) + "</strong>" + (p.country_name ? ", " + esc(p.country_name) : "") +
        "<br>" + p.n + (p.n === 1 ? " event" : " events") + (dates ? "<br>" + esc(dates) : "") +
        '<br><a href="' + esc(href) + '">Events here</a>'
      )
      .addTo(markers);
  });

  fetch(el.dataset.countries)
    .then(function (r) { return r.json(); })
    .then(function (world) {
      L.geoJSON(topojson.feature(world, world.objects.countries), {
        style: { color: "#a9b4a0", weight: 0.6, fillColor: "#f3f1e7", fillOpacity: 1 },
        interactive: false,
      }).addTo(map);
      markers.addTo(map).bringToFront();
      if (points.length) map.fitBounds(markers.getBounds().pad(0.25), { maxZoom: 6, padding: [30, 30] });
      el.dataset.ready = "1";
    });
})();
