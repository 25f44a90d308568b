"""Small hand-built PDFs for the extraction tests (text, page bombs, encryption)."""

from __future__ import annotations

import io
import zlib

SENTENCE = (b"BT /F1 12 Tf 72 720 Td (The patients in the study were given the new treatment "
            b"and they did well with it.) Tj ET\n")
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def build(objs: dict[int, bytes], root: int = 1) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = out.tell()
        out.write(b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n")
    xref, size = out.tell(), max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for n in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets.get(n, 0))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, root, xref))
    return out.getvalue()


def shared_stream_pdf(content: bytes, pages: int = 1) -> bytes:
    """``pages`` pages that all draw the same (compressed) content stream."""
    data = zlib.compress(content, 9)
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: FONT,
            4: b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
            + b"\nendstream"}
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objs[2] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages
    for i in range(pages):
        objs[5 + i] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
    return build(objs)


def text_pdf(text: str) -> bytes:
    lines = b"".join(
        b"BT /F1 11 Tf 40 %d Td (%s) Tj ET\n" % (780 - 14 * i, line.encode("latin-1", "replace")
                                               .replace(b"(", b"[").replace(b")", b"]"))
        for i, line in enumerate(text.splitlines()[:50]))
    return shared_stream_pdf(lines)


def encrypted(pdf: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
