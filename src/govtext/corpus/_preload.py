"""Imported once by the multiprocessing fork server before it forks conversion workers: loads the
dictionaries and lexicons there, so every worker (and every pool restarted after a worker died)
starts warm and shares those pages with its siblings.

>>> WARM
True
"""
from __future__ import annotations


def _warm() -> bool:
    try:
        from govtext.corpus.work import parse_one

        parse_one("关于开展活动的通知\n一、总体要求\n2014年4月3日，区委书记杨超落实“四风”整治资金500万元，下降90%。", "warm-up")
    except Exception:  # noqa: BLE001 - a failed warm-up only means each worker loads on first use
        return False
    return True


WARM = _warm()
