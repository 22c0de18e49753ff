"""Shared by the browser tests and the screenshot script: a local server and Chromium's flags."""
from __future__ import annotations

import functools
import gzip
import io
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

    def end_headers(self):
        # linkchecker only goes faster than 10 requests a second to servers that send this.
        self.send_header("LinkChecker", "allowed")
        super().end_headers()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that hangs up early (linkchecker does) is no error of the site


class _Gzip(_Stil):
    """As a static host serves: text types gzipped when the browser asks for it."""

    def send_head(self):
        pad = Path(self.translate_path(self.path))
        if pad.is_dir():
            pad = pad / "index.html"
        if not (pad.suffix in GZIP and pad.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        data = gzip.compress(pad.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(pad)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)


GZIP = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


def serveer(map_: Path, met_gzip: bool = False) -> ThreadingHTTPServer:
    """Serve ``map_`` on 127.0.0.1 at a free port, in a daemon thread (``met_gzip``: as a real host)."""
    server = _Server(("127.0.0.1", 0), functools.partial(_Gzip if met_gzip else _Stil, directory=str(map_)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
