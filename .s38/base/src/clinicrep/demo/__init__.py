"""The demo practice: made-up reviews in five languages, for ``clinicrep --demo``.

``generator`` composes the reviews (model-level: the demo connector in ``sources/`` uses
it); ``populate`` stores them in a demo data dir. This package imports neither eagerly,
so importing the generator never pulls in the store.
"""
