"""The sentence model runs with numpy, from the installed wheel, and gives what
sentence-transformers gives for all-MiniLM-L6-v2; the job matcher's word vectors come from
their wheel too."""

import socket

import numpy as np
import pytest

from questionbank import checks, encoder, wordvectors


def test_it_gives_the_values_sentence_transformers_documents():
    # sentence-transformers' quickstart, for all-MiniLM-L6-v2: 0.6660, 0.1046, 0.1411.
    vectors = encoder.embed(
        ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    )
    similarities = vectors @ vectors.T
    assert similarities[0, 1] == pytest.approx(0.6660, abs=5e-4)
    assert similarities[0, 2] == pytest.approx(0.1046, abs=5e-4)
    assert similarities[1, 2] == pytest.approx(0.1411, abs=5e-4)


def test_vectors_are_unit_length_and_do_not_depend_on_the_batch():
    texts = ["Why us?", "Tell me about a time you failed and what you learned from it.", ""]
    together = encoder.embed(texts)
    assert together.shape == (3, encoder.DIMENSIONS)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    # Padding a short text to the batch's longest changes nothing.
    for text, vector in zip(texts, together, strict=True):
        assert np.allclose(encoder.embed([text])[0], vector, atol=1e-5)
    assert encoder.embed([]).shape == (0, encoder.DIMENSIONS)


def test_a_text_longer_than_the_model_reads_is_cut_not_refused():
    long = "Tell me about yourself. " * 400  # far over the 256 tokens the model reads
    vector = encoder.embed([long, "x" * 100_000])
    assert np.isfinite(vector).all()


def test_the_weights_come_from_the_installed_wheel_without_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("no network at run time")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    fresh = encoder.Encoder()  # loads again, now with the network gone
    vectors = fresh.embed(["Tell me about yourself", "Tell me about yourself"])
    assert np.allclose(vectors[0], vectors[1])
    assert encoder.model_zip().is_file()


def test_a_missing_model_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(encoder.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(RuntimeError, match="make install"):
        encoder.model_zip()


def test_the_job_matcher_s_word_vectors_come_from_their_wheel_without_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("no network at run time")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    wordvectors._model._loaded = None  # load again, now with the network gone
    vectors = wordvectors.embed(["Tell me about yourself", "Tell me about yourself"])
    assert vectors.shape == (2, wordvectors.DIMENSIONS)
    assert np.allclose(vectors[0], vectors[1])
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0)
    assert (wordvectors.model_folder() / "weights").is_dir()


def test_check_names_a_missing_model_and_how_to_install_it(monkeypatch):
    assert checks.sentence_model_installed(None) == []
    monkeypatch.setattr(encoder.importlib.util, "find_spec", lambda name: None)
    (error,) = checks.sentence_model_installed(None)
    assert error.id == "questionbank.E001" and "requirements/model.txt" in error.hint
