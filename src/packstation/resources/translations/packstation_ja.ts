<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdminPages</name>
    <message>
        <source>Changes not saved</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard the changes to %1 that are not saved?</source>
        <translation>%1 の変更はまだ保存していません。破棄しますか？</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these %n problem(s) and save again:</source>
        <translation>保存していません。次の %n 件を直して、もう一度保存してください：</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>: </source>
        <comment>after the field a problem is in</comment>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Boxes (Alt+1)</source>
        <translation>梱包箱 (Alt+1)</translation>
    </message>
    <message>
        <source>Carriers (Alt+2)</source>
        <translation>配送会社 (Alt+2)</translation>
    </message>
    <message>
        <source>Services and size classes (Alt+3)</source>
        <translation>配送サービス・サイズ区分 (Alt+3)</translation>
    </message>
    <message>
        <source>Rate tables (Alt+4)</source>
        <translation>運賃表 (Alt+4)</translation>
    </message>
    <message>
        <source>Products (Alt+5)</source>
        <translation>商品マスタ (Alt+5)</translation>
    </message>
    <message>
        <source>Users (Alt+6)</source>
        <translation>ユーザー (Alt+6)</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>System printer (PDF)</source>
        <translation>OSのプリンタ (PDF)</translation>
    </message>
    <message>
        <source>CUPS raw queue</source>
        <translation>CUPS RAWキュー</translation>
    </message>
    <message>
        <source>Windows printer, raw (USB label)</source>
        <translation>Windowsプリンター直接 (USBラベル)</translation>
    </message>
    <message>
        <source>Network, raw TCP 9100</source>
        <translation>ネットワーク直接 (TCP 9100)</translation>
    </message>
    <message>
        <source>Folder: PDF/ZPL files (no printer)</source>
        <translation>フォルダー：PDF/ZPLファイル（プリンタ不要）</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Frozen</source>
        <translation>冷凍</translation>
    </message>
    <message>
        <source>Chilled</source>
        <translation>冷蔵</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>Noshi: %1</source>
        <translation>のし：%1</translation>
    </message>
    <message>
        <source>Gift wrapping</source>
        <translation>ラッピング</translation>
    </message>
    <message>
        <source>Message card: %1</source>
        <translation>メッセージカード：%1</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>天地無用</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>ワレモノ</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>お届け日 %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>時間帯 %1</translation>
    </message>
    <message>
        <source>COD ¥%1</source>
        <translation>代引 ¥%1</translation>
    </message>
    <message>
        <source>Enclose: %1</source>
        <translation>同梱：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備考：%1</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>午前中</translation>
    </message>
    <message>
        <source>confirm %1</source>
        <translation>要確認 %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>確認済</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>同梱物</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Any number of items</source>
        <translation>点数を問わない</translation>
    </message>
    <message>
        <source>Single-item orders only</source>
        <translation>単品の受注のみ</translation>
    </message>
    <message>
        <source>Orders of several items only</source>
        <translation>複数点の受注のみ</translation>
    </message>
    <message>
        <source>Cool and not</source>
        <translation>クール・常温とも</translation>
    </message>
    <message>
        <source>No cool orders</source>
        <translation>常温の受注のみ</translation>
    </message>
    <message>
        <source>Cool orders only</source>
        <translation>クール便の受注のみ</translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>運送会社を問わない</translation>
    </message>
    <message>
        <source>Yamato Transport</source>
        <translation>ヤマト運輸</translation>
    </message>
    <message>
        <source>Sagawa Express</source>
        <translation>佐川急便</translation>
    </message>
    <message>
        <source>Japan Post</source>
        <translation>日本郵便</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>バッチ作成</translation>
    </message>
    <message>
        <source>Most orders (slots)</source>
        <translation>最大受注数（間口数）</translation>
    </message>
    <message>
        <source>Items per order</source>
        <translation>受注あたりの点数</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>クール区分</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>Ordered before (today, e.g. 14:00)</source>
        <translation>本日この時刻までの注文（例：14:00）</translation>
    </message>
    <message>
        <source>Carrier (of the cheapest way to ship)</source>
        <translation>運送会社（最安の配送方法）</translation>
    </message>
    <message>
        <source>Channel (as in the order list)</source>
        <translation>販売チャネル（受注一覧の表記）</translation>
    </message>
    <message>
        <source>Gift orders only</source>
        <translation>ギフトの受注のみ</translation>
    </message>
    <message>
        <source>Make the batch and print (Ctrl+S)</source>
        <translation>バッチを作成して印刷 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print the list again (F5)</source>
        <translation>リストを再印刷 (F5)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Batch %1 made: %2 orders in slots 1 to %2. Printing the list…</source>
        <translation>バッチ %1 を作成しました：受注 %2 件（間口 1〜%2）。リストを印刷中…</translation>
    </message>
    <message>
        <source>Batch %1 made (%2 orders); its total pick list went to %3.</source>
        <translation>バッチ %1 を作成しました（受注 %2 件）。トータルピッキングリストを %3 に送りました。</translation>
    </message>
    <message>
        <source>Batch %1 is made, but its list did not print: %2 F5 prints it again.</source>
        <translation>バッチ %1 は作成済みですが、リストを印刷できませんでした：%2 F5 で再印刷します。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>絞り込み条件</translation>
    </message>
</context>
<context>
    <name>BenchSheet</name>
    <message>
        <source>Bench sheet printed on %1.</source>
        <translation>梱包台シートを %1 で印刷しました。</translation>
    </message>
    <message>
        <source>The bench sheet did not print: %1</source>
        <translation>梱包台シートを印刷できませんでした：%1</translation>
    </message>
    <message>
        <source>Bench sheet</source>
        <translation>梱包台シート</translation>
    </message>
</context>
<context>
    <name>BoxColumns</name>
    <message>
        <source>envelope</source>
        <translation>封筒</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Inside (mm)</source>
        <translation>内寸 (mm)</translation>
    </message>
    <message>
        <source>Outside (mm)</source>
        <translation>外寸 (mm)</translation>
    </message>
    <message>
        <source>Tare (g)</source>
        <translation>箱重量 (g)</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>資材費 (円)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Inside (mm)</source>
        <translation>内寸 (mm)</translation>
    </message>
    <message>
        <source>Outside (mm)</source>
        <translation>外寸 (mm)</translation>
    </message>
    <message>
        <source>Tare (g)</source>
        <translation>箱重量 (g)</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>資材費 (円)</translation>
    </message>
    <message>
        <source>Max load (g)</source>
        <translation>耐荷重 (g)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>横</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Envelope (thin services)</source>
        <translation>封筒タイプ (薄型便用)</translation>
    </message>
    <message>
        <source>Active (offered to packers)</source>
        <translation>使用中 (作業者に提案)</translation>
    </message>
    <message>
        <source>New box (Ctrl+N)</source>
        <translation>箱を追加 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Box %1 added.</source>
        <translation>箱 %1 を追加しました。</translation>
    </message>
    <message>
        <source>Box %1 saved.</source>
        <translation>箱 %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Count the same item again (Ctrl+Shift+K)</source>
        <translation>同じ商品をもう一度カウント (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Camera off (Ctrl+K)</source>
        <translation>カメラ オフ (Ctrl+K)</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Camera %1: hold each item&apos;s barcode in view (Ctrl+K: camera off)</source>
        <translation>カメラ %1：バーコードをカメラに向けてください（Ctrl+K：カメラ オフ）</translation>
    </message>
    <message>
        <source>Evidence video not recorded: %1 Scanning goes on.</source>
        <translation>記録動画を保存できません：%1 検品はこのまま続けられます。</translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation>カメラの映像がありません</translation>
    </message>
    <message>
        <source>Camera %1 is busy or gives no picture: close the other program using it, then press Ctrl+K.</source>
        <translation>カメラ %1 は使用中か、映像が出ません。カメラを使っている他のソフトを閉じてから Ctrl+K を押してください。</translation>
    </message>
    <message>
        <source>Camera %1 stopped giving pictures: check its cable, then press Ctrl+K.</source>
        <translation>カメラ %1 の映像が止まりました。ケーブルを確認してから Ctrl+K を押してください。</translation>
    </message>
    <message>
        <source>Camera %1 not found: plug it in, or choose another camera in the settings (F11), then press Ctrl+K.</source>
        <translation>カメラ %1 が見つかりません。接続するか、設定 (F11) で別のカメラを選んでから Ctrl+K を押してください。</translation>
    </message>
    <message>
        <source>The camera stopped: %1 Keep scanning by hand.</source>
        <translation>カメラが停止しました：%1 ハンドスキャナーで検品を続けてください。</translation>
    </message>
</context>
<context>
    <name>CarrierAccounts</name>
    <message>
        <source>Standard account</source>
        <translation>標準</translation>
    </message>
</context>
<context>
    <name>CarrierExportDialog</name>
    <message>
        <source>Carrier CSV (label data)</source>
        <translation>送り状データ出力 (配送会社ソフト用CSV)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Check only (F5)</source>
        <translation>確認のみ (F5)</translation>
    </message>
    <message>
        <source>Write file (Enter)</source>
        <translation>ファイル出力 (Enter)</translation>
    </message>
    <message>
        <source>Layout… (Ctrl+L)</source>
        <translation>レイアウト設定… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>元の文字・値</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>出力した値</translation>
    </message>
    <message>
        <source>Save the carrier CSV</source>
        <translation>送り状データの保存先</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>先に保存先を指定してください。</translation>
    </message>
    <message>
        <source>Reading the packed orders…</source>
        <translation>梱包済みの受注を読み込み中…</translation>
    </message>
    <message>
        <source>No packed order is waiting for this carrier.</source>
        <translation>この配送会社に出力する梱包済みの受注はありません。</translation>
    </message>
    <message>
        <source>%1 orders written to %2 and marked as handed over.</source>
        <translation>%1 件を %2 に出力し、出力済みにしました。</translation>
    </message>
    <message>
        <source>Check only: %1 orders would be written. No file, nothing marked.</source>
        <translation>確認のみ：%1 件が出力対象です。ファイルは作成せず、出力済みにもしていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) below: each was made so the carrier can read the file.</source>
        <translation>
            <numerusform>配送会社ソフトで読めるように変えた箇所が %n 件あります (下の一覧)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packed order(s) have no carrier service chosen and were left out.</source>
        <translation>
            <numerusform>梱包済みのうち %n 件は配送サービスが未選択のため出力していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character replaced (not in cp932)</source>
        <translation>文字を置換 (Shift_JIS(cp932)にない文字)</translation>
    </message>
    <message>
        <source>Cut to the carrier&apos;s length</source>
        <translation>文字数超過のため切り捨て</translation>
    </message>
    <message>
        <source>No code in the layout: left empty</source>
        <translation>レイアウトにコードがないため空欄</translation>
    </message>
    <message>
        <source>Began with = + - @: written as text (leading &apos;)</source>
        <translation>先頭が = + - @ のため文字列として出力（先頭に &apos; を付加）</translation>
    </message>
    <message>
        <source>Nothing was written or marked.</source>
        <translation>ファイルは出力されず、出力済みにもなっていません。</translation>
    </message>
</context>
<context>
    <name>CarrierLayoutDialog</name>
    <message>
        <source>Carrier CSV layout</source>
        <translation>送り状データのレイアウト設定</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日付の形式</translation>
    </message>
    <message>
        <source>File encoding</source>
        <translation>ファイルの文字コード</translation>
    </message>
    <message>
        <source>Orders with no service</source>
        <translation>配送サービス未選択の受注</translation>
    </message>
    <message>
        <source>Tracking file: order no. column</source>
        <translation>伝票番号ファイル：受注番号の項目</translation>
    </message>
    <message>
        <source>Tracking file: tracking no. column</source>
        <translation>伝票番号ファイル：伝票番号の項目</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>ご依頼主名</translation>
    </message>
    <message>
        <source>Sender phone</source>
        <translation>ご依頼主電話番号</translation>
    </message>
    <message>
        <source>Sender postal code</source>
        <translation>ご依頼主郵便番号</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>ご依頼主住所</translation>
    </message>
    <message>
        <source>Sender building</source>
        <translation>ご依頼主建物名</translation>
    </message>
    <message>
        <source>The file starts with the column names</source>
        <translation>1行目に項目名を出力する</translation>
    </message>
    <message>
        <source>Export them with this carrier too</source>
        <translation>この配送会社で出力する</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS（cp932）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM付き)</translation>
    </message>
    <message>
        <source>General (Ctrl+1)</source>
        <translation>基本設定 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Columns (Ctrl+2)</source>
        <translation>出力項目 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Codes (Ctrl+3)</source>
        <translation>コード変換 (Ctrl+3)</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>項目名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出力内容</translation>
    </message>
    <message>
        <source>Max bytes (全角 = 2)</source>
        <translation>最大バイト数 (全角 = 2)</translation>
    </message>
    <message>
        <source>Width (full/half)</source>
        <translation>全角/半角 (full/half)</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>固定値</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出力内容：%1</translation>
    </message>
    <message>
        <source>Group (service, service_cod, cool, time_slot, payment)</source>
        <translation>区分 (service, service_cod, cool, time_slot, payment)</translation>
    </message>
    <message>
        <source>Our value</source>
        <translation>当システムの値</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>配送会社のコード</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>コードを追加</translation>
    </message>
    <message>
        <source>Remove code</source>
        <translation>コードを削除</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>キャンセル (Esc)</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>Carrier code</source>
        <translation>配送会社コード</translation>
    </message>
    <message>
        <source>Carrier name</source>
        <translation>配送会社名</translation>
    </message>
    <message>
        <source>New carrier (Ctrl+N)</source>
        <translation>配送会社を追加 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Carrier %1 added.</source>
        <translation>配送会社 %1 を追加しました。</translation>
    </message>
    <message>
        <source>Carrier %1 saved.</source>
        <translation>配送会社 %1 を保存しました。</translation>
    </message>
</context>
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
    <name>DashColumns</name>
    <message>
        <source>Station</source>
        <translation>梱包台</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>正しい商品</translation>
    </message>
    <message>
        <source>Scanned instead</source>
        <translation>誤ってスキャンした商品</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>梱包日時</translation>
    </message>
