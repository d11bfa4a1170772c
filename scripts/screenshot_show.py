"""Draw the picture of `govtext show` in docs/img/show.png with headless Chromium.

    python scripts/screenshot_show.py [FILE]

Needs Debian's `chromium` and a CJK font (`apt-get install chromium fonts-wqy-microhei`).
The picture depends on the fonts installed, so it is made by hand, not checked by the tests
(tests/test_render_browser.py checks the page itself in the same browser).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "corpus" / "002_9a05cc43a8767791.txt"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "img" / "show.png"))
    parser.add_argument("--size", default="1000,940")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium is not installed: apt-get install chromium fonts-wqy-microhei")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        subprocess.run([sys.executable, "-m", "govtext", "show", args.file, "--html", str(page)], check=True)
        subprocess.run([chromium, *FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}", f"--window-size={args.size}",
                        "--virtual-time-budget=5000", f"--screenshot={args.out}", page.as_uri()],
                       check=True, capture_output=True)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
