"""The built-in carrier layouts (demo data the admin adjusts per account; see domain-facts §5).

Lengths are cp932 bytes as the carriers publish them ("全角/半角 16文字/32文字" → 32).
- ヤマト B2クラウド 外部データ取込, standard first 42 columns, header row, YYYY/MM/DD.
  送り状種類 0 発払 / 2 コレクト / 7 クロネコゆうパケット / A ネコポス / 8 宅急便コンパクト /
  9 コンパクトコレクト; クール区分 0 / 1 冷凍 / 2 冷蔵; 配達時間帯 0812 1416 1618 1820 1921.
- 佐川 e飛伝Ⅲ 「標準_飛脚宅配便_CSV_ヘッダ有」, 74 columns, YYYYMMDD, address and name in
  lines of 16 全角 (full width); クール便指定 001 / 002 冷蔵 / 003 冷凍; 配達指定時間帯 01 午前中,
  12, 14, 16, 18, 04 (18–21), 19 (19–21); 元着区分 1 元払. cp932 or UTF-8 with BOM per account.
- 日本郵便 ゆうプリR 発送予定データ, no header, YYYYMMDD, address in three 50-byte lines;
  郵便種別 0 ゆうパック / 9 ゆうパケット; 保冷種別 0 / 1 チルド / 2 冷凍; 元／着払／代引 0 / 2;
  配達時間帯区分 00, 51 午前中, 52 12–14 … 55 18–20. "57" for 19–21 is an assumption to check
  against the account's ゆうプリR (the admin can change it).
"""

from __future__ import annotations

from packstation.domain.carrier_csv import Column, Preset
from packstation.domain.time_slots import B2_CODES, EHIDEN_CODES, YUPRINT_CODES

CARRIERS: dict[str, str] = {"b2": "yamato", "ehiden": "sagawa", "yuprint": "japanpost"}
CARRIER_NAMES: dict[str, str] = {"b2": "ヤマト B2クラウド", "ehiden": "佐川 e飛伝",
                                 "yuprint": "日本郵便 ゆうプリR"}
DEFAULT_ACCOUNT = "default"

_SENDER = {"name": "パックステーション デモ店", "phone": "03-1234-5678",
           "postal_code": "135-0061", "address": "東京都江東区豊洲3-3-3",
           "address2": "豊洲センタービル 5F"}


def _c(header: str, source: str = "", max_bytes: int = 0, width: str = "",
       const: str = "") -> Column:
    return Column(header, source, max_bytes, width, const)


def _blank(headers: str, max_bytes: int = 0) -> list[Column]:
    return [_c(h, "", max_bytes) for h in headers.split()]


def b2() -> Preset:
    columns = [
        _c("お客様管理番号", "order_no", 50, "half"), _c("送り状種類", "service", 1),
        _c("クール区分", "cool", 1), _c("伝票番号", "", 12), _c("出荷予定日", "ship_date", 10),
        _c("お届け予定日", "delivery_date", 10), _c("配達時間帯", "time_slot", 4),
        _c("お届け先コード", "", 20), _c("お届け先電話番号", "phone", 15, "half"),
        _c("お届け先電話番号枝番", "", 2), _c("お届け先郵便番号", "postal_code", 8, "half"),
        _c("お届け先住所", "address_lines", 64), _c("お届け先アパートマンション名",
                                                 "address_lines", 32),
        _c("お届け先会社・部門１", "company", 50), _c("お届け先会社・部門２", "", 50),
        _c("お届け先名", "name", 32), _c("お届け先名(ｶﾅ)", "", 50), _c("敬称", "", 4, "", "様"),
        _c("ご依頼主コード", "", 20), _c("ご依頼主電話番号", "sender.phone", 15, "half"),
        _c("ご依頼主電話番号枝番", "", 2),
        _c("ご依頼主郵便番号", "sender.postal_code", 8, "half"),
        _c("ご依頼主住所", "sender.address", 64),
        _c("ご依頼主アパートマンション", "sender.address2", 32),
        _c("ご依頼主名", "sender.name", 32), _c("ご依頼主名(ｶﾅ)", "", 50),
        _c("品名コード１", "", 30), _c("品名１", "item_name", 50), _c("品名コード２", "", 30),
        _c("品名２", "", 50), _c("荷扱い１", "", 20), _c("荷扱い２", "", 20), _c("記事", "", 44),
        _c("ｺﾚｸﾄ代金引換額（税込)", "cod_yen", 7), _c("内消費税額等", "cod_tax_yen", 7),
        _c("止置き", "", 1), _c("営業所コード", "", 6), _c("発行枚数", "", 2),
        _c("個数口表示フラグ", "", 1), _c("請求先顧客コード", "", 12, "", "0312345678"),
        _c("請求先分類コード", "", 3), _c("運賃管理番号", "", 2, "", "01"),
    ]
    codes = {
        "service": {"takkyubin": "0", "nekopos": "A", "kuroneko_yupacket": "7", "compact": "8"},
        "service_cod": {"takkyubin": "2", "compact": "9"},
        "cool": {"none": "0", "frozen": "1", "chilled": "2"},
        "time_slot": dict(B2_CODES),
    }
    return Preset("b2", DEFAULT_ACCOUNT, tuple(columns), codes, dict(_SENDER), True, "%Y/%m/%d",
                  "お客様管理番号", "伝票番号")


