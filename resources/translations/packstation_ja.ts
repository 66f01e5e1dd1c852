<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="110" />
        <source>Count the same item again (Ctrl+R)</source>
        <translation>同じ商品をもう一度カウント (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="112" />
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="150" />
        <source>Camera off (F1)</source>
        <translation>カメラ オフ (F1)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="135" />
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="136" />
        <source>Camera %1: hold each item's barcode in view (F1: camera off)</source>
        <translation>カメラ %1:バーコードをカメラに向けてください(F1:カメラ オフ)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="249" />
        <source>Evidence video not recorded: %1 Scanning goes on.</source>
        <translation>記録動画を保存できません:%1 検品はこのまま続けられます。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="261" />
        <source>No camera picture</source>
        <translation>カメラの映像がありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="269" />
        <source>Camera %1 is busy or gives no picture: close the other program using it, then press F1.</source>
        <translation>カメラ %1 は使用中か、映像が出ません。カメラを使っている他のソフトを閉じてから F1 を押してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="272" />
        <source>Camera %1 stopped giving pictures: check its cable, then press F1.</source>
        <translation>カメラ %1 の映像が止まりました。ケーブルを確認してから F1 を押してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="275" />
        <source>Camera %1 not found: plug it in, or choose another camera in the settings (F11), then press F1.</source>
        <translation>カメラ %1 が見つかりません。接続するか、設定 (F11) で別のカメラを選んでから F1 を押してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="280" />
        <source>The camera stopped: %1 Keep scanning by hand.</source>
        <translation>カメラが停止しました:%1 ハンドスキャナーで検品を続けてください。</translation>
    </message>
</context>
<context>
    <name>Cool</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="33" />
        <source>Chilled</source>
        <translation>冷蔵</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="34" />
        <source>Frozen</source>
        <translation>冷凍</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="23" />
        <source>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</source>
        <translation>暗証番号の誤りが続いたため、このユーザーは数分間ロックされました。リーダーに連絡してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="25" />
        <source>User or PIN not recognised. Scan your badge again and re-enter the PIN.</source>
        <translation>ユーザーまたは暗証番号が違います。社員証をもう一度スキャンし、暗証番号を入力し直してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="27" />
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>この操作の権限がありません。リーダーか管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="29" />
        <source>Not found. Check the number and scan again.</source>
        <translation>見つかりません。番号を確認して、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="31" />
        <source>The input has problems; nothing was changed:</source>
        <translation>入力に問題があるため、何も変更していません:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="32" />
        <source>This cannot be done now:</source>
        <translation>今はこの操作はできません:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="33" />
        <source>A file or device could not be used:</source>
        <translation>ファイルまたは機器を使用できません:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="34" />
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>エラーが発生し、保存されませんでした。もう一度お試しください。繰り返す場合は管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="128" />
        <source>Import CSV</source>
        <translation>CSV取込</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="129" />
        <source>Orders</source>
        <translation>受注データ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="130" />
        <source>Products</source>
        <translation>商品マスタ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="131" />
        <source>Import</source>
        <translation>取込対象</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="131" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="132" />
        <source>Column layout</source>
        <translation>列レイアウト</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="134" />
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="135" />
        <source>Map columns…</source>
        <translation>列の割り当て…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="136" />
        <source>Check and import</source>
        <translation>チェックして取込</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="137" />
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="137" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="138" />
        <source>CSV file (UTF-8 or Shift_JIS/cp932)</source>
        <translation>CSVファイル(UTF-8 または Shift_JIS/cp932)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="140" />
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="153" />
        <source>Generic layout (built in)</source>
        <translation>標準レイアウト(組込み)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="158" />
        <source>Choose a CSV file</source>
        <translation>CSVファイルを選択</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="159" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="168" />
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="181" />
        <source>Choose the CSV file first.</source>
        <translation>先にCSVファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="176" />
        <source>Saved column layout: %1</source>
        <translation>列レイアウトを保存しました: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="188" />
        <source>Checking every row…</source>
        <translation>全行をチェックしています…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="226" />
        <source>Imported %1 rows (%2): %3 added, %4 updated.</source>
        <translation>%1 行を取り込みました(%2)。新規 %3 件、更新 %4 件。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="234" />
        <source>Import cancelled. Nothing was changed.</source>
        <translation>取込を中止しました。データは変更されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="237" />
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation><numerusform>取込は行われていません。次の %n 件のエラーを修正して、もう一度取り込んでください:</numerusform></translation>
    </message>
</context>
<context>
    <name>LineColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="21" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="22" />
        <source>SKU</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="23" />
        <source>Product</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="24" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="25" />
        <source>Scanned</source>
        <translation>検品済</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="26" />
        <source>Dimensions</source>
        <translation>寸法</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="34" />
        <source>⚠ size/weight missing</source>
        <translation>⚠ 寸法・重量 未登録</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="77" />
        <source>packstation — Log in</source>
        <translation>packstation — ログイン</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="78" />
        <source>Choose your name (or scan your badge):</source>
        <translation>名前を選ぶか、社員証をスキャンしてください:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="79" />
        <source>Badge or login name</source>
        <translation>社員証 / ログインID</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="80" />
        <source>Scan your badge here</source>
        <translation>ここに社員証をスキャン</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="81" />
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="82" />
        <source>Enter your PIN and press Enter</source>
        <translation>暗証番号を入力して Enter</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="83" />
        <source>Log in (Enter)</source>
        <translation>ログイン (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="84" />
        <source>日本語 / English</source>
        <translation>日本語 / English</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="85" />
        <source>Station: %1</source>
        <translation>梱包台: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="123" />
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="129" />
        <source>Scan your badge or choose your name first.</source>
        <translation>先に社員証をスキャンするか、名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="109" />
        <source>packstation — packing station</source>
        <translation>packstation — 出荷検品・梱包</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="110" />
        <source>Packing (F2)</source>
        <translation>出荷検品 (F2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="111" />
        <source>Orders (F3)</source>
        <translation>受注一覧 (F3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="112" />
        <source>Lock (Ctrl+L)</source>
        <translation>ロック (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="113" />
        <source>Settings (F11)</source>
        <translation>設定 (F11)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="114" />
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="117" />
        <source>Packer</source>
        <translation>作業者</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="117" />
        <source>Shift lead</source>
        <translation>現場リーダー</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="118" />
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="66" />
        <source>Map CSV columns</source>
        <translation>CSV列の割り当て</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="67" />
        <source>Name of this layout (e.g. the mall or OMS)</source>
        <translation>このレイアウトの名前(例:モール名・受注管理システム名)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="68" />
        <source>Save layout</source>
        <translation>レイアウトを保存</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="69" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="70" />
        <source>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</source>
        <translation>各項目が %1 のどの列にあるかを選んでください。* は必須項目です。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="100" />
        <source>Give the layout a name first.</source>
        <translation>先にレイアウト名を入力してください。</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="96" />
        <source>Order no.</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="97" />
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="98" />
        <source>Channel</source>
        <translation>販売チャネル</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="99" />
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="100" />
        <source>Delivery date</source>
        <translation>お届け日</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="102" />
        <source>Time slot</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="103" />
        <source>COD</source>
        <translation>代引</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="104" />
        <source>Cool</source>
        <translation>クール</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="105" />
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="106" />
        <source>Lines</source>
        <translation>明細数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="107" />
        <source>Units</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="108" />
        <source>Customer</source>
        <translation>お届け先</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="113" />
        <source>Yes</source>
        <translation>○</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="74" />
        <source>Order %1</source>
        <translation>受注 %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="75" />
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="76" />
        <source>COD ¥%1</source>
        <translation>代引 ¥%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="78" />
        <source>Order no.</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="79" />
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="80" />
        <source>Channel</source>
        <translation>販売チャネル</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="81" />
        <source>Ship to</source>
        <translation>お届け先</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="83" />
        <source>Delivery</source>
        <translation>配達指定</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="85" />
        <source>Handling</source>
        <translation>取扱い</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="86" />
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="87" />
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="98" />
        <source>Search: order no., customer name or SKU (Ctrl+F)</source>
        <translation>検索:受注番号・お届け先名・商品コード (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="99" />
        <source>To do (open, packing, on hold)</source>
        <translation>未出荷(出荷待ち・検品中・保留)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="99" />
        <source>Open</source>
        <translation>出荷待ち</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>Packed</source>
        <translation>梱包済</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>Shipped</source>
        <translation>出荷済</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="103" />
        <source>Open detail (Enter)</source>
        <translation>詳細を開く (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="104" />
        <source>Import CSV… (Ctrl+I)</source>
        <translation>CSV取込… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="105" />
        <source>Refresh (F5)</source>
        <translation>更新 (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/orders.py" line="131" />
        <source>%n order(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="92" />
        <source>Lead approval</source>
        <translation>リーダー承認</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>What</source>
        <translation>承認内容</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>New quantity</source>
        <translation>新しい数量</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Lead's badge</source>
        <translation>リーダーの社員証</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Lead's PIN</source>
        <translation>リーダーの暗証番号</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="97" />
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="98" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="27" />
        <source>Ship short (items missing)</source>
        <translation>欠品出荷(不足のまま出荷)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="28" />
        <source>Change a line's quantity</source>
        <translation>明細の数量変更</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="29" />
        <source>Skip the label check</source>
        <translation>送り状チェックを省略</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="32" />
        <source>Out of stock (欠品)</source>
        <translation>欠品</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="33" />
        <source>Damaged item</source>
        <translation>商品破損</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="34" />
        <source>Customer's request</source>
        <translation>お客様の依頼</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="35" />
        <source>Order data is wrong</source>
        <translation>受注データの誤り</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="36" />
        <source>Other (write a comment)</source>
        <translation>その他(コメントに記入)</translation>
    </message>
</context>
<context>
    <name>PackColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="36" />
        <source>SKU</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="37" />
        <source>Product</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="38" />
        <source>Ordered</source>
        <translation>受注数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="39" />
        <source>Scanned</source>
        <translation>検品済</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="40" />
        <source>Left</source>
        <translation>残数</translation>
    </message>
</context>
<context>
    <name>PackerScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="150" />
        <source>Use this box (F4)</source>
        <translation>この箱で確定 (F4)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Undo last (Ctrl+Z)</source>
        <translation>直前を取消 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="152" />
        <source>Key count (F6)</source>
        <translation>数量入力 (F6)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Other box… (F7)</source>
        <translation>別の箱… (F7)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="153" />
        <source>Hold (F8)</source>
        <translation>保留 (F8)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="153" />
        <source>Lead override (F9)</source>
        <translation>リーダー承認 (F9)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="154" />
        <source>Complete (F10)</source>
        <translation>検品完了 (F10)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="157" />
        <source>Scan here</source>
        <translation>ここにスキャン</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="158" />
        <source>🔇 Sound is not working on this PC: watch the colours</source>
        <translation>🔇 このPCでは音が出ません。画面の色で確認してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="162" />
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>ピッキングリストか納品書のバーコードをスキャン</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="192" />
        <source>left on the order: %1</source>
        <translation>残り %1 点</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="256" />
        <source>Choosing the box and carrier…</source>
        <translation>箱と配送方法を選んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="271" />
        <source>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</source>
        <translation>⚠ 寸法・重量が未登録の商品があります:%1。箱を選べません。管理者に登録を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="276" />
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ 入る箱・配送方法がありません:%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="279" />
        <source>Box and carrier: %1 — ¥%2</source>
        <translation>推奨の箱・配送:%1 — ¥%2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="281" />
        <source>  or %1 (+¥%2)</source>
        <translation>  次点 %1(+¥%2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="297" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="301" />
        <source>Other box</source>
        <translation>別の箱</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="297" />
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="302" />
        <source>Why not the cheapest?</source>
        <translation>最安以外を選ぶ理由</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="313" />
        <source>Chosen: %1</source>
        <translation>確定:%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="320" />
        <source>Order %1</source>
        <translation>受注 %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="321" />
        <source>No order open</source>
        <translation>検品中の受注なし</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="325" />
        <source>Next: scan the next item (%1 left)</source>
        <translation>次:次の商品をスキャン(残り %1 点)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="327" />
        <source>Next: scan the carrier label, or the next order</source>
        <translation>次:送り状をスキャン、または次の受注へ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="329" />
        <source>Next: scan the order barcode</source>
        <translation>次:受注のバーコードをスキャン</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="358" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="361" />
        <source>Key count</source>
        <translation>数量入力</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="358" />
        <source>Scan the item</source>
        <translation>商品をスキャンしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="361" />
        <source>How many units?</source>
        <translation>何点ですか?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="371" />
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="371" />
        <source>Reason for the hold</source>
        <translation>保留の理由</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="94" />
        <source>Station settings</source>
        <translation>梱包台の設定</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="95" />
        <source>Lock the station after idle minutes</source>
        <translation>無操作で自動ロックするまでの分数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="96" />
        <source>Wrong PINs before a user is locked</source>
        <translation>ロックまでの暗証番号の誤り回数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="97" />
        <source>Minutes a locked user waits</source>
        <translation>ロック解除までの分数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="98" />
        <source>Allow hand-typed item codes</source>
        <translation>商品コードの手入力を許可</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="99" />
        <source>Character the scanner sends for GS (FNC1)</source>
        <translation>スキャナがGS(FNC1)の代わりに送る文字</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="100" />
        <source>Sound volume (%)</source>
        <translation>音量(%)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="100" />
        <source>Mute sounds</source>
        <translation>消音</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="101" />
        <source>Station language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="102" />
        <source>Days customer addresses are kept after shipping</source>
        <translation>出荷後にお届け先情報を保持する日数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="103" />
        <source>Camera for scanning (number or device)</source>
        <translation>検品用カメラ(番号またはデバイス)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="104" />
        <source>Record an evidence video of each order's packing</source>
        <translation>受注ごとに梱包の記録動画を残す</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="105" />
        <source>Days evidence videos are kept</source>
        <translation>記録動画の保存日数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="108" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="109" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="23" />
        <source>Open</source>
        <translation>出荷待ち</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="24" />
        <source>Packing</source>
        <translation>検品中</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="25" />
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="26" />
        <source>Packed</source>
        <translation>梱包済</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="27" />
        <source>Shipped</source>
        <translation>出荷済</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="28" />
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="45" />
        <source>Order opened: scan the items</source>
        <translation>検品開始:商品をスキャンしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="46" />
        <source>Unknown order number</source>
        <translation>受注番号が見つかりません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="47" />
        <source>Already packed: do not ship it again</source>
        <translation>梱包済です。二重出荷しないでください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="48" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="49" />
        <source>WRONG ITEM: not on this order. Put it back.</source>
        <translation>商品違い:この受注の商品ではありません。戻してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="50" />
        <source>Unknown barcode: no product has it</source>
        <translation>未登録のバーコードです</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="51" />
        <source>Misread barcode: scan it again</source>
        <translation>読み取りエラー:もう一度スキャンしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="52" />
        <source>TOO MANY: this line is already complete</source>
        <translation>数量超過:この商品はもう足りています</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="53" />
        <source>Serial number already scanned</source>
        <translation>シリアル番号が重複しています</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="54" />
        <source>Scan the serial number barcode</source>
        <translation>シリアル番号のバーコードをスキャンしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="55" />
        <source>Scan the barcode: typing is not allowed</source>
        <translation>手入力はできません。バーコードをスキャンしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="56" />
        <source>EXPIRED: do not ship this unit</source>
        <translation>期限切れ:この商品は出荷できません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="57" />
        <source>Scan the order barcode first</source>
        <translation>先に受注のバーコードをスキャンしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="58" />
        <source>Order complete: pack and close the box</source>
        <translation>検品完了:梱包して封をしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="59" />
        <source>Items missing: the order cannot be completed</source>
        <translation>不足あり:検品を完了できません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="60" />
        <source>Label OK: next order</source>
        <translation>送り状OK:次の受注へ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="61" />
        <source>WRONG LABEL: this label is another order's</source>
        <translation>送り状違い:別の受注の送り状です</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="62" />
        <source>Last scan undone: take the unit out</source>
        <translation>直前のスキャンを取り消しました。商品を取り出してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="63" />
        <source>Nothing to undo</source>
        <translation>取り消すスキャンがありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="64" />
        <source>Order put on hold</source>
        <translation>受注を保留にしました</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="65" />
        <source>Approved by the lead</source>
        <translation>リーダーが承認しました</translation>
    </message>
</context>
</TS>