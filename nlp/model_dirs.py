"""Opening saved transformers model folders, offline: the one place that does it.

``open_model_dir(path, threads)`` checks that a folder holds a saved model
(``config.json``), switches the Hugging Face libraries offline first (``offline_hub``:
``HF_HUB_OFFLINE``, ``TRANSFORMERS_OFFLINE``; nothing is ever downloaded) and sets
torch's CPU threads (setting ``torch_threads``); ``model_limit`` is the longest input,
in tokens, a loaded model and its tokenizer take. ``nlp.translation`` and
``nlp.entities`` load their models through these; ``nlp.models`` reads the settings.
torch is imported only here and only when ``threads`` is given.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

_HUB_OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
                "HF_HUB_DISABLE_TELEMETRY": "1"}


def offline_hub() -> None:
    """Switch the Hugging Face libraries offline (before they are imported)."""
    for k, v in _HUB_OFFLINE.items():
        os.environ[k] = v
    hub_constants = sys.modules.get("huggingface_hub.constants")
    if hub_constants is not None:  # already imported: huggingface_hub reads the variable at import time
        hub_constants.HF_HUB_OFFLINE = True


def open_model_dir(path: "str | os.PathLike[str]", threads: Optional[int] = None) -> Path:
    """Check that ``path`` is a saved transformers model, switch the hub offline and set
    torch's CPU threads; raises ``OSError`` with a readable message if it is not a model."""
    offline_hub()
    path = Path(path).expanduser()
    if not path.is_dir():
        raise OSError(f"{path} is not a directory")
    if not (path / "config.json").is_file():
        raise OSError(f"{path} has no config.json (not a saved transformers model)")
    if threads:
        import torch

        torch.set_num_threads(int(threads))
    return path


def model_limit(model, tokenizer, max_tokens: int) -> int:
    """``max_tokens``, lowered to what the model's positions and tokenizer allow."""
    limits = [max_tokens]
    positions = getattr(model.config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 8:
        limits.append(positions - 2)
    tok_max = getattr(tokenizer, "model_max_length", None)
    if isinstance(tok_max, int) and 8 < tok_max < 100_000:
        limits.append(tok_max)
    return min(limits)
