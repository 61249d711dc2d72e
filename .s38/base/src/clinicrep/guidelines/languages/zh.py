"""Chinese: terms are matched as written, anywhere in the text (no spaces between words).

Segmentation with jieba 0.42 (MIT) was measured again for issue 16 on this machine (2 shared
cores, load average about 8): 6.5 s to load its dictionary, 8.8 ms to segment a 4 KB reply
without its HMM (12.8 ms with it), more than the guard's whole 5 ms budget; and it cuts the
medical terms the guard needs apart ("鼻中隔偏曲" -> 鼻中隔/偏/曲, "左氧氟沙星" -> 左/氧氟沙星).
So it is not used. Instead ``resources/guidelines/zh.toml`` finds words by family: the terms
themselves in ``[families]`` (a look-up per character) and, in ``[guard] health``, the
morphemes that make a word a disease (炎, 癌, 疹, 症...), a drug (唑, 沙星, 他汀...) or a
procedure (X术, X镜), which also finds the words no list holds.
"""

from clinicrep.guidelines.languages import Morphology

MORPHOLOGY = Morphology(segmented=False)
