"""Cheaper construction of the frozen dataclasses an analysis builds by the thousand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def fast_constructor(cls: type[T]) -> Callable[..., T]:
    """A function taking every field of ``cls`` positionally and returning what ``cls`` would.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; setting
    the slots directly costs about half as much. ``cls`` must be a frozen dataclass with
    slots, all of whose fields are ``__init__`` arguments, and without ``__post_init__``.
    """
    if not is_dataclass(cls) or not cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    names = [field.name for field in fields(cls)]
    if not all(field.init for field in fields(cls)) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} sets fields outside its arguments")
    if set(getattr(cls, "__slots__", ())) != set(names):
        raise TypeError(f"{cls.__name__} does not keep its fields in slots")
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = [f"def build({', '.join(names)}):", "    instance = new(cls)"]
    for index, name in enumerate(names):
        namespace[f"set_{index}"] = cls.__dict__[name].__set__
        lines.append(f"    set_{index}(instance, {name})")
    lines.append("    return instance")
    exec("\n".join(lines), namespace)
    build = namespace["build"]
    build.__doc__ = f"``{cls.__name__}(...)`` with every field given positionally."
    return build