</context>
<context>
    <name>DashSettingsDialog</name>
    <message>
        <source>Dashboard: cutoffs, targets and baseline</source>
        <translation>ダッシュボード：締め時刻・目標・比較基準</translation>
    </message>
    <message>
        <source>Same-day cutoff per weekday (Mon…Sun, HH:MM, empty = no shipping)</source>
        <translation>当日出荷の締め時刻（月〜日、例：14:00、空欄＝出荷なし）</translation>
    </message>
    <message>
        <source>Target mis-shipment rate</source>
        <translation>誤出荷率の目標</translation>
    </message>
    <message>
        <source>Target inspection errors per 1,000 units</source>
        <translation>検品エラーの目標（千点あたり）</translation>
    </message>
    <message>
        <source>Target same-day shipping rate</source>
        <translation>当日出荷率の目標</translation>
    </message>
    <message>
        <source>Baseline: service code (the shop&apos;s old habit)</source>
        <translation>比較基準：配送サービスコード（従来の方式）</translation>
    </message>
    <message>
        <source>Baseline: size</source>
        <translation>比較基準：サイズ</translation>
    </message>
    <message>
        <source>Baseline: box code</source>
        <translation>比較基準：箱コード</translation>
    </message>
    <message>
        <source>Write the daily report into this folder (empty = no)</source>
        <translation>日次レポートの自動保存先フォルダ（空欄＝保存しない）</translation>
    </message>
    <message>
        <source>… each day after (HH:MM)</source>
        <translation>…毎日この時刻以降に保存（例：18:00）</translation>
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
    <name>DashboardScreen</name>
    <message>
        <source>Refresh (F5)</source>
        <translation>更新 (F5)</translation>
    </message>
    <message>
        <source>Daily report PDF… (Ctrl+E)</source>
        <translation>日次レポートPDF… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Floor board (Ctrl+Shift+F)</source>
        <translation>フロアボード (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Cutoffs and targets…</source>
        <translation>締め時刻と目標…</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>直近30日</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>直近90日</translation>
    </message>
    <message>
        <source>Look-alike pairs refused most</source>
        <translation>取り違えの多い類似商品</translation>
    </message>
    <message>
        <source>Orders shipped</source>
        <translation>出荷件数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>出荷点数</translation>
    </message>
    <message>
        <source>Orders per person-hour</source>
        <translation>人時生産性</translation>
    </message>
    <message>
        <source>Mis-shipment rate</source>
        <translation>誤出荷率</translation>
    </message>
    <message>
        <source>Inspection errors per 1,000 units</source>
        <translation>検品エラー（千点あたり）</translation>
    </message>
    <message>
        <source>Same-day shipping</source>
        <translation>当日出荷率</translation>
    </message>
    <message>
        <source>Lead time (median / p90)</source>
        <translation>リードタイム（中央値／90%点）</translation>
    </message>
    <message>
        <source>Shipping cost per order</source>
        <translation>1件あたり送料</translation>
    </message>
    <message>
        <source>Saved against the baseline</source>
        <translation>従来方式との差（削減額）</translation>
    </message>
    <message>
        <source>Box fill rate</source>
        <translation>充填率</translation>
    </message>
    <message>
        <source>Orders by hour</source>
        <translation>時間帯別 出荷件数</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>前日</translation>
    </message>
    <message>
        <source>Same weekday last week</source>
        <translation>先週の同じ曜日</translation>
    </message>
    <message>
        <source>Mis-shipment rate (ppm)</source>
        <translation>誤出荷率 (ppm)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>not a shipping day</source>
        <translation>出荷日ではありません</translation>
    </message>
    <message>
        <source>Save the daily report</source>
        <translation>日次レポートの保存</translation>
    </message>
    <message>
        <source>Daily report saved: %1</source>
        <translation>日次レポートを保存しました：%1</translation>
    </message>
</context>
<context>
    <name>FloorBoardWindow</name>
    <message>
        <source>Floor board</source>
        <translation>フロアボード</translation>
    </message>
    <message>
        <source>Orders left</source>
        <translation>残り件数</translation>
    </message>
    <message>
        <source>Due before the cutoff</source>
        <translation>締め前受注の残り</translation>
    </message>
    <message>
        <source>Packed this hour</source>
        <translation>この1時間の出荷件数</translation>
    </message>
    <message>
        <source>Packed last hour</source>
        <translation>前の1時間の出荷件数</translation>
    </message>
    <message>
        <source>Packed today</source>
        <translation>本日の出荷件数</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Print failures</source>
        <translation>印刷エラー</translation>
    </message>
    <message>
        <source>no cutoff today</source>
        <translation>本日は締めなし</translation>
    </message>
    <message>
        <source>cutoff %1</source>
        <translation>締め %1</translation>
    </message>
</context>
<context>
    <name>FloorColumns</name>
    <message>
        <source>Order</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>梱包台</translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation>割り当て期限</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>FloorDialog</name>
    <message>
        <source>Orders held by stations (Ctrl+H)</source>
        <translation>梱包台ごとの作業中の受注 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Who holds which order</source>
        <translation>どの梱包台がどの受注を作業中か</translation>
    </message>
    <message>
        <source>Sync conflicts (not applied on the server)</source>
        <translation>同期の衝突 (サーバーに反映されていない記録)</translation>
    </message>
    <message>
        <source>Take over to this station (F6)</source>
        <translation>この梱包台に引き取る (F6)</translation>
    </message>
    <message>
        <source>Release (F8)</source>
        <translation>割り当てを解除 (F8)</translation>
    </message>
    <message>
        <source>Mark checked (F9)</source>
        <translation>確認済みにする (F9)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>更新 (F5)</translation>
    </message>
    <message>
        <source>%1 orders held, %2 conflicts to check</source>
        <translation>作業中 %1 件、確認待ちの衝突 %2 件</translation>
    </message>
    <message>
        <source>Choose an order first</source>
        <translation>先に受注を選んでください</translation>
    </message>
    <message>
        <source>Choose a conflict first</source>
        <translation>先に衝突を選んでください</translation>
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
        <translation>列レイアウトを保存しました：%1</translation>
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
        <translation>
            <numerusform>取込は行われていません。次の %n 件のエラーを修正して、もう一度取り込んでください：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Report a mis-shipment… (Ctrl+Shift+M)</source>
        <translation>誤出荷を登録… (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Hours worked: clock hours with at least one scan. Mis-ship rate: mis-shipments reported against the orders packed in the period, per million orders. Refused scans are near-misses caught at the station, not mis-shipments.</source>
        <translation>作業時間：1回でもスキャンした時間帯を1時間として数えます。誤出荷率：期間内に梱包した受注に対して登録された誤出荷の件数 (100万件あたり、ppm)。検品エラーは梱包台で止めたヒヤリハットで、誤出荷には数えません。</translation>
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
        <translation>名前を選ぶか、社員証をスキャンしてください：</translation>
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
        <translation>梱包台：%1</translation>
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
        <source>Sorting (Ctrl+Shift+B)</source>
        <translation>仕分け (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Mis-pick review (Ctrl+R)</source>
        <translation>検品エラー確認 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Dashboard (Ctrl+Shift+D)</source>
        <translation>ダッシュボード (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Admin (Ctrl+M)</source>
        <translation>管理 (Ctrl+M)</translation>
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
        <source>Floor (Ctrl+H)</source>
        <translation>作業状況 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Printers (Ctrl+Shift+P)</source>
        <translation>プリンタ設定 (Ctrl+Shift+P)</translation>
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
        <translation>このレイアウトの名前(例：モール名・受注管理システム名)</translation>
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
    <name>Messages</name>
    <message>
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>エラーが発生し、保存されませんでした。もう一度お試しください。繰り返す場合は管理者に連絡してください。</translation>
    </message>
    <message>
        <source>Not found. Check the number and scan again.</source>
        <translation>見つかりません。番号を確認して、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>この操作の権限がありません。リーダーか管理者に依頼してください。</translation>
    </message>
    <message>
        <source>This station works with the central database: master data, shop settings, users, orders and the carrier hand-off are handled there (on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</source>
        <translation>この端末はセンターのデータベースと連携しています。マスタ・店舗設定・作業者・受注・送り状データの受け渡しは、管理用PCでセンター側で行ってください。変更はこの端末に次回の同期で反映されます。この端末では何も変更していません。</translation>
    </message>
    <message>
        <source>A file or device could not be used: {detail}</source>
        <translation>ファイルまたは機器を使用できません：{detail}</translation>
    </message>
    <message>
        <source>A file or device was not found: {path}</source>
        <translation>ファイルまたは機器が見つかりません：{path}</translation>
    </message>
    <message>
        <source>This PC may not use the file or device {path}: ask the admin.</source>
        <translation>このPCではファイルまたは機器 {path} を使用できません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Ask the admin.</source>
        <translation>ディスクがいっぱいのため {path} を書き込めませんでした。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk: choose another place.</source>
        <translation>{path} は書き込みできないディスクにあります。別の場所を選んでください。</translation>
    </message>
    <message>
        <source>{path} is in use by another program: close it and try again.</source>
        <translation>{path} は別のプログラムが使用中です。そのプログラムを閉じてからやり直してください。</translation>
    </message>
    <message>
        <source>The input has problems; nothing was changed:</source>
        <translation>入力に問題があるため、何も変更していません：</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <source>Please confirm this value; nothing was saved yet.</source>
        <translation>この値を確認してください。まだ保存していません。</translation>
    </message>
    <message>
        <source>{source}, {place}</source>
        <translation>{source} {place}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}{then}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{problem} ({fix})</source>
        <translation>{problem}（{fix}）</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}行目</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>「{column}」</translation>
    </message>
    <message>
        <source>User or PIN not recognised. Scan your badge again and re-enter the PIN.</source>
        <translation>作業者または暗証番号が違います。社員証をもう一度スキャンし、暗証番号を入力し直してください。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {name} is locked for {minutes} more minute(s). Wait, or ask an admin to unlock the account.</source>
        <translation>暗証番号の誤りが多すぎます。{name}さんはあと{minutes}分ロックされています。待つか、管理者にロック解除を頼んでください。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>暗証番号は4〜12桁の数字です。</translation>
    </message>
    <message>
        <source>A shift lead must approve this: the badge scanned is not a lead&apos;s.</source>
        <translation>リーダーの承認が必要です。スキャンされた社員証はリーダーのものではありません。</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin manages the floor.</source>
        <translation>現場の管理はリーダーか管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin reports mis-shipments.</source>
        <translation>誤出荷の報告はリーダーか管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin reviews mis-picks.</source>
        <translation>誤ピックの確認はリーダーか管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin prints the bench sheet.</source>
        <translation>梱包台シートの印刷はリーダーか管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Only an admin may set up printers.</source>
        <translation>プリンタの設定は管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Only an admin may change settings.</source>
        <translation>設定の変更は管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Only an admin may save a CSV layout.</source>
        <translation>CSVレイアウトの保存は管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Only an admin may change a carrier layout.</source>
        <translation>送り状データのレイアウト変更は管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Only an admin may see or change the master data: products, boxes, carriers, services and rate tables.</source>
        <translation>マスタ（商品・箱・配送会社・配送サービス・運賃表）の表示と変更は管理者だけが行えます。</translation>
    </message>
    <message>
        <source>This station works with the central database: the settings {settings} are kept there (change them on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</source>
        <translation>この端末はセンターのデータベースと連携しています。設定 {settings} はセンター側で管理しています（管理用PCで変更してください）。変更はこの端末に次回の同期で反映されます。この端末では何も変更していません。</translation>
    </message>
    <message>
        <source>check digit body &apos;{value}&apos; is not all digits</source>
        <translation>チェックデジットの元「{value}」が数字だけではありません</translation>
    </message>
    <message>
        <source>date &apos;{value}&apos; is not YYMMDD</source>
        <translation>日付「{value}」が YYMMDD の形ではありません</translation>
    </message>
    <message>
        <source>date {value} has month {month}</source>
        <translation>日付 {value} の月が {month} です</translation>
    </message>
    <message>
        <source>date {value} has day {day}</source>
        <translation>日付 {value} の日が {day} です</translation>
    </message>
    <message>
        <source>AI {ai} must be digits</source>
        <translation>AI {ai} は数字でなければなりません</translation>
    </message>
    <message>
        <source>AI {ai} has a character GS1 does not allow</source>
        <translation>AI {ai} に GS1 で使えない文字があります</translation>
    </message>
    <message>
        <source>AI {ai} is longer than {length}</source>
        <translation>AI {ai} が {length} 桁を超えています</translation>
    </message>
    <message>
        <source>AI {ai} is shorter than {length}</source>
        <translation>AI {ai} が {length} 桁に足りません</translation>
    </message>
    <message>
        <source>AI {ai} appears twice with different values</source>
        <translation>AI {ai} が違う値で2回あります</translation>
    </message>
    <message>
        <source>unknown AI {ai}</source>
        <translation>AI {ai} は不明です</translation>
    </message>
    <message>
        <source>text in front of the first &apos;(AI)&apos;</source>
        <translation>最初の「(AI)」の前に文字があります</translation>
    </message>
    <message>
        <source>empty element string</source>
        <translation>GS1 のデータがありません</translation>
    </message>
    <message>
        <source>open</source>
        <translation>出荷待ち</translation>
    </message>
    <message>
        <source>being packed</source>
        <translation>検品中</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>梱包済</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>出荷済</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>{carrier} layout</source>
        <translation>{carrier} のレイアウト</translation>
    </message>
    <message>
        <source>{carrier} export</source>
        <translation>{carrier} の送り状データ出力</translation>
    </message>
    <message>
        <source>header</source>
        <translation>項目名</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>tracking order column</source>
        <translation>伝票番号ファイルの受注番号項目</translation>
    </message>
    <message>
        <source>tracking number column</source>
        <translation>伝票番号ファイルの伝票番号項目</translation>
    </message>
    <message>
        <source>the layout has no columns</source>
        <translation>出力項目がありません</translation>
    </message>
    <message>
        <source>add columns</source>
        <translation>出力項目を追加してください</translation>
    </message>
    <message>
        <source>empty column name</source>
        <translation>項目名が空欄です</translation>
    </message>
    <message>
        <source>name the column</source>
        <translation>項目名を入れてください</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; appears twice</source>
        <translation>「{header}」が2回あります</translation>
    </message>
    <message>
        <source>give each column its own name</source>
        <translation>項目名はそれぞれ別にしてください</translation>
    </message>
    <message>
        <source>has characters cp932 cannot hold</source>
        <translation>Shift_JIS（cp932）にない文字があります</translation>
    </message>
    <message>
        <source>use characters from the carrier&apos;s character set</source>
        <translation>配送会社ソフトで使える文字にしてください</translation>
    </message>
    <message>
        <source>unknown source &apos;{source}&apos;</source>
        <translation>出力内容「{source}」は使えません</translation>
    </message>
    <message>
        <source>choose one of: {options}</source>
        <translation>次から選んでください：{options}</translation>
    </message>
    <message>
        <source>negative length</source>
        <translation>長さがマイナスです</translation>
    </message>
    <message>
        <source>enter 0 (no limit) or the carrier&apos;s length in bytes</source>
        <translation>0（制限なし）か、配送会社の指定するバイト数を入れてください</translation>
    </message>
    <message>
        <source>unknown width &apos;{width}&apos;</source>
        <translation>全角/半角の指定「{width}」は使えません</translation>
    </message>
    <message>
        <source>unknown file encoding &apos;{encoding}&apos;</source>
        <translation>不明な文字コード「{encoding}」です</translation>
    </message>
    <message>
        <source>the file is not in the layout&apos;s encoding ({encoding})</source>
        <translation>ファイルがレイアウトの文字コード（{encoding}）ではありません</translation>
    </message>
    <message>
        <source>choose the encoding the carrier software writes in the layout</source>
        <translation>運送会社のソフトが書き出す文字コードをレイアウトで選んでください</translation>
    </message>
    <message>
        <source>{found} columns where the layout has {expected}</source>
        <translation>列数が{found}ですが、レイアウトは{expected}列です</translation>
    </message>
    <message>
        <source>column named &apos;{found}&apos; where the layout has &apos;{expected}&apos;</source>
        <translation>列名が「{found}」ですが、レイアウトでは「{expected}」です</translation>
    </message>
    <message>
        <source>{length} bytes where the column takes {max_bytes}</source>
        <translation>{length}バイトありますが、この列は{max_bytes}バイトまでです</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date in the layout&apos;s format {format}</source>
        <translation>「{value}」はレイアウトの日付形式 {format} の日付ではありません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the layout&apos;s codes: {options}</source>
        <translation>「{value}」はレイアウトのコードにありません：{options}</translation>
    </message>
    <message>
        <source>make the layout match the carrier software&apos;s import filter, column by column, or register this layout as the account&apos;s filter</source>
        <translation>レイアウトを運送会社ソフトの取込レイアウトに列ごとに合わせるか、このレイアウトをアカウントの取込レイアウトとして登録してください</translation>
    </message>
    <message>
        <source>choose full, half or leave empty</source>
        <translation>full（全角）、half（半角）か空欄にしてください</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定です</translation>
    </message>
    <message>
        <source>name the column of the carrier&apos;s issued-data CSV (or #n for the n-th column)</source>
        <translation>発行済みデータCSVの項目名を入れてください（n列目なら #n）</translation>
    </message>
    <message>
        <source>no account name</source>
        <translation>アカウント名がありません</translation>
    </message>
    <message>
        <source>name the account</source>
        <translation>アカウント名を入れてください</translation>
    </message>
    <message>
        <source>unknown carrier &apos;{carrier}&apos;</source>
        <translation>配送会社「{carrier}」は不明です</translation>
    </message>
    <message>
        <source>use one of: {options}</source>
        <translation>次のどれかにしてください：{options}</translation>
    </message>
    <message>
        <source>No carrier account named &apos;{account}&apos;.</source>
        <translation>配送会社のアカウント「{account}」はありません。</translation>
    </message>
    <message>
        <source>it would be cut</source>
        <translation>切り捨てになります</translation>
    </message>
    <message>
        <source>a character would be replaced</source>
        <translation>文字が置き換わります</translation>
    </message>
    <message>
        <source>it has no code in the layout</source>
        <translation>レイアウトにコードがありません</translation>
    </message>
    <message>
        <source>order number &apos;{order_no}&apos; does not fit the carrier&apos;s field ({change})</source>
        <translation>受注番号 {order_no} が配送会社の項目に収まりません（{change}）</translation>
    </message>
    <message>
        <source>shorten the order number, or raise the column&apos;s length in the carrier layout</source>
        <translation>受注番号を短くするか、レイアウト設定でこの項目の長さを増やしてください</translation>
    </message>
    <message>
        <source>the file is neither cp932 (Shift_JIS) nor UTF-8 text</source>
        <translation>Shift_JIS（cp932）でも UTF-8 でもないファイルです</translation>
    </message>
    <message>
        <source>export the issued data from the carrier software again as CSV</source>
        <translation>配送会社ソフトから発行済みデータをCSVで出力し直してください</translation>
    </message>
    <message>
        <source>column not found in the header row</source>
        <translation>見出し行にこの項目がありません</translation>
    </message>
    <message>
        <source>export the issued data with this column, or change the column name in the carrier layout</source>
        <translation>この項目を含めて発行済みデータを出力するか、レイアウト設定の項目名を変更してください</translation>
    </message>
    <message>
        <source>no order &apos;{order_no}&apos;</source>
        <translation>受注 {order_no} が見つかりません</translation>
    </message>
    <message>
        <source>check the order number; import the order first if it is missing</source>
        <translation>受注番号を確認してください。未登録なら先に受注データを取り込んでください</translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>受注番号が空欄です</translation>
    </message>
    <message>
        <source>fill in the order number the export wrote, or delete the row</source>
        <translation>出力時の受注番号を入れるか、この行を削除してください</translation>
    </message>
    <message>
        <source>no tracking number</source>
        <translation>伝票番号が空欄です</translation>
    </message>
    <message>
        <source>issue the label in the carrier software first, or delete the row</source>
        <translation>先に配送会社ソフトで送り状を発行するか、この行を削除してください</translation>
    </message>
    <message>
        <source>tracking number &apos;{tracking}&apos; fails its check digit</source>
        <translation>伝票番号 {tracking} のチェックデジットが合いません</translation>
    </message>
    <message>
        <source>correct the number from the printed label</source>
        <translation>印字された送り状の番号で修正してください</translation>
    </message>
    <message>
        <source>order &apos;{order_no}&apos; is also on row {row}</source>
        <translation>受注 {order_no} は {row}行目にもあります</translation>
    </message>
    <message>
        <source>keep one row per order (one label per order)</source>
        <translation>1受注につき1行にしてください。送り状は1受注に1枚です</translation>
    </message>
    <message>
        <source>tracking number &apos;{tracking}&apos; is also on row {row} (order {order_no})</source>
        <translation>伝票番号 {tracking} は {row}行目（受注 {order_no}）にもあります</translation>
    </message>
    <message>
        <source>each label has its own number: correct the number or the order on one of the rows</source>
        <translation>送り状ごとに番号は別です。どちらかの行の番号か受注番号を修正してください</translation>
    </message>
    <message>
        <source>tracking number &apos;{tracking}&apos; already belongs to order {owner}</source>
        <translation>伝票番号 {tracking} は受注 {owner} に登録済みです</translation>
    </message>
    <message>
        <source>order {order_no} was shipped with tracking number {tracking}</source>
        <translation>受注 {order_no} は伝票番号 {tracking} で出荷済みです</translation>
    </message>
    <message>
        <source>delete the row, or correct the number</source>
        <translation>この行を削除するか、番号を修正してください</translation>
    </message>
    <message>
        <source>order {order_no} is {status}, not packed</source>
        <translation>受注 {order_no} は「{status}」で、梱包済みではありません</translation>
    </message>
    <message>
        <source>pack the order before attaching its tracking number</source>
        <translation>先に検品・梱包を完了してから伝票番号を登録してください</translation>
    </message>
    <message>
        <source>order {order_no} was exported for {exported}, not {carrier}</source>
        <translation>受注 {order_no} は {carrier} ではなく {exported} 用に出力されています</translation>
    </message>
    <message>
        <source>import this file as {exported}, or export the order again for {carrier}</source>
        <translation>このファイルを {exported} として取り込むか、{carrier} 用に出力し直してください</translation>
    </message>
    <message>
        <source>cartonize input</source>
        <translation>梱包計算の入力</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>the input is not a JSON object</source>
        <translation>入力が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>write {{&quot;items&quot;: [...], ...}}</source>
        <translation>{{&quot;items&quot;: [...], ...}} の形で書いてください</translation>
    </message>
    <message>
        <source>sku &apos;{sku}&apos; is listed twice with different data</source>
        <translation>SKU「{sku}」が違う内容で2回あります</translation>
    </message>
    <message>
        <source>give each sku one line, or the same dimensions and weight</source>
        <translation>SKU ごとに1行にするか、寸法と重量をそろえてください</translation>
    </message>
    <message>
        <source>an outer dimension is smaller than the inner one</source>
        <translation>外寸が内寸より小さい辺があります</translation>
    </message>
    <message>
        <source>give the outside measure, wall included, in the same order</source>
        <translation>箱の厚みを含めた外側の寸法を、内寸と同じ順で入れてください</translation>
    </message>
    <message>
        <source>box code &apos;{code}&apos; is used twice</source>
        <translation>箱コード「{code}」が2回使われています</translation>
    </message>
    <message>
        <source>service code &apos;{code}&apos; is used twice</source>
        <translation>配送サービスコード「{code}」が2回使われています</translation>
    </message>
    <message>
        <source>make codes unique</source>
        <translation>コードは重複しないようにしてください</translation>
    </message>
    <message>
        <source>unknown prefecture &apos;{prefecture}&apos;</source>
        <translation>都道府県「{prefecture}」は不明です</translation>
    </message>
    <message>
        <source>write one of the 47, e.g. 東京都, 北海道, or its JIS code 01–47</source>
        <translation>47都道府県のどれか（例：東京都、北海道）か、JISコード 01〜47 を書いてください</translation>
    </message>
    <message>
        <source>unknown cool type {value}</source>
        <translation>クール区分 {value} は不明です</translation>
    </message>
    <message>
        <source>use none, chilled (冷蔵) or frozen (冷凍)</source>
        <translation>none、chilled（冷蔵）、frozen（冷凍）のどれかにしてください</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>add {key}</source>
        <translation>{key} を追加してください</translation>
    </message>
    <message>
        <source>not a non-empty list</source>
        <translation>空でないリストではありません</translation>
    </message>
    <message>
        <source>write {key} as a JSON list [...]</source>
        <translation>{key} を JSON のリスト [...] で書いてください</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>write it as {{...}}</source>
        <translation>{{...}} の形で書いてください</translation>
    </message>
    <message>
        <source>{value} is not a text</source>
        <translation>{value} は文字列ではありません</translation>
    </message>
    <message>
        <source>write a non-empty string</source>
        <translation>空でない文字列を書いてください</translation>
    </message>
    <message>
        <source>not a list of texts</source>
        <translation>文字列のリストではありません</translation>
    </message>
    <message>
        <source>write [&quot;A&quot;, &quot;B&quot;]</source>
        <translation>[&quot;A&quot;, &quot;B&quot;] の形で書いてください</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least {low}</source>
        <translation>{value} は {low} 以上の整数ではありません</translation>
    </message>
    <message>
        <source>write an integer (millimetres, grams, yen)</source>
        <translation>整数（mm・g・円）を書いてください</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} は true・false ではありません</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>true か false を書いてください</translation>
    </message>
    <message>
        <source>{value} is not three positive whole millimetres</source>
        <translation>{value} は3つの正の整数（mm）ではありません</translation>
    </message>
    <message>
        <source>write [length, width, height], e.g. [100, 80, 30]</source>
        <translation>[長さ, 幅, 高さ] の形で書いてください（例：[100, 80, 30]）</translation>
    </message>
    <message>
        <source>not a non-empty object</source>
        <translation>空でないオブジェクトではありません</translation>
    </message>
    <message>
        <source>write {{&quot;*&quot;: 930, &quot;北海道&quot;: 1260}}</source>
        <translation>{{&quot;*&quot;: 930, &quot;北海道&quot;: 1260}} の形で書いてください</translation>
    </message>
    <message>
        <source>unknown prefecture or region &apos;{place}&apos;</source>
        <translation>都道府県・地域「{place}」は不明です</translation>
    </message>
    <message>
        <source>use a prefecture (北海道), a region (関東) or &quot;*&quot;</source>
        <translation>都道府県（北海道）、地域（関東）、または &quot;*&quot; を使ってください</translation>
    </message>
    <message>
        <source>{value} is not a price</source>
        <translation>{value} は料金ではありません</translation>
    </message>
    <message>
        <source>write whole yen, 0 or more</source>
        <translation>0以上の整数（円）を書いてください</translation>
    </message>
    <message>
        <source>missing or not a {kind}</source>
        <translation>ないか、{kind} ではありません</translation>
    </message>
    <message>
        <source>give {key} as a {kind}</source>
        <translation>{key} を {kind} で指定してください</translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation>手順の種類が不明です</translation>
    </message>
    <message>
        <source>proven the cheapest</source>
        <translation>最安であることを確認済み</translation>
    </message>
    <message>
        <source>not proven the cheapest: at most {gap_yen}円 ({gap_percent} %) above the lower bound of {bound_yen}円</source>
        <translation>最安とは確認できていません：下限 {bound_yen}円 より最大 {gap_yen}円（{gap_percent}%）高い可能性があります</translation>
    </message>
    <message>
        <source>carrier {code}</source>
        <translation>配送会社 {code}</translation>
    </message>
    <message>
        <source>box {code}</source>
        <translation>箱 {code}</translation>
    </message>
    <message>
        <source>service {code}</source>
        <translation>配送サービス {code}</translation>
    </message>
    <message>
        <source>product {sku}</source>
        <translation>商品 {sku}</translation>
    </message>
    <message>
        <source>No product with the SKU {sku}.</source>
        <translation>SKU {sku} の商品はありません。</translation>
    </message>
    <message>
        <source>{sides} are not three sizes in millimetres</source>
        <translation>{sides} は3辺の寸法（mm）になっていません</translation>
    </message>
    <message>
        <source>three whole numbers from 1 to {high}</source>
        <translation>1〜{high} の整数を3つ入れてください</translation>
    </message>
    <message>
        <source>the inside {inner} is larger than the outside {outer} on some side</source>
        <translation>内寸 {inner} が外寸 {outer} より大きい辺があります</translation>
    </message>
    <message>
        <source>the inside fits in the outside: check both, in millimetres</source>
        <translation>内寸は外寸に収まります。両方を mm で確認してください</translation>
    </message>
    <message>
        <source>no carrier &apos;{code}&apos;</source>
        <translation>配送会社「{code}」は登録されていません</translation>
    </message>
    <message>
        <source>choose one of the carriers</source>
        <translation>配送会社を一覧から選んでください</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>配送会社が選ばれていません</translation>
    </message>
    <message>
        <source>choose the carrier</source>
        <translation>配送会社を選んでください</translation>
    </message>
    <message>
        <source>a service needs at least one size class</source>
        <translation>サイズ区分が1つもありません</translation>
    </message>
    <message>
        <source>add a size class</source>
        <translation>サイズ区分を追加してください</translation>
    </message>
    <message>
        <source>a delivery time slot is empty, too long or given twice</source>
        <translation>配達時間帯に空欄・長すぎるもの・重複があります</translation>
    </message>
    <message>
        <source>list each slot once, e.g. 午前中, 14-16</source>
        <translation>時間帯を1回ずつ並べてください（例：午前中, 14-16）</translation>
    </message>
    <message>
        <source>{carrier} does not deliver in the time slot(s) {slots}</source>
        <translation>{carrier} は配達時間帯 {slots} に配達しません</translation>
    </message>
    <message>
        <source>use this carrier&apos;s slots: {options}</source>
        <translation>この運送会社の時間帯を使ってください：{options}</translation>
    </message>
    <message>
        <source>size class &apos;{name}&apos; is also in row {row}</source>
        <translation>サイズ区分「{name}」は {row}行目にもあります</translation>
    </message>
    <message>
        <source>give each size class its own name</source>
        <translation>サイズ区分ごとに別の名前を付けてください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a positive limit</source>
        <translation>「{value}」は上限値として使えません</translation>
    </message>
    <message>
        <source>a whole number from 1 to {high}, or empty for no limit</source>
        <translation>1〜{high} の整数。制限なしなら空欄</translation>
    </message>
    <message>
        <source>a whole number of millimetres from 1 to {high}, or empty for no limit</source>
        <translation>1〜{high} の整数（mm）。制限なしなら空欄</translation>
    </message>
    <message>
        <source>a whole number of grams from 1 to {high}, or empty for no limit</source>
        <translation>1〜{high} の整数（g）。制限なしなら空欄</translation>
    </message>
    <message>
        <source>{count} prices are not yen for a prefecture</source>
        <translation>都道府県の運賃として不正な値が {count} 件あります</translation>
    </message>
    <message>
        <source>import the rate table as CSV</source>
        <translation>運賃表はCSVで取り込んでください</translation>
    </message>
    <message>
        <source>the same as surcharge {row}</source>
        <translation>{row}行目の割増と同じです</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;</source>
        <translation>種類「{kind}」は不明です</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a price</source>
        <translation>「{value}」は料金として使えません</translation>
    </message>
    <message>
        <source>whole yen from 0 to {high}</source>
        <translation>0〜{high} の整数（円）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a size class</source>
        <translation>「{value}」はサイズ区分ではありません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a prefecture code</source>
        <translation>「{value}」は都道府県コードではありません</translation>
    </message>
    <message>
        <source>a JIS code from 1 to 47</source>
        <translation>JISコード 1〜47</translation>
    </message>
    <message>
        <source>no upper amount for the COD band</source>
        <translation>代引手数料の代引金額の上限がありません</translation>
    </message>
    <message>
        <source>the largest amount it covers</source>
        <translation>その手数料になる代引金額の上限を入れてください</translation>
    </message>
    <message>
        <source>cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it</source>
        <translation>クール便可ですが、どのサイズ区分にもクール料金がないため、クール便を送れません</translation>
    </message>
    <message>
        <source>add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool</source>
        <translation>クール対象の区分に冷蔵・冷凍の料金を追加するか、クール便可を外してください</translation>
    </message>
    <message>
        <source>COD is ticked but there is no COD fee band</source>
        <translation>代金引換可ですが、代引手数料がありません</translation>
    </message>
    <message>
        <source>add the COD fee bands, or untick COD</source>
        <translation>代引手数料を追加するか、代金引換可を外してください</translation>
    </message>
    <message>
        <source>e.g. 沖縄県, 北海道 or 47</source>
        <translation>例：沖縄県、北海道、47</translation>
    </message>
    <message>
        <source>fill in the amount in yen</source>
        <translation>金額（円）を入力してください</translation>
    </message>
    <message>
        <source>measure it and type the whole number of {unit}: thin services need the real size</source>
        <translation>実物を測って {unit} の整数で入力してください（薄型便の判定に実寸が必要です）</translation>
    </message>
    <message>
        <source>a whole number of {unit} from 1 to {high}</source>
        <translation>1〜{high} の整数（{unit}）</translation>
    </message>
    <message>
        <source>unknown import kind &apos;{kind}&apos;</source>
        <translation>取込の種類「{kind}」は不明です</translation>
    </message>
    <message>
        <source>use orders or products</source>
        <translation>受注（orders）か商品（products）にしてください</translation>
    </message>
    <message>
        <source>{count} more problems not listed</source>
        <translation>ほかに {count} 件あります</translation>
    </message>
    <message>
        <source>fix the ones above and import again to see the rest</source>
        <translation>上の件を直して取り込み直すと、残りを表示します</translation>
    </message>
    <message>
        <source>byte {byte} at byte offset {offset} is neither UTF-8 nor cp932 (Shift_JIS)</source>
        <translation>{offset}バイト目の {byte} は UTF-8 でも cp932（Shift_JIS）でもありません</translation>
    </message>
    <message>
        <source>save the file as &apos;CSV UTF-8&apos; or as &apos;CSV (Shift_JIS)&apos; and import it again</source>
        <translation>「CSV UTF-8」か「CSV (Shift_JIS)」で保存し直して、もう一度取り込んでください</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>見出し行がありません</translation>
    </message>
    <message>
        <source>the first row must name the columns</source>
        <translation>1行目に列名を書いてください</translation>
    </message>
    <message>
        <source>not valid CSV: {error}</source>
        <translation>CSVとして読めません：{error}</translation>
    </message>
    <message>
        <source>check the quotes in this row</source>
        <translation>この行の &quot;（ダブルクォート）を確認してください</translation>
    </message>
    <message>
        <source>this row has {cells} cells, the header only {headers}</source>
        <translation>この行は {cells} 列ありますが、見出しは {headers} 列です</translation>
    </message>
    <message>
        <source>quote cells that contain a comma</source>
        <translation>カンマを含むセルは &quot;…&quot; で囲んでください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be written in cp932</source>
        <translation>「{text}」は cp932（Shift_JIS）で書けません</translation>
    </message>
    <message>
        <source>export as UTF-8</source>
        <translation>UTF-8 で出力してください</translation>
    </message>
    <message>
        <source>unknown encoding &apos;{encoding}&apos;</source>
        <translation>文字コード「{encoding}」は不明です</translation>
    </message>
    <message>
        <source>use utf-8 or cp932</source>
        <translation>utf-8 か cp932 にしてください</translation>
    </message>
    <message>
        <source>column &apos;{header}&apos; ({field}) of layout &apos;{layout}&apos; is not in the file</source>
        <translation>レイアウト「{layout}」の列「{header}」（{field}）がファイルにありません</translation>
    </message>
    <message>
        <source>choose the layout that fits this file or edit it</source>
        <translation>このファイルに合うレイアウトを選ぶか、レイアウトを編集してください</translation>
    </message>
    <message>
        <source>columns &apos;{first}&apos; and &apos;{second}&apos; both hold {field}</source>
        <translation>列「{first}」と「{second}」がどちらも {field} です</translation>
    </message>
    <message>
        <source>required column &apos;{field}&apos; is missing (layout &apos;{layout}&apos;)</source>
        <translation>必須の列「{field}」がありません（レイアウト「{layout}」）</translation>
    </message>
    <message>
        <source>required column &apos;{field}&apos; is missing</source>
        <translation>必須の列「{field}」がありません</translation>
    </message>
    <message>
        <source>add a column &apos;{field}&apos; or choose a saved layout that maps it</source>
        <translation>列「{field}」を追加するか、この列を対応付けた保存済みレイアウトを選んでください</translation>
    </message>
    <message>
        <source>add a column &apos;{field}&apos; (or {aliases}) or choose a saved layout that maps it</source>
        <translation>列「{field}」（または {aliases}）を追加するか、この列を対応付けた保存済みレイアウトを選んでください</translation>
    </message>
    <message>
        <source>empty cell in a required column</source>
        <translation>必須の列が空欄です</translation>
    </message>
    <message>
        <source>no saved {kind} layout named &apos;{layout}&apos;</source>
        <translation>保存済みの {kind} レイアウト「{layout}」はありません</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>次から選んでください：{choices}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a layout name</source>
        <translation>「{name}」はレイアウト名に使えません</translation>
    </message>
    <message>
        <source>1 to 64 characters, not &apos;{generic}&apos;</source>
        <translation>1〜64文字で、「{generic}」以外にしてください</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>項目「{field}」は不明です</translation>
    </message>
    <message>
        <source>no column chosen</source>
        <translation>列が選ばれていません</translation>
    </message>
    <message>
        <source>choose a column header</source>
        <translation>列の見出しを選んでください</translation>
    </message>
    <message>
        <source>one column chosen for several fields</source>
        <translation>1つの列が複数の項目に選ばれています</translation>
    </message>
    <message>
        <source>choose a different column for each field</source>
        <translation>項目ごとに別の列を選んでください</translation>
    </message>
    <message>
        <source>required field not mapped</source>
        <translation>必須の項目に列が対応付けられていません</translation>
    </message>
    <message>
        <source>choose the column that holds it</source>
        <translation>その項目が入っている列を選んでください</translation>
    </message>
    <message>
        <source>layout &apos;{name}&apos;</source>
        <translation>レイアウト「{name}」</translation>
    </message>
    <message>
        <source>contains a line break or control character</source>
        <translation>改行または制御文字を含んでいます</translation>
    </message>
    <message>
        <source>put it on one line</source>
        <translation>1行にしてください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}</source>
        <translation>「{value}」は{what}として使えません</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限値</translation>
    </message>
    <message>
        <source>weight in grams</source>
        <translation>重量（g）</translation>
    </message>
    <message>
        <source>size in millimetres</source>
        <translation>寸法（mm）</translation>
    </message>
    <message>
        <source>number of units per case</source>
        <translation>入数</translation>
    </message>
    <message>
        <source>type the number itself, not a formula: {fix}</source>
        <translation>数式ではなく数値そのものを入力してください。{fix}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount in yen</source>
        <translation>「{value}」は金額（円）ではありません</translation>
    </message>
    <message>
        <source>whole yen from 0 to {high}, e.g. 1980 or 1,980</source>
        <translation>0〜{high} の整数（円）。例：1980 または 1,980</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>「{value}」は「あり・なし」として読めません</translation>
    </message>
    <message>
        <source>use 1/0, yes/no or あり/なし</source>
        <translation>1/0、yes/no、あり/なし のどれかにしてください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a cool type</source>
        <translation>「{value}」はクール区分ではありません</translation>
    </message>
    <message>
        <source>use なし/冷蔵/冷凍, none/chilled/frozen or 0/2/1</source>
        <translation>なし/冷蔵/冷凍、none/chilled/frozen、0/2/1 のどれかにしてください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a delivery time slot</source>
        <translation>「{value}」は配達時間帯ではありません</translation>
    </message>
    <message>
        <source>use 午前中, 12-14, 14-16, 16-18, 18-20, 18-21 or 19-21 (or the carrier&apos;s code: B2 1416, e飛伝 04, ゆうプリR 52), or leave it empty</source>
        <translation>午前中、12-14、14-16、16-18、18-20、18-21、19-21（または運送会社のコード：B2 1416、e飛伝 04、ゆうプリR 52）を入力するか、空欄にしてください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>「{value}」は日付ではありません</translation>
    </message>
    <message>
        <source>write it as YYYY-MM-DD, e.g. 2026-11-23</source>
        <translation>YYYY-MM-DD の形で書いてください（例：2026-11-23）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>「{value}」は日時ではありません</translation>
    </message>
    <message>
        <source>write it as YYYY-MM-DD HH:MM (Japan time)</source>
        <translation>YYYY-MM-DD HH:MM の形（日本時間）で書いてください</translation>
    </message>
    <message>
        <source>not a postal code</source>
        <translation>郵便番号ではありません</translation>
    </message>
    <message>
        <source>7 digits, e.g. 100-0001</source>
        <translation>7桁の数字（例：100-0001）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a prefecture</source>
        <translation>「{value}」は都道府県名ではありません</translation>
    </message>
    <message>
        <source>e.g. 東京都, 大阪府 or Tokyo</source>
        <translation>例：東京都、大阪府、Tokyo</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>電話番号ではありません</translation>
    </message>
    <message>
        <source>digits and hyphens, e.g. 03-1234-5678</source>
        <translation>数字とハイフン（例：03-1234-5678）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a tax rate</source>
        <translation>「{value}」は税率ではありません</translation>
    </message>
    <message>
        <source>10 or 8 (the reduced rate)</source>
        <translation>10 か 8（軽減税率）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a shelf location</source>
        <translation>「{value}」は棚番として使えません</translation>
    </message>
    <message>
        <source>letters and digits joined by hyphens, at most {max_len}, e.g. A-01-03</source>
        <translation>英数字をハイフンでつないで {max_len} 文字以内で入力してください（例：A-01-03）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a barcode a spreadsheet turned into a number</source>
        <translation>「{value}」は表計算ソフトが数値に変えてしまったバーコードです</translation>
    </message>
    <message>
        <source>format the column as text and type the code again</source>
        <translation>列の書式を文字列にして、コードを入力し直してください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a JAN/EAN/UPC/ITF-14 code</source>
        <translation>「{value}」は JAN/EAN/UPC/ITF-14 のコードではありません</translation>
    </message>
    <message>
        <source>8, 12, 13 or 14 digits</source>
        <translation>8・12・13・14桁の数字</translation>
    </message>
    <message>
        <source>barcode {code} has a wrong check digit (the last digit should be {expected})</source>
        <translation>バーコード {code} のチェックデジットが違います（最後の数字は {expected} のはずです）</translation>
    </message>
    <message>
        <source>copy the code from the product label again</source>
        <translation>商品ラベルからコードを写し直してください</translation>
    </message>
    <message>
        <source>differs from row {first_row}, the first row of order {order_no}</source>
        <translation>受注 {order_no} の最初の行（{first_row}行目）と内容が違います</translation>
    </message>
    <message>
        <source>differs from row {first_row}, the first row of order {order_no}: &apos;{here}&apos; here, &apos;{there}&apos; there</source>
        <translation>受注 {order_no} の最初の行（{first_row}行目）と内容が違います：この行は「{here}」、最初の行は「{there}」</translation>
    </message>
    <message>
        <source>give every line of an order the same order details, or leave them empty on the later lines</source>
        <translation>同じ受注の行は受注情報をそろえるか、2行目以降は空欄にしてください</translation>
    </message>
    <message>
        <source>unknown SKU &apos;{sku}&apos;: not in the product master</source>
        <translation>SKU「{sku}」は商品マスタにありません</translation>
    </message>
    <message>
        <source>import the product first or correct the SKU</source>
        <translation>先に商品を取り込むか、SKU を修正してください</translation>
    </message>
    <message>
        <source>order {order_no} is already in the database</source>
        <translation>受注 {order_no} はすでに登録されています</translation>
    </message>
    <message>
        <source>remove it from the file (imported before?)</source>
        <translation>ファイルから削除してください（取込済みでは？）</translation>
    </message>
    <message>
        <source>SKU {sku} is also in row {row}</source>
        <translation>SKU {sku} は {row}行目にもあります</translation>
    </message>
    <message>
        <source>keep one row per product</source>
        <translation>1商品につき1行にしてください</translation>
    </message>
    <message>
        <source>give all three sizes or none</source>
        <translation>3辺の寸法はすべて入れるか、すべて空欄にしてください</translation>
    </message>
    <message>
        <source>fill in length, width and height</source>
        <translation>長さ・幅・高さを入力してください</translation>
    </message>
    <message>
        <source>a case code needs the number of units in the case (入数)</source>
        <translation>ケースコードには入数が必要です</translation>
    </message>
    <message>
        <source>fill in case_units</source>
        <translation>入数（case_units）を入力してください</translation>
    </message>
    <message>
        <source>units per case given without a case code</source>
        <translation>ケースコードがないのに入数があります</translation>
    </message>
    <message>
        <source>fill in the case code (ITF-14) or clear the units</source>
        <translation>ケースコード（ITF-14）を入力するか、入数を消してください</translation>
    </message>
    <message>
        <source>barcode {code} is already registered to SKU {owner}</source>
        <translation>バーコード {code} はすでに SKU {owner} に登録されています</translation>
    </message>
    <message>
        <source>remove it from that product first, or correct the code</source>
        <translation>先にその商品から外すか、コードを修正してください</translation>
    </message>
    <message>
        <source>barcode {code} is also given in row {row} (SKU {sku})</source>
        <translation>バーコード {code} は {row}行目（SKU {sku}）にもあります</translation>
    </message>
    <message>
        <source>a barcode may belong to one product only</source>
        <translation>1つのバーコードは1商品にだけ登録できます</translation>
    </message>
    <message>
        <source>barcode {code} is this product&apos;s unit and case code at once</source>
        <translation>バーコード {code} がこの商品の単品コードとケースコードの両方になっています</translation>
    </message>
    <message>
        <source>a unit code and its case code must differ</source>
        <translation>単品コードとケースコードは別にしてください</translation>
    </message>
    <message>
        <source>Order {order_no} is cancelled: no documents are printed for it.</source>
        <translation>受注 {order_no} はキャンセル済みのため、帳票は印刷しません。</translation>
    </message>
    <message>
        <source>Order {order_no} has no customer address (deleted after shipping?).</source>
        <translation>受注 {order_no} にお届け先住所がありません（出荷後に削除された可能性があります）。</translation>
    </message>
    <message>
        <source>The shop&apos;s {settings} not set: an admin sets them in the settings (labels need the sender, 納品書 the shop name).</source>
        <translation>店舗設定 {settings} が未設定です。管理者が設定画面で入力してください（送り状には差出人、納品書には店舗名が必要です）。</translation>
    </message>
    <message>
        <source>The shop&apos;s invoice registration number ({setting}) is wrong: {problem}. An admin corrects it in the settings.</source>
        <translation>店舗の適格請求書発行事業者登録番号（{setting}）が正しくありません：{problem}。管理者が設定画面で修正してください。</translation>
    </message>
    <message>
        <source>The addresses of order {order_no} do not fit a {size} label even in small print ({needed_mm} of {height_mm} mm): shorten the address lines.</source>
        <translation>受注 {order_no} の住所が、小さい文字でも {size} の送り状に収まりません（{height_mm} mm 中 {needed_mm} mm）。住所の行を短くしてください。</translation>
    </message>
    <message>
        <source>The Japanese font IPAexGothic (ipaexg.ttf) was not found ({where}): install the Debian package fonts-ipaexfont-gothic (scripts/setup.sh does) or set {variable} to the .ttf file.</source>
        <translation>日本語フォント IPAexGothic（ipaexg.ttf）が見つかりません（{where}）。Debian パッケージ fonts-ipaexfont-gothic をインストールする（scripts/setup.sh が行います）か、{variable} に .ttf ファイルを指定してください。</translation>
    </message>
    <message>
        <source>The font file {path} cannot be used ({error}): it must be the TrueType ipaexg.ttf from fonts-ipaexfont-gothic.</source>
        <translation>フォントファイル {path} を使用できません（{error}）。fonts-ipaexfont-gothic の TrueType フォント ipaexg.ttf が必要です。</translation>
    </message>
    <message>
        <source>The shop logo {file} ({setting}) cannot be read ({error}): an admin chooses a PNG or JPEG file or clears the setting.</source>
        <translation>店舗ロゴ {file}（{setting}）を読み込めません（{error}）。管理者が PNG か JPEG のファイルを選ぶか、設定を空欄にしてください。</translation>
    </message>
    <message>
        <source>registration number {number} must start with T</source>
        <translation>登録番号 {number} は T で始めてください</translation>
    </message>
    <message>
        <source>registration number {number} must be T followed by 13 digits</source>
        <translation>登録番号 {number} は T と13桁の数字にしてください</translation>
    </message>
    <message>
        <source>registration number {number} fails the 法人番号 check digit (for a corporation the first digit after T would be {expected})</source>
        <translation>登録番号 {number} は法人番号のチェックデジットに合いません（法人ならTの次の数字は{expected}になります）</translation>
    </message>
    <message>
        <source>{problem}. A sole proprietor&apos;s number has no published check digit: compare it with the 登録通知書 and save again to confirm it.</source>
        <translation>{problem}。個人事業者の登録番号にはチェックデジットが公表されていません。登録通知書と照合し、正しければもう一度保存して確定してください。</translation>
    </message>
    <message>
        <source>copy it from the 登録通知書: T and 13 digits, e.g. T1234567890123, or leave it empty</source>
        <translation>登録通知書から写してください：T と13桁（例：T1234567890123）。未登録なら空欄</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>この設定項目はありません</translation>
    </message>
    <message>
        <source>use one of the listed settings</source>
        <translation>一覧にある設定項目を使ってください</translation>
    </message>
    <message>
        <source>expected on or off</source>
        <translation>オン・オフで指定してください</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>整数で指定してください</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>文字で指定してください</translation>
    </message>
    <message>
        <source>correct the value</source>
        <translation>値を修正してください</translation>
    </message>
    <message>
        <source>must be {low}–{high}</source>
        <translation>{low}〜{high} にしてください</translation>
    </message>
    <message>
        <source>enter a value in range</source>
        <translation>範囲内の値を入力してください</translation>
    </message>
    <message>
        <source>no camera given</source>
        <translation>カメラが指定されていません</translation>
    </message>
    <message>
        <source>enter a camera number such as 0</source>
        <translation>0 のようなカメラ番号を入力してください</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>次のどれかにしてください：{options}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a printer font name</source>
        <translation>「{value}」はプリンタのフォント名ではありません</translation>
    </message>
    <message>
        <source>drive and file as the printer lists it, e.g. E:ANMDJ.TTF, or leave it empty to print Japanese as bitmaps</source>
        <translation>プリンタに表示されるドライブとファイル名（例：E:ANMDJ.TTF）。日本語を画像で印刷するなら空欄</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空欄です</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>未入力です</translation>
    </message>
    <message>
        <source>fill it in</source>
        <translation>入力してください</translation>
    </message>
    <message>
        <source>longer than {max_len} characters</source>
        <translation>{max_len}文字を超えています</translation>
    </message>
    <message>
        <source>shorten it</source>
        <translation>短くしてください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is out of range</source>
        <translation>「{value}」は範囲外です</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low}〜{high} の整数</translation>
    </message>
    <message>
        <source>delete one of them</source>
        <translation>どちらか一方を削除してください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; starts with = + - @ or holds a control character</source>
        <translation>「{value}」が = + - @ で始まるか、制御文字を含んでいます</translation>
    </message>
    <message>
        <source>start it with a letter or a digit (spreadsheets run such cells as formulas)</source>
        <translation>文字か数字で始めてください（表計算ソフトが数式として実行するため）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>「{value}」は整数ではありません</translation>
    </message>
    <message>
        <source>type a whole number from {low} to {high} ({unit}), digits only</source>
        <translation>{low}〜{high} の整数（{unit}）を数字だけで入力してください</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>g</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>times</source>
        <translation>回</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>件</translation>
    </message>
    <message>
        <source>units</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Order {order_no} not found: check the number and scan again.</source>
        <translation>受注 {order_no} が見つかりません。番号を確認して、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>{sku} must be scanned unit by unit: no quantity can be typed for it.</source>
        <translation>{sku} は1個ずつスキャンする商品です。数量は入力できません。</translation>
    </message>
    <message>
        <source>Order {order_no} is not open at this station: scan its pick list again.</source>
        <translation>受注 {order_no} はこの梱包台で検品中ではありません。ピッキングリストをもう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>A reason is needed to put an order on hold: choose one.</source>
        <translation>保留にするには理由が必要です。理由を選んでください。</translation>
    </message>
    <message>
        <source>This override or reason is not known: choose one from the list.</source>
        <translation>この承認操作または理由は登録されていません。一覧から選んでください。</translation>
    </message>
    <message>
        <source>The new quantity must be between the scanned ({scanned}) and the ordered ({ordered}).</source>
        <translation>新しい数量は、検品済み（{scanned}）以上、受注数（{ordered}）以下にしてください。</translation>
    </message>
    <message>
        <source>no active service delivers in the time slot {slot} (asked for by the order); carriers that have it: {carriers}</source>
        <translation>注文の配達時間帯 {slot} に配達できる有効なサービスがありません。この時間帯がある運送会社：{carriers}</translation>
    </message>
    <message>
        <source>no active service takes a delivery date (asked for by the order)</source>
        <translation>注文のお届け日指定を受けられる有効なサービスがありません</translation>
    </message>
    <message>
        <source>A reason is needed to choose another box or service: choose one.</source>
        <translation>別の箱・配送サービスを選ぶには理由が必要です。理由を選んでください。</translation>
    </message>
    <message>
        <source>The weight is not stable yet: keep the box still and weigh again.</source>
        <translation>重量がまだ安定していません。箱を動かさずに、もう一度計量してください。</translation>
    </message>
    <message>
        <source>The reason {reason} is not known: choose one from the list.</source>
        <translation>理由 {reason} は登録されていません。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Write a comment for the reason &apos;other&apos;.</source>
        <translation>理由「その他」にはコメントを入力してください。</translation>
    </message>
    <message>
        <source>Order {order_no} needs no approval: only a weighed box outside the tolerance does.</source>
        <translation>受注 {order_no} は承認不要です。承認が必要なのは、計量して許容範囲を外れた箱だけです。</translation>
    </message>
    <message>
        <source>No box is chosen for order {order_no}: choose the box first (F4).</source>
        <translation>受注 {order_no} の箱が選ばれていません。先に箱を選んでください（F4）。</translation>
    </message>
    <message>
        <source>The chosen box {box} is not registered: ask the admin to register it.</source>
        <translation>選んだ箱 {box} は登録されていません。管理者に登録を依頼してください。</translation>
    </message>
    <message>
        <source>No printer is set for this at this station: ask the admin.</source>
        <translation>この梱包台にプリンタが設定されていません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>Printer not found: ask the admin to check the printer setup.</source>
        <translation>プリンタが見つかりません。管理者にプリンタ設定の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The printer does not answer: check that it is on and connected.</source>
        <translation>プリンタが応答しません。電源とケーブル（LAN）を確認してください。</translation>
    </message>
    <message>
        <source>The printer is not ready: check paper, ribbon and cover.</source>
        <translation>プリンタが印刷できる状態ではありません。用紙・リボン・カバーを確認してください。</translation>
    </message>
    <message>
        <source>Wrong paper in the printer: load the right stock.</source>
        <translation>用紙が違います。正しい用紙（ラベル）をセットしてください。</translation>
    </message>
    <message>
        <source>This printer cannot print this document: ask the admin.</source>
        <translation>このプリンタではこの帳票を印刷できません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The printer stopped in the middle: throw away any half-printed sheet, check the printer.</source>
        <translation>印刷の途中でプリンタが止まりました。途中まで出た用紙は破棄し、プリンタを確認してください。</translation>
    </message>
    <message>
        <source>Printing was cut off when the app stopped: check the printer before retrying.</source>
        <translation>アプリ終了で印刷が中断されました。プリンタの出力を確認してから再印刷してください。</translation>
    </message>
    <message>
        <source>Label held back:</source>
        <translation>送り状の印刷を保留しました：</translation>
    </message>
    <message>
        <source>The document could not be made: call the admin.</source>
        <translation>帳票を作成できませんでした。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>Printing failed unexpectedly: call the admin.</source>
        <translation>予期しないエラーで印刷できませんでした。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation>{reason}（{detail}）</translation>
    </message>
    <message>
        <source>{reason} {detail}</source>
        <translation>{reason}{detail}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{printer} has {media} loaded; a label needs {wanted}</source>
        <translation>{printer} には {media} がセットされています。送り状には {wanted} が必要です</translation>
    </message>
    <message>
        <source>{printer} has {media} loaded; a 納品書 needs {wanted}</source>
        <translation>{printer} には {media} がセットされています。納品書には {wanted} が必要です</translation>
    </message>
    <message>
        <source>{printer} has {media} loaded; a pick list needs {wanted}</source>
        <translation>{printer} の用紙は {media} です。ピッキングリストには {wanted} が必要です</translation>
    </message>
    <message>
        <source>raw printing to a Windows printer works on Windows only (win32print); use CUPS or TCP 9100 here</source>
        <translation>Windowsプリンターへの直接印刷はWindowsでのみ使えます（win32print）。この端末ではCUPSかTCP 9100を使ってください</translation>
    </message>
    <message>
        <source>no Windows printer &apos;{printer}&apos;: {error}</source>
        <translation>Windowsプリンター「{printer}」がありません：{error}</translation>
    </message>
    <message>
        <source>{printer} is not ready: {problems}</source>
        <translation>{printer}は印刷できる状態ではありません：{problems}</translation>
    </message>
    <message>
        <source>the spooler took {written} of {total} bytes</source>
        <translation>スプーラーが受け取ったのは{total}バイト中{written}バイトです</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>in error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>jammed</source>
        <translation>紙詰まり</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>用紙切れ</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>out of toner</source>
        <translation>トナー切れ</translation>
    </message>
    <message>
        <source>a door is open</source>
        <translation>カバーが開いています</translation>
    </message>
    <message>
        <source>needs attention (manual feed)</source>
        <translation>手差し給紙の確認が必要です</translation>
    </message>
    <message>
        <source>{folder} is not writable</source>
        <translation>{folder}に書き込めません</translation>
    </message>
    <message>
        <source>unknown host {host}</source>
        <translation>ホスト {host} が見つかりません</translation>
    </message>
    <message>
        <source>{where} refused the connection</source>
        <translation>{where} が接続を拒否しました</translation>
    </message>
    <message>
        <source>{where} did not answer</source>
        <translation>{where} から応答がありません</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}：{error}</translation>
    </message>
    <message>
        <source>{where} stopped taking data (paper out or jammed?)</source>
        <translation>{where} がデータを受け取らなくなりました（用紙切れか紙詰まり？）</translation>
    </message>
    <message>
        <source>{where}: {error} during the job</source>
        <translation>{where}：印刷中に {error}</translation>
    </message>
    <message>
        <source>CUPS is not installed ({program} is missing): install cups-client</source>
        <translation>CUPS がインストールされていません（{program} がありません）。cups-client をインストールしてください</translation>
    </message>
    <message>
        <source>CUPS did not answer</source>
        <translation>CUPS から応答がありません</translation>
    </message>
    <message>
        <source>no CUPS queue {queue}: {said}</source>
        <translation>CUPS のキュー {queue} がありません：{said}</translation>
    </message>
    <message>
        <source>the CUPS queue is disabled: {said}</source>
        <translation>CUPS のキューが停止しています：{said}</translation>
    </message>
    <message>
        <source>lp: {said}</source>
        <translation>lp：{said}</translation>
    </message>
    <message>
        <source>the document is not a readable PDF</source>
        <translation>帳票が読み取れる PDF ではありません</translation>
    </message>
    <message>
        <source>{printer} could not start the job</source>
        <translation>{printer} で印刷を開始できません</translation>
    </message>
    <message>
        <source>the printer refused the next page</source>
        <translation>プリンタが次のページを受け付けませんでした</translation>
    </message>
    <message>
        <source>the printer did not take the job</source>
        <translation>プリンタが印刷データを受け付けませんでした</translation>
    </message>
    <message>
        <source>no system printer &apos;{printer}&apos;</source>
        <translation>システムのプリンタ「{printer}」がありません</translation>
    </message>
    <message>
        <source>{printer} reports an error</source>
        <translation>{printer} がエラーを示しています</translation>
    </message>
    <message>
        <source>{printer} has no {media} paper size</source>
        <translation>{printer} には用紙サイズ {media} がありません</translation>
    </message>
    <message>
        <source>no document renderer is installed</source>
        <translation>帳票の作成機能がインストールされていません</translation>
    </message>
    <message>
        <source>the printer was removed from the setup</source>
        <translation>プリンタが設定から削除されました</translation>
    </message>
    <message>
        <source>the back-end {backend} is not available</source>
        <translation>接続方式 {backend} は使用できません</translation>
    </message>
    <message>
        <source>{printer} takes {format}, got {mime}</source>
        <translation>{printer} は {format} で印刷しますが、帳票は {mime} です</translation>
    </message>
    <message>
        <source>{printer} has {media}, the document is {document}</source>
        <translation>{printer} の用紙は {media}、帳票は {document} です</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>プリンタ</translation>
    </message>
    <message>
        <source>station printers</source>
        <translation>梱包台のプリンタ</translation>
    </message>
    <message>
        <source>a name of 1–64 characters is needed</source>
        <translation>名前は1〜64文字で入力してください</translation>
    </message>
    <message>
        <source>type a name such as ラベル1</source>
        <translation>「ラベル1」のような名前を入力してください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not supported</source>
        <translation>「{value}」には対応していません</translation>
    </message>
    <message>
        <source>system printers print PDF only</source>
        <translation>システムのプリンタは PDF だけを印刷します</translation>
    </message>
    <message>
        <source>choose pdf, or use a CUPS raw queue or TCP 9100 for ZPL</source>
        <translation>pdf を選ぶか、ZPL には CUPS の raw キューか TCP 9100 を使ってください</translation>
    </message>
    <message>
        <source>ZPL printers take label stock only</source>
        <translation>ZPL プリンタはラベル用紙だけに対応しています</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>アドレスが空欄です</translation>
    </message>
    <message>
        <source>type the address</source>
        <translation>アドレスを入力してください</translation>
    </message>
    <message>
        <source>choose the printer&apos;s name as the system lists it</source>
        <translation>システムに表示されるプリンタ名を選んでください</translation>
    </message>
    <message>
        <source>type the CUPS queue name (lpstat -p)</source>
        <translation>CUPS のキュー名を入力してください（lpstat -p）</translation>
    </message>
    <message>
        <source>choose the printer&apos;s name as Windows lists it</source>
        <translation>Windowsに表示されるプリンター名を選んでください</translation>
    </message>
    <message>
        <source>type the printer&apos;s IP address, e.g. 192.168.1.50:9100</source>
        <translation>プリンタの IP アドレスを入力してください（例：192.168.1.50:9100）</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a CUPS queue name</source>
        <translation>「{address}」は CUPS のキュー名ではありません</translation>
    </message>
    <message>
        <source>use letters, digits, _ . - only</source>
        <translation>英数字と _ . - だけを使ってください</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a host or host:port (port 1–65535)</source>
        <translation>「{address}」はプリンタのアドレスではありません（ホスト名か IP アドレス。ポート番号を付けるときは 1〜65535）</translation>
    </message>
    <message>
        <source>type host or host:port, e.g. 192.168.1.50:9100</source>
        <translation>ホスト名か IP アドレスを入力してください（例：192.168.1.50:9100）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already used</source>
        <translation>「{name}」はすでに使われています</translation>
    </message>
    <message>
        <source>choose another name</source>
        <translation>別の名前にしてください</translation>
    </message>
    <message>
        <source>no printer &apos;{name}&apos;</source>
        <translation>プリンタ「{name}」はありません</translation>
    </message>
    <message>
        <source>choose a printer from the list</source>
        <translation>一覧からプリンタを選んでください</translation>
    </message>
    <message>
        <source>choose a printer with the right stock</source>
        <translation>正しい用紙のプリンタを選んでください</translation>
    </message>
    <message>
        <source>A reason is needed for a reprint: choose one.</source>
        <translation>再印刷には理由が必要です。理由を選んでください。</translation>
    </message>
    <message>
        <source>Order {order_no} is already printed: a reprint needs a reason (Ctrl+P).</source>
        <translation>受注 {order_no} は印刷済みです。再印刷には理由が必要です（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Unknown document kind {kind}: a label or a 納品書 can be printed.</source>
        <translation>帳票の種類 {kind} は不明です。印刷できるのは送り状と納品書です。</translation>
    </message>
    <message>
        <source>Print job {job} not found.</source>
        <translation>印刷ジョブ {job} が見つかりません。</translation>
    </message>
    <message>
        <source>Print job {job} is being printed or is already finished.</source>
        <translation>印刷ジョブ {job} は印刷中か、すでに終了しています。</translation>
    </message>
    <message>
        <source>No carrier service with the code {code}.</source>
        <translation>配送サービス {code} はありません。</translation>
    </message>
    <message>
        <source>the first column must be the destination prefecture</source>
        <translation>1列目は届け先の都道府県にしてください</translation>
    </message>
    <message>
        <source>put the &apos;{header}&apos; column first, then one column per size class</source>
        <translation>「{header}」列を先頭に置き、続けてサイズ区分ごとに1列にしてください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a size class of this service</source>
        <translation>「{value}」はこの配送サービスのサイズ区分ではありません</translation>
    </message>
    <message>
        <source>name each column after a size class: {names}</source>
        <translation>列名はサイズ区分にしてください：{names}</translation>
    </message>
    <message>
        <source>columns &apos;{first}&apos; and &apos;{second}&apos; are both size class {size_class}</source>
        <translation>列「{first}」と「{second}」がどちらもサイズ区分 {size_class} です</translation>
    </message>
    <message>
        <source>no column for size class {size_class}</source>
        <translation>サイズ区分 {size_class} の列がありません</translation>
    </message>
    <message>
        <source>add a column &apos;{size_class}&apos; with its prices</source>
        <translation>「{size_class}」列を追加して運賃を入れてください</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>{n}列目</translation>
    </message>
    <message>
        <source>prices in a column without a size class in row 1</source>
        <translation>1行目にサイズ区分のない列に運賃があります</translation>
    </message>
    <message>
        <source>write the size class in row 1 or delete the column</source>
        <translation>1行目にサイズ区分を書くか、その列を削除してください</translation>
    </message>
    <message>
        <source>no prefecture</source>
        <translation>都道府県が空欄です</translation>
    </message>
    <message>
        <source>e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; &apos;{default}&apos; or &apos;*&apos; for the default row</source>
        <translation>例：北海道、東京都、大阪、または 関東 などの地域。全国共通の行は「{default}」か「*」</translation>
    </message>
    <message>
        <source>{place} is also in row {row}</source>
        <translation>{place} は {row}行目にもあります</translation>
    </message>
    <message>
        <source>keep one row per prefecture or region</source>
        <translation>都道府県・地域ごとに1行にしてください</translation>
    </message>
    <message>
        <source>type the amount itself (no formula, no minus sign): {fix}</source>
        <translation>数式やマイナスではなく金額そのものを入力してください。{fix}</translation>
    </message>
    <message>
        <source>no price for {prefecture} here nor in the default row</source>
        <translation>{prefecture} の運賃が、このセルにも全国共通の行にもありません</translation>
    </message>
    <message>
        <source>fill in this cell or the default row&apos;s</source>
        <translation>このセルか、全国共通の行に運賃を入れてください</translation>
    </message>
    <message>
        <source>no row for {prefecture} and no default row ({default})</source>
        <translation>{prefecture} の行も、全国共通の行（{default}）もありません</translation>
    </message>
    <message>
        <source>add a row for {prefecture} or its region ({region}), or a row &apos;{default}&apos; with the price for every prefecture without a row</source>
        <translation>{prefecture} か地域（{region}）の行、または行のない都道府県すべてに使う「{default}」の行を追加してください</translation>
    </message>
    <message>
        <source>write the day the table applies from as YYYY-MM-DD, e.g. 2027-04-01</source>
        <translation>適用開始日を YYYY-MM-DD の形で書いてください（例：2027-04-01）</translation>
    </message>
    <message>
        <source>{value} is before {first}, the first day a table may start</source>
        <translation>{value} は {first} より前です（運賃表はこの日以降に開始）</translation>
    </message>
    <message>
        <source>{here} here but {there} in row {row}: one file is one table</source>
        <translation>ここは {here}、{row}行目は {there}：1ファイルは1つの運賃表です</translation>
    </message>
    <message>
        <source>give every row the same date, or leave it empty below the first</source>
        <translation>全行に同じ日付を書くか、2行目以降は空欄にしてください</translation>
    </message>
    <message>
        <source>{code} has no rate table starting on {day}.</source>
        <translation>{code} に {day} 開始の運賃表はありません。</translation>
    </message>
    <message>
        <source>the column &apos;{header}&apos; has no date</source>
        <translation>「{header}」列に日付がありません</translation>
    </message>
    <message>
        <source>{order_no} has not been packed</source>
        <translation>受注 {order_no} はまだ梱包されていません</translation>
    </message>
    <message>
        <source>report mis-shipments of packed orders only</source>
        <translation>誤出荷は梱包済みの受注についてだけ報告してください</translation>
    </message>
    <message>
        <source>{order_no} already has a report &apos;{kind}&apos;</source>
        <translation>受注 {order_no} には「{kind}」の報告がすでにあります</translation>
    </message>
    <message>
        <source>the mis-shipment is already recorded</source>
        <translation>この誤出荷は記録済みです</translation>
    </message>
    <message>
        <source>choose a kind from the list</source>
        <translation>一覧から種類を選んでください</translation>
    </message>
    <message>
        <source>wrong item shipped</source>
        <translation>商品違い</translation>
    </message>
    <message>
        <source>wrong quantity shipped</source>
        <translation>数量違い</translation>
    </message>
    <message>
        <source>item or order not shipped</source>
        <translation>出荷漏れ</translation>
    </message>
    <message>
        <source>labels swapped (wrong address)</source>
        <translation>宛先違い（テレコ）</translation>
    </message>
    <message>
        <source>another customer&apos;s slip in the box</source>
        <translation>添付書類違い</translation>
    </message>
    <message>
        <source>damaged in transit</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>no record chosen</source>
        <translation>記録が選ばれていません</translation>
    </message>
    <message>
        <source>select rows first</source>
        <translation>先に行を選んでください</translation>
    </message>
    <message>
        <source>A chosen mis-pick record was not found: read the list again.</source>
        <translation>選んだ誤ピックの記録が見つかりません。一覧を読み込み直してください。</translation>
    </message>
    <message>
        <source>No scale is set up at this station (admin: Shift+F5).</source>
        <translation>この梱包台にははかりが設定されていません（管理者：Shift+F5）。</translation>
    </message>
    <message>
        <source>USB HID scales are read through Linux hidraw, which {platform} does not have: connect the scale through its serial (COM) port as an MT-SICS scale.</source>
        <translation>USB HIDはかりはLinuxのhidrawで読み取ります（{platform}にはありません）。はかりをシリアル（COM）ポートにつなぎ、MT-SICSはかりとして設定してください。</translation>
    </message>
    <message>
        <source>No serial port is set for the scale (admin: Shift+F5).</source>
        <translation>はかりのシリアルポートが設定されていません（管理者：Shift+F5）。</translation>
    </message>
    <message>
        <source>No USB scale is plugged in: plug it in, or choose its device in the scale settings (admin: Shift+F5).</source>
        <translation>USBのはかりが接続されていません。接続するか、はかりの設定で機器を選んでください（管理者：Shift+F5）。</translation>
    </message>
    <message>
        <source>The scale is not connected ({port}): plug it in, or set its port (admin: Shift+F5).</source>
        <translation>はかりが接続されていません（{port}）。ケーブルをつなぐか、ポートを設定してください（管理者：Shift+F5）。</translation>
    </message>
    <message>
        <source>The scale {port} was unplugged: plug it in and weigh again.</source>
        <translation>はかり {port} が外れました。接続してから、もう一度計量してください。</translation>
    </message>
    <message>
        <source>The scale on {port} stopped answering: check its cable.</source>
        <translation>{port} のはかりが応答しなくなりました。ケーブルを確認してください。</translation>
    </message>
    <message>
        <source>No answer from the scale ({port}): check the cable, that it is on, and its speed (baud).</source>
        <translation>はかりから応答がありません（{port}）。ケーブル・電源・通信速度を確認してください。</translation>
    </message>
    <message>
        <source>The scale sent no weight: check that it is on and weigh again.</source>
        <translation>はかりから重量が届きません。電源を確認して、もう一度計量してください。</translation>
    </message>
    <message>
        <source>This PC may not read the scale ({port}): ask the admin to install the udev rule for the scale.</source>
        <translation>このPCからはかりを読めません（{port}）。管理者にはかり用の udev ルールの設定を依頼してください。</translation>
    </message>
    <message>
        <source>The weight does not settle: keep the box still and press F5 again.</source>
        <translation>重量が安定しません。箱を動かさずに、もう一度 F5 を押してください。</translation>
    </message>
    <message>
        <source>Over the scale&apos;s range: use a bigger scale.</source>
        <translation>はかりの計量範囲を超えています。大きいはかりを使ってください。</translation>
    </message>
    <message>
        <source>The scale reads below zero: empty it, zero it and weigh again.</source>
        <translation>はかりがマイナス表示です。何も載せずにゼロ点を合わせてから再計量してください。</translation>
    </message>
    <message>
        <source>The scale reports a fault: check the scale.</source>
        <translation>はかりが異常を示しています。はかりを確認してください。</translation>
    </message>
    <message>
        <source>The scale needs calibrating: ask the admin.</source>
        <translation>はかりの校正が必要です。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The scale needs re-zeroing: empty it and press its zero key.</source>
        <translation>はかりのゼロ点合わせが必要です。何も載せずにゼロキーを押してください。</translation>
    </message>
    <message>
        <source>The scale sent a report this app cannot read ({report}).</source>
        <translation>はかりから読み取れないデータが届きました（{report}）。</translation>
    </message>
    <message>
        <source>The scale sent a status this app cannot read ({status}).</source>
        <translation>はかりから読み取れない状態が届きました（{status}）。</translation>
    </message>
    <message>
        <source>The scale reports a unit this app cannot read ({unit}).</source>
        <translation>はかりの単位を読み取れません（{unit}）。</translation>
    </message>
    <message>
        <source>The scale reports a weight or unit this app cannot read ({value} {unit}).</source>
        <translation>はかりの重量または単位を読み取れません（{value} {unit}）。</translation>
    </message>
    <message>
        <source>The scale sent an answer this app cannot read ({answer}).</source>
        <translation>はかりの応答を読み取れません（{answer}）。</translation>
    </message>
    <message>
        <source>The scale did not understand the command ({answer}).</source>
        <translation>はかりがコマンドを理解できませんでした（{answer}）。</translation>
    </message>
    <message>
        <source>Transmission error on the scale&apos;s line ({answer}): check the baud rate and the cable.</source>
        <translation>はかりとの通信エラーです（{answer}）。通信速度とケーブルを確認してください。</translation>
    </message>
    <message>
        <source>The scale cannot run the command ({answer}).</source>
        <translation>はかりがコマンドを実行できません（{answer}）。</translation>
    </message>
    <message>
        <source>No camera is chosen in the settings: choose one (F11).</source>
        <translation>設定でカメラが選ばれていません。カメラを選んでください（F11）。</translation>
    </message>
    <message>
        <source>Camera {device} not found: plug it in, or choose another camera in the settings.</source>
        <translation>カメラ {device} が見つかりません。接続するか、設定で別のカメラを選んでください。</translation>
    </message>
    <message>
        <source>Camera {device} is busy or gives no picture: close the other program using it.</source>
        <translation>カメラ {device} は使用中か、映像が出ていません。カメラを使っている別のプログラムを閉じてください。</translation>
    </message>
    <message>
        <source>The camera stopped giving pictures: check its cable.</source>
        <translation>カメラの映像が止まりました。ケーブルを確認してください。</translation>
    </message>
    <message>
        <source>The video file {device} cannot be read.</source>
        <translation>動画ファイル {device} を読み込めません。</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>{path}: not a readable image</source>
        <translation>{path}：読み込める画像ではありません</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：ファイルがありません</translation>
    </message>
    <message>
        <source>give a PNG, JPEG or WebP image</source>
        <translation>PNG・JPEG・WebP の画像を指定してください</translation>
    </message>
    <message>
        <source>Station &apos;{station}&apos; is not registered on the server: the admin registers it with `packstation server add-station`.</source>
        <translation>梱包台「{station}」はサーバーに登録されていません。管理者が `packstation server add-station` で登録してください。</translation>
    </message>
    <message>
        <source>Cannot reach the server ({reason}): check the URL, the network and that PostgreSQL is running.</source>
        <translation>サーバーに接続できません（{reason}）。URL・ネットワーク・PostgreSQL が動いているかを確認してください。</translation>
    </message>
    <message>
        <source>order &apos;{order_no}&apos; not found</source>
        <translation>受注 {order_no} が見つかりません</translation>
    </message>
    <message>
        <source>check the number with `packstation orders`</source>
        <translation>`packstation orders` で番号を確認してください</translation>
    </message>
    <message>
        <source>folder &apos;{folder}&apos; does not exist</source>
        <translation>フォルダ「{folder}」がありません</translation>
    </message>
    <message>
        <source>create it or choose another path</source>
        <translation>フォルダを作るか、別の場所を選んでください</translation>
    </message>
    <message>
        <source>not valid JSON: {error}</source>
        <translation>JSON として読めません：{error}</translation>
    </message>
    <message>
        <source>fix the JSON syntax</source>
        <translation>JSON の書き方を修正してください</translation>
    </message>
    <message>
        <source>top level must be a JSON object</source>
        <translation>一番外側が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>wrap the input in {{ … }}</source>
        <translation>入力全体を {{ … }} で囲んでください</translation>
    </message>
    <message>
        <source>a quote opened in this row (line {line} of the file) is not closed: the rows after it would be read as the text of one cell and their orders lost</source>
        <translation>この行（ファイルの{line}行目）で始まった引用符（&quot;）が閉じていません。このままでは後の行が1つのセルの文字として読まれ、その注文が失われます</translation>
    </message>
    <message>
        <source>close the quote at the end of the cell, or write the quote inside the text twice (&quot;&quot;), and import the file again</source>
        <translation>セルの終わりで引用符を閉じるか、文中の引用符を2つ重ねて（&quot;&quot;）書き、もう一度取り込んでください</translation>
    </message>
    <message>
        <source>The database is locked by another program; retrying… ({attempt}/{attempts})</source>
        <translation>データベースが他のプログラムにロックされています。再試行します… ({attempt}/{attempts})</translation>
    </message>
    <message>
        <source>The database {path} stayed locked by another program: close that program or wait until it has finished, then run the command again; nothing was changed.</source>
        <translation>データベース {path} が他のプログラムにロックされたままです。そのプログラムを閉じるか終了を待ってから、もう一度実行してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The disk holding the database {path} is full: free some space, then run the command again; nothing was changed.</source>
        <translation>データベース {path} のディスクがいっぱいです。空き容量を作ってから、もう一度実行してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The database {path} could not be written (the disk is full or failing): free some space and check the disk, then run the command again; nothing was changed.</source>
        <translation>データベース {path} に書き込めませんでした (ディスクがいっぱいか故障しています)。空き容量とディスクを確認してから、もう一度実行してください。何も変更していません。</translation>
    </message>
    <message>
        <source>{path} is not a packstation database or is damaged: check the --db path, or restore the database from a backup.</source>
        <translation>{path} は packstation のデータベースではないか、壊れています。--db のパスを確認するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (a read-only file or folder): give this user write access to the file and its folder, or use another --db.</source>
        <translation>データベース {path} に書き込めません (読み取り専用のファイルまたはフォルダ)。このユーザーにファイルとフォルダへの書き込み権限を与えるか、別の --db を使ってください。</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: check that its folder exists and that this user may write to it.</source>
        <translation>データベース {path} を開けません。フォルダが存在し、このユーザーが書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer packstation (schema revision {revision}, this one knows up to {head}): install the newer packstation, or use another --db.</source>
        <translation>データベース {path} は新しいバージョンの packstation で作成されています (スキーマ {revision}、このバージョンは {head} まで)。新しい packstation をインストールするか、別の --db を使ってください。</translation>
    </message>
    <message>
        <source>--db &apos;{value}&apos; is not a database this program can use: write a file path (shop.db), sqlite:///path/shop.db or postgresql://user@host/database.</source>
        <translation>--db &apos;{value}&apos; は使えるデータベースではありません。ファイルのパス (shop.db)、sqlite:///path/shop.db または postgresql://user@host/database と書いてください。</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk or device is full; free some space or choose another place (nothing was left half-written).</source>
        <translation>{path} に書き込めませんでした。ディスクまたは機器がいっぱいです。空き容量を作るか、別の場所を選んでください (書きかけのファイルは残していません)。</translation>
    </message>
    <message>
        <source>{path} cannot be written (a read-only folder or no permission): choose a folder this user may write to, or ask the admin for access.</source>
        <translation>{path} に書き込めません (読み取り専用のフォルダか権限がありません)。書き込めるフォルダを選ぶか、管理者に権限を依頼してください。</translation>
    </message>
    <message>
        <source>{path} cannot be read (no permission): give this user read access or copy the file somewhere readable.</source>
        <translation>{path} を読み取れません (権限がありません)。読み取り権限を与えるか、読み取れる場所にコピーしてください。</translation>
    </message>
    <message>
        <source>{path} does not exist: check the path and the file name.</source>
        <translation>{path} は存在しません。パスとファイル名を確認してください。</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist: create it or choose another path.</source>
        <translation>{path} のフォルダが存在しません。作成するか、別のパスを選んでください。</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} はフォルダです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>{path} could not be used ({detail}): check the path and the device.</source>
        <translation>{path} を使えませんでした ({detail})。パスと機器を確認してください。</translation>
    </message>
    <message>
        <source>Nothing to export for {carrier}: no packed order is waiting for it. The previous file {path} was removed so that it is not uploaded twice.</source>
        <translation>{carrier} の出力対象がありません (待機中の梱包済み受注なし)。二重に取り込まれないよう、前回のファイル {path} を削除しました。</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; changes the {what} and must say who runs it: add --user LOGIN (a {role}); the PIN is read from PACKSTATION_PIN or asked for.</source>
        <translation>&apos;{command}&apos; は{what}を変更するため、実行者の指定が必要です。--user LOGIN ({role}) を付けてください。暗証番号は PACKSTATION_PIN から読むか、入力を求めます。</translation>
    </message>
    <message>
        <source>No PIN for --user {login}: set PACKSTATION_PIN, or run the command in a terminal to type it.</source>
        <translation>--user {login} の暗証番号がありません。PACKSTATION_PIN を設定するか、端末で実行して入力してください。</translation>
    </message>
    <message>
        <source>{login} may not run &apos;{command}&apos;: it needs a {role}; use the login of a {role}.</source>
        <translation>{login} は &apos;{command}&apos; を実行できません。{role} の権限が必要です。{role} のログインを使ってください。</translation>
    </message>
    <message>
        <source>--user {login}: unknown user or wrong PIN; check both (after several failures the account is locked for a while).</source>
        <translation>--user {login}：ユーザーが存在しないか、暗証番号が違います。両方を確認してください (何度も失敗するとしばらくロックされます)。</translation>
    </message>
    <message>
        <source>--user {login} is locked after too many wrong PINs: wait, or ask an admin.</source>
        <translation>--user {login} は暗証番号の誤りが多すぎたためロックされています。時間をおくか、管理者に依頼してください。</translation>
    </message>
    <message>
        <source>This database already holds {count} real (not demo) orders, and demo-data would mix made-up orders with them: use another --db, or add --force if that is really wanted.</source>
        <translation>このデータベースには実際の受注 (デモ以外) が {count} 件あり、demo-data は架空の受注を混ぜてしまいます。別の --db を使うか、本当に必要な場合は --force を付けてください。</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be an input of this command</source>
        <translation>JSON の入れ子が深すぎて、このコマンドの入力として読めません</translation>
    </message>
    <message>
        <source>write the input as the command&apos;s documentation shows</source>
        <translation>コマンドの説明どおりの形で書いてください</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>save it as UTF-8 (with or without BOM)</source>
        <translation>UTF-8 (BOM の有無は問いません) で保存してください</translation>
    </message>
    <message>
        <source>{value} is not an object</source>
        <translation>{value} はオブジェクトではありません</translation>
    </message>
    <message>
        <source>{value} is not a list</source>
        <translation>{value} はリストではありません</translation>
    </message>
    <message>
        <source>{value} is not a quantity (a whole number of at least 1)</source>
        <translation>{value} は数量 (1 以上の整数) ではありません</translation>
    </message>
    <message>
        <source>write it as {example}</source>
        <translation>{example} のように書いてください</translation>
    </message>
    <message>
        <source>{value} is also given at {other}</source>
        <translation>{value} は {other} にもあります</translation>
    </message>
    <message>
        <source>give each one its own {what}</source>
        <translation>{what} はそれぞれ別の値にしてください</translation>
    </message>
    <message>
        <source>unknown sku {value}: not among the products</source>
        <translation>不明な SKU {value}：products にありません</translation>
    </message>
    <message>
        <source>unknown prefecture {value}</source>
        <translation>不明な都道府県 {value}</translation>
    </message>
    <message>
        <source>write a prefecture such as 北海道 or 東京都</source>
        <translation>北海道、東京都 のように都道府県名を書いてください</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} は日付ではありません</translation>
    </message>
    <message>
        <source>not a step: a step has exactly one of {kinds}</source>
        <translation>ステップではありません：各ステップは {kinds} のうち 1 つだけを持ちます</translation>
    </message>
    <message>
        <source>{value} is not a batch number</source>
        <translation>{value} はバッチ番号ではありません</translation>
    </message>
    <message>
        <source>unknown order {value}: not among the orders</source>
        <translation>受注 {value} は orders にありません</translation>
    </message>
    <message>
        <source>add the order to orders, or correct the number</source>
        <translation>orders に受注を追加するか、番号を直してください</translation>
    </message>
    <message>
        <source>add the product to products, or correct the sku</source>
        <translation>products に商品を追加するか、SKU を直してください</translation>
    </message>
    <message>
        <source>contains an invisible or direction-changing character (U+{codepoint})</source>
        <translation>見えない文字または表示方向を変える文字 (U+{codepoint}) が含まれています</translation>
    </message>
    <message>
        <source>type the number again with letters, digits and signs only</source>
        <translation>英数字と記号だけで番号を入力し直してください</translation>
    </message>
    <message>
        <source>{path} is too large to decode ({pixels} pixels, at most {limit}): crop or scale the image down.</source>
        <translation>{path} は大きすぎて読み取れません ({pixels} ピクセル、上限 {limit})。画像を切り抜くか縮小してください。</translation>
    </message>
    <message>
        <source>A name of 1 to 64 characters is needed.</source>
        <translation>名前を1〜64文字で入力してください。</translation>
    </message>
    <message>
        <source>Type a name such as ラベル1.</source>
        <translation>「ラベル1」のような名前を入力してください。</translation>
    </message>
    <message>
        <source>{name} is already used.</source>
        <translation>「{name}」はすでに使われています。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>別の名前にしてください。</translation>
    </message>
    <message>
        <source>Unknown connection {backend}.</source>
        <translation>不明な接続方法です：{backend}</translation>
    </message>
    <message>
        <source>Choose a system printer, a CUPS raw queue, TCP 9100 or a folder.</source>
        <translation>システムプリンタ、CUPS rawキュー、TCP 9100、フォルダーのいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Unknown paper {media}.</source>
        <translation>不明な用紙です：{media}</translation>
    </message>
    <message>
        <source>Choose 4x6, A6, A4 or A5.</source>
        <translation>4x6・A6・A4・A5のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>{dpi} dpi is not supported.</source>
        <translation>{dpi} dpiには対応していません。</translation>
    </message>
    <message>
        <source>Choose 203 or 300 dpi.</source>
        <translation>203 dpiまたは300 dpiを選んでください。</translation>
    </message>
    <message>
        <source>Unknown format {format}.</source>
        <translation>不明な形式です：{format}</translation>
    </message>
    <message>
        <source>Choose PDF or ZPL.</source>
        <translation>PDFまたはZPLを選んでください。</translation>
    </message>
    <message>
        <source>A system printer prints PDF only.</source>
        <translation>システムプリンタはPDFのみ印刷できます。</translation>
    </message>
    <message>
        <source>Choose PDF, or use a CUPS raw queue or TCP 9100 for ZPL.</source>
        <translation>PDFを選ぶか、ZPLにはCUPS rawキューまたはTCP 9100を使ってください。</translation>
    </message>
    <message>
        <source>A ZPL printer takes label stock only.</source>
        <translation>ZPLプリンタはラベル用紙専用です。</translation>
    </message>
    <message>
        <source>Choose 4x6 or A6.</source>
        <translation>4x6またはA6を選んでください。</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>アドレスが空です。</translation>
    </message>
    <message>
        <source>Choose the printer&apos;s name as the system lists it.</source>
        <translation>OSに登録されているプリンタ名を選んでください。</translation>
    </message>
    <message>
        <source>Type the CUPS queue name (lpstat -p).</source>
        <translation>CUPSのキュー名（lpstat -p で確認）を入力してください。</translation>
    </message>
    <message>
        <source>Type host or host:port, e.g. 192.168.1.50:9100.</source>
        <translation>host または host:port の形で入力してください（例：192.168.1.50:9100）。</translation>
    </message>
    <message>
        <source>Type a folder, e.g. prints (inside the data folder) or a full path.</source>
        <translation>フォルダーを入力してください（例：prints＝データフォルダー内、またはフルパス）。</translation>
    </message>
    <message>
        <source>Type the address.</source>
        <translation>アドレスを入力してください。</translation>
    </message>
    <message>
        <source>{address} is not a CUPS queue name.</source>
        <translation>「{address}」はCUPSのキュー名ではありません。</translation>
    </message>
    <message>
        <source>Use letters, digits and _ . - only.</source>
        <translation>英数字と _ . - だけを使ってください。</translation>
    </message>
    <message>
        <source>{host} is not a host name or IP address.</source>
        <translation>「{host}」はホスト名でもIPアドレスでもありません。</translation>
    </message>
    <message>
        <source>The port {port} must be a number from 1 to 65535.</source>
        <translation>ポート「{port}」は1〜65535の数字にしてください。</translation>
    </message>
    <message>
        <source>There is no printer {name}.</source>
        <translation>プリンタ「{name}」はありません。</translation>
    </message>
    <message>
        <source>Choose a printer from the list.</source>
        <translation>一覧からプリンタを選んでください。</translation>
    </message>
    <message>
        <source>{name} has {media} loaded; a {kind} needs {wanted}.</source>
        <translation>{name}には{media}がセットされています。{kind}には{wanted}が必要です。</translation>
    </message>
    <message>
        <source>Choose a printer with the right stock.</source>
        <translation>正しい用紙のプリンタを選んでください。</translation>
    </message>
    <message>
        <source>label</source>
        <translation>送り状</translation>
    </message>
    <message>
        <source>納品書</source>
        <translation>納品書</translation>
    </message>
    <message>
        <source>pick list</source>
        <translation>ピッキングリスト</translation>
    </message>
    <message>
        <source>{a} or {b}</source>
        <translation>{a}または{b}</translation>
    </message>
    <message>
        <source>no {kind} printer at {station}</source>
        <translation>{station}に{kind}のプリンタがありません</translation>
    </message>
    <message>
        <source>A PIN is {min} to {max} digits, numbers only.</source>
        <translation>暗証番号は数字のみ{min}〜{max}桁です。</translation>
    </message>
    <message>
        <source>The two new PINs are not the same: type the new PIN twice.</source>
        <translation>2回入力した新しい暗証番号が一致しません。同じ暗証番号を2回入力してください。</translation>
    </message>
    <message>
        <source>Choose a new PIN, not the one you have now.</source>
        <translation>今の暗証番号とは違う新しい暗証番号にしてください。</translation>
    </message>
    <message>
        <source>A login name is 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>ログインIDは英数字と「.」「_」「-」で1〜40文字です。</translation>
    </message>
    <message>
        <source>The login name {login} is already used: choose another.</source>
        <translation>ログインID「{login}」はすでに使われています。別の名前にしてください。</translation>
    </message>
    <message>
        <source>A display name of 1 to 100 characters is needed.</source>
        <translation>表示名を1〜100文字で入力してください。</translation>
    </message>
    <message>
        <source>A badge code is up to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (no spaces).</source>
        <translation>社員証コードは英数字と「-」「_」で64文字までです（空白不可）。</translation>
    </message>
    <message>
        <source>Badge {badge} already belongs to {login}.</source>
        <translation>社員証「{badge}」はすでに{login}さんのものです。</translation>
    </message>
    <message>
        <source>Unknown role {role}: choose packer, lead or admin.</source>
        <translation>不明な役割です：{role}。作業者・現場リーダー・管理者から選んでください。</translation>
    </message>
    <message>
        <source>Unknown language {language}: choose ja or en.</source>
        <translation>不明な言語です：{language}。日本語か英語を選んでください。</translation>
    </message>
    <message>
        <source>There is no user {login}.</source>
        <translation>ユーザー「{login}」はいません。</translation>
    </message>
    <message>
        <source>{login} is the last active admin: make another user an admin first.</source>
        <translation>{login}は最後の有効な管理者です。先に別のユーザーを管理者にしてください。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or take away your own admin role: another admin must do it.</source>
        <translation>自分自身の無効化や管理者権限の取り消しはできません。別の管理者が行ってください。</translation>
    </message>
    <message>
        <source>No active user has a badge code: give the users badge codes first.</source>
        <translation>社員証コードのある有効なユーザーがいません。先にユーザーに社員証コードを設定してください。</translation>
    </message>
    <message>
        <source>Only an admin may manage users.</source>
        <translation>ユーザーの管理は管理者だけができます。</translation>
    </message>
    <message>
        <source>cool packs and cool box</source>
        <translation>保冷剤・クール箱</translation>
    </message>
    <message>
        <source>noshi and gift wrapping</source>
        <translation>のし・ギフト包装</translation>
    </message>
    <message>
        <source>enclosures put in the box</source>
        <translation>同梱物の封入</translation>
    </message>
    <message>
        <source>Not complete yet: confirm {what} first (scan the code on the bench sheet or press its key).</source>
        <translation>まだ完了できません：先に{what}を確認してください（梱包台シートのバーコードをスキャンするか、そのキーを押す）。</translation>
    </message>
    <message>
        <source>Order {order_no} needs no confirmation of {what}: nothing was recorded.</source>
        <translation>受注 {order_no} には{what}の確認は不要です：記録していません。</translation>
    </message>
    <message>
        <source>Confirmed: {what}.</source>
        <translation>確認しました：{what}。</translation>
    </message>
    <message>
        <source>No order is open: scan the order&apos;s pick list first, then confirm.</source>
        <translation>受注が開かれていません：先にピッキングリストをスキャンしてから確認してください。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; names no item: write it as &apos;condition: item&apos;, e.g. first_order: flyer.</source>
        <translation>ルール「{rule}」に同梱物がありません：「条件：同梱物」の形で書いてください（例 first_order：チラシ）。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos;: &apos;{condition}&apos; is not a condition; use one of {conditions}.</source>
        <translation>ルール「{rule}」：「{condition}」は条件ではありません。次のどれかを使ってください：{conditions}。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos;: channel and sku need a value (channel=Rakuten: flyer), the other conditions none.</source>
        <translation>ルール「{rule}」：channel と sku には値が必要です（例 channel=楽天市場：チラシ）。ほかの条件には値を付けません。</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin may enter orders by hand.</source>
        <translation>受注の手入力は現場リーダーまたは管理者のみが行えます。</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin may group orders into batches.</source>
        <translation>バッチ作成は現場リーダーまたは管理者のみが行えます。</translation>
    </message>
    <message>
        <source>{value} orders in one batch is not possible</source>
        <translation>1バッチに {value} 件の受注は入れられません</translation>
    </message>
    <message>
        <source>give a number from 1 to {high}</source>
        <translation>1〜{high} の数を指定してください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a filter</source>
        <translation>「{value}」は絞り込み条件ではありません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: the value cannot be read</source>
        <translation>「{value}」：値を読み取れません</translation>
    </message>
    <message>
        <source>use one of {filters}</source>
        <translation>次のいずれかを指定してください：{filters}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the shop&apos;s carriers</source>
        <translation>「{value}」は登録されている運送会社ではありません</translation>
    </message>
    <message>
        <source>use one of {carriers}</source>
        <translation>次のいずれかを指定してください：{carriers}</translation>
    </message>
    <message>
        <source>No open order matches: nothing was grouped into a batch.</source>
        <translation>条件に合う未処理の受注がありません。バッチは作成していません。</translation>
    </message>
    <message>
        <source>Batch {batch_no} does not exist.</source>
        <translation>バッチ {batch_no} はありません。</translation>
    </message>
    <message>
        <source>Batch {batch_no} is already sorted: every order has gone to packing.</source>
        <translation>バッチ {batch_no} は仕分け済みです（すべての受注が梱包に進みました）。</translation>
    </message>
    <message>
        <source>Batch {batch_no} is being sorted at {station}.</source>
        <translation>バッチ {batch_no} は {station} で仕分け中です。</translation>
    </message>
    <message>
        <source>Batch {batch_no} cannot be sorted here: its order {order_no} is being packed at {station}. Ask the lead to release it on the floor view, then scan the batch again.</source>
        <translation>バッチ {batch_no} はこの梱包台で仕分けできません：受注 {order_no} を {station} で梱包中です。リーダーに作業状況画面での解放を依頼し、バッチをもう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>The server cannot be reached: batch {batch_no} can be sorted here once the connection is back. Orders this station already holds can be packed meanwhile.</source>
        <translation>サーバーに接続できません：バッチ {batch_no} は接続が戻ってから仕分けできます。その間、この梱包台で受け持っている受注は梱包できます。</translation>
    </message>
    <message>
        <source>No batch is open: scan the batch list&apos;s barcode first.</source>
        <translation>仕分け中のバッチがありません。先にトータルピッキングリストのバーコードをスキャンしてください。</translation>
    </message>
    <message>
        <source>this postal code is not in Japan Post&apos;s postal code data</source>
        <translation>この郵便番号は日本郵便の郵便番号データにありません</translation>
    </message>
    <message>
        <source>check the postal code against the address (data as of {version})</source>
        <translation>住所と郵便番号を確認してください（データ：{version}）</translation>
    </message>
    <message>
        <source>this postal code is in {found}, not in {prefecture}</source>
        <translation>この郵便番号は{prefecture}ではなく{found}のものです</translation>
    </message>
    <message>
        <source>correct the postal code or the prefecture: the code is for {address}</source>
        <translation>郵便番号か都道府県を直してください：この郵便番号は{address}です</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a weekday, 祝 or a date</source>
        <translation>「{value}」は曜日・祝・日付のどれでもありません</translation>
    </message>
    <message>
        <source>every weekday is closed: nothing would ever ship</source>
        <translation>全曜日が休業です：出荷できる日がありません</translation>
    </message>
    <message>
        <source>weekdays, 祝 for public holidays, MM-DD every year or YYYY-MM-DD, e.g. 土,日,祝,12-31,01-01</source>
        <translation>曜日、祝日は「祝」、毎年の休業日は MM-DD、特定日は YYYY-MM-DD（例：土,日,祝,12-31,01-01）</translation>
    </message>
    <message>
        <source>seven cutoffs are needed, Monday to Sunday ({found} given)</source>
        <translation>締め時刻は月曜から日曜まで7つ必要です（{found}個あります）</translation>
    </message>
    <message>
        <source>cutoff for {weekday} is not a time: &apos;{value}&apos;</source>
        <translation>{weekday}曜日の締め時刻が時刻ではありません：「{value}」</translation>
    </message>
    <message>
        <source>write HH:MM per weekday, Monday first, comma-separated; leave a day empty when nothing ships (e.g. 14:00,14:00,14:00,14:00,14:00,,)</source>
        <translation>月曜から順に曜日ごとの締め時刻を HH:MM でカンマ区切りで入力してください。出荷しない曜日は空欄にします（例：14:00,14:00,14:00,14:00,14:00,,）</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can see the dashboard and its reports.</source>
        <translation>ダッシュボードとレポートはリーダーと管理者だけが見られます。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day</source>
        <translation>「{value}」は時刻ではありません</translation>
    </message>
    <message>
        <source>write the time as HH:MM, e.g. 18:00</source>
        <translation>時刻は HH:MM で入力してください（例：18:00）</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>日付は YYYY-MM-DD で入力してください</translation>
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
    <name>NewPinStep</name>
    <message>
        <source>%1: your PIN is a demo or temporary PIN. Choose your own PIN (%2 to %3 digits) and type it twice. Esc goes back.</source>
        <translation>%1さん：今の暗証番号はデモ用または仮の暗証番号です。自分の暗証番号（%2〜%3桁の数字）を決めて2回入力してください。Escで戻ります。</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しい暗証番号</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>新しい暗証番号（確認）</translation>
    </message>
    <message>
        <source>Save the new PIN and start (Enter)</source>
        <translation>新しい暗証番号を保存して開始 (Enter)</translation>
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
    <name>OrderEntry</name>
    <message>
        <source>Order no.</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>お届け先氏名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建物名・部屋番号</translation>
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
        <source>Cool</source>
        <translation>クール区分</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>COD amount (yen)</source>
        <translation>代引金額（円）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Chilled (冷蔵)</source>
        <translation>冷蔵</translation>
    </message>
    <message>
        <source>Frozen (冷凍)</source>
        <translation>冷凍</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <source>Phone / FAX order</source>
        <translation>電話・FAX注文の入力</translation>
    </message>
    <message>
        <source>Gift (prices hidden on the 納品書)</source>
        <translation>ギフト（納品書に金額を出さない）</translation>
    </message>
    <message>
        <source>Code, JAN or part of the name, then Enter</source>
        <translation>商品コード・JAN・商品名の一部を入力して Enter</translation>
    </message>
    <message>
        <source>e.g. 2026-12-24</source>
        <translation>例：2026-12-24</translation>
    </message>
    <message>
        <source>e.g. 100-0001</source>
        <translation>例：100-0001</translation>
    </message>
    <message>
        <source>Add line (Enter)</source>
        <translation>明細に追加 (Enter)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>Save order (Ctrl+S)</source>
        <translation>受注を登録 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>キャンセル (Esc)</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>「%1」に当てはまる商品がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n products match: type more of the code or name.</source>
        <translation>
            <numerusform>%n 件の商品が当てはまります。商品コードか商品名をもう少し入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>明細 %1 の%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <source>Orders packed %1</source>
        <translation>梱包済みの受注 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) packed</source>
        <translation>
            <numerusform>梱包済み %n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Search: order no., customer name or SKU (Ctrl+F)</source>
        <translation>検索：受注番号・お届け先名・商品コード (Ctrl+F)</translation>
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
    <message>
        <source>Carrier CSV… (Ctrl+E)</source>
        <translation>送り状データ出力… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Tracking numbers… (Ctrl+T)</source>
        <translation>伝票番号取込… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Print pick lists (Ctrl+Shift+L)</source>
        <translation>ピッキングリスト印刷 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Phone / FAX order… (Ctrl+Shift+N)</source>
        <translation>電話・FAX注文… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New batch… (Ctrl+Shift+G)</source>
        <translation>バッチ作成… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>The selected orders&apos; pick lists, lines in shelf order, on the 納品書 printer (Shift+arrows or Ctrl+A select several)</source>
        <translation>選択した受注のピッキングリストを棚番順で納品書プリンターに印刷します（Shift+矢印キーまたは Ctrl+A で複数選択）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
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
        <source>Lead&apos;s badge</source>
        <translation>リーダーの社員証</translation>
    </message>
    <message>
        <source>Lead&apos;s PIN</source>
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
        <source>Change a line&apos;s quantity</source>
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
        <source>Customer&apos;s request</source>
        <translation>お客様の依頼</translation>
    </message>
    <message>
        <source>Order data is wrong</source>
        <translation>受注データの誤り</translation>
    </message>
    <message>
        <source>Other (write a comment)</source>
        <translation>その他（コメントに記入）</translation>
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
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>ピッキングリストか納品書のバーコードをスキャン</translation>
    </message>
    <message>
        <source>Sound is not working on this PC: watch the colours</source>
        <translation>このPCでは音が出ません：画面の色で確認してください</translation>
    </message>
    <message>
        <source>In your hand</source>
        <translation>手にある商品</translation>
    </message>
    <message>
        <source>This order needs</source>
        <translation>この受注の商品</translation>
    </message>
    <message>
        <source>Choosing the box and carrier…</source>
        <translation>箱と配送方法を選んでいます…</translation>
    </message>
    <message>
        <source>⚠ Size or weight not registered for: %1. The box can&apos;t be chosen; ask the admin to register them.</source>
        <translation>⚠ 寸法・重量が未登録の商品があります：%1。箱を選べません。管理者に登録を依頼してください。</translation>
    </message>
    <message>
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ 入る箱・配送方法がありません：%1</translation>
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
        <translation>確定：%1</translation>
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
        <source>%1 left</source>
        <translation>残り %1 点</translation>
    </message>
    <message>
        <source>F8: put %1 on hold and open %2</source>
        <translation>F8：%1 を保留にして %2 を開く</translation>
    </message>
    <message>
        <source>Next: scan the next item (%1 left)</source>
        <translation>次：次の商品をスキャン(残り %1 点)</translation>
    </message>
    <message>
        <source>Next: confirm %1</source>
        <translation>次：%1 を確認</translation>
    </message>
    <message>
        <source>Next: complete the order (F10)</source>
        <translation>次：検品完了（F10）</translation>
    </message>
    <message>
        <source>Next: scan the carrier label, or the next order</source>
        <translation>次：送り状をスキャン、または次の受注へ</translation>
    </message>
    <message>
        <source>Next: scan the order barcode</source>
        <translation>次：受注のバーコードをスキャン</translation>
    </message>
    <message>
        <source>%1 for %2 NOT printed</source>
        <translation>%2 の%1が印刷されていません</translation>
    </message>
    <message>
        <source>F1: retry   Shift+F1: cancel</source>
        <translation>F1：再印刷&#x3000;Shift+F1：印刷取消</translation>
    </message>
    <message>
        <source>Label printed: stick it on and scan its barcode</source>
        <translation>送り状を印刷しました：箱に貼って、バーコードをスキャンしてください</translation>
    </message>
    <message>
        <source>Label printed: stick it on, then scan the next order</source>
        <translation>送り状を印刷しました：箱に貼って、次の受注をスキャンしてください</translation>
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
        <translation>何点ですか？</translation>
    </message>
    <message>
        <source>Switched to order %1</source>
        <translation>受注 %1 に切り替え</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>保留の理由</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PickListPrinter</name>
    <message numerus="yes">
        <source>%n pick list(s) did not print (%1): %2</source>
        <translation>
            <numerusform>ピッキングリスト %n 件が印刷できませんでした（%1）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s) printing…</source>
        <translation>
            <numerusform>ピッキングリスト %n 件を印刷中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s) printed</source>
        <translation>
            <numerusform>ピッキングリスト %n 件を印刷しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintKinds</name>
    <message>
        <source>Label</source>
        <translation>送り状</translation>
    </message>
    <message>
        <source>納品書</source>
        <translation>納品書</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>ピッキングリスト</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Retry print (F1)</source>
        <translation>再印刷 (F1)</translation>
    </message>
    <message>
        <source>Cancel print (Shift+F1)</source>
        <translation>印刷取消 (Shift+F1)</translation>
    </message>
    <message>
        <source>Print / reprint (Ctrl+P)</source>
        <translation>印刷・再発行 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel print</source>
        <translation>印刷取消</translation>
    </message>
    <message>
        <source>Cancel the %1 of %2? Why (e.g. written by hand)?</source>
        <translation>%2 の%1の印刷を取り消しますか？ 理由(例：手書きで対応)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Print for %1:</source>
        <translation>%1 の印刷：</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>%1 for %2 was already printed. Why is a reprint needed?</source>
        <translation>%2 の%1は印刷済みです。再発行の理由を入力してください</translation>
    </message>
    <message>
        <source>%1 for %2 NOT printed</source>
        <translation>%2 の%1が印刷されていません</translation>
    </message>
    <message>
        <source>  (+%1 more waiting)</source>
        <translation>  (ほか %1 件待ち)</translation>
    </message>
    <message>
        <source>Printing: %1 for %2 on %3…</source>
        <translation>印刷中：%2 の%1 → %3…</translation>
    </message>
