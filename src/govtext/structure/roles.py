"""Each line's layout role: its own shape (:func:`~govtext.structure.lines.intrinsic_roles`), then
the page around it — web chrome (:mod:`govtext.structure.chrome`) and labelled page fields, the
disclosure block among them (:mod:`govtext.structure.fields`).

>>> from govtext.structure.lines import split_lines
>>> line_roles(split_lines("首页 > 政策文件\\n索 引 号：000014349/2019-00006\\n关于做好春耕工作的通知\\n打印本页 关闭窗口\\n"))
['navigation', 'docmark', 'body', 'navigation']
>>> line_roles(split_lines("【字体：大 中 小】【打印】\\n关于做好春耕工作的通知\\n发布时间：2021-03-05 【字体：大 中 小】\\n"))
['navigation', 'body', 'dateline']
"""
from __future__ import annotations

from typing import Optional, Sequence

from govtext.structure.chrome import mark_chrome
from govtext.structure.fields import PageFields, read_fields
from govtext.structure.lines import Line, intrinsic_roles

__all__ = ["line_roles"]


def line_roles(lines: Sequence[Line], boilerplate: Sequence[tuple[int, int]] = (),
               page: Optional[PageFields] = None) -> list[str]:
    """A role for each line (``body`` when nothing fits); titles, signatures and headings are
    decided later by :mod:`govtext.structure.metadata` and :mod:`govtext.structure.sections`.
    ``page``: :func:`~govtext.structure.fields.read_fields` of ``lines`` when the caller has it."""
    roles = intrinsic_roles(lines, boilerplate)
    mark_chrome(lines, roles)
    for i, role in (read_fields(lines) if page is None else page).lines.items():
        if roles[i] in ("body", "dateline", "docmark") or roles[i] == "navigation" and role == "docmark":
            roles[i] = role  # (a toolbar of page chrome alone, 【字体：大 中 小】【打印】, stays navigation)
    return roles
