"""Problems of the admin's master data: boxes, carriers, services with their size classes and
surcharges (services/catalog_admin.py, catalog_forms.py) and products' measurements."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "catalog.source_carrier": QT_TRANSLATE_NOOP("Messages", "carrier {code}"),
    "catalog.source_box": QT_TRANSLATE_NOOP("Messages", "box {code}"),
    "catalog.source_service": QT_TRANSLATE_NOOP("Messages", "service {code}"),
    "catalog.source_product": QT_TRANSLATE_NOOP("Messages", "product {sku}"),
    "catalog.no_product": QT_TRANSLATE_NOOP("Messages", "No product with the SKU {sku}."),
    # --- boxes --------------------------------------------------------------------------
    "catalog.not_three_sides": QT_TRANSLATE_NOOP(
        "Messages", "{sides} are not three sizes in millimetres"),
    "catalog.three_sides_fix": QT_TRANSLATE_NOOP(
        "Messages", "three whole numbers from 1 to {high}"),
    "catalog.inside_larger": QT_TRANSLATE_NOOP(
        "Messages", "the inside {inner} is larger than the outside {outer} on some side"),
    "catalog.inside_larger_fix": QT_TRANSLATE_NOOP(
        "Messages", "the inside fits in the outside: check both, in millimetres"),
    # --- services -----------------------------------------------------------------------
    "catalog.no_such_carrier": QT_TRANSLATE_NOOP("Messages", "no carrier '{code}'"),
    "catalog.choose_a_carrier": QT_TRANSLATE_NOOP("Messages", "choose one of the carriers"),
    "catalog.no_carrier": QT_TRANSLATE_NOOP("Messages", "no carrier"),
    "catalog.choose_the_carrier": QT_TRANSLATE_NOOP("Messages", "choose the carrier"),
    "catalog.no_class": QT_TRANSLATE_NOOP(
        "Messages", "a service needs at least one size class"),
    "catalog.no_class_fix": QT_TRANSLATE_NOOP("Messages", "add a size class"),
    "catalog.bad_slots": QT_TRANSLATE_NOOP(
        "Messages", "a delivery time slot is empty, too long or given twice"),
    "catalog.bad_slots_fix": QT_TRANSLATE_NOOP(
        "Messages", "list each slot once, e.g. 午前中, 14-16"),
    "catalog.slot_not_carriers": QT_TRANSLATE_NOOP(
        "Messages", "{carrier} does not deliver in the time slot(s) {slots}"),
    "catalog.slot_not_carriers_fix": QT_TRANSLATE_NOOP(
        "Messages", "use this carrier's slots: {options}"),
    "catalog.class_twice": QT_TRANSLATE_NOOP(
        "Messages", "size class '{name}' is also in row {row}"),
    "catalog.class_twice_fix": QT_TRANSLATE_NOOP(
        "Messages", "give each size class its own name"),
    "catalog.not_a_limit": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a positive limit"),
    "catalog.limit_fix": QT_TRANSLATE_NOOP(
        "Messages", "a whole number from 1 to {high}, or empty for no limit"),
    "catalog.limit_fix_mm": QT_TRANSLATE_NOOP(
        "Messages", "a whole number of millimetres from 1 to {high}, or empty for no limit"),
    "catalog.limit_fix_g": QT_TRANSLATE_NOOP(
        "Messages", "a whole number of grams from 1 to {high}, or empty for no limit"),
    "catalog.bad_prices": QT_TRANSLATE_NOOP(
        "Messages", "{count} prices are not yen for a prefecture"),
    "catalog.bad_prices_fix": QT_TRANSLATE_NOOP("Messages", "import the rate table as CSV"),
    "catalog.same_surcharge": QT_TRANSLATE_NOOP("Messages", "the same as surcharge {row}"),
    "catalog.unknown_surcharge_kind": QT_TRANSLATE_NOOP(
        "Messages", "unknown kind '{kind}'"),
    "catalog.not_a_price": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a price"),
    "catalog.price_fix": QT_TRANSLATE_NOOP("Messages", "whole yen from 0 to {high}"),
    "catalog.not_a_class": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a size class"),
    "catalog.not_a_prefecture_code": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a prefecture code"),
    "catalog.prefecture_code_fix": QT_TRANSLATE_NOOP("Messages", "a JIS code from 1 to 47"),
    "catalog.no_cod_upper": QT_TRANSLATE_NOOP("Messages", "no upper amount for the COD band"),
    "catalog.no_cod_upper_fix": QT_TRANSLATE_NOOP("Messages", "the largest amount it covers"),
    "catalog.cool_without_surcharge": QT_TRANSLATE_NOOP(
        "Messages", "cool is ticked but no size class has a cool surcharge, so no cool parcel "
        "could go by it"),
    "catalog.cool_without_surcharge_fix": QT_TRANSLATE_NOOP(
        "Messages", "add the chilled/frozen surcharge of each class that takes cool parcels, "
        "or untick cool"),
    "catalog.cod_without_fee": QT_TRANSLATE_NOOP(
        "Messages", "COD is ticked but there is no COD fee band"),
    "catalog.cod_without_fee_fix": QT_TRANSLATE_NOOP(
        "Messages", "add the COD fee bands, or untick COD"),
    "catalog.relay_prefecture_fix": QT_TRANSLATE_NOOP("Messages", "e.g. 沖縄県, 北海道 or 47"),
    "catalog.fill_in_yen": QT_TRANSLATE_NOOP("Messages", "fill in the amount in yen"),
    # --- products' measurements (services/product_admin.py) -----------------------------
    "catalog.measure_it": QT_TRANSLATE_NOOP(
        "Messages", "measure it and type the whole number of {unit}: thin services need the "
        "real size"),
    "catalog.measure_range": QT_TRANSLATE_NOOP(
        "Messages", "a whole number of {unit} from 1 to {high}"),
}
