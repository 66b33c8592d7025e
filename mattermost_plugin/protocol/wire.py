"""Writing one response shape straight to protobuf's wire format.

The most frequent answer on a post's path is a modify hook's replacement: a
response message whose only field set is the model's JSON (``bytes post = 1``).
Its serialised form is the field's tag, the length as a varint and the bytes,
so it is written directly instead of building the message and serialising it
(docs/performance.md has the measurement). Every other response is built and
serialised by protobuf as usual.
"""

from __future__ import annotations

from typing import Any, Callable

from google.protobuf.descriptor import FieldDescriptor

__all__ = ["bytes_field_writer", "varint"]


def varint(n: int) -> bytes:
    """``n`` (not negative) as a protobuf base-128 varint."""
    if n < 0x80:
        return bytes((n,))
    if n < 0x4000:
        return bytes((n & 0x7F | 0x80, n >> 7))
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def bytes_field_writer(message: Any, field: str) -> Callable[[bytes], bytes]:
    """``data -> bytes``: what ``message(**{field: data}).SerializeToString()`` gives, without the message.

    ``message`` is a generated message class and ``field`` one of its singular
    ``bytes`` fields.
    """
    descriptor = message.DESCRIPTOR.fields_by_name.get(field)
    if descriptor is None:
        raise ValueError(f"{message.DESCRIPTOR.full_name} has no field {field!r}")
    if descriptor.type != FieldDescriptor.TYPE_BYTES or descriptor.is_repeated:
        raise ValueError(f"{message.DESCRIPTOR.full_name}.{field} is not a singular bytes field")
    tag = varint(descriptor.number << 3 | 2)  # wire type 2: length-delimited
    keep_empty = descriptor.has_presence  # proto3 leaves an empty bytes field out, unless it is `optional`

    def write(data: bytes) -> bytes:
        if not data and not keep_empty:
            return b""
        return tag + varint(len(data)) + data

    return write
