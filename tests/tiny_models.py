"""Tiny random transformer models built offline from configs, for tests and benchmarks.

``build_marian(dir)`` trains two tiny sentencepiece models on a few bulletin-style
sentences (Arabic source, English target), writes the shared ``vocab.json``, and saves a
2-layer ``MarianMTModel`` with its ``MarianTokenizer``; ``build_bert_ner(dir)`` writes a
WordPiece vocabulary and saves a tiny ``BertForTokenClassification`` with BIO labels.
Weights are random (seeded): the outputs are nonsense, but loading, batching, caching,
offsets and alignment run through the real transformers code.
"""

from __future__ import annotations

import json
from pathlib import Path

# Our own sentences in the style of the bulletins (not copied from any published text).
ARABIC_SENTENCES = [
    "قتل خمسة مدنيين بينهم طفلان جراء قصف لقوات النظام على بلدة سراقب بريف إدلب الشرقي.",
    "أصيب ثلاثة عناصر من قسد بانفجار لغم في ريف دير الزور الشرقي.",
    "وثق المرصد السوري مقتل عشرة أشخاص في مدينة الباب بريف حلب الشرقي.",
    "شنت طائرات روسية غارات على قرى جبل الزاوية، ما أدى لمقتل امرأة وإصابة آخرين.",
    "اعتقلت هيئة تحرير الشام شابين في مدينة إدلب يوم أمس.",
    "ارتفعت حصيلة القتلى إلى 12 شخصا في الرقة.",
]
ENGLISH_SENTENCES = [
    "Five civilians including two children were killed by regime shelling on Saraqib town in Idlib.",
    "Three SDF members were injured by a landmine in the eastern countryside of Deir Ezzor.",
    "The Syrian Observatory documented the death of ten people in Al-Bab city in Aleppo countryside.",
    "Russian warplanes carried out airstrikes on villages of Jabal al-Zawiya, killing a woman.",
    "Hayat Tahrir al-Sham arrested two young men in Idlib city yesterday.",
    "The death toll rose to 12 people in Raqqa.",
]
NER_LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]


def _train_spm(sentences: list[str], prefix: Path, vocab_size: int) -> None:
    import sentencepiece as spm

    corpus = prefix.with_suffix(".txt")
    corpus.write_text("\n".join(sentences * 3) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=vocab_size, model_type="unigram",
        character_coverage=1.0, hard_vocab_limit=False, bos_id=-1, eos_id=2, unk_id=1, pad_id=0,
        minloglevel=2,
    )


