"""Import this to load the analyzer and its dictionaries (CMU, word frequencies) once.

The app's forkserver imports it before it forks any worker, so every worker, including one
started to replace a worker killed over its budget, begins with everything loaded instead
of spending its first request on it.
"""

from __future__ import annotations

from plainleaf.analyzer import analyze_text, compiled

analyze_text("Warm up: the dictionaries load once, before the workers start. "
             "CAR-T cell therapy may cause a fever; ask your care team.")
# The first analysis compiles the shared start-word scan; keep it for the next start too
# (compiled.py), as the import kept the rules.
compiled.save()
