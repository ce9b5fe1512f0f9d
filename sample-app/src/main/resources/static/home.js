// Draws each database's revision graph from /actuator/migrations as SVG: one row per revision,
// newest first, in lanes as `history --graph` draws them, each revision a dot coloured by its state.
(function () {
    "use strict";

    var SVG = "http://www.w3.org/2000/svg";
    var ROW = 34, LANE = 22, LEFT = 16, TOP = 20, RADIUS = 8;
    var COLOURS = { applied: "#2e7d32", pending: "#f9a825", failed: "#c62828", running: "#1565c0" };

    function element(name, attributes, parent) {
        var node = document.createElementNS(SVG, name);
        Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
        if (parent) { parent.appendChild(node); }
        return node;
    }

    // Assigns each revision a row (its place in the newest-first history) and a lane: the leftmost
    // lane waiting for it, or a new one; its first parent then waits in its lane, further parents in new ones.
    function layout(history) {
        var lanes = [], places = {}, width = 1;
        history.forEach(function (revision, row) {
            var lane = lanes.indexOf(revision.revision);
            if (lane < 0) {
                lane = lanes.indexOf(null);
                if (lane < 0) { lane = lanes.length; lanes.push(null); }
            }
            lanes = lanes.map(function (waiting) { return waiting === revision.revision ? null : waiting; });
            places[revision.revision] = { row: row, lane: lane };
            (revision.downRevisions || []).forEach(function (parent, index) {
                if (index === 0) { lanes[lane] = parent; return; }
                if (lanes.indexOf(parent) >= 0) { return; }
                var free = lanes.indexOf(null);
                if (free < 0) { lanes.push(parent); } else { lanes[free] = parent; }
            });
            width = Math.max(width, lanes.length);
        });
        return { places: places, lanes: width };
    }

    function x(lane) { return LEFT + lane * LANE; }
    function y(row) { return TOP + row * ROW; }

    function draw(history) {
        var plan = layout(history);
        var textX = x(plan.lanes) + 8;
        var svg = element("svg", { "class": "revisions", width: textX + 560, height: y(history.length) - ROW / 2,
            role: "img", "aria-label": "revision graph" });
        history.forEach(function (revision) {
            var from = plan.places[revision.revision];
            (revision.downRevisions || []).forEach(function (parent) {
                var to = plan.places[parent];
                if (!to) { return; }
                // A merge's further parent branches out at once; a lane joins its parent's just above it.
                var bend = to.lane > from.lane
                    ? " L" + x(to.lane) + " " + (y(from.row) + ROW / 2)
                    : " L" + x(from.lane) + " " + Math.max(y(to.row) - ROW / 2, y(from.row));
                element("path", { d: "M" + x(from.lane) + " " + y(from.row) + bend + " L" + x(to.lane) + " " + y(to.row) }, svg);
            });
        });
        history.forEach(function (revision) {
            var place = plan.places[revision.revision];
            var colour = COLOURS[revision.state] || "#757575";
            var dot = element("circle", { "class": "node " + revision.state, cx: x(place.lane), cy: y(place.row), r: RADIUS,
                fill: colour, stroke: "#424242", "stroke-width": 1, "data-revision": revision.revision,
                "data-state": revision.state }, svg);
            element("title", {}, dot).textContent = revision.revision + " (" + revision.state + ")";
            var label = element("text", { x: textX, y: y(place.row) + 4 }, svg);
            element("tspan", { "class": "id" }, label).textContent = revision.revision;
            var labels = (revision.branchLabels || []).length ? " (" + revision.branchLabels.join(", ") + ")" : "";
            element("tspan", {}, label).textContent = labels + "  " + (revision.message || "") + "  [" + revision.state + "]";
        });
        return svg;
    }

    function show(name, database, container) {
        var section = document.createElement("section");
        section.className = "database";
        section.setAttribute("data-instance", name);
        var title = document.createElement("h3");
        title.textContent = name + " — " + (database.database || "");
        section.appendChild(title);
        var status = document.createElement("p");
        if (database.error) {
            status.className = "error";
            status.textContent = database.error;
            section.appendChild(status);
            container.appendChild(section);
            return;
        }
        status.className = "status";
        status.textContent = "At " + (database.current.length ? database.current.join(", ") : "no revision (an empty database)")
                + (database.upToDate ? "; up to date with its target, " + database.target + "."
                    : "; pending: " + database.pending.join(", ") + ".");
        section.appendChild(status);
        section.appendChild(draw(database.history || []));
        if (database.mermaid) {
            var details = document.createElement("details");
            var summary = document.createElement("summary");
            summary.textContent = "The same graph as Mermaid text";
            var pre = document.createElement("pre");
            pre.textContent = database.mermaid;
            details.appendChild(summary);
            details.appendChild(pre);
            section.appendChild(details);
        }
        container.appendChild(section);
    }

    var container = document.getElementById("databases");
    fetch("actuator/migrations", { headers: { Accept: "application/json" } })
        .then(function (response) {
            if (!response.ok) { throw new Error("/actuator/migrations answered " + response.status); }
            return response.json();
        })
        .then(function (body) {
            container.textContent = "";
            Object.keys(body.databases).forEach(function (name) { show(name, body.databases[name], container); });
            document.body.setAttribute("data-graph", "drawn");
        })
        .catch(function (failure) {
            container.innerHTML = "";
            var message = document.createElement("p");
            message.className = "error";
            message.textContent = "The graph cannot be drawn: " + failure.message;
            container.appendChild(message);
            document.body.setAttribute("data-graph", "failed");
        });
}());
