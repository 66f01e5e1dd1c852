<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="110" />
        <source>Count the same item again (Ctrl+R)</source>
        <translation>Count the same item again (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="112" />
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="150" />
        <source>Camera off (F1)</source>
        <translation>Camera off (F1)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="135" />
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="136" />
        <source>Camera %1: hold each item's barcode in view (F1: camera off)</source>
        <translation>Camera %1: hold each item's barcode in view (F1: camera off)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="249" />
        <source>Evidence video not recorded: %1 Scanning goes on.</source>
        <translation>Evidence video not recorded: %1 Scanning goes on.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="261" />
        <source>No camera picture</source>
        <translation>No camera picture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="269" />
        <source>Camera %1 is busy or gives no picture: close the other program using it, then press F1.</source>
        <translation>Camera %1 is busy or gives no picture: close the other program using it, then press F1.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="272" />
        <source>Camera %1 stopped giving pictures: check its cable, then press F1.</source>
        <translation>Camera %1 stopped giving pictures: check its cable, then press F1.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="275" />
        <source>Camera %1 not found: plug it in, or choose another camera in the settings (F11), then press F1.</source>
        <translation>Camera %1 not found: plug it in, or choose another camera in the settings (F11), then press F1.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/camera_panel.py" line="280" />
        <source>The camera stopped: %1 Keep scanning by hand.</source>
        <translation>The camera stopped: %1 Keep scanning by hand.</translation>
    </message>
</context>
<context>
    <name>Cool</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="33" />
        <source>Chilled</source>
        <translation>Chilled</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="34" />
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="23" />
        <source>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</source>
        <translation>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="25" />
        <source>User or PIN not recognised. Scan your badge again and re-enter the PIN.</source>
        <translation>User or PIN not recognised. Scan your badge again and re-enter the PIN.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="27" />
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>You are not allowed to do this. Ask a lead or an admin.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="29" />
        <source>Not found. Check the number and scan again.</source>
        <translation>Not found. Check the number and scan again.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="31" />
        <source>The input has problems; nothing was changed:</source>
        <translation>The input has problems; nothing was changed:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="32" />
        <source>This cannot be done now:</source>
        <translation>This cannot be done now:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="33" />
        <source>A file or device could not be used:</source>
        <translation>A file or device could not be used:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="34" />
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>Something went wrong and was not saved. Try again; if it repeats, call the admin.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="128" />
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="129" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="130" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="131" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="131" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="132" />
        <source>Column layout</source>
        <translation>Column layout</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="134" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="135" />
        <source>Map columns…</source>
        <translation>Map columns…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="136" />
        <source>Check and import</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="137" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="137" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="138" />
        <source>CSV file (UTF-8 or Shift_JIS/cp932)</source>
        <translation>CSV file (UTF-8 or Shift_JIS/cp932)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="140" />
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="153" />
        <source>Generic layout (built in)</source>
        <translation>Generic layout (built in)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="158" />
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="159" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="168" />
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="181" />
        <source>Choose the CSV file first.</source>
        <translation>Choose the CSV file first.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="176" />
        <source>Saved column layout: %1</source>
        <translation>Saved column layout: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="188" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="226" />
        <source>Imported %1 rows (%2): %3 added, %4 updated.</source>
        <translation>Imported %1 rows (%2): %3 added, %4 updated.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="234" />
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="237" />
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation><numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform></translation>
    </message>
</context>
<context>
    <name>LineColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="21" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="22" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="23" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="24" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="25" />
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="26" />
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="34" />
        <source>⚠ size/weight missing</source>
        <translation>⚠ size/weight missing</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="77" />
        <source>packstation — Log in</source>
        <translation>packstation — Log in</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="78" />
        <source>Choose your name (or scan your badge):</source>
        <translation>Choose your name (or scan your badge):</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="79" />
        <source>Badge or login name</source>
        <translation>Badge or login name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="80" />
        <source>Scan your badge here</source>
        <translation>Scan your badge here</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="81" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="82" />
        <source>Enter your PIN and press Enter</source>
        <translation>Enter your PIN and press Enter</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="83" />
        <source>Log in (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="84" />
        <source>日本語 / English</source>
        <translation>日本語 / English</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="85" />
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="123" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="129" />
        <source>Scan your badge or choose your name first.</source>
        <translation>Scan your badge or choose your name first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="109" />
        <source>packstation — packing station</source>
        <translation>packstation — packing station</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="110" />
        <source>Packing (F2)</source>
        <translation>Packing (F2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="111" />
        <source>Orders (F3)</source>
        <translation>Orders (F3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="112" />
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="113" />
        <source>Settings (F11)</source>
        <translation>Settings (F11)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="114" />
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="117" />
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="117" />
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="118" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="66" />
        <source>Map CSV columns</source>
        <translation>Map CSV columns</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="67" />
        <source>Name of this layout (e.g. the mall or OMS)</source>
        <translation>Name of this layout (e.g. the mall or OMS)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="68" />
        <source>Save layout</source>
        <translation>Save layout</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="69" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="70" />
        <source>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</source>
        <translation>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="100" />
        <source>Give the layout a name first.</source>
        <translation>Give the layout a name first.</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="96" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="97" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="98" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="99" />
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="100" />
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="102" />
        <source>Time slot</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="103" />
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="104" />
        <source>Cool</source>
        <translation>Cool</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="105" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="106" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="107" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="108" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="113" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="74" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="75" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="76" />
        <source>COD ¥%1</source>
        <translation>COD ¥%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="78" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="80" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="81" />
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="83" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="85" />
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="86" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="87" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="98" />
        <source>Search: order no., customer name or SKU (Ctrl+F)</source>
        <translation>Search: order no., customer name or SKU (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="99" />
        <source>To do (open, packing, on hold)</source>
        <translation>To do (open, packing, on hold)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="99" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="103" />
        <source>Open detail (Enter)</source>
        <translation>Open detail (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="104" />
        <source>Import CSV… (Ctrl+I)</source>
        <translation>Import CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="105" />
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/orders.py" line="131" />
        <source>%n order(s)</source>
        <translation><numerusform>%n order(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="92" />
        <source>Lead approval</source>
        <translation>Lead approval</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>New quantity</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Lead's badge</source>
        <translation>Lead's badge</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Lead's PIN</source>
        <translation>Lead's PIN</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="97" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="98" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="27" />
        <source>Ship short (items missing)</source>
        <translation>Ship short (items missing)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="28" />
        <source>Change a line's quantity</source>
        <translation>Change a line's quantity</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="29" />
        <source>Skip the label check</source>
        <translation>Skip the label check</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="32" />
        <source>Out of stock (欠品)</source>
        <translation>Out of stock (欠品)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="33" />
        <source>Damaged item</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="34" />
        <source>Customer's request</source>
        <translation>Customer's request</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="35" />
        <source>Order data is wrong</source>
        <translation>Order data is wrong</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="36" />
        <source>Other (write a comment)</source>
        <translation>Other (write a comment)</translation>
    </message>
</context>
<context>
    <name>PackColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="36" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="37" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="38" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="39" />
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="40" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>PackerScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="150" />
        <source>Use this box (F4)</source>
        <translation>Use this box (F4)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Undo last (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="152" />
        <source>Key count (F6)</source>
        <translation>Key count (F6)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Other box… (F7)</source>
        <translation>Other box… (F7)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="153" />
        <source>Hold (F8)</source>
        <translation>Hold (F8)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="153" />
        <source>Lead override (F9)</source>
        <translation>Lead override (F9)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="154" />
        <source>Complete (F10)</source>
        <translation>Complete (F10)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="157" />
        <source>Scan here</source>
        <translation>Scan here</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="158" />
        <source>🔇 Sound is not working on this PC: watch the colours</source>
        <translation>🔇 Sound is not working on this PC: watch the colours</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="162" />
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>Scan the pick list or 納品書 barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="192" />
        <source>left on the order: %1</source>
        <translation>left on the order: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="256" />
        <source>Choosing the box and carrier…</source>
        <translation>Choosing the box and carrier…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="271" />
        <source>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</source>
        <translation>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="276" />
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ No box or service fits: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="279" />
        <source>Box and carrier: %1 — ¥%2</source>
        <translation>Box and carrier: %1 — ¥%2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="281" />
        <source>  or %1 (+¥%2)</source>
        <translation>  or %1 (+¥%2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="297" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="301" />
        <source>Other box</source>
        <translation>Other box</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="297" />
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="302" />
        <source>Why not the cheapest?</source>
        <translation>Why not the cheapest?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="313" />
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="320" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="321" />
        <source>No order open</source>
        <translation>No order open</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="325" />
        <source>Next: scan the next item (%1 left)</source>
        <translation>Next: scan the next item (%1 left)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="327" />
        <source>Next: scan the carrier label, or the next order</source>
        <translation>Next: scan the carrier label, or the next order</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="329" />
        <source>Next: scan the order barcode</source>
        <translation>Next: scan the order barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="358" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="361" />
        <source>Key count</source>
        <translation>Key count</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="358" />
        <source>Scan the item</source>
        <translation>Scan the item</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="361" />
        <source>How many units?</source>
        <translation>How many units?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="371" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="371" />
        <source>Reason for the hold</source>
        <translation>Reason for the hold</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="94" />
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="95" />
        <source>Lock the station after idle minutes</source>
        <translation>Lock the station after idle minutes</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="96" />
        <source>Wrong PINs before a user is locked</source>
        <translation>Wrong PINs before a user is locked</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="97" />
        <source>Minutes a locked user waits</source>
        <translation>Minutes a locked user waits</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="98" />
        <source>Allow hand-typed item codes</source>
        <translation>Allow hand-typed item codes</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="99" />
        <source>Character the scanner sends for GS (FNC1)</source>
        <translation>Character the scanner sends for GS (FNC1)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="100" />
        <source>Sound volume (%)</source>
        <translation>Sound volume (%)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="100" />
        <source>Mute sounds</source>
        <translation>Mute sounds</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="101" />
        <source>Station language</source>
        <translation>Station language</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="102" />
        <source>Days customer addresses are kept after shipping</source>
        <translation>Days customer addresses are kept after shipping</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="103" />
        <source>Camera for scanning (number or device)</source>
        <translation>Camera for scanning (number or device)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="104" />
        <source>Record an evidence video of each order's packing</source>
        <translation>Record an evidence video of each order's packing</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="105" />
        <source>Days evidence videos are kept</source>
        <translation>Days evidence videos are kept</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="108" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="109" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="23" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="24" />
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="25" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="26" />
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="27" />
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="28" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="45" />
        <source>Order opened: scan the items</source>
        <translation>Order opened: scan the items</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="46" />
        <source>Unknown order number</source>
        <translation>Unknown order number</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="47" />
        <source>Already packed: do not ship it again</source>
        <translation>Already packed: do not ship it again</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="48" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="49" />
        <source>WRONG ITEM: not on this order. Put it back.</source>
        <translation>WRONG ITEM: not on this order. Put it back.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="50" />
        <source>Unknown barcode: no product has it</source>
        <translation>Unknown barcode: no product has it</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="51" />
        <source>Misread barcode: scan it again</source>
        <translation>Misread barcode: scan it again</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="52" />
        <source>TOO MANY: this line is already complete</source>
        <translation>TOO MANY: this line is already complete</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="53" />
        <source>Serial number already scanned</source>
        <translation>Serial number already scanned</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="54" />
        <source>Scan the serial number barcode</source>
        <translation>Scan the serial number barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="55" />
        <source>Scan the barcode: typing is not allowed</source>
        <translation>Scan the barcode: typing is not allowed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="56" />
        <source>EXPIRED: do not ship this unit</source>
        <translation>EXPIRED: do not ship this unit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="57" />
        <source>Scan the order barcode first</source>
        <translation>Scan the order barcode first</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="58" />
        <source>Order complete: pack and close the box</source>
        <translation>Order complete: pack and close the box</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="59" />
        <source>Items missing: the order cannot be completed</source>
        <translation>Items missing: the order cannot be completed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="60" />
        <source>Label OK: next order</source>
        <translation>Label OK: next order</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="61" />
        <source>WRONG LABEL: this label is another order's</source>
        <translation>WRONG LABEL: this label is another order's</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="62" />
        <source>Last scan undone: take the unit out</source>
        <translation>Last scan undone: take the unit out</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="63" />
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="64" />
        <source>Order put on hold</source>
        <translation>Order put on hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="65" />
        <source>Approved by the lead</source>
        <translation>Approved by the lead</translation>
    </message>
</context>
</TS>