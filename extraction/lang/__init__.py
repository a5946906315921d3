"""The Russian language base layer: one pymorphy3 analyzer, lemmas and ё-folding
(``morph``), month names (``months``), the written-date grammar (``calendar``) and the person
name parser/matcher (``names``).

Everything here is plain Python on top of pymorphy3: importing it never loads spaCy, so the
search index, the watchlists and the HTTP app can share it without the extraction pipeline.
"""
