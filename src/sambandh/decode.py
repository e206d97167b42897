"""Decode stage: bytes to text.

Byte-order marks first, then strict UTF-8 (nearly all news is UTF-8), then
charset-normalizer's detection for the rest (UTF-16 without BOM, Windows-1252, ISCII-era
8-bit pages). Mojibake (UTF-8 read as Windows-1252, ``à¤°à¥‚à¤¸``) is repaired with ftfy.
Binary and undecodable inputs raise, so the caller quarantines them with the reason.
"""

from __future__ import annotations

import codecs
import re

from .errors import BinaryInputError, DecodeError, EmptyInputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# UTF-8 Devanagari or Latin-1 letters decoded as Windows-1252 / Latin-1
_MOJIBAKE = re.compile("à¤|à¥|Ã[\u0080-\u00bf]|â€")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b")


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    # Devanagari in UTF-16: the high byte is 0x09
    if sample[1::2].count(9) > len(sample) / 6:
        return "utf-16-le"
    if sample[0::2].count(9) > len(sample) / 6:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text.

    Returns:
        ``(text, encoding)``.

    Raises:
        EmptyInputError: No bytes, or only whitespace.
        BinaryInputError: The bytes are a binary file, not text.
        DecodeError: No plausible encoding decodes the bytes.
    """
    if not data.strip():
        raise EmptyInputError("empty input")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return repair(data[len(bom) :].decode(enc)), enc
            except UnicodeDecodeError:
                raise DecodeError(f"invalid {enc} after its byte-order mark") from None
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInputError("binary file (by its signature), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    else:
        if "\x00" in text:
            enc16 = _looks_utf16(data)
            if enc16 is None:
                raise BinaryInputError("binary data (NUL bytes), not text")
            return _decode_as(data, enc16)
        return repair(text), "utf-8"
    enc16 = _looks_utf16(data)
    if enc16:
        return _decode_as(data, enc16)
    if data.count(b"\x00") > 0 or _control_ratio(data) > 0.1:
        raise BinaryInputError("binary data, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("no text encoding fits these bytes")
    encoding = best.encoding
    if encoding in _LATIN_FAMILY:
        # short Western text is often guessed as a Central European code page; news in
        # 8-bit Latin is nearly always Windows-1252, so prefer it when it decodes cleanly
        try:
            data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return repair(data.decode(encoding)), encoding
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(f"bytes do not decode as the detected {encoding}") from None


_LATIN_FAMILY = {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_15", "iso8859_9", "mac_roman"}


def _decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        return repair(data.decode(encoding)), encoding
    except UnicodeDecodeError:
        raise DecodeError(f"looks like {encoding} but does not decode") from None


def _control_ratio(data: bytes) -> float:
    sample = data[:4000]
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / max(1, len(sample))


def repair(text: str) -> str:
    """Repair mojibake when the text shows its marks; other text passes untouched."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)
