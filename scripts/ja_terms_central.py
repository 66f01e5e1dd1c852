"""Japanese for the networked-mode screens (central server, sync status)."""

TERMS = {
    "Another station is packing this order": "この注文は他の梱包台で作業中です",
    "Server unreachable: only orders already at this station can be opened":
        "サーバーに接続できません: この梱包台に割り当て済みの注文だけ開けます",
    "unsent: %1": "未送信 %1 件",
    "⚠ Sync stalled: call the lead": "⚠ 同期が止まっています: リーダーを呼んでください",
    "● Offline: packing goes on": "● オフライン作業中",
    "● Server connected": "● サーバー接続中",
    "last sync: %1": "最終同期 %1",
    "moved to another station: %1": "他の梱包台へ移動: %1",
    "never": "未同期",
    "%1 s ago": "%1 秒前",
    "%1 min ago": "%1 分前",
    "%1 h ago": "%1 時間前",
}
TERMS.update({
    "Floor (Ctrl+H)": "作業状況 (Ctrl+H)",
    "Orders held by stations (Ctrl+H)": "梱包台ごとの作業中の注文 (Ctrl+H)",
    "Who holds which order": "どの梱包台がどの注文を作業中か",
    "Sync conflicts (not applied on the server)": "同期の衝突 (サーバーに反映されていない記録)",
    "Take over to this station (F6)": "この梱包台に引き取る (F6)",
    "Release (F8)": "割り当てを解除 (F8)",
    "Mark checked (F9)": "確認済みにする (F9)",
    "Refresh (F5)": "更新 (F5)",
    "%1 orders held, %2 conflicts to check": "作業中 %1 件、確認待ちの衝突 %2 件",
    "Choose an order first": "先に注文を選んでください",
    "Choose a conflict first": "先に衝突を選んでください",
    "FloorColumns|Order": "注文番号",
    "FloorColumns|Station": "梱包台",
    "FloorColumns|Lease until": "割り当て期限",
    "FloorColumns|Expired": "期限切れ",
    "FloorColumns|Time": "日時",
    "FloorColumns|Event": "記録",
    "FloorColumns|Reason": "理由",
})