</context>
<context>
    <name>PrintersDialog</name>
    <message>
        <source>Printers</source>
        <translation>プリンタ設定</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>プリンタ名</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Address / queue</source>
        <translation>アドレス / キュー名</translation>
    </message>
    <message>
        <source>Paper / label stock</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>データ形式</translation>
    </message>
    <message>
        <source>ZPL: printer has a Kanji font</source>
        <translation>ZPL：プリンタに漢字フォントあり</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用する</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>送り状ラベルプリンタ</translation>
    </message>
    <message>
        <source>納品書 printer</source>
        <translation>納品書プリンタ</translation>
    </message>
    <message>
        <source>Print label and 納品書 when an order completes</source>
        <translation>検品完了時に送り状と納品書を自動印刷</translation>
    </message>
    <message>
        <source>This station: %1</source>
        <translation>この梱包台：%1</translation>
    </message>
    <message>
        <source>New printer (Ctrl+N)</source>
        <translation>新規プリンタ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Check (Ctrl+T)</source>
        <translation>接続確認 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save printer (Ctrl+S)</source>
        <translation>プリンタを保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save station (Ctrl+Shift+S)</source>
        <translation>梱包台の設定を保存 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Print the bench sheet (Ctrl+B)</source>
        <translation>梱包台シートを印刷 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.50:9100</source>
        <translation>例：192.168.1.50:9100</translation>
    </message>
    <message>
        <source>(not in use)</source>
        <translation>(停止中)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
    <message>
        <source>Station printers saved</source>
        <translation>梱包台のプリンタ設定を保存しました</translation>
    </message>
    <message>
        <source>Printing the bench sheet…</source>
        <translation>梱包台シートを印刷しています…</translation>
    </message>
    <message>
        <source>Save the printer first, then check it.</source>
        <translation>先にプリンタを保存してから接続確認してください。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 は印刷できます</translation>
    </message>
