"""Word vectors from wordllama, for the job-description matcher: pure functions, no Django.

The matcher compares a posting's requirements with every sentence of the user's strengths and
prepared answers on each request, hundreds of sentences at a time, so it needs vectors that cost
nothing to make: wordllama's averaged word vectors (its weights and tokenizer ship inside its
wheel and are read from the installed package's folder, never downloaded). The same-question
matcher, which embeds a question once when it is written, uses the sentence model instead
(`encoder.py`). Measured on the matcher's postings, both give the same accuracy (1.000 on its
dev set, 0.839 held out); the sentence model would take seconds per request.
"""

import importlib.util
import threading
from pathlib import Path

import numpy as np

from .similarity import FUNCTION_WORDS, words
from .text import normalize_question

MODEL = "l2_supercat_256"
DIMENSIONS = 256


def model_folder() -> Path:
    """The installed wordllama package's folder, found without importing it (its import
    configures the root logger) and without any download."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("wordllama is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


class _Model:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded = None

    def _load(self):
        with self._lock:
            if self._loaded is None:
                from safetensors.numpy import load_file
                from tokenizers import Tokenizer

                folder = model_folder()
                tokenizer = Tokenizer.from_file(
                    str(folder / "tokenizers" / "l2_supercat_tokenizer_config.json")
                )
                weights = load_file(str(folder / "weights" / f"{MODEL}.safetensors"))
                table = np.ascontiguousarray(weights["embedding.weight"], dtype=np.float32)
                self._loaded = tokenizer, table
        return self._loaded

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors: the mean of the word-piece vectors of each text's content words."""
        tokenizer, table = self._load()
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        cleaned = [
            " ".join(w for w in words(t) if w not in FUNCTION_WORDS) or normalize_question(t)
            for t in texts
        ]
        for row, encoding in enumerate(tokenizer.encode_batch(cleaned, add_special_tokens=False)):
            ids = [i for i in encoding.ids if 0 <= i < len(table)]
            if ids:
                vector = table[ids].mean(axis=0)
                norm = np.linalg.norm(vector)
                out[row] = vector / norm if norm else vector
        return out


_model = _Model()
embed = _model.embed
