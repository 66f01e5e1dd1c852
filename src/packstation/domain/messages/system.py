"""Messages of the devices and the set-up around the packing: the camera, the central server,
and the command line's own inputs."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # --- the camera (adapters/scanning/capture.py, services/camera_feed.py) -------------
    "camera.not_chosen": QT_TRANSLATE_NOOP(
        "Messages", "No camera is chosen in the settings: choose one (F11)."),
    "camera.not_found": QT_TRANSLATE_NOOP(
        "Messages", "Camera {device} not found: plug it in, or choose another camera in the "
        "settings."),
    "camera.busy": QT_TRANSLATE_NOOP(
        "Messages", "Camera {device} is busy or gives no picture: close the other program "
        "using it."),
    "camera.stopped": QT_TRANSLATE_NOOP(
        "Messages", "The camera stopped giving pictures: check its cable."),
    "camera.video_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The video file {device} cannot be read."),
    "camera.decode_source": QT_TRANSLATE_NOOP("Messages", "decode"),
    "camera.not_an_image": QT_TRANSLATE_NOOP("Messages", "{path}: not a readable image"),
    "camera.no_such_file": QT_TRANSLATE_NOOP("Messages", "{path}: no such file"),
    "camera.image_fix": QT_TRANSLATE_NOOP("Messages", "give a PNG, JPEG or WebP image"),
    # --- the central server (adapters/central, cli_central.py) -------------------------
    "central.station_not_registered": QT_TRANSLATE_NOOP(
        "Messages", "Station '{station}' is not registered on the server: the admin registers "
        "it with `packstation server add-station`."),
    "central.unreachable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot reach the server ({reason}): check the URL, the network and that "
        "PostgreSQL is running."),
    # --- the command line's inputs (cli.py, cli_documents.py) ---------------------------
    "cli.order_not_found": QT_TRANSLATE_NOOP("Messages", "order '{order_no}' not found"),
    "cli.order_not_found_fix": QT_TRANSLATE_NOOP(
        "Messages", "check the number with `packstation orders`"),
    "cli.no_folder": QT_TRANSLATE_NOOP("Messages", "folder '{folder}' does not exist"),
    "cli.no_folder_fix": QT_TRANSLATE_NOOP("Messages", "create it or choose another path"),
    "cli.not_json": QT_TRANSLATE_NOOP("Messages", "not valid JSON: {error}"),
    "cli.not_json_fix": QT_TRANSLATE_NOOP("Messages", "fix the JSON syntax"),
    "cli.not_json_object": QT_TRANSLATE_NOOP("Messages", "top level must be a JSON object"),
    "cli.not_json_object_fix": QT_TRANSLATE_NOOP("Messages", "wrap the input in {{ … }}"),
}