def ehiden() -> Preset:
    columns = [
        *_blank("お届け先コード取得区分 お届け先コード"),
        _c("お届け先電話番号", "phone", 14, "half"),
        _c("お届け先郵便番号", "postal_code", 8, "half"),
        *[_c(f"お届け先住所{n}", "address_lines", 32, "full") for n in "１２３"],
        *[_c(f"お届け先名称{n}", "name_lines", 32, "full") for n in "１２"],
        _c("お客様管理番号", "order_no", 16, "half"),
        *_blank("お客様コード 部署ご担当者コード取得区分 部署ご担当者コード 部署ご担当者名称 "
                "荷送人電話番号 ご依頼主コード取得区分 ご依頼主コード"),
        _c("ご依頼主電話番号", "sender.phone", 14, "half"),
        _c("ご依頼主郵便番号", "sender.postal_code", 8, "half"),
        _c("ご依頼主住所１", "sender.address", 32, "full"),
        _c("ご依頼主住所２", "sender.address2", 32, "full"),
        _c("ご依頼主名称１", "sender.name", 32, "full"), _c("ご依頼主名称２", "", 32),
        _c("荷姿", "", 3, "", "001"), _c("品名１", "item_name", 32, "full"),
        *_blank("品名２ 品名３ 品名４ 品名５ 荷札荷姿"),
        *[_c(f"荷札品名{n}") for n in ("１", "２", "３", "４", "５", "６", "７", "８", "９",
                                       "１０", "１１")],
        _c("出荷個数", "", 3, "", "1"), _c("スピード指定", "service", 3),
        _c("クール便指定", "cool", 3), _c("配達日", "delivery_date", 8),
        _c("配達指定時間帯", "time_slot", 2), _c("配達指定時間（時分）"),
        _c("代引金額", "cod_yen", 7), _c("消費税", "cod_tax_yen", 7),
        *_blank("決済種別 保険金額 指定シール１ 指定シール２ 指定シール３ 営業所受取 ＳＲＣ区分 "
                "営業所受取営業所コード"),
        _c("元着区分", "payment", 1), *_blank("メールアドレス ご不在時連絡先"),
        _c("出荷日", "ship_date", 8),
        *_blank("お問い合せ送り状No. 出荷場印字区分 集約解除指定"),
        *[_c(f"編集{n:02d}") for n in range(1, 11)],
    ]
    codes = {
        "service": {"hikyaku": "000"},
        "cool": {"none": "001", "chilled": "002", "frozen": "003"},
        "time_slot": dict(EHIDEN_CODES),
        "payment": {"prepaid": "1", "cod": "1"},
    }
    return Preset("ehiden", DEFAULT_ACCOUNT, tuple(columns), codes, dict(_SENDER), True,
                  "%Y%m%d", "お客様管理番号", "お問い合せ送り状No.")


def yuprint() -> Preset:
    columns = [
        _c("お客様側管理番号", "order_no", 50, "half"), _c("発送予定日", "ship_date", 8),
        *_blank("発送予定時間区分 出荷期限日 到着期限日"), _c("郵便種別", "service", 1),
        _c("保冷種別", "cool", 1), _c("元／着払／代引", "payment", 1),
        *_blank("書留／セキュリティ／特定記録種別 配達時間帯指定郵便種別 送り状種別 "
                "お届け先コード"),
        _c("お届け先郵便番号", "postal_code", 8, "half"),
        *[_c(f"お届け先住所{n}", "address_lines", 50) for n in "１２３"],
        *[_c(f"お届け先名称{n}", "name_lines", 50) for n in "１２"],
        _c("お届け先敬称区分", "", 1, "", "0"), _c("お届け先電話番号", "phone", 15, "half"),
        *_blank("お届け先メールアドレス１ お届け先局留め区分 お届け先局留め郵便局名 "
                "お届け先局留めメール使用区分 お届け先局留め郵便番号 "
                "お届け先配達予告メール使用区分 お届け先再配達予告メール使用区分 "
                "ご依頼主コード ご依頼主集荷先と同一区分"),
        _c("ご依頼主郵便番号", "sender.postal_code", 8, "half"),
        _c("ご依頼主住所１", "sender.address", 50), _c("ご依頼主住所２", "sender.address2", 50),
        _c("ご依頼主住所３", "", 50), _c("ご依頼主名称１", "sender.name", 50),
        _c("ご依頼主名称２", "", 50), _c("ご依頼主敬称", "", 1, "", "0"),
        _c("ご依頼主電話番号", "sender.phone", 15, "half"),
        *_blank("ご依頼主メールアドレス１ ご依頼主荷送人指図区分 ご依頼主お届け通知メール使用区分 "
                "ご依頼主お届け通知はがき使用区分 受注番号 こわれもの区分 なまもの区分 ビン類区分 "
                "逆さま厳禁区分 下積み厳禁区分 商品サイズ区分 重量合計（ｇ） 損害要償額 "
                "速達・配達日指定種別"),
        _c("配達指定日／希望日", "delivery_date", 8), _c("配達時間帯区分", "time_slot", 2),
        *_blank("差出方法区分 ゆうパック複数個割引 ゆうパック同一割引 複数個口数 "
                "記事名１ 記事名２"),
        *[_c(f"フリー項目{n:02d}") for n in range(1, 11)],
        _c("代引金額", "cod_yen", 7), _c("代引消費税金額", "cod_tax_yen", 7),
        _c("品名", "item_name", 50),
    ]
    codes = {
        "service": {"yupack": "0", "yupacket": "9"},
        "cool": {"none": "0", "chilled": "1", "frozen": "2"},
        "payment": {"prepaid": "0", "cod": "2"},
        "time_slot": dict(YUPRINT_CODES),
    }
    return Preset("yuprint", DEFAULT_ACCOUNT, tuple(columns), codes, dict(_SENDER), False,
                  "%Y%m%d", "お客様側管理番号", "お問い合わせ番号")


BUILT_IN = {"b2": b2, "ehiden": ehiden, "yuprint": yuprint}
