<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Cool</name>
    <message>
        <source>Chilled</source>
        <translation>冷蔵</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冷凍</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</source>
        <translation>暗証番号の誤りが続いたため、このユーザーは数分間ロックされました。リーダーに連絡してください。</translation>
    </message>
    <message>
        <source>User or PIN not recognised. Scan your badge again and re-enter the PIN.</source>
        <translation>ユーザーまたは暗証番号が違います。社員証をもう一度スキャンし、暗証番号を入力し直してください。</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>この操作の権限がありません。リーダーか管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Not found. Check the number and scan again.</source>
        <translation>見つかりません。番号を確認して、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>The input has problems; nothing was changed:</source>
        <translation>入力に問題があるため、何も変更していません:</translation>
    </message>
    <message>
        <source>This cannot be done now:</source>
        <translation>今はこの操作はできません:</translation>
    </message>
    <message>
        <source>A file or device could not be used:</source>
        <translation>ファイルまたは機器を使用できません:</translation>
    </message>
    <message>
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>エラーが発生し、保存されませんでした。もう一度お試しください。繰り返す場合は管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV取込</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>受注データ</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品マスタ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取込対象</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Column layout</source>
        <translation>列レイアウト</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>列の割り当て…</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>チェックして取込</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>CSV file (UTF-8 or Shift_JIS/cp932)</source>
        <translation>CSVファイル(UTF-8 または Shift_JIS/cp932)</translation>
    </message>
    <message>
        <source>Generic layout (built in)</source>
        <translation>標準レイアウト(組込み)</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSVファイルを選択</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>先にCSVファイルを選択してください。</translation>
    </message>
    <message>
        <source>Saved column layout: %1</source>
        <translation>列レイアウトを保存しました: %1</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>全行をチェックしています…</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2): %3 added, %4 updated.</source>
        <translation>%1 行を取り込みました(%2)。新規 %3 件、更新 %4 件。</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>取込を中止しました。データは変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation><numerusform>取込は行われていません。次の %n 件のエラーを修正して、もう一度取り込んでください:</numerusform></translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Report a mis-shipment… (Ctrl+M)</source>
        <translation>誤出荷を登録… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Hours worked: clock hours with at least one scan. Mis-ship rate: mis-shipments reported against the orders packed in the period, per million orders. Refused scans are near-misses caught at the station, not mis-shipments.</source>
        <translation>作業時間: 1回でもスキャンした時間帯を1時間として数えます。誤出荷率: 期間内に梱包した受注に対して登録された誤出荷の件数 (100万件あたり、ppm)。検品エラーは梱包台で止めたヒヤリハットで、誤出荷には数えません。</translation>
    </message>
</context>
<context>
    <name>LineColumns</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>検品済</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>寸法</translation>
    </message>
    <message>
        <source>⚠ size/weight missing</source>
        <translation>⚠ 寸法・重量 未登録</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>packstation — Log in</source>
        <translation>packstation — ログイン</translation>
    </message>
    <message>
        <source>Choose your name (or scan your badge):</source>
        <translation>名前を選ぶか、社員証をスキャンしてください:</translation>
    </message>
    <message>
        <source>Badge or login name</source>
        <translation>社員証 / ログインID</translation>
    </message>
    <message>
        <source>Scan your badge here</source>
        <translation>ここに社員証をスキャン</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>Enter your PIN and press Enter</source>
        <translation>暗証番号を入力して Enter</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>ログイン (Enter)</translation>
    </message>
    <message>
        <source>日本語 / English</source>
        <translation>日本語 / English</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>梱包台: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Scan your badge or choose your name first.</source>
        <translation>先に社員証をスキャンするか、名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>packstation — packing station</source>
        <translation>packstation — 出荷検品・梱包</translation>
    </message>
    <message>
        <source>Packing (F2)</source>
        <translation>出荷検品 (F2)</translation>
    </message>
    <message>
        <source>Orders (F3)</source>
        <translation>受注一覧 (F3)</translation>
    </message>
    <message>
        <source>Mis-pick review (Ctrl+R)</source>
        <translation>検品エラー確認 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>ロック (Ctrl+L)</translation>
    </message>
    <message>
        <source>Settings (F11)</source>
        <translation>設定 (F11)</translation>
    </message>
    <message>
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>現場リーダー</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map CSV columns</source>
        <translation>CSV列の割り当て</translation>
    </message>
    <message>
        <source>Name of this layout (e.g. the mall or OMS)</source>
        <translation>このレイアウトの名前(例:モール名・受注管理システム名)</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>レイアウトを保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</source>
        <translation>各項目が %1 のどの列にあるかを選んでください。* は必須項目です。</translation>
    </message>
    <message>
        <source>Give the layout a name first.</source>
        <translation>先にレイアウト名を入力してください。</translation>
    </message>
