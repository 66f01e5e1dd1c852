"""Messages of the command line and of what it shares with the GUI: the database and files it
cannot use, who runs a command, and malformed JSON input (docs/cli.md, "Errors").

Each names the cause and the fix in one sentence: a cron job's log shows one line, and the
admin reading it must know what to do.
"""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # --- the database -------------------------------------------------------------------
    "db.locked_retry": QT_TRANSLATE_NOOP(
        "Messages", "The database is locked by another program; retrying… ({attempt}/{attempts})"),
    "db.locked": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} stayed locked by another program: close that program "
        "or wait until it has finished, then run the command again; nothing was changed."),
    "db.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk holding the database {path} is full: free some space, then run "
        "the command again; nothing was changed."),
    "db.io_error": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} could not be written (the disk is full or failing): "
        "free some space and check the disk, then run the command again; nothing was changed."),
    "db.corrupt": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a packstation database or is damaged: check the --db path, "
        "or restore the database from a backup."),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} cannot be written (a read-only file or folder): give "
        "this user write access to the file and its folder, or use another --db."),
    "db.cannot_open": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} cannot be opened: check that its folder exists and "
        "that this user may write to it."),
    "db.newer": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} was made by a newer packstation (schema revision "
        "{revision}, this one knows up to {head}): install the newer packstation, or use "
        "another --db."),
    "db.not_a_url": QT_TRANSLATE_NOOP(
        "Messages", "--db '{value}' is not a database this program can use: write a file path "
        "(shop.db), sqlite:///path/shop.db or postgresql://user@host/database."),
    # --- files --------------------------------------------------------------------------
    "file.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written: the disk or device is full; free some space "
        "or choose another place (nothing was left half-written)."),
    "file.read_only": QT_TRANSLATE_NOOP(
        "Messages", "{path} cannot be written (a read-only folder or no permission): choose a "
        "folder this user may write to, or ask the admin for access."),
    "file.no_read": QT_TRANSLATE_NOOP(
        "Messages", "{path} cannot be read (no permission): give this user read access or copy "
        "the file somewhere readable."),
    "file.not_found": QT_TRANSLATE_NOOP(
        "Messages", "{path} does not exist: check the path and the file name."),
    "file.no_folder": QT_TRANSLATE_NOOP(
        "Messages", "The folder of {path} does not exist: create it or choose another path."),
    "file.is_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a folder: give a file name."),
    "file.other": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be used ({detail}): check the path and the device."),
    "export.old_file_removed": QT_TRANSLATE_NOOP(
        "Messages", "Nothing to export for {carrier}: no packed order is waiting for it. The "
        "previous file {path} was removed so that it is not uploaded twice."),
    # --- who runs a command ---------------------------------------------------------------
    "cli.user_required": QT_TRANSLATE_NOOP(
        "Messages", "'{command}' changes the {what} and must say who runs it: add --user LOGIN "
        "(a {role}); the PIN is read from PACKSTATION_PIN or asked for."),
    "cli.pin_required": QT_TRANSLATE_NOOP(
        "Messages", "No PIN for --user {login}: set PACKSTATION_PIN, or run the command in a "
        "terminal to type it."),
    "cli.role_needed": QT_TRANSLATE_NOOP(
        "Messages", "{login} may not run '{command}': it needs a {role}; use the login of a "
        "{role}."),
    "cli.login_failed": QT_TRANSLATE_NOOP(
        "Messages", "--user {login}: unknown user or wrong PIN; check both (after several "
        "failures the account is locked for a while)."),
    "cli.account_locked": QT_TRANSLATE_NOOP(
        "Messages", "--user {login} is locked after too many wrong PINs: wait, or ask an admin."),
    "cli.demo_on_real_orders": QT_TRANSLATE_NOOP(
        "Messages", "This database already holds {count} real (not demo) orders, and demo-data "
        "would mix made-up orders with them: use another --db, or add --force if that is "
        "really wanted."),
    # --- JSON input (simulate, cartonize) ---------------------------------------------------
    "json.too_deep": QT_TRANSLATE_NOOP(
        "Messages", "the JSON is nested too deeply to be an input of this command"),
    "json.fix_structure": QT_TRANSLATE_NOOP(
        "Messages", "write the input as the command's documentation shows"),
    "json.not_utf8": QT_TRANSLATE_NOOP(
        "Messages", "the file is not UTF-8 text"),
    "json.save_utf8": QT_TRANSLATE_NOOP(
        "Messages", "save it as UTF-8 (with or without BOM)"),
    "json.not_object": QT_TRANSLATE_NOOP("Messages", "{value} is not an object"),
    "json.not_list": QT_TRANSLATE_NOOP("Messages", "{value} is not a list"),
    "json.not_text": QT_TRANSLATE_NOOP("Messages", "{value} is not a text"),
    "json.not_quantity": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a quantity (a whole number of at least 1)"),
    "json.not_whole": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a whole number of at least {low}"),
    "json.missing": QT_TRANSLATE_NOOP("Messages", "missing"),
    "json.write_as": QT_TRANSLATE_NOOP("Messages", "write it as {example}"),
    "json.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{value} is also given at {other}"),
    "json.make_unique": QT_TRANSLATE_NOOP("Messages", "give each one its own {what}"),
    "json.unknown_sku": QT_TRANSLATE_NOOP(
        "Messages", "unknown sku {value}: not among the products"),
    "json.unknown_prefecture": QT_TRANSLATE_NOOP("Messages", "unknown prefecture {value}"),
    "json.prefecture_fix": QT_TRANSLATE_NOOP(
        "Messages", "write a prefecture such as 北海道 or 東京都"),
    "json.not_date": QT_TRANSLATE_NOOP("Messages", "{value} is not a date"),
    "json.unknown_step": QT_TRANSLATE_NOOP(
        "Messages", "not a step: a step has exactly one of {kinds}"),
    "json.not_batch_no": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a batch number"),
    "json.unknown_order": QT_TRANSLATE_NOOP(
        "Messages", "unknown order {value}: not among the orders"),
    "json.add_order": QT_TRANSLATE_NOOP(
        "Messages", "add the order to orders, or correct the number"),
    "json.add_product": QT_TRANSLATE_NOOP(
        "Messages", "add the product to products, or correct the sku"),
    # --- codes typed or imported ----------------------------------------------------------
    "code.invisible_chars": QT_TRANSLATE_NOOP(
        "Messages", "contains an invisible or direction-changing character (U+{codepoint})"),
    "code.retype": QT_TRANSLATE_NOOP(
        "Messages", "type the number again with letters, digits and signs only"),
    # --- images -----------------------------------------------------------------------------
    "image.too_large": QT_TRANSLATE_NOOP(
        "Messages", "{path} is too large to decode ({pixels} pixels, at most {limit}): crop or "
        "scale the image down."),
}
