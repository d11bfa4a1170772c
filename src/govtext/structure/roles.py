"""Each line's layout role: its own shape (:func:`~govtext.structure.lines.intrinsic_roles`), then
the page around it — web chrome (:mod:`govtext.structure.chrome`) and labelled page fields, the
disclosure block among them (:mod:`govtext.structure.fields`).

>>> from govtext.structure.lines import split_lines
>>> line_roles(split_lines("首页 > 政策文件\\n索 引 号：000014349/2019-00006\\n关于做好春耕工作的通知\\n打印本页 关闭窗口\\n"))
['navigation', 'docmark', 'body', 'navigation']
"""
from __future__ import annotations

from typing import Sequence

from govtext.structure.chrome import mark_chrome
from govtext.structure.fields import read_fields
from govtext.structure.lines import Line, intrinsic_roles

__all__ = ["line_roles"]


def line_roles(lines: Sequence[Line], boilerplate: Sequence[tuple[int, int]] = ()) -> list[str]:
    """A role for each line (``body`` when nothing fits); titles, signatures and headings are
    decided later by :mod:`govtext.structure.metadata` and :mod:`govtext.structure.sections`."""
    roles = intrinsic_roles(lines, boilerplate)
    mark_chrome(lines, roles)
    for i, role in read_fields(lines).lines.items():
        if roles[i] in ("body", "dateline", "docmark", "navigation"):
            roles[i] = role
    return roles