</context>
<context>
    <name>MisShipmentDialog</name>
    <message>
        <source>Report a mis-shipment</source>
        <translation>誤出荷の登録</translation>
    </message>
    <message>
        <source>&amp;Order no.</source>
        <translation>受注番号(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>内容(&amp;N)</translation>
    </message>
    <message>
        <source>Scan the 納品書 or type the order no.</source>
        <translation>納品書をスキャン、または受注番号を入力</translation>
    </message>
    <message>
        <source>What the customer or carrier reported</source>
        <translation>お客様・運送会社からの連絡内容</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>登録 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>キャンセル (Esc)</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <source>Order no.</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>販売チャネル</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>お届け日</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>代引</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>クール</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お届け先</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>○</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Order %1</source>
        <translation>受注 %1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>COD ¥%1</source>
        <translation>代引 ¥%1</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>販売チャネル</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>お届け先</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配達指定</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>取扱い</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Search: order no., customer name or SKU (Ctrl+F)</source>
        <translation>検索:受注番号・お届け先名・商品コード (Ctrl+F)</translation>
    </message>
    <message>
        <source>To do (open, packing, on hold)</source>
        <translation>未出荷(出荷待ち・検品中・保留)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>出荷待ち</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>梱包済</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出荷済</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Open detail (Enter)</source>
        <translation>詳細を開く (Enter)</translation>
    </message>
    <message>
        <source>Import CSV… (Ctrl+I)</source>
        <translation>CSV取込… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>更新 (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Lead approval</source>
        <translation>リーダー承認</translation>
    </message>
    <message>
        <source>What</source>
        <translation>承認内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>新しい数量</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Lead's badge</source>
        <translation>リーダーの社員証</translation>
    </message>
    <message>
        <source>Lead's PIN</source>
        <translation>リーダーの暗証番号</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>Ship short (items missing)</source>
        <translation>欠品出荷(不足のまま出荷)</translation>
    </message>
    <message>
        <source>Change a line's quantity</source>
        <translation>明細の数量変更</translation>
    </message>
    <message>
        <source>Skip the label check</source>
        <translation>送り状チェックを省略</translation>
    </message>
    <message>
        <source>Out of stock (欠品)</source>
        <translation>欠品</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>商品破損</translation>
    </message>
    <message>
        <source>Customer's request</source>
        <translation>お客様の依頼</translation>
    </message>
    <message>
        <source>Order data is wrong</source>
        <translation>受注データの誤り</translation>
    </message>
    <message>
        <source>Other (write a comment)</source>
        <translation>その他(コメントに記入)</translation>
    </message>
</context>
<context>
    <name>PackColumns</name>
    <message>
        <source>SKU</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>受注数</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>検品済</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>残数</translation>
    </message>
</context>
<context>
    <name>PackerScreen</name>
    <message>
        <source>Use this box (F4)</source>
        <translation>この箱で確定 (F4)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>直前を取消 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Key count (F6)</source>
        <translation>数量入力 (F6)</translation>
    </message>
    <message>
        <source>Other box… (F7)</source>
        <translation>別の箱… (F7)</translation>
    </message>
    <message>
        <source>Hold (F8)</source>
        <translation>保留 (F8)</translation>
    </message>
    <message>
        <source>Lead override (F9)</source>
        <translation>リーダー承認 (F9)</translation>
    </message>
    <message>
        <source>Complete (F10)</source>
        <translation>検品完了 (F10)</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>ここにスキャン</translation>
    </message>
    <message>
        <source>🔇 Sound is not working on this PC: watch the colours</source>
        <translation>🔇 このPCでは音が出ません。画面の色で確認してください</translation>
    </message>
    <message>
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>ピッキングリストか納品書のバーコードをスキャン</translation>
    </message>
    <message>
        <source>left on the order: %1</source>
        <translation>残り %1 点</translation>
    </message>
    <message>
        <source>Choosing the box and carrier…</source>
        <translation>箱と配送方法を選んでいます…</translation>
    </message>
    <message>
        <source>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</source>
        <translation>⚠ 寸法・重量が未登録の商品があります:%1。箱を選べません。管理者に登録を依頼してください。</translation>
    </message>
    <message>
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ 入る箱・配送方法がありません:%1</translation>
    </message>
    <message>
        <source>Box and carrier: %1 — ¥%2</source>
        <translation>推奨の箱・配送:%1 — ¥%2</translation>
    </message>
    <message>
        <source>  or %1 (+¥%2)</source>
        <translation>  次点 %1(+¥%2)</translation>
    </message>
    <message>
        <source>Other box</source>
        <translation>別の箱</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Why not the cheapest?</source>
        <translation>最安以外を選ぶ理由</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>確定:%1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>受注 %1</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>検品中の受注なし</translation>
    </message>
    <message>
        <source>Next: scan the next item (%1 left)</source>
        <translation>次:次の商品をスキャン(残り %1 点)</translation>
    </message>
    <message>
        <source>Next: scan the carrier label, or the next order</source>
        <translation>次:送り状をスキャン、または次の受注へ</translation>
    </message>
    <message>
        <source>Next: scan the order barcode</source>
        <translation>次:受注のバーコードをスキャン</translation>
    </message>
    <message>
        <source>Key count</source>
        <translation>数量入力</translation>
    </message>
    <message>
        <source>Scan the item</source>
        <translation>商品をスキャンしてください</translation>
    </message>
    <message>
        <source>How many units?</source>
        <translation>何点ですか?</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>保留の理由</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Wrong item</source>
        <translation>商品違い</translation>
    </message>
    <message>
        <source>Too many</source>
        <translation>数量超過</translation>
    </message>
    <message>
        <source>Short at completion</source>
        <translation>数量不足 (完了時)</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>未登録バーコード</translation>
    </message>
    <message>
        <source>Misread (check digit)</source>
        <translation>読取エラー (チェックデジット)</translation>
    </message>
    <message>
        <source>Serial scanned twice</source>
        <translation>シリアル重複</translation>
    </message>
    <message>
        <source>Serial not scanned</source>
        <translation>シリアル未読取</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>受注未開始</translation>
    </message>
    <message>
        <source>Wrong carrier label</source>
        <translation>送り状違い</translation>
    </message>
    <message>
        <source>Typed code refused</source>
        <translation>手入力不可</translation>
    </message>
    <message>
        <source>Wrong item shipped</source>
        <translation>商品違い</translation>
    </message>
    <message>
        <source>Wrong quantity shipped</source>
        <translation>数量違い</translation>
    </message>
    <message>
        <source>Item or order not shipped</source>
        <translation>出荷漏れ</translation>
    </message>
    <message>
        <source>Labels swapped (wrong address)</source>
        <translation>宛先違い (テレコ)</translation>
    </message>
    <message>
        <source>Another customer's slip in the box</source>
        <translation>添付書類違い (他の方の納品書)</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>破損</translation>
    </message>
</context>
<context>
    <name>ReviewColumns</name>
    <message>
        <source>Time (JST)</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>正しい商品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Scanned instead</source>
        <translation>スキャンされた商品</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>What was scanned</source>
        <translation>スキャン内容</translation>
    </message>
    <message>
        <source>Stopped at the station</source>
        <translation>梱包台で停止</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>梱包件数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>作業時間 (h)</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>件数/時</translation>
    </message>
    <message>
        <source>Units / hour</source>
        <translation>点数/時</translation>
    </message>
    <message>
        <source>Refused scans</source>
        <translation>検品エラー</translation>
    </message>
    <message>
        <source>Mis-shipments</source>
        <translation>誤出荷</translation>
    </message>
    <message>
        <source>Mis-ship rate (ppm)</source>
        <translation>誤出荷率 (ppm)</translation>
    </message>
    <message>
        <source>Reported (JST)</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>梱包した作業者</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>&amp;From</source>
        <translation>期間(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>〜(&amp;T)</translation>
    </message>
    <message>
        <source>Every packer</source>
        <translation>全作業者</translation>
    </message>
    <message>
        <source>Packer (Ctrl+P)</source>
        <translation>作業者 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>全理由</translation>
    </message>
    <message>
        <source>SKU (Ctrl+F)</source>
        <translation>商品コード (Ctrl+F)</translation>
    </message>
    <message>
        <source>A SKU or its beginning: TEE-RED finds every red tee</source>
        <translation>商品コードまたはその先頭部分 (前方一致): TEE-RED で赤Tシャツ全サイズ</translation>
    </message>
    <message>
        <source>Not reviewed only</source>
        <translation>未確認のみ</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>更新 (F5)</translation>
    </message>
    <message>
        <source>Mis-picks (Ctrl+1)</source>
        <translation>検品エラー (Ctrl+1)</translation>
    </message>
    <message>
        <source>Productivity and mis-shipments (Ctrl+2)</source>
        <translation>生産性・誤出荷 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Look-alike pairs: expected → scanned instead</source>
        <translation>取り違えの多い組合せ: 正しい商品 → スキャンされた商品</translation>
    </message>
    <message>
        <source>Refused scans per packer and hour (JST)</source>
        <translation>作業者別・時間帯別の検品エラー数</translation>
    </message>
    <message>
        <source>Comment for the selected records</source>
        <translation>選択した行への確認コメント</translation>
    </message>
    <message>
        <source>Mark reviewed (Ctrl+Enter)</source>
        <translation>確認済にする (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>CSV出力… (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not reviewed</source>
        <translation><numerusform>未確認 %n件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>only the newest %n are shown; the CSV export has all</source>
        <translation><numerusform>表示は新しい順に %n 件まで (CSV出力は全件)</numerusform></translation>
    </message>
    <message>
        <source>Select the records first (Shift/Ctrl + arrows).</source>
        <translation>先に行を選択してください (Shift + 矢印キー)。</translation>
    </message>
    <message>
        <source>Export mis-picks as CSV</source>
        <translation>検品エラーをCSV出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation><numerusform>%n件を %1 に出力しました</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cp932 cannot hold were replaced</source>
        <translation><numerusform>Shift_JIS (cp932) にない文字 %n 個を置き換えました</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>梱包台の設定</translation>
    </message>
    <message>
        <source>Lock the station after idle minutes</source>
        <translation>無操作で自動ロックするまでの分数</translation>
    </message>
    <message>
        <source>Wrong PINs before a user is locked</source>
        <translation>ロックまでの暗証番号の誤り回数</translation>
    </message>
    <message>
        <source>Minutes a locked user waits</source>
        <translation>ロック解除までの分数</translation>
    </message>
    <message>
        <source>Allow hand-typed item codes</source>
        <translation>商品コードの手入力を許可</translation>
    </message>
    <message>
        <source>Character the scanner sends for GS (FNC1)</source>
        <translation>スキャナがGS(FNC1)の代わりに送る文字</translation>
    </message>
    <message>
        <source>Sound volume (%)</source>
        <translation>音量(%)</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>消音</translation>
    </message>
    <message>
        <source>Station language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Days customer addresses are kept after shipping</source>
        <translation>出荷後にお届け先情報を保持する日数</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>出荷待ち</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>検品中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>梱包済</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出荷済</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Order opened: scan the items</source>
        <translation>検品開始:商品をスキャンしてください</translation>
    </message>
    <message>
        <source>Unknown order number</source>
        <translation>受注番号が見つかりません</translation>
    </message>
    <message>
        <source>Already packed: do not ship it again</source>
        <translation>梱包済です。二重出荷しないでください</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WRONG ITEM: not on this order. Put it back.</source>
        <translation>商品違い:この受注の商品ではありません。戻してください</translation>
    </message>
    <message>
        <source>Unknown barcode: no product has it</source>
        <translation>未登録のバーコードです</translation>
    </message>
    <message>
        <source>Misread barcode: scan it again</source>
        <translation>読み取りエラー:もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>TOO MANY: this line is already complete</source>
        <translation>数量超過:この商品はもう足りています</translation>
    </message>
    <message>
        <source>Serial number already scanned</source>
        <translation>シリアル番号が重複しています</translation>
    </message>
    <message>
        <source>Scan the serial number barcode</source>
        <translation>シリアル番号のバーコードをスキャンしてください</translation>
    </message>
    <message>
        <source>Scan the barcode: typing is not allowed</source>
        <translation>手入力はできません。バーコードをスキャンしてください</translation>
    </message>
    <message>
        <source>EXPIRED: do not ship this unit</source>
        <translation>期限切れ:この商品は出荷できません</translation>
    </message>
    <message>
        <source>Scan the order barcode first</source>
        <translation>先に受注のバーコードをスキャンしてください</translation>
    </message>
    <message>
        <source>Order complete: pack and close the box</source>
        <translation>検品完了:梱包して封をしてください</translation>
    </message>
    <message>
        <source>Items missing: the order cannot be completed</source>
        <translation>不足あり:検品を完了できません</translation>
    </message>
    <message>
        <source>Label OK: next order</source>
        <translation>送り状OK:次の受注へ</translation>
    </message>
    <message>
        <source>WRONG LABEL: this label is another order's</source>
        <translation>送り状違い:別の受注の送り状です</translation>
    </message>
    <message>
        <source>Last scan undone: take the unit out</source>
        <translation>直前のスキャンを取り消しました。商品を取り出してください</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>取り消すスキャンがありません</translation>
    </message>
    <message>
        <source>Order put on hold</source>
        <translation>受注を保留にしました</translation>
    </message>
    <message>
        <source>Approved by the lead</source>
        <translation>リーダーが承認しました</translation>
    </message>
</context>
</TS>