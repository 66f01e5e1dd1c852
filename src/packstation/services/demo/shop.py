"""The demo shop's products and orders, generated from a fixed seed (same data every time)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from packstation.domain.model import (
    CoolType,
    Dimensions,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductCode,
    ShipTo,
)
from packstation.domain.prefectures import PREFECTURES

# Slots every demo carrier delivers (the demo orders stay the same from one version to the next).
TIME_SLOTS: tuple[str, ...] = ("", "午前中", "14-16", "16-18", "18-20", "19-21")

_COMPANY_PREFIX = "4912345"  # a made-up JAN company prefix (49 = Japan)


def jan(item: int) -> str:
    body = f"{_COMPANY_PREFIX}{item:05d}"
    return body + str(_check_digit(body))


def _check_digit(body: str) -> int:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def case_code(unit_jan: str) -> str:
    """ITF-14 for a case of the item: packaging indicator 1 + the JAN body + a new check digit."""
    body = "1" + unit_jan[:12]
    return body + str(_check_digit(body))


# (sku, name_ja, name_en, dims mm, weight g, price yen, flags)
_BASE: list[tuple[str, str, str, tuple[int, int, int] | None, int | None, int, str]] = [
    ("MUG-WHT", "マグカップ 白", "Mug white", (120, 90, 100), 350, 1200, "fragile"),
    ("MUG-BLK", "マグカップ 黒", "Mug black", (120, 90, 100), 350, 1200, "fragile"),
    ("SAKE-720", "純米酒 720ml", "Junmai sake 720ml", (85, 85, 300), 1300, 1980,
     "fragile,upright"),
    ("RICE-5KG", "コシヒカリ 5kg", "Koshihikari rice 5kg", (350, 240, 90), 5050, 2980, ""),
    ("EARBUD-W", "ワイヤレスイヤホン 白", "Wireless earbuds white", (100, 80, 40), 120, 6980,
     "serial"),
    ("EARBUD-B", "ワイヤレスイヤホン 黒", "Wireless earbuds black", (100, 80, 40), 120, 6980,
     "serial"),
    ("PEN-BLK", "ボールペン 黒", "Ballpoint pen black", (150, 15, 15), 12, 120, "case,qty"),
    ("PEN-RED", "ボールペン 赤", "Ballpoint pen red", (150, 15, 15), 12, 120, "case,qty"),
    ("NOTE-A5", "ノート A5 方眼", "Notebook A5 grid", (210, 148, 8), 150, 380, ""),
    ("BOOK-BUNKO", "文庫本「梱包の手引き」", "Paperback 'Packing guide'", (148, 105, 15), 180,
     880, ""),
    ("GYOZA-FRZ", "冷凍ぎょうざ 30個", "Frozen gyoza x30", (250, 180, 50), 800, 1480, "frozen"),
    ("CHEESE-CHL", "チーズケーキ(冷蔵)", "Cheesecake (chilled)", (160, 160, 80), 600, 2800,
     "chilled"),
    ("TOWEL-FACE", "今治フェイスタオル", "Imabari face towel", (200, 150, 40), 110, 1100, ""),
    ("CASE-IP15", "スマホケース iPhone15", "Phone case iPhone 15", (170, 95, 15), 45, 1980, ""),
    ("CASE-IP16", "スマホケース iPhone16", "Phone case iPhone 16", (172, 96, 15), 46, 1980, ""),
    ("NEW-SAMPLE", "新商品サンプル(寸法未登録)", "New sample (no dimensions yet)", None, None, 500,
     ""),
]
_TEE_COLOURS = (("RED", "赤", "red"), ("BLU", "青", "blue"), ("BLK", "黒", "black"),
                ("WHT", "白", "white"))
_SOCK_COLOURS = (("GRY", "グレー", "grey"), ("NVY", "ネイビー", "navy"), ("BLK", "黒", "black"))


def _variants() -> list[tuple[str, str, str, tuple[int, int, int] | None, int | None, int, str]]:
    """Look-alike colour/size variants: the top cause of 商品違い."""
    out: list[tuple[str, str, str, tuple[int, int, int] | None, int | None, int, str]] = []
    for code, ja, en in _TEE_COLOURS:
        for size in ("S", "M", "L", "XL"):
            out.append((f"TEE-{code}-{size}", f"Tシャツ {ja} {size}", f"T-shirt {en} {size}",
                        (250, 200, 20 if size in "SM" else 25), 160 + 20 * len(size),
                        2480, ""))
    caps = (("BLK", "黒", "black"), ("NVY", "紺", "navy"), ("BEI", "ベージュ", "beige"))
    for code, ja, en in caps:
        out.append((f"CAP-{code}", f"キャップ {ja}", f"Cap {en}", (280, 200, 120), 90, 2200,
                    ""))
    for code, ja, en in _SOCK_COLOURS:
        for size in ("M", "L"):
            out.append((f"SOCK-{code}-{size}", f"靴下 {ja} {size}", f"Socks {en} {size}",
                        (200, 100, 15), 60, 680, ""))
    return out


def products() -> list[Product]:
    result = []
    for i, (sku, ja, en, dims, weight, price, flags) in enumerate(_BASE + _variants(), start=1):
        unit = jan(i)
        codes = [ProductCode(unit)]
        if "case" in flags:
            codes.append(ProductCode(case_code(unit), 12))
        tax = 8 if flags in ("frozen", "chilled") or sku.startswith("RICE") else 10
        result.append(Product(
            sku=sku, name_ja=ja, name_en=en, codes=codes,
            dims=Dimensions(*dims) if dims else None, weight_g=weight,
            fragile="fragile" in flags, this_side_up="upright" in flags,
            serial_tracked="serial" in flags, qty_entry_allowed="qty" in flags,
            price_yen=price, tax_rate_pct=tax, location=_location(i),
            image_path=f"resources/products/{sku}.png",  # relative: resolved by the UI
        ))
    return result


def _location(i: int) -> str:
    """Demo shelves: two zones of aisles with six bins each, not zero-padded on purpose (the
    pick list sorts A-2 before A-10)."""
    zone, n = ("A", i) if i <= 60 else ("B", i - 60)
    return f"{zone}-{(n - 1) // 6 + 1}-{(n - 1) % 6 + 1}"


_SURNAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
             "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "髙橋")
_GIVEN = ("太郎", "花子", "健太", "陽菜", "翔", "美咲", "大輔", "さくら", "蓮", "結衣")
_CHANNELS = ("楽天市場", "Amazon", "Yahoo!ショッピング", "自社EC")
_CITIES = ("中央区", "北区", "南町", "緑が丘", "本町", "栄町", "旭町", "桜台")


def orders(count: int, products_: list[Product], first_no: int = 1,
           today: date | None = None) -> list[Order]:
    rng = random.Random(20261123 + first_no)
    today = today or datetime.now(UTC).date()
    by_sku = {p.sku: p for p in products_ if not p.missing_measurements}
    plain = [s for s, p in by_sku.items() if s not in ("GYOZA-FRZ", "CHEESE-CHL")]
    result: list[Order] = []
    for n in range(first_no, first_no + count):
        pref = PREFECTURES[(n - 1) % 47] if n - first_no < 47 else rng.choice(PREFECTURES)
        cool = CoolType.NONE
        skus = rng.sample(plain, k=rng.choice((1, 1, 1, 2, 2, 3)))
        if n % 9 == 0:
            cool, skus = CoolType.FROZEN, ["GYOZA-FRZ"]
        elif n % 13 == 0:
            cool, skus = CoolType.CHILLED, ["CHEESE-CHL"]
        if n == first_no + 5:
            skus = [*skus, "NEW-SAMPLE"]  # shows the "dimensions missing" flag
        lines = [OrderLine(i, sku, rng.choice((1, 1, 1, 2, 3)) if not sku.startswith("PEN")
                           else 24, unit_price_yen=_price(products_, sku),
                           tax_rate_pct=_tax_rate(products_, sku))
                 for i, sku in enumerate(skus, start=1)]
        result.append(Order(
            order_no=f"R-{1000 + n}", channel=rng.choice(_CHANNELS), status=OrderStatus.OPEN,
            lines=lines, ship_to=_ship_to(rng, pref.code, pref.name, n),
            ordered_at=datetime.now(UTC) - timedelta(hours=rng.randint(1, 48)),
            delivery_date=today + timedelta(days=rng.choice((2, 3, 4))) if n % 4 == 0 else None,
            time_slot=rng.choice(TIME_SLOTS) if n % 3 == 0 else "",
            cod_yen=sum(ln.qty * ln.unit_price_yen for ln in lines) if n % 7 == 0 else 0,
            cool=cool, gift=n % 6 == 0, notes="ギフト包装希望" if n % 6 == 0 else "",
        ))
        _add_handling(result[-1], n)
    return result


def _add_handling(order: Order, n: int) -> None:
    """Gift details, enclosures and repeat customers (badges on the bench): no random draws,
    so the orders above stay as they were before these fields existed."""
    # Mostly regular customers (their earlier orders are older than the demo); every eighth
    # order is a new customer's first, which the demo's enclosure rule gives a flyer.
    order.first_order = n % 8 == 5
    order.customer_no = f"C-{n:04d}" if order.first_order else f"C-{n % 23 + 1001:04d}"
    order.noshi = "御祝" if n % 12 == 0 else ""
    order.wrapping = order.gift
    order.message_card = "いつもありがとうございます" if order.gift and n % 18 == 0 else ""
    order.enclosures = ("サンプル 緑茶ティーバッグ",) if n % 10 == 0 else ()


def _price(products_: list[Product], sku: str) -> int:
    return next(p.price_yen for p in products_ if p.sku == sku)


def _tax_rate(products_: list[Product], sku: str) -> int:
    return next(p.tax_rate_pct for p in products_ if p.sku == sku)


def _ship_to(rng: random.Random, pref_code: int, pref_name: str, n: int) -> ShipTo:
    postal = f"{rng.randint(100, 999):03d}-{rng.randint(0, 9999):04d}"
    city = rng.choice(_CITIES)
    return ShipTo(
        name=f"{rng.choice(_SURNAMES)} {rng.choice(_GIVEN)}",
        postal_code=postal, prefecture_code=pref_code,
        address1=f"{city}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
        address2=f"コーポ{rng.choice(_CITIES)} {rng.randint(101, 505)}号室" if n % 5 == 0 else "",
        phone=f"0{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
    )
