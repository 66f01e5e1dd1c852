"""Japanese for printing: the packer's print bar and the admin's printer setup."""

TERMS = {
    # --- back-ends ----------------------------------------------------------------------
    "Backends|System printer (PDF)": "OSのプリンタ (PDF)",
    "Backends|CUPS raw queue": "CUPS RAWキュー",
    "Backends|Network, raw TCP 9100": "ネットワーク直接 (TCP 9100)",
    "MainWindow|Printers (Ctrl+Shift+P)": "プリンタ設定 (Ctrl+Shift+P)",
    # --- packer screen ------------------------------------------------------------------
    "PackerScreen|%1 for %2 NOT printed": "%2 の%1が印刷されていません",
    "PackerScreen|F1: retry   Shift+F1: cancel": "F1: 再印刷   Shift+F1: 印刷取消",
    "PackerScreen|Label printed: stick it on and scan its barcode":
        "送り状を印刷しました: 箱に貼って、バーコードをスキャンしてください",
    "PackerScreen|Label printed: stick it on, then scan the next order":
        "送り状を印刷しました: 箱に貼って、次の受注をスキャンしてください",
    # --- why a job did not print ----------------------------------------------------------
    "PrintFailures|No printer is set for this at this station: ask the admin.":
        "この梱包台にプリンタが設定されていません。管理者に連絡してください。",
    "PrintFailures|Printer not found: ask the admin to check the printer setup.":
        "プリンタが見つかりません。管理者にプリンタ設定の確認を依頼してください。",
    "PrintFailures|The printer does not answer: check that it is on and connected.":
        "プリンタが応答しません。電源とケーブル(LAN)を確認してください。",
    "PrintFailures|The printer is not ready: check paper, ribbon and cover.":
        "プリンタが印刷できる状態ではありません。用紙・リボン・カバーを確認してください。",
    "PrintFailures|Wrong paper in the printer: load the right stock.":
        "用紙が違います。正しい用紙(ラベル)をセットしてください。",
    "PrintFailures|This printer cannot print this document: ask the admin.":
        "このプリンタではこの帳票を印刷できません。管理者に連絡してください。",
    "PrintFailures|The printer stopped in the middle: throw away any half-printed sheet, "
    "check the printer.":
        "印刷の途中でプリンタが止まりました。途中まで出た用紙は破棄し、プリンタを確認してください。",
    "PrintFailures|Printing was cut off when the app stopped: check the printer before "
    "retrying.":
        "アプリ終了で印刷が中断されました。プリンタの出力を確認してから再印刷してください。",
    "PrintFailures|Label held back:": "送り状の印刷を保留しました:",
    "PrintFailures|The document could not be made: call the admin.":
        "帳票を作成できませんでした。管理者に連絡してください。",
    "PrintFailures|Printing failed unexpectedly: call the admin.":
        "予期しないエラーで印刷できませんでした。管理者に連絡してください。",
    "PrintKinds|Label": "送り状",
    "PrintKinds|納品書": "納品書",
    # --- print bar ----------------------------------------------------------------------
    "PrintPanel|Retry print (F1)": "再印刷 (F1)",
    "PrintPanel|Cancel print (Shift+F1)": "印刷取消 (Shift+F1)",
    "PrintPanel|Print / reprint (Ctrl+P)": "印刷・再発行 (Ctrl+P)",
    "PrintPanel|Print": "印刷",
    "PrintPanel|Print for %1:": "%1 の印刷:",
    "PrintPanel|%1 for %2 was already printed. Why is a reprint needed?":
        "%2 の%1は印刷済みです。再発行の理由を入力してください",
    "PrintPanel|Cancel print": "印刷取消",
    "PrintPanel|Cancel the %1 of %2? Why (e.g. written by hand)?":
        "%2 の%1の印刷を取り消しますか? 理由(例: 手書きで対応)",
    "PrintPanel|Reprint": "再発行",
    "PrintPanel|%1 for %2 NOT printed": "%2 の%1が印刷されていません",
    "PrintPanel|  (+%1 more waiting)": "  (ほか %1 件待ち)",
    "PrintPanel|Printing: %1 for %2 on %3…": "印刷中: %2 の%1 → %3…",
    # --- printer setup (admin) ----------------------------------------------------------
    "PrintersDialog|Printers": "プリンタ設定",
    "PrintersDialog|Name": "プリンタ名",
    "PrintersDialog|Connection": "接続方法",
    "PrintersDialog|Address / queue": "アドレス / キュー名",
    "PrintersDialog|Paper / label stock": "用紙サイズ",
    "PrintersDialog|Resolution": "解像度",
    "PrintersDialog|Format": "データ形式",
    "PrintersDialog|ZPL: printer has a Kanji font": "ZPL: プリンタに漢字フォントあり",
    "PrintersDialog|In use": "使用する",
    "PrintersDialog|Label printer": "送り状ラベルプリンタ",
    "PrintersDialog|納品書 printer": "納品書プリンタ",
    "PrintersDialog|Print label and 納品書 when an order completes":
        "検品完了時に送り状と納品書を自動印刷",
    "PrintersDialog|This station: %1": "この梱包台: %1",
    "PrintersDialog|New printer (Ctrl+N)": "新規プリンタ (Ctrl+N)",
    "PrintersDialog|Check (Ctrl+T)": "接続確認 (Ctrl+T)",
    "PrintersDialog|Save printer (Ctrl+S)": "プリンタを保存 (Ctrl+S)",
    "PrintersDialog|Save station (Ctrl+Shift+S)": "梱包台の設定を保存 (Ctrl+Shift+S)",
    "PrintersDialog|e.g. 192.168.1.50:9100": "例: 192.168.1.50:9100",
    "PrintersDialog|(none)": "(なし)",
    "PrintersDialog|Saved: %1": "保存しました: %1",
    "PrintersDialog|Station printers saved": "梱包台のプリンタ設定を保存しました",
    "PrintersDialog|Save the printer first, then check it.":
        "先にプリンタを保存してから接続確認してください。",
    "PrintersDialog|Checking %1…": "%1 を確認しています…",
    "PrintersDialog|%1 is ready": "%1 は印刷できます",
}
TERMS["PrintersDialog|(not in use)"] = "(停止中)"
