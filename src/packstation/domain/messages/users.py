"""Messages of the users feature: PIN rules, the user form, locked accounts, badge cards."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "users.pin_rule": QT_TRANSLATE_NOOP(
        "Messages", "A PIN is {min} to {max} digits, numbers only."),
    "users.pin_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The two new PINs are not the same: type the new PIN twice."),
    "users.pin_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "Choose a new PIN, not the one you have now."),
    "users.login_rule": QT_TRANSLATE_NOOP(
        "Messages", "A login name is 1 to 40 letters, digits, '.', '_' or '-'."),
    "users.login_taken": QT_TRANSLATE_NOOP(
        "Messages", "The login name {login} is already used: choose another."),
    "users.name_rule": QT_TRANSLATE_NOOP(
        "Messages", "A display name of 1 to 100 characters is needed."),
    "users.badge_rule": QT_TRANSLATE_NOOP(
        "Messages", "A badge code is up to 64 letters, digits, '-' or '_' (no spaces)."),
    "users.badge_taken": QT_TRANSLATE_NOOP(
        "Messages", "Badge {badge} already belongs to {login}."),
    "users.role_rule": QT_TRANSLATE_NOOP(
        "Messages", "Unknown role {role}: choose packer, lead or admin."),
    "users.language_rule": QT_TRANSLATE_NOOP(
        "Messages", "Unknown language {language}: choose ja or en."),
    "users.unknown": QT_TRANSLATE_NOOP("Messages", "There is no user {login}."),
    "users.last_admin": QT_TRANSLATE_NOOP(
        "Messages", "{login} is the last active admin: make another user an admin first."),
    "users.not_yourself": QT_TRANSLATE_NOOP(
        "Messages", "You cannot deactivate yourself or take away your own admin role: "
        "another admin must do it."),
    "users.no_badges": QT_TRANSLATE_NOOP(
        "Messages", "No active user has a badge code: give the users badge codes first."),
    "users.admin_only": QT_TRANSLATE_NOOP(
        "Messages", "Only an admin may manage users."),
}
