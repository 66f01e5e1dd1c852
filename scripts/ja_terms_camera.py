"""Japanese for the camera panel and its settings (issue 8, camera part)."""

TERMS = {
    "Count the same item again (Ctrl+Shift+K)": "同じ商品をもう一度カウント (Ctrl+Shift+K)",
    "Camera off (Ctrl+K)": "カメラ オフ (Ctrl+K)",
    "Starting the camera…": "カメラを起動しています…",
    "Camera %1: hold each item's barcode in view (Ctrl+K: camera off)":
        "カメラ %1:バーコードをカメラに向けてください(Ctrl+K:カメラ オフ)",
    "No camera picture": "カメラの映像がありません",
    "Camera %1 is busy or gives no picture: close the other program using it, then press Ctrl+K.":
        "カメラ %1 は使用中か、映像が出ません。カメラを使っている他のソフトを閉じてから"
        " Ctrl+K を押してください。",
    "Camera %1 stopped giving pictures: check its cable, then press Ctrl+K.":
        "カメラ %1 の映像が止まりました。ケーブルを確認してから Ctrl+K を押してください。",
    "Camera %1 not found: plug it in, or choose another camera in the settings (F11), "
    "then press Ctrl+K.":
        "カメラ %1 が見つかりません。接続するか、設定 (F11) で別のカメラを選んでから"
        " Ctrl+K を押してください。",
    "The camera stopped: %1 Keep scanning by hand.":
        "カメラが停止しました:%1 ハンドスキャナーで検品を続けてください。",
    "Camera for scanning (number or device)": "検品用カメラ(番号またはデバイス)",
    "Record an evidence video of each order's packing": "受注ごとに梱包の記録動画を残す",
    "Days evidence videos are kept": "記録動画の保存日数",
    "Evidence video not recorded: %1 Scanning goes on.":
        "記録動画を保存できません:%1 検品はこのまま続けられます。",
}
