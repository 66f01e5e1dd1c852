"""Camera scanning use cases: decode image files (the CLI), and what the camera panel needs
to apply the count-once rule to the open order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from packstation.domain.camera import Decoded
from packstation.domain.errors import BadInput, InputProblem
from packstation.services.packing.ports import BarcodeDecoder
from packstation.services.ports import UnitOfWorkFactory

ImageReader = Callable[[str], object | None]


def decode_files(decoder: BarcodeDecoder, read_image: ImageReader,
                 paths: Sequence[Path]) -> list[dict[str, object]]:
    """Every file must be a readable image (else nothing is decoded and each problem is
    named); then one entry per file, in the given order, with the codes found."""
    images: list[object] = []
    problems: list[InputProblem] = []
    for path in paths:
        image = read_image(str(path)) if path.is_file() else None
        if image is None:
            why = "not a readable image" if path.exists() else "no such file"
            problems.append(InputProblem(None, None, f"{path}: {why}",
                                         "give a PNG, JPEG or WebP image"))
        images.append(image)
    if problems:
        raise BadInput(problems=problems, source="decode")
    return [{"file": str(path), "codes": [_code(d) for d in decoder.decode_still(image)]}
            for path, image in zip(paths, images, strict=True)]


def _code(found: Decoded) -> dict[str, str]:
    return {"symbology": found.symbology, "text": found.text}


def order_codes(uow_factory: UnitOfWorkFactory, order_no: str) -> tuple[str, ...]:
    """Every barcode registered for a product on the order (for the count-once rule)."""
    with uow_factory() as uow:
        order = uow.packing.order_for_packing(order_no)
        if order is None:
            return ()
        products = uow.products.get_many(ln.sku for ln in order.lines)
    return tuple(c.code for p in products.values() for c in p.codes)
