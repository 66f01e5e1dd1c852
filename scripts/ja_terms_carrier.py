"""Japanese for the carrier hand-off (送り状データ / 伝票番号取込) screens."""

TERMS = {
    # --- order list ---------------------------------------------------------------------
    "Carrier CSV… (Ctrl+E)": "送り状データ出力… (Ctrl+E)",
    "Tracking numbers… (Ctrl+T)": "伝票番号取込… (Ctrl+T)",
    # --- shared -------------------------------------------------------------------------
    "Yamato B2 Cloud": "ヤマト運輸 B2クラウド",
    "Sagawa e-Hiden": "佐川急便 e飛伝",
    "Japan Post Yu-Pri R": "日本郵便 ゆうプリR",
    "Carrier": "配送会社",
    "Account": "契約アカウント",
    "%1 orders…": "%1 件処理中…",
    # --- export -------------------------------------------------------------------------
    "Carrier CSV (label data)": "送り状データ出力 (配送会社ソフト用CSV)",
    "Save as": "保存先",
    "Check only (F5)": "確認のみ (F5)",
    "Write file (Enter)": "ファイル出力 (Enter)",
    "Layout… (Ctrl+L)": "レイアウト設定… (Ctrl+L)",
    "Order no.": "受注番号",
    "Row": "行",
    "Column": "項目",
    "What happened": "内容",
    "Original": "元の文字・値",
    "Written": "出力した値",
    "Save the carrier CSV": "送り状データの保存先",
    "CSV files (*.csv)": "CSVファイル (*.csv)",
    "Choose where to save the file first.": "先に保存先を指定してください。",
    "Reading the packed orders…": "梱包済みの受注を読み込み中…",
    "No packed order is waiting for this carrier.":
        "この配送会社に出力する梱包済みの受注はありません。",
    "%1 orders written to %2 and marked as handed over.":
        "%1 件を %2 に出力し、出力済みにしました。",
    "Check only: %1 orders would be written. No file, nothing marked.":
        "確認のみ: %1 件が出力対象です。ファイルは作成せず、出力済みにもしていません。",
    "%n change(s) below: each was made so the carrier can read the file.":
        "配送会社ソフトで読めるように変えた箇所が %n 件あります (下の一覧)。",
    "%n packed order(s) have no carrier service chosen and were left out.":
        "梱包済みのうち %n 件は配送サービスが未選択のため出力していません。",
    "Character replaced (not in cp932)": "文字を置換 (Shift_JIS(cp932)にない文字)",
    "Cut to the carrier's length": "文字数超過のため切り捨て",
    "No code in the layout: left empty": "レイアウトにコードがないため空欄",
    "Nothing was written or marked.": "ファイルは出力されず、出力済みにもなっていません。",
    # --- tracking import ----------------------------------------------------------------
    "Import tracking numbers": "伝票番号取込",
    "Issued-data CSV": "発行済みデータCSV",
    "Check and import (Enter)": "チェックして取込 (Enter)",
    "The CSV the carrier software exports after printing the labels":
        "送り状を印刷したあと、配送会社ソフトから出力したCSV",
    "Choose the issued-data CSV": "発行済みデータCSVを選択",
    "%1 orders shipped with their tracking numbers; %2 already had them.":
        "%1 件に伝票番号を登録し出荷済みにしました (%2 件は登録済み)。",
    "TrackingImportDialog|Nothing was imported. Fix these %n problem(s) and import again:":
        "取込は行われていません。次の %n 件のエラーを修正して、もう一度取り込んでください:",
    # --- layout (admin) -----------------------------------------------------------------
    "Carrier CSV layout": "送り状データのレイアウト設定",
    "Account name": "アカウント名",
    "Header row": "見出し行",
    "Date format": "日付の形式",
    "Orders with no service": "配送サービス未選択の受注",
    "Tracking file: order no. column": "伝票番号ファイル: 受注番号の項目",
    "Tracking file: tracking no. column": "伝票番号ファイル: 伝票番号の項目",
    "Sender name": "ご依頼主名",
    "Sender phone": "ご依頼主電話番号",
    "Sender postal code": "ご依頼主郵便番号",
    "Sender address": "ご依頼主住所",
    "Sender building": "ご依頼主建物名",
    "The file starts with the column names": "1行目に項目名を出力する",
    "Export them with this carrier too": "この配送会社で出力する",
    "General (Ctrl+1)": "基本設定 (Ctrl+1)",
    "Columns (Ctrl+2)": "出力項目 (Ctrl+2)",
    "Codes (Ctrl+3)": "コード変換 (Ctrl+3)",
    "Column name": "項目名",
    "Source": "出力内容",
    "Max bytes (全角 = 2)": "最大バイト数 (全角 = 2)",
    "Width (full/half)": "全角/半角 (full/half)",
    "Fixed value": "固定値",
    "Sources: %1": "出力内容: %1",
    "Group (service, service_cod, cool, time_slot, payment)":
        "区分 (service, service_cod, cool, time_slot, payment)",
    "Our value": "当システムの値",
    "Carrier code": "配送会社のコード",
    "Add column": "項目を追加",
    "Remove column": "項目を削除",
    "Add code": "コードを追加",
    "Remove code": "コードを削除",
    "Save (Enter)": "保存 (Enter)",
    "Cancel (Esc)": "キャンセル (Esc)",
    # --- problems (CarrierProblems) ----------------------------------------------------
    "CarrierProblems|no order number": "受注番号が空欄です",
    "CarrierProblems|no tracking number": "伝票番号が空欄です",
    "CarrierProblems|tracking number '%1' fails its check digit":
        "伝票番号 %1 のチェックデジットが合いません",
    "CarrierProblems|order '%1' is also on row %2": "受注 %1 は %2 行目にもあります",
    "CarrierProblems|tracking number '%1' is also on row %2 (order %3)":
        "伝票番号 %1 は %2 行目 (受注 %3) にもあります",
    "CarrierProblems|no order '%1'": "受注 %1 が見つかりません",
    "CarrierProblems|tracking number '%1' already belongs to order %2":
        "伝票番号 %1 は受注 %2 に登録済みです",
    "CarrierProblems|order %1 was shipped with tracking number %2":
        "受注 %1 は伝票番号 %2 で出荷済みです",
    "CarrierProblems|order %1 is %2, not packed": "受注 %1 は「%2」で、梱包済みではありません",
    "CarrierProblems|order %1 was exported for %2, not %3":
        "受注 %1 は %3 ではなく %2 用に出力されています",
    "CarrierProblems|column not found in the header row": "見出し行にこの項目がありません",
    "CarrierProblems|the file is neither cp932 (Shift_JIS) nor UTF-8 text":
        "Shift_JIS(cp932) でも UTF-8 でもないファイルです",
    "CarrierProblems|order number '%1' does not fit the carrier's field (%2)":
        "受注番号 %1 が配送会社の項目に収まりません",
    "CarrierProblems|fill in the order number the export wrote, or delete the row":
        "出力時の受注番号を入れるか、この行を削除してください",
    "CarrierProblems|issue the label in the carrier software first, or delete the row":
        "先に配送会社ソフトで送り状を発行するか、この行を削除してください",
    "CarrierProblems|correct the number from the printed label":
        "印字された送り状の番号で修正してください",
    "CarrierProblems|keep one row per order (one label per order)":
        "1受注につき1行にしてください。送り状は1受注に1枚です",
    "CarrierProblems|each label has its own number: correct the number or the order on one "
    "of the rows": "送り状ごとに番号は別です。どちらかの行の番号か受注番号を修正してください",
    "CarrierProblems|check the order number; import the order first if it is missing":
        "受注番号を確認してください。未登録なら先に受注データを取り込んでください",
    "CarrierProblems|delete the row, or correct the number":
        "この行を削除するか、番号を修正してください",
    "CarrierProblems|pack the order before attaching its tracking number":
        "先に検品・梱包を完了してから伝票番号を登録してください",
    "CarrierProblems|import this file as %1, or export the order again for %2":
        "このファイルを %1 として取り込むか、%2 用に出力し直してください",
    "CarrierProblems|export the issued data with this column, or change the column name in "
    "the carrier layout": "この項目を含めて発行済みデータを出力するか、レイアウト設定の項目名を"
    "変更してください",
    "CarrierProblems|export the issued data from the carrier software again as CSV":
        "配送会社ソフトから発行済みデータをCSVで出力し直してください",
    "CarrierProblems|shorten the order number, or raise the column's length in the carrier "
    "layout": "受注番号を短くするか、レイアウト設定でこの項目の長さを増やしてください",
    "CarrierProblems|%1, row %2, column '%3': %4 (%5)": "%1 %2行目「%3」: %4 (%5)",
    "CarrierProblems|%1: %2 (%3)": "%1: %2 (%3)",
    "CarrierProblems|%1, '%2': %3 (%4)": "%1「%2」: %3 (%4)",
    "CarrierProblems|the layout has no columns": "出力項目がありません",
    "CarrierProblems|empty column name": "項目名が空欄です",
    "CarrierProblems|'%1' appears twice": "「%1」が2回あります",
    "CarrierProblems|has characters cp932 cannot hold": "Shift_JIS(cp932)にない文字があります",
    "CarrierProblems|unknown source '%1'": "出力内容「%1」は使えません",
    "CarrierProblems|negative length": "長さがマイナスです",
    "CarrierProblems|unknown width '%1'": "全角/半角の指定「%1」は使えません",
    "CarrierProblems|not set": "未設定です",
    "CarrierProblems|no account name": "アカウント名がありません",
    "CarrierProblems|tracking order column": "伝票番号ファイルの受注番号項目",
    "CarrierProblems|tracking number column": "伝票番号ファイルの伝票番号項目",
    "CarrierProblems|account": "アカウント",
    "CarrierProblems|header": "項目名",
    "CarrierProblems|add columns": "出力項目を追加してください",
    "CarrierProblems|name the column": "項目名を入れてください",
    "CarrierProblems|give each column its own name": "項目名はそれぞれ別にしてください",
    "CarrierProblems|use characters from the carrier's character set":
        "配送会社ソフトで使える文字にしてください",
    "CarrierProblems|choose one of: %1": "次から選んでください: %1",
    "CarrierProblems|enter 0 (no limit) or the carrier's length in bytes":
        "0 (制限なし) か、配送会社の指定するバイト数を入れてください",
    "CarrierProblems|choose full, half or leave empty":
        "full (全角)、half (半角) か空欄にしてください",
    "CarrierProblems|name the column of the carrier's issued-data CSV (or #n for the n-th column)":
        "発行済みデータCSVの項目名を入れてください (n列目なら #n)",
    "CarrierProblems|name the account": "アカウント名を入れてください",
}
