"""Import this to load WeasyPrint: the preload of the process that lays a handout out.

``plainleaf handout SLUG`` forks that process first; it imports WeasyPrint (about half a
second) while the command reads the library and builds the handout's HTML (issue 13).
"""

from __future__ import annotations

from plainleaf.handout.pdf import layout

# A first layout in a process parses cffi's C types, reads WeasyPrint's own stylesheet and
# opens the fonts (about 50 ms). One small page here, and the helper forked for the next
# variant (pdf.first_that_fits_side_by_side) starts with all of that done. No thread is
# left behind, so forking stays safe.
layout(
    '<html lang="en"><body><p>Warm <b>up</b>.</p><svg xmlns="http://www.w3.org/2000/svg" '
    'viewBox="0 0 10 10" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>'
    "</body></html>"
).write_pdf()
