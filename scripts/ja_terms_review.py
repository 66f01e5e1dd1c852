"""Japanese for the shift lead's review screen and KPIs (現場リーダーの検品エラー確認・生産性).

Refused scans are 検品エラー (caught at the station), mis-shipments are 誤出荷 (reached the
customer): two different things, never mixed up in the wording.
"""

TERMS = {
    # --- main window --------------------------------------------------------------------
    "Mis-pick review (Ctrl+R)": "検品エラー確認 (Ctrl+R)",
    # --- filters and pages --------------------------------------------------------------
    "ReviewScreen|&From": "期間(&F)",
    "ReviewScreen|&To": "〜(&T)",
    "Packer (Ctrl+P)": "作業者 (Ctrl+P)",
    "Every packer": "全作業者",
    "Every reason": "全理由",
    "SKU (Ctrl+F)": "商品コード (Ctrl+F)",
    "A SKU or its beginning: TEE-RED finds every red tee":
        "商品コードまたはその先頭部分 (前方一致): TEE-RED で赤Tシャツ全サイズ",
    "Not reviewed only": "未確認のみ",
    "Mis-picks (Ctrl+1)": "検品エラー (Ctrl+1)",
    "Productivity and mis-shipments (Ctrl+2)": "生産性・誤出荷 (Ctrl+2)",
    "Look-alike pairs: expected → scanned instead":
        "取り違えの多い組合せ: 正しい商品 → スキャンされた商品",
    "Refused scans per packer and hour (JST)": "作業者別・時間帯別の検品エラー数",
    "Comment for the selected records": "選択した行への確認コメント",
    "Mark reviewed (Ctrl+Enter)": "確認済にする (Ctrl+Enter)",
    "Export CSV… (Ctrl+E)": "CSV出力… (Ctrl+E)",
    "Report a mis-shipment… (Ctrl+Shift+M)": "誤出荷を登録… (Ctrl+Shift+M)",
    "Hours worked: clock hours with at least one scan. Mis-ship rate: mis-shipments reported "
    "against the orders packed in the period, per million orders. Refused scans are "
    "near-misses caught at the station, not mis-shipments.":
        "作業時間: 1回でもスキャンした時間帯を1時間として数えます。誤出荷率: 期間内に梱包した"
        "受注に対して登録された誤出荷の件数 (100万件あたり、ppm)。検品エラーは梱包台で止めた"
        "ヒヤリハットで、誤出荷には数えません。",
    "%n record(s)": "%n件",
    "%n not reviewed": "未確認 %n件",
    "only the newest %n are shown; the CSV export has all":
        "表示は新しい順に %n 件まで (CSV出力は全件)",
    "this station's scans only: every station's are on the admin PC (central database)":
        "この梱包台の記録のみ表示 (全梱包台の記録は管理用PCでセンター側を確認)",
    "Select the records first (Shift/Ctrl + arrows).":
        "先に行を選択してください (Shift + 矢印キー)。",
    "Export mis-picks as CSV": "検品エラーをCSV出力",
    "CSV files (*.csv)": "CSVファイル (*.csv)",
    "%n record(s) written to %1": "%n件を %1 に出力しました",
    "%n character(s) cp932 cannot hold were replaced":
        "Shift_JIS (cp932) にない文字 %n 個を置き換えました",
    # --- reasons (refused scans) --------------------------------------------------------
    "Reasons|Wrong item": "商品違い",
    "Reasons|Too many": "数量超過",
    "Reasons|Short at completion": "数量不足 (完了時)",
    "Reasons|Unknown barcode": "未登録バーコード",
    "Reasons|Misread (check digit)": "読取エラー (チェックデジット)",
    "Reasons|Serial scanned twice": "シリアル重複",
    "Reasons|Serial not scanned": "シリアル未読取",
    "Reasons|Expired": "期限切れ",
    "Reasons|No order open": "受注未開始",
    "Reasons|Wrong carrier label": "送り状違い",
    "Reasons|Typed code refused": "手入力不可",
    # --- mis-shipment kinds (誤出荷の種類) -------------------------------------------------
    "Reasons|Wrong item shipped": "商品違い",
    "Reasons|Wrong quantity shipped": "数量違い",
    "Reasons|Item or order not shipped": "出荷漏れ",
    "Reasons|Labels swapped (wrong address)": "宛先違い (テレコ)",
    "Reasons|Another customer's slip in the box": "添付書類違い (他の方の納品書)",
    "Reasons|Damaged in transit": "破損",
    # --- columns ------------------------------------------------------------------------
    "ReviewColumns|Time (JST)": "日時",
    "ReviewColumns|Packer": "作業者",
    "ReviewColumns|Order no.": "受注番号",
    "ReviewColumns|Expected": "正しい商品",
    "ReviewColumns|What was scanned": "スキャン内容",
    "ReviewColumns|Reason": "理由",
    "ReviewColumns|Resolution": "対応",
    "ReviewColumns|Scanned instead": "スキャンされた商品",
    "ReviewColumns|Times": "回数",
    "ReviewColumns|Orders packed": "梱包件数",
    "ReviewColumns|Units": "点数",
    "ReviewColumns|Hours worked": "作業時間 (h)",
    "ReviewColumns|Orders / hour": "件数/時",
    "ReviewColumns|Units / hour": "点数/時",
    "ReviewColumns|Refused scans": "検品エラー",
    "ReviewColumns|Mis-shipments": "誤出荷",
    "ReviewColumns|Mis-ship rate (ppm)": "誤出荷率 (ppm)",
    "ReviewColumns|Reported (JST)": "登録日時",
    "ReviewColumns|Kind": "種類",
    "ReviewColumns|Packed by": "梱包した作業者",
    "ReviewColumns|Reported by": "登録者",
    "ReviewColumns|Note": "内容",
    "ReviewColumns|Total": "合計",
    "ReviewColumns|Stopped at the station": "梱包台で停止",
    # --- mis-shipment dialog ------------------------------------------------------------
    "Report a mis-shipment": "誤出荷の登録",
    "MisShipmentDialog|&Order no.": "受注番号(&O)",
    "MisShipmentDialog|&Kind": "種類(&K)",
    "MisShipmentDialog|&Note": "内容(&N)",
    "Scan the 納品書 or type the order no.": "納品書をスキャン、または受注番号を入力",
    "What the customer or carrier reported": "お客様・運送会社からの連絡内容",
    "Save (Enter)": "登録 (Enter)",
    "Cancel (Esc)": "キャンセル (Esc)",
}
