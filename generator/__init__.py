"""openai-evals-codegen: generate a typed Python client for the OpenAI Evals API.

The pipeline, one module per step: :mod:`~generator.load` -> :mod:`~generator.overlay`
-> :mod:`~generator.slice` -> :mod:`~generator.validate` -> :mod:`~generator.build`
(the IR in :mod:`~generator.ir`) -> :mod:`~generator.render` -> :mod:`~generator.format`
-> :mod:`~generator.verify` -> :mod:`~generator.write`. :mod:`~generator.pipeline`
runs them in order, :mod:`~generator.state` and :mod:`~generator.diff` carry what a
tree remembers and how APIs differ, and :mod:`~generator.cli` is the command line.
"""

__version__ = "0.1.0"
