"""Download one web page the user asked for: the only network use in plainleaf.

Rules, checked at every hop (the first request and each redirect):
- http and https only (no file://, ftp://, data: or javascript:);
- the host must resolve to public addresses only: private, loopback, link-local,
  multicast and reserved addresses are refused unless ``allow_local`` is set (the
  ``--allow-local`` flag, or the test-only ``PLAINLEAF_ALLOW_LOCAL_FETCH=1``). We connect to
  the very address we checked, so a second DNS answer cannot swap in another one;
- one time limit for the whole download and a size limit on the body;
- HTML (or XHTML) only; anything else gets a plain message.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from plainleaf.analyzer.extract import InputError, check_text, main_text, page_language
from plainleaf.fetch_rules import ALLOW_LOCAL_ENV, is_link, local_allowed

__all__ = ["ALLOW_LOCAL_ENV", "FetchError", "Page", "fetch", "fetch_text", "is_link",
           "local_allowed", "page_text"]

FETCH_TIMEOUT = 20.0  # seconds for the whole download, redirects included
FETCH_MAX_BYTES = 5_000_000  # far above any article page
MAX_REDIRECTS = 5
USER_AGENT = "plainleaf/0.1 (plain-language article checker; one page at a user's request)"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
# A page that needs JavaScript shows this little text, or says so in <noscript>.
MIN_PAGE_WORDS = 40


class FetchError(InputError):
    """A link we cannot or will not download. ``str(err)`` is a plain message."""


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    content_type: str
    body: bytes
    charset: str | None


def fetch(
    url: str,
    *,
    allow_local: bool = False,
    timeout: float = FETCH_TIMEOUT,
    max_bytes: int = FETCH_MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Page:
    deadline = time.monotonic() + timeout
    current = url.strip()
    for _hop in range(max_redirects + 1):
        parts = _check_url(current)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = _vetted_address(host, port, allow_local, deadline)
        conn = _connection(parts.scheme, host, port, address, _remaining(deadline))
        try:
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            conn.request("GET", path, headers={
                "Host": parts.netloc.rsplit("@", 1)[-1],
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                "Accept-Language": "en",
                "Accept-Encoding": "identity",  # no compression: the size limit stays honest
                "Connection": "close",
            })
            response = conn.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError("The web site sent a redirect without an address.")
                current = urljoin(current, location.strip())
                continue
            if response.status >= 400:
                raise FetchError(f"The web site answered with an error ({response.status} "
                                 f"{response.reason}). Check the link, or copy the text from "
                                 "your browser and paste it.")
            if response.status != 200:
                raise FetchError(f"The web site gave an unexpected answer ({response.status}).")
            content_type, charset = _content_type(response.getheader("Content-Type", ""))
            if content_type not in HTML_TYPES:
                shown = content_type or "unknown"
                hint = (" Download the PDF and check the file instead." if
                        content_type == "application/pdf" else "")
                raise FetchError(f"This link is not a web page (its type is {shown}).{hint}")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_big(max_bytes)
            body = _read_body(response, conn, max_bytes, deadline)
            return Page(url=current, content_type=content_type, body=body, charset=charset)
        except TimeoutError as exc:
            raise _too_slow() from exc
        except ssl.SSLError as exc:
            raise FetchError("The web site's secure connection could not be checked "
                             "(certificate problem).") from exc
        except ConnectionRefusedError as exc:
            raise FetchError("The web site refused the connection. Check the link.") from exc
        except (http.client.HTTPException, OSError) as exc:
            raise FetchError("The web site closed the connection or sent a broken answer.") \
                from exc
        finally:
            conn.close()
    raise FetchError(f"The link redirects more than {max_redirects} times; it cannot be followed.")


def page_text(page: Page) -> str:
    """The main text of a downloaded page, checked, or a plain reason why not."""
    markup = _decode(page.body, page.charset)
    lang = page_language(markup)
    if lang and lang != "en":
        raise FetchError(f"This page is in another language (it says '{lang}'). This checker "
                         "reads English only.")
    try:
        text = main_text(markup)
    except InputError:
        text = ""
    if _needs_javascript(markup, text):
        raise FetchError("This page needs JavaScript to show its text, and plainleaf does not "
                         "run scripts from the web. Open it in your browser, copy the text and "
                         "paste it.")
    return check_text(text)


def fetch_text(url: str, *, allow_local: bool = False, timeout: float = FETCH_TIMEOUT) -> str:
    return page_text(fetch(url, allow_local=local_allowed(allow_local), timeout=timeout))


# --- the rules --------------------------------------------------------------------------


def _check_url(url: str):  # -> SplitResult
    if len(url) > 4000:
        raise FetchError("This link is too long.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise FetchError("This is not a valid web link.") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("Only web links that start with http:// or https:// can be checked "
                         f"(this one starts with {parts.scheme or 'nothing'}:).")
    if not parts.hostname:
        raise FetchError("This link has no web site name in it.")
    return parts


def _vetted_address(host: str, port: int, allow_local: bool, deadline: float) -> str:
    if _remaining(deadline) <= 0:
        raise _too_slow()
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(f"The web site {host} could not be found. Check the link.") from exc
    addresses = []
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if not allow_local and not ip.is_global:
            raise FetchError(f"This link points to a private or local network address ({ip}). "
                             "plainleaf only downloads public web pages.")
        if ip.is_multicast or ip.is_unspecified:
            raise FetchError(f"This link points to an address that is not a web site ({ip}).")
        addresses.append(str(ip))
    if not addresses:
        raise FetchError(f"The web site {host} could not be found. Check the link.")
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the address we checked, whatever DNS says a second time."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _connection(scheme: str, host: str, port: int, address: str,
                timeout: float) -> http.client.HTTPConnection:
    cls = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    return cls(host, port, address, max(0.1, timeout))


def _read_body(response: http.client.HTTPResponse, conn: http.client.HTTPConnection,
               max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        left = _remaining(deadline)
        if left <= 0:
            raise _too_slow()
        if conn.sock is not None:
            conn.sock.settimeout(left)  # a slow drip cannot outlast the whole limit
        chunk = response.read1(64 * 1024) if hasattr(response, "read1") else response.read(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise _too_big(max_bytes)


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    return kind.strip().lower(), (match.group(1).lower() if match else None)


def _decode(body: bytes, charset: str | None) -> str:
    if charset is None:
        match = re.search(rb"<meta[^>]{0,200}charset\s*=\s*[\"']?([\w.:-]+)", body[:4096],
                          re.IGNORECASE)
        charset = match.group(1).decode("ascii", "replace").lower() if match else None
    for encoding in (charset, "utf-8"):
        if not encoding:
            continue
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1252", errors="replace")


def _needs_javascript(markup: str, text: str) -> bool:
    from plainleaf.sentences import words

    if len(words(text)) >= MIN_PAGE_WORDS:
        return False
    lower = markup.lower()
    return "<script" in lower or "enable javascript" in lower or "<noscript" in lower


def _remaining(deadline: float) -> float:
    return deadline - time.monotonic()


def _too_slow() -> FetchError:
    return FetchError("The web site took too long to answer. Try again later, or copy the "
                      "text from your browser and paste it.")


def _too_big(limit: int) -> FetchError:
    return FetchError(f"This page is too big to download (more than {limit // 1_000_000} MB).")
