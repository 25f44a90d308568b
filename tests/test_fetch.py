"""Links: http(s) only, checked at every redirect, local addresses refused unless allowed,
time and size limits, and plain messages. Every test talks to 127.0.0.1 only."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from plainleaf import fetch as fetch_module
from plainleaf.cli import main
from plainleaf.fetch import FetchError, fetch, fetch_text
from tests.local_site import article_page, clinic_text, local_site


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with local_site() as base:
        yield base


def _error(fn, *args, **kwargs) -> str:
    with pytest.raises(FetchError) as info:
        fn(*args, **kwargs)
    return str(info.value)


def test_local_address_is_refused_by_default(site: str) -> None:
    msg = _error(fetch, f"{site}/article.html")
    assert "private or local" in msg and "127.0.0.1" in msg


def test_cli_blocked_address_exits_2_with_a_message(site: str, capsys) -> None:
    assert main(["analyze", f"{site}/article.html", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "private or local network address" in err and "Traceback" not in err


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)",
                                 "data:text/html,<p>hi</p>", "gopher://127.0.0.1/"])
def test_only_http_and_https(url: str) -> None:
    assert "http:// or https://" in _error(fetch, url, allow_local=True)


def test_cli_file_link_is_refused(capsys) -> None:
    assert main(["analyze", "file:///etc/passwd"]) == 2
    assert "http:// or https://" in capsys.readouterr().err


def test_link_gives_the_same_report_as_the_saved_file(site: str, tmp_path: Path, capsys) -> None:
    saved = tmp_path / "article.html"
    saved.write_text(article_page(clinic_text(), "Our clinic"), encoding="utf-8")
    assert main(["analyze", str(saved), "--format", "json"]) == 0
    from_file = json.loads(capsys.readouterr().out)
    assert main(["analyze", f"{site}/article.html", "--allow-local", "--format", "json"]) == 0
    from_link = json.loads(capsys.readouterr().out)
    assert from_link == from_file
    assert from_link["source_type"]["code"] == "clinic_marketing"


def test_main_text_keeps_the_article_and_drops_the_menus(site: str) -> None:
    text = fetch_text(f"{site}/article.html", allow_local=True)
    assert "Celebrity diet secrets" not in text and "Cookie settings" not in text
    assert "window.tracker" not in text
    first = clinic_text().strip().splitlines()[0][:60]
    assert first in text


def test_redirects_are_followed(site: str) -> None:
    page = fetch(f"{site}/redirect-chain", allow_local=True)
    assert page.url.endswith("/article.html") and b"<article>" in page.body


@pytest.mark.parametrize("path,words", [
    ("/redirect-file", "http:// or https://"),
    ("/redirect-ftp", "http:// or https://"),
    ("/redirect-unspecified", "not a web site"),
    ("/loop", "redirects more than"),
])
def test_every_redirect_hop_is_checked(site: str, path: str, words: str) -> None:
    assert words in _error(fetch, f"{site}{path}", allow_local=True)


def test_a_redirect_to_a_private_address_is_refused(site: str, monkeypatch) -> None:
    # The first hop looks public (a fake DNS answer) but is served by the local site; the
    # redirect then points at 192.168.1.1, which is refused before any connection.
    port = int(site.rsplit(":", 1)[1])
    real = socket.getaddrinfo

    def fake_dns(host, *args, **kwargs):
        if host == "public.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]
        return real(host, *args, **kwargs)

    connected: list[str] = []
    real_connection = fetch_module._connection

    def to_local(scheme, host, port_, address, timeout):
        connected.append(address)
        return real_connection(scheme, host, port, "127.0.0.1", timeout)

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", fake_dns)
    monkeypatch.setattr(fetch_module, "_connection", to_local)
    msg = _error(fetch, f"http://public.test:{port}/redirect-private")
    assert "192.168.1.1" in msg and "private or local" in msg
    assert connected == ["93.184.216.34"]  # never connected to the private address


def test_http_errors_have_plain_messages(site: str) -> None:
    assert "(404 Not Found)" in _error(fetch, f"{site}/missing", allow_local=True)
    assert "(410 Gone)" in _error(fetch, f"{site}/gone", allow_local=True)
    assert "(500" in _error(fetch, f"{site}/error", allow_local=True)


def test_non_html_is_refused(site: str) -> None:
    msg = _error(fetch, f"{site}/file.pdf", allow_local=True)
    assert "not a web page" in msg and "application/pdf" in msg and "PDF" in msg
    assert "application/json" in _error(fetch, f"{site}/data.json", allow_local=True)


def test_javascript_only_page(site: str) -> None:
    assert "needs JavaScript" in _error(fetch_text, f"{site}/js.html", allow_local=True)


def test_page_in_another_language(site: str) -> None:
    assert "another language" in _error(fetch_text, f"{site}/es.html", allow_local=True)


def test_huge_page_is_refused(site: str) -> None:
    assert "too big" in _error(fetch, f"{site}/huge", allow_local=True)  # Content-Length
    assert "too big" in _error(fetch, f"{site}/huge-no-length", allow_local=True)  # streamed


def test_slow_page_is_cut_off(site: str) -> None:
    assert "too long to answer" in _error(fetch, f"{site}/slow", allow_local=True, timeout=1.5)


def test_unknown_host_and_bad_links() -> None:
    assert "could not be found" in _error(fetch, "http://no-such-host.invalid/")
    assert "no web site name" in _error(fetch, "http:///path")
    assert "not a valid web link" in _error(fetch, "http://127.0.0.1:99999/")


def test_test_only_setting_allows_local(site: str, monkeypatch) -> None:
    monkeypatch.setenv("PLAINLEAF_ALLOW_LOCAL_FETCH", "1")
    assert "Our clinic" in fetch_text(f"{site}/article.html")
    monkeypatch.setenv("PLAINLEAF_ALLOW_LOCAL_FETCH", "0")
    assert "private or local" in _error(fetch_text, f"{site}/article.html")
