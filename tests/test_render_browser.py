"""The page of `govtext show` / `govtext.render` as a browser draws it (headless Chromium).

Each seed document is rendered into one page (several renders must not disturb each other) and
loaded in Debian's `chromium`; a checking script measures what a reader sees: value labels that
touch neither each other nor the text, kinds that the legend hides and shows again, labels the
`values` box hides. A screenshot must come out. `.ci/run` installs chromium when it is missing.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from conftest import STEMS, corpus_text
from govtext.rendering import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")

# Runs after the page's own script: measures, clicks the legend, measures again, and leaves the
# findings in <body data-check="…"> for --dump-dom.
CHECK = r"""<script>
window.addEventListener('load', function () { setTimeout(function () {
  function visible(el) { return el.offsetParent !== null && getComputedStyle(el).display !== 'none'; }
  function meet(a, b) { return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1; }
  var out = {pages: []};
  document.querySelectorAll('.govtext').forEach(function (root) {
    var labels = Array.from(root.querySelectorAll('.gt-l')).filter(visible);
    var boxes = labels.map(function (l) { return l.getBoundingClientRect(); });
    var touching = 0, onText = 0, glyphs = [];
    var walker = document.createTreeWalker(root.querySelector('.gt-text'), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      var node = walker.currentNode;
      if (node.parentElement.closest('.gt-l') || !node.textContent.trim()) continue;
      var range = document.createRange(); range.selectNodeContents(node);
      Array.from(range.getClientRects()).forEach(function (r) { glyphs.push(r); });
    }
    for (var i = 0; i < boxes.length; i++) {
      for (var j = i + 1; j < boxes.length; j++) if (meet(boxes[i], boxes[j])) touching++;
      if (glyphs.some(function (g) { return meet(boxes[i], g); })) onText++;
    }
    var page = {labels: labels.length, facts: root.querySelectorAll('.f').length, touching: touching, onText: onText};
    var box = root.querySelector('.gt-t');
    if (box) {
      var kind = Array.from(box.classList).filter(function (c) { return c.indexOf('gt-t-') === 0; })[0].slice(5);
      var fact = root.querySelector('.f.k-' + kind);
      page.kind = kind;
      page.before = getComputedStyle(fact).backgroundColor;
      box.click();
      page.hidden = getComputedStyle(fact).backgroundColor;
      page.labelsHidden = Array.from(root.querySelectorAll('.gt-l.k-' + kind)).filter(visible).length;
      box.click();
      page.after = getComputedStyle(fact).backgroundColor;
      var values = root.querySelector('.gt-tl');
      values.click();
      page.labelsWithValuesOff = Array.from(root.querySelectorAll('.gt-l')).filter(visible).length;
      values.click();
    }
    out.pages.push(page);
  });
  document.body.setAttribute('data-check', JSON.stringify(out));
}, 500); });
</script>"""
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"  # a fresh profile every run
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    body = "".join(render(corpus_text(stem)) for stem in STEMS)
    path = tmp / "page.html"
    path.write_text(f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"></head><body>{body}{CHECK}</body></html>',
                    encoding="utf-8")
    run = chromium(tmp, "--virtual-time-budget=20000", "--window-size=1200,900", "--dump-dom", path.as_uri())
    found = re.search(r'data-check="([^"]*)"', run.stdout)
    assert found, f"the checking script left nothing:\n{run.stderr[-2000:]}"
    return tmp, path, json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def test_every_document_drew_its_facts_and_labels(page):
    _tmp, _path, check = page
    assert len(check["pages"]) == len(STEMS)
    for drawn in check["pages"]:
        assert drawn["facts"] > 0 and drawn["labels"] > 0


def test_labels_touch_neither_each_other_nor_the_text(page):
    _tmp, _path, check = page
    assert [(p["touching"], p["onText"]) for p in check["pages"]] == [(0, 0)] * len(STEMS)


def test_the_legend_hides_and_shows_a_kind_and_the_values(page):
    _tmp, _path, check = page
    for drawn in check["pages"]:
        assert drawn["before"] not in ("rgba(0, 0, 0, 0)", "transparent"), drawn
        assert drawn["hidden"] == "rgba(0, 0, 0, 0)" and drawn["labelsHidden"] == 0, drawn
        assert drawn["after"] == drawn["before"] and drawn["labelsWithValuesOff"] == 0, drawn


def test_a_screenshot_comes_out(page):
    tmp, path, _check = page
    shot = tmp / "shot.png"
    chromium(tmp, "--window-size=1100,900", f"--screenshot={shot}", path.as_uri())
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    assert image.size == (1100, 900)
    assert len(image.getcolors(maxcolors=1 << 20)) > 50  # text and colours were drawn, not a blank page
