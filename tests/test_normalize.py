from hypothesis import given
from hypothesis import strategies as st

from sambandh.normalize import fold, normalize, normalize_with_map

DEVANAGARI = st.characters(min_codepoint=0x0900, max_codepoint=0x097F)
MIXED = st.text(
    alphabet=st.one_of(
        DEVANAGARI,
        st.sampled_from(list("abc XYZ 09.,:;|-\n\r\t\u00a0\u200b\u200c\u200d\ufeff\u00ad\u2009“”‘’")),
    ),
    max_size=80,
)


def test_nukta_one_form():
    composed = "\u0958\u095b\u095e\u0929"  # क़ ज़ फ़ ऩ precomposed
    decomposed = "\u0915\u093c\u091c\u093c\u092b\u093c\u0928\u093c"
    assert normalize(composed) == normalize(decomposed) == decomposed


def test_spaces_and_invisibles():
    assert normalize("रूस\u00a0और\u200bभारत\u2009") == "रूस औरभारत "
    assert normalize("a\r\nb\rc") == "a\nb\nc"
    assert normalize("नई दिल्ली: | x") == "नई दिल्ली: | x"  # no visarga, no danda


def test_fold_makes_variants_comparable():
    assert fold("क़िंगदाओ") == fold("किंगदाओ")
    assert fold("हिन्दी") == fold("हिंदी")
    assert fold("२०२१") == "2021"
    assert fold("  SCO  Summit ") == "sco summit"
    assert fold("चाँद") == fold("चांद")


@given(MIXED)
def test_normalize_is_idempotent(s):
    once = normalize(s)
    assert normalize(once) == once


@given(MIXED)
def test_fold_is_idempotent(s):
    assert fold(fold(s)) == fold(s)


@given(MIXED)
def test_offset_map_stays_in_bounds_and_monotone(s):
    out, omap = normalize_with_map(s)
    prev = -1
    for i in range(len(out)):
        r = omap.to_raw(i)
        assert 0 <= r < max(len(s), 1)
        assert r >= prev
        prev = r


# letters, vowel signs and nukta as news text uses them (Vedic stress marks reorder under NFC)
HINDI_CHARS = st.characters(min_codepoint=0x0901, max_codepoint=0x094D)


@given(st.text(alphabet=HINDI_CHARS, max_size=40))
def test_unchanged_characters_map_to_themselves(s):
    out, omap = normalize_with_map(s)
    for i, ch in enumerate(out):
        if ch != "\u093c":
            r = omap.to_raw(i)
            assert s[r] == ch or normalize(s[r]).startswith(ch)
