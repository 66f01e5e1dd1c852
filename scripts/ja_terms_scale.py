"""Japanese for the scale (issue 8): 計量, 重量, はかり, 許容差, 運賃区分."""

TERMS = {
    # --- scale settings (admin) -----------------------------------------------------------
    "Scale settings": "はかりの設定",
    "No scale": "はかりなし",
    "Serial scale (MT-SICS)": "シリアル接続のはかり (MT-SICS)",
    "USB scale (HID)": "USB接続のはかり (HID)",
    "ScaleSettingsDialog|Scale": "はかり",
    "Port (USB scale: empty = the first found)": "ポート (USBのはかりは空欄で自動検出)",
    "Speed (baud)": "通信速度 (ボーレート)",
    "Tolerance: percent of the expected weight": "許容差: 予定重量の %",
    "Tolerance: at least": "許容差: 最小",
    "Test the scale": "はかりをテスト",
    "Reading the scale…": "計量中…",
    "The scale answers: %1 g": "はかりの応答: %1 g",
    # --- weighing panel -------------------------------------------------------------------
    "Weigh (F5)": "計量 (F5)",
    "Next: put the box on the scale and press F5": "次: 箱をはかりに載せて F5",
    "Next: check the box contents and weigh again (F5), or ask the lead (F9)":
        "次: 箱の中身を確認して再計量 (F5)、またはリーダーに連絡 (F9)",
    "Complete the order first, then weigh its box": "先に検品を完了してから箱を計量してください",
    "Only an admin may set up the scale": "はかりの設定は管理者のみです",
    "No scale is set up at this station (admin: Shift+F5)":
        "この梱包台にははかりが設定されていません (管理者: Shift+F5)",
    "The box is weighed when the order is complete": "検品完了後に箱を計量します",
    "Put the closed box on the scale and press F5":
        "封をした箱をはかりに載せて F5 を押してください",
    "The weight is wrong: check the box and weigh again (F5), or ask the lead (F9)":
        "重量が合いません: 箱の中身を確認して再計量 (F5)、またはリーダーに連絡 (F9)",
    # --- results --------------------------------------------------------------------------
    "Too light: expected %1 g ± %2 g / measured %3 g": "軽すぎます: 期待 %1 g ± %2 g / 計量 %3 g",
    "Too heavy: expected %1 g ± %2 g / measured %3 g": "重すぎます: 期待 %1 g ± %2 g / 計量 %3 g",
    "Weight OK: %3 g (expected %1 g ± %2 g)": "重量OK: %3 g (期待 %1 g ± %2 g)",
    "Approved by the lead: shipped at the measured %3 g":
        "リーダー承認済み: 計量値 %3 g で出荷します",
    "Weighed %1 g; not checked: no registered weight for %2":
        "計量 %1 g (重量未登録の商品があるため照合なし: %2)",
    "Weigh the box first (F5)": "先に箱を計量してください (F5)",
    "Expected %1 g ± %2 g (box %3)": "予定重量 %1 g ± %2 g (箱 %3)",
    "The weight changes the carrier class: %1 → %2 (%3 yen)":
        "重量により運賃区分が変わりました: %1 → %2 (%3円)",
    "No carrier service takes this box at this weight (was %1): call the lead":
        "この重量では引き受けられる配送サービスがありません (予定: %1)。リーダーを呼んでください",
    # --- scale problems -------------------------------------------------------------------
    "The scale is not connected (%1): plug it in, or set its port (admin: Shift+F5)":
        "はかりが接続されていません (%1): ケーブルをつなぐか、ポートを設定してください"
        " (管理者: Shift+F5)",
    "No answer from the scale (%1): check the cable, that it is on, and its speed (baud)":
        "はかりから応答がありません (%1): ケーブル・電源・通信速度を確認してください",
    "The weight does not settle: keep the box still and press F5 again":
        "重量が安定しません: 箱を動かさずに、もう一度 F5 を押してください",
    "Over the scale's range: use a bigger scale":
        "はかりの計量範囲を超えています: 大きいはかりを使ってください",
    "The scale reads below zero: empty it, zero it and weigh again":
        "はかりがマイナス表示です: 何も載せずにゼロ点を合わせてから再計量してください",
    "This PC may not read the scale (%1): ask the admin":
        "このPCからはかりを読めません (%1): 管理者に連絡してください",
    "The scale reports an error: %1": "はかりのエラー: %1",
    # --- the lead's approval --------------------------------------------------------------
    "Registered product weight is wrong": "商品の登録重量の誤り",
    "Extra packing material (cushioning, ice packs)": "緩衝材・保冷剤などの追加",
    "The item's weight varies": "商品ごとに重量のばらつきがある",
    "WeightOverride|Other (write a comment)": "その他 (コメントに記入)",
    "Ship at the measured weight": "計量値のまま出荷する",
    "Lead approval: weight": "リーダー承認: 重量",
}
