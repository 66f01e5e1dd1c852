<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPages</name>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Discard the changes to %1 that are not saved?</source>
        <translation>Discard the changes to %1 that are not saved?</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these %n problem(s) and save again:</source>
        <translation>Nothing was changed. Fix these %n problem(s) and save again:</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>: </source>
        <comment>after the field a problem is in</comment>
        <translation>: </translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Boxes (Alt+1)</source>
        <translation>Boxes (Alt+1)</translation>
    </message>
    <message>
        <source>Carriers (Alt+2)</source>
        <translation>Carriers (Alt+2)</translation>
    </message>
    <message>
        <source>Services and size classes (Alt+3)</source>
        <translation>Services and size classes (Alt+3)</translation>
    </message>
    <message>
        <source>Rate tables (Alt+4)</source>
        <translation>Rate tables (Alt+4)</translation>
    </message>
    <message>
        <source>Products (Alt+5)</source>
        <translation>Products (Alt+5)</translation>
    </message>
    <message>
        <source>Users (Alt+6)</source>
        <translation>Users (Alt+6)</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>System printer (PDF)</source>
        <translation>System printer (PDF)</translation>
    </message>
    <message>
        <source>CUPS raw queue</source>
        <translation>CUPS raw queue</translation>
    </message>
    <message>
        <source>Windows printer, raw (USB label)</source>
        <translation>Windows printer, raw (USB label)</translation>
    </message>
    <message>
        <source>Network, raw TCP 9100</source>
        <translation>Network, raw TCP 9100</translation>
    </message>
    <message>
        <source>Folder: PDF/ZPL files (no printer)</source>
        <translation>Folder: PDF/ZPL files (no printer)</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Chilled</source>
        <translation>Chilled</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Noshi: %1</source>
        <translation>Noshi: %1</translation>
    </message>
    <message>
        <source>Gift wrapping</source>
        <translation>Gift wrapping</translation>
    </message>
    <message>
        <source>Message card: %1</source>
        <translation>Message card: %1</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>This side up</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Delivery %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <source>COD ¥%1</source>
        <translation>COD ¥%1</translation>
    </message>
    <message>
        <source>Enclose: %1</source>
        <translation>Enclose: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>confirm %1</source>
        <translation>confirm %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Enclosures</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Any number of items</source>
        <translation>Any number of items</translation>
    </message>
    <message>
        <source>Single-item orders only</source>
        <translation>Single-item orders only</translation>
    </message>
    <message>
        <source>Orders of several items only</source>
        <translation>Orders of several items only</translation>
    </message>
    <message>
        <source>Cool and not</source>
        <translation>Cool and not</translation>
    </message>
    <message>
        <source>No cool orders</source>
        <translation>No cool orders</translation>
    </message>
    <message>
        <source>Cool orders only</source>
        <translation>Cool orders only</translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>Any carrier</translation>
    </message>
    <message>
        <source>Yamato Transport</source>
        <translation>Yamato Transport</translation>
    </message>
    <message>
        <source>Sagawa Express</source>
        <translation>Sagawa Express</translation>
    </message>
    <message>
        <source>Japan Post</source>
        <translation>Japan Post</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>New batch</translation>
    </message>
    <message>
        <source>Most orders (slots)</source>
        <translation>Most orders (slots)</translation>
    </message>
    <message>
        <source>Items per order</source>
        <translation>Items per order</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Cool</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Ordered before (today, e.g. 14:00)</source>
        <translation>Ordered before (today, e.g. 14:00)</translation>
    </message>
    <message>
        <source>Carrier (of the cheapest way to ship)</source>
        <translation>Carrier (of the cheapest way to ship)</translation>
    </message>
    <message>
        <source>Channel (as in the order list)</source>
        <translation>Channel (as in the order list)</translation>
    </message>
    <message>
        <source>Gift orders only</source>
        <translation>Gift orders only</translation>
    </message>
    <message>
        <source>Make the batch and print (Ctrl+S)</source>
        <translation>Make the batch and print (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print the list again (F5)</source>
        <translation>Print the list again (F5)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Batch %1 made: %2 orders in slots 1 to %2. Printing the list…</source>
        <translation>Batch %1 made: %2 orders in slots 1 to %2. Printing the list…</translation>
    </message>
    <message>
        <source>Batch %1 made (%2 orders); its total pick list went to %3.</source>
        <translation>Batch %1 made (%2 orders); its total pick list went to %3.</translation>
    </message>
    <message>
        <source>Batch %1 is made, but its list did not print: %2 F5 prints it again.</source>
        <translation>Batch %1 is made, but its list did not print: %2 F5 prints it again.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
</context>
<context>
    <name>BenchSheet</name>
    <message>
        <source>Bench sheet printed on %1.</source>
        <translation>Bench sheet printed on %1.</translation>
    </message>
    <message>
        <source>The bench sheet did not print: %1</source>
        <translation>The bench sheet did not print: %1</translation>
    </message>
    <message>
        <source>Bench sheet</source>
        <translation>Bench sheet</translation>
    </message>
</context>
<context>
    <name>BoxColumns</name>
    <message>
        <source>envelope</source>
        <translation>envelope</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inside (mm)</source>
        <translation>Inside (mm)</translation>
    </message>
    <message>
        <source>Outside (mm)</source>
        <translation>Outside (mm)</translation>
    </message>
    <message>
        <source>Tare (g)</source>
        <translation>Tare (g)</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>Cost (¥)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inside (mm)</source>
        <translation>Inside (mm)</translation>
    </message>
    <message>
        <source>Outside (mm)</source>
        <translation>Outside (mm)</translation>
    </message>
    <message>
        <source>Tare (g)</source>
        <translation>Tare (g)</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>Cost (¥)</translation>
    </message>
    <message>
        <source>Max load (g)</source>
        <translation>Max load (g)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Envelope (thin services)</source>
        <translation>Envelope (thin services)</translation>
    </message>
    <message>
        <source>Active (offered to packers)</source>
        <translation>Active (offered to packers)</translation>
    </message>
    <message>
        <source>New box (Ctrl+N)</source>
        <translation>New box (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Box %1 added.</source>
        <translation>Box %1 added.</translation>
    </message>
    <message>
        <source>Box %1 saved.</source>
        <translation>Box %1 saved.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Count the same item again (Ctrl+Shift+K)</source>
        <translation>Count the same item again (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Camera off (Ctrl+K)</source>
        <translation>Camera off (Ctrl+K)</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Camera %1: hold each item&apos;s barcode in view (Ctrl+K: camera off)</source>
        <translation>Camera %1: hold each item&apos;s barcode in view (Ctrl+K: camera off)</translation>
    </message>
    <message>
        <source>Evidence video not recorded: %1 Scanning goes on.</source>
        <translation>Evidence video not recorded: %1 Scanning goes on.</translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation>No camera picture</translation>
    </message>
    <message>
        <source>Camera %1 is busy or gives no picture: close the other program using it, then press Ctrl+K.</source>
        <translation>Camera %1 is busy or gives no picture: close the other program using it, then press Ctrl+K.</translation>
    </message>
    <message>
        <source>Camera %1 stopped giving pictures: check its cable, then press Ctrl+K.</source>
        <translation>Camera %1 stopped giving pictures: check its cable, then press Ctrl+K.</translation>
    </message>
    <message>
        <source>Camera %1 not found: plug it in, or choose another camera in the settings (F11), then press Ctrl+K.</source>
        <translation>Camera %1 not found: plug it in, or choose another camera in the settings (F11), then press Ctrl+K.</translation>
    </message>
    <message>
        <source>The camera stopped: %1 Keep scanning by hand.</source>
        <translation>The camera stopped: %1 Keep scanning by hand.</translation>
    </message>
</context>
<context>
    <name>CarrierAccounts</name>
    <message>
        <source>Standard account</source>
        <translation>Standard account</translation>
    </message>
</context>
<context>
    <name>CarrierExportDialog</name>
    <message>
        <source>Carrier CSV (label data)</source>
        <translation>Carrier CSV (label data)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Check only (F5)</source>
        <translation>Check only (F5)</translation>
    </message>
    <message>
        <source>Write file (Enter)</source>
        <translation>Write file (Enter)</translation>
    </message>
    <message>
        <source>Layout… (Ctrl+L)</source>
        <translation>Layout… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Save the carrier CSV</source>
        <translation>Save the carrier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Choose where to save the file first.</translation>
    </message>
    <message>
        <source>Reading the packed orders…</source>
        <translation>Reading the packed orders…</translation>
    </message>
    <message>
        <source>No packed order is waiting for this carrier.</source>
        <translation>No packed order is waiting for this carrier.</translation>
    </message>
    <message>
        <source>%1 orders written to %2 and marked as handed over.</source>
        <translation>%1 orders written to %2 and marked as handed over.</translation>
    </message>
    <message>
        <source>Check only: %1 orders would be written. No file, nothing marked.</source>
        <translation>Check only: %1 orders would be written. No file, nothing marked.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) below: each was made so the carrier can read the file.</source>
        <translation>
            <numerusform>%n change(s) below: each was made so the carrier can read the file.</numerusform>
            <numerusform>%n change(s) below: each was made so the carrier can read the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packed order(s) have no carrier service chosen and were left out.</source>
        <translation>
            <numerusform>%n packed order(s) have no carrier service chosen and were left out.</numerusform>
            <numerusform>%n packed order(s) have no carrier service chosen and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character replaced (not in cp932)</source>
        <translation>Character replaced (not in cp932)</translation>
    </message>
    <message>
        <source>Cut to the carrier&apos;s length</source>
        <translation>Cut to the carrier&apos;s length</translation>
    </message>
    <message>
        <source>No code in the layout: left empty</source>
        <translation>No code in the layout: left empty</translation>
    </message>
    <message>
        <source>Began with = + - @: written as text (leading &apos;)</source>
        <translation>Began with = + - @: written as text (leading &apos;)</translation>
    </message>
    <message>
        <source>Nothing was written or marked.</source>
        <translation>Nothing was written or marked.</translation>
    </message>
</context>
<context>
    <name>CarrierLayoutDialog</name>
    <message>
        <source>Carrier CSV layout</source>
        <translation>Carrier CSV layout</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>File encoding</source>
        <translation>File encoding</translation>
    </message>
    <message>
        <source>Orders with no service</source>
        <translation>Orders with no service</translation>
    </message>
    <message>
        <source>Tracking file: order no. column</source>
        <translation>Tracking file: order no. column</translation>
    </message>
    <message>
        <source>Tracking file: tracking no. column</source>
        <translation>Tracking file: tracking no. column</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Sender phone</source>
        <translation>Sender phone</translation>
    </message>
    <message>
        <source>Sender postal code</source>
        <translation>Sender postal code</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Sender building</source>
        <translation>Sender building</translation>
    </message>
    <message>
        <source>The file starts with the column names</source>
        <translation>The file starts with the column names</translation>
    </message>
    <message>
        <source>Export them with this carrier too</source>
        <translation>Export them with this carrier too</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS (cp932)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>General (Ctrl+1)</source>
        <translation>General (Ctrl+1)</translation>
    </message>
    <message>
        <source>Columns (Ctrl+2)</source>
        <translation>Columns (Ctrl+2)</translation>
    </message>
    <message>
        <source>Codes (Ctrl+3)</source>
        <translation>Codes (Ctrl+3)</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Column name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Max bytes (全角 = 2)</source>
        <translation>Max bytes (全角 = 2)</translation>
    </message>
    <message>
        <source>Width (full/half)</source>
        <translation>Width (full/half)</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>Fixed value</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>Group (service, service_cod, cool, time_slot, payment)</source>
        <translation>Group (service, service_cod, cool, time_slot, payment)</translation>
    </message>
    <message>
        <source>Our value</source>
        <translation>Our value</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>Carrier code</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Add column</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Add code</translation>
    </message>
    <message>
        <source>Remove code</source>
        <translation>Remove code</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>Carrier code</source>
        <translation>Carrier code</translation>
    </message>
    <message>
        <source>Carrier name</source>
        <translation>Carrier name</translation>
    </message>
    <message>
        <source>New carrier (Ctrl+N)</source>
        <translation>New carrier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Carrier %1 added.</source>
        <translation>Carrier %1 added.</translation>
    </message>
    <message>
        <source>Carrier %1 saved.</source>
        <translation>Carrier %1 saved.</translation>
    </message>
</context>
<context>
    <name>Cool</name>
    <message>
        <source>Chilled</source>
        <translation>Chilled</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
</context>
<context>
    <name>DashColumns</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Scanned instead</source>
        <translation>Scanned instead</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>Packed at</translation>
    </message>
</context>
<context>
    <name>DashSettingsDialog</name>
    <message>
        <source>Dashboard: cutoffs, targets and baseline</source>
        <translation>Dashboard: cutoffs, targets and baseline</translation>
    </message>
    <message>
        <source>Same-day cutoff per weekday (Mon…Sun, HH:MM, empty = no shipping)</source>
        <translation>Same-day cutoff per weekday (Mon…Sun, HH:MM, empty = no shipping)</translation>
    </message>
    <message>
        <source>Target mis-shipment rate</source>
        <translation>Target mis-shipment rate</translation>
    </message>
    <message>
        <source>Target inspection errors per 1,000 units</source>
        <translation>Target inspection errors per 1,000 units</translation>
    </message>
    <message>
        <source>Target same-day shipping rate</source>
        <translation>Target same-day shipping rate</translation>
    </message>
    <message>
        <source>Baseline: service code (the shop&apos;s old habit)</source>
        <translation>Baseline: service code (the shop&apos;s old habit)</translation>
    </message>
    <message>
        <source>Baseline: size</source>
        <translation>Baseline: size</translation>
    </message>
    <message>
        <source>Baseline: box code</source>
        <translation>Baseline: box code</translation>
    </message>
    <message>
        <source>Write the daily report into this folder (empty = no)</source>
        <translation>Write the daily report into this folder (empty = no)</translation>
    </message>
    <message>
        <source>… each day after (HH:MM)</source>
        <translation>… each day after (HH:MM)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Daily report PDF… (Ctrl+E)</source>
        <translation>Daily report PDF… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Floor board (Ctrl+Shift+F)</source>
        <translation>Floor board (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Cutoffs and targets…</source>
        <translation>Cutoffs and targets…</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Look-alike pairs refused most</source>
        <translation>Look-alike pairs refused most</translation>
    </message>
    <message>
        <source>Orders shipped</source>
        <translation>Orders shipped</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Orders per person-hour</source>
        <translation>Orders per person-hour</translation>
    </message>
    <message>
        <source>Mis-shipment rate</source>
        <translation>Mis-shipment rate</translation>
    </message>
    <message>
        <source>Inspection errors per 1,000 units</source>
        <translation>Inspection errors per 1,000 units</translation>
    </message>
    <message>
        <source>Same-day shipping</source>
        <translation>Same-day shipping</translation>
    </message>
    <message>
        <source>Lead time (median / p90)</source>
        <translation>Lead time (median / p90)</translation>
    </message>
    <message>
        <source>Shipping cost per order</source>
        <translation>Shipping cost per order</translation>
    </message>
    <message>
        <source>Saved against the baseline</source>
        <translation>Saved against the baseline</translation>
    </message>
    <message>
        <source>Box fill rate</source>
        <translation>Box fill rate</translation>
    </message>
    <message>
        <source>Orders by hour</source>
        <translation>Orders by hour</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Same weekday last week</source>
        <translation>Same weekday last week</translation>
    </message>
    <message>
        <source>Mis-shipment rate (ppm)</source>
        <translation>Mis-shipment rate (ppm)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not a shipping day</source>
        <translation>not a shipping day</translation>
    </message>
    <message>
        <source>Save the daily report</source>
        <translation>Save the daily report</translation>
    </message>
    <message>
        <source>Daily report saved: %1</source>
        <translation>Daily report saved: %1</translation>
    </message>
</context>
<context>
    <name>FloorBoardWindow</name>
    <message>
        <source>Floor board</source>
        <translation>Floor board</translation>
    </message>
    <message>
        <source>Orders left</source>
        <translation>Orders left</translation>
    </message>
    <message>
        <source>Due before the cutoff</source>
        <translation>Due before the cutoff</translation>
    </message>
    <message>
        <source>Packed this hour</source>
        <translation>Packed this hour</translation>
    </message>
    <message>
        <source>Packed last hour</source>
        <translation>Packed last hour</translation>
    </message>
    <message>
        <source>Packed today</source>
        <translation>Packed today</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Print failures</source>
        <translation>Print failures</translation>
    </message>
    <message>
        <source>no cutoff today</source>
        <translation>no cutoff today</translation>
    </message>
    <message>
        <source>cutoff %1</source>
        <translation>cutoff %1</translation>
    </message>
</context>
<context>
    <name>FloorColumns</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation>Lease until</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FloorDialog</name>
    <message>
        <source>Orders held by stations (Ctrl+H)</source>
        <translation>Orders held by stations (Ctrl+H)</translation>
    </message>
    <message>
        <source>Who holds which order</source>
        <translation>Who holds which order</translation>
    </message>
    <message>
        <source>Sync conflicts (not applied on the server)</source>
        <translation>Sync conflicts (not applied on the server)</translation>
    </message>
    <message>
        <source>Take over to this station (F6)</source>
        <translation>Take over to this station (F6)</translation>
    </message>
    <message>
        <source>Release (F8)</source>
        <translation>Release (F8)</translation>
    </message>
    <message>
        <source>Mark checked (F9)</source>
        <translation>Mark checked (F9)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>%1 orders held, %2 conflicts to check</source>
        <translation>%1 orders held, %2 conflicts to check</translation>
    </message>
    <message>
        <source>Choose an order first</source>
        <translation>Choose an order first</translation>
    </message>
    <message>
        <source>Choose a conflict first</source>
        <translation>Choose a conflict first</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Column layout</source>
        <translation>Column layout</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>Map columns…</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>CSV file (UTF-8 or Shift_JIS/cp932)</source>
        <translation>CSV file (UTF-8 or Shift_JIS/cp932)</translation>
    </message>
    <message>
        <source>Generic layout (built in)</source>
        <translation>Generic layout (built in)</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Choose the CSV file first.</translation>
    </message>
    <message>
        <source>Saved column layout: %1</source>
        <translation>Saved column layout: %1</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2): %3 added, %4 updated.</source>
        <translation>Imported %1 rows (%2): %3 added, %4 updated.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation>
            <numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform>
            <numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Report a mis-shipment… (Ctrl+Shift+M)</source>
        <translation>Report a mis-shipment… (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Hours worked: clock hours with at least one scan. Mis-ship rate: mis-shipments reported against the orders packed in the period, per million orders. Refused scans are near-misses caught at the station, not mis-shipments.</source>
        <translation>Hours worked: clock hours with at least one scan. Mis-ship rate: mis-shipments reported against the orders packed in the period, per million orders. Refused scans are near-misses caught at the station, not mis-shipments.</translation>
    </message>
</context>
<context>
    <name>LineColumns</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>⚠ size/weight missing</source>
        <translation>⚠ size/weight missing</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>packstation — Log in</source>
        <translation>packstation — Log in</translation>
    </message>
    <message>
        <source>Choose your name (or scan your badge):</source>
        <translation>Choose your name (or scan your badge):</translation>
    </message>
    <message>
        <source>Badge or login name</source>
        <translation>Badge or login name</translation>
    </message>
    <message>
        <source>Scan your badge here</source>
        <translation>Scan your badge here</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enter your PIN and press Enter</source>
        <translation>Enter your PIN and press Enter</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <source>日本語 / English</source>
        <translation>日本語 / English</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Scan your badge or choose your name first.</source>
        <translation>Scan your badge or choose your name first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>packstation — packing station</source>
        <translation>packstation — packing station</translation>
    </message>
    <message>
        <source>Packing (F2)</source>
        <translation>Packing (F2)</translation>
    </message>
    <message>
        <source>Orders (F3)</source>
        <translation>Orders (F3)</translation>
    </message>
    <message>
        <source>Sorting (Ctrl+Shift+B)</source>
        <translation>Sorting (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Mis-pick review (Ctrl+R)</source>
        <translation>Mis-pick review (Ctrl+R)</translation>
    </message>
    <message>
        <source>Dashboard (Ctrl+Shift+D)</source>
        <translation>Dashboard (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Admin (Ctrl+M)</source>
        <translation>Admin (Ctrl+M)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Settings (F11)</source>
        <translation>Settings (F11)</translation>
    </message>
    <message>
        <source>Floor (Ctrl+H)</source>
        <translation>Floor (Ctrl+H)</translation>
    </message>
    <message>
        <source>Printers (Ctrl+Shift+P)</source>
        <translation>Printers (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map CSV columns</source>
        <translation>Map CSV columns</translation>
    </message>
    <message>
        <source>Name of this layout (e.g. the mall or OMS)</source>
        <translation>Name of this layout (e.g. the mall or OMS)</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Save layout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</source>
        <translation>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Give the layout a name first.</source>
        <translation>Give the layout a name first.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>Something went wrong and was not saved. Try again; if it repeats, call the admin.</translation>
    </message>
    <message>
        <source>Not found. Check the number and scan again.</source>
        <translation>Not found. Check the number and scan again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>You are not allowed to do this. Ask a lead or an admin.</translation>
    </message>
    <message>
        <source>This station works with the central database: master data, shop settings, users, orders and the carrier hand-off are handled there (on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</source>
        <translation>This station works with the central database: master data, shop settings, users, orders and the carrier hand-off are handled there (on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</translation>
    </message>
    <message>
        <source>A file or device could not be used: {detail}</source>
        <translation>A file or device could not be used: {detail}</translation>
    </message>
    <message>
        <source>A file or device was not found: {path}</source>
        <translation>A file or device was not found: {path}</translation>
    </message>
    <message>
        <source>This PC may not use the file or device {path}: ask the admin.</source>
        <translation>This PC may not use the file or device {path}: ask the admin.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Ask the admin.</source>
        <translation>The disk is full: {path} could not be written. Ask the admin.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk: choose another place.</source>
        <translation>{path} is on a read-only disk: choose another place.</translation>
    </message>
    <message>
        <source>{path} is in use by another program: close it and try again.</source>
        <translation>{path} is in use by another program: close it and try again.</translation>
    </message>
    <message>
        <source>The input has problems; nothing was changed:</source>
        <translation>The input has problems; nothing was changed:</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Stopped; nothing was changed.</translation>
    </message>
    <message>
        <source>Please confirm this value; nothing was saved yet.</source>
        <translation>Please confirm this value; nothing was saved yet.</translation>
    </message>
    <message>
        <source>{source}, {place}</source>
        <translation>{source}, {place}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{problem} ({fix})</source>
        <translation>{problem} ({fix})</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>column &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>User or PIN not recognised. Scan your badge again and re-enter the PIN.</source>
        <translation>User or PIN not recognised. Scan your badge again and re-enter the PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {name} is locked for {minutes} more minute(s). Wait, or ask an admin to unlock the account.</source>
        <translation>Too many wrong PINs: {name} is locked for {minutes} more minute(s). Wait, or ask an admin to unlock the account.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>A PIN is 4 to 12 digits.</translation>
    </message>
    <message>
        <source>A shift lead must approve this: the badge scanned is not a lead&apos;s.</source>
        <translation>A shift lead must approve this: the badge scanned is not a lead&apos;s.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin manages the floor.</source>
        <translation>Only a shift lead or an admin manages the floor.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin reports mis-shipments.</source>
        <translation>Only a shift lead or an admin reports mis-shipments.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin reviews mis-picks.</source>
        <translation>Only a shift lead or an admin reviews mis-picks.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin prints the bench sheet.</source>
        <translation>Only a shift lead or an admin prints the bench sheet.</translation>
    </message>
    <message>
        <source>Only an admin may set up printers.</source>
        <translation>Only an admin may set up printers.</translation>
    </message>
    <message>
        <source>Only an admin may change settings.</source>
        <translation>Only an admin may change settings.</translation>
    </message>
    <message>
        <source>Only an admin may save a CSV layout.</source>
        <translation>Only an admin may save a CSV layout.</translation>
    </message>
    <message>
        <source>Only an admin may change a carrier layout.</source>
        <translation>Only an admin may change a carrier layout.</translation>
    </message>
    <message>
        <source>Only an admin may see or change the master data: products, boxes, carriers, services and rate tables.</source>
        <translation>Only an admin may see or change the master data: products, boxes, carriers, services and rate tables.</translation>
    </message>
    <message>
        <source>This station works with the central database: the settings {settings} are kept there (change them on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</source>
        <translation>This station works with the central database: the settings {settings} are kept there (change them on the admin PC). This station takes the changes at its next sync. Nothing was changed here.</translation>
    </message>
    <message>
        <source>check digit body &apos;{value}&apos; is not all digits</source>
        <translation>check digit body &apos;{value}&apos; is not all digits</translation>
    </message>
    <message>
        <source>date &apos;{value}&apos; is not YYMMDD</source>
        <translation>date &apos;{value}&apos; is not YYMMDD</translation>
    </message>
    <message>
        <source>date {value} has month {month}</source>
        <translation>date {value} has month {month}</translation>
    </message>
    <message>
        <source>date {value} has day {day}</source>
        <translation>date {value} has day {day}</translation>
    </message>
    <message>
        <source>AI {ai} must be digits</source>
        <translation>AI {ai} must be digits</translation>
    </message>
    <message>
        <source>AI {ai} has a character GS1 does not allow</source>
        <translation>AI {ai} has a character GS1 does not allow</translation>
    </message>
    <message>
        <source>AI {ai} is longer than {length}</source>
        <translation>AI {ai} is longer than {length}</translation>
    </message>
    <message>
        <source>AI {ai} is shorter than {length}</source>
        <translation>AI {ai} is shorter than {length}</translation>
    </message>
    <message>
        <source>AI {ai} appears twice with different values</source>
        <translation>AI {ai} appears twice with different values</translation>
    </message>
    <message>
        <source>unknown AI {ai}</source>
        <translation>unknown AI {ai}</translation>
    </message>
    <message>
        <source>text in front of the first &apos;(AI)&apos;</source>
        <translation>text in front of the first &apos;(AI)&apos;</translation>
    </message>
    <message>
        <source>empty element string</source>
        <translation>empty element string</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>being packed</source>
        <translation>being packed</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>packed</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>{carrier} layout</source>
        <translation>{carrier} layout</translation>
    </message>
    <message>
        <source>{carrier} export</source>
        <translation>{carrier} export</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>tracking order column</source>
        <translation>tracking order column</translation>
    </message>
    <message>
        <source>tracking number column</source>
        <translation>tracking number column</translation>
    </message>
    <message>
        <source>the layout has no columns</source>
        <translation>the layout has no columns</translation>
    </message>
    <message>
        <source>add columns</source>
        <translation>add columns</translation>
    </message>
    <message>
        <source>empty column name</source>
        <translation>empty column name</translation>
    </message>
    <message>
        <source>name the column</source>
        <translation>name the column</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; appears twice</source>
        <translation>&apos;{header}&apos; appears twice</translation>
    </message>
    <message>
        <source>give each column its own name</source>
        <translation>give each column its own name</translation>
    </message>
    <message>
        <source>has characters cp932 cannot hold</source>
        <translation>has characters cp932 cannot hold</translation>
    </message>
    <message>
        <source>use characters from the carrier&apos;s character set</source>
        <translation>use characters from the carrier&apos;s character set</translation>
    </message>
    <message>
        <source>unknown source &apos;{source}&apos;</source>
        <translation>unknown source &apos;{source}&apos;</translation>
    </message>
    <message>
        <source>choose one of: {options}</source>
        <translation>choose one of: {options}</translation>
    </message>
    <message>
        <source>negative length</source>
        <translation>negative length</translation>
    </message>
    <message>
        <source>enter 0 (no limit) or the carrier&apos;s length in bytes</source>
        <translation>enter 0 (no limit) or the carrier&apos;s length in bytes</translation>
    </message>
    <message>
        <source>unknown width &apos;{width}&apos;</source>
        <translation>unknown width &apos;{width}&apos;</translation>
    </message>
    <message>
        <source>unknown file encoding &apos;{encoding}&apos;</source>
        <translation>unknown file encoding &apos;{encoding}&apos;</translation>
    </message>
    <message>
        <source>the file is not in the layout&apos;s encoding ({encoding})</source>
        <translation>the file is not in the layout&apos;s encoding ({encoding})</translation>
    </message>
    <message>
        <source>choose the encoding the carrier software writes in the layout</source>
        <translation>choose the encoding the carrier software writes in the layout</translation>
    </message>
    <message>
        <source>{found} columns where the layout has {expected}</source>
        <translation>{found} columns where the layout has {expected}</translation>
    </message>
    <message>
        <source>column named &apos;{found}&apos; where the layout has &apos;{expected}&apos;</source>
        <translation>column named &apos;{found}&apos; where the layout has &apos;{expected}&apos;</translation>
    </message>
    <message>
        <source>{length} bytes where the column takes {max_bytes}</source>
        <translation>{length} bytes where the column takes {max_bytes}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date in the layout&apos;s format {format}</source>
        <translation>&apos;{value}&apos; is not a date in the layout&apos;s format {format}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the layout&apos;s codes: {options}</source>
        <translation>&apos;{value}&apos; is not one of the layout&apos;s codes: {options}</translation>
    </message>
    <message>
        <source>make the layout match the carrier software&apos;s import filter, column by column, or register this layout as the account&apos;s filter</source>
        <translation>make the layout match the carrier software&apos;s import filter, column by column, or register this layout as the account&apos;s filter</translation>
    </message>
    <message>
        <source>choose full, half or leave empty</source>
        <translation>choose full, half or leave empty</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>name the column of the carrier&apos;s issued-data CSV (or #n for the n-th column)</source>
        <translation>name the column of the carrier&apos;s issued-data CSV (or #n for the n-th column)</translation>
    </message>
    <message>
        <source>no account name</source>
        <translation>no account name</translation>
    </message>
    <message>
        <source>name the account</source>
        <translation>name the account</translation>
    </message>
    <message>
        <source>unknown carrier &apos;{carrier}&apos;</source>
        <translation>unknown carrier &apos;{carrier}&apos;</translation>
    </message>
    <message>
        <source>use one of: {options}</source>
        <translation>use one of: {options}</translation>
    </message>
    <message>
        <source>No carrier account named &apos;{account}&apos;.</source>
        <translation>No carrier account named &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>it would be cut</source>
        <translation>it would be cut</translation>
    </message>
    <message>
        <source>a character would be replaced</source>
        <translation>a character would be replaced</translation>
    </message>
    <message>
        <source>it has no code in the layout</source>
        <translation>it has no code in the layout</translation>
    </message>
    <message>
        <source>order number &apos;{order_no}&apos; does not fit the carrier&apos;s field ({change})</source>
        <translation>order number &apos;{order_no}&apos; does not fit the carrier&apos;s field ({change})</translation>
    </message>
    <message>
        <source>shorten the order number, or raise the column&apos;s length in the carrier layout</source>
        <translation>shorten the order number, or raise the column&apos;s length in the carrier layout</translation>
    </message>
    <message>
        <source>the file is neither cp932 (Shift_JIS) nor UTF-8 text</source>
        <translation>the file is neither cp932 (Shift_JIS) nor UTF-8 text</translation>
    </message>
    <message>
        <source>export the issued data from the carrier software again as CSV</source>
        <translation>export the issued data from the carrier software again as CSV</translation>
    </message>
    <message>
        <source>column not found in the header row</source>
        <translation>column not found in the header row</translation>
    </message>
    <message>
        <source>export the issued data with this column, or change the column name in the carrier layout</source>
        <translation>export the issued data with this column, or change the column name in the carrier layout</translation>
    </message>
    <message>
        <source>no order &apos;{order_no}&apos;</source>
        <translation>no order &apos;{order_no}&apos;</translation>
    </message>
    <message>
        <source>check the order number; import the order first if it is missing</source>
        <translation>check the order number; import the order first if it is missing</translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>no order number</translation>
    </message>
    <message>
        <source>fill in the order number the export wrote, or delete the row</source>
        <translation>fill in the order number the export wrote, or delete the row</translation>
    </message>
    <message>
        <source>no tracking number</source>
        <translation>no tracking number</translation>
    </message>
    <message>
        <source>issue the label in the carrier software first, or delete the row</source>
        <translation>issue the label in the carrier software first, or delete the row</translation>
    </message>
    <message>
        <source>tracking number &apos;{tracking}&apos; fails its check digit</source>
        <translation>tracking number &apos;{tracking}&apos; fails its check digit</translation>
    </message>
    <message>
        <source>correct the number from the printed label</source>
        <translation>correct the number from the printed label</translation>
    </message>
    <message>
        <source>order &apos;{order_no}&apos; is also on row {row}</source>
        <translation>order &apos;{order_no}&apos; is also on row {row}</translation>
    </message>
    <message>
        <source>keep one row per order (one label per order)</source>
        <translation>keep one row per order (one label per order)</translation>
    </message>
    <message>
        <source>tracking number &apos;{tracking}&apos; is also on row {row} (order {order_no})</source>
        <translation>tracking number &apos;{tracking}&apos; is also on row {row} (order {order_no})</translation>
    </message>
    <message>
        <source>each label has its own number: correct the number or the order on one of the rows</source>
        <translation>each label has its own number: correct the number or the order on one of the rows</translation>
    </message>
    <message>
        <source>tracking number &apos;{tracking}&apos; already belongs to order {owner}</source>
        <translation>tracking number &apos;{tracking}&apos; already belongs to order {owner}</translation>
    </message>
    <message>
        <source>order {order_no} was shipped with tracking number {tracking}</source>
        <translation>order {order_no} was shipped with tracking number {tracking}</translation>
    </message>
    <message>
        <source>delete the row, or correct the number</source>
        <translation>delete the row, or correct the number</translation>
    </message>
    <message>
        <source>order {order_no} is {status}, not packed</source>
        <translation>order {order_no} is {status}, not packed</translation>
    </message>
    <message>
        <source>pack the order before attaching its tracking number</source>
        <translation>pack the order before attaching its tracking number</translation>
    </message>
    <message>
        <source>order {order_no} was exported for {exported}, not {carrier}</source>
        <translation>order {order_no} was exported for {exported}, not {carrier}</translation>
    </message>
    <message>
        <source>import this file as {exported}, or export the order again for {carrier}</source>
        <translation>import this file as {exported}, or export the order again for {carrier}</translation>
    </message>
    <message>
        <source>cartonize input</source>
        <translation>cartonize input</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>the input is not a JSON object</source>
        <translation>the input is not a JSON object</translation>
    </message>
    <message>
        <source>write {{&quot;items&quot;: [...], ...}}</source>
        <translation>write {{&quot;items&quot;: [...], ...}}</translation>
    </message>
    <message>
        <source>sku &apos;{sku}&apos; is listed twice with different data</source>
        <translation>sku &apos;{sku}&apos; is listed twice with different data</translation>
    </message>
    <message>
        <source>give each sku one line, or the same dimensions and weight</source>
        <translation>give each sku one line, or the same dimensions and weight</translation>
    </message>
    <message>
        <source>an outer dimension is smaller than the inner one</source>
        <translation>an outer dimension is smaller than the inner one</translation>
    </message>
    <message>
        <source>give the outside measure, wall included, in the same order</source>
        <translation>give the outside measure, wall included, in the same order</translation>
    </message>
    <message>
        <source>box code &apos;{code}&apos; is used twice</source>
        <translation>box code &apos;{code}&apos; is used twice</translation>
    </message>
    <message>
        <source>service code &apos;{code}&apos; is used twice</source>
        <translation>service code &apos;{code}&apos; is used twice</translation>
    </message>
    <message>
        <source>make codes unique</source>
        <translation>make codes unique</translation>
    </message>
    <message>
        <source>unknown prefecture &apos;{prefecture}&apos;</source>
        <translation>unknown prefecture &apos;{prefecture}&apos;</translation>
    </message>
    <message>
        <source>write one of the 47, e.g. 東京都, 北海道, or its JIS code 01–47</source>
        <translation>write one of the 47, e.g. 東京都, 北海道, or its JIS code 01–47</translation>
    </message>
    <message>
        <source>unknown cool type {value}</source>
        <translation>unknown cool type {value}</translation>
    </message>
    <message>
        <source>use none, chilled (冷蔵) or frozen (冷凍)</source>
        <translation>use none, chilled (冷蔵) or frozen (冷凍)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>add {key}</source>
        <translation>add {key}</translation>
    </message>
    <message>
        <source>not a non-empty list</source>
        <translation>not a non-empty list</translation>
    </message>
    <message>
        <source>write {key} as a JSON list [...]</source>
        <translation>write {key} as a JSON list [...]</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>write it as {{...}}</source>
        <translation>write it as {{...}}</translation>
    </message>
    <message>
        <source>{value} is not a text</source>
        <translation>{value} is not a text</translation>
    </message>
    <message>
        <source>write a non-empty string</source>
        <translation>write a non-empty string</translation>
    </message>
    <message>
        <source>not a list of texts</source>
        <translation>not a list of texts</translation>
    </message>
    <message>
        <source>write [&quot;A&quot;, &quot;B&quot;]</source>
        <translation>write [&quot;A&quot;, &quot;B&quot;]</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least {low}</source>
        <translation>{value} is not a whole number of at least {low}</translation>
    </message>
    <message>
        <source>write an integer (millimetres, grams, yen)</source>
        <translation>write an integer (millimetres, grams, yen)</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} is not true or false</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>write true or false</translation>
    </message>
    <message>
        <source>{value} is not three positive whole millimetres</source>
        <translation>{value} is not three positive whole millimetres</translation>
    </message>
    <message>
        <source>write [length, width, height], e.g. [100, 80, 30]</source>
        <translation>write [length, width, height], e.g. [100, 80, 30]</translation>
    </message>
    <message>
        <source>not a non-empty object</source>
        <translation>not a non-empty object</translation>
    </message>
    <message>
        <source>write {{&quot;*&quot;: 930, &quot;北海道&quot;: 1260}}</source>
        <translation>write {{&quot;*&quot;: 930, &quot;北海道&quot;: 1260}}</translation>
    </message>
    <message>
        <source>unknown prefecture or region &apos;{place}&apos;</source>
        <translation>unknown prefecture or region &apos;{place}&apos;</translation>
    </message>
    <message>
        <source>use a prefecture (北海道), a region (関東) or &quot;*&quot;</source>
        <translation>use a prefecture (北海道), a region (関東) or &quot;*&quot;</translation>
    </message>
    <message>
        <source>{value} is not a price</source>
        <translation>{value} is not a price</translation>
    </message>
    <message>
        <source>write whole yen, 0 or more</source>
        <translation>write whole yen, 0 or more</translation>
    </message>
    <message>
        <source>missing or not a {kind}</source>
        <translation>missing or not a {kind}</translation>
    </message>
    <message>
        <source>give {key} as a {kind}</source>
        <translation>give {key} as a {kind}</translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation>unknown step</translation>
    </message>
    <message>
        <source>proven the cheapest</source>
        <translation>proven the cheapest</translation>
    </message>
    <message>
        <source>not proven the cheapest: at most {gap_yen}円 ({gap_percent} %) above the lower bound of {bound_yen}円</source>
        <translation>not proven the cheapest: at most {gap_yen}円 ({gap_percent} %) above the lower bound of {bound_yen}円</translation>
    </message>
    <message>
        <source>carrier {code}</source>
        <translation>carrier {code}</translation>
    </message>
    <message>
        <source>box {code}</source>
        <translation>box {code}</translation>
    </message>
    <message>
        <source>service {code}</source>
        <translation>service {code}</translation>
    </message>
    <message>
        <source>product {sku}</source>
        <translation>product {sku}</translation>
    </message>
    <message>
        <source>No product with the SKU {sku}.</source>
        <translation>No product with the SKU {sku}.</translation>
    </message>
    <message>
        <source>{sides} are not three sizes in millimetres</source>
        <translation>{sides} are not three sizes in millimetres</translation>
    </message>
    <message>
        <source>three whole numbers from 1 to {high}</source>
        <translation>three whole numbers from 1 to {high}</translation>
    </message>
    <message>
        <source>the inside {inner} is larger than the outside {outer} on some side</source>
        <translation>the inside {inner} is larger than the outside {outer} on some side</translation>
    </message>
    <message>
        <source>the inside fits in the outside: check both, in millimetres</source>
        <translation>the inside fits in the outside: check both, in millimetres</translation>
    </message>
    <message>
        <source>no carrier &apos;{code}&apos;</source>
        <translation>no carrier &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>choose one of the carriers</source>
        <translation>choose one of the carriers</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>no carrier</translation>
    </message>
    <message>
        <source>choose the carrier</source>
        <translation>choose the carrier</translation>
    </message>
    <message>
        <source>a service needs at least one size class</source>
        <translation>a service needs at least one size class</translation>
    </message>
    <message>
        <source>add a size class</source>
        <translation>add a size class</translation>
    </message>
    <message>
        <source>a delivery time slot is empty, too long or given twice</source>
        <translation>a delivery time slot is empty, too long or given twice</translation>
    </message>
    <message>
        <source>list each slot once, e.g. 午前中, 14-16</source>
        <translation>list each slot once, e.g. 午前中, 14-16</translation>
    </message>
    <message>
        <source>{carrier} does not deliver in the time slot(s) {slots}</source>
        <translation>{carrier} does not deliver in the time slot(s) {slots}</translation>
    </message>
    <message>
        <source>use this carrier&apos;s slots: {options}</source>
        <translation>use this carrier&apos;s slots: {options}</translation>
    </message>
    <message>
        <source>size class &apos;{name}&apos; is also in row {row}</source>
        <translation>size class &apos;{name}&apos; is also in row {row}</translation>
    </message>
    <message>
        <source>give each size class its own name</source>
        <translation>give each size class its own name</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a positive limit</source>
        <translation>&apos;{value}&apos; is not a positive limit</translation>
    </message>
    <message>
        <source>a whole number from 1 to {high}, or empty for no limit</source>
        <translation>a whole number from 1 to {high}, or empty for no limit</translation>
    </message>
    <message>
        <source>a whole number of millimetres from 1 to {high}, or empty for no limit</source>
        <translation>a whole number of millimetres from 1 to {high}, or empty for no limit</translation>
    </message>
    <message>
        <source>a whole number of grams from 1 to {high}, or empty for no limit</source>
        <translation>a whole number of grams from 1 to {high}, or empty for no limit</translation>
    </message>
    <message>
        <source>{count} prices are not yen for a prefecture</source>
        <translation>{count} prices are not yen for a prefecture</translation>
    </message>
    <message>
        <source>import the rate table as CSV</source>
        <translation>import the rate table as CSV</translation>
    </message>
    <message>
        <source>the same as surcharge {row}</source>
        <translation>the same as surcharge {row}</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;</source>
        <translation>unknown kind &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a price</source>
        <translation>&apos;{value}&apos; is not a price</translation>
    </message>
    <message>
        <source>whole yen from 0 to {high}</source>
        <translation>whole yen from 0 to {high}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a size class</source>
        <translation>&apos;{value}&apos; is not a size class</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a prefecture code</source>
        <translation>&apos;{value}&apos; is not a prefecture code</translation>
    </message>
    <message>
        <source>a JIS code from 1 to 47</source>
        <translation>a JIS code from 1 to 47</translation>
    </message>
    <message>
        <source>no upper amount for the COD band</source>
        <translation>no upper amount for the COD band</translation>
    </message>
    <message>
        <source>the largest amount it covers</source>
        <translation>the largest amount it covers</translation>
    </message>
    <message>
        <source>cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it</source>
        <translation>cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it</translation>
    </message>
    <message>
        <source>add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool</source>
        <translation>add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool</translation>
    </message>
    <message>
        <source>COD is ticked but there is no COD fee band</source>
        <translation>COD is ticked but there is no COD fee band</translation>
    </message>
    <message>
        <source>add the COD fee bands, or untick COD</source>
        <translation>add the COD fee bands, or untick COD</translation>
    </message>
    <message>
        <source>e.g. 沖縄県, 北海道 or 47</source>
        <translation>e.g. 沖縄県, 北海道 or 47</translation>
    </message>
    <message>
        <source>fill in the amount in yen</source>
        <translation>fill in the amount in yen</translation>
    </message>
    <message>
        <source>measure it and type the whole number of {unit}: thin services need the real size</source>
        <translation>measure it and type the whole number of {unit}: thin services need the real size</translation>
    </message>
    <message>
        <source>a whole number of {unit} from 1 to {high}</source>
        <translation>a whole number of {unit} from 1 to {high}</translation>
    </message>
    <message>
        <source>unknown import kind &apos;{kind}&apos;</source>
        <translation>unknown import kind &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>use orders or products</source>
        <translation>use orders or products</translation>
    </message>
    <message>
        <source>{count} more problems not listed</source>
        <translation>{count} more problems not listed</translation>
    </message>
    <message>
        <source>fix the ones above and import again to see the rest</source>
        <translation>fix the ones above and import again to see the rest</translation>
    </message>
    <message>
        <source>byte {byte} at byte offset {offset} is neither UTF-8 nor cp932 (Shift_JIS)</source>
        <translation>byte {byte} at byte offset {offset} is neither UTF-8 nor cp932 (Shift_JIS)</translation>
    </message>
    <message>
        <source>save the file as &apos;CSV UTF-8&apos; or as &apos;CSV (Shift_JIS)&apos; and import it again</source>
        <translation>save the file as &apos;CSV UTF-8&apos; or as &apos;CSV (Shift_JIS)&apos; and import it again</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <source>the first row must name the columns</source>
        <translation>the first row must name the columns</translation>
    </message>
    <message>
        <source>not valid CSV: {error}</source>
        <translation>not valid CSV: {error}</translation>
    </message>
    <message>
        <source>check the quotes in this row</source>
        <translation>check the quotes in this row</translation>
    </message>
    <message>
        <source>this row has {cells} cells, the header only {headers}</source>
        <translation>this row has {cells} cells, the header only {headers}</translation>
    </message>
    <message>
        <source>quote cells that contain a comma</source>
        <translation>quote cells that contain a comma</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be written in cp932</source>
        <translation>&apos;{text}&apos; cannot be written in cp932</translation>
    </message>
    <message>
        <source>export as UTF-8</source>
        <translation>export as UTF-8</translation>
    </message>
    <message>
        <source>unknown encoding &apos;{encoding}&apos;</source>
        <translation>unknown encoding &apos;{encoding}&apos;</translation>
    </message>
    <message>
        <source>use utf-8 or cp932</source>
        <translation>use utf-8 or cp932</translation>
    </message>
    <message>
        <source>column &apos;{header}&apos; ({field}) of layout &apos;{layout}&apos; is not in the file</source>
        <translation>column &apos;{header}&apos; ({field}) of layout &apos;{layout}&apos; is not in the file</translation>
    </message>
    <message>
        <source>choose the layout that fits this file or edit it</source>
        <translation>choose the layout that fits this file or edit it</translation>
    </message>
    <message>
        <source>columns &apos;{first}&apos; and &apos;{second}&apos; both hold {field}</source>
        <translation>columns &apos;{first}&apos; and &apos;{second}&apos; both hold {field}</translation>
    </message>
    <message>
        <source>required column &apos;{field}&apos; is missing (layout &apos;{layout}&apos;)</source>
        <translation>required column &apos;{field}&apos; is missing (layout &apos;{layout}&apos;)</translation>
    </message>
    <message>
        <source>required column &apos;{field}&apos; is missing</source>
        <translation>required column &apos;{field}&apos; is missing</translation>
    </message>
    <message>
        <source>add a column &apos;{field}&apos; or choose a saved layout that maps it</source>
        <translation>add a column &apos;{field}&apos; or choose a saved layout that maps it</translation>
    </message>
    <message>
        <source>add a column &apos;{field}&apos; (or {aliases}) or choose a saved layout that maps it</source>
        <translation>add a column &apos;{field}&apos; (or {aliases}) or choose a saved layout that maps it</translation>
    </message>
    <message>
        <source>empty cell in a required column</source>
        <translation>empty cell in a required column</translation>
    </message>
    <message>
        <source>no saved {kind} layout named &apos;{layout}&apos;</source>
        <translation>no saved {kind} layout named &apos;{layout}&apos;</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>choose one of: {choices}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a layout name</source>
        <translation>&apos;{name}&apos; cannot be a layout name</translation>
    </message>
    <message>
        <source>1 to 64 characters, not &apos;{generic}&apos;</source>
        <translation>1 to 64 characters, not &apos;{generic}&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>unknown field &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>no column chosen</source>
        <translation>no column chosen</translation>
    </message>
    <message>
        <source>choose a column header</source>
        <translation>choose a column header</translation>
    </message>
    <message>
        <source>one column chosen for several fields</source>
        <translation>one column chosen for several fields</translation>
    </message>
    <message>
        <source>choose a different column for each field</source>
        <translation>choose a different column for each field</translation>
    </message>
    <message>
        <source>required field not mapped</source>
        <translation>required field not mapped</translation>
    </message>
    <message>
        <source>choose the column that holds it</source>
        <translation>choose the column that holds it</translation>
    </message>
    <message>
        <source>layout &apos;{name}&apos;</source>
        <translation>layout &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>contains a line break or control character</source>
        <translation>contains a line break or control character</translation>
    </message>
    <message>
        <source>put it on one line</source>
        <translation>put it on one line</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}</source>
        <translation>&apos;{value}&apos; is not a valid {what}</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>weight in grams</source>
        <translation>weight in grams</translation>
    </message>
    <message>
        <source>size in millimetres</source>
        <translation>size in millimetres</translation>
    </message>
    <message>
        <source>number of units per case</source>
        <translation>number of units per case</translation>
    </message>
    <message>
        <source>type the number itself, not a formula: {fix}</source>
        <translation>type the number itself, not a formula: {fix}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount in yen</source>
        <translation>&apos;{value}&apos; is not an amount in yen</translation>
    </message>
    <message>
        <source>whole yen from 0 to {high}, e.g. 1980 or 1,980</source>
        <translation>whole yen from 0 to {high}, e.g. 1980 or 1,980</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>&apos;{value}&apos; is not yes or no</translation>
    </message>
    <message>
        <source>use 1/0, yes/no or あり/なし</source>
        <translation>use 1/0, yes/no or あり/なし</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a cool type</source>
        <translation>&apos;{value}&apos; is not a cool type</translation>
    </message>
    <message>
        <source>use なし/冷蔵/冷凍, none/chilled/frozen or 0/2/1</source>
        <translation>use なし/冷蔵/冷凍, none/chilled/frozen or 0/2/1</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a delivery time slot</source>
        <translation>&apos;{value}&apos; is not a delivery time slot</translation>
    </message>
    <message>
        <source>use 午前中, 12-14, 14-16, 16-18, 18-20, 18-21 or 19-21 (or the carrier&apos;s code: B2 1416, e飛伝 04, ゆうプリR 52), or leave it empty</source>
        <translation>use 午前中, 12-14, 14-16, 16-18, 18-20, 18-21 or 19-21 (or the carrier&apos;s code: B2 1416, e飛伝 04, ゆうプリR 52), or leave it empty</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>&apos;{value}&apos; is not a date</translation>
    </message>
    <message>
        <source>write it as YYYY-MM-DD, e.g. 2026-11-23</source>
        <translation>write it as YYYY-MM-DD, e.g. 2026-11-23</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>&apos;{value}&apos; is not a date and time</translation>
    </message>
    <message>
        <source>write it as YYYY-MM-DD HH:MM (Japan time)</source>
        <translation>write it as YYYY-MM-DD HH:MM (Japan time)</translation>
    </message>
    <message>
        <source>not a postal code</source>
        <translation>not a postal code</translation>
    </message>
    <message>
        <source>7 digits, e.g. 100-0001</source>
        <translation>7 digits, e.g. 100-0001</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a prefecture</source>
        <translation>&apos;{value}&apos; is not a prefecture</translation>
    </message>
    <message>
        <source>e.g. 東京都, 大阪府 or Tokyo</source>
        <translation>e.g. 東京都, 大阪府 or Tokyo</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>not a phone number</translation>
    </message>
    <message>
        <source>digits and hyphens, e.g. 03-1234-5678</source>
        <translation>digits and hyphens, e.g. 03-1234-5678</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a tax rate</source>
        <translation>&apos;{value}&apos; is not a tax rate</translation>
    </message>
    <message>
        <source>10 or 8 (the reduced rate)</source>
        <translation>10 or 8 (the reduced rate)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a shelf location</source>
        <translation>&apos;{value}&apos; is not a shelf location</translation>
    </message>
    <message>
        <source>letters and digits joined by hyphens, at most {max_len}, e.g. A-01-03</source>
        <translation>letters and digits joined by hyphens, at most {max_len}, e.g. A-01-03</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a barcode a spreadsheet turned into a number</source>
        <translation>&apos;{value}&apos; is a barcode a spreadsheet turned into a number</translation>
    </message>
    <message>
        <source>format the column as text and type the code again</source>
        <translation>format the column as text and type the code again</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a JAN/EAN/UPC/ITF-14 code</source>
        <translation>&apos;{value}&apos; is not a JAN/EAN/UPC/ITF-14 code</translation>
    </message>
    <message>
        <source>8, 12, 13 or 14 digits</source>
        <translation>8, 12, 13 or 14 digits</translation>
    </message>
    <message>
        <source>barcode {code} has a wrong check digit (the last digit should be {expected})</source>
        <translation>barcode {code} has a wrong check digit (the last digit should be {expected})</translation>
    </message>
    <message>
        <source>copy the code from the product label again</source>
        <translation>copy the code from the product label again</translation>
    </message>
    <message>
        <source>differs from row {first_row}, the first row of order {order_no}</source>
        <translation>differs from row {first_row}, the first row of order {order_no}</translation>
    </message>
    <message>
        <source>differs from row {first_row}, the first row of order {order_no}: &apos;{here}&apos; here, &apos;{there}&apos; there</source>
        <translation>differs from row {first_row}, the first row of order {order_no}: &apos;{here}&apos; here, &apos;{there}&apos; there</translation>
    </message>
    <message>
        <source>give every line of an order the same order details, or leave them empty on the later lines</source>
        <translation>give every line of an order the same order details, or leave them empty on the later lines</translation>
    </message>
    <message>
        <source>unknown SKU &apos;{sku}&apos;: not in the product master</source>
        <translation>unknown SKU &apos;{sku}&apos;: not in the product master</translation>
    </message>
    <message>
        <source>import the product first or correct the SKU</source>
        <translation>import the product first or correct the SKU</translation>
    </message>
    <message>
        <source>order {order_no} is already in the database</source>
        <translation>order {order_no} is already in the database</translation>
    </message>
    <message>
        <source>remove it from the file (imported before?)</source>
        <translation>remove it from the file (imported before?)</translation>
    </message>
    <message>
        <source>SKU {sku} is also in row {row}</source>
        <translation>SKU {sku} is also in row {row}</translation>
    </message>
    <message>
        <source>keep one row per product</source>
        <translation>keep one row per product</translation>
    </message>
    <message>
        <source>give all three sizes or none</source>
        <translation>give all three sizes or none</translation>
    </message>
    <message>
        <source>fill in length, width and height</source>
        <translation>fill in length, width and height</translation>
    </message>
    <message>
        <source>a case code needs the number of units in the case (入数)</source>
        <translation>a case code needs the number of units in the case (入数)</translation>
    </message>
    <message>
        <source>fill in case_units</source>
        <translation>fill in case_units</translation>
    </message>
    <message>
        <source>units per case given without a case code</source>
        <translation>units per case given without a case code</translation>
    </message>
    <message>
        <source>fill in the case code (ITF-14) or clear the units</source>
        <translation>fill in the case code (ITF-14) or clear the units</translation>
    </message>
    <message>
        <source>barcode {code} is already registered to SKU {owner}</source>
        <translation>barcode {code} is already registered to SKU {owner}</translation>
    </message>
    <message>
        <source>remove it from that product first, or correct the code</source>
        <translation>remove it from that product first, or correct the code</translation>
    </message>
    <message>
        <source>barcode {code} is also given in row {row} (SKU {sku})</source>
        <translation>barcode {code} is also given in row {row} (SKU {sku})</translation>
    </message>
    <message>
        <source>a barcode may belong to one product only</source>
        <translation>a barcode may belong to one product only</translation>
    </message>
    <message>
        <source>barcode {code} is this product&apos;s unit and case code at once</source>
        <translation>barcode {code} is this product&apos;s unit and case code at once</translation>
    </message>
    <message>
        <source>a unit code and its case code must differ</source>
        <translation>a unit code and its case code must differ</translation>
    </message>
    <message>
        <source>Order {order_no} is cancelled: no documents are printed for it.</source>
        <translation>Order {order_no} is cancelled: no documents are printed for it.</translation>
    </message>
    <message>
        <source>Order {order_no} has no customer address (deleted after shipping?).</source>
        <translation>Order {order_no} has no customer address (deleted after shipping?).</translation>
    </message>
    <message>
        <source>The shop&apos;s {settings} not set: an admin sets them in the settings (labels need the sender, 納品書 the shop name).</source>
        <translation>The shop&apos;s {settings} not set: an admin sets them in the settings (labels need the sender, 納品書 the shop name).</translation>
    </message>
    <message>
        <source>The shop&apos;s invoice registration number ({setting}) is wrong: {problem}. An admin corrects it in the settings.</source>
        <translation>The shop&apos;s invoice registration number ({setting}) is wrong: {problem}. An admin corrects it in the settings.</translation>
    </message>
    <message>
        <source>The addresses of order {order_no} do not fit a {size} label even in small print ({needed_mm} of {height_mm} mm): shorten the address lines.</source>
        <translation>The addresses of order {order_no} do not fit a {size} label even in small print ({needed_mm} of {height_mm} mm): shorten the address lines.</translation>
    </message>
    <message>
        <source>The Japanese font IPAexGothic (ipaexg.ttf) was not found ({where}): install the Debian package fonts-ipaexfont-gothic (scripts/setup.sh does) or set {variable} to the .ttf file.</source>
        <translation>The Japanese font IPAexGothic (ipaexg.ttf) was not found ({where}): install the Debian package fonts-ipaexfont-gothic (scripts/setup.sh does) or set {variable} to the .ttf file.</translation>
    </message>
    <message>
        <source>The font file {path} cannot be used ({error}): it must be the TrueType ipaexg.ttf from fonts-ipaexfont-gothic.</source>
        <translation>The font file {path} cannot be used ({error}): it must be the TrueType ipaexg.ttf from fonts-ipaexfont-gothic.</translation>
    </message>
    <message>
        <source>The shop logo {file} ({setting}) cannot be read ({error}): an admin chooses a PNG or JPEG file or clears the setting.</source>
        <translation>The shop logo {file} ({setting}) cannot be read ({error}): an admin chooses a PNG or JPEG file or clears the setting.</translation>
    </message>
    <message>
        <source>registration number {number} must start with T</source>
        <translation>registration number {number} must start with T</translation>
    </message>
    <message>
        <source>registration number {number} must be T followed by 13 digits</source>
        <translation>registration number {number} must be T followed by 13 digits</translation>
    </message>
    <message>
        <source>registration number {number} fails the 法人番号 check digit (for a corporation the first digit after T would be {expected})</source>
        <translation>registration number {number} fails the 法人番号 check digit (for a corporation the first digit after T would be {expected})</translation>
    </message>
    <message>
        <source>{problem}. A sole proprietor&apos;s number has no published check digit: compare it with the 登録通知書 and save again to confirm it.</source>
        <translation>{problem}. A sole proprietor&apos;s number has no published check digit: compare it with the 登録通知書 and save again to confirm it.</translation>
    </message>
    <message>
        <source>copy it from the 登録通知書: T and 13 digits, e.g. T1234567890123, or leave it empty</source>
        <translation>copy it from the 登録通知書: T and 13 digits, e.g. T1234567890123, or leave it empty</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>unknown setting</translation>
    </message>
    <message>
        <source>use one of the listed settings</source>
        <translation>use one of the listed settings</translation>
    </message>
    <message>
        <source>expected on or off</source>
        <translation>expected on or off</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>expected a text</translation>
    </message>
    <message>
        <source>correct the value</source>
        <translation>correct the value</translation>
    </message>
    <message>
        <source>must be {low}–{high}</source>
        <translation>must be {low}–{high}</translation>
    </message>
    <message>
        <source>enter a value in range</source>
        <translation>enter a value in range</translation>
    </message>
    <message>
        <source>no camera given</source>
        <translation>no camera given</translation>
    </message>
    <message>
        <source>enter a camera number such as 0</source>
        <translation>enter a camera number such as 0</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>must be one of {options}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a printer font name</source>
        <translation>&apos;{value}&apos; is not a printer font name</translation>
    </message>
    <message>
        <source>drive and file as the printer lists it, e.g. E:ANMDJ.TTF, or leave it empty to print Japanese as bitmaps</source>
        <translation>drive and file as the printer lists it, e.g. E:ANMDJ.TTF, or leave it empty to print Japanese as bitmaps</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>fill it in</source>
        <translation>fill it in</translation>
    </message>
    <message>
        <source>longer than {max_len} characters</source>
        <translation>longer than {max_len} characters</translation>
    </message>
    <message>
        <source>shorten it</source>
        <translation>shorten it</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is out of range</source>
        <translation>&apos;{value}&apos; is out of range</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>delete one of them</source>
        <translation>delete one of them</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; starts with = + - @ or holds a control character</source>
        <translation>&apos;{value}&apos; starts with = + - @ or holds a control character</translation>
    </message>
    <message>
        <source>start it with a letter or a digit (spreadsheets run such cells as formulas)</source>
        <translation>start it with a letter or a digit (spreadsheets run such cells as formulas)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>type a whole number from {low} to {high} ({unit}), digits only</source>
        <translation>type a whole number from {low} to {high} ({unit}), digits only</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>millimetres</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>grams</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>Order {order_no} not found: check the number and scan again.</source>
        <translation>Order {order_no} not found: check the number and scan again.</translation>
    </message>
    <message>
        <source>{sku} must be scanned unit by unit: no quantity can be typed for it.</source>
        <translation>{sku} must be scanned unit by unit: no quantity can be typed for it.</translation>
    </message>
    <message>
        <source>Order {order_no} is not open at this station: scan its pick list again.</source>
        <translation>Order {order_no} is not open at this station: scan its pick list again.</translation>
    </message>
    <message>
        <source>A reason is needed to put an order on hold: choose one.</source>
        <translation>A reason is needed to put an order on hold: choose one.</translation>
    </message>
    <message>
        <source>This override or reason is not known: choose one from the list.</source>
        <translation>This override or reason is not known: choose one from the list.</translation>
    </message>
    <message>
        <source>The new quantity must be between the scanned ({scanned}) and the ordered ({ordered}).</source>
        <translation>The new quantity must be between the scanned ({scanned}) and the ordered ({ordered}).</translation>
    </message>
    <message>
        <source>no active service delivers in the time slot {slot} (asked for by the order); carriers that have it: {carriers}</source>
        <translation>no active service delivers in the time slot {slot} (asked for by the order); carriers that have it: {carriers}</translation>
    </message>
    <message>
        <source>no active service takes a delivery date (asked for by the order)</source>
        <translation>no active service takes a delivery date (asked for by the order)</translation>
    </message>
    <message>
        <source>A reason is needed to choose another box or service: choose one.</source>
        <translation>A reason is needed to choose another box or service: choose one.</translation>
    </message>
    <message>
        <source>The weight is not stable yet: keep the box still and weigh again.</source>
        <translation>The weight is not stable yet: keep the box still and weigh again.</translation>
    </message>
    <message>
        <source>The reason {reason} is not known: choose one from the list.</source>
        <translation>The reason {reason} is not known: choose one from the list.</translation>
    </message>
    <message>
        <source>Write a comment for the reason &apos;other&apos;.</source>
        <translation>Write a comment for the reason &apos;other&apos;.</translation>
    </message>
    <message>
        <source>Order {order_no} needs no approval: only a weighed box outside the tolerance does.</source>
        <translation>Order {order_no} needs no approval: only a weighed box outside the tolerance does.</translation>
    </message>
    <message>
        <source>No box is chosen for order {order_no}: choose the box first (F4).</source>
        <translation>No box is chosen for order {order_no}: choose the box first (F4).</translation>
    </message>
    <message>
        <source>The chosen box {box} is not registered: ask the admin to register it.</source>
        <translation>The chosen box {box} is not registered: ask the admin to register it.</translation>
    </message>
    <message>
        <source>No printer is set for this at this station: ask the admin.</source>
        <translation>No printer is set for this at this station: ask the admin.</translation>
    </message>
    <message>
        <source>Printer not found: ask the admin to check the printer setup.</source>
        <translation>Printer not found: ask the admin to check the printer setup.</translation>
    </message>
    <message>
        <source>The printer does not answer: check that it is on and connected.</source>
        <translation>The printer does not answer: check that it is on and connected.</translation>
    </message>
    <message>
        <source>The printer is not ready: check paper, ribbon and cover.</source>
        <translation>The printer is not ready: check paper, ribbon and cover.</translation>
    </message>
    <message>
        <source>Wrong paper in the printer: load the right stock.</source>
        <translation>Wrong paper in the printer: load the right stock.</translation>
    </message>
    <message>
        <source>This printer cannot print this document: ask the admin.</source>
        <translation>This printer cannot print this document: ask the admin.</translation>
    </message>
    <message>
        <source>The printer stopped in the middle: throw away any half-printed sheet, check the printer.</source>
        <translation>The printer stopped in the middle: throw away any half-printed sheet, check the printer.</translation>
    </message>
    <message>
        <source>Printing was cut off when the app stopped: check the printer before retrying.</source>
        <translation>Printing was cut off when the app stopped: check the printer before retrying.</translation>
    </message>
    <message>
        <source>Label held back:</source>
        <translation>Label held back:</translation>
    </message>
    <message>
        <source>The document could not be made: call the admin.</source>
        <translation>The document could not be made: call the admin.</translation>
    </message>
    <message>
        <source>Printing failed unexpectedly: call the admin.</source>
        <translation>Printing failed unexpectedly: call the admin.</translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message>
        <source>{reason} {detail}</source>
        <translation>{reason} {detail}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{printer} has {media} loaded; a label needs {wanted}</source>
        <translation>{printer} has {media} loaded; a label needs {wanted}</translation>
    </message>
    <message>
        <source>{printer} has {media} loaded; a 納品書 needs {wanted}</source>
        <translation>{printer} has {media} loaded; a 納品書 needs {wanted}</translation>
    </message>
    <message>
        <source>{printer} has {media} loaded; a pick list needs {wanted}</source>
        <translation>{printer} has {media} loaded; a pick list needs {wanted}</translation>
    </message>
    <message>
        <source>raw printing to a Windows printer works on Windows only (win32print); use CUPS or TCP 9100 here</source>
        <translation>raw printing to a Windows printer works on Windows only (win32print); use CUPS or TCP 9100 here</translation>
    </message>
    <message>
        <source>no Windows printer &apos;{printer}&apos;: {error}</source>
        <translation>no Windows printer &apos;{printer}&apos;: {error}</translation>
    </message>
    <message>
        <source>{printer} is not ready: {problems}</source>
        <translation>{printer} is not ready: {problems}</translation>
    </message>
    <message>
        <source>the spooler took {written} of {total} bytes</source>
        <translation>the spooler took {written} of {total} bytes</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>in error</source>
        <translation>in error</translation>
    </message>
    <message>
        <source>jammed</source>
        <translation>jammed</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>out of toner</source>
        <translation>out of toner</translation>
    </message>
    <message>
        <source>a door is open</source>
        <translation>a door is open</translation>
    </message>
    <message>
        <source>needs attention (manual feed)</source>
        <translation>needs attention (manual feed)</translation>
    </message>
    <message>
        <source>{folder} is not writable</source>
        <translation>{folder} is not writable</translation>
    </message>
    <message>
        <source>unknown host {host}</source>
        <translation>unknown host {host}</translation>
    </message>
    <message>
        <source>{where} refused the connection</source>
        <translation>{where} refused the connection</translation>
    </message>
    <message>
        <source>{where} did not answer</source>
        <translation>{where} did not answer</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <source>{where} stopped taking data (paper out or jammed?)</source>
        <translation>{where} stopped taking data (paper out or jammed?)</translation>
    </message>
    <message>
        <source>{where}: {error} during the job</source>
        <translation>{where}: {error} during the job</translation>
    </message>
    <message>
        <source>CUPS is not installed ({program} is missing): install cups-client</source>
        <translation>CUPS is not installed ({program} is missing): install cups-client</translation>
    </message>
    <message>
        <source>CUPS did not answer</source>
        <translation>CUPS did not answer</translation>
    </message>
    <message>
        <source>no CUPS queue {queue}: {said}</source>
        <translation>no CUPS queue {queue}: {said}</translation>
    </message>
    <message>
        <source>the CUPS queue is disabled: {said}</source>
        <translation>the CUPS queue is disabled: {said}</translation>
    </message>
    <message>
        <source>lp: {said}</source>
        <translation>lp: {said}</translation>
    </message>
    <message>
        <source>the document is not a readable PDF</source>
        <translation>the document is not a readable PDF</translation>
    </message>
    <message>
        <source>{printer} could not start the job</source>
        <translation>{printer} could not start the job</translation>
    </message>
    <message>
        <source>the printer refused the next page</source>
        <translation>the printer refused the next page</translation>
    </message>
    <message>
        <source>the printer did not take the job</source>
        <translation>the printer did not take the job</translation>
    </message>
    <message>
        <source>no system printer &apos;{printer}&apos;</source>
        <translation>no system printer &apos;{printer}&apos;</translation>
    </message>
    <message>
        <source>{printer} reports an error</source>
        <translation>{printer} reports an error</translation>
    </message>
    <message>
        <source>{printer} has no {media} paper size</source>
        <translation>{printer} has no {media} paper size</translation>
    </message>
    <message>
        <source>no document renderer is installed</source>
        <translation>no document renderer is installed</translation>
    </message>
    <message>
        <source>the printer was removed from the setup</source>
        <translation>the printer was removed from the setup</translation>
    </message>
    <message>
        <source>the back-end {backend} is not available</source>
        <translation>the back-end {backend} is not available</translation>
    </message>
    <message>
        <source>{printer} takes {format}, got {mime}</source>
        <translation>{printer} takes {format}, got {mime}</translation>
    </message>
    <message>
        <source>{printer} has {media}, the document is {document}</source>
        <translation>{printer} has {media}, the document is {document}</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>station printers</source>
        <translation>station printers</translation>
    </message>
    <message>
        <source>a name of 1–64 characters is needed</source>
        <translation>a name of 1–64 characters is needed</translation>
    </message>
    <message>
        <source>type a name such as ラベル1</source>
        <translation>type a name such as ラベル1</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not supported</source>
        <translation>&apos;{value}&apos; is not supported</translation>
    </message>
    <message>
        <source>system printers print PDF only</source>
        <translation>system printers print PDF only</translation>
    </message>
    <message>
        <source>choose pdf, or use a CUPS raw queue or TCP 9100 for ZPL</source>
        <translation>choose pdf, or use a CUPS raw queue or TCP 9100 for ZPL</translation>
    </message>
    <message>
        <source>ZPL printers take label stock only</source>
        <translation>ZPL printers take label stock only</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>the address is empty</translation>
    </message>
    <message>
        <source>type the address</source>
        <translation>type the address</translation>
    </message>
    <message>
        <source>choose the printer&apos;s name as the system lists it</source>
        <translation>choose the printer&apos;s name as the system lists it</translation>
    </message>
    <message>
        <source>type the CUPS queue name (lpstat -p)</source>
        <translation>type the CUPS queue name (lpstat -p)</translation>
    </message>
    <message>
        <source>choose the printer&apos;s name as Windows lists it</source>
        <translation>choose the printer&apos;s name as Windows lists it</translation>
    </message>
    <message>
        <source>type the printer&apos;s IP address, e.g. 192.168.1.50:9100</source>
        <translation>type the printer&apos;s IP address, e.g. 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a CUPS queue name</source>
        <translation>&apos;{address}&apos; is not a CUPS queue name</translation>
    </message>
    <message>
        <source>use letters, digits, _ . - only</source>
        <translation>use letters, digits, _ . - only</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a host or host:port (port 1–65535)</source>
        <translation>&apos;{address}&apos; is not a host or host:port (port 1–65535)</translation>
    </message>
    <message>
        <source>type host or host:port, e.g. 192.168.1.50:9100</source>
        <translation>type host or host:port, e.g. 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already used</source>
        <translation>&apos;{name}&apos; is already used</translation>
    </message>
    <message>
        <source>choose another name</source>
        <translation>choose another name</translation>
    </message>
    <message>
        <source>no printer &apos;{name}&apos;</source>
        <translation>no printer &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>choose a printer from the list</source>
        <translation>choose a printer from the list</translation>
    </message>
    <message>
        <source>choose a printer with the right stock</source>
        <translation>choose a printer with the right stock</translation>
    </message>
    <message>
        <source>A reason is needed for a reprint: choose one.</source>
        <translation>A reason is needed for a reprint: choose one.</translation>
    </message>
    <message>
        <source>Order {order_no} is already printed: a reprint needs a reason (Ctrl+P).</source>
        <translation>Order {order_no} is already printed: a reprint needs a reason (Ctrl+P).</translation>
    </message>
    <message>
        <source>Unknown document kind {kind}: a label or a 納品書 can be printed.</source>
        <translation>Unknown document kind {kind}: a label or a 納品書 can be printed.</translation>
    </message>
    <message>
        <source>Print job {job} not found.</source>
        <translation>Print job {job} not found.</translation>
    </message>
    <message>
        <source>Print job {job} is being printed or is already finished.</source>
        <translation>Print job {job} is being printed or is already finished.</translation>
    </message>
    <message>
        <source>No carrier service with the code {code}.</source>
        <translation>No carrier service with the code {code}.</translation>
    </message>
    <message>
        <source>the first column must be the destination prefecture</source>
        <translation>the first column must be the destination prefecture</translation>
    </message>
    <message>
        <source>put the &apos;{header}&apos; column first, then one column per size class</source>
        <translation>put the &apos;{header}&apos; column first, then one column per size class</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a size class of this service</source>
        <translation>&apos;{value}&apos; is not a size class of this service</translation>
    </message>
    <message>
        <source>name each column after a size class: {names}</source>
        <translation>name each column after a size class: {names}</translation>
    </message>
    <message>
        <source>columns &apos;{first}&apos; and &apos;{second}&apos; are both size class {size_class}</source>
        <translation>columns &apos;{first}&apos; and &apos;{second}&apos; are both size class {size_class}</translation>
    </message>
    <message>
        <source>no column for size class {size_class}</source>
        <translation>no column for size class {size_class}</translation>
    </message>
    <message>
        <source>add a column &apos;{size_class}&apos; with its prices</source>
        <translation>add a column &apos;{size_class}&apos; with its prices</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>column {n}</translation>
    </message>
    <message>
        <source>prices in a column without a size class in row 1</source>
        <translation>prices in a column without a size class in row 1</translation>
    </message>
    <message>
        <source>write the size class in row 1 or delete the column</source>
        <translation>write the size class in row 1 or delete the column</translation>
    </message>
    <message>
        <source>no prefecture</source>
        <translation>no prefecture</translation>
    </message>
    <message>
        <source>e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; &apos;{default}&apos; or &apos;*&apos; for the default row</source>
        <translation>e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; &apos;{default}&apos; or &apos;*&apos; for the default row</translation>
    </message>
    <message>
        <source>{place} is also in row {row}</source>
        <translation>{place} is also in row {row}</translation>
    </message>
    <message>
        <source>keep one row per prefecture or region</source>
        <translation>keep one row per prefecture or region</translation>
    </message>
    <message>
        <source>type the amount itself (no formula, no minus sign): {fix}</source>
        <translation>type the amount itself (no formula, no minus sign): {fix}</translation>
    </message>
    <message>
        <source>no price for {prefecture} here nor in the default row</source>
        <translation>no price for {prefecture} here nor in the default row</translation>
    </message>
    <message>
        <source>fill in this cell or the default row&apos;s</source>
        <translation>fill in this cell or the default row&apos;s</translation>
    </message>
    <message>
        <source>no row for {prefecture} and no default row ({default})</source>
        <translation>no row for {prefecture} and no default row ({default})</translation>
    </message>
    <message>
        <source>add a row for {prefecture} or its region ({region}), or a row &apos;{default}&apos; with the price for every prefecture without a row</source>
        <translation>add a row for {prefecture} or its region ({region}), or a row &apos;{default}&apos; with the price for every prefecture without a row</translation>
    </message>
    <message>
        <source>write the day the table applies from as YYYY-MM-DD, e.g. 2027-04-01</source>
        <translation>write the day the table applies from as YYYY-MM-DD, e.g. 2027-04-01</translation>
    </message>
    <message>
        <source>{value} is before {first}, the first day a table may start</source>
        <translation>{value} is before {first}, the first day a table may start</translation>
    </message>
    <message>
        <source>{here} here but {there} in row {row}: one file is one table</source>
        <translation>{here} here but {there} in row {row}: one file is one table</translation>
    </message>
    <message>
        <source>give every row the same date, or leave it empty below the first</source>
        <translation>give every row the same date, or leave it empty below the first</translation>
    </message>
    <message>
        <source>{code} has no rate table starting on {day}.</source>
        <translation>{code} has no rate table starting on {day}.</translation>
    </message>
    <message>
        <source>the column &apos;{header}&apos; has no date</source>
        <translation>the column &apos;{header}&apos; has no date</translation>
    </message>
    <message>
        <source>{order_no} has not been packed</source>
        <translation>{order_no} has not been packed</translation>
    </message>
    <message>
        <source>report mis-shipments of packed orders only</source>
        <translation>report mis-shipments of packed orders only</translation>
    </message>
    <message>
        <source>{order_no} already has a report &apos;{kind}&apos;</source>
        <translation>{order_no} already has a report &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>the mis-shipment is already recorded</source>
        <translation>the mis-shipment is already recorded</translation>
    </message>
    <message>
        <source>choose a kind from the list</source>
        <translation>choose a kind from the list</translation>
    </message>
    <message>
        <source>wrong item shipped</source>
        <translation>wrong item shipped</translation>
    </message>
    <message>
        <source>wrong quantity shipped</source>
        <translation>wrong quantity shipped</translation>
    </message>
    <message>
        <source>item or order not shipped</source>
        <translation>item or order not shipped</translation>
    </message>
    <message>
        <source>labels swapped (wrong address)</source>
        <translation>labels swapped (wrong address)</translation>
    </message>
    <message>
        <source>another customer&apos;s slip in the box</source>
        <translation>another customer&apos;s slip in the box</translation>
    </message>
    <message>
        <source>damaged in transit</source>
        <translation>damaged in transit</translation>
    </message>
    <message>
        <source>no record chosen</source>
        <translation>no record chosen</translation>
    </message>
    <message>
        <source>select rows first</source>
        <translation>select rows first</translation>
    </message>
    <message>
        <source>A chosen mis-pick record was not found: read the list again.</source>
        <translation>A chosen mis-pick record was not found: read the list again.</translation>
    </message>
    <message>
        <source>No scale is set up at this station (admin: Shift+F5).</source>
        <translation>No scale is set up at this station (admin: Shift+F5).</translation>
    </message>
    <message>
        <source>USB HID scales are read through Linux hidraw, which {platform} does not have: connect the scale through its serial (COM) port as an MT-SICS scale.</source>
        <translation>USB HID scales are read through Linux hidraw, which {platform} does not have: connect the scale through its serial (COM) port as an MT-SICS scale.</translation>
    </message>
    <message>
        <source>No serial port is set for the scale (admin: Shift+F5).</source>
        <translation>No serial port is set for the scale (admin: Shift+F5).</translation>
    </message>
    <message>
        <source>No USB scale is plugged in: plug it in, or choose its device in the scale settings (admin: Shift+F5).</source>
        <translation>No USB scale is plugged in: plug it in, or choose its device in the scale settings (admin: Shift+F5).</translation>
    </message>
    <message>
        <source>The scale is not connected ({port}): plug it in, or set its port (admin: Shift+F5).</source>
        <translation>The scale is not connected ({port}): plug it in, or set its port (admin: Shift+F5).</translation>
    </message>
    <message>
        <source>The scale {port} was unplugged: plug it in and weigh again.</source>
        <translation>The scale {port} was unplugged: plug it in and weigh again.</translation>
    </message>
    <message>
        <source>The scale on {port} stopped answering: check its cable.</source>
        <translation>The scale on {port} stopped answering: check its cable.</translation>
    </message>
    <message>
        <source>No answer from the scale ({port}): check the cable, that it is on, and its speed (baud).</source>
        <translation>No answer from the scale ({port}): check the cable, that it is on, and its speed (baud).</translation>
    </message>
    <message>
        <source>The scale sent no weight: check that it is on and weigh again.</source>
        <translation>The scale sent no weight: check that it is on and weigh again.</translation>
    </message>
    <message>
        <source>This PC may not read the scale ({port}): ask the admin to install the udev rule for the scale.</source>
        <translation>This PC may not read the scale ({port}): ask the admin to install the udev rule for the scale.</translation>
    </message>
    <message>
        <source>The weight does not settle: keep the box still and press F5 again.</source>
        <translation>The weight does not settle: keep the box still and press F5 again.</translation>
    </message>
    <message>
        <source>Over the scale&apos;s range: use a bigger scale.</source>
        <translation>Over the scale&apos;s range: use a bigger scale.</translation>
    </message>
    <message>
        <source>The scale reads below zero: empty it, zero it and weigh again.</source>
        <translation>The scale reads below zero: empty it, zero it and weigh again.</translation>
    </message>
    <message>
        <source>The scale reports a fault: check the scale.</source>
        <translation>The scale reports a fault: check the scale.</translation>
    </message>
    <message>
        <source>The scale needs calibrating: ask the admin.</source>
        <translation>The scale needs calibrating: ask the admin.</translation>
    </message>
    <message>
        <source>The scale needs re-zeroing: empty it and press its zero key.</source>
        <translation>The scale needs re-zeroing: empty it and press its zero key.</translation>
    </message>
    <message>
        <source>The scale sent a report this app cannot read ({report}).</source>
        <translation>The scale sent a report this app cannot read ({report}).</translation>
    </message>
    <message>
        <source>The scale sent a status this app cannot read ({status}).</source>
        <translation>The scale sent a status this app cannot read ({status}).</translation>
    </message>
    <message>
        <source>The scale reports a unit this app cannot read ({unit}).</source>
        <translation>The scale reports a unit this app cannot read ({unit}).</translation>
    </message>
    <message>
        <source>The scale reports a weight or unit this app cannot read ({value} {unit}).</source>
        <translation>The scale reports a weight or unit this app cannot read ({value} {unit}).</translation>
    </message>
    <message>
        <source>The scale sent an answer this app cannot read ({answer}).</source>
        <translation>The scale sent an answer this app cannot read ({answer}).</translation>
    </message>
    <message>
        <source>The scale did not understand the command ({answer}).</source>
        <translation>The scale did not understand the command ({answer}).</translation>
    </message>
    <message>
        <source>Transmission error on the scale&apos;s line ({answer}): check the baud rate and the cable.</source>
        <translation>Transmission error on the scale&apos;s line ({answer}): check the baud rate and the cable.</translation>
    </message>
    <message>
        <source>The scale cannot run the command ({answer}).</source>
        <translation>The scale cannot run the command ({answer}).</translation>
    </message>
    <message>
        <source>No camera is chosen in the settings: choose one (F11).</source>
        <translation>No camera is chosen in the settings: choose one (F11).</translation>
    </message>
    <message>
        <source>Camera {device} not found: plug it in, or choose another camera in the settings.</source>
        <translation>Camera {device} not found: plug it in, or choose another camera in the settings.</translation>
    </message>
    <message>
        <source>Camera {device} is busy or gives no picture: close the other program using it.</source>
        <translation>Camera {device} is busy or gives no picture: close the other program using it.</translation>
    </message>
    <message>
        <source>The camera stopped giving pictures: check its cable.</source>
        <translation>The camera stopped giving pictures: check its cable.</translation>
    </message>
    <message>
        <source>The video file {device} cannot be read.</source>
        <translation>The video file {device} cannot be read.</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>decode</translation>
    </message>
    <message>
        <source>{path}: not a readable image</source>
        <translation>{path}: not a readable image</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <source>give a PNG, JPEG or WebP image</source>
        <translation>give a PNG, JPEG or WebP image</translation>
    </message>
    <message>
        <source>Station &apos;{station}&apos; is not registered on the server: the admin registers it with `packstation server add-station`.</source>
        <translation>Station &apos;{station}&apos; is not registered on the server: the admin registers it with `packstation server add-station`.</translation>
    </message>
    <message>
        <source>Cannot reach the server ({reason}): check the URL, the network and that PostgreSQL is running.</source>
        <translation>Cannot reach the server ({reason}): check the URL, the network and that PostgreSQL is running.</translation>
    </message>
    <message>
        <source>order &apos;{order_no}&apos; not found</source>
        <translation>order &apos;{order_no}&apos; not found</translation>
    </message>
    <message>
        <source>check the number with `packstation orders`</source>
        <translation>check the number with `packstation orders`</translation>
    </message>
    <message>
        <source>folder &apos;{folder}&apos; does not exist</source>
        <translation>folder &apos;{folder}&apos; does not exist</translation>
    </message>
    <message>
        <source>create it or choose another path</source>
        <translation>create it or choose another path</translation>
    </message>
    <message>
        <source>not valid JSON: {error}</source>
        <translation>not valid JSON: {error}</translation>
    </message>
    <message>
        <source>fix the JSON syntax</source>
        <translation>fix the JSON syntax</translation>
    </message>
    <message>
        <source>top level must be a JSON object</source>
        <translation>top level must be a JSON object</translation>
    </message>
    <message>
        <source>wrap the input in {{ … }}</source>
        <translation>wrap the input in {{ … }}</translation>
    </message>
    <message>
        <source>a quote opened in this row (line {line} of the file) is not closed: the rows after it would be read as the text of one cell and their orders lost</source>
        <translation>a quote opened in this row (line {line} of the file) is not closed: the rows after it would be read as the text of one cell and their orders lost</translation>
    </message>
    <message>
        <source>close the quote at the end of the cell, or write the quote inside the text twice (&quot;&quot;), and import the file again</source>
        <translation>close the quote at the end of the cell, or write the quote inside the text twice (&quot;&quot;), and import the file again</translation>
    </message>
    <message>
        <source>The database is locked by another program; retrying… ({attempt}/{attempts})</source>
        <translation>The database is locked by another program; retrying… ({attempt}/{attempts})</translation>
    </message>
    <message>
        <source>The database {path} stayed locked by another program: close that program or wait until it has finished, then run the command again; nothing was changed.</source>
        <translation>The database {path} stayed locked by another program: close that program or wait until it has finished, then run the command again; nothing was changed.</translation>
    </message>
    <message>
        <source>The disk holding the database {path} is full: free some space, then run the command again; nothing was changed.</source>
        <translation>The disk holding the database {path} is full: free some space, then run the command again; nothing was changed.</translation>
    </message>
    <message>
        <source>The database {path} could not be written (the disk is full or failing): free some space and check the disk, then run the command again; nothing was changed.</source>
        <translation>The database {path} could not be written (the disk is full or failing): free some space and check the disk, then run the command again; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not a packstation database or is damaged: check the --db path, or restore the database from a backup.</source>
        <translation>{path} is not a packstation database or is damaged: check the --db path, or restore the database from a backup.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (a read-only file or folder): give this user write access to the file and its folder, or use another --db.</source>
        <translation>The database {path} cannot be written (a read-only file or folder): give this user write access to the file and its folder, or use another --db.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: check that its folder exists and that this user may write to it.</source>
        <translation>The database {path} cannot be opened: check that its folder exists and that this user may write to it.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer packstation (schema revision {revision}, this one knows up to {head}): install the newer packstation, or use another --db.</source>
        <translation>The database {path} was made by a newer packstation (schema revision {revision}, this one knows up to {head}): install the newer packstation, or use another --db.</translation>
    </message>
    <message>
        <source>--db &apos;{value}&apos; is not a database this program can use: write a file path (shop.db), sqlite:///path/shop.db or postgresql://user@host/database.</source>
        <translation>--db &apos;{value}&apos; is not a database this program can use: write a file path (shop.db), sqlite:///path/shop.db or postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk or device is full; free some space or choose another place (nothing was left half-written).</source>
        <translation>{path} could not be written: the disk or device is full; free some space or choose another place (nothing was left half-written).</translation>
    </message>
    <message>
        <source>{path} cannot be written (a read-only folder or no permission): choose a folder this user may write to, or ask the admin for access.</source>
        <translation>{path} cannot be written (a read-only folder or no permission): choose a folder this user may write to, or ask the admin for access.</translation>
    </message>
    <message>
        <source>{path} cannot be read (no permission): give this user read access or copy the file somewhere readable.</source>
        <translation>{path} cannot be read (no permission): give this user read access or copy the file somewhere readable.</translation>
    </message>
    <message>
        <source>{path} does not exist: check the path and the file name.</source>
        <translation>{path} does not exist: check the path and the file name.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist: create it or choose another path.</source>
        <translation>The folder of {path} does not exist: create it or choose another path.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} is a folder: give a file name.</translation>
    </message>
    <message>
        <source>{path} could not be used ({detail}): check the path and the device.</source>
        <translation>{path} could not be used ({detail}): check the path and the device.</translation>
    </message>
    <message>
        <source>Nothing to export for {carrier}: no packed order is waiting for it. The previous file {path} was removed so that it is not uploaded twice.</source>
        <translation>Nothing to export for {carrier}: no packed order is waiting for it. The previous file {path} was removed so that it is not uploaded twice.</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; changes the {what} and must say who runs it: add --user LOGIN (a {role}); the PIN is read from PACKSTATION_PIN or asked for.</source>
        <translation>&apos;{command}&apos; changes the {what} and must say who runs it: add --user LOGIN (a {role}); the PIN is read from PACKSTATION_PIN or asked for.</translation>
    </message>
    <message>
        <source>No PIN for --user {login}: set PACKSTATION_PIN, or run the command in a terminal to type it.</source>
        <translation>No PIN for --user {login}: set PACKSTATION_PIN, or run the command in a terminal to type it.</translation>
    </message>
    <message>
        <source>{login} may not run &apos;{command}&apos;: it needs a {role}; use the login of a {role}.</source>
        <translation>{login} may not run &apos;{command}&apos;: it needs a {role}; use the login of a {role}.</translation>
    </message>
    <message>
        <source>--user {login}: unknown user or wrong PIN; check both (after several failures the account is locked for a while).</source>
        <translation>--user {login}: unknown user or wrong PIN; check both (after several failures the account is locked for a while).</translation>
    </message>
    <message>
        <source>--user {login} is locked after too many wrong PINs: wait, or ask an admin.</source>
        <translation>--user {login} is locked after too many wrong PINs: wait, or ask an admin.</translation>
    </message>
    <message>
        <source>This database already holds {count} real (not demo) orders, and demo-data would mix made-up orders with them: use another --db, or add --force if that is really wanted.</source>
        <translation>This database already holds {count} real (not demo) orders, and demo-data would mix made-up orders with them: use another --db, or add --force if that is really wanted.</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be an input of this command</source>
        <translation>the JSON is nested too deeply to be an input of this command</translation>
    </message>
    <message>
        <source>write the input as the command&apos;s documentation shows</source>
        <translation>write the input as the command&apos;s documentation shows</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>save it as UTF-8 (with or without BOM)</source>
        <translation>save it as UTF-8 (with or without BOM)</translation>
    </message>
    <message>
        <source>{value} is not an object</source>
        <translation>{value} is not an object</translation>
    </message>
    <message>
        <source>{value} is not a list</source>
        <translation>{value} is not a list</translation>
    </message>
    <message>
        <source>{value} is not a quantity (a whole number of at least 1)</source>
        <translation>{value} is not a quantity (a whole number of at least 1)</translation>
    </message>
    <message>
        <source>write it as {example}</source>
        <translation>write it as {example}</translation>
    </message>
    <message>
        <source>{value} is also given at {other}</source>
        <translation>{value} is also given at {other}</translation>
    </message>
    <message>
        <source>give each one its own {what}</source>
        <translation>give each one its own {what}</translation>
    </message>
    <message>
        <source>unknown sku {value}: not among the products</source>
        <translation>unknown sku {value}: not among the products</translation>
    </message>
    <message>
        <source>unknown prefecture {value}</source>
        <translation>unknown prefecture {value}</translation>
    </message>
    <message>
        <source>write a prefecture such as 北海道 or 東京都</source>
        <translation>write a prefecture such as 北海道 or 東京都</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} is not a date</translation>
    </message>
    <message>
        <source>not a step: a step has exactly one of {kinds}</source>
        <translation>not a step: a step has exactly one of {kinds}</translation>
    </message>
    <message>
        <source>{value} is not a batch number</source>
        <translation>{value} is not a batch number</translation>
    </message>
    <message>
        <source>unknown order {value}: not among the orders</source>
        <translation>unknown order {value}: not among the orders</translation>
    </message>
    <message>
        <source>add the order to orders, or correct the number</source>
        <translation>add the order to orders, or correct the number</translation>
    </message>
    <message>
        <source>add the product to products, or correct the sku</source>
        <translation>add the product to products, or correct the sku</translation>
    </message>
    <message>
        <source>contains an invisible or direction-changing character (U+{codepoint})</source>
        <translation>contains an invisible or direction-changing character (U+{codepoint})</translation>
    </message>
    <message>
        <source>type the number again with letters, digits and signs only</source>
        <translation>type the number again with letters, digits and signs only</translation>
    </message>
    <message>
        <source>{path} is too large to decode ({pixels} pixels, at most {limit}): crop or scale the image down.</source>
        <translation>{path} is too large to decode ({pixels} pixels, at most {limit}): crop or scale the image down.</translation>
    </message>
    <message>
        <source>A name of 1 to 64 characters is needed.</source>
        <translation>A name of 1 to 64 characters is needed.</translation>
    </message>
    <message>
        <source>Type a name such as ラベル1.</source>
        <translation>Type a name such as ラベル1.</translation>
    </message>
    <message>
        <source>{name} is already used.</source>
        <translation>{name} is already used.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Choose another name.</translation>
    </message>
    <message>
        <source>Unknown connection {backend}.</source>
        <translation>Unknown connection {backend}.</translation>
    </message>
    <message>
        <source>Choose a system printer, a CUPS raw queue, TCP 9100 or a folder.</source>
        <translation>Choose a system printer, a CUPS raw queue, TCP 9100 or a folder.</translation>
    </message>
    <message>
        <source>Unknown paper {media}.</source>
        <translation>Unknown paper {media}.</translation>
    </message>
    <message>
        <source>Choose 4x6, A6, A4 or A5.</source>
        <translation>Choose 4x6, A6, A4 or A5.</translation>
    </message>
    <message>
        <source>{dpi} dpi is not supported.</source>
        <translation>{dpi} dpi is not supported.</translation>
    </message>
    <message>
        <source>Choose 203 or 300 dpi.</source>
        <translation>Choose 203 or 300 dpi.</translation>
    </message>
    <message>
        <source>Unknown format {format}.</source>
        <translation>Unknown format {format}.</translation>
    </message>
    <message>
        <source>Choose PDF or ZPL.</source>
        <translation>Choose PDF or ZPL.</translation>
    </message>
    <message>
        <source>A system printer prints PDF only.</source>
        <translation>A system printer prints PDF only.</translation>
    </message>
    <message>
        <source>Choose PDF, or use a CUPS raw queue or TCP 9100 for ZPL.</source>
        <translation>Choose PDF, or use a CUPS raw queue or TCP 9100 for ZPL.</translation>
    </message>
    <message>
        <source>A ZPL printer takes label stock only.</source>
        <translation>A ZPL printer takes label stock only.</translation>
    </message>
    <message>
        <source>Choose 4x6 or A6.</source>
        <translation>Choose 4x6 or A6.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>The address is empty.</translation>
    </message>
    <message>
        <source>Choose the printer&apos;s name as the system lists it.</source>
        <translation>Choose the printer&apos;s name as the system lists it.</translation>
    </message>
    <message>
        <source>Type the CUPS queue name (lpstat -p).</source>
        <translation>Type the CUPS queue name (lpstat -p).</translation>
    </message>
    <message>
        <source>Type host or host:port, e.g. 192.168.1.50:9100.</source>
        <translation>Type host or host:port, e.g. 192.168.1.50:9100.</translation>
    </message>
    <message>
        <source>Type a folder, e.g. prints (inside the data folder) or a full path.</source>
        <translation>Type a folder, e.g. prints (inside the data folder) or a full path.</translation>
    </message>
    <message>
        <source>Type the address.</source>
        <translation>Type the address.</translation>
    </message>
    <message>
        <source>{address} is not a CUPS queue name.</source>
        <translation>{address} is not a CUPS queue name.</translation>
    </message>
    <message>
        <source>Use letters, digits and _ . - only.</source>
        <translation>Use letters, digits and _ . - only.</translation>
    </message>
    <message>
        <source>{host} is not a host name or IP address.</source>
        <translation>{host} is not a host name or IP address.</translation>
    </message>
    <message>
        <source>The port {port} must be a number from 1 to 65535.</source>
        <translation>The port {port} must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>There is no printer {name}.</source>
        <translation>There is no printer {name}.</translation>
    </message>
    <message>
        <source>Choose a printer from the list.</source>
        <translation>Choose a printer from the list.</translation>
    </message>
    <message>
        <source>{name} has {media} loaded; a {kind} needs {wanted}.</source>
        <translation>{name} has {media} loaded; a {kind} needs {wanted}.</translation>
    </message>
    <message>
        <source>Choose a printer with the right stock.</source>
        <translation>Choose a printer with the right stock.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>納品書</source>
        <translation>納品書</translation>
    </message>
    <message>
        <source>pick list</source>
        <translation>pick list</translation>
    </message>
    <message>
        <source>{a} or {b}</source>
        <translation>{a} or {b}</translation>
    </message>
    <message>
        <source>no {kind} printer at {station}</source>
        <translation>no {kind} printer at {station}</translation>
    </message>
    <message>
        <source>A PIN is {min} to {max} digits, numbers only.</source>
        <translation>A PIN is {min} to {max} digits, numbers only.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same: type the new PIN twice.</source>
        <translation>The two new PINs are not the same: type the new PIN twice.</translation>
    </message>
    <message>
        <source>Choose a new PIN, not the one you have now.</source>
        <translation>Choose a new PIN, not the one you have now.</translation>
    </message>
    <message>
        <source>A login name is 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A login name is 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The login name {login} is already used: choose another.</source>
        <translation>The login name {login} is already used: choose another.</translation>
    </message>
    <message>
        <source>A display name of 1 to 100 characters is needed.</source>
        <translation>A display name of 1 to 100 characters is needed.</translation>
    </message>
    <message>
        <source>A badge code is up to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (no spaces).</source>
        <translation>A badge code is up to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (no spaces).</translation>
    </message>
    <message>
        <source>Badge {badge} already belongs to {login}.</source>
        <translation>Badge {badge} already belongs to {login}.</translation>
    </message>
    <message>
        <source>Unknown role {role}: choose packer, lead or admin.</source>
        <translation>Unknown role {role}: choose packer, lead or admin.</translation>
    </message>
    <message>
        <source>Unknown language {language}: choose ja or en.</source>
        <translation>Unknown language {language}: choose ja or en.</translation>
    </message>
    <message>
        <source>There is no user {login}.</source>
        <translation>There is no user {login}.</translation>
    </message>
    <message>
        <source>{login} is the last active admin: make another user an admin first.</source>
        <translation>{login} is the last active admin: make another user an admin first.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or take away your own admin role: another admin must do it.</source>
        <translation>You cannot deactivate yourself or take away your own admin role: another admin must do it.</translation>
    </message>
    <message>
        <source>No active user has a badge code: give the users badge codes first.</source>
        <translation>No active user has a badge code: give the users badge codes first.</translation>
    </message>
    <message>
        <source>Only an admin may manage users.</source>
        <translation>Only an admin may manage users.</translation>
    </message>
    <message>
        <source>cool packs and cool box</source>
        <translation>cool packs and cool box</translation>
    </message>
    <message>
        <source>noshi and gift wrapping</source>
        <translation>noshi and gift wrapping</translation>
    </message>
    <message>
        <source>enclosures put in the box</source>
        <translation>enclosures put in the box</translation>
    </message>
    <message>
        <source>Not complete yet: confirm {what} first (scan the code on the bench sheet or press its key).</source>
        <translation>Not complete yet: confirm {what} first (scan the code on the bench sheet or press its key).</translation>
    </message>
    <message>
        <source>Order {order_no} needs no confirmation of {what}: nothing was recorded.</source>
        <translation>Order {order_no} needs no confirmation of {what}: nothing was recorded.</translation>
    </message>
    <message>
        <source>Confirmed: {what}.</source>
        <translation>Confirmed: {what}.</translation>
    </message>
    <message>
        <source>No order is open: scan the order&apos;s pick list first, then confirm.</source>
        <translation>No order is open: scan the order&apos;s pick list first, then confirm.</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; names no item: write it as &apos;condition: item&apos;, e.g. first_order: flyer.</source>
        <translation>Rule &apos;{rule}&apos; names no item: write it as &apos;condition: item&apos;, e.g. first_order: flyer.</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos;: &apos;{condition}&apos; is not a condition; use one of {conditions}.</source>
        <translation>Rule &apos;{rule}&apos;: &apos;{condition}&apos; is not a condition; use one of {conditions}.</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos;: channel and sku need a value (channel=Rakuten: flyer), the other conditions none.</source>
        <translation>Rule &apos;{rule}&apos;: channel and sku need a value (channel=Rakuten: flyer), the other conditions none.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin may enter orders by hand.</source>
        <translation>Only a shift lead or an admin may enter orders by hand.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin may group orders into batches.</source>
        <translation>Only a shift lead or an admin may group orders into batches.</translation>
    </message>
    <message>
        <source>{value} orders in one batch is not possible</source>
        <translation>{value} orders in one batch is not possible</translation>
    </message>
    <message>
        <source>give a number from 1 to {high}</source>
        <translation>give a number from 1 to {high}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a filter</source>
        <translation>&apos;{value}&apos; is not a filter</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: the value cannot be read</source>
        <translation>&apos;{value}&apos;: the value cannot be read</translation>
    </message>
    <message>
        <source>use one of {filters}</source>
        <translation>use one of {filters}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the shop&apos;s carriers</source>
        <translation>&apos;{value}&apos; is not one of the shop&apos;s carriers</translation>
    </message>
    <message>
        <source>use one of {carriers}</source>
        <translation>use one of {carriers}</translation>
    </message>
    <message>
        <source>No open order matches: nothing was grouped into a batch.</source>
        <translation>No open order matches: nothing was grouped into a batch.</translation>
    </message>
    <message>
        <source>Batch {batch_no} does not exist.</source>
        <translation>Batch {batch_no} does not exist.</translation>
    </message>
    <message>
        <source>Batch {batch_no} is already sorted: every order has gone to packing.</source>
        <translation>Batch {batch_no} is already sorted: every order has gone to packing.</translation>
    </message>
    <message>
        <source>Batch {batch_no} is being sorted at {station}.</source>
        <translation>Batch {batch_no} is being sorted at {station}.</translation>
    </message>
    <message>
        <source>Batch {batch_no} cannot be sorted here: its order {order_no} is being packed at {station}. Ask the lead to release it on the floor view, then scan the batch again.</source>
        <translation>Batch {batch_no} cannot be sorted here: its order {order_no} is being packed at {station}. Ask the lead to release it on the floor view, then scan the batch again.</translation>
    </message>
    <message>
        <source>The server cannot be reached: batch {batch_no} can be sorted here once the connection is back. Orders this station already holds can be packed meanwhile.</source>
        <translation>The server cannot be reached: batch {batch_no} can be sorted here once the connection is back. Orders this station already holds can be packed meanwhile.</translation>
    </message>
    <message>
        <source>No batch is open: scan the batch list&apos;s barcode first.</source>
        <translation>No batch is open: scan the batch list&apos;s barcode first.</translation>
    </message>
    <message>
        <source>this postal code is not in Japan Post&apos;s postal code data</source>
        <translation>this postal code is not in Japan Post&apos;s postal code data</translation>
    </message>
    <message>
        <source>check the postal code against the address (data as of {version})</source>
        <translation>check the postal code against the address (data as of {version})</translation>
    </message>
    <message>
        <source>this postal code is in {found}, not in {prefecture}</source>
        <translation>this postal code is in {found}, not in {prefecture}</translation>
    </message>
    <message>
        <source>correct the postal code or the prefecture: the code is for {address}</source>
        <translation>correct the postal code or the prefecture: the code is for {address}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a weekday, 祝 or a date</source>
        <translation>&apos;{value}&apos; is not a weekday, 祝 or a date</translation>
    </message>
    <message>
        <source>every weekday is closed: nothing would ever ship</source>
        <translation>every weekday is closed: nothing would ever ship</translation>
    </message>
    <message>
        <source>weekdays, 祝 for public holidays, MM-DD every year or YYYY-MM-DD, e.g. 土,日,祝,12-31,01-01</source>
        <translation>weekdays, 祝 for public holidays, MM-DD every year or YYYY-MM-DD, e.g. 土,日,祝,12-31,01-01</translation>
    </message>
    <message>
        <source>seven cutoffs are needed, Monday to Sunday ({found} given)</source>
        <translation>seven cutoffs are needed, Monday to Sunday ({found} given)</translation>
    </message>
    <message>
        <source>cutoff for {weekday} is not a time: &apos;{value}&apos;</source>
        <translation>cutoff for {weekday} is not a time: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>write HH:MM per weekday, Monday first, comma-separated; leave a day empty when nothing ships (e.g. 14:00,14:00,14:00,14:00,14:00,,)</source>
        <translation>write HH:MM per weekday, Monday first, comma-separated; leave a day empty when nothing ships (e.g. 14:00,14:00,14:00,14:00,14:00,,)</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can see the dashboard and its reports.</source>
        <translation>Only a shift lead or an admin can see the dashboard and its reports.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day</source>
        <translation>&apos;{value}&apos; is not a time of day</translation>
    </message>
    <message>
        <source>write the time as HH:MM, e.g. 18:00</source>
        <translation>write the time as HH:MM, e.g. 18:00</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>write the date as YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>MisShipmentDialog</name>
    <message>
        <source>Report a mis-shipment</source>
        <translation>Report a mis-shipment</translation>
    </message>
    <message>
        <source>&amp;Order no.</source>
        <translation>&amp;Order no.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Scan the 納品書 or type the order no.</source>
        <translation>Scan the 納品書 or type the order no.</translation>
    </message>
    <message>
        <source>What the customer or carrier reported</source>
        <translation>What the customer or carrier reported</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>NewPinStep</name>
    <message>
        <source>%1: your PIN is a demo or temporary PIN. Choose your own PIN (%2 to %3 digits) and type it twice. Esc goes back.</source>
        <translation>%1: your PIN is a demo or temporary PIN. Choose your own PIN (%2 to %3 digits) and type it twice. Esc goes back.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>Save the new PIN and start (Enter)</source>
        <translation>Save the new PIN and start (Enter)</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Cool</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>COD ¥%1</source>
        <translation>COD ¥%1</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>OrderEntry</name>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Cool</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>COD amount (yen)</source>
        <translation>COD amount (yen)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Chilled (冷蔵)</source>
        <translation>Chilled (冷蔵)</translation>
    </message>
    <message>
        <source>Frozen (冷凍)</source>
        <translation>Frozen (冷凍)</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <source>Phone / FAX order</source>
        <translation>Phone / FAX order</translation>
    </message>
    <message>
        <source>Gift (prices hidden on the 納品書)</source>
        <translation>Gift (prices hidden on the 納品書)</translation>
    </message>
    <message>
        <source>Code, JAN or part of the name, then Enter</source>
        <translation>Code, JAN or part of the name, then Enter</translation>
    </message>
    <message>
        <source>e.g. 2026-12-24</source>
        <translation>e.g. 2026-12-24</translation>
    </message>
    <message>
        <source>e.g. 100-0001</source>
        <translation>e.g. 100-0001</translation>
    </message>
    <message>
        <source>Add line (Enter)</source>
        <translation>Add line (Enter)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Save order (Ctrl+S)</source>
        <translation>Save order (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>No product matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n products match: type more of the code or name.</source>
        <translation>
            <numerusform>%n products match: type more of the code or name.</numerusform>
            <numerusform>%n products match: type more of the code or name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>Line %1, %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <source>Orders packed %1</source>
        <translation>Orders packed %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) packed</source>
        <translation>
            <numerusform>%n order(s) packed</numerusform>
            <numerusform>%n order(s) packed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Search: order no., customer name or SKU (Ctrl+F)</source>
        <translation>Search: order no., customer name or SKU (Ctrl+F)</translation>
    </message>
    <message>
        <source>To do (open, packing, on hold)</source>
        <translation>To do (open, packing, on hold)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open detail (Enter)</source>
        <translation>Open detail (Enter)</translation>
    </message>
    <message>
        <source>Import CSV… (Ctrl+I)</source>
        <translation>Import CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Carrier CSV… (Ctrl+E)</source>
        <translation>Carrier CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Tracking numbers… (Ctrl+T)</source>
        <translation>Tracking numbers… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Print pick lists (Ctrl+Shift+L)</source>
        <translation>Print pick lists (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Phone / FAX order… (Ctrl+Shift+N)</source>
        <translation>Phone / FAX order… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New batch… (Ctrl+Shift+G)</source>
        <translation>New batch… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>The selected orders&apos; pick lists, lines in shelf order, on the 納品書 printer (Shift+arrows or Ctrl+A select several)</source>
        <translation>The selected orders&apos; pick lists, lines in shelf order, on the 納品書 printer (Shift+arrows or Ctrl+A select several)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order(s)</numerusform>
            <numerusform>%n order(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Lead approval</source>
        <translation>Lead approval</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Lead&apos;s badge</source>
        <translation>Lead&apos;s badge</translation>
    </message>
    <message>
        <source>Lead&apos;s PIN</source>
        <translation>Lead&apos;s PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>Ship short (items missing)</source>
        <translation>Ship short (items missing)</translation>
    </message>
    <message>
        <source>Change a line&apos;s quantity</source>
        <translation>Change a line&apos;s quantity</translation>
    </message>
    <message>
        <source>Skip the label check</source>
        <translation>Skip the label check</translation>
    </message>
    <message>
        <source>Out of stock (欠品)</source>
        <translation>Out of stock (欠品)</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>Customer&apos;s request</translation>
    </message>
    <message>
        <source>Order data is wrong</source>
        <translation>Order data is wrong</translation>
    </message>
    <message>
        <source>Other (write a comment)</source>
        <translation>Other (write a comment)</translation>
    </message>
</context>
<context>
    <name>PackColumns</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>PackerScreen</name>
    <message>
        <source>Use this box (F4)</source>
        <translation>Use this box (F4)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Key count (F6)</source>
        <translation>Key count (F6)</translation>
    </message>
    <message>
        <source>Other box… (F7)</source>
        <translation>Other box… (F7)</translation>
    </message>
    <message>
        <source>Hold (F8)</source>
        <translation>Hold (F8)</translation>
    </message>
    <message>
        <source>Lead override (F9)</source>
        <translation>Lead override (F9)</translation>
    </message>
    <message>
        <source>Complete (F10)</source>
        <translation>Complete (F10)</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>Scan here</translation>
    </message>
    <message>
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>Scan the pick list or 納品書 barcode</translation>
    </message>
    <message>
        <source>Sound is not working on this PC: watch the colours</source>
        <translation>Sound is not working on this PC: watch the colours</translation>
    </message>
    <message>
        <source>In your hand</source>
        <translation>In your hand</translation>
    </message>
    <message>
        <source>This order needs</source>
        <translation>This order needs</translation>
    </message>
    <message>
        <source>Choosing the box and carrier…</source>
        <translation>Choosing the box and carrier…</translation>
    </message>
    <message>
        <source>⚠ Size or weight not registered for: %1. The box can&apos;t be chosen; ask the admin to register them.</source>
        <translation>⚠ Size or weight not registered for: %1. The box can&apos;t be chosen; ask the admin to register them.</translation>
    </message>
    <message>
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ No box or service fits: %1</translation>
    </message>
    <message>
        <source>Other box</source>
        <translation>Other box</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Why not the cheapest?</source>
        <translation>Why not the cheapest?</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>No order open</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>F8: put %1 on hold and open %2</source>
        <translation>F8: put %1 on hold and open %2</translation>
    </message>
    <message>
        <source>Next: scan the next item (%1 left)</source>
        <translation>Next: scan the next item (%1 left)</translation>
    </message>
    <message>
        <source>Next: confirm %1</source>
        <translation>Next: confirm %1</translation>
    </message>
    <message>
        <source>Next: complete the order (F10)</source>
        <translation>Next: complete the order (F10)</translation>
    </message>
    <message>
        <source>Next: scan the carrier label, or the next order</source>
        <translation>Next: scan the carrier label, or the next order</translation>
    </message>
    <message>
        <source>Next: scan the order barcode</source>
        <translation>Next: scan the order barcode</translation>
    </message>
    <message>
        <source>%1 for %2 NOT printed</source>
        <translation>%1 for %2 NOT printed</translation>
    </message>
    <message>
        <source>F1: retry   Shift+F1: cancel</source>
        <translation>F1: retry   Shift+F1: cancel</translation>
    </message>
    <message>
        <source>Label printed: stick it on and scan its barcode</source>
        <translation>Label printed: stick it on and scan its barcode</translation>
    </message>
    <message>
        <source>Label printed: stick it on, then scan the next order</source>
        <translation>Label printed: stick it on, then scan the next order</translation>
    </message>
    <message>
        <source>Key count</source>
        <translation>Key count</translation>
    </message>
    <message>
        <source>Scan the item</source>
        <translation>Scan the item</translation>
    </message>
    <message>
        <source>How many units?</source>
        <translation>How many units?</translation>
    </message>
    <message>
        <source>Switched to order %1</source>
        <translation>Switched to order %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Reason for the hold</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PickListPrinter</name>
    <message numerus="yes">
        <source>%n pick list(s) did not print (%1): %2</source>
        <translation>
            <numerusform>%n pick list(s) did not print (%1): %2</numerusform>
            <numerusform>%n pick list(s) did not print (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s) printing…</source>
        <translation>
            <numerusform>%n pick list(s) printing…</numerusform>
            <numerusform>%n pick list(s) printing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s) printed</source>
        <translation>
            <numerusform>%n pick list(s) printed</numerusform>
            <numerusform>%n pick list(s) printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintKinds</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>納品書</source>
        <translation>納品書</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Pick list</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Retry print (F1)</source>
        <translation>Retry print (F1)</translation>
    </message>
    <message>
        <source>Cancel print (Shift+F1)</source>
        <translation>Cancel print (Shift+F1)</translation>
    </message>
    <message>
        <source>Print / reprint (Ctrl+P)</source>
        <translation>Print / reprint (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel print</source>
        <translation>Cancel print</translation>
    </message>
    <message>
        <source>Cancel the %1 of %2? Why (e.g. written by hand)?</source>
        <translation>Cancel the %1 of %2? Why (e.g. written by hand)?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print for %1:</source>
        <translation>Print for %1:</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>%1 for %2 was already printed. Why is a reprint needed?</source>
        <translation>%1 for %2 was already printed. Why is a reprint needed?</translation>
    </message>
    <message>
        <source>%1 for %2 NOT printed</source>
        <translation>%1 for %2 NOT printed</translation>
    </message>
    <message>
        <source>  (+%1 more waiting)</source>
        <translation>  (+%1 more waiting)</translation>
    </message>
    <message>
        <source>Printing: %1 for %2 on %3…</source>
        <translation>Printing: %1 for %2 on %3…</translation>
    </message>
</context>
<context>
    <name>PrintersDialog</name>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Address / queue</source>
        <translation>Address / queue</translation>
    </message>
    <message>
        <source>Paper / label stock</source>
        <translation>Paper / label stock</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>ZPL: printer has a Kanji font</source>
        <translation>ZPL: printer has a Kanji font</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <source>納品書 printer</source>
        <translation>納品書 printer</translation>
    </message>
    <message>
        <source>Print label and 納品書 when an order completes</source>
        <translation>Print label and 納品書 when an order completes</translation>
    </message>
    <message>
        <source>This station: %1</source>
        <translation>This station: %1</translation>
    </message>
    <message>
        <source>New printer (Ctrl+N)</source>
        <translation>New printer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Check (Ctrl+T)</source>
        <translation>Check (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save printer (Ctrl+S)</source>
        <translation>Save printer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save station (Ctrl+Shift+S)</source>
        <translation>Save station (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Print the bench sheet (Ctrl+B)</source>
        <translation>Print the bench sheet (Ctrl+B)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.50:9100</source>
        <translation>e.g. 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>(not in use)</source>
        <translation>(not in use)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Station printers saved</source>
        <translation>Station printers saved</translation>
    </message>
    <message>
        <source>Printing the bench sheet…</source>
        <translation>Printing the bench sheet…</translation>
    </message>
    <message>
        <source>Save the printer first, then check it.</source>
        <translation>Save the printer first, then check it.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 is ready</translation>
    </message>
</context>
<context>
    <name>ProductColumns</name>
    <message>
        <source>⚠ missing</source>
        <translation>⚠ missing</translation>
    </message>
    <message>
        <source>Size / weight</source>
        <translation>Size / weight</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>L × W × H (mm)</source>
        <translation>L × W × H (mm)</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>This side up</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Only products missing size or weight</source>
        <translation>Only products missing size or weight</translation>
    </message>
    <message>
        <source>SKU or name (Ctrl+F)</source>
        <translation>SKU or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>Length (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>Height (mm)</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Location (棚番)</source>
        <translation>Location (棚番)</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>This side up</source>
        <translation>This side up</translation>
    </message>
    <message>
        <source>e.g. A-01-03 (empty: not shelved)</source>
        <translation>e.g. A-01-03 (empty: not shelved)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>%1 product(s) to measure</source>
        <translation>%1 product(s) to measure</translation>
    </message>
    <message>
        <source>%1 products, %2 missing size or weight</source>
        <translation>%1 products, %2 missing size or weight</translation>
    </message>
    <message>
        <source>%1 saved: %2 mm, %3 g.</source>
        <translation>%1 saved: %2 mm, %3 g.</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <source>%1 size</source>
        <translation>%1 size</translation>
    </message>
    <message>
        <source>nationwide rate</source>
        <translation>nationwide rate</translation>
    </message>
    <message>
        <source>Use: %1 — ¥%2</source>
        <translation>Use: %1 — ¥%2</translation>
    </message>
    <message>
        <source>   or %1 — ¥%2 (+¥%3)</source>
        <translation>   or %1 — ¥%2 (+¥%3)</translation>
    </message>
    <message>
        <source>Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and service that fits.</source>
        <translation>Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and service that fits.</translation>
    </message>
    <message>
        <source>Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single box does it for less.</source>
        <translation>Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single box does it for less.</translation>
    </message>
</context>
<context>
    <name>RateTables</name>
    <message>
        <source>in force now</source>
        <translation>in force now</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>past</source>
        <translation>past</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Rate table from</source>
        <translation>Rate table from</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS (cp932)</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Export CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import CSV… (Ctrl+O)</source>
        <translation>Import CSV… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Rates in yen by destination. (Grey) = no price of its own: the default row&apos;s price applies.</source>
        <translation>Rates in yen by destination. (Grey) = no price of its own: the default row&apos;s price applies.</translation>
    </message>
    <message>
        <source>A rate CSV has a header row of size classes and one row per prefecture or region (関東, 南東北…). A refused file changes nothing; its problems are listed here by row and column.</source>
        <translation>A rate CSV has a header row of size classes and one row per prefecture or region (関東, 南東北…). A refused file changes nothing; its problems are listed here by row and column.</translation>
    </message>
    <message>
        <source>The column 適用開始日 (YYYY-MM-DD) is the day a table applies from: import next year&apos;s table in advance and each shipment is priced with the table in force on its ship date.</source>
        <translation>The column 適用開始日 (YYYY-MM-DD) is the day a table applies from: import next year&apos;s table in advance and each shipment is priced with the table in force on its ship date.</translation>
    </message>
    <message>
        <source>In force now: table from %1.</source>
        <translation>In force now: table from %1.</translation>
    </message>
    <message>
        <source>No table is in force yet.</source>
        <translation>No table is in force yet.</translation>
    </message>
    <message>
        <source>Upcoming: %1.</source>
        <translation>Upcoming: %1.</translation>
    </message>
    <message>
        <source>Sum of sides ≤ mm</source>
        <translation>Sum of sides ≤ mm</translation>
    </message>
    <message>
        <source>Longest side ≤ mm</source>
        <translation>Longest side ≤ mm</translation>
    </message>
    <message>
        <source>Thickness ≤ mm</source>
        <translation>Thickness ≤ mm</translation>
    </message>
    <message>
        <source>Weight ≤ g</source>
        <translation>Weight ≤ g</translation>
    </message>
    <message>
        <source>Default (all)</source>
        <translation>Default (all)</translation>
    </message>
    <message>
        <source>Export rates CSV</source>
        <translation>Export rates CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported the rates of %1 to %2 (%3).</source>
        <translation>Exported the rates of %1 to %2 (%3).</translation>
    </message>
    <message>
        <source>Import rates CSV</source>
        <translation>Import rates CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Rates of %1 from %6 replaced from %2 rows (%3): %4 prices, %5 changed.</source>
        <translation>Rates of %1 from %6 replaced from %2 rows (%3): %4 prices, %5 changed.</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these %1 problem(s) in %2 and import it again:</source>
        <translation>Nothing was changed. Fix these %1 problem(s) in %2 and import it again:</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <source>Too many</source>
        <translation>Too many</translation>
    </message>
    <message>
        <source>Short at completion</source>
        <translation>Short at completion</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Unknown barcode</translation>
    </message>
    <message>
        <source>Misread (check digit)</source>
        <translation>Misread (check digit)</translation>
    </message>
    <message>
        <source>Serial scanned twice</source>
        <translation>Serial scanned twice</translation>
    </message>
    <message>
        <source>Serial not scanned</source>
        <translation>Serial not scanned</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>No order open</translation>
    </message>
    <message>
        <source>Wrong carrier label</source>
        <translation>Wrong carrier label</translation>
    </message>
    <message>
        <source>Typed code refused</source>
        <translation>Typed code refused</translation>
    </message>
    <message>
        <source>Wrong item shipped</source>
        <translation>Wrong item shipped</translation>
    </message>
    <message>
        <source>Wrong quantity shipped</source>
        <translation>Wrong quantity shipped</translation>
    </message>
    <message>
        <source>Item or order not shipped</source>
        <translation>Item or order not shipped</translation>
    </message>
    <message>
        <source>Labels swapped (wrong address)</source>
        <translation>Labels swapped (wrong address)</translation>
    </message>
    <message>
        <source>Another customer&apos;s slip in the box</source>
        <translation>Another customer&apos;s slip in the box</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Damaged in transit</translation>
    </message>
</context>
<context>
    <name>ReviewColumns</name>
    <message>
        <source>Stopped at the station</source>
        <translation>Stopped at the station</translation>
    </message>
    <message>
        <source>Time (JST)</source>
        <translation>Time (JST)</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>What was scanned</source>
        <translation>What was scanned</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Scanned instead</source>
        <translation>Scanned instead</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>Orders packed</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Hours worked</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>Orders / hour</translation>
    </message>
    <message>
        <source>Units / hour</source>
        <translation>Units / hour</translation>
    </message>
    <message>
        <source>Refused scans</source>
        <translation>Refused scans</translation>
    </message>
    <message>
        <source>Mis-shipments</source>
        <translation>Mis-shipments</translation>
    </message>
    <message>
        <source>Mis-ship rate (ppm)</source>
        <translation>Mis-ship rate (ppm)</translation>
    </message>
    <message>
        <source>Reported (JST)</source>
        <translation>Reported (JST)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Packed by</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Every packer</source>
        <translation>Every packer</translation>
    </message>
    <message>
        <source>Packer (Ctrl+P)</source>
        <translation>Packer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Every reason</translation>
    </message>
    <message>
        <source>SKU (Ctrl+F)</source>
        <translation>SKU (Ctrl+F)</translation>
    </message>
    <message>
        <source>A SKU or its beginning: TEE-RED finds every red tee</source>
        <translation>A SKU or its beginning: TEE-RED finds every red tee</translation>
    </message>
    <message>
        <source>Not reviewed only</source>
        <translation>Not reviewed only</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Bench sheet (Ctrl+Shift+A)</source>
        <translation>Bench sheet (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Mis-picks (Ctrl+1)</source>
        <translation>Mis-picks (Ctrl+1)</translation>
    </message>
    <message>
        <source>Productivity and mis-shipments (Ctrl+2)</source>
        <translation>Productivity and mis-shipments (Ctrl+2)</translation>
    </message>
    <message>
        <source>Look-alike pairs: expected → scanned instead</source>
        <translation>Look-alike pairs: expected → scanned instead</translation>
    </message>
    <message>
        <source>Refused scans per packer and hour (JST)</source>
        <translation>Refused scans per packer and hour (JST)</translation>
    </message>
    <message>
        <source>Comment for the selected records</source>
        <translation>Comment for the selected records</translation>
    </message>
    <message>
        <source>Mark reviewed (Ctrl+Enter)</source>
        <translation>Mark reviewed (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Export CSV… (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record(s)</numerusform>
            <numerusform>%n record(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reviewed</source>
        <translation>
            <numerusform>%n not reviewed</numerusform>
            <numerusform>%n not reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the newest %n are shown; the CSV export has all</source>
        <translation>
            <numerusform>only the newest %n are shown; the CSV export has all</numerusform>
            <numerusform>only the newest %n are shown; the CSV export has all</numerusform>
        </translation>
    </message>
    <message>
        <source>this station&apos;s scans only: every station&apos;s are on the admin PC (central database)</source>
        <translation>this station&apos;s scans only: every station&apos;s are on the admin PC (central database)</translation>
    </message>
    <message>
        <source>Select the records first (Shift/Ctrl + arrows).</source>
        <translation>Select the records first (Shift/Ctrl + arrows).</translation>
    </message>
    <message>
        <source>Export mis-picks as CSV</source>
        <translation>Export mis-picks as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n record(s) written to %1</numerusform>
            <numerusform>%n record(s) written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cp932 cannot hold were replaced</source>
        <translation>
            <numerusform>%n character(s) cp932 cannot hold were replaced</numerusform>
            <numerusform>%n character(s) cp932 cannot hold were replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleSettingsDialog</name>
    <message>
        <source>Scale settings</source>
        <translation>Scale settings</translation>
    </message>
    <message>
        <source>No scale</source>
        <translation>No scale</translation>
    </message>
    <message>
        <source>Serial scale (MT-SICS)</source>
        <translation>Serial scale (MT-SICS)</translation>
    </message>
    <message>
        <source>USB scale (HID)</source>
        <translation>USB scale (HID)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Port (USB scale: empty = the first found)</source>
        <translation>Port (USB scale: empty = the first found)</translation>
    </message>
    <message>
        <source>Speed (baud)</source>
        <translation>Speed (baud)</translation>
    </message>
    <message>
        <source>Tolerance: percent of the expected weight</source>
        <translation>Tolerance: percent of the expected weight</translation>
    </message>
    <message>
        <source>Tolerance: at least (g)</source>
        <translation>Tolerance: at least (g)</translation>
    </message>
    <message>
        <source>Test the scale</source>
        <translation>Test the scale</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Reading the scale…</translation>
    </message>
    <message>
        <source>The scale answers: %1 g</source>
        <translation>The scale answers: %1 g</translation>
    </message>
</context>
<context>
    <name>ServiceColumns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>Delivery time slots</source>
        <translation>Delivery time slots</translation>
    </message>
    <message>
        <source>Only these boxes</source>
        <translation>Only these boxes</translation>
    </message>
    <message>
        <source>Size classes (limits; empty = no limit)</source>
        <translation>Size classes (limits; empty = no limit)</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>Surcharges</translation>
    </message>
    <message>
        <source>e.g. 午前中, 14-16, 16-18, 18-20, 19-21</source>
        <translation>e.g. 午前中, 14-16, 16-18, 18-20, 19-21</translation>
    </message>
    <message>
        <source>box codes, e.g. COMPACT (empty = any box)</source>
        <translation>box codes, e.g. COMPACT (empty = any box)</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Add class</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>Remove class</translation>
    </message>
    <message>
        <source>Add surcharge</source>
        <translation>Add surcharge</translation>
    </message>
    <message>
        <source>Remove surcharge</source>
        <translation>Remove surcharge</translation>
    </message>
    <message>
        <source>New service (Ctrl+N)</source>
        <translation>New service (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Thin (letterbox) service</source>
        <translation>Thin (letterbox) service</translation>
    </message>
    <message>
        <source>Envelopes only</source>
        <translation>Envelopes only</translation>
    </message>
    <message>
        <source>Cool (クール) parcels</source>
        <translation>Cool (クール) parcels</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <source>Delivery date can be chosen</source>
        <translation>Delivery date can be chosen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Sum of sides ≤ mm</source>
        <translation>Sum of sides ≤ mm</translation>
    </message>
    <message>
        <source>Longest side ≤ mm</source>
        <translation>Longest side ≤ mm</translation>
    </message>
    <message>
        <source>Thickness ≤ mm</source>
        <translation>Thickness ≤ mm</translation>
    </message>
    <message>
        <source>Weight ≤ g</source>
        <translation>Weight ≤ g</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size class / prefecture</source>
        <translation>Size class / prefecture</translation>
    </message>
    <message>
        <source>COD amount up to ¥</source>
        <translation>COD amount up to ¥</translation>
    </message>
    <message>
        <source>Fee ¥</source>
        <translation>Fee ¥</translation>
    </message>
    <message>
        <source>Size classes</source>
        <translation>Size classes</translation>
    </message>
    <message>
        <source>⚠ No prices yet for size class %1: it is never proposed until its rates are imported (Rate tables, Alt+4).</source>
        <translation>⚠ No prices yet for size class %1: it is never proposed until its rates are imported (Rate tables, Alt+4).</translation>
    </message>
    <message>
        <source>Service %1 added.</source>
        <translation>Service %1 added.</translation>
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation>Service %1 saved.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>first_order: first-order flyer; channel=Rakuten: thank-you card</source>
        <translation>first_order: first-order flyer; channel=Rakuten: thank-you card</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Lock the station after idle minutes</source>
        <translation>Lock the station after idle minutes</translation>
    </message>
    <message>
        <source>Wrong PINs before a user is locked</source>
        <translation>Wrong PINs before a user is locked</translation>
    </message>
    <message>
        <source>Minutes a locked user waits</source>
        <translation>Minutes a locked user waits</translation>
    </message>
    <message>
        <source>Allow hand-typed item codes</source>
        <translation>Allow hand-typed item codes</translation>
    </message>
    <message>
        <source>Character the scanner sends for GS (FNC1)</source>
        <translation>Character the scanner sends for GS (FNC1)</translation>
    </message>
    <message>
        <source>Sound volume (%)</source>
        <translation>Sound volume (%)</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Mute sounds</translation>
    </message>
    <message>
        <source>Station language</source>
        <translation>Station language</translation>
    </message>
    <message>
        <source>Days customer addresses are kept after shipping</source>
        <translation>Days customer addresses are kept after shipping</translation>
    </message>
    <message>
        <source>Camera for scanning (number or device)</source>
        <translation>Camera for scanning (number or device)</translation>
    </message>
    <message>
        <source>Record an evidence video of each order&apos;s packing</source>
        <translation>Record an evidence video of each order&apos;s packing</translation>
    </message>
    <message>
        <source>Days evidence videos are kept</source>
        <translation>Days evidence videos are kept</translation>
    </message>
    <message>
        <source>Enclosures by rule (condition: item; …)</source>
        <translation>Enclosures by rule (condition: item; …)</translation>
    </message>
    <message>
        <source>Days the shop does not ship (土,日,祝, MM-DD, YYYY-MM-DD)</source>
        <translation>Days the shop does not ship (土,日,祝, MM-DD, YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Most orders in one batch (slots of the sorting rack)</source>
        <translation>Most orders in one batch (slots of the sorting rack)</translation>
    </message>
    <message>
        <source>Product pictures on pick lists</source>
        <translation>Product pictures on pick lists</translation>
    </message>
    <message>
        <source>Invoice registration number (T and 13 digits)</source>
        <translation>Invoice registration number (T and 13 digits)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SortScreen</name>
    <message>
        <source>Scan here</source>
        <translation>Scan here</translation>
    </message>
    <message>
        <source>Scan each unit and put it into the slot shown. Enter: pack the order whose slot is full. F2: packing. Scan another batch&apos;s list to switch.</source>
        <translation>Scan each unit and put it into the slot shown. Enter: pack the order whose slot is full. F2: packing. Scan another batch&apos;s list to switch.</translation>
    </message>
    <message>
        <source>End with missing items (F8)</source>
        <translation>End with missing items (F8)</translation>
    </message>
    <message>
        <source>End the sort</source>
        <translation>End the sort</translation>
    </message>
    <message>
        <source>End batch %1 now? %2 order(s) are not complete: those with part of their items in the slot go on hold with what is missing, the others back to the open orders.</source>
        <translation>End batch %1 now? %2 order(s) are not complete: those with part of their items in the slot go on hold with what is missing, the others back to the open orders.</translation>
    </message>
    <message>
        <source>Slot %1 (%2): missing %3</source>
        <translation>Slot %1 (%2): missing %3</translation>
    </message>
    <message>
        <source> → on hold</source>
        <translation> → on hold</translation>
    </message>
    <message>
        <source> → back to open orders</source>
        <translation> → back to open orders</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 ended: %n order(s) short</source>
        <translation>
            <numerusform>Batch %1 ended: %n order(s) short</numerusform>
            <numerusform>Batch %1 ended: %n order(s) short</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 ended: every slot complete</source>
        <translation>Batch %1 ended: every slot complete</translation>
    </message>
    <message>
        <source>Batch %1 open: scan the units</source>
        <translation>Batch %1 open: scan the units</translation>
    </message>
    <message>
        <source>Slot %1 complete (%2): Enter packs it</source>
        <translation>Slot %1 complete (%2): Enter packs it</translation>
    </message>
    <message>
        <source>Into slot %1</source>
        <translation>Into slot %1</translation>
    </message>
    <message>
        <source>TOO MANY: no order of the batch needs more of this. Put it back.</source>
        <translation>TOO MANY: no order of the batch needs more of this. Put it back.</translation>
    </message>
    <message>
        <source>WRONG ITEM: not in this batch. Put it back.</source>
        <translation>WRONG ITEM: not in this batch. Put it back.</translation>
    </message>
    <message>
        <source>Sorting: scan a batch pick list</source>
        <translation>Sorting: scan a batch pick list</translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 slots complete</source>
        <translation>Batch %1: %2 of %3 slots complete</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>slot</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>SurchargeKinds</name>
    <message>
        <source>Cool (chilled)</source>
        <translation>Cool (chilled)</translation>
    </message>
    <message>
        <source>Cool (frozen)</source>
        <translation>Cool (frozen)</translation>
    </message>
    <message>
        <source>COD fee</source>
        <translation>COD fee</translation>
    </message>
    <message>
        <source>COD flat fee (every amount)</source>
        <translation>COD flat fee (every amount)</translation>
    </message>
    <message>
        <source>Island relay fee</source>
        <translation>Island relay fee</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>unsent: %1</source>
        <translation>unsent: %1</translation>
    </message>
    <message>
        <source>⚠ Sync stalled: call the lead</source>
        <translation>⚠ Sync stalled: call the lead</translation>
    </message>
    <message>
        <source>● Offline: packing goes on</source>
        <translation>● Offline: packing goes on</translation>
    </message>
    <message>
        <source>● Server connected</source>
        <translation>● Server connected</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>last sync: %1</translation>
    </message>
    <message>
        <source>moved to another station: %1</source>
        <translation>moved to another station: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message>
        <source>Import tracking numbers</source>
        <translation>Import tracking numbers</translation>
    </message>
    <message>
        <source>Issued-data CSV</source>
        <translation>Issued-data CSV</translation>
    </message>
    <message>
        <source>Check and import (Enter)</source>
        <translation>Check and import (Enter)</translation>
    </message>
    <message>
        <source>The CSV the carrier software exports after printing the labels</source>
        <translation>The CSV the carrier software exports after printing the labels</translation>
    </message>
    <message>
        <source>Choose the issued-data CSV</source>
        <translation>Choose the issued-data CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Choose the CSV file first.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>%1 orders shipped with their tracking numbers; %2 already had them.</source>
        <translation>%1 orders shipped with their tracking numbers; %2 already had them.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation>
            <numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform>
            <numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>per 1,000 units</source>
        <translation>per 1,000 units</translation>
    </message>
</context>
<context>
    <name>UserColumns</name>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Locked: %1 more min</source>
        <translation>Locked: %1 more min</translation>
    </message>
    <message>
        <source>New PIN at next login</source>
        <translation>New PIN at next login</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Name (screen and badge)</source>
        <translation>Name (screen and badge)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Badge code</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>First PIN</source>
        <translation>First PIN</translation>
    </message>
    <message>
        <source>日本語</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Temporary PIN (4–12 digits)</source>
        <translation>Temporary PIN (4–12 digits)</translation>
    </message>
    <message>
        <source>e.g. BADGE-0003 (may be empty)</source>
        <translation>e.g. BADGE-0003 (may be empty)</translation>
    </message>
    <message>
        <source>Change role (Ctrl+R)</source>
        <translation>Change role (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reset PIN (Ctrl+P)</source>
        <translation>Reset PIN (Ctrl+P)</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U)</source>
        <translation>Unlock (Ctrl+U)</translation>
    </message>
    <message>
        <source>Clear (Ctrl+N)</source>
        <translation>Clear (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add user (Ctrl+S)</source>
        <translation>Add user (Ctrl+S)</translation>
    </message>
    <message>
        <source>Badge cards PDF (Ctrl+B)</source>
        <translation>Badge cards PDF (Ctrl+B)</translation>
    </message>
    <message>
        <source>New user: chooses their own PIN at the first login</source>
        <translation>New user: chooses their own PIN at the first login</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>Reactivate (Ctrl+D)</source>
        <translation>Reactivate (Ctrl+D)</translation>
    </message>
    <message>
        <source>Deactivate (Ctrl+D)</source>
        <translation>Deactivate (Ctrl+D)</translation>
    </message>
    <message>
        <source>%1: role changed.</source>
        <translation>%1: role changed.</translation>
    </message>
    <message>
        <source>%1: PIN reset. A new PIN is asked at the next login.</source>
        <translation>%1: PIN reset. A new PIN is asked at the next login.</translation>
    </message>
    <message>
        <source>%1: unlocked.</source>
        <translation>%1: unlocked.</translation>
    </message>
    <message>
        <source>%1: active again.</source>
        <translation>%1: active again.</translation>
    </message>
    <message>
        <source>%1: deactivated. The name stays in the history.</source>
        <translation>%1: deactivated. The name stays in the history.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>Badge cards</source>
        <translation>Badge cards</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Badge cards saved: %1</source>
        <translation>Badge cards saved: %1</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Order opened: scan the items</source>
        <translation>Order opened: scan the items</translation>
    </message>
    <message>
        <source>Unknown order number</source>
        <translation>Unknown order number</translation>
    </message>
    <message>
        <source>Already packed: do not ship it again</source>
        <translation>Already packed: do not ship it again</translation>
    </message>
    <message>
        <source>Another station is packing this order</source>
        <translation>Another station is packing this order</translation>
    </message>
    <message>
        <source>Server unreachable: only orders already at this station can be opened</source>
        <translation>Server unreachable: only orders already at this station can be opened</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WRONG ITEM: not on this order. Put it back.</source>
        <translation>WRONG ITEM: not on this order. Put it back.</translation>
    </message>
    <message>
        <source>Unknown barcode: no product has it</source>
        <translation>Unknown barcode: no product has it</translation>
    </message>
    <message>
        <source>Misread barcode: scan it again</source>
        <translation>Misread barcode: scan it again</translation>
    </message>
    <message>
        <source>TOO MANY: this line is already complete</source>
        <translation>TOO MANY: this line is already complete</translation>
    </message>
    <message>
        <source>Serial number already scanned</source>
        <translation>Serial number already scanned</translation>
    </message>
    <message>
        <source>Scan the serial number barcode</source>
        <translation>Scan the serial number barcode</translation>
    </message>
    <message>
        <source>Scan the barcode: typing is not allowed</source>
        <translation>Scan the barcode: typing is not allowed</translation>
    </message>
    <message>
        <source>EXPIRED: do not ship this unit</source>
        <translation>EXPIRED: do not ship this unit</translation>
    </message>
    <message>
        <source>Scan the order barcode first</source>
        <translation>Scan the order barcode first</translation>
    </message>
    <message>
        <source>Order complete: pack and close the box</source>
        <translation>Order complete: pack and close the box</translation>
    </message>
    <message>
        <source>Items missing: the order cannot be completed</source>
        <translation>Items missing: the order cannot be completed</translation>
    </message>
    <message>
        <source>Label OK: next order</source>
        <translation>Label OK: next order</translation>
    </message>
    <message>
        <source>WRONG LABEL: this label is another order&apos;s</source>
        <translation>WRONG LABEL: this label is another order&apos;s</translation>
    </message>
    <message>
        <source>Last scan undone: take the unit out</source>
        <translation>Last scan undone: take the unit out</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>Order put on hold</source>
        <translation>Order put on hold</translation>
    </message>
    <message>
        <source>Approved by the lead</source>
        <translation>Approved by the lead</translation>
    </message>
    <message>
        <source>This order is already open: scan its items</source>
        <translation>This order is already open: scan its items</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>This order needs no such confirmation</source>
        <translation>This order needs no such confirmation</translation>
    </message>
    <message>
        <source>Not complete yet: confirm the handling first</source>
        <translation>Not complete yet: confirm the handling first</translation>
    </message>
    <message>
        <source>Another order&apos;s pick list: F8 holds this order and opens that one</source>
        <translation>Another order&apos;s pick list: F8 holds this order and opens that one</translation>
    </message>
    <message>
        <source>OK: %1  (%2 left on the order)</source>
        <translation>OK: %1  (%2 left on the order)</translation>
    </message>
    <message>
        <source>Order %1 scanned.
F8: put %2 on hold and open %1</source>
        <translation>Order %1 scanned.
F8: put %2 on hold and open %1</translation>
    </message>
    <message>
        <source>In your hand: %1</source>
        <translation>In your hand: %1</translation>
    </message>
    <message>
        <source>Every item is already in (sorted from a batch): check the box and complete</source>
        <translation>Every item is already in (sorted from a batch): check the box and complete</translation>
    </message>
</context>
<context>
    <name>WeighPanel</name>
    <message>
        <source>Weigh (F5)</source>
        <translation>Weigh (F5)</translation>
    </message>
    <message>
        <source>The weight is wrong: check the box and weigh again (F5), or ask the lead (F9)</source>
        <translation>The weight is wrong: check the box and weigh again (F5), or ask the lead (F9)</translation>
    </message>
    <message>
        <source>Next: put the box on the scale and press F5</source>
        <translation>Next: put the box on the scale and press F5</translation>
    </message>
    <message>
        <source>Next: check the box contents and weigh again (F5), or ask the lead (F9)</source>
        <translation>Next: check the box contents and weigh again (F5), or ask the lead (F9)</translation>
    </message>
    <message>
        <source>Complete the order first, then weigh its box</source>
        <translation>Complete the order first, then weigh its box</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Reading the scale…</translation>
    </message>
    <message>
        <source>Only an admin may set up the scale</source>
        <translation>Only an admin may set up the scale</translation>
    </message>
    <message>
        <source>No scale is set up at this station (admin: Shift+F5)</source>
        <translation>No scale is set up at this station (admin: Shift+F5)</translation>
    </message>
    <message>
        <source>The box is weighed when the order is complete</source>
        <translation>The box is weighed when the order is complete</translation>
    </message>
    <message>
        <source>Put the closed box on the scale and press F5</source>
        <translation>Put the closed box on the scale and press F5</translation>
    </message>
</context>
<context>
    <name>Weighing</name>
    <message>
        <source>Too light: expected %1 g ± %2 g / measured %3 g</source>
        <translation>Too light: expected %1 g ± %2 g / measured %3 g</translation>
    </message>
    <message>
        <source>Too heavy: expected %1 g ± %2 g / measured %3 g</source>
        <translation>Too heavy: expected %1 g ± %2 g / measured %3 g</translation>
    </message>
    <message>
        <source>Weight OK: %3 g (expected %1 g ± %2 g)</source>
        <translation>Weight OK: %3 g (expected %1 g ± %2 g)</translation>
    </message>
    <message>
        <source>Approved by the lead: shipped at the measured %3 g</source>
        <translation>Approved by the lead: shipped at the measured %3 g</translation>
    </message>
    <message>
        <source>Weighed %1 g; not checked: no registered weight for %2</source>
        <translation>Weighed %1 g; not checked: no registered weight for %2</translation>
    </message>
    <message>
        <source>Weigh the box first (F5)</source>
        <translation>Weigh the box first (F5)</translation>
    </message>
    <message>
        <source>Expected %1 g ± %2 g (box %3)</source>
        <translation>Expected %1 g ± %2 g (box %3)</translation>
    </message>
    <message>
        <source>The weight changes the carrier class: %1 → %2 (%3 yen)</source>
        <translation>The weight changes the carrier class: %1 → %2 (%3 yen)</translation>
    </message>
    <message>
        <source>No carrier service takes this box at this weight (was %1): call the lead</source>
        <translation>No carrier service takes this box at this weight (was %1): call the lead</translation>
    </message>
</context>
<context>
    <name>WeightOverride</name>
    <message>
        <source>Registered product weight is wrong</source>
        <translation>Registered product weight is wrong</translation>
    </message>
    <message>
        <source>Extra packing material (cushioning, ice packs)</source>
        <translation>Extra packing material (cushioning, ice packs)</translation>
    </message>
    <message>
        <source>The item&apos;s weight varies</source>
        <translation>The item&apos;s weight varies</translation>
    </message>
    <message>
        <source>Other (write a comment)</source>
        <translation>Other (write a comment)</translation>
    </message>
</context>
<context>
    <name>WeightOverrideDialog</name>
    <message>
        <source>Ship at the measured weight</source>
        <translation>Ship at the measured weight</translation>
    </message>
    <message>
        <source>Lead approval: weight</source>
        <translation>Lead approval: weight</translation>
    </message>
</context>
<context>
    <name>_CarrierForm</name>
    <message>
        <source>Yamato B2 Cloud</source>
        <translation>Yamato B2 Cloud</translation>
    </message>
    <message>
        <source>Sagawa e-Hiden</source>
        <translation>Sagawa e-Hiden</translation>
    </message>
    <message>
        <source>Japan Post Yu-Pri R</source>
        <translation>Japan Post Yu-Pri R</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>%1 orders…</source>
        <translation>%1 orders…</translation>
    </message>
</context>
</TS>
