"""The 47 prefectures with their JIS X 0401 codes and the carriers' regions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Prefecture:
    code: int  # JIS X 0401, 1..47
    name: str  # 北海道, 東京都, ...
    name_en: str
    region: str  # carriers' zone used by the demo rate tables


_DATA = [
    (1, "北海道", "Hokkaido", "北海道"), (2, "青森県", "Aomori", "北東北"),
    (3, "岩手県", "Iwate", "北東北"), (4, "宮城県", "Miyagi", "南東北"),
    (5, "秋田県", "Akita", "北東北"), (6, "山形県", "Yamagata", "南東北"),
    (7, "福島県", "Fukushima", "南東北"), (8, "茨城県", "Ibaraki", "関東"),
    (9, "栃木県", "Tochigi", "関東"), (10, "群馬県", "Gunma", "関東"),
    (11, "埼玉県", "Saitama", "関東"), (12, "千葉県", "Chiba", "関東"),
    (13, "東京都", "Tokyo", "関東"), (14, "神奈川県", "Kanagawa", "関東"),
    (15, "新潟県", "Niigata", "信越"), (16, "富山県", "Toyama", "北陸"),
    (17, "石川県", "Ishikawa", "北陸"), (18, "福井県", "Fukui", "北陸"),
    (19, "山梨県", "Yamanashi", "関東"), (20, "長野県", "Nagano", "信越"),
    (21, "岐阜県", "Gifu", "中部"), (22, "静岡県", "Shizuoka", "中部"),
    (23, "愛知県", "Aichi", "中部"), (24, "三重県", "Mie", "中部"),
    (25, "滋賀県", "Shiga", "関西"), (26, "京都府", "Kyoto", "関西"),
    (27, "大阪府", "Osaka", "関西"), (28, "兵庫県", "Hyogo", "関西"),
    (29, "奈良県", "Nara", "関西"), (30, "和歌山県", "Wakayama", "関西"),
    (31, "鳥取県", "Tottori", "中国"), (32, "島根県", "Shimane", "中国"),
    (33, "岡山県", "Okayama", "中国"), (34, "広島県", "Hiroshima", "中国"),
    (35, "山口県", "Yamaguchi", "中国"), (36, "徳島県", "Tokushima", "四国"),
    (37, "香川県", "Kagawa", "四国"), (38, "愛媛県", "Ehime", "四国"),
    (39, "高知県", "Kochi", "四国"), (40, "福岡県", "Fukuoka", "九州"),
    (41, "佐賀県", "Saga", "九州"), (42, "長崎県", "Nagasaki", "九州"),
    (43, "熊本県", "Kumamoto", "九州"), (44, "大分県", "Oita", "九州"),
    (45, "宮崎県", "Miyazaki", "九州"), (46, "鹿児島県", "Kagoshima", "九州"),
    (47, "沖縄県", "Okinawa", "沖縄"),
]

PREFECTURES: tuple[Prefecture, ...] = tuple(Prefecture(*row) for row in _DATA)
REGIONS: tuple[str, ...] = ("北海道", "北東北", "南東北", "関東", "信越", "北陸", "中部", "関西",
                            "中国", "四国", "九州", "沖縄")
_BY_CODE = {p.code: p for p in PREFECTURES}
_BY_NAME: dict[str, Prefecture] = {}
for _p in PREFECTURES:
    _BY_NAME[_p.name] = _p
    _BY_NAME[_p.name_en.lower()] = _p
    # Shops often drop the 都/府/県 suffix (but 北海道 keeps its 道).
    if _p.name[-1] in "都府県":
        _BY_NAME[_p.name[:-1]] = _p


def by_code(code: int) -> Prefecture | None:
    return _BY_CODE.get(code)


def lookup(text: str) -> Prefecture | None:
    """Find a prefecture by Japanese name (with or without suffix), English name or JIS code."""
    key = unicodedata.normalize("NFKC", text).strip()
    if key.isdigit():
        return _BY_CODE.get(int(key))
    return _BY_NAME.get(key) or _BY_NAME.get(key.lower())


_POSTAL = re.compile(r"^(\d{3})-?(\d{4})$")


def normalize_postal_code(text: str) -> str | None:
    """Return a postal code as NNN-NNNN, or None when it is not one (〒, full width allowed)."""
    key = unicodedata.normalize("NFKC", text).strip().lstrip("〒").strip()
    key = key.replace("ー", "-").replace("−", "-").replace("‐", "-")
    m = _POSTAL.match(key)
    return f"{m.group(1)}-{m.group(2)}" if m else None
