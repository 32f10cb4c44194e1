"""Cheaper construction of the frozen dataclasses an analysis builds by the thousand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")

# How each class registered with ``pickled_as_fields`` is rebuilt from its field values.
_BUILDERS: dict[type, Callable[..., Any]] = {}


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


def _rebuild(cls: type[T], values: tuple[Any, ...]) -> T:
    return _BUILDERS[cls](*values)


def pickled_as_fields(cls: type[T]) -> type[T]:
    """Class decorator: pickle instances as the tuple of their ``__init__`` fields.

    Analyses cross to and from the helper process by the thousand. A frozen dataclass with
    slots is otherwise pickled as a state list that is set back field by field through
    ``object.__setattr__``, which takes about twice as long to load. Classes that
    ``fast_constructor`` accepts are rebuilt with it; the rest through their ``__init__``.
    """
    names = [field.name for field in fields(cls) if field.init]  # type: ignore[arg-type]
    try:
        _BUILDERS[cls] = fast_constructor(cls)
    except TypeError:
        _BUILDERS[cls] = cls

    def reduce_to_fields(self: T) -> tuple[Callable[..., T], tuple[type[T], tuple[Any, ...]]]:
        return _rebuild, (cls, tuple([getattr(self, name) for name in names]))

    cls.__reduce__ = reduce_to_fields  # type: ignore[assignment,method-assign]
    return cls
