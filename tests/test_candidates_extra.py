"""training/lexicon/candidates.py reads extra unlabelled text (#15): ``--extra`` files, JSONL or plain.
The texts here are our own."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from conftest import ROOT

spec = importlib.util.spec_from_file_location("candidates", ROOT / "training" / "lexicon" / "candidates.py")
assert spec is not None and spec.loader is not None
candidates = importlib.util.module_from_spec(spec)
spec.loader.exec_module(candidates)


def test_extra_texts_reads_the_text_field_of_jsonl_and_plain_files_whole(tmp_path: Path) -> None:
    pool = tmp_path / "pool.jsonl"
    pool.write_text(
        json.dumps({"id": "a", "url": "u", "text": "पहला पाठ।"}, ensure_ascii=False)
        + "\n\n"
        + json.dumps({"id": "b", "text": "दूसरा पाठ।"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    plain = tmp_path / "more.txt"
    plain.write_text("तीसरा पाठ।\nचौथी पंक्ति।", encoding="utf-8")
    assert candidates.extra_texts([pool, plain]) == ["पहला पाठ।", "दूसरा पाठ।", "तीसरा पाठ।\nचौथी पंक्ति।"]


def test_only_extra_lists_an_unknown_word_before_a_light_verb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a made-up noun before किया, three times: the only candidate of the only text read
    pool = tmp_path / "pool.jsonl"
    text = "उन्होंने झमझमाहट किया। फिर झमझमाहट किया। कल भी झमझमाहट किया।"
    pool.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert candidates.main(["--extra", str(pool), "--only-extra", "--min-count", "3"]) == 0
    rows = [line.split("\t")[:2] for line in capsys.readouterr().out.splitlines()]
    assert rows == [["3", "झमझमाहट"]]