</context>
<context>
    <name>ProductColumns</name>
    <message>
        <source>⚠ missing</source>
        <translation>⚠ 未登録</translation>
    </message>
    <message>
        <source>Size / weight</source>
        <translation>寸法・重量</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>棚番</translation>
    </message>
    <message>
        <source>L × W × H (mm)</source>
        <translation>縦×横×高さ (mm)</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>重量 (g)</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>ワレモノ</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>天地無用</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Only products missing size or weight</source>
        <translation>寸法・重量が未登録の商品だけ</translation>
    </message>
    <message>
        <source>SKU or name (Ctrl+F)</source>
        <translation>商品コード・商品名で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>縦 (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>横 (mm)</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>高さ (mm)</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>重量 (g)</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>取扱注意</translation>
    </message>
    <message>
        <source>Location (棚番)</source>
        <translation>棚番</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>ワレモノ</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>天地無用</translation>
    </message>
    <message>
        <source>e.g. A-01-03 (empty: not shelved)</source>
        <translation>例：A-01-03（空欄＝棚なし）</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>%1 product(s) to measure</source>
        <translation>要採寸 %1 件</translation>
    </message>
    <message>
        <source>%1 products, %2 missing size or weight</source>
        <translation>商品 %1 件 (寸法・重量 未登録 %2 件)</translation>
    </message>
    <message>
        <source>%1 saved: %2 mm, %3 g.</source>
        <translation>%1 を保存しました：%2 mm、%3 g。</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <source>%1 size</source>
        <translation>%1サイズ</translation>
    </message>
    <message>
        <source>nationwide rate</source>
        <translation>全国一律</translation>
    </message>
    <message>
        <source>Use: %1 — ¥%2</source>
        <translation>推奨：%1 — ¥%2</translation>
    </message>
    <message>
        <source>   or %1 — ¥%2 (+¥%3)</source>
        <translation>   次点：%1 — ¥%2 (+¥%3)</translation>
    </message>
    <message>
        <source>Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and service that fits.</source>
        <translation>理由：資材費 ¥%1 + 送料 ¥%2 (%3) が、入る箱と配送サービスの組み合わせで合計最安です。</translation>
    </message>
    <message>
        <source>Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single box does it for less.</source>
        <translation>理由：%4個口 資材費 ¥%1 + 送料 ¥%2 (%3) が合計最安です (1箱にまとめるより安い)。</translation>
    </message>
</context>
<context>
    <name>RateTables</name>
    <message>
        <source>in force now</source>
        <translation>適用中</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>適用予定</translation>
    </message>
    <message>
        <source>past</source>
        <translation>適用終了</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Service</source>
        <translation>配送サービス</translation>
    </message>
    <message>
        <source>Rate table from</source>
        <translation>運賃表（適用開始日）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (BOM付き)</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS (cp932・Excel向け)</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>CSV出力… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import CSV… (Ctrl+O)</source>
        <translation>CSV取込… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Rates in yen by destination. (Grey) = no price of its own: the default row&apos;s price applies.</source>
        <translation>届け先別の運賃 (円)。灰色の (金額) は個別運賃なし：全国(既定)の運賃を適用。</translation>
    </message>
    <message>
        <source>A rate CSV has a header row of size classes and one row per prefecture or region (関東, 南東北…). A refused file changes nothing; its problems are listed here by row and column.</source>
        <translation>運賃CSV：1行目にサイズ区分、以降は都道府県または地域 (関東、南東北…) ごとに1行。エラーのあるファイルは一切取り込まず、ここに行・列ごとに表示します。</translation>
    </message>
    <message>
        <source>The column 適用開始日 (YYYY-MM-DD) is the day a table applies from: import next year&apos;s table in advance and each shipment is priced with the table in force on its ship date.</source>
        <translation>適用開始日の列（例：2027-04-01）はその運賃表を適用する最初の日です：改定後の運賃表は前もって取り込めます。各出荷は出荷日に適用中の運賃表で計算します。</translation>
    </message>
    <message>
        <source>In force now: table from %1.</source>
        <translation>適用中：%1 開始の運賃表。</translation>
    </message>
    <message>
        <source>No table is in force yet.</source>
        <translation>適用中の運賃表はまだありません。</translation>
    </message>
    <message>
        <source>Upcoming: %1.</source>
        <translation>適用予定：%1。</translation>
    </message>
    <message>
        <source>Sum of sides ≤ mm</source>
        <translation>三辺合計 ≤ mm</translation>
    </message>
    <message>
        <source>Longest side ≤ mm</source>
        <translation>最長辺 ≤ mm</translation>
    </message>
    <message>
        <source>Thickness ≤ mm</source>
        <translation>厚さ ≤ mm</translation>
    </message>
    <message>
        <source>Weight ≤ g</source>
        <translation>重量 ≤ g</translation>
    </message>
    <message>
        <source>Default (all)</source>
        <translation>全国(既定)</translation>
    </message>
    <message>
        <source>Export rates CSV</source>
        <translation>運賃表CSVの出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exported the rates of %1 to %2 (%3).</source>
        <translation>%1 の運賃表を %2 に出力しました (%3)。</translation>
    </message>
    <message>
        <source>Import rates CSV</source>
        <translation>運賃表CSVの取込</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>全行をチェックしています…</translation>
    </message>
    <message>
        <source>Rates of %1 from %6 replaced from %2 rows (%3): %4 prices, %5 changed.</source>
        <translation>%1 の運賃表（%6 適用開始）を取り込みました (%2行、%3)：運賃 %4件、うち変更 %5件。</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these %1 problem(s) in %2 and import it again:</source>
        <translation>何も変更していません。%2 の次の %1 件を直して、もう一度取り込んでください：</translation>
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
        <source>Another customer&apos;s slip in the box</source>
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
        <source>Stopped at the station</source>
        <translation>梱包台で停止</translation>
    </message>
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
        <source>What was scanned</source>
        <translation>スキャン内容</translation>
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
        <translation>商品コードまたはその先頭部分 (前方一致)：TEE-RED で赤Tシャツ全サイズ</translation>
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
        <source>Bench sheet (Ctrl+Shift+A)</source>
        <translation>梱包台シート (Ctrl+Shift+A)</translation>
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
        <translation>取り違えの多い組合せ：正しい商品 → スキャンされた商品</translation>
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
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reviewed</source>
        <translation>
            <numerusform>未確認 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the newest %n are shown; the CSV export has all</source>
        <translation>
            <numerusform>表示は新しい順に %n 件まで (CSV出力は全件)</numerusform>
        </translation>
    </message>
    <message>
        <source>this station&apos;s scans only: every station&apos;s are on the admin PC (central database)</source>
        <translation>この梱包台の記録のみ表示 (全梱包台の記録は管理用PCでセンター側を確認)</translation>
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
        <translation>
            <numerusform>%n件を %1 に出力しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cp932 cannot hold were replaced</source>
        <translation>
            <numerusform>Shift_JIS (cp932) にない文字 %n 個を置き換えました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleSettingsDialog</name>
    <message>
        <source>Scale settings</source>
        <translation>はかりの設定</translation>
    </message>
    <message>
        <source>No scale</source>
        <translation>はかりなし</translation>
    </message>
    <message>
        <source>Serial scale (MT-SICS)</source>
        <translation>シリアル接続のはかり (MT-SICS)</translation>
    </message>
    <message>
        <source>USB scale (HID)</source>
        <translation>USB接続のはかり (HID)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>はかり</translation>
    </message>
    <message>
        <source>Port (USB scale: empty = the first found)</source>
        <translation>ポート (USBのはかりは空欄で自動検出)</translation>
    </message>
    <message>
        <source>Speed (baud)</source>
        <translation>通信速度 (ボーレート)</translation>
    </message>
    <message>
        <source>Tolerance: percent of the expected weight</source>
        <translation>許容差：予定重量の %</translation>
    </message>
    <message>
        <source>Tolerance: at least (g)</source>
        <translation>許容差：最小 (g)</translation>
    </message>
    <message>
        <source>Test the scale</source>
        <translation>はかりをテスト</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>計量中…</translation>
    </message>
    <message>
        <source>The scale answers: %1 g</source>
        <translation>はかりの応答：%1 g</translation>
    </message>
</context>
<context>
    <name>ServiceColumns</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>配送会社</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>配送サービス</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Carrier</source>
        <translation>配送会社</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>サービスコード</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>Delivery time slots</source>
        <translation>配達時間帯</translation>
    </message>
    <message>
        <source>Only these boxes</source>
        <translation>使える箱（限定）</translation>
    </message>
    <message>
        <source>Size classes (limits; empty = no limit)</source>
        <translation>サイズ区分 (上限。空欄は制限なし)</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>割増・手数料</translation>
    </message>
    <message>
        <source>e.g. 午前中, 14-16, 16-18, 18-20, 19-21</source>
        <translation>例：午前中, 14-16, 16-18, 18-20, 19-21</translation>
    </message>
    <message>
        <source>box codes, e.g. COMPACT (empty = any box)</source>
        <translation>箱コード、例：COMPACT（空欄＝すべての箱）</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>区分を追加</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>区分を削除</translation>
    </message>
    <message>
        <source>Add surcharge</source>
        <translation>割増を追加</translation>
    </message>
    <message>
        <source>Remove surcharge</source>
        <translation>割増を削除</translation>
    </message>
    <message>
        <source>New service (Ctrl+N)</source>
        <translation>サービスを追加 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Thin (letterbox) service</source>
        <translation>薄型・ポスト投函便</translation>
    </message>
    <message>
        <source>Envelopes only</source>
        <translation>専用封筒のみ</translation>
    </message>
    <message>
        <source>Cool (クール) parcels</source>
        <translation>クール便 可</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>代金引換 可</translation>
    </message>
    <message>
        <source>Delivery date can be chosen</source>
        <translation>お届け日指定 可</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Sum of sides ≤ mm</source>
        <translation>三辺合計 ≤ mm</translation>
    </message>
    <message>
        <source>Longest side ≤ mm</source>
        <translation>最長辺 ≤ mm</translation>
    </message>
    <message>
        <source>Thickness ≤ mm</source>
        <translation>厚さ ≤ mm</translation>
    </message>
    <message>
        <source>Weight ≤ g</source>
        <translation>重量 ≤ g</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size class / prefecture</source>
        <translation>サイズ区分 / 都道府県</translation>
    </message>
    <message>
        <source>COD amount up to ¥</source>
        <translation>代引金額 上限 (円)</translation>
    </message>
    <message>
        <source>Fee ¥</source>
        <translation>料金 (円)</translation>
    </message>
    <message>
        <source>Size classes</source>
        <translation>サイズ区分</translation>
    </message>
    <message>
        <source>⚠ No prices yet for size class %1: it is never proposed until its rates are imported (Rate tables, Alt+4).</source>
        <translation>⚠ サイズ区分 %1 には運賃がまだありません。運賃表 (Alt+4) で取り込むまで提案されません。</translation>
    </message>
    <message>
        <source>Service %1 added.</source>
        <translation>配送サービス %1 を追加しました。</translation>
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation>配送サービス %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>first_order: first-order flyer; channel=Rakuten: thank-you card</source>
        <translation>first_order：初回チラシ; channel=楽天市場：サンクスカード</translation>
    </message>
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
        <source>Camera for scanning (number or device)</source>
        <translation>検品用カメラ(番号またはデバイス)</translation>
    </message>
    <message>
        <source>Record an evidence video of each order&apos;s packing</source>
        <translation>受注ごとに梱包の記録動画を残す</translation>
    </message>
    <message>
        <source>Days evidence videos are kept</source>
        <translation>記録動画の保存日数</translation>
    </message>
    <message>
        <source>Enclosures by rule (condition: item; …)</source>
        <translation>ルールで入れる同梱物（条件：同梱物; …）</translation>
    </message>
    <message>
        <source>Days the shop does not ship (土,日,祝, MM-DD, YYYY-MM-DD)</source>
        <translation>出荷しない日（土,日,祝、毎年の休業日 12-31、特定日 2027-05-06）</translation>
    </message>
    <message>
        <source>Most orders in one batch (slots of the sorting rack)</source>
        <translation>1バッチの最大受注数（仕分け棚の間口数）</translation>
    </message>
    <message>
        <source>Product pictures on pick lists</source>
        <translation>ピッキングリストに商品写真を載せる</translation>
    </message>
    <message>
        <source>Invoice registration number (T and 13 digits)</source>
        <translation>適格請求書発行事業者登録番号（T＋13桁）</translation>
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
    <name>SortScreen</name>
    <message>
        <source>Scan here</source>
        <translation>ここにスキャン</translation>
    </message>
    <message>
        <source>Scan each unit and put it into the slot shown. Enter: pack the order whose slot is full. F2: packing. Scan another batch&apos;s list to switch.</source>
        <translation>商品を1点ずつスキャンし、表示された間口に入れてください。Enter：そろった間口の受注を梱包へ。F2：出荷検品。別のバッチはそのリストをスキャン。</translation>
    </message>
    <message>
        <source>End with missing items (F8)</source>
        <translation>欠品で仕分け終了 (F8)</translation>
    </message>
    <message>
        <source>End the sort</source>
        <translation>仕分け終了</translation>
    </message>
    <message>
        <source>End batch %1 now? %2 order(s) are not complete: those with part of their items in the slot go on hold with what is missing, the others back to the open orders.</source>
        <translation>バッチ %1 の仕分けを終了しますか？ 未完了の受注が %2 件あります。一部が間口にある受注は欠品内容を付けて保留に、1点もない受注は未処理に戻します。</translation>
    </message>
    <message>
        <source>Slot %1 (%2): missing %3</source>
        <translation>間口%1（%2）：欠品 %3</translation>
    </message>
    <message>
        <source> → on hold</source>
        <translation> → 保留</translation>
    </message>
    <message>
        <source> → back to open orders</source>
        <translation> → 未処理に戻す</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 ended: %n order(s) short</source>
        <translation>
            <numerusform>バッチ %1 の仕分け終了：欠品の受注 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 ended: every slot complete</source>
        <translation>バッチ %1 の仕分け終了：すべての間口がそろいました</translation>
    </message>
    <message>
        <source>Batch %1 open: scan the units</source>
        <translation>バッチ %1 の仕分けを開始：商品をスキャンしてください</translation>
    </message>
    <message>
        <source>Slot %1 complete (%2): Enter packs it</source>
        <translation>間口 %1 がそろいました（%2）：Enter で梱包へ</translation>
    </message>
    <message>
        <source>Into slot %1</source>
        <translation>間口 %1 へ</translation>
    </message>
    <message>
        <source>TOO MANY: no order of the batch needs more of this. Put it back.</source>
        <translation>数量超過：このバッチにこの商品を必要とする受注はもうありません。戻してください。</translation>
    </message>
    <message>
        <source>WRONG ITEM: not in this batch. Put it back.</source>
        <translation>商品違い：このバッチの商品ではありません。戻してください。</translation>
    </message>
    <message>
        <source>Sorting: scan a batch pick list</source>
        <translation>仕分け：トータルピッキングリストをスキャンしてください</translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 slots complete</source>
        <translation>バッチ %1：間口 %3 件中 %2 件完了</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>間口</translation>
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
    <name>SurchargeKinds</name>
    <message>
        <source>Cool (chilled)</source>
        <translation>クール (冷蔵)</translation>
    </message>
    <message>
        <source>Cool (frozen)</source>
        <translation>クール (冷凍)</translation>
    </message>
    <message>
        <source>COD fee</source>
        <translation>代引手数料</translation>
    </message>
    <message>
        <source>COD flat fee (every amount)</source>
        <translation>代引手数料（金額によらず一律）</translation>
    </message>
    <message>
        <source>Island relay fee</source>
        <translation>離島中継料</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>unsent: %1</source>
        <translation>未送信 %1 件</translation>
    </message>
    <message>
        <source>⚠ Sync stalled: call the lead</source>
        <translation>⚠ 同期が止まっています：リーダーを呼んでください</translation>
    </message>
    <message>
        <source>● Offline: packing goes on</source>
        <translation>● オフライン作業中</translation>
    </message>
    <message>
        <source>● Server connected</source>
        <translation>● サーバー接続中</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>最終同期 %1</translation>
    </message>
    <message>
        <source>moved to another station: %1</source>
        <translation>他の梱包台へ移動：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 時間前</translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message>
        <source>Import tracking numbers</source>
        <translation>伝票番号取込</translation>
    </message>
    <message>
        <source>Issued-data CSV</source>
        <translation>発行済みデータCSV</translation>
    </message>
    <message>
        <source>Check and import (Enter)</source>
        <translation>チェックして取込 (Enter)</translation>
    </message>
    <message>
        <source>The CSV the carrier software exports after printing the labels</source>
        <translation>送り状を印刷したあと、配送会社ソフトから出力したCSV</translation>
    </message>
    <message>
        <source>Choose the issued-data CSV</source>
        <translation>発行済みデータCSVを選択</translation>
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
        <source>Checking every row…</source>
        <translation>全行をチェックしています…</translation>
    </message>
    <message>
        <source>%1 orders shipped with their tracking numbers; %2 already had them.</source>
        <translation>%1 件に伝票番号を登録し出荷済みにしました (%2 件は登録済み)。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation>
            <numerusform>取込は行われていません。次の %n 件のエラーを修正して、もう一度取り込んでください：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>times</source>
        <translation>回</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>件</translation>
    </message>
    <message>
        <source>units</source>
        <translation>点</translation>
    </message>
    <message>
        <source>per 1,000 units</source>
        <translation>件/千点</translation>
    </message>
</context>
<context>
    <name>UserColumns</name>
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
    <message>
        <source>Deactivated</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Locked: %1 more min</source>
        <translation>ロック中：あと%1分</translation>
    </message>
    <message>
        <source>New PIN at next login</source>
        <translation>次回ログインで暗証番号変更</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>社員証</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Login name</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name (screen and badge)</source>
        <translation>名前（画面・社員証）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>社員証コード</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>First PIN</source>
        <translation>初回暗証番号</translation>
    </message>
    <message>
        <source>日本語</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Temporary PIN (4–12 digits)</source>
        <translation>仮暗証番号（4〜12桁）</translation>
    </message>
    <message>
        <source>e.g. BADGE-0003 (may be empty)</source>
        <translation>例：BADGE-0003（空欄可）</translation>
    </message>
    <message>
        <source>Change role (Ctrl+R)</source>
        <translation>役割を変更 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reset PIN (Ctrl+P)</source>
        <translation>暗証番号をリセット (Ctrl+P)</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U)</source>
        <translation>ロック解除 (Ctrl+U)</translation>
    </message>
    <message>
        <source>Clear (Ctrl+N)</source>
        <translation>クリア (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add user (Ctrl+S)</source>
        <translation>ユーザーを追加 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Badge cards PDF (Ctrl+B)</source>
        <translation>社員証カードPDF (Ctrl+B)</translation>
    </message>
    <message>
        <source>New user: chooses their own PIN at the first login</source>
        <translation>新しいユーザー（初回ログイン時に自分の暗証番号を決めます）</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>選択中：%1</translation>
    </message>
    <message>
        <source>Reactivate (Ctrl+D)</source>
        <translation>有効に戻す (Ctrl+D)</translation>
    </message>
    <message>
        <source>Deactivate (Ctrl+D)</source>
        <translation>無効にする (Ctrl+D)</translation>
    </message>
    <message>
        <source>%1: role changed.</source>
        <translation>%1：役割を変更しました。</translation>
    </message>
    <message>
        <source>%1: PIN reset. A new PIN is asked at the next login.</source>
        <translation>%1：暗証番号をリセットしました。次回ログイン時に新しい暗証番号を決めてもらいます。</translation>
    </message>
    <message>
        <source>%1: unlocked.</source>
        <translation>%1：ロックを解除しました。</translation>
    </message>
    <message>
        <source>%1: active again.</source>
        <translation>%1：有効に戻しました。</translation>
    </message>
    <message>
        <source>%1: deactivated. The name stays in the history.</source>
        <translation>%1：無効にしました。履歴には名前が残ります。</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1を追加しました。</translation>
    </message>
    <message>
        <source>Badge cards</source>
        <translation>社員証カード</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Badge cards saved: %1</source>
        <translation>社員証カードを保存しました：%1</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Order opened: scan the items</source>
        <translation>検品開始：商品をスキャンしてください</translation>
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
        <source>Another station is packing this order</source>
        <translation>この受注は他の梱包台で作業中です</translation>
    </message>
    <message>
        <source>Server unreachable: only orders already at this station can be opened</source>
        <translation>サーバーに接続できません：この梱包台に割り当て済みの受注だけ開けます</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WRONG ITEM: not on this order. Put it back.</source>
        <translation>商品違い：この受注の商品ではありません。戻してください</translation>
    </message>
    <message>
        <source>Unknown barcode: no product has it</source>
        <translation>未登録のバーコードです</translation>
    </message>
    <message>
        <source>Misread barcode: scan it again</source>
        <translation>読み取りエラー：もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>TOO MANY: this line is already complete</source>
        <translation>数量超過：この商品はもう足りています</translation>
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
        <translation>期限切れ：この商品は出荷できません</translation>
    </message>
    <message>
        <source>Scan the order barcode first</source>
        <translation>先に受注のバーコードをスキャンしてください</translation>
    </message>
    <message>
        <source>Order complete: pack and close the box</source>
        <translation>検品完了：梱包して封をしてください</translation>
    </message>
    <message>
        <source>Items missing: the order cannot be completed</source>
        <translation>不足あり：検品を完了できません</translation>
    </message>
    <message>
        <source>Label OK: next order</source>
        <translation>送り状OK：次の受注へ</translation>
    </message>
    <message>
        <source>WRONG LABEL: this label is another order&apos;s</source>
        <translation>送り状違い：別の受注の送り状です</translation>
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
    <message>
        <source>This order is already open: scan its items</source>
        <translation>この受注は開いています：商品をスキャンしてください</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認しました</translation>
    </message>
    <message>
        <source>This order needs no such confirmation</source>
        <translation>この受注にはその確認は不要です</translation>
    </message>
    <message>
        <source>Not complete yet: confirm the handling first</source>
        <translation>まだ完了できません：先に取扱いの確認をしてください</translation>
    </message>
    <message>
        <source>Another order&apos;s pick list: F8 holds this order and opens that one</source>
        <translation>別の受注のピッキングリストです：F8 でこの受注を保留にして、その受注を開きます</translation>
    </message>
    <message>
        <source>OK: %1  (%2 left on the order)</source>
        <translation>OK：%1（残り %2 点）</translation>
    </message>
    <message>
        <source>Order %1 scanned.
F8: put %2 on hold and open %1</source>
        <translation>受注 %1 をスキャンしました。
F8：%2 を保留にして %1 を開く</translation>
    </message>
    <message>
        <source>In your hand: %1</source>
        <translation>手にある商品：%1</translation>
    </message>
    <message>
        <source>Every item is already in (sorted from a batch): check the box and complete</source>
        <translation>全点そろっています（バッチから仕分け済み）：箱を確認して検品完了</translation>
    </message>
</context>
<context>
    <name>WeighPanel</name>
    <message>
        <source>Weigh (F5)</source>
        <translation>計量 (F5)</translation>
    </message>
    <message>
        <source>The weight is wrong: check the box and weigh again (F5), or ask the lead (F9)</source>
        <translation>重量が合いません：箱の中身を確認して再計量 (F5)、またはリーダーに連絡 (F9)</translation>
    </message>
    <message>
        <source>Next: put the box on the scale and press F5</source>
        <translation>次：箱をはかりに載せて F5</translation>
    </message>
    <message>
        <source>Next: check the box contents and weigh again (F5), or ask the lead (F9)</source>
        <translation>次：箱の中身を確認して再計量 (F5)、またはリーダーに連絡 (F9)</translation>
    </message>
    <message>
        <source>Complete the order first, then weigh its box</source>
        <translation>先に検品を完了してから箱を計量してください</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>計量中…</translation>
    </message>
    <message>
        <source>Only an admin may set up the scale</source>
        <translation>はかりの設定は管理者のみです</translation>
    </message>
    <message>
        <source>No scale is set up at this station (admin: Shift+F5)</source>
        <translation>この梱包台にははかりが設定されていません (管理者：Shift+F5)</translation>
    </message>
    <message>
        <source>The box is weighed when the order is complete</source>
        <translation>検品完了後に箱を計量します</translation>
    </message>
    <message>
        <source>Put the closed box on the scale and press F5</source>
        <translation>封をした箱をはかりに載せて F5 を押してください</translation>
    </message>
</context>
<context>
    <name>Weighing</name>
    <message>
        <source>Too light: expected %1 g ± %2 g / measured %3 g</source>
        <translation>軽すぎます：期待 %1 g ± %2 g / 計量 %3 g</translation>
    </message>
    <message>
        <source>Too heavy: expected %1 g ± %2 g / measured %3 g</source>
        <translation>重すぎます：期待 %1 g ± %2 g / 計量 %3 g</translation>
    </message>
    <message>
        <source>Weight OK: %3 g (expected %1 g ± %2 g)</source>
        <translation>重量OK：%3 g（期待 %1 g ± %2 g）</translation>
    </message>
    <message>
        <source>Approved by the lead: shipped at the measured %3 g</source>
        <translation>リーダー承認済み：計量値 %3 g で出荷します</translation>
    </message>
    <message>
        <source>Weighed %1 g; not checked: no registered weight for %2</source>
        <translation>計量 %1 g (重量未登録の商品があるため照合なし：%2)</translation>
    </message>
    <message>
        <source>Weigh the box first (F5)</source>
        <translation>先に箱を計量してください (F5)</translation>
    </message>
    <message>
        <source>Expected %1 g ± %2 g (box %3)</source>
        <translation>予定重量 %1 g ± %2 g (箱 %3)</translation>
    </message>
    <message>
        <source>The weight changes the carrier class: %1 → %2 (%3 yen)</source>
        <translation>重量により運賃区分が変わりました：%1 → %2 (%3円)</translation>
    </message>
    <message>
        <source>No carrier service takes this box at this weight (was %1): call the lead</source>
        <translation>この重量では引き受けられる配送サービスがありません (予定：%1)。リーダーを呼んでください</translation>
    </message>
</context>
<context>
    <name>WeightOverride</name>
    <message>
        <source>Registered product weight is wrong</source>
        <translation>商品の登録重量の誤り</translation>
    </message>
    <message>
        <source>Extra packing material (cushioning, ice packs)</source>
        <translation>緩衝材・保冷剤などの追加</translation>
    </message>
    <message>
        <source>The item&apos;s weight varies</source>
        <translation>商品ごとに重量のばらつきがある</translation>
    </message>
    <message>
        <source>Other (write a comment)</source>
        <translation>その他（コメントに記入）</translation>
    </message>
</context>
<context>
    <name>WeightOverrideDialog</name>
    <message>
        <source>Ship at the measured weight</source>
        <translation>計量値のまま出荷する</translation>
    </message>
    <message>
        <source>Lead approval: weight</source>
        <translation>リーダー承認：重量</translation>
    </message>
</context>
<context>
    <name>_CarrierForm</name>
    <message>
        <source>Yamato B2 Cloud</source>
        <translation>ヤマト運輸 B2クラウド</translation>
    </message>
    <message>
        <source>Sagawa e-Hiden</source>
        <translation>佐川急便 e飛伝</translation>
    </message>
    <message>
        <source>Japan Post Yu-Pri R</source>
        <translation>日本郵便 ゆうプリR</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>配送会社</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>契約アカウント</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>%1 orders…</source>
        <translation>%1 件処理中…</translation>
    </message>
</context>
</TS>
