import pytest

from sambandh.decode import decode_bytes
from sambandh.errors import BinaryInputError, EmptyInputError

HINDI = "रूस और भारत के रक्षा मंत्रियों ने बैठक की। दोनों पक्ष सहयोग पर सहमत हुए।"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(encoding):
    text, _ = decode_bytes(HINDI.encode(encoding))
    assert text == HINDI


def test_windows_1252():
    text, enc = decode_bytes("The minister’s “naïve” remark – café talks in Paris.".encode("cp1252"))
    assert text == "The minister’s “naïve” remark – café talks in Paris."
    assert enc == "cp1252"


def test_mojibake_repaired():
    broken = HINDI.encode("utf-8").decode("latin-1").encode("utf-8")
    assert decode_bytes(broken)[0] == HINDI


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 10, b"%PDF-1.7\n\x00\x01"]
)
def test_binary_rejected(data):
    with pytest.raises(BinaryInputError):
        decode_bytes(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t "])
def test_empty_rejected(data):
    with pytest.raises(EmptyInputError):
        decode_bytes(data)
