"""Test support code: an in-memory OpenAI Evals API served over real HTTP."""
