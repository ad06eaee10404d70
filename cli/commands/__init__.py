"""Sub-commands of ``tollwatch``; each module exposes ``register(subparsers)``."""
