"""Take phone (390x844) and desktop (1280x800) screenshots of built pages.

Usage: python scripts/screenshots.py SITE_DIR OUT_DIR PATH [PATH ...]
Each PATH is relative to SITE_DIR, like po/ or po/kinderen/.
"""
from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP, TELEFOON, serveer


def main(site: str, uit: str, *paden: str) -> None:
    server = serveer(Path(site))
    basis = f"http://127.0.0.1:{server.server_port}/"
    Path(uit).mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for maat, opties in {"telefoon": TELEFOON, "desktop": DESKTOP}.items():
            context = browser.new_context(**opties)
            page = context.new_page()
            for pad in paden:
                page.goto(basis + pad, wait_until="networkidle")
                naam = pad.strip("/").replace("/", "_") or "root"
                page.screenshot(path=f"{uit}/{naam}.{maat}.png", full_page=True)
            context.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(*sys.argv[1:])
