<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
    <name>Errors</name>
    <message>
        <source>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</source>
        <translation>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</translation>
    </message>
    <message>
        <source>User or PIN not recognised. Scan your badge again and re-enter the PIN.</source>
        <translation>User or PIN not recognised. Scan your badge again and re-enter the PIN.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>You are not allowed to do this. Ask a lead or an admin.</translation>
    </message>
    <message>
        <source>Not found. Check the number and scan again.</source>
        <translation>Not found. Check the number and scan again.</translation>
    </message>
    <message>
        <source>The input has problems; nothing was changed:</source>
        <translation>The input has problems; nothing was changed:</translation>
    </message>
    <message>
        <source>This cannot be done now:</source>
        <translation>This cannot be done now:</translation>
    </message>
    <message>
        <source>A file or device could not be used:</source>
        <translation>A file or device could not be used:</translation>
    </message>
    <message>
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>Something went wrong and was not saved. Try again; if it repeats, call the admin.</translation>
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
        <translation><numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform></translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Report a mis-shipment… (Ctrl+M)</source>
        <translation>Report a mis-shipment… (Ctrl+M)</translation>
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
        <source>Mis-pick review (Ctrl+R)</source>
        <translation>Mis-pick review (Ctrl+R)</translation>
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
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation><numerusform>%n order(s)</numerusform></translation>
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
        <source>Lead's badge</source>
        <translation>Lead's badge</translation>
    </message>
    <message>
        <source>Lead's PIN</source>
        <translation>Lead's PIN</translation>
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
        <source>Change a line's quantity</source>
        <translation>Change a line's quantity</translation>
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
        <source>Customer's request</source>
        <translation>Customer's request</translation>
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
        <source>🔇 Sound is not working on this PC: watch the colours</source>
        <translation>🔇 Sound is not working on this PC: watch the colours</translation>
    </message>
    <message>
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>Scan the pick list or 納品書 barcode</translation>
    </message>
    <message>
        <source>left on the order: %1</source>
        <translation>left on the order: %1</translation>
    </message>
    <message>
        <source>Choosing the box and carrier…</source>
        <translation>Choosing the box and carrier…</translation>
    </message>
    <message>
        <source>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</source>
        <translation>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</translation>
    </message>
    <message>
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ No box or service fits: %1</translation>
    </message>
    <message>
        <source>Box and carrier: %1 — ¥%2</source>
        <translation>Box and carrier: %1 — ¥%2</translation>
    </message>
    <message>
        <source>  or %1 (+¥%2)</source>
        <translation>  or %1 (+¥%2)</translation>
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
        <source>Next: scan the next item (%1 left)</source>
        <translation>Next: scan the next item (%1 left)</translation>
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
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Reason for the hold</translation>
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
        <source>Another customer's slip in the box</source>
        <translation>Another customer's slip in the box</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Damaged in transit</translation>
    </message>
</context>
<context>
    <name>ReviewColumns</name>
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
        <source>What was scanned</source>
        <translation>What was scanned</translation>
    </message>
    <message>
        <source>Stopped at the station</source>
        <translation>Stopped at the station</translation>
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
        <translation><numerusform>%n record(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not reviewed</source>
        <translation><numerusform>%n not reviewed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>only the newest %n are shown; the CSV export has all</source>
        <translation><numerusform>only the newest %n are shown; the CSV export has all</numerusform></translation>
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
        <translation><numerusform>%n record(s) written to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cp932 cannot hold were replaced</source>
        <translation><numerusform>%n character(s) cp932 cannot hold were replaced</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
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
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>WRONG LABEL: this label is another order's</source>
        <translation>WRONG LABEL: this label is another order's</translation>
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
</context>
</TS>