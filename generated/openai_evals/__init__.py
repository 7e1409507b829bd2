"""Typed Python client for the OpenAI Evals API, generated from its OpenAPI description."""

from ._runtime import UNSET, ParseError, UnknownVariant, Unset

__version__ = "0.1.0"

__all__ = ["UNSET", "ParseError", "UnknownVariant", "Unset", "__version__"]
