"""Chinese: terms are matched as written, anywhere in the text (no spaces between words).

Segmentation with jieba was measured: 1.9 s to load and about 14 ms for a 4 KB reply, three
times the guard's budget, and the guard's terms are found as well without it.
"""

from clinicrep.guidelines.languages import Morphology

MORPHOLOGY = Morphology(segmented=False)