def build_marian(directory: Path, d_model: int = 32, layers: int = 2, seed: int = 0) -> Path:
    """A tiny ar→en MarianMT model with its tokenizer in ``directory`` (created)."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    work = directory / "_spm"
    work.mkdir(exist_ok=True)
    _train_spm(ARABIC_SENTENCES, work / "source", 120)
    _train_spm(ENGLISH_SENTENCES, work / "target", 120)
    vocab: dict[str, int] = {"<pad>": 0, "<unk>": 1, "</s>": 2}
    for side in ("source", "target"):
        sp = spm.SentencePieceProcessor(model_file=str(work / f"{side}.model"))
        for i in range(sp.get_piece_size()):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    (work / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    import warnings

    with warnings.catch_warnings():  # "Recommended: pip install sacremoses" (optional)
        warnings.filterwarnings("ignore", message=".*sacremoses.*")
        tok = MarianTokenizer(source_spm=str(work / "source.model"), target_spm=str(work / "target.model"),
                              vocab=str(work / "vocab.json"), source_lang="ar", target_lang="en", model_max_length=512)
    torch.manual_seed(seed)
    config = MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=2 * d_model,
        decoder_ffn_dim=2 * d_model, max_position_embeddings=512, pad_token_id=0, eos_token_id=2,
        decoder_start_token_id=0, forced_eos_token_id=2, bos_token_id=0,
    )
    model = MarianMTModel(config).eval()
    model.generation_config.num_beams = 1
    tok.save_pretrained(directory)
    model.save_pretrained(directory)
    import shutil

    shutil.rmtree(work)
    return directory


def build_m2m100(directory: Path, d_model: int = 32, layers: int = 2, seed: int = 0) -> Path:
    """A tiny multilingual M2M100 model with its tokenizer (one sentencepiece model, language tokens)."""
    import shutil
    import warnings

    import sentencepiece as spm
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    work = directory / "_spm"
    work.mkdir(exist_ok=True)
    _train_spm(ARABIC_SENTENCES + ENGLISH_SENTENCES, work / "spm", 200)
    sp = spm.SentencePieceProcessor(model_file=str(work / "spm.model"))
    vocab: dict[str, int] = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    (work / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore")
        tok = M2M100Tokenizer(vocab_file=str(work / "vocab.json"), spm_file=str(work / "spm.model"),
                              src_lang="ar", tgt_lang="en")
    size = max(tok.convert_tokens_to_ids(t) for t in tok.get_vocab()) + 1
    size = max(size, max(tok.convert_tokens_to_ids(f"__{c}__") for c in ("ar", "en", "zu")) + 1)
    torch.manual_seed(seed)
    config = M2M100Config(
        vocab_size=size, d_model=d_model, encoder_layers=layers, decoder_layers=layers, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=2 * d_model, decoder_ffn_dim=2 * d_model,
        max_position_embeddings=256, pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2,
    )
    model = M2M100ForConditionalGeneration(config).eval()
    tok.save_pretrained(directory)
    model.save_pretrained(directory)
    shutil.rmtree(work)
    return directory


def build_bert_ner(directory: Path, hidden: int = 32, layers: int = 2, seed: int = 0) -> Path:
    """A tiny BertForTokenClassification (BIO labels PER/ORG/LOC/MISC) in ``directory``."""
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    words: dict[str, None] = {}
    for s in ENGLISH_SENTENCES + ARABIC_SENTENCES:
        for w in s.replace(".", " ").replace(",", " ").replace("،", " ").lower().split():
            words.setdefault(w[:6], None)
    chars = sorted({c for s in ENGLISH_SENTENCES + ARABIC_SENTENCES for c in s.lower() if not c.isspace()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars, *(f"##{c}" for c in chars), *words]
    vocab = list(dict.fromkeys(vocab))
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tok = BertTokenizer(vocab=str(directory / "vocab.txt"), do_lower_case=True)
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=2,
        intermediate_size=2 * hidden, max_position_embeddings=512, num_labels=len(NER_LABELS),
        id2label=dict(enumerate(NER_LABELS)), label2id={l: i for i, l in enumerate(NER_LABELS)},
    )
    model = BertForTokenClassification(config).eval()
    tok.save_pretrained(directory)
    model.save_pretrained(directory)
    return directory


def force_label(directory: Path, label: str) -> None:
    """Make a saved token classifier predict ``label`` for every token (bias trick), in place."""
    import torch
    from transformers import AutoModelForTokenClassification

    model = AutoModelForTokenClassification.from_pretrained(directory, local_files_only=True)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-10.0)
        model.classifier.bias[model.config.label2id[label]] = 10.0
    model.save_pretrained(directory)


_BUILT: dict[str, Path] = {}


def tiny_model(kind: str) -> Path:
    """A tiny model built once per process (``marian``, ``m2m100`` or ``bert-ner``) in a temporary directory."""
    if kind not in _BUILT:
        import atexit
        import shutil
        import tempfile

        root = Path(tempfile.mkdtemp(prefix=f"tollwatch-tiny-{kind}-"))
        atexit.register(shutil.rmtree, root, True)
        builder = {"marian": build_marian, "bert-ner": build_bert_ner, "m2m100": build_m2m100}[kind]
        _BUILT[kind] = builder(root / kind)
    return _BUILT[kind]
