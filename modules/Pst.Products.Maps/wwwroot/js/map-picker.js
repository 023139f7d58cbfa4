// The map beside a choice of kabupaten/kota: the edition's own boundaries are the base map (no tiles from other
// hosts). Clicking an area ticks or unticks its box in the list below, which stays the choice itself; hovering shows
// its name and code; ticks made in the list colour the map. Without script, or if the boundaries cannot be loaded,
// the map stays hidden and the list works alone.
(function () {
    'use strict';

    function styleOf(box, hovered) {
        var picked = box !== undefined && box.checked;
        return {
            color: '#00305e',
            weight: hovered ? 3 : (picked ? 2 : 1),
            fillColor: picked ? '#c2185b' : '#8fb3d9',
            fillOpacity: picked ? 0.55 : 0.2
        };
    }

    // The extent of each area's largest part, so small far islands (Karimunjawa) do not shrink the first view.
    function mainland(data) {
        var bounds = L.latLngBounds([]);
        data.features.forEach(function (feature) {
            var parts = feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [feature.geometry.coordinates];
            var largest = parts.reduce(function (a, b) { return b[0].length > a[0].length ? b : a; });
            largest[0].forEach(function (p) { bounds.extend([p[1], p[0]]); });
        });
        return bounds;
    }

    document.querySelectorAll('.choice-picker[data-picker="map"]').forEach(function (picker) {
        if (typeof L === 'undefined') { return; }
        var boxes = {};
        document.querySelectorAll('input[name="' + picker.dataset.choice + '"]').forEach(function (box) { boxes[box.value] = box; });
        var status = picker.querySelector('[aria-live]');
        var canvas = picker.querySelector('.choice-picker-canvas');

        fetch(picker.dataset.source, { credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
            .then(function (data) {
                picker.hidden = false;
                var map = L.map(canvas, { attributionControl: false, zoomControl: false, zoomSnap: 0.25, minZoom: 6, maxZoom: 13 });
                picker.leafletMap = map; // for tests that click a place by its coordinates
                L.control.zoom({ zoomInTitle: picker.dataset.zoomIn, zoomOutTitle: picker.dataset.zoomOut }).addTo(map);
                var layers = {};
                var names = {};

                function describe() {
                    var picked = Object.keys(boxes).filter(function (code) { return boxes[code].checked; })
                        .map(function (code) { return names[code] || code; });
                    status.textContent = picked.length === 0 ? picker.dataset.none : picker.dataset.status.replace('{0}', picked.join(', '));
                }

                function refresh() {
                    Object.keys(layers).forEach(function (code) { layers[code].setStyle(styleOf(boxes[code], false)); });
                    describe();
                }

                var geo = L.geoJSON(data, {
                    style: function (feature) { return styleOf(boxes[feature.properties.code], false); },
                    onEachFeature: function (feature, layer) {
                        var code = feature.properties.code;
                        layers[code] = layer;
                        names[code] = feature.properties.name + ' (' + code + ')';
                        layer.bindTooltip(names[code], { sticky: true });
                        layer.on('mouseover', function () { layer.setStyle(styleOf(boxes[code], true)); });
                        layer.on('mouseout', function () { layer.setStyle(styleOf(boxes[code], false)); });
                        layer.on('click', function () {
                            var box = boxes[code];
                            if (!box || box.disabled) { return; }
                            box.checked = !box.checked;
                            box.dispatchEvent(new Event('change', { bubbles: true }));
                        });
                        layer.on('add', function () {
                            var element = layer.getElement();
                            if (element) { element.setAttribute('data-code', code); }
                        });
                    }
                }).addTo(map);
                map.fitBounds(mainland(data), { padding: [8, 8] });
                Object.keys(boxes).forEach(function (code) { boxes[code].addEventListener('change', refresh); });
                describe();
            })
            .catch(function () { picker.hidden = true; });
    });
})();
