"""Japanese UI glossary: how a Japanese warehouse says it (作業者, 検品, 出荷, 梱包).

Keys: "Context|English source" where one English word needs different Japanese by screen,
otherwise the English source alone. scripts/update_translations.sh writes these into the .ts.
"""

TERMS = {
    # --- common -------------------------------------------------------------------------
    "Cancel": "キャンセル",
    "Close": "閉じる",
    "Close (Esc)": "閉じる (Esc)",
    "Orders": "受注一覧",
    "ImportDialog|Orders": "受注データ",
    "Products": "商品マスタ",
    "日本語 / English": "日本語 / English",
    "日本語 / English (F12)": "日本語 / English (F12)",
    # --- login --------------------------------------------------------------------------
    "packstation — Log in": "packstation — ログイン",
    "Choose your name (or scan your badge):": "名前を選ぶか、社員証をスキャンしてください:",
    "Badge or login name": "社員証 / ログインID",
    "Scan your badge here": "ここに社員証をスキャン",
    "PIN": "暗証番号",
    "Enter your PIN and press Enter": "暗証番号を入力して Enter",
    "Log in (Enter)": "ログイン (Enter)",
    "Station: %1": "梱包台: %1",
    "Scan your badge or choose your name first.":
        "先に社員証をスキャンするか、名前を選んでください。",
    # --- main window --------------------------------------------------------------------
    "packstation — packing station": "packstation — 出荷検品・梱包",
    "Lock (Ctrl+L)": "ロック (Ctrl+L)",
    "Packer": "作業者",
    "Shift lead": "現場リーダー",
    "Admin": "管理者",
    # --- order list ---------------------------------------------------------------------
    "Order no.": "受注番号",
    "Status": "ステータス",
    "Channel": "販売チャネル",
    "Prefecture": "都道府県",
    "Delivery date": "お届け日",
    "Time slot": "時間帯",
    "COD": "代引",
    "Cool": "クール",
    "Gift": "ギフト",
    "Lines": "明細数",
    "Units": "点数",
    "Customer": "お届け先",
    "Yes": "○",
    "Search: order no., customer name or SKU (Ctrl+F)":
        "検索:受注番号・お届け先名・商品コード (Ctrl+F)",
    "To do (open, packing, on hold)": "未出荷(出荷待ち・検品中・保留)",
    "Open": "出荷待ち",
    "Packing": "検品中",
    "On hold": "保留",
    "Packed": "梱包済",
    "Shipped": "出荷済",
    "Cancelled": "キャンセル",
    "All": "すべて",
    "Open detail (Enter)": "詳細を開く (Enter)",
    "Import CSV… (Ctrl+I)": "CSV取込… (Ctrl+I)",
    "Refresh (F5)": "更新 (F5)",
    "%n order(s)": "%n 件",
    "Chilled": "冷蔵",
    "Frozen": "冷凍",
    # --- order detail -------------------------------------------------------------------
    "Line": "行",
    "SKU": "商品コード",
    "Product": "商品名",
    "Qty": "数量",
    "Scanned": "検品済",
    "Dimensions": "寸法",
    "⚠ size/weight missing": "⚠ 寸法・重量 未登録",
    "Order %1": "受注 %1",
    "COD ¥%1": "代引 ¥%1",
    "Ship to": "お届け先",
    "Delivery": "配達指定",
    "Handling": "取扱い",
    "Notes": "備考",
    # --- import -------------------------------------------------------------------------
    "Import CSV": "CSV取込",
    "Import": "取込対象",
    "File": "ファイル",
    "Column layout": "列レイアウト",
    "Choose file…": "ファイルを選択…",
    "Map columns…": "列の割り当て…",
    "Check and import": "チェックして取込",
    "ImportDialog|Cancel": "中止",
    "CSV file (UTF-8 or Shift_JIS/cp932)": "CSVファイル(UTF-8 または Shift_JIS/cp932)",
    "Generic layout (built in)": "標準レイアウト(組込み)",
    "Choose a CSV file": "CSVファイルを選択",
    "CSV files (*.csv *.txt);;All files (*)": "CSVファイル (*.csv *.txt);;すべてのファイル (*)",
    "Choose the CSV file first.": "先にCSVファイルを選択してください。",
    "Saved column layout: %1": "列レイアウトを保存しました: %1",
    "Checking every row…": "全行をチェックしています…",
    "Imported %1 rows (%2): %3 added, %4 updated.":
        "%1 行を取り込みました(%2)。新規 %3 件、更新 %4 件。",
    "Import cancelled. Nothing was changed.": "取込を中止しました。データは変更されていません。",
    "Nothing was imported. Fix these %n problem(s) and import again:":
        "取込は行われていません。次の %n 件のエラーを修正して、もう一度取り込んでください:",
    "Map CSV columns": "CSV列の割り当て",
    "Name of this layout (e.g. the mall or OMS)":
        "このレイアウトの名前(例:モール名・受注管理システム名)",
    "Save layout": "レイアウトを保存",
    "Choose, for each field, the column of %1 that holds it. Fields marked * are required.":
        "各項目が %1 のどの列にあるかを選んでください。* は必須項目です。",
    "Give the layout a name first.": "先にレイアウト名を入力してください。",
    # --- errors -------------------------------------------------------------------------
    "Too many wrong PINs. This user is locked for a few minutes; ask the lead.":
        "暗証番号の誤りが続いたため、このユーザーは数分間ロックされました。リーダーに連絡してください。",
    "User or PIN not recognised. Scan your badge again and re-enter the PIN.":
        "ユーザーまたは暗証番号が違います。社員証をもう一度スキャンし、暗証番号を入力し直してください。",
    "You are not allowed to do this. Ask a lead or an admin.":
        "この操作の権限がありません。リーダーか管理者に依頼してください。",
    "Not found. Check the number and scan again.":
        "見つかりません。番号を確認して、もう一度スキャンしてください。",
    "The input has problems; nothing was changed:": "入力に問題があるため、何も変更していません:",
    "This cannot be done now:": "今はこの操作はできません:",
    "A file or device could not be used:": "ファイルまたは機器を使用できません:",
    "Something went wrong and was not saved. Try again; if it repeats, call the admin.":
        "エラーが発生し、保存されませんでした。もう一度お試しください。繰り返す場合は管理者に連絡してください。",
}
