import gzip
import json
import shutil

from conftest import run_cli

from sambandh import kb as kb_mod


def entity(qid, en, hi, kinds, positions, aliases=()):
    return {
        "id": qid,
        "labels": {"en": {"value": en}, **({"hi": {"value": hi}} if hi else {})},
        "aliases": {"hi": [{"value": a} for a in aliases]},
        "claims": {
            "P31": [{"mainsnak": {"datavalue": {"value": {"id": k}}}} for k in kinds],
            "P39": [
                {
                    "mainsnak": {"datavalue": {"value": {"id": pos}}},
                    "qualifiers": {
                        "P580": [{"datavalue": {"value": {"time": start, "precision": prec}}}],
                        **({"P582": [{"datavalue": {"value": {"time": end, "precision": 11}}}]} if end else {}),
                    },
                }
                for pos, start, prec, end in positions
            ],
        },
    }


def test_extend_from_a_small_dump(tmp_path):
    lines = [
        entity("Q9001", "Asha Testpriya", "आशा टेस्टप्रिया", ["Q5"], [("Q77", "+2019-05-30T00:00:00Z", 11, None)],
               aliases=["टेस्टप्रिया"]),
        entity("Q9002", "Old Minister", None, ["Q5"], [("Q77", "+2010-00-00T00:00:00Z", 9, "+2014-05-26T00:00:00Z")]),
        entity("Q9003", "A Building", "इमारत", ["Q41176"], [("Q77", "+2000-01-01T00:00:00Z", 11, None)]),
        entity("Q9004", "Someone Else", "कोई और", ["Q5"], [("Q12345", "+2000-01-01T00:00:00Z", 11, None)]),
    ]  # fmt: skip
    dump = tmp_path / "dump.json.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in lines) + "\n]\n")
    positions = tmp_path / "pos.tsv"
    positions.write_text("Q77\tforeign_minister\tzz\n", encoding="utf-8")
    kbdir = tmp_path / "kb"
    shutil.copytree(kb_mod.KB_DIR, kbdir)
    res = run_cli("kb", "extend", str(dump), "--out", str(kbdir), "--positions", str(positions))
    assert res.returncode == 0, res.stderr
    assert b"added 2 people" in res.stdout
    kb = kb_mod.load_dir(kbdir)
    asha = kb.lookup("टेस्टप्रिया")[0]
    assert asha.name_en == "Asha Testpriya"
    roles = [(r.role, r.of, r.start, r.end) for r in asha.roles]
    assert roles == [("foreign_minister", "country:zz", "2019-05-30", None)]
    old = kb.lookup("Old Minister")[0]
    assert (old.roles[0].start, old.roles[0].end) == ("2010", "2014-05-26")
    assert not kb.lookup("इमारत") and not kb.lookup("कोई और")
    # rerunning adds nothing
    res = run_cli("kb", "extend", str(dump), "--out", str(kbdir), "--positions", str(positions))
    assert b"added 0 people" in res.stdout


def test_extend_reports_bad_input_in_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[\n{not json}\n]\n", encoding="utf-8")
    kbdir = tmp_path / "kb"
    shutil.copytree(kb_mod.KB_DIR, kbdir)
    res = run_cli("kb", "extend", str(bad), "--out", str(kbdir))
    assert res.returncode != 0 and b"Traceback" not in res.stderr
    assert b"bad.json:2" in res.stderr
    res = run_cli("kb", "extend", str(tmp_path / "missing.json"), "--out", str(kbdir))
    assert res.returncode == 2
