"""Values: pure functions from a surface string to a value, one module per concept.

``parse_date``, ``parse_money``, ``parse_percent``, ``parse_quantity``, ``parse_doc_number`` and
``doc_type_of`` read a surface written alone (no regex match, no document); the extractors in
:mod:`govtext.extract` find the spans and call them. This layer imports only :mod:`govtext.text`,
:mod:`govtext.lexicons` and :mod:`govtext.records`.
"""
