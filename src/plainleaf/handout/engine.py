"""Import this to load WeasyPrint: the preload of the process that lays a handout out.

``plainleaf handout SLUG`` forks that process first; it imports WeasyPrint (about half a
second) while the command reads the library and builds the handout's HTML (issue 13).
"""

from __future__ import annotations

from plainleaf.handout.pdf import offline_fetcher_class

offline_fetcher_class()
