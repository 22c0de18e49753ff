"""Take phone (390x844) and desktop (1280x800) screenshots of built pages.

Usage: python scripts/screenshots.py SITE_DIR OUT_DIR PATH [PATH ...]
Each PATH is relative to SITE_DIR, like po/ or po/kinderen/. Serves SITE_DIR on
127.0.0.1 only and blocks every request to another host.
"""
from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
MATEN = {"telefoon": dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                          device_scale_factor=2),
         "desktop": dict(viewport={"width": 1280, "height": 800})}


class _Stil(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serveer(map_: Path) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Stil, directory=str(map_)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(site: str, uit: str, *paden: str) -> None:
    server = serveer(Path(site))
    basis = f"http://127.0.0.1:{server.server_port}/"
    Path(uit).mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for maat, opties in MATEN.items():
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
