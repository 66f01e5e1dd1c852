<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_common.py" line="205" />
        <source>Changes not saved</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_common.py" line="206" />
        <source>Discard the changes to %1 that are not saved?</source>
        <translation>%1 の変更はまだ保存していません。破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_common.py" line="258" />
        <source>Nothing was changed. Fix these %n problem(s) and save again:</source>
        <translation>保存していません。次の %n 件を直して、もう一度保存してください:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_common.py" line="274" />
        <source>row %1</source>
        <translation>%1行目</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="49" />
        <source>Boxes (Alt+1)</source>
        <translation>梱包箱 (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="49" />
        <source>Carriers (Alt+2)</source>
        <translation>配送会社 (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="50" />
        <source>Services and size classes (Alt+3)</source>
        <translation>配送サービス・サイズ区分 (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="50" />
        <source>Rate tables (Alt+4)</source>
        <translation>運賃表 (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="51" />
        <source>Products (Alt+5)</source>
        <translation>商品マスタ (Alt+5)</translation>
    </message>
</context>
<context>
    <name>BoxColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="44" />
        <source>envelope</source>
        <translation>封筒</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="46" />
        <source>retired</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="52" />
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="53" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="54" />
        <source>Inside (mm)</source>
        <translation>内寸 (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="55" />
        <source>Outside (mm)</source>
        <translation>外寸 (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="56" />
        <source>Tare (g)</source>
        <translation>箱重量 (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="57" />
        <source>Cost (¥)</source>
        <translation>資材費 (円)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="58" />
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="116" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="132" />
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="116" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="132" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="117" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="134" />
        <source>Tare (g)</source>
        <translation>箱重量 (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="117" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="134" />
        <source>Cost (¥)</source>
        <translation>資材費 (円)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="118" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="135" />
        <source>Max load (g)</source>
        <translation>耐荷重 (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="122" />
        <source>Length</source>
        <translation>縦</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="122" />
        <source>Width</source>
        <translation>横</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="123" />
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="125" />
        <source>Envelope (thin services)</source>
        <translation>封筒タイプ (薄型便用)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="126" />
        <source>Active (offered to packers)</source>
        <translation>使用中 (作業者に提案)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="127" />
        <source>New box (Ctrl+N)</source>
        <translation>箱を追加 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="128" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="116" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="133" />
        <source>Inside (mm)</source>
        <translation>内寸 (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="117" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="133" />
        <source>Outside (mm)</source>
        <translation>外寸 (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="200" />
        <source>Box %1 added.</source>
        <translation>箱 %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="200" />
        <source>Box %1 saved.</source>
        <translation>箱 %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="66" />
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="112" />
        <source>Carrier code</source>
        <translation>配送会社コード</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="67" />
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="113" />
        <source>Carrier name</source>
        <translation>配送会社名</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="68" />
        <source>New carrier (Ctrl+N)</source>
        <translation>配送会社を追加 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="69" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="107" />
        <source>Carrier %1 added.</source>
        <translation>配送会社 %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="107" />
        <source>Carrier %1 saved.</source>
        <translation>配送会社 %1 を保存しました。</translation>
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
        <location filename="../../src/packstation/ui/main_window.py" line="112" />
        <source>packstation — packing station</source>
        <translation>packstation — 出荷検品・梱包</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="113" />
        <source>Packing (F2)</source>
        <translation>出荷検品 (F2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="114" />
        <source>Orders (F3)</source>
        <translation>受注一覧 (F3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="116" />
        <source>Admin (Ctrl+M)</source>
        <translation>管理 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="117" />
        <source>Lock (Ctrl+L)</source>
        <translation>ロック (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="118" />
        <source>Settings (F11)</source>
        <translation>設定 (F11)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="119" />
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="122" />
        <source>Packer</source>
        <translation>作業者</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="122" />
        <source>Shift lead</source>
        <translation>現場リーダー</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="123" />
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
        <translation>取扱注意</translation>
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
        <location filename="../../src/packstation/ui/screens/packer.py" line="148" />
        <source>Use this box (F4)</source>
        <translation>この箱で確定 (F4)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="149" />
        <source>Undo last (Ctrl+Z)</source>
        <translation>直前を取消 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="150" />
        <source>Key count (F6)</source>
        <translation>数量入力 (F6)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="149" />
        <source>Other box… (F7)</source>
        <translation>別の箱… (F7)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Hold (F8)</source>
        <translation>保留 (F8)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Lead override (F9)</source>
        <translation>リーダー承認 (F9)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="152" />
        <source>Complete (F10)</source>
        <translation>検品完了 (F10)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="155" />
        <source>Scan here</source>
        <translation>ここにスキャン</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="156" />
        <source>🔇 Sound is not working on this PC: watch the colours</source>
        <translation>🔇 このPCでは音が出ません。画面の色で確認してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="160" />
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>ピッキングリストか納品書のバーコードをスキャン</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="190" />
        <source>left on the order: %1</source>
        <translation>残り %1 点</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="254" />
        <source>Choosing the box and carrier…</source>
        <translation>箱と配送方法を選んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="269" />
        <source>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</source>
        <translation>⚠ 寸法・重量が未登録の商品があります:%1。箱を選べません。管理者に登録を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="274" />
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ 入る箱・配送方法がありません:%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="290" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="294" />
        <source>Other box</source>
        <translation>別の箱</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="290" />
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="295" />
        <source>Why not the cheapest?</source>
        <translation>最安以外を選ぶ理由</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="306" />
        <source>Chosen: %1</source>
        <translation>確定:%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="313" />
        <source>Order %1</source>
        <translation>受注 %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="314" />
        <source>No order open</source>
        <translation>検品中の受注なし</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="318" />
        <source>Next: scan the next item (%1 left)</source>
        <translation>次:次の商品をスキャン(残り %1 点)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="320" />
        <source>Next: scan the carrier label, or the next order</source>
        <translation>次:送り状をスキャン、または次の受注へ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="322" />
        <source>Next: scan the order barcode</source>
        <translation>次:受注のバーコードをスキャン</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="351" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="354" />
        <source>Key count</source>
        <translation>数量入力</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="351" />
        <source>Scan the item</source>
        <translation>商品をスキャンしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="354" />
        <source>How many units?</source>
        <translation>何点ですか?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="364" />
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="364" />
        <source>Reason for the hold</source>
        <translation>保留の理由</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="19" />
        <source>this row has %1 cells, the header only %2</source>
        <translation>この行は %1 列ありますが、見出しは %2 列です</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="20" />
        <source>quote cells that contain a comma</source>
        <translation>カンマを含むセルは "…" で囲んでください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="21" />
        <source>'%1' is not a prefecture</source>
        <translation>「%1」は都道府県名ではありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="22" />
        <source>no prefecture</source>
        <translation>都道府県が空欄です</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="23" />
        <source>e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; '全国(既定)' or '*' for the default row</source>
        <translation>例: 北海道、東京都、大阪、または 関東 などの地域。全国共通の行は「全国(既定)」か「*」</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="25" />
        <source>%1 is also in row %2</source>
        <translation>%1 は %2行目にもあります</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="26" />
        <source>keep one row per prefecture or region</source>
        <translation>都道府県・地域ごとに1行にしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="27" />
        <source>'%1' is not an amount in yen</source>
        <translation>「%1」は金額(円)ではありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="28" />
        <source>whole yen from 0 to %1, e.g. 1980 or 1,980</source>
        <translation>0〜%1 の整数(円)。例: 1980 または 1,980</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="29" />
        <source>type the amount itself (no formula, no minus sign): %1</source>
        <translation>数式やマイナスではなく金額そのものを入力してください。%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="30" />
        <source>no price for %1 here nor in the default row</source>
        <translation>%1 の運賃が、このセルにも全国(既定)の行にもありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="31" />
        <source>fill in this cell or the default row's</source>
        <translation>このセルか、全国(既定)の行に運賃を入れてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="32" />
        <source>no row for %1 and no default row (全国(既定))</source>
        <translation>%1 の行も、全国(既定)の行もありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="33" />
        <source>add a row for %1 or its region (%2), or a row '全国(既定)' with the price for every prefecture without a row</source>
        <translation>%1 か地域(%2)の行、または行のない都道府県すべてに使う「全国(既定)」の行を追加してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="35" />
        <source>the first column must be the destination prefecture</source>
        <translation>1列目は届け先の都道府県にしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="36" />
        <source>put the '都道府県' column first, then one column per size class</source>
        <translation>「都道府県」列を先頭に置き、続けてサイズ区分ごとに1列にしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="38" />
        <source>'%1' is not a size class of this service</source>
        <translation>「%1」はこの配送サービスのサイズ区分ではありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="39" />
        <source>name each column after a size class: %1</source>
        <translation>列名はサイズ区分にしてください: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="40" />
        <source>columns '%1' and '%2' are both size class %3</source>
        <translation>列「%1」と「%2」がどちらもサイズ区分 %3 です</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="41" />
        <source>delete one of them</source>
        <translation>どちらか一方を削除してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="42" />
        <source>no column for size class %1</source>
        <translation>サイズ区分 %1 の列がありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="43" />
        <source>add a column '%1' with its prices</source>
        <translation>「%1」列を追加して運賃を入れてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="44" />
        <source>prices in a column without a size class in row 1</source>
        <translation>1行目にサイズ区分のない列に運賃があります</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="45" />
        <source>write the size class in row 1 or delete the column</source>
        <translation>1行目にサイズ区分を書くか、その列を削除してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="46" />
        <source>byte %1 at byte offset %2 is neither UTF-8 nor cp932 (Shift_JIS)</source>
        <translation>%2バイト目の %1 は UTF-8 でも cp932 (Shift_JIS) でもありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="48" />
        <source>save the file as 'CSV UTF-8' or as 'CSV (Shift_JIS)' and import it again</source>
        <translation>「CSV UTF-8」か「CSV (Shift_JIS)」で保存し直して、もう一度取り込んでください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="50" />
        <source>the file has no header row</source>
        <translation>見出し行がありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="51" />
        <source>the first row must name the columns</source>
        <translation>1行目に列名を書いてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="52" />
        <source>not valid CSV: %1</source>
        <translation>CSVとして読めません: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="53" />
        <source>check the quotes in this row</source>
        <translation>この行の " (ダブルクォート) を確認してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="54" />
        <source>%1 more problems not listed</source>
        <translation>ほかに %1 件あります</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="55" />
        <source>fix the ones above and import again to see the rest</source>
        <translation>上の件を直して取り込み直すと、残りを表示します</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="56" />
        <source>'%1' cannot be written in cp932</source>
        <translation>「%1」は cp932 (Shift_JIS) で書けません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="57" />
        <source>export as UTF-8</source>
        <translation>UTF-8 で出力してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="59" />
        <source>%1 are not three sizes in millimetres</source>
        <translation>%1 は3辺の寸法(mm)になっていません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="60" />
        <source>three whole numbers from 1 to %1</source>
        <translation>1〜%1 の整数を3つ入れてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="61" />
        <source>the inside %1 is larger than the outside %2 on some side</source>
        <translation>内寸 %1 が外寸 %2 より大きい辺があります</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="62" />
        <source>the inside fits in the outside: check both, in millimetres</source>
        <translation>内寸は外寸に収まります。両方を mm で確認してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="63" />
        <source>%1 is out of range</source>
        <translation>%1 は範囲外です</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="64" />
        <source>a whole number from %1 to %2</source>
        <translation>%1〜%2 の整数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="65" />
        <source>no carrier '%1'</source>
        <translation>配送会社「%1」は登録されていません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="66" />
        <source>choose one of the carriers</source>
        <translation>配送会社を一覧から選んでください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="67" />
        <source>no carrier</source>
        <translation>配送会社が選ばれていません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="68" />
        <source>choose the carrier</source>
        <translation>配送会社を選んでください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="69" />
        <source>a service needs at least one size class</source>
        <translation>サイズ区分が1つもありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="70" />
        <source>add a size class</source>
        <translation>サイズ区分を追加してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="71" />
        <source>a delivery time slot is empty, too long or given twice</source>
        <translation>配達時間帯に空欄・長すぎるもの・重複があります</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="72" />
        <source>list each slot once, e.g. 午前中, 14-16</source>
        <translation>時間帯を1回ずつ並べてください (例: 午前中, 14-16)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="73" />
        <source>size class '%1' is also in row %2</source>
        <translation>サイズ区分「%1」は %2行目にもあります</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="74" />
        <source>give each size class its own name</source>
        <translation>サイズ区分ごとに別の名前を付けてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="75" />
        <source>%1 is not a positive limit</source>
        <translation>%1 は上限値として使えません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="76" />
        <source>a whole number from 1 to %1, or empty for no limit</source>
        <translation>1〜%1 の整数。制限なしなら空欄</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="77" />
        <source>%1 prices are not yen for a prefecture</source>
        <translation>都道府県の運賃として不正な値が %1 件あります</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="78" />
        <source>import the rate table as CSV</source>
        <translation>運賃表はCSVで取り込んでください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="79" />
        <source>the same as surcharge %1</source>
        <translation>%1行目の割増と同じです</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="80" />
        <source>unknown kind</source>
        <translation>種類が不明です</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="81" />
        <source>use one of: %1</source>
        <translation>次のどれかにしてください: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="82" />
        <source>%1 is not a price</source>
        <translation>%1 は料金として使えません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="83" />
        <source>whole yen from 0 to %1</source>
        <translation>0〜%1 の整数(円)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="84" />
        <source>'%1' is not a size class</source>
        <translation>「%1」はサイズ区分ではありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="85" />
        <source>'%1' is not a prefecture code</source>
        <translation>「%1」は都道府県コードではありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="86" />
        <source>a JIS code from 1 to 47</source>
        <translation>JISコード 1〜47</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="87" />
        <source>no upper amount for the COD band</source>
        <translation>代引手数料の代引金額 上限がありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="88" />
        <source>the largest amount it covers</source>
        <translation>その手数料になる代引金額の上限を入れてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="89" />
        <source>cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it</source>
        <translation>クール便可ですが、どのサイズ区分にもクール料金がないため、クール便を送れません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="91" />
        <source>add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool</source>
        <translation>クール対象の区分に冷蔵・冷凍の料金を追加するか、クール便可を外してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="93" />
        <source>COD is ticked but there is no COD fee band</source>
        <translation>代金引換可ですが、代引手数料がありません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="94" />
        <source>add the COD fee bands, or untick COD</source>
        <translation>代引手数料を追加するか、代金引換可を外してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="95" />
        <source>empty</source>
        <translation>空欄です</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="96" />
        <source>fill it in</source>
        <translation>入力してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="97" />
        <source>longer than %1 characters</source>
        <translation>%1文字を超えています</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="98" />
        <source>shorten it</source>
        <translation>短くしてください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="99" />
        <source>'%1' starts with = + - @ or holds a control character</source>
        <translation>「%1」が = + - @ で始まるか、制御文字を含んでいます</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="100" />
        <source>start it with a letter or a digit (spreadsheets run such cells as formulas)</source>
        <translation>文字か数字で始めてください (表計算ソフトが数式として実行するため)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="102" />
        <source>'%1' is not a valid limit</source>
        <translation>「%1」は上限値として使えません</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="103" />
        <source>a whole number of millimetres from 1 to %1, or empty for no limit</source>
        <translation>1〜%1 の整数 (mm)。制限なしなら空欄</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="105" />
        <source>a whole number of grams from 1 to %1, or empty for no limit</source>
        <translation>1〜%1 の整数 (g)。制限なしなら空欄</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="106" />
        <source>type the number itself, not a formula: %1</source>
        <translation>数式ではなく数値そのものを入力してください。%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="107" />
        <source>e.g. 沖縄県, 北海道 or 47</source>
        <translation>例: 沖縄県、北海道、47</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="108" />
        <source>fill in the amount in yen</source>
        <translation>金額(円)を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="110" />
        <source>not filled in</source>
        <translation>未入力です</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="111" />
        <source>measure it and type the whole number of %1: thin services need the real size</source>
        <translation>実物を測って %1 の整数で入力してください (薄型便の判定に実寸が必要です)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="113" />
        <source>a whole number of %1 from 1 to %2</source>
        <translation>1〜%2 の整数 (%1)</translation>
    </message>
</context>
<context>
    <name>ProductColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="37" />
        <source>⚠ missing</source>
        <translation>⚠ 未登録</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="41" />
        <source>Size / weight</source>
        <translation>寸法・重量</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="42" />
        <source>SKU</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="43" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="44" />
        <source>L × W × H (mm)</source>
        <translation>縦×横×高さ (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="46" />
        <source>Weight (g)</source>
        <translation>重量 (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="47" />
        <source>Fragile</source>
        <translation>ワレモノ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="48" />
        <source>This side up</source>
        <translation>天地無用</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="109" />
        <source>Only products missing size or weight</source>
        <translation>寸法・重量が未登録の商品だけ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="110" />
        <source>SKU or name (Ctrl+F)</source>
        <translation>商品コード・商品名で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="111" />
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="124" />
        <source>Length (mm)</source>
        <translation>縦 (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="111" />
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="124" />
        <source>Width (mm)</source>
        <translation>横 (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="111" />
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="125" />
        <source>Height (mm)</source>
        <translation>高さ (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="112" />
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="125" />
        <source>Weight (g)</source>
        <translation>重量 (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="112" />
        <source>Handling</source>
        <translation>取扱注意</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="115" />
        <source>Fragile</source>
        <translation>ワレモノ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="116" />
        <source>This side up</source>
        <translation>天地無用</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="117" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="119" />
        <source>not set</source>
        <translation>未登録</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="158" />
        <source>%1 product(s) to measure</source>
        <translation>要採寸 %1 件</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="160" />
        <source>%1 products, %2 missing size or weight</source>
        <translation>商品 %1 件 (寸法・重量 未登録 %2 件)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="199" />
        <source>%1 saved: %2 mm, %3 g.</source>
        <translation>%1 を保存しました: %2 mm、%3 g。</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="17" />
        <source>%1 size</source>
        <translation>%1サイズ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="28" />
        <source>nationwide rate</source>
        <translation>全国一律</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="35" />
        <source>Use: %1 — ¥%2</source>
        <translation>推奨: %1 — ¥%2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="37" />
        <source>   or %1 — ¥%2 (+¥%3)</source>
        <translation>   次点: %1 — ¥%2 (+¥%3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="41" />
        <source>Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and service that fits.</source>
        <translation>理由: 資材費 ¥%1 + 送料 ¥%2 (%3) が、入る箱と配送サービスの組み合わせで合計最安です。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="43" />
        <source>Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single box does it for less.</source>
        <translation>理由: %4個口 資材費 ¥%1 + 送料 ¥%2 (%3) が合計最安です (1箱にまとめるより安い)。</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="88" />
        <source>Service</source>
        <translation>配送サービス</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="89" />
        <source>UTF-8</source>
        <translation>UTF-8 (BOM付き)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="90" />
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS (cp932・Excel向け)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="91" />
        <source>Export CSV… (Ctrl+E)</source>
        <translation>CSV出力… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="92" />
        <source>Import CSV… (Ctrl+O)</source>
        <translation>CSV取込… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="93" />
        <source>Rates in yen by destination. (Grey) = no price of its own: the default row's price applies.</source>
        <translation>届け先別の運賃 (円)。灰色の (金額) は個別運賃なし: 全国(既定)の運賃を適用。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="95" />
        <source>A rate CSV has a header row of size classes and one row per prefecture or region (関東, 南東北…). A refused file changes nothing; its problems are listed here by row and column.</source>
        <translation>運賃CSV: 1行目にサイズ区分、以降は都道府県または地域 (関東、南東北…) ごとに1行。エラーのあるファイルは一切取り込まず、ここに行・列ごとに表示します。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="135" />
        <source>Sum of sides ≤ cm</source>
        <translation>三辺合計 ≤ cm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="136" />
        <source>Longest side ≤ cm</source>
        <translation>最長辺 ≤ cm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="137" />
        <source>Thickness ≤ cm</source>
        <translation>厚さ ≤ cm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="139" />
        <source>Weight ≤ kg</source>
        <translation>重量 ≤ kg</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="160" />
        <source>Default (all)</source>
        <translation>全国(既定)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="167" />
        <source>Export rates CSV</source>
        <translation>運賃表CSVの出力</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="169" />
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="182" />
        <source>Exported the rates of %1 to %2 (%3).</source>
        <translation>%1 の運賃表を %2 に出力しました (%3)。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="188" />
        <source>Import rates CSV</source>
        <translation>運賃表CSVの取込</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="189" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="197" />
        <source>Checking every row…</source>
        <translation>全行をチェックしています…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="204" />
        <source>Rates of %1 replaced from %2 rows (%3): %4 prices, %5 changed.</source>
        <translation>%1 の運賃表を取り込みました (%2行、%3): 運賃 %4件、うち変更 %5件。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="212" />
        <source>Nothing was changed. Fix these %1 problem(s) in %2 and import it again:</source>
        <translation>何も変更していません。%2 の次の %1 件を直して、もう一度取り込んでください:</translation>
    </message>
</context>
<context>
    <name>ServiceColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="23" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="59" />
        <source>Carrier</source>
        <translation>配送会社</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="60" />
        <source>Service</source>
        <translation>配送サービス</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="22" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="61" />
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="62" />
        <source>Active</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="208" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="249" />
        <source>Carrier</source>
        <translation>配送会社</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="208" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="249" />
        <source>Service code</source>
        <translation>サービスコード</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="208" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="250" />
        <source>Service name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="209" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="250" />
        <source>Delivery time slots</source>
        <translation>配達時間帯</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="209" />
        <source>Size classes (limits; empty = no limit)</source>
        <translation>サイズ区分 (上限。空欄は制限なし)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="211" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="251" />
        <source>Surcharges</source>
        <translation>割増・手数料</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="214" />
        <source>e.g. 午前中, 14-16, 16-18, 18-20, 19-21</source>
        <translation>例: 午前中, 14-16, 16-18, 18-20, 19-21</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="220" />
        <source>Add class</source>
        <translation>区分を追加</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="220" />
        <source>Remove class</source>
        <translation>区分を削除</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="221" />
        <source>Add surcharge</source>
        <translation>割増を追加</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="222" />
        <source>Remove surcharge</source>
        <translation>割増を削除</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="223" />
        <source>New service (Ctrl+N)</source>
        <translation>サービスを追加 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="224" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="230" />
        <source>Thin (letterbox) service</source>
        <translation>薄型・ポスト投函便</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="231" />
        <source>Envelopes only</source>
        <translation>専用封筒のみ</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="232" />
        <source>Cool (クール) parcels</source>
        <translation>クール便 可</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="233" />
        <source>Cash on delivery</source>
        <translation>代金引換 可</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="234" />
        <source>Delivery date can be chosen</source>
        <translation>お届け日指定 可</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="235" />
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="238" />
        <source>Class</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="238" />
        <source>Sum of sides ≤ mm</source>
        <translation>三辺合計 ≤ mm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="239" />
        <source>Longest side ≤ mm</source>
        <translation>最長辺 ≤ mm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="240" />
        <source>Thickness ≤ mm</source>
        <translation>厚さ ≤ mm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="241" />
        <source>Weight ≤ g</source>
        <translation>重量 ≤ g</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="244" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="245" />
        <source>Size class / prefecture</source>
        <translation>サイズ区分 / 都道府県</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="246" />
        <source>COD amount up to ¥</source>
        <translation>代引金額 上限 (円)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="246" />
        <source>Fee ¥</source>
        <translation>料金 (円)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="251" />
        <source>Size classes</source>
        <translation>サイズ区分</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="293" />
        <source>⚠ No prices yet for size class %1: it is never proposed until its rates are imported (Rate tables, Alt+4).</source>
        <translation>⚠ サイズ区分 %1 には運賃がまだありません。運賃表 (Alt+4) で取り込むまで提案されません。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="335" />
        <source>Service %1 added.</source>
        <translation>配送サービス %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="335" />
        <source>Service %1 saved.</source>
        <translation>配送サービス %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="77" />
        <source>Station settings</source>
        <translation>梱包台の設定</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="78" />
        <source>Lock the station after idle minutes</source>
        <translation>無操作で自動ロックするまでの分数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="79" />
        <source>Wrong PINs before a user is locked</source>
        <translation>ロックまでの暗証番号の誤り回数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="80" />
        <source>Minutes a locked user waits</source>
        <translation>ロック解除までの分数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="81" />
        <source>Allow hand-typed item codes</source>
        <translation>商品コードの手入力を許可</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="82" />
        <source>Character the scanner sends for GS (FNC1)</source>
        <translation>スキャナがGS(FNC1)の代わりに送る文字</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="83" />
        <source>Sound volume (%)</source>
        <translation>音量(%)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="83" />
        <source>Mute sounds</source>
        <translation>消音</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="84" />
        <source>Station language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="85" />
        <source>Days customer addresses are kept after shipping</source>
        <translation>出荷後にお届け先情報を保持する日数</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="88" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="89" />
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
    <name>SurchargeKinds</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="51" />
        <source>Cool (chilled)</source>
        <translation>クール (冷蔵)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="52" />
        <source>Cool (frozen)</source>
        <translation>クール (冷凍)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="53" />
        <source>COD fee</source>
        <translation>代引手数料</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="54" />
        <source>Island relay fee</source>
        <translation>離島中継料</translation>
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