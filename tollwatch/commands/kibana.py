"""`tollwatch kibana`: not built yet."""


def register(sub) -> None:  # noqa: D103 - placeholder until the stage lands
    pass
