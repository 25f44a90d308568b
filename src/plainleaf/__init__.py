"""plainleaf: a plain-language guide to cancer cell therapies and immunotherapies."""

__version__ = "0.1.0"
