"""Reading raw files safely: size limit first, then binary detection, then strict decoding."""

from __future__ import annotations

from pathlib import Path

from dyadwatch.model import Rejection

# Signatures of common binary formats people drop into text folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)


def sniff_binary(data: bytes) -> str | None:
    """Describe ``data`` if it looks binary (known signature, NUL bytes, control characters)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        return "binary data (control characters)"
    return None


def decode(data: bytes, encoding: str, doc: str, path: str | None) -> str | Rejection:
    """Decode strictly; a byte that does not fit the encoding rejects the document."""
    utf8 = encoding.lower().replace("-", "") in ("utf8", "utf8sig")
    if utf8 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        return Rejection(
            doc, "encoding",
            f"not valid {encoding} at byte {exc.start}; convert the file to UTF-8 "
            f"(e.g. iconv -f WINDOWS-1252 -t UTF-8) or set input_encoding",
            path,
        )


def read_text_file(path: Path, doc: str, max_bytes: int, encoding: str) -> str | Rejection:
    """The file's text, or a ``Rejection`` (too large, unreadable, binary, bad encoding)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Rejection(
                doc, "too_large",
                f"{size:,} bytes is over the max_document_bytes limit of {max_bytes:,}; "
                "split the file or raise the setting",
                str(path),
            )
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(doc, "unreadable", f"{exc.strerror or exc}", str(path))
    what = sniff_binary(data)
    if what:
        return Rejection(doc, "binary", f"the file is {what}, not text", str(path))
    return decode(data, encoding, doc, str(path))
