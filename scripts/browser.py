"""Shared by the browser tests and the screenshot script: a local server and Chromium's flags."""
from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright's own browser download is never used
# --host-resolver-rules stops Chromium from looking up Google's hosts even when headless.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
TELEFOON = dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=2)
DESKTOP = dict(viewport={"width": 1280, "height": 800})


class _Stil(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serveer(map_: Path) -> ThreadingHTTPServer:
    """Serve ``map_`` on 127.0.0.1 at a free port, in a daemon thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Stil, directory=str(map_)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
