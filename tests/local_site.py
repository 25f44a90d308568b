"""A small web site on 127.0.0.1 for the link tests: pages, redirects, errors, huge and
slow answers. Nothing here leaves the machine."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

ARTICLES = Path(__file__).parent / "fixtures" / "articles"

NAV = """<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/news">Latest news</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/shop">Shop our wellness range</a></li></ul></nav></header>"""
FOOTER = """<footer><p>Copyright 2026 Example Media Group. All rights reserved.</p>
<p>Privacy policy | Cookie settings | Terms of use | Sitemap</p></footer>"""
SIDEBAR = """<aside><h3>Most read</h3><ul><li><a href="/a">Ten foods for winter</a></li>
<li><a href="/b">Travel deals this week</a></li><li><a href="/c">Celebrity diet secrets</a></li>
</ul></aside>"""


def article_page(text: str, title: str = "Article", lang: str = "en") -> str:
    paragraphs = "\n".join(f"<p>{p.strip()}</p>" for p in text.split("\n") if p.strip())
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
            f"</title><script>window.tracker = 1;</script><style>p{{color:#222}}</style></head>"
            f"<body>{NAV}<main><article><h1>{title}</h1>{paragraphs}</article></main>"
            f"{SIDEBAR}{FOOTER}</body></html>")


JS_PAGE = ('<!doctype html><html lang="en"><head><title>App</title></head><body>'
           '<noscript>You need to enable JavaScript to run this app.</noscript>'
           '<div id="root"></div><script src="/static/js/main.js"></script></body></html>')
SPANISH = article_page(
    "La terapia celular es un tratamiento nuevo para el cáncer. Los médicos dicen que "
    "funciona en algunos pacientes, pero no en todos. Hable con su equipo médico antes de "
    "decidir. Los estudios todavía son pequeños y hacen falta más datos.", "Terapia", "es")


def clinic_text() -> str:
    return (ARTICLES / "11_clinic_testimonials.txt").read_text(encoding="utf-8")


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}

    def log_message(self, *args: object) -> None:  # keep test output clean
        return

    def do_GET(self) -> None:
        path = self.path
        if path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(60):  # a byte every half second: a drip that never ends
                    self.wfile.write(b"<p>")
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:
                pass
            return
        if path == "/huge-no-length":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(200):  # 12.8 MB if nobody stops reading
                    self.wfile.write(b"<p>" + b"word " * 12_800 + b"</p>")
            except OSError:
                pass
            return
        status, headers, body = self.routes.get(path, (404, {"Content-Type": "text/html"},
                                                       b"<h1>Not found</h1>"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client stopped reading: the size limit
            self.wfile.write(body)


def _routes(base: str) -> dict[str, tuple[int, dict[str, str], bytes]]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    page = article_page(clinic_text(), "Our clinic").encode("utf-8")
    return {
        "/article.html": (200, html, page),
        "/redirect": (302, {"Location": "/article.html"}, b""),
        "/redirect-chain": (301, {"Location": f"{base}/redirect"}, b""),
        "/redirect-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/redirect-ftp": (302, {"Location": "ftp://127.0.0.1/x"}, b""),
        "/redirect-unspecified": (302, {"Location": "http://0.0.0.0/"}, b""),
        "/redirect-private": (302, {"Location": "http://192.168.1.1/admin"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/js.html": (200, html, JS_PAGE.encode()),
        "/es.html": (200, html, SPANISH.encode("utf-8")),
        "/file.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 ..."),
        "/data.json": (200, {"Content-Type": "application/json"}, b"{}"),
        "/gone": (410, html, b"<h1>Gone</h1>"),
        "/error": (500, html, b"<h1>Server error</h1>"),
        "/huge": (200, html, b"<p>" + b"word " * 1_300_000 + b"</p>"),
    }


@contextmanager
def local_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _Handler.routes = _routes(base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
