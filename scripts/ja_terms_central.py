"""Japanese for the networked-mode screens (central server, sync status)."""

TERMS = {
    "Another station is packing this order": "この注文は他の梱包台で作業中です",
    "Server unreachable: only orders already at this station can be opened":
        "サーバーに接続できません: この梱包台に割り当て済みの注文だけ開けます",
    "unsent: %1": "未送信 %1 件",
    "⚠ Sync stalled: call the lead": "⚠ 同期が止まっています: リーダーを呼んでください",
    "● Offline: packing goes on, sent when the server is back":
        "● オフライン: 作業は続けられます (サーバー復旧後に送信)",
    "● Server connected": "● サーバー接続中",
    "last sync: %1": "最終同期 %1",
    "moved to another station: %1": "他の梱包台へ移動: %1",
    "never": "未同期",
    "%1 s ago": "%1 秒前",
    "%1 min ago": "%1 分前",
    "%1 h ago": "%1 時間前",
}
