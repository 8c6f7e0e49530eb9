#!/usr/bin/env python3
"""Makes reports/src/main/resources/org/dmsim/reports/chart/basemap-europe.txt from Natural Earth.

Input: countries-50m.json of the npm package world-atlas (Natural Earth 1:50m admin-0 countries as
TopoJSON). Every TopoJSON arc is decoded once: an arc that two countries share is a border (B), an arc
of one country only is a coastline (C). Arcs are clipped to the box below (a line leaving the box is
cut there, keeping the first point outside so it reaches the edge), simplified with Douglas-Peucker
and written one polyline per line: a letter, then lon lat pairs in degrees with two decimals.

Usage (see the README beside the output):
  npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
  python3 tools/basemap/make_basemap.py package/countries-50m.json \
      reports/src/main/resources/org/dmsim/reports/chart/basemap-europe.txt
"""
import json
import sys

WEST, EAST, SOUTH, NORTH = -30.0, 50.0, 30.0, 72.0
TOLERANCE_DEG = 0.04


def decode(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def uses(topo):
    count = {}

    def walk(arcs):
        for a in arcs:
            if isinstance(a, list):
                walk(a)
            else:
                i = a if a >= 0 else ~a
                count[i] = count.get(i, 0) + 1

    for g in topo["objects"]["countries"]["geometries"]:
        walk(g.get("arcs", []))
    return count


def inside(p):
    return WEST <= p[0] <= EAST and SOUTH <= p[1] <= NORTH


def clip(pts):
    pieces, cur = [], []
    for i, p in enumerate(pts):
        if inside(p):
            if not cur and i > 0:
                cur.append(pts[i - 1])
            cur.append(p)
        elif cur:
            cur.append(p)
            pieces.append(cur)
            cur = []
    if cur:
        pieces.append(cur)
    return [c for c in pieces if len(c) >= 2]


def simplify(pts, tol):
    if len(pts) < 3:
        return pts
    (x1, y1), (x2, y2) = pts[0], pts[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    far, idx = -1.0, 0
    for i in range(1, len(pts) - 1):
        px, py = pts[i]
        d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm > 0 else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
        if d > far:
            far, idx = d, i
    if far <= tol:
        return [pts[0], pts[-1]]
    return simplify(pts[: idx + 1], tol)[:-1] + simplify(pts[idx:], tol)


def main(src, dst):
    topo = json.load(open(src))
    count = uses(topo)
    lines = []
    for i, arc in enumerate(decode(topo)):
        kind = "B" if count.get(i, 0) >= 2 else "C"
        for piece in clip(arc):
            s = simplify(piece, TOLERANCE_DEG)
            text = []
            for x, y in s:
                pair = "%.2f %.2f" % (x, y)
                if not text or text[-1] != pair:
                    text.append(pair)
            if len(text) >= 2:
                lines.append(kind + " " + " ".join(text))
    with open(dst, "w") as f:
        f.write("# Natural Earth 1:50m admin-0 countries (public domain) via npm world-atlas 2.0.2;\n")
        f.write("# clipped to lon %g..%g, lat %g..%g, simplified %g deg; made by tools/basemap/make_basemap.py.\n"
                % (WEST, EAST, SOUTH, NORTH, TOLERANCE_DEG))
        f.write("# One polyline per line: C (coastline) or B (border), then lon lat pairs in degrees.\n")
        for l in lines:
            f.write(l + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
